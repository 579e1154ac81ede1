"""Units, record cells and reasons (branch ux31b). Every example is made up."""

from __future__ import annotations

import pytest

import reconcile
from reconcile.records import parse_value


def _verdict(a: str, b: str) -> tuple[str, str]:
    rows = [
        {"source": "north", "subject": "ferry", "attribute": "size", "value": a},
        {"source": "south", "subject": "ferry", "attribute": "size", "value": b},
    ]
    fact = reconcile.compare_records(rows, estimate=False).facts[0]
    return fact.verdict.kind, fact.verdict.reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("8 nautical miles", "14.8 km"),  # 8 x 1.852 = 14.816
        ("8 nmi", "14.8 km"),
        ("8 nmi", "9.2 miles"),
        ("20 knots", "37 km/h"),  # 20 x 1.852 = 37.04
        ("4.1 TB", "4,100 GB"),
        ("4.1 terabytes", "4100 gigabytes"),
        ("600 MB", "0.6 GB"),
        ("3,200 km2", "3200 square kilometres"),  # "km2": the 2 is the square's
        ("3,200 km2", "1,236 sq mi"),
    ],
)
def test_nautical_miles_knots_and_data_sizes_convert_in_records(a: str, b: str):
    """A nautical mile is 1.852 km and a knot one an hour; data sizes step by a thousand."""
    assert _verdict(a, b)[0] == "agree"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("8 nautical miles", "8 miles"),  # a mile at sea is not a mile on land
        ("8 nautical miles", "12.9 km"),  # 8 land miles, not 8 sea miles
        ("4.1 TB", "4,100 MB"),
    ],
)
def test_converted_units_still_conflict_when_the_amounts_differ(a: str, b: str):
    assert _verdict(a, b)[0] == "conflict"


def test_nautical_miles_and_data_sizes_convert_in_text():
    """In articles too: one fact each, agreeing, not two single-source facts."""
    report = reconcile.compare(
        [
            {"text": "The ferry was stopped 8 nautical miles off the cape.", "id": "a"},
            {"text": "The ferry was stopped 15 km off the cape.", "id": "b"},
            {"text": "Intruders copied 4.1 terabytes of files.", "id": "c"},
            {"text": "Intruders copied 4,100 gigabytes of files.", "id": "d"},
        ]
    )
    kinds = sorted(f.verdict.kind for f in report.facts)
    assert kinds == ["agree", "agree"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("2,5", "2.5"),  # a cell that is only a figure with a decimal comma
        ("2.671,8", "2671.8"),  # dots group thousands: the comma is the decimal
        ("7,2 Mio. EUR", "€7.2m"),
        ("3,1 Mrd. EUR", "EUR 3.1 billion"),
        ("5 Mio", "5,000,000"),
        ("€ 3,5 Mio.", "3.5 million euros"),
        ("12 Mds €", "€12bn"),
        ("scores", "tens"),  # two vague counts, which overlap
    ],
)
def test_decimal_commas_foreign_scales_and_vague_counts_read_in_cells(a: str, b: str):
    assert _verdict(a, b)[0] == "agree"
    assert isinstance(parse_value(a), reconcile.Quantity)


def test_a_thousands_comma_and_a_plain_word_are_unchanged():
    assert parse_value("12,345") == parse_value("12345")
    assert not isinstance(parse_value("Modem"), reconcile.Quantity)
    assert not isinstance(parse_value("Mio"), reconcile.Quantity)


def test_a_bound_that_excludes_the_exact_figure_says_so():
    """ "almost 30" vs "30" differ by the bound, not by distance: the reason says that."""
    kind, reason = _verdict("almost 30", "30")
    assert kind == "conflict"
    assert reason.endswith("nearly 30 excludes 30")
    assert "too far apart" not in reason
    assert _verdict("almost 30", "12")[1].endswith("figures too far apart to both hold")


