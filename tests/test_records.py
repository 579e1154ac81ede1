"""Records: values in cells are parsed by the text value code, grouped by (subject, attribute),
judged as judge() would with each source one origin, and read from CSV or JSON lines; nothing
given is dropped and bad files say which file."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import (
    DateRange,
    EntityRef,
    InvalidSourceError,
    Quantity,
    Report,
    Settings,
    SettingsError,
)
from reconcile.extract.gazetteer import place_contains
from reconcile.judge import judge, sided_listing, value_listing
from reconcile.model import (
    _CLAIM_SLOTS,
    _FACT_SLOTS,
    _SPAN_SLOTS,
    Claim,
    Fact,
    Span,
    Support,
    Verdict,
    _columns_of,
    built_verdict,
)
from reconcile.records import (
    TIME_UNIT,
    Hierarchy,
    _compatible,
    _fits,
    parse_time,
    parse_value,
)

if TYPE_CHECKING:
    from pathlib import Path


def _rows(*triples: tuple[str, str, str, str]) -> list[dict[str, str]]:
    return [
        {"source": s, "subject": subj, "attribute": attr, "value": v}
        for s, subj, attr, v in triples
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("6:15 PM", 1095),
        ("18:15", 1095),
        ("6:15p.m. Dec 1", 1095),
        ("6:15 p.m. (Estimated runway)", 1095),
        ("12/01 6:15 p.m.", 1095),
        ("12:00 a.m.", 0),
        ("12:30 PM", 750),
        ("7 am", 420),
        ("6.15pm", 1095),
        ("18h15", 1095),
        ("Noon", 720),
        ("12 noon", 720),
        ("midnight", 0),
        ("2026-12-01T18:15:00", 1095),
        ("2026-12-01T18:15:00Z", 1095),
        ("2026-12-01T18:15:00.250+01:00", 1095),
        ("2026-12-01 18:15", 1095),
    ],
)
def test_times_of_day_read_as_minutes_after_midnight(text: str, minutes: int) -> None:
    """Every common way of writing a time gives its minutes after midnight."""
    assert parse_time(text) == minutes
    value = parse_value(text)
    assert isinstance(value, Quantity)
    assert (value.low, value.unit) == (minutes, TIME_UNIT)


@pytest.mark.parametrize(
    "text",
    ["25:00", "13:05 pm", "Contact Airline", "1583", "6.15", "2026-12-01", "2026-13-01T18:15",
     "2h30m", "noonday", "18h75"],
)  # fmt: skip
def test_what_is_not_a_time_is_not_read_as_one(text: str) -> None:
    """Impossible hours and plain words are not times."""
    assert parse_time(text) is None


def test_a_decimal_and_a_date_are_not_read_as_times() -> None:
    """A "6.15" is a number and "2026-12-01" a date, though "6.15pm" and a timestamp are times."""
    number, date = parse_value("6.15"), parse_value("2026-12-01")
    assert isinstance(number, Quantity)
    assert (number.low, number.unit) == (6.15, None)
    assert isinstance(date, DateRange)


def test_noon_and_timestamps_agree_with_the_clock_times_they_name() -> None:
    """A "noon" is 12:00 PM and an ISO timestamp its time: neither is a third value."""
    report = reconcile.compare_records(
        _rows(
            ("a", "DL 9", "departs", "12:00 PM"),
            ("b", "DL 9", "departs", "noon"),
            ("c", "DL 9", "departs", "2026-12-01T12:00:00Z"),
            ("d", "DL 9", "departs", "12h00"),
        )
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "agree"


def test_numbers_with_units_and_money_read_as_quantities() -> None:
    """A count with a unit, money and a plain integer with separators are quantities."""
    kg = parse_value("12 kg")
    assert isinstance(kg, Quantity)
    assert (kg.low, kg.unit) == (12, "kg")
    money = parse_value("$2.5 million")
    assert isinstance(money, Quantity)
    assert (money.low, money.currency) == (2.5e6, "USD")
    plain = parse_value("478,403")
    assert isinstance(plain, Quantity)
    assert plain.low == 478403


def test_a_number_too_large_for_a_float_is_kept_as_written() -> None:
    """A 400-digit figure in a cell is kept as its text, not an error about infinity."""
    huge = "9" * 400
    assert parse_value(huge).describe() == huge
    report = reconcile.compare_records(
        [
            {"source": "a", "subject": "flight 12", "attribute": "seats", "value": huge},
            {"source": "b", "subject": "flight 12", "attribute": "seats", "value": "180"},
        ]
    )
    assert sorted(len(f.claims) for f in report.facts) == [2]


def test_dates_read_as_date_ranges() -> None:
    """A written date is a day range, in any of its usual forms."""
    a, b = parse_value("March 3, 2024"), parse_value("2024-03-03")
    assert isinstance(a, DateRange)
    assert a == b


def test_unparseable_values_are_kept_as_names() -> None:
    """A value that is no number, date or time is a name, never dropped."""
    value = parse_value("  Not   Available ")
    assert isinstance(value, EntityRef)
    assert (value.kind, value.name) == ("other", "Not Available")
    place = parse_value("Columbus, Ohio")
    assert isinstance(place, EntityRef)
    assert place.kind == "place"


def test_times_written_differently_agree() -> None:
    """'6:15 PM', '18:15' and '6:15p.m. Dec 1' are one value: the fact is an agreement."""
    report = reconcile.compare_records(
        _rows(
            ("a", "UA 1", "departs", "6:15 PM"),
            ("b", "UA 1", "departs", "18:15"),
            ("c", "UA 1", "departs", "6:15p.m. Dec 1"),
        )
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "agree"
    assert fact.estimate is None


def test_small_table_gives_agree_conflict_and_single_in_a_stable_order() -> None:
    """Facts come sorted by subject then attribute, each with its verdict."""
    report = reconcile.compare_records(
        _rows(
            ("b", "Ohio", "population", "11,800,000"),
            ("a", "Ohio", "population", "11,799,448"),
            ("a", "Austin", "population", "961,855"),
            ("b", "Austin", "population", "950,000"),
            ("a", "Austin", "mayor", "Kirk Watson"),
        ),
        estimate=False,
    )
    assert [(f.subject, f.attribute, f.verdict.kind) for f in report.facts] == [
        ("Austin", "mayor", "single"),
        ("Austin", "population", "conflict"),
        ("Ohio", "population", "conflict"),
    ]
    assert [s.id for s in report.sources] == ["a", "b"]
    assert all(s.reliability is None for s in report.sources)


def test_every_claim_quotes_the_value_as_written_in_its_source_text() -> None:
    """A claim's span slices the value out of its source's rendered rows."""
    report = reconcile.compare_records(
        _rows(("a", "x", "n", " 4 people "), ("a", "y", "n", "6:15 PM"), ("b", "x", "n", "five"))
    )
    for claim in report.claims:
        assert report.source(claim.source_id).quote(claim.span) == claim.text
    assert report.source("a").text == "x | n |  4 people \ny | n | 6:15 PM"


def test_columns_are_named_by_keywords() -> None:
    """The keywords say which columns hold the source, subject, attribute and value."""
    rows = [{"site": "a", "isbn": "1", "field": "author", "cell": "Knuth"}]
    report = reconcile.compare_records(
        rows, source="site", subject="isbn", attribute="field", value="cell"
    )
    assert report.facts[0].claims[0].text == "Knuth"


def test_a_source_with_only_empty_cells_is_kept_as_silent() -> None:
    """Empty cells state nothing, but their source is still reported."""
    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("b", "x", "n", "")))
    assert [s.id for s in report.silent_sources] == ["b"]


def test_a_missing_column_is_an_error_that_names_it() -> None:
    """A row without the value column raises, naming the column."""
    with pytest.raises(InvalidSourceError, match="'value'"):
        reconcile.compare_records([{"source": "a", "subject": "x", "attribute": "n"}])


def test_the_same_rows_in_any_order_give_the_same_json() -> None:
    """Row order does not change the report."""
    rows = _rows(
        ("a", "x", "n", "4"), ("b", "x", "n", "6"), ("c", "x", "n", "4"), ("c", "y", "d", "Paris")
    )
    first = reconcile.compare_records(rows).to_json()
    assert reconcile.compare_records(list(reversed(rows))).to_json() == first


def test_read_records_reads_csv_and_json_lines(tmp_path: Path) -> None:
    """CSV with a header and JSON lines both give a list of mappings."""
    csv_file = tmp_path / "r.csv"
    csv_file.write_text('source,subject,attribute,value\na,x,n,4\nb,x,n,"6,000"\n', "utf-8")
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(
        "\n".join(json.dumps(r) for r in _rows(("a", "x", "n", "4"), ("b", "x", "n", "6,000")))
        + "\n",
        "utf-8",
    )
    assert reconcile.read_records(csv_file) == reconcile.read_records(jsonl)
    report = reconcile.compare_records(reconcile.read_records(csv_file))
    assert report.facts[0].verdict.kind == "conflict"


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("missing.csv", None, "cannot read"),
        ("bad.jsonl", b'{"source": "a"}\nnot json\n', "line 2 is not JSON"),
        ("list.jsonl", b"[1, 2]\n", "not an object"),
        ("latin.csv", "source,value\nbé,1\n".encode("latin-1"), "not UTF-8"),
        ("ragged.csv", b"source,value\na,1,2\n", "more cells"),
        ("short.csv", b"source,subject,value\na,x,1\nb,x\n", "line 3 has fewer cells"),
        ("empty.csv", b"", "empty"),
    ],
)
def test_bad_files_raise_an_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes | None, match: str
) -> None:
    """Every unreadable records file raises InvalidSourceError with the file in the message."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InvalidSourceError, match=match) as caught:
        reconcile.read_records(path)
    assert name in str(caught.value)


