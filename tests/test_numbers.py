"""Tests for reconcile.extract.numbers: counts, money and percentages as intervals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.extract.numbers import (
    _BOUND_ONLY,
    _BOUNDS,
    _POSTFIXES,
    _amount,
    _match,
    _read_value,
    _Tokens,
    find_ages,
    find_editions,
    find_quantities,
    find_tallies,
)
from reconcile.model import Quantity


def one(text: str, **windows: float) -> tuple[str, Quantity]:
    """The single quantity ``text`` states, with the words that state it."""
    found = find_quantities(text, **windows)
    assert len(found) == 1, [(text[s:e], q) for s, e, q in found]
    start, end, quantity = found[0]
    return text[start:end], quantity


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_quantities(text)]


def interval(q: Quantity) -> tuple[float | None, float | None, bool, bool]:
    return (q.low, q.high, q.low_open, q.high_open)


# --- the seed articles ------------------------------------------------------------------

SEED_PHRASES = [
    # Each row: the text, the span, the interval as (low, high, low_open, high_open),
    # and what is counted as (kind, unit, currency).
    ("jobs at more than 100 U.S. companies and", "more than 100 U.S. companies",
     (100, None, True, False), ("count", "U.S. companies", None)),
    ("identities of more than 80 U.S. citizens to obtain remote jobs", "more than 80 U.S. citizens",
     (80, None, True, False), ("count", "U.S. citizens", None)),
    ("stole at least $900,000 worth of cryptocurrency", "at least $900,000",
     (900_000, None, False, False), ("money", None, "USD")),
    ("caused more than $3 million in legal fees", "more than $3 million",
     (3_000_000, None, True, False), ("money", None, "USD")),
    ("that generated more than $5 million in revenue", "more than $5 million",
     (5_000_000, None, True, False), ("money", None, "USD")),
    ("searches of more than two dozen U.S. locations hosting laptops", "more than two dozen U.S. locations",
     (24, None, True, False), ("count", "U.S. locations", None)),
    ("also indicted four Chinese nationals for", "four Chinese nationals",
     (4, 4, False, False), ("count", "Chinese nationals", None)),
    ("and six Chinese nationals have been", "six Chinese nationals",
     (6, 6, False, False), ("count", "Chinese nationals", None)),
    ("and two Taiwan citizens have been indicted", "two Taiwan citizens",
     (2, 2, False, False), ("count", "Taiwan citizens", None)),
    ("and two Taiwanese nationals for alleged roles", "two Taiwanese nationals",
     (2, 2, False, False), ("count", "Taiwanese nationals", None)),
    ("more than 80 US individuals to obtain", "more than 80 US individuals",
     (80, None, True, False), ("count", "US individuals", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "bounds", "what"), SEED_PHRASES)
def test_seed_phrases(text, span, bounds, what):
    """Each count and amount of the seed articles reads as its words say."""
    got_span, q = one(text)
    assert got_span == span
    assert interval(q) == bounds
    assert (q.kind, q.unit, q.currency) == what


def test_nearly_is_high_open_and_approximate():
    """Nearly $700,000 ends just below 700,000 and reaches near_window below it."""
    span, q = one("earning nearly $700,000 from the scheme")
    assert span == "nearly $700,000"
    assert interval(q) == (630_000, 700_000, False, True)
    assert q.approximate
    assert q.currency == "USD"


def test_precision_of_millions():
    """An amount of "$3 million" is precise to a million."""
    assert one("more than $3 million")[1].precision == 1_000_000


def test_one_arrest_and_two_indictments():
    """A list of counts yields one quantity per noun, "one" included before its noun."""
    text = "The announcement included one arrest, two indictments, searches of homes."
    found = find_quantities(text)
    assert [(text[s:e], q.low, q.unit) for s, e, q in found] == [
        ("one arrest", 1, "arrest"),
        ("two indictments", 2, "indictments"),
    ]


def test_coordinated_counts_stay_apart():
    """Coordinated counts ("four X and two Y") are two counts, each with its own noun."""
    assert spans("indicted four Chinese nationals and two Taiwanese nationals for") == [
        "four Chinese nationals",
        "two Taiwanese nationals",
    ]


def test_quoted_noun_keeps_its_quotes_without_the_comma():
    """A quoted counted noun is part of the unit; the comma inside the quotes is not."""
    span, q = one("along with four other unnamed U.S. “facilitators,” assisted the")
    assert span == "four other unnamed U.S. “facilitators"
    assert q.unit == "other unnamed U.S. “facilitators”"
    assert (q.low, q.high) == (4, 4)


def test_vague_thousands_with_noun():
    """A vague plural counts the noun after "of": thousands of operatives."""
    span, q = one('"Thousands of North Korean cyber operatives have been trained')
    assert span == "Thousands of North Korean cyber operatives"
    assert q.vague == "thousands"
    assert interval(q) == (2000, 1_000_000, False, True)
    assert q.unit == "North Korean cyber operatives"
    assert q.precision is None


def test_vague_money():
    """Millions of dollars is vague money in US dollars."""
    span, q = one("work with companies to raise millions of dollars in funds")
    assert span == "millions of dollars"
    assert (q.kind, q.currency, q.vague) == ("money", "USD", "millions")
    assert interval(q) == (2_000_000, 1_000_000_000, False, True)


def test_money_span_stops_at_the_amount():
    """Money spans its amount only, not what it was spent on."""
    assert spans("caused $3 million in legal fees") == ["$3 million"]


def test_litres_glued_to_digits_stay_a_measure():
    """ "2L" away from any runway is two litres; only a runway's name is dropped."""
    assert spans("he bought a 2L bottle") == ["2L"]
    assert spans("mix 3L and 5L of water") == ["3L", "5L"]


# --- what is not a number here ----------------------------------------------------------

NOT_VALUES = [
    "24/7 Energy News Coverage",
    "WHO says all Covid-19 origin theories still open",
    "the G7 summit",
    "a Boeing 737 crashed",
    "the jet landed on runway 27L at night",
    "runways 9R and 27L were closed",
    "runway 16R/34L reopened",
    "an F-16 flew over",
    "call 555-123-4567 now",
    "call (202) 555-1234 now",
    "under Section 230 of the act",
    "Article 5 of the treaty",
    "at 3:45 PM on",
    "at 5 p.m. local time",
    "by 5pm",
    "the First Amendment",
    "on Fifth Avenue",
    "in 2025 the",
    "2014",
    "since 1999, when",
    "on March 3 the",
    "on 3 June 2025 the",
    "on June 3, 2025, the",
    "on 2025-03-10 the",
    "a 13-year-old boy",
    "one of the men",
    "one day he left",
    "no one knew",
    "someone said",
    "the one who left",
    "a man was arrested",
    "the 21st century",
    "in the 1990s",
    "Fortune 500 firms",
    "the S&P 500 index",
    "Formula One racing",
    "No. 10 Downing Street",
    "the IP is 192.168.1.2",
    "version 2.0.1 shipped",
    "he called 911",
    "callers to 911 said",
    "calls to 311 went unanswered",
    "in the 400 block of Main Street",
    "at 2401 University Avenue",
    "the team won 3-2",
    "a 9/11 memorial",
    "call 651-925-5036 or 1-800-422-JAIL",
    "lived on the 6300 N. Woodstock since",
    "the top-five accounting firm",
    "a white male, 5'9\" tall",
    "his .223 caliber rifle",
    "Judge rules 17 year old can be tried",
    "a 10 mile drive",
    "see https://example.com/search?q=30%25%2020%",
    "a factor of 2^3^4",
    "a 3x10 rug",
    "© 2016 Cox Media Group",
    "Apollo 11 landed",
]


