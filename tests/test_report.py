"""Reports: text, Markdown and HTML say what is contested first, escape any text, and the JSON
contract validates against docs/report.schema.json and reads back."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape as html_unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import reconcile
from reconcile import (
    Claim,
    DateRange,
    EntityRef,
    Fact,
    InvalidValueError,
    Link,
    Quantity,
    Report,
    Source,
    Span,
    Verdict,
    Zone,
)
from reconcile.report import select
from reconcile.report._common import display_width, quote
from reconcile.report.html import _Layer, _nest
from reconcile.report.markdown import escape as md_escape

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
# The elements that have no end tag, among those a report could hold.
VOIDS = frozenset({"br", "hr", "img", "input", "link", "meta", "wbr"})


# --- the contract ------------------------------------------------------------------------


def check_contract(report: Report) -> dict[str, object]:
    """Validate a report's JSON against the schema and check that it reads back to the same bytes."""
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    text = report.to_json()
    data = json.loads(text)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    again = Report.from_json(text)
    assert again == report
    assert again.to_json() == text
    return data


# --- reports to render -------------------------------------------------------------------

WIRE = (
    "WIRE HEADLINE: <script>alert('x')</script> & co\n"
    "Police said four people were hurt on Monday in Springfield, "
    "and the mayor allegedly said no one died.\n"
    "Share this | Subscribe\n"
)
PAPER = "Six people were hurt, police said. The *council* met in March 2025."


