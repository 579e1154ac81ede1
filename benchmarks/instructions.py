"""Instructions one pass of ``reconcile.extract`` executes, counted by valgrind's cachegrind.

On a shared machine, wall and even CPU time move by 20% from run to run with other jobs'
load, more than most speed changes. The count of instructions the interpreter executes does
not depend on the load, so it compares two commits exactly (it does not see cache misses
or the garbage collector's pauses, which time does).

The first ``--articles`` non-syndicated articles of the gvc-dev split (read in place from
the shared folder) are read with ``Source.from_text``, extracted once as a warm-up, then the
script runs twice under ``valgrind --tool=cachegrind --cache-sim=no``: with no pass and with
one pass of ``reconcile.extract`` over them. The difference is one pass's instructions.
Under valgrind Python runs about 50 times slower: 60 articles take about four minutes.

``--stage`` counts one stage instead, as ``extract`` calls it: ``quantities``
(``find_quantities`` on each sentence), ``dates`` (``find_dates`` on each sentence, with the
article's date), ``implicit`` (``find_implicit_counts`` on each sentence, given the spans of
that sentence's dates and quantities, found before the pass), ``names`` (``find_names`` on
each whole text), ``claims`` (``Reader.claims`` on each sentence, given the values, names
and zone ``extract`` gave it, recorded before the pass) or ``read`` (``Source.from_text``,
which ``extract``'s pass leaves out). What ``extract`` spends beyond the four finders and
``Reader.claims`` is the name index, zones and sorting.

Run (valgrind must be installed; ``PYTHONPATH`` picks the checkout to measure)::

    .venv/bin/python benchmarks/instructions.py [--shared PATH] [--articles 60]
        [--stage extract|quantities|dates|implicit|names|claims|read]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

if TYPE_CHECKING:
    from collections.abc import Sequence

ROOT = Path(__file__).resolve().parents[1]
GVC = Path("external/gvc-dev/incidents.jsonl")
LABELS = {
    "extract": "reconcile.extract",
    "quantities": "find_quantities (per sentence)",
    "dates": "find_dates (per sentence)",
    "implicit": "find_implicit_counts (per sentence)",
    "names": "find_names (whole text)",
    "claims": "Reader.claims (per sentence)",
    "read": "Source.from_text",
}


def child(shared: Path, articles: int, passes: int, stage: str) -> None:
    """Read the articles, warm up, and run ``passes`` passes of a stage (under valgrind)."""
    import reconcile
    from reconcile.extract import claims
    from reconcile.extract.dates import find_dates
    from reconcile.extract.implicit import find_implicit_counts
    from reconcile.extract.names import find_names
    from reconcile.extract.numbers import find_quantities

    texts = []
    with (shared / GVC).open(encoding="utf-8") as lines:
        for line in lines:
            texts.extend(
                (a["id"], a["text"], dt.date.fromisoformat(a["dct"]))
                for a in json.loads(line)["articles"]
                if a["duplicate_of"] is None and a["text"]
            )
    texts = texts[:articles]
    sources = [reconcile.Source.from_text(t, id=i, published=d) for i, t, d in texts]
    reconcile.extract(sources[0])  # warm-up: lexicons, gazetteers
    sentences = [
        (s.text, span.start, span.end, s.published) for s in sources for span in s.sentences
    ]
    taken = []
    if stage == "implicit":  # as extract gives them: the sentence's dates and quantities
        for text, start, end, date in sentences:
            spans = [(s, e) for s, e, _ in find_dates(text, start, end, reference=date)]
            explicit = [(s, e) for s, e, _ in find_quantities(text, start, end)]
            taken.append(
                spans + [(s, e) for s, e in explicit if not any(a < e and s < b for a, b in spans)]
            )
    calls: list[tuple[reconcile.Source, list[tuple[Any, ...]]]] = []
    if stage == "claims":  # each sentence's values, names and zone, as extract gives them
        read = claims.Reader.claims

        def record(reader: claims.Reader, *args: Any) -> list[reconcile.Claim]:
            calls[-1][1].append(args)
            return read(reader, *args)

        with mock.patch.object(claims.Reader, "claims", record):
            for source in sources:
                calls.append((source, []))
                reconcile.extract(source)
    for _ in range(passes):
        if stage == "extract":
            for source in sources:
                reconcile.extract(source)
        elif stage == "quantities":
            for text, start, end, _date in sentences:
                find_quantities(text, start, end)
        elif stage == "dates":
            for text, start, end, date in sentences:
                find_dates(text, start, end, reference=date)
        elif stage == "implicit":
            for (text, start, end, _date), spans in zip(sentences, taken, strict=True):
                find_implicit_counts(text, start, end, taken=spans)
        elif stage == "names":
            for source in sources:
                find_names(source.text, 0, len(source.text))
        elif stage == "claims":
            for source, recorded in calls:
                reader = claims.Reader(source.id, source.text)
                for args in recorded:
                    reader.claims(*args)
        else:
            for i, t, d in texts:
                reconcile.Source.from_text(t, id=i, published=d)
    print(json.dumps({"chars": sum(len(t) for _, t, _ in texts)}))


def count(shared: Path, articles: int, passes: int, stage: str) -> tuple[int, int]:
    """Instructions of a child run with ``passes`` passes, and the characters it read."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cachegrind.out"
        done = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={out}",
                sys.executable,
                __file__,
                "--shared",
                str(shared),
                "--articles",
                str(articles),
                "--child",
                str(passes),
                "--stage",
                stage,
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    refs = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if refs is None:
        sys.exit(f"error: no instruction count in valgrind's output:\n{done.stderr[-2000:]}")
    chars = json.loads(done.stdout.strip().splitlines()[-1])["chars"]
    return int(refs.group(1).replace(",", "")), chars


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles", type=int, default=60, help="how many articles (default 60)")
    ap.add_argument(
        "--stage",
        choices=("extract", "quantities", "dates", "implicit", "names", "claims", "read"),
        default="extract",
        help="what one pass runs (default: extract)",
    )
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        child(args.shared, args.articles, args.child, args.stage)
        return 0

    from _machine import describe

    print(f"Machine: {describe()}\n")
    base, chars = count(args.shared, args.articles, 0, args.stage)
    one, _ = count(args.shared, args.articles, 1, args.stage)
    per_pass = one - base
    print(f"{args.articles} articles, {chars:,} characters")
    print(f"instructions without a pass: {base:,}; with one pass: {one:,}")
    print(
        f"one pass of {LABELS[args.stage]}: {per_pass:,} instructions, {per_pass / chars:,.0f} a character"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
