"""Ingest: the top and the foot of press releases (issuer, labels, distributor, end marks).

Every text here is made up.
"""

from __future__ import annotations

import datetime as dt

import pytest

import reconcile
from reconcile.ingest import _company_line, _end_mark

BODY = (
    "Revenue rose to $1.21 billion from $1.06 billion in the same quarter last year,"
    " the company said today."
)


def zone_of(source, phrase):
    start = source.text.index(phrase)
    (zone,) = [z for z in source.zones if z.start <= start < z.end]
    return zone


@pytest.mark.parametrize(
    "issuer", ["Norvale Instruments Inc.", "Lane & Hill Co., Ltd.", "Harbor Water Utility"]
)
@pytest.mark.parametrize(
    ("label", "dateline", "published"),
    [
        ("PRESS RELEASE", "CHICAGO, Oct. 28, 2026 -- ", dt.date(2026, 10, 28)),
        ("FOR IMMEDIATE RELEASE: January 12, 2027", "DALLAS -- ", dt.date(2027, 1, 12)),
        ("For release: Thursday, Oct. 22, 2026", "DALLAS -- ", dt.date(2026, 10, 22)),
    ],
)
@pytest.mark.parametrize("headline", ["", "Quarterly Revenue Rises 14 Percent\n\n"])
def test_the_issuer_above_a_release_label_is_the_outlet(
    issuer, label, dateline, published, headline
):
    """The name above the label is the issuer and a header line; the release is dated."""
    text = f"{issuer}\n{label}\n\n{headline}{dateline}{BODY}\n"
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published) == (issuer, published)
    assert source.place in ("Chicago", "Dallas")
    assert zone_of(source, issuer).kind == "header"
    assert zone_of(source, BODY[:20]).kind == "body"
    claims = reconcile.extract(source)
    assert not any(c.attribute == "date" and "2026" in source.quote(c.span) for c in claims)


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Norvale Instruments Inc.", True),
        ("Pemberly Home Stores Corp.", True),
        ("Lane & Hill Co., Ltd.", True),
        ("The plant was sold to Acme Inc.", False),  # lowercase words: a sentence
        ("Acme Sells Unit. Beta Buys Acme Inc.", False),  # two sentences
        ("Harbor Water Utility", False),  # no full stop to explain
    ],
)
def test_a_company_name_ending_in_its_legal_form_is_no_sentence(line, company):
    assert _company_line(line) is company


def test_a_headline_above_a_label_is_not_taken_for_an_issuer():
    """ "Storm Closes Schools" over "NEWS RELEASE" is a headline (a verb), and names no outlet."""
    text = f"Storm Closes Schools\nNEWS RELEASE\n\nDALLAS -- {BODY}\n"
    (source,) = reconcile.read(text)
    assert source.outlet is None
    assert zone_of(source, "Storm Closes").kind == "headline"


def test_the_issuer_replaces_the_distributor_which_the_dateline_keeps():
    """ "/PRNewswire/" only sent the release: the issuer above the label is the outlet."""
    text = (
        "Norvale Instruments Inc.\nPRESS RELEASE\n\n"
        f"CHICAGO, Oct. 28, 2026 /PRNewswire/ -- {BODY}\n"
    )
    (source,) = reconcile.read(text)
    assert (source.outlet, source.published, source.place) == (
        "Norvale Instruments Inc.",
        dt.date(2026, 10, 28),
        "Chicago",
    )
    dateline = zone_of(source, "CHICAGO")
    assert dateline.kind == "header"
    assert "distributed by PRNewswire" in dateline.reason


def test_a_distributor_stays_the_outlet_when_no_issuer_is_named():
    (source,) = reconcile.read(f"CHICAGO, Oct. 28, 2026 /PRNewswire/ -- {BODY}\n")
    assert source.outlet == "PRNewswire"
    assert "distributed" not in zone_of(source, "CHICAGO").reason


STORY = (
    "HARBOR CITY, Ore., May 4, 2026 -- Harbor Water Utility said today that a main break left"
    " 3,000 homes without water on Sunday.\n\nCrews restored service to 2,400 homes by Monday"
    " night, the utility said.\n\n"
)
DESCRIPTION = (
    "Harbor Water Utility serves 120,000 customers in four counties. It was founded in 1952."
)


