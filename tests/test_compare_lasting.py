"""compare(): how long a doing lasts, and those who spoke, on made-up sources (user test 17)."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources

import reconcile


def _story(*texts: str) -> reconcile.Report:
    return reconcile.compare(
        [{"text": text, "id": chr(ord("a") + n)} for n, text in enumerate(texts)]
    )


def test_how_long_a_doing_takes_is_one_fact_in_months_or_years():
    """ "will take about 14 months" twice and "will take two years": one span of the doing,
    24 months against 14, a conflict; before, the unit alone said nothing comparable."""
    report = _story(
        "Repairs to the pier will take about 14 months.",
        "The repair work will take about 14 months.",
        "The work on the pier will take two years, the engineer said.",
    )
    span = _fact_with(report, "a", "14 months")
    assert _sources(span) == {"a", "b", "c"}
    assert span.verdict.kind == "conflict"


def test_take_and_last_tell_one_span():
    """ "will take six weeks" / "would last about five weeks": one span, told by two verbs."""
    report = _story(
        "The closure of the tunnel will take six weeks.",
        "The tunnel closure would last about five weeks.",
    )
    span = _fact_with(report, "a", "six weeks")
    assert _sources(span) == {"a", "b"}
    assert span.verdict.kind == "conflict"


def test_a_span_glued_to_a_doing_is_how_long_it_lasted():
    """ "a two-hour public meeting" / "the meeting, which lasted nearly three hours": how
    long the meeting lasted, in conflict; "a 12-hour shift" is no doing that lasts."""
    report = _story(
        "Neighbours packed a two-hour public meeting on the plan.",
        "The meeting, which lasted nearly three hours, ended after midnight.",
    )
    span = _fact_with(report, "a", "two-hour")
    assert _sources(span) == {"a", "b"}
    assert span.verdict.kind == "conflict"
    report = _story("The nurse had just finished a 12-hour shift.", "The siege lasted 10 hours.")
    assert not report.conflicts


def test_spans_of_different_doings_stay_apart():
    """ "served 18 months in jail" / "the hearing lasted two weeks": two doings, never one."""
    report = _story(
        "The driver served 18 months in jail.",
        "The hearing lasted two weeks.",
        "The hearing will take about two years.",
    )
    assert _sources(_fact_with(report, "a", "18 months")) == {"a"}


def test_those_who_spoke_and_addressed_a_meeting_are_one_count():
    """ "About 30 citizens spoke" / "Some 33 citizens addressed the board" / "More than 50
    people spoke": those who took the floor; 30 and 33, both approximate, may agree, more
    than 50 conflicts with them."""
    report = _story(
        "About 30 citizens spoke during the board meeting.",
        "Some 33 citizens addressed the board.",
        "More than 50 people spoke at the meeting.",
    )
    spoke = _fact_with(report, "a", "30 citizens")
    assert _sources(spoke) == {"a", "b", "c"}
    assert spoke.verdict.kind == "conflict"
    report = _story(
        "About 30 citizens spoke during the board meeting.",
        "Some 33 citizens addressed the board.",
    )
    assert _fact_with(report, "a", "30 citizens").verdict.kind == "agree"


def test_people_who_said_something_are_not_those_who_spoke():
    """ "50 citizens said they" tells what they said, not that they took the floor."""
    report = _story(
        "About 30 citizens spoke during the board meeting.",
        "More than 50 citizens said they would keep their children home.",
    )
    assert _sources(_fact_with(report, "a", "30 citizens")) == {"a"}


def test_a_sum_to_be_spent_on_a_doing_is_what_the_doing_costs():
    """ "approved a $30 million reconstruction of the pier" / "voted to spend $28 million
    reconstructing the pier" / "will spend $28 million on the reconstruction": one cost, in conflict."""
    report = _story(
        "The board approved a $30 million reconstruction of the pier.",
        "The board voted to spend $28 million reconstructing the pier.",
        "The city will spend $28 million on the reconstruction, an aide said.",
    )
    cost = _fact_with(report, "a", "$30 million")
    assert _sources(cost) == {"a", "b", "c"}
    assert cost.verdict.kind == "conflict"


def test_a_sum_already_spent_is_no_cost_of_the_whole():
    """ "has spent $4 million on the reconstruction so far" may be a part of the cost: apart."""
    report = _story(
        "The board approved a $30 million reconstruction of the pier.",
        "The city has spent $4 million on the reconstruction so far.",
        "The firm reported $3 million in costs and $5 million in revenue.",
    )
    assert _sources(_fact_with(report, "a", "$30 million")) == {"a"}
    assert not report.conflicts


def test_a_source_stating_two_values_does_not_hide_a_conflict():
    """One source's "voted 5-4" and its correction's "voted 8-1", another's 5-4 and a third's
    8-1: one conflict with the first source on both sides, not two agreements of one title.
    Two sources that each tell two counts ("three hurt Sunday", "five hurt in May") stay two."""
    report = _story(
        "The board voted 5-4 to close the pool. An earlier version of this story said the"
        " board voted 8-1.",
        "The board voted 5-4 on Monday.",
        "The board voted 8-1, a member said.",
    )
    votes = _fact_with(report, "b", "5")
    assert _sources(votes) == {"a", "b", "c"}
    assert votes.verdict.kind == "conflict"
    report = _story(
        "Three workers were hurt on Sunday. Five workers were hurt in May.",
        "Three workers were hurt on Sunday. Five workers were hurt in May, the firm said.",
    )
    assert not report.conflicts


def test_a_sum_to_be_spent_from_a_time_names_no_doing():
    """ "will spend $9 million starting next year": "starting" says when, not what it pays for."""
    (source,) = reconcile.read(
        [{"id": "a", "text": "The city will spend $9 million starting next year."}]
    )
    (claim,) = (c for c in reconcile.extract(source) if c.text == "$9 million")
    assert claim.attribute_tokens == ("e:spent",)