def test_tab_separated_files_are_read_by_their_suffix(tmp_path: Path) -> None:
    """A .tsv file is split on tabs, so a value may hold a comma."""
    path = tmp_path / "rows.tsv"
    path.write_text("source\tsubject\tattribute\tvalue\na\tx\tn\t1,200\n", encoding="utf-8")
    assert reconcile.read_records(path) == [
        {"source": "a", "subject": "x", "attribute": "n", "value": "1,200"}
    ]


def test_times_of_day_are_shown_as_times_and_never_meet_plain_numbers() -> None:
    """ "6:15 PM" reads as 18:15 in every report, and is not the number 1,095."""
    report = reconcile.compare_records(
        _rows(("a", "UA 1", "departs", "6:15 PM"), ("b", "UA 1", "departs", "18:15"))
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "agree"
    assert [v.value for v in fact.verdict.support] == ["18:15"]
    assert "18:15" in report.to_text()
    assert "1,095" not in report.to_text()
    mixed = reconcile.compare_records(
        _rows(("a", "UA 1", "departs", "6:15 PM"), ("b", "UA 1", "departs", "1,095"))
    )
    assert mixed.facts[0].verdict.kind == "conflict"
    assert "18:15" in mixed.facts[0].verdict.reason
    assert "1,095" in mixed.facts[0].verdict.reason


def test_a_source_that_writes_days_first_has_its_ambiguous_dates_read_day_first() -> None:
    """'13/04/2025' shows a source writes day/month; its '03/04/2025' is then 3 April.

    A source with no such evidence, or with evidence both ways, is read month first.
    """
    report = reconcile.compare_records(
        _rows(
            ("uk", "x", "d", "03/04/2025"),
            ("uk", "y", "d", "13/04/2025"),
            ("us", "x", "d", "April 3, 2025"),
            ("plain", "x", "d", "03/04/2025"),
            ("mixed", "x", "d", "03/04/2025"),
            ("mixed", "y", "d", "13/04/2025"),
            ("mixed", "z", "d", "04/13/2025"),
        )
    )
    read = {c.source_id: c.value for f in report.facts if f.subject == "x" for c in f.claims}
    assert read["uk"] == read["us"]
    assert read["uk"].describe() == "2025-04-03 (Thu)"
    assert read["plain"].describe() == "2025-03-04 (Tue)"
    assert read["mixed"].describe() == "2025-03-04 (Tue)"
    (fact,) = [f for f in report.facts if f.subject == "x"]
    assert [c.text for c in fact.claims if c.source_id == "uk"] == ["03/04/2025"]


def test_every_row_of_a_records_source_is_its_body() -> None:
    """A records source is all body: the report counts its characters as read."""
    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("a", "y", "n", "")))
    (source,) = report.sources
    assert source.body_chars == len(source.text) > 0
    assert "no claims" not in report.to_text()


