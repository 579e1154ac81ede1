"""Counts of a past year held apart from the story's own count.

grp39. Every story here is made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from _compare_helpers import claim_texts, three
from _compare_helpers import fact_with as _fact_with

if TYPE_CHECKING:
    import reconcile


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return three(a, b, c, ("2030-07-18", "2030-07-18", "2030-07-17"))


def test_a_count_a_past_year_s_event_left_is_not_the_story_s_count():
    """ "since a 2021 ice storm left 31,000 customers" beside this storm's 44,120 customers."""
    report = _three(
        "About 44,000 customers lost power in Varrow on Monday. It was the worst outage "
        "since a 2021 ice storm left 31,000 customers in the dark.",
        "Crews worked through the night in Varrow after Monday's storm.",
        "At the height of the storm, 44,120 customers were without service in Varrow.",
    )
    gone = _fact_with(report, "a", "31,000 customers")
    assert claim_texts(gone) == [("a", "31,000 customers")]
    assert all(f.verdict.kind != "conflict" for f in report.facts)


def test_a_past_year_s_plan_and_the_year_when_are_held_apart():
    """ "A 2022 plan for 140 flats" / "since 2012, when 610 flats were built" / "48 flats"."""
    report = _three(
        "A larger 2022 plan for 140 flats on the Orly Street site was turned down.",
        "It is the biggest scheme in Tamsford since 2012, when 610 flats were built.",
        "The Orly Street scheme will include 48 flats for key workers.",
    )
    assert all(f.verdict.kind != "conflict" for f in report.facts)
    assert claim_texts(_fact_with(report, "c", "48 flats")) == [("c", "48 flats")]


def test_a_year_the_thing_was_built_does_not_date_its_count():
    """ "The deck, built in 1971, holds 320 cars" is the deck's count now: it meets "320"."""
    report = _three(
        "The Kelby Road deck, built in 1971, holds 320 cars.",
        "The Kelby Road deck holds 320 cars, the council said.",
        "Engineers inspected the Kelby Road deck on Friday.",
    )
    cars = _fact_with(report, "a", "320 cars")
    assert claim_texts(cars) == [("a", "320 cars"), ("b", "320 cars")]


def test_a_span_since_a_year_is_the_story_s_own_count():
    """ "Since 2019 the agency has added 40 buses" meets "has added 44 buses since 2019"."""
    report = _three(
        "Since 2019 the Orland transit agency has added 40 buses.",
        "The Orland transit agency has added 44 buses, officials said.",
        "Orland riders praised the service.",
    )
    buses = _fact_with(report, "a", "40 buses")
    assert claim_texts(buses) == [("a", "40 buses"), ("b", "44 buses")]


def test_a_count_consolidated_is_a_change_not_the_rest():
    """ "will consolidate 9 branch locations" / "will operate about 40 locations" after."""
    report = _three(
        "Harwick Savings today announced it will consolidate 9 branch locations into nearby "
        "offices effective March 3, 2030.",
        "The lender said the consolidation would trim its costs. After the closings it will "
        "operate about 40 locations.",
        "Harwick Savings runs 49 branches across the valley.",
    )
    nine = _fact_with(report, "a", "9 branch locations")
    assert claim_texts(nine) == [("a", "9 branch locations")]
    assert all(f.verdict.kind != "conflict" for f in report.facts)


def test_a_part_of_a_whole_and_a_change_are_two_percentages():
    """ "down about 31 percent, and 64 percent of purchases are made online" / "declined 31"."""
    report = _three(
        "Foot traffic at stores is down about 31 percent over five years, and 64 percent of "
        "purchases are now made online, the chain said.",
        "Since 2020, in-store purchases have declined 31 percent, and nearly two-thirds of "
        "all purchases are now made online.",
        "The Tarvel chain sells shoes.",
    )
    assert all(f.verdict.kind != "conflict" for f in report.facts)
    part = _fact_with(report, "a", "64 percent")
    assert ("b", "31 percent") not in claim_texts(part)


def test_a_count_joins_the_fact_told_alike_not_the_first_of_its_noun():
    """ "Six climbers turned back from the summit" meets "Five climbers turned back", not "Two"."""
    report = _three(
        "Two climbers suffered frostbite, the guide said. Five climbers turned back from the "
        "summit after the storm.",
        "Six climbers turned back from the summit by evening, guides told the Herald.",
        "Two climbers sustained frostbite. Five climbers have turned back from the summit.",
    )
    two = _fact_with(report, "a", "Two climbers")
    assert claim_texts(two) == [("a", "Two climbers"), ("c", "Two climbers")]
    assert two.verdict.kind == "agree"
    six = _fact_with(report, "b", "Six climbers")
    assert ("a", "Five climbers") in claim_texts(six)


def test_a_unit_s_short_form_is_as_general_as_its_word():
    """ "8 km from the line" meets "8 kilometers from the line", not "a 96-kilometer loop"."""
    report = _three(
        "The crash came 8 kilometers from the finish of the stage. The Dovre Tour continues "
        "Sunday with a 96-kilometer mountain loop.",
        "Riders said the road was wet.",
        "During today's stage of the Dovre Tour, a crash occurred 8 km from the finish line.",
    )
    eight = _fact_with(report, "c", "8 km")
    assert claim_texts(eight) == [("a", "8 kilometers"), ("c", "8 km")]
    assert all(f.verdict.kind != "conflict" for f in report.facts)


def test_about_a_figure_below_a_floor_another_gives_is_a_conflict():
    """ "about 520,000 litres" / "more than 550,000 litres": two accounts that disagree."""
    report = _three(
        "The tanker Ostra was carrying about 520,000 litres of diesel when it ran aground.",
        "The tanker Ostra was carrying more than 550,000 litres of diesel when it ran aground.",
        "The tanker Ostra was carrying approximately 520,000 litres of diesel.",
    )
    fuel = _fact_with(report, "b", "more than 550,000 litres")
    assert ("a", "about 520,000 litres") in claim_texts(fuel)
    assert fuel.verdict.kind == "conflict"


def test_about_a_figure_within_its_rounding_of_a_floor_agrees():
    """ "about 40 families" / "at least 41 families": what rounds to 40 holds 41."""
    report = _three(
        "About 40 families in Kelby have joined the lawsuit.",
        "At least 41 families in Kelby have joined the lawsuit.",
        "The Kelby lawsuit was filed on Monday.",
    )
    families = _fact_with(report, "b", "At least 41 families")
    assert ("a", "About 40 families") in claim_texts(families)
    assert families.verdict.kind == "agree"
