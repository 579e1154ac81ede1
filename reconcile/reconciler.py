"""The pipeline: read, extract, group, judge; :func:`compare` is a thin facade over it."""

from __future__ import annotations

import pickle
import sys
import tempfile
from typing import IO, TYPE_CHECKING, Any

import attrs

from reconcile._progress import Progress
from reconcile.extract import extract
from reconcile.group import group_claims
from reconcile.ingest import date_datelines, iter_read, read
from reconcile.judge import judge
from reconcile.model import Claim, Fact, Report, Source, Story
from reconcile.settings import Settings, checked_settings
from reconcile.story import Signature, cluster, read_one

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["Reconciler", "compare", "compare_corpus"]


def _most_common(values: list[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the one of most words, then the earliest.

    Of "people" and "people missing", each said once, the second tells a reader more.
    """
    counts: dict[str, int] = {}
    for value in values:
        if value:
            counts[value] = counts.get(value, 0) + 1
    return max(counts, key=lambda v: (counts[v], len(v.split()))) if counts else None


def _title(attributes: list[str | None]) -> str | None:
    """A fact's title: its claims' most common attribute, each word said once.

    Extraction may name a word both as the noun and as the verb of a claim ("raise
    immediately raise", "injured injured"): a reader wants "raise immediately".
    """
    common = _most_common(attributes)
    if common is None:
        return None
    seen: set[str] = set()
    words = []
    for word in common.split():
        if word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
    return " ".join(words)


# Personal pronouns counted as one ("He was shot"): their claims' attributes name only what
# befell them ("shot"), so a fact titles itself by a claim that names the person, if any.
_PRONOUNS = frozenset(["he", "she", "him", "her"])


def _titling(claims: list[Claim]) -> list[str | None]:
    """The attributes a fact's title is chosen from: its claims', a pronoun's only if all are."""
    named = [c.attribute for c in claims if c.text.casefold() not in _PRONOUNS]
    return named if any(named) else [c.attribute for c in claims]


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

    settings: Settings = attrs.field(factory=Settings, converter=checked_settings)

    def compare(self, sources: Any) -> Report:
        """Read ``sources`` (anything :func:`reconcile.read` accepts) and reconcile their claims.

        They are accounts of one story: a dateline's month and day with no year take the year
        from the other accounts' publication dates before extraction
        (:func:`~reconcile.ingest.date_datelines`), so its "Friday" is resolved.
        """
        read_sources = date_datelines(read(sources))
        return self.reconcile(
            [(source, extract(source, settings=self.settings)) for source in read_sources]
        )

    def reconcile(
        self, extracted: Iterable[tuple[Source, Iterable[Claim]]], story: Story | None = None
    ) -> Report:
        """Group and judge claims already extracted: ``(source, its claims)`` pairs.

        Sources are taken in id order whatever order they come in, so the report is the
        same for the same sources. ``story`` is recorded in the report when given.
        """
        pairs = sorted(extracted, key=lambda pair: pair[0].id)
        read_sources = [source for source, _ in pairs]
        claims: list[Claim] = [claim for _, found in pairs for claim in found]
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
                    attribute=_title(_titling(list(group.claims))),
                    links=group.links,
                )
            )
        return Report(read_sources, facts, story=story)

    def compare_corpus(self, sources: Any, *, progress: bool | None = None) -> Iterator[Report]:
        """Split a pile of articles into stories and reconcile each: one report per story.

        ``sources`` is anything :func:`reconcile.read` accepts, a directory or a generator
        of any size included: sources are read and extracted one at a time, kept on disk
        (a temporary file) with only their :class:`~reconcile.story.Signature` in
        memory, and each story is loaded back when its turn comes. The texts and claims of
        only one story are held at a time; finding the stories still holds a signature, a
        vector and the weighing pair scores per article (about 11 KB per article on a
        dense synthetic pile of 30,662 articles, docs/performance.md).

        Reports come in story-id order, each with its :class:`~reconcile.model.Story`
        (``report.story``). ``progress`` draws a progress line on stderr; by default it
        does so only when stderr is a terminal.

        >>> reports = list(Reconciler().compare_corpus([
        ...     "A warehouse blaze in Dayton injured three firefighters on Monday.",
        ...     "Four firefighters were hurt fighting a Dayton warehouse blaze.",
        ...     "The county board approved a new school budget on Tuesday.",
        ... ]))
        >>> [(r.story.sources, [f.verdict.kind for f in r.facts]) for r in reports]
        [(('text-1', 'text-2'), ['conflict', 'single']), (('text-3',), ['single'])]
        """
        shown = sys.stderr.isatty() if progress is None else progress
        return self._corpus(sources, Progress(sys.stderr, on=shown))

    def _corpus(self, sources: Any, bar: Progress) -> Iterator[Report]:
        with tempfile.TemporaryFile() as spill:
            signatures, offsets = self._spill(sources, spill, bar)
            bar.show(len(signatures), "sources read; finding stories…")
            found = cluster(signatures, self.settings)
            bar.start(len(found))
            for done, story in enumerate(found):
                bar.show(done, f"reconciling story {story.id}")
                loaded = []
                for source_id in story.sources:
                    spill.seek(offsets[source_id])
                    loaded.append(pickle.load(spill))  # noqa: S301 - our own file, just written
                yield self.reconcile(dated_story(loaded, self.settings), story)
            bar.show(len(found), "stories reconciled")
            bar.clear()

    def _spill(
        self, sources: Any, spill: IO[bytes], bar: Progress
    ) -> tuple[list[Signature], dict[str, int]]:
        """Read and extract every source once, writing it and its claims to ``spill``."""
        signatures: list[Signature] = []
        offsets: dict[str, int] = {}
        bar.start(None)
        for source in iter_read(sources):  # it refuses a repeated id
            bar.show(len(signatures), f"reading {source.id}")
            claims, sig = read_one(source, self.settings)
            signatures.append(sig)
            spill.seek(0, 2)
            offsets[source.id] = spill.tell()
            pickle.dump((source, claims), spill, protocol=pickle.HIGHEST_PROTOCOL)
        return signatures, offsets


def dated_story(
    pairs: list[tuple[Source, tuple[Claim, ...]]], settings: Settings
) -> list[tuple[Source, tuple[Claim, ...]]]:
    """One story's ``(source, claims)`` in corpus mode, dated as :meth:`Reconciler.compare` does.

    A year-less dateline takes its year from the other accounts
    (:func:`~reconcile.ingest.date_datelines`); a source so dated is extracted again, its
    relative dates now resolved. The others keep their claims.
    """
    dated = date_datelines(source for source, _ in pairs)
    return [
        (new, claims if new is old else extract(new, settings=settings))
        for (old, claims), new in zip(pairs, dated, strict=True)
    ]


def compare(sources: Any, *, settings: Settings | None = None) -> Report:
    """Reconcile several accounts of one story, fact by fact.

    ``sources`` is anything :func:`reconcile.read` accepts: paths, texts,
    mappings, :class:`~reconcile.model.Source` objects, or a list of them.

    >>> report = compare(["Police said two people died.", "Three people died, police said."])
    >>> [f.verdict.kind for f in report.facts]
    ['conflict']
    """
    return Reconciler(checked_settings(settings)).compare(sources)


def compare_corpus(
    sources: Any, *, settings: Settings | None = None, progress: bool | None = None
) -> Iterator[Report]:
    """Split a pile of articles into stories and reconcile each one: a report per story.

    A thin facade over :meth:`Reconciler.compare_corpus`; see there.
    """
    return Reconciler(checked_settings(settings)).compare_corpus(sources, progress=progress)
