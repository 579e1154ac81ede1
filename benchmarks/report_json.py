"""Writing a report as JSON: Report.to_json against json.dumps of Report.to_dict, same run.

The report is the one compare_records makes of benchmarks/truth_scale.py's records
(``--objects`` objects × 10 sources: a million claims by default). Both write the same
bytes (checked); ``json.dumps(..., indent=2)`` is what to_json ran before it had a writer
of its own, and what a user would call on ``to_dict()``. CPU time, best of ``--repeat``.
With ``--only``, one writer alone, for its peak memory under ``/usr/bin/time -v``.

Run:  .venv/bin/python benchmarks/report_json.py [--objects N] [--repeat K] [--only to_json|json.dumps]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "benchmarks"))

import truth_scale  # noqa: E402

import reconcile  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", choices=["to_json", "json.dumps"])
    args = parser.parse_args()
    rows, _ = truth_scale.records(args.objects)
    report = reconcile.compare_records(rows)
    del rows
    claims = sum(len(f.claims) for f in report.facts)
    writers = {
        "to_json": report.to_json,
        "json.dumps": lambda: (
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        ),
    }
    if args.only:
        writers = {args.only: writers[args.only]}
    best: dict[str, float] = {}
    texts: dict[str, str] = {}
    for _ in range(args.repeat):
        for name, write in writers.items():
            started = time.process_time()
            texts[name] = write()
            best[name] = min(best.get(name, float("inf")), time.process_time() - started)
    size = len(next(iter(texts.values())).encode())
    print(f"{claims:,} claims, {len(report.facts):,} facts, {size / 1e6:,.1f} MB of JSON")
    for name, seconds in best.items():
        print(f"  {name:11} CPU {seconds:6.2f} s (best of {args.repeat})")
    if len(texts) == 2:
        print(f"  same bytes: {texts['to_json'] == texts['json.dumps']}")
        print(f"  ratio: {best['json.dumps'] / best['to_json']:.1f}x")


if __name__ == "__main__":
    main()
