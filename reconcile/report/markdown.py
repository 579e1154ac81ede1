"""The report as GitHub-flavoured Markdown: tables for values, quotes for sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconcile.report._common import (
    SECTIONS,
    context,
    fact_title,
    source_label,
    source_rows,
    summary,
)

if TYPE_CHECKING:
    from reconcile.model import Fact, Report


def _cell(text: str) -> str:
    """Text safe inside a table cell: pipes escaped, line breaks folded."""
    return " ".join(text.replace("\\", "\\\\").replace("|", "\\|").split())


def _fact(report: Report, fact: Fact) -> list[str]:
    lines = [f"### {_cell(fact_title(fact))}", ""]
    lines += ["| value | source | outlet, date | sentence |", "| --- | --- | --- | --- |"]
    for claim in fact.claims:
        source = report.source(claim.source_id)
        quote = context(report, claim, 160)
        if claim.attributed_to:
            quote += f" (attributed to {claim.attributed_to})"
        lines.append(
            f"| {_cell(claim.describe())} | `{_cell(source.id)}` | {_cell(source_label(source))}"
            f" | {_cell(quote)} |"
        )
    if fact.verdict.reason:
        lines += ["", f"*Why:* {_cell(fact.verdict.reason)}"]
    return [*lines, ""]


def render(report: Report) -> str:
    """The whole report as Markdown.

    >>> from reconcile import Report, Source
    >>> render(Report([Source("a", "Nothing here.")])).splitlines()[0]
    '# reconcile report'
    """
    out = ["# reconcile report", "", summary(report), "", "## Sources", ""]
    out += ["| id | outlet | published | place | read |", "| --- | --- | --- | --- | --- |"]
    out += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in source_rows(report)]
    for kind, title in SECTIONS:
        facts = [f for f in report.facts if f.verdict.kind == kind]
        if facts:
            out += ["", f"## {title}", ""]
            for fact in facts:
                out += _fact(report, fact)
    return "\n".join(out).rstrip() + "\n"
