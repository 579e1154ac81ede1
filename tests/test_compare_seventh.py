"""compare(): grouping rules found by the seventh user test, each on made-up sources."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile


def _three(a: str, b: str, c: str) -> reconcile.Report:
    """compare() of three made-up sources published on one day."""
    return reconcile.compare(
        [
            {"text": text, "id": name, "published": "2026-06-16"}
            for name, text in (("a", a), ("b", b), ("c", c))
        ]
    )


def test_one_sum_each_source_tells_once_is_one_sum_however_worded():
    """ "will build a $2.4 billion chip factory" / "the $2.1 billion plant" / "will invest
    $2.4 billion": each source tells one sum of billions, so the three are one sum, in
    conflict."""
    report = _three(
        "Acme Corp. said it will build a $2.4 billion chip factory near the river.",
        "Acme expects the $2.1 billion plant to open in three years.",
        "Acme Corp. will invest $2.4 billion in the region, the governor said.",
    )
    fact = _fact_with(report, "b", "$2.1 billion")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"


def test_a_lone_sum_meets_the_one_close_sum_of_a_source_that_tells_two():
    """ "nearly $50 million in incentives" / "$48 million in tax credits and a $12 million
    county grant": the one sum of its band the first source tells is the close one, $48
    million, in agreement; the grant stays apart."""
    report = _two(
        "The state offered nearly $50 million in incentives to win the plant.",
        "The package holds $48 million in tax credits and a $12 million county grant.",
    )
    fact = _fact_with(report, "a", "$50 million")
    assert {c.text for c in fact.claims} == {"nearly $50 million", "$48 million"}
    assert fact.verdict.kind == "agree"
    assert _fact_with(report, "b", "$12 million").verdict.kind == "single"


def test_a_lone_sum_between_two_close_sums_joins_neither():
    """ "nearly $50 million" against "$48 million in credits and $45 million in loans": both
    are close, which is the lone sum is not read, so it joins neither."""
    report = _two(
        "The state offered nearly $50 million in incentives to win the plant.",
        "The package holds $48 million in tax credits and $45 million in loans.",
    )
    assert _fact_with(report, "a", "$50 million").verdict.kind == "single"


def test_sums_far_apart_stay_apart():
    """ "$3 million in legal fees" / "$5 million in revenue": two sums, not one in conflict."""
    report = _two(
        "The scheme cost the companies $3 million in legal fees.",
        "The workers generated $5 million in revenue for the regime.",
    )
    assert not report.conflicts


def test_a_sum_with_no_event_does_not_contradict_a_sum_of_an_event():
    """ "Damage was estimated at $2 million" (an event read) / "completed a $2.5 million
    renovation last year" (none): the renovation is another sum, joined to no other."""
    report = _two(
        "The fire chief said damage was estimated at $2 million.",
        "The warehouse had completed a $2.5 million renovation last year.",
    )
    assert _fact_with(report, "b", "$2.5 million").verdict.kind == "single"


def test_a_span_of_sums_is_not_one_sum():
    """ "deposits of $5,000 to $20,000" / "took $18,000 from my mother": a span is many sums."""
    report = _two(
        "Many homeowners paid deposits of $5,000 to $20,000.",
        '"He took $18,000 from my mother," a neighbour said.',
    )
    assert _fact_with(report, "b", "$18,000").verdict.kind == "single"


def test_a_bare_year_each_source_tells_once_joins_the_same_year_only():
    """ "the first increase since 2015" / "the first fare rise since 2015": one year, told
    by each; another year in the second source would stay apart."""
    report = _two(
        "The board voted to raise the fare, the first increase since 2015.",
        "This will be the first fare rise since 2015.",
    )
    fact = _fact_with(report, "a", "2015")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The board voted to raise the fare, the first increase since 2015.",
        "This will be the first fare rise since 2014.",
    )
    assert not report.conflicts
    assert _fact_with(report, "a", "2015").verdict.kind == "single"


_HOSPITAL_A = (
    "Eight of the injured were taken to area hospitals, and {} were listed in serious condition."
)
_HOSPITAL_B = (
    "Eight people were transported to hospitals, and {} remained in serious condition Saturday."
)


