"""Implicit counts: how many people a sentence counts without writing a numeral.

Local news states most small numbers this way: "a man was shot and killed" (one),
"killing a 13-year-old boy" (one), "two men and a woman were wounded" (three), "the
couple" (two), "no one else was hurt" (none). :func:`find_implicit_counts` finds these
in one pass over the tokens of a stretch of text, in linear time.

When a noun phrase counts
    Only as the subject or the object of a casualty or event verb in its own clause:
    killed, died, dead, shot, wounded, injured, hurt, hospitalized, stabbed, struck,
    arrested, charged, detained, taken into custody, rescued, missing, evacuated, and
    the phrases "pronounced dead", "found dead", "taken to a hospital", "in critical
    condition", "suffered a gunshot wound". "A man walked into the store" counts
    nothing. A subject counts when the verb is passive ("a man was shot"),
    intransitive ("a man died", "a man is dead"), a reduced relative or headline
    ("Man shot in Northside", "a man shot in the leg"), reflexive ("a boy shot
    himself") or in a relative clause ("a man who was shot"); the subject of an active
    verb with an object is the agent, not a victim ("a man shot a woman" counts the
    woman). An object counts after an active verb ("killing a man", "police arrested
    a woman"), after an event noun and "of" ("the shooting of a teen"), and between
    "left"/"found" and a state ("left a teen dead"), and before "to the hospital" after
    "sent". A modifier may state the event itself ("the slain teen", "an injured
    woman"), and so may an elliptical clause ("three were shot, one fatally"). A noun
    phrase after "by" is an agent and never counts. A negated or hypothetical verb
    ("was not hurt", "could have killed", "tried to shoot") counts nothing, and nor
    does a qualified zero ("no one was seriously hurt": others may have been).

What counts as what
    =========================================  =====  ==============================
    phrase                                     count  unit
    =========================================  =====  ==============================
    a / an / the / this / his ... + person     1      "man", "13-year-old boy"
    another + person; the other + person       1      "another man", "other man"
    bare capitalised person opening a clause   1      "Man" (headlines: "Man shot")
    he / she (subject), him / her (object)     1      "he", "her"
    one (no noun: "one died", "killing one")   1      "one"
    a person's name (``names=True``)           1      "Michael Harmon"
    the couple, a pair, twins, twin brothers   2      "couple", "twins", "twin brothers"
    a pair of X, a trio of X                   2, 3   "X" (as for "a couple of X")
    both, both victims                         2      "both", "victims"
    X and Y, X, Y and Z (coordinated people)   sum    "two men and a woman"
    no one, nobody                             0      "people"
    none                                       0      "none"
    no one else, nobody else                   0      "one else", "nobody else"
    no (other) injuries / deaths / arrests     0      "injuries", "other injuries"
    no (other) officers (+ event verb)         0      "officers", "other officers"
    =========================================  =====  ==============================

    Every count is a :class:`~reconcile.model.Quantity` of kind ``count`` with
    ``low == high``, ``precision`` 1 and ``approximate`` False. Its unit is the noun
    phrase as printed (whitespace collapsed) less a leading determiner ("a", "an",
    "the", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "my", "your", "both", "no"). "another" and "other" stay: they say the people
    counted are others than those counted before. Likewise a unit ending in "else"
    ("one else") counts people besides those already counted: "no one else was hurt"
    is zero more, not zero in all. A coordination keeps who is counted: "the gunman
    and two victims died" is 3 with unit "gunman and two victims".

Coordination and explicit numbers
    A coordination is counted whole when at least one of its parts is implicit: "two
    men and a woman" is one count of 3, whose span covers the coordination. Its
    explicit parts ("two men") were already found by
    :func:`~reconcile.extract.numbers.find_quantities` and are passed in ``taken``; a
    coordinated span may contain taken spans (its explicit parts and ages such as
    ", 25,"), and the caller drops the explicit counts that lie inside an implicit
    span: the total replaces its parts. A coordination of explicit parts only ("four
    French nationals and two Belgian nationals") is not counted here: each part
    is its own claim. Any other overlap with a taken span rules a count out, so
    "a couple of men" (explicit) is not counted again as "a couple".

Names
    With ``names=True`` (the default) a person's name counts one: two or more
    capitalised words ("Michael Harmon", "C.J. Conrad", "Vincent Holt Jr.", with a
    quoted nickname), or one inside a clause ("killing Pitts"); one word opening a
    clause counts only with an age after it ("Lamar, 16, was shot"), as it may be
    any word ("Authorities were called"). Days, months, institutions ("... Hospital")
    and words after "of"/"in" (places) are no names.

What is not counted here
    Explicit numbers ("one person died", "all three", "two of the victims"),
    partitives ("one of the victims"), and plurals of unknown size ("the victims",
    "they").

The event
    Each count is read under an event ("killed", "injured", "shot", "arrested",
    "charged", "indicted", "rescued", "missing", "evacuated"), but a Quantity has no
    place for it: ``claims.py`` finds the verb again. :func:`count_event` gives this
    module's reading of any count's clause, explicit counts too, for ``claims.py``.
"""

from __future__ import annotations

import bisect
import operator
import re
from itertools import compress, repeat
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from reconcile.extract._numwords import SMALL
from reconcile.model import Quantity

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "count_event",
    "count_events",
    "find_implicit_counts",
    "is_plural_person",
    "is_singular_person",
]

# --- tokens -------------------------------------------------------------------------------

# Words (letters and digits, with inner hyphens and apostrophes: "13-year-old", "man's"),
# newlines, and single marks. Each repetition needs a separator, so nothing backtracks.
_TOKEN: Final = re.compile(r"[^\W_]+(?:[-\u2010'\u2019][^\W_]+)*|\n|[^\w\s]")
_BOUNDARY: Final = frozenset(".!?;:\n")
_EXPLICIT: Final = operator.attrgetter("explicit")
_APPOSITION_MARKS: Final = frozenset((",", "(", "\u2014", "\u2013", "--"))
_CLOSING: Final = MappingProxyType({",": ",", "(": ")", "\u2014": "\u2014", "\u2013": "\u2013"})
_QUOTES: Final = frozenset("\"'\u201c\u201d\u2018\u2019")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- lexicons: ordinary English -----------------------------------------------------------

# Nouns for people, singular. The plural is the word plus "s" unless _PLURALS says otherwise.
_PERSON: Final = _words(
    "man woman boy girl teen teenager child kid baby infant toddler newborn youth juvenile"
    " minor adult person individual male female gentleman lady guy victim suspect gunman"
    " shooter assailant attacker robber burglar intruder carjacker gunwoman driver"
    " passenger pedestrian motorist cyclist bicyclist motorcyclist rider bystander"
    " officer deputy trooper agent detective sergeant lieutenant corporal patrolman"
    " policeman policewoman firefighter paramedic guard bouncer soldier veteran resident"
    " homeowner tenant landlord neighbor neighbour roommate student classmate teacher"
    " worker employee coworker co-worker customer clerk cashier owner manager shopper"
    " patron clubgoer partygoer concertgoer jogger hunter inmate prisoner hostage patient"
    " nurse doctor pastor priest mother father mom dad parent son daughter brother"
    " sister sibling husband wife spouse partner boyfriend girlfriend fiance fiancee"
    " fiancé fiancée ex-wife ex-husband ex-boyfriend ex-girlfriend grandmother"
    " grandfather grandma grandpa grandparent grandson granddaughter grandchild uncle"
    " aunt nephew niece cousin relative stepfather stepmother stepson stepdaughter"
    " stepbrother stepsister stepchild friend acquaintance stranger freshman sophomore"
    " occupant visitor tourist pilot trucker mourner boss employer supervisor coach"
    " bartender waiter waitress janitor mechanic farmer rancher miner worshipper spectator"
    " player athlete hiker camper fisherman commuter traveler guest caregiver babysitter"
    " nanny lawyer attorney witness"
)
_PLURALS: Final = MappingProxyType(
    {
        "man": "men",
        "woman": "women",
        "child": "children",
        "person": "people",
        "gentleman": "gentlemen",
        "lady": "ladies",
        "gunman": "gunmen",
        "gunwoman": "gunwomen",
        "policeman": "policemen",
        "policewoman": "policewomen",
        "patrolman": "patrolmen",
        "fisherman": "fishermen",
        "witness": "witnesses",
        "wife": "wives",
        "ex-wife": "ex-wives",
        "baby": "babies",
        "youth": "youths",
        "freshman": "freshmen",
        "grandchild": "grandchildren",
        "stepchild": "stepchildren",
        "deputy": "deputies",
        "fiance": "fiances",
    }
)
_PERSON_PLURAL: Final = frozenset(_PLURALS.get(w, w + "s") for w in _PERSON) | _words("persons")
_AGE_HEAD: Final = re.compile(
    r"[^\W_]+(?:-[^\W_]+)?-(?:years?|months?|weeks?|days?)-olds?|[^\W_]+-graders?"
)

# Nouns that count a fixed number of people.
_COLLECTIVE: Final = MappingProxyType({"couple": 2, "pair": 2, "trio": 3, "twins": 2})

_DET_ONE: Final = _words("a an")
_DET_DEF: Final = _words("the this that")
_POSSESSIVE: Final = _words("his her their its our my your")
_DETERMINERS: Final = _DET_ONE | _DET_DEF | _POSSESSIVE | _words("these those both no")
_NUMBER_WORDS: Final = MappingProxyType({w: v for w, v in SMALL.items() if 1 <= v <= 20})

