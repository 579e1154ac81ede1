"""Tests for reconcile.extract.names and reconcile.extract.gazetteer: names from general rules."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.errors import InvalidSpanError
from reconcile.extract.gazetteer import (
    canonical_organization,
    canonical_place,
    gazetteer,
    nationality,
    place_contains,
    token_columns,
)
from reconcile.extract.names import Found, NameIndex, _Reader, find_names
from reconcile.model import EntityRef

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REUTERS = SEEDS / "000_baa340038af4adce.txt"
AFP = SEEDS / "003_22da808e21f495c3.txt"


def names(text: str) -> list[tuple[str, str, str]]:
    """(printed words, kind, canonical name) of every name in ``text``."""
    return [(text[s:e], ref.kind, ref.name) for s, e, ref in find_names(text)]


def printed(text: str) -> list[str]:
    """The printed words of every name in ``text``."""
    return [words for words, _kind, _name in names(text)]


# --- sentences written for these tests, in wire, police, court and business styles -------

EXPECTED = [
    # people with titles, honorifics, initials and nicknames
    (
        "Assistant Attorney General John Eisenberg announced the charges.",
        [("John Eisenberg", "person", "John Eisenberg")],
    ),
    (
        "Sen. Cory Booker, D-N.J., said the bill would help.",
        [("Cory Booker", "person", "Cory Booker"), ("N.J.", "place", "New Jersey")],
    ),
    (
        "Former President John F. Kennedy visited Berlin in 1963.",
        [("John F. Kennedy", "person", "John F. Kennedy"), ("Berlin", "place", "Berlin")],
    ),
    (
        "Mr. Wang told reporters in Washington that Beijing would respond.",
        [("Wang", "person", "Wang"), ("Washington", "place", "Washington, D.C.")],
    ),
    (
        'Prosecutors said Robert "Bobby" Smith, 45, of Newark was charged.',
        [('Robert "Bobby" Smith', "person", "Robert Smith"), ("Newark", "place", "Newark")],
    ),
    (
        "Chinese Foreign Minister Wang Yi met Secretary of State Marco Rubio in Kuala Lumpur.",
        [
            ("Chinese", "nationality", "China"),
            ("Wang Yi", "person", "Wang Yi"),
            ("Marco Rubio", "person", "Marco Rubio"),
            ("Kuala Lumpur", "place", "Kuala Lumpur"),
        ],
    ),
    (
        "J.K. Rowling and Martin Luther King Jr. were cited.",
        [
            ("J.K. Rowling", "person", "J.K. Rowling"),
            ("Martin Luther King Jr.", "person", "Martin Luther King Jr."),
        ],
    ),
    (
        '"We are investigating," said Lt. John Smith of the Philadelphia Police Department.',
        [
            ("John Smith", "person", "John Smith"),
            ("Philadelphia Police Department", "organization", "Philadelphia Police Department"),
        ],
    ),
    (
        "The ministry said in a statement, quoting spokeswoman Mao Ning.",
        [("Mao Ning", "person", "Mao Ning")],
    ),
    (
        "Texas Gov. Greg Abbott declared a disaster in Harris County.",
        [
            ("Texas", "place", "Texas"),
            ("Greg Abbott", "person", "Greg Abbott"),
            ("Harris County", "place", "Harris County"),
        ],
    ),
    (
        "Jordan Peterson spoke at the University of Toronto.",
        [
            ("Jordan Peterson", "person", "Jordan Peterson"),
            ("University of Toronto", "organization", "University of Toronto"),
        ],
    ),
    # organisations and acronyms
    (
        "The Securities and Exchange Commission (SEC) fined Acme Corp. $5 million.",
        [
            (
                "Securities and Exchange Commission",
                "organization",
                "U.S. Securities and Exchange Commission",
            ),
            ("SEC", "organization", "U.S. Securities and Exchange Commission"),
            ("Acme Corp.", "organization", "Acme Corp."),
        ],
    ),
    (
        "The FBI and the Department of Homeland Security said the attack came from Russian hackers.",
        [
            ("FBI", "organization", "Federal Bureau of Investigation"),
            (
                "Department of Homeland Security",
                "organization",
                "U.S. Department of Homeland Security",
            ),
            ("Russian", "nationality", "Russia"),
        ],
    ),
    (
        "The Los Angeles Police Department and the LAPD union disagreed.",
        [
            ("Los Angeles Police Department", "organization", "Los Angeles Police Department"),
            ("LAPD", "organization", "Los Angeles Police Department"),
        ],
    ),
    (
        "Officials at the U.S. Attorney's Office for the District of New Jersey declined to comment.",
        [
            (
                "U.S. Attorney's Office for the District of New Jersey",
                "organization",
                "U.S. Attorney's Office for the District of New Jersey",
            )
        ],
    ),
    (
        "Trenton police said the driver fled.",
        [("Trenton police", "organization", "Trenton Police Department")],
    ),
    (
        "The Justice Dept. and the State Department issued a joint statement.",
        [
            ("Justice Dept.", "organization", "U.S. Department of Justice"),
            ("State Department", "organization", "U.S. Department of State"),
        ],
    ),
    (
        "The National Transportation Safety Board (NTSB) and the FAA are investigating the crash near Denver International Airport.",
        [
            ("NTSB", "organization", "National Transportation Safety Board"),
            ("FAA", "organization", "Federal Aviation Administration"),
            ("Denver International Airport", "place", "Denver International Airport"),
        ],
    ),
    (
        "The Organisation for Economic Co-operation and Development (OECD) cut its forecast.",
        [("OECD", "organization", "Organisation for Economic Co-operation and Development")],
    ),
    (
        "Apple Inc. and Microsoft Corp. reported earnings on Thursday.",
        [
            ("Apple Inc.", "organization", "Apple Inc."),
            ("Microsoft Corp.", "organization", "Microsoft Corp."),
        ],
    ),
    (
        "The European Union and NATO condemned the strike on Kyiv.",
        [
            ("European Union", "organization", "European Union"),
            ("NATO", "organization", "North Atlantic Treaty Organization"),
            ("Kyiv", "place", "Kyiv"),
        ],
    ),
    (
        "The Bank of America branch in Charlotte, North Carolina, was robbed.",
        [
            ("Bank of America", "organization", "Bank of America"),
            ("Charlotte", "place", "Charlotte"),
            ("North Carolina", "place", "North Carolina"),
        ],
    ),
    # places
    (
        "A Georgia-based company and a California-based defense contractor were hacked.",
        [("Georgia", "place", "Georgia"), ("California", "place", "California")],
    ),
    (
        "Gov. Phil Murphy of New Jersey signed the order in Trenton.",
        [
            ("Phil Murphy", "person", "Phil Murphy"),
            ("New Jersey", "place", "New Jersey"),
            ("Trenton", "place", "Trenton"),
        ],
    ),
    ("He was arrested in New Jersey on Friday.", [("New Jersey", "place", "New Jersey")]),
    (
        "Police in Trenton, N.J., arrested a 34-year-old man on Tuesday.",
        [("Trenton", "place", "Trenton"), ("N.J.", "place", "New Jersey")],
    ),
    (
        "The suspect was arrested in Cherry Hill, N.J., and taken to the Camden County jail.",
        [
            ("Cherry Hill", "place", "Cherry Hill"),
            ("N.J.", "place", "New Jersey"),
            ("Camden County", "place", "Camden County"),
        ],
    ),
    (
        "Police said Kevin O'Brien, 31, of Upper Darby, Pa., was charged.",
        [
            ("Kevin O'Brien", "person", "Kevin O'Brien"),
            ("Upper Darby", "place", "Upper Darby"),
            ("Pa.", "place", "Pennsylvania"),
        ],
    ),
    (
        "Seattle, Washington, and Portland, Ore., saw protests.",
        [("Washington", "place", "Washington"), ("Ore.", "place", "Oregon")],
    ),
    (
        "Acme Widgets Inc. said revenue rose 5% in Southern California.",
        [
            ("Acme Widgets Inc.", "organization", "Acme Widgets Inc."),
            ("Southern California", "place", "Southern California"),
        ],
    ),
    (
        "Wildfires burned in Washington state and Washington State University closed.",
        [
            ("Washington state", "place", "Washington"),
            ("Washington State University", "organization", "Washington State University"),
        ],
    ),
    (
        "The suspect, 19, of Cherry Hill, was charged, the Camden County Prosecutor’s Office said.",
        [
            ("Cherry Hill", "place", "Cherry Hill"),
            (
                "Camden County Prosecutor’s Office",
                "organization",
                "Camden County Prosecutor's Office",
            ),
        ],
    ),
    ("The fire broke out near Maple Shade on Sunday.", [("Maple Shade", "place", "Maple Shade")]),
    (
        "The Washington Post and The New York Times reported it.",
        [
            ("Washington Post", "organization", "Washington Post"),
            ("New York Times", "organization", "New York Times"),
        ],
    ),
    (
        "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill.",
        [
            ("WASHINGTON", "place", "Washington, D.C."),
            ("U.S. Senate", "organization", "U.S. Senate"),
        ],
    ),
    (
        "Officers found Jose Luis Hernandez, 22, unresponsive in a Bronx apartment.",
        [("Jose Luis Hernandez", "person", "Jose Luis Hernandez"), ("Bronx", "place", "Bronx")],
    ),
    # nationalities
    (
        "Two Americans and three British nationals were among the dead.",
        [
            ("Americans", "nationality", "United States"),
            ("British", "nationality", "United Kingdom"),
        ],
    ),
    (
        "Federal prosecutors charged two North Korean nationals and a South Korean citizen.",
        [
            ("North Korean", "nationality", "North Korea"),
            ("South Korean", "nationality", "South Korea"),
        ],
    ),
    (
        "More than 80 U.S. citizens and US individuals were affected, as were two Taiwan citizens.",
        [
            ("U.S.", "nationality", "United States"),
            ("US", "nationality", "United States"),
            ("Taiwan", "nationality", "Taiwan"),
        ],
    ),
    (
        "Jean-Pierre Dupont, a French national, was detained by Turkish police in Istanbul.",
        [
            ("Jean-Pierre Dupont", "person", "Jean-Pierre Dupont"),
            ("French", "nationality", "France"),
            ("Turkish", "nationality", "Turkey"),
            ("police", "organization", "Turkey Police"),
            ("Istanbul", "place", "Istanbul"),
        ],
    ),
    (
        "The U.N. refugee agency said 3,000 Sudanese fled to Chad.",
        [("Sudanese", "nationality", "Sudan"), ("Chad", "place", "Chad")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXPECTED, ids=[t[:40] for t, _ in EXPECTED])
def test_sentences_written_for_the_tests(text, expected):
    """Each sentence yields at least the expected names, kinds and canonical forms."""
    found = names(text)
    for item in expected:
        assert item in found, f"{item} not in {found}"


@pytest.mark.parametrize(
    "text",
    [
        "The company said it would appeal.",
        "But investigators said the fire started in the kitchen.",
        "Police said nobody was hurt.",
        "Officials declined to comment on Monday.",
        "Separately, prosecutors dropped the charges.",
        "According to the report, thousands were displaced.",
        "President said nothing.",
    ],
)
def test_sentence_initial_common_words_are_not_names(text):
    """Words capitalised only because they start a sentence ("The", "But", "Police") are not names."""
    assert names(text) == []


def test_days_months_and_common_acronyms_are_not_names():
    """Days, months before a number and common capitalised nouns like "IT" or "CEO" are not names."""
    text = "On Monday, March 10, the IT staff and the CEO met in May."
    assert names(text) == []


def test_a_nickname_is_dropped_from_the_canonical_name():
    """Zhenxing “Danny” Wang is printed with the nickname and named without it."""
    text = "Zhenxing “Danny” Wang and Kejia Wang, both U.S. citizens, were indicted."
    assert names(text) == [
        ("Zhenxing “Danny” Wang", "person", "Zhenxing Wang"),
        ("Kejia Wang", "person", "Kejia Wang"),
        ("U.S.", "nationality", "United States"),
    ]


def test_a_storm_is_not_a_person():
    """'Hurricane Milton' is a name of kind other, not a person."""
    assert ("Hurricane Milton", "other", "Hurricane Milton") in names(
        "Hurricane Milton made landfall near Siesta Key, Florida."
    )


def test_a_shouted_headline_is_not_one_long_name():
    """A headline in capitals gives its known places, not one name made of every word."""
    found = names("US BUSTS NETWORK THAT HELPED NORTH KOREANS")
    assert found == [
        ("US", "place", "United States"),
        ("NORTH KOREANS", "nationality", "North Korea"),
    ]


def test_a_government_body_in_lowercase_after_a_country():
    """ "China's foreign ministry" is an organisation named for its country."""
    found = names("China's foreign ministry said it would respond.")
    assert found == [
        ("China", "place", "China"),
        ("foreign ministry", "organization", "China Foreign Ministry"),
    ]
    assert canonical_organization("Chinese Foreign Ministry") == "China Foreign Ministry"


def test_a_lowercase_noun_after_a_country_is_not_an_organisation():
    """'US military technology' is technology, not the U.S. military."""
    assert [kind for _w, kind, _n in names("It stole US military technology.")] == ["place"]


def test_an_acronym_defined_in_parentheses_takes_its_expansion():
    """The words whose initials spell a parenthesised acronym are its canonical name."""
    text = "It took International Traffic in Arms Regulations (ITAR) data."
    assert names(text) == [
        (
            "International Traffic in Arms Regulations",
            "other",
            "International Traffic in Arms Regulations",
        ),
        ("ITAR", "other", "International Traffic in Arms Regulations"),
    ]


def test_find_names_reads_only_the_requested_stretch():
    """Offsets are into the whole text, and nothing outside ``start:end`` is returned."""
    text = "Kejia Wang left. The FBI arrived in Newark. Leah Foley spoke."
    start = text.index("The FBI")
    end = text.index(" Leah")
    found = find_names(text, start, end)
    assert [(text[s:e], ref.name) for s, e, ref in found] == [
        ("FBI", "Federal Bureau of Investigation"),
        ("Newark", "Newark"),
    ]
    assert find_names(text, 5, 2) == []
    assert find_names(text, -10, 10_000) == find_names(text)


# --- the seed articles ----------------------------------------------------------------------


def test_reuters_seed_organisations_share_one_canonical_name():
    """'U.S. Department of Justice' and 'DOJ' in the Reuters story name one organisation."""
    text = REUTERS.read_text(encoding="utf-8")
    orgs = {(w, n) for w, k, n in names(text) if k == "organization"}
    assert ("U.S. Department of Justice", "U.S. Department of Justice") in orgs
    assert ("DOJ", "U.S. Department of Justice") in orgs
    assert ("FBI", "Federal Bureau of Investigation") in orgs
    assert ("United Nations", "United Nations") in orgs


def test_reuters_seed_people_places_and_nationalities():
    """The Reuters story names the two Wangs, New Jersey, Georgia and the nationalities."""
    found = names(REUTERS.read_text(encoding="utf-8"))
    assert ("Zhenxing “Danny” Wang", "person", "Zhenxing Wang") in found
    assert ("Kejia Wang", "person", "Kejia Wang") in found
    assert ("New Jersey", "place", "New Jersey") in found
    assert ("Georgia", "place", "Georgia") in found
    assert ("California", "place", "California") in found
    assert ("Chinese", "nationality", "China") in found
    assert ("Taiwanese", "nationality", "Taiwan") in found
    assert ("U.S.", "nationality", "United States") in found
    assert ("ITAR", "other", "International Traffic in Arms Regulations") in found


def test_afp_seed_names():
    """The AFP story: the Justice Department, the people with titles, and the nationalities."""
    found = names(AFP.read_text(encoding="utf-8"))
    assert ("Justice Department", "organization", "U.S. Department of Justice") in found
    assert ("John Eisenberg", "person", "John Eisenberg") in found
    assert ("Leah Foley", "person", "Leah Foley") in found
    assert ("Mao Ning", "person", "Mao Ning") in found
    assert ("Taiwan", "nationality", "Taiwan") in found
    assert ("US", "nationality", "United States") in found
    assert ("UN Security Council", "organization", "United Nations Security Council") in found


def test_seeds_agree_on_nationalities_in_different_words():
    """'Taiwanese nationals' and 'Taiwan citizens', 'U.S. citizens' and 'US individuals' share names."""
    reuters = {n for _w, k, n in names(REUTERS.read_text(encoding="utf-8")) if k == "nationality"}
    afp = {n for _w, k, n in names(AFP.read_text(encoding="utf-8")) if k == "nationality"}
    assert {"Taiwan", "United States", "China", "North Korea"} <= reuters & afp


# --- coreference within a source ------------------------------------------------------------


def test_a_surname_resolves_to_the_one_earlier_full_name():
    """In the AFP story, 'Wang' after 'Zhenxing Wang' is Zhenxing Wang, and 'Foley' is Leah Foley."""
    text = AFP.read_text(encoding="utf-8")
    index = NameIndex.build(text, find_names(text))
    resolved = {(text[s:e], ref.name) for s, e, ref in index.mentions if ref.kind == "person"}
    assert ("Wang", "Zhenxing Wang") in resolved
    assert ("Foley", "Leah Foley") in resolved


def test_an_ambiguous_surname_stays_as_printed():
    """With two people named Wang seen earlier, 'Wang' is a person but not either of them."""
    text = "Zhenxing Wang was arrested. Kejia Wang remains free. Wang declined to comment."
    index = NameIndex.build(text, find_names(text))
    last = index.mentions[-1][2]
    assert last == EntityRef("person", "Wang", "Wang")


def test_a_surname_before_the_full_name_is_not_resolved():
    """Only full names printed earlier count when resolving at a mention's offset."""
    text = "Foley spoke first. Later, US Attorney Leah Foley spoke again."
    index = NameIndex.build(text, find_names(text))
    assert index.mentions[0][2].name == "Foley"
    ref = EntityRef("other", "Foley", "Foley")
    assert index.resolve(ref, at=0) == ref
    assert index.resolve(ref).name == "Leah Foley"


