"""Numbers in news prose as intervals: counts, money and percentages, with their bounds.

:func:`find_quantities` reads a stretch of text once with one compiled scanner and
works on its tokens, so it runs in linear time. For every number the text states it
returns the words that state it and a :class:`~reconcile.model.Quantity`.

What a span covers
    The bound ("more than"), the currency, the number with its scale word, and for a
    count the counted noun phrase: "more than 60 local residents", "nearly $450,000",
    "four French nationals", "Thousands of Belgian dairy farmers". Money ends
    with its amount: "$2 million in repair costs" spans "$2 million".

Bounds, as intervals (``n`` is ``near_window``, ``a`` is ``approx_window``)
    ========================================================  ========================
    more than, over, above, in excess of, upwards of           (v, ∞)
    at least, no fewer than, no less than, a minimum of        [v, ∞)
    fewer than, less than, under, below                        (-∞, v)
    up to, as many as, as high as, at most, a maximum of       (-∞, v]
    as low as, as few as, as little as (a low extreme reached) v
    nearly, almost, just under, close to                       [v - n·v, v), approximate
    just over, slightly more than                              (v, v + n·v], approximate
    about, around, roughly, some, an estimated, approximately  [v - a·v, v + a·v], approximate
    between X and Y, from X to Y, X to Y, X-Y, X or Y          [X, Y]
    X or more / X or fewer / X or so / X+                      [X, ∞) / (-∞, X] / about X
    more than X but fewer than Y                               (X, Y)
    ========================================================  ========================

    "3 to 5 million" shares its scale, currency and percent sign between its ends
    ("500 to 2 million" does not: 500 is not less than 2). A descending pair ("won
    52 to 48") is two numbers. With no near window "nearly 80" is (-∞, 80).

Precision
    The step the printed form implies: the last printed digit times the scale word.
    "80" and "four" are 1, "3.5" is 0.1, "3 million" is 1e6, "3.25 million" is 1e4,
    "five hundred" is 100, "three dozen" is 12, "half a million" is 5e5. Vague counts
    have none.

Vague counts
    The plural of a unit means at least two of it and fewer than the next unit a
    writer would switch to: "dozens" [24, 144) (fewer than a dozen dozens), "scores"
    [40, 400), "tens" [20, 100), "hundreds" [200, 1000), "thousands" [2000, 1e6) (tens
    and hundreds of thousands are still thousands), "millions" [2e6, 1e9), "billions"
    [2e9, 1e12). "tens of thousands" is [2e4, 1e5) and "hundreds of millions" [2e8,
    1e9). "several hundred" and "a few thousand" name a single-digit multiple: [200,
    1000) and [2000, 10000). "millions of dollars" is vague money.

Kinds
    ``money`` when a currency is given, with its ISO 4217 code: symbols ("$", "US$",
    "C$", "€", "£", "¥", "₹"), codes ("USD 200", "200 EUR", "usd 200", "MEUR" for
    millions of euros) and words ("dollars", "Swiss francs", "yuan"). Bare "$" and
    "dollars" are US dollars and "cents" a hundredth of one, as news style assumes;
    "3 dollars 50 cents" is 3.5. A currency word that names no single currency
    ("francs", "pesos") gives money with no code and the word as unit; so does a rate
    ("$1.40 a share": unit "a share"). Money spans no noun. ``percent`` for "%",
    "percent", "per cent", "pct", "percentage points" (unit). ``count`` when a noun
    follows ("60 U.S. veterans", unit "U.S. veterans", as printed) or a unit is glued
    ("29km": unit "km"). Otherwise ``number``: a bare number, a fraction ("a third",
    "two-thirds", "3/4") or a proportion ("one in five", "3 out of 10": 0.2, 0.3), a
    power or scientific notation ("2.5^-1", "1.3x10^6", "2.48×10−5").
    "200 pounds" without a scale word weighs; "20 million pounds" is money.

The counted noun
    The words after the number up to the head noun: modifiers, nationality and other
    capitalised words, abbreviations ("U.S.") and quoted words, stopping at
    prepositions, conjunctions, verbs, adverbs and punctuation. A vague plural or "a
    couple" counts the noun after "of" ("Thousands of Belgian dairy farmers");
    a partitive ("two of the suspects") counts none.

What is not a quantity here
    Years standing as dates ("in 2025"), day numbers of dates ("March 3", "3 June"),
    times ("3:45 PM", "5 p.m."), names and codes ("G7", "F-16", "H1N1", "Boeing
    737", "Section 230", "9/11", "runway 27L", phone numbers, "2024-06-14", street addresses,
    URLs), ordinals ("First Amendment", "21st"), compound adjectives ("13-year-old",
    "two-year", "a 17 year old"), and "one" unless it counts a noun ("one arrest", not
    "no one", "one of the", "one day"). A year-like number still counts a plural noun
    that follows ("2000 people", but "the 2020 election" is a date). "a man" is no
    number here: implicit counts belong to another reader.
"""

from __future__ import annotations

import bisect
import math
import operator
import re
from decimal import Decimal, InvalidOperation
from itertools import compress, count
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from reconcile.extract import _numwords as lex
from reconcile.extract.implicit import count_event, is_plural_person
from reconcile.model import TIME_OF_DAY, Quantity

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from reconcile.model import QuantityKind

__all__ = [
    "find_ages",
    "find_editions",
    "find_ordinals",
    "find_quantities",
    "find_readings",
    "find_tallies",
    "find_times",
    "is_glued_measure",
    "ordinal_marks",
    "ordinal_series",
    "parse_time",
    "time_marks",
]

# --- tokens -------------------------------------------------------------------------------


def _set(text: str) -> frozenset[str]:
    """The words of ``text``, as a set."""
    return frozenset(text.split())


# One scanner for the whole text. Each match takes the spaces before a token with it
# (faster than letting the engine fail at every space); the token is the named group.
# Digit groups: "1,234,567", Indian "12,34,567", and space-grouped "40 000" (also with
# no-break and thin spaces), each with an optional decimal part. The repetitions are
# bounded or greedy with a single way to fail, so no input makes the scanner backtrack
# more than a few characters.
_TOKEN: Final = re.compile(
    r"[^\S\n]*(?:(?P<num>(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    r"|[0-9]{1,2}(?:,[0-9]{2}){1,4},[0-9]{3}(?![0-9])"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9])"
    r"|[0-9]+)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+(?![^\W\d_]))?"
    r"|\.[0-9]+)"
    r"|(?P<abbr>(?:[^\W\d_]\.){2,})"
    r"|(?P<word>[^\W\d_]+(?:['\u2019][^\W\d_]+)*)"
    r"|(?P<nl>\n)"
    r"|(?P<sym>\S))"
)
NUM, ABBR, WORD, NL, SYM = 1, 2, 3, 4, 5

# Typographic marks of news text, by name: the apostrophe is usually a right single quote.
_RSQUO, _LSQUO, _LDQUO, _RDQUO = "\u2019", "\u2018", "\u201c", "\u201d"
_HYPHEN, _EN_DASH, _MINUS = "\u2010", "\u2013", "\u2212"
_DASHES: Final = frozenset(("-", _HYPHEN, _EN_DASH))
_OPEN_QUOTES: Final = frozenset((_LDQUO, _LSQUO, '"', "'"))
_CLOSE_QUOTES: Final = frozenset((_RDQUO, _RSQUO, '"', "'"))
# Words before "back half" that make "back" a part's name, not a verb's particle.
_DET_BEFORE_PART: Final = _set("the a its their his her our your this that whose")
_DET_AFTER_OF: Final = _set("the these those its their his her our your my")
_RATE_NOUNS: Final = _set(
    "share hour day week month year barrel ton tonne ounce gallon litre liter kilogram kg"
    " pound head person night mile kilometre kilometer unit piece seat ticket vote meal"
    " visit passenger household"
)
_CLAUSE_END: Final = frozenset((*".,;:!?)", _RDQUO, '"'))
_LARGEST: Final = Decimal("1e100")
_LOWER_CODES: Final = _set("usd eur gbp jpy cny rmb chf cad aud nzd hkd sgd inr")
_COMPASS: Final = _set("N S E W NE NW SE SW North South East West")
_DOZENS: Final = _set("dozen dozens dz dzs doz dozs")
_SCALE_WORDS: Final = _set("hundred thousand million billion trillion lakh crore")


class _Tokens:
    """The tokens of ``text[start:end]``: kind, offsets, text and lowercase text."""

    __slots__ = ("ends", "kinds", "lows", "n", "starts", "text", "words")

    def __init__(self, text: str, start: int, end: int) -> None:
        # One match at a time, kept as ints and strings: holding every re.Match of a
        # megabyte-long span cost 260 bytes a character and slowed the garbage collector.
        self.text = text
        kinds: list[int] = []
        words: list[str] = []
        ends: list[int] = []
        add_kind, add_word, add_end = kinds.append, words.append, ends.append
        for m in _TOKEN.finditer(text, start, end):
            kind = m.lastindex or SYM
            add_kind(kind)
            add_word(m[kind])
            add_end(m.end())
        self.kinds, self.words, self.ends = kinds, words, ends
        # The columns derived from these are built by C-level maps: a comprehension runs
        # a few bytecodes a token more.
        self.starts = list(map(operator.sub, ends, map(len, words)))
        self.lows = list(map(str.lower, words))
        self.n = len(words)

    def marks(self) -> list[int]:
        """The tokens a quantity needs one of: digits, number words, scale words."""
        numbers = map(NUM.__eq__, self.kinds)
        return list(compress(count(), map(operator.or_, numbers, map(_IS_NUMBERISH, self.lows))))

    def glued(self, j: int) -> bool:
        """Whether token ``j`` touches the token before it (no space between)."""
        return 0 < j < self.n and self.starts[j] == self.ends[j - 1]

    def low(self, j: int) -> str:
        """The lowercase text of token ``j``, or "" past either end."""
        return self.lows[j] if 0 <= j < self.n else ""

    def word(self, j: int) -> str:
        """The text of token ``j``, or "" past either end."""
        return self.words[j] if 0 <= j < self.n else ""

    def kind(self, j: int) -> int:
        """The kind of token ``j``, or 0 past either end."""
        return self.kinds[j] if 0 <= j < self.n else 0


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(m[m.lastindex or SYM].lower() for m in _TOKEN.finditer(text))


def _index(
    table: Mapping[str, Iterable[str]],
) -> Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Phrases grouped by their first token, longest first, each with its label."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for label, phrases in table.items():
        for text in phrases:
            tokens = _phrase(text)
            by_first.setdefault(tokens[0], []).append((tokens, label))
    return MappingProxyType(
        {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}
    )


_BOUNDS: Final = _index(lex.BOUND_PHRASES)
_POSTFIXES: Final = _index(lex.POSTFIX_PHRASES)
_CURRENCY_NAMES: Final = _index({name: (name,) for name in lex.CURRENCY_WORDS})
# Every quantity holds one of these; a quantity's first token lies at most _REACH tokens
# before its first such token (a bound of up to five words, a currency of up to three).
# Units of measure "a" or "an" counts as one of before "of": "an inch of ice", "a foot of
# snow", "up to a mile of road"; and a fraction "of a" one: "two-thirds of an inch".
_ONE_MEASURES: Final = _set(
    "inch foot yard mile meter metre kilometer kilometre centimeter centimetre millimeter"
    " millimetre acre hectare"
)
_NUMBERISH: Final = (
    frozenset(lex.SMALL)
    | frozenset(lex.SCALES)
    | frozenset(lex.VAGUE)
    | frozenset(lex.FRACTIONS)
    | frozenset(lex.UNICODE_FRACTIONS)
    | frozenset(("couple", "dozens", "decade"))  # "a decade": ten years
    | _set("minute hour day week month year")  # "nearly an hour", "an extra year"
    | _ONE_MEASURES  # "an inch of ice"
)
_IS_NUMBERISH: Final = _NUMBERISH.__contains__
_REACH: Final = 9
# A cheap test that a span may hold one of _NUMBERISH's tokens: an ASCII digit (every NUM
# token has one), a fraction sign, or a number word standing alone. Only two non-ASCII
# characters lowercase to ASCII letters, the dotted capital I (to "i" and a combining dot,
# so never to a word here) and the Kelvin sign (to "k", as in "lakh"): a span holding
# either is always read. Otherwise a word token lowercases to one of these ASCII words only
# if it is that word in ASCII letters of any case with no letter either side, so it is one
# of the runs of ASCII letters of the lowercased span. Spans with neither have no mark, so
# no quantity, and are not tokenized at all. (One alternation of the words, searched at
# every character, cost more than tokenizing.)
_MARK_SIGNS: Final = re.compile(
    "[0-9\u0130\u212a"
    + "".join(sorted(w for w in _NUMBERISH if len(w) == 1 and not w.isascii()))
    + "]"
)
_ASCII_WORDS: Final = re.compile("[a-z]+")
_MARK_WORDS: Final = frozenset(w for w in _NUMBERISH if w.isascii())


