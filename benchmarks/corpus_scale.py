"""Corpus mode end to end on a synthetic corpus: time, peak memory, story clustering quality.

The corpus comes from ``benchmarks/corpus_gen.py`` (``--stories`` stories x ``--outlets``
outlets, written as JSON lines first so that generation is not timed). Each path runs in a
child process of its own, so its peak resident memory (``ru_maxrss``) is its own; Dask's
worker processes are measured apart (the largest of them, 0 when there are none). Reports
are taken one at a time and let go, as a caller writing them out would:

- ``in-process``: ``reconcile.compare_corpus`` over a generator of the articles;
- ``dask-1``, ``dask-2``: ``reconcile.dask.compare_corpus`` over a Dask Bag on the local
  process scheduler with 1 and 2 workers.

For each: wall time, articles per second, peak memory, the number of stories, B-cubed
precision/recall/F1 of the stories against the generator's truth, and whether the reports are
byte-identical to the in-process ones (a SHA-256 over all report JSON).

Run: ``python benchmarks/corpus_scale.py [--stories 1000] [--outlets 10] [--seed 1]
[--paths in-process,dask-1,dask-2] [--partitions 8]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _machine
import corpus_gen
from story_clustering import bcubed

import reconcile


def _articles(path: Path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def child(path_name: str, data: Path, partitions: int) -> None:
    """Run one path and print one JSON line of figures."""
    started = time.perf_counter()
    if path_name == "in-process":
        reports = reconcile.compare_corpus(_articles(data), progress=False)
    else:
        import dask.bag as db

        from reconcile import dask as rdask

        workers = int(path_name.split("-")[1])
        # Each worker reads its own block of lines: the articles never pass through this
        # process (a single block repartitioned here would ship the whole corpus through it).
        block = -(-data.stat().st_size // partitions)
        bag = db.read_text(str(data), blocksize=block).map(json.loads)
        reports = rdask.compare_corpus(bag, num_workers=workers)
    # Reports are taken as they come and let go, as a caller writing them out would.
    digest = hashlib.sha256()
    found = {}
    stories = 0
    for report in reports:
        digest.update(report.to_json().encode())
        assert report.story is not None
        stories += 1
        for source in report.sources:
            found[source.id] = report.story.id
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_mib": own / 1024,
                "worker_peak_mib": workers_peak / 1024,
                "stories": stories,
                "digest": digest.hexdigest(),
                "found": found,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--paths", default="in-process,dask-1,dask-2")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data, args.partitions)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "corpus.jsonl")
        gold = {}
        chars = 0
        with data.open("w", encoding="utf-8") as handle:
            for article, story in corpus_gen.generate(args.stories, args.outlets, args.seed):
                handle.write(json.dumps(article) + "\n")
                gold[article["id"]] = story
                chars += len(article["text"])
        print(_machine.describe())
        print(
            f"\n{len(gold)} articles ({chars / 1e6:.1f} M characters), "
            f"{len(set(gold.values()))} stories, seed {args.seed}\n"
        )
        print(
            "| path | time (s) | articles/s | peak MiB (main process) | peak MiB (largest"
            " worker) | stories | B-cubed P | R | F1 | same bytes |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        reference = None
        for name in args.paths.split(","):
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    name,
                    "--data",
                    str(data),
                    "--partitions",
                    str(args.partitions),
                ],
                check=False,
                capture_output=True,
                text=True,
            )
            if out.returncode:
                print(f"| {name} | failed: {out.stderr.strip().splitlines()[-1][:200]} |")
                continue
            figures = json.loads(out.stdout.splitlines()[-1])
            reference = reference or figures["digest"]
            p, r, f = bcubed(figures["found"], gold)
            print(
                f"| {name} | {figures['seconds']:.1f} | {len(gold) / figures['seconds']:.1f}"
                f" | {figures['peak_mib']:.0f} | {figures['worker_peak_mib'] or 0:.0f}"
                f" | {figures['stories']} | {p:.3f} | {r:.3f}"
                f" | {f:.3f} | {figures['digest'] == reference} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
