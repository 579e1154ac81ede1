"""Grouping: durations on one scale, the size of a whole, deaths told by a verb of telling."""

from __future__ import annotations

import reconcile
from reconcile.group import _dimension, _tokens


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    sources = [
        {"id": chr(97 + i), "text": text, "published": "2025-05-14"} for i, text in enumerate(texts)
    ]
    report = reconcile.compare(sources)
    return [(f.verdict.kind, sorted(c.text for c in f.claims)) for f in report.facts]


def test_days_and_hours_are_one_duration_in_conflict() -> None:
    facts = _facts(
        "The warehouse fire smouldered for five days, crews said.",
        "The warehouse fire smouldered for 96 hours, crews said.",
    )
    assert ("conflict", ["96 hours", "five days"]) in facts


def test_hours_and_minutes_are_one_duration_in_agreement() -> None:
    facts = _facts(
        "The outage lasted 2.5 hours, the utility said.",
        "The outage lasted 150 minutes, the utility said.",
    )
    assert ("agree", ["150 minutes", "2.5 hours"]) in facts


def test_a_day_and_hours_agree_when_equal() -> None:
    facts = _facts(
        "The bridge was closed for two days, police said.",
        "The bridge was closed for 48 hours, police said.",
    )
    assert ("agree", ["48 hours", "two days"]) in facts


def test_the_size_of_a_whole_is_kept_apart_from_its_part() -> None:
    facts = _facts(
        "A cargo train derailed Friday, sending 21 cars off the rails, officials said.",
        "Twenty-five cars of a cargo train left the rails Friday, the mayor said.",
        "The train consisted of 80 cars. Twenty-one cars derailed.",
    )
    assert ("conflict", ["21 cars", "Twenty-five cars", "Twenty-one cars"]) in facts
    assert ("single", ["80 cars"]) in facts


def test_a_compound_size_is_the_whole() -> None:
    facts = _facts(
        "A 66-car train derailed Friday, officials said.",
        "Thirty cars derailed Friday, the mayor said.",
    )
    assert all(sorted(claims) != ["66-car", "Thirty cars"] for _, claims in facts)


def test_deaths_reported_are_the_people_killed() -> None:
    facts = _facts(
        "The landslide killed 14 people, officials said.",
        "Rescuers reported 16 deaths from the landslide.",
    )
    assert ("conflict", ["14 people", "16 deaths"]) in facts


def test_an_ordinal_second_is_no_unit_of_time() -> None:
    # "a second deputy and a driver were hurt": "second" is the ordinal, no span of time
    assert _dimension("second") == "second"
    assert _dimension("hour") == _dimension("day") == _dimension("minute")
    text = "A second deputy and a driver were injured in the crash, police said."
    report = reconcile.compare([{"id": "a", "text": text, "published": "2025-05-14"}])
    (claim,) = [c for f in report.facts for c in f.claims if c.text.startswith("A second")]
    assert "second" in _tokens(claim)


def test_one_span_of_days_each_is_read_apart_from_the_clock() -> None:
    facts = _facts(
        "The ferry sank just one week after its first voyage, and the rescue took 40 minutes.",
        "The ferry was six days past its first voyage when it sank, the harbour said.",
    )
    assert ("agree", ["one week", "six days"]) in facts


def test_seconds_and_minutes_are_one_duration() -> None:
    facts = _facts(
        "The pump ran for about 120 seconds before it failed, engineers said.",
        "The pump ran for two minutes before it failed, engineers said.",
    )
    assert ("agree", ["about 120 seconds", "two minutes"]) in facts
