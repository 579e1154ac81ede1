"""Names in text: people, organisations, places and nationalities, from general rules.

:func:`find_names` reads one stretch of text and returns the names in it with
their offsets and canonical forms; :class:`NameIndex` ties later mentions in
the same source to earlier ones ("Chen" to "Robert Chen", "AWC" to the
words it abbreviates). Nothing here knows any particular story: the rules are
English capitalisation, titles, honorifics, organisation and place words, and
the gazetteers of :mod:`reconcile.extract.gazetteer`.

How a stretch is read, token by token (first rule that fires wins):

1. An acronym defined in parentheses, "National Weather Service (NWS)": the
   words whose initials spell it are one name, and the acronym gets that name
   as its canonical form.
2. A title or honorific ("Mr.", "Sen.", "Deputy Secretary",
   "President") followed by capitalised words: those words are a person.
3. The longest gazetteer phrase ("South African", "Environmental Protection
   Agency", "N.Y.") unless a longer run of capitalised words ends in an organisation or
   place word ("Michigan State Police", "Franklin County"); a single-word place
   followed by a name ("Jordan Peterson") is a person. Its neighbours refine
   it: a country before "citizens"/"nationals" is a nationality ("U.S.
   citizens"), a state after "<city>, " is the state ("Seattle, Washington"),
   a city before "police" is that city's police department.
4. Otherwise a run of capitalised words (joined by "of"/"for" only after an
   organisation word: "Bank of America") is an organisation if it ends in an
   organisation word (Department, Police, Inc., University, ...), a place if it
   ends in a place word (County, City, Island, ...), stands before ", N.Y." or
   after "in"/"near" or "<age>, of", a person if it is two to five name-shaped
   words (a nickname in quotes is dropped from the canonical name), and
   ``other`` if it is a lone word (a surname, a brand: :class:`NameIndex` may
   resolve it later).

Words capitalised only because they start a sentence ("The", "But", "Police",
"Investigators", "Separately") are not names; a lone sentence-initial word
that could be a surname ("Chen said") is kept as ``other``. Headlines in
capitals are read for known places only ("NEW YORK" is New York).

Limits: no pronouns; title-case headlines read like names ("Harbor Freight");
a one-word place before a surname-like word is taken for a person ("Ohio
Edison"); "in <Name>" is taken for a place.

The scan is linear: each token is looked at a bounded number of times (runs
are cut at twelve tokens, gazetteer phrases at their longest entry).
"""

from __future__ import annotations

import itertools
import operator
from itertools import compress, repeat
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import attrs

from reconcile.errors import InvalidSpanError
from reconcile.extract.gazetteer import (
    DIRECTIONS,
    Hit,
    canonical_organization,
    canonical_place,
    gazetteer,
    nationality,
    place_contains,
    token_columns,
)
from reconcile.model import EntityKind, EntityRef

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from reconcile.extract.gazetteer import Gazetteer, TokenKind, Tokens

__all__ = [
    "NameIndex",
    "canonical_organization",
    "canonical_place",
    "find_names",
    "nationality",
    "place_contains",
]

Found = tuple[int, int, EntityRef]
_T = TypeVar("_T")

