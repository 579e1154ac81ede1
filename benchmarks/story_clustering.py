"""How well :func:`reconcile.stories` splits a pile of real articles back into their events.

All articles of gvc-dev (``external/gvc-dev/incidents.jsonl`` in the shared folder: 150
shootings, 390 local-news articles; EVALUATION DATA ONLY, read at run time, never copied)
are mixed together and clustered. Each article is read as a user would hand it over: its
title as the first line, then its text, published on its ``dct``. The gold story of an
article is its incident.

Printed, as Markdown: B-cubed and pairwise precision, recall and F1 on the whole pile; the
same averaged over random smaller piles (``--piles`` piles of ``--size`` incidents each), since
a small pile weighs words differently; and, with ``--misses N``, N incidents that were split
and N stories that mixed incidents, with titles, for a human to read.

Run: ``python benchmarks/story_clustering.py [--shared PATH] [--misses N] [--piles K]
[--size N] [--seed S]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import _machine

import reconcile
from reconcile.extract import extract
from reconcile.story import Signature, cluster, signature

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("external/gvc-dev/incidents.jsonl")


def load(path: Path) -> list[tuple[dict[str, Any], str]]:
    """(article, incident id) pairs; article ids made unique where a URL repeats."""
    seen: set[str] = set()
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            incident = json.loads(line)
            for article in incident["articles"]:
                aid = article["id"]
                while aid in seen:
                    aid += "+"
                seen.add(aid)
                pairs.append(({**article, "id": aid}, incident["incident_id"]))
    return pairs


def signatures(pairs: list[tuple[dict[str, Any], str]]) -> dict[str, Signature]:
    result = {}
    for article, _incident in pairs:
        title = article.get("title")
        text = f"{title}\n\n{article['text']}" if title else article["text"]
        (source,) = reconcile.read({"text": text, "id": article["id"], "published": article["dct"]})
        result[source.id] = signature(source, extract(source))
    return result


def bcubed(found: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    by_found: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for item in gold:
        by_found[found[item]].append(item)
        by_gold[gold[item]].append(item)
    precision = recall = 0.0
    for item, label in gold.items():
        cluster_ = by_found[found[item]]
        same = sum(1 for other in cluster_ if gold[other] == label)
        precision += same / len(cluster_)
        recall += same / len(by_gold[label])
    precision /= len(gold)
    recall /= len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def pairwise(found: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    items = sorted(gold)
    tp = fp = fn = 0
    for x, a in enumerate(items):
        for b in items[x + 1 :]:
            same_found, same_gold = found[a] == found[b], gold[a] == gold[b]
            tp += same_found and same_gold
            fp += same_found and not same_gold
            fn += same_gold and not same_found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(sigs: dict[str, Signature], gold: dict[str, str]) -> dict[str, str]:
    found = {}
    for story in cluster(sigs[i] for i in gold):
        for source_id in story.sources:
            found[source_id] = story.id
    return found


def row(name: str, scores: tuple[float, float, float]) -> str:
    return f"| {name} | " + " | ".join(f"{x:.3f}" for x in scores) + " |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--piles", type=int, default=20)
    parser.add_argument("--size", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    path = args.shared / DATA
    if not path.exists():
        print(f"gvc-dev not found at {path}: pass --shared PATH", file=sys.stderr)
        return 2
    pairs = load(path)
    gold = {article["id"]: incident for article, incident in pairs}
    titles = {article["id"]: article.get("title") or "" for article, _ in pairs}
    started = time.perf_counter()
    sigs = signatures(pairs)
    signed = time.perf_counter() - started
    started = time.perf_counter()
    found = run(sigs, gold)
    clustered = time.perf_counter() - started
    print(_machine.describe())
    print(
        f"\n{len(gold)} articles, {len(set(gold.values()))} incidents;"
        f" signatures {signed:.1f} s (extraction included), clustering {clustered:.2f} s;"
        f" {len(set(found.values()))} stories found\n"
    )
    print("| pile | precision | recall | F1 |\n| --- | --- | --- | --- |")
    print(row("all 390, B-cubed", bcubed(found, gold)))
    print(row("all 390, pairwise", pairwise(found, gold)))
    rng = random.Random(args.seed)
    incidents = sorted(set(gold.values()))
    small_b, small_p = [], []
    for _ in range(args.piles):
        chosen = set(rng.sample(incidents, args.size))
        sub = {a: i for a, i in gold.items() if i in chosen}
        sub_found = run(sigs, sub)
        small_b.append(bcubed(sub_found, sub))
        small_p.append(pairwise(sub_found, sub))
    mean_b = tuple(statistics.fmean(s[k] for s in small_b) for k in range(3))
    mean_p = tuple(statistics.fmean(s[k] for s in small_p) for k in range(3))
    print(row(f"{args.piles} piles of {args.size} incidents, B-cubed (mean)", mean_b))  # type: ignore[arg-type]
    print(row(f"{args.piles} piles of {args.size} incidents, pairwise (mean)", mean_p))  # type: ignore[arg-type]
    if args.misses:
        by_gold: dict[str, list[str]] = defaultdict(list)
        by_found: dict[str, list[str]] = defaultdict(list)
        for a in sorted(gold):
            by_gold[gold[a]].append(a)
            by_found[found[a]].append(a)
        split = [m for m in by_gold.values() if len({found[a] for a in m}) > 1]
        mixed = [m for m in by_found.values() if len({gold[a] for a in m}) > 1]
        print(f"\n{len(split)} incidents split, {len(mixed)} stories mixing incidents")
        for title, groups, key in (("split", split, found), ("mixed", mixed, gold)):
            for members in groups[: args.misses]:
                print(f"\n{title}:")
                for a in members:
                    print(f"  [{key[a][:10]}] {sigs[a].published} {titles[a][:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
