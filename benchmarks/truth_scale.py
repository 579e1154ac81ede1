"""Truth discovery at scale: time and peak memory of compare_records on a million claims.

Synthetic records, generated from a fixed seed: ``--objects`` objects (default 100,000),
each stated by 10 of 200 sources (one claim per source and object: 1,000,000 claims).
Source accuracies run from 0.5 to 0.95; 20 of the sources copy one of the others on 90%
of the objects they share. A false value is one of 5 per object.

Reported, each on its own: reading and judging the records (``compare_records`` with
``estimate=False``) and truth estimation over the judged facts (``reconcile.truth.estimate``);
with ``--whole``, instead, the one ``compare_records(rows)`` call that does both (what a user
runs). Then accuracy against the generated truth and the process's peak resident memory
(generating the rows included). Run each mode in its own process for its peak memory.

Run:  .venv/bin/python benchmarks/truth_scale.py [--objects N] [--no-copying] [--whole]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reconcile  # noqa: E402
from reconcile.truth import TruthSettings, estimate  # noqa: E402

SOURCES = 200
PER_OBJECT = 10
COPIERS = 20


def records(objects: int, seed: int = 11) -> tuple[list[dict[str, str]], dict[str, str]]:
    rng = random.Random(seed)
    accuracy = [0.5 + 0.45 * i / (SOURCES - 1) for i in range(SOURCES)]
    origin_of = {SOURCES - 1 - k: rng.randrange(SOURCES - COPIERS) for k in range(COPIERS)}
    rows: list[dict[str, str]] = []
    truth: dict[str, str] = {}
    for obj in range(objects):
        subject = f"o{obj:07}"
        right = 1000 + obj % 9000
        truth[subject] = str(right)
        stated: dict[int, int] = {}
        for source in sorted(rng.sample(range(SOURCES), PER_OBJECT)):
            origin = origin_of.get(source)
            if origin is not None and origin in stated and rng.random() < 0.9:
                stated[source] = stated[origin]
            elif rng.random() < accuracy[source]:
                stated[source] = right
            else:
                stated[source] = right + rng.randint(1, 5)
        rows.extend(
            {"source": f"s{s:03}", "subject": subject, "attribute": "v", "value": str(v)}
            for s, v in stated.items()
        )
    return rows, truth


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--no-copying", action="store_true")
    parser.add_argument("--whole", action="store_true", help="time one compare_records call")
    args = parser.parse_args()
    settings = TruthSettings(detect_copying=not args.no_copying)
    started = time.perf_counter()
    rows, truth = records(args.objects)
    print(f"{len(rows):,} claims, {args.objects:,} objects, {SOURCES} sources"
          f" (generated in {time.perf_counter() - started:.1f} s)")  # fmt: skip
    if args.whole:
        started, cpu = time.perf_counter(), time.process_time()
        report = reconcile.compare_records(rows, truth=settings)
        print(f"compare_records(rows): {time.perf_counter() - started:.1f} s"
              f" (CPU {time.process_time() - cpu:.1f} s)")  # fmt: skip
        chosen = {f.id: f.estimate for f in report.facts}
        facts = report.facts
    else:
        started, cpu = time.perf_counter(), time.process_time()
        judged = reconcile.compare_records(rows, estimate=False)
        read, read_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        result = estimate(judged.facts, [s.id for s in judged.sources], settings)
        estimated, estimated_cpu = time.perf_counter() - started, time.process_time() - cpu
        print(f"read and judge: {read:.1f} s (CPU {read_cpu:.1f} s);"
              f" truth estimation: {estimated:.1f} s (CPU {estimated_cpu:.1f} s)"
              f" ({result.iterations} rounds, {len(result.dependence)} dependent pairs)")  # fmt: skip
        chosen = {f.id: result.estimates.get(f.id) for f in judged.facts}
        facts = judged.facts
    hits = 0
    for fact in facts:
        found = chosen[fact.id]
        text = found.text if found is not None else fact.claims[0].text
        hits += text == truth[fact.subject or ""]
    print(f"accuracy {hits / len(facts):.4f} over {len(facts):,} objects")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