def test_report_from_records_round_trips_through_json() -> None:
    """A records report, with estimates and reliabilities, reads back equal."""
    report = reconcile.compare_records(
        _rows(("a", "x", "n", "4"), ("b", "x", "n", "6"), ("c", "x", "n", "4"))
    )
    assert report.facts[0].estimate is not None
    assert Report.from_json(report.to_json()) == report


def test_identical_rows_from_two_sources_are_two_origins() -> None:
    """A record row is its own statement, not a reprint: each source stating a value is an origin."""
    report = reconcile.compare_records(
        _rows(
            ("a", "x", "n", "4"), ("b", "x", "n", "4"), ("c", "x", "n", "6"), ("c", "x", "m", "1")
        )
    )
    contested = report.fact("f2")
    assert contested.verdict.origins == 3
    assert [(s.value, s.sources, s.origins) for s in contested.verdict.support] == [
        ("4", ("a", "b"), 2),
        ("6", ("c",), 1),
    ]
    assert report.fact("f1").verdict.origins == 1


def test_a_source_stating_a_fact_twice_is_still_one_origin() -> None:
    """Two rows of one source about one fact count that source once."""
    report = reconcile.compare_records(
        _rows(("a", "x", "n", "4"), ("a", "x", "n", "four"), ("b", "x", "n", "4"))
    )
    assert report.facts[0].verdict.origins == 2
    assert report.facts[0].verdict.kind == "agree"


