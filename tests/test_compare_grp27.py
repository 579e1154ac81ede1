"""compare(): dates of one doing told with other verbs, and counts naming only their noun."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile


def test_docked_and_arrived_date_one_arrival():
    """ "docked on Tuesday" / "arrived on Tuesday": one arrival, whatever the verb."""
    report = _two(
        "The cruise ship docked on Tuesday, June 9, at the port.",
        "The cruise ship arrived on Tuesday, June 9, at the port.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "agree"


def test_another_day_of_one_arrival_is_a_conflict():
    report = _two(
        "The cruise ship docked on Tuesday, June 9, at the port.",
        "The cruise ship arrived on Wednesday, June 10, at the port.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_a_storm_that_battered_and_struck_is_one_strike():
    report = _two(
        "The storm struck the coast on Sunday, June 7.",
        "The storm battered the coast on Sunday, June 7.",
    )
    assert _sources(_fact_with(report, "a", "June 7")) == {"a", "b"}


def test_a_verb_of_arrival_dates_no_count():
    """ "reached 9 inches" is no arrival: the families are of dates only (and "reach" of none)."""
    report = _two(
        "The train arrived on Tuesday, June 9.",
        "The train reached the station on Wednesday, June 10.",
    )
    assert _fact_with(report, "a", "June 9").verdict.kind == "single"


def test_a_start_with_and_without_its_mark_of_a_date_to_come():
    """ "could begin" (a modal, no mark) / "is expected to begin": one start when alike."""
    report = _two(
        "Construction could begin on March 3, 2027.",
        "Construction is expected to begin on March 3, 2027.",
    )
    start = _fact_with(report, "a", "March 3")
    assert _sources(start) == {"a", "b"}
    assert start.verdict.kind == "agree"


def test_a_past_day_and_a_day_to_come_stay_apart():
    report = _two(
        "The ship returned on Sunday, June 7.",
        "The ship will return on Sunday, June 21.",
    )
    assert _fact_with(report, "a", "June 7").verdict.kind == "single"


def test_a_count_naming_only_its_noun_told_once_by_each_source():
    """ "Four people suffered minor burns" / "Three people suffered minor burns": the verb is not
    read, but each source tells one count of people and no other, close: one count, in conflict."""
    report = _two(
        "Four people suffered minor burns, the agency said.",
        "Three people suffered minor burns.",
    )
    burns = _fact_with(report, "a", "Four people")
    assert _sources(burns) == {"a", "b"}
    assert burns.verdict.kind == "conflict"


def test_a_bare_measure_told_once_by_each_source_may_conflict():
    report = _two("Duration: 4 hours", "Duration: 5 hours")
    hours = _fact_with(report, "a", "4 hours")
    assert _sources(hours) == {"a", "b"}
    assert hours.verdict.kind == "conflict"


def test_two_bare_counts_in_one_source_stay_apart():
    """Which of a's two counts of people is b's is not read from the title alone: all stay
    single, unless their clauses say it (grp26's clause words: "suffered minor burns")."""
    report = _two(
        "Four people were hurt. Five people live in the house.",
        "Three people suffered minor burns.",
    )
    assert _fact_with(report, "b", "Three people").verdict.kind == "single"
    worded = _two(
        "Four people suffered minor burns. Five people live in the house.",
        "Three people suffered minor burns.",
    )
    assert _fact_with(worded, "b", "Three people").verdict.kind == "conflict"
    assert _fact_with(worded, "a", "Five people").verdict.kind == "single"


def test_bare_counts_far_apart_or_worded_apart_stay_apart():
    far = _two("Volunteers fed 400 people.", "Volunteers fed 50,000 people.")
    assert _fact_with(far, "a", "400 people").verdict.kind == "single"
    worded = _two("Two people ran after her.", "They went to confront three people.")
    assert _fact_with(worded, "a", "Two people").verdict.kind == "single"


def test_a_measure_beside_another_of_its_dimension_stays_apart():
    """ "over six years" / "a sentence of eight years" beside "20 years": not one measure."""
    report = _two(
        "He stole the money over six years.",
        "Prosecutors will recommend eight years. The charge carries a maximum of 20 years.",
    )
    assert _fact_with(report, "a", "six years").verdict.kind == "single"


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"id": "a", "published": "2026-06-10", "text": a},
            {"id": "b", "published": "2026-06-10", "text": b},
            {"id": "c", "published": "2026-06-11", "text": c},
        ]
    )


def test_the_day_three_leads_date_is_one_happening():
    """Each source dates two things on the day, so no day is told once; but the leads' days
    ("voted" / "approved a plan" / "made the decision") are one happening: one fact."""
    report = _three(
        "The city council voted on Tuesday, June 9, to close the library. Protesters rallied"
        " on Tuesday, June 9, outside the hall.",
        "The city council approved a plan on Tuesday, June 9, to close the library. Residents"
        " marched on Tuesday, June 9, in protest.",
        "The council made the decision on Tuesday, June 9, after a long debate. Critics spoke"
        " on Tuesday, June 9, at the meeting.",
    )
    lead = _fact_with(report, "a", "June 9")
    assert _sources(lead) == {"a", "b", "c"}
    assert lead.verdict.kind == "agree"
    rallied = [f for f in report.facts if f.attribute == "date rallied"]
    assert [_sources(f) for f in rallied] == [{"a"}]


def test_two_leads_of_one_day_may_date_two_happenings():
    """ "A manhunt stretched into a third day Monday" / "was captured Monday night"; and "claimed
    the attack on Monday" / "City Hall reopened Monday" (see test_compare_sixth): two leads alone
    are not enough, whether their verbs are read or not."""
    report = _two(
        "The manhunt stretched into a third day on Monday, June 15. Deputies searched the"
        " woods on Monday, June 15.",
        "One of the inmates was captured on Monday, June 15. He was booked on Monday, June 15.",
    )
    assert _fact_with(report, "b", "June 15").verdict.kind == "single"
