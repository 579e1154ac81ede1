"""Grouping and judging cost for one story told by 100, 1,000 and 10,000 sources.

Each source states about 20 claims drawn from a pool of 30 things (counts, money
and dates), each thing worded in one of several ways ("U.S. citizens", "US
individuals", ...), with values that mostly agree and sometimes conflict, and
attributed to one of a few originators. Claims are built directly (extraction is
measured elsewhere), so the figures are grouping (`group_claims`) and judging
(`judge` on every group) alone.

Run: python benchmarks/group_scale.py [--sizes 100 1000 10000] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
import tracemalloc

from reconcile import Claim, DateRange, Quantity, Settings, Source, Span
from reconcile.group import group_claims
from reconcile.judge import judge

# (family, wordings as attribute-token tuples with a readable phrase)
THINGS: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = []
for head, variants in [
    ("person", ["people killed", "persons killed", "victims killed"]),
    ("injury", ["people injured", "people wounded", "people hurt"]),
    ("company", ["U.S. companies", "US firms", "American businesses"]),
    ("arrest", ["arrests", "people arrested"]),
    ("vehicle", ["vehicles", "cars"]),
    ("home", ["homes destroyed", "houses destroyed"]),
]:
    for n in range(5):
        tokens = (head, f"q{n}")
        THINGS.append(("count", [(f"{v} ({n})", tokens) for v in variants]))
for n in range(3):
    THINGS.append(("money", [(f"cost {n}", ("cost", f"q{n}")), (f"costs {n}", ("cost", f"q{n}"))]))
    THINGS.append(("date", [(f"announced {n}", (f"e:announced{n}",))]))
TELLERS = ["police", "the ministry", "the company", None, None]


def make_claims(
    sources: int, per_source: int, rnd: random.Random
) -> tuple[list[Claim], dict[str, Source]]:
    claims: list[Claim] = []
    texts: dict[str, Source] = {}
    for s in range(sources):
        source_id = f"s{s:05d}"
        words = []
        offset = 0
        chosen = rnd.sample(range(len(THINGS)), per_source)
        spans = []
        for thing in chosen:
            family, wordings = THINGS[thing]
            phrase, tokens = rnd.choice(wordings)
            true = 10 + thing
            value: Quantity | DateRange
            if family == "date":
                day = dt.date(2025, 7, 1) - dt.timedelta(days=rnd.choice([0, 0, 0, 1]))
                value = DateRange.day(day)
                text = day.isoformat()
            else:
                number = true if rnd.random() < 0.98 else true + rnd.randint(1, 3)
                kind = "money" if family == "money" else "count"
                value = Quantity.exact(
                    number, kind=kind, currency="USD" if kind == "money" else None
                )
                text = str(number)
            words.append(f"{text} {phrase}.")
            spans.append((offset, offset + len(text), text, value, phrase, tokens))
            offset += len(words[-1]) + 1
        body = " ".join(words)
        texts[source_id] = Source(source_id, body)
        teller = rnd.choice(TELLERS)
        claims.extend(
            Claim(
                span=Span(source_id, start, end),
                text=text,
                value=value,
                attribute=phrase,
                attribute_tokens=tokens,
                attributed_to=teller,
            )
            for start, end, text, value, phrase, tokens in spans
        )
    return claims, texts


def measure(sources: int, per_source: int = 20) -> dict[str, float]:
    rnd = random.Random(sources)
    claims, texts = make_claims(sources, per_source, rnd)
    config = Settings()
    # Timed without tracemalloc (it slows every allocation), then measured again for memory.
    started = time.perf_counter()
    groups = group_claims(claims, config)
    grouped = time.perf_counter()
    verdicts = [judge(g.claims, texts, config) for g in groups]
    judged = time.perf_counter()
    tracemalloc.start()
    for g in group_claims(claims, config):
        judge(g.claims, texts, config)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "sources": sources,
        "claims": len(claims),
        "facts": len(groups),
        "conflicts": sum(v.kind == "conflict" for v in verdicts),
        "group_s": round(grouped - started, 3),
        "judge_s": round(judged - grouped, 3),
        "peak_mib": round(peak / 2**20, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = [measure(n) for n in args.sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(
        "| sources | claims | facts | conflicts | group s | judge s | peak MiB (traced) | µs per claim |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        per = (r["group_s"] + r["judge_s"]) / r["claims"] * 1e6
        print(
            f"| {r['sources']:,} | {r['claims']:,} | {r['facts']} | {r['conflicts']} | {r['group_s']} |"
            f" {r['judge_s']} | {r['peak_mib']} | {per:.1f} |"
        )


if __name__ == "__main__":
    main()