def test_a_surname_that_is_also_a_city_resolves_to_the_person():
    """'Jackson' after 'Lamar Jackson' is the person, though a city has the name too."""
    text = "Lamar Jackson threw two touchdowns. Jackson later said he was happy."
    index = NameIndex.build(text, find_names(text))
    assert index.mentions[-1][2] == EntityRef("person", "Jackson", "Lamar Jackson")


def test_a_nickname_with_the_surname_resolves_to_the_full_name():
    """'Danny Wang' after 'Zhenxing “Danny” Wang' is Zhenxing Wang."""
    text = "Zhenxing “Danny” Wang was arrested. Danny Wang later pleaded guilty."
    index = NameIndex.build(text, find_names(text))
    assert [ref.name for _s, _e, ref in index.mentions] == ["Zhenxing Wang", "Zhenxing Wang"]


def test_an_acronym_resolves_to_its_definition_later_in_the_source():
    """A bare 'ITAR' after its definition takes the defined words as its name."""
    text = "It broke International Traffic in Arms Regulations (ITAR) rules. ITAR bars exports."
    index = NameIndex.build(text, find_names(text))
    last = index.mentions[-1][2]
    assert (last.text, last.name) == ("ITAR", "International Traffic in Arms Regulations")


def test_the_index_rejects_names_from_another_text():
    """Names whose offsets do not slice the text to their words are refused with a clear error."""
    with pytest.raises(InvalidSpanError, match="find_names on the same text"):
        NameIndex.build("Leah Foley", [(0, 4, EntityRef("person", "Kejia", "Kejia"))])


