"""Claims: what each value is about, who says so, and how sure they are.

The sentences are written for these tests in the styles of wire copy, court and police
press releases, disaster and business reporting; none is taken from the seeds.
Each case names a claim by words its text contains, then what a reader expects of it:
attribute tokens it must carry (and tokens it must not), who it is attributed to,
whether it is hedged or negated.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import attrs
import pytest

import reconcile
from reconcile import Claim


class Case(NamedTuple):
    sentence: str
    claim: str
    tokens: tuple[str, ...] = ()
    attributed_to: str | None = None
    hedged: bool = False
    negated: bool = False
    absent: tuple[str, ...] = ()


CASES = [
    # --- wire copy -----------------------------------------------------------------------
    Case(
        "Police said three people were killed in the attack.",
        "three people",
        ("e:killed", "person"),
        "police",
    ),
    Case(
        "At least 12 people were injured, the fire department said.",
        "12 people",
        ("e:injured", "person"),
        "Fire Department",
    ),
    Case("The storm destroyed more than 200 homes, officials said.", "200 homes", ("home",)),
    Case(
        "The ministry said 45 soldiers were wounded in the clashes.",
        "45 soldiers",
        ("e:injured", "soldier"),
    ),
    Case(
        "Rebels reportedly seized four towns near the border.",
        "four towns",
        ("e:seized", "town"),
        None,
        True,
    ),
    Case(
        "Two journalists were arrested on Tuesday, according to Amnesty International.",
        "Two journalists",
        ("e:arrested", "journalist"),
        "Amnesty International",
    ),
    Case(
        "The army said it had evacuated 3,000 residents from the valley.",
        "3,000 residents",
        ("e:evacuated", "person"),
    ),
    Case(
        "About 150 migrants were rescued off the coast, the coast guard said.",
        "150 migrants",
        ("e:rescued", "migrant"),
    ),
    Case(
        "The company said it would cut 1,200 jobs by the end of the year.", "1,200 jobs", ("job",)
    ),
    Case("Shares fell 4 percent in early trading.", "4 percent", ()),
    Case(
        "Officials said five Chinese nationals were detained at the airport.",
        "five Chinese nationals",
        ("e:arrested", "@china", "person"),
    ),
    Case(
        "Three Canadian citizens were among the dead, Ottawa said.",
        "Three Canadian citizens",
        ("@canada", "person"),
    ),
    Case("Prosecutors charged six men with fraud.", "six men", ("e:charged", "man")),
    Case(
        "The agency said more than 80 U.S. citizens had their data stolen.",
        "80 U.S. citizens",
        ("@united states", "person"),
    ),
    Case(
        "At least 30 people died in the floods, the Red Cross said.",
        "30 people",
        ("e:killed", "person"),
        "Red Cross",
    ),
    Case(
        "Nine firefighters were hurt battling the blaze.",
        "Nine firefighters",
        ("e:injured", "firefighter"),
    ),
    Case(
        "The quake damaged 2,500 buildings across the province.", "2,500 buildings", ("building",)
    ),
    Case(
        "Authorities did not say how many people were arrested.",
        "Authorities",
        (),
        None,
        False,
        False,
    ),
    # --- money ---------------------------------------------------------------------------
    Case(
        "The scheme caused $4 million in losses to investors, the SEC said.",
        "$4 million",
        ("loss",),
        "Securities and Exchange Commission",
    ),
    Case(
        "The firm reported $12 billion in revenue for the quarter.",
        "$12 billion",
        ("revenue",),
        None,
        False,
        False,
        ("loss",),
    ),
    Case(
        "Thieves stole $250,000 worth of jewelry from the store.",
        "$250,000",
        ("e:stolen", "jewelry"),
    ),
    Case("The city will spend $30 million on new roads.", "$30 million", ("e:spent",)),
    Case("The startup raised $45 million from investors.", "$45 million", ("e:raised",)),
    Case("He allegedly paid $10,000 in bribes to an official.", "$10,000", ("bribe",), None, True),
    Case(
        "The repairs cost an estimated $2 million, the council said.", "$2 million", (), "council"
    ),
    Case("The couple earned nearly $80,000 from the sales.", "$80,000", ("e:earned",)),
    Case("The fine of €3 million was the largest on record.", "€3 million", ()),
    Case("Officials said the damage was not more than $1 million.", "$1 million", ()),
    Case(
        "The company did not cut 500 jobs, a spokesman said.",
        "500 jobs",
        ("job",),
        "spokesman",
        False,
        True,
    ),
    # --- court and police ------------------------------------------------------------------
    Case(
        "A federal grand jury indicted four men on drug charges.", "four men", ("e:indicted", "man")
    ),
    Case(
        "Five defendants pleaded guilty, the Justice Department said.",
        "Five defendants",
        ("defendant",),
        "Department of Justice",
    ),
    Case(
        "Two suspects were taken into custody, police said.", "Two suspects", ("suspect",), "police"
    ),
    Case(
        "The judge sentenced three men to prison, the court said.",
        "three men",
        ("e:sentenced", "man"),
    ),
    Case(
        "Deputies arrested 14 people in the sweep, the sheriff's office said.",
        "14 people",
        ("e:arrested", "person"),
    ),
    Case(
        "Eleven people were charged in connection with the riot.",
        "Eleven people",
        ("e:charged", "person"),
    ),
    Case("The jury convicted two brothers of murder.", "two brothers", ("e:convicted", "brother")),
    Case(
        "Officers seized 20 kilograms of cocaine, the DEA said.",
        "20 kilograms",
        ("e:seized",),
        "Drug Enforcement Administration",
    ),
    Case("No officers were injured, the police department said.", "No officers", ("e:injured",)),
    Case("The suspect, 24, was charged with three counts of assault.", "three counts", ("count",)),
    Case("Four other suspects remain at large.", "Four other suspects", ("other", "suspect")),
    Case("Investigators said the gunman fired at least 30 rounds.", "30 rounds", ("round",)),
    # --- disasters -----------------------------------------------------------------------
    Case("The wildfire has burned more than 10,000 acres.", "10,000 acres", ("acre",)),
    Case("Some 400 homes were without power on Sunday.", "400 homes", ("home",)),
    Case("The storm left 12 people dead and 40 injured.", "12 people", ("person",)),
    Case(
        "Nearly 2,000 people were evacuated, the governor said.",
        "2,000 people",
        ("e:evacuated", "person"),
    ),
    Case("Rescuers pulled eight survivors from the rubble.", "eight survivors", ("survivor",)),
    Case(
        "The earthquake killed at least 120 people, state media reported.",
        "120 people",
        ("e:killed", "person"),
    ),
    Case(
        "Dozens of houses were damaged by the tornado.", "Dozens of houses", ("e:damaged", "home")
    ),
    Case(
        "The flood displaced 35,000 families, the United Nations said.",
        "35,000 families",
        ("e:displaced", "family"),
        "United Nations",
    ),
    Case("Hundreds of flights were cancelled at the airport.", "Hundreds of flights", ("flight",)),
    Case(
        "The blaze destroyed 73 structures, fire officials said.",
        "73 structures",
        ("e:destroyed", "structure"),
    ),
    # --- business ------------------------------------------------------------------------
    Case(
        "The carmaker recalled 150,000 vehicles in the United States.",
        "150,000 vehicles",
        ("vehicle",),
    ),
    Case(
        "The bank said it would hire 500 engineers next year.",
        "500 engineers",
        ("e:hired", "engineer"),
    ),
    Case("The retailer plans to close 60 stores, a spokeswoman said.", "60 stores", ("store",)),
    Case("The merger will create 3,000 jobs, the companies said.", "3,000 jobs", ("job",)),
    Case("Profit rose 12% to $3.4 billion, the company said.", "$3.4 billion", (), "company"),
    Case(
        "The airline carried 2 million passengers in March.", "2 million passengers", ("passenger",)
    ),
    Case("The union said 8,000 workers went on strike.", "8,000 workers", ("employee",)),
    Case("The firm was reportedly valued at $2 billion.", "$2 billion", (), None, True),
    Case("Sales of 40,000 units were expected, analysts said.", "40,000 units", ("unit",)),
    Case(
        "The company employs about 12,000 people in 30 countries.", "12,000 people", ("employee",)
    ),
    # --- dates carry the event they date ---------------------------------------------------
    Case("The company announced the deal on Monday.", "Monday", ("e:announced",)),
    Case("He was arrested on Friday in Ohio.", "Friday", ("e:arrested",)),
    Case("Police said Tuesday that the suspect had fled.", "Tuesday", ("e:announced",)),
    Case("The plane crashed on Sunday, killing all aboard.", "Sunday", ("e:crashed",)),
    Case("The driver is deceased, police said.", "The driver", ("e:killed",), "police"),
    Case("Five campers were shot, three of them fatally, on Friday.", "three", ("e:killed",)),
    Case("Six riders were hurt, two of them seriously.", "two", absent=("e:injured",)),
    # a count's own clause says what it counts, not a casualty verb of the clause before
    Case(
        "Two men were killed and three others were in the hospital with gunshot wounds.",
        "three others",
        ("e:injured",),
        absent=("e:killed",),
    ),
    # an incident noun in the plural, or its kind named otherwise, dates the incident
    Case("Police said the shootings took place about 10:15 p.m. Friday.", "Friday", ("e:shot",)),
    Case("The shootout erupted early Monday.", "Monday", ("e:shot",)),
    Case(
        "There were 17 crashes on the highway in June, and none in July.",
        "June",
        absent=("e:crashed",),  # a tally of incidents over a time dates no one incident
    ),
    # a relative clause dates its noun
    Case("Troopers are looking into a shooting that occurred Tuesday.", "Tuesday", ("e:shot",)),
    Case(
        "Officers answered a call about a crash, which occurred on Sunday.",
        "Sunday",
        ("e:crashed",),
    ),
    # a date that ends a clause dates the clause's verb, past its object and phrases
    Case(
        "Three cousins were wounded outside a market on Elm Street on Tuesday night.",
        "Tuesday night",
        ("e:injured",),
    ),
    Case(
        "An intruder shot and killed a tenant, 54, at about 4 a.m. Tuesday.",
        "Tuesday",
        ("e:killed",),
    ),
    Case("Two teenagers were wounded in Erie, Pa., on Friday night.", "Friday", ("e:injured",)),
    Case(
        "A cab driver was shot dead behind a gas station late Wednesday.",
        "Wednesday",
        ("e:killed",),
    ),
    Case(
        "Two men were shot during a party at a warehouse near the river late Friday.",
        "Friday",
        ("e:shot",),  # "during" ends in -ing but is no verb
    ),
    Case(
        "Nobody was on the street when that shooting occurred on Tuesday.", "Tuesday", ("e:shot",)
    ),
    Case(
        "The firm will pay a dividend of 22 cents a share on June 1.",
        "June 1",
        ("e:paid", "~future"),
    ),
    Case(
        "Two hikers were hurt and rain washed out the trail on Monday.",
        "Monday",
        absent=("e:injured",),
    ),
    Case("He was arrested in the killing of a man on Sunday.", "Sunday", absent=("e:arrested",)),
    Case(
        "The town council declared a local water emergency on Monday.",
        "Monday",
        absent=("e:announced",),  # the day of an act of speech is never read from afar
    ),
    # a verb far back dates a day, not a longer period: a tally's time or a story's past
    Case(
        "The last time a deputy was killed in the line of duty here was in 2009.",
        "2009",
        absent=("e:killed",),
    ),
    Case(
        "The girl is the third child to be shot on the east side in the last nine days.",
        "nine days",
        absent=("e:shot",),
    ),
    # the day a tally's period ends on, and the day it is counted from, date no event
    Case(
        "Twelve troopers were injured on duty in June, through Sunday.",
        "Sunday",
        absent=("e:injured",),
    ),
    Case(
        "He is the second cyclist hit and killed since Friday.",
        "Friday",
        absent=("e:killed",),
    ),
    # the day of a death is marked apart from the day of the attack that caused it
    Case("The clerk died Thursday at a hospital.", "Thursday", ("e:killed", "~died")),
    Case(
        "The clerk, 44, who had been in critical condition, succumbed to his wounds Thursday.",
        "Thursday",
        ("e:killed", "~died"),
    ),
    Case(
        "The boy was pronounced dead at 3:10 p.m. Thursday at a hospital.",
        "Thursday",
        ("e:killed", "~died"),
    ),
    Case("The clerk was shot dead on Thursday.", "Thursday", ("e:killed",), absent=("~died",)),
    # --- what an amount or a share is, when its noun is not beside it --------------------------
    Case("Agents seized 4 pounds of heroin and $31,000 in cash.", "$31,000", ("cash",)),
    Case("Agents found $9,500 in cash and two rifles.", "$9,500", ("cash",)),
    Case("The town bought the lot for $90,000 in cash.", "$90,000", (), absent=("cash",)),
    Case(
        "Officers put the resale value of the stolen bikes at $40,000.",
        "$40,000",
        ("value", "resale"),
        absent=("bike",),
    ),
    Case(
        "The plan raises the water rate by 6 percent.", "6 percent", ("e:raised", "rate", "water")
    ),
    Case("The firm cut its forecast by $9 million.", "$9 million", ("forecast",)),
    Case("The library budget increases 2% to $4 million.", "2%", ("budget", "library")),
    Case("The library budget increases 2% to $4 million.", "$4 million", ("budget", "library")),
    # --- a noun left out after "and": "N barns damaged and M destroyed" ----------------------
    Case("Inspectors counted 80 barns damaged and 12 destroyed.", "12", ("e:destroyed", "barn")),
    Case("The crash left three riders dead and 9 injured.", "9", ("e:injured", "rider")),
    # --- "without" denies its noun, not the clause -------------------------------------------
    Case("About 600 homes remained without power on Tuesday, the utility said.", "Tuesday"),
    Case("The crews did not work without pay on Tuesday.", "Tuesday", negated=True),
    # --- a count reported by "said": the reported clause's verb says what it counts ----------
    Case(
        "The county said 12 cases have been confirmed by the lab.",
        "12 cases",
        ("case", "confirm"),
        absent=("e:announced",),
    ),
    Case("The ministry said 30 cabins were shuttered.", "30 cabins", absent=("e:announced",)),
    Case("Lab tests have confirmed the virus in 9 cases.", "9 cases", ("case", "confirm")),
    # --- a change's first step, its parts and its total --------------------------------------
    Case(
        "The deal gives a 6 percent raise immediately upon signing.",
        "6 percent",
        ("e:raised", "~first"),
    ),
    Case(
        "The deal gives a 19 percent raise over the contract, including 5% in the first year.",
        "5%",
        ("e:raised", "raise", "~first"),
    ),
    Case(
        "The deal gives a 19 percent raise over the contract, including 5% in the first year.",
        "19 percent",
        ("e:raised",),
        absent=("~first",),
    ),
    Case("The offer includes pay increases totaling 19%.", "19%", ("e:raised", "increase")),
    Case(  # only a share or an amount has a first step
        "The names of the two men killed were not immediately released.",
        "two men",
        ("e:killed",),
        absent=("~first",),
    ),
    # --- the hurt in a condition, or taken to hospital: all of those, not a part -------------
    Case(
        "Nine riders were hurt, and two of them were in critical condition.",
        "two",
        ("e:injured", "~critical"),
    ),
    Case(
        "Four of the injured were in serious condition at the clinic.",
        "Four",
        ("e:injured", "person", "~serious"),
        absent=("~part", "injure"),
    ),
    # ... but a count that picks out no part may be all the hurt
    Case(
        "Three people were killed and two are in critical condition.",
        "two",
        absent=("~critical",),
    ),
    # ... a person described is the one hurt, whatever her condition: one of the counted
    Case("A girl was shot Sunday and was in critical condition.", "A girl", absent=("~critical",)),
    Case(
        "Six of the injured were taken to hospitals.",
        "Six",
        ("e:injured", "person", "~hospital"),
        absent=("~part",),
    ),
    # ... but an office that "confirmed 42 cases" says how many cases there are, of all kinds
    Case("The county office today confirmed 42 cases of mumps.", "42 cases", absent=("confirm",)),
]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        # a name before a comma is not the subject of the verb after it
        ("The files held 9,000 Federal Reserve numbers, the insurer said.", "9,000", "insurer"),
        # a noun phrase after a preposition is no subject: the participle describes it
        (
            "It exposed 2 million records, one of the largest health-care data thefts reported so far.",
            "2 million",
            None,
        ),
        # the noun a prepositional phrase follows is the subject: "Police in the county"
        ("Police in Dover County said 4 men were hurt.", "4 men", "Police"),
        # a subject after a comma closing an apposition, "that" or "after" is still one
        ("Dock worker Ann Lee, 61, said she lost 3 boats.", "3 boats", "Ann Lee"),
        ("It bought the mill for $9 million, a deal that analysts say is cheap.", "$9", "analysts"),
        ("It recalled 900 heaters after customers reported fires.", "900", "customers"),
        # "state" after a preposition is a noun ("on state charges"), not "states"
        ("The other three were taken to the Dover County Jail on state warrants.", "three", None),
    ],
)
def test_attribution_needs_a_subject_of_a_speech_verb(sentence, claim, speaker):
    """Only the subject of a speech verb is its speaker: not a name before a comma, an object, a noun."""
    found = _find(_claims(sentence), claim)
    assert found is not None
    assert found.attributed_to == speaker


def _claims(sentence: str) -> tuple[Claim, ...]:
    (source,) = reconcile.read({"text": sentence, "id": "case", "published": "2025-07-02"})
    return reconcile.extract(source)


def _find(claims: tuple[Claim, ...], words: str) -> Claim | None:
    exact = next((c for c in claims if c.text == words), None)  # not a longer reading over it
    return exact or next((c for c in claims if words in c.text or c.text in words), None)


@pytest.mark.parametrize("case", CASES, ids=[c.sentence[:40] for c in CASES])
def test_claim_reads_as_a_person_would(case: Case):
    """The claim carries the attribute tokens, attribution, hedge and negation a reader sees."""
    claim = _find(_claims(case.sentence), case.claim)
    if not case.tokens and case.claim == "Authorities":
        assert claim is None  # a sentence with no value yields no claim
        return
    assert claim is not None, f"no claim for {case.claim!r}"
    missing = set(case.tokens) - set(claim.attribute_tokens)
    assert not missing, f"{claim.attribute_tokens} lacks {missing}"
    assert not set(case.absent) & set(claim.attribute_tokens)
    if case.attributed_to is not None:
        assert claim.attributed_to is not None
        assert case.attributed_to.casefold() in claim.attributed_to.casefold()
    if case.claim.startswith("No "):
        assert claim.value == reconcile.Quantity.exact(0, unit=claim.value.unit, precision=1)  # type: ignore[union-attr]
    assert claim.hedged == case.hedged
    assert claim.negated == case.negated


def test_at_least_sixty_cases():
    """The set is large enough to say something: at least 60 sentences."""
    assert len(CASES) >= 60


def test_claims_without_known_attribute_are_kept_and_marked():
    """A value whose attribute cannot be found is still a claim, with no attribute tokens."""
    claims = _claims("The figure was 42.")
    assert [c.text for c in claims] == ["42"]
    assert claims[0].attribute_tokens == ()


def test_it_said_is_attributed_to_the_last_named_speaker():
    """ "it said" carries the attribution of the last named organisation."""
    (source,) = reconcile.read(
        {
            "text": "The Interior Ministry said the fire began at dawn. "
            "Twelve people were hurt, it said.",
            "id": "case",
        }
    )
    twelve = _find(reconcile.extract(source), "Twelve people")
    assert twelve is not None
    assert twelve.attributed_to is not None
    assert "Interior" in twelve.attributed_to


def _claim(sentence: str, words: str) -> Claim:
    claim = _find(_claims(sentence), words)
    assert claim is not None, f"no claim for {words!r}"
    return claim


def test_a_time_word_before_a_speech_verb_is_not_the_speaker():
    """In "X today reported ..." the speaker is never "today"."""
    claim = _claim("Acme Corp. (NYSE: ACM) today reported sales of $2.1 billion.", "$2.1 billion")
    assert "today" not in (claim.attributed_to or "").casefold()
    claim = _claim("The ministry on Friday said 40 people were hurt.", "40 people")
    assert claim.attributed_to is not None
    assert "friday" not in claim.attributed_to.casefold()


def test_a_report_named_by_a_determiner_is_a_noun_not_a_speech_verb():
    """ "the agency said in its third situation report": the agency speaks, not "third situation"."""
    claim = _claim("Nine bridges collapsed, the agency said in its latest flood report.", "Nine")
    assert claim.attributed_to is not None
    assert claim.attributed_to.casefold() == "agency"


def test_a_speaker_after_a_or_the_still_speaks():
    """ "A spokesman says ...", "the agency reports ...": present-tense speech stays speech."""
    claim = _claim("A spokesman says 40 people were hurt.", "40 people")
    assert claim.attributed_to == "spokesman"
    claim = _claim("The agency reports 12 homes were destroyed.", "12 homes")
    assert claim.attributed_to is not None
    assert claim.attributed_to.casefold() == "agency"


def test_a_count_confirmed_dead_is_a_count_of_the_dead():
    """ "37 people have been confirmed dead", "were feared dead": the status word is passed over."""
    claim = _claim("By Monday, 37 people had been confirmed dead and 214 injured.", "37 people")
    assert claim.attribute_tokens[0] == "e:killed"
    claim = _claim("Six miners are feared dead after the collapse.", "Six miners")
    assert claim.attribute_tokens[0] == "e:killed"


def test_a_margin_is_not_the_count_it_is_measured_in():
    """ "a margin of 2,339 votes" is a margin, not a number of votes someone received."""
    claim = _claim("Lee won the race by a margin of 2,339 votes.", "2,339 votes")
    assert claim.attribute_tokens[0] == "margin"


def test_the_subject_of_was_or_rose_to_says_what_a_figure_measures():
    """ "Turnout was 38 percent", "Net income came in at $86 million", "revenue rose to $2 billion"."""
    assert _claim("Turnout was 38 percent.", "38 percent").attribute_tokens == ("turnout",)
    income = _claim("Net income came in at $86 million, analysts said.", "$86 million")
    assert income.attribute_tokens[0] == "profit"
    sales = _claim("Net sales rose 6 percent to $1.24 billion.", "$1.24 billion")
    assert sales.attribute_tokens[0] == "revenue"
    toll = _claim("The death toll from the floods in the north rose to 37 on Monday.", "37")
    assert toll.attribute_tokens == ("e:killed",)
    assert _claim("The figure was 42.", "42").attribute_tokens == ()


def test_a_hyphenated_modifier_is_not_part_of_the_speaker():
    """ "The Ohio-based company said ...": the speaker is the company, not "based company"."""
    claim = _claim("The Ohio-based company also said it would cut 450 jobs.", "450 jobs")
    assert claim.attributed_to == "company"


def test_according_to_stops_before_a_participle():
    """ "according to unofficial results released by the county": the county tells them.

    The record's author is who tells; its reader ("reviewed by", "cited by") is not, so
    there the record itself is named.
    """
    claim = _claim(
        "Lee won 4,100 votes, according to unofficial results released by the county.", "4,100"
    )
    assert claim.attributed_to == "county"
    claim = _claim("Lee won 4,100 votes, according to a tally by the elections office.", "4,100")
    assert claim.attributed_to == "elections office"
    claim = _claim(
        "Lee won 4,100 votes, according to unofficial results reviewed by the paper.", "4,100"
    )
    assert claim.attributed_to == "unofficial results"
    claim = _claim("Lee won 4,100 votes, according to a regulatory filing.", "4,100")
    assert claim.attributed_to == "regulatory filing"
    claim = _claim("Lee won 4,100 votes, according to a copy of the tally.", "4,100")
    assert claim.attributed_to == "tally"


def test_according_to_a_common_noun_after_an_article():
    """ "according to the county assessor's office", "according to a shift supervisor"."""
    claim = _claim(
        "Damage was put at $2.5 million, according to the county assessor's office.", "$2.5 million"
    )
    assert claim.attributed_to == "county assessor's office"
    claim = _claim("About 60 workers left, according to a shift supervisor.", "About 60 workers")
    assert claim.attributed_to == "shift supervisor"
    claim = _claim(
        "About 60 workers left, according to the city's IT director.", "About 60 workers"
    )
    assert claim.attributed_to == "city's IT director"


def test_each_value_takes_the_attribution_that_reaches_it():
    """Two attributions in a sentence: each value takes the nearest one that reaches it.

    One after the value looks back ("..., police said,"); one before leads ("the mayor said
    eight ..."); one word that is a speech verb only in form ("six states", "Bay State") is
    none, and the counted are not their own tellers ("40 guests reported symptoms").
    """
    text = (
        "Fourteen children were hurt when a bus rolled over, state police said, and parents"
        " rushed to the hospital, where a spokesperson said all were expected to recover."
    )
    assert _claim(text, "Fourteen children").attributed_to == "state police"
    text = "The Ledger reported that 12 officers were hired, and the mayor said eight would stay."
    assert _claim(text, "12 officers").attributed_to == "Ledger"
    assert _claim(text, "eight").attributed_to == "mayor"
    text = '"We looked at 14 sites in six states," said Dana Lee, the chief executive.'
    assert _claim(text, "14 sites").attributed_to == "Dana Lee"
    text = "Crews from Bay State Gas capped the line about eight hours later, the utility said."
    assert _claim(text, "about eight hours").attributed_to == "utility"
    text = "In all, 40 guests reported symptoms, according to the state health department."
    assert _claim(text, "40 guests").attributed_to == "state health department"


def test_a_compound_noun_after_an_amount_says_what_it_is():
    """ "a $9 million break-up fee" is a fee; the hyphen joins the words before it."""
    claim = _claim("The contract sets a $9 million break-up fee, the filing shows.", "$9 million")
    assert claim.attribute_tokens[0] == "fee"
    assert claim.attribute == "break-up fee"


def test_attributes_read_as_what_is_measured():
    """ "employs 900 people" reads "employees"; "were treated" reads "injured"; no "profit of"."""
    texts = {
        "The mill employs about 900 people.": "employees",
        "The mill employs 900 team members.": "employees",
        "Two firefighters were treated for burns.": "firefighters injured",
        "It had a profit of $95 million.": "profit",
    }
    for text, expected in texts.items():
        (source,) = reconcile.read({"text": text, "id": "a"})
        (claim,) = [c for c in reconcile.extract(source) if isinstance(c.value, reconcile.Quantity)]
        assert claim.attribute == expected, text


def test_a_count_is_labelled_by_its_own_clause_s_event():
    """ "Two died and three others were in the hospital": the three read "others injured"."""
    claims = _claims("Two men were killed and three others were in the hospital with wounds.")
    others = _find(claims, "three others")
    assert others is not None
    assert others.attribute == "others injured"


def test_one_person_singled_out_of_a_counted_set_is_a_part_of_it():
    """ "Five passengers were hurt ... A bus driver was injured": one of them, or one more."""
    claims = _claims("Five passengers were hurt in the crash. A bus driver was injured.")
    driver = _find(claims, "A bus driver")
    assert driver is not None
    assert "e:injured" in driver.attribute_tokens
    assert "~part" in driver.attribute_tokens
    five = _find(claims, "Five passengers")
    assert five is not None
    assert "~part" not in five.attribute_tokens


def test_one_person_is_the_count_when_the_story_counts_no_larger_set():
    """ "A bus driver was injured" alone says one person was hurt."""
    claims = _claims("Two buses collided on Monday. A bus driver was injured.")
    driver = _find(claims, "A bus driver")
    assert driver is not None
    assert "e:injured" in driver.attribute_tokens
    assert "~part" not in driver.attribute_tokens


def test_a_person_singled_out_is_not_another_story_s_count_of_the_set():
    """One of four wounded in one story does not agree with another story's "a man was wounded"."""
    report = reconcile.compare(
        [
            {"id": "a", "text": "Four people were wounded. A man was in critical condition."},
            {"id": "b", "text": "A man was wounded in the shooting on Friday."},
        ]
    )
    man = next(
        f for f in report.facts if any(c.source_id == "b" and c.text == "A man" for c in f.claims)
    )
    assert {c.source_id for c in man.claims} == {"b"}
    assert not any(f.verdict.kind == "agree" for f in report.facts)


def test_a_part_of_a_set_counted_before_takes_its_noun_and_what_befell_it():
    """ "Four of the six face charges": 4 of the 6 men counted before, the part charged."""
    claims = _claims(
        "Six men were arrested as police served four warrants. Four of the six face charges."
    )
    part = _find(claims, "Four of")
    assert part is not None
    assert part.value.unit == "men"  # type: ignore[union-attr]
    assert part.attribute_tokens[0] == "e:charged"
    assert "~part" in part.attribute_tokens
    those = _find(_claims("Six men were detained. Four of those detained were charged."), "Four")
    assert those is not None
    assert those.attribute_tokens == ("e:charged", "man", "~part")
    # the set is named by what befell it, however far back it was counted
    later = _claims(
        "Six men were detained. Agents seized 40 guns. It took a year. "
        "Four of those detained were charged."
    )
    four = _find(later, "Four")
    assert four is not None
    assert four.attribute_tokens == ("e:charged", "man", "~part")


@pytest.mark.parametrize(
    ("sentence", "claim", "side"),
    [
        ("The board passed the levy on a 7-2 vote.", "7", "~for"),
        ("The board passed the levy on a 7-2 vote.", "2", "~against"),
        ("The board rejected the levy on a 8-1 vote.", "8", "~against"),
        ("Six trustees voted yes and three voted no.", "Six trustees", "~for"),
        ("Six trustees voted yes and three voted no.", "three", "~against"),
        ("About 900 residents voted in favor of the plan.", "900 residents", "~for"),
    ],
)
def test_votes_are_counted_on_a_side(sentence, claim, side):
    """A tally's numbers and counts that "voted yes/no" are votes on a side, whoever cast them."""
    found = _find(_claims(sentence), claim)
    assert found is not None
    assert found.attribute_tokens[0] == "vote"
    assert found.attribute_tokens[-1] == side
    assert found.value.kind == "count"  # type: ignore[union-attr]


def test_a_span_of_time_before_a_noun_is_that_nouns_length_and_a_person_stays_a_person():
    """ "a six-week inquiry" is six weeks of the inquiry; "a nine-year veteran" one person."""
    inquiry = _find(_claims("Police ended a six-week inquiry on Friday."), "six-week")
    assert inquiry is not None
    assert {"week", "inquiry"} <= set(inquiry.attribute_tokens)
    claims = _claims("A nine-year veteran of the force was injured.")
    assert [c.text for c in claims] == ["A nine-year veteran"]


@pytest.mark.parametrize(
    ("sentence", "words", "noun"),
    [
        ("Guests fell ill on a 12-night Baltic tour.", "12-night", "tour"),
        ("Nine cars of the 90-car Union & Western Railway train tipped.", "90-car", "train"),
        ("Nine wagons of an eastbound 90-car loaded grain train tipped.", "90-car", "train"),
        ("Crews hit an Acme Power 8-inch water main on Monday.", "8-inch", "main"),
        ("Shops along a half-mile stretch were shut.", "a half-mile", "stretch"),
    ],
)
def test_a_measure_glued_to_a_count_measures_the_noun_after_a_name_or_participle(
    sentence, words, noun
):
    """ "a 12-night Baltic tour" is 12 nights of the tour, the name passed over; "a 90-car
    loaded grain train" 90 cars of the train, not of the wagons counted before it."""
    claim = _find(_claims(sentence), words)
    assert claim is not None
    assert claim.text == words
    assert noun in claim.attribute_tokens
    tenants = _find(_claims("At the 40-unit building leaked gas, two were hurt."), "40-unit")
    assert tenants is not None
    assert "leak" not in " ".join(tenants.attribute_tokens)


def test_a_fraction_of_a_thing_is_that_share_of_it():
    """ "get back half of their deposit" is 50% of it, as "a 50 percent refund" says; a
    part of a unit of measure ("three-quarters of a mile") is a count of the unit, a bare
    fraction stays a number,
    and a part of a set ("half of the suspects") a count of it."""
    half = _claim("Members will get back half of their deposit.", "half")
    refund = _claim("Members will receive a 50 percent refund of their deposit.", "50 percent")
    assert half.value == attrs.evolve(refund.value, precision=half.value.precision)  # type: ignore[arg-type]
    assert "deposit" in half.attribute_tokens
    most = _claim("More than two-thirds of the budget went to roads.", "More than two-thirds")
    assert most.value.kind == "percent"  # type: ignore[union-attr]
    assert most.value.low == pytest.approx(200 / 3)  # type: ignore[union-attr]
    mile = _claim("The path was three-quarters of a mile wide.", "three-quarters of a mile wide")
    assert (mile.value.kind, mile.value.low) == ("count", 0.75)  # type: ignore[union-attr]
    rise = _claim("Prices rose by a half.", "a half")
    assert rise.value.kind == "number"  # type: ignore[union-attr]
    suspects = _claim("Half of the suspects were arrested.", "Half")
    assert (suspects.value.kind, suspects.value.unit) == ("count", "suspects")  # type: ignore[union-attr]


def test_a_negation_before_a_value_does_not_reach_a_relative_clause_after_it():
    """ "will not pay the $4 million the gang is demanding": the demand is stated, not denied;
    "Not one person was hurt" and "did not destroy 12 homes" are still denied."""
    demand = _claim(
        "The town will not pay the 4 million dollars the gang is demanding.", "4 million"
    )
    assert "e:demanded" in demand.attribute_tokens
    assert not demand.negated
    assert _claim("Not one person was injured.", "one person").negated
    assert _claim("The fire did not destroy 12 homes.", "12 homes").negated
    assert _claim("We do not want to have a child get shot.", "a child").negated


def test_a_rise_in_a_noun_is_what_raises_it():
    """ "a 6% increase in the water rate" and "raises the water rate by 6%" state one rise."""
    noun = _find(_claims("The plan includes a 6% increase in the water rate."), "6%")
    verb = _find(_claims("The plan raises the water rate by 6 percent."), "6 percent")
    assert noun is not None
    assert verb is not None
    assert noun.attribute_tokens == verb.attribute_tokens == ("e:raised", "rate", "water")


def test_a_record_counted_since_a_year_is_not_of_that_year():
    """ "the first rise since 2009" is a rise of now; "sold since 2009" dates the selling."""
    record = _claims("On Monday the board met. It set a 4% rise in fares, the first since 2009.")
    rise = _find(record, "4%")
    assert rise is not None
    assert "~past" not in rise.attribute_tokens
    sold = _claims("On Monday the board met. The firm has sold 40 vans since 2009.")
    vans = _find(sold, "40 vans")
    assert vans is not None
    assert "~past" in vans.attribute_tokens


@pytest.mark.parametrize(
    ("sentence", "tokens"),
    [
        # the start first: a date's attribute turns on its first token, never on a mark
        ("The new fare takes effect Sept. 1, the board said.", ("start", "~future")),
        ("The fare will go into effect on Sept. 1.", ("start", "~future")),
        ("The fare took effect Sept. 1.", ("start",)),
    ],
)
def test_a_date_after_takes_effect_is_when_it_starts(sentence, tokens):
    """ "takes effect Sept. 1" dates a start, to come in the present or future, past in the past."""
    found = _find(_claims(sentence), "Sept. 1")
    assert found is not None
    assert found.attribute_tokens == tokens


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Members of Riverside Nurses of Kent Local 40 will vote Thursday.", None),
        ("Jane Roe of Dayton Police said no one was hurt.", None),
        ("Jane Roe of Dayton said Tuesday that she had left.", "Dayton"),
        ("The suspect, John Poe of Dayton, was arrested.", "Dayton"),
        ("Mary Lee of Austin Tuesday said the deal was off.", "Austin"),
    ],
)
def test_a_place_inside_an_organisation_s_name_is_no_one_s_home(text, home):
    """ "Y of X" names a person's home only when the name stops at the place."""
    homes = [c.text for c in _claims(text) if c.attribute == "home"]
    assert homes == ([home] if home else [])


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The plant closed in May after 40 years.", False),
        ("The shop opened May 3, 2024, with 12 staff.", False),
        ("Prices may rise 5 percent.", True),
        ("In May, the firm may cut 40 jobs.", True),
    ],
)
def test_the_month_may_is_no_hedge(text, hedged):
    """ "May" found as a date is the month; "may" as a modal still hedges."""
    claims = _claims(text)
    assert claims
    assert {c.hedged for c in claims} == {hedged}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ann Lee, a 46-year-old nurse, was hurt on Monday.", "Ann Lee"),
        ("A 54-year-old bus driver from Elm Falls died on Monday.", "54-year-old bus driver"),
        ("Police said the driver of the van who died was 54 years old.", "driver"),
        ("The boy found the gun of his father, 26-year-old Tom Reed, in a drawer.", "Tom Reed"),
        ("The boy found the gun of the 26-year-old in a drawer.", None),
    ],
)
def test_an_age_in_years_old_is_the_age_of_the_person_named_or_described(sentence, subject):
    """ "a 46-year-old nurse" states an age of 46 of the nurse (or the person named before it)."""
    (claim,) = [c for c in _claims(sentence) if c.text.endswith("old")]
    assert claim.value.kind == "number"
    tokens = ("age",) if subject else ()  # nobody named or described: compared with nothing
    assert (claim.attribute, claim.attribute_tokens, claim.subject) == ("age", tokens, subject)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Six of the injured were taken to hospitals.", "injured"),
        ("Nine people were hurt. Six of the injured were taken to hospitals.", "injured"),
        ("Three of the wounded were in critical condition.", "wounded"),
    ],
)
def test_a_number_of_the_injured_is_a_part_of_them(sentence, unit):
    """ "Six of the injured were taken to hospitals" counts a part of the injured, not them.

    The part is marked as such, or by where they were taken ("~hospital") or the state they
    are in ("~critical"): either keeps it from the count of all the injured.
    """
    claims = [c for c in _claims(sentence) if c.text in ("Six", "Three")]
    (claim,) = claims
    assert claim.value.kind == "count"
    assert claim.value.unit == unit
    assert {"~part", "~hospital", "~critical"} & set(claim.attribute_tokens)


