"""Judging: whether values can both hold, each fact's verdict, and how many origins back it.

Values are compared as intervals with the precision their printed form implies:
"3 million" is a rounded number and holds 3.2 million; "four" is exactly 4.
Two maximums of one thing ("up to $2,500" / "as many as 5,000") hold together only when
their limits are one, within the printed step; a maximum and a figure within it agree.
Dates are ranges (a month holds its days); places are compatible when equal or
one lies inside the other; other names when their canonical forms are equal.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

import attrs
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from reconcile.extract.claims import denies
from reconcile.extract.lexicon import lemma
from reconcile.model import TIME_OF_DAY, DateRange, EntityRef, Quantity, Support, Value, Verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from reconcile.model import Claim, Source
    from reconcile.settings import Settings

__all__ = [
    "MINUTES",
    "READINGS",
    "UNITS",
    "agreed",
    "agreement",
    "compatible",
    "judge",
    "origins",
    "sided_listing",
    "sides",
    "single_reason",
    "unit_of",
    "value_listing",
    "why_conflict",
]


def _interval(q: Quantity) -> tuple[float | None, bool, float | None, bool]:
    """The quantity's interval, widened by half its printed step when it is a rounded figure."""
    low, low_open, high, high_open = q.low, q.low_open, q.high, q.high_open
    step = q.precision if q.precision and q.precision > 1 else 0.0
    if step and low is not None and high is not None and low == high:
        # "3 million" (step 1e6) stands for anything that rounds to it.
        return low - step / 2, False, high + step / 2, True
    return low, low_open, high, high_open


def _truncated(coarse: Quantity, fine: Quantity) -> bool:
    """Whether a rounded figure is a more precise one with its last digits cut off.

    "$36 million" and "$36.8 million": papers often cut a figure rather than round it,
    so the coarser one stands for anything from it up to its next step too. Only exact
    figures, and only when the other is printed more precisely.
    """
    step = coarse.precision
    if not step or step <= 1 or not fine.precision or fine.precision >= step:
        return False
    if coarse.low is None or coarse.low != coarse.high or fine.low is None or fine.low != fine.high:
        return False
    if abs(coarse.low) < 10 * step:
        # One significant digit ("$4 billion") is a rounding, never a cut: cutting "$4.8
        # billion" to it would lose a fifth of the figure. It holds half a step either way.
        return False
    return coarse.low <= fine.low < coarse.low + step


# Units that convert into one another by a fixed factor, by dimension, in that dimension's
# base unit. Only units with one meaning: a month is a twelfth of a year, never a number
# of days; hours and minutes are not set against years ("12 hours" is no term of 12 years).
UNITS: dict[str, tuple[str, float]] = {
    "year": ("months", 12.0),
    "month": ("months", 1.0),
    "week": ("days", 7.0),
    "day": ("days", 1.0),
    "acre": ("area", 0.40468564224),
    "hectare": ("area", 1.0),
    "ha": ("area", 1.0),
    "mile": ("length", 1.609344),
    "kilometer": ("length", 1.0),
    "kilometre": ("length", 1.0),
    "km": ("length", 1.0),
    "m": ("length", 0.001),
    "meter": ("length", 0.001),
    "metre": ("length", 0.001),
    "centimeter": ("length", 1e-5),
    "centimetre": ("length", 1e-5),
    "cm": ("length", 1e-5),
    "millimeter": ("length", 1e-6),
    "millimetre": ("length", 1e-6),
    "mm": ("length", 1e-6),
    "inch": ("length", 2.54e-5),
    "foot": ("length", 3.048e-4),
    "ft": ("length", 3.048e-4),
    "yard": ("length", 9.144e-4),
    "kilogram": ("mass", 1.0),
    "kilogramme": ("mass", 1.0),
    "kg": ("mass", 1.0),
    "kgs": ("mass", 1.0),
    "gram": ("mass", 0.001),
    "gramme": ("mass", 0.001),
    "tonne": ("mass", 1000.0),
    "pound": ("mass", 0.45359237),
    "lb": ("mass", 0.45359237),
    "lbs": ("mass", 0.45359237),
    "ounce": ("mass", 0.028349523125),
    "oz": ("mass", 0.028349523125),
    "litre": ("volume", 1.0),
    "liter": ("volume", 1.0),
    "millilitre": ("volume", 0.001),
    "milliliter": ("volume", 0.001),
    "ml": ("volume", 0.001),
    "gallon": ("volume", 3.785411784),  # the US gallon, the one most often printed
    "nmi": ("length", 1.852),  # the nautical mile; "nautical miles" is read in unit_of
    "mph": ("speed", 1.609344),
    "kph": ("speed", 1.0),
    "knot": ("speed", 1.852),  # a nautical mile an hour
    # Data sizes, in gigabytes, by the decimal steps storage and breach reports print
    # ("6.8 TB" is 6,800 GB); the binary step (1,024) is not assumed.
    "petabyte": ("data", 1e6),
    "pb": ("data", 1e6),
    "terabyte": ("data", 1e3),
    "tb": ("data", 1e3),
    "gigabyte": ("data", 1.0),
    "gb": ("data", 1.0),
    "megabyte": ("data", 1e-3),
    "mb": ("data", 1e-3),
    "kilobyte": ("data", 1e-6),
    "kb": ("data", 1e-6),
}
# A square of a length unit is an area, in hectares: "10 square miles", "3 sq km", "40 km2".
_SQUARE = frozenset(["square", "sq"])
_SQUARED = {"mile": 258.9988110336, "kilometre": 100.0, "kilometer": 100.0, "km": 100.0}
_SQUARED |= {"metre": 1e-4, "meter": 1e-4, "m": 1e-4, "foot": 9.290304e-6, "ft": 9.290304e-6}
# Dimensions a figure converted from another unit is rounded in: "267 miles" is anything
# that rounds to it, 429 to 430 km. Spans of time are not: "seven years" is 84 months.
_MEASURED = frozenset(["length", "mass", "area", "volume", "speed", "data"])
# A mile at sea: "5 nautical miles" is 9.26 km, not the 8.05 km of a mile on land.
_NAUTICAL = "nautical"
# Dimensions whose figure is a reading at a point, never a total over a whole: a gust of
# 60 mph "across the plains" is no sum of the gusts there.
READINGS = frozenset(["speed"])


