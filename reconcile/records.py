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

import array
import codecs
import csv
import datetime as dt
import functools
import itertools
import json
import math
import operator
import os
import re
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from reconcile.errors import InvalidSourceError, SettingsError, caller_stacklevel
from reconcile.extract._numwords import VAGUE
from reconcile.extract.dates import find_dates
from reconcile.extract.gazetteer import canonical_place, place_contains
from reconcile.extract.numbers import find_quantities, find_readings, parse_time
from reconcile.judge import (
    MINUTES,
    agreement,
    compatible,
    sided_listing,
    single_reason,
    why_conflict,
)
from reconcile.model import (
    TIME_OF_DAY,
    ClaimColumns,
    DateRange,
    EntityRef,
    Quantity,
    Report,
    Source,
    Verdict,
    Zone,
    built_verdict,
    columnar_fact,
)
from reconcile.settings import Settings, checked_settings
from reconcile.truth import (
    FlatClaims,
    TruthSettings,
    _point,
    collector_paused,
    estimate_flat,
    value_key,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Sequence

    from reconcile.model import Estimate, Value

__all__ = [
    "TIME_UNIT",
    "Hierarchy",
    "HierarchyCycleWarning",
    "Record",
    "compare_records",
    "parse_time",
    "parse_value",
    "read_records",
]

TIME_UNIT = TIME_OF_DAY
"""The unit of a time of day: minutes after midnight ("6:15 PM" is 1095)."""

_SEPARATOR = " | "

_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SPACES = re.compile(r"\s+")


def _whole(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all of ``text`` but spaces and closing punctuation."""
    return not text[:start].strip() and not text[end:].strip(" .;,")


def _name(text: str) -> EntityRef:
    printed = _SPACES.sub(" ", text.strip())
    place = canonical_place(printed)
    if place is not None:
        return EntityRef("place", text, place)
    return EntityRef("other", text, _person_name(printed) or printed)


# Lower-case words a surname may start with ("van Gogh", "de la Cruz").
_PARTICLES = frozenset(
    ["al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du",
     "ibn", "la", "le", "st.", "ten", "ter", "van", "von"]
)  # fmt: skip
# What follows a name after a comma without being its given names ("Smith, Jr.").
_SUFFIXES = frozenset(
    ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.", "esq", "esq."]
)
_COMPACT_INITIALS = re.compile(r"(?:[^\W\d_]\.){2,}")  # "J.K." written without spaces


def _word_shaped(word: str) -> bool:
    """A capitalised word of letters, an apostrophe, hyphen or period: "O'Brien", "Jean-Luc"."""
    return word[:1].isupper() and all(c.isalpha() or c in "'’-." for c in word)


def _given_names(words: list[str]) -> list[str] | None:
    """Given names and initials as a person's name writes them: "J.K." and "J" are "J. K."."""
    out: list[str] = []
    for word in words:
        if _COMPACT_INITIALS.fullmatch(word) and word[0].isupper():
            out += [f"{letter}." for letter in word[::2]]
        elif len(word.rstrip(".")) == 1 and word[0].isupper() and word[0].isalpha():
            out.append(f"{word[0]}.")
        elif _word_shaped(word) and word.lower() not in _SUFFIXES:
            out.append(word)
        else:
            return None
    return out


def _person_name(printed: str) -> str | None:
    """A person's name as "Given Surname", when written in catalogue form or with initials.

    Book and library data write authors "Austen, Jane" and "Rowling, J.K."; others
    write "Jane Austen" and "J. K. Rowling". Both are read as the latter, so they
    are one value. Catalogue form is one comma between a surname (one to three
    capitalised words, particles allowed) and one to three given names or initials,
    the part after the comma not a known place ("Springfield, Ohio" is not a
    person) nor a suffix ("Smith, Jr."). Compact initials before a surname ("J.K.
    Rowling") are spaced. Anything else is None: the name stays as written.

    >>> _person_name("Austen, Jane"), _person_name("Rowling, J.K."), _person_name("J.K. Rowling")
    ('Jane Austen', 'J. K. Rowling', 'J. K. Rowling')
    >>> _person_name("Springfield, Ohio"), _person_name("Smith, Jr."), _person_name("U.S. Steel")
    (None, None, None)
    """
    surname, comma, given = printed.partition(",")
    if comma:
        last, first = surname.split(), given.split()
        if (
            "," in given
            or not 1 <= len(last) <= 3
            or not 1 <= len(first) <= 3
            or not _word_shaped(last[-1])
            or not all(_word_shaped(w) or w.lower() in _PARTICLES for w in last)
            or canonical_place(given.strip()) is not None
        ):
            return None
        names = _given_names(first)
        return None if names is None else " ".join([*names, *last])
    words = printed.split()
    if (
        2 <= len(words) <= 4
        and _COMPACT_INITIALS.fullmatch(words[0])
        and canonical_place(words[0]) is None
        and all(map(_word_shaped, words[1:]))
    ):
        names = _given_names(words[:-1])
        return None if names is None else " ".join([*names, words[-1]])
    return None


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
    # A number too large for a float ("9" written 400 times) is kept as written, as a name.
    if _PLAIN_NUMBER.fullmatch(stripped) and math.isfinite(float(stripped.replace(",", ""))):
        number = float(stripped.replace(",", ""))
        return Quantity.exact(number, kind="number", precision=1.0 if "." not in stripped else None)
    minutes = parse_time(stripped)
    if minutes is not None:
        zoned = _CELL_ZONE.fullmatch(stripped)  # "07:40 UTC": the zone kept, printed with it
        zone = zoned["zone"] if zoned and parse_time(zoned["time"]) == minutes else None
        return Quantity.exact(minutes, kind="number", unit=TIME_UNIT, zone=zone)
    scaled = _foreign_scale(stripped, approx_window, near_window)
    if scaled is not None:  # before units: "5 Mio" is 5 million, not five of a unit "Mio"
        return scaled
    dates = find_dates(stripped)
    if len(dates) == 1 and _whole(stripped, dates[0][0], dates[0][1]) and dates[0][2].resolved:
        return dates[0][2]
    readings = find_readings(stripped)
    if len(readings) == 1 and _whole(stripped, readings[0][0], readings[0][1]):
        return readings[0][2]  # "Mw 6.3" is magnitude 6.3, as "M 6.3" is
    quantities = find_quantities(stripped, approx_window=approx_window, near_window=near_window)
    if len(quantities) == 1 and _whole(stripped, quantities[0][0], quantities[0][1]):
        return quantities[0][2]
    negated = _negative(stripped, approx_window, near_window)
    if negated is not None:
        return negated
    squared = _SQUARED_2.fullmatch(stripped)
    if squared is not None:  # "75 km2": the "2" is the square's, as in "km²"
        value = parse_value(f"{squared['n']} {squared['u']}²", approx_window=approx_window)
        if isinstance(value, Quantity):
            return value
    inches = _INCHES.fullmatch(stripped)
    if inches is not None:  # "2 in": in a cell, "in" after a figure can only be inches
        spelled = parse_value(f"{inches['n']} inches", approx_window=approx_window)
        if isinstance(spelled, Quantity):
            return attrs.evolve(spelled, unit="in")
    comma = _decimal_comma(stripped, approx_window, near_window)
    if comma is not None:
        return comma
    vague = VAGUE.get(stripped.casefold())
    if vague is not None:  # "scores" alone in a cell is a count, as "dozens" is
        return Quantity(
            vague[0], vague[1], high_open=True, kind="number", vague=stripped.casefold()
        )
    return _name(stripped)


# Scale abbreviations of other languages that tables exported there print after a figure:
# German "Mio." (Million) and "Mrd." (Milliarde), Swiss "Mia.", French "Md"/"Mds"
# (milliard), Italian, Dutch and Polish "mld" (miliardo). The milliard is a billion.
_FOREIGN_SCALE = re.compile(r"(?<=\d)\s*(?:(?P<m>Mio)|(?P<b>Mrd|Mia|Mds?|mld))\.?(?=\s|$)")


def _foreign_scale(text: str, approx_window: float, near_window: float) -> Quantity | None:
    """A figure with a scale abbreviation of another language ("4,2 Mrd. EUR"), or None."""
    if _FOREIGN_SCALE.search(text) is None:
        return None
    spelled = _FOREIGN_SCALE.sub(lambda m: " million" if m["m"] else " billion", text, count=1)
    value = parse_value(spelled, approx_window=approx_window, near_window=near_window)
    return value if isinstance(value, Quantity) else None


# A zone's abbreviation after a time in a cell: "07:40 UTC", "9:05 p.m. EDT", "11:00 (CET)".
_CELL_ZONE = re.compile(r"(?P<time>.*?[\d.mMnN])\s*\(?(?P<zone>UTC|GMT|[A-Z]{1,3}[SD]?T)\)?")
_SQUARED_2 = re.compile(r"(?P<n>.*\d)\s*(?P<u>km|mi|m|ft)2")
_INCHES = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*in\.?")
# A comma with one or two digits after it, and no digit or separator on either side: no
# thousands separator (they group three digits), so a decimal comma ("3,4 million").
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d.,])")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+,\d+")