# --- the gazetteer questions -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("U.S.", "United States"),
        ("US", "United States"),
        ("USA", "United States"),
        ("United States of America", "United States"),
        ("America", "United States"),
        ("N.J.", "New Jersey"),
        ("NJ", "New Jersey"),
        ("Calif.", "California"),
        ("Pa.", "Pennsylvania"),
        ("Washington state", "Washington"),
        ("Washington", "Washington, D.C."),
        ("the Netherlands", "Netherlands"),
        ("Kiev", "Kyiv"),
        ("Trenton, N.J.", "Trenton"),
        ("Southern Europe", "Southern Europe"),
        ("new jersey", "New Jersey"),
    ],
)
def test_canonical_place(name, canonical):
    """Aliases, abbreviations and postal codes of places have one canonical name."""
    assert canonical_place(name) == canonical


def test_unknown_places_have_no_canonical_name():
    """A name the gazetteer does not know, or a lowercase 'us', is not a place."""
    assert canonical_place("Atlantis") is None
    assert canonical_place("us") is None
    assert canonical_place("") is None
    assert canonical_place("Trenton, Calif.") is None


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("New Jersey", "Trenton", True),
        ("United States", "Trenton", True),
        ("US", "N.J.", True),
        ("New Jersey", "New Jersey", True),
        ("New York City", "Brooklyn", True),
        ("Europe", "France", True),
        ("Asia", "Southeast Asia", True),
        ("California", "Southern California", True),
        ("United Kingdom", "Scotland", True),
        ("China", "Hong Kong", True),
        ("Oregon", "Portland", True),
        ("Maine", "Portland", True),
        ("California", "Trenton", False),
        ("Trenton", "New Jersey", False),
        ("New Jersey", "Atlantis", None),
        ("Mercer County", "Trenton", None),
    ],
)
def test_place_contains(outer, inner, expected):
    """Cities lie in their states and countries, states in the U.S., countries in regions."""
    assert place_contains(outer, inner) is expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Taiwanese", "Taiwan"),
        ("Taiwan", "Taiwan"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("American", "United States"),
        ("Americans", "United States"),
        ("North Korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("Chinese", "China"),
        ("Filipinos", "Philippines"),
        ("Frenchmen", "France"),
        ("Swiss", "Switzerland"),
        ("British", "United Kingdom"),
        ("Britons", "United Kingdom"),
        ("chinese", "China"),
    ],
)
def test_nationality(word, country):
    """Demonyms, their plurals and country names map to the country's canonical name."""
    assert nationality(word) == country