def unit_of(q: Quantity) -> tuple[str, float] | None:
    """The dimension and factor of a quantity's unit ("84 months" -> ("months", 1.0)), or None.

    A unit before the noun it measures counts as well: "65 mph gusts" are in mph.
    """
    if q.kind != "count" or not q.unit:
        return None
    words = [lemma(word) for word in q.unit.casefold().split()]
    if words[0] == _NAUTICAL and words[-1] == "mile":
        return UNITS["nmi"]
    if words[0] in _SQUARE and len(words) > 1 and words[1] in _SQUARED:
        return "area", _SQUARED[words[1]]
    if words[0].endswith("2") and words[0][:-1] in _SQUARED:
        return "area", _SQUARED[words[0][:-1]]
    return UNITS.get(words[-1]) or UNITS.get(words[0])


# Units whose count in the base unit is a span: a week of days is five working days or
# seven calendar days, so "a three-week trial" and "the 15-day trial" (court days) agree.
_SPANS: dict[str, tuple[float, float]] = {"week": (5.0, 7.0)}

# Durations as judged, in minutes: "72 hours" is three days, "90 minutes" an hour and a
# half. Hours are not in :data:`UNITS` (which grouping reads): the judge converts them only
# when two figures are already one fact. A week is seven days (or five working days,
# :data:`_SPANS`); months and years stay a dimension of their own.
MINUTES = {"second": 1 / 60, "minute": 1.0, "hour": 60.0, "day": 1440.0, "week": 10080.0}


def _judged_unit(q: Quantity) -> tuple[str, float] | None:
    """A quantity's dimension and factor as judged: :func:`unit_of`, with durations in minutes."""
    unit = unit_of(q)
    if unit is not None and unit[0] != "days":
        return unit
    if q.kind != "count" or not q.unit:
        return None
    word = lemma(q.unit.casefold().split()[-1])
    if word in MINUTES:
        return "minutes", MINUTES[word]
    return unit


def _in_base(q: Quantity, factor: float) -> Quantity:
    """The quantity in its dimension's base unit: bounds and printed step times ``factor``.

    A unit of :data:`_SPANS` converts its low bound by the span's low factor and its high
    bound by the high one ("three weeks" is 15 to 21 days).
    """
    low_factor, high_factor = factor, factor
    if q.unit:
        span = _SPANS.get(lemma(q.unit.split()[-1]))
        if span is not None:  # in days; durations are judged in minutes
            scale = factor / 7.0
            low_factor, high_factor = span[0] * scale, span[1] * scale
    return attrs.evolve(
        q,
        low=None if q.low is None else q.low * low_factor,
        high=None if q.high is None else q.high * high_factor,
        # An exact figure stays exact: "seven years" is 84 months, not 78 to 90.
        precision=q.precision * factor if q.precision and q.precision > 1 else q.precision,
    )


def _rounded(q: Quantity) -> Quantity:
    """An exact measure as anything that rounds to it in its unit: "267 miles", 266.5 to 267.5.

    A figure converted from another unit was rounded in the unit it is printed in, so two
    units of one dimension agree when each lies within half the other's printed step. A
    maximum's limit is rounded alike ("up to 9 inches", up to 8.5 to 9.5 inches).
    """
    if q.low is not None and q.low == q.high:
        step = _converted_step(q.low, q.precision)
        return attrs.evolve(q, low=q.low - step / 2, high=q.high + step / 2, high_open=True)
    return q


