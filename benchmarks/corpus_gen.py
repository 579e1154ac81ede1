"""A synthetic news corpus for corpus mode (issue #8): many stories, each told by several outlets.

Every story has one true record (kind of event, date, place, people, counts, money) and each
outlet writes its own article from it: its own templates and sentence order, name variants
("John A. Smith" / "John Smith" / "Smith" / "Mr. Smith"), rounded numbers ("about 1,200" for
1,187), numbers in words or digits, occasionally a conflicting number (an early report with a
lower death toll, a sloppy count, an age off by one, a preliminary magnitude), dates relative to
the article's own publication date ("Saturday night", "last Friday", "on March 3") and page
furniture (navigation, bylines, photo captions, "Related:" headlines of *other* stories,
copyright lines). Stories are made hard to tell apart on purpose: a few towns carry most of the
news, a fifth of the stories repeat the kind and town of a story from the last few days, every
town keeps the same officials (one police chief quoted about every shooting there), and towns
of the same name exist in different states. Everything is invented; nothing is copied.

API (stdlib only; the ground truth is kept apart from the article, because ``reconcile.read``
rejects unknown mapping keys)::

    generate(stories: int, outlets: int, seed: int = 0) -> Iterator[tuple[dict[str, str], str]]

yields ``(article, story_id)`` pairs lazily; ``article`` has exactly the keys ``text``, ``id``,
``outlet``, ``published`` (``YYYY-MM-DD``) and ``url``, so ``reconcile.read(article)`` takes it
as is, and the text alone carries the outlet and date in a header that reconcile detects. Articles
come in order of publication date (then id), so a story's articles are interleaved with those of
the stories published around it; only the articles of the last few days are held in memory.

Story sizes: a story is small (25%: each outlet covers it with probability 0.5), medium (50%:
0.9) or big (25%: every outlet); a covering outlet publishes an update the next day with
probability 0.05, 0.15 and 0.5 respectively (the update has the settled numbers; an early
report may have a lower count). A story has 1 to 2 x outlets articles, on average about
1.02 x outlets (about 10.2 with 10 outlets). The event dates of the stories run evenly over
``max(7, stories // 27)`` days from 2024-01-06; an article is published 0-3 days after its
event (0: 40%, 1: 35%, 2: 15%, 3: 10%).

Measured with ``--stories 10000 --outlets 10 --seed 1``: 102,589 articles, 10.26 per story
(1-20; 3.9% of stories have 1-3 articles, 11% have 16-20), 222.6 MB of text, 179-631 words per
article (median 339, 5th and 95th percentiles 229 and 499). Generating takes about 40 s of CPU
time (one core); writing 100,000 files adds whatever the file system costs (13-56 s of system
time on a shared 2-core machine).

Command line::

    python benchmarks/corpus_gen.py OUTDIR [--stories 10000] [--outlets 10] [--seed 1]
        [--jsonl FILE] [--check]

writes one UTF-8 ``OUTDIR/<id>.txt`` per article (the file stem is the article id, so
``reconcile.read(Path(file))`` gives the same id) and ``OUTDIR/truth.jsonl`` with one
``{"id": ..., "story": ...}`` line per article. With ``--jsonl FILE`` the articles are written
to FILE as JSON lines (the article mappings) instead of as files; the truth still goes to
``OUTDIR/truth.jsonl``. ``--check`` (OUTDIR may then be omitted) generates small corpora and
asserts the generator's invariants, including that reconcile detects every article's outlet
and date from its text alone; it needs reconcile installed, generation itself does not.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import heapq
import itertools
import json
import random
import re
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

START = dt.date(2024, 1, 6)
STORIES_PER_DAY = 27

# --- word lists (ordinary, invented combinations) -------------------------------------------

MALE = (
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel"
    " Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy"
    " Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin"
    " Scott Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis Jerry Tyler Aaron"
    " Henry Douglas Peter Adam Nathan Zachary Walter Kyle Carl Keith Roger Terry Sean Austin"
).split()
FEMALE = (
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty"
    " Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah"
    " Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela"
    " Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria"
    " Heather Diane Julie Joyce Victoria Kelly Christina Lauren Joan Evelyn Olivia Judith Megan"
).split()
LAST = (
    "Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson"
    " Taylor Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris"
    " Clark Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright King Scott Green Baker"
    " Adams Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans Turner Torres"
    " Parker Collins Edwards Stewart Flores Morris Nguyen Murphy Rivera Cook Rogers Morgan"
    " Peterson Cooper Reed Bailey Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson"
    " Brooks Bennett Gray James Reyes Cruz Hughes Price Myers Long Foster Sanders Ross Morales"
    " Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler Barnes Fisher Henderson"
    " Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Gonzales Alexander Ramos"
    " Wallace Griffin West Cole Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall"
    " Owens McDonald Harrison Ruiz Kennedy Wells Alvarez Woods Mendoza Castillo Olson Webb"
    " Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson Crawford Jimenez Porter"
).split()
# Spellings that outlets get wrong or that people use interchangeably.
FIRST_VARIANTS = {
    "Steven": "Stephen", "Stephen": "Steven", "Jeffrey": "Jeffery", "Catherine": "Katherine",
    "Katherine": "Kathryn", "Sarah": "Sara", "Brian": "Bryan", "Jon": "John", "Deborah": "Debra",
    "Rebecca": "Rebekah", "Michelle": "Michele", "Carol": "Carole", "Jacob": "Jakob",
    "Ashley": "Ashleigh", "Megan": "Meghan", "Eric": "Erik", "Matthew": "Mathew",
}  # fmt: skip
NICKNAMES = {
    "Robert": "Bob", "William": "Bill", "Richard": "Rick", "Michael": "Mike", "James": "Jim",
    "Joseph": "Joe", "Thomas": "Tom", "Christopher": "Chris", "Daniel": "Dan", "Anthony": "Tony",
    "Kenneth": "Ken", "Timothy": "Tim", "Edward": "Ed", "Jeffrey": "Jeff", "Gregory": "Greg",
    "Patricia": "Pat", "Jennifer": "Jen", "Elizabeth": "Liz", "Margaret": "Peggy",
    "Kimberly": "Kim", "Deborah": "Debbie", "Katherine": "Kate", "Samantha": "Sam",
}  # fmt: skip
TOWNS = (
    "Springfield Fairview Franklin Clinton Greenville Salem Madison Georgetown Arlington Ashland"
    " Bristol Dover Milford Oxford Burlington Chester Clayton Riverton Kingston Marion Jackson"
    " Lebanon Newport Winchester Auburn Dayton Hudson Lexington Manchester Centerville Oakdale"
    " Millbrook Lakewood Brookfield Cedar_Falls Maple_Grove Pine_Bluff Rock_Springs Glenwood"
    " Harrison Monroe Plainview Bedford Camden Columbia Florence Hamilton Jefferson Lincoln"
    " Mount_Vernon Oak_Ridge Palmyra Quincy Richmond Shelby Troy Union_City Warren Waverly"
    " Westfield Woodland Ridgeway Stanton Elmwood Hartwell Bellview Crestwood Northport"
).split()
STATES = (
    ("Alabama", "Ala."), ("Arizona", "Ariz."), ("Arkansas", "Ark."), ("California", "Calif."),
    ("Colorado", "Colo."), ("Connecticut", "Conn."), ("Delaware", "Del."), ("Florida", "Fla."),
    ("Georgia", "Ga."), ("Illinois", "Ill."), ("Indiana", "Ind."), ("Iowa", "Iowa"),
    ("Kansas", "Kan."), ("Kentucky", "Ky."), ("Louisiana", "La."), ("Maryland", "Md."),
    ("Michigan", "Mich."), ("Minnesota", "Minn."), ("Mississippi", "Miss."),
    ("Missouri", "Mo."), ("Nebraska", "Neb."), ("Nevada", "Nev."), ("New Mexico", "N.M."),
    ("New York", "N.Y."), ("North Carolina", "N.C."), ("Ohio", "Ohio"), ("Oklahoma", "Okla."),
    ("Oregon", "Ore."), ("Pennsylvania", "Pa."), ("South Carolina", "S.C."),
    ("Tennessee", "Tenn."), ("Texas", "Texas"), ("Virginia", "Va."), ("Washington", "Wash."),
    ("Wisconsin", "Wis."), ("Utah", "Utah"), ("Oklahoma", "Okla."), ("Kentucky", "Ky."),
)  # fmt: skip
COUNTIES = (
    "Adams Benton Boone Calhoun Carroll Clark Clay Crawford Douglas Fayette Franklin Greene"
    " Hancock Henry Jasper Knox Lake Lawrence Logan Madison Marion Marshall Mercer Montgomery"
    " Morgan Perry Pike Polk Putnam Randolph Scott Shelby Sullivan Warren Washington Wayne"
).split()
STREETS = (
    "Maple Oak Elm Pine Cedar Walnut Chestnut Main Church High Mill Park Lake Hill Spring"
    " Washington Lincoln Jefferson Franklin Market Water Bridge River Union Center Cherry"
    " Locust Sycamore Jackson Madison Grant Highland Prospect Ridge Meadow Forest Sunset"
).split()
STREET_KINDS = ("Street", "Avenue", "Road", "Drive", "Boulevard", "Lane")
COMPANY_A = (
    "Halvorsen Crestline Bramwell Ketterman Lindqvist Northgate Ashcroft Dunmore Whitfield"
    " Pellham Sorensen Tillman Marwood Everly Caldera Brightwater Ironbridge Stonegate Redfern"
    " Hollister Garrity Vantage Summitt Kessler Oakhurst Pruitt Blackwell Fenmore"
).split()
COMPANY_B = (
    "Industries", "Foods", "Logistics", "Manufacturing", "Packaging", "Components", "Systems",
    "Plastics", "Paper Co.", "Steel", "Furniture Co.", "Health", "Brands", "Materials",
)  # fmt: skip
PLANT_GOODS = {
    "Industries": "industrial equipment", "Foods": "frozen food", "Logistics": "distribution",
    "Manufacturing": "auto parts", "Packaging": "cardboard packaging", "Components": "electrical",
    "Systems": "HVAC equipment", "Plastics": "plastic containers", "Paper Co.": "paper",
    "Steel": "steel", "Furniture Co.": "furniture", "Health": "medical supply",
    "Brands": "consumer products", "Materials": "building materials",
}  # fmt: skip
OUTLET_A = (
    "Northfield Harbor Valley Prairie Summit Bayside Lakeshore Pinecrest Ridgeway Cedar"
    " Heartland Riverbend Granite Coastal Capitol Frontier Keystone Tri-County Midland Evergreen"
).split()
OUTLET_B = (
    "Herald", "Courier", "Gazette", "Sentinel", "Ledger", "Chronicle", "Record", "Tribune",
    "Wire", "Press", "News Service", "Daily News", "Star-Ledger", "Observer", "Dispatch",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")  # fmt: skip
SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
).split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SMALL_WORDS_IN_TITLE = frozenset("a an and as at but by for in of on or the to with from".split())

# --- the world: towns, officials, people ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    middle: str
    last: str
    female: bool
    age: int | None = None
    title: str = ""  # "Police Chief", said before the name
    role: str = ""  # "the city's police chief", said after it
    short_title: str = ""  # "Chief", for later mentions


@dataclass(slots=True)
class Town:
    name: str
    state: str
    abbr: str
    county: str
    population: int
    officials: dict[str, Person] = field(default_factory=dict)
    companies: list[str] = field(default_factory=list)


OFFICIALS: dict[str, tuple[str, str, str]] = {
    # role: (title before the name, role after the name, short title); "{town}" and "{county}"
    "chief": ("Police Chief", "the {town} police chief", "Chief"),
    "spokes": ("police spokesperson", "a spokesperson for the {town} Police Department", ""),
    "fire_chief": ("Fire Chief", "chief of the {town} Fire Department", "Chief"),
    "battalion": ("Battalion Chief", "a battalion chief with the {town} Fire Department", ""),
    "mayor": ("Mayor", "the mayor of {town}", "Mayor"),
    "sheriff": ("{county} County Sheriff", "the {county} County sheriff", "Sheriff"),
    "prosecutor": ("District Attorney", "the {county} County district attorney", ""),
    "emergency": ("emergency management director", "who directs {county} County's emergency management agency", ""),
    "superintendent": ("Superintendent", "the district's superintendent", ""),
    "board_president": ("board President", "president of the {town} school board", ""),
    "trooper": ("state police Sgt.", "a state police spokesperson", "Sgt."),
    "usa": ("U.S. Attorney", "the U.S. attorney for the district", ""),
    "forecaster": ("meteorologist", "a meteorologist with the National Weather Service", ""),
    "geologist": ("geophysicist", "a geophysicist with the U.S. Geological Survey", ""),
    "fbi": ("FBI spokesperson", "a spokesperson for the FBI's field office", ""),
}  # fmt: skip
OFFICIAL_SCOPE = {"trooper": "state", "usa": "state", "forecaster": "state", "geologist": "all", "fbi": "state"}  # fmt: skip


class World:
    """Towns and the people in them; officials persist, so stories in one town share them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        names = [t.replace("_", " ") for t in TOWNS]
        towns: list[Town] = []
        states = list(dict.fromkeys(STATES))
        for name in names:
            copies = 2 if rng.random() < 0.2 else 1  # Springfield, Ill. and Springfield, Mo.
            for state, abbr in rng.sample(states, copies):
                pop = int(rng.lognormvariate(10.3, 0.9))
                towns.append(Town(name, state, abbr, rng.choice(COUNTIES), max(pop, 2500)))
        rng.shuffle(towns)
        self.towns = towns
        # a few towns carry most of the news (Zipf-like weights)
        self.weights = list(
            itertools.accumulate(1 / (rank + 1) ** 0.9 for rank in range(len(towns)))
        )
        self.shared: dict[str, Person] = {}  # officials of a state, or of the whole country

    def town(self) -> Town:
        return self.rng.choices(self.towns, cum_weights=self.weights)[0]

    def person(self, age: tuple[int, int] | None = None) -> Person:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(FEMALE if female else MALE)
        middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        years = rng.randint(*age) if age else None
        return Person(first, middle, rng.choice(LAST), female, years)

    def official(self, town: Town, role: str) -> Person:
        scope = OFFICIAL_SCOPE.get(role)
        held = town.officials if scope is None else self.shared
        key = role if scope is None else f"{role}/{town.state if scope == 'state' else ''}"
        if key not in held:
            title, after, short = OFFICIALS[role]
            fill = {"town": town.name, "county": town.county}
            base = self.person()
            held[key] = Person(
                base.first, base.middle, base.last, base.female, None,
                title.format(**fill), after.format(**fill), short,
            )  # fmt: skip
        return held[key]

    def company(self, town: Town) -> str:
        if len(town.companies) < 3 and (not town.companies or self.rng.random() < 0.4):
            town.companies.append(f"{self.rng.choice(COMPANY_A)} {self.rng.choice(COMPANY_B)}")
        return self.rng.choice(town.companies)

    def street(self) -> str:
        return f"{self.rng.choice(STREETS)} {self.rng.choice(STREET_KINDS)}"


