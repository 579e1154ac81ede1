"""compare(): grouping and judging rules found by the eighth user test, on made-up sources."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile
from reconcile.judge import compatible
from reconcile.model import Quantity


def _three(a: str, b: str, c: str) -> reconcile.Report:
    """compare() of three made-up sources published on one day."""
    return reconcile.compare(
        [
            {"text": text, "id": name, "published": "2026-03-04"}
            for name, text in (("a", a), ("b", b), ("c", c))
        ]
    )


def test_pupils_and_students_are_one_count_and_children_restate_a_side():
    """ "31 pupils" / "31 children" / "29 students": the pupils are the students, in
    conflict; the children, alike the pupils, join the conflict they restate a side of."""
    report = _three(
        "The minibus crash injured 31 pupils on Tuesday.",
        "The minibus crash injured 31 children on Tuesday.",
        "Twenty-nine students were hurt in the minibus crash.",
    )
    fact = _fact_with(report, "c", "students")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"


def test_children_and_students_of_unlike_counts_are_no_conflict():
    """ "31 children" / "29 students": the children may be more than the students."""
    report = _two(
        "The minibus crash injured 31 children on Tuesday.",
        "Twenty-nine students were hurt in the minibus crash.",
    )
    assert not report.conflicts
    assert _fact_with(report, "a", "children").verdict.kind == "single"


def test_jobs_cut_and_workers_laid_off_are_one_count():
    """ "cut 900 jobs" / "lay off 950 workers" / "900 employees will be laid off": the
    jobs a firm cuts are the workers it lays off."""
    report = _three(
        "Brightmart will cut 900 jobs at its distribution center.",
        "Brightmart will lay off 950 workers at its distribution center.",
        "Brightmart said 900 employees will be laid off at the center.",
    )
    fact = _fact_with(report, "b", "950 workers")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"


def test_a_firms_workers_are_not_the_jobs_it_cuts():
    """ "has 9,000 workers" / "cut 900 jobs": no lay-off befalls the 9,000, so they stay apart."""
    report = _two(
        "Brightmart has 9,000 workers.",
        "Brightmart will cut 900 jobs.",
    )
    assert not report.conflicts


def test_jobs_are_never_the_workers_an_event_hurt():
    """ "cut 900 jobs" / "900 workers were hurt": a like count, but jobs are never hurt."""
    report = _two(
        "Brightmart will cut 900 jobs.",
        "The storm hurt 900 workers across the region.",
    )
    assert _fact_with(report, "a", "900 jobs").verdict.kind == "single"


def test_stores_showrooms_and_branches_of_a_chain_are_one_count():
    """ "close 40 stores" / "shut 40 showrooms" / "close 45 branches": one count, in conflict."""
    report = _three(
        "Lumen Home will close 40 stores this spring.",
        "Lumen Home will shut 40 showrooms this spring.",
        "Lumen Home will close 45 branches this spring.",
    )
    fact = _fact_with(report, "c", "45 branches")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"


def test_stores_and_locations_join_only_when_alike():
    """ "40 stores" / "40 locations" are one count; "40 stores" / "52 locations" are not
    in conflict: a chain's locations may be more than its stores."""
    report = _two("Lumen Home will close 40 stores.", "Lumen Home will close 40 locations.")
    assert _fact_with(report, "a", "40 stores").verdict.kind == "agree"
    report = _two("Lumen Home will close 40 stores.", "Lumen Home will close 52 locations.")
    assert not report.conflicts


def test_a_loan_financing_and_a_credit_facility_are_one_sum():
    """ "a $40 million loan" / "$45 million in financing" / "a $40 million credit facility",
    each source telling another sum of tens of millions too: one sum lent, in conflict."""
    report = _three(
        "Harbor Mills secured a $40 million loan and paid $18 million in fees.",
        "The bank provided $45 million in financing; revenue reached $60 million.",
        "Harbor Mills signed a $40 million credit facility and set aside $75 million for repairs.",
    )
    fact = _fact_with(report, "b", "$45 million")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"


