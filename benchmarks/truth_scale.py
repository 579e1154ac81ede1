"""Truth discovery at scale: time and peak memory of compare_records on a million claims.

Synthetic records, generated from a fixed seed: ``--objects`` objects (default 100,000),
each stated by 10 of 200 sources (one claim per source and object: 1,000,000 claims).
Source accuracies run from 0.5 to 0.95; 20 of the sources copy one of the others on 90%
of the objects they share. A false value is one of 5 per object.

Reported, each on its own: reading and judging the records (``compare_records`` with
``estimate=False``), truth estimation over the judged facts (``reconcile.truth.estimate``),
and the whole ``compare_records`` call; then accuracy against the generated truth and the
process's peak resident memory.

Run:  .venv/bin/python benchmarks/truth_scale.py [--objects N] [--no-copying]
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
    args = parser.parse_args()
    settings = TruthSettings(detect_copying=not args.no_copying)
    rows, truth = records(args.objects)
    print(f"{len(rows):,} claims, {args.objects:,} objects, {SOURCES} sources")
    started = time.perf_counter()
    judged = reconcile.compare_records(rows, estimate=False)
    read = time.perf_counter() - started
    started = time.perf_counter()
    result = estimate(judged.facts, [s.id for s in judged.sources], settings)
    estimated = time.perf_counter() - started
    print(f"read and judge: {read:.1f} s; truth estimation: {estimated:.1f} s"
          f" ({result.iterations} rounds, {len(result.dependence)} dependent pairs)")  # fmt: skip
    hits = 0
    for fact in judged.facts:
        chosen = result.estimates.get(fact.id)
        text = chosen.text if chosen is not None else fact.claims[0].text
        hits += text == truth[fact.subject or ""]
    print(f"accuracy {hits / len(judged.facts):.4f} over {len(judged.facts):,} objects")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
