"""The gazetteers shipped with reconcile, and the questions grouping and judging ask of them.

The data lives in ``reconcile/data/*.json`` (countries, regions, U.S. states,
cities, public bodies): general geography and ordinary public bodies, nothing
about any particular story. It is read once, on first use, and never changes.

Four questions make the public surface:

- :func:`canonical_place`: "N.Y." and "New York" are one place.
- :func:`place_contains`: Columbus lies in Ohio, which lies in the United States.
- :func:`nationality`: "Belgian" and "Belgium" name one country.
- :func:`canonical_organization`: "DOL" and "Labor Department" are one body.

:func:`token_columns` (the tokens of :func:`tokenize` as columns) and
:func:`gazetteer` serve :mod:`reconcile.extract.names`, which matches the
gazetteer's phrases token by token.
"""

from __future__ import annotations

import bisect
import functools
import json
import operator
import re
from importlib import resources
from itertools import repeat
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeAlias

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from reconcile.model import EntityKind

__all__ = ["canonical_organization", "canonical_place", "nationality", "place_contains"]

TokenKind: TypeAlias = Literal["word", "abbr", "num", "punct", "poss"]
PlaceKind: TypeAlias = Literal["country", "region", "state", "city"]

_RSQUO = "\u2019"  # right single quotation mark, the typographic apostrophe


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Dotted abbreviations whose period belongs to the word, not to the sentence.
# AP state abbreviations ("Mich.") are added from the data.
_DOTTED = _words(
    "Mr Mrs Ms Mx Dr Prof Rev Fr Sen Sens Rep Reps Gov Lt Gen Col Capt Cpt Sgt Cpl Pvt Pfc "
    "Adm Cmdr Maj Brig Det Insp Supt Hon Atty Pres Amb Msgr Jr Sr St Ste Mt Ft Inc Corp Co "
    "Ltd Bros Dept Univ Assn Esq Ave Blvd Rd"
)

# Letters-and-dots abbreviations (U.S., N.Y., W.Va.), a party letter before one ("D-"
# of "D-N.Y."), words with inner apostrophes,
# ampersands or hyphens, numbers, and any other single character. Every branch
# consumes at least one character and no branch can match the same text two ways,
# so the scan is linear. The abbreviation's first letter is written out before its
# repeat and the repeats of words and numbers are possessive ("*+", "++"): the same
# matches (nothing follows a word or a number in its branch, and its separators are no
# letters or digits, so nothing is given back), with less work per position tried.
_TOKEN = re.compile(
    r"(?P<abbr>[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)+)"
    r"|(?P<prefix>[A-Z]-(?=(?:[A-Z][a-z]?\.){2,}))"
    r"|(?P<word>[^\W\d_][^\W_]*+(?:['\u2019&-][^\W_]++)*+)"
    r"|(?P<num>\d++(?:[.,]\d++)*+)"
    r"|(?P<punct>\S)"
)
_POSSESSIVE = ("'s", _RSQUO + "s")
_LASTGROUP = operator.attrgetter("lastgroup")
_INNER = re.compile(r"[-'\u2019]")  # hyphens and apostrophes, inside a token or alone
_PERIOD = re.compile(r"\.")
DIRECTIONS = _words(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest Northeastern Northwestern Southeastern Southwestern Upstate "
    "Downstate Midwestern"
)
# "<country or demonym> <government body>": "French Foreign Ministry", "France's foreign ministry".
_GOVERNMENT_BODIES = frozenset(
    [
        "foreign ministry",
        "defense ministry",
        "defence ministry",
        "interior ministry",
        "finance ministry",
        "health ministry",
        "justice ministry",
        "commerce ministry",
        "trade ministry",
        "ministry of foreign affairs",
        "ministry of defense",
        "ministry of defence",
        "foreign office",
        "embassy",
        "consulate",
        "government",
        "military",
        "army",
        "navy",
        "air force",
        "coast guard",
        "parliament",
        "cabinet",
        "central bank",
        "police",
    ]
)
_SMALL_WORDS = frozenset(["of", "the", "and", "for", "on", "in"])
_POLICE = re.compile(
    r"(?P<place>\S.*?) (?:Police(?: Department| Dept\.)?|police(?: department)?|PD)",
)


