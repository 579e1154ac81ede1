"""Extraction: every value a source's body states, as claims with exact provenance.

Each extractor reads one source alone (never another source), so a source's
claims are the same whatever it is compared with, and extraction can run on
many sources in parallel.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import os
import re
from typing import TYPE_CHECKING

import attrs

from reconcile.errors import InvalidSourceError
from reconcile.extract import lexicon
from reconcile.extract._numwords import ORDINALS, PLURAL_NOUNS
from reconcile.extract.claims import PART, Reader, named_bodies
from reconcile.extract.dates import find_dates
from reconcile.extract.implicit import (
    find_implicit_counts,
    is_plural_person,
    is_singular_person,
)
from reconcile.extract.names import NameIndex, find_names
from reconcile.extract.numbers import (
    find_ages,
    find_editions,
    find_ordinals,
    find_quantities,
    find_readings,
    find_tallies,
    find_times,
    is_glued_measure,
    ordinal_marks,
    time_marks,
)
from reconcile.ingest import is_stamp, read
from reconcile.model import DateRange, Quantity, Source
from reconcile.settings import Settings, checked_settings

if TYPE_CHECKING:
    from collections.abc import Iterator

    from reconcile.extract.names import Found
    from reconcile.model import Claim, Span, Value, ZoneKind

__all__ = ["extract", "extract_with_names"]


_FAR = 1 << 62  # sorts after any end offset, so bisect finds spans starting at or before
_SPAN = operator.itemgetter(0, 1)  # a found value's start and end: a C-level sort key


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans`` (ordered, not overlapping)."""
    i = bisect.bisect_right(spans, (start, _FAR))
    before = i > 0 and spans[i - 1][1] > start
    after = i < len(spans) and spans[i][0] < end
    return before or after


