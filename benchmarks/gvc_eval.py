"""How well reconcile reads real local news: the gvc-dev split of the Gun Violence Corpus.

gvc-dev (``external/gvc-dev/incidents.jsonl`` in the shared folder) holds 150 shootings, each
with several real local-news articles and the Gun Violence Archive's record (date, place,
number killed, number injured). It is EVALUATION DATA ONLY: nothing of it goes into the repo;
this script reads it at run time and prints figures, plus sample sentences for a human to read.

What is measured (every figure is printed as a Markdown table):

1. Per article (extraction, issue 4). Each article is read with its ``dct`` as publication
   date. A *count claim for killed* is a quantity claim (not money or a percentage) whose
   ``attribute_tokens`` hold ``e:killed``; likewise ``e:injured`` and ``e:shot``. A claim
   *equals* the record when its value is the exact number; it *contains* it when its interval
   holds the number ("at least 2" contains 3). Shot counts are compared both with the number
   injured and with killed + injured (GVA has no "shot" figure). Articles whose record count
   is 0 are scored apart (a count claim there is only right if it holds 0).
   Incident date: (a) any resolved date claim of the article is the record's day, (b) the first
   date claim of the body is, (c) the first date claim whose tokens name an incident event
   (``e:shot``, ``e:killed``, ``e:injured``) is. The dct itself is shown as a baseline.
2. Per incident (compare, issue 5). ``reconcile.compare`` on all the incident's articles (ids =
   article ids, published = dct; syndicated copies, ``duplicate_of``, are kept and counted). A
   *killed fact* is a fact with a count claim tagged ``e:killed``; when there are several, the
   one stated by most sources is picked (then most claims, then report order). For the date,
   the fact picked is the date fact with an incident-event token stated by most sources, or,
   if there is none, the date fact stated by most sources. Also: how many facts are
   conflicts, and ``--conflicts N`` prints N sample conflicts (casualty and date facts first)
   with their sentences, for a human to judge true disagreement vs our error.
3. Misses. ``--misses N`` prints N sample misses per measure with the sentences that talk
   about the casualties (or dates) and the claims reconcile found in them. Each miss also gets
   a heuristic *hint* (no casualty words, implicit count, shooter counted by GVA, larger count,
   date one day / one week off, no date words...); their counts are printed as a table. The
   hints are a rough sorting aid, not a gold classification. For the date, the misses of (b)
   among articles where (a) holds are sorted by what the first body date is instead.
   ``--only`` limits the samples to one measure (killed, injured, shot, date, incident).

Run: ``python benchmarks/gvc_eval.py [--shared PATH] [--limit N] [--misses N]
[--conflicts N] [--only MEASURE] [--seed S] [--json PATH] [--titles]``. ``--titles`` reads each
article with its title as its first line (the split stores it apart), as a saved page has it. It takes well under a minute.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import reconcile
from reconcile.model import TIME_OF_DAY, Claim, DateRange, Fact, Quantity, Report, Source

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("external/gvc-dev/incidents.jsonl")
INCIDENT_EVENTS = ("e:shot", "e:killed", "e:injured")

KILLED_WORDS = re.compile(
    r"\b(?:kill\w*|dead|deaths?|died|dies|dying|fatal\w*|murder\w*|homicides?|slain|slay\w*|massacr\w*|"
    r"lost (?:his|her|their) li(?:fe|ves)|pronounced)\b",
    re.IGNORECASE,
)
INJURED_WORDS = re.compile(
    r"\b(?:injur\w*|wound\w*|hurt|hospitali[sz]\w*|condition|grazed|treated)\b", re.IGNORECASE
)
SHOT_WORDS = re.compile(r"\b(?:shot|shooting|gunshots?|gunfire|fired)\b", re.IGNORECASE)
DATE_WORDS = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|march|april|may|june|july|aug|sept?|"
    r"oct|nov|dec)[a-z]*\.?\s+\d|\b(?:yesterday|today|tonight|last night|this morning|"
    r"overnight|weekend|earlier this week)\b|\b\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
NUMBER_WORDS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|"
    r"both|couple|pair|trio)\b",
    re.IGNORECASE,
)
NOT_A_COUNT = re.compile(
    r"\b\d+(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old\b|,\s*\d{1,2}\s*,|\b\d{1,2}:\d\d\b|"
    r"\b(?:19|20)\d\d\b|\b\d+\s*(?:a\.m\.|p\.m\.|block)\b",
    re.IGNORECASE,
)
STAMP = re.compile(r"\b(?:published|updated?|posted|last modified)\b", re.IGNORECASE)
SINGULAR_VICTIM = re.compile(
    r"\b(?:a|an|one|another)\s+(?:\d+-year-old\s+)?(?:[a-z-]+\s+)?"
    r"(?:man|woman|boy|girl|teen\w*|person|victim|child|toddler|juvenile|male|female|"
    r"father|mother|son|daughter|student|officer|resident)\b",
    re.IGNORECASE,
)


# --- the data -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    date: dt.date
    killed: int
    injured: int
    place: str
    subject_killed: int  # suspects/shooters the record counts as killed
    subject_injured: int

    @classmethod
    def from_row(cls, gold: dict[str, Any]) -> Gold:
        subjects = [
            str(p.get("Status", ""))
            for p in gold.get("participants") or ()
            if "Subject" in str(p.get("Type", ""))
        ]
        return cls(
            date=dt.date.fromisoformat(gold["date"]),
            killed=int(gold["num_killed"]),
            injured=int(gold["num_injured"]),
            place=f"{gold.get('city_or_county')}, {gold.get('state')}",
            subject_killed=sum("Killed" in s for s in subjects),
            subject_injured=sum("Injured" in s for s in subjects),
        )

    def line(self) -> str:
        return (
            f"GVA: {self.date} ({self.date:%a}), {self.place}: killed {self.killed},"
            f" injured {self.injured} (suspects killed {self.subject_killed},"
            f" injured {self.subject_injured})"
        )


@dataclass
class Article:
    incident_id: str
    gold: Gold
    id: str
    dct: dt.date
    title: str | None
    duplicate_of: str | None
    text: str
    source: Source | None = None
    claims: tuple[Claim, ...] = ()
    error: str | None = None


@dataclass
class Incident:
    id: str
    gold: Gold
    articles: list[Article]
    report: Report | None = None
    error: str | None = None


def load(path: Path, limit: int | None, *, titles: bool = False) -> list[Incident]:
    """The incidents of the split; with ``titles``, each article's title is its first line.

    The split keeps an article's headline apart from its ``text``; a user reads the page with
    its headline, so ``--titles`` puts the title back on top (a blank line after it), as a
    saved page would have it. The default (no titles) keeps the figures comparable with
    every earlier run.
    """
    incidents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            gold = Gold.from_row(row["gold"])
            articles = [
                Article(
                    incident_id=row["incident_id"],
                    gold=gold,
                    id=a["id"],
                    dct=dt.date.fromisoformat(a["dct"]),
                    title=a.get("title"),
                    duplicate_of=a.get("duplicate_of"),
                    text=f"{a['title']}\n\n{a['text']}" if titles and a.get("title") else a["text"],
                )
                for a in row["articles"]
            ]
            incidents.append(Incident(row["incident_id"], gold, articles))
            if limit is not None and len(incidents) >= limit:
                break
    return incidents


def _mapping(article: Article) -> dict[str, Any]:
    return {"text": article.text, "id": article.id, "published": article.dct.isoformat()}


def run(incidents: list[Incident]) -> None:
    """Compare each incident's articles; take each article's claims from the report.

    Extraction is per source and independent of the others, so the report's claims of one
    source are what ``extract`` gives for it. If ``compare`` fails on an incident, each
    article is extracted alone, so that the article figures still count it.
    """
    for incident in incidents:
        try:
            incident.report = reconcile.compare([_mapping(a) for a in incident.articles])
        except Exception as exc:  # noqa: BLE001 - the library is changing; report, go on
            incident.error = f"{type(exc).__name__}: {exc}"
        for article in incident.articles:
            if incident.report is not None:
                article.source = incident.report.source(article.id)
                article.claims = incident.report.claims_of(article.id)
                continue
            try:
                article.source = reconcile.read(_mapping(article))[0]
                article.claims = tuple(
                    sorted(reconcile.extract(article.source), key=lambda c: c.span.start)
                )
            except Exception as exc:  # noqa: BLE001 - as above
                article.error = f"{type(exc).__name__}: {exc}"


# --- values ---------------------------------------------------------------------------------


def is_count(claim: Claim) -> bool:
    """A number of people or things: not money, a percent, or a time of day ("shot at 2 a.m.")."""
    value = claim.value
    return (
        isinstance(value, Quantity)
        and value.kind not in ("money", "percent")
        and value.unit != TIME_OF_DAY
    )


def has_event(claim: Claim, events: tuple[str, ...]) -> bool:
    return any(e in claim.attribute_tokens for e in events)


def equals(value: object, gold: float | dt.date) -> bool:
    """The value is exactly the record's number or day."""
    if isinstance(value, Quantity):
        return value.is_exact and value.low == gold
    if isinstance(value, DateRange):
        return value.start == gold and value.end == gold
    return False


