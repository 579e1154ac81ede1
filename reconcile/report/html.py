"""The report as one self-contained HTML page: inline CSS and JavaScript, nothing fetched.

The page holds a summary bar; the facts, conflicts first, each value with the
sources that state it and the sentence they state it in, the value's words marked
at their exact offsets; then every source's full text with every claim marked and
linked to its fact, page furniture dimmed. Filters by verdict and by source are
added by a small script; without JavaScript everything shows. A Content Security
Policy forbids every fetch, so opening a report never touches the network.

Every piece of text is escaped with :func:`html.escape`, and attributes are built
only from escaped text or from tokens this module makes (``[A-Za-z0-9_-]``), so a
source that holds ``<script>`` shows the characters it holds.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from html import escape
from typing import TYPE_CHECKING

import attrs

from reconcile._version import __version__
from reconcile.report._common import (
    NOTICE_LABEL,
    SECTIONS,
    backing,
    confidence,
    estimate_line,
    estimate_text,
    fact_about,
    fact_title,
    no_facts,
    notes,
    notices,
    quote,
    shown_reason,
    source_note,
    summary,
    value_groups,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from reconcile.model import Claim, Fact, Report, Source

__all__ = ["render"]

QUOTE_LIMIT = 600
"""Sentences longer than this many characters are cut, around the claim, at word boundaries."""

_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")
_LABELS = {"conflict": "conflict", "agree": "agreement", "single": "single source"}
_ZONE_LABELS = {
    "header": "header (metadata, not read for claims)",
    "furniture": "page furniture (not part of the story, not read for claims)",
    "headline": "headline",
}


def _e(text: str) -> str:
    """Text escaped for use between tags and inside double-quoted attributes.

    A carriage return is written as a character reference, because a browser turns a
    literal one into a line feed while parsing, and the marked words must stay exact.
    """
    return escape(text, quote=True).replace("\r", "&#13;")


def _text(text: str) -> str:
    """Source text escaped for use between tags, a carriage return kept but not shown.

    The return stays in the page (a mark's words must be the claim's exact characters,
    CRLF included), inside an element the style sheet hides: shown, a browser draws it
    as a space at the start of every line of a Windows file.
    """
    escaped = escape(text, quote=True)
    return escaped.replace("\r", '<span class="rc-cr">&#13;</span>') if "\r" in text else escaped


def _tokens(ids: Sequence[str], kind: str) -> dict[str, str]:
    """Safe, unique anchor tokens for ids: the id itself when it is safe, else its position."""
    if all(_TOKEN.fullmatch(i) for i in ids):
        return {i: f"{kind}-{i}" for i in ids}
    return {i: f"{kind}-{n}" for n, i in enumerate(ids, start=1)}


@attrs.frozen
class _Names:
    """The element ids of one rendering, all under one prefix so that several can share a page."""

    prefix: str
    facts: dict[str, str]
    sources: dict[str, str]

    @classmethod
    def of(cls, report: Report, prefix: str) -> _Names:
        return cls(
            prefix,
            _tokens([f.id for f in report.facts], "fact"),
            _tokens([s.id for s in report.sources], "src"),
        )

    def fact(self, fact: Fact) -> str:
        return self.prefix + self.facts[fact.id]

    def source(self, source_id: str) -> str:
        return self.prefix + self.sources[source_id]

    def claim(self, fact: Fact, index: int) -> str:
        # Unique: the index after the last "-" is digits, so the fact's token is what precedes.
        return f"{self.prefix}claim-{self.facts[fact.id].removeprefix('fact-')}-{index}"

    def section(self, kind: str) -> str:
        return f"{self.prefix}section-{kind}"

    def part(self, name: str) -> str:
        return f"{self.prefix}{name}"


def _claim_key(fact: Fact, index: int) -> str:
    """The ``data-claim`` value: the fact's id and the claim's index in it."""
    return f"{fact.id}:{index}"


# --- nesting highlights in a text --------------------------------------------------------


@attrs.frozen
class _Layer:
    """An element to wrap around ``text[start:end]``; rank orders layers outside-in."""

    start: int
    end: int
    rank: int
    tag: str
    first: str  # the attributes of the first part (with the id)
    rest: str  # the attributes of later parts, when crossing layers split it


def _nest(text: str, layers: Iterable[_Layer]) -> str:
    """Escape ``text`` and wrap each layer's stretch in its element, always properly nested.

    Layers that cross are split: the later-starting one closes and reopens around the
    boundary, its first part keeping the id. So each layer's parts, read in order,
    hold exactly ``text[start:end]``.
    """
    kept = [layer for layer in layers if layer.start < layer.end]
    key = {id(layer): (layer.rank, layer.start, -layer.end, n) for n, layer in enumerate(kept)}
    points = sorted({0, len(text), *(x.start for x in kept), *(x.end for x in kept)})
    starting: dict[int, list[_Layer]] = {}
    for layer in kept:
        starting.setdefault(layer.start, []).append(layer)
    active: list[_Layer] = []
    stack: list[_Layer] = []
    opened: set[int] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(points):
        active = [x for x in active if x.end > a] + starting.get(a, [])
        want = sorted(active, key=lambda x: key[id(x)])
        same = 0
        while same < min(len(stack), len(want)) and stack[same] is want[same]:
            same += 1
        out += [f"</{x.tag}>" for x in reversed(stack[same:])]
        for layer in want[same:]:
            out.append(f"<{layer.tag}{layer.rest if id(layer) in opened else layer.first}>")
            opened.add(id(layer))
        stack = want
        out.append(_text(text[a:b]))
    out += [f"</{x.tag}>" for x in reversed(stack)]
    return "".join(out)


# --- the parts of the page ---------------------------------------------------------------


def _summary_bar(report: Report, names: _Names) -> str:
    counts = [
        ("facts", len(report.facts), "", names.part("facts") if report.facts else None),
        ("conflicts", len(report.conflicts), "v-conflict", names.section("conflict")),
        ("agreements", len(report.agreements), "v-agree", names.section("agree")),
        ("single-source", len(report.singles), "v-single", names.section("single")),
        ("sources", len(report.sources), "", names.part("sources")),
    ]
    stats = []
    for label, count, style, target in counts:
        inner = f'<span class="rc-n">{count:,}</span> <span class="rc-l">{label}</span>'
        if count and target:
            stats.append(f'<a class="rc-stat {style}" href="#{target}">{inner}</a>')
        else:
            stats.append(f'<span class="rc-stat {style} rc-zero">{inner}</span>')
    return (
        '<header class="rc-top">'
        '<div class="rc-brand"><h1>reconcile report</h1>'
        f'<p class="rc-sub">{_e(summary(report))}</p></div>'
        f'<nav class="rc-summary" aria-label="Summary">{"".join(stats)}</nav>'
        "</header>"
    )


def _source_table(report: Report, names: _Names) -> str:
    # Truth estimation rates every source: a report that has ratings shows them here too.
    rated = any(source.reliability is not None for source in report.sources)
    rows = []
    for source in report.sources:
        found = len(report.claims_of(source.id))
        # A source with neither outlet nor date (every source of records) is named by its
        # id, as the text report does, not "outlet unknown / date unknown" on every row.
        known = source.outlet or source.published
        reliability = (
            f'<td class="rc-num">{source.reliability:.0%}</td>'
            if source.reliability is not None
            else '<td class="rc-num">—</td>'
        )
        rows.append(
            "<tr>"
            f'<td><a href="#{names.source(source.id)}">'
            f"{_outlet(source) if known else _e(source.id)}</a></td>"
            f"<td>{_date(source) if known else '—'}</td>"
            f"<td>{_e(source.place or '—')}</td>"
            f'<td class="rc-num">{found:,}</td>'
            + (reliability if rated else "")
            + f"<td><code>{_e(source.id)}</code></td>"
            "</tr>"
        )
    return (
        '<div class="rc-scroll"><table class="rc-table"><thead><tr><th>outlet</th>'
        '<th>published</th><th>place</th><th class="rc-num">claims</th>'
        + ('<th class="rc-num">reliability</th>' if rated else "")
        + "<th>id</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _outlet(source: Source) -> str:
    # Muted like "date unknown", so a missing outlet does not read as one called that.
    if not source.outlet:
        return '<span class="rc-unknown">outlet unknown</span>'
    return _e(source.outlet)


def _date(source: Source) -> str:
    if source.published is None:
        return '<span class="rc-unknown">date unknown</span>'
    day = source.published.isoformat()
    return f'<time datetime="{day}">{day}</time>'


def _filters(report: Report, names: _Names) -> str:
    verdicts = "".join(
        f'<label class="rc-chip v-{kind}"><input type="checkbox" data-filter="verdict"'
        f' value="{kind}" checked> {_e(title.lower())}'
        f' <span class="rc-count">{sum(f.verdict.kind == kind for f in report.facts)}</span>'
        "</label>"
        for kind, title in SECTIONS
    )
    sources = "".join(
        f'<label class="rc-chip" title="{_e(s.id)}"><input type="checkbox" data-filter="source"'
        f' value="{names.sources[s.id]}" checked> {_e(s.outlet or s.id)}'
        f" <small>{_e(s.published.isoformat() if s.published else '')}</small></label>"
        for s in report.sources
    )
    return (
        '<div class="rc-filters" role="group" aria-label="Filters" hidden>'
        f'<div class="rc-filter"><span class="rc-filter-name">Verdict</span>{verdicts}</div>'
        f'<div class="rc-filter"><span class="rc-filter-name">Source</span>{sources}</div>'
        f'<output class="rc-shown">showing {len(report.facts)} of {len(report.facts)} facts'
        "</output>"
        "</div>"
    )


def _quote_html(report: Report, fact: Fact, index: int) -> str:
    """The claim's sentence with the claim's words marked at their exact offsets."""
    claim = fact.claims[index]
    source = report.source(claim.source_id)
    whole = claim.sentence is not None and len(claim.sentence) <= QUOTE_LIMIT
    cut = quote(source, claim, None if whole else QUOTE_LIMIT)
    lead = "…" if cut.cut_before else ""
    tail = "…" if cut.cut_after else ""
    mark = (
        f'<mark class="rc-mark v-{fact.verdict.kind}"'
        f' data-claim="{_e(_claim_key(fact, index))}">{_e(cut.match)}</mark>'
    )
    inner = f"{lead}{_e(cut.before)}{mark}{_e(cut.after)}{tail}"
    return f'<blockquote class="rc-quote">{inner}</blockquote>'


def _claim_html(report: Report, fact: Fact, index: int, names: _Names) -> str:
    claim = fact.claims[index]
    source = report.source(claim.source_id)
    # A source with neither outlet nor date (every source of records) is shown by its id
    # alone, not "outlet unknown date unknown" above every claim.
    known = source.outlet or source.published
    by = (
        (
            f'<div class="rc-by"><a class="rc-outlet" href="#{names.source(source.id)}">'
            f"{_outlet(source)}</a> {_date(source)}"
            f' <code class="rc-id">{_e(source.id)}</code></div>'
        )
        if known
        else (
            f'<div class="rc-by"><a class="rc-outlet" href="#{names.source(source.id)}">'
            f'<code class="rc-id">{_e(source.id)}</code></a></div>'
        )
    )
    badges = []
    for note in notes(claim):
        if note.startswith("attributed to "):
            who = note.removeprefix("attributed to ")
            badges.append(f'<span class="rc-note rc-attr">attributed to <b>{_e(who)}</b></span>')
        else:
            style = {"hedged": "rc-hedged", "negated": "rc-negated"}.get(note, "rc-where")
            badges.append(f'<span class="rc-note {style}">{_e(note)}</span>')
    where = f"characters {claim.span.start}–{claim.span.end}"
    badges.append(
        f'<a class="rc-jump" href="#{names.claim(fact, index)}"'
        f' title="{where} of {_e(source.id)}">in the source ↓</a>'
    )
    return (
        f'<div class="rc-claim" data-source="{names.sources[source.id]}">'
        f"{by}{_quote_html(report, fact, index)}"
        f'<div class="rc-notes">{"".join(badges)}</div></div>'
    )


def _evidence(fact: Fact) -> str:
    """Why the fact's claims were joined: the similarity level of each link."""
    if not fact.links:
        return ""
    items = "".join(
        f"<li>{_e(fact.claims[link.a].text)} ↔ {_e(fact.claims[link.b].text)}:"
        f" {_e(link.level)} ({link.score:g})</li>"
        for link in fact.links
    )
    return (
        '<details class="rc-evidence"><summary>how these claims were joined</summary>'
        f"<ul>{items}</ul></details>"
    )


