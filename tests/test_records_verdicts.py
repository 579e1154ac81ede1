"""What a records report says of a source that contradicts itself, of a tie, and why two values
conflict, in words that fit the values: in the verdict's reason and in every rendering."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import reconcile
from reconcile import Quantity, Report
from reconcile.judge import single_reason, why_conflict
from reconcile.model import TIME_OF_DAY, DateRange, EntityRef, Estimate

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "report.schema.json").read_text("utf-8")
)


def _report(*rows: tuple[str, str]) -> Report:
    return reconcile.compare_records(
        [{"source": s, "subject": "x", "attribute": "n", "value": v} for s, v in rows]
    )


def _valid(report: Report) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(SCHEMA).validate(json.loads(report.to_json()))


# --- item 5: one source, two values -----------------------------------------------------------


def test_a_source_stating_two_values_is_flagged_in_its_reason_and_reports() -> None:
    report = _report(("a", "100"), ("a", "200"))
    fact = report.facts[0]
    assert fact.verdict.kind == "single"  # the contract's kinds stay: one source states it
    assert fact.verdict.reason == (
        "only a states it, and it states both 100 and 200, which cannot both hold"
        " (different amounts)"
    )
    assert "why: only a states it, and it states both 100 and 200" in report.to_text()
    assert "it states both 100 and 200" in report.to_markdown()
    assert "it states both 100 and 200" in report.to_html()
    assert json.loads(report.to_json())["facts"][0]["why"] == fact.verdict.reason


def test_a_plain_single_fact_shows_no_reason() -> None:
    report = reconcile.compare_records(
        [
            {"source": "a", "subject": "x", "attribute": "n", "value": "100"},
            {"source": "b", "subject": "y", "attribute": "n", "value": "7"},
        ]
    )
    assert report.facts[0].verdict.reason == "only a states it"
    assert "why:" not in report.to_text()


def test_one_source_stating_one_value_at_two_precisions_says_they_agree() -> None:
    report = _report(("a", "about 100"), ("a", "100"))
    assert report.facts[0].verdict.reason == "only a states it, as 100 and about 100, which agree"
    assert "why: only a states it, as 100 and about 100, which agree" in report.to_text()


def test_a_time_and_a_number_from_one_source_cannot_both_hold() -> None:
    reason = _report(("a", "6:15 PM"), ("a", "1,095")).facts[0].verdict.reason
    assert reason.endswith("which cannot both hold (a number and a time)")


def test_single_reason_names_the_first_pair_that_cannot_both_hold() -> None:
    """The rule judge() uses for text facts, too: values it cannot reconcile are named."""
    values = [Quantity.exact(4), Quantity.exact(4), Quantity.exact(6)]
    fits = lambda i, j: values[i] == values[j]  # noqa: E731
    assert single_reason("a", ["4", "four", "6"], values, fits) == (
        "only a states it, and it states both 4 and 6, which cannot both hold (different counts)"
    )


# --- item 6: ties ----------------------------------------------------------------------------


@pytest.mark.parametrize("order", [1, -1])
def test_a_one_to_one_split_is_a_tie_not_a_most_likely_value(order: int) -> None:
    report = reconcile.compare_records(
        [
            {"source": s, "subject": "x", "attribute": "n", "value": v}
            for s, v in [("a", "1"), ("b", "2")][::order]
        ]
    )
    estimate = report.facts[0].estimate
    assert estimate is not None
    assert (estimate.text, estimate.tied) == ("1", ("2",))
    text = report.to_text()
    assert "most likely" not in text
    assert "tie: 1 and 2 are equally likely" in text
    assert "*Tie:* 1 and 2 are equally likely" in report.to_markdown()
    assert "<span>tie</span> 1 and 2 are equally likely" in report.to_html()
    data = json.loads(report.to_json())["facts"][0]["estimate"]
    assert data["tied"] == ["2"]
    assert data["text"] == "1"  # the estimate is kept; the marker says nothing favours it
    _valid(report)
    assert Report.from_json(report.to_json()) == report


def test_a_two_to_one_vote_is_no_tie_and_writes_no_tied_field() -> None:
    report = _report(("a", "1"), ("b", "1"), ("c", "2"))
    estimate = report.facts[0].estimate
    assert estimate is not None
    assert estimate.tied == ()
    assert "most likely: 1" in report.to_text()
    assert "tied" not in json.loads(report.to_json())["facts"][0]["estimate"]


def test_a_tied_field_that_is_not_strings_is_a_report_format_error() -> None:
    data = Estimate("4", Quantity.exact(4), 0.4, tied=("6",)).to_dict()
    assert Estimate.from_dict(data).tied == ("6",)
    with pytest.raises(reconcile.ReportFormatError, match="tied"):
        Estimate.from_dict({**data, "tied": "6"})


# --- item 9: reasons in the words of the values ----------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            Quantity.exact(1095, kind="number", unit=TIME_OF_DAY),
            Quantity.exact(1155, kind="number", unit=TIME_OF_DAY),
            "different times of day",
        ),
        (Quantity.exact(4), Quantity.exact(6), "different counts"),
        (
            Quantity.exact(4, kind="money", currency="USD"),
            Quantity.exact(6, kind="money", currency="USD"),
            "different amounts",
        ),
        (
            Quantity.exact(1999, kind="number"),
            EntityRef("other", "n/a", "n/a"),
            "a name and a number",
        ),
        (
            Quantity.exact(1999, kind="number"),
            DateRange(dt.date(2001, 1, 1), dt.date(2001, 1, 31)),
            "a number and a date",
        ),
        (EntityRef("other", "Ann", "Ann"), EntityRef("other", "Bo", "Bo"), "different names"),
    ],
)
def test_why_two_values_conflict_is_said_in_words_of_their_kind(
    a: Any, b: Any, reason: str
) -> None:
    assert why_conflict(a, b) == reason


def test_records_times_conflict_as_times() -> None:
    report = _report(("a", "6:15 PM"), ("b", "19:15"))
    assert report.facts[0].verdict.reason == "18:15 (a) vs 19:15 (b): different times of day"


# --- item 7: person names in catalogue form ---------------------------------------------------


@pytest.mark.parametrize(
    ("catalogue", "plain"),
    [
        ("Austen, Jane", "Jane Austen"),
        ("Rowling, J.K.", "J. K. Rowling"),
        ("Rowling, J. K.", "J.K. Rowling"),
        ("Knuth, Donald E.", "Donald E. Knuth"),
        ("van Gogh, Vincent", "Vincent van Gogh"),
        ("O'Brien, Flann", "Flann O'Brien"),
    ],
)
def test_a_name_in_catalogue_form_agrees_with_the_name_as_written(
    catalogue: str, plain: str
) -> None:
    report = _report(("a", catalogue), ("b", plain), ("c", "Mary Shelley"), ("d", plain))
    fact = report.facts[0]
    assert fact.verdict.kind == "conflict"
    assert fact.verdict.support[0].sources == ("a", "b", "d")
    assert fact.estimate is not None
    assert isinstance(fact.estimate.value, EntityRef)
    assert fact.estimate.value.name == reconcile.records.parse_value(plain).describe()


@pytest.mark.parametrize(
    "text",
    ["Springfield, Ohio", "Smith, Jr.", "Little Wick, 12", "U.S. Steel", "Acme, Inc and Co, Ltd"],
)
def test_what_is_not_a_person_in_catalogue_form_stays_as_written(text: str) -> None:
    value = reconcile.records.parse_value(text)
    assert isinstance(value, EntityRef)
    assert value.name in (text, "United States Steel")  # a place may have its canonical name
    assert "," in value.name or text == "U.S. Steel"


# --- item 8: a bare year among dates ----------------------------------------------------------


def test_a_bare_year_among_dates_is_that_year() -> None:
    report = reconcile.compare_records(
        [
            {"source": s, "subject": subj, "attribute": "founded", "value": v}
            for s, subj, v in [
                ("a", "Gamma", "1999"),
                ("b", "Gamma", "Jan 1999"),
                ("a", "Delta", "2001"),
                ("b", "Delta", "2001"),
            ]
        ]
    )
    delta, gamma = report.facts
    assert gamma.verdict.kind == "agree"  # 1999 holds January 1999
    assert isinstance(gamma.claims[0].value, DateRange)
    assert gamma.claims[0].text == "1999"  # as written
    assert delta.claims[0].value == DateRange(dt.date(2001, 1, 1), dt.date(2001, 12, 31), "year")
    assert "1,999" not in report.to_text()


def test_four_digit_numbers_stay_numbers_without_dates_or_beside_other_numbers() -> None:
    alone = _report(("a", "1999"), ("b", "2000"))
    assert isinstance(alone.facts[0].claims[0].value, Quantity)
    mixed = _report(("a", "1999"), ("b", "Jan 1999"), ("c", "12,500"))
    assert all(
        not isinstance(c.value, DateRange) for c in mixed.facts[0].claims if c.text == "1999"
    )
    written = _report(("a", "1,999"), ("b", "Jan 1999"))
    assert isinstance(written.facts[0].claims[0].value, Quantity)  # a thousands comma: a count


# --- item 10: how a records source is shown ---------------------------------------------------


def test_a_records_source_is_shown_by_its_id_alone_and_rated_in_the_html_table() -> None:
    report = _report(("a", "1"), ("b", "1"), ("c", "2"))
    sources = report.to_text().split("SOURCES\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert sources[0] == "  a"
    assert "unknown" not in report.to_text()
    html = report.to_html()
    assert '<th class="rc-num">reliability</th>' in html
    reliability = report.source("c").reliability
    assert reliability is not None
    assert f'<td class="rc-num">{reliability:.0%}</td>' in html
    plain = reconcile.compare_records(
        [{"source": "a", "subject": "x", "attribute": "n", "value": "1"}], estimate=False
    )
    assert "reliability" not in plain.to_html()  # nothing rated: no empty column


def test_amounts_in_two_currencies_are_said_to_be_unconverted_not_different() -> None:
    # No exchange rate is fetched: a yen figure and a dollar figure may be one sum, so the
    # reason must not call them different amounts (an analyst's report, made-up figures).
    report = _report(("a", "¥9.8bn"), ("b", "$66m"))
    fact = report.facts[0]
    assert fact.verdict.reason.endswith(
        "amounts in different currencies (JPY and USD), not converted"
    )
    assert "different amounts" not in report.to_text()
    _valid(report)