def _may_mark(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a mark (False: it holds none)."""
    if _MARK_SIGNS.search(text, start, end) is not None:
        return True
    if not _MARK_WORDS.isdisjoint(_ASCII_WORDS.findall(text[start:end].lower())):
        return True
    return _A_SPAN.search(text, start, end) is not None


# One unit of time after an article ("for a week", "lasted a fortnight"): a count with no
# number word, so its unit is its mark (only after "a" or "an": "the week" is none).
_A_SPAN: Final = re.compile(
    r"\b[Aa]n?\s+(?:minute|hour|day|night|week|fortnight|month|year)\b", re.IGNORECASE
)
_A_SPAN_UNITS: Final = _set("minute hour day night week fortnight month year")


def _span_marks(tk: _Tokens, marks: list[int]) -> list[int]:
    """``marks`` and the units of time after "a" or "an", in order: "a week" has no number word."""
    lows = tk.lows
    units = [k for k in range(1, tk.n) if lows[k] in _A_SPAN_UNITS and lows[k - 1] in ("a", "an")]
    return sorted({*marks, *units}) if units else marks


# The words a value can begin with (a number, a currency, a sign); a quantity begins with
# one of these or with a bound (_BOUNDS).
_VALUE_STARTERS: Final = (
    frozenset(lex.SMALL)
    | frozenset(lex.VAGUE)
    | frozenset(lex.UNICODE_FRACTIONS)
    | frozenset(lex.CURRENCY_SYMBOLS)
    | frozenset(lex.DOLLAR_PREFIXES)
    | frozenset(code.lower() for code in lex.CURRENCY_CODES)
    | frozenset("m" + code.lower() for code in lex.CURRENCY_CODES)
    | frozenset(word.lower() for word in lex.CURRENCY_PREFIX_WORDS)
    | _set(f"a an half quarter minus negative several many - {_MINUS}")
)
_STARTERS: Final = frozenset(_BOUNDS) | _VALUE_STARTERS
# Bound words that begin no value ("in", "at", "about", "~"): without their bound phrase
# ("in excess of", "at least") no value begins there, as _amount finds no currency and no
# number at such a word, so the phrase is looked up before the quantity is read.
_BOUND_ONLY: Final = frozenset(_BOUNDS) - _VALUE_STARTERS - _LOWER_CODES


def _match(
    tk: _Tokens, i: int, index: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
) -> tuple[str, int] | None:
    """The longest phrase of ``index`` at token ``i``: its label and the token after it."""
    options = index.get(tk.low(i))
    if not options:
        return None
    lows = tk.lows
    for tokens, label in options:
        end = i + len(tokens)
        if end <= tk.n and tuple(lows[i + 1 : end]) == tokens[1:]:  # tokens[0] is lows[i]
            return label, end
    return None


# --- what a parse builds ------------------------------------------------------------------


@attrs.define
class _Num:
    """A number as printed: tokens ``first..last``, its value, and what kind of number."""

    first: int
    last: int
    value: float
    precision: float | None
    scale: float = 1
    words: bool = False
    plain: bool = False  # bare digits: no separator, decimal, sign or scale ("2025")
    one: bool = False  # the bare word "one"
    fraction: bool = False
    vague: str | None = None
    vague_low: float = 0.0
    vague_high: float = 0.0
    approximate: bool = False
    of_noun: bool = False  # the counted noun follows "of" ("dozens of", "a couple of")
    unit: str | None = None  # a unit of time read with the number ("a minute and a half")
    dozen: bool = False  # a lone "a dozen": twelve, precision 1 (not 6 to 18)

    @property
    def base(self) -> float:
        """The value before its scale word."""
        return self.value / self.scale


@attrs.define
class _Amount:
    """A number with its currency or percent sign: tokens ``first..last``."""

    first: int
    last: int
    num: _Num
    currency: str | None = None
    money: bool = False
    money_unit: str | None = None
    percent: bool = False
    percent_unit: str | None = None
    factor: float = 1.0  # 0.01 for cents and pence

    @property
    def value(self) -> float:
        """The amount, in whole currency units for money."""
        return _tidy(self.num.value * self.factor)


@attrs.frozen
class _Found:
    """One quantity found, with the sub-spans the benchmarks score (char offsets)."""

    start: int
    end: int
    quantity: Quantity
    next: int  # the token after the match
    number_span: tuple[int, int]  # the first number with its scale word
    value_span: tuple[int, int]  # currency, number(s) and unit words; no bound, no noun
    phrase_span: tuple[int, int]  # bound and value; no noun
    stated: tuple[float, ...]  # the numbers as printed
    bounded: bool


@attrs.define
class _Reading:
    """What has been read of one quantity: token indices and the parts found."""

    start: int  # the first token (of the bound, if any)
    bound: str | None  # the bound before the number
    low: _Amount
    high: _Amount | None  # the other end of a range
    value_end: int  # the last token of the number(s) with their units
    last: int  # the last token read so far
    phrase_end: int = 0  # the last token before the noun
    post: str | None = None  # a bound after the number ("or more")
    other: tuple[str, _Amount] | None = None  # a second bound ("and fewer than 20")
    noun: tuple[int, int, str] | None = None  # first and last token, and the unit
    # The token after the new level of a change ("grew from 200 to 350 members"): the old
    # level, read alone, counts the noun that follows the new one.
    new_level: int | None = None

    @property
    def bounds(self) -> str | None:
        """The bound that sets the interval's shape, if any."""
        return self.bound or self.post or (self.other[0] if self.other else None)


def _tidy(x: float) -> float:
    """Round away binary noise (0.1 * 3 = 0.30000000000000004)."""
    return float(f"{x:.12g}")


# --- the public function ------------------------------------------------------------------


def find_quantities(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    approx_window: float = 0.1,
    near_window: float = 0.1,
) -> list[tuple[int, int, Quantity]]:
    """Every number ``text[start:end]`` states, as ``(start, end, Quantity)`` in text order.

    Offsets index ``text``; spans do not overlap. See the module docstring for what a
    span covers and the conventions for bounds, precision and vague counts.

    Args:
        text: the text to read.
        start: where to start reading.
        end: where to stop (default: the end of the text).
        approx_window: the relative half-width "about", "around", "some" put around a number.
        near_window: how far below the number "nearly", "almost", "just under" reach.

    Returns:
        A list of ``(span_start, span_end, quantity)``.

    Raises:
        ValueError: if ``start``/``end`` do not lie in the text or a window is not in [0, 1).

    >>> text = "Police said more than 60 local residents lost nearly $450,000."
    >>> for s, e, q in find_quantities(text):
    ...     print(repr(text[s:e]), q.low, q.high, q.low_open, q.high_open, q.unit, q.currency)
    'more than 60 local residents' 60.0 None True False local residents None
    'nearly $450,000' 405000.0 450000.0 False True None USD
    >>> find_quantities("9/11 coverage of H1N1 since 2020")
    []
    """
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(
            f"start={start} and end={end} must satisfy 0 <= start <= end <= len(text) = {len(text)}"
        )
    for name, window in (("approx_window", approx_window), ("near_window", near_window)):
        if not 0 <= window < 1:
            raise ValueError(f"{name} must be in [0, 1), got {window!r}")
    found = [
        (f.start, f.end, f.quantity) for f in _scan(text, start, stop, approx_window, near_window)
    ]
    return _spread_over(text, start, _compound_durations(text, found))


# A span of time told in two units, the larger first: the smaller unit, and how many of it
# make one of the larger ("3 hours and 20 minutes" is 200 minutes). Months and days are not
# paired: a month holds no fixed number of days.
_COMPOUND_TIME: Final = {
    ("hour", "minute"): 60, ("minute", "second"): 60, ("day", "hour"): 24,
    ("week", "day"): 7, ("year", "month"): 12,
}  # fmt: skip
# What may stand between the two parts: "3 hours and 20 minutes", "3 hours, 20 minutes",
# "a year and two months", "3 hours 20 minutes".
_COMPOUND_JOIN: Final = re.compile(r"(?:\s*,)?\s+(?:and\s+)?|\s*,\s*")


# Words right before "over" and a span of time that make the span the period a thing is
# spread across or runs through, not a length exceeded: "spread over five years", "paid
# over 18 months", "the festival ran over three days", "phased in over a decade".
_ACROSS_VERBS: Final = _set(
    "spread spreads spreading phased staggered stretched stretching split divided distributed"
    " paid repaid payable ran runs running held unfolded unfolds occurred took place fell"
    " built implemented conducted released"
    " installments instalments payments increments phases stages cuts layoffs increases"
    " raises reductions hikes savings"
)
_ACROSS_PARTICLES: Final = _set("out in")
_OVER_SPAN: Final = re.compile(r"over\s", re.IGNORECASE)


def _spread_over(
    text: str, start: int, found: list[tuple[int, int, Quantity]]
) -> list[tuple[int, int, Quantity]]:
    """Read "over" and a span of time as the period itself where the words say across.

    "more than five years", as "over" alone reads, is wrong in "spread over five years", "paid
    out over 18 months", "the festival ran over three days", and at the head of a sentence
    ("Over three days, the fair drew ..."): there the span is how long a thing ran, exactly.
    "for over five years", "in over a decade", "lasted over three days" stay more than.
    """
    out = list(found)
    for i, (s, e, q) in enumerate(found):
        if not _OVER_SPAN.match(text, s, e) or q.high is not None or not q.low_open:
            continue
        if _time_unit(q) is None and q.unit != "years":
            continue
        before = text[start:s].split()
        last = before[-1].casefold().strip("\"'“”") if before else ""
        if last in _ACROSS_PARTICLES and len(before) > 1:
            last = before[-2].casefold()
        heading = not before or before[-1][-1] in '.!?"“'
        across = last in _ACROSS_VERBS or (heading and text[e : e + 1] == ",")
        if across:
            out[i] = (s, e, attrs.evolve(q, high=q.low, low_open=False, approximate=False))
    return out


def _time_unit(q: Quantity) -> str | None:
    """The singular unit of time a count is told in ("hours" -> "hour"), or None."""
    if q.kind != "count" or q.unit is None or q.vague is not None:
        return None
    word = q.unit.casefold()
    word = word.removesuffix("s")
    return word if word in ("second", "minute", "hour", "day", "week", "month", "year") else None


def _compound_durations(
    text: str, found: list[tuple[int, int, Quantity]]
) -> list[tuple[int, int, Quantity]]:
    """Join a span of time told in two units into one value in the smaller unit.

    "3 hours and 20 minutes" is 200 minutes, "a year and two months" 14 months, "more than
    two days and 10 hours" more than 58 hours: one figure, which meets "200 minutes" or "3
    hours" in another source, not two figures of which only the first is compared. The
    second part is exact and less than one of the larger unit ("3 hours and 90 minutes" is
    two figures); the first keeps its bound, moved by the second part.
    """
    out: list[tuple[int, int, Quantity]] = []
    for start, end, q in found:
        if out:
            first_start, first_end, first = out[-1]
            factor = _COMPOUND_TIME.get((_time_unit(first) or "", _time_unit(q) or ""))
            joined = _COMPOUND_JOIN.fullmatch(text, first_end, start) is not None
            if factor and joined and q.is_exact and q.low is not None and 0 < q.low < factor:
                step = q.precision if q.precision is not None else 1.0
                unit = q.unit.casefold() if q.unit else ""
                plural = unit if unit.endswith("s") else unit + "s"
                out[-1] = (
                    first_start,
                    end,
                    attrs.evolve(
                        first,
                        low=None if first.low is None else _tidy(first.low * factor + q.low),
                        high=None if first.high is None else _tidy(first.high * factor + q.low),
                        unit=plural,
                        precision=step,
                    ),
                )
                continue
        out.append((start, end, q))
    return out


# A vote's tally: "on a 7-2 vote", "by a vote of 8-1", "voted 51-49", "a 5-2 ruling".
_TALLY = re.compile(
    r"(?<![\w.,-])(\d{1,3}) ?[-\u2013] ?(\d{1,3})(?:[-\u2013](\d{1,2}))?(?![\w%-]|[.,]\d)"
)  # a third number is a record's ties: "went 10-5-1"
_TALLY_BEFORE = re.compile(r"(?:\bvoted|\bruled|\bvotes? of|\bby)\s+(?:a\s+)?$", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s+(?:votes?|vote|decision|ruling|margin)\b", re.IGNORECASE)
_TALLY_VOTE_BEFORE = re.compile(r"\bvot(?:e|es|ed|ing)\b[^.;]{0,40}$", re.IGNORECASE)
# A measure a body passed or turned down by a tally: "approved the plan 4-1".
_TALLY_DECIDED = re.compile(
    r"\b(?:approved|passed|adopted|rejected|confirmed|upheld|overturned|denied)\b"
    r"[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
_TALLY_APPROVAL = re.compile(r"\s+(?:approval|majority|split)\b", re.IGNORECASE)
# A win-loss record: "finished 24-3", "finished the season 24-3", "went 12-4 in conference
# play", "a 24-3 record".
_RECORD_BEFORE = re.compile(
    r"\b(?:finish(?:ed|es|ing)?(?:\s+the\s+(?:regular\s+)?(?:season|year))?|went|go(?:es|ing)?|(?:improv|dropp|mov)(?:ed|es|ing)\s+to"
    r"|(?:improve|move|drop)\s+to|f(?:e|a)ll(?:s|ing)?\s+to"
    r"|record\s+(?:of|to|at|is|was|stands\s+at))\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_RECORD_AFTER = re.compile(
    r"\s+(?:record|mark|overall|on\s+the\s+(?:season|year)"
    r"|in\s+(?:conference|league|division|the\s+(?:regular\s+)?season))\b",
    re.IGNORECASE,
)
# A record in parentheses after a team's name: "the Quillons (12-3) host Brasswick", "Ostervale
# (12-3, 5-1 league)". The name is capitalised: "ages (12-3)" is no team.
_RECORD_PAREN_BEFORE = re.compile(r"\b[A-Z][\w'\u2019&.-]*\s?\($")
_RECORD_PAREN_AFTER = re.compile(r"\s?[,)]")
# A game's score: "won 64-57", "beat the Owls 3-1", "led 20-14", "a 64-57 victory".
_SCORE_BEFORE = re.compile(
    r"\b(?:won|wins?|beat(?:s|ing)?|defeat(?:ed|s)|edg(?:ed|es)|top(?:ped|s)|down(?:ed|s)"
    r"|routed|blanked|lost|los(?:es|ing)|fell|falls|trail(?:ed|s|ing)|led|leads?|leading"
    r"|tied|score\s+(?:was|is|of|stood\s+at))\b[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
_SCORE_AFTER = re.compile(
    r"\s+(?:victory|win|loss|defeat|triumph|rout|lead|upset|comeback|shootout)\b",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"\s*([A-Za-z%]+)")
# What a pair of numbers joined by a dash is, read by its words: the unit of each side.
_PAIR_UNITS: Final = {"vote": ("votes", "votes"), "record": ("wins", "losses", "ties")}


def find_editions(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Quantity]]:
    """Editions of a yearly event, counted by an ordinal: "the 14th annual marathon" is 14.

    An ordinal in digits ("14th") or words ("fourteenth", "twenty-fifth") right before
    "annual", "edition", "running" or "installment" counts the editions held so far,
    this one included: a count of 14 "editions". Other ordinals are ranks, streets,
    centuries or days ("ranked 14th", "14th Street", "the 14th") and are left alone.
    """
    tk = _Tokens(text, start, len(text) if end is None else end)
    out: list[tuple[int, int, Quantity]] = []
    for k in range(1, tk.n):
        if tk.lows[k] not in lex.EDITION_WORDS:
            continue
        found = _ordinal_before(tk, k)
        if found is None:
            continue
        first, value = found
        quantity = Quantity(low=value, high=value, kind="count", unit="editions", precision=1.0)
        out.append((tk.starts[first], tk.ends[k], quantity))
    return out


def _ordinal_before(tk: _Tokens, k: int) -> tuple[int, float] | None:
    """The ordinal that ends right before token ``k``: its first token and its value."""
    j = k - 1
    low, digits = tk.lows[j], tk.lows[j - 1] if j else ""
    if low in ("st", "nd", "rd", "th") and tk.glued(j) and digits.isdigit() and len(digits) <= 3:
        return j - 1, float(digits)  # "14th", read as "14" and "th"
    value = lex.ORDINALS.get(low)
    if value is None:
        return None
    if value < 10 and j >= 2 and tk.lows[j - 1] in _DASHES and tk.glued(j):
        tens = lex.SMALL.get(tk.lows[j - 2])
        if tens is not None and tens >= 20 and tens % 10 == 0 and tk.glued(j - 1):
            return j - 2, float(tens + value)  # "twenty-fifth"
    return j, float(value)


SCORE_POINTS: Final = "points"  # the unit of each side of a game's score, whatever the sport
# A sentence worth reading for ordinals: one in digits ("12th") or in words ("fourth").
_ORDINAL_WORDS: Final = "|".join(sorted(lex.ORDINALS, key=len, reverse=True))
# Where an ordinal may be a value, in one search: after a word it can follow as one ("the",
# a possessive, "in", a rank verb; see :func:`_ordinal_value`), in digits ("12th") or words
# ("fourth", "twenty-fifth"). Only these places are tokenized and read.
_ORDINAL_SITE: Final = re.compile(
    r"(?:\b(?:"
    + "|".join(
        sorted({*lex.ORDINAL_OWNERS, *lex.RANK_VERBS, "in", "into", "to"}, key=len, reverse=True)
    )
    + r")|\w['\u2019]s)[^\S\n]+(?:\d{1,3}(?:st|nd|rd|th)"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\u2010\u2013])?"
    r"(?:" + _ORDINAL_WORDS + r"))\b",
    re.IGNORECASE,
)
_ORDINAL_SUFFIXES: Final = frozenset(("st", "nd", "rd", "th"))
# What every ordinal that may be a value holds, lowercase: a word ordinal with a capital is
# a name's mid-sentence, and at a sentence's start has no article before it.
_ORDINAL_STEMS: Final = (
    *("first second third fourth fifth sixth seventh eighth ninth tenth".split()),
    *("eleventh twelfth teenth tieth hundredth".split()),
)
_ORDINAL_DIGITS: Final = re.compile(r"\d(?:st|nd|rd|th)\b")


def ordinal_marks(text: str) -> list[int]:
    """Where ``text`` may hold an ordinal ("fourth", "12th"), in order.

    String searches in C over the whole text, once: :func:`find_ordinals` runs a regex at
    every character of a sentence, which is worth it only in the few sentences these mark.
    """
    marks = [k for stem in _ORDINAL_STEMS for k in _occurrences(text, stem)]
    marks.extend(m.start() for m in _ORDINAL_DIGITS.finditer(text))
    return sorted(marks)


# Periods a series is counted in: "this year", "in 50 years", "of the season".
_SERIES_PERIODS: Final = MappingProxyType(
    {p + s: p for p in ("year", "month", "week", "season", "decade", "day") for s in ("", "s")}
)
_SERIES_REACH: Final = 10  # tokens read for the series' frame, either side, in its clause
_SERIES_CHARS: Final = 400  # characters read around an ordinal for them
_SENTENCE_MARKS: Final = frozenset(".;:!?")


def find_ordinals(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Quantity]]:
    """Ordinals stated as values: a thing's place in a series, "the fourth failure this year".

    The value is the ordinal, of kind ``ordinal``, and its unit the noun it places, so
    that "the fourth launch failure this year" and "the third launch failure this year"
    are 4 and 3 of one thing ("launch failure"). An ordinal is read only where it counts
    a series:

    - after "the", a possessive ("his", "the city's") and before a lowercase noun that
      is serial by itself ("his 12th term", "the 150th anniversary", "the third
      straight loss") or followed in its clause by the series it is counted in ("the
      second crash at the corner since May", "the fourth failure this year", "the worst
      ... in 50 years", "the third in a row", "on record", "in state history", "so far");
    - a rank after "finished", "placed", "ranked", "came", or before "place" ("finished
      23rd", "in third place"): the unit is "place".

    Not read: ordinals of names ("First Amendment", "Fifth Avenue", "the 5th District",
    "21st Century Fox": a capital after or on the ordinal), dates ("the 4th of July",
    "March 3rd": read by the date reader, and "of" after an ordinal), list ordinals
    ("First, ...; second, ...": no article), "a second look" (another one), compounds
    ("second-degree", "third-largest"), a thing named by an ordinal ("the 21st century",
    "the second half", "the fifth grade") and editions ("the 14th annual race", read by
    :func:`find_editions`).

    >>> text = "It was the fourth launch failure this year; she finished 23rd."
    >>> [(text[s:e], q.describe()) for s, e, q in find_ordinals(text)]
    [('fourth launch failure', '4th launch failure'), ('23rd', '23rd place')]
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int, Quantity]] = []
    for m in _ORDINAL_SITE.finditer(text, start, stop):
        # the words around the site, as many as the rules read (see ordinal_series)
        tk = _Tokens(
            text, max(start, m.start() - _SERIES_CHARS), min(stop, m.end() + _SERIES_CHARS)
        )
        k = bisect.bisect_left(tk.starts, m.end()) - 1
        low = tk.lows[k]
        if low in _ORDINAL_SUFFIXES:
            if not (tk.glued(k) and tk.kinds[k - 1] == NUM):
                continue
        elif low not in lex.ORDINALS:
            continue
        found = _ordinal_before(tk, k + 1)
        if found is None:
            continue
        first, value = found
        read = _ordinal_value(tk, first, k)
        if read is not None:
            last, unit = read
            quantity = Quantity.exact(value, kind="ordinal", unit=unit, precision=1.0)
            out.append((tk.starts[first], tk.ends[last], quantity))
    return out


def _ordinal_value(tk: _Tokens, first: int, k: int) -> tuple[int, str] | None:
    """The last token and unit of the ordinal at ``first..k`` if it is a value, else None."""
    nxt = k + 1
    if tk.low(nxt) in _DASHES and tk.glued(nxt):
        return None  # "second-degree", "third-largest", "first-ever": a compound
    word = tk.words[first]
    if word[0].isupper() and first > 0 and tk.words[first - 1] not in _SENTENCE_MARKS:
        return None  # "the Fifth Avenue", "a Second World War": a name
    before = tk.low(first - 1)
    if tk.low(nxt) == "place" and (before in _PLACE_BEFORE or before in lex.RANK_VERBS):
        return nxt, "place"  # "in third place", "finished in second place"
    if before in lex.RANK_VERBS or (before == "in" and tk.low(first - 2) in lex.RANK_VERBS):
        # "finished 23rd", "came in second": a rank, unless a noun follows ("ranked
        # 14th district" is a name's) or "of" ("came third of 40" is still the rank)
        if tk.kind(nxt) == WORD and tk.lows[nxt] not in lex.NP_STOP:
            return None
        return k, "place"
    owned = before in lex.ORDINAL_OWNERS or (
        tk.kind(first - 1) == WORD and before.endswith(("'s", _RSQUO + "s"))
    )
    if not owned or tk.low(nxt) == "of":
        return None  # "a second look", "First, ...", "the first of three", "the 4th of July"
    if before not in ("this", "that") and (tk.kind(nxt) != WORD or tk.low(nxt) in _AFTER_ELLIPSIS):
        # "the trophy is its third", "the recall was the company's third this year": the
        # noun is said once, as the subject of "is"
        subject = _subject_of_copula(tk, first - 2)
        return None if subject is None else (k, subject)
    noun = _noun_phrase(tk, nxt, singular=True)
    if noun is None:
        return None
    a, b = noun
    while b > a and tk.lows[b] == "ever":
        b -= 1  # "the first flood ever": "ever" says the series, no part of the noun
    if not tk.words[a][:1].islower():
        return None  # "the First Lady", "the 5th District", "21st Century Fox": names
    lows = tk.lows[a : b + 1]
    if any(w in lex.ORDINAL_SKIP or w in lex.EDITION_WORDS for w in lows):
        return None  # "the 21st century", "the second half", "the 14th annual race"
    if any(w[:1].isupper() for w in tk.words[a : b + 1]):
        return None  # "the first time Ann and Ed met": a name ends the phrase
    serial = any(w in lex.ORDINAL_SERIAL for w in lows)
    named = _of_a_name(tk, b + 1)
    if named is not None:
        # "the fourth flight of the Sparrowhawk": the series is the named thing's
        return named, _unit_text(tk, a, named)
    if not serial and before in _PRONOUNS and tk.lows[k] != "first":
        # "his third arrest", "its second recall": the owner's series ("our first
        # priority", "his first day" are idioms as often: "first" needs a frame)
        serial = True
    told_of = tk.low(first - 2) in _TOLD_OF  # "is the sixth ...", ", the sixth ..."
    done = next((p for p in range(a + 1, b + 2) if _done_at(tk, p)), None) if told_of else None
    owner = before not in ("the", "this", "that") or done is not None
    if not serial and owner and tk.lows[k] != "first" and _LABELS.isdisjoint(lows):
        # "the aquarium's fourth seal pup" is the aquarium's series, as "its fourth seal pup"
        # is; "the sixth lynx kitten born at the reserve" is the series of those born there
        serial = True
        b = b if done is None else done - 1
    if not serial and _series_frame(tk, first, b + 1) is None:
        return None  # "the second victim", "the third floor": a label, no series told
    return b, _unit_text(tk, a, b)


_PRONOUNS: Final = _set("its his her their our my your")
# Nouns an ordinal labels one of by its place ("the building's third floor", "the
# airport's second terminal"): no count of a series, whoever owns them.
_LABELS: Final = _set(
    "floor story storey level deck ward district precinct street avenue lane runway terminal"
    " gate platform wing row seat chapter page paragraph section line stage step phase"
)
# Past participles that, with a place after them, tell the series a thing is counted in
# (not verbs of harm: "the ninth rider hurt in falls" is counted as the one hurt).
_DONE_AT: Final = _set(
    "born hatched bred raised built opened founded launched made held sold won found caught"
)
# Words before "the" that make the ordinal's phrase a predicate or an appositive, not the
# subject whose verb a participle may be ("The second store opened in May").
_TOLD_OF: Final = frozenset(
    {",", "\u2014", "as", "be", "been", "being", "is", "are", "was", "were", "becomes", "became"}
)


def _done_at(tk: _Tokens, j: int) -> bool:
    """Whether a participle and a place follow a noun at ``j``: "born at the reserve".

    "the sixth lynx kitten born at the reserve", "the third tower built in the city": the
    things so done there are the series. "the second victim" alone is a label.
    """
    return tk.low(j) in _DONE_AT and tk.low(j + 1) in ("at", "in", "on") and tk.kind(j + 2) == WORD


# Words that may follow an ordinal standing for its noun: "its third since 2011".
_AFTER_ELLIPSIS: Final = _set("since in after following this ever")
_COPULAS: Final = _set("is was becomes became")


def _subject_of_copula(tk: _Tokens, j: int) -> str | None:
    """The lowercase noun right before a copula at or before ``j`` ("the trophy is"), or None.

    The owner's other words come first: "the recall was the company's third".
    """
    if tk.low(j) not in _COPULAS and tk.low(j) in ("the", "a", "an"):
        j -= 1
    if tk.low(j) not in _COPULAS or tk.kind(j - 1) != WORD:
        return None
    word = tk.words[j - 1]
    if not word.isalpha() or not word.islower() or word in lex.NP_STOP or word in _PRONOUNS:
        return None
    return word


def _of_a_name(tk: _Tokens, k: int) -> int | None:
    """The last token of "of (the) Name" at ``k`` ("of the Sparrowhawk", "of Route 9"), or None."""
    if tk.low(k) != "of":
        return None
    j = k + 1 + (tk.low(k + 1) == "the")
    if tk.kind(j) != WORD or not tk.words[j][:1].isupper():
        return None
    while tk.kind(j + 1) == WORD and tk.words[j + 1][:1].isupper():
        j += 1
    return j


_PLACE_BEFORE: Final = _set("in into to")  # not "in the first place", an idiom


def ordinal_series(text: str, start: int, end: int, first: int, after: int) -> str | None:
    """The series the ordinal of ``text[first:after]`` is counted in, or None if none is said.

    Read in the sentence ``text[start:end]``: "since", a period ("year": "this year", "in
    two years", "of the year"), "row", "ever" ("on record", "in history") or "so far".

    Two ordinals counted in different series ("the second since Saturday", "the third in
    two days") are not two places in one series.

    >>> text = "It was the third crash in a row."
    >>> ordinal_series(text, 0, len(text), 11, 21)
    'row'
    """
    # Ten words either side are read: a window of characters keeps a long sentence of many
    # ordinals linear (the window may cut a word at its edge, never one of those ten).
    tk = _Tokens(text, max(start, first - _SERIES_CHARS), min(end, after + _SERIES_CHARS))
    k = bisect.bisect_left(tk.starts, first)
    j = bisect.bisect_left(tk.starts, after)
    return _series_frame(tk, k, j)


def _series_frame(tk: _Tokens, first: int, after: int) -> str | None:
    """The series the clause around an ordinal names it counted in (see ordinal_series).

    After the noun, up to a comma or the clause's end: "since May", "this year", "in a
    row", "in 50 years", "of the season", "on record", "in state history", "ever", "so
    far", "to date". Before the ordinal, in its sentence: "So far this year, it was ...".
    """
    for j in range(after, min(tk.n, after + _SERIES_REACH)):
        if tk.kinds[j] == SYM and tk.words[j] in _CLAUSE_END:
            break
        found = _frame_at(tk, j, tk.n)
        if found is not None:
            return found
    for j in range(first - 2, max(-1, first - 2 - _SERIES_REACH), -1):
        if tk.kinds[j] == SYM and tk.words[j] in _SENTENCE_MARKS:
            break
        found = _frame_at(tk, j, first)
        if found is not None:
            return found  # "So far this year, it was the fourth ..."; not "in the first year"
    return None


def _frame_at(tk: _Tokens, j: int, limit: int) -> str | None:
    """The series' frame that begins or ends at token ``j`` (see :func:`_series_frame`)."""
    low = tk.lows[j]
    if low not in lex.ORDINAL_FRAMES and low not in _FRAME_STARTS:
        return None
    prev = tk.low(j - 1)
    if low == "since":
        return "since"
    if low in ("ever", "history") or (low == "record" and prev == "on"):
        return "ever"
    if low == "row":
        return "row" if prev == "a" and tk.low(j - 2) == "in" else None
    if (low == "so" and tk.low(j + 1) == "far") or (low == "date" and prev == "to"):
        return "so far"
    if low in ("this", "last", "past"):
        period = tk.low(j + 1) if j + 1 < limit else ""
    elif low == "of":
        period = tk.low(j + 2) if j + 2 < limit and tk.low(j + 1) == "the" else ""
    elif low == "in":
        # "in 50 years", "in three decades", "in the past decade", "in more than a year"
        period = next(
            (
                tk.lows[i]
                for i in range(j + 1, min(j + 5, limit, tk.n))
                if tk.lows[i] in _SERIES_PERIODS
            ),
            "",
        )
    else:
        return None
    return _SERIES_PERIODS.get(period)


_FRAME_STARTS: Final = _set("this last past of in")


def find_tallies(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Quantity]]:
    """The sides of each tally in ``text[start:end]``: "a 7-2 vote" is 7 and 2 votes.

    A tally is two counts, one a side, each spanning its own number (a claim's span holds
    its value's words). Only a pair of numbers of up to three digits joined by a dash, read
    by the words around it: a vote's ("votes": right after "voted", "ruled", "vote of" or
    "by a" in a sentence about a vote, before "vote", "decision", "ruling" or "margin", or
    after a measure "approved", "rejected", ...), a season's record ("wins", "losses" and a
    third, "ties": "finished 24-3", "went 10-5-1", "a 24-3 record") or a game's score
    (:data:`SCORE_POINTS` each side: "won 64-57", "beat the Owls 3-1", "a 64-57
    victory"). "10-12 people", "the 2019-20 season" and "a 27-year-old" are none.

    >>> text = "The board passed it on a 7-2 vote."
    >>> [(text[s:e], q.low, q.unit) for s, e, q in find_tallies(text)]
    [('7', 7.0, 'votes'), ('2', 2.0, 'votes')]
    >>> text = "The Falcons won 64-57 to finish 24-3."
    >>> [(text[s:e], q.unit) for s, e, q in find_tallies(text)]
    [('64', 'points'), ('57', 'points'), ('24', 'wins'), ('3', 'losses')]
    """
    stop = len(text) if end is None else end
    out: list[tuple[int, int, Quantity]] = []
    for m in _TALLY.finditer(text, start, stop):
        before = text[max(start, m.start() - 60) : m.start()]
        after = text[m.end() : min(stop, m.end() + 24)]
        voted = _a_vote_before(before)
        if voted or _TALLY_AFTER.match(after):
            units: tuple[str, ...] = ("votes", "votes")
        else:
            units = _pair_units(before, after)
            if not units:
                continue
        groups = (1, 2, 3) if m[3] and units[0] == "wins" else (1, 2)  # "went 10-5-1"
        ends = [(m.start(group), m.end(group)) for group in groups]
        for (s, e), unit in zip(ends, units, strict=False):
            quantity = Quantity.exact(int(text[s:e]), kind="count", unit=unit, precision=1)
            out.append((s, e, quantity))
    out.extend(_worded_votes(text, start, stop))
    return sorted(out, key=lambda found: found[:2])


def _a_vote_before(before: str) -> bool:
    """Whether the words before a pair of figures make it a vote's tally ("voted 11-4").

    "won by 71-68" is a score: "by" alone ends no vote, unless a word of voting is there.
    """
    return _TALLY_BEFORE.search(before) is not None and (
        not before.rstrip().endswith(("by", "by a"))
        or _TALLY_VOTE_BEFORE.search(before) is not None
    )


def _worded_votes(text: str, start: int, stop: int) -> list[tuple[int, int, Quantity]]:
    """The sides of a vote's tally told with "to": "voted five to two", "a 6-to-3 ruling".

    The same two counts of votes "voted 5-2" gives, so that the two wordings meet. Only
    where a dashed pair would be a vote's (right after "voted", "ruled", "a vote of", or
    before "vote", "decision", "ruling", "margin"); "from five to ten" is none.
    """
    out: list[tuple[int, int, Quantity]] = []
    for m in _WORDED_TALLY.finditer(text, start, stop):
        before = text[max(start, m.start() - 60) : m.start()]
        after = text[m.end() : min(stop, m.end() + 24)]
        voted = _a_vote_before(before)
        told = voted or "vote" in m[0].casefold()  # "by six votes to three"
        if not told and not _WORDED_TALLY_AFTER.match(after) and not _decided_worded(before, after):
            continue
        one, other = _side_value(m[1]), _side_value(m[2])
        if one is None or other is None:
            continue
        if text[m.end(1)] == "-" and one >= _TENS_FROM and one % 10 == 0 and other < 10:
            continue  # "twenty-one votes": one number, no tally
        for group, value in ((1, one), (2, other)):
            quantity = Quantity.exact(value, kind="count", unit="votes", precision=1)
            out.append((m.start(group), m.end(group), quantity))
    return out


def _decided_worded(before: str, after: str) -> bool:
    """Whether a worded pair follows a measure decided, as a dashed one may: "six to three".

    "approved the plan six to three", "the measure passed six to three", "the board split
    six to three": the tally "approved the plan 6-3" gives, in words. Not a change of a
    figure ("raised the limit from six to eight", "by two to seven") nor a range of a count
    ("approved hiring six to eight officers").
    """
    if not (_TALLY_DECIDED.search(before) or _SPLIT_BEFORE.search(before)):
        return False
    last = before.rsplit(maxsplit=1)[-1].casefold() if before.strip() else ""
    if last in _NOT_A_TALLY_BEFORE:
        return False
    word = _FIRST_WORD.match(after)
    return word is None or not _counted_word(word[1].casefold())


_SPLIT_BEFORE = re.compile(r"\bsplit\s+$", re.IGNORECASE)
# Words right before a worded pair that make it a change or a range: "from six to eight".
_NOT_A_TALLY_BEFORE: Final = _set("from by between up of about around some roughly nearly")


def _side_value(word: str) -> int | None:
    """A side of a worded tally: digits or a small number's word, "nine" or "9"."""
    if word.isdigit():
        return int(word)
    value = lex.SMALL.get(word.casefold())
    return value if value is not None and value < _TALLY_WORDS_BELOW else None


_WORDED_TALLY = re.compile(
    r"(?<![\w.,-])([A-Za-z]+|\d{1,3})"
    r"(?:\s+to\s+|-to-|\s+votes?\s+to\s+|(?<=[A-Za-z])-(?=[A-Za-z]))([A-Za-z]+|\d{1,3})"
    r"(?![\w%]|-\w)"
)  # "six votes to three": the British way; "a six-three ruling": two words and a hyphen
# After a worded pair, a tally's noun too: "on a five-to-four tally".
_WORDED_TALLY_AFTER = re.compile(r"\s+(?:votes?|decision|ruling|margin|tally)\b", re.IGNORECASE)
_TENS_FROM: Final = 20  # "twenty-one": a tens word and a unit, hyphenated, are one number
_TALLY_WORDS_BELOW: Final = 100  # "nine", "twelve", "fifty": a tally's side, not "hundred"


def _pair_units(before: str, after: str) -> tuple[str, ...]:
    """The units of a dashed pair's sides, read by the words around it, or () for none.

    A measure decided ("approved the plan 4-1", "won 4-1 approval") is a vote's tally;
    a season's ("finished 24-3", "a 24-3 record", "the Quillons (12-3)") wins and losses; a
    game's ("won 64-57",
    "a 64-57 victory") the points of each side. A range ("10-12 people"), a date or an
    age has none of these words around it.
    """
    word = _FIRST_WORD.match(after)
    if word is not None and _counted_word(word[1].casefold()) and word[1] != "losses":
        return ()  # "went 10-20 percent higher", "won 3-5 seats": a range of a count
    if _TALLY_APPROVAL.match(after) or (
        _TALLY_DECIDED.search(before) and not _SCORE_AFTER.match(after)
    ):
        return _PAIR_UNITS["vote"]
    if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(after):
        return _PAIR_UNITS["record"]
    if _RECORD_PAREN_BEFORE.search(before) and _RECORD_PAREN_AFTER.match(after):
        return _PAIR_UNITS["record"]
    if _SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after):
        return (SCORE_POINTS, SCORE_POINTS)
    return ()


