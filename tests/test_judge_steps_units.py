"""Judging rounded figures and figures in two units (branch judge30).

A figure of one significant digit holds half its step either way, never a whole step above
it; exact measures, speeds and maximums in two units agree when they are one figure rounded;
durations in days, hours and weeks convert exactly; and the "why" line of a conflict names a
value that fits both sides apart from them. Every example here is made up.
"""

from __future__ import annotations

import pytest

import reconcile
from reconcile.judge import compatible, sided_listing
from reconcile.model import Quantity
from reconcile.records import parse_value


def _verdict(a: str, b: str) -> str:
    report = reconcile.compare(
        [
            {"id": "one", "text": a, "published": "2025-05-04"},
            {"id": "two", "text": b, "published": "2025-05-04"},
        ]
    )
    kinds = {
        f.verdict.kind
        for f in report.facts
        if len(f.claims) > 1 and isinstance(f.claims[0].value, Quantity)
    }
    assert len(kinds) == 1, [(f.verdict.kind, [c.text for c in f.claims]) for f in report.facts]
    return kinds.pop()


def _record_verdict(a: str, b: str) -> str:
    report = reconcile.compare_records(
        [
            {"source": "north", "subject": "levee", "attribute": "x", "value": a},
            {"source": "south", "subject": "levee", "attribute": "x", "value": b},
        ]
    )
    (fact,) = report.facts
    return fact.verdict.kind


# --- one significant digit: half a step either way, at every scale ------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$5 billion", "$5.8 billion"),
        ("$7 million", "$7.7 million"),
        ("$5 billion", "$5,800,000,000"),
        ("4 million tons", "4.6 million tons"),
        ("$60 million", "$68 million"),  # the same ratio ten times up
    ],
)
def test_a_one_digit_round_figure_does_not_cover_a_whole_step_above(a: str, b: str) -> None:
    assert not compatible(parse_value(a), parse_value(b))
    assert not compatible(parse_value(b), parse_value(a))
    assert _record_verdict(a, b) == "conflict"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$5 billion", "$5.4 billion"),  # half a step
        ("$5 billion", "$4.6 billion"),
        ("$47 million", "$47.6 million"),  # two digits: a paper's cut of $47.6 million
        ("$12 million", "$12.9 million"),
    ],
)
def test_a_round_figure_holds_half_a_step_and_two_digits_hold_their_cut(a: str, b: str) -> None:
    assert compatible(parse_value(a), parse_value(b))
    assert _record_verdict(a, b) == "agree"


def test_one_digit_round_figures_conflict_in_text() -> None:
    line = "Repairs to the viaduct will cost {}, the council said."
    assert _verdict(line.format("$5 billion"), line.format("$5.8 billion")) == "conflict"
    assert _verdict(line.format("$5 billion"), line.format("$5.3 billion")) == "agree"


# --- measures in two units ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("50 mph", "80 km/h"),  # 80.47 km/h
        ("60 mph", "96.6 km/h"),  # 96.56 km/h
        ("110 mph", "177 km/h"),  # 177.03 km/h
        ("7,500 acres", "3,040 hectares"),  # 3,035 ha, printed to three digits
        ("8,000 gallons", "30,000 litres"),  # 30,283 litres, printed to two digits
    ],
)
def test_exact_measures_in_two_units_agree_when_one_is_the_other_rounded(a: str, b: str) -> None:
    assert compatible(parse_value(a), parse_value(b))
    assert compatible(parse_value(b), parse_value(a))
    assert _record_verdict(a, b) == "agree"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("50 mph", "90 km/h"),  # 55.9 mph
        ("30 mph", "55 km/h"),  # 34.2 mph: "30" is not rounded to one digit
        ("1,000 acres", "450 hectares"),  # 1,112 acres
        ("8,000 gallons", "36,000 litres"),
    ],
)
def test_measures_in_two_units_apart_still_conflict(a: str, b: str) -> None:
    assert not compatible(parse_value(a), parse_value(b))
    assert _record_verdict(a, b) == "conflict"


def test_speeds_in_two_units_agree_in_text() -> None:
    line = "Gusts of {} battered the pier on Sunday, the forecaster said."
    assert _verdict(line.format("50 mph"), line.format("80 km/h")) == "agree"
    assert _verdict(line.format("50 mph"), line.format("90 km/h")) == "conflict"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("up to 14 inches", "up to 356 millimetres"),  # 355.6 mm
        ("up to 7,500 acres", "up to 3,035 hectares"),
        ("up to 50 mph", "up to 80 km/h"),
        ("up to 2 days", "up to 48 hours"),
    ],
)
def test_two_maximums_in_two_units_are_one_limit_converted(a: str, b: str) -> None:
    assert compatible(parse_value(a), parse_value(b))
    assert compatible(parse_value(b), parse_value(a))


@pytest.mark.parametrize(
    ("a", "b"),
    [("up to 14 inches", "up to 300 millimetres"), ("up to 50 mph", "up to 100 km/h")],
)
def test_two_maximums_in_two_units_apart_conflict(a: str, b: str) -> None:
    assert not compatible(parse_value(a), parse_value(b))


def test_two_maximums_in_two_units_in_text() -> None:
    line = "The squall brought up to {} of hail, the forecaster said."
    assert _verdict(line.format("3 inches"), line.format("76 millimetres")) == "agree"


# --- durations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("4 days", "96 hours"),
        ("36 hours", "1.5 days"),
        ("2 weeks", "336 hours"),
        ("90 minutes", "1.5 hours"),
    ],
)
def test_durations_in_days_hours_weeks_convert_exactly(a: str, b: str) -> None:
    assert compatible(parse_value(a), parse_value(b))
    assert _record_verdict(a, b) == "agree"


@pytest.mark.parametrize(("a", "b"), [("4 days", "90 hours"), ("3 days", "48 hours")])
def test_durations_apart_conflict(a: str, b: str) -> None:
    assert not compatible(parse_value(a), parse_value(b))
    assert _record_verdict(a, b) == "conflict"


def test_a_span_of_hours_is_no_span_of_years() -> None:
    assert not compatible(parse_value("9 hours"), parse_value("9 years"))


# --- the why line of a conflict ------------------------------------------------------------


def test_a_bound_that_fits_both_sides_is_named_apart() -> None:
    report = reconcile.compare(
        [
            {"id": i, "text": t, "published": "2025-05-04"}
            for i, t in zip(
                "xyz",
                [
                    "At least 15 barns were flattened by the storm, officials said.",
                    "Twenty-three barns were flattened by the storm, officials said.",
                    "Twenty-one barns were flattened by the storm, officials said.",
                ],
                strict=True,
            )
        ]
    )
    (fact,) = [f for f in report.facts if f.verdict.kind == "conflict"]
    reason = fact.verdict.reason
    assert reason.startswith("23 barns (y) vs 21 barns (z); at least 15 barns (x) fits both")
    assert "≈" not in reason


def test_sided_listing_keeps_a_value_that_fits_one_side_only() -> None:
    # 0 fits 1 only; 1 and 2 conflict: 0 stays on 1's side.
    words = [("over 5", ["a"]), ("9", ["b"]), ("4", ["c"])]
    assert sided_listing(words, lambda i, j: {i, j} == {0, 1}) == "over 5 (a) ≈ 9 (b) vs 4 (c)"