def contains(value: object, gold: float | dt.date) -> bool:
    """The value's interval (or date range) holds the record's number (or day)."""
    if isinstance(value, Quantity):
        if value.low is None and value.high is None:
            return False  # a bare "several": no bound at all
        return value.contains(float(gold))  # type: ignore[arg-type]
    if isinstance(value, DateRange) and isinstance(gold, dt.date):
        return (
            value.start is not None and value.end is not None and value.start <= gold <= value.end
        )
    return False


def count_claims(claims: tuple[Claim, ...], events: tuple[str, ...]) -> list[Claim]:
    return [c for c in claims if is_count(c) and has_event(c, events)]


def date_claims(claims: tuple[Claim, ...]) -> list[Claim]:
    return [c for c in claims if isinstance(c.value, DateRange) and c.value.resolved]


@dataclass(frozen=True)
class CountMeasure:
    key: str
    label: str
    events: tuple[str, ...]
    target: str  # "killed", "injured" or "casualties" (killed + injured)

    def gold(self, gold: Gold) -> int:
        if self.target == "killed":
            return gold.killed
        if self.target == "injured":
            return gold.injured
        return gold.killed + gold.injured


COUNT_MEASURES = (
    CountMeasure("killed", "killed (e:killed vs num_killed)", ("e:killed",), "killed"),
    CountMeasure("injured", "injured (e:injured vs num_injured)", ("e:injured",), "injured"),
    CountMeasure("shot_inj", "shot (e:shot vs num_injured)", ("e:shot",), "injured"),
    CountMeasure("shot_all", "shot (e:shot vs killed+injured)", ("e:shot",), "casualties"),
)


