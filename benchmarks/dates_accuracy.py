"""How well reconcile.extract.dates finds and resolves dates, against public test suites.

Reads, from the shared folder (``--shared``, default ``../shared`` beside the repo):

- Microsoft Recognizers-Text English specs (``external/recognizers-text/Specs/DateTime/English``):
  ``DateParser.json`` and ``DatePeriodParser.json`` (spans and values; the value compared is
  ``PastResolution``, the past reading, which is the news convention), and
  ``DateExtractor.json`` (spans only).
- The ctparse corpus (``external/ctparse/timeparse_corpus.json``), English records only. It holds
  short travel-booking phrases without offsets, resolved to the FUTURE, so it is scored apart:
  how often a date is found, and how often the first day found has the gold's month and day
  (the year is left out, as future and past readings differ in it by design).

Scores, per file, as precision / recall / F1:

- span (overlap): a found date overlaps a gold one (one-to-one);
- span (exact): same start and end;
- value: overlaps a gold one and its resolved start and end equal the gold's. Gold periods
  end exclusively ("this week" ends on the next Monday) except "from X to Y", which ends on
  Y: either reading of the gold's end counts. Gold values that are no date ("Feb 30" gives
  0001-01-01) or none (seasons) are left out of the value scores.

With ``--speed``, it also times find_dates on 1 MB of the repo's seed articles, and on 1 MB
of text dense with date words.

Run: ``python benchmarks/dates_accuracy.py [--shared PATH] [--misses N] [--python-ok] [--speed]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.extract.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]

# Classes of gold dates the extractor leaves alone on purpose, as (label, pattern on the gold
# span's text, why). The "news" rows score the cases none of whose gold spans is in one.
LEFT_OUT = [
    (
        "spelled days without a month, or a count without a year",
        (
            r"^(?:the )?(?:twenty |thirty )?(?:first|second|thirty)$|^\w+day the fifteen$"
            r"|^(?:may|june) twenty[ -](?:one|three)$|^(?-i:may) "
        ),
        (
            '"the second", "May twenty one" (people?): an ordinal or a count unless a month and'
            ' an ordinal, or a year, go with it; lowercase "may" is the verb'
        ),
    ),
    (
        "spelled decades without their century, spelled years before 1800",
        r"^the (?:seventies|two thousands|two thousand and tens)$|\bone thousand\b|^year two",
        '"the seventies" is as often an age or a temperature; "one thousand seven hundred" a count',
    ),
    (
        "vague counts",
        r"\bfew\b|\bseveral\b|\bcouple\b",
        '"a few days ago": how many is not said',
    ),
    (
        "a bare day number",
        r"^(?:the )?(?:week of the )?\d{1,2}(?:st|nd|rd|th)?$",
        '"on 15", "the 27th": in news these are ordinals and counts far more often than dates',
    ),
    (
        "month and day in figures, no year",
        r"^(?:from )?\d{1,2} ?[./-] ?\d{1,2}(?: to \d{1,2}/\d{1,2})?$",
        '"4/22", "4.22" read as fractions, scores, decimals and versions ("9/11", "24/7", "3.10")',
    ),
    (
        "year and month in figures",
        r"^\d{4} ?[./,-]? ?\d{1,2}$|^\d{1,2} ?[./-] ?\d{4}$|^\d{4} ?,? ?[a-z]+$|^\d{4}h\d$",
        '"2016-11" is a season ("the 2010-11 season") or a fiscal year in news',
    ),
    (
        "chat shorthand and context-bound days",
        (
            r"\btmrw\b|\bmy (?:day|week|weekend)\b|^(?:the |this |past |last |next )*day$"
            r"|\bsame (?:week|month|year)\b|^that weekend$|^the week$|^weekend$|\bupcoming month\b"
            r"|^rest (?:of |the )?(?:my )?week$|\bweek (?:between|from)\b|^from last \w+ \w+ to"
        ),
        (
            '"tmrw", "my week"; "the day", "next day", "that weekend" name a day of the story\'s'
            " events, not of its date"
        ),
    ),
    (
        "offsets from an event, in working days or weekdays",
        (
            r"\bdays later\b|\bmonday later\b|\b(?:in the future|hence)$"
            r"|\bbusiness days\b"
        ),
        (
            '"two days later" counts from the story\'s events; "two monday later", "in four'
            ' business days", "2 days hence" are rare in news'
        ),
    ),
    (
        "an nth weekday without its month",
        r"^(?:first|second|third|fourth|fifth) \w+day$",
        (
            '"second Sunday" of which month is left unsaid: the gold takes the reference\'s month'
            " even when that day is past and the sentence looks ahead"
        ),
    ),
    (
        "durations with a start or a bound",
        r"\bwithin\b|\bfor \w+ (?:days?|weeks?)\b|\bstarting\b|\bw/c\b|\b(?:less|more) than\b",
        (
            '"within 5 days", "for 3 days from today", "less than 3 days after tomorrow": a'
            " duration, not a date"
        ),
    ),
    (
        "week numbers",
        r"\bweek \d+\b|\bweek of two thousand\b|\bweek next year\b",
        '"week 10", "from Week 31 to Week 35": ISO week numbering is rare in news',
    ),
    (
        "days of an unnamed or relative month",
        (
            r"^(?:from |between )?\d{1,2}(?:st|nd|rd|th)? ?(?:to|till|until|-|and) ?\d{1,2} (?:in |of )?"
            r"(?:this|next) month$|^(?:from|between) \d{1,2} (?:to|and) [a-z]|^\w+ between \d"
            r"|\bof (?:next|this|previous) month$"
        ),
        '"from 4 to 22 this month", "Feb between 2-7": which month is left to the reader',
    ),
    (
        "centuries, years before 1000, plain two-digit decades",
        r"\bcentury\b|^year \d{1,3}$|^\d0'?s$|^the \d0s$",
        (
            '"the 70s", "in their 20\'s" are as often temperatures or ages; the model has no'
            " century granularity"
        ),
    ),
    (
        "typing slips",
        r"[a-z]\.\d|[a-z]{3}\d|\d(?!st|nd|rd|th)[a-z]{3}|\d,\d|^[a-z]+ \d\d$|^thanks giving",
        '"september.16th", "Oct2", "last 3year", "08/12,2015", "August 99"',
    ),
    (
        "holidays of lunar calendars, May Day",
        (
            r"\b(?:ramadh?an|ramazan|ramzan|ramathan|eid|eidul|hijri|islamic|arabic|yuandan)\b"
            r"|breaking the fast|^may day$|workers day"
        ),
        '"Ramadan", "Eid al-Fitr" move with the moon (a table per year); "a May day" is any day',
    ),
    (
        "no such day",
        r"^$",
        '"Feb 30", "2/29/2019": the gold has no date either; not finding one is right',
    ),
]
# Gold values that differ from ours by a documented convention of reconcile.extract.dates,
# as (label, pattern, our reading). They are left out of the "news" rows too.
CONVENTIONS = [
    (
        "units ago are the unit",
        (
            r"^(?:a|an|one|two|three|\d+) (?:weeks?|months?|years?) ago$|^in \d+ weeks?$"
            r"|weeks? from (?:now|today)$"
        ),
        '"a month ago" is that calendar month, not the day a month back: two stories a day apart agree',
    ),
    (
        "last <month> is the latest one past",
        r"^last (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$",
        "\"last September\", said in November, is this year's; gold takes the previous year's",
    ),
    (
        "the weekend is the one just past",
        r"^(?:the )?weekend$",
        '"over the weekend" in a Monday story is the Saturday and Sunday before it',
    ),
    (
        "the nth week of a month counts from the 1st",
        (
            r"^(?:the )?(?:first|second|third|fourth|last) week of (?:[a-z]+|this month|this year"
            r"|\d{4})$"
        ),
        (
            '"the first week of October" (of this month, of 2015) is its days 1-7; gold takes the'
            " first Monday-Sunday week"
        ),
    ),
    (
        "ranges include their last year or month",
        (
            r"^(?:from |between |in )?\d{4} ?(?:-|to|through|and) ?\d{4}$|\b(?:and|to) [a-z]+ \d{4}$"
            r"|\band \d{4}(?: [a-z]+)?$|^from two thousand until "
        ),
        '"2014-2018" includes 2018, and "from Feb 1st to March 2019" all of March',
    ),
    (
        "windows of decades end at the date",
        r"\bdecades?$|\bcoming week$",
        '"the past two decades" are the twenty years before the date, not 1990-2009',
    ),
    (
        "parts: early and late are halves, mid the middle third",
        r"^mid next week$|^(?:the )?(?:end|beginning) of \d{4}$",
        '"the end of 2000" is July-December; gold takes September-December',
    ),
]
LEFT_OUT_RE = [
    (label, re.compile(pattern, re.IGNORECASE), why)
    for label, pattern, why in LEFT_OUT + CONVENTIONS
]
SPECS = Path("external/recognizers-text/Specs/DateTime/English")
CTPARSE = Path("external/ctparse/timeparse_corpus.json")


@dataclass
class Gold:
    start: int
    end: int
    value: tuple[dt.date, dt.date] | None
    alternative_end: dt.date | None = None
    future: tuple[dt.date, dt.date] | None = None
    future_end: dt.date | None = None


@dataclass
class Tally:
    cases: int = 0
    gold: int = 0
    found: int = 0
    overlap: int = 0
    exact: int = 0
    value_gold: int = 0
    value_found: int = 0
    value: int = 0
    either: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in (
            "cases",
            "gold",
            "found",
            "overlap",
            "exact",
            "value_gold",
            "value_found",
            "value",
            "either",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)


def prf(hits: int, found: int, gold: int) -> str:
    precision = hits / found if found else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{precision:.3f} / {recall:.3f} / **{f1:.3f}**"


def day(text: str) -> dt.date | None:
    try:
        value = dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    return None if value.year == 1 else value


def gold_value(
    result: dict[str, object], reading: str = "PastResolution"
) -> tuple[tuple[dt.date, dt.date] | None, dt.date | None]:
    """The gold's resolution as (start, end), and the other reading of its end."""
    value = result.get("Value")
    if not isinstance(value, dict):
        return None, None
    past = value.get(reading) or {}
    if "date" in past:
        single = day(past["date"])
        return ((single, single) if single else None), None
    if "startDate" in past and "endDate" in past:
        start, end = day(past["startDate"]), day(past["endDate"])
        if start is None or end is None:
            return None, None
        if end > start:
            return (start, end - dt.timedelta(days=1)), end
        return (start, end), None
    return None, None


