"""The command: formats, output file, --only, exit codes, one-line errors, colour and progress."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile import Report
from reconcile.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def conflict(tmp_path: Path) -> Path:
    """A directory of two articles that contradict each other."""
    folder = tmp_path / "conflict"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said four people were hurt on Monday.", encoding="utf-8")
    (folder / "b.txt").write_text("Six people were hurt, police said.", encoding="utf-8")
    return folder


@pytest.fixture
def calm(tmp_path: Path) -> Path:
    """A directory of one article, so nothing can conflict."""
    folder = tmp_path / "calm"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said four people were hurt.", encoding="utf-8")
    return folder


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def check_json(text: str) -> dict[str, object]:
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(text)
    jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(data)
    assert Report.from_json(text).to_json() == text
    return data


# --- errors: exit 2 and one line on stderr -----------------------------------------------


def test_a_missing_file_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    """A path that does not exist gives status 2 and one line naming it."""
    code, out, err = run(capsys, tmp_path / "nope.txt")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("reconcile: no such file:")
    assert "nope.txt" in err


def test_a_binary_file_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    """A file of binary data gives status 2 and one line saying it is binary."""
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    code, out, err = run(capsys, binary)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "photo.txt looks binary" in err


def test_an_empty_directory_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """A directory with no articles gives status 2 and one line saying what it lacks."""
    folder = tmp_path / "empty"
    folder.mkdir()
    code, out, err = run(capsys, folder)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert "holds no .txt, .md, .html or .htm files" in err


def test_files_of_one_name_in_two_folders_are_named_by_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """`reconcile storm/ flood/`, both holding a.txt, names the two paths, not item numbers."""
    for folder in ("storm", "flood"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"The {folder} hit the town.", encoding="utf-8")
    code, _, err = run(capsys, tmp_path / "storm", tmp_path / "flood")
    assert code == 2
    assert str(tmp_path / "storm" / "a.txt") in err
    assert str(tmp_path / "flood" / "a.txt") in err


def test_files_the_command_does_not_read_are_named_in_one_line(
    capsys: pytest.CaptureFixture[str], calm: Path
):
    """A directory's .csv and sub-folder are named on stderr as one line; the rest is read."""
    (calm / "rows.csv").write_text("source,value\na,1\n", encoding="utf-8")
    (calm / "older").mkdir()
    code, out, err = run(capsys, calm)
    assert code == 0
    assert out.startswith("reconcile ·")
    (line,) = err.splitlines()
    assert line.startswith("reconcile: read 1 file(s) of the directory")
    assert "older/" in line
    assert "rows.csv" in line


def test_the_same_file_twice_is_read_once_and_said(capsys: pytest.CaptureFixture[str], calm: Path):
    """`reconcile a.txt folder/` holding a.txt: one line says it was given twice; one source."""
    code, out, err = run(capsys, calm / "a.txt", calm, "-f", "json")
    assert code == 0
    (line,) = err.splitlines()
    assert "a.txt was given twice" in line
    assert "rename" not in line
    assert [s["id"] for s in json.loads(out)["sources"]] == ["a"]


def test_two_files_of_one_stem_in_one_folder_still_exit_2(
    capsys: pytest.CaptureFixture[str], calm: Path
):
    """a.txt and a.md are two files that would share an id: refused, both named."""
    (calm / "a.md").write_text("Nine people were hurt.", encoding="utf-8")
    code, _, err = run(capsys, calm)
    assert code == 2
    assert "two sources have the id 'a'" in err


def test_a_folder_of_only_sub_folders_says_to_pass_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """Sub-folders cannot be converted to text: the line says to pass them themselves."""
    (tmp_path / "pile" / "monday").mkdir(parents=True)
    (tmp_path / "pile" / "tuesday").mkdir()
    code, _, err = run(capsys, tmp_path / "pile")
    assert code == 2
    assert "pass the sub-folders themselves" in err
    assert "convert" not in err
    assert "monday/" in err


