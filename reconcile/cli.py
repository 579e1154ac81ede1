"""The ``reconcile`` command: read sources, compare them, write a report.

Exit codes: 0 done; 1 conflicts found (only with ``--fail-on-conflict``);
2 bad usage or input, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile._version import __version__
from reconcile.errors import ReconcileError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reconcile.model import Report

__all__ = ["main"]

FORMATS = ("text", "markdown", "json")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconcile",
        description="Compare several accounts of one story, fact by fact, with provenance.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt, .md, .html) or directories of them",
    )
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report here")
    parser.add_argument(
        "--fail-on-conflict",
        action="store_true",
        help="exit with status 1 when any conflict is found",
    )
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    return parser


def _colour_wanted(stream: object) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


def _render(report: Report, fmt: str, *, color: bool, width: int) -> str:
    if fmt == "json":
        return report.to_json()
    if fmt == "markdown":
        return report.to_markdown()
    return report.to_text(width=width, color=color)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    import reconcile  # noqa: PLC0415 - keeps `reconcile --help` fast

    args = _parser().parse_args(argv)
    try:
        report = reconcile.compare([Path(p) for p in args.paths])
    except ReconcileError as exc:
        print(f"reconcile: {exc}", file=sys.stderr)
        return 2
    to_terminal = args.output is None
    width = (
        min(os.get_terminal_size(sys.stdout.fileno()).columns, 120)
        if (to_terminal and sys.stdout.isatty())
        else 100
    )
    rendered = _render(
        report, args.format, color=to_terminal and _colour_wanted(sys.stdout), width=width
    )
    if args.output:
        try:
            Path(args.output).write_text(rendered, encoding="utf-8")
        except OSError as exc:
            print(f"reconcile: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(rendered)
    return 1 if args.fail_on_conflict and report.conflicts else 0
