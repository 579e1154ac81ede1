"""Where compare_records spends its CPU on a million claims: each internal step timed in one run.

The same synthetic records as benchmarks/truth_scale.py (seeded). Each named function of
reconcile.records and reconcile.truth is wrapped with a CPU timer (time.process_time), so
the figures add the time of every call; nested steps (``_prepare`` inside ``estimate_flat``)
are counted in both. Timers cost little next to these steps, unlike a profiler's per-call hook.

Run:  .venv/bin/python benchmarks/truth_stages.py [--objects N]
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import truth_scale  # noqa: E402

from reconcile import records, truth  # noqa: E402

RECORDS = (
    "_rows",
    "_table",
    "_columns",
    "_flat",
    "estimate_flat",
    "_verdict",
    "Report",
    "columnar_fact",
)
TRUTH = (
    "_shared_true",
    "_prepare",
    "_probabilities",
    "_accuracies",
    "_dependence",
    "_weights",
    "_pairs",
    "_best",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    args = parser.parse_args()
    rows, _ = truth_scale.records(args.objects)
    spent: dict[str, float] = dict.fromkeys((*RECORDS, *TRUTH), 0.0)

    def timed(module: Any, name: str) -> None:
        inner = getattr(module, name)

        @functools.wraps(inner)
        def wrapper(*a: Any, **k: Any) -> Any:
            started = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                spent[name] += time.process_time() - started

        setattr(module, name, wrapper)

    for name in RECORDS:
        timed(records, name)
    for name in TRUTH:
        timed(truth, name)
    started = time.process_time()
    records.compare_records(rows)
    total = time.process_time() - started
    print(f"compare_records on {len(rows):,} claims: CPU {total:.1f} s")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:15} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
