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
    """ "about $30 million in incentives" / "$29 million in tax credits and a $8 million
    county grant": the one sum of its band the first source tells is the close one, $29
    million, in agreement; the grant stays apart."""
    report = _two(
        "The state offered about $30 million in incentives to win the plant.",
        "The package holds $29 million in tax credits and a $8 million county grant.",
    )
    fact = _fact_with(report, "a", "$30 million")
    assert {c.text for c in fact.claims} == {"about $30 million", "$29 million"}
    assert fact.verdict.kind == "agree"
    assert _fact_with(report, "b", "$8 million").verdict.kind == "single"


def test_a_lone_sum_between_two_close_sums_joins_neither():
    """ "about $30 million" against "$29 million in credits and $27 million in loans": both
    are close, which is the lone sum is not read, so it joins neither."""
    report = _two(
        "The state offered about $30 million in incentives to win the plant.",
        "The package holds $29 million in tax credits and $27 million in loans.",
    )
    assert _fact_with(report, "a", "$30 million").verdict.kind == "single"


def test_sums_far_apart_stay_apart():
    """ "$2 million in fees" / "$7 million in sales": two sums, not one in conflict."""
    report = _two(
        "The fraud cost the lenders $2 million in fees.",
        "The stalls brought in $7 million in sales last season.",
    )
    assert not report.conflicts


def test_a_sum_with_no_event_does_not_contradict_a_sum_of_an_event():
    """ "damage was put at $4 million" (an event read) / "finished a $4.6 million
    renovation last year" (none): the renovation is another sum, joined to no other."""
    report = _two(
        "The fire chief said damage was put at $4 million.",
        "The warehouse had finished a $4.6 million expansion last year.",
    )
    assert _fact_with(report, "b", "$4.6 million").verdict.kind == "single"


def test_a_span_of_sums_is_not_one_sum():
    """ "deposits of $2,000 to $9,000" / "cost me $7,500": a span is many sums."""
    report = _two(
        "Many homeowners put down deposits of $2,000 to $9,000.",
        '"The repair cost me $7,500," a neighbour said.',
    )
    assert _fact_with(report, "b", "$7,500").verdict.kind == "single"


def test_a_bare_year_each_source_tells_once_joins_the_same_year_only():
    """ "the first increase since 2011" / "the first fare rise since 2011": one year, told
    by each; another year in the second source would stay apart."""
    report = _two(
        "The board voted to raise the fare, the first increase since 2011.",
        "This will be the first fare rise since 2011.",
    )
    fact = _fact_with(report, "a", "2011")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The board voted to raise the fare, the first increase since 2011.",
        "This will be the first fare rise since 2010.",
    )
    assert not report.conflicts
    assert _fact_with(report, "a", "2011").verdict.kind == "single"


_HOSPITAL_A = "Nine of the injured were taken to hospitals, and {} were kept overnight."
_HOSPITAL_B = "Nine people were taken to hospitals, and {} stayed overnight Friday."


def test_a_bare_amount_beside_one_fact_joins_a_like_one_beside_it_elsewhere():
    """ "Nine ... taken to hospitals, and two were kept overnight" / "Nine people were taken
    to hospitals, and two stayed overnight": the first "two" is read as nothing, but beside
    the one fact of the nine in each source it is one count."""
    report = _two(_HOSPITAL_A.format("two"), _HOSPITAL_B.format("two"))
    fact = _fact_with(report, "a", "two")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_bare_amounts_beside_one_fact_never_conflict():
    """ "two" / "three" beside the same fact may be two things: neither joins the other."""
    report = _two(_HOSPITAL_A.format("two"), _HOSPITAL_B.format("three"))
    assert _fact_with(report, "a", "two").verdict.kind == "single"


def test_a_bare_amount_beside_no_shared_fact_stays_apart():
    """Without a fact beside both ("Nine" told by one source only), "two" joins nothing."""
    report = _two(
        _HOSPITAL_A.format("two"),
        "Officials said two stayed overnight Friday.",
    )
    assert _fact_with(report, "a", "two").verdict.kind == "single"


def test_a_bare_amount_does_not_enter_a_conflict_beside_one_fact():
    """ "two were kept overnight" beside the nine in hospital, against "two stayed overnight"
    / "three stayed overnight" of two other sources in conflict: like one side only, so
    it joins neither side."""
    report = _three(
        _HOSPITAL_A.format("two"),
        _HOSPITAL_B.format("two"),
        "Nine people were taken to hospitals, and three stayed overnight.",
    )
    assert _fact_with(report, "a", "two").verdict.kind == "single"


def test_two_like_amounts_in_one_sentence_are_not_told_apart():
    """ "two were kept overnight and two others were sent home": which "two" is the
    other source's is not read, so neither joins."""
    report = _two(
        "Nine of the injured were taken to hospitals; two were kept overnight and two"
        " others were sent home.",
        _HOSPITAL_B.format("two"),
    )
    assert _fact_with(report, "b", "two").verdict.kind == "single"


def test_a_thing_installed_and_built_in_one_year_is_one_making():
    """ "The footbridge was installed in 1964" / "The footbridge, built in 1964": one making; a
    thing may be built before it is put in place, so other years are never a conflict."""
    report = _two(
        "The footbridge was installed in 1964, according to city records.",
        "The footbridge, built in 1964, was repainted in May.",
    )
    fact = _fact_with(report, "a", "1964")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The footbridge was installed in 1971, according to city records.",
        "The footbridge, built in 1964, was repainted in May.",
    )
    assert not report.conflicts


