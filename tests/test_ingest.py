"""Ingest: reading sources, metadata, zones and sentences, with offsets that slice back."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.errors import InvalidSourceError, ReconcileError
from reconcile.ingest import (
    DISTRIBUTED_BY,
    Metadata,
    SkippedFilesWarning,
    detect_metadata,
    find_zones,
    is_stamp,
    iter_read,
    prepare,
    read,
    read_file,
    split_sentences,
)
from reconcile.model import Source

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REUTERS = SEEDS / "000_baa340038af4adce.txt"
AFP = SEEDS / "003_22da808e21f495c3.txt"


def kinds_at(source: Source, phrase: str) -> set[str]:
    """The kinds of the zones holding every occurrence of ``phrase`` (empty if none)."""
    found: set[str] = set()
    start = source.text.find(phrase)
    assert start >= 0, f"{phrase!r} is not in the text"
    while start >= 0:
        end = start + len(phrase)
        found |= {z.kind for z in source.zones if z.start <= start and end <= z.end}
        if not any(z.start <= start and end <= z.end for z in source.zones):
            found.add("none")
        start = source.text.find(phrase, start + 1)
    return found


def line_kinds(source: Source) -> dict[str, str]:
    """Each zone's text mapped to its kind."""
    return {source.text[z.start : z.end]: z.kind for z in source.zones}


def check_layout(source: Source) -> None:
    """Zones are ordered, disjoint, stripped and cover every non-space character; sentences lie in body zones."""
    text = source.text
    last = 0
    covered = [False] * len(text)
    for zone in source.zones:
        assert last <= zone.start < zone.end <= len(text)
        assert text[zone.start : zone.end] == text[zone.start : zone.end].strip()
        covered[zone.start : zone.end] = [True] * (zone.end - zone.start)
        last = zone.end
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))
    readable = source.body
    for span in source.sentences:
        words = source.quote(span)
        assert words
        assert words == words.strip()
        assert any(z.start <= span.start and span.end <= z.end for z in readable)
    starts = [s.start for s in source.sentences]
    assert starts == sorted(starts)


# --- the seeds ----------------------------------------------------------------------------------


def test_reuters_seed_metadata():
    """The Reuters seed's inline header gives its outlet and date, and the body starts after the colon."""
    source = read_file(REUTERS)
    assert source.id == "000_baa340038af4adce"
    assert (source.outlet, source.published) == ("Reuters", dt.date(2025, 3, 10))
    assert source.detected == frozenset({"outlet", "published"})
    header = source.zones[0]
    assert header.kind == "header"
    assert source.text[header.start : header.end] == "date 2025-03-10 (Reuters):"
    assert source.text[source.sentences[0].start :].startswith("The U.S. Department of Justice")


def test_afp_seed_metadata():
    """The AFP seed's dateline gives outlet, place and a date whose year comes from the same line."""
    source = read_file(AFP)
    assert (source.outlet, source.published, source.place) == (
        "AFP",
        dt.date(2025, 7, 1),
        "Washington",
    )
    assert source.detected == frozenset({"outlet", "published", "place"})


def test_afp_seed_headline_and_banner():
    """The AFP seed's title is the headline; the site banner and the ad label above it are furniture."""
    kinds = line_kinds(read_file(AFP))
    assert kinds["US busts network that helped North Koreans obtain remote IT work"] == "headline"
    assert kinds["ADVERTISEMENT"] == "furniture"
    assert kinds["Washington, July 1 (AFP) Jul 01, 2025"] == "header"


@pytest.mark.parametrize(
    "phrase",
    [
        "What does NATO's 5% spending deal really mean?",
        "24/7 Energy News Coverage",
        "24/7 News Coverage",
        "WHO says all Covid-19 origin theories still open, after inconclusive study",
        "U.N. watchdog: Iran could resume enriching uranium in months",
        "Sceye secures SoftBank backing to launch HAPS connectivity services in Japan",
        "Space News from SpaceDaily.com",
        "All rights reserved.",
    ],
)
def test_afp_seed_page_furniture_is_not_body(phrase):
    """The unrelated headlines, section titles and copyright after the AFP story lie outside the body."""
    assert kinds_at(read_file(AFP), phrase) == {"furniture"}


@pytest.mark.parametrize(
    ("path", "phrase"),
    [
        (REUTERS, "more than 100"),
        (REUTERS, "four Chinese nationals"),
        (REUTERS, "two Taiwanese nationals"),
        (REUTERS, "two dozen"),
        (REUTERS, "$900,000"),
        (REUTERS, "$700,000"),
        (REUTERS, "one arrest"),
        (REUTERS, "Monday"),
        (REUTERS, "New Jersey"),
        (AFP, "Monday"),
        (AFP, "six Chinese nationals"),
        (AFP, "two Taiwan citizens"),
        (AFP, "$5 million"),
        (AFP, "Thousands"),
        (AFP, "New Jersey"),
        (AFP, "more than 100"),
    ],
)
def test_seed_facts_lie_in_the_body(path, phrase):
    """Every phrase that states a fact of the story lies inside a body zone."""
    assert kinds_at(read_file(path), phrase) == {"body"}


def test_seed_sentences():
    """Seed sentences split at full stops but not inside "U.S." or a quotation's closing mark."""
    source = read_file(REUTERS)
    sentences = [source.quote(s) for s in source.sentences]
    assert len(sentences) == 10
    assert sentences[-2].startswith(
        "The two men, along with four other unnamed U.S. “facilitators,”"
    )
    assert sentences[-1] == (
        "Federal prosecutors also indicted four Chinese nationals and two Taiwanese"
        " nationals for alleged roles in the operation."
    )
    afp = read_file(AFP)
    assert afp.quote(afp.sentences[0]) == (
        "US busts network that helped North Koreans obtain remote IT work"
    )


def test_seed_layout_and_round_trip():
    """Both seeds satisfy the zone and sentence invariants and survive to_dict/from_dict."""
    for source in read(SEEDS):
        check_layout(source)
        assert Source.from_dict(source.to_dict()) == source


def test_story_running_into_furniture_without_a_newline():
    """Title-like furniture glued to the last sentence after its full stop is split off as furniture."""
    story = REUTERS.read_text(encoding="utf-8").rstrip()
    headlines = AFP.read_text(encoding="utf-8").split("Space News from SpaceDaily.com")[-1]
    text = story + "Space News from SpaceDaily.com" + headlines
    source = prepare(text, source_id="glued")
    cut = text.index("Space News from SpaceDaily.com")
    assert kinds_at(source, "for alleged roles in the operation.") == {"body"}
    assert any(z.kind == "furniture" and z.start == cut for z in source.zones)
    assert source.quote(source.sentences[-1]).endswith("in the operation.")
    check_layout(source)


# --- other header and dateline forms ------------------------------------------------------------

BODY = "The storm hit the coast on Monday, officials said in a statement."


@pytest.mark.parametrize(
    ("text", "outlet", "published", "place", "header"),
    [
        (
            "LONDON, May 4 (Reuters) - Britain's economy grew faster than expected.",
            "Reuters",
            None,
            "London",
            "LONDON, May 4 (Reuters) -",
        ),
        ("NEW YORK (AP) — " + BODY, "AP", None, "New York", "NEW YORK (AP) —"),
        (
            "PARIS, March 3, 2025 (AFP) - " + BODY,
            "AFP",
            dt.date(2025, 3, 3),
            "Paris",
            "PARIS, March 3, 2025 (AFP) -",
        ),
        (
            "Storm hits coast\nPublished: 3 June 2025\n\n" + BODY,
            None,
            dt.date(2025, 6, 3),
            None,
            "Published: 3 June 2025",
        ),
        (
            "Storm hits coast\nBy Jane Doe | Updated 3:45 PM EDT, Tue June 3, 2025\n\n" + BODY,
            None,
            dt.date(2025, 6, 3),
            None,
            "By Jane Doe | Updated 3:45 PM EDT, Tue June 3, 2025",
        ),
        ("WASHINGTON (Reuters) - " + BODY, "Reuters", None, "Washington", "WASHINGTON (Reuters) -"),
        (
            "March 1, 2014 5:40 PM\nStorm hits coast\n\n" + BODY,
            None,
            dt.date(2014, 3, 1),
            None,
            "March 1, 2014 5:40 PM",
        ),
        (
            "Posted: Mon 3:45 PM, Jun 03, 2025\n\n" + BODY,
            None,
            dt.date(2025, 6, 3),
            None,
            "Posted: Mon 3:45 PM, Jun 03, 2025",
        ),
        ("2025-06-03T15:45:00Z\n" + BODY, None, dt.date(2025, 6, 3), None, "2025-06-03T15:45:00Z"),
        (
            "Updated June 3, 2025 at 3:45 p.m. ET\n" + BODY,
            None,
            dt.date(2025, 6, 3),
            None,
            "Updated June 3, 2025 at 3:45 p.m. ET",
        ),
        (
            "BEIJING, Jan. 5 (Xinhua) -- China's exports rose 5 percent in December.",
            "Xinhua",
            None,
            "Beijing",
            "BEIJING, Jan. 5 (Xinhua) --",
        ),
        (
            "Storm hits coast\nBy Jane Doe | Reuters\n\n" + BODY,
            "Reuters",
            None,
            None,
            "By Jane Doe | Reuters",
        ),
        (
            "Storm hits coast\n\nWASHINGTON — " + BODY,
            None,
            None,
            "Washington",
            "WASHINGTON —",
        ),
        (
            "SAN FRANCISCO, Calif., Sept. 3, 2025 (Reuters) - " + BODY,
            "Reuters",
            dt.date(2025, 9, 3),
            "San Francisco, Calif.",
            "SAN FRANCISCO, Calif., Sept. 3, 2025 (Reuters) -",
        ),
        (
            "Storm hits coast\nBy JANE DOE Associated Press\nJune 3, 2025\n\n" + BODY,
            "AP",
            dt.date(2025, 6, 3),
            None,
            "June 3, 2025",
        ),
        (
            "TOLEDO, Ohio, Sept. 11, 2025 /PRNewswire/ -- " + BODY,
            "PRNewswire",
            dt.date(2025, 9, 11),
            "Toledo, Ohio",
            "TOLEDO, Ohio, Sept. 11, 2025 /PRNewswire/ --",
        ),
        (
            "DETROIT (AP) — Sept. 12, 2025 — " + BODY,
            "AP",
            dt.date(2025, 9, 12),
            "Detroit",
            "DETROIT (AP) — Sept. 12, 2025 —",
        ),
    ],
)
def test_header_forms(text, outlet, published, place, header):
    """Each common header or dateline form yields its outlet, date and place, and ends where it should."""
    meta = detect_metadata(text)
    assert (meta.outlet, meta.published, meta.place) == (outlet, published, place)
    assert text[: meta.header_end].rstrip().endswith(header)
    source = prepare(text, source_id="s")
    headers = [source.text[z.start : z.end] for z in source.zones if z.kind == "header"]
    assert headers[-1] == header
    check_layout(source)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        "Storm hits coast on June 3\n\n" + BODY,
        "The United Nations (UN) - which met on Monday - said the storm was the worst in years.",
        "Officials (Reuters) said the storm was the worst in years on the coast.",
        "Four people died.",
        "",
        "It happened on May 4. Nobody knows the year.",
        "The storm of Sept. 11, 2025 /and/ the floods that followed were the worst in years.",
    ],
)
def test_no_metadata_where_none_is_stated(text):
    """Prose, a headline holding a date, and parentheses inside a sentence give no metadata."""
    assert detect_metadata(text) == Metadata()


def test_a_date_after_a_wire_dateline_needs_its_own_dash():
    """A date after "(AP) —" is the story's only when a dash closes it; else it is prose."""
    meta = detect_metadata("DETROIT (AP) — Sept. 12, 2025 was the day the plant closed for good.")
    assert (meta.outlet, meta.published, meta.place) == ("AP", None, "Detroit")


def test_partial_date_is_never_completed_from_the_clock():
    """A dateline without a year leaves published unknown rather than guessing this year."""
    meta = detect_metadata("BERLIN, Feb. 29 (dpa) - " + BODY)
    assert (meta.outlet, meta.place, meta.published) == ("dpa", "Berlin", None)


def test_metadata_only_read_at_the_top():
    """A date or wire tag deep in the story is not taken for the story's own metadata."""
    text = (
        BODY
        + "\n\n"
        + "Officials spoke again.\n\n" * 3
        + "June 3, 2025\n\nLONDON (Reuters) - Later."
    )
    assert detect_metadata(text) == Metadata()


def test_explicit_metadata_wins_and_is_not_detected():
    """Given metadata wins over detection, and only detected fields are listed as detected."""
    source = prepare(
        "PARIS, March 3, 2025 (AFP) - " + BODY,
        source_id="s",
        outlet="Le Monde",
        published="2025-03-04",
    )
    assert (source.outlet, source.published, source.place) == (
        "Le Monde",
        dt.date(2025, 3, 4),
        "Paris",
    )
    assert source.detected == frozenset({"place"})


# --- furniture on web-page-like articles -------------------------------------------------------

PAGE_ONE = """\
Skip to content
Home | World | Business | Technology | Sports
The Daily Example

Harbour Bridge Closed After Ship Strikes Pier
By Maria Lopez | Updated 9:15 AM EDT, Wed April 2, 2025
Share this article

The Harbour Bridge was closed to traffic on Tuesday after a cargo ship struck one of its piers, city officials said.

Engineers found cracks in two support columns and estimated repairs would cost about $12 million, according to a preliminary report.

ADVERTISEMENT

About 40,000 vehicles cross the bridge each day, and officials warned of heavy delays for at least three weeks.

Related
Ferry operators add weekend sailings
City council debates new transit tax
Ten years of the harbour tunnel
We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.
© 2025 Daily Example Media. All rights reserved.
"""

PAGE_TWO = """\
MENU
Search
Local News Network
Most Read
Council Approves Budget
Water Main Breaks Downtown
Schools Reopen Monday

Wildfire forces 2,000 from homes near Ridgeville

RIDGEVILLE, Aug. 14 (UPI) -- A wildfire burning in dry hills east of Ridgeville forced about 2,000 residents to leave their homes on Thursday, the county sheriff said.

Firefighters had contained 15% of the blaze by evening, the state forestry agency said in a statement.

Read more: How wildfires spread in high winds
Sign up for our morning newsletter
Follow us on Twitter and Facebook
Tags: wildfire, Ridgeville, evacuation
Copyright 2025 Local News Network
"""

PAGE_THREE_HTML = """\
<!DOCTYPE html>
<html><head><title>Port strike ends | Example News</title>
<style>body { color: red }</style><script>var track = "Ignore this script text.";</script>
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li>World</li><li>Markets</li><li>Opinion</li></ul></nav>
<article>
<h1>Port strike ends after three weeks</h1>
<p class="byline">By Sam Lee</p>
<p>ROTTERDAM (Reuters) - Dock workers at Europe&#8217;s largest port returned to work on Friday after unions &amp; employers agreed a 6.5% pay rise, ending a strike that lasted three weeks.</p>
<p>The strike delayed about 300 ships, the port authority said.</p>
<noscript>Please enable JavaScript to see this page.</noscript>
</article>
<aside><h2>More from Example News</h2><ul>
<li>Shipping rates fall to two-year low</li><li>Rail freight volumes climb</li><li>Airline profits beat forecasts</li>
</ul></aside>
<footer><p>&copy; 2025 Example News. All rights reserved.</p><template><p>Hidden template text.</p></template></footer>
</body></html>
"""


def test_page_with_navigation_related_cookies_and_copyright():
    """Navigation, banners, share prompts, ads, related headlines, cookie and copyright lines are furniture."""
    source = prepare(PAGE_ONE, source_id="page1")
    kinds = line_kinds(source)
    assert kinds["Harbour Bridge Closed After Ship Strikes Pier"] == "headline"
    assert kinds["By Maria Lopez | Updated 9:15 AM EDT, Wed April 2, 2025"] == "header"
    assert source.published == dt.date(2025, 4, 2)
    for line in (
        "Skip to content",
        "Home | World | Business | Technology | Sports",
        "The Daily Example",
        "Share this article",
        "ADVERTISEMENT",
        "Related",
        "Ferry operators add weekend sailings",
        "Ten years of the harbour tunnel",
        "We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.",
        "© 2025 Daily Example Media. All rights reserved.",
    ):
        assert kinds[line] == "furniture", line
    for phrase in ("on Tuesday", "$12 million", "About 40,000 vehicles"):
        assert kinds_at(source, phrase) == {"body"}
    check_layout(source)