_PREPOSITIONS: Final = _words(
    "of in at to for from by with on into onto over under about after before during since"
    " through against among amid between per via within without near toward towards upon"
    " around behind beyond despite inside outside like including across off"
)
_CONJUNCTIONS: Final = _words(
    "and or but nor yet so while whereas although though because if when where as than"
    " whether until unless once"
)
_PRONOUNS: Final = _words(
    "he she it they we i you him them us me hers himself herself itself themselves"
    " someone somebody anyone anybody everyone everybody nobody none one"
    # "I'm scared," "they're hurt": a speaker in a quote, never a name
    " i'm i'd i've i'll we're we'd we've you're you'd you've they're they'd they've"
)
_RELATIVES: Final = _words("who whom whose which that")
_PERSONAL: Final = _words("he she they him her them")
_BE: Final = _words(
    "is are was were be been being am remain remains remained remaining get gets got"
    " getting gotten became become becomes lay lies lie lying"
)
_HAVE: Final = _words("has have had having")
_MODALS: Final = _words(
    "could would might should may must can shall will to cannot couldn't wouldn't can't"
)
_NEGATIONS: Final = _words(
    "not never n't no isn't aren't wasn't weren't hasn't haven't hadn't didn't doesn't don't won't"
)
_CLAUSE_WORDS: Final = _BE | _HAVE | _MODALS | _NEGATIONS | _RELATIVES
_ADVERBS: Final = _words(
    "also later then both all each allegedly reportedly apparently reportedly eventually"
    " subsequently still just previously initially already since ultimately soon"
    " instantly immediately nearly almost now too either once twice again only"
)
# Capitalised words that are no one's name.
_NAME_STOP: Final = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur"
    " thurs fri sat sun january february march april may june july august september"
    " october november december jan feb mar apr jun jul aug sep sept oct nov dec"
    " christmas easter thanksgiving halloween god police authorities officials"
    " investigators prosecutors detectives deputies troopers witnesses residents"
    " neighbors family friends relatives everyone someone anyone update updated breaking"
    " photo photos video image click related read watch copyright news press staff"
    " reporter editor several many some most all other others there here please"
    " according mr mrs ms dr hospital center centre clinic department office school"
    " university college academy church park street avenue road boulevard drive lane"
    " highway county city state club bar lounge store market mall apartments inc company"
    " corp court jail prison station"
)
_PLACE_PREPOSITIONS: Final = _PREPOSITIONS - _words("after before since like")
_NAME_ABBR: Final = _words("jr sr st dr mr mrs ms lt sgt det")
_NAME_PARTICLES: Final = _words("de del della da di van von la le bin al")
_ONE_PRECEDERS: Final = _words(
    "the this that each every any which no only another no-one someone anyone everyone at as than"
)
_TIME_WORDS: Final = _words(
    "this last next early late overnight yesterday today tonight earlier later"
)
_MANY: Final = _words("multiple several numerous many more")
# Verbs that tell what others say happened: "a boy who police say was shot".
_TELLS: Final = _words("say says said believe believes believed think thinks thought")
_DAY_PARTS: Final = _words(
    "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night"
)
# What the shot who lived did: "was shot but survived", "and is expected to survive".
_SURVIVED: Final = _words("survived survives lived recovered")
_SURVIVE: Final = _words("survive live recover")
_REFLEXIVES: Final = _words("himself herself itself themselves oneself myself yourself")
# Words that cannot stand between a determiner and its head noun.
_MOD_STOP: Final = (
    _PREPOSITIONS
    | _CONJUNCTIONS
    | _PRONOUNS
    | _RELATIVES
    | _BE
    | _HAVE
    | _MODALS
    | _NEGATIONS
    | _DETERMINERS
    | _words("another other said says told say not than")
)

# Verb forms after a subject: the event each names. "Transitive" ones have an agent
# reading when active ("a man shot a woman"); "intransitive" ones never do.
_PASSIVE_EVENTS: Final = MappingProxyType(
    {
        **dict.fromkeys(_words("killed slain murdered executed massacred"), "killed"),
        **dict.fromkeys(_words("shot struck hit gunned"), "shot"),
        **dict.fromkeys(_words("stabbed"), "injured"),
        **dict.fromkeys(_words("wounded injured hurt hospitalized hospitalised grazed"), "injured"),
        **dict.fromkeys(_words("arrested detained apprehended jailed booked"), "arrested"),
        **dict.fromkeys(_words("charged"), "charged"),
        **dict.fromkeys(_words("indicted"), "indicted"),
        **dict.fromkeys(_words("rescued"), "rescued"),
        **dict.fromkeys(_words("evacuated"), "evacuated"),
    }
)
_INTRANSITIVE_EVENTS: Final = MappingProxyType(
    {
        **dict.fromkeys(_words("died dies dead deceased succumbed"), "killed"),
        **dict.fromkeys(_words("missing"), "missing"),
    }
)
# Active forms before an object: "killing a man", "police arrested a woman".
_ACTIVE_EVENTS: Final = MappingProxyType(
    {
        **dict.fromkeys(
            _words("killed killing kills murdered murdering slew executed massacred"), "killed"
        ),
        **dict.fromkeys(_words("shot shooting shoots struck striking hit hitting"), "shot"),
        **dict.fromkeys(_words("stabbed stabbing stabs"), "injured"),
        **dict.fromkeys(
            _words("wounded wounding wounds injured injuring injures hurt hurting"), "injured"
        ),
        **dict.fromkeys(_words("arrested arresting arrests detained detaining"), "arrested"),
        **dict.fromkeys(_words("charged charging charges"), "charged"),
        **dict.fromkeys(_words("indicted indicting indicts"), "indicted"),
        **dict.fromkeys(_words("rescued rescuing rescues"), "rescued"),
        **dict.fromkeys(_words("evacuated evacuating"), "evacuated"),
    }
)
# Nouns of an event, before "of" and the person it befell: "the shooting of a teen".
_EVENT_NOUNS: Final = MappingProxyType(
    {
        **dict.fromkeys(_words("death killing murder slaying homicide"), "killed"),
        **dict.fromkeys(_words("shooting"), "shot"),
        **dict.fromkeys(_words("stabbing"), "injured"),
        **dict.fromkeys(_words("wounding"), "injured"),
        **dict.fromkeys(_words("arrest"), "arrested"),
        **dict.fromkeys(_words("rescue"), "rescued"),
        **dict.fromkeys(_words("disappearance"), "missing"),
    }
)
# Nouns of an event that "no" counts by themselves: "no injuries were reported".
_ZERO_EVENT_NOUNS: Final = MappingProxyType(
    {
        **dict.fromkeys(_words("death deaths fatality fatalities"), "killed"),
        **dict.fromkeys(_words("injury injuries casualty casualties"), "injured"),
        **dict.fromkeys(_words("arrest arrests"), "arrested"),
    }
)
# What "left a teen dead" / "found a man shot" puts its object in.
_STATES: Final = MappingProxyType(
    {**_PASSIVE_EVENTS, **dict.fromkeys(_words("dead"), "killed"), "missing": "missing"}
)
# Modifiers that state what befell a person: "the slain teen", "a wounded man".
_MODIFIER_EVENTS: Final = MappingProxyType(
    {
        **dict.fromkeys(_words("slain murdered dead deceased"), "killed"),
        **dict.fromkeys(_words("injured wounded hospitalized hospitalised"), "injured"),
        "missing": "missing",
    }
)
_LEAVE_FIND: Final = _words("left leaving leaves leave found finding finds")
# Verbs that, passive and with "alive" after them, tell of a rescue, as "taken" and
# "brought" do: "were pulled alive from the rubble".
_PULLED: Final = _words("pulled lifted hoisted dug freed led")
_HOSPITAL_VERBS: Final = _words(
    "taken rushed transported transferred airlifted flown driven brought admitted treated"
    " sent carried went"
)
# Words that say a place a count was taken to is a hospital: "rushed to Elm Medical Center".
_HOSPITAL_WORDS: Final = _words("hospital hospitals trauma er icu hospitalized")
_CENTRES: Final = _words("center centre")
# Verbs of arriving somewhere, with what the person has: "came in with a gunshot wound".
_ARRIVED: Final = _words("came comes arrived arrives showed walked")
# How far after "taken" the place a person was taken to may name a hospital.
_TAKEN_REACH: Final = 11
# Verbs that list the state a person is in: "four were listed in guarded condition".
_LISTED: Final = _words("listed reported remain remains remained")
_CONDITIONS: Final = _words(
    "critical serious stable fair grave good guarded life-threatening satisfactory"
)
# Conditions that stand alone after a count of people: "3 critical", "four remain stable".
_STATE_WORDS: Final = _words("critical serious stable grave guarded satisfactory")
_STATE_ENDS: Final = _words("and condition in after following")  # "3 critical in fire"
_WOUND_NOUNS: Final = _words("wound wounds injury injuries")
_SUFFER: Final = _words("suffered suffering suffers sustained sustaining sustains received")
_HAD_DETERMINERS: Final = _DET_ONE | _POSSESSIVE  # "had a gunshot wound", "has his wounds"
_COMPARATIVES: Final = _words("more most less least worse worst")
_FATAL: Final = _words("fatally mortally lethally")
_DEGREE: Final = _words("critically seriously badly gravely severely slightly minorly")
# Which of two events of one verb chain says more: "shot and killed" is a killing.
_RANK: Final = MappingProxyType({"killed": 3, "injured": 2, "shot": 1, "charged": 1, "arrested": 1})
# Every word an event is read from: a count is found only with an event (_count_at), and
# each event comes from one of these tokens of the sentence: a verb or state of the lists
# above (_event_at, _as_object, _state_after, _chain, _elliptic, _modified), an event noun
# before "of" in the singular or plural ("the shootings of"), a zero event noun ("no
# injuries"), an adverb of death, a condition ("in critical condition"), a wound, or the
# words of _event_at's and _as_object's phrases ("taken to the hospital", "in custody",
# "passed away"). A sentence holding none of them gives no count: _find stops at once.
_EVENT_WORDS: Final = (
    frozenset(_PASSIVE_EVENTS)
    | frozenset(_INTRANSITIVE_EVENTS)
    | frozenset(_ACTIVE_EVENTS)
    | frozenset(_EVENT_NOUNS)
    | frozenset(noun + "s" for noun in _EVENT_NOUNS)
    | frozenset(_ZERO_EVENT_NOUNS)
    | frozenset(_STATES)
    | frozenset(_MODIFIER_EVENTS)
    | _FATAL
    | _CONDITIONS
    | _WOUND_NOUNS
    | _words("hospital hospitals trauma er icu hospitalized custody away dead deceased medical")
)

