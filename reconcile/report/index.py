"""The HTML index of a corpus run: one row per story, linking to its report.

Only a small :class:`Row` per story is kept, so the index of a corpus of any size can be
written after its reports were streamed out one by one.
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING

import attrs

from reconcile._version import __version__
from reconcile.report._common import plural

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from reconcile.model import Report, Source

__all__ = ["Row", "render_index"]

_SHOWN_SOURCES = 6
_SHOWN_LINKS = 3
_TITLE = 120


@attrs.frozen
class Row:
    """What the index shows of one story's report, and the file it was written to."""

    story: str
    file: str
    title: str
    sources: tuple[str, ...]
    facts: int
    conflicts: int
    agreements: int
    why: tuple[str, ...]

    @classmethod
    def of(cls, report: Report, file: str) -> Row:
        """The row of ``report``, written to ``file`` (a path relative to the index)."""
        story = report.story
        first = report.source(story.id) if story else report.sources[0]
        others = [s for s in report.sources if s is not first]
        titles = [t for t in map(_headline, [first, *others]) if t]
        # The event's headline, not an agency's banner, when some source has one.
        title = next((t for t in titles if not _banner(t)), titles[0] if titles else "")
        return cls(
            story=story.id if story else report.sources[0].id,
            file=file,
            title=title[:_TITLE] + ("…" if len(title) > _TITLE else ""),
            sources=tuple(s.id for s in report.sources),
            facts=len(report.facts),
            conflicts=len(report.conflicts),
            agreements=len(report.agreements),
            why=tuple(story.why()[:_SHOWN_LINKS]) if story else (),
        )


def _headline(source: Source) -> str:
    """A source's first headline, its spacing and Markdown emphasis marks cleaned."""
    for zone in source.zones:
        if zone.kind == "headline":
            return _MARKS.sub("", " ".join(source.text[zone.start : zone.end].split()))
    return ""


# Names of a kind of document: a title ending in one ("... Status Report No. 14",
# "HILLMOOR WATER BOARD - INCIDENT BULLETIN") names the document, not the event.
_DOCUMENT = re.compile(
    r"(?:report|bulletin|update|advisory|release|statement|sitrep|briefing|notice|summary)"
    r"(?:\s*(?:no\.?|number|#)?\s*\d+)?[\s.:]*",
    re.IGNORECASE,
)


def _banner(title: str) -> bool:
    """Whether a headline is an agency's banner rather than an event's headline.

    A banner shouts (its letters all capitals, in two words or more) or names the
    document it heads ("Weekly Update 4", "Press Release"), not what happened.

    >>> _banner("RIVERTON WATER BOARD - FLOOD BULLETIN"), _banner("Flood Summary No. 3")
    (True, True)
    >>> _banner("Levee breach floods 40 homes in Riverton")
    False
    """
    letters = [c for c in title if c.isalpha()]
    if len(title.split()) >= 2 and letters and all(c.isupper() for c in letters):
        return True
    last = re.search(r"[^\W\d_]+(?:\s*(?:no\.?|number|#)?\s*\d+)?[\s.:]*$", title, re.IGNORECASE)
    return last is not None and _DOCUMENT.fullmatch(last.group()) is not None


# Markdown's heading and emphasis marks around a line: never part of its title.
_MARKS = re.compile(r"\A[#>*_\s]+|[*_#\s]+\Z")

_CSS = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1d2939;
max-width:1180px;margin:0 auto;padding:28px}
h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin:28px 0 4px}
p{color:#667085;margin:0 0 16px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;
padding:6px 10px;border-bottom:1px solid #e4e7ec}th{background:#f9fafb}
td{overflow-wrap:anywhere}td.n{text-align:right;font-variant-numeric:tabular-nums}.c{color:#b42318;font-weight:600}
code,small{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace;color:#667085}
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _row(row: Row) -> str:
    shown = ", ".join(row.sources[:_SHOWN_SOURCES])
    more = len(row.sources) - _SHOWN_SOURCES
    if more > 0:
        shown += f" and {more} more"
    why = "<br>".join(f"<small>{_e(line)}</small>" for line in row.why) or "<small>alone</small>"
    conflicts = f'<span class="c">{row.conflicts}</span>' if row.conflicts else "0"
    return (
        f'<tr><td><a href="{_e(row.file)}">{_e(row.title or row.story)}</a>'
        f"<br><small>{_e(row.story)}</small></td>"
        f'<td class="n">{len(row.sources)}</td><td><code>{_e(shown)}</code></td>'
        f'<td class="n">{row.facts}</td><td class="n">{conflicts}</td>'
        f'<td class="n">{row.agreements}</td><td>{why}</td></tr>'
    )


def _skipped(skipped: Sequence[tuple[str, str]]) -> str:
    """The files the run could not read as articles, each with the reason."""
    if not skipped:
        return ""
    body = "\n".join(
        f"<tr><td><code>{_e(file)}</code></td><td>{_e(reason)}</td></tr>"
        for file, reason in skipped
    )
    return (
        f'<h2 id="skipped">Skipped ({len(skipped):,})</h2>'
        "<p>These files were not read as articles, so no story holds them.</p>\n"
        "<table><thead><tr><th>file</th><th>why</th></tr></thead><tbody>\n"
        f"{body}\n</tbody></table>"
    )


def render_index(
    rows: Iterable[Row],
    *,
    title: str = "reconcile corpus",
    skipped: Sequence[tuple[str, str]] = (),
) -> str:
    """A self-contained HTML page listing the stories, most conflicts first.

    ``skipped`` names the files that could not be read as articles, with the reason
    for each: they are listed under the stories.

    >>> page = render_index([Row("a", "a.json", "Fire", ("a", "b"), 3, 1, 1, ("a ~ b: x",))])
    >>> 'href="a.json"' in page and "1 story from 2 articles; 1 conflicting fact in" in page
    True
    """
    ordered = sorted(rows, key=lambda r: (-r.conflicts, -len(r.sources), r.story))
    articles = sum(len(r.sources) for r in ordered)
    conflicts = sum(r.conflicts for r in ordered)
    stories = plural(len(ordered), "story", "stories")
    body = "\n".join(_row(r) for r in ordered)
    kinds = {r.file.rsplit(".", 1)[-1].upper() for r in ordered}
    links = f"its {kinds.pop()} report" if len(kinds) == 1 else "its report"
    left_out = (
        f' <a href="#skipped">{plural(len(skipped), "file")} skipped</a>, not read.'
        if skipped
        else ""
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="reconcile {_e(__version__)}">'
        f"<style>{_CSS}</style></head><body>\n"
        f"<h1>{_e(title)}</h1><p>{stories} from {plural(articles, 'article')};"
        f" {plural(conflicts, 'conflicting fact')} in all."
        f" Each story links to {_e(links)}.{left_out}</p>\n"
        "<table><thead><tr><th>story</th><th>articles</th><th>sources</th><th>facts</th>"
        "<th>conflicts</th><th>agreements</th><th>why joined</th></tr></thead><tbody>\n"
        f"{body}\n</tbody></table>{_skipped(skipped)}</body></html>\n"
    )