def test_a_bare_amount_beside_one_fact_joins_a_like_one_beside_it_elsewhere():
    """ "Eight ... taken to hospitals, and two were listed in serious condition" / "Eight
    people were transported to hospitals, and two remained in serious condition": "two"
    is read as nothing, but beside the one fact of the eight in each source it is one count."""
    report = _two(_HOSPITAL_A.format("two"), _HOSPITAL_B.format("two"))
    fact = _fact_with(report, "a", "two")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_bare_amounts_beside_one_fact_never_conflict():
    """ "two" / "three" beside the same fact may be two things: neither joins the other."""
    report = _two(_HOSPITAL_A.format("two"), _HOSPITAL_B.format("three"))
    assert _fact_with(report, "a", "two").verdict.kind == "single"


def test_a_bare_amount_beside_no_shared_fact_stays_apart():
    """Without a fact beside both ("Eight" told by one source only), "two" joins nothing."""
    report = _two(
        _HOSPITAL_A.format("two"),
        "Officials said two remained in serious condition Saturday.",
    )
    assert _fact_with(report, "a", "two").verdict.kind == "single"


def test_two_like_amounts_in_one_sentence_are_not_told_apart():
    """ "two were listed in serious condition and two were released": which "two" is the
    other source's is not read, so neither joins."""
    report = _two(
        "Eight of the injured were taken to area hospitals; two were listed in serious"
        " condition and two others were released.",
        _HOSPITAL_B.format("two"),
    )
    assert _fact_with(report, "b", "two").verdict.kind == "single"


def test_a_thing_installed_and_built_in_one_year_is_one_making():
    """ "The stands were installed in 1978" / "The stands, built in 1978": one making; a
    thing may be built before it is put in place, so other years are never a conflict."""
    report = _two(
        "The stands were installed in 1978, according to county records.",
        "The stands, built in 1978, were inspected in August.",
    )
    fact = _fact_with(report, "a", "1978")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The stands were installed in 1985, according to county records.",
        "The stands, built in 1978, were inspected in August.",
    )
    assert not report.conflicts


def test_construction_jobs_are_a_set_apart_from_the_jobs_a_plant_brings():
    """ "would bring 650 jobs" / "support about 1,200 construction jobs": the jobs of building
    the plant are gone when it is built, so the two counts are no conflict."""
    report = _two(
        "The recycler said the plant would bring 650 jobs to the county.",
        "The project is also expected to support about 1,200 construction jobs.",
    )
    assert not report.conflicts


def test_an_amount_printed_as_no_figure_beside_one_fact_joins_nothing():
    """ "dozens" beside the one fact of the eight in each source: a word of many is met in
    any sentence, so it joins nothing by what stands beside it."""
    report = _two(
        "Eight of the injured were taken to area hospitals, and dozens were listed as shaken.",
        "Eight people were transported to hospitals, and dozens remained as shaken Saturday.",
    )
    assert _fact_with(report, "a", "dozens").verdict.kind == "single"


def test_a_date_to_come_each_source_tells_once_in_another_year_is_one_date():
    """ "begin production in 2028" / "operating by the end of 2028" / "in late 2028": each
    source names one date in a year other than the story's, so the three are one date."""
    report = _three(
        "Acme said on Tuesday it plans to begin production in 2028.",
        "Acme announced the plant Tuesday and expects it to be operating by the end of 2028.",
        "Acme on Tuesday said it expects to begin recycling operations in late 2028.",
    )
    fact = _fact_with(report, "b", "2028")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"


def test_dates_in_the_story_s_own_year_are_not_aligned_by_their_year():
    """ "inspected in July" / "last painted in July", told in a story of this year's days:
    the year holds too many dates to tell one apart, so the months stay apart."""
    report = _two(
        "The stands were inspected in July, officials said on Tuesday.",
        "The stands were last painted in July, the district said on Monday.",
    )
    assert _fact_with(report, "a", "July").verdict.kind == "single"