@pytest.mark.parametrize("text", NOT_VALUES)
def test_not_a_value(text):
    """Dates, times, names, codes, ordinals and idioms yield no quantity."""
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.1^23", 1.1**23),
        ("2.5^-1", 0.4),
        ("-2500^-1", -0.0004),
        ("1.3x10^6", 1.3e6),
        ("6.23x10^-4", 6.23e-4),
        ("2.48×10−5", 2.48e-5),  # a minus sign, the superscript lost
    ],
)
def test_powers_and_scientific_notation(text, value):
    """A caret power and scientific notation are read as the number they state."""
    span, q = one(f"a factor of {text}, they said")
    assert span == text
    assert q.low == q.high == pytest.approx(value)


def test_year_like_number_before_a_plural_noun_counts():
    """A number in the years' range still counts people ("2,025 people", "2000 people")."""
    assert one("a crowd of 2,025 people")[1].low == 2025
    assert one("a crowd of 2000 people")[1].unit == "people"
    assert spans("the 2020 election") == []


@pytest.mark.parametrize(
    "text",
    [
        'The haul included the 1872 Degas etching "Rehearsal" and more.',
        "an 1872 etching",
        "It was carved in 1622 by a pupil.",
        "The chapel has stood since 1420.",
    ],
)
def test_an_old_year_after_a_determiner_or_in_is_no_count(text):
    """ "an 1872 etching", "carved in 1622": a year, not 1,872 etchings or 1,622 of anything."""
    assert spans(text) == []


def test_a_number_in_the_old_years_range_still_counts_a_plural_or_stands_alone():
    """ "the 1500 residents", "1872 votes" count; "rose to 1500" is a number."""
    assert one("the 1500 residents left")[1].unit == "residents"
    assert one("he got 1872 votes")[1].low == 1872
    assert one("the toll rose to 1500.")[1].low == 1500
    assert one("a crowd of 1500 gathered")[1].low == 1500
    assert one("a 1500-page report")[1].unit == "pages"


# --- digits, words and scales ---------------------------------------------------------

VALUES = [
    ("1,234,567", 1_234_567, 1),
    ("12,34,567", 1_234_567, 1),
    ("40 000", 40_000, 1),
    ("3.5", 3.5, 0.1),
    ("4.800", 4.8, 0.001),
    (".5", 0.5, 0.1),
    ("four", 4, 1),
    ("twenty-one", 21, 1),
    ("twenty one", 21, 1),
    ("one hundred and five", 105, 1),
    ("a hundred", 100, 100),
    ("five hundred", 500, 100),
    ("three thousand", 3000, 1000),
    ("two thousand five hundred", 2500, 100),
    ("3 million", 3_000_000, 1_000_000),
    ("3.25 million", 3_250_000, 10_000),
    ("3.2 billion", 3_200_000_000, 100_000_000),
    ("1.5bn", 1_500_000_000, 100_000_000),
    ("200k", 200_000, 1000),
    ("10M", 10_000_000, 1_000_000),
    ("1.5 bn", 1_500_000_000, 100_000_000),
    ("13 lakh", 1_300_000, 100_000),
    ("2 crore", 20_000_000, 10_000_000),
    ("two dozen", 24, 12),
    ("half a million", 500_000, 500_000),
    ("half a dozen", 6, 6),
    ("a quarter million", 250_000, 250_000),
    ("two and a half", 2.5, 0.5),
    ("one and a half million", 1_500_000, 500_000),
    ("3 million and a half", 3_500_000, 500_000),
    ("five point five", 5.5, 0.1),
    ("a million", 1_000_000, 1_000_000),
]


@pytest.mark.parametrize(("words", "value", "precision"), VALUES)
def test_values_and_precision(words, value, precision):
    """Digits, number words and scale words read to their value and printed precision."""
    span, q = one(f"They said {words} and left.")
    assert span == words
    assert q.low == q.high == pytest.approx(value)
    assert q.precision == pytest.approx(precision)


FRACTIONS = [
    ("a third of voters", "a third", 1 / 3),
    ("two thirds of voters", "two thirds", 2 / 3),
    ("two-thirds of voters", "two-thirds", 2 / 3),
    ("one fifth of the budget", "one fifth", 0.2),
    ("three quarters of them", "three quarters", 0.75),
    ("half of the staff", "half", 0.5),
    ("3/4 of the way", "3/4", 0.75),
    ("1/2", "1/2", 0.5),
    ("one in five adults", "one in five", 0.2),
    ("3 out of 10 voters", "3 out of 10", 0.3),
]


@pytest.mark.parametrize(("text", "span", "value"), FRACTIONS)
def test_fractions_are_numbers(text, span, value):
    """Fractions and proportions are numbers, with no counted noun."""
    got, q = one(text)
    assert got == span
    assert q.low == pytest.approx(value)
    assert q.kind == "number"


def test_ordinal_after_a_is_not_a_fraction():
    """An ordinal after "a" ("a third term") is no fraction."""
    assert spans("He won a third term.") == []


def test_back_before_half_is_a_particle_after_a_verb_and_a_part_after_a_determiner():
    """ "paid back half of the loan" states a half; "the back half of the season" a part."""
    assert spans("He paid back half of the loan.") == ["half"]
    assert spans("They lost the back half of the season.") == []


def test_more_than_half():
    """More than half is the open interval above 0.5."""
    assert interval(one("more than half came")[1]) == (0.5, None, True, False)


SPELLED = [
    # Spaced hyphens, as transcripts print compounds.
    ("fifty - two", 52),
    ("one - fourth", 0.25),
    ("five - eighths", 0.625),
    ("ninety - five hundred", 9500),
    # Any spelled numerator over a plural denominator, compound denominators.
    ("a hundred trillionths", 1e-10),
    ("one hundred and thirty fifths", 26),
    ("three twenty-firsts", 3 / 21),
    ("three twenty firsts", 3 / 21),
    ("twenty twenty fifths", 0.8),
    ("seven thirtieths", 7 / 30),
    # A proper fraction after "and" adds to the whole number.
    ("two and fifty-four hundredths", 2.54),
    ("two hundred and fifty-four hundredths", 200.54),
    ("two hundred thirty two and a thirtieth", 232 + 1 / 30),
    # Digits with scale words take lower groups as spelled numbers do.
    ("4 thousand 3 hundred and 21", 4321),
    ("4 thousand 3 hundred", 4300),
    ("3 hundred and one", 301),
    ("2 thousand and five", 2005),
    # A spaced "k" before no word is thousands, as a glued one is.
    ("2.33 k", 2330),
]


@pytest.mark.parametrize(("words", "value"), SPELLED)
def test_spelled_compounds_fractions_and_mixtures(words, value):
    """Compounds with spaced hyphens, spelled fractions, digit and word mixtures."""
    span, q = one(f"The answer: {words}.")
    assert span == words
    assert q.low == q.high == pytest.approx(value)


def test_singular_compound_ordinal_is_no_fraction_before_a_noun():
    """An ordinal before a noun ("a twenty-first birthday") is no fraction; alone, 1/21."""
    assert spans("She had a twenty-first birthday party.") == []
    assert one("It grew by a twenty-first.")[1].low == pytest.approx(1 / 21)
    assert one("one twenty-fifth of the budget")[1].low == pytest.approx(0.04)


