"""What the text and Markdown renderings share: ordering, labels and quotes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reconcile.model import Claim, Fact, Report, Source

SECTIONS = (("conflict", "Conflicts"), ("agree", "Agreements"), ("single", "Single source"))


def summary(report: Report) -> str:
    """One line: how many sources and facts, by verdict."""
    return (
        f"{len(report.sources)} sources · {len(report.facts)} facts: "
        f"{len(report.conflicts)} conflicts, {len(report.agreements)} agreements, "
        f"{len(report.singles)} single-source"
    )


def source_label(source: Source) -> str:
    """The outlet and date of a source, as far as they are known."""
    parts = [source.outlet or "outlet unknown"]
    parts.append(source.published.isoformat() if source.published else "date unknown")
    return " ".join(parts)


def fact_title(fact: Fact) -> str:
    """What a fact is about, in a few words."""
    return fact.attribute or fact.subject or f"{fact.claims[0].text} (what it measures is unclear)"


def context(report: Report, claim: Claim, width: int = 70) -> str:
    """The claim's sentence, cut around the claim to about ``width`` characters."""
    source = report.source(claim.source_id)
    sentence = claim.sentence or claim.span
    start, end = sentence.start, sentence.end
    text = source.text
    if end - start > width:
        room = max(0, (width - (claim.span.end - claim.span.start)) // 2)
        start = max(start, claim.span.start - room)
        end = min(end, claim.span.end + room)
    quote = " ".join(text[start:end].split())
    lead = "…" if start > sentence.start else ""
    tail = "…" if end < sentence.end else ""
    return f"{lead}{quote}{tail}"


def source_rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    """Per source: id, outlet, published, place, and what was read and found."""
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.source_id] = counts.get(claim.source_id, 0) + 1
    rows = []
    for source in report.sources:
        detected = f" (detected: {', '.join(sorted(source.detected))})" if source.detected else ""
        found = counts.get(source.id, 0)
        note = f"{source.body_chars:,} body chars, {found} claims" + (
            "" if found else " — no claims found"
        )
        rows.append(
            (
                source.id,
                source.outlet or "—",
                source.published.isoformat() if source.published else "—",
                source.place or "—",
                note + detected,
            )
        )
    return rows