class Token(NamedTuple):
    """One token: offsets into the text, and its lookup form (curly apostrophes straightened)."""

    start: int
    end: int
    text: str
    kind: TokenKind


def _key(word: str) -> str:
    return word.replace(_RSQUO, "'")


def _split_word(text: str, start: int, end: int) -> Iterator[tuple[int, int, TokenKind]]:
    """Split a word token into a name part and a lowercase tail or a possessive.

    "Texas-based" gives "Texas" and "based"; "Kenya's" gives "Kenya" and "'s";
    "Port-au-Prince" and "Bissau-Guinean" stay whole, since their last part is capitalised.
    """
    word = text[start:end]
    if len(word) > 2 and word.endswith(_POSSESSIVE):
        yield from _split_word(text, start, end - 2)
        yield end - 2, end, "poss"
        return
    parts = word.split("-")
    if len(parts) > 1 and parts[0][:1].isupper():
        tail = len(parts)
        while tail > 1 and parts[tail - 1][:1].islower():
            tail -= 1
        if tail < len(parts):
            head_end = start + len("-".join(parts[:tail]))
            yield start, head_end, "word"
            yield head_end + 1, end, "word"
            return
    yield start, end, "word"


def _may_keep_period(word: str, dotted: frozenset[str]) -> bool:
    """Whether a word keeps the period after it: a known abbreviation or an initial."""
    return word in dotted or (len(word) == 1 and word.isupper())


class Tokens(NamedTuple):
    """The tokens of a stretch of text as four columns: what :class:`Token` holds, per token.

    :mod:`reconcile.extract.names` reads these, so no :class:`Token` is made for the many
    tokens it only steps over.
    """

    starts: list[int]
    ends: list[int]
    texts: list[str]
    kinds: list[TokenKind]

    def add(self, start: int, end: int, text: str, kind: TokenKind) -> None:
        """Append one token."""
        self.starts.append(start)
        self.ends.append(end)
        self.texts.append(text)
        self.kinds.append(kind)

    def add_from(self, other: Tokens, i: int, j: int) -> None:
        """Append tokens ``[i, j)`` of ``other``."""
        self.starts.extend(other.starts[i:j])
        self.ends.extend(other.ends[i:j])
        self.texts.extend(other.texts[i:j])
        self.kinds.extend(other.kinds[i:j])