def test_spaced_twenty_seconds_is_a_time():
    """Spaced, "twenty seconds" is a duration, not a denominator of 22."""
    assert spans("It took three twenty seconds.") == ["three", "twenty seconds"]


def test_mixed_groups_keep_a_second_number_apart():
    """A bare group after "and" joins only below a thousand's scale; a hyphen ends it."""
    assert spans("$2 million and 500 jobs were lost.") == ["$2 million", "500 jobs"]
    assert spans("3 million 18-year-olds voted") == ["3 million 18-year-olds"]
    assert find_quantities("3 million 18-year-olds voted")[0][2].low == 3_000_000
    assert spans("4000 3 hundred and 21") == ["4000", "3 hundred and 21"]


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Two 16-year-old boys were shot.", "Two 16-year-old boys", 2, "16-year-old boys"),
        ("Police arrested two 18-year-olds.", "two 18-year-olds", 2, "18-year-olds"),
        ("One 17-year-old boy was hurt.", "One 17-year-old boy", 1, "17-year-old boy"),
    ],
)
def test_an_age_between_a_number_and_its_noun_is_a_modifier(text, words, value, unit):
    """An age compound after a number modifies the counted noun; it does not end the count."""
    quoted, q = one(text)
    assert (quoted, q.kind, q.low, q.unit) == (words, "count", value, unit)


def test_an_age_before_a_singular_noun_counts_nothing_after_a_plural_number():
    """A number above one does not count a singular noun after an age compound."""
    found = find_quantities("Photo 8 of 8 25-year-old woman named")
    assert [q.kind for _, _, q in found] == ["number"]


@pytest.mark.parametrize(
    ("text", "low", "high", "high_open"),
    [
        ("The bill fell shy of 60 votes.", None, 60, True),
        ("It was well shy of $1 million.", None, 1_000_000, True),
        ("A couple dozen people came.", 24, 24, False),
        ("A couple of dozen people came.", 24, 24, False),
    ],
)
def test_shy_of_is_under_and_a_couple_dozen_is_two_dozen(text, low, high, high_open):
    """Shy of a number is below it, as short of is; a couple dozen is 24, as a couple hundred is 200."""
    q = one(text)[1]
    assert (q.low, q.high, q.high_open) == (low, high, high_open)


def test_spaced_k_before_a_word_is_a_unit():
    """A spaced "K" before a word is no scale: "a 5 K run" keeps 5."""
    assert find_quantities("a 5 K run")[0][2].low == 5


# --- percentages ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("5%", 5, None),
        ("5 %", 5, None),
        ("five percent", 5, None),
        ("5 per cent", 5, None),
        ("5.5 pct", 5.5, None),
        ("a 5pc rise", 5, None),
        ("2 percentage points", 2, "percentage points"),
        ("a 5-percent cut", 5, None),
    ],
)
def test_percentages(text, value, unit):
    """Percent signs and words make percentages, in points of percent."""
    _, q = one(text)
    assert (q.kind, q.low, q.high, q.unit) == ("percent", value, value, unit)


# --- money ----------------------------------------------------------------------------

MONEY = [
    ("$900,000", 900_000, "USD"),
    ("$3m", 3_000_000, "USD"),
    ("US$5", 5, "USD"),
    ("US $ 150 million", 150_000_000, "USD"),
    ("C$16.4 million", 16_400_000, "CAD"),
    ("HK$10", 10, "HKD"),
    ("€10M", 10_000_000, "EUR"),
    ("£2,000", 2000, "GBP"),
    ("¥500", 500, "JPY"),
    ("₹500", 500, "INR"),
    ("USD 200", 200, "USD"),
    ("EUR 125", 125, "EUR"),
    ("200 USD", 200, "USD"),
    ("Rs. 500", 500, "INR"),
    ("RMB 10", 10, "CNY"),
    ("5 dollars", 5, "USD"),
    ("323 million euros", 323_000_000, "EUR"),
    ("20 million pounds", 20_000_000, "GBP"),
    ("5,000 pounds sterling", 5000, "GBP"),
    ("five million yen", 5_000_000, "JPY"),
    ("100 billion yuan", 100_000_000_000, "CNY"),
    ("35 lakh rupees", 3_500_000, "INR"),
    ("125 million Australian dollars", 125_000_000, "AUD"),
    ("10,000 Swiss francs", 10_000, "CHF"),
    ("50 cents", 0.5, "USD"),
    ("470 pence", 4.7, "GBP"),
    ("3 dollars 50 cents", 3.5, "USD"),
    ("100元", 100, "CNY"),
    ("$2.174T", 2_174_000_000_000, "USD"),
    ("75 USD million", 75_000_000, "USD"),
    ("120 MEUR", 120_000_000, "EUR"),
    ("usd 200", 200, "USD"),
]


@pytest.mark.parametrize(("text", "value", "currency"), MONEY)
def test_money(text, value, currency):
    """Currency symbols, codes and words make money with its ISO 4217 code."""
    span, q = one(f"It cost {text} in all.")
    assert span == text
    assert q.kind == "money"
    assert q.low == q.high == pytest.approx(value)
    assert q.currency == currency


SPOKEN_MONEY = [
    # Cents said without "cents" after whole units named after the amount.
    ("It costs 15 dollars 50.", "15 dollars 50", 15.5, "USD"),
    ("It costs 15 dollars and 50.", "15 dollars and 50", 15.5, "USD"),
    ("it only cost thirteen dollars forty five", "thirteen dollars forty five", 13.45, "USD"),
    ("The fee rises to 17 USD 25.", "17 USD 25", 17.25, "USD"),
    ("It costs 15 dollars 50 for adults.", "15 dollars 50", 15.5, "USD"),
    # "c" is no English word: "c$" and "c $" are Canadian dollars.
    ("worth c $ 16.4 million", "c $ 16.4 million", 16_400_000, "CAD"),
    ("it paid C $5 million", "C $5 million", 5_000_000, "CAD"),
    ("it paid c$30", "c$30", 30, "CAD"),
]


@pytest.mark.parametrize(("text", "span", "value", "currency"), SPOKEN_MONEY)
def test_spoken_cents_and_canadian_dollars(text, span, value, currency):
    """Spoken cents join their dollars; "c $" is CAD."""
    got, q = one(text)
    assert (got, q.kind, q.currency) == (span, "money", currency)
    assert q.low == q.high == pytest.approx(value)


def test_spoken_cents_keep_other_numbers_apart():
    """No cents before a noun, after a symbol, a scale word, or a single digit."""
    assert spans("paid 5 dollars 50 times") == ["5 dollars", "50 times"]
    assert spans("fined 200 dollars and 50 hours") == ["200 dollars", "50 hours"]
    assert spans("$100 and 50") == ["$100", "50"]
    assert spans("2 million dollars 50") == ["2 million dollars", "50"]
    assert spans("15 dollars 5") == ["15 dollars", "5"]
    assert spans("one dollar and one and one point") == ["one dollar"]