# A cheap test that a span may hold an event word, before it is tokenized. A token is
# lowercased (and its curly apostrophes and Unicode hyphens straightened) character by
# character, and a token's neighbours are no letters, so a token that is an event word of
# ASCII letters is a whole run of ASCII letters of the lowercased span; one of the
# hyphenated event words ("life-threatening") leaves each of its parts as such a run. A
# span with no run of these has no event word: most sentences of news text.
_EVENT_RUNS: Final = frozenset(part for word in _EVENT_WORDS for part in re.split("[-']", word))
_ASCII_RUNS: Final = re.compile("[a-z]+")


def _may_hold_event(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a token of _EVENT_WORDS (False: it holds none)."""
    return not _EVENT_RUNS.isdisjoint(_ASCII_RUNS.findall(text[start:end].lower()))


# --- the token stream ---------------------------------------------------------------------


class _Tokens:
    """The tokens of ``text[start:end]``: their text, lowercase text and offsets."""

    __slots__ = ("ends", "lows", "memo", "n", "names", "starts", "text", "words")

    def __init__(self, text: str, start: int, end: int, *, names: bool = True) -> None:
        self.text = text
        self.names = names
        self.memo: dict[tuple[int, bool], _Phrase | None] = {}  # phrases read, by start
        self.words, self.lows, self.starts, self.ends = _columns(text, start, end)
        self.n = len(self.words)

    def low(self, j: int) -> str:
        """The lowercase text of token ``j``, or "" past either end."""
        return self.lows[j] if 0 <= j < self.n else ""

    def is_word(self, j: int) -> bool:
        """Whether token ``j`` is a word (letters or digits)."""
        return 0 <= j < self.n and self.words[j][0].isalnum()


_Columns = tuple[list[str], list[str], list[int], list[int]]
_last: list[tuple[str, int, int, _Columns]] = []  # the last span tokenized, and its tokens
_KEPT: Final = 5000


def _columns(text: str, start: int, end: int) -> _Columns:
    """The words, lowercase words, starts and ends of the tokens of ``text[start:end]``.

    Extraction reads a sentence's implicit counts and then the events of its counts, each
    over the sentence's tokens: the last span's tokens are kept (never changed by a
    reader), so the second reading does not tokenize the sentence again. Only a span of up
    to _KEPT characters is kept, so a long text's tokens are not held after the call.
    """
    if _last:
        last_text, last_start, last_end, columns = _last[0]
        if last_text is text and last_start == start and last_end == end:
            return columns
    # Column by column, each in one C-level map, not a Python loop per token.
    matches = list(_TOKEN.finditer(text, start, end))
    words = list(map(re.Match.group, matches))
    lows = list(map(str.lower, words))
    # Curly apostrophes and Unicode hyphens are straightened where the span holds one.
    if text.find("\u2019", start, end) >= 0:
        lows = list(map(str.replace, lows, repeat("\u2019"), repeat("'")))
    if text.find("\u2010", start, end) >= 0:
        lows = list(map(str.replace, lows, repeat("\u2010"), repeat("-")))
    columns = (words, lows, list(map(re.Match.start, matches)), list(map(re.Match.end, matches)))
    if end - start <= _KEPT:
        _last[:] = [(text, start, end, columns)]
    return columns


def _singular_person(low: str) -> bool:
    """Whether a lowercase word is a person noun in the singular ("man", "13-year-old")."""
    if low in _PERSON:
        return True
    return "-" in low and _AGE_HEAD.fullmatch(low) is not None and low[-1] != "s"


def _plural_person(low: str) -> bool:
    """Whether a lowercase word is a person noun in the plural ("men", "13-year-olds")."""
    if low in _PERSON_PLURAL:
        return True
    return "-" in low and _AGE_HEAD.fullmatch(low) is not None and low[-1] == "s"


is_plural_person = _plural_person  # for the extractor's sums of people
is_singular_person = _singular_person


def _age(low: str) -> bool:
    """Whether a word is an age compound ("13-year-old")."""
    return "-" in low and _AGE_HEAD.fullmatch(low) is not None


def _number(low: str) -> int | None:
    """The value of a small count written as a word or in digits, or None."""
    if low in _NUMBER_WORDS:
        return _NUMBER_WORDS[low]
    if low.isascii() and low.isdigit() and len(low) <= 3:
        return int(low)
    return None


# --- what a parse builds ------------------------------------------------------------------


@attrs.frozen
class _Phrase:
    """A counted noun phrase: tokens ``first..last``, its count, and where its unit starts."""

    first: int
    last: int
    count: int
    unit_first: int
    explicit: bool = False  # a numeral counts it ("two men"): only a part of a coordination
    bare: bool = False  # no determiner ("Man shot"): only at a clause's start
    zero_event: str | None = None  # "no injuries": the noun itself names the event
    pronoun: bool = False
    name: bool = False


@attrs.frozen
class _Found:
    """A count found: token span, the Quantity, the event it was read under, and its role."""

    first: int
    last: int
    quantity: Quantity
    event: str
    role: str  # "subject", "object", "zero"


# --- the public function ------------------------------------------------------------------


def find_implicit_counts(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    taken: Sequence[tuple[int, int]] = (),
    names: bool = True,
) -> list[tuple[int, int, Quantity]]:
    """The counts ``text[start:end]`` states without a numeral, as ``(start, end, Quantity)``.

    Offsets index ``text``; spans are in text order, do not overlap one another, and
    do not overlap a span of ``taken`` (the spans explicit finders already produced)
    except that a coordination may contain its explicit parts: the caller drops the
    explicit counts inside an implicit span. See the module docstring for what is
    counted and how units are written.

    Args:
        text: the text to read.
        start: where to start reading.
        end: where to stop (default: the end of the text).
        taken: spans ``(start, end)`` other finders already produced.
        names: whether a person's name counts one ("Michael Harmon, 71, was shot").

    Returns:
        A list of ``(span_start, span_end, quantity)``.

    Raises:
        ValueError: if ``start``/``end`` do not lie in the text.

    >>> text = "A man was shot and killed, and two men and a woman were wounded."
    >>> two_men = (text.index("two men"), text.index("two men") + 7)  # found by numbers.py
    >>> for s, e, q in find_implicit_counts(text, taken=[two_men]):
    ...     print(repr(text[s:e]), q.low, q.unit)
    'A man' 1.0 man
    'two men and a woman' 3.0 two men and a woman
    >>> [(q.low, q.unit) for _, _, q in find_implicit_counts("No one else was hurt.")]
    [(0.0, 'one else')]
    >>> find_implicit_counts("A man walked into the store.")
    []
    """
    return [(s, e, f.quantity) for s, e, f in _find(text, start, end, taken=taken, names=names)]


def count_event(
    text: str, start: int, end: int, *, within: tuple[int, int] | None = None
) -> str | None:
    """The event that befalls the people a count at ``text[start:end]`` counts, or None.

    It reads the count's clause as :func:`find_implicit_counts` does, for any count,
    explicit ones too: the subject of "were shot and killed", the object of "left ...
    dead" or "sent ... to the hospital", "one fatally". The event is named as
    :mod:`reconcile.extract.lexicon` names event classes: "killed", "injured", "shot",
    "arrested", "charged", "indicted", "rescued", "missing", "evacuated".

    Args:
        text: the text.
        start: where the count's words start.
        end: where they end.
        within: the stretch to read, such as the sentence (default: 300 characters
            either side of the count).

    Returns:
        The event's name, or None when the clause names none.

    Raises:
        ValueError: if the span does not lie inside ``within`` and the text.

    >>> text = "Two men were shot and killed, and the gunfire left five injured."
    >>> five = text.index("five")
    >>> count_event(text, 0, 7), count_event(text, five, five + 4)
    ('killed', 'injured')
    """
    lo, hi = within if within is not None else (max(0, start - 300), min(len(text), end + 300))
    if not 0 <= lo <= start <= end <= hi <= len(text):
        raise ValueError(
            f"the count {start}..{end} must lie inside {lo}..{hi}, inside the text"
            f" of {len(text)} characters"
        )
    return _event(_Tokens(text, lo, hi, names=False), start, end)


def count_events(
    text: str, counts: Sequence[tuple[int, int]], lo: int, hi: int, *, reach: int = 300
) -> list[str | None]:
    """:func:`count_event` for each count ``(start, end)`` inside ``text[lo:hi]``, in order.

    Each count is read within ``reach`` characters either side, clipped to
    ``lo..hi``, as ``count_event(text, start, end, within=...)`` reads it. The
    tokens of ``lo..hi`` are made once and shared by every count whose window is
    all of it (every count of a sentence shorter than ``reach``): tokenizing a
    window per count cost more than reading the whole sentence's counts.

    >>> text = "Two men were shot and killed, and the gunfire left five injured."
    >>> five = text.index("five")
    >>> count_events(text, [(0, 7), (five, five + 4)], 0, len(text))
    ['killed', 'injured']
    """
    shared: _Tokens | None = None
    out: list[str | None] = []
    for start, end in counts:
        window = (max(lo, start - reach), min(hi, end + reach))
        if window != (lo, hi):
            out.append(count_event(text, start, end, within=window))
            continue
        if shared is None:
            shared = _Tokens(text, lo, hi, names=False)
        out.append(_event(shared, start, end))
    return out


def _event(tk: _Tokens, start: int, end: int) -> str | None:
    """:func:`count_event` over tokens made already."""
    first = bisect.bisect_left(tk.starts, start)  # the first token at or after start
    last = bisect.bisect_right(tk.ends, end) - 1  # the last token ending by end
    if first >= tk.n or last < first:
        return None
    if _partitive_whole(tk, first):
        return _whole_event(tk, last)
    event, _role_name = _role(tk, first, last, pronoun=False)
    return event or _elliptic(tk, first, last) or _modified(tk, first, last + 1)


# Words that take a part of a whole counted after "of the": "two of the six riders".
# Not "all", "both", "each": what befalls them befalls the whole.
_PART_WORDS: Final = _words("none some most either neither")


def _partitive_whole(tk: _Tokens, first: int) -> bool:
    """Whether the count at ``first`` is the whole a part is taken of: "one of the five".

    In "two of the six riders died" the verb is the part's: the two died, not the six.
    """
    if first < 3 or tk.lows[first - 1] not in ("the", "those", "these"):
        return False
    if tk.lows[first - 2] != "of":
        return False
    part = tk.lows[first - 3]
    return part in _PART_WORDS or _number(part) is not None


def _whole_event(tk: _Tokens, last: int) -> str | None:
    """The event the whole of a partitive is told with: "the six riders hurt".

    Also "the four who were injured"; None when the phrase names none (the verb after it
    is the part's).
    """
    k = last + 1
    if tk.low(k) in ("who", "that"):
        k += 1 + (tk.low(k + 1) in _BE)  # "who died", "who were injured"
        return _PASSIVE_EVENTS.get(tk.low(k)) or _INTRANSITIVE_EVENTS.get(tk.low(k))
    return _PASSIVE_EVENTS.get(tk.low(k))  # a participle after the noun, not a verb ("died")


def _find(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    taken: Sequence[tuple[int, int]] = (),
    names: bool = True,
) -> list[tuple[int, int, _Found]]:
    """:func:`find_implicit_counts` with the event each count was read under (benchmarks)."""
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise ValueError(
            f"start={start} and end={end} must satisfy 0 <= start <= end <= len(text) = {len(text)}"
        )
    if not _may_hold_event(text, start, stop):
        return []  # no event word, so no count (most sentences): not even tokenized
    tk = _Tokens(text, start, stop, names=names)
    if _EVENT_WORDS.isdisjoint(tk.lows):
        return []  # no count is read without an event word (most sentences of news text)
    spans = _Taken.of(taken, start, stop)
    out: list[tuple[int, int, _Found]] = []
    lows, words, memo = tk.lows, tk.words, tk.memo
    # A determiner or a number counts only with a person noun, a collective or a
    # hyphenated word ("13-year-old") among the _REACH tokens after it ("a man", "a pair
    # of teens", "two local men"): _determined and _head look no further. Elsewhere they
    # are stepped over unread, but "the other" and a lone "one" or "her".
    n = len(lows)
    heads = list(compress(range(n), map(_NOUNS.__contains__, lows)))
    if text.find("-", start, stop) >= 0 or text.find("\u2010", start, stop) >= 0:
        hyphens = compress(range(n), map(operator.contains, lows, repeat("-")))
        heads = sorted({*heads, *hyphens})
    heads.append(n + _REACH)  # past every token's reach
    h = 0  # heads[h]: the first head after token i
    resume = 0  # the token after the last count found: counts do not overlap
    for i, low in enumerate(lows):
        if i < resume:
            continue
        if low in _MAY_START or low[0].isdigit() or "-" in low:
            if low in _NEEDS_NOUN or low[0].isdigit():
                while heads[h] <= i:
                    h += 1
                if heads[h] > i + _REACH and tk.low(i + 1) != "other":
                    continue
        else:
            if not (names and words[i][0].isupper()):
                continue  # most tokens: no count starts here (_count_at would say so, slower)
            # A capitalised word of no other kind starts a phrase only as a person's name
            # (_read_phrase reads nothing else there): read the name first, as _phrase
            # would remember it, and go on at once where there is none (most such words).
            key = (i, False)
            if key not in memo:
                memo[key] = _name(tk, i)
            if memo[key] is None:
                continue
        found = _count_at(tk, i, spans)
        if found is not None:
            out.append((tk.starts[found.first], tk.ends[found.last], found))
            resume = found.last + 1
    return out


def _count_at(tk: _Tokens, i: int, taken: _Taken) -> _Found | None:
    """The count whose words start at token ``i``, or None."""
    low = tk.lows[i]
    if not (
        low in _TRIGGERS
        or _number(low) is not None
        or _singular_person(low)
        or low == "twin"
        or (tk.names and tk.words[i][0].isupper())
    ):
        return None
    if tk.low(i - 1) == "by":
        return None  # "shot by a man": the agent
    parts = _coordination(tk, i)
    if not parts:
        return None
    whole = len(parts) > 1
    first, last = parts[0].first, parts[-1].last
    if not _free(tk, first, last, taken, whole=whole):
        if not whole:
            return None
        parts = parts[:1]  # the coordination overlaps something else: try its first part
        whole = False
        last = parts[0].last
        if not _free(tk, first, last, taken, whole=False):
            return None
    if all(map(_EXPLICIT, parts)):
        return None
    head = parts[0]
    if head.bare and not _clause_start(tk, first):
        # "Man shot": a bare noun counts only where a headline or clause starts, and
        # after "and" in a coordination ("a man and woman").
        return None
    if head.zero_event is not None and not whole:
        return _Found(first, last, _quantity(tk, head.unit_first, last, 0), head.zero_event, "zero")
    event, role = _role(tk, first, last, pronoun=head.pronoun)
    if event is None and not whole:
        event, role = _elliptic(tk, first, last), "elliptic"
    if event is None and not whole and not head.name:
        event, role = _modified(tk, head.unit_first, last), "modifier"
    if event is None:
        return None
    if head.pronoun and not whole and event not in _CASUALTY_EVENTS:
        # "He was arrested": someone counted where first named ("a man, 23, was
        # arrested"); only the hurt and the dead are counted by a pronoun, whose clause
        # is often the one statement of a lone victim's fate ("she died later that night").
        return None
    if head.pronoun and not whole and _only_a_condition(tk, last + 1):
        # "He was listed in fair condition": how one already met is faring, no count
        return None
    total = sum(p.count for p in parts)
    if total == 0 and _qualified(tk, last + 1):
        return None  # "no one was seriously hurt": some may have been, less seriously
    return _Found(first, last, _quantity(tk, head.unit_first, last, total), event, role)


_CASUALTY_EVENTS: Final = frozenset(("killed", "injured", "shot"))
_TRIGGERS: Final = (
    _DET_ONE
    | _DET_DEF
    | _POSSESSIVE
    | _words("another both no nobody none he she him her one no-one twins")
    | frozenset(_COLLECTIVE)
)
# Words that pass _count_at's first test; with a digit, a hyphen (ages) or a capital
# (names) that is every token a count may start at. _find skips the rest unread.
_MAY_START: Final = _TRIGGERS | frozenset(_NUMBER_WORDS) | _PERSON | {"twin"}
# The words a person phrase needs as its head (or its collective noun), and the words of
# _MAY_START that start a phrase only before one of them (_determined, _head).
_NOUNS: Final = _PERSON | _PERSON_PLURAL | frozenset(_COLLECTIVE)
# How far after a determiner its head may be: "his two tall young local Chicago area
# men" (_head reads six tokens from the number after it).
_REACH: Final = 7
_NEEDS_NOUN: Final = (
    _DET_ONE | _DET_DEF | _POSSESSIVE | frozenset(_NUMBER_WORDS) | {"twin"}
) - _words("her one")  # "her" alone is a pronoun, "one" alone a person ("one died")


def _qualified(tk: _Tokens, k: int) -> bool:
    """Whether a degree qualifies the verb chain from ``k``: "seriously hurt", "hurt badly".

    Or the wounds it names: "none of the four had serious wounds", "no one suffered
    grave injuries" (some may have had lesser ones).
    """
    for m in range(k, min(k + 10, tk.n)):
        low = tk.lows[m]
        if low in _DEGREE or low == "too":
            return True
        if low in _PASSIVE_EVENTS or low in _INTRANSITIVE_EVENTS:
            after = tk.low(m + 1)
            # "no one was injured inside": none of those inside, not none in all
            return after in _DEGREE or after == "too" or after in _WHERE_LIMITS
        if low in _SEVERE and tk.low(m + 1) in _WOUND_NOUNS:
            return True
        if low in _WOUND_NOUNS or not tk.is_word(m):
            return False
    return False


# Places right after the verb that limit a zero to those there: "no one was hurt inside".
_WHERE_LIMITS: Final = _words("inside outside indoors outdoors upstairs downstairs")

# Words that grade wounds: "life-threatening injuries", "serious wounds".
_SEVERE: Final = _words("life-threatening serious critical severe major grave significant")


def _elliptic(tk: _Tokens, first: int, last: int) -> str | None:
    """The event of an elliptical clause: "two were shot, one fatally" (one was killed)."""
    if tk.low(last + 1) == "of" and tk.low(last + 2) in ("them", "those", "whom"):
        last += 2  # "five were shot, three of them fatally": a part, elliptical the same way
    degree = tk.low(last + 1)
    if degree not in _FATAL and degree not in _DEGREE:
        return None
    if tk.is_word(last + 2) and tk.low(last + 2) != "and":
        return None
    for m in range(first - 1, max(-1, first - 12), -1):
        low = tk.lows[m]
        if low in _BOUNDARY:
            break
        if low in _PASSIVE_EVENTS or low in _ACTIVE_EVENTS:
            return "killed" if degree in _FATAL else "injured"
    return None


def _modified(tk: _Tokens, first: int, last: int) -> str | None:
    """The event a modifier of the phrase states: "the slain teen", "an injured woman"."""
    event = None
    for m in range(first, last):
        low = tk.lows[m]
        if low in _FATAL:
            event = "killed"
        elif low in _MODIFIER_EVENTS:
            event = _stronger(event or "", _MODIFIER_EVENTS[low])
    return event


def _quantity(tk: _Tokens, unit_first: int, last: int, count: int) -> Quantity:
    """A count of exactly ``count``; its unit is the words ``unit_first..last`` as printed."""
    unit = " ".join(tk.text[tk.starts[unit_first] : tk.ends[last]].split())
    if count == 0 and unit.casefold() in _NO_PERSON:
        unit = "people"  # "Nobody is missing", "no one was hurt": none of the people
    if count == 1 and unit.casefold() in _PERSONAL:
        # "She died at the scene": one, of no noun (never "1 She"); what befell the person
        # names the fact, as the pronoun never did
        return Quantity.exact(count, kind="count", precision=1)
    return Quantity.exact(count, kind="count", unit=unit, precision=1)


# The unit of "no one", "nobody" and "no-one" (not "none", which may be of things): people.
_NO_PERSON: Final = frozenset({"one", "nobody", "no-one"})


@attrs.frozen
class _Taken:
    """Spans other finders produced, sorted, with the furthest end reached so far."""

    starts: list[int]
    ends: list[int]
    reach: list[int]  # reach[k]: the largest end among the first k + 1 spans

    @classmethod
    def of(cls, spans: Sequence[tuple[int, int]], start: int, stop: int) -> _Taken:
        ordered = sorted([(s, e) for s, e in spans if s < e and s < stop and e > start])
        reach: list[int] = []
        for _s, e in ordered:
            reach.append(max(e, reach[-1]) if reach else e)
        return cls([s for s, _ in ordered], [e for _, e in ordered], reach)

    def overlapping(self, s: int, e: int) -> list[tuple[int, int]]:
        """The spans that overlap ``[s, e)``."""
        out = []
        k = bisect.bisect_left(self.starts, e) - 1
        while k >= 0 and self.reach[k] > s:
            if self.ends[k] > s:
                out.append((self.starts[k], self.ends[k]))
            k -= 1
        return out


def _free(tk: _Tokens, first: int, last: int, taken: _Taken, *, whole: bool) -> bool:
    """Whether the span overlaps no taken span, but for taken spans inside a coordination."""
    s, e = tk.starts[first], tk.ends[last]
    for bs, be in taken.overlapping(s, e):  # noqa: SIM110 - all() steps a generator from C
        if not (whole and s <= bs and be <= e):
            return False
    return True


def _clause_start(tk: _Tokens, i: int) -> bool:
    """Whether token ``i`` opens a clause: the text's start, after a boundary or a quote."""
    j = i - 1
    while j >= 0 and tk.words[j] in _QUOTES:
        j -= 1
    return j < 0 or tk.words[j] in _BOUNDARY or tk.words[j] in ("\u2014", "\u2013", "-", "|")


# --- noun phrases -------------------------------------------------------------------------


def _coordination(tk: _Tokens, i: int) -> list[_Phrase]:
    """The counted phrase at ``i``, with the phrases coordinated to it ("X, Y and Z").

    Parts after a comma count only once an "and" closes the list ("a man, a woman and
    a child"), or when every part is a bare noun (a headline's "Man, woman shot"). A
    list after a comma that adds up to the first part is an apposition, not more
    people: "two victims, a man and a woman" is two.
    """
    first = _phrase(tk, i)
    if first is None:
        return []
    parts = [first]
    if first.zero_event is not None or first.pronoun or first.count == 0:
        return parts
    after_first = _skip_age(tk, first.last + 1)
    apposed = tk.low(after_first) == "," and tk.low(after_first + 1) != "and"
    pending: list[_Phrase] = []
    j = first.last + 1
    while len(parts) + len(pending) < 6:
        k = _skip_age(tk, j)
        sep = tk.low(k)
        if sep == "," and tk.low(k + 1) == "and":
            k += 1
            sep = "and"
        if sep not in ("and", "&", ","):
            break
        nxt = _phrase(tk, k + 1, after_and=True)
        if nxt is None or nxt.count == 0 or nxt.pronoun or nxt.zero_event is not None:
            break
        if sep == ",":
            pending.append(nxt)
        else:
            parts.extend(pending)
            pending = []
            parts.append(nxt)
        j = nxt.last + 1
    if pending and all(p.bare for p in (*parts, *pending)):
        parts.extend(pending)  # "Man, woman shot": a headline's list has no "and"
    if apposed and first.count > 1 and first.count == sum(p.count for p in parts[1:]):
        return parts[:1]
    return parts


def _skip_age(tk: _Tokens, j: int) -> int:
    """Past an age after a person: ", 25," in "a man, 25, and a woman"."""
    if tk.low(j) == "," and _number(tk.low(j + 1)) is not None and tk.low(j + 2) in (",", "and"):
        return j + 2
    return j


def _phrase(tk: _Tokens, i: int, *, after_and: bool = False) -> _Phrase | None:
    """A person noun phrase starting at token ``i`` that states how many it counts.

    Each start is read once: a coordination's parts are read again from each of them.
    """
    key = (i, after_and)
    if key not in tk.memo:
        tk.memo[key] = _read_phrase(tk, i, after_and=after_and)
    return tk.memo[key]


def _read_phrase(tk: _Tokens, i: int, *, after_and: bool) -> _Phrase | None:
    """:func:`_phrase`, unremembered."""
    low = tk.low(i)
    if not low:
        return None
    if low in ("no-one", "nobody", "none") or (low == "no" and tk.low(i + 1) == "one"):
        last = i + 1 if low == "no" else i
        if tk.low(last + 1) == "else":
            last += 1
        unit_first = i + 1 if low == "no" else i
        return _Phrase(i, last, 0, unit_first)
    if low == "no":
        return _zero_phrase(tk, i)
    if low in ("he", "she") or low == "him" or (low == "her" and not _noun_like(tk, i + 1)):
        return _Phrase(i, i, 1, i, pronoun=True)  # "her" before a noun is a possessive
    if low == "both":
        inner = _head(tk, i + 1, plural=True)
        if inner is not None:
            return _Phrase(i, inner[0], 2, i + 1)
        if tk.low(i + 1) in ("the", "of") or _noun_like(tk, i + 1):
            return None
        return _Phrase(i, i, 2, i)
    if low == "another":
        head = _head(tk, i + 1, plural=False)
        if head is None:
            if tk.low(i + 1) == "of" or _np_follows(tk, i + 1):
                return None  # "another of the victims": a partitive
            return _Phrase(i, i, 1, i)
        return _Phrase(i, head[0], 1, i)
    if low in _DET_DEF and tk.low(i + 1) == "other":
        head = _head(tk, i + 2, plural=False)
        if head is None:
            if tk.low(i + 2) == "of" or _noun_like(tk, i + 2):
                return None
            return _Phrase(i, i + 1, 1, i + 1)  # "killing one and wounding the other"
        return _Phrase(i, head[0], 1, i + 1)
    if low in _DET_ONE | _DET_DEF | _POSSESSIVE:
        return _determined(tk, i)
    number = _number(low)
    if number is not None:
        head = _head(tk, i + 1, plural=number > 1)
        if head is None and low == "one" and _lone_one(tk, i):
            return _Phrase(i, i, 1, i)  # "one died", "killing one": no noun, so not explicit
        if head is None or (number == 1 and low not in ("one", "1")):
            return None
        return _Phrase(i, head[0], number, i, explicit=True)
    if low in _COLLECTIVE and low == "twins":
        return _Phrase(i, i, 2, i, bare=True)
    if low == "twin":
        head = _head(tk, i + 1, plural=True)
        return None if head is None else _Phrase(i, head[0], 2, i, bare=True)
    if _singular_person(low) and (tk.words[i][0].isupper() or after_and):
        last = _extend_head(tk, i)
        if _possessive_next(tk, last):
            return None
        return _Phrase(i, last, 1, i, bare=True)
    if tk.names:
        return _name(tk, i)
    return None


def _name_word(tk: _Tokens, j: int) -> bool:
    """Whether token ``j`` can be part of a person's name: capitalised, not a common word."""
    if not 0 <= j < tk.n:
        return False
    word, low = tk.words[j], tk.lows[j]
    if not (word[0].isupper() and word[0].isalpha()) or low.endswith("'s"):
        return False
    if len(word) > 1 and word.isupper() and len(word) > 3:
        return False  # "USCIS", "NOAA": an organisation
    # Not a common word: _NOT_NAME holds the word lists, what is left is read by rule.
    return not (
        low in _NOT_NAME
        or _age(low)
        or _number(low) is not None
        or (low.endswith("ly") and len(low) > 4)  # an adverb (_PERSON is in _NOT_NAME)
    )


# The words _name_word turns down by list: stop words, modifiers, verbs of an event,
# person nouns, number words and adverbs.
_NOT_NAME: Final = (
    _NAME_STOP
    | _MOD_STOP
    | frozenset(_PASSIVE_EVENTS)
    | frozenset(_INTRANSITIVE_EVENTS)
    | frozenset(_ACTIVE_EVENTS)
    | _PERSON
    | _PERSON_PLURAL
    | frozenset(_NUMBER_WORDS)
    | _ADVERBS
)


def _nickname_before(tk: _Tokens, i: int) -> bool:
    """Whether a quoted nickname stands before token ``i``: the name started earlier."""
    return tk.low(i - 1) in _QUOTES and tk.low(i - 3) in _QUOTES and _name_word(tk, i - 4)


def _name(tk: _Tokens, i: int) -> _Phrase | None:
    """A person's name: "Michael Harmon", "C.J. Conrad", "Vincent Holt Jr.".

    At a clause's start a single capitalised word may be any word ("Authorities"), so
    it counts only with an age after it ("Lamar, 16, was shot"); two words or more, or
    one word inside a clause ("killing Pitts"), count as they are.
    """
    if not _name_word(tk, i) or _name_word(tk, i - 1) or _nickname_before(tk, i):
        return None
    last = i
    words = 1
    k = i + 1
    while k < i + 8:
        if tk.low(k) == "." and (len(tk.words[k - 1]) == 1 or tk.lows[k - 1] in _NAME_ABBR):
            last = k  # "C.", "Jr."
            k += 1
            continue
        if tk.low(k) in _NAME_PARTICLES and _name_word(tk, k + 1):
            k += 1
            continue
        if tk.low(k) in _QUOTES and _name_word(tk, k + 1) and tk.low(k + 2) in _QUOTES:
            k += 3  # a nickname: Robert "Bobby" Chen
            continue
        if not _name_word(tk, k):
            break
        last = k
        words += 1
        k += 1
    aged = tk.low(last + 1) == "," and _number(tk.low(last + 2)) is not None
    if words == 1 and _clause_start(tk, i) and not aged:
        return None
    if tk.low(last + 1) in ("'s", "'") or tk.low(i - 1) in _PLACE_PREPOSITIONS:
        return None  # "Smith's car"; "of Sanford", "in Chicago": a place
    return _Phrase(i, last, 1, i, name=True)


def _lone_one(tk: _Tokens, i: int) -> bool:
    """Whether "one" at ``i`` stands for a person: "one died", not "the one who", "one of"."""
    if tk.low(i - 1) in _ONE_PRECEDERS or tk.low(i + 1) in ("of", "another", "other", "'s"):
        return False
    return not _noun_like(tk, i + 1)


def _determined(tk: _Tokens, i: int) -> _Phrase | None:
    """A determiner and a person: "a man", "his wife", "the couple", "a pair of teens"."""
    low = tk.lows[i]
    number = _number(tk.low(i + 1))
    if number is not None and low not in _DET_ONE:
        head = _head(tk, i + 2, plural=number > 1)
        if head is None:
            return None
        return _Phrase(i, head[0], number, i + 1, explicit=True)  # "their two children"
    collective = _collective(tk, i + 1, indefinite=low in _DET_ONE)
    if collective is not None:
        return collective
    head = _head(tk, i + 1, plural=False)
    if head is not None:
        return _Phrase(i, head[0], 1, i + 1)
    plural = _head(tk, i + 1, plural=True)
    if plural is not None and plural[1] and low not in _DET_ONE:
        return _Phrase(i, plural[0], 2, i + 1)  # "the twins", "his twin sons"
    return None


def _collective(tk: _Tokens, j: int, *, indefinite: bool) -> _Phrase | None:
    """A collective noun for people: "the couple", "a pair of teens", "a trio of men"."""
    k = j
    while k < j + 3 and tk.is_word(k) and tk.lows[k] not in _MOD_STOP:
        low = tk.lows[k]
        if low in _COLLECTIVE and low != "twins":
            count = _COLLECTIVE[low]
            if tk.low(k + 1) == "of":
                inner = k + 2 + (tk.low(k + 2) in ("the", "these", "those"))
                head = _head(tk, inner, plural=True)
                if head is None:
                    return None
                return _Phrase(j - 1, head[0], count, inner)
            if indefinite and _noun_like(tk, k + 1):
                return None  # "a couple days", "a pair shoes": not people
            return _Phrase(j - 1, k, count, j)
        if _singular_person(low) or _plural_person(low):
            return None
        k += 1
    return None


def _noun_like(tk: _Tokens, j: int) -> bool:
    """Whether token ``j`` may go on a noun phrase (not a verb, function word or mark)."""
    low = tk.low(j)
    if not tk.is_word(j) or low in _MOD_STOP or _adverb(low):
        return False
    return low not in _PASSIVE_EVENTS and low not in _INTRANSITIVE_EVENTS


def _head(tk: _Tokens, j: int, *, plural: bool) -> tuple[int, bool] | None:
    """The last token of modifiers and a person head from ``j``, and whether "twin" was seen.

    Up to five modifiers ("off-duty Chicago police"), then the head; a second person
    noun right after the head is the real head ("teen boy", "security guard").
    """
    twin = False
    k = j
    while k < j + 6 and tk.is_word(k):
        low = tk.lows[k]
        if low in _MOD_STOP and not (k == j and low == "other"):
            return None
        if low in ("twin", "twins"):
            twin = True
            if low == "twins" and plural:
                return k, True
            k += 1
            continue
        if plural and _plural_person(low):
            return k, twin
        if not plural and _singular_person(low):
            last = _extend_head(tk, k)
            if _plural_person(tk.low(last + 1)):
                return (last + 1, twin) if plural else None
            if _possessive_next(tk, last):
                return None
            return last, twin
        if _plural_person(low) or _singular_person(low):
            if _singular_person(tk.low(k + 1)) or _plural_person(tk.low(k + 1)):
                k += 1  # "a police officer", "a gun owner": one noun modifies another
                continue
            return None
        k += 1
    return None


def _extend_head(tk: _Tokens, k: int) -> int:
    """The real head when two person nouns stand together ("teen boy", "security guard")."""
    k = _past_hometown(tk, k)
    while _singular_person(tk.low(k + 1)):
        k += 1
    return k


_HOMETOWN_REACH: Final = 3  # words of a place between an age and its noun: "Ossery Flats"


def _past_hometown(tk: _Tokens, k: int) -> int:
    """The person noun after an age and a place that modify it: "a 21-year-old Elmford man".

    News names a person by age and home town before the noun; the age alone is a person
    ("killing a 13-year-old"), so without this the phrase would end at the age and the
    place and noun after it be read as what follows the person. Only capitalised words
    (a place's name) are stepped over, and only when a person noun comes after them.
    """
    if not _age(tk.low(k)):
        return k
    for j in range(k + 1, k + 1 + _HOMETOWN_REACH):
        if not tk.is_word(j) or not tk.words[j][0].isupper() or not _noun_like(tk, j):
            return k
        if _singular_person(tk.low(j + 1)):
            return j + 1
    return k


def _possessive_next(tk: _Tokens, k: int) -> bool:
    """Whether the phrase goes on as a possessive ("the man 's car") or a compound."""
    low = tk.lows[k]
    return low.endswith("'s") or tk.low(k + 1) in ("'s", "'")


def _np_follows(tk: _Tokens, j: int) -> bool:
    """Whether a noun phrase goes on at ``j``: "her" is then a possessive ("her son")."""
    return _head(tk, j, plural=False) is not None or _head(tk, j, plural=True) is not None


def _zero_phrase(tk: _Tokens, i: int) -> _Phrase | None:
    """Zero: "no" and a person or an event noun ("no injuries", "no other officers")."""
    k = i + 1
    while k < i + 5 and tk.is_word(k):
        low = tk.lows[k]
        if low in _ZERO_EVENT_NOUNS:
            return _Phrase(i, k, 0, i + 1, zero_event=_ZERO_EVENT_NOUNS[low])
        if _plural_person(low) or _singular_person(low):
            if _plural_person(tk.low(k + 1)):
                k += 1
            return _Phrase(i, k, 0, i + 1)
        if low in _MOD_STOP and low != "other":
            return None
        k += 1
    return None


# --- the clause around a phrase ------------------------------------------------------------


def _role(tk: _Tokens, first: int, last: int, *, pronoun: bool) -> tuple[str | None, str]:
    """The event a phrase ``first..last`` is the subject or the object of, if any."""
    low = tk.lows[first]
    if not (pronoun and low in ("he", "she")):
        event = _as_object(tk, first, last)
        if event is not None:
            return event, "object"
    if pronoun and low in ("him", "her"):
        return None, ""
    return _as_subject(tk, last + 1), "subject"


def _as_object(tk: _Tokens, first: int, last: int) -> str | None:
    """The event whose object the phrase is: "killing a man", "the death of a man"."""
    j = first - 1
    while j >= 0 and j > first - 3 and (_adverb(tk.lows[j]) or _age(tk.lows[j])):
        j -= 1  # "fatally shot a man", "killing 5-year-old" + a name
    low = tk.low(j)
    if low == "of":
        return _EVENT_NOUNS.get(tk.low(j - 1).removesuffix("s"))
    if low == "down" and tk.low(j - 1) in ("gunned", "gunning", "cut", "shot"):
        j -= 1
        low = tk.low(j)
    if low in ("sent", "sending", "sends", "send") and tk.low(last + 1) == "to":
        for m in range(last + 2, min(last + 6, tk.n)):
            if tk.lows[m] in ("hospital", "hospitals"):
                return None if _negated_before(tk, j) else "injured"  # "sent five to the hospital"
        return None
    if (low in _PULLED or low in ("brought", "carried")) and _alive_after(tk, last + 1):
        return None if _negated_before(tk, j) else "rescued"  # "pulled 14 miners alive"
    if low in _LEAVE_FIND:
        state = _state_after(tk, last + 1)
        if state is not None and not _negated_before(tk, j):
            return state
        return None
    event = _ACTIVE_EVENTS.get(low)
    if event is None or not tk.words[j][0].islower():
        return None  # "... Shooting Speaks Out": a title's capitals, not a verb
    before = tk.low(j - 1)
    if low.endswith("ing") and (before in _DETERMINERS or before in _DET_ONE):
        return None  # "the shooting a block away": a noun
    if before in ("a", "an", "the") and low in ("shot", "hit", "charges"):
        return None
    if _negated_before(tk, j):
        return None
    if tk.low(j - 1) == "and" and tk.low(j - 2) in _ACTIVE_EVENTS:
        event = _stronger(event, _ACTIVE_EVENTS[tk.low(j - 2)])
    if any(tk.lows[m] in _FATAL for m in range(max(0, j - 1), first)):
        event = _stronger(event, "killed")  # "fatally shot a man"
    after = _state_after(tk, last + 1)
    if after == "killed":
        event = "killed"  # "shot a man dead"
    return event


def _state_after(tk: _Tokens, k: int) -> str | None:
    """The state an object is left or found in: "dead", "injured", "critically wounded"."""
    while _adverb(tk.low(k)) or tk.low(k) in _DEGREE:
        if tk.low(k) in _FATAL:
            return "killed"
        k += 1
    low = tk.low(k)
    if low == "shot" and tk.low(k + 1) == "to" and tk.low(k + 2) == "death":
        return "killed"
    if low in ("in", "with") and tk.low(k + 1) in _CONDITIONS:
        return "injured"
    if low in ("with", "suffering"):
        for m in range(k + 1, min(k + 7, tk.n)):
            if tk.lows[m] in _WOUND_NOUNS:
                return "injured"  # "found a man with gunshot wounds", "suffering from"
            if not tk.is_word(m):
                break
    return _STATES.get(low)


def _negated_before(tk: _Tokens, j: int) -> bool:
    """Whether a negation or a modal stands just before a verb: "did not kill", "to kill"."""
    for k in range(j - 1, max(-1, j - 4), -1):
        low = tk.lows[k]
        if low == "to" and tk.lows[j].endswith("ing"):
            return False  # "pleaded guilty to fatally shooting two": a preposition, no infinitive
        if low in _NEGATIONS or low.endswith("n't") or low in _MODALS:
            return True
        if low in ("tried", "trying", "attempted", "attempting", "threatened", "threatening"):
            return True
        if not (_adverb(low) or low in _BE or low in _HAVE or low == "and"):
            return False
    return False


def _adverb(low: str) -> bool:
    return low in _ADVERBS or (low.endswith("ly") and len(low) > 4 and low not in _PERSON)


def _as_subject(tk: _Tokens, k: int) -> str | None:
    """The event a subject ending before token ``k`` undergoes: "was shot", "died"."""
    k = _skip_insert(tk, k)
    low = tk.low(k)
    if low in _RELATIVES and low != "whose":
        return _predicate(tk, _past_teller(tk, k + 1))
    return _predicate(tk, k)


def _past_teller(tk: _Tokens, m: int) -> int:
    """Past who tells it in a relative clause: "a boy who police say was shot" reads from "was".

    One to three words and a verb of saying or believing; words that make a clause of
    their own ("who was said", "who had told") are no teller.
    """
    for j in range(m + 1, min(m + 4, tk.n)):
        if tk.lows[j] not in _TELLS:
            continue
        if all(
            tk.is_word(i) and tk.lows[i] not in _CLAUSE_WORDS and tk.lows[i] not in _TELLS
            for i in range(m, j)
        ):
            return j + 1
        break
    return m


def _skip_insert(tk: _Tokens, k: int) -> int:
    """Past an apposition (", 25,", "(25)", "— a veteran —") or a short prepositional phrase."""
    for _ in range(3):
        word = tk.low(k)
        if word in _APPOSITION_MARKS:
            close = _CLOSING.get(word, word)
            clause = tk.low(k + 1) in ("whose", "which")  # ", whose name was not released,"
            end = _apposition_end(tk, k + 1, close, clause=clause)
            if end is None:
                if word == "," and tk.low(k + 1) in _RELATIVES | _BE | _HAVE:
                    return k + 1  # ", who was shot", "..., of Chicago, was shot"
                return k
            k = end + 1
            continue
        if word in ("in", "from", "of", "at", "near", "with", "on", "inside", "outside"):
            if word == "in" and tk.low(k + 1) in _STATE_WORDS:
                break  # "3 in serious condition": the state, not a place
            end = _pp_end(tk, k + 1)
            if end is None:
                return k
            k = end + 1
            continue
        if (
            word.endswith("ing")
            and len(word) > 4
            and word not in _ACTIVE_EVENTS
            and tk.low(k + 1) in ("in", "at", "near", "on", "inside", "outside", "with")
        ):
            k += 1  # "a girl playing in front of her house was wounded": a participle's phrase
            continue
        if _participle_phrase(tk, k):
            k += 1  # "the infant involved in the crash remains in stable condition"
            continue
        if word == "identified" and tk.low(k + 1) == "as":
            j = k + 2
            while j < k + 8 and tk.is_word(j) and tk.words[j][0].isupper():
                j += 1
            if j > k + 2:
                k = j
                continue
        break
    return k


def _participle_phrase(tk: _Tokens, k: int) -> bool:
    """Whether a past participle and its phrase stand between a subject and its verb.

    "the infant involved in the crash remains in stable condition": the phrase is skipped
    only when a verb ("remains", "was", "died") follows it, so a verb of the subject's own
    ("a man arrived at the hospital with wounds") is still read as the verb.
    """
    word = tk.low(k)
    if not (
        word.endswith("ed")
        and len(word) > 4
        and word not in _ACTIVE_EVENTS
        and word not in _PASSIVE_EVENTS
        and word not in _HOSPITAL_VERBS
        and tk.low(k + 1) in ("in", "at", "near", "on", "inside", "outside", "during")
    ):
        return False
    end = _pp_end(tk, k + 2)
    if end is None:
        return False
    verb = tk.low(end + 1)
    return verb in _BE or verb in _INTRANSITIVE_EVENTS or verb in _LISTED


def _apposition_end(tk: _Tokens, j: int, close: str, *, clause: bool = False) -> int | None:
    """The closing mark of an apposition opened before ``j``, within twelve tokens.

    An apposition holds no verb ("who was shot" decides, it is not skipped) unless it is
    a ``clause`` about something else: ", whose name was not released,".
    """
    for k in range(j, min(j + 12, tk.n)):
        word = tk.words[k]
        if tk.lows[k] == close and k > j:
            return k
        if word in _BOUNDARY and not (word == "." and k > 0 and _abbreviation(tk.words[k - 1])):
            return None
        if not clause and (tk.lows[k] in _RELATIVES or tk.lows[k] in _BE or tk.lows[k] in _HAVE):
            return None  # ", who was...": a clause, not a name or an age
        if word in _QUOTES:
            return None
    return None


def _abbreviation(word: str) -> bool:
    return len(word) <= 3 and word[:1].isupper() and word.isalpha()


def _pp_end(tk: _Tokens, j: int) -> int | None:
    """The last token of a short prepositional object: "in his 20s", "from Chicago"."""
    k = j
    while k < j + 6 and tk.is_word(k):
        low = tk.lows[k]
        if (
            low in _BE
            or low in _HAVE
            or low in _RELATIVES
            or low in _MODALS
            or low in _CONJUNCTIONS
        ):
            break
        if low in ("where", "when", "before", "after", "while", "until"):
            break
        if low == "in" and tk.low(k + 1) in _STATE_WORDS:
            break  # "three of them in guarded condition": the state, after the phrase
        if (low in _PASSIVE_EVENTS or low in _INTRANSITIVE_EVENTS) and not (
            k > j and tk.lows[k - 1] in _DETERMINERS  # "of the injured", "of the dead woman"
        ):
            break
        k += 1
    return k - 1 if k > j else None


def _predicate(tk: _Tokens, k: int, *, second: bool = True) -> str | None:
    """The event of a verb chain from ``k``: "was shot and killed", "has died", "is dead".

    With ``second``, a first verb that names no event may be followed by a second one of
    the same subject: "was playing with a gun and was shot", "and remains hospitalized".
    """
    passive = False
    have = False
    start = k
    while k < start + 6:
        low = tk.low(k)
        if low in _NEGATIONS or low.endswith("n't") or low in _MODALS:
            return None
        if low in _BE:
            passive = True
        elif low in _HAVE:
            have = True
        elif not _adverb(low) and low not in _DEGREE:
            break
        k += 1
    if k >= start + 6:
        return None
    fatal = not _FATAL.isdisjoint(tk.lows[start:k])  # tokens start..k-1, all inside
    # "she had a cut on her hand" tells more of someone counted where first named; a
    # count's own "had gunshot wounds" ("two men had gunshot wounds") counts the hurt.
    owned = have and tk.low(start - 1) not in _PERSONAL
    event = _event_at(tk, k, passive=passive, have=have, owned=owned)
    if event is None:
        # Only after a verb ("was involved", "walked", "shot his neighbor"): a noun there
        # ("a Harbor hospital and died") says the phrase before it was no subject.
        verb = passive or have or tk.low(k).endswith("ed") or tk.low(k) in _ACTIVE_EVENTS
        return _second_predicate(tk, k) if second and verb else None
    if fatal and event in ("shot", "injured"):
        event = "killed"
    return _chain(tk, k, event)


_SECOND_REACH: Final = 12


def _second_predicate(tk: _Tokens, k: int) -> str | None:
    """The event of a second verb of one subject after "and", in the same clause.

    "A boy was involved in a crash and remains hospitalized", "a man shot his wife and was
    arrested" (the first verb's object is someone else). Only a second verb that is a form
    of "be", "have", "remain" or "died" counts: "and shot a clerk" is what the subject did,
    and "and his son was shot" has a subject of its own.
    """
    for m in range(k + 1, min(k + _SECOND_REACH, tk.n)):
        low = tk.lows[m]
        if not tk.is_word(m) or low in _RELATIVES or (low in _CONJUNCTIONS and low != "and"):
            return None
        if low in _CLAUSE_WORDS or low in _TELLS or low in _PASSIVE_EVENTS:
            return None  # "police say a victim was hit ... and was flown": another's verb
        if low != "and":
            continue
        j = m + 1
        while _adverb(tk.low(j)):
            j += 1
        nxt = tk.low(j)
        if nxt in _BE or nxt in _HAVE or nxt in _INTRANSITIVE_EVENTS:
            return _predicate(tk, j, second=False)
        return None
    return None


def _event_at(tk: _Tokens, k: int, *, passive: bool, have: bool, owned: bool = False) -> str | None:
    """The event the verb at ``k`` names for its subject, or None."""
    low = tk.low(k)
    nxt = tk.low(k + 1)
    if low in _INTRANSITIVE_EVENTS:
        if low == "missing" and not passive:
            return None
        return _INTRANSITIVE_EVENTS[low]
    if low in ("pronounced", "declared"):
        m = k + 1
        while _adverb(tk.low(m)):
            m += 1  # "declared clinically dead"
        return "killed" if tk.low(m) in ("dead", "deceased") else None  # "pronounced deceased"
    if low in ("found", "discovered"):
        return _state_after(tk, k + 1)  # "was found dead", "found shot" (a headline)
    if low in ("passed", "passes") and nxt == "away":
        return "killed"
    if low in ("went", "gone", "go", "goes") and nxt == "missing":
        return "missing"
    if passive and (low in _HOSPITAL_VERBS or low in _PULLED) and _alive_after(tk, k + 1):
        return "rescued"  # "were brought out of the cave alive", "was pulled alive from"
    if low in _HOSPITAL_VERBS and (passive or not have):
        if nxt == "into" and tk.low(k + 2) == "custody":
            return "arrested"
        if not passive and nxt not in ("to", "into") and _object_follows(tk, k + 1):
            return None  # "two neighbors rushed the boy to a hospital": who took him
        # "taken by ambulance to St. Anne's Regional Medical Center": up to ten words, and
        # the period of an abbreviation inside a name ("St.") does not end the phrase.
        for m in range(k + 1, min(k + _TAKEN_REACH, tk.n)):
            word = tk.lows[m]
            if word == "." and _abbreviation(tk.words[m - 1]):
                continue
            named = word == "medical" and tk.low(m + 1) in _CENTRES  # "to Elm Medical Center"
            if word in _HOSPITAL_WORDS or named:
                return "killed" if _died_there(tk, m + 1) else "injured"
            if word in _WOUND_NOUNS and (low == "treated" or "with" in tk.lows[k + 1 : m]):
                return "injured"  # "were taken with minor injuries to St. Anne's"
            if _in_condition(tk, m):
                return "injured"  # "were flown to Elmwood in stable condition"
            if not tk.is_word(m) or word in _CONJUNCTIONS:
                break  # "taken to the station and questioned about the hospital": another clause
        return None
    if low in _ARRIVED and not passive:
        # "a man came in with a gunshot wound", "arrived at the hospital with wounds"
        for m in range(k + 1, min(k + 8, tk.n)):
            if tk.lows[m] == "with":
                return _state_after(tk, m)
            if not tk.is_word(m) or tk.lows[m] in _CONJUNCTIONS:
                break
        return None
    if low in _LISTED and (passive or low.startswith("remain")):
        for m in range(k + 1, min(k + 7, tk.n)):
            if _condition_at(tk, m):
                return "injured"  # "are listed as being in guarded condition"
            if not tk.is_word(m):
                break
        return None
    if low in _STATE_WORDS and (not tk.is_word(k + 1) or nxt in _STATE_ENDS):
        return "injured"  # "3 critical" (a headline), "four remain critical, one stable"
    if low in ("in", "under") and (passive or nxt in _STATE_WORDS):
        if nxt == "custody" or (nxt == "police" and tk.low(k + 2) == "custody"):
            return "arrested"
        if _condition_at(tk, k + 1):
            return "injured"  # "in stable condition", "in serious but stable condition"
        if "hospital" in (nxt, tk.low(k + 2)) and nxt in ("hospital", "the", "a"):
            return "injured"  # "four others were in the hospital with gunshot wounds"
        return None
    if low in _SUFFER or (owned and not passive and low not in _PASSIVE_EVENTS):
        # "suffered minor injuries"; "have only minor injuries", "had burns and
        # wounds": what a person has is what befell them; "suffered no injuries" is nothing.
        had = low not in _SUFFER
        for m in range(k if had else k + 1, min(k + 8, tk.n)):
            word = tk.lows[m]
            if word in _WOUND_NOUNS:
                return "injured"
            if not tk.is_word(m) or word in _NEGATIONS:
                break
            if had and word in _MOD_STOP and word not in _HAD_DETERMINERS:
                break  # "had shot at them", "has said": no wound of the subject's
            if had and word in _COMPARATIVES:
                break  # "one rider had worse wounds": set against the other hurt
        return None
    if low in _PASSIVE_EVENTS:
        if low == "gunned" and nxt != "down":
            return None
        if passive:
            return _PASSIVE_EVENTS[low]
        m = _chain_end(tk, k) + 1
        if tk.low(m) in _REFLEXIVES:
            return _PASSIVE_EVENTS[low]
        if have or _object_follows(tk, m):
            return None  # "a man shot a woman", "has killed": the agent
        return _PASSIVE_EVENTS[low]
    return None


def _only_a_condition(tk: _Tokens, k: int) -> bool:
    """Whether the verb chain from ``k`` states only a condition: "was listed in stable condition".

    "is in critical condition", "remained in serious condition", "was listed as being in fair
    condition": no event befalls the subject there, so a pronoun's clause counts no one anew.
    """
    m = k
    while m < tk.n and (
        tk.low(m) in _BE
        or tk.low(m) in _LISTED
        or tk.low(m) in ("as", "still")
        or _adverb(tk.low(m))
    ):
        m += 1
    return m > k and tk.low(m) == "in" and _condition_at(tk, m + 1)


def _in_condition(tk: _Tokens, m: int) -> bool:
    """Whether "in stable condition" starts at ``m``, or "where they were listed in ..."."""
    if tk.low(m) == "where":
        m += 1
        if tk.low(m) in ("he", "she", "they"):
            m += 1
        while tk.low(m) in _BE or tk.low(m) in _LISTED or tk.low(m) == "as":
            m += 1
    return tk.low(m) == "in" and _condition_at(tk, m + 1)


def _condition_at(tk: _Tokens, m: int) -> bool:
    """Whether a stated condition starts at ``m``: "stable", "serious but stable".

    "critical, but stable, condition": two states of one person, one condition.
    """
    if tk.low(m) not in _CONDITIONS:
        return False
    k = m + 1
    if tk.low(k) == ",":
        k += 1
    if tk.low(k) in ("but", "yet", "and") and tk.low(k + 1) in _CONDITIONS:
        k += 2
        if tk.low(k) == ",":
            k += 1
    return tk.low(k) == "condition"


_DIED_THERE_REACH: Final = 12


def _died_there(tk: _Tokens, k: int) -> bool:
    """Whether the sentence goes on to say the person taken to a hospital died there.

    "was taken to Elm Hospital, where he died", "was flown to Oak Hospital but was
    pronounced dead": a count of the dead, not of the hurt. Only "where", "but" or "and"
    and the person's pronoun (or none) before the death; another count ("where two
    others died") is someone else.
    """
    for m in range(k, min(k + _DIED_THERE_REACH, tk.n)):
        low = tk.lows[m]
        if tk.words[m] in _BOUNDARY:
            return False
        if low not in ("where", "but", "and"):
            continue
        j = m + 1
        if tk.low(j) in ("he", "she", "they"):
            j += 1
        if _predicate(tk, j) == "killed":
            return True
    return False


def _alive_after(tk: _Tokens, k: int) -> bool:
    """Whether "alive" follows within six words of the clause from token ``k``."""
    for m in range(k, min(k + 6, tk.n)):
        if tk.lows[m] == "alive":
            return True
        if not tk.is_word(m):
            return False
    return False


def _chain_end(tk: _Tokens, k: int) -> int:
    """The last verb of a chain from ``k``: "shot and killed", "gunned down", "shot, wounded"."""
    for _ in range(3):
        if tk.low(k + 1) == "down":
            k += 1
        m = k + 1
        if tk.low(m) not in ("and", ","):
            break
        m += 1
        while _adverb(tk.low(m)) or tk.low(m) in _DEGREE:
            m += 1
        if tk.low(m) not in _ACTIVE_EVENTS and tk.low(m) not in _PASSIVE_EVENTS:
            break
        k = m
    return k


def _object_follows(tk: _Tokens, m: int) -> bool:
    """Whether an object follows an active verb at ``m - 1`` ("shot a woman", "shot at").

    Times and manners are no objects: "shot late Saturday", "shot multiple times".
    """
    low = tk.low(m)
    if not low:
        return False
    if low in ("at", "up", "back", "into", "out", "off"):
        return True  # "shot at police", "shot up a house"
    if low in _TIME_WORDS or (low in _MANY and tk.low(m + 1) == "times"):
        return False
    if low in _DETERMINERS or low in _PRONOUNS or low in _POSSESSIVE or low == "another":
        return True
    if _number(low) is not None:
        # "shot three guards"; and a part of a set, "hit seven of her nine tries"
        return _head(tk, m + 1, plural=True) is not None or tk.low(m + 1) == "of"
    word = tk.words[m]
    if word[0].isupper():
        return word[0].isalpha() and low not in _NAME_STOP
    return _noun_like(tk, m)  # "who shot firefighters"


def _chain(tk: _Tokens, k: int, event: str) -> str:
    """The strongest event of "shot and killed", "shot and critically wounded"."""
    j = k + 1
    if tk.low(j) == "down":
        j += 1
    if tk.low(j) == "to" and tk.low(j + 1) == "death":
        return "killed"
    if tk.low(j) == "dead":
        return "killed"
    if tk.low(j) in ("and", ","):
        m = j + 1
        fatal = False
        while _adverb(tk.low(m)) or tk.low(m) in _DEGREE:
            fatal = fatal or tk.low(m) in _FATAL
            m += 1
        if tk.low(m) in _BE:
            m += 1
        nxt = _PASSIVE_EVENTS.get(tk.low(m)) or _INTRANSITIVE_EVENTS.get(tk.low(m))
        if tk.low(m) in ("pronounced", "declared") and tk.low(m + 1) == "dead":
            nxt = "killed"
        if nxt is not None:
            return _stronger(event, "killed" if fatal else nxt)
    if event == "shot" and _survived(tk, j):
        return "injured"  # "was shot but survived": among the wounded
    return event


def _survived(tk: _Tokens, j: int) -> bool:
    """Whether "but survived", "and is expected to recover" go on from token ``j``.

    A time may come between ("shot Sunday and remains hospitalized"); a negation or a
    modal ("but did not survive", "and may not live") says nothing of the kind.
    """
    for _ in range(3):
        if not (tk.low(j) in _TIME_WORDS or tk.low(j) in _DAY_PARTS):
            break
        j += 1
    if tk.low(j) not in ("but", "and"):
        return False
    m = j + 1
    while _adverb(tk.low(m)):
        m += 1
    if tk.low(m) in _SURVIVED:
        return True
    if not (tk.low(m) in _BE or tk.low(m) in _HAVE):
        return False
    m += 1
    while _adverb(tk.low(m)):
        m += 1
    low = tk.low(m)
    if low in _SURVIVED or low in ("hospitalized", "hospitalised", "recovering"):
        return True  # "and is recovering", "and remains hospitalized", "but has survived"
    return low == "expected" and tk.low(m + 1) == "to" and tk.low(m + 2) in _SURVIVE


def _stronger(a: str, b: str) -> str:
    return b if _RANK.get(b, 0) > _RANK.get(a, 0) else a