@dataclass(slots=True)
class Story:
    """The true record an outlet writes from."""

    id: str
    kind: str
    date: dt.date
    town: Town
    tod: str  # time of day: morning, afternoon, evening, night
    people: dict[str, Person]
    nums: dict[str, int]
    words: dict[str, str]
    money: dict[str, int]
    decimals: dict[str, float]
    previous: tuple[
        tuple[str, dt.date, str], ...
    ] = ()  # (kind, date, recap) of earlier stories in town


Record: TypeAlias = tuple[
    dict[str, Person], dict[str, int], dict[str, str], dict[str, int], dict[str, float]
]  # people, counts, words, money, decimals: what a kind's record maker returns


# --- outlets ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    domain: str
    header: str  # wire, published, updated, iso, daymonth, posted
    words_upto: int  # numbers up to this are spelled out
    rounding: float  # probability of rounding a number of 100 or more
    honorific: bool  # "Mr. Smith" on later mentions
    sloppy: float  # probability that a number is misreported
    length: tuple[int, int]  # target words
    title_case: bool
    curly: bool
    furniture: float  # how much page furniture
    ap_months: bool
    reporters: tuple[str, ...]
    sections: tuple[str, ...] = ("news", "local", "region", "business")


HEADERS = ("wire", "published", "updated", "iso", "daymonth", "posted")


def make_outlets(count: int, rng: random.Random) -> list[Outlet]:
    names = [f"{a} {b}" for a in OUTLET_A for b in OUTLET_B]
    if count > len(names) or count < 1:
        raise ValueError(f"outlets must be between 1 and {len(names)}, got {count}")
    outlets = []
    for index, drawn in enumerate(rng.sample(names, count)):
        header = HEADERS[index % len(HEADERS)]
        name = drawn
        if header == "wire":
            name = drawn.rsplit(" ", 1)[0] + rng.choice((" Wire", " News Service", " Press"))
        shown = name if header == "wire" or rng.random() < 0.6 else f"The {name}"
        lengths = ((150, 260), (230, 420), (380, 700))
        outlets.append(
            Outlet(
                name=shown,
                domain=re.sub(r"[^a-z]", "", name.lower()) + ".example",
                header=header,
                words_upto=rng.choice((9, 9, 9, 10, 20)),
                rounding=rng.choice((0.15, 0.3, 0.5, 0.7)),
                honorific=rng.random() < 0.15,
                sloppy=rng.choice((0.02, 0.04, 0.08)),
                length=lengths[index % 3] if header != "wire" else lengths[rng.randint(0, 1)],
                title_case=rng.random() < 0.4,
                curly=rng.random() < 0.4,
                furniture=0.2 if header == "wire" else rng.choice((0.5, 0.8, 1.0)),
                ap_months=rng.random() < 0.7,
                reporters=tuple(_name(world_person(rng)) for _ in range(rng.randint(3, 7))),
            )
        )
    return outlets


def world_person(rng: random.Random) -> Person:
    female = rng.random() < 0.5
    return Person(rng.choice(FEMALE if female else MALE), "", rng.choice(LAST), female)


def _name(person: Person) -> str:
    return f"{person.first} {person.last}"


# --- numbers and dates as printed -----------------------------------------------------------


