"""The README's example and the docs of the report and the command run as written, so they
cannot rot."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def python_blocks(markdown: str) -> list[str]:
    """The fenced ```python blocks of a Markdown text, in order."""
    return re.findall(r"^```python\n(.*?)^```", markdown, re.DOTALL | re.MULTILINE)


def test_the_readme_has_a_python_example():
    """The README shows at least one Python example of ten lines or so."""
    blocks = python_blocks(README)
    assert blocks
    assert all(len(block.splitlines()) <= 15 for block in blocks)


@pytest.mark.parametrize("number", range(len(python_blocks(README))))
def test_the_readme_example_runs(number: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Each Python block runs in a fresh directory holding the seeds, and prints something."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    code = compile(python_blocks(README)[number], f"README.md python block {number + 1}", "exec")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(code, {"__name__": "__readme__"})  # noqa: S102 - the README's own example
    assert printed.getvalue().strip()


def test_the_readme_picture_of_the_html_report_exists():
    """Every image the README shows is a file in the repository."""
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)", README)
    assert images
    for image in images:
        assert (ROOT / image).is_file(), image


# --- the docs pages of the report and the command ----------------------------------------

DOCS = ROOT / "docs"


@pytest.mark.parametrize("page", ["settings.md", "report-format.md"])
def test_the_python_examples_in_docs_run(page: str, tmp_path: Path, monkeypatch):
    """Each Python block of the page runs, and each `print(...)  # shown` prints what it shows."""
    import reconcile

    (tmp_path / "docs").mkdir()
    shutil.copy(DOCS / "report.schema.json", tmp_path / "docs")
    report = reconcile.compare(sorted((ROOT / "seeds").glob("*.txt")))
    (tmp_path / "report.json").write_text(report.to_json(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for number, block in enumerate(python_blocks((DOCS / page).read_text(encoding="utf-8"))):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, f"{page} block {number + 1}", "exec"), {})  # noqa: S102 - our docs
        shown = re.findall(r"^print\(.*\)  # (.*)$", block, re.MULTILINE)
        assert printed.getvalue().splitlines() == shown


def test_docs_cli_names_every_option():
    """docs/cli.md describes every option the command takes."""
    from reconcile.cli import _parser

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    flags = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", _parser().format_help()))
    assert {"--format", "-o", "--only", "--fail-on-conflict", "--quiet"} <= flags
    for flag in flags - {"-h", "--help"}:
        assert f"`{flag}" in text, flag


def test_docs_cli_error_lines_are_what_the_command_prints(tmp_path: Path, monkeypatch, capsys):
    """Each `$ reconcile ...` example in docs/cli.md prints the error line shown under it."""
    from reconcile.cli import main

    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "empty").mkdir()
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 10)
    monkeypatch.chdir(tmp_path)
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    example = r"^\$ reconcile (.*)\n(?:(?!\$ ).*\n)*?(reconcile: .*)$"
    examples = re.findall(example, text, re.MULTILINE)
    assert len(examples) >= 5

    def status(arguments: list[str]) -> int | str | None:
        try:
            return main(arguments)
        except SystemExit as exited:  # argparse's usage errors
            return exited.code

    for arguments, line in examples:
        assert status(arguments.split()) == 2
        assert capsys.readouterr().err.splitlines()[-1] == line


def test_docs_settings_names_every_setting():
    """docs/settings.md describes every field of Settings."""
    import attrs

    import reconcile

    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for field in attrs.fields(reconcile.Settings):
        assert f"`{field.name}`" in text, field.name


def test_report_format_examples_are_the_seeds_report():
    """report-format.md's JSON and text examples are what `reconcile seeds/` writes: the JSON
    abridged only where the page says (the text cut to "…", the first zones and sentences), the
    text the report's head as it is."""
    import json

    import reconcile

    page = (DOCS / "report-format.md").read_text(encoding="utf-8")
    report = reconcile.compare(ROOT / "seeds")
    real = report.to_dict()
    (block,) = re.findall(r"^```json\n(.*?)^```", page, re.DOTALL | re.MULTILINE)
    shown = json.loads(block)
    assert (shown["format"], shown["summary"]) == (real["format"], real["summary"])
    for source in shown["sources"]:
        (actual,) = [s for s in real["sources"] if s["id"] == source["id"]]
        assert source.pop("text") == "…"
        for key in ("zones", "sentences"):
            part = source.pop(key)
            assert part == actual[key][: len(part)]
        assert source == {k: v for k, v in actual.items() if k in source}
        assert set(source) == set(actual) - {"text", "zones", "sentences"}
    for fact in shown["facts"]:
        assert fact == next(f for f in real["facts"] if f["id"] == fact["id"])
    text = page.split("## Text", 1)[1]
    (example,) = re.findall(r"^```\n(.*?)^```", text, re.DOTALL | re.MULTILINE)[:1]
    head = example.removesuffix("  …\n")
    assert head != example
    assert report.to_text(width=100).startswith(head)