def test_unknown_nationality():
    """Words that are no demonym or country give None."""
    assert nationality("Martian") is None
    assert nationality("") is None


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("DOJ", "U.S. Department of Justice"),
        ("Justice Department", "U.S. Department of Justice"),
        ("the Justice Department", "U.S. Department of Justice"),
        ("Department of Justice", "U.S. Department of Justice"),
        ("US Department of Justice", "U.S. Department of Justice"),
        ("United States Department of Justice", "U.S. Department of Justice"),
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("EU", "European Union"),
        ("WHO", "World Health Organization"),
        ("Pentagon", "U.S. Department of Defense"),
        ("Trenton Police Department", "Trenton Police Department"),
        ("Trenton police", "Trenton Police Department"),
        ("Chinese embassy", "China Embassy"),
    ],
)
def test_canonical_organization(name, canonical):
    """Acronyms, word orders and police-department forms of one body share one name."""
    assert canonical_organization(name) == canonical


def test_unknown_organisations_have_no_canonical_name():
    """Bodies not in the data, and lowercase 'who', are unknown."""
    assert canonical_organization("Acme Widgets") is None
    assert canonical_organization("who") is None
    assert canonical_organization("New Jersey State Police") is None


def test_the_data_files_ship_in_the_package():
    """Every gazetteer is a JSON file inside the package, read through importlib.resources."""
    data = resources.files("reconcile") / "data"
    sizes = {
        name: len(json.loads((data / f"{name}.json").read_text(encoding="utf-8"))[key])
        for name, key in [
            ("countries", "countries"),
            ("regions", "regions"),
            ("us_states", "states"),
            ("cities", "cities"),
            ("organizations", "organizations"),
        ]
    }
    assert sizes["countries"] >= 195
    assert sizes["us_states"] >= 50
    assert sizes["cities"] >= 500
    assert sizes["organizations"] >= 80