def _scan(text: str, start: int, end: int, approx: float, near: float) -> list[_Found]:
    """Every quantity in ``text[start:end]``, with the sub-spans benchmarks need."""
    if not _may_mark(text, start, end):
        return []  # no digit and no number word: most sentences of news text
    tk = _Tokens(text, start, end)
    found: list[_Found] = []
    kinds, lows = tk.kinds, tk.lows
    done = 0  # tokens before this one are read
    marks = tk.marks()
    if _A_SPAN.search(text, start, end) is not None:
        marks = _span_marks(tk, marks)
    for mark in marks:
        if mark < done:
            continue
        i = max(done, mark - _REACH)
        while i <= mark:
            low = lows[i]
            if kinds[i] == NUM or (
                low in _STARTERS and (low not in _BOUND_ONLY or _match(tk, i, _BOUNDS))
            ):
                hit = _parse_at(tk, i, approx, near)
                if hit is not None:
                    found.append(hit)
                    i = hit.next
                    continue
            i += 1
        done = i
    return found


# --- one quantity -------------------------------------------------------------------------


def _parse_at(tk: _Tokens, i: int, approx: float, near: float) -> _Found | None:
    """The quantity whose words start at token ``i``, or None."""
    reading = _read_value(tk, i)
    if reading is None or not _read_after_value(tk, reading):
        return None
    _read_noun(tk, reading)
    _near_a_place(tk, reading)
    if not _context_ok(tk, reading):
        return None
    _over_a_run(tk, reading)
    return _found(tk, reading, (approx, near))


# Words before a unit of time that make a count a run of them, each one in turn.
_IN_A_ROW: Final = _set("straight consecutive successive")


def _over_a_run(tk: _Tokens, r: _Reading) -> None:
    """Drop "over" before a run of days: "over three straight days" is three days, not more.

    "over" before a count of days in a row tells the span something happened in ("the
    pumps ran over three straight days"), as "during" would; "over three days" alone
    (more than three, as often as during) and "more than three straight days" keep their bound.
    """
    if r.bound != "gt" or tk.low(r.start) != "over" or r.start + 1 != r.low.first:
        return
    if r.noun is None or tk.low(r.noun[0]) not in _IN_A_ROW or r.high is not None:
        return
    r.bound, r.start = None, r.start + 1


def _near_a_place(tk: _Tokens, r: _Reading) -> None:
    """Drop "near" as a bound where it says where: "near one of the sheds", "near 41st and Quince".

    "near" is "about" before a count of a noun or an amount ("near 300 homes", "near 3%");
    before "one" or a bare number it is a preposition of place (a person, a road, a corner).
    """
    if r.bound != "approx" or tk.low(r.start) != "near" or r.low.first != r.start + 1:
        return
    if r.low.num.one or (r.noun is None and not r.low.money and not r.low.percent):
        r.bound, r.start = None, r.start + 1


def _read_value(tk: _Tokens, i: int) -> _Reading | None:
    """The bound, and the number or range, from token ``i``."""
    bound, j = _match(tk, i, _BOUNDS) or (None, i)
    if bound and tk.kinds[i] == SYM and tk.glued(i) and tk.word(i - 1) in ("<", ">", "=", "!"):
        return None  # "<>30", "=>30": no bound we know
    first = _amount(tk, j, bounded=bound is not None)
    if first is None:
        return None
    if first.num.vague is not None and bound is not None:
        bound, i = None, j  # "more than thousands": the vague word is the value
    pair = None
    if first.money or first.percent or not _proportion(tk, first):
        pair = None if first.num.vague else _range(tk, first, bound)
    if pair is not None and (_dash_number(tk, pair[1].last + 1) or _phone(tk, *pair)):
        return None  # "651-925-5036", "822-1111": a phone number
    new_level = None
    if pair is not None and _change_not_range(tk, i, bound, pair):
        # "raised the fare from $2 to $2.50": the old level, then the new one
        new_level, pair = (pair[1].last + 1 if bound == "from" else None), None
    if pair is None and _dash_number(tk, first.last + 1):
        return None  # "3-2", "2024-06-14": a score or a code, not a range
    if pair is None and bound == "from" and new_level is None and tk.low(first.last + 1) == "to":
        second = _amount(tk, first.last + 2, bounded=True, tail=True)
        if second is not None and _change_before(tk, i):
            new_level = second.last + 1  # "cut it from 900 to 600 workers": 900 workers
            if second.percent and not (first.money or first.percent):
                first.percent, first.percent_unit = True, second.percent_unit  # "from 5 to 4%"
    if pair is None and bound in ("between", "from"):
        bound, i = None, j  # "from 5 people": no range, so no bound
    low, high = pair or (first, None)
    last = (high or low).last
    return _Reading(
        start=i, bound=bound, low=low, high=high, value_end=last, last=last, new_level=new_level
    )


def _read_after_value(tk: _Tokens, r: _Reading) -> bool:
    """Bounds and rates after the number; False if the number is part of a compound word."""
    r.post, r.last = _glued_postfix(tk, r.last)
    if r.low.money:
        rate = _hyphen_rate(tk, r.last + 1)
        if rate is not None:
            r.low.money_unit, r.last = rate
    if _hyphen_word(tk, r.last + 1):
        unit = _duration_compound(tk, r)
        if unit is None:
            return False  # "13-year-old", "two-year": a compound adjective
        r.noun = (r.last + 1, r.last + 2, unit)  # "a six-week inquiry": six weeks
        r.last = r.phrase_end = r.last + 2
        return True
    if r.post is None and r.high is None and r.low.num.vague is None:
        r.bound, r.last = _or_equal(tk, r.bound, r.last)
        r.post, r.last = _spaced_postfix(tk, r.last, r.bound)
        if r.post is None and (r.bound in _ONE_SIDED or r.bound == _REACHED_LOW):
            r.other = _second_bound(tk, r.last, r.bound, r.low)
            if r.other is not None:
                r.last = r.other[1].last
    r.phrase_end = r.last
    return True


def _duration_compound(tk: _Tokens, r: _Reading) -> str | None:
    """The plural unit of a span of time or a measure glued to a count before a noun, or None.

    "a six-week inquiry", "a 20-year sentence", "a three-day-long trial": the
    noun lasts that many units; "a two-mile radius", "a 40-unit block", "the 30-foot-tall
    Harbor Light": the noun measures that many. An age ("13-year-old") or a compound with
    no noun after it ("the deal is two-year") is no count.
    """
    k = r.last + 1
    unit = tk.low(k + 1)
    if r.low.money or r.low.percent or r.high is not None:
        return None
    if unit not in _SPAN_UNITS and unit not in _SIZE_UNITS and unit not in _PART_UNITS:
        return None
    after = k + 2
    if tk.low(after) in _DASHES and tk.glued(after):
        if tk.low(after + 1) not in _EXTENTS:
            return None  # "13-year-old", "two-year-olds"
        after += 2
    if tk.kind(after) != WORD or (tk.low(after) in lex.NP_STOP and not _dashed_noun(tk, after)):
        return None
    if unit == "point" and tk.low(after) in _POINT_KINDS:
        return None  # "three-point field goals", "a two-point conversion": a kind of score
    if unit == "year" and tk.low(after) in _YEAR_KINDS:
        return None  # "four-year universities", "a two-year degree": a kind of school, no span
    named = tk.word(after)[:1].isupper() and tk.low(r.start - 1) in _DETERMINERS
    if not tk.word(after).islower() and not named:
        return None  # "the 40-unit Harbor Court block": a name between the article and noun
    if r.low.num.value == 1:
        return unit  # "a one-vehicle crash": 1 vehicle
    return _SIZE_UNITS.get(unit) or _PART_UNITS.get(unit, unit + "s")


def _dashed_noun(tk: _Tokens, k: int) -> bool:
    """Whether a verb and a particle glued by a dash make a noun at ``k``: "build-out".

    "a 10-year build-out", "a two-week lock-down", "a three-day sell-off".
    """
    return (
        tk.low(k + 1) in _DASHES
        and tk.glued(k + 1)
        and tk.glued(k + 2)
        and tk.low(k + 2) in _PARTICLES
    )


_PARTICLES: Final = _set("out up off down in over back")


# Words before a glued measure that let a name stand between it and its noun: "the 40-unit
# Harbor Court block", "its seven-night Baltic tour".
_DETERMINERS: Final = _set("a an the its their his her our your this that")
_SPAN_UNITS: Final = _set("minute hour day night week month year decade")
# Measures a noun is said to have by a glued count ("a two-mile radius", "a 40-unit block"),
# singular -> the plural unit the count is read in.
_SIZE_UNITS: Final = {
    "mile": "miles", "kilometer": "kilometers", "kilometre": "kilometres", "meter": "meters",
    "metre": "metres", "foot": "feet", "yard": "yards", "inch": "inches", "acre": "acres",
    "hectare": "hectares", "unit": "units", "apartment": "apartments", "room": "rooms",
    "bed": "beds", "story": "stories", "storey": "storeys", "floor": "floors", "lane": "lanes",
    "page": "pages", "car": "cars", "railcar": "railcars", "seat": "seats",
    # places and lots a site or building holds: "a 40-space car park", "the 120-home
    # subdivision", "a 30-lot development", "an 18-hole course", "a 500-gallon tank"
    "space": "spaces", "home": "homes", "house": "houses", "lot": "lots", "hole": "holes",
    "gallon": "gallons", "megawatt": "megawatts",
}  # fmt: skip
# The parts a thing is made of, read only glued before it: "a 31-count indictment", "a
# 12-member board", "a three-judge panel", "a 10-game streak", "a four-vote majority". No
# units of measure: "a fourth person" is no fraction, "a dozen people" stays 12 people.
_PART_UNITS: Final = {
    "count": "counts", "member": "members", "person": "people", "judge": "judges",
    "game": "games", "point": "points", "vote": "votes", "bedroom": "bedrooms",
    # "a three-vehicle crash", "a 40-store chain", "a 300-employee plant"
    "vehicle": "vehicles", "truck": "trucks", "store": "stores", "school": "schools",
    "employee": "employees", "worker": "workers", "student": "students",
}  # fmt: skip
_EXTENTS: Final = frozenset({"long", "wide", "tall", "high", "deep"})
# Nouns a count of years before them names a kind of: "four-year universities", "a two-year
# degree", "a four-year school" are schools and degrees of a kind, not spans of time.
_YEAR_KINDS: Final = _set(
    "college colleges university universities degree degrees school schools institution"
    " institutions"
)
# Nouns after "three-point" that name a kind of score, not a thing of three points.
_POINT_KINDS: Final = _set(
    "field shot shots shooter shooters shooting attempt attempts line range play plays"
    " conversion conversions basket baskets percentage try tries"
)
_GLUED_MEASURE: Final = re.compile(
    r"(?:an? )?\w+[-\u2010](?:"
    + "|".join(sorted({*_SPAN_UNITS, *_SIZE_UNITS, *_PART_UNITS}))
    + ")",
    re.IGNORECASE,
)


def is_glued_measure(words: str) -> bool:
    """Whether a count's words are a span of time or a measure glued to its number.

    "eight-month", "two-mile", "40-unit", "a half-mile": the count measures the noun after it.
    """
    return _GLUED_MEASURE.fullmatch(words) is not None


_AGE_WORD: Final = "|".join(sorted(lex.SMALL, key=len, reverse=True))
# A person's age in years: "a 46-year-old nurse", "a five-year-old", "he was 71 years old".
# Not a group's ("two 16-year-olds") nor an age in months ("a 3-month-old").
_AGE: Final = re.compile(
    rf"\b(?P<n>[0-9]{{1,3}}|(?:{_AGE_WORD})(?:[-\u2010](?:{_AGE_WORD}))?)"
    r"(?:[-\u2010]year[-\u2010]old|\s+years?\s+old)\b(?![-\u2010]?s\b)",
    re.IGNORECASE,
)


def find_ages(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, Quantity]]:
    """A person's age in years stated with "year(s) old", as ``(start, end, Quantity)``.

    The quantity is a bare number (no unit), as "Ann Lee, 46," is read; the span runs
    from the number to "old".

    >>> text = "A 46-year-old nurse and her son, who is nine years old, were hurt."
    >>> [(text[s:e], q.low) for s, e, q in find_ages(text)]
    [('46-year-old', 46.0), ('nine years old', 9.0)]
    """
    end = len(text) if end is None else end
    if text.find("old", start, end) < 0:
        return []  # the usual case, found without the pattern
    out = []
    for match in _AGE.finditer(text, start, end):
        words = match.group("n").lower().replace("\u2010", "-").split("-")
        if words[0].isdigit():
            value = int(words[0])
        elif len(words) == 2 and (lex.SMALL[words[0]] % 10 or lex.SMALL[words[1]] >= 10):
            continue  # "five-six": not a number
        else:
            value = sum(lex.SMALL[w] for w in words)
        if 0 < value < _OLDEST_AGE:
            quantity = Quantity(low=value, high=value, kind="number", precision=1.0)
            ends = (match.start(), match.end("n"), match.end())
            out.append(_bounded_age(text, start, ends, quantity))
    return out


def _bounded_age(
    text: str, start: int, ends: tuple[int, int, int], quantity: Quantity
) -> tuple[int, int, Quantity]:
    """An age with the bound before it: "nearly 90 years old" is under 90, not 90.

    The bound is read as a count's is ("nearly 90" is [81, 90)); the span takes it in.
    ``ends``: where the age's number starts and ends, and where the age ends.
    """
    first, number_end, end = ends
    bound = _AGE_BOUND.search(text, max(start, first - _AGE_BOUND_REACH), first)
    if bound is None or bound.end() != first:
        return first, end, quantity
    found = find_quantities(text[bound.start() : number_end])
    if not found or found[0][0] != 0:
        return first, end, quantity
    read = found[0][2]
    bounded = attrs.evolve(read, kind="number", unit=None, currency=None)
    return bound.start(), end, bounded


_AGE_BOUND: Final = re.compile(
    r"\b(?:nearly|almost|just\s+under|just\s+over|about|around|roughly|approximately"
    r"|more\s+than|over|at\s+least|under|some)\s+",
    re.IGNORECASE,
)
_AGE_BOUND_REACH: Final = 20  # characters: "approximately " is the longest bound


_OLDEST_AGE: Final = 120


def _read_noun(tk: _Tokens, r: _Reading) -> None:
    """The counted noun after a count (and a bound after it), or a rate after money."""
    if r.noun is not None:
        return  # read with the number: "a six-week inquiry"
    if r.low.num.unit is not None:
        # "a minute and a half", "a decade": the unit was read with the number
        r.noun = (r.low.num.first + 1, r.low.num.first + 1, r.low.num.unit)
        return
    second = r.high or (r.other[1] if r.other else None)
    r.noun = _counted_noun(tk, r.last + 1, r.low, second)
    if r.noun is not None:
        r.noun = _speed(tk, r.noun)
        r.last = r.noun[1]
        if r.post is None and second is None and r.low.num.vague is None:
            r.post, r.last = _spaced_postfix(tk, r.last, r.bound)  # "100 people or more"
    elif r.new_level is not None and not (r.low.money or r.low.percent):
        # "grew from 200 to 350 members": 200 members, though the span stays "200".
        r.noun = _counted_noun(tk, r.new_level, r.low, None)
    elif r.low.money and r.low.money_unit is None and not r.low.num.vague:
        rate = _rate(tk, r.last + 1)
        if rate is not None:
            r.low.money_unit, r.last = rate


def _found(tk: _Tokens, r: _Reading, windows: tuple[float, float]) -> _Found:
    """The finished quantity with its spans."""
    starts, ends = tk.starts, tk.ends
    low, high, other = r.low, r.high, r.other
    stated = [low.value] + [a.value for a in (high, other[1] if other else None) if a]
    return _Found(
        start=starts[r.start],
        end=ends[r.last],
        quantity=_quantity(r, windows),
        next=r.last + 1,
        number_span=(starts[low.num.first], ends[low.num.last]),
        value_span=(starts[low.first], ends[r.value_end]),
        phrase_span=(starts[r.start], ends[r.phrase_end]),
        stated=tuple(stated),
        bounded=r.bounds is not None or high is not None,
    )


def _amount(tk: _Tokens, j: int, *, bounded: bool, tail: bool = False) -> _Amount | None:
    """A number at token ``j`` with its currency or percent sign, if any.

    ``tail`` marks the second end of a range, which may follow a dash ("10-15").
    """
    prefix = _currency_prefix(tk, j)
    if (
        prefix is None
        and tk.word(j) in ("-", _MINUS)
        and j + 1 < tk.n
        and tk.glued(j + 1)
        and _currency_prefix(tk, j + 1) is not None
    ):
        return _signed_money(tk, j, bounded=bounded, tail=tail)
    k = prefix[1] if prefix else j
    if prefix and (k >= tk.n or tk.starts[k] - tk.ends[k - 1] > 1):
        return None  # "$" then a line break or a gap: no amount
    num = _number(tk, k, bounded=bounded, after_prefix=prefix is not None or tail)
    if num is None or (prefix and num.vague):
        return None
    if prefix and prefix[2] != 1:
        _apply_scale(num, prefix[2], num.last)
    amount = _Amount(first=j, last=num.last, num=num)
    if prefix:
        amount.currency, amount.money = prefix[0], True
    elif num.value == 50.0 and num.first == num.last and tk.low(num.first) == "half":
        amount.percent = True  # "fell by half" (see :func:`_half`)
        return amount
    _unit_suffix(tk, amount)
    return amount