def test_canadian_c_is_not_a_label_or_a_name():
    """ "grade c $5" and "Plan C $5" are US dollars after a label or a name."""
    assert one("grade c $5")[1].currency == "USD"
    assert one("Plan C $5 million")[1].currency == "USD"
    assert one("a $5 bill")[1].currency == "USD"


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("cut by a quarter of a percentage point", "a quarter of a percentage point", 0.25, "percentage points"),
        ("fell by half a percentage point", "half a percentage point", 0.5, "percentage points"),
        ("rose three-quarters of a percentage point", "three-quarters of a percentage point", 0.75, "percentage points"),
        ("prices rose half a percent", "half a percent", 0.5, None),
        ("half of one per cent of voters", "half of one per cent", 0.5, None),
    ],
)  # fmt: skip
def test_a_fraction_of_a_percent_is_a_percentage(text, words, value, unit):
    """A fraction of a percent or of a percentage point is that many percent."""
    quoted, q = one(text)
    assert (quoted, q.kind, q.low, q.high, q.unit) == (words, "percent", value, value, unit)


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("the reward is now 6.25 BTC a block", "6.25 BTC", "btc"),
        ("fees of 2 satoshis", "2 satoshis", "satoshis"),
    ],
)
def test_bitcoin_ticker_and_subunit_after_an_amount_are_money(text, words, unit):
    """The ticker "BTC" and "satoshis" after an amount are money with no ISO code."""
    quoted, q = one(text)
    assert (quoted, q.kind, q.currency, q.unit) == (words, "money", None, unit)


def test_bitcoins_are_money_without_a_code():
    """Plural "bitcoins" is money with no ISO code; "bitcoin" before a noun modifies it."""
    q = one("stole 10000 bitcoins")[1]
    assert (q.kind, q.currency, q.unit, q.low) == ("money", None, "bitcoins", 10000)
    assert one("two bitcoin ATMs")[1].kind == "count"


def test_money_per_share_keeps_its_rate():
    """A rate after money is its unit: "$1.40 a share"."""
    _, q = one("net fell to $1.40 a share")
    assert (q.low, q.unit) == (1.4, "a share")


def test_bare_pounds_weigh():
    """Pounds with no scale word weigh ("200 pounds"); with one they are money."""
    assert one("he weighed 200 pounds")[1].kind == "count"


def test_currency_word_without_iso_code():
    """A currency word naming no single currency gives money with no code, the word as unit."""
    _, q = one("paid 50 francs")
    assert (q.kind, q.currency, q.unit) == ("money", None, "francs")


# --- bounds ---------------------------------------------------------------------------

BOUNDS = [
    ("more than 80", (80, None, True, False), False),
    ("over 80", (80, None, True, False), False),
    ("in excess of 80", (80, None, True, False), False),
    ("upwards of 80", (80, None, True, False), False),
    ("at least 80", (80, None, False, False), False),
    ("no fewer than 80", (80, None, False, False), False),
    ("no less than 80", (80, None, False, False), False),
    ("a minimum of 80", (80, None, False, False), False),
    ("nearly 80", (72, 80, False, True), True),
    ("almost 80", (72, 80, False, True), True),
    ("just under 80", (72, 80, False, True), True),
    ("close to 80", (72, 80, False, True), True),
    ("just over 80", (80, 88, True, False), True),
    ("about 80", (72, 88, False, False), True),
    ("around 80", (72, 88, False, False), True),
    ("roughly 80", (72, 88, False, False), True),
    ("some 80", (72, 88, False, False), True),
    ("an estimated 80", (72, 88, False, False), True),
    ("approximately 80", (72, 88, False, False), True),
    ("approx. 80", (72, 88, False, False), True),
    ("up to 80", (None, 80, False, False), False),
    ("as many as 80", (None, 80, False, False), False),
    ("at most 80", (None, 80, False, False), False),
    ("no more than 80", (None, 80, False, False), False),
    ("a maximum of 80", (None, 80, False, False), False),
    ("fewer than 80", (None, 80, False, True), False),
    ("less than 80", (None, 80, False, True), False),
    ("under 80", (None, 80, False, True), False),
    ("below 80", (None, 80, False, True), False),
    ("80 or more", (80, None, False, False), False),
    ("80 or fewer", (None, 80, False, False), False),
    ("80 or so", (72, 88, False, False), True),
    ("80+", (80, None, False, False), False),
    ("exactly 80", (80, 80, False, False), False),
]


@pytest.mark.parametrize(("phrase", "bounds", "approximate"), BOUNDS)
def test_bounds(phrase, bounds, approximate):
    """Each bound phrase sets the interval's ends, openness and approximation."""
    span, q = one(f"Police said {phrase} people came.")
    assert span == f"{phrase} people"
    assert interval(q) == pytest.approx(bounds)
    assert q.approximate is approximate


def test_windows_are_settings():
    """approx_window and near_window set how far "about" and "nearly" reach."""
    _, q = one("about 100 people", approx_window=0.2)
    assert (q.low, q.high) == (80, 120)
    _, q = one("nearly 100 people", near_window=0.05)
    assert (q.low, q.high) == (95, 100)


def test_zero_near_window_keeps_an_interval():
    """With no near window, "nearly 100" is (-∞, 100), never an empty interval."""
    _, q = one("nearly 100 people", near_window=0)
    assert interval(q) == (None, 100, False, True)


RANGES = [
    ("between 20 and 30 people", (20, 30)),
    ("20 to 30 people", (20, 30)),
    ("20-30 people", (20, 30)),
    ("20–30 people", (20, 30)),
    ("from 20 to 30 people", (20, 30)),
    ("two or three people", (2, 3)),
    ("$3-5 million", (3_000_000, 5_000_000)),
    ("$3 million to $5 million", (3_000_000, 5_000_000)),
    ("three to five million people", (3_000_000, 5_000_000)),
    ("5% to 10%", (5, 10)),
    ("5-10%", (5, 10)),
    ("more than 10 but fewer than 20 people", (10, 20)),
]


@pytest.mark.parametrize(("text", "ends"), RANGES)
def test_ranges(text, ends):
    """Ranges are intervals: closed for "between" and "to", open for strict bounds."""
    span, q = one(text)
    assert span == text
    assert (q.low, q.high) == ends


def test_range_units_are_shared():
    """A range shares its currency and percent sign: "5 to 10 percent", "$3 to $5"."""
    assert one("5 to 10 percent")[1].kind == "percent"
    assert one("between $3 and $5")[1].currency == "USD"


def test_about_a_range_widens_both_ends():
    """About a range widens both of its ends."""
    _, q = one("about 20 to 30 people")
    assert (q.low, q.high, q.approximate) == (18, 33, True)


def test_descending_pair_is_no_range():
    """A descending pair ("the vote was 52 to 48") is two numbers, not a range."""
    assert [q.low for _, _, q in find_quantities("the vote was 52 to 48")] == [52, 48]


def test_phone_number_is_no_range():
    """A phone number like 822-1111 is no range; 500-1000 is one."""
    assert spans("call 822-1111") == []
    assert one("500-1000 people")[1].high == 1000


# --- vague counts ---------------------------------------------------------------------

VAGUE = [
    ("dozens of people", "dozens", (24, 144)),
    ("hundreds of people", "hundreds", (200, 1000)),
    ("thousands of people", "thousands", (2000, 1_000_000)),
    ("millions of people", "millions", (2e6, 1e9)),
    ("tens of thousands of people", "tens of thousands", (2e4, 1e5)),
    ("hundreds of thousands of people", "hundreds of thousands", (2e5, 1e6)),
    ("several hundred people", "several hundred", (200, 1000)),
    ("a few thousand people", "a few thousand", (2000, 10_000)),
    ("scores of people", "scores", (40, 400)),
]