def reference_of(case: dict[str, object]) -> dt.date | None:
    context = case.get("Context")
    if isinstance(context, dict) and context.get("ReferenceDateTime"):
        return dt.date.fromisoformat(str(context["ReferenceDateTime"])[:10])
    return None


def score_case(text: str, golds: list[Gold], reference: dt.date | None, *, values: bool) -> Tally:
    tally = Tally(cases=1, gold=len(golds))
    found = find_dates(text, reference=reference)
    tally.found = len(found)
    used: set[int] = set()
    explain: list[str] = []
    for gold in golds:
        match = None
        for index, (s, e, _) in enumerate(found):
            if index not in used and s < gold.end and gold.start < e:
                match = index
                break
        if gold.value is not None and values:
            tally.value_gold += 1
        if match is None:
            explain.append(f"missed {text[gold.start : gold.end]!r} (gold {_show(gold.value)})")
            continue
        used.add(match)
        s, e, date = found[match]
        tally.overlap += 1
        tally.exact += (s, e) == (gold.start, gold.end)
        if gold.value is None or not values:
            continue
        tally.value_found += 1
        ends = {gold.value[1]} | ({gold.alternative_end} if gold.alternative_end else set())
        future_ends = {gold.future[1], gold.future_end} if gold.future else set()
        if date.start == gold.value[0] and date.end in ends:
            tally.value += 1
            tally.either += 1
        elif gold.future and date.start == gold.future[0] and date.end in future_ends:
            tally.either += 1
        else:
            explain.append(
                f"value of {text[s:e]!r}: {date.start}..{date.end} ({date.relative}),"
                f" gold {_show(gold.value)}"
            )
    for index, (s, e, date) in enumerate(found):
        if index not in used:
            explain.append(f"extra {text[s:e]!r} -> {date.describe()}")
    if explain:
        tally.misses.append(f"{text!r} [ref {reference}]: " + "; ".join(explain))
    return tally


