"""Corpus mode on Dask: the same reports as :func:`reconcile.compare_corpus`, computed on workers.

Install with ``pip install "reconcile-claims[dask]"``. The stages are those of the
in-process path, run where the data is:

1. every partition reads and extracts its articles (``map_partitions``): the costly part;
2. the small :class:`~reconcile.story.Signature` of every article (a few KB) goes to the
   client, which finds the stories with the same :func:`~reconcile.story.cluster` as the
   in-process path, so the stories are the same whatever the partitioning;
3. each story is reconciled on a worker. On a ``dask.distributed`` cluster the extracted
   articles stay on the workers and are shuffled by story (``groupby``). On a local
   scheduler, whose workers share this machine's disk, each partition writes its extracted
   articles to a spill file in a temporary folder and hands back only signatures and file
   offsets; each story's task reads its own articles back. So neither this process nor a
   worker ever holds more than a partition's or a story's articles.

Reports come back in story-id order and are byte-identical (``to_json``) to those of
:func:`reconcile.compare_corpus` on the same articles.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dask.bag as db
from dask.base import compute
from dask.delayed import delayed
from dask.multiprocessing import get_context

from reconcile.errors import InvalidSourceError
from reconcile.ingest import read
from reconcile.reconciler import Reconciler, dated_story
from reconcile.settings import Settings, checked_settings
from reconcile.story import Signature, cluster, read_one

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from reconcile.model import Claim, Report, Source, Story

__all__ = ["compare_corpus"]

_Extracted = tuple["Source", tuple["Claim", ...], Signature]
_Spilled = tuple[Signature, str, int]  # a signature, the spill file and the offset in it
# Stories reconciled per round on the local scheduler: the reports of one round are all that
# is held before they are handed on, and each round keeps every worker busy.
_ROUND = 256


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


def _read(item: Any, settings: Settings) -> _Extracted:
    if not isinstance(item, Mapping) or not item.get("id"):
        raise InvalidSourceError(
            "on Dask every article must be a mapping with its own 'id' (and 'text'):"
            " ids cannot be numbered in order across partitions;"
            f" got {type(item).__name__} {str(item)[:60]!r}"
        )
    clean = {k: v for k, v in item.items() if v is not None and v == v}  # noqa: PLR0124 - NaN
    (source,) = read(clean)
    claims, sig = read_one(source, settings)
    return source, claims, sig


def _extract_partition(items: Iterable[Any], settings: Settings) -> list[_Extracted]:
    return [_read(item, settings) for item in items]


def _spill_partition(items: Iterable[Any], settings: Settings, folder: str) -> list[_Spilled]:
    """Extract a partition's articles into a spill file of its own; return where each went."""
    handle, path = tempfile.mkstemp(suffix=".pickle", dir=folder)
    result = []
    with os.fdopen(handle, "wb") as spill:
        for item in items:
            source, claims, sig = _read(item, settings)
            result.append((sig, path, spill.tell()))
            pickle.dump((source, claims), spill, protocol=pickle.HIGHEST_PROTOCOL)
    return result


def _reconcile_story(
    group: tuple[str, list[_Extracted]], stories: dict[str, Story], settings: Settings
) -> Report:
    story_id, members = group
    pairs = [(source, claims) for source, claims, _ in members]
    return Reconciler(settings).reconcile(dated_story(pairs, settings), stories[story_id])


def _reconcile_spilled(job: tuple[Story, list[tuple[str, int]]], settings: Settings) -> Report:
    """Read one story's articles back from the spill files and reconcile them."""
    story, places = job
    loaded = []
    for path, offset in places:
        with Path(path).open("rb") as spill:
            spill.seek(offset)
            loaded.append(pickle.load(spill))  # noqa: S301 - our own file, just written
    return Reconciler(settings).reconcile(dated_story(loaded, settings), story)


def compare_corpus(
    collection: Any,
    *,
    settings: Settings | None = None,
    client: Any = None,
    scheduler: str = "processes",
    num_workers: int | None = None,
) -> Iterator[Report]:
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
        One report per story, in story-id order, each with its ``story``, as an
        iterator like :func:`reconcile.compare_corpus`'s: the work starts at the first
        ``next()``. On the local scheduler reports come in rounds of a few hundred
        stories, so only a round's reports are held at once; from a ``client`` they
        come once all are done, since a shuffle finishes stories in no set order.

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
    settings = checked_settings(settings)
    bag = _as_bag(collection)
    if client is None:
        return _on_local_scheduler(bag, settings, scheduler, num_workers)
    return _on_cluster(bag, settings, client)


def _on_cluster(bag: db.Bag, settings: Settings, client: Any) -> Iterator[Report]:
    """The extracted articles stay on the workers; only the signatures travel here."""
    extracted = client.persist(bag.map_partitions(_extract_partition, settings))
    (signatures,) = compute(extracted.pluck(2), scheduler=client)
    stories, story_of = _stories(signatures, settings)
    grouped = extracted.groupby(
        lambda record: story_of[record[0].id], npartitions=extracted.npartitions
    )
    (reports,) = compute(grouped.map(_reconcile_story, stories, settings), scheduler=client)
    yield from sorted(reports, key=lambda report: report.story.id if report.story else "")


def _on_local_scheduler(
    bag: db.Bag, settings: Settings, scheduler: str, num_workers: int | None
) -> Iterator[Report]:
    """Extract into spill files, find the stories here, reconcile them on the workers."""
    folder = tempfile.mkdtemp(prefix="reconcile-dask-")
    with contextlib.ExitStack() as stack:
        stack.callback(shutil.rmtree, folder, ignore_errors=True)
        options: dict[str, Any] = {"scheduler": scheduler}
        workers = num_workers or os.cpu_count() or 1
        if scheduler == "processes":  # one pool for every round: workers start once
            options["pool"] = stack.enter_context(
                ProcessPoolExecutor(workers, mp_context=get_context())
            )
            # Dask hands tasks to the pool six at a time by default: with a partition a
            # task, one worker would get six partitions and the other two.
            options["chunksize"] = 1
        elif num_workers is not None:
            options["num_workers"] = num_workers
        (spilled,) = compute(bag.map_partitions(_spill_partition, settings, folder), **options)
        stories, story_of = _stories([sig for sig, _, _ in spilled], settings)
        places: dict[str, list[tuple[str, int]]] = {story: [] for story in stories}
        for sig, path, offset in spilled:
            places[story_of[sig.source_id]].append((path, offset))
        del spilled
        order = sorted(stories)
        for first in range(0, len(order), _ROUND):
            # One task a story, so that a few large stories cannot pile up on one worker;
            # and tasks, not a bag, since a bag's last task gathers every partition's
            # result (here every report) into a worker and back.
            tasks = [
                delayed(_reconcile_spilled)((stories[s], places.pop(s)), settings)
                for s in order[first : first + _ROUND]
            ]
            yield from compute(*tasks, **options)


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