def _converted_step(number: float, precision: float | None) -> float:
    """The step a figure converted from another unit may be rounded to.

    Its printed step, or coarser by its trailing zeros while two significant digits stay:
    a writer converting 6,200 acres prints "2,510 hectares" and 5,000 gallons "19,000
    litres" (steps 10 and 1,000), yet "30 mph" is 30 (not 25 to 35) and "1,000", 100.
    """
    step = precision or 1.0
    if step < 1:
        return step
    size = abs(number)
    while size and size % (step * 10) == 0 and size / (step * 10) >= 10:
        step *= 10
    return step


def _caps_meet(
    a: Quantity, b: Quantity, unit_a: tuple[str, float], unit_b: tuple[str, float]
) -> bool:
    """Whether two maximums in two units of one dimension are one limit, converted.

    Each limit is what rounds to it in its own unit when the dimension is a measure ("up to
    9 inches" and "up to 229 millimetres"); a duration's limit is exact ("up to 2 days",
    "up to 48 hours").
    """
    limits = []
    for q, (dimension, factor) in ((a, unit_a), (b, unit_b)):
        high = q.high or 0.0
        step = _converted_step(high, q.precision) if dimension in _MEASURED else 0.0
        limits.append(((high - step / 2) * factor, (high + step / 2) * factor))
    (a_low, a_high), (b_low, b_high) = limits
    slack = 1e-9 * max(abs(a_high), abs(b_high))  # 9 inches, 228.6 mm: floats of one length
    return a_low <= b_high + slack and b_low <= a_high + slack


def _quantities_overlap(a: Quantity, b: Quantity) -> bool:
    if a.currency and b.currency and a.currency != b.currency:
        return False
    if a.kind == b.kind == "percent" and _points(a) != _points(b):
        return False  # "rose 4.5 percentage points" is not "rose 4.5 percent"
    unit_a, unit_b = _judged_unit(a), _judged_unit(b)
    if unit_a and unit_b and unit_a[0] != unit_b[0]:
        return False  # "5 km" and "5 kg" are never one figure
    if unit_a and unit_b and unit_a[0] == unit_b[0] and unit_a[1] != unit_b[1]:
        if _cap(a) and _cap(b):
            return _caps_meet(a, b, unit_a, unit_b)  # "up to 9 inches", "up to 229 mm"
        if unit_a[0] in _MEASURED:
            a, b = _rounded(a), _rounded(b)  # "267 miles" and "430 km"
        a, b = _in_base(a, unit_a[1]), _in_base(b, unit_b[1])  # "84 months" / "seven years"
    if a.vague is not None and a.low is None and a.high is None:
        return True
    if b.vague is not None and b.low is None and b.high is None:
        return True
    if _truncated(a, b) or _truncated(b, a):
        return True
    if _cap(a) and _cap(b):
        return _same_cap(a, b)
    if _about_past_a_bound(a, b) or _about_past_a_bound(b, a):
        return False
    a_low, a_low_open, a_high, a_high_open = _interval(a)
    b_low, b_low_open, b_high, b_high_open = _interval(b)
    # a lies wholly below b?
    if (
        a_high is not None
        and b_low is not None
        and (a_high < b_low or (a_high == b_low and (a_high_open or b_low_open)))
    ):
        return False
    return not (
        b_high is not None
        and a_low is not None
        and (b_high < a_low or (b_high == a_low and (b_high_open or a_low_open)))
    )


def _about_past_a_bound(about: Quantity, bound: Quantity) -> bool:
    """Whether "about X" is on the other side of a one-sided bound: "more than Y", Y above X.

    "About 380 tonnes" and "more than 400 tonnes": the one source puts the figure near 380,
    the other past 400; the window "about" is read with (a tenth either side) reaches 400,
    yet no source that rounds to "about 380" knows the figure to be over 400. Two accounts
    of one figure that disagree. "About 420" with "more than 400", "about 380" with "fewer
    than 400" agree; so do "about 40" and "at least 41", within what rounds to 40.

    >>> _about_past_a_bound(Quantity(342, 418, approximate=True), Quantity(400, None, True))
    True
    >>> _about_past_a_bound(Quantity(378, 462, approximate=True), Quantity(400, None, True))
    False
    """
    if not about.approximate or about.vague is not None or bound.approximate:
        return False
    if about.low is None or about.high is None or about.low_open or about.high_open:
        return False
    if bound.vague is not None or (bound.low is None) == (bound.high is None):
        return False
    point = (about.low + about.high) / 2
    reach = _last_digit_step(point) / 2  # "about 40" is what rounds to 40: "at least 41" too
    if bound.low is not None:
        return bound.low > point + reach
    return bound.high is not None and bound.high < point - reach