@pytest.mark.parametrize(
    ("sentence", "words", "low", "high"),
    [
        ("The deal would raise wages 18% over four years.", "four years", 4, 4),
        ("The city will pay $5 million over three years.", "three years", 3, 3),
        ("She has worked there for over four years.", "over four years", 4, None),
    ],
)
def test_over_a_span_after_a_change_or_a_sum_is_its_period(sentence, words, low, high):
    """ "18% over four years" is spread over four years; "for over four years" is more than four."""
    (claim,) = [c for c in _claims(sentence) if c.text == words]
    assert (claim.value.low, claim.value.high) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "He put $20 in.",
        "She gave 20 dollars in.",
        "The fund took €5 million in",
        "He owed $3 million in",
    ],
)
def test_money_before_a_last_word_in_is_still_read(sentence: str) -> None:
    # "in" with nothing after it is not a phrase that says what the money is: it was read one
    # word past the sentence's end.
    claims = _claims(sentence)
    assert [c.value.currency for c in claims if c.value.currency] in (["USD"], ["EUR"])


@pytest.mark.parametrize(
    ("sentence", "claim", "mark"),
    [
        ("The city will raise the fare from $2.00 to $2.50.", "$2.00", "~from"),
        ("The death toll rose from 3 to 12 people killed.", "3", "~from"),
        ("The board voted to raise the bus fare by 50 cents, to $2.50.", "50 cents", "~by"),
        ("The jobless rate rose by 2 percent to 7 percent.", "2 percent", "~by"),
        ("The agency cut service by 12 routes to 40 routes.", "12 routes", "~by"),
        ("Tests found lead levels that exceed 8 micrograms per liter.", "8 micrograms", "~limit"),
        (
            "One well had 24 micrograms, above the state's limit of 8 micrograms.",
            "8 micro",
            "~limit",
        ),
        ("The well had 24 micrograms, more than the 8 micrograms allowed.", "8 micro", "~limit"),
        (
            "The well tested at 24 parts per billion, above the 15 parts per billion threshold.",
            "15 parts",
            "~limit",
        ),
        ("The plan raises the price of a 31-day pass from $60 to $75.", "$60", "~from"),
    ],
)
def test_old_levels_changes_and_limits_are_marked(sentence, claim, mark):
    """An old level, a change and a threshold are not the level measured or reached."""
    found = _find(_claims(sentence), claim)
    assert found is not None
    assert mark in found.attribute_tokens


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The city voted to raise the bus fare from $2.00 to $2.50.", "$2.50"),
        ("The death toll rose from 3 to 12 people killed.", "12 people"),
        ("The agency cut service by 12 routes to 40 routes.", "40 routes"),
        ("One well had 24 micrograms, above the state's limit of 8 micrograms.", "24 micro"),
        ("The plant will reduce its workforce by 1,200 positions.", "1,200"),
        ("Temperatures ranged from 60 to 70 degrees.", "60 to 70"),
    ],
)
def test_levels_reached_and_measured_carry_no_such_mark(sentence, claim):
    """The level reached, a level measured and a plain change keep no mark."""
    found = _find(_claims(sentence), claim)
    assert found is not None
    assert not {"~from", "~by", "~limit"} & set(found.attribute_tokens)