@pytest.mark.parametrize("command", [[], ["records"], ["corpus", "-o", "out"]])
def test_standard_input_is_said_to_be_unread(
    capsys: pytest.CaptureFixture[str], command: list[str]
):
    """`-` is not taken for a missing file named '-': the line says stdin is not read."""
    code, out, err = run(capsys, *command[:1], "-", *command[1:])
    assert (code, out) == (2, "")
    assert "standard input" in err
    assert "no such file" not in err
    code, out, err = run(capsys, *command[:1], "", *command[1:])  # not "." read in its place
    assert (code, out) == (2, "")
    assert "an empty path was given" in err


def test_an_empty_output_name_is_refused_clearly(capsys: pytest.CaptureFixture[str], calm: Path):
    """`-o ''` says the name is empty, not "cannot write : Is a directory"."""
    code, _, err = run(capsys, calm, "-o", "")
    assert code == 2
    assert "-o was given an empty name" in err
    code, _, err = run(capsys, "corpus", calm, "-o", "")
    assert code == 2
    assert "-o was given an empty name" in err


def test_the_output_may_not_overwrite_an_article(capsys: pytest.CaptureFixture[str], calm: Path):
    """`-o a.txt` when a.txt is read: refused, and the article is left as it was."""
    before = (calm / "a.txt").read_text(encoding="utf-8")
    code, _, err = run(capsys, calm, "-o", calm / "a.txt")
    assert code == 2
    assert "is one of the articles read" in err
    assert (calm / "a.txt").read_text(encoding="utf-8") == before


@pytest.mark.parametrize("name", ["report.html", "report.md", "report.txt", "report.htm"])
def test_a_report_written_into_the_folder_is_not_read_back(
    capsys: pytest.CaptureFixture[str], conflict: Path, name: str
):
    """`reconcile dir -o dir/report.html`, run twice: the second run skips the report, says so,
    and finds the same conflicts."""
    code, first, _ = run(capsys, conflict, "-f", "json")
    assert code == 0
    code, _, _ = run(capsys, conflict, "-o", conflict / name)
    assert code == 0
    code, second, err = run(capsys, conflict, "-f", "json")
    assert code == 0
    assert second == first
    (line,) = err.splitlines()
    assert f"skipped the reports reconcile wrote ({name}" in line
    code, _, err = run(capsys, conflict / name)  # named itself: refused, saying what it is
    assert code == 2
    assert "is a report reconcile wrote, not an article" in err