@pytest.mark.parametrize(("text", "label", "ends"), VAGUE)
def test_vague_counts(text, label, ends):
    """Vague counts are half-open intervals by the documented convention, with no precision."""
    span, q = one(text)
    assert span == text
    assert q.vague == label
    assert (q.low, q.high, q.high_open) == (*ends, True)
    assert (q.unit, q.precision) == ("people", None)


def test_a_couple_of():
    """A couple of is two, loosely."""
    span, q = one("a couple of days")
    assert (span, q.low, q.high, q.approximate, q.unit) == ("a couple of days", 2, 2, True, "days")


# --- counted nouns --------------------------------------------------------------------

NOUNS = [
    ("four people were hurt", "people"),
    ("one person was killed", "person"),
    ("two police officers were hurt", "police officers"),
    ("three news outlets said", "news outlets"),
    ("five missing children were found", "missing children"),
    ("one Georgia-based company with", "Georgia-based company"),
    ("one person committed suicide", "person"),
    ("seven other people were hurt", "other people"),
    ("20 remote IT workers", "remote IT workers"),
    ("about 50 family members came", "family members"),
    ("two men and a woman", "men"),
    ("ten years ago", "years"),
    ("a dozen eggs", "eggs"),
    ("29km of road", "km"),
    ("one man dead and", "man"),
    ("three shooting deaths", "shooting deaths"),
    ("two more surgeries ahead", "more surgeries"),
    ("half an hour later", "hour"),
]


@pytest.mark.parametrize(("text", "unit"), NOUNS)
def test_counted_noun(text, unit):
    """The counted noun phrase stops at verbs, prepositions, conjunctions and adverbs."""
    _, q = one(text)
    assert (q.kind, q.unit) == ("count", unit)


def test_partitive_has_no_noun():
    """A partitive ("two of the suspects") is a number with no counted noun of its own."""
    span, q = one("two of the suspects")
    assert (span, q.kind, q.unit) == ("two", "number", None)


def test_bare_number():
    """A number with no noun, currency or sign is a plain number."""
    span, q = one("The answer is 42.")
    assert (span, q.kind, q.low) == ("42", "number", 42)


def test_negative_numbers():
    """A minus sign or word makes a negative number."""
    assert one("fell to -5 degrees")[1].low == -5
    assert one("minus 5 percent")[1].low == -5


# --- the API --------------------------------------------------------------------------


def test_offsets_are_into_the_whole_text():
    """start/end restrict reading; spans still index the whole text."""
    text = "Four cats. Five dogs. Six birds."
    found = find_quantities(text, 11, 21)
    assert [(text[s:e], s) for s, e, _ in found] == [("Five dogs", 11)]


def test_bad_arguments_raise():
    """Offsets outside the text and windows outside [0, 1) are errors."""
    with pytest.raises(ValueError, match="start"):
        find_quantities("abc", 2, 10)
    with pytest.raises(ValueError, match="approx_window"):
        find_quantities("abc", approx_window=1.5)


@pytest.mark.parametrize(
    "text",
    [
        ("1,11" * 5000) + (" 1 000" * 5000) + ("-1" * 5000),
        "five point " + "five " * 2000,
        "0." + "0" * 500 + "1 people",
        "3 " + "million " * 500,
        "one hundred and " * 500,
    ],
)
def test_pathological_input_is_read(text):
    """Long runs of digits, separators, decimals and scale words are read without trouble."""
    found = find_quantities(text)
    assert all(s < e for s, e, _ in found)


def test_money_in_a_compound_keeps_its_rate():
    """A 12-cent-a-share dividend is 12 cents a share, not a compound adjective."""
    _, q = one("resume payments with a 12-cent-a-share dividend")
    assert (q.low, q.currency, q.unit) == (0.12, "USD", "a share")


# --- properties -----------------------------------------------------------------------

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """``n`` (0 <= n < 1,000,000) spelled in English words."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    rest = n % 1000
    head = words(n // 1000) + " thousand"
    if rest == 0:
        return head
    return head + (" and " if rest < 100 else " ") + words(rest)


def renderings(n: int) -> st.SearchStrategy[str]:
    """Ways to print ``n``: plain digits, with separators, and in words when small."""
    options = [str(n), f"{n:,}"]
    if n < 1_000_000:
        options.append(words(n))
    return st.sampled_from(options)


PROPERTY_BOUNDS = {
    "": lambda v: (v, v, False, False),
    "more than ": lambda v: (v, None, True, False),
    "over ": lambda v: (v, None, True, False),
    "at least ": lambda v: (v, None, False, False),
    "no fewer than ": lambda v: (v, None, False, False),
    "up to ": lambda v: (None, v, False, False),
    "as many as ": lambda v: (None, v, False, False),
    "fewer than ": lambda v: (None, v, False, True),
    "under ": lambda v: (None, v, False, True),
    "nearly ": lambda v: (v * 0.9, v, False, True),
    "almost ": lambda v: (v * 0.9, v, False, True),
    "about ": lambda v: (v * 0.9, v * 1.1, False, False),
    "some ": lambda v: (v * 0.9, v * 1.1, False, False),
}


def _same(got: tuple, want: tuple) -> bool:
    return all(
        (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))
        if not isinstance(a, bool)
        else a == b
        for a, b in zip(got, want, strict=True)
    )


@settings(max_examples=300)
@given(n=st.integers(1, 5_000_000), bound=st.sampled_from(sorted(PROPERTY_BOUNDS)), data=st.data())
def test_rendered_numbers_parse_back(n, bound, data):
    """A count printed in digits, with separators or in words, under any bound, reads back."""
    printed = data.draw(renderings(n))
    noun = "item" if n == 1 else "items"
    text = f"Police said {bound}{printed} {noun} were seized."
    span, q = one(text)
    assert span == f"{bound}{printed} {noun}"
    assert _same(interval(q), PROPERTY_BOUNDS[bound](float(n)))
    assert q.unit == noun


@settings(max_examples=200)
@given(
    whole=st.integers(1, 999),
    tenth=st.integers(0, 9),
    scale=st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
    money=st.booleans(),
)
def test_scaled_numbers_parse_back(whole, tenth, scale, money):
    """A number with a scale word ("3.5 million", "$12 billion") reads to its value."""
    number = f"{whole}.{tenth}" if tenth else str(whole)
    printed = f"{'$' if money else ''}{number} {scale[0]}"
    _, q = one(f"They reported {printed} on Monday.")
    assert q.low == q.high == pytest.approx(float(number) * scale[1])
    assert q.precision == pytest.approx(scale[1] / (10 if tenth else 1))
    assert (q.kind == "money") is money


@settings(max_examples=300)
@given(st.text())
def test_never_raises_and_spans_are_sound(text):
    """On any text: no error, and spans are ordered, disjoint, non-empty and trimmed."""
    found = find_quantities(text)
    last = 0
    for start, end, q in found:
        assert last <= start < end <= len(text)
        chunk = text[start:end]
        assert chunk == chunk.strip()
        assert isinstance(q, Quantity)
        last = end


@settings(max_examples=200)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789 ,.-$%/:abc\n")) | st.characters(), max_size=60
    ),
    data=st.data(),
)
def test_spans_stay_inside_the_window(text, data):
    """Spans lie within [start, end) whatever the window."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for s, e, _ in find_quantities(text, start, end):
        assert start <= s < e <= end