def test_page_with_most_read_list_and_prompts():
    """A "Most Read" list above the headline and prompts and tags after the story are furniture."""
    source = prepare(PAGE_TWO, source_id="page2")
    kinds = line_kinds(source)
    assert kinds["Wildfire forces 2,000 from homes near Ridgeville"] == "headline"
    # The dateline "Aug. 14" states no year; the page's one copyright year (2025) gives it.
    published = dt.date(2025, 8, 14)
    assert (source.outlet, source.place, source.published) == ("UPI", "Ridgeville", published)
    for line in (
        "MENU",
        "Most Read",
        "Council Approves Budget",
        "Schools Reopen Monday",
        "Read more: How wildfires spread in high winds",
        "Sign up for our morning newsletter",
        "Follow us on Twitter and Facebook",
        "Tags: wildfire, Ridgeville, evacuation",
        "Copyright 2025 Local News Network",
    ):
        assert kinds[line] == "furniture", line
    assert kinds_at(source, "about 2,000 residents") == {"body"}
    assert kinds_at(source, "15%") == {"body"}
    check_layout(source)


@pytest.mark.parametrize(
    "line",
    [
        "Support public radio. Donate to River City Radio today.",
        "Donate now to keep this reporting free.",
        "Support independent news. Become a member today.",
        "Become a supporter of the Valley Gazette.",
    ],
)
def test_donation_and_membership_prompts_are_furniture(line):
    """A prompt to donate or join, even as two short sentences, is page furniture, not body."""
    text = f"Council passes budget\n\nThe council passed the budget on Monday.\n\n{line}\n"
    source = prepare(text, source_id="donate")
    assert line_kinds(source)[line] == "furniture"
    assert kinds_at(source, "on Monday") == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Get the Harbor Morning newsletter \u2014 sign up free, 7 days a week.",
        "Don't miss a story. Get the Valley Courier for 99 cents a week.",
        "Get local news 7 days a week.",
        "Subscribe today for just $1 a month and never miss an update from our newsroom.",
    ],
)
def test_subscription_and_newsletter_prompts_are_furniture(line):
    """A prompt to subscribe or sign up, even with a price or a count of days, is furniture."""
    text = f"Council passes budget\n\nThe council passed the budget on Monday.\n\n{line}\n"
    source = prepare(text, source_id="subscribe")
    assert line_kinds(source)[line] == "furniture"
    assert kinds_at(source, "on Monday") == {"body"}


def test_news_about_subscriptions_stays_body():
    """A news sentence about subscribers or prices is story text, not a prompt."""
    text = (
        "Paper raises price\n\nThe paper said 3,000 readers pay 99 cents a week.\n\n"
        "Get-out-the-vote drives drew 40 volunteers, organizers said.\n\n"
        "Start-up fees rose to $5 a month. Joining costs $20 a year, the club said.\n"
    )
    source = prepare(text, source_id="news")
    assert kinds_at(source, "99 cents a week") == {"body"}
    assert kinds_at(source, "40 volunteers") == {"body"}
    assert kinds_at(source, "$20 a year") == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "The board approved a dividend of 11 cents a share this quarter.",
        "Analysts expect earnings of $1.05 per share this year.",
        "Holders get $2 each share this month.",
    ],
)
def test_a_price_a_share_this_period_is_story_text(line):
    """ "a share this quarter" is a stock's share, not a page's "share this" button."""
    text = f"Firm raises payout\n\nThe firm reported results on Monday.\n\n{line}\n"
    source = prepare(text, source_id="shares")
    assert line_kinds(source)[line] == "body"
    assert (
        line_kinds(prepare("x\n\nSome text here.\n\nShare this story\n", source_id="b"))[
            "Share this story"
        ]
        == "furniture"
    )


def test_html_page_reduced_to_visible_text(tmp_path):
    """HTML loses scripts, styles, head and templates, unescapes entities, and its furniture is found."""
    path = tmp_path / "port.html"
    path.write_text(PAGE_THREE_HTML, encoding="utf-8")
    source = read_file(path)
    text = source.text
    for hidden in ("Ignore this script", "color: red", "enable JavaScript", "Hidden template", "|"):
        assert hidden not in text
    assert "Europe’s largest port" in text
    assert "unions & employers" in text
    assert (source.outlet, source.place) == ("Reuters", "Rotterdam")
    kinds = line_kinds(source)
    assert kinds["Port strike ends after three weeks"] == "headline"
    assert kinds["By Sam Lee"] == "furniture"
    assert kinds["© 2025 Example News. All rights reserved."] == "furniture"
    assert kinds_at(source, "Rail freight volumes climb") == {"furniture"}
    assert kinds_at(source, "Home") == {"furniture"}
    assert kinds_at(source, "6.5% pay rise") == {"body"}
    assert kinds_at(source, "about 300 ships") == {"body"}
    check_layout(source)


def test_html_detected_by_content(tmp_path):
    """A .txt file whose content starts with <html> is read as HTML."""
    path = tmp_path / "page.txt"
    path.write_text("<html><body><p>Rain fell &amp; winds rose all day.</p></body></html>")
    assert read_file(path).text == "Rain fell & winds rose all day."


def test_short_lines_inside_a_story_stay_body():
    """A lone subheading inside the story is kept as body; only runs or furniture words end it."""
    text = "First paragraph of the story, which is long enough to count.\n\nBackground\n\nMore text follows here, and it also counts as prose."
    kinds = line_kinds(prepare(text, source_id="s"))
    assert set(kinds.values()) == {"body"}


def test_prose_after_an_advert_is_body_again():
    """A clear prose paragraph after furniture inside the story is body again."""
    text = f"{BODY}\n\nADVERTISEMENT\n\nRescue teams reached the last stranded village late on Tuesday night, the mayor said."
    assert kinds_at(prepare(text, source_id="s"), "Rescue teams") == {"body"}


def test_caption_interrupts_but_credits_end_the_story():
    """A photo caption inside the story does not end it; credits after it do."""
    text = (
        "Ship strikes harbour bridge\n3 min read\n\n"
        "HARBOURTOWN, April 1 (Reuters) - A cargo ship struck the Harbour Bridge on Tuesday, officials said.\n\n"
        "Photo: A ship near the bridge. (Reuters/Jane Doe)\n\n"
        '"We were lucky," said the mayor. "Nobody was hurt."\n\n'
        "Reporting by Maria Lopez; Editing by Sam Lee\n"
        "Our Standards: The Trust Principles.\n"
    )
    source = prepare(text, source_id="s")
    kinds = line_kinds(source)
    assert kinds["Ship strikes harbour bridge"] == "headline"
    assert kinds["3 min read"] == "furniture"
    assert kinds["Photo: A ship near the bridge. (Reuters/Jane Doe)"] == "furniture"
    assert kinds['"We were lucky," said the mayor. "Nobody was hurt."'] == "body"
    assert kinds["Reporting by Maria Lopez; Editing by Sam Lee"] == "furniture"
    assert kinds["Our Standards: The Trust Principles."] == "furniture"


def test_markdown_marks_do_not_hide_bylines_and_datelines():
    """Markdown heading and emphasis marks around a byline or dateline do not hide it."""
    text = (
        "# Ship Strikes Bridge In Harbour\n\n*By Maria Lopez, Associated Press*\n\n"
        "**HARBOURTOWN (AP) —** A cargo ship struck the bridge on Tuesday, officials said.\n"
    )
    source = prepare(text, source_id="s")
    assert (source.outlet, source.place) == ("AP", "Harbourtown")
    kinds = line_kinds(source)
    assert kinds["# Ship Strikes Bridge In Harbour"] == "headline"
    assert kinds["*By Maria Lopez, Associated Press*"] == "header"
    assert kinds["**HARBOURTOWN (AP) —**"] == "header"
    assert source.quote(source.sentences[-1]).startswith("A cargo ship")


def test_crlf_line_endings_change_nothing_but_offsets():
    """A seed with Windows line endings gets the same metadata, zone kinds and sentences."""
    plain = read_file(AFP)
    crlf = prepare(plain.text.replace("\n", "\r\n"), source_id=plain.id)
    assert (crlf.outlet, crlf.published, crlf.place) == (plain.outlet, plain.published, plain.place)
    assert [z.kind for z in crlf.zones] == [z.kind for z in plain.zones]
    assert [crlf.quote(s) for s in crlf.sentences] == [plain.quote(s) for s in plain.sentences]


def test_text_without_prose_is_kept_as_body():
    """A text with no sentence punctuation is kept as body rather than silently dropped."""
    source = prepare("Four dead in storm", source_id="s")
    assert [z.kind for z in source.zones] == ["body"]
    assert [source.quote(s) for s in source.sentences] == ["Four dead in storm"]


def test_hard_wrapped_paragraph_is_one_unit():
    """Lines wrapped mid-sentence are read as one paragraph, not as a run of title lines."""
    text = (
        "The storm hit the coast on Monday, and officials\n"
        "said that more than 200 homes had been damaged by\n"
        "the wind and the flooding that followed it.\n"
    )
    source = prepare(text, source_id="s")
    assert [z.kind for z in source.zones] == ["body"]
    assert len(source.sentences) == 1


def test_find_zones_without_header():
    """find_zones works on its own, with the header offset defaulting to none."""
    zones = find_zones("Title Of The Story\n\n" + BODY)
    assert [z.kind for z in zones] == ["headline", "body"]
    assert all(z.reason for z in zones)


# --- sentences ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and the U.N. met. They agreed.", ["The U.S. and the U.N. met.", "They agreed."]),
        ("Mr. and Mrs. Smith met Dr. Jones.", ["Mr. and Mrs. Smith met Dr. Jones."]),
        (
            "He lives on St. Mark's Place. It is quiet.",
            ["He lives on St. Mark's Place.", "It is quiet."],
        ),
        ("It was Jan. 5 or Feb. 6 or Sept. 7.", ["It was Jan. 5 or Feb. 6 or Sept. 7."]),
        (
            "Apple Inc. said so. Acme Corp. Ltd. agreed.",
            ["Apple Inc. said so.", "Acme Corp. Ltd. agreed."],
        ),
        ("He bought Acme Inc. The deal closed.", ["He bought Acme Inc.", "The deal closed."]),
        ("It is No. 1 vs. No. 2 today.", ["It is No. 1 vs. No. 2 today."]),
        (
            "At 9 a.m. Tuesday he left at 5 p.m. and slept.",
            ["At 9 a.m. Tuesday he left at 5 p.m. and slept."],
        ),
        (
            "Growth was 3.5 percent. Prices rose 2.1%.",
            ["Growth was 3.5 percent.", "Prices rose 2.1%."],
        ),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("J. R. R. Tolkien wrote it.", ["J. R. R. Tolkien wrote it."]),
        (
            "Wait... what happened? Nobody knew… Then rain.",
            ["Wait... what happened?", "Nobody knew…", "Then rain."],
        ),
        ('He said, "It is over." Then he left.', ['He said, "It is over."', "Then he left."]),
        ("She said “it is over.” Then she left.", ["She said “it is over.”", "Then she left."]),
        ('"Is it?" she asked. "Yes." He nodded!', ['"Is it?" she asked.', '"Yes."', "He nodded!"]),
        ('"We won. We are happy," he said.', ['"We won.', 'We are happy," he said.']),
        ("Visit example.com today. It is free.", ["Visit example.com today.", "It is free."]),
        ("A heading without a stop\n\nThe text.", ["A heading without a stop", "The text."]),
        ("a line wrapped\nmid sentence. Next.", ["a line wrapped\nmid sentence.", "Next."]),
        ("  \n\n  ", []),
        ("", []),
        ("(See the chart.) Sales rose.", ["(See the chart.)", "Sales rose."]),
        ("Four U.S. “facilitators,” helped.", ["Four U.S. “facilitators,” helped."]),
        ('It was in the U.S. "', ["It was in the U.S.", '"']),
        # a time ends a sentence before a capitalised word that is not its day, zone or date
        (
            "Crews left by 6 p.m. Officials said the road was clear.",
            ["Crews left by 6 p.m.", "Officials said the road was clear."],
        ),
        (
            "Doors open at 7:30 a.m. Mayor Ada Finch will speak first.",
            ["Doors open at 7:30 a.m.", "Mayor Ada Finch will speak first."],
        ),
        (
            "The vote came at 9 a.m. Tuesday after a long night.",
            ["The vote came at 9 a.m. Tuesday after a long night."],
        ),
        ("It opens at 9 a.m. EST Dec. 3 downtown.", ["It opens at 9 a.m. EST Dec. 3 downtown."]),
        ("It opens at 9 a.m. Central time.", ["It opens at 9 a.m. Central time."]),
        (
            "Few came to the 7 p.m. Quarrow Council session.",
            ["Few came to the 7 p.m. Quarrow Council session."],
        ),
        ("He left at 9 a.m. 15 others stayed.", ["He left at 9 a.m. 15 others stayed."]),
        # a time opening the sentence: the capitalised word after it is its subject
        (
            "It was cold. At 1:35 p.m. Harbor officers found the car.",
            ["It was cold.", "At 1:35 p.m. Harbor officers found the car."],
        ),
        (
            "As of 11:45 a.m. Pell County said the sweep was over.",
            ["As of 11:45 a.m. Pell County said the sweep was over."],
        ),
    ],
)
def test_split_sentences(text, expected):
    """Sentences split at their ends and survive abbreviations, initials, decimals, ellipses and quotes."""
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            'Chief Lena Voss said the fire was out by 6 p.m. "Four homes burned," Mayor Tom Ash said.',
            4.0,
            "Tom Ash",
        ),
        (
            "The shelter opened at 8 p.m. Volunteer Dana Kim said 40 people slept there.",
            1200.0,
            None,
        ),
    ],
)
def test_a_time_ending_a_sentence_keeps_the_next_speaker_apart(text, figure, speaker):
    """A claim before "p.m." is not the next sentence's speaker's, nor the reverse."""
    (source,) = reconcile.read({"text": text, "id": "x"})
    (claim,) = [c for c in reconcile.extract(source) if getattr(c.value, "low", None) == figure]
    assert claim.attributed_to == speaker


def test_split_sentences_within_a_range():
    """Offsets are into the whole text even when only a slice is split."""
    text = "Header. First one. Second one. Footer."
    start, end = text.index("First"), text.index(" Footer")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == [
        "First one.",
        "Second one.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "a" * 1_000_000,
        "U.S. " * 200_000,
        "." * 1_000_000,
        "Mr. " * 250_000,
        " " * 999_999 + ".",
        '."' * 500_000,
        "\n \n" * 333_333,
        "The ship sank. " * 66_000,
        "cookie" * 170_000,
        "(Reuters) " * 100_000,
        "Ship Sinks Off Coast\n" * 50_000,
        "By Jane Doe, The Harbor Post " * 35_000,
        "13/10/2026 06.10.2026 " * 45_000,
        "HARBOR CITY \u2013 May 4, 2026 \u2013 " * 30_000,
        "SOURCE Harbor " * 70_000,
        "\u2014 The Daily Harbor\n" * 50_000,
        "May 18, 2026 | Updated 7:45 a.m. " * 30_000,
        "LONDON, May 4 (UPI) - Updated May 5, 2026 " * 25_000,
        "Crash Closes Highway Posted: May 18, 2026 " * 25_000,
        "Crash Posted: May 18, 2026\n" * 40_000,
    ],
    ids=[
        "letters",
        "abbreviations",
        "stops",
        "titles",
        "spaces",
        "quotes",
        "blank-lines",
        "prose",
        "one-long-word",
        "wire-tags",
        "title-lines",
        "bylines",
        "numeric-dates",
        "dash-dates",
        "source-credit",
        "sign-offs",
        "update-times",
        "stamps-under-a-dateline",
        "run-on-stamps",
        "run-on-stamp-lines",
    ],
)
def test_megabyte_inputs_finish(line):
    """A megabyte of text, pathological or not, is split and prepared without catastrophic backtracking."""
    spans = split_sentences(line)
    assert all(line[s:e] == line[s:e].strip() for s, e in spans)
    source = prepare(line, source_id="big")
    assert source.text is line


# --- reading -----------------------------------------------------------------------------------


def test_read_strings_get_numbered_ids():
    """Texts given as str get ids text-1, text-2, ... in order, skipping ids already used."""
    sources = read(["Rain fell all day.", {"text": "Wind rose.", "id": "text-2"}, "Snow came."])
    assert [s.id for s in sources] == ["text-1", "text-2", "text-3"]
    assert read({"text": "It rained."})[0].id == "text-1"


def test_read_flattens_nested_iterables_and_generators(tmp_path):
    """Lists, tuples and generators of sources are flattened in order."""
    (tmp_path / "b.txt").write_text("Bees buzzed all day.", encoding="utf-8")
    sources = read(
        [
            "One thing.",
            ({"text": "Two things.", "id": "two"}, tmp_path / "b.txt"),
            (t for t in ["Three."]),
        ]
    )
    assert [s.id for s in sources] == ["text-1", "two", "b", "text-2"]


def test_read_directory_in_name_order(tmp_path):
    """A directory yields its .txt, .md, .html and .htm files in name order and names others."""
    for name in ("c.md", "a.txt", "b.htm", "d.html", "e.csv", "f.TXT"):
        text = "<p>Rain fell.</p>" if "htm" in name else "Rain fell."
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    with pytest.warns(SkippedFilesWarning, match=r"skipped e\.csv, sub\.txt/"):
        assert [s.id for s in read(tmp_path)] == ["a", "b", "c", "d", "f"]


