"""Truth discovery: reconcile's estimate against majority vote (and the truthdiscovery package).

Data sets (read-only, never shipped): ../shared/external/truth-discovery/ (see its README).
Each data set becomes records (source, subject, attribute, value) and goes through
reconcile.compare_records; for every gold object the prediction is the fact's estimate when
it is contested, else the value its claims agree on. Majority vote is computed in the same
run on the same normalised values (one vote per source and object, ties to the smallest).

Run:  .venv/bin/python benchmarks/truth_discovery.py [--data DIR] [--only NAME ...] [--no-td]
      .venv/bin/python benchmarks/truth_discovery.py --split-population
      .venv/bin/python benchmarks/truth_discovery.py --truth '{"false_values": 5}'
(--truth: reconcile's TruthSettings as JSON, for its column and the split; the column without
copy detection takes the same settings with detect_copying off.)
The GPL truthdiscovery package runs side by side when its own venv exists (it is never a
dependency and never shares a venv with reconcile): bash benchmarks/setup-truthdiscovery.sh
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reconcile  # noqa: E402
from reconcile.records import parse_value  # noqa: E402
from reconcile.truth import TruthSettings, value_key  # noqa: E402

DATA = ROOT.parent / "shared" / "external" / "truth-discovery"
Rows = list[dict[str, str]]
Gold = dict[tuple[str, str], Any]


# --- loaders: rows and gold -------------------------------------------------------------


def flights(data: Path) -> tuple[Rows, Gold]:
    attrs = ["sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time"]
    rows: Rows = []
    with (data / "flights-raha-subset" / "flights_dirty.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.extend(
                {"source": r["src"], "subject": r["flight"], "attribute": a, "value": r[a]}
                for a in attrs
                if r[a].strip()
            )
    gold: Gold = {}
    with (data / "flights-raha-subset" / "flights_clean.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            for a in attrs:
                gold[r["flight"], a] = value_key(parse_value(r[a]))
    return _dedupe(rows), gold


def population(data: Path) -> tuple[Rows, Gold]:
    rows: Rows = []
    text = (data / "population" / "population-new.txt").read_bytes().decode("latin-1")
    for line in text.split("\n"):
        parts = line.rstrip("\r").split("\t")
        if len(parts) == 4 and parts[2].strip():
            rows.append(
                {
                    "source": parts[1],
                    "subject": parts[0],
                    "attribute": "population",
                    "value": parts[2],
                }
            )
    gold: Gold = {}
    gd = (data / "population" / "population-gd.txt").read_bytes().decode("latin-1")
    for line in gd.split("\n"):
        fields = [x.strip() for x in line.split(", ")]
        if len(fields) >= 3:
            key = ", ".join(fields[:-2]) + "_" + fields[-2]
            gold[key, "population"] = value_key(parse_value(fields[-1]))
    return _dedupe(rows), gold


def _author_tokens(text: str) -> str:
    """The rough author matcher of the README: lower-case alphabetic tokens of 3+ letters."""
    return " ".join(sorted(set(re.findall(r"[a-z]{3,}", text.lower()))))


def books(data: Path) -> tuple[Rows, Gold]:
    rows: Rows = []
    for line in (data / "book-author" / "book.txt").read_text(encoding="ascii").splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        authors = parts[3].strip()
        if not authors or authors.lower() == "not available":
            continue
        tokens = _author_tokens(authors)
        if tokens:
            rows.append(
                {"source": parts[0], "subject": parts[1], "attribute": "authors", "value": tokens}
            )
    gold: Gold = {}
    for line in (data / "book-author" / "book_golden.txt").read_text("ascii").splitlines():
        isbn, _, authors = line.partition("\t")
        last = [a.split(",")[0].strip() for a in authors.split(";") if a.strip()]
        gold[isbn.strip(), "authors"] = ("books", tuple(last))
    return _dedupe(rows), gold


def _book_correct(predicted: Any, gold: Any) -> bool:
    """Correct if the prediction holds every gold last name and not far more tokens."""
    tokens = set(str(predicted[2]).split()) if isinstance(predicted, tuple) else set()
    names = [set(re.findall(r"[a-z]{3,}", n)) for n in gold[1]]
    return all(n <= tokens for n in names) and len(tokens) <= 3 * len(gold[1]) + 2


def places(data: Path, name: str) -> list[tuple[str, str]]:
    """The data set's own place hierarchy as (narrower, broader) name pairs, the root left out."""
    with (data / "birthplaces-heritages" / name / "hierarchy.csv").open(encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    names = {r["ID"]: r["name"] for r in nodes}
    return [
        (r["name"], names[r["parentID"]])
        for r in nodes
        if r["parentID"] in names and names[r["parentID"]] != "Root"
    ]


def hierarchy(data: Path, name: str) -> tuple[Rows, Gold]:
    folder = data / "birthplaces-heritages" / name
    rows: Rows = []
    with (folder / "claims.csv").open(encoding="utf-8") as f:
        rows.extend(
            {"source": r["src"], "subject": r["obj"], "attribute": "place", "value": r["value"]}
            for r in csv.DictReader(f)
            if r["value"].strip()
        )
    gold: Gold = {}
    with (folder / "groundtruths.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            gold[r["obj"], "place"] = value_key(parse_value(r["value"].split(",")[0]))
    return _dedupe(rows), gold


def _dedupe(rows: Rows) -> Rows:
    """One claim per (source, subject, attribute): the first, as the baselines did."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for r in rows:
        key = (r["source"], r["subject"], r["attribute"])
        if key not in seen:
            seen.add(key)
            kept.append(r)
    return kept


# --- methods --------------------------------------------------------------------------------


def majority(rows: Rows) -> dict[tuple[str, str], Any]:
    votes: dict[tuple[str, str], Counter[Any]] = defaultdict(Counter)
    for r in rows:
        votes[r["subject"], r["attribute"]][value_key(parse_value(r["value"]))] += 1
    return {k: min(c, key=lambda v: (-c[v], repr(v))) for k, c in votes.items()}


def reconcile_estimate(rows: Rows, **keywords: Any) -> dict[tuple[str, str], Any]:
    report = reconcile.compare_records(rows, **keywords)
    found = {}
    for fact in report.facts:
        key = (fact.subject or "", fact.attribute or "")
        if fact.estimate is not None:
            found[key] = value_key(fact.estimate.value)
        else:
            counts = Counter(value_key(c.value) for c in fact.claims)
            found[key] = min(counts, key=lambda v: (-counts[v], repr(v)))
    return found


TD_PYTHON = ROOT / "benchmarks" / ".env" / "truthdiscovery" / "bin" / "python"
TD_RUNNER = ROOT / "benchmarks" / "truthdiscovery_runner.py"
TD_ALGORITHMS = ("Sums", "AverageLog", "Investment", "PooledInvestment", "TruthFinder")


def truthdiscovery_methods(rows: Rows) -> dict[str, dict[tuple[str, str], Any]]:
    """The algorithms of the GPL truthdiscovery package, run in its own venv through a pipe.

    Every method sees the same values: reconcile's value_key of each parsed value, as text.
    """
    if not TD_PYTHON.exists():
        return {}
    keys = {r["value"]: value_key(parse_value(r["value"])) for r in rows}
    back = {repr(k): k for k in keys.values()}
    triples = [
        [r["source"], f"{r['subject']}\x00{r['attribute']}", repr(keys[r["value"]])] for r in rows
    ]
    done = subprocess.run(
        [str(TD_PYTHON), str(TD_RUNNER)],
        input=json.dumps(triples),
        capture_output=True,
        text=True,
        check=True,
    )
    out: dict[str, dict[tuple[str, str], Any]] = {}
    for name, best in json.loads(done.stdout).items():
        out[name] = {}
        for var, value in best.items():
            subject, _, attribute = var.partition("\x00")
            out[name][subject, attribute] = back[value]
    return out


def accuracy(predicted: dict[tuple[str, str], Any], gold: Gold, *, books: bool = False) -> float:
    hits = 0
    for key, truth in gold.items():
        guess = predicted.get(key)
        hits += _book_correct(guess, truth) if books else guess == truth
    return hits / len(gold)


# --- the synthetic copying benchmark ----------------------------------------------------------


def synthetic(*, copiers: int, seed: int = 7) -> tuple[Rows, Gold]:
    """10 honest sources (accuracy 0.8), 20 poor origins (0.2) each copied by ``copiers`` outlets.

    1,000 objects; each false value is drawn from 5 per object, so poor origins often agree
    on a falsehood by chance and copies multiply it. A copier repeats its origin's value.
    """
    rng = random.Random(seed)
    rows: Rows = []
    gold: Gold = {}
    for obj in range(1000):
        truth = 1000 + obj * 10
        gold[f"o{obj}", "v"] = value_key(parse_value(str(truth)))

        def say(source: str, value: int, obj: int = obj) -> None:
            rows.append({"source": source, "subject": f"o{obj}", "attribute": "v",
                         "value": str(value)})  # fmt: skip

        for h in range(10):
            say(f"honest{h:02}", truth if rng.random() < 0.8 else truth + rng.randint(1, 5))
        for p in range(20):
            value = truth if rng.random() < 0.2 else truth + rng.randint(1, 5)
            say(f"poor{p:02}", value)
            for c in range(copiers):
                say(f"poor{p:02}copy{c:02}", value)
    return rows, gold


# --- why Population is lost -------------------------------------------------------------------


def split_population(data: Path, settings: TruthSettings | None = None) -> None:
    """Population's gold city-years split by what its most prolific source states, per method."""
    rows, gold = population(data)
    counts = Counter(r["source"] for r in rows)
    prolific = max(counts, key=lambda s: (counts[s], s))
    said = {
        r["subject"]: value_key(parse_value(r["value"])) for r in rows if r["source"] == prolific
    }
    methods = {"reconcile": reconcile_estimate(rows, truth=settings), "majority": majority(rows)}
    methods.update(truthdiscovery_methods(rows))
    print(f"most prolific source: {prolific} ({counts[prolific]:,} claims)")
    print("| gold city-years | count | " + " | ".join(methods) + " |")
    print("| --- | ---: " + "| ---: " * len(methods) + "|")
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, truth in gold.items():
        stated = said.get(key[0])
        group = "not stated" if stated is None else "states gold" if stated == truth else "other"
        groups[group].append(key)
    for group in ("not stated", "states gold", "other"):
        keys = groups[group]
        hits = [sum(found.get(k) == gold[k] for k in keys) for found in methods.values()]
        print(f"| {group} | {len(keys)} | " + " | ".join(map(str, hits)) + " |")


def truth_settings(text: str) -> TruthSettings:
    """--truth: TruthSettings from JSON, its error (a bad name or value) shown as is."""
    try:
        return TruthSettings.from_dict(json.loads(text))
    except ValueError as error:  # json.JSONDecodeError and SettingsError are ValueErrors
        raise argparse.ArgumentTypeError(str(error)) from error


# --- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--no-td", action="store_true", help="skip the truthdiscovery package")
    parser.add_argument(
        "--split-population",
        action="store_true",
        help="only: Population's gold split by what its most prolific source states",
    )
    parser.add_argument(
        "--truth",
        type=truth_settings,
        default=TruthSettings(),
        help="reconcile's truth settings as JSON (names of TruthSettings), e.g. "
        "'{\"prior_strength\": 5}'",
    )
    args = parser.parse_args()
    truth: TruthSettings = args.truth
    if args.split_population:
        split_population(args.data, truth)
        return
    sets = {
        "Flights": lambda: flights(args.data),
        "Population": lambda: population(args.data),
        "Book-Author": lambda: books(args.data),
        "BirthPlaces": lambda: hierarchy(args.data, "birthplaces"),
        "BirthPlaces, its hierarchy given": lambda: hierarchy(args.data, "birthplaces"),
        "Heritages": lambda: hierarchy(args.data, "heritages"),
        "Heritages, its hierarchy given": lambda: hierarchy(args.data, "heritages"),
        "Synthetic, no copiers": lambda: synthetic(copiers=0),
        "Synthetic, 20 origins x 10 copiers": lambda: synthetic(copiers=10),
    }
    td = TD_PYTHON.exists() and not args.no_td
    head = ["data set", "claims", "gold", "majority", "reconcile", "reconcile, no copying"]
    head += [*TD_ALGORITHMS, "reconcile − best other", "seconds"] if td else ["seconds"]
    print("| " + " | ".join(head) + " |")
    print("| --- " + "| ---: " * (len(head) - 1) + "|")
    td_found: dict[str, dict[str, dict[tuple[str, str], Any]]] = {}
    for name, load in sets.items():
        if args.only and name not in args.only:
            continue
        rows, gold = load()
        is_books = name == "Book-Author"
        # The package cannot take a hierarchy: reconcile alone is given the data set's own.
        given = (
            {"hierarchy": places(args.data, name.split(",")[0].lower())}
            if name.endswith("hierarchy given")
            else {}
        )
        vote = accuracy(majority(rows), gold, books=is_books)
        started = time.perf_counter()
        ours = accuracy(reconcile_estimate(rows, truth=truth, **given), gold, books=is_books)
        seconds = time.perf_counter() - started
        plain = accuracy(
            reconcile_estimate(rows, truth=attrs.evolve(truth, detect_copying=False), **given),
            gold,
            books=is_books,
        )
        cells = [name, f"{len(rows):,}", f"{len(gold):,}", f"{vote:.3f}", f"{ours:.3f}",
                 f"{plain:.3f}"]  # fmt: skip
        if td:
            base = name.removesuffix(", its hierarchy given")  # X's data: the same answers
            found = td_found.get(base) or truthdiscovery_methods(rows)
            td_found = {base: found}
            scores = [accuracy(found[k], gold, books=is_books) for k in TD_ALGORITHMS]
            cells += [f"{x:.3f}" for x in scores]
            cells.append(f"{ours - max(vote, *scores):+.3f}")
        cells.append(f"{seconds:.1f}")
        print("| " + " | ".join(cells) + " |", flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory {peak:,.0f} MiB")


if __name__ == "__main__":
    main()