def _signed_money(tk: _Tokens, j: int, *, bounded: bool, tail: bool) -> _Amount | None:
    """An amount of money after a minus sign: "-$0.17 a share" is a loss of 17 cents.

    Only a sign that stands alone, after a space, an opening mark or the start ("x-$5" is
    no sign), and only before a currency ("-5" is read as a number is).
    """
    s = tk.starts[j]
    if s > 0 and not (tk.text[s - 1].isspace() or tk.text[s - 1] in "([{“\"'"):
        return None
    amount = _amount(tk, j + 1, bounded=bounded, tail=tail)
    if amount is None or not amount.money or amount.num.value <= 0:
        return None
    amount.first = amount.num.first = j
    amount.num.value, amount.num.plain = -amount.num.value, False
    return amount


# --- currency and percent -----------------------------------------------------------------


def _code_word(word: str) -> tuple[str, float] | None:
    """A currency code and its multiplier: "USD", "usd", "RMB", or "MEUR" (millions of euros)."""
    if word in lex.CURRENCY_CODES:
        return word, 1.0
    if word in _LOWER_CODES:
        return ("CNY" if word == "rmb" else word.upper()), 1.0
    if len(word) == 4 and word[0] == "M" and word[1:] in lex.CURRENCY_CODES:
        return word[1:], 1e6
    return None


def _currency_prefix(tk: _Tokens, j: int) -> tuple[str, int, float] | None:
    """The currency written before an amount ("$", "US$", "EUR", "Rs.").

    Returns the code, the token after it, and a multiplier ("MAUD 60" is 60 million).
    """
    word, kind = tk.word(j), tk.kind(j)
    if kind == SYM or word in ("元", "円"):
        code = lex.CURRENCY_SYMBOLS.get(word)
        return (code, j + 1, 1.0) if code else None
    if kind not in (WORD, ABBR):
        return None
    low = tk.lows[j]
    if tk.word(j + 1) == "$" and low in lex.DOLLAR_PREFIXES:
        # Single letters ("C$", "A$") only in capitals and glued: "a $5 bill" is no AUD.
        # "c" is no English word, so "c$" and "c $" are Canadian too, but not after a
        # label ("grade C $5") or another capitalised word ("Plan C $5").
        if len(low) == 1 and not (word.isupper() and tk.glued(j + 1)) and not _c_dollar(tk, j):
            return None
        if tk.glued(j + 1) or tk.starts[j + 1] - tk.ends[j] == 1:
            return lex.DOLLAR_PREFIXES[low], j + 2, 1.0
        return None
    coded = _code_word(word)
    if coded is None and word in lex.CURRENCY_PREFIX_WORDS:
        coded = lex.CURRENCY_PREFIX_WORDS[word], 1.0
    if coded is None:
        return None
    k = j + 1
    if tk.word(k) == "." and tk.glued(k):  # "Rs. 500"
        k += 1
    if tk.kind(k) in (NUM, WORD) and tk.starts[k] - tk.ends[k - 1] <= 1:
        return coded[0], k, coded[1]
    return None


def _c_dollar(tk: _Tokens, j: int) -> bool:
    """Whether "c" or "C" at token ``j``, before "$", names the Canadian dollar."""
    if tk.lows[j] != "c" or tk.low(j - 1) in lex.LABEL_NOUNS:
        return False
    named = tk.kind(j - 1) == WORD and tk.word(j - 1)[0].isupper()
    return tk.words[j] == "c" or not named


def _unit_suffix(tk: _Tokens, amount: _Amount) -> None:
    """Read a percent sign or currency written after the number into ``amount``."""
    k = amount.last + 1
    if k >= tk.n or tk.kinds[k] == NL:
        return
    num = amount.num
    if num.vague and tk.lows[k] == "of":  # "millions of dollars"
        name = _currency_name(tk, k + 1, amount)
        if name is not None:
            _set_money(amount, name[0], name[1])
        return
    if _percent_suffix(tk, amount, k):
        return
    if (
        (num.fraction or num.value < 1)
        and tk.low(k) == "of"
        and tk.low(k + 1) in ("a", "an", "one")
        and tk.low(k + 2) in _PERCENT_WORDS
        and _percent_suffix(tk, amount, k + 2)
    ):
        return  # "a quarter of a percentage point", "three-quarters of one percent"
    word, kind = tk.words[k], tk.kinds[k]
    if (kind == SYM or word in ("元", "円")) and word in lex.CURRENCY_SYMBOLS and not amount.money:
        # "10 €" but not the "$" of the next amount in "10 $20"
        if tk.glued(k) or tk.kind(k + 1) != NUM:
            amount.currency, amount.money, amount.last = lex.CURRENCY_SYMBOLS[word], True, k
        return
    coded = _code_word(word) if kind == WORD and not amount.money else None
    # "USD50", "usd 20" are the next amount's, but "17 USD 25." is 17.25.
    if coded is not None and (tk.kind(k + 1) != NUM or _cents(tk, amount, k + 1) is not None):
        amount.currency, amount.money, amount.last = coded[0], True, k
        if coded[1] != 1:
            _apply_scale(num, coded[1], num.last)
        elif tk.low(k + 1) in _SCALE_WORDS:  # "75 USD million"
            _scale_words(tk, num, k + 1)
            amount.last = max(k, num.last)
        else:
            _subunits(tk, amount)
        return
    if kind == SYM and word in _DASHES and tk.glued(k) and tk.glued(k + 1):
        k += 1  # "12-cent", "one-yen"
    name = _currency_name(tk, k, amount)
    if name is not None:
        _set_money(amount, name[0], name[1])
        if amount.factor == 1 and lex.CURRENCY_WORDS[name[0]] is not None:
            _subunits(tk, amount)


def _subunits(tk: _Tokens, amount: _Amount) -> None:
    """Add cents to whole units: "3 dollars 50 cents", "ten dollars and forty-five cents"."""
    cents = _cents(tk, amount, amount.last + 1)
    if cents is not None:
        amount.num.value = _tidy(amount.num.value + cents[0] / 100)
        amount.num.precision, amount.last = 0.01, cents[1]


_CENT_WORDS: Final = _set("cents cent pence")
_NOT_AFTER_CENTS: Final = _set("and or of percent per")


def _cents(tk: _Tokens, amount: _Amount, k: int) -> tuple[float, int] | None:
    """Cents after whole units named after the amount, from token ``k``; and the last token.

    With the word ("3 dollars 50 cents", "ten dollars and forty-five cents"), or as said
    aloud without it: "15 dollars 50", "thirteen dollars forty five", "15 USD 50", and
    "15 dollars and 50" at the end of a clause. Not after a symbol ("$100 and 50" lists two
    amounts), a scale word or a fraction, and not before a noun ("5 dollars 50 times").
    """
    joined = tk.low(k) == "and"
    if joined:
        k += 1
    if tk.kind(k) not in (NUM, WORD):
        return None
    cents = _number(tk, k, bounded=False, after_prefix=True)
    if cents is None or cents.vague or cents.scale > 1 or not 0 < cents.value < 100:
        return None
    after = cents.last + 1
    if tk.low(after) in _CENT_WORDS:
        return cents.value, after
    whole = amount.num
    if (
        amount.first != whole.first  # a symbol or code before the amount
        or whole.scale > 1
        or whole.fraction
        or not float(whole.value).is_integer()
        or cents.fraction
        or not float(cents.value).is_integer()
        or (tk.kinds[k] == NUM and len(tk.words[k]) != 2)  # "15 dollars 5"
    ):
        return None
    ends = tk.kind(after) in (0, NL) or tk.low(after) in _CLAUSE_END
    if ends or (
        not joined and tk.low(after) in lex.FUNCTION_WORDS and tk.low(after) not in _NOT_AFTER_CENTS
    ):
        return cents.value, cents.last
    return None


# Words that begin a percent after "half a" or "a quarter of a" ("per cent" begins "per").
_PERCENT_WORDS: Final = frozenset({"percent", "per", "percentage", "pct", "%"})


def _percent_suffix(tk: _Tokens, amount: _Amount, k: int) -> bool:
    """Read "%", "percent", "per cent", "pct", "5pc", "percentage points" after a number."""
    low = tk.lows[k]
    end = None
    unit = None
    if low in ("%", "٪"):
        end = k
    elif low in ("percent", "percents", "pct", "percentage", "percentages"):
        end = k
        if tk.low(k + 1) in ("point", "points"):
            end, unit = k + 1, "percentage points"
    elif low == "per" and tk.low(k + 1) == "cent":
        end = k + 1
    elif low == "pc" and tk.glued(k):
        end = k
    elif low in _DASHES and tk.glued(k) and tk.glued(k + 1) and tk.low(k + 1) == "percent":
        end = k + 1
    if end is None or amount.money:
        return False
    amount.percent, amount.percent_unit, amount.last = True, unit, end
    return True


def _currency_name(tk: _Tokens, k: int, amount: _Amount) -> tuple[str, int] | None:
    """A currency name at token ``k`` ("dollars", "Swiss francs"): the phrase, last token."""
    hit = _match(tk, k, _CURRENCY_NAMES)
    if hit is None:
        return None
    name, end = hit
    num = amount.num
    if name in ("pound", "pounds") and not (
        num.scale > 1 or num.vague or amount.currency == "GBP" or tk.low(end) == "sterling"
    ):
        return None  # "200 pounds" may weigh; "20 million pounds" is money
    if name == "won" and not (num.scale > 1 or num.value >= 1000):
        return None  # "won" is mostly a verb
    if tk.low(end) == "sterling":
        end += 1
    return name, end - 1


def _set_money(amount: _Amount, name: str, last: int) -> None:
    code = lex.CURRENCY_WORDS[name]
    if name in ("cent", "cents", "pence", "penny"):
        amount.factor = 0.01
    if code is None:
        amount.money_unit = name
    elif amount.currency in (None, "USD") or code != "USD":
        amount.currency = code
    amount.money, amount.last = True, last


# Kinds of share an amount per share is reckoned over: "$1.37 per diluted share".
_SHARE_KINDS: Final = frozenset(["diluted", "basic", "common", "ordinary"])


def _rate(tk: _Tokens, k: int) -> tuple[str, int] | None:
    """A rate after money: "a share", "per barrel", "/hour"; the printed words and last token."""
    low = tk.low(k)
    if low in ("a", "an", "per", "/") and tk.low(k + 1) in _RATE_NOUNS:
        return f"{tk.words[k]} {tk.words[k + 1]}".replace("/ ", "/"), k + 1
    if low == "per" and tk.low(k + 1) in _SHARE_KINDS and tk.low(k + 2) == "share":
        return f"{tk.words[k]} {tk.words[k + 1]} {tk.words[k + 2]}", k + 2  # per diluted share
    if low in ("each", "apiece"):
        return tk.words[k], k
    return None


# --- numbers ------------------------------------------------------------------------------


def _number(tk: _Tokens, j: int, *, bounded: bool, after_prefix: bool) -> _Num | None:
    """The number at token ``j``, in digits or words, with its scale; None if there is none."""
    kind = tk.kind(j)
    if kind == NUM:
        return _digits(tk, j, signed=False, after_prefix=after_prefix)
    low = tk.low(j)
    if kind == SYM:
        return _negative_digits(tk, j, after_prefix=after_prefix)
    if kind != WORD:
        return None
    if low in ("minus", "negative"):
        num = _number(tk, j + 1, bounded=bounded, after_prefix=True)
        if num is None or num.vague:
            return None
        num.first, num.value, num.one = j, -num.value, False
        return num
    if low in lex.UNICODE_FRACTIONS:
        top, bottom = lex.UNICODE_FRACTIONS[low]
        return _Num(j, j, top / bottom, 1 / bottom, fraction=True)
    if low in ("a", "an"):
        return _article(tk, j, bounded=bounded)
    if low == "half":
        return _half(tk, j, bounded=bounded)
    if low == "quarter" and tk.low(j - 1) not in ("a", "an"):
        num = _Num(j, j, 0.25, 0.25, words=True)
        _of_a_scale(tk, num)
        return num if num.last > j else None  # "quarter million", "quarter of a million"
    if low in lex.VAGUE or low in ("several", "many"):
        return _vague(tk, j)
    if low in lex.SMALL:
        return _spelled(tk, j)
    return None


def _negative_digits(tk: _Tokens, j: int, *, after_prefix: bool) -> _Num | None:
    """Read a minus sign glued to digits, not to a word before it: "-5", "$-99"."""
    if tk.words[j] not in ("-", _MINUS) or tk.kind(j + 1) != NUM or not tk.glued(j + 1):
        return None
    s = tk.starts[j]
    if s > 0 and not (
        after_prefix or tk.text[s - 1].isspace() or tk.text[s - 1] in "([{“\"'<>=≤≥~"
    ):
        return None  # "x-5", "2.5^-1": no sign
    num = _digits(tk, j + 1, signed=True, after_prefix=after_prefix)
    if num is None:
        return None
    num.first, num.value, num.plain = j, -num.value, False
    return num


def _code_before(text: str, s: int) -> bool:
    """Whether digits at ``s`` continue a name or code: "G7", "F-16", "9/11", "#5", "'90s"."""
    if s == 0:
        return False
    c = text[s - 1]
    if c.isalnum() or c in f"#@№_'{_RSQUO}+%=&^":
        return True  # "%2020" and "q=30" are URL parts, "1.1^23" a power
    if c in f"-{_MINUS}" and "^" in text[max(0, s - 4) : s - 1]:
        return True  # "2.5^-1", "1.1^--23": an exponent
    return (c in _DASHES or c in f"/:.{_MINUS}") and s >= 2 and text[s - 2].isalnum()


def _digits(tk: _Tokens, j: int, *, signed: bool, after_prefix: bool) -> _Num | None:
    """A number in digits at token ``j`` with what is glued to it and its scale words."""
    text = tk.words[j]
    s = tk.starts[j]
    rise = s > 0 and tk.text[s - 1] == "+" and tk.low(j + 1) == "%"  # "+5%"
    if not (signed or after_prefix or rise) and _code_before(tk.text, s):
        return None
    if len(text) > 1 and text[0] == "0" and text[1].isdigit():
        return None  # "007", "0958": codes
    digits = text.replace(",", "").replace(" ", "").replace("\u00a0", "")
    digits = digits.replace("\u202f", "").replace("\u2009", "")
    try:
        number = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the scanner only passes digits
        return None
    mantissa, _, exponent = digits.lower().partition("e")
    step = Decimal(1).scaleb(int(exponent or 0) - len(mantissa.partition(".")[2]))
    if not number < _LARGEST:
        return None  # a string of digits, not a quantity (and beyond what a float holds)
    num = _Num(j, j, float(number), float(step), plain=text.isdigit())
    k = j + 1
    if tk.glued(k):
        verdict = _glued_after_digits(tk, num, k, after_prefix=after_prefix)
        if verdict is None:
            return None
        k = verdict
    elif num.plain and num.value < 1000:
        _mixed_fraction(tk, num, k)
        k = num.last + 1
    if _spaced_k(tk, k):
        _apply_scale(num, 1_000, k)
        k += 1
    _scale_words(tk, num, k)
    if text.isdigit() and num.last > j:
        _mixed_groups(tk, num)
    _and_fraction(tk, num)
    return num


def _spaced_k(tk: _Tokens, k: int) -> bool:
    """Whether token ``k`` is a spaced "k" for thousands: "2.33 k", as "2.33k" is.

    One space after the number and before no word or number ("a 5 K run" is a race).
    """
    return (
        tk.word(k) in ("k", "K")
        and tk.starts[k] - tk.ends[k - 1] == 1
        and tk.kind(k + 1) not in (WORD, NUM, ABBR)
        and not (tk.glued(k + 1) and tk.word(k + 1) in ("-", "/", _HYPHEN))
    )


_GROUP_SCALES: Final = _set("hundred thousand million billion")


def _mixed_groups(tk: _Tokens, num: _Num) -> None:
    """Add lower groups to a scaled whole number in digits, as spelled numbers add them.

    "4 thousand 3 hundred and 21" is 4321, "3 hundred and one" 301. Each group is smaller
    than the scale before it. A group without its own scale word joins only after "and"
    and below a thousand's scale, so that "3 million 18-year-olds" and "$2 million and 500
    jobs" keep their second number.
    """
    lowest = lex.SCALES.get(tk.lows[num.last], 0) if tk.lows[num.last] in _GROUP_SCALES else 0
    while lowest:
        k = num.last + 1
        joined = tk.low(k) == "and"
        p = k + 1 if joined else k
        if tk.kind(p) == NUM:
            word = tk.words[p]
            if not word.isdigit() or word[0] == "0" or _dash_number(tk, p + 1):
                return
            value, last, precision = float(word), p, 1.0
            if tk.glued(p + 1) and tk.kind(p + 1) in (WORD, NUM):
                return  # "3 hundred 5G"
        elif tk.kind(p) == WORD and tk.low(p) in lex.SMALL:
            small = _small_words(tk, p)
            if small is None or (tk.glued(small[1] + 1) and tk.low(small[1] + 1) in _DASHES):
                return
            value, last, precision = float(small[0]), small[1], 1.0
        else:
            return
        scale = lex.SCALES.get(tk.low(last + 1), 0) if tk.low(last + 1) in _GROUP_SCALES else 0
        if scale:
            value, last, precision = value * scale, last + 1, float(scale)
        elif not joined or lowest > 1_000:
            return
        if not 0 < value < lowest or (scale and value >= 1000 * scale):
            return
        num.value = _tidy(num.value + value)
        num.precision, num.last, num.scale, lowest = precision, last, scale or 1, scale


def _millions_of(tk: _Tokens, num: _Num, k: int) -> bool:
    """Whether a glued "m" is million before the plural noun it counts: "2.5m people".

    A decimal figure only, as news writes millions ("1.2m visitors"); heights and race
    lengths keep metres ("a 2.5m wall", "the 400m hurdles", "2.5m tall").
    """
    decimal = num.precision is not None and num.precision < 1 and not num.words
    after = tk.words[k + 1] if tk.kind(k + 1) == WORD and not tk.glued(k + 1) else ""
    return decimal and after[:1].islower() and _plural(after.lower())


def _glued_after_digits(tk: _Tokens, num: _Num, k: int, *, after_prefix: bool) -> int | None:
    """Read what is glued after digits; the next token to read, or None to reject."""
    word, kind = tk.words[k], tk.kinds[k]
    if kind == WORD:
        scale = lex.GLUED_SCALES.get(word)
        if scale is None and after_prefix and word in ("m", "t"):
            scale = 1_000_000 if word == "m" else 1_000_000_000_000
        if scale is None and word == "m" and _millions_of(tk, num, k):
            scale = 1_000_000
        if scale is not None:
            _apply_scale(num, scale, k)
            return k + 1
        if word in lex.UNICODE_FRACTIONS and num.plain:  # "2½"
            top, bottom = lex.UNICODE_FRACTIONS[word]
            num.value, num.precision, num.last, num.plain = (
                num.value + top / bottom,
                1 / bottom,
                k,
                False,
            )
            return k + 1
        if word in ("x", "X"):
            return _power(tk, num, k)  # "1.3x10^6"; "3x10" is a size
        if word == "L" and _runway_designator(tk, num.first, k):
            return None  # "runway 34L": a runway's name, not 34 litres
        if (
            word in lex.CURRENCY_CODES
            or word in lex.CURRENCY_SYMBOLS  # "100元"
            or word.lower() == "pc"
            or word in lex.MEASURE_SUFFIXES
        ):
            return k  # read as a unit later
        return None  # "3rd", "1990s", "5pm", "5G", "3D": ordinals, decades, times, names
    if kind == NUM:
        return None  # "192.168.1.2": a dotted code
    follows_number = tk.kind(k + 1) == NUM and tk.glued(k + 1)
    if word == "/" and follows_number:
        return _slash_fraction(tk, num, k)
    if word == ":" and follows_number:
        return None  # "3:45", "3:1"
    if word == "." and tk.glued(k + 1) and tk.kind(k + 1) in (WORD, NUM):
        return None  # "215.686.TIPS", "5541111.com"
    if word in ("^", "×"):
        return _power(tk, num, k)  # "1.1^23", "2.48×10−5"
    if word == "%" and tk.glued(k + 1) and tk.kind(k + 1) in (NUM, WORD):
        return None  # "30%25": a URL escape
    if word in ("'", _RSQUO) and (tk.low(k + 1) == "s" or follows_number):
        return None  # "the 1990's", "5'9\""
    return k


_RUNWAY_WORDS: Final = _set("runway runways rwy")
_RUNWAY_SIDES: Final = _set("L R C")
_RUNWAY_LINKS: Final = _set("and or , / to")


def _runway_designator(tk: _Tokens, j: int, k: int) -> bool:
    """Whether digits at ``j`` glued to a side letter at ``k`` name a runway.

    A runway is named by its heading in tens of degrees and a side letter ("runway 9L",
    "runways 16R and 34L", "16R/34L"): after a runway word, or beside another such name
    ("16R", or an "L" name after a runway word).
    """
    if not tk.words[j].isdigit() or not 1 <= int(tk.words[j]) <= 36:
        return False
    if tk.low(j - 1) in _RUNWAY_WORDS:
        return True
    for link, name in ((j - 1, j - 3), (k + 1, k + 2)):
        if tk.word(link) not in _RUNWAY_LINKS or not 0 <= name < tk.n - 1:
            continue
        number, side = tk.words[name], tk.words[name + 1]
        if not (number.isdigit() and tk.glued(name + 1) and side in _RUNWAY_SIDES):
            continue
        if side != "L" or tk.low(name - 1) in _RUNWAY_WORDS:
            return True  # "3L and 5L" may be litres; "16R and 34L" is not
    return False


def _exponent(tk: _Tokens, k: int) -> tuple[int, int] | None:
    """A whole exponent glued at token ``k``, with one optional sign: its value, last token."""
    sign = 1
    if tk.word(k) in ("+", "-", _MINUS) and tk.glued(k) and tk.kind(k + 1) == NUM:
        sign, k = (1 if tk.words[k] == "+" else -1), k + 1
    word = tk.word(k)
    if tk.kind(k) != NUM or not tk.glued(k) or not word.isdigit() or len(word) > 3:
        return None
    if tk.glued(k + 1) and tk.kind(k + 1) in (NUM, WORD, SYM) and tk.words[k + 1] not in ",;:)":
        return None  # "2^3^4", "10^6m": more than a power
    return sign * int(word), k