def test_read_keywords_apply_to_each_source(tmp_path):
    """Keyword metadata applies to every source read and wins over detection, not over an item's own."""
    (tmp_path / "a.txt").write_text("LONDON (Reuters) - Rain fell.", encoding="utf-8")
    sources = read(
        [tmp_path / "a.txt", "PARIS (AFP) - Snow fell.", {"text": "Hail fell.", "outlet": "Own"}],
        outlet="Given",
        published=dt.date(2025, 1, 2),
    )
    assert [s.outlet for s in sources] == ["Given", "Given", "Own"]
    assert {s.published for s in sources} == {dt.date(2025, 1, 2)}
    assert sources[0].place == "London"
    assert sources[0].detected == frozenset({"place"})


def test_read_source_without_zones_is_prepared():
    """A bare Source is prepared, keeping the metadata it was given."""
    bare = Source(id="mine", text="PARIS (AFP) - Snow fell on the city.", outlet="Mine")
    (source,) = read(bare)
    assert (source.id, source.outlet, source.place) == ("mine", "Mine", "Paris")
    assert source.zones
    assert source.detected == frozenset({"place"})


def test_read_prepared_source_passes_through():
    """A prepared Source passes through unchanged unless keywords fill its gaps."""
    prepared = prepare("PARIS (AFP) - Snow fell on the city.", source_id="p")
    assert read(prepared) == (prepared,)
    (filled,) = read(prepared, url="https://example.com/a", outlet="Other")
    assert (filled.url, filled.outlet, filled.zones) == (
        "https://example.com/a",
        "Other",
        prepared.zones,
    )
    assert "outlet" not in filled.detected


def test_read_file_strips_bom_and_keeps_offsets(tmp_path):
    """A UTF-8 byte-order mark is removed and offsets index the text without it."""
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLONDON (Reuters) - Rain fell.".encode())
    source = read_file(path, id="custom")
    assert source.id == "custom"
    assert source.text.startswith("LONDON")
    assert source.quote(source.sentences[0]) == "Rain fell."


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "only whitespace"),
        (b"caf\xe9 au lait", "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 9)) * 20 + b"text", "binary"),
        (b"<html><script>x()</script></html>", "no visible text"),
    ],
)
def test_read_file_rejects_unreadable_content(tmp_path, content, words):
    """Empty, whitespace-only, badly encoded, binary and text-less HTML files raise InvalidSourceError naming the file."""
    path = tmp_path / "bad.html" if b"<html>" in content else tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidSourceError, match=words) as info:
        read_file(path)
    assert str(path) in str(info.value)
    assert info.value.source_id == "bad"
    assert isinstance(info.value, ValueError)


def test_read_file_missing_and_directory(tmp_path):
    """A missing path and a directory given to read_file raise errors that say what to do."""
    with pytest.raises(InvalidSourceError, match="no such file") as info:
        read_file(tmp_path / "nope.txt")
    assert info.value.source_id == "nope"
    with pytest.raises(InvalidSourceError, match=r"is a directory.*reconcile\.read"):
        read_file(tmp_path)
    with pytest.raises(InvalidSourceError, match="no such file"):
        read(tmp_path / "nope.txt")


def test_read_empty_directory(tmp_path):
    """A directory without text files raises, saying it holds no such files."""
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match=r"holds no \.txt, \.md, \.html or \.htm files"):
        read(tmp_path)


def test_read_duplicate_ids_name_both_origins(tmp_path):
    """Two sources with one id raise an error naming the id and where each came from."""
    (tmp_path / "story.txt").write_text("Rain fell.", encoding="utf-8")
    (tmp_path / "story.md").write_text("Snow fell.", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match="'story'") as info:
        read(tmp_path)
    assert "story.txt" in str(info.value)
    assert "story.md" in str(info.value)
    assert info.value.source_id == "story"
    with pytest.raises(InvalidSourceError, match=r"'x'.*item 1.*item 2"):
        read([{"text": "A.", "id": "x"}, {"text": "B.", "id": "x"}])


def test_read_refuses_a_string_naming_a_path(tmp_path):
    """A one-line string naming an existing file or directory raises, telling to pass a Path."""
    path = tmp_path / "story.txt"
    path.write_text("Rain fell.", encoding="utf-8")
    for name in (str(path), str(tmp_path), f"  {path}\n"):
        with pytest.raises(InvalidSourceError, match=r"pathlib\.Path"):
            read(name)
    with pytest.raises(InvalidSourceError, match="looks like a file name"):
        read(str(tmp_path / "missing.txt"))


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (b"Rain fell.", "decode it"),
        (bytearray(b"Rain fell."), "decode it"),
        ({"text": "Rain.", "author": "x", "lang": "en"}, "unknown keys 'author', 'lang'"),
        ({"id": "a"}, "needs 'text'"),
        ({"text": b"Rain."}, "needs 'text' as a str"),
        ({"text": "Rain.", "id": ""}, "non-empty str"),
        ({"text": "Rain.", "published": "yesterday"}, "YYYY-MM-DD"),
        ({"text": "Rain.", "outlet": 3}, "outlet must be"),
        ({"Rain fell."}, "has no order"),
        (42, "reads a text"),
        ("", "empty"),
        ("   \n", "only whitespace"),
        ([None], "item 1"),
        (Source(id="s", text=" "), "only whitespace"),
    ],
)
def test_read_rejects_bad_input(value, words):
    """Bytes, unknown or missing mapping keys, bad metadata, sets, other types and empty texts raise InvalidSourceError."""
    with pytest.raises(InvalidSourceError, match=words):
        read(value)


def test_prepare_rejects_bad_arguments():
    """prepare checks its text, id and metadata types."""
    with pytest.raises(InvalidSourceError, match="must be a str"):
        prepare(b"Rain.", source_id="s")  # type: ignore[arg-type]
    with pytest.raises(InvalidSourceError, match="non-empty str"):
        prepare("Rain.", source_id=" ")
    with pytest.raises(InvalidSourceError, match="YYYY-MM-DD"):
        prepare("Rain.", source_id="s", published="3 June")


# --- properties ---------------------------------------------------------------------------------

LINES = st.one_of(
    st.sampled_from(
        [
            "ADVERTISEMENT",
            "Related",
            "Share this",
            "© 2025 Example. All rights reserved.",
            "Home | News | Sport",
            "LONDON (Reuters) - ",
            "Published: 3 June 2025",
            "By Jane Doe | Reuters",
            "Ships Collide Off Coast",
            "The U.S. Navy said 3.5 million gallons spilled on Jan. 5.",
            '"It is over," Mr. Smith said. He left.',
            "Washington, July 1 (AFP) Jul 01, 2025",
            "May 18, 2026 | Updated 7:45 a.m.",
            "Crash Closes Highway Posted: Monday, May 18, 2026 6:12 AM CDT Updated: Monday",
            "SPRINGDALE, Ill., Dec. 31 (XNS) - ",
            "UPDATED: 9 P.M.",
            "**Published: May 18, 2026**",
            "story updated at 9:40am on May 18, 2026",
            "Last updated: Jan. 1, 2027 9:40 AM",
            "TULSA \u2014 ",
            "",
            "   ",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80),
)
ARTICLES = st.lists(LINES, max_size=14).map("\n".join)
TEXTS = st.one_of(st.text(), ARTICLES)


@given(TEXTS)
def test_prepare_never_raises_and_lays_out_zones(text):
    """Any text is prepared without error, into ordered disjoint zones and stripped body sentences."""
    check_layout(prepare(text, source_id="t"))


@given(ARTICLES)
def test_a_detected_publication_year_is_one_the_text_states(text):
    """A detected year is one the page prints, or next to it (a dateline's "Dec. 31" under
    "Updated Jan. 1, 2027"): never the clock's."""
    published = prepare(text, source_id="t").published
    years = [int(y) for y in re.findall(r"[0-9]{4}", text)]
    assert published is None or any(abs(year - published.year) <= 1 for year in years)


@given(TEXTS)
def test_read_raises_only_reconcile_errors(text):
    """Reading any str either works or raises a ReconcileError, never anything else."""
    try:
        sources = read(text)
    except ReconcileError:
        return
    assert sources[0].text == text


@given(TEXTS)
def test_prepared_sources_round_trip(text):
    """A prepared source survives to_dict/from_dict unchanged."""
    source = prepare(text, source_id="t")
    assert Source.from_dict(source.to_dict()) == source


@given(TEXTS, st.integers(-5, 200), st.integers(-5, 200))
def test_sentences_slice_back(text, start, end):
    """Sentence spans are ordered, disjoint, stripped and inside the requested range."""
    spans = split_sentences(text, start, end)
    last = max(0, start)
    for s, e in spans:
        assert last <= s < e <= min(end, len(text))
        assert text[s:e] == text[s:e].strip()
        last = e


@settings(max_examples=50)
@given(st.binary(max_size=200))
def test_read_file_on_any_bytes(tmp_path_factory, data):
    """Any file content is read or refused with an InvalidSourceError, never another exception."""
    path = tmp_path_factory.mktemp("any") / "f.txt"
    path.write_bytes(data)
    try:
        source = read_file(path)
    except InvalidSourceError as exc:
        error: InvalidSourceError | None = exc
    else:
        error = None
        check_layout(source)
    assert error is None or error.source_id == "f"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Two men were hurt. (Published Monday, Dec. 28, 2015)", "Monday"),
        ("Posted: Sunday, July 5, 2015 7:23 AM EDT", "Sunday"),
        ("By A. Writer. CREATED Oct 9, 2015 - UPDATED: Oct 9, 2015", "Oct 9, 2015"),
        ("UPDATE: (09/12/16) Police named the man.", "09/12/16"),
        ("Posted by Jane Doe on 05 Jan 2016", "05 Jan 2016"),
        ("Published on Mar 14, 2013", "Mar 14, 2013"),
    ],
)
def test_a_page_stamp_is_a_stamp(text, date):
    """A date right after a capitalised stamp label ("Published", "Posted", "UPDATE") is
    the page's stamp."""
    assert is_stamp(text, text.rindex(date))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The list was updated Monday.", "Monday"),
        ("Created in 2010, the program grew.", "2010"),
        ("Updated at 4:45 p.m. ET: police said Monday it ended.", "Monday"),
        ("Police said Monday the man was released.", "Monday"),
    ],
)
def test_a_date_of_the_story_is_no_stamp(text, date):
    """Prose about updating, and dates a label does not directly precede, are no stamps."""
    assert not is_stamp(text, text.rindex(date))


def test_iter_read_draws_lazily_and_names_texts_in_order(tmp_path: Path):
    """iter_read reads a directory's files as they come and numbers bare texts like read."""
    (tmp_path / "b.txt").write_text("Rain fell all day.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("It rained.", encoding="utf-8")
    stream = iter_read(tmp_path)
    first = next(stream)
    assert first.id == "a"
    (tmp_path / "b.txt").write_text("Snow fell instead.", encoding="utf-8")
    assert next(stream).text == "Snow fell instead."  # read when its turn came
    items = ["One.", {"text": "Two.", "id": "x"}, "Three."]
    assert [s.id for s in iter_read(iter(items))] == [s.id for s in read(items)]


def test_iter_read_refuses_a_repeated_id_when_it_comes():
    stream = iter_read([{"text": "One.", "id": "a"}, {"text": "Two.", "id": "a"}])
    assert next(stream).id == "a"
    with pytest.raises(InvalidSourceError, match="two sources have the id 'a'"):
        next(stream)


def test_the_copyright_notice_of_a_page_names_its_outlet():
    """With no wire tag or byline outlet, "Copyright 2026 Valley Tribune." names the outlet."""
    (source,) = reconcile.read(
        "Storm floods valley towns\n\nHeavy rain flooded three towns on Sunday, officials said.\n\n"
        "Related: How to prepare for floods\nCopyright 2026 Valley Tribune. All rights reserved.\n"
    )
    assert source.outlet == "Valley Tribune"
    assert "outlet" in source.detected
    (wire,) = reconcile.read(
        "LONDON (UPI) - Rain fell all day.\n\nAll rights reserved. Copyright Some Agency.\n"
    )
    assert wire.outlet == "UPI"
    (told,) = reconcile.read(
        "The judge said the copyright of the song was held by Acme Music. It was sold.\n"
    )
    assert told.outlet is None


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        ("Copyright 2025 The Harbor Courier. All rights reserved.", "The Harbor Courier"),
        ("© 2025 The Lakeside Journal", "The Lakeside Journal"),
        ("Copyright 2025 The Associated Press. All rights reserved.", "AP"),
        ("Copyright 2025 Harbor Courier. All rights reserved.", "Harbor Courier"),
    ],
)
def test_a_copyright_holder_starting_with_the_is_the_outlet(notice, outlet):
    """A holder printed with "The" names the outlet with it; a known wire gets its usual name."""
    (source,) = reconcile.read(
        "Storm floods valley towns\n\nHeavy rain flooded three towns on Sunday, officials said.\n\n"
        f"{notice}\n"
    )
    assert source.outlet == outlet


def test_the_copyright_office_in_a_story_is_no_copyright_notice():
    """A paragraph naming the Copyright Office is body; "All rights reserved." alone is furniture."""
    (source,) = reconcile.read(
        "Agency rules on software art\n\nThe agency ruled on Monday that images made by software"
        " cannot be registered.\n\nThe Copyright Office said it would review 40 more cases this"
        " year.\n\nAll rights reserved.\n"
    )
    assert kinds_at(source, "The Copyright Office said") == {"body"}
    assert kinds_at(source, "All rights reserved.") == {"furniture"}
    assert source.outlet is None


def test_an_update_stamp_with_a_reading_time_is_the_header():
    """A line "Updated: <date> | 4 min read" dates the story; the reading time is no claim."""
    (source,) = reconcile.read(
        "Bridge Reopens After Repairs\nUpdated: 13 March 2026 | 4 min read\n\n"
        "The bridge reopened to traffic on Friday after eight months of repairs, the city said.\n"
    )
    assert source.published == dt.date(2026, 3, 13)
    assert kinds_at(source, "4 min read") == {"header"}
    assert kinds_at(source, "Bridge Reopens After Repairs") == {"headline"}
    assert all("min read" not in source.quote(c.span) for c in reconcile.extract(source))


def test_the_time_of_the_next_update_is_furniture():
    """A line "Next update: Friday, 6:00 p.m." is the page schedule, not a story date."""
    (source,) = reconcile.read(
        "River Level Report\nNext update: Friday, 6:00 p.m.\n\n"
        "The river rose two feet overnight and closed a road, officials said on Wednesday.\n"
    )
    assert kinds_at(source, "Next update: Friday") == {"furniture"}
    assert kinds_at(source, "River Level Report") == {"headline"}
    quoted = [source.quote(c.span) for c in reconcile.extract(source)]
    assert "Wednesday" in quoted
    assert "Friday" not in quoted


BODY_AFTER_MASTHEAD = (
    "\n\nA rockslide closed the north trail on Tuesday, the agency said in a statement.\n"
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Department of Parks and Recreation, Pell County\n\nTrail Closed After Rockslide",
            "Department of Parks and Recreation, Pell County",
        ),
        (
            "Regional Water Quality Authority\nBoil Notice Lifted for Eastside",
            "Regional Water Quality Authority",
        ),
        ("The Eastport Chronicle\nTrail Closed After Rockslide", "The Eastport Chronicle"),
        ("Severe Weather\nTrail Closed After Rockslide", None),
        ("Crime and Courts\nTrail Closed After Rockslide", None),
        ("Rockslide Closes Ranger Office\nHikers Told to Stay Away", None),
        ("Trail Closed After Rockslide", None),
        ("Rockslide Closes Trail\n\nRegional Water Quality Authority", None),
        ("Northern Coast Guard\nTrail Closed After Rockslide", "Northern Coast Guard"),
        ("U.S. Forest Service\nTrail Closed After Rockslide", "U.S. Forest Service"),
        (
            "U.S. Outdoor Recreation Safety Commission\nTrail Closed After Rockslide",
            "U.S. Outdoor Recreation Safety Commission",
        ),
        ("Hikers Thanked. Rangers Praised\nTrail Closed After Rockslide", None),
    ],
)
def test_a_masthead_first_line_names_the_outlet(text, outlet):
    """A short Title Case first line naming an institution or paper, above the headline, is the outlet.

    A section label, a headline (even one ending in a noun like "Office"), and a name
    that is itself the only title line are not.
    """
    (source,) = reconcile.read(text + BODY_AFTER_MASTHEAD)
    assert source.outlet == outlet