def _show(value: tuple[dt.date, dt.date] | None) -> str:
    if value is None:
        return "no value"
    return str(value[0]) if value[0] == value[1] else f"{value[0]}..{value[1]}"


def left_out(text: str) -> str | None:
    """The label of the left-out class a gold span's text falls in, if any."""
    text = " ".join(text.split())
    for label, pattern, _ in LEFT_OUT_RE:
        if pattern.search(text):
            return label
    return None


def recognizers(
    path: Path, *, values: bool, python_ok: bool, news: bool
) -> tuple[Tally, dict[str, int]]:
    cases = json.loads(path.read_text(encoding="utf-8-sig"))
    total = Tally()
    classes: dict[str, int] = {}
    for case in cases:
        if python_ok and "python" in str(case.get("NotSupported", "")).lower():
            continue
        text = case["Input"]
        labels = {left_out(r["Text"]) for r in case["Results"]} - {None}
        if any("0001-01-01" in json.dumps(r.get("Value")) for r in case["Results"]):
            labels.add("no such day")
        if news and labels:
            for label in labels:
                assert label is not None
                classes[label] = classes.get(label, 0) + 1
            continue
        golds = []
        for result in case["Results"]:
            start = int(result["Start"])
            value, alternative = gold_value(result) if values else (None, None)
            future, future_end = gold_value(result, "FutureResolution") if values else (None, None)
            golds.append(
                Gold(start, start + int(result["Length"]), value, alternative, future, future_end)
            )
        total.add(score_case(text, golds, reference_of(case), values=values))
    return total, classes


