"""Corpus mode on Dask: the same reports as :func:`reconcile.compare_corpus`, computed on workers.

Install with ``pip install "reconcile-claims[dask]"``. The stages are those of the
in-process path, run where the data is:

1. every partition reads and extracts its articles (``map_partitions``): the costly part;
2. the small :class:`~reconcile.story.Signature` of every article (a few KB) goes to the
   client, which finds the stories with the same :func:`~reconcile.story.cluster` as the
   in-process path, so the stories are the same whatever the partitioning;
3. each story is reconciled on a worker. On a ``dask.distributed`` cluster the extracted
   articles stay on the workers and are shuffled by story (``groupby``); on a local
   scheduler, which holds results in this process anyway, they are grouped here and each
   story is sent to a worker once.

Reports come back in story-id order and are byte-identical (``to_json``) to those of
:func:`reconcile.compare_corpus` on the same articles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import dask.bag as db
from dask.base import compute

from reconcile.errors import InvalidSourceError
from reconcile.ingest import read
from reconcile.reconciler import Reconciler
from reconcile.settings import Settings
from reconcile.story import Signature, cluster, read_one

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reconcile.model import Claim, Report, Source, Story

__all__ = ["compare_corpus"]

_Extracted = tuple["Source", tuple["Claim", ...], Signature]


def _as_bag(collection: Any) -> db.Bag:
    if isinstance(collection, db.Bag):
        return collection
    to_bag = getattr(collection, "to_bag", None)
    if callable(to_bag):  # a Dask DataFrame: one mapping per row
        bag: db.Bag = to_bag(format="dict")
        return bag
    raise InvalidSourceError(
        f"reconcile.dask.compare_corpus takes a dask.bag.Bag or a dask DataFrame, not"
        f" {type(collection).__name__}: build one with dask.bag.from_sequence(records)"
    )


def _extract_partition(items: Iterable[Any], settings: Settings) -> list[_Extracted]:
    result = []
    for item in items:
        if not isinstance(item, Mapping) or not item.get("id"):
            raise InvalidSourceError(
                "on Dask every article must be a mapping with its own 'id' (and 'text'):"
                " ids cannot be numbered in order across partitions;"
                f" got {type(item).__name__} {str(item)[:60]!r}"
            )
        clean = {k: v for k, v in item.items() if v is not None and v == v}  # noqa: PLR0124 - NaN
        (source,) = read(clean)
        claims, sig = read_one(source, settings)
        result.append((source, claims, sig))
    return result


def _reconcile_story(
    group: tuple[str, list[_Extracted]], stories: dict[str, Story], settings: Settings
) -> Report:
    story_id, members = group
    return Reconciler(settings).reconcile(
        [(source, claims) for source, claims, _ in members], stories[story_id]
    )


def compare_corpus(
    collection: Any,
    *,
    settings: Settings | None = None,
    client: Any = None,
    scheduler: str = "processes",
    num_workers: int | None = None,
) -> list[Report]:
    """Split the articles of a Dask Bag or DataFrame into stories; reconcile each on the workers.

    Args:
        collection: a ``dask.bag.Bag`` of mappings (``text``, ``id`` and optionally
            ``outlet``, ``published``, ``url``, ``place``) or a Dask DataFrame with
            those columns. Every article needs its own ``id``.
        settings: as for :func:`reconcile.compare`.
        client: a ``dask.distributed.Client``; without one, Dask's local ``scheduler``
            runs the work.
        scheduler: the local scheduler: ``"processes"`` (the default: extraction is
            pure Python, so threads would not run it in parallel), ``"threads"`` or
            ``"synchronous"``.
        num_workers: how many local workers (default: one per core).

    Returns:
        One report per story, in story-id order, each with its ``story``.

    Raises:
        InvalidSourceError: for a collection that is not a Bag or DataFrame, an article
            without an id, or two articles with one id.

    >>> import dask.bag as db
    >>> bag = db.from_sequence([
    ...     {"id": "a", "text": "A warehouse blaze in Dayton injured three firefighters."},
    ...     {"id": "b", "text": "Four firefighters were hurt in a Dayton warehouse blaze."},
    ... ], npartitions=2)
    >>> [r.story.sources for r in compare_corpus(bag, scheduler="synchronous")]
    [('a', 'b')]
    """
    settings = settings or Settings()
    chosen: Any = client if client is not None else scheduler
    options: dict[str, Any] = {"scheduler": chosen}
    if client is None and num_workers is not None:
        options["num_workers"] = num_workers
    extracted = _as_bag(collection).map_partitions(_extract_partition, settings)
    if client is not None:
        # On a cluster the extracted articles stay on the workers that made them: only the
        # signatures travel here, and the articles are shuffled by story between workers.
        extracted = client.persist(extracted)
        (signatures,) = compute(extracted.pluck(2), **options)
        stories, story_of = _stories(signatures, settings)
        grouped = extracted.groupby(
            lambda record: story_of[record[0].id], npartitions=extracted.npartitions
        )
    else:
        # A local scheduler holds results in this process anyway: gather them once and
        # send each story to a worker once, instead of shipping every article back and
        # forth through a disk shuffle.
        (records,) = compute(extracted, **options)
        stories, story_of = _stories([record[2] for record in records], settings)
        members: dict[str, list[_Extracted]] = {story: [] for story in stories}
        for record in records:
            members[story_of[record[0].id]].append(record)
        grouped = db.from_sequence(
            sorted(members.items()), npartitions=max(1, extracted.npartitions)
        )
    (reports,) = compute(grouped.map(_reconcile_story, stories, settings), **options)
    return sorted(reports, key=lambda report: report.story.id if report.story else "")


def _stories(
    signatures: list[Signature], settings: Settings
) -> tuple[dict[str, Story], dict[str, str]]:
    """The stories of the signatures, by id, and each source's story; ids must be unique."""
    seen: set[str] = set()
    for sig in signatures:
        if sig.source_id in seen:
            raise InvalidSourceError(
                f"two articles have the id {sig.source_id!r}; ids must be unique",
                source_id=sig.source_id,
            )
        seen.add(sig.source_id)
    found = cluster(signatures, settings)
    story_of = {source_id: story.id for story in found for source_id in story.sources}
    return {story.id: story for story in found}, story_of
