"""From values to claims: what each value is about, who says so, and how sure they are.

Every value found in a sentence becomes a claim. Its attribute comes from the
sentence's local structure around the value: the counted noun phrase, a
prepositional frame ("homes of ...", "$2 million in repair costs"), and the
verb that governs it ("evacuated four ...", "... have been evacuated"). The
attribute is kept twice: as a short readable phrase, and as normalised tokens
that grouping compares (lemmas, synonyms, places and nationalities folded to
their country as ``@country``, events to ``e:class``). The first token is the
head, the word the attribute turns on.

Reading is per source and in text order: the last named speaker is carried
from sentence to sentence so that "it said" is attributed to them.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import operator
import re
from itertools import compress, islice, pairwise, repeat
from typing import TYPE_CHECKING, NamedTuple

import attrs

from reconcile.extract import lexicon
from reconcile.extract._numwords import CHANGE_PARTICLES, CHANGE_WORDS, GO_FORMS, ING_NOUNS, SMALL
from reconcile.extract.implicit import count_events
from reconcile.extract.names import canonical_organization, nationality
from reconcile.extract.numbers import SCORE_POINTS, is_glued_measure, ordinal_series
from reconcile.model import (
    READING_UNITS,
    TIME_OF_DAY,
    Claim,
    DateRange,
    EntityRef,
    Quantity,
    Span,
    Value,
    ZoneKind,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["Reader", "Token", "tokenize"]

# The first letter is read once: the character after it picks the branch (a letter: a
# word; a period and a letter: an abbreviation; else a word of one letter). Trying an
# abbreviation first and then the word read every word's first letter twice.
_TOKEN = re.compile(
    r"[A-Za-z](?:"
    r"[A-Za-z]+(?:['’][A-Za-z]+)*"  # words, with an apostrophe inside
    r"|(?:\.[A-Za-z])+\.?"  # abbreviations: U.S., U.N.
    r"|(?:['’][A-Za-z]+)*"  # a word of one letter: "a", "I", "I’m"
    r")"
    r"|\d(?:[\d,.]*\d)?"  # numbers
    r"|[^\sA-Za-z\d]"  # one punctuation mark
)
_AGE_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "old"})
_CLAUSE_END = frozenset(";:()[]—–")
_BOUNDARIES = _CLAUSE_END | frozenset(".!?")  # a token is one mark, or no mark at all
_WINDOW = 8


class Token(NamedTuple):
    """A word, number or punctuation mark, with its offsets into the source text.

    A named tuple, as :class:`reconcile.extract.gazetteer.Token` is: every word of
    every sentence becomes one, and building them as attrs instances took a tenth
    of extraction's time.
    """

    text: str
    start: int
    end: int
    low: str  # casefolded once here: the rules read it several times per token

    @property
    def is_word(self) -> bool:
        """Whether it is a word (letters), not a number or a mark."""
        return self.text[0].isalpha()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]``, offsets into ``text``.

    >>> [t.text for t in tokenize("The U.S. paid $2 million.")]
    ['The', 'U.S.', 'paid', '$', '2', 'million', '.']
    """
    stop = len(text) if end is None else end
    # Column by column, each in one C-level map, and the tuples made by tuple.__new__
    # (what Token._make does) rather than a Python call per token: half the time.
    matches = list(_TOKEN.finditer(text, start, stop))
    words = list(map(re.Match.group, matches))
    starts = list(map(re.Match.start, matches))
    columns = zip(
        words,
        starts,
        map(re.Match.end, matches),
        map(str.casefold, words),
        strict=True,
    )
    tokens = _Tokens(map(tuple.__new__, repeat(Token), columns))
    tokens.starts = starts
    return tokens


class _Tokens(list[Token]):
    """The tokens :func:`tokenize` makes: a list, which holds their starts as well.

    The rules find a token by its offset about 20 times a claim (:func:`_at`): a bisect of
    the starts costs less than one that reads each token's start through a key.
    """

    __slots__ = ("starts",)
    starts: list[int]


_LOW = operator.attrgetter("low")
_START = operator.attrgetter("start")  # bisect keys: C-level, not a Python call per step
_TEXT = operator.attrgetter("text")
_CONJUNCTIONS = lexicon.CONJUNCTIONS
_FIRST = operator.itemgetter(0)
_ATTRIBUTING = lexicon.SPEECH_VERBS | {"according"}
_ARTICLES = frozenset({"the", "a", "an"})
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "!", "?"})
# Each of those words anywhere in a lowercased sentence, inside a longer word too: a
# token of one of them is a run of ASCII letters, whose lowercase is in the lowercased
# sentence as it stands, so a sentence this finds nothing in has no such token.
_MAY_ATTRIBUTE = re.compile("|".join(sorted(_ATTRIBUTING, key=lambda w: (-len(w), w))))

# How far back (in characters) a name may stand from what it is the subject or owner of.
_REACH = 400


def _names_in(
    names: Sequence[tuple[int, int, EntityRef]], lo: int, hi: int
) -> Sequence[tuple[int, int, EntityRef]]:
    """The names (ordered by start) that start in ``[lo, hi)``, by binary search."""
    first = bisect.bisect_left(names, lo, key=_FIRST)
    last = bisect.bisect_left(names, hi, key=_FIRST)
    return names[first:last]


def _at(tokens: Sequence[Token], offset: int) -> int:
    """The index of the first token starting at or after ``offset`` (binary search)."""
    if type(tokens) is _Tokens:  # a sentence's tokens as made, never changed after
        return bisect.bisect_left(tokens.starts, offset)
    return bisect.bisect_left(tokens, offset, key=_START)


def _is_boundary(token: Token) -> bool:
    return token.text in _BOUNDARIES


def _place_token(words: Sequence[str]) -> str | None:
    country = nationality(" ".join(words))
    return None if country is None else "@" + country.casefold()


def normalise(tokens: Sequence[Token], *, drop_contrastive: bool = False) -> list[str]:
    """The normalised tokens of a phrase: nationalities folded to ``@country``, words to lemmas.

    Two-word nationalities ("South African") are tried before one word.
    """
    out: list[str] = []
    i = 0
    words = [t.text.strip("“”\"'’‘") for t in tokens]
    while i < len(tokens):
        if not tokens[i].is_word:
            i += 1
            continue
        if i > 0 and tokens[i - 1].text == "-" and words[i].casefold() in _AGE_WORDS:
            i += 1  # "13-year-old": an age, not a count of years
            continue
        following = lexicon.lemma(words[i + 1]) if i + 1 < len(tokens) else ""
        if words[i].casefold() in _YEARLY:
            out.append("year")  # "$400 million in annualized savings": a year's savings
            i += 1
            continue
        if words[i].casefold() in _MONEY_NOUNS:
            out.append("money")  # "$2 million in new spending": money, as "in new funding"
            i += 1
            continue
        role = _role_of_crew(words, i)
        if role is not None:
            out.append(role[0])  # "rescue team members": rescuers, not the workers rescued
            i += role[1]
            continue
        compound = _COMPOUNDS.get((words[i].casefold(), following))
        if compound is not None:
            out.append(compound)  # "team members": employees
            i += 2
            continue
        hyphened = i + 2 < len(tokens) and tokens[i + 1].text in "-‐"
        compound = (
            _COMPOUNDS.get((words[i].casefold(), lexicon.lemma(words[i + 2]))) if hyphened else None
        )
        if compound is not None:
            out.append(compound)  # "tractor-trailers": trucks
            i += 3
            continue
        pair = _place_token(words[i : i + 2]) if i + 1 < len(tokens) else None
        if pair is not None and tokens[i + 1].is_word:
            out.append(pair)
            i += 2
            continue
        single = _place_token(words[i : i + 1])
        if single is not None and words[i][:1].isupper():
            out.append(single)
        else:
            token = lexicon.noun_token(words[i])
            if token is not None and not (drop_contrastive and token in lexicon.CONTRASTIVE):
                out.append(token)
        i += 1
    return list(dict.fromkeys(out))


# Two-word nouns that mean one word: "team members" and "staff members" are employees.
_COMPOUNDS = {
    ("team", "member"): "employee",
    ("staff", "member"): "employee",
    ("tractor", "trailer"): "truck",
}


# Nouns of money to be spent, which the verbs they come from ("spent") are not.
_MONEY_NOUNS = frozenset(["spending", "outlays"])
# Rates of money over a span of time, and the words that say "a year" of an amount.
_PER_TIME = frozenset(["year", "month", "week", "day", "hour"])
_YEARLY = frozenset(["annualized", "annualised"])
# A crew named by the work it does: "rescue workers", "rescue team members" are rescuers, a
# set apart from the workers or miners they rescue.
_CREW_ROLES = {"rescue": "rescuer"}
_CREW_WORDS = frozenset(["worker", "crew", "team", "personnel", "staff"])
_CREW_MEMBERS = frozenset(["member"])


def _role_of_crew(words: Sequence[str], i: int) -> tuple[str, int] | None:
    """The token of a crew named by its work at ``words[i]``, and how many words it takes.

    "rescue workers", "rescue crews", "rescue team members": (``"rescuer"``, 2 or 3).
    """
    role = _CREW_ROLES.get(words[i].casefold())
    if role is None or i + 1 >= len(words) or lexicon.lemma(words[i + 1]) not in _CREW_WORDS:
        return None
    if i + 2 < len(words) and lexicon.lemma(words[i + 2]) in _CREW_MEMBERS:
        return role, 3
    return role, 2


@functools.lru_cache(maxsize=4096)
def _unit_tokens(unit: str) -> tuple[str, ...]:
    """``normalise(tokenize(unit))``, remembered.

    Each count's unit is read twice, and the same units ("people", "homes") come back
    in sentence after sentence.
    """
    return tuple(normalise(tokenize(unit)))


@attrs.define
class _Context:
    """What was found around one value: a frame noun, a governing verb, a frame phrase."""

    of_noun: Token | None = None
    verb: Token | None = None
    frame: list[Token] = attrs.field(factory=list)
    possessed: Token | None = None
    subject: list[Token] = attrs.field(factory=list)
    by_margin: bool = False
    future: bool = False
    parties: list[Token] = attrs.field(factory=list)
    phrasal: str | None = None
    incident: Token | None = None
    expected: Token | None = None
    measured: list[Token] = attrs.field(factory=list)
    glued: bool = False  # the frame is the noun a glued measure stands before: "six-week inquiry"
    spent_on: Token | None = None  # "to spend $5 million repaving the road": what it pays for
    scheduled: bool = False  # "A hearing is set for May 21": the verb is the thing set
    particle: Token | None = None  # the second word of a phrasal verb: "gave way", "broke out"


# What ends the clause a value is told in: "Ann, who passed away Monday, ..." gives the
# value "passed away Monday" only; "and" does not ("was taken to a clinic and died there").
_CLAUSE_CUTS = frozenset([*",;:()[]—–", "who", "whom", "whose", "which", "while", "but"])
# Words that tell nothing of what a value measures: function words, saying, time.
_NO_CONTENT = (
    lexicon.DETERMINERS
    | lexicon.PREPOSITIONS
    | lexicon.AUXILIARIES
    | lexicon.CONJUNCTIONS
    | lexicon.RELATIVES
    | lexicon.PRONOUNS
    | lexicon.SPEECH_VERBS
    | lexicon.REPORTING
    | lexicon.TIME_WORDS
    | lexicon.NEGATIONS
    | frozenset(SMALL)
    | frozenset(["late", "early", "last", "next"])  # "late Monday": when, not what
)
_CLAUSE_PARTICLES = frozenset(["off", "out", "away"])  # "lifted off" is one word: "liftoff"
# Ordinary English that names one thing two ways, each to one word: "passed away" is died.
_CLAUSE_FOLDS = {
    "passaway": "e:killed",
    "aboard": "board",
    "takeoff": "liftoff",
    "debt": "liability",
}


_set_clause_words = Claim.__dict__["clause_words"].__set__  # a frozen slot's own setter
_CONTENT_WORDS: dict[str, str | None] = {}  # _content_word's answers: a story's words recur
_CONTENT_KEPT = 50_000  # then the answers are forgotten, so a corpus does not grow it


def _content_word(low: str) -> str | None:
    """A word as :func:`clause_words` keeps it: its event or noun token, folded; or None."""
    if low in _CONTENT_WORDS:
        return _CONTENT_WORDS[low]
    if len(_CONTENT_WORDS) >= _CONTENT_KEPT:
        _CONTENT_WORDS.clear()
    event = lexicon.event_class(low)
    word = None if event == "e:announced" else event or lexicon.noun_token(low)
    word = _CONTENT_WORDS[low] = word if word is None else _CLAUSE_FOLDS.get(word, word)
    return word


def clause_words(
    tokens: Sequence[Token],
    start: int,
    end: int,
    spans: Sequence[tuple[int, int]],
) -> tuple[str, ...]:
    """The content words of the clause a value at ``start..end`` is told in, folded.

    "Ann Lee, who passed away Monday at a city hospital" gives ("e:killed", "hospital",
    "city") for "Monday": the clause from the last cut (a comma, a relative) before the
    value to the next after it, without function words, words of saying or of time, and
    without the values' own words ("Sunday", "30 people", "$2 million": what a value counts
    is its claim's attribute).
    A verb and its particle are one word ("lifted off" / "liftoff"); "lost their lives" is
    a death. For the grouper, which joins two sources' values told in like clauses.
    """
    return _clause_content(tokens, *_clause_bounds(tokens, start, end), spans)


