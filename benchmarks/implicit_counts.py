"""How often extraction recovers the killed and injured counts of gun-violence articles.

Reads the GVC dev split (``external/gvc-dev/incidents.jsonl`` in the shared folder,
``--shared``, default ``../shared`` beside the repo): 150 incidents from the Gun Violence
Archive, several local-news articles each, with the archive's ``num_killed`` and
``num_injured``. It is evaluation data only: nothing from it goes into the package or
the tests.

For every article (syndicated copies, ``duplicate_of`` set, are skipped unless
``--with-duplicates``) it runs ``reconcile.extract`` on
``Source.from_text(text, id=..., published=article["dct"])`` three times:

- **before**: implicit counts switched off;
- **no names**: implicit counts without names (``find_implicit_counts(..., names=False)``);
- **after**: as shipped.

The switch is a patch of ``reconcile.extract.find_implicit_counts`` (the name
``_values`` calls) for the run; the package itself has no switch.

For killed (count claims whose ``attribute_tokens`` hold ``e:killed``) and injured
(``e:injured``) it reports:

- **match**: the share of articles with a count claim of exactly the archive's number;
- **match>0**: the same among articles whose archive number is not 0 (articles seldom
  state a zero: "no one was killed" is rare where nobody died);
- **any**: the share with at least one such count claim, whatever its value;
- **claims right**: of all such count claims, the share equal to the archive's number
  (articles also count other incidents, the shooter, one victim of several, early
  figures: this is no precision, only a check that implicit counts add no noise);
- **+count_event**: "match" if ``claims.py`` took each count's event from
  ``reconcile.extract.implicit.count_event`` when it finds one (explicit counts too):
  "a man was shot and killed" is ``e:shot`` in ``claims.py`` today, "killed" there.

``--misses N`` prints N articles (of each field) not matched even with ``count_event``,
with the count claims found and the sentences that speak of the event. ``--speed`` times
``find_implicit_counts`` on 1 MB of the articles and on 1 MB of dense casualty prose.

Run: ``python benchmarks/implicit_counts.py [--shared PATH] [--misses N]
[--with-duplicates] [--speed]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

from reconcile import Source
from reconcile.extract.implicit import count_event, find_implicit_counts
from reconcile.model import Claim, Quantity

if TYPE_CHECKING:
    from collections.abc import Callable

# The package re-exports the function ``extract`` under the subpackage's name, so reach
# the subpackage (whose ``_values`` looks ``find_implicit_counts`` up) by import path.
EXTRACT = importlib.import_module("reconcile.extract")
ROOT = Path(__file__).resolve().parents[1]
DATA = Path("external") / "gvc-dev" / "incidents.jsonl"
FIELDS = (("killed", "e:killed", "num_killed"), ("injured", "e:injured", "num_injured"))
EVENT_WORDS = {
    "killed": re.compile(
        r"\b(?:kill|killed|killing|dead|died|dies|death|slain|fatal|fatally)\b", re.IGNORECASE
    ),
    "injured": re.compile(r"\b(?:injur\w*|wound\w*|hurt|hospital\w*|condition)\b", re.IGNORECASE),
}


@dataclass
class Tally:
    articles: int = 0
    nonzero: int = 0
    match: int = 0
    match_nonzero: int = 0
    any: int = 0
    claims: int = 0
    claims_right: int = 0
    with_event: int = 0
    misses: list[tuple[dict[str, Any], int, list[Claim]]] = field(default_factory=list)


def _counts(claims: tuple[Claim, ...], token: str) -> list[Claim]:
    return [
        c
        for c in claims
        if isinstance(c.value, Quantity) and c.value.kind == "count" and token in c.attribute_tokens
    ]


def _equals(claim: Claim, gold: int) -> bool:
    value = claim.value
    return isinstance(value, Quantity) and value.is_exact and value.low == gold


def _events(source: Source, claim: Claim) -> set[str]:
    """The claim's events if claims.py took them from count_event when it finds one."""
    sentence = claim.sentence
    within = None if sentence is None else (sentence.start, sentence.end)
    event = count_event(source.text, claim.span.start, claim.span.end, within=within)
    if event is not None:
        return {f"e:{event}"}
    return {t for t in claim.attribute_tokens if t.startswith("e:")}


def _no_implicit(*_args: object, **_kwargs: object) -> list[tuple[int, int, Quantity]]:
    return []


def _without_names(*args: Any, **kwargs: Any) -> list[tuple[int, int, Quantity]]:
    return find_implicit_counts(*args, **kwargs, names=False)


VARIANTS = (("before", _no_implicit), ("no names", _without_names), ("after", None))