def test_a_directory_names_the_files_it_does_not_read(tmp_path: Path):
    """Files of other types and sub-folders are named in a warning; hidden files are not."""
    (tmp_path / "story.txt").write_text("Rain fell all day in the town.", encoding="utf-8")
    (tmp_path / "figures.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "notes.text").write_text("Notes.", encoding="utf-8")
    (tmp_path / "older").mkdir()
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    with pytest.warns(SkippedFilesWarning) as caught:
        sources = read(tmp_path)
    assert [s.id for s in sources] == ["story"]
    (warning,) = caught
    message = str(warning.message)
    for name in ("figures.csv", "notes.text", "older/", "scan.pdf"):
        assert name in message
    assert ".DS_Store" not in message


def test_a_directory_of_other_files_says_what_it_holds(tmp_path: Path):
    """When nothing can be read, the error lists what the directory holds instead."""
    (tmp_path / "figures.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match=r"holds no \.txt.*only figures\.csv"):
        read(tmp_path)


def test_a_directory_of_articles_only_reads_without_a_warning(tmp_path: Path):
    """A directory holding only articles (and hidden files) gives no warning."""
    (tmp_path / "a.txt").write_text("Rain fell all day in the town.", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    assert [s.id for s in read(tmp_path)] == ["a"]  # filterwarnings = error would fail here


def test_files_of_one_name_in_two_folders_are_named_by_path(tmp_path: Path):
    """Two folders each holding a.txt clash on the id "a"; the error names both paths."""
    for folder in ("storm", "flood"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"The {folder} hit the town.", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match="two sources have the id 'a'") as caught:
        read([tmp_path / "storm", tmp_path / "flood"])
    message = str(caught.value)
    assert str(tmp_path / "storm" / "a.txt") in message
    assert str(tmp_path / "flood" / "a.txt") in message
    sources = [read(tmp_path / folder)[0] for folder in ("storm", "flood")]
    with pytest.raises(InvalidSourceError, match="two files of one name"):
        read(sources)


# The words of the case-blind furniture patterns, each letter in either case or as a character
# IGNORECASE pairs with it (dotted and dotless i, long s, Kelvin sign), between other bits.
_CASE_PAIRS = {"i": "iI\u0130\u0131", "s": "sS\u017f", "k": "kK\u212a"}


def _any_case(word: str) -> st.SearchStrategy[str]:
    letters = [st.sampled_from(_CASE_PAIRS.get(c, c + c.upper())) for c in word]
    return st.tuples(*letters).map("".join)


_CASE_BLIND = st.lists(
    st.one_of(
        *(
            _any_case(w)
            for w in ("copyright", "all rights reserved", "(c)", "cookie", "we use", "policy")
        ),
        st.sampled_from([" ", "  ", "\u00a9", "2016", " x", "\u2019", ".", "\n"]),
    ),
    max_size=6,
).map("".join)


@example("(\u00a9 2016 KHOU)")
@example("COOK\u0130E policy")
@given(_CASE_BLIND)
def test_furniture_precheck_never_hides_a_match(line):
    """The lowercase pre-check skips the copyright and cookie patterns only where they cannot match."""
    from reconcile.ingest import _COOKIE, _COPYRIGHT, _COPYRIGHT_WORDS, _lowered

    low = _lowered(line)
    if low is None:
        return
    if _COPYRIGHT.search(line):
        assert any(word in low for word in _COPYRIGHT_WORDS)
    if _COOKIE.search(line):
        assert "cookie" in low


_CALL_WORDS = st.lists(
    st.one_of(
        *(
            _any_case(w)
            for w in ("call", "contact", "text", "dial", "phone", "webcast", "conference call")
        ),
        st.sampled_from([" ", "  ", "555-0110", "555-123-4567", "(555) 123-4567", "\n", "."]),
        st.sampled_from(["replay", "dial-in", "passcode", "earnings", "cal", "l", "x"]),
    ),
    max_size=8,
).map("".join)


@example("CALL 555-0110")
@example("Phone 555-0110")
@example("Contact 555-123-4567.")
@example("Earnings ca\u212al webcast replay")
@example("the conference cal\u0130 and a toll-free replay")
@given(_CALL_WORDS)
def test_call_prechecks_never_hide_a_match(line):
    """The lowercase pre-checks of _number_to_call and _call_notice skip their patterns
    only where the patterns cannot match."""
    from reconcile.ingest import (
        _CALL,
        _CALL_ACCESS,
        _CALL_VERB,
        _CALL_VERB_WORDS,
        _PHONE,
        _call_notice,
        _lowered,
        _number_to_call,
    )

    assert _call_notice(line) == bool(_CALL.search(line) and _CALL_ACCESS.search(line))
    low = _lowered(line)
    if low is not None and _CALL_VERB.search(line):
        assert any(word in low for word in _CALL_VERB_WORDS)
    if _PHONE.search(line) is None or _CALL_VERB.search(line) is None:
        assert not _number_to_call(line)


RELEASE_WITH_BOILERPLATE = """\
Harbor Water Utility names new director

SPRINGDALE, Ore., May 6, 2026 /PRNewswire/ -- The Harbor Water Utility today named Ana Reyes its director after a search that lasted six months.

Reyes served 12 years as chief engineer of a neighboring district.

About Harbor Water Utility
Harbor Water Utility serves about 80,000 homes in three counties.
It was founded in 1931 and employs 450 people.

Forward-Looking Statements
This release holds statements about plans that face 5 kinds of risk.

Media contact: Lee Park, press@harbor.example
"""


def test_a_release_about_section_is_boilerplate():
    """An "About <Name>" section of a release, and the statements and contact after it, are furniture."""
    (source,) = reconcile.read(RELEASE_WITH_BOILERPLATE)
    assert kinds_at(source, "Reyes served 12 years") == {"body"}
    for phrase in (
        "About Harbor Water Utility",
        "serves about 80,000 homes",
        "employs 450 people",
        "Forward-Looking Statements",
        "face 5 kinds of risk",
        "Media contact",
    ):
        assert kinds_at(source, phrase) == {"furniture"}, phrase
    quoted = {source.quote(c.span) for c in reconcile.extract(source)}
    assert not any(q for q in quoted if "80,000" in q or "450" in q or "three" in q)


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("About the Harbor Water Utility: The utility serves about 80,000 homes.", "furniture"),
        ("About 80,000 homes lost water for two hours on Monday, the utility said.", "body"),
        ("About half of the homes lost water for two hours on Monday, the utility said.", "body"),
    ],
)
def test_an_about_paragraph_is_boilerplate_only_when_it_names_the_issuer(paragraph, kind):
    """ "About the X: ..." opening a paragraph is a release's boilerplate; "About 80,000 ..." is news."""
    (source,) = reconcile.read(
        "Water restored in Springdale\n\nCrews restored water to the east side on Tuesday after a"
        f" main broke, the utility said.\n\n{paragraph}\n"
    )
    assert kinds_at(source, paragraph) == {kind}


@pytest.mark.parametrize("title", ["Staff Writer", "Senior Reporter", "Health Correspondent"])
def test_a_job_title_in_a_byline_is_no_outlet(title):
    """ "By Jane Doe | Staff Writer" names the writer's job; the masthead above names the outlet."""
    (source,) = reconcile.read(
        f"The Eastport Chronicle\nPublished: 4 May 2026\n\nTrail Closed After Rockslide\n\n"
        f"By Jane Doe | {title}\n\nA rockslide closed the north trail on Tuesday, rangers said.\n"
    )
    assert source.outlet == "The Eastport Chronicle"
    (source,) = reconcile.read(
        f"Trail Closed After Rockslide\nBy Jane Doe | {title}\n\n"
        "A rockslide closed the north trail on Tuesday, rangers said.\n"
    )
    assert source.outlet is None


RELEASE_WITH_TERMS = """\
Harbor Bus Drivers Local 88
NEWS RELEASE
FOR IMMEDIATE RELEASE: May 6, 2026

Drivers approve new contract with the transit board

SPRINGDALE — Bus drivers approved a three-year contract with the transit board on Tuesday, ending a dispute that lasted eight months.

The contract includes:

- A 9 percent raise over the term of the deal, with 3% in the first year
- Better break rooms at the depots
- The board will hire 40 more drivers by the end of 2027

Drivers will return to their normal schedules on Monday.

About Lane & Hill LLP
Lane & Hill LLP has advised unions since 1990 and has 12 lawyers in two offices.
"""


def test_a_release_list_of_terms_is_story_text():
    """Bullet items in running words that state a value are body; the line that opens the list too."""
    (source,) = reconcile.read(RELEASE_WITH_TERMS)
    for phrase in ("The contract includes:", "A 9 percent raise", "hire 40 more drivers"):
        assert kinds_at(source, phrase) == {"body"}, phrase
    quoted = {source.quote(c.span) for c in reconcile.extract(source)}
    assert any("9 percent" in q for q in quoted)
    assert any("40" in q for q in quoted)


def test_a_list_of_headlines_after_a_story_stays_furniture():
    """Title Case items, or items without a number, are a list of links, not the story's terms."""
    (source,) = reconcile.read(
        "Water restored in Springdale\n\nCrews restored water to the east side on Tuesday after"
        " a main broke, the utility said.\n\n- Storm Damage Closes 3 Schools In The Valley\n"
        "- Council to vote on the budget\n- Where to find sandbags this week\n"
    )
    for phrase in ("Storm Damage", "Council to vote", "find sandbags"):
        assert kinds_at(source, phrase) == {"furniture"}, phrase


def test_a_release_label_before_a_date_dates_the_release():
    """ "FOR IMMEDIATE RELEASE: May 6, 2026" is a header line; its date is the publication date."""
    (source,) = reconcile.read(RELEASE_WITH_TERMS)
    assert source.published == dt.date(2026, 5, 6)
    assert kinds_at(source, "FOR IMMEDIATE RELEASE") == {"header"}


@pytest.mark.parametrize(
    ("first", "outlet"),
    [
        ("Harbor Bus Drivers Local 88", "Harbor Bus Drivers Local 88"),
        ("Lane & Hill LLP", "Lane & Hill LLP"),
        ("Drivers Win. Board Pays", None),
    ],
)
def test_the_name_above_a_release_label_is_the_outlet(first, outlet):
    """An organisation named alone above "NEWS RELEASE" issues it, whatever its head noun."""
    (source,) = reconcile.read(RELEASE_WITH_TERMS.replace("Harbor Bus Drivers Local 88", first))
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("header", "published", "place"),
    [
        ("NEWS RELEASE\nMAPLE FALLS, June 2, 2026", dt.date(2026, 6, 2), "Maple Falls"),
        (
            "NEWS RELEASE\nMAPLE FALLS, Ore., June 2, 2026 \u2014",
            dt.date(2026, 6, 2),
            "Maple Falls, Ore.",
        ),
        ("FOR IMMEDIATE RELEASE\nJune 2, 2026\nMAPLE FALLS", dt.date(2026, 6, 2), "Maple Falls"),
        ("PRESS RELEASE\nMAPLE FALLS \u2014", None, "Maple Falls"),
        ("NEWS RELEASE\nMAPLE FALLS, June 2", None, None),
    ],
)
def test_a_release_dateline_on_its_own_line(header, published, place):
    """A place in capitals on its own line under a release's label is its dateline, not furniture."""
    text = (
        f"Maple County Water Board\n{header}\n\nBoard Lifts Boil Order\n\n"
        "The board lifted the boil order on Monday after 12 clean tests.\n"
    )
    (source,) = reconcile.read(text)
    assert (source.published, source.place) == (published, place)
    if place is not None:
        assert kinds_at(source, "MAPLE FALLS") == {"header"}
    assert kinds_at(source, "12 clean tests") == {"body"}


@pytest.mark.parametrize(
    ("ending", "published"),
    [
        ("\u00a9 2026 Harbor Wire. All rights reserved.", dt.date(2026, 5, 4)),
        ("Copyright 2025 Harbor Wire", dt.date(2025, 5, 4)),
        ("\u00a9 2019-2026 Harbor Wire", None),
        ("\u00a9 2026 Harbor Wire\n\nCopyright 2025 Harbor Wire", None),
        ("", None),
    ],
)
def test_a_dateline_without_a_year_takes_the_copyright_year(ending, published):
    """ "LONDON, May 4 (UPI) -" takes its year from the page's one copyright year, else none."""
    text = (
        "Ferry Runs Aground\n\nLONDON, May 4 (UPI) - A ferry carrying 80 people ran aground"
        " on Friday, the coast guard said.\n\nNobody was hurt.\n\n" + ending + "\n"
    )
    (source,) = reconcile.read(text)
    assert source.published == published
    assert ("published" in source.detected) == (published is not None)


def test_a_dateline_without_a_year_takes_a_full_date_of_the_same_day():
    """A full date on the dateline's month and day elsewhere in the text gives its year."""
    text = (
        "LONDON, May 4 (UPI) - The strike that began on May 4, 2026, closed 12 ports.\n\n"
        "A similar strike on June 1, 2019, closed three.\n"
    )
    (source,) = reconcile.read(text)
    assert source.published == dt.date(2026, 5, 4)
    (other,) = reconcile.read(text.replace("May 4, 2026", "May 5, 2026"))
    assert other.published is None  # a different day says nothing of the dateline's year


@pytest.mark.parametrize(
    ("top", "foot", "published"),
    [
        # A stamp of the header on another day gives the year; the dateline gives the day.
        ("Updated March 4, 2026 9:00 a.m.\n\n", "", dt.date(2026, 3, 3)),
        ("Updated: 9:40 AM CST March 4, 2026\n\n", "", dt.date(2026, 3, 3)),
        # The year that puts the dateline's day nearest the stamp, across a new year.
        ("Updated Jan. 1, 2027\n\n", "", dt.date(2026, 3, 3)),
        # A stamp at the foot of the page, with or without a colon.
        ("", "Last updated: March 4, 2026 9:40 AM", dt.date(2026, 3, 3)),
        ("", "Updated March 5, 2026", dt.date(2026, 3, 3)),
        # Two stamps pointing to different years leave the year unknown.
        ("", "Updated March 5, 2026\n\nUpdated March 5, 2025", None),
        # No year anywhere on the page: unknown, never the clock's.
        ("", "", None),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_a_stamp_of_the_page(top, foot, published):
    """ "SPRINGDALE, Ill., March 3 (XNS) -" is published March 3 of the year the page's own stamp shows."""
    if "Jan. 1, 2027" in top:
        dateline = "SPRINGDALE, Ill., Dec. 31 (XNS) -"
        published = dt.date(2026, 12, 31)
    else:
        dateline = "SPRINGDALE, Ill., March 3 (XNS) -"
    text = (
        f"Council Passes Budget\n{top}{dateline} The council passed a budget of $4 million"
        f" on Tuesday, the mayor said.\n\nThe vote was 6-1.\n\n{foot}\n"
    )
    (source,) = reconcile.read(text)
    assert (source.outlet, source.place, source.published) == ("XNS", "Springdale, Ill.", published)
    assert kinds_at(source, dateline) == {"header"}
    if top:
        assert kinds_at(source, top.strip()) == {"header"}
    assert kinds_at(source, "$4 million") == {"body"}


@pytest.mark.parametrize(
    ("stamp", "dateline", "place"),
    [
        ("May 18, 2026 | Updated 7:45 a.m.", "TULSA \u2014", "Tulsa"),
        ("Published May 18, 2026 | Updated 7:45 a.m. CDT", "TULSA, Okla. \u2014", "Tulsa, Okla."),
        (
            "Published 6:12 AM CDT May 18, 2026 \u2022 Updated 9:40 AM CDT",
            "TULSA, Okla. --",
            "Tulsa, Okla.",
        ),
        ("Last updated May 18, 2026 at 9:40 a.m.", "TULSA \u2014", "Tulsa"),
    ],
)
def test_a_date_line_with_an_update_time_is_the_header(stamp, dateline, place):
    """ "May 18, 2026 | Updated 7:45 a.m." dates the page and is header; the dateline under it gives the place."""
    text = (
        f"Storm Cuts Power\n{stamp}\n\n{dateline} A storm cut power to 4,000 homes on"
        " Sunday, the utility said.\n\nCrews worked through the night.\n"
    )
    (source,) = reconcile.read(text)
    assert (source.published, source.place) == (dt.date(2026, 5, 18), place)
    assert kinds_at(source, stamp) == {"header"}
    assert kinds_at(source, "Storm Cuts Power") == {"headline"}
    assert kinds_at(source, "4,000 homes") == {"body"}
    assert not [c for c in reconcile.extract(source) if "2026" in source.quote(c.span)]


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (
            "Updated: 9:40 AM CDT May 19, 2026 Posted: 6:12 AM CDT May 18, 2026",
            dt.date(2026, 5, 18),
        ),
        (
            "Updated May 19, 2026 at 9:40 a.m.\nPublished May 18, 2026 at 6:12 a.m.",
            dt.date(2026, 5, 18),
        ),
        ("Last Updated: May 19, 2026 | Posted: May 18, 2026", dt.date(2026, 5, 18)),
        ("Published 3 Sept 2026, 18:12 | Last updated 4 Sept 2026", dt.date(2026, 9, 3)),
        # An update stamp alone still dates the page, as a last resort.
        ("Last Updated: 9:40 AM CDT, May 19, 2026", dt.date(2026, 5, 19)),
    ],
)
def test_an_update_stamp_does_not_outrank_the_publication_date(header, published):
    """In "Updated: ... May 19 ... Posted: ... May 18", the page was published on May 18."""
    (source,) = reconcile.read(f"Crash Closes Highway\n{header}\n\n{STORY}")
    assert source.published == published
    for line in header.split("\n"):
        assert kinds_at(source, line) == {"header"}, line