def _power(tk: _Tokens, num: _Num, k: int) -> int | None:
    """Read a power glued after digits, or reject the number: the next token to read.

    "1.1^23" and "2.5^-1" are powers; "1.3x10^6", "6.23×10^-4" and "2.48×10−5" (a minus
    sign, not a hyphen) are scientific notation, whose step is the mantissa's times the
    power of ten. Anything else glued there ("3x10 feet", "1.1^--23") is no number.
    """
    if tk.words[k] == "^":
        power = _exponent(tk, k + 1)
        if power is None or (num.value == 0 and power[0] < 0):
            return None
        exponent, last = power
        if exponent * math.log10(max(num.value, 1e-300)) > 30:
            return None  # no quantity is that large
        value, precision = num.value**exponent, None
    else:
        if tk.word(k + 1) != "10" or not tk.glued(k + 1):
            return None
        mark = tk.word(k + 2)
        if mark == "^" and tk.glued(k + 2):
            power = _exponent(tk, k + 3)
        elif mark == _MINUS and tk.words[k] == "×":
            power = _exponent(tk, k + 2)
        else:
            return None
        if power is None:
            return None
        exponent, last = power
        value = num.value * 10.0**exponent
        precision = None if num.precision is None else num.precision * 10.0**exponent
    num.value, num.precision, num.last, num.plain = _tidy(value), precision, last, False
    return last + 1


def _slash_fraction(tk: _Tokens, num: _Num, k: int) -> int | None:
    """Read "3/4", "1/40" as fractions; "9/11", "50/50", "5/17/2018" are no numbers."""
    top, bottom = tk.words[k - 1], tk.words[k + 1]
    if not (top.isdigit() and bottom.isdigit()) or (tk.glued(k + 2) and tk.word(k + 2) in "/-."):
        return None
    a, b = int(top), int(bottom)
    if not (0 < a < b and (b in (2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100) or b > 31)):
        return None
    num.value, num.precision, num.last = a / b, 1 / b, k + 1
    num.fraction, num.plain = True, False
    return k + 2


def _mixed_fraction(tk: _Tokens, num: _Num, k: int) -> None:
    """Add a proper fraction after a space to a whole number: "2 1/2"."""
    if tk.kind(k) != NUM or tk.word(k + 1) != "/" or not tk.glued(k + 1) or not tk.glued(k + 2):
        return
    top, bottom = tk.word(k), tk.word(k + 2)
    if tk.kind(k + 2) != NUM or not (top.isdigit() and bottom.isdigit()):
        return
    a, b = int(top), int(bottom)
    if 0 < a < b <= 16 and not (tk.glued(k + 3) and tk.word(k + 3) in "/-."):
        num.value, num.precision, num.last, num.plain = num.value + a / b, 1 / b, k + 2, False


def _apply_scale(num: _Num, scale: float, last: int) -> None:
    num.value = _tidy(num.value * scale)
    num.precision = None if num.precision is None else _tidy(num.precision * scale)
    num.scale *= scale
    num.last, num.plain = last, False


def _scale_words(tk: _Tokens, num: _Num, k: int) -> None:
    """Multiply by scale words after a number: "3 million", "1.5 bn", "13 lakh", "3-million"."""
    while k < tk.n:
        low = tk.lows[k]
        if low in _DASHES and tk.glued(k) and tk.glued(k + 1) and tk.low(k + 1) in lex.SCALES:
            k += 1
            low = tk.lows[k]
        if tk.kinds[k] != WORD:
            return
        scale = 12 if low in _DOZENS else lex.SCALES.get(low)
        if scale is None or num.scale * scale > 1e30:
            return  # "million million million ...": no count is that large
        _apply_scale(num, scale, k)
        k += 1


def _spelled(tk: _Tokens, j: int, group: int = 0, prior: str = "") -> _Num | None:
    """A number in words from token ``j``: "four", "twenty-one", "one hundred and five".

    ``group`` and ``prior`` start the reading after an article ("a hundred": 1, "unit").
    """
    s = tk.starts[j]
    if not prior and s > 1 and tk.text[s - 1] in _DASHES and tk.text[s - 2].isalpha():
        return None  # "top-five", "Catch-Twenty-Two": part of a compound
    total, last, precision, top_scale = 0, j - 1, 1, 0
    k = j
    while k < tk.n:
        low = tk.lows[k]
        if tk.kinds[k] != WORD:
            if prior == "tens" and _joining_dash(tk, k):
                nxt = lex.SMALL.get(tk.low(k + 1), 0)
                if 0 < nxt < 10:
                    k += 1
                    continue
            break
        if low in lex.SMALL:
            value = lex.SMALL[low]
            if not (
                prior in ("", "hundred", "scale", "and") or (prior == "tens" and 0 < value < 10)
            ):
                break
            group += value
            prior = "tens" if value >= 20 and value % 10 == 0 else "unit"
            precision, last = 1, k
        elif low == "hundred" and prior in ("unit", "tens") and group < 100:
            group *= 100
            prior, precision, last = "hundred", 100, k
        elif low in _SCALE_WORDS or low in ("lakhs", "crores"):
            scale = lex.SCALES[low]
            if prior in ("unit", "tens", "hundred"):
                total = (
                    (total + group) * scale
                    if top_scale and scale > top_scale
                    else total + group * scale
                )
            elif prior == "scale" and scale > top_scale:
                total *= scale
            else:
                break
            group, top_scale, prior, precision, last = 0, scale, "scale", scale, k
        elif low in _DOZENS and prior in ("unit", "tens"):
            group *= 12
            prior, precision, last = "scale", 12, k
        elif (
            low == "and"
            and prior in ("hundred", "scale")
            and 0 < lex.SMALL.get(tk.low(k + 1), 0) < 100
            and _fraction_ahead(tk, k + 1) is None  # "two hundred and three quarters"
        ):
            prior = "and"
        else:
            break
        k += 1
    if last < j:
        return None
    if prior == "and":
        prior = "scale"
    num = _Num(j, last, float(total + group), float(precision), scale=top_scale or 1, words=True)
    num.one = last == j and tk.lows[j] == "one"
    _spelled_tail(tk, num, simple=total == 0 and prior in ("unit", "tens"))
    return num


def _spelled_tail(tk: _Tokens, num: _Num, *, simple: bool) -> None:
    """What may follow a spelled number: decimals, fractions, and then scale words."""
    k = num.last + 1
    low = tk.low(k)
    if low == "point" and tk.low(k + 1) in lex.SMALL:
        _decimal_words(tk, num, k + 1)
    elif _fraction_word(tk, num, simple=simple):
        return
    _and_fraction(tk, num)
    _scale_words(tk, num, num.last + 1)


def _and_fraction(tk: _Tokens, num: _Num) -> None:
    """Add a fraction after "and": "two and a half", "3 million and a half".

    The fraction is of the number's scale ("3 million and a half" is 3.5 million), or of its
    own scale word after a scaled number ("one billion and a half million").
    """
    k = num.last + 1
    if tk.low(k) != "and":
        return
    fraction = _fraction_ahead(tk, k + 1)
    if fraction is None:
        return
    top, bottom, last = fraction
    unit = num.scale
    if num.scale > 1 and tk.low(last + 1) in _SCALE_WORDS:
        unit, last = lex.SCALES[tk.low(last + 1)], last + 1
    num.value = _tidy(num.value + top / bottom * unit)
    num.precision, num.last, num.one, num.plain = _tidy(unit / bottom), last, False, False


def _decimal_words(tk: _Tokens, num: _Num, k: int) -> None:
    """Read digits spelled after "point": "five point five", "two hundred point zero three"."""
    digits: list[str] = []
    while tk.low(k) in lex.SMALL and len(digits) < 15:  # a float holds no more
        value = lex.SMALL[tk.low(k)]
        if value >= 20 and tk.low(k + 1) in _DASHES and 0 < lex.SMALL.get(tk.low(k + 2), 0) < 10:
            value += lex.SMALL[tk.low(k + 2)]
            k += 2
        digits.append(str(value))
        k += 1
    num.value = float(Decimal(int(num.value)) + Decimal("0." + "".join(digits)))
    num.precision, num.last, num.one = 10.0 ** -len(digits), k - 1, False


def _fraction_word(tk: _Tokens, num: _Num, *, simple: bool) -> bool:
    """Read a spelled numerator and denominator: "two thirds", "one fifth", "one-third".

    A numerator with "hundred" or a scale word takes a plural denominator only ("a hundred
    trillionths", "one hundred and thirty fifths" is 130/5). A singular compound
    denominator ("one twenty-fifth") ends a clause or comes before "of", as "a third" does.
    """
    k = num.last + 1
    if _joining_dash(tk, k):
        k += 1
    denominator = _denominator(tk, k)
    if denominator is None or num.value == 0:
        return False
    bottom, plural, last = denominator
    if plural != (num.value > 1):
        return False  # "two millionth" is no fraction
    if not plural and (not simple or (last > k and not _fraction_ends(tk, last + 1))):
        return False  # "one twenty-first birthday"
    num.value, num.precision, num.last = _tidy(num.value / bottom), 1 / bottom, last
    num.fraction, num.one, num.scale = True, False, 1
    _of_a_scale(tk, num)
    return True


def _joining_dash(tk: _Tokens, k: int) -> bool:
    """Whether token ``k`` is a dash inside a spelled compound.

    Glued on both sides ("twenty-one"), or a hyphen with one space on each side ("fifty -
    two", as speech transcripts and some wires print it).
    """
    if tk.low(k) in _DASHES and tk.glued(k) and tk.glued(k + 1):
        return True
    return (
        tk.word(k) in ("-", _HYPHEN)
        and 0 < k < tk.n - 1
        and tk.starts[k] - tk.ends[k - 1] == 1
        and tk.starts[k + 1] - tk.ends[k] == 1
    )


def _denominator(tk: _Tokens, k: int) -> tuple[int, bool, int] | None:
    """The denominator spelled at token ``k``: its value, whether plural, and its last token.

    One word ("fifths", "a hundredth", "thirtieth") or a tens word with an ordinal
    ("twenty-fifth", "twenty firsts"); spaced, "twenty seconds" is a time, not 1/22.
    """
    low = tk.low(k)
    if low in lex.FRACTIONS:
        return lex.FRACTIONS[low], low.endswith("s"), k
    tens = lex.SMALL.get(low, 0)
    if tk.kind(k) != WORD or tens < 20 or tens % 10:
        return None
    m = k + 1
    dashed = _joining_dash(tk, m)
    if dashed:
        m += 1
    unit_word = tk.low(m)
    unit = lex.UNIT_ORDINALS.get(unit_word)
    if unit is None or (unit == 2 and not dashed):
        return None
    return tens + unit, unit_word.endswith("s"), m


def _small_words(tk: _Tokens, k: int) -> tuple[int, int] | None:
    """A spelled number below 100 at token ``k``: "three", "fifty-four", "fifty four"."""
    value = lex.SMALL.get(tk.low(k), 0) if tk.kind(k) == WORD else 0
    if not value:
        return None
    if value >= 20 and value % 10 == 0:
        m = k + 2 if _joining_dash(tk, k + 1) else k + 1
        unit = lex.SMALL.get(tk.low(m), 0) if tk.kind(m) == WORD else 0
        if 0 < unit < 10:
            return value + unit, m
    return value, k


def _fraction_ahead(tk: _Tokens, k: int) -> tuple[int, int, int] | None:
    """A proper fraction spelled from token ``k``: numerator, denominator and last token.

    "a half", "three quarters", "fifty-four hundredths"; "thirty fifths" is improper.
    """
    if tk.low(k) in ("a", "an"):
        top, last = 1, k
    else:
        small = _small_words(tk, k)
        if small is None:
            return None
        top, last = small
    m = last + 2 if _joining_dash(tk, last + 1) else last + 1
    denominator = _denominator(tk, m)
    if denominator is None:
        return None
    bottom, plural, end = denominator
    if not 0 < top < bottom or plural != (top > 1):
        return None
    return top, bottom, end


def _fraction_ends(tk: _Tokens, k: int) -> bool:
    """Whether a fraction may end before token ``k``: "of", a scale word, or a clause end."""
    after = tk.low(k)
    return after in ("of", *_SCALE_WORDS) or tk.kind(k) in (0, NL) or after in _CLAUSE_END


def _of_a_scale(tk: _Tokens, num: _Num) -> None:
    """Scale a fraction: "two thirds of a million", "a quarter billion"."""
    k = num.last + 1
    if tk.low(k) == "of" and tk.low(k + 1) in ("a", "an") and tk.low(k + 2) in _SCALE_WORDS:
        _apply_scale(num, lex.SCALES[tk.low(k + 2)], k + 2)
        num.fraction = False
    elif tk.low(k) in _SCALE_WORDS:
        _apply_scale(num, lex.SCALES[tk.low(k)], k)
        num.fraction = False
    elif (
        tk.low(k) == "of"
        and tk.low(k + 1) in ("a", "an")
        and (tk.low(k + 2) in _ONE_MEASURES or tk.low(k + 2) in _SPAN_UNITS)
    ):
        # "two-thirds of an inch", "three-quarters of an hour": that part of one unit, the
        # unit its noun (as "half an inch" is read)
        num.last, num.fraction = k + 1, False
    elif tk.low(k) in _ONE_MEASURES or tk.low(k) in _SPAN_UNITS:
        # "one-half mile", "one-quarter hour": that part of one unit, as "a half mile" is
        num.fraction = False


def _article(tk: _Tokens, j: int, *, bounded: bool = False) -> _Num | None:
    """Read a number after "a": "a hundred", "a dozen", "a couple of", "a third of"."""
    nxt = tk.low(j + 1)
    if nxt in _SCALE_WORDS or nxt == "dozen":
        num = _spelled(tk, j + 1, group=1, prior="unit")
        if num is not None:
            num.first, num.one = j, False
            if nxt == "dozen" and num.last == j + 1:
                # "a dozen" alone is twelve to the unit (its precision is 1, not 12).
                num.dozen = True
        return num
    if nxt == "couple":
        return _couple(tk, j)
    span = _article_span(tk, j)
    if span is not None:
        return span
    one = _one_span(tk, j, bounded=bounded)
    if one is not None:
        return one
    if nxt in _ONE_MEASURES and tk.low(j + 2) == "of" and _stuff_after(tk, j + 3):
        # "an inch of ice", "up to a foot of snow": one of the unit, the unit its noun ("lives
        # about a mile away", "stretched for nearly a mile", "within a mile of the wreck"
        # are distances said loosely)
        return _Num(j, j, 1.0, 1.0, words=True)
    if nxt == "few" and tk.low(j + 2) in (*_SCALE_WORDS, "dozen"):
        return _several(tk, j, j + 2, f"a few {tk.low(j + 2)}")
    denominator = _denominator(tk, j + 1)
    if denominator is not None and not denominator[1]:
        bottom, _, k = denominator
        if bottom in (2, 4) and _measure_at(tk, k + 1):
            # "a half-mile stretch", "a quarter hour": that part of one unit ("a third floor"
            # is an ordinal)
            return _Num(j, k, 1 / bottom, 1 / bottom, words=True)
        return _lone_fraction(tk, j, bottom, k)
    return None


def _article_span(tk: _Tokens, j: int) -> _Num | None:
    """Read a span of time after "a": "a minute and a half", "an hour and a half", "a decade".

    "a year and a half" is one and a half years, to the half year; "a decade" ten years
    ("more than a decade" more than ten), so that it meets "12 years". "a decade ago" is
    a date, read before any count; "a day" alone is left alone ("twice a day").
    """
    nxt = tk.low(j + 1)
    if tk.low(j - 1) in ("once", "twice", "times"):
        return None  # "once a decade", "three times a year": how often, not how long
    if nxt == "decade":
        if tk.kind(j + 2) == WORD and tk.low(j + 2) not in lex.NP_STOP:
            return None  # "a decade-long feud", "a decade ago" (a date), "a decade mark"
        if tk.low(j + 2) in _DASHES and tk.glued(j + 2):
            return None  # "a decade-long feud": a compound adjective
        return _Num(j, j + 1, 10.0, 10.0, words=True, unit="years")
    if nxt not in _SPAN_UNITS and nxt != "fortnight":
        return None
    if [tk.low(k) for k in range(j + 2, j + 5)] != ["and", "a", "half"]:
        return _how_long_span(tk, j)
    if tk.low(j + 5) in _DASHES and tk.glued(j + 5):
        return None  # "a year and a half-long wait": left to the glued compounds
    return _Num(j, j + 4, 1.5, 0.5, words=True, unit=nxt + "s")


# Words before "a week" that say how long something went on: "closed for a week",
# "the strike lasted a month", "spent a day in hospital", "took a year to finish".
_HOW_LONG: Final = _set(
    "for last lasts lasted lasting spend spends spent spending took take takes taking"
)
# Bound words between those and the article: "for more than a week", "lasted nearly a month".
_HOW_LONG_BOUNDS: Final = _set(
    "more less fewer than nearly almost about around roughly approximately over under just"
    " only barely at least most well some little upwards upward of"
)
# Words after "a week" that make it a point in time or part of a longer span, not how long:
# "a week ago", "a week later", "a week or two", "a week to 10 days", "a week of talks".
_SPAN_NOT_ALONE: Final = _set("ago later earlier old or to of and")
_CLAUSE_MARKS: Final = frozenset(",.;:!?)\u2014")


def _number_word(tk: _Tokens, k: int) -> bool:
    """Whether token ``k`` is digits or a small number word: "to 10 days", "to two weeks"."""
    return tk.kind(k) == NUM or tk.low(k) in lex.SMALL


def _how_long_span(tk: _Tokens, j: int) -> _Num | None:
    """Read one unit of time after "a" told as how long: "for a week", "lasted a month".

    "the lake stayed above flood stage for a week" is a week (a fortnight two weeks), as
    "for seven days" is seven days; "for nearly a year" nearly one. Only after a word that says how
    long ("for", "lasted", "spent", "took", a bound between): "twice a day", "$40 a
    night", "a day pass", "a week ago", "a week later" and "in a year" are no such span.
    Tried first (from :func:`_article_span`); a bound with no word of how long before it
    ("nearly a year"), "an extra week" and "an hour and 15 minutes" are :func:`_one_span`'s.
    """
    nxt = tk.low(j + 1)  # never "decade": _article_span reads it
    after = j + 2
    glued = tk.glued(after) and tk.low(after) not in _CLAUSE_MARKS
    to_do = tk.low(after) == "to" and not _number_word(tk, after + 1)  # "took a year to build"
    if (glued or tk.low(after) in _SPAN_NOT_ALONE) and not to_do:
        return None  # "a year-long study", "a week's pay", "a week ago", "a week to 10 days"
    if tk.kind(after) == WORD and tk.low(after) not in lex.NP_STOP:
        return None  # "for a day pass": the unit is a noun's adjective
    if tk.low(j - 1) == "of" and tk.low(j - 2) not in ("upwards", "upward"):
        return None  # "for much of a week", "most of an hour": a share of the span, not it
    k = j - 1
    while k >= 0 and j - k <= 4 and tk.low(k) in _HOW_LONG_BOUNDS:
        k -= 1
    then = to_do or tk.low(after) in _CLAUSE_MARKS
    if tk.low(k) not in _HOW_LONG and not _took_someone(tk, k, then=then):
        return None
    if nxt == "fortnight":
        return _Num(j, j + 1, 2.0, 1.0, words=True, unit="weeks")
    return _Num(j, j + 1, 1.0, 1.0, words=True, unit=nxt)


_TAKE: Final = _set("took take takes taking")
_OBJECT_PRONOUNS: Final = _set("them him her us me you")


def _took_someone(tk: _Tokens, k: int, *, then: bool) -> bool:
    """Whether token ``k`` is whom a span took: "took crews a week to clear the road".

    One object (a pronoun or a plural noun) between "took" and the span, and ``then`` ("to"
    and a verb, or the clause's end) after it: "took hostages a day after the raid" is a moment.
    """
    if not then:
        return False
    if tk.low(k - 1) not in _TAKE or tk.kind(k) != WORD:
        return False
    word = tk.low(k)
    return word in _OBJECT_PRONOUNS or (word.endswith("s") and tk.words[k].islower())


def _one_span(tk: _Tokens, j: int, *, bounded: bool) -> _Num | None:
    """Read one unit of time after "a" where the words make it a length of time.

    Tried after :func:`_how_long_span` (a word of how long before it: "for a week") finds none.

    After a bound ("nearly an hour", "more than a year", "under a minute"), with "extra" or
    "additional" ("an extra year", "an additional week": one more of it), or as the first part
    of a span told in two units ("an hour and 15 minutes", "a year and two months"). "a
    year" alone is left alone ("a year ago", "once a year", "a year later").
    """
    nxt, k = tk.low(j + 1), j + 1
    if tk.low(j - 1) in ("once", "twice", "times"):
        return None  # "more than once a year": how often
    extra = nxt in ("extra", "additional")
    if extra:
        k += 1
    unit = tk.low(k)
    if unit not in _SPAN_UNITS or unit == "decade":
        return None
    if tk.low(k + 1) in _DASHES and tk.glued(k + 1):
        return None  # "nearly a year-long wait": a compound adjective
    if tk.low(k + 1) in ("ago", "earlier", "later", "before", "after", "from"):
        return None  # "more than a year ago": a date; "a year later": a moment
    if tk.kind(k + 1) == WORD and tk.low(k + 1) not in lex.NP_STOP:
        return None  # "from a day camp", "nearly a year mark": the unit names another thing
    if tk.low(j - 1) in ("from", "between"):
        return None  # "from a year": the start of a change or a range, not a length
    if not (bounded or extra or _smaller_part(tk, unit, k + 1)):
        return None
    return _Num(j, k, 1.0, 1.0, words=True, unit=unit)


# A unit of time and the smaller one a span told in two units goes on with ("an hour and 15
# minutes").
_SMALLER_UNIT: Final = {
    "hour": "minute", "minute": "second", "day": "hour", "week": "day", "year": "month"
}  # fmt: skip


def _smaller_part(tk: _Tokens, unit: str, k: int) -> bool:
    """Whether ``and`` (or a comma), a number and the next smaller unit start at ``k``."""
    if tk.low(k) == ",":
        k += 1
    if tk.low(k) == "and":
        k += 1
    if tk.kind(k) != NUM and tk.low(k) not in lex.SMALL:
        return False
    k += 1
    while tk.low(k) in lex.SMALL or tk.low(k) in _DASHES:
        k += 1  # "twenty-five minutes"
    smaller = _SMALLER_UNIT.get(unit)
    return smaller is not None and tk.low(k) in (smaller, smaller + "s")


def _stuff_after(tk: _Tokens, k: int) -> bool:
    """Whether a bare lowercase noun, the thing measured, starts at ``k``.

    "a foot of snow", not "a mile of the wreck" or "a mile of a school" (how far from it).
    """
    low = tk.low(k)
    return (
        tk.kind(k) == WORD
        and tk.words[k].islower()
        and low not in _DET_AFTER_OF
        and low not in ("a", "an", "this", "that")
    )


def _measure_at(tk: _Tokens, k: int) -> bool:
    """Whether a singular unit of measure or time starts at token ``k``: "mile", "-hour"."""
    if tk.low(k) in _DASHES and tk.glued(k) and tk.glued(k + 1):
        k += 1
    return tk.low(k) in _SIZE_UNITS or tk.low(k) in _SPAN_UNITS


