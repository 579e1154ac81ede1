"""Values the eleventh test's stories misread (made-up sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile import Source
from reconcile.extract import extract
from reconcile.extract.implicit import find_implicit_counts
from reconcile.extract.numbers import find_quantities, find_tallies


def _claims(text: str) -> list[tuple[str, str | None, bool]]:
    found = extract(Source(id="x", text=text, published=dt.date(2030, 3, 6)))
    return [(c.text, c.attributed_to, c.negated) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "The board voted Monday, lifting the county's base fee from $31.40 to $36.00 a month.",
        "The union won a deal, bumping the top rate from $22 to $25 an hour.",
    ],
)
def test_lift_and_bump_are_changes_not_ranges(text: str) -> None:
    found = find_quantities(text)
    assert [q.low == q.high for _s, _e, q in found] == [True, True]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The board, on a five-to-four tally Tuesday, approved the levy.", [5, 4]),
        ("The justices ruled six-three to strike the law.", [6, 3]),
        ("It was a seven-two decision.", [7, 2]),
    ],
)
def test_hyphenated_worded_tallies(text: str, sides: list[int]) -> None:
    assert [q.low for _s, _e, q in find_tallies(text)] == sides


def test_a_hyphenated_compound_numeral_is_no_tally() -> None:
    assert find_tallies("The measure passed with twenty-one votes.") == []


@pytest.mark.parametrize(
    "text",
    ["The valley was dark for most of a week.", "Crews worked through much of a week."],
)
def test_a_share_of_a_span_is_no_span(text: str) -> None:
    assert find_quantities(text) == []


def test_upwards_of_a_week_is_still_a_span() -> None:
    [(_s, _e, q)] = find_quantities("The road stayed shut for upwards of a week.")
    assert (q.low, q.unit) == (1.0, "week")


@pytest.mark.parametrize(
    "text",
    [
        "She was reported in fair condition.",
        "He remains in stable condition.",
        "He was listed in critical condition on Sunday.",
    ],
)
def test_a_pronoun_with_only_a_condition_counts_no_one(text: str) -> None:
    assert find_implicit_counts(text) == []


def test_a_pronoun_that_died_still_counts() -> None:
    assert [q.low for _s, _e, q in find_implicit_counts("She died later that night.")] == [1.0]


def test_a_negated_relative_clause_before_a_modal_negates_nothing() -> None:
    text = "Staff who are not rehired will get as much as 18 weeks of wages."
    assert [negated for _t, _a, negated in _claims(text)] == [False]


@pytest.mark.parametrize(
    "text",
    ["Staff will not receive 18 weeks of pay.", "No one will receive 18 weeks of pay."],
)
def test_a_negated_verb_chain_is_still_negated(text: str) -> None:
    assert [negated for _t, _a, negated in _claims(text)] == [True]


def test_an_estimate_tells_only_its_own_figure() -> None:
    text = (
        "The lodge will stay closed for at least three weeks while the roof is replaced,"
        " at a cost the landlord estimated at $95,000."
    )
    told = {t: who for t, who, _n in _claims(text)}
    assert told["at least three weeks"] is None
    assert told["$95,000"] == "landlord"