def _span(source: Source, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = source.text.index(words, start + 1)
    return source.span(start, start + len(words))


def _claim(source: Source, words: str, value: object, **fields: object) -> Claim:
    span = _span(source, words)
    sentence = next((s for s in source.sentences if s.contains(span)), None)
    return Claim(span=span, text=words, value=value, sentence=sentence, **fields)  # type: ignore[arg-type]


def handmade() -> Report:
    """A report with every kind of value, note and zone, crossing claims and hostile text."""
    wire_id = 'wire "one" <b>'
    wire = Source(
        wire_id,
        WIRE,
        outlet='Wire <img src=x onerror="alert(1)">',
        published=dt.date(2025, 7, 1),
        place="Springfield",
        url="https://example.com/story?a=1&b=<2>",
        detected={"outlet"},
        zones=[
            Zone("headline", 0, WIRE.index("\n"), "title line"),
            Zone("body", WIRE.index("Police"), WIRE.index("died.") + 5, "prose"),
            Zone("furniture", WIRE.index("Share"), len(WIRE) - 1, "share <links>"),
        ],
        sentences=[Span(wire_id, WIRE.index("Police"), WIRE.index("died.") + 5)],
    )
    paper = Source(
        "paper",
        PAPER,
        outlet="Paper",
        sentences=[Span("paper", 0, PAPER.index(".") + 1), Span("paper", 35, len(PAPER))],
    )
    four = _claim(
        wire,
        "four people",
        Quantity.exact(4, unit="people"),
        attribute="people hurt",
        attributed_to="Police",
    )
    six = _claim(paper, "Six people", Quantity.exact(6, unit="people"), attribute="people hurt")
    monday = _claim(
        wire,
        "on Monday",
        DateRange.day(dt.date(2025, 6, 30), relative="Monday"),
        attribute="date hurt",
        hedged=True,
    )
    # Crossing "Monday in Springfield" and nested "Springfield": marks must split and nest.
    place = _claim(
        wire, "Springfield", EntityRef("place", "Springfield", "Springfield"), attribute="where"
    )
    crossing = _claim(
        wire,
        "Monday in",
        EntityRef("other", "Monday in", "Monday in"),
        attribute="crossing",
    )
    dead = _claim(
        wire,
        "no one",
        Quantity.exact(0, unit="people"),
        attribute="people dead",
        negated=True,
        hedged=True,
        attributed_to="the mayor",
    )
    headline = _claim(
        wire,
        "<script>alert('x')</script>",
        EntityRef("other", "<script>", "<script>alert('x')</script>"),
        zone="headline",
    )
    march = Claim(
        span=_span(paper, "March 2025"),
        text="March 2025",
        value=DateRange(dt.date(2025, 3, 1), dt.date(2025, 3, 31), "month"),
        attribute="council met",
    )
    facts = [
        Fact(
            "f-hurt",
            [four, six],
            Verdict("conflict", "4 vs 6: different counts", 2),
            attribute="people hurt",
            subject="the crash",
            links=[Link(0, 1, "exact attribute", 100)],
        ),
        Fact("f2", [monday], Verdict("single", "only wire states it")),
        Fact("f3", [place, place], Verdict("agree", "same place, 1 origin", 1)),
        Fact("f4", [crossing], Verdict("single")),
        Fact("f5", [dead], Verdict("single")),
        Fact("f6", [headline], Verdict("single")),
        Fact("f7", [march], Verdict("single")),
    ]
    silent = Source("silent", "Nothing to see.")
    return Report([wire, paper, silent], facts)


def seeds() -> Report:
    return reconcile.compare(SEEDS)


def texts() -> Report:
    return reconcile.compare(
        ["Police said four people were hurt on Monday.", "Six people were hurt, police said."]
    )


def empty() -> Report:
    return Report([Source("a", "Nothing here.")])


REPORTS = {"handmade": handmade, "seeds": seeds, "texts": texts, "empty": empty}


@pytest.fixture(params=sorted(REPORTS))
def report(request: pytest.FixtureRequest) -> Report:
    return REPORTS[request.param]()


# --- reading HTML back -------------------------------------------------------------------


class Page(HTMLParser):
    """Reads a rendered page: ids, links, attributes, and the text of each mark per container."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: dict[tuple[str, str], str] = {}
        self.fact_verdicts: list[str] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.tags.append((tag, found))
        if found.get("id"):
            self.ids.append(found["id"] or "")
        if "href" in found:
            self.hrefs.append(found["href"] or "")
        if tag == "article" and "rc-fact" in (found.get("class") or "").split():
            self.fact_verdicts.append(found.get("data-verdict") or "")
        if tag not in VOIDS:
            self.stack.append((tag, found))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        container = next(
            (
                a.get("id") or ""
                for _, a in reversed(self.stack)
                if {"rc-fact", "rc-source"} & set((a.get("class") or "").split())
            ),
            None,
        )
        for tag, found in self.stack:
            if tag == "mark" and found.get("data-claim") and container:
                key = (container, found["data-claim"] or "")
                self.marks[key] = self.marks.get(key, "") + data


def claim_texts(report: Report) -> dict[str, str]:
    return {f"{f.id}:{n}": c.text for f in report.facts for n, c in enumerate(f.claims)}


# --- the JSON contract -------------------------------------------------------------------


def test_every_report_validates_against_the_schema_and_round_trips(report: Report) -> None:
    """Each report the tests build is valid under the schema and reads back to the same bytes."""
    data = check_contract(report)
    assert data["summary"]["facts"] == len(report.facts)  # type: ignore[index]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    """docs/report.schema.json is itself a valid JSON Schema of draft 2020-12."""
    jsonschema = pytest.importorskip("jsonschema")
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("facts", 0, "verdict"), "maybe"),
        (("facts", 0, "claims"), []),
        (("facts", 0, "claims", 0, "start"), -1),
        (("facts", 0, "claims", 0, "value", "type"), "colour"),
        (("facts", 0, "claims", 0, "value", "currency"), "dollars"),
        (("sources", 0, "published"), "1 July 2025"),
        (("format",), 2),
    ],
)
def test_the_schema_rejects_what_breaks_the_contract(path: tuple[object, ...], bad: object) -> None:
    """A wrong verdict, no claims, a negative offset, an unknown value type, a bad currency or
    date, or another format version each fail validation."""
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(handmade().to_json())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    assert not validator.is_valid(data)


def test_select_keeps_the_chosen_verdicts_and_every_source() -> None:
    """select() narrows the facts, keeps the sources, and the result is a valid report."""
    full = handmade()
    only = select(full, ["conflict", "agree"])
    assert {f.verdict.kind for f in only.facts} == {"conflict", "agree"}
    assert only.sources == full.sources
    assert json.loads(only.to_json())["summary"]["single"] == 0
    check_contract(only)
    with pytest.raises(InvalidValueError, match="unknown verdicts"):
        select(full, ["conflicts"])


def test_a_selection_says_how_much_of_the_report_it_shows() -> None:
    """`--only conflicts` once said "no claims found" of sources whose claims were filtered out.

    A selection now counts against the whole report: "2 of 5 facts shown", "1 of 3 claims
    shown"; a source with no claim at all still says so; a selection of a selection counts
    against the first report; the JSON and equality do not change.
    """
    full = reconcile.compare(
        [
            {"id": "a", "text": "Four people died in the fire. The blaze burned 30 acres."},
            {"id": "b", "text": "Six people died in the fire. The blaze burned 30 acres."},
            {"id": "c", "text": "Nothing here."},
        ]
    )
    only = select(full, ["conflict"])
    shown, total = len(only.facts), len(full.facts)
    assert 0 < shown < total
    text = only.to_text()
    assert f"{shown} of {total} facts shown" in text
    assert f"{shown} of {total} facts shown" in only.to_markdown()
    assert f"{shown} of {total} facts shown" in only.to_html()
    in_a = len(full.claims_of("a"))
    assert f"{len(only.claims_of('a'))} of {in_a} claims shown" in text
    assert "no claims found in" in text  # source c states nothing at all
    assert f"{shown} of {total} facts shown" in select(only, ["conflict"]).to_text()
    assert "shown" not in full.to_text().splitlines()[0]
    assert only == select(full, ["conflict"])
    assert "whole" not in json.loads(only.to_json())


# --- text --------------------------------------------------------------------------------


def _positions(text: str, *words: str) -> list[int]:
    return [text.index(w) for w in words]


def test_text_puts_conflicts_first_then_agreements_then_single_source(report: Report) -> None:
    """The sections come in the order conflicts, agreements, single source, each when present."""
    text = report.to_text()
    present = [
        title
        for title, facts in (
            ("CONFLICTS", report.conflicts),
            ("AGREEMENTS", report.agreements),
            ("SINGLE SOURCE", report.singles),
        )
        if facts
    ]
    places = _positions(text, *present)
    assert places == sorted(places)


def test_text_shows_each_value_with_its_sources_side_by_side() -> None:
    """A conflict's values each head a line naming the outlet, date and id behind them."""
    text = handmade().to_text(width=120)
    four = next(line for line in text.splitlines() if line.strip().startswith("4 people"))
    six = next(line for line in text.splitlines() if line.strip().startswith("6 people"))
    assert "Wire <img" in four
    assert "2025-07-01" in four
    assert 'wire "one" <b>' in four
    assert "Paper date unknown paper" in six
    assert "2 sources · 2 independent origins" in text
    assert "why: 4 vs 6: different counts" in text


def test_text_quotes_the_sentence_and_its_qualifiers() -> None:
    """Each claim shows its sentence, who it is attributed to, and whether it is hedged or negated."""
    text = handmade().to_text(width=120)
    assert "“Six people were hurt, police said.”" in text
    assert "attributed to the mayor · hedged · negated" in text
    assert "in the headline" in text
    assert "no claims found" in text


@pytest.mark.parametrize("width", [40, 60, 80, 100, 140])
def test_text_fits_the_width_it_is_given(width: int) -> None:
    """No line is wider than asked, the summary line too, except where one word alone is wider."""
    text = handmade().to_text(width=width)
    for line in text.splitlines():
        if len(line) > width:
            assert max(len(w) for w in line.split()) > width // 3, line


def _wide_rows(value: str) -> list[dict[str, str]]:
    # Made-up records: a town's population, one source writing it in CJK characters.
    return [
        {"source": "alpha", "subject": "北山", "attribute": "population", "value": value},
        {"source": "beta", "subject": "北山", "attribute": "population", "value": "14 million"},
    ]


def test_text_columns_count_wide_characters_as_two() -> None:
    """A CJK value takes two columns a character: the sources column stays aligned, the title's
    right side ends at the width, and a long CJK value or quote wraps within the width."""
    width = 60
    text = reconcile.compare_records(_wide_rows("1400万")).to_text(width=width)
    (title,) = [line for line in text.splitlines() if "population" in line and "—" in line]
    assert display_width(title) == width
    facts = text.split("\nSOURCES\n", 1)[1].split("\n\n", 1)[1]  # the list of sources set aside
    starts = {
        display_width(line[: line.index(name)])
        for line in facts.splitlines()
        for name in ("alpha", "beta")
        if line.endswith(name)
    }
    assert len(starts) == 1
    long = "北山町の人口は千四百万人です" * 3
    text = reconcile.compare_records(_wide_rows(long)).to_text(width=width)
    assert max(display_width(line) for line in text.splitlines()) <= width
    assert "".join(text.split()).count(long) >= 1  # cut between characters, none lost


def test_display_width_counts_wide_and_combining_characters() -> None:
    assert display_width("abc") == 3
    assert display_width("万人") == 4
    assert display_width("Ｆ") == 2  # fullwidth
    assert display_width("e\u0301") == 1  # a combining accent takes no column


def test_text_is_plain_unless_colour_is_asked_for() -> None:
    """Without ``color`` there is no escape sequence; with it, the quoted words are bold."""
    assert "\033[" not in handmade().to_text()
    painted = handmade().to_text(color=True)
    assert "\033[1;31mCONFLICTS (1)\033[0m" in painted
    assert "\033[1;4mSix people\033[0m" in painted


def test_str_is_the_text_report_and_repr_is_short() -> None:
    """str() gives the text report; repr() one short line."""
    made = handmade()
    assert str(made) == made.to_text()
    assert repr(made) == "<Report: 3 sources, 7 facts, 1 conflict>"


def test_an_empty_report_says_so() -> None:
    """A report with no facts says there are none in every format."""
    assert "No facts" in empty().to_text()
    assert "No facts" in empty().to_markdown()
    assert "No facts" in empty().to_html()


def test_quotes_are_cut_at_word_boundaries_and_keep_the_claim_exact() -> None:
    """A long sentence is cut around the claim, at spaces, and the claim's words stay whole."""
    made = handmade()
    claim = made.fact("f5").claims[0]
    cut = quote(made.source(claim.source_id), claim, 30)
    assert cut.match == "no one"
    assert cut.cut_before
    assert cut.before == "" or not cut.before[0].isspace()
    assert len(cut.plain()) <= 32


# --- Markdown ----------------------------------------------------------------------------


def test_markdown_has_a_table_per_fact_and_the_sentences_as_quotes() -> None:
    """Each fact is a GFM table of values and sources, followed by its sentences as quotes."""
    md = handmade().to_markdown()
    assert "| value | source | outlet | published | attributed to | notes |" in md
    assert "| **4 people** |" in md
    assert "> **Six people** were hurt, police said." in md
    assert "2 sources · 2 independent origins" in md
    places = _positions(md, "## Conflicts", "## Agreements", "## Single source")
    assert places == sorted(places)


def test_markdown_escapes_markup_in_source_text() -> None:
    """HTML and Markdown in a source show as characters: no raw tag, no stray emphasis or cell."""
    md = handmade().to_markdown()
    assert "<script>" not in md
    assert "<img" not in md
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in md
    assert "\\*council\\*" in md
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("- item") == "\\- item"


def _rendered_text(markdown: str) -> str:
    """The text a CommonMark renderer shows for ``markdown``: tags dropped, entities read."""
    page = MarkdownIt("commonmark").render(markdown)
    return html_unescape(re.sub(r"<[^>]*>", "", page)).strip()


@pytest.mark.parametrize(
    "text",
    [
        "24.6 feet",
        "1.4 million patients",
        "4.5% rise",
        "2024.",
        "1. item",
        "3) next",
        "- item",
        "+ item",
        "---",
        "===",
        "# heading",
        "> quote",
        "a \\ b",
        "**bold**",
    ],
)
def test_markdown_escape_renders_as_the_text_itself(text: str) -> None:
    """A value at the start of a line shows as written: no stray backslash, no list or heading.

    A backslash before a digit is printed by CommonMark, so "24.6 feet" once showed as
    "\\24.6 feet"; ordered-list numbers are escaped at their delimiter instead.
    """
    assert _rendered_text(md_escape(text)) == text
    assert _rendered_text("> " + md_escape(text)) == text


# Pieces of Markdown syntax, so that generated text often starts a list, a heading or a quote.
_MARKUP = st.sampled_from(
    [
        "1",
        "24",
        ".",
        ".6",
        ")",
        "- ",
        "+ ",
        "#",
        "*",
        "_",
        "`",
        "\\",
        "<",
        "&amp;",
        ">",
        "=",
        "---",
        " ",
        "a",
        "[x](y)",
        "|",
        "~",
        "!",
        "\n",
    ]
)
_SOURCE_TEXT = st.tuples(
    st.lists(_MARKUP, max_size=8).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
).map("".join)


@given(_SOURCE_TEXT)
def test_markdown_escape_renders_any_text_as_itself(text: str) -> None:
    """Whatever a source holds, its escaped form renders to the same words (whitespace folded)."""
    folded = " ".join(text.split())
    assert _rendered_text(md_escape(text)) == folded.strip()


# --- HTML --------------------------------------------------------------------------------


def test_html_marks_every_claim_at_its_exact_offsets(report: Report) -> None:
    """Every mark's text, in the fact and in the source view, is exactly its claim's text."""
    page = Page(report.to_html())
    expected = claim_texts(report)
    seen = {claim for _, claim in page.marks}
    assert seen == set(expected)
    for (container, claim), text in page.marks.items():
        assert text == expected[claim], (container, claim)
    in_sources = {claim for container, claim in page.marks if container.startswith("src-")}
    assert in_sources == set(expected)


def test_html_puts_conflicts_first(report: Report) -> None:
    """The facts appear conflicts first, then agreements, then single-source."""
    order = Page(report.to_html()).fact_verdicts
    rank = {"conflict": 0, "agree": 1, "single": 2}
    assert order == sorted(order, key=rank.__getitem__)
    assert len(order) == len(report.facts)


def test_html_escapes_hostile_text() -> None:
    """A source holding <script> or a crafted outlet shows as text; no element comes from it."""
    markup = handmade().to_html()
    page = Page(markup)
    assert [tag for tag, _ in page.tags if tag == "script"] == ["script"]  # the report's own
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    text = "".join(page.text)
    assert "<script>alert('x')</script>" in text
    assert 'Wire <img src=x onerror="alert(1)">' in text


def test_html_needs_no_network() -> None:
    """Nothing is fetched: no src, no external link, no url() or @import, and a CSP forbids it."""
    for made in (handmade(), seeds()):
        markup = made.to_html()
        page = Page(markup)
        assert all(href.startswith("#") for href in page.hrefs)
        fetching = {"src", "srcset", "action", "formaction", "poster", "background", "data"}
        assert not [a for _, attrs in page.tags for a in attrs if a in fetching]
        assert not [t for t, a in page.tags if t in {"link", "iframe", "object", "embed", "img"}]
        styles = re.findall(r"<style>(.*?)</style>", markup, re.DOTALL)
        assert styles
        assert not any("url(" in s or "@import" in s for s in styles)
        assert "default-src 'none'" in markup
    seeded = seeds().to_html()
    assert not re.search(r"https?://|//[A-Za-z]", seeded)


def test_html_marks_a_missing_outlet_as_unknown_not_as_a_name() -> None:
    """A source with no outlet but a date shows a muted "outlet unknown" where its outlet would be.

    (One with neither, as every records source, is shown by its id alone.)"""
    markup = reconcile.compare(
        [
            {
                "id": "a",
                "text": "Police said four people were hurt on Monday.",
                "published": "2025-05-06",
            },
            {"id": "b", "text": "Six people were hurt, police said.", "published": "2025-05-06"},
        ]
    ).to_html()
    muted = '<span class="rc-unknown">outlet unknown</span>'
    assert markup.count(muted) >= 3  # the sources table, a claim's byline, the source's heading
    assert markup.count("outlet unknown") == markup.count(muted)


def test_html_links_resolve_and_ids_are_unique(report: Report) -> None:
    """Every in-page link points at an element that exists, and no id is used twice."""
    page = Page(report.to_html())
    assert len(page.ids) == len(set(page.ids))
    assert {href[1:] for href in page.hrefs} <= set(page.ids)


def test_html_links_each_claim_in_a_source_to_its_fact() -> None:
    """Each claim in the source view sits in a link to a fact, and each fact links to its claims."""
    markup = handmade().to_html()
    assert 'href="#fact-f-hurt"' in markup
    assert 'id="claim-f-hurt-0"' in markup
    assert 'href="#claim-f-hurt-0"' in markup


def test_html_dims_page_furniture_and_shows_qualifiers() -> None:
    """Furniture zones are marked for dimming; attribution, hedges and negation are shown."""
    markup = handmade().to_html()
    assert 'class="rc-zone z-furniture"' in markup
    assert "attributed to <b>the mayor</b>" in markup
    assert '<span class="rc-note rc-hedged">hedged</span>' in markup
    assert '<span class="rc-note rc-negated">negated</span>' in markup
    assert "no claims found" in markup


def test_html_has_a_summary_bar_filters_for_scripts_and_print_styles() -> None:
    """The summary counts each verdict; filters start hidden (JS shows them); print is styled."""
    markup = handmade().to_html()
    page = Page(markup)
    stats = re.findall(
        r'<span class="rc-n">(\d+)</span> <span class="rc-l">([a-z-]+)</span>', markup
    )
    assert stats == [
        ("7", "facts"),
        ("1", "conflicts"),
        ("1", "agreements"),
        ("5", "single-source"),
        ("3", "sources"),
    ]
    filters = next(attrs for tag, attrs in page.tags if "rc-filters" in (attrs.get("class") or ""))
    assert "hidden" in filters
    assert not any("hidden" in attrs for tag, attrs in page.tags if tag == "article")
    assert "@media print" in markup


def test_html_works_for_ids_that_are_not_safe_anchors() -> None:
    """Source ids with spaces and quotes get positional anchors; the ids still show as text."""
    page = Page(handmade().to_html())
    assert "src-1" in page.ids
    assert 'wire "one" <b>' in "".join(page.text)


def test_repr_html_is_a_fragment_whose_ids_cannot_clash() -> None:
    """Jupyter gets a fragment; its ids carry a prefix derived from the report."""
    made = handmade()
    fragment = made._repr_html_()
    assert "<html" not in fragment
    assert "<!DOCTYPE" not in fragment
    ids = Page(fragment).ids
    prefix = ids[0].split("-")[0]
    assert prefix.startswith("rc")
    assert all(i.startswith(prefix + "-") for i in ids)
    assert made._repr_html_() == fragment
    assert Page(texts()._repr_html_()).ids[0].split("-")[0] != prefix


def test_renderings_are_deterministic() -> None:
    """The same report renders to the same bytes in every format."""
    one, two = seeds(), seeds()
    assert one.to_html() == two.to_html()
    assert one.to_markdown() == two.to_markdown()
    assert one.to_text() == two.to_text()
    assert one.to_json() == two.to_json()


@given(
    st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 2)), max_size=8),
)
def test_nested_marks_always_hold_their_exact_text(
    text: str, spans: list[tuple[int, int, int]]
) -> None:
    """However layers cross or nest, the page reads back as the text, and each layer's parts as
    its slice."""
    layers = []
    for n, (a, b, rank) in enumerate(spans):
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        tag = ("span", "a", "mark")[rank]
        layers.append(_Layer(start, end, rank, tag, f' data-claim="{n}"', f' data-claim="{n}"'))
    markup = f'<div class="rc-source" id="x">{_nest(text, layers)}</div>'
    page = Page(markup)
    assert "".join(page.text) == text
    for n, layer in enumerate(layers):
        if layer.tag == "mark" and layer.start < layer.end:
            assert page.marks[("x", str(n))] == text[layer.start : layer.end]