def _decimal_comma(text: str, approx_window: float, near_window: float) -> Quantity | None:
    """A figure written with a decimal comma and a currency, scale or unit ("€3,4 million").

    Where the comma is the decimal mark, "3,4 million" is 3.4 million. Only when the
    comma can be no thousands separator, there is one such figure, and something
    besides it says it is an amount ("3,4" alone may be a list of two numbers).
    """
    grouped = _DOT_GROUPED.fullmatch(text)
    if grouped is not None:  # "2.671,8": dots group thousands, so the comma is the decimal
        return Quantity.exact(float(grouped[0].replace(".", "").replace(",", ".")), kind="number")
    if len(_COMMA_DECIMAL.findall(text)) != 1:
        return None
    point = _COMMA_DECIMAL.sub(r"\1.\2", text)
    # A cell that is only the figure ("3,6") is one figure, no list: a value cell holds one
    # value, and a thousands separator groups three digits.
    if not any(c.isalpha() or c in "$€£¥" for c in point) and not _COMMA_DECIMAL.fullmatch(text):
        return None
    value = parse_value(point, approx_window=approx_window, near_window=near_window)
    return value if isinstance(value, Quantity) else None


# A negative amount as tables write it: a minus sign before the figure or its currency
# ("-$63 million", "−$3m"), or accounting's parentheses ("($63 million)", "$(0.17)").
_MINUS = re.compile(r"[-−–]\s*(?P<inner>[^-−–].*)", re.DOTALL)
_BRACKETED = re.compile(r"(?P<sign>[^\d\s(]{0,3})\(\s*(?P<inner>[^()]+?)\s*\)")


def _negative(text: str, approx_window: float, near_window: float) -> Quantity | None:
    """A negative number or amount of money, or None when ``text`` is not one."""
    match = _MINUS.fullmatch(text) or _BRACKETED.fullmatch(text)
    if match is None:
        return None
    inner = match.groupdict().get("sign", "") + match["inner"]
    if not any(c.isdigit() for c in inner):
        return None
    value = parse_value(inner, approx_window=approx_window, near_window=near_window)
    if (
        not isinstance(value, Quantity)
        or value.kind not in {"number", "money"}
        or value.unit
        or not value.is_exact
    ):
        return None  # "-" before a date, a time, a name, "12 kg" or a bound is not a sign
    return attrs.evolve(
        value,
        low=None if value.high is None else -value.high,
        high=None if value.low is None else -value.low,
        low_open=value.high_open,
        high_open=value.low_open,
    )


def _where(row: object, number: int, *, column_missing: bool = False) -> str:
    """Where a row stands, for a message: its file and line when read from one, else its number."""
    if isinstance(row, Record):
        return row.where(column_missing=column_missing)
    return f"row {number}"


def _separator_hint(row: Mapping[Any, Any], column: str) -> str:
    """Advice when the header names the column, glued to others by a separator not read."""
    for key in map(str, row):
        for mark, name in ((";", "';'"), ("|", "'|'"), ("\t", "a tab"), (":", "':'")):
            if mark in key and column.casefold() in map(str.casefold, key.split(mark)):
                return (
                    f"the file seems to use {name} as its separator, not a comma:"
                    " save it with commas between cells (or tabs, as a .tsv file)"
                )
    return ""


def _cell(row: Mapping[str, Any], column: str, number: int) -> str:
    try:
        found = row[column]
    except KeyError:
        where = _where(row, number, column_missing=True)
        fix = _separator_hint(row, column) or (
            "name the columns with the source=, subject=, attribute= and value= keywords"
        )
        raise InvalidSourceError(
            f"{where} has no column {column!r}; it has {', '.join(map(str, row)) or 'none'}: {fix}"
        ) from None
    except TypeError:
        raise InvalidSourceError(
            f"row {number} must be a mapping of column to value, got {type(row).__name__}:"
            " give rows as mappings ({'source': ..., 'subject': ..., 'attribute': ...,"
            " 'value': ...}), or read a file with reconcile.read_records(path)"
        ) from None
    return "" if found is None else str(found)


_IDS = ("source", "subject", "attribute")


def _text_cell(cell: object, row: Mapping[str, Any], column: str, number: int, what: str) -> str:
    """A cell that is not a string as one: None is "", a number its digits; others refused.

    In a JSON-lines file an id (source, subject, attribute) must be a string: 5 and
    5.0 would be two ids, so a number there is refused too.
    """
    if cell is None:
        return ""
    json_id = what in _IDS and isinstance(row, Record) and row.header is None
    if isinstance(cell, int | float) and not isinstance(cell, bool) and not json_id:
        return str(cell)
    shown = json.dumps(cell) if isinstance(cell, bool | int | float) else type(cell).__name__
    fix = (
        f"write it as a string ({json.dumps(str(cell))})"
        if json_id and isinstance(cell, int | float)
        else "give a string or a number (None states nothing)"
    )
    raise InvalidSourceError(
        f"{_where(row, number)}: the {what} in column {column!r} is {shown}, not"
        f" {'a string' if what in _IDS else 'a value'}: {fix}"
    )