# --- tables ---------------------------------------------------------------------------------


def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0 (–)"


def table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


@dataclass
class Figures:
    """Counts as (numerator, denominator), kept for the JSON dump."""

    data: dict[str, dict[str, Any]] = field(default_factory=dict)

    def put(self, section: str, column: str, row: str, n: int, d: int) -> str:
        self.data.setdefault(section, {}).setdefault(column, {})[row] = [n, d]
        return pct(n, d)


# --- 1. per article -------------------------------------------------------------------------


def article_counts(articles: list[Article], figures: Figures) -> str:
    row_names = [
        "articles (record > 0)",
        "with a count claim",
        "any claim = record (exact)",
        "any claim ∋ record (interval)",
        "first claim = record (exact)",
        "first claim ∋ record (interval)",
        "any claim ∋ record, of articles with a claim",
    ]
    columns: list[list[str]] = []
    for m in COUNT_MEASURES:
        pool = [a for a in articles if m.gold(a.gold) > 0]
        n = len(pool)
        got = [(a, count_claims(a.claims, m.events), m.gold(a.gold)) for a in pool]
        with_claim = [(a, cs, g) for a, cs, g in got if cs]
        values = [
            n,
            len(with_claim),
            sum(any(equals(c.value, g) for c in cs) for _, cs, g in with_claim),
            sum(any(contains(c.value, g) for c in cs) for _, cs, g in with_claim),
            sum(equals(cs[0].value, g) for _, cs, g in with_claim),
            sum(contains(cs[0].value, g) for _, cs, g in with_claim),
        ]
        cells = [str(n)] + [
            figures.put("article_counts", m.key, r, v, n)
            for r, v in zip(row_names[1:], values[1:], strict=False)
        ]
        cells.append(
            figures.put("article_counts", m.key, row_names[-1], values[3], len(with_claim))
        )
        columns.append(cells)
    rows = [[name, *(col[i] for col in columns)] for i, name in enumerate(row_names)]
    out = table(["per article", *(m.label for m in COUNT_MEASURES)], rows)

    zero_rows = []
    for m in COUNT_MEASURES[:2]:
        pool = [a for a in articles if m.gold(a.gold) == 0]
        claimed = [a for a in pool if count_claims(a.claims, m.events)]
        holds_zero = [
            a
            for a in claimed
            if any(contains(c.value, 0) for c in count_claims(a.claims, m.events))
        ]
        zero_rows.append(
            [
                m.label,
                str(len(pool)),
                figures.put("article_zero", m.key, "with a count claim", len(claimed), len(pool)),
                figures.put("article_zero", m.key, "a claim ∋ 0", len(holds_zero), len(pool)),
            ]
        )
    out += "\n\nArticles whose record count is 0 (a count claim there is right only if it holds 0):\n\n"
    out += table(["record = 0", "articles", "with a count claim", "a claim ∋ 0"], zero_rows)
    return out


def first_event_date(claims: tuple[Claim, ...]) -> Claim | None:
    return next((c for c in date_claims(claims) if has_event(c, INCIDENT_EVENTS)), None)


def first_body_date(claims: tuple[Claim, ...]) -> Claim | None:
    return next((c for c in date_claims(claims) if c.zone == "body"), None)


def date_found(article: Article, how: str) -> bool:
    gold = article.gold.date
    if how == "any":
        return any(equals(c.value, gold) for c in date_claims(article.claims))
    if how == "any_contains":
        return any(contains(c.value, gold) for c in date_claims(article.claims))
    claim = first_body_date(article.claims) if how == "first" else first_event_date(article.claims)
    return claim is not None and equals(claim.value, gold)


def article_dates(articles: list[Article], figures: Figures) -> str:
    def lag(a: Article) -> int:
        return (a.dct - a.gold.date).days

    groups = {
        "all": articles,
        "dct 0–1 d after": [a for a in articles if 0 <= lag(a) <= 1],
        "dct 2–7 d after": [a for a in articles if 2 <= lag(a) <= 7],
        "dct > 7 d after or before": [a for a in articles if lag(a) > 7 or lag(a) < 0],
    }
    rows_spec: list[tuple[str, Callable[[Article], bool]]] = [
        ("with a resolved date claim", lambda a: bool(date_claims(a.claims))),
        ("(a) any date claim = record day", lambda a: date_found(a, "any")),
        ("(a') any date claim's range ∋ record day", lambda a: date_found(a, "any_contains")),
        ("(b) first body date claim = record day", lambda a: date_found(a, "first")),
        (
            "(c) first date claim with e:shot/killed/injured = record day",
            lambda a: date_found(a, "event"),
        ),
        (
            "  articles with such an event date claim",
            lambda a: first_event_date(a.claims) is not None,
        ),
        ("baseline: dct = record day", lambda a: a.dct == a.gold.date),
        ("baseline: dct − 1 = record day", lambda a: lag(a) == 1),
    ]
    rows = [["articles", *(str(len(g)) for g in groups.values())]]
    for name, test in rows_spec:
        rows.append(
            [name]
            + [
                figures.put("article_dates", col, name.strip(), sum(test(a) for a in g), len(g))
                for col, g in groups.items()
            ]
        )
    return table(["incident date, per article", *groups], rows)