def test_two_maximums_of_one_thing_conflict_and_a_value_within_agrees():
    """ "up to $7,500" / "up to $5,000": two limits of one rebate conflict; "$4,000" within
    a limit, and a limit printed rounded ("$7.5 million" / "$7.52 million"), agree."""
    report = _two(
        "Buyers can claim rebates of up to $7,500.",
        "Buyers can claim rebates of up to $5,000.",
    )
    assert _fact_with(report, "a", "$7,500").verdict.kind == "conflict"
    report = _two(
        "Buyers can claim rebates of up to $7,500.",
        "Buyers can claim rebates of $4,000.",
    )
    assert _fact_with(report, "a", "$7,500").verdict.kind == "agree"
    cap = Quantity(low=None, high=7.5e6, kind="money", currency="USD", precision=1e5)
    finer = Quantity(low=None, high=7.52e6, kind="money", currency="USD", precision=1e4)
    assert compatible(cap, finer)


def test_a_maximum_and_a_bound_stayed_under_still_overlap():
    """ "as many as 40" / "fewer than 30": the one a limit reached, the other a bound kept
    under (open), so both may hold; only two limits reached are set against each other."""
    assert compatible(Quantity(low=None, high=40), Quantity(low=None, high=30, high_open=True))
    assert not compatible(Quantity(low=None, high=40), Quantity(low=None, high=30))


def test_a_headline_count_of_people_joins_its_own_count_of_a_kind_of_people():
    """ "3 dead" over "Three workers were killed": one count, told twice by one source.

    Not a count of people in the body: "That fire killed one person" may be another fire's.
    """
    report = _three(
        "Blast at resin plant kills 2 workers, injures at least 9\n\nA blast tore through a"
        " resin plant early Tuesday, killing two workers and injuring at least 9 others,"
        " officials said. One worker remained missing.",
        "'It shook the house': resin plant blast leaves 2 dead, 1 missing\n\nBy Ann Lee\n\n"
        "Two workers died and a third is still missing after a blast Tuesday morning at a resin"
        " plant, officials confirmed. More than a dozen people were hurt.",
        "The company said two contract employees died in the blast on Tuesday.",
    )
    assert _fact_with(report, "b", "2") is _fact_with(report, "b", "Two workers")
    report = _two(
        "Fire at mill\n\nThe driver of a truck who died was 54. It was the worst fire since"
        " 2019. That fire killed one person.",
        "One driver died in the mill fire on Monday, the company said.",
    )
    assert _fact_with(report, "a", "one person") is not _fact_with(report, "a", "driver")


def test_associates_are_not_a_firms_employees():
    """ "two associates of the gang's leader" are accomplices, not a firm's two employees."""
    report = _two(
        "Police arrested two associates of the gang's leader on Friday.",
        "The pawn shop has two employees, the owner said.",
    )
    assert _fact_with(report, "a", "two associates") is not _fact_with(report, "b", "two")


def test_a_count_that_stays_open_is_not_the_count_that_closes():
    """ "will close 23 stores" / "38 Stores Remain Open": two counts, no conflict."""
    report = reconcile.compare(
        [
            {"id": "a", "text": "The retailer will close 23 stores, the company said."},
            {"id": "b", "text": "Retailer Files for Bankruptcy; 38 Stores Remain Open"},
        ]
    )
    conflicts = [f for f in report.facts if f.verdict.kind == "conflict"]
    assert conflicts == []


def test_a_count_in_a_condition_is_not_the_count_taken_to_hospital():
    """ "sending 31 others to hospitals; four of the injured were in critical condition" /
    "left two dead and 29 hurt. Four people remained in critical condition": the fours
    agree, and neither is set against the 31 taken to hospital."""
    report = _two(
        "The bus overturned, killing two people and sending 31 others to hospitals. "
        "Police said four of the injured were in critical condition.",
        "The crash left two people dead and 29 hurt. "
        "Four people remained in critical condition on Monday.",
    )
    four = _fact_with(report, "b", "Four people")
    assert _sources(four) == {"a", "b"}
    assert four.verdict.kind == "agree"
    assert _fact_with(report, "a", "31 others").verdict.kind != "conflict"
