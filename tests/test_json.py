"""Report.to_json writes, byte for byte, what json.dumps writes for Report.to_dict.

The fast writer (reconcile._json, and the claims written from the objects in
reconcile.model) must never change a report's bytes: other programs read them, and
reports are compared byte for byte across paths (in-process, Dask).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import (
    Claim,
    DateRange,
    EntityRef,
    Fact,
    Link,
    Quantity,
    Report,
    Source,
    Span,
    Verdict,
    _json,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _standard(data: object, indent: int | None) -> str:
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)


leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: both writers must refuse them alike
    | st.text()
)
json_like = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=5), inner, max_size=4)
        | st.dictionaries(st.integers() | st.none() | st.booleans(), inner, max_size=3)
    ),
    max_leaves=25,
)


@given(json_like, st.integers(0, 4))
def test_dumps_writes_what_json_dumps_writes(data, indent):
    """Any JSON-like data: the same text, or the same error, as the standard library."""
    try:
        expected = _standard(data, indent)
    except ValueError:  # a NaN or an infinity
        with pytest.raises(ValueError, match="Out of range float"):
            _json.dumps(data, indent=indent)
        return
    assert _json.dumps(data, indent=indent) == expected


def test_dumps_handles_the_edges_of_the_plain_types():
    """Empty containers, unicode, control characters, big and negative numbers, -0.0."""
    data = {
        "": [],
        "e": {},
        'é\n"x"\u2028': ["\x00\x1f", "😀", -0.0, 1e300, -(10**40), 0.1 + 0.2, True, False],
        "nested": [[[]], [{}], {"a": [{"b": None}]}],
    }
    for indent in (0, 1, 2, 8):
        assert _json.dumps(data, indent=indent) == _standard(data, indent)


TEXT = "Police said four people were hurt on Monday in Springfield, officials said."


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Reports whose claims vary in every field the fast writer writes."""
    source_ids = draw(st.lists(st.sampled_from(["a", "b", "ü", 'q"uote']), min_size=1, unique=True))
    sources = [
        Source(sid, TEXT, outlet=draw(st.none() | st.text(max_size=5))) for sid in source_ids
    ]
    values = [
        Quantity.exact(draw(st.integers(-5, 10**12)), unit=draw(st.none() | st.text(max_size=6))),
        Quantity(low=draw(st.floats(0, 1e9)), high=None, low_open=True, kind="count"),
        DateRange.day(dt.date(2025, 6, 30), relative=draw(st.none() | st.just("Monday"))),
        EntityRef("place", "Springfield", draw(st.text(min_size=1, max_size=8).filter(str.strip))),
    ]
    facts = []
    for number in range(1, draw(st.integers(0, 4)) + 1):
        claims = []
        for _ in range(draw(st.integers(1, 4))):
            start = draw(st.integers(0, len(TEXT)))
            end = draw(st.integers(start, len(TEXT)))
            source_id = draw(st.sampled_from(source_ids))
            sentence = draw(st.none() | st.just(Span(source_id, 0, len(TEXT))))
            claims.append(
                Claim(
                    span=Span(source_id, start, end),
                    text=TEXT[start:end],
                    value=draw(st.sampled_from(values)),  # shared objects, as records have
                    sentence=sentence,
                    subject=draw(st.none() | st.text(max_size=6)),
                    attribute=draw(st.none() | st.sampled_from(["people hurt", "when"])),
                    attribute_tokens=draw(st.lists(st.text(max_size=4), max_size=3)),
                    attributed_to=draw(st.none() | st.just("Police")),
                    hedged=draw(st.booleans()),
                    negated=draw(st.booleans()),
                    zone=draw(st.sampled_from(["body", "headline", "header", "furniture"])),
                )
            )
        links = [Link(0, len(claims) - 1, "exact", draw(st.floats(0, 100)))]
        facts.append(Fact(f"f{number}", claims, Verdict("agree", "why"), links=links))
    return Report(sources, facts)


@settings(max_examples=60)
@given(reports(), st.sampled_from([None, 0, 2, 3]))
def test_report_to_json_is_json_dumps_of_to_dict(report, indent):
    """Every field of every claim, at any indent: the bytes json.dumps writes."""
    assert report.to_json(indent=indent) == _standard(report.to_dict(), indent) + "\n"
    written = io.StringIO()
    report.write_json(written, indent=indent)
    assert written.getvalue() == report.to_json(indent=indent)


def _odd_report(**fields: object) -> Report:
    claim = Claim(span=Span("a", 12, 23), text=TEXT[12:23], value=Quantity.exact(4), **fields)  # type: ignore[arg-type]
    return Report([Source("a", TEXT)], [Fact("f1", [claim, claim], Verdict("single"))])


@pytest.mark.parametrize(
    "fields",
    [
        {"hedged": 1},  # an int where a bool belongs: json writes 1, not true
        {"negated": 0},
        {"subject": 5},  # not a string: json writes 5
        {"attribute_tokens": (True,)},
    ],
)
def test_fields_of_unexpected_types_are_written_as_json_dumps_writes_them(fields):
    """The fast path hands anything but the usual field types back to json.dumps."""
    report = _odd_report(**fields)
    assert report.to_json() == _standard(report.to_dict(), 2) + "\n"
    mixed = Report(report.sources, [*report.facts, attrs.evolve(_report_facts()[0], id="f2")])
    assert mixed.to_json() == _standard(mixed.to_dict(), 2) + "\n"


def _report_facts() -> list[Fact]:
    """A plain fact, to sit next to an odd one: each fact falls back on its own."""
    claim = Claim(span=Span("a", 12, 23), text=TEXT[12:23], value=Quantity.exact(4))
    return [Fact("f1", [claim], Verdict("single"))]


def test_a_score_that_is_not_finite_is_refused_as_json_dumps_refuses_it():
    """Out-of-range floats raise json's ValueError on the fast path too, not a partial report."""
    claim = Claim(span=Span("a", 12, 23), text=TEXT[12:23], value=Quantity.exact(4))
    fact = Fact("f1", [claim], Verdict("single"), links=[Link(0, 0, "exact", math.nan)])
    report = Report([Source("a", TEXT)], [fact])
    with pytest.raises(ValueError, match="Out of range float") as standard:
        _standard(report.to_dict(), 2)
    with pytest.raises(ValueError, match="Out of range float") as fast:
        report.to_json()
    assert str(fast.value) == str(standard.value)


def test_real_reports_are_written_as_json_dumps_writes_them():
    """The seeds' report and a records report with estimates and reliabilities."""
    seeds = reconcile.compare(sorted(SEEDS.glob("*.txt")))
    rows = [
        {"source": s, "subject": "UA 1", "attribute": "departs", "value": v}
        for s, v in (("a", "6:15 PM"), ("b", "18:15"), ("c", "6:45 PM"), ("d", "6:15p.m."))
    ]
    records = reconcile.compare_records(rows)
    assert any(f.estimate for f in records.facts)
    for report in (seeds, records, Report([Source("a", "x")])):
        for indent in (None, 2, 4):
            assert report.to_json(indent=indent) == _standard(report.to_dict(), indent) + "\n"
