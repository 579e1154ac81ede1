"""Does extraction time grow linearly with the text? Times on 1 MB and 10 MB inputs.

Each input is built by repeating a short unit of text until it reaches the size (in
characters), and each extractor reads it whole, once, in a child process with a time limit
(``--timeout``, default 600 s), so a blow-up is reported instead of hanging the run:

- ``find_quantities(text)``, ``find_dates(text, reference=...)``, ``find_names(text)``;
- ``Source.from_text`` alone (reading: metadata, zones, sentences);
- ``reconcile.extract(Source.from_text(text, published=...))``, reading included;
- ``compare``: ``reconcile.compare([source])``, the whole pipeline (not in the default run).

The units (all written for this script; none is taken from the seeds or any data set):

- ``news``: a made-up local news story of a few paragraphs (counts, money, bounds, dates,
  names, quotes, attributions); each repetition changes its numbers.
- ``digits``: long runs of digits, plain, with thousands separators and with decimals.
- ``more-than``: "more than more than more than ..." chains, and other bound words piled up.
- ``no-punct``: one line of words and numbers without any punctuation or line break, so the
  whole input is a single sentence.
- ``capitals``: long runs of capitalised words (no sentence end for hundreds of words).
- ``quotes``: many quotation marks, straight and curly, balanced and not, nested.
- ``short-lines``: many one-line paragraphs of a few words each (many sentences and zones).
- ``spelled-dates``: spelled years and days, compound offsets ("1 month 21 days ago"), and
  long runs of their words that never end a date ("1 month 2 weeks 3 days 4 years ...").
- ``clock-times``: clock times in one sentence that never ends ("at 4 pm", "about 4:45 am",
  "shortly before 5 pm"), which ``find_times`` read in quadratic time before branch fuzz14.

The ratio is time(10 MB) / time(1 MB): about 10 is linear; 100 is quadratic.

Run::

    .venv/bin/python benchmarks/linearity.py [--sizes 1e6 1e7] [--shapes news digits ...]
        [--extractors numbers dates names read extract compare] [--timeout 600] [--gc-off] [--cpu-time]

A full run (7 shapes, before ``spelled-dates``, x 5 extractors x 2 sizes) took about 20 minutes on 2 cores at commit
7b66b9a, half of it in the rows that are not linear (see docs/performance.md). Children run one
at a time, so timings are single-process. ``--gc-off`` disables Python's cyclic garbage
collector while measuring, which tells how much of a ratio above 10 is the collector's.
``--cpu-time`` times the child's process CPU time instead of wall time. Each row also gives
each child's peak resident memory (``ru_maxrss``: interpreter, input and extraction).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import resource
import subprocess
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

REFERENCE = dt.date(2024, 10, 15)

# --- the texts ------------------------------------------------------------------------------

NEWS = """\
Fire at Riverside warehouse displaces {a} workers, officials say

By Dana Whitfield, Staff Writer

HARLOW FALLS, Ore. (Valley Courier) — A fire that broke out late Sunday at a storage \
warehouse on Mill Creek Road forced more than {a} workers out of the building and caused \
an estimated ${b} million in damage, fire officials said Monday.

Harlow Falls Fire Chief Marisol Ortega said crews from {c} stations fought the blaze for \
nearly nine hours. "It was one of the largest fires this department has seen since 2019," \
Ortega told reporters at a news conference on Oct. 14. No one was killed, but two \
firefighters were treated for heat exhaustion and a third was taken to St. Luke's Medical \
Center with minor burns, according to the Lane County Sheriff's Office.

The building, owned by Cascade Logistics Inc., held about {d},000 pallets of paper goods \
and between 300 and 400 drums of cleaning solvent. Company spokesman Peter O'Malley said in \
a statement that the firm would pay its {e} hourly employees for at least two weeks while \
the site is closed. “We are grateful that everyone got out safely,” he said.

Investigators from the Oregon State Fire Marshal and the federal Bureau of Alcohol, Tobacco, \
Firearms and Explosives (ATF) were at the scene Tuesday. The ATF has not said what caused \
the fire. Residents within a half-mile radius — roughly 1,{f}00 households — were told to \
keep windows closed until Wednesday evening.

It was the third large fire in the county this year. In March, a blaze at a lumber yard in \
nearby Millbrook destroyed 12 acres of timber worth almost $2.{g} million, and last week a \
barn fire killed 35 head of cattle. The county commission voted 4-1 on Sept. 30 to spend \
up to $750,000 on two new engines, County Commissioner Ray Delgado said.

Anyone with information is asked to call the fire marshal's tip line at 541-555-0{h}2{i}.