def test_help_names_the_other_commands(capsys: pytest.CaptureFixture[str]):
    """`reconcile --help` tells a newcomer that `records` and `corpus` exist."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "reconcile records FILE..." in out
    assert "reconcile corpus PATH... -o OUTDIR" in out


def test_records_help_lists_every_file_type_the_docs_list(capsys: pytest.CaptureFixture[str]):
    """The records help names .csv, .tsv, .jsonl, .ndjson and .json, as docs/cli.md does."""
    with pytest.raises(SystemExit):
        main(["records", "--help"])
    out = capsys.readouterr().out
    for suffix in (".csv", ".tsv", ".jsonl", ".ndjson", ".json"):
        assert suffix in out
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert all(suffix in docs for suffix in (".tsv", ".ndjson", "`.json`"))


@pytest.mark.parametrize(
    "argv",
    [[], ["--format", "xml", "seeds"], ["--only", "everything", "seeds"], ["--nope", "seeds"]],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]):
    """No path, an unknown format, an unknown --only or an unknown option exit with status 2."""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.splitlines()[-1].startswith("reconcile: ")


def test_an_unwritable_output_exits_2(capsys: pytest.CaptureFixture[str], calm: Path, tmp_path):
    """An output file that cannot be written gives status 2 and one line."""
    code, _, err = run(capsys, calm, "-o", tmp_path / "no" / "such" / "dir.txt")
    assert code == 2
    assert err.startswith("reconcile: cannot write")
    assert err.count("\n") == 1


# --- formats and output ------------------------------------------------------------------


def test_text_is_the_default(capsys: pytest.CaptureFixture[str]):
    """Without --format the report is text, conflicts before agreements."""
    code, out, err = run(capsys, SEEDS)
    assert code == 0
    assert err == ""
    assert out.startswith("reconcile · 2 sources")
    assert out.index("CONFLICTS") < out.index("AGREEMENTS") < out.index("SINGLE SOURCE")


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("markdown", "# reconcile report\n<!-- generator: reconcile"),
        ("html", "<!DOCTYPE html>"),
        ("json", "{"),
    ],
)
def test_each_format(capsys: pytest.CaptureFixture[str], fmt: str, start: str):
    """--format picks the rendering."""
    code, out, _ = run(capsys, SEEDS, "--format", fmt)
    assert code == 0
    assert out.startswith(start)


def test_json_output_follows_the_contract(capsys: pytest.CaptureFixture[str]):
    """The JSON the command writes validates against the schema and reads back."""
    _, out, _ = run(capsys, SEEDS, "--format", "json")
    data = check_json(out)
    assert [s["id"] for s in data["sources"]] == [p.stem for p in sorted(SEEDS.glob("*.txt"))]  # type: ignore[index]


def test_output_file_takes_its_format_from_its_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """-o writes the file, nothing on stdout; .html, .md and .json pick their format."""
    for name, start in [
        ("r.html", "<!DOCTYPE html>"),
        ("r.md", "# reconcile"),
        ("r.txt", "reconcile ·"),
    ]:
        code, out, _ = run(capsys, SEEDS, "-o", tmp_path / name)
        assert code == 0
        assert out == ""
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
    run(capsys, SEEDS, "-o", tmp_path / "r.json")
    check_json((tmp_path / "r.json").read_text(encoding="utf-8"))
    run(capsys, SEEDS, "-o", tmp_path / "forced.html", "--format", "json")
    assert (tmp_path / "forced.html").read_text(encoding="utf-8").startswith("{")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_only_filters_facts_in_every_format(capsys: pytest.CaptureFixture[str], fmt: str):
    """--only agreements leaves out conflicts and single-source facts, whatever the format."""
    _, full, _ = run(capsys, SEEDS, "--format", "json")
    agreements = sum(f["verdict"] == "agree" for f in json.loads(full)["facts"])
    code, out, _ = run(capsys, SEEDS, "--format", fmt, "--only", "agreements")
    assert code == 0
    if fmt == "json":
        data = check_json(out)
        assert {f["verdict"] for f in data["facts"]} == {"agree"}  # type: ignore[index]
        assert len(data["facts"]) == agreements  # type: ignore[arg-type]
    elif fmt == "html":
        assert 'data-verdict="conflict"' not in out.split("<main", 1)[1].split("</main>")[0]
        assert 'data-verdict="agree"' in out
    elif fmt == "markdown":
        assert "## Conflicts" not in out
        assert "## Single source" not in out
        assert f"## Agreements ({agreements})" in out
    else:
        assert "CONFLICTS" not in out
        assert "SINGLE SOURCE" not in out
        assert f"AGREEMENTS ({agreements})" in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_only_conflicts_with_none_says_so_against_the_facts_there_are(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str
):
    """--only conflicts where nothing conflicts: "no conflicts among the 2 facts", not "no
    source states a value", which the heading ("0 of 2 facts shown") contradicts."""
    (tmp_path / "a.txt").write_text("Officials said 7 bridges closed.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 7 bridges closed on Monday.", encoding="utf-8")
    code, out, _ = run(capsys, tmp_path, "--format", fmt, "--only", "conflicts")
    assert code == 0
    assert "No facts shown: no conflicts among the 2 facts (1 agreement, 1 single-source)" in out
    assert "no source states a value" not in out


def test_only_can_be_repeated(capsys: pytest.CaptureFixture[str]):
    """--only conflicts --only single keeps both kinds."""
    _, out, _ = run(capsys, SEEDS, "--format", "json", "--only", "conflicts", "--only", "single")
    assert {f["verdict"] for f in json.loads(out)["facts"]} == {"conflict", "single"}


