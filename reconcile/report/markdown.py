"""The report as GitHub-flavoured Markdown: a table of values per fact, the sentences as quotes.

The content and order are the text report's: conflicts first, then agreements, then
single-source facts. Every piece of source text is escaped, so a source that holds
Markdown or HTML (``<script>``, ``**``, ``|``) shows as the characters it holds.

The second line, under the title, is an HTML comment naming reconcile as the generator,
which renders as nothing: reading a folder passes over the reports reconcile wrote there
by that mark.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reconcile._version import __version__
from reconcile.report._common import (
    NOTICE_LABEL,
    backing,
    confidence,
    estimate_line,
    estimate_text,
    fact_about,
    fact_title,
    no_facts,
    notes,
    notices,
    ordered,
    quote,
    shown_reason,
    source_rows,
    summary,
    value_groups,
)

if TYPE_CHECKING:
    from reconcile.model import Claim, Fact, Report

__all__ = ["escape", "render"]

_MARK = f"<!-- generator: reconcile {__version__} -->"

_SPECIAL = re.compile(r"([\\`*_\[\]#|~])")
# What would open a block at the start of a line: a list bullet, a thematic break or setext
# underline, or an ordered-list number. CommonMark only honours a backslash before ASCII
# punctuation, so "1." is escaped as "1\." (a backslash before the digit would print).
_LINE_START = re.compile(r"^(\s*)(?:([-+=>])|(\d{1,9})([.)])(?=\s|$))")


def escape(text: str) -> str:
    r"""Text that renders as itself in Markdown: on one line, markup and HTML escaped.

    Args:
        text: any text, such as a sentence of a source.

    Returns:
        The text with whitespace folded, Markdown punctuation backslash-escaped and
        ``&``, ``<``, ``>`` written as entities, safe inside a table cell or a quote.

    >>> print(escape("<script>alert(1)</script> | **bold**"))
    &lt;script&gt;alert(1)&lt;/script&gt; \| \*\*bold\*\*
    """
    folded = " ".join(text.split())
    folded = folded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    folded = _SPECIAL.sub(r"\\\1", folded)
    return _LINE_START.sub(_escape_block_start, folded)


def _escape_block_start(match: re.Match[str]) -> str:
    indent, mark, number, delimiter = match.groups()
    if mark is not None:
        return f"{indent}\\{mark}"
    return f"{indent}{number}\\{delimiter}"


def _code(text: str) -> str:
    """An inline code span that holds any text (a backtick inside gets a longer fence)."""
    folded = " ".join(text.split()).replace("|", "\\|")
    fence = "`" * (max((len(m) for m in re.findall(r"`+", folded)), default=0) + 1)
    pad = " " if folded.startswith("`") or folded.endswith("`") else ""
    return f"{fence}{pad}{folded}{pad}{fence}"


_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>`|\\]+")


def _link(url: str | None) -> str:
    """A source's address as a link when it is one (``<https://...>``), else as code; "—"."""
    if not url:
        return "—"
    if _AUTOLINK.fullmatch(url):
        return f"<{url}>"
    return _code(url)


def _quote(report: Report, claim: Claim) -> str:
    cut = quote(report.source(claim.source_id), claim, 240).flat()
    lead = "…" if cut.cut_before else ""
    tail = "…" if cut.cut_after else ""
    words = f"**{escape(cut.match)}**" if cut.match.strip() else ""
    before = escape(cut.before) + (" " if cut.before.endswith(" ") else "")
    after = (" " if cut.after.startswith(" ") else "") + escape(cut.after)
    source = report.source(claim.source_id)
    # A source with neither outlet nor date (records always) is shown by its id alone.
    known = source.outlet or source.published
    where = f"{escape(source.outlet or 'outlet unknown')}, " if known else ""
    offsets = f"{claim.span.start}–{claim.span.end}"
    return f"> {lead}{before}{words}{after}{tail}\n> — {where}{_code(source.id)} at {offsets}"


def _fact(report: Report, fact: Fact) -> list[str]:
    about = fact_about(fact)
    lines = [f"### {escape(fact_title(fact))}", ""]
    meta = [f"**{fact.verdict.kind}**"]
    if about:
        meta.append(f"about {escape(about)}")
    meta.append(backing(fact))
    lines += [" · ".join(meta), ""]
    lines += [
        "| value | source | outlet | published | attributed to | notes |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    quotes = []
    for value, claims in value_groups(fact):
        for _index, claim in claims:
            source = report.source(claim.source_id)
            said = [n for n in notes(claim) if not n.startswith("attributed to")]
            cells = [
                f"**{escape(value)}**",
                _code(source.id),
                escape(source.outlet or "—"),
                source.published.isoformat() if source.published else "—",
                escape(claim.attributed_to or "—"),
                escape(", ".join(said) or "—"),
            ]
            lines.append("| " + " | ".join(cells) + " |")
            quotes.append(_quote(report, claim))
    for text in quotes:
        lines += ["", text]
    reason = shown_reason(fact)
    if reason:
        lines += ["", f"*Why:* {escape(reason)}"]
    if fact.estimate is not None and fact.estimate.tied:
        label, words = estimate_line(fact.estimate)
        lines += ["", f"*{label.capitalize()}:* {escape(words)}"]
    elif fact.estimate is not None:
        likely = f"*Most likely:* **{escape(estimate_text(fact.estimate))}**"
        lines += ["", f"{likely} (confidence {confidence(fact.estimate.confidence)})"]
    return [*lines, ""]


def render(report: Report) -> str:
    """The whole report as GitHub-flavoured Markdown.

    Args:
        report: the report to render.

    Returns:
        A Markdown document: a summary, a table of the sources, then one section per
        verdict (conflicts first), each fact with a table of values and its quotes.

    >>> from reconcile import Report, Source
    >>> render(Report([Source("a", "Nothing here.")])).splitlines()[:4]  # doctest: +ELLIPSIS
    ['# reconcile report', '<!-- generator: reconcile ... -->', '', '**1 source · 0 facts:** ...']
    """
    head, _, counts = summary(report).partition(": ")
    out = ["# reconcile report", _MARK, "", f"**{head}:** {counts}", "", "## Sources", ""]
    linked = any(source.url for source in report.sources)
    columns = ["id", "outlet", "published", "place", *(["link"] if linked else []), "read"]
    out += ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    said: list[str] = []
    for source_id, outlet, published, place, note in source_rows(report):
        source = report.source(source_id)
        reliability = source.reliability
        read = note if reliability is None else f"{note} · reliability {reliability:.0%}"
        link = [_link(source.url)] if linked else []
        cells = [_code(source_id), escape(outlet), published, escape(place), *link, escape(read)]
        out.append("| " + " | ".join(cells) + " |")
        said += [f"- {_code(source_id)}: {escape(notice)}" for notice in notices(source)]
    if said:
        out += ["", f"*{NOTICE_LABEL.capitalize()}:*", "", *said]
    sections = ordered(report)
    if not sections:
        out += ["", no_facts(report)]
    for _kind, title, facts in sections:
        out += ["", f"## {title} ({len(facts)})", ""]
        for fact in facts:
            out += _fact(report, fact)
    return "\n".join(out).rstrip() + "\n"