_CELLS = st.sampled_from(
    ["4", "4.0", "four", "6", "1,000", "1000", "3 million", "3,200,000", "6:15 PM", "18:15",
     "March 3, 2024", "2024-03", "Ohio", "Columbus", "Texas", "Jane Roe", "jane roe", ""]
)  # fmt: skip


@given(
    st.lists(
        st.tuples(st.sampled_from("abcd"), st.sampled_from("xy"), st.sampled_from("nm"), _CELLS),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=60, deadline=None)
def test_record_verdicts_are_the_judge_verdicts_but_for_origins(
    rows: list[tuple[str, str, str, str]],
) -> None:
    """Each fact's verdict is what judge() says of its claims, save the count of origins."""
    report = reconcile.compare_records(_rows(*rows), estimate=False)
    by_id = {s.id: s for s in report.sources}
    for fact in report.facts:
        fast = fact.verdict
        slow = judge(fact.claims, by_id, Settings(), place_contains=place_contains)
        assert fast.kind == slow.kind
        assert [(s.value, s.sources) for s in fast.support] == [
            (s.value, s.sources) for s in slow.support
        ]
        assert fast.origins == len(fact.sources)
        assert all(s.origins == len(s.sources) for s in fast.support)
        origins = re.compile(r"\d+ independent origins?")
        assert origins.sub("", fast.reason) == origins.sub("", slow.reason)


def test_claims_built_for_rows_equal_checked_claims() -> None:
    """The unchecked constructors set every field, as the checked constructors would."""
    assert _CLAIM_SLOTS.split() == [a.name for a in attrs.fields(Claim)]
    assert _SPAN_SLOTS.split() == [a.name for a in attrs.fields(Span)]
    assert _FACT_SLOTS.split() == [a.name for a in attrs.fields(Fact)]
    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("a", "", "", "6")))
    for claim in report.claims:
        checked = Claim(
            span=Span(claim.span.source_id, claim.span.start, claim.span.end),
            text=claim.text,
            value=claim.value,
            sentence=claim.sentence,
            subject=claim.subject,
            attribute=claim.attribute,
            attribute_tokens=(claim.attribute,) if claim.attribute else (),
        )
        assert claim == checked
        assert repr(claim) == repr(checked)