def _fact_html(report: Report, fact: Fact, names: _Names) -> str:
    kind = fact.verdict.kind
    about = fact_about(fact)
    rows = []
    for value, claims in value_groups(fact):
        inner = "".join(_claim_html(report, fact, n, names) for n, _claim in claims)
        rows.append(
            f'<div class="rc-row"><div class="rc-value">{_e(value)}</div>'
            f'<div class="rc-claims">{inner}</div></div>'
        )
    why = ""
    reason = shown_reason(fact)
    if reason:
        why = f'<p class="rc-why"><span>why</span> {_e(reason)}</p>'
    if fact.estimate is not None and fact.estimate.tied:
        label, words = estimate_line(fact.estimate)
        why += f'<p class="rc-why rc-estimate"><span>{label}</span> {_e(words)}</p>'
    elif fact.estimate is not None:
        why += (
            '<p class="rc-why rc-estimate"><span>most likely</span>'
            f" <b>{_e(estimate_text(fact.estimate))}</b>"
            f" (confidence {confidence(fact.estimate.confidence)})</p>"
        )
    tokens = " ".join(names.sources[s] for s in fact.sources)
    return (
        f'<article class="rc-fact v-{kind}" id="{names.fact(fact)}" data-verdict="{kind}"'
        f' data-fact="{_e(fact.id)}" data-sources="{tokens}">'
        '<header class="rc-fact-head">'
        f'<span class="rc-badge v-{kind}">{_LABELS[kind]}</span>'
        f'<h3><a href="#{names.fact(fact)}">{_e(fact_title(fact))}</a></h3>'
        + (f'<span class="rc-about">about {_e(about)}</span>' if about else "")
        + f'<span class="rc-backing">{_e(backing(fact))}</span></header>'
        f'{why}<div class="rc-values">{"".join(rows)}</div>{_evidence(fact)}</article>'
    )