def _last_digit_step(number: float) -> float:
    """The place of a whole number's last digit that is not zero: 380,000 -> 10,000; 41 -> 1.

    >>> _last_digit_step(380_000), _last_digit_step(40), _last_digit_step(2.5)
    (10000.0, 10.0, 1.0)
    """
    step = 1.0
    if number != int(number) or not number:
        return step
    size = abs(int(number))
    while size % 10 == 0:
        size //= 10
        step *= 10
    return step


def _cap(q: Quantity) -> bool:
    """Whether a quantity states only a maximum, reached: "up to $2,500", "as many as 40".

    Not "fewer than 40" (a bound the thing stays under, open), nor an approximate one.
    """
    return (
        q.high is not None
        and not q.high_open
        and (q.low is None or q.low == 0)
        and not q.approximate
        and q.vague is None
    )


def _same_cap(a: Quantity, b: Quantity) -> bool:
    """Whether two maximums of one thing are one limit: equal within the coarser's step.

    "Up to $2,500" and "up to $1,000" both hold $800, yet two sources that state a
    thing's maximum as two limits say different things of it: they conflict. "Up to $7.5
    million" and "up to $7.52 million" are one limit, the first rounded.
    """
    step = max(a.precision or 0.0, b.precision or 0.0)
    step = step if step > 1 else 0.0
    return abs((a.high or 0.0) - (b.high or 0.0)) <= step / 2


def _points(q: Quantity) -> bool:
    return q.unit == "percentage points"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(words: str | None) -> int | None:
    """The weekday a relative date names ("last Sunday" -> 6), or None."""
    found = [n for n, day in enumerate(_WEEKDAYS) if day in (words or "").casefold()]
    return found[0] if len(found) == 1 else None


def _dates_overlap(a: DateRange, b: DateRange) -> bool:
    if (a.start is None or a.end is None) and (b.start is None or b.end is None):
        # Two unresolved relative dates ("Monday", no publication date) match by their words.
        return (a.relative or "").casefold() == (b.relative or "").casefold()
    if a.start is None or a.end is None or b.start is None or b.end is None:
        # One unresolved: a weekday fits a range holding that weekday; anything else is
        # unknown, which is no contradiction.
        loose, fixed = (a, b) if a.start is None else (b, a)
        weekday = _weekday(loose.relative)
        if weekday is None or fixed.start is None or fixed.end is None:
            return True
        span = (fixed.end - fixed.start).days
        return span >= len(_WEEKDAYS) - 1 or any(
            (fixed.start.weekday() + k) % len(_WEEKDAYS) == weekday for k in range(span + 1)
        )
    return a.start <= b.end and b.start <= a.end


def _names_agree(
    a: EntityRef, b: EntityRef, contains: Callable[[str, str], bool | None] | None
) -> bool:
    if a.name.casefold() == b.name.casefold():
        return True
    if a.kind == "place" and b.kind == "place" and contains is not None:
        return bool(contains(a.name, b.name) or contains(b.name, a.name))
    return False


def compatible(
    a: Value, b: Value, *, place_contains: Callable[[str, str], bool | None] | None = None
) -> bool:
    """Whether two values can both be true of one thing.

    >>> compatible(Quantity.exact(4), Quantity.exact(6))
    False
    >>> compatible(Quantity(low=60, high=None, low_open=True), Quantity.exact(65))
    True
    >>> compatible(Quantity.exact(2e6, precision=1e6), Quantity.exact(2.2e6, precision=1e5))
    True
    """
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        shifted = in_zone_of(b, a)
        return _quantities_overlap(a, b if shifted is None else shifted)
    if isinstance(a, DateRange) and isinstance(b, DateRange):
        return _dates_overlap(a, b)
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        return _names_agree(a, b, place_contains)
    return False


# Zones whose offset from UTC, in minutes, their name fixes: "CEST" is always UTC+2, while
# "ET" or "Eastern time" is -5 or -4 by the season, and "IST" is India's, Ireland's or
# Israel's. Only these are converted; a time in any other zone is compared as printed.
FIXED_ZONES: dict[str, int] = {
    "UTC": 0, "GMT": 0, "BST": 60, "CET": 60, "CEST": 120,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "JST": 540, "HKT": 480, "SGT": 480, "AEST": 600, "AEDT": 660,
}  # fmt: skip
_DAY_MINUTES = 1440