"""

DIGITS = (
    "Officials counted {plain} people, then {grouped} dollars, then {decimal} percent, "
    "and finally {plain} units.\n\n"
)

MORE_THAN = (
    "more than " * 400
    + "80 people said nearly almost about roughly up to at least no fewer than "
    + "more than " * 200
    + "the crowd and between more than and at least about "
    + "some an estimated as many as " * 50
    + "5,000 residents left.\n\n"
)

NO_PUNCT = (
    "the council said {a} people were hurt on Monday and Mayor Joan Petrakis said about "
    "{b}00 residents left their homes in March 2024 while crews from {c} stations worked "
    "through the night and the Red Cross opened more than {d} shelters at a cost of nearly "
    "{e} million dollars last week according to the county emergency office "
)

CAPITALS = (
    " ".join(
        [
            "The",
            "Greater",
            "Harlow",
            "Falls",
            "Regional",
            "Transit",
            "And",
            "Port",
            "Authority",
            "Board",
            "Of",
            "Directors",
            "Chairman",
            "John",
            "Michael",
            "Anderson",
            "Smith",
            "Jr",
            "Of",
            "New",
            "York",
            "City",
            "Police",
            "Department",
            "Said",
            "Monday",
            "March",
            "Twelve",
            "Million",
            "Dollars",
        ]
        * 20
    )
    + " said on Monday.\n\n"
)

QUOTES = (
    '"Four people were hurt," said Sgt. Anna Cole. “Nearly $5 million,” she said. '
    + '"' * 50
    + " “We will ‘not’ stop” "
    + "“" * 100
    + ' he said "more than 20" and "about 30" and ‘up to 40’ '
    + "”" * 100
    + ' "' * 200
    + "in March 2024 ”\n\n"
)

SHORT_LINES = "{a} people\nMonday\nJane Doe\n${b}\nMarch {c}, 2024\nmore than {d}\n\n"

# Spelled and compound dates, dense, and near misses of them that run on without ending a date:
# offsets whose units never end in "ago", spelled numbers in long runs, "and a half" chains.
SPELLED = (
    "It opened in nineteen seventy-eight and closed on September the twenty-first nineteen"
    " eighty one. Ballots were due Feb. twenty-first, two thousand and ten; the next vote is"
    " 1 month 21 days ago or two weeks and three days ago, a year and a half ago, three weeks"
    " from tomorrow, in the nineteen seventies and the noughties, the weekend after next. "
    + "1 month 2 weeks 3 days 4 years " * 20
    + "nineteen nineteen twenty twenty two thousand and " * 20
    + "two and a half two and a half years and " * 20
    + "May twenty one twenty two twenty-first the first of " * 10
    + "\n\n"
)


def _news(i: int) -> str:
    r = random.Random(i)
    return NEWS.format(
        a=r.randint(20, 400),
        b=r.randint(1, 9),
        c=r.randint(3, 12),
        d=r.randint(2, 90),
        e=r.randint(50, 900),
        f=r.randint(1, 9),
        g=r.randint(1, 9),
        h=r.randint(10, 99),
        i=r.randint(0, 9),
    )


def _digits(i: int) -> str:
    r = random.Random(i)

    def run(n: int) -> str:
        return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))

    grouped = ",".join(f"{r.randint(0, 999):03d}" for _ in range(300))
    return DIGITS.format(
        plain=run(2000), grouped="1," + grouped, decimal=run(400) + "." + run(2000)
    )


def _no_punct(i: int) -> str:
    r = random.Random(i)
    return NO_PUNCT.format(
        a=r.randint(2, 90),
        b=r.randint(1, 9),
        c=r.randint(3, 12),
        d=r.randint(2, 30),
        e=r.randint(2, 9),
    )


def _short_lines(i: int) -> str:
    r = random.Random(i)
    return SHORT_LINES.format(
        a=r.randint(2, 90), b=r.randint(10, 999), c=r.randint(1, 28), d=r.randint(2, 99)
    )


CLOCK_TIMES = "crews came at 4 pm and about 4:45 am then shortly before 5 pm and left "


SHAPES: dict[str, Callable[[int], str]] = {
    "news": _news,
    "digits": _digits,
    "more-than": lambda _i: MORE_THAN,
    "no-punct": _no_punct,
    "capitals": lambda _i: CAPITALS,
    "quotes": lambda _i: QUOTES,
    "short-lines": _short_lines,
    "spelled-dates": lambda _i: SPELLED,
    "clock-times": lambda _i: CLOCK_TIMES,
}


def build(shape: str, size: int) -> str:
    """``size`` characters of the shape's unit repeated (the last repetition cut short)."""
    make = SHAPES[shape]
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        unit = make(i)
        parts.append(unit)
        total += len(unit)
        i += 1
    return "".join(parts)[:size]


# --- the extractors -------------------------------------------------------------------------

EXTRACTORS = ("numbers", "dates", "names", "read", "extract", "compare")


