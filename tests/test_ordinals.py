"""Ordinals as values: a thing's place in a series ("the fourth launch failure this year").

The sentences are made up for these tests in the style of wire copy and local news.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile.extract import _numwords, extract
from reconcile.extract.numbers import find_ordinals, ordinal_marks, ordinal_series
from reconcile.model import Quantity

if TYPE_CHECKING:
    from collections.abc import Callable


def _ordinals(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[s:e], q.low, q.unit) for s, e, q in find_ordinals(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series said after the noun, in its clause
        (
            "It was the fourth pipeline leak this year, regulators said.",
            [("fourth pipeline leak", 4, "pipeline leak")],
        ),
        (
            "It was the second fatal crash at the corner since May.",
            [("second fatal crash", 2, "fatal crash")],
        ),
        (
            "It is the third water main break in a row on the block.",
            [("third water main break", 3, "water main break")],
        ),
        (
            "The blaze was the 12th wildfire in the county in two years.",
            [("12th wildfire", 12, "wildfire")],
        ),
        ("It was the second-worst storm on record there.", []),  # a compound: no place
        (
            "It was the third tornado of the season to hit the town.",
            [("third tornado", 3, "tornado")],
        ),
        (
            "For the first time since 2008, the council raised the levy.",
            [("first time", 1, "time")],
        ),
        ("It was the town's fifth homicide so far.", [("fifth homicide", 5, "homicide")]),
        # before the ordinal, in its sentence
        ("So far this year, it was the ninth closure.", [("ninth closure", 9, "closure")]),
        # a noun serial by itself, or the owner's series
        ("The senator is serving his 12th term.", [("12th term", 12, "term")]),
        (
            "The village marked the 150th anniversary of its charter.",
            [("150th anniversary", 150, "anniversary")],
        ),
        (
            "The team lost for the third straight week.",
            [("third straight week", 3, "straight week")],
        ),
        ("It was her twenty-fifth birthday.", [("twenty-fifth birthday", 25, "birthday")]),
        ("Police said it was his third arrest.", [("third arrest", 3, "arrest")]),
        # the series of a named thing
        (
            "It was the fifth flight of the Kestrel, the firm said.",
            [("fifth flight of the Kestrel", 5, "flight of the Kestrel")],
        ),
        # ranks
        ("She finished 23rd in the race.", [("23rd", 23, "place")]),
        ("The mayor placed second in the primary.", [("second", 2, "place")]),
        ("He came in third.", [("third", 3, "place")]),
        ("The district slipped into fourth place.", [("fourth place", 4, "place")]),
    ],
)
def test_an_ordinal_that_places_a_thing_in_a_series_is_a_value(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _ordinals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # names
        "The First Amendment protects the marchers on Fifth Avenue since the ruling.",
        "He served in the Second World War, the First Lady said this year.",
        "The 21st Century Fox deal closed this year.",
        "Officers of the 5th District have made arrests since May.",
        "THE FOURTH STORM IN A ROW",  # a headline in capitals
        # dates
        "The parade is on the 4th of July this year.",
        # list ordinals and labels with no series
        "First, the roof fell. Second, the walls gave way since the rain began.",
        "The first victim was a man; the second victim was a woman.",
        "The fire started on the third floor.",
        "She is the first of three speakers this year.",
        # "a second" is another one; compounds; things named by an ordinal
        "Officers took a second look at the case this year.",
        "He was charged with second-degree murder since the review.",
        "It was the third-largest city in the state in 50 years.",
        "Prices rose in the second half of the year.",
        "The school's fifth grade has grown since 2019.",
        "It was the 14th annual race in a row.",  # an edition: read by find_editions
        # "first" after a pronoun is an idiom as often as a place
        "Our first priority is safety.",
        # a rank verb before a noun
        "The state ranked 14th district maps last.",
    ],
)
def test_an_ordinal_of_a_name_date_list_or_label_is_no_value(text: str) -> None:
    assert _ordinals(text) == []


def test_the_frame_before_is_not_the_ordinals_own_noun() -> None:
    """ "in the first full year" names no series: "in" must reach a period before the ordinal."""
    assert _ordinals("Savings begin in the first full year after closing.") == []


def test_an_ordinal_is_printed_as_a_place_and_round_trips_through_json() -> None:
    quantity = Quantity.exact(23, kind="ordinal", unit="place", precision=1.0)
    assert quantity.describe() == "23rd place"
    assert Quantity.exact(12, kind="ordinal", unit="term").describe() == "12th term"
    assert Quantity.exact(11, kind="ordinal").describe() == "11th"
    data = json.loads(json.dumps(quantity.to_dict()))
    assert data["kind"] == "ordinal"
    assert Quantity.from_dict(data) == quantity


def test_an_ordinal_claim_names_what_it_places() -> None:
    (source,) = reconcile.read(
        {"text": "It was the fourth pipeline leak this year, regulators said.", "id": "a"}
    )
    (claim,) = [c for c in extract(source) if isinstance(c.value, Quantity)]
    assert claim.text == "fourth pipeline leak"
    assert claim.attribute == "pipeline leak"
    assert claim.attribute_tokens == ("pipeline", "leak", "~year")
    assert claim.attributed_to == "regulators"


def test_two_sources_giving_different_places_in_one_series_conflict() -> None:
    report = reconcile.compare(
        [
            {
                "text": "It was the fourth pipeline leak this year, regulators said.",
                "id": "a",
                "published": "2026-03-10",
            },
            {
                "text": "It was the third pipeline leak this year, the company said.",
                "id": "b",
                "published": "2026-03-10",
            },
            {"text": "The senator is serving his 12th term.", "id": "c", "published": "2026-03-10"},
            {"text": "The senator, in his 12th term, spoke.", "id": "d", "published": "2026-03-10"},
        ]
    )
    verdicts = {
        fact.claims[0].value.unit: fact.verdict.kind
        for fact in report.facts
        if isinstance(fact.claims[0].value, Quantity)
    }
    assert verdicts == {"pipeline leak": "conflict", "term": "agree"}


def test_a_place_and_a_count_of_one_noun_never_meet() -> None:
    """ "the fourth leak this year" and "four leaks this year" are not one figure to compare."""
    report = reconcile.compare(
        [
            {"text": "It was the fourth pipeline leak this year.", "id": "a"},
            {"text": "There were three pipeline leaks this year.", "id": "b"},
        ]
    )
    assert not [f for f in report.facts if f.verdict.kind == "conflict"]


def test_places_in_two_different_series_do_not_conflict() -> None:
    """ "the second shot since Saturday" and "the third in two days" count different series."""
    report = reconcile.compare(
        [
            {"text": "She is the second child shot in the city since Saturday.", "id": "a"},
            {"text": "She is the third child shot in the city in two days.", "id": "b"},
        ]
    )
    ordinals = [f for f in report.facts if getattr(f.claims[0].value, "kind", "") == "ordinal"]
    assert len(ordinals) == 2
    assert {f.verdict.kind for f in ordinals} == {"single"}


def test_an_ordinal_names_the_series_it_is_counted_in() -> None:
    text = "So far this year, it was the ninth closure; the third crash in a row; the first flood ever."
    found = [ordinal_series(text, 0, len(text), s, e) for s, e, _ in find_ordinals(text)]
    assert found == ["year", "row", "ever"]


def test_every_ordinal_read_stands_at_a_mark() -> None:
    """The C-level marks gate the regex: an ordinal read must stand at one of them."""
    text = "It was the fourth leak this year. She finished 23rd. His twenty-fifth term began."
    marks = ordinal_marks(text)
    found = find_ordinals(text)
    assert len(found) == 3
    for start, end, _ in found:
        assert any(start <= k < end for k in marks)
    assert ordinal_marks("Nothing here is placed.") == []


_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
         80: "eighty", 90: "ninety"}  # fmt: skip
_BY_VALUE = {value: word for word, value in _numwords.ORDINALS.items()}


def _in_words(n: int) -> str:
    """An ordinal from 1 to 99 in words: "fourth", "twenty-fifth", "fortieth"."""
    if n in _BY_VALUE:
        return _BY_VALUE[n]
    return f"{_TENS[n - n % 10]}-{_BY_VALUE[n % 10]}"


def _in_digits(n: int) -> str:
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@given(st.integers(min_value=1, max_value=99), st.sampled_from([_in_words, _in_digits]))
def test_an_ordinal_in_words_or_digits_reads_back_as_its_number(
    n: int, render: Callable[[int], str]
) -> None:
    text = f"It was the {render(n)} pipeline leak this year."
    ((start, end, quantity),) = find_ordinals(text)
    assert quantity.low == quantity.high == n
    assert text[start:end].endswith("pipeline leak")
    assert quantity.describe() == f"{_in_digits(n)} pipeline leak"


@given(st.text(max_size=300))
def test_reading_ordinals_never_raises_and_spans_lie_inside(text: str) -> None:
    for start, end, quantity in find_ordinals(text):
        assert 0 <= start < end <= len(text)
        assert quantity.kind == "ordinal"