@pytest.mark.parametrize(
    ("top", "outlet", "published", "place"),
    [
        ("DENVER, Sept. 3 (AP) \u2014 ", "AP", dt.date(2026, 9, 3), "Denver"),
        ("DENVER, Sep 3 (XNS) -- ", "XNS", dt.date(2026, 9, 3), "Denver"),
        ("DENVER, 3 Sept (XNS) -- ", "XNS", dt.date(2026, 9, 3), "Denver"),
        ("DENVER, Colo., Sept. 3 (XNS) \u2014 ", "XNS", dt.date(2026, 9, 3), "Denver, Colo."),
        (
            "Crash Closes Highway\nPosted: 6:12 PM, Sep 3, 2026\n\nDENVER (XNS) -- ",
            "XNS",
            dt.date(2026, 9, 3),
            "Denver",
        ),
        (
            "Crash Closes Highway\nPosted: Sept. 3, 2026 6:12 PM EDT Updated: Sept. 4, 2026 8:01 AM EDT\n\nDENVER (AP) \u2014 ",
            "AP",
            dt.date(2026, 9, 3),
            "Denver",
        ),
        (
            "Crash Closes Highway\nUpdated 8:01 AM EDT Sept. 4, 2026\n\nDENVER, Sept. 3 (XNS) \u2014 ",
            "XNS",
            dt.date(2026, 9, 3),
            "Denver",
        ),
        (
            "Crash Closes Highway\nSept. 3, 2026 | Updated 8:01 a.m.\n\nDENVER, Colo. -- ",
            None,
            dt.date(2026, 9, 3),
            "Denver, Colo.",
        ),
    ],
)
def test_wire_and_station_page_tops(top, outlet, published, place):
    """Datelines with "(AP) —" or "(XNS) --", month names with and without a stop, and station stamps."""
    text = f"{top}{STORY}\n\u00a9 2026 Harbor Wire Service\n"
    (source,) = reconcile.read(text)
    assert (source.outlet or None, source.published, source.place) == (
        outlet or "Harbor Wire Service",
        published,
        place,
    )
    assert kinds_at(source, "12 acres") == {"body"}
    check_layout(source)


@pytest.mark.parametrize(
    "line",
    [
        (
            "Crash Closes Highway Posted: Monday, May 18, 2026 6:12 AM CDT Updated: Monday,"
            " May 18, 2026 9:40 AM CDT"
        ),
        "UPDATE: Crash closes highway on Route 9 POSTED: 6:12 AM CDT May 18, 2026",
    ],
)
def test_a_stamp_run_onto_the_headline_is_split_off(line):
    """ "Crash Closes Highway Posted: Monday, May 18, 2026 ..." is a headline, then the page's stamp."""
    (source,) = reconcile.read(f"{line}\n\n{STORY}")
    assert source.published == dt.date(2026, 5, 18)
    head, _, stamp = line.partition(" Posted:" if " Posted:" in line else " POSTED:")
    assert kinds_at(source, head) == {"headline"}
    assert kinds_at(source, stamp.strip()) == {"header"}
    assert not [c for c in reconcile.extract(source) if "2026" in source.quote(c.span)]
    check_layout(source)


@pytest.mark.parametrize(
    "line",
    [
        "The list of closures was Posted: May 18, 2026.",
        "Crash Closes Highway Posted: near the exit, a sign warned drivers",
    ],
)
def test_a_sentence_with_a_posted_label_is_no_headline_stamp(line):
    """A label inside a sentence, or one followed by no date, splits nothing and dates nothing."""
    (source,) = reconcile.read(f"{line}\n\n{STORY}")
    assert source.published is None
    assert all(zone.kind != "header" for zone in source.zones)


@pytest.mark.parametrize("stamp", ["UPDATED: 9 P.M.", "Updated 7:45 a.m."])
def test_a_time_stamp_alone_is_a_header_line(stamp):
    """ "UPDATED: 9 P.M." under the date is the page's stamp: the dateline below it is still read."""
    text = (
        f"May 18, 2026 6:12 AM\n\n{stamp}\n\nTULSA, Okla. (XNS) \u2014 Two people were hurt"
        " on Monday in a crash on the highway, police said.\n"
    )
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published, source.place) == (
        "XNS",
        dt.date(2026, 5, 18),
        "Tulsa, Okla.",
    )
    assert kinds_at(source, stamp) == {"header"}
    assert not [c for c in reconcile.extract(source) if source.quote(c.span).startswith(("9", "7"))]


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("story updated at 9:40am on May 18, 2026", dt.date(2026, 5, 18)),
        ("This story was last updated May 19, 2026\nPosted May 18, 2026", dt.date(2026, 5, 18)),
    ],
)
def test_a_stamp_naming_the_story_is_a_header_line(stamp, published):
    """ "story updated at 9:40am on May 18, 2026" under the headline is a stamp, not a wrapped headline."""
    (source,) = reconcile.read(f"Crash closes highway\n{stamp}\n\n{STORY}")
    assert source.published == published
    assert kinds_at(source, "Crash closes highway") == {"headline"}
    for line in stamp.split("\n"):
        assert kinds_at(source, line) == {"header"}, line


@pytest.mark.parametrize("line", ["**Published: May 18, 2026**", "_Updated 7:45 a.m._"])
def test_a_header_line_in_markdown_emphasis_is_header_whole(line):
    """The emphasis marks of a header line do not cut its end off into another zone."""
    (source,) = reconcile.read(f"# Crash Closes Highway\n\nMay 18, 2026\n\n{line}\n\n{STORY}")
    assert source.published == dt.date(2026, 5, 18)
    assert kinds_at(source, line) == {"header"}
    check_layout(source)


def test_a_byline_outlet_keeps_its_channel_number():
    """ "By Jane Doe | Harbor 4 News | Posted: May 18, 2026" names the station with its number."""
    (source,) = reconcile.read(
        f"Crash Closes Highway\nBy Jane Doe | Harbor 4 News | Posted: May 18, 2026\n\n{STORY}"
    )
    assert (source.outlet, source.published) == ("Harbor 4 News", dt.date(2026, 5, 18))


def test_a_masthead_in_capitals_is_not_a_place():
    """A first line in capitals with no header evidence above it names no dateline place."""
    (source,) = reconcile.read(
        "THE VALLEY STAR\nPublished: June 2, 2026\n\nBoard Lifts Boil Order\n\n"
        "The board lifted the boil order on Monday after 12 clean tests.\n"
    )
    assert source.place is None
    assert source.published == dt.date(2026, 6, 2)


@pytest.mark.parametrize(
    ("tag", "outlet"), [("HNS", "Harbor News Service"), ("HN", "Harbor News Service"), ("XQ", "XQ")]
)
def test_a_dateline_abbreviation_yields_to_the_masthead_it_abbreviates(tag, outlet):
    """ "(HNS)" in a dateline under the masthead "Harbor News Service" is that name, in full."""
    (source,) = reconcile.read(
        "Harbor News Service\nMay 6, 2026\n\nDrivers Approve Contract\n\n"
        f"SPRINGDALE, Ore. ({tag}) — Bus drivers approved a three-year contract on Tuesday.\n"
    )
    assert source.outlet == outlet


@pytest.mark.parametrize("name", ["Coastal News Service", "Coastal Wire Service"])
def test_a_dateline_abbreviation_yields_to_the_outlet_printed_under_the_byline(name):
    """ "By Jane Doe" over "Coastal News Service" over "(CNS)": the outlet in full, and the
    outlet's line is a header line, not the headline above it."""
    tag = "".join(word[0] for word in name.split())
    (source,) = reconcile.read(
        f"Ferry Runs Aground Off Pine Point\n\nBy Jane Doe\n{name}\n"
        "Published May 6, 2026\n\n"
        f"PINE POINT, Maine ({tag}) — A ferry ran aground on Tuesday with 80 people aboard.\n"
    )
    assert source.outlet == name
    assert kinds_at(source, "Ferry Runs Aground") == {"headline"}
    assert "headline" not in kinds_at(source, name)


def test_an_about_heading_naming_a_firm_with_an_ampersand_is_boilerplate():
    """ "About Lane & Hill LLP" opens the issuer's description, as "About Acme" does."""
    (source,) = reconcile.read(RELEASE_WITH_TERMS)
    assert kinds_at(source, "About Lane & Hill LLP") == {"furniture"}
    assert kinds_at(source, "12 lawyers") == {"furniture"}
    assert kinds_at(source, "normal schedules") == {"body"}


# --- the sixth user test: page ages, share buttons, credits, call notices, issuers ---------


@pytest.mark.parametrize(
    "stamp",
    [
        "Published: May 4, 2026 at 9:10 AM EDT | Updated: 2 hours ago",
        "May 4, 2026 9:10 AM EDT Updated 3 hours ago",
        "Published: May 4, 2026 | Updated: 45 mins ago",
        "May 4, 2026 | just now",
    ],
)
def test_a_date_line_with_the_page_age_is_the_header(stamp):
    """ "Updated: 2 hours ago" beside the date is the page's age: the line dates the story."""
    (source,) = reconcile.read(
        f"Harbor Courier\n\nFerry Runs Aground Off Point Reyes\n\nBy Jane Doe\n{stamp}\n\n"
        "A ferry carrying 80 people ran aground on Sunday, the coast guard said.\n"
    )
    assert source.published == dt.date(2026, 5, 4)
    assert kinds_at(source, stamp) == {"header"}
    assert kinds_at(source, "Ferry Runs Aground") == {"headline"}
    claims = {source.quote(c.span): c for c in reconcile.extract(source)}
    assert claims["Sunday"].value.start == dt.date(2026, 5, 3)
    assert not any("2026" in q for q in claims)


@pytest.mark.parametrize("stamp", ["Updated: 2 hours ago", "Last updated: 3 days ago"])
def test_a_page_age_alone_is_furniture(stamp):
    """ "Updated: 2 hours ago" on its own line is a page stamp, neither headline nor story."""
    (source,) = reconcile.read(
        f"Ferry Runs Aground\n{stamp}\n\n"
        "A ferry carrying 80 people ran aground on Sunday, the coast guard said.\n"
    )
    assert kinds_at(source, stamp) == {"furniture"}
    assert kinds_at(source, "Ferry Runs Aground") == {"headline"}


@pytest.mark.parametrize(
    "buttons",
    [
        "[Facebook] [X] [Email] [Copy Link]",
        "[Share] [Print]",
        "[Comments], [Save]",
        "Facebook Twitter Email",
        "Share on Facebook, X or WhatsApp",
        "Share  Print  Save",
    ],
)
def test_share_buttons_are_furniture_not_the_headline(buttons):
    """A row of share buttons under a quoted headline is furniture; the headline stays one."""
    headline = "'We lost everything': Flood leaves 40 homes empty"
    (source,) = reconcile.read(
        f"{headline}\n\nBy Jane Doe\n\n{buttons}\n\n"
        "SPRINGDALE (KXYZ) - The river flooded 40 homes on Tuesday, the county said.\n"
    )
    assert kinds_at(source, buttons) == {"furniture"}
    assert kinds_at(source, headline) == {"headline"}


def test_a_share_row_does_not_end_the_story():
    """Share buttons between paragraphs interrupt the story; the paragraph after is body."""
    (source,) = reconcile.read(
        "Flood Leaves Homes Empty\n\nThe river flooded 40 homes on Tuesday, the county said.\n\n"
        "[Facebook] [Email]\n\nCrews pumped water.\n"
    )
    assert kinds_at(source, "Crews pumped water.") == {"body"}


@pytest.mark.parametrize(
    "credit_line",
    [
        "(Reporting by Jane Doe in Springdale; Editing by John Roe)",
        (
            "(Reporting by Jane Doe in Springdale and Ann Poe in Harbor City; Additional"
            " reporting by Lee Park; Writing by Sam Moe; Editing by John Roe and Ted Low)"
        ),
        "[Compiled by Jane Doe]",
    ],
)
def test_a_wire_story_credits_in_brackets_end_it(credit_line):
    """ "(Reporting by ...; Editing by ...)" ends a wire story; a short line after it is page text."""
    (source,) = reconcile.read(
        "Port Strike Ends\n\nSPRINGDALE, May 4 (Reuters) - Dock workers ended a strike on"
        f" Tuesday, the union said.\n\n{credit_line}\n\nOur Standards: The Trust Principles.\n"
    )
    assert kinds_at(source, credit_line) == {"furniture"}
    assert kinds_at(source, "Our Standards") == {"furniture"}


def test_a_sentence_about_reporting_stays_body():
    """A paragraph that opens "Reporting by ..." without brackets is the story's own words."""
    text = (
        "Port Strike Ends\n\nDock workers ended a strike on Tuesday, the union said.\n\n"
        "Reporting by the Harbor Courier found that 12 cranes stood idle for a week.\n"
    )
    (source,) = reconcile.read(text)
    assert kinds_at(source, "12 cranes") == {"body"}


EARNINGS_RELEASE = """\
Harbor Tools Reports First Quarter Results

SPRINGDALE, Ore., May 4, 2026 /PRNewswire/ -- Harbor Tools Inc. today reported revenue of $1.2 billion for the first quarter ended March 31, 2026.

The company will cut 300 jobs, it said.

{call}

About Harbor Tools
Harbor Tools Inc. makes hand tools and employs 9,000 people.
"""


@pytest.mark.parametrize(
    "call",
    [
        (
            "Conference Call\nHarbor Tools will host a conference call at 8:30 a.m. ET today."
            " A replay will be available for 30 days."
        ),
        "Conference Call and Webcast\nManagement will discuss the results at 9 a.m. ET today.",
        (
            "Harbor Tools will host a conference call at 8:30 a.m. ET today. A replay will be"
            " available for 30 days on the company's investor relations website."
        ),
        "The webcast begins at 9 a.m. ET today; dial-in details are on the company's website.",
    ],
)
def test_a_release_conference_call_notice_is_furniture(call):
    """A release's conference-call section, or a paragraph with the call's replay or dial-in, is
    furniture: its time and "30 days" are no claims."""
    (source,) = reconcile.read(EARNINGS_RELEASE.format(call=call))
    assert kinds_at(source, call.splitlines()[-1]) == {"furniture"}
    assert kinds_at(source, "cut 300 jobs") == {"body"}
    quoted = {source.quote(c.span) for c in reconcile.extract(source)}
    assert "30 days" not in quoted
    assert "today" not in {q for q in quoted if "call" in q}
    assert not any("a.m." in q for q in quoted)


def test_a_conference_call_in_the_news_stays_body():
    """A story's sentence about what was said on a call, without dial-in or replay, is body."""
    (source,) = reconcile.read(
        EARNINGS_RELEASE.format(
            call="On a conference call with analysts, the chief executive said 40 stores would"
            " close this year."
        )
    )
    assert kinds_at(source, "40 stores") == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Anyone with information should call the sheriff's office at 555-123-4567.",
        "Residents with questions may call 555-0110 weekdays from 8 a.m. to 5 p.m.",
        "Call (503) 555-0142 Monday through Friday for help.",
        "Tipsters can contact Crime Stoppers at 1-800-555-TIPS.",
    ],
)
def test_a_number_to_call_is_furniture(line):
    """One sentence giving a telephone number to call is contact information, not the story."""
    (source,) = reconcile.read(
        f"Bridge Closed\n\nSPRINGDALE - The bridge closed on Tuesday after a crash hurt 3 people."
        f"\n\n{line}\n\nCrews will inspect it on Friday, the county said.\n"
    )
    assert kinds_at(source, line) == {"furniture"}
    assert kinds_at(source, "Crews will inspect it") == {"body"}


@pytest.mark.parametrize(
    "line",
    [
        "Detectives are looking into all three crashes and ask anyone to call 555-0110.",
        "Police ask anyone who saw the crash Sunday to call 555-0110.",
        "Call 555-0110. The line opened with 20 operators.",
        "The hotline, 555-0110, took 300 calls on Monday.",
    ],
)
def test_a_number_to_call_with_story_text_stays_body(line):
    """A line that also counts or dates something, or is more than the request, stays body."""
    (source,) = reconcile.read(
        f"Bridge Closed\n\nSPRINGDALE - The bridge closed on Tuesday after a crash hurt 3 people."
        f"\n\n{line}\n"
    )
    assert kinds_at(source, line) == {"body"}