def test_editions_of_an_event_are_compared():
    """ "the 14th annual marathon" against "its 15th edition": two counts of editions."""
    report = reconcile.compare(
        [
            {"text": "The 14th annual marathon drew 3,000 runners.", "id": "a"},
            {"text": "The marathon, now in its 15th edition, drew 3,000 runners.", "id": "b"},
        ]
    )
    (fact,) = [f for f in report.facts if any("edition" in c.text for c in f.claims)]
    assert fact.verdict.kind == "conflict"
    assert sorted(c.text for c in fact.claims) == ["14th annual", "15th edition"]


@pytest.mark.parametrize(
    ("sentence", "claim", "low", "high"),
    [
        ("Swimming is unsafe when levels exceed 8 micrograms per liter.", "8 micro", 8, 8),
        ("The beach closes if concentrations exceed 10 micrograms.", "10 micro", 10, 10),
        ("It held 24 micrograms, three times the advisory level of 8 micrograms.", "8 micro", 8, 8),
    ],
)
def test_a_rule_s_threshold_is_the_limit_itself(sentence, claim, low, high):
    """ "when levels exceed 8" states the threshold 8 (a limit), not a level above 8."""
    found = _find(_claims(sentence), claim)
    assert found is not None
    assert "~limit" in found.attribute_tokens
    assert (found.value.low, found.value.high) == (low, high)


