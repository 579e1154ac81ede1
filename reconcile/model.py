"""The values every stage passes on: sources, spans, values, claims, facts, reports.

All classes are frozen, slotted attrs classes, validated when they are built, so a
value that exists is a value that makes sense: a span lies inside its text, a
quantity's low does not exceed its high, a date range does not end before it
starts. Each has ``to_dict()`` and ``from_dict()`` in the shape of the report
contract (docs/report-format.md), and :meth:`Report.to_json` is byte-deterministic.

Offsets are ``str`` indices into :attr:`Source.text` as read, so
``source.text[span.start:span.end]`` is always the quoted words.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, cast, get_args

import attrs

from reconcile import _json
from reconcile.errors import InvalidSpanError, InvalidValueError, ReportFormatError

if TYPE_CHECKING:
    import os

__all__ = [
    "Claim",
    "DateRange",
    "EntityRef",
    "Estimate",
    "Fact",
    "Link",
    "Quantity",
    "Report",
    "Source",
    "Span",
    "Story",
    "StoryLink",
    "Support",
    "Value",
    "Verdict",
    "Zone",
    "value_from_dict",
]

REPORT_FORMAT = 1

TIME_OF_DAY = "minute of day"
"""The unit of a time of day, a quantity of minutes after midnight ("6:15 PM" is 1095)."""
READING_UNITS = frozenset(("magnitude", "category", "rating"))
"""The units of a reading on a disaster's scale: a number read on the scale the unit names."""

ZoneKind: TypeAlias = Literal["header", "headline", "body", "furniture"]
QuantityKind: TypeAlias = Literal["count", "money", "percent", "number", "ordinal"]
Granularity: TypeAlias = Literal["day", "week", "month", "season", "quarter", "year", "decade"]
EntityKind: TypeAlias = Literal["person", "organization", "place", "nationality", "other"]
VerdictKind: TypeAlias = Literal["agree", "conflict", "single"]

_ZONE_KINDS = frozenset(get_args(ZoneKind))
_QUANTITY_KINDS = frozenset(get_args(QuantityKind))
_GRANULARITIES = frozenset(get_args(Granularity))
_ENTITY_KINDS = frozenset(get_args(EntityKind))
_VERDICT_KINDS = frozenset(get_args(VerdictKind))
_CURRENCY = re.compile(r"[A-Z]{3}")


# --- small helpers shared by the classes -------------------------------------------------


def _one_of(allowed: frozenset[str]) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value not in allowed:
            raise InvalidValueError(
                f"{attribute.name} must be one of {sorted(allowed)}, got {value!r}"
            )

    return check