RELEASE_WITHOUT_DISTRIBUTOR = """\
FOR IMMEDIATE RELEASE

Harbor Ridge Water Company Statement on Main Break

SPRINGDALE, Ore., May 4, 2026 — Harbor Ridge Water Company today confirmed that 1,200 homes lost water after a main broke on May 3.

Crews restored service to 900 homes by noon.
{about}
Media Contact:
Lee Park
(503) 555-0187
"""
ABOUT_SECTION = """
About Harbor Ridge Water Company
Harbor Ridge Water Company serves 80,000 homes in three counties.
"""


@pytest.mark.parametrize(
    ("about", "outlet"),
    [
        (ABOUT_SECTION, "Harbor Ridge Water Company"),
        ("", "Harbor Ridge Water Company"),  # the name opening both the title and the lead
        ("\nAbout the Author\nLee Park writes about water.\n", "Harbor Ridge Water Company"),
    ],
)
def test_a_release_without_a_distributor_is_issued_by_the_company_it_names(about, outlet):
    """The issuer a release names in its title and lead, or in "About <Name>", is the outlet."""
    (source,) = reconcile.read(RELEASE_WITHOUT_DISTRIBUTOR.format(about=about))
    assert source.outlet == outlet
    assert "outlet" in source.detected
    assert source.place == "Springdale, Ore."


def test_an_about_section_names_the_issuer_without_a_release_label():
    """Without a release label, the "About" section's name, named in the title, is the outlet."""
    text = RELEASE_WITHOUT_DISTRIBUTOR.format(about=ABOUT_SECTION).replace(
        "FOR IMMEDIATE RELEASE\n\n", ""
    )
    (source,) = reconcile.read(text.replace("Harbor Ridge Water Company today", "The utility"))
    assert source.outlet == "Harbor Ridge Water Company"


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Water Main Breaks in Springdale", "Harbor Ridge Water Company today"),  # not in title
        ("Harbor Ridge Water Company Statement on Main Break", "On Monday, the company"),
    ],
)
def test_a_release_names_no_issuer_without_a_name_in_title_and_lead(title, lead):
    """Without an "About" section, a name only in the title or only in the lead is no outlet."""
    text = RELEASE_WITHOUT_DISTRIBUTOR.format(about="")
    text = text.replace("Harbor Ridge Water Company Statement on Main Break", title)
    (source,) = reconcile.read(text.replace("Harbor Ridge Water Company today", lead))
    assert source.outlet is None


def test_a_news_page_with_an_about_the_author_box_names_no_outlet():
    """ "About the Author" names a writer, not the outlet, even when the story names them."""
    (source,) = reconcile.read(
        "Author Wins Prize\n\nThe Author of a novel about a harbor won a prize of $5,000 on"
        " Monday, the jury said.\n\nAbout the Author\nJane Doe covers books.\n"
    )
    assert source.outlet is None


def test_a_name_in_capitals_takes_the_page_spelling():
    """An issuer printed in capitals above the label is named as the page spells it in the text."""
    (source,) = reconcile.read(
        "CITY OF HARBOR FALLS\nNEWS RELEASE\nMay 4, 2026\n\nCity of Harbor Falls Opens Park\n\n"
        "The City of Harbor Falls opened a park of 12 acres on Monday.\n"
    )
    assert source.outlet == "City of Harbor Falls"
    (shouted,) = reconcile.read(
        "HARBOR FALLS WATER BOARD\nNEWS RELEASE\nMay 4, 2026\n\nPark Opens\n\n"
        "The board opened a park of 12 acres on Monday.\n"
    )
    assert shouted.outlet == "HARBOR FALLS WATER BOARD"  # no other spelling on the page


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("HARBOR CITY, Ore., May 4, 2026 —", "Harbor City, Ore."),
        ("HARBOR CITY, Ore. —", "Harbor City, Ore."),
        ("HARBOR CITY, Tuesday —", "Harbor City"),
        ("HARBOR CITY, May 4 —", "Harbor City"),
        ("HARBOR CITY —", "Harbor City"),
    ],
)
def test_a_dash_dateline_keeps_its_state(dateline, place):
    """ "HARBOR CITY, Ore. —" opening a paragraph places the story in "Harbor City, Ore."."""
    (source,) = reconcile.read(f"{dateline} The board opened a park of 12 acres on Monday.\n")
    assert source.place == place


def test_a_name_in_capitals_keeps_them_against_words_in_lowercase():
    """ "THE EVENING STAR" is not respelled from "the evening star" in a sentence."""
    (source,) = reconcile.read(
        "THE EVENING STAR\nNEWS RELEASE\nMay 4, 2026\n\nPark Opens\n\n"
        "Crowds watched the evening star rise over a park of 12 acres on Monday.\n"
    )
    assert source.outlet == "THE EVENING STAR"


@pytest.mark.parametrize(("label", "outlet"), [("", None), ("NEWS RELEASE\n\n", "Springdale")])
def test_a_one_word_about_name_needs_a_release_label(label, outlet):
    """ "About Springdale" after a news story names the town, not an issuer; under a label it may."""
    (source,) = reconcile.read(
        f"{label}Springdale Opens a Park\n\nThe town opened a park of 12 acres on Monday, the"
        " mayor said.\n\nAbout Springdale\nSpringdale has 9,000 residents.\n"
    )
    assert source.outlet == outlet


# --- source metadata of pages and releases nobody tuned for (branch ing16) -----------------------

STORY = (
    "The board opened a park of 12 acres on Monday, the mayor said.\n\n"
    "Crews will plant 300 trees there next spring, officials said.\n"
)


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("Published on 13/10/2026 at 14:26 - Updated 13/10/2026 at 17:02", dt.date(2026, 10, 13)),
        ("Updated: 10/13/2026 10:24 PM", dt.date(2026, 10, 13)),
        ("Published 13.10.2026", dt.date(2026, 10, 13)),
        ("Posted Tuesday 06/10/2026", dt.date(2026, 10, 6)),
        ("Posted 06/10/2026 | Updated 06/13/2026", dt.date(2026, 6, 10)),
        ("Posted 05/05/2026", dt.date(2026, 5, 5)),
        ("Posted 06/10/2026", None),
        ("Posted 06/10/2026 | Updated Oct. 7, 2026", None),
    ],
)
def test_a_numeric_date_line_dates_the_page_in_the_order_it_shows(stamp, published):
    """ "13/10/2026" is day first and "10/13/2026" month first; "06/10/2026" only with a hint."""
    (source,) = reconcile.read(f"Park opens on the river\n{stamp}\n\n{STORY}")
    assert source.published == published
    assert kinds_at(source, stamp) == {"header"}


def test_a_numeric_date_in_the_story_dates_nothing():
    """A numeric date inside a sentence is the story's, not the page's."""
    (source,) = reconcile.read("The park opened on 13/10/2026, the mayor said on Monday.\n")
    assert source.published is None


@pytest.mark.parametrize(
    "lead",
    [
        "HARBOR CITY, Ore. \u2013 May 4, 2026 \u2013 ",
        "HARBOR CITY, Ore. \u2014 May 4, 2026 \u2014 ",
        "HARBOR CITY, Ore. - May 4, 2026 - ",
        "HARBOR CITY -- May 4, 2026 -- ",
    ],
)
def test_a_date_between_the_dashes_of_a_release_dateline_dates_it(lead):
    """ "HARBOR CITY, Ore. – May 4, 2026 – The ..." gives the place and the date; the date is header."""
    text = f"Harbor Water Utility\nPress Release\n\nUtility Opens Park\n\n{lead}{STORY}"
    (source,) = reconcile.read(text)
    assert source.published == dt.date(2026, 5, 4)
    assert source.place.startswith("Harbor City")
    assert kinds_at(source, "May 4, 2026") == {"header"}
    assert kinds_at(source, "12 acres") == {"body"}


def test_a_dash_dateline_followed_by_prose_between_hyphens_takes_no_date():
    """ "HARBOR CITY - Officials - who met Monday - said" has a place and no date."""
    (source,) = reconcile.read(
        "HARBOR CITY - Officials - who met on May 4, 2026 - said the park of 12 acres opened.\n"
    )
    assert (source.place, source.published) == ("Harbor City", None)


@pytest.mark.parametrize(
    ("label", "published", "place"),
    [
        ("PRESS RELEASE\n\n", dt.date(2026, 5, 4), "Harbor City"),
        ("", None, None),
    ],
)
def test_a_place_in_title_case_with_a_full_date_under_a_release_label(label, published, place):
    """ "Harbor City, 4 May 2026" under "PRESS RELEASE" is the release's dateline; alone it is not."""
    (source,) = reconcile.read(f"{label}Harbor City, 4 May 2026\n\nUtility Opens Park\n\n{STORY}")
    assert (source.published, source.place) == (published, place)


@pytest.mark.parametrize(
    ("notice", "outlet"),
    [
        (
            "Copyright \u00a9 2026 Harbor 9 South Coast. All rights reserved.",
            "Harbor 9 South Coast",
        ),
        ("\u00a9 2026 KHRB Harbor 12.", "KHRB Harbor 12"),
        ("\u00a9 2026 Harbor Courier 2,000 words.", "Harbor Courier"),
    ],
)
def test_a_copyright_holder_keeps_its_channel_number(notice, outlet):
    """ "© 2026 Harbor 9 South Coast" names that station, not "Harbor"."""
    (source,) = reconcile.read(f"Park opens on the river\n\n{STORY}\n{notice}\n")
    assert source.outlet == outlet


def test_a_masthead_keeps_its_channel_number():
    """A first line "Harbor 9 News" above the headline is the outlet with its number."""
    (source,) = reconcile.read(
        f"Harbor 9 News\nWeather | Traffic\n\nPark Opens on the River\n\n{STORY}"
    )
    assert source.outlet == "Harbor 9 News"


@pytest.mark.parametrize(
    ("header", "outlet", "published", "place"),
    [
        ("(Reuters) - ", "Reuters", None, None),
        (
            "HARBOR CITY, Ore. (Harbor News Service) \u2014 ",
            "Harbor News Service",
            None,
            "Harbor City, Ore.",
        ),
        ("Park opens on the river\n\u2014 The Daily Harbor\n\n", "The Daily Harbor", None, None),
        (
            "Park opens on the river\nPosted 9:14 a.m. Tuesday, Oct. 6\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nBy Jane Doe | The Harbor Post | Oct. 6, 2026\n\n",
            "The Harbor Post",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nBy Jane Doe, The Harbor Post\nOctober 6, 2026\n\n",
            "The Harbor Post",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nBy JANE DOE\nThe Harbor Post\nOctober 6, 2026\n\n",
            "The Harbor Post",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nFirst published: Tue 6 Oct 2026 09.14 BST\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nPublished 6 April 2026, 09:14\n\n",
            "Harbor Courier",
            dt.date(2026, 4, 6),
            None,
        ),
        (
            "Park opens on the river\n2026-04-06T09:14:00Z\n\n",
            "Harbor Courier",
            dt.date(2026, 4, 6),
            None,
        ),
        (
            "Park opens on the river\nUpdated Oct. 6, 2026 at 5:02 pm ET\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nPosted by Jane Doe on 06 Oct 2026\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nby: Jane Doe, John Roe Updated: Oct 6, 2026 - 6:42 AM\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
        (
            "Park opens on the river\nBy Liz Doe, Phil Roe. CREATED Oct 6, 2026 - UPDATED: Oct 6, 2026\n\n",
            "Harbor Courier",
            dt.date(2026, 10, 6),
            None,
        ),
    ],
)
def test_common_header_shapes(header, outlet, published, place):
    """Wire tags, sign-off lines, bylines with outlets, and stamps in several orders give the page's metadata, as header."""
    text = f"{header}{STORY}\n\u00a9 2026 Harbor Courier\n"
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published, source.place) == (outlet, published, place)
    assert kinds_at(source, "12 acres") == {"body"}
    lines = [line for line in header.split("\n")[1:] if line.strip()]
    for line in lines:
        assert kinds_at(source, line) <= {"header", "furniture"}, line
    check_layout(source)


@pytest.mark.parametrize(
    "line",
    [
        "\u2014 Mayor Jane Doe",
        "\u2014 Harbor City Council",
        "\u2014 Park Opens Today",
    ],
)
def test_a_dash_line_naming_no_publication_names_no_outlet(line):
    """Under a headline, "— Mayor Jane Doe" or "— Harbor City Council" is no outlet's sign-off."""
    (source,) = reconcile.read(f"Park opens on the river\n{line}\n\n{STORY}")
    assert source.outlet is None


@pytest.mark.parametrize("line", ["Park Opens Today", "Jane Roe"])
def test_a_line_under_a_byline_is_an_outlet_only_by_its_name(line):
    """Under "By JANE DOE", "Park Opens Today" or a second name is no outlet."""
    (source,) = reconcile.read(
        f"Park opens on the river\nBy JANE DOE\n{line}\nOctober 6, 2026\n\n{STORY}"
    )
    assert source.outlet is None


@pytest.mark.parametrize(
    ("ending", "outlet"),
    [
        ("SOURCE Harbor Water Utility", "Harbor Water Utility"),
        ("SOURCE: Harbor Water Utility", "Harbor Water Utility"),
        ("SOURCE: officials said the park would open. It did.", None),
        ("Source: Harbor Water Utility", None),
    ],
)
def test_a_release_source_credit_names_its_issuer(ending, outlet):
    """A release's closing "SOURCE Harbor Water Utility" names the issuer when nothing else does."""
    (source,) = reconcile.read(f"Utility Opens Park\n\n{STORY}\n{ending}\n")
    assert source.outlet == outlet


def test_a_distributed_release_is_the_issuers_with_the_service_as_distributor():
    """A release sent out by a distribution service ("/PRNewswire/") is its issuer's
    statement: the outlet is the issuer its "SOURCE" credit or "About" section names, and
    ``detected`` says which service distributed it."""
    (source,) = reconcile.read(
        f"HARBOR CITY, Ore., Oct. 6, 2026 /PRNewswire/ -- {STORY}\nSOURCE Harbor Water Utility\n"
    )
    assert source.outlet == "Harbor Water Utility"
    assert DISTRIBUTED_BY + "PRNewswire" in source.detected
    assert "outlet" in source.detected
    (source,) = reconcile.read(RELEASE_WITH_BOILERPLATE)
    assert source.outlet == "Harbor Water Utility"
    assert "distributed by PRNewswire" in source.detected


def test_a_distributed_release_without_an_issuer_keeps_the_service():
    """With no issuer named anywhere, the distribution service stays the outlet; a given
    outlet is never replaced."""
    (source,) = reconcile.read(f"HARBOR CITY, Ore., Oct. 6, 2026 /PRNewswire/ -- {STORY}\n")
    assert source.outlet == "PRNewswire"
    assert not any(name.startswith(DISTRIBUTED_BY) for name in source.detected)
    (source,) = reconcile.read(
        {
            "text": RELEASE_WITH_BOILERPLATE,
            "id": "r",
            "outlet": "Harbor Post",
        }
    )
    assert source.outlet == "Harbor Post"
    assert source.detected == frozenset({"place", "published"})


def test_a_source_credit_replaces_the_distributor():
    """A release's distributor ("/PRNewswire/") gives way to the issuer its credit names.

    The service only sent the release (branch rel26; docs/accuracy.md); it stays named in
    the dateline zone's reason.
    """
    text = f"HARBOR CITY, Ore., Oct. 6, 2026 /PRNewswire/ -- {STORY}\nSOURCE Harbor Water Utility\n"
    (source,) = reconcile.read(text)
    assert source.outlet == "Harbor Water Utility"
    (dateline,) = [z for z in source.zones if "/PRNewswire/" in text[z.start : z.end]]
    assert dateline.kind == "header"
    assert "distributed by PRNewswire" in dateline.reason


def test_a_site_address_beside_the_page_date_names_the_outlet():
    """ "Created: 10/27/2026 8:14 AM HarborPost.com" is a header line naming the site as outlet."""
    (source,) = reconcile.read(
        f"Created: 10/27/2026 8:14 AM HarborPost.com\n\nPark opens\n\n{STORY}"
    )
    assert (source.outlet, source.published) == ("HarborPost.com", dt.date(2026, 10, 27))
    assert kinds_at(source, "HarborPost.com") == {"header"}


@pytest.mark.parametrize("first", ["Harbor Post", "Staff Report"])
def test_an_outlet_or_a_desk_with_a_date_is_no_place(first):
    """Under a release label, "Harbor Post, 4 May 2026" or "Staff Report, 4 May 2026" places nothing."""
    (source,) = reconcile.read(
        f"PRESS RELEASE\n\n{first}, 4 May 2026\n\nUtility Opens Park\n\n{STORY}"
    )
    assert source.place is None


def test_a_contributor_note_in_a_byline_names_no_outlet():
    """ "By Jane Doe, Special to the Harbor Times" names a contributor, not the outlet."""
    (source,) = reconcile.read(
        f"Park opens on the river\nBy Jane Doe, Special to the Harbor Times\nMay 4, 2026\n\n{STORY}"
    )
    assert (source.outlet, source.published) == (None, dt.date(2026, 5, 4))