_MAX_RUN = 12  # tokens; bounds the look-ahead so a long capitalised line stays linear
_MAX_PERSON = 5


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitalised function words: never a name, and they end a run of capitalised words.
_FUNCTION = _words(
    """
    A An The This That These Those His Her Hers Its Their Our My Your He She It They We I You Me
    Him Them Us Who Whom Whose What Which Where When Why How Whether While Whereas Although
    Though Because Since Until Unless If Then Than As At In On Of For To From With Without By
    About Above Below Under Over Between Among Through Throughout Against Despite During Before
    After Into Onto Upon Within Along Across Around Near Beyond Toward Towards Via Per But And
    Or Nor So Yet Also Meanwhile However Moreover Furthermore Nevertheless Nonetheless Still
    Instead Otherwise Thus Hence Therefore Indeed Earlier Later Last Next Now Today Yesterday
    Tomorrow Tonight Here There Some Many Most More Much Few Fewer Less Least Several All Both
    Each Every Either Neither Other Another Such No Not None Nothing Nobody Someone Something
    Anyone Anything Everyone Everything Please Thanks Yes Okay According Asked Like Unlike
    Including Even Just Only Once Almost Nearly Roughly Approximately Again Already Always Never
    Often Sometimes Perhaps Maybe Separately Is Are Was Were Be Been Has Have Had Do Does Did
    """
)
# Capitalised common words that are no name alone, nor start one that is not an
# organisation or a place ("Federal agents", but "National Rifle Association").
_NOT_ALONE = _words(
    """
    Federal National International Local Regional Former Current New Old Recent Further
    Additional Final First Second Third Fourth Fifth One Two Three Four Five Six Seven Eight
    Nine Ten Eleven Twelve Twenty Hundreds Thousands Millions Billions Dozens Officials
    Authorities Police Prosecutors Investigators Residents Witnesses Experts Analysts Critics
    Supporters Lawmakers Officers Agents Doctors Sources Reporters Editors Update Updated
    Breaking Advertisement Photo Video Watch Read Related Share Click Subscribe Sign Copyright
    Editing Reporting Writing Source Image Government Officer Court Department State
    """
)
_DAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_MONTHS = _words(
    "January February March April May June July August September October November December "
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
# Title words that head a title ("Attorney", "Sen.") and words that only qualify one.
_TITLE_HEADS = _words(
    """
    Mr. Mrs. Ms. Mx. Miss Dr. Prof. Professor Rev. Reverend Msgr. Sir Dame Lord Madam
    Sen. Senator Sens. Rep. Representative Reps. Gov. Governor Mayor Councilman Councilwoman
    Councilmember Alderman Alderwoman Assemblyman Assemblywoman Assemblymember Congressman
    Congresswoman Delegate President Premier Chancellor Minister Secretary Ambassador Envoy
    Attorney Prosecutor Judge Justice Magistrate Sheriff Marshal Chief Commissioner
    Superintendent Inspector Detective Det. Officer Trooper Deputy Agent Sgt. Sergeant Lt.
    Lieutenant Capt. Captain Cpt. Cmdr. Commander Col. Colonel Gen. Maj. Adm. Admiral Brig.
    Cpl. Corporal Pvt. Private Pfc. Director Chairman Chairwoman Chairperson Chair Speaker
    Leader Spokesman Spokeswoman Spokesperson Pope Cardinal Archbishop Bishop Rabbi Imam Pastor
    Father King Queen Prince Princess Emperor Empress Sheikh Emir Crown CEO CFO COO CTO
    Coach Counsel Treasurer Comptroller Auditor Clerk Surgeon Solicitor Advocate Mufti Ayatollah
    Executive
    """
)
_TITLE_MODIFIERS = _words(
    """
    Assistant Deputy Acting Associate Vice Former Interim Senior Chief Special Executive
    First Principal Prime Foreign Defense Defence Interior Finance Health Justice Trade State
    District Federal Superior Supreme Circuit Appeals Appellate County City Police Fire Public
    Majority Minority House Senate Press Managing General Attorney Lt. Lieutenant Major
    Brigadier Staff Master Petty Under Permanent Independent Inspector Surgeon Solicitor
    U.S. US Regional Division Battalion Homeland Security Energy Education Commerce Labor
    Treasury Transportation Agriculture Secretary National Intelligence Economic Affairs
    Operating Financial Technology Information Marketing Commercial Investment Medical
    Communications Legal Nursing Academic Creative Diversity Revenue Risk Compliance Strategy
    """
)
_TITLE_WORDS = _TITLE_HEADS | _TITLE_MODIFIERS  # a run of these only is a title, no name
# Lowercase words after which a capitalised word is a person ("spokeswoman Maria Lopez").
_ROLE_WORDS = _words(
    """
    spokesman spokeswoman spokesperson attorney lawyer prosecutor judge officer detective agent
    sheriff chief director president minister secretary senator representative governor mayor
    official analyst economist professor researcher scientist author actor actress singer
    player coach founder owner suspect defendant victim resident national citizen neighbor
    neighbour witness driver pilot soldier nurse doctor teacher student manager executive
    chairman chairwoman leader commander colonel captain sergeant lieutenant trooper deputy
    investigator inspector ambassador envoy diplomat candidate lawmaker daughter son wife
    husband mother father brother sister friend uncle aunt cousin boyfriend girlfriend partner
    colleague named identified dubbed alias
    """
)
# Nouns for people: "U.S. citizens" and "Belgian nationals" state a nationality.
_PEOPLE_NOUNS = _words(
    """
    citizen citizens national nationals resident residents individual individuals person
    persons people man men woman women worker workers soldier soldiers troops student students
    tourist tourists journalist journalists children child boy boys
    girl girls victim victims hostage hostages servicemember servicemembers
    """
)
_ORG_SUFFIXES = _words(
    """
    Department Dept. Ministry Agency Police Office Inc. Corp. Corporation Company Co. Ltd. LLC
    LLP PLC Plc Group Holdings Partners Bank University College School Academy Institute Council
    Court Bureau Commission Committee Service Services Association Foundation Authority
    Administration Board Union Federation League Organization Organisation Party Network
    Airlines Airways Times Post Journal News Herald Tribune Gazette Chronicle Press Daily
    Magazine Radio Television Hospital Clinic Church Museum Club Army Navy Guard Patrol Force
    Forces Corps Marshals Senate Congress Parliament Assembly Cabinet Government Embassy
    Consulate Mission Secretariat Tribunal Center Centre Laboratory Laboratories Labs Systems
    Technologies Industries Motors Pharmaceuticals Therapeutics Capital Securities Investments
    Fund Trust Exchange Reserve Coalition Alliance Society Institution Agencies Ministries
    Departments Brigade Battalion Regiment Division Command Cartel Gang Syndicate
    """
)
# Organisation words that take "of"/"for"/"on" after them ("Bank of America").
_ORG_HEADS = _ORG_SUFFIXES | _words("House Chamber Order Office")
_PLACE_SUFFIXES = _words(
    """
    County City Parish Township Borough Village Province Prefecture Oblast Region Territory
    Island Islands Ocean Sea River Lake Mountains Mountain Peninsula Valley Desert Strait Gulf
    Bay Canal Coast Airport Park Street Avenue Ave. Road Rd. Boulevard Blvd. Highway Freeway
    Interstate Square Plaza Bridge Station Harbor Harbour Beach Falls Heights Hills Canyon
    Forest Stadium Arena Mall Tower Towers Building Prison Penitentiary Base
    """
)
_PLACE_HEADS = _words("Gulf Bay Sea Isle Strait Lake Cape Republic Kingdom Province Sea")
_EVENT_HEADS = _words("Hurricane Typhoon Cyclone Storm Tropical Operation")
_PARTICLES = _words("de du da di del della der den van von bin ibn al el la le dos das")
_NAME_SUFFIXES = _words("Jr. Sr. II III IV Jr Sr")
_FINAL_DOTTED = _words("Inc. Corp. Co. Ltd. Jr. Sr. Bros.")
_CONNECTORS = _words("of for on")
# All-capital words that are common nouns, not names.
_COMMON_CAPS = _words(
    """
    IT TV AI OK AM PM ID PR HR CEO CFO COO CTO VP GDP GPS DNA PhD MBA FAQ PDF USB ATM SUV RV
    COVID COVID-19 HIV AIDS LGBT LGBTQ DUI DWI ER ICU EMS EMT PTSD ADHD NFT CPI UV AC DC PC PCs
    IPO ETF LLC PLC Q1 Q2 Q3 Q4 AP UPDATE UPDATED BREAKING WATCH READ MORE NEW OF THE AND A IN
    """
)
# Word endings of sentence-initial words that are not names ("Investigators", "Separately").
_COMMON_ENDINGS = (
    "ly",
    "ing",
    "ed",
    "tion",
    "ment",
    "ness",
    "ers",
    "ors",
    "ants",
    "ents",
    "ists",
    "ies",
    "als",
    "ions",
    "ures",
    "sses",
)
_LDQUO, _RDQUO, _LSQUO, _RSQUO = "\u201c", "\u201d", "\u2018", "\u2019"
_OPEN_QUOTES = frozenset([_LDQUO, '"', _LSQUO, "'"])
_CLOSE_QUOTES = frozenset([_RDQUO, '"', _RSQUO, "'"])
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | frozenset("([«»")
_SENTENCE_END = frozenset(".!?:;")
_PLACE_PREPOSITIONS = _words("in near outside")
_SAID = _words("said says told added wrote stated explained testified")
# Words that may follow a noun phrase which is a clause's subject or object.
_AFTER_SUBJECT = _SAID | _words(
    """
    spokesman spokeswoman spokesperson official officials has had have is was will would did
    does and or to in on of for that which who announced confirmed denied issued
    """
)


_NOTHING_STARTS = frozenset(["num", "punct", "poss"])  # kinds of token no name starts at
_FIRST = operator.itemgetter(slice(0, 1))
_SPAN = operator.itemgetter(0, 1)  # a found name's start and end: a C-level sort key


def _cap(text: str, kind: TokenKind) -> bool:
    """Whether a token can be part of a name: a capitalised word or a dotted abbreviation."""
    if kind == "abbr":
        return True
    first = text[:1]
    return kind == "word" and (first.isupper() or first.istitle())


def _acronym(text: str) -> bool:
    """'NASA', 'U.S.', 'G7': all capitals, no lowercase letters."""
    return text.isupper() and len(text) - text.count(".") - text.count("-") >= 2


def _initial(text: str) -> bool:
    """'F.' or 'J.K.': the initials of a person's name."""
    return text.endswith(".") and all(len(p) == 1 and p.isupper() for p in text[:-1].split("."))


def _name_word(text: str, kind: TokenKind) -> bool:
    """A word that can be part of a person's name: 'Chen', 'O'Brien', 'F.', 'McKinney'."""
    if _initial(text):
        return True
    if kind != "word" or not _cap(text, kind) or _acronym(text) or text.endswith("."):
        return False
    if text in _FUNCTION or text in _NOT_ALONE or text in _DAYS:
        return False
    return any(map(str.islower, text))  # C-level: no generator step per letter


class _Span(NamedTuple):
    """A name found at tokens ``[i, j)``, with the tokens its canonical form leaves out."""

    i: int
    j: int
    ref_kind: EntityKind
    name: str | None = None
    skip: frozenset[int] = frozenset()


class _Reader:
    """Reads the tokens of one stretch of text; :meth:`names` returns what it found.

    Token ``k`` is ``words[k]`` (its lookup form), of kind ``kinds[k]``, printed at
    ``text[starts[k]:ends[k]]``.
    """

    def __init__(self, text: str, tokens: Tokens, g: Gazetteer) -> None:
        self.text = text
        self.starts, self.ends, self.words, self.kinds = tokens
        self.g = g
        self.found: list[Found] = []
        self.definitions = self._definitions()
        self.expansions = {s: (e, k) for k, (s, e) in self.definitions.items()}
        self.defined: dict[int, EntityRef] = {}
        self.nicknames = self._nicknames()

    # --- the scan ---------------------------------------------------------------------------

    def names(self) -> list[Found]:
        words, found = self.words, self.found
        # Most tokens are lowercase words that start nothing: _step would send them to
        # _lowercase_organization, which wants a place or nationality just before. They
        # are marked 1 here (in C-level maps), and a run of them is stepped over at once
        # with a search for the next 0: what was found does not change over the run.
        # Numbers, punctuation but "(" (which may open an acronym's definition) and
        # possessives are no name's start either (_step sends them the same way, and
        # _lowercase_organization wants a word that starts lowercase): marked 1 too.
        lower = bytearray(
            map(
                operator.or_,
                map(str.islower, map(_FIRST, words)),
                map(
                    operator.and_,
                    map(operator.contains, repeat(_NOTHING_STARTS), self.kinds),
                    map(operator.ne, words, repeat("(")),
                ),
            )
        )
        for k in self.expansions:
            lower[k] = 0
        # After a place or nationality only the word right after it (or after its "'s")
        # may begin an organisation ("the French embassy", "France's foreign ministry"):
        # once a token lies apart from it, the run is stepped over as well.
        i = 0
        while i < len(words):
            if lower[i] and (
                not found
                or found[-1][2].kind not in ("place", "nationality")
                or self.starts[i - 1] > found[-1][1]
            ):
                i = lower.find(0, i)
                if i < 0:
                    break
                continue
            i = max(i + 1, self._step(i))
        return found

    def _step(self, i: int) -> int:
        word = self.words[i]
        if i in self.expansions:
            return self._expansion(i)
        if word == "(" and i + 1 in self.definitions:
            return self._defined_acronym(i + 1)
        if not _cap(word, self.kinds[i]):
            return self._lowercase_organization(i)
        if word in _FUNCTION and word not in self.g.longest:
            return i + 1
        if self._state_after_city(i):
            return self._emit(i, i + 1, "place", self.g.states.get(word))
        person = self._titled_person(i)
        if person is not None:
            return self._emit_span(person)
        return self._named(i)

    def _named(self, i: int) -> int:
        """Rules 3 and 4: a gazetteer phrase, or a run of capitalised words."""
        word = self.words[i]
        match = self.g.match(self.words, i)
        if match is None and (word in _FUNCTION or word in _DAYS):
            return i + 1
        if match is None and _acronym(word) and len(word) >= 3:
            shouted = self._shouted_place(i)  # "CHICAGO (AP) -", "NEW YORK —"
            if shouted is not None:
                return shouted
        run = self._run(i)
        kind = self._classify(i, run)
        if match is not None:
            end, hit = match
            if end >= run or kind not in ("organization", "place"):
                if self._person_over_place(i, end, hit, run, kind):
                    return self._emit_span(self._person(i, run))
                return self._hit(i, end, hit)
        if word in _NOT_ALONE and kind not in ("organization", "place"):
            return i + 1
        if word in _MONTHS and run == i + 1:
            return i + 1
        direction = self._direction(i)
        if direction is not None:
            return direction
        if kind is None:
            return i + 1 if self._shouting(i) else run
        if kind in ("person", "other") and (self._state_follows(run) or self._placed(i, run)):
            kind = "place"
        if kind == "person":
            return self._emit_span(self._person(i, run))
        if kind == "organization" or self._police_after(run):
            return self._organization(i, run)
        return self._emit(i, run, kind, None)

    # --- emitting ---------------------------------------------------------------------------

    def _emit(self, i: int, j: int, kind: EntityKind, name: str | None) -> int:
        start, end = self.starts[i], self.ends[j - 1]
        printed = self.text[start:end]
        ref = EntityRef(kind, printed, name or " ".join(printed.split()).replace(_RSQUO, "'"))
        self.found.append((start, end, ref))
        return j

    def _emit_span(self, span: _Span) -> int:
        if span.name is not None or not span.skip:
            return self._emit(span.i, span.j, span.ref_kind, span.name)
        kept = [self.words[k] for k in range(span.i, span.j) if k not in span.skip]
        return self._emit(span.i, span.j, span.ref_kind, " ".join(kept))

    def _hit(self, i: int, end: int, hit: Hit) -> int:
        """A gazetteer phrase, with what its neighbours say about it."""
        after = self.words[end] if end < len(self.words) else ""
        if hit.kind == "place":
            state = self.g.states.get(" ".join(self.words[i:end]))
            if state is not None and self._after_city(i):
                return self._emit(i, end, "place", state)
            if state is not None and after in ("state", "State") and not self._org_word(end + 1):
                return self._emit(i, end + 1, "place", state)
            if after == "police" and hit.place == "city":
                return self._emit(i, end + 1, "organization", f"{hit.name} Police Department")
            if after in _PEOPLE_NOUNS and hit.place == "country":
                return self._emit(i, end, "nationality", hit.name)
        return self._emit(i, end, hit.kind, hit.name)

    def _organization(self, i: int, j: int) -> int:
        if j < len(self.words) and self.words[j] == "police":
            j += 1
        start, end = self.starts[i], self.ends[j - 1]
        printed = " ".join(self.text[start:end].split()).replace(_RSQUO, "'")
        return self._emit(i, j, "organization", canonical_organization(printed) or printed)

    def _person(self, i: int, j: int) -> _Span:
        skip = frozenset(k for k in range(i, j) if self.nicknames and self._in_nickname(i, j, k))
        return _Span(i, j, "person", None, skip)

    # --- rule 1: acronyms defined in parentheses ------------------------------------------

    def _definitions(self) -> dict[int, tuple[int, int]]:
        """Acronym token index -> (first, last) token of the words it abbreviates."""
        found: dict[int, tuple[int, int]] = {}
        words = self.words
        # Only at an opening parenthesis, found in one C-level pass over the words.
        for k in compress(range(len(words)), map(operator.eq, words, repeat("("))):
            if not 1 <= k < len(words) - 2 or words[k + 2] != ")":
                continue
            acronym = words[k + 1]
            letters = [c.upper() for c in acronym if c.isalpha()]
            if not (2 <= len(letters) <= 10) or not acronym[:1].isupper():
                continue
            first = _expansion_start(self.words, k, letters)
            if first is not None:
                found[k + 1] = (first, k - 1)
        return found

    def _expansion(self, i: int) -> int:
        last, acronym = self.expansions[i]
        words = " ".join(self.text[self.starts[i] : self.ends[last]].split())
        known = self.g.match(self.words, i)
        if known is not None and known[0] == last + 1:
            kind, name = known[1].kind, known[1].name
        else:
            name = canonical_organization(words) or words
            org = self._classify(i, last + 1) == "organization" or name != words
            kind = "organization" if org else "other"
        self._emit(i, last + 1, kind, name)
        self.defined[acronym] = self.found[-1][2]
        return last + 1

    def _defined_acronym(self, k: int) -> int:
        ref = self.defined.get(k)
        if ref is None:  # the expansion began before this stretch or inside another name
            first, last = self.definitions[k]
            words = " ".join(self.text[self.starts[first] : self.ends[last]].split())
            name = canonical_organization(words) or words
            kind: EntityKind = "organization" if self._org_word(last) or name != words else "other"
            self._emit(k, k + 1, kind, name)
            return k + 2
        self._emit(k, k + 1, ref.kind, ref.name)
        return k + 2

    # --- rule 2: titles ---------------------------------------------------------------------

    def _title_end(self, i: int) -> int:
        """The index after a title phrase starting at ``i`` ("Deputy Secretary of State"), or i."""
        j, end = i, i
        while j < len(self.words) and j - i < 6:
            word = self.words[j]
            if word in _TITLE_HEADS:
                end = j + 1
            elif word not in _TITLE_MODIFIERS:
                break
            j += 1
        if end > i and end < len(self.words) and self.words[end] == "General":
            end += 1  # "Attorney General", "Inspector General"
        return end

    def _person_end(self, j: int) -> int:
        """The end of a person's name starting at ``j`` (after a title), or j if none."""
        k = end = j
        while k < len(self.words) and k - j < _MAX_PERSON + 3:
            word = self.words[k]
            if k > j and self._apart(k):
                break
            nickname = self._nickname_end(k) if end > j else None
            named = _name_word(word, self.kinds[k]) and not self._suffix_word(k)
            if named or (end > j and word in _NAME_SUFFIXES):
                k = end = k + 1
            elif end > j and word in _PARTICLES and self._name_at(k + 1):
                k += 1
            elif nickname is not None:
                k = nickname
            else:
                break
        if self._suffix_word(end) or (
            self.words[end : end + 1] == ["'s"] and self._suffix_word(end + 1)
        ):
            return j  # "Private Equity Partners", "Prince George's County": not a titled person
        return end

    def _of_title_person(self, title: int) -> tuple[int, int] | None:
        """'Secretary of State Marco Rubio': the person is the last two or three words."""
        if self.words[title : title + 1] != ["of"]:
            return None
        k = title + 1
        while k < len(self.words) and k - title <= 6 and _cap(self.words[k], self.kinds[k]):
            k += 1
        size = 3 if k - title >= 5 and _initial(self.words[k - 2]) else 2
        if k - (title + 1) < size + 1 or not all(self._name_at(m) for m in range(k - size, k)):
            return None
        return k - size, k

    def _titled_person(self, i: int) -> _Span | None:
        title = self._title_end(i)
        if title == i:
            return None
        of_title = self._of_title_person(title)
        if of_title is not None:
            return _Span(of_title[0], of_title[1], "person")
        end = self._person_end(title)
        if end == title:
            return None
        return self._person(title, end)

    def _title_with_name(self, j: int) -> bool:
        title = self._title_end(j)
        return title > j and self._person_end(title) > title

    # --- rule 4: runs of capitalised words ------------------------------------------------

    def _run(self, i: int) -> int:
        """The end of the run of capitalised words starting at ``i``."""
        words, kinds = self.words, self.kinds
        j = end = i
        headed = joined = False
        while j < len(words) and j - i < _MAX_RUN:
            word = words[j]
            if j > i and self._run_breaks(j):
                break
            if _cap(word, kinds[j]) and word not in _DAYS and not self._month_date(j):
                headed = headed or word in _ORG_HEADS or word in _PLACE_HEADS
                j = end = j + 1
                if word in _FINAL_DOTTED:
                    break
                continue
            nickname = self._nickname_end(j) if j > i else None
            if nickname is not None:
                j = nickname
            elif self._joins(i, j):
                j += 1
            elif word in _CONNECTORS and headed and self._cap_at(j + 1):
                j, joined = j + 1, True
            elif word in _CONNECTORS and headed and words[j + 1 : j + 2] == ["the"]:
                if not self._cap_at(j + 2):
                    break
                j, joined = j + 2, True
            elif word == "and" and joined and self._name_at(j + 1):
                j += 1
            else:
                break
        return end

    def _joins(self, i: int, j: int) -> bool:
        """A possessive before an organisation word, a name particle, or "&" inside a run."""
        word = self.words[j]
        if word == "'s":
            return self._suffix_word(j + 1)  # "Sheriff's Office", "Prince George's County"
        if word in _PARTICLES:
            return j > i and self._name_at(j + 1)  # "Charles de Gaulle"
        return word == "&" and j > i and self._cap_at(j + 1)  # "Procter & Gamble"

    def _run_breaks(self, j: int) -> bool:
        """Whether a run of capitalised words ends before token ``j``."""
        if self._apart(j):
            return True
        if self.words[j] in _FUNCTION and self.g.match(self.words, j) is None:
            return True
        return self._title_with_name(j)

    def _classify(self, i: int, j: int) -> EntityKind | None:
        """What the run ``[i, j)`` names, or None if it is not a name."""
        if j <= i:
            return None
        words = self.words[i:j]
        last = words[-1]
        if len(words) == 1 and (last in _ORG_SUFFIXES or last in _PLACE_SUFFIXES):
            return None
        if last in _ORG_SUFFIXES or self._headed_by(words, _ORG_HEADS):
            return "organization"
        if last in _PLACE_SUFFIXES or self._headed_by(words, _PLACE_HEADS):
            return "place"
        if _TITLE_WORDS.issuperset(words):
            return None
        if words[0] in _EVENT_HEADS:
            return "other"  # "Hurricane Milton" is a storm, not a person
        if all(map(_acronym, words)) and self._shouting(i):
            return None  # a headline in capitals: its words are not one name
        kept: Sequence[int] = range(i, j)
        if self.nicknames:
            kept = [k for k in kept if not self._in_nickname(i, j, k)]
        named = True  # a loop, not all() over a generator stepped from C for each token
        for k in kept:
            word = self.words[k]
            if not (
                _name_word(word, self.kinds[k]) or word in _PARTICLES or word in _NAME_SUFFIXES
            ):
                named = False
                break
        if named and 2 <= len(kept) <= _MAX_PERSON:
            return "person"
        if len(kept) == 1:
            return self._single(i)
        return "other"

    def _single(self, i: int) -> EntityKind | None:
        """A lone capitalised word: a person after a role word, else a bare name, or nothing."""
        word = self.words[i]
        if _acronym(word):
            shouted = len(word) > 6 or word.title() in _NOT_ALONE or word.title() in _FUNCTION
            return None if shouted or word in _COMMON_CAPS or self._shouting(i) else "other"
        if not _name_word(word, self.kinds[i]) or len(word) < 2 or _initial(word):
            return None
        if i > 0 and (self.words[i - 1] in _ROLE_WORDS or self.words[i - 1] in _TITLE_HEADS):
            return "person"
        if word in _NOT_ALONE or word in _MONTHS:
            return None
        if self._sentence_initial(i) and word.endswith(_COMMON_ENDINGS):
            return None
        return "other"

    def _headed_by(self, words: list[str], heads: frozenset[str]) -> bool:
        if len(words) < 3:
            return False
        return any(w in heads and n in _CONNECTORS for w, n in itertools.pairwise(words))

    # --- places -----------------------------------------------------------------------------

    def _direction(self, i: int) -> int | None:
        """'Western Pennsylvania': a capitalised direction before a known place."""
        if self.words[i] not in DIRECTIONS or i + 1 >= len(self.words):
            return None
        match = self.g.match(self.words, i + 1)
        if match is None or match[1].kind != "place":
            return None
        return self._emit(i, match[0], "place", f"{self.words[i]} {match[1].name}")

    def _shouted_place(self, i: int) -> int | None:
        """A place printed in capitals, as in a dateline: 'NEW YORK' is New York."""
        words = [w.title() for w in self.words[i : i + 4]]
        match = self.g.match(words, 0)
        if match is None or match[1].kind not in ("place", "nationality"):
            return None
        end = i + match[0]
        if not all(_acronym(self.words[k]) or self.kinds[k] == "punct" for k in range(i, end)):
            return None
        return self._emit(i, end, match[1].kind, match[1].name)

    def _after_city(self, i: int) -> bool:
        """Whether token ``i`` follows "<Capitalised>, " ("Columbus, Ohio")."""
        return i >= 2 and self.words[i - 1] == "," and _cap(self.words[i - 2], self.kinds[i - 2])

    def _state_after_city(self, i: int) -> bool:
        """A state abbreviation or postal code after a city: "Erie, Pa." or "Erie, PA 16501"."""
        word = self.words[i]
        if word not in self.g.states.exact or not self._after_city(i):
            return False
        return self.g.match(self.words, i) is None and not self._cap_at(i + 1)

    def _placed(self, i: int, j: int) -> bool:
        """A name where a place is expected: "in Cherry Hill", "Smith, 19, of Cherry Hill"."""
        if i == 0 or self.words[j : j + 1] == ["'s"]:
            return False
        before = self.words[i - 1]
        if before in _PLACE_PREPOSITIONS:
            return True
        # "<name>, <age>, of <place>": a residence after an age.
        return before == "of" and i >= 3 and self.words[i - 2] == "," and self.kinds[i - 3] == "num"

    def _state_follows(self, j: int) -> bool:
        """Whether ", <state>" follows the run ending at ``j`` (so the run is a city)."""
        if j + 1 >= len(self.words) or self.words[j] != ",":
            return False
        if self.words[j + 1] not in self.g.states.exact:
            return False
        return not self._cap_at(j + 2)

    def _person_over_place(
        self, i: int, end: int, hit: Hit, run: int, kind: EntityKind | None
    ) -> bool:
        """'Jordan Peterson', 'Paris Hilton': a one-word place followed by a surname."""
        if hit.kind != "place" or end != i + 1 or kind != "person" or run <= end:
            return False
        return self.kinds[i] == "word" and self.g.match(self.words, end) is None

    def _lowercase_organization(self, i: int) -> int:
        """A government body after a country: "France's foreign ministry", "the French embassy"."""
        if not self.found or not self.words[i][:1].islower():
            return i + 1
        _start, owner_end, owner = self.found[-1]
        if owner.kind not in ("place", "nationality") or i == 0:
            return i + 1
        if self.ends[i - 1] == owner_end:
            gap = ""  # "the French embassy"
        elif self.words[i - 1] == "'s" and self.starts[i - 1] == owner_end:
            gap = "'s"  # "France's foreign ministry"
        else:
            return i + 1
        for size in (3, 2, 1):
            if i + size <= len(self.words) and (gap or self._clause_goes_on(i + size)):
                body = " ".join(self.words[i : i + size])
                name = canonical_organization(f"{owner.text}'s {body}")
                if name is not None:
                    return self._emit(i, i + size, "organization", name)
        return i + 1

    def _clause_goes_on(self, k: int) -> bool:
        """Whether token ``k`` ends a noun phrase ("the French embassy said", not "... staff")."""
        if k >= len(self.words) or self.kinds[k] == "punct":
            return True
        return self.words[k] in _AFTER_SUBJECT

    # --- small predicates -------------------------------------------------------------------

    def _apart(self, k: int) -> bool:
        """Whether a line break or a wide gap separates token ``k`` from the one before."""
        start, end = self.ends[k - 1], self.starts[k]
        return end - start > 3 or "\n" in self.text[start:end]

    def _cap_at(self, k: int) -> bool:
        return k < len(self.words) and _cap(self.words[k], self.kinds[k])

    def _name_at(self, k: int) -> bool:
        return k < len(self.words) and _name_word(self.words[k], self.kinds[k])

    def _org_word(self, k: int) -> bool:
        return k < len(self.words) and self.words[k] in _ORG_SUFFIXES

    def _place_word(self, k: int) -> bool:
        return k < len(self.words) and self.words[k] in _PLACE_SUFFIXES

    def _suffix_word(self, k: int) -> bool:
        return self._org_word(k) or self._place_word(k)

    def _police_after(self, j: int) -> bool:
        return j < len(self.words) and self.words[j] == "police"

    def _month_date(self, k: int) -> bool:
        """'March 10', 'May 2025': a month followed by a number is a date, not a name."""
        return self.words[k] in _MONTHS and k + 1 < len(self.words) and self.kinds[k + 1] == "num"

    def _nicknames(self) -> dict[int, int]:
        """Opening quote index -> index after the quoted nickname before a surname."""
        found: dict[int, int] = {}
        words, kinds = self.words, self.kinds
        # Only at an opening quote, found in one C-level pass over the words.
        for k in compress(range(len(words)), map(_OPEN_QUOTES.__contains__, words)):
            if k == 0 or not _name_word(words[k - 1], kinds[k - 1]):
                continue
            for size in (1, 2):
                close = k + 1 + size
                if close + 1 >= len(words) or words[close] not in _CLOSE_QUOTES:
                    continue
                # the quoted words and the word after the closing quote
                if all(_name_word(words[m], kinds[m]) for m in (*range(k + 1, close), close + 1)):
                    found[k] = close + 1
                    break
        return found

    def _nickname_end(self, k: int) -> int | None:
        """The index after '“Bobby”' when a quoted nickname starts at ``k``, else None."""
        return self.nicknames.get(k)

    def _in_nickname(self, i: int, j: int, k: int) -> bool:
        """Whether token ``k`` of the name ``[i, j)`` lies inside a quoted nickname."""
        for q in range(max(i, k - 3), k + 1):
            end = self.nicknames.get(q)
            if end is not None and k < end < j:
                return True
        return False

    def _sentence_initial(self, k: int) -> bool:
        """Whether token ``k`` starts a sentence, a line or this stretch of text."""
        j = k - 1
        while j >= 0 and self.words[j] in _QUOTES:
            j -= 1
        if j < 0:
            return True
        before = self.words[j]
        if "\n" in self.text[self.ends[j] : self.starts[k]]:
            return True
        if self.kinds[j] == "punct":
            return before in _SENTENCE_END
        return before.endswith(".") and not (before in _TITLE_HEADS or _initial(before))

    def _shouting(self, i: int) -> bool:
        """Whether the words either side of token ``i`` are capitals too (a shouted headline)."""
        if i == 0 or i + 1 >= len(self.words):
            return False
        return all(self.kinds[k] == "word" and _acronym(self.words[k]) for k in (i - 1, i + 1))


def _expansion_start(words: list[str], paren: int, letters: list[str]) -> int | None:
    """The first of the words before ``paren`` whose initials spell ``letters``, or None.

    Capitalised words give one letter each; "of", "and", "the", "for", "in", "on",
    "to" and "&" may give their initial or none ("Department of Defense" is DoD,
    "Immigration and Customs Enforcement" is ICE). The shortest match wins.
    """
    small = {"of", "and", "the", "for", "in", "on", "to", "&", "de"}
    floor = max(0, paren - 2 * len(letters) - 2)
    for first in range(paren - 1, floor - 1, -1):
        head = words[first]
        if not head[:1].isupper() or head[:1] != letters[0]:
            continue
        if _spells(words[first:paren], letters, small):
            return first
    return None


def _spells(words: list[str], letters: list[str], small: set[str]) -> bool:
    """Whether the initials of ``words`` spell ``letters`` (small words may give none)."""
    reach = {0}
    for word in words:
        initial = word[:1].upper()
        nxt: set[int] = set()
        for n in reach:
            if word in small:
                nxt.add(n)
            elif not word[:1].isupper():
                continue
            if n < len(letters) and letters[n] == initial:
                nxt.add(n + 1)
        reach = nxt
        if not reach:
            return False
    return len(letters) in reach


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Found]:
    """The names in ``text[start:end]``: offsets into ``text``, in text order, not overlapping.

    Each name is an :class:`EntityRef` with its kind (person, organization,
    place, nationality or other), the words as printed, and a canonical name.

    Args:
        text: the whole text; offsets are indices into it.
        start: where the stretch to read begins.
        end: where it ends (the end of ``text`` if None).

    Returns:
        ``(start, end, EntityRef)`` triples; ``text[start:end]`` is the name as printed.

    >>> text = "Robert “Bobby” Chen of Ohio and two Belgian nationals, the EPA said."
    >>> [(r.kind, r.name) for _s, _e, r in find_names(text)]
    [('person', 'Robert Chen'), ('place', 'Ohio'), ('nationality', 'Belgium'),
     ('organization', 'U.S. Environmental Protection Agency')]
    >>> [r.name for _s, _e, r in find_names("Deputy Secretary Maria T. Lopez spoke.")]
    ['Maria T. Lopez']
    """
    stop = len(text) if end is None else max(0, min(end, len(text)))
    begin = max(0, min(start, stop))
    g = gazetteer()
    return _Reader(text, token_columns(text, begin, stop, dotted=g.dotted), g).names()


