"""The ``reconcile`` command: read sources, compare them, write a report.

Usage::

    reconcile PATH... [--format text|markdown|html|json] [-o FILE]
                      [--only conflicts|agreements|single] [--fail-on-conflict] [--quiet]
    reconcile records FILE... [--source COL] [--subject COL] [--attribute COL] [--value COL]
                      [--no-estimate] [--format ...] [-o FILE] [--only ...] [--fail-on-conflict]
    reconcile corpus PATH... -o OUTDIR [--html] [--quiet]

Exit codes: 0 done; 1 conflicts found (only with ``--fail-on-conflict``);
2 bad usage or input, with a one-line reason on stderr. docs/cli.md says more.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import os
import re
import shutil
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeVar

from reconcile._progress import Progress
from reconcile._version import __version__
from reconcile.errors import InvalidSourceError, ReconcileError

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from reconcile.model import Report, Source, VerdictKind

__all__ = ["main"]

_P = TypeVar("_P", str, Path)

FORMATS = ("text", "markdown", "html", "json")
"""The report formats ``--format`` takes."""

ONLY: dict[str, VerdictKind] = {"conflicts": "conflict", "agreements": "agree", "single": "single"}
"""What ``--only`` takes, and the verdict each selects."""

_SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
}

_RECORD_SUFFIXES = frozenset([".csv", ".tsv", ".jsonl", ".ndjson"])

EXIT_OK = 0
EXIT_CONFLICT = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse, with its one-line usage errors prefixed like the command's other errors."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and one line saying what is wrong, then exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"reconcile: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reconcile",
        description=(
            "Compare several accounts of one story, fact by fact: what they agree on, what they"
            " contradict, and exactly who said what, where."
        ),
        epilog=(
            "other commands: `reconcile records FILE...` reconciles claims held as rows"
            " (CSV, TSV or JSON lines) and estimates the most likely values;"
            " `reconcile corpus PATH... -o OUTDIR` splits a pile of articles into stories and"
            " reports on each (see `reconcile records --help`, `reconcile corpus --help`)."
            " exit status: 0 done; 1 conflicts found (only with --fail-on-conflict);"
            " 2 bad usage or input. NO_COLOR turns colour off."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, .md, .html, .htm) or directories of them",
    )
    _report_options(parser)
    return parser


def _report_options(parser: argparse.ArgumentParser) -> None:
    """The options of the commands that write one report: format, output, selection."""
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="report format (default: from the -o file's suffix, else text)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout"
    )
    parser.add_argument(
        "--only",
        choices=tuple(ONLY),
        action="append",
        help="report only these facts (repeat to combine; default: all)",
    )
    parser.add_argument(
        "--fail-on-conflict",
        action="store_true",
        help="exit with status 1 when the sources contradict each other on any fact",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="write no report on stdout and no progress; errors still go to stderr",
    )
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _colour_wanted(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set to anything (no-color.org)."""
    return _is_terminal(stream) and not os.environ.get("NO_COLOR")


def _files(path: Path) -> list[Path]:
    """A path given on the command line as the files it names (a directory: those it holds)."""
    from reconcile import ingest  # noqa: PLC0415 - keeps `reconcile --help` fast

    if not path.is_dir():
        return [path]
    return ingest._files(path)  # noqa: SLF001 - ingest owns which files a directory holds


def _note(message: str, *, over_bar: bool = False) -> None:
    """One line on stderr, as the command's errors are, however the message was wrapped.

    ``over_bar``: a progress bar may be drawn on the line, so erase it first (the bar is
    redrawn under the note at its next step).
    """
    erase = "\r\033[K" if over_bar else ""
    print(f"{erase}reconcile: {' '.join(message.split())}", file=sys.stderr)


def _once(files: Sequence[_P]) -> list[_P]:
    """The files, each once: one named twice (``a.txt`` and the folder holding it) is noted."""
    seen: dict[Path, _P] = {}
    kept = []
    for file in files:
        try:
            key = Path(file).resolve()
        except (OSError, RuntimeError):  # a symlink loop: reading it will say what is wrong
            key = Path(file).absolute()
        if key in seen:
            also = "" if str(seen[key]) == str(file) else f" (also as {seen[key]})"
            _note(f"{file} was given twice{also}; it is read once")
            continue
        seen[key] = file
        kept.append(file)
    return kept


