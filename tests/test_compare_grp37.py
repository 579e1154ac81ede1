"""A headline's figure joins the one fact of its own body that states it.

grp37. Every story here is made up.
"""

from __future__ import annotations

import reconcile


def _two(a: str, b: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"text": a, "id": "a", "published": "2030-03-05"},
            {"text": b, "id": "b", "published": "2030-03-05"},
        ]
    )


def _fact_of(report: reconcile.Report, source: str, text: str, zone: str) -> reconcile.Fact:
    (fact,) = [
        f
        for f in report.facts
        if any(c.source_id == source and c.text == text and c.zone == zone for c in f.claims)
    ]
    return fact


def test_a_headline_percent_joins_its_body_s_fact():
    """ "Harbor board approves 4.5% fee rise" over "... raise mooring fees by 4.5%"."""
    report = _two(
        "Harbor board approves 4.5% fee rise\n\nThe Kelmont harbor board voted on Monday to "
        "raise mooring fees by 4.5% starting in June.",
        "The Kelmont harbor board approved a fee rise on Monday, the board said.",
    )
    headline = _fact_of(report, "a", "4.5%", "headline")
    assert ("a", "4.5%", "body") in [(c.source_id, c.text, c.zone) for c in headline.claims]


def test_a_headline_sum_joins_the_agreement_of_its_body():
    """A headline's "12%" joins the body's 12% that another source agrees with."""
    report = _two(
        "Trustees lift parking permits 12%\n\nThe Varrow college trustees voted on Monday to "
        "raise the price of parking permits by 12% from August.",
        "Varrow's college trustees raised parking permit prices about 12 percent on Monday.",
    )
    headline = _fact_of(report, "a", "12%", "headline")
    assert sorted((c.source_id, c.zone) for c in headline.claims) == [
        ("a", "body"),
        ("a", "headline"),
        ("b", "body"),
    ]
    assert headline.verdict.kind == "agree"


def test_a_headline_figure_two_body_facts_state_stays_apart():
    """ "$2 million" of a grant and of a loan in the body: which the headline's is, unread."""
    report = _two(
        "Mill gets $2 million boost\n\nThe Ostrava mill received a $2 million state grant "
        "on Monday. Separately, a bank lent the mill $2 million.",
        "The Ostrava mill won a state grant on Monday.",
    )
    headline = _fact_of(report, "a", "$2 million", "headline")
    assert [c.zone for c in headline.claims] == ["headline"]


def test_a_day_inside_a_source_s_span_of_days_is_not_its_one_day():
    """ "snow on March 11-12" and "the fair was postponed on March 12" / "snow on Tuesday"."""
    report = reconcile.compare(
        [
            {
                "text": "Heavy snow fell on the Dorran valley on March 11-12, closing roads. "
                "The county fair was postponed on March 12.",
                "id": "a",
                "published": "2030-03-14",
            },
            {
                "text": "Heavy snow fell on the Dorran valley on Tuesday, closing roads, "
                "officials said.",
                "id": "b",
                "published": "2030-03-14",
            },
            {
                "text": "Snow fell across the Dorran valley on Monday and Tuesday.",
                "id": "c",
                "published": "2030-03-14",
            },
        ]
    )
    fair = _fact_of(report, "a", "March 12", "body")
    assert [c.source_id for c in fair.claims] == ["a"]