GOLD_TIME = re.compile(r"Time\[\]\{(\d{4})-(\d{2})-(\d{2}) ")
WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:today|tomorrow|tonight|next|this)\b",
    re.IGNORECASE,
)


def ctparse(path: Path) -> list[tuple[str, int, int, int, list[str]]]:
    rows: dict[str, list[int]] = {
        "relative (weekday, today, next...)": [0, 0, 0],
        "other": [0, 0, 0],
    }
    misses: dict[str, list[str]] = {key: [] for key in rows}
    for record in json.loads(path.read_text(encoding="utf-8")):
        if record.get("language") != "en":
            continue
        gold = GOLD_TIME.match(record["gold_parse"])
        if gold is None:
            continue
        text = record["text"]
        reference = dt.date.fromisoformat(record["ref_time"][:10])
        key = "relative (weekday, today, next...)" if WEEKDAY.search(text) else "other"
        row = rows[key]
        row[0] += 1
        found = [d for _, _, d in find_dates(text, reference=reference) if d.start is not None]
        if found:
            row[1] += 1
            first = found[0].start
            assert first is not None
            if (first.month, first.day) == (int(gold.group(2)), int(gold.group(3))):
                row[2] += 1
                continue
        misses[key].append(
            f"{text!r} [ref {reference}] gold {gold.group(0)[7:17]}, got {found[:1]}"
        )
    return [(key, *row, misses[key]) for key, row in rows.items()]  # type: ignore[misc]