def in_zone_of(time: Quantity, other: Quantity) -> Quantity | None:
    """A time of day told in another fixed zone as the other's zone tells it; else None.

    "11:20 CEST" in the zone of "09:20 UTC" is 09:20. None unless both are times of day
    whose zones differ and have offsets their names fix (:data:`FIXED_ZONES`).

    >>> in_zone_of(Quantity.exact(680, unit=TIME_OF_DAY, zone="CEST"),
    ...            Quantity.exact(560, unit=TIME_OF_DAY, zone="UTC")).describe()
    '09:20 UTC'
    """
    if time.unit != TIME_OF_DAY or other.unit != TIME_OF_DAY or time.zone == other.zone:
        return None
    mine, theirs = FIXED_ZONES.get(time.zone or ""), FIXED_ZONES.get(other.zone or "")
    if mine is None or theirs is None:
        return None
    shift = theirs - mine
    if time.low is not None and not 0 <= time.low + shift < _DAY_MINUTES:
        # Past midnight one way or the other: the clock reads the other side of it.
        shift += _DAY_MINUTES if time.low + shift < 0 else -_DAY_MINUTES
    return attrs.evolve(
        time,
        low=None if time.low is None else time.low + shift,
        high=None if time.high is None else time.high + shift,
        zone=other.zone,
    )


# Above this many claims in one fact, near-identical sentences are found by exact match of
# their normalised text only: fuzzy matching every pair would be quadratic.
_FUZZY_REPRINT_LIMIT = 60
# Reprinted sentences are compared fuzzily only up to this length: a longer "sentence" is
# text without sentence breaks, and comparing two of them is quadratic in their length.
# Longer ones still count as one origin when they are identical.
_FUZZY_SENTENCE_LIMIT = 2_000