def _facts_html(report: Report, names: _Names) -> str:
    sections = []
    for kind, title in SECTIONS:
        facts = [f for f in report.facts if f.verdict.kind == kind]
        if not facts:
            continue
        body = "".join(_fact_html(report, fact, names) for fact in facts)
        sections.append(
            f'<section class="rc-section" id="{names.section(kind)}" data-verdict="{kind}">'
            f'<h2>{title} <span class="rc-count">{len(facts)}</span></h2>{body}</section>'
        )
    if not sections:
        return f'<p class="rc-empty">{escape(no_facts(report))}</p>'
    return "".join(sections)


def _source_text(source: Source, owned: list[tuple[Claim, Fact, int]], names: _Names) -> str:
    """The source's full text: zones that were not read dimmed, every claim marked and linked.

    ``owned`` holds the source's claims, each with its fact and its index there.
    """
    layers = [
        _Layer(
            zone.start,
            zone.end,
            0,
            "span",
            f' class="rc-zone z-{zone.kind}" title="{_e(_ZONE_LABELS[zone.kind])}'
            f'{": " + _e(zone.reason) if zone.reason else ""}"',
            f' class="rc-zone z-{zone.kind}"',
        )
        for zone in source.zones
        if zone.kind != "body"
    ]
    owned = sorted(owned, key=lambda item: (item[0].span.start, -item[0].span.end))
    # One link around each run of overlapping claims (links cannot nest), to the first's fact.
    runs: list[tuple[int, int, Fact]] = []
    for claim, fact, _n in owned:
        if runs and claim.span.start < runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], claim.span.end), runs[-1][2])
        else:
            runs.append((claim.span.start, claim.span.end, fact))
    layers += [
        _Layer(start, end, 1, "a", f' class="rc-link" href="#{names.fact(fact)}"', "")
        for start, end, fact in runs
    ]
    for claim, fact, n in owned:
        shared = (
            f' class="rc-mark v-{fact.verdict.kind}" data-claim="{_e(_claim_key(fact, n))}"'
            f' data-href="#{names.fact(fact)}"'
        )
        title = f"{fact_title(fact)}: {claim.describe()} ({_LABELS[fact.verdict.kind]})"
        layers.append(
            _Layer(
                claim.span.start,
                claim.span.end,
                2,
                "mark",
                f' id="{names.claim(fact, n)}"{shared} title="{_e(title)}"',
                shared,
            )
        )
    return _nest(source.text, layers)