def speed() -> None:
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    texts = {
        "seed articles": seeds or "The FBI on Monday announced an arrest. ",
        "dense dates ('March 1 ' repeated)": "March 1 ",
        "dense candidates ('in the ' repeated)": "in the ",
    }
    print()
    print("| 1 MB of | seconds | MB/s | dates |")
    print("| --- | ---: | ---: | ---: |")
    for label, unit in texts.items():
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        began = time.perf_counter()
        found = find_dates(text, reference=dt.date(2025, 3, 10))
        took = time.perf_counter() - began
        print(f"| {label} | {took:.3f} | {1 / took:.1f} | {len(found)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT / ".." / "shared")
    parser.add_argument(
        "--misses", type=int, default=0, metavar="N", help="print N misses per file"
    )
    parser.add_argument(
        "--python-ok",
        action="store_true",
        help="leave out cases the upstream Python port marks NotSupported",
    )
    parser.add_argument("--speed", action="store_true", help="also time find_dates on 1 MB")
    args = parser.parse_args(argv)
    specs = args.shared / SPECS
    if not specs.is_dir():
        print(f"no test data at {specs}: pass --shared PATH to the shared folder", file=sys.stderr)
        return 0
    files = [
        ("DateParser.json", True),
        ("DatePeriodParser.json", True),
        ("DateExtractor.json", False),
        ("HolidayParser.json", True),
        ("HolidayExtractor.json", False),
    ]
    print(
        "| file | cases | gold | found | span overlap P / R / F1 | span exact P / R / F1"
        " | value (past) P / R / F1 | value (past or future) P / R / F1 |"
    )
    print("| --- | ---: | ---: | ---: | --- | --- | --- | --- |")
    tallies = []
    left: dict[str, int] = {}
    runs = [(name, values, news) for news in (False, True) for name, values in files]
    for name, values, news in runs:
        tally, classes = recognizers(
            specs / name, values=values, python_ok=args.python_ok, news=news
        )
        for label, count in classes.items():
            left[label] = left.get(label, 0) + count
        if news:
            name = f"{name}, news classes"  # noqa: PLW2901 - the row's label
        tallies.append((name, tally))
        # Value precision counts every date found that is not matched to a gold value.
        found = tally.value_found + (tally.found - tally.overlap)
        past = prf(tally.value, found, tally.value_gold) if values else "—"
        either = prf(tally.either, found, tally.value_gold) if values else "—"
        print(
            f"| {name} | {tally.cases} | {tally.gold} | {tally.found} | {prf(tally.overlap, tally.found, tally.gold)}"
            f" | {prf(tally.exact, tally.found, tally.gold)} | {past} | {either} |"
        )
    print()
    print("Cases left out of the news rows (all five files): classes not read on purpose,")
    print("then gold values that differ from ours by a documented convention.")
    print()
    print("| class | cases | why |")
    print("| --- | ---: | --- |")
    conventions = {label for label, _, _ in CONVENTIONS}
    for label, _, why in LEFT_OUT_RE:
        kind = "convention: " if label in conventions else ""
        print(f"| {kind}{label} | {left.get(label, 0)} | {why} |")
    corpus = args.shared / CTPARSE
    ct_rows = ctparse(corpus) if corpus.is_file() else []
    if ct_rows:
        print()
        print("ctparse (English, gold is one day; future-biased travel requests):")
        print()
        print("| records | n | a date found | first day has the gold's month and day |")
        print("| --- | ---: | ---: | ---: |")
        for key, n, found, same, _ in ct_rows:
            print(f"| {key} | {n} | {found / n:.3f} | {same / n:.3f} |")
    if args.speed:
        speed()
    if args.misses:
        for name, tally in tallies:
            print(f"\n## misses in {name} ({len(tally.misses)} cases)\n")
            for line in tally.misses[: args.misses]:
                print("-", line)
        for key, _, _, _, missed in ct_rows:
            print(f"\n## misses in ctparse, {key} ({len(missed)})\n")
            for line in missed[: args.misses]:
                print("-", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
