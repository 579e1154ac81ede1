"""Thresholds, other seasons, stays and sayings kept apart; a level and its opening joined.

grp36. Every story here is made up.
"""

from __future__ import annotations

from _compare_helpers import claim_texts, three
from _compare_helpers import fact_with as _fact_with
from _compare_helpers import two as _two

import reconcile


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return three(a, b, c, ("2030-07-18", "2030-07-18", "2030-07-17"))


def test_a_threshold_days_passed_is_no_reading_of_the_peak():
    """ "stayed above 95 for six days" / "six days above 95 degrees" / "hit 101 degrees"."""
    report = _three(
        "Temperatures in Dunmore hit 101 degrees on Tuesday. Temperatures stayed above 95 "
        "for six days.",
        "The thermometer in Dunmore reached 101 degrees Tuesday, the weather service said.",
        "Dunmore has had six days above 95 degrees.",
    )
    peak = _fact_with(report, "a", "101 degrees")
    assert claim_texts(peak) == [("a", "101 degrees"), ("b", "101 degrees")]


def test_a_count_of_last_winter_is_not_this_winter_s():
    """ "Last winter, 12 people died" beside this week's deaths: two facts, no conflict."""
    report = _three(
        "Last winter, 12 people died of the cold in Brask County.",
        "At least 5 people have died of the cold in Brask County this week.",
        "Five people died of the cold in Brask County, officials said.",
    )
    now = _fact_with(report, "b", "5 people")
    assert ("a", "12 people") not in claim_texts(now)
    assert now.verdict.kind == "agree"


def test_last_year_opening_a_sentence_dates_a_count_as_its_own_words_do():
    """ "Last year, the agency ran 40 buses" / "ran 44 buses last year": one fact, a conflict."""
    report = _two(
        "Last year, the Orland transit agency ran 40 buses.",
        "The Orland transit agency ran 44 buses last year.",
    )
    buses = _fact_with(report, "a", "40 buses")
    assert claim_texts(buses) == [("a", "40 buses"), ("b", "44 buses")]


def test_a_night_spent_somewhere_is_not_the_day_of_the_happening():
    """ "spent Tuesday night in a church hall after a lorry leaked ... Tuesday afternoon"."""
    report = _three(
        "A fuel lorry rolled over on Route 9 outside Telford on Tuesday, losing about 2,000 "
        "gallons. The haulier declined to comment Tuesday evening.",
        "Neighbours of the Telford depot spent Tuesday night in a church hall after a lorry "
        "leaked fuel on Route 9 Tuesday afternoon.",
        "The lorry rolled over on July 16, the county police said.",
    )
    overturned = _fact_with(report, "c", "July 16")
    assert claim_texts(overturned) == [
        ("a", "Tuesday"),
        ("b", "Tuesday afternoon"),
        ("c", "July 16"),
    ]


def test_a_day_of_saying_joins_no_other_source_s_happening():
    """ "today confirmed" in a release of that day / a power cut two accounts date then."""
    report = reconcile.compare(
        [
            {
                "text": "About 9,000 customers in Olsby lost power Monday evening when a "
                "transformer failed.",
                "id": "a",
                "published": "2030-07-16",
            },
            {
                "text": "Some 9,000 homes in Olsby were dark Monday evening after a transformer "
                "failed.",
                "id": "b",
                "published": "2030-07-16",
            },
            {
                "text": "The Olsby health office today confirmed four cases of heat illness.",
                "id": "c",
                "published": "2030-07-15",
            },
        ]
    )
    cut = _fact_with(report, "a", "Monday evening")
    assert claim_texts(cut) == [("a", "Monday evening"), ("b", "Monday evening")]


def test_a_count_opened_and_the_same_count_operating_are_one_fact():
    """ "opened 18 shelters" / "18 shelters were operating": one set, told by two sources."""
    report = _two(
        "The Garrow County emergency office opened 18 shelters for storm evacuees.",
        "Garrow County is operating 18 shelters for storm evacuees, officials said.",
    )
    shelters = _fact_with(report, "a", "18 shelters")
    assert claim_texts(shelters) == [("a", "18 shelters"), ("b", "18 shelters")]


def test_a_level_and_an_unlike_change_stay_two_facts():
    """ "operates 40 stores" / "will close 6 stores": the change is no level in conflict."""
    report = _two(
        "The Pellam grocery chain operates 40 stores in the state.",
        "The Pellam grocery chain will close 6 stores in the state.",
    )
    level = _fact_with(report, "a", "40 stores")
    assert claim_texts(level) == [("a", "40 stores")]


def _votes(report: reconcile.Report, side: str) -> list[tuple[str, float | None]]:
    fact = next(f for f in report.facts if f.attribute == f"votes {side}")
    return sorted((c.source_id, c.value.low) for c in fact.claims)  # type: ignore[union-attr]


