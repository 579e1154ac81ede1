"""Values testers found misread: scores and records, glued counts, "next Sunday", a game's
quarter, "as low as". Made-up sentences only."""

from __future__ import annotations

import datetime as dt

import pytest

import reconcile
from reconcile import Claim
from reconcile.extract.dates import find_dates
from reconcile.extract.numbers import find_quantities, find_tallies
from reconcile.model import Quantity


def _claims(sentence: str, published: str = "2026-03-11") -> tuple[Claim, ...]:
    (source,) = reconcile.read({"text": sentence, "id": "case", "published": published})
    return reconcile.extract(source)


def _sides(sentence: str) -> list[tuple[str, float | None, tuple[str, ...]]]:
    return [
        (c.text, c.value.low, c.attribute_tokens)
        for c in _claims(sentence)
        if isinstance(c.value, Quantity)
    ]


# --- 1. scores, records and tallies ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "winner", "loser"),
    [
        ("The Hawks won 58-51 on Friday.", 58, 51),
        ("It was a 58\u201351 victory for the Hawks.", 58, 51),
        ("The Hawks beat the Owls 3-1 at home.", 3, 1),
        ("The Owls lost 51-58 at home.", 58, 51),
        ("The Hawks led 20-14 at halftime.", 20, 14),
    ],
)
def test_a_games_score_is_two_sides(sentence, winner, loser):
    """A score is two claims of points, the winner's and the loser's, whatever the order."""
    sides = {tokens: value for _, value, tokens in _sides(sentence) if tokens[:1] == ("score",)}
    assert sides == {("score", "~winner"): winner, ("score", "~loser"): loser}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The team finished 27-1 this season.", {"~wins": 27, "~losses": 1}),
        ("The Hawks posted a 27-1 record.", {"~wins": 27, "~losses": 1}),
        ("The Owls went 12-4 in conference play.", {"~wins": 12, "~losses": 4}),
        ("The Owls went 10-5-1 last year.", {"~wins": 10, "~losses": 5, "~ties": 1}),
        ("The Hawks won 3-1, improving to 12-4.", {"~wins": 12, "~losses": 4}),
        ("The Hawks won 3-1, finishing 12-4.", {"~wins": 12, "~losses": 4}),
    ],
)
def test_a_seasons_record_is_wins_and_losses(sentence, expected):
    """A record is its wins, its losses (and ties), each a claim with the attribute "record"."""
    found = {tokens[1]: value for _, value, tokens in _sides(sentence) if tokens[:1] == ("record",)}
    assert found == expected


def test_a_measure_approved_by_a_tally_is_a_vote():
    """ "approved the plan 4-1" is a vote's tally: 4 for, 1 against."""
    sides = {tokens[-1]: value for _, value, tokens in _sides("The board approved it 4-1.")}
    assert sides == {"~for": 4, "~against": 1}


@pytest.mark.parametrize(
    "sentence",
    [
        "About 10-12 people were hurt.",
        "A 27-year-old man was arrested.",
        "Call 555-1234 for tickets.",
        "Prices went 10-20 percent higher.",
        "The party won 3-5 seats.",
        "The ratio is 3-1.",
    ],
)
def test_ranges_ages_phones_and_ratios_are_no_pairs(sentence):
    """A range, an age, a phone number or a bare ratio has no side of a score or record."""
    assert not [t for t in find_tallies(sentence) if t[2].unit != "votes"]
    assert not [s for s in _sides(sentence) if s[2][:1] in (("score",), ("record",))]


def test_two_sources_scores_agree_or_conflict_side_by_side():
    """58-51 and 58-51 agree on both sides; 58-51 and 58-52 conflict on the loser's."""
    stories = [
        {"id": "a", "text": "The Hawks won 58-51 on Friday.", "published": "2026-03-11"},
        {"id": "b", "text": "The Hawks beat the Owls 58-51 on Friday.", "published": "2026-03-11"},
        {"id": "c", "text": "The Hawks won 58-52 on Friday.", "published": "2026-03-11"},
    ]
    agreeing = reconcile.compare(reconcile.read(stories[:2]))
    verdicts = {f.claims[0].attribute: f.verdict.kind for f in agreeing.facts}
    assert verdicts["score winner"] == verdicts["score loser"] == "agree"
    differing = reconcile.compare(reconcile.read([stories[0], stories[2]]))
    verdicts = {f.claims[0].attribute: f.verdict.kind for f in differing.facts}
    assert verdicts["score winner"] == "agree"
    assert verdicts["score loser"] == "conflict"