def test_the_data_files_hold_no_dangling_references():
    """Names are non-empty, ISO codes unique, and every state, country and city referred to exists."""
    data = resources.files("reconcile") / "data"

    def rows(name, key):
        return json.loads((data / f"{name}.json").read_text(encoding="utf-8"))[key]

    countries = rows("countries", "countries")
    isos = [c["iso"] for c in countries]
    assert len(isos) == len(set(isos))
    states = {s["name"] for s in rows("us_states", "states")}
    cities = rows("cities", "cities")
    city_names = {c["name"] for c in cities}
    for country in countries:
        assert country["name"].strip()
        assert country.get("part_of", "US") in isos
    for region in rows("regions", "regions"):
        assert region["name"].strip()
        assert set(region["members"]) <= set(isos)
    for city in cities:
        assert city["name"].strip()
        assert city["country"] is None or city["country"] in isos
        assert city.get("state") is None or city["state"] in states
        assert city.get("part_of") is None or city["part_of"] in city_names
    for body in rows("organizations", "organizations"):
        assert body["name"].strip()


# --- properties -------------------------------------------------------------------------------

NAMEY = st.sampled_from(
    [
        "Mr.",
        "Wang",
        "U.S.",
        "N.J.",
        "“Danny”",
        "(ITAR)",
        "of",
        "the",
        "and",
        "&",
        "'s",
        "’s",
        "-based",
        "Department",
        "County",
        "Police",
        "police",
        "DOJ",
        "Sen.",
        "F.",
        "D-",
        ",",
        ".",
        "New",
        "Jersey",
        "Georgia",
        "Chinese",
        "citizens",
        "International",
        "Traffic",
        "in",
        "Arms",
        "Regulations",
        "(",
        ")",
        '"',
        "\n",
        "St.",
        "Inc.",
        "ministry",
        "state",
        "NEW",
        "YORK",
        "Southern",
        "Europe",
    ]
)


