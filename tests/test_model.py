"""The model: values are validated when built and round-trip through the report contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile import (
    Claim,
    DateRange,
    EntityRef,
    Fact,
    InvalidSpanError,
    InvalidValueError,
    Link,
    Quantity,
    ReconcileError,
    Report,
    ReportFormatError,
    Source,
    Span,
    Verdict,
    Zone,
)
from reconcile.model import value_from_dict

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TEXT = "Police said four people were hurt on Monday in Springfield."


def _claim(text: str, value: object, start: int | None = None, source_id: str = "a") -> Claim:
    start = TEXT.index(text) if start is None else start
    return Claim(
        span=Span(source_id, start, start + len(text)),
        text=text,
        value=value,  # type: ignore[arg-type]
        sentence=Span(source_id, 0, len(TEXT)),
        attribute="people hurt",
        attribute_tokens=("hurt", "person"),
        attributed_to="Police",
    )


def _report() -> Report:
    source = Source("a", TEXT, outlet="Wire", published=dt.date(2025, 7, 1))
    four = _claim("four people", Quantity.exact(4, unit="people"))
    monday = _claim("Monday", DateRange.day(dt.date(2025, 6, 30), relative="Monday"))
    place = _claim("Springfield", EntityRef("place", "Springfield", "Springfield"))
    facts = [
        Fact("f1", [four], Verdict("single", "only a states it")),
        Fact("f2", [monday, monday], Verdict("agree", "same"), links=[Link(0, 1, "exact", 100)]),
        Fact("f3", [place], Verdict("single")),
    ]
    return Report([source], facts)


def test_span_outside_its_text_is_an_error():
    """A span that reaches past the end of its source's text raises a ReconcileError."""
    source = Source("a", "short")
    with pytest.raises(InvalidSpanError, match="outside source 'a'"):
        source.span(2, 99)


def test_span_with_negative_or_reversed_offsets_is_an_error():
    """Offsets must satisfy 0 <= start <= end."""
    with pytest.raises(InvalidSpanError):
        Span("a", -1, 3)
    with pytest.raises(InvalidSpanError):
        Span("a", 5, 3)


def test_quantity_whose_low_exceeds_high_is_an_error():
    """A quantity's low may not exceed its high."""
    with pytest.raises(InvalidValueError, match="exceeds"):
        Quantity(low=5, high=4)


def test_quantity_rejects_empty_and_non_finite_intervals():
    """An open interval around one point, NaN and infinity are impossible values."""
    with pytest.raises(InvalidValueError):
        Quantity(low=4, high=4, low_open=True)
    with pytest.raises(InvalidValueError):
        Quantity(low=float("nan"), high=None)
    with pytest.raises(InvalidValueError):
        Quantity(low=None, high=float("inf"))
    with pytest.raises(InvalidValueError):
        Quantity(low=None, high=None)


def test_quantity_currency_must_be_iso_code():
    """Money carries an ISO 4217 code, not a symbol."""
    with pytest.raises(InvalidValueError, match="ISO 4217"):
        Quantity.exact(5, kind="money", currency="$")


def test_date_range_ending_before_it_starts_is_an_error():
    """A date range may not end before it starts."""
    with pytest.raises(InvalidValueError, match="before it starts"):
        DateRange(dt.date(2025, 3, 2), dt.date(2025, 3, 1), "day")


def test_unresolved_date_must_name_what_it_was_relative_to():
    """A date with no start and end is only valid when it says what it was relative to."""
    with pytest.raises(InvalidValueError):
        DateRange(None, None, "day")
    assert not DateRange(None, None, "day", relative="Monday").resolved


def test_errors_are_also_builtin_value_errors():
    """Every model error is a ReconcileError and a ValueError."""
    with pytest.raises(ValueError, match="exceeds") as info:
        Quantity(low=2, high=1)
    assert isinstance(info.value, ReconcileError)


def test_claim_text_must_match_its_span_length():
    """A claim whose quoted words are not as long as its span is rejected."""
    with pytest.raises(InvalidSpanError):
        Claim(span=Span("a", 0, 4), text="Police", value=Quantity.exact(1))


def test_report_checks_every_claim_quotes_its_source():
    """A report refuses a claim whose text differs from its source at its offsets."""
    source = Source("a", TEXT)
    wrong = Claim(span=Span("a", 0, 6), text="Policy", value=Quantity.exact(1))
    with pytest.raises(InvalidSpanError, match="differs"):
        Report([source], [Fact("f1", [wrong], Verdict("single"))])


def test_report_refuses_claims_of_unknown_sources_and_duplicate_ids():
    """Claims must come from a source of the report, and ids must be unique."""
    claim = Claim(span=Span("b", 0, 6), text="Police", value=Quantity.exact(1))
    with pytest.raises(InvalidSpanError, match="not a source"):
        Report([Source("a", TEXT)], [Fact("f1", [claim], Verdict("single"))])
    with pytest.raises(InvalidValueError, match="share the id"):
        Report([Source("a", TEXT), Source("a", TEXT)])