def _expand(paths: Sequence[str]) -> list[Path]:
    """The files the paths name, each once; what a directory holds but is not read is noted.

    The notes are one ``reconcile: ...`` line each, as errors are, not Python warnings.
    """
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

    with warnings.catch_warnings(record=True) as skipped:
        warnings.simplefilter("always", reconcile.SkippedFilesWarning)
        files = [file for path in paths for file in _files(Path(path))]
    for warning in skipped:
        _note(str(warning.message))
    return _once(files)


def _id_clash(first: Path, second: Path, source_id: str) -> str:
    """The line for two files that would be one source: both named, and the fix."""
    return (
        f"{first} and {second} would both be the source {source_id!r} (two sources have the"
        f" id {source_id!r}): a source's id is its file's name without the suffix, so rename"
        " one of them"
    )


def _records_given(paths: Sequence[str]) -> str | None:
    """The line for a records file, or a file of a kind not read (a .pdf), given as an article."""
    for path in paths:
        if Path(path).suffix.lower() in _RECORD_SUFFIXES:
            return (
                f"{path} looks like records (one claim a row), not an article:"
                f" run `reconcile records {path}` (docs/cli.md)"
            )
        suffix = Path(path).suffix.lower()
        kind = suffix[1:2].isalpha() and suffix[1:].isalnum()  # ".pdf", not "story.2026"
        if not kind or suffix in _ARTICLE_SUFFIXES or suffix == ".json" or Path(path).is_dir():
            continue
        # A file named itself with a suffix reconcile does not read (a .pdf, a .docx): its
        # bytes would be read as an article's words (a PDF's operators as "facts"), so it
        # is refused, as a folder holding it skips it. A .json is left to ingest, which
        # names a report reconcile wrote as one.
        return (
            f"{path} is a {suffix} file, which reconcile does not read: it reads articles as"
            " text (.txt, .md, .html, .htm), so convert it to text first (docs/cli.md)"
        )
    return None


def _read(paths: Sequence[str], progress: Progress) -> tuple[tuple[Source, ...], list[Path]]:
    """Read every file the paths name, drawing progress as each is read; and the files read."""
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

    files = _expand(paths)
    progress.start(len(files))
    sources: list[Source] = []
    read_from: dict[str, Path] = {}
    for done, file in enumerate(files, start=1):
        progress.show(done - 1, str(file))
        for source in reconcile.read(file):
            if source.id in read_from:  # name both files: compare() would see ids alone
                raise InvalidSourceError(
                    _id_clash(read_from[source.id], file, source.id), source_id=source.id
                )
            read_from[source.id] = file
            sources.append(source)
    progress.show(len(files), "comparing…")
    return tuple(sources), files


def _bad_paths(paths: Sequence[str], output: str | None, *, outdir: bool = False) -> str | None:
    """What is wrong with the paths or the output named, before anything is read or made."""
    if output is not None and not output.strip():
        what = "an output folder" if outdir else "a file name (or leave -o out for stdout)"
        return f"-o was given an empty name: it needs {what}"
    for path in paths:
        if path == "-":
            return (
                "'-' (standard input) is not read: reconcile reads files, so save what"
                " you would pipe in to a file and pass the file's path"
            )
        if not path.strip():
            return "an empty path was given: pass the article files or folders to read"
    return None


def _same_file(output: Path, files: list[Path]) -> bool:
    """Whether ``output`` is one of ``files`` (written to, it would overwrite an article)."""
    try:
        return output.exists() and any(output.samefile(file) for file in files)
    except OSError:
        return False


def _render(report: Report, fmt: str, *, color: bool, width: int) -> str:
    if fmt == "markdown":
        return report.to_markdown()
    if fmt == "html":
        return report.to_html()
    return report.to_text(width=width, color=color)