def run_one(extractor: str, text: str) -> int:
    """Run one extractor over the whole text; return how many things it found."""
    import reconcile
    from reconcile.extract.dates import find_dates
    from reconcile.extract.names import find_names
    from reconcile.extract.numbers import find_quantities

    if extractor == "numbers":
        return len(find_quantities(text))
    if extractor == "dates":
        return len(find_dates(text, reference=REFERENCE))
    if extractor == "names":
        return len(find_names(text))
    source = reconcile.Source.from_text(text, id="linearity", published=REFERENCE)
    if extractor == "read":
        return len(source.sentences)
    if extractor == "compare":  # the whole pipeline on one source: facts judged too
        return len(reconcile.compare([source]).facts)
    return len(reconcile.extract(source))


def child(
    shape: str, extractor: str, size: int, *, gc_off: bool = False, cpu_time: bool = False
) -> None:
    """Measure one (shape, extractor, size) and print the result as JSON.

    The peak is the child's maximum resident set size: the interpreter, the input
    text and everything the extractor held at once.
    """
    run_one(extractor, build(shape, 2000))  # warm-up: imports, lexicons
    text = build(shape, size)
    if gc_off:
        gc.disable()
    clock = time.process_time if cpu_time else time.perf_counter
    t0 = clock()
    found = run_one(extractor, text)
    seconds = clock() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "found": found, "peak": peak}))


def measure(
    shape: str,
    extractor: str,
    size: int,
    timeout: float,
    *,
    gc_off: bool = False,
    cpu_time: bool = False,
) -> tuple[float | None, str, str]:
    """Seconds (None if it failed), what was found, and the peak memory in MB."""
    cmd = [sys.executable, __file__, "--child", shape, extractor, str(size)]
    if gc_off:
        cmd.append("--gc-off")
    if cpu_time:
        cmd.append("--cpu-time")
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None, f"> {timeout:.0f} s", "–"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return None, f"failed: {last[:80]}", "–"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["seconds"], f"{result['found']:,}", f"{result['peak'] / 1e6:,.0f}"


# --- main -----------------------------------------------------------------------------------


def _size(text: str) -> int:
    return int(float(text))


def _label(size: int) -> str:
    return f"{size / 1e6:g} MB"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", type=_size, nargs=2, default=[1_000_000, 10_000_000])
    ap.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    ap.add_argument("--extractors", nargs="+", choices=EXTRACTORS, default=list(EXTRACTORS[:-1]))
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per measurement")
    ap.add_argument(
        "--gc-off",
        action="store_true",
        help="disable Python's cyclic garbage collector while measuring (tells its share)",
    )
    ap.add_argument(
        "--cpu-time",
        action="store_true",
        help="time with the child's process CPU time, not wall time (for a shared machine)",
    )
    ap.add_argument(
        "--child", nargs=3, metavar=("SHAPE", "EXTRACTOR", "SIZE"), help=argparse.SUPPRESS
    )
    args = ap.parse_args(argv)
    if args.child:
        shape, extractor, size = args.child
        child(shape, extractor, int(size), gc_off=args.gc_off, cpu_time=args.cpu_time)
        return 0

    from _machine import describe

    notes = (" · cyclic GC off while measuring" if args.gc_off else "") + (
        " · process CPU time" if args.cpu_time else " · wall time"
    )
    print(f"Machine: {describe()}{notes}")
    print()
    small, large = args.sizes
    print(
        f"| shape | extractor | found ({_label(small)}) | {_label(small)} s | "
        f"{_label(large)} s | ratio | peak MB ({_label(small)}) | peak MB ({_label(large)}) |"
    )
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    options = {"gc_off": args.gc_off, "cpu_time": args.cpu_time}
    for shape in args.shapes:
        for extractor in args.extractors:
            t_small, found, peak_small = measure(shape, extractor, small, args.timeout, **options)
            peak_large = "–"
            if t_small is None:
                t_large, large_note = None, "skipped"
            # Predict before running: a 1 MB input slower than timeout/10 cannot finish
            # 10 MB in time even if linear, so say so rather than wait.
            elif t_small * large / small > args.timeout:
                t_large, large_note = None, f"> {args.timeout:.0f} s (predicted)"
            else:
                t_large, large_note, peak_large = measure(
                    shape, extractor, large, args.timeout, **options
                )
            small_cell = f"{t_small:.3f}" if t_small is not None else found
            large_cell = f"{t_large:.3f}" if t_large is not None else large_note
            ratio = f"{t_large / t_small:.1f}" if t_small and t_large else "–"
            print(
                f"| {shape} | {extractor} | {found if t_small else '–'} | {small_cell} | "
                f"{large_cell} | {ratio} | {peak_small} | {peak_large} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
