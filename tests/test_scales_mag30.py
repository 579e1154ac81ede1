"""Disaster scales, bulletins' label lines, tables and Markdown (branch mag30), made up."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import reconcile
from reconcile.extract.numbers import find_readings
from reconcile.model import Quantity
from reconcile.records import parse_value

if TYPE_CHECKING:
    from pathlib import Path


def facts(a: str, b: str) -> list[tuple[str, str | None, list[str]]]:
    """The facts of two one-sentence accounts of one day: (verdict, attribute, quotes)."""
    report = reconcile.compare(
        [
            {"id": "a", "text": a, "published": "2025-09-03"},
            {"id": "b", "text": b, "published": "2025-09-03"},
        ]
    )
    return [(f.verdict.kind, f.attribute, [c.text for c in f.claims]) for f in report.facts]


# --- readings on a scale: magnitude, category, rating --------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "unit", "value"),
    [
        ("A 5.8-magnitude quake rattled Kestrow.", "5.8-magnitude", "magnitude", 5.8),
        ("A 5.8 magnitude tremor rattled Kestrow.", "5.8 magnitude", "magnitude", 5.8),
        ("A magnitude-5.8 quake rattled Kestrow.", "magnitude-5.8", "magnitude", 5.8),
        ("It had a preliminary magnitude of 5.8.", "magnitude of 5.8", "magnitude", 5.8),
        ("It registered 5.8 on the Richter scale.", "5.8 on the Richter scale", "magnitude", 5.8),
        ("An M 5.8 quake rattled Kestrow.", "M 5.8", "magnitude", 5.8),
        ("An Mw5.8 quake rattled Kestrow.", "Mw5.8", "magnitude", 5.8),
        ("Storm Ilse came ashore as a Category 2.", "Category 2", "category", 2.0),
        ("It was a Cat 2 storm by then.", "Cat 2", "category", 2.0),
        ("A category-two hurricane neared Velo Bay.", "category-two", "category", 2.0),
        ("The tornado was rated EF-1 by surveyors.", "EF-1", "rating", 1.0),
        ("An EF1 twister tore through Ambry.", "EF1", "rating", 1.0),
        ("An EF 1 tornado tore through Ambry.", "EF 1", "rating", 1.0),
        ("An F4 tornado tore through Ambry.", "F4", "rating", 4.0),
    ],
)
def test_a_reading_on_a_scale_is_read_in_each_of_its_forms(
    text: str, quote: str, unit: str, value: float
) -> None:
    [(start, end, quantity)] = find_readings(text)
    assert (text[start:end], quantity.kind, quantity.unit, quantity.low) == (
        quote,
        "number",
        unit,
        value,
    )
    assert quantity.high == value


@pytest.mark.parametrize(
    "text",
    [
        "Drivers took the M6 north past Tarn.",  # a road
        "Two F-16 jets flew over Tarn.",  # a fighter jet
        "Technicians laid a Cat 5 cable to the depot.",  # a network cable
        "She finished the F2 sprint in Tarn.",  # no tornado near
    ],
)
def test_codes_that_look_like_readings_are_not_readings(text: str) -> None:
    assert find_readings(text) == []


def test_a_bound_on_a_reading_is_kept() -> None:
    text = "Quakes of magnitude 4.5 or greater are logged."
    [(start, end, quantity)] = find_readings(text)
    assert text[start:end] == "magnitude 4.5 or greater"
    assert (quantity.low, quantity.high) == (4.5, None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A 5.8-magnitude quake rattled Kestrow on Friday, officials said.",
            "A magnitude-5.5 quake rattled Kestrow on Friday, officials said.",
        ),
        (
            "A 5.8 magnitude earthquake rattled Kestrow on Friday, officials said.",
            "The quake registered 5.5 on the Richter scale, officials said.",
        ),
        (
            "An M 5.8 earthquake rattled Kestrow on Friday, officials said.",
            "An Mw 5.5 earthquake rattled Kestrow on Friday, officials said.",
        ),
        (
            "Storm Ilse came ashore as a Category 2 storm, forecasters said.",
            "Storm Ilse came ashore as a Category 3 storm, forecasters said.",
        ),
        (
            "Storm Ilse came ashore as a Cat 2 hurricane, forecasters said.",
            "Storm Ilse came ashore as a category-three storm, forecasters said.",
        ),
        (
            "The twister was rated EF-1, the weather office said.",
            "The twister was rated EF2, the weather office said.",
        ),
        (
            "An EF 1 tornado tore through Ambry, the weather office said.",
            "An F2 tornado tore through Ambry, the weather office said.",
        ),
    ],
)
def test_two_accounts_readings_on_one_scale_meet_and_conflict(a: str, b: str) -> None:
    readings = [(kind, quotes) for kind, attribute, quotes in facts(a, b) if len(quotes) == 2]
    assert any(kind == "conflict" for kind, _ in readings), facts(a, b)


def test_the_main_shock_and_an_aftershock_stay_apart() -> None:
    found = facts(
        "A magnitude 5.8 quake rattled Kestrow on Friday, officials said.",
        "Dozens of aftershocks followed, the strongest of magnitude 4.2, officials said.",
    )
    assert all(len(quotes) == 1 for kind, _a, quotes in found if kind != "agree"), found
    assert not any(kind == "conflict" for kind, _a, _q in found)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("M 4.7", "Mw 4.7", True),
        ("M4.7", "4.6", False),
        ("Cat 2", "Category 2", True),
        ("EF-1", "EF1", True),
    ],
)
def test_records_read_a_reading_as_its_number(a: str, b: str, *, agree: bool) -> None:
    report = reconcile.compare_records(
        [
            {"source": "X", "subject": "Quake Q", "attribute": "strength", "value": a},
            {"source": "Y", "subject": "Quake Q", "attribute": "strength", "value": b},
        ]
    )
    [fact] = report.facts
    assert (fact.verdict.kind == "agree") is agree, fact.verdict.reason


def test_a_reading_describes_its_scale() -> None:
    value = parse_value("Mw 6.3")
    assert isinstance(value, Quantity)
    assert value.describe() == "magnitude 6.3"


# --- a bulletin's "Label: value" lines ------------------------------------------------------


def claims_of(text: str) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    """The claims of one text: (quote, attribute, attribute tokens, value described)."""
    source = reconcile.read({"text": text, "id": "s", "published": "2025-09-03"})[0]
    return [
        (c.text, c.attribute, c.attribute_tokens, c.value.describe())
        for c in reconcile.extract(source)
    ]


@pytest.mark.parametrize(
    ("line", "tokens", "described"),
    [
        ("Barns destroyed: 65", ("e:destroyed", "barn"), "65 barns"),
        ("Confirmed deaths: 9.", ("e:killed", "person"), "9 deaths"),
        ("Evacuations: 2,400 villagers.", ("e:evacuated", "villager"), "2,400 villagers"),
        ("Injured: 31", ("e:injured", "person"), "31 people"),
        ("HECTARES BURNED: 700", ("hectare", "burn"), "700 hectares"),
    ],
)
def test_a_label_line_gives_its_figure_the_label(
    line: str, tokens: tuple[str, ...], described: str
) -> None:
    text = f"REGIONAL EMERGENCY BULLETIN\n\nFlooding continues in the valley.\n\n{line}\n"
    found = [(t, d) for _q, _a, t, d in claims_of(text) if d == described]
    assert found == [(tokens, described)], claims_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Road report: 40 trucks were stuck near Vell.",  # a clause after the figure
        "Tarrow Flood: 40 barns.",  # a name, not what is counted
        "Officials said: 40.",  # a speaker
        "Total: 40.",  # names nothing
    ],
)
def test_what_is_no_label_line_is_left_as_it_was(text: str) -> None:
    assert all(
        not tokens or (tokens[0] not in ("e:destroyed", "e:killed") and "total" not in tokens)
        for _q, _a, tokens, _d in claims_of(text)
    )
    assert not any(
        a in ("tarrow flood", "officials said", "road report") for _q, a, _t, _d in claims_of(text)
    )


@pytest.mark.parametrize(
    ("prose", "line"),
    [
        ("The flood destroyed 58 barns, officials said.", "Barns destroyed: 65"),
        ("The flood killed 7 people, officials said.", "Confirmed deaths: 9."),
        ("The flood injured 25 people, officials said.", "Injuries: 31"),
        ("About 2,000 villagers were evacuated, officials said.", "Evacuations: 2,400 villagers."),
    ],
)
def test_a_label_line_meets_the_same_figure_in_prose(prose: str, line: str) -> None:
    found = facts(prose, f"REGIONAL EMERGENCY BULLETIN\n\n{line}\n")
    assert [kind for kind, _a, quotes in found if len(quotes) == 2] == ["conflict"], found


# --- an HTML release's table ---------------------------------------------------------------

_RELEASE = """<html><body><h1>Flood Update 3</h1>
<p>VELL CITY, Ore., Feb. 8, 2025 - The state flood office released its latest figures on the
river flooding, which began on Thursday.</p>
<table><tr><th>Item</th><th>Count</th></tr><tr><td>Deaths</td><td>4</td></tr>
<tr><td>Barns destroyed</td><td>65</td></tr><tr><td>Peak river level</td><td>9.4 m</td></tr>
<tr><td>County</td><td>Vell</td><td>North</td></tr></table></body></html>"""


def test_a_tables_cells_are_kept_apart_and_its_rows_of_figures_read(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    page.write_text(_RELEASE, encoding="utf-8")
    [source] = reconcile.read(page)
    lines = source.text.split("\n")
    assert "Deaths: 4" in lines
    assert "Barns destroyed: 65" in lines
    assert "County | Vell | North" in lines
    assert not any("Deaths4" in line for line in lines)
    deaths = source.text.index("Deaths: 4")
    [zone] = [z for z in source.zones if z.start <= deaths < z.end]
    assert zone.kind == "body"
    found = {(c.text, c.attribute_tokens) for c in reconcile.extract(source)}
    assert ("4", ("e:killed", "person")) in found
    assert ("65", ("e:destroyed", "barn")) in found


# --- a Markdown article ---------------------------------------------------------------------


def test_a_markdown_heading_is_the_headline_and_its_outlet_line_is_read(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    page.write_text(
        "# Ferry runs aground off Vell Point\n\n"
        "*The Vell Courier — Published February 8, 2025*\n\n"
        "A ferry carrying 80 passengers ran aground late Thursday, the coast guard said.\n",
        encoding="utf-8",
    )
    [source] = reconcile.read(page)
    kinds = {source.text[z.start : z.end]: z.kind for z in source.zones}
    assert kinds["# Ferry runs aground off Vell Point"] == "headline"
    assert source.outlet == "The Vell Courier"
    assert str(source.published) == "2025-02-08"
    days = [c.value for c in reconcile.extract(source) if "Thursday" in c.text]
    assert [str(getattr(d, "start", None)) for d in days] == ["2025-02-06"]


def test_a_section_heading_or_an_end_mark_is_no_headline(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    page.write_text(
        "Ferry runs aground off Vell Point\n\n"
        "A ferry carrying 80 passengers ran aground on Thursday, the coast guard said.\n\n"
        "## Related\n\n# # #\n",
        encoding="utf-8",
    )
    [source] = reconcile.read(page)
    kinds = {source.text[z.start : z.end]: z.kind for z in source.zones}
    assert kinds.get("## Related") != "headline"
    assert kinds.get("# # #") != "headline"


def test_the_corpus_index_titles_a_story_without_markdown_marks(tmp_path: Path) -> None:
    from reconcile.report.index import Row

    page = tmp_path / "story.md"
    page.write_text(
        "# *Ferry runs aground off Vell Point*\n\n"
        "A ferry carrying 80 passengers ran aground on Thursday, the coast guard said.\n",
        encoding="utf-8",
    )
    report = reconcile.compare(reconcile.read(page))
    assert Row.of(report, "story.html").title == "Ferry runs aground off Vell Point"


def test_a_markdown_heading_over_an_outlet_line_is_still_the_headline(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    page.write_text(
        "# Ferry runs aground off Vell Point\n\nThe Vell Courier\nFebruary 8, 2025\n\n"
        "A ferry carrying 80 passengers ran aground late Thursday, the coast guard said.\n",
        encoding="utf-8",
    )
    [source] = reconcile.read(page)
    kinds = {source.text[z.start : z.end]: z.kind for z in source.zones}
    assert kinds["# Ferry runs aground off Vell Point"] == "headline"


def test_an_aftershock_of_the_same_magnitude_is_not_the_main_shock() -> None:
    found = facts(
        "A magnitude 5.4 quake rattled Kestrow on Friday, officials said.",
        "The 5.4-magnitude quake cut power; the strongest aftershock was of magnitude 5.4.",
    )
    sizes = sorted(
        len(quotes) for _k, attribute, quotes in found if "magnitude" in (attribute or "")
    )
    assert sizes == [1, 2], found
