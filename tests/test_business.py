"""Business news: figures of periods, forecasts, revisions, changes, signs and per-unit amounts.

Every sentence here is made up; each test fails without the rule it names.
"""

from __future__ import annotations

from _compare_helpers import fact_with, sources, two

import reconcile
from reconcile import Quantity


def _claims(text: str, published: str = "2026-06-15") -> list[reconcile.Claim]:
    (source,) = reconcile.read({"text": text, "id": "a", "published": published})
    return list(reconcile.extract(source))


def _claim(text: str, words: str) -> reconcile.Claim:
    return next(c for c in _claims(text) if words in c.text)


def _apart(a: str, b: str, words_a: str, words_b: str) -> bool:
    report = two(a, b)
    fact = fact_with(report, "a", words_a)
    return fact is not fact_with(report, "b", words_b) and sources(fact) == {"a"}


# A1: a figure's period and whether it is forecast keep it apart from another's.


def test_revenue_of_two_quarters_is_two_facts():
    assert _apart(
        "Brindle Corp's third-quarter revenue was $3.4 billion.",
        "Brindle Corp's second-quarter revenue was $3.1 billion.",
        "$3.4",
        "$3.1",
    )


def test_sales_of_two_years_are_two_facts():
    assert _apart(
        "Quillon's sales were €90 million in 2024.",
        "Quillon's sales reached €120 million in 2025.",
        "€90",
        "€120",
    )


def test_a_fiscal_year_result_and_the_next_years_forecast_are_two_facts():
    assert _apart(
        "Brindle Corp's revenue for fiscal 2025 was $2 billion.",
        "Brindle Corp expects revenue of $2.5 billion in fiscal 2026.",
        "$2 billion",
        "$2.5",
    )


def test_a_forecast_is_not_a_result():
    assert _apart(
        "Brindle Corp expects a third-quarter profit of $50 million.",
        "Brindle Corp's third-quarter profit was $40 million.",
        "$50",
        "$40",
    )


def test_figures_of_one_period_still_conflict():
    report = two(
        "Brindle Corp's third-quarter revenue was $3.4 billion.",
        "Brindle Corp's third-quarter revenue was $2.9 billion.",
    )
    fact = fact_with(report, "a", "$3.4")
    assert fact is fact_with(report, "b", "$2.9")
    assert fact.verdict.kind == "conflict"


def test_a_figure_without_a_period_meets_one_with_it():
    report = two(
        "Brindle Corp's revenue was $3.4 billion.",
        "Brindle Corp's third-quarter revenue was $3.4 billion.",
    )
    assert fact_with(report, "a", "$3.4").verdict.kind == "agree"


def test_a_date_compared_with_is_not_the_figures_period():
    claim = _claim("Brindle Corp's revenue was $3.4 billion, up 5% from 2025.", "5%")
    assert not any(t.startswith("^p:") for t in claim.attribute_tokens)
    claim = _claim("Brindle Corp's revenue rose 5% in 2025.", "5%")
    assert "^p:y2025" in claim.attribute_tokens


def test_an_opening_phrase_gives_the_period_of_the_sentence():
    claim = _claim("In the second quarter, Brindle Corp's revenue was $3.1 billion.", "$3.1")
    assert "^p:y2026q2" in claim.attribute_tokens


def test_the_subject_is_read_past_the_year_it_is_of():
    assert _claim("Revenue for fiscal 2025 was $2 billion.", "$2").attribute == "Revenue"
    assert isinstance(_claim("Revenue for 2025 was $2 billion.", "$2").value, Quantity)
    assert _claim("Revenue for 2025 was $2 billion.", "$2").attribute == "Revenue"


def test_a_fiscal_quarter_is_not_a_calendar_one():
    claim = _claim("Sales in fiscal Q3 rose 8% in the third quarter.", "8%")
    assert not any(t.startswith("^p:") for t in claim.attribute_tokens)
    claim = _claim(
        "Brindle Corp's sales in the third quarter of fiscal 2026 were $9 million.", "$9"
    )
    assert "^p:fy2026q3" in claim.attribute_tokens


def test_a_deadline_is_not_a_period():
    claim = _claim("The plan will save $40 million a year by the end of 2027.", "$40")
    assert not any(t.startswith("^p:") for t in claim.attribute_tokens)


def test_a_month_dates_a_payment_not_a_period():
    claim = _claim("The state sent $90,000 to the county earlier this month.", "$90,000")
    assert not any(t.startswith("^p:") for t in claim.attribute_tokens)


# A4, A15: "to Y from X", "from X to Y": Y is the level the source states now, X the old one.


def test_a_restated_figure_is_not_the_sources_figure():
    report = two(
        "Brindle Corp's quarterly revenue was $3.41 billion.",
        "Brindle Corp restated its quarterly revenue to $3.38 billion from the $3.41 billion"
        " it reported earlier.",
    )
    now = fact_with(report, "b", "$3.38")
    assert now is fact_with(report, "a", "$3.41")
    assert now.verdict.kind == "conflict"
    old = fact_with(report, "b", "$3.41")
    assert old is not now
    assert sources(old) == {"b"}


def test_both_levels_of_a_change_are_of_its_subject():
    for text in (
        "Sales rose from $8 million to $9 million.",
        "Sales rose to $9 million from $8 million.",
    ):
        new, old = _claim(text, "$9"), _claim(text, "$8")
        assert new.attribute_tokens[0] == old.attribute_tokens[0] == "revenue"
        assert "~from" in old.attribute_tokens
        assert "~from" not in new.attribute_tokens


def test_the_object_of_a_change_is_what_its_levels_are_of():
    text = "The board cut the dividend for the year to 30 cents from 45 cents."
    assert _claim(text, "30").attribute_tokens[0] == "dividend"
    assert _claim(text, "45").attribute_tokens[:1] == ("dividend",)