def _clause_bounds(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """The tokens ``lo..hi`` (``hi`` past the last) of the clause a value is told in."""
    first = _at(tokens, start)
    lo = first
    while lo > 0 and tokens[lo - 1].low not in _CLAUSE_CUTS:
        lo -= 1
    hi = first
    while hi < len(tokens) and (tokens[hi].start < end or tokens[hi].low not in _CLAUSE_CUTS):
        hi += 1
    return lo, hi


def _clause_content(
    tokens: Sequence[Token], lo: int, hi: int, spans: Sequence[tuple[int, int]]
) -> tuple[str, ...]:
    """:func:`clause_words` of the clause ``tokens[lo:hi]``."""
    out: list[str] = []
    starts = [s for s, _ in spans]
    for k in range(lo, hi):
        token = tokens[k]
        low = token.low
        if low in _NO_CONTENT or low in _CLAUSE_PARTICLES or not token.is_word:
            continue
        i = bisect.bisect_right(starts, token.start) - 1
        if i >= 0 and token.start < spans[i][1]:
            continue  # a value's own words ("Sunday", "$2 million", "30 people")
        if k + 1 < hi and tokens[k + 1].low in _CLAUSE_PARTICLES:
            compound = lexicon.lemma(low) + tokens[k + 1].low
            word: str | None = _CLAUSE_FOLDS.get(compound, compound)
        else:
            word = _content_word(low)
        if word is None:
            continue
        if word in {"life", "live"} and "e:lost" in out:
            out.remove("e:lost")
            word = "e:killed"  # "two riders lost their lives"
        out.append(word)
    return tuple(dict.fromkeys(out))


@attrs.define
class Reader:
    """Reads the claims of one source, sentence after sentence, in text order.

    Holds what carries across sentences: the last named speaker, for "it said".
    """

    source_id: str
    text: str
    speaker: str | None = None
    body_sentences: int = 0
    # The noun of the last count read and the sentence it was in, for "two of them".
    counted: tuple[str, int] | None = None
    sentences: int = 0
    # The latest day a date read so far ends on: what "now" is in this story.
    latest: dt.date | None = None
    # The day the source was published, when known: the day of its own statements.
    published: dt.date | None = None
    # The noun of each exact count read, by its number, for "four of the six".
    wholes: dict[float, tuple[str, int]] = attrs.field(factory=dict)
    # The noun of the last count of each event read, for "three of those detained".
    befallen: dict[str, str] = attrs.field(factory=dict)
    # Whether a count of the hurt was read, for "Three people remained in serious condition".
    hurt: bool = False
    # Every teller named so far, in order, and which of them are persons, for "the
    # ministry" after "the interior ministry" and for "it said".
    tellers: list[str] = attrs.field(factory=list)
    persons: set[str] = attrs.field(factory=set)
    # The canonical names of the public bodies the whole story names.
    named: frozenset[str] = frozenset()
    # A transcript's turns ("CHIEF LEE: ..."), read from the whole text.
    turns: list[tuple[int, int, str]] = attrs.field(
        default=attrs.Factory(lambda self: _turns(self.text), takes_self=True)
    )

    def _turn(self, offset: int) -> str | None:
        """Who speaks at ``offset`` when the text is a transcript of labelled turns."""
        k = bisect.bisect_right(self.turns, offset, key=operator.itemgetter(0)) - 1
        if k >= 0 and offset < self.turns[k][1]:
            return self.turns[k][2]
        return None

    def claims(
        self,
        sentence: Span,
        values: Sequence[tuple[int, int, Value]],
        names: Sequence[tuple[int, int, EntityRef]],
        zone: ZoneKind,
    ) -> list[Claim]:
        """The claims of one sentence: its values with their context, and its place claims."""
        if not values and not self._reads(sentence, names):
            # No value and no place gives no claim; and with no word of attribution the
            # speaker carried to the next sentence stays: only the counts move.
            self.sentences += 1
            if zone == "body":
                self.body_sentences += 1
            return []
        tokens = tokenize(self.text, sentence.start, sentence.end)
        self.sentences += 1
        lead = zone == "body" and self.body_sentences == 0
        if zone == "body":
            self.body_sentences += 1
        spans = sorted([(s, e) for s, e, _ in values])
        dated = [(s, e) for s, e, v in values if isinstance(v, DateRange)]
        told = self._attribution(tokens, names, spans)
        turn = self._turn(sentence.start)
        if turn is not None:
            told.insert(0, (sentence.start, False, turn))  # what a speaker says in a turn
        attributed = told[-1][2] if told else None
        hedged = not lexicon.HEDGES.isdisjoint(map(_LOW, tokens)) and _hedged(tokens, values)
        out: list[Claim] = []
        when_told: dict[tuple[int, int], tuple[str, ...]] = {}  # see _told_when below
        # The clause reading of implicit counts knows "left five injured", "sent four to
        # the hospital", "one fatally": it wins over the nearest verb. It reads a window
        # of the clause around each count, not a whole run-on sentence: linear time.
        counts = [(s, e) for s, e, v in values if isinstance(v, Quantity) and v.kind == "count"]
        events = dict(
            zip(counts, count_events(self.text, counts, sentence.start, sentence.end), strict=True)
        )
        past = self._past(values)

        def plain(
            start: int, end: int, value: Value, attribute: str | None, words: tuple[str, ...]
        ) -> Claim:
            """A claim whose attribute is read apart: a time of day's, an ordinal's."""
            return Claim(
                span=Span(self.source_id, start, end),
                text=self.text[start:end],
                value=value,
                sentence=sentence,
                subject=_subject(tokens, names, start),
                attribute=attribute,
                attribute_tokens=words,
                attributed_to=_teller(told, start),
                hedged=hedged,
                negated=_negated(tokens, start),
                zone=zone,
            )

        unnamed = (
            set()
            if _SOURCE_NOUNS.isdisjoint(map(_LOW, tokens))
            else _unnamed_counts(tokens, values)
        )
        for start, end, value in values:
            if (start, end) in unnamed:
                continue  # "two people familiar with the matter said": who spoke, not a fact
            if isinstance(value, Quantity) and value.unit == TIME_OF_DAY:
                context = self._context(tokens, start, end, _ONE_DAY, spans)
                attribute, attribute_tokens = _time_attribute(tokens, context, lead=lead)
                if _said_at(tokens, _at(tokens, start)):
                    attribute_tokens = ()  # "the shooting was reported at 7 p.m.": not its time
                out.append(plain(start, end, value, attribute, attribute_tokens))
                continue
            if isinstance(value, Quantity) and value.kind == "ordinal":
                ordinal = _ordinal_tokens(value, tokens, self.text, (start, end), sentence)
                out.append(plain(start, end, value, value.unit, ordinal))
                continue
            bare = isinstance(value, Quantity) and value.kind == "number"
            value = self._part_of(tokens, start, end, value)  # noqa: PLW2901 - "two of them": a count
            value = _elided(value, out[-1] if out else None, tokens, start, end)  # noqa: PLW2901
            value = _casualties(value, tokens, end)  # noqa: PLW2901
            context = self._context(tokens, start, end, value, spans, dated=dated)
            if events.get((start, end)) is None and _whole_of_a_few(tokens, start):
                context.verb = None  # "two of the six riders died": the two died
            unlabelled = not (context.of_noun or context.frame)
            if (
                isinstance(value, Quantity)
                and unlabelled
                and not (value.kind == "count" and value.unit)
            ):
                context.subject = _linked_subject(tokens, _at(tokens, start), spans, names)
            owner, when = _possessor(tokens, context.subject, names)
            context.subject = owner + context.subject
            event: str | None = None
            taken = False  # "five were flown to Mercy Hospital": the hurt taken there
            if bare and isinstance(value, Quantity) and _taken_subject(tokens, end):
                # "and five were flown to Mercy Hospital", "one of them was admitted to
                # hospital": a count of the hurt taken there, whatever noun it leaves out.
                (read,) = count_events(self.text, [(start, end)], sentence.start, sentence.end)
                if read == "injured":
                    event, taken = read, True
                    if value.kind == "number":
                        value = attrs.evolve(value, kind="count", unit="people")  # noqa: PLW2901
            if event is None and isinstance(value, Quantity) and value.kind == "count":
                event = (
                    events.get((start, end))
                    or _job_loss(tokens, context.verb)
                    or _lives_lost(tokens, start, end, context.verb)
                    or _forced_out(tokens, end, context.verb)
                    or _treated_for(tokens, end)
                    or _away_from_home(tokens, end)
                    or _ordered_out(tokens, end, context.verb)
                    or _under_orders_to_leave(tokens, start)
                )
                if event is None and bare and (start, end) not in events:
                    # "five were shot, three of them fatally": the three died. ("two of them
                    # seriously" is a part of the hurt, which the count of the hurt holds.)
                    (read,) = count_events(self.text, [(start, end)], sentence.start, sentence.end)
                    event = read if read == "killed" else None
            if event is None and bare and _bare_subject_of_a_state(value, tokens, end):
                # "Two were pronounced dead", "one of the three was found dead": the clause
                # reading knows the state; the verb ("pronounced") names no event.
                (read,) = count_events(self.text, [(start, end)], sentence.start, sentence.end)
                event = read if read == "killed" else None
            if event is None and _change_noun(context.verb, end):
                event = "raised"  # "a 4% increase in the rate" as "raises the rate by 4%"
            elif event is None and _totaling_rise(tokens, start, value):
                event = "raised"  # "wage increases totaling 21%" as "raise wages 21%"
            attribute, attribute_tokens = _attribute(value, context, lead=lead, event=event)
            if isinstance(value, DateRange) and (
                _so_far(tokens, start)
                or _a_tally_s_period(tokens, start, value)
                or _period_end(tokens, start, values)
                or _dates_a_noun(self.text, tokens, start, end)
                or _after_since(self.text, start)
            ):
                # "the wettest spring reported so far this year": a period things add up
                # in, up to now, which dates no one event; "in May, through Sunday": the
                # day such a period ends on; "the third crash since Friday": where a
                # tally or a record is counted from.
                attribute, attribute_tokens = None, ()
            if isinstance(value, DateRange) and lead and _date_line(self.text, start, end):
                # "Tamsworth, June 8 -" opening the body (not a timeline's "June 8 - ...")
                attribute, attribute_tokens = DATE_LINE, ()
            told_when: list[str] = []  # marks of when and which step, see _told_when
            if (
                isinstance(value, DateRange)
                and not attribute_tokens
                and _bounds_a_span(tokens, start)
            ):
                told_when.append(BOUND)  # "without water since Friday", "cleared by Thursday"
            if isinstance(value, DateRange) and _lived_through(tokens, start, context.verb):
                told_when.append(LIVED)  # "slept Friday night in a chapel": no happening's day
            if isinstance(value, DateRange) and attribute_tokens:
                part = _part_of_day(self.text[start:end])
                if part is not None:
                    told_when.append(PART_OF_DAY + part)  # "left camp Friday morning"
            if _said_on_its_own_day(value, attribute_tokens, self.published):
                # "the firm said Thursday" in a story of Thursday, "said today": the
                # day its own source went out; two such of two days are two statements.
                told_when.append(OWN_DAY + str(self.published))
            if isinstance(value, DateRange) and attribute_tokens and _dying(tokens, context.verb):
                # "died Tuesday" may be days after "was shot Saturday": the day of a death
                # is dated apart from the day of the attack that killed.
                attribute_tokens = (*attribute_tokens, DIED)
            a_part = isinstance(value, Quantity) and value.kind == "count"
            if past and attribute_tokens and isinstance(value, Quantity):
                attribute_tokens = (*attribute_tokens, PAST)  # "the 1987 sinking killed 4,300"
            if a_part and attribute_tokens and _capacity(tokens, start):
                attribute_tokens = (*attribute_tokens, CAPACITY)  # "licensed to carry 350"
            if (
                a_part
                and attribute_tokens
                and (_whole_of_part(tokens, start) or _carried(tokens, start))
            ):
                attribute_tokens = (*attribute_tokens, WHOLE)  # "38 of the train's 141 cars"
            if a_part and attribute_tokens and _per_period(tokens, end):
                attribute_tokens = (*attribute_tokens, RATE)  # "carries 9,000 cars a day"
            # "Six of the injured were taken to hospitals": the hurt taken there, not a part
            # of the six that "taken" picks out of a set
            referred = _referred_part(tokens, end) if bare and a_part and not taken else None
            after = tokens[_at(tokens, end) : _at(tokens, end) + 3]
            if (
                referred is None
                and bare
                and a_part
                and attribute_tokens
                and _of_the_befallen(after)
            ):
                attribute_tokens = (*attribute_tokens, PART)  # "three of the injured"
            if bare and a_part and attribute_tokens and _of_those_before(tokens, start):
                attribute_tokens = (*attribute_tokens, PART)  # "Of those, 5 are tank cars"
            named_part = bare and a_part and _those_named(tokens, end) is not None
            if bare and a_part and not named_part and _unpicked_part(after, attribute_tokens):
                # "three of them were still there", "26 of them walked out": a part, by its verb
                picker = _picker_of_part(tokens, _at(tokens, end) + 2)
                if picker is not None:
                    attribute = f"{attribute} {picker.text}"
                    attribute_tokens = (*attribute_tokens, lexicon.lemma(picker.low))
                attribute_tokens = (*attribute_tokens, PART)
            if referred is not None and isinstance(value, Quantity) and value.unit:
                # "Four of the six face charges", "three of those detained were charged":
                # a part of a set counted before, picked out by what befell it.
                picker, picked = referred
                attribute = f"{value.unit} {picker.text}"
                attribute_tokens = (picked, *normalise(tokenize(value.unit)), PART)
            side = _vote_side(tokens, start, end, value)
            if side is not None and isinstance(value, Quantity):
                # "a 7-2 vote", "six trustees voted yes and three voted no": the votes on one
                # side, whoever cast them; never a count of anything else ("~for").
                voters = normalise(tokenize(value.unit)) if value.unit else []
                attribute = f"votes {side[1:]}"
                attribute_tokens = ("vote", *(t for t in voters if t != "vote"), side)
            pair = _pair_side(tokens, start, end, value)
            if pair is not None:
                # "won 64-57", "finished 24-3": one side of a game's score or of a
                # season's record; the other side is the sentence's other claim.
                attribute, attribute_tokens = f"{pair[0]} {pair[1][1:]}", pair
            named_set = bare and a_part and referred is None
            whole = _named_whole(tokens[_at(tokens, end) :]) if named_set else None
            if whole is not None and whole[2] and attribute_tokens:
                # "Seven of the derailed cars carried fuel": the part is what the verb picks
                # out of the set, never the set itself ("38 cars derailed") nor the set
                # worded alone; two such parts meet each other.
                verb = whole[1]
                named = verb and (lexicon.event_class(verb.text) or lexicon.noun_token(verb.text))
                if verb is not None and named and named not in attribute_tokens:
                    attribute = f"{attribute} {verb.text}"
                    attribute_tokens = (*attribute_tokens, named)
                attribute_tokens = (*attribute_tokens, PART)
            kinds = _one_kind_of_several(tokens, values, start, end, value) if a_part else None
            if kinds and attribute_tokens and not set(kinds) & set(attribute_tokens):
                # "12 counts of fraud and three counts of perjury": a part of all the counts,
                # by its kind; never the whole ("15 counts"), nor in conflict with it.
                attribute_tokens = (*attribute_tokens, *kinds, PART)
            level_or_change = _level_or_change(tokens, start, end) if a_part else None
            if level_or_change is not None and attribute_tokens and not bare:
                told_when.append(level_or_change)  # "operates 12 mills" / "will close 4"
            if a_part and attribute_tokens and not bare and _moved_to(tokens, start):
                attribute_tokens = (*attribute_tokens, DESTINATION)  # "moved to four other depots"
            if a_part and attribute_tokens and _over_several(tokens, end):
                attribute_tokens = (*attribute_tokens, WIDE)  # "80 points in four games"
            if isinstance(value, Quantity) and value.kind == "percent" and attribute_tokens:
                part_or_change = _a_part_or_a_change(tokens, start, end)
                if part_or_change is not None:
                    told_when.append(part_or_change)  # "62% of riders" / "fell 38%"
            share = _one_s_or_all(tokens, start) if isinstance(value, Quantity) else None
            if share is not None and attribute_tokens:
                told_when.append(share)  # "she paid $9,200" / "fees totaling $305,000"
            whole_of = _whole_stated_after(tokens, values, end) if a_part else None
            if whole_of is not None:
                told_when.append(whole_of)  # "3,140 of its 6,250 workers"
            count_period = _period(tokens, values, start, end) if a_part else None
            if count_period is not None and attribute_tokens:
                told_when.append(count_period)  # "had 40 buses last year" / "55 this year"
            level_day = _day_of_a_level(tokens, values, start, end) if a_part else None
            if level_day is not None and attribute_tokens:
                told_when.append(level_day)  # "2,180 homes were still dark Friday"
            gone = (
                _of_a_season_before(tokens, values, start, self.published)
                if a_part and attribute_tokens and count_period is None
                else None
            )
            if gone is None and a_part and attribute_tokens and count_period is None:
                gone = _of_a_year_gone(tokens, values, start, self.published)
                if gone is not None:
                    # "a 2011 flood left 3,000 homes dry": that year's count, held apart
                    # from the story's own count told with no time ("82 homes")
                    told_when.append(SEASON_BEFORE)
            if gone is not None:
                # "Last winter, 12 people died of the cold": a season's count held apart;
                # "Last year, 40 buses ran" a year's, as "ran 40 buses last year" is read.
                named = _named_period(gone)
                told_when.append(PERIOD + named if named else SEASON_BEFORE)
            if isinstance(value, Quantity) and _threshold(tokens, start, end, value):
                told_when.append(THRESHOLD)  # "five days above 90 degrees": no reading
            stated = value
            if side is not None and isinstance(value, Quantity) and value.kind == "number":
                stated = attrs.evolve(value, kind="count", unit="votes")  # "four voted no"
            tally = context.subject and _tally_of(normalise(context.subject))
            if isinstance(value, Quantity) and value.kind == "number" and tally:
                stated = attrs.evolve(value, kind="count")  # "the death toll rose to 37"
            scale = _scale_before(tokens, start)
            if scale is not None and isinstance(value, Quantity) and value.kind != "money":
                # "a magnitude 6.4 earthquake": a reading of 6.4 on the scale of an earthquake.
                measured = tokenize(value.unit) if value.kind == "count" and value.unit else []
                stated = attrs.evolve(value, kind="number", unit=None)
                attribute = " ".join([scale.low, *(t.text for t in measured)])
                # Without the noun ("the strongest of magnitude 4.8") it is unknown what was
                # measured: the main shock or an aftershock. Such a reading stays apart.
                attribute_tokens = (
                    tuple(dict.fromkeys([scale.low, *normalise(measured)])) if measured else ()
                )
            reading = _reading_attribute(tokens, start, end, value)
            if reading is not None:
                attribute, attribute_tokens = reading  # "a 6.3-magnitude quake", "an EF1"
            change = _change_of_amount_before(tokens, start, value, out[-1] if out else None)
            if change is not None:
                # "Revenue of $4.8 billion, an increase of 3 percent": a change of that amount
                attribute = f"{change[0].attribute} {change[1].low}"
                attribute_tokens = change[0].attribute_tokens
            if attribute_tokens and when is not None:
                attribute_tokens = (*attribute_tokens, when)  # "last year's budget was $9 million"
            if (
                attribute_tokens
                and isinstance(stated, Quantity)
                and _wide(tokens, start, end, harm=attribute_tokens[0].startswith("e:"))
            ):
                attribute_tokens = (*attribute_tokens, WIDE)  # "30,000 people worldwide"
            if (
                attribute_tokens
                and isinstance(stated, Quantity)
                and stated.kind == "count"
                and _with_another_noun(tokens, end)
            ):
                attribute_tokens = (*attribute_tokens, TOGETHER)  # "40 guests and staff"
            money = isinstance(stated, Quantity) and stated.kind == "money"
            fund = _given_to_a_fund(tokens, end) if money else None
            if fund is not None:
                # "committed $2.5 million to a Ashgrove Community Relief Fund": the fund's
                # money, as "set up a $2.5m community fund" is, whoever gives it
                attribute, attribute_tokens = fund
            if isinstance(stated, Quantity) and stated.kind == "money" and _worth(tokens, start):
                # "paintings worth €18m", "valued at an estimated $40 million": what the
                # things are worth, whatever verb the sentence tells of them ("took", "say")
                attribute_tokens = _as_worth(attribute, attribute_tokens)
            if attribute_tokens[:1] == ("e:injured",) and (
                _to_hospital(tokens, end)
                or (
                    # "Five guests, including a cook, were taken to hospitals"
                    _aside_then_passive(tokens[_at(tokens, end) :])
                    and _to_hospital(tokens, end, past_an_aside=True)
                )
            ):
                attribute_tokens = (*attribute_tokens, HOSPITAL)  # "11 were taken to hospital"
            elif (
                attribute_tokens
                and not attribute_tokens[0].startswith("e:")
                and isinstance(stated, Quantity)
                and stated.kind == "count"
                and _aside_then_passive(tokens[_at(tokens, end) :])
                and _to_hospital(tokens, end, past_an_aside=True)
            ):
                # "Two guests, both in their 70s, were taken to hospital": the verb the aside
                # holds off is read past it, as "Two guests were taken to hospital" would be.
                attribute_tokens = ("e:injured", *attribute_tokens, HOSPITAL)
            if attribute_tokens and _of_a_named_area(stated):
                attribute_tokens = (*attribute_tokens, LOCAL)  # "300 Tulsa-area jobs"
            if attribute_tokens and _jobs_kept(stated, context.verb):
                attribute_tokens = (*attribute_tokens, KEPT)  # "keep 3,500 jobs in the state"
            state = _kept_in_state(stated, tokens, end) if attribute_tokens else None
            if state is not None:
                attribute_tokens = (*attribute_tokens, state)  # "12 branches remain open"
            if attribute_tokens and _below_ground(stated, tokens, end):
                attribute_tokens = (*attribute_tokens, DEPTH)  # "1,200 feet underground"
            place = _distance_from(stated, tokens, end) if attribute_tokens else None
            if place is not None:
                attribute_tokens = (*attribute_tokens, place, DISTANCE)  # "3 km off Elm Bay"
            if attribute_tokens and isinstance(stated, Quantity) and _present_at(tokens, end):
                attribute_tokens = (*attribute_tokens, PRESENT)  # "40 workers were inside"
            condition = _condition(tokens, end) if bare and a_part and attribute_tokens else None
            if condition is None and (
                (taken and _hurt_counted_before(out))
                or (self.hurt and _numbered_hurt(self.text, start, attribute_tokens))
            ):
                # "nine were hurt, and three are in guarded condition", a headline's
                # "12 hurt, 4 critical", "... left 17 hurt. Three people remained in serious
                # condition": a part of the hurt counted before it in the source, in that
                # state; alone ("three died and two are critical") it may be all of them.
                condition = _stated_condition(tokens, end)
            if condition is not None:
                attribute_tokens = (*attribute_tokens, condition)  # "in critical condition"
            if HOSPITAL in attribute_tokens or condition is not None:
                # "Six of the injured were taken to hospitals", "Three of the injured were in
                # critical condition": the hurt taken there or in that state, all of them,
                # as "six people were hospitalized" is; "the injured" are people.
                attribute_tokens = _people_befallen(attribute_tokens)
            if (
                "case" in attribute_tokens
                and CONFIRMED not in attribute_tokens
                and (_confirmed_after(tokens, end) or _confirmed_in(tokens, start, context.verb))
            ):
                # "9 cases were confirmed", "tests have confirmed the virus in 9 cases"
                attribute_tokens = (*attribute_tokens, CONFIRMED)
            a_count = isinstance(stated, Quantity) and stated.kind == "count"
            scope = _scope(tokens, start, end) if a_count else None
            if attribute_tokens and scope is not None:
                attribute_tokens = (*attribute_tokens, scope)  # "the plant's 3,600 workers"
            if attribute_tokens and _of_others(tokens, start):
                # "most of the others have 900 staff": a set defined against the rest of
                # its own story, which another source's figure is not about.
                attribute_tokens = (*attribute_tokens, "other")
            if "other" in attribute_tokens and _others_than_the_other_casualties(
                attribute_tokens, out
            ):
                # "killed three people and injured 25 others": other people than the dead,
                # so all of the injured; "one was hurt and three others were hurt", a part.
                kept = tuple(t for t in attribute_tokens if t != "other")
                attribute_tokens = kept if len(kept) > 1 else (*kept, "person")
            subject = _subject(tokens, names, start)
            aged = _age_of(tokens, names, start, end, stated)
            if aged is not None:
                # "Ann Lee, 46, said": her age, compared only with her age in another source.
                subject, attribute, attribute_tokens = aged, "age", ("age",)
            elif bare and _YEARS_OLD.search(self.text, start, end):
                # "a 46-year-old nurse", "was 46 years old": the age of the person named or
                # described; with neither it is compared with nothing.
                years = _years_old(stated)
                subject = _aged_person(tokens, names, start, end, years)
                attribute, attribute_tokens = "age", ("age",) if subject else ()
            if isinstance(stated, Quantity) and _population(tokens, start, stated):
                # "a city of about 52,000 people", "Millford, population 51,800": how many
                # live there, however it is worded.
                if stated.kind == "number":
                    stated = attrs.evolve(stated, kind="count", unit="people")
                attribute, attribute_tokens = "population", ("population",)
            before = out[-1] if out else None
            unit = _gapped(value, before, tokens, start, names)
            if unit is not None and before is not None and isinstance(value, Quantity):
                # "Lee received 14,200 votes and Hale about 11,900": votes, received.
                stated = attrs.evolve(value, kind="count", unit=unit)
                attribute, attribute_tokens = before.attribute, before.attribute_tokens
            if before is not None and _converted(before, tokens, start, value):
                # "€2.2 billion ($2.4 billion)": the same amount in another currency.
                attribute, attribute_tokens = before.attribute, before.attribute_tokens
            elif before is not None and _included(before, tokens, start, value):
                # "a 21 percent raise, including 7% in the first year": a step of that raise.
                attribute, attribute_tokens = before.attribute, before.attribute_tokens
            changed = isinstance(stated, Quantity) and stated.kind in ("percent", "money")
            if changed and attribute_tokens and _first_step(tokens, start, end):
                # "a 7 percent raise immediately", "7% in the first year": the first step of
                # a change, never the whole of it over the years ("18% over four years").
                attribute_tokens = (*attribute_tokens, FIRST)
            if attribute_tokens and isinstance(stated, Quantity) and _limit(tokens, start, end):
                # "above the state's limit of 8 micrograms": a threshold, not a level measured.
                attribute_tokens = (*attribute_tokens, LIMIT)
                if stated.high is None and stated.low_open and _exceeding_first(tokens, start):
                    # "when levels exceed 8": the threshold stated is 8 itself, not "more
                    # than 8", so it meets "the advisory level of 8" elsewhere.
                    stated = attrs.evolve(stated, high=stated.low, low_open=False)
            if isinstance(stated, Quantity) and _only_a_change(attribute_tokens):
                thing = _changed_thing(tokens, start, spans)
                words = normalise(thing) if thing else []  # no content word: "almost"
                if words:  # "restated its quarterly revenue to $2.37 billion": revenue
                    attribute = " ".join(t.text for t in thing)
                    # the head noun first, as _attribute gives it
                    attribute_tokens = tuple(dict.fromkeys([words[-1], *words[:-1]]))
            step = (
                _change_step(tokens, start, end, percent=stated.kind == "percent")
                if isinstance(stated, Quantity)
                else None
            )
            if step is not None and attribute_tokens:
                # "raised the fare from $2 to $2.50": $2 the old level; "by 50 cents, to
                # $2.50": 50 cents the change; neither is the level the fare reached.
                attribute_tokens = (*attribute_tokens, step)
            if attribute_tokens and _of_a_period(stated):
                # "third-quarter revenue" / "second-quarter revenue", "expects" / "was": a
                # figure of another period, or a forecast against a result, is another fact.
                period = _period(tokens, values, start, end)
                outlook = _outlook(tokens, start, end, period=period is not None)
                if period is None and _a_year_before(tokens, start, end):
                    period = PAST  # "$3.4 billion in the same quarter a year earlier"
                sign = _sign(tokens, start, stated)
                each = PER_UNIT if _per_unit(tokens, start, end) else None
                marks = (m for m in (period, outlook, sign, each) if m)
                attribute_tokens = (*attribute_tokens, *marks)
            if (
                isinstance(stated, Quantity)
                and stated.kind == "count"
                and stated.unit
                and attribute_tokens
                and attribute_tokens[0].startswith("e:")
            ):
                self.befallen[attribute_tokens[0]] = stated.unit
            if isinstance(stated, Quantity) and "e:injured" in attribute_tokens:
                self.hurt = True
            labelled = _labelled(self.text, tokens, start, end, stated, attribute_tokens)
            if labelled is not None:
                # "Homes destroyed: 110", "Evacuations: 2,900 residents.": a bulletin's
                # line, whose label says what its figure counts
                stated, attribute, attribute_tokens = labelled
            if told_when:
                when_told[(start, end)] = tuple(told_when)
            if not attribute and attribute_tokens and attribute_tokens[0].startswith("e:"):
                # "She was airlifted to a clinic": no word names the count, but what befell it
                # does (the event read), so it is titled "injured", not "what it measures is
                # unclear"
                attribute = attribute_tokens[0].removeprefix("e:")
            out.append(
                Claim(
                    span=Span(self.source_id, start, end),
                    text=self.text[start:end],
                    value=stated,
                    sentence=sentence,
                    subject=subject,
                    attribute=attribute,
                    attribute_tokens=attribute_tokens,
                    attributed_to=_teller(told, start),
                    hedged=hedged,
                    negated=_negated(tokens, start, end=end, verb=context.verb),
                    zone=zone,
                )
            )
        clauses: dict[tuple[int, int], tuple[str, ...]] = {}  # values of one clause share it
        for claim in out:
            bounds = _clause_bounds(tokens, claim.span.start, claim.span.end)
            told_in = clauses.get(bounds)
            if told_in is None:
                told_in = clauses[bounds] = _clause_content(tokens, *bounds, spans)
            # The claims were built just above: their slot is set, not the claim built anew.
            _set_clause_words(
                claim, (*told_in, *when_told.get((claim.span.start, claim.span.end), ()))
            )
        _mark_sex(self.text, out)
        out.extend(self._place_claims(tokens, names, sentence, attributed, hedged, zone))
        return out

    def _reads(self, sentence: Span, names: Sequence[tuple[int, int, EntityRef]]) -> bool:
        """Whether a sentence without values may give a place claim or name a speaker.

        Where it says no, reading the sentence would give no claim and change nothing
        but the counts of sentences read (a shortcut: half of a story's sentences hold
        no value, and most of those no place and no "said"). A new rule that carries
        something from a sentence without values, as the speaker is carried, must make
        this say yes there (tests/test_claims_shortcuts.py reads every sentence to compare).
        """
        for _, _, ref in names:  # a loop: any() would step a generator from C per name
            if ref.kind == "place":
                return True
        low = self.text[sentence.start : sentence.end].lower()
        return _MAY_ATTRIBUTE.search(low) is not None

    def _part_of(self, tokens: Sequence[Token], start: int, end: int, value: Value) -> Value:
        """A number followed by "of them" or "of those" as a count of the last counted noun.

        "More than 1,100 firefighters are on the line. Two of them were hurt": two
        firefighters. The noun carries over from the last count read in this source.
        """
        if not isinstance(value, Quantity):
            return value
        if value.kind == "count" and value.unit:
            head = _unit_tokens(value.unit)
            measure = bool(head) and head[-1] in lexicon.MEASURES
            # A season's record ("went 27-1") is a tally, not a set "of them" picks from.
            tally = value.unit in ("wins", "losses", "ties")
            # "nine were held after an eight-month inquiry; two of them ..."
            if not measure and not tally:
                self.counted = (value.unit, self.sentences)
                if value.low is not None and value.low == value.high:
                    self.wholes[value.low] = (value.unit, self.sentences)  # "four of the six"
            return value
        after = tokens[_at(tokens, end) : _at(tokens, end) + 3]
        if value.kind == "number" and _of_the_befallen(after):
            # "Six of the injured were taken to hospitals": six of the injured, whoever
            # they are; never a count of the injured themselves.
            noun = tokens[_at(tokens, end) + 3] if _at(tokens, end) + 3 < len(tokens) else None
            if noun is not None and noun.low not in _PASSIVE and _plain_noun(noun):
                # "Five of the rescued miners": five miners, a part of those rescued
                return attrs.evolve(value, kind="count", unit=noun.text)
            return attrs.evolve(value, kind="count", unit=after[2].text)
        if value.kind == "number" and value.unit is None:
            counted = _noun_after_compound(tokens[_at(tokens, end) : _at(tokens, end) + 7])
            if counted is not None:
                # "three 17th-century paintings": three paintings
                return attrs.evolve(value, kind="count", unit=counted)
        said = _named_after_be(tokens, start, end) if value.kind == "number" else None
        if said is not None:
            return attrs.evolve(value, kind="count", unit=said)  # "Of those, 5 are tank cars"
        said = _those_named(tokens, end) if value.kind == "number" else None
        if said is not None:
            return attrs.evolve(
                value, kind="count", unit=said
            )  # "60 of those drivers are volunteers"
        after = after[:2]
        referring = [t.low for t in after] in (["of", "them"], ["of", "those"])
        referring = referring or _referred_part(tokens, end) is not None
        if value.kind == "number" and not referring:
            named = _named_whole(tokens[_at(tokens, end) :])
            return value if named is None else attrs.evolve(value, kind="count", unit=named[0])
        size = _whole_size(tokens, end)
        if value.kind == "number" and size is not None and size in self.wholes:
            unit, read = self.wholes[size]  # "Six were held. Four of the six ...": men
            if self.sentences - read <= 1:
                return attrs.evolve(value, kind="count", unit=unit)
        if value.kind != "number" or not referring or size is not None:
            return value
        participle = tokens[_at(tokens, end) + 2] if len(after) == 2 else None
        event = participle and lexicon.event_class(participle.text)
        if event and event in self.befallen and participle and participle.low.endswith("ed"):
            # "Twelve men were detained. ... Three of those detained": of those men.
            return attrs.evolve(value, kind="count", unit=self.befallen[event])

        if self.counted is None:
            return value
        unit, read = self.counted
        if self.sentences - read > 1:
            return value  # only a count of this sentence or the one before is referred to
        return attrs.evolve(value, kind="count", unit=unit)

    def _past(self, values: Sequence[tuple[int, int, Value]]) -> bool:
        """Whether a sentence is dated over two years before the latest date read so far.

        "In December 1987 a ferry sank, killing more than 4,300 people", in a story of
        this week: its figures are of a past event, apart from this event's.
        """
        dates = [v.end for _, _, v in values if isinstance(v, DateRange) and v.end is not None]
        latest = max([*dates, *([self.latest] if self.latest else [])], default=None)
        # "the first fare rise since 1999": a date after "since" is a point of comparison,
        # not when the sentence's event happened.
        dating = [
            v.end
            for s, e, v in values
            if isinstance(v, DateRange)
            and v.end is not None
            and not _after_since(self.text, s)
            and not _dates_an_apposition(self.text, s, e)
        ]
        past = bool(dating) and latest is not None and (latest - max(dating)).days > _YEARS
        self.latest = latest
        return past

    # --- attribution ------------------------------------------------------------------------

    def _attribution(
        self,
        tokens: Sequence[Token],
        names: Sequence[tuple[int, int, EntityRef]],
        spans: Sequence[tuple[int, int]],
    ) -> list[tuple[int, bool | None, str]]:
        """Who the sentence is attributed to: "according to X", "X said", "said X", "it said".

        One ``(offset, backward, teller)`` per attribution, in sentence order: ``backward``
        when it follows what it attributes ("Four died, police said", "..., according to
        X."), forward when it leads ("Police said four died", "According to X, ..."), None
        when it reaches only what follows even alone (an estimate, "put the cost at $9,000").
        """
        speakers = [(s, e, ref) for s, e, ref in names if ref.kind in ("person", "organization")]
        # "two people familiar with the matter said": looked for only where such a noun is
        unnamed_possible = not _SOURCE_NOUNS.isdisjoint(map(_LOW, tokens))
        found: str | None = None
        told: list[tuple[int, bool | None, str]] = []
        teller: str | None
        # Only "according" and speech verbs do anything: they are found in C-level maps.
        for i in compress(range(len(tokens)), map(_TELLING.__contains__, map(_LOW, tokens))):
            token = tokens[i]
            if token.low == "according" and i + 1 < len(tokens) and tokens[i + 1].low == "to":
                after = _past_article(tokens, i + 2)  # "according to the county's office"
                if [t.low for t in tokens[after : after + 2]] in (["copy", "of"], ["copies", "of"]):
                    after = _past_article(tokens, after + 2)  # "a copy of the report": the report
                counted = (
                    after + 1
                    if after < len(tokens) and _NUMBER_WORD.fullmatch(tokens[after].low)
                    else after
                )
                unnamed = _unnamed_source(tokens, counted) if counted < len(tokens) else None
                teller = (
                    (unnamed and unnamed[0])
                    or _first_name_after(speakers, tokens[i + 1].end, tokens)
                    or _by_whom(tokens, after)
                    or _noun_phrase(tokens[after : after + 4])
                )
                backward = i > 0
            elif (
                (token.low in lexicon.SPEECH_VERBS and lexicon.event_class(token.low))
                or _side_verb(tokens, i)
            ) and not _nominal(tokens, i):
                k = _before_auxiliaries(tokens, i)  # "the paper is saying", "police have said"
                before = _possessed_speaker(speakers, tokens, k) or (
                    None
                    if k > 0 and tokens[k - 1].low in lexicon.PRONOUNS
                    else _name_before(speakers, tokens[k].start, tokens, k)
                )
                if before is not None:
                    teller = before
                elif k > 0 and tokens[k - 1].low in lexicon.PRONOUNS:
                    teller = self._pronoun_speaker(tokens[k - 1].low, found)
                else:
                    window = _before_time_words(tokens[max(0, k - 7) : k])
                    wider = _before_time_words(tokens[max(0, k - _SUBJECT_REACH) : k])
                    subject = _owner_of_object(wider) if _after_preposition(wider) else window
                    teller = (subject and _noun_phrase(subject, backwards=True)) or (
                        _first_name_after(speakers, token.end, tokens, limit=6)
                        if not _preposition_before_name(speakers, tokens, i)
                        else None
                    )
                if teller and any(teller in self.text[s:e] for s, e in spans):
                    teller = None  # "40 guests reported symptoms": the counted are not tellers
                if unnamed_possible:
                    teller = _unnamed_teller(tokens, k, i) or teller
                backward = _closes_clause(tokens, i, spans)
                if not backward and token.low in _ESTIMATING:
                    # "shut for a month, a repair bill the landlord put at $9,000": an
                    # estimate tells its own figure, not the sentence's figures before it
                    backward = None
            else:
                continue
            teller = teller and self._resolved_teller(teller, speakers)
            if teller:
                told.append((token.start, backward, teller))
            found = teller or found
        if found is not None:
            self.speaker = found
        return told

    def _resolved_teller(self, teller: str, speakers: Sequence[tuple[int, int, EntityRef]]) -> str:
        """A teller as the story names it, and remembered for the sentences after.

        A common noun ("the border police", "the ministry") names a body of the story:
        the one named in full earlier in this source whose last words it is ("Lumia's
        interior ministry" ... "the ministry"), or else the public body it is an alias of
        only when the story names that body ("the coast guard" is no particular country's
        coast guard unless the story names it). Two ministries of two stories so stay two.
        """
        common = teller.islower()
        if common:
            head = teller.casefold()
            for earlier in reversed(self.tellers):
                if earlier.casefold().endswith(" " + head):
                    teller = earlier
                    break
            else:
                known = canonical_organization(teller)
                if known is not None and known in self.named:
                    teller = known
        if any(ref.kind == "person" and _canonical(ref) == teller for _s, _e, ref in speakers):
            self.persons.add(teller)
        if not common or teller not in self.tellers:
            self.tellers.append(teller)
        return teller

    def _pronoun_speaker(self, pronoun: str, found: str | None) -> str | None:
        """Who "it said", "they said" refers to: the nearest teller that fits the pronoun.

        One told earlier in the same sentence comes first ("the army said three were hurt
        in a clash which it said lasted an hour"); "it" refers to a body, never a person
        ("the company said ... Ms Vale's own, it said": the company).
        """
        if pronoun != "it":
            return found or self.speaker
        if found is not None and found not in self.persons and not _plural_noun(found):
            return found
        for earlier in reversed(self.tellers):
            if earlier not in self.persons and not _plural_noun(earlier):
                return earlier
        return None

    # --- context of a value -----------------------------------------------------------------

    def _context(
        self,
        tokens: Sequence[Token],
        start: int,
        end: int,
        value: Value,
        spans: Sequence[tuple[int, int]],
        *,
        dated: Sequence[tuple[int, int]] = (),
    ) -> _Context:
        first = _at(tokens, start)
        last = _at(tokens, end)
        context = _Context()
        left = _clause_left(tokens, first)
        right = _clause_right(tokens, last)
        if left and left[-1].low == "of" and len(left) > 1 and left[-2].is_word:
            noun = left[-2]
            if lexicon.noun_token(noun.text) and not lexicon.is_verb_form(noun.text):
                context.of_noun = noun
        context.verb = _verb_near(
            _skip_coordinated(left, spans, backwards=True),
            _skip_coordinated(
                _past_closing_comma(self.text, start, end, right)
                if isinstance(value, DateRange)
                else right,
                spans,
            ),
            value,
        )
        if isinstance(value, DateRange) and context.verb is not None:
            context.verb = _light_verb_noun(tokens, context.verb)
            scheduled = _scheduled_thing(tokens, context.verb)
            if scheduled is not None:
                context.verb, context.scheduled = scheduled, True
        if (
            context.verb is None
            and isinstance(value, Quantity)
            and value.kind == "count"
            and _present_verb(left)
        ):
            context.verb = left[-1]  # "The mill employs 900 people"
        if context.verb is None and isinstance(value, Quantity) and value.kind == "count":
            context.verb = _spoke_after(right)  # "About 30 citizens spoke at the meeting"
        if isinstance(value, Quantity) and value.kind == "count" and context.verb is not None:
            # "forced 600 campers to leave": what the campers did is the count's
            context.verb = _made_to_do(context.verb, left, right) or context.verb
        if isinstance(value, Quantity) and value.kind == "money" and context.verb is not None:
            context.spent_on = _to_be_spent_on(context.verb, right)
        if (
            isinstance(value, Quantity)
            and value.kind == "count"
            and is_glued_measure(self.text[start:end])
        ):
            context.frame = _lasting(right)  # "a six-week inquiry": what lasts
            context.glued = bool(context.frame)
        if isinstance(value, Quantity) and value.kind == "money":
            context.frame = _frame(right, left)
        if isinstance(value, Quantity) and value.kind == "percent" and not context.frame:
            context.frame = _share_of(right)  # "6 percent of the company's workforce"
        if isinstance(value, Quantity) and value.kind in ("money", "percent") and not context.frame:
            context.frame = _modified(left, right, value)
            rated = _changed_in(right, context.frame)
            if rated:
                # "a 6% increase in the water rate": the rate is what changes, by an increase.
                context.verb, context.frame = context.frame[-1], rated
        if (
            isinstance(value, Quantity)
            and value.kind in ("money", "percent")
            and not context.frame
            and context.of_noun is None
        ):
            context.frame, before = _object_before(tokens, first)
            inside = context.frame and context.verb and context.verb.start > context.frame[0].start
            if (context.verb is None or inside) and context.frame:
                # "raises the water rate by 4 percent": the verb before the object changes it;
                # not a participle in the object ("the value of the stolen bikes at").
                context.verb = before
        if (
            isinstance(value, Quantity)
            and value.kind in ("count", "number")
            and not value.unit
            and not context.frame
            and context.of_noun is None
        ):
            frame, _verb = _object_before(tokens, first)
            at = _at(tokens, frame[0].start) if frame else 0
            if not frame and first > 2 and tokens[first - 2].low == "it":
                frame = _figure_of_before(tokens, first - 2)  # "... while others put it at"
                at = first - 2
            if frame and any(t.low in _ESTIMATING for t in tokens[max(0, at - 3) : at]):
                # "police estimated the crowd at 2,500": the figure is the crowd's.
                context.frame, context.verb = frame, None
        if isinstance(value, Quantity) and value.kind == "count" and left and left[-1].low == "by":
            # "won by 300 votes", "approved the levy by 5,000 votes": a margin; but
            # "killed by two gunmen", "arrested by four officers" name who did it.
            # "reduce its workforce by 1,200 positions": a change by that many, a cut.
            changed = _changed_by(tokens, first)
            context.by_margin = not changed and (
                len(left) < 2 or not lexicon.event_class(left[-2].text)
            )
        if isinstance(value, Quantity) and value.kind == "money":
            context.parties = _party(right)
            context.verb = _asked_for(right) or context.verb
        if isinstance(value, Quantity) and value.kind == "count" and value.unit:
            context.measured = _measured(value.unit, right)
            spans_time = lexicon.lemma(value.unit.rsplit(maxsplit=1)[-1]) in _SPANS_OF_TIME
            if not context.measured and spans_time and context.verb is not None:
                # "The fire burned for six hours", "crews battled the blaze for seven hours":
                # a span of the incident the verb's subject or object names, as "of".
                lasted = _incident_of(tokens, _at(tokens, context.verb.start), first)
                context.measured = [lasted] if lasted is not None else []
                if lasted is context.verb:
                    context.verb = None  # the noun, not a verb: "attacked the fire"
        if isinstance(value, DateRange) and context.verb is not None:
            at = _at(tokens, context.verb.start)
            if at > 0 and tokens[at - 1].low in _LASTING:
                # "remained missing on Tuesday", "is still missing after a blast on Sunday":
                # a state that lasts, which dates no event; the incident named may be dated.
                context.verb = None
        if isinstance(value, DateRange) and context.verb is None and left:
            starting = [t for t in left[-2:] if t.low in _STARTING]
            if starting and left[-1].low in (starting[0].low, "on", "from", "as"):
                # "will be effective Nov. 3": what is dated starts then.
                context.verb, context.phrasal = starting[0], "start"
                context.future = _to_come(tokens, _at(tokens, starting[0].start))
        unread = context.verb is None or context.verb.low in _EFFECT_VERBS
        if isinstance(value, DateRange) and unread and len(left) > 1:
            effect = _takes_effect(left)
            if effect is not None:
                # "the fare takes effect Sept. 1", "will go into effect on June 1": it starts
                # then; in the present or the future tense, a start still to come.
                present = effect.low in ("takes", "take", "goes", "go")
                context.verb, context.phrasal = effect, "start"
                context.future = present or _to_come(tokens, _at(tokens, effect.start))
        if isinstance(value, DateRange) and context.verb is not None and not context.phrasal:
            at = _at(tokens, context.verb.start)
            context.future = (
                _to_come(tokens, at)
                or (context.scheduled and _set_ahead(tokens, at))
                or _held_ahead(tokens, at)
            )
            if at + 1 < len(tokens):
                context.phrasal = _PHRASAL.get(
                    (lexicon.lemma(context.verb.low), tokens[at + 1].low)
                )
                if context.phrasal is not None:
                    context.particle = tokens[at + 1]  # "gave way": a title says "way" too
        possessed = right[0] if right and self.text[end : end + 2] in ("'s", "’s") else None
        if isinstance(value, DateRange) and possessed is not None and possessed.low in _INCIDENTS:
            context.incident = possessed  # "Sunday's earthquake"
        elif isinstance(value, DateRange) and context.verb is None:
            # "A fire tore through a store on Sunday night": a date with no verb the rules
            # know dates the incident its sentence names.
            others = [span for span in dated if span[0] != start]
            context.incident = _incident_near(tokens, first, last, others)
        elif isinstance(value, DateRange) and context.verb is not None and not context.phrasal:
            # "The quake struck on Sunday", "the crash happened Sunday": what the verb says
            # of an incident is that it happened; the incident says what. Not "started".
            context.incident = _incident_subject(tokens, _at(tokens, context.verb.start))
        if context.incident is not None:
            context.verb = None
        elif (
            isinstance(value, DateRange)
            and context.verb is None
            and [t.low for t in left] == ["on"]
        ):
            # "On May 2, the lab detected ...": the verb of the clause the date opens.
            context.verb = _verb_after_opening(right)
        elif isinstance(value, DateRange) and context.verb is None and _one_day(value):
            context.verb = _clause_event(tokens, first)
            if context.verb is not None:  # "will pay a dividend of 22 cents on June 1"
                context.future = _to_come(tokens, _at(tokens, context.verb.start))
        if isinstance(value, DateRange) and context.verb is not None and context.verb.low in _DUE:
            # "officials expect full containment by Aug. 20": what is expected is dated, to come.
            context.expected = _expected_object(tokens, _at(tokens, context.verb.start), first)
            if context.expected is not None:
                context.verb, context.future = None, True
        if isinstance(value, DateRange) and len(right) > 1 and right[0].text in ("'s", "’s"):
            context.possessed = right[1]
        elif isinstance(value, DateRange) and right and right[0].low.endswith(("'s", "’s")):
            context.possessed = right[1] if len(right) > 1 else None
        return context

    # --- place claims -----------------------------------------------------------------------

    def _place_claims(  # noqa: PLR0917 - one sentence's parts, passed as read
        self,
        tokens: Sequence[Token],
        names: Sequence[tuple[int, int, EntityRef]],
        sentence: Span,
        attributed: str | None,
        hedged: bool,  # noqa: FBT001 - passed through to each claim
        zone: ZoneKind,
    ) -> list[Claim]:
        """Where something happened or someone is from: "arrested in X", "Y of X", "X-based"."""
        out = []
        for start, end, ref in names:
            if ref.kind != "place":
                continue
            index = _at(tokens, start)
            if index in (0, len(tokens)):
                continue
            before = tokens[index - 1]
            after_end = _at(tokens, end)
            subject: str | None = None
            attribute_tokens: tuple[str, ...] = ()
            attribute = ""
            if before.low == "of":
                owner = _name_ending_at(names, before.start)
                if (
                    owner is not None
                    and owner.kind == "person"
                    and not _name_goes_on(tokens, after_end)
                ):
                    subject, attribute, attribute_tokens = owner.name, "home", ("place",)
            elif before.low in ("in", "at", "near", "outside"):
                verb = next(
                    (
                        t
                        for t in reversed(tokens[max(0, index - 4) : index - 1])
                        if lexicon.event_class(t.text)
                    ),
                    None,
                )
                person = _last_person_before(names, start)
                if verb is not None and person is not None:
                    event = lexicon.event_class(verb.text) or ""
                    subject = person.name
                    attribute = f"{verb.text} {before.text}"
                    attribute_tokens = ("place", event)
            elif (
                after_end + 1 < len(tokens)
                and tokens[after_end].text in "-‐"
                and tokens[after_end + 1].low == "based"
            ):
                continue  # "X-based company" describes, it does not claim: skip
            if subject is None:
                continue
            out.append(
                Claim(
                    span=Span(self.source_id, start, end),
                    text=self.text[start:end],
                    value=ref,
                    sentence=sentence,
                    subject=subject,
                    attribute=attribute,
                    attribute_tokens=attribute_tokens,
                    attributed_to=attributed,
                    hedged=hedged,
                    negated=_negated(tokens, start),
                    zone=zone,
                )
            )
        return out


# --- helpers on token windows ----------------------------------------------------------------


_APPOSED = re.compile(r",\s*([A-Za-z]+)\s+(?:in|on|around|about)\s+$")


def _dates_an_apposition(text: str, start: int, end: int) -> bool:
    """Whether a date is of a participle set off by commas: "The hall, built in 1931, seats 900".

    The date tells when the noun before it was built or founded, not when the sentence's
    own verb happened: the sentence's figures ("seats 900") are of now, not of that year.
    """
    before = _APPOSED.search(text[max(0, start - 40) : start])
    if before is None or text[end : end + 1] != ",":
        return False
    word = before.group(1)
    return word.islower() and lexicon.is_verb_form(word) and lexicon.lemma(word) != word


def _after_since(text: str, start: int) -> bool:
    """Whether a date is the point a record is counted from: "the first rise since 1999".

    "since" right before it, after "first", "highest", "worst" or the like in the few
    words before: the record is of now. "sold since fall 2024" dates the selling.
    """
    before = text[max(0, start - 60) : start].casefold().split()
    if not before or before[-1] != "since":
        return False
    return any(w.strip(",") in _RECORDS for w in before[-7:-1])


# What may stand before an account's own date line on its line: a place, capitalised, and
# its comma ("Tamsworth, " or "TAMSWORTH, Ore., "), an outlet in brackets; after it, an outlet
# in brackets and the dash that opens the story ("June 8 (Corvid Press) -", "Tuesday, June 8 --").
_DATE_LINE_BEFORE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*){0,2}(?:\([^()\n]{1,40}\)\s*)?"
)
_DATE_LINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|—|–)\s")
DATE_LINE = "date line"


def _date_line(text: str, start: int, end: int) -> bool:
    """Whether a date is its account's own date line, left in the body as text.

    "Tamsworth, June 8 (Corvid Press) - The mill closed ...": the day it was filed, not the day
    of anything the story tells; as a claim it dates no happening, so it meets none.
    """
    line = text.rfind("\n", 0, start) + 1
    return (
        _DATE_LINE_BEFORE.fullmatch(text, line, start) is not None
        and _DATE_LINE_AFTER.match(text, end) is not None
    )


# Words of a record that "since" measures from: "the first fare rise since 1999".
_RECORDS = frozenset(
    "first highest lowest largest biggest smallest most fewest least worst best only".split()
    # "the third child shot since Saturday": a tally's place, counted from then
    + "second third fourth fifth sixth seventh eighth ninth tenth".split()
)


# Nouns of an incident, the thing a story's dates are about, and what they are compared as:
# a blaze is a fire; a shooting is what "was shot" says happened.
_INCIDENTS = {
    "fire": "fire",
    "blaze": "fire",
    "wildfire": "fire",
    "inferno": "fire",
    "shooting": "e:shot",
    "crash": "e:crashed",
    "collision": "e:crashed",
    "earthquake": "earthquake",
    "quake": "earthquake",
    "temblor": "earthquake",
    "explosion": "explosion",
    "blast": "explosion",
    "tornado": "tornado",
    "derailment": "derailment",
    "stabbing": "stabbing",
    "shootout": "e:shot",
    "gunfire": "e:shot",
    # A plural names incidents of the same kind: "the shootings took place late Friday".
    "fires": "fire",
    "blazes": "fire",
    "wildfires": "fire",
    "shootings": "e:shot",
    "shootouts": "e:shot",
    "crashes": "e:crashed",
    "collisions": "e:crashed",
    "earthquakes": "earthquake",
    "quakes": "earthquake",
    "explosions": "explosion",
    "blasts": "explosion",
    "tornadoes": "tornado",
    "derailments": "derailment",
    "stabbings": "stabbing",
}
_INCIDENT_REACH = 20
_SINGULAR_INCIDENTS = frozenset(noun for noun in _INCIDENTS if not noun.endswith("s"))