def _sources_html(report: Report, names: _Names) -> str:
    parts = []
    # Each source's claims with their facts, gathered in one pass over the facts.
    owned: dict[str, list[tuple[Claim, Fact, int]]] = {s.id: [] for s in report.sources}
    for fact in report.facts:
        for n, claim in enumerate(fact.claims):
            owned[claim.source_id].append((claim, fact, n))
    for source in report.sources:
        known = source.outlet or source.published
        meta = [_date(source)] if known else []
        if source.place:
            meta.append(_e(source.place))
        if source.url:
            meta.append(f'<span class="rc-url">{_e(source.url)}</span>')
        said = "".join(
            f'<p class="rc-notice"><span>{_e(NOTICE_LABEL)}</span> {_e(notice)}</p>'
            for notice in notices(source)
        )
        note = source_note(report, source)
        if source.reliability is not None:
            note += f" · reliability {source.reliability:.0%}"
        silent = " rc-silent" if note.startswith("no claims") else ""
        parts.append(
            f'<article class="rc-source" id="{names.source(source.id)}"'
            f' data-source="{names.sources[source.id]}">'
            '<header class="rc-source-head">'
            f"<h3>{_outlet(source) if known else _e(source.id)}</h3>"
            f'<span class="rc-meta">{" · ".join(meta)}</span>'
            f'<code class="rc-id">{_e(source.id)}</code>'
            f'<p class="rc-read{silent}">{_e(note)}</p>{said}</header>'
            f'<div class="rc-text">{_source_text(source, owned[source.id], names)}</div></article>'
        )
    legend = (
        '<p class="rc-legend">Every claim is marked in its colour'
        ' (<mark class="rc-mark v-conflict">conflict</mark>'
        ' <mark class="rc-mark v-agree">agreement</mark>'
        ' <mark class="rc-mark v-single">single source</mark>); follow one to its fact.'
        ' <span class="rc-zone z-furniture">Dimmed text</span> is page furniture or header,'
        " not read for claims.</p>"
    )
    return (
        f'<section class="rc-sources" id="{names.part("sources")}">'
        f"<h2>Sources</h2>{legend}{''.join(parts)}</section>"
    )