Row = tuple[str, str, str, str]  # (source, subject, attribute, value)


def _named(row: object, columns: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """The columns as a row names them: a column it lacks, by its one name that differs in case.

    A header "Source,Subject,Attribute,Value" names the columns "source" and so on;
    subjects and attributes are matched with case folded, and so are column names
    the row does not hold as given. A name matched twice ("Value" and "VALUE") is left
    as given, so the row is refused naming it.
    """
    if not isinstance(row, Mapping) or all(column in row for column in columns):
        return columns
    folded: dict[str, list[str]] = {}
    for key in row:
        if isinstance(key, str):
            folded.setdefault(key.strip().casefold(), []).append(key)
    named = []
    for column in columns:
        found = folded.get(column.strip().casefold(), [])
        named.append(found[0] if column not in row and len(found) == 1 else column)
    return (named[0], named[1], named[2], named[3])


def _rows(rows: Iterable[Mapping[str, Any]], columns: tuple[str, str, str, str]) -> list[Row]:
    """The cells of each row, each a string (None as ""), its source stripped and not blank."""
    rows = rows if isinstance(rows, list) else list(rows)
    if rows:
        columns = _named(rows[0], columns)
    try:  # the common case in one pass in C: every row a mapping with every column
        found: list[Row] = list(map(operator.itemgetter(*columns), rows))
    except (KeyError, TypeError):
        return _checked_rows(rows, columns)  # raises, naming the row
    kinds = set(map(type, itertools.chain.from_iterable(found)))
    sources = set(map(operator.itemgetter(0), found))
    if kinds <= {str} and all(s and s == s.strip() for s in sources):
        return found  # every cell a string and every source named and stripped: as they came
    return _checked_rows(rows, columns)


def _checked_rows(rows: list[Mapping[str, Any]], columns: tuple[str, str, str, str]) -> list[Row]:
    """:func:`_rows` row by row: other cells made strings, sources stripped, errors named."""
    found: list[Row] = []
    source_column, subject_column, attribute_column, value_column = columns
    for number, row in enumerate(rows, start=1):
        try:
            cells = (row[source_column], row[subject_column], row[attribute_column],
                     row[value_column])  # fmt: skip
        except (KeyError, TypeError):
            for column in columns:  # raises, naming the first column missing
                _cell(row, column, number)
            raise
        source, subject, attribute, value = (
            cell if type(cell) is str else _text_cell(cell, row, column, number, what)
            for cell, column, what in zip(cells, columns, (*_IDS, "value"), strict=True)
        )
        source = source.strip()
        if not source:
            raise InvalidSourceError(
                f"{_where(row, number)} names no source in column {columns[0]!r}:"
                " give every row its source"
            )
        found.append((source, subject, attribute, value))
    return found


@attrs.define
class _Table:
    """The rows as sources and claims, the claims numbered and grouped into facts.

    Each distinct value text is parsed once, and values that are equal share one
    number (``vid``): ``values[vid]``, its words ``words[vid]``, and ``keys[vid]``, a
    number shared by the values of one :func:`value_key` (a small int hashes faster
    than the key's tuple). Claims are columns, in (source, offset) order: the number of
    the claim's source in ``sources``, where its span ends and its line starts, its
    value as written and its ``vid``. ``facts`` maps (subject, attribute) to its claims'
    numbers, in (source, offset) order.
    """

    sources: list[Source]
    claim_source: list[int]
    claim_end: array.array[int]
    claim_line: array.array[int]
    claim_text: list[str]
    claim_vid: list[int]
    facts: dict[tuple[str, str], list[int]]
    values: list[Value]
    words: list[str]
    keys: list[int]


def _table(rows: list[Row], settings: Settings) -> _Table:
    """A source per source name, its text its rows; the claims by (subject, attribute).

    The rows are taken by source in sorted order, and each source's rows sorted (by
    subject, attribute and value), so the report does not depend on the order rows came
    in. ``rows`` is emptied.
    """
    table = _Table([], [], array.array("q"), array.array("q"), [], [], {}, [], [], [])
    by_source: dict[str, list[Row]] = {}
    for row in rows:
        group = by_source.get(row[0])
        if group is None:
            group = by_source[row[0]] = []
        group.append(row)
    rows.clear()
    vid_of_text: dict[str, int] = {}
    vid_of_value: dict[Value, int] = {}
    key_ids: dict[Hashable, int] = {}
    facts = table.facts
    add_end = table.claim_end.append
    add_line, add_text, add_vid = (
        table.claim_line.append,
        table.claim_text.append,
        table.claim_vid.append,
    )
    values = table.values
    claims = 0
    for number, source_id in enumerate(sorted(by_source)):
        group = by_source.pop(source_id)
        group.sort()
        lines = [f"{subject}{_SEPARATOR}{attribute}{_SEPARATOR}{value}"
                 for _, subject, attribute, value in group]  # fmt: skip
        # Where each line ends: the lengths of the lines so far, plus a newline after each.
        ends = map(operator.add, itertools.accumulate(map(len, lines)), itertools.count())
        at = 0
        swapped = _day_first(list(map(operator.itemgetter(3), group)))
        for (_, subject, attribute, value), end in zip(group, ends, strict=True):
            read = swapped.get(value, value) if swapped else value
            vid = vid_of_text.get(read)
            # An empty cell, or one marking a value missing ("N/A"), states nothing; its line
            # stays.
            if vid is None and value.strip() and value.strip().casefold() not in MISSING:
                parsed = parse_value(
                    read, approx_window=settings.approx_window, near_window=settings.near_window
                )
                vid = vid_of_value.setdefault(parsed, len(values))
                if vid == len(values):
                    values.append(parsed)
                    table.words.append(parsed.describe())
                    key = value_key(_judged(parsed))  # "3 days" and "72 hours": one value
                    table.keys.append(key_ids.setdefault(key, len(key_ids)))
                vid_of_text[read] = vid
            if vid is not None:
                key = (subject, attribute)
                members = facts.get(key)
                if members is None:
                    members = facts[key] = []
                members.append(claims)
                claims += 1
                # The claim as columns: its span is the value, at the end of its line.
                add_end(end)
                add_line(at)
                add_text(value)
                add_vid(vid)
            at = end + 1
        table.claim_source.extend(itertools.repeat(number, claims - len(table.claim_source)))
        text = "\n".join(lines)
        # Every row is read, so all of the text is body.
        zones = (Zone("body", 0, len(text)),) if text else ()
        table.sources.append(Source(source_id, text, zones=zones))
    return table


# What a table writes in a cell to say it holds no value: read as an empty cell, so never
# a claim that conflicts with the figures of others.
MISSING = frozenset(
    ["n/a", "n.a.", "na", "n/k", "-", "--", "—", "–", "?", "unknown", "not available",
     "not known", "not reported", "null", "nan", "tbd", "tba"]
)  # fmt: skip


_YEAR = re.compile(r"\s*(1\d{3}|20\d{2})\s*")  # 1000 to 2099, written as four digits


def _a_year(value: Value) -> bool:
    """Whether a value could be a bare year: a whole number from 1000 to 2099, no unit."""
    return (
        isinstance(value, Quantity)
        and value.kind == "number"
        and value.unit is None
        and value.currency is None
        and value.low is not None
        and value.low == value.high
        and value.low.is_integer()
        and 1000 <= value.low <= 2099  # the years _YEAR reads
    )


def _years_as_dates(table: _Table) -> None:
    """Read a bare four-digit year as that year where its attribute's values are dates.

    "1999" alone is the number 1,999, but under an attribute whose other values are
    dates ("Jan 1999", "2001-05-04") it is the year 1999, and agrees with "Jan 1999"
    at coarser precision. Only where the attribute (across its subjects, case aside)
    holds a date and no number other than such years; the claims' text stays as
    written. Changes ``table`` in place.
    """
    values = table.values
    if not any(map(_a_year, values)) or not any(
        isinstance(v, DateRange) and v.start is not None for v in values
    ):
        return  # the common case: no year-like number, or no date at all
    by_attribute = _claims_by(table, 1)
    vid_of: dict[Value, int] | None = None
    key_of: dict[Hashable, int] = {}
    for claims in by_attribute.values():
        kinds = {claim: values[table.claim_vid[claim]] for claim in claims}
        years = [c for c, v in kinds.items() if _a_year(v) and _YEAR.fullmatch(table.claim_text[c])]
        if not years:
            continue
        year_set = set(years)
        others = [v for c, v in kinds.items() if c not in year_set]
        if not any(isinstance(v, DateRange) and v.start is not None for v in others) or any(
            isinstance(v, Quantity) for v in others
        ):
            continue
        if vid_of is None:
            vid_of = {value: vid for vid, value in enumerate(values)}
            key_of = {value_key(value): key for value, key in zip(values, table.keys, strict=True)}
        for claim in years:
            year = int(table.claim_text[claim])
            date = DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
            vid = vid_of.setdefault(date, len(values))
            if vid == len(values):
                values.append(date)
                table.words.append(date.describe())
                table.keys.append(key_of.setdefault(value_key(date), max(table.keys) + 1))
            table.claim_vid[claim] = vid


def _adder(table: _Table) -> Callable[[Value], int]:
    """A function giving a value's number in ``table``, adding the value when it is new."""
    vid_of = {value: vid for vid, value in enumerate(table.values)}
    key_of = {value_key(_judged(v)): key for v, key in zip(table.values, table.keys, strict=True)}

    def add(value: Value) -> int:
        vid = vid_of.setdefault(value, len(table.values))
        if vid == len(table.values):
            table.values.append(value)
            table.words.append(value.describe())
            key = value_key(_judged(value))
            table.keys.append(key_of.setdefault(key, max(table.keys, default=-1) + 1))
        return vid

    return add


_NONE = frozenset(["none", "nil", "no one", "nobody"])


def _none_as_zero(table: _Table) -> None:
    """Read "none" as 0 where its attribute's other values are plain figures.

    "none" alone is a name, but under an attribute whose other values (across its
    subjects, case aside) are all plain figures ("3", "12"), it says there were
    none: 0, so "none" and "0" agree. The claims' text stays as written. Changes
    ``table`` in place.
    """
    texts, vids, values = table.claim_text, table.claim_vid, table.values
    if not any(text.strip().casefold() in _NONE for text in texts):
        return
    by_attribute = _claims_by(table, 1)
    add: Callable[[Value], int] | None = None
    for claims in by_attribute.values():
        nones = [c for c in claims if texts[c].strip().casefold() in _NONE]
        others = [values[vids[c]] for c in claims if texts[c].strip().casefold() not in _NONE]
        if not nones or not others or not all(map(_a_plain_number, others)):
            continue
        add = add or _adder(table)
        zero = add(Quantity.exact(0.0, kind="number", precision=1.0))
        for claim in nones:
            vids[claim] = zero


def _claims_by(table: _Table, part: int) -> dict[str, list[int]]:
    """The table's claims by their subject (``part`` 0) or attribute (1), case aside."""
    out: dict[str, list[int]] = {}
    for key, claims in table.facts.items():
        out.setdefault(key[part].casefold(), []).extend(claims)
    return out


def _yearless_dates(table: _Table) -> None:
    """Read a month and day with no year ("Jun 17") in the year of its subject's other dates.

    A table that writes "Jun 17" beside "2025-06-17" for the same subject means the
    same year: when every full date of that subject (any attribute, case aside) falls
    in one year, the month and day are read in it. Otherwise the cell stays as
    written. The claims' text stays as written. Changes ``table`` in place.
    """
    texts, vids, values = table.claim_text, table.claim_vid, table.values
    partial: dict[int, str] = {}
    for claim, text in enumerate(texts):
        if isinstance(values[vids[claim]], EntityRef) and any(c.isdigit() for c in text):
            found = find_dates(text.strip())
            if (
                len(found) == 1
                and not found[0][2].resolved
                and found[0][2].granularity == "day"
                and _whole(text.strip(), found[0][0], found[0][1])
                and _MONTH_DAY.fullmatch(found[0][2].relative or "")
            ):
                partial[claim] = found[0][2].relative or ""
    if not partial:
        return
    by_subject = _claims_by(table, 0)
    add: Callable[[Value], int] | None = None
    for claims in by_subject.values():
        wanted = [c for c in claims if c in partial]
        years = {
            value.start.year
            for value in (values[vids[c]] for c in claims)
            if isinstance(value, DateRange)
            and value.start is not None
            and value.end is not None
            and value.start.year == value.end.year
        }
        if not wanted or len(years) != 1:
            continue
        year = years.pop()
        for claim in wanted:
            dated = find_dates(f"{partial[claim]}, {year}")
            if len(dated) == 1 and dated[0][2].resolved:
                add = add or _adder(table)
                vids[claim] = add(dated[0][2])


_MONTH_DAY = re.compile(r"[A-Z][a-z]+ \d{1,2}")  # "June 3", as the date code writes it


_GLUED_M = re.compile(r"(.*\d)m\s*")  # "2.5m", "about 1.2m": "m" glued to the figure


def _a_plain_number(value: Value) -> bool:
    """Whether a value is a figure with no unit nor currency ("1,234,567", "2.5 million")."""
    return (
        isinstance(value, Quantity)
        and value.kind in ("number", "count")
        and value.unit is None
        and value.currency is None
    )


def _glued_millions(table: _Table, settings: Settings) -> None:
    """Read a figure with "m" glued ("2.5m") as millions where its attribute counts in millions.

    "2.5m" alone is 2.5 metres, but under an attribute whose other values are plain
    figures, one of them at least 100,000 ("2,500,000", "2.1 million"), it is the
    "2.5 million" of population and money tables. Only where no other value of the
    attribute has a unit; the claims' text stays as written. Changes ``table`` in place.
    """
    values = table.values
    if not any(isinstance(v, Quantity) and v.unit == "m" for v in values):
        return  # the common case: no figure in metres
    by_attribute = _claims_by(table, 1)
    vid_of: dict[Value, int] | None = None
    key_of: dict[Hashable, int] = {}
    for claims in by_attribute.values():
        kinds = {claim: values[table.claim_vid[claim]] for claim in claims}
        glued = [
            c
            for c, v in kinds.items()
            if isinstance(v, Quantity) and v.unit == "m" and _GLUED_M.fullmatch(table.claim_text[c])
        ]
        if not glued:
            continue
        glued_set = set(glued)
        others = [v for c, v in kinds.items() if c not in glued_set]
        if not others or not all(map(_a_plain_number, others)):
            continue
        if not any(isinstance(v, Quantity) and (v.high or v.low or 0) >= 100_000 for v in others):
            continue
        if vid_of is None:
            vid_of = {value: vid for vid, value in enumerate(values)}
            key_of = {value_key(value): key for value, key in zip(values, table.keys, strict=True)}
        for claim in glued:
            figure = table.claim_text[claim].rstrip()[:-1]  # "2.5m" -> "2.5", matched above
            millions = parse_value(
                f"{figure} million",
                approx_window=settings.approx_window,
                near_window=settings.near_window,
            )
            if not _a_plain_number(millions):
                continue
            vid = vid_of.setdefault(millions, len(values))
            if vid == len(values):
                values.append(millions)
                table.words.append(millions.describe())
                table.keys.append(key_of.setdefault(value_key(millions), max(table.keys) + 1))
            table.claim_vid[claim] = vid


def _columns(table: _Table, keys: Sequence[tuple[str, str]]) -> tuple[ClaimColumns, list[int]]:
    """The claims as columns in fact order, facts in ``keys`` order, and where each fact starts.

    Fact ``f``'s claims are ``start[f] .. start[f + 1]``, in (source, offset) order.
    """
    order = list(itertools.chain.from_iterable(map(table.facts.__getitem__, keys)))
    start = [0, *itertools.accumulate(len(table.facts[key]) for key in keys)]
    columns = ClaimColumns(
        source_ids=[s.id for s in table.sources],
        source=list(map(table.claim_source.__getitem__, order)),
        end=array.array("q", map(table.claim_end.__getitem__, order)),
        line=array.array("q", map(table.claim_line.__getitem__, order)),
        text=list(map(table.claim_text.__getitem__, order)),
        vid=list(map(table.claim_vid.__getitem__, order)),
        values=table.values,
    )
    return columns, start


_SLASH_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\s*")


def _day_first(texts: list[str]) -> dict[str, str]:
    """A source's ambiguous slash dates as month-first text, when it writes day first.

    "03/04/2025" is 4 March or 3 April; one source writes all its dates one way. When
    some of its dates can only be day-first ("13/04/2025") and none only month-first
    ("04/13/2025"), its ambiguous ones are read day-first too: {"03/04/2025":
    "04/03/2025"}. Otherwise (no evidence, or both ways) each is read month-first, as
    the value code reads it.
    """
    day_first = month_first = False
    ambiguous: dict[str, str] = {}
    for value in itertools.compress(texts, map(operator.contains, texts, itertools.repeat("/"))):
        match = _SLASH_DATE.fullmatch(value)
        if match is None:
            continue
        first, second = int(match[1]), int(match[2])
        if first > 12:
            day_first = True
        elif second > 12:
            month_first = True
        else:
            ambiguous[value] = f"{match[2]}/{match[1]}/{match[3]}"
    return ambiguous if day_first and not month_first else {}


def _key_name(name: str) -> str:
    return _SPACES.sub(" ", name.strip()).casefold()


_STRAY = re.compile(r"^\s|\s$|\s\s|[^\S ]")  # space at an end, a run, or a tab or newline


def _merged_facts(facts: dict[tuple[str, str], list[int]]) -> dict[tuple[str, str], list[int]]:
    """The facts by subject and attribute, one fact whatever their spacing and case.

    "UA100", "UA100 " and "ua100" name one flight, and "Departure" and "departure" one
    attribute: they are matched with spaces stripped, runs of them one space, and case
    folded (as :class:`Hierarchy` matches names). A fact spelt one way keeps that
    spelling as written; one spelt several ways prints the spelling that needs no
    cleaning, first in sort order ("UA100" before "ua100"), its spaces cleaned. A
    source's rows keep their own spelling. Claims stay in (source, offset) order,
    which is the order of their numbers.
    """
    cleaned: dict[str, str] = {}

    def clean(name: str) -> str:
        found = cleaned.get(name)
        if found is None:
            found = cleaned[name] = _SPACES.sub(" ", name.strip()) if _STRAY.search(name) else name
        return found

    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for raw in facts:
        folded = (clean(raw[0]).casefold(), clean(raw[1]).casefold())
        groups.setdefault(folded, []).append(raw)
    if len(groups) == len(facts):
        return facts  # every fact spelt one way: as they are
    merged: dict[tuple[str, str], list[int]] = {}
    for raws in groups.values():
        if len(raws) == 1:
            merged[raws[0]] = facts[raws[0]]
            continue
        subject, attribute = min(
            raws, key=lambda r: (clean(r[0]) != r[0] or clean(r[1]) != r[1], r)
        )
        merged[clean(subject), clean(attribute)] = sorted(
            itertools.chain.from_iterable(map(facts.__getitem__, raws))
        )
    return merged


def _pair(pair: object) -> tuple[object, object] | None:
    """``pair`` as its two items, or None when it is not two items (a str is not a pair)."""
    if isinstance(pair, str | bytes) or not isinstance(pair, Iterable):
        return None
    items = tuple(itertools.islice(pair, 3))
    return (items[0], items[1]) if len(items) == 2 else None


class HierarchyCycleWarning(UserWarning):
    """A hierarchy whose names form a cycle: "a" within "b" within "a".

    Usually a mistake (a pair given both ways round), so it is said; but not refused,
    because names are not places: a data set's own tree can name a city after the
    region or country above it ("Mexico" the city within "D.F." within "Mexico" the
    country), and by name that is a cycle. Names on a cycle contain each other.
    """


def _cycle(parents: Mapping[str, set[str]]) -> list[str]:
    """A cycle of names, each within the next, the first repeated at the end; else []."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for root in sorted(parents):
        if root in state:
            continue
        path = [root]
        todo = [iter(sorted(parents[root]))]
        state[root] = 1
        while todo:
            name = next(todo[-1], None)
            if name is None:
                state[path.pop()] = 2
                todo.pop()
            elif state.get(name) == 1:
                return [*path[path.index(name) :], name]
            elif name not in state:
                state[name] = 1
                path.append(name)
                todo.append(iter(sorted(parents[name])))
    return []


class Hierarchy:
    """Which names lie within which: ``(narrower, broader)`` pairs, containment transitive.

    A name may have several broader names (two places called "Springfield"), and
    names are matched ignoring case and runs of spaces. Used by :func:`compare_records`
    (its ``hierarchy`` keyword) for values at different levels of a place hierarchy, or
    any other: a value within another agrees with it, and the broader one's support
    goes to the narrower (see :mod:`reconcile.truth`).

    >>> h = Hierarchy([("Minneapolis", "Minnesota"), ("Minnesota", "USA")])
    >>> h.contains("usa", "Minneapolis"), h.contains("Minneapolis", "USA")
    (True, False)
    >>> h.contains("USA", "Atlantis") is None
    True
    """

    def __init__(self, pairs: Mapping[str, str] | Iterable[tuple[str, str]]) -> None:
        """Read the pairs: a mapping from each name to its broader name, or (narrower, broader).

        Raises:
            SettingsError: ``pairs`` is not pairs (a str, a number), an entry is not a
                pair of names.

        Warns:
            HierarchyCycleWarning: the names form a cycle ("a" within "b" within "a"),
                naming it.
        """
        given: object = pairs  # what a caller passes is not always what the types say
        if isinstance(given, str | bytes) or not isinstance(given, Mapping | Iterable):
            raise SettingsError(
                "a hierarchy must be a Hierarchy, a mapping of name to broader name, or"
                f" (narrower, broader) pairs; got {type(pairs).__name__}:"
                ' for example [("Minneapolis", "Minnesota"), ("Minnesota", "USA")]'
            )
        items = pairs.items() if isinstance(pairs, Mapping) else pairs
        self._parents: dict[str, set[str]] = {}
        printed: dict[str, str] = {}
        for number, pair in enumerate(items, start=1):
            both = _pair(pair)
            if both is None:
                raise SettingsError(
                    f"hierarchy entry {number} must be a (narrower, broader) pair, got {pair!r}"
                )
            narrower, broader = both
            inner, outer = _key_name(str(narrower)), _key_name(str(broader))
            if not inner or not outer:
                raise SettingsError(f"hierarchy entry {number} names a blank name: {pair!r}")
            printed.setdefault(inner, str(narrower).strip())
            printed.setdefault(outer, str(broader).strip())
            parents = self._parents.setdefault(inner, set())
            if inner != outer:  # a name lies within itself already ("New York" in "New York")
                parents.add(outer)
            self._parents.setdefault(outer, set())
        cycle = _cycle(self._parents)
        if cycle:  # said, not refused: real hierarchies hold them (see HierarchyCycleWarning)
            path = " within ".join(printed[name] for name in cycle)
            warnings.warn(
                f"the hierarchy has a cycle: {path}; those names are taken to contain each"
                " other, so values naming them agree. Two places of one name at different"
                " levels make such a cycle; otherwise remove one of these pairs",
                HierarchyCycleWarning,
                stacklevel=caller_stacklevel(),
            )
        self._ancestors: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        """How many names the hierarchy knows."""
        return len(self._parents)

    def ancestors(self, name: str) -> frozenset[str]:
        """Every name that contains ``name`` (case-folded), transitively; empty if unknown."""
        key = _key_name(name)
        found = self._ancestors.get(key)
        if found is None:
            seen: set[str] = set()
            todo = [key]
            while todo:
                for parent in self._parents.get(todo.pop(), ()):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found = self._ancestors[key] = frozenset(seen)
        return found

    def contains(self, outer: str, inner: str) -> bool | None:
        """Whether ``inner`` lies within ``outer`` (a name lies within itself); None if unknown."""
        big, small = _key_name(outer), _key_name(inner)
        if big not in self._parents or small not in self._parents:
            return None
        return big == small or big in self.ancestors(small)


# Units tables abbreviate, as the judge's unit words: "2 in" is 2 inches, "20 sq mi" 20
# square miles. Keys are case folded.
_SPELLED = {
    "in": "inches", "in.": "inches", "mi": "miles", "mi.": "miles", "yd": "yards",
    "yds": "yards", "gal": "gallons", "gals": "gallons", "l": "litres", "g": "grams",
    "t": "tonnes", "ac": "acres", "sq mi": "square miles", "sq. mi.": "square miles",
    "mi²": "square miles", "mi2": "square miles", "km²": "square km", "km2": "square km",
    "m²": "square m", "m2": "square m", "ft²": "square ft", "ft2": "square ft",
    "sq m": "square m", "kmh": "kph", "km/hr": "kph", "km/h": "kph",
}  # fmt: skip
# Spans of time, in hours: a cell of "3 days" and one of "72 hours" state one span. The
# words a table writes, each to the judge's name of its unit (:data:`reconcile.judge.MINUTES`).
_TIME_WORDS = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second", "s": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour",
    "day": "day", "days": "day", "d": "day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week",
}  # fmt: skip
_HOURS = {word: MINUTES[unit] / 60 for word, unit in _TIME_WORDS.items()}


def _judged(value: Value) -> Value:
    """A value as records judge it: its unit spelled, a span of time in hours.

    "2 in" is compared as "2 inches" and "20 sq mi" as "20 square miles", whose units
    the judge converts; a span of time ("3 days", "90 min") as its hours, so spans in
    different units compare. A figure exact in its unit stays exact ("3 days" is 72
    hours, not 60 to 84). Anything else is returned as it is.
    """
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return value
    unit = value.unit.casefold()
    factor = _HOURS.get(unit)
    if factor is not None:
        step = value.precision
        return attrs.evolve(
            value,
            unit="hours",
            low=None if value.low is None else value.low * factor,
            high=None if value.high is None else value.high * factor,
            precision=step * factor if step and step > 1 else step,
        )
    spelled = _SPELLED.get(unit)
    return value if spelled is None else attrs.evolve(value, unit=spelled)


def _compatible(a: Value, b: Value, hierarchy: Hierarchy | None) -> bool:
    """:func:`reconcile.judge.compatible`, names first checked against the caller's hierarchy.

    A time of day is never compatible with a plain number: "6:15 PM" is not "1,095".
    """
    if (
        isinstance(a, Quantity)
        and isinstance(b, Quantity)
        and (a.unit == TIME_OF_DAY) != (b.unit == TIME_OF_DAY)
    ):
        return False
    if hierarchy is not None and isinstance(a, EntityRef) and isinstance(b, EntityRef):
        inside = hierarchy.contains(a.name, b.name)
        if inside is not None:
            return inside or bool(hierarchy.contains(b.name, a.name))
    return compatible(_judged(a), _judged(b), place_contains=place_contains)


_PointKind = tuple[str | None, str | None, str | None]


def _fits(values: Sequence[Value], hierarchy: Hierarchy | None) -> Callable[[int, int], bool]:
    """Whether two values (by number) are compatible: :func:`_compatible`, each pair asked once.

    Two exact quantities that hold no other number (:func:`reconcile.truth._point`), of
    one unit and currency, are compatible just when their numbers are equal: that is
    what :func:`_compatible` finds for them, compared here without asking it.
    """
    points = list(map(_point, values))
    # Per value, (unit, currency, zone) when it is such a point: one tuple per such, shared.
    # A time's zone is in it: "10:15 CET" is "09:15 UTC", which the judge works out.
    shared: dict[_PointKind, _PointKind] = {}
    kinds = [
        None
        if number is None or not isinstance(value, Quantity)
        else shared.setdefault(
            (value.unit, value.currency, value.zone), (value.unit, value.currency, value.zone)
        )
        for value, number in zip(values, points, strict=True)
    ]
    known_at: dict[tuple[int, int], bool] = {}

    def fits(a: int, b: int) -> bool:
        x, y = points[a], points[b]
        if x is not None and y is not None and kinds[a] is kinds[b]:
            return not (x < y or y < x)
        pair = (a, b) if a < b else (b, a)
        known = known_at.get(pair)
        if known is None:
            known = known_at[pair] = _compatible(values[a], values[b], hierarchy)
        return known

    return fits


def _verdict(
    ids: Sequence[str],
    vids: Sequence[int],
    words: Sequence[str],
    values: Sequence[Value],
    fits: Callable[[int, int], bool],
    *,
    distinct_words: bool,
) -> Verdict:
    """What :func:`reconcile.judge.judge` says of claims from ``ids`` stating ``vids``.

    A record row is a statement of its own, not a reprinted sentence: identical rows
    from two sources are two origins, so a fact's origins are its distinct sources.
    ``distinct_words``: no two values have the same words.
    """
    holders: dict[int, dict[str, None]] = {}
    for source_id, vid in zip(ids, vids, strict=True):
        held = holders.get(vid)
        if held is None:
            holders[vid] = {source_id: None}
        else:
            held[source_id] = None
    if distinct_words or len({words[vid] for vid in holders}) == len(holders):
        support = [(words[vid], tuple(held)) for vid, held in holders.items()]
    else:  # values with the same words: their sources in claim order
        by_words: dict[str, dict[str, None]] = {}
        for source_id, vid in zip(ids, vids, strict=True):
            by_words.setdefault(words[vid], {})[source_id] = None
        support = [(w, tuple(held)) for w, held in by_words.items()]
    count = len(set(ids))
    distinct = list(holders)
    if count == 1:  # one source: and, when it states more than one value, which
        reason = (
            single_reason(
                ids[0],
                [words[v] for v in distinct],
                [values[v] for v in distinct],
                lambda x, y: fits(distinct[x], distinct[y]),
            )
            if len(distinct) > 1
            else f"only {ids[0]} states it"
        )
        return built_verdict("single", reason, count, support)
    for i, a in enumerate(distinct):
        for b in distinct[i + 1 :]:
            if not fits(a, b) and len(holders[a].keys() | holders[b].keys()) > 1:
                listing = sided_listing(
                    [(words[v], held) for v, held in holders.items()],
                    lambda x, y: fits(distinct[x], distinct[y]),
                )
                reason = f"{listing}: {why_conflict(values[a], values[b])}"
                return built_verdict("conflict", reason, count, support)
    return built_verdict("agree", agreement(count, count), count, support)


def _flat(columns: ClaimColumns, keys: Sequence[int], start: Sequence[int]) -> FlatClaims:
    """The claims as :mod:`reconcile.truth` reads them; ``keys[vid]`` numbers a value's key.

    Values go as records judge them (:func:`_judged`), so "3 in" and "76 mm" support each
    other in the estimate as they agree in the verdict.
    """
    judged = list(map(_judged, columns.values))
    return FlatClaims(
        fact_ids=[f"f{number}" for number in range(1, len(start))],
        start=start,
        source=columns.source,
        key=list(map(keys.__getitem__, columns.vid)),
        value=list(map(judged.__getitem__, columns.vid)),
        text=columns.text,
    )


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
    hierarchy: Hierarchy | Mapping[str, str] | Iterable[tuple[str, str]] | None = None,
) -> Report:
    """Reconcile claims held as records, fact by fact; estimate the truth of contested facts.

    Each row is one claim: ``row[source]`` states ``row[value]`` for the
    ``row[attribute]`` of ``row[subject]``. Claims with the same subject and
    attribute are one fact, matched with stray spaces stripped and case folded
    ("UA100 " and "ua100" are "UA100"; see :func:`_merged_facts`). An empty value
    states nothing and is skipped. Each source is its own origin: identical rows
    from two sources are not a reprint.
    A slash date such as "03/04/2025" is read month first unless its source writes
    other dates that can only be day first ("13/04/2025") and none only month first.

    Args:
        rows: mappings from column name to cell.
        source: the column naming who states the value.
        subject: the column naming what the value is about (a flight, a book, a city).
        attribute: the column naming what is measured (departure time, author).
        value: the column holding the value as written.
        settings: reading and judging settings.
        estimate: estimate the most likely value of each contested fact (its
            sources state more than one value: a conflict, or an agreement at
            different precision such as a city and its state) and each
            source's reliability (:mod:`reconcile.truth`).
        truth: the priors and iterations of truth estimation.
        hierarchy: which names lie within which, as a :class:`Hierarchy` or its
            ``(narrower, broader)`` pairs ("Minneapolis" within "Minnesota"): a
            value agrees with one that contains it, and the estimate prefers the
            narrower. Names it does not hold fall back to the gazetteer's places.

    Raises:
        InvalidSourceError: ``rows`` is not rows (a file's path: read it with
            :func:`read_records`), or a row lacks a column, names no source, or holds
            a cell that is no value (a list, a bool); the message names the row, by
            its file and line when it was read by :func:`read_records`.
        SettingsError: ``settings``, ``truth`` or ``hierarchy`` of the wrong type, or a
            hierarchy with a cycle.

    >>> report = compare_records([
    ...     {"source": "a", "subject": "UA 1", "attribute": "departs", "value": "6:15 PM"},
    ...     {"source": "b", "subject": "UA 1", "attribute": "departs", "value": "18:15"},
    ...     {"source": "c", "subject": "UA 1", "attribute": "arrives", "value": "9:00 PM"},
    ... ])
    >>> [(f.attribute, f.verdict.kind) for f in report.facts]
    [('arrives', 'single'), ('departs', 'agree')]
    """
    given: object = rows  # what a caller passes is not always what the types say
    if isinstance(given, str | bytes | os.PathLike):
        raise InvalidSourceError(
            f"compare_records takes rows, not a file's path ({os.fsdecode(given)!r}): pass"
            " reconcile.read_records(path), or a list of mappings of column to value"
        )
    if isinstance(given, Mapping) or not isinstance(given, Iterable):
        raise InvalidSourceError(
            f"compare_records takes rows (mappings of column to value), got one"
            f" {type(given).__name__}: pass a list of them, or reconcile.read_records(path)"
        )
    settings = checked_settings(settings)
    wanted: object = truth
    if wanted is not None and not isinstance(wanted, TruthSettings):
        fix = (
            "use TruthSettings.from_dict({...}) for a mapping"
            if isinstance(wanted, Mapping)
            else "pass TruthSettings(...) or leave it out for the defaults"
        )
        raise SettingsError(
            f"truth must be a reconcile.truth.TruthSettings, got {type(wanted).__name__}: {fix}"
        )
    if hierarchy is not None and not isinstance(hierarchy, Hierarchy):
        hierarchy = Hierarchy(hierarchy)
    contains = None if hierarchy is None else hierarchy.contains
    with collector_paused():
        found = _rows(rows, (source, subject, attribute, value))
        table = _table(found, settings)
        del found
        table.facts = _merged_facts(table.facts)
        _years_as_dates(table)
        _glued_millions(table, settings)
        _none_as_zero(table)
        _yearless_dates(table)
        keys = sorted(table.facts)
        sources, words, value_keys = table.sources, table.words, table.keys
        columns, start = _columns(table, keys)
        del table
        estimates: Mapping[str, Estimate] = {}
        if estimate:
            # No name keeps the flat arrays: estimate_flat frees them once it has read them.
            result = estimate_flat(
                _flat(columns, value_keys, start),
                columns.source_ids,
                truth or TruthSettings(),
                contains=contains,
            )
            estimates = result.estimates
            sources = [attrs.evolve(s, reliability=result.reliability[s.id]) for s in sources]
        fits = _fits(columns.values, hierarchy)
        distinct_words = len(set(words)) == len(words)
        ids = list(map(columns.source_ids.__getitem__, columns.source))
        vids, values = columns.vid, columns.values
        facts = []
        for number, (key, lo, hi) in enumerate(
            zip(keys, start, itertools.islice(start, 1, None), strict=False), start=1
        ):
            fact_id = f"f{number}"
            verdict = _verdict(
                ids[lo:hi], vids[lo:hi], words, values, fits, distinct_words=distinct_words
            )
            facts.append(
                columnar_fact(
                    fact_id,
                    columns,
                    lo=lo,
                    hi=hi,
                    verdict=verdict,
                    subject=key[0] or None,
                    attribute=key[1] or None,
                    estimate=estimates.get(fact_id),
                )
            )
        del ids
        return Report(sources, facts)


class Record(dict[str, Any]):
    """One row :func:`read_records` read: a dict of column to cell, which knows where it stands.

    ``file`` is the file it came from, ``line`` the line it starts on (counted from 1,
    blank lines included), and ``header`` the line of a CSV file's header row (None for
    JSON lines), so an error about the row names the line a reader can find.
    """

    __slots__ = ("file", "header", "line")

    file: str
    line: int
    header: int | None

    def where(self, *, column_missing: bool = False) -> str:
        """``"rows.csv line 4"``; a CSV column that is missing is missing from its header."""
        if column_missing and self.header is not None:
            return f"{self.file} line {self.header} (the header)"
        return f"{self.file} line {self.line}"


def _record(cells: Iterable[tuple[str, Any]], file: str, line: int, header: int | None) -> Record:
    record = Record(cells)
    record.file, record.line, record.header = file, line, header
    return record


def read_records(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Read records from a CSV file (with a header row) or a JSON-lines file (one object a line).

    A file ending in ``.jsonl``, ``.ndjson`` or ``.json`` is read as JSON lines, one
    ending in ``.tsv`` as tab-separated values; any other as CSV. The text is UTF-8
    (a byte-order mark is dropped), or UTF-16 when it starts with UTF-16's mark. In
    JSON lines a cell is a string, a number, or null (no value, as an empty cell
    is); ids (source, subject, attribute) must be strings (:func:`compare_records`
    checks them, knowing which columns they are). Each row is a :class:`Record`, a
    dict that knows its file and line, so errors about it name the line.

    Raises:
        InvalidSourceError: the file is missing, not UTF-8 or marked UTF-16, empty,
            holds no records (a header row alone), or is not records; the message
            names the file and, for a bad row, its line.
    """
    if not isinstance(path, str | os.PathLike) or not path:
        raise InvalidSourceError(
            f"read_records takes the path of one records file (a str or pathlib.Path),"
            f" got {type(path).__name__}: call it once per file and join the rows"
        )
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InvalidSourceError(
            f"cannot read records from {file}: {exc.strerror or exc}", source_id=file.stem
        ) from exc
    utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")  # either drops its mark
    except UnicodeDecodeError as exc:
        encoding = "UTF-16 (it starts with UTF-16's mark)" if utf16 else "UTF-8 text"
        raise InvalidSourceError(
            f"{file} is not {encoding} ({exc.reason} at byte {exc.start}): re-save it as UTF-8",
            source_id=file.stem,
        ) from exc
    if "\x00" in text:
        raise InvalidSourceError(
            f"{file} holds NUL characters: it is binary, or UTF-16 without its byte-order"
            " mark; re-save it as UTF-8",
            source_id=file.stem,
        )
    blank = not text.strip()
    rows = [] if blank else _json_lines(file, text) if _is_json(file) else _csv(file, text)
    if not rows:  # a CSV header alone is as empty as an empty file
        raise InvalidSourceError(
            f"{file} holds no records ({'it is empty' if blank else 'only a header row'}):"
            " give it one claim a row, or leave it out",
            source_id=file.stem,
        )
    return rows