def tokenize(
    text: str, start: int = 0, end: int | None = None, *, dotted: frozenset[str] = _DOTTED
) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``.

    A word keeps a following period when it is a known abbreviation ("Mr.",
    "Inc.") or an initial ("F."); possessives and lowercase hyphen tails
    ("-based") become tokens of their own.

    >>> [t.text for t in tokenize("Mr. J. Doe\u2019s Texas-based firm, U.S.")]
    ['Mr.', 'J.', 'Doe', "'s", 'Texas', 'based', 'firm', ',', 'U.S.']
    """
    columns = token_columns(text, start, end, dotted=dotted)
    return list(map(tuple.__new__, repeat(Token), zip(*columns, strict=True)))


def token_columns(
    text: str, start: int = 0, end: int | None = None, *, dotted: frozenset[str] = _DOTTED
) -> Tokens:
    """The tokens :func:`tokenize` gives, as columns."""
    stop = len(text) if end is None else end
    # Most tokens are one match as it stands: those are taken column by column in C-level
    # maps. The rest, read one by one below, are the tokens holding a hyphen or an
    # apostrophe (a "prefix", a word to split, a possessive, a curly apostrophe to
    # straighten) and the words a period follows that may keep it ("Mr.", "J."): not
    # every word before a period, for most end a sentence ("said."). Flagging one more
    # than needed only sends it the slow way.
    matches = list(_TOKEN.finditer(text, start, stop))
    fast = Tokens(
        list(map(re.Match.start, matches)),
        list(map(re.Match.end, matches)),
        list(map(re.Match.group, matches)),
        list(map(_LASTGROUP, matches)),
    )
    starts, ends, words, kinds = fast
    special = {
        bisect.bisect_right(starts, m.start()) - 1 for m in _INNER.finditer(text, start, stop)
    }
    for m in _PERIOD.finditer(text, start, stop):
        k = bisect.bisect_left(ends, m.start())  # the token that ends at the period, if any
        if k < len(ends) and ends[k] == m.start() and _may_keep_period(words[k], dotted):
            special.add(k)
    if not special:
        return fast
    tokens = Tokens([], [], [], [])
    pos = start  # where the next token may start: past a period an abbreviation took
    done = 0  # tokens before this one are in
    for k in (*sorted(special), len(words)):
        if done < k:  # tokens as they stand, but the period an abbreviation just took
            tokens.add_from(fast, done + 1 if starts[done] < pos else done, k)
        done = k + 1
        if k == len(words):
            break
        s, e, word, kind = starts[k], ends[k], words[k], kinds[k]
        if s < pos:
            continue  # the period just taken into "Mr." (any other match starts later)
        group: str = kind  # the pattern's group: a kind, or "prefix" (only a token read here)
        if group == "prefix":  # "D-" of "D-N.Y."
            tokens.add(s, e, word, "punct")
            continue
        if kind != "word":
            tokens.add(s, e, _key(word), kind)
            continue
        # Most words are one part: split only those with a hyphen or a possessive.
        parts: Iterable[tuple[int, int, TokenKind]] = (
            _split_word(text, s, e)
            if "-" in word or word.endswith(_POSSESSIVE)
            else ((s, e, "word"),)
        )
        for ps, pe, part_kind in parts:
            end_ = pe
            if (
                part_kind == "word"
                and pe < stop
                and text[pe] == "."
                and _may_keep_period(text[ps:pe], dotted)
            ):
                end_ = pe + 1  # the period belongs to the abbreviation
                pos = max(pos, end_)
            tokens.add(ps, end_, _key(text[ps:end_]), part_kind)
    return tokens


def _phrase(text: str, dotted: frozenset[str]) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(text, dotted=dotted))


# --- the data ---------------------------------------------------------------------------


class Hit(NamedTuple):
    """What a gazetteer phrase names: its kind of entity and canonical name."""

    kind: EntityKind
    name: str
    place: PlaceKind | None = None


@attrs.frozen
class Place:
    """One reading of a place name: its kind, and the places that directly contain it."""

    kind: PlaceKind
    name: str
    parents: tuple[str, ...] = ()
    preferred: bool = False


_RANK: dict[str, int] = {"country": 0, "region": 1, "state": 2, "city": 3}


@attrs.frozen
class Table:
    """Names and what they stand for, looked up exactly, then ignoring case.

    Only names of five or more characters are matched ignoring case, so that
    "US" never matches "us" nor "WHO" "who".

    >>> Table.of({"Labor Department": "DOL"}).get("labor department")
    'DOL'
    """

    exact: Mapping[str, str]
    folded: Mapping[str, str]

    @classmethod
    def of(cls, names: Mapping[str, str]) -> Table:
        """Index ``names`` for both lookups (the first spelling wins a case clash)."""
        folded: dict[str, str] = {}
        for name, value in names.items():
            if len(name) >= 5:
                folded.setdefault(name.casefold(), value)
        return cls(dict(names), folded)

    def get(self, name: str) -> str | None:
        """What ``name`` stands for, or None."""
        found = self.exact.get(name)
        if found is None and len(name) >= 5:
            found = self.folded.get(name.casefold())
        return found

    def __contains__(self, name: str) -> bool:
        """Whether ``name`` is in the table (exactly or ignoring case)."""
        return self.get(name) is not None


@attrs.frozen
class Gazetteer:
    """The loaded gazetteers, indexed for lookups; read-only once built."""

    phrases: Mapping[tuple[str, ...], Hit]
    longest: Mapping[str, int]
    readings: Mapping[str, tuple[Place, ...]]
    place_names: Table
    demonyms: Table
    countries: Table
    organizations: Table
    states: Table
    dotted: frozenset[str]

    def match(self, words: list[str], i: int) -> tuple[int, Hit] | None:
        """The longest phrase starting at ``words[i]``: its end index and meaning."""
        most = self.longest.get(words[i], 0)
        for size in range(min(most, len(words) - i), 0, -1):
            hit = self.phrases.get(tuple(words[i : i + size]))
            if hit is not None:
                return i + size, hit
        return None

    def place_kinds(self, name: str) -> frozenset[PlaceKind]:
        """The kinds of place a canonical name can be (one name may be a state and a country)."""
        return frozenset(p.kind for p in self.readings.get(name, ()))


def _read(name: str) -> Any:
    return json.loads((resources.files("reconcile") / "data" / name).read_text(encoding="utf-8"))


def _plural(demonym: str) -> str | None:
    """The plural of a demonym, or None when it does not change ("Portuguese", "Swiss")."""
    if demonym.endswith(("ese", "s", "sh", "ch", "x")) or "-" in demonym:
        return None
    if demonym.endswith("man"):
        return demonym[:-3] + "men"
    return demonym + "s"


def _us_twins(name: str) -> list[str]:
    """'U.S. Coast Guard' is also printed 'US Coast Guard' and 'United States Coast Guard'."""
    if name.startswith("U.S. "):
        rest = name[5:]
        return [name, f"US {rest}", f"United States {rest}"]
    return [name]


class _Builder:
    """Collects the tables while the data files are read; :meth:`done` freezes them."""

    def __init__(self, dotted: frozenset[str]) -> None:
        self.dotted = dotted
        self.phrases: dict[tuple[str, ...], Hit] = {}
        self.readings: dict[str, list[Place]] = {}
        self.place_names: dict[str, tuple[int, str]] = {}
        self.demonyms: dict[str, str] = {}
        self.countries: dict[str, str] = {}
        self.organizations: dict[str, str] = {}
        self.states: dict[str, str] = {}

    def place(self, place: Place, names: Iterable[str]) -> None:
        self.readings.setdefault(place.name, []).append(place)
        rank = -1 if place.preferred else _RANK[place.kind]
        for name in names:
            old = self.place_names.get(name)
            if old is None or rank < old[0]:
                self.place_names[name] = (rank, place.name)

    def done(self) -> Gazetteer:
        for name, (_rank, canonical) in self.place_names.items():
            kinds = {p.kind for p in self.readings[canonical]}
            kind = min(kinds, key=_RANK.__getitem__)
            self._add(name, Hit("place", canonical, kind), replace=False)
        for name, country in self.demonyms.items():
            self._add(name, Hit("nationality", country), replace=True)
        for name, body in self.organizations.items():
            self._add(name, Hit("organization", body), replace=True)
        longest: dict[str, int] = {}
        for phrase in self.phrases:
            longest[phrase[0]] = max(longest.get(phrase[0], 0), len(phrase))
        return Gazetteer(
            phrases=self.phrases,
            longest=longest,
            readings={k: tuple(v) for k, v in self.readings.items()},
            place_names=Table.of({k: v for k, (_r, v) in self.place_names.items()}),
            demonyms=Table.of(self.demonyms),
            countries=Table.of(self.countries),
            organizations=Table.of(self.organizations),
            states=Table.of(self.states),
            dotted=self.dotted,
        )

    def _add(self, name: str, hit: Hit, *, replace: bool) -> None:
        phrase = _phrase(name, self.dotted)
        if phrase and (replace or phrase not in self.phrases):
            self.phrases[phrase] = hit


def _add_countries(
    b: _Builder, countries: list[dict[str, Any]], regions: list[dict[str, Any]]
) -> None:
    by_iso = {c["iso"]: c["name"] for c in countries}
    members = {r["name"]: set(r["members"]) for r in regions if r["members"]}
    for c in countries:
        parents = [by_iso[c["part_of"]]] if "part_of" in c else []
        parents += [name for name, isos in members.items() if c["iso"] in isos]
        names = [c["name"], *c["aliases"]]
        b.place(Place("country", c["name"], tuple(parents)), names)
        for name in names:
            b.countries.setdefault(name, c["name"])
        _add_demonyms(b, c["demonyms"], c["name"])
    for r in regions:
        own = members.get(r["name"], set())
        parents = [by_iso[r["part_of"]]] if "part_of" in r else []
        parents += [n for n, isos in members.items() if own and own < isos]
        names = [r["name"], *r["aliases"]]
        b.place(Place("region", r["name"], tuple(parents)), names)
        for name in names:
            b.countries.setdefault(name, r["name"])
        _add_demonyms(b, r["demonyms"], r["name"])


def _add_demonyms(b: _Builder, demonyms: list[str], country: str) -> None:
    for demonym in demonyms:
        b.demonyms.setdefault(demonym, country)
        plural = _plural(demonym)
        if plural:
            b.demonyms.setdefault(plural, country)


def _add_states(b: _Builder, states: list[dict[str, Any]]) -> None:
    for s in states:
        names = [s["name"], *s["aliases"]]
        # Only abbreviations with two or more periods ("N.Y.") are safe alone;
        # "Pa." or "Ind." name a state only after a city ("Erie, Pa.").
        safe = [ap for ap in s["ap"] if ap.count(".") >= 2]
        b.place(Place("state", s["name"], ("United States",)), names + safe)
        for name in [*names, *s["ap"], s["postal"]]:
            b.states[name] = s["name"]


def _add_cities(b: _Builder, cities: list[dict[str, Any]], countries: list[dict[str, Any]]) -> None:
    by_iso = {c["iso"]: c["name"] for c in countries}
    for c in cities:
        parents = [p for p in (c.get("part_of"), c.get("state")) if p]
        if c.get("country"):
            parents.append(by_iso[c["country"]])
        place = Place("city", c["name"], tuple(parents), preferred=bool(c.get("preferred")))
        b.place(place, [c["name"], *c.get("aliases", ())])


def _add_organizations(b: _Builder, bodies: list[dict[str, Any]]) -> None:
    for body in bodies:
        for name in [body["name"], *body["aliases"]]:
            for twin in _us_twins(name):
                b.organizations.setdefault(twin, body["name"])
        for acronym in body["acronyms"]:
            b.organizations.setdefault(acronym, body["name"])


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteers, read from the package data once (read-only, so caching is safe)."""
    states = _read("us_states.json")["states"]
    ap = {a[:-1] for s in states for a in s["ap"] if a.count(".") == 1 and a.endswith(".")}
    b = _Builder(_DOTTED | ap)
    countries = _read("countries.json")["countries"]
    _add_countries(b, countries, _read("regions.json")["regions"])
    _add_states(b, states)
    _add_cities(b, _read("cities.json")["cities"], countries)
    _add_organizations(b, _read("organizations.json")["organizations"])
    return b.done()