def _load(path: Path, *, duplicates: bool) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    rows: list[tuple[dict[str, Any], dict[str, Any]]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            incident = json.loads(line)
            rows.extend(
                (incident, article)
                for article in incident["articles"]
                if duplicates or article.get("duplicate_of") is None
            )
    return rows


def _score(
    rows: list[tuple[dict[str, Any], dict[str, Any]]], finder: Callable[..., Any] | None
) -> dict[str, Tally]:
    tallies = {name: Tally() for name, _, _ in FIELDS}
    for incident, article in rows:
        source = Source.from_text(article["text"], id=article["id"], published=article["dct"])
        if finder is None:
            claims = EXTRACT.extract(source)
        else:
            with mock.patch.object(EXTRACT, "find_implicit_counts", finder):
                claims = EXTRACT.extract(source)
        every = [c for c in claims if isinstance(c.value, Quantity) and c.value.kind == "count"]
        for name, token, key in FIELDS:
            gold = int(incident["gold"][key])
            tally = tallies[name]
            found = _counts(claims, token)
            right = sum(_equals(c, gold) for c in found)
            tally.articles += 1
            tally.nonzero += gold > 0
            tally.any += bool(found)
            tally.claims += len(found)
            tally.claims_right += right
            tally.match += right > 0
            tally.match_nonzero += right > 0 and gold > 0
            if finder is None:
                events = any(_equals(c, gold) and token in _events(source, c) for c in every)
                tally.with_event += events
                if not events:
                    tally.misses.append((article, gold, found))
    return tallies


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def _table(results: list[tuple[str, dict[str, Tally]]]) -> None:
    print(
        f"{'':8} {'':9} {'match':>7} {'match>0':>8} {'any':>7} {'claims right':>17}"
        f" {'+count_event':>13}"
    )
    for name, _, _ in FIELDS:
        for label, tallies in results:
            t = tallies[name]
            right = f"{t.claims_right}/{t.claims} {_pct(t.claims_right, t.claims)}"
            event = _pct(t.with_event, t.articles) if label == "after" else ""
            print(
                f"{name:8} {label:9} {_pct(t.match, t.articles):>7}"
                f" {_pct(t.match_nonzero, t.nonzero):>8} {_pct(t.any, t.articles):>7}"
                f" {right:>17} {event:>13}"
            )
    first = results[0][1]
    print(
        f"({first['killed'].articles} articles; archive number not 0: killed"
        f" {first['killed'].nonzero}, injured {first['injured'].nonzero})"
    )


def _show_misses(after: dict[str, Tally], n: int) -> None:
    for name, _, _ in FIELDS:
        misses = after[name].misses
        print(f"\n--- {name}: {min(n, len(misses))} of {len(misses)} articles not matched ---")
        for article, gold, found in after[name].misses[:n]:
            print(f"\n[{article['id'][:12]}] gold {name} = {gold}; {article.get('title')!r}")
            for claim in found:
                print(f"    claim: {claim.text!r} = {claim.describe()}")
            text = article["text"]
            shown = 0
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                if EVENT_WORDS[name].search(sentence):
                    print(f"    > {sentence.strip()[:200]}")
                    shown += 1
                    if shown == 3:
                        break


def _speed(rows: list[tuple[dict[str, Any], dict[str, Any]]]) -> None:
    megabyte = 1_000_000
    corpus = "\n\n".join(a["text"] for _, a in rows)
    while len(corpus) < megabyte:
        corpus += "\n\n" + corpus
    dense_sentence = (
        "A man was shot and killed, and two men and a woman were wounded, police said;"
        " no one else was hurt, but the gunman and two victims died and the couple, 45,"
        " was taken to a hospital. "
    )
    dense = dense_sentence * (megabyte // len(dense_sentence) + 1)
    for label, text in (("articles", corpus[:megabyte]), ("dense", dense[:megabyte])):
        began = time.perf_counter()
        found = find_implicit_counts(text)
        took = time.perf_counter() - began
        print(f"speed: {label:8} 1 MB in {took:.2f} s, {len(found)} counts")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument("--misses", type=int, default=0, help="print N unmatched articles")
    parser.add_argument("--with-duplicates", action="store_true")
    parser.add_argument("--speed", action="store_true")
    args = parser.parse_args(argv)
    data = args.shared / DATA
    if not data.is_file():
        print(
            f"no evaluation data at {data}: pass --shared PATH to the shared folder"
            " that holds external/gvc-dev/incidents.jsonl",
            file=sys.stderr,
        )
        return 2
    rows = _load(data, duplicates=args.with_duplicates)
    results = [(label, _score(rows, finder)) for label, finder in VARIANTS]
    _table(results)
    if args.misses:
        _show_misses(results[-1][1], args.misses)
    if args.speed:
        _speed(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
