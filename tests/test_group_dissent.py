"""Grouping: the dissenting account's value joins the fact the other accounts agree on.

Each story is made up. Three accounts word one fact three ways; the two that agree used to be
joined (or not at all) while the third account's value stayed a single claim, so a conflict
was printed as an agreement.
"""

from __future__ import annotations

import reconcile


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    sources = [
        {"id": chr(97 + i), "text": text, "published": "2025-05-14"} for i, text in enumerate(texts)
    ]
    report = reconcile.compare(sources)
    return [(f.verdict.kind, sorted(c.text for c in f.claims)) for f in report.facts]


def test_three_sums_each_worded_apart_are_one_sum_in_conflict() -> None:
    facts = _facts(
        "A gas line ruptured under Pell Avenue in Dunmore on Monday. "
        "Rebuilding the line will take $3.4 million, the city engineer said.",
        "A gas line ruptured under Pell Avenue on Monday. "
        "Alderman Tobias Renn put the mending at $5.5 million. "
        "Renn said the town will forgo about $70,000 in permit fees meanwhile.",
        "A gas line failed under Pell Avenue on Monday. "
        "Crews priced the rebuild at $3.4 million in a first tally.",
    )
    assert ("conflict", ["$3.4 million", "$3.4 million", "$5.5 million"]) in facts
    assert ("single", ["about $70,000"]) in facts


def test_a_lone_sum_joins_the_sum_two_others_agree_on() -> None:
    facts = _facts(
        "A tanker overturned on Route 9 near Felton on Tuesday. "
        "Scrubbing the roadside will take $620,000, a state aide said.",
        "A tanker overturned on Route 9 on Tuesday. "
        "Commissioner Ada Brill reckoned the tab at about $1 million.",
        "A tanker overturned on Route 9 on Tuesday. "
        "The state budgeted $620,000 for the scrubbing work.",
    )
    assert ("conflict", ["$620,000", "$620,000", "about $1 million"]) in facts


def test_a_sum_of_another_event_stays_apart() -> None:
    facts = _facts(
        "Deputies took 30 pounds of cocaine and $212,000 in cash from a Marlow farm on Friday.",
        "Deputies raided a Marlow farm on Friday. "
        "The farm's owner, Oren Pask, is held on a $350,000 bond.",
        "A Marlow farm yielded more than $200,000 in cash to deputies on Friday.",
    )
    assert all("$350,000" not in claims or len(claims) == 1 for _, claims in facts)


def test_a_sum_far_from_the_agreed_one_stays_apart() -> None:
    facts = _facts(
        "The team spent $2.6 million on stadium lighting in Harwick.",
        "Ticket revenue for the night came to about $900,000, the team said.",
        "The team invested $2.6 million in new stadium lighting.",
    )
    assert all("about $900,000" not in claims or len(claims) == 1 for _, claims in facts)


def test_a_source_that_tells_the_agreed_sum_keeps_its_other_sums_apart() -> None:
    facts = _facts(
        "The dearer parking permits should yield about $1.5 million a year. "
        "Spending on snow removal grew $2.1 million, the dean said.",
        "Permits will now bring the college roughly $1.5 million in extra income yearly.",
        "The permit change will generate $1.5 million annually, the college said.",
    )
    assert all("$2.1 million" not in claims or len(claims) == 1 for _, claims in facts)


def test_a_sum_of_another_period_stays_apart() -> None:
    facts = _facts(
        "A tanker overturned on Route 9 near Felton on Tuesday. "
        "Scrubbing the roadside will take $620,000, a state aide said.",
        "A tanker overturned on Route 9 on Tuesday. "
        "Last year the county spent about $1 million on scrubbing roads.",
        "A tanker overturned on Route 9 on Tuesday. "
        "The state budgeted $620,000 for the scrubbing work.",
    )
    assert ("agree", ["$620,000", "$620,000"]) in facts


