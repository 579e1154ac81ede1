"""The report for a terminal: conflicts first, then agreements, then single-source facts.

Each fact is one block: its title and how many sources and independent origins back
it, then its values side by side with the sources behind each value (outlet, date,
id) and the sentence each source states it in. Colour is opt-in (the command turns
it on only for a terminal, and never when ``NO_COLOR`` is set); the layout fits the
width it is given.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from typing import TYPE_CHECKING

from reconcile.report._common import (
    NOTICE_LABEL,
    backing,
    char_width,
    display_width,
    estimate_line,
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

__all__ = ["render"]

MIN_WIDTH = 40
"""Narrower than this, lines are allowed to overflow rather than wrap into slivers."""

_STYLES = {
    "conflict": "1;31",
    "agree": "1;32",
    "single": "1;33",
    "bold": "1",
    "dim": "2",
    "match": "1;4",
}
_SPACE = re.compile(r"(\s+)")
_INDENT = 4  # where values start under a fact's title
_GAP = 2  # between the value column and the sources column
_NARROW = 36  # below this many columns for sources, values and sources stack instead

Piece = tuple[str, str | None]


def _paint(text: str, style: str | None, *, on: bool) -> str:
    if not on or style is None or not text:
        return text
    return f"\033[{_STYLES[style]}m{text}\033[0m"


def _words(pieces: list[Piece]) -> list[list[Piece]]:
    """Split styled pieces into words; a word may be made of pieces of several styles."""
    words: list[list[Piece]] = []
    current: list[Piece] = []
    for text, style in pieces:
        for part in _SPACE.split(text):
            if not part:
                continue
            if part.isspace():
                if current:
                    words.append(current)
                current = []
            else:
                current.append((part, style))
    if current:
        words.append(current)
    return words


def _cut_wide(words: list[list[Piece]], width: int) -> list[list[Piece]]:
    """Cut a word wider than a line into lines, when it holds wide (CJK) characters.

    Such text is written without spaces, so a sentence of it is one "word"; breaking
    it between characters is how it is wrapped. A long URL is left whole.
    """
    out: list[list[Piece]] = []
    for word in words:
        wide = any(char_width(c) == 2 for text, _ in word for c in text)
        if not wide or sum(display_width(text) for text, _ in word) <= width:
            out.append(word)
            continue
        chunks: list[list[Piece]] = [[]]
        used = 0
        for text, style in word:
            for char in text:
                size = char_width(char)
                if used + size > width and used:
                    chunks.append([])
                    used = 0
                chunks[-1].append((char, style))
                used += size
        out += [_merged(chunk) for chunk in chunks]
    return out


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Adjacent pieces of one style as one piece."""
    return [
        ("".join(text for text, _ in group), style)
        for style, group in itertools.groupby(pieces, key=lambda p: p[1])
    ]


def _wrap(pieces: list[Piece], width: int, *, color: bool) -> list[str]:
    """Wrap styled text to ``width`` columns, painting each piece; never split a word."""
    lines: list[list[list[Piece]]] = [[]]
    used = 0
    for word in _cut_wide(_words(pieces), width):
        size = sum(display_width(text) for text, _ in word)
        if lines[-1] and used + 1 + size > width:
            lines.append([])
            used = 0
        used += size + (1 if lines[-1] else 0)
        lines[-1].append(word)
    return [_paint_line(line, color=color) for line in lines if line]