# --- exit status 1 and --quiet -----------------------------------------------------------


def test_fail_on_conflict_exits_1_when_sources_conflict(
    capsys: pytest.CaptureFixture[str], conflict: Path
):
    """With --fail-on-conflict, a conflict gives status 1 and says so on stderr."""
    code, out, err = run(capsys, conflict, "--fail-on-conflict")
    assert code == 1
    assert "CONFLICTS" in out
    assert err == "reconcile: 1 conflict found\n"


def test_conflicts_alone_do_not_fail(capsys: pytest.CaptureFixture[str], conflict: Path):
    """Without --fail-on-conflict, conflicts are a finding, not a failure."""
    code, _, err = run(capsys, conflict)
    assert code == 0
    assert err == ""


def test_fail_on_conflict_exits_0_without_conflicts(capsys: pytest.CaptureFixture[str], calm):
    """With --fail-on-conflict and no conflict, the status is 0."""
    assert run(capsys, calm, "--fail-on-conflict")[0] == 0


def test_fail_on_conflict_looks_at_every_fact_whatever_only_shows(
    capsys: pytest.CaptureFixture[str], conflict: Path
):
    """--only narrows what is shown, not what is checked: a hidden conflict still fails."""
    code, _, _ = run(capsys, conflict, "--fail-on-conflict", "--only", "single")
    assert code == 1


def test_quiet_writes_nothing_on_stdout(capsys: pytest.CaptureFixture[str], conflict: Path):
    """--quiet with --fail-on-conflict is a silent check: only the exit status speaks."""
    assert run(capsys, conflict, "--quiet", "--fail-on-conflict") == (1, "", "")


def test_quiet_still_writes_the_output_file(
    capsys: pytest.CaptureFixture[str], calm: Path, tmp_path: Path
):
    """--quiet silences stdout, not the file asked for with -o."""
    code, out, _ = run(capsys, calm, "--quiet", "-o", tmp_path / "r.md")
    assert (code, out) == (0, "")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# reconcile report")


def test_quiet_still_reports_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    """Errors still go to stderr under --quiet."""
    code, out, err = run(capsys, tmp_path / "nope.txt", "--quiet")
    assert (code, out) == (2, "")
    assert err.startswith("reconcile: no such file")


# --- colour, width and progress ----------------------------------------------------------


def test_colour_only_on_a_terminal_and_never_with_no_color(
    monkeypatch: pytest.MonkeyPatch, conflict: Path
):
    """A terminal gets colour; NO_COLOR (any value) and a pipe get none."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    assert main([str(conflict)]) == 0
    assert "\033[" in terminal.getvalue()

    monkeypatch.setenv("NO_COLOR", "1")
    plain = Terminal()
    monkeypatch.setattr(sys, "stdout", plain)
    main([str(conflict)])
    assert "\033[" not in plain.getvalue()
    assert "CONFLICTS" in plain.getvalue()

    monkeypatch.delenv("NO_COLOR")
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stdout", pipe)
    main([str(conflict)])
    assert "\033[" not in pipe.getvalue()


def test_colour_never_goes_into_a_file(
    monkeypatch: pytest.MonkeyPatch, conflict: Path, tmp_path: Path
):
    """-o writes plain text even when stdout is a terminal."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys, "stdout", Terminal())
    main([str(conflict), "-o", str(tmp_path / "r.txt")])
    assert "\033[" not in (tmp_path / "r.txt").read_text(encoding="utf-8")