def _fail(message: str) -> int:
    print(f"reconcile: {message}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command on ``argv`` (default: the process's arguments); return the exit status.

    Args:
        argv: the arguments after the command's name.

    Returns:
        0 when done; 1 when ``--fail-on-conflict`` is given and a conflict was found;
        2 for bad input, after one line on stderr saying what is wrong. Usage errors
        exit with status 2 through :class:`SystemExit`, as argparse does.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = pathlib.Path(folder, "a.txt").write_text("Four people died.", encoding="utf-8")
    ...     _ = pathlib.Path(folder, "b.txt").write_text("Six people died.", encoding="utf-8")
    ...     main([folder, "--quiet", "--fail-on-conflict"])
    1
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["corpus"]:
        return _corpus(arguments[1:])
    if arguments[:1] == ["records"]:
        return _records(arguments[1:])
    args = _parser().parse_args(arguments)
    wrong = _bad_paths(args.paths, args.output)
    if wrong:
        return _fail(wrong)
    wrong = _records_given(args.paths)
    if wrong:
        return _fail(wrong)
    progress = Progress(sys.stderr, on=not args.quiet and _is_terminal(sys.stderr))
    try:
        import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

        sources, files = _read(args.paths, progress)
        if args.output is not None and _same_file(Path(args.output), files):
            progress.clear()
            return _fail(
                f"-o {args.output} is one of the articles read, which the report would"
                " overwrite: write the report to another file"
            )
        report = reconcile.compare(sources)
    except ReconcileError as exc:
        progress.clear()
        return _fail(" ".join(str(exc).split()))
    except OSError as exc:  # a path that vanished or cannot be listed between checks
        progress.clear()
        return _fail(f"cannot read {exc.filename or 'a source'}: {exc.strerror or exc}")
    progress.clear()
    return _write(report, args)


def _write(report: Report, args: argparse.Namespace) -> int:
    """Write the report as the options ask; return the exit status."""
    from reconcile.report import select  # noqa: PLC0415 - keeps `reconcile --help` fast

    fmt = args.format or (
        _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), "text") if args.output else "text"
    )
    shown = select(report, [ONLY[o] for o in args.only]) if args.only else report
    to_stdout = args.output is None

    def emit(stream: TextIO) -> None:
        if fmt == "json":  # written fact by fact: a million claims need no gigabyte string
            shown.write_json(stream)
            return
        terminal = to_stdout and _is_terminal(sys.stdout)
        width = min(shutil.get_terminal_size((100, 24)).columns, 140) if terminal else 100
        colour = to_stdout and _colour_wanted(sys.stdout)
        stream.write(_render(shown, fmt, color=colour, width=width))

    if args.output is not None:
        try:
            with Path(args.output).open("w", encoding="utf-8") as file:
                emit(file)
        except OSError as exc:
            return _fail(f"cannot write {args.output}: {exc.strerror or exc}")
    elif not args.quiet:
        try:
            emit(sys.stdout)
            sys.stdout.flush()
        except BrokenPipeError:  # `reconcile ... | head`: the reader left, which is fine
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
    if args.fail_on_conflict and report.conflicts:
        if not args.quiet:
            print(
                f"reconcile: {len(report.conflicts)} conflict"
                f"{'' if len(report.conflicts) == 1 else 's'} found",
                file=sys.stderr,
            )
        return EXIT_CONFLICT
    return EXIT_OK


# --- reconcile records --------------------------------------------------------------------


def _records_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reconcile records",
        description=(
            "Reconcile claims held as records (CSV or TSV with a header row, or JSON lines): one"
            " claim a row, naming its source, subject, attribute and value. Contested facts"
            " get the most likely value and each source a reliability."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="FILE",
        help=(
            "records files: JSON lines (.jsonl, .ndjson, .json: one object a line),"
            " tab-separated (.tsv), or CSV with a header row (.csv, and any other suffix)"
        ),
    )
    for column in ("source", "subject", "attribute", "value"):
        parser.add_argument(
            f"--{column}",
            default=column,
            metavar="COLUMN",
            help=f"the column holding each row's {column} (default: {column})",
        )
    parser.add_argument(
        "--no-estimate",
        action="store_true",
        help="judge each fact only: no most likely values, no source reliability",
    )
    _report_options(parser)
    return parser