# --- coreference within one source ---------------------------------------------------------


def _surname(name: str) -> str:
    """The last word of a person's name that is not a suffix or an initial."""
    words = [w for w in name.split(" ") if w not in _NAME_SUFFIXES and not w.endswith(".")]
    return words[-1] if words else name


def _nickname(printed: str) -> str | None:
    """The nickname quoted inside a printed name ('Robert “Bobby” Chen' -> 'Bobby')."""
    for open_, close in ((_LDQUO, _RDQUO), ('"', '"'), (_LSQUO, _RSQUO), ("'", "'")):
        left = printed.find(open_)
        right = printed.find(close, left + 1) if left >= 0 else -1
        if left >= 0 and right > left + 1:
            return " ".join(printed[left + 1 : right].split())
    return None


_Surnames = dict[str, list[tuple[int, str]]]
_Aliases = dict[str, list[tuple[int, EntityRef]]]


@attrs.frozen
class NameIndex:
    """What the names of one source refer to, for mentions that rely on earlier ones.

    Build it with :meth:`build` from the names :func:`find_names` found in the
    whole source. It ties:

    - a lone surname ("Chen") to the one full name with that surname seen
      earlier ("Robert Chen"); with two such people ("Robert Chen", "Lina
      Chen") the surname is ambiguous and stays as printed, as a person (even if
      one of them was named more recently: a wrong name is worse than none);
    - a nickname with the surname ("Bobby Chen") to the full name it was given with;
    - an acronym to the words it was defined with ("NWS" after "National Weather
      Service (NWS)").

    Pronouns ("he", "she") are not resolved: "he" can as well be a person
    named in a quote, and a wrong subject is worse than none.

    Attributes:
        mentions: every name, resolved against the names before it, in text order.
        people: ``(start, full name)`` of each person named in full, in text order.
        aliases: ``(start, alias, EntityRef)`` for acronyms and nicknames, in text order.
    """

    mentions: tuple[Found, ...]
    people: tuple[tuple[int, str], ...]
    aliases: tuple[tuple[int, str, EntityRef], ...]
    _surnames: _Surnames = attrs.field(init=False, repr=False, eq=False)
    _alias_map: _Aliases = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        """Index people by surname and aliases by their words, for :meth:`resolve`."""
        surnames: _Surnames = {}
        for start, name in self.people:
            known = surnames.setdefault(_surname(name), [])
            if all(other != name for _s, other in known):  # first mentions only, as in build
                known.append((start, name))
        aliases: _Aliases = {}
        for start, alias, ref in self.aliases:
            aliases.setdefault(alias, []).append((start, ref))
        object.__setattr__(self, "_surnames", surnames)  # frozen: set once, here
        object.__setattr__(self, "_alias_map", aliases)

    @classmethod
    def build(cls, text: str, names: Iterable[Found]) -> NameIndex:
        """Index the names of one source (``text`` is the source's whole text).

        Raises:
            InvalidSpanError: when a name's offsets do not slice ``text`` to its printed words.

        >>> text = "Robert Chen was fined. Lina Chen was not. Chen said nothing."
        >>> index = NameIndex.build(text, find_names(text))
        >>> [r.name for _s, _e, r in index.mentions]
        ['Robert Chen', 'Lina Chen', 'Chen']
        """
        people: list[tuple[int, str]] = []
        aliases: list[tuple[int, str, EntityRef]] = []
        surnames: _Surnames = {}
        alias_map: _Aliases = {}
        mentions: list[Found] = []
        for start, end, ref in sorted(names, key=_SPAN):
            if text[start:end] != ref.text:
                raise InvalidSpanError(
                    f"name {ref.text!r} is not what the text holds at {start}..{end}"
                    f" ({text[start:end]!r}): build the index from find_names on the same text"
                )
            resolved = _resolve(ref, surnames, alias_map, None)
            mentions.append((start, end, resolved))
            for alias, target in _remember(ref, resolved):
                if alias == "":
                    people.append((start, target.name))
                    # Only a person's first mention changes who a surname may mean, so the
                    # lists stay as short as the number of people (repeats made them quadratic).
                    known = surnames.setdefault(_surname(target.name), [])
                    if all(name != target.name for _s, name in known):
                        known.append((start, target.name))
                elif not any(t == target for _s, t in alias_map.get(alias, ())):
                    aliases.append((start, alias, target))
                    alias_map.setdefault(alias, []).append((start, target))
        return cls(tuple(mentions), tuple(people), tuple(aliases))

    def resolve(self, name: EntityRef, *, at: int | None = None) -> EntityRef:
        """The canonical reference for a name, using the names seen before offset ``at``.

        With ``at`` None every name of the source counts; pass the mention's start
        offset to use only the names printed before it.

        >>> text = "Maria Lopez spoke. Later Lopez left. The Acme Widget Company (AWC) grew."
        >>> index = NameIndex.build(text, find_names(text))
        >>> index.resolve(EntityRef("other", "Lopez", "Lopez"))
        EntityRef(kind='person', text='Lopez', name='Maria Lopez')
        >>> index.resolve(EntityRef("other", "AWC", "AWC")).name
        'Acme Widget Company'
        """
        return _resolve(name, self._surnames, self._alias_map, at)