def words_for(n: int) -> str:
    if n <= 20:
        return SMALL[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{SMALL[ones]}" if ones else "")


def commas(n: int) -> str:
    return f"{n:,}"


def big(n: int) -> str:
    if n >= 1_000_000:
        text = f"{n / 1_000_000:.1f}".removesuffix(".0")
        return f"{text} million"
    return commas(n)


def month_day(day: dt.date, outlet: Outlet) -> str:
    months = AP_MONTHS if outlet.ap_months else MONTHS
    return f"{months[day.month - 1]} {day.day}"


class Writer:
    """One article: the record as one outlet renders it, with its own noise."""

    def __init__(
        self, story: Story, outlet: Outlet, published: dt.date, rng: random.Random, *, update: bool
    ) -> None:
        self.s = story
        self.o = outlet
        self.pub = published
        self.rng = rng
        self.update = update
        lag = (published - story.date).days
        self.early = lag == 0 and not update and rng.random() < 0.6
        self.nums = dict(story.nums)
        for key, value in story.nums.items():
            if key in GROWING and self.early and value > 1 and rng.random() < 0.5:
                self.nums[key] = max(1, value - 1 - rng.randint(0, value // 4))
            elif key not in EXACT and rng.random() < outlet.sloppy:
                self.nums[key] = misreport(rng, value, age=key.endswith("age"))
        self.money = {
            k: (int(v * rng.uniform(0.8, 1.2)) if rng.random() < outlet.sloppy else v)
            for k, v in story.money.items()
        }
        self.decimals = dict(story.decimals)
        if "magnitude" in self.decimals and self.early:
            self.decimals["magnitude"] = round(
                self.decimals["magnitude"] + rng.choice((-0.2, 0.1, 0.2, 0.3)), 1
            )
        self.mentions: dict[str, int] = {}
        self.first_spelling = {
            role: (FIRST_VARIANTS.get(p.first, p.first) if rng.random() < 0.05 else p.first)
            for role, p in story.people.items()
        }

    # choosing
    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # numbers
    def bare(self, key: str) -> str:
        return self.number(self.nums[key])

    def number(self, n: int, *, exact: bool = False) -> str:
        if n <= self.o.words_upto:
            return words_for(n)
        if n < 100 or exact or not self.chance(self.o.rounding):
            return big(n) if n >= 1_000_000 else commas(n)
        return rounded(self.rng, n)

    def n(self, key: str, one: str, many: str | None = None) -> str:
        value = self.nums[key]
        noun = one if value == 1 else (many or one + "s")
        return f"{self.number(value)} {noun}"

    def d(self, key: str) -> str:
        return f"{self.nums[key]:,}"

    def dollars(self, key: str) -> str:
        return dollars(self.rng, self.money[key], self.o.rounding)

    def pct(self, value: float) -> str:
        text = f"{value:.1f}".removesuffix(".0")
        return f"{text}%" if self.o.ap_months else f"{text} percent"

    # people
    def p(self, role: str) -> str:
        return f"\x00{role}\x00"

    def render_person(self, role: str) -> str:
        person = self.s.people[role]
        seen = self.mentions.get(role, 0)
        self.mentions[role] = seen + 1
        first = self.first_spelling[role]
        if seen:
            if self.o.honorific:
                return f"{'Ms.' if person.female else 'Mr.'} {person.last}"
            if person.short_title and self.chance(0.3):
                return f"{person.short_title} {person.last}"
            return person.last
        if first in NICKNAMES and self.chance(0.06):
            first = self.pick(NICKNAMES[first], f'{first} "{NICKNAMES[first]}"')
        name = (
            f"{first} {person.middle}. {person.last}"
            if self.chance(0.35)
            else f"{first} {person.last}"
        )
        if person.title:
            if self.chance(0.6):
                return f"{person.title} {name}"
            return f"{name}, {person.role},"
        age = self.nums.get(f"{role}_age", person.age)
        if age is None or self.chance(0.3):
            return name
        if self.chance(0.6):
            return f"{name}, {age},"
        return f"{age}-year-old {name}"

    # places and dates
    @property
    def town(self) -> str:
        return self.s.town.name

    def where(self) -> str:
        t = self.s.town
        state = t.abbr if self.o.ap_months else t.state
        return self.pick(f"in {t.name}", f"in {t.name}, {state},", f"in {t.name}")

    def when(self) -> str:
        """The event's day, as this article says it relative to its publication date."""
        event, lag, tod = self.s.date, (self.pub - self.s.date).days, self.s.tod
        day = WEEKDAYS[event.weekday()]
        if self.chance(0.12):
            return self.pick(
                f"on {month_day(event, self.o)}", f"on the {tod} of {month_day(event, self.o)}"
            )
        if lag == 0:
            today = {
                "morning": "this morning",
                "afternoon": "this afternoon",
                "evening": "this evening",
                "night": "early today",
            }
            return self.pick(f"on {day}", day, f"{day} {tod}", today[tod])
        if lag == 1 and self.chance(0.1):
            return self.pick("yesterday", f"yesterday {tod}")
        if event.isocalendar()[1] != self.pub.isocalendar()[1] and self.chance(0.4):
            return self.pick(
                f"last {day}", "late last week" if event.weekday() >= 3 else f"last {day}"
            )
        return self.pick(
            f"on {day} {tod}",
            f"{day} {tod}",
            f"late {day}" if tod == "night" else f"{day} {tod}",
            f"on {day}",
            day,
        )

    def said(self) -> str:
        """'said' with the day of the statement.

        Where the event is itself an announcement (a company's, a prosecutor's, a board's),
        the statement is the event; otherwise officials speak on the publication day.
        """
        spoke = self.s.date if self.s.kind in ANNOUNCEMENTS else self.pub
        day = WEEKDAYS[spoke.weekday()]
        return self.pick("said", f"said {day}", f"said on {day}", f"said {day}")

    def q(self, text: str) -> str:
        return f"“{text}”" if self.o.curly else f'"{text}"'


# Numbers that are addresses, names or arithmetic, not counts a reporter could get wrong.
EXACT = frozenset(
    {"block", "mile", "local", "speed", "height", "quarter", "court", "days", "alarm", "yes", "no"}
)
ANNOUNCEMENTS = frozenset({"earnings", "layoffs", "fraud", "school"})
GROWING = frozenset(
    {
        "dead",
        "injured",
        "displaced",
        "arrested",
        "acres",
        "homes",
        "outages",
        "evacuated",
        "rescues",
        "victims",
    }
)


def misreport(rng: random.Random, value: int, *, age: bool) -> int:
    if age or value < 20:
        return max(1, value + rng.choice((-1, 1))) if value else value
    return max(1, round(value * rng.uniform(0.88, 1.12)))


def rounded(rng: random.Random, n: int) -> str:
    magnitude = 10 ** max(len(str(n)) - 2, 1)
    r = round(n / magnitude) * magnitude
    if r == n:
        return big(n)
    if r > n:
        return f"{rng.choice(('nearly', 'almost', 'about', 'roughly', 'close to'))} {big(r)}"
    return f"{rng.choice(('more than', 'over', 'about', 'roughly', 'at least'))} {big(r)}"


def dollars(rng: random.Random, amount: int, rounding: float) -> str:
    if amount >= 1_000_000_000:
        return f"${amount / 1e9:.{rng.choice((1, 2))}f} billion"
    if amount >= 1_000_000:
        if rng.random() < 0.08:
            return f"${amount:,}"
        text = f"${amount / 1e6:.{rng.choice((1, 1, 2))}f}".removesuffix(".0") + " million"
        if rng.random() < rounding / 2:
            whole = round(amount / 1e6)
            hedges = (
                ("about", "more than", "roughly") if whole * 1e6 < amount else ("about", "nearly")
            )
            return f"{rng.choice(hedges)} ${whole} million"
        return text
    if rng.random() < rounding:
        magnitude = 10 ** max(len(str(amount)) - 2, 1)
        r = round(amount / magnitude) * magnitude
        if r > amount:
            return f"{rng.choice(('nearly', 'about', 'almost'))} ${r:,}"
        if r < amount:
            return f"{rng.choice(('more than', 'about', 'over'))} ${r:,}"
    return f"${amount:,}"


# --- kinds of event: a record maker and an article writer each ------------------------------


@dataclass(slots=True)
class Parts:
    """What a writer produces; the assembler orders and pads it to the outlet's length."""

    headline: str
    lede: str
    facts: list[str]
    quotes: list[str]
    extra: list[str]
    caption: str


def were(n: int) -> str:
    return "was" if n == 1 else "were"


VENUES = (
    "a convenience store", "an apartment complex", "a house party", "a bar", "a city park",
    "a gas station", "a parking lot outside a nightclub", "a strip mall", "a basketball court",
    "a fast-food restaurant", "a duplex", "a bus stop",
)  # fmt: skip


def r_shooting(world: World, town: Town, rng: random.Random) -> Record:
    dead = rng.choices((0, 1, 2, 3, 4), (30, 45, 15, 7, 3))[0]
    injured = (
        rng.randint(1, 5) if dead == 0 else rng.choices((0, 1, 2, 3, 4), (40, 25, 15, 12, 8))[0]
    )
    people = {"chief": world.official(town, "chief"), "spokes": world.official(town, "spokes")}
    nums = {
        "dead": dead,
        "injured": injured,
        "casings": rng.randint(6, 45),
        "block": rng.randint(1, 49) * 100,
        "homicides": rng.randint(3, 60),
    }
    if dead:
        people["victim"] = world.person((16, 71))
        nums["victim_age"] = people["victim"].age or 30
    if rng.random() < 0.45:
        people["suspect"] = world.person((17, 46))
        nums["suspect_age"] = people["suspect"].age or 25
    people["witness"] = world.person((22, 75))
    words = {"street": world.street(), "venue": rng.choice(VENUES)}
    return people, nums, words, {"bond": rng.randint(5, 200) * 5000}, {}


def w_shooting(w: Writer) -> Parts:
    s, dead, hurt, town = w.s, w.nums["dead"], w.nums["injured"], w.town
    street, venue = s.words["street"], s.words["venue"]
    victim = s.people.get("victim")
    man = ("Woman" if victim.female else "Man") if victim else "Person"
    if dead and hurt:
        headline = w.pick(
            f"{dead} killed, {hurt} injured in {town} shooting",
            f"Shooting at {venue.split(' ', 1)[1]} leaves {dead} dead, {hurt} hurt",
            f"{town} shooting: {dead} dead, {hurt} wounded",
        )
        toll = f"{w.n('dead', 'person', 'people')} {were(dead)} killed and {w.n('injured', 'other')} {were(hurt)} wounded"
    elif dead:
        headline = w.pick(
            f"{man} killed in {town} shooting"
            if dead == 1
            else f"{dead} killed in {town} shooting",
            f"Police investigate deadly shooting on {street}",
            f"{dead} dead after shooting at {town} {venue.split(' ', 1)[1]}",
        )
        toll = (
            f"{w.n('dead', 'person', 'people')} {were(dead)} shot and killed"
            if dead > 1 or w.chance(0.5)
            else f"a {man.lower()} was shot and killed"
        )
    else:
        headline = w.pick(
            f"{hurt} hurt in {town} shooting",
            f"{hurt} wounded in shooting near {street}",
            f"Shooting at {town} {venue.split(' ', 1)[1]} injures {hurt}",
        )
        toll = (
            f"{w.n('injured', 'person', 'people')} {were(hurt)} wounded"
            if w.chance(0.6)
            else f"{w.n('injured', 'person', 'people')} {were(hurt)} hurt"
        )
    lede = w.pick(
        f"{toll} in a shooting at {venue} on {street} {w.where()} {w.when()}, police {w.said()}.",
        f"Police are investigating a shooting {w.when()} at {venue} {w.where()} in which {toll}.",
        f"{toll} {w.when()} when gunfire broke out at {venue} in the {w.number(s.nums['block'], exact=True)} block of {street}, authorities {w.said()}.",
    )
    facts = [
        w.pick(
            f"Officers were called to the {s.nums['block']} block of {street} shortly after reports of shots fired and found the victims there.",
            f"Officers responding to a report of shots fired found the victims at {venue} in the {s.nums['block']} block of {street}.",
        ),
        w.pick(
            f"Investigators recovered {w.n('casings', 'shell casing')} at the scene, {w.p('spokes')} said.",
            f"Detectives collected {w.n('casings', 'spent shell casing')} from the parking area and the street.",
        ),
        w.pick(
            "The wounded were taken to a hospital; their conditions were not released.",
            "Police said the injured were in stable condition.",
            "At least one of the wounded was listed in critical condition.",
        )
        if hurt
        else w.pick("No one else was hurt, police said.", "Police said no one else was injured."),
    ]
    if victim:
        facts.append(
            w.pick(
                f"The {s.town.county} County coroner identified the victim as {w.p('victim')} of {town}.",
                f"Police identified the man killed as {w.p('victim')}."
                if not victim.female
                else f"Police identified the woman killed as {w.p('victim')}.",
                f"Family members identified the victim as {w.p('victim')}.",
            )
        )
        facts.append(
            w.pick(
                f"It was the city's {ordinal(s.nums['homicides'])} homicide this year, according to police records.",
                f"{town} has recorded {w.n('homicides', 'homicide')} so far this year, police said.",
            )
        )
    if "suspect" in s.people:
        facts.append(
            w.pick(
                f"Police arrested {w.p('suspect')} a short time later and charged {'her' if s.people['suspect'].female else 'him'} with {'murder' if dead else 'aggravated assault'}.",
                f"{w.p('suspect')} was taken into custody and faces charges of {'murder' if dead else 'attempted murder'}, according to jail records.",
            )
        )
        facts.append(
            w.pick(
                f"A judge set bond at {w.dollars('bond')}.",
                f"{w.p('suspect')} was being held on {w.dollars('bond')} bond.",
                "It was not immediately clear whether the suspect had an attorney.",
            )
        )
    else:
        facts.append(
            w.pick(
                "No arrests had been made, and police did not release a description of a suspect.",
                "Police said they were still looking for the shooter.",
                "No one was in custody, investigators said.",
            )
        )
    quotes = [
        w.pick(
            f"{w.q('This was not a random act; the people involved knew each other')}, {w.p('chief')} said.",
            f"{w.q('We will not tolerate this kind of violence in our neighborhoods')}, {w.p('chief')} said at a news conference.",
        ),
        f"{w.p('witness')}, who lives nearby, said {w.pick('she' if s.people['witness'].female else 'he', 'the neighbor')} heard {w.pick('several', 'five or six', 'a burst of')} shots. {w.q('I got down on the floor and called 911')}, {w.pick('she' if s.people['witness'].female else 'he')} said.",
        f"{w.q('We are asking anyone who saw something to come forward')}, {w.p('spokes')} said.",
    ]
    extra = [
        "Anyone with information is asked to call the police department's tip line at 555-0142.",
        f"The shooting was at least the {w.pick('second', 'third')} in the area {w.pick('this month', 'in recent weeks')}, residents said.",
        f"Crime scene tape blocked off part of {street} for several hours while detectives worked.",
        "Police did not say what led to the shooting.",
        f"Detectives were reviewing surveillance video from businesses along {street}.",
    ]
    caption = f"Police investigate a shooting on {street} in {town} {w.when()}."
    return Parts(headline, lede, facts, quotes, extra, caption)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def r_fire(world: World, town: Town, rng: random.Random) -> Record:
    dead = rng.choices((0, 1, 2, 3), (60, 25, 10, 5))[0]
    units = rng.choice((1, 1, 2, 4, 6, 8, 12, 16, 24))
    people = {
        "fire_chief": world.official(town, "fire_chief"),
        "battalion": world.official(town, "battalion"),
        "resident": world.person((24, 80)),
    }
    if dead:
        people["victim"] = world.person((3, 92))
    nums = {
        "dead": dead,
        "injured": rng.choices((0, 1, 2, 3, 4), (40, 25, 15, 12, 8))[0],
        "units": units,
        "displaced": rng.randint(2, 4) if units == 1 else units * rng.randint(2, 3),
        "firefighters": rng.randint(12, 85),
        "alarm": rng.randint(2, 4),
        "minutes": rng.randint(20, 140),
    }
    if dead:
        nums["victim_age"] = people["victim"].age or 40
    words = {
        "street": world.street(),
        "cause": rng.choice(
            (
                "an electrical problem",
                "unattended cooking",
                "a space heater",
                "careless smoking",
                "a lightning strike",
            )
        ),
        "known": "yes" if rng.random() < 0.4 else "",
    }
    return people, nums, words, {"damage": rng.randint(8, 400) * 10_000}, {}


def w_fire(w: Writer) -> Parts:
    s, town, dead = w.s, w.town, w.nums["dead"]
    building = (
        "house" if s.nums["units"] == 1 else w.pick("apartment building", "apartment complex")
    )
    a_building = f"an {building}" if building[0] == "a" else f"a {building}"
    street = s.words["street"]
    if dead:
        headline = w.pick(
            f"{dead} dead in {town} {building} fire",
            f"Fatal fire on {street} kills {dead}",
            f"{town} fire leaves {dead} dead, {w.d('displaced')} displaced",
        )
    else:
        headline = w.pick(
            f"Fire displaces {w.d('displaced')} in {town}",
            f"{w.nums['alarm']}-alarm fire damages {town} {building}",
            f"Crews battle {building} fire on {street}",
        )
    deaths = f"killed {w.n('dead', 'person', 'people')} and " if dead else ""
    lede = w.pick(
        f"A fire {w.when()} {deaths}forced {w.n('displaced', 'resident')} from {a_building} on {street} {w.where()}, fire officials {w.said()}.",
        f"Fire tore through {a_building} {w.where()} {w.when()}, {'and ' + w.n('dead', 'person', 'people') + ' died' if dead else 'leaving ' + w.n('displaced', 'resident') + ' without a home'}, according to the fire department.",
        f"{w.n('firefighters', 'firefighter')} battled a {w.number(s.nums['alarm'], exact=True)}-alarm blaze at {a_building} on {street} {w.when()}.",
    )
    facts = [
        w.pick(
            f"Crews brought the fire under control in about {w.n('minutes', 'minute')}.",
            f"It took firefighters {w.n('minutes', 'minute')} to bring the flames under control.",
        ),
        w.pick(
            f"{w.n('injured', 'person', 'people')} {were(w.nums['injured'])} treated for smoke inhalation.",
            f"{w.n('injured', 'firefighter')} suffered minor injuries.",
        )
        if w.nums["injured"]
        else "No other injuries were reported.",
        w.pick(
            f"Damage was estimated at {w.dollars('damage')}.",
            f"Fire officials put the damage at {w.dollars('damage')}.",
        ),
        w.pick(
            f"The American Red Cross was helping {w.n('displaced', 'resident')}.",
            f"The Red Cross said it was assisting {w.n('displaced', 'person', 'people')} with temporary housing.",
        ),
        w.pick(
            f"The cause was {s.words['cause']}, {w.p('battalion')} said."
            if s.words["known"]
            else "The cause remains under investigation.",
            f"Investigators believe the fire was caused by {s.words['cause']}."
            if s.words["known"]
            else "The state fire marshal's office is investigating the cause.",
        ),
    ]
    if dead:
        facts.append(
            w.pick(
                f"The {s.town.county} County coroner identified one of the dead as {w.p('victim')}.",
                f"Relatives identified the victim as {w.p('victim')}.",
            )
        )
    if s.nums["units"] > 1:
        facts.append(
            f"The building has {w.n('units', 'unit')}, {w.pick('and all were damaged', 'several of them heavily damaged', 'most of them occupied')}."
        )
    quotes = [
        f"{w.q('When our first crews arrived, fire was already coming through the roof')}, {w.p('fire_chief')} said.",
        f"{w.p('resident')}, who lived in the building, said {w.q('We lost everything, but everybody got out, and that is what matters')}."
        if not dead
        else f"{w.p('resident')}, a neighbor, said {w.q('I could see the smoke from three blocks away')}.",
        f"{w.q('Working smoke alarms save lives, and we urge every family to test theirs')}, {w.p('battalion')} said.",
    ]
    extra = [
        "Firefighters from neighboring departments helped battle the blaze.",
        f"Part of {street} was closed for several hours.",
        "Temperatures below freezing made the work harder for crews, who had to watch for ice.",
        "Fire officials said the building did not have sprinklers.",
    ]
    return Parts(
        headline,
        lede,
        facts,
        quotes,
        extra,
        f"Firefighters work at the scene of a fire on {street} in {town}.",
    )


ROADS = ("Interstate {n}", "U.S. Highway {n}", "State Route {n}", "Highway {n}")


def r_crash(world: World, town: Town, rng: random.Random) -> Record:
    dead = rng.choices((0, 1, 2, 3), (30, 45, 17, 8))[0]
    people = {"trooper": world.official(town, "trooper"), "driver": world.person((17, 84))}
    if dead:
        people["victim"] = world.person((15, 88))
    nums = {
        "dead": dead,
        "injured": rng.randint(0 if dead else 1, 7),
        "vehicles": rng.choices((2, 3, 4, 5, 7), (50, 20, 15, 10, 5))[0],
        "hours": rng.randint(2, 9),
        "mile": rng.randint(3, 240),
        "driver_age": people["driver"].age or 40,
        "speed": rng.choice((55, 65, 70)),
    }
    if dead:
        nums["victim_age"] = people["victim"].age or 40
    road = rng.choice(ROADS).format(
        n=rng.choice((9, 14, 20, 30, 35, 40, 55, 64, 70, 75, 80, 81, 95, 12, 27, 31, 50, 61, 101))
    )
    words = {
        "road": road,
        "direction": rng.choice(("northbound", "southbound", "eastbound", "westbound")),
        "vehicle": rng.choice(
            ("a pickup truck", "a tractor-trailer", "an SUV", "a sedan", "a box truck")
        ),
    }
    return people, nums, words, {}, {}


def w_crash(w: Writer) -> Parts:
    s, town, dead, hurt = w.s, w.town, w.nums["dead"], w.nums["injured"]
    road, direction = s.words["road"], s.words["direction"]
    if dead:
        headline = w.pick(
            f"{dead} killed in {w.d('vehicles')}-vehicle crash on {road}",
            f"Fatal crash near {town} closes {road}",
            f"{dead} dead, {hurt} hurt in {road} crash",
        )
    else:
        headline = w.pick(
            f"{hurt} hurt in {w.d('vehicles')}-vehicle crash near {town}",
            f"Crash snarls traffic on {road}",
            f"{road} reopens after crash near {town}",
        )
    toll = (
        f"{w.n('dead', 'person', 'people')} {were(dead)} killed"
        + (f" and {w.n('injured', 'other')} injured" if hurt else "")
        if dead
        else f"{w.n('injured', 'person', 'people')} {were(hurt)} injured"
    )
    lede = w.pick(
        f"{toll} in a {w.number(s.nums['vehicles'])}-vehicle crash on {direction} {road} near {town} {w.when()}, state police {w.said()}.",
        f"A crash involving {w.n('vehicles', 'vehicle')} on {road} {w.when()} left {w.n('dead', 'person', 'people') + ' dead' if dead else w.n('injured', 'person', 'people') + ' hurt'} {w.where()}, authorities said.",
        f"State troopers are investigating a {w.pick('chain-reaction', 'multi-vehicle', 'serious')} crash on {direction} {road} {w.when()} in which {toll}.",
    )
    facts = [
        w.pick(
            f"The crash happened near mile marker {s.nums['mile']}, {w.p('trooper')} said.",
            f"Troopers said the collision occurred near mile marker {s.nums['mile']}.",
        ),
        w.pick(
            f"Investigators said {s.words['vehicle']} driven by {w.p('driver')} of {town} crossed into oncoming traffic.",
            f"{w.p('driver')} was driving {s.words['vehicle']} that rear-ended slowing traffic, according to a preliminary report.",
        ),
        w.pick(
            f"The {direction} lanes were closed for about {w.n('hours', 'hour')}.",
            f"Traffic was diverted for {w.n('hours', 'hour')} while crews cleared the wreckage.",
        ),
        w.pick(
            "Speed may have been a factor, troopers said.",
            "Troopers said they did not suspect alcohol.",
            f"The speed limit on that stretch is {w.nums['speed']} mph.",
        ),
    ]
    if dead:
        facts.append(
            w.pick(
                f"The {s.town.county} County coroner identified one of the dead as {w.p('victim')}.",
                f"{w.p('victim')} died at the scene, the coroner's office said.",
            )
        )
    if hurt:
        facts.append(
            w.pick(
                f"{w.n('injured', 'person', 'people')} {were(hurt)} taken to hospitals, some by helicopter.",
                "The injured were taken to area hospitals with injuries ranging from minor to serious.",
            )
        )
    quotes = [
        f"{w.q('Traffic was backed up for miles, and we ask drivers to slow down in work zones')}, {w.p('trooper')} said.",
        f"{w.q('It is a dangerous stretch, especially when it is wet')}, said {w.p('driver') if w.chance(0.2) else 'a trucker who stopped to help'}.",
    ]
    extra = [
        "No charges had been filed, and the crash remained under investigation.",
        f"The state transportation department has counted several serious crashes on that stretch of {road} in the past two years.",
        "Drivers were urged to use alternate routes.",
    ]
    return Parts(
        headline,
        lede,
        facts,
        quotes,
        extra,
        f"Emergency crews at the scene of a crash on {road} near {town}.",
    )


SCHEMES = (
    "a Ponzi scheme", "a Medicare billing scheme", "a pandemic loan fraud scheme",
    "an investment scheme that targeted retirees", "a mortgage fraud scheme",
    "a payroll tax scheme", "an insurance fraud scheme", "a wire fraud scheme",
)  # fmt: skip


def r_fraud(world: World, town: Town, rng: random.Random) -> Record:
    federal = rng.random() < 0.6
    people = {
        "defendant": world.person((29, 71)),
        "prosecutor": world.official(town, "usa" if federal else "prosecutor"),
    }
    nums = {
        "defendants": rng.choices((1, 2, 3, 4, 5), (40, 25, 15, 12, 8))[0],
        "victims": rng.randint(12, 3000),
        "counts": rng.randint(3, 40),
        "years": rng.choice((5, 10, 20, 30)),
        "defendant_age": people["defendant"].age or 50,
        "court": rng.randint(7, 40),
    }
    words = {
        "scheme": rng.choice(SCHEMES),
        "federal": "yes" if federal else "",
        "business": f"{rng.choice(COMPANY_A)} {rng.choice(('Financial', 'Capital', 'Home Health', 'Advisors', 'Group'))}",
    }
    return people, nums, words, {"amount": rng.randint(15, 4000) * 10_000}, {}


def w_fraud(w: Writer) -> Parts:
    s, town = w.s, w.town
    federal = bool(s.words["federal"])
    court = s.date + dt.timedelta(days=s.nums["court"])
    last = s.people["defendant"].last
    headline = w.pick(
        f"{town} man charged in {w.dollars('amount')} fraud"
        if not s.people["defendant"].female
        else f"{town} woman charged in {w.dollars('amount')} fraud",
        f"{w.d('defendants')} indicted in {s.words['scheme'].split(' ', 1)[1]}",
        f"Prosecutors: {s.words['business']} owner ran {s.words['scheme'].split(' ', 1)[1]}",
        f"{last} indicted on {w.d('counts')} counts",
    )
    where = "a federal grand jury" if federal else "a county grand jury"
    lede = w.pick(
        f"{where.capitalize()} has indicted {w.p('defendant')} of {town}{' and others' if w.nums['defendants'] > 1 else ''} in {s.words['scheme']} that prosecutors say cost victims {w.dollars('amount')}.",
        f"{w.p('defendant')}, the owner of {s.words['business']} {w.where()}, was charged {w.when()} with running {s.words['scheme']} that took in {w.dollars('amount')}, {w.p('prosecutor')} {w.said()}.",
        f"Prosecutors {w.said()} that {w.p('defendant')} used {s.words['business']} to carry out {s.words['scheme']} that defrauded {w.n('victims', 'victim')} of {w.dollars('amount')}.",
    )
    facts = [
        w.pick(
            f"The indictment charges {w.n('defendants', 'person', 'people')} with {w.n('counts', 'count')} including wire fraud and money laundering.",
            f"{w.p('defendant')} faces {w.n('counts', 'count')} of fraud and related charges.",
        ),
        w.pick(
            f"Prosecutors said the scheme ran for several years and drew in {w.n('victims', 'victim')}.",
            f"More than {w.number(max(10, w.nums['victims'] // 10 * 10), exact=True)} victims lost money, according to the indictment."
            if w.nums["victims"] > 20
            else f"The indictment lists {w.n('victims', 'victim')}.",
        ),
        w.pick(
            f"If convicted, {w.p('defendant')} faces up to {w.n('years', 'year')} in prison on the most serious count.",
            f"The most serious charge carries a maximum sentence of {w.n('years', 'year')}.",
        ),
        w.pick(
            f"An arraignment is scheduled for {month_day(court, w.o)}.",
            f"{w.p('defendant')} is due in {'federal' if federal else 'county'} court on {month_day(court, w.o)}.",
        ),
        w.pick(
            "An attorney for the defendant did not respond to a request for comment.",
            f"A lawyer for {w.p('defendant')} said {w.pick('his', 'the')} client would plead not guilty.",
        ),
    ]
    if w.nums["defendants"] > 1:
        facts.append(
            f"The {w.pick('co-defendants', 'others charged')} were not named in {w.pick('court papers', 'the public version of the indictment')}."
        )
    quotes = [
        f"{w.q('These defendants treated other people’s savings as their own bank account')}, {w.p('prosecutor')} said in a statement.",
        f"{w.q('Many of the victims trusted them for years')}, {w.p('prosecutor')} said.",
    ]
    extra = [
        f"{s.words['business']} had offices {w.where()} and advertised on local radio.",
        "Investigators urged anyone who believes they were a victim to contact the prosecutor's office.",
        "The case was investigated with help from the FBI and the state attorney general's office."
        if federal
        else "The case was investigated by the county's economic crimes unit.",
    ]
    return Parts(headline, lede, facts, quotes, extra, f"{s.words['business']} offices in {town}.")


def r_earnings(world: World, town: Town, rng: random.Random) -> Record:
    company = world.company(town)
    people = {
        "ceo": attach_title(world.person(), "Chief Executive", f"{company}'s chief executive", "")
    }
    revenue = rng.randint(50, 8000) * 1_000_000 + rng.randint(0, 999) * 1000
    change = rng.uniform(-12, 25)
    nums = {"employees": rng.randint(800, 60000), "quarter": (rng.randint(0, 3))}
    money = {
        "revenue": revenue,
        "prior": int(revenue / (1 + change / 100)),
        "profit": int(revenue * rng.uniform(0.02, 0.15)),
    }
    decimals = {
        "change": round(change, 1),
        "eps": round(rng.uniform(0.12, 4.8), 2),
        "stock": round(rng.uniform(-9, 12), 1),
    }
    return people, nums, {"company": company}, money, decimals


QUARTERS = ("first", "second", "third", "fourth")


def w_earnings(w: Writer) -> Parts:
    s, company = w.s, w.s.words["company"]
    quarter = QUARTERS[(s.date.month - 1) // 3 - 1] if s.date.month > 3 else "fourth"
    change, eps, stock = w.decimals["change"], w.decimals["eps"], w.decimals["stock"]
    up = change >= 0
    headline = w.pick(
        f"{company} {quarter}-quarter revenue {'rises' if up else 'falls'} {abs(change):.0f}%",
        f"{company} {'beats' if stock > 0 else 'misses'} expectations as sales {'climb' if up else 'slip'}",
        f"{company} shares {'jump' if stock > 0 else 'drop'} after earnings",
    )
    lede = w.pick(
        f"{company}, the {s.town.name}-based maker of {PLANT_GOODS[company.split(' ', 1)[1]]}, reported {quarter}-quarter revenue of {w.dollars('revenue')} {w.when()}, {'up' if up else 'down'} {w.pct(abs(change))} from a year earlier.",
        f"{company} {w.said()} its revenue {'rose' if up else 'fell'} {w.pct(abs(change))} in the {quarter} quarter to {w.dollars('revenue')}.",
        f"{'Higher' if up else 'Lower'} sales lifted{'' if up else ' and then sank'} {company} in the {quarter} quarter, with revenue of {w.dollars('revenue')}, the company {w.said()}.".replace(
            "lifted and then sank", "weighed on"
        ),
    )
    facts = [
        w.pick(
            f"Net income was {w.dollars('profit')}, or ${eps:.2f} a share.",
            f"The company earned {w.dollars('profit')}, or ${eps:.2f} per share.",
        ),
        w.pick(
            f"Revenue in the same quarter last year was {w.dollars('prior')}.",
            f"A year earlier the company reported sales of {w.dollars('prior')}.",
        ),
        w.pick(
            f"Shares {'rose' if stock > 0 else 'fell'} {w.pct(abs(stock))} in afternoon trading.",
            f"The stock {'gained' if stock > 0 else 'lost'} {w.pct(abs(stock))} after the report.",
        ),
        w.pick(
            f"The company employs about {w.number(round(s.nums['employees'], -2), exact=True)} people, most of them in {s.town.state}.",
            f"{company} has {w.n('employees', 'employee')} worldwide.",
        ),
    ]
    quotes = [
        f"{w.q('Our teams delivered a solid quarter despite higher costs for materials and freight')}, {w.p('ceo')} said on a call with analysts.",
        f"{w.p('ceo')} said demand {'remained strong' if up else 'softened'} in the company's largest markets.",
    ]
    extra = [
        "Analysts had expected slightly different results, according to a survey of brokers.",
        f"The company {w.pick('reaffirmed', 'raised', 'cut')} its outlook for the full year.",
        f"{company} is one of the largest private employers in {s.town.name}.",
    ]
    return Parts(
        headline, lede, facts, quotes, extra, f"The headquarters of {company} in {s.town.name}."
    )


def attach_title(person: Person, title: str, role: str, short: str) -> Person:
    return Person(person.first, person.middle, person.last, person.female, None, title, role, short)


def r_storm(world: World, town: Town, rng: random.Random) -> Record:
    people = {
        "emergency": world.official(town, "emergency"),
        "forecaster": world.official(town, "forecaster"),
        "mayor": world.official(town, "mayor"),
        "resident": world.person((25, 80)),
    }
    flood = rng.random() < 0.5
    nums = {
        "outages": rng.randint(800, 250_000),
        "evacuated": rng.randint(20, 3000),
        "homes": rng.randint(5, 900),
        "dead": rng.choices((0, 1, 2, 3), (70, 18, 8, 4))[0],
        "rescues": rng.randint(0, 60),
        "wind": rng.randint(45, 110),
    }
    decimals = {"rain": round(rng.uniform(2.1, 11.4), 1), "crest": round(rng.uniform(18, 42), 1)}
    words = {
        "flood": "yes" if flood else "",
        "river": f"{rng.choice(STREETS)} {rng.choice(('River', 'Creek'))}",
    }
    return people, nums, words, {"damage": rng.randint(5, 900) * 100_000}, decimals


def w_storm(w: Writer) -> Parts:
    s, town, flood = w.s, w.town, bool(w.s.words["flood"])
    river, rain = s.words["river"], w.decimals["rain"]
    dead = w.nums["dead"]
    if flood:
        headline = w.pick(
            f"Flooding forces {w.d('evacuated')} from homes in {town}",
            f"{river} floods {town} after {rain} inches of rain",
            f"{town} cleans up after flash flooding",
        )
        lede = w.pick(
            f"Heavy rain {w.when()} pushed the {river} over its banks {w.where()}, forcing {w.n('evacuated', 'resident')} from their homes, officials {w.said()}.",
            f"Flash flooding {w.when()} damaged {w.n('homes', 'home')} {w.where()} after {rain} inches of rain fell in a few hours.",
        )
    else:
        headline = w.pick(
            f"Storms knock out power to {w.d('outages')} in {town} area",
            f"Severe storms damage {w.d('homes')} homes in {town}",
            f"{w.nums['wind']} mph winds batter {town}",
        )
        lede = w.pick(
            f"Severe thunderstorms with winds of up to {w.nums['wind']} mph swept through {town} {w.when()}, damaging {w.n('homes', 'home')} and knocking out power to {w.n('outages', 'customer')}.",
            f"{w.n('outages', 'customer')} lost power {w.where()} {w.when()} as strong storms toppled trees and power lines, utility officials {w.said()}.",
        )
    facts = [
        w.pick(
            f"The National Weather Service recorded {rain} inches of rain at the {town} airport.",
            f"Some areas received more than {int(rain)} inches of rain, according to the weather service.",
        ),
        w.pick(
            f"At the peak, {w.n('outages', 'customer')} were without power.",
            f"Utility crews had restored power to most of the {w.number(s.nums['outages'])} customers who lost it by {w.pick('evening', 'the next morning')}.",
        ),
        w.pick(
            f"Emergency crews carried out {w.n('rescues', 'water rescue')}.",
            f"Firefighters rescued {w.n('rescues', 'person', 'people')} from stranded cars and flooded homes.",
        )
        if w.nums["rescues"]
        else "No rescues were needed, officials said.",
        w.pick(
            f"The {river} crested at {w.decimals['crest']} feet, well above flood stage.",
            f"Forecasters expected the {river} to crest near {w.decimals['crest']} feet.",
        )
        if flood
        else w.pick(
            f"Winds were clocked at {w.nums['wind']} mph.",
            f"The weather service confirmed straight-line winds of {w.nums['wind']} mph.",
        ),
        w.pick(
            f"Officials estimated damage at {w.dollars('damage')}.",
            f"A preliminary estimate put damage at {w.dollars('damage')}.",
        ),
        w.pick(
            f"{w.n('homes', 'home')} {were(w.nums['homes'])} damaged, {w.p('emergency')} said.",
            f"Damage assessment teams counted {w.n('homes', 'damaged home')}.",
        ),
    ]
    if dead:
        facts.append(
            w.pick(
                f"{w.n('dead', 'person', 'people')} died in the storm, including a driver swept off a road.",
                f"The storm was blamed for {w.n('dead', 'death')}.",
            )
        )
    quotes = [
        f"{w.q('We have never seen water come up this fast in this part of town')}, {w.p('mayor')} said.",
        f"{w.p('resident')} said the water reached the second step of the porch within an hour. {w.q('We grabbed the dog and the photo albums and left')}.",
        f"{w.q('More rain is possible through the weekend, so people should stay alert')}, {w.p('forecaster')} said.",
    ]
    extra = [
        "Several roads remained closed because of standing water and downed trees.",
        "The county opened a shelter at a local high school.",
        "The governor said the state would seek federal disaster aid if damage estimates warranted it.",
        "Schools in the district canceled classes for the day.",
    ]
    return Parts(
        headline,
        lede,
        facts,
        quotes,
        extra,
        f"Water covers a street in {town} after heavy rain."
        if flood
        else f"A tree lies across a house in {town} after storms.",
    )


def r_layoffs(world: World, town: Town, rng: random.Random) -> Record:
    laid = rng.randint(40, 1800)
    people = {
        "mayor": world.official(town, "mayor"),
        "spokesperson": world.person((30, 60)),
        "worker": world.person((24, 63)),
        "union": world.person((35, 65)),
    }
    company = world.company(town)
    people["spokesperson"] = attach_title(
        people["spokesperson"], "company spokesperson", f"a spokesperson for {company}", ""
    )
    people["union"] = attach_title(
        people["union"], "union President", "president of the local union", ""
    )
    nums = {
        "laid": laid,
        "workforce": laid + rng.randint(0, 3000),
        "local": rng.randint(100, 2999),
        "years": rng.randint(12, 95),
        "days": rng.randint(30, 120),
    }
    return (
        people,
        nums,
        {"company": company, "closing": "yes" if rng.random() < 0.4 else ""},
        {},
        {},
    )


def w_layoffs(w: Writer) -> Parts:
    s, town, company = w.s, w.town, w.s.words["company"]
    goods = PLANT_GOODS[company.split(" ", 1)[1]]
    closing = bool(s.words["closing"]) and w.nums["workforce"] == w.nums["laid"]
    end = s.date + dt.timedelta(days=s.nums["days"])
    headline = w.pick(
        f"{company} to cut {w.d('laid')} jobs in {town}",
        f"{company} {'closing' if closing else 'shrinking'} {town} plant",
        f"{w.d('laid')} to lose jobs at {town} {goods} plant",
    )
    lede = w.pick(
        f"{company} will lay off {w.n('laid', 'worker')} at its {goods} plant {w.where()}, the company {w.said()}.",
        f"{w.n('laid', 'worker')} at the {company} plant {w.where()} will lose their jobs by {month_day(end, w.o)}, according to a notice filed with the state {w.when()}.",
        f"{company} {w.said()} it will {'close' if closing else 'cut'} {w.pick('its', 'the')} {town} {goods} plant{'' if closing else ' workforce by ' + w.n('laid', 'job')}.",
    )
    facts = [
        w.pick(
            f"The plant employs {w.n('workforce', 'person', 'people')}.",
            f"About {w.number(round(s.nums['workforce'], -1), exact=True)} people work at the plant, according to the company.",
        ),
        w.pick(
            f"The layoffs will take effect by {month_day(end, w.o)}, according to a WARN notice filed with the state.",
            f"The cuts begin {month_day(end, w.o)}.",
        ),
        w.pick(
            f"The plant has operated in {town} for {w.n('years', 'year')}.",
            f"{company} opened the plant {w.number(s.nums['years'])} years ago.",
        ),
        w.pick(
            f"Workers are represented by Local {s.nums['local']}.",
            f"Many of the workers belong to Local {s.nums['local']} of the United Steelworkers.",
        ),
        w.pick(
            "The company cited falling demand and higher costs.",
            "The company said it would move production to other plants.",
        ),
    ]
    quotes = [
        f"{w.q('This was a difficult decision, and we will support affected employees with severance and job placement help')}, {w.p('spokesperson')} said.",
        f"{w.q('This is a gut punch for hundreds of families')}, {w.p('mayor')} said.",
        f"{w.p('worker')}, who has worked at the plant for {w.number(s.people['worker'].age // 3 if s.people['worker'].age else 10)} years, said {w.q('We heard rumors, but nobody thought it would be this many')}.",
        f"{w.p('union')} said the union would negotiate over severance.",
    ]
    extra = [
        f"The plant is one of the largest employers in {s.town.county} County.",
        "State workforce officials said they would hold job fairs for laid-off workers.",
        f"{company} did not say whether more cuts were planned at other locations.",
    ]
    return Parts(headline, lede, facts, quotes, extra, f"The {company} plant in {town}.")


def r_school(world: World, town: Town, rng: random.Random) -> Record:
    size = rng.choice((5, 7, 9))
    yes = rng.randint(size // 2 + 1, size)
    people = {
        "superintendent": world.official(town, "superintendent"),
        "board_president": world.official(town, "board_president"),
        "parent": world.person((28, 55)),
    }
    nums = {
        "yes": yes,
        "no": size - yes,
        "cut": rng.randint(0, 60),
        "students": rng.randint(1200, 48000),
        "schools": rng.randint(3, 40),
        "speakers": rng.randint(5, 60),
    }
    money = {"budget": rng.randint(120, 4000) * 100_000}
    decimals = {"increase": round(rng.uniform(0.5, 6.5), 1)}
    topic = rng.choice(("budget", "closure", "calendar"))
    return people, nums, {"topic": topic}, money, decimals


def w_school(w: Writer) -> Parts:
    s, town = w.s, w.town
    yes, no = w.nums["yes"], w.nums["no"]
    tally = f"{yes}-{no}" if w.chance(0.7) else f"{words_for(yes)} to {words_for(no)}"
    topic = s.words["topic"]
    if topic == "closure":
        thing = f"close {w.pick('two', 'three')} elementary schools"
        headline = w.pick(
            f"{town} school board votes to close schools",
            f"Board approves school closures in {town}, {tally}",
        )
    elif topic == "calendar":
        thing = "a four-day school week starting next fall"
        headline = w.pick(
            f"{town} schools move to four-day week", f"Board approves four-day week in {town}"
        )
    else:
        thing = f"a {w.dollars('budget')} budget"
        headline = w.pick(
            f"{town} school board approves {w.dollars('budget')} budget",
            f"School budget passes {tally} in {town}",
        )
    lede = w.pick(
        f"The {town} school board voted {tally} {w.when()} to approve {thing}.",
        f"After hours of public comment, the {town} Board of Education approved {thing} {w.when()} on a {tally} vote.",
        f"{town} school board members {w.said()} they approved {thing} in a {tally} vote.".replace(
            f"{w.said()} they approved", "approved"
        ),
    )
    facts = [
        w.pick(
            f"The district serves {w.n('students', 'student')} in {w.n('schools', 'school')}.",
            f"The district has about {w.number(round(s.nums['students'], -2), exact=True)} students.",
        ),
        w.pick(
            f"The plan eliminates {w.n('cut', 'teaching position')}, mostly through retirements.",
            f"{w.n('cut', 'position')} will be cut.",
        )
        if w.nums["cut"]
        else "No positions will be cut, the superintendent said.",
        w.pick(
            f"The total budget of {w.dollars('budget')} is {w.pct(w.decimals['increase'])} larger than last year's.",
            f"Spending will rise {w.pct(w.decimals['increase'])}, to {w.dollars('budget')}.",
        ),
        w.pick(
            f"{w.n('speakers', 'person', 'people')} spoke during public comment.",
            f"More than {w.number(max(5, s.nums['speakers'] - s.nums['speakers'] % 5))} residents addressed the board.",
        ),
        w.pick(
            f"{w.p('board_president')} cast one of the votes in favor.",
            f"The {w.n('no', 'member')} who voted no said the plan moved too fast."
            if no
            else "The vote was unanimous.",
        ),
    ]
    quotes = [
        f"{w.q('We had to make hard choices to keep the district on solid financial ground')}, {w.p('superintendent')} said.",
        f"{w.p('parent')}, a parent of two, told the board {w.q('You are balancing the budget on the backs of our kids')}.",
        f"{w.q('Nobody up here takes this lightly')}, {w.p('board_president')} said before the vote.",
    ]
    extra = [
        "The board will hold a second hearing before the plan takes effect.",
        "Enrollment in the district has declined for several years.",
        "The teachers union said it would study the plan before commenting.",
    ]
    return Parts(
        headline, lede, facts, quotes, extra, f"Residents fill the {town} school board meeting."
    )


DRUGS = (
    ("fentanyl pills", "pills"),
    ("methamphetamine", "pounds"),
    ("cocaine", "kilograms"),
    ("marijuana", "pounds"),
    ("heroin", "grams"),
)


def r_drugs(world: World, town: Town, rng: random.Random) -> Record:
    drug, unit = rng.choice(DRUGS)
    amount = {
        "pills": rng.randint(500, 300_000),
        "pounds": rng.randint(2, 900),
        "kilograms": rng.randint(2, 120),
        "grams": rng.randint(50, 4000),
    }[unit]
    people = {"sheriff": world.official(town, "sheriff"), "suspect": world.person((19, 58))}
    nums = {
        "amount": amount,
        "arrested": rng.randint(1, 6),
        "guns": rng.randint(0, 12),
        "suspect_age": people["suspect"].age or 30,
    }
    words = {
        "drug": drug,
        "unit": unit,
        "stop": rng.choice(
            ("a traffic stop", "a search warrant at a house", "a months-long investigation")
        ),
    }
    return (
        people,
        nums,
        words,
        {"value": rng.randint(3, 900) * 10_000, "cash": rng.randint(1, 300) * 1000},
        {},
    )


def w_drugs(w: Writer) -> Parts:
    s, town = w.s, w.town
    drug, unit = s.words["drug"], s.words["unit"]
    amount = w.n("amount", unit.rstrip("s"), unit) if unit != "pills" else w.n("amount", "pill")
    of = (
        f"{amount} of {drug}"
        if unit != "pills"
        else f"{amount}".replace("pills", f"{drug}").replace("pill", drug)
    )
    headline = w.pick(
        f"Deputies seize {w.d('amount')} {unit} of {drug.replace(' pills', '')} near {town}",
        f"{w.d('arrested')} arrested in {town} drug bust",
        f"Sheriff: {drug} worth {w.dollars('value')} seized",
    )
    lede = w.pick(
        f"{s.town.county} County sheriff's deputies seized {of} and arrested {w.n('arrested', 'person', 'people')} {w.where()} {w.when()}, the sheriff's office {w.said()}.",
        f"A drug investigation {w.where()} led to the seizure of {of} with an estimated street value of {w.dollars('value')}, {w.p('sheriff')} {w.said()}.",
        f"Authorities {w.said()} {w.n('arrested', 'person', 'people')} face drug trafficking charges after {s.words['stop']} {w.when()} turned up {of}.",
    )
    facts = [
        w.pick(
            f"The seizure followed {s.words['stop']}, investigators said.",
            f"Deputies found the drugs during {s.words['stop']}.",
        ),
        w.pick(
            f"The drugs have an estimated street value of {w.dollars('value')}.",
            f"Investigators put the street value at {w.dollars('value')}.",
        ),
        w.pick(
            f"Deputies also seized {w.n('guns', 'firearm')} and {w.dollars('cash')} in cash.",
            f"Along with the drugs, investigators recovered {w.dollars('cash')} in cash.",
        )
        if w.nums["guns"]
        else f"Investigators also recovered {w.dollars('cash')} in cash.",
        w.pick(
            f"Among those arrested was {w.p('suspect')} of {town}.",
            f"{w.p('suspect')} was booked into the {s.town.county} County jail.",
        ),
        "The suspects face charges of trafficking and possession with intent to distribute.",
    ]
    quotes = [
        f"{w.q('That is enough poison to reach every corner of this county')}, {w.p('sheriff')} said.",
        f"{w.q('Our deputies and our partners have been working this case for months')}, {w.p('sheriff')} said at a news conference.",
    ]
    extra = [
        "The investigation involved state and federal agencies.",
        "More arrests are possible, the sheriff's office said.",
        f"Overdose deaths in {s.town.county} County have risen in recent years, according to health officials.",
    ]
    return Parts(
        headline,
        lede,
        facts,
        quotes,
        extra,
        f"Drugs and cash seized by {s.town.county} County deputies.",
    )


def r_quake(world: World, town: Town, rng: random.Random) -> Record:
    people = {
        "geologist": world.official(town, "geologist"),
        "resident": world.person((25, 80)),
        "emergency": world.official(town, "emergency"),
    }
    nums = {
        "miles": rng.randint(2, 40),
        "aftershocks": rng.randint(0, 30),
        "injured": rng.choices((0, 1, 2, 5), (70, 15, 10, 5))[0],
        "felt": rng.randint(100, 20_000),
    }
    decimals = {
        "magnitude": round(rng.uniform(2.8, 6.1), 1),
        "depth": round(rng.uniform(1.5, 12), 1),
    }
    return (
        people,
        nums,
        {"direction": rng.choice(("north", "south", "east", "west", "northeast", "southwest"))},
        {},
        decimals,
    )


def w_quake(w: Writer) -> Parts:
    s, town, mag = w.s, w.town, w.decimals["magnitude"]
    headline = w.pick(
        f"Magnitude {mag} earthquake shakes {town}",
        f"{mag} quake rattles {town} area",
        f"Earthquake felt across {s.town.state}",
    )
    lede = w.pick(
        f"A magnitude {mag} earthquake struck {w.n('miles', 'mile')} {s.words['direction']} of {town} {w.when()}, the U.S. Geological Survey {w.said()}.",
        f"An earthquake with a preliminary magnitude of {mag} rattled {town} {w.when()}, {w.pick('knocking items off shelves', 'startling residents')} but causing little damage.",
    )
    facts = [
        w.pick(
            f"The quake was centered {w.decimals['depth']} miles below the surface.",
            f"It struck at a depth of about {w.decimals['depth']} miles, according to the USGS.",
        ),
        w.pick(
            f"More than {w.number(max(100, s.nums['felt'] // 100 * 100))} people reported feeling the shaking.",
            f"{w.n('felt', 'person', 'people')} submitted reports to the USGS website.",
        ),
        w.pick(
            f"At least {w.n('aftershocks', 'aftershock')} followed.",
            f"Seismologists recorded {w.n('aftershocks', 'aftershock')}.",
        )
        if w.nums["aftershocks"]
        else "No aftershocks had been recorded.",
        w.pick(
            f"{w.n('injured', 'person', 'people')} suffered minor injuries.",
            f"Officials reported {w.n('injured', 'minor injury', 'minor injuries')}.",
        )
        if w.nums["injured"]
        else "No injuries were reported.",
    ]
    quotes = [
        f"{w.q('Earthquakes of this size are not unusual in this region')}, {w.p('geologist')} said.",
        f"{w.p('resident')} said {w.q('It sounded like a truck hit the house')}.",
        f"{w.p('emergency')} said crews were checking bridges and overpasses for damage.",
    ]
    extra = [
        "Aftershocks could continue for days, seismologists said.",
        "Officials urged residents to secure heavy furniture.",
    ]
    return Parts(
        headline, lede, facts, quotes, extra, f"Items knocked from shelves at a store in {town}."
    )


def r_wildfire(world: World, town: Town, rng: random.Random) -> Record:
    people = {
        "battalion": world.official(town, "battalion"),
        "emergency": world.official(town, "emergency"),
        "resident": world.person((25, 80)),
    }
    nums = {
        "acres": rng.randint(50, 45_000),
        "contained": rng.randint(0, 90),
        "homes": rng.randint(0, 120),
        "threatened": rng.randint(50, 3000),
        "firefighters": rng.randint(40, 1500),
        "evacuated": rng.randint(100, 12_000),
    }
    return (
        people,
        nums,
        {
            "name": f"{rng.choice(STREETS)} {rng.choice(('Ridge', 'Canyon', 'Creek', 'Hollow'))} Fire"
        },
        {},
        {},
    )


def w_wildfire(w: Writer) -> Parts:
    s, town, name = w.s, w.town, w.s.words["name"]
    headline = w.pick(
        f"{name} grows to {w.nums['acres']:,} acres near {town}",
        f"Evacuations ordered as wildfire spreads near {town}",
        f"{name} {w.nums['contained']}% contained",
    )
    lede = w.pick(
        f"The {name} had burned {w.n('acres', 'acre')} near {town} by {w.when().removeprefix('on ')}, fire officials {w.said()}.",
        f"A wildfire near {town} forced {w.n('evacuated', 'resident')} to leave their homes {w.when()} as it spread across {w.n('acres', 'acre')}.",
    )
    facts = [
        w.pick(
            f"The fire was {w.pct(w.nums['contained'])} contained.",
            f"Crews had the fire {w.pct(w.nums['contained'])} contained.",
        ),
        w.pick(
            f"{w.n('firefighters', 'firefighter')} were assigned to the fire.",
            f"More than {w.number(max(40, s.nums['firefighters'] // 10 * 10))} firefighters were working the blaze.",
        ),
        w.pick(
            f"The fire had destroyed {w.n('homes', 'home')} and threatened {w.n('threatened', 'structure')}.",
            f"{w.n('threatened', 'structure')} were threatened.",
        )
        if w.nums["homes"]
        else f"No homes had been destroyed, but {w.n('threatened', 'structure')} were threatened.",
        w.pick(
            f"About {w.n('evacuated', 'resident')} were under evacuation orders.",
            f"Evacuation orders covered {w.n('evacuated', 'resident')}.",
        ),
    ]
    quotes = [
        f"{w.q('Low humidity and gusty winds are working against us')}, {w.p('battalion')} said.",
        f"{w.p('resident')} said {w.q('We could see the glow over the ridge all night')}.",
    ]
    extra = [
        "The cause of the fire was under investigation.",
        "A red flag warning remained in effect through the weekend.",
        "Smoke from the fire drifted over neighboring counties.",
    ]
    return Parts(
        headline, lede, facts, quotes, extra, f"Smoke from the {name} rises over hills near {town}."
    )


def r_robbery(world: World, town: Town, rng: random.Random) -> Record:
    people = {"fbi": world.official(town, "fbi"), "spokes": world.official(town, "spokes")}
    if rng.random() < 0.4:
        people["suspect"] = world.person((19, 55))
    nums = {
        "minutes": rng.randint(2, 15),
        "height": rng.randint(66, 75),
        "suspect_age": people["suspect"].age
        if "suspect" in people and people["suspect"].age
        else 30,
    }
    bank = f"{rng.choice(('First Community', 'Citizens', 'Heritage', 'Farmers', 'Peoples', 'Union Savings'))} Bank"
    return (
        people,
        nums,
        {"bank": bank, "street": world.street()},
        {"amount": rng.randint(8, 250) * 100},
        {},
    )


def w_robbery(w: Writer) -> Parts:
    s, town, bank = w.s, w.town, w.s.words["bank"]
    headline = w.pick(
        f"{bank} branch robbed in {town}",
        f"Police seek suspect in {town} bank robbery",
        f"Man robs {town} bank, escapes with cash",
    )
    lede = w.pick(
        f"A man robbed the {bank} branch on {s.words['street']} {w.where()} {w.when()}, police {w.said()}.",
        f"Police and the FBI are looking for a man who {w.pick('handed a teller a note', 'showed a handgun')} and robbed a {town} bank {w.when()}.",
    )
    facts = [
        w.pick(
            f"He left with {w.dollars('amount')}, according to the FBI.",
            f"The robber took {w.dollars('amount')}.",
        ),
        w.pick(
            f"The robbery lasted about {w.n('minutes', 'minute')}.",
            f"He was inside the bank for about {w.n('minutes', 'minute')}.",
        ),
        f"Witnesses described him as about {w.nums['height'] // 12} feet {w.nums['height'] % 12} inches tall.",
        w.pick(
            f"Police later arrested {w.p('suspect')}.",
            f"{w.p('suspect')} was arrested hours later.",
        )
        if "suspect" in s.people
        else "No one was hurt, and no arrest had been made.",
    ]
    quotes = [
        f"{w.q('We are asking the public to look at these photos and call us')}, {w.p('fbi')} said.",
        f"{w.q('Thankfully no one was injured')}, {w.p('spokes')} said.",
    ]
    extra = [
        "The FBI is offering a reward of up to $5,000 for information leading to an arrest.",
        "Surveillance images were released to the public.",
    ]
    return Parts(
        headline,
        lede,
        facts,
        quotes,
        extra,
        f"Surveillance image of the {town} bank robbery suspect.",
    )


# More background sentences, by kind and by class of kind ("{town}", "{county}", "{state}").
CLASS = {
    "shooting": "crime", "drugs": "crime", "robbery": "crime", "fraud": "court",
    "fire": "disaster", "storm": "disaster", "quake": "disaster", "wildfire": "disaster", "crash": "disaster",
    "earnings": "business", "layoffs": "business", "school": "civic",
}  # fmt: skip
CLASS_EXTRA = {
    "crime": (
        "Anyone with information is asked to call Crime Stoppers, and tipsters may remain anonymous.",
        "Court records did not list an attorney who could comment on the case.",
        "Neighbors said police cars lined the street for much of the day.",
        "The department has added patrols in the area, a spokesperson said.",
        "City council members have pressed for more funding for the police department this year.",
        "Records show officers had been called to the same address before.",
        "The prosecutor's office will decide what charges to bring once the investigation is complete.",
        "Residents of the neighborhood said they were shaken but not surprised.",
    ),
    "court": (
        "Court records did not list an attorney who could comment on the case.",
        "The case was assigned to a judge who has handled several fraud cases in recent years.",
        "Prosecutors said they would seek forfeiture of property bought with the proceeds.",
        "State regulators said they had received complaints about the business before.",
        "An indictment is an accusation, and defendants are presumed innocent until proven guilty.",
    ),
    "disaster": (
        "Officials asked residents to stay away from the area so crews could work.",
        "The county's emergency management agency posted updates on social media throughout the day.",
        "Volunteers set up a table with water and snacks for crews and displaced residents.",
        "Insurance adjusters were expected in the area later in the week.",
        "Local churches offered space to families who needed a place to stay.",
        "Utility crews worked through the night to make the area safe.",
        "State officials said they were monitoring the situation closely.",
    ),
    "business": (
        "The company's shares have been volatile over the past year.",
        "Economic development officials in {county} County said they were talking with the company.",
        "Manufacturing employment in {state} has slipped over the past two years, according to state figures.",
        "Local business owners said the news would ripple through the area's shops and restaurants.",
        "The company did not respond to questions about its long-term plans for the region.",
        "Analysts said rising interest rates had weighed on the sector.",
    ),
    "civic": (
        "The meeting ran past 11 p.m.",
        "Several board members said they had received hundreds of emails about the proposal.",
        "Board meetings are streamed online and archived on the district's website.",
        "The district said it would post a summary of the changes for families.",
        "Some parents said they would organize to oppose the plan at the next meeting.",
    ),
}
KIND_EXTRA = {
    "shooting": (
        "Police did not say whether the shooting was connected to any other recent violence.",
        "A vigil was planned for the weekend, family members said.",
        "Shell casings marked with yellow evidence cones dotted the pavement.",
    ),
    "fire": (
        "The fire department reminded residents not to leave cooking unattended.",
        "Neighbors gathered across the street, some still in their pajamas.",
        "A fire investigator remained at the scene into the afternoon.",
    ),
    "crash": (
        "Troopers said the crash reconstruction team would take several weeks to finish its report.",
        "Tow trucks worked for hours to remove the vehicles.",
        "Crashes on the highway have drawn complaints from nearby residents for years.",
    ),
    "fraud": (
        "Some victims said they had invested their retirement savings.",
        "Court papers describe a network of bank accounts used to move the money.",
        "Regulators had warned investors about similar schemes.",
    ),
    "earnings": (
        "The results were released before the market opened.",
        "The company plans to hold its annual shareholder meeting in the spring.",
        "Executives declined to comment on rumors of an acquisition.",
    ),
    "storm": (
        "Forecasters said a cold front would bring drier weather later in the week.",
        "Residents dragged soaked carpets and furniture to the curb.",
        "Some roads were washed out in rural parts of the county.",
    ),
    "layoffs": (
        "The company received tax incentives from the state when it expanded the plant.",
        "Workers leaving the afternoon shift declined to speak on the record.",
        "Local officials said they would try to find a buyer for the plant.",
    ),
    "school": (
        "The district's budget must be approved by the county before the summer.",
        "Teachers wearing matching shirts filled the back of the room.",
        "Board members said they would revisit the plan next year.",
    ),
    "drugs": (
        "Investigators said the drugs were destined for several counties.",
        "A drug-sniffing dog alerted deputies to the hidden compartment.",
        "The sheriff's office posted photos of the seized items online.",
    ),
    "quake": (
        "Earthquakes in the region are usually too small to be felt.",
        "Some residents said they slept through the shaking.",
        "Building inspectors found only cosmetic damage.",
    ),
    "wildfire": (
        "Air tankers dropped retardant along the fire's eastern edge.",
        "Evacuees gathered at a fairground shelter with their pets.",
        "Dry brush and steep terrain made the fire hard to reach.",
    ),
    "robbery": (
        "The bank was closed for the rest of the day.",
        "Bank robberies in the region have declined over the past decade, according to the FBI.",
        "Customers inside the bank were not hurt.",
    ),
}

# Voices that only some outlets reach: invented bystanders, different for every article.
VOICES = {
    "crime": (
        (
            "who has lived on the block for {years} years",
            "I used to let my kids ride their bikes out here, and now I keep them inside after dark. Something has to change",
        ),
        (
            "who owns a business nearby",
            "We put in cameras last year. You do what you can, but you can't stop this kind of thing by yourself",
        ),
        (
            "a neighborhood association leader",
            "People here want the same thing everyone wants: to feel safe walking to the store",
        ),
        (
            "who attends a church down the street",
            "We are going to pray for everybody involved, and we are going to keep showing up for each other",
        ),
    ),
    "court": (
        (
            "who said she lost most of her retirement savings",
            "I trusted them completely. They came to our house, they knew our grandchildren",
        ),
        (
            "a former employee of the firm",
            "Everyone in the office knew the numbers did not add up, but nobody wanted to be the one to say it",
        ),
        (
            "a lawyer who is not involved in the case",
            "Cases like this usually take a year or more to reach trial, if they go to trial at all",
        ),
    ),
    "disaster": (
        (
            "who lives a few doors down",
            "It happened so fast. One minute everything was normal and the next we were standing outside watching",
        ),
        (
            "a volunteer at the shelter",
            "People came in with nothing but the clothes on their backs, and the community has just poured out to help",
        ),
        (
            "who has lived in the area for {years} years",
            "I have never seen anything like it here, and I have been through a lot of bad weather",
        ),
        (
            "a retired firefighter who lives nearby",
            "The crews did everything right. Conditions were about as tough as they get",
        ),
    ),
    "business": (
        (
            "who runs a diner near the plant",
            "Half my lunch crowd works over there. If they go, I don't know how long we stay open",
        ),
        (
            "an economist at a state university",
            "A change like this at one employer can echo through a small local economy for years",
        ),
        (
            "who retired from the company after {years} years",
            "It was a good place to work for a long time. It is hard to watch this happen",
        ),
    ),
    "civic": (
        (
            "a teacher in the district for {years} years",
            "We are asked to do more every year with less, and at some point something gives",
        ),
        (
            "a parent who spoke at the meeting",
            "I want to trust the board, but I need to see the numbers and understand how they add up",
        ),
        (
            "a retired principal",
            "These decisions are never easy, and they never make everyone happy",
        ),
    ),
}


def voice(w: Writer, relation: str, words: str) -> str:
    female = w.chance(0.5)
    name = f"{w.rng.choice(FEMALE if female else MALE)} {w.rng.choice(LAST)}"
    age = f", {w.rng.randint(24, 82)}," if w.chance(0.5) else ","
    who = f"{name}{age} {relation.format(years=w.rng.randint(3, 40))}"
    return f"{who}, said {w.q(words + '.')}" if w.chance(0.5) else f"{w.q(words)}, said {who}."


def recap(story: Story) -> str:
    """One clause about a story, for other stories in the same town to mention."""
    n, words, money = story.nums, story.words, story.money
    dead, hurt = n.get("dead", 0), n.get("injured", 0)
    clauses = {
        "shooting": lambda: (
            f"{dead} {'person was' if dead == 1 else 'people were'} killed in a shooting at {words['venue']} on {words['street']}"
            if dead
            else f"{hurt} {'person was' if hurt == 1 else 'people were'} wounded in a shooting on {words['street']}"
        ),
        "fire": lambda: f"a fire on {words['street']} displaced {n['displaced']} residents",
        "crash": lambda: (
            f"a crash on {words['road']} killed {dead}"
            if dead
            else f"{hurt} people were hurt in a crash on {words['road']}"
        ),
        "fraud": lambda: (
            f"prosecutors charged {story.people['defendant'].first} {story.people['defendant'].last} in {words['scheme']}"
        ),
        "earnings": lambda: (
            f"{words['company']} reported quarterly revenue of ${money['revenue'] / 1e6:,.0f} million"
        ),
        "storm": lambda: f"storms knocked out power to {n['outages']:,} customers",
        "layoffs": lambda: f"{words['company']} said it would cut {n['laid']:,} jobs",
        "school": lambda: (
            f"the school board approved a ${money['budget'] / 1e6:.1f} million budget"
        ),
        "drugs": lambda: (
            f"deputies seized {n['amount']:,} {words['unit'] if words['unit'] != 'pills' else 'pills'} of {words['drug'].replace(' pills', '')}"
        ),
        "quake": lambda: f"a magnitude {story.decimals['magnitude']} earthquake shook the area",
        "wildfire": lambda: f"the {words['name']} burned {n['acres']:,} acres",
        "robbery": lambda: f"a man robbed the {words['bank']} branch on {words['street']}",
    }
    return clauses[story.kind]()


# name: (weight, record maker, writer)
KINDS: dict[
    str, tuple[float, Callable[[World, Town, random.Random], Record], Callable[[Writer], Parts]]
] = {
    "shooting": (18, r_shooting, w_shooting),
    "fire": (13, r_fire, w_fire),
    "crash": (14, r_crash, w_crash),
    "fraud": (9, r_fraud, w_fraud),
    "earnings": (6, r_earnings, w_earnings),
    "storm": (8, r_storm, w_storm),
    "layoffs": (6, r_layoffs, w_layoffs),
    "school": (7, r_school, w_school),
    "drugs": (8, r_drugs, w_drugs),
    "quake": (3, r_quake, w_quake),
    "wildfire": (3, r_wildfire, w_wildfire),
    "robbery": (5, r_robbery, w_robbery),
}


# --- stories ----------------------------------------------------------------------------------

TIERS = {"small": (0.25, 0.5, 0.05), "medium": (0.5, 0.9, 0.15), "big": (0.25, 1.0, 0.5)}
LAGS = ((0, 1, 2, 3), (40, 35, 15, 10))
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")
SIBLING = 0.2  # share of stories that repeat the kind and town of a recent story


def make_story(
    index: int,
    date: dt.date,
    world: World,
    rng: random.Random,
    *,
    recent: deque[Story],
    by_town: dict[int, deque[tuple[str, dt.date, str]]],
) -> Story:
    if recent and rng.random() < SIBLING:
        model = rng.choice(recent)
        kind, town = model.kind, model.town
    else:
        kind = rng.choices(list(KINDS), [weight for weight, _, _ in KINDS.values()])[0]
        town = world.town()
    people, nums, words, money, decimals = KINDS[kind][1](world, town, rng)
    tod = rng.choice(TIMES_OF_DAY[:2] if kind in {"earnings", "fraud", "layoffs"} else TIMES_OF_DAY)
    if kind == "school":
        tod = "evening"
    earlier = by_town.setdefault(id(town), deque(maxlen=3))
    story = Story(
        f"s{index:06d}",
        kind,
        date,
        town,
        tod,
        people,
        nums,
        words,
        money,
        decimals,
        tuple(p for p in earlier if (date - p[1]).days <= 30),
    )
    earlier.append((kind, date, recap(story)))
    return story


# --- page furniture ---------------------------------------------------------------------------

NAV = (
    "Home | News | Local | Crime | Weather | Sports", "News | Business | Opinion | Obituaries",
    "Home | Local News | State | Nation | Sports | Obituaries | E-Edition",
    "Menu", "Skip to main content", "Subscribe | Log in", "Sections | Search | Sign in",
)  # fmt: skip
ENDINGS_TAGS = {
    "shooting": "crime, shootings", "fire": "fire, public safety", "crash": "traffic, crashes",
    "fraud": "courts, fraud", "earnings": "business, earnings", "storm": "weather, storms",
    "layoffs": "business, jobs", "school": "education, school board", "drugs": "crime, drugs",
    "quake": "earthquakes, science", "wildfire": "wildfires, fire", "robbery": "crime, FBI",
}  # fmt: skip


def title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w
        if (i and w.lower() in SMALL_WORDS_IN_TITLE) or not w[:1].islower()
        else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


def pick_related(
    rng: random.Random, story: Story, headlines: deque[tuple[str, str, str, str]], count: int
) -> list[str]:
    """Headlines of other recent stories, most often of the same town or kind."""
    pool = (
        [h for h in rng.sample(list(headlines), min(40, len(headlines))) if h[0] != story.id]
        if headlines
        else []
    )
    pool.sort(key=lambda h: (h[1] != story.town.name) + (h[2] != story.kind) + rng.random())
    seen: list[str] = []
    for _, _, _, text in pool:
        if text not in seen:
            seen.append(text)
        if len(seen) == count:
            break
    return seen


# --- articles ---------------------------------------------------------------------------------

_SENTINEL = re.compile("\x00([a-z_]+)\x00")
HEDGES = ("about", "nearly", "almost", "roughly", "more than", "over", "at least", "close to")
TOWN_LINES = (
    "{town} is the {county} County seat and has {pop} residents.",
    "{town}, a city of {pop} people, sits in {county} County.",
)
GENERIC_EXTRA = (
    "Officials said more information would be released as it became available.",
    "Messages left with city officials were not immediately returned.",
)


def write_article(
    story: Story,
    outlet: Outlet,
    published: dt.date,
    rng: random.Random,
    related: list[str],
    *,
    update: bool,
) -> tuple[str, str]:
    """The article's text and headline."""
    w = Writer(story, outlet, published, rng, update=update)
    parts = KINDS[story.kind][2](w)
    target = rng.randint(*outlet.length)
    facts = parts.facts[:]
    rng.shuffle(facts)
    for quote in parts.quotes:
        if rng.random() < 0.85:
            facts.insert(rng.randint(1, len(facts)), quote)
    town = story.town
    fill = {
        "town": town.name,
        "county": town.county,
        "state": town.state,
        "pop": w.number(town.population),
    }
    pool = [*GENERIC_EXTRA, *CLASS_EXTRA[CLASS[story.kind]], *KIND_EXTRA[story.kind]]
    share = 0.8 if outlet.length[1] > 500 else 0.4
    drawn = [rng.random() < share for _ in pool]
    extra = parts.extra + [t.format(**fill) for t, keep in zip(pool, drawn, strict=True) if keep]
    spare = [t.format(**fill) for t, keep in zip(pool, drawn, strict=True) if not keep]
    rng.shuffle(spare)  # used only when the outlet's length is not reached otherwise
    if rng.random() < 0.5:
        extra.append(rng.choice(TOWN_LINES).format(**fill))
    if outlet.length[1] > 500:
        voices = VOICES[CLASS[story.kind]]
        extra += [voice(w, *v) for v in rng.sample(voices, min(len(voices), rng.randint(2, 4)))]
    rng.shuffle(extra)
    if story.previous and rng.random() < 0.6:
        extra.insert(rng.randint(0, min(2, len(extra))), echo(w, *story.previous[-1]))
    chosen, words = [parts.lede], len(parts.lede.split())
    for sentence in facts + extra + spare:
        if words >= target and len(chosen) >= 4:
            break
        chosen.append(sentence)
        words += len(sentence.split())
    if update:
        chosen.append(
            rng.choice(
                (
                    "This story has been updated with additional information.",
                    "This story was updated to include new details from officials.",
                )
            )
        )
    sentences = [t[:1].upper() + t[1:] for t in finish(w, "\x01".join(chosen)).split("\x01")]
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        take = 1 if i == 0 or sentences[i][:1] in '"“' or rng.random() < 0.45 else 2
        paragraphs.append(" ".join(sentences[i : i + take]))
        i += take
    headline = parts.headline[:1].upper() + parts.headline[1:]
    if outlet.title_case:
        headline = title_case(headline)
    if update and rng.random() < 0.5:
        headline = f"UPDATE: {headline}"
    return assemble(w, headline, paragraphs, parts.caption, related), parts.headline


NOUNS = {"shooting": "shooting", "fire": "fire", "crash": "deadly crash", "fraud": "fraud case", "earnings": "earnings report", "storm": "storm", "layoffs": "round of job cuts", "school": "school vote", "drugs": "drug bust", "quake": "earthquake", "wildfire": "wildfire", "robbery": "bank robbery"}  # fmt: skip


def echo(w: Writer, kind: str, date: dt.date, clause: str) -> str:
    """A sentence about an earlier story in the same town, dated relative to this article."""
    ago = (w.pub - date).days
    when = f"on {WEEKDAYS[date.weekday()]}" if 0 < ago <= 6 else f"on {month_day(date, w.o)}"
    if ago == 0:
        when = w.pick("earlier the same day", "earlier that day")
    if kind == w.s.kind:
        span = "in less than a week" if ago <= 6 else "this month"
        return f"It was the second {NOUNS[kind]} in {w.town} {span}; {when}, {clause}."
    return w.pick(
        f"{when[:1].upper()}{when[1:]}, in an unrelated case, {clause}.",
        f"The news comes after {clause} {when}.",
    )


def finish(w: Writer, sentences: str) -> str:
    """Names in full at first mention and short after, then punctuation as printed."""
    text = _SENTINEL.sub(lambda m: w.render_person(m.group(1)), sentences)
    text = text.replace(",,", ",").replace(",.", ".").replace(", ,", ",").replace("  ", " ")
    for hedge in HEDGES:  # "about" before a number that already carries a hedge
        text = text.replace(f"about {hedge} ", f"{hedge} ").replace(
            f"About {hedge} ", f"{hedge[:1].upper()}{hedge[1:]} "
        )
    for verb in ("said", "told the board"):
        text = text.replace(f'{verb} "', f'{verb}, "').replace(f"{verb} “", f"{verb}, “")
    for mark in '"”':  # American style: the comma or period goes inside the closing quote
        text = text.replace(f"{mark}, ", f",{mark} ").replace(f"{mark}.", f".{mark}")
    return text


def header_lines(w: Writer, published: dt.date) -> list[str]:
    o, rng = w.o, w.rng
    reporters = rng.sample(o.reporters, 2 if rng.random() < 0.2 else 1)
    by = f"By {' and '.join(reporters)} | {o.name}"
    clock = f"{rng.randint(1, 11)}:{rng.randrange(0, 60, 5):02d}"
    ampm = rng.choice(("a.m.", "p.m."))
    months = MONTHS[published.month - 1]
    if o.header == "published":
        return [by, f"Published: {months} {published.day}, {published.year} at {clock} {ampm}"]
    if o.header == "updated":
        day = WEEKDAYS[published.weekday()][:3]
        return [
            f"{by} | Updated {clock} {ampm.upper().replace('.', '')} EDT, {day} {months} {published.day}, {published.year}"
        ]
    if o.header == "iso":
        return [
            by,
            f"{published.isoformat()}T{int(clock.split(':', maxsplit=1)[0]) + 6:02d}:{clock.split(':')[1]}:00-05:00",
        ]
    if o.header == "daymonth":
        return [f"Published: {published.day} {months} {published.year}", by]
    day = WEEKDAYS[published.weekday()][:3]
    return [
        by,
        f"Posted: {day} {clock} {ampm.upper().replace('.', '')}, {months[:3]} {published.day:02d}, {published.year}",
    ]


def assemble(
    w: Writer, headline: str, paragraphs: list[str], caption: str, related: list[str]
) -> str:
    o, rng, town = w.o, w.rng, w.s.town
    furniture = o.furniture
    lines: list[str] = []
    if o.header == "wire":
        months = AP_MONTHS if o.ap_months else MONTHS
        dash = rng.choice((" - ", " -- ", " — "))
        place = f"{town.name.upper()}, {town.abbr if o.ap_months else town.state}"
        paragraphs[0] = (
            f"{place}, {months[w.pub.month - 1]} {w.pub.day}, {w.pub.year} ({o.name}){dash}{paragraphs[0]}"
        )
        lines.append(headline)
        lines.append("")
    else:
        if rng.random() < furniture:
            lines.extend(rng.sample(NAV, rng.randint(1, 2)))
        lines.append(headline)
        lines.extend(header_lines(w, w.pub))
        if rng.random() < furniture * 0.4:
            lines.append(
                rng.choice(
                    (
                        "Share this",
                        f"{rng.randint(2, 6)} min read",
                        "Listen to this article",
                        "Share on Facebook | Share on X | Email",
                    )
                )
            )
        lines.append("")
        if rng.random() < 0.3:
            paragraphs[0] = f"{town.name.upper()}, {town.abbr} — {paragraphs[0]}"
    body = list(paragraphs)
    if rng.random() < furniture * 0.6 and len(body) > 2:
        credit = rng.choice(o.reporters)
        cap = rng.choice(
            (
                f"Photo: {caption} ({credit}/{o.name})",
                f"{caption} (Photo: {credit})",
                f"PHOTO: {caption}",
            )
        )
        body.insert(rng.randint(1, 2), cap)
    if rng.random() < furniture * 0.5 and len(body) > 4:
        body.insert(
            rng.randint(3, len(body) - 1),
            rng.choice(("ADVERTISEMENT", "Advertisement", "Story continues below advertisement")),
        )
    if related and rng.random() < furniture * 0.08 and len(body) > 4:
        body.insert(rng.randint(2, len(body) - 1), f"READ MORE: {related[0]}")
    lines.append("\n\n".join(body))
    end: list[str] = []
    if o.header == "wire":
        if rng.random() < 0.5:
            end.append(
                f"(Reporting by {rng.choice(o.reporters)}; Editing by {rng.choice(o.reporters)})"
            )
        if rng.random() < 0.5:
            end.append(f"Copyright {w.pub.year} {o.name}. All rights reserved.")
    else:
        if related and rng.random() < furniture:
            shown = [title_case(h) if o.title_case else h for h in related]
            if rng.random() < 0.5:
                end.append(
                    rng.choice(("Related:", "Related stories", "More from " + o.name, "Most read"))
                )
                end.extend(shown)
            else:
                end.append(f"Related: {shown[0]}")
        if rng.random() < furniture * 0.5:
            end.append(f"Tags: {ENDINGS_TAGS[w.s.kind]}, {town.name}")
        if rng.random() < furniture * 0.4:
            end.append("Sign up for our morning newsletter to get local news in your inbox.")
        if rng.random() < furniture:
            end.append(
                rng.choice(
                    (
                        f"Copyright {w.pub.year} {o.name}. All rights reserved.",
                        f"© {w.pub.year} {o.name}",
                        f"Copyright © {w.pub.year} {o.name}",
                    )
                )
            )
    if end:
        lines.append("")
        lines.append("\n".join(end))
    return "\n".join(lines) + "\n"


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def write_story(
    story: Story,
    outlets: list[Outlet],
    rng: random.Random,
    seed: int,
    headlines: deque[tuple[str, str, str, str]],
) -> list[dict[str, str]]:
    """All articles of one story, in no particular order."""
    _, cover, updates = TIERS[
        rng.choices(list(TIERS), [share for share, _, _ in TIERS.values()])[0]
    ]
    covering = [o for o in outlets if rng.random() < cover] or [rng.choice(outlets)]
    out = []
    first_headline = None
    for outlet in covering:
        lag = rng.choices(*LAGS)[0]
        editions = [(lag, False)]
        if rng.random() < updates:
            editions.append((min(lag + 1, 3), True))
        for number, (days, update) in enumerate(editions):
            published = story.date + dt.timedelta(days=days)
            related = pick_related(rng, story, headlines, rng.randint(1, 4))
            text, headline = write_article(story, outlet, published, rng, related, update=update)
            first_headline = first_headline or headline
            digest = hashlib.blake2b(
                f"{seed}/{story.id}/{outlet.name}/{number}".encode(), digest_size=6
            ).hexdigest()
            article = {
                "text": text,
                "id": f"{outlet.domain.removesuffix('.example')}-{digest}",
                "outlet": outlet.name,
                "published": published.isoformat(),
                "url": f"https://www.{outlet.domain}/{rng.choice(outlet.sections)}/{published:%Y/%m/%d}/{slugify(headline)}-{digest[:6]}",
            }
            out.append(article)
    if first_headline:
        headlines.append(
            (story.id, story.town.name, story.kind, first_headline[:1].upper() + first_headline[1:])
        )
    return out


def generate(stories: int, outlets: int, seed: int = 0) -> Iterator[tuple[dict[str, str], str]]:
    """Yield ``(article, story_id)`` pairs lazily, in order of publication date, then id.

    ``article`` has the keys ``text``, ``id``, ``outlet``, ``published`` (``YYYY-MM-DD``) and
    ``url``; ``reconcile.read(article)`` accepts it. The same arguments give the same corpus.
    """
    for article, story in _generate(stories, outlets, seed):
        yield article, story.id


def _generate(stories: int, outlets: int, seed: int) -> Iterator[tuple[dict[str, str], Story]]:
    """``generate`` with the whole true record of each article's story (for ``--check``)."""
    if stories < 1:
        raise ValueError(f"stories must be at least 1, got {stories}")
    rng = random.Random(seed)
    world = World(rng)
    chosen = make_outlets(outlets, rng)
    span = max(7, stories // STORIES_PER_DAY)
    recent: deque[Story] = deque(maxlen=30)
    headlines: deque[tuple[str, str, str, str]] = deque(maxlen=400)
    pending: list[tuple[str, str, dict[str, str], Story]] = []
    by_town: dict[int, deque[tuple[str, dt.date, str]]] = {}
    for index in range(stories):
        date = START + dt.timedelta(days=index * span // stories)
        while pending and pending[0][0] < date.isoformat():  # nothing later can come before it
            _, _, article, story = heapq.heappop(pending)
            yield article, story
        story = make_story(index, date, world, rng, recent=recent, by_town=by_town)
        recent.append(story)
        for article in write_story(story, chosen, rng, seed, headlines):
            heapq.heappush(pending, (article["published"], article["id"], article, story))
    while pending:
        _, _, article, story = heapq.heappop(pending)
        yield article, story


# --- command line -----------------------------------------------------------------------------


def write_corpus(
    outdir: Path, stories: int, outlets: int, seed: int, jsonl: Path | None
) -> dict[str, float]:
    outdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    count = size = 0
    sizes: dict[str, int] = {}
    with (outdir / "truth.jsonl").open("w", encoding="utf-8") as truth:
        sink = jsonl.open("w", encoding="utf-8") if jsonl else None
        try:
            for article, story_id in generate(stories, outlets, seed):
                data = article["text"].encode("utf-8")
                size += len(data)
                if sink:
                    sink.write(json.dumps(article, ensure_ascii=False) + "\n")
                else:
                    (outdir / f"{article['id']}.txt").write_bytes(data)
                truth.write(json.dumps({"id": article["id"], "story": story_id}) + "\n")
                sizes[story_id] = sizes.get(story_id, 0) + 1
                count += 1
        finally:
            if sink:
                sink.close()
    return {
        "articles": count,
        "stories": len(sizes),
        "seconds": time.perf_counter() - started,
        "mb": size / 1e6,
        "mean_size": count / max(1, len(sizes)),
        "min_size": min(sizes.values()),
        "max_size": max(sizes.values()),
    }


def check() -> None:
    """Generate small corpora and assert what the generator promises."""
    import tempfile
    import types

    import reconcile

    assert isinstance(generate(3, 2), types.GeneratorType), "generate must be lazy"
    first = [(a["id"], hashlib.sha1(a["text"].encode()).hexdigest()) for a, _ in generate(40, 6, 5)]
    assert first == [
        (a["id"], hashlib.sha1(a["text"].encode()).hexdigest()) for a, _ in generate(40, 6, 5)
    ], "not deterministic"
    assert first != [
        (a["id"], hashlib.sha1(a["text"].encode()).hexdigest()) for a, _ in generate(40, 6, 6)
    ], "seed ignored"

    stories, outlets = 600, 10
    ids: set[str] = set()
    sizes: dict[str, int] = {}
    records: dict[str, Story] = {}
    lengths: list[int] = []
    last = ""
    for article, story in _generate(stories, outlets, 2):
        assert set(article) == {"text", "id", "outlet", "published", "url"}, article.keys()
        assert article["id"] not in ids, f"duplicate id {article['id']}"
        ids.add(article["id"])
        assert article["published"] >= last, "not in order of publication"
        last = article["published"]
        lag = (dt.date.fromisoformat(article["published"]) - story.date).days
        assert 0 <= lag <= 3, (article["id"], lag)
        text = article["text"]
        assert not re.search("[\x00{}]", text), f"template residue in {article['id']}"
        lengths.append(len(text.split()))
        sizes[story.id] = sizes.get(story.id, 0) + 1
        records[story.id] = story
    mean = len(ids) / len(sizes)
    assert len(sizes) == stories, "a story has no article"
    assert min(sizes.values()) >= 1, sizes
    assert max(sizes.values()) <= 2 * outlets, sizes
    assert 0.85 * outlets <= mean <= 1.2 * outlets, mean
    assert min(lengths) >= 150, min(lengths)
    assert max(lengths) <= 900, max(lengths)
    assert {s.kind for s in records.values()} == set(KINDS)
    ordered = sorted(records.values(), key=lambda s: s.date)
    close = sum(
        any(
            o.id != s.id
            and o.kind == s.kind
            and o.town is s.town
            and abs((o.date - s.date).days) <= 7
            for o in ordered
        )
        for s in ordered
    )
    assert close / stories >= 0.25, (
        f"only {close} of {stories} stories have a same-kind same-town neighbour within a week"
    )
    lengths.sort()
    print(
        f"check: {len(ids)} articles of {stories} stories; sizes {min(sizes.values())}-{max(sizes.values())}, mean {mean:.2f}"
    )
    print(
        f"check: words per article {lengths[0]}-{lengths[-1]}, median {lengths[len(lengths) // 2]}"
    )
    print(
        f"check: {close} stories ({close / stories:.0%}) have a story of the same kind and town within 7 days"
    )

    # reconcile reads the outlet and the date from the text alone
    read = 0
    for article, _ in generate(120, 10, 3):
        source = reconcile.read({"text": article["text"], "id": article["id"]})[0]
        assert source.outlet == article["outlet"], (article["id"], source.outlet, article["outlet"])
        assert str(source.published) == article["published"], (article["id"], source.published)
        read += 1
    print(f"check: reconcile detected outlet and date in all {read} articles")

    with tempfile.TemporaryDirectory() as tmp:
        outdir = Path(tmp)
        stats = write_corpus(outdir, 15, 4, 7, None)
        files = sorted(outdir.glob("*.txt"))
        truth = [
            json.loads(line)
            for line in (outdir / "truth.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert len(files) == len(truth) == stats["articles"]
        assert {f.stem for f in files} == {t["id"] for t in truth}
        for source in reconcile.read(files):
            assert source.outlet, source.id
            assert source.published, source.id
        stats = write_corpus(outdir / "j", 15, 4, 7, outdir / "a.jsonl")
        rows = [
            json.loads(line)
            for line in (outdir / "a.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        assert len(reconcile.read(rows)) == stats["articles"] == len(files)
    print("check: files, truth.jsonl and --jsonl round-trip through reconcile.read")
    print("check: ok")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "outdir",
        type=Path,
        nargs="?",
        help="where the articles (unless --jsonl) and truth.jsonl go",
    )
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--jsonl",
        type=Path,
        help="write the articles to this JSON-lines file instead of one .txt file each",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="generate small corpora and assert the generator's invariants",
    )
    args = parser.parse_args(argv)
    if args.check:
        check()
        if args.outdir is None:
            return 0
    if args.outdir is None:
        parser.error("OUTDIR is required (unless --check)")
    stats = write_corpus(args.outdir, args.stories, args.outlets, args.seed, args.jsonl)
    print(
        f"{stats['articles']:,} articles of {stats['stories']:,} stories ({stats['mean_size']:.2f} per story,"
        f" {stats['min_size']:.0f}-{stats['max_size']:.0f}), {stats['mb']:.1f} MB of text, in {stats['seconds']:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