def _records(argv: Sequence[str]) -> int:
    """``reconcile records``: one report of the rows of every file given."""
    args = _records_parser().parse_args(argv)
    wrong = _bad_paths(args.paths, args.output)
    if wrong:
        return _fail(wrong)
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

    columns = {"--source": args.source, "--subject": args.subject}
    columns |= {"--attribute": args.attribute, "--value": args.value}
    rows: list[dict[str, object]] = []
    for path in _once(args.paths):  # a file named twice is read once, as articles are
        try:  # names the file and line of what is wrong; an empty file or header alone too
            rows += reconcile.read_records(path)
        except ReconcileError as exc:
            return _fail(str(exc) + _article_hint(path))
    try:
        report = reconcile.compare_records(
            rows,
            source=args.source,
            subject=args.subject,
            attribute=args.attribute,
            value=args.value,
            estimate=not args.no_estimate,
        )
    except ReconcileError as exc:  # a missing column: the option that names it, not a keyword
        return _fail(_missing_column(rows, columns) or str(exc))
    return _write(report, args)


_ARTICLE_SUFFIXES = frozenset([".txt", ".md", ".html", ".htm"])


def _article_hint(path: str) -> str:
    """For a file named like an article that is no good as records: the command it wants."""
    from reconcile import ingest  # noqa: PLC0415 - keeps `reconcile --help` fast

    if Path(path).suffix.lower() not in _ARTICLE_SUFFIXES:
        return ""
    try:  # ingest owns the mark of a report; the plain command refuses one too
        report = ingest._written_by_reconcile(ingest._head(Path(path)))  # noqa: SLF001
    except OSError:
        report = False
    if report:
        return f"; {path} is a report reconcile wrote, neither records nor an article: leave it out"
    return f"; {path} looks like an article, not records: run `reconcile {path}`"


def _missing_column(rows: list[dict[str, object]], columns: dict[str, str]) -> str:
    """The first row that lacks a column, where it stands, and the option that names one.

    compare_records says where (each row knows its file and line) but advises Python
    keywords; on the command line the fix is an option.
    """
    from reconcile.records import Record, _named, _separator_hint  # noqa: PLC0415 - keeps `reconcile --help` fast

    for row in rows:
        wanted = dict(zip(columns, _named(row, tuple(columns.values())), strict=True))  # type: ignore[arg-type]
        for option, column in wanted.items():
            if column not in row:
                where = row.where(column_missing=True) if isinstance(row, Record) else "a row"
                path = row.file if isinstance(row, Record) else ""
                return (
                    f"{where} has no column {column!r}"
                    f" (it has {', '.join(map(str, row)) or 'none'}):"
                    f" {_separator_hint(row, column) or f'name the column with {option} COLUMN'}"
                    f"{_article_hint(path)}"
                )
    return ""


# --- reconcile corpus ---------------------------------------------------------------------

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _corpus_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reconcile corpus",
        description=(
            "Split a pile of articles into stories and reconcile each one: a JSON report per"
            " story in OUTDIR, and OUTDIR/index.html listing them."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or directories of them"
    )
    parser.add_argument(
        "-o", "--output", metavar="OUTDIR", required=True, help="the folder to write to"
    )
    parser.add_argument("--html", action="store_true", help="also write each story's HTML report")
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="no progress and no summary line"
    )
    return parser


def _file_stem(story_id: str, used: set[str]) -> str:
    """A file name for a story's report: its id made safe, unique in the folder."""
    stem = _UNSAFE.sub("_", story_id).strip("._") or "story"
    unique, n = stem, 1
    while unique.lower() in used:  # case-insensitive file systems
        n += 1
        unique = f"{stem}-{n}"
    used.add(unique.lower())
    return unique