def _before(entries: list[tuple[int, _T]], at: int | None) -> list[_T]:
    return [value for start, value in entries if at is None or start < at]


def _resolve(ref: EntityRef, surnames: _Surnames, aliases: _Aliases, at: int | None) -> EntityRef:
    """Resolve ``ref`` against the people and aliases seen before ``at`` (all if None)."""
    for key in dict.fromkeys((ref.text, ref.name)):
        targets = _before(aliases.get(key, []), at)
        if targets and ref.kind in ("other", "person", targets[-1].kind):
            return EntityRef(targets[-1].kind, ref.text, targets[-1].name)
    if " " in ref.name or not _surname_like(ref):
        return ref
    fulls = set(_before(surnames.get(ref.name, []), at))
    if len(fulls) == 1:
        return EntityRef("person", ref.text, fulls.pop())
    if fulls:
        return EntityRef("person", ref.text, ref.name)
    return ref


def _surname_like(ref: EntityRef) -> bool:
    """A lone word that may be a surname: a person, a bare name, or a city name ("Jackson")."""
    if ref.kind in ("person", "other"):
        return True
    return ref.kind == "place" and gazetteer().place_kinds(ref.name) == {"city"}


def _remember(ref: EntityRef, resolved: EntityRef) -> list[tuple[str, EntityRef]]:
    """What a mention teaches: a full name (alias ""), its nickname, or an acronym's definition."""
    learnt: list[tuple[str, EntityRef]] = []
    if resolved.kind == "person" and " " in resolved.name:
        learnt.append(("", resolved))
        nickname = _nickname(ref.text)
        if nickname:
            learnt.append((f"{nickname} {_surname(resolved.name)}", resolved))
    letters = [c for c in ref.text if c.isalpha()]
    if ref.text != ref.name and len(letters) >= 2 and all(c.isupper() for c in letters):
        learnt.append((ref.text, resolved))
    return learnt
