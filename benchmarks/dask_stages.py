"""Where the local Dask path spends its time: extraction, finding stories, reconciling them.

Runs ``reconcile.dask.compare_corpus`` on a synthetic corpus (``benchmarks/corpus_gen.py``,
written as JSON lines first) on the local process scheduler, and prints the wall-clock time
at which each stage starts and ends: the extraction compute (every partition extracts and
spills its articles), ``cluster`` in this process, and each round of stories reconciled on
the workers. The stages are timed by wrapping ``reconcile.dask``'s own ``compute`` and
``_stories`` in this process, so the code timed is the package's.

Run: ``python benchmarks/dask_stages.py [--stories 500] [--workers 2] [--partitions 8]``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import corpus_gen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=500)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()

    import dask.bag as db

    import reconcile.dask as rdask

    started = time.perf_counter()

    def timed(name, function):
        def wrapper(*a, **k):
            begin = time.perf_counter() - started
            result = function(*a, **k)
            print(f"{name:<10} {begin:8.1f} s → {time.perf_counter() - started:8.1f} s", flush=True)
            return result

        return wrapper

    rdask.compute = timed("compute", rdask.compute)
    rdask._stories = timed("stories", rdask._stories)  # noqa: SLF001 - timing it is the point
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder, "corpus.jsonl")
        with data.open("w", encoding="utf-8") as handle:
            for article, _story in corpus_gen.generate(args.stories, args.outlets, args.seed):
                handle.write(json.dumps(article) + "\n")
        block = -(-data.stat().st_size // args.partitions)
        bag = db.read_text(str(data), blocksize=block).map(json.loads)
        print(f"{args.stories} stories, {args.workers} workers, {args.partitions} partitions")
        print("The first compute is the extraction; each later one is a round of stories.")
        started = time.perf_counter()
        count = sum(1 for _ in rdask.compare_corpus(bag, num_workers=args.workers))
        print(f"{count} reports in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":  # the guard matters: the process pool's workers import this file
    sys.exit(main())
