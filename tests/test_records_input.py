"""Records input: wrong argument types, files read with their lines, and cells that are no value
are refused with a ReconcileError that says what to pass; empty cells and JSON nulls state
nothing; subjects and attributes match whatever their spacing and case."""

from __future__ import annotations

import json
import warnings
from typing import TYPE_CHECKING, Any

import pytest

import reconcile
from reconcile import InvalidSourceError, ReconcileError, SettingsError
from reconcile.records import Hierarchy, HierarchyCycleWarning, Record
from reconcile.truth import TruthSettings

if TYPE_CHECKING:
    from pathlib import Path


def _row(source: str, subject: str, attribute: str, value: Any) -> dict[str, Any]:
    return {"source": source, "subject": subject, "attribute": attribute, "value": value}


ROWS = [_row("a", "x", "n", "4"), _row("b", "x", "n", "6")]


# --- item 1: argument types -------------------------------------------------------------------


def test_a_files_path_given_as_rows_says_to_read_it(tmp_path: Path) -> None:
    """A path (str or Path) is not iterated character by character: the fix is read_records."""
    path = tmp_path / "claims.csv"
    path.write_text("source,subject,attribute,value\na,x,n,4\n", encoding="utf-8")
    for given in (str(path), path):
        with pytest.raises(InvalidSourceError, match=r"not a file's path.*read_records\(path\)"):
            reconcile.compare_records(given)  # type: ignore[arg-type]


@pytest.mark.parametrize("rows", [5, ROWS[0]])
def test_rows_that_are_not_a_collection_of_rows_are_refused(rows: Any) -> None:
    with pytest.raises(InvalidSourceError, match="mappings of column to value"):
        reconcile.compare_records(rows)


def test_read_records_given_a_list_says_to_call_it_per_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidSourceError, match="once per file"):
        reconcile.read_records([str(tmp_path / "a.csv")])  # type: ignore[arg-type]


@pytest.mark.parametrize("hierarchy", [5, "Little Wick>Greater Shire", b"ab", ["ab"]])
def test_a_hierarchy_that_is_not_pairs_is_a_settings_error(hierarchy: Any) -> None:
    """A str is not read as pairs of its characters, nor a number taken apart."""
    with pytest.raises(SettingsError, match="pair"):
        reconcile.compare_records(ROWS, hierarchy=hierarchy)


def test_truth_given_a_dict_says_to_build_truth_settings() -> None:
    with pytest.raises(SettingsError, match=r"TruthSettings\.from_dict"):
        reconcile.compare_records(ROWS, truth={"prior_accuracy": 0.7})  # type: ignore[arg-type]
    with pytest.raises(SettingsError, match=r"Settings\.from_dict"):
        reconcile.compare_records(ROWS, settings={"approx_window": 0.2})  # type: ignore[arg-type]


def test_every_argument_error_is_a_reconcile_error() -> None:
    """The common root catches them all (the CLI relies on it)."""
    for call in (
        lambda: reconcile.compare_records(7),  # type: ignore[arg-type]
        lambda: reconcile.compare_records(ROWS, hierarchy=7),  # type: ignore[arg-type]
        lambda: reconcile.compare_records(ROWS, truth=0.7),  # type: ignore[arg-type]
    ):
        with pytest.raises(ReconcileError):
            call()


# --- item 2: read_records ---------------------------------------------------------------------