def _is_json(file: Path) -> bool:
    return file.suffix.lower() in (".jsonl", ".ndjson", ".json")


def _json_kind(cell: object) -> str | None:
    """What a JSON cell is when it cannot be a value: "true", "a list", "an object"."""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, list):
        return "a list"
    if isinstance(cell, dict):
        return "an object"
    return None


def _json_lines(file: Path, text: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    name = str(file)
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
            fix = (
                ": write one object a line (JSON lines), not one JSON array"
                if isinstance(row, list)
                else ""
            )
            raise InvalidSourceError(
                f"{file} line {number} holds a {type(row).__name__}, not an object{fix}",
                source_id=file.stem,
            )
        for key, cell in row.items():
            kind = _json_kind(cell)
            if kind is not None:
                raise InvalidSourceError(
                    f"{file} line {number}: {key!r} is {kind}; a cell must be a string or a"
                    " number (null states nothing, as an empty cell does)",
                    source_id=file.stem,
                )
        rows.append(_record(row.items(), name, number, None))
    return rows


def _delimiter(file: Path, text: str) -> str:
    """The separator of a CSV file's cells: a comma, unless its header row says otherwise.

    A ``.tsv`` file is tab-separated. Spreadsheets exported where the comma is the
    decimal mark separate cells with ";"; others export tabs. A header line (the
    first that is not blank) with no comma but a ";" or a tab is read with that one.
    """
    if file.suffix.lower() == ".tsv":
        return "\t"
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "," in first:
        return ","
    found = [(first.count(mark), mark) for mark in (";", "\t") if mark in first]
    return max(found)[1] if found else ","


def _csv(file: Path, text: str) -> list[dict[str, Any]]:
    delimiter = _delimiter(file, text)
    reader = csv.reader(text.splitlines(keepends=True), strict=True, delimiter=delimiter)
    rows: list[dict[str, Any]] = []
    name = str(file)
    header: list[str] | None = None
    header_line = done = 0  # done: the line the row before ended on
    try:
        for cells in reader:
            line, done = done + 1, reader.line_num
            if not cells:  # a blank line
                continue
            if header is None:
                header, header_line = cells, line
                continue
            if len(cells) > len(header):
                raise InvalidSourceError(
                    f"{file} line {line} has more cells than the header has columns",
                    source_id=file.stem,
                )
            if len(cells) < len(header):
                raise InvalidSourceError(
                    f"{file} line {line} has fewer cells than the header has columns:"
                    " give every column a cell (an empty one states nothing)",
                    source_id=file.stem,
                )
            rows.append(_record(zip(header, cells), name, line, header_line))  # noqa: B905 - lengths checked above
    except csv.Error as exc:
        raise InvalidSourceError(
            f"{file} is not valid CSV (line {reader.line_num}): {exc}", source_id=file.stem
        ) from exc
    return rows