def test_a_reading_above_a_figure_is_a_measure_not_a_limit():
    """Past readings that exceeded 30 are a measure above 30, not a rule's threshold."""
    found = _find(_claims("Readings exceeded 30 parts per billion on Tuesday."), "30 parts")
    assert found is not None
    assert "~limit" not in found.attribute_tokens
    assert found.value.low == 30
    assert found.value.low_open
    assert found.value.high is None


def test_a_transcript_turn_is_attributed_to_its_speaker():
    """Labelled turns ("MAYOR ANN LEE: ...") attribute what each speaker says, to the turn's end.

    A figure the speaker relays from someone else keeps that teller ("The Post is saying 12");
    a lone label is a dateline or a kicker, not a speaker.
    """
    text = (
        "Press briefing\n\n"
        "MAYOR ANN LEE: Three of our crews were hurt. Two are home.\n"
        "REPORTER: The Post is saying 12 people are missing.\n"
        "LEE: Nobody is missing.\n\n"
        "The briefing ended at noon. Four roads stay shut.\n"
    )
    got = {c.text: c.attributed_to for c in _claims(text)}
    assert got["Three"] == "Mayor Ann Lee"
    assert got["Two"] == "Mayor Ann Lee"
    assert got["12 people"] == "Post"
    assert got["Four roads"] is None
    lone = {c.text: c.attributed_to for c in _claims("NEW DELHI: Four roads stay shut.")}
    assert lone["Four roads"] is None