def test_a_header_alone_is_refused_as_an_empty_file_is(tmp_path: Path) -> None:
    header = tmp_path / "header.csv"
    header.write_text("source,subject,attribute,value\n\n", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match=r"header\.csv holds no records \(only a header"):
        reconcile.read_records(header)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n \n", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match=r"empty\.jsonl holds no records \(it is empty"):
        reconcile.read_records(empty)


def test_rows_know_their_file_line_and_errors_name_it(tmp_path: Path) -> None:
    """Lines count blank lines and the lines a quoted cell spans; a missing column is the
    header's, a missing source the row's."""
    path = tmp_path / "rows.csv"
    path.write_text(
        'source,subject,attribute,value\n\na,x,n,"4\nmore"\n ,x,n,5\n', encoding="utf-8"
    )
    rows = reconcile.read_records(path)
    assert [(type(r), r.line) for r in rows] == [(Record, 3), (Record, 5)]  # type: ignore[attr-defined]
    assert rows[0] == _row("a", "x", "n", "4\nmore")  # still a plain mapping of cells
    with pytest.raises(InvalidSourceError, match=r"rows\.csv line 5 names no source"):
        reconcile.compare_records(rows)
    with pytest.raises(InvalidSourceError, match=r"rows\.csv line 1 \(the header\) has no column"):
        reconcile.compare_records(rows, source="site")
    lines = tmp_path / "rows.jsonl"
    lines.write_text(json.dumps(ROWS[0]) + "\n\n" + json.dumps({"source": "b"}) + "\n")
    with pytest.raises(InvalidSourceError, match=r"rows\.jsonl line 3 has no column 'subject'"):
        reconcile.compare_records(reconcile.read_records(lines))


def test_rows_not_read_from_a_file_are_numbered_as_rows() -> None:
    with pytest.raises(InvalidSourceError, match=r"^row 2 names no source"):
        reconcile.compare_records([ROWS[0], _row(" ", "x", "n", "4")])


def test_a_csv_short_row_names_its_file_line(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    path.write_text("source,subject,attribute,value\n\na,x,n\n", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match="line 3 has fewer cells"):
        reconcile.read_records(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-16-le"])
def test_a_utf16_file_with_its_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.csv"
    text = "source,subject,attribute,value\na,Zürich,n,4\n"
    data = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its mark; the others need it added
        data = ("\ufeff" + text).encode(encoding)
    path.write_bytes(data)
    assert reconcile.read_records(path) == [_row("a", "Zürich", "n", "4")]


def test_utf16_without_its_mark_is_refused_not_read_as_cells_of_nuls(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes("source,value\na,4\n".encode("utf-16-le"))
    with pytest.raises(InvalidSourceError, match="UTF-16 without its byte-order mark"):
        reconcile.read_records(path)


@pytest.mark.parametrize(
    ("cell", "kind"),
    [(True, "true"), (False, "false"), ([1, 2], "a list"), ({"v": 1}, "an object")],
)
def test_json_cells_that_are_no_value_are_refused_by_file_line_and_column(
    tmp_path: Path, cell: object, kind: str
) -> None:
    path = tmp_path / "cells.jsonl"
    path.write_text(json.dumps(ROWS[0]) + "\n" + json.dumps(_row("b", "x", "n", cell)) + "\n")
    with pytest.raises(InvalidSourceError, match=rf"cells\.jsonl line 2: 'value' is {kind}"):
        reconcile.read_records(path)
    path.write_text(json.dumps(_row("b", cell, "n", "4")) + "\n")  # type: ignore[arg-type]
    with pytest.raises(InvalidSourceError, match=rf"line 1: 'subject' is {kind}"):
        reconcile.read_records(path)


def test_json_ids_must_be_strings_and_values_may_be_numbers(tmp_path: Path) -> None:
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"source": 5, "subject": "x", "attribute": "n", "value": 4}) + "\n")
    with pytest.raises(
        InvalidSourceError, match=r"ids\.jsonl line 1: the source in column 'source' is 5"
    ):
        reconcile.compare_records(reconcile.read_records(path))
    path.write_text(
        "\n".join(json.dumps(_row(s, "x", "n", v)) for s, v in [("a", 1234567), ("b", 1234567.0)])
    )
    report = reconcile.compare_records(reconcile.read_records(path))
    assert report.facts[0].verdict.kind == "agree"


def test_a_python_row_holding_a_list_is_refused_naming_its_column() -> None:
    with pytest.raises(InvalidSourceError, match="row 2: the value in column 'value' is list"):
        reconcile.compare_records([ROWS[0], _row("b", "x", "n", [4])])


def test_a_json_null_states_nothing_as_an_empty_cell_does(tmp_path: Path) -> None:
    csv_file = tmp_path / "rows.csv"
    csv_file.write_text("source,subject,attribute,value\na,x,n,4\nb,x,n,\nc,x,n,6\n")
    json_file = tmp_path / "rows.jsonl"
    json_file.write_text(
        "\n".join(json.dumps(_row(s, "x", "n", v)) for s, v in [("a", "4"), ("b", None), ("c", 6)])
    )
    from_csv = reconcile.compare_records(reconcile.read_records(csv_file))
    from_json = reconcile.compare_records(reconcile.read_records(json_file))
    assert from_csv.to_json() == from_json.to_json()
    assert [c.source_id for c in from_json.facts[0].claims] == ["a", "c"]


# --- item 4: settings that contradict themselves ---------------------------------------------


def test_min_accuracy_above_max_accuracy_is_refused_naming_both() -> None:
    with pytest.raises(SettingsError, match=r"min_accuracy \(0\.9\) must not exceed max_accuracy"):
        TruthSettings(min_accuracy=0.9, max_accuracy=0.5)
    with pytest.raises(SettingsError, match="max_accuracy"):
        TruthSettings.from_dict({"min_accuracy": 0.6, "max_accuracy": 0.4})
    assert TruthSettings(min_accuracy=0.5, max_accuracy=0.5).max_accuracy == 0.5


def test_a_cyclic_hierarchy_is_said_naming_the_cycle() -> None:
    """Warned, not refused: a tree naming a city after its country is a cycle by name."""
    with pytest.warns(HierarchyCycleWarning, match="cycle: Shire within Town within Shire"):
        Hierarchy([("Town", "Shire"), ("shire", "town")])
    with pytest.warns(HierarchyCycleWarning, match="cycle: a within b within c within a"):
        reconcile.compare_records(ROWS, hierarchy=[("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")])
    # A place inside one of the same name is no cycle: a name lies within itself already.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        same = Hierarchy([("Gotham", "Gotham"), ("Gotham", "Northland")])
    assert same.contains("Northland", "gotham")
    assert same.contains("Gotham", "Gotham")


# --- item 3: subjects and attributes spelt with stray spaces or another case ------------------


def test_stray_spaces_and_case_in_subject_and_attribute_make_one_fact() -> None:
    """One flight written "UA100", "UA100 ", " ua100" is one fact, printed as the spelling that
    needs no cleaning, not three facts with identical titles; each source's own line keeps what
    it wrote."""
    report = reconcile.compare_records(
        [
            _row("a", "UA100", "departure", "18:15"),
            _row("b", "UA100 ", "departure", "18:15"),
            _row("c", " ua100", "Departure ", "6:15 PM"),
            _row("d", "New  York", "pop", "8"),
            _row("e", "new\tyork", "pop", "8"),
        ]
    )
    assert [(f.subject, f.attribute, f.verdict.kind) for f in report.facts] == [
        ("New York", "pop", "agree"),
        ("UA100", "departure", "agree"),
    ]
    assert [c.source_id for c in report.facts[1].claims] == ["a", "b", "c"]
    assert report.source("c").text == " ua100 | Departure  | 6:15 PM"
    assert report.facts[1].claims[2].text == "6:15 PM"


def test_a_subject_spelt_one_way_keeps_its_spelling_and_clean_input_its_facts() -> None:
    """Only spellings that meet are merged: a lone "Gamma " is printed as written (a caller
    looking its fact up by the subject it gave finds it), distinct subjects are not merged by
    a prefix or an inner space, and facts stay in (subject, attribute) order."""
    report = reconcile.compare_records(
        [
            _row("a", "Zeta", "n", "1"),
            _row("a", "alpha", "n", "2"),
            _row("b", "Al pha", "n", "3"),
            _row("b", "Gamma ", "n", "4"),
        ]
    )
    assert [f.subject for f in report.facts] == ["Al pha", "Gamma ", "Zeta", "alpha"]


# --- separators and header case ---------------------------------------------------------------


def test_a_csv_separated_by_semicolons_or_tabs_is_read(tmp_path: Path) -> None:
    """A spreadsheet saved where the comma is the decimal mark separates cells with ";"."""
    for name, mark in (("semi.csv", ";"), ("tabbed.csv", "\t")):
        path = tmp_path / name
        lines = ["source,subject,attribute,value".replace(",", mark),
                 mark.join(["north", "Kiln 4", "temp", "812"]),
                 mark.join(["south", "Kiln 4", "temp", "815"])]  # fmt: skip
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = reconcile.compare_records(reconcile.read_records(path))
        [fact] = report.facts
        assert (fact.subject, fact.attribute, fact.verdict.kind) == ("Kiln 4", "temp", "conflict")


def test_a_header_in_another_case_names_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "upper.csv"
    path.write_text("Source,SUBJECT,Attribute,Value\nnorth,Kiln 4,temp,812\n", encoding="utf-8")
    [fact] = reconcile.compare_records(reconcile.read_records(path)).facts
    assert fact.claims[0].text == "812"


def test_a_header_glued_by_an_unread_separator_says_what_the_separator_seems(
    tmp_path: Path,
) -> None:
    """ "|" is not sniffed: the error names it as the separator, not a column to name."""
    path = tmp_path / "piped.csv"
    path.write_text("source|subject|attribute|value\nnorth|Kiln 4|temp|812\n", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match=r"seems to use '\|' as its separator"):
        reconcile.compare_records(reconcile.read_records(path))
