"""Weekdays and quarters the eleventh test's stories misread (made-up sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.extract.dates import find_dates

THURSDAY = dt.date(2031, 5, 8)
WINTER = dt.date(2031, 11, 20)


def _described(text: str, reference: dt.date) -> list[str]:
    return [value.describe() for _, _, value in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dunmore's planning board on Wednesday backed 90 homes.", "2031-05-07"),
        ("The planning board on Tuesday rejected the tower.", "2031-05-06"),
        ("The town is planning a vote on Friday.", "2031-05-09"),
        ("The mayor's planning to hold a vote Friday.", "2031-05-09"),
    ],
)
def test_planning_before_a_noun_is_no_plan(text: str, day: str) -> None:
    assert _described(text, THURSDAY)[0].startswith(day)


@pytest.mark.parametrize(
    "text",
    [
        "It will book a charge of $3.6 million in the first quarter, mostly for leases.",
        "It will cut 1,250 jobs in the first quarter.",
    ],
)
def test_a_number_ends_no_clause_before_a_quarter(text: str) -> None:
    assert _described(text, WINTER) == ["Q1 2032 (2032-01-01..2032-03-31)"]
