"""Ingest: the parts of a news page that are not the outlet's statements, and lists that are.

Correction notices, photo captions and credits, live-update time stamps and a newsroom's
signature; a figures list right under the headline. All sentences are made up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import reconcile
from reconcile.ingest import find_zones, read_file

if TYPE_CHECKING:
    from pathlib import Path

    from reconcile.model import Source


def zone_of(source: Source, phrase: str) -> tuple[str, str]:
    """The kind and reason of the zone that holds ``phrase``."""
    start = source.text.index(phrase)
    for zone in source.zones:
        if zone.start <= start and start + len(phrase) <= zone.end:
            return zone.kind, zone.reason
    raise AssertionError(f"{phrase!r} is in no zone")


def read_one(text: str) -> Source:
    return reconcile.read({"text": text, "id": "s"})[0]


def claim_texts(source: Source) -> list[str]:
    return [claim.text for claim in reconcile.extract(source)]


# --- correction notices -------------------------------------------------------------------

STORY = (
    "Mill fire destroys warehouse\n\n"
    "Fire destroyed a warehouse on Dock Street on Friday, and 14 workers were sent home,"
    " the fire chief said.\n\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this article said 41 workers were sent home.",
        "CLARIFICATION: This story said 41 workers were sent home; 14 were.",
        "Editor\u2019s note: 41 workers were first reported, not 14.",
        "*Correction (May 5): A previous version said 41 workers were sent home.*",
        "A previous version of this story misstated that 41 workers were sent home.",
        "This article has been updated to correct the number of workers sent home from 41.",
    ],
)
def test_a_correction_notice_is_furniture_and_yields_no_claim(notice: str) -> None:
    source = read_one(STORY + notice + "\n")
    kind, reason = zone_of(source, notice.strip("*")[:20])
    assert kind == "furniture"
    assert "correction" in reason
    texts = claim_texts(source)
    assert "14 workers" in texts
    assert not any("41" in text for text in texts)


def test_a_notice_at_the_top_does_not_become_the_headline() -> None:
    text = "Editor's note: This story was updated on Saturday.\n\n" + STORY
    source = read_one(text)
    assert zone_of(source, "Mill fire destroys")[0] == "headline"
    assert zone_of(source, "Editor's note")[0] == "furniture"


def test_a_sentence_opening_with_corrections_is_still_news() -> None:
    source = read_one(STORY + "Corrections officers said 3 inmates were moved on Friday.\n")
    assert zone_of(source, "Corrections officers")[0] == "body"


def test_a_withdrawn_figure_does_not_agree_with_another_outlet() -> None:
    first = STORY + "Correction: An earlier version of this story said 41 workers were sent home.\n"
    second = "Fire destroyed a warehouse on Dock Street on Friday; 41 workers were sent home."
    report = reconcile.compare([{"text": first, "id": "a"}, {"text": second, "id": "b"}])
    workers = [f for f in report.facts if any("workers" in c.text for c in f.claims)]
    assert workers
    for fact in workers:
        values = {(c.source_id, c.text) for c in fact.claims}
        assert ("a", "41 workers") not in values
    assert not any(f.verdict.kind == "agree" for f in workers)


# --- captions and credits -----------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Photo: Hoses trail across the mill yard on Friday night, seen from the ridge road.",
        "Crews spray the roof on Friday night. (Ada Ruiz/The Valley Paper)",
        "Crews spray the roof on Friday night. (AP Photo/Ada Ruiz)",
        "Crews spray the roof on Friday night. Photo: Ada Ruiz/Valley Paper",
        "Crews spray the roof on Friday night. (Photo by Ada Ruiz)",
        "Image credit: Valley Fire Department",
    ],
)
def test_a_photo_caption_is_furniture_and_yields_no_claim(caption: str) -> None:
    source = read_one(STORY + caption + "\n\nThe cause is not known, the chief said.\n")
    assert zone_of(source, caption[:15]) == (
        "furniture",
        "photo caption or credit (describes a picture; not read for claims)",
    )
    assert "Friday night" not in claim_texts(source)


def test_a_credit_line_under_the_headline_is_not_the_headline() -> None:
    source = read_one("Mill fire destroys warehouse\nAda Ruiz/The Valley Paper\n\n" + STORY[30:])
    assert zone_of(source, "Mill fire destroys")[0] == "headline"
    assert zone_of(source, "Ada Ruiz")[0] == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "The photo showed 3 people on the roof, the chief said.",
        "Ridership rose 4% (bus/rail) last year, the agency said.",
        "Pictures of the fire spread online within minutes, the chief said.",
    ],
)
def test_sentences_about_photos_or_with_slashes_stay_body(line: str) -> None:
    source = read_one(STORY + line + "\n")
    assert zone_of(source, line[:15])[0] == "body"


def test_a_web_address_with_a_slash_is_no_credit() -> None:
    zones = find_zones(STORY + "Twitter.com/JaneDoe\n")
    assert all("caption" not in zone.reason for zone in zones)


PAGE = """<!doctype html><html><head><title>Mill fire | The Valley Paper</title></head><body>
<header><p>The Valley Paper</p></header>
<article><h1>Mill fire destroys warehouse on Dock Street.</h1>
<p>Workers escape as roof falls</p>
<figure><img src="a.jpg"><figcaption>Crews spray the roof on Friday night</figcaption></figure>
<figure><img src="b.jpg"><p>Smoke seen from the ridge on Saturday morning</p></figure>
<p>Fire destroyed a warehouse on Dock Street on Friday, and 14 workers were sent home, the
fire chief said.</p>
</article></body></html>
"""


def test_html_h1_is_the_headline_and_figures_are_captions(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    source = read_file(path)
    assert zone_of(source, "Mill fire destroys")[0] == "headline"
    assert zone_of(source, "Workers escape")[0] == "headline"  # the sub-headline under it
    assert zone_of(source, "Crews spray")[0] == "furniture"
    assert zone_of(source, "Smoke seen")[0] == "furniture"
    texts = claim_texts(source)
    assert "Friday night" not in texts
    assert "Saturday morning" not in texts
    assert "14 workers" in texts


def test_html_without_h1_reads_a_headline_with_a_full_stop_as_the_first_paragraph(
    tmp_path: Path,
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace("<h1>", "<h2>").replace("</h1>", "</h2>"), encoding="utf-8")
    source = read_file(path)  # what the <h1> rule changes: without it, this line is prose
    assert zone_of(source, "Mill fire destroys")[0] == "body"


# --- a figures list under the headline --------------------------------------------------------


@pytest.mark.parametrize("bullet", ["\u2022", "-", "\u2013", "*"])
def test_a_figures_list_under_the_lead_is_story_text(bullet: str) -> None:
    text = (
        "Storm toll\n\nThe storm hit on Sunday. At a glance:\n"
        f"{bullet} 310 homes lost power across the valley\n"
        f"{bullet} 1,250 residents left their homes overnight\n\n"
        "Officials said more rain was expected.\n"
    )
    source = read_one(text)
    assert zone_of(source, "Storm toll")[0] == "headline"
    for phrase in ("At a glance", "310 homes", "1,250 residents"):
        assert zone_of(source, phrase)[0] == "body"
    assert {c.zone for c in reconcile.extract(source)} == {"body"}


def test_a_short_bullet_is_never_the_headline() -> None:
    source = read_one(
        "Storm toll\n\n\u2022 Roads closed\n\nThe river rose 3 feet on Sunday, officials said.\n",
    )
    assert zone_of(source, "Storm toll")[0] == "headline"
    assert zone_of(source, "Roads closed")[0] != "headline"


# --- live updates -----------------------------------------------------------------------------

BLOG = (
    "Live updates: storm over the bay\n\n"
    "10:40 p.m. \u2014 Three crews are now at the pier, the harbor master said.\n\n"
    "Update, 7:15 a.m.: Police said two people were hurt.\n\n"
    "UPDATE 8:15 AM ET | Ferries stopped running at 8 a.m., the operator said.\n\n"
    "6:30 p.m.\n\nWinds reached 70 mph on Sunday, forecasters said.\n"
)


def test_a_live_update_stamp_is_furniture_and_the_entry_starts_after_it() -> None:
    source = read_one(BLOG)
    for stamp in ("10:40 p.m. \u2014", "Update, 7:15 a.m.:", "UPDATE 8:15 AM ET |", "6:30 p.m."):
        kind, reason = zone_of(source, stamp)
        assert kind == "furniture"
        assert "live update" in reason
    quotes = [source.quote(span) for span in source.sentences]
    assert "Three crews are now at the pier, the harbor master said." in quotes
    assert "Police said two people were hurt." in quotes
    texts = claim_texts(source)
    assert not any(t in texts for t in ("10:40 p.m.", "7:15 a.m.", "8:15 AM", "6:30 p.m."))
    assert "8 a.m." in texts  # a time inside an entry is still read


def test_a_time_that_opens_a_sentence_without_a_dash_is_read() -> None:
    source = read_one(STORY + "9 a.m. is when the plant reopens, the owner said.\n")
    assert zone_of(source, "9 a.m. is")[0] == "body"


@pytest.mark.parametrize(
    ("signature", "outlet"),
    [("WXYZ News Desk", "WXYZ"), ("By Harbor Post Staff", "Harbor Post"), ("Metro Staff", None)],
)
def test_a_newsroom_signature_names_the_outlet(signature: str, outlet: str | None) -> None:
    source = read_one(
        f"Live updates: storm over the bay\n{signature}\nPosted: May 4, 2026\n\n"
        + BLOG.split("\n\n", 1)[1]
    )
    assert source.outlet == outlet
    if outlet is not None:
        assert zone_of(source, "Live updates")[0] == "headline"
        assert zone_of(source, signature)[0] == "header"