def origins(claims: Sequence[Claim], sources: dict[str, Source], settings: Settings) -> int:
    """How many independent origins stand behind these claims.

    Each source is one origin, and sources count once together when their
    claims are attributed to one originator (every outlet quoting one press
    release) or stand in near-identical sentences (reprinted wire copy). So
    there are never more origins than sources.

    >>> from reconcile import Settings, Source
    >>> from reconcile.extract import extract
    >>> a = Source.from_text("Nine people were hurt, the police said.", id="a")
    >>> b = Source.from_text("Nine people were hurt, the police said.", id="b")
    >>> origins([*extract(a), *extract(b)], {"a": a, "b": b}, Settings())
    1
    """
    roots = list(range(len(claims)))

    def find(i: int) -> int:
        while roots[i] != i:
            roots[i] = roots[roots[i]]
            i = roots[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            roots[max(ri, rj)] = min(ri, rj)

    first_of: dict[tuple[str, str], int] = {}
    sentences = [_processed(sources[c.source_id].text, *_bounds(c)) for c in claims]
    for i, claim in enumerate(claims):
        # A source is one origin, unless it shares a teller or a sentence with another.
        keys = [("source", claim.source_id), ("sentence", sentences[i])]
        if claim.attributed_to:
            keys.append(("teller", claim.attributed_to.casefold()))
        for key in keys:
            if key in first_of:
                join(first_of[key], i)
            else:
                first_of[key] = i
    if len(claims) <= _FUZZY_REPRINT_LIMIT:
        for i, j in itertools.combinations(range(len(claims)), 2):
            if (
                claims[i].source_id != claims[j].source_id
                and find(i) != find(j)
                and len(sentences[i]) <= _FUZZY_SENTENCE_LIMIT
                and len(sentences[j]) <= _FUZZY_SENTENCE_LIMIT
                and fuzz.ratio(sentences[i], sentences[j]) >= settings.reprint_similarity
            ):
                join(i, j)
    return len({find(i) for i in range(len(claims))})


def _bounds(claim: Claim) -> tuple[int, int]:
    span = claim.sentence or claim.span
    return span.start, span.end


@functools.lru_cache(maxsize=64)
def _processed(text: str, start: int, end: int) -> str:
    """A sentence of ``text`` as compared for reprints: lower case, punctuation dropped.

    Kept for the next claims of the same sentence: text without sentence breaks is one
    sentence of any length, and normalising it anew for every claim of every fact was
    quadratic (80,000 words took a minute). The key's text hashes once, and is the
    same object for every claim of a source.
    """
    return default_process(text[start:end])


def _value_groups(
    claims: Sequence[Claim],
    limit: int = 4,
    place_contains: Callable[[str, str], bool | None] | None = None,
) -> str:
    """The values and the sources behind each, shortened for facts with many sources."""
    by_value: dict[Value, dict[str, None]] = {}
    for claim in claims:
        by_value.setdefault(claim.value, {})[claim.source_id] = None
    values = list(by_value)
    return sided_listing(
        [(v.describe(), by_value[v]) for v in values],
        lambda i, j: compatible(values[i], values[j], place_contains=place_contains),
        limit,
    )


def sides(count: int, fits: Callable[[int, int], bool]) -> list[list[int]]:
    """Values ``0 .. count - 1`` on sides, each onto the first side whose every value it fits.

    ``fits(i, j)`` says whether values ``i`` and ``j`` are compatible; it is asked of
    each value and the values of each side before it, in order, until one fails.

    >>> sides(3, lambda i, j: i + j == 3)
    [[0], [1, 2]]
    """
    found: list[list[int]] = []
    for index in range(count):
        for side in found:
            for other in side:
                if not fits(index, other):
                    break
            else:
                side.append(index)
                break
        else:
            found.append([index])
    return found


def sided_listing(
    held: Sequence[tuple[str, Iterable[str]]], fits: Callable[[int, int], bool], limit: int = 4
) -> str:
    """The values of a conflict, those compatible with each other on one side.

    ``held`` gives, per distinct value, its words and its sources; ``fits(i, j)`` says
    whether values ``i`` and ``j`` are compatible. Sides are set against each other
    with "vs", the values of one side joined by "≈" ("$86 million ≈ $86.3 million").

    >>> sided_listing([("68", ["a"]), ("86", ["b"]), ("86.3", ["c"])], lambda i, j: i + j == 3)
    '68 (a) vs 86 (b) ≈ 86.3 (c)'

    A value that fits every value of two sides stands on neither: it is named after them
    as fitting both, never joined to one as if it contradicted the other.

    >>> sided_listing([("over 5", ["a"]), ("9", ["b"]), ("7", ["c"])], lambda i, j: 0 in (i, j))
    '9 (b) vs 7 (c); over 5 (a) fits both'
    """
    found = sides(len(held), fits)
    bridges = [
        index
        for number, side in enumerate(found)
        for index in side
        if len(side) > 1
        and any(
            all(fits(index, other) for other in theirs)
            for k, theirs in enumerate(found)
            if k != number
        )
    ]
    if bridges:
        kept = [[i for i in side if i not in bridges] for side in found]
        kept = [side for side in kept if side]
        if len(kept) > 1:
            return _bridged(held, kept, bridges, limit)
    return _sided(held, found, limit)


def _bridged(
    held: Sequence[tuple[str, Iterable[str]]],
    found: list[list[int]],
    bridges: list[int],
    limit: int,
) -> str:
    """Sides set against each other, then the values that fit more than one of them."""
    fitting = value_listing((held[i] for i in bridges), limit, joiner=", ")
    verb = "fits" if len(bridges) == 1 else "fit"
    where = "both" if len(found) == 2 else "more than one side"
    return f"{_sided(held, found, limit)}; {fitting} {verb} {where}"


def _sided(held: Sequence[tuple[str, Iterable[str]]], found: list[list[int]], limit: int) -> str:
    """Sides set against each other with "vs", the values of one side joined by "≈"."""
    listed = []
    for side in found[:limit]:
        if len(side) == 1:  # one value: what value_listing gives for it, without its grouping
            words, holders = held[side[0]]
            listed.append(_listed(words, list(holders)))
        else:
            listed.append(value_listing((held[i] for i in side), limit, joiner=" ≈ "))
    if len(found) > limit:
        listed.append(f"{len(found) - limit} more values")
    return " vs ".join(listed)


def _listed(words: str, ids: Sequence[str]) -> str:
    """A value's words and the sources behind it, three named: "4 (a, b, c and 2 more)"."""
    shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
    return f"{words} ({shown})"


def value_listing(
    held: Iterable[tuple[str, Iterable[str]]], limit: int = 4, *, joiner: str = " vs "
) -> str:
    """Each distinct value in words and the sources behind it, shortened for many sources.

    ``held`` gives, per distinct value in order of first claim, its words and its sources;
    ``joiner`` stands between them (" ≈ " for values on one side).

    >>> value_listing([("4", ["a"]), ("6", ["b", "c"])])
    '4 (a) vs 6 (b, c)'
    """
    groups: dict[str, list[str]] = {}
    for words, holders in held:
        groups.setdefault(words, []).extend(holders)
    parts = [_listed(value_words, ids) for value_words, ids in list(groups.items())[:limit]]
    if len(groups) > limit:
        parts.append(f"{len(groups) - limit} more values")
    return joiner.join(parts)


def _support(
    claims: Sequence[Claim], sources: dict[str, Source], settings: Settings
) -> tuple[Support, ...]:
    """Per value as a reader sees it: the sources that state it, and their origins."""
    by_value: dict[str, list[Claim]] = {}
    for claim in claims:
        by_value.setdefault(claim.describe(), []).append(claim)
    return tuple(
        Support(
            value,
            tuple(dict.fromkeys(c.source_id for c in held)),
            origins(held, sources, settings),
        )
        for value, held in by_value.items()
    )


def agreed(sources: int, origins: int, support: tuple[Support, ...]) -> Verdict:
    """The verdict of a fact whose values are all compatible, with its reason."""
    return Verdict("agree", agreement(sources, origins), origins, support)


def agreement(sources: int, origins: int) -> str:
    """The reason given for a fact whose values are all compatible.

    >>> agreement(3, 1)
    '3 sources, 1 independent origin, all values compatible'
    """
    return (
        f"{sources} sources, {origins} independent origin{'s' if origins != 1 else ''},"
        " all values compatible"
    )


def _kind_of(value: Value) -> str:
    """What a value is, in a word for a reason: "a time", "a number", "a date", "a name"."""
    if isinstance(value, Quantity):
        if value.unit == TIME_OF_DAY:
            return "a time"
        return "an amount of money" if value.kind == "money" else "a number"
    return "a date" if isinstance(value, DateRange) else "a name"


def _excluded(bound: Quantity, exact: Quantity) -> str | None:
    """The reason for a bound ("nearly 80") whose open end is the exact figure ("80"); or None.

    Such a pair is next to each other, not far apart: the bound ("nearly", "just over",
    "fewer than") says the figure is not the one the other source gives.
    """
    if not exact.is_exact or bound.is_exact or exact.low is None:
        return None
    at_end = (bound.high_open and bound.high == exact.low) or (
        bound.low_open and bound.low == exact.low
    )
    return f"{bound.describe()} excludes {exact.describe()}" if at_end else None


def why_conflict(a: Value, b: Value) -> str:
    """Why two incompatible values conflict, in a few words that fit what they are.

    >>> why_conflict(Quantity.exact(4), Quantity.exact(6))
    'different counts'
    >>> why_conflict(Quantity.exact(1095, unit=TIME_OF_DAY), Quantity.exact(1155, unit=TIME_OF_DAY))
    'different times of day'
    >>> why_conflict(Quantity(72, 80, high_open=True, approximate=True), Quantity.exact(80))
    'nearly 80 excludes 80'
    >>> why_conflict(Quantity.exact(1999, kind="number"), EntityRef("other", "n/a", "n/a"))
    'a name and a number'
    >>> yen = Quantity.exact(12_500_000_000, kind="money", currency="JPY")
    >>> why_conflict(yen, Quantity.exact(84_000_000, kind="money", currency="USD"))
    'amounts in different currencies (JPY and USD), not converted'
    """
    kinds = (_kind_of(a), _kind_of(b))
    if kinds[0] != kinds[1] and "a name" not in kinds:
        return f"{kinds[0]} and {kinds[1]}"
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        if kinds[0] == "a time":
            if a.zone and b.zone and a.zone != b.zone and in_zone_of(b, a) is None:
                return f"times in different zones ({a.zone} and {b.zone}), not converted"
            apart = "different times of day" if a.is_exact and b.is_exact else "times apart"
            return apart + (" (zones converted)" if in_zone_of(b, a) is not None else "")
        if a.currency and b.currency and a.currency != b.currency:
            # No exchange rate is at hand (nothing is fetched), so the two are never set
            # against each other as sums: the reader is told why they stand apart.
            return f"amounts in different currencies ({a.currency} and {b.currency}), not converted"
        if a.is_exact and b.is_exact:
            return "different counts" if a.kind == "count" else "different amounts"
        excluded = _excluded(a, b) or _excluded(b, a)
        return excluded or "figures too far apart to both hold"
    if isinstance(a, DateRange) and isinstance(b, DateRange):
        return (
            "different days for one event"
            if a.granularity == "day"
            else "dates too far apart to both hold"
        )
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        return "different names"
    return "a name and " + (kinds[0] if kinds[1] == "a name" else kinds[1])


def _listed_words(words: Sequence[str]) -> str:
    """The words as a list a reader says: "4", "4 and 6", "4, 6 and 8"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def single_reason(
    source_id: str, words: Sequence[str], values: Sequence[Value], fits: Callable[[int, int], bool]
) -> str:
    """Why a fact is single, and, when its one source states more than one value, which.

    A source that states two values of one fact that cannot both hold contradicts
    itself: the reason says so (the verdict stays ``single``, the one source there is).
    ``words[i]`` prints ``values[i]``; ``fits(i, j)`` says whether two can both hold.

    >>> n = [Quantity.exact(4), Quantity.exact(6)]
    >>> single_reason("a", ["4", "6"], n, lambda i, j: False)
    'only a states it, and it states both 4 and 6, which cannot both hold (different counts)'
    >>> single_reason("a", ["4 people", "four"], n[:1] * 2, lambda i, j: True)
    'only a states it, as 4 people and four, which agree'
    """
    alone = f"only {source_id} states it"
    for i, j in itertools.combinations(range(len(values)), 2):
        if not fits(i, j):
            return (
                f"{alone}, and it states both {words[i]} and {words[j]}, which cannot both"
                f" hold ({why_conflict(values[i], values[j])})"
            )
    printed = list(dict.fromkeys(words))
    return f"{alone}, as {_listed_words(printed)}, which agree" if len(printed) > 1 else alone


def judge(
    claims: Sequence[Claim],
    sources: dict[str, Source],
    settings: Settings,
    *,
    place_contains: Callable[[str, str], bool | None] | None = None,
) -> Verdict:
    """The verdict on one group of claims: single, agree or conflict, with its reason."""
    by_source = list(dict.fromkeys(c.source_id for c in claims))
    count = origins(claims, sources, settings)
    support = _support(claims, sources, settings)
    # Compare distinct values, not claims: a fact told by thousands of outlets has few values.
    holders: dict[Value, set[str]] = {}
    for claim in claims:
        holders.setdefault(claim.value, set()).add(claim.source_id)
    values = list(holders)
    if len(by_source) == 1:
        reason = single_reason(
            by_source[0],
            [value.describe() for value in values],
            values,
            lambda i, j: compatible(values[i], values[j], place_contains=place_contains),
        )
        return Verdict("single", reason, count, support)
    denial = _denial(claims, sources, place_contains=place_contains)
    if denial is not None:
        return Verdict("conflict", denial, count, support)
    sided: str | None = None
    for i, a in enumerate(values):
        for b in values[i + 1 :]:
            apart = holders[a] | holders[b]
            if len(apart) > 1 and not compatible(a, b, place_contains=place_contains):
                speakers = _two_speakers(claims, a, b)
                if speakers is None or not _both_told(claims, speakers):
                    listing = _value_groups(claims, place_contains=place_contains)
                    reason = f"{listing}: {why_conflict(a, b)}"
                    return Verdict("conflict", reason, count, support)
                if sided is None:
                    listing = _value_groups(claims, place_contains=place_contains)
                sided = sided or (
                    f"{listing}: {why_conflict(a, b)}, told by different speakers"
                    f" ({speakers[0]} and {speakers[1]}): a dispute between them,"
                    " not between the sources"
                )
    if sided is not None:
        return Verdict("conflict", sided, count, support)
    return agreed(len(by_source), count, support)


def _denial(
    claims: Sequence[Claim],
    sources: dict[str, Source],
    *,
    place_contains: Callable[[str, str], bool | None] | None = None,
) -> str | None:
    """Why a fact conflicts when one source denies a value another states, else None.

    A denied claim ("the union denied that 30 were held", "reports that 30 were held are
    false") is no support for the value it denies: against a source that states a value
    it fits, the two sources contradict each other. A denial of a value that no other
    source states contradicts nothing; a plain negation ("has not had two doses") is no
    denial and is judged as before.
    """
    denied = [
        c
        for c in claims
        if c.negated and denies(sources[c.source_id].text, c.sentence, c.span.start)
    ]
    if not denied or len(denied) == len(claims):
        return None
    for claim in claims:
        if claim.negated:
            continue
        for other in denied:
            if other.source_id != claim.source_id and compatible(
                claim.value, other.value, place_contains=place_contains
            ):
                said = claim.value.describe()
                return (
                    f"{said} ({claim.source_id}) vs denied ({other.source_id}):"
                    f" {other.source_id} denies what {claim.source_id} states"
                )
    return None


def _two_speakers(claims: Sequence[Claim], a: Value, b: Value) -> tuple[str, str] | None:
    """The two speakers behind values ``a`` and ``b`` when only they set them apart.

    Two sources that quote two sides ("police put the crowd at 2,000", "the organisers
    at 9,000") do not contradict each other: each speaker's figure is set only against
    the same speaker's. None when some source's ``a`` and another's ``b`` may be one
    speaker's (the same teller, or a claim told by no one).
    """
    first = [c for c in claims if c.value == a]
    second = [c for c in claims if c.value == b]
    pair: tuple[str, str] | None = None
    for x in first:
        for y in second:
            if x.source_id == y.source_id:
                continue
            if not x.attributed_to or not y.attributed_to:
                return None
            if x.attributed_to.casefold() == y.attributed_to.casefold():
                return None
            pair = pair or (x.attributed_to, y.attributed_to)
    return pair


def _both_told(claims: Sequence[Claim], speakers: tuple[str, str]) -> bool:
    """Whether one source quotes both speakers here: the sources report one dispute."""
    told: dict[str, set[str]] = {}
    for claim in claims:
        if claim.attributed_to:
            told.setdefault(claim.source_id, set()).add(claim.attributed_to.casefold())
    pair = {speakers[0].casefold(), speakers[1].casefold()}
    return any(pair <= held for held in told.values())