def _wrap_text(text: str, width: int, *, indent: str = "", subsequent: str = "") -> list[str]:
    """``textwrap.wrap`` by the columns a terminal gives each character, not by ``len``.

    Text of one-column characters only is wrapped by :func:`textwrap.wrap` itself; text
    with wide (CJK) characters or combining accents is cut between words where it fits,
    and a word wider than a line is cut between characters, as textwrap cuts one.
    """
    if all(char_width(char) == 1 for char in text):
        return textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=subsequent)
    lines: list[str] = []
    words: list[str] = []
    lead = indent
    used = display_width(lead)
    for whole in text.split():
        word = whole
        size = display_width(word)
        if words and used + 1 + size > width:
            lines.append(lead + " ".join(words))
            words, lead = [], subsequent
            used = display_width(lead)
        while size > width - used and not words:  # wider than a whole line: cut it
            head, word = _cut(word, width - used)
            lines.append(lead + head)
            lead = subsequent
            used = display_width(lead)
            size = display_width(word)
        if word:
            used += size + (1 if words else 0)
            words.append(word)
    if words:
        lines.append(lead + " ".join(words))
    return lines


def _cut(word: str, room: int) -> tuple[str, str]:
    """The longest start of ``word`` that fits in ``room`` columns (one character at least)."""
    used = 0
    for index, char in enumerate(word):
        used += char_width(char)
        if used > room:
            return word[: max(index, 1)], word[max(index, 1) :]
    return word, ""


def _paint_line(words: list[list[Piece]], *, color: bool) -> str:
    """Join a line's words with spaces, painting each run of one style once."""
    runs: list[Piece] = []
    for word in words:
        if runs:
            between = runs[-1][1] if runs[-1][1] == word[0][1] else None
            runs.append((" ", between))
        runs.extend(word)
    merged = [
        (text, style)
        for style, group in itertools.groupby(runs, key=lambda r: r[1])
        for text in ["".join(t for t, _ in group)]
    ]
    return "".join(_paint(text, style, on=color) for text, style in merged)


def _quote_lines(report: Report, claim: Claim, width: int, *, color: bool) -> list[str]:
    """The claim's sentence in quotation marks, its words in bold when painting."""
    cut = quote(report.source(claim.source_id), claim, max(30, 2 * width)).flat()
    pieces: list[Piece] = [
        ("“" + ("…" if cut.cut_before else "") + cut.before.lstrip(), None),
        (cut.match, "match"),
        (cut.after.rstrip() + ("…" if cut.cut_after else "") + "”", None),
    ]
    return _wrap(pieces, width, color=color)


def _sources_column(report: Report, claims: list[Claim], width: int, *, color: bool) -> list[str]:
    """For one value: each source that states it, then each sentence it states it in."""
    lines: list[str] = []
    for source_id, own in itertools.groupby(claims, key=lambda c: c.source_id):
        source = report.source(source_id)
        known = source.outlet or source.published
        outlet = source.outlet or "outlet unknown"
        date = source.published.isoformat() if source.published else "date unknown"
        where = f"{outlet} {date} " if known else ""  # records: neither, on every row
        lines += _wrap([(where, None), (source_id, "dim")], width, color=color)
        for claim in own:
            lines += _quote_lines(report, claim, width, color=color)
            said = notes(claim)
            if said:
                lines += _wrap([(" · ".join(said), "dim")], width, color=color)
    return lines


def _heading(fact: Fact, width: int, *, color: bool) -> list[str]:
    """The fact's title and, right-aligned when it fits, what backs it."""
    title = fact_title(fact)
    about = fact_about(fact)
    right = backing(fact)
    plain = f"  {title}" + (f" — {about}" if about else "")
    painted = f"  {_paint(title, 'bold', on=color)}" + (
        f" {_paint('— ' + about, 'dim', on=color)}" if about else ""
    )
    if display_width(plain) + 3 + len(right) <= width:
        pad = width - display_width(plain) - len(right)
        return [painted + " " * pad + _paint(right, "dim", on=color)]
    head = _wrap(
        [(title + " ", "bold"), (f"— {about}" if about else "", "dim")], width - 2, color=color
    )
    # What backs it may itself be long ("... (all attributed to ...)"): wrapped too.
    backed = _wrap([(right, "dim")], width - _INDENT, color=color)
    return ["  " + line for line in head] + [" " * _INDENT + line for line in backed]


