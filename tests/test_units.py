"""Measures in different units of one dimension are compared converted, each within half its
printed step; a glued "m" reads as million where a figure counts millions, else as metres."""

from __future__ import annotations

import pytest

import reconcile
from reconcile.extract.numbers import find_quantities
from reconcile.judge import compatible, unit_of
from reconcile.model import Quantity
from reconcile.records import parse_value


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("430 km", "267 miles"),  # 267 miles is 429.7 km
        ("5 km", "5000 metres"),
        ("430,000 m", "430 km"),
        ("2 kg", "4.4 lb"),
        ("3 oz", "85 grams"),
        ("2 tonnes", "4,400 pounds"),
        ("10 square miles", "2,590 hectares"),
        ("100 acres", "40 hectares"),
        ("6 feet", "183 cm"),
        ("12 inches", "1 foot"),
        ("2 litres", "0.5 gallons"),
    ],
)
def test_one_measure_in_two_units_agrees(a: str, b: str) -> None:
    assert compatible(parse_value(a), parse_value(b))
    assert compatible(parse_value(b), parse_value(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("5 km", "4 miles"),  # 6.4 km
        ("430 km", "250 miles"),
        ("2 kg", "7 lb"),  # 3.2 kg
        ("10 square miles", "10 miles"),  # an area is no length
        ("5 km", "5 kg"),  # nor a length a mass
        ("2 litres", "2 kg"),
    ],
)
def test_different_measures_or_dimensions_conflict(a: str, b: str) -> None:
    assert not compatible(parse_value(a), parse_value(b))


def test_spans_of_time_stay_exact_when_converted() -> None:
    assert compatible(parse_value("7 years"), parse_value("84 months"))
    assert not compatible(parse_value("7 years"), parse_value("80 months"))


def test_a_counted_noun_is_no_unit() -> None:
    people = parse_value("5 people")
    assert isinstance(people, Quantity)
    assert unit_of(people) is None
    assert not compatible(people, parse_value("6 people"))
    assert unit_of(Quantity.exact(5, unit="square miles")) == ("area", 258.9988110336)


def test_records_of_one_distance_in_two_units_agree() -> None:
    rows = [("a", "430 km"), ("b", "267 miles"), ("c", "430,000 m"), ("d", "5 km")]
    report = reconcile.compare_records(
        [{"source": s, "subject": "x", "attribute": "distance", "value": v} for s, v in rows]
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "conflict"
    assert fact.estimate is not None
    assert fact.estimate.text in ("430 km", "267 miles", "430,000 m")


def _values(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for _, _, q in find_quantities(text)]


def test_a_glued_m_before_a_counted_plural_is_million() -> None:
    assert _values("The city has 2.5m people.") == [(2_500_000.0, "people")]
    assert _values("A total of 1.2m visitors came.") == [(1_200_000.0, "visitors")]


@pytest.mark.parametrize(
    "text", ["He is 2.5m tall.", "a 2.5m wall", "the 400m hurdles", "a 1.5m-wide road", "2.5 m"]
)
def test_a_glued_m_of_a_height_or_race_stays_metres(text: str) -> None:
    assert [unit for _, unit in _values(text)] == ["m"]


def _population(*rows: tuple[str, str]) -> reconcile.Report:
    return reconcile.compare_records(
        [{"source": s, "subject": "x", "attribute": "population", "value": v} for s, v in rows]
    )


def test_records_read_a_glued_m_as_million_where_the_attribute_counts_millions() -> None:
    report = _population(("a", "2,500,000"), ("b", "2.5 million"), ("c", "2.5m"))
    assert [f.verdict.kind for f in report.facts] == ["agree"]
    report = _population(("a", "1,234,567"), ("b", "about 1.2m"))
    assert [f.verdict.kind for f in report.facts] == ["agree"]


def test_records_keep_a_glued_m_as_metres_among_small_or_measured_values() -> None:
    heights = _population(("a", "2.4"), ("b", "2.5m"))  # no figure counts millions
    assert [f.verdict.kind for f in heights.facts] == ["conflict"]
    lengths = _population(("a", "2,500,000"), ("b", "2.5m"), ("c", "3 km"))
    assert all(c.value != Quantity.exact(2.5e6) for f in lengths.facts for c in f.claims)