# --- the questions ----------------------------------------------------------------------


def _clean(name: str) -> str:
    """Collapse spaces, straighten apostrophes, drop a leading 'the' and a trailing possessive."""
    words = _key(name).split()
    if len(words) > 1 and words[0] in ("the", "The"):
        words = words[1:]
    cleaned = " ".join(words)
    if cleaned.endswith("'s") and len(cleaned) > 3:
        cleaned = cleaned[:-2]
    return cleaned


@functools.lru_cache(maxsize=4096)
def _canonical_place(name: str) -> str | None:
    g = gazetteer()
    found = g.place_names.get(name)
    if found is not None:
        return found
    words = name.split(" ")
    if len(words) > 1 and words[-1] in ("state", "State"):
        state = g.states.get(" ".join(words[:-1]))
        if state is not None:
            return state
    if len(words) > 1 and words[0] in DIRECTIONS:
        rest = _canonical_place(" ".join(words[1:]))
        if rest is not None:
            return f"{words[0]} {rest}"
    if "," in name:
        city, _, state = name.rpartition(",")
        state_name = g.states.get(state.strip())
        found = _canonical_place(city.strip())
        if state_name and found and state_name in _ancestors(found):
            return found
    return None


def canonical_place(name: str) -> str | None:
    """The canonical name of a country, region, U.S. state or city, or None if unknown.

    Countries take their short common name, states their full name, and a
    direction before a known place is kept ("Western Pennsylvania").

    >>> canonical_place("U.S."), canonical_place("N.Y."), canonical_place("Mich.")
    ('United States', 'New York', 'Michigan')
    >>> canonical_place("the Netherlands"), canonical_place("Columbus, Ohio")
    ('Netherlands', 'Columbus')
    >>> canonical_place("Atlantis") is None
    True
    """
    cleaned = _clean(name)
    if not cleaned:
        return None
    found = _canonical_place(cleaned)
    if found is None:
        found = gazetteer().states.get(cleaned)
    return found