def test_counts_of_people_named_alike_are_one_count() -> None:
    facts = _facts(
        "The Lindel Aquarium reopened in Sarn on Friday. "
        "Its gates let in 2.4 million visitors in 2024, the director said.",
        "The Lindel Aquarium reopened in Sarn on Friday. "
        "About 2.4 million people toured it in 2024.",
    )
    assert ("agree", ["2.4 million visitors", "About 2.4 million people"]) in facts


def test_a_lone_count_of_people_joins_the_count_others_agree_on() -> None:
    facts = _facts(
        "A ferry ran aground off Corra Point on Sunday. "
        "All 212 people on board were brought ashore, the coast guard said.",
        "A ferry ran aground off Corra Point on Sunday. "
        "About 260 residents were brought ashore by lifeboats.",
        "A ferry ran aground off Corra Point on Sunday. "
        "The coast guard said 212 people were brought ashore.",
    )
    assert any(
        kind == "conflict" and "About 260 residents" in claims and len(claims) == 3
        for kind, claims in facts
    )


def test_counts_of_two_kinds_of_people_stay_apart() -> None:
    facts = _facts(
        "The Lindel Aquarium reopened in Sarn on Friday. "
        "Its gates let in 2.4 million visitors in 2024, the director said.",
        "The Lindel Aquarium reopened in Sarn on Friday. "
        "About 2.4 million students toured it in 2024.",
    )
    assert ("single", ["About 2.4 million students"]) in facts


def test_small_counts_of_people_stay_apart() -> None:
    facts = _facts(
        "A van overturned on the Orrin bypass on Monday. Four people were taken to a clinic.",
        "A van overturned on the Orrin bypass on Monday. Four passengers walked away.",
    )
    assert ("single", ["Four passengers"]) in facts


def test_customers_of_a_utility_are_the_homes_others_count() -> None:
    facts = _facts(
        "A storm knocked out power in Varrow on Sunday. "
        "About 26,000 customers lost service at the height of it, the utility said.",
        "A storm knocked out power in Varrow on Sunday. Some 26,000 homes sat unlit at dusk.",
        "A storm knocked out power in Varrow on Sunday. Roughly 26,000 customers were unserved.",
    )
    assert any("Some 26,000 homes" in claims and len(claims) == 3 for kind, claims in facts), facts


def test_business_customers_are_no_homes() -> None:
    facts = _facts(
        "A storm knocked out power in Varrow on Sunday. "
        "About 2,600 business customers lost power, the utility said.",
        "A storm knocked out power in Varrow on Sunday. Some 2,600 homes lost power.",
    )
    assert ("single", ["Some 2,600 homes"]) in facts


def test_of_a_source_s_near_sums_the_one_alike_joins() -> None:
    facts = _facts(
        "The county board signed the $51.2 million canal contract on Monday. "
        "Washington supplies $31.5 million of it. "
        "A rival offer of $63.4 million lost in June.",
        "The county board signed the canal deal on Monday. About $31 million is federal money.",
        "A $31.5 million federal award pays for the canal, with county funds.",
    )
    assert any("$31.5 million" in claims and len(claims) == 3 for kind, claims in facts), facts


def test_a_lone_like_measure_joins_the_measure_others_agree_on() -> None:
    facts = _facts(
        "A sinkhole opened on Dorn Road in Kell on Monday. "
        "The road will stay shut for at least 36 hours, the county said.",
        "A sinkhole opened on Dorn Road on Monday. Drivers face a day and a half of detours.",
        "A sinkhole opened on Dorn Road on Monday. The closure will last a minimum of 36 hours.",
    )
    assert any("a day and a half" in claims and len(claims) == 3 for kind, claims in facts), facts


def test_an_unlike_lone_measure_is_no_dissent() -> None:
    facts = _facts(
        "A sinkhole opened on Dorn Road in Kell on Monday. "
        "The road will stay shut for at least 36 hours, the county said.",
        "A sinkhole opened on Dorn Road on Monday. Drivers face 30 hours of detours.",
        "A sinkhole opened on Dorn Road on Monday. The closure will last a minimum of 36 hours.",
    )
    assert all("30 hours" not in claims or len(claims) == 1 for _, claims in facts), facts