def _contained(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans`` (ordered, not overlapping)."""
    i = bisect.bisect_right(spans, (start, _FAR)) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _within(spans: list[tuple[int, int]], found: tuple[int, int, Quantity]) -> bool:
    """Whether a found value lies inside one of ``spans`` and starts after its start."""
    return any(s < found[0] and found[1] <= e for s, e in spans)


def _any_within(marks: list[int], start: int, end: int) -> bool:
    """Whether one of the ordered offsets ``marks`` lies in ``[start, end)``."""
    i = bisect.bisect_left(marks, start)
    return i < len(marks) and marks[i] < end


def _values(
    source: Source,
    sentence: Span,
    settings: Settings,
    singles: list[tuple[int, int]],
    marks: list[int],
    *,
    places: list[int],
) -> Iterator[tuple[int, int, Value]]:
    """The values of one sentence, dates first: a day number inside a date is not a count.

    Dates in a page's publication stamp are left out.

    Then the explicit quantities, then the counts stated without a numeral ("a man
    was killed"), which may not overlap either. An implicit count over a coordination
    ("two men and a woman") replaces the explicit counts inside it ("two men").
    """
    text = source.text
    dates = find_dates(text, sentence.start, sentence.end, reference=source.published)
    taken = [(s, e) for s, e, _ in dates]  # a stamp's day numbers are no counts either
    # A page's publication stamp left in the text ("(Published Monday, ...)") is no claim.
    yield from (date for date in dates if not is_stamp(text, date[0]))
    times = []
    if _any_within(marks, sentence.start, sentence.end):
        times = [
            t
            for t in find_times(text, sentence.start, sentence.end)
            if not _overlaps(taken, t[0], t[1])
        ]
        taken += [(s, e) for s, e, _ in times]  # "4:45 a.m.": no count of 4 or 45
        taken.sort()
    explicit = [
        (start, end, quantity)
        for start, end, quantity in find_quantities(
            text,
            sentence.start,
            sentence.end,
            approx_window=settings.approx_window,
            near_window=settings.near_window,
        )
        if not _overlaps(taken, start, end) and not _names_a_thing(text, start, quantity)
    ]
    explicit = _shares(text, _periods(text, explicit))
    if _READING_HINT.search(text, sentence.start, sentence.end):
        explicit = _with_readings(text, sentence, explicit, taken)
    if _EDITION_HINT.search(text, sentence.start, sentence.end):
        # "the 14th annual marathon": an ordinal that counts the editions held so far
        spans = [(s, e) for s, e, _ in explicit]
        explicit.extend(
            found
            for found in find_editions(text, sentence.start, sentence.end)
            if not _overlaps(taken, found[0], found[1]) and not _overlaps(spans, *found[:2])
        )
        explicit.sort(key=lambda found: (found[0], found[1]))
    # "the fourth launch failure this year", "finished 23rd": a place in a series
    ordinals = []
    if _any_within(places, sentence.start, sentence.end):
        spans = [(s, e) for s, e, _ in explicit]
        ordinals = [
            found
            for found in find_ordinals(text, sentence.start, sentence.end)
            if not _overlaps(taken, found[0], found[1]) and not _overlaps(spans, *found[:2])
        ]
    if ordinals:
        explicit = sorted((*explicit, *ordinals), key=lambda found: (found[0], found[1]))
    ages = find_ages(text, sentence.start, sentence.end)
    if ages:
        # "a 46-year-old nurse", "was 71 years old": an age, not a count of years. In
        # "two 16-year-old boys" the count holds it: the boys' age is no one person's.
        counted = [(s, e) for s, e, _ in explicit]
        ages = [a for a in ages if not _overlaps(taken, a[0], a[1]) and not _within(counted, a)]
        explicit = [k for k in explicit if not any(s <= k[0] < e for s, e, _ in ages)]
    chunk = text[sentence.start : sentence.end]
    if explicit or "-" in chunk or "\u2013" in chunk:
        # "on a 7-2 vote", "a 64–57 win": a tally's sides, which the number reader leaves
        spans = [(s, e) for s, e, _ in explicit]
        tallies = find_tallies(text, sentence.start, sentence.end)
        # "voted five to two", "on a seven to two vote": a side the number reader read
        # alone (or with the word after it) is the tally's side
        sides = {
            (s, e)
            for s, e in spans
            for ts, te, _ in tallies
            if s == ts and e >= te and " " not in text[te:e].strip() and not _digit_in(text, te, e)
        }
        if sides:
            explicit = [k for k in explicit if (k[0], k[1]) not in sides]
            spans = [span for span in spans if span not in sides]
        explicit.extend(
            t
            for t in tallies
            if not _overlaps(taken, t[0], t[1]) and not _overlaps(spans, t[0], t[1])
        )
        explicit.sort(key=lambda found: (found[0], found[1]))
    # A span of time glued to a noun ("an eight-month inquiry", "a nine-year veteran") is
    # left to the implicit counts: a person so described is one person, not nine years.
    durations = {
        (s, e) for s, e, q in explicit if q.kind == "count" and is_glued_measure(text[s:e])
    }  # a set: looked up once a value, a list made a long sentence's reading quadratic
    implicit = find_implicit_counts(
        text,
        sentence.start,
        sentence.end,
        taken=taken + [(s, e) for s, e, _ in explicit if (s, e) not in durations],
    )
    explicit = sorted((*explicit, *ages), key=_SPAN)  # the person aged is still counted
    wholes = [(s, e) for s, e, _ in implicit]
    singles.extend((s, e) for s, e, q in implicit if q.low == q.high == 1)
    kept = [
        (start, end, quantity)
        for start, end, quantity in explicit
        if quantity.kind != "count" or not _contained(wholes, start, end)
    ]
    if durations:
        kept = [
            k for k in kept if (k[0], k[1]) not in durations or not _overlaps(wholes, k[0], k[1])
        ]
    yield from sorted((*kept, *implicit, *times), key=_SPAN)


def _digit_in(text: str, start: int, end: int) -> bool:
    return any(c.isdigit() for c in text[start:end])


_PERIODS = frozenset(["day", "week", "month", "quarter", "year", "decade"])
# A word that may follow an edition's ordinal: the sentence is worth reading for one.
# A sentence worth reading for a reading on a disaster's scale: see find_readings.
_READING_HINT = re.compile(r"magnitude|richter|cat|\bM\w?\s?\d\.\d|F\s?\W?\s?[0-5]", re.IGNORECASE)


def _with_readings(
    text: str,
    sentence: Span,
    explicit: list[tuple[int, int, Quantity]],
    taken: list[tuple[int, int]],
) -> list[tuple[int, int, Quantity]]:
    """The quantities of a sentence with its readings on a scale in place of the numbers in them.

    "a 6.3-magnitude quake", "Category 2", "EF1": a reading, never a count of quakes.
    """
    readings = [
        found
        for found in find_readings(text, sentence.start, sentence.end)
        if not _overlaps(taken, found[0], found[1])
    ]
    if not readings:
        return explicit
    spans = [(s, e) for s, e, _ in readings]
    kept = [found for found in explicit if not _overlaps(spans, found[0], found[1])]
    return sorted((*kept, *readings), key=_SPAN)


_EDITION_HINT = re.compile(r"annual|edition|running|install?ment", re.IGNORECASE)


def _periods(text: str, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """The period a change or a sum is spread over: "18% over four years" is four years.

    Not "more than four years", as "over" alone would be: right after a percent or an
    amount ("$5 million over three years"), "over" and a span of time say how long.
    """
    out = list(found)
    for i in range(1, len(out)):
        (_, end, before), (start, stop, span) = out[i - 1], out[i]
        if before.kind not in ("percent", "money") or not span.low_open or not span.unit:
            continue
        if text[end:start].strip() or not text[start:stop].casefold().startswith("over "):
            continue
        if lexicon.lemma(span.unit.split()[-1].casefold()) not in _PERIODS:
            continue
        exact = attrs.evolve(span, high=span.low, low_open=False, approximate=False)
        out[i] = (start + len("over "), stop, exact)
    return out


def _shares(text: str, found: list[tuple[int, int, Quantity]]) -> list[tuple[int, int, Quantity]]:
    """A fraction of a thing is that share of it: "half of their deposit" is 50% of it.

    A fraction or proportion in words or figures ("half", "two-thirds", "3/4", "more than
    half") right before "of" is compared as the percentage it is, as "a 50 percent refund
    of the deposit" states it. A bare fraction ("rose by a half"), a part of a set ("half of the
    suspects", counted by the claim reader) and a part of a unit of measure ("three-quarters
    of a mile") stay numbers.
    """
    out = list(found)
    for i, (start, end, value) in enumerate(out):
        if value.kind != "number" or value.unit is not None:
            continue
        ends = [x for x in (value.low, value.high) if x is not None]
        if not ends or not all(0 < x < 1 for x in ends):
            continue
        if not _of_a_thing(text, end):
            continue
        share = attrs.evolve(
            value,
            low=None if value.low is None else _hundredfold(value.low),
            high=None if value.high is None else _hundredfold(value.high),
            precision=None if value.precision is None else _hundredfold(value.precision),
            kind="percent",
        )
        out[i] = (start, end, share)
    return out


# "of", a determiner, and the words of the noun phrase after a fraction (bounded: linear).
_OF_THING = re.compile(
    r" of (?:(?P<det>the|their|its|his|her|our|your|this|that|a|an) )?"
    r"(?P<words>[a-z]+(?: [a-z]+){0,3})"
)
_PART_PRONOUNS = frozenset(["them", "those", "these", "us", "you"])
_PHRASE_ENDS = frozenset(["and", "or", "but", "that", "which", "who", "whom", "whose"])


def _of_a_thing(text: str, end: int) -> bool:
    """Whether "of" and a thing follow ``end``: "of their deposit", "of the flooded area".

    Not a set of things, which the claim reader counts ("half of the suspects": half the
    suspects), nor "of them", nor a unit of measure ("three-quarters of a mile").
    """
    match = _OF_THING.match(text, end)
    if match is None:
        return False
    words: list[str] = []
    for word in match["words"].split():
        if word in lexicon.PREPOSITIONS or word in lexicon.AUXILIARIES or word in _PHRASE_ENDS:
            break
        words.append(word)
    if not words or words[0] in _PART_PRONOUNS:
        return False
    if match["det"] in ("a", "an") and lexicon.lemma(words[0]) in lexicon.MEASURES:
        return False  # "three-quarters of a mile": a length
    return not any(w.endswith("s") and lexicon.lemma(w) != w for w in words)


def _hundredfold(x: float) -> float:
    """``x`` as a percentage, without binary noise (1/3 is 33.3333333333, not ...34)."""
    return float(f"{x * 100:.12g}")


_LABEL_BEFORE = frozenset(["a", "an", "first", "second", "third", "last", "next"])


def _names_a_thing(text: str, start: int, quantity: Quantity) -> bool:
    """Whether a number names its noun rather than counts it: "a 911 call", "the first 999 call".

    A whole number above one before a singular noun, with "a"/"an" or an ordinal right
    before it, is the noun's name or number (a phone line, a model), never that many of it.
    A unit of measure ("a 12 hour shift") or a plural without "s" ("a 30 staff") is not.
    """
    if quantity.kind != "count" or not quantity.unit or quantity.low is None:
        return False
    if quantity.low != quantity.high or quantity.low <= 1:
        return False
    noun = quantity.unit.split()[-1].casefold()
    if noun in PLURAL_NOUNS or lexicon.lemma(noun) != noun or noun in lexicon.MEASURES:
        return False
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1].casefold() in _LABEL_BEFORE


def extract(source: Source, *, settings: Settings | None = None) -> tuple[Claim, ...]:
    """Every value the body and headline of ``source`` state, as claims in text order.

    A claim's subject and attribute are None when they cannot be determined;
    the claim is kept, never dropped. A :class:`~reconcile.model.Source` built
    directly, without zones, has its zones and sentences detected first, as
    :func:`reconcile.read` does; its text (and so every claim's offsets) is unchanged.

    Raises:
        InvalidSourceError: ``source`` is not a Source (a text or a path: read it with
            :func:`reconcile.read` first), or a bare one whose text is empty.
        SettingsError: ``settings`` is not a :class:`~reconcile.settings.Settings`.

    >>> from reconcile import Source
    >>> src = Source.from_text("Police said on Monday that four people were hurt.",
    ...                        published="2025-07-01")
    >>> [(c.text, c.describe()) for c in extract(src)]
    [('Monday', '2025-06-30 (Mon)'), ('four people', '4 people')]
    """
    return extract_with_names(source, settings=settings)[0]


def extract_with_names(
    source: Source, *, settings: Settings | None = None
) -> tuple[tuple[Claim, ...], list[Found]]:
    """:func:`extract`, and the names found over the whole text on the way (in text order).

    Corpus mode reads the names again to tell stories apart; handing them on saves
    finding them twice.
    """
    source = _prepared(source)
    settings = checked_settings(settings)
    # A line in capitals is read case-folded, so that its nouns and verbs are words, not
    # names ("FERRY FIRE LEAVES 9 SAILORS HURT"); the claims quote the text as printed.
    folded = _folded(source.text)
    reading = source if folded is None else attrs.evolve(source, text=folded)
    reader = Reader(source.id, reading.text, published=source.published)
    # Names are found once over the whole text (the index needs them all) and handed to
    # each sentence from there: finding them again per sentence doubled extraction's time.
    found = find_names(source.text, 0, len(source.text))
    index = NameIndex.build(source.text, found)
    reader.named = named_bodies(found)
    zones = source.body
    claims: list[Claim] = []
    singles: list[tuple[int, int]] = []
    marks = time_marks(reading.text)  # where a clock time may stand: most sentences have none
    places = ordinal_marks(reading.text)  # where an ordinal may stand: as few
    z = n = 0
    for sentence in source.sentences:  # sentences, zones and names are all in text order
        while z < len(zones) and zones[z].end < sentence.end:
            z += 1
        inside = z < len(zones) and zones[z].start <= sentence.start
        zone: ZoneKind = zones[z].kind if inside else "body"
        while n < len(found) and found[n][0] < sentence.start:
            n += 1
        names = []
        for k in range(n, len(found)):  # indices, not a slice: a slice copies the rest
            start, end, ref = found[k]
            if start >= sentence.end:
                break
            if end <= sentence.end:
                names.append((start, end, index.resolve(ref, at=start)))
        values = list(_values(reading, sentence, settings, singles, marks, places=places))
        said = _toll_by_ordinal(source.text, reader.claims(sentence, values, names, zone))
        said = _quoted_days(source.text, source.published, said)
        if zone == "headline":
            said = _headline_list(source.text, said)
        claims.extend(said)
        claims.extend(_survivors(source.text, said))
        claims.extend(_coordinated_total(source.text, said, headline=zone == "headline"))
        claims.extend(_with_the_others(source.text, said))
    claims = _single_out(claims, frozenset(singles))
    if folded is not None:
        text = source.text
        claims = [
            c
            if c.text == text[c.span.start : c.span.end]
            else attrs.evolve(c, text=text[c.span.start : c.span.end])
            for c in claims
        ]
    claims.sort(key=lambda c: (c.span.start, c.span.end, c.subject or ""))
    return tuple(claims), found


# A line in capitals: no lowercase letter, and at least two words of two capitals or more.
_CAPS_LINE = re.compile(r"^(?=[^a-z\n]*$)(?:[^\n]*?\b[A-Z]{2,}\b){2}[^\n]*$", re.MULTILINE)
_CAPS_WORD = re.compile(r"[A-Za-z]+")
# Month and weekday names capitalised again in a folded line: "JAN. 5" is "Jan. 5". The
# months that are also words ("MAY", "MARCH") and the short forms only before a number.
_FOLD_NAMES = frozenset(
    "january february april june july september october november december"
    " monday tuesday wednesday thursday friday saturday sunday".split()
)
_FOLD_BEFORE_NUMBER = frozenset(
    "march may august jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NUMBER_NEXT = re.compile(r"\.?\s*\d")


def _folded(text: str) -> str | None:
    """``text`` with each line in capitals case-folded to sentence case, or None if none is.

    "FERRY FIRE LEAVES 9 SAILORS HURT ON JAN. 5" reads as "Ferry fire leaves 9 sailors
    hurt on Jan. 5": the same length, so every offset holds. A line with one lowercase
    letter is left as printed, as is every other line.
    """
    if _CAPS_LINE.search(text) is None:
        return None
    parts: list[str] = []
    done = 0
    for line in _CAPS_LINE.finditer(text):
        parts.append(text[done : line.start()])
        parts.append(_sentence_case(text, line.start(), line.end()))
        done = line.end()
    parts.append(text[done:])
    return "".join(parts)


def _sentence_case(text: str, start: int, end: int) -> str:
    """``text[start:end]`` in lowercase (length kept), its first word and dates capitalised."""
    out = list(text[start:end])
    first = True
    for word in _CAPS_WORD.finditer(text, start, end):
        low = word.group().lower()
        keep = (
            first
            or low in _FOLD_NAMES
            or (low in _FOLD_BEFORE_NUMBER and _NUMBER_NEXT.match(text, word.end()) is not None)
        )
        first = False
        begin = word.start() - start
        out[begin : begin + len(low)] = (low[0].upper() + low[1:]) if keep else low
    return "".join(out)


def _prepared(source: object) -> Source:
    """``source`` itself when it is a prepared Source; a bare one prepared; else an error."""
    if not isinstance(source, Source):
        kind = type(source).__name__
        if isinstance(source, str):
            fix = "reconcile.read(text)[0] makes one from a text"
        elif isinstance(source, os.PathLike):
            fix = "reconcile.read(path)[0] reads one from a file"
        else:
            fix = "reconcile.read(...) makes them from texts, files and mappings"
        raise InvalidSourceError(
            f"extract takes a reconcile.Source, got {kind}: {fix}"
            " (reconcile.compare reads and extracts in one step)"
        )
    if source.zones:
        return source
    return read(source)[0]  # zones and sentences detected, the text and metadata kept


# Between a count of the dead and the set it is picked from: "three of the five people shot".
_PICKED_FROM = re.compile(r"\s+of\s+(?:the|those|these)\s+$", re.IGNORECASE)


def _exact_count(claim: Claim) -> int | None:
    """The number of an exact, stated (not negated) count claim; else None.

    A bare number counts too: "two were killed" has no noun, but its verb counts people.
    """
    value = claim.value
    if (
        not isinstance(value, Quantity)
        or value.kind not in ("count", "number")
        or not value.is_exact
        or value.approximate
        or value.low is None
        or claim.negated
    ):
        return None
    return int(value.low)


def _of_people(claim: Claim) -> bool:
    """Whether a count's noun is people ("six men", "four others").

    A bare number ("seven were shot") is left out: too often it is some other number read
    with the verb ("pupils under 12 were hurt").
    """
    unit = claim.value.unit if isinstance(claim.value, Quantity) else None
    if not unit:
        return False
    last = unit.split()[-1].lower()
    return last == "others" or is_plural_person(last)


# Between the parts of a coordination: "three girls and one boy", "two boys, a girl and".
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_CASUALTY_EVENTS = ("e:killed", "e:injured", "e:shot")


def _a_person(claim: Claim) -> bool:
    """Whether a count's noun is one or more people ("women", "one man")."""
    unit = claim.value.unit if isinstance(claim.value, Quantity) else None
    if not unit:
        return False
    last = unit.split()[-1].lower()
    return is_plural_person(last) or is_singular_person(last)


def _exact_counts(said: list[Claim]) -> list[Claim]:
    """The exact counts of a sentence's claims, none a part picked from a set, in text order."""
    return sorted(
        (
            c
            for c in said
            if _exact_count(c) is not None
            and isinstance(c.value, Quantity)
            and c.value.kind == "count"
            and PART not in c.attribute_tokens
        ),
        key=lambda c: c.span.start,
    )


def _coordinated_total(text: str, said: list[Claim], *, headline: bool = False) -> list[Claim]:
    """The total of a coordination of counted people: "three girls and one boy" were four.

    Each part stays its own claim (another source may count the women alone); the total
    is one more claim, quoting the whole coordination, as "two boys and a girl" is one
    count of three. Only numbered parts of people, adjacent and joined by "and" (or
    commas, then "and"), under one casualty event, none a part picked from a set. A
    headline drops the "and": there commas alone join the parts ("Two Men, One Boy Hurt").
    """
    counts = [c for c in _exact_counts(said) if _a_person(c)]
    out: list[Claim] = []
    run: list[Claim] = []
    for claim in [*counts, None]:
        events = [t for t in claim.attribute_tokens if t.startswith("e:")] if claim else []
        joined = (
            claim is not None
            and run
            and events[:1] == [e for e in run[0].attribute_tokens if e.startswith("e:")][:1]
            and _AND.match(text[run[-1].span.end : claim.span.start]) is not None
            and "\n" not in text[run[-1].span.end : claim.span.start]
        )
        if joined and claim is not None:
            run.append(claim)
            continue
        # whole: not the tail of a list whose head was not counted ("two firefighters,
        # three residents and one officer" with the firefighters read apart)
        closes = len(run) >= 2 and not text[: run[0].span.start].rstrip().endswith(",")
        first_events = [t for t in run[0].attribute_tokens if t.startswith("e:")] if run else []
        if closes and first_events[:1] and first_events[0] in _CASUALTY_EVENTS:
            between = text[run[-2].span.end : run[-1].span.start]
            if re.search(r"\band\s+$", between) or (
                headline and _HEADLINE_COMMA.fullmatch(between) is not None
            ):
                out.append(_total_of(text, run))
        run = [claim] if claim is not None and events else []
    return out


# Between the parts of a headline's list: a comma alone ("Two Men, One Boy Hurt").
_HEADLINE_COMMA = re.compile(r"\s*,\s*")


def _headline_list(text: str, said: list[Claim]) -> list[Claim]:
    """A headline's list of counted people joined by commas alone: one event befalls all.

    A headline drops "and": "Three Men, Two Girls Hurt in Blast" says what "three men and
    two girls were hurt" says, but the verb is read with the last part only, the first
    left with no event. Each earlier part of such a list (adjacent numbered people, only a
    comma between, none with an event of its own) takes the last part's casualty event,
    so that :func:`_coordinated_total` reads the list as one count of them all.
    """
    counts = [c for c in _exact_counts(said) if _a_person(c)]
    lift: dict[int, str] = {}
    run: list[Claim] = []
    for claim in [*counts, None]:
        joined = (
            claim is not None
            and run
            and _HEADLINE_COMMA.fullmatch(text[run[-1].span.end : claim.span.start]) is not None
        )
        if joined and claim is not None:
            run.append(claim)
            continue
        if len(run) >= 2:
            event = next((t for t in run[-1].attribute_tokens if t.startswith("e:")), None)
            bare = all(not any(t.startswith("e:") for t in c.attribute_tokens) for c in run[:-1])
            if event in _CASUALTY_EVENTS and bare:
                for part in run[:-1]:
                    lift[id(part)] = event
        run = [claim] if claim is not None else []
    if not lift:
        return said
    return [
        attrs.evolve(c, attribute_tokens=(lift[id(c)], *c.attribute_tokens)) if id(c) in lift else c
        for c in said
    ]


# Two clauses joined: "one was flown out and two others ...", "...; two others".
_CLAUSES_JOINED = re.compile(r"\band\s|;")


def _with_the_others(text: str, said: list[Claim]) -> list[Claim]:
    """Those counted first and "N others" after them, under one event: the sum.

    "One cyclist was hospitalized and two others were hurt on the path": three
    hurt. "Others" are others than the people counted just before in the sentence; when
    both counts are of one casualty event, the event befell both, and the total is one
    more claim quoting from the first count to the others. A different event between
    ("a cook was killed and five others were hurt") sums nothing, nor does one clause
    ("the driver hurt four others": the first is the agent).
    """
    counts = _exact_counts(said)
    out: list[Claim] = []
    for before, others in itertools.pairwise(counts):
        unit = others.value.unit if isinstance(others.value, Quantity) else None
        if not unit or unit.split()[0].lower() not in ("others", "other"):
            continue
        if "e:killed" in others.attribute_tokens and "e:injured" in others.attribute_tokens:
            continue
        event = next((t for t in others.attribute_tokens if t.startswith("e:")), None)
        first = next((t for t in before.attribute_tokens if t.startswith("e:")), None)
        if event is None or event != first or event not in _CASUALTY_EVENTS:
            continue
        if not _a_person(before) or _a_person_unit_is_others(before):
            continue
        between = text[before.span.end : others.span.start]
        if not _CLAUSES_JOINED.search(between) or between.rstrip().lower().endswith("by"):
            continue  # "the driver hurt four others", "hit by three others": agents
        out.append(_total_of(text, [before, others], unit="people"))
    return out


def _a_person_unit_is_others(claim: Claim) -> bool:
    """Whether a count is itself of "others" ("two others ... and three others")."""
    unit = claim.value.unit if isinstance(claim.value, Quantity) else None
    return bool(unit) and unit.split()[0].lower() in ("others", "other")  # type: ignore[union-attr]


def _total_of(text: str, run: list[Claim], unit: str | None = None) -> Claim:
    """One claim of the sum of ``run``'s counts, quoting from the first to the last.

    Its unit is ``unit``, or else the words quoted ("two boys and a girl").
    """
    start, end = run[0].span.start, run[-1].span.end
    quote = text[start:end]
    total = sum(_exact_count(c) or 0 for c in run)
    tokens: list[str] = []
    for claim in run:
        tokens += [
            t
            for t in claim.attribute_tokens
            if t[0] not in "~^" and t not in tokens and (unit is None or t != "other")
        ]
    first = run[0]
    assert isinstance(first.value, Quantity)  # noqa: S101 - a count, as selected
    event = next(t for t in tokens if t.startswith("e:"))
    return attrs.evolve(
        first,
        span=attrs.evolve(first.span, start=start, end=end),
        text=quote,
        value=attrs.evolve(first.value, low=float(total), high=float(total), unit=unit or quote),
        attribute=f"{unit or quote} {event[2:]}",
        attribute_tokens=(event, *(t for t in tokens if t != event)),
    )


def _survivors(text: str, said: list[Claim]) -> list[Claim]:
    """The wounded a sentence counts by subtraction: those shot less those who died.

    "Seven men were shot, one fatally", "eight people were shot and three were killed",
    "three of the five people shot died", "three people were shot, none fatally": the
    sentence states how many were shot and how many of them died, so the rest were wounded
    (6, 5, 2, 3). The claim quotes the words from the first count to the second, so its reading
    is shown with what it is read from. Only when the sentence itself counts no wounded
    (else it says so itself), the shot count is a set of two or more (not a part, not
    hedged or negated) and the dead are fewer: one count of each, the dead after the
    shot or picked from them ("of the").
    """
    shot: list[tuple[Claim, int]] = []
    dead: list[tuple[Claim, int]] = []
    for claim in said:
        events = [t for t in claim.attribute_tokens if t.startswith("e:")]
        if "e:injured" in events:
            return []  # the sentence counts its wounded itself
        n = _exact_count(claim)
        if n is None or not events:
            continue
        if (
            events[0] == "e:shot"
            and n >= 2
            and _of_people(claim)
            and PART not in claim.attribute_tokens
        ):
            shot.append((claim, n))
        elif events[0] == "e:killed":
            dead.append((claim, n))
    if len(shot) != 1 or len(dead) != 1:
        return []
    (whole, n), (died, m) = shot[0], dead[0]
    if whole.hedged or m >= n:
        return []
    if died.span.start >= whole.span.end:
        first, last = whole, died
    elif _PICKED_FROM.search(text, died.span.end, whole.span.start):
        first, last = died, whole
    else:
        return []
    if not isinstance(whole.value, Quantity):
        return []
    start, end = first.span.start, last.span.end
    tokens = tuple(t for t in whole.attribute_tokens if t != "e:shot" and t[0] not in "~^")
    unit = whole.value.unit
    return [
        attrs.evolve(
            whole,
            span=attrs.evolve(whole.span, start=start, end=end),
            text=text[start:end],
            value=attrs.evolve(whole.value, low=float(n - m), high=float(n - m)),
            attribute=f"{unit} injured" if unit else "injured",
            attribute_tokens=("e:injured", *tokens),
        )
    ]


# "a second diver", "an eleventh patient": one more of a kind, the ordinal saying how many.
_ANOTHER_BY_ORDINAL = re.compile(r"an?\s+([a-z]+)\b", re.IGNORECASE)


# Days said from the speaker's day ("tonight", "yesterday"), and quotation marks.
_SPEAKER_DAYS = frozenset(
    {
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "this morning",
        "this afternoon",
        "this evening",
        "last night",
    }
)
_QUOTE_MARKS = re.compile('["\u201c\u201d]')


def _in_quote(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation opened in its sentence."""
    return len(_QUOTE_MARKS.findall(text, sentence_start, start)) % 2 == 1 and (
        _QUOTE_MARKS.search(text, end) is not None
    )


def _quoted_days(text: str, published: dt.date | None, said: list[Claim]) -> list[Claim]:
    """A quoted "tonight" read from the day the words were said, not the day printed.

    'The coach said Friday night: "We earned it tonight."' in Saturday's paper: the quote's
    "tonight" is Friday. When the sentence dates its saying ("said Friday", read as a
    statement's day) to a day before publication, at most a week before, a day the
    speaker said relative to the speaker's day moves by as much.
    """
    if published is None:
        return said
    saying = [
        c
        for c in said
        if isinstance(c.value, DateRange)
        and c.value.granularity == "day"
        and c.value.start is not None
        and "e:announced" in c.attribute_tokens
        and c.sentence is not None
        and not _in_quote(text, c.span.start, c.span.end, c.sentence.start)
    ]
    told = saying[0].value if len(saying) == 1 else None
    day = told.start if isinstance(told, DateRange) else None
    if day is None:
        return said
    shift = day - published
    if not dt.timedelta(days=-7) <= shift < dt.timedelta(0):
        return said
    out = []
    for claim in said:
        value = claim.value
        if (
            isinstance(value, DateRange)
            and value.start is not None
            and value.end is not None
            and (value.relative or "").lower() in _SPEAKER_DAYS
            and claim.sentence is not None
            and _in_quote(text, claim.span.start, claim.span.end, claim.sentence.start)
        ):
            claim = attrs.evolve(  # noqa: PLW2901
                claim, value=attrs.evolve(value, start=value.start + shift, end=value.end + shift)
            )
        out.append(claim)
    return out


# The present perfect of a death in the ordinal's clause: "a second teen, 17, has died".
_HAS_DIED = re.compile(
    r"[^.;:!?]{0,80}?\bha(?:s|ve)\s+(?:now\s+|since\s+|also\s+)?"
    r"(?:died|been\s+killed|been\s+pronounced\s+dead|succumbed)\b",
    re.IGNORECASE,
)


def _toll_by_ordinal(text: str, said: list[Claim]) -> list[Claim]:
    """A death toll said by an ordinal: "a third climber has died" is three dead in all.

    "A second diver has died" tells of one more death, the second: the dead are now two.
    Read so only with an indefinite article ("the second patient" may be the second one
    described, whoever died), with the present perfect ("a second clerk died Tuesday" may
    tell of one clerk after another, each counted apart) and when the sentence counts no
    wounded or shot before it ("one diver was hurt and a second diver has died": the
    ordinal counts both).
    """
    out = list(said)
    for i, claim in enumerate(said):
        events = [t for t in claim.attribute_tokens if t.startswith("e:")]
        if events[:1] != ["e:killed"] or _exact_count(claim) != 1:
            continue
        match = _ANOTHER_BY_ORDINAL.match(claim.text)
        n = ORDINALS.get(match.group(1).lower()) if match else None
        if n is None or n < 2 or not isinstance(claim.value, Quantity):
            continue
        end = claim.sentence.end if claim.sentence is not None else len(text)
        if _HAS_DIED.match(text, claim.span.end, end) is None:
            continue
        if any(
            isinstance(c.value, Quantity)
            and c.span.start < claim.span.start
            and ("e:injured" in c.attribute_tokens or "e:shot" in c.attribute_tokens)
            for c in said
        ):
            continue
        # Counted, the ordinal is no longer a mark of the thing: "a third climber" is three.
        word = match.group(1).lower() if match else ""
        unit = claim.value.unit
        if unit and unit.lower().startswith(word + " "):
            unit = unit[len(word) + 1 :]
        attribute = claim.attribute
        if attribute and attribute.lower().startswith(word + " "):
            attribute = attribute[len(word) + 1 :]
        out[i] = attrs.evolve(
            claim,
            attribute=attribute,
            value=attrs.evolve(claim.value, low=float(n), high=float(n), unit=unit),
            attribute_tokens=tuple(t for t in claim.attribute_tokens if t != word),
        )
    return out


def _single_out(claims: list[Claim], singles: frozenset[tuple[int, int]]) -> list[Claim]:
    """One person named or described without a numeral, in a story that counts a larger set.

    "Five people were hurt. ... A bus driver was injured": the driver is one of the five
    singled out (or, with "also", one more); either way the sentence does not say how
    many were hurt. Such a count of one is marked a part ("~part"), as "one of the five"
    is, so it is never compared with the set's number, in this story or another.
    """
    sets = {
        token
        for claim in claims
        if isinstance(claim.value, Quantity)
        and claim.value.kind == "count"
        and claim.value.low is not None
        and claim.value.low >= 2
        and not any(t[0] in "~^" for t in claim.attribute_tokens)
        for token in claim.attribute_tokens
        if token.startswith("e:")
    }
    if not sets:
        return claims
    out = []
    for claim in claims:
        events = [t for t in claim.attribute_tokens if t.startswith("e:")]
        singled = (
            (claim.span.start, claim.span.end) in singles
            and PART not in claim.attribute_tokens
            and isinstance(claim.value, Quantity)
            and claim.value.low == 1  # not a toll by an ordinal ("a third climber has died")
        )
        if singled and events and events[0] in sets:
            claim = attrs.evolve(claim, attribute_tokens=(*claim.attribute_tokens, PART))  # noqa: PLW2901
        out.append(claim)
    return out
