"""Grouping: which claims are about the same thing.

Claims are blocked by the kind of value and the head of what they measure, so
only claims that could be about one thing are ever compared; cost grows with
the size of the blocks, not the square of the claims. Each candidate pair is
scored by an ordered list of labelled levels (first match wins, as in Splink's
comparison levels); the labels travel into the report as the reason two claims
were joined. Pairs are then merged best first, under the constraints a reader
expects: a source does not restate one thing with two incompatible values, and
things with different qualifiers ("French" / "Belgian") stay apart.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from reconcile.extract import lexicon
from reconcile.extract.claims import DATE_LINE
from reconcile.judge import MINUTES, READINGS, UNITS, compatible, unit_of
from reconcile.model import READING_UNITS, Claim, DateRange, EntityRef, Link, Quantity, Value

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable

    from reconcile.settings import Settings

__all__ = [
    "Group",
    "alike",
    "block_keys",
    "comparable",
    "group_claims",
    "pair_level",
    "value_gated",
]

# A level met by two claims of which one only is marked as over a wider whole ("31
# shelters across the county" / "31 emergency shelters") carries this suffix.
WIDER = " (one over a wider whole)"
# A level met by a headline's bare number ("Six charged") carries this suffix: it joins
# the fact in which its own source states a like value, the figure it restates.
RESTATED = " (a headline restating its story)"
# A level met by a count of a set apart ("temporary nurses") and an unmarked count.
APART = " (one of a set apart)"
# A level met by a count of the hurt taken to hospital and an unmarked count of the hurt.
HOSPITALISED = " (one of those taken to hospital)"


# A level met by a count of the people an event hurt and a count of the workers it hurt
# ("More than a dozen people were hurt" / "15 workers were treated for injuries"): the
# workers may be all of the people or a part, so they join with compatible values only.
AT_WORK = "people and the workers an event befell"
# The same of a count of the people an event hurt and the passengers it hurt ("Nine people
# suffered minor injuries" / "Nine passengers sustained minor injuries"): all aboard or a part.
ABOARD = "people and the passengers an event befell"
_PART_OF_PEOPLE = {"employee": AT_WORK, "passenger": ABOARD}
# A level met by a count of the people an event hurt and of the onlookers it hurt ("12
# people injured" / "Twelve onlookers were hurt"): all of them or a part, so like
# values only (value gated), and a like one may enter a conflict it restates a side of.
ONLOOKERS = "people and the onlookers an event befell"
_ONLOOKERS = frozenset(["spectator", "bystander", "onlooker", "fan", "attendee"])
_COMPATIBLE_ONLY = frozenset(_PART_OF_PEOPLE.values())
# A level met by a crowd (see _crowd) and a count of people that says more of them.
CROWD = "a crowd and a count of people"


def value_gated(label: str) -> bool:
    """Whether a level rests on the values as well as the words.

    Two facts join under such a level only when every value of the one is alike every
    value of the other: a measure worded with another verb and nothing else ("reached
    9 inches"), or a figure marked as over a wider whole ("statewide") against an
    unmarked one. Such a join is never a conflict; unlike values stay apart.
    """
    return label in _GATED or label.endswith((WIDER, RESTATED, HOSPITALISED, APART))


# A level met by the age of a person described ("a 71-year-old man") and of one named.
DESCRIBED = "an age described and named"
_AGE = frozenset(["age"])


def _described(claim: Claim) -> bool:
    """Whether a claim's subject describes a person by age, not by name: "71-year-old man"."""
    words = _subject_key(claim).split()
    return bool(words) and "year-old" in words[0] and (claim.subject or "").islower()


# A level met by "N others" an event befell and a count of those it befell (see below).
OTHERS_OF_AN_EVENT = "others an event befell and those it befell"


def _others_of_the_event(a: Claim, b: Claim) -> bool:
    """Whether one claim counts "others" an event befell, and the other those it befell.

    "killing four people; seven others were still missing" / "Seven passengers remain
    unaccounted for": the others are others than a set named before, so they may be all of
    those the event befell or a part; one count when the figures are alike (value gated).
    Only "others" and the event, nothing else: "two other officers" names a kind of its own;
    and two or more of them: "another" or "the other" is one person set against one named.
    """
    others, plain = (a, b) if _contrastive(a) else (b, a)
    head = others.attribute_tokens[:1]
    value = others.value
    return (
        isinstance(value, DateRange) or (isinstance(value, Quantity) and (value.low or 0) >= 2)
    ) and (
        bool(head)
        and head[0].startswith("e:")
        and plain.attribute_tokens[:1] == head
        and set(others.attribute_tokens[1:]) <= lexicon.CONTRASTIVE
    )


# A level met by a count of a noun and the count of that noun an event befell: see _event_aside.
EVENT_ASIDE = "a count and the count an event befell"
# A level met by two counts of a noun told once by each source: see _counted_once.
COUNTED_ONCE = "a noun each source counts once"
# A level met by two counts of those there at the time, by a trade and by a general noun.
PRESENT_BY_TWO_NOUNS = "those present, named by two nouns"
# A level met by a count of things in general ("five works") and of a kind ("paintings").
KIND_OF_THINGS = "things, and things of a kind"
# A level met by a bare count of deaths ("2 fatalities") and of the killed of a kind.
DEATHS_OF_A_KIND = "deaths and the killed of a kind"
# A level met by two counts that differ only by two nouns that may name one set (see
# _near_nouns): like values only.
NEAR_NOUNS = "one set named by two nouns"
# A level met by a count of jobs and of the workers a lay-off befell: see _near_nouns.
JOBS_LOST = "jobs, and the workers who lose them"
# A level met by a thing dated as built and as installed: see _MAKING.
MADE = "a thing built, and installed"
# A thing put in place may be built before, so the two verbs date one making only when alike.
_MAKING = frozenset(["build", "install"])

# A level met by two dates of one doing, one of them marked as still to come: see _words_level.
TO_COME = "a date to come, told with and without its mark"
_TO_COME = "~future"

_GATED = frozenset(
    [
        DESCRIBED,
        TO_COME,
        CROWD,
        DEATHS_OF_A_KIND,
        KIND_OF_THINGS,
        MADE,
        ONLOOKERS,
        NEAR_NOUNS,
        OTHERS_OF_AN_EVENT,
        PRESENT_BY_TWO_NOUNS,
        "one measure, another verb",
        "one head, other modifiers",
        EVENT_ASIDE,
        "a death and the attack",
    ]
)


@attrs.frozen
class Group:
    """Claims about one thing, in a stable order, and the links that joined them."""

    claims: tuple[Claim, ...]
    links: tuple[Link, ...]


def family(claim: Claim) -> str:
    """What kind of value a claim states: count, money, percent, number, date or a name kind.

    Money is of its currency ("money:EUR"): with no exchange rate known, "€2.2 billion"
    and "$2.4 billion" can be neither agreement nor conflict, so they never meet.
    """
    value = claim.value
    if isinstance(value, Quantity):
        if value.kind == "money" and value.currency:
            return f"money:{value.currency}"
        if _headline_count(claim):
            return "count"
        return value.kind
    if isinstance(value, DateRange):
        return "date"
    return value.kind


def _headline_count(claim: Claim) -> bool:
    """Whether a claim is a headline's bare number of an event: "Six charged", "two dead".

    A headline leaves out the people its number counts; in a body a bare number is often
    a part of a set named before it ("two were wounded"), so only headlines count so.
    """
    value = claim.value
    return (
        isinstance(value, Quantity)
        and value.kind == "number"
        and claim.zone == "headline"
        and claim.attribute_tokens[:1] != ()
        and claim.attribute_tokens[0].startswith("e:")
    )


def _contrasts(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two attributes name different things of one kind, or are qualified apart.

    Tokens that start with "@" are places and nationalities folded to their
    country or region by extraction ("@france", "@belgium"); two attributes that
    each name one, and not the same, are about different things.
    """
    places_a = {t for t in ta if t.startswith("@")}
    places_b = {t for t in tb if t.startswith("@")}
    if places_a and places_b and places_a != places_b:
        return True
    # Tokens that start with "~" qualify the whole claim ("~future": a date still to
    # come); a claim with one and a claim without it are about different things.
    if {t for t in ta if t.startswith("~")} != {t for t in tb if t.startswith("~")}:
        return True
    return _scopes_differ(ta, tb)


def _scopes_differ(ta: Iterable[str], tb: Iterable[str]) -> bool:
    """Whether two claims are of different scopes ("^site", "^firm"): both stated, not one.

    A scope "^k:..." is of its own kind k, compared only with the same kind: a period
    ("^p:y2025", "^p:fy2026q3"), a forecast against a result ("^f:forecast", "^f:result"),
    a loss against a profit ("^s:loss", "^s:profit").
    """
    kinds: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for side, tokens in enumerate((ta, tb)):
        for t in tokens:
            if t.startswith("^"):
                kinds[t[:3] if t[2:3] == ":" else "^"][side].add(t)
    return any(a and b and a != b for a, b in kinds.values())


def comparable(claim: Claim) -> bool:
    """Whether a claim says enough about what it measures to be matched with others.

    A claim with no attribute, or with only a generic head ("4 people", "3 miles"
    and nothing else), could be about anything: each stays a fact of its own.
    """
    tokens = claim.attribute_tokens
    if not tokens:
        return _bare_day(claim) is not None
    if _crowd(claim):
        return True
    return not (len(tokens) == 1 and tokens[0] in lexicon.GENERIC)


# A count of people naming nothing else, of this many or more, is a crowd: see _crowd.
_CROWD = 100.0


def _crowd(claim: Claim) -> bool:
    """Whether a claim counts a hundred people or more and names nothing else of them.

    "Roughly 3,500 people living within two miles were told to shelter": what befell them
    is not read, but so large a figure is not met by chance; it meets a count of people that
    says more ("ordered about 3,500 residents to shelter") with a like value only. A small
    bare count ("two were ...") is most often a part of a set named before, and stays apart.
    """
    value = claim.value
    return (
        claim.attribute_tokens == ("person",)
        and isinstance(value, Quantity)
        and value.kind == "count"
        and value.low is not None
        and value.low >= _CROWD
    )


def _may_meet_a_crowd(claim: Claim) -> bool:
    """Whether a count of people could be alike a crowd: people, and not below 90 of them."""
    value = claim.value
    return (
        "person" in claim.attribute_tokens
        and isinstance(value, Quantity)
        and (value.high is None or value.high >= 0.9 * _CROWD)
    )


def _bare_day(claim: Claim) -> str | None:
    """The day a date claim with no attribute names ("on Sunday", "May 24"), or None.

    Such a date says only that something happened that day. Of two sources, one day named so
    is one happening ("ate in the cafeteria on Sunday" / "sick after a Sunday lunch" / "ate
    there on May 24"): the same day joins, as if its attribute were the day; another day never.
    """
    value = claim.value
    if claim.attribute is not None or claim.attribute_tokens or not isinstance(value, DateRange):
        return None
    if _BOUND in claim.clause_words:
        return None  # "since Friday", "by Thursday": a span's bound, no happening's day
    if value.granularity != "day" or value.start is None or value.start != value.end:
        return None
    return f"#day:{value.start.isoformat()}"


# The people an event befalls, named as such: "six patients hospitalized" are the people
# hospitalized. Not "victims" (often one named victim against all the people shot), nor a
# role apart ("firefighters").
_AFFECTED = frozenset(["patient"])


def _people_of_one_event(only_a: frozenset[str], only_b: frozenset[str]) -> bool:
    """Whether two counts of one event differ only as "people" and the people it befell."""
    words = {*only_a, *only_b}
    return len(only_a) == len(only_b) == 1 and "person" in words and bool(words & _AFFECTED)


def _contrastive(claim: Claim) -> bool:
    """Whether a claim counts a set defined against the rest of its story ("two others")."""
    return not lexicon.CONTRASTIVE.isdisjoint(claim.attribute_tokens)


def _dimension(token: str) -> str:
    """A unit's token as its dimension ("year", "month" -> "u:months"): compared converted.

    A verb of one doing told with another word is that word's: "built in 1931" and
    "constructed in 1931" date one building (see :data:`_SAME_DOING`).
    """
    if token in _DURATIONS.keys() - _ORDINALS:  # "a second officer": an ordinal
        return f"u:{_DURATION}"  # "four days" / "96 hours": one span of time (see _DURATIONS)
    unit = UNITS.get(token)
    return _SAME_DOING.get(token, token) if unit is None else f"u:{unit[0]}"


# Units of a span of time, in minutes, grouped on one scale: "burned for two days" and
# "burned for 50 hours" are one duration, compared converted (judge converts them alike).
# Months and years are not: a month is no fixed number of days (judge's "months").
_DURATION = "minutes"
_DURATIONS = MINUTES  # as the judge converts them
# Units' tokens that are as often ordinals: "a second officer", read as a unit only by value.
_ORDINALS = frozenset(["second"])


def _dimensions(claim: Claim) -> list[str]:
    """A claim's attribute tokens as dimensions; an ordinal's token a unit when its value is.

    "about 90 seconds" is a span of time, "a second officer" is not (see :data:`_ORDINALS`).
    """
    value = claim.value
    timed = (
        not _ORDINALS.isdisjoint(claim.attribute_tokens)
        and isinstance(value, Quantity)
        and _duration(value) is not None
    )
    return [
        f"u:{_DURATION}" if timed and token in _ORDINALS else _dimension(token)
        for token in claim.attribute_tokens
    ]


def _duration(q: Quantity) -> tuple[str, float] | None:
    """A span of time's dimension and factor in minutes ("36 hours" -> ("minutes", 60.0))."""
    if q.kind != "count" or not q.unit:
        return None
    words = [lexicon.lemma(word) for word in q.unit.casefold().split()]
    for word in (words[-1], words[0]):
        if word in _DURATIONS and (word is words[-1] or word not in _ORDINALS):
            return (_DURATION, _DURATIONS[word])
    return None


# Verbs that tell one doing in other words, as their lemmas' tokens, each to the first of
# its set: what one source dates "built", another dates "constructed"; and nouns of one set.
_SAME_DOING = {
    verb: words[0]
    for words in (
        ("build", "construct", "erect"),
        ("found", "establish"),
        ("leave", "depart"),
        ("finish", "complete"),
        ("speak", "address", "testify"),  # "33 citizens addressed the board": they spoke
        # nouns: what a line that carries people calls them ("2,870 guests on board")
        ("passenger", "guest"),
        ("vehicle", "railcar"),  # extraction folds "cars" to vehicles
        ("count", "charge"),  # "two counts of fraud" / "five other charges were dismissed"
        ("student", "pupil"),  # those a school teaches
        # not "associate": as often a suspect's accomplice ("two associates of the leader")
        # the shops of a chain, by their kinds of shop: "closing 40 showrooms"
        ("store", "shop", "showroom", "branch", "storefront", "dealership"),
        ("loan", "financ", "financing"),  # a sum lent: "$40 million in financing"
    )
    for verb in words[1:]
}


# Verbs that date one doing in other words, as their tokens, each to the first of its
# family: what one source dates "berthed", another dates "arrived". Only for dates: "reached
# 9 inches" or "passed 31,000 votes" are no arrival or approval. Not "reach" (a deal is
# reached), "open" or "launch" (a store opens after its building starts), nor "sail" (into
# port or out of it).
_DAY_OF_ONE_DOING = {
    verb: words[0]
    for words in (
        ("arrive", "arriv", "dock", "berth", "land"),  # a ship, a plane, a train comes in
        ("leave", "depart"),  # it goes ("leave" is the first of _SAME_DOING's pair)
        ("approve", "pass", "ratify"),  # a measure a board adopts (not "vote": to reject too)
        # extraction folds "begin" to "start"; a groundbreaking starts construction
        ("start", "commence", "groundbreak"),
        # a storm comes ashore ("made landfall" is read as "landfall")
        ("e:struck", "batter", "pound", "lash", "slam", "ravage", "landfall"),
    )
    for verb in words[1:]
}


# Words of one happening a writer tells with other verbs or nouns, for dates only, each
# family to its first word's token (or to a family of _DAY_OF_ONE_DOING it widens): what one
# account dates "ruptured", another dates "broke" or "the break"; "approved", "voted" or
# "Tuesday's vote". Written as a writer writes them; :func:`_happening_tokens` reads each as
# extraction would. Left apart on purpose: saying (a day of saying is no happening's), an
# arrest and a charge, a death and the attack, a funeral or a vigil, an opening and a start,
# a signing and a passage (a law is passed, then signed), finding ("found guilty").
# A join of two words of one family, not one word, asks the days to be near: see _dates_apart.
_HAPPENINGS = (
    # a pipe, a dam, a bridge or a roof gives way
    (
        "rupture ruptured break broke broken burst breach breached fail failed failure collapse "
        "collapsed cave caved buckle buckled"
    ),
    # a board or a body adopts a measure (the day of a vote is the day of its outcome)
    (
        "approve approved approval pass passed passage ratify ratified adopt adopted adoption "
        "vote voted endorse endorsed authorize authorized authorise authorised"
    ),
    # a child is born
    "birth born welcome welcomed deliver delivered",
    # something blows up
    "explosion explode exploded blast blasted detonate detonated detonation",
    # a vehicle comes to grief
    (
        "crash crashed collide collided collision derail derailed derailment overturn "
        "overturned capsize capsized sink sank sunk sinking plunge plunged"
    ),
    # a storm or a blow strikes (grp27's family of "struck")
    "strike struck hit smash smashed pummel pummeled pummelled hammer hammered",
    # water covers land
    "flood flooded flooding inundate inundated inundation swamp swamped submerge submerged",
    # someone leaves a post, or is made to
    "resign resigned resignation quit",
    "fire fired firing oust ousted ouster sack sacked dismissal",
    "hire hired hiring appoint appointed appointment",
    # someone gets away
    "escape escaped flee fled abscond absconded",
    # something hidden comes to light
    "discover discovered discovery detect detected detection uncover uncovered",
    # an assault on people
    "attack attacked ambush ambushed assault assaulted",
    # a place stops working, or a thing comes to its end
    "close closed closure shut shutter shuttered shutdown",
    "end ended conclude concluded conclusion wrap wrapped",
    # something planned is called off
    "cancel canceled cancelled cancellation",
)


# Tokens two happenings share, never folded: "fire" is a blaze as often as a dismissal,
# "strike" a walkout as often as a blow.
_OF_TWO_HAPPENINGS = frozenset(["fire", "strike"])


def _happening_tokens(word: str) -> set[str]:
    """The tokens extraction may give a word of a happening: its event, its noun, its lemma."""
    found = {lexicon.event_class(word), lexicon.noun_token(word), lexicon.lemma(word)}
    return {_dimension(t) for t in found if t} - _OF_TWO_HAPPENINGS


def _happening_families() -> dict[str, str]:
    families: dict[str, str] = {}
    for words in _HAPPENINGS:
        first, *rest = words.split()
        head = min(_happening_tokens(first), key=lambda t: (not t.startswith("e:"), t))
        head = _DAY_OF_ONE_DOING.get(head, head)
        for word in (first, *rest):
            for token in _happening_tokens(word):
                families.setdefault(token, head)
    return families


_DAY_OF_ONE_HAPPENING = _happening_families()


def _day_family(token: str) -> str:
    """The family a date's token is of ("broke" -> "rupture", "vote" -> "approve")."""
    token = _DAY_OF_ONE_DOING.get(token, token)
    return _DAY_OF_ONE_HAPPENING.get(token, token)


# The words of a sum lent by a bank named as what it is drawn on: "a $40 million credit
# facility" is a loan of $40 million ("a $40 million facility" alone may be a building).
_LENDING = (frozenset(["credit", "facility"]),)
_LOAN = "loan"


def _lent(claim: Claim) -> frozenset[str] | None:
    """The words that name a sum lent as a credit facility or line, or None."""
    value = claim.value
    if not isinstance(value, Quantity) or value.kind != "money":
        return None
    tokens = frozenset(claim.attribute_tokens)
    return next((words for words in _LENDING if words <= tokens), None)


def _tokens(claim: Claim) -> frozenset[str]:
    day = _bare_day(claim)
    if day is not None:
        return frozenset([day])
    tokens = frozenset(_dimensions(claim))
    if isinstance(claim.value, DateRange):
        tokens = frozenset(map(_day_family, tokens))
    lent = _lent(claim)
    if lent is not None:
        tokens = tokens - lent | {_LOAN}  # "a $40 million credit facility": a loan
    if _size_of_whole(claim):
        tokens |= {_WHOLE}  # "a 60-wagon convoy": the whole, not the part that befell
    if _unit_dimension(claim) in _READINGS:
        # "65 mph gusts whipped snow across the plains": a reading at a point, whatever
        # stretch it is read over, never a total over a wider whole.
        return tokens - {_WIDE}
    return tokens


# Verbs that tell what a whole is made of: "the convoy consisted of 40 trucks".
_MADE_OF = frozenset(["consist", "comprise", "compose"])


def _size_of_whole(claim: Claim) -> bool:
    """Whether a count is the size of a whole, not the part of it something befell.

    "a 60-wagon convoy" (the count a compound that names a noun after it), "the convoy
    consisted of 60 wagons": the whole, set apart from "14 wagons overturned" as a count
    "of the convoy's 60 wagons" is (see :data:`_WHOLE`). Not a measure nor an event's
    count ("a two-day strike").
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return False
    text = claim.text.strip()
    made_of = not _MADE_OF.isdisjoint(claim.clause_words)
    if not made_of and (" " in text or "-" not in text):
        return False
    if family(claim) != "count" or _measured(claim) is not None:
        return False
    if _WHOLE in claim.attribute_tokens:
        return False
    if made_of:
        return True
    tail = text.rsplit("-", 1)[1].casefold()
    tokens = claim.attribute_tokens
    return (
        len(tail) >= 3
        and tail.isalpha()
        and value.unit.casefold().startswith(tail[:3])
        and len(tokens) > 1
        and not any(t.startswith(_MARKS) for t in tokens[1:])
    )


def _unit_dimension(claim: Claim) -> str | None:
    """The dimension a measure's unit is in ("60 mph", "65 mph gusts" -> "u:speed"), or None."""
    value = claim.value
    unit = (_duration(value) or unit_of(value)) if isinstance(value, Quantity) else None
    return None if unit is None else f"u:{unit[0]}"


_READINGS = frozenset(f"u:{dimension}" for dimension in READINGS)


def _head(claim: Claim) -> str:
    """The token a claim's attribute turns on: extraction puts it first.

    A count of deaths is headed as a count of the killed: "six deaths" and "killed five
    people" are compared (see :func:`_deaths_are_people_killed`). A measure in a known
    unit turns on its unit, wherever its noun stands: "gusts of 60 mph" and "65 mph
    gusts" are both winds in mph.
    """
    if not claim.attribute_tokens:
        return ""
    unit = _unit_dimension(claim)
    if unit is not None and unit in _dimensions(claim):
        return unit
    head = _dimensions(claim)[0]
    if head == _TOLD and _told_of(claim)[:1] == (_DEATH,) and family(claim) == "count":
        return _KILLED  # "officials reported six deaths": deaths, as "six deaths" are
    if isinstance(claim.value, DateRange):
        head = _day_family(head)  # "berthed Tuesday" / "arrived Tuesday"
    lent = _lent(claim)
    if lent is not None and head in lent:
        return _LOAN
    rest = claim.attribute_tokens[1:2]
    if head == _MEMBER and rest and not rest[0].startswith(_MARKS):
        return rest[0]  # "28 crew members" are counted as "28 crew": the group names them
    return _KILLED if head == _DEATH else head


_DEATH, _KILLED = "death", "e:killed"
_MEMBER = "member"
# What a plain count of the killed says besides the event: "four people killed", "four killed".
_PLAIN_KILLED = frozenset([_KILLED, "person"])


def _deaths_are_people_killed(a: Claim, b: Claim) -> bool:
    """Whether one claim counts deaths and the other the people an event killed.

    "Officials have confirmed six flood-related deaths" / "The flood has killed five
    people": the words before "deaths" say of what, as the event of the other does. Not
    deaths of a named other event ("road deaths" is no event token either, but a
    place, a past year or a scope tells most such counts apart: see :func:`_contrasts`),
    nor killed people of a kind ("two cyclists killed").
    """
    for deaths, killed in ((a, b), (b, a)):
        tokens = _told_of(deaths)
        if tokens and tokens[0] == _DEATH and not any(t.startswith("e:") for t in tokens):
            return set(killed.attribute_tokens) <= _PLAIN_KILLED and bool(killed.attribute_tokens)
    return False


def _told_of(claim: Claim) -> tuple[str, ...]:
    """A claim's attribute tokens without a verb of telling: "reported six deaths" are deaths.

    The telling is no part of what is counted: "officials reported six deaths" counts what
    "six deaths" does.
    """
    return tuple(t for t in claim.attribute_tokens if t != _TOLD)


_TOLD = "e:announced"


def _deaths_and_the_killed_of_a_kind(a: Claim, b: Claim) -> bool:
    """Whether one claim counts deaths, bare, and the other the killed of one kind.

    "the company confirms 2 fatalities" / "two miners who were killed": one count when
    the figures are alike (the level is value gated); the deaths may be of all kinds
    ("six deaths" / "two cyclists killed"), so unlike figures are never a conflict.
    """
    for deaths, killed in ((a, b), (b, a)):
        if _told_of(deaths) == (_DEATH,):
            tokens = killed.attribute_tokens
            return tokens[:1] == (_KILLED,) and not any(t.startswith(_MARKS) for t in tokens[1:])
    return False


def _subject_key(claim: Claim) -> str:
    return (claim.subject or "").casefold()


def _subject_words(claim: Claim) -> frozenset[str]:
    """A subject's words without possessive endings: "Acme's Board" -> {"acme", "board"}."""
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in _subject_key(claim).split())


def _same_subject(a: Claim, b: Claim) -> bool:
    """Whether two claims are about one subject, or one of them names none.

    One subject may name the other more fully ("the Board" / "Acme's Board" /
    "the Acme Board"): one's words holding all of the other's is one subject.
    """
    if not _subject_key(a) or not _subject_key(b):
        return True
    wa, wb = _subject_words(a), _subject_words(b)
    return wa <= wb or wb <= wa


def block_key(claim: Claim) -> tuple[str, str]:
    """Claims in different blocks are never compared."""
    value = claim.value
    if isinstance(value, EntityRef):
        # Names are about a subject (where was X arrested): block on the subject.
        return (family(claim), _subject_key(claim) or _head(claim))
    return (family(claim), _head(claim))


def block_keys(claim: Claim) -> tuple[tuple[str, str], ...]:
    """The blocks a claim is compared in: its own, and for a count of an event its nouns'.

    "52,000 customers lost power" is also compared with the counts of customers that name
    no event ("outages topped out at 52,310 customers"): see :func:`_event_aside`. A count
    of people that may meet a crowd is in the crowds' block, a noun of doing in its verb's,
    an award in the block of sums paid.
    """
    own = block_key(claim)
    if isinstance(claim.value, EntityRef):
        return (own,)
    blocks = [own]
    if _may_meet_a_crowd(claim) and own[0] == "count":
        blocks.append((own[0], _CROWD_BLOCK))  # "Roughly 3,500 people": see _crowd
    if _PRESENT in claim.attribute_tokens and own[0] == "count":
        blocks.append((own[0], _PRESENT))  # "40 miners underground": see _present_by_two_nouns
    if not own[1].startswith("e:"):
        # "the derailment" is compared with "derailed"
        blocks.extend((own[0], verb) for verb in _verbs_of_doing(own[1]))
    if own[1] in _MAKING:
        blocks.append((own[0], min(_MAKING)))  # "installed in 1964" / "built in 1964"
    if _awarded(_tokens(claim)):
        blocks.append((own[0], _PAID))  # "a verdict of $3 million" / "ordered to pay"
    blocks.extend(
        (own[0], _NEAR_BLOCK + _NEAR_NOUNS[noun])
        for noun in sorted(_event_nouns(_tokens(claim)))
        if noun in _NEAR_NOUNS
    )  # "22 children" / "22 pupils were hurt": see _near_nouns
    blocks.extend(_event_blocks(claim, own))
    return tuple(dict.fromkeys(blocks))


_CROWD_BLOCK = "#people"
_NEAR_BLOCK = "#near:"


def _event_blocks(claim: Claim, own: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    """For a count of an event, the blocks of its nouns; else none."""
    if not own[1].startswith("e:") or isinstance(claim.value, EntityRef):
        return ()
    return tuple((own[0], noun) for noun in sorted(_event_nouns(_tokens(claim))))


def _event_nouns(tokens: frozenset[str]) -> set[str]:
    """The words of a count that can head it without its event: not generic, not a mark."""
    return {
        t
        for t in tokens
        if t not in lexicon.GENERIC and not t.startswith(("e:", "~", "@", "^", "#", "u:"))
    }


def pair_level(a: Claim, b: Claim, settings: Settings) -> tuple[str, float] | None:
    """The first similarity level two claims meet, with its score; None when they are not alike.

    As :func:`_level`, and a :func:`value_gated` level only when the two values are alike.
    """
    level = _level(a, b, settings)
    if level is not None and value_gated(level[0]) and not alike(a.value, b.value):
        return None
    if level is not None and level[0] in _COMPATIBLE_ONLY and not compatible(a.value, b.value):
        return None
    if level is not None and level[0].endswith(RESTATED) and a.source_id != b.source_id:
        return None
    return level


def _level(a: Claim, b: Claim, settings: Settings) -> tuple[str, float] | None:
    """The first similarity level two claims meet, with its score; None when they are not alike.

    The levels, first match wins:

    1. ``exact attribute``: the same normalised attribute tokens (synonyms and
       demonyms already folded by extraction, so "U.S. residents" and "US
       civilians" meet here).
    2. ``attribute within``: one attribute's tokens hold all of the other's
       and the extra words are not a qualifier the other contradicts.
    3. ``fuzzy attribute``: rapidfuzz token-set similarity of the attribute
       phrases at or above ``settings.fuzzy_attribute``.

    Claims of different value families never meet, and neither do claims
    without any attribute (what they measure is unknown).
    """
    if family(a) != family(b):
        return None
    if not comparable(a) or not comparable(b):
        return None
    if _crowd(a) or _crowd(b):
        other = b if _crowd(a) else a
        if _crowd(other) or _contrastive(other) or "person" not in other.attribute_tokens:
            return None  # two crowds name nothing that makes them one
        return (CROWD, 20.0) if _same_subject(a, b) else None
    if _contrastive(a) != _contrastive(b):
        # "two others", "another firefighter": a set defined against something else in its
        # story, never the set itself; two sources' "others charged" are one set.
        return (OTHERS_OF_AN_EVENT, 30.0) if _others_of_the_event(a, b) else None
    ta, tb = _tokens(a), _tokens(b)
    if _lasting_day(a) != _lasting_day(b) and family(a) == "count":
        # "2,180 homes were still dark Friday" / "nearly 6,700 homes lost power":
        # a level on one day and a count of no day, which may be the peak; like values only.
        return _without_marks(a, b, ta, tb, frozenset(), APART, settings)
    if _headline_count(a) and _headline_count(b):
        return None  # two headlines meet through the facts their stories state, if at all
    if _headline_count(a) != _headline_count(b):
        words = _words_level(a, b, ta - {_WIDE}, tb - {_WIDE}, settings)
        return None if words is None else (words[0] + RESTATED, words[1] - 2.0)
    if (_WIDE in ta) != (_WIDE in tb):
        # "52,310 customers statewide" / "about 52,000 customers": the story's whole, or
        # a firm's against one of its mills ("9,000 worldwide" / "the mill's 700").
        # Unmarked, the one may be either: it meets the wider only with a like value.
        return _without_marks(a, b, ta, tb, frozenset({_WIDE}), WIDER, settings)
    if (_WHOLE in ta) != (_WHOLE in tb):
        # "286 of the 2,870 guests on board", "a ship carrying 2,900 passengers": the whole
        # a part of it is counted against; unmarked, "2,870 guests" may be that whole or a
        # part ("300 passengers fell ill"), so they meet only with a like value.
        return _without_marks(a, b, ta, tb, frozenset({_WHOLE}), APART, settings)
    if bool(ta & _SETS_APART) != bool(tb & _SETS_APART):
        # "900 temporary nurses" / "About 2,400 nurses": those brought in for a time, or
        # new, or former, are a set apart from the noun's own; unmarked, the one may be
        # either, so they meet only with a like value.
        return _without_marks(a, b, ta, tb, _SETS_APART, APART, settings)
    if (_TOGETHER in ta) != (_TOGETHER in tb):
        # "40 pupils and staff fell ill" / "Three pupils were kept in": a count of two sets
        # together is no count of the one; they meet only with a like value.
        return _without_marks(a, b, ta, tb, frozenset({_TOGETHER}), APART, settings)
    if (_CONFIRMED in ta) != (_CONFIRMED in tb) and "case" in ta & tb:
        # "nine cases were confirmed by tests" / "looking into 30 cases": the confirmed
        # cases are a part of all the cases; they meet only with a like value.
        return _without_marks(a, b, ta, tb, frozenset({_CONFIRMED}), APART, settings)
    if (ta & _WHEN_WORDS) != (tb & _WHEN_WORDS):
        # "a 5 percent raise immediately" / "a 12 percent raise": an adverb of when says
        # which part of a measure over time one figure is (the first step, not the total);
        # they meet only with a like value.
        return _without_marks(a, b, ta, tb, _WHEN_WORDS, APART, settings)
    if (_LOCAL in ta) != (_LOCAL in tb):
        # "five Tulsa-area hospitals" / "five hospitals": the count in a named area may be
        # all of them or a part ("cut 900 jobs", "120 Tulsa-area jobs"): like values only.
        return _without_marks(a, b, ta, tb, frozenset({_LOCAL}), APART, settings)
    if (_HOSPITAL in ta) != (_HOSPITAL in tb):
        # "11 people were taken to hospitals" / "dozens were hurt": those taken to hospital
        # may be all of the hurt or a part; they meet only with a like value.
        return _without_marks(a, b, ta, tb, frozenset({_HOSPITAL}), HOSPITALISED, settings)
    return _words_level(a, b, ta, tb, settings)


# Marks extraction puts among a claim's clause words, never its attribute (no word of what
# is measured): "^o:" the day a source said a thing, when it is the source's own day of
# publication ("said today"); "^d:" the day a lasting level is of ("were still dark
# Friday"); "^c:" whether a count is a level ("operates 12 mills"), a change made to it ("will
# close 4 mills") or the rest after one ("leaving 8"); "^t:" the part of its day a date names
# ("Friday morning" / "Friday night": two happenings); "^p:" the year, half or quarter a count
# is of ("had 40 buses last year"); "^n:" one person's amount or a sum ("she paid $9,200" /
# "fees totaling $305,000"); "^r:" a percentage told as a part of a whole or as a change
# ("62% of riders" / "fell 38%"). Each is a scope of its claim's fact (see _Cluster.may_join):
# two facts of unlike marks never join.
_TOLD_WHEN = ("^o:", "^d:", "^c:", "^t:", "^p:", "^n:", "^r:")
_BOUND = "#bound"  # a day after "since" or "by", set by extraction: a span's bound
_LIVED = "#lived"  # a day a stay was lived through, set by extraction ("spent Friday night")


# A mark held apart from its absence (set by extraction): "^h:before" a count of a season or
# year before the story's ("Last winter, 12 people died"), "^h:threshold" a bound a span of
# time is counted by ("five days above 90 degrees"). Unlike the scopes above, a claim
# without one is told as "^h:-": the story's own count, a reading; the two never join.
_HELD_APART = "^h:"


def _held_apart(claim: Claim) -> str:
    """A claim's mark of :data:`_HELD_APART`, or the mark of a claim that has none."""
    return next((t for t in claim.clause_words if t.startswith(_HELD_APART)), _HELD_APART + "-")


def _told_when(claim: Claim) -> frozenset[str]:
    """The marks of when a claim was told, or which step of a count it is (see _TOLD_WHEN)."""
    return frozenset(t for t in claim.clause_words if t.startswith(_TOLD_WHEN))


def _a_part_and_its_whole(part: Claim, other: Claim) -> bool:
    """Whether ``part`` is told as a part of a whole ("3,140 of its 6,250") that ``other`` states.

    "3,140 of its 6,250 employees will get raises" / "employs about 6,250 people": the part
    and the whole, never in conflict; "17 of the 230 crates spilled" / "17 crates spilled"
    state the part alike, and meet.
    """
    whole = next((w for w in part.clause_words if w.startswith("#of:")), None)
    if whole is None or not isinstance(other.value, Quantity):
        return False
    told = float(whole.removeprefix("#of:"))
    stated = Quantity(low=told, high=told, kind=other.value.kind, unit=other.value.unit)
    return alike(other.value, stated) and not alike(other.value, part.value)


def _parts_of_wholes(ordered: list[Claim]) -> frozenset[int]:
    """The claims told as a part of a whole stated beside them ("3,140 of its 6,250")."""
    return frozenset(
        i for i, c in enumerate(ordered) if any(w.startswith("#of:") for w in c.clause_words)
    )


def _part_beside_its_whole(
    ordered: list[Claim], parts: frozenset[int], a: _Cluster, b: _Cluster
) -> bool:
    """Whether one fact holds a part told of a whole ("3,140 of its 6,250") the other states."""
    if not parts:
        return False
    return any(
        _a_part_and_its_whole(ordered[i], ordered[j])
        for x, y in ((a, b), (b, a))
        for i in x.members
        if i in parts
        for j in y.members
    )


def _lasting_day(claim: Claim) -> str | None:
    """The day mark of a lasting level ("^d:2026-03-06"), or None."""
    return next((t for t in claim.clause_words if t.startswith("^d:")), None)


def _without_marks(  # noqa: PLR0917 - the two claims, their tokens, what to set aside
    a: Claim,
    b: Claim,
    ta: frozenset[str],
    tb: frozenset[str],
    marks: frozenset[str],
    suffix: str,
    settings: Settings,
) -> tuple[str, float] | None:
    """The level two claims meet with ``marks`` set aside, named with ``suffix`` (a gated one)."""
    level = _words_level(a, b, ta - marks, tb - marks, settings)
    return None if level is None else (level[0] + suffix, level[1] - 1.0)


_WIDE, _HOSPITAL, _WHOLE = "~wide", "~hospital", "~whole"
_TOGETHER = "~together"  # "40 pupils and staff": two sets counted together
_CONFIRMED = "confirm"  # "nine confirmed cases", "nine cases were confirmed"
_DIED = "~died"
# Adverbs of when a measure over time applies: a first step, a later one, a yearly rate;
# and the mark extraction gives a first step ("7% in the first year": "~first").
_WHEN_WORDS = frozenset(
    [
        "immediately",
        "initially",
        "eventually",
        "ultimately",
        "annually",
        "yearly",
        "later",
        "~first",
    ]
)
_LOCAL = "~local"  # "300 Tulsa-area jobs": the count in one named area
# Modifiers of a set apart from the noun's own members: stand-ins, newcomers, leavers, and
# those taken on only while a thing is built ("900 construction jobs" / "300 jobs").
_SETS_APART = frozenset(
    [
        "temporary",
        "replacement",
        "substitute",
        "interim",
        "new",
        "former",
        "retired",
        "construction",
    ]
)


def _words_level(
    a: Claim, b: Claim, ta: frozenset[str], tb: frozenset[str], settings: Settings
) -> tuple[str, float] | None:
    if not _same_subject(a, b):
        if ta == tb == _AGE and _described(a) != _described(b):
            # "a 71-year-old man" / "Peter Sloan, 71": one person, described and named, when
            # the ages are alike (value gated); two ages in conflict are two people.
            return (DESCRIBED, 60.0)
        return None
    if ta == tb:
        return ("exact attribute", 100.0)
    if _award_and_payment(ta, tb):
        return ("an award and the sum ordered paid", 70.0)
    if (
        _doing_and_verb(_head(a), _head(b))
        and ta - {_head(a)} == tb - {_head(b)}
        and not isinstance(a.value, EntityRef)
    ):
        # "the train derailed late Tuesday" / "the derailment on March 10": one happening
        return ("a verb and its noun of doing", 90.0)
    if _present_by_two_nouns(ta, tb):
        return (PRESENT_BY_TWO_NOUNS, 35.0)
    if _a_kind_and_things(ta, tb):
        return (KIND_OF_THINGS, 30.0)
    near = _near_nouns(ta, tb)
    if near is not None:
        return near
    if len(ta ^ tb) == len(_MAKING) and ta ^ tb == _MAKING:
        # "The footbridge was installed in 1964" / "built in 1964": one making, when alike
        return (MADE, 60.0)
    if _head(a) != _head(b):
        return _event_aside(a, b, ta, tb)
    if ta ^ tb == {_DIED}:
        # "died Tuesday" / "was killed Saturday": the wounded may die days after the attack,
        # so a death's day meets the attack's only when the days agree, never in conflict.
        return ("a death and the attack", 80.0)
    if ta ^ tb == {_TO_COME} and isinstance(a.value, DateRange) and isinstance(b.value, DateRange):
        # "Work could begin March 3" / "is expected to begin March 3": a modal verb is read
        # as no date to come, so one start, when the dates are alike (value gated).
        return (TO_COME, 70.0)
    if _contrasts(ta, tb):
        return None
    if ta <= tb or tb <= ta:
        return ("attribute within", 100.0 * min(len(ta), len(tb)) / max(len(ta), len(tb)))
    if _head(a).startswith("e:") and _people_of_one_event(ta - tb, tb - ta):
        return ("people of one event", 90.0)
    differ = {*(ta - tb), *(tb - ta)}
    if _head(a) in _CASUALTY_EVENTS and len(differ) == 2 and "person" in differ:
        part = _PART_OF_PEOPLE.get(min(differ - {"person"}))
        if part is not None:
            return (part, 40.0)
        if differ - {"person"} <= _ONLOOKERS:
            return (ONLOOKERS, 40.0)
    if _deaths_are_people_killed(a, b):
        return ("deaths are people killed", 45.0)
    if _deaths_and_the_killed_of_a_kind(a, b):
        return (DEATHS_OF_A_KIND, 40.0)
    score = fuzz.token_set_ratio(a.attribute or "", b.attribute or "", processor=default_process)
    if score >= settings.fuzzy_attribute:
        return ("fuzzy attribute", float(score))
    return _another_verb(a, b, ta, tb) or _other_modifiers(ta, tb)


# Nouns that often name one set and may name two: "22 children" and "22 pupils" of a
# school (the children may be more than its pupils), "900 jobs" and "900 workers" (the
# jobs of a plant, the workers of a firm), a chain's "40 stores" and "40 locations". Each
# to the first of its pair, the key of the block they meet in.
_NEAR_NOUNS = {
    noun: pair[0]
    for pair in (("child", "student"), ("job", "employee"), ("store", "site"))
    for noun in pair
}
_LAID_OFF = "e:fired"


def _near_nouns(ta: frozenset[str], tb: frozenset[str]) -> tuple[str, float] | None:
    """The level of two counts that differ only by two nouns of :data:`_NEAR_NOUNS`, or None.

    "22 pupils" / "22 children": one count when the figures are alike (value gated); the
    children may be more than the pupils, so unlike figures are never a conflict. The
    same of two counts one of which an event befell ("22 children" / "22 pupils were
    hurt"), but not of two events. "cut 900 jobs" / "lay off 950 workers": the jobs a
    firm cuts are the workers it lays off, so those two are one count, here in conflict
    (:data:`JOBS_LOST`); a firm's "9,000 workers" with no lay-off stay gated.
    """
    only_a, only_b = ta - tb, tb - ta
    events_a = {t for t in only_a if t.startswith("e:")}
    events_b = {t for t in only_b if t.startswith("e:")}
    nouns_a, nouns_b = only_a - events_a, only_b - events_b
    if events_a and events_b:
        return None
    if len(nouns_a) != 1 or len(nouns_b) != 1:
        return None
    (noun_a,), (noun_b,) = nouns_a, nouns_b
    key = _NEAR_NOUNS.get(noun_a)
    if key is None or noun_a == noun_b or _NEAR_NOUNS.get(noun_b) != key:
        return None
    if key == "job" and (events_a | events_b) & _CASUALTY_EVENTS:
        return None  # "cut 900 jobs" / "900 workers were hurt": a job is never hurt
    for jobs, workers, lost in ((noun_a, noun_b, events_b), (noun_b, noun_a, events_a)):
        if (jobs, workers) == ("job", "employee") and lost == {_LAID_OFF}:
            return (JOBS_LOST, 45.0)
    return (NEAR_NOUNS, 35.0)


_PRESENT = "~present"  # "40 workers were underground": those there at the time
# Nouns of people in general, or of people at work, against which one of a trade is a kind.
_GENERAL_PEOPLE = frozenset(["person", "man", "woman", "employee"])


# Nouns of things in general, of which "paintings" or "rings" are a kind: "five works".
_GENERAL_THINGS = frozenset(["work", "artwork", "item", "piece", "object"])


def _a_kind_and_things(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two counts of one event differ only by a noun, one of them of things in general.

    "Thieves stole five paintings" / "five works were stolen": the works may hold other
    kinds than the paintings, so one count when the figures are alike (value gated); unlike
    figures are never a conflict. An event both name, and nothing else apart.
    """
    only_a, only_b = ta - tb, tb - ta
    if len(only_a) != 1 or len(only_b) != 1 or any(t.startswith(_MARKS) for t in only_a | only_b):
        return False
    shared = ta & tb
    return any(t.startswith("e:") for t in shared) and len((only_a | only_b) & _GENERAL_THINGS) == 1


def _present_by_two_nouns(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two counts of those there at the time differ only by a noun, one of it general.

    "Forty miners were underground" / "All 40 workers who were inside": those present, named
    by their trade and as workers, are one count when the figures are alike (value gated);
    the workers may hold others than the miners, so unlike figures are never a conflict.
    """
    if _PRESENT not in ta or _PRESENT not in tb:
        return False
    only_a, only_b = ta - tb, tb - ta
    if len(only_a) != 1 or len(only_b) != 1 or any(t.startswith(_MARKS) for t in only_a | only_b):
        return False
    return bool((only_a | only_b) & _GENERAL_PEOPLE)


# Nouns of a sum a court or a jury gives: "a verdict of $3 million", "awarded $3 million".
_AWARDS = frozenset(["verdict", "award", "judgment"])
_PAID = "e:paid"


def _awarded(tokens: frozenset[str]) -> bool:
    """Whether a sum's words are only of an award: "a verdict of", "the jury awarded"."""
    return bool(tokens & _AWARDS) and tokens <= _AWARDS | {"jury"}


def _award_and_payment(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether one sum is an award and the other what someone was ordered to pay, no more.

    "The jury returned a verdict of $3.4 million" / "ordered the bakery to pay $3.1 million":
    an award is the sum the losing side is to pay, so the two are one fact (here in conflict).
    Not a payment of something named ("pay $300,000 for repairs"), nor a past award.
    """
    if _awarded(ta) and _awarded(tb):
        return True  # "a verdict of $3.4 million" / "the jury awarded $3.4 million"
    return (_awarded(ta) and tb == {_PAID}) or (_awarded(tb) and ta == {_PAID})


def _event_aside(
    a: Claim, b: Claim, ta: frozenset[str], tb: frozenset[str]
) -> tuple[str, float] | None:
    """A count of a noun and the count of that noun an event befell, of like values.

    "Outages topped out at 52,310 customers" (no verb the rules know) and "52,000 customers
    lost power": one count. Never in conflict: the noun alone may be all of them ("the utility's
    500,000 customers"), so only a like value joins.
    """
    for plain, evented, tp, te in ((a, b, ta, tb), (b, a, tb, ta)):
        if not _head(evented).startswith("e:") or _head(plain).startswith("e:"):
            continue
        if _head(evented) in _CASUALTY_EVENTS:
            # "two boys" in a story of a crash may be the boys there as well as the boys
            # hurt: casualties are counted only as such.
            continue
        apart = _SETS_APART if tp & _SETS_APART and te & _SETS_APART else frozenset()
        # "900 temporary nurses" / "hired 900 replacement nurses": two sets apart, one noun
        plain_words, event_words = tp - apart, te - apart
        if (
            _head(plain) in _event_nouns(event_words)
            and plain_words <= event_words
            and not _contrasts(plain_words, event_words)
        ):
            return (EVENT_ASIDE, 35.0)
    return None


_CASUALTY_EVENTS = frozenset(["e:killed", "e:injured", "e:shot"])


def _other_modifiers(ta: frozenset[str], tb: frozenset[str]) -> tuple[str, float] | None:
    """One counted noun with other modifiers: "9,000 counterfeit watches" / "9,200 fake watches".

    The same noun, not a generic one ("people"), and the same event if any; the words
    that differ may name two kinds of it, so only like values join (never a conflict).
    A mark both carry is no noun: two victims each singled out of a counted set ("a
    cashier", "a customer", both "~part") are two people, not one of two wordings.
    """
    shared = {t for t in ta & tb if t not in lexicon.GENERIC and not t.startswith(_MARKS)}
    if not shared or {t for t in ta ^ tb if t.startswith("e:")}:
        return None
    return ("one head, other modifiers", 30.0)


# Tokens that mark a claim rather than name what it counts: an event, a qualifier of the
# whole claim ("~part"), a place or nationality ("@france"), a scope ("^site").
_MARKS = ("e:", "~", "@", "^")


# How far apart, relative to the larger, the figures two sources print for one amount may be.
_ALIKE = 0.1


# How far apart, as a ratio, two counts told once by each source may be and be one count.
_NEAR = 1.5


def _point(q: Quantity) -> float | None:
    """The figure a quantity prints: the middle of "about 5,000", the bound of "more than 9"."""
    if q.low is not None and q.high is not None:
        return (q.low + q.high) / 2
    return q.low if q.low is not None else q.high


def _near(a: Value, b: Value) -> bool:
    """Whether two counts are close enough to be two reports of one count ("six" / "five").

    Two reports of one count that disagree differ by a little ("24" / "19"); counts of two
    things named by one noun are seldom so close ("at least nine bullets fired" / "four
    bullets went through the home" are not: 9 is over half as much again as 4).
    """
    if not isinstance(a, Quantity) or not isinstance(b, Quantity):
        return False
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None or pa <= 0 or pb <= 0:
        return False
    return max(pa, pb) <= _NEAR * min(pa, pb)


def _holds(side: Value, value: Value) -> bool:
    """Whether a value is one side's amount, or its printed figure lies within that side.

    "14 miners" holds "Fourteen men"; "more than 300 passengers" holds "314 passengers";
    "approximately 900 positions" does not hold "about 1,000 jobs" (1,000 is outside it).
    """
    if _same_amount(side, value):
        return True
    if not isinstance(side, Quantity) or not isinstance(value, Quantity):
        return False
    if (side.kind, side.currency, side.unit) != (value.kind, value.currency, value.unit):
        return False
    point = _point(value)
    if point is None or (side.low is None and side.high is None):
        return False
    return (side.low is None or point >= side.low) and (side.high is None or point <= side.high)


def alike(a: Value, b: Value) -> bool:
    """Whether two values state one amount: compatible, and the figures printed close.

    "more than 9 inches" and "9.1 inches" are; "up to 15 years" and "two years" are
    compatible, but a ceiling is no statement of three years.
    """
    if not compatible(a, b):
        return False
    if not isinstance(a, Quantity) or not isinstance(b, Quantity) or a.vague or b.vague:
        return True  # "dozens of posts" prints no figure to be far from "45 posts"
    points = []
    for q in (a, b):
        if q.low is None and q.high is None:
            return False
        # "about 5,000" is 4,500 to 5,500 around the 5,000 printed; "more than 9", 9.
        point = (
            (q.low + q.high) / 2 if q.low is not None and q.high is not None else q.low or q.high
        )
        if point is None:
            return False
        unit = unit_of(q)
        points.append(point * (unit[1] if unit else 1.0))
    return abs(points[0] - points[1]) <= _ALIKE * max(abs(points[0]), abs(points[1]))


ANOTHER_VERB = "one measure, another verb"


def _closest_told(claim: Claim, open_: list[tuple[int, list[int]]], ordered: list[Claim]) -> int:
    """Of the facts of a claim's attribute it may join, none stating its value, the one told alike.

    "Six riders withdrew from the race" of one account, beside "Three riders broke
    collarbones" and "Five riders abandoned the race" of another: the one whose clauses
    share most words with its own ("race"), not the first; the first when none shares more.
    Quantities only: a day has its own rules of which happening it dates (a day another
    happening of the story was told joined the happening's day by its clause words).
    """
    own = {w for w in claim.clause_words if not w.startswith(("^", "#"))}
    best, shared = open_[0][0], 0
    for cluster, members in open_:
        words = {w for i in members for w in ordered[i].clause_words}
        if len(own & words) > shared:
            best, shared = cluster, len(own & words)
    return best


def _one_source_two_measures(a: _Cluster, b: _Cluster) -> bool:
    """Whether a source in both facts tells them by two unlike figures of the measure.

    "the river reached 31 feet" / "has stayed above 25 feet for days" in one account share
    nothing but the unit: an account tells its one measure alike, so a crest and a
    threshold it gives are two facts, whatever another account's verbs join them to.
    """
    return any(
        source in b.values
        and {_span_of(v) for v in values} != {_span_of(v) for v in b.values[source]}
        for source, values in a.values.items()
    )


def _span_of(value: Value) -> object:
    """A value's figures without its hedges: "about 15 miles" and "15 miles" are one."""
    if not isinstance(value, Quantity):
        return value
    if value.low is not None and value.high is not None:
        return ((value.low + value.high) / 2, value.unit)  # "about 15" is 13.5 to 16.5
    return (value.low, value.high, value.unit)  # a bound: "above 100 degrees"


def _verbal(claim: Claim) -> frozenset[str] | None:
    """The tokens a claim's attribute words give as an inflected verb ("inches dumping").

    None when one of them is a verb of an event ("sentenced", "killed"): that verb
    says which figure it is, never a wording to set aside.
    """
    out = set()
    for word in (claim.attribute or "").split():
        low = word.casefold()
        if lexicon.lemma(low) != low and lexicon.is_verb_form(low):
            if lexicon.event_class(low):
                return None
            out.add(lexicon.noun_token(low) or lexicon.lemma(low))
    return frozenset(out)


def _another_verb(
    a: Claim, b: Claim, ta: frozenset[str], tb: frozenset[str]
) -> tuple[str, float] | None:
    """One measure stated with another verb: "dumped 9 inches of snow" / "dropped 9 inches".

    A verb before a measure tells a sentence from a demand ("sentenced to" / "sought
    9 years"), so it stays a token; but two wordings of one amount differ only by it.
    With the verbs aside, the words of one measure within the other's and a noun of
    what is measured ("of snow") join them; with nothing but the unit left ("reached 9
    inches"), only an equal amount joins, never a conflicting one.
    """
    head = _head(a)
    if not (head in lexicon.MEASURES or head.startswith("u:")):
        return None
    verbs_a, verbs_b = _verbal(a), _verbal(b)
    if verbs_a is None or verbs_b is None:
        return None
    # "five hours of deliberation" / "deliberated for six hours": a verb is the other's noun
    rest_a = ta - verbs_a | {n for n in tb - verbs_b for v in verbs_a if _names_doing(n, v)}
    rest_b = tb - verbs_b | {n for n in ta - verbs_a for v in verbs_b if _names_doing(n, v)}
    if not (rest_a <= rest_b or rest_b <= rest_a):
        return None
    if len(rest_a) > 1 and len(rest_b) > 1:
        return ("one measured noun, another verb", 50.0)
    return (ANOTHER_VERB, 40.0)


# Endings of a noun of doing: "deliberation", "treatment", "arrival", "burning".
_DOING = ("ion", "ment", "al", "ing")


def _doing_and_verb(head_a: str, head_b: str) -> bool:
    """Whether one head is a verb and the other its noun of doing: "derail" / "derailment"."""
    return _names_doing(head_a, head_b) or _names_doing(head_b, head_a)


def _verbs_of_doing(noun: str) -> tuple[str, ...]:
    """The verbs a noun of doing may name: "derailment" -> "derail" or "deraile"."""
    for end in _DOING:
        if noun.endswith(end) and len(noun) - len(end) > 3:
            stem = noun.removesuffix(end)
            return (stem, stem + "e")
    return ()


def _names_doing(noun: str, verb: str) -> bool:
    """Whether a noun names the doing of a verb: "deliberation" / "deliberate"."""
    stem = verb.removesuffix("e")
    return len(stem) > 3 and any(noun in (stem + end, verb + end) for end in _DOING)


@attrs.define
class _Cluster:
    """Claims merged so far, and per source the distinct values they state."""

    members: list[int]
    values: dict[str, list[Value]]
    scopes: set[str] = attrs.field(factory=set)
    # Per source, the (first token, value) of its date claims, read from ``members`` up to
    # ``dated_seen`` (members only grow): what :func:`_dates_apart` compares, each once.
    dated: dict[str, set[tuple[str, DateRange]]] = attrs.field(factory=dict)
    dated_seen: int = 0
    # Per source and day, the families of happenings its one-day dates' clauses name (see
    # :func:`_happenings_told`): two of one account on one day, of no family in common, are
    # two happenings ("a pipe burst early Friday" / "the fair was canceled Friday").
    happened: dict[tuple[str, dt.date], set[frozenset[str]]] = attrs.field(factory=dict)

    def may_join(self, other: _Cluster) -> bool:
        """Within one source, two claims join only when they restate a like value.

        A source that restates its own figure prints about the same figure: "at least one
        tank car" is compatible with "23 cars" of the same sentence, but not the same amount
        told twice (see :func:`alike`). Nor do a site's count and a firm's, even through an
        unmarked count that meets both.
        """
        if _scopes_differ(self.scopes, other.scopes) and not _a_level_and_a_like_change(
            self, other
        ):
            return False
        for told, theirs in other.happened.items():
            mine_ = self.happened.get(told, ())
            if any(a.isdisjoint(b) for a in mine_ for b in theirs):
                return False
        for source_id, values in other.values.items():
            mine = self.values.get(source_id, ())
            if any(not alike(a, b) for a in mine for b in values):
                return False
        return True

    def agrees(self, other: _Cluster) -> bool:
        """Whether every value of one cluster is compatible with every value of the other."""
        theirs = [v for values in other.values.values() for v in values]
        return all(alike(a, b) for values in self.values.values() for a in values for b in theirs)

    def states_alike(self, value: Value) -> bool:
        """Whether some claim of the cluster states a value alike this one."""
        return any(alike(v, value) for values in self.values.values() for v in values)

    def restates_a_side(self, other: _Cluster) -> bool:
        """Whether this cluster states one amount, and the other, in conflict, states it too.

        "Fourteen men were brought up alive" against "14 miners" / "16 miners": a like-value
        join adds no conflict when its value is one side's, or within it ("314 passengers
        reported symptoms" against "more than 300" / "286"), so it may enter the fact.
        """
        mine = [v for values in self.values.values() for v in values]
        theirs = [v for values in other.values.values() for v in values]
        return (
            not all(alike(a, b) for a in theirs for b in theirs)
            and all(_same_amount(mine[0], v) for v in mine)
            and any(_holds(v, mine[0]) and alike(v, mine[0]) for v in theirs)
        )

    def gate_passed(self, other: _Cluster, label: str) -> bool:
        """Whether the values of two clusters meet what a level joined by ``label`` asks.

        A :func:`value_gated` level asks every pair to be alike; :data:`AT_WORK` and
        :data:`ABOARD`, compatible.
        """
        if value_gated(label):
            if self.agrees(other):
                return True
            # Two ages in conflict are more often two people than two accounts of one; and
            # "others" are set against a set of their story, which a conflict may hold.
            return (
                label not in (DESCRIBED, OTHERS_OF_AN_EVENT)
                and not _hurt_and_hospitalised(label)
                and (self.restates_a_side(other) or other.restates_a_side(self))
            )
        if label in _COMPATIBLE_ONLY:
            theirs = [v for values in other.values.values() for v in values]
            mine = [v for values in self.values.values() for v in values]
            return all(compatible(a, b) for a in mine for b in theirs)
        return True

    def restates(self, other: _Cluster) -> bool:
        """Whether the two share a source, and every shared source's values are alike."""
        shared = self.values.keys() & other.values.keys()
        return bool(shared) and all(
            alike(a, b) for s in shared for a in self.values[s] for b in other.values[s]
        )

    def absorb(self, other: _Cluster) -> None:
        self.members.extend(other.members)
        self.scopes |= other.scopes
        for told, families in other.happened.items():
            self.happened.setdefault(told, set()).update(families)
        for source_id, values in other.values.items():
            mine = self.values.setdefault(source_id, [])
            mine.extend(v for v in values if v not in mine)


# The marks of a count told as a level ("are operating 14 shelters") and as a change made to
# it ("opened 14 shelters"), set by extraction.
_LEVEL_AND_CHANGE = frozenset(["^c:level", "^c:change"])


def _a_level_and_a_like_change(a: _Cluster, b: _Cluster) -> bool:
    """Whether two facts of other sources differ only as a level and a change, told alike.

    "The county opened 14 warming shelters" / "14 warming shelters are operating": the ones
    opened are those open, a change from none, so two sources telling the one figure tell
    one set. Unlike figures ("operates 40 stores" / "will close 6") stay two facts, as do a
    level and a change of one source, which tells them as two things.
    """
    steps_a, steps_b = a.scopes & _LEVEL_AND_CHANGE, b.scopes & _LEVEL_AND_CHANGE
    if not steps_a or not steps_b or steps_a == steps_b:
        return False
    if _scopes_differ(a.scopes - _LEVEL_AND_CHANGE, b.scopes - _LEVEL_AND_CHANGE):
        return False
    return not a.values.keys() & b.values.keys() and a.agrees(b)


def _hurt_and_hospitalised(label: str) -> bool:
    """Whether a join sets the hurt beside those taken to hospital ("12 hurt" / "12 treated").

    Such a join rests on the one figure both tell: the hurt are all taken there, or the count
    is of neither. It never sides a count of the hurt with one of two hospital counts in
    conflict ("12 treated at hospitals" / "eight taken to hospitals"): the hurt may be more.
    """
    return label.endswith(HOSPITALISED)


def _same_amount(a: Value, b: Value) -> bool:
    """Whether two values state one amount exactly: "14 miners" / "Fourteen men"."""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return (a.kind, a.currency, a.low, a.high, a.low_open, a.high_open) == (
            b.kind,
            b.currency,
            b.low,
            b.high,
            b.low_open,
            b.high_open,
        )
    return a == b


# How many times one count of a plain noun may be another's and be one count in conflict.
_FAR = 4.0


def _far_apart(claim: Claim, cluster: _Cluster) -> bool:
    """Whether a count of a plain noun is far from every value other sources give it.

    "About 40 fans stood on the terrace" / "Some 900 fans attended": two reports of one count
    that disagree differ by a little; twenty times as many is a count of something else (the
    fans on one terrace, the crowd). Only a count of things, not a measure, with no
    event read and no mark: "four killed" / "40 killed" are one count in conflict, whatever
    the ratio.
    """
    value = claim.value
    if family(claim) != "count" or not isinstance(value, Quantity) or value.vague:
        return False
    if any(t.startswith(_MARKS) for t in claim.attribute_tokens) or _measured(claim):
        return False  # a measure ("30 months" / "two and a half years") is compared in its unit
    theirs = [v for s, vs in cluster.values.items() if s != claim.source_id for v in vs]
    return bool(theirs) and all(_far(value, v) for v in theirs)


def _far(a: Quantity, b: Value) -> bool:
    """Whether two counts' printed figures are more than :data:`_FAR` times apart."""
    if not isinstance(b, Quantity) or b.vague:
        return False
    pa, pb = _point(a), _point(b)
    if pa is None or pb is None or pa <= 0 or pb <= 0:
        return False
    return max(pa, pb) > _FAR * min(pa, pb)


# Days apart beyond which two words of one family of happenings date two happenings: a vote
# on a contract this week and its approval years before; a day told wrong is most often
# a day or two off.
_NEAR_DAYS = 7


def _dates_apart(claim: Claim, cluster: _Cluster, ordered: list[Claim]) -> bool:
    """Whether a date may not join a fact of its key for the values of other sources there.

    A year alone ("built in 1926") and a month and day no year was found for ("built on June
    9") are not one value of one thing, agreeing or not. Two different words (two of one
    family of happenings, see :data:`_HAPPENINGS`; a verb and its noun of doing) date one
    happening only when the days are near: "the vote on Monday" is not the levy
    "approved in 2013", "flooded Tuesday" not "the 2013 flood". The same word in
    conflict is left as it was: a conflict of days far apart is the reader's to see.
    """
    value = claim.value
    if not isinstance(value, DateRange):
        return False
    for index in cluster.members[cluster.dated_seen :]:
        other = ordered[index]
        if isinstance(other.value, DateRange):
            told = cluster.dated.setdefault(other.source_id, set())
            told.add((_first_token(other), other.value))
    cluster.dated_seen = len(cluster.members)
    word = _first_token(claim)
    for source_id, told in cluster.dated.items():
        if source_id == claim.source_id:
            continue
        for token, theirs in told:
            if _year_and_yearless(value, theirs):
                return True
            if token != word and _days_between(value, theirs) > _NEAR_DAYS:
                return True
    return False


def _happenings_told(claim: Claim) -> frozenset[str]:
    """The families of happenings a claim's clause names ("burst" -> "rupture"), if any."""
    return frozenset(
        _DAY_OF_ONE_HAPPENING[token]
        for token in map(_dimension, claim.clause_words)
        if token in _DAY_OF_ONE_HAPPENING
    )


def _first_token(claim: Claim) -> str:
    tokens = claim.attribute_tokens
    return _dimension(tokens[0]) if tokens else ""


def _year_and_yearless(a: DateRange, b: DateRange) -> bool:
    """Whether one date is a year alone and the other a month or day of no known year."""
    for year, other in ((a, b), (b, a)):
        if year.granularity == "year" and year.start is not None and other.start is None:
            return True
    return False


def _days_between(a: DateRange, b: DateRange) -> int:
    """The days between two dates' ranges, 0 when they meet or one is not known."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return 0
    return max(0, (a.start - b.end).days, (b.start - a.end).days)


def _order(claim: Claim) -> tuple[str, int, int]:
    return (claim.source_id, claim.span.start, claim.span.end)


def _key(claim: Claim) -> tuple[str, str, frozenset[str]]:
    # A scope ("^site", "^firm") is left out: an unmarked count and a scoped one are one
    # attribute, joined first come; the clusters' scopes keep a site's and a firm's apart.
    tokens = frozenset(t for t in _tokens(claim) if not t.startswith("^"))
    if _headline_count(claim):
        tokens |= {_HEADLINE}  # never joined by its words alone: see RESTATED
    if _crowd(claim):
        tokens |= {f"#crowd:{claim.source_id}:{claim.span.start}"}  # each crowd its own: see CROWD
    return (family(claim), _subject_key(claim), tokens)


_HEADLINE = "#headline"

# Events that befall people or things at one moment: the harm a story is about.
_HARMS = frozenset(
    ["e:killed", "e:injured", "e:shot", "e:struck", "e:crashed", "e:damaged", "e:destroyed"]
)
# Happenings that harm things, by their families' heads (see _HAPPENINGS): a collapse, an
# explosion, a flood ("the ceiling gave way Sunday", "the blast Tuesday").
_HARMS_TO_THINGS = frozenset(["rupture", "explosion", "flood"])
HARM_DAY = "a day and the harm of that day"


def _harm_day(claim: Claim) -> dt.date | None:
    """The day a claim dates a harm on ("were hurt Sunday afternoon"), or None.

    Only one day, an event of harm at the head and no mark: not a death days after the
    attack ("~died"), not a date to come.
    """
    value = claim.value
    tokens = claim.attribute_tokens
    if not isinstance(value, DateRange) or value.start is None or value.start != value.end:
        return None
    harm = _day_family(_dimension(tokens[0])) if tokens else ""
    if harm not in _HARMS | _HARMS_TO_THINGS or any(t.startswith(_MARKS[1:]) for t in tokens):
        return None
    return value.start


def _harms_by_day(ordered: list[Claim]) -> dict[dt.date, set[int]]:
    """The claims that date a harm, by the day they date it on."""
    harms: dict[dt.date, set[int]] = defaultdict(set)
    for index, claim in enumerate(ordered):
        day = _harm_day(claim)
        if day is not None:
            harms[day].add(index)
    return harms


def _story_harm_day(ordered: list[Claim], harms: dict[dt.date, set[int]]) -> dt.date | None:
    """The day most sources date a harm on; of days as often told, the first; None if none."""
    if not harms:
        return None
    return min(harms, key=lambda day: (-len({ordered[i].source_id for i in harms[day]}), day))


def _join_the_harm_day(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of bare days ("on Sunday", "January 18") to the date of the first harm.

    "Three people died and dozens were hurt Sunday afternoon" / "the crash that occurred on
    January 18": a day with no attribute in one source, the day of the harm in another. Another
    day of harm is as often a follow-up's ("underwent surgery early Friday") or an earlier
    incident's ("a girl shot Saturday died Tuesday") as the story's, so only the day most
    sources date a harm on joins (of days as often told, the first), and only when one fact
    alone dates a harm on it. Never a conflict: the days are equal.
    """
    harms = _harms_by_day(ordered)
    first = _story_harm_day(ordered, harms)
    if first is None:
        return
    facts = {owners[index] for index in harms[first]}
    if len(facts) != 1:
        return
    (fact,) = facts
    key = f"#day:{first.isoformat()}"
    for number, cluster in enumerate(clusters):
        if number in merged or number == fact:
            continue
        if not all(_bare_day(ordered[i]) == key for i in cluster.members):
            continue
        if not clusters[fact].may_join(cluster):
            continue
        _absorb(clusters, merged, pending, fact, number, HARM_DAY, 60.0)


ONE_DAY = "one day, one happening told by each source"
# Sources that must each tell a day once for it to be one happening: two may meet by chance.
_ONE_DAY_SOURCES = 3


def _one_day(claim: Claim) -> dt.date | None:
    """The one day an unmarked date claim names ("collapsed Tuesday night", "on May 2"), or None."""
    value = claim.value
    if not isinstance(value, DateRange) or value.granularity != "day" or value.start is None:
        return None
    if value.start != value.end or any(t.startswith(_MARKS[1:]) for t in claim.attribute_tokens):
        return None
    if _BOUND in claim.clause_words or claim.attribute == DATE_LINE:
        return None  # a span's bound, or an account's own date line
    if _LIVED in claim.clause_words:
        return None  # "slept Friday night in a chapel": a stay, no happening's day
    return value.start


def _sayings_of_a_happening(ordered: list[Claim]) -> set[int]:
    """The claims that date the saying of a happening their sentence dates on the same day.

    "The line today confirmed that the ship returned this morning": the day it was said
    introduces the happening, so the source tells the day of one happening, not two. A day
    of saying has an attribute ("date confirmed") but no token: its verb is one of saying.
    """
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        if claim.sentence is not None and _one_day(claim) is not None:
            by_sentence[(claim.source_id, claim.sentence.start)].append(index)
    out = set()
    for indices in by_sentence.values():
        for index in indices:
            claim = ordered[index]
            if claim.attribute is None or claim.attribute_tokens:
                continue
            day = _one_day(claim)
            if any(
                j != index and ordered[j].attribute_tokens and _one_day(ordered[j]) == day
                for j in indices
            ):
                out.add(index)
    return out


def _day_of_saying(claim: Claim) -> bool:
    """Whether a day is one of saying or of not saying: "told reporters today", "declined Friday".

    "could not be reached for an interview Friday": its verb is one of saying, so it
    names no token. Such a day tells when a source spoke, not what happened: it is no
    happening to join another source's day to, though it may show that its own source told
    more that day.
    """
    return claim.attribute is not None and not claim.attribute_tokens


def _worded_day(claim: Claim) -> bool:
    """Whether a day is told in a body with words of what happened ("caved in on Friday")."""
    return claim.zone != "headline" and _bare_day(claim) is None


# The most days a span of days may cover and still be read as a happening's days
# ("March 11-12", "from Monday to Wednesday"), not a season or a month.
_SPAN_DAYS = 7


def _days_spanned(ordered: list[Claim]) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """Per source, the spans of a few days its claims name: "snow fell on March 11-12".

    A source that dates a happening over two days, and dates something on one of them
    ("the fair was postponed on March 12"), tells that day twice: which of its happenings
    another account's "on Tuesday" is, is not read from the day alone.
    """
    spans: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for claim in ordered:
        value = claim.value
        if (
            isinstance(value, DateRange)
            and value.granularity == "day"
            and value.start is not None
            and value.end is not None
            and 0 < (value.end - value.start).days < _SPAN_DAYS
        ):
            spans[claim.source_id].append((value.start, value.end))
    return spans


def _join_one_day_across_sources(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of one day that each tell it once in their sources, whatever the verb.

    "the roof collapsed Tuesday night" / "a roof fall that occurred on May 5" / a bare "Tuesday
    night": each source dates one happening on that day and no other, so the sources tell one
    happening with other words. A source that dates two facts on the day ("confirmed today",
    "grieving today") shows the day holds more than one happening: its facts stay apart, and
    the rest join only when two or more facts of different sources are left. The days are
    equal, so never a conflict; a date to come or of a death ("~") is another thing.
    """
    harm_day = _story_harm_day(ordered, _harms_by_day(ordered))
    facts_of_day: dict[dt.date, set[int]] = defaultdict(set)
    for index, claim in enumerate(ordered):
        day = _one_day(claim)
        if day is not None:
            facts_of_day[day].add(owners[index])
    saying = _sayings_of_a_happening(ordered)
    spans = _days_spanned(ordered)
    for day in sorted(facts_of_day):
        facts = sorted(
            f
            for f in facts_of_day[day]
            if f not in merged
            and all(_one_day(ordered[i]) == day for i in clusters[f].members)
            and not all(i in saying for i in clusters[f].members)
        )
        # A headline's day, or a day with no verb ("posted photos on Sunday"), beside
        # the day a source tells with a verb in its body is no other happening it tells.
        worded = {f for f in facts if any(_worded_day(ordered[i]) for i in clusters[f].members)}
        told: dict[str, int] = defaultdict(int)
        told_worded: dict[str, int] = defaultdict(int)
        for fact in facts:
            for source_id in clusters[fact].values:
                told[source_id] += 1
                told_worded[source_id] += fact in worded
        told.update({source: count for source, count in told_worded.items() if count})
        for source_id in told:
            told[source_id] += any(a <= day <= b for a, b in spans[source_id])
        once = [
            f
            for f in facts
            if not all(_day_of_saying(ordered[i]) for i in clusters[f].members)
            and (f in worded or not any(told_worded[s] for s in clusters[f].values))
            and all(told[s] == 1 for s in clusters[f].values)
            and not any(_harm_day(ordered[i]) not in (None, harm_day) for i in clusters[f].members)
        ]
        sources = {s for f in once for s in clusters[f].values}
        if len(once) < 2 or len(sources) < _ONE_DAY_SOURCES:
            continue
        _absorb_into_first(clusters, merged, pending, once, ONE_DAY, 50.0)


LEADS = "the day each source's lead dates"
_SAID = "e:announced"


def _join_the_leads_days(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of the first day each source's body dates, when the days are one.

    "The council voted 11-4 on Tuesday to approve ..." / "The council approved a plan Tuesday
    night ..." / "The council made the decision Tuesday": a story's lead dates the happening it
    is about, so the sources' first days, the same, are one happening told with other verbs,
    even when a source dates more on that day ("protesters rallied Tuesday"). Three sources'
    leads at least: two may date two happenings ("a search went into a second week Monday"
    / "was found Monday night"). Equal days only, never a conflict; not a day of saying,
    a day to come or a death's ("~").
    """
    saying = _sayings_of_a_happening(ordered)
    first: dict[str, int] = {}
    for index, claim in enumerate(ordered):
        if claim.zone != "body" or claim.source_id in first:
            continue
        if _one_day(claim) is not None and index not in saying:
            if (claim.attribute is not None and not claim.attribute_tokens) or (
                _SAID in claim.attribute_tokens
            ):
                continue  # "said Tuesday", "announced today": a day of saying, no happening's
            first[claim.source_id] = index
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for index in first.values():
        day = _one_day(ordered[index])
        if day is not None:
            by_day[day].append(index)
    for day, indices in sorted(by_day.items()):
        facts = sorted({_live(owners[i], merged) for i in indices})
        if len(indices) < _ONE_DAY_SOURCES or len(facts) < 2:
            continue  # two leads may date two happenings: a capture, a search's second week
        if any(_one_day(ordered[m]) != day for f in facts for m in clusters[f].members):
            continue
        _absorb_into_first(clusters, merged, pending, facts, LEADS, 40.0)


LEADS_HARM = "the harm each source's lead dates"


def _join_the_leads_harms(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of the harm each source's lead dates, in agreement or in conflict.

    "A water main ruptured under Quarry Lane on Tuesday" / "Water flooded Quarry Lane on
    Wednesday after a main failed": a story's lead tells the harm it is about, so when the
    first day of each source's body dates a harm (see :func:`_harm_day`) and each such fact
    is told by its own source only, the days are one harm's, told alike or not. Only days
    within :data:`_NEAR_DAYS` of each other; never a day of saying or a death's ("~died").
    """
    saying = _sayings_of_a_happening(ordered)
    first: dict[str, int] = {}
    for index, claim in enumerate(ordered):
        if claim.zone != "body" or claim.source_id in first:
            continue
        tokens = claim.attribute_tokens
        if _one_day(claim) is not None and index not in saying and tokens and _SAID not in tokens:
            first[claim.source_id] = index  # not a bare day, not "said Tuesday"
    leads = [i for i in first.values() if _harm_day(ordered[i]) is not None]
    if len(leads) < 2 or len(leads) != len(first):
        return
    facts = sorted({_live(owners[i], merged) for i in leads})
    if len(facts) < 2 or any(len(clusters[f].values) != 1 for f in facts):
        return
    days = [_harm_day(ordered[i]) for i in leads]
    known = [d for d in days if d is not None]
    if (max(known) - min(known)).days > _NEAR_DAYS:
        return
    _absorb_into_first(clusters, merged, pending, facts, LEADS_HARM, 35.0)


ONE_MEASURE = "one measure told once by each source"
# At most this many sources (or statements of one amount) are read for one measure: a story's
# sources, not a corpus's, each tell it once; beyond, the pairs would cost too much to compare.
_MEASURE_SOURCES = 20
SAME_MEASURE = "a bare measure and the one fact of its exact amount"


def _measured(claim: Claim) -> tuple[str, float] | None:
    """A measure's dimension and factor ("two weeks" -> ("minutes", 10080.0)), or None.

    A unit of :data:`lexicon.MEASURES` that judge converts to no other is a dimension of its
    own ("340 feet"), and seconds to weeks are one (see :data:`_DURATIONS`).
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.kind != "count" or not value.unit:
        return None
    unit = _duration(value) or unit_of(value)
    if unit is not None:
        return unit
    noun = lexicon.lemma(value.unit.split()[-1].casefold())
    return (noun, 1.0) if noun in lexicon.MEASURES else None


def _scale(measured: tuple[str, float]) -> tuple[str, bool]:
    """A measure's dimension, and for a span of time whether it is of days or more.

    A source's one measure of days and one of the clock are most often two spans ("a week
    after the opening" / "a 20-minute wait"), so the measures each source tells once are
    read apart; their words still join "two days" and "48 hours" (see :data:`_DURATIONS`).
    """
    return (measured[0], measured[0] == _DURATION and measured[1] >= _DURATIONS["day"])


def _bare_measure(claim: Claim) -> bool:
    """Whether a claim is a measure that names nothing but its unit: "for about three minutes"."""
    measured = _measured(claim)
    if measured is None or len(claim.attribute_tokens) != 1:
        return False
    token = claim.attribute_tokens[0]
    return token in lexicon.MEASURES and _measured_as(token) == measured[0]


def _measured_as(unit: str) -> str:
    """The dimension a unit's token is measured in: "week", "hour" -> "minutes"."""
    if unit in _DURATIONS:
        return _DURATION
    known = UNITS.get(unit)
    return unit if known is None else known[0]


def _in_base_unit(claim: Claim) -> tuple[float | None, float | None, bool, bool] | None:
    """A measure's bounds in its dimension's base unit, and whether each is open; or None."""
    value = claim.value
    measured = _measured(claim)
    if not isinstance(value, Quantity) or measured is None:
        return None
    factor = measured[1]
    low = None if value.low is None else value.low * factor
    high = None if value.high is None else value.high * factor
    return (low, high, value.low_open, value.high_open)


def _one_measure_apart(clusters: list[_Cluster], facts: list[int], bare: list[int]) -> int | None:
    """The one bare fact of a dimension whose measure is unlike every other's, or None.

    Each source tells one measure of the dimension; two or more of them agree, and one bare
    measure meets none of them: "the pumps ran for more than two weeks" / "for 15 days" / "kept
    the ward shut for nearly a week". The one apart is another span of the story; the others
    are one measure told by each source, joined as :data:`ONE_MEASURE` joins them.
    """
    if len(facts) < 3:  # two alike, one apart
        return None

    def values(fact: int) -> list[Value]:
        return [v for vs in clusters[fact].values.values() for v in vs]

    found = None
    for odd in bare:
        rest = [v for f in facts if f != odd for v in values(f)]
        if sum(f not in bare for f in facts if f != odd) > 1:
            continue
        if not all(compatible(x, y) for x in rest for y in rest):
            continue
        if any(compatible(x, y) for x in values(odd) for y in rest):
            continue
        if found is not None:
            return None  # two ways to read the story: join none
        found = odd
    return found


def _join_bare_measures(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of measures that name nothing but their unit to the one they restate.

    "were inside for less than four minutes" / "moving through the gallery for about three
    minutes": what such a measure is of is not read, so no word joins it. Two things in the
    story tell what it is: each source states one measure in that dimension and no other (one
    measure, told once by each; joined when the values are compatible, never a conflict), or
    one fact of another source states the very amount ("under four minutes" / "spent less
    than four minutes inside"; joined when no other fact states it).
    """
    by_dimension: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        measured = _measured(claim)
        if measured is not None:
            by_dimension[_scale(measured)].append(index)
    for indices in by_dimension.values():
        told: dict[str, int] = defaultdict(int)
        for index in indices:
            told[ordered[index].source_id] += 1
        bare = sorted({owners[i] for i in indices if _bare_measure(ordered[i])})
        if not bare:
            continue
        facts = sorted({owners[i] for i in indices})
        if _MEASURE_SOURCES >= len(told) >= 2 and all(n == 1 for n in told.values()):
            worded = [f for f in facts if f not in bare]
            values = [v for f in facts for vs in clusters[f].values.values() for v in vs]
            if len(worded) <= 1 and all(compatible(x, y) for x in values for y in values):
                first, *rest = worded + bare
                for fact in rest:
                    _absorb(clusters, merged, pending, first, fact, ONE_MEASURE, 30.0)
                continue
            odd = _one_measure_apart(clusters, facts, bare)
            if odd is not None:
                kept = [f for f in facts if f != odd]
                first, *rest = [f for f in kept if f not in bare] + [f for f in kept if f in bare]
                for fact in rest:
                    _absorb(clusters, merged, pending, first, fact, ONE_MEASURE, 30.0)
                continue
        by_amount: dict[tuple[float | None, float | None, bool, bool], list[int]] = defaultdict(
            list
        )
        for i in indices:
            amount = _in_base_unit(ordered[i])
            if amount is not None:
                by_amount[amount].append(i)
        for fact in bare:
            if len(clusters[fact].members) != 1 or fact in merged:
                continue
            index = clusters[fact].members[0]
            amount = _in_base_unit(ordered[index])
            stated = by_amount.get(amount, []) if amount is not None else []
            if len(stated) > _MEASURE_SOURCES:
                continue  # so many statements of the amount are no one fact to restate
            same = {
                _live(owners[i], merged)
                for i in stated
                if owners[i] != fact and ordered[i].source_id != ordered[index].source_id
            }
            if len(same) != 1:
                continue
            (target,) = same
            if not clusters[target].may_join(clusters[fact]):
                continue
            _absorb(clusters, merged, pending, target, fact, SAME_MEASURE, 30.0)


BARE_COUNT = "a count naming nothing but its noun, told once by each source"


def _bare_count(claim: Claim) -> str | None:
    """The generic noun a count names and nothing else ("Four people", "4 hours"), or None.

    What such a count is of is not read ("Four people suffered minor burns"), so no word joins
    it: see :func:`_join_bare_counts_told_once`. Not a headline's, a negated or a vague one,
    nor a crowd.
    """
    value = claim.value
    tokens = claim.attribute_tokens
    if len(tokens) != 1 or tokens[0] not in lexicon.GENERIC or not _bare_kind(claim):
        return None
    if not isinstance(value, Quantity) or value.vague or claim.negated or claim.zone != "body":
        return None
    # Not a crowd (see CROWD): "2,400 people told to stay indoors" / "3,000 people gathered
    # at the school" are as often two crowds of one story as one told twice; unless its
    # words print what befell it ("fed 25,300 people" / "feed 35,000 people": "people
    # feed"), which the same words of each source then tell alike.
    return None if _crowd(claim) and not _crowd_told(claim) else tokens[0]


def _bare_kind(claim: Claim) -> bool:
    """Whether a bare claim is a count, or a sum by the time it is paid for ("$40 a month").

    "would pay $40 a month" / "would pay $45 a month" name only the period their sum is of,
    so no word joins them: in the same printed words, each source's one, they are one price.
    """
    if family(claim) == "count":
        return True
    value = claim.value
    return (
        isinstance(value, Quantity)
        and value.kind == "money"
        and claim.attribute_tokens[0] in _DURATIONS.keys() | {"month", "year"}
    )


def _crowd_told(claim: Claim) -> bool:
    """Whether a crowd's printed words say more than its noun ("people feed", not "people")."""
    words = (claim.attribute or "").split()
    return len(words) > 1 and not any(w.casefold() in lexicon.FILLER for w in words[1:])


def _one_measure_each(ordered: list[Claim], dimension: str) -> bool:
    """Whether each source states at most one measure in a dimension, however worded."""
    told: dict[str, list[Value]] = defaultdict(list)
    for claim in ordered:
        measured = _measured(claim)
        if measured is not None and measured[0] == dimension:
            told[claim.source_id].append(claim.value)
    return all(alike(x, y) for vs in told.values() for x in vs for y in vs)


def _join_bare_counts_told_once(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of a count naming only its noun when each source tells one such count.

    "Four people suffered minor burns" / "Three people suffered minor burns", "the debate
    lasted 4 hours" read as "4 hours" / "5 hours": each source prints the same title, and
    one count of that noun and no other, close to the other's (see :func:`_near`), so the
    sources tell one count, here in conflict. Not when a source tells two unlike counts of
    the noun, nor counts far apart ("Nearly 400 people" / "More than 50,000 people"), nor a
    count already joined to a fact that names more.
    """
    by_noun: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        noun = _bare_count(claim)
        if noun is not None:
            # the same words too: "Two people ran after her" / "to confront three people"
            # (read as "people confront") are as likely two sets as one
            by_noun[(noun, (claim.attribute or "").casefold())].append(index)
    for (noun, _words), indices in sorted(by_noun.items()):
        told = set(indices)
        by_source: dict[str, list[Value]] = defaultdict(list)
        for index in indices:
            by_source[ordered[index].source_id].append(ordered[index].value)
        if not _MEASURE_SOURCES >= len(by_source) >= 2:
            continue
        if any(not alike(x, y) for vs in by_source.values() for x in vs for y in vs):
            continue  # a source tells two counts of the noun: which is which is not read
        if noun in lexicon.MEASURES and not _one_measure_each(ordered, _measured_as(noun)):
            continue  # "over six years" / "a sentence of eight years" beside "20 years"
        values = [ordered[i].value for i in indices]
        if not all(_near(x, y) for x in values for y in values):
            continue
        facts = sorted({_live(owners[i], merged) for i in indices})
        if len(facts) < 2 or any(m not in told for f in facts for m in clusters[f].members):
            continue
        _absorb_into_first(clusters, merged, pending, facts, BARE_COUNT, 30.0)


ONE_AMOUNT = "one sum, or one bare year, told once by each source"


def _band(claim: Claim, story_year: int | None = None) -> tuple[str, int] | None:
    """The band a sum or a date is told in ("$2.4 billion" -> ("money:USD", 9)), or None.

    A sum is of its currency and its power of ten; a year with no word of what it dates
    ("since 2011", "2011") is of the years; a date coarser than a day in years other than
    the story's ("opening in 2031", "from May 2012 through April 2017") is of those
    years. Anything else is in no band.
    """
    value = claim.value
    if isinstance(value, DateRange):
        if value.start is None or value.end is None:
            return None
        bare_year = value.granularity == "year" and value.start.year == value.end.year
        if bare_year and not claim.attribute_tokens:
            return ("#year", 0)
        told_from = value.relative and not any(ch.isdigit() for ch in value.relative)
        if story_year in (value.start.year, value.end.year) or told_from:
            # the story's own year holds too many dates to tell one apart, and a year told
            # from it ("last year", "last spring") most often a story's background
            return None
        return ("#years", value.start.year * 10_000 + value.end.year)
    kind = family(claim)
    if not isinstance(value, Quantity) or not kind.startswith("money:"):
        return None
    point = _point(value)
    if point is None or point <= 0 or value.vague or _a_span(value):
        return None
    return (kind, math.floor(math.log10(point)))


def _one_month(values: list[Value]) -> bool:
    """Whether dates all fall in one month of one year ("March 9" / "March 2, 2031")."""
    months = {
        (d.year, d.month)
        for v in values
        if isinstance(v, DateRange)
        for d in (v.start, v.end)
        if d is not None
    }
    return len(months) == 1


def _story_year(ordered: list[Claim]) -> int | None:
    """The year most days of a story fall in, or None.

    Of years as often named, the earliest: a story tells of days to come more often than
    of days before its own ("the hearing is set for March 2, 2031").
    """
    years: dict[int, int] = defaultdict(int)
    for claim in ordered:
        value = claim.value
        if isinstance(value, DateRange) and value.granularity == "day" and value.start:
            years[value.start.year] += 1
    return max(years, key=lambda y: (years[y], -y)) if years else None


def _a_span(value: Quantity) -> bool:
    """Whether a sum is printed as a span of sums ("$2,000 to $9,000"): many sums, not one."""
    return (
        value.low is not None
        and value.high is not None
        and value.low < value.high
        and not value.approximate
        and value.high - value.low > (value.precision or 0.0)
    )


def _one_kind_of_sum(claims: list[Claim]) -> bool:
    """Whether sums are of one event if any, with one set of marks ("~by"), as far as read.

    "losses were put at $4 million" / "a $4.6 million expansion": a sum with no event
    read may be another sum; it is of the event's kind only when the sums are alike.
    """
    events = {frozenset(t for t in c.attribute_tokens if t.startswith("e:")) for c in claims}
    marks = {frozenset(t for t in c.attribute_tokens if t.startswith("~")) for c in claims}
    if len(marks) > 1 or len({e for e in events if e}) > 1:
        return False
    return len(events) == 1 or all(alike(x.value, y.value) for x in claims for y in claims)


def _join_one_amount_per_source(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the facts of a sum each source tells once in its band, however each words it.

    "will build a $2.4 billion factory" / "the $2.1 billion plant" / "will spend $2.4
    billion": what each sum is of is worded three ways, but each source names one sum of
    billions and no other, close to the others' (see :func:`_near`), so the sources tell one
    sum, here in conflict. Not when a source tells two sums of the band ("$30 million in
    credits and an $8 million loan"), when the sums are of two events ("stole" / "repaid")
    or carry different marks ("by 25 cents"), nor sums far apart ("$2 million in fees" /
    "$7 million in sales"). A year with no word of what it dates ("since 2011") is told
    so too, and joins only the same year.
    """
    story_year = _story_year(ordered)
    bands: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        band = _band(claim, story_year)
        if band is not None:
            bands[band].append(index)
    for band, indices in sorted(bands.items()):
        claims = [ordered[i] for i in indices]
        by_source: dict[str, list[Value]] = defaultdict(list)
        for claim in claims:
            by_source[claim.source_id].append(claim.value)
        if not _MEASURE_SOURCES >= len(by_source) >= 2:
            continue
        if any(not alike(x, y) for vs in by_source.values() for x in vs for y in vs):
            # a source tells two sums of the band: which is which is not read, but a source
            # that tells one may still meet the one close sum of the others
            _join_a_lone_sum(ordered, clusters, owners, merged, pending, indices)
            continue
        values = [c.value for c in claims]
        if band[0] == "#year":
            if any(x != y for x in values for y in values):
                continue
        elif band[0] == "#years":
            # "open in 2031" / "running by the end of 2031": one date to come,
            # whatever its mark; never two in conflict
            events = {t for c in claims for t in c.attribute_tokens if t.startswith("e:")}
            if len(events) > 1 or not (
                all(compatible(x, y) for x in values for y in values) or _one_month(values)
            ):
                continue
        elif not _one_kind_of_sum(claims) or not all(_near(x, y) for x in values for y in values):
            continue
        facts = sorted({_live(owners[i], merged) for i in indices})
        if len(facts) < 2 or any(
            _band(ordered[m], story_year) != band for f in facts for m in clusters[f].members
        ):
            continue  # a fact holding another band's value is about something else
        _absorb_into_first(clusters, merged, pending, facts, ONE_AMOUNT, 30.0)


LONE_SUM = "a sum one source tells alone, and the one close sum of others"


def _join_a_lone_sum(  # noqa: PLR0917 - the join's state, and the band's claims
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
    indices: list[int],
) -> None:
    """Join a source's one sum of a band to the one fact of other sources close to it.

    "about $30 million in incentives" (the one sum of tens of millions its source tells)
    against "$29 million in tax credits" and "an $8 million loan" (both told by two
    others): only the $29 million is close (see :func:`_near`), so the lone sum is that one.
    Compatible values only, never a conflict; the same events and marks.
    """
    by_source: dict[str, list[int]] = defaultdict(list)
    for index in indices:
        by_source[ordered[index].source_id].append(index)
    for source_id, mine in sorted(by_source.items()):
        facts = {_live(owners[i], merged) for i in mine}
        if len(facts) != 1:
            continue
        (fact,) = facts
        if set(clusters[fact].values) != {source_id} or len(clusters[fact].members) != len(mine):
            continue
        values = [ordered[i].value for i in mine]
        if any(not alike(x, y) for x in values for y in values):
            continue
        others = sorted({_live(owners[i], merged) for i in indices} - {fact})
        close = [
            other
            for other in others
            if source_id not in clusters[other].values
            and all(_near(x, ordered[m].value) for x in values for m in clusters[other].members)
        ]
        if len(close) != 1:
            continue
        (target,) = close
        claims = [ordered[m] for m in (*clusters[target].members, *mine)]
        if not _one_kind_of_sum(claims):
            continue
        if clusters[target].may_join(clusters[fact]) and all(
            compatible(ordered[m].value, x) for m in clusters[target].members for x in values
        ):
            _absorb(clusters, merged, pending, target, fact, LONE_SUM, 30.0)


BESIDE_ONE_FACT = "a like value beside one fact in each source"


def _unread(claim: Claim) -> bool:
    """Whether a claim names nothing of what it measures, or a generic noun only ("two")."""
    return isinstance(claim.value, Quantity) and not comparable(claim)


def _told_plainly(claim: Claim) -> bool:
    """Whether an amount prints a figure of its own, and for a count more than one.

    "dozens", "at least one person", "one child" are met in any sentence: they tell
    nothing that makes two of them one. A measure ("almost three weeks") is a figure however
    small.
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.vague:
        return False
    point = _point(value)
    if point is None:
        return False
    return point >= 2 or family(claim) not in ("count", "number") or _measured(claim) is not None


def _kinds_meet(a: Claim, b: Claim) -> bool:
    """Whether two amounts are of one family, or a bare number and a count ("two" / "two men")."""
    kinds = {family(a), family(b)}
    return len(kinds) == 1 or kinds == {"number", "count"}


PEOPLE_RESTATED = "a count of people restating the source's own count of a kind of people"


def _people_count(claim: Claim) -> tuple[str, float] | None:
    """The event and number of an exact count of plain people ("2 dead", "two people died")."""
    value = claim.value
    if not isinstance(value, Quantity) or value.kind != "count" or not value.is_exact:
        return None
    events = [t for t in claim.attribute_tokens if t.startswith("e:")]
    rest = [t for t in claim.attribute_tokens if not t.startswith("e:")]
    if len(events) != 1 or rest != ["person"] or value.low is None:
        return None
    return events[0], value.low


def _join_people_restated(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """A source's count of people joins its own like count of a kind of people, of one event.

    "2 dead" in a headline over "Two workers were killed": one source tells one count
    twice, the headline's with the plain noun. Only a fact all of whose claims are that
    source's such count in its headline (in the body, "That storm killed one man" may be
    another crash's), and only when exactly one other fact holds the source's count of the
    same event and number with a noun of its own. Never a conflict: the numbers are equal.
    Its headline's noun ("dead") is of another family than the body's ("workers"), which
    :func:`_join_headlines_restated` (one family) would not join.
    """
    kinds: dict[tuple[str, str, float], set[int]] = defaultdict(set)  # counts with a noun
    for index, claim in enumerate(ordered):
        value = claim.value
        if not (isinstance(value, Quantity) and value.kind == "count" and value.is_exact):
            continue
        if value.low is None or not any(
            t not in lexicon.GENERIC and not t.startswith(_MARKS) for t in claim.attribute_tokens
        ):
            continue
        for event in (t for t in claim.attribute_tokens if t.startswith("e:")):
            kinds[claim.source_id, event, value.low].add(owners[index])
    for number, cluster in enumerate(clusters):
        if number in merged:
            continue
        claims = [ordered[i] for i in cluster.members]
        if any(c.zone != "headline" for c in claims):
            continue
        read = {_people_count(c) for c in claims}
        sources = {c.source_id for c in claims}
        (first,) = read if len(read) == 1 else (None,)
        if first is None or len(sources) != 1:
            continue
        event, count = first
        (source,) = sources
        targets = {_live(t, merged) for t in kinds[source, event, count]} - {number}
        if len(targets) == 1:
            (target,) = targets
            if clusters[target].may_join(cluster):
                _absorb(clusters, merged, pending, target, number, PEOPLE_RESTATED, 30.0)


def _join_beside_one_fact(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join an amount whose words say nothing of it to a like one beside the same fact.

    "Nine of the hurt went to clinics, and three were listed as critical" / "Nine people
    were seen at clinics, and three remained critical": what "three" counts is not read, but
    each source states it in a sentence with a claim of one fact (the nine at clinics), so
    the two are one count told by each. Only like values (never a conflict), only when one
    of the two names nothing of what it measures, and only when each sentence beside that
    fact holds one such value, not two.
    """
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        if claim.sentence is not None:
            by_sentence[(claim.source_id, claim.sentence.start)].append(index)

    def sentence_of(index: int) -> list[int]:
        claim = ordered[index]
        if claim.sentence is None:
            return []
        return by_sentence[(claim.source_id, claim.sentence.start)]

    # A fact's members by source, kept up as it grows (members are only ever added), so a
    # source's claims beside a fact of a long article do not each walk all its members.
    split: dict[int, tuple[int, dict[str, list[int]]]] = {}

    def members_by_source(fact: int) -> dict[str, list[int]]:
        members = clusters[fact].members
        seen, by_source = split.get(fact, (0, {}))
        for member in members[seen:]:
            by_source.setdefault(ordered[member].source_id, []).append(member)
        split[fact] = (len(members), by_source)
        return by_source

    for index, claim in enumerate(ordered):
        fact = _live(owners[index], merged)
        if not _told_plainly(claim) or len(clusters[fact].values) != 1:
            continue
        beside = [j for j in sentence_of(index) if j != index]
        if any(alike(ordered[j].value, claim.value) for j in beside):
            continue  # two like values in one sentence: which is which is not read
        anchors = {_live(owners[j], merged) for j in beside} - {fact}
        found: set[int] = set()
        for anchor in sorted(a for a in anchors if len(clusters[a].values) > 1):
            others = members_by_source(anchor)
            for member in (m for s, ms in others.items() if s != claim.source_id for m in ms):
                like = [
                    o
                    for o in sentence_of(member)
                    if _live(owners[o], merged) != anchor and alike(ordered[o].value, claim.value)
                ]
                if len(like) > 1:
                    found.add(-1)  # two like values beside the fact there: neither is told
                for other in sentence_of(member):
                    candidate = ordered[other]
                    target = _live(owners[other], merged)
                    if (
                        target not in (anchor, fact)
                        and (_unread(claim) or _unread(candidate))
                        and _kinds_meet(claim, candidate)
                        and _told_plainly(candidate)
                        and alike(claim.value, candidate.value)
                        and claim.source_id not in clusters[target].values
                    ):
                        found.add(target)
        if len(found) != 1:
            continue
        (target,) = found
        if clusters[target].may_join(clusters[fact]) and clusters[target].agrees(clusters[fact]):
            _absorb(clusters, merged, pending, target, fact, BESIDE_ONE_FACT, 30.0)


BOTH_SIDES = "one source on both sides of a conflict"


def _join_a_source_on_both_sides(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join two facts of one attribute that one source's two values split apart.

    "The board voted 5-4 ... An earlier report said the board voted 8-1", another source's
    "voted 5-4" and a third's "voted 8-1": a source's second value stays apart from its first
    (see :meth:`_Cluster.may_join`), so the one source would make two facts of the same words
    that each agree, and hide the conflict between the other two. Such facts are one, in
    conflict, the source shown on both sides. Amounts only: a source's two days of one verb
    are most often two happenings.
    """
    by_key: dict[tuple[str, str, frozenset[str]], list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        if comparable(claim) and not _headline_count(claim) and isinstance(claim.value, Quantity):
            by_key[_key(claim)].append(index)
    side = _sides_told(ordered) if by_key else []  # two sides' facts stay two
    for indices in by_key.values():
        facts = sorted({_live(owners[i], merged) for i in indices})
        if len(facts) > _MEASURE_SOURCES:
            continue  # so many facts of one attribute are many things, and pairs cost too much
        for first, second in itertools.combinations(facts, 2):
            a, b = sorted((_live(first, merged), _live(second, merged)))
            if a != b and _two_sides(side, clusters[a].members, clusters[b].members):
                continue
            if a != b and _one_source_on_both_sides(clusters[a], clusters[b]):
                _absorb(clusters, merged, pending, a, b, BOTH_SIDES, 30.0)


def _one_source_on_both_sides(a: _Cluster, b: _Cluster) -> bool:
    """Whether two facts share one source only, with unlike values, and each has another.

    Two sources that both tell two values tell two things ("three hurt on Sunday", "five
    hurt last year" in each): never joined; nor a site's count and a firm's.
    """
    shared = a.values.keys() & b.values.keys()
    if len(shared) != 1 or min(len(a.values), len(b.values)) < 2:
        return False
    if _scopes_differ(a.scopes, b.scopes):
        return False
    (source,) = shared
    if any(alike(x, y) for x in a.values[source] for y in b.values[source]):
        return False
    # The source restates a side in each fact: its values there are another source's too.
    # "3 vehicles" (a) against "2" (c) and "1 vehicle" (a, b) are a's two counts of two
    # things, not one fact's two sides.
    return _restated(a, source) and _restated(b, source)


def _restated(cluster: _Cluster, source: str) -> bool:
    """Whether each of ``source``'s values in the fact is alike one another source states."""
    others = [v for s, values in cluster.values.items() if s != source for v in values]
    return all(any(alike(v, o) for o in others) for v in cluster.values[source])


def _absorb(  # noqa: PLR0917 - the join's state, the two facts, and what joined them
    clusters: list[_Cluster],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
    keep: int,
    drop: int,
    label: str,
    score: float,
) -> None:
    """Join fact ``drop`` into ``keep`` in a pass after the pairwise merges, noting why.

    The note in ``pending`` names a member of each fact, so the join's link is drawn as the
    pairwise merges' are.
    """
    pending.append((clusters[keep].members[0], clusters[drop].members[0], label, score))
    clusters[keep].absorb(clusters[drop])
    merged[drop] = keep


def _absorb_into_first(  # noqa: PLR0917 - the join's state, the facts, and what joined them
    clusters: list[_Cluster],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
    facts: list[int],
    label: str,
    score: float,
) -> None:
    """Join each of ``facts`` after the first into the first, where the two may join."""
    first, *rest = facts
    for fact in rest:
        if clusters[first].may_join(clusters[fact]):
            _absorb(clusters, merged, pending, first, fact, label, score)


def _live(cluster: int, merged: dict[int, int]) -> int:
    while cluster in merged:
        cluster = merged[cluster]
    return cluster


def _marked(claim: Claim) -> bool:
    """Whether a claim carries a mark of another set than the count itself ("~whole")."""
    return any(t.startswith(_MARKS[1:]) for t in claim.attribute_tokens)


def _counted_noun(claim: Claim) -> str | None:
    """The noun a count counts ("six works", "19 crew members" -> "crew"), or None.

    None for a claim of another family than a count, or naming no noun but a generic one.
    """
    if family(claim) != "count":
        return None
    words = [t for t in claim.attribute_tokens if not t.startswith(_MARKS)]
    if words[:1] == [_MEMBER]:
        words = words[1:]  # "19 crew members" are counted as crew; "24 members" as none
    if not words or words[0] in lexicon.GENERIC:
        return None
    return _dimension(words[0])


def _counted_once(ordered: list[Claim]) -> tuple[dict[str, frozenset[str]], set[tuple[str, str]]]:
    """Per noun, the sources that count it in one claim only; and each source's events.

    "two suspects who took six works" / "five works were stolen": the event that befell them
    is read in one source only, so the words alone keep the counts apart (like values join,
    see :func:`_event_aside`). When each source counts that noun once, the two counts are one
    count told by each, in agreement or in conflict. The events are those a source counts
    anything of, unmarked ("about 1,800 others damaged"): see :func:`_each_counts_once`.
    """
    told: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    events: set[tuple[str, str]] = set()
    for claim in ordered:
        noun = _counted_noun(claim)
        if noun is not None and _WHOLE not in claim.attribute_tokens:
            # "19 of the 1,160 crew members": the whole a part is told of is no rival count
            told[noun][claim.source_id] += 1
        if family(claim) == "count" and not _marked(claim):
            events.update(
                (claim.source_id, t) for t in claim.attribute_tokens if t.startswith("e:")
            )
    once = {
        noun: frozenset(s for s, n in sources.items() if n == 1) for noun, sources in told.items()
    }
    return once, events


def _each_counts_once(
    ordered: list[Claim],
    a: _Cluster,
    b: _Cluster,
    once: tuple[dict[str, frozenset[str]], set[tuple[str, str]]],
) -> bool:
    """Whether two facts count one noun, each source once, one of them with no event read.

    Not when a source of the count with no event counts anything else the event befell:
    "more than 300 homes flattened and about 1,800 others damaged" tells its damaged homes
    in the others, so its 300 are not its count of the damaged.
    """
    members = [ordered[i] for i in (*a.members, *b.members)]
    if any(_marked(claim) for claim in members):
        return False
    # "24 members of the crew" names no noun but members: it goes with the fact it is in
    nouns = {n for n in map(_counted_noun, members) if n is not None}
    if len(nouns) != 1:
        return False
    (noun,) = nouns
    if not all(c.source_id in once[0].get(noun, ()) for c in members if _counted_noun(c) == noun):
        return False
    if not all(_near(x.value, y.value) for x in members for y in members):
        return False
    events = {t for claim in members for t in claim.attribute_tokens if t.startswith("e:")}
    plain = {
        c.source_id for c in members if not any(t.startswith("e:") for t in c.attribute_tokens)
    }
    return not any((source, event) in once[1] for source in plain for event in events)


LIKE_CLAUSES = "one value told in like clauses, once by each source"
# Content words two clauses must share (the counted noun among them) to tell one value.
_CLAUSE_SHARED = 2
# Facts of one kind compared pairwise at most: a story's dates, not a corpus's.
_CLAUSE_FACTS = 120
# Verbs of a state that goes on: a day they name is one day of many, no happening's.
_ONGOING = frozenset(["continue", "keep", "remain", "stay"])
# Marks that say when, or who was there, not which set: "will open Monday" / "opens Tuesday".
_TIME_MARKS = frozenset(["~future", "~past", _DIED, _PRESENT])


def _clause_kind(claim: Claim) -> tuple[str, ...] | None:
    """What a value must share with another to be one told in other words, or None.

    A day, or an amount printed plainly, by its family, unit and counted noun, with the
    marks of a set ("~part", "~whole") but not of time. None for a day of saying ("said
    Tuesday"), a vague amount ("dozens") or a claim with no clause words.
    """
    if not claim.clause_words:
        return None
    value = claim.value
    marks = sorted(
        t for t in claim.attribute_tokens if t.startswith(("~", "^")) and t not in _TIME_MARKS
    )
    if _contrastive(claim):
        marks.append("#others")  # "two other people" are no count of all the people
    if _size_of_whole(claim):
        marks.append(_WHOLE)  # "a 60-wagon convoy": the whole, not the wagons that overturned
    if isinstance(value, DateRange):
        if value.granularity != "day" or value.start is None or value.start != value.end:
            return None
        if claim.attribute is not None and set(claim.attribute_tokens) <= {_SAID}:
            return None  # "said Tuesday", "today confirmed that": a day of saying
        if _ONGOING & {*claim.attribute_tokens, *claim.clause_words}:
            return None  # "workers continued repairs Tuesday": a day of a state that goes on
        return ("date", "", "", *marks)
    if not isinstance(value, Quantity) or not _told_plainly(claim):
        return None
    noun = _counted_noun(claim)
    if noun is None and family(claim) == "count" and "person" in claim.attribute_tokens:
        noun = "person"  # "30 people were aboard": people, not a noun left unread
    measured = _measured(claim)  # "40 seconds" / "45 seconds": a measure in minutes
    unit = _unit_dimension(claim) if measured is None else measured[0]
    return (family(claim), unit or "", noun or "", *marks)


@attrs.define
class _Told:
    """What the claims of one fact tell of it, for :func:`_join_like_clauses`."""

    kinds: set[tuple[str, ...] | None] = attrs.field(factory=set)
    words: set[str] = attrs.field(factory=set)  # their clauses' words
    events: set[str] = attrs.field(factory=set)  # what befell what they count or date
    read: set[str] = attrs.field(factory=set)  # the words their attributes were read from
    like_only: bool = False  # a crowd or an age: "About 600 people gathered", "a 64-year-old"

    def add(self, claim: Claim) -> None:
        self.kinds.add(_clause_kind(claim))
        self.words.update(claim.clause_words)
        tokens = [t for t in claim.attribute_tokens if t != "e:announced"]
        self.events.update(t for t in tokens if t.startswith("e:"))
        self.read.update(t for t in tokens if not t.startswith(_MARKS[1:]))
        # two ages in conflict are more often two people's than two accounts of one
        self.like_only |= _crowd(claim) or bool(_AGE & set(tokens))


def _told_alike(kind: tuple[str, ...], a: _Told, b: _Told, *, alike_values: bool) -> int | None:
    """How many clause words two facts of one kind share, when that may make them one.

    None when they share nothing but the events they were read with ("the 6-year-old girl
    was hurt" / "a boy and a girl were hurt across town"), fewer than :data:`_CLAUSE_SHARED`
    words (a day one more), two events were read ("charged Monday" / "robbed March 3"), one
    clause tells another event than the other's value ("died Tuesday at the clinic" / "two
    of the hurt were in fair condition Tuesday"), or unlike values of an event the other
    clause does not tell ("the gallery owns 7 statues" / "five statues were stolen"), or
    whose verbs are told in neither other clause ("signed the lease Friday" / "will tour
    the mill Monday"; for amounts, both must have a verb read); and unlike amounts of a
    noun not read, of a crowd or of an age.
    """
    both = a.words & b.words
    if not both - a.events - b.events:
        return None
    # the noun or the unit both count in is one word shared: "30 people" / "32 people"
    shared = len(both) + bool(kind[1] or kind[2])
    needed = _CLAUSE_SHARED + (kind[0] == "date")
    if shared < needed or (a.events and b.events and a.events.isdisjoint(b.events)):
        return None
    if _other_event(a.events, b.words) or _other_event(b.events, a.words):
        return None
    if alike_values:
        return shared
    if not (a.events <= b.words and b.events <= a.words):
        return None  # "the gallery owns 7 statues" / "five statues were stolen from it"
    read_a, read_b = a.read - {kind[2]}, b.read - {kind[2]}
    apart = not (read_a & b.words or read_b & a.words)
    if kind[0] == "date":
        return None if (read_a or read_b) and apart else shared
    if read_a and read_b and apart:
        return None  # "30 homes were built" / "40 homes were sold": two doings
    # what is counted is not read, nor an attribute word both share ("a $9 million shortfall"
    # / "a $9.6 million budget gap": a shortfall both)
    read_both = {
        t for t in a.read & b.read if t not in lexicon.MEASURES and _dimension(t) not in kind[1:3]
    }
    unread = kind[0] == "number" or not (kind[2] or read_both)
    return None if unread or a.like_only or b.like_only else shared


def _join_like_clauses(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join two facts of other sources whose values are told in clauses of like words.

    "There were 30 people on board" / "32 people were aboard the boat"; "died there Friday"
    / "who passed away Saturday at the same clinic": one value, worded by each source, so
    one fact in agreement or in conflict. Only a day, or an amount of one family, unit,
    counted noun and marks of a set; only when the clauses share enough content words
    (see :func:`reconcile.extract.claims.clause_words` and :func:`_told_alike`), and each
    fact is the other's one best match (more shared words than with any other). Never
    two counts far apart ("5,000 people employed" / "300 people employed at one site").
    """
    told: dict[int, _Told] = defaultdict(_Told)
    parts = _parts_of_wholes(ordered)
    for index, claim in enumerate(ordered):
        told[_live(owners[index], merged)].add(claim)
    by_kind: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for fact in sorted(told):
        (kind,) = told[fact].kinds if len(told[fact].kinds) == 1 else (None,)
        if kind is not None:
            by_kind[kind].append(fact)
    best: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for kind, facts in by_kind.items():
        if len(facts) > _CLAUSE_FACTS:
            continue  # a corpus's, not a story's: the pairs would cost too much to compare
        for x, a in enumerate(facts):
            for b in facts[x + 1 :]:
                if clusters[a].values.keys() & clusters[b].values.keys():
                    continue
                if _values_far(clusters[a], clusters[b]):
                    continue
                if _part_beside_its_whole(ordered, parts, clusters[a], clusters[b]):
                    continue  # "3,140 of its 6,250 workers" / "employs 6,250"
                alike_values = clusters[a].agrees(clusters[b])
                shared = _told_alike(kind, told[a], told[b], alike_values=alike_values)
                if shared is not None:
                    best[a].append((shared, b))
                    best[b].append((shared, a))
    chosen: dict[int, int] = {}
    for fact, found in best.items():
        found.sort(reverse=True)
        if len(found) == 1 or found[0][0] > found[1][0]:
            chosen[fact] = found[0][1]
    for a in sorted(chosen):
        b = chosen[a]
        mutual = a < b and chosen.get(b) == a and a not in merged and b not in merged
        if mutual and clusters[a].may_join(clusters[b]):
            _absorb(clusters, merged, pending, a, b, LIKE_CLAUSES, 25.0)


def _other_event(events: set[str], words: set[str]) -> bool:
    """Whether a clause tells an event, and not one of those ``events`` befell a value.

    "died at the clinic Tuesday" / "two of the hurt were at the clinic Tuesday":
    a death and a state of the hurt. A clause that tells no event ("a parade will take
    place on May 2") may tell one a verb of the other names ("will hold a parade").
    """
    told = {w for w in words if w.startswith("e:")}
    return bool(events) and bool(told) and not events <= told


def _values_far(a: _Cluster, b: _Cluster) -> bool:
    """Whether some value of one fact is more than :data:`_FAR` times one of the other."""
    mine = [v for values in a.values.values() for v in values]
    theirs = [v for values in b.values.values() for v in values]
    return any(isinstance(x, Quantity) and _far(x, y) for x in mine for y in theirs)


AGE_OF_THE_ONE_NAMED = "an age described and the one named"


def _join_an_age_described_to_the_one_named(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the age of "a 36-year-old woman" to the age of the one person a story names.

    "Ann Vell, 36," / "a 37-year-old woman" (an account that names nobody): when the story
    gives the age of one named person only, and describes unnamed ones by one noun only,
    the two are one person's age, here in conflict. Not when the noun says a sex the named
    person is not told to be of (see :func:`reconcile.extract.claims._sex_of`), nor when a
    source tells both unlike, nor for ages more than two years apart (two people, a boy
    and his father, not one misreported).
    """
    named: list[int] = []
    described: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        if claim.attribute_tokens != ("age",) or not claim.subject:
            continue
        if _described(claim):
            described[claim.subject.split(" ", 1)[-1].casefold()].append(index)
        else:
            named.append(index)
    if not named or len(described) != 1:
        return
    whole = max((_subject_words(ordered[i]) for i in named), key=len)
    if any(not _subject_words(ordered[i]) <= whole for i in named):
        return  # two people named: which one is described is not read
    ((noun, unnamed),) = described.items()
    sex = lexicon.SEXED_NOUNS.get(noun.split()[-1])
    told = {w for i in named for w in ordered[i].clause_words if w in ("~male", "~female")}
    if sex is not None and told != {f"~{sex}"}:
        return
    ages = [ordered[i].value for i in (*named, *unnamed)]
    points = [v.low for v in ages if isinstance(v, Quantity) and v.low is not None]
    if len(points) != len(ages) or max(points) - min(points) > 2:  # years: a birthday, a typo
        return
    by_source: dict[str, list[Value]] = defaultdict(list)
    for index in (*named, *unnamed):
        by_source[ordered[index].source_id].append(ordered[index].value)
    if any(not alike(x, y) for vs in by_source.values() for x in vs for y in vs):
        return  # a source tells two unlike ages: two people, or which is which is not read
    members = set(named) | set(unnamed)
    firsts = [_live(owners[i], merged) for i in named]
    facts = sorted({_live(owners[i], merged) for i in members}, key=lambda f: (f not in firsts, f))
    if len(facts) < 2 or any(m not in members for f in facts for m in clusters[f].members):
        return
    _absorb_into_first(clusters, merged, pending, facts, AGE_OF_THE_ONE_NAMED, 40.0)


ONE_THING_COUNTED = "one set of things, named by each source in its own word, counted once by each"

# Families of ordinary nouns a writer uses in turn for one set of things: the heads any
# of which names the set, the heads that do so only with a qualifier of the family ("rescue
# workers", "housing units"), and those qualifiers. A count whose noun phrase holds
# another qualifier names a kind ("income-restricted homes", "volunteer firefighters"):
# no member of the family.
_THING_FAMILIES: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    # people who search, rescue or respond
    "responders": (
        frozenset(["rescuer", "searcher", "responder", "personnel", "firefighter"]),
        frozenset(["worker", "crew", "member", "team", "volunteer", "officer", "crewmember"]),
        frozenset(["search", "rescue", "emergency", "first", "and", "search-and-rescue"]),
    ),
    # premises a business operates
    "premises": (
        frozenset(
            [
                "store",
                "location",
                "club",
                "branch",
                "outlet",
                "shop",
                "restaurant",
                "supermarket",
                "dealership",
                "gym",
                "showroom",
            ]
        ),
        frozenset(["site", "unit", "office", "facility"]),
        frozenset(["retail"]),
    ),
    # dwellings, and the households that live in them
    "dwellings": (
        frozenset(
            [
                "apartment",
                "home",
                "house",
                "household",
                "residence",
                "dwelling",
                "condominium",
                "condo",
                "townhouse",
                "townhome",
                "family",
                "homeowner",
            ]
        ),
        frozenset(["unit"]),
        frozenset(["residential", "housing", "apartment", "dwelling", "rental", "condo"]),
    ),
    # those who watch an event
    "onlookers": (
        frozenset(["fan", "spectator", "onlooker", "attendee", "crowd"]),
        frozenset(),
        frozenset(),
    ),
}
_THING_FAMILY_OF = {
    head: name for name, (heads, _qualified, _words) in _THING_FAMILIES.items() for head in heads
}
# Marks a count of things may carry and still be the set each source counts once; marks
# of time make two such counts one only when their figures are alike.
_THING_MARKS = frozenset(["~wide", "~together"])
_THING_TIMES = frozenset(["~past", "~future"])


def _thing_counted(claim: Claim, *, plainly: bool = True) -> str | None:
    """The family of things a count names ("About 40 rescuers" -> "responders"), or None.

    A count of things printed plainly, named by a noun phrase whose head is one of
    :data:`_THING_FAMILIES` (or, a noun of no family, by that noun: "hogs"), with no
    qualifier but the family's own or a name ("Northfield Grocers stores"). None for a
    measure, a generic noun ("people"), a vague, negated or headline count, or one marked as a
    part, a whole or a scope ("~part", "^firm").
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.kind not in ("count", "number"):
        return None
    if value.unit in READING_UNITS:
        return None  # "magnitude 6.2": a reading on a scale, no count of things
    if claim.negated or _measured(claim) or _contrastive(claim):
        return None  # "two other homes" are set against the rest of the story
    if plainly and (value.vague or not _told_plainly(claim)):
        return None
    marks = {t for t in claim.attribute_tokens if t.startswith(("~", "^", "@"))}
    if marks - _THING_MARKS - _THING_TIMES:
        return None
    if value.unit:
        words = value.unit.replace("-", " ").split()
    else:
        plain = [t for t in claim.attribute_tokens if not t.startswith(_MARKS)]
        # "a crowd of 7,300": the crowd; not "age", nor "a family of five" (its members)
        words = plain if len(plain) == 1 and plain[0] in _THING_FAMILIES["onlookers"][0] else []
    if not words:
        return None
    head = lexicon.lemma(words[-1])
    # a name qualifies nothing: "Northfield Grocers stores" are its stores
    modifiers = [lexicon.lemma(w) for w in words[:-1] if not w[:1].isupper()]
    name = _THING_FAMILY_OF.get(head)
    if name is not None:
        # "income-restricted homes", "volunteer firefighters": a kind of the family
        return name if set(modifiers) <= _THING_FAMILIES[name][2] else None
    for family_name, (_heads, qualified, qualifiers) in _THING_FAMILIES.items():
        if head in qualified and modifiers and set(modifiers) <= qualifiers:
            return family_name  # "housing units", "rescue workers"
    if head in _KINDLESS and modifiers:
        # "water-purification systems" / "water purification units": named by what they do
        return "#" + " ".join(modifiers)
    if head in lexicon.GENERIC or head in lexicon.FILLER or head in _KINDLESS:
        return None  # "units", "workers" with no qualifier of a family
    if modifiers and (len(words) > 2 or not words[0].islower()):
        return None
    # a noun of no family, counted by each source alike ("hogs"); a compound written open
    # or closed is one noun ("line workers" / "lineworkers")
    return "=" + "".join([*modifiers, head])


# Nouns that name a family's set in general, which may hold more than a kind of it does:
# a chain's locations may be more than its stores (offices, warehouses).
_WIDE_HEADS = frozenset(["location", "site", "facility", "office", "unit"])
# How far apart a kind's count and the general noun's may be and still be one count told
# a little differently ("84 clubs" / "86 locations"): a tenth.
_A_LITTLE = 1.1


def _wider_by_more_than_a_little(ordered: list[Claim], indices: list[int]) -> bool:
    """Whether counts name the set by a general noun and by a kind, more than a little apart."""
    heads = set()
    for index in indices:
        value = ordered[index].value
        if isinstance(value, Quantity) and value.unit:
            heads.add(lexicon.lemma(value.unit.replace("-", " ").split()[-1]))
    if not (heads & _WIDE_HEADS and heads - _WIDE_HEADS):
        return False
    points = [p for i in indices if (p := _point_of(ordered[i].value)) is not None and p > 0]
    return bool(points) and max(points) > _A_LITTLE * min(points)


def _point_of(value: Value) -> float | None:
    return _point(value) if isinstance(value, Quantity) else None


# Nouns of equipment that say what it is only by their qualifiers: "9 air filtration
# units" are "9 air-filtration systems", not "9 cooling units".
_KINDLESS = frozenset(["system", "unit", "device", "machine", "appliance", "apparatus"])


def _join_things_counted_once(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the counts of one family of things when each source counts that family once.

    "About 30 responders" / "More than two dozen rescuers" / "Twenty-nine personnel"; "57
    shops" / "59 locations"; "1,146 apartments" / "1,146 residential units": each source names
    the set in its own word, so no word joins them; but when each counts things of that
    family once (and one value, however often restated), with figures close (see
    :func:`_near`), the sources tell one count, in agreement or in conflict. Unlike figures
    make a conflict only when the counts tell the same events and times ("hogs raised" /
    "hogs held" agree or stay apart). Not when a source counts two unlike sets of the family,
    nor a fact already joined to a claim of other words.
    """
    by_family: dict[str, list[int]] = defaultdict(list)
    for index, claim in enumerate(ordered):
        name = _thing_counted(claim)
        if name is not None:
            by_family[name].append(index)
    for name, indices in sorted(by_family.items()):
        by_source: dict[str, list[Value]] = defaultdict(list)
        for index in indices:
            by_source[ordered[index].source_id].append(ordered[index].value)
        if not _MEASURE_SOURCES >= len(by_source) >= 2:
            continue
        if any(not alike(x, y) for vs in by_source.values() for x in vs for y in vs):
            continue  # a source counts two sets of the family: which is which is not read
        values = [ordered[i].value for i in indices]
        if not all(_near(x, y) for x in values for y in values):
            continue
        facts = sorted({_live(owners[i], merged) for i in indices})
        members = [ordered[m] for f in facts for m in clusters[f].members]
        # a fact may hold a source's vague count of the family too ("dozens of homeowners"),
        # and another's like count in other words ("Some 1,650 workers" beside "1,650 road
        # workers"); not a count of another figure
        if len(facts) < 2 or any(
            _thing_counted(c, plainly=False) != name
            and not all(alike(c.value, ordered[i].value) for i in indices)
            for c in members
        ):
            continue
        told_as = {
            frozenset(
                t for t in ordered[i].attribute_tokens if t.startswith("e:") or t in _THING_TIMES
            )
            for i in indices
        }
        if not all(alike(x, y) for x in values for y in values) and (
            len(told_as) > 1 or _wider_by_more_than_a_little(ordered, indices)
        ):
            # other events or times: one count only when the figures are alike; and "40
            # stores" / "52 locations" may be two sets, the locations more than the stores
            continue
        harms = {frozenset(t for t in c.attribute_tokens if t in _CASUALTY_EVENTS) for c in members}
        if len(harms) > 1:
            continue  # "survived by three children" / "three children were killed": a harm
        _absorb_into_first(clusters, merged, pending, facts, ONE_THING_COUNTED, 30.0)


BARE_DAY_OF_ONE_FACT = "a bare day, and the one fact of the story that dates that day"


def _join_bare_days_to_their_fact(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join a fact of bare days ("until Friday, Sept. 25") to the one fact dating that day.

    "The boil order holds through next Friday" / "residents should boil their water
    until Friday, Sept. 25": the second day is read with no verb, so no word joins it; but
    when one fact alone in the story dates that day (no day of saying, no other happening
    on it), the bare day is that fact's, a day still to come too ("will vote Thursday" /
    "trustees will decide on the levy on March 19"). Never a conflict: the days are equal.
    """
    by_day: dict[dt.date, set[int]] = defaultdict(set)
    for index, claim in enumerate(ordered):
        day = _day_told(claim)
        if day is not None:
            by_day[day].add(_live(owners[index], merged))
    for day, facts in sorted(by_day.items()):
        key = f"#day:{day.isoformat()}"
        bare = {f for f in facts if all(_bare_day(ordered[i]) == key for i in clusters[f].members)}
        worded = facts - bare
        if len(worded) != 1 or not bare:
            continue
        (target,) = worded
        members = [ordered[i] for i in clusters[target].members]
        if not all(c.attribute_tokens for c in members) or any(
            _SAID in c.attribute_tokens for c in members
        ):
            continue  # a day of saying is no happening's
        # the bare day's clause tells the same happening: "left the quay on
        # Thursday night" / "sailed from the quay on Aug. 27"; not "a search went into a
        # second week Monday" / "were found Monday night"
        words = {w for c in members for w in c.clause_words}
        like = [
            fact
            for fact in sorted(bare)
            if len(words.intersection(*[ordered[i].clause_words for i in clusters[fact].members]))
            >= _CLAUSE_SHARED
        ]
        if like:
            _absorb_into_first(
                clusters, merged, pending, [target, *like], BARE_DAY_OF_ONE_FACT, 55.0
            )


def _day_told(claim: Claim) -> dt.date | None:
    """The one day a date claim names, unmarked or marked only as to come, or None."""
    value = claim.value
    if not isinstance(value, DateRange) or value.granularity != "day" or value.start is None:
        return None
    marks = {t for t in claim.attribute_tokens if t.startswith(_MARKS[1:])}
    return value.start if value.start == value.end and marks <= {_TO_COME} else None


DISSENTING_SUM = "the one sum a source tells near a sum the others agree on"

# How far apart, as a ratio, a source's sum may be from the sum others agree on and be its
# account of that sum: "$3.4 million" / "$5.5 million" are; "$2.6 million" / "$900,000" are not.
_DISSENT = 2.0
# The most values a source may tell apart and have them read so (see _join_lone_values).
_LONE_VALUES = 40
_OVER_A_SPAN = "~wide"  # "$31 million across the next three seasons", "every region"


def _plain_sum(claim: Claim) -> tuple[str, str | None, float] | None:
    """A sum's currency, unit ("each", "a year") and printed figure, when it prints one.

    Not a vague sum, nor a span of sums ("$2,000 to $9,000"): each may be many sums.
    """
    value = claim.value
    kind = family(claim)
    if not isinstance(value, Quantity) or not kind.startswith("money:") or value.vague:
        return None
    point = _point(value)
    if point is None or point <= 0 or _a_span(value):
        return None
    return kind, value.unit, point


def _sum_marks(claims: Iterable[Claim]) -> frozenset[str]:
    """The marks of what sums are of ("^p:y2025", "~past"), but for a total over a span.

    "$31 million across the next three seasons" is marked as told over several seasons, and
    "$37 million over three seasons" not always: a total over a span is still the one sum.
    """
    return frozenset(
        t
        for c in claims
        for t in c.attribute_tokens
        if t.startswith(("~", "^")) and t != _OVER_A_SPAN
    )


# Events by which a sum changes hands or is counted as one ("will spend", "paid",
# "generate"): one side may name it and the other not ("mending the dam may take $7 million"
# / "will spend $7 million"). A sum of another event ("kept in jail on $80,000 bond") is of it.
_SUM_EVENTS = frozenset(
    f"e:{event}"
    for event in ("spent", "paid", "raised", "earned", "generated", "lost", "stolen", "demanded")
)


def _sum_events(claims: Iterable[Claim]) -> frozenset[str]:
    """The events sums are told of, but for a saying ("officials said")."""
    return frozenset(
        t for c in claims for t in c.attribute_tokens if t.startswith("e:") and t != _TOLD
    )


def _within(a: float, b: float, ratio: float) -> bool:
    return max(a, b) <= ratio * min(a, b)


def _join_a_dissenting_sum(
    ordered: list[Claim],
    clusters: list[_Cluster],
    _owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the one sum a source tells apart to the near sum the other sources tell.

    "repairs will cost $3.4 million" (a) and "the engineer's figure for the work is $3.4
    million" (c) each stay apart, and "mending it may take $5.5 million" (b) too: what each
    sum is of is worded three ways. A sum a source tells apart from every other source's
    (a "lone" sum) is one fact's account, when:

    - two lone sums of two sources are alike, and each is the one lone sum of its source
      within a factor of two of the other (:data:`_DISSENT`): they are one sum, agreed;
    - a fact of two or more sources that a source is not in holds sums all within a factor
      of two of that source's one lone sum so near, the source tells no sum alike the
      fact's anywhere else, and its lone sum is near no other such fact: the source's
      account of that sum, here in conflict.

    The same currency and unit, the same events where both name one, and the same marks of
    period, forecast or part (see :func:`_sum_marks`): "about $70,000 in lost fees" next
    to "$5.5 million" is far from "$3.4 million" and stays apart; "spending grew $2.1 million"
    stays apart from "$1.5 million a year in fees" that its own source tells too.
    """
    reads = {i: read for i, c in enumerate(ordered) if (read := _plain_sum(c)) is not None}
    _join_lone_values(
        ordered, clusters, merged, pending, reads, _DISSENT, _SUM_EVENTS, DISSENTING_SUM
    )


def _join_lone_values(  # noqa: PLR0917 - the join's state, and what it reads
    ordered: list[Claim],
    clusters: list[_Cluster],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
    reads: dict[int, tuple[str, str | None, float]],
    ratio: float,
    free_events: frozenset[str],
    label: str,
    meets: Callable[[Claim, Claim], bool] | None = None,
    *,
    agreeing: bool = False,
    apart: float | None = None,
    lone_pairs: bool = True,
    dissenting: bool = False,
    may_join: Callable[[_Cluster, _Cluster], bool] = _Cluster.may_join,
) -> None:
    """The two steps of :func:`_join_a_dissenting_sum`, for values read as ``reads`` tells.

    ``reads`` gives each value's kind, unit and printed figure; values of one kind and unit
    within ``ratio`` of each other are near; ``free_events`` may be named on one side only;
    ``meets`` (when given) says whether two claims name things of one kind; ``label`` names
    the join; ``agreeing``, only values compatible with the fact's join it (never a conflict);
    ``apart`` (when given), values at most that far apart are near instead of within ``ratio``;
    ``lone_pairs`` false, two lone values never join each other (only a dissent joins a fact);
    ``dissenting``, a lone value joins only a fact some value of which is not alike it;
    ``may_join``, whether a fact may take in another (:meth:`_Cluster.may_join` unless told).
    """

    def _within(a: float, b: float, ratio: float) -> bool:
        return abs(a - b) <= apart if apart is not None else max(a, b) <= ratio * min(a, b)

    sums_of: dict[str, list[int]] = defaultdict(list)  # per source, its claims of values
    for index in reads:
        sums_of[ordered[index].source_id].append(index)

    def lone() -> dict[str, list[tuple[int, tuple[str, str | None, float]]]]:
        """Per source, its facts of its own sums only, all alike, and what they print."""
        out: dict[str, list[tuple[int, tuple[str, str | None, float]]]] = defaultdict(list)
        for number, cluster in enumerate(clusters):
            if number in merged or len(cluster.values) != 1:
                continue
            members = cluster.members
            if any(m not in reads for m in members):
                continue
            read = {reads[m][:2] for m in members}
            # each distinct value once: a fact of one source repeating one figure is checked
            # in one step, and a fact of more distinct figures than a source's lone values
            # may be is a log's, never a lone value (the pairs would be quadratic in it)
            values = list(dict.fromkeys(ordered[m].value for m in members))
            if len(read) != 1 or len(values) > _LONE_VALUES:
                continue
            if any(not alike(x, y) for x in values for y in values):
                continue
            (source,) = cluster.values
            out[source].append((number, reads[members[0]]))
        # a source of more such values is a long log of figures: which is which is not read
        return {s: entries for s, entries in out.items() if len(entries) <= _LONE_VALUES}

    def of_one_kind(a: int, b: int) -> bool:
        claims_a = [ordered[m] for m in clusters[a].members]
        claims_b = [ordered[m] for m in clusters[b].members]
        events_a, events_b = _sum_events(claims_a), _sum_events(claims_b)
        if events_a and events_b and events_a != events_b:
            return False
        # some claim of each told alike: "kept in jail on $80,000 bond" is of its own event
        if not any(told_alike(x, y) for x in claims_a for y in claims_b):
            return False
        return _sum_marks(claims_a) == _sum_marks(claims_b)

    def told_alike(x: Claim, y: Claim) -> bool:
        events_x, events_y = _sum_events([x]), _sum_events([y])
        if (events_x ^ events_y) - free_events:
            return False
        return meets is None or meets(x, y)

    # Two sources' lone sums, alike, each the one of its source near the other.
    told = lone() if lone_pairs else {}
    for source, mine in sorted(told.items()):
        for number, (kind, unit, point) in mine:
            if number in merged or len(clusters[number].values) != 1:
                continue
            near = [
                (other, theirs)
                for other, entries in sorted(told.items())
                if other != source
                for theirs in entries
                if theirs[0] not in merged
                and theirs[1][:2] == (kind, unit)
                and _within(point, theirs[1][2], ratio)
            ]
            by_source: dict[str, list[int]] = defaultdict(list)
            for other, theirs in near:
                by_source[other].append(theirs[0])
            own_near = [
                n
                for n, read in mine
                if n != number
                and n not in merged
                and read[:2] == (kind, unit)
                and _within(point, read[2], ratio)
            ]
            for other, facts in sorted(by_source.items()):
                if len(facts) != 1 or own_near:
                    continue
                (fact,) = facts
                theirs_near = [
                    n
                    for n, read in told[other]
                    if n != fact
                    and n not in merged
                    and read[:2] == (kind, unit)
                    and _within(point, read[2], ratio)
                ]
                if theirs_near or not clusters[number].agrees(clusters[fact]):
                    continue
                if of_one_kind(number, fact) and clusters[number].may_join(clusters[fact]):
                    _absorb(clusters, merged, pending, number, fact, label, 30.0)
                    break

    # A source's one near lone sum, and the fact of other sources' sums it is near.
    told = lone()
    facts_of_sums = [
        number
        for number, cluster in enumerate(clusters)
        if number not in merged
        and len(cluster.values) >= 2
        and all(m in reads for m in cluster.members)
        and len({reads[m][:2] for m in cluster.members}) == 1
    ]
    for source, mine in sorted(told.items()):
        nearby: dict[int, list[int]] = defaultdict(list)  # lone fact -> facts it is near
        for fact in facts_of_sums:
            if fact in merged or source in clusters[fact].values:
                continue
            fact_sums = [reads[m] for m in clusters[fact].members]
            kind, unit = fact_sums[0][:2]
            fact_values = [ordered[m].value for m in clusters[fact].members]
            close = [
                number
                for number, (k, u, point) in mine
                if (k, u) == (kind, unit) and all(_within(point, r[2], ratio) for r in fact_sums)
            ]
            if len(close) > 1:
                # "$31.5 million" beside "$51.2 million" and "$63.4 million": the one alike
                close = [n for n in close if clusters[n].agrees(clusters[fact])]
            if len(close) != 1:
                continue
            if any(
                alike(ordered[i].value, v)
                for i in sums_of[source]
                if reads[i][0] == kind and i not in clusters[close[0]].members
                for v in fact_values
            ):
                continue  # the source tells the fact's sum elsewhere: this one is another thing
            nearby[close[0]].append(fact)
        for number, facts in sorted(nearby.items()):
            if len(facts) != 1 or number in merged:
                continue
            (fact,) = facts
            if agreeing and not all(
                compatible(ordered[m].value, ordered[n].value)
                for m in clusters[fact].members
                for n in clusters[number].members
            ):
                continue  # compatible as the judge reads them, in one unit
            if dissenting and all(
                alike(ordered[m].value, ordered[n].value)
                for m in clusters[fact].members
                for n in clusters[number].members
            ):
                continue  # the others' very value, worded apart: more often another thing's
            if of_one_kind(fact, number) and may_join(clusters[fact], clusters[number]):
                _absorb(clusters, merged, pending, fact, number, label, 30.0)


DISSENTING_COUNT = (
    "the one count a source tells near a count of the same people the others agree on"
)

# Counts of fewer are met in any sentence ("two officers", "three homes"): never joined so.
_MANY = 10.0
# Nouns of people, each of which a writer may use of one set, or set against "people": a
# count of passengers and a count of people may be one count; of passengers and of
# customers, only as "people" told once beside them.
_PEOPLE = frozenset(
    [
        "person",
        "passenger",
        "customer",
        "student",
        "pupil",
        "visitor",
        "patient",
        "employee",
        "fan",
        "spectator",
        "supporter",
        "attendee",
        "inmate",
        "voter",
        "guest",
        "rider",
        "commuter",
        "traveler",
        "participant",
        "member",
    ]
)


# A utility's customers are the homes it serves: "26,000 customers lost power" / "some
# 26,000 homes were dark". Read so only in a pass of their own (see
# _join_customers_as_homes), as "212 customers" of a ferry are its passengers.
_SERVED = "customer"
_DWELLINGS = "dwellings"


def _count_noun(claim: Claim, *, served_as_homes: bool = False) -> tuple[str, str] | None:
    """What a count counts: ("people", its noun) or (a family of things, its noun), or None.

    ``served_as_homes``: customers are counted as dwellings (see :data:`_SERVED`), and
    people of no other noun are not read.
    """
    value = claim.value
    if not isinstance(value, Quantity) or not value.unit:
        return None
    words = value.unit.replace("-", " ").split()
    head = lexicon.noun_token(words[-1])
    if served_as_homes and head == _SERVED:
        modifiers = {lexicon.lemma(w) for w in words[:-1]}
        # "4,700 residential customers"; not "business customers"
        return (_DWELLINGS, head) if modifiers <= _THING_FAMILIES[_DWELLINGS][2] else None
    if head in _PEOPLE and (head == "person" or head in claim.attribute_tokens):
        return None if served_as_homes else ("people", head)
    family_name = _thing_counted(claim)
    if family_name is None or family_name.startswith(("=", "#")):
        return None  # a noun of no family: what else each source counts is not read
    return family_name, head or ""


def _plain_count(
    claim: Claim, *, served_as_homes: bool = False
) -> tuple[str, str | None, float] | None:
    """A count of many people or things of one family, and the figure it prints, or None.

    Not a measure ("40 miles"), a reading, a vague, negated or contrastive count ("300 other
    homes"), a span of counts, nor a count of fewer than :data:`_MANY`.
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.kind != "count" or value.vague:
        return None
    if claim.negated or _contrastive(claim) or _measured(claim) or _a_span(value):
        return None
    noun = _count_noun(claim, served_as_homes=served_as_homes)
    point = _point(value)
    if noun is None or point is None or point < _MANY:
        return None
    return "count:" + noun[0], None, point


def _nouns_meet(a: Claim, b: Claim, *, served_as_homes: bool = False) -> bool:
    """Whether two counts of people name them alike: one noun, or "people" on one side."""
    noun_a = _count_noun(a, served_as_homes=served_as_homes)
    noun_b = _count_noun(b, served_as_homes=served_as_homes)
    if noun_a is None or noun_b is None or noun_a[0] != noun_b[0]:
        return False
    return noun_a[0] != "people" or "person" in (noun_a[1], noun_b[1]) or noun_a == noun_b


def _join_a_dissenting_count(
    ordered: list[Claim],
    clusters: list[_Cluster],
    _owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """Join the one count of people a source tells apart to the near count the others tell.

    "212 passengers were aboard" (a) and "nearly 220 people" (b) each stay apart, and "216
    customers" (c) too: what each counts is worded three ways. As for sums (see
    :func:`_join_a_dissenting_sum`), but only counts of many (:data:`_MANY`), of people
    named alike (see :func:`_nouns_meet`) or of one family of things (see
    :func:`_thing_counted`), within half as much again (:data:`_NEAR`), told of the same
    events ("90 people were hurt" is not "70 clinic visits") and marks ("~hospital").
    """
    reads = {i: read for i, c in enumerate(ordered) if (read := _plain_count(c)) is not None}
    _join_lone_values(
        ordered, clusters, merged, pending, reads, _NEAR, frozenset(), DISSENTING_COUNT, _nouns_meet
    )


DISSENTING_DAY = "the one day a source tells a happening on, a day off the others' day"
# A day told a day off the others' is the source's account of that day ("Friday evening" /
# "Saturday afternoon", "late Monday night" / "early Tuesday"); two days off is more often
# another happening's ("left port Thursday" / "docked Saturday").
_DAYS_OFF = 1


def _plain_day(claim: Claim) -> tuple[str, str | None, float] | None:
    """A known single day a claim dates a happening on, as a day's number, or None.

    Not a span of days, a month or a year, nor a day of a negated or contrastive claim.
    """
    value = claim.value
    if not isinstance(value, DateRange) or value.start is None or value.start != value.end:
        return None
    if value.granularity != "day" or claim.negated or _contrastive(claim):
        return None
    if claim.attribute_tokens and all(t == _TOLD for t in claim.attribute_tokens):
        return None  # "said today": the day of a telling, no account of the happening's
    return "day", None, float(value.start.toordinal())


def _day_told_of(_theirs: Claim, mine: Claim) -> bool:
    """Whether the dissenting day is told of a happening ("Monday" alone, or "said today", not)."""
    return any(t[:1].isalpha() and t != _TOLD for t in mine.attribute_tokens)


def _may_join_at_any_hour(fact: _Cluster, other: _Cluster) -> bool:
    """:meth:`_Cluster.may_join`, but for the hours each names ("Friday evening" / "Saturday")."""

    def dayless(cluster: _Cluster) -> _Cluster:
        return attrs.evolve(cluster, scopes={t for t in cluster.scopes if not t.startswith("^t:")})

    return dayless(fact).may_join(dayless(other))


def _join_a_dissenting_day(
    ordered: list[Claim],
    clusters: list[_Cluster],
    _owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """As :func:`_join_a_dissenting_sum`, for days at most :data:`_DAYS_OFF` apart.

    "the roof of the depot caved in Thursday night" (b) beside "the depot roof gave way on
    Friday" (a, c): b's one day of a happening, told apart from the others' because its verb
    is not theirs, is b's account of that day, here in conflict. Only a source that tells
    the others' day nowhere (but in a saying), whose one near day it is, near no other fact.
    """
    reads = {i: read for i, c in enumerate(ordered) if (read := _plain_day(c)) is not None}
    _join_lone_values(
        ordered,
        clusters,
        merged,
        pending,
        reads,
        1.0,
        frozenset(),
        DISSENTING_DAY,
        _day_told_of,
        apart=_DAYS_OFF,
        lone_pairs=False,
        dissenting=True,
        may_join=_may_join_at_any_hour,
    )


CUSTOMERS_AS_HOMES = "the customers a utility serves, and the homes the others count"


def _homes_meet(a: Claim, b: Claim) -> bool:
    return _nouns_meet(a, b, served_as_homes=True)


def _join_customers_as_homes(
    ordered: list[Claim],
    clusters: list[_Cluster],
    _owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """As :func:`_join_a_dissenting_count`, with customers read as the homes they live in.

    "About 26,000 customers lost power" (a, c) / "some 26,000 homes were dark" (b): the
    outage's one count. Only customers with no qualifier but a dwelling's ("residential
    customers"), against homes, households and their like (see :data:`_THING_FAMILIES`).
    """
    reads = {
        i: read
        for i, c in enumerate(ordered)
        if (read := _plain_count(c, served_as_homes=True)) is not None
    }
    _join_lone_values(
        ordered,
        clusters,
        merged,
        pending,
        reads,
        _NEAR,
        frozenset(),
        CUSTOMERS_AS_HOMES,
        _homes_meet,
    )


DISSENTING_MEASURE = "the one measure a source tells near a measure the others agree on"


def _plain_measure(claim: Claim) -> tuple[str, str | None, float] | None:
    """A measure's dimension and its printed figure in the dimension's base unit, or None.

    "three days" and "72 hours" are one span of time (see :func:`_measured`); not a vague,
    negated or contrastive measure, nor a span of measures ("20 to 22 months").
    """
    value = claim.value
    measured = _measured(claim)
    if measured is None or not isinstance(value, Quantity) or value.vague:
        return None
    if claim.negated or _contrastive(claim) or _a_span(value):
        return None
    point = _point(value)
    if point is None or point <= 0:
        return None
    return "measure:" + measured[0], None, point * measured[1]


def _join_a_dissenting_measure(
    ordered: list[Claim],
    clusters: list[_Cluster],
    _owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """As :func:`_join_a_dissenting_sum`, for measures of one dimension, within :data:`_NEAR`.

    "kept shut for at least 36 hours" (a, c) / "closed a day and a half" (b): one span. Only
    a like measure joins (never a conflict): a story tells many spans and lengths, and an
    unlike one is more often another's than a dissent.
    """
    reads = {i: read for i, c in enumerate(ordered) if (read := _plain_measure(c)) is not None}
    _join_lone_values(
        ordered,
        clusters,
        merged,
        pending,
        reads,
        _NEAR,
        frozenset(),
        DISSENTING_MEASURE,
        agreeing=True,
    )


HEADLINE_RESTATED = "a headline restating a figure of its own story"


def _told_once_exactly(claim: Claim) -> bool:
    """Whether a claim states one exact figure or one known date: not a vague "thousands"."""
    value = claim.value
    if isinstance(value, Quantity):
        return value.vague is None
    return isinstance(value, DateRange) and value.start is not None


def _join_headlines_restated(
    ordered: list[Claim],
    clusters: list[_Cluster],
    owners: list[int],
    merged: dict[int, int],
    pending: list[tuple[int, int, str, float]],
) -> None:
    """A fact of headlines only joins the one fact its sources' bodies state its figure in.

    "Board approves 4% rise" over "The board approved a 4% rise in fees": a headline's words
    are few and unlike the body's, so its figure often stays a fact of its own beside the
    body's. Only a fact all of whose claims are headlines' one exact figure (or known date),
    and only when exactly one other fact holds that figure, of the same kind, in the body of
    one of those sources: two such facts ("three years", "three defendants") leave it apart.
    A headline's plain count of people ("2 dead") meeting a body's count of a kind of people
    is :func:`_join_people_restated`'s, which runs earlier (before the like-clause join).
    """
    targets: dict[tuple[str, str], set[int]] = defaultdict(set)  # (source, family) -> facts
    for index, claim in enumerate(ordered):
        if claim.zone != "headline" and _told_once_exactly(claim):
            targets[claim.source_id, family(claim)].add(index)
    for number, cluster in enumerate(clusters):
        if number in merged:
            continue
        every = [ordered[i] for i in cluster.members]
        headlines = {c.source_id for c in every if c.zone == "headline"}
        claims = [c for c in every if c.source_id in headlines]
        if not claims or any(c.zone != "headline" or not _told_once_exactly(c) for c in claims):
            continue
        first = claims[0]
        if not all(
            family(c) == family(first) and _same_amount(c.value, first.value) for c in claims
        ):
            continue
        facts = {
            _live(owners[i], merged)
            for source in {c.source_id for c in claims}
            for i in targets[source, family(first)]
            if _same_amount(ordered[i].value, first.value)
        } - {number}
        if len(facts) == 1:
            (target,) = facts
            if len(claims) != len(every) and not clusters[target].agrees(cluster):
                continue  # beside other sources' claims, only a like value joins
            if clusters[target].may_join(cluster):
                _absorb(clusters, merged, pending, target, number, HEADLINE_RESTATED, 30.0)


_StoryJoin = Callable[
    [list[Claim], list[_Cluster], list[int], dict[int, int], list[tuple[int, int, str, float]]],
    None,
]
# The joins after the pairwise merges, in order; each sees the facts the last one left.
_STORY_JOINS: tuple[_StoryJoin, ...] = (
    _join_the_harm_day,  # the bare days of the story's harm join the fact that dates it
    _join_one_day_across_sources,  # a day each source tells once is one happening
    _join_the_leads_days,  # the one day two leads date is one happening
    _join_the_leads_harms,  # the harm each source's lead dates is one harm
    _join_bare_measures,  # a measure naming nothing but its unit joins the one it restates
    _join_bare_counts_told_once,  # "Four people" / "Three people": one count, each told once
    _join_things_counted_once,  # "40 rescuers" / "42 personnel": one family, each told once
    _join_bare_days_to_their_fact,  # "until Friday, Sept. 25" and the one fact of that day
    _join_a_source_on_both_sides,  # two facts one source's two values split are one
    _join_one_amount_per_source,  # a sum (or a bare year) each source tells once is one sum
    _join_a_dissenting_sum,  # a source's one sum apart, near the sum the others agree on
    _join_a_dissenting_count,  # a source's one count of people apart, near the others' count
    _join_customers_as_homes,  # "26,000 customers" / "some 26,000 homes": one count
    _join_a_dissenting_measure,  # a source's one measure apart, near the others' measure
    _join_a_dissenting_day,  # a source's one day of a happening apart, a day off the others'
    _join_beside_one_fact,  # an amount that says nothing of itself, beside the same fact
    _join_people_restated,  # a headline's count of people restating its source's own
    _join_like_clauses,  # one value worded by each source in like clauses
    _join_a_dissenting_sum,  # again, beside the facts like clauses joined
    _join_an_age_described_to_the_one_named,  # "a 37-year-old woman" / "Ann Vell, 36"
    _join_headlines_restated,  # a headline's figure and the one body fact stating it
)


# The most distinct attributes one block may hold and have its pairs scored (step 2 of
# group_claims). A news story's largest block holds 35 (gvc-dev, all its articles together);
# a block of hundreds is a long log of one kind of figure ("on March 3", "on March 4", ...),
# whose pairs would cost the square of its length: such a block is left to exact joins.
# See docs/performance.md, "One long article (branch lin30)".
_BLOCK_KEYS = 200


def _scaled_point(value: Value) -> float | None:
    """The figure :func:`alike` compares a value by, in its dimension's base unit, or None.

    None when :func:`alike` may hold whatever the figure (a vague count, a date, a name) or
    when the figure is zero, negative or not finite (those are compared one by one).
    """
    if not isinstance(value, Quantity) or value.vague:
        return None
    low, high = value.low, value.high
    point = (low + high) / 2 if low is not None and high is not None else low or high
    if point is None:
        return None
    unit = unit_of(value)
    point *= unit[1] if unit else 1.0
    return point if point > 0 and math.isfinite(point) else None


# Days of a bucket of resolved dates in :class:`_OneSourceIndex`; a date spanning more is
# always looked at, and one looked for that spans more than a year is looked for in all.
_DAYS = 32


def _anchor_bucket(value: Value) -> tuple[str, int] | None:
    """The bucket a cluster whose first value of the source is ``value`` is kept in, or None."""
    if isinstance(value, DateRange):
        if value.start is None or value.end is None:
            return None
        if (value.end - value.start).days > _DAYS:
            return None
        return ("date", value.start.toordinal() // _DAYS)
    point = _scaled_point(value)
    return None if point is None else ("figure", math.floor(math.log(point) / _BUCKET))


def _near_buckets(value: Value) -> list[tuple[str, int]] | None:
    """The buckets whose clusters a claim of ``value`` may be :func:`alike`; None for all.

    A figure is alike only figures within :data:`_ALIKE` of it (two buckets either side, for
    rounding); a resolved date only dates that overlap it, which start at most
    :data:`_DAYS` days before it when they span no more (longer ones are always looked at).
    A figure is never alike a date, nor a date a figure.
    """
    if isinstance(value, DateRange):
        if value.start is None or value.end is None or (value.end - value.start).days > 366:
            return None
        first = (value.start.toordinal() - _DAYS) // _DAYS
        return [("date", b) for b in range(first - 1, value.end.toordinal() // _DAYS + 2)]
    point = _scaled_point(value)
    if point is None:
        return None
    near = math.floor(math.log(point) / _BUCKET)
    return [("figure", b) for b in range(near - 2, near + 3)]


# Width of a bucket of :class:`_OneSourceIndex`, in log units: two figures alike (within
# :data:`_ALIKE` of the larger) are at most one bucket apart; two more are looked in for
# rounding.
_BUCKET = -math.log(1 - _ALIKE)


class _OneSourceIndex:
    """The clusters of one attribute a claim of the source being grouped may join, found fast.

    A claim joins a cluster that holds its source only when it is :func:`alike` every value
    of that source there, so only when its figure is within :data:`_ALIKE` of the first such
    value (the cluster's anchor). Clusters are kept by their anchor's figure in buckets of
    :data:`_BUCKET` log units; those that hold no value of the source, or whose first value
    has no figure, are always looked at. :meth:`candidates` gives a superset of the clusters
    :meth:`_Cluster.may_join` accepts, in the attribute's order, so step 1 of
    :func:`group_claims` picks the same cluster as a scan of all of them would, without
    looking at every earlier figure of a long article (made-up example: a 3,000-paragraph
    log with a "cars towed" count in each paragraph).
    """

    def __init__(self, clusters: list[int]) -> None:
        self.others = dict.fromkeys(clusters)  # none of the source's values yet, in order
        self.loose: list[int] = []  # the source's first value has no figure
        self.buckets: dict[tuple[str, int], list[int]] = defaultdict(list)
        self.anchored: set[int] = set()

    def candidates(self, value: Value) -> list[int] | None:
        """The clusters to look at for a claim of this value, in order; None for all."""
        near = _near_buckets(value)
        if near is None:
            return None
        found = [*self.others, *self.loose]
        for bucket in near:
            found.extend(self.buckets.get(bucket, ()))
        return sorted(found)

    def add(self, cluster: int, value: Value) -> None:
        """Record that ``cluster`` now holds ``value`` of the source (new, or joined)."""
        if cluster in self.anchored:
            return  # its first value of the source stays its anchor
        self.anchored.add(cluster)
        self.others.pop(cluster, None)
        bucket = _anchor_bucket(value)
        if bucket is None:
            self.loose.append(cluster)
        else:
            self.buckets[bucket].append(cluster)


# The most figures of one thing one source may attribute and still be read for sides: more
# are a log of one kind of figure, not two speakers set against each other (and their pairs
# would cost the square of their number).
_SIDES_TOLD = 8


def _speaker_words(name: str) -> tuple[str, ...]:
    """A speaker's words as :func:`_same_speaker` compares them: folded, "the" left out.

    "Organizers" and "the organisers" are one word, "organiser" (the spelling in -iz- is
    the one in -is-, and a plural its singular).
    """
    words = "".join(c if c.isalnum() else " " for c in name.casefold()).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return tuple(w.replace("iz", "is").removesuffix("s") for w in words)


def _same_speaker(a: str, b: str) -> bool:
    """Whether two tellers are one, as a source's name index ties them.

    The same words, or a lone word that ends the longer name: "Vale" is "Ann Vale" (a
    surname), "police" is "harbour police". "The sheriff's office" is not "police".
    """
    wa, wb = _speaker_words(a), _speaker_words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return short == long_ or (len(short) == 1 and short[0] == long_[-1])


def _sided_key(claim: Claim) -> tuple[str, str, frozenset[str]]:
    """The attribute a side's figure is of: :func:`_key` without the marks that keep apart."""
    tokens = frozenset(t for t in _tokens(claim) if not t.startswith("^"))
    return (family(claim), _subject_key(claim), tokens)


def _sides_told(ordered: list[Claim]) -> list[str | None]:
    """Per claim, the side whose figure it is, where the story has sides; else None.

    A story has sides of an attribute when one source gives two figures of it, not alike,
    told by two speakers ("police put the crowd at 3,000, while organisers put it at
    10,000"; made up). A claim of that attribute is then of the side whose speaker tells
    it (see :func:`_same_speaker`): police's figure in another account is police's, and
    meets police's, not the organisers'. A claim told by no one, or by a speaker who is
    neither side ("the sheriff's office said"), is of no side and joins as before. With no
    sides the list is empty.
    """
    told: dict[tuple[str, tuple[str, str, frozenset[str]]], list[Claim]] = defaultdict(list)
    for claim in ordered:
        if claim.attributed_to and comparable(claim) and isinstance(claim.value, Quantity):
            told[claim.source_id, _sided_key(claim)].append(claim)
    sides: dict[tuple[str, str, frozenset[str]], list[str]] = defaultdict(list)
    for (_source, key), claims in told.items():
        if len(claims) > _SIDES_TOLD:
            continue
        for a, b in itertools.combinations(claims, 2):
            speakers = (str(a.attributed_to), str(b.attributed_to))
            if _same_speaker(*speakers) or alike(a.value, b.value) or not _one_wording(a, b):
                continue
            for speaker in speakers:
                if not any(_same_speaker(speaker, s) for s in sides[key]):
                    sides[key].append(speaker)
    if not sides:
        return []
    return [_side_of(claim, sides.get(_sided_key(claim), [])) for claim in ordered]


def _one_wording(a: Claim, b: Claim) -> bool:
    """Whether two figures of one source are worded alike: of one thing, not two.

    "Officials said 4,000 gallons spilled" and "police said the truck was hauling 6,000
    gallons" (made up) are two things of one unit, not two sides' figures of one.
    """
    return (a.attribute or "").casefold() == (b.attribute or "").casefold()


def _side_of(claim: Claim, sides: list[str]) -> str | None:
    """The one side among ``sides`` whose speaker tells ``claim``, or None."""
    if not claim.attributed_to or not comparable(claim):
        return None
    found = [s for s in sides if _same_speaker(s, claim.attributed_to)]
    return found[0] if len(found) == 1 else None


def _two_sides(side: list[str | None], *members: list[int]) -> bool:
    """Whether the claims ``members`` hold figures of two sides (see :func:`_sides_told`)."""
    if not side:
        return False
    return len({side[i] for group in members for i in group} - {None}) > 1


def group_claims(claims: Iterable[Claim], settings: Settings) -> list[Group]:
    """Cluster claims into groups about one thing each; every claim lands in exactly one group.

    The result does not depend on the order of ``claims``: they are sorted by
    source id and offset first, and pairs are merged by score, then position.
    Claims with the same normalised attribute are merged first (no pairwise
    scoring needed); only distinct attributes within a block are scored
    against each other, which keeps the cost near-linear in the claims.
    """
    ordered = sorted(claims, key=_order)
    clusters: list[_Cluster] = []
    owner: list[int] = []  # claim index -> cluster index (follow `merged` to the live one)
    merged: dict[int, int] = {}
    pending: list[tuple[int, int, str, float]] = []  # links: claim i, claim j, label, score

    def live(c: int) -> int:
        while c in merged:
            c = merged[c]
        return c

    # 1. The same attribute: join each claim to the first cluster of its key it may join.
    side = _sides_told(ordered)  # police's figure meets police's, the organisers' theirs
    by_key: dict[tuple[str, str, frozenset[str]], list[int]] = defaultdict(list)
    index_of: dict[tuple[str, str, frozenset[str]], _OneSourceIndex] = {}  # this source's
    for index, claim in enumerate(ordered):
        scopes = {t for t in claim.attribute_tokens if t.startswith("^")} | _told_when(claim)
        scopes.add(_held_apart(claim))
        single = _Cluster([index], {claim.source_id: [claim.value]}, scopes)
        day, happenings = _one_day(claim), _happenings_told(claim)
        if day is not None and happenings:
            single.happened[claim.source_id, day] = {happenings}
        target = None
        key = _key(claim) if comparable(claim) else None
        if index and claim.source_id != ordered[index - 1].source_id:
            index_of.clear()  # claims come source by source
        if key is not None and key not in index_of:
            index_of[key] = _OneSourceIndex(by_key[key])
        if key is not None and not _headline_count(claim):
            # A cluster that states a like value first: "Three pupils" of one source joins
            # another's "three pupils", not its "12 pupils" stated before them.
            near = index_of[key].candidates(claim.value)
            open_ = [
                c
                for c in (by_key[key] if near is None else near)
                if clusters[c].may_join(single)
                and not _far_apart(claim, clusters[c])
                and not _dates_apart(claim, clusters[c], ordered)
                and not _two_sides(side, clusters[c].members, [index])
            ]
            target = next((c for c in open_ if clusters[c].states_alike(claim.value)), None)
            if target is None and open_ and isinstance(claim.value, Quantity):
                target = _closest_told(claim, [(c, clusters[c].members) for c in open_], ordered)
            target = open_[0] if target is None and open_ else target
        if target is None:
            clusters.append(single)
            owner.append(len(clusters) - 1)
            if key is not None:
                by_key[key].append(len(clusters) - 1)
                index_of[key].add(len(clusters) - 1, claim.value)
        else:
            if key is not None:
                index_of[key].add(target, claim.value)
            pending.append((clusters[target].members[0], index, "exact attribute", 100.0))
            clusters[target].absorb(single)
            owner.append(target)

    # 2. Different attributes in one block: score key pairs once, then merge best first.
    blocks: dict[tuple[str, str], list[tuple[str, str, frozenset[str]]]] = defaultdict(list)
    for key, members in by_key.items():
        for block in block_keys(ordered[clusters[members[0]].members[0]]):
            blocks[block].append(key)
    candidates: list[tuple[float, int, int, str]] = []
    scored: set[tuple[tuple[str, str, frozenset[str]], ...]] = set()
    for keys in blocks.values():
        if len(keys) > _BLOCK_KEYS:
            continue  # scoring its pairs would be quadratic; its keys join by exact attribute
        keys.sort(key=lambda k: (k[0], k[1], sorted(k[2])))
        for x, key_a in enumerate(keys):
            for key_b in keys[x + 1 :]:
                if (key_a, key_b) in scored:
                    continue  # a count of an event is in its nouns' blocks too
                scored.add((key_a, key_b))
                a = ordered[clusters[by_key[key_a][0]].members[0]]
                b = ordered[clusters[by_key[key_b][0]].members[0]]
                level = _level(a, b, settings)
                if level is None:
                    continue
                candidates.extend(
                    (-level[1], min(ca, cb), max(ca, cb), level[0])
                    for ca in by_key[key_a]
                    for cb in by_key[key_b]
                )
    candidates.sort()
    once = _counted_once(ordered)
    parts = _parts_of_wholes(ordered)
    for negative_score, ca, cb, label in candidates:
        ra, rb = live(ca), live(cb)
        if ra == rb or not clusters[ra].may_join(clusters[rb]):
            continue
        if _two_sides(side, clusters[ra].members, clusters[rb].members):
            continue  # two sides' figures: each meets its own side's
        if _part_beside_its_whole(ordered, parts, clusters[ra], clusters[rb]):
            continue  # "3,140 of its 6,250 workers" / "employs 6,250"
        if isinstance(ordered[clusters[rb].members[0]].value, DateRange) and any(
            _dates_apart(ordered[i], clusters[ra], ordered) for i in clusters[rb].members
        ):
            continue  # a year and a day of no year, or two words of a family, days apart
        if label == ANOTHER_VERB and _one_source_two_measures(clusters[ra], clusters[rb]):
            continue  # "reached 31 feet" / "above 25 feet" in one account
        if label.endswith(RESTATED):
            if not clusters[ra].restates(clusters[rb]):
                continue
        elif not clusters[ra].gate_passed(clusters[rb], label):
            if label != EVENT_ASIDE or not _each_counts_once(
                ordered, clusters[ra], clusters[rb], once
            ):
                continue
            label = COUNTED_ONCE  # noqa: PLW2901 - the join rests on the story, not the words
        if ra > rb:
            ra, rb = rb, ra
        pending.append((clusters[ca].members[0], clusters[cb].members[0], label, -negative_score))
        clusters[ra].absorb(clusters[rb])
        merged[rb] = ra

    # 2b-2h. Joins that rest on the story, each pass after the last one's merges.
    for join in _STORY_JOINS:
        join(ordered, clusters, [live(c) for c in owner], merged, pending)

    # 3. Groups in a stable order, links re-indexed to each group's claims.
    links_of: dict[int, list[tuple[int, int, str, float]]] = defaultdict(list)
    for link in pending:
        links_of[live(owner[link[0]])].append(link)
    groups = []
    for number, cluster in enumerate(clusters):
        if number in merged:
            continue
        members = sorted(cluster.members)
        position = {index: n for n, index in enumerate(members)}
        group_links = tuple(
            Link(min(position[i], position[j]), max(position[i], position[j]), label, score)
            for i, j, label, score in sorted(links_of[number])
        )
        groups.append(Group(tuple(ordered[i] for i in members), group_links))
    groups.sort(key=lambda g: _order(g.claims[0]))
    return groups
