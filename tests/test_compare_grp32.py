"""compare(): the day of one happening, told by each source in its own words, is one fact.

Made-up stories. Each source dates one happening with another verb or noun ("ruptured" /
"broke", "approved" / "Tuesday's vote"); a date line left in the body dates no happening; a
month and day of no known year is no value of a fact of years.
"""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"text": a, "id": "a", "published": "2026-06-15"},
            {"text": b, "id": "b", "published": "2026-06-15"},
            {"text": c, "id": "c", "published": "2026-06-16"},
        ]
    )


def test_ruptured_and_broke_date_one_break():
    report = _two(
        "The water main under Quarry Lane ruptured on Tuesday, June 9.",
        "The water main under Quarry Lane broke on Tuesday, June 9.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "agree"


def test_another_day_of_one_break_is_a_conflict():
    report = _two(
        "The water main under Quarry Lane ruptured on Tuesday, June 9.",
        "The water main under Quarry Lane failed on Wednesday, June 10.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_an_approval_and_the_day_of_its_vote_are_one_day():
    """ "approved the levy on Tuesday" / "after Tuesday's vote": the vote is the approval."""
    report = _two(
        "The Brantwood council approved the levy on Tuesday, June 9.",
        "After the vote on Tuesday, June 9, the Brantwood mayor thanked residents.",
    )
    assert _sources(_fact_with(report, "a", "June 9")) == {"a", "b"}


def test_a_vote_on_another_day_than_the_approval_is_a_conflict():
    report = _three(
        "The Brantwood council approved the levy on Tuesday, June 9.",
        "The Brantwood council adopted the levy on Tuesday, June 9.",
        "After the vote on Wednesday, June 10, the Brantwood mayor thanked residents.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b", "c"}
    assert day.verdict.kind == "conflict"


def test_a_crash_told_as_a_derailment():
    report = _two(
        "The freight train derailed on Sunday, June 7, near the grain elevator.",
        "The freight train crashed on Sunday, June 7, near the grain elevator.",
    )
    assert _sources(_fact_with(report, "a", "June 7")) == {"a", "b"}


def test_a_family_of_verbs_does_not_join_days_years_apart():
    """ "the vote on Thursday" is not the old levy "approved in 2019": days far apart."""
    report = _two(
        "Brantwood residents held a vote on Thursday, June 11, on the school levy.",
        "The old school levy was approved in 2019 after a long campaign.",
    )
    assert _fact_with(report, "a", "June 11").verdict.kind == "single"


def test_the_same_verb_far_apart_stays_a_conflict():
    """The guard is of two words of a family: one word in conflict is left as it was."""
    report = _two(
        "The Brantwood council approved the levy on Tuesday, June 9.",
        "The Brantwood council approved the levy in 2019.",
    )
    assert _sources(_fact_with(report, "a", "June 9")) == {"a", "b"}


def test_an_arrest_and_a_charge_stay_two_days():
    report = _two(
        "Police arrested the driver on Monday, June 8.",
        "Prosecutors charged the driver on Tuesday, June 9.",
    )
    assert _fact_with(report, "a", "June 8").verdict.kind == "single"


def test_the_day_said_is_not_the_day_it_broke():
    report = _two(
        "The water main under Quarry Lane broke on Monday, June 8.",
        "Officials said on Tuesday, June 9, that the pipe was old.",
    )
    assert _fact_with(report, "a", "June 8").verdict.kind == "single"


def test_an_accounts_date_line_dates_no_happening():
    """ "Kellerton, June 9 - ...": the day it was filed, no body's day."""
    report = _three(
        "Kellerton, June 9 - The grain silo collapsed on Monday, officials said.",
        "Kellerton, June 9 -- The grain silo caved in on Monday. Crews dug on Tuesday, June 9.",
        "The grain silo collapsed Monday. The county met on June 9 to clear the road.",
    )
    line = _fact_with(report, "a", "June 9")
    assert line.verdict.kind == "single"
    assert line.claims[0].attribute == "date line"


def test_a_year_and_a_day_of_no_year_are_not_one_value():
    """ "built in 1931" / "built on June 9" (no year known): no agreement, no conflict."""
    report = reconcile.compare(
        [
            {"text": "The Penrick footbridge was built in 1931.", "id": "a"},
            {"text": "The Penrick footbridge was built on June 9.", "id": "b"},
            {"text": "The old Penrick footbridge was built in 1931.", "id": "c"},
        ]
    )
    assert _sources(_fact_with(report, "a", "1931")) == {"a", "c"}
    assert _fact_with(report, "b", "June 9").verdict.kind == "single"


def test_gave_way_and_collapsed_date_one_collapse():
    """ "gave way", "caved in": a verb and its particle tell a collapse."""
    report = _two(
        "The roof of the Linden Street arena gave way on Tuesday, June 9.",
        "The roof of the Linden Street arena collapsed on Wednesday, June 10.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_stepped_down_and_resigned_date_one_resignation():
    report = _two(
        "The Brantwood fire chief stepped down on Friday, June 12.",
        "The Brantwood fire chief resigned on Thursday, June 11.",
    )
    day = _fact_with(report, "a", "June 12")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_a_votes_tally_before_its_day_leaves_the_verb_read():
    """ "voted 5-2 on Tuesday": the tally between the verb and the day is no object."""
    report = _two(
        "The Brantwood council voted 5-2 on Tuesday, June 9, to raise the levy.",
        "The Brantwood council approved the levy on Wednesday, June 10.",
    )
    day = _fact_with(report, "a", "June 9")
    assert day.claims[0].attribute == "date voted"
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_born_dates_a_birth():
    """ "was born on Monday": a participle the verb forms leave unread dates the birth."""
    report = _two(
        "The Halvern zoo's first okapi calf was born on Monday, June 8.",
        "The Halvern zoo welcomed its first okapi calf on Sunday, June 7.",
    )
    day = _fact_with(report, "a", "June 8")
    assert day.claims[0].attribute == "date born"
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_a_verb_and_its_noun_of_doing_years_apart_are_two_happenings():
    """ "derailed Tuesday" / "a derailment on March 3, 2019": another one, no conflict."""
    report = _two(
        "The coal train derailed on Tuesday, June 9, east of Varnell.",
        "A derailment on March 3, 2019, east of Varnell spilled coal.",
    )
    assert _fact_with(report, "a", "June 9").verdict.kind == "single"


def test_a_bare_day_joins_the_day_a_collapse_is_dated():
    """A collapse, an explosion, a flood is a story's harm: a bare day of it joins its day."""
    report = reconcile.compare(
        [
            {
                "text": "The roof of the Tillford bus depot collapsed on Sunday, June 7.",
                "id": "a",
                "published": "2026-06-08",
            },
            {
                "text": "For Dana Ruiz, the noise came a little after 9 p.m. on Sunday. Crews "
                "worked on Sunday night and Monday to shore up the Tillford depot's walls.",
                "id": "b",
                "published": "2026-06-08",
            },
        ]
    )
    day = _fact_with(report, "a", "June 7")
    assert [c.text for c in day.claims if c.source_id == "b"] == ["Sunday"]


def test_a_phrasal_verbs_day_is_titled_with_its_particle():
    """ "gave way on Tuesday": "date gave way", not "date gave"."""
    report = _two(
        "The roof of the Linden Street arena gave way on Tuesday, June 9.",
        "Crews cleared the Linden Street arena on Thursday, June 11.",
    )
    assert _fact_with(report, "a", "June 9").attribute == "date gave way"


def test_the_harm_each_lead_dates_is_one_harm_in_conflict():
    """Each source's lead dates the story's harm with its own verb: one harm, two days."""
    report = _two(
        "A water main under Quarry Lane in Corbin Falls ruptured on Tuesday, June 9. Crews "
        "capped it by noon.",
        "Water flooded Quarry Lane in Corbin Falls on Wednesday, June 10, after a main gave out.",
    )
    day = _fact_with(report, "a", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_the_leads_harms_far_apart_stay_two():
    report = _two(
        "A water main under Quarry Lane in Corbin Falls ruptured on Tuesday, June 9.",
        "Water flooded Quarry Lane in Corbin Falls on Saturday, May 2, during a storm.",
    )
    assert _fact_with(report, "a", "June 9").verdict.kind == "single"


def test_a_lead_of_saying_is_no_harm():
    report = _two(
        "A water main under Quarry Lane in Corbin Falls ruptured on Tuesday, June 9.",
        "The Corbin Falls utility said on Wednesday, June 10, that Quarry Lane had flooded.",
    )
    assert _fact_with(report, "a", "June 9").verdict.kind == "single"


def test_a_timelines_day_after_the_lead_is_no_date_line():
    """ "June 9 - crews ..." on a line of its own past the lead is a timeline's happening."""
    report = _two(
        "The Corbin Falls utility gave a timeline of the break.\nJune 9 - A water main "
        "under Quarry Lane ruptured.\nJune 10 - Crews capped the main.",
        "A water main under Quarry Lane in Corbin Falls ruptured on Tuesday, June 9.",
    )
    assert _fact_with(report, "a", "June 9").claims[0].attribute != "date line"