def test_text_fits_the_terminal(monkeypatch: pytest.MonkeyPatch, conflict: Path):
    """On a terminal the report is as wide as the terminal."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "60")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    main([str(conflict)])
    lines = terminal.getvalue().splitlines()
    assert max(len(line) for line in lines[1:]) <= 60


def test_progress_shows_on_a_terminal_only_and_not_when_quiet(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """Reading several sources draws a \\r-updated bar on a terminal's stderr, cleared after;
    --quiet and a redirected stderr get none."""
    for n in range(5):
        (tmp_path / f"s{n}.txt").write_text(f"Police said {n + 2} people were hurt.", "utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main([str(tmp_path)]) == 0
    drawn = terminal.getvalue()
    assert "\r" in drawn
    assert "5/5" in drawn
    assert drawn.endswith("\r\033[K")
    assert "\n" not in drawn

    quiet = Terminal()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert main([str(tmp_path), "--quiet"]) == 0
    assert quiet.getvalue() == ""

    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    assert main([str(tmp_path)]) == 0
    assert pipe.getvalue() == ""
    capsys.readouterr()


def test_progress_is_cleared_before_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """An error after some files were read starts on a clean line."""
    (tmp_path / "a.txt").write_text("Four people were hurt.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 50)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main([str(tmp_path)]) == 2
    assert "\r\033[Kreconcile: " in terminal.getvalue()
    assert terminal.getvalue().endswith("convert it to text first\n")


# --- the installed command ---------------------------------------------------------------


@pytest.fixture
def flights(tmp_path: Path) -> Path:
    """Records of two sites that disagree on a departure time."""
    path = tmp_path / "flights.csv"
    path.write_text(
        "site,flight,field,shown\n"
        "A,UA 1,departs,6:15 PM\nB,UA 1,departs,18:15\nC,UA 1,departs,6:45 PM\n",
        encoding="utf-8",
    )
    return path


def test_records_command_reconciles_rows_and_estimates(
    capsys: pytest.CaptureFixture[str], flights: Path
):
    """`reconcile records` reads the file, names its columns, and estimates the truth."""
    columns = [
        "--source",
        "site",
        "--subject",
        "flight",
        "--attribute",
        "field",
        "--value",
        "shown",
    ]
    code, out, err = run(capsys, "records", flights, *columns, "-f", "json", "--fail-on-conflict")
    assert (code, err.count("\n")) == (1, 1)
    data = check_json(out)
    (fact,) = data["facts"]
    assert fact["verdict"] == "conflict"
    assert fact["estimate"]["value"]["low"] == 18 * 60 + 15
    assert {s["id"] for s in data["sources"]} == {"A", "B", "C"}
    assert all(s["reliability"] is not None for s in data["sources"])
    code, out, _ = run(capsys, "records", flights, *columns, "--no-estimate", "-f", "json")
    assert code == 0
    assert json.loads(out)["facts"][0]["estimate"] is None


def test_records_command_names_a_missing_column(capsys: pytest.CaptureFixture[str], flights):
    """A column that is not there: exit 2, one line naming the file, its header line, the
    columns there are, and the option that names the column (not a Python keyword)."""
    code, out, err = run(capsys, "records", flights)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert f"{flights} line 1 (the header) has no column 'source'" in err
    assert "site, flight, field, shown" in err
    assert "--source COLUMN" in err
    assert "keyword" not in err
    code, _, err = run(capsys, "records", flights, "--source", "site", "--subject", "nosuch")
    assert code == 2
    assert "no column 'nosuch'" in err
    assert "--subject COLUMN" in err


def test_records_command_names_the_line_of_a_row_without_a_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """A blank source cell is named by its file and line (blank lines counted), not "record 2"."""
    rows = tmp_path / "rows.csv"
    rows.write_text("source,subject,attribute,value\na,X,n,1\n\n ,X,n,2\n", encoding="utf-8")
    code, _, err = run(capsys, "records", rows)
    assert code == 2
    assert f"{rows} line 4 names no source in column 'source'" in err
    lines = tmp_path / "rows.jsonl"
    lines.write_text(
        '{"source": "a", "subject": "X", "attribute": "n", "value": 1}\n\n'
        '{"subject": "X", "attribute": "n", "value": 2}\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "records", lines)
    assert code == 2
    assert f"{lines} line 3 has no column 'source'" in err


@pytest.mark.parametrize(
    ("name", "text"),
    [("header.csv", "source,subject,attribute,value\n"), ("blank.jsonl", "\n\n")],
)
def test_records_without_a_row_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, text: str
):
    """A CSV file with only its header (or JSON lines with no line) is refused as an empty one is."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "records", path)
    assert (code, out) == (2, "")
    assert f"{path} holds no records" in err