def test_a_spelled_tally_after_a_measure_decided_is_the_dashed_tally():
    """ "approved the plan 6-3" / "approved the plan six to three" / "passed 7-2"."""
    report = _three(
        "The Ferndale council approved the zoning plan 6-3 on Monday.",
        "The Ferndale council approved the zoning plan six to three on Monday.",
        "The Ferndale zoning plan passed 7-2 Monday.",
    )
    assert _votes(report, "for") == [("a", 6.0), ("b", 6.0), ("c", 7.0)]
    assert _votes(report, "against") == [("a", 3.0), ("b", 3.0), ("c", 2.0)]
    for side in ("for", "against"):
        fact = next(f for f in report.facts if f.attribute == f"votes {side}")
        assert fact.verdict.kind == "conflict"


def test_six_votes_to_three_is_a_tally():
    """ "approved the plan six votes to three": both sides are votes, as "6-3" gives them."""
    report = _two(
        "The Ferndale council approved the zoning plan six votes to three.",
        "The Ferndale council approved the zoning plan 6-3.",
    )
    assert _votes(report, "for") == [("a", 6.0), ("b", 6.0)]
    assert _votes(report, "against") == [("a", 3.0), ("b", 3.0)]


def test_a_range_after_a_measure_decided_is_no_tally():
    """ "approved hiring six to eight officers", "raise the fee from six to eight dollars"."""
    report = _two(
        "The Ferndale council approved hiring six to eight officers.",
        "The Ferndale council approved raising the fee from six to eight dollars.",
    )
    assert not [f for f in report.facts if (f.attribute or "").startswith("votes")]


def test_the_plan_approved_on_a_weekday_is_a_past_day():
    """ "approved the zoning plan on Monday" in Thursday's story: the Monday before."""
    report = reconcile.compare(
        [{"text": "The council approved the zoning plan on Monday.", "published": "2030-03-14"}]
    )
    (claim,) = [c for f in report.facts for c in f.claims]
    assert str(claim.value.start) == "2030-03-11"  # type: ignore[union-attr]
    ahead = reconcile.compare(
        [
            {
                "text": "The council plans to vote on the zoning plan Monday.",
                "published": "2030-03-14",
            }
        ]
    )
    (later,) = [c for f in ahead.facts for c in f.claims]
    assert str(later.value.start) == "2030-03-18"  # type: ignore[union-attr]


def test_the_hurt_are_not_sided_with_one_of_two_hospital_counts_in_conflict():
    """ "12 injured" / "12 treated at hospitals" / "eight taken to hospitals": the hospital
    counts conflict; the hurt, who may be more, are no side of that conflict."""
    report = _three(
        "Twelve people were injured in the Marlow bus crash on Tuesday.",
        "Twelve people were treated at hospitals after the Marlow bus crash.",
        "Eight people were taken to hospitals after the Marlow bus crash.",
    )
    hospital = _fact_with(report, "c", "Eight people")
    assert claim_texts(hospital) == [("b", "Twelve people"), ("c", "Eight people")]
    assert hospital.verdict.kind == "conflict"


def test_a_follow_up_on_a_happening_of_last_winter_still_meets_its_count():
    """ "indicted over the deaths of three climbers ... last winter" / "Three climbers died"."""
    report = _two(
        "A Brell guide was indicted over the deaths of three climbers on the north ridge last "
        "winter.",
        "Three climbers died on the north ridge above Brell in January.",
    )
    died = _fact_with(report, "a", "three climbers")
    assert claim_texts(died) == [("a", "three climbers"), ("b", "Three climbers")]


def test_a_count_of_a_month_long_gone_opening_its_sentence_is_another_time_s():
    """ "In March, a fault delayed the crowd for about 30 minutes" in a June story / "45"."""
    report = _two(
        "The floodlights at Dunmore Park failed for 10 minutes, and kickoff was delayed by 45 "
        "minutes while staff cleared the stands. In March, a turnstile fault delayed the crowd "
        "for about 30 minutes.",
        "To let staff clear the stands, kickoff was delayed 45 minutes.",
    )
    delay = _fact_with(report, "b", "45 minutes")
    assert ("a", "about 30 minutes") not in claim_texts(delay)


def test_a_count_taken_to_hospital_past_an_aside_is_a_hospital_count():
    """ "Five guests, including a cook, were taken to area hospitals" / "Three guests"."""
    report = _two(
        "Five guests, including a cook, were taken to area hospitals after the Telford inn fire.",
        "Three guests were taken to hospitals after the Telford inn fire.",
    )
    taken = _fact_with(report, "b", "Three guests")
    assert claim_texts(taken) == [("a", "Five guests"), ("b", "Three guests")]
    assert taken.verdict.kind == "conflict"


def test_a_span_of_months_opening_a_sentence_is_the_time_a_tally_adds_up_in():
    """ "From April 2027 through May 2029, he made 512 withdrawals" / "more than 500"."""
    report = _three(
        "Prosecutors said Pell made more than 500 improper withdrawals from the Garrow "
        "district's accounts.",
        "From April 2027 through May 2029, Pell made 512 improper withdrawals from the "
        "Garrow district's accounts.",
        "Pell, of Garrow, pleaded guilty on Tuesday.",
    )
    withdrawals = _fact_with(report, "b", "512")
    assert claim_texts(withdrawals) == [
        ("a", "more than 500 improper withdrawals"),
        ("b", "512 improper withdrawals"),
    ]
