"""Two sides' figures compared speaker by speaker (branch side31): made-up stories."""

from __future__ import annotations

import reconcile
from reconcile import Claim, Quantity, Settings, Span
from reconcile.group import _same_speaker, _sides_told, group_claims


def _compare(*texts: str) -> reconcile.Report:
    return reconcile.compare(
        [{"text": t, "id": f"s{i + 1}", "published": "2026-05-20"} for i, t in enumerate(texts)]
    )


def _facts(report: reconcile.Report) -> set[frozenset[tuple[str, str]]]:
    """Each fact of figures as its (source, printed figure) pairs."""
    return {
        frozenset((c.source_id, c.text) for c in fact.claims)
        for fact in report.facts
        if any(ch.isdigit() for c in fact.claims for ch in c.text)
    }


_BOTH = "Wardens estimated the crowd at 3,000 on Sunday, while the organisers put it at 10,000."


def test_each_side_meets_its_own_in_another_order() -> None:
    facts = _facts(
        _compare(_BOTH, "Organizers put the crowd at 15,000, while wardens put it at 3,500.")
    )
    assert frozenset({("s1", "3,000"), ("s2", "3,500")}) in facts
    assert frozenset({("s1", "10,000"), ("s2", "15,000")}) in facts


def test_one_side_told_alone_meets_that_side() -> None:
    facts = _facts(_compare(_BOTH, "The organisers estimated the crowd at 16,000."))
    assert frozenset({("s1", "10,000"), ("s2", "16,000")}) in facts
    assert frozenset({("s1", "3,000")}) in facts


def test_two_sides_facts_are_not_joined_through_a_source_quoting_both() -> None:
    facts = _facts(
        _compare(
            _BOTH,
            "Wardens estimated the crowd at 3,100.",
            "The organisers estimated the crowd at 10,500.",
        )
    )
    assert frozenset({("s1", "3,000"), ("s2", "3,100")}) in facts
    assert frozenset({("s1", "10,000"), ("s3", "10,500")}) in facts


def test_a_speaker_of_neither_side_joins_as_before() -> None:
    facts = _facts(_compare(_BOTH, "The harbour office estimated the crowd at 3,200."))
    assert frozenset({("s1", "3,000"), ("s2", "3,200")}) in facts


def test_two_officials_of_one_side_still_meet() -> None:
    report = _compare(
        "Wardens said 40 people were arrested.",
        "The harbour office said 52 people were arrested.",
    )
    assert frozenset({("s1", "40 people"), ("s2", "52 people")}) in _facts(report)


def test_same_speaker_as_the_name_index_ties_names() -> None:
    assert _same_speaker("the organisers", "Organizers")
    assert _same_speaker("Vale", "Ann Vale")
    assert _same_speaker("police", "harbour police")
    assert not _same_speaker("police", "the sheriff's office")
    assert not _same_speaker("union", "company")


def _gallons(source: str, start: int, n: int, attribute: str, teller: str) -> Claim:
    return Claim(
        span=Span(source, start, start + 13),
        text=f"{n:,} gallons",
        value=Quantity.exact(n, unit="gallon"),
        attribute=attribute,
        attribute_tokens=("gallon",),
        attributed_to=teller,
    )


def test_two_things_of_one_unit_worded_apart_are_no_sides() -> None:
    claims = [
        _gallons("a", 10, 4000, "gallons spilling", "officials"),
        _gallons("a", 90, 6000, "gallons hauling", "wardens"),
        _gallons("b", 10, 4100, "gallons spilling", "wardens"),
    ]
    assert _sides_told(sorted(claims, key=lambda c: c.span.start)) == []
    groups = group_claims(claims, Settings())
    assert {frozenset(c.text for c in g.claims) for g in groups} == {
        frozenset({"4,000 gallons", "4,100 gallons"}),
        frozenset({"6,000 gallons"}),
    }