# --- reports reconcile wrote, UTF-16 files -------------------------------------------------


def _folder_with_a_report(tmp_path: Path, name: str, text: str) -> Path:
    folder = tmp_path / "pile"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said four people were hurt.", encoding="utf-8")
    (folder / name).write_text(text, encoding="utf-8")
    return folder


_PAGE = (
    '<!DOCTYPE html>\n<html><head>\n<meta name="generator" content="reconcile 9.9">'
    "\n</head><body><p>Police said six people were hurt.</p></body></html>"
)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("report.html", _PAGE),
        ("report.md", "# reconcile report\n<!-- generator: reconcile 9.9 -->\n\nSix were hurt."),
        ("report.txt", "reconcile · 1 source · 1 fact: 0 conflicts\n\nSix people were hurt."),
    ],
)
def test_a_directory_skips_the_reports_reconcile_wrote_and_says_so(
    tmp_path: Path, name: str, text: str
):
    """A report written into the folder read (`-o dir/report.html`) is no article: skipped, named."""
    folder = _folder_with_a_report(tmp_path, name, text)
    with pytest.warns(SkippedFilesWarning, match=rf"the reports reconcile wrote \({name}"):
        assert [s.id for s in read(folder)] == ["a"]
    with pytest.raises(InvalidSourceError, match="is a report reconcile wrote, not an article"):
        read(folder / name)  # named itself: refused, saying why


def test_an_article_that_mentions_reconcile_is_still_read(tmp_path: Path):
    """Only the marks reconcile writes skip a file, not the word in an article or its page."""
    folder = _folder_with_a_report(
        tmp_path,
        "b.html",
        '<html><head><meta name="generator" content="WordPress 6.4"></head><body>'
        "<p>reconcile · 2 sources · the talks failed.</p><p>Six people were hurt.</p></body></html>",
    )
    assert [s.id for s in read(folder)] == ["a", "b"]


def test_a_directory_of_reports_only_says_so(tmp_path: Path):
    """When reconcile's own reports are all a folder holds, the error says that."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r.md").write_text("<!-- generator: reconcile 1 -->\n# reconcile report\n")
    with pytest.raises(InvalidSourceError, match=r"only the reports reconcile wrote r\.md"):
        read(folder)


def test_a_directory_of_sub_folders_says_to_pass_them(tmp_path: Path):
    """Folders cannot be converted to text: the error says to pass the sub-folders themselves."""
    (tmp_path / "monday").mkdir()
    (tmp_path / "tuesday").mkdir()
    with pytest.raises(InvalidSourceError, match="pass the sub-folders themselves") as caught:
        read(tmp_path)
    assert "convert" not in str(caught.value)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_its_mark_is_read(tmp_path: Path, codec: str):
    """A UTF-16 file that starts with its byte-order mark is text, not binary: it is read."""
    path = tmp_path / "notes.txt"
    text = "Police said 4 people were hurt in Zürich."
    data = text.encode(codec)
    path.write_bytes(data if codec == "utf-16" else b"\xfe\xff" + data)
    (source,) = read(path)
    assert source.text == text
    assert reconcile.extract(source)[0].text == "4 people"


def test_a_broken_utf16_file_is_called_utf16(tmp_path: Path):
    """A UTF-16 mark before bytes that are not UTF-16 gets a UTF-16 message, not "binary"."""
    path = tmp_path / "cut.txt"
    path.write_bytes(b"\xff\xfe" + "Rain fell.".encode("utf-16-le") + b"\x00\xdc")
    with pytest.raises(InvalidSourceError, match="not valid UTF-16; re-save it as UTF-8"):
        read(path)


def test_the_same_file_twice_is_said_to_be_given_twice(tmp_path: Path):
    """read([path, path]) names the one file given twice instead of asking for a rename."""
    path = tmp_path / "a.txt"
    path.write_text("Rain fell all day.", encoding="utf-8")
    with pytest.raises(InvalidSourceError, match="given twice") as caught:
        read([path, path])
    assert "rename" not in str(caught.value)


def test_a_skipped_files_warning_names_the_callers_line(tmp_path: Path) -> None:
    # The warning points at the user's own call, not at a line inside reconcile, whether it
    # came through reconcile.read or through compare_corpus (deeper in the package).
    (tmp_path / "a.txt").write_text("Police said 4 people were hurt on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 5 people were hurt Monday.\n", encoding="utf-8")
    (tmp_path / "rows.csv").write_text("x\n", encoding="utf-8")
    for call in (
        lambda: reconcile.read(tmp_path),
        lambda: list(reconcile.compare_corpus(tmp_path, progress=False)),
    ):
        with pytest.warns(SkippedFilesWarning) as caught:
            call()
        assert {w.filename for w in caught} == {__file__}


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Harbor Public Radio", "Harbor Public Radio"),
        ("Eastport Daily", "Eastport Daily"),
        ("Harbor Public Media", "Harbor Public Media"),
        ("Harbor Broadcasting", "Harbor Broadcasting"),
        ("Harbor News Network", "Harbor News Network"),
        ("Rockslide Closes Radio", None),  # a headline, a verb before the noun
        ("Trail Closed After Rockslide", None),  # a headline naming no publication
    ],
)
def test_a_masthead_over_a_date_line_without_a_headline_names_the_outlet(masthead, outlet):
    """A page's one title line right above its date line is the masthead when it names a paper."""
    text = masthead + "\nPublished: March 11, 2026" + BODY_AFTER_MASTHEAD
    (source,) = reconcile.read(text)
    assert source.outlet == outlet
    assert source.published == dt.date(2026, 3, 11)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Harbor Public Radio", "Harbor Public Radio"),
        ("Eastport Broadcasting", "Eastport Broadcasting"),
        ("Harbor Weekly", "Harbor Weekly"),
    ],
)
def test_a_masthead_above_the_headline_may_be_a_station_or_a_weekly(masthead, outlet):
    """ "Radio", "Broadcasting", "Media" and "Weekly" are the head nouns of publications."""
    (source,) = reconcile.read(masthead + "\nTrail Closed After Rockslide" + BODY_AFTER_MASTHEAD)
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The Eastport Post, March 3, 2026", "The Eastport Post"),
        ("Eastport Gazette, March 3, 2026", "Eastport Gazette"),
        ("Eastport Gazette \u2014 March 3, 2026", "Eastport Gazette"),
        ("The Daily Eastport, 3 March 2026", "The Daily Eastport"),
    ],
)
def test_an_outlet_and_its_date_under_the_headline_are_the_header(line, outlet):
    """ "Outlet, Month D, YYYY" under the headline is the header; the headline stays the headline."""
    text = "Rockslide closes north trail\n" + line + BODY_AFTER_MASTHEAD
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published) == (outlet, dt.date(2026, 3, 3))
    kinds = [(z.kind, text[z.start : z.end]) for z in source.zones]
    assert kinds[:2] == [("headline", "Rockslide closes north trail"), ("header", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Eastport Kitchen, March 3, 2026",  # no publication's noun
        "Eastport Gazette, March 3",  # no year
        "Eastport Gazette, March 3, 2026, Rain Expected",  # more than a date follows
    ],
)
def test_a_name_and_date_line_not_shaped_as_an_outlet_is_no_header(line):
    (source,) = reconcile.read("Rockslide closes north trail\n" + line + BODY_AFTER_MASTHEAD)
    assert source.outlet is None


@pytest.mark.parametrize(
    "byline", ["Jane Doe-Smith, Staff Writer", "Ann Lee, Health Correspondent"]
)
def test_a_byline_without_by_is_a_header_not_the_headline(byline):
    """ "Jane Doe, Staff Writer" under the headline is the byline; the headline stays one."""
    headline = "Bus crash closes highway; 9 hurt, 2 critical"
    (source,) = reconcile.read(
        f"Springdale Ledger\n\n{headline}\n\n{byline}\nMay 18, 2026\n\n"
        "SPRINGDALE - A bus left the highway on Sunday, injuring nine, police said.\n"
    )
    assert kinds_at(source, byline) == {"header"}
    assert kinds_at(source, headline) == {"headline"}


@pytest.mark.parametrize(
    "line",
    ["Twitter", "Google", "Pinterest", "LinkedIn", "Like this: Like Loading..."],
)
def test_a_share_buttons_network_alone_on_its_line_is_furniture(line):
    """A share row printed one network to a line ("Twitter", "Pinterest", "Like this:") is
    page furniture, and the story after it goes on."""
    (source,) = reconcile.read(
        "Flood Leaves Homes Empty\n\nThe river flooded 40 homes on Tuesday, the county said.\n\n"
        f"Share this: Facebook\n\n{line}\n\nCrews pumped water out of 12 basements.\n"
    )
    assert kinds_at(source, line) == {"furniture"}
    assert kinds_at(source, "Crews pumped water out of 12 basements.") == {"body"}


def test_a_related_link_in_brackets_interrupts_the_story():
    """ "[RELATED: ...]" between paragraphs is a link to another story: its count is not
    this story's, and the paragraph after it is still the story."""
    link = "[RELATED: Shelter opens after 7 homes flooded]"
    (source,) = reconcile.read(
        "Flood Leaves Homes Empty\n\nThe river flooded 40 homes on Tuesday, the county said.\n\n"
        f"{link}\n\nCrews pumped water out of 12 basements.\n"
    )
    assert kinds_at(source, link) == {"furniture"}
    assert kinds_at(source, "Crews pumped water out of 12 basements.") == {"body"}


def test_a_teaser_cut_off_by_read_more_is_furniture():
    """A summary of another page that ends "...Read More." is not the story's text."""
    teaser = (
        "...Flood Watch Remains In Effect Until Noon Thursday... Rivers Will Rise Through "
        "The Night And 3 Roads May Close. ...Read More."
    )
    (source,) = reconcile.read(
        "Flood Leaves Homes Empty\n\nThe river flooded 40 homes on Tuesday, the county said.\n\n"
        f"{teaser}\n\nCrews pumped water out of 12 basements.\n"
    )
    assert kinds_at(source, teaser) == {"furniture"}
    assert kinds_at(source, "Crews pumped water out of 12 basements.") == {"body"}


STAMPED = (
    "Created: 01/26/2025 1:24 PM HarborPost.com\n\nBy: Jane Doe\n\n"
    "Police said a boy was shot Sunday in Springdale.\n"
)


@pytest.mark.parametrize(
    ("given", "published", "detected"),
    [
        # two years after the page's own stamp: the day the page was fetched
        ("2027-01-29", dt.date(2025, 1, 26), True),
        ("2025-02-02", dt.date(2025, 1, 26), True),
        # a day or a few after it (a copy run later, a time zone), or before it: kept
        ("2025-01-27", dt.date(2025, 1, 27), False),
        ("2025-02-01", dt.date(2025, 2, 1), False),
        ("2025-01-20", dt.date(2025, 1, 20), False),
    ],
)
def test_a_given_date_long_after_the_pages_own_stamp_is_a_retrieval_date(
    given, published, detected
):
    """A page stamped "Created: 01/26/2025" was written then: a given date a week or more
    later is when it was fetched, so the page's date is its publication date (and what its
    "Sunday" counts from), listed as detected."""
    (source,) = reconcile.read({"text": STAMPED, "id": "s", "published": given})
    assert source.published == published
    assert ("published" in source.detected) is detected
    if detected:
        (sunday,) = [c for c in reconcile.extract(source) if c.text == "Sunday"]
        assert sunday.value.start == dt.date(2025, 1, 26)


# --- a date on the wire dateline's line (branch ing30) ---------------------------------------

_WIRE_BODY = "Crews worked through the night Tuesday to clear the fallen lines, the utility said."


