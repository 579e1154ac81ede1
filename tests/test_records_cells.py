"""Record cells as spreadsheets write them: unit abbreviations, markers of a missing value,
"none" in a column of figures, a month and day with no year, a decimal comma, and spans of
time in different units. Each is read as the value it states, not as a name that conflicts.
All examples are made up."""

from __future__ import annotations

from typing import Any

import reconcile
from reconcile.records import parse_value


def _fact(*cells: str, attribute: str = "reading", extra: tuple[dict[str, Any], ...] = ()) -> Any:
    rows = [
        {"source": f"s{n}", "subject": "Dam 7", "attribute": attribute, "value": cell}
        for n, cell in enumerate(cells)
    ]
    report = reconcile.compare_records([*rows, *extra])
    return next(f for f in report.facts if f.attribute == attribute)


def test_a_figure_with_a_unit_abbreviation_converts() -> None:
    assert _fact("3 in", "76 mm").verdict.kind == "agree"
    assert _fact("3 in", "90 mm").verdict.kind == "conflict"
    assert _fact("30 sq mi", "77.7 km²").verdict.kind == "agree"
    assert _fact("30 sq mi", "95 km²").verdict.kind == "conflict"
    assert parse_value("3 in").describe() == "3 in"  # printed as written


def test_a_missing_value_marker_states_nothing() -> None:
    for marker in ("N/A", "n/a", "NA", "-", "—", "unknown", "Not available"):
        fact = _fact(marker, "11")
        assert fact.verdict.kind == "single", marker
        assert [c.text for c in fact.claims] == ["11"]


def test_none_is_zero_in_a_column_of_figures_only() -> None:
    assert _fact("none", "0", attribute="injured").verdict.kind == "agree"
    assert _fact("none", "3", attribute="injured").verdict.kind == "conflict"
    # Where the attribute holds names, "none" stays a name.
    named = _fact("none", "Ferris Group", attribute="operator")
    assert {c.value.describe() for c in named.claims} == {"none", "Ferris Group"}


def test_a_month_and_day_take_the_year_of_the_subjects_other_dates() -> None:
    assert _fact("Oct 21", "2031-10-21", attribute="breach").verdict.kind == "agree"
    assert _fact("21 Oct", "2031-10-22", attribute="breach").verdict.kind == "conflict"
    other = {"source": "s9", "subject": "Dam 7", "attribute": "opened", "value": "2031-01-05"}
    fact = _fact("Oct 21", attribute="breach", extra=(other,))
    assert fact.claims[0].value.describe().startswith("2031-10-21")
    # Dates of two years: the year is not guessed.
    apart = {"source": "s9", "subject": "Dam 7", "attribute": "opened", "value": "2029-01-05"}
    fact = _fact("Oct 21", "2031-10-21", attribute="breach", extra=(apart,))
    assert {c.value.describe() for c in fact.claims} >= {"Oct 21"}


def test_a_decimal_comma_in_an_amount_is_read() -> None:
    assert _fact("€7,3 million", "7.3 million euros").verdict.kind == "agree"
    assert _fact("$7,3 million", "$7.9 million").verdict.kind == "conflict"
    assert parse_value("7,300 kg").describe() == "7,300 kg"  # a thousands comma stays one
    # A cell that is only "7,3" holds one value, and no thousands comma groups two digits:
    # a decimal comma, as ";"-separated exports write it (docs/cli.md; branch ux31b).
    assert parse_value("7,3") == parse_value("7.3")


def test_spans_of_time_in_different_units_compare() -> None:
    assert _fact("4 days", "96 hours").verdict.kind == "agree"
    assert _fact("4 days", "80 hours").verdict.kind == "conflict"
    assert _fact("45 min", "0.75 hours").verdict.kind == "agree"
    fact = _fact("4 days", "96 hours", "5 days")
    assert fact.verdict.kind == "conflict"
    assert fact.estimate is not None
    assert fact.estimate.value.describe() in {"4 days", "96 hours"}  # the two agree: one value


def test_one_length_in_two_units_is_one_side_of_the_estimate() -> None:
    # "4 in" and "102 mm" agree in the verdict; the estimate must not count them as rivals.
    rows = [
        {"source": s, "subject": "gauge 9", "attribute": "snow", "value": v}
        for s, v in [("p", "4 in"), ("q", "102 mm"), ("r", "7 in")]
    ]
    (fact,) = reconcile.compare_records(rows).facts
    assert fact.estimate is not None
    assert fact.estimate.text in ("4 in", "102 mm")
    assert fact.estimate.confidence > 0.4