def test_construction_jobs_are_a_set_apart_from_the_jobs_a_plant_brings():
    """ "would bring 300 jobs" / "support about 900 construction jobs": the jobs of building
    the plant are gone when it is built, so the two counts are no conflict."""
    report = _two(
        "The maker said the mill would bring 300 jobs to the valley.",
        "The project is also expected to support about 900 construction jobs.",
    )
    assert not report.conflicts


def test_an_amount_printed_as_no_figure_beside_one_fact_joins_nothing():
    """ "dozens" beside the one fact of the eight in each source: a word of many is met in
    any sentence, so it joins nothing by what stands beside it."""
    report = _two(
        "Nine of the injured were taken to hospitals, and dozens were listed as shaken.",
        "Nine people were taken to hospitals, and dozens remained as shaken Friday.",
    )
    assert _fact_with(report, "a", "dozens").verdict.kind == "single"


def test_a_date_to_come_each_source_tells_once_in_another_year_is_one_date():
    """ "open the mill in 2031" / "running by the end of 2031" / "in late 2031": each
    source names one date in a year other than the story's, so the three are one date."""
    report = _three(
        "Acme said on Tuesday it plans to open the mill in 2031.",
        "Acme announced the mill Tuesday and expects it to be running by the end of 2031.",
        "Acme on Tuesday said it expects to start milling in late 2031.",
    )
    fact = _fact_with(report, "b", "2031")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"


def test_dates_in_the_story_s_own_year_are_not_aligned_by_their_year():
    """ "inspected in March 2026" / "last painted in March 2026", told in a story of this year's days:
    the year holds too many dates to tell one apart, so the months stay apart."""
    report = _two(
        "The footbridge was inspected in March 2026, officials said on Tuesday.",
        "The footbridge was last painted in March 2026, the city said on Monday.",
    )
    assert _fact_with(report, "a", "March").verdict.kind == "single"


def test_a_year_told_from_the_story_s_is_not_aligned_by_its_year():
    """ "The county clinic opened last year" / "the inquiry began last fall": years told
    from the story's are most often its background, so the two stay apart."""
    report = _two(
        "The county clinic opened last year, the coroner said.",
        "The sheriff said the inquiry began last fall.",
    )
    assert _fact_with(report, "a", "last year").verdict.kind == "single"


def test_counts_of_a_plain_noun_far_apart_are_two_counts():
    """ "About 40 fans stood on the terrace" / "Some 900 fans attended": over twenty times
    as many is a count of something else, not one count in conflict."""
    report = _two(
        "About 40 fans stood on the terrace when it cracked.",
        "Some 900 fans attended the match, the club said.",
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
    """ "injuring 12 people" / "Fifteen people were hurt" / "Twelve spectators were
    injured": the spectators may be all of the hurt or a part, so they join only a like
    count, here one side of the conflict; an unlike one stays apart, never a conflict."""
    report = _three(
        "The railing gave way during the parade, injuring 12 people.",
        "Fifteen people were hurt, the council said.",
        "Twelve spectators were injured in the accident.",
    )
    fact = _fact_with(report, "c", "Twelve spectators")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"
    report = _two(
        "The railing gave way during the parade, injuring 12 people.",
        "Seven spectators were injured in the accident.",
    )
    assert not report.conflicts


def test_charges_and_counts_of_a_case_are_one_noun():
    """ "five other charges were dismissed" / "the county agreed to drop five additional counts":
    a count of a case is a charge, so the two are one count."""
    report = _two(
        "Under the deal, five other charges were dismissed.",
        "Under the deal, the county agreed to drop five additional counts.",
    )
    fact = _fact_with(report, "a", "five other charges")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_days_each_source_tells_once_in_one_month_of_another_year_are_one_day():
    """ "set a hearing for March 9" / "The hearing is scheduled for March 2, 2027", in a
    story of this year's days: each source tells one day of that month of another year, so
    the two are one day, in conflict; days of two months stay apart."""
    report = _two(
        "She admitted the theft on Monday. The judge set a hearing for March 9.",
        "She admitted the theft on Monday. The hearing is scheduled for March 2, 2027.",
    )
    fact = _fact_with(report, "a", "March 9")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "conflict"
    report = _two(
        "She admitted the theft on Monday. The judge set a hearing for March 9.",
        "She admitted the theft on Monday. The hearing is scheduled for June 3, 2027.",
    )
    assert _fact_with(report, "a", "March 9").verdict.kind == "single"


def test_a_day_told_with_no_verb_beside_one_told_with_a_verb_is_no_second_happening():
    """ "Police closed Saturday's festival ... asked for refunds online on Saturday": the day with no
    verb read is no second happening of the day, so the source still tells the day once and
    its closing joins "stopped ... Saturday morning" and "On June 13, visitors passed"."""
    report = reconcile.compare(
        [
            {
                "text": "Organizers stopped the river festival Saturday morning as the storm"
                " came in.",
                "id": "a",
                "published": "2026-06-13",
            },
            {
                "text": "Police closed Saturday's festival in the storm. Many visitors"
                " asked for refunds online on Saturday.",
                "id": "b",
                "published": "2026-06-14",
            },
            {
                "text": "On June 13, 4,100 visitors passed the gates of the festival.",
                "id": "c",
                "published": "2026-06-15",
            },
        ]
    )
    fact = _fact_with(report, "c", "June 13")
    assert _sources(fact) == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"