def test_a_number_after_a_capitalised_possessive_is_a_quantity():
    """ "to Hale's 11,873", "Ohio's 88 counties": a possessive owns the number, it names nothing."""
    from reconcile.extract.numbers import find_quantities

    for text, words in [
        ("Lee won 14,212 votes to Hale's 11,873.", "11,873"),
        ("Ohio's 88 counties voted.", "88 counties"),
        ("Lee got 900 votes to Hale’s 800.", "800"),
    ]:
        found = [text[s:e] for s, e, _ in find_quantities(text, 0, len(text))]
        assert words in found, (text, found)
    text = "He flew on Apollo 11."
    assert find_quantities(text, 0, len(text)) == []


_AFTER_BOUND = st.lists(
    st.sampled_from(
        ["5", "$", "$5", "USD", "million", "two", "a", "half", "-", "3", " ", "%", ".", "of"]
    ),
    max_size=4,
).map(" ".join)


def _match_token_by_token(tk, i, index):
    """_match as first written: each phrase compared with the tokens one by one."""
    options = index.get(tk.low(i))
    if not options:
        return None
    for tokens, label in options:
        end = i + len(tokens)
        if end <= tk.n and all(tk.lows[i + t] == tokens[t] for t in range(1, len(tokens))):
            return label, end
    return None


_PHRASE_WORDS = sorted(
    {w for phrases in (_BOUNDS, _POSTFIXES) for ts in phrases.values() for t, _ in ts for w in t}
)


@settings(deadline=None)
@given(st.lists(st.sampled_from([*_PHRASE_WORDS, "5", "$", "million"]), max_size=8).map(" ".join))
def test_phrases_are_matched_as_when_compared_token_by_token(text):
    """_match compares a phrase's tokens after the first as one slice: at every token it
    finds the same phrase and end as comparing them one by one."""
    tk = _Tokens(text, 0, len(text))
    for index in (_BOUNDS, _POSTFIXES):
        for i in range(tk.n):
            assert _match(tk, i, index) == _match_token_by_token(tk, i, index)


@pytest.mark.parametrize("word", sorted(_BOUND_ONLY))
@settings(max_examples=25)
@given(case=st.sampled_from([str.lower, str.upper, str.title]), rest=_AFTER_BOUND)
def test_a_bound_word_begins_no_value_without_its_phrase(word, case, rest):
    """A bound-only word ("in", "about") begins a quantity only through a bound phrase."""
    text = f"{case(word)} {rest}"
    tk = _Tokens(text, 0, len(text))
    assert _amount(tk, 0, bounded=False) is None
    if _match(tk, 0, _BOUNDS) is None:
        assert _read_value(tk, 0) is None


def test_and_more_than_belongs_to_the_next_figure():
    """ "12 schools and more than 40 clinics": the bound is the clinics', not "12 and more"."""
    found = find_quantities("All 12 schools and more than 40 clinics reopened.")
    assert [(q.low, q.high, q.low_open, q.unit) for _, _, q in found] == [
        (12, 12, False, "schools"),
        (40, None, True, "clinics"),
    ]
    span, q = one("Police said 12 schools and more were shut.")
    assert (span, q.low, q.high) == ("12 schools and more", 12, None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It wrote to 900 current and former tenants.", "current and former tenants"),
        ("The lot had 40 new or used trucks.", "new or used trucks"),
        ("About 300 full-time and part-time nurses quit.", "full-time and part-time nurses"),
        # a plural first is its own head: two nouns, not one
        ("The city has 14 parks and pools.", "parks"),
    ],
)
def test_coordinated_modifiers_share_one_head(text, unit):
    """Two modifiers joined by "and"/"or" before one plural noun are one noun phrase."""
    assert one(text)[1].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "number", "unit"),
    [
        ("Police ended a six-week inquiry.", "six-week", 6, "weeks"),
        ("She got a 20-year prison term.", "20-year", 20, "years"),
        ("The trial followed a three-week-long hearing.", "three-week", 3, "weeks"),
    ],
)
def test_a_span_of_time_glued_before_a_noun_is_a_count(text, words, number, unit):
    """ "a six-week inquiry" lasts six weeks: a count of the unit, spanning the compound."""
    span, q = one(text)
    assert (span, q.low, q.high, q.unit) == (words, number, number, unit)


@pytest.mark.parametrize(
    "text", ["a 13-year-old boy", "the two-year-olds", "the deal is two-year.", "a two-year"]
)
def test_an_age_or_a_compound_without_its_noun_is_no_span_of_time(text):
    """An age ("13-year-old") or a compound with no noun after it counts nothing."""
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The board passed it on a 7-2 vote.", [("7", 7), ("2", 2)]),
        ("It was adopted by a vote of 8-1.", [("8", 8), ("1", 1)]),
        ("The Senate voted 51-49 to pass it.", [("51", 51), ("49", 49)]),
        ("The court ruled 7-2 on Monday.", [("7", 7), ("2", 2)]),
        ("the team won 3-2", []),
        ("the 2019-20 season", []),
        ("rates rose 2-3 percent", []),
    ],
)
def test_a_vote_tally_is_two_counts_of_votes(text, sides):
    """ "a 7-2 vote" states 7 votes and 2 votes, each spanning its number; a score is no tally."""
    found = [t for t in find_tallies(text) if t[2].unit == "votes"]  # a score is points
    assert [(text[s:e], q.low) for s, e, q in found] == sides
    assert all(q.unit == "votes" and q.kind == "count" for _, _, q in found)


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("Residents within a two-mile radius stayed inside.", "two-mile", 2, "miles"),
        ("Residents within a 3-mile radius stayed inside.", "3-mile", 3, "miles"),
        ("The road was shut for a 52-mile stretch.", "52-mile", 52, "miles"),
        ("She lived in the 40-unit Harbor Court block.", "40-unit", 40, "units"),
        ("A 30-foot-tall wall fell.", "30-foot", 30, "feet"),
        ("They bought a 12-acre farm.", "12-acre", 12, "acres"),
        ("The 90-car grain train tipped over.", "90-car", 90, "cars"),
        ("Guests fell ill on a 12-night tour.", "12-night", 12, "nights"),
        ("It ended its seven-night Baltic voyage.", "seven-night", 7, "nights"),
        ("They leased a 150-seat jet.", "150-seat", 150, "seats"),
        ("Crews hit an Acme Power 8-inch water main.", "8-inch", 8, "inches"),
        # a fraction of one unit glued to it, or spaced
        ("Shops along a half-mile stretch were shut.", "a half-mile", 0.5, "miles"),
        ("Shops along a quarter-mile stretch were shut.", "a quarter-mile", 0.25, "miles"),
        ("The queue stretched a quarter mile along the road.", "a quarter mile", 0.25, "mile"),
        # a spelled fraction before one unit, or "of an" hour (branch val31)
        ("The smoke drifted one-half mile from town.", "one-half mile", 0.5, "mile"),
        ("The vote took three-quarters of an hour.", "three-quarters of an hour", 0.75, "hour"),
        ("Pickers worked three-quarters of a day.", "three-quarters of a day", 0.75, "day"),
    ],
)
def test_a_measure_glued_to_a_count_before_a_noun_is_that_many_units(text, words, value, unit):
    """ "a two-mile radius" is a radius of two miles, as "a six-week inquiry" lasts six weeks."""
    span, quantity = one(text)
    assert (span, quantity.low, quantity.high, quantity.unit) == (words, value, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The 13-year-old was hurt.",
        "The deal is two-mile.",
        "He ran a 5-mile.",
        "She lives on a third floor.",  # an ordinal, no fraction of a floor
        "The Boeing 737-800 jet landed.",
    ],
)
def test_a_glued_measure_without_a_noun_after_it_is_no_count(text):
    """An age, or a compound with no noun after it, counts nothing."""
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("A 46-year-old nurse was hurt.", [("46-year-old", 46)]),
        (
            "A five-year-old boy and a twenty-one-year-old man",
            [("five-year-old", 5), ("twenty-one-year-old", 21)],
        ),
        ("Police said the driver was 71 years old.", [("71 years old", 71)]),
        ("Two 16-year-olds were hurt.", []),
        ("A 3-month-old baby was hurt.", []),
        ("The 10 years old contract lapsed in 150 years old ways.", [("10 years old", 10)]),
    ],
)
def test_an_age_in_years_old_is_read_as_a_number(text, ages):
    """ "a 46-year-old", "71 years old": one person's age; a group's or an age in months is not."""
    assert [(text[s:e], q.low) for s, e, q in find_ages(text)] == ages
    assert all(q.kind == "number" and q.unit is None for _, _, q in find_ages(text))


