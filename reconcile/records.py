"""Claims held as records: one row per (source, subject, attribute, value), reconciled as text is.

A spreadsheet of what each website lists for each flight, book or city is a set
of claims whose subject and attribute are already named. :func:`compare_records`
parses each value with the same value code as text (numbers with units, money,
dates, times of day, names), groups the claims by (subject, attribute) exactly,
judges each group, and, when asked, estimates the most likely value of every
contested fact (:mod:`reconcile.truth`).

Provenance stays offsets: each source's text is its rows rendered one per line
as ``subject | attribute | value``, and each claim's span covers the value as
written there.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from reconcile.errors import InvalidSourceError
from reconcile.extract.dates import find_dates
from reconcile.extract.gazetteer import canonical_place, place_contains
from reconcile.extract.numbers import find_quantities
from reconcile.judge import judge
from reconcile.model import Claim, EntityRef, Fact, Quantity, Report, Source, Span
from reconcile.settings import Settings

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

    from reconcile.model import Value
    from reconcile.truth import TruthSettings

__all__ = ["TIME_UNIT", "compare_records", "parse_time", "parse_value", "read_records"]

TIME_UNIT = "minute of day"
"""The unit of a time of day: minutes after midnight ("6:15 PM" is 1095)."""

_SEPARATOR = " | "

# "6:15 PM", "6:15p.m. Dec 1", "06:15 a.m. (Estimated runway)", "12/01 6:15 p.m.", "6 pm".
_TIME_12 = re.compile(
    r"(?:\d{1,2}/\d{1,2}\s+)?(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[aApP])\.?\s*[mM]\.?"
    r"(?![A-Za-z]{2})"
)
# "18:15", "6:15", "18:15:00".
_TIME_24 = re.compile(r"(?:\d{1,2}/\d{1,2}\s+)?(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?(?![\d:])")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SPACES = re.compile(r"\s+")


def parse_time(text: str) -> int | None:
    """The minutes after midnight of a time of day at the start of ``text``, or None.

    Words after the time (a date, a remark) are allowed; the time must come first.

    >>> parse_time("6:15 PM"), parse_time("18:15"), parse_time("6:15p.m. Dec 1")
    (1095, 1095, 1095)
    >>> parse_time("12:05 a.m."), parse_time("12:30 p.m."), parse_time("25:00")
    (5, 750, None)
    """
    stripped = text.strip()
    match = _TIME_12.match(stripped)
    if match is not None:
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        hour %= 12
        if match["ap"] in "pP":
            hour += 12
        return hour * 60 + minute
    match = _TIME_24.match(stripped)
    if match is not None:
        hour, minute = int(match["h"]), int(match["m"])
        if hour > 23 or minute > 59:
            return None
        return hour * 60 + minute
    return None


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of ``text`` but spaces and closing punctuation."""
    return not text[:start].strip() and not text[end:].strip(" .;,")


def _name(text: str) -> EntityRef:
    printed = _SPACES.sub(" ", text.strip())
    place = canonical_place(printed)
    if place is not None:
        return EntityRef("place", text, place)
    return EntityRef("other", text, printed)