@st.composite
def random_reports(draw: st.DrawFn) -> Report:
    """Reports over arbitrary text (markup, quotes, newlines, any letters) with claims that may
    nest or cross each other and zones."""
    text = draw(st.text(alphabet=st.characters(codec="utf-8"), min_size=2, max_size=60))
    size = len(text)
    offsets = st.integers(0, size)
    zones = []
    for kind in draw(st.lists(st.sampled_from(["header", "body", "furniture"]), max_size=3)):
        a, b = sorted((draw(offsets), draw(offsets)))
        zones.append(Zone(kind, a, b, "why <not>"))
    source = Source(
        's "1"', text, outlet=draw(st.sampled_from([None, "<Wire>", "A & B"])), zones=zones
    )
    facts = []
    for n in range(draw(st.integers(0, 4))):
        claims = []
        for _ in range(draw(st.integers(1, 3))):
            a = draw(st.integers(0, size - 1))
            b = draw(st.integers(a + 1, size))
            claims.append(
                Claim(
                    span=source.span(a, b),
                    text=text[a:b],
                    value=Quantity.exact(draw(st.integers(0, 9))),
                    sentence=source.span(0, size) if draw(st.booleans()) else None,
                    attributed_to=draw(st.sampled_from([None, "<b>x</b>"])),
                )
            )
        verdict = draw(st.sampled_from(["agree", "conflict", "single"]))
        facts.append(Fact(f"f{n}", claims, Verdict(verdict, "<why>")))
    return Report([source], facts)