# --- 2. a count glued to the noun it makes up ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "words", "value", "unit"),
    [
        ("He faces a 27-count indictment.", "27-count", 27, "counts"),
        ("She joined a 12-member board.", "12-member", 12, "members"),
        ("A three-judge panel heard the case.", "three-judge", 3, "judges"),
        ("A 12-person jury was seated.", "12-person", 12, "people"),
        ("The Hawks ended a 10-game streak.", "10-game", 10, "games"),
    ],
)
def test_a_count_glued_to_a_noun_counts_its_parts(sentence, words, value, unit):
    """ "a 27-count indictment" is 27 counts of the indictment."""
    found = [(sentence[s:e], q) for s, e, q in find_quantities(sentence)]
    assert (words, Quantity.exact(value, unit=unit, precision=1)) in found


def test_a_part_is_no_unit_of_measure():
    """A part counts only glued: "a fourth person" is one person, "a dozen people" 12."""
    ((_, fourth),) = [(c.text, c.value) for c in _claims("A fourth person was hurt.")]
    assert isinstance(fourth, Quantity)
    assert fourth.low == fourth.high == 1
    ((_, _, dozen),) = find_quantities("A dozen people were hurt.")
    assert (dozen.low, dozen.high, dozen.unit) == (12, 12, "people")


@pytest.mark.parametrize(
    "sentence",
    [
        "She hit nine three-point field goals.",
        "He made a two-point conversion.",
        "They shot 40% from three-point range.",
    ],
)
def test_a_kind_of_score_is_no_count_of_points(sentence):
    """ "three-point field goals" names a kind of shot, not a thing of three points."""
    assert not [q for _, _, q in find_quantities(sentence) if q.unit == "points"]
    ((_, _, lead),) = find_quantities("They built a 10-point lead.")
    assert (lead.low, lead.unit) == (10, "points")


# --- 3. next <weekday> -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "words", "day"),
    [
        ("2026-03-11", "next Sunday", "2026-03-15"),  # a Wednesday: the coming Sunday
        ("2026-03-11", "next Monday", "2026-03-16"),
        ("2026-03-11", "next Saturday", "2026-03-21"),
        ("2026-03-09", "next Sunday", "2026-03-15"),  # a Monday
        ("2026-03-08", "next Sunday", "2026-03-15"),  # a Sunday: a week on
        ("2026-03-11", "this Sunday", "2026-03-15"),
    ],
)
def test_next_weekday_is_in_the_next_sunday_to_saturday_week(published, words, day):
    """US weeks start on Sunday: on a Wednesday "next Sunday" is four days on."""
    text = f"The council will meet {words}."
    (found,) = find_dates(text, reference=dt.date.fromisoformat(published))
    assert text[found[0] : found[1]] == words
    assert found[2].start == found[2].end == dt.date.fromisoformat(day)


# --- 4. a game's quarter ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "is_date"),
    [
        ("He scored 12 points in the third quarter.", False),
        ("The Hawks trailed by six after the first quarter.", False),
        ("Sales rose 8% in the third quarter.", True),
        ("The company reported a loss for the second quarter.", True),
        ("The plant will open in the third quarter.", True),
        ("He scored twice in the third quarter of 2025.", True),
    ],
)
def test_a_quarter_in_a_games_sentence_is_no_date(sentence, is_date):
    """A yearless quarter among game words (and no business word) is part of a game."""
    found = find_dates(sentence, reference=dt.date(2026, 3, 11))
    assert any("quarter" in sentence[s:e] for s, e, _ in found) == is_date


# --- 5. as low as ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Levels were as low as 0.8 milligrams.", 0.8, 0.8),
        ("Fares start at as little as $5.", 5, 5),
        ("As few as 30 people came.", 30, 30),
        ("As few as 30 and as many as 50 people came.", 30, 50),
        ("Levels were as high as 12 milligrams.", None, 12),
        ("As many as 40 people came.", None, 40),
    ],
)
def test_as_low_as_is_the_value_reached(sentence, low, high):
    """ "as low as 0.8" names the low extreme reached, 0.8, not "at least 0.8"."""
    ((_, _, quantity),) = find_quantities(sentence)
    assert (quantity.low, quantity.high) == (low, high)