def _couple(tk: _Tokens, j: int) -> _Num | None:
    """Read "a couple of" as two, loosely, and "a couple (of) hundred (dozen)" as 200 (24)."""
    k = j + 2
    of = tk.low(k) == "of"
    scale_at = k + 1 if of else k
    if tk.low(scale_at) in _SCALE_WORDS or tk.low(scale_at) == "dozen":
        scale = lex.SCALES[tk.low(scale_at)]
        return _Num(
            j, scale_at, 2.0 * scale, float(scale), scale=scale, words=True, approximate=True
        )
    if not of:
        return None
    return _Num(j, j + 1, 2.0, 1.0, words=True, approximate=True, of_noun=True)


def _lone_fraction(tk: _Tokens, j: int, bottom: int, k: int) -> _Num | None:
    """Read a fraction after "a": "a third of", "a half", "a quarter million".

    Only before "of", a scale word, or the end of a clause: "a third term" is an ordinal.
    """
    if not _fraction_ends(tk, k + 1):
        return None
    num = _Num(j, k, 1 / bottom, 1 / bottom, words=True, fraction=True)
    _of_a_scale(tk, num)
    return num


def _half(tk: _Tokens, j: int, *, bounded: bool) -> _Num | None:
    """Read "half a million", "half a dozen", "half an hour", "half of", "more than half"."""
    before = tk.low(j - 1)
    if before in ("the", "first", "second", "other", "latter", "top", "bottom", "front"):
        return None
    if before == "back" and (tk.kind(j - 2) != WORD or tk.low(j - 2) in _DET_BEFORE_PART):
        return None  # "the back half of the season"; but "paid back half of the loan"
    nxt = tk.low(j + 1)
    if nxt in ("a", "an") and tk.low(j + 2) in (*_SCALE_WORDS, "dozen"):
        scale = lex.SCALES[tk.low(j + 2)]
        return _Num(j, j + 2, 0.5 * scale, 0.5 * scale, scale=scale, words=True)
    if nxt in _SCALE_WORDS:
        scale = lex.SCALES[nxt]
        return _Num(j, j + 1, 0.5 * scale, 0.5 * scale, scale=scale, words=True)
    if nxt in ("a", "an") and tk.kind(j + 2) == WORD and tk.low(j + 2) not in lex.NP_STOP:
        return _Num(j, j + 1, 0.5, 0.5, words=True)  # "half an hour": half of one unit
    if nxt in ("a", "an") and tk.low(j + 2) in _PERCENT_WORDS:
        return _Num(j, j + 1, 0.5, 0.5, words=True)  # "half a percentage point"
    if nxt == "of" or bounded:
        return _Num(j, j, 0.5, 0.5, words=True, fraction=True)
    if before == "by" and _change_before(tk, j - 1):
        # "fell by half": a change of 50 percent (see :func:`_amount`), loosely told
        return _Num(j, j, 50.0, _HALF_STEP, words=True)
    return None


_HALF_STEP: Final = 10.0  # "by half" is 50 percent give or take a few: "fell 48%" agrees


def _several(tk: _Tokens, j: int, k: int, label: str) -> _Num:
    """Read a single-digit multiple, [2S, 10S): "several hundred", "a few thousand"."""
    scale = lex.SCALES[tk.low(k)]
    return _Num(
        j, k, 2.0 * scale, None, scale=scale, words=True,
        vague=label, vague_low=2.0 * scale, vague_high=10.0 * scale,
    )  # fmt: skip


def _vague(tk: _Tokens, j: int) -> _Num | None:
    """Read a vague count: "dozens", "thousands", "tens of thousands", "many millions"."""
    low = tk.lows[j]
    prev = tk.low(j - 1)
    if prev in lex.SMALL or tk.kind(j - 1) == NUM:
        return None  # "3 dozens" is read with the digits
    if low in ("several", "many"):
        nxt = tk.low(j + 1)
        if low == "several" and nxt in (*_SCALE_WORDS, "dozen"):
            return _several(tk, j, j + 1, f"several {nxt}")
        if low == "many" and nxt in lex.VAGUE and nxt not in ("tens", "scores"):
            num = _vague(tk, j + 1)
            if num is not None:
                num.first = j
            return num
        return None
    vague_low, vague_high = lex.VAGUE[low]
    num = _Num(
        j, j, vague_low, None, words=True, vague=low, vague_low=vague_low, vague_high=vague_high
    )
    if low in ("tens", "hundreds") and tk.low(j + 1) == "of" and tk.low(j + 2) in lex.VAGUE_OF:
        unit = lex.VAGUE_OF[tk.low(j + 2)]
        num.vague = f"{low} of {tk.low(j + 2)}"
        num.vague_low, num.vague_high = vague_low * unit, vague_high * unit
        num.value, num.last = num.vague_low, j + 2
    elif low in ("tens", "scores") and tk.low(j + 1) != "of":
        return None  # "tens" and "scores" count only with "of"
    num.of_noun = True
    return num


# --- ranges and bounds after the number ---------------------------------------------------


def _range(tk: _Tokens, first: _Amount, bound: str | None) -> tuple[_Amount, _Amount] | None:
    """The two ends of "X to Y", "X-Y", "between X and Y", "from X to Y", "X or Y"."""
    k = first.last + 1
    link = tk.low(k)
    allowed: tuple[str, ...]
    if bound == "between":
        allowed = ("and", "-", _EN_DASH, "to")
    elif bound == "from":
        allowed = ("to", "-", _EN_DASH, "through", "until")
    elif bound in (None, "approx"):
        allowed = ("to", "-", _EN_DASH, "through", "thru", "~", "or")
    else:
        return None
    if link not in allowed or _match(tk, k, _POSTFIXES) is not None:
        return None
    if link in _DASHES and not _dash_range_ok(tk, first, k):
        return None
    second = _amount(tk, k + 1, bounded=True, tail=True)
    if second is None or second.num.vague or first.num.vague:
        return None
    if link == "or" and (first.money or second.money or second.num.scale > 1):
        return None  # "5 or $10": two amounts
    if not _ends_agree(first, second):
        return None
    return first, second


_CHANGE_REACH: Final = 12  # tokens back from "from" or "by" to the change word, in its clause
# "by X to Y" after a change is a span only when its ends are close ("rose by 10 to 15
# percent"); "raised it by 50 cents to $2.50" is the change, then the level it reached.
_BY_SPAN_RATIO: Final = 3.0


def _change_before(tk: _Tokens, i: int) -> bool:
    """Whether a change word stands in the clause before token ``i`` (a bound word).

    Walks back at most ``_CHANGE_REACH`` tokens; a comma ends the walk unless it is right
    before ``i`` ("the fare increase, from $2 to $2.50"); a hyphen inside a word does not
    ("raises the price of a 31-day pass from $60 to $75"); any other mark or a line ends it.
    """
    if tk.low(i - 1) in lex.CHANGE_PARTICLES or tk.low(i - 1) in lex.GO_FORMS:
        return True  # "went up from 3 to 4", "went from 40 to 55"
    for j in range(i - 1, max(-1, i - 1 - _CHANGE_REACH), -1):
        kind, low = tk.kinds[j], tk.lows[j]
        inside_a_word = low == "-" and tk.glued(j)
        # "a fee increase of $4 per visit, from $31 to $35": the change's own amount
        of_an_amount = low in lex.CURRENCY_SYMBOLS or low == "%"
        if kind == NL or (
            kind == SYM
            and not (low == "," and j == i - 1)
            and not inside_a_word
            and not of_an_amount
        ):
            return False
        if low in lex.CHANGE_WORDS or low in _CHANGE_NOUNS:
            return True
    return False


# Nouns of a change the verbs' list does not hold: "a rate adjustment of $2, from $14".
_CHANGE_NOUNS: Final = _set("adjustment adjustments")


def _change_not_range(
    tk: _Tokens, i: int, bound: str | None, pair: tuple[_Amount, _Amount]
) -> bool:
    """Whether "X to Y" after a change word is two levels, or a change and a level, not a span.

    "raised the fare from $2 to $2.50": the old level and the new one. "raised the fare by
    50 cents to $2.50": the change and the new level, when Y is over three times X (a span
    of a change is narrow: "rose by 10 to 15 percent").
    """
    low, high = pair
    if bound == "from":
        return tk.low(low.last + 1) == "to" and _change_before(tk, i)
    if bound is None and tk.low(i - 1) == "by" and _change_before(tk, i - 1):
        return low.value > 0 and high.value > _BY_SPAN_RATIO * low.value
    if bound is None and (tk.low(i - 1) in lex.CHANGE_WORDS or tk.low(i - 1) in _DOWN_UP):
        # "fell 2 percentage points to 38%", "down $3 million to $40 million": a change
        # right after its word, then the level, as after "by" ("rose 10 to 15%" a span).
        return low.value > 0 and high.value > _BY_SPAN_RATIO * low.value
    return False


_DOWN_UP: Final = frozenset(lex.CHANGE_PARTICLES | {"higher", "lower"})


def _proportion(tk: _Tokens, first: _Amount) -> bool:
    """Read a proportion into ``first`` as a fraction: "one in five", "3 out of 10"."""
    num = first.num
    k = num.last + 1
    if (
        num.vague
        or num.fraction
        or num.scale > 1
        or num.value <= 0
        or not float(num.value).is_integer()
    ):
        return False
    j = k + 2 if (tk.low(k), tk.low(k + 1)) == ("out", "of") else k + 1 if tk.low(k) == "in" else 0
    if not j or tk.kind(j) not in (NUM, WORD):
        return False
    whole = _number(tk, j, bounded=False, after_prefix=True)
    if whole is None or whole.vague or whole.fraction or not num.value < whole.value:
        return False
    if tk.low(k) == "in" and ((whole.plain and whole.value >= 1900) or whole.value > 1000):
        return False  # "5 in 2019"
    if _month(tk, whole.last + 1):
        return False  # "3 in 10 March"? no: a date
    num.value, num.precision, num.last = _tidy(num.value / whole.value), None, whole.last
    num.fraction, num.plain, num.one = True, False, False
    first.last = whole.last
    return True


def _dash_range_ok(tk: _Tokens, first: _Amount, k: int) -> bool:
    """A dash joins a range only between digits, glued on both sides or spaced on both."""
    nxt = k + 1
    if tk.kind(nxt) != NUM and not (
        tk.word(nxt) in lex.CURRENCY_SYMBOLS and tk.kind(nxt + 1) == NUM
    ):
        return False
    if (
        first.num.first
        and tk.lows[first.num.first - 1] in _SCORE_VERBS
        and not _counted_word(tk.low(nxt + 1))
    ):
        return False  # "lost 51-58", "finished 12-14": a game's score or a season's record
    return tk.kinds[first.num.first] in (NUM, SYM) and tk.glued(k) == tk.glued(nxt)


# Verbs right before a dashed pair that make it a score or a record, never a range.
_SCORE_VERBS: Final = _set("won lost beat defeated edged trailed led tied finished")


def _counted_word(word: str) -> bool:
    """Whether ``word`` after a dashed pair is what it counts: "10-20 percent", "3-5 years"."""
    if word in ("percent", "per", "%") or word in lex.PLURAL_NOUNS:
        return True
    return word.endswith("s") and word not in lex.NOT_PLURAL and word not in _NOT_COUNTED


_NOT_COUNTED: Final = _set("as is was thanks")


def _ends_agree(first: _Amount, second: _Amount) -> bool:
    """Share scale, currency and percent between the ends of a range; False if they clash.

    "3 to 5 million" is 3 million to 5 million when the first number, unscaled, is less
    than the second: "500 to 2 million" keeps 500.
    """
    if None not in (first.currency, second.currency) and first.currency != second.currency:
        return False
    if (first.money and second.percent) or (first.percent and second.money):
        return False
    a, b = first.num, second.num
    scale = b.scale if a.scale == 1 and b.scale > 1 and not a.fraction and a.value < b.base else 1
    if not second.value > first.value * scale:
        return False  # "the vote was 52 to 48", "cut from 10 to 5"
    if scale > 1:
        _apply_scale(a, scale, a.last)
    for one, other in ((first, second), (second, first)):
        if other.money and not one.money:
            one.money, one.currency, one.factor = True, other.currency, other.factor
        if other.percent and not one.percent:
            one.percent, one.percent_unit = True, other.percent_unit
    return True


def _phone(tk: _Tokens, low: _Amount, high: _Amount) -> bool:
    """Whether a range is a phone number: "822-1111", not "500-1000" (both ends round)."""
    a, b = tk.words[low.num.first], tk.words[high.num.first]
    if not (len(a) == 3 and len(b) == 4 and a.isdigit() and b.isdigit()):
        return False
    if not tk.glued(low.num.last + 1):
        return False
    return int(a) % 50 != 0 or int(b) % 50 != 0


def _dash_number(tk: _Tokens, k: int) -> bool:
    """Whether a glued dash and number follow: what is left of a rejected "3-2" or date."""
    return tk.low(k) in _DASHES and tk.glued(k) and tk.kind(k + 1) == NUM and tk.glued(k + 1)


def _glued_postfix(tk: _Tokens, last: int) -> tuple[str | None, int]:
    """Read a bound glued after the number: "100+", "100-plus", "30-odd"."""
    k = last + 1
    if tk.word(k) == "+" and tk.glued(k) and not (tk.kind(k + 1) == NUM and tk.glued(k + 1)):
        return "ge", k
    if tk.low(k) in _DASHES and tk.glued(k) and tk.glued(k + 1):
        if tk.low(k + 1) == "plus":
            return "ge", k + 1
        if tk.low(k + 1) == "odd":
            return "approx", k + 1
    return None, last


_LOWER: Final = frozenset(("gt", "ge"))
_UPPER: Final = frozenset(("lt", "le"))
_ONE_SIDED: Final = _LOWER | _UPPER
# "as low as 0.8": the low extreme reached is that value, and the low end of a range
# closed by a second bound ("as few as 30 and as many as 50").
_REACHED_LOW: Final = "min"
_LOW_ENDS: Final = _LOWER | {_REACHED_LOW}


def _or_equal(tk: _Tokens, kind: str | None, last: int) -> tuple[str | None, int]:
    """Read "more than 5000 or equal (to)" as at least 5000."""
    k = last + 1
    if kind not in ("gt", "lt") or tk.low(k) != "or" or tk.low(k + 1) != "equal":
        return kind, last
    end = k + 2 if tk.low(k + 2) == "to" else k + 1
    if tk.kind(end + 1) == NUM or tk.low(end + 1) in _NUMBERISH:
        return kind, last
    return ("ge" if kind == "gt" else "le"), end


def _spaced_postfix(tk: _Tokens, last: int, kind: str | None) -> tuple[str | None, int]:
    """Read "or more", "or so" after a number with no bound (or a loose one)."""
    if kind not in (None, "approx", "eq"):
        return None, last
    hit = _match(tk, last + 1, _POSTFIXES)
    if hit is None or tk.kind(hit[1]) == NUM or tk.low(hit[1]) in _NUMBERISH:
        return None, last  # "200 or greater than 190" is two bounds
    if tk.low(hit[1]) == "than":
        return None, last  # "12 schools and more than 40 parks": the next figure's bound
    return hit[0], hit[1] - 1


def _second_bound(tk: _Tokens, last: int, kind: str, low: _Amount) -> tuple[str, _Amount] | None:
    """The other side of the interval, if stated: "more than 10 and fewer than 20"."""
    k = last + 1
    if tk.low(k) == ",":
        k += 1
    if tk.low(k) in ("and", "but"):
        k += 1
    hit = _match(tk, k, _BOUNDS) if k > last + 1 else None
    if hit is None:
        return None
    other, j = hit
    if (kind in _LOW_ENDS) == (other in _LOWER) or other not in _ONE_SIDED:
        return None
    amount = _amount(tk, j, bounded=True)
    if (
        amount is None
        or amount.num.vague
        or (amount.money, amount.percent) != (low.money, low.percent)
    ):
        return None
    lower, upper = (low, amount) if kind in _LOW_ENDS else (amount, low)
    if not lower.value < upper.value:
        return None  # "more than 40 and less than 10" are two statements
    return other, amount


def _hyphen_rate(tk: _Tokens, k: int) -> tuple[str, int] | None:
    """Read a rate joined to money by dashes: "12-cent-a-share", "$70-a-share"."""
    dashes = tk.low(k) in _DASHES and tk.low(k + 2) in _DASHES
    if dashes and tk.low(k + 1) in ("a", "an", "per") and tk.low(k + 3) in _RATE_NOUNS:
        return f"{tk.words[k + 1]} {tk.words[k + 3]}", k + 3
    return None


def _hyphen_word(tk: _Tokens, k: int) -> bool:
    """Whether a glued dash and word follow: a compound adjective like "13-year-old"."""
    return (
        tk.low(k) in _DASHES and tk.glued(k) and tk.glued(k + 1) and tk.kind(k + 1) in (WORD, ABBR)
    )


# --- the counted noun ---------------------------------------------------------------------


# Lengths that an hour after them makes a speed, and the speed's unit: "17,500 miles per
# hour" is 17,500 mph, as "17,500 mph" is (never a distance of 17,500 miles).
_SPEEDS: Final = {
    "mile": "mph", "miles": "mph", "mi": "mph", "kilometer": "kph", "kilometers": "kph",
    "kilometre": "kph", "kilometres": "kph", "km": "kph",
}  # fmt: skip


def _speed(tk: _Tokens, noun: tuple[int, int, str]) -> tuple[int, int, str]:
    """The noun as a speed when a length is counted per hour: "miles an hour", "km/h"."""
    first, last, unit = noun
    speed = _SPEEDS.get(unit.lower())
    if speed is None:
        return noun
    k = last + 1
    if tk.low(k) in ("per", "an", "a") and tk.low(k + 1) == "hour":
        return first, k + 1, speed  # "60 miles per hour", "60 miles an hour"
    if tk.word(k) == "/" and tk.glued(k) and tk.glued(k + 1) and tk.low(k + 1) in _PER_HOUR:
        return first, k + 1, speed  # "90 km/h", "90km/hr"
    return noun


_PER_HOUR: Final = frozenset(("h", "hr", "hour"))


def _counted_noun(
    tk: _Tokens, k: int, low: _Amount, high: _Amount | None
) -> tuple[int, int, str] | None:
    """The noun phrase a count counts: first and last token and the unit, or None."""
    if low.money or low.percent or low.num.fraction or (high is not None and high.money):
        return None
    if tk.glued(k) and tk.kind(k) == WORD and tk.words[k] in lex.MEASURE_SUFFIXES:
        return _squared(tk, k, k) or (k, k, tk.words[k])  # "29km", "10kg"
    if tk.word(k) == "°" and tk.glued(k):
        if tk.kind(k + 1) == WORD and tk.glued(k + 1) and tk.words[k + 1] in ("C", "F"):
            return k, k + 1, "°" + tk.words[k + 1]
        return k, k, "°"
    start = k
    if low.num.of_noun:
        if tk.low(k) != "of":
            return None
        k += 1
        if tk.low(k) in _DET_AFTER_OF:
            k += 1
    elif tk.low(k) == "of":
        return None  # "two of the suspects": a partitive, no counted noun of its own
    if tk.low(k) in _PAST_LIGHT_VERBS:
        return None  # "Six received injuries": the verb, the count has no noun of its own
    singular = high is None and low.num.value == 1 and not low.num.vague
    found = _noun_phrase(tk, k, singular=singular)
    if found is None:
        return None
    first, last = found
    squared = _squared(tk, first, last)
    if squared is not None:
        return start, squared[1], squared[2]
    return start, last, _unit_text(tk, first, last)


# Past forms of verbs whose object says what befell the subject: right after a count they
# are its verb, never an adjective of a noun ("Six received injuries", "two sustained burns").
_PAST_LIGHT_VERBS: Final = _set("received suffered sustained")


# A square of a length is an area, written as records spell it: "3,200 km2", "450 km²",
# "12 sq mi" and "80 square miles" are all areas, never lengths; "1,200 km" stays a length.
_SQUARE_LENGTHS: Final = {
    "km": "km", "m": "m", "mi": "miles", "ft": "ft", "mile": "miles", "miles": "miles",
    "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
}  # fmt: skip


def _squared(tk: _Tokens, first: int, last: int) -> tuple[int, int, str] | None:
    """A square unit at token ``first`` as records spell it, or None.

    "km2" (with its glued "2", which alone would read as a length), "km²", "sq mi",
    "sq km" are "square km" or "square miles"; the returned span ends after the unit.
    """
    word = tk.lows[first]
    if word.endswith("²") and word[:-1] in _SQUARE_LENGTHS:  # "km²"
        return first, first, "square " + _SQUARE_LENGTHS[word[:-1]]
    if word in _SQUARE_LENGTHS and len(word) <= 2:  # "km2", "mi2": "2" glued
        if tk.kind(first + 1) == NUM and tk.glued(first + 1) and tk.words[first + 1] == "2":
            return first, first + 1, "square " + _SQUARE_LENGTHS[word]
        return None
    if word == "sq" and tk.low(first + 1) in _SQUARE_LENGTHS and first + 1 <= last:
        return first, first + 1, "square " + _SQUARE_LENGTHS[tk.lows[first + 1]]
    return None


def _noun_phrase(tk: _Tokens, k: int, *, singular: bool) -> tuple[int, int] | None:
    """The tokens of a noun phrase from ``k``: modifiers up to the head noun.

    It stops at function words, verbs, punctuation and numbers; after a plural head it
    goes on only over further plurals ("sales reps"); for one thing, it stops before a
    plural-looking word, which is then a verb ("one company says").
    """
    items: list[tuple[int, int]] = []
    seen_plural = False
    quote = False
    opened = -1  # the opening quote before the next word, if any
    j = k
    while j < tk.n and len(items) < 8:
        kind, word = tk.kinds[j], tk.words[j]
        if kind == SYM:
            if (
                word in _OPEN_QUOTES
                and not quote
                and tk.kind(j + 1) in (WORD, ABBR)
                and tk.glued(j + 1)
            ):
                quote, opened = True, j
                j += 1
                continue
            if quote and word in _CLOSE_QUOTES and tk.glued(j) and items:
                items[-1] = (items[-1][0], j)
                quote = False
                j += 1
                continue
            break
        if kind == NUM and j == k and not items and _age_compound(tk, j):
            # "two 16-year-old boys", "two 18-year-olds": the age is the noun's modifier.
            end = _compound_end(tk, j)
            items.append((j, end))
            seen_plural = _plural(tk.lows[end])
            j = end + 1
            continue
        if kind not in (WORD, ABBR):
            break
        end = _compound_end(tk, j)
        low = tk.lows[j]
        acronym = kind == ABBR or (len(word) > 1 and word.isupper())
        if (not acronym and (low in lex.NP_STOP or _adverb(word, low))) or _code_word(word):
            break
        plural = not acronym and _plural(tk.lows[end])
        if singular and plural and _plural_modifier(tk, j, end):
            plural = False  # "one police officer": "police" modifies the noun after it
        if (seen_plural and not plural) or (singular and plural):
            break
        if seen_plural and plural and _verb_after_people(tk, items[-1][1], j, end):
            break  # "300 guests ends with two dead" (a headline's present): a verb
        if end == j and _participle(word) and not _modifier_slot(tk, items, j):
            break  # "one person committed suicide": a verb after the head
        items.append((opened if opened >= 0 else j, end))
        opened = -1
        seen_plural = seen_plural or plural
        j = end + 1
    if (
        items
        and not singular
        and not seen_plural
        and tk.low(j) in ("and", "or")
        and tk.kind(j + 1) == WORD
        and tk.lows[j + 1] not in lex.NP_STOP
    ):
        # "900 current and former tenants", "40 new and used cars": two modifiers
        # coordinated before one plural head; not "12 parks and pools" (a plural first).
        rest = _noun_phrase(tk, j + 1, singular=False)
        if rest is not None and _plural(tk.lows[rest[1]]):
            return items[0][0], rest[1]
    while items and _not_a_head(tk, items[-1][1]):
        items.pop()
    if not items:
        return None
    if tk.kind(k) == NUM and not singular and not _plural(tk.lows[items[-1][1]]):
        return None  # "Image 8 of 8 25-year-old woman": many do not count one
    return items[0][0], items[-1][1]


