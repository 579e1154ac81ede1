"""What every rendering shares: section order, labels, value groups and quotes.

The renderers format what a report holds and compute no facts; these helpers only
order, group and cut what is there, so the text, Markdown and HTML reports say the
same things in the same order.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

import attrs

from reconcile.ingest import NOTICE_REASON

if TYPE_CHECKING:
    from reconcile.model import Claim, Estimate, Fact, Report, Source, VerdictKind

SECTIONS: tuple[tuple[VerdictKind, str], ...] = (
    ("conflict", "Conflicts"),
    ("agree", "Agreements"),
    ("single", "Single source"),
)
"""The verdicts in the order a reader wants them, with their section titles."""


def plural(count: int, word: str, many: str | None = None) -> str:
    """``count`` and ``word``, made plural when the count is not one.

    >>> plural(1, "source"), plural(1200, "fact"), plural(2, "origin", "origins")
    ('1 source', '1,200 facts', '2 origins')
    """
    return f"{count:,} {word if count == 1 else (many or word + 's')}"


def char_width(char: str) -> int:
    """The columns a terminal gives one character: 2 for East Asian wide, 0 for a combining mark.

    >>> char_width("a"), char_width("東"), char_width("\u0301")
    (1, 2, 0)
    """
    if char.isascii():
        return 1
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    """The columns ``text`` takes on a terminal, where ``len`` would count characters.

    A CJK character takes two columns and a combining accent none, so padding a column
    by ``len`` would shift every column after it.

    >>> display_width("1400万"), len("1400万"), display_width("Zu\u0308rich")
    (6, 5, 6)
    """
    if text.isascii():
        return len(text)
    return sum(char_width(char) for char in text)


def summary(report: Report) -> str:
    """One line: how many sources and facts, by verdict (of how many, for a selection)."""
    facts = plural(len(report.facts), "fact")
    if report.whole is not None:
        facts = f"{len(report.facts):,} of {plural(len(report.whole.facts), 'fact')} shown"
    return (
        f"{plural(len(report.sources), 'source')} · {facts}: "
        f"{plural(len(report.conflicts), 'conflict')}, "
        f"{plural(len(report.agreements), 'agreement')}, "
        f"{len(report.singles):,} single-source"
    )


_ONE = {"conflict": "conflict", "agree": "agreement"}


def no_facts(report: Report) -> str:
    """The line for a report with no fact to show, saying what is true of it.

    With no facts at all, no source states a value that was read; a selection
    (``--only``) that keeps none says so against the facts there are: "no conflicts
    among the 9 facts (3 agreements, 6 single-source)", not that nothing was read.
    """
    whole = report.whole
    if whole is None or not whole.facts:
        return "No facts: no source states a value reconcile could read."
    absent_words = {"conflict": "conflicts", "agree": "agreements", "single": "single-source facts"}
    counts = {kind: sum(f.verdict.kind == kind for f in whole.facts) for kind, _ in SECTIONS}
    absent = [absent_words[kind] for kind, n in counts.items() if not n]
    there = [
        f"{n:,} single-source" if kind == "single" else plural(n, _ONE[kind])
        for kind, n in counts.items()
        if n
    ]
    none = " or ".join(absent) if absent else "facts of the kinds chosen"
    return (
        f"No facts shown: no {none} among the {plural(len(whole.facts), 'fact')}"
        f" ({', '.join(there)})."
    )


def ordered(report: Report) -> list[tuple[VerdictKind, str, tuple[Fact, ...]]]:
    """The non-empty sections, conflicts first, each with its facts in report order."""
    sections = []
    for kind, title in SECTIONS:
        facts = tuple(f for f in report.facts if f.verdict.kind == kind)
        if facts:
            sections.append((kind, title, facts))
    return sections


def source_label(source: Source) -> str:
    """The outlet and date of a source, as far as they are known."""
    outlet = source.outlet or "outlet unknown"
    published = source.published.isoformat() if source.published else "date unknown"
    return f"{outlet} {published}"


def shown_reason(fact: Fact) -> str | None:
    """The verdict's reason when a reader needs it: always, but for a plain single fact.

    A single fact's reason is "only a states it", which its one source already says,
    unless that source states more than one value ("…, and it states both 4 and 6,
    which cannot both hold"): then it is shown, so a source contradicting itself is
    flagged, not read as an ordinary single fact.
    """
    reason = fact.verdict.reason
    if not reason:
        return None
    if fact.verdict.kind == "single" and reason == f"only {fact.claims[0].source_id} states it":
        return None
    return reason


def confidence(value: float) -> str:
    """A confidence as a percent a reader will not take for certainty.

    The estimate's confidence is the model's, not a calibrated probability (docs/truth.md):
    on a two-against-one split it can round to 100%, which reads as proof. Printed, it stops
    short of both ends.

    >>> confidence(0.9996), confidence(0.95), confidence(0.001)
    ('over 99%', '95%', 'under 1%')
    """
    if value >= 0.995:
        return "over 99%"
    if value < 0.005:
        return "under 1%"
    return f"{value:.0%}"


def estimate_text(estimate: Estimate) -> str:
    """The most likely value as read, with the text a source printed it in when that differs.

    ``estimate.text`` is one source's printing, which may be ambiguous ("04/09/2027" is 9
    April to one reader and 4 September to another) or unlike the value column ("9,000,000
    EUR" beside "€9 million"). The value as read leads, unambiguous (a date in ISO form).

    >>> from reconcile.model import Estimate, Quantity
    >>> estimate_text(Estimate("4", Quantity.exact(4), 0.95))
    '4'
    >>> euros = Quantity.exact(9e6, kind="money", currency="EUR")
    >>> estimate_text(Estimate("9,000,000 EUR", euros, 0.9))
    '€9 million, as printed “9,000,000 EUR”'
    """
    shown = estimate.value.describe()
    if " ".join(shown.casefold().split()) == " ".join(estimate.text.casefold().split()):
        return estimate.text
    return f"{shown}, as printed “{estimate.text}”"


def estimate_line(estimate: Estimate) -> tuple[str, str]:
    """The label and the words for a fact's estimate: the most likely value, or a tie.

    >>> from reconcile.model import Estimate, Quantity
    >>> estimate_line(Estimate("4", Quantity.exact(4), 0.95))
    ('most likely', '4 (confidence 95%)')
    >>> estimate_line(Estimate("4", Quantity.exact(4), 0.41, tied=("6",)))
    ('tie', '4 and 6 are equally likely (41% each): the sources do not settle it')
    """
    if not estimate.tied:
        shown = estimate_text(estimate)
        return "most likely", f"{shown} (confidence {confidence(estimate.confidence)})"
    values = [estimate.text, *estimate.tied]
    listed = f"{', '.join(values[:-1])} and {values[-1]}"
    return "tie", (
        f"{listed} are equally likely ({confidence(estimate.confidence)} each): the sources do not"
        " settle it"
    )


def fact_title(fact: Fact) -> str:
    """What a fact is about, in a few words."""
    return fact.title or f"{fact.claims[0].text} (what it measures is unclear)"


def fact_about(fact: Fact) -> str | None:
    """The fact's subject, when it has one besides what titles it."""
    return fact.subject if fact.subject and fact.title else None


def backing(fact: Fact) -> str:
    """How many sources state a fact and how many independent origins they trace back to.

    Args:
        fact: the fact.

    Returns:
        "1 source" for a single-source fact, else e.g. "2 sources · 1 independent origin",
        with the reason when the sources count once because every claim is attributed to
        one teller: "2 sources · 1 independent origin (all attributed to the police)".
        Without it a reader takes one origin for one outlet copying another.
    """
    sources = len(fact.sources)
    if sources == 1:
        return "1 source"
    origins = fact.verdict.origins
    said = f"{plural(sources, 'source')} · {plural(origins, 'independent origin')}"
    tellers = {c.attributed_to.casefold() if c.attributed_to else None for c in fact.claims}
    if origins == 1 and len(tellers) == 1 and None not in tellers:
        said += f" (all attributed to {fact.claims[0].attributed_to})"
    return said


def value_groups(fact: Fact) -> list[tuple[str, list[tuple[int, Claim]]]]:
    """The fact's claims, with their indexes, grouped by the value they state.

    Values come in order of first appearance, claims in fact order within each.
    """
    groups: dict[str, list[tuple[int, Claim]]] = {}
    for index, claim in enumerate(fact.claims):
        groups.setdefault(claim.describe(), []).append((index, claim))
    return list(groups.items())


def notes(claim: Claim) -> list[str]:
    """What qualifies a claim: who it is attributed to, a hedge, a negation, where it stood."""
    found = []
    if claim.attributed_to:
        found.append(f"attributed to {claim.attributed_to}")
    if claim.hedged:
        found.append("hedged")
    if claim.negated:
        found.append("negated")
    if claim.zone != "body":
        found.append(f"in the {claim.zone}")
    return found


@attrs.frozen
class Quote:
    """A claim's words in their sentence: the text before, the words, the text after.

    ``match`` is exactly the source's text at the claim's offsets; ``before`` and
    ``after`` may be cut at a word boundary, which ``cut_before`` and ``cut_after`` say.
    """

    before: str
    match: str
    after: str
    cut_before: bool = False
    cut_after: bool = False

    def flat(self) -> Quote:
        """The same quote with every run of whitespace folded into one space."""
        return Quote(
            fold(self.before, keep_edges=True),
            fold(self.match),
            fold(self.after, keep_edges=True),
            self.cut_before,
            self.cut_after,
        )

    def plain(self) -> str:
        """The quote as one line, with ellipses where it was cut."""
        flat = self.flat()
        lead = "…" if self.cut_before else ""
        tail = "…" if self.cut_after else ""
        return f"{lead}{flat.before}{flat.match}{flat.after}{tail}".strip()


def fold(text: str, *, keep_edges: bool = False) -> str:
    r"""Fold runs of whitespace into one space; keep a space at either edge if asked.

    >>> fold(" four\n people  "), fold(" four\n people  ", keep_edges=True)
    ('four people', ' four people ')
    """
    inner = " ".join(text.split())
    if not keep_edges:
        return inner
    if not inner:
        return " " if text else ""
    lead = " " if text[:1].isspace() else ""
    tail = " " if text[-1:].isspace() else ""
    return f"{lead}{inner}{tail}"


def _keep_tail(text: str, room: int) -> tuple[str, bool]:
    """The last words of ``text`` that fit in ``room`` characters, and whether it was cut."""
    if len(text) <= room:
        return text, False
    cut = text[len(text) - room :]
    space = next((i for i, c in enumerate(cut) if c.isspace()), None)
    return (cut[space:].lstrip() if space is not None else ""), True


def _keep_head(text: str, room: int) -> tuple[str, bool]:
    """The first words of ``text`` that fit in ``room`` characters, and whether it was cut."""
    if len(text) <= room:
        return text, False
    cut = text[:room]
    space = next((i for i in range(len(cut) - 1, -1, -1) if cut[i].isspace()), None)
    return (cut[:space].rstrip() if space is not None else ""), True


def quote(source: Source, claim: Claim, width: int | None = None) -> Quote:
    """The claim in its sentence, cut at word boundaries to about ``width`` characters.

    Args:
        source: the source the claim quotes.
        claim: the claim.
        width: the most characters to show, or None for the whole sentence.

    Returns:
        The quote; its ``match`` is always ``source.text[claim.span.start:claim.span.end]``.

    >>> from reconcile import Claim, Quantity, Source, Span
    >>> text = "Police said four people were hurt in the crash on the bridge."
    >>> source = Source("a", text, sentences=[Span("a", 0, len(text))])
    >>> four = Span("a", 12, 23)
    >>> claim = Claim(four, "four people", Quantity.exact(4), sentence=Span("a", 0, 61))
    >>> quote(source, claim, 30).plain()
    '…said four people were hurt in…'
    """
    text = source.text
    span = claim.span
    sentence = claim.sentence or source.span(
        max(0, span.start - 120), min(len(text), span.end + 120)
    )
    before = text[sentence.start : span.start]
    after = text[span.end : sentence.end]
    cut_before = claim.sentence is None and sentence.start > 0
    cut_after = claim.sentence is None and sentence.end < len(text)
    if width is not None:
        room = max(0, width - len(span))
        left = min(len(before), room // 2)
        right = room - left
        if len(after) < right:
            left = room - len(after)
        before, cut_b = _keep_tail(before, left)
        after, cut_a = _keep_head(after, room - len(before))
        cut_before, cut_after = cut_before or cut_b, cut_after or cut_a
    return Quote(before, text[span.start : span.end], after, cut_before, cut_after)


def source_note(report: Report, source: Source) -> str:
    """What was read from a source and found in it, saying so when it yielded no claim."""
    found = len(report.claims_of(source.id))
    note = f"{plural(found, 'claim')} from {plural(source.body_chars, 'body character')}"
    in_all = found if report.whole is None else len(report.whole.claims_of(source.id))
    if found != in_all:
        # A selection: the source's other claims are in facts not shown, not missing.
        note = (
            f"{found:,} of {plural(in_all, 'claim')} shown, "
            f"from {plural(source.body_chars, 'body character')}"
        )
    elif not found:
        note = f"no claims found in {plural(source.body_chars, 'body character')}"
    if source.detected:
        note += f" (detected: {', '.join(sorted(source.detected))})"
    return note


NOTICE_LABEL = "correction notice, not read for claims"
"""How the reports name an outlet's notice about an earlier version of its story."""


def notices(source: Source) -> list[str]:
    """The source's correction notices and editor's notes, whitespace folded, in text order.

    Reading set them apart as furniture (their figures are what was withdrawn, or a
    restatement); the reports name them so the reader knows the outlet corrected itself.
    """
    return [
        " ".join(source.text[zone.start : zone.end].split())
        for zone in source.zones
        if zone.reason == NOTICE_REASON
    ]


def source_rows(report: Report) -> list[tuple[str, str, str, str, str]]:
    """Per source: id, outlet, published, place, and what was read and found."""
    return [
        (
            source.id,
            source.outlet or "—",
            source.published.isoformat() if source.published else "—",
            source.place or "—",
            source_note(report, source),
        )
        for source in report.sources
    ]
