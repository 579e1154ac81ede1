"""A fact's printed title says what is measured, not who said it or whom it is about."""

from __future__ import annotations

import reconcile
from reconcile.report._common import fact_about, fact_title


def _compare(*texts: str) -> reconcile.Report:
    return reconcile.compare(
        [{"text": t, "id": f"s{i + 1}", "published": "2027-05-14"} for i, t in enumerate(texts)]
    )


def _fact(report: reconcile.Report, quoted: str) -> reconcile.Fact:
    (fact,) = [f for f in report.facts if any(c.text == quoted for c in f.claims)]
    return fact


def test_facts_about_one_body_are_titled_by_what_each_measures():
    """A date and an amount about one trust: not both titled by the trust's name."""
    report = _compare(
        "The Quarry Bay Trust froze assets worth 70 million euros on 6 May.",
        "On 6 May the Quarry Bay Trust froze assets of 75 million euros.",
    )
    day = _fact(report, "6 May")
    assert day.subject == "Quarry Bay Trust"
    assert not day.attribute
    assert fact_title(day) == "date"
    assert fact_about(day) == "Quarry Bay Trust"  # the body stays beside the title
    assert day.describe().startswith("date (Quarry Bay Trust): ")
    titles = [fact_title(f) for f in report.facts]
    assert "Quarry Bay Trust" not in titles
    assert len(set(titles)) == len(titles)


def test_a_verb_of_saying_is_no_part_of_the_title():
    (fact,) = _compare("About 700 villagers said they would leave the valley.").facts
    assert fact.attribute == "villagers said"
    assert fact_title(fact) == "villagers"


def test_an_attribute_of_a_verb_alone_gets_the_kind_of_value():
    report = _compare("The wardens said they counted 2,500.", "The Glen Society paid $4 million.")
    assert fact_title(_fact(report, "2,500")) == "number counted"
    assert fact_title(_fact(report, "$4 million")) == "amount paid"


def test_a_crowd_put_at_a_figure_is_titled_by_the_crowd():
    # "estimated the crowd at N" measures the crowd (branch ux31a), so the title says so
    report = _compare("Wardens estimated the crowd at 2,500.", "The Glen Society paid $4 million.")
    assert fact_title(_fact(report, "2,500")) == "crowd"


def test_a_records_attribute_is_printed_as_given():
    rows = [
        {"source": "a", "subject": "ferry", "attribute": "sank", "value": "3"},
        {"source": "b", "subject": "ferry", "attribute": "sank", "value": "4"},
    ]
    (fact,) = reconcile.compare_records(rows, estimate=False).facts
    assert fact_title(fact) == "sank"


def test_an_unlabelled_fact_says_its_kind_of_value():
    (fact,) = _compare("$9 million.").facts
    assert fact.describe().startswith("amount (unlabelled): ")


def test_a_dates_verb_of_saying_stays_what_is_dated():
    """ "date said": the day of the statement is what the date measures."""
    fact = reconcile.Fact(
        id="f1",
        claims=_fact(
            _compare("The Glen Society said on 6 May that 40 ewes were lost."), "6 May"
        ).claims,
        verdict=reconcile.Verdict("single", "one source", 1),
        attribute="date said",
    )
    assert fact.title == "date said"


def test_a_noun_like_a_verb_of_saying_stays():
    """ "states" and "claims" are counted nouns, "routes added" new routes: kept."""
    report = _compare("Relief reached 9 states.", "The Glen line added 4 routes.")
    for quoted, attribute in (("9 states", "states"), ("4 routes", "routes added")):
        fact = reconcile.Fact(
            id="f1",
            claims=_fact(report, quoted).claims,
            verdict=reconcile.Verdict("single", "one source", 1),
            attribute=attribute,
        )
        assert fact.title == attribute