@pytest.mark.parametrize(
    "text",
    [
        "One second you could see the road, the next it was gone.",
        "One minute it was calm and the next the roof was gone.",
        "Visibility fell to near zero.",
        "Temperatures stayed below zero.",
    ],
)
def test_an_idiom_of_one_moment_or_a_bare_zero_is_no_count(text):
    """ "One second ..., the next ..." contrasts two moments; "near zero" is a level."""
    assert spans(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He waited one second before the next shot.", "one second"),
        ("There were zero deaths.", "zero deaths"),
        ("Zero is a small number.", "Zero"),
    ],
)
def test_one_second_alone_and_zero_with_a_noun_still_count(text, words):
    """Without ", the next", one second is a second; "zero deaths" counts deaths; "Zero" is 0."""
    assert spans(text) == [words]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a word of change, "from X to Y" is the old level and the new one.
        ("The city will raise the fare from $2.00 to $2.50.", ["$2.00", "$2.50"]),
        ("Membership grew from 200 to 350 members.", ["200", "350 members"]),
        ("The fare increase, from $2 to $2.50, starts soon.", ["$2", "$2.50"]),
        ("Prices went up from 3 to 4 percent.", ["3", "4 percent"]),
        # "went from", and changes in other verbs (branch val31)
        ("The club went from 40 to 55 members.", ["40", "55 members"]),
        ("Ridership doubled from 400 to 800 riders.", ["400", "800 riders"]),
        ("Stocks tumbled from 90 to 60 tonnes.", ["90", "60 tonnes"]),
        # After "by", a change then the level it reached, when the ends are far apart ...
        ("The fare is going up by 50 cents to $2.50.", ["50 cents", "$2.50"]),
        ("The board cut service by 12 to 40 routes.", ["12", "40 routes"]),
        # ... and a span of a change when they are close.
        ("Prices rose by 10 to 15 percent.", ["10 to 15 percent"]),
        # A long noun phrase with a hyphenated word between the change word and "from".
        ("The plan raises the price of a 31-day pass from $60 to $75.", ["31-day", "$60", "$75"]),
        # Real spans stay spans.
        ("Between 20 and 30 people were hurt.", ["Between 20 and 30 people"]),
        ("From 20 to 30 people were hurt.", ["From 20 to 30 people"]),
        ("Temperatures ranged from 60 to 70 degrees.", ["from 60 to 70 degrees"]),
        ("Some 20 to 30 people were hurt.", ["Some 20 to 30 people"]),
    ],
)
def test_a_change_from_one_level_to_another_is_no_span(text, expected):
    """ "raised the fare from $2 to $2.50" states two levels; "between 20 and 30" one span."""
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("Membership grew from 200 to 350 members.", "count", "members"),
        ("The company will cut its workforce from 900 to 600 employees.", "count", "employees"),
        ("Rates fell from 5 to 4 percent.", "percent", None),
        ("Prices went up from 3 to 4 percent.", "percent", None),
        ("The team grew from 5 to 9 in March.", "number", None),
    ],
)
def test_the_old_level_of_a_change_counts_what_the_new_one_counts(text, kind, unit):
    """ "grew from 200 to 350 members": 200 members, though its words are "200" alone."""
    start, end, quantity = find_quantities(text)[0]
    assert text[start:end].isdigit()
    assert (quantity.kind, quantity.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 14th annual marathon drew 3,000 runners.", [("14th annual", 14.0)]),
        ("The fair, now in its 15th edition, opened.", [("15th edition", 15.0)]),
        ("It was the twenty-fifth annual parade.", [("twenty-fifth annual", 25.0)]),
        ("The fifth annual fair opened.", [("fifth annual", 5.0)]),
        ("The race's 3rd running drew crowds.", [("3rd running", 3.0)]),
        # Other ordinals are ranks, streets and days; cardinals are counts of something else.
        ("He ranked 14th in the race.", []),
        ("The fair opened on 14th Street, an annual event.", []),
        ("The 14 annual events drew crowds.", []),
    ],
)
def test_an_ordinal_before_annual_or_edition_counts_editions(text, expected):
    """ "the 14th annual marathon": 14 editions held, this one included."""
    found = find_editions(text)
    assert [(text[s:e], q.low) for s, e, q in found] == expected
    assert all(q.kind == "count" and q.unit == "editions" for _, _, q in found)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("One man died at the scene.", "man"),
        ("One person fled on foot.", "person"),
        ("Police saw one person lying in the road.", "person"),
        ("One woman dying of her wounds was found.", "woman"),
    ],
)
def test_a_short_verb_after_the_head_is_no_part_of_the_noun(text, unit):
    """ "One man died": "died" is the verb, as "evacuated" would be; the unit is "man"."""
    assert one(text)[1].unit == unit


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The clip runs a minute and a half.", "a minute and a half", 1.5, "minutes"),
        ("The drive took an hour and a half.", "an hour and a half", 1.5, "hours"),
        ("She waited a year and a half for a kidney.", "a year and a half", 1.5, "years"),
        ("He taught there for a decade.", "a decade", 10.0, "years"),
    ],
)
def test_a_span_of_time_after_a(text: str, words: str, value: float, unit: str) -> None:
    found, q = one(text)
    assert (found, q.low, q.high, q.unit) == (words, value, value, unit)


def test_more_than_a_decade_is_over_ten_years() -> None:
    found, q = one("The feud lasted more than a decade.")
    assert found == "more than a decade"
    assert (q.low, q.high, q.low_open, q.unit) == (10.0, None, True, "years")
    assert spans("a decade-long feud") == []
    assert spans("a flood we used to see once a decade") == []  # how often, not how long