def test_fact_needs_claims_and_links_to_them():
    """A fact without claims, or with a link to a missing claim, is rejected."""
    with pytest.raises(InvalidValueError):
        Fact("f1", [], Verdict("single"))
    claim = _claim("four people", Quantity.exact(4))
    with pytest.raises(InvalidValueError):
        Fact("f1", [claim], Verdict("single"), links=[Link(0, 3, "exact", 100)])


def test_verdict_kind_is_checked():
    """A verdict is one of agree, conflict and single."""
    with pytest.raises(InvalidValueError):
        Verdict("maybe")  # type: ignore[arg-type]


def test_report_json_round_trips_and_is_deterministic():
    """to_json gives the same bytes each time, and from_json reads back an equal report."""
    report = _report()
    text = report.to_json()
    assert text == _report().to_json()
    assert Report.from_json(text) == report
    assert Report.from_json(text).to_json() == text


def test_report_json_follows_the_contract():
    """The JSON has the contract's field names and value shapes."""
    data = json.loads(_report().to_json())
    assert data["sources"][0]["id"] == "a"
    assert data["sources"][0]["published"] == "2025-07-01"
    fact = data["facts"][0]
    assert fact["verdict"] == "single"
    claim = fact["claims"][0]
    assert (claim["source"], claim["text"]) == ("a", "four people")
    assert TEXT[claim["start"] : claim["end"]] == "four people"
    assert claim["value"] == {
        "type": "quantity",
        "kind": "count",
        "low": 4,
        "high": 4,
        "low_open": False,
        "high_open": False,
        "unit": "people",
        "currency": None,
        "precision": None,
        "approximate": False,
        "vague": None,
    }
    assert claim["attributed_to"] == "Police"
    assert data["facts"][1]["claims"][0]["value"]["start"] == "2025-06-30"
    assert data["facts"][2]["claims"][0]["value"]["type"] == "place"


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        "[]",
        '{"facts": []}',
        '{"format": 99, "sources": []}',
        '{"sources": [{"id": 3}]}',
    ],
)
def test_from_json_rejects_what_is_not_a_report(bad):
    """Reading something that is not a report raises a ReconcileError, not a KeyError."""
    with pytest.raises(ReconcileError):
        Report.from_json(bad)


def test_value_from_dict_rejects_unknown_types():
    """An unknown value type is a clear format error."""
    with pytest.raises(ReportFormatError, match="unknown value type"):
        value_from_dict({"type": "colour"})


def test_report_lookups():
    """A report finds sources, facts and claims by id, and raises KeyError naming what exists."""
    report = _report()
    assert report.fact("f2").verdict.kind == "agree"
    assert next(c.text for c in report.claims_of("a")) == "four people"
    assert len(report.facts_of("a")) == 3
    assert report.singles[0].id == "f1"
    assert report.agreements[0].id == "f2"
    assert report.conflicts == ()
    with pytest.raises(KeyError, match="no source"):
        report.source("zz")
    with pytest.raises(KeyError):
        report.fact("f9")


def test_report_lookups_by_source_match_a_scan_of_every_fact():
    """claims_of, facts_of and silent_sources, built once per report, say what a scan says."""
    seeds = reconcile.compare(sorted(SEEDS.glob("*.txt")))
    silent = Source("quiet", "Nothing to read here.")
    for report in (_report(), seeds, Report([*seeds.sources, silent], seeds.facts)):
        for source in report.sources:
            scanned = [c for f in report.facts for c in f.claims if c.source_id == source.id]
            scanned.sort(key=lambda c: (c.span.start, c.span.end))
            assert report.claims_of(source.id) == tuple(scanned)
            assert report.facts_of(source.id) == tuple(
                f for f in report.facts if source.id in f.sources
            )
            assert report.source(source.id) is source
        assert report.silent_sources == tuple(
            s for s in report.sources if not report.claims_of(s.id)
        )
        for fact in report.facts:
            assert report.fact(fact.id) is fact
    assert Report([*seeds.sources, silent], seeds.facts).silent_sources == (silent,)


def test_a_changed_report_does_not_keep_the_lookups_of_the_old_one():
    """attrs.evolve builds a new report: its claims and facts are its own, not the cached ones."""
    report = _report()
    assert len(report.claims) == 4
    fewer = attrs.evolve(report, facts=report.facts[:1])
    assert len(fewer.claims) == 1
    assert [f.id for f in fewer.facts_of("a")] == ["f1"]
    with pytest.raises(KeyError):
        fewer.fact("f2")
    assert fewer != report
    assert attrs.evolve(report) == report


def test_reprs_are_short():
    """Reprs show ids and a short quote, never a whole text."""
    source = Source("a", "x" * 10_000)
    assert len(repr(source)) < 100
    assert repr(source).endswith("10,000 chars)")
    assert repr(Source("b", "x")).endswith(", 1 char)")
    assert "four people" in repr(_claim("four people", Quantity.exact(4)))
    assert repr(_report()).startswith("<Report: 1 source, 3 facts")