# A5: "to" right after a change is no span: the change, then the level reached.


def test_a_change_in_points_then_a_level_is_not_a_range():
    claims = _claims("Operating margin fell 4 percentage points to 37%, the firm said.")
    values = [c.value for c in claims if isinstance(c.value, Quantity)]
    assert [(v.low, v.high) for v in values] == [(4, 4), (37, 37)]
    report = two(
        "Operating margin fell 4 percentage points to 37%, the firm said.",
        "Operating margin slipped to 37 percent, the firm said.",
    )
    assert fact_with(report, "a", "37%").verdict.kind == "agree"


def test_an_amount_down_then_a_level_is_not_a_range():
    values = [c.value for c in _claims("Its profit fell $2 million to $30 million.")]
    assert [(v.low, v.high) for v in values if isinstance(v, Quantity)] == [
        (2_000_000, 2_000_000),
        (30_000_000, 30_000_000),
    ]


def test_a_change_of_a_narrow_span_stays_a_span():
    (claim,) = _claims("Shares of the firm rose 10 to 15 percent.")
    assert isinstance(claim.value, Quantity)
    assert (claim.value.low, claim.value.high) == (10, 15)


# A2: a loss is not a profit, and "-$0.12" is below zero.


def test_a_loss_and_a_profit_of_one_figure_do_not_agree():
    report = two(
        "Brindle Corp posted a loss of 9 cents a share.",
        "Brindle Corp posted a profit of 9 cents a share.",
    )
    assert fact_with(report, "a", "9 cents").verdict.kind != "agree"
    assert fact_with(report, "a", "9 cents") is not fact_with(report, "b", "9 cents")


def test_a_minus_sign_before_a_currency_is_kept():
    claim = _claim("Adjusted earnings were -$0.09 a share.", "0.09")
    assert claim.text.startswith("-$")
    assert isinstance(claim.value, Quantity)
    assert claim.value.low == claim.value.high == -0.09
    report = two("Adjusted earnings were -$0.09 a share.", "Adjusted earnings were $0.09 a share.")
    assert fact_with(report, "a", "0.09").verdict.kind == "conflict"


def test_a_dash_inside_a_word_is_no_sign():
    claim = _claim("The fare is now x-$5.", "$5")
    assert isinstance(claim.value, Quantity)
    assert claim.value.low == 5


# A3: an amount for each share is not a total.


def test_a_per_share_dividend_never_meets_a_total():
    report = two(
        "Brindle Corp will pay a dividend of $0.25 a share.",
        "Brindle Corp will pay a dividend of $25 million.",
    )
    assert fact_with(report, "a", "$0.25") is not fact_with(report, "b", "$25")


def test_per_share_amounts_still_meet_each_other():
    report = two(
        "Brindle Corp will pay a dividend of 25 cents a share.",
        "Brindle Corp will pay a dividend of $0.25 per share.",
    )
    assert fact_with(report, "a", "25 cents").verdict.kind == "agree"


def test_a_qualified_share_is_still_per_share():
    assert "~per" in _claim("Earnings were $1.12 per diluted share.", "$1.12").attribute_tokens
    assert "~per" not in _claim("The plan will save $9 million a year.", "$9").attribute_tokens
    fine = _claim("He must pay a quarter of a million dollars in fines.", "quarter")
    assert "~per" not in fine.attribute_tokens


# A9: a fiscal quarter is no calendar quarter; a quarter told as past has begun.


def _dates(text: str, published: str) -> list[tuple[str, object, object]]:
    (source,) = reconcile.read({"text": text, "id": "a", "published": published})
    return [
        (c.text, c.value.start, c.value.end)
        for c in reconcile.extract(source)
        if isinstance(c.value, reconcile.DateRange)
    ]


def test_a_fiscal_quarter_is_not_read_as_calendar_months():
    assert _dates("Sales in fiscal Q2 rose 8%.", "2027-05-06") == []
    assert _dates("Results for the second quarter of fiscal 2027 were strong.", "2027-05-06") == []
    assert _dates("Revenue in FY2027 Q2 rose.", "2027-05-06") == []


def test_a_quarter_told_as_past_is_not_after_the_story():
    (found,) = _dates("Brindle Corp reported third-quarter revenue of $5 million.", "2027-05-06")
    assert str(found[1]) == "2026-07-01"
    (found,) = _dates("Brindle Corp will report third-quarter results soon.", "2027-05-06")
    assert str(found[1]) == "2027-07-01"


# A15: "in the quarter" says when, not what; "a year earlier" dates a figure to last year.


def test_a_period_after_in_is_not_what_an_amount_is():
    claim = _claim("Revenue was $6.3 billion in the quarter.", "$6.3")
    assert claim.attribute_tokens == ("revenue",)
    report = two("Revenue was $6.3 billion in the quarter.", "Revenue rose to $6.3 billion.")
    assert fact_with(report, "a", "$6.3").verdict.kind == "agree"
    assert _claim("It paid $5 million in damages.", "$5").attribute_tokens[0] == "damage"


def test_a_figure_of_a_year_before_is_last_years():
    old = _claim("Revenue was $5.9 billion in the same quarter a year earlier.", "$5.9")
    assert "~past" in old.attribute_tokens
    now = _claim("Revenue was $6.3 billion, up 7% from a year earlier.", "$6.3")
    assert "~past" not in now.attribute_tokens
    report = two(
        "Revenue was $5.9 billion in the year-earlier quarter.", "Revenue was $6.3 billion."
    )
    assert fact_with(report, "a", "$5.9") is not fact_with(report, "b", "$6.3")