def test_an_article_given_to_records_gets_the_command_for_articles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    """An article given to `reconcile records` fails as CSV, and the line says what to run."""
    article = tmp_path / "story.txt"
    article.write_text(
        "Town News\n\nThe council met on Monday, and it voted, 7-2, for the plan.\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "records", article)
    assert code == 2
    assert f"looks like an article, not records: run `reconcile {article}`" in err


def test_records_named_twice_are_read_once_and_said(
    capsys: pytest.CaptureFixture[str], flights: Path
):
    """`reconcile records f.csv ./f.csv`: one line says so, and no claim is counted twice."""
    columns = ["--source", "site", "--subject", "flight", "--attribute", "field"]
    again = Path(os.path.relpath(flights))
    code, out, err = run(
        capsys, "records", flights, again, *columns, "--value", "shown", "-f", "json"
    )
    assert code == 0
    (line,) = err.splitlines()
    assert line == f"reconcile: {again} was given twice (also as {flights}); it is read once"
    (fact,) = json.loads(out)["facts"]
    assert len(fact["claims"]) == 3


def test_a_report_given_to_records_is_named_as_a_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, conflict: Path
):
    """A report reconcile wrote, given as records, is not sent to the plain command (which
    refuses reports too): the line says what it is."""
    page = tmp_path / "report.html"
    assert main([str(conflict), "-o", str(page)]) == 0
    code, _, err = run(capsys, "records", page)
    assert code == 2
    assert f"{page} is a report reconcile wrote, neither records nor an article" in err
    assert f"run `reconcile {page}`" not in err


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".ndjson"])
def test_records_given_as_articles_point_to_the_records_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str
):
    """A records file given as an article is refused with the command to run instead."""
    path = tmp_path / f"rows{suffix}"
    path.write_text("source,subject,attribute,value\na,x,n,4\n", encoding="utf-8")
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert f"reconcile records {path}" in err


@pytest.mark.parametrize("name", ["memo.pdf", "minutes.docx", "budget.xlsx", "brief.RTF"])
def test_a_file_of_a_kind_not_read_named_itself_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
):
    """A .pdf or .docx named itself is refused, as a folder holding it skips it: read as
    text, a PDF's operators came out as "facts" (made-up content; plain ASCII bytes, so the
    binary check alone does not catch it)."""
    path = tmp_path / name
    path.write_text("%PDF-1.4\nBT (The mayor said 12 bridges closed) Tj ET\n", encoding="utf-8")
    code, out, err = run(capsys, path)
    assert (code, out) == (2, "")
    assert f"{path} is a {path.suffix.lower()} file, which reconcile does not read" in err
    corpus = run(capsys, "corpus", path, "-o", tmp_path / "out")
    assert corpus[0] == 2
    assert "which reconcile does not read" in corpus[2]
    plain = tmp_path / "memo"  # no suffix at all: read as text, as before
    plain.write_text("The mayor said 12 bridges closed.", encoding="utf-8")
    assert run(capsys, plain)[0] == 0


def test_python_m_reconcile_is_the_command(tmp_path: Path, conflict: Path):
    """`python -m reconcile` runs the command and returns its exit status."""
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "reconcile", str(conflict), "--fail-on-conflict", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    missing = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "reconcile", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("reconcile: no such file")
    assert missing.stderr.count("\n") == 1


def test_records_command_says_what_separator_a_glued_header_seems_to_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    rows = tmp_path / "piped.csv"
    rows.write_text("source|subject|attribute|value\nnorth|Kiln 4|temp|812\n", encoding="utf-8")
    code, out, err = run(capsys, "records", rows)
    assert (code, out) == (2, "")
    assert "seems to use '|' as its separator" in err
    assert "--source COLUMN" not in err
