"""The report for a terminal: conflicts first, then agreements, then single-source facts."""

from __future__ import annotations

import textwrap
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

_COLOURS = {"conflict": "31", "agree": "32", "single": "33", "dim": "2", "bold": "1"}


def _paint(text: str, colour: str, *, on: bool) -> str:
    return f"\033[{_COLOURS[colour]}m{text}\033[0m" if on else text


def _fact(report: Report, fact: Fact, width: int, *, color: bool) -> list[str]:
    lines = [f"  {_paint(fact_title(fact), 'bold', on=color)}"]
    value_width = max(len(c.describe()) for c in fact.claims)
    for claim in fact.claims:
        source = report.source(claim.source_id)
        head = f"    {claim.describe():<{value_width}}  {source.id}  {source_label(source)}"
        lines.append(head)
        quote = f'"{context(report, claim, max(30, width - 12))}"'
        lines.extend(textwrap.wrap(quote, width, initial_indent=" " * 8, subsequent_indent=" " * 9))
        if claim.attributed_to:
            lines.append(" " * 8 + f"attributed to: {claim.attributed_to}")
    if fact.verdict.reason:
        lines.append(_paint(f"    why: {fact.verdict.reason}", "dim", on=color))
    return lines


def render(report: Report, *, width: int = 100, color: bool = False) -> str:
    """The whole report as plain text, ``width`` columns wide, with ANSI colour if asked.

    >>> from reconcile import Report, Source
    >>> print(render(Report([Source("a", "Nothing here.")])).splitlines()[0])
    reconcile · 1 sources · 0 facts: 0 conflicts, 0 agreements, 0 single-source
    """
    width = max(40, width)
    out = [f"reconcile · {summary(report)}", ""]
    out.append(_paint("SOURCES", "bold", on=color))
    for source_id, outlet, published, place, note in source_rows(report):
        out.append(f"  {source_id}  {outlet}  {published}  {place}")
        out.append(f"      {note}")
    for kind, title in SECTIONS:
        facts = [f for f in report.facts if f.verdict.kind == kind]
        if not facts:
            continue
        out.extend(["", _paint(title.upper(), kind, on=color)])
        for fact in facts:
            out.extend(_fact(report, fact, width, color=color))
    return "\n".join(out) + "\n"