def test_a_dozen_is_twelve() -> None:
    # "a dozen" alone is twelve to the unit: news writers score "A dozen patients" against
    # "Eleven of the patients" as a conflict; "about a dozen" is the approximate one.
    found, q = one("A dozen volunteers showed up.")
    assert found == "A dozen volunteers"
    assert (q.low, q.high, q.approximate, q.precision) == (12.0, 12.0, False, 1.0)
    assert q.describe() == "12 volunteers"
    assert one("About a dozen people were hurt.")[1].approximate
    # A bound keeps its own shape; "two dozen" is a figure counted; "dozens" stays vague.
    assert interval(one("more than a dozen people")[1]) == (12.0, None, True, False)
    assert interval(one("two dozen people")[1]) == (24.0, 24.0, False, False)
    assert one("dozens of people")[1].vague == "dozens"


def test_a_dozen_units_of_time_or_measure_is_twelve() -> None:
    # "a dozen years" restates a set term: twelve years to the year, not 6 to 18.
    found, q = one("He will spend a dozen years behind bars.")
    assert found == "a dozen years"
    assert (q.low, q.high, q.approximate, q.precision) == (12.0, 12.0, False, 1.0)


# --- compound and adjective values, bound words (branch val32) ---------------------------


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The climb took 3 hours and 20 minutes.", "3 hours and 20 minutes", 200.0, "minutes"),
        ("The vote came after two days, six hours of talks.", "two days, six hours", 54.0, "hours"),
        ("He served a year and two months.", "a year and two months", 14.0, "months"),
        ("The wait was an hour and 15 minutes.", "an hour and 15 minutes", 75.0, "minutes"),
        ("The repair took 2 weeks and 3 days.", "2 weeks and 3 days", 17.0, "days"),
    ],
)
def test_a_span_of_time_in_two_units_is_one_value(
    text: str, words: str, value: float, unit: str
) -> None:
    """ "3 hours and 20 minutes" is one figure, 200 minutes, not 3 hours and a stray 20."""
    found, q = one(text)
    assert (found, q.low, q.high, q.unit, q.precision) == (words, value, value, unit, 1.0)


def test_a_bound_on_a_span_in_two_units_moves_with_it() -> None:
    found, q = one("Crews worked more than 3 hours and 20 minutes.")
    assert found == "more than 3 hours and 20 minutes"
    assert interval(q) == (200.0, None, True, False)
    # a second part of a unit or more, or of another noun, stays apart
    assert spans("It took 2 days and 90 minutes.") == ["2 days", "90 minutes"]
    assert spans("It took 3 hours and 20 workers left.") == ["3 hours", "20 workers"]


@pytest.mark.parametrize(
    ("text", "words", "shape", "unit"),
    [
        ("The hearing lasted nearly an hour.", "nearly an hour", (0.9, 1.0, False, True), "hour"),
        ("The audit took more than a year.", "more than a year", (1.0, None, True, False), "year"),
        ("The drill took under a minute.", "under a minute", (None, 1.0, False, True), "minute"),
        ("The plant needs an extra year.", "an extra year", (1.0, 1.0, False, False), "year"),
        (
            "The ferry adds an additional week.",
            "an additional week",
            (1.0, 1.0, False, False),
            "week",
        ),
    ],
)
def test_one_unit_of_time_after_a_bound_or_extra(
    text: str, words: str, shape: tuple[float | None, float | None, bool, bool], unit: str
) -> None:
    """ "nearly an hour", "an extra year": one of the unit, as "nearly two hours" is two."""
    found, q = one(text)
    assert (found, interval(q), q.unit) == (words, shape, unit)


def test_a_year_alone_or_naming_another_thing_is_no_length() -> None:
    assert spans("The plant closed a year later.") == []
    assert spans("It happened more than a year ago.") == []  # a date, read by the date reader
    assert spans("He visits more than once a year.") == []
    assert spans("She never came back from a day hike.") == []
    assert spans("It took about an hour longer.") == []


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("The city will build a 40-space garage.", "40-space", 40.0, "spaces"),
        ("The 120-home subdivision was approved.", "120-home", 120.0, "homes"),
        ("The council backed a 30-lot plan.", "30-lot", 30.0, "lots"),
        ("An 18-hole course opened.", "18-hole", 18.0, "holes"),
        ("A three-vehicle crash closed the road.", "three-vehicle", 3.0, "vehicles"),
        ("A one-vehicle crash closed the road.", "one-vehicle", 1.0, "vehicle"),
        ("The firm runs a 40-store chain.", "40-store", 40.0, "stores"),
        ("The plan calls for a 10-year build-out.", "10-year", 10.0, "years"),
    ],
)
def test_more_counts_glued_before_a_noun(text: str, words: str, value: float, unit: str) -> None:
    """ "a 40-space garage" is 40 spaces, "a 10-year build-out" 10 years (a dashed noun)."""
    found, q = one(text)
    assert (found, q.low, q.high, q.unit) == (words, value, value, unit)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Payments are spread over 5 years.", "over 5 years", 5.0),
        ("The loan is paid out over 18 months.", "over 18 months", 18.0),
        ("The fair ran over three days.", "over three days", 3.0),
        ("Over three days, the fair drew 4,000 visitors.", "Over three days", 3.0),
        ("The tax would be phased in over a decade.", "over a decade", 10.0),
    ],
)
def test_over_a_span_of_time_is_the_period_itself(text: str, words: str, value: float) -> None:
    """ "spread over 5 years" is five years, not more than five."""
    s, e, q = find_quantities(text)[0]
    assert (text[s:e], interval(q)) == (words, (value, value, False, False))


def test_over_a_span_of_time_stays_more_than_elsewhere() -> None:
    for text in (
        "He worked there for over 5 years.",
        "The trial lasted over three days.",
        "It was the lowest in over a decade.",
    ):
        (_, _, q), *_ = find_quantities(text)
        assert q.low_open, text
        assert q.high is None, text


def test_near_a_number_is_about_it() -> None:
    """ "near 300" is a window either side of 300, as "somewhere near" is ("nearly" is below)."""
    found, q = one("The district has near 300 teachers.")
    assert found == "near 300 teachers"
    assert q.approximate
    assert (q.low, q.high) == (270.0, 330.0)
    assert spans("Visibility fell to near zero.") == []


def test_one_of_the_largest_is_a_rank_not_a_count() -> None:
    assert spans("It is more than one of the largest farms in the valley.") == []
    assert spans("The port ranks as one of the busiest in the region.") == []
    # a count of those a verb picks out stays
    assert spans("More than one of the largest mills closed.") == ["More than one"]


def test_near_one_or_a_bare_number_is_a_place() -> None:
    """ "near one of the victims", "near 410 and Elm Rd": where, not about how many."""
    assert spans("A knife was found near one of the victims.") == []
    assert spans("The van stopped near 410 and Elm Rd.") == ["410"]


@pytest.mark.parametrize(
    ("text", "words", "unit"),
    [
        ("One police officer was hurt in the crash.", "One police officer", "police officer"),
        (
            "One Halbrook police officer was hurt.",
            "One Halbrook police officer",
            "Halbrook police officer",
        ),
        ("Only one staff member stayed behind.", "one staff member", "staff member"),
        # a plural in -s may be a verb after one thing, and still ends the phrase
        ("One company says 40 jobs will go.", "One company", "company"),
    ],
)
def test_a_plural_without_s_before_a_singular_noun_modifies_it(text, words, unit):
    """ "one police officer": "police" is a plural, but before a singular noun it is a
    modifier, so the count is of officers (it was dropped: one thing counts no plural)."""
    found = find_quantities(text)
    assert [(text[s:e], q.unit) for s, e, q in found][:1] == [(words, unit)]
