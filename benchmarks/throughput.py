"""Throughput of reconcile's value extraction, side by side with quantulum3 and dateparser.

All tools read the same texts: the articles of the GVC dev split
(``external/gvc-dev/incidents.jsonl`` in the shared folder; evaluation data only, read in
place and never copied). Syndicated copies (``duplicate_of`` set) are left out, so each text
is read once. Each tool gets every article, one call per article, in one process; the
figure is the best of ``--repeats`` passes, after one warm-up call, in characters of
article text per second (``len(text)`` summed, so a character is a Python ``str`` index).

Rows:

- reconcile ``find_quantities(text)``, ``find_dates(text, reference=dct)`` and
  ``find_names(text)``, each on the whole article text;
- ``Source.from_text`` alone (reading: metadata, zones, sentences);
- the whole of ``reconcile.extract(Source.from_text(text, id=..., published=dct))``;
- quantulum3 ``parser.parse(text)``;
- dateparser ``search.search_dates(text, languages=["en"])``.

quantulum3 and dateparser are not dependencies of reconcile. They live in a separate venv,
``benchmarks/.env``; create it once with ``bash benchmarks/setup-env.sh`` and run::

    benchmarks/.env/bin/python benchmarks/throughput.py [--shared PATH] [--repeats 3]
        [--limit N] [--no-peers] [--profile] [--stages] [--cpu-time]
        [--quantulum-without-classifier]

Under a venv without the peers (``.venv``) their rows say "not installed". A full run with
the peers takes about five minutes (quantulum3 reads about 10 kB/s); ``--limit 120`` reads
the first 120 articles only. ``--profile`` also prints where ``reconcile.extract`` spends
its time (cProfile over one pass of reading and extraction, top 15 by cumulative time and
top 15 by own time). ``--stages`` times each stage of ``reconcile.extract`` without the
profiler's overhead (process time, best of ``--repeats``). ``--cpu-time`` times every row
with process CPU time instead of wall time, which other processes on a shared machine
disturb less.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import pstats
import sys
import time
import warnings
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from _machine import describe

import reconcile
from reconcile.extract.dates import find_dates
from reconcile.extract.names import find_names
from reconcile.extract.numbers import find_quantities

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]
GVC = Path("external/gvc-dev/incidents.jsonl")
WARM_UP = "Police said on Monday that more than 80 people lost nearly $700,000 in March 2025."


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    published: dt.date


@dataclass(frozen=True)
class Tool:
    name: str
    run: Callable[[Article], int]  # returns how many values it found
    group: str  # "numbers", "dates", "names", "all", "read"


@dataclass
class Result:
    tool: Tool
    seconds: float | None = None
    found: int = 0
    note: str = ""


def load_articles(shared: Path, limit: int | None) -> list[Article]:
    path = shared / GVC
    if not path.is_file():
        sys.exit(
            f"error: {path} not found. This benchmark reads the GVC dev articles from the shared"
            " folder; pass --shared PATH (the folder holding external/gvc-dev/), default"
            f" {ROOT.parent / 'shared'}."
        )
    articles: list[Article] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            incident = json.loads(line)
            articles.extend(
                Article(a["id"], a["text"], dt.date.fromisoformat(a["dct"]))
                for a in incident["articles"]
                if a["duplicate_of"] is None and a["text"]
            )
    return articles[:limit] if limit is not None else articles


# --- the tools ------------------------------------------------------------------------------


def _reconcile_tools() -> list[Tool]:
    def numbers(a: Article) -> int:
        return len(find_quantities(a.text))

    def dates(a: Article) -> int:
        return len(find_dates(a.text, reference=a.published))

    def names(a: Article) -> int:
        return len(find_names(a.text))

    def read(a: Article) -> int:
        return len(reconcile.Source.from_text(a.text, id=a.id, published=a.published).sentences)

    def whole(a: Article) -> int:
        source = reconcile.Source.from_text(a.text, id=a.id, published=a.published)
        return len(reconcile.extract(source))

    return [
        Tool("reconcile find_quantities", numbers, "numbers"),
        Tool("reconcile find_dates", dates, "dates"),
        Tool("reconcile find_names", names, "names"),
        Tool("reconcile Source.from_text (reading only; found = sentences)", read, "read"),
        Tool("reconcile.extract (reading included; found = claims)", whole, "all"),
    ]


def _peer_tools(*, quantulum_classifier: bool = True) -> tuple[list[Tool], list[Result]]:
    """The peers that import here, and rows saying which do not."""
    tools: list[Tool] = []
    missing: list[Result] = []
    if not quantulum_classifier:
        sys.modules["sklearn"] = None  # type: ignore[assignment]  # quantulum3 then runs without it
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the classifier-missing warning is reported below
            from quantulum3 import classifier as q_classifier
            from quantulum3 import parser as q_parser
    except ImportError:
        missing.append(
            Result(Tool("quantulum3 parse", lambda _a: 0, "numbers"), note="not installed")
        )
    else:

        def quantulum(a: Article) -> int:
            return len(q_parser.parse(a.text))

        clf = "with classifier" if q_classifier.USE_CLF else "without classifier"
        tools.append(
            Tool(f"quantulum3 {_version('quantulum3')} parse ({clf})", quantulum, "numbers")
        )
    try:
        from dateparser import search as d_search
    except ImportError:
        missing.append(
            Result(Tool("dateparser search_dates", lambda _a: 0, "dates"), note="not installed")
        )
    else:

        def dateparser(a: Article) -> int:
            return len(d_search.search_dates(a.text, languages=["en"]) or ())

        tools.append(
            Tool(f"dateparser {_version('dateparser')} search_dates (en)", dateparser, "dates")
        )
    return tools, missing


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


# --- measuring ------------------------------------------------------------------------------


def measure(
    tool: Tool, articles: Sequence[Article], repeats: int, clock: Callable[[], float]
) -> Result:
    tool.run(Article("warm-up", WARM_UP, dt.date(2025, 7, 1)))  # loads lexicons, models
    best = float("inf")
    found = 0
    for _ in range(repeats):
        t0 = clock()
        found = sum(tool.run(a) for a in articles)
        best = min(best, clock() - t0)
    return Result(tool, best, found)


# The stages of reconcile.extract, as (module, function, label): --stages times each call.
STAGES = [
    ("reconcile.extract", "find_names", "find_names (whole text, once)"),
    ("reconcile.extract", "find_dates", "find_dates (per sentence)"),
    ("reconcile.extract", "find_quantities", "find_quantities (per sentence)"),
    ("reconcile.extract", "find_implicit_counts", "find_implicit_counts (per sentence)"),
    ("reconcile.extract.claims", "tokenize", "claims.tokenize (in Reader.claims)"),
    ("reconcile.extract.claims", "count_events", "count_events (in Reader.claims)"),
]


def stages(articles: Sequence[Article], repeats: int) -> str:
    """Process time of each stage of reconcile.extract, by wrapping its calls (no profiler).

    Reading (``Source.from_text``) is timed apart; "Reader.claims" includes the two
    rows under it. The wrappers add about a microsecond per call.
    """
    import importlib

    spent: dict[str, float] = {}

    def timed(f: Callable[..., object], label: str) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            t0 = time.process_time()
            try:
                return f(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0

        return call

    claims = importlib.import_module("reconcile.extract.claims")
    for module, name, label in STAGES:
        mod = importlib.import_module(module)
        if hasattr(mod, name):  # an older commit may lack a stage (count_events)
            setattr(mod, name, timed(getattr(mod, name), label))
    reader = claims.Reader
    reader.claims = timed(reader.claims, "Reader.claims (attribute, subject, speaker, ...)")
    sources = [reconcile.Source.from_text(a.text, id=a.id, published=a.published) for a in articles]
    t0 = time.process_time()
    for a in articles:
        reconcile.Source.from_text(a.text, id=a.id, published=a.published)
    reading = time.process_time() - t0
    best: tuple[float, dict[str, float]] = (float("inf"), {})
    for _ in range(repeats):
        spent.clear()
        t0 = time.process_time()
        for source in sources:
            reconcile.extract(source)
        total = time.process_time() - t0
        best = min(best, (total, dict(spent)), key=lambda b: b[0])
    total, shares = best
    rows = ["| stage | process s | share of extract |", "| --- | ---: | ---: |"]
    rows.append(f"| `Source.from_text` (reading, apart) | {reading:.3f} | – |")
    rows.append(f"| `reconcile.extract` without reading | {total:.3f} | 100% |")
    for label, seconds in sorted(shares.items(), key=lambda kv: -kv[1]):
        rows.append(f"| {label} | {seconds:.3f} | {seconds / total:.0%} |")
    rest = total - sum(v for k, v in shares.items() if "in Reader.claims" not in k)
    rows.append(f"| the rest (name index, zones, sorting, ...) | {rest:.3f} | {rest / total:.0%} |")
    return "\n".join(rows)


def profile(articles: Sequence[Article], top: int = 15) -> str:
    """cProfile of one pass of Source.from_text + reconcile.extract over the articles."""
    for a in articles[:5]:  # warm caches so the profile shows steady state
        reconcile.extract(reconcile.Source.from_text(a.text, id=a.id, published=a.published))
    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        reconcile.extract(reconcile.Source.from_text(a.text, id=a.id, published=a.published))
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out).strip_dirs()
    out.write(f"### Top {top} by cumulative time\n")
    stats.sort_stats("cumulative").print_stats(top)
    out.write(f"### Top {top} by own time\n")
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


# --- reporting ------------------------------------------------------------------------------


def _rate(r: Result, chars: int) -> float | None:
    return chars / r.seconds if r.seconds else None


def table(results: Sequence[Result], chars: int, n: int) -> str:
    rows = [
        "| extractor | found | seconds (best) | chars/s | M chars/s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        rate = _rate(r, chars)
        if rate is None:
            rows.append(f"| {r.tool.name} | – | {r.note} | – | – |")
        else:
            rows.append(
                f"| {r.tool.name} | {r.found:,} | {r.seconds:.3f} | {rate:,.0f} | {rate / 1e6:.3f} |"
            )
    rows.append("")
    rows.append(f"{n} articles, {chars:,} characters.")
    return "\n".join(rows)


def ratios(results: Sequence[Result], chars: int) -> str:
    by_name = {r.tool.name: r for r in results}

    def rate(prefix: str) -> float | None:
        hit = next((r for name, r in by_name.items() if name.startswith(prefix)), None)
        return None if hit is None else _rate(hit, chars)

    pairs = [
        ("reconcile find_quantities / quantulum3", "reconcile find_quantities", "quantulum3"),
        ("reconcile.extract (all of it) / quantulum3", "reconcile.extract", "quantulum3"),
        ("reconcile find_dates / dateparser search_dates", "reconcile find_dates", "dateparser"),
        ("reconcile.extract (all of it) / dateparser", "reconcile.extract", "dateparser"),
    ]
    rows = ["| ratio | × |", "| --- | ---: |"]
    for label, ours, theirs in pairs:
        a, b = rate(ours), rate(theirs)
        rows.append(f"| {label} | {a / b:,.0f}× |" if a and b else f"| {label} | – |")
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared folder holding external/gvc-dev/ (default: ../shared beside the repo)",
    )
    ap.add_argument("--repeats", type=int, default=3, help="passes per tool; the best counts")
    ap.add_argument("--limit", type=int, default=None, help="read only the first N articles")
    ap.add_argument("--no-peers", action="store_true", help="measure reconcile only")
    ap.add_argument("--profile", action="store_true", help="also profile reconcile.extract")
    ap.add_argument(
        "--stages",
        action="store_true",
        help="also time each stage of reconcile.extract (process time, no profiler)",
    )
    ap.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with process CPU time, not wall time: other processes on the machine"
        " then slow a run less (each tool runs in this one process, so no tool gains)",
    )
    ap.add_argument(
        "--quantulum-without-classifier",
        action="store_true",
        help="run quantulum3 as if its classifier extra were not installed (it is slower so)",
    )
    args = ap.parse_args(argv)

    articles = load_articles(args.shared, args.limit)
    chars = sum(len(a.text) for a in articles)
    print(f"Machine: {describe()}\n")
    clock = time.process_time if args.cpu_time else time.perf_counter
    kind = "process CPU time" if args.cpu_time else "wall time"
    print(
        f"Reading {len(articles)} articles ({chars:,} characters), best of {args.repeats},"
        f" {kind}.\n"
    )

    tools = _reconcile_tools()
    results: list[Result] = []
    if not args.no_peers:
        peers, missing = _peer_tools(quantulum_classifier=not args.quantulum_without_classifier)
        tools += peers
        results += missing
        if missing:
            print(
                "note: quantulum3/dateparser are not installed in this Python; run"
                " `bash benchmarks/setup-env.sh` and use benchmarks/.env/bin/python.\n"
            )
    for tool in tools:
        print(f"  measuring {tool.name} ...", file=sys.stderr, flush=True)
        try:
            results.append(measure(tool, articles, args.repeats, clock))
        except Exception as exc:  # a peer that breaks is reported, not fatal
            if tool.name.startswith("reconcile"):
                raise
            results.append(Result(tool, note=f"failed: {type(exc).__name__}: {exc}"[:100]))
    order = {g: i for i, g in enumerate(("numbers", "dates", "names", "read", "all"))}
    results.sort(key=lambda r: (order[r.tool.group], not r.tool.name.startswith("reconcile")))

    print(table(results, chars, len(articles)))
    print()
    print(ratios(results, chars))
    if args.profile:
        print()
        print(profile(articles))
    if args.stages:  # last: it leaves the stages wrapped
        print()
        print(stages(articles, args.repeats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