@given(random_reports())
def test_any_report_renders_with_exact_marks_and_valid_json(made: Report) -> None:
    """For any text and claims, the HTML marks hold exactly each claim's words, the page text
    is the source's, and text and Markdown render; the JSON validates and reads back."""
    page = Page(made.to_html())
    expected = claim_texts(made)
    assert {claim for _, claim in page.marks} == set(expected)
    for (_container, claim), text in page.marks.items():
        assert text == expected[claim]
    assert made.to_text(width=40)
    assert made.to_markdown()
    check_contract(made)


def _luminance(colour: str) -> float:
    if len(colour) == 4:  # "#fff"
        colour = "#" + "".join(c * 2 for c in colour[1:])
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _css_colour(css: str, selector: str, variables: dict[str, str]) -> str:
    found = re.search(re.escape(selector) + r"[^{]*\{[^}]*?(?<![-\w])color:([^;}]+)", css)
    assert found, selector
    value = found.group(1).strip()
    return variables.get(value.removeprefix("var(").removesuffix(")"), value)


def test_html_dimmed_text_meets_wcag_aa_contrast_and_marks_differ_by_more_than_colour() -> None:
    """Header and furniture text keeps 4.5:1 on the page; conflicts and single claims are
    also underlined (wavy, dotted), so the marks do not rely on colour alone."""
    css = reconcile.compare(["Six people were hurt.", "Four people were hurt."]).to_html()
    variables = dict(re.findall(r"(--[\w-]+):(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b", css))
    paper = variables["--paper"]
    for selector in (".rc-zone.z-furniture", ".rc-unknown", ".rc-sub"):
        ink = _css_colour(css, selector, variables)
        lighter, darker = sorted((_luminance(ink), _luminance(paper)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, selector
    assert re.search(r"mark\.v-conflict\{[^}]*text-decoration:underline wavy", css)
    assert re.search(r"mark\.v-single\{[^}]*text-decoration:underline dotted", css)


def test_text_rows_of_records_show_no_unknown_outlet_and_date() -> None:
    """A source with neither outlet nor date (every records source) shows just its id by a value,
    not "outlet unknown date unknown" on every row."""
    report = reconcile.compare_records(
        [
            {"source": "a", "subject": "X", "attribute": "n", "value": "4"},
            {"source": "b", "subject": "X", "attribute": "n", "value": "6"},
        ]
    )
    text = report.to_text()
    assert "unknown" not in text.split("CONFLICTS")[1]
    assert "Paper date unknown paper" in handmade().to_text(width=120)  # one known: both shown


def test_html_and_markdown_of_records_show_no_unknown_outlet_and_date() -> None:
    """Records sources have neither outlet nor date: HTML and Markdown show them by id alone."""
    report = reconcile.compare_records(
        [
            {"source": "gauge_one", "subject": "Pond", "attribute": "depth", "value": "7 m"},
            {"source": "gauge_two", "subject": "Pond", "attribute": "depth", "value": "9 m"},
        ]
    )
    page = re.sub(r"<style>.*?</style>", "", report.to_html(), flags=re.DOTALL)
    for rendered in (page, report.to_markdown()):
        assert "outlet unknown" not in rendered
        assert "date unknown" not in rendered
        assert "gauge_one" in rendered
        assert "gauge_two" in rendered
    assert '<span class="rc-unknown">' in handmade().to_html()  # a known other: still muted


def test_one_origin_from_one_teller_says_so() -> None:
    # "2 sources · 1 independent origin" reads as one outlet copying another; when the two
    # count once because both attribute the claim to one teller, the backing says so.
    report = reconcile.compare(
        [
            {
                "id": "a",
                "text": "The plan adds 120 seats, said Mayor Ana Ruiz.",
                "published": "2026-03-02",
            },
            {
                "id": "b",
                "text": "Mayor Ana Ruiz said the plan would add 150 seats.",
                "published": "2026-03-02",
            },
        ]
    )
    (fact,) = [f for f in report.facts if len(f.sources) == 2]
    assert fact.verdict.origins == 1
    assert "(all attributed to Ana Ruiz)" in report.to_text(width=100)


def _two_against_one() -> Report:
    rows = []
    for item in ("X", "Y", "Z", "W"):
        rows += [
            {"source": "Harbor Daily", "subject": item, "attribute": "n", "value": "4"},
            {"source": "Ridge Post", "subject": item, "attribute": "n", "value": "4"},
            {"source": "Vale Wire", "subject": item, "attribute": "n", "value": "6"},
        ]
    return reconcile.compare_records(rows)


def test_records_html_names_each_source_by_its_id_not_as_unknown() -> None:
    """Records have no outlet or date: the sources table shows the id, as the text report does."""
    markup = _two_against_one().to_html()
    table = markup.split("<tbody>")[1].split("</tbody>")[0]
    assert "unknown" not in table
    assert ">Harbor Daily</a>" in table


def test_a_confidence_is_never_printed_as_certainty() -> None:
    """A two-against-one split is not proof: no report prints "confidence 100%"."""
    report = _two_against_one()
    assert any(f.estimate is not None and f.estimate.confidence >= 0.995 for f in report.facts)
    for rendered in (report.to_text(), report.to_markdown(), report.to_html()):
        assert "confidence 100%" not in rendered
        assert "over 99%" in rendered
