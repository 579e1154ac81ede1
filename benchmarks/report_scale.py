"""Writing a big report: each format's CPU time, and to_json against json.dumps, same run.

The report is the one compare_records makes of benchmarks/truth_scale.py's records
(``--objects`` objects × 10 of 200 sources: a million claims by default). For JSON,
``json.dumps(report.to_dict(), ensure_ascii=False, indent=2)`` is what a user would call
on the dict (and what to_json ran before it had a writer of its own); both must give the
same bytes (checked). ``write_json`` streams the same text to the null device, fact by
fact. CPU time, best of ``--repeat``. With ``--writers`` one or some
formats only (run one alone under ``/usr/bin/time -v`` for its peak memory).

Run:  .venv/bin/python benchmarks/report_scale.py [--objects N] [--repeat K]
          [--writers to_json,json.dumps,write_json,to_text,to_markdown,to_html]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "benchmarks"))

import truth_scale  # noqa: E402

import reconcile  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

WRITERS = ("to_json", "json.dumps", "write_json", "to_text", "to_markdown", "to_html")


def _write_json(report: reconcile.Report) -> str:
    """Report.write_json to the null device: its time and memory, none of the disk's."""
    with Path(os.devnull).open("w", encoding="utf-8") as sink:
        report.write_json(sink)
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--writers", default=",".join(WRITERS))
    args = parser.parse_args()
    chosen = args.writers.split(",")
    if unknown := set(chosen) - set(WRITERS):
        parser.error(f"unknown writers {sorted(unknown)}; choose from {WRITERS}")
    rows, _ = truth_scale.records(args.objects)
    report = reconcile.compare_records(rows)
    del rows
    claims = sum(len(f.claims) for f in report.facts)
    print(f"{claims:,} claims, {len(report.facts):,} facts, {len(report.sources)} sources")
    writers: dict[str, Callable[[], str]] = {
        "to_json": report.to_json,
        "json.dumps": lambda: (
            json.dumps(report.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        ),
        "write_json": lambda: _write_json(report),
        "to_text": report.to_text,
        "to_markdown": report.to_markdown,
        "to_html": report.to_html,
    }
    best: dict[str, float] = {}
    texts: dict[str, str] = {}
    for _ in range(args.repeat):
        for name in chosen:
            started = time.process_time()
            text = writers[name]()
            best[name] = min(best.get(name, float("inf")), time.process_time() - started)
            if name in ("to_json", "json.dumps"):
                texts[name] = text
            size = len(text.encode())
            del text
            print(f"  {name:12} CPU {best[name]:7.2f} s  {size / 1e6:8.1f} MB", flush=True)
    if len(texts) == 2:
        print(f"  to_json and json.dumps give the same bytes: {len(set(texts.values())) == 1}")
        print(f"  json.dumps / to_json: {best['json.dumps'] / best['to_json']:.1f}x")


if __name__ == "__main__":
    main()