def test_a_semicolon_file_reads_its_decimal_commas(tmp_path):
    """docs/cli.md: ";" files are what spreadsheets export where the comma is the decimal."""
    path = tmp_path / "depths.csv"
    path.write_text(
        "source;subject;attribute;value\nharbour;dock;depth;4,75\nsurvey;dock;depth;4.75\n",
        encoding="utf-8",
    )
    (fact,) = reconcile.compare_records(reconcile.read_records(path), estimate=False).facts
    assert fact.verdict.kind == "agree"


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("09:15 UTC", "10:15 CET", "agree"),
        ("09:15 UTC", "11:15 CEST", "agree"),
        ("23:30 UTC", "01:30 CEST", "agree"),  # past midnight
        ("9:15 PST", "17:15 GMT", "agree"),
        ("09:15 UTC", "12:15 CEST", "conflict"),
    ],
)
def test_times_in_two_fixed_zones_convert_in_records(a: str, b: str, kind: str):
    assert _verdict(a, b)[0] == kind


def test_a_zone_whose_offset_its_name_does_not_fix_is_named_not_converted():
    kind, reason = _verdict("09:15 UTC", "10:15 ET")  # ET is -5 or -4 by the season
    assert kind == "conflict"
    assert reason.endswith("times in different zones (UTC and ET), not converted")


def test_a_records_time_keeps_its_zone_in_the_printed_value():
    assert parse_value("14:05 UTC").describe() == "14:05 UTC"
    assert parse_value("9:05 p.m. EDT").describe() == "21:05 EDT"
    assert parse_value("14:05").describe() == "14:05"


def test_times_in_two_fixed_zones_convert_in_text():
    def verdict(later: str) -> tuple[str, str]:
        report = reconcile.compare(
            [
                {"text": "The barge was searched at 13:45 UTC, the port said.", "id": "a"},
                {"text": f"The barge was searched at {later}, the port said.", "id": "b"},
            ]
        )
        (fact,) = report.facts
        return fact.verdict.kind, fact.verdict.reason

    assert verdict("15:45 CEST")[0] == "agree"
    assert verdict("16:45 CEST")[0] == "conflict"
    assert verdict("9:45 a.m. ET")[1].endswith("(UTC and ET), not converted")


def test_the_most_likely_date_is_printed_unambiguously_beside_its_printing(tmp_path):
    """A slash date read day-first is printed in ISO form before the text one source printed
    ("04/09/2027" is 4 September to some readers); the JSON keeps the text as printed."""
    lines = [
        '{"source":"Lamp","subject":"q","attribute":"date","value":"09/04/2027"}',
        '{"source":"Lamp","subject":"r","attribute":"date","value":"28/05/2027"}',
        '{"source":"Post","subject":"q","attribute":"date","value":"April 9, 2027"}',
        '{"source":"Kite","subject":"q","attribute":"date","value":"04/09/2027"}',
        '{"source":"Bell","subject":"q","attribute":"date","value":"2027-04-10"}',
    ]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = reconcile.compare_records(reconcile.read_records(path))
    fact = next(f for f in report.facts if f.subject == "q")
    assert fact.estimate is not None
    printed = fact.estimate.text
    assert "2027-04-09" not in printed  # the contract: the text as a source printed it
    shown = f"2027-04-09 (Fri), as printed “{printed}”"
    for page in (report.to_text(), report.to_markdown(), report.to_html()):
        assert shown in page.replace("&ldquo;", "“").replace("&rdquo;", "”")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_named_as_such(tmp_path, codec: str):
    path = tmp_path / "memo.txt"
    path.write_bytes("The mayor said 12 bridges closed.\n".encode(codec))
    with pytest.raises(reconcile.InvalidSourceError, match="looks like UTF-16 text without its"):
        reconcile.read(path)
    noise = tmp_path / "noise.txt"  # NUL bytes here and there: binary, as before
    noise.write_bytes(b"ab\x00\x01cd\x00\x00\x07efgh" * 20)
    with pytest.raises(reconcile.InvalidSourceError, match="looks binary"):
        reconcile.read(noise)