@pytest.mark.parametrize(
    ("lead", "published", "place"),
    [
        # the date ends the dateline's line; the story starts below it
        (
            "QUILLBY, Ore. (Fenwick News Service) — Feb. 9, 2027\n\n",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        (
            "QUILLBY, Ore. (Fenwick News Service) -- Feb. 9, 2027.\n",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # the date after the tag with no dash before it
        (
            "QUILLBY, Ore. (Fenwick News Service) Feb. 9, 2027 — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # em dashes set closed up
        (
            "QUILLBY, Ore. (Fenwick News Service)—Feb. 9, 2027—",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        (
            "QUILLBY, Ore. (Fenwick News Service) — Feb. 9, 2027— ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # bold around the place and tag only
        (
            "**QUILLBY, Ore. (Fenwick News Service)** — Feb. 9, 2027 — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # the place in Title Case: the date between dashes makes it a dateline
        (
            "Quillby, Ore. (Fenwick News Service) — Feb. 9, 2027 — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # the date before the place, a dash or bar after it
        (
            "Feb. 9, 2027 — QUILLBY, Ore. (Fenwick News Service) — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        (
            "Tuesday, Feb. 9, 2027 | QUILLBY, Ore. (Fenwick News Service) — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # a long stamp between the dashes: weekday, date, time and zone
        (
            "QUILLBY, Ore. (Fenwick News Service) — Tues., Feb. 9, 2027, 6:10 p.m. PST — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
        # a weekday before the date is no part of the place
        (
            "QUILLBY, Ore., Tuesday, Feb. 9, 2027 (Fenwick News Service) — ",
            dt.date(2027, 2, 9),
            "Quillby, Ore.",
        ),
    ],
)
def test_a_date_on_the_wire_dateline_line_dates_the_story(lead, published, place):
    """A wire dateline's date, in any of its common shapes on the dateline's line, is the
    publication date, and the line is the header, not a sentence of the story."""
    text = lead + _WIRE_BODY
    meta = detect_metadata(text)
    assert (meta.outlet, meta.published, meta.place) == ("Fenwick News Service", published, place)
    source = prepare(text, source_id="s")
    assert [source.quote(span) for span in source.sentences] == [_WIRE_BODY]


@pytest.mark.parametrize(
    "lead",
    [
        "QUILLBY — Feb. 9, 2027\n\n",
        "QUILLBY, Ore. — Feb. 9, 2027\n",
        "Storm Report\n\nQUILLBY — Feb. 9, 2027\n",
    ],
)
def test_a_place_and_a_date_between_a_dash_on_their_own_line_are_a_dateline(lead):
    """ "QUILLBY — Feb. 9, 2027" over the story dates it and names its place."""
    meta = detect_metadata(lead + _WIRE_BODY)
    assert meta.published == dt.date(2027, 2, 9)
    assert meta.place in ("Quillby", "Quillby, Ore.")


def test_a_sentence_after_a_wire_tag_holding_a_date_is_no_stamp():
    """Only a date alone ends the dateline's line: a sentence that states one stays prose."""
    meta = detect_metadata("QUILLBY, Ore. (FNS) — Crews worked through the night on Feb. 9, 2027.")
    assert (meta.outlet, meta.published, meta.place) == ("FNS", None, "Quillby, Ore.")


# --- an outlet's name in full (branch ing30) -------------------------------------------------

_LOCAL_BODY = (
    "\n\nAbout 900 homes lost power Sunday night after the wind storm, the utility said.\n"
)
_LOCAL_HEADLINE = "Wind storm leaves hundreds in the dark"


@pytest.mark.parametrize(
    "text",
    [
        # the byline names the paper by its last word, under its masthead
        f"The Orlen Basin Sentinel\n{_LOCAL_HEADLINE}\nBy Tova Brill | Sentinel\nJan. 8, 2027{_LOCAL_BODY}",
        f"The Orlen Basin Sentinel\n{_LOCAL_HEADLINE}\nBy Tova Brill, The Sentinel\nJan. 8, 2027{_LOCAL_BODY}",
        f"The Orlen Basin Sentinel\n{_LOCAL_HEADLINE}\nBy Sentinel Staff\nJan. 8, 2027{_LOCAL_BODY}",
        # no masthead: the page's copyright notice gives the name in full
        f"{_LOCAL_HEADLINE}\nBy Tova Brill | Sentinel\nJan. 8, 2027{_LOCAL_BODY}\n© 2027 The Orlen Basin Sentinel",
        # a masthead marked up as a Markdown heading or in bold
        f"# The Orlen Basin Sentinel\n## {_LOCAL_HEADLINE}\nBy Tova Brill\nJan. 8, 2027{_LOCAL_BODY}",
        f"**The Orlen Basin Sentinel**\n{_LOCAL_HEADLINE}\nBy Tova Brill\nJan. 8, 2027{_LOCAL_BODY}",
    ],
)
def test_an_outlet_shortened_in_the_byline_is_named_in_full(text):
    """A local page's outlet is its full name, not the last word its byline uses."""
    source = reconcile.read({"text": text, "id": "local"})[0]
    assert source.outlet == "The Orlen Basin Sentinel"


def test_an_outlet_named_differently_keeps_its_byline_name():
    """Only a name ending in the byline's words is taken in full: another paper is not."""
    text = f"The Orlen Basin Sentinel\n{_LOCAL_HEADLINE}\nBy Tova Brill | Harbor Post\nJan. 8, 2027{_LOCAL_BODY}"
    assert reconcile.read({"text": text, "id": "local"})[0].outlet == "Harbor Post"


@pytest.mark.parametrize(
    "agency",
    [
        "Upper Quell Valley News Service",
        "Press Association of Wendmoor",
        "Marsh & Dunn News",
        "News Service of the Quell Plains",
    ],
)
def test_a_long_wire_name_in_a_dated_dateline_is_the_outlet(agency):
    """A news service's name of five to seven words, or with "of", "the" or "&", in a dateline
    with a date is its outlet, and the date is the story's, not a claim in its lead."""
    text = f"QUILLBY, Ore. ({agency}) — Feb. 9, 2027 — {_WIRE_BODY}"
    meta = detect_metadata(text)
    assert (meta.outlet, meta.published, meta.place) == (
        agency,
        dt.date(2027, 2, 9),
        "Quillby, Ore.",
    )
    source = prepare(text, source_id="s")
    assert [source.quote(span) for span in source.sentences] == [_WIRE_BODY]


@pytest.mark.parametrize(
    "masthead",
    [
        "The Orlen Falls Sentinel",
        "Wendmoor Heights Gazette",
        "The Orlen Creek Courier-Journal",
        "The Daily Orlen",
    ],
)
def test_a_masthead_with_a_town_plural_or_a_hyphened_noun_names_the_outlet(masthead):
    """ "Falls", "Heights" before a masthead's noun are its town, not a headline's verb; a
    hyphened name ends in its noun; "The Daily <Town>" is a paper's name."""
    text = f"{masthead}\n{_LOCAL_HEADLINE}\nBy Tova Brill\nJan. 8, 2027{_LOCAL_BODY}"
    assert reconcile.read({"text": text, "id": "local"})[0].outlet == masthead


def test_a_byline_word_inside_the_masthead_gives_the_full_name():
    """ "By Tova Brill | Sentinel" under "Orlen County Sentinel & Times" is that paper."""
    text = f"Orlen County Sentinel & Times\n{_LOCAL_HEADLINE}\nBy Tova Brill | Sentinel\nJan. 8, 2027{_LOCAL_BODY}"
    assert (
        reconcile.read({"text": text, "id": "local"})[0].outlet == "Orlen County Sentinel & Times"
    )


def test_a_headline_with_a_town_plural_and_a_verb_is_no_masthead():
    """ "Crews Clear Orlen Falls Road" has a verb before its noun: a headline, no outlet."""
    text = (
        f"Crews Clear Orlen Falls Road\n{_LOCAL_HEADLINE}\nBy Tova Brill\nJan. 8, 2027{_LOCAL_BODY}"
    )
    assert reconcile.read({"text": text, "id": "local"})[0].outlet is None


def test_a_copyright_owner_holding_the_outlet_name_does_not_replace_it():
    """ "© 2027 KQRL Broadcasting LLC" owns the station; the byline's "KQRL" stays the outlet."""
    text = (
        f"{_LOCAL_HEADLINE}\nBy Tova Brill | KQRL\nJan. 8, 2027{_LOCAL_BODY}"
        "\nCopyright 2027 KQRL Broadcasting LLC. All rights reserved."
    )
    assert reconcile.read({"text": text, "id": "local"})[0].outlet == "KQRL"


@pytest.mark.parametrize(
    "above",
    [
        "Wind storm downs lines\n\nHundreds remain in the dark as crews work through the night.\n\n",
        "Wind storm downs lines\n\n_Hundreds remain in the dark as crews work through the night._\n\n",
        "Editor's note: This story has been updated with new figures.\n\n",
    ],
)
def test_a_deck_or_note_above_a_wire_dateline_does_not_hide_it(above):
    """A short paragraph above the dateline (a deck, an editor's note) leaves the dateline
    the header: its outlet, date and place are read, its date is no claim."""
    text = above + f"QUILLBY, Ore. (Fenwick News Service) — Feb. 9, 2027 — {_WIRE_BODY}"
    meta = detect_metadata(text)
    assert (meta.outlet, meta.published, meta.place) == (
        "Fenwick News Service",
        dt.date(2027, 2, 9),
        "Quillby, Ore.",
    )
    source = prepare(text, source_id="s")
    assert source.quote(source.sentences[-1]) == _WIRE_BODY


def test_only_a_dateline_is_read_below_the_first_paragraph():
    """Below the story's first paragraph, a sentence holding a tag and a date is prose."""
    text = "Crews worked all night.\n\nOfficials (Fenwick News Service) said Feb. 9, 2027 was the worst day."
    assert detect_metadata(text) == Metadata()


@pytest.mark.parametrize(
    "lead",
    [
        "Quillby, Ore. — Feb. 9, 2027 — ",
        "Quillby, Ore., Feb. 9, 2027 — ",
        "Quillby, Oregon -- Feb. 9, 2027 -- ",
    ],
)
def test_a_title_case_town_and_state_before_a_dated_dash_is_a_dateline(lead):
    """A town and its state in Title Case, then a full date and a dash, open a dated story."""
    meta = detect_metadata(lead + _WIRE_BODY)
    assert meta.published == dt.date(2027, 2, 9)
    assert meta.place in ("Quillby, Ore.", "Quillby, Oregon")


@pytest.mark.parametrize(
    "lead",
    [
        "Quillby Water Board — Feb. 9, 2027 — ",
        "Tuesday — Feb. 9, 2027 — ",
        "Crews worked, Feb. 9, 2027 — ",
    ],
)
def test_a_title_case_name_without_a_state_before_a_dated_dash_names_no_place(lead):
    """Without capitals, a name with no state ("Quillby Water Board") or a weekday is no place."""
    assert detect_metadata(lead + _WIRE_BODY).place is None


# --- page stamps under a deck, a long menu, or "Originally published" (branch ing35) -------

_POOL_STORY = (
    "\n\nCouncil members voted 5-2 yesterday to close the Tansy Lane pool, the mayor said"
    " this morning.\n\nThe pool drew 40,000 swimmers last summer, officials said.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # a deck (a standfirst ending in a full stop), a byline, the stamp
        (
            "The Brenton Courier\nPool closes after vote\nThe decision ends a summer tradition for"
            " many families.\nBy Ann Tolle\nPublished 9:12 a.m. EST Dec. 3, 2026 | Updated 4:40 p.m."
            " EST Dec. 3, 2026"
        ),
        # a deck, the writer's name and the paper's on lines of their own, the stamp
        (
            "Brenton Courier\nPool closes after vote\nThe decision ends a summer tradition.\nAnn"
            " Tolle\nThe Brenton Courier\nPosted: Dec. 3, 2026 - Last updated: Dec. 4, 2026"
        ),
        # a deck, then the update before the first publication, slash between
        (
            "The Brenton Courier\nPool closes after vote\nThe decision ends a summer tradition.\n"
            "Updated Dec. 4, 2026, 4:40 p.m. ET / Published Dec. 3, 2026, 9:12 a.m. ET"
        ),
        # a stamp under long menus, past the first eight lines
        (
            "The Brenton Courier\nSubscribe | Log in\nHome | News | Local | Sports | Opinion\n"
            "Weather: 41 F Cloudy\nNEWS > LOCAL\nPool closes after vote\nAnn Tolle\nThe Brenton"
            " Courier\nPublished 9:12 a.m. EST Dec. 3, 2026 | Updated 4:40 p.m. EST Dec. 3, 2026"
        ),
        # the update on its own line first, then "Originally published"
        (
            "Brenton Courier\nPool closes after vote\nUpdated: 4:40 PM EST Dec 4, 2026\n"
            "Originally published: 9:12 AM EST Dec 3, 2026"
        ),
    ],
)
def test_a_page_stamp_under_a_deck_or_menus_dates_the_page(header):
    """The first-published date dates the page; the stamp yields no claim; "yesterday" resolves."""
    (source,) = reconcile.read(header + _POOL_STORY)
    assert source.published == dt.date(2026, 12, 3)
    claims = reconcile.extract(source)
    assert not [c for c in claims if "2026" in source.quote(c.span)]
    (yesterday,) = [c for c in claims if source.quote(c.span) == "yesterday"]
    assert yesterday.value.start == dt.date(2026, 12, 2)


def test_a_byline_shaped_sentence_under_a_short_paragraph_stays_the_story():
    """ "By Tuesday, the pool was empty." under a first paragraph is prose, not a byline."""
    text = (
        "Pool closes after vote\n\nThe council voted 5-2 on Monday to close the Tansy Lane"
        " pool for good.\nBy Tuesday, the pool was empty.\n\nIt drew 40,000 swimmers last"
        " summer, officials said.\n"
    )
    (source,) = reconcile.read(text)
    assert kinds_at(source, "voted 5-2") == {"body"}
    assert kinds_at(source, "By Tuesday") == {"body"}


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        (
            "The Pellston Examiner\nOtters rally past Herons\nBy Kim Ode | Examiner Metro Desk",
            "The Pellston Examiner",
        ),
        (
            "Pellston Examiner\nOtters rally past Herons\nBy Kim Ode | Examiner Sports",
            "Pellston Examiner",
        ),
        (
            "THE PELLSTON EXAMINER\nOtters rally past Herons\nBY KIM ODE | EXAMINER SPORTS DESK",
            "THE PELLSTON EXAMINER",
        ),
        # no masthead: a desk is no outlet
        ("Otters rally past Herons\nBy Kim Ode | Examiner Business Bureau", None),
    ],
)
def test_a_bylines_desk_label_yields_to_the_masthead(header, outlet):
    """A desk or section after the paper's short name is the paper's: its masthead names it."""
    text = header + "\nDec. 3, 2026\n\nThe Otters beat the Herons 21-14 on Friday night.\n"
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published) == (outlet, dt.date(2026, 12, 3))


@pytest.mark.parametrize(
    ("top", "outlet"),
    [
        (
            "CITY OF QUARROW\nDEPARTMENT OF PARKS AND RECREATION",
            "City of Quarrow Department of Parks and Recreation",
        ),
        ("County of Brill\nSheriff's Office", "County of Brill Sheriff's Office"),
        (
            "TOWN OF ESKER FALLS\nPUBLIC WORKS DEPARTMENT",
            "Town of Esker Falls Public Works Department",
        ),
        # the government's press office speaks for it; a blank line parts the two lines
        ("CITY OF QUARROW\nOffice of Communications", "CITY OF QUARROW"),
        ("CITY OF QUARROW\n\nDEPARTMENT OF PARKS AND RECREATION", "CITY OF QUARROW"),
    ],
)
def test_a_governments_department_under_its_name_issues_the_release(top, outlet):
    """ "CITY OF X" over "DEPARTMENT OF Y" over the release label: the department issues it."""
    text = (
        f"{top}\n\nFOR IMMEDIATE RELEASE\nMay 4, 2026\n\nPOOL HOURS EXTENDED FOR SUMMER\n\n"
        "QUARROW, Ore. \u2014 The city's three pools will stay open until 9 p.m. from June 1,"
        " officials said today.\n"
    )
    (source,) = reconcile.read(text)
    assert source.outlet == outlet


def test_side_by_side_elements_of_a_page_keep_their_words_apart(tmp_path):
    """ "<time>...2026</time><time>Updated ...</time>" and a name beside the paper's are read apart."""
    page = tmp_path / "pool.html"
    page.write_text(
        "<html><body><div>The Brenton Courier</div><h1>Pool closes after vote</h1>"
        "<div><span>Ann Tolle</span><span>Brenton Courier</span></div>"
        "<div><time>Published 9:12 a.m. EST Dec. 3, 2026</time><time>Updated 4:40 p.m. EST"
        " Dec. 3, 2026</time></div><p>Council members voted 5-2 yesterday to close the Elm"
        " Street pool, the mayor said.</p><p>The pool drew 40,000 swimmers last summer.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (source,) = reconcile.read(page)
    assert "Ann Tolle Brenton Courier" in source.text
    assert source.published == dt.date(2026, 12, 3)
    claims = reconcile.extract(source)
    assert not [c for c in claims if "2026" in source.quote(c.span)]


_KILN_STORY = (
    "\n\nThe kiln at the Moss Lane pottery cracked on Monday, and 17 pieces were lost,"
    " the owner said.\n"
)


@pytest.mark.parametrize(
    ("layout", "outlet", "headline"),
    [
        (
            "Pottery kiln cracks in cold snap\n\nBramwell Wire\nMarch 9, 2027",
            "Bramwell Wire",
            "Pottery kiln cracks in cold snap",
        ),
        (
            "TOWN NEWS\nPottery kiln cracks in cold snap\nUpper Fenn Courier\nPublished 2027-03-09",
            "Upper Fenn Courier",
            "Pottery kiln cracks in cold snap",
        ),
        # a headline ending in a publication's noun, with a verb before it: no outlet
        ("Fenn Daily\nPotter Defends Record\nMarch 9, 2027", "Fenn Daily", "Potter Defends Record"),
    ],
)
def test_an_outlet_line_between_the_headline_and_the_date_names_the_outlet(
    layout, outlet, headline
):
    """Headline / outlet / date: the middle line is the outlet, the first the headline."""
    (source,) = reconcile.read(layout + _KILN_STORY)
    assert source.outlet == outlet
    assert source.published == dt.date(2027, 3, 9)
    (zone,) = [z for z in source.zones if z.kind == "headline"]
    assert source.text[zone.start : zone.end] == headline


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("@fennfire · Mar 9, 2027", dt.date(2027, 3, 9)),
        ("Fenn Fire Service @fennfire · Mar 9, 2027", dt.date(2027, 3, 9)),
        ("Fenn Fire Service @fennfire · 3h", None),  # a post's age dates nothing
        (
            "Fenn Fire Service\nStatement on the kiln fire\nIssued: 9 March 2027",
            dt.date(2027, 3, 9),
        ),
        (
            "Fenn Fire Service\nStatement on the kiln fire\nIssued on 9 March 2027",
            dt.date(2027, 3, 9),
        ),
        ("Fenn Fire Service\nStatement on the kiln fire\nDate: 9 March 2027", dt.date(2027, 3, 9)),
    ],
)
def test_a_posts_header_or_a_statements_issue_line_dates_the_source(header, published):
    """The stamp dates the source and yields no claim (neither a date nor the post's age)."""
    (source,) = reconcile.read(header + _KILN_STORY)
    assert source.published == published
    claims = reconcile.extract(source)
    stamp_end = source.text.index(header.splitlines()[-1]) + len(header.splitlines()[-1])
    assert not [c for c in claims if c.span.start < stamp_end]


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2027-03-09T08:00:00Z">',
        '<meta name="date" content="2027-03-09">',
        '<meta itemprop="datePublished" content="2027-03-09T08:00:00+01:00"/>',
    ],
)
def test_an_html_pages_markup_dates_the_page(tmp_path, head):
    """A page's <meta> publication date, or a <time datetime> above its story, dates it."""
    page = tmp_path / "kiln.html"
    page.write_text(
        f"<html><head>{head}<title>Kiln cracks</title></head><body><h1>Kiln cracks</h1>"
        "<p>The kiln cracked on Tuesday, and 17 pieces were lost.</p></body></html>"
    )
    (source,) = reconcile.read(page)
    assert source.published == dt.date(2027, 3, 9)
    (day,) = [c for c in reconcile.extract(source) if source.quote(c.span) == "Tuesday"]
    assert day.value.start == dt.date(2027, 3, 9)


def test_a_time_element_dates_the_page_only_above_the_story(tmp_path):
    page = tmp_path / "kiln.html"
    above = '<time datetime="2027-03-09">9 March</time><p>The kiln cracked, the owner said.</p>'
    inside = '<p>The kiln cracked <time datetime="2027-03-02">last week</time>, she said.</p>'
    page.write_text(f"<html><body><h1>Kiln cracks</h1>{above}</body></html>")
    assert reconcile.read(page)[0].published == dt.date(2027, 3, 9)
    page.write_text(f"<html><body><h1>Kiln cracks</h1>{inside}</body></html>")
    assert reconcile.read(page)[0].published is None


def test_a_subscription_prompt_above_the_headline_is_no_deck() -> None:
    """A prompt line at the top ("Subscribe today: $1 for two months!") reads as prose, but it
    is the page's: the header goes on below it, so the stamp under the byline dates the page."""
    text = (
        "THE ORCHARD GAZETTE\n"
        "Home | News | Sports | Weather\n"
        "Subscribe today: $1 for your first two months!\n\n"
        "METRO\n\n"
        "Library reopens after flood repairs; 12 branches back on full hours\n\n"
        "By Tess Morrow, Gazette staff writer\n"
        "Published 6:05 a.m. ET March 9, 2027 | Updated 8:30 a.m. ET March 9, 2027\n\n"
        "The main library reopened yesterday after four months of repairs.\n"
    )
    meta = detect_metadata(text)
    assert meta.published == dt.date(2027, 3, 9)