# --- 2. per incident ------------------------------------------------------------------------


def _pick(facts: list[Fact], report: Report) -> Fact | None:
    order = {f.id: i for i, f in enumerate(report.facts)}
    return max(facts, key=lambda f: (len(f.sources), len(f.claims), -order[f.id]), default=None)


def _value_key(value: object) -> tuple[Any, ...]:
    if isinstance(value, Quantity):
        return (value.low, value.high, value.low_open, value.high_open)
    if isinstance(value, DateRange):
        return (value.start, value.end)
    return (repr(value),)


def majority_value(fact: Fact) -> object:
    """The value stated by most sources (ties: the earliest claim's)."""
    by_key: dict[tuple[Any, ...], tuple[object, set[str]]] = {}
    for claim in fact.claims:
        entry = by_key.setdefault(_value_key(claim.value), (claim.value, set()))
        entry[1].add(claim.source_id)
    return max(by_key.values(), key=lambda e: len(e[1]))[0]


def casualty_facts(report: Report, events: tuple[str, ...]) -> list[Fact]:
    return [f for f in report.facts if any(is_count(c) and has_event(c, events) for c in f.claims)]


def date_facts(report: Report, *, event: bool) -> list[Fact]:
    return [
        f
        for f in report.facts
        if any(
            isinstance(c.value, DateRange)
            and c.value.resolved
            and (not event or has_event(c, INCIDENT_EVENTS))
            for c in f.claims
        )
    ]


def picked_date_fact(report: Report) -> Fact | None:
    return _pick(date_facts(report, event=True), report) or _pick(
        date_facts(report, event=False), report
    )


def incident_target(incident: Incident, key: str) -> tuple[Fact | None, list[Fact], Any]:
    """The picked fact, all candidate facts, and the record's value, for one measure."""
    report = incident.report
    assert report is not None
    if key == "date":
        return picked_date_fact(report), date_facts(report, event=False), incident.gold.date
    m = next(m for m in COUNT_MEASURES if m.key == key)
    facts = casualty_facts(report, m.events)
    return _pick(facts, report), facts, m.gold(incident.gold)


def incident_hit(incident: Incident, key: str) -> bool:
    """The headline per-incident measure: the picked fact holds a claim containing the record."""
    if incident.report is None:
        return False
    fact, _, gold = incident_target(incident, key)
    return fact is not None and any(contains(c.value, gold) for c in fact.claims)


INCIDENT_KEYS = ("killed", "injured", "shot_all", "date")
INCIDENT_LABELS = {
    "killed": "killed",
    "injured": "injured",
    "shot_all": "shot vs killed+injured",
    "date": "incident date",
}


def incident_table(incidents: list[Incident], figures: Figures) -> str:
    names = [
        "incidents (record > 0)",
        "report has such a fact",
        "picked fact has a claim ∋ record",
        "picked fact: every claim ∋ record",
        "picked fact: most-stated value = record",
        "some fact has a claim ∋ record",
        "picked fact is agree / conflict / single",
    ]
    columns = []
    for key in INCIDENT_KEYS:
        pool = [
            i
            for i in incidents
            if i.report is not None
            and (key == "date" or next(m for m in COUNT_MEASURES if m.key == key).gold(i.gold) > 0)
        ]
        counts: Counter[str] = Counter()
        verdicts: Counter[str] = Counter()
        for incident in pool:
            fact, facts, gold = incident_target(incident, key)
            if fact is None:
                continue
            counts["has"] += 1
            counts["any"] += any(contains(c.value, gold) for c in fact.claims)
            counts["all"] += all(contains(c.value, gold) for c in fact.claims)
            counts["major"] += equals(majority_value(fact), gold)
            counts["some"] += any(contains(c.value, gold) for f in facts for c in f.claims)
            verdicts[fact.verdict.kind] += 1
        n = len(pool)
        cells = [str(n)]
        for row, k in zip(names[1:6], ("has", "any", "all", "major", "some"), strict=True):
            cells.append(figures.put("incident", key, row, counts[k], n))
        cells.append(" / ".join(str(verdicts[v]) for v in ("agree", "conflict", "single")))
        figures.data.setdefault("incident_verdicts", {})[key] = dict(verdicts)
        columns.append(cells)
    rows = [[name, *(col[i] for col in columns)] for i, name in enumerate(names)]
    out = table(["per incident", *(INCIDENT_LABELS[k] for k in INCIDENT_KEYS)], rows)
    zero = []
    for key in ("killed", "injured"):
        m = next(m for m in COUNT_MEASURES if m.key == key)
        pool = [i for i in incidents if i.report is not None and m.gold(i.gold) == 0]
        with_fact = [i for i in pool if casualty_facts(i.report, m.events)]  # type: ignore[arg-type]
        zero.append(
            [
                key,
                str(len(pool)),
                figures.put("incident_zero", key, "has such a fact", len(with_fact), len(pool)),
            ]
        )
    out += "\n\nIncidents whose record count is 0:\n\n"
    out += table(["record = 0", "incidents", "report has such a fact"], zero)
    return out


def fact_kind(fact: Fact) -> str | None:
    for key, events in (
        ("killed", ("e:killed",)),
        ("injured", ("e:injured",)),
        ("shot", ("e:shot",)),
    ):
        if any(is_count(c) and has_event(c, events) for c in fact.claims):
            return key
    if any(isinstance(c.value, DateRange) for c in fact.claims):
        return "date"
    return None