def test_zone_kind_is_checked():
    """A zone's kind is one of header, headline, body and furniture."""
    with pytest.raises(InvalidValueError):
        Zone("sidebar", 0, 1)  # type: ignore[arg-type]
    with pytest.raises(InvalidSpanError):
        Source("a", "abc", zones=[Zone("body", 0, 9)])


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    a, b = sorted([draw(finite), draw(finite)])
    low = draw(st.sampled_from([a, None]))
    high = draw(st.sampled_from([b, None])) if low is not None else b
    open_ok = low is not None and high is not None and low < high
    return Quantity(
        low=low,
        high=high,
        low_open=low is not None and (open_ok or high is None) and draw(st.booleans()),
        high_open=high is not None and (open_ok or low is None) and draw(st.booleans()),
        kind=draw(st.sampled_from(["count", "money", "percent", "number"])),
        unit=draw(st.none() | st.text(max_size=20)),
        currency=draw(st.none() | st.sampled_from(["USD", "EUR", "JPY"])),
        precision=draw(st.none() | st.sampled_from([1, 0.1, 1e6])),
        approximate=draw(st.booleans()),
    )


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


@st.composite
def date_ranges(draw: st.DrawFn) -> DateRange:
    a, b = sorted([draw(dates), draw(dates)])
    return DateRange(
        a,
        b,
        draw(st.sampled_from(["day", "month", "year"])),
        draw(st.none() | st.text(min_size=1, max_size=10)),
    )


@given(quantities())
def test_quantity_round_trips(quantity):
    """Any valid quantity survives to_dict/from_dict unchanged."""
    assert Quantity.from_dict(json.loads(json.dumps(quantity.to_dict()))) == quantity


@given(date_ranges())
def test_date_range_round_trips(dates_):
    """Any valid date range survives to_dict/from_dict unchanged."""
    assert DateRange.from_dict(json.loads(json.dumps(dates_.to_dict()))) == dates_


@given(st.text(), st.integers(-5, 50), st.integers(-5, 50))
def test_spans_either_slice_back_or_raise_reconcile_errors(text, start, end):
    """A span is either valid and slices its text, or construction raises a ReconcileError."""
    source = Source("s", text)
    try:
        span = source.span(start, end)
    except ReconcileError:
        assert start < 0 or end < start or end > len(text)
    else:
        assert source.quote(span) == text[start:end]


def test_percentage_points_are_described_as_points():
    """A change of 4.5 points is not a rate of 4.5%: the description keeps the unit."""
    points = Quantity(low=4.5, high=4.5, kind="percent", unit="percentage points")
    assert points.describe() == "4.5 percentage points"
    assert Quantity(low=4.5, high=4.5, kind="percent").describe() == "4.5%"


@pytest.mark.parametrize(
    ("low", "currency", "printed"),
    [
        (1.1e9, "USD", "$1.1 billion"),  # 1.1e9 / 1e9 * 100 is not an integer in binary
        (2.3e9, "USD", "$2.3 billion"),
        (4.6e6, "USD", "$4.6 million"),
        (1.1e8, "EUR", "€110 million"),
        (1.1e12, "USD", "$1.1 trillion"),
        (4.1, "USD", "$4.10"),  # cents keep two decimals
        (0.5, "GBP", "£0.50"),
        (1250.75, "USD", "$1,250.75"),
        (12.0, "USD", "$12"),
        (1234567.0, "USD", "$1,234,567"),
    ],
)
def test_money_prints_as_an_analyst_writes_it(low: float, currency: str, printed: str) -> None:
    assert Quantity.exact(low, kind="money", currency=currency).describe() == printed


def test_counts_keep_their_decimals_as_printed() -> None:
    assert Quantity.exact(4.1).describe() == "4.1"
    assert Quantity.exact(2.3e9).describe() == "2.3 billion"


def test_a_unit_is_printed_in_the_number_the_figure_shows() -> None:
    """A unit singular after exactly 1, "half a" for 0.5, and km/h for the code kph."""
    from reconcile import Quantity

    assert Quantity.exact(1, unit="kilometres").describe() == "1 kilometre"
    assert Quantity.exact(1, unit="miles radius").describe() == "1 mile radius"
    assert Quantity(low=1, high=None, low_open=True, unit="weeks").describe() == "more than 1 week"
    assert Quantity.exact(11, unit="miles").describe() == "11 miles"
    assert Quantity(low=1, high=3, unit="hours").describe() == "between 1 and 3 hours"
    assert Quantity.exact(1, unit="volunteers").describe() == "1 volunteers"  # no unit: as kept
    assert Quantity(low=0.5, high=None, low_open=True, unit="day").describe() == (
        "more than half a day"
    )
    assert Quantity.exact(0.5, unit="hours").describe() == "half an hour"
    assert Quantity.exact(0.25, unit="hours").describe() == "0.25 hours"
    assert Quantity.exact(88, unit="kph").describe() == "88 km/h"