@functools.lru_cache(maxsize=65536)
def parse_value(text: str, *, approx_window: float = 0.1, near_window: float = 0.1) -> Value:
    """Read one value as written in a record: a number, money, a date, a time, or a name.

    A value that is none of these is kept as a name (a known place, or kind
    ``other``), never dropped. ``text`` must not be blank.

    >>> parse_value("6:15 PM") == parse_value("18:15")
    True
    >>> parse_value("12 kg").describe(), parse_value("$2.5 million").describe()
    ('12 kg', '$2.5 million')
    >>> parse_value("March 3, 2024").describe()
    '2024-03-03 (Sun)'
    >>> parse_value("Not Available").describe()
    'Not Available'
    """
    stripped = text.strip()
    if not stripped:
        raise InvalidSourceError("a record value must not be blank")
    if _PLAIN_NUMBER.fullmatch(stripped):
        number = float(stripped.replace(",", ""))
        return Quantity.exact(number, kind="number", precision=1.0 if "." not in stripped else None)
    minutes = parse_time(stripped)
    if minutes is not None:
        return Quantity.exact(minutes, kind="number", unit=TIME_UNIT)
    dates = find_dates(stripped)
    if len(dates) == 1 and _whole(stripped, dates[0][0], dates[0][1]) and dates[0][2].resolved:
        return dates[0][2]
    quantities = find_quantities(stripped, approx_window=approx_window, near_window=near_window)
    if len(quantities) == 1 and _whole(stripped, quantities[0][0], quantities[0][1]):
        return quantities[0][2]
    return _name(stripped)


def _cell(row: Mapping[str, Any], column: str, number: int) -> str:
    try:
        found = row[column]
    except KeyError:
        raise InvalidSourceError(
            f"record {number} has no column {column!r}; it has {sorted(map(str, row))}:"
            " name the columns with the source=, subject=, attribute= and value= keywords"
        ) from None
    except TypeError:
        raise InvalidSourceError(
            f"record {number} must be a mapping of column to value, got {type(row).__name__}"
        ) from None
    return "" if found is None else str(found)


@attrs.frozen
class _Row:
    source: str
    subject: str
    attribute: str
    value: str


def _rows(rows: Iterable[Mapping[str, Any]], columns: tuple[str, str, str, str]) -> list[_Row]:
    found = []
    for number, row in enumerate(rows, start=1):
        source, subject, attribute, value = (_cell(row, c, number) for c in columns)
        if not source.strip():
            raise InvalidSourceError(f"record {number} names no source in column {columns[0]!r}")
        found.append(_Row(source.strip(), subject, attribute, value))
    return found


def _sources_and_claims(
    rows: list[_Row], settings: Settings
) -> tuple[list[Source], dict[tuple[str, str], list[Claim]]]:
    """A source per source name, its text its rows; the claims by (subject, attribute)."""
    by_source: dict[str, list[_Row]] = {}
    for row in rows:
        by_source.setdefault(row.source, []).append(row)
    sources: list[Source] = []
    groups: dict[tuple[str, str], list[Claim]] = {}
    for source_id in sorted(by_source):
        lines: list[str] = []
        at = 0
        pending: list[tuple[_Row, int, int]] = []
        # Rows in a stable order, so the report does not depend on the order rows came in.
        for row in sorted(by_source[source_id], key=lambda r: (r.subject, r.attribute, r.value)):
            prefix = f"{row.subject}{_SEPARATOR}{row.attribute}{_SEPARATOR}"
            line = prefix + row.value
            pending.append((row, at, at + len(line)))
            lines.append(line)
            at += len(line) + 1
        text = "\n".join(lines)
        sources.append(Source(source_id, text))
        for row, line_start, line_end in pending:
            if not row.value.strip():  # an empty cell states nothing; its line stays in the text
                continue
            value_start = line_end - len(row.value)
            claim = Claim(
                span=Span(source_id, value_start, line_end),
                text=row.value,
                value=parse_value(
                    row.value,
                    approx_window=settings.approx_window,
                    near_window=settings.near_window,
                ),
                sentence=Span(source_id, line_start, line_end),
                subject=row.subject or None,
                attribute=row.attribute or None,
                attribute_tokens=(row.attribute,) if row.attribute else (),
            )
            groups.setdefault((row.subject, row.attribute), []).append(claim)
    return sources, groups