def _fact(report: Report, fact: Fact, width: int, *, color: bool) -> list[str]:
    lines = _heading(fact, width, color=color)
    groups = value_groups(fact)
    value_width = min(
        max(display_width(value) for value, _ in groups), max(14, (width - _INDENT) // 3)
    )
    column = _INDENT + value_width + _GAP
    stacked = width - column < _NARROW
    right_width = width - (_INDENT + 2 if stacked else column)
    for value, claims in groups:
        left = _wrap_text(value, value_width if not stacked else width - _INDENT) or [value]
        right = _sources_column(report, [c for _, c in claims], right_width, color=color)
        paint = fact.verdict.kind
        if stacked:
            lines += [" " * _INDENT + _paint(line, paint, on=color) for line in left]
            lines += [" " * (_INDENT + 2) + line for line in right]
            continue
        for value_line, source_line in itertools.zip_longest(left, right, fillvalue=""):
            pad = " " * (value_width - display_width(value_line) + _GAP)
            lines.append(
                (" " * _INDENT + _paint(value_line, paint, on=color) + pad + source_line).rstrip()
            )
    reason = shown_reason(fact)
    if reason:
        why = _wrap_text(
            f"why: {reason}",
            width,
            indent=" " * _INDENT,
            subsequent=" " * (_INDENT + 5),
        )
        lines += [_paint(line, "dim", on=color) for line in why]
    if fact.estimate is not None:
        label, words = estimate_line(fact.estimate)
        likely = _wrap_text(
            f"{label}: {words}",
            width,
            indent=" " * _INDENT,
            subsequent=" " * (_INDENT + len(label) + 2),
        )
        lines += [_paint(line, "bold", on=color) for line in likely]
    return lines


def render(report: Report, *, width: int = 100, color: bool = False) -> str:
    """The whole report as text, ``width`` columns wide, with ANSI colour if asked.

    Args:
        report: the report to render.
        width: the columns to fit; narrower than 40 is taken as 40 (``MIN_WIDTH``), and a
            word longer than the width (a long URL) still overflows its line.
        color: paint verdicts, titles and the quoted words with ANSI escapes.

    Returns:
        The report, ending in a newline.

    >>> from reconcile import Report, Source
    >>> print(render(Report([Source("a", "Nothing here.")])).splitlines()[0])
    reconcile · 1 source · 0 facts: 0 conflicts, 0 agreements, 0 single-source
    """
    width = max(MIN_WIDTH, width)
    out = _wrap([(f"reconcile · {summary(report)}", None)], width, color=color)
    out += ["", _paint("SOURCES", "bold", on=color)]
    for source_id, outlet, published, place, note in source_rows(report):
        where = " · ".join(part for part in (outlet, published, place) if part != "—")
        # Neither outlet nor date (records always): the id alone, not "unknown" on every one.
        head = [(f"{source_id} ", "bold"), (where, None)]
        out += ["  " + line for line in _wrap(head, width - 2, color=color)]
        style = "single" if note.startswith("no claims") else "dim"
        reliability = report.source(source_id).reliability
        read = note if reliability is None else f"{note} · reliability {reliability:.0%}"
        out += ["      " + line for line in _wrap([(read, style)], width - 6, color=color)]
        source = report.source(source_id)
        if source.url:  # a long address overflows its line rather than break
            out += ["      " + line for line in _wrap([(source.url, None)], width - 6, color=color)]
        for notice in notices(source):
            said = [(f"{NOTICE_LABEL}: ", "dim"), (f"“{notice}”", None)]
            out += ["      " + line for line in _wrap(said, width - 6, color=color)]
    sections = ordered(report)
    if not sections:
        out += ["", no_facts(report)]
    for kind, title, facts in sections:
        out += ["", _paint(f"{title.upper()} ({len(facts)})", kind, on=color)]
        for fact in facts:
            out += ["", *_fact(report, fact, width, color=color)]
    return "\n".join(out) + "\n"
