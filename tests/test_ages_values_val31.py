"""Ages of one person told in other words, and values misread (branch val31); made-up stories."""

from __future__ import annotations

import pytest
from _compare_helpers import two as _two

import reconcile
from reconcile.extract.numbers import find_ages, find_quantities


def _claims_of(text: str) -> tuple[reconcile.Claim, ...]:
    (source,) = reconcile.read({"text": text, "id": "x", "published": "2026-06-15"})
    return reconcile.extract(source)


def _ages(report: reconcile.Report) -> list[reconcile.Fact]:
    return [f for f in report.facts if f.claims[0].attribute_tokens == ("age",)]


def test_an_age_after_a_noun_of_one_person_describes_that_person():
    """ "A woman, 52, was held" is "a 52-year-old woman" told otherwise; "a crowd, 40," is not."""
    (age,) = [c for c in _claims_of("A woman, 52, was held at the depot.") if c.text == "52"]
    assert age.subject == "52-year-old woman"
    (age,) = [c for c in _claims_of("The man, aged 52, was held at the depot.") if c.text == "52"]
    assert age.subject == "52-year-old man"
    (age,) = [c for c in _claims_of("Rosa Lind, who is 52, was held.") if c.text == "52"]
    assert age.subject == "Rosa Lind"
    assert not [c.subject for c in _claims_of("A crowd, 40, gathered.") if c.subject]


def test_a_described_person_ends_at_the_noun_of_their_sex():
    """ "a 58-year-old man faces charges": the man, not "man faces charges"."""
    (age,) = [
        c
        for c in _claims_of("A 58-year-old man faces charges of fraud.")
        if c.text == "58-year-old"
    ]
    assert age.subject == "58-year-old man"


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("Rosa Lind, 52, was held. She was released on Friday.", "~female"),
        ("Ms. Lind (52) was held at the depot.", "~female"),
        ("Tom Arvo, 52, was held. Police said his van was seized.", "~male"),
        ("Rosa Lind, a 52-year-old mother of three, was held.", "~female"),
    ],
)
def test_a_named_persons_age_carries_the_sex_the_source_tells(text, sex):
    """A title, a noun of one sex or the pronouns after it mark the named person's age."""
    (age,) = [c for c in _claims_of(text) if c.attribute_tokens == ("age",)]
    assert sex in age.clause_words


def test_the_age_of_an_unnamed_person_meets_the_one_person_named_in_conflict():
    """ "Rosa Lind, 52," (she) / "a 53-year-old woman": one person's age, in conflict."""
    report = _two(
        "Rosa Lind, 52, was arrested at the depot on Monday. She was released on bail.",
        "Police arrested a 53-year-old woman at the depot on Monday.",
    )
    (fact,) = _ages(report)
    assert fact.verdict.kind == "conflict"
    assert {c.source_id for c in fact.claims} == {"a", "b"}


@pytest.mark.parametrize(
    "other",
    [
        "Police arrested a 53-year-old man at the depot on Monday.",  # another sex
        "Police said a 12-year-old girl was hurt at the depot on Monday.",  # far apart: two people
    ],
)
def test_an_unnamed_person_of_another_sex_or_age_stays_apart(other):
    """A woman named is not "a 53-year-old man"; a girl of 12 is not a woman of 52."""
    report = _two(
        "Rosa Lind, 52, was arrested at the depot on Monday. She was released on bail.", other
    )
    assert sorted(len(f.claims) for f in _ages(report)) == [1, 1]


def test_two_people_named_leave_an_unnamed_age_alone():
    """With two named ages in the story, which one "a 53-year-old woman" is is not read."""
    report = reconcile.compare(
        [
            {"text": "Rosa Lind, 52, and Tom Arvo, 60, were arrested. She was freed.", "id": "a"},
            {"text": "Police arrested a 53-year-old woman at the depot.", "id": "b"},
        ]
    )
    assert not [f for f in _ages(report) if len({c.source_id for c in f.claims}) > 1]


@pytest.mark.parametrize(
    "text",
    ["Ferry traffic fell by half in May.", "The board cut the grant by half."],
)
def test_a_change_by_half_is_a_change_of_fifty_percent(text):
    """ "fell by half" is a fall of 50 percent, told loosely: it meets "fell 52%"."""
    (found,) = [(text[s:e], q) for s, e, q in find_quantities(text)]
    words, quantity = found
    assert words == "half"
    assert (quantity.kind, quantity.low, quantity.high) == ("percent", 50.0, 50.0)


def test_by_half_without_a_change_is_no_percent():
    """ "split it by half" changes no level."""
    assert not find_quantities("They split the loaf by half.")


@pytest.mark.parametrize(
    "worded",
    [
        "The trustees voted four to three to close the pool.",
        "The trustees voted 4 to 3 to close the pool.",
        "The trustees closed the pool on a four-to-three vote.",
    ],
)
def test_a_vote_told_with_to_is_the_tally_told_with_a_dash(worded):
    """ "voted four to three" is the tally "voted 4-3" gives: they meet, side by side."""
    report = _two("The trustees voted 4-3 to close the pool.", worded)
    votes = [f for f in report.facts if f.claims[0].attribute_tokens[:1] == ("vote",)]
    assert sorted(len({c.source_id for c in f.claims}) for f in votes) == [2, 2]
    assert all(f.verdict.kind == "agree" for f in votes)


def test_a_range_with_to_is_no_tally():
    """ "from five to ten dollars" after "voted to raise" is no vote's tally."""
    claims = _claims_of("The board voted to raise fees from five to ten dollars.")
    assert not [c for c in claims if c.attribute_tokens[:1] == ("vote",)]


@pytest.mark.parametrize(
    ("text", "words", "low", "high", "high_open"),
    [
        ("The pilot was nearly 70 years old.", "nearly 70 years old", 63.0, 70.0, True),
        ("A nearly 70-year-old pilot was hurt.", "nearly 70-year-old", 63.0, 70.0, True),
        ("The pilot was 70 years old.", "70 years old", 70.0, 70.0, False),
    ],
)
def test_an_age_keeps_the_bound_before_it(text, words, low, high, high_open):
    """ "nearly 70 years old" is under 70, as "nearly 70 people" is; not exactly 70."""
    (found,) = [(text[s:e], q) for s, e, q in find_ages(text)]
    assert found[0] == words
    assert (found[1].low, found[1].high, found[1].high_open) == (low, high, high_open)
    (age,) = [c for c in _claims_of(text) if c.attribute_tokens == ("age",)]
    assert age.subject is not None
    assert "70-year-old" in age.subject or age.subject == "pilot"


def test_a_change_with_no_content_word_before_it_reads_without_error():
    """A change whose changed thing has no content word ("almost by fell almost from 41")
    is read with no attribute, not an IndexError."""
    assert [c.text for c in _claims_of("almost by fell almost from 41")] == ["41"]


def test_male_before_a_noun_describes_with_the_noun():
    """ "a 9-year-old male bus passenger" is the passenger: "male" is an adjective here."""
    claims = _claims_of("A 9-year-old male bus passenger was treated.")
    (age,) = [c for c in claims if c.attribute_tokens == ("age",)]
    assert age.subject == "9-year-old male bus passenger"
