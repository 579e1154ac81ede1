"""The pipeline: read, extract, group, judge; :func:`compare` is a thin facade over it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from reconcile.extract import extract
from reconcile.group import group_claims
from reconcile.ingest import read
from reconcile.judge import judge
from reconcile.model import Claim, Fact, Report
from reconcile.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Reconciler", "compare"]


def _most_common(values: list[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the earliest."""
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: counts[v]) if counts else None


def _place_contains() -> Callable[[str, str], bool | None] | None:
    try:
        from reconcile.extract.names import place_contains  # noqa: PLC0415
    except ImportError:  # pragma: no cover - names ship with the package
        return None
    return place_contains


@attrs.frozen
class Reconciler:
    """Compares sources under one set of :class:`Settings`; reuse it over many batches.

    >>> from reconcile import Source
    >>> r = Reconciler(Settings(approx_window=0.2))
    >>> r.compare([Source.from_text("Four people were hurt.", id="a")]).facts[0].verdict.kind
    'single'
    """

    settings: Settings = attrs.field(factory=Settings)

    def compare(self, sources: Any) -> Report:
        """Read ``sources`` (anything :func:`reconcile.read` accepts) and reconcile their claims."""
        read_sources = sorted(read(sources), key=lambda s: s.id)
        claims: list[Claim] = []
        for source in read_sources:
            claims.extend(extract(source, settings=self.settings))
        by_id = {s.id: s for s in read_sources}
        contains = _place_contains()
        facts = []
        for number, group in enumerate(group_claims(claims, self.settings), start=1):
            facts.append(
                Fact(
                    id=f"f{number}",
                    claims=group.claims,
                    verdict=judge(group.claims, by_id, self.settings, place_contains=contains),
                    subject=_most_common([c.subject for c in group.claims]),
                    attribute=_most_common([c.attribute for c in group.claims]),
                    links=group.links,
                )
            )
        return Report(read_sources, facts)


def compare(sources: Any, *, settings: Settings | None = None) -> Report:
    """Reconcile several accounts of one story, fact by fact.

    ``sources`` is anything :func:`reconcile.read` accepts: paths, texts,
    mappings, :class:`~reconcile.model.Source` objects, or a list of them.

    >>> report = compare(["Police said two people died.", "Three people died, police said."])
    >>> [f.verdict.kind for f in report.facts]
    ['conflict']
    """
    return Reconciler(settings or Settings()).compare(sources)