@functools.lru_cache(maxsize=4096)
def _ancestors(name: str) -> frozenset[str]:
    """Every place that contains some reading of ``name``, transitively."""
    g = gazetteer()
    words = name.split(" ")
    if name not in g.readings and len(words) > 1 and words[0] in DIRECTIONS:
        rest = " ".join(words[1:])
        return frozenset({rest}) | _ancestors(rest)
    seen: set[str] = set()
    todo = [name]
    while todo:
        for place in g.readings.get(todo.pop(), ()):
            for parent in place.parents:
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
    return frozenset(seen)


def place_contains(outer: str, inner: str) -> bool | None:
    """Whether ``inner`` lies in ``outer`` (a place contains itself); None if either is unknown.

    A name with several readings ("Portland": Oregon and Maine) lies in ``outer``
    when any of its readings does.

    >>> place_contains("Ohio", "Columbus"), place_contains("US", "N.Y.")
    (True, True)
    >>> place_contains("Texas", "Columbus")
    False
    >>> place_contains("Ohio", "Atlantis") is None
    True
    """
    big = canonical_place(outer)
    small = canonical_place(inner)
    if big is None or small is None:
        return None
    return big == small or big in _ancestors(small)


def nationality(word: str) -> str | None:
    """The country a demonym or a country's name refers to, or None.

    >>> nationality("Belgian"), nationality("Belgium"), nationality("U.S.")
    ('Belgium', 'Belgium', 'United States')
    >>> nationality("South Africans"), nationality("American"), nationality("French")
    ('South Africa', 'United States', 'France')
    >>> nationality("Martian") is None
    True
    """
    g = gazetteer()
    cleaned = _clean(word)
    return g.demonyms.get(cleaned) or g.countries.get(cleaned)


