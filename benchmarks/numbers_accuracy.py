"""How well reconcile.extract.numbers finds numbers and reads their values, against public suites.

Reads, from the shared folder (``--shared``, default ``../shared`` beside the repo):

- Microsoft Recognizers-Text English specs (``external/recognizers-text/Specs``):
  ``Number/English/NumberModel.json`` (every number), ``NumberRangeModel.json`` (bounded
  numbers, "more than thirty" -> ``(30,)``), ``PercentModel.json`` and
  ``NumberWithUnit/English/CurrencyModel.json``. ``End`` is inclusive there.
- quantulum3's ``quantities.json`` (``external/quantulum3``), where it overlaps what reconcile
  reads: plain counts ("dimensionless"), percentages and money. Its measurements (metres,
  kilograms) are left out, and what we find on them is neither right nor wrong. It has no
  offsets: a quantity is located by its ``surface``.

Which of our quantities each file scores: all of them for NumberModel and quantulum3; those
with a bound or a range for NumberRange; percentages for Percent; money for Currency.

Scores, per file, as precision / recall / F1:

- span (overlap): one of ours overlaps a gold one (one-to-one);
- span (exact): same start and end. Our spans are longer than the gold's by design (a count
  spans its noun, "more than" spans its bound), so the exact span compared is the part the
  file marks: the number and its scale word for NumberModel; the bound and number for
  NumberRange; currency, amount and currency word for Currency, Percent and quantulum3;
- value: a matched pair whose values agree. For numbers, the number as printed; for ranges,
  both ends and whether each is open ("ends" ignores openness: the specs read "between 20
  and 30" as [20, 30), we read [20, 30]); for money the amount, and the ISO code where the
  gold gives one (cents and pence are read in whole units: "50 cents" is 0.5).

The "lenient" column leaves out gold numbers that reconcile skips by design: the bare word
"one" (a count only before a noun), year-like numbers 1900-2100, and numbers inside codes and
names (glued to letters or to "-./:" and a digit: "192.168.1.2", "SCP-173", "5/17/2018",
"Voyager 2", "Section 230"), and a percent or currency word with no amount ("a small
percent", "the dollar"); what we find on them is neither right nor wrong there.

Each table is printed twice: for all cases, and without the cases the specs mark as not
supported by the Python port (``NotSupported`` mentions python).

Run: ``python benchmarks/numbers_accuracy.py [--shared PATH] [--misses N] [--speed]``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.extract import _numwords as lex
from reconcile.extract.numbers import _Found, _scan

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
SPECS = Path("external/recognizers-text/Specs")
QUANTULUM = Path("external/quantulum3/quantities.json")
GVC = Path("external/gvc-dev/incidents.jsonl")

Value = tuple[float | None, float | None, bool, bool] | float | None


@dataclass
class Gold:
    start: int
    end: int
    value: Value
    currency: str | None = None
    lenient_skip: bool = False


@dataclass
class Case:
    text: str
    gold: list[Gold]
    python_ok: bool
    ignore: list[tuple[int, int]] = field(default_factory=list)  # gold we do not score


@dataclass
class Tally:
    cases: int = 0
    gold: int = 0
    found: int = 0
    overlap: int = 0
    exact: int = 0
    value: int = 0
    value_ends: int = 0
    lenient_gold: int = 0
    lenient_found: int = 0
    lenient_value: int = 0
    misses: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Suite:
    name: str
    cases: list[Case]
    keep: Callable[[_Found], bool]
    exact_span: Callable[[_Found], tuple[int, int]]
    value_of: Callable[[_Found], Value]
    currency: bool = False


# --- reading the suites -------------------------------------------------------------------


def _load(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _python_ok(case: dict) -> bool:
    return (
        "python"
        not in (case.get("NotSupported", "") + case.get("NotSupportedByDesign", "")).lower()
    )


def _skipped_by_design(text: str, start: int, end: int) -> bool:
    """Gold numbers reconcile leaves out on purpose (see the module docstring)."""
    span = text[start:end].strip()
    if span.lower() == "one" or (span.isdigit() and 1900 <= int(span) <= 2100):
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalpha() or after.isalpha():
        return True  # "SCP173", "5G"
    if before in "-./:+" and start > 1 and text[start - 2].isalnum():
        return True  # "SCP-173", "192.168", "5/17"
    if after in "-./:" and end + 1 < len(text) and text[end + 1].isdigit():
        return True  # "192.168", "222-2222"
    words = text[:start].split()
    if not words or span[:1] in "$€£¥":
        return False
    prev = words[-1].strip("\"'.,;:()\u201c\u201d\u2018\u2019")
    if prev.lower() in lex.LABEL_NOUNS:
        return True  # "Exercise nr. 22", "version two"
    return prev[:1].isupper() and prev.lower() not in lex.NP_STOP  # "Voyager 2", "English 101"


def _float(text: str | None) -> float | None:
    if text in (None, "", "null"):
        return None
    return float(text)


def recognizers_number(shared: Path) -> list[Case]:
    cases = []
    for c in _load(shared / SPECS / "Number/English/NumberModel.json"):
        text = c["Input"]
        gold = [
            Gold(r["Start"], r["End"] + 1, _float(r["Resolution"]["value"]),
                 lenient_skip=_skipped_by_design(text, r["Start"], r["End"] + 1))
            for r in c["Results"]
        ]  # fmt: skip
        cases.append(Case(text, gold, _python_ok(c)))
    return cases


_INTERVAL = re.compile(r"^([\[(])([^,]*),([^\])]*)([\])])$")


def recognizers_range(shared: Path) -> list[Case]:
    cases = []
    for c in _load(shared / SPECS / "Number/English/NumberRangeModel.json"):
        text = c["Input"]
        gold = []
        for r in c["Results"]:
            m = _INTERVAL.match(r["Resolution"]["value"])
            assert m, r
            low, high = _float(m[2]), _float(m[3])
            value = (low, high, low is not None and m[1] == "(", high is not None and m[4] == ")")
            gold.append(Gold(r["Start"], r["End"] + 1, value))
        cases.append(Case(text, gold, _python_ok(c)))
    return cases


def recognizers_percent(shared: Path) -> list[Case]:
    cases = []
    for c in _load(shared / SPECS / "Number/English/PercentModel.json"):
        gold = [
            Gold(r["Start"], r["End"] + 1, value, lenient_skip=value is None)
            for r in c["Results"]
            for value in [_float(r["Resolution"]["value"].rstrip("%"))]
        ]
        cases.append(Case(c["Input"], gold, _python_ok(c)))
    return cases


_HUNDREDTHS = {"Cent", "Pence", "Penny"}


def recognizers_currency(shared: Path) -> list[Case]:
    cases = []
    for c in _load(shared / SPECS / "NumberWithUnit/English/CurrencyModel.json"):
        gold = []
        for r in c["Results"]:
            res = r["Resolution"]
            value = _float(res.get("value"))
            if value is not None and res.get("unit") in _HUNDREDTHS:
                value /= 100
            gold.append(
                Gold(r["Start"], r["End"] + 1, value, res.get("isoCurrency"), value is None)
            )
        cases.append(Case(c["Input"], gold, _python_ok(c)))
    return cases


_CURRENCY_UNITS = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "yen": "JPY"}
_SUBUNITS = {"cent": 0.01, "penny": 0.01, "dime": 0.1}


def quantulum(shared: Path) -> list[Case]:
    cases = []
    for c in _load(shared / QUANTULUM):
        text, gold, ignore, at = c["req"], [], [], 0
        for r in c["res"]:
            start = text.find(r["surface"], at)
            if start < 0:
                start = text.find(r["surface"])
            end = start + len(r["surface"])
            at = end
            unit, entity = r["unit"], r.get("entity")
            value: Value = float(r["value"])
            code = _CURRENCY_UNITS.get(unit)
            if unit in _SUBUNITS:
                value, code = (
                    float(r["value"]) * _SUBUNITS[unit],
                    "USD" if unit != "penny" else None,
                )
            elif not (unit in ("dimensionless", "percentage") or code or entity == "currency"):
                ignore.append((start, end))
                continue
            if r.get("uncertainty"):
                u = float(r["uncertainty"])
                value = (float(r["value"]) - u, float(r["value"]) + u, False, False)
            gold.append(Gold(start, end, value, code, _skipped_by_design(text, start, end)))
        cases.append(Case(text, gold, python_ok=True, ignore=ignore))
    return cases


# --- scoring ------------------------------------------------------------------------------


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _interval(f: _Found) -> Value:
    q = f.quantity
    return (q.low, q.high, q.low_open, q.high_open)


def _stated(f: _Found) -> Value:
    if len(f.stated) == 2 and f.quantity.low is not None and f.quantity.high is not None:
        return (f.quantity.low, f.quantity.high, False, False)
    return f.stated[0]


def _same(
    gold: Gold, got: Value, found: _Found, *, ends_only: bool = False, currency: bool = False
) -> bool:
    if gold.value is None:
        return False
    if currency and gold.currency and found.quantity.currency != gold.currency:
        return False
    if isinstance(gold.value, tuple):
        if not isinstance(got, tuple):
            return False
        ends = _close(gold.value[0], got[0]) and _close(gold.value[1], got[1])
        return ends and (ends_only or gold.value[2:] == got[2:])
    return not isinstance(got, tuple) and _close(gold.value, got)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score(suite: Suite, *, python_only: bool, misses: int) -> Tally:
    tally = Tally()
    for case in suite.cases:
        if python_only and not case.python_ok:
            continue
        tally.cases += 1
        found = [
            f for f in _scan(case.text, 0, len(case.text), 0.1, 0.1)
            if suite.keep(f) and not any(_overlap((f.start, f.end), span) for span in case.ignore)
        ]  # fmt: skip
        tally.gold += len(case.gold)
        tally.found += len(found)
        taken: set[int] = set()
        for gold in case.gold:
            span = (gold.start, gold.end)
            options = [
                i
                for i, f in enumerate(found)
                if i not in taken and _overlap((f.start, f.end), span)
            ]
            right = [
                i
                for i in options
                if _same(gold, suite.value_of(found[i]), found[i], currency=suite.currency)
            ]
            pick = (
                right
                or sorted(options, key=lambda i: -_overlap((found[i].start, found[i].end), span))
            )[:1]
            if not pick:
                _note(
                    tally,
                    misses,
                    f"missed  {case.text[gold.start : gold.end]!r} {gold.value} in {case.text[:90]!r}",
                )
                continue
            f = found[pick[0]]
            taken.add(pick[0])
            tally.overlap += 1
            tally.exact += suite.exact_span(f) == span
            if suite.exact_span(f) != span:
                a, b = suite.exact_span(f)
                _note(
                    tally,
                    misses,
                    f"span    {case.text[gold.start : gold.end]!r} read as {case.text[a:b]!r}",
                )
            got = suite.value_of(f)
            ok = _same(gold, got, f, currency=suite.currency)
            tally.value += ok
            tally.value_ends += _same(gold, got, f, ends_only=True, currency=suite.currency)
            if not ok:
                _note(tally, misses, f"value   {case.text[gold.start:gold.end]!r}: gold {gold.value}"
                      f" {gold.currency or ''}, got {got} {f.quantity.currency or ''} from {case.text[f.start:f.end]!r}")  # fmt: skip
        for i, f in enumerate(found):
            if i not in taken:
                _note(
                    tally,
                    misses,
                    f"extra   {case.text[f.start : f.end]!r} {f.quantity.describe()!r} in {case.text[:90]!r}",
                )
        _lenient(tally, suite, case, found)
    return tally


def _lenient(tally: Tally, suite: Suite, case: Case, found: list[_Found]) -> None:
    """Value matches with the by-design skips taken out of the gold and of what we found."""
    gold = [g for g in case.gold if not g.lenient_skip]
    skipped = [(g.start, g.end) for g in case.gold if g.lenient_skip]
    kept = [f for f in found if not any(_overlap((f.start, f.end), s) for s in skipped)]
    tally.lenient_gold += len(gold)
    tally.lenient_found += len(kept)
    taken: set[int] = set()
    for g in gold:
        for i, f in enumerate(kept):
            hit = i not in taken and _overlap((f.start, f.end), (g.start, g.end))
            if hit and _same(g, suite.value_of(f), f, currency=suite.currency):
                taken.add(i)
                tally.lenient_value += 1
                break


def _note(tally: Tally, limit: int, line: str) -> None:
    if len(tally.misses) < limit:
        tally.misses.append(line)


def _prf(hits: int, found: int, gold: int) -> tuple[float, float, float]:
    p = hits / found if found else 0.0
    r = hits / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(rows: Iterable[tuple[str, Tally]]) -> str:
    head = (
        "| file | cases | gold | found | overlap P | overlap R | overlap F1 | exact F1"
        " | value P | value R | value F1 | value F1 (ends) | lenient value F1 |"
    )
    lines = [head, "|" + "---|" * 13]
    for name, t in rows:
        op, orr, of = _prf(t.overlap, t.found, t.gold)
        ef = _prf(t.exact, t.found, t.gold)[2]
        vp, vr, vf = _prf(t.value, t.found, t.gold)
        vef = _prf(t.value_ends, t.found, t.gold)[2]
        lf = _prf(t.lenient_value, t.lenient_found, t.lenient_gold)[2]
        lines.append(
            f"| {name} | {t.cases} | {t.gold} | {t.found} | {op:.3f} | {orr:.3f} | {of:.3f}"
            f" | {ef:.3f} | {vp:.3f} | {vr:.3f} | {vf:.3f} | {vef:.3f} | {lf:.3f} |"
        )
    return "\n".join(lines)


def suites(shared: Path) -> list[Suite]:
    def everything(_f: _Found) -> bool:
        return True

    return [
        Suite("NumberModel", recognizers_number(shared), everything, lambda f: f.number_span,
              lambda f: f.stated[0]),
        Suite("NumberRangeModel", recognizers_range(shared), lambda f: f.bounded,
              lambda f: f.phrase_span, _interval),
        Suite("PercentModel", recognizers_percent(shared), lambda f: f.quantity.kind == "percent",
              lambda f: f.value_span, lambda f: f.stated[0]),
        Suite("CurrencyModel", recognizers_currency(shared), lambda f: f.quantity.kind == "money",
              lambda f: f.value_span, lambda f: f.stated[0], currency=True),
        Suite("quantulum3 (counts, %, money)", quantulum(shared), everything, lambda f: f.value_span,
              _stated, currency=True),
    ]  # fmt: skip


def _throughput(name: str, block: str) -> str:
    text = block * max(1, 2_000_000 // max(1, len(block)))
    began = time.perf_counter()
    found = _scan(text, 0, len(text), 0.1, 0.1)
    took = time.perf_counter() - began
    return (
        f"- {name}: {len(text) / 1e6:.2f} MB, {len(found)} quantities in {took:.2f} s"
        f" = {len(text) / 1e6 / took:.2f} MB/s on one core"
    )


def speed(shared: Path, suites_: list[Suite]) -> str:
    """Throughput on the suites' sentences (dense with numbers) and on news articles.

    The news texts are the GVC dev articles in the shared folder, read here for timing
    only (they are evaluation data: nothing is kept or copied).
    """
    lines = [
        _throughput("test-suite sentences", "\n".join(c.text for s in suites_ for c in s.cases))
    ]
    gvc = shared / GVC
    if gvc.is_file():
        rows = [json.loads(line) for line in gvc.read_text(encoding="utf-8").splitlines() if line]
        news = "\n\n".join(a["text"] for row in rows for a in row.get("articles", ()))
        lines.append(_throughput("news articles (GVC dev)", news))
    return "speed:\n" + "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", type=int, default=0, help="print up to N misses per file")
    parser.add_argument("--speed", action="store_true", help="also time the extractor")
    args = parser.parse_args(argv)
    if not (args.shared / SPECS).is_dir():
        print(
            f"no test suites under {args.shared / SPECS}: pass --shared PATH to the shared folder"
        )
        return 0
    all_suites = suites(args.shared)
    for title, python_only in (
        ("all cases", False),
        ("without cases marked NotSupported: python", True),
    ):
        tallies = [
            (s.name, score(s, python_only=python_only, misses=args.misses)) for s in all_suites
        ]
        print(f"\n### {title}\n")
        print(table(tallies))
        if args.misses and not python_only:
            for name, t in tallies:
                print(f"\n#### {name}: misses (up to {args.misses})\n")
                print("\n".join(f"- {line}" for line in t.misses) or "- none")
    if args.speed:
        print("\n" + speed(args.shared, all_suites))
    return 0


if __name__ == "__main__":
    sys.exit(main())