def test_a_year_told_from_the_story_s_is_not_aligned_by_its_year():
    """ "The county clinic opened last year" / "the inquiry began last fall": years told
    from the story's are most often its background, so the two stay apart."""
    report = _two(
        "The county clinic opened last year, the coroner said.",
        "The sheriff said the inquiry began last fall.",
    )
    assert _fact_with(report, "a", "last year").verdict.kind == "single"


def test_counts_of_a_plain_noun_far_apart_are_two_counts():
    """ "Roughly 150 fans were in the section" / "Nearly 1,800 fans attended": twelve times
    as many is a count of something else, not one count in conflict."""
    report = _two(
        "Roughly 150 fans were in the section when it fell.",
        "Nearly 1,800 fans attended the game, according to ticket scans.",
    )
    assert not report.conflicts


def test_counts_of_an_event_far_apart_are_still_one_count_in_conflict():
    """ "4 workers were killed" / "40 workers were killed": an event read says which count
    it is, so the two are one count in conflict, however far apart."""
    report = _two(
        "Officials said 4 workers were killed in the blast.",
        "Officials said 40 workers were killed in the blast.",
    )
    fact = _fact_with(report, "a", "4 workers")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_onlookers_hurt_are_the_people_hurt_when_the_counts_are_alike():
    """ "injuring 19 people" / "Twenty-three people were hurt" / "Nineteen spectators were
    injured": the spectators may be all of the hurt or a part, so they join only a like
    count, here one side of the conflict; an unlike one stays apart, never a conflict."""
    report = _three(
        "The stands gave way during the game, injuring 19 people.",
        "Twenty-three people were hurt, the agency said.",
        "Nineteen spectators were injured in the incident.",
    )
    fact = _fact_with(report, "c", "Nineteen spectators")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"
    report = _two(
        "The stands gave way during the game, injuring 19 people.",
        "Twelve spectators were injured in the incident.",
    )
    assert not report.conflicts


def test_charges_and_counts_of_a_case_are_one_noun():
    """ "11 other charges were dropped" / "the State agreed to dismiss 11 additional counts":
    a count of a case is a charge, so the two are one count."""
    report = _two(
        "Under the plea agreement, 11 other charges were dropped.",
        "As part of the plea agreement, the State agreed to dismiss 11 additional counts.",
    )
    fact = _fact_with(report, "a", "11 other charges")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_days_each_source_tells_once_in_one_month_of_another_year_are_one_day():
    """ "set sentencing for Jan. 21" / "Sentencing is scheduled for January 14, 2027", in a
    story of this year's days: each source tells one day of that month of another year, so
    the two are one day, in conflict; days of two months stay apart."""
    report = _two(
        "He pleaded guilty on Monday. The judge set sentencing for Jan. 21.",
        "He pleaded guilty on Monday. Sentencing is scheduled for January 14, 2027.",
    )
    fact = _fact_with(report, "a", "Jan. 21")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "conflict"
    report = _two(
        "He pleaded guilty on Monday. The judge set sentencing for Jan. 21.",
        "He pleaded guilty on Monday. Sentencing is scheduled for March 3, 2027.",
    )
    assert _fact_with(report, "a", "Jan. 21").verdict.kind == "single"


def test_a_day_told_with_no_verb_beside_one_told_with_a_verb_is_no_second_happening():
    """ "Officials halted Sunday's race ... took to social media on Sunday": the day with no
    verb read is no second happening of the day, so the source still tells the day once and
    its halt joins "stopped ... Sunday morning" and "On May 17, runners crossed the line"."""
    report = reconcile.compare(
        [
            {
                "text": "Organizers stopped the city marathon Sunday morning as the heat climbed.",
                "id": "a",
                "published": "2026-05-17",
            },
            {
                "text": "Race officials halted Sunday's marathon in the heat. Many runners"
                " took to social media on Sunday to ask for refunds.",
                "id": "b",
                "published": "2026-05-18",
            },
            {
                "text": "On May 17, 6,312 runners crossed the start line of the marathon.",
                "id": "c",
                "published": "2026-05-19",
            },
        ]
    )
    fact = _fact_with(report, "c", "May 17")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"