def test_a_hierarchy_makes_unknown_places_agree_and_the_narrower_is_estimated() -> None:
    """Names the gazetteer does not know agree when the caller's hierarchy nests them."""
    rows = [
        {"source": "a", "subject": "p", "attribute": "born", "value": "Little Wick"},
        {"source": "b", "subject": "p", "attribute": "born", "value": "Greater Shire"},
    ]
    assert reconcile.compare_records(rows).facts[0].verdict.kind == "conflict"
    pairs = [("Little Wick", "Greater Shire"), ("greater  shire", "Far Land")]
    for hierarchy in (pairs, dict(pairs), Hierarchy(pairs)):
        (fact,) = reconcile.compare_records(rows, hierarchy=hierarchy).facts
        assert fact.verdict.kind == "agree"
        assert fact.estimate is not None
        assert fact.estimate.text == "Little Wick"


def test_a_hierarchy_is_transitive_case_blind_and_allows_two_parents() -> None:
    """Containment follows chains, ignores case and spacing, and a name may sit in two places."""
    h = Hierarchy([("Springfield", "Ohio"), ("Springfield", "Oregon"), ("Ohio", "USA")])
    assert h.contains("usa", "SPRINGFIELD")
    assert h.contains("Oregon", "Springfield")
    assert h.contains("Springfield", "Springfield")
    assert h.contains("Springfield", "USA") is False
    assert h.contains("USA", "Nowhere") is None
    assert h.ancestors("springfield") == {"ohio", "oregon", "usa"}
    assert len(h) == 4


def test_a_hierarchy_entry_that_is_not_a_pair_is_an_error() -> None:
    """A malformed entry names its number rather than failing later."""
    with pytest.raises(SettingsError, match="entry 2"):
        Hierarchy([("a", "b"), ("c",)])  # type: ignore[list-item]
    with pytest.raises(SettingsError, match="blank"):
        Hierarchy([("a", " ")])


def test_cells_that_are_not_strings_or_sources_with_spaces_read_as_cleaned_rows() -> None:
    messy = [
        {"source": " b ", "subject": 7, "attribute": None, "value": 4},
        {"source": "a", "subject": "7", "attribute": "", "value": "6"},
    ]
    clean = _rows(("b", "7", "", "4"), ("a", "7", "", "6"))
    assert reconcile.compare_records(iter(messy)).to_json() == (
        reconcile.compare_records(clean).to_json()
    )
    with pytest.raises(InvalidSourceError, match="row 3 names no source"):
        reconcile.compare_records([*clean, {"source": "  ", "subject": "x", "attribute": "n",
                                            "value": "4"}])  # fmt: skip
    with pytest.raises(InvalidSourceError, match="row 3 must be a mapping"):
        reconcile.compare_records([*clean, "not a row"])


def _eager(report: Report) -> Report:
    """The same report with every fact built the ordinary way, from claim objects."""
    facts = [
        Fact(
            id=f.id,
            claims=f.claims,
            verdict=f.verdict,
            subject=f.subject,
            attribute=f.attribute,
            links=f.links,
            estimate=f.estimate,
        )
        for f in report.facts
    ]
    return Report(report.sources, facts)


_NAMES = st.sampled_from(["x", "y", "", "50% off", 'a "quoted" name', "é ü", "a\\b"])