_CSS = """
.rc{--ink:#1d2939;--muted:#667085;--line:#e4e7ec;--paper:#fff;--wash:#f9fafb;
--conflict:#b42318;--conflict-bg:#fef3f2;--conflict-mark:#fecdca;
--agree:#067647;--agree-bg:#ecfdf3;--agree-mark:#b7efcb;
--single:#93370d;--single-bg:#fffaeb;--single-mark:#fde7a4;
color:var(--ink);background:var(--paper);max-width:1080px;margin:0 auto;padding:28px 28px 48px;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
text-align:left}
.rc *{box-sizing:border-box}
.rc [hidden]{display:none!important}
.rc h1{font-size:1.5rem;margin:0;letter-spacing:-.01em}
.rc h2{font-size:1.15rem;margin:32px 0 12px;display:flex;align-items:center;gap:8px}
.rc h3{font-size:1.02rem;margin:0}
.rc a{color:inherit}
.rc code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.rc-top{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:16px;
padding-bottom:16px;border-bottom:1px solid var(--line)}
.rc-sub{margin:4px 0 0;color:var(--muted)}
.rc-summary{display:flex;flex-wrap:wrap;gap:8px}
.rc-stat{display:flex;flex-direction:column;align-items:flex-start;min-width:92px;padding:8px 14px;
border:1px solid var(--line);border-radius:10px;background:var(--wash);text-decoration:none}
.rc-stat .rc-n{font-size:1.5rem;font-weight:700;line-height:1.1}
.rc-stat .rc-l{font-size:.72rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}
.rc-stat.v-conflict{background:var(--conflict-bg);border-color:var(--conflict-mark)}
.rc-stat.v-conflict .rc-n{color:var(--conflict)}
.rc-stat.v-agree{background:var(--agree-bg);border-color:var(--agree-mark)}
.rc-stat.v-agree .rc-n{color:var(--agree)}
.rc-stat.v-single{background:var(--single-bg);border-color:var(--single-mark)}
.rc-stat.v-single .rc-n{color:var(--single)}
.rc-stat.rc-zero{opacity:.6}
a.rc-stat:hover{border-color:var(--muted)}
.rc-table{border-collapse:collapse;margin-top:16px;font-size:.9rem;width:100%}
.rc-table th{font-weight:600;color:var(--muted);font-size:.75rem;text-transform:uppercase;
letter-spacing:.05em}
.rc-table th,.rc-table td{text-align:left;padding:6px 12px 6px 0;
border-bottom:1px solid var(--line)}
.rc-num{text-align:right!important}
.rc-scroll{overflow-x:auto}
.rc time{white-space:nowrap}
.rc-unknown{color:var(--muted);font-style:italic}
.rc-filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;align-items:center;
gap:8px 20px;margin:16px 0 0;padding:10px 0;background:var(--paper);
border-bottom:1px solid var(--line)}
.rc-filter{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.rc-filter-name{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.rc-chip{display:inline-flex;align-items:center;gap:4px;padding:2px 10px 2px 6px;font-size:.85rem;
border:1px solid var(--line);border-radius:999px;cursor:pointer;user-select:none}
.rc-chip small{color:var(--muted)}
.rc-shown{margin-left:auto;color:var(--muted);font-size:.85rem}
.rc-count{font-size:.8rem;font-weight:600;color:var(--muted);background:var(--wash);
border:1px solid var(--line);border-radius:999px;padding:0 8px}
.rc-fact{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:8px;
padding:14px 18px 10px;margin:0 0 14px;background:var(--paper)}
.rc-fact.v-conflict{border-left-color:var(--conflict)}
.rc-fact.v-agree{border-left-color:var(--agree)}
.rc-fact.v-single{border-left-color:#dc6803}
.rc-fact:target{box-shadow:0 0 0 3px #84adff}
.rc-fact-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 10px}
.rc-fact-head h3 a{text-decoration:none}
.rc-fact-head h3 a:hover{text-decoration:underline}
.rc-about{color:var(--muted);font-size:.9rem}
.rc-backing{margin-left:auto;color:var(--muted);font-size:.85rem}
.rc-badge{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;
padding:1px 8px;border-radius:4px}
.rc-badge.v-conflict{color:var(--conflict);background:var(--conflict-bg)}
.rc-badge.v-agree{color:var(--agree);background:var(--agree-bg)}
.rc-badge.v-single{color:var(--single);background:var(--single-bg)}
.rc-why{margin:6px 0 0;font-size:.88rem;color:#475467}
.rc-why span{font-size:.7rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;
color:var(--muted);margin-right:4px}
.rc-row{display:grid;grid-template-columns:minmax(150px,220px) 1fr;gap:6px 20px;padding:10px 0;
border-top:1px solid var(--line);margin-top:10px}
.rc-row+.rc-row{margin-top:0}
.rc-value{font-weight:650;font-size:1.02rem;overflow-wrap:anywhere}
.rc-fact.v-conflict .rc-value{color:var(--conflict)}
.rc-claim+.rc-claim{margin-top:12px}
.rc-by{font-size:.85rem}
.rc-outlet{font-weight:600;text-decoration:none}
.rc-outlet:hover{text-decoration:underline}
.rc-by time{color:var(--muted);margin:0 4px}
.rc-quote{margin:4px 0;padding:2px 0 2px 12px;border-left:3px solid var(--line);
font-family:Georgia,Cambria,"Times New Roman",serif;font-size:.98rem;line-height:1.55;color:#344054}
.rc mark.rc-mark{color:inherit;border-radius:3px;padding:0 1px;background:#fff1a8}
.rc mark.v-conflict{background:var(--conflict-mark);
text-decoration:underline wavy var(--conflict) 1px;text-underline-offset:3px}
.rc mark.v-agree{background:var(--agree-mark)}
.rc mark.v-single{background:var(--single-mark);
text-decoration:underline dotted var(--muted) 1px;text-underline-offset:3px}
.rc-notes{display:flex;flex-wrap:wrap;gap:4px 8px;font-size:.8rem;color:var(--muted)}
.rc-note{padding:0 6px;border:1px solid var(--line);border-radius:4px}
.rc-note b{font-weight:600;color:#475467}
.rc-hedged,.rc-negated{border-color:#fedf89;background:var(--single-bg);color:var(--single)}
.rc-jump{margin-left:auto;text-decoration:none}
.rc-jump:hover{text-decoration:underline}
.rc-evidence{margin:6px 0 2px;font-size:.8rem;color:var(--muted)}
.rc-evidence summary{cursor:pointer}
.rc-evidence ul{margin:4px 0;padding-left:20px}
.rc-empty{color:var(--muted);font-style:italic}
.rc-legend{color:var(--muted);font-size:.85rem;margin:-4px 0 12px}
.rc-source{border:1px solid var(--line);border-radius:8px;margin:0 0 18px;overflow:hidden}
.rc-source-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 12px;padding:12px 18px;
background:var(--wash);border-bottom:1px solid var(--line)}
.rc-meta{color:var(--muted);font-size:.9rem}
.rc-source-head .rc-id{margin-left:auto}
.rc-read{flex-basis:100%;margin:0;font-size:.82rem;color:var(--muted)}
.rc-read.rc-silent{color:var(--single);font-weight:600}
.rc-notice{flex-basis:100%;margin:0;font-size:.82rem;color:var(--muted)}
.rc-notice span{font-weight:600}
.rc-url{overflow-wrap:anywhere}
.rc-text{white-space:pre-wrap;overflow-wrap:break-word;padding:14px 18px 18px;max-width:80ch;
font-family:Georgia,Cambria,"Times New Roman",serif;font-size:.98rem;line-height:1.65}
.rc-text a.rc-link{text-decoration:none}
.rc-cr{display:none}
.rc-text mark{cursor:pointer}
.rc-text mark:hover{outline:2px solid #84adff}
.rc-text mark:target{outline:2px solid #2e6be6}
.rc-zone.z-furniture,.rc-zone.z-header{color:var(--muted)}
.rc-text .z-furniture{font-family:system-ui,sans-serif;font-size:.85rem}
.rc-zone.z-headline{font-weight:700}
@media (max-width:640px){
.rc{padding:16px}.rc-row{grid-template-columns:1fr}.rc-backing{margin-left:0}
}
@media print{
.rc{max-width:none;padding:0;font-size:10pt}
.rc-filters,.rc-jump,.rc-evidence{display:none!important}
.rc a{text-decoration:none}
.rc-fact,.rc-source-head,.rc-table tr{break-inside:avoid}
.rc-sources{break-before:page}
.rc-fact:target{box-shadow:none}
.rc,.rc *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""

_SCRIPT = """
(function () {
  var root = document.getElementById("%(root)s");
  if (!root || root.getAttribute("data-ready")) { return; }
  root.setAttribute("data-ready", "1");
  var bar = root.querySelector(".rc-filters");
  var shown = bar.querySelector(".rc-shown");
  var facts = root.querySelectorAll(".rc-fact");
  function picked(kind) {
    var set = {};
    bar.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (box) {
      if (box.checked) { set[box.value] = true; }
    });
    return set;
  }
  function apply() {
    var verdicts = picked("verdict"), sources = picked("source"), count = 0;
    facts.forEach(function (fact) {
      var on = !!verdicts[fact.getAttribute("data-verdict")] &&
        fact.getAttribute("data-sources").split(" ").some(function (s) { return sources[s]; });
      fact.hidden = !on;
      if (on) { count += 1; }
      fact.querySelectorAll(".rc-claim").forEach(function (claim) {
        claim.classList.toggle("rc-muted", !sources[claim.getAttribute("data-source")]);
      });
    });
    root.querySelectorAll(".rc-section").forEach(function (section) {
      section.hidden = !section.querySelector(".rc-fact:not([hidden])");
    });
    root.querySelectorAll(".rc-source").forEach(function (source) {
      source.hidden = !sources[source.getAttribute("data-source")];
    });
    shown.textContent = "showing " + count + " of " + facts.length + " facts";
  }
  bar.addEventListener("change", apply);
  root.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest("mark[data-href]") : null;
    if (mark && root.contains(mark)) {
      event.preventDefault();
      location.hash = mark.getAttribute("data-href");
    }
  });
  bar.hidden = false;
  apply();
})();
"""

_MUTED_CSS = ".rc-claim.rc-muted{opacity:.45}\n"

_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
    " img-src data:; base-uri 'none'; form-action 'none'"
)


def _prefix(report: Report) -> str:
    """A prefix for element ids, the same for the same report, so fragments can share a page."""
    digest = hashlib.sha256()
    for source in report.sources:
        digest.update(f"{source.id}\0{len(source.text)}\0".encode())
    for fact in report.facts:
        digest.update(f"{fact.id}\0{fact.verdict.kind}\0".encode())
        for claim in fact.claims:
            digest.update(f"{claim.source_id}\0{claim.span.start}\0{claim.span.end}\0".encode())
    return f"rc{digest.hexdigest()[:10]}-"


def render(report: Report, *, standalone: bool = True) -> str:
    """The report as HTML: a whole page, or a fragment to embed (as Jupyter does).

    Args:
        report: the report to render.
        standalone: a complete ``<!DOCTYPE html>`` document whose Content Security
            Policy forbids any fetch; False gives a ``<div>`` with its own ``<style>``
            and ``<script>``, every id prefixed so several reports can share a page.

    Returns:
        Self-contained HTML: no external stylesheet, script, font or image.

    >>> from reconcile import Report, Source
    >>> page = render(Report([Source("a", "<script>alert(1)</script>")]))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    (True, True)
    >>> "<!DOCTYPE" in render(Report([Source("a", "Text.")]), standalone=False)
    False
    """
    names = _Names.of(report, "" if standalone else _prefix(report))
    root = names.part("report")
    body = (
        f'<div class="rc" id="{root}">'
        f"{_summary_bar(report, names)}{_source_table(report, names)}{_filters(report, names)}"
        f'<main id="{names.part("facts")}">{_facts_html(report, names)}</main>'
        f"{_sources_html(report, names)}"
        f'<footer class="rc-foot"><code>reconcile {_e(__version__)}</code></footer>'
        f"<script>{_SCRIPT % {'root': root}}</script></div>"
    )
    if not standalone:
        return f"<style>{_CSS}{_MUTED_CSS}</style>\n{body}\n"
    style = f"<style>body{{margin:0;background:#fff}}{_CSS}{_MUTED_CSS}</style>"
    title = f"reconcile report: {summary(report)}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        f'<meta name="generator" content="reconcile {_e(__version__)}">\n'
        f"<title>{_e(title)}</title>\n{style}\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