@given(
    st.one_of(st.text(), st.lists(NAMEY, max_size=40).map(" ".join)),
    st.integers(-5, 200),
    st.integers(-5, 200),
)
def test_find_names_spans_are_ordered_and_slice_to_words(text, start, end):
    """On any text, names are ordered, do not overlap, lie within bounds and slice to words."""
    found = find_names(text, start, end)
    lo = max(0, min(start, len(text)))
    hi = max(0, min(end, len(text)))
    previous = lo
    for s, e, ref in found:
        assert previous <= s < e <= hi
        assert text[s:e] == ref.text
        assert text[s:e].strip()
        assert ref.name.strip()
        previous = e


@given(st.lists(NAMEY, max_size=40).map(" ".join))
def test_the_index_resolves_every_name_it_is_given(text):
    """Building an index never raises and keeps one resolved mention per name, in order."""
    found = find_names(text)
    index = NameIndex.build(text, found)
    assert [(s, e) for s, e, _ in index.mentions] == [(s, e) for s, e, _ in found]
    for _s, _e, ref in index.mentions:
        assert index.resolve(ref).name.strip()


class _EveryToken(_Reader):
    """The scan without its shortcut: every token goes through ``_step``."""

    def names(self) -> list[Found]:
        i = 0
        while i < len(self.words):
            i = max(i + 1, self._step(i))
        return self.found


_AROUND = [
    ",", ".", "(", ")", "\u2019s", "'s", "-", "42", "3.5", "\u24d0", "_", "the", "foreign",
    "ministry", "embassy", "said", "police", "NWS", "National", "Weather", "Service",
]  # fmt: skip


@given(st.lists(st.one_of(NAMEY, st.sampled_from(_AROUND)), max_size=40).map(" ".join))
@example("forecasters at the National Weather Service (NWS) said the NWS would")
@example("France\u2019s foreign ministry and the French embassy said, France \u2019s ministry")
def test_the_scan_steps_over_only_tokens_that_start_nothing(text):
    """find_names steps over lowercase words, numbers, punctuation and possessives without
    reading them (after a place or nationality, from the first one apart from it);
    reading every token instead finds the same names."""
    g = gazetteer()
    reference = _EveryToken(text, token_columns(text, dotted=g.dotted), g).names()
    assert find_names(text) == reference