def _verb_after_people(tk: _Tokens, head: int, j: int, end: int) -> bool:
    """Whether a plural-looking word after a plural of people is a verb: "guests ends".

    A noun of people in the plural does not modify a plural noun after it (the modifier
    is singular: "guest lists"), unless the next is people too ("women pilots"); so after
    "people", "guests", "riders" an -s word that is no person is the verb, as a
    headline's present tense has it: "400 riders ends", "12 guests says".
    """
    low = tk.lows[end]
    return (
        j == end
        and is_plural_person(tk.lows[head])
        and not is_plural_person(low)
        and low not in lex.PLURAL_NOUNS
        and tk.words[end][:1].islower() == tk.words[head][:1].islower()
    )


def _plural_modifier(tk: _Tokens, j: int, end: int) -> bool:
    """Whether a plural without -s at ``j`` modifies a singular noun after it: "police officer".

    "police", "staff", "media" are plural nouns that no verb shares a form with, so before
    a singular noun ("one police officer", "a staff member") they are modifiers, not the
    head; a plural in -s may be a verb there ("one company says") and still ends the phrase.
    """
    if j != end or tk.lows[j] not in lex.PLURAL_NOUNS or tk.lows[j].endswith("s"):
        return False
    k = end + 1
    if tk.kind(k) != WORD or not tk.words[k][:1].islower():
        return False
    low = tk.lows[k]
    return low not in lex.NP_STOP and not _plural(low) and not _participle(tk.words[k])


def _modifier_slot(tk: _Tokens, items: list[tuple[int, int]], j: int) -> bool:
    """Whether a participle at ``j`` can modify a noun to come: "three other unnamed local ..."."""
    before_head = all(
        tk.lows[end] in lex.NON_HEADS or _participle(tk.words[end]) for _, end in items
    )
    return before_head and _noun_follows(tk, j + 1)


def _age_compound(tk: _Tokens, j: int) -> bool:
    """Whether an age compound begins at ``j``: "16-year-old", "18-year-olds", "2-month-old"."""
    end = _compound_end(tk, j)
    return end - j == 4 and tk.lows[end] in ("old", "olds") and tk.low(end - 2) in _AGE_UNITS


_AGE_UNITS: Final = frozenset({"year", "month", "week", "day"})


def _compound_end(tk: _Tokens, j: int) -> int:
    """The last token of a glued hyphen compound from ``j``: "Texas-based", "co-founders"."""
    end = j
    while (
        tk.low(end + 1) in _DASHES
        and tk.glued(end + 1)
        and tk.glued(end + 2)
        and tk.kind(end + 2) in (WORD, NUM)
    ):
        end += 2
    return end


def _adverb(word: str, low: str) -> bool:
    """Whether a lowercase word in -ly reads as an adverb ("reportedly"), not "family"."""
    return low.endswith("ly") and word[0].islower() and len(low) > 4 and low not in lex.LY_WORDS


def _plural(low: str) -> bool:
    if low in lex.PLURAL_NOUNS:
        return True
    if low in lex.NOT_PLURAL:
        return False
    if len(low) <= 3 or not low.endswith("s"):
        return False
    return not low.endswith(("ss", "us", "is", "'s", _RSQUO + "s"))


# Verb forms too short for the length tests of :func:`_participle` ("shed" and "bed" are
# nouns, "king" is no -ing form): verbs whenever they follow a head noun.
_SHORT_VERBS: Final = frozenset({"died", "fled", "lied", "dying", "lying"})


def _participle(word: str) -> bool:
    """Whether a lowercase word reads as a participle ("evacuated", "trailing")."""
    if not word[:1].islower():
        return False
    low = word.lower()
    if low in _SHORT_VERBS:
        return True  # "one man died", "one woman lying": a verb after the head
    if low.endswith("ed"):
        return len(low) > 4 and not low.endswith("eed")
    return low.endswith("ing") and len(low) > 5 and low not in lex.ING_NOUNS


def _noun_follows(tk: _Tokens, j: int) -> bool:
    """Whether token ``j`` can go on a noun phrase (so a participle before it is a modifier)."""
    kind = tk.kind(j)
    if kind == ABBR:
        return True
    if kind == SYM:
        return tk.words[j] in _OPEN_QUOTES and tk.kind(j + 1) in (WORD, ABBR)
    return kind == WORD and (tk.words[j].isupper() or tk.lows[j] not in lex.NP_STOP)


def _not_a_head(tk: _Tokens, last: int) -> bool:
    """Whether the phrase cannot end at token ``last``: "four other", "three wounded"."""
    word = tk.words[last]
    if tk.kinds[last] == SYM:
        return False
    return tk.lows[last] in lex.NON_HEADS or _participle(word)


def _unit_text(tk: _Tokens, first: int, last: int) -> str:
    """The noun phrase as printed, one space between words, its quotes balanced."""
    unit = " ".join(tk.text[tk.starts[first] : tk.ends[last]].split())
    if unit.count("“") > unit.count("”"):
        unit += "”"
    if unit.count('"') % 2:
        unit += '"'
    return unit


# --- context: what a number is not --------------------------------------------------------


def _context_ok(tk: _Tokens, r: _Reading) -> bool:
    """Whether the words around a number let it stand as a quantity."""
    i, low, high, noun, bound = r.start, r.low, r.high, r.noun, r.bounds
    num = low.num
    unit = low.money or low.percent
    prev = tk.low(i - 1)
    end = (high or low).last
    if not unit and _labelled(tk, i):
        return False  # "Section 230", "page 5", "No. 10"
    if not unit and num.plain and num.value < 1000 and _road(tk, i):
        return False  # "U.S. 41", "I-35", "Hwy. 101": a road's name, as "Boeing 737" is
    if not unit and num.plain and _address(tk, end + 1, noun):
        return False  # "2401 University Avenue", "the 400 block of Main Street"
    if not unit and noun is None and num.plain and tk.low(i - 1) in lex.DIAL_VERBS:
        return False  # "called 911"
    if not unit and noun is None and num.plain and _call_to(tk, i):
        return False  # "callers to 911 reported it"
    if noun is not None and num.unit is None and _unit_compound(tk, num, high, noun):
        return False  # "a 17 year old", ".223 caliber rifle"
    measure = noun is not None and noun[0] == end + 1 and tk.low(end + 1) in _DASHES
    if not unit and not bound and num.scale == 1 and not measure and _named(tk, i, num):
        return False  # "Boeing 737", "Windows 95", "Formula One"; not "an Acme 8-inch main"
    if _time_after(tk, end + 1):
        return False  # "5 p.m.", "1400 GMT"
    if not unit and num.scale == 1 and not num.fraction:
        if _date_day(tk, i, end, low, high):
            return False  # "March 3", "3 June", "March 3-5"
        if _list_marker(tk, i, end):
            return False  # "1." at a line start, "(2)"
        if _year(low, high, bound) and not _count_of_years(tk, prev, noun):
            return False  # "in 2025", "2010-2015"
        if _old_year(tk, r, prev):
            return False  # "an 1872 etching", "carved in 1622": a year, no count
    if num.one and high is None and not unit and _one_of_the_most(tk, i, end + 1):
        return False  # "more than one of the largest projects": a rank among them, no count
    if num.one and high is None and not bound and not unit:
        return _one_counts(tk, i, noun)
    # "visibility fell to near zero", "below zero": a level near nothing, not a count
    return noun is not None or bool(unit) or high is not None or not _near_zero(tk, end)


def _one_of_the_most(tk: _Tokens, i: int, k: int) -> bool:
    """Whether a thing is said to be "one of the" and a superlative: a rank, not a count.

    "It is (more than) one of the largest housing projects", "ranks as one of the busiest
    ports": the thing is among them, and no count of them is told; "more than one of the
    largest banks failed" counts the banks that failed.
    """
    if tk.low(i - 1) not in _RANKING:
        return False
    if tk.low(k) != "of" or tk.low(k + 1) not in ("the", "its", "their", "his", "her", "our"):
        return False
    after = tk.low(k + 2)
    if after.endswith(("'s", "’s")):
        after = tk.low(k + 3)  # "one of the nation's largest banks"
    return after in _SUPERLATIVES


_RANKING: Final = _set("is was are were be been being become becomes became remains remained as")
_SUPERLATIVES: Final = _set(
    "largest biggest greatest highest lowest oldest newest best worst deadliest busiest"
    " longest tallest smallest fastest most least costliest strongest earliest latest"
    " richest poorest"
)


# Words before a bare "zero" that make it a level ("near zero", "below zero", "close to zero").
_NEAR_ZERO: Final = frozenset({"near", "nearly", "almost", "below", "above", "under"})


def _near_zero(tk: _Tokens, end: int) -> bool:
    """Whether the number ending at ``end`` is a bare "zero" after a word of nearness."""
    if tk.lows[end] != "zero":
        return False
    prev = tk.low(end - 1)
    return prev in _NEAR_ZERO or (prev == "to" and tk.low(end - 2) in ("close", "near"))


def _address(tk: _Tokens, k: int, noun: tuple[int, int, str] | None) -> bool:
    """A street number: before capitalised words and a street word, or "block of"."""
    if noun is not None and noun[2] == "block" and tk.low(noun[1] + 1) == "of":
        return True
    if tk.word(k) in _COMPASS and tk.kind(k + 1 + (tk.word(k + 1) == ".")) == WORD:
        return tk.word(k + 1 + (tk.word(k + 1) == "."))[:1].isupper()  # "6300 N. Woodstock"
    for j in range(k, min(k + 4, tk.n)):
        word = tk.words[j]
        if tk.kinds[j] != WORD or not word[:1].isupper():
            return False
        if word.title() in lex.STREET_WORDS and j > k:
            return True
    return False


def _unit_compound(
    tk: _Tokens, num: _Num, high: _Amount | None, noun: tuple[int, int, str]
) -> bool:
    """A number joined to a singular unit (hyphens left out) or naming a size."""
    first = tk.lows[noun[0]]
    if first in lex.SIZE_WORDS:
        return True
    return first in lex.SINGULAR_UNITS and (high is not None or num.value > 1) and not num.fraction


def _call_to(tk: _Tokens, i: int) -> bool:
    """Whether a number is where a call went: "callers to 911", "calls to 311 rose"."""
    return tk.low(i - 1) == "to" and (
        tk.low(i - 2) in lex.CALL_NOUNS or tk.low(i - 2) in lex.DIAL_VERBS
    )


def _labelled(tk: _Tokens, i: int) -> bool:
    prev = tk.low(i - 1)
    if prev == "." and tk.glued(i - 1):
        prev = tk.low(i - 2)
    return prev in lex.LABEL_NOUNS or prev in ("#", "№")


def _road(tk: _Tokens, i: int) -> bool:
    """Whether the number at ``i`` names a road after a road prefix: "U.S. 41", "I-35"."""
    j = i - 1
    if tk.word(j) in ("-", ".") and tk.glued(j) and tk.glued(i):
        j -= 1  # "US-75", "Hwy.101"
    elif tk.word(j) == "." and tk.glued(j):
        j -= 1  # "Hwy. 101"
    return j >= 0 and tk.words[j] in lex.ROAD_PREFIXES


def _named(tk: _Tokens, i: int, num: _Num) -> bool:
    """A number after a capitalised word that is no function word is part of a name."""
    j = i - 1
    if num.words and tk.words[i][:1].isupper() and j >= 0 and tk.kinds[j] in (WORD, NUM, ABBR):
        return True  # "Formula One", "the Big Three": a capitalised number word mid-sentence
    if j < 0 or tk.kinds[j] != WORD:
        return False
    word, low = tk.words[j], tk.lows[j]
    if word.islower() or low in lex.NP_STOP or low in _BOUNDS or low in lex.WEEKDAYS:
        return False
    if low.endswith(("'s", _RSQUO + "s")):
        return False  # "Hale's 11,873", "Ohio's 88 counties": the owner, not a name's part
    return not (low.endswith("ly") or word in lex.MONTHS)


def _time_after(tk: _Tokens, k: int) -> bool:
    low = tk.low(k)
    if low in lex.TIME_WORDS or tk.word(k) in lex.TIME_ZONES:
        return True
    return low in ("a", "p") and tk.word(k + 1) == "." and tk.low(k + 2) == "m"


def _month(tk: _Tokens, j: int) -> bool:
    return tk.kind(j) == WORD and tk.words[j] in lex.MONTHS


def _date_day(tk: _Tokens, i: int, end: int, low: _Amount, high: _Amount | None) -> bool:
    """A day number next to a month name: "March 3", "Jan. 3", "3 June", "March 3-5"."""
    if not (low.num.plain and 1 <= low.num.value <= 31):
        return False
    if high is not None and not (high.num.plain and high.num.value <= 31):
        return False
    before = i - 1
    if tk.word(before) == "." and tk.glued(before):
        before -= 1
    return (
        _month(tk, before)
        or _month(tk, end + 1)
        or (tk.low(end + 1) == "of" and _month(tk, end + 2))
    )


def _list_marker(tk: _Tokens, i: int, end: int) -> bool:
    """Whether the number is a list marker: "1." opening a line, or "(3)" alone."""
    nxt = tk.word(end + 1)
    if tk.word(i - 1) == "(" and tk.glued(i) and nxt == ")" and tk.glued(end + 1):
        return not _age_after_a_name(tk, i)
    at_line_start = i == 0 or tk.kinds[i - 1] == NL
    return at_line_start and nxt in (".", ")") and tk.glued(end + 1)


def _age_after_a_name(tk: _Tokens, i: int) -> bool:
    """Whether "(N)" follows a person's name, the style that gives an age: "Ms. Vell (44)".

    The name is two capitalised words, or a title and one ("Dr. Orr (61)"); a list marker
    "(2)" follows a word of the sentence or nothing. The claims stage says whose age it is.
    """
    if tk.kind(i) != NUM or not tk.words[i].isdigit() or not 0 < int(tk.words[i]) < _OLDEST_AGE:
        return False
    last = i - 2
    if tk.kind(last) != WORD or not tk.words[last][:1].isupper() or tk.glued(i - 1):
        return False
    before = tk.words[last - 1] if last >= 1 else ""
    if before == "." and tk.glued(last - 1):
        return tk.low(last - 2) in _TITLES
    return tk.kind(last - 1) == WORD and before[:1].isupper() and before.isalpha()


_TITLES: Final = _set("mr mrs ms dr")


def _year(low: _Amount, high: _Amount | None, bound: str | None) -> bool:
    """Whether the number reads as a year: four bare digits 1900-2100, no comparative bound."""
    if bound not in (None, "between", "from"):
        return False
    ends = (low,) if high is None else (low, high)
    return all(a.num.plain and 1900 <= a.num.value <= 2100 for a in ends)


# Words before a year of four digits below 1900 that make it one: a determiner, or "in",
# "since" and the like ("the 1872 etching", "built in 1622").
_OLD_YEAR_BEFORE: Final = _set(
    "the a an its their his her our your my this that in since until till during circa c ca"
)


def _old_year(tk: _Tokens, r: _Reading, prev: str) -> bool:
    """Whether four bare digits 1000-1899 read as a year: after a determiner or "in".

    Not before a lowercase plural noun: "an 1872 etching", "the 1872 Degas" and "in 1622"
    are years; "the 1500 residents" still count.
    """
    low, noun = r.low, r.noun
    if r.high is not None or r.bounds is not None or not low.num.plain:
        return False
    if noun is not None and tk.low(noun[0]) in _DASHES:
        return False  # "a 1500-page report": a measure glued to the count
    if not 1000 <= low.num.value < 1900 or prev not in _OLD_YEAR_BEFORE:
        return False
    return noun is None or not (tk.words[noun[1]].islower() and _plural(tk.lows[noun[1]]))


def _count_of_years(tk: _Tokens, prev: str, noun: tuple[int, int, str] | None) -> bool:
    """A year-like number still counts before a plural noun ("2000 people"), not after "the"."""
    if noun is None or prev in lex.YEAR_PRECEDERS or not noun[2][:1].islower():
        return False  # "the 2020 election", "© 2016 Cox Media"
    return _plural(tk.lows[noun[1]]) or tk.words[noun[1]] in _CLOSE_QUOTES


def _one_counts(tk: _Tokens, i: int, noun: tuple[int, int, str] | None) -> bool:
    """Whether "one" counts a noun: "one arrest", not "no one", "the one who", "one day"."""
    if noun is None:
        return _one_of_them(tk, i)
    prev = tk.low(i - 1)
    if prev in lex.ONE_PRECEDERS or (prev == "only" and tk.low(i - 2) in lex.ONE_PRECEDERS):
        return False
    if tk.lows[noun[1]] in _CONTRAST_UNITS and _the_next(tk, noun[1] + 1):
        return False  # "One minute it was calm, the next ...": a moment, not a minute
    return tk.lows[noun[1]] not in lex.ONE_IDIOMS


_PARTITIVE_DETERMINERS: Final = frozenset({"the", "those", "these", "his", "her", "their", "our"})


def _one_of_them(tk: _Tokens, i: int) -> bool:
    """Whether "one of the hikers" counts one: when its clause tells what befell the one.

    "one of the hikers died", "one of them was arrested" count one, as "two of the
    hikers" counts two; "one of the oldest mills", "one of the barns" tell of no
    event and stay unread, as before.
    """
    if tk.low(i + 1) != "of" or tk.low(i - 1) in lex.ONE_PRECEDERS:
        return False
    det = tk.low(i + 2)
    if det == "them":
        last = i + 2
    elif det in _PARTITIVE_DETERMINERS:
        counted = tk.kind(i + 3) == NUM or tk.low(i + 3) in lex.SMALL  # "one of the three"
        found = _noun_phrase(tk, i + 3 + counted, singular=False)
        if found is None and not counted:
            return False
        last = i + 3 if found is None else found[1]
    else:
        return False
    if tk.low(last + 1) in ("who", "that", "which", "whom"):
        return False  # "named one of the miners who drowned": the miners drowned
    return count_event(tk.text, tk.starts[i], tk.ends[last]) is not None


# Units of time that "one ... the next ..." contrasts as two moments.
_CONTRAST_UNITS: Final = frozenset({"second", "minute", "hour", "week", "year"})


def _the_next(tk: _Tokens, k: int) -> bool:
    """Whether ", the next" (or "and the next") follows in the sentence, within twenty tokens."""
    for j in range(k, min(tk.n, k + 20)):
        if tk.word(j) in (".", "!", "?") or tk.kinds[j] == NL:
            return False
        if tk.lows[j] == "the" and tk.low(j + 1) == "next" and tk.low(j - 1) in _CLAUSE_LINKS:
            return True
    return False


_CLAUSE_LINKS: Final = frozenset({",", ";", "\u2014", "--", "and", "but"})


# --- the interval -------------------------------------------------------------------------


def _quantity(r: _Reading, windows: tuple[float, float]) -> Quantity:
    """The Quantity for what was read; ``windows`` is ``(approx_window, near_window)``."""
    low, num = r.low, r.low.num
    kind, unit = _kind_and_unit(r)
    currency = low.currency if low.money else None
    if num.vague is not None:
        return Quantity(
            low=_tidy(num.vague_low * low.factor),
            high=_tidy(num.vague_high * low.factor),
            high_open=True,
            kind=kind,
            unit=unit,
            currency=currency,
            vague=num.vague,
        )
    lo, hi, lo_open, hi_open = _bounded_interval(r, *windows)
    approximate = num.approximate or r.bound in ("approx", "near", "over") or r.post == "approx"
    return Quantity(
        low=lo,
        high=hi,
        low_open=lo_open,
        high_open=hi_open,
        kind=kind,
        unit=unit,
        currency=currency,
        precision=1.0 if _lone_dozen(r) else _precision(r),  # twelve, not 6 to 18
        approximate=approximate,
    )


def _lone_dozen(r: _Reading) -> bool:
    """Whether the number is "a dozen" with no bound and no range: twelve, to the unit."""
    return r.low.num.dozen and r.bounds is None and r.high is None


def _kind_and_unit(r: _Reading) -> tuple[QuantityKind, str | None]:
    if r.low.money:
        return "money", r.low.money_unit
    if r.low.percent:
        return "percent", r.low.percent_unit
    if r.noun is not None:
        return "count", r.noun[2]
    return "number", None


def _precision(r: _Reading) -> float | None:
    """The finest step any printed end implies, in whole currency units for money."""
    steps = [
        a.num.precision
        for a in (r.low, r.high, r.other[1] if r.other else None)
        if a is not None and a.num.precision is not None
    ]
    step = _tidy(min(steps) * r.low.factor) if steps else 0.0
    return step if step > 0 else None  # none stated, or finer than a float holds


def _bounded_interval(
    r: _Reading, approx: float, near: float
) -> tuple[float | None, float | None, bool, bool]:
    """The interval the bounds make of the number or range.

    A bound after the number wins when it sets a side: "about 500 or more" is at least 500.
    A second bound closes the other side: "more than 10 and fewer than 20".
    """
    bound = r.post if r.post in ("ge", "le") else r.bound or r.post
    high = None if r.high is None else r.high.value
    interval = _interval(r.low.value, high, bound, approx, near)
    if r.other is None:
        return interval
    second = _interval(r.other[1].value, None, r.other[0], approx, near)
    if bound in _LOW_ENDS:
        return interval[0], second[1], interval[2], second[3]
    return second[0], interval[1], second[2], interval[3]