@given(
    st.lists(
        st.tuples(st.sampled_from(["a", "b", "c %s", "d\"'"]), _NAMES, _NAMES, _CELLS),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=60, deadline=None)
def test_facts_of_records_hold_columns_that_equal_and_write_as_claim_objects(
    rows: list[tuple[str, str, str, str]],
) -> None:
    """A records report, its claims built on demand, is equal to and writes as one of objects."""
    lazy = reconcile.compare_records(_rows(*rows))
    assert all(_columns_of(f) is not None for f in lazy.facts)  # held as columns
    eager = _eager(reconcile.compare_records(_rows(*rows)))
    assert lazy.to_json() == eager.to_json()
    assert lazy == eager
    assert hash(lazy.facts) == hash(eager.facts)
    assert lazy.to_json() == _eager(lazy).to_json()  # after its claims were built
    assert lazy.to_json(indent=None) == eager.to_json(indent=None)
    assert lazy.to_dict() == eager.to_dict()
    assert repr(lazy.facts) == repr(eager.facts)


def test_a_fact_of_records_builds_its_claims_once_and_knows_no_other_missing_name() -> None:
    """The claims are built on first use and kept; other missing names still raise."""
    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("b", "x", "n", "6")))
    fact = report.facts[0]
    assert _columns_of(fact) is not None
    assert fact.claims is fact.claims
    assert _columns_of(fact) is None  # built, and kept
    assert attrs.asdict(report.facts[0]) == attrs.asdict(_eager(report).facts[0])
    assert [c.text for c in fact.claims] == ["4", "6"]
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        fact.nothing  # type: ignore[attr-defined]  # noqa: B018 - the access is the test


def test_a_report_of_records_survives_pickling_and_evolving() -> None:
    """A pickled records report, or one rebuilt by attrs.evolve, equals the original."""
    import pickle

    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("b", "x", "n", "6")))
    assert pickle.loads(pickle.dumps(report)) == report  # noqa: S301 - our own bytes
    assert attrs.evolve(report.facts[0], estimate=None).claims == report.facts[0].claims


def test_a_fact_of_records_in_a_report_without_its_source_is_an_error() -> None:
    """The report checks the quotes of facts held as columns as it does any other's."""
    report = reconcile.compare_records(_rows(("a", "x", "n", "4"), ("b", "x", "n", "6")))
    with pytest.raises(reconcile.InvalidSpanError, match="not a source of this report"):
        Report(report.sources[:1], report.facts)
    other = reconcile.Source("b", "x | n | 7")
    with pytest.raises(reconcile.InvalidSpanError, match="differs from '7'"):
        Report([report.sources[0], other], report.facts)


def test_a_report_of_some_facts_of_records_in_another_order_checks_each_fact() -> None:
    """Facts of records taken apart and reordered are checked, and accepted, one by one."""
    rows = _rows(("a", "x", "n", "4"), ("b", "x", "n", "6"), ("a", "y", "n", "5"))
    report = reconcile.compare_records(rows)
    assert Report(report.sources, report.facts[::-1]).facts == report.facts[::-1]
    assert (
        Report(report.sources, report.facts[1:]).to_json()
        == _eager(Report(report.sources, report.facts[1:])).to_json()
    )
    with pytest.raises(reconcile.InvalidSpanError, match="differs from"):
        Report([report.sources[0], reconcile.Source("b", "x | n | 7")], report.facts[::-1])