def test_a_speech_verb_after_auxiliaries_finds_its_teller():
    """ "The Post is saying", "police have said": the teller stands before the auxiliaries."""
    assert _claim("The Post is saying 12 people are missing.", "12 people").attributed_to == "Post"
    assert _claim("Police have said 12 people are missing.", "12 people").attributed_to == "Police"
    assert _claim("He was told 12 people are missing.", "12 people").attributed_to is None


def test_the_value_after_not_x_but_is_stated():
    """ "not 320 homes but 230": 320 is denied, 230 stated; "not only 30 homes" is stated."""
    text = "It was not 320 homes but 230, officials said."
    assert _claim(text, "320 homes").negated
    assert not _claim(text, "230").negated
    assert not _claim("The storm hit not only 30 homes but a school.", "30 homes").negated


def test_the_other_two_are_the_rest_of_a_set():
    """ "The other two victims were wounded": the rest of the hurt, as "two others" are."""
    claim = _claim("The other two victims were wounded.", "two victims")
    assert "other" in claim.attribute_tokens
    assert "other" not in _claim("The two victims were wounded.", "two victims").attribute_tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people were hurt, and three were listed in guarded condition.",
        "Nine people were hurt, and three remained in guarded condition.",
    ],
)
def test_a_bare_number_listed_or_remaining_in_a_condition_counts_the_hurt(sentence):
    """ "two were listed in serious condition", "two remained in ...": hurt people, as
    "two were in serious condition" are."""
    claim = _claim(sentence, "three")
    assert claim.attribute_tokens[:2] == ("e:injured", "person")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bus crash: 1 dead, 2 critical\n\nA bus left the road on Monday.", "2"),
        ("2 critical\n\nA bus left the road on Monday.", "2"),
        ("3 hurt, 2 critical in bus crash", "2"),
        ("Bus crash: 1 dead, 2 in critical condition", "2"),
        ("Nine were hurt. Two remain critical.", "Two"),
    ],
)
def test_a_count_in_a_condition_counts_the_hurt(text, words):
    """A headline's "2 critical": two people in critical condition, as "two are in
    critical condition" is; not a count of things called "critical"."""
    claim = _claim(text, words)
    assert claim.attribute_tokens[:2] == ("e:injured", "person")
    assert "~hospital" in claim.attribute_tokens


