"""Grouping: the day one account tells a happening on, a day off the day the others agree on.

Each story is made up. Two accounts date the happening alike and are joined; the third,
worded with another verb, dates it a day earlier and used to stay a single claim, so the
conflict of days was printed as an agreement.
"""

from __future__ import annotations

import reconcile


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    sources = [
        {"id": chr(97 + i), "text": text, "published": "2025-05-14"} for i, text in enumerate(texts)
    ]
    report = reconcile.compare(sources)
    return [(f.verdict.kind, sorted(c.text for c in f.claims)) for f in report.facts]


def test_a_day_told_a_day_off_and_worded_apart_is_in_conflict() -> None:
    facts = _facts(
        "The roof of the Velmont bus depot gave way Saturday afternoon, officials said.",
        "The roof of the Velmont bus depot fell in Friday evening.",
        "On Saturday, May 10, the roof of the Velmont bus depot collapsed.",
    )
    assert any(
        kind == "conflict" and "Friday evening" in claims and len(claims) == 3
        for kind, claims in facts
    ), facts


def test_a_day_two_days_off_is_another_happening() -> None:
    facts = _facts(
        "The relief ship Marna Bell docked in Port Osk on Saturday with 900 tons of food.",
        "The relief ship Marna Bell left Tarrow harbor Thursday night, carrying 900 tons of food.",
        "The relief ship Marna Bell docked in Port Osk on Saturday, May 10.",
    )
    assert ("single", ["Thursday night"]) in facts, facts


def test_a_day_told_of_a_saying_is_no_dissent() -> None:
    facts = _facts(
        "The roof of the Velmont bus depot gave way Tuesday afternoon, officials said.",
        "The depot's owner said today that the roof had been inspected.",
        "On Tuesday, May 13, the roof of the Velmont bus depot collapsed.",
    )
    assert ("single", ["today"]) in facts, facts


def test_a_saying_s_day_does_not_hold_the_dissent_back() -> None:
    facts = _facts(
        "The freighter Olda Wren ran aground off Cape Mell early Tuesday, officials said.",
        "The freighter Olda Wren wedged on a sandbar off Cape Mell Monday night. "
        "The owners announced today that salvage crews are on the way.",
        "The freighter Olda Wren ran aground off Cape Mell on Tuesday, May 13.",
    )
    assert any(
        kind == "conflict" and "Monday night" in claims and len(claims) == 3
        for kind, claims in facts
    ), facts