def conflict_gold(fact: Fact, gold: Gold) -> bool | None:
    """Whether some claim of the fact holds the record's value (None: no record value)."""
    kind = fact_kind(fact)
    target: Any = {
        "killed": gold.killed,
        "injured": gold.injured,
        "shot": gold.killed + gold.injured,
        "date": gold.date,
    }.get(kind or "")
    if target is None:
        return None
    return any(contains(c.value, target) for c in fact.claims)


def conflict_table(incidents: list[Incident], figures: Figures) -> str:
    done = [i for i in incidents if i.report is not None]
    verdicts: Counter[str] = Counter()
    by_kind: dict[str, Counter[str]] = {}
    with_conflict = 0
    gold_side: Counter[tuple[str, bool]] = Counter()
    for incident in done:
        report = incident.report
        assert report is not None
        with_conflict += bool(report.conflicts)
        for fact in report.facts:
            verdicts[fact.verdict.kind] += 1
            kind = fact_kind(fact) or "other"
            by_kind.setdefault(kind, Counter())[fact.verdict.kind] += 1
            if fact.verdict.kind == "conflict" and kind != "other":
                gold_side[kind, bool(conflict_gold(fact, incident.gold))] += 1
    rows = []
    for kind in ("killed", "injured", "shot", "date", "other", "all"):
        c = verdicts if kind == "all" else by_kind.get(kind, Counter())
        multi = c["agree"] + c["conflict"]
        rows.append(
            [
                kind,
                str(sum(c.values())),
                str(c["agree"]),
                str(c["conflict"]),
                str(c["single"]),
                figures.put(
                    "conflicts", kind, "conflict of multi-source facts", c["conflict"], multi
                ),
                "–" if kind in ("other", "all") else str(gold_side[kind, True]),
            ]
        )
    out = table(
        [
            "facts",
            "total",
            "agree",
            "conflict",
            "single",
            "conflict / (agree+conflict)",
            "conflicts with a side = record",
        ],
        rows,
    )
    out += "\n\n" + table(
        ["incidents", "count"],
        [
            ["compared", str(len(done))],
            ["failed in compare", str(len(incidents) - len(done))],
            [
                "with ≥ 1 conflict",
                figures.put("conflicts", "incidents", "with a conflict", with_conflict, len(done)),
            ],
            [
                "articles marked duplicate_of (syndicated copies, kept)",
                str(sum(a.duplicate_of is not None for i in incidents for a in i.articles)),
            ],
        ],
    )
    return out


# --- 3. misses and their hints --------------------------------------------------------------


def count_hint(article: Article, m: CountMeasure) -> str:
    """A rough guess at why an article misses a count."""
    gold = article.gold
    target = m.gold(gold)
    claims = count_claims(article.claims, m.events)
    words = {"killed": KILLED_WORDS, "injured": INJURED_WORDS}.get(m.target, SHOT_WORDS)
    if article.source is None:
        return "not read (error)"
    sentences = [s for s in _sentences(article.source) if words.search(s)]
    if claims:
        values = [c.value for c in claims if isinstance(c.value, Quantity)]
        suspects = {"killed": gold.subject_killed, "injured": gold.subject_injured}.get(
            m.target, gold.subject_killed + gold.subject_injured
        )
        if suspects and any(contains(v, target - suspects) for v in values):
            return "count excludes the suspect GVA counts"
        if all(v.low is not None and v.low >= target for v in values):
            return "only larger counts (other incidents, totals, wrong noun)"
        if all(v.high is not None and v.high < target for v in values):
            return "only smaller counts (early figure, partial, another victim group)"
        return "mixed wrong counts"
    if not sentences:
        return "no casualty words in the body"
    if any(SINGULAR_VICTIM.search(s) for s in sentences):
        return "implicit count: 'a man / a woman …' (no numeral)"
    if any(NUMBER_WORDS.search(NOT_A_COUNT.sub(" ", s)) for s in sentences):
        return "number in a casualty sentence not tied to the event"
    return "implicit count: named or unnumbered victims"


def date_hint(article: Article) -> str:
    gold = article.gold.date
    if article.source is None:
        return "not read (error)"
    claims = date_claims(article.claims)
    lag = (article.dct - gold).days
    if not claims:
        if any(DATE_WORDS.search(s) for s in _sentences(article.source)):
            return "date words present, no date claim"
        return "no date words in the body"
    days = [c.value for c in claims if isinstance(c.value, DateRange) and c.value.start]
    deltas = sorted({(d.start - gold).days for d in days if d.start == d.end}, key=abs)  # type: ignore[operator]
    if lag > 7 or lag < 0:
        return "dct far from the incident (late or crawl date)"
    if not deltas:
        return "only ranges (month, year) that miss the day"
    if deltas[0] in (1, -1):
        return "nearest day one day off"
    if deltas[0] in (7, -7):
        return "nearest day one week off"
    if all(abs(d) > 30 for d in deltas):
        return "only far dates (other events, birthdays, court dates)"
    return "nearest day a few days off"


