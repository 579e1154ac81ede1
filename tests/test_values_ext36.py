"""Areas, lasting spans, injuries received (branch ext36): each rule with made-up sentences."""

from __future__ import annotations

from _compare_helpers import fact_with, sources, two

from reconcile import Source
from reconcile.extract import extract
from reconcile.extract.numbers import find_quantities
from reconcile.judge import unit_of


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(text[s:e], q.unit) for s, e, q in find_quantities(text)]


def _said(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    claims = extract(Source.from_text(text, published="2026-05-10"))
    return [(c.text, c.describe(), c.attribute_tokens) for c in claims]


# --- a square of a length is an area ------------------------------------------------------


def test_squared_lengths_are_areas_as_records_spell_them() -> None:
    assert _units("The Harrow Ridge fire burned 3,200 km2 of forest.") == [
        ("3,200 km2", "square km")
    ]
    assert _units("The Orla reserve covers 450 km² of wetland.") == [("450 km²", "square km")]
    assert _units("The Tessel preserve spans 12 sq mi near the coast.") == [
        ("12 sq mi", "square miles")
    ]
    assert _units("The plot measures 30 m2 in all.") == [("30 m2", "square m")]
    for text in ("The Harrow Ridge fire burned 3,200 km2 of forest.", "It spans 12 sq mi."):
        (_, _, q), *_ = find_quantities(text)
        dimension = unit_of(q)
        assert dimension is not None, text
        assert dimension[0] == "area", text


def test_a_length_stays_a_length() -> None:
    assert _units("The Vell pipeline runs 1,200 km to the coast.") == [("1,200 km", "km")]
    (_, _, q), *_ = find_quantities("The Vell pipeline runs 1,200 km.")
    dimension = unit_of(q)
    assert dimension is not None
    assert dimension[0] == "length"


def test_km2_meets_square_kilometres_not_km() -> None:
    a = "The Harrow Ridge fire has burned 1,200 km2 of forest, officials said."
    b = "The Harrow Ridge fire has burned 1,200 square kilometres of forest, officials said."
    c = "The Harrow Ridge fire has burned 1,200 km of forest, officials said."
    fact = fact_with(two(a, b), "a", "1,200")
    assert sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert fact_with(two(a, c), "a", "1,200").verdict.kind != "agree"


# --- a span a take took someone -----------------------------------------------------------


def test_a_span_after_took_and_whom_it_took() -> None:
    assert ("a week", "week") in _units("It took crews a week to clear the Vell road.")
    assert ("an hour", "hour") in _units("It took them an hour.")
    assert ("a month", "month") in _units("The cleanup will take workers a month, she said.")


def test_a_moment_after_took_and_an_object_is_left() -> None:
    assert _units("The raiders took hostages a day after the vote.") == []
    assert _units("He took his kids a day later.") == []


# --- a count of people who took a harm ----------------------------------------------------


def test_a_count_that_received_injuries_counts_the_injured() -> None:
    for text, said in (
        ("Six received injuries in the crash on Route 9, police said.", "Six"),
        ("Three suffered gunshot wounds in the Dorn Street shooting.", "Three"),
        ("Two sustained minor injuries when the Pell bus overturned.", "Two"),
        ("Two suffered non-life-threatening injuries in the Orlo crash.", "Two"),
    ):
        claims = _said(text)
        assert [c for c in claims if c[0] == said and "e:injured" in c[2]], (text, claims)


def test_no_injuries_and_other_objects_are_no_injured() -> None:
    for text in (
        "Two suffered no injuries in the Pell crash.",
        "Two received scholarships from the Pell fund.",
    ):
        assert not [c for c in _said(text) if "e:injured" in c[2] and c[0] == "Two"], text