def test_two_critical_things_are_no_people():
    """ "two critical votes": the condition words still modify a noun."""
    claim = _claim("Two critical votes remain.", "Two critical votes")
    assert "e:injured" not in claim.attribute_tokens


@pytest.mark.parametrize("sentence", ["He was arrested.", "She was charged with theft."])
def test_a_pronoun_is_no_count_of_the_arrested(sentence):
    """ "He was arrested": someone counted where first named, no count "1 He"."""
    assert [c for c in _claims(sentence) if isinstance(c.value, reconcile.Quantity)] == []


def test_a_pronoun_still_counts_a_lone_victim():
    """ "She died at the scene" is often the one statement of a lone victim's death."""
    assert "e:killed" in _claim("She died at the scene.", "She").attribute_tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "The county will not pay the $40,000 the gang is demanding.",
        "The county will not pay the $40,000 ransom the gang demanded.",
    ],
)
def test_a_demand_the_sentence_reports_is_not_negated(sentence):
    """Only the paying is denied; the sum demanded is stated."""
    claim = _claim(sentence, "$40,000")
    assert "e:demanded" in claim.attribute_tokens
    assert not claim.negated


def test_a_sum_read_with_the_denied_verb_stays_negated():
    """ "did not earn the $5 million analysts expected": no sum earned is stated."""
    assert _claim("The firm did not earn the $5 million analysts expected.", "$5 million").negated