def _number(value: float | None) -> int | float | None:
    """Write integral floats as ints so JSON reads "100", not "100.0"."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return float(value)


def _ordinal(value: float) -> str:
    """An ordinal in digits: 1 is "1st", 12 is "12th", 23 is "23rd" (a fraction as printed).

    >>> [_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']
    """
    if value != int(value):
        return _plain_number(value)
    n = int(value)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _plain_number(value: float | None, *, money: bool = False) -> str:
    """A number as a reader writes it: "80", "1,250", "3.5", "3 million", "1.25 billion".

    A scale word is used when the number has at most two decimals at that scale; the test
    rounds first, since 1.1e9 / 1e9 * 100 is 110.00000000000001 in binary floating point and
    "$1.1bn" must not print as "$1100 million". An amount of money below a million with cents
    keeps two decimals ("$4.10", not "$4.1").

    >>> _plain_number(1.1e9), _plain_number(4.6e6), _plain_number(1.15e9), _plain_number(1.1e8)
    ('1.1 billion', '4.6 million', '1.15 billion', '110 million')
    >>> _plain_number(4.1, money=True), _plain_number(1250.5), _plain_number(3)
    ('4.10', '1,250.5', '3')
    """
    number = _number(value)
    if number is None:
        return "?"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        hundredths = number / scale * 100
        if abs(number) >= scale and abs(hundredths - round(hundredths)) < 1e-6:
            return f"{round(hundredths) / 100:,g} {word}"
    if isinstance(number, int):
        return f"{number:,}"
    if money and abs(number) < 1e6 and abs(number * 100 - round(number * 100)) < 1e-6:
        return f"{number:,.2f}"
    return f"{number:,.6g}"


def _as_float(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidValueError(f"{what} must be a number or None, got {value!r}")
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        raise InvalidValueError(f"{what} must be finite (use None for unbounded), got {value!r}")
    return number


def _as_date(value: Any, what: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InvalidValueError(f"{what} must be a date or 'YYYY-MM-DD', got {value!r}")


def _low(value: Any) -> float | None:
    return _as_float(value, "low")


def _high(value: Any) -> float | None:
    return _as_float(value, "high")


def _precision(value: Any) -> float | None:
    return _as_float(value, "precision")


def _start(value: Any) -> dt.date | None:
    return _as_date(value, "start")


def _end(value: Any) -> dt.date | None:
    return _as_date(value, "end")


def _published(value: Any) -> dt.date | None:
    return _as_date(value, "published")


def _probability(value: Any, what: str) -> float:
    number = _as_float(value, what)
    if number is None or not 0 <= number <= 1:
        raise InvalidValueError(f"{what} must be a probability in [0, 1], got {value!r}")
    return number


def _reliability(value: Any) -> float | None:
    return None if value is None else _probability(value, "reliability")


def _confidence(value: Any) -> float:
    return _probability(value, "confidence")


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _zones(value: Iterable[Zone]) -> tuple[Zone, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _links(value: Iterable[Link]) -> tuple[Link, ...]:
    return tuple(value)


def _story_links(value: Iterable[StoryLink]) -> tuple[StoryLink, ...]:
    return tuple(value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _facts(value: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(value)


def _supports(value: Iterable[Support]) -> tuple[Support, ...]:
    return tuple(value)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _get(data: Mapping[str, Any], key: str, what: str) -> Any:
    try:
        return data[key]
    except KeyError:
        raise ReportFormatError(
            f"{what} lacks the field {key!r}; got fields {sorted(data)}"
        ) from None
    except TypeError:
        raise ReportFormatError(f"{what} must be a JSON object, got {data!r:.80}") from None


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# --- provenance ---------------------------------------------------------------------------


@attrs.frozen(repr=False)
class Span:
    """Half-open character offsets ``[start, end)`` into one source's text.

    The text is derived, never copied: ``source.text[span.start:span.end]``.

    >>> Span("a", 4, 7).slice("the cat sat")
    'cat'
    """

    source_id: str
    start: int = attrs.field()
    end: int = attrs.field()

    @start.validator
    def _check(self, _attribute: attrs.Attribute[int], start: int) -> None:
        if not isinstance(start, int) or not isinstance(self.end, int):
            raise InvalidSpanError(
                f"span offsets must be ints, got {start!r}..{self.end!r}", source_id=self.source_id
            )
        if start < 0 or self.end < start:
            raise InvalidSpanError(
                f"span {start}..{self.end} of source {self.source_id!r} is not a valid range:"
                " need 0 <= start <= end",
                source_id=self.source_id,
            )

    def __repr__(self) -> str:
        """Show the source and offsets, not a copy of the text."""
        return f"Span({self.source_id!r}, {self.start}, {self.end})"

    def __len__(self) -> int:
        """The number of characters the span covers."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The words this span covers in ``text`` (raises if it lies outside)."""
        if self.end > len(text):
            raise InvalidSpanError(
                f"span {self.start}..{self.end} lies outside source {self.source_id!r},"
                f" whose text has {len(text)} characters",
                source_id=self.source_id,
            )
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen
class Zone:
    """A stretch of a source's text and what it is: header, headline, body or page furniture.

    Extraction reads only ``body`` and ``headline`` zones; ``reason`` says why the
    stretch was classified as it was, so a user can see why a line was skipped.
    """

    kind: ZoneKind = attrs.field(validator=_one_of(_ZONE_KINDS))
    start: int = attrs.field()
    end: int = attrs.field()
    reason: str = ""

    @start.validator
    def _check(self, _attribute: attrs.Attribute[int], start: int) -> None:
        if start < 0 or self.end < start:
            raise InvalidSpanError(f"zone {start}..{self.end} is not a valid range")

    def to_dict(self) -> dict[str, Any]:
        """The zone as a JSON object."""
        return {"kind": self.kind, "start": self.start, "end": self.end, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Zone:
        """Read a zone written by :meth:`to_dict`."""
        return cls(
            kind=_get(data, "kind", "zone"),
            start=_get(data, "start", "zone"),
            end=_get(data, "end", "zone"),
            reason=data.get("reason", ""),
        )


def _check_inside(source_id: str, text: str, start: int, end: int, what: str) -> None:
    if end > len(text):
        raise InvalidSpanError(
            f"{what} {start}..{end} lies outside source {source_id!r},"
            f" whose text has {len(text)} characters",
            source_id=source_id,
        )


@attrs.frozen(repr=False)
class Source:
    """One account of the story: its text exactly as read, and what is known about it.

    Build one with :func:`reconcile.read` or :meth:`Source.from_file` /
    :meth:`Source.from_text`, which also detect metadata and mark the body; the
    plain constructor takes what it is given and detects nothing.

    Attributes:
        id: the file's stem, or the id given.
        text: the text exactly as read (UTF-8 decoded, a byte-order mark removed).
        outlet: who published it ("Bloomberg"), given or detected.
        published: the publication date, given or detected.
        place: the dateline place ("Chicago"), given or detected.
        url: where it came from, if known.
        detected: the names of the metadata fields that were detected, not given.
        zones: the stretches of text and their kind (header, body, furniture).
        sentences: the sentences of the body and headline zones, in text order.
        reliability: the probability that a value this source states is true, as
            truth estimation learned it across facts (:mod:`reconcile.truth`), or None.
    """

    id: str = attrs.field()
    text: str = attrs.field()
    outlet: str | None = None
    published: dt.date | None = attrs.field(default=None, converter=_published)
    place: str | None = None
    url: str | None = None
    detected: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    zones: tuple[Zone, ...] = attrs.field(default=(), converter=_zones)
    sentences: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    reliability: float | None = attrs.field(default=None, converter=_reliability)
    _month_day: tuple[int, int] | None = attrs.field(
        default=None, eq=False, kw_only=True, alias="_month_day"
    )
    """Internal: the month and day of a dateline that states no year ("LONDON, May 4 (UPI) -"),
    when ingest found no year for it; :func:`reconcile.compare` may date it from the other
    accounts of the story. Neither compared nor written to JSON."""

    @id.validator
    def _check_id(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValueError(f"a source id must be a non-empty string, got {value!r}")

    @text.validator
    def _check_text(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise InvalidValueError(
                f"the text of source {self.id!r} must be a str, got {type(value).__name__}",
            )

    @zones.validator
    def _check_zones(self, _attribute: attrs.Attribute[Any], zones: tuple[Zone, ...]) -> None:
        for zone in zones:
            _check_inside(self.id, self.text, zone.start, zone.end, f"{zone.kind} zone")

    @sentences.validator
    def _check_sentences(self, _attribute: attrs.Attribute[Any], spans: tuple[Span, ...]) -> None:
        for span in spans:
            if span.source_id != self.id:
                raise InvalidSpanError(
                    f"sentence {span!r} names source {span.source_id!r}, not {self.id!r}",
                    source_id=self.id,
                )
            _check_inside(self.id, self.text, span.start, span.end, "sentence")

    def __repr__(self) -> str:
        """Show the id, metadata and size, not the whole text."""
        from reconcile.report._common import plural  # noqa: PLC0415 - report imports this module

        when = self.published.isoformat() if self.published else None
        return (
            f"Source({self.id!r}, outlet={self.outlet!r}, published={when!r},"
            f" {plural(len(self.text), 'char')})"
        )

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], **metadata: Any) -> Source:
        """Read a UTF-8 text, Markdown or HTML file; its id is the file's stem.

        Keywords (``id``, ``outlet``, ``published``, ``place``, ``url``) win over
        what is detected in the text. Raises :class:`InvalidSourceError` for a
        missing, binary, empty or badly encoded file.
        """
        from reconcile import ingest  # noqa: PLC0415 - model imports no stage at import time

        return ingest.read_file(path, **metadata)

    @classmethod
    def from_text(cls, text: str, *, id: str = "text", **metadata: Any) -> Source:  # noqa: A002
        """Build a source from text, detecting metadata and zones as a file would."""
        from reconcile import ingest  # noqa: PLC0415 - model imports no stage at import time

        return ingest.prepare(text, source_id=id, **metadata)

    def span(self, start: int, end: int) -> Span:
        """A span of this source, checked to lie inside its text."""
        span = Span(self.id, start, end)
        _check_inside(self.id, self.text, start, end, "span")
        return span

    def quote(self, span: Span) -> str:
        """The words a span covers in this source."""
        if span.source_id != self.id:
            raise InvalidSpanError(
                f"span {span!r} belongs to {span.source_id!r}, not {self.id!r}", source_id=self.id
            )
        return span.slice(self.text)

    @property
    def body(self) -> tuple[Zone, ...]:
        """The zones extraction reads: headline and body."""
        return tuple(z for z in self.zones if z.kind in ("body", "headline"))

    @property
    def body_chars(self) -> int:
        """How many characters the body and headline zones hold."""
        return sum(z.end - z.start for z in self.body)

    def to_dict(self) -> dict[str, Any]:
        """The source as a JSON object, its text included so a report stands alone."""
        return {
            "id": self.id,
            "outlet": self.outlet,
            "published": _iso(self.published),
            "place": self.place,
            "url": self.url,
            "detected": sorted(self.detected),
            "text": self.text,
            "zones": [z.to_dict() for z in self.zones],
            "sentences": [[s.start, s.end] for s in self.sentences],
            "reliability": _number(self.reliability),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Read a source written by :meth:`to_dict`."""
        source_id = _get(data, "id", "source")
        try:
            return cls(
                id=source_id,
                text=_get(data, "text", f"source {source_id!r}"),
                outlet=data.get("outlet"),
                published=data.get("published"),
                place=data.get("place"),
                url=data.get("url"),
                detected=data.get("detected", ()),
                zones=tuple(Zone.from_dict(z) for z in data.get("zones", ())),
                sentences=tuple(Span(source_id, s, e) for s, e in data.get("sentences", ())),
                reliability=data.get("reliability"),
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, InvalidSpanError | InvalidValueError | ReportFormatError):
                raise
            raise ReportFormatError(f"source {source_id!r} is malformed: {exc}") from exc


# --- values -------------------------------------------------------------------------------


@attrs.frozen
class Quantity:
    """A number as an interval, with the bounds and precision its words imply.

    ``low``/``high`` of None mean unbounded on that side; ``low_open`` means the
    low end itself is excluded ("more than 60" is ``(60, ∞)``). ``precision`` is
    the step the printed form implies ("3 million": 1e6; "3.25 million": 1e4).

    >>> Quantity(low=60, high=None, low_open=True, unit="local residents").describe()
    'more than 60 local residents'
    >>> Quantity.exact(4).contains(4)
    True
    """

    low: float | None = attrs.field(converter=_low)
    high: float | None = attrs.field(converter=_high)
    low_open: bool = False
    high_open: bool = False
    kind: QuantityKind = attrs.field(default="count", validator=_one_of(_QUANTITY_KINDS))
    unit: str | None = None
    currency: str | None = None
    precision: float | None = attrs.field(default=None, converter=_precision)
    approximate: bool = False
    vague: str | None = None
    zone: str | None = None

    def __attrs_post_init__(self) -> None:
        """Reject intervals that cannot be."""
        if self.low is None and self.high is None and self.vague is None:
            raise InvalidValueError("a quantity needs a low or a high bound (or be vague)")
        if self.low is not None and self.high is not None:
            if self.low > self.high:
                raise InvalidValueError(f"a quantity's low {self.low} exceeds its high {self.high}")
            if self.low == self.high and (self.low_open or self.high_open):
                raise InvalidValueError(f"the interval around {self.low} is empty: it is open")
        if self.low is None and self.low_open:
            raise InvalidValueError("low_open needs a low bound")
        if self.high is None and self.high_open:
            raise InvalidValueError("high_open needs a high bound")
        if self.currency is not None and not _CURRENCY.fullmatch(self.currency):
            raise InvalidValueError(
                f"currency must be an ISO 4217 code such as 'USD', got {self.currency!r}"
            )
        if self.precision is not None and self.precision <= 0:
            raise InvalidValueError(f"precision must be positive, got {self.precision}")

    @classmethod
    def exact(cls, number: float, **fields: Any) -> Quantity:
        """A quantity of exactly ``number``."""
        return cls(low=number, high=number, **fields)

    @property
    def is_exact(self) -> bool:
        """Whether the interval is a single number."""
        return self.low is not None and self.low == self.high

    def contains(self, number: float) -> bool:
        """Whether ``number`` lies in the interval."""
        if self.low is not None and (number < self.low or (self.low_open and number == self.low)):
            return False
        return not (
            self.high is not None
            and (number > self.high or (self.high_open and number == self.high))
        )

    def describe(self) -> str:
        """The interval in plain words ("more than 60", "nearly $450,000", "$2 million").

        >>> Quantity(low=405000, high=450000, high_open=True, kind="money", currency="USD",
        ...          approximate=True).describe()
        'nearly $450,000'
        >>> Quantity(low=2e6, high=None, low_open=True, kind="money", currency="USD").describe()
        'more than $2 million'
        >>> Quantity(low=2000, high=1e6, high_open=True, vague="thousands",
        ...          unit="people").describe()
        'thousands of people'
        >>> Quantity.exact(1095, unit=TIME_OF_DAY).describe()
        '18:15'
        >>> Quantity.exact(1095, unit=TIME_OF_DAY, zone="EST").describe()
        '18:15 EST'
        >>> Quantity.exact(6.3, kind="number", unit="magnitude").describe()
        'magnitude 6.3'
        """
        if self.unit == TIME_OF_DAY and self.is_exact and self.low is not None:
            minute = int(self.low)
            if minute == self.low and 0 <= minute < 24 * 60:  # "18:15", never "1,095"
                hours, minutes = divmod(minute, 60)
                zone = {None: "", "local": " local time"}.get(self.zone, f" {self.zone}")
                return ("about " if self.approximate else "") + f"{hours:02d}:{minutes:02d}{zone}"
        if self.kind == "ordinal" and self.is_exact and self.low is not None:
            # "the fourth launch failure": a place in a series, shown as "4th launch failure"
            place = _ordinal(self.low)
            return f"{place} {self.unit}" if self.unit else place
        sign = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(self.currency or "", "")
        code = "" if sign or not self.currency else f" {self.currency}"

        def show(n: float | None) -> str:
            minus = "-" if n is not None and n < 0 and sign else ""  # "-$63 million"
            n = -n if minus and n is not None else n
            return f"{minus}{sign}{_plain_number(n, money=self.kind == 'money')}{code}"

        if self.vague is not None:
            words = self.vague
            unit = f" of {self.unit}" if self.unit else ""
            return f"{words}{unit}"
        if self.is_exact:
            words = ("about " if self.approximate else "") + show(self.low)
        elif self.approximate and self.high is not None and self.high_open:
            words = f"nearly {show(self.high)}"
        elif self.approximate and self.low is not None and self.high is not None:
            words = f"about {show((self.low + self.high) / 2)}"
        elif self.low is not None and self.high is not None:
            words = f"between {show(self.low)} and {show(self.high)}"
        elif self.low is not None:
            words = ("more than " if self.low_open else "at least ") + show(self.low)
        else:
            words = ("less than " if self.high_open else "at most ") + show(self.high)
        if self.kind == "percent":
            # "4.5 percentage points" is a difference of two rates, not a rate of 4.5%
            words += " percentage points" if self.unit == "percentage points" else "%"
        if self.kind == "number" and self.unit in READING_UNITS:
            return f"{self.unit} {words}"  # "magnitude 6.3", "category 2"
        if not self.unit or self.kind != "count":
            return words
        return _with_unit(words, self.unit, self._shown())

    def _shown(self) -> float | None:
        """The one number the printed form shows ("more than 1", "1"); None for a range."""
        if self.is_exact or self.low is None or self.high is None:
            return self.low if self.low is not None else self.high
        return None

    def to_dict(self) -> dict[str, Any]:
        """The contract's quantity object."""
        return {
            "type": "quantity",
            "kind": self.kind,
            "low": _number(self.low),
            "high": _number(self.high),
            "low_open": self.low_open,
            "high_open": self.high_open,
            "unit": self.unit,
            "currency": self.currency,
            "precision": _number(self.precision),
            "approximate": self.approximate,
            "vague": self.vague,
            # a time of day's zone as printed ("EST", "PT", "GMT", "local"): only when read
            **({"zone": self.zone} if self.zone is not None else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        """Read a quantity written by :meth:`to_dict`."""
        return cls(
            low=_get(data, "low", "quantity"),
            high=_get(data, "high", "quantity"),
            low_open=bool(data.get("low_open", False)),
            high_open=bool(data.get("high_open", False)),
            kind=data.get("kind", "count"),
            unit=data.get("unit"),
            currency=data.get("currency"),
            precision=data.get("precision"),
            approximate=bool(data.get("approximate", False)),
            vague=data.get("vague"),
            zone=data.get("zone"),
        )


# Plural units as the value code keeps them -> their singular, printed after exactly 1
# ("1 mile", not "1 miles") and after "half a" ("half a day").
_SINGULAR = {
    "miles": "mile", "kilometres": "kilometre", "kilometers": "kilometer", "metres": "metre",
    "meters": "meter", "feet": "foot", "yards": "yard", "inches": "inch", "acres": "acre",
    "hectares": "hectare", "seconds": "second", "minutes": "minute", "hours": "hour",
    "days": "day", "nights": "night", "weeks": "week", "months": "month", "years": "year",
    "gallons": "gallon", "litres": "litre", "liters": "liter", "pounds": "pound",
    "tonnes": "tonne", "tons": "ton", "kilograms": "kilogram", "grams": "gram",
}  # fmt: skip
_SINGULARS = frozenset(_SINGULAR.values())
# Units kept in a short code whose printed form readers know better: km/h.
_PRINTED_UNIT = {"kph": "km/h"}


def _with_unit(words: str, unit: str, shown: float | None) -> str:
    """``words`` and the unit after them, in the unit's number: "1 mile", "half a day"."""
    unit = _PRINTED_UNIT.get(unit, unit)
    first, _, rest = unit.partition(" ")
    singular = _SINGULAR.get(first.casefold(), first if first.casefold() in _SINGULARS else None)
    if singular is not None and shown == 0.5 and words.endswith("0.5"):
        article = "an" if singular[0] in "aeiou" or singular == "hour" else "a"
        words = f"{words[:-3]}half {article}"  # "more than half a day", not "0.5 day"
        unit = f"{singular} {rest}" if rest else singular
    elif singular is not None and shown in (1.0, -1.0) and words.endswith("1"):
        unit = f"{singular} {rest}" if rest else singular
    return f"{words} {unit}"


_MONTHS = (
    *("January February March April May June July August September October November".split()),
    "December",
)  # not strftime's %B, which follows the locale


def _named_period(start: dt.date, end: dt.date) -> str | None:
    """A whole calendar month, quarter, half or year as a reader names it; None otherwise.

    Only whole periods are named, so two different ranges never print alike: a quarter
    keeps its days beside its name, since fiscal quarters have other months.
    """
    if start.day != 1 or (end + dt.timedelta(days=1)).day != 1 or start.year != end.year:
        return None
    months = end.month - start.month + 1
    if months == 1:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if months == 12:
        return str(start.year)
    if months == 3 and start.month % 3 == 1:
        return f"Q{start.month // 3 + 1} {start.year} ({start.isoformat()}..{end.isoformat()})"
    if months == 6 and start.month in (1, 7):
        half = "first" if start.month == 1 else "second"
        return f"{half} half of {start.year} ({start.isoformat()}..{end.isoformat()})"
    return None


@attrs.frozen
class DateRange:
    """An inclusive range of days, and how finely the text stated it.

    "March 2025" is 2025-03-01..2025-03-31 with granularity ``month``. A date
    stated relative to the publication date ("Monday") keeps its words in
    ``relative``; when there was no publication date to resolve it against,
    ``start`` and ``end`` are None and the date is unresolved.

    >>> d = DateRange(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month")
    >>> d.contains(DateRange(dt.date(2025, 3, 14), dt.date(2025, 3, 14), "day"))
    True
    """

    start: dt.date | None = attrs.field(converter=_start)
    end: dt.date | None = attrs.field(converter=_end)
    granularity: Granularity = attrs.field(default="day", validator=_one_of(_GRANULARITIES))
    relative: str | None = None

    def __attrs_post_init__(self) -> None:
        """Reject ranges that end before they start, or are half-resolved."""
        if (self.start is None) != (self.end is None):
            raise InvalidValueError("a date range needs both start and end, or neither")
        if self.start is None and not self.relative:
            raise InvalidValueError("an unresolved date range must say what it was relative to")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidValueError(
                f"the date range ends ({self.end}) before it starts ({self.start})"
            )

    @classmethod
    def day(cls, day: dt.date, **fields: Any) -> DateRange:
        """The range of one day."""
        return cls(day, day, "day", **fields)

    @property
    def resolved(self) -> bool:
        """Whether the range has real dates (False for an unanchored relative date)."""
        return self.start is not None

    def contains(self, other: DateRange) -> bool:
        """Whether ``other`` lies wholly inside this range (False if either is unresolved)."""
        if self.start is None or self.end is None or other.start is None or other.end is None:
            return False
        return self.start <= other.start and other.end <= self.end

    def describe(self) -> str:
        """The range in plain words: a day, a whole month, quarter, half or year by its name.

        >>> DateRange(dt.date(2026, 7, 1), dt.date(2026, 9, 30), "quarter").describe()
        'Q3 2026 (2026-07-01..2026-09-30)'
        >>> DateRange(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "month").describe()
        'March 2026'
        >>> DateRange(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "year").describe()
        '2026'
        >>> DateRange(dt.date(2026, 3, 2), dt.date(2026, 3, 9)).describe()
        '2026-03-02..2026-03-09'
        """
        if self.start is None or self.end is None:
            return f"{self.relative} (unresolved: no publication date)"
        if self.start == self.end:
            return f"{self.start.isoformat()} ({self.start:%a})"
        named = _named_period(self.start, self.end)
        return named or f"{self.start.isoformat()}..{self.end.isoformat()}"

    def to_dict(self) -> dict[str, Any]:
        """The contract's date object."""
        return {
            "type": "date",
            "start": _iso(self.start),
            "end": _iso(self.end),
            "granularity": self.granularity,
            "relative": self.relative,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateRange:
        """Read a date range written by :meth:`to_dict`."""
        return cls(
            start=_get(data, "start", "date"),
            end=_get(data, "end", "date"),
            granularity=data.get("granularity", "day"),
            relative=data.get("relative"),
        )


@attrs.frozen
class EntityRef:
    """A name as printed and its canonical form.

    >>> EntityRef("organization", "EPA", "Environmental Protection Agency").to_dict()["name"]
    'Environmental Protection Agency'
    """

    kind: EntityKind = attrs.field(validator=_one_of(_ENTITY_KINDS))
    text: str
    name: str

    def __attrs_post_init__(self) -> None:
        """Reject empty names."""
        if not self.name.strip() or not self.text.strip():
            raise InvalidValueError(f"a {self.kind} name cannot be empty")

    def describe(self) -> str:
        """The canonical name."""
        return self.name

    def to_dict(self) -> dict[str, Any]:
        """The contract's name object (its type is the kind of name)."""
        return {"type": self.kind, "name": self.name, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EntityRef:
        """Read a name written by :meth:`to_dict`."""
        name = _get(data, "name", "name value")
        return cls(kind=_get(data, "type", "name value"), text=data.get("text", name), name=name)


Value: TypeAlias = Quantity | DateRange | EntityRef


def value_from_dict(data: Mapping[str, Any]) -> Value:
    """Read any value object of the contract, by its ``type``."""
    kind = _get(data, "type", "value")
    if kind == "quantity":
        return Quantity.from_dict(data)
    if kind == "date":
        return DateRange.from_dict(data)
    if kind in _ENTITY_KINDS:
        return EntityRef.from_dict(data)
    raise ReportFormatError(
        f"unknown value type {kind!r}; expected quantity, date or one of {sorted(_ENTITY_KINDS)}"
    )


# --- claims and facts ---------------------------------------------------------------------


@attrs.frozen(repr=False)
class Claim:
    """One value a source states, with what it is about and exact provenance.

    ``text`` is the quoted words; a :class:`Report` checks that they are what the
    source holds at ``span``. ``subject`` and ``attribute`` are None when they
    could not be determined: the claim is kept, marked as such, never invented.
    """

    span: Span
    text: str
    value: Value
    sentence: Span | None = None
    subject: str | None = None
    attribute: str | None = None
    attribute_tokens: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    attributed_to: str | None = None
    hedged: bool = False
    negated: bool = False
    zone: ZoneKind = attrs.field(default="body", validator=_one_of(_ZONE_KINDS))
    # The content words of the value's clause, folded ("passed away" -> "e:killed"), for
    # the grouper only: not compared, not written to JSON (a claim read back has none).
    clause_words: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        """The quoted words must have the span's length; the sentence must hold the span."""
        if len(self.text) != len(self.span):
            raise InvalidSpanError(
                f"claim text {self.text!r} has {len(self.text)} characters but its span"
                f" {self.span!r} covers {len(self.span)}",
                source_id=self.span.source_id,
            )
        if self.sentence is not None and not self.sentence.contains(self.span):
            raise InvalidSpanError(
                f"claim {self.span!r} lies outside its sentence {self.sentence!r}",
                source_id=self.span.source_id,
            )

    def __repr__(self) -> str:
        """Show the source, the quote and the value."""
        return f"Claim({self.source_id!r}, {_short(self.text)!r}, {self.describe()!r})"

    @property
    def source_id(self) -> str:
        """The id of the source that states the claim."""
        return self.span.source_id

    def describe(self) -> str:
        """The value in plain words; a time of day said loosely in the source's own words.

        "shortly before 5 a.m." is read as about 4:45 to be compared, but shown as said: the
        reading is no figure the source printed. A time said exactly is shown as its value
        ("6:15 PM" and "18:15" are one value, "18:15").
        """
        value = self.value
        if (
            isinstance(value, Quantity)
            and value.unit == TIME_OF_DAY
            and (value.approximate or not value.is_exact)
            and self.text.strip()
        ):
            return " ".join(self.text.split())
        return value.describe()

    def to_dict(self) -> dict[str, Any]:
        """The contract's claim object."""
        return {
            "source": self.source_id,
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "value": self.value.to_dict(),
            "sentence": None
            if self.sentence is None
            else {"start": self.sentence.start, "end": self.sentence.end},
            "subject": self.subject,
            "attribute": self.attribute,
            "attribute_tokens": list(self.attribute_tokens),
            "attributed_to": self.attributed_to,
            "hedged": self.hedged,
            "negated": self.negated,
            "zone": self.zone,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Read a claim written by :meth:`to_dict`."""
        source_id = _get(data, "source", "claim")
        sentence = data.get("sentence")
        return cls(
            span=Span(source_id, _get(data, "start", "claim"), _get(data, "end", "claim")),
            text=_get(data, "text", "claim"),
            value=value_from_dict(_get(data, "value", "claim")),
            sentence=None
            if sentence is None
            else Span(source_id, sentence["start"], sentence["end"]),
            subject=data.get("subject"),
            attribute=data.get("attribute"),
            attribute_tokens=data.get("attribute_tokens", ()),
            attributed_to=data.get("attributed_to"),
            hedged=bool(data.get("hedged", False)),
            negated=bool(data.get("negated", False)),
            zone=data.get("zone", "body"),
        )


def _claims_json(
    claims: tuple[Claim, ...], values: dict[str, dict[int, str]], newline: str, step: str
) -> str:
    """``[c.to_dict() for c in claims]`` written as :func:`_json.dumps` writes it at this depth.

    Written from the claims, in the field order of :meth:`Claim.to_dict`, without
    building their dicts: a million claims in seconds, not a minute. Each value
    object is written once per depth (``values``, by id: the claims keep the values
    alive while the report is written), and the fields after the sentence once per
    distinct combination in this fact. Raises what :mod:`reconcile._json` raises for
    data it leaves to ``json.dumps``.
    """
    if not claims:
        return "[]"
    item = newline + step  # the line each claim starts on
    field = item + step
    inner = field + step
    written = values.setdefault(field, {})
    scalar = _json.scalar
    head = "{" + field + '"source": %s'
    head += "".join(f',{field}"{name}": %s' for name in ("start", "end", "text", "value"))
    sentence_template = f',{field}"sentence": {{{inner}"start": %s,{inner}"end": %s{field}}}'
    no_sentence = f',{field}"sentence": null'
    tail_names = ("subject", "attribute", "attribute_tokens", "attributed_to", "hedged", "negated",
                  "zone")  # fmt: skip
    tail_template = "".join(f',{field}"{name}": %s' for name in tail_names) + item + "}"
    tails: dict[tuple[Any, ...], str] = {}
    pieces: list[str] = []
    add = pieces.append
    for claim in claims:
        span, value, sentence = claim.span, claim.value, claim.sentence
        text = written.get(id(value))
        if text is None:
            text = written[id(value)] = _json.write_object(value.to_dict(), field, step)
        hedged, negated = claim.hedged, claim.negated
        if type(hedged) is not bool or type(negated) is not bool:
            _json.leave_to_json()
        key = (claim.subject, claim.attribute, claim.attribute_tokens, claim.attributed_to,
               hedged, negated, claim.zone)  # fmt: skip
        tail = tails.get(key)
        if tail is None:
            subject, attribute, tokens, attributed_to, _, _, zone = key
            for name in (subject, attribute, attributed_to, zone, *tokens):
                if name is not None and type(name) is not str:
                    _json.leave_to_json()  # so keys hold strings only: no 1 == True mix-up
            tail = tails[key] = tail_template % (
                scalar(subject),
                scalar(attribute),
                "[" + inner + ("," + inner).join(map(scalar, tokens)) + field + "]"
                if tokens
                else "[]",
                scalar(attributed_to),
                scalar(hedged),
                scalar(negated),
                scalar(zone),
            )
        add(
            head
            % (
                scalar(span.source_id),
                scalar(span.start),
                scalar(span.end),
                scalar(claim.text),
                text,
            )
            + (
                no_sentence
                if sentence is None
                else sentence_template % (scalar(sentence.start), scalar(sentence.end))
            )
            + tail
        )
    return "[" + item + ("," + item).join(pieces) + newline + "]"


_new = object.__new__


def _setters(cls: type, names: str) -> tuple[Callable[[object, object], None], ...]:
    """The setters of these slots of a frozen attrs class, which bypass its checks."""
    return tuple(cls.__dict__[name].__set__ for name in names.split())


_SPAN_SLOTS = "source_id start end"
_CLAIM_SLOTS = (
    "span text value sentence subject attribute attribute_tokens attributed_to hedged negated zone"
    " clause_words"
)
_SPAN_SETTERS = _setters(Span, _SPAN_SLOTS)
_CLAIM_SETTERS = _setters(Claim, _CLAIM_SLOTS)


@attrs.define(eq=False)
class ClaimColumns:
    """Claims held as columns, built into :class:`Claim` objects only when asked (internal).

    What :func:`reconcile.compare_records` keeps instead of a million claim objects: per
    claim, its source's number, where its span ends, where its line starts, the value as
    written, and its value's number. Claim ``c`` quotes ``text[c]`` at
    ``end[c] - len(text[c]) .. end[c]`` of source ``source_ids[source[c]]``, its sentence
    is its line (``line[c] .. end[c]``), its value is ``values[vid[c]]``; it has its
    fact's subject and attribute (the attribute its one token), no attribution, hedge
    or negation, and lies in the body. A fact made by :func:`columnar_fact` holds the
    claims ``lo .. hi``; its ``claims`` are built on first use, and the report's JSON
    is written from the columns.
    """

    source_ids: Sequence[str]
    source: Sequence[int]
    end: Sequence[int]
    line: Sequence[int]
    text: Sequence[str]
    vid: Sequence[int]
    values: Sequence[Value]
    _tokens: dict[str, tuple[str, ...]] = attrs.field(init=False, factory=dict)
    _quoted_ids: list[str] = attrs.field(init=False, factory=list)

    def claims(
        self, lo: int, hi: int, subject: str | None, attribute: str | None
    ) -> tuple[Claim, ...]:
        """Claims ``lo .. hi`` as objects, with this subject and attribute."""
        tokens: tuple[str, ...] = ()
        if attribute:  # one tuple per attribute, shared by its claims
            tokens = self._tokens.setdefault(attribute, (attribute,))
        (set_span, set_text, set_value, set_sentence, set_subject, set_attribute, set_tokens,
         set_attributed_to, set_hedged, set_negated, set_zone,
         set_words) = _CLAIM_SETTERS  # fmt: skip
        set_source_id, set_start, set_end = _SPAN_SETTERS
        source_ids, values = self.source_ids, self.values
        found = []
        # Built without re-running the checks of their constructors: the text has the
        # span's length and the line holds the span, by this layout, and a Report checks
        # every quote against its source.
        for source, end, line, text, vid in zip(
            self.source[lo:hi], self.end[lo:hi], self.line[lo:hi], self.text[lo:hi],
            self.vid[lo:hi], strict=True,
        ):  # fmt: skip
            source_id = source_ids[source]
            span = _new(Span)
            set_source_id(span, source_id)
            set_start(span, end - len(text))
            set_end(span, end)
            sentence = _new(Span)
            set_source_id(sentence, source_id)
            set_start(sentence, line)
            set_end(sentence, end)
            claim = _new(Claim)
            set_span(claim, span)
            set_text(claim, text)
            set_value(claim, values[vid])
            set_sentence(claim, sentence)
            set_subject(claim, subject)
            set_attribute(claim, attribute)
            set_tokens(claim, tokens)
            set_attributed_to(claim, None)
            set_hedged(claim, False)  # noqa: FBT003 - a field's value, not a flag
            set_negated(claim, False)  # noqa: FBT003 - same
            set_zone(claim, "body")
            set_words(claim, ())
            found.append(claim)
        return tuple(found)

    def quoted(self, lo: int, hi: int, texts: Sequence[str]) -> bool:
        """Whether every claim ``lo .. hi`` quotes its source, ``texts`` the sources' texts."""
        text = self.text[lo:hi]
        starts = list(map(operator.sub, self.end[lo:hi], map(len, text)))
        return min(starts) >= 0 and all(
            map(str.startswith, map(texts.__getitem__, self.source[lo:hi]), text, starts)
        )

    def json(
        self,
        newline: str,
        step: str,
        *,
        lo: int,
        hi: int,
        fact: Fact,
        values: dict[str, dict[int, str]],
    ) -> str:
        """:func:`_claims_json` of claims ``lo .. hi`` of ``fact``, written from the columns."""
        item = newline + step  # the line each claim starts on
        field = item + step
        inner = field + step
        written = values.setdefault(field, {})
        scalar = _json.scalar
        subject, attribute = fact.subject, fact.attribute
        for name in (subject, attribute):
            if name is not None and type(name) is not str:
                _json.leave_to_json()
        tokens = "[" + inner + scalar(attribute) + field + "]" if attribute else "[]"
        template = (
            "{"
            + field
            + '"source": %s'
            + "".join(f',{field}"{name}": %s' for name in ("start", "end", "text", "value"))
            + f',{field}"sentence": {{{inner}"start": %s,{inner}"end": %s{field}}}'
            + f',{field}"subject": {scalar(subject)}'.replace("%", "%%")
            + f',{field}"attribute": {scalar(attribute)}'.replace("%", "%%")
            + f',{field}"attribute_tokens": {tokens}'.replace("%", "%%")
            + f',{field}"attributed_to": null,{field}"hedged": false,{field}"negated": false'
            + f',{field}"zone": "body"{item}}}'
        )
        quoted_ids = self._quoted_ids
        if len(quoted_ids) != len(self.source_ids):  # each source's id quoted once
            quoted_ids[:] = map(scalar, self.source_ids)
        values_of = self.values
        pieces: list[str] = []
        add = pieces.append
        for source, end, line, text, vid in zip(
            self.source[lo:hi], self.end[lo:hi], self.line[lo:hi], self.text[lo:hi],
            self.vid[lo:hi], strict=True,
        ):  # fmt: skip
            value = values_of[vid]
            value_text = written.get(id(value))
            if value_text is None:
                value_text = written[id(value)] = _json.write_object(value.to_dict(), field, step)
            add(
                template
                % (
                    quoted_ids[source],
                    int.__repr__(end - len(text)),
                    int.__repr__(end),
                    scalar(text),
                    value_text,
                    int.__repr__(line),
                    int.__repr__(end),
                )
            )
        return "[" + item + ("," + item).join(pieces) + newline + "]"


@attrs.frozen
class Link:
    """Why two claims of a fact were joined: the similarity level that matched, and its score.

    ``a`` and ``b`` index the fact's claims.
    """

    a: int
    b: int
    level: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        """The link as a JSON object."""
        return {"a": self.a, "b": self.b, "level": self.level, "score": _number(self.score)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """Read a link written by :meth:`to_dict`."""
        return cls(
            a=_get(data, "a", "link"),
            b=_get(data, "b", "link"),
            level=_get(data, "level", "link"),
            score=float(_get(data, "score", "link")),
        )


@attrs.frozen
class Support:
    """One value of a fact, the sources that state it, and how many independent origins."""

    value: str
    sources: tuple[str, ...] = attrs.field(converter=_strings)
    origins: int = 1

    def to_dict(self) -> dict[str, Any]:
        """The support as a JSON object."""
        return {"value": self.value, "sources": list(self.sources), "origins": self.origins}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Support:
        """Read a support written by :meth:`to_dict`."""
        return cls(
            value=_get(data, "value", "value support"),
            sources=_get(data, "sources", "value support"),
            origins=data.get("origins", 1),
        )


@attrs.frozen
class Verdict:
    """What the sources say together about one fact, and why.

    ``origins`` counts the independent origins behind the fact: outlets quoting
    one press release, or reprinting one wire story, count once. ``support``
    says the same per value: which sources state it and from how many origins.
    """

    kind: VerdictKind = attrs.field(validator=_one_of(_VERDICT_KINDS))
    reason: str = ""
    origins: int = 1
    support: tuple[Support, ...] = attrs.field(default=(), converter=_supports)


def _texts(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen
class Estimate:
    """The value of a contested fact most likely to be true, and how likely it is.

    ``text`` is the chosen value as one of its sources printed it; ``confidence``
    is the probability truth estimation gives it (see :mod:`reconcile.truth`).
    ``tied`` holds the other values (as printed) exactly as likely as the chosen
    one: then nothing favours it but the order values are taken in, and reports
    say it is a tie. In JSON ``tied`` is written only when it holds a value.

    >>> Estimate("4", Quantity.exact(4), 0.9).to_dict()["confidence"]
    0.9
    >>> Estimate("4", Quantity.exact(4), 0.4, tied=("6",)).to_dict()["tied"]
    ['6']
    """

    text: str
    value: Value
    confidence: float = attrs.field(converter=_confidence)
    tied: tuple[str, ...] = attrs.field(default=(), converter=_texts)

    def to_dict(self) -> dict[str, Any]:
        """The estimate as a JSON object."""
        data: dict[str, Any] = {
            "text": self.text,
            "value": self.value.to_dict(),
            "confidence": _number(self.confidence),
        }
        if self.tied:
            data["tied"] = list(self.tied)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Estimate:
        """Read an estimate written by :meth:`to_dict`."""
        tied = data.get("tied", [])
        if not isinstance(tied, list) or not all(isinstance(t, str) for t in tied):
            raise ReportFormatError(f"estimate 'tied' must be a list of strings, got {tied!r}")
        return cls(
            text=_get(data, "text", "estimate"),
            value=value_from_dict(_get(data, "value", "estimate")),
            confidence=_get(data, "confidence", "estimate"),
            tied=tuple(tied),
        )


def _amount(value: Value) -> object:
    """What a value states without its words: "3 people" and "3" state one amount."""
    if isinstance(value, Quantity):
        return (
            value.kind == "money",
            value.currency,
            value.low,
            value.high,
            value.low_open,
            value.high_open,
            value.unit if value.kind not in ("count", "number") else None,
        )
    return value


# Verbs of saying: who said a value is no part of what it measures ("residents said").
# Not "reported", "confirmed" or "added" ("cases reported" counts cases, "routes added" new
# routes), nor a word that is also a noun ("states", "claims"), and not for a date or a time,
# whose saying may be what is dated ("date said": the day of the statement).
_SAYING = frozenset("said says say told tells stated claimed according".split())
# Past forms that do not end in -ed: "paid", "held", an attribute that is a verb alone.
_IRREGULAR_PAST = frozenset(
    "paid held put won lost sold spent cut hit set left made took gave got sent built kept"
    " bought brought fell rose grew drew ran saw went came struck stole".split()
)


def _verb_alone(word: str) -> bool:
    """Whether an attribute's one word is a verb's past form ("estimated", "paid")."""
    low = word.lower()
    return word.islower() and (low.endswith("ed") or low in _IRREGULAR_PAST)


def _kind_word(value: Value) -> str:
    """The kind of thing a value measures: "date", "time", "amount", a count's noun."""
    if isinstance(value, DateRange):
        return "date"
    if isinstance(value, EntityRef):
        return "name"
    if value.unit == TIME_OF_DAY:
        return "time"
    words = {"money": "amount", "percent": "percentage", "ordinal": "rank"}
    return words.get(value.kind) or value.unit or "number"


@attrs.frozen
class Fact:
    """The claims about one thing, the evidence that joined them, and the verdict.

    ``estimate`` is the most likely value when truth estimation ran on a contested
    fact (:func:`reconcile.compare_records`), else None.
    """

    id: str
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    verdict: Verdict
    subject: str | None = None
    attribute: str | None = None
    links: tuple[Link, ...] = attrs.field(default=(), converter=_links)
    estimate: Estimate | None = None

    def __attrs_post_init__(self) -> None:
        """A fact holds at least one claim; its links index those claims."""
        if not self.claims:
            raise InvalidValueError(f"fact {self.id!r} holds no claims")
        for link in self.links:
            if not (0 <= link.a < len(self.claims) and 0 <= link.b < len(self.claims)):
                raise InvalidValueError(f"fact {self.id!r} has a link {link} to a missing claim")

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources that state this fact, in claim order, once each."""
        return tuple(dict.fromkeys(c.source_id for c in self.claims))

    @property
    def title(self) -> str | None:
        """What the fact measures, in a few words, for a report's heading; None if unknown.

        The attribute, less a verb of saying ("residents said" is "residents": who said it
        is no part of what is measured); an attribute of a verb alone, or none, gets the
        kind of value in front ("estimated" is "number estimated", "paid" is "amount
        paid"), as dates and times already do ("date opened"). A subject (an
        organisation's or a place's name) never titles a fact: two facts about one body
        are told apart by what each measures ("date" and "amount", the body beside them).
        Printed only; not part of the JSON.
        """
        claim = self.claims[0]
        kind = _kind_word(claim.value)
        if not self.attribute:
            return kind if self.subject else None
        if claim.sentence is None:
            return self.attribute  # a record's attribute, named by its table: as given
        words = self.attribute.split()
        kept = [w for w in words if w.lower() not in _SAYING or kind in ("date", "time")]
        if not kept:
            return f"{kind} {words[-1]}"
        if len(kept) == 1 and _verb_alone(kept[0]) and not kept[0].startswith(kind):
            return f"{kind} {kept[0]}"
        return " ".join(kept)

    def describe(self) -> str:
        """One line: what the fact is, and the values each source gives."""
        title = self.title
        what = (
            f"{title} ({self.subject})"
            if title and self.subject and not self.attribute
            else title or f"{_kind_word(self.claims[0].value)} (unlabelled)"
        )
        values: dict[str, list[str]] = {}
        for claim in self.claims:
            values.setdefault(claim.describe(), []).append(claim.source_id)
        if self.verdict.kind != "conflict":
            parts = [f"{value} ({', '.join(dict.fromkeys(ids))})" for value, ids in values.items()]
            return f"{what}: {'; '.join(parts)}"
        # In a conflict, only different amounts stand against each other: "3 people" and a
        # bare "3" are one side ("3 people (a); 3 (b) vs 4 deaths (c)"), not "3 vs 3 people".
        sides: dict[object, list[str]] = {}
        for claim in self.claims:
            text = claim.describe()
            part = f"{text} ({', '.join(dict.fromkeys(values[text]))})"
            side = sides.setdefault(_amount(claim.value), [])
            if part not in side:
                side.append(part)
        return f"{what}: {' vs '.join('; '.join(side) for side in sides.values())}"

    def to_dict(self) -> dict[str, Any]:
        """The contract's fact object."""
        return _fact_dict(self, [c.to_dict() for c in self.claims])

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fact:
        """Read a fact written by :meth:`to_dict`."""
        fact_id = _get(data, "id", "fact")
        estimate = data.get("estimate")
        return cls(
            id=fact_id,
            claims=tuple(Claim.from_dict(c) for c in _get(data, "claims", f"fact {fact_id!r}")),
            verdict=Verdict(
                kind=_get(data, "verdict", f"fact {fact_id!r}"),
                reason=data.get("why", ""),
                origins=data.get("origins", 1),
                support=tuple(Support.from_dict(v) for v in data.get("values", ())),
            ),
            subject=data.get("subject"),
            attribute=data.get("attribute"),
            links=tuple(Link.from_dict(link) for link in data.get("links", ())),
            estimate=None if estimate is None else Estimate.from_dict(estimate),
        )


class _Unbuilt:
    """What a fact of records holds in its ``claims`` slot until they are first read."""

    __slots__ = ("columns", "hi", "lo")

    def __init__(self, columns: ClaimColumns, lo: int, hi: int) -> None:
        """Claims ``lo .. hi`` of ``columns``."""
        self.columns, self.lo, self.hi = columns, lo, hi


_CLAIMS_SLOT = Fact.__dict__["claims"]  # the slot attrs made for Fact.claims


class _BuiltOnRead:
    """``Fact.claims``: the slot, whose claims a fact of records builds when first read.

    Everything attrs generates for :class:`Fact` (``__init__``, equality, hashing,
    ``repr``, pickling, ``attrs.evolve``, ``attrs.asdict``) reads and writes ``claims``
    through this, so a fact of records is equal to, and hashes, prints and copies as,
    the fact built from those claims; only :func:`_columns_of` sees the columns.
    """

    __slots__ = ()

    def __get__(self, fact: Fact | None, owner: type | None = None) -> Any:
        if fact is None:
            return _CLAIMS_SLOT
        held = _CLAIMS_SLOT.__get__(fact, owner)
        if type(held) is _Unbuilt:
            held = held.columns.claims(held.lo, held.hi, fact.subject, fact.attribute)
            _CLAIMS_SLOT.__set__(fact, held)
        return held

    def __set__(self, fact: Fact, value: Any) -> None:
        _CLAIMS_SLOT.__set__(fact, value)

    def __delete__(self, fact: Fact) -> None:
        _CLAIMS_SLOT.__delete__(fact)


setattr(Fact, "claims", _BuiltOnRead())  # noqa: B010 - the class's own slot, wrapped once
_FACT_SLOTS = "id claims verdict subject attribute links estimate"
_FACT_SETTERS = _setters(Fact, _FACT_SLOTS)


_SUPPORT_SETTERS = _setters(Support, "value sources origins")
_VERDICT_SETTERS = _setters(Verdict, "kind reason origins support")


def built_verdict(
    kind: VerdictKind, reason: str, origins: int, support: Iterable[tuple[str, tuple[str, ...]]]
) -> Verdict:
    """A verdict and its supports, each ``(words, sources)`` (internal; records only).

    Built without re-running the checks of their constructors, which cost more than
    the rest of judging a fact of records: ``kind`` is one of the verdict kinds and each
    ``sources`` a tuple of source ids, by how :func:`reconcile.compare_records` calls
    this. Each support's origins are its sources (a record row is its own origin).
    The objects are equal to those the constructors build.
    """
    set_value, set_sources, set_origins = _SUPPORT_SETTERS
    supports = []
    for words, sources in support:
        item = _new(Support)
        set_value(item, words)
        set_sources(item, sources)
        set_origins(item, len(sources))
        supports.append(item)
    set_kind, set_reason, set_count, set_support = _VERDICT_SETTERS
    verdict = _new(Verdict)
    set_kind(verdict, kind)
    set_reason(verdict, reason)
    set_count(verdict, origins)
    set_support(verdict, tuple(supports))
    return verdict


def columnar_fact(
    fact_id: str,
    columns: ClaimColumns,
    *,
    lo: int,
    hi: int,
    verdict: Verdict,
    subject: str | None,
    attribute: str | None,
    estimate: Estimate | None,
) -> Fact:
    """A fact whose claims are ``lo .. hi`` of ``columns``, built when first read (internal).

    It equals, hashes, writes and reads as the fact built with those claims.
    """
    if hi <= lo:
        raise InvalidValueError(f"fact {fact_id!r} holds no claims")
    set_id, set_claims, set_verdict, set_subject, set_attribute, set_links, set_estimate = (
        _FACT_SETTERS
    )
    fact = _new(Fact)
    set_id(fact, fact_id)
    set_claims(fact, _Unbuilt(columns, lo, hi))
    set_verdict(fact, verdict)
    set_subject(fact, subject)
    set_attribute(fact, attribute)
    set_links(fact, ())
    set_estimate(fact, estimate)
    return fact


def _columns_of(fact: Fact) -> tuple[ClaimColumns, int, int] | None:
    """The columns that hold a fact's claims while they are not built yet, or None."""
    held = _CLAIMS_SLOT.__get__(fact, Fact)
    if type(held) is _Unbuilt:
        return held.columns, held.lo, held.hi
    return None


def _quoted_columns(
    facts: Iterable[Fact], by_id: Mapping[str, Source]
) -> tuple[dict[int, list[str]], set[int]]:
    """Per columns of these facts (by id), its sources' texts; and those quoting them all.

    Columns whose facts hold all their claims, in order, are checked in one pass
    (:meth:`ClaimColumns.quoted`); the others are left to be checked fact by fact.
    A source the report lacks has the text "", which no claim quotes.
    """
    texts: dict[int, list[str]] = {}
    found: dict[int, ClaimColumns] = {}
    reach: dict[int, int] = {}  # per columns, where its facts' claims so far end; -1: a gap
    for fact in facts:
        held = _columns_of(fact)
        if held is not None:
            columns, lo, hi = held
            key = id(columns)
            if key not in found:
                found[key], reach[key] = columns, 0
                texts[key] = [by_id[s].text if s in by_id else "" for s in columns.source_ids]
            reach[key] = hi if reach[key] == lo else -1
    whole = {
        key
        for key, columns in found.items()
        if reach[key] == len(columns.text) and columns.quoted(0, reach[key], texts[key])
    }
    return texts, whole


def _fact_dict(fact: Fact, claims: Any) -> dict[str, Any]:
    """The contract's fact object with these claims (their dicts, or :class:`_json.Raw` text)."""
    return {
        "id": fact.id,
        "subject": fact.subject,
        "attribute": fact.attribute,
        "verdict": fact.verdict.kind,
        "why": fact.verdict.reason,
        "origins": fact.verdict.origins,
        "values": [v.to_dict() for v in fact.verdict.support],
        "claims": claims,
        "links": [link.to_dict() for link in fact.links],
        "estimate": None if fact.estimate is None else fact.estimate.to_dict(),
    }


@attrs.frozen
class StoryLink:
    """Why two sources were put in one story: how alike they read, and the words they share.

    ``a`` and ``b`` are source ids; ``score`` is the cosine similarity (0-1) of their
    weighted words, names and dates; ``shared`` lists the features that weighed most in
    it (names start with ``@``, dates with ``#``); ``days_apart`` is the distance between
    their publication dates, None when one is unknown.
    """

    a: str
    b: str
    score: float
    shared: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    days_apart: int | None = None

    def describe(self) -> str:
        """One line: the two sources, the score, and what they share.

        >>> StoryLink("a", "b", 0.41, ("@place:ohio", "quadruple")).describe()
        'a ~ b (0.41): @place:ohio, quadruple'
        """
        shared = ", ".join(self.shared) or "nothing named"
        return f"{self.a} ~ {self.b} ({self.score:.2f}): {shared}"

    def to_dict(self) -> dict[str, Any]:
        """The link as a JSON object."""
        return {
            "a": self.a,
            "b": self.b,
            "score": _number(self.score),
            "shared": list(self.shared),
            "days_apart": self.days_apart,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StoryLink:
        """Read a link written by :meth:`to_dict`."""
        return cls(
            a=_get(data, "a", "story link"),
            b=_get(data, "b", "story link"),
            score=float(_get(data, "score", "story link")),
            shared=data.get("shared", ()),
            days_apart=data.get("days_apart"),
        )


@attrs.frozen
class Story:
    """Sources about one event, and the links that joined them.

    ``id`` is the first of its source ids in sorted order, so a story keeps its name
    however the corpus around it changes. A source that joined no other is a story
    of one, with no links. ``links`` form a tree over the sources: each is the
    strongest link that brought a source (or a group) into the story.

    >>> Story("a", ("a", "b"), (StoryLink("a", "b", 0.5),)).why()
    ['a ~ b (0.50): nothing named']
    """

    id: str
    sources: tuple[str, ...] = attrs.field(converter=_strings)
    links: tuple[StoryLink, ...] = attrs.field(default=(), converter=_story_links)

    def __attrs_post_init__(self) -> None:
        """A story holds at least one source, and its id is one of them."""
        if not self.sources:
            raise InvalidValueError("a story needs at least one source")
        if self.id not in self.sources:
            raise InvalidValueError(f"story id {self.id!r} is not one of its sources")

    def why(self) -> list[str]:
        """One line per link: which sources were joined and on what."""
        return [link.describe() for link in self.links]

    def to_dict(self) -> dict[str, Any]:
        """The story as a JSON object."""
        return {
            "id": self.id,
            "sources": list(self.sources),
            "links": [link.to_dict() for link in self.links],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Story:
        """Read a story written by :meth:`to_dict`."""
        return cls(
            id=_get(data, "id", "story"),
            sources=_get(data, "sources", "story"),
            links=tuple(StoryLink.from_dict(x) for x in data.get("links", ())),
        )


@attrs.frozen(repr=False)
class Report:
    """What :func:`reconcile.compare` found: the sources, and the facts they state.

    Building a report checks its provenance: every claim names a source of the
    report, and the source's text at the claim's offsets is the claim's text.
    """

    sources: tuple[Source, ...] = attrs.field(converter=_sources)
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=_facts)
    story: Story | None = None
    # When this report is a selection of another (``reconcile.report.select``), that one:
    # the renderers then say how many of its facts and claims are shown.
    whole: Report | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)
    # Lookups built once (sources and facts by id, claims by source): the renderers ask
    # for them per source and per claim, which was quadratic on a million claims.
    _by_id: dict[str, Source] = attrs.field(init=False, eq=False, repr=False)
    _fact_by_id: dict[str, Fact] = attrs.field(init=False, eq=False, repr=False)
    _cache: dict[str, Any] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    FORMAT: ClassVar[int] = REPORT_FORMAT

    def __attrs_post_init__(self) -> None:
        """Check that ids are unique and every claim quotes its source exactly."""
        by_id: dict[str, Source] = {}
        for source in self.sources:
            if source.id in by_id:
                raise InvalidValueError(
                    f"two sources share the id {source.id!r}", source_id=source.id
                )
            by_id[source.id] = source
        if self.story is not None and set(self.story.sources) != set(by_id):
            raise InvalidValueError(
                f"story {self.story.id!r} lists sources {sorted(self.story.sources)},"
                f" but the report holds {sorted(by_id)}"
            )
        seen: dict[str, Fact] = {}
        texts, whole = _quoted_columns(self.facts, by_id)
        for fact in self.facts:
            if fact.id in seen:
                raise InvalidValueError(f"two facts share the id {fact.id!r}")
            seen[fact.id] = fact
            held = _columns_of(fact)
            if held is not None:  # its quotes checked in the columns, no claim built
                columns, lo, hi = held
                if id(columns) in whole or columns.quoted(lo, hi, texts[id(columns)]):
                    continue
            for claim in fact.claims:  # a quote that differs raises, naming it
                span, text = claim.span, claim.text
                found = by_id.get(span.source_id)
                if found is None:
                    raise InvalidSpanError(
                        f"fact {fact.id!r} has a claim from {claim.source_id!r},"
                        " which is not a source of this report",
                        source_id=claim.source_id,
                    )
                # The quote compared in place, not sliced out: a million claims, a second less.
                end = span.end
                if (
                    end - span.start == len(text)
                    and end <= len(found.text)
                    and found.text.startswith(text, span.start)
                ):
                    continue
                quoted = found.quote(span)
                if quoted != claim.text:
                    raise InvalidSpanError(
                        f"claim text {claim.text!r} differs from {quoted!r}, what source"
                        f" {found.id!r} holds at {claim.span.start}..{claim.span.end}",
                        source_id=found.id,
                    )
        object.__setattr__(self, "_by_id", by_id)
        object.__setattr__(self, "_fact_by_id", seen)

    def __repr__(self) -> str:
        """A short summary; ``str(report)`` is the full text report."""
        from reconcile.report._common import plural  # noqa: PLC0415 - report imports this module

        return (
            f"<Report: {plural(len(self.sources), 'source')}, {plural(len(self.facts), 'fact')},"
            f" {plural(len(self.conflicts), 'conflict')}>"
        )

    # --- lookups ---------------------------------------------------------------------------

    def _of(self, kind: VerdictKind) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.verdict.kind == kind)

    @property
    def conflicts(self) -> tuple[Fact, ...]:
        """The facts on which sources state incompatible values."""
        return self._of("conflict")

    @property
    def agreements(self) -> tuple[Fact, ...]:
        """The facts that several sources state compatibly."""
        return self._of("agree")

    @property
    def singles(self) -> tuple[Fact, ...]:
        """The facts only one source states."""
        return self._of("single")

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim of every fact, in fact order."""
        found: tuple[Claim, ...] | None = self._cache.get("claims")
        if found is None:
            found = self._cache["claims"] = tuple(c for f in self.facts for c in f.claims)
        return found

    def source(self, source_id: str) -> Source:
        """The source with this id (raises KeyError naming the ids there are)."""
        try:
            return self._by_id[source_id]
        except KeyError:
            ids = [s.id for s in self.sources]
            raise KeyError(f"no source {source_id!r}; the report has {ids}") from None

    def fact(self, fact_id: str) -> Fact:
        """The fact with this id (raises KeyError)."""
        try:
            return self._fact_by_id[fact_id]
        except KeyError:
            raise KeyError(f"no fact {fact_id!r} in this report") from None

    def _of_source(self) -> dict[str, tuple[list[Fact], list[Claim]]]:
        """Per source id: the facts it states (in fact order) and its claims (in text order)."""
        found: dict[str, tuple[list[Fact], list[Claim]]] | None = self._cache.get("by_source")
        if found is None:
            found = {s.id: ([], []) for s in self.sources}
            for fact in self.facts:
                for source_id in fact.sources:
                    found[source_id][0].append(fact)
                for claim in fact.claims:
                    found[claim.span.source_id][1].append(claim)
            for _, claims in found.values():
                claims.sort(key=lambda c: (c.span.start, c.span.end))
            self._cache["by_source"] = found
        return found

    def facts_of(self, source_id: str) -> tuple[Fact, ...]:
        """The facts that a source states."""
        self.source(source_id)
        return tuple(self._of_source()[source_id][0])

    def claims_of(self, source_id: str) -> tuple[Claim, ...]:
        """The claims of one source, in text order."""
        self.source(source_id)
        return tuple(self._of_source()[source_id][1])

    @property
    def silent_sources(self) -> tuple[Source, ...]:
        """Sources that yielded no claim, listed so that nothing given is dropped silently."""
        by_source = self._of_source()
        return tuple(s for s in self.sources if not by_source[s.id][1])

    # --- serialisation ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The report contract as plain data (``story`` only for a story of a corpus)."""
        return self._dict([f.to_dict() for f in self.facts])

    def _dict(self, facts: Any) -> dict[str, Any]:
        """The report object with these facts (their dicts, or :class:`_json.Raw` text)."""
        data: dict[str, Any] = {
            "format": self.FORMAT,
            "summary": {
                "sources": len(self.sources),
                "facts": len(self.facts),
                "conflicts": len(self.conflicts),
                "agreements": len(self.agreements),
                "single": len(self.singles),
            },
            "sources": [s.to_dict() for s in self.sources],
            "facts": facts,
        }
        if self.story is not None:
            data["story"] = self.story.to_dict()
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report contract as JSON; the same report always gives the same bytes."""
        return "".join(self._json_pieces(indent))

    def write_json(self, file: IO[str], *, indent: int | None = 2) -> None:
        """Write :meth:`to_json`'s text to an open text file, one fact at a time.

        Memory stays that of one fact's text, not the whole report's (about a
        gigabyte for a million claims).
        """
        for piece in self._json_pieces(indent):
            file.write(piece)

    def _json_pieces(self, indent: int | None) -> Iterator[str]:
        """The JSON text in pieces: what comes before the facts, each fact, what comes after."""
        if indent is None:  # the standard library's C encoder
            yield json.dumps(self.to_dict(), ensure_ascii=False, allow_nan=False) + "\n"
            return
        # The skeleton is written with a mark where the facts go (a NUL never appears in
        # JSON text: strings escape it); then each fact, its claims written from the
        # objects, with no tree of a million dicts for the cycle collector to walk.
        mark = "\x00"
        depth: list[tuple[str, str]] = []

        def facts_here(newline: str, step: str) -> str:
            depth.append((newline, step))
            return mark

        skeleton = _json.dumps(self._dict(_json.Raw(facts_here)), indent=indent, plain=self.to_dict)
        if mark not in skeleton:  # it held what only json.dumps writes, which wrote it all
            yield skeleton + "\n"
            return
        before, after = skeleton.split(mark)
        yield before
        newline, step = depth[0]
        if not self.facts:
            yield "[]"
        else:
            item = newline + step
            values: dict[str, dict[int, str]] = {}
            for number, fact in enumerate(self.facts):
                yield ("[" if number == 0 else ",") + item
                held = _columns_of(fact)
                claims = _json.Raw(
                    functools.partial(_claims_json, fact.claims, values)
                    if held is None
                    else functools.partial(
                        held[0].json, lo=held[1], hi=held[2], fact=fact, values=values
                    )
                )
                try:
                    yield _json.write_object(_fact_dict(fact, claims), item, step)
                except _json.Unusual:  # json.dumps writes this fact, at its depth
                    text = json.dumps(fact.to_dict(), ensure_ascii=False, indent=indent,
                                      allow_nan=False)  # fmt: skip
                    yield text.replace("\n", item)
            yield newline + "]"
        yield after + "\n"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Read a report written by :meth:`to_dict`."""
        if not isinstance(data, Mapping):
            raise ReportFormatError(f"a report must be a JSON object, got {type(data).__name__}")
        fmt = data.get("format", REPORT_FORMAT)
        if fmt != REPORT_FORMAT:
            raise ReportFormatError(
                f"this report has format {fmt!r}; this version of reconcile reads format"
                f" {REPORT_FORMAT}: upgrade reconcile or re-run it on the sources"
            )
        try:
            return cls(
                sources=tuple(Source.from_dict(s) for s in _get(data, "sources", "report")),
                facts=tuple(Fact.from_dict(f) for f in data.get("facts", ())),
                story=Story.from_dict(data["story"]) if data.get("story") else None,
            )
        except (TypeError, KeyError, AttributeError) as exc:
            raise ReportFormatError(f"not a reconcile report: {exc}") from exc

    @classmethod
    def from_json(cls, text: str | bytes) -> Report:
        """Read a report written by :meth:`to_json`."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ReportFormatError(f"not JSON: {exc}") from exc
        return cls.from_dict(cast("Mapping[str, Any]", data))

    # --- renderings (reconcile.report owns them) -------------------------------------------

    def to_text(self, *, width: int = 100, color: bool = False) -> str:
        """The report for a terminal: conflicts first, values side by side with their sources.

        Args:
            width: the columns to fit.
            color: paint it with ANSI escapes (the command does so only for a terminal,
                and never when ``NO_COLOR`` is set).

        >>> print(Report([Source("a", "No numbers here.")]).to_text().splitlines()[0])
        reconcile · 1 source · 0 facts: 0 conflicts, 0 agreements, 0 single-source
        """
        from reconcile.report import text  # noqa: PLC0415 - the renderer imports this module

        return text.render(self, width=width, color=color)

    def to_markdown(self) -> str:
        """The report as GitHub-flavoured Markdown: a table of values per fact, quotes below.

        >>> Report([Source("a", "No numbers here.")]).to_markdown().splitlines()[0]
        '# reconcile report'
        """
        from reconcile.report import markdown  # noqa: PLC0415 - the renderer imports this module

        return markdown.render(self)

    def to_html(self, *, standalone: bool = True) -> str:
        """The report as one self-contained HTML page (inline CSS and JS, nothing fetched).

        Args:
            standalone: a whole document; False gives a fragment to embed in a page.

        >>> page = Report([Source("a", "<b>Not bold</b>")]).to_html()
        >>> page.startswith("<!DOCTYPE html>"), "&lt;b&gt;Not bold&lt;/b&gt;" in page
        (True, True)
        """
        from reconcile.report import html  # noqa: PLC0415 - the renderer imports this module

        return html.render(self, standalone=standalone)

    def _repr_html_(self) -> str:
        """Jupyter shows a report as its HTML report (a fragment with its style and script).

        >>> Report([Source("a", "Text.")])._repr_html_().startswith("<style>")
        True
        """
        return self.to_html(standalone=False)

    def __str__(self) -> str:
        """The text report."""
        return self.to_text()