def test_values_compatible_by_their_numbers_are_what_the_judge_finds() -> None:
    """The shortcut for exact numbers of one unit and currency gives _compatible's answer.

    Equal numbers in other units or currencies ("$4", "4 EUR", "4 miles", "4 km") and
    different numbers that convert into one another ("84 months", "7 years") are
    where a shortcut by number alone would be wrong.
    """
    texts = ["4", "4.0", "6", "1,000", "1000", "3 million", "3,200,000", "6:15 PM", "18:15",
             "$4", "4 EUR", "$4.00", "4 miles", "4 km", "84 months", "7 years", "12 kg",
             "12 kilograms", "Ohio", "March 3, 2024", "-0", "0"]  # fmt: skip
    values = [parse_value(t) for t in texts]
    for hierarchy in (None, Hierarchy([("Columbus", "Ohio")])):
        fits = _fits(values, hierarchy)
        for a in range(len(values)):
            for b in range(len(values)):
                expected = _compatible(values[a], values[b], hierarchy)
                assert fits(a, b) is expected, (texts[a], texts[b])
    assert not _compatible(values[texts.index("$4")], values[texts.index("4 EUR")], None)
    assert _compatible(values[texts.index("84 months")], values[texts.index("7 years")], None)


def test_verdicts_built_without_their_checks_equal_checked_ones() -> None:
    """built_verdict sets every field of the verdict and its supports, as the constructors do."""
    support = [("4", ("a", "b")), ("6", ("c",))]
    for kind in ("single", "agree", "conflict"):
        built = built_verdict(kind, "why", 3, support)
        checked = Verdict(kind, "why", 3, tuple(Support(w, ids, len(ids)) for w, ids in support))
        assert built == checked
        assert repr(built) == repr(checked)
        assert hash(built) == hash(checked)
        assert attrs.asdict(built) == attrs.asdict(checked)


@pytest.mark.parametrize("limit", [1, 2, 4])
def test_a_side_of_one_value_is_listed_as_value_listing_lists_it(limit: int) -> None:
    """sided_listing writes a side of one value without grouping it, the same words."""
    held = [
        ("4", ["a", "b", "c", "d", "e"]),
        ("6", ["f"]),
        ("6.0", ["g", "h"]),
        ("9", ["i", "j", "k", "l"]),
        ("11", ["m"]),
        ("12", ["n"]),
    ]

    def fits(i: int, j: int) -> bool:
        return {i, j} == {1, 2}

    sides = [[0], [1, 2], [3], [4], [5]]
    expected = [value_listing((held[i] for i in side), limit, joiner=" ≈ ") for side in sides]
    expected = expected[:limit] + (
        [f"{len(sides) - limit} more values"] if len(sides) > limit else []
    )
    assert sided_listing(held, fits, limit) == " vs ".join(expected)
    assert sided_listing(held, fits) == (
        "4 (a, b, c and 2 more) vs 6 (f) ≈ 6.0 (g, h) vs 9 (i, j, k and 1 more) vs 11 (m)"
        " vs 1 more values"
    )


@pytest.mark.parametrize(
    ("printed", "low", "currency"),
    [
        ("-$45 million", -45e6, "USD"),
        ("($45 million)", -45e6, "USD"),
        ("$(0.12)", -0.12, "USD"),
        ("\u2212\u20ac3m", -3e6, "EUR"),
        ("(0.12)", -0.12, None),
    ],
)
def test_negative_amounts_as_tables_write_them(printed: str, low: float, currency: str) -> None:
    """A minus sign or accounting's parentheses make a negative amount, not a name."""
    value = parse_value(printed)
    assert isinstance(value, Quantity)
    assert value.low == value.high == pytest.approx(low)
    assert value.currency == currency


def test_a_loss_written_two_ways_agrees_and_is_printed_with_its_sign() -> None:
    report = reconcile.compare_records(
        [
            {
                "source": "filing",
                "subject": "Q3",
                "attribute": "net income",
                "value": "-$45 million",
            },
            {
                "source": "wire",
                "subject": "Q3",
                "attribute": "net income",
                "value": "($45 million)",
            },
        ]
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "agree"
    assert "-$45 million" in report.to_text()


@pytest.mark.parametrize(
    "printed", ["(see note)", "-March 3", "--5", "($45 million", "-more than 5"]
)
def test_what_is_not_a_signed_amount_stays_a_name(printed: str) -> None:
    assert isinstance(parse_value(printed), EntityRef)
