"""Helpers the compare() test modules share: two made-up sources, and finding a claim's fact."""

from __future__ import annotations

import reconcile


def two(a: str, b: str) -> reconcile.Report:
    """compare() of two made-up sources, "a" published a day before "b"."""
    return reconcile.compare(
        [
            {"text": a, "id": "a", "published": "2026-06-15"},
            {"text": b, "id": "b", "published": "2026-06-16"},
        ]
    )


def fact_with(report: reconcile.Report, source_id: str, words: str) -> reconcile.Fact:
    """The fact holding the claim of ``source_id`` whose text contains ``words``."""
    for fact in report.facts:
        for claim in fact.claims:
            if claim.source_id == source_id and words in claim.text:
                return fact
    msg = f"no claim of {source_id} has {words!r}"
    raise AssertionError(msg)


def sources(fact: reconcile.Fact) -> set[str]:
    """The ids of the sources that state a fact."""
    return {c.source_id for c in fact.claims}


def three(a: str, b: str, c: str, published: tuple[str, str, str]) -> reconcile.Report:
    """compare() of three made-up sources "a", "b", "c", published on the days given."""
    return reconcile.compare(
        [
            {"text": text, "id": name, "published": day}
            for name, text, day in zip("abc", (a, b, c), published, strict=True)
        ]
    )


def claim_texts(fact: reconcile.Fact) -> list[tuple[str, str]]:
    """Each claim of a fact as (source id, text), sorted."""
    return sorted((c.source_id, c.text) for c in fact.claims)