def _interval(
    v: float, w: float | None, bound: str | None, approx: float, near: float
) -> tuple[float | None, float | None, bool, bool]:
    """Low, high and their openness for value ``v`` (or range ``v..w``) under a bound."""
    if w is not None:
        if bound == "approx":
            return _tidy(v - abs(v) * approx), _tidy(w + abs(w) * approx), False, False
        return v, w, False, False
    m = abs(v)
    if bound == "gt":
        return v, None, True, False
    if bound == "ge":
        return v, None, False, False
    if bound == _REACHED_LOW:
        return v, v, False, False
    if bound == "lt":
        return None, v, False, True
    if bound == "le":
        return None, v, False, False
    if bound == "approx":
        return _tidy(v - m * approx), _tidy(v + m * approx), False, False
    if bound == "near":
        if m * near == 0:
            return None, v, False, True
        if v > 0:
            return _tidy(v - m * near), v, False, True
        return v, _tidy(v + m * near), True, False
    if bound == "over":
        if m * near == 0:
            return v, None, True, False
        if v > 0:
            return v, _tidy(v + m * near), True, False
        return _tidy(v - m * near), v, False, True
    return v, v, False, False


# A 12-hour time: "6:15 PM", "6:15p.m. Dec 1", "06:15 a.m. (Estimated runway)", "12/01 6:15
# p.m.", "6 pm", "6.15pm" (a dot for the colon, as British print has it; never a bare "6.15").
_TIME_12 = re.compile(
    r"(?:\d{1,2}/\d{1,2}\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>[aApP])\.?\s*[mM]\.?"
    r"(?![A-Za-z]{2})"
)
# "18:15", "6:15", "18:15:00", "18h15" (French print), and an ISO 8601 timestamp's time:
# "2026-12-01T18:15:00Z", "2026-12-01 18:15+01:00" (the date and the zone are not kept).
_TIME_24 = re.compile(
    r"(?:\d{1,2}/\d{1,2}\s+|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T|\s+))?"
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2})(?::\d{2}(?:\.\d+)?)?(?![\d:])|h(?P<hm>\d{2})(?!\w))"
)
# "noon", "12 noon", "midnight": whole words, in any case.
_TIME_NAMED = re.compile(r"(?:12\s*)?(?P<w>noon|midnight)(?!\w)", re.IGNORECASE)


def parse_time(text: str) -> int | None:
    """The minutes after midnight of a time of day at the start of ``text``, or None.

    Words after the time (a date, a remark) are allowed; the time must come first.

    >>> parse_time("6:15 PM"), parse_time("18:15"), parse_time("6:15p.m. Dec 1")
    (1095, 1095, 1095)
    >>> parse_time("12:05 a.m."), parse_time("12:30 p.m."), parse_time("25:00")
    (5, 750, None)
    >>> parse_time("2026-12-01T18:15:00Z"), parse_time("18h15"), parse_time("6.15pm")
    (1095, 1095, 1095)
    >>> parse_time("Noon"), parse_time("midnight"), parse_time("6.15"), parse_time("2026-12-01")
    (720, 0, None, None)
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
        hour, minute = int(match["h"]), int(match["m"] or match["hm"])
        if hour > 23 or minute > 59:
            return None
        return hour * 60 + minute
    match = _TIME_NAMED.match(stripped)
    if match is not None:
        return 720 if match["w"].casefold() == "noon" else 0
    return None


# --- times of day -------------------------------------------------------------------------

# A clock time as news prints it: "4:45 a.m.", "11 p.m.", "6:15PM", "6.15pm" (never a bare
# "4:45" or "6.15", which may be a score, a ratio or a decimal), or a 24-hour time no
# 12-hour clock shows: an hour with
# a leading zero or past noon ("04:52", "21:40"; not "10:30", which may be either). The
# value is read by :func:`parse_time`. Each alternative is bounded: no backtracking.
_TIME_CLOCK = re.compile(
    r"(?<![\w:/.,])(?:\d{1,2}(?:[:.]\d{2})?\s*[aApP](?:\.\s*[mM]\.?|\s*[mM]\b)"
    r"|(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?![\w:]|[.,]\d)"
    r"|(?:12\s*)?(?:[nN]oon|[mM]idnight)(?![\w-]))"
)
# Words before a time that make it a window around it: "about 4:45 a.m.".
_TIME_ABOUT = frozenset(["about", "around", "approximately", "roughly", "circa", "approx."])
# Words before "before"/"after" that make it a short window: "shortly before 5 a.m.".
_TIME_SHORTLY = frozenset(["shortly", "just", "moments", "minutes", "soon", "little"])
# Words right before a time that make it a bound, a deadline or a span, not a moment:
# "before 5 a.m.", "by 9 p.m.", "from 9 a.m.", "until noon", "between 9 a.m. and".
_TIME_BOUNDS = frozenset(
    "before after by until till til from between through to since starting beginning as "
    "and or than".split()
)
# Words of a schedule in a time's clause: "open daily 9 a.m.", "every Sunday at 10 a.m.".
_TIME_SCHEDULE = frozenset(
    "every each daily nightly weekly weekdays weekends open opens closes reopens".split()
)
# Words of a page's stamp anywhere before a time in its sentence: "Updated 4:15 p.m.",
# "Next update: Thursday, 7:00 a.m.".
_TIME_STAMP = frozenset("updated update posted published modified".split())
# Words before a time that make it part of a noun's name: "a 9 p.m. curfew".
_TIME_NAMING = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that"])
# Words between the two times of a span: "9 a.m. to 5 p.m.".
_TIME_SPANS = frozenset(["to", "-", "–", "—", "until", "till", "through", "and", "or"])
# The words a 24-hour time stands after ("at 04:52", "shortly before 21:40"): a bare
# "14:45" may be a score.
_TIME_24_BEFORE = frozenset(["at", "nearly", "almost", *_TIME_BOUNDS])
# A time zone right after a time: "3 p.m. EST", "noon Pacific time", "15:00 GMT", "9 a.m.
# local time", "4:42 a.m. (local time)". Read into the value as printed, an abbreviation.
_TIME_ZONE = re.compile(
    r"[^\S\n]*\(?(?:(?P<abbr>[ECMP][SD]?T|GMT|UTC|BST|CEST|CET|IST|JST|AEST|AEDT|HKT|SGT)"
    r"(?![\w-])|(?P<us>Eastern|Central|Mountain|Pacific)(?:[^\S\n]+(?P<sd>Standard|Daylight))?"
    r"(?:[^\S\n]+[Tt]ime\b|(?=[,.;:)]|[^\S\n]+[a-z]|[^\S\n]*$))|(?P<local>local[^\S\n]+time)\b)"
)
_WINDOW_MINUTES = 30  # "about 4:45": 4:30 to 5:00; "shortly before 5": 4:30 to 5:00
_TIME_MINUTES_DOT = re.compile(r"\d\.\d")  # "6.15pm" states its minutes: no whole hour
_TIME_CLAUSE = re.compile(r"[.;:!?()\[\]\n]|,\s")
_TIME_WORD = re.compile(r"[A-Za-z.]+|\d[\d:]*|[-–—/]")


def find_times(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Quantity]]:
    """The times of day ``text[start:end]`` states as moments, in text order.

    Each is a quantity of minutes after midnight in the unit :data:`TIME_OF_DAY`, the
    unit records use. "at 4:45 a.m." is that minute; "about 4:45 a.m." the half hour
    around it; "shortly before 5 a.m." the half hour before 5:00 (and "shortly after"
    the half hour after). A whole hour ("at 11 p.m.") is a rounded figure: the half hour
    around it. Left out: bounds and spans ("before 5 a.m.", "from 9 a.m. to 5 p.m.",
    "between 9 a.m. and 5 p.m."), schedules and stamps ("open daily 9 a.m.", "every
    Sunday at 10 a.m.", "Updated 4:15 p.m."), the time a tally stood ("as of 6 a.m.") and
    a time that names a thing ("a 9 p.m. curfew"). A zone right after a time is read into
    the value and the span as printed ("3 p.m. EST" is 15:00 with zone "EST"; "noon
    Pacific time" 12:00 "PT"; "9 a.m. local time" 09:00 "local"); the clock is not
    converted, so times are compared as printed (see :func:`_time_zone`).

    >>> text = "The blast happened at about 4:45 a.m.; stores open daily 9 a.m. to 5 p.m."
    >>> [(text[s:e], q.describe()) for s, e, q in find_times(text)]
    [('about 4:45 a.m.', 'about 04:45')]
    """
    stop = len(text) if end is None else end
    found: list[tuple[int, int, Quantity]] = []
    # The text is read once, not once per time (many times in one sentence took quadratic
    # time): the clause marks, and the words before each time kept as they come. A time
    # starts where no word can continue leftwards, so its start is a word boundary.
    clauses = list(_TIME_CLAUSE.finditer(text, start, stop))
    clause_ends = [m.end() for m in clauses]
    clause_starts = [m.start() for m in clauses]
    read_to, clause_start, stamped, scheduled = start, start, False, False
    before: list[str] = []
    for match in _TIME_CLOCK.finditer(text, start, stop):
        minutes = parse_time(match.group())
        if minutes is None:
            continue
        new = _TIME_WORD.findall(text[read_to : match.start()].casefold())
        stamped = stamped or bool(_TIME_STAMP.intersection(new))
        k = bisect.bisect_right(clause_ends, match.start())
        if k and clause_ends[k - 1] > clause_start:
            clause_start = clause_ends[k - 1]
            new = _TIME_WORD.findall(text[clause_start : match.start()].casefold())
            scheduled, before = False, []
        scheduled = scheduled or bool(_TIME_SCHEDULE.intersection(new))
        before = (before + new)[-3:]
        read_to = match.start()
        k = bisect.bisect_left(clause_starts, match.end())
        clause_end = clause_starts[k] if k < len(clause_starts) else stop
        width = 64  # the first six words after the time, read in widening windows
        while True:
            limit = min(clause_end, match.end() + width)
            after = _TIME_WORD.findall(text[match.end() : limit].casefold())
            if limit == clause_end or len(after) > 6:
                break
            width *= 4
        if scheduled or _TIME_SCHEDULE.intersection(after[:6]):
            continue
        if stamped:
            continue
        spanned = after[:1] and after[0] in _TIME_SPANS
        if spanned and len(after) > 1 and after[1][0].isdigit():
            continue  # "9 a.m. to 5 p.m.", "7 a.m.-3 p.m.": a span
        if before[-2:] == ["as", "of"]:
            continue  # "As of 6 p.m. Monday, 37 were dead": when a tally stood, no event
        if before[-1:] and before[-1] in _TIME_NAMING:
            continue  # "set a 9 p.m. curfew", "the 8:30 a.m. call": a name of a thing
        words = before[-3:]
        bare = match.group()[-1].isdigit() or match.group()[-1] in "nt"  # "14:45", "noon"
        if bare and not (words and (words[-1] in _TIME_24_BEFORE or words[-1] in _TIME_ABOUT)):
            # "the score was 14:45", "a midnight vigil": a 24-hour time or "noon" and
            # "midnight" stand after "at" or "about" ("at noon", "shortly after midnight")
            continue
        if words and words[-1] == "at":
            words = []  # "at 6 a.m." is a moment: "and at 6 a.m." is no span's end
        span_start = match.start()
        whole_hour = ":" not in match.group() and not _TIME_MINUTES_DOT.search(match.group())
        precision: float | None = 2 * _WINDOW_MINUTES if whole_hour else None
        approximate = False
        value = float(minutes)
        if (
            words
            and words[-1] in ("before", "after")
            and len(words) > 1
            and words[-2] in _TIME_SHORTLY
        ):
            # "shortly before 5 a.m.": the half hour before it, as "about 4:45".
            half = _WINDOW_MINUTES / 2
            value += half if words[-1] == "after" else -half
            approximate, precision = True, _WINDOW_MINUTES
            span_start = _word_start(text, clause_start, match.start(), 2)
        elif words and words[-1] in ("nearly", "almost"):
            value -= _WINDOW_MINUTES / 2
            approximate, precision = True, _WINDOW_MINUTES
            span_start = _word_start(text, clause_start, match.start(), 1)
        elif words and words[-1] in _TIME_ABOUT:
            approximate = True
            precision = max(precision or 0, _WINDOW_MINUTES)
            span_start = _word_start(text, clause_start, match.start(), 1)
        elif words and words[-1] in _TIME_BOUNDS:
            continue  # "before 5 a.m.", "from 9 a.m.": a bound, not a moment
        if not 0 <= value < 24 * 60:
            continue  # a window across midnight is not one interval
        zone, span_end = _time_zone(text, match.end(), stop)
        quantity = Quantity.exact(
            value,
            kind="number",
            unit=TIME_OF_DAY,
            precision=precision,
            approximate=approximate,
            zone=zone,
        )
        found.append((span_start, span_end, quantity))
    return found


def _time_zone(text: str, end: int, stop: int) -> tuple[str | None, int]:
    """The zone stated right after a time that ends at ``end``, and where its words end.

    "EST", "GMT" as printed; "Eastern (time)" is "ET", "Pacific Standard Time" "PST";
    "local time" is "local". The clock is kept as printed: "7:42 p.m. MDT" and "7:42
    p.m." in another account agree, as a time with no zone is said in the story's own.
    """
    m = _TIME_ZONE.match(text, end, stop)
    if m is None:
        return None, end
    close = m.end()
    if "(" in text[end : m.start(m.lastindex or 0)]:
        if text[close : close + 1] != ")":
            return None, end  # "(local" with no closing bracket: not a zone said of it
        close += 1  # "4:42 a.m. (local time)": the brackets go with it
    if m["abbr"]:
        return m["abbr"], close
    if m["local"]:
        return "local", close
    return m["us"][0] + (m["sd"][0] if m["sd"] else "") + "T", close


def time_marks(text: str) -> list[int]:
    """Where ``text`` may hold a clock time ("a.m.", "9 PM", "04:52", "noon"), in order.

    String searches in C over the whole text, once: :func:`find_times` runs a regex at every
    character of a sentence, which is worth it only in the few sentences these mark.
    """
    marks = [k for mark in (".m", ".M", "oon", "idnight") for k in _occurrences(text, mark)]
    marks.extend(k for k in _occurrences(text, ":") if k > 1 and _TIME_24_MARK.match(text, k - 2))
    marks.extend(
        k
        for mark in ("am", "pm", "AM", "PM")
        for k in _occurrences(text, mark)
        if text[max(0, k - 2) : k].rstrip(" ")[-1:].isdigit()
    )
    return sorted(marks)


# The colon of a 24-hour time as _TIME_CLOCK reads it ("04:52", "21:40"), from two before.
_TIME_24_MARK = re.compile(r"(?:0\d|1[3-9]|2[0-3]):[0-5]\d")


def _occurrences(text: str, part: str) -> list[int]:
    out = []
    k = text.find(part)
    while k >= 0:
        out.append(k)
        k = text.find(part, k + 1)
    return out


def _word_start(text: str, floor: int, end: int, words: int) -> int:
    """Where the ``words`` words right before ``end`` start (not before ``floor``)."""
    k = end
    for _ in range(words):
        while k > floor and text[k - 1].isspace():
            k -= 1
        while k > floor and not text[k - 1].isspace():
            k -= 1
    return k


# --- readings on a scale ------------------------------------------------------------------

# The scales a disaster is rated on, and the unit a reading on each is given: an
# earthquake's magnitude, a hurricane's category, a tornado's rating on the Fujita scales
# (the model's READING_UNITS).
MAGNITUDE: Final = "magnitude"
CATEGORY: Final = "category"
RATING: Final = "rating"

_DASH_RE = r"[-\u2010\u2013]"
_MAGNITUDE_NUMBER = r"(?P<n>\d(?:\.\d{1,2})?|10(?:\.0{1,2})?)(?![\d%]|[.,]\d|[-\u2010\u2013]\d)"
_SPELLED_CATEGORY: Final = MappingProxyType({"one": 1, "two": 2, "three": 3, "four": 4, "five": 5})
_READINGS: Final = (
    # "magnitude 6.4", "magnitude-6.4", "a preliminary magnitude of 6.4"
    (
        MAGNITUDE,
        re.compile(
            r"\bmagnitude(?:[^\S\n]+of[^\S\n]+|[^\S\n]*"
            + _DASH_RE
            + r"[^\S\n]*|[^\S\n]+)"
            + _MAGNITUDE_NUMBER,
            re.IGNORECASE,
        ),
    ),
    # "a 6.4-magnitude earthquake", "a 6.4 magnitude quake"
    (
        MAGNITUDE,
        re.compile(
            r"(?<![\w.,\u2010\u2013-])"
            + _MAGNITUDE_NUMBER
            + r"(?:[^\S\n]*"
            + _DASH_RE
            + r"[^\S\n]*|[^\S\n]+)magnitude\b",
            re.IGNORECASE,
        ),
    ),
    # "measured 6.4 on the Richter scale"
    (
        MAGNITUDE,
        re.compile(
            r"(?<![\w.,])" + _MAGNITUDE_NUMBER + r"[^\S\n]+on[^\S\n]+the[^\S\n]+Richter"
            r"(?:[^\S\n]+scale)?\b",
            re.IGNORECASE,
        ),
    ),
    # "M 6.4", "M6.4", "Mw 6.4", "ML 4.2": the seismologists' marks, always with a decimal
    # (an "M6" is a road, an "M4" a rifle).
    (
        MAGNITUDE,
        re.compile(
            r"(?<![\w.\u2010\u2013-])M(?:w|W|wp|L|l|s|S|b|d)?[^\S\n]?"
            r"(?P<n>\d\.\d{1,2})(?![\d%]|[.,]\d|[-\u2010\u2013]\d)"
        ),
    ),
    # "Category 4", "a Cat 4 storm", "a category-four hurricane"
    (
        CATEGORY,
        re.compile(
            r"\b(?:category|cat\.?)[^\S\n]*" + _DASH_RE + r"?[^\S\n]*"
            r"(?P<n>[1-5]|one|two|three|four|five)\b(?![.,]\d|" + _DASH_RE + r"\d)",
            re.IGNORECASE,
        ),
    ),
    # "rated EF-2", "an EF2 tornado", "an EF 2", "an F3 tornado"
    (
        RATING,
        re.compile(
            r"(?<![\w.\u2010\u2013-])E?F[^\S\n]?" + _DASH_RE + r"?[^\S\n]?"
            r"(?P<n>[0-5])(?![\w%]|[.,]\d|" + _DASH_RE + r"\d)"
        ),
    ),
)
# The words a category or a rating needs near it to be one: a cable is "Cat 5" too, a
# fighter jet an "F-5".
_READING_CONTEXT: Final = MappingProxyType(
    {
        CATEGORY: re.compile(
            r"\b(?:hurricanes?|storms?|typhoons?|cyclones?|landfall|tropical|Saffir)\b",
            re.IGNORECASE,
        ),
        RATING: re.compile(r"\b(?:tornado(?:e?s)?|twisters?|rated|rating|Fujita)\b", re.IGNORECASE),
    }
)
# Bounds a reading may carry: "at least magnitude 5.0", "magnitude 5 or greater".
_READING_FLOOR = re.compile(r"\bat[^\S\n]+least[^\S\n]+(?:an?[^\S\n]+)?$", re.IGNORECASE)
_READING_ABOVE = re.compile(
    r"\b(?:more|greater|stronger|larger|higher)[^\S\n]+than[^\S\n]+(?:an?[^\S\n]+)?$"
    r"|\b(?:above|over)[^\S\n]+$",
    re.IGNORECASE,
)
_READING_ABOUT = re.compile(
    r"\b(?:about|around|roughly|approximately|an[^\S\n]+estimated|estimated)[^\S\n]+"
    r"(?:an?[^\S\n]+)?$",
    re.IGNORECASE,
)
_READING_CAP = re.compile(r"\b(?:up[^\S\n]+to|as[^\S\n]+high[^\S\n]+as)[^\S\n]+$", re.IGNORECASE)
_READING_OR_MORE = re.compile(
    r"[^\S\n]+(?:or|and)[^\S\n]+(?:greater|higher|more|above|stronger|larger|up)\b",
    re.IGNORECASE,
)


def find_readings(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int, Quantity]]:
    """Readings on a disaster's scale, as ``(start, end, Quantity)`` of kind ``number``.

    An earthquake's magnitude, a hurricane's category and a tornado's rating, in text
    order. The unit says the scale (:data:`MAGNITUDE`, :data:`CATEGORY`, :data:`RATING`), so that
    the ways of writing one reading meet: "magnitude 6.3", "a 6.3-magnitude quake", "6.3
    on the Richter scale", "M 6.3" and "Mw 6.3" are all magnitude 6.3. A category or a
    rating is read only beside a word of its storm ("hurricane", "landfall", "tornado",
    "rated") or as the whole text (a record's value). Bounds before or after are kept:
    "at least magnitude 5" is [5, ∞).

    >>> text = "A 6.3-magnitude quake hit; the storm was a Category 2, the twister an EF1."
    >>> for s, e, q in find_readings(text):
    ...     print(repr(text[s:e]), q.unit, q.low)
    '6.3-magnitude' magnitude 6.3
    'Category 2' category 2.0
    'EF1' rating 1.0
    """
    stop = len(text) if end is None else end
    window = text[start:stop]
    whole = window.strip()
    found: list[tuple[int, int, Quantity]] = []
    for unit, pattern in _READINGS:
        context = _READING_CONTEXT.get(unit)
        for match in pattern.finditer(text, start, stop):
            if context is not None and match.group(0) != whole and not context.search(window):
                continue
            first, last = match.span()
            if any(s < last and first < e for s, e, _ in found):
                continue
            number = match.group("n").casefold()
            spelled = _SPELLED_CATEGORY.get(number)
            value = float(spelled) if spelled is not None else float(number)
            decimals = len(number.partition(".")[2])
            low: float | None = value
            high: float | None = value
            low_open = False
            before = text[max(start, first - 24) : first]
            bound = (
                _READING_FLOOR.search(before)
                or _READING_ABOVE.search(before)
                or _READING_CAP.search(before)
                or _READING_ABOUT.search(before)
            )
            more = _READING_OR_MORE.match(text, last, stop)
            approximate = bound is not None and bound.re is _READING_ABOUT
            if bound is not None:
                first -= len(before) - bound.start()
            if approximate:
                # "about magnitude 4": half a step of its last digit either side, at least
                # a tenth ("about magnitude 4" holds 3.8, "about magnitude 7.1" holds 7.0)
                half = max(10.0**-decimals / 2, 0.1)
                low, high = value - half, value + half
            elif bound is not None:
                if bound.re is _READING_CAP:
                    low = None
                else:
                    high, low_open = None, bound.re is _READING_ABOVE
            elif more is not None:
                high, last = None, more.end()
            quantity = Quantity(
                low=low,
                high=high,
                low_open=low_open,
                kind="number",
                unit=unit,
                precision=10.0**-decimals,
                approximate=approximate,
            )
            found.append((first, last, quantity))
    return sorted(found, key=lambda f: (f[0], f[1]))