def first_date_hint(article: Article) -> str:
    """Why the first body date is not the record's day, when some date claim is."""
    claim = first_body_date(article.claims)
    if claim is None or article.source is None:
        return "only the headline has the date"
    value = claim.value
    assert isinstance(value, DateRange)
    sentence = claim.sentence or claim.span
    text = article.source.text[sentence.start : sentence.end]
    if STAMP.search(text):
        return "a publication / update stamp in the body"
    if value.start != value.end:
        return "a range first ('this year', 'last week', a month)"
    if "e:announced" in claim.attribute_tokens:
        return "the day something was said or released"
    delta = (value.start - article.gold.date).days  # type: ignore[operator]
    if delta == 1:
        return "the day after (follow-up, death, or after midnight)"
    if delta > 0:
        return "a later day (follow-up: arrest, vigil, court)"
    return "an earlier day (background, another event)"


def _sentences(source: Source) -> list[str]:
    return [source.text[s.start : s.end] for s in source.sentences]


def _clip(text: str, start: int, end: int, width: int = 360) -> str:
    """A sentence with the claim marked ⟦…⟧, cut to ``width`` around it, on one line."""
    marked = text[:start] + "⟦" + text[start:end] + "⟧" + text[end:]
    if len(marked) > width:
        lo = max(0, start - width // 2)
        marked = ("…" if lo else "") + marked[lo : lo + width] + "…"
    return " ".join(marked.split())


def _claim_line(claim: Claim) -> str:
    tokens = ",".join(claim.attribute_tokens)
    flags = "".join(
        f" [{f}]" for f, on in (("negated", claim.negated), ("hedged", claim.hedged)) if on
    )
    return f"`{claim.describe()}` ← “{claim.text}” [{tokens}] ({claim.zone}){flags}"


def show_sentences(article: Article, pattern: re.Pattern[str], limit: int = 6) -> list[str]:
    source = article.source
    if source is None:
        return [f"    (not read: {article.error})"]
    lines = []
    for span in source.sentences:
        sentence = source.text[span.start : span.end]
        if not pattern.search(sentence):
            continue
        inside = [c for c in article.claims if span.start <= c.span.start < span.end]
        lines.append("  > " + " ".join(sentence.split())[:400])
        lines += [f"    - {_claim_line(c)}" for c in inside]
        if len(lines) >= limit * 3:
            break
    return lines or ["    (no sentence matches)"]


def article_header(article: Article) -> str:
    gold = article.gold
    dup = f", duplicate of {article.duplicate_of[:8]}" if article.duplicate_of else ""
    return (
        f"**{article.incident_id} / {article.id[:8]}** dct {article.dct} ({article.dct:%a}){dup};"
        f" {gold.line()}; title: {article.title!r}"
    )


def article_count_misses(articles: list[Article], m: CountMeasure) -> list[Article]:
    return [
        a
        for a in articles
        if m.gold(a.gold) > 0
        and not any(contains(c.value, m.gold(a.gold)) for c in count_claims(a.claims, m.events))
    ]


def article_date_misses(articles: list[Article]) -> list[Article]:
    return [a for a in articles if not date_found(a, "any")]


def first_date_misses(articles: list[Article]) -> list[Article]:
    return [a for a in articles if date_found(a, "any") and not date_found(a, "first")]


def hint_table(articles: list[Article], incidents: list[Incident], figures: Figures) -> str:
    out = []
    for key in ("killed", "injured"):
        m = next(m for m in COUNT_MEASURES if m.key == key)
        misses = article_count_misses(articles, m)
        hints = Counter(count_hint(a, m) for a in misses)
        figures.data.setdefault("hints", {})[f"article_{key}"] = dict(hints)
        out.append(f"Article misses, {m.label}: {len(misses)}")
        out.append(table(["hint", "articles"], [[h, str(n)] for h, n in hints.most_common()]))
    misses = article_date_misses(articles)
    hints = Counter(date_hint(a) for a in misses)
    figures.data.setdefault("hints", {})["article_date"] = dict(hints)
    out.append(f"Article misses, date (a): {len(misses)}")
    out.append(table(["hint", "articles"], [[h, str(n)] for h, n in hints.most_common()]))
    misses = first_date_misses(articles)
    hints = Counter(first_date_hint(a) for a in misses)
    figures.data.setdefault("hints", {})["article_date_first"] = dict(hints)
    out.append(f"Article misses, date (b) where (a) holds: {len(misses)}")
    out.append(
        table(["first body date is", "articles"], [[h, str(n)] for h, n in hints.most_common()])
    )
    rows = []
    for key in INCIDENT_KEYS:
        kinds = Counter(incident_hint(i, key) for i in incident_misses(incidents, key))
        figures.data.setdefault("hints", {})[f"incident_{key}"] = dict(kinds)
        rows += [[INCIDENT_LABELS[key], h, str(n)] for h, n in kinds.most_common()]
    out.append("Incident misses (picked fact holds no claim ∋ record):")
    out.append(table(["measure", "hint", "incidents"], rows))
    return "\n\n".join(out)


def incident_misses(incidents: list[Incident], key: str) -> list[Incident]:
    pool = []
    for incident in incidents:
        if incident.report is None:
            continue
        if key != "date":
            m = next(m for m in COUNT_MEASURES if m.key == key)
            if m.gold(incident.gold) == 0:
                continue
        if not incident_hit(incident, key):
            pool.append(incident)
    return pool


def incident_hint(incident: Incident, key: str) -> str:
    fact, facts, gold = incident_target(incident, key)
    if key == "date":
        in_articles = any(date_found(a, "any_contains") for a in incident.articles)
    else:
        m = next(m for m in COUNT_MEASURES if m.key == key)
        in_articles = any(
            contains(c.value, gold)
            for a in incident.articles
            for c in count_claims(a.claims, m.events)
        )
    if not in_articles:
        if fact is None:
            return "no such fact; no article has such a claim ∋ record (extraction)"
        return "such facts, but no article has a claim ∋ record (extraction)"
    if any(contains(c.value, gold) for f in facts for c in f.claims):
        return "another fact holds the record (picking / grouping)"
    return "a claim ∋ record but in no such fact (grouping)"


def print_count_misses(
    articles: list[Article], m: CountMeasure, n: int, rng: random.Random
) -> None:
    misses = article_count_misses(articles, m)
    print(f"\n### Article misses: {m.label} ({len(misses)}, showing {min(n, len(misses))})\n")
    words = {"killed": KILLED_WORDS, "injured": INJURED_WORDS}.get(m.target, SHOT_WORDS)
    for article in sorted(
        rng.sample(misses, min(n, len(misses))), key=lambda a: (a.incident_id, a.id)
    ):
        print(f"- {article_header(article)}")
        print(f"  - hint: {count_hint(article, m)}")
        found = count_claims(article.claims, m.events)
        print("  - count claims found: " + ("; ".join(_claim_line(c) for c in found) or "none"))
        print("\n".join(show_sentences(article, words)))


def print_date_misses(articles: list[Article], n: int, rng: random.Random) -> None:
    misses = article_date_misses(articles)
    print(f"\n### Article misses: date (a) ({len(misses)}, showing {min(n, len(misses))})\n")
    for article in sorted(
        rng.sample(misses, min(n, len(misses))), key=lambda a: (a.incident_id, a.id)
    ):
        print(f"- {article_header(article)}")
        print(f"  - hint: {date_hint(article)}")
        found = date_claims(article.claims)
        print("  - date claims found: " + ("; ".join(_claim_line(c) for c in found[:6]) or "none"))
        print("\n".join(show_sentences(article, DATE_WORDS, limit=4)))


def print_first_date_misses(articles: list[Article], n: int, rng: random.Random) -> None:
    misses = first_date_misses(articles)
    shown = sorted(rng.sample(misses, min(n, len(misses))), key=lambda a: (a.incident_id, a.id))
    print(f"\n### Article misses: date (b) where (a) holds ({len(misses)}, showing {len(shown)})\n")
    for article in shown:
        print(f"- {article_header(article)}")
        print(f"  - hint: {first_date_hint(article)}")
        source = article.source
        first = first_body_date(article.claims)
        right = next(c for c in date_claims(article.claims) if equals(c.value, article.gold.date))
        for label, claim in (("first body date", first), ("a date = record", right)):
            if claim is None or source is None:
                continue
            sentence = claim.sentence or claim.span
            text = source.text[sentence.start : sentence.end]
            quote = _clip(text, claim.span.start - sentence.start, claim.span.end - sentence.start)
            print(f"  - {label}: {_claim_line(claim)} “{quote}”")


def print_incident_misses(incidents: list[Incident], key: str, n: int, rng: random.Random) -> None:
    misses = incident_misses(incidents, key)
    shown = sorted(rng.sample(misses, min(n, len(misses))), key=lambda i: i.id)
    print(f"\n### Incident misses: {INCIDENT_LABELS[key]} ({len(misses)}, showing {len(shown)})\n")
    for incident in shown:
        fact, facts, _ = incident_target(incident, key)
        print(f"- **{incident.id}** {incident.gold.line()}; {len(incident.articles)} articles")
        print(f"  - hint: {incident_hint(incident, key)}")
        for f in sorted(facts, key=lambda f: -len(f.sources))[:5]:
            mark = "picked " if f is fact else ""
            print(f"  - {mark}{f.id} [{f.verdict.kind}] {f.describe()[:300]}")


def print_conflicts(incidents: list[Incident], n: int, rng: random.Random) -> None:
    relevant: list[tuple[Incident, Fact]] = []
    other: list[tuple[Incident, Fact]] = []
    for incident in incidents:
        if incident.report is None:
            continue
        for fact in incident.report.conflicts:
            (relevant if fact_kind(fact) else other).append((incident, fact))
    sample = rng.sample(relevant, min(n, len(relevant)))
    if len(sample) < n:
        sample += rng.sample(other, min(n - len(sample), len(other)))
    print(
        f"\n## Sample conflicts ({len(sample)} of {len(relevant)} casualty/date + {len(other)} other)\n"
    )
    print(
        "Judge each: true disagreement (revised count, other incident, shooter counted or not,"
        " different day named) or our error (wrong value, wrong attribute, merged facts).\n"
    )
    for incident, fact in sorted(sample, key=lambda p: (p[0].id, p[1].id)):
        report = incident.report
        assert report is not None
        side = conflict_gold(fact, incident.gold)
        print(
            f"- **{incident.id} {fact.id}** [{fact_kind(fact) or 'other'}] {incident.gold.line()}"
        )
        print(f"  - {fact.describe()[:300]}")
        print(f"  - why: {fact.verdict.reason[:200]}; a side holds the record: {side}")
        dct = {a.id: a for a in incident.articles}
        for claim in fact.claims:
            source = report.source(claim.source_id)
            sentence = claim.sentence or claim.span
            text = source.text[sentence.start : sentence.end]
            a = dct.get(claim.source_id)
            dup = " dup" if a is not None and a.duplicate_of else ""
            when = f" dct {a.dct}" if a is not None else ""
            print(
                f"  - {claim.source_id[:8]}{when}{dup}: `{claim.describe()}`"
                f" [{','.join(claim.attribute_tokens)}] "
                f"“{_clip(text, claim.span.start - sentence.start, claim.span.end - sentence.start)}”"
            )


def picks_text(incidents: list[Incident]) -> str:
    """One line per incident and measure: the picked fact's most-stated value and claims."""
    lines = []
    for incident in sorted(incidents, key=lambda i: i.id):
        if incident.report is None:
            continue
        for key in INCIDENT_KEYS:
            fact, _, gold = incident_target(incident, key)
            if fact is None:
                lines.append(f"{incident.id} {key} record={gold} none")
                continue
            major = majority_value(fact)
            hit = "=" if equals(major, gold) else "x"
            claims = "; ".join(sorted(c.describe() for c in fact.claims))
            lines.append(
                f"{incident.id} {key} record={gold} {hit} [{fact.verdict.kind}]"
                f" sources={len(fact.sources)} {claims}"
            )
    return "\n".join(lines) + "\n"


# --- main -----------------------------------------------------------------------------------


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N incidents")
    parser.add_argument("--misses", type=int, default=0, help="print N sample misses per measure")
    parser.add_argument("--conflicts", type=int, default=0, help="print N sample conflicts")
    parser.add_argument(
        "--only",
        choices=["killed", "injured", "shot", "date", "incident"],
        help="print misses of one measure only",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the samples")
    parser.add_argument("--json", type=Path, default=None, help="write the figures to this file")
    parser.add_argument(
        "--picks",
        type=Path,
        default=None,
        help="write each incident's picked fact per measure to this file (to diff two commits)",
    )
    parser.add_argument(
        "--titles",
        action="store_true",
        help="put each article's title on its first line, as a saved page has it",
    )
    args = parser.parse_args(argv)

    path = args.shared / DATA
    if not path.is_file():
        print(
            f"gvc-dev not found at {path}: pass --shared PATH, the folder that holds"
            f" {DATA} (default: ../shared beside the repo)",
            file=sys.stderr,
        )
        return 2
    started = time.perf_counter()
    incidents = load(path, args.limit, titles=args.titles)
    run(incidents)
    seconds = time.perf_counter() - started
    articles = [a for i in incidents for a in i.articles]
    figures = Figures()

    print("# reconcile on gvc-dev\n")
    print(
        f"{len(incidents)} incidents, {len(articles)} articles; reconcile {reconcile.__version__}"
        f" at {_commit()}; {dt.datetime.now(tz=dt.UTC).date()}; compare+extract {seconds:.1f} s"
        f"{'; each title on its first line (--titles)' if args.titles else ''}\n"
    )
    failed = [i for i in incidents if i.error]
    if failed:
        print(
            f"**compare failed on {len(failed)} incidents**, e.g. {failed[0].id}: {failed[0].error}\n"
        )
    unread = [a for a in articles if a.error]
    if unread:
        print(
            f"**{len(unread)} articles could not be read**, e.g. {unread[0].id}: {unread[0].error}\n"
        )

    print("## 1. Per article: casualty counts\n")
    print(article_counts(articles, figures))
    print("\n## 1. Per article: incident date (dates resolved against dct)\n")
    print(article_dates(articles, figures))
    print("\n## 2. Per incident: compare()\n")
    print(
        "Picked fact: the one stated by most sources (then most claims). Date: the date fact"
        " with an incident-event token stated by most sources, else any date fact.\n"
    )
    print(incident_table(incidents, figures))
    print("\n## 2. Verdicts\n")
    print(conflict_table(incidents, figures))
    print("\n## 3. Misses by heuristic hint\n")
    print(hint_table(articles, incidents, figures))

    if args.misses:
        print("\n## 3. Sample misses\n")
        only = args.only
        for m in COUNT_MEASURES:
            wanted = m.key in ("killed", "injured") and only in (None, m.key)
            wanted = wanted or (m.key == "shot_all" and only == "shot")
            if wanted:
                print_count_misses(articles, m, args.misses, random.Random(f"{args.seed}{m.key}"))
        if only in (None, "date"):
            print_date_misses(articles, args.misses, random.Random(f"{args.seed}date"))
            print_first_date_misses(articles, args.misses, random.Random(f"{args.seed}first"))
        if only in (None, "incident"):
            for key in INCIDENT_KEYS:
                print_incident_misses(
                    incidents, key, args.misses, random.Random(f"{args.seed}{key}")
                )
    if args.conflicts:
        print_conflicts(incidents, args.conflicts, random.Random(f"{args.seed}conflicts"))

    if args.picks:
        args.picks.write_text(picks_text(incidents), encoding="utf-8")
    if args.json:
        dump = {
            "incidents": len(incidents),
            "articles": len(articles),
            "commit": _commit(),
            "date": dt.datetime.now(tz=dt.UTC).date().isoformat(),
            "seconds": round(seconds, 1),
            "failed_incidents": len(failed),
            "figures": figures.data,
        }
        args.json.write_text(json.dumps(dump, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