def _definite(tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun at ``k`` is definite: "the shootings", "Sunday's two shootings"."""
    for j in range(k - 1, max(-1, k - 4), -1):
        before = tokens[j]
        if before.low in ("the", "these", "those") or before.low.endswith(("'s", "’s")):
            return True
        if before.text in ("'s", "’s"):
            return True
        if not before.is_word or before.low in _FUNCTION:
            return False
    return False


def _incident_near(
    tokens: Sequence[Token], first: int, last: int, others: Sequence[tuple[int, int]] = ()
) -> Token | None:
    """The incident noun a date without a verb is about: the nearest before it in its clause.

    "A fire tore through a store in the town on Sunday night", "responded to the fire at
    the store on June 14"; or, for a date opening its sentence ("On Sunday night, a fire
    tore through ..."), the first after it. The noun must head its phrase: "a fire
    inspection", "Fire Chief Brisk" and "the crash site" name other things. An incident
    another date of the sentence (``others``) dates is that date's: "voted to close the
    barn, damaged in a Feb. 3 fire, on Wednesday" gives Wednesday no fire.
    """
    for k in range(first - 1, max(-1, first - 1 - _INCIDENT_REACH), -1):
        clock = tokens[k].text == ":" and 0 < k < len(tokens) - 1 and tokens[k - 1].text.isdigit()
        if tokens[k].text in _CLAUSE_END and not clock:
            break  # "at 3:12 a.m. on Sunday" is one clause
        if _heads_incident(tokens, k, first) and not _dated_apart(tokens, k, others):
            return tokens[k]
    leading = all(t.low in _DATE_LEADS or not t.is_word for t in islice(tokens, first))
    if leading and last < len(tokens) and tokens[last].text == ",":
        for k in range(last + 1, min(len(tokens), last + 1 + _WINDOW)):
            if _is_boundary(tokens[k]) or tokens[k].text == ",":
                break
            if _heads_incident(tokens, k, first):
                return tokens[k]
    return None


def _dated_apart(tokens: Sequence[Token], k: int, others: Sequence[tuple[int, int]]) -> bool:
    """Whether another date of the sentence dates the incident noun ``tokens[k]``.

    Right before it ("a Feb. 3 fire", "Monday's fire") or after "on" or "in" ("the fire on
    Feb. 3").
    """

    def inside(token: Token) -> bool:
        return any(s <= token.start < e for s, e in others)

    before = k - 2 if k >= 2 and tokens[k - 1].text in ("'s", "’s") else k - 1
    if before >= 0 and inside(tokens[before]):
        return True
    return k + 2 < len(tokens) and tokens[k + 1].low in ("on", "in") and inside(tokens[k + 2])


def _incident_subject(tokens: Sequence[Token], verb: int) -> Token | None:
    """The incident noun right before a verb ("the quake struck"), or None; not "started"."""
    if lexicon.noun_token(tokens[verb].low) == "start":
        return None
    k = verb - 1
    while k >= 0 and (tokens[k].low in lexicon.AUXILIARIES or _is_adverb(tokens[k])):
        k -= 1
    # "a shooting that occurred Tuesday", "the crash, which occurred Sunday": a relative
    # clause says of its noun what the verb says, wherever the noun stands ("a call about
    # a crash that occurred Sunday": the crash occurred then).
    if k > 0 and tokens[k].low in ("that", "which"):
        k -= 2 if tokens[k - 1].text == "," and k > 1 else 1
        noun = tokens[k]
        return noun if noun.low in _INCIDENTS and _nominal_position(tokens, k) else None
    if k > 0 and tokens[k - 1].low in ("this", "that") and tokens[k].low in _INCIDENTS:
        return tokens[k]  # "when that shooting occurred Sunday": a demonstrative, no relative
    if k < 0 or not _heads_incident(tokens, k, verb):
        return None
    j = k - 1
    while j >= 0 and tokens[j].is_word and tokens[j].low not in _FUNCTION - lexicon.DETERMINERS:
        j -= 1  # back over the noun phrase: "the magnitude 6.4 quake", "Sunday's earthquake"
    while j >= 0 and (tokens[j].text[:1].isdigit() or tokens[j].text in ".,'’"):
        j -= 1
    if j >= 0 and tokens[j].low in lexicon.PREPOSITIONS:
        return None  # "the toll from Sunday's earthquake rose": the toll rose
    return tokens[k]


# Units of a span of time, which an incident may last: "the fire burned for six hours".
_SPANS_OF_TIME = frozenset(["minute", "hour", "day", "week", "month"])


def _incident_of(tokens: Sequence[Token], verb: int, first: int) -> Token | None:
    """The incident a verb before a span of time is said of: its subject, or its object.

    "The blaze burned for six hours" (subject), "crews fought the fire for six hours"
    (object, up to the span); None when neither is an incident noun. A noun read as the
    verb ("crews attacked the fire for six hours": "fire" is a verb too) is the object.
    """
    if verb >= first:
        return None
    if _heads_incident(tokens, verb, first):
        return tokens[verb]
    subject = _incident_subject(tokens, verb)
    if subject is not None:
        return subject
    for k in range(verb + 1, first):
        if _heads_incident(tokens, k, first):
            return tokens[k]
        if not tokens[k].is_word or tokens[k].low in lexicon.PREPOSITIONS:
            return None
    return None


_CLAUSE_REACH = 16
# Words that open another clause before a date: "before rain washed out the trail on Monday".
_SUBORDINATORS = frozenset(["after", "before", "until", "since", "as", "if", "once", "than"])


def _clause_event(tokens: Sequence[Token], date: int) -> Token | None:
    """The verb of an event whose clause a date ends, past its object and phrases, or None.

    A time that ends a clause dates the clause's verb, whatever noun and prepositional
    phrases stand between: "three cousins were wounded outside a market on Elm Street on
    Tuesday night", "shot a tenant, 54, at about 4 a.m. Tuesday". The nearest verb back
    decides: when it names no event ("before rain washed out the trail on Monday"), or a
    word of speech, or another clause opens first ("who", "when", "but"), the date is
    left alone.
    """
    for k in range(date - 1, max(-1, date - 1 - _CLAUSE_REACH), -1):
        token = tokens[k]
        clock = token.text == ":" and 0 < k < date - 1 and tokens[k - 1].text.isdigit()
        abbreviation = token.text == "." and tokens[k + 1].text == ","  # "in Erie, Pa., on"
        if _is_boundary(token) and not (clock or abbreviation):
            return None
        if token.text == ",":
            j = k - 2 if k > 1 and tokens[k - 1].text == "." else k - 1
            around = (tokens[j].text[:1] if j >= 0 else "") + tokens[k + 1].text[:1]
            if not any(ch.isdigit() or ch.isupper() for ch in around):
                return None  # an age or a place set off by commas ("a tenant, 54,") is no break
            continue
        if not token.is_word:
            continue
        if token.low in lexicon.RELATIVES or token.low in _SUBORDINATORS:
            return None
        if token.low in lexicon.CONJUNCTIONS - {"and"}:
            return None
        if not token.text.islower() or token.low in lexicon.AUXILIARIES:
            continue
        if token.low in lexicon.PREPOSITIONS:
            continue  # "shot during a party at a home on Sunday": "during" is no verb
        noun = token.low in _INCIDENTS or _noun_after(
            tokens[k - 1] if k else None, tokens[k - 2] if k > 1 else None
        )
        if noun and lexicon.event_class(token.text):
            return None  # "arrested in the killing of a man on Sunday": the noun's own date
        if noun or not lexicon.is_verb_form(token.text):
            continue  # a noun, a name, a figure: "the 400 block", "her 12-year-old cousin"
        event = lexicon.event_class(token.text)
        if event is None or event == "e:announced" or lexicon.lemma(token.low) in lexicon.REPORTING:
            return None  # "proclaimed a curfew on Monday": no day of saying from afar
        return token
    return None


def _one_day(value: DateRange) -> bool:
    """Whether a date is one day (or a part of one): "Tuesday night", not "July" or "2011".

    A verb far back in its clause dates a day the clause ends on; a longer period there
    ("officers killed in the line of duty ... in 2011", "the fourth child shot in the
    last eight days") is more often the time a tally adds up in, or a story's past.
    """
    return value.start is not None and value.start == value.end


def _noun_after(before: Token | None, earlier: Token | None) -> bool:
    """Whether a word after ``before`` is a noun: after a determiner, a figure, an age or "'s"."""
    if before is None:
        return False
    age = before.low == "old" and earlier is not None and earlier.text == "-"
    return (
        _opens_phrase(before)
        or before.text[:1].isdigit()
        or before.low.endswith(("'s", "’s"))
        or before.text in ("'s", "’s")
        or age
    )


def _heads_incident(tokens: Sequence[Token], k: int, date: int) -> bool:
    """Whether the word at ``k`` is an incident noun at the head of its phrase."""
    token = tokens[k]
    if not token.is_word or token.low not in _INCIDENTS:
        return False
    if not _nominal_position(tokens, k):
        return False  # "to fire", "will crash": a verb; "the fire", "The Cedar Fire": a noun
    if token.low not in _SINGULAR_INCIDENTS and not _definite(tokens, k):
        return False  # "17 crashes from May to June": a tally over a time, no incident
    j = k - 1
    while j >= 0 and tokens[j].is_word and tokens[j].low not in _FUNCTION - lexicon.DETERMINERS:
        j -= 1
    modifying = j >= 0 and tokens[j].low in _OF_NOUN
    if modifying and (tokens[j].low == "of" or (j > 0 and _plain_noun(tokens[j - 1]))):
        return False  # "the scene of the shooting", "a call about the shooting": another thing
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is None or not after.is_word or k + 1 == date:
        return True  # "the fire, which", "a fire Sunday night"
    if after.text[:1].isupper():
        return False  # "Fire Chief Wen Brisk"
    noun_after = after.low not in _FUNCTION and not lexicon.is_verb_form(after.text)
    return not noun_after or after.low in lexicon.ADVERBS or after.low in _PAST_FORMS


def _nominal_position(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``k`` stands where a noun does: after a determiner, a name or a figure.

    "the fire", "a strong earthquake", "The Cedar Fire", "a magnitude 6.4 quake",
    "the city's worst fire": adjectives may stand between.
    """
    for j in range(k - 1, max(-1, k - 4), -1):
        before = tokens[j]
        if _opens_phrase(before) or before.text[:1].isupper() or before.text[:1].isdigit():
            return True
        if before.low.endswith(("'s", "’s")) or before.text in ("'s", "’s"):
            return True
        if not before.is_word or before.low in _FUNCTION or lexicon.is_verb_form(before.text):
            return False
    return False


# Prepositions by which a noun phrase modifies the noun before it: "a call about the fire".
_OF_NOUN = frozenset(["of", "about", "into", "over", "for"])
_WHEN_WORDS = lexicon.TIME_WORDS | {"earlier", "later"}


# Determiners by which "N of the ..." picks a part out of a set named after them.
_OF_SET = frozenset(["the", "its", "their", "these", "those"])


def _named_whole(right: Sequence[Token]) -> tuple[str, Token | None, bool] | None:
    """The set a bare number is a part of, the verb that picks the part out, and whether it does.

    "Seven of the derailed cars carried fuel": ("derailed cars", carried). Only a set
    named by plain words ending in a plural noun; a set that states its own size
    ("of the train's 141 cars") or none ("two of the three") names no count here.
    """
    if len(right) < 3 or right[0].low != "of" or right[1].low not in _OF_SET:
        return None
    words: list[Token] = []
    rest = right[2:]
    for token in rest[:4]:
        if token.is_word and "'" in token.text and not words:
            continue  # "of the train's 141 cars": whose set it is
        if not token.is_word:
            if token.text[:1].isdigit() and not words:
                return _counted_whole(rest[rest.index(token) + 1 :])
            break
        if not token.text.islower() or token.low in _FUNCTION or "'" in token.text:
            break
        plural = bool(words) and words[-1].low.endswith("s")
        if plural and lexicon.is_verb_form(token.text):
            break  # "the derailed cars carried": the verb after the set
        words.append(token)
    while words and lexicon.is_verb_form(words[-1].text) and not words[-1].low.endswith("s"):
        words.pop()  # "of the cars derailed": the verb is not part of the set
    if not words or not words[-1].low.endswith("s") or lexicon.is_verb_form(words[-1].text):
        return None
    verb = None
    for token in rest[len(words) : len(words) + 3]:
        if not token.is_word or token.low in lexicon.PREPOSITIONS:
            break
        if token.low in lexicon.AUXILIARIES:
            continue
        if token.text.islower() and lexicon.is_verb_form(token.text):
            verb = token
        break
    return " ".join(t.text for t in words), verb, True


def _of_the_befallen(after: Sequence[Token]) -> bool:
    """Whether the words after a number are "of the" and the people an event befell."""
    return (
        len(after) == 3
        and after[0].low == "of"
        and after[1].low == "the"
        and _befallen_set(after[2])
    )


_OF_THEM = (["of", "them"], ["of", "those"], ["of", "whom"])


def _unpicked_part(after: Sequence[Token], attribute_tokens: Sequence[str]) -> bool:
    """Whether "N of them" is a part of a set counted before, picked by no event we read.

    "Five miners were treated, and three of them were still there Thursday": three of the
    five, never a count of the miners itself. A part picked by an event ("three of them
    died", "two of them were taken to a hospital") is read by that event instead.
    """
    return (
        [t.low for t in after[:2]] in _OF_THEM
        and bool(attribute_tokens)
        and PART not in attribute_tokens
        and not any(t.startswith("e:") for t in attribute_tokens)
    )


def _picker_of_part(tokens: Sequence[Token], k: int) -> Token | None:
    """The word at ``tokens[k]``, after auxiliaries and adverbs, that picks a part out.

    "26 of them walked out", "three of them were still there": "walked", "there"; two
    parts of one set, picked by other words, are two counts.
    """
    while k < len(tokens) and (tokens[k].low in lexicon.AUXILIARIES or _is_adverb(tokens[k])):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return None
    return tokens[k]


def _befallen_set(token: Token) -> bool:
    """Whether a participle after "of the" names the people an event befell: "the injured"."""
    return (
        token.low.endswith("ed")
        and lexicon.event_class(token.text) is not None
        and lexicon.is_verb_form(token.low)
    )


_ORDINAL_ENDS = frozenset(["st", "nd", "rd", "th"])


def _noun_after_compound(right: Sequence[Token]) -> str | None:
    """The plural noun a number counts past a hyphened adjective: "three 17th-century paintings".

    "two two-story houses", "three 19th-century barns": the adjective's parts ("17", "th",
    "-", "century") come between the number and its noun, so the number alone was read.
    """
    k = 0
    if k < len(right) and (right[k].is_word or right[k].text[:1].isdigit()):
        k += 1
        if k < len(right) and right[k].low in _ORDINAL_ENDS:
            k += 1
    if k + 2 >= len(right) or right[k].text not in "-‐" or not right[k + 1].is_word:
        return None
    noun = right[k + 2]
    if not _plain_noun(noun) or not noun.low.endswith("s") or lexicon.is_verb_form(noun.text):
        return None
    return noun.text


_OF_THOSE = (["of", "those", ","], ["of", "them", ","], ["of", "these", ","])


def _of_those_before(tokens: Sequence[Token], start: int) -> bool:
    """Whether a number follows "Of those," or "Of them,": a part of a set counted before.

    Or a breakdown's part (:func:`_breakdown_comma`): "Of those hurt, 8 are pupils and 5
    are staff", "Of the 40 wells tested, 6 failed the test".
    """
    i = _at(tokens, start)
    if i >= 3 and [t.low for t in tokens[i - 3 : i]] in _OF_THOSE:
        return True
    return _breakdown_comma(tokens, i) is not None


def _breakdown_comma(tokens: Sequence[Token], i: int) -> int | None:
    """The comma closing a sentence's opening "Of the/those ..." before a part at ``i``.

    The part stands right after the comma ("Of the 40 students, 12 were seniors"), or is
    the next of a list of parts begun there ("..., 12 were seniors and 20 were juniors").
    """
    if len(tokens) < 4 or tokens[0].low != "of" or tokens[1].low not in _SET_WORDS:
        return None
    comma = next((k for k in range(2, min(i, 10)) if tokens[k].text == ","), None)
    if comma is None:
        return None
    if i == comma + 1:
        return comma
    first = tokens[comma + 1]
    numeral = first.text[:1].isdigit() or first.low in SMALL
    linked = tokens[i - 1].low in ("and", ",") and i > comma + 2
    between = tokens[comma + 2 : i - 1]
    if numeral and linked and all(t.text != "," or t is tokens[i - 1] for t in between):
        return comma
    return None


_SET_WORDS = frozenset(["the", "those", "these", "them", "all"])
_PLURAL_HEADS = frozenset(["children", "people", "men", "women"])


def _named_after_be(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """The noun a part is said to be: "Of those, 5 are tank cars" -> "tank cars"; or None.

    Only a part of a set counted before ("Of those,"), and plain lowercase words ending in a
    plural noun after "are" or "were": "3 were flatbeds carrying timber". A part of a set
    counted in the sentence's opening with no such noun is of the set's noun: "Of the 15
    samples taken, 11 exceeded the limit" counts 11 samples.
    """
    if not _of_those_before(tokens, start):
        return None
    k = _at(tokens, end)
    if k >= len(tokens) or tokens[k].low not in ("are", "were"):
        return _noun_of_the_set(tokens, _at(tokens, start))
    words: list[Token] = []
    for token in tokens[k + 1 : k + 4]:
        if not _plain_noun(token) or token.low in _FUNCTION:
            break
        words.append(token)
    while words and not (words[-1].low.endswith("s") or words[-1].low in _PLURAL_HEADS):
        words.pop()
    if not words:
        return _noun_of_the_set(tokens, _at(tokens, start))
    return " ".join(t.text for t in words)


def _noun_of_the_set(tokens: Sequence[Token], i: int) -> str | None:
    """The plural noun of an opening "Of the N nouns ...," before a part at ``i``, or None."""
    if _breakdown_comma(tokens, i) is None or len(tokens) < 4:
        return None
    count = tokens[2]
    if tokens[1].low != "the" or not (count.text[:1].isdigit() or count.low in SMALL):
        return None
    words: list[Token] = []
    for token in tokens[3:6]:
        if not _plain_noun(token):
            break
        words.append(token)
    while words and not (words[-1].low.endswith("s") or words[-1].low in _PLURAL_HEADS):
        words.pop()
    return " ".join(t.text for t in words) if words else None


# Verbs that make their object do what the "to" after it says: "forced 600 campers to
# leave", "ordered 80 shoppers to go", "prompted 40 families to flee".
_MAKING = frozenset(["force", "order", "prompt", "cause", "compel", "lead", "tell", "urge"])


def _made_to_do(verb: Token, left: Sequence[Token], right: Sequence[Token]) -> Token | None:
    """The doing a count is made to do, when its verb is one of making: "to evacuate".

    "The blaze forced 600 campers to leave": 600 campers left, as another account's
    "600 campers left" says; the making verb only says why. Only the
    count right after its verb (an article or a bound between) and "to" and a verb right
    after the count.
    """
    if lexicon.lemma(verb.low) not in _MAKING or not left:
        return None
    bounded = len(left) > 1 and left[-2] is verb and left[-1].low in _BEFORE_A_COUNT
    if left[-1] is not verb and not bounded:
        return None
    if len(right) < 2 or right[0].low != "to":
        return None
    doing = right[1]
    if not doing.is_word or not doing.text.islower() or doing.low in _FUNCTION:
        return None
    return doing if lexicon.is_verb_form(doing.low) else None


# Words between a verb and its count: "forced some 2,000", "forced about 300".
_BEFORE_A_COUNT = frozenset(["some", "about", "around", "roughly", "nearly", "almost", "more"])


def _those_named(tokens: Sequence[Token], end: int) -> str | None:
    """What a part "of those" or "of these" plus a noun is: its noun, or what it is said to be.

    "About 70 of those drivers are night volunteers": 70 night volunteers;
    "20 of those drivers live in town": 20 drivers. The set names the noun, so the part
    never takes the noun of the last count read ("operates 300 beds"). "of those
    detained", "of those infected" (a participle, no noun) are read by their verb, and
    "of those cuts" (a noun of a doing) refers back to what was cut, as "of those" does.
    """
    i = _at(tokens, end)
    if [t.low for t in tokens[i : i + 2]] not in (["of", "those"], ["of", "these"]):
        return None
    named = _named_whole(tokens[i:])
    if named is None or not named[2]:
        return None
    if lexicon.is_verb_form(lexicon.lemma(named[0].split()[-1].lower())):
        return None  # "950 jobs ... 120 of those cuts": a noun of a doing refers back
    k = i + 2 + len(named[0].split())
    if k >= len(tokens) or tokens[k].low not in ("are", "were"):
        return named[0]
    words: list[Token] = []
    for token in tokens[k + 1 : k + 4]:
        if not token.is_word or not token.text.islower() or token.low in _FUNCTION:
            break
        words.append(token)
    while words and not (words[-1].low.endswith("s") and _plain_noun(words[-1])):
        words.pop()  # "are night volunteers", not "are expected to retire"
    return " ".join(t.text for t in words) if words else named[0]


def _referred_part(tokens: Sequence[Token], end: int) -> tuple[Token, str] | None:
    """The verb and its event that pick a part out of a set counted before, or None.

    "Four of the six face charges", "three of those detained were charged": "of
    the" and a number with no noun of its own, or "of those" and a participle, refer to
    an earlier count; what the part is picked out by is the event of the verb after it,
    or of the noun a light verb takes ("face charges" is charged).
    """
    i = _at(tokens, end)
    words = [t.low for t in tokens[i : i + 3]]
    if words[:2] == ["of", "the"] and len(words) == 3 and _befallen_set(tokens[i + 2]):
        k = i + 3  # "six of the injured were taken to hospitals": a part of the injured
    elif words[:2] == ["of", "the"] and len(words) == 3:
        number = tokens[i + 2]
        if not (number.low in SMALL or number.text[:1].isdigit()):
            return None
        k = i + 3
        noun = k < len(tokens) and _plain_noun(tokens[k]) and tokens[k].low.endswith("s")
        if noun and not lexicon.is_verb_form(lexicon.lemma(tokens[k].low)):
            return None  # "four of the six vans": a set that names its noun
    elif words[:2] in (["of", "those"], ["of", "these"]) and len(words) == 3:
        if not (tokens[i + 2].low.endswith("ed") and lexicon.is_verb_form(tokens[i + 2].low)):
            return None
        k = i + 3
    else:
        return None
    while k < len(tokens) and (tokens[k].low in lexicon.AUXILIARIES or _is_adverb(tokens[k])):
        k += 1
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return None
    verb = tokens[k]
    named = lexicon.event_class(verb.text)
    if named is None and lexicon.lemma(verb.low) in _LIGHT_VERBS:
        for token in tokens[k + 1 : k + 4]:
            if not token.is_word or token.low in lexicon.PREPOSITIONS:
                break
            named = lexicon.event_class(token.text)
            if named:
                break
    if named is None and lexicon.is_verb_form(lexicon.lemma(verb.low)):
        named = lexicon.lemma(verb.low)
    return (verb, named) if named else None


def _worded_side(link: Sequence[Token]) -> bool:
    """Whether ``link`` is "to" (or "-to-") then a tally's other side: "five to two"."""
    # "six votes to three": the noun of the votes told between the sides
    words = [t.low for t in link if t.text not in "-–" and t.low not in ("vote", "votes")]
    if len(words) < 2 or words[0] != "to":
        return False
    return words[1].isdigit() or words[1] in SMALL


def _vote_side(tokens: Sequence[Token], start: int, end: int, value: Value) -> str | None:
    """The side a count of votes is on, as a token ("~for", "~against"), or None.

    A tally's first number is the winning side's, its second the losing side's: for and
    against a measure passed ("passed on a 7-2 vote"), the other way round for one
    "rejected" or "defeated". A count followed by "voted yes/no", "voted for/against",
    "voted in favor" is on that side.
    """
    if not isinstance(value, Quantity) or value.kind not in ("count", "number"):
        return None
    first, last = _at(tokens, start), _at(tokens, end)
    if value.unit == "votes" and value.kind == "count":
        dash = last + 1 < len(tokens) and tokens[last].text in "-–"
        leading = (dash and tokens[last + 1].text[:1].isdigit()) or _worded_side(
            tokens[last : last + 4]
        )
        trailing = (
            first > 1 and tokens[first - 1].text in "-–" and tokens[first - 2].text[:1].isdigit()
        ) or _worded_side(tokens[max(0, first - 4) : first][::-1])
        if leading or trailing:
            defeated = any(t.low in _DEFEATED for t in tokens)
            return "~for" if leading != defeated else "~against"
    after = [t.low for t in tokens[last : last + 3]]
    if not after or after[0] not in ("voted", "vote", "votes"):
        return None
    if after[1:2] in (["yes"], ["for"]) or after[1:3] in (["in", "favor"], ["in", "favour"]):
        return "~for"
    if after[1:2] in (["no"], ["against"]):
        return "~against"
    return None


def _pair_side(
    tokens: Sequence[Token], start: int, end: int, value: Value
) -> tuple[str, str] | None:
    """What a side of a dashed pair is, as tokens: ("score", "~winner"), ("record", "~wins").

    A number of :func:`find_tallies` counted in points is a game's score: the larger side
    the winner's, whatever order the writer chose ("lost 51-58"); one in wins, losses or
    ties is a season's record. Two sources' scores meet side by side.
    """
    if not isinstance(value, Quantity) or value.unit not in _PAIR_SIDES or not value.is_exact:
        return None
    first, last = _at(tokens, start), _at(tokens, end)
    dash = last + 1 < len(tokens) and tokens[last].text in "-\u2013"
    other = tokens[last + 1] if dash and tokens[last + 1].text.isdigit() else None
    if other is None and first > 1 and tokens[first - 1].text in "-\u2013":
        other = tokens[first - 2] if tokens[first - 2].text.isdigit() else None
    if other is None:
        return None
    if value.unit != SCORE_POINTS:
        return "record", _PAIR_SIDES[value.unit]
    mine, theirs = value.low or 0.0, float(other.text)
    return "score", "~winner" if mine > theirs else "~loser" if mine < theirs else "~tied"


_PAIR_SIDES = {SCORE_POINTS: "", "wins": "~wins", "losses": "~losses", "ties": "~ties"}


# Verbs of a measure voted down: the winning side of its tally voted against it.
_DEFEATED = frozenset(["rejected", "defeated", "failed", "denied", "overturned", "blocked"])


def _whole_size(tokens: Sequence[Token], end: int) -> float | None:
    """The number of "of the six" right after a part with no noun of its own, or None."""
    i = _at(tokens, end)
    if i + 2 >= len(tokens) or [t.low for t in tokens[i : i + 2]] != ["of", "the"]:
        return None
    if _referred_part(tokens, end) is None:
        return None
    number = tokens[i + 2]
    if number.low in SMALL:
        return float(SMALL[number.low])
    digits = number.text.replace(",", "")
    return float(digits) if digits.isdigit() else None


# Verbs whose object says what befalls the subject: "face charges", "suffered injuries".
_LIGHT_VERBS = frozenset(["face", "suffer", "receive", "get", "sustain"])


# "licensed to carry", "designed to hold", "able to seat": what a thing may hold, not holds.
_MAY = frozenset(
    "licensed certified rated designed built able allowed permitted authorized equipped".split()
)
_HOLD = frozenset("carry hold seat accommodate house transport take".split())


def _capacity(tokens: Sequence[Token], start: int) -> bool:
    """Whether a count is a capacity: "licensed to carry up to 350 passengers"."""
    i = _at(tokens, start)
    before = [t.low for t in tokens[max(0, i - 5) : i] if t.low not in ("up", "to", "as", "many")]
    window = [t.low for t in tokens[max(0, i - 5) : i]]
    return len(before) >= 2 and before[-1] in _HOLD and before[-2] in _MAY and "to" in window


_FUND_REACH = 6


def _given_to_a_fund(tokens: Sequence[Token], end: int) -> tuple[str, tuple[str, ...]] | None:
    """The fund a sum is given to, as an attribute and its tokens ("money" first), or None.

    "has committed $2.5 million to a Ashgrove Community Relief Fund", "pledged $1 million
    for the victims' fund": the sum is the fund's, named by the words of the fund.
    """
    k = _at(tokens, end)
    if k + 2 >= len(tokens) or tokens[k].low not in ("to", "for", "toward", "towards"):
        return None
    if tokens[k + 1].low not in ("a", "an", "the", "its"):
        return None
    words: list[Token] = []
    for token in tokens[k + 2 : k + 2 + _FUND_REACH]:
        if not token.is_word:
            return None
        words.append(token)
        if lexicon.lemma(token.low) == "fund":
            break
    else:
        return None
    found = normalise(words)
    head = found[-1]  # the fund's own token ("money")
    return " ".join(t.text for t in words), (head, *dict.fromkeys(t for t in found if t != head))


WORTH = "valu"  # the token "valued" gives: "valued at $40 million", "worth $40 million"
# Words between "worth" or "valued at" and the sum: "worth more than", "valued at an estimated".
_WORTH_LEADS = frozenset(
    "an a estimated about around roughly some nearly almost approximately more less than over"
    " up to at least".split()
)


def _worth(tokens: Sequence[Token], start: int) -> bool:
    """Whether a sum is what something is worth: "worth €18m", "valued at about $40 million"."""
    k = _at(tokens, start) - 1
    while k >= 0 and tokens[k].low in _WORTH_LEADS and tokens[k].low != "at":
        k -= 1
    if k >= 0 and tokens[k].low == "worth":
        return True
    return k >= 1 and tokens[k].low == "at" and tokens[k - 1].low == "valued"


def _as_worth(attribute: str | None, found: tuple[str, ...]) -> tuple[str, ...]:
    """A sum's tokens as a worth: "valu" and the nouns of what is worth it, no verb or event.

    "thieves took four paintings worth €18m" / "paintings valued at 18 million euros": the
    worth of the paintings, not a sum taken; "art experts say may be worth $50 million" is
    no sum said. Words inflected as verbs ("took", "say") and events are left out.
    """
    verbs = set()
    for word in (attribute or "").split():
        low = word.casefold()
        if (lexicon.is_verb_form(low) and lexicon.lemma(low) != low) or low in lexicon.SPEECH_VERBS:
            verbs.add(lexicon.noun_token(low) or lexicon.lemma(low))
    kept = [t for t in found if t != WORTH and not t.startswith("e:") and t not in verbs]
    return (WORTH, *kept)


_CARRIED = frozenset(["carry", "carried", "carrying", "carries"])


def _carried(tokens: Sequence[Token], start: int) -> bool:
    """Whether a count is all a vessel carried: "a ship carrying nearly 2,900 passengers".

    As "of the 2,900 passengers on board", the whole of which those who fell ill or were
    hurt are a part, never their count. Not a capacity ("licensed to carry up to 350").
    """
    i = _at(tokens, start)
    return i > 0 and tokens[i - 1].low in _CARRIED and not _capacity(tokens, start)


def _whole_of_part(tokens: Sequence[Token], start: int) -> bool:
    """Whether a count is the whole a number before it is a part of: "38 of the 141 cars"."""
    i = _at(tokens, start)
    before = [t for t in tokens[max(0, i - 4) : i] if not (t.is_word and "'" in t.text)]
    return (
        len(before) >= 3
        and before[-1].low in _OF_SET
        and before[-2].low == "of"
        and before[-3].text[:1].isdigit()
    )


# Words that take a few of a whole counted after "of the": "two of the five", "none of the".
# Not "all", "both", "each": what befalls them befalls the whole.
_PART_WORDS = frozenset(["none", "some", "most", "either", "neither"])


def _whole_of_a_few(tokens: Sequence[Token], start: int) -> bool:
    """Whether a count is the whole a part is taken of: "one of the six riders".

    The verb after the whole is the part's: in "two of the six riders died" the two
    died, and the five are only those of whom they are; what befell the five is told, if
    at all, inside their own phrase ("the six riders hurt"), which the clause reading
    of the count gives.
    """
    i = _at(tokens, start)
    if i < 3 or tokens[i - 1].low not in ("the", "those", "these") or tokens[i - 2].low != "of":
        return False
    part = tokens[i - 3]
    return part.low in _PART_WORDS or part.low in SMALL or part.text.isdigit()


RATE = "~rate"  # "9,000 cars a day": how many in each day, week or year, not a count
# Adverbs of a rate, and the periods a rate is counted in ("a day", "per year", "each week").
_RATE_WORDS = frozenset(["daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly"])
_RATE_PERIODS = frozenset(["day", "week", "month", "year", "night", "hour", "weekday", "weekend"])
_EACH = frozenset(["a", "an", "per", "each", "every"])


def _per_period(tokens: Sequence[Token], end: int) -> bool:
    """Whether a count is a rate: "9,000 cars daily", "about 9,000 vehicles per day".

    A rate is how many pass, visit or are made in each period, never a count of those at
    one time ("seven cars were on the bridge"), nor agreeing or in conflict with one.
    Not "a year ago" (when), nor "a day's work".
    """
    k = _at(tokens, end)
    right = [t.low for t in tokens[k : k + 3]]
    if right[:1] and right[0] in _RATE_WORDS:
        return True
    return (
        len(right) >= 2
        and right[0] in _EACH
        and right[1] in _RATE_PERIODS
        and right[2:3] != ["ago"]
    )


def _counted_whole(right: Sequence[Token]) -> tuple[str, Token | None, bool] | None:
    """A part of a whole with its size, "38 of the 141 cars": 38 cars, in the whole's noun.

    A part of a whole that states its size is a count of that noun with no verb to tell
    it apart ("38 cars derailed"); the whole ("141 cars") is a count of its own.
    """
    noun = right[0] if right else None
    if noun is None or not noun.is_word or not noun.text.islower() or noun.low in _FUNCTION:
        return None
    if lexicon.is_verb_form(noun.text):
        return None
    if not noun.low.endswith("s"):
        # "19 of the ship's 1,160 crew members": a noun naming the plural one after it
        second = right[1] if len(right) > 1 else None
        if second is None or not second.is_word or not second.text.islower():
            return None
        if not second.low.endswith("s") or lexicon.is_verb_form(second.text):
            return None
        return f"{noun.text} {second.text}", None, False
    return noun.text, None, False


def _plain_noun(token: Token) -> bool:
    """Whether a word stands as a noun: lowercase, not inflected as a verb, no function word."""
    inflected = token.low.endswith(("ed", "ing")) or token.low in _PAST_FORMS
    return (
        token.is_word
        and token.text.islower()
        and not inflected
        and not (lexicon.lemma(token.low) != token.low and lexicon.is_verb_form(token.text))
        and token.low not in _FUNCTION
        and not _is_adverb(token)
    )


# Past forms the lexicon's verbs do not cover, after an incident noun: "a fire tore through".
_PAST_FORMS = frozenset(["tore", "swept", "ripped", "hit", "shook", "struck", "spread", "burned"])


def _clause_left(tokens: Sequence[Token], first: int) -> list[Token]:
    out: list[Token] = []
    for token in reversed(tokens[max(0, first - _WINDOW) : first]):
        if token.text in _BOUNDARIES:
            break
        out.append(token)
    out.reverse()
    return out


def _clause_right(tokens: Sequence[Token], last: int) -> list[Token]:
    out: list[Token] = []
    for token in tokens[last : last + _WINDOW]:
        if token.text in _BOUNDARIES:
            break
        out.append(token)
    return out


WIDE = "~wide"
HOSPITAL = "~hospital"  # "11 people were taken to hospitals": a part of the hurt, or all
_HOSPITAL_REACH = 8


def _to_hospital(tokens: Sequence[Token], end: int, *, past_an_aside: bool = False) -> bool:
    """Whether the hurt a count counts are those taken to or kept in a hospital.

    "11 people were taken to Mercy Hospital", "six were hospitalized", "one is in good
    condition": the words after the count in its clause, up to a comma, name a hospital or
    a condition there; ``past_an_aside``, after words set off by commas before a passive
    verb (see :func:`_aside_then_passive`).
    """
    k = _at(tokens, end)
    if past_an_aside:
        k += _aside_then_passive(tokens[k:])
    reach = _clause_right(tokens, k)[:_HOSPITAL_REACH]
    for k, token in enumerate(reach):
        if token.text == ",":
            return False
        if token.low.startswith("hospital") or token.low == "condition":
            return True
        stated = k == 0 or reach[k - 1].low in _PASSIVE or reach[k - 1].low in _REMAIN
        if token.low in _STATE_WORDS and stated and _ends_a_fragment(reach, k + 1):
            return True  # "5 hurt, 3 critical", "four remain critical": in that condition
        if token.text == "Medical" and [t.low for t in reach[k + 1 : k + 2]] in _CENTRE:
            return True  # "taken to Ashgrove Medical Center": a hospital by its name
    return False


_CENTRE = (["center"], ["centre"])
# Conditions a headline puts right after a count: "3 critical", "4 serious".
_STATE_WORDS = frozenset(["critical", "serious", "stable", "grave", "guarded", "satisfactory"])


def _ends_a_fragment(reach: Sequence[Token], k: int) -> bool:
    """Whether a headline fragment ends at ``reach[k]``: the clause's end, a comma, "and"."""
    return k >= len(reach) or reach[k].text == "," or reach[k].low in _FRAGMENT_ENDS


_FRAGMENT_ENDS = frozenset(["and", "in", "after", "following"])  # "3 critical in fire"


_ASIDE_REACH = 6


def _aside_then_passive(right: Sequence[Token]) -> int:
    """Where the clause goes on after a few words set off by commas before a passive verb.

    "Two guests, both in their 70s, were taken to hospital": the words between the commas
    say more of the guests; the clause goes on at "were taken". 0 when there is no such aside.
    """
    if not right or right[0].text != ",":
        return 0
    reach = min(len(right), _ASIDE_REACH + 2)
    close = next((k for k in range(1, reach) if right[k].text in _BOUNDARIES | {","}), 0)
    if (
        close
        and right[close].text == ","
        and close + 1 < len(right)
        and right[close + 1].low in _PASSIVE
    ):
        return close + 1
    return 0


_BE = frozenset(["be", "is", "are", "was", "were", "been", "being"])
_BE_FORMS = _BE - {"being"}
_PASSIVE = _BE_FORMS - {"be", "been"}  # the finite forms: "were taken", "is taken"
# Places people live in, and the words for those who live there: "a town of 9,000 people".
_SETTLEMENTS = frozenset(
    ["city", "town", "village", "county", "country", "nation", "community", "island", "suburb"]
)
_DWELLERS = frozenset(["people", "person", "resident", "inhabitant", "soul", "citizen"])


def _population(tokens: Sequence[Token], start: int, value: Quantity) -> bool:
    """Whether a number is how many live in a place.

    "population 51,800", "a population of about 52,000", "a city of about 52,000 people".
    """
    first = _at(tokens, start)
    left = [t.low for t in tokens[max(0, first - 2) : first]]
    if value.kind not in ("number", "count") or not left:
        return False
    if left[-1] == "population" and value.kind == "number":
        return True  # "Millford, population 51,800"
    if len(left) < 2 or left[-1] != "of":
        return False
    if left[-2] == "population":
        return True
    dwellers = value.kind == "count" and value.unit is not None
    noun = lexicon.lemma(value.unit.rsplit(maxsplit=1)[-1]) if value.unit else ""
    return dwellers and noun in _DWELLERS and lexicon.lemma(left[-2]) in _SETTLEMENTS


DEPTH = "~depth"  # "about 1,200 feet underground", "1,500 feet below ground": a depth
_LENGTHS = frozenset(["foot", "feet", "metre", "meter", "yard", "mile", "kilometre", "kilometer"])
_BELOW = frozenset(["below", "beneath", "under"])
_GROUND = frozenset(["ground", "surface", "water", "sea"])


def _below_ground(value: Value, tokens: Sequence[Token], end: int) -> bool:
    """Whether a length is a depth: "1,200 feet underground", "1,500 feet below the surface".

    Two wordings of one depth meet; a depth is no height or distance ("climbed 1,500 feet").
    """
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return False
    if lexicon.lemma(value.unit.rsplit(maxsplit=1)[-1].casefold()) not in _LENGTHS:
        return False
    k = _at(tokens, end)
    words = [t.low for t in tokens[k : k + 3]]
    if words[:1] in (["underground"], ["deep"], ["down"]):
        return True
    if words[:1] and words[0] in _BELOW:
        rest = words[2:3] if words[1:2] == ["the"] else words[1:2]
        return bool(rest) and rest[0] in _GROUND
    return False


DISTANCE = "~distance"  # "about 3 kilometers off Elm Bay": how far from a named place
_FROM = frozenset(["from", "off"])


def _distance_from(value: Value, tokens: Sequence[Token], end: int) -> str | None:
    """The named place a length is a distance from, as a token ("3 km off Elm Bay": "@elm").

    "sank about 3 kilometers from Elm Bay port" / "ran aground three kilometers off Elm Bay":
    one distance, of the place named after "from" or "off" (its first word, so "Elm Bay" and
    "Elm Bay port" are one place; a place token, so a distance from another place contrasts).
    One from no named place ("a mile from the school") is left as it was.
    """
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return None
    if lexicon.lemma(value.unit.rsplit(maxsplit=1)[-1].casefold()) not in _LENGTHS:
        return None
    k = _at(tokens, end)
    if k < len(tokens) and tokens[k].text == "(":
        close = next((i for i in range(k, min(k + 6, len(tokens))) if tokens[i].text == ")"), None)
        k = k if close is None else close + 1  # "3 kilometers (2 miles) from Elm Bay"
    elif k < len(tokens) and tokens[k].text == ")":
        k += 1  # "(2 miles) from Elm Bay": the figure in brackets is the same distance
    if k + 1 >= len(tokens) or tokens[k].low not in _FROM:
        return None
    name = tokens[k + 1]
    if not name.is_word or not name.text[:1].isupper():
        return None
    return "@" + name.low


PRESENT = "~present"  # "40 workers were underground": those there at the time, not all
_THERE = frozenset(["underground", "inside", "aboard", "onboard", "present"])
_RELATIVES = frozenset(["who", "that", "which"])


def _present_at(tokens: Sequence[Token], end: int) -> bool:
    """Whether a count counts those who were at a place at the time: a part of all.

    "Forty miners were underground when the roof fell", "all 30 workers who were inside
    the plant": those present, never the workforce ("the plant employs 300 people").
    """
    k = _at(tokens, end)
    if k < len(tokens) and tokens[k].low in _RELATIVES:
        k += 1
    return k + 1 < len(tokens) and tokens[k].low in _PASSIVE and tokens[k + 1].low in _THERE


TOGETHER = "~together"  # "40 guests and staff": one count of two sets together


def _with_another_noun(tokens: Sequence[Token], end: int) -> bool:
    """Whether a count's noun is joined by "and" to one other noun it counts as well.

    "sickened 40 guests and staff", "has 400 employees and contractors and makes ...": one
    count of both sets together. Not "two cars and a van" nor "14 shops and more than 90
    stalls" (a set with its own count), "5,000 staff and large offices" (a longer phrase),
    nor "killed two and injured five" (a verb after "and").
    """
    k = _at(tokens, end)
    right = tokens[k : k + 3]
    if len(right) < 2 or right[0].low != "and":
        return False
    noun = right[1]
    if not noun.is_word or not noun.text.islower() or noun.low in _FUNCTION:
        return False
    if lexicon.is_verb_form(noun.text) or noun.low in SMALL or noun.low in _MORE_OR_LESS:
        return False
    if len(right) < 3:
        return True
    after = right[2]
    return (
        not after.is_word
        or after.low in ("and", "or")
        or after.low in lexicon.PREPOSITIONS
        or lexicon.is_verb_form(after.text)
    )


_MORE_OR_LESS = frozenset(["more", "less", "fewer", "about", "nearly", "some", "over", "almost"])
CONFIRMED = "confirm"  # "nine cases have been confirmed": the confirmed cases, a part of all
_BEEN = frozenset(["have", "has", "had", "been", "were", "was", "are", "is", "now", "since"])


def _confirmed_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether the cases a count counts are said to be confirmed: "nine cases were confirmed".

    As "nine confirmed cases": a part of the cases, confirmed by a test, of all those
    counted ("looking into 30 cases of fever").
    """
    k = _at(tokens, end)
    while k < len(tokens) and tokens[k].low in _BEEN:
        k += 1
    return k > _at(tokens, end) and k < len(tokens) and tokens[k].low == "confirmed"


# A day stands in for a time of day while its verb and event are read: a time is read as
# the date of its clause is ("the blast happened at 4:45 a.m.", "was shot around 11 p.m.").
_ONE_DAY = DateRange(start=dt.date(2000, 1, 1), end=dt.date(2000, 1, 1))
# The head of a time of day's attribute, a mark: times meet times only, and two times of
# different events ("arrived at 11:05 p.m.", "called at 11 p.m.") never meet as one noun.
CLOCK = "~clock"
# Words between a verb and the time it is done at: "reported just after 7 p.m.".
_TIME_LEADS = frozenset(
    "at about around approximately roughly shortly just before after nearly almost".split()
)


def _said_at(tokens: Sequence[Token], first: int) -> bool:
    """Whether a time is when something was said or reported: "was reported at 7 p.m.".

    The time of a report or a statement is not the time of what it reports, which
    another source may state ("the shooting happened around 6:45 p.m.").
    """
    k = first - 1
    while k >= 0 and tokens[k].low in _TIME_LEADS:
        k -= 1
    return k >= 0 and (
        tokens[k].low in lexicon.SPEECH_VERBS or lexicon.lemma(tokens[k].low) in lexicon.REPORTING
    )


def _ordinal_tokens(
    value: Quantity, tokens: Sequence[Token], text: str, span: tuple[int, int], sentence: Span
) -> tuple[str, ...]:
    """What an ordinal places, as tokens: its noun, its series, for a rank the verb.

    "the fourth launch failure this year" is a place among launch failures, so it meets
    "the third launch failure this year" (two places of one thing) and nothing counted
    ("four launch failures" is a count, of another family). The series it is counted in
    is a mark ("~since", "~year"): "the second shot since Saturday" and "the third in two
    days" are places in two series. A rank ("finished 23rd", "placed second") places
    someone by what they did: "place" and the verb's lemma.
    """
    start, end = span
    found = _unit_tokens(value.unit or "")
    series = ordinal_series(text, sentence.start, sentence.end, start, end)
    if series is not None:
        found = (*found, "~" + series.replace(" ", ""))
    if value.unit == "place":
        k = _at(tokens, start)
        verbs = [t.low for t in tokens[max(0, k - 2) : k] if t.low not in ("in", "into", "to")]
        if verbs and verbs[-1] not in ("the", "his", "her", "their", "its"):
            found = (*found, lexicon.lemma(verbs[-1]))
    return found


def _time_attribute(
    tokens: Sequence[Token], context: _Context, *, lead: bool
) -> tuple[str | None, tuple[str, ...]]:
    """The attribute of a time of day: the event its clause dates, as a date's would be.

    "The blast happened at about 4:45 a.m." is the time of the explosion; "police were
    called around 11 p.m." the time of a call, which another moment of the same night
    ("the shooting happened at 10:40 p.m.") is not. A death's time is apart from the
    attack's ("died at 2 a.m."). With no event read, nothing is compared.
    """
    attribute, found = _attribute(_ONE_DAY, context, lead=lead)
    if attribute is not None:
        attribute = "time" + attribute.removeprefix("date")
    if not found:
        return attribute, ()
    if _dying(tokens, context.verb):
        found = (*found, DIED)
    return attribute, (CLOCK, *found)


def _people_befallen(attribute_tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens of the hurt picked out by a place or a state: no part, and "the injured" people."""
    event = attribute_tokens[0]
    kept = [
        "person" if lexicon.event_class(t) == event else t
        for t in attribute_tokens[1:]
        if t != PART
    ]
    return (event, *dict.fromkeys(kept))


# A patient's condition as hospitals report it: "in critical condition".
_CONDITIONS = frozenset(
    ["critical", "serious", "stable", "fair", "good", "grave", "guarded", "satisfactory"]
)
_CONDITION_REACH = 8


def _condition(tokens: Sequence[Token], end: int) -> str | None:
    """The condition a part of the hurt is said to be in, as a mark ("~critical").

    "two of them were in critical condition", "three of the injured are in serious
    condition": such a part is a set of its own, never the hurt or the people taken to
    hospital, whose number another source states. A count that picks out no part ("two are
    in critical condition") may be all the hurt, and is left as it was.
    """
    k = _at(tokens, end)
    if k >= len(tokens) or tokens[k].low != "of":
        return None  # "two are in critical condition" may be all of the hurt
    for j in range(k, min(len(tokens), k + _CONDITION_REACH)):
        if tokens[j].text in _BOUNDARIES or tokens[j].text == ",":
            return None
        if tokens[j].low == "condition":
            # "in critical but stable condition": the first of the words says it
            named = [t.low for t in tokens[max(k, j - 3) : j] if t.low in _CONDITIONS]
            return "~" + named[0] if named else None
    return None


def _numbered_hurt(text: str, start: int, attribute_tokens: Sequence[str]) -> bool:
    """Whether a claim counts the hurt with a number: "Four people", "3", not "He", "the child".

    A person described ("the child is in critical condition") is one of the hurt counted,
    whatever the condition; only a number picks out a part of them.
    """
    if attribute_tokens[:1] != ("e:injured",):
        return False
    head = text[start : start + 16].split(maxsplit=1)
    word = head[0].casefold() if head else ""
    return word[:1].isdigit() or word in SMALL


def _hurt_counted_before(out: Sequence[Claim]) -> bool:
    """Whether the sentence counted the hurt before: a count claim with "e:injured"."""
    return any(isinstance(c.value, Quantity) and "e:injured" in c.attribute_tokens for c in out)


def _stated_condition(tokens: Sequence[Token], end: int) -> str | None:
    """The condition a bare count's own clause puts it in, as a mark ("~critical"), or None.

    "three were listed in guarded condition", "four remain critical", "3 critical": the
    first condition word, unless a hospital is named first ("three were airlifted to a clinic
    in serious condition" counts those taken there).
    """
    reach = _clause_right(tokens, _at(tokens, end))[:_CONDITION_REACH]
    for k, token in enumerate(reach):
        if token.text == "," and k:
            return None
        if token.low.startswith("hospital") or token.low == "medical":
            return None
        if token.low in _CONDITIONS and k + 1 < len(reach) and reach[k + 1].low == "condition":
            return "~" + token.low
        if token.low in _STATE_WORDS and _ends_a_fragment(reach, k + 1):
            return "~" + token.low
    return None


def _confirmed_in(tokens: Sequence[Token], start: int, verb: Token | None) -> bool:
    """Whether something was confirmed in the cases counted: "tests confirmed the virus in 9 cases".

    Not "the office confirmed 42 cases", which announces how many cases there are.
    """
    first = _at(tokens, start)
    after_in = first > 0 and tokens[first - 1].low == "in"
    return after_in and verb is not None and lexicon.lemma(verb.low) == "confirm"


def _taken_subject(tokens: Sequence[Token], end: int) -> bool:
    """Whether a bare number is the subject of a passive that takes it to a hospital.

    "five were flown to Mercy Hospital", "one of them was rushed to hospitals", "six of the
    injured were taken to hospitals", "four remained in guarded condition"; not an
    object ("the blast sent eight to hospital"), which is read with its verb.
    """
    k = _at(tokens, end)
    if [t.low for t in tokens[k : k + 2]] in (["of", "them"], ["of", "those"]):
        k += 2
    elif _of_the_befallen(tokens[k : k + 3]):
        k += 3  # "Six of the injured were taken to hospitals"
        if k < len(tokens) and tokens[k].low not in _PASSIVE and _plain_noun(tokens[k]):
            k += 1  # "Five of the rescued miners were taken to hospitals"
    state = k < len(tokens) and (tokens[k].low in _PASSIVE or tokens[k].low in _REMAIN)
    if k < len(tokens) and (tokens[k].low == "in" or tokens[k].low in _STATE_WORDS):
        state = True  # "5 hurt, 3 in serious condition", "3 critical": a headline's state
    return state and _to_hospital(tokens, end)


# "four remained in guarded condition" as "four were in guarded condition"
_REMAIN = frozenset(["remain", "remains", "remained"])
OF_A_WHOLE = "#of:"  # "3,140 of its 6,250 workers": the whole a part is told of, by its value


def _whole_stated_after(
    tokens: Sequence[Token], values: Sequence[tuple[int, int, Value]], end: int
) -> str | None:
    """The whole a count is a part of, stated right after it, as a mark ("#of:6250"), or None.

    "3,140 of its 6,250 workers", "8 of the 14 counts": the count is a part of that whole,
    which another source may give alone ("employs 6,250 people"): never in conflict with it.
    """
    k = _at(tokens, end)
    after = [t for t in tokens[k : k + 5] if not (t.is_word and "'" in t.text)]
    if len(after) < 3 or after[0].low != "of" or after[1].low not in _OF_SET:
        return None
    for s, _, value in values:
        if s == after[2].start and isinstance(value, Quantity) and value.low is not None:
            return f"{OF_A_WHOLE}{value.low:g}"
    return None


_SMALL_NUMBERS = frozenset(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty dozen""".split()
)
# Words that end the kind a count is "of": "12 counts of wire fraud, three of perjury".
_KIND_ENDS = frozenset(["and", "or", "but", "while", "as", "in", "on", "at", "for", "with"])


def _kind_after(tokens: Sequence[Token], end: int) -> list[Token]:
    """The words of "of <kind>" right after a count ("counts of wire fraud"), or none.

    Not a partitive or a measure ("of the 27", "of them", "of 4 feet"): only a kind in words.
    """
    k = _at(tokens, end)
    if k >= len(tokens) or tokens[k].low != "of":
        return []
    words: list[Token] = []
    for token in tokens[k + 1 : k + 7]:
        if token.text == "," or _is_boundary(token) or token.low in _KIND_ENDS:
            break
        words.append(token)
    if not words or words[0].low in _OF_SET or words[0].low in ("them", "us", "a", "an"):
        return []
    if any(not t.is_word or t.text[:1].isdigit() for t in words):
        return []
    return words


def _one_kind_of_several(
    tokens: Sequence[Token],
    values: Sequence[tuple[int, int, Value]],
    start: int,
    end: int,
    value: Value,
) -> tuple[str, ...] | None:
    """The kind a count is of, when its sentence counts the same thing of other kinds too.

    "charged with 12 counts of wire fraud and three counts of perjury": each is a part of
    the counts by its kind, as the kind's words ("wire", "fraud"); never the whole ("15
    counts"), nor in conflict with it. None when the sentence lists no other kind.
    """
    if not isinstance(value, Quantity) or not value.unit or _a_measure(value.unit):
        return None  # "6 pounds of cocaine, 28 pounds of heroin": each its own measure
    mine = _kind_after(tokens, end)
    if not mine:
        return None
    kind = " ".join(t.low for t in mine)
    for s, e, other in values:
        if (s, e) == (start, end) or not isinstance(other, Quantity) or other.unit != value.unit:
            continue
        theirs = _kind_after(tokens, e)
        if theirs and " ".join(t.low for t in theirs) != kind:
            return tuple(normalise(mine))
    return None


def _a_measure(unit: str) -> bool:
    """Whether a unit is one of measure ("pounds", "gallons"), not a noun counted."""
    from reconcile.judge import UNITS  # noqa: PLC0415 - judge reads extraction's lexicon

    words = [lexicon.lemma(w.casefold()) for w in unit.split()]
    return any(w in lexicon.MEASURES or w in UNITS for w in words)


ONE_S, ALL_S = "^n:one", "^n:all"  # "she paid $9,200" / "fees totaling $305,000"
# Verbs of paying or losing an amount: "she paid $9,200", "he lost $37,400".
_PAYING_ONE = frozenset(["pay", "paid", "pays", "give", "gave", "lose", "lost", "spend", "spent"])
_ONE_PAYER = frozenset(["she", "he", "i"])
_SUM_WORDS = frozenset(["totaling", "totalling", "totaled", "totalled", "total", "combined"])
_PAYER_REACH = 4


# A percentage told as a part of a whole, or as a change: two measures, never one fact.
SHARE_PART, SHARE_CHANGE = "^r:part", "^r:change"
_CHANGE_BEFORE = frozenset(["by"])


def _a_part_or_a_change(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """Whether a percentage is a part of a whole (``^r:part``), a change (``^r:change``), or None.

    "62 percent of riders now pay by phone" is the part of the riders; "ridership fell 38
    percent", "is down 38%", "rose by 38%" a change. One sentence may tell both ("fares are
    down 38% and 62% of riders pay by phone"): two measures, and neither conflicts with the
    other's figure another source gives. A percentage told neither way meets both; so does
    "an increase of 8 percent", a change set off after the figure it is of (no mark, as
    before: those join by their own rules).
    """
    first, last = _at(tokens, start), _at(tokens, end)
    if last < len(tokens) and tokens[last].low == "of":
        return SHARE_PART
    k = first - 1
    if k > 0 and tokens[k].low in _CHANGE_BEFORE:
        k -= 1  # "rose by 38%"
    if k >= 0 and (tokens[k].low in CHANGE_WORDS or tokens[k].low in CHANGE_PARTICLES):
        return SHARE_CHANGE
    return None


def _one_s_or_all(tokens: Sequence[Token], start: int) -> str | None:
    """Whether an amount is one person's (``^n:one``) or a sum over many (``^n:all``), or None.

    "she paid the plumber $9,200", "he lost $37,400": what one person paid; "fees totaling
    $305,000", "a total of $305,000": the sum of all of them. The two are never one amount
    told two ways; an amount told neither way meets both.
    """
    first = _at(tokens, start)
    before = tokens[max(0, first - _PAYER_REACH) : first]
    if (before and before[-1].low in _SUM_WORDS) or [t.low for t in before[-2:]] == ["total", "of"]:
        return ALL_S
    for k, token in enumerate(before):
        if token.low in _PAYING_ONE and k > 0 and before[k - 1].low in _ONE_PAYER:
            return ONE_S
    return None


DESTINATION = "~to"  # "moved to four other depots": where things are moved, not them
# Verbs of moving people or things somewhere: what follows "to" is where they go.
_MOVING = frozenset(
    """reassign reassigned transfer transferred move moved relocate relocated shift shifted
    redirect redirected divert diverted bus bused bussed""".split()
)


def _moved_to(tokens: Sequence[Token], start: int) -> bool:
    """Whether a count is where things are moved to: "the buses will be moved to four depots".

    The places that receive, never those the things leave ("two depots will close")
    nor in conflict with them. "to" right before the count, a verb of moving a word or two
    before it.
    """
    first = _at(tokens, start)
    if first < 2 or tokens[first - 1].low != "to":
        return False
    return any(
        lexicon.lemma(t.low) in _MOVING or t.low in _MOVING for t in tokens[first - 3 : first - 1]
    )


# Occasions a figure may be summed over: "80 points in four games", "900 meals over three days".
# Not places ("600 residents in two towns"): a story's count is most often told over them.
_OCCASIONS = frozenset(
    """games matches contests races rounds seasons starts appearances outings days nights
    weeks months years sessions""".split()
)


def _over_several(tokens: Sequence[Token], end: int) -> bool:
    """Whether a count is a total over several things of a kind: "80 points in four games".

    "in four games", "over three days": the sum over all of those occasions, never the
    count of one ("22 points in the title game"), nor in conflict with it.
    """
    k = _at(tokens, end)
    after = tokens[k : k + 3]
    if len(after) < 3 or after[0].low not in ("in", "over", "across"):
        return False
    number = after[1].low in _SMALL_NUMBERS or (after[1].text.isdigit() and int(after[1].text) > 1)
    return number and after[2].low in _OCCASIONS


# Words of a state lasting to a time: "were still dark Friday", "remained closed".
_STILL_WORDS = frozenset(["still", "remain", "remains", "remained", "remaining"])
# Marks of a figure held apart from one told without it (see group._held_apart): a count
# of a season or year before the story's own, a bound a span of time is counted by.
SEASON_BEFORE, THRESHOLD = "^h:before", "^h:threshold"
# A season or a year named back from the story's time, ended before it: "last winter",
# "the previous year". Not "the past year" (the twelve months up to now, the story's
# among them); not a month, a week or a day, which may date the story's own happening.
# The words that may come before it opening a sentence: "In the previous year, ...".
_BEFORE_NOW_WORDS = frozenset(["last", "previous"])
_BEFORE_GRAINS = frozenset(["season", "year"])
_OPENING_WORDS = frozenset(["in", "during", "over", "through", "throughout", "the"])


def _of_a_season_before(
    tokens: Sequence[Token],
    values: Sequence[tuple[int, int, Value]],
    start: int,
    published: dt.date | None,
) -> DateRange | None:
    """The season, year or month before the story's own opening a count's sentence, or None.

    "Last winter, 12 people died of the cold", "In the previous year 40 were hurt", "In
    February, a fault shut the doors for 20 minutes" in August's story (see
    :func:`_a_month_gone`): a
    sentence set in another season from its first words, as a story sets a figure of
    another time beside its own; the story's count ("five people have died") and that one
    are two facts, never a conflict. Not a date after the count ("indicted over the deaths of
    three climbers on the ridge last winter"): a story may follow up on a happening then.
    """
    for s, e, v in values:
        if not isinstance(v, DateRange) or e > start:
            continue
        named_back = (
            v.granularity in _BEFORE_GRAINS
            and v.relative is not None
            and v.relative.lower().removeprefix("the ").split()[0] in _BEFORE_NOW_WORDS
        )
        if not named_back and not _a_month_gone(v, published):
            continue
        if all(t.low in _OPENING_WORDS for t in tokens if t.end <= s):
            return v
    return None


# Words before a year that make it a span's start or a base ("since 2019", "than in 2019"),
# not the time of the count told after it; "since 2019, when 40 ..." names that year's.
_YEAR_BASE_WORDS = frozenset("since from than versus vs compared against until by".split())


def _of_a_year_gone(
    tokens: Sequence[Token],
    values: Sequence[tuple[int, int, Value]],
    start: int,
    published: dt.date | None,
) -> DateRange | None:
    """The one past year a count's sentence sets it in, before the count; or None.

    "A smaller 2015 plan for 90 flats was turned down", "since a 2011 flood left 3,000
    homes dry", "the biggest since 2004, when 700 homes were built": a figure of another
    year a story sets beside its own ("82 flats"), never a conflict with it. The year comes
    before the count, and is the story's own no more (before the year it was published).
    Not a span's start or a base ("since 2019 the town has added 40 buses", "up from 30
    in 2019"); not a year set off by commas ("The hall, built in 1958, seats 900"), which
    dates the thing counted; not a sentence that names another date as well.
    """
    if published is None:
        return None
    dates = [(s, e, v) for s, e, v in values if isinstance(v, DateRange)]
    if not dates:
        # "a 2011 flood": a year told as a word of its noun is read as no date
        years = [t for t in tokens if t.end <= start and _a_year_word(t.text)]
        if len(years) != 1:
            return None
        year = int(years[0].text)
        whole = DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
        dates = [(years[0].start, years[0].end, whole)]
    if len(dates) != 1:
        return None
    s, e, v = dates[0]
    if (
        e > start
        or v.granularity != "year"
        or v.relative is not None
        or v.start is None
        or v.end is None
        or v.end.year >= published.year
    ):
        return None
    k = _at(tokens, s)
    before = tokens[k - 1].low if k > 0 else ""
    after = [t.low for t in tokens[k + 1 : k + 3]]
    when = after[:1] == ["when"] or after == [",", "when"]
    if before in _YEAR_BASE_WORDS and not when:
        return None
    lo, _ = _segment(tokens, _at(tokens, start), _at(tokens, start))
    if k < lo and not when:
        # "The hall, built in 1958, seats 900": the year the thing was built, not the
        # count's; a count is of a past year in its own part of the sentence
        return None
    if any(t.low in ("from", "than", "versus", "compared") for t in tokens[max(0, k - 4) : k]):
        return None
    return v


_FIRST_YEAR = 1900


def _a_year_word(text: str) -> bool:
    """Whether a token is a year of four digits ("2011"), not a figure ("2,011", "3000")."""
    return len(text) == 4 and text.isdigit() and _FIRST_YEAR <= int(text) < 2100


_MONTH_GONE = 31  # days between a month's end and the story: "In February," in August's


def _a_month_gone(value: DateRange, published: dt.date | None) -> bool:
    """Whether a date is one month, over a month before the story: "In February, ..." in August.

    Not a span of months ("From April 2021 through May 2024"): the time a tally adds up in.

    A month of the story's own weeks ("In March, 12 people died" in early April) may be the
    story's happening; one long gone opens another time's figure.
    """
    return (
        value.granularity == "month"
        and value.start is not None
        and value.end is not None
        and (value.start.year, value.start.month) == (value.end.year, value.end.month)
        and published is not None
        and (published - value.end).days > _MONTH_GONE
    )


# Words of a bound a level passed, and the words of a span of time counted by it.
_THRESHOLD_WORDS = frozenset(["above", "below", "over", "under"])
_SPAN_UNITS = frozenset(
    "day days night nights hour hours week weeks month months minute minutes".split()
)
_STAYING = frozenset(
    "stay stays stayed staying remain remains remained remaining hover hovers hovered".split()
)
_THRESHOLD_REACH = 4


def _threshold(tokens: Sequence[Token], start: int, end: int, value: Quantity) -> bool:
    """Whether a one-sided bound is a threshold a span of time is counted by, not a reading.

    "six days in a row above 90 degrees", "nights with lows below 20", "stayed above 90",
    "sat above 90 for nine days": the level the days passed, not the peak one day
    reached ("hit 97 degrees"); two such bounds may be one, a bound and a reading never.
    Not a count's bound ("more than 260 calls", "over 80"), which says how many.
    """
    if value.low is not None and value.high is not None:
        return False
    at = _at(tokens, start)
    if tokens[at].low not in _THRESHOLD_WORDS:
        return False
    left = _clause_left(tokens, at)[-_THRESHOLD_REACH:]
    if any(t.low in _SPAN_UNITS or t.low in _STAYING for t in left):
        return True
    right = _clause_right(tokens, _at(tokens, end))[:_THRESHOLD_REACH]
    return len(right) > 1 and right[0].low == "for" and any(t.low in _SPAN_UNITS for t in right)


LEVEL_DAY = "^d:"  # "2,180 homes were still dark Friday": a level on that day
OWN_DAY = "^o:"  # "the firm said Thursday" in Thursday's story: the day of its own statement
_HEAD_REACH = 5


def _day_of_a_level(
    tokens: Sequence[Token], values: Sequence[tuple[int, int, Value]], start: int, end: int
) -> str | None:
    """The day a count of a lasting state is of, as a mark ("^d:2026-03-06"), or None.

    "About 2,180 homes were still dark Friday" / "On Saturday, 640 homes remained without
    water": how many on each day, two levels of one count at two times, never in conflict.
    The day is read in the count's part of the sentence, or in a short opening phrase.
    """
    lo, hi = _segment(tokens, _at(tokens, start), _at(tokens, end))
    if not {t.low for t in tokens[lo:hi]} & _STILL_WORDS:
        return None
    spans = [(lo, hi)]
    if lo > 0 and tokens[lo - 1].text == ",":
        head = _segment(tokens, 0, 0)
        if head[1] < lo and head[1] - head[0] <= _HEAD_REACH:
            spans.append(head)  # "Saturday, fewer than 640 homes remained without water"
    days = set()
    for a, b in spans:
        if a >= b:
            continue
        for s, e, v in values:
            if not isinstance(v, DateRange) or v.granularity != "day" or v.start is None:
                continue
            if v.start != v.end or not tokens[a].start <= s < e <= tokens[b - 1].end:
                continue
            k = _at(tokens, s)
            if {t.low for t in tokens[max(a, k - 3) : k]} & _BASE_WORDS:
                continue  # "since Friday", "by Sunday": not the day of the level
            days.add(v.start)
    return LEVEL_DAY + days.pop().isoformat() if len(days) == 1 else None


def _said_on_its_own_day(
    value: Value, attribute_tokens: tuple[str, ...], published: dt.date | None
) -> bool:
    """Whether a day of saying is its source's own day of publication ("said today")."""
    return (
        published is not None
        and isinstance(value, DateRange)
        and attribute_tokens == ("e:announced",)
        and value.start == value.end == published
    )


PART = "~part"  # "seven of the derailed cars": a part picked out of a set
WHOLE = "~whole"  # "38 of the train's 141 cars": the set a stated part is of
PAST = "~past"  # a figure of a sentence dated over two years before the story
_YEARS = 731
CAPACITY = "~capacity"  # "licensed to carry up to 350 passengers": what it may hold
DIED = "~died"  # "she died Tuesday": the day of a death, not of the attack that caused it
# Verbs of dying, not of killing: "died", "succumbed"; "was pronounced dead" (below).
_DYING = frozenset(["die", "died", "dies", "succumb", "succumbed", "succumbs"])
_PRONOUNCED = frozenset(["pronounced", "declared"])


def _dying(tokens: Sequence[Token], verb: Token | None) -> bool:
    """Whether a date's verb tells of a death: "died", "succumbed", "was pronounced dead".

    Not "was shot dead" nor "was killed": those date the attack.
    """
    if verb is None:
        return False
    if verb.low in _DYING:
        return True
    at = _at(tokens, verb.start)
    return verb.low in ("dead", "deceased") and at > 0 and tokens[at - 1].low in _PRONOUNCED


# Words that widen a figure to a whole company, country or the world: "30,000 worldwide".
_WIDE_WORDS = frozenset(
    "worldwide globally global nationwide statewide countrywide companywide".split()
)
_SCOPE_REACH = 6


def _wide(tokens: Sequence[Token], start: int, end: int, *, harm: bool = False) -> bool:
    """Whether a figure is over a wider whole than one place: a company, a country, the world.

    "employs 30,000 people worldwide", "company-wide", "across its plants", "its global
    workforce of 30,000": such a figure is not the figure of one site of the same story,
    neither in agreement nor in conflict with it. "in 11 countries" is not enough: a
    company's own head count is often told so, and other sources give it unmarked. "in all"
    after a count of a harm ("five people in all were hurt") totals the harmed: the fact
    itself, as another source's "seven were hurt" tells it (``harm``), no wider whole.
    """
    right = _clause_right(tokens, _at(tokens, end))[:_SCOPE_REACH]
    for k, token in enumerate(right):
        if token.text == ",":
            break
        dash = k > 0 and right[k - 1].text in "-‐"
        if token.low in _WIDE_WORDS or token.low == "across" or (dash and token.low == "wide"):
            return True
        if k == 0 and not harm and _in_all(right):
            return True  # "employs 3,700 people overall", "30 stores in all": the whole
    left = _clause_left(tokens, _at(tokens, start))
    for token in reversed(left):
        if token.text == ",":
            break
        if token.low in _WIDE_WORDS:
            return True
    return False


# Words right after a figure that make it the whole: "3,700 people overall", "in all".
_ALL_WORDS = frozenset(["overall", "altogether"])
_ALL_PAIRS = frozenset([("in", "all"), ("in", "total"), ("all", "told")])


def _in_all(right: Sequence[Token]) -> bool:
    """Whether the words right after a figure make it a whole: "overall", "in all", "in total".

    Not "in all 50 states", which says where, not that the figure is the whole.
    """
    if right and right[0].low in _ALL_WORDS:
        return True
    pair = tuple(t.low for t in right[:2])
    nxt = right[2] if len(right) > 2 else None
    return pair in _ALL_PAIRS and (nxt is None or not nxt.is_word or not nxt.text[:1].isdigit())


# Verbs of a count's level ("operates nine mills", "has 270 stores") and of a change made to
# it ("will close four mills", "opened 12 stores"): a level and a change are two facts.
_LEVEL_VERBS = frozenset(["operate", "run", "own", "have", "employ", "maintain", "keep"])
_ALTERING_VERBS = frozenset(
    """close shut open reopen add cut eliminate shed build sell acquire buy hire
    lay axe slash consolidate shutter scrap demolish""".split()
)
LEVEL, CHANGE_OF, REST = "^c:level", "^c:change", "^c:rest"


_VERB_AUX = frozenset("will would to be been being is are was were has have had could may".split())


def _level_or_change(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """Whether a count's verb tells a level (``^c:level``) or a change (``^c:change``), or None.

    "The chain operates 40 stores" / "will close 6 stores", "6 stores will be closed": the six
    are a change of the forty, never in conflict with them; "leaving 34 stores", "will have 34
    stores" the rest after it (``^c:rest``). The verb is the word right before the count, or
    the first after its auxiliaries; a count with neither meets all three.
    """
    first, last = _at(tokens, start), _at(tokens, end)
    verbs = [tokens[first - 1]] if first > 0 else []
    k = last
    while k < len(tokens) and tokens[k].low in _VERB_AUX:
        k += 1
    if k > last and k < len(tokens):
        verbs.append(tokens[k])  # "three mills will close", "40 stores were shut"
    for verb in verbs:
        lemma = lexicon.lemma(verb.low)
        if lemma == "leave" or verb.low in ("remain", "remains", "remained", "remaining"):
            return REST  # "leaving 260 stores", "260 stores will remain": the level after
        if lemma in _LEVEL_VERBS or verb.low in ("has", "had", "operates", "runs", "owns"):
            # "will have 230 stores after the closures": the level a change leaves
            to_come = verb is verbs[0] and first > 1 and tokens[first - 2].low in ("will", "would")
            if to_come and not _tells_a_change(tokens, verb):
                return None  # "the new company will have 900 staff": a level, maybe now's
            return REST if to_come else LEVEL
        if lemma in _ALTERING_VERBS or verb.low in ("closing", "closed", "opened", "cut", "shut"):
            return CHANGE_OF
    return None


# Nouns of a change made to a count: "will have 184 stores after the closures".
_CHANGE_NOUNS = frozenset(
    """closure closures closing closings cut cuts layoff layoffs reduction reductions sale
    sales opening openings addition additions expansion""".split()
)


def _tells_a_change(tokens: Sequence[Token], verb: Token) -> bool:
    """Whether a sentence with a level to come ("will have 184 stores") tells a change to it.

    "will have 184 stores after the closures", "will close 30 and will have 184": the level
    to come is the rest the change leaves (``^c:rest``). Without a change told ("the merged
    firm will have about 900 staff") it is a level that may be today's too, and meets both.
    """
    return any(
        t is not verb and (t.low in _CHANGE_NOUNS or lexicon.lemma(t.low) in _ALTERING_VERBS)
        for t in tokens
    )


SITE, FIRM = "^site", "^firm"
# Nouns of one site of a company: "the plant employs 4,100", "the mill's 900 workers".
_SITES = frozenset(
    "plant factory mill facility site warehouse store branch mine refinery barn".split()
)
# Nouns of many places a company works in: "employs 52,000 people in 14 countries".
_REGIONS = frozenset(["countries", "nations", "markets"])


def _scope(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """Whether a count is of one site (``^site``) or of a firm in many countries (``^firm``).

    "The plant employs 4,100 people", "the plant's 3,600 workers": one site.
    "employs 52,000 people in 14 countries": the whole firm. An unmarked count may be
    either, and meets both; a site's count and a firm's never meet.
    """
    right = _clause_right(tokens, _at(tokens, end))[:_SCOPE_REACH]
    if (
        len(right) > 1
        and right[0].low in ("in", "across")
        and any(t.low in _REGIONS for t in right[1:5])
    ):
        return FIRM
    first = _at(tokens, start)
    left = _clause_left(tokens, first)
    if left and left[-1].low.endswith(("'s", "’s")):
        owner = left[-1].low.removesuffix("'s").removesuffix("’s")
        return SITE if owner in _SITES else None
    if len(left) >= 2 and _present_verb(left) and left[-2].low in _SITES:
        return SITE  # "The plant employs about 4,100 people"
    return None


def _changed_by(tokens: Sequence[Token], first: int) -> bool:
    """Whether "by" before a value ends a change: "reduce its workforce at the plant by"."""
    for token in reversed(tokens[max(0, first - _CHANGE_REACH) : first - 1]):
        if _is_boundary(token) or token.text == ",":
            return False
        if lexicon.lemma(token.low) in _CHANGE_VERBS:
            return True
    return False


_CHANGE_REACH = 12


def _age_of(
    tokens: Sequence[Token],
    names: Sequence[tuple[int, int, EntityRef]],
    start: int,
    end: int,
    value: Value,
) -> str | None:
    """The person whose age a bare number between commas right after their name gives.

    "Ann Lee, 46, said": 46 is Ann Lee's age (the wire style), not a count of anything; so
    is "Ann Lee, aged 46,", "Ann Lee, who is 46," or "Ann Lee (46)".
    """
    if not isinstance(value, Quantity) or value.kind != "number" or not value.is_exact:
        return None
    first, last = _at(tokens, start), _at(tokens, end)
    opener = first - 1
    if opener > 0 and tokens[opener].low in ("aged", "age"):
        opener -= 1  # "Ann Lee, aged 46,"
    elif opener > 1 and tokens[opener].low in ("is", "was") and tokens[opener - 1].low == "who":
        opener -= 2  # "Ann Lee, who is 46,"
    if opener < 1 or last >= len(tokens) or tokens[opener].text not in (",", "("):
        return None
    closers = (")",) if tokens[opener].text == "(" else (",", ")", ".")
    if tokens[last].text not in closers or value.low is None or value.low >= _OLDEST:
        return None
    person = _name_ending_at(names, tokens[opener].start)
    if person is not None and person.kind == "person":
        return person.name
    return _described_before(tokens, opener, value.low)


def _described_before(tokens: Sequence[Token], opener: int, years: float) -> str | None:
    """The person an age after "a woman," describes: "36-year-old woman", or None.

    "A woman, 36, was arrested" is "a 36-year-old woman" told otherwise; only a noun of one
    person's sex ("woman", "father") after "a" or "the", not "a crowd, 40,".
    """
    noun = tokens[opener - 1] if opener >= 2 else None
    if noun is None or noun.low not in lexicon.SEXED_NOUNS:
        return None
    if tokens[opener - 2].low not in ("a", "an", "the"):
        return None
    return f"{years:g}-year-old {noun.low}"


_OLDEST = 120
_YEARS_OLD = re.compile(r"years?[-\u2010\s]+old\Z", re.IGNORECASE)


def _aged_person(
    tokens: Sequence[Token],
    names: Sequence[tuple[int, int, EntityRef]],
    start: int,
    end: int,
    words: str,
) -> str | None:
    """Whom an age in "year(s) old" is of: the person named before it, or the one described.

    "Ann Lee, a 46-year-old nurse": Ann Lee; "a 46-year-old bus driver from Elm Falls":
    46-year-old bus driver (unnamed, the age is part of who it is, written so whatever the
    printed form: "a 46 year old bus driver" is the same); "his father, 46-year-old Ann
    Lee": Ann Lee; "police said the driver who died was 46 years old": driver (after "was",
    the first nouns after the last speech verb, or of the sentence).
    """
    first, last = _at(tokens, start), _at(tokens, end)
    comma = first - 1
    if comma > 0 and tokens[comma].low in ("a", "an"):
        comma -= 1
    if comma > 0 and tokens[comma].text == ",":
        person = _name_ending_at(names, tokens[comma].start)
        if person is not None and person.kind == "person":
            return person.name
    for _s, _e, ref in _names_in(names, end, end + 2):
        if ref.kind == "person":
            return ref.name  # "his father, 46-year-old Ann Lee"
    described = _nouns_from(tokens[last:])
    if described:
        # Unnamed, the person is known by the age too: "a 14-year-old boy" and "a
        # 15-year-old boy" are two boys, not two ages of one.
        return f"{words} {described}"
    if first == 0 or tokens[first - 1].low not in _BE_FORMS:
        return None  # "the 46-year-old" alone: nobody it names or describes
    person = _name_ending_at(names, tokens[first - 1].start)
    if person is not None and person.kind == "person":
        return person.name  # "Ann Lee is 46 years old"
    said = max((i for i in range(first) if tokens[i].low in lexicon.SPEECH_VERBS), default=-1)
    rest = [t for t in tokens[said + 1 : first] if t.low not in ("that", "the", "a", "an")]
    return _nouns_from(rest)


def _years_old(age: Value) -> str:
    """How an age describes its person, whatever the printed form: "46-year-old".

    The number printed: "nearly 90-year-old" is under 90 and describes a "90-year-old",
    "about 40 years old" a "40-year-old".
    """
    if not isinstance(age, Quantity) or age.low is None or age.high is None:
        return ""
    if age.high_open or age.low_open:
        return f"{age.high if age.high_open else age.low:g}-year-old"
    return f"{(age.low + age.high) / 2:g}-year-old"


def _mark_sex(text: str, claims: Sequence[Claim]) -> None:
    """Mark a named person's age with the person's sex where the source says it.

    For the grouper, which takes an unnamed "a 36-year-old woman" of another account for
    the one person a story names only when the two are of one sex: "~female" or "~male" in
    the age's clause words (see :func:`_sex_of`).
    """
    for claim in claims:
        subject = claim.subject
        if claim.attribute_tokens != ("age",) or not subject or subject.islower():
            continue
        sex = _sex_of(text, subject, claim.span.end, claim.clause_words)
        if sex is not None:
            _set_clause_words(claim, (*claim.clause_words, f"~{sex}"))


def _sex_of(text: str, name: str, at: int, words: Sequence[str]) -> str | None:
    """A person's sex as the source tells it, or None when it tells none or both.

    Told by a title before the surname anywhere ("Ms. Vell", "Mr. Dan Orr"), a noun of
    one sex beside the age ("Vell, a 36-year-old mother"), or else by the pronouns of the
    next words ("Ann Vell, 36, ... She was held"): only one sex's.
    """
    cues = {lexicon.SEXED_NOUNS[w] for w in words if w in lexicon.SEXED_NOUNS}
    surname = re.escape(name.rsplit(maxsplit=1)[-1])
    for match in re.finditer(rf"\b(Mrs|Ms|Miss|Mr)\.?\s+(?:[A-Z][\w'-]*\s+)?{surname}\b", text):
        cues.add(_TITLE_SEX[match.group(1)])
    if not cues:
        after = lexicon.words(text[at : at + _PRONOUN_REACH])
        cues = {_PRONOUN_SEX[w] for w in after if w in _PRONOUN_SEX}
    return cues.pop() if len(cues) == 1 else None


_TITLE_SEX = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}
_PRONOUN_SEX = {
    **dict.fromkeys(["he", "him", "his", "himself"], "male"),
    **dict.fromkeys(["she", "her", "hers", "herself"], "female"),
}
_PRONOUN_REACH = 240  # characters after an age: its sentence and, most often, the next


def _nouns_from(tokens: Sequence[Token]) -> str | None:
    """Up to three plain nouns at the start of ``tokens``: "bus driver from ..." -> bus driver."""
    out = []
    for token in tokens[:_COMPOUND]:
        if not _plain_noun(token) or token.low in _NOT_NOUNS:
            break
        out.append(token.text)
        if token.low in lexicon.SEXED_NOUNS and token.low not in _ALSO_ADJECTIVES:
            break  # "a 53-year-old man faces charges": the man, not "man faces charges"
    return " ".join(out) or None


# Nouns of one sex that are as often adjectives: "a 9-year-old male bus passenger".
_ALSO_ADJECTIVES = frozenset(["male", "female"])

# The dead and the hurt are two sets: others of the one are all of the other.
_OTHER_CASUALTIES = {"e:killed": "e:injured", "e:injured": "e:killed"}


def _others_than_the_other_casualties(tokens: Sequence[str], before: Sequence[Claim]) -> bool:
    """Whether "others" of a casualty count are others than its sentence's other casualties."""
    own = tokens[0] if tokens else ""
    other = _OTHER_CASUALTIES.get(own)
    counts = [c for c in before if isinstance(c.value, Quantity)]
    return (
        other is not None
        and (
            any(claim.attribute_tokens[:1] == (other,) for claim in counts)
            or _others_than_the_spared(tokens, counts)
        )
        and not any(claim.attribute_tokens[:1] == (own,) for claim in counts)
    )


def _others_than_the_spared(tokens: Sequence[str], counts: Sequence[Claim]) -> bool:
    """Whether a casualty count of "other" people follows a count of its noun no harm befell.

    "pulled 14 miners alive, but two other miners died": the two are others than the 14,
    so all of the dead, not a part of them.
    """
    # A noun of a kind ("miners"), not "people": others than "30 people" could be anyone.
    nouns = {
        t
        for t in tokens[1:]
        if t != "other" and not t.startswith(("e:", "~")) and t not in lexicon.GENERIC
    }
    return any(
        claim.attribute_tokens[:1] not in _HARMED and nouns & set(claim.attribute_tokens)
        for claim in counts
    )


_HARMED = frozenset([("e:killed",), ("e:injured",), ("e:shot",)])


def _of_others(tokens: Sequence[Token], start: int) -> bool:
    """Whether the clause before a value is about "others" ("most of the others have 900").

    "The other three riders are in fair condition": the rest of a set, as "two others" are.
    """
    left = _clause_left(tokens, _at(tokens, start))
    if [t.low for t in left[-2:]] == ["the", "other"]:
        return True
    for token in reversed(left):
        if token.text == ",":
            return False
        if token.low == "others":
            return True
    return False


def _in_spans(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` lies in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _skip_coordinated(
    window: Sequence[Token], spans: Sequence[tuple[int, int]], *, backwards: bool = False
) -> list[Token]:
    """The window without a coordinated value next to ours.

    In "four X and two Y were charged", the verb after "two Y" governs "four X" too.
    """
    ordered = list(reversed(window)) if backwards else list(window)
    out: list[Token] = []
    i = 0
    while i < len(ordered):
        token = ordered[i]
        if token.low in ("and", "or") and not out:
            j = i + 1
            inside = False
            while j < len(ordered) and _in_spans(spans, ordered[j].start):
                inside = True
                j += 1
            if inside:
                i = j
                continue
        out.append(token)
        i += 1
    return list(reversed(out)) if backwards else out


def _linked_subject(
    tokens: Sequence[Token],
    first: int,
    spans: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int, EntityRef]],
) -> list[Token]:
    """The subject a figure is linked to by "was", "came in at", "rose to", "stood at".

    "Turnout was 38 percent", "Net income came in at $86 million", "Net sales rose
    6 percent to $1.24 billion", "The death toll from the quake rose to 37": back from
    the figure over "to"/"at"/"in" and another figure, one verb that names no event
    and is no speech (a linking or change verb), auxiliaries, then the noun phrase.
    Prepositional phrases after the subject ("toll from the quake in the north") are
    passed over to reach it. A name (a person is 61) or a vague noun gives nothing.
    """
    i = first - 1
    while (
        i >= 0
        and first - i <= _WINDOW
        and (tokens[i].low in ("to", "at", "in") or _in_spans(spans, tokens[i].start))
    ):
        i -= 1
    i = _before_an_old_level(tokens, i, spans, first)  # "rose to $3.9 billion from $3.4 billion"
    while i >= 0 and _is_adverb(tokens[i]):
        i -= 1
    if i < 1:
        return []
    verb = tokens[i]
    # "the transit fund increases 2% to $40 million": the present in -s of a verb of change.
    present = verb.text.islower() and verb.low.endswith("s") and verb.low not in _BE
    linking = (
        verb.low in lexicon.LINKING
        or (lexicon.is_verb_form(verb.text) and verb.low not in lexicon.AUXILIARIES)
        or (present and lexicon.lemma(verb.low) in _CHANGE_VERBS)
    )
    if not linking or lexicon.event_class(verb.text) or verb.low in lexicon.SPEECH_VERBS:
        return []
    if verb.low not in lexicon.LINKING and tokens[i - 1].low in _BE and i == first - 1:
        # "The landlord was fined $30,000": the subject of a passive verb right before its
        # figure is not what is measured; "Power was restored to 80 percent" still is.
        return []
    i -= 1
    while i >= 0 and tokens[i].low in lexicon.AUXILIARIES:
        i -= 1
    if i > 0 and tokens[i].low in ("that", "which") and tokens[i - 1].is_word:
        i -= 1  # "a scheme that took $5 million": the subject is the noun the clause is about
    i = _before_a_year(tokens, i, spans)  # "revenue for fiscal 2026 was": the period passed over
    subject: list[Token] = []
    floor = max(0, first - 2 * _WINDOW)
    while i >= floor:
        phrase: list[Token] = []
        while i >= floor and len(phrase) < 3:
            token = tokens[i]
            if not token.is_word or token.low in lexicon.FILLER or token.low.endswith(("'s", "’s")):
                break
            inflected = lexicon.lemma(token.low) != token.low
            if token.low in lexicon.PREPOSITIONS or (
                inflected and lexicon.is_verb_form(token.text)
            ):
                break
            phrase.insert(0, token)
            i -= 1
        if not phrase:
            break
        subject = phrase
        while i >= floor and (
            tokens[i].low in lexicon.DETERMINERS or tokens[i].low.endswith(("'s", "’s"))
        ):
            i -= 1
        if i < floor or tokens[i].low not in lexicon.PREPOSITIONS:
            break
        i -= 1  # "the death toll from [the quake]": read on to the noun the phrase follows
        while i >= floor and tokens[i].low in lexicon.DETERMINERS:
            i -= 1
    if not subject or subject[-1].low in lexicon.VAGUE:
        return []
    named = (r for t in subject for _s, _e, r in _names_in(names, t.start, t.end))
    if any(ref.kind in ("person", "organization", "place") for ref in named):
        return []
    return subject


# Words between "from" and an old level: "from the $2.41 billion", "from a previously
# reported $80 million", "from its earlier forecast of".
_OLD_LEVEL_FILLER = frozenset(
    """the its their his her a an previously originally initially earlier prior first
    reported announced stated forecast estimated""".split()
)


def _before_an_old_level(
    tokens: Sequence[Token], i: int, spans: Sequence[tuple[int, int]], first: int
) -> int:
    """The token before a change's "from" at ``i`` and the figures around it; else ``i``.

    "Revenue rose from $3.4 billion to $3.9 billion", "rose to $3.9 billion from the $3.4
    billion": each figure is linked to the subject before the change word, past the other.
    """
    k = i
    while k >= 0 and first - k <= 2 * _WINDOW and tokens[k].low in _OLD_LEVEL_FILLER:
        k -= 1
    if k < 1 or tokens[k].low != "from":
        return i
    k -= 1
    while (
        k >= 0
        and first - k <= 2 * _WINDOW
        and (tokens[k].low == "to" or _in_spans(spans, tokens[k].start))
    ):
        k -= 1
    return k if k >= 0 and tokens[k].low in CHANGE_WORDS else i


def _changed_thing(
    tokens: Sequence[Token], start: int, spans: Sequence[tuple[int, int]]
) -> list[Token]:
    """What a change word's object is, for a level after its "to" or "from"; else nothing.

    "restated its quarterly revenue to $2.37 billion from the $2.41 billion": revenue, the
    thing both levels are of (the words of a period and possessives left out).
    """
    k = _at(tokens, start) - 1
    while k > 0 and tokens[k].low in _OLD_LEVEL_FILLER:
        k -= 1
    if k < 1 or tokens[k].low not in ("to", "from"):
        return []
    k -= 1
    while k >= 0 and (tokens[k].low in ("to", "from") or _in_spans(spans, tokens[k].start)):
        k -= 1
    words: list[Token] = []
    while k >= 0 and len(words) < _OBJECT_REACH:
        token = tokens[k]
        if token.low in CHANGE_WORDS and lexicon.is_verb_form(token.text):
            break
        if not (token.is_word or token.text == "-"):
            return []
        if token.low in lexicon.PREPOSITIONS:
            words = []  # "its revenue for the quarter": the object is before the phrase
        else:
            words.insert(0, token)
        k -= 1
    if k < 0 or len(words) >= _OBJECT_REACH:
        return []
    return [
        t
        for t in words
        if t.is_word
        and t.low not in lexicon.DETERMINERS
        and t.low not in _ORDINAL_PARTS
        and t.low not in _PERIOD_NOUNS
        and not t.low.endswith(("'s", "’s"))
        and t.low not in ("its", "their", "his", "her", "our")
    ]


def _only_a_change(attribute_tokens: Sequence[str]) -> bool:
    """Whether an attribute is nothing or only a change's verb ("cut", "e:raised")."""
    return all(t.startswith("e:") or t in CHANGE_WORDS for t in attribute_tokens)


_OBJECT_REACH = 6
_PERIOD_NOUNS = frozenset(["quarter", "half", "year", "fiscal", "quarterly", "annual", "full"])
_PERIOD_WORDS = frozenset(["the", "-", "q", "1", "2", "3", "4", "quarter", "half", "fiscal"])


def _before_a_year(tokens: Sequence[Token], i: int, spans: Sequence[tuple[int, int]]) -> int:
    """The token before "for 2026", "in fiscal 2026", "in the first half of 2026" ending at ``i``.

    A period a subject is of ("Revenue for fiscal 2026 was $4.1 billion", "Profit in the
    first half of 2026 was") stands between the noun and its verb; the noun is read past it.
    Else ``i``.
    """
    k = i
    while k >= 1:
        if _in_spans(spans, tokens[k].start):
            k -= 1  # a date read as a value: "the first half of 2026"
        elif tokens[k].low.isdigit() and tokens[k - 1].low in ("fiscal", "fy"):
            k -= 2  # "fiscal 2026", "FY26": no calendar date
        elif k < i and tokens[k].low == "of":
            k -= 1  # "the third quarter of fiscal 2026"
        elif tokens[k].low in _PERIOD_WORDS or tokens[k].low in _ORDINAL_PARTS:
            k -= 1  # "fiscal Q3", "the third quarter" (of a fiscal year: no date read)
        else:
            break
    if k < i and k >= 1 and tokens[k].low in ("for", "in", "during"):
        return k - 1
    return i


def _measured(unit: str, right: Sequence[Token]) -> list[Token]:
    """What a measure is of: "9 inches of snow", "three years of free legal aid".

    Only after a unit of measure, up to three words up to a mark, a preposition or
    another function word; an -ing word after "of" is a noun ("months of planning").
    """
    if (
        not right
        or right[0].low != "of"
        or lexicon.lemma(unit.rsplit(maxsplit=1)[-1]) not in lexicon.MEASURES
    ):
        return []
    out: list[Token] = []
    for token in right[1:4]:
        if not token.is_word or token.low in lexicon.PREPOSITIONS or token.low in lexicon.FILLER:
            break
        if token.low.endswith("ed") and lexicon.is_verb_form(token.text):
            break
        out.append(token)
    return out


def _so_far(tokens: Sequence[Token], start: int) -> bool:
    """Whether a date follows "so far" or "to date": "so far this year"."""
    first = _at(tokens, start)
    return first >= 2 and (tokens[first - 2].low, tokens[first - 1].low) in (
        ("so", "far"),
        ("to", "date"),
    )


# Nouns of a tally that adds up over a period: "the number of people drowned this summer".
_TALLY_NOUNS = frozenset(["number", "toll", "tally", "total", "count"])
_TALLY_REACH = 14


BOUND = "#bound"  # "since Friday", "by Thursday noon": a day a span starts or ends on


def _bounds_a_span(tokens: Sequence[Token], start: int) -> bool:
    """Whether a day with no verb of its own follows "since" or "by": where a span is bound.

    "answered 90 calls since Friday", "without water since Friday night", "had cleared the
    road by Thursday noon": the day a lasting state or a tally runs from, or a
    deadline, no happening told on that day, nor one with another source's bare day.
    """
    first = _at(tokens, start)
    return first > 0 and tokens[first - 1].low in ("since", "by")


LIVED = "#lived"  # "spent Friday night in a shelter": a time lived through, no happening's
# Verbs of passing a time somewhere: the day they name is one of a stay, whatever befell then.
_PASSING_TIME = frozenset(["spend", "stay", "sleep", "camp", "shelter", "wait", "remain"])


def _lived_through(tokens: Sequence[Token], start: int, verb: Token | None) -> bool:
    """Whether a day is one a stay was lived through, not one a happening is dated on.

    "Families spent Friday night in a church", "stayed at a shelter Friday", "slept in their
    cars Friday": where people were, after or around the story's happening; another source's
    day of the happening itself is not that. "Spent" names a time only with the day as its
    object ("spent Friday night"): "spent $3 million on Friday" dates a payment.
    """
    if verb is None:
        return False
    base = lexicon.lemma(verb.low)
    if base not in _PASSING_TIME:
        return False
    if base != "spend":
        return True
    at = _at(tokens, start)
    return at > 0 and tokens[at - 1].start == verb.start


PART_OF_DAY = "^t:"  # "Friday morning" / "Friday night": two times of one day
# The parts of a day a date's words may name, each to the one it overlaps least with
# another: evening and night are one part, as "Friday evening" may be "Friday night".
_PARTS_OF_DAY = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "evening",
    "tonight": "evening",
    "overnight": "evening",
}


def _part_of_day(words: str) -> str | None:
    """The part of the day a date's own words name ("Friday morning"), or None."""
    words_of_day = re.findall(r"[a-z]+", words.casefold())
    found = {_PARTS_OF_DAY[w] for w in words_of_day if w in _PARTS_OF_DAY}
    return found.pop() if len(found) == 1 else None


def _a_tally_s_period(tokens: Sequence[Token], start: int, value: DateRange) -> bool:
    """Whether a period dates a tally, not a happening: "the number drowned this summer".

    "brings to 12 the number of people drowned in the lake this summer", "this year's
    death toll": the season or year the tally adds up over, never the day of the one
    happening the story tells, nor in agreement with it. A single day is left as it is.
    """
    if value.granularity == "day":
        return False
    first = _at(tokens, start)
    left: list[Token] = []
    for token in reversed(tokens[max(0, first - _TALLY_REACH) : first]):
        if token.text in _BOUNDARIES or token.text == ",":
            break
        left.insert(0, token)
    for k, token in enumerate(left):
        after = left[k + 1].low if k + 1 < len(left) else ""
        if token.low in _TALLY_NOUNS and (after == "of" or token.low in ("toll", "tally")):
            return any(t.low in _OF_SET or t.low in ("a", "this") for t in left[max(0, k - 2) : k])
    return False


def _dates_a_noun(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a hyphened date stands before a noun it dates: "reported a third-quarter profit".

    The period is the profit's, not the day of the verb ("reported"): such a date dates
    no event of the sentence.
    """
    if "-" not in text[start:end] and "\u2010" not in text[start:end]:
        return False
    k = _at(tokens, end)
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text.islower():
        return False
    noun = tokens[k]
    inflected = lexicon.lemma(noun.low) != noun.low
    return lexicon.noun_token(noun.text) is not None and not (
        inflected and lexicon.is_verb_form(noun.text)
    )


def _period_end(
    tokens: Sequence[Token], start: int, values: Sequence[tuple[int, int, Value]]
) -> bool:
    """Whether a date after "through" ends a period another date names: "in May, through Sunday".

    The period is the time a tally adds up in ("12 stores had closed in May, through
    Sunday"); its last day dates no event.
    """
    first = _at(tokens, start)
    j = first - 1
    if j < 1 or tokens[j].low not in ("through", "thru"):
        return False
    j -= 1
    if tokens[j].text == "," and j > 0:
        j -= 1
    end = tokens[j].end
    return any(isinstance(v, DateRange) and e == end for _, e, v in values)


_JOBS = frozenset(["job", "jobs", "position", "positions", "post", "posts"])


def _job_loss(tokens: Sequence[Token], verb: Token | None) -> str | None:
    """The event "fired" when the verb is losing one's job: "60 staff are to lose their jobs"."""
    if verb is None or lexicon.event_class(verb.text) != "e:lost":
        return None
    at = _at(tokens, verb.start)
    following = [t.low for t in tokens[at + 1 : at + 3]]
    if following[:1] and following[0] in lexicon.NOUN_MARKERS:
        following = following[1:]
    return "fired" if following[:1] and following[0] in _JOBS else None


# Verbs that put a person in a state named after them: "pronounced dead", "found dead".
_DEATH_STATE_VERBS = frozenset(["pronounced", "found", "declared", "confirmed"])
_DEATH_STATE_REACH = 8  # tokens to the state: "one of the three was pronounced dead"


def _bare_subject_of_a_state(value: Value, tokens: Sequence[Token], end: int) -> bool:
    """Whether a bare number is the subject of a state verb: "Two were pronounced dead".

    Such a verb names no event itself ("pronounced"), so a number with no noun got none
    (a number with a noun is read by the clause reading of counts already). The number,
    maybe a part ("one of the three"), then "was"/"were", the verb and "dead".
    """
    if not isinstance(value, Quantity) or value.kind != "number" or value.unit is not None:
        return False
    at = _at(tokens, end)
    lows = [t.low for t in tokens[at : at + _DEATH_STATE_REACH]]
    for k in range(len(lows) - 2):
        if lows[k] in (",", ";", "and", "but"):
            return False
        if lows[k] in ("was", "were") and lows[k + 1] in _DEATH_STATE_VERBS:
            return lows[k + 2] in ("dead", "deceased")
    return False


_LIVES = frozenset(["life", "lives"])
# Verbs whose object "the lives of ..." says the people died: "claimed the lives of six".
_TAKING_LIVES = frozenset(
    "claim claims claimed claiming take takes took taken taking cost costs costing"
    " end ends ended ending".split()
)


def _lives_lost(tokens: Sequence[Token], start: int, end: int, verb: Token | None) -> str | None:
    """The event "killed" when a count is of lives lost or taken.

    "three hikers lost their lives", "the flood claimed the lives of six miners", "claimed
    three lives", "two lives were lost": ordinary English for deaths, whose verbs
    ("lost", "claimed") name no death by themselves.
    """
    first, after = _at(tokens, start), _at(tokens, end)
    before = [t.low for t in tokens[max(0, first - 4) : first]]
    if len(before) == 4 and before[1:] in (["the", "lives", "of"], ["the", "life", "of"]):
        # "claimed the lives of six miners"
        return "killed" if before[0] in _TAKING_LIVES else None
    if verb is None:
        return None
    at = _at(tokens, verb.start)
    if lexicon.event_class(verb.text) == "e:lost":
        following = [t.low for t in tokens[at + 1 : at + 3]]
        if following[:1] and following[0] in lexicon.NOUN_MARKERS:
            following = following[1:]  # "lost their lives"
        if following[:1] and following[0] in _LIVES:
            return "killed"
    unit_last = tokens[after - 1].low if after > first else ""
    if unit_last == "lives" and (
        verb.low in _TAKING_LIVES or lexicon.event_class(verb.text) == "e:lost"
    ):
        return "killed"  # "claimed three lives", "two lives were lost"
    return None


LOCAL = "~local"  # "300 Tulsa-area jobs": the part of a count in one named area
_NAMED_AREA = re.compile(r"[A-Z][\w.']*[-\u2010](?:area|region)\Z")


def _of_a_named_area(value: Value) -> bool:
    """Whether a count's noun is of a named area: "300 Tulsa-area jobs", "Tulsa-region stores".

    Such a count is the part of a whole in that area, never the whole ("cut 1,800 jobs").
    """
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return False
    return any(_NAMED_AREA.match(word) for word in value.unit.split())


KEPT = "~kept"  # "keep at least 3,500 jobs": jobs to be kept, never those cut
_KEEPING = frozenset(["keep", "retain", "maintain", "preserve", "save", "protect"])


# Verbs of a state that lasts, and the state a count of places kept going is in: "12 branches
# remain open" are those not closed. "80 lanes remain closed" stay unmarked: those still
# closed are as a rule the closed ones another source counts ("75 lanes were closed").
_STAYING = frozenset(["remain", "remains", "remained", "stay", "stays", "stayed"])
_KEPT_STATES = {"open": "~open"}
_STATE_REACH = 4


def _kept_in_state(value: Value, tokens: Sequence[Token], end: int) -> str | None:
    """The state a count's own clause says it stays in ("~open"), or None.

    "12 Branches Remain Open", "another 12 branches will stay open", "20 of its plants
    remained open": after the count (and an "of" phrase), auxiliaries and adverbs, a verb
    of lasting, then the state.
    """
    if not isinstance(value, Quantity) or value.kind not in ("count", "number"):
        return None
    right = _clause_right(tokens, _at(tokens, end))
    k = 0
    if right and right[0].low == "of":  # "20 of its plants remained closed"
        k = 1
        while k < min(len(right), _STATE_REACH) and right[k].is_word:
            if right[k].low in lexicon.AUXILIARIES or right[k].low in _STAYING:
                break
            k += 1
    while k < len(right) and (right[k].low in lexicon.AUXILIARIES or _is_adverb(right[k])):
        k += 1
    if k + 1 >= len(right) or right[k].low not in _STAYING:
        return None
    k += 1
    while k < len(right) - 1 and _is_adverb(right[k]):
        k += 1  # "remain temporarily closed"
    return _KEPT_STATES.get(right[k].low)


def _jobs_kept(value: Value, verb: Token | None) -> bool:
    """Whether a count of jobs counts those a verb keeps: "in exchange for keeping 3,500 jobs".

    Jobs kept are the jobs that stay, a pledge apart from the jobs cut ("will cut 1,800
    jobs"), which an unmarked count of jobs in a story of cuts usually is.
    """
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return False
    noun = value.unit.rsplit(maxsplit=1)[-1].casefold()
    return noun in _JOBS and verb is not None and lexicon.lemma(verb.low) in _KEEPING


_FORCING = frozenset(["force", "drive"])
_HOMES = frozenset(["home", "homes", "house", "houses"])
_CALENDAR_WORDS = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.day_abbr, *calendar.month_name[1:])
)


def _hedged(tokens: Sequence[Token], values: Sequence[tuple[int, int, Value]]) -> bool:
    """Whether a hedge word qualifies the sentence, not counting a month found as a date.

    "The plant closed in May" is no "may" of possibility: a word inside a date's span is
    the month.
    """
    for token in tokens:
        if token.low in lexicon.HEDGES and not any(
            start <= token.start < end and isinstance(value, DateRange)
            for start, end, value in values
        ):
            return True
    return False


def _name_goes_on(tokens: Sequence[Token], index: int) -> bool:
    """Whether a capitalised word (or a number after one) carries a name on past a place.

    "Members of Riverside Nurses of Kent Local 40": the place is inside an organisation's
    name, not where a person named "Riverside Nurses" lives. A weekday or month after the
    place ("Jane Roe of Dayton Tuesday said") is a date, not more of the name.
    """
    if index >= len(tokens):
        return False
    word = tokens[index].text
    return word[:1].isupper() and word.lower() not in _CALENDAR_WORDS


_AWAY_REACH = 12


def _away_from_home(tokens: Sequence[Token], end: int) -> str | None:
    """The event "evacuated" for people said to be away from or out of their homes.

    "About 1,200 residents of the town spent the night away from home", "remained out of
    their homes on Wednesday": those an evacuation moved, as "forced from their homes" are.
    """
    at = _at(tokens, end)
    lows = []
    for token in tokens[at : at + _AWAY_REACH]:
        if token.text in _BOUNDARIES:
            break
        lows.append(token.low)
    for k in range(len(lows) - 2):
        if lows[k : k + 2] in (["away", "from"], ["out", "of"]):
            rest = lows[k + 2 : k + 4]
            if rest[:1] and rest[0] in lexicon.NOUN_MARKERS:
                rest = rest[1:]
            return "evacuated" if rest[:1] and rest[0] in _HOMES else None
    return None


# Verbs of a medical check: "were treated for burns", "were checked for breathing problems".
_TREATED = frozenset(["treated", "checked", "evaluated", "examined", "assessed"])
_TREATED_REACH = 7


def _treated_for(tokens: Sequence[Token], end: int) -> str | None:
    """The event "injured" for people treated or checked for something after an event.

    "Six firefighters from two towns were checked for breathing problems": those the event
    hurt, as "Four firefighters were treated for respiratory irritation" is read. The words
    up to the verb (a phrase of where they are from) are passed over within the clause.
    """
    at = _at(tokens, end)
    right = tokens[at : at + _TREATED_REACH + 2]
    for k, token in enumerate(right[:_TREATED_REACH]):
        if token.low in _PASSIVE:
            after = [t.low for t in right[k + 1 : k + 3]]
            return (
                "injured" if after[:1] and after[0] in _TREATED and after[1:] == ["for"] else None
            )
        if not token.is_word:
            return None
    return None


def _forced_out(tokens: Sequence[Token], end: int, verb: Token | None) -> str | None:
    """The event "evacuated" for people forced from their homes.

    "900 people were forced from their homes", "forced 300 families out of their homes".
    """
    i = _at(tokens, end)
    if verb is None or lexicon.lemma(verb.low) not in _FORCING:
        while i < len(tokens) and tokens[i].low in lexicon.AUXILIARIES:
            i += 1
        if i >= len(tokens) or lexicon.lemma(tokens[i].low) not in _FORCING:
            return None
        i += 1
    following = [t.low for t in tokens[i : i + 4]]
    if following[:2] == ["out", "of"]:
        following = following[2:]
    elif following[:1] == ["from"]:
        following = following[1:]
    else:
        return None
    if following[:1] and following[0] in lexicon.NOUN_MARKERS:
        following = following[1:]
    return "evacuated" if following[:1] and following[0] in _HOMES else None


# Verbs of bidding people to do something, and what leaving their homes is called.
_ORDERING = frozenset(["order", "tell", "urge", "direct", "advise"])
_LEAVING = frozenset(["evacuate", "leave", "flee"])


def _ordered_out(tokens: Sequence[Token], end: int, verb: Token | None) -> str | None:
    """The event "evacuated" for people ordered to leave: "5,000 were ordered to evacuate".

    "Nearly 900 people have been ordered to evacuate", "told 300 residents to leave": the
    people bidden to leave are the people evacuated, as "forced from their homes" are.
    """
    i = _at(tokens, end)
    if verb is None or lexicon.lemma(verb.low) not in _ORDERING or verb.start >= end:
        while i < len(tokens) and tokens[i].low in lexicon.AUXILIARIES:
            i += 1
        if i >= len(tokens) or lexicon.lemma(tokens[i].low) not in _ORDERING:
            return None
        i += 1
    following = [t.low for t in tokens[i : i + 2]]
    return (
        "evacuated"
        if following[:1] == ["to"] and following[1:] and (lexicon.lemma(following[1]) in _LEAVING)
        else None
    )


_ORDERS = frozenset(["order", "orders"])


def _under_orders_to_leave(tokens: Sequence[Token], start: int) -> str | None:
    """The event "evacuated" for the people an order to leave is "for" or "covers".

    "Evacuation orders remain in place for about 900 residents": the people an evacuation
    order is for are the people ordered to evacuate. Not a warning ("an evacuation warning
    covers 1,500 people"): only an order bids them leave.
    """
    first = _at(tokens, start)
    left = _clause_left(tokens, first)
    while left and _in_amount(left[-1]):
        left = left[:-1]
    if not left or left[-1].low not in ("for", "covers", "cover", "covering"):
        return None
    words = [t.low for t in left[-_WINDOW:]]
    pairs = pairwise(words)
    leaving = any(lexicon.lemma(a) in _LEAVING | {"evacuation"} and b in _ORDERS for a, b in pairs)
    return "evacuated" if leaving else None


_PERIODS = frozenset(["year", "month", "week", "quarter", "season"])
_BEFORE_NOW = frozenset(["last", "previous", "past", "prior"])
_AFTER_NOW = frozenset(["next", "coming"])


def _possessor(
    tokens: Sequence[Token], subject: Sequence[Token], names: Sequence[tuple[int, int, EntityRef]]
) -> tuple[list[Token], str | None]:
    """Whose or which period's thing a linked subject is: its owner's words, or a time mark.

    "The county's road budget was $4 million": the county's budget, not the budget;
    "Last year's budget was $9 million": a past period's (``~past``), "next year's" one
    to come (``~future``); "this year's" and a named owner ("Acme's") add nothing.
    """
    if not subject:
        return [], None
    i = _at(tokens, subject[0].start) - 1
    if i < 0 or not tokens[i].low.endswith(("'s", "’s")):
        return [], None
    owner = [tokens[i]]
    while i > 0 and len(owner) < 3:
        token = tokens[i - 1]
        if not token.is_word or token.low in lexicon.PREPOSITIONS or token.low in ("the", "a"):
            break
        if lexicon.is_verb_form(token.text) and lexicon.lemma(token.low) != token.low:
            break
        owner.insert(0, token)
        i -= 1
    period = lexicon.lemma(owner[-1].low.removesuffix("'s").removesuffix("’s"))
    if period in _PERIODS:
        lows = {t.low for t in owner}
        if lows & _BEFORE_NOW:
            return [], PAST
        return [], (FUTURE if lows & _AFTER_NOW else None)
    if _names_in(names, owner[0].start, owner[-1].end) or any(
        t.low in lexicon.FILLER for t in owner
    ):
        return [], None
    return owner, None


# Past participles the verb forms of the lexicon do not read, of a happening a date dates.
_PARTICIPLES_UNREAD = frozenset(["born"])
_WAS = frozenset(["was", "were", "is", "are", "been"])
_DASHES = frozenset("-–—")


def _without_tally(left: Sequence[Token]) -> Sequence[Token]:
    """The words before a date without a vote's or a game's tally right before it.

    "The council voted 11-4 on Tuesday": the verb is read as if the tally were not there
    ("voted on Tuesday"). Only two figures joined by a dash, after a word.
    """
    end = len(left)
    while end > 0 and left[end - 1].low in _DATE_LEADS:
        end -= 1
    if end < 4:
        return left
    low, dash, high, word = left[end - 1], left[end - 2], left[end - 3], left[end - 4]
    if not (low.text.isdigit() and dash.text in _DASHES and high.text.isdigit() and word.is_word):
        return left
    return [*left[: end - 3], *left[end:]]


def _verb_near(left: Sequence[Token], right: Sequence[Token], value: Value) -> Token | None:
    """The verb governing a value.

    A date is governed by a verb right before it ("said Friday", "was rescued
    on Friday") or right after it ("on Friday approved"), never across a new
    clause ("said Friday it had closed": "it" starts one). A count or an
    amount is governed by a passive or intransitive verb after it ("six X have
    been evacuated", "two people died") or an active verb before it ("evacuated
    four X").
    """
    is_date = isinstance(value, DateRange)
    if is_date:
        left = _without_tally(_without_place(left))
        for k in range(len(left) - 1, max(-1, len(left) - 4), -1):
            token = left[k]
            if token.low in ("on", "late", "early", "last", "this", "next", "since", "by"):
                continue
            if token.low in _PARTICLES and token is not left[-1]:
                continue  # "broke out on Sunday"
            if _after_determiner(left, k):
                break  # "fought the fire on Sunday": "fire" is a noun
            if lexicon.is_verb_form(token.text) and token.low not in lexicon.AUXILIARIES:
                return token
            if token.low in _PARTICIPLES_UNREAD and k > 0 and left[k - 1].low in _WAS:
                return token  # "was born on Monday"
            break
    money = isinstance(value, Quantity) and value.kind == "money"
    after = _date_verb_after(right) if is_date else _event_after(right, relative_ends=money)
    if after is not None:
        return after
    if money and left and left[-1].low == "for":
        bought = _verb_before_object(left[:-1])
        if bought is not None:
            return bought  # "would buy data analytics firm Acme Analytics for $2.4 billion"
    own = None
    if not is_date and left and left[-1].low in ("and", "but") and _opens_own_clause(right):
        # "Three people have died and 9 have been confirmed sick": the 9 are the subject of
        # a clause of their own; the event before "and" is the first clause's, not theirs.
        own = _passive_after(right)
    reach = max(-1, len(left) - 5)
    floor = _object_floor(left, reach) if is_date else reach
    for i in range(len(left) - 1, floor, -1):
        token = left[i]
        if token.text == "," or (not is_date and token.low == "when"):
            break  # "were hurt on Sunday when 60 cars collided": the cars were not hurt
        compound = i > 0 and left[i - 1].text in "-‐"  # "AI-related" is an adjective
        if _in_name(left, i):
            continue  # "The Cedar Ridge Fire was 35 percent contained": a name, not a verb
        if is_date and _after_determiner(left, i):
            continue  # "passed a fire inspection last week": "fire" is a noun there
        if (
            not compound
            and lexicon.is_verb_form(token.text)
            and token.low not in lexicon.AUXILIARIES
        ):
            if i <= reach and lexicon.event_class(token.text):
                return None  # "declared a local emergency on Monday" is no announcement
            if not is_date and token.low in lexicon.SPEECH_VERBS:
                reported = _passive_after(right)
                if reported is not None:
                    return reported  # "said 12 cases have been confirmed": confirmed
            if own is not None and lexicon.event_class(token.text):
                return own
            return token
        if i == len(left) - 1 and not is_date and _after_modal(left, i):
            return token  # "must repay $6 million", "agreed to refund $300"
    return None


# Auxiliaries that open a finite clause after its subject: "(and) 9 have been confirmed",
# "(and) 12 were treated"; not "being"/"having", which open a participle phrase.
_FINITE_AUXILIARIES = lexicon.AUXILIARIES - frozenset(["be", "been", "being", "having"])


def _opens_own_clause(right: Sequence[Token]) -> bool:
    """Whether the words after a value start with a finite verb of its own.

    "and 9 have been confirmed sick", "and nine were released": the value is a new
    clause's subject. "and 14 armed men" or "and 14 others" are more objects of the verb
    before "and".
    """
    k = 0
    while k < len(right) and _is_adverb(right[k]):
        k += 1
    return k < len(right) and right[k].low in _FINITE_AUXILIARIES


def _passive_after(right: Sequence[Token]) -> Token | None:
    """The participle of a passive or perfect verb right after a value, or None.

    "(officials said) 12 cases have been confirmed", "(police said) four men were
    arrested": the value is the subject of the clause that is reported, so that
    clause's verb, not the verb of saying, says what the value counts.
    """
    k = 0
    while k < len(right) and (right[k].low in lexicon.AUXILIARIES or _is_adverb(right[k])):
        k += 1
    if not any(t.low in lexicon.AUXILIARIES for t in right[:k]) or k >= len(right):
        return None
    verb = right[k]
    inflected = lexicon.lemma(verb.low) != verb.low
    if verb.text.islower() and inflected and lexicon.is_verb_form(verb.text):
        return verb
    return None


def _object_floor(left: Sequence[Token], floor: int) -> int:
    """How far back a date's verb is looked for: past the noun phrase of its object.

    "passed its annual fire inspection on June 4": the verb stands right before the
    determiner that opens the object, which may be farther back than the usual reach;
    never across a preposition inside the phrase ("the fire at the store on June 14").
    """
    k = len(left) - 1
    while k >= 0 and left[k].low in _DATE_LEADS:
        k -= 1
    while k >= max(0, floor - 2):
        token = left[k]
        if _in_amount(token):
            pass  # "approved a $9 million levy", "a levy of about $8 million"
        elif (
            not token.is_word
            or token.low in lexicon.PREPOSITIONS
            or token.low in _FUNCTION - (lexicon.DETERMINERS)
        ):
            return floor
        if _opens_phrase(token):
            if k > 0 and (not left[k - 1].is_word or left[k - 1].low in _FUNCTION):
                return floor  # "a call about the fire on Monday": no verb's object
            return min(floor, max(-1, k - 2))
        k -= 1
    return floor


_DATE_LEADS = frozenset(["on", "late", "early", "last", "this", "next", "since", "by", "in"])
# Words of an amount inside an object: "a levy of about $8 million", "nearly 5,000 tickets".
_AMOUNT_WORDS = frozenset(["of", "about", "nearly", "almost", "roughly", "some", "around"])


def _in_amount(token: Token) -> bool:
    """Whether a token can be part of an amount inside a noun phrase: a figure, a sign, "of"."""
    return token.text[0].isdigit() or token.text in "$€£¥%" or token.low in _AMOUNT_WORDS


# Prepositions of a place phrase between a verb's object and a date: "came ashore near
# Port Ellis on May 3", "was arrested in Oak Bend on Friday".
_PLACE_PREPOSITIONS = frozenset(["in", "near", "at", "off", "outside"])


def _without_place(left: Sequence[Token]) -> Sequence[Token]:
    """The words before a date without a named place phrase right before it.

    "which came ashore near Port Ellis on May 3": the verb is read as if the place
    were not there ("came ashore on May 3"). Only capitalised words after one
    preposition of place; the date's own leading words ("on") are kept.
    """
    end = len(left)
    while end > 0 and left[end - 1].low in _DATE_LEADS:
        end -= 1
    k = end
    while k > 0 and left[k - 1].is_word and left[k - 1].text[:1].isupper():
        k -= 1
    if k in (end, 0) or left[k - 1].low not in _PLACE_PREPOSITIONS:
        return left
    return [*left[: k - 1], *left[end:]]


def _verb_before_object(left: Sequence[Token]) -> Token | None:
    """The verb before an object noun phrase ("buy data analytics firm Acme"), or None.

    Read back over nouns, names and determiners; a mark, a preposition or another
    function word ends the phrase without a verb.
    """
    for i in range(len(left) - 1, -1, -1):
        token = left[i]
        if not token.is_word or token.low in lexicon.PREPOSITIONS:
            return None
        if token.text.islower() and token.low not in lexicon.AUXILIARIES:
            if lexicon.is_verb_form(token.text) and not _after_determiner(left, i):
                return token
            if token.low in _FUNCTION and not _opens_phrase(token):
                return None
    return None


def _after_determiner(window: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is inside a noun phrase: a determiner, then adjectives, before it.

    "passed a fire inspection", "its annual fire inspection": "fire" names a kind of
    inspection there; it is not the verb to fire.
    """
    if window[i].low.endswith(("ed", "ing")):
        return False  # "the closing price on Friday", "at a meeting Tuesday": read as before
    if lexicon.lemma(window[i].low) != window[i].low and lexicon.is_verb_form(window[i].text):
        return False  # "The ship made port on Monday": a past form is the verb
    if i > 0 and _opens_phrase(window[i - 1]) and window[i].low in _INCIDENTS:
        return True  # "fought the fire on Sunday"; "his arrest in 2024" is still an arrest
    after = window[i + 1] if i + 1 < len(window) else None
    if after is None or not after.text.islower() or after.low in _FUNCTION:
        return False  # "The school passed a ...": a word before a function word may be a verb
    if lexicon.is_verb_form(after.text) or _is_adverb(after) or after.low in _WHEN_WORDS:
        return False  # "announced a break earlier Wednesday": "earlier" is no noun
    for before in reversed(window[max(0, i - 3) : i]):
        if _opens_phrase(before):
            return True
        if not before.is_word or lexicon.is_verb_form(before.text) or before.low in _FUNCTION:
            return False
    return False


def _opens_phrase(token: Token) -> bool:
    """Whether a word is a determiner that opens a noun phrase ("a", "its"; not "that")."""
    return token.low in lexicon.DETERMINERS and token.low not in lexicon.RELATIVES


def _in_name(window: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is a later word of a capitalised name ("Cedar Ridge Fire").

    A capitalised word right after another capitalised word, neither in capitals
    throughout (a shouted headline) nor a number.
    """
    token = window[i]
    if i == 0 or not token.text[:1].isupper() or token.text.isupper():
        return False
    before = window[i - 1]
    return before.is_word and before.text[:1].isupper() and not before.text.isupper()


def _after_modal(left: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` is a bare verb: lowercase, right after a modal or "to"."""
    token = left[i]
    return (
        i > 0
        and left[i - 1].low in _MODALS
        and token.is_word
        and token.text.islower()
        and token.low not in _FUNCTION
        and token.low not in lexicon.FILLER
    )


_MODALS = frozenset(["must", "will", "would", "can", "could", "should", "may", "might", "to"])


# A verb that says little of its own and the word that tells the doing, as the word the
# doing is dated by: the day a storm "made landfall" or "came ashore" is its landfall's.
# ("take effect" is read as "start" by the attribute, see _PHRASAL.)
_LIGHT_VERB_NOUNS = {
    ("make", "landfall"): "landfall",
    ("come", "ashore"): "landfall",
}
_LIGHT_NOUNS = frozenset(_LIGHT_VERB_NOUNS.values())
_LIGHT_VERB_FORMS = {
    form: verb
    for verb, forms in (
        ("make", ("make", "makes", "made", "making")),
        ("come", ("come", "comes", "came", "coming")),
    )
    for form in forms
}


# Verbs that put a thing on the calendar: "A hearing is set for May 21", "Sentencing is
# scheduled for Oct. 29", "A ruling is expected Friday": the day is the hearing's, the
# sentencing's, the ruling's, not a day of setting.
_SCHEDULING = frozenset(["set", "scheduled", "slated", "rescheduled", "expected", "planned"])
_SCHEDULE_AUXILIARIES = frozenset(["is", "was", "are", "were", "been", "be", "remains"])


def _scheduled_thing(tokens: Sequence[Token], verb: Token) -> Token | None:
    """The thing a passive verb of scheduling puts on a day, as the date's verb, or None.

    The head of the subject: its last word before a preposition ("A hearing on the
    merger is set for" -> "hearing"), read at the verb's place (so "will" and the like
    still mark a day to come).

    >>> tokens = tokenize("A hearing on the merger is set for May 21.")
    >>> _scheduled_thing(tokens, tokens[6]).text
    'hearing'
    """
    if verb.low not in _SCHEDULING:
        return None
    k = _at(tokens, verb.start) - 1
    if k < 0 or tokens[k].low not in _SCHEDULE_AUXILIARIES:
        return None
    while k >= 0 and (tokens[k].low in _SCHEDULE_AUXILIARIES or tokens[k].low in ("has", "have")):
        k -= 1
    subject: list[Token] = []
    while k >= 0 and tokens[k].is_word and len(subject) < _WINDOW:
        subject.insert(0, tokens[k])
        k -= 1
    if k >= 0 and tokens[k].text not in _BOUNDARIES and tokens[k].text not in ",;:":
        return None  # the subject starts in another clause, or past a number
    cut = next((n for n, t in enumerate(subject) if t.low in lexicon.PREPOSITIONS), None)
    subject = subject[:cut]
    if not subject or subject[-1].low in lexicon.FILLER:
        return None
    head = subject[-1]
    if not head.text.islower() and head is not subject[0]:
        return None  # a name ("Judge Ilse Quell"): no thing set
    return Token(head.low, verb.start, verb.end, head.low)


def _set_ahead(tokens: Sequence[Token], verb: int) -> bool:
    """Whether a verb of scheduling is in the present: "is set for", "has been scheduled for".

    What is set so is still to come, as "will hold a hearing" is; "was scheduled for" is not
    (it may have taken place).
    """
    before = [t.low for t in tokens[max(0, verb - 2) : verb]]
    return before[-1:] in (["is"], ["are"], ["remains"]) or before in (
        ["has", "been"],
        ["have", "been"],
    )


_HOLDING = frozenset(["hold", "holds", "host", "hosts", "convene", "convenes"])
_HELD_REACH = 5


def _held_ahead(tokens: Sequence[Token], noun: int) -> bool:
    """Whether a noun read as a date's verb is a thing still to be held.

    "The judge will hold a review hearing on May 27": the hearing is to come, as
    one "set for May 27" is (see :func:`_set_ahead`).
    """
    for k in range(noun - 1, max(-1, noun - _HELD_REACH), -1):
        if tokens[k].low in _HOLDING:
            return _to_come(tokens, k)
        if not tokens[k].is_word or not tokens[k].text.islower():
            return False
    return False


def _light_verb_noun(tokens: Sequence[Token], verb: Token) -> Token:
    """The noun a light verb is read with, as the date's verb ("made landfall"), or the verb.

    >>> text = "The typhoon came ashore on Monday."
    >>> tokens = tokenize(text)
    >>> _light_verb_noun(tokens, tokens[2]).text
    'landfall'
    """
    lemma = _LIGHT_VERB_FORMS.get(verb.low)
    if lemma is None:
        return verb
    k = _at(tokens, verb.end)
    if k >= len(tokens):
        return verb
    word = _LIGHT_VERB_NOUNS.get((lemma, tokens[k].low))
    if word is None:
        return verb
    return Token(word, verb.start, verb.end, word)  # where the verb is: "will take effect"


def _past_closing_comma(text: str, start: int, end: int, right: list[Token]) -> list[Token]:
    """The words after a date, past the comma that closes it when it holds one itself.

    "A jury on Wednesday, March 12, convicted him": a weekday and its date, or a date and
    its year ("on March 12, 2025, approved"), are set off by commas on both sides, and the
    verb after the second is the date's, as it is after "on Wednesday convicted".
    """
    closing = (
        len(right) > 1
        and right[0].text == ","
        and right[1].text.islower()
        and (lexicon.is_verb_form(right[1].text) or _is_adverb(right[1]))
        and not right[1].low.endswith("ing")  # "on Friday, May 2, handing out ...": an aside
        and right[1].low not in lexicon.DETERMINERS
        and right[1].low not in lexicon.PRONOUNS
    )
    return right[1:] if closing and "," in text[start:end] else right


def _date_verb_after(right: Sequence[Token]) -> Token | None:
    """The verb right after a date ("on Friday approved"), not across a new clause."""
    for token in right[:4]:
        if token.text == "," or token.low in lexicon.PRONOUNS or token.low == "that":
            return None
        if token.low in lexicon.CONJUNCTIONS:
            return None  # "passed it on June 4 and had completed ...": another verb's phrase
        if token.low in lexicon.AUXILIARIES or token.low.endswith("ly"):
            continue
        if lexicon.is_verb_form(token.text):
            return token
        if token.low in lexicon.PREPOSITIONS:
            return None  # "convicted in May after deliberating": "after" starts another phrase
    return None


_OPENING_REACH = 8


def _verb_after_opening(right: Sequence[Token]) -> Token | None:
    """The verb of a clause a date opens, set off by a comma: "On May 2, the firm detected".

    Past the comma and the subject (names, nouns, a pronoun, auxiliaries) to the first
    lowercase verb; never across another comma, a conjunction or "that".
    """
    if not right or right[0].text != ",":
        return None
    for token in right[1:_OPENING_REACH]:
        if token.text == "," or token.low in lexicon.CONJUNCTIONS or token.low == "that":
            return None
        if token.low in lexicon.AUXILIARIES or not token.text.islower():
            continue
        if lexicon.is_verb_form(token.text):
            return token
    return None


def _is_adverb(token: Token) -> bool:
    return token.low in lexicon.ADVERBS or (token.low.endswith("ly") and token.low != "fatally")


def _event_after(right: Sequence[Token], *, relative_ends: bool = False) -> Token | None:
    """The event verb after a count: "were killed", "were also wounded", "in the van were hurt".

    Auxiliaries and adverbs are passed over, and so is one short prepositional
    phrase before the verb. In "shot and killed", "shot to death", "shot dead"
    the last event word says what happened; "fatally" makes any verb a killing.
    With ``relative_ends`` (after an amount), a relative pronoun ends that phrase: in
    "took $9 million from clients who had hired him", "hired" is what the clients did.
    """
    i = 0
    skipped_phrase = False
    while i < len(right):
        token = right[i]
        if token.text == "," or token.low in lexicon.PRONOUNS or token.low == "that":
            return None
        if token.low in lexicon.AUXILIARIES or _is_adverb(token):
            i += 1
            continue
        if token.low == "fatally":
            return token
        if (
            token.low in lexicon.STATUS_WORDS
            and i + 1 < len(right)
            and lexicon.event_class(right[i + 1].text)
        ):
            i += 1  # "confirmed dead", "feared killed": the event is the next word
            continue
        if token.low in lexicon.PREPOSITIONS and not skipped_phrase:
            j = i + 1
            while j < min(len(right), i + 5) and not _verbal(right[j]):
                if right[j].text == "," or right[j].low in lexicon.CONJUNCTIONS:
                    return None
                if relative_ends and right[j].low in lexicon.RELATIVES:
                    return None
                j += 1
            if j < len(right) and _verbal(right[j]):
                skipped_phrase = True
                i = j
                continue
            return None
        if lexicon.is_verb_form(token.text) and lexicon.event_class(token.text):
            return _last_event(right, i)
        if token.low in _HARM_TAKEN:
            return _harm_taken(right[i + 1 : i + 9])
        return None
    return None


# Verbs whose object names a harm the subject took: "Six received injuries", "three suffered
# gunshot wounds", "two sustained minor injuries" count the injured, as "six were hurt" does.
_HARM_TAKEN = frozenset("received suffered sustained suffer suffers sustain sustains".split())
_HARM_REACH = 4  # words before the harm's noun: "minor", "gunshot", "non-life-threatening"


def _harm_taken(words: Sequence[Token]) -> Token | None:
    """The noun of an injury in the object of a verb of taking harm, or None.

    Up to four words, adjectives and nouns before it ("minor", "gunshot"; hyphens not
    counted: "non-life-threatening"); a preposition, a comma or a conjunction ends the
    object, and "no" denies the harm.
    """
    seen = 0
    for token in words:
        if token.text in "-‐":
            continue  # "non-life-threatening injuries": one adjective of three words
        seen += 1
        if seen > _HARM_REACH or not token.is_word or token.low in lexicon.PREPOSITIONS:
            return None
        if token.low in lexicon.CONJUNCTIONS or token.low in ("no", "not", "any"):
            return None  # "Two suffered no injuries": none were hurt
        if lexicon.event_class(token.text) == "e:injured":
            return token
    return None


def _verbal(token: Token) -> bool:
    """An auxiliary or an inflected event verb ("killed", "died"), not a noun ("murder")."""
    if token.low in lexicon.AUXILIARIES:
        return True
    inflected = lexicon.lemma(token.low) != token.low
    return inflected and lexicon.is_verb_form(token.text) and bool(lexicon.event_class(token.text))


def _last_event(right: Sequence[Token], i: int) -> Token:
    """From an event verb, the word that finishes the event: "shot and killed" -> "killed"."""
    best = right[i]
    for token in right[i + 1 : i + 4]:
        if token.low in ("and", "to"):
            continue
        if lexicon.event_class(token.text) in ("e:killed", "e:injured"):
            best = token
        break
    return best


# Words before the noun of a period: "the same quarter", "its latest fiscal year".
_PERIOD_LEADS = frozenset(
    "the its their a this that same latest last past most recent fiscal first second third"
    " fourth full calendar".split()
)
_PERIOD_HEADS = frozenset(["quarter", "half", "year", "period", "month", "week", "season"])


def _a_period_phrase(body: Sequence[Token]) -> bool:
    """Whether words after "in" name a period: "the quarter", "the same quarter a year earlier"."""
    k = 0
    while k < len(body) and (body[k].low in _PERIOD_LEADS or body[k].text == "-"):
        k += 1
    return k > 0 and k < len(body) and body[k].low in _PERIOD_HEADS


def _frame(right: Sequence[Token], left: Sequence[Token] = ()) -> list[Token]:
    """The phrase after money that says what it is.

    "in repair costs, cleanup and other expenses" or "worth of jewelry":
    words, commas and "and"/"or" up to the next verb, preposition or mark.
    """
    if right and right[0].low == "in":
        body = right[1:]
        alone = len(body) <= 1 or not body[1].is_word or body[1].low in ("and", "or")
        if body and body[0].low in _MEANS and alone and _price(left):
            return []  # "for $2.4 billion in cash": how it is paid, not what it is
        if body and body[0].low in _CRYPTO and alone:
            return []  # "demanding $2 million in bitcoin": the form it is paid in
        if _a_period_phrase(body):
            return []  # "$3.9 billion in the quarter": when it was, not what it is
    elif len(right) > 1 and right[0].low == "worth" and right[1].low == "of":
        body = right[2:]
    else:
        return []
    out: list[Token] = []
    for k, token in enumerate(body):
        listing = token.text == "," or token.low in ("and", "or")
        if not (listing or token.is_word):
            break
        if listing and k + 1 < len(body) and body[k + 1].low in SMALL:
            break  # "$9,500 in cash and two rifles": the list goes on to another count
        if token.text == "," and _speaker_after(body, k):
            break  # "$9 million in savings, the firm said": who said it, not what it is
        if token.low in lexicon.PREPOSITIONS or token.low == "according":
            break
        if out and (token.low in _WHEN_WORDS or token.low in ("last", "next")):
            break  # "in emergency funds earlier this month": when, not what
        # "in emergency funding": an -ing noun is part of the phrase, not a verb after it
        verb = lexicon.is_verb_form(token.text) and token.low not in ING_NOUNS
        if out and token.is_word and verb and not _modifies_next(body, k):
            break
        out.append(token)
    while out and (not out[-1].is_word or out[-1].low in ("and", "or")):
        out.pop()  # "$4,000 in cash and 3 rifles": the list goes on to another value
    return out


_SPEAKER_REACH = 5


def _speaker_after(body: Sequence[Token], k: int) -> bool:
    """Whether the words after a comma at ``k`` are a speaker and a verb of saying."""
    for token in body[k + 1 : k + 1 + _SPEAKER_REACH]:
        if token.text == "," or not token.is_word:
            return False
        if token.low in lexicon.SPEECH_VERBS:
            return True
    return False


def _modifies_next(body: Sequence[Token], k: int) -> bool:
    """Whether a bare verb stem modifies the noun after it: "in annualized cost savings".

    "cost" is a verb too, but before a noun that is no verb it is a noun's modifier.
    """
    word, after = body[k], body[k + 1] if k + 1 < len(body) else None
    return (
        lexicon.lemma(word.low) == word.low
        and after is not None
        and after.is_word
        and after.text.islower()
        and after.low not in lexicon.FILLER
        and after.low not in lexicon.PREPOSITIONS
        and not lexicon.is_verb_form(after.text)
    )


_EXTENTS = frozenset(["long", "wide", "tall", "high", "deep"])  # "a 30-foot-tall wall"
_NAME_WORDS = 5  # the words of a name between a glued measure and its noun, at most


def _lasting(right: Sequence[Token]) -> list[Token]:
    """The noun a span of time or a measure glued to a count stands before: "six-week inquiry".

    Up to three plain lowercase words after it (and after "-long"), ending at a word
    that is no noun: "a 20-year prison sentence" -> prison sentence. A name of up to five
    words before them is passed over: "a 12-night Baltic tour" -> tour, "the 90-car
    Union & Western Railway train" -> train.
    """
    if len(right) > 1 and right[0].text in "-‐" and right[1].low in _EXTENTS:
        right = right[2:]
    named = 0  # a name's words: capitalised, or an ampersand between them
    while named < min(_NAME_WORDS, len(right) - 1) and (
        (right[named].is_word and right[named].text.istitle()) or right[named].text == "&"
    ):
        named += 1
    if named and not _plain_noun(right[named]):
        named = 0  # "a 12-week Course ended": no lowercase noun after the name
    out: list[Token] = []
    words = right[named : named + _COMPOUND]
    for k, token in enumerate(words):
        noun = _plain_noun(token) or (token.low in ING_NOUNS and token.text.islower())
        if not noun and not k and token.low.endswith("ed") and token.text.islower():
            # "a 90-car loaded grain train": a participle first, before a noun, modifies
            # it ("the 40-unit building leaked gas": a verb after the noun does not)
            noun = len(words) > 1 and _plain_noun(words[1])
        if not noun or token.low in _NOT_NOUNS:
            break
        out.append(token)
    return out


# How an amount is paid: "$2.4 billion in cash", "$300 million in stock".
_MEANS = frozenset(["cash", "stock", "shares"])
_CRYPTO = frozenset(["bitcoin", "bitcoins", "cryptocurrency", "crypto", "ether"])
# Verbs whose amount is a price, so "in cash" after it says how it is paid.
_PAYING = frozenset(["pay", "offer", "bid", "buy", "acquire", "sell", "receive", "accept"])


def _changed_in(right: Sequence[Token], frame: Sequence[Token]) -> list[Token]:
    """What a change noun after a value changes: "a 4% increase in the water rate" -> water rate.

    The noun is one of a change ("increase", "cut", "hike"), followed by "in", a determiner
    at most, then plain lowercase nouns up to a mark or a function word.
    """
    if len(frame) != 1 or lexicon.lemma(frame[-1].low) not in _CHANGE_VERBS | {"hike", "rise"}:
        return []
    k = len(frame)
    if k >= len(right) or right[k].low != "in":
        return []
    k += 1
    if k < len(right) and right[k].low in lexicon.DETERMINERS:
        k += 1
    out: list[Token] = []
    for token in right[k : k + _COMPOUND]:
        if not _plain_noun(token) or token.low in _NOT_NOUNS:
            break
        verb = token.low.endswith("s") and lexicon.is_verb_form(lexicon.lemma(token.low))
        if out and verb and not out[-1].low.endswith("s"):
            break  # "a cut in the bus fare starts": the verb after a singular noun
        out.append(token)
    return out


def _takes_effect(left: Sequence[Token]) -> Token | None:
    """The verb of "takes effect", "went into effect" right before a date (and "on"), or None."""
    words = list(left[-4:])
    if words and words[-1].low == "on":
        words.pop()
    if len(words) < 2 or words[-1].low != "effect":
        return None
    verb = words[-2]
    if verb.low == "into" and len(words) > 2:
        verb = words[-3]  # "go into effect"
    return verb if verb.low in _EFFECT_VERBS else None


_EFFECT_VERBS = frozenset("take takes took taken taking go goes went gone".split())


# Nouns of a change of an amount: "an increase of 3 percent", "a decline of 2%".
_CHANGES = frozenset(["increase", "rise", "gain", "jump", "decrease", "decline", "drop", "fall"])


def _change_of_amount_before(
    tokens: Sequence[Token], start: int, value: Value, before: Claim | None
) -> tuple[Claim, Token] | None:
    """The amount a share is the change of, set off right after it, and the change's noun.

    "Revenue of $4.8 billion, an increase of 3 percent compared with a year earlier": the
    share is set off by a comma after an amount, as "a <change> of", so it is the change of
    what that amount measures (the revenue), read as "revenue rose 3 percent".
    """
    if not isinstance(value, Quantity) or value.kind != "percent" or before is None:
        return None
    if not isinstance(before.value, Quantity) or not before.attribute_tokens:
        return None
    first = _at(tokens, start)
    if first < 4:
        return None
    comma, article, change, of = tokens[first - 4 : first]
    if (
        comma.text != ","
        or article.low not in ("a", "an")
        or change.low not in _CHANGES
        or of.low != "of"
    ):
        return None
    ends = before.span.end
    return (before, change) if comma.start - ends <= 1 and before.text else None


def _change_noun(verb: Token | None, end: int) -> bool:
    """Whether the word read as a value's verb is a noun of a rise after it ("a 4% increase")."""
    return verb is not None and verb.start >= end and verb.low in _RISES


_RISES = frozenset(["increase", "hike", "rise", "raise"])
_TOTALING = frozenset(["totaling", "totalling", "totaled", "totalled", "worth"])


def _totaling_rise(tokens: Sequence[Token], start: int, value: Value) -> bool:
    """Whether a share is the total of rises named right before it: "increases totaling 21%"."""
    if not isinstance(value, Quantity) or value.kind not in ("percent", "money"):
        return False
    first = _at(tokens, start)
    return (
        first >= 2
        and tokens[first - 1].low in _TOTALING
        and lexicon.lemma(tokens[first - 2].low) in _RISES
    )


def _price(left: Sequence[Token]) -> bool:
    """Whether an amount is a price: after "for" or a verb of paying ("paid $5 in cash").

    "seized $31,000 in cash", "stole $900 in cash": the cash is what the amount is.
    """
    before = [t for t in left[-2:] if t.is_word]
    return any(t.low == "for" or lexicon.lemma(t.low) in _PAYING for t in before)


def _object_before(tokens: Sequence[Token], first: int) -> tuple[list[Token], Token | None]:
    """The object an amount or a share puts a figure on or changes by: "VERB the NP at/by".

    "put the resale value of the stolen bikes at $40,000": the resale value; "raises the
    water rate by 4 percent", "cut spending by $9 million": the rate, the spending. The
    noun phrase must follow a word that is no preposition ("a rise in the rate by 4
    percent" is left alone), and stands right before "at" or "by"; before an "of" it is
    the noun the phrase is about. Returned with the word before it when that is a verb
    of the lexicon in any form ("raises"), else None.
    """
    left = tokens[max(0, first - _OBJECT_WINDOW) : first]
    if len(left) < 3 or left[-1].low not in ("at", "by"):
        return [], None
    phrase: list[Token] = []
    k = len(left) - 2
    while k >= 0:
        token = left[k]
        if not token.is_word:
            return [], None
        determiner = token.low in lexicon.DETERMINERS or token.low.endswith(("'s", "’s"))
        if determiner and not (k > 0 and left[k - 1].low == "of"):
            k -= 1
            break
        if determiner or token.low == "of":
            phrase.insert(0, token)
            k -= 1
            continue
        inflected = lexicon.lemma(token.low) != token.low
        participle = inflected and lexicon.is_verb_form(token.text)
        if participle and k > 0 and left[k - 1].low in lexicon.DETERMINERS:
            phrase.insert(0, token)  # "the stolen bikes": a participle modifying the noun
            k -= 1
            continue
        if not token.text.islower() or participle:
            break
        if lexicon.is_verb_form(token.text) or lexicon.noun_token(token.text) is None:
            break
        if token.low in _NOT_NOUNS:
            break
        phrase.insert(0, token)
        k -= 1
    if k < 0 or not left[k].is_word or left[k].low in lexicon.PREPOSITIONS:
        return [], None
    head = next((i for i, t in enumerate(phrase) if t.low == "of"), len(phrase))
    phrase = [t for t in phrase[:head] if t.low not in lexicon.DETERMINERS]
    if not 0 < len(phrase) <= _COMPOUND:
        return [], None
    verb = left[k]
    known = verb.text.islower() and lexicon.is_verb_form(lexicon.lemma(verb.low))
    return phrase, verb if known else None


_OBJECT_WINDOW = 12  # "put the resale value of the stolen bikes at": a verb, its object, "at"


def _party(right: Sequence[Token]) -> list[Token]:
    """Who an amount goes from or to: "from my mother", "to the victims" -> the noun phrase.

    A preposition of source or goal right after the amount, then up to three words up to
    the next mark, function word or verb; the determiners and possessives are dropped.
    """
    if not right or right[0].low not in ("from", "to", "for"):
        return []
    out: list[Token] = []
    for token in right[1:5]:
        if not token.is_word or token.low in _NOT_NOUNS:
            break
        if token.low in lexicon.FILLER or token.low in lexicon.NOUN_MARKERS:
            if out:
                break
            continue
        if token.low.endswith(("ed", "ing")) and lexicon.is_verb_form(token.text):
            break  # "from clients trusting him": a participle starts a new phrase
        out.append(token)
    return out[:3]


def _modified(left: Sequence[Token], right: Sequence[Token], value: Quantity) -> list[Token]:
    """The noun an amount or a share stands before as a modifier, or the state a share is in.

    "a $250,000 fine", "the €2bn price tag", "a 27% premium", "a $69 million break-up
    fee": after a determiner, the value says how big the noun after it is. "35 percent
    contained", "80% complete": a share followed by a participle is the share in that
    state. A word that is inflected as a verb ("$5 paid by") ends the noun.
    """
    if not right or not right[0].is_word or not right[0].text.islower():
        return []
    if (
        value.kind == "percent"
        and right[0].low.endswith("ed")
        and lexicon.is_verb_form(right[0].text)
    ):
        return [right[0]]
    if not left or (left[-1].low not in lexicon.DETERMINERS and not _adjective_after(left)):
        return []
    out: list[Token] = []
    for token in right[:5]:
        if token.text in "-‐" and out:
            out.append(token)
            continue
        if not token.is_word or not token.text.islower():
            break
        if out and out[-1].text in "-‐":
            out.append(token)  # "break-up", "one-time": the second half of a compound
            continue
        inflected = lexicon.lemma(token.low) != token.low
        if lexicon.noun_token(token.text) is None or (
            inflected and lexicon.is_verb_form(token.text)
        ):
            break
        if token.low in _NOT_NOUNS or sum(t.is_word for t in out) >= _COMPOUND:
            break
        out.append(token)
    while out and not out[-1].is_word:
        out.pop()
    if out and lexicon.lemma(out[-1].low) != out[-1].low:
        # "the $79 million analysts had expected": a plural after "a"/"the" and an amount
        # is the subject of what follows, not the thing the amount is the size of.
        return []
    return out


_SHARE_REACH = 6


def _share_of(right: Sequence[Token]) -> list[Token]:
    """The noun a share is of: "6 percent of the company's global workforce" -> "workforce".

    After "of", the head of the noun phrase: its last word before a mark, a preposition, a
    verb or a function word; determiners, possessives and modifiers before it are left out,
    so "of its workforce" and "of the firm's global workforce" name one whole.
    """
    if not right or right[0].low != "of":
        return []
    head: Token | None = None
    for token in right[1:_SHARE_REACH]:
        if not token.is_word or token.low in lexicon.PREPOSITIONS or token.low in _CONJUNCTIONS:
            break
        if token.low in lexicon.DETERMINERS or token.low.endswith(("'s", "’s")):
            continue
        inflected = lexicon.lemma(token.low) != token.low
        if (inflected and lexicon.is_verb_form(token.text)) or lexicon.noun_token(
            token.text
        ) is None:
            break
        head = token
    return [head] if head is not None else []


_ASKING = frozenset(["demand", "seek", "ask", "want"])


def _asked_for(right: Sequence[Token]) -> Token | None:
    """The verb of a clause right after an amount that asks for it, or None.

    "will not pay the $2 million the hackers are demanding", "the $5,000 he wanted": the
    amount is the object of the asking, which says what it is better than "pay".
    """
    k = 1 if right and right[0].low in lexicon.DETERMINERS else 0
    if k >= len(right) or not right[k].is_word or right[k].low in lexicon.PREPOSITIONS:
        return None
    if right[k].low in lexicon.FILLER and right[k].low not in lexicon.PRONOUNS:
        return None  # "$2 million and demanded": no clause of its own
    k += 1
    while k < len(right) and right[k].low in lexicon.AUXILIARIES:
        k += 1
    if k < len(right) and right[k].text.islower() and lexicon.lemma(right[k].low) in _ASKING:
        return right[k]
    return None


def _adjective_after(left: Sequence[Token]) -> bool:
    """Whether the words before an amount end in a determiner and one adjective: "a revised"."""
    if len(left) < 2 or left[-2].low not in lexicon.DETERMINERS:
        return False
    word = left[-1]
    return word.is_word and word.text.islower() and word.low not in lexicon.FILLER


_NOT_NOUNS = (
    lexicon.PREPOSITIONS
    | lexicon.CONJUNCTIONS
    | lexicon.RELATIVES
    | frozenset(["if", "unless", "than", "as", "once", "until", "after", "before"])
)
# What is kept about people, whose count a data breach states: "the personal information
# of 45,000 people", "Social Security numbers of 45,000 residents", "records of 900 patients".
_PERSONAL_DATA = frozenset(["information", "data", "record", "detail", "number"])


def _of_noun_tokens(noun: Token) -> list[str]:
    """The tokens of the noun before "of" and a value: data about people as one, "data"."""
    if noun.text.islower() and lexicon.lemma(noun.low) in _PERSONAL_DATA:
        return ["data"]
    return normalise([noun])


_COMPOUND = 3  # words of a noun compound after an amount: "one-time restructuring charge"


def _ahead_of(words: Sequence[Token], noun: Token | None) -> bool:
    """Whether words modify a noun from before it: "adjusted" of "adjusted earnings of"."""
    return noun is not None and bool(words) and words[-1].start < noun.start


def _put(phrase: list[str], words: str, *, before: bool) -> None:
    """Words into a readable attribute, in the order a reader says them.

    The noun an amount is "of" comes first in the phrase; words that stood before it in
    the sentence go before it.

    >>> phrase = ["earnings"]
    >>> _put(phrase, "adjusted", before=True)
    >>> _put(phrase, "reported", before=True)
    >>> phrase
    ['reported', 'adjusted', 'earnings']
    """
    if before:
        phrase.insert(0, words)
    else:
        phrase.append(words)


def _of_what(phrase: list[str], noun: Token | None) -> None:
    """Put "of" after the noun an amount is "of" when what is counted or measured follows."""
    if noun is not None and phrase and phrase[-1] == noun.text:
        phrase[-1] = f"{noun.text} of"


def _attribute(
    value: Value, context: _Context, *, lead: bool, event: str | None = None
) -> tuple[str | None, tuple[str, ...]]:
    """The readable attribute and its normalised tokens (head first).

    The day something was said ("police said Sunday") is the day of that
    outlet's report, which differs legitimately between outlets; only in the
    lead sentence, where saying is the news ("the ministry said Friday it had
    ..."), is it compared as the day of the announcement.
    """
    if isinstance(value, EntityRef):
        return None, ()
    phrase: list[str] = []
    thing: list[str] = []
    if context.of_noun is not None:
        # "revenue of $2 billion": the "of" leads to the value, which a title does not hold.
        phrase.append(context.of_noun.text)
        thing.extend(_of_noun_tokens(context.of_noun))
    head: str | None = None
    if isinstance(value, Quantity) and value.unit and value.kind == "count":
        _of_what(phrase, context.of_noun)  # "files of 23,700 members": "files of members"
        phrase.append(value.unit)
        unit_tokens = list(_unit_tokens(value.unit))
        thing = thing + unit_tokens
        head = next((t for t in reversed(unit_tokens) if not t.startswith("@")), None)
    if context.frame:
        frame_tokens = normalise(context.frame, drop_contrastive=True)
        before = _ahead_of(context.frame, context.of_noun)
        if not before:
            _of_what(phrase, context.of_noun)  # "winds of 40 mph": "winds of mph"
        _put(
            phrase,
            " ".join(t.text for t in context.frame).replace(" ,", ",").replace(" - ", "-"),
            before=before,
        )
        thing.extend(frame_tokens)
        head = head or next((t for t in reversed(frame_tokens) if not t.startswith("@")), None)
    rate = _rate_token(value)
    if rate is not None:
        thing.append(rate)
    verb = context.verb or context.possessed
    found = lexicon.event_class(verb.text) if verb is not None else None
    event = f"e:{event}" if event else found
    if context.subject:
        # "Turnout was 38 percent", "the death toll rose to 37": the subject says what.
        subject_tokens = normalise(context.subject)
        if isinstance(value, Quantity) and value.kind == "money":
            # "Damage was estimated at $2 million", "losses were $9 million": a noun of an
            # event says what the amount is, as the verb would ("damaged", "lost").
            subject_tokens = [lexicon.event_class(t) or t for t in subject_tokens]
        _put(
            phrase,
            " ".join(t.text for t in context.subject),
            before=_ahead_of(context.subject, context.of_noun),
        )
        counted = _tally_of(subject_tokens)
        if counted:
            event = event or counted
        else:
            thing.extend(subject_tokens)
            head = head or next(
                (t for t in reversed(subject_tokens) if not t.startswith("@")), None
            )
    if head in lexicon.MEASURES:
        event = None  # "four days after his death": a duration, not a count of the dead
        if context.measured:  # "9 inches of snow": of snow, whatever dropped it
            phrase.append(" ".join(["of", *(t.text for t in context.measured)]))
            thing.extend(normalise(context.measured))
        if head in _TIME_UNITS and _how_long(context, verb):
            thing.append(_LASTS)
        elif verb is not None and _sets_measure(verb):
            # "sentenced to 12 years", "sought 15 years": the verb says which term it is,
            # as a plain word, so a term is never taken for a count of an event; its
            # synonyms folded ("scorched 900 acres" / "burned 900 acres").
            thing.append(lexicon.noun_token(verb.low) or lexicon.lemma(verb.low))
    difference = next((t for t in thing if t in lexicon.DIFFERENCES), None)
    if context.by_margin:
        difference = "margin"
        phrase.insert(0, "margin in")
        thing.append(difference)
    if difference is not None:
        # "a margin of 2,339 votes": the difference is what is measured, in votes.
        head, event = difference, None
    if verb is not None:
        # "Two died and four others were in the hospital": the clause's own event, not the
        # nearest casualty verb's, says what the four are.
        casualty = event in _CASUALTIES and lexicon.event_class(verb.text) in _CASUALTIES_SHOT
        is_count = isinstance(value, Quantity) and value.kind == "count"
        # "Two firefighters were treated": what is counted reads "firefighters injured".
        _put(
            phrase,
            event[2:] if casualty and is_count and event else verb.text,
            # "adjusted earnings of $1.20", but "dispatched a team of 5": "team of ... dispatched"
            before=context.of_noun is not None and 0 <= context.of_noun.start - verb.end <= 1,
        )
    if rate is not None:
        # "will pay $12.10 per share", "buy it for $12.10 a share": the price of one share
        # is what is measured; the verb only says who pays it to whom.
        verb = event = None
    if event == _CHARGED and isinstance(value, Quantity) and value.kind == "money":
        # "will record a charge of $160 million": money is charged as a cost or a fee,
        # never as a crime; the noun says what, as in "restructuring charges of $175 million".
        event, head = None, "charge"
        thing.append(head)
    if context.spent_on is not None:
        # "voted to spend $12 million reconstructing the road" is what the reconstruction
        # costs, as "a $14 million reconstruction of the road" is: the doing it pays for says
        # what the sum is.
        head = lexicon.noun_token(context.spent_on.text) or context.spent_on.low
        thing, event = [head], None
        phrase.append(context.spent_on.text)
    if event:
        thing.append(event)
    elif verb is not None and not thing:
        # The verb alone says what: as a word with its synonyms ("repay" is restitution),
        # with the parties it names ("took $18,000 from my mother"), so that two sums
        # taken from different people are not one sum.
        named = lexicon.noun_token(verb.text) or lexicon.lemma(verb.text)
        thing.append(named)
        head = named
        if named == lexicon.lemma(verb.text):
            thing.extend(normalise(context.parties))
    elif (
        verb is not None
        and len(thing) == 1
        and thing[0] in lexicon.GENERIC
        and (_sets_measure(verb) or (verb.text.islower() and verb.low.endswith("s")))
    ):
        # "employs 4,100 people", "forced 3,200 people from their homes": "people" alone
        # could be anyone; the verb says which people. People employed are employees.
        employed = _EMPLOYED.get(lexicon.lemma(verb.low))
        # A head count keeps its verb: "employs 5,000 people" is all of a firm's staff,
        # which meets "5,000 workers" but not "the records of 300 staff members".
        thing = [employed, _HEAD_COUNT] if employed else [*thing, lexicon.lemma(verb.low)]
        head = employed or head
        if employed:
            phrase = [employed + "s"]  # "employs 900 people": employees
    elif verb is not None and thing == [_EMPLOYED.get(lexicon.lemma(verb.low))]:
        phrase = [thing[0] + "s"]  # "employs 900 team members": employees
        thing = [*thing, _HEAD_COUNT]
    elif (
        verb is not None
        and thing == list(_EMPLOYED.values())
        and lexicon.lemma(verb.low) not in _EMPLOYED
        and verb.text.islower()
        and verb.low not in lexicon.AUXILIARIES
    ):
        # "a union that represents 3,400 workers": the workers the verb picks out, a part
        # of the head count or another set, which the verb heads ("employs" does not).
        head = lexicon.lemma(verb.low)
        thing = [head, *thing]
    if isinstance(value, DateRange):
        # A date is about the event it dates: "date announced", "date arrested"; or what
        # a plain verb says happened then ("started Sunday", "closing price on Friday").
        # The day something was reported is the day of one outlet's report: never compared.
        phrase = [f"date {verb.text}"] if verb is not None else []
        if verb is not None and context.particle is not None:
            phrase = [f"date {verb.text} {context.particle.text}"]  # "date gave way"
        if context.expected is not None and verb is None:
            noun = context.expected
            named = lexicon.event_class(noun.text) or lexicon.noun_token(noun.text) or noun.low
            return f"date {noun.text}", (named, FUTURE)
        if context.incident is not None and verb is None:
            noun = context.incident
            return f"date {noun.low}", (_INCIDENTS[noun.low],)
        reporting = verb is not None and lexicon.lemma(verb.text) in lexicon.REPORTING
        plain = (
            verb is not None
            and verb is context.verb
            and (
                _plain_verb(verb)
                or verb.low in _STARTING
                or verb.low in _EFFECT_VERBS
                or verb.low in _LIGHT_NOUNS  # "made landfall": the landfall
                or context.scheduled  # "A hearing is set for May 21": the hearing
            )
        )
        if context.phrasal is not None and plain:
            thing = [context.phrasal]  # "broke out on Sunday": it started on Sunday
        if not (event or plain) or (reporting and not lead):
            return (" ".join(phrase) or None), ()
        if context.future:
            # "will be sentenced in October" dates what is still to come: never the day
            # the same thing happened ("was sentenced on Thursday"), nor in conflict with it.
            thing.append(FUTURE)
    tokens = list(dict.fromkeys(thing))
    if not tokens:
        return (" ".join(phrase) or None), ()
    # The event is what a count turns on when there is one ("killed", "rescued"): two
    # wordings of the victims ("a man", "one person") still meet under it. An amount
    # named by "of" is about that noun whatever is done with it: "declared a dividend
    # of 22 cents" and "will pay a dividend of 22 cents" state one dividend.
    # So is an amount that names its noun ("a $250,000 fine", "$4.6 million in restitution"):
    # "fined $250,000" and "pay a $250,000 fine" meet under "fine".
    named_amount = isinstance(value, Quantity) and value.kind == "money"
    if named_amount and context.of_noun is not None:
        head = next(iter(normalise([context.of_noun])), head)
    elif rate is not None and not (rate in _PER_TIME and context.frame and head is not None):
        head = rate  # "$38.50 per share", "$38.50 a share": a price per share, whatever buys it
    elif named_amount and context.frame and head is not None:
        pass  # "$400 million a year in cost savings": savings, at a yearly rate
    elif event:
        head = event
    if head not in tokens:
        # the last word read, never a mark: "will take effect Monday" turns on its start,
        # not on "~future" (which would block it away from "effective Sept. 12")
        head = next((t for t in reversed(tokens) if not t.startswith("~")), tokens[-1])
    rest = sorted(t for t in tokens if t != head)
    return " ".join(phrase), (head, *rest)


# Verbs of how long a doing lasts, told as one token: "will take 14 months" / "lasted a year".
_LASTING_VERBS = frozenset(["take", "last", "run", "stretch", "drag"])
_LASTS = "last"  # not "~": a glued "a two-hour meeting" holds the words of "lasted"
_TIME_UNITS = frozenset(["year", "month", "week", "day", "hour", "minute", "second"])
# Verbs of speaking before a gathering, the doing a count of speakers counts ("spoke", "addressed
# the board", "testified"); not "said", which tells what was said, not who took the floor.
_SPEAKING = frozenset(["speak", "address", "testify"])


def _spoke_after(right: Sequence[Token]) -> Token | None:
    """The verb of speaking right after a count, past adverbs: "some 33 citizens addressed"."""
    for token in right[:_SPEAKING_REACH]:
        if _is_adverb(token):
            continue
        inflected = lexicon.lemma(token.low) != token.low
        if inflected and token.text.islower() and lexicon.lemma(token.low) in _SPEAKING:
            return token
        return None
    return None


_SPEAKING_REACH = 3


def _to_be_spent_on(verb: Token, right: Sequence[Token]) -> Token | None:
    """The doing a sum still to be spent pays for: "to spend $5 million repaving the road".

    Only the plain form of "spend" ("voted to spend", "will spend"): a sum to be spent on a
    doing is what that doing costs; a sum spent ("has spent $2 million on the work so far")
    may be a part of it. The doing is a verb in -ing right after the sum ("repaving"), or a
    noun of doing after "on the" ("on the repaving", "on the reconstruction").
    """
    if verb.low != _SPEND or not right:
        return None
    first = right[0]
    if first.text.islower() and first.low.endswith("ing") and lexicon.is_verb_form(first.text):
        return None if first.low in lexicon.PREPOSITIONS | _ING_LINKS else first
    if first.low == "on" and len(right) > 2 and right[1].low in lexicon.DETERMINERS:
        noun = right[2]
        doing = noun.low.endswith(_DOINGS) and len(noun.low) > _SHORTEST_DOING
        return noun if doing and noun.text.islower() else None
    return None


_SPEND = "spend"
# Words in -ing that link a sum to a time or a matter, not a doing it pays for: "will spend
# $2 million starting next year", "beginning in May", "following the vote".
_ING_LINKS = frozenset(
    "following regarding according starting beginning excluding concerning pending totaling "
    "totalling".split()
)


def _how_long(context: _Context, verb: Token | None) -> bool:
    """Whether a span of time says how long a doing lasts.

    Told by a verb of lasting, in any tense ("will take about 14 months", "would last two
    years", "lasted six hours"), or glued to a noun of doing ("a six-week inquiry", "a
    two-hour meeting"); not to a thing ("a 12-hour shift", "a 10-year sentence").
    """
    if verb is not None and lexicon.lemma(verb.low) in _LASTING_VERBS:
        return True
    noun = context.frame[-1].low if context.glued else ""
    return noun.endswith(_DOINGS) and len(noun) > _SHORTEST_DOING


_DOINGS = ("ing", "ion", "ment")
_SHORTEST_DOING = 5  # "thing", "ring", "lion" are no doings


# Verbs that change a figure by an amount: "reduce its workforce by 1,200 positions".
_CHANGE_VERBS = frozenset(
    "reduce cut trim slash shrink lower decrease increase raise boost expand grow".split()
)
_CASUALTIES = frozenset(["e:killed", "e:injured"])
_CHARGED = "e:charged"
_CASUALTIES_SHOT = _CASUALTIES | {"e:shot"}
# Verbs whose object people are a kind of people: "employs 900 people" counts employees.
_EMPLOYED = {"employ": "employee"}
_HEAD_COUNT = "employ"

_PARTICLES = frozenset(["out", "off", "up", "down"])
# Phrasal verbs that mean another verb: "the fire broke out on Sunday" started then.
_PHRASAL = {
    ("break", "out"): "start",
    ("kick", "off"): "start",
    ("set", "off"): "start",
    ("take", "effect"): "start",  # "the cuts will take effect in November": they start then
    # a day of one happening told with a verb and its particle (see group._HAPPENINGS)
    ("give", "way"): "collapse",  # "the ceiling gave way on Monday": it collapsed
    ("cav", "in"): "collapse",  # "the tunnel caved in on Monday"
    ("step", "down"): "resign",  # "the chief stepped down Friday": she resigned
    ("shut", "down"): "close",  # "the plant shut down in May": it closed
    ("sign", "off"): "approve",  # "the board signed off on the plan Tuesday": approved it
}
# Words before a verb of a state that lasts: "remained unaccounted for", "still missing".
_LASTING = frozenset(["still", "remain", "remains", "remained"])
# Adjectives right before a date that say what starts then: "effective Nov. 3".
_STARTING = frozenset(["effective"])


def _plain_verb(verb: Token) -> bool:
    """Whether a verb says what happened, as a word: lowercase, not speech, not an auxiliary."""
    return (
        verb.text.islower()
        and (lexicon.is_verb_form(verb.text) or verb.low in _PARTICIPLES_UNREAD)
        and verb.low not in lexicon.AUXILIARIES
        and verb.low not in lexicon.SPEECH_VERBS
    )


def _rate_token(value: Value) -> str | None:
    """The noun an amount is a rate of ("$38.50 per share" -> "share"), or None."""
    if not isinstance(value, Quantity) or value.kind != "money" or not value.unit:
        return None
    words = value.unit.split()
    if len(words) not in (2, 3) or words[0].casefold() not in ("a", "an", "per"):
        return None
    return lexicon.noun_token(words[-1])  # "per diluted share": a share


def _present_verb(left: Sequence[Token]) -> bool:
    """Whether the word right before a value is a verb in the present ("employs", "serves").

    A lowercase word in -s not after a determiner, a number or a preposition, of a stem
    the lexicon need not know: "The mill employs 900 people", "and employs 900 people".
    """
    if len(left) < 2 or not left[-1].is_word:
        return False
    word, before = left[-1].low, left[-2]
    # After a determiner, an adjective or a number it is a plural noun: "the workers".
    noun = before.low in lexicon.DETERMINERS and before.low not in lexicon.RELATIVES
    return (
        left[-1].text.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s", "’s"))
        and lexicon.lemma(word) != word
        and word not in _FUNCTION
        and not noun
        and not before.text[0].isdigit()
        and not (before.is_word and before.low in lexicon.PREPOSITIONS)
    )


_FUNCTION = (
    lexicon.AUXILIARIES
    | lexicon.PREPOSITIONS
    | lexicon.DETERMINERS
    | lexicon.CONJUNCTIONS
    | lexicon.PRONOUNS
    | lexicon.RELATIVES
)

FUTURE = "~future"
_WILL = frozenset(["will", "would", "shall", "'ll", "’ll"])
_DUE = frozenset(
    "due expected scheduled set planned going hope hopes hoping aim aims plan plans "
    "expect expects want wants".split()
)
_OBJECTS = frozenset(["it", "them", "him", "her"])


def _expected_object(tokens: Sequence[Token], verb: int, date: int) -> Token | None:
    """The head of the noun phrase between a verb of expecting and a date, or None.

    "expect full containment by Aug. 20" -> "containment"; "expect it to close" has none.
    """
    words = list(tokens[verb + 1 : date])
    while words and words[-1].low in _DATE_LEADS:
        words.pop()
    if not words or len(words) > _COMPOUND + 1 or not words[-1].text.islower():
        return None
    for token in words:
        if not token.is_word or lexicon.is_verb_form(token.text):
            return None
        if token.low in _FUNCTION and not _opens_phrase(token):
            return None
    return words[-1]


def _to_come(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb at ``verb`` is in the future: "will be sentenced", "is due to appear"."""
    i = verb - 1
    while i >= 0 and verb - i <= 4:
        low = tokens[i].low
        if low in _WILL:
            return True
        if low == "to":
            return i > 0 and tokens[i - 1].low in _DUE
        if not (
            low in lexicon.AUXILIARIES or _is_adverb(tokens[i]) or low == "not" or low in _OBJECTS
        ):
            return False  # "hope to have it fully contained": objects are passed over
        i -= 1
    return False


def _sets_measure(verb: Token) -> bool:
    """Whether a verb right before a duration or a distance says what it is.

    An inflected verb of doing ("sentenced", "sought", "faced"), not speech or an auxiliary.
    """
    inflected = lexicon.lemma(verb.low) != verb.low
    return (
        inflected
        and verb.text.islower()
        and lexicon.is_verb_form(verb.text)
        and verb.low not in lexicon.AUXILIARIES
        and verb.low not in lexicon.SPEECH_VERBS
    )


def _scale_before(tokens: Sequence[Token], start: int) -> Token | None:
    """The scale named right before a number ("magnitude 6.4", "Category 4"), or None."""
    first = _at(tokens, start)
    if first == 0 or tokens[first - 1].low not in lexicon.SCALES:
        return None
    return tokens[first - 1]


# What a reading on a scale is of, by its scale: the nouns of the rated thing, folded to one.
_READ_THINGS: dict[str, dict[str, str]] = {
    "magnitude": {
        **dict.fromkeys(
            "earthquake earthquakes quake quakes temblor temblors tremor tremors".split(),
            "earthquake",
        ),
        **dict.fromkeys("aftershock aftershocks".split(), "aftershock"),
        **dict.fromkeys("foreshock foreshocks".split(), "foreshock"),
    },
    "category": dict.fromkeys(
        "hurricane hurricanes storm storms typhoon typhoons cyclone cyclones".split(), "storm"
    ),
    "rating": dict.fromkeys("tornado tornadoes tornados twister twisters".split(), "tornado"),
}
_LESSER_SHOCKS = frozenset(["aftershock", "foreshock"])
_READ_THING_REACH = 3  # "a 6.3-magnitude shallow quake": the noun a few words on


def _reading_attribute(
    tokens: Sequence[Token], start: int, end: int, value: Value
) -> tuple[str, tuple[str, ...]] | None:
    """The attribute of a reading on a scale: the scale and what it rates, or None.

    "a 6.3-magnitude quake", "the temblor measured 6.3 on the Richter scale", "an M 6.3
    earthquake" all give ("magnitude", "earthquake"); "the strongest aftershock, of
    magnitude 4.1" is the aftershock's. The rated thing is the noun right after the reading,
    else the nearest one before it in its sentence, else the nearest after; with none, the
    scale alone.
    """
    if not isinstance(value, Quantity) or value.unit not in READING_UNITS:
        return None
    things = _READ_THINGS[value.unit]
    first, last = _at(tokens, start), _at(tokens, end)
    after = [k for k in range(last, len(tokens)) if tokens[k].low in things]
    before = [k for k in range(first) if tokens[k].low in things]
    if after and after[0] - last < _READ_THING_REACH:
        noun = tokens[after[0]]
    elif before:
        noun = tokens[before[-1]]
    elif after:
        noun = tokens[after[0]]
    else:
        return value.unit, (value.unit,)
    thing = things[noun.low]
    if thing in _LESSER_SHOCKS:
        # "the strongest aftershock, of magnitude 5.1": an aftershock's own figure, headed
        # apart from the main shock's, which it never is, even when the two are alike
        return f"{noun.text} {value.unit}", (thing, value.unit)
    return f"{value.unit} {noun.text}", (value.unit, thing)


# Events a label names of people when it names nothing else: "Deaths: 16" counts people.
_PEOPLE_EVENTS = frozenset(
    f"e:{event}" for event in "killed injured evacuated missing displaced rescued arrested".split()
)
_LABEL_WORDS = 5  # "Homes and businesses destroyed": a label is a short phrase


def _labelled(  # noqa: PLR0917 - the figure, where it stands, and what was read of it
    text: str,
    tokens: Sequence[Token],
    start: int,
    end: int,
    value: Value,
    found: tuple[str, ...],
) -> tuple[Quantity, str, tuple[str, ...]] | None:
    """A figure right after a label opening its line, as the label says it: or None.

    Bulletins list their figures as "Label: value" lines ("Homes destroyed: 110",
    "Confirmed deaths: 16.", "Evacuations: 2,900 residents"), the figure ending its line
    or heading a list: the label is the attribute,
    as "110 homes were destroyed" would give it, and a bare number counts the label's
    noun. The event a label names comes first ("e:destroyed", "home"); a count of the
    dead, the hurt or the evacuated with no noun of its own counts people. A label of
    capitalised words naming no event ("Larkin Fire: 8,900 acres") is a name, not an
    attribute; neither is a speaker ("Officials said: ...") nor a clock ("10:30").
    """
    if not isinstance(value, Quantity) or value.kind not in ("number", "count"):
        return None
    if any(t.startswith("e:") for t in found[:1]):
        return None  # the sentence already said what befell its figure
    k = _at(tokens, start)
    if k < 2 or tokens[k - 1].text != ":" or "\n" in text[tokens[k - 1].end : start]:
        return None
    rest = text[end : tokens[-1].end].partition("\n")[0].strip(" .;")
    if rest and not rest.startswith(","):
        return None  # "Nine rescued, one still missing", a headline's: a figure of a clause
    first = k - 1
    while first > 0 and "\n" not in text[tokens[first - 1].end : tokens[first].start]:
        first -= 1
    label = tokens[first : k - 1]
    if not label or len(label) > _LABEL_WORDS or not all(t.text.isalpha() for t in label):
        return None
    if not label[0].text[:1].isupper():
        return None
    if label[-1].low in lexicon.SPEECH_VERBS or any(t.low in lexicon.AUXILIARIES for t in label):
        return None  # "Officials said: ...", "The toll is: ..."
    events = [e for t in label if (e := lexicon.event_class(t.text)) and e != "e:announced"]
    event = events[0] if events else None
    named = [t for t in label if event is not None and lexicon.event_class(t.text) == event]
    titled = all(t.text[:1].isupper() and not t.text.isupper() for t in label)
    if titled and len(label) > 1 and not any(t.low.endswith(("ed", "s")) for t in named):
        return None  # "Larkin Fire: 8,900 acres": the thing's name, not what is counted
    if event is None and value.kind == "count":
        return None
    doing = [t for t in label if lexicon.event_class(t.text) is None and t.low.endswith("ed")]
    nouns = [t for t in label if t not in doing and t not in named and t.low not in lexicon.FILLER]
    counted = value.unit if value.kind == "count" and value.unit else None
    words = normalise(tokenize(counted)) if counted else normalise(nouns)
    if not words and event in _PEOPLE_EVENTS:
        words = ["person"]
    if event is None and all(w in lexicon.VAGUE for w in words):
        return None  # "Total: 45" says nothing of what it counts
    verbs = [] if event else [lexicon.lemma(t.low) for t in doing]
    attribute = " ".join(t.text.lower() for t in label)
    stated = value
    if value.kind == "number":
        unit = " ".join(t.low for t in nouns or [t for t in named if not t.low.endswith("ed")])
        if not unit and event in _PEOPLE_EVENTS:
            unit = "people"  # "Injured: 12"
        stated = attrs.evolve(value, kind="count", unit=unit or None)
    return stated, attribute, tuple(dict.fromkeys([*([event] if event else []), *words, *verbs]))


def _gapped(
    value: Value,
    before: Claim | None,
    tokens: Sequence[Token],
    start: int,
    names: Sequence[tuple[int, int, EntityRef]],
) -> str | None:
    """The unit a bare number leaves out, taken from the count just before it, or None.

    "Lee received 14,200 votes and Hale about 11,900", "Lee won 14,212 votes to Hale's
    11,873": only "and", "to", "versus" or "against", and a named person or
    organisation, stand between the two; without a name ("3 people, 2 of them") the
    number may be a part of the first count, and nothing is carried over.
    """
    if before is None or not isinstance(value, Quantity) or value.kind != "number":
        return None
    previous = before.value
    if not isinstance(previous, Quantity) or previous.kind != "count" or not previous.unit:
        return None
    between = tokens[_at(tokens, before.span.end) : _at(tokens, start)]
    if not between or len(between) > 6 or between[0].low not in _GAP_WORDS:
        return None
    named = [
        ref
        for _s, _e, ref in _names_in(names, between[0].start, start)
        if ref.kind in ("person", "organization")
    ]
    gap_only = all(
        t.low in _GAP_WORDS or t.text[:1].isupper() or t.text in ("'s", "’s", "'", "’")
        for t in between
    )
    return previous.unit if named and gap_only else None


_GAP_WORDS = frozenset(["and", "to", "versus", "vs", "against"])


def _elided(
    value: Value, before: Claim | None, tokens: Sequence[Token], start: int, end: int
) -> Value:
    """A bare number that counts the noun of the count before it, in another state.

    "80 barns damaged and 12 destroyed", "12 people dead and 40 injured": a count, a
    participle (or "dead", "missing"), "and", the number, another such word: 35 homes.
    """
    if before is None or not isinstance(value, Quantity) or value.kind != "number":
        return value
    previous = before.value
    if not isinstance(previous, Quantity) or previous.kind != "count" or not previous.unit:
        return value
    if previous.high is not None and previous.high < 2:
        return value  # a singular noun is no unit for a plural ("one dead and three hurt")
    between = tokens[_at(tokens, before.span.end) : _at(tokens, start)]
    after = _at(tokens, end)
    if len(between) != 2 or between[1].low not in ("and", "or") or after >= len(tokens):
        return value
    if not (_state_word(between[0]) and _state_word(tokens[after])):
        return value
    return attrs.evolve(value, kind="count", unit=previous.unit)


def _state_word(token: Token) -> bool:
    """A participle or an adjective of a state a count is in: "damaged", "dead", "missing"."""
    low = token.low
    participle = low.endswith("ed") and lexicon.is_verb_form(low)
    return token.text.islower() and (participle or low in _STATES)


_STATES = frozenset(["dead", "missing", "hurt", "homeless", "unaccounted"])

# Words of harm that stand as a noun of people after a bare count: "left 12 dead".
_CASUALTY_WORDS = frozenset(["dead", "injured", "wounded", "missing", "hurt"])


def _casualties(value: Value, tokens: Sequence[Token], end: int) -> Value:
    """A bare number before a word of harm used as a noun counts people: "left 12 dead".

    "The storm left 12 dead and 30 injured", "three wounded in the attack": the dead and
    the injured are people, so the count meets "eight people were killed". Not before a
    noun the word modifies ("12 injured workers": the workers are counted), nor a
    number that is no count ("a score of 12").
    """
    if not isinstance(value, Quantity) or value.kind != "number" or value.unit:
        return value
    at = _at(tokens, end)
    if at >= len(tokens):
        return value
    word = tokens[at]
    if word.low not in _CASUALTY_WORDS or not word.text.islower():
        return value
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.is_word
        and nxt.low not in _FUNCTION
        and not (lexicon.is_verb_form(nxt.text) and nxt.text.islower())
    ):
        return value  # "12 injured workers", "12 missing Marines"
    return attrs.evolve(value, kind="count", unit="people")


def _converted(before: Claim, tokens: Sequence[Token], start: int, value: Value) -> bool:
    """Whether an amount in brackets right after another restates it in another currency."""
    if not isinstance(value, Quantity) or value.kind != "money":
        return False
    previous = before.value
    if not isinstance(previous, Quantity) or previous.kind != "money":
        return False
    if previous.currency == value.currency:
        return False
    first = _at(tokens, start)
    return first >= 2 and tokens[first - 1].text == "(" and tokens[first - 2].end == before.span.end


def _included(before: Claim, tokens: Sequence[Token], start: int, value: Value) -> bool:
    """Whether a share or an amount right after "including" is a part of the one before it.

    "a 21 percent raise over the contract, including 7% in the first year": of one kind,
    in one sentence, "including" (or "with") between them and no other value.
    """
    previous = before.value
    if not isinstance(value, Quantity) or not isinstance(previous, Quantity):
        return False
    if value.kind not in ("percent", "money") or previous.kind != value.kind:
        return False
    first = _at(tokens, start)
    if first < 1 or tokens[first - 1].low not in ("including", "includes"):
        return False
    return any(t.end == before.span.end for t in tokens[max(0, first - 12) : first])


LIMIT = "~limit"  # "the state's limit of 8 micrograms": a threshold, never a measured level
# Nouns of a threshold: "a limit of 8", "the 8-microgram limit", "the limit is 8".
_LIMIT_NOUNS = frozenset(
    "limit limits threshold thresholds standard standards cap ceiling maximum".split()
)
# Words between a value and its threshold noun: "the 15 parts per billion federal limit".
_LIMIT_MODIFIERS = frozenset(
    """federal state legal safe safety daily annual health action recommended allowable
    permissible regulatory national statutory""".split()
)
# Words that make "the age of 80" a bound: "older than the age of 80", "past the age of 75".
_AGE_BOUNDS = frozenset(["past", "beyond", "reached", "reach", "reaching", "until"])
_EXCEEDING = frozenset(
    "exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing top tops".split()
)
_ABOVE = _EXCEEDING | frozenset(["above", "below", "over", "under", "than"])
# Nouns of a measured level: "when levels exceed 8" sets a threshold for them.
_LEVEL_NOUNS = frozenset(
    "level levels reading readings concentration concentrations amount amounts".split()
)
# Words that make what follows a rule's condition: "when levels exceed 8".
_IF_WORDS = frozenset("when whenever if once until unless".split())
# Words that make a level a threshold: "the advisory level of 8", "a safe level of 4".
_THRESHOLD_LEVEL = _LIMIT_MODIFIERS | frozenset(["advisory", "guideline", "trigger", "warning"])


def _exceeding_first(tokens: Sequence[Token], start: int) -> bool:
    """Whether a value's span begins with a verb of exceeding ("exceed 8 micrograms")."""
    return tokens[_at(tokens, start)].low in _EXCEEDING


def _limit(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a value is a threshold that something is measured against, not a measure.

    "a limit of 8", "the limit is 8", "the 8-microgram limit", "the 15 parts per billion
    federal threshold", "more than the 8 micrograms allowed", "exceeding the 8", and a
    class of things defined by one: "levels that exceed 8 micrograms".
    """
    first, last = _at(tokens, start), _at(tokens, end)
    before = [t.low for t in tokens[max(0, first - 2) : first]]
    if len(before) == 2 and before[1] in ("of", "is", "was") and before[0] in _LIMIT_NOUNS:
        return True  # "a limit of 8", "the limit is 8"
    if len(before) == 2 and before[1] == "the" and before[0] in _ABOVE:
        return True  # "exceeding the 8 micrograms", "above the 15 set by the state"
    if before[-1:] in (["that"], ["which"]) and tokens[first].low in _EXCEEDING:
        return True  # "levels that exceed 8 micrograms": a class set by a threshold
    if (
        tokens[first].low in _EXCEEDING
        and len(before) == 2
        and before[1] in _LEVEL_NOUNS
        and before[0] in _IF_WORDS
    ):
        # "advises against swimming when levels exceed 8 micrograms": a rule's threshold,
        # where "readings exceeded 30 parts" reports a measure above 30
        return True
    if (
        len(before) == 2
        and before == ["level", "of"]
        and first >= 3
        and tokens[first - 3].low in _THRESHOLD_LEVEL
    ):
        return True  # "the state's advisory level of 8 micrograms"
    if (
        before == ["age", "of"]
        and first >= 4
        and tokens[first - 3].low == "the"
        and (tokens[first - 4].low in _ABOVE or tokens[first - 4].low in _AGE_BOUNDS)
    ):
        return True  # "over the age of 80": the age a group is past, no one's own age
    k = last
    if tokens[k : k + 1] and tokens[k].low == "per" and k + 1 < len(tokens):
        k += 2  # "8 micrograms per liter limit"
    if k < len(tokens) and tokens[k].low in ("allowed", "permitted") and before[-1:] == ["the"]:
        return True  # "the 8 micrograms allowed"
    while k < len(tokens) and tokens[k].low in _LIMIT_MODIFIERS:
        k += 1
    return k < len(tokens) and tokens[k].low in _LIMIT_NOUNS


OLD_LEVEL = "~from"  # "raised the fare from $2 to $2.50": the level before the change
CHANGE = "~by"  # "raised the fare by 50 cents, to $2.50": the change, not the level reached
_FILLER_REACH = 3


def _change_step(tokens: Sequence[Token], start: int, end: int, *, percent: bool) -> str | None:
    """What a value after a change word is, when it is not the level reached, or None.

    "from" before it: the old level ("cut the fare from $2.50 to $2", "the increase, from
    $2 to $2.50"). Before "to" and a number, right after the change word or its "by":
    the change ("rose 5% to $3.1 billion", "raised it by 50 cents, to $2.50", "cut by 12
    routes to 40"). The level after "to" is left as any level is. A share of change before
    an amount ("rose 3% to $4.8 billion") is left unmarked: it cannot be taken for the
    amount, and "an increase of 3 percent" elsewhere states the same change.
    """
    first, last = _at(tokens, start), _at(tokens, end)
    if first == 0:
        return None
    before = tokens[first - 1].low
    k = first - 1
    while k > 0 and tokens[k].low in _OLD_LEVEL_FILLER and first - k <= _FILLER_REACH:
        k -= 1  # "to $2.37 billion from the $2.41 billion it reported"
    if tokens[k].low == "from":
        return OLD_LEVEL if _change_before(tokens, k) else None
    after = [t.low for t in tokens[last : last + 3]]
    if after[:1] == [","]:
        after = after[1:]
    if after[:1] != ["to"] or len(after) < 2 or not (after[1][:1].isdigit() or after[1] in "$€£¥"):
        return None
    if percent and not {"%", "percent"} & {t.low for t in tokens[last : last + 6]}:
        return None  # "rose 3% to $4.8 billion": a share, then an amount
    if before == "by":
        return CHANGE if _change_before(tokens, first - 1) else None
    return CHANGE if before in CHANGE_WORDS or before in CHANGE_PARTICLES else None


def _change_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether a change word stands in the clause before token ``k`` ("from", "by").

    At most twelve tokens back, as in ``numbers`` ("raises the price of a 31-day pass
    from $60 to $75"); a comma ends the walk unless it is right before ``k`` ("the fare
    increase, from $2 to $2.50"); "up" or "down" counts right before ``k``.
    """
    if k and (tokens[k - 1].low in CHANGE_PARTICLES or tokens[k - 1].low in GO_FORMS):
        return True
    for j in range(k - 1, max(-1, k - 13), -1):
        token = tokens[j]
        if _is_boundary(token) or (token.text == "," and j != k - 1):
            return False
        if token.low in CHANGE_WORDS:
            return True
    return False


PERIOD = "^p:"  # "third-quarter revenue", "sales in 2025", "for fiscal 2026": a figure's period
FORECAST, RESULT = "^f:forecast", "^f:result"  # "expects revenue of" / "revenue was"
# Words before a date that make it the base a figure is compared with, not the figure's own
# period: "up 14% from a year earlier", "than in 2024", "compared with the second quarter".
# Nor a deadline ("by the end of 2027", "until 2030"), which is no period of the figure.
_BASE_WORDS = frozenset("from than since with versus vs against over by until before after".split())
_ORDINAL_PARTS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
# A figure to come, as a company or its analysts put it: "expects", "sees", "guidance of".
_FORECAST_WORDS = frozenset(
    "expect expects forecast forecasts sees predicts projects anticipates guidance outlook".split()
)


def _of_a_period(value: Value) -> bool:
    """Whether a figure may be of a period or a forecast: an amount of money or a percentage."""
    return isinstance(value, Quantity) and value.kind in ("money", "percent")


def _segment(tokens: Sequence[Token], first: int, last: int) -> tuple[int, int]:
    """The tokens of a value's part of its sentence: between commas and clause marks."""
    lo = first
    while lo > 0 and tokens[lo - 1].text != "," and not _is_boundary(tokens[lo - 1]):
        lo -= 1
    hi = last
    while hi < len(tokens) and tokens[hi].text != "," and not _is_boundary(tokens[hi]):
        hi += 1
    return lo, hi


def _fiscal_period(words: Sequence[Token]) -> str | None:
    """A fiscal period named by tokens ("fiscal 2027", "FY27", "fiscal Q3"), as "fy2027q3"."""
    lows = [t.low for t in words]
    year = part = None
    fiscal = False
    for k, low in enumerate(lows):
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        glued = k + 1 < len(words) and words[k + 1].start == words[k].end
        if low in ("fiscal", "fy") and nxt.isdigit() and len(nxt) in (2, 4):
            fiscal, year = True, nxt if len(nxt) == 4 else "20" + nxt
        elif low in ("fiscal", "fy"):
            fiscal = True
        elif low == "q" and glued and nxt in ("1", "2", "3", "4"):
            part = "q" + nxt
        elif low in _ORDINAL_PARTS and nxt in ("-", "quarter", "half"):
            noun = nxt if nxt != "-" else (lows[k + 2] if k + 2 < len(lows) else "")
            if noun in ("quarter", "half"):
                part = noun[0] + _ORDINAL_PARTS[low]
    if not fiscal:
        return None
    if year is None:
        return ""  # "the coming fiscal year", "fiscal Q3": which one is not read
    # A fiscal year is told as the calendar year of its number ("fiscal 2027", "2027"), its
    # quarters and halves as its own: "fiscal Q3" need not be July to September.
    return "y" + year if part is None else "fy" + year + part


def _period(
    tokens: Sequence[Token], values: Sequence[tuple[int, int, Value]], start: int, end: int
) -> str | None:
    """The period a figure is of, as a mark ("^p:2025-01-01..2025-12-31"), or None.

    Read from its own part of the sentence (between commas), or from an opening phrase
    ("In the third quarter, revenue rose"): a fiscal period by its words, as a fiscal year
    need not be a calendar one ("^p:fy2026"); else the one month, quarter or year read
    there as a date, not one a figure is compared with ("up 14% from a year earlier").
    """
    lo, hi = _segment(tokens, _at(tokens, start), _at(tokens, end))
    spans = [(lo, hi)]
    if lo > 0 and tokens[lo - 1].text == ",":
        head = _segment(tokens, 0, 0)
        if head[1] < lo and tokens[0].low in ("in", "for", "during", "through"):
            spans.append(head)  # "For the full year, it expects sales of $4.6 billion"
    for a, b in spans:
        fiscal = _fiscal_period(tokens[a:b])
        if fiscal is not None:
            return PERIOD + fiscal if fiscal else None
        found = set()
        for s, e, v in values:
            named = _named_period(v)
            if named is None or not tokens[a].start <= s < e <= tokens[b - 1].end:
                continue
            k = _at(tokens, s)
            if {t.low for t in tokens[max(a, k - 4) : k]} & _BASE_WORDS:
                continue
            found.add(named)
        if len(found) == 1:
            return PERIOD + found.pop()
        if found:
            return None
    return None


def _a_year_before(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a figure's part of its sentence dates it a year back, not as the base of a change.

    "Revenue was $3.4 billion in the same quarter a year earlier", "in the year-ago quarter":
    last year's figure; "up 14% from a year earlier" is this year's change, measured from it.
    """
    lo, hi = _segment(tokens, _at(tokens, start), _at(tokens, end))
    lows = [t.low for t in tokens[lo:hi]]
    for k in range(1, len(lows) - 1):
        if lows[k] != "year" or lows[k + 1] not in ("earlier", "ago", "before", "-"):
            continue
        if lows[k + 1] == "-" and lows[k + 2 : k + 3] not in (["earlier"], ["ago"]):
            continue
        if lows[k - 1] not in ("a", "one", "the"):
            continue
        return not set(lows[max(0, k - 5) : k]) & _BASE_WORDS
    return False


def _named_period(value: Value) -> str | None:
    """A calendar year, half or quarter as a period ("y2026", "y2026h1", "y2026q3"); else None.

    A month or a day most often dates when a thing was done ("sent $750,000 earlier this
    month"), not the period a figure is of: it gives none.
    """
    if not isinstance(value, DateRange) or value.start is None or value.end is None:
        return None
    first, last = value.start, value.end
    if first.year != last.year or first.day != 1 or (last + dt.timedelta(days=1)).day != 1:
        return None
    months = last.month - first.month + 1
    if months == _YEAR_MONTHS:
        return f"y{first.year}"
    if months in (3, 6) and (first.month - 1) % months == 0:
        return f"y{first.year}{'q' if months == 3 else 'h'}{(first.month - 1) // months + 1}"
    return None


_YEAR_MONTHS = 12


LOSS, PROFIT = "^s:loss", "^s:profit"  # "a loss of 17 cents a share" / "a profit of 17 cents"
_LOSS_WORDS = frozenset("loss losses lost deficit deficits".split())
_PROFIT_WORDS = frozenset("profit profits earnings income earned".split())


def _sign(tokens: Sequence[Token], start: int, value: Value) -> str | None:
    """Whether an amount of money is told as a loss or as a profit, by its words before it.

    "posted a loss of 17 cents a share" and "a profit of 17 cents a share" are not one
    figure agreed; an amount that names neither may be either.
    """
    if not isinstance(value, Quantity) or value.kind != "money":
        return None
    first = _at(tokens, start)
    lo, _ = _segment(tokens, first, first)
    lows = {t.low for t in tokens[lo:first]}
    if lows & _LOSS_WORDS:
        return LOSS
    return PROFIT if lows & _PROFIT_WORDS else None


_PER_UNIT_WORDS = 2  # "a share", "per diluted share"
_SCALES = frozenset(
    ["cents", "cent", "million", "billion", "thousand", "dollars", "euros", "pounds"]
)
PER_UNIT = "~per"  # "a dividend of $0.37 a share": an amount for each one, never a total


def _per_unit(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether an amount of money is for each of a thing: "$0.37 a share", "$30 per seat".

    Not an amount for each period ("$400 million a year"): a rate is read as it is for counts.
    """
    span = tokens[_at(tokens, start) : _at(tokens, end)]
    for k in range(len(span) - 2, max(0, len(span) - 2 - _PER_UNIT_WORDS), -1):
        if span[k].low in _EACH:  # "$1.37 per diluted share", never "a quarter of a million"
            words = span[k + 1 :]
            return (
                (span[k - 1].low[:1].isdigit() or span[k - 1].low in _SCALES)
                and all(t.is_word for t in words)
                and words[-1].low not in _RATE_PERIODS
            )
    return False


def _outlook(tokens: Sequence[Token], start: int, end: int, *, period: bool) -> str | None:
    """Whether a figure is forecast ("expects revenue of", "guidance of") or done, as a mark.

    A forecast and a figure of a period told as done ("third-quarter revenue was") are two
    facts; a figure that is neither, or of no period read, may meet either.
    """
    lo, hi = _segment(tokens, _at(tokens, start), _at(tokens, end))
    lows = {t.low for t in tokens[lo:hi]}
    if lows & _FORECAST_WORDS:
        return FORECAST
    return RESULT if period and lows & _RESULT_WORDS else None


# A figure of a period told as done: "third-quarter revenue was", "posted a profit of".
_RESULT_WORDS = frozenset(
    """was were reported posted rose fell grew reached totaled totalled earned recorded
    generated jumped climbed slipped dropped declined increased decreased""".split()
)


FIRST = "~first"  # "a 7% raise immediately", "7% in the first year": a change's first step
_FIRST_WORDS = frozenset(["immediately", "initially", "upfront"])


def _first_step(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a change is its first step: "immediately", "in the first year", "up front"."""
    first, last = _at(tokens, start), _at(tokens, end)
    words = [t.low for t in tokens[last : last + 6]]
    for i, word in enumerate(words):
        if word in _FIRST_WORDS or words[i : i + 2] == ["up", "front"]:
            return True
        if word == "first" and i + 1 < len(words) and words[i + 1] in _PERIOD_NOUNS:
            return True  # "in the first year", "over the first two years" is not one step
        if word in (",", ";", "and", "but", "over"):
            break
    return first > 0 and tokens[first - 1].low == "initial"


_PERIOD_NOUNS = frozenset(["year", "month", "quarter", "week", "day"])


def _tally_of(subject_tokens: Sequence[str]) -> str | None:
    """The event a tally counts: "death toll" -> "e:killed"; None for other subjects."""
    if not lexicon.TALLIES.intersection(subject_tokens):
        return None
    return next(filter(None, map(lexicon.event_class, subject_tokens)), None)


def _subject(
    tokens: Sequence[Token], names: Sequence[tuple[int, int, EntityRef]], start: int
) -> str | None:
    """The person or organisation the value's clause is about, if one is named in it.

    The nearest such name before the value, in the same clause: no comma,
    semicolon or "and"/"but" between them, and not a speaker ("X said").
    """
    for s, e, ref in reversed(_names_in(names, start - _REACH, start)):
        if ref.kind not in ("person", "organization"):
            continue
        between = tokens[_at(tokens, e) : _at(tokens, start)]
        if between and between[0].text == "," and _set_off(tokens, s):
            between = between[1:]  # "The largest, Germany's Bauer Werke, had sales of ..."
        texts = map(_TEXT, between)  # C-level maps, no generator stepped per token
        if any(map(",;:".__contains__, texts)) or not _CONJUNCTIONS.isdisjoint(map(_LOW, between)):
            return None
        if between and between[0].low in lexicon.SPEECH_VERBS:
            return None
        return ref.name
    return None


def _set_off(tokens: Sequence[Token], start: int) -> bool:
    """Whether the name starting at ``start`` follows a comma, with at most a possessor between.

    "The largest, Germany's Bauer Werke, had ...": the name is the apposition that
    the clause goes on to be about.
    """
    first = _at(tokens, start)
    before = tokens[max(0, first - 3) : first]
    while before and (before[-1].text in ("'s", "’s") or before[-1].low.endswith(("'s", "’s"))):
        before = before[:-1]
        if before and before[-1].text[:1].isupper():
            before = before[:-1]
    return bool(before) and before[-1].text == ","


def _negated(
    tokens: Sequence[Token], start: int, *, end: int = 0, verb: Token | None = None
) -> bool:
    """Whether a negation stands in the value's clause shortly before it.

    Not when the verb the value is read with comes after it with its own subject between:
    in "will not pay the $5 million the gang is demanding" the paying is denied, the
    demand is stated.
    """
    if _denied(tokens, start):
        return True
    if verb is not None and end and verb.start >= end and _own_clause(tokens, end, verb):
        return False
    first = _at(tokens, start)
    if end and first > 0 and tokens[first - 1].low == "the" and (verb is None or verb.start >= end):
        # "will not pay the $40,000 ransom the gang demanded": a sum the sentence
        # takes as given (its "the"), named by what others did; only the paying is denied.
        # Not when the value is read with the denied verb ("did not earn the $5 million
        # analysts expected": no sum earned is stated).
        later = _verb_of_a_relative(tokens, end)
        if later is not None and _own_clause(tokens, end, later):
            return False
    window = tokens[max(0, first - 5) : first]
    own_chain = False  # a modal of the value's own verb passed: "... will get 18 weeks"
    for k in range(len(window) - 1, -1, -1):
        token = window[k]
        if _is_boundary(token) or token.text == ",":
            return False
        if token.low in _CHAIN_MODALS and k > 0 and window[k - 1].low not in lexicon.NEGATIONS:
            own_chain = True
            continue
        if own_chain and token.low in _VERB_NEGATIONS:
            # "staff who are not rehired will get 18 weeks' wages": the "not" denies the
            # relative clause before the modal; the value's own verb is stated ("no one will
            # get" stays denied, its "no" the subject's)
            return False
        if token.low in _QUANTIFYING and k + 1 < len(window) and window[k + 1].low == "of":
            # "none of its 80 staff was hurt": the predicate is denied of each of the 80;
            # the count itself is stated.
            return False
        if token.low in _OWN_PHRASE:
            # "remained without power on Monday": "without" denies its own noun, not the
            # clause; the day, and what was without power then, are stated.
            continue
        if token.low in ("but", "rather", "instead"):
            return False  # "not 320 homes but 230": what follows "but" is stated
        if k + 1 < len(window) and window[k + 1].low in ("only", "just", "merely"):
            continue  # "not only 30 homes": stated, and more besides
        if token.low in lexicon.NEGATIONS or token.low.endswith("n't"):
            return True
    return False


# Modals that open a value's verb chain, and the negations of a verb, not of a subject.
_CHAIN_MODALS = frozenset("will would shall should can could may might must".split())
_VERB_NEGATIONS = frozenset(("not", "never", "n't"))


# Verbs that deny what their clause says ("the union denied that 30 were held"), and verbs
# that deny a report they take as object ("rejected claims that ...", "dismissed reports of").
_DENY_VERBS = frozenset("deny denies denied denying".split())
_REJECT_VERBS = frozenset(
    "reject rejects rejected rejecting dismiss dismisses dismissed dismissing refute refutes"
    " refuted refuting dispute disputes disputed disputing".split()
)
# What is denied: a report, a claim; followed by "that", "of" or "about".
_REPORT_NOUNS = frozenset(
    "report reports claim claims allegation allegations suggestion suggestions account"
    " accounts rumour rumours rumor rumors assertion assertions".split()
)
# "Reports that ... are false": a report called untrue after the value.
_UNTRUE = frozenset(
    "false untrue baseless unfounded incorrect inaccurate wrong fabricated groundless".split()
)
# Words that end the reach of a denial: what follows is stated, not denied.
_DENIAL_ENDS = frozenset("but while whereas although though however yet instead".split())


def denies(text: str, sentence: Span | None, start: int) -> bool:
    """Whether the value at ``start`` stands in what its sentence denies (see ``_denied``).

    Judging sets a denial against the value it denies; a plain negation ("has not had
    two doses") is no denial.
    """
    if sentence is None:
        return False
    return _denied(tokenize(text, sentence.start, sentence.end), start)


def _denial_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether "deny" at ``k`` denies what follows, a clause, a report or a deed.

    "denied that", "denied reports", "denied killing", "denied 30 were held"; not
    "was denied bail" or "denied him bail".
    """
    if k > 0 and tokens[k - 1].low in _BE_FORMS:
        return False
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return (
        after.low in ("that", "any", "having")
        or after.low in _REPORT_NOUNS
        or after.text[:1].isdigit()
        or (after.text.islower() and after.low.endswith("ing") and len(after.low) > 4)
    )


def _denied(tokens: Sequence[Token], start: int) -> bool:
    """Whether the value at ``start`` stands in what a denial denies.

    "The union denied that 30 students were held", "Quenby rejected claims that its
    ships carried 12 tonnes", "dismissed reports of 200 layoffs", and "Reports that the
    plant shed 80 jobs are false": the value is the one denied, so it is negated. The
    denial reaches up to a clause's punctuation or a conjunction ("denied the charge
    but said 30 were held": the 30 is stated).
    """
    first = _at(tokens, start)
    report_at = -1
    for k in range(first - 1, max(-1, first - 25), -1):
        token = tokens[k]
        if _is_boundary(token) or token.text in _CLAUSE_MARKS or token.low in _DENIAL_ENDS:
            break
        if token.low in lexicon.SPEECH_VERBS and token.low not in _REPORT_NOUNS:
            break  # "denied the charge and said 30 were held": what is said is stated
        if token.low in _DENY_VERBS:
            return _denial_verb(tokens, k)
        if token.low in _REJECT_VERBS and 0 <= report_at - k <= 3:
            return True
        if (
            token.low in _REPORT_NOUNS
            and k + 1 < len(tokens)
            and tokens[k + 1].low in ("that", "of", "about")
        ):
            report_at = k
    if report_at < 0:
        return False
    # "Reports that 40 were held are false": the report is called untrue after the value.
    for k in range(first + 1, min(len(tokens), first + 25)):
        token = tokens[k]
        if token.text == ";":
            break  # a clock time's ":" and "p.m." stay inside the value
        if token.low in _UNTRUE and tokens[k - 1].low in _BE_FORMS | _DEGREE:
            return True
    return False


_BE_FORMS = frozenset("is are was were be been".split())
_DEGREE = frozenset("completely entirely totally wholly simply utterly absolutely".split())


# Verbs whose subject tells the figure in their clause, as a speech verb's does: a side's
# estimate, as when police estimated the crowd at 2,500 or the union put it at 9,000, and
# a denial, as when the union denied that so many were held.
_ESTIMATING = frozenset("estimate estimates estimated put puts placed places".split())
_CLAIMING = frozenset("claim claims claimed".split())
_TELLING = _ATTRIBUTING | _ESTIMATING | _DENY_VERBS | _REJECT_VERBS


def named_bodies(names: Iterable[tuple[int, int, EntityRef]]) -> frozenset[str]:
    """The canonical names of the public bodies a text names ("the Border Patrol", "CIA")."""
    found = set()
    for _s, _e, ref in names:
        if ref.kind == "organization":
            found.add(_canonical(ref))
        else:
            known = canonical_organization(ref.name)
            if known is not None:
                found.add(known)
    return frozenset(found)


def _figure_of_before(tokens: Sequence[Token], it: int) -> list[Token]:
    """What "it" stands for when a side puts it at a figure: the noun of "a crowd of 4,000".

    "The rally drew a crowd of 4,000, police said, while organisers put it at 18,000":
    the crowd. Only a noun before "of" and a figure earlier in the sentence.
    """
    for k in range(it - 1, 1, -1):
        if tokens[k].text[:1].isdigit() and tokens[k - 1].low == "of":
            noun = tokens[k - 2]
            if noun.is_word and noun.text.islower() and lexicon.noun_token(noun.text):
                return [noun]
            return []
        if tokens[k].text[:1].isdigit() and tokens[k - 1].low == "at":
            return _object_before(tokens, k)[0]  # "put the crowd at 9,000, ... it at 2,000"
    return []


def _side_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether the verb at ``i`` tells a figure for its subject: "estimated the crowd at".

    Not a passive or a modifier ("was estimated at", "an estimated 300"): those have no
    teller. "put" and "placed" tell only a figure "at" a value ("put the toll at 12").
    """
    low = tokens[i].low
    if low in _CLAIMING:
        # "organisers claimed 18,000", "claimed that": a side's figure; not "the fire
        # claimed three lives" (a counted noun follows the figure).
        after = [t.text for t in tokens[i + 1 : i + 3]]
        return (
            i > 0
            and bool(after)
            and (
                after[0] == "that"
                or (after[0][:1].isdigit() and (len(after) < 2 or after[1] in _CLAUSE_MARKS))
            )
        )
    if low not in _ESTIMATING and low not in _DENY_VERBS and low not in _REJECT_VERBS:
        return False
    if i == 0 or tokens[i - 1].low in _BE_FORMS or tokens[i - 1].low in lexicon.DETERMINERS:
        return False
    if low in _DENY_VERBS:
        return _denial_verb(tokens, i)
    if low in _REJECT_VERBS:
        # "rejected claims that ...": a denial; not "a bid the board rejected".
        return any(t.low in _REPORT_NOUNS for t in tokens[i + 1 : i + 4])
    for k in range(i + 1, min(len(tokens), i + 8)):
        token = tokens[k]
        if token.text in _CLAUSE_MARKS:
            return False
        if token.low == "at" or (low.startswith("estimate") and token.low == "that"):
            return True
    return False


def _plural_noun(teller: str) -> bool:
    """Whether a common-noun teller is plural ("officials", "witnesses"): never "it"."""
    last = teller.rsplit(" ", 1)[-1]
    return teller.islower() and last.endswith("s") and not last.endswith(("ss", "us"))


def _possessed_speaker(
    speakers: Sequence[tuple[int, int, EntityRef]], tokens: Sequence[Token], k: int
) -> str | None:
    """A name's people speaking before the verb at ``k``: "Vale's lawyers said".

    The teller is the name's lawyers (or spokesman, aides), not the named person.
    """
    for j in range(k - 2, max(-1, k - 4), -1):
        token = tokens[j]
        if not token.low.endswith(("'s", "’s")):
            continue
        owned = tokens[j + 1 : k]
        if not owned or not all(t.is_word and t.text.islower() for t in owned):
            return None
        for _s, e, ref in _names_in(speakers, token.start, token.end):
            if e == token.end - 2:
                return f"{_canonical(ref)}'s {' '.join(t.text for t in owned)}"
        return None
    return None


def _preposition_before_name(
    speakers: Sequence[tuple[int, int, EntityRef]], tokens: Sequence[Token], i: int
) -> bool:
    """Whether a preposition comes between a speech verb and the next name after it.

    "said the breach at Hollin Mill began": the mill is where, not who; "said Ann Lee" and
    "said the firm's chief, Ann Lee" name who speaks.
    """
    after = tokens[i + 1 : i + 7]
    found = _names_in(speakers, tokens[i].end, after[-1].end + 1) if after else ()
    if not found:
        return False
    first = found[0][0]
    return any(t.low in lexicon.PREPOSITIONS for t in after if t.end <= first)


def _verb_of_a_relative(tokens: Sequence[Token], end: int) -> Token | None:
    """The first inflected verb within a relative clause's reach after a value, or None."""
    k = _at(tokens, end)
    for token in tokens[k : k + _RELATIVE_WORDS + 1]:
        if _is_boundary(token) or token.text == ",":
            return None
        inflected = lexicon.lemma(token.low) != token.low
        if token.text.islower() and inflected and lexicon.is_verb_form(token.text):
            return token
    return None


def _own_clause(tokens: Sequence[Token], end: int, verb: Token) -> bool:
    """Whether words between a value's end and a verb after it hold the verb's own subject.

    "the $5 million the gang is demanding", "the 12 homes that the fire destroyed": yes;
    "not one person was hurt", "not have a man get shot": no (only an auxiliary or a verb).
    """
    first, stop = _at(tokens, end), _at(tokens, verb.start)  # binary search: no scan
    if not first < stop <= first + _RELATIVE_WORDS:
        return False
    between = tokens[first:stop]
    if any(_is_boundary(t) for t in between):
        return False
    return any(
        t.is_word and t.low not in _NOT_A_SUBJECT and not lexicon.is_verb_form(t.text)
        for t in between
    )


_RELATIVE_WORDS = 6  # words of a relative clause's subject and auxiliaries, at most
# Words between a value and its verb that are no subject of the verb.
_NOT_A_SUBJECT = frozenset(
    "is are was were be been being has have had will would shall should can could may might"
    " must do does did not never no also still yet already just reportedly allegedly"
    " that which who whom get gets got gotten getting become becomes became".split()
)
_QUANTIFYING = frozenset(["none", "neither"])
# Negations that are prepositions: they deny the noun phrase they head, not the clause.
_OWN_PHRASE = frozenset(["without"])


def _first_name_after(
    speakers: Sequence[tuple[int, int, EntityRef]],
    offset: int,
    tokens: Sequence[Token],
    limit: int = 8,
) -> str | None:
    first = _at(tokens, offset)
    following = tokens[first : first + limit]
    window_end = offset
    if following:
        window_end = following[-1].end
    for _s, _e, ref in _names_in(speakers, offset, window_end + 1):
        return _canonical(ref)
    return None


def _name_before(
    speakers: Sequence[tuple[int, int, EntityRef]],
    offset: int,
    tokens: Sequence[Token],
    index: int,
) -> str | None:
    """A speaker named just before a speech verb, in the same clause ("the EPA said")."""
    window = tokens[max(0, index - 6) : index]
    floor = window[0].start if window else offset
    for k, token in enumerate(reversed(window)):
        if token.text in '.;:"“”':
            floor = token.end
            break
        opens = window[len(window) - k] if k > 0 else None
        if token.text == "," and opens is not None and opens.low in ("the", "a", "an"):
            # "310,000 Acme Bank cards, the company said": the noun phrase after the comma
            # is the speaker; not "Ann Lee, 61, said", "Lee, who said", "Lee, also said".
            floor = token.end
            break
    # "Ann Lee, a surgeon at Mercy Hospital, said": the name the commas set off speaks,
    # not a name inside the role.
    found = _named_before_apposition(speakers, tokens, index) or _names_in(speakers, floor, offset)
    return _canonical(found[-1][2]) if found else None


# Unnamed sources: "two people familiar with the matter", "officials briefed on the talks",
# "a person with knowledge of the plans". Their count is how many spoke, not a fact of the
# story, and the phrase is who the claim is attributed to.
_SOURCE_NOUNS = frozenset(
    ["people", "person", "persons", "source", "sources", "official", "officials", "insiders"]
)
_UNNAMED = frozenset(
    [
        ("familiar", "with"),
        ("briefed", "on"),
        ("close", "to"),
        ("with", "knowledge"),
        ("with", "direct"),
        ("who", "spoke"),
        ("who", "asked"),
        ("who", "requested"),
        ("who", "declined"),
        ("who", "were"),
    ]
)


_NUMBER_WORD = re.compile(
    r"[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a|many"
)


def _unnamed_source(tokens: Sequence[Token], k: int) -> tuple[str, int] | None:
    """The phrase of unnamed sources whose noun is ``tokens[k]``, and the index after it.

    The phrase runs up to a comma or a verb of speech ("people familiar with the matter");
    None when ``tokens[k]`` opens none.
    """
    if tokens[k].low not in _SOURCE_NOUNS or k + 3 >= len(tokens):
        return None
    pair = (tokens[k + 1].low, tokens[k + 2].low)
    if pair not in _UNNAMED:
        return None
    if pair == ("who", "were") and tokens[k + 3].low not in ("not", "granted"):
        return None  # "people who were not authorized to speak", "granted anonymity"
    end = k + 3
    while end < min(len(tokens), k + 12) and tokens[end].is_word:
        if _speaks_at(tokens, _past_auxiliaries(tokens, end)):
            break
        end += 1
    return " ".join(t.text for t in tokens[k:end]), end


def _past_auxiliaries(tokens: Sequence[Token], k: int) -> int:
    """The index after "has", "have been", "is" ... at ``k``: where the verb itself is."""
    while k < len(tokens) - 1 and tokens[k].low in ("has", "have", "had", "is", "are", "been"):
        k += 1
    return k


def _unnamed_teller(tokens: Sequence[Token], k: int, i: int) -> str | None:
    """Unnamed sources speaking with the verb at ``i`` (its auxiliaries from ``k``).

    The phrase ends at the verb ("two people familiar with the matter said") or follows it
    ("said two people with knowledge of the plans").
    """
    for j in range(max(0, k - 12), k):
        found = _unnamed_source(tokens, j)
        if found is not None and found[1] == k:
            return found[0]
    for j in range(i + 1, min(len(tokens), i + 3)):
        found = _unnamed_source(tokens, j)
        if found is not None:
            return found[0]
    return None


def _unnamed_counts(
    tokens: Sequence[Token], values: Sequence[tuple[int, int, Value]]
) -> set[tuple[int, int]]:
    """The spans of counts of unnamed sources ("two people familiar with the matter said")."""
    counted = set()
    for start, end, value in values:
        if isinstance(value, Quantity) and value.kind == "count" and value.unit:
            k = _at(tokens, end) - 1  # the counted noun closes the count's span
            if not (0 <= k < len(tokens) and tokens[k].end == end):
                continue
            found = _unnamed_source(tokens, k)
            if found is None:
                continue
            first = _at(tokens, start)
            before = [t.low for t in tokens[max(0, first - 2) : first]]
            # Only when they speak: "two people familiar with the matter said", "said two
            # people ...", "according to two people ..."; not "four people familiar with the
            # suspect were questioned".
            speaks = _speaks_at(tokens, _past_auxiliaries(tokens, found[1]))
            if (
                speaks
                or (before and _speaks_at(tokens, first - 1))
                or (before == ["according", "to"])
            ):
                counted.add((start, end))
    return counted


def _speaks_at(tokens: Sequence[Token], k: int) -> bool:
    return (
        0 <= k < len(tokens)
        and tokens[k].low in lexicon.SPEECH_VERBS
        and bool(lexicon.event_class(tokens[k].low))
    )


def _named_before_apposition(
    speakers: Sequence[tuple[int, int, EntityRef]], tokens: Sequence[Token], index: int
) -> Sequence[tuple[int, int, EntityRef]]:
    """The name before ", the chief executive," when the apposition ends just before the verb.

    "Ann Lee, the company's chief executive, said": the speaker is the name the commas set
    off, not the role (which ``_noun_phrase`` would give); only a name ending right at the
    first comma, with an article or a possessive opening the role, counts.
    """
    if index < 4 or tokens[index - 1].text != ",":
        return ()
    for k in range(index - 2, max(0, index - 10), -1):
        token = tokens[k]
        if token.text in '.;:"“”':
            return ()
        if token.text == ",":
            opens = tokens[k + 1].low
            if opens not in ("the", "a", "an", "its", "their", "his", "her") and not (
                opens.endswith(("'s", "’s"))
            ):
                return ()
            found = _names_in(speakers, tokens[max(0, k - 6)].start, token.start)
            return found[-1:] if found and found[-1][1] == token.start else ()
    return ()


def _nominal(tokens: Sequence[Token], i: int) -> bool:
    """Whether a speech word is used as a noun: "in its latest report", "a statement", "the claims".

    Only words that are also nouns ("report", "claim", "note", "state") can be; one is
    a noun right after "the", or after a possessive or "a" with only modifiers between.
    """
    if tokens[i].low.removesuffix("s") not in lexicon.SPEECH_NOUNS:
        return False
    if i > 0 and (tokens[i].text[:1].isupper() or tokens[i - 1].text[:1].isdigit()):
        return True  # "Granite State Gas", "in six states", "14 reports": names, counted things
    for distance, before in enumerate(reversed(tokens[max(0, i - 3) : i]), start=1):
        if before.low in lexicon.NOUN_MARKERS or (
            distance == 1 and before.low in ("the", "this", "that")
        ):
            return True
        if distance == 1 and before.low in lexicon.PREPOSITIONS and before.low != "to":
            return True  # "jailed on state warrants", "in reports": no verb after "on", "in"
        if not before.is_word or before.low in lexicon.PREPOSITIONS:
            return False
        if lexicon.is_verb_form(before.text) or before.low in lexicon.AUXILIARIES:
            return False
    return False


# The participles by which "by" names a record's author ("a summary released by the union");
# not its reader ("documents reviewed by the paper", "filings cited by the union"). A noun
# right before "by" is authored too: "a tally by the firm".
_AUTHORS_BY = frozenset(
    "released issued published compiled prepared filed posted produced conducted written"
    " kept".split()
)


def _authored(low: str) -> bool:
    """Whether "by" after this word names an author: "released by", "a tally by"."""
    return low in _AUTHORS_BY or not (lexicon.is_verb_form(low) or low.endswith(("ed", "en")))


# A speaker's label at a line's start in a transcript: "CHIEF DANA LEE: Three were hurt."
_LABEL = re.compile(r"^[ \t]*([A-Z][A-Z.'’\- ]{0,40}[A-Z.]):[ \t]+(?=\S)", re.MULTILINE)
# Labels that head a line without naming who speaks.
_NOT_SPEAKERS = frozenset(
    [
        "BREAKING",
        "BREAKING NEWS",
        "UPDATE",
        "UPDATED",
        "CORRECTION",
        "CLARIFICATION",
        "EDITOR'S NOTE",
        "EDITOR’S NOTE",
        "NOTE",
        "WATCH",
        "LIVE",
        "PHOTO",
        "PHOTOS",
        "VIDEO",
        "RELATED",
        "READ MORE",
        "TRANSCRIPT",
        "SOURCE",
        "SOURCES",
        "CONTACT",
        "MEDIA CONTACT",
        "FACT CHECK",
        "ANALYSIS",
        "OPINION",
        "EXCLUSIVE",
    ]
)


def _turns(text: str) -> list[tuple[int, int, str]]:
    """The labelled turns of a transcript: (start, end, speaker), in text order.

    A turn runs from its label to the next label or a blank line. Two labels at least, or
    the text is no transcript: one "NEW DELHI: ..." is a dateline.
    """
    found = [
        (m.start(), m.end(), m.group(1).strip())
        for m in _LABEL.finditer(text)
        if m.group(1).strip() not in _NOT_SPEAKERS
    ]
    if len(found) < 2:
        return []
    turns = []
    for k, (start, body, label) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(text)
        blank = re.search(r"\n[ \t\r]*\n", text[body:end])
        turns.append((start, body + blank.start() if blank else end, label.title()))
    return turns


def _before_auxiliaries(tokens: Sequence[Token], i: int) -> int:
    """Where the verb group of the speech verb at ``i`` starts.

    "is saying", "have been reporting", "has said", "had told": the teller stands before
    the auxiliaries. Not a passive ("was told", "were reported"): its subject was told.
    """
    k = i
    if tokens[i].low.endswith("ing"):
        while k > 0 and tokens[k - 1].low in ("is", "are", "was", "were", "been"):
            k -= 1
    if k > 0 and tokens[k - 1].low in ("has", "have", "had"):
        k -= 1
    return k


def _past_article(tokens: Sequence[Token], k: int) -> int:
    """``k``, or the token after it when ``k`` is "the", "a" or "an"."""
    return k + 1 if k < len(tokens) and tokens[k].low in _ARTICLES else k


def _by_whom(tokens: Sequence[Token], after: int) -> str | None:
    """Who made the record "according to" names: "a summary released by the union" -> union.

    A "by" within the next five words, before any punctuation, names the author of a
    report, a count or a filing; the record itself speaks for no one.
    """
    for k in range(after, min(len(tokens), after + 5)):
        if not tokens[k].is_word:
            return None
        if tokens[k].low == "by" and k > after and _authored(tokens[k - 1].low):
            start = _past_article(tokens, k + 1)
            return _noun_phrase(tokens[start : start + 4])
    return None


def _closes_clause(tokens: Sequence[Token], i: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the speech verb at ``i`` attributes what came before it.

    "Four died, police said." and "..., said the mayor, ..." look back; "Police said four
    died" and "police said in a statement that ..." lead what follows: the words after the
    verb, up to the clause's next punctuation, hold a value or "that".
    """
    stop = next(
        (t.start for t in tokens[i + 1 :] if t.text in _CLAUSE_MARKS),
        tokens[-1].end if tokens else 0,
    )
    after = tokens[i].end
    if any(after <= start < stop for start, _end in spans):
        return False
    return not any(t.low == "that" for t in tokens[i + 1 :] if t.start < stop)


def _teller(told: Sequence[tuple[int, bool | None, str]], offset: int) -> str | None:
    """Who a value at ``offset`` is attributed to, among its sentence's attributions.

    With one, it covers the whole sentence, unless it reaches only what follows (an
    estimate: "shut for a month, a repair bill the landlord put at $9,000" tells the
    landlord's bill, not the month). With several, the nearest that reaches the value: one looking
    back from after it, or one leading from before it. "Nine were hurt, the sheriff said,
    and a nurse said all would go home": the sheriff.
    """
    if len(told) < 2:
        if told and told[0][1] is None and offset < told[0][0]:
            return None
        return told[0][2] if told else None
    reaching = [
        (abs(at - offset), who)
        for at, backward, who in told
        if (at >= offset if backward else at < offset)
    ]
    return min(reaching)[1] if reaching else told[-1][2]


def _before_time_words(window: Sequence[Token]) -> Sequence[Token]:
    """The window before a speech verb without the words that say when.

    "X today reported", "the ministry on Friday said", "officials late Tuesday said":
    the speaker is before the time words, never the time words themselves.
    """
    end = len(window)
    while end > 0:
        low = window[end - 1].low
        when = low in lexicon.TIME_WORDS or low in lexicon.ADVERBS
        if not when and not (end < len(window) and low in ("on", "late", "early", "last", "this")):
            break
        end -= 1
    return window[:end]


# Prepositions that also open a clause, whose noun phrase may be its subject.
_SUBORDINATORS = frozenset(["before", "after", "since", "until", "as", "like", "what"])
_SUBJECT_REACH = 14  # "of the biggest big-city bank thefts reported": the "of" is far


def _owner_of_object(window: Sequence[Token]) -> Sequence[Token] | None:
    """The window up to the noun a prepositional phrase ending it follows, or None.

    "Police in the county said": "Police"; "one of the biggest thefts reported": "one"
    is no noun phrase of a speaker, so None.
    """
    k = len(window) - 1
    while k >= 0 and window[k].low not in lexicon.PREPOSITIONS:
        k -= 1
    before = window[:k] if k > 0 else []
    if not before or not before[-1].is_word or before[-1].low in SMALL or before[-1].low == "one":
        return None
    head = before[-1]
    if head.low in lexicon.TIME_WORDS or head.low in lexicon.ADVERBS or _after_preposition(before):
        return None
    # A noun phrase: after a determiner, at the start, or a name or a plural ("Officials
    # in the county said"); not "they came upon a victim saying".
    after_determiner = len(before) > 1 and before[-2].low in lexicon.DETERMINERS
    nominal = head.text[:1].isupper() or head.low.endswith("s") or after_determiner
    return before if nominal or len(before) == 1 else None


def _after_preposition(window: Sequence[Token]) -> bool:
    """Whether the noun phrase ending a window is the object of a preposition, so no speaker.

    "one of the biggest bank thefts reported this year": "reported" describes the
    thefts; a speaker is the subject of its verb, and a subject follows no preposition.
    Reads back over nouns, modifiers, hyphens and determiners to the word before them.
    """
    for token in reversed(window):
        if token.low in lexicon.RELATIVES or token.low in _SUBORDINATORS:
            return False  # "a deal that analysts say", "in what police said": a subject
        if token.text in "-‐" or (token.is_word and token.low in lexicon.DETERMINERS):
            continue
        if not token.is_word:
            return False
        if token.low in lexicon.PREPOSITIONS:
            return token.low not in ("according", "to")
        if lexicon.is_verb_form(token.text) or token.low in lexicon.FILLER:
            return False
    return False


def _noun_phrase(window: Sequence[Token], *, backwards: bool = False) -> str | None:
    """A common-noun speaker next to a speech verb: "police", "the fire department", "officials".

    Reads the words next to the verb (before it when ``backwards``), stopping at
    punctuation, numbers, verbs and function words; the determiner is dropped.
    """
    words: list[Token] = []
    ordered = list(reversed(window) if backwards else window)
    for k, token in enumerate(ordered):
        low = token.low.removesuffix("'s").removesuffix("’s")
        acronym = len(token.text) > 1 and token.text.isupper()  # "the county's HR director"
        if not token.is_word or (low in lexicon.FILLER and not acronym):
            break
        if low in lexicon.PREPOSITIONS and not acronym:
            break
        if words and not backwards and low in lexicon.TIME_WORDS:
            break  # "results released by the county Wednesday"
        if backwards and k + 1 < len(ordered) and ordered[k + 1].text in "-‐":
            break  # "the Ohio-based company": "based" modifies, it does not speak
        if backwards and lexicon.is_verb_form(token.text) and not words and token.text.islower():
            break  # forward, the first word stands where a noun does: "according to state police"
        if (
            words
            and not backwards
            and token.text.islower()
            and token.low.endswith(("ed", "ing"))
            and (k + 1 == len(ordered) or ordered[k + 1].is_word)
        ):
            # "results released by the county": a participle starts a new phrase; a last
            # word in "-ing" is a noun ("a regulatory filing", "at the hearing").
            break
        words.append(token)
    if backwards:
        words.reverse()
    if not words or (len(words) == 1 and not lexicon.noun_token(words[0].text)):
        return None
    phrase = " ".join(t.text for t in words)
    if phrase.islower():
        return phrase  # a common noun: resolved against the story's names by the reader
    return canonical_organization(phrase) or phrase


def _canonical(ref: EntityRef) -> str:
    if ref.kind == "organization":
        return canonical_organization(ref.name) or ref.name
    return ref.name


def _name_ending_at(names: Sequence[tuple[int, int, EntityRef]], offset: int) -> EntityRef | None:
    """The name that ends right before ``offset`` (a space apart at most)."""
    for _s, e, ref in _names_in(names, offset - _REACH, offset):
        if 0 <= offset - e <= 1:
            return ref
    return None


def _last_person_before(
    names: Sequence[tuple[int, int, EntityRef]], offset: int
) -> EntityRef | None:
    for _s, _e, ref in reversed(_names_in(names, offset - _REACH, offset)):
        if ref.kind == "person":
            return ref
    return None