def compare_records(
    rows: Iterable[Mapping[str, Any]],
    *,
    source: str = "source",
    subject: str = "subject",
    attribute: str = "attribute",
    value: str = "value",
    settings: Settings | None = None,
    estimate: bool = True,
    truth: TruthSettings | None = None,
) -> Report:
    """Reconcile claims held as records, fact by fact; estimate the truth of contested facts.

    Each row is one claim: ``row[source]`` states ``row[value]`` for the
    ``row[attribute]`` of ``row[subject]``. Claims with the same subject and
    attribute are one fact. An empty value states nothing and is skipped.

    Args:
        rows: mappings from column name to cell.
        source: the column naming who states the value.
        subject: the column naming what the value is about (a flight, a book, a city).
        attribute: the column naming what is measured (departure time, author).
        value: the column holding the value as written.
        settings: reading and judging settings.
        estimate: estimate the most likely value of each contested fact and each
            source's reliability (:mod:`reconcile.truth`).
        truth: the priors and iterations of truth estimation.

    Raises:
        InvalidSourceError: a row lacks a column or names no source.

    >>> report = compare_records([
    ...     {"source": "a", "subject": "UA 1", "attribute": "departs", "value": "6:15 PM"},
    ...     {"source": "b", "subject": "UA 1", "attribute": "departs", "value": "18:15"},
    ...     {"source": "c", "subject": "UA 1", "attribute": "arrives", "value": "9:00 PM"},
    ... ])
    >>> [(f.attribute, f.verdict.kind) for f in report.facts]
    [('arrives', 'single'), ('departs', 'agree')]
    """
    settings = settings or Settings()
    found = _rows(rows, (source, subject, attribute, value))
    sources, groups = _sources_and_claims(found, settings)
    by_id = {s.id: s for s in sources}
    facts = []
    for number, key in enumerate(sorted(groups), start=1):
        claims = sorted(groups[key], key=lambda c: (c.source_id, c.span.start))
        facts.append(
            Fact(
                id=f"f{number}",
                claims=claims,
                verdict=judge(claims, by_id, settings, place_contains=place_contains),
                subject=key[0] or None,
                attribute=key[1] or None,
            )
        )
    report = Report(sources, facts)
    if estimate:
        from reconcile.truth import apply_estimates  # noqa: PLC0415 - truth imports this module's peers

        report = apply_estimates(report, truth)
    return report


def read_records(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read records from a CSV file (with a header row) or a JSON-lines file (one object a line).

    A file ending in ``.jsonl``, ``.ndjson`` or ``.json`` is read as JSON lines; any
    other as CSV.

    Raises:
        InvalidSourceError: the file is missing, not UTF-8, or not records; the
            message names the file.
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InvalidSourceError(
            f"cannot read records from {file}: {exc.strerror or exc}", source_id=file.stem
        ) from exc
    except UnicodeDecodeError as exc:
        raise InvalidSourceError(
            f"{file} is not UTF-8 text ({exc.reason} at byte {exc.start}): re-save it as UTF-8",
            source_id=file.stem,
        ) from exc
    if file.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return _json_lines(file, text)
    return _csv(file, text)


def _json_lines(file: Path, text: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidSourceError(
                f"{file} line {number} is not JSON ({exc.msg}): write one object a line",
                source_id=file.stem,
            ) from exc
        if not isinstance(row, dict):
            raise InvalidSourceError(
                f"{file} line {number} holds a {type(row).__name__}, not an object",
                source_id=file.stem,
            )
        rows.append(row)
    return rows


def _csv(file: Path, text: str) -> list[dict[str, Any]]:
    if not text.strip():
        raise InvalidSourceError(f"{file} is empty: expected a header row and records")
    try:
        reader = csv.DictReader(text.splitlines(keepends=True), strict=True)
        rows = [dict(row) for row in reader]
    except csv.Error as exc:
        raise InvalidSourceError(f"{file} is not valid CSV: {exc}", source_id=file.stem) from exc
    for number, row in enumerate(rows, start=2):
        if None in row:
            raise InvalidSourceError(
                f"{file} line {number} has more cells than the header has columns",
                source_id=file.stem,
            )
    return rows