@pytest.mark.parametrize(
    ("text", "words", "mark"),
    [
        ("Bus crash: 9 hurt, 2 critical", "2", "~critical"),
        ("Nine were hospitalized, and three remained in guarded condition.", "three", "~guarded"),
        ("Three people died and four remain critical.", "four", None),
    ],
)
def test_a_count_in_a_condition_after_a_count_of_the_hurt_is_a_part_of_them(text, words, mark):
    """After "9 hurt", "2 critical" are some of the nine (kept apart from them by the
    condition's mark); after "three died" the four may be all the hurt."""
    tokens = _claim(text, words).attribute_tokens
    assert "e:injured" in tokens
    marks = [t for t in tokens if t in ("~critical", "~guarded")]
    assert marks == ([mark] if mark else [])


def test_a_count_before_a_word_of_harm_counts_people():
    """ "left 12 dead and 30 injured": the dead and the injured are people."""
    claims = _claims("The storm left 12 dead and 30 injured across the valley.")
    dead, hurt = _claim_of(claims, "12"), _claim_of(claims, "30")
    assert (dead.value.kind, dead.value.unit) == ("count", "people")  # type: ignore[union-attr]
    assert "e:killed" in dead.attribute_tokens
    assert (hurt.value.kind, hurt.value.unit) == ("count", "people")  # type: ignore[union-attr]
    assert "e:injured" in hurt.attribute_tokens
    # Before a noun it modifies the word is no noun: the workers are counted.
    workers = _claim("Crews treated 12 injured workers.", "12 injured workers")
    assert workers.value.unit == "injured workers"  # type: ignore[union-attr]


def _claim_of(claims: tuple[Claim, ...], text: str) -> Claim:
    return next(c for c in claims if c.text == text)


def test_a_line_in_capitals_is_read_case_folded():
    """ "BUS CRASH LEAVES 14 CHILDREN HURT": children hurt, quoted as printed."""
    (source,) = reconcile.read(
        {
            "text": "FERRY FIRE LEAVES 14 PASSENGERS HURT ON JAN. 5\n\n"
            "The ferry caught fire near the pier, officials said.",
            "id": "case",
            "published": "2025-01-07",
        }
    )
    claims = reconcile.extract(source)
    hurt = next(c for c in claims if c.text.startswith("14"))
    assert hurt.text == "14 PASSENGERS" == source.text[hurt.span.start : hurt.span.end]
    assert hurt.value.unit == "passengers"  # type: ignore[union-attr]
    assert "e:injured" in hurt.attribute_tokens
    day = next(c for c in claims if c.text == "JAN. 5")
    assert day.value.start == day.value.end == dt.date(2025, 1, 5)  # type: ignore[union-attr]