@pytest.mark.parametrize(
    "closing",
    [
        f"About Harbor Water Utility -- {DESCRIPTION}",
        f"About Norvale Instruments Inc.\n{DESCRIPTION}",
        f"About The Harbor Regional Water and Sewer Utility District of Pell County\n{DESCRIPTION}",
        f"###\n\n{DESCRIPTION}",
        f"# # #\n\n{DESCRIPTION}",
        f"-30-\n\n{DESCRIPTION}",
        f"- 30 -\n\nMedia contact: Lee Park\n\n{DESCRIPTION}",
    ],
)
def test_a_release_closing_section_is_boilerplate(closing):
    """The issuer's description is no claim: its customers, counties and founding year."""
    text = (
        f"Harbor Water Utility\nPRESS RELEASE\n\nMain Break Leaves Homes Dry\n\n{STORY}{closing}\n"
    )
    (source,) = reconcile.read(text)
    assert zone_of(source, "120,000").kind == "furniture"
    assert zone_of(source, "Crews restored").kind == "body"
    quoted = " ".join(source.quote(c.span) for c in reconcile.extract(source))
    assert "120,000" not in quoted
    assert "1952" not in quoted


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("###", True),
        ("# # #", True),
        ("-30-", True),
        ("\u2013 30 \u2013", True),
        ("-ENDS-", True),
        ("ENDS", True),
        ("30", False),  # a bare number is no end mark
        ("End", False),
        ("The end", False),
    ],
)
def test_end_marks(line, mark):
    assert _end_mark(line) is mark


def test_a_number_line_inside_a_story_does_not_end_it():
    """ "30" alone (a list's count, a score) is no end mark: the paragraph after stays body."""
    text = f"Main Break Leaves Homes Dry\n\n{STORY}30\n\n{DESCRIPTION}\n"
    (source,) = reconcile.read(text)
    assert zone_of(source, "120,000").kind == "body"


PAGE_BODY = (
    "A fire destroyed a barn on Elm Road on Sunday night, and two firefighters were hurt,"
    " the fire chief said.\n\nThe cause is under investigation.\n"
)


@pytest.mark.parametrize(
    "names",
    [
        "Jane Doe",
        "Jane Doe\nStaff Writer",
        "Jane Doe and John Roe",
        "Jane Doe | Reporter",
        "Jane Doe - Multimedia Journalist",
        "Jane Doe, reporter",
        "Reporter: Jane Doe",
        "Author: Jane Doe",
        "Reporter Jane Doe, photographer John Roe",
        "Jane Doe, Harbor Courier",
        "JANE DOE\nKHAR Reporter",
        "News\nLocal\nBarn Fire Injures Two Firefighters\nJane Doe",
    ],
)
def test_a_name_line_under_the_headline_is_not_the_headline(names):
    """A local page's reporter or photographer line is a byline; the title above is the headline."""
    head = "Barn Fire Injures Two Firefighters"
    top = "" if head in names else head + "\n"
    text = f"Harbor Courier\n{top}{names}\n\n{PAGE_BODY}"
    (source,) = reconcile.read(text)
    (headline,) = [z for z in source.zones if z.kind == "headline"]
    assert text[headline.start : headline.end] == head
    assert zone_of(source, names.splitlines()[-1]).kind == "header"


@pytest.mark.parametrize(
    ("top", "headline"),
    [
        ("Harbor Courier\nMayor Resigns", "Mayor Resigns"),  # a verb: no name
        ("Harbor Courier\nJane Doe", "Jane Doe"),  # nothing else of three words above
    ],
)
def test_a_short_headline_is_kept_when_it_is_no_name_line(top, headline):
    text = f"{top}\n\n{PAGE_BODY}"
    (source,) = reconcile.read(text)
    assert [text[z.start : z.end] for z in source.zones if z.kind == "headline"] == [headline]


@pytest.mark.parametrize(
    "closing",
    [
        "Harbor Water Utility serves 120,000 customers in four counties and was set up in 1952.",
        "Harbor Water Utility (OTC: HWU) is a public water supplier of 120,000 customers since 1952.",
        "Founded in 1952, Harbor Water Utility supplies 120,000 customers in four counties.",
    ],
)
def test_a_release_closing_description_without_a_heading_is_boilerplate(closing):
    """The last paragraph of a release describing its issuer is no claim, heading or not."""
    release = (
        f"Harbor Water Utility\nPRESS RELEASE\n\nMain Break Leaves Homes Dry\n\n{STORY}{closing}\n"
    )
    (source,) = reconcile.read(release)
    assert zone_of(source, "120,000").kind == "furniture"
    assert zone_of(source, "Crews restored").kind == "body"


def test_a_description_in_a_news_story_or_before_the_end_is_read():
    """Outside a release, or followed by more of the story, the same paragraph is news."""
    closing = "Harbor Water Utility serves 120,000 customers in four counties.\n"
    (news,) = reconcile.read(f"Main Break Leaves Homes Dry\n\n{STORY}{closing}")
    assert zone_of(news, "120,000").kind == "body"
    middle = f"Harbor Water Utility\nPRESS RELEASE\n\nMain Break\n\n{STORY}{closing}\nCrews will stay on site until Friday, the utility said.\n"
    (release,) = reconcile.read(middle)
    assert zone_of(release, "120,000").kind == "body"