def _corpus(argv: Sequence[str]) -> int:
    """``reconcile corpus``: one JSON report per story, and an HTML index of them.

    Nothing is made before the first report is ready, and a run that fails removes what
    it wrote (and the folder, when it made it). Files an earlier run left in the folder
    (story reports this run did not write) are named on stderr, not deleted. An article
    that cannot be read (empty, binary, not UTF-8) is skipped and named, on stderr and in
    the index, rather than ending the run: one bad download should not stop a feed.
    """
    args = _corpus_parser().parse_args(argv)
    out = Path(args.output)
    try:
        files = _corpus_files(args.paths, args.output)
    except ReconcileError as exc:
        return _fail(" ".join(str(exc).split()))
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast
    from reconcile.report._common import plural  # noqa: PLC0415 - same
    from reconcile.report.index import Row, render_index  # noqa: PLC0415 - same

    rows = []
    used: set[str] = {"index"}
    made = list(itertools.takewhile(lambda d: not d.exists(), [out, *out.parents]))
    written: list[Path] = []
    skipped: list[tuple[str, str]] = []

    def put(name: str, text: str) -> None:
        out.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)

    progress = not args.quiet and _is_terminal(sys.stderr)
    try:
        articles = _articles(files, skipped, over_bar=progress)
        for report in reconcile.compare_corpus(articles, progress=progress):
            story = report.story.id if report.story else report.sources[0].id
            stem = _file_stem(story, used)
            put(f"{stem}.json", report.to_json())
            if args.html:
                put(f"{stem}.html", report.to_html())
            rows.append(Row.of(report, f"{stem}.{'html' if args.html else 'json'}"))
        if not rows:
            raise InvalidSourceError(
                f"none of the {plural(len(files), 'file')} given could be read as an article"
                " (each is named above): fix or remove them"
            )
        put("index.html", render_index(rows, skipped=skipped))
    except ReconcileError as exc:
        _undo(written, made)
        return _fail(" ".join(str(exc).split()))
    except OSError as exc:
        _undo(written, made)
        return _fail(f"cannot read or write {exc.filename or 'a file'}: {exc.strerror or exc}")
    _stale(out, set(written))
    if not args.quiet:
        articles_read = sum(len(r.sources) for r in rows)
        also = f"; {plural(len(skipped), 'file')} skipped (named above)" if skipped else ""
        print(
            f"reconcile: {plural(len(rows), 'story', 'stories')} from"
            f" {plural(articles_read, 'article')} written to {out}"
            f" (index: {out / 'index.html'}){also}",
            file=sys.stderr,
        )
    return EXIT_OK


def _corpus_files(paths: Sequence[str], output: str) -> list[Path]:
    """The files a corpus run reads, each once, after the checks that need no reading.

    Raises:
        ReconcileError: for a path or an output the run cannot use, saying which and why.
    """
    wrong = _bad_paths(paths, output, outdir=True) or _records_given(paths)
    if wrong:
        raise InvalidSourceError(wrong)
    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InvalidSourceError(
            f"{out} is a file; -o needs a folder (a new one, or one to write into)"
        )
    for path in paths:  # a path named that is not there is a typo, not a bad article
        if not Path(path).exists():
            raise InvalidSourceError(
                f"no such file: {path}; check the path (a relative path starts at the"
                " current directory)"
            )
    files = _expand(paths)
    stems: dict[str, Path] = {}
    for file in files:  # a source's id is its file's stem: say so before reading any
        source_id = file.stem or file.name
        if source_id in stems:
            raise InvalidSourceError(_id_clash(stems[source_id], file, source_id))
        stems[source_id] = file
    return files


def _articles(
    files: list[Path], skipped: list[tuple[str, str]], *, over_bar: bool
) -> Iterator[Source]:
    """Each file read as a source; one that cannot be read is noted and added to ``skipped``."""
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

    for file in files:
        try:
            yield from reconcile.read(file)
        except InvalidSourceError as exc:
            reason = " ".join(str(exc).split())
            skipped.append((str(file), reason))
            _note(f"skipped {file}: {reason}", over_bar=over_bar)


def _stale(out: Path, ours: set[Path]) -> None:
    """Name the reports an earlier run left in ``out`` (this run did not write them)."""
    from reconcile.report._common import plural  # noqa: PLC0415 - keeps `reconcile --help` fast

    stale = sorted(
        p.name
        for p in out.iterdir()
        if p.suffix in (".json", ".html") and p not in ours and p.is_file()
    )
    if stale:
        _note(
            f"{out} also holds {plural(len(stale), 'file')} from before this run, not in its"
            f" index: {', '.join(stale[:5])}{' and more' if len(stale) > 5 else ''};"
            f" remove {'it' if len(stale) == 1 else 'them'}, or write to a new folder"
        )


def _undo(written: list[Path], made: list[Path]) -> None:
    """Remove what a failed corpus run wrote, and the folders it made (innermost first)."""
    for file in written:
        file.unlink(missing_ok=True)
    for folder in made:
        with contextlib.suppress(OSError):  # not empty: someone else wrote there meanwhile
            folder.rmdir()