def test_nobody_is_a_zero_count_of_people():
    """ "Nobody is missing": none of the people, not a count of "Nobody"."""
    claim = _claim("Nobody is missing after the storm.", "Nobody")
    assert claim.value.unit == "people"  # type: ignore[union-attr]
    assert (claim.value.low, claim.value.high) == (0, 0)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Two people have died and 14 have been confirmed ill, officials said.", "14"),
        ("Three workers were killed and nine were found alive on Monday.", "nine"),
    ],
)
def test_a_count_after_and_with_its_own_verb_is_not_the_first_clauses(sentence, words):
    """ "X died and 14 have been confirmed ill": the 14 have their own verb; the first
    clause's "died" would count them among the dead."""
    assert "e:killed" not in _claim(sentence, words).attribute_tokens


def test_a_second_object_after_and_keeps_the_verb_before_it():
    """ "killed two soldiers and 14 armed men": both are the objects of "killed"."""
    claim = _claim("The strike killed two soldiers and 14 armed men.", "14 armed men")
    assert "e:killed" in claim.attribute_tokens


@pytest.mark.parametrize(
    ("text", "words", "mark"),
    [
        ("Will Shut 12 Branches; 40 Branches Remain Open", "40 Branches", "~open"),
        ("The bakery chain said another 40 shops will stay open.", "40 shops", "~open"),
        ("Nine of its warehouses remained temporarily open.", "Nine", "~open"),
    ],
)
def test_a_count_kept_in_a_state_is_marked_by_it(text, words, mark):
    """ "40 Branches Remain Open": the branches that stay open, never those shut."""
    assert mark in _claim(text, words).attribute_tokens


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The bank will shut 12 branches.", "12 branches"),
        ("About 40 roads remain closed after the flood.", "40 roads"),  # as "were closed"
    ],
)
def test_a_count_of_things_closed_has_no_state_mark(sentence, words):
    """ "will shut 12 branches", "40 roads remain closed": the closed, with no mark."""
    assert "~open" not in _claim(sentence, words).attribute_tokens


@pytest.mark.parametrize(
    ("text", "words", "mark"),
    [
        (
            "One man died and 17 were hurt. Three people remained in critical condition.",
            "Three people",
            "~critical",
        ),
        ("Nine were hurt in the blast. Two remain in serious condition.", "Two", "~serious"),
        # no hurt counted before: the three may be all of the hurt
        ("One man died. Three people remained in critical condition.", "Three people", None),
        # a person described is one of the counted, whatever the condition
        ("Two men were wounded. The child is in critical condition.", "The child", None),
    ],
)
def test_a_numbered_condition_after_the_hurt_counted_earlier_is_a_part(text, words, mark):
    """ "... left 17 hurt. Three people remained in critical condition": the three are a
    part of the hurt counted in an earlier sentence, kept apart from those taken to
    hospital that another source counts."""
    tokens = _claim(text, words).attribute_tokens
    assert "e:injured" in tokens
    assert [t for t in tokens if t in ("~critical", "~serious")] == ([mark] if mark else [])


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Sales rose 3%, Maria Lopez, the chief executive, said.", "3%", "Maria Lopez"),
        ("Sales rose 3%, Ann Lee, the company's finance chief, said Monday.", "3%", "Ann Lee"),
        (
            "Sales rose 3%, Dr. Ann Lee, a surgeon at Mercy Hospital, told reporters.",
            "3%",
            "Ann Lee",
        ),
        ("Sales rose 3%, Tessa Marr Chief Executive Dana Pruitt said.", "3%", "Dana Pruitt"),
        ("Costs fell 4%, Chief Operating Officer Dana Pruitt said.", "4%", "Dana Pruitt"),
    ],
)
def test_a_named_speaker_behind_a_title_or_an_apposition(sentence, claim, speaker):
    """ "X, the chief executive, said": the name the commas set off speaks; titles are no name."""
    assert _claim(sentence, claim).attributed_to == speaker


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        (
            "The firm is paying $32 million for the stake, two people familiar with the matter said.",
            "$32 million",
            "people familiar with the matter",
        ),
        (
            "The deal is worth $2 billion, according to two people familiar with the talks.",
            "$2 billion",
            "people familiar with the talks",
        ),
        (
            "The firm will cut 400 jobs, said two people with knowledge of the plans.",
            "400 jobs",
            "people with knowledge of the plans",
        ),
        (
            "Two officials briefed on the talks have said the deal is worth $2 billion.",
            "$2 billion",
            "officials briefed on the talks",
        ),
        (
            "The deal is worth $2 billion, a person close to the company said.",
            "$2 billion",
            "person close to the company",
        ),
    ],
)
def test_unnamed_sources_are_the_teller_and_their_count_is_no_fact(sentence, claim, speaker):
    """ "two people familiar with the matter said": they are who said it, not two people counted."""
    claims = _claims(sentence)
    assert _find(claims, claim).attributed_to == speaker  # type: ignore[union-attr]
    assert not [c for c in claims if c.text.lower().startswith(("two ", "a person"))]


def test_people_familiar_with_someone_who_do_not_speak_are_counted():
    claims = _claims("Four people familiar with the suspect were questioned, police said.")
    four = _find(claims, "Four people")
    assert four is not None
    assert four.attributed_to == "police"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # the noun an amount is "of" reads with the words that stood before it, not "of <verb>"
        ("Orvale Corp. reported adjusted earnings of $2.15 a share.", "adjusted earnings"),
        ("Net income of $7 million was reported on Monday.", "income reported"),
        ("Orvale posted revenue of $3.3 million.", "posted revenue"),
        # what is counted after "of" keeps it; a verb apart from the noun follows it
        ("The board said it sent a team of nine inspectors.", "team of inspectors sent"),
    ],
)
def test_an_amounts_noun_reads_in_the_order_a_reader_says_it(sentence: str, title: str) -> None:
    (source,) = reconcile.read([{"text": sentence, "id": "a", "published": "2026-05-06"}])
    claims = reconcile.extract(source)
    assert [c.attribute for c in claims if not isinstance(c.value, reconcile.DateRange)] == [title]


# --- breakdowns, and what befell a count of no noun (branch val32) -----------------------


@pytest.mark.parametrize(
    ("sentence", "words", "unit"),
    [
        ("Of those sick, 19 are ward patients and 33 are nurses.", "19", "ward patients"),
        ("Of those sick, 19 are ward patients and 33 are nurses.", "33", "nurses"),
        ("Of the 40 pupils, 12 were seniors.", "12", "seniors"),
        ("Of the 15 wells tested, 11 exceeded the limit.", "11", "wells"),
        ("Of the 12 riders, 10 are children.", "10", "children"),
    ],
)
def test_a_breakdowns_parts_take_their_noun(sentence: str, words: str, unit: str) -> None:
    """A part of a breakdown is a count of its noun (or of the set's), marked as a part."""
    claim = _find(_claims(sentence), words)
    assert claim is not None
    assert claim.text == words
    assert isinstance(claim.value, reconcile.Quantity)
    assert claim.value.unit == unit
    assert "~part" in claim.attribute_tokens


def test_a_count_of_no_noun_is_titled_by_what_befell_it() -> None:
    """ "He was flown to a hospital": titled "injured", never "what it measures is unclear"."""
    claim = _find(_claims("He was flown to Elm Valley Hospital with a leg injury."), "He")
    assert claim is not None
    assert claim.attribute == "injured"