def _title(words: str) -> str:
    return " ".join(
        w if w in _SMALL_WORDS and i else w[:1].upper() + w[1:]
        for i, w in enumerate(words.split(" "))
    )


def _government(name: str) -> str | None:
    """'French Foreign Ministry' / "France's foreign ministry" -> 'France Foreign Ministry'."""
    words = name.split(" ")
    for size in range(min(4, len(words) - 1), 0, -1):
        head = " ".join(words[:size])
        body = " ".join(words[size:]).lower()
        if body not in _GOVERNMENT_BODIES:
            continue
        head = head.removesuffix("'s")
        country = nationality(head)
        if country is not None:
            return f"{country} {_title(body)}"
    return None


def canonical_organization(name: str) -> str | None:
    """The canonical name of a known public body, or None if it is not known.

    Known are the bodies in the data (with their acronyms, "Labor Department"
    and "Department of Labor" forms, with or without "U.S."), police
    departments ("Columbus police", "Columbus Police Department"), and a
    country's government bodies ("French Foreign Ministry").

    >>> canonical_organization("DOL"), canonical_organization("the Labor Department")
    ('U.S. Department of Labor', 'U.S. Department of Labor')
    >>> canonical_organization("Columbus police")
    'Columbus Police Department'
    >>> canonical_organization("Acme Widgets") is None
    True
    """
    cleaned = _clean(name)
    if not cleaned:
        return None
    found = gazetteer().organizations.get(cleaned)
    if found is not None:
        return found
    government = _government(cleaned)
    if government is not None:
        return government
    police = _POLICE.fullmatch(cleaned)
    if police and not police["place"].endswith(("State", "state")):
        return f"{police['place'].removesuffix(chr(39) + 's')} Police Department"
    return None
