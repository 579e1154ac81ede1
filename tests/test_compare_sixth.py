"""compare(): grouping rules found by the sixth user test, each on two made-up sources."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import two as _two

import reconcile


def test_rescue_team_members_are_rescuers_not_the_workers():
    """ "62 rescue team members" are the rescuers ("More than 60 rescuers" agrees), not a
    count of the workers they went to ("All 30 workers ... are safe"): no false conflict."""
    report = _two(
        "All 30 workers who were inside the tunnel are safe. More than 60 rescuers helped.",
        "We thank the 62 rescue team members who worked through the night.",
    )
    assert _fact_with(report, "a", "30 workers").verdict.kind == "single"
    fact = _fact_with(report, "b", "62 rescue team members")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_computers_encrypted_are_computers_infected():
    """ "About 90 city computers were encrypted" / "more than 120 computers were infected":
    one count of the computers an attack hit, in conflict."""
    report = _two(
        "About 90 city computers were encrypted in the attack, the manager said.",
        "Officials said more than 120 computers were infected.",
    )
    fact = _fact_with(report, "a", "90 city computers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_count_of_those_present_is_no_count_of_the_workforce():
    """ "All 30 workers who were inside the plant" are those there at the time, not in
    conflict with "The plant employs 300 people"; another source's "Thirty workers were
    inside" is the same count."""
    present = "All 30 workers who were inside the plant at the time are safe."
    report = _two(present, "The plant employs 300 people, the owner said.")
    assert not report.conflicts
    report = _two(present, "Thirty workers were inside when the fire started.")
    fact = _fact_with(report, "a", "30 workers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_n_of_them_picked_by_no_event_is_a_part_not_the_set():
    """ "Six pupils were treated, and two of them were still there Friday": two of the six,
    never a count of the pupils another source gives ("pulled 12 pupils")."""
    report = _two(
        "Six pupils were treated at clinics, and two of them were still there Friday.",
        "Rescuers pulled 12 pupils from the school, the chief said.",
    )
    assert _fact_with(report, "a", "two").verdict.kind == "single"
    assert not report.conflicts


def test_two_parts_of_one_set_picked_by_other_verbs_stay_apart():
    """ "20 of them walked out" and "two of them were still there": two parts, no conflict."""
    report = _two(
        "Thirty pupils were in the hall, and 20 of them walked out on their own.",
        "Six pupils were treated at clinics, and two of them were still there Friday.",
    )
    assert not report.conflicts


def test_an_amount_per_diluted_share_is_an_amount_per_share():
    """ "$1.12 per share" / "$1.12 per diluted share": one amount per share, agreeing."""
    report = _two(
        "Net income fell to $50 million, or $1.12 per share, from a year earlier.",
        "Net income was $50 million, or $1.12 per diluted share.",
    )
    fact = _fact_with(report, "a", "$1.12 per share")
    assert {c.text for c in fact.claims} == {"$1.12 per share", "$1.12 per diluted share"}
    assert fact.verdict.kind == "agree"


def test_a_share_is_of_the_noun_after_of():
    """ "roughly 8% of its workforce" / "8 percent of the company's global workforce": one
    share of one whole, agreeing, whatever determiner or possessive comes before it."""
    report = _two(
        "The firm will cut 900 jobs, or roughly 8% of its workforce, it said on Monday.",
        "The layoffs amount to 8 percent of the company's global workforce.",
    )
    fact = _fact_with(report, "a", "roughly 8%")
    assert {c.text for c in fact.claims} == {"roughly 8%", "8 percent"}
    assert fact.verdict.kind == "agree"


def test_jobs_kept_are_not_jobs_cut():
    """ "will cut about 700 jobs" / "in exchange for keeping at least 2,000 jobs": two
    counts of jobs, no conflict."""
    report = _two(
        "The maker said it would cut about 700 jobs this year.",
        "It got a tax credit in exchange for keeping at least 2,000 jobs in the state.",
    )
    assert not report.conflicts
    assert _fact_with(report, "b", "2,000 jobs").verdict.kind == "single"


def test_a_count_of_a_named_area_meets_the_whole_only_with_a_like_count():
    """ "would cut 120 Denver-area jobs" / "would cut about 900 jobs": the jobs in one area
    are a part of the cuts, no conflict; "five Denver-area stores" / "five stores" agree."""
    report = _two(
        "The maker said it would cut about 900 jobs this year.",
        "The maker said it would cut 120 Denver-area jobs.",
    )
    assert not report.conflicts
    report = _two(
        "The maker will close five Denver-area stores.", "The maker will close five stores."
    )
    assert _fact_with(report, "a", "five Denver-area stores").verdict.kind == "agree"


def test_a_hyphened_period_before_a_noun_dates_the_noun_not_the_verb():
    """ "reported a lower second-quarter profit": the quarter is the profit's, never the day
    of the report ("reported its results on Tuesday")."""
    report = _two(
        "The maker said on Tuesday it would cut jobs as it reported a lower second-quarter profit.",
        "The maker reported its results on Tuesday.",
    )
    fact = _fact_with(report, "b", "Tuesday")
    assert {c.text for c in fact.claims} == {"Tuesday"}
    assert _fact_with(report, "a", "second-quarter").verdict.kind == "single"


def test_two_wordings_of_one_depth_meet():
    """ "trapped about 1,200 feet underground" / "reached them roughly 1,500 feet below
    ground": one depth, in conflict."""
    report = _two(
        "The workers were trapped about 1,200 feet underground in the shaft.",
        "Crews reached them roughly 1,500 feet below ground.",
    )
    fact = _fact_with(report, "a", "about 1,200 feet")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_an_amount_demanded_is_one_amount_however_worded():
    """ "are demanding $3 million in bitcoin, officials said" / "will not pay the 3 million
    dollars the attackers are demanding": one ransom, agreeing (the bitcoin is the form it
    is paid in, the officials who said it no part of what it is)."""
    report = _two(
        "The attackers are demanding $3 million in bitcoin, officials said Tuesday.",
        "The town will not pay the 3 million dollars the attackers are demanding.",
    )
    fact = _fact_with(report, "a", "$3 million")
    assert {c.text for c in fact.claims} == {"$3 million", "3 million dollars"}
    assert fact.verdict.kind == "agree"


def test_spending_and_funding_approved_are_one_amount():
    """ "approve $1.8 million in emergency spending" / "authorized up to $1.3 million in
    emergency funding": one sum the council allowed, in conflict."""
    report = _two(
        "The council voted 6-1 to approve $1.8 million in emergency spending to hire firms.",
        "Tonight the council authorized up to $1.3 million in emergency funding for recovery.",
    )
    fact = _fact_with(report, "a", "$1.8 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_money_charged_is_a_charge_not_a_crime():
    """ "will record a charge of $40 million" / "restructuring charges of up to $50 million":
    one charge, agreeing; money is never a count of criminal charges."""
    report = _two(
        "It will record a charge of $40 million tied to the restructuring, a filing shows.",
        "The company expects to book restructuring charges of up to $50 million.",
    )
    fact = _fact_with(report, "a", "$40 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_savings_a_year_are_annualized_savings():
    """ "deliver about $90 million a year in cost savings" / "generate approximately $90
    million in annualized cost savings": one yearly saving, agreeing. ("cost" before
    "savings" is a modifier, not a verb; the rate "a year" does not hide the savings.)"""
    report = _two(
        "The plan would deliver about $90 million a year in cost savings, the firm said.",
        "The firm expects to generate approximately $90 million in annualized cost savings.",
    )
    fact = _fact_with(report, "a", "about $90 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_population_is_one_figure_however_worded():
    """ "a city of about 30,000 people" / "Elmton, population 29,400": how many live there,
    agreeing."""
    report = _two(
        "Hackers hit Elmton, a city of about 30,000 people west of the river, officials said.",
        "Elmton, population 29,400, was also hit in 2022.",
    )
    fact = _fact_with(report, "b", "29,400")
    assert {c.text for c in fact.claims} == {"about 30,000 people", "29,400"}
    assert fact.verdict.kind == "agree"


def test_others_than_a_count_no_harm_befell_are_all_the_dead():
    """ "pulled 12 workers alive, but three other workers died": the three are all the dead
    (others than the 12), so "Three workers were killed" agrees."""
    report = _two(
        "Crews pulled 12 workers alive from the tunnel, but three other workers died.",
        "Three workers were killed when the roof fell, the mayor said.",
    )
    fact = _fact_with(report, "a", "three other workers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_bare_deaths_meet_the_killed_of_a_kind_only_with_a_like_count():
    """ "confirms 3 fatalities" / "Three workers were killed": one count, agreeing; "Six
    deaths" / "Two cyclists were killed" stay apart (the deaths may be of all kinds)."""
    report = _two(
        "Three workers were killed, the mayor said.", "The company confirms 3 fatalities."
    )
    fact = _fact_with(report, "b", "3 fatalities")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two("Two cyclists were killed, the mayor said.", "The company confirms 6 fatalities.")
    assert not report.conflicts


def test_the_people_whose_data_is_exposed_are_one_count_however_the_data_is_named():
    """ "Social Security numbers of as many as 9,000 residents" / "personal information of
    up to 9,000 people": one count of the people whose data was taken, agreeing."""
    report = _two(
        "Files that may include Social Security numbers of as many as 9,000 residents "
        "could have been copied, the manager said.",
        "The review indicates that personal information of up to 9,000 people may have "
        "been accessed.",
    )
    fact = _fact_with(report, "a", "9,000 residents")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"text": a, "id": "a", "published": "2026-06-16"},
            {"text": b, "id": "b", "published": "2026-06-16"},
            {"text": c, "id": "c", "published": "2026-06-17"},
        ]
    )


def test_bare_days_join_the_day_most_sources_date_a_harm_on():
    """ "Four people were hurt Sunday afternoon" / "The road was closed on June 14" / "on
    Sunday": the bare days of two sources join the one fact that dates a harm on that day."""
    report = _three(
        "Four people were hurt Sunday afternoon when a bus left the road near Millford.",
        "The road near Millford was quiet again on June 14, officials said.",
        "The road near Millford was quiet again on Sunday.",
    )
    fact = _fact_with(report, "a", "Sunday afternoon")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"


def test_a_bare_day_does_not_join_a_later_harm_day_told_by_fewer_sources():
    """The day most sources date the harm on is the event's: a follow-up's harm on another day
    ("underwent surgery Monday", read as a harm) takes no bare day of that day."""
    report = _three(
        "Two men were shot Sunday night outside a bar. One man was hurt again Monday in a fall.",
        "Two men were shot Sunday night outside a bar. The street was quiet on Monday.",
        "The street was quiet again on Monday, police said.",
    )
    monday = _fact_with(report, "c", "Monday")
    assert "a" not in {c.source_id for c in monday.claims}


def test_passengers_hurt_are_the_people_hurt_when_compatible():
    """ "Nine people suffered minor injuries" / "Nine passengers sustained minor injuries":
    one count; passengers may be a part of the people hurt, so unlike counts stay apart."""
    report = _two(
        "A bus slid off the road. Nine people suffered minor injuries, police said.",
        "Nine passengers sustained minor injuries when the bus slid off the road.",
    )
    fact = _fact_with(report, "b", "Nine passengers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "A bus slid off the road. Nine people suffered minor injuries, police said.",
        "Four passengers sustained minor injuries when the bus slid off the road.",
    )
    assert _fact_with(report, "b", "Four passengers").verdict.kind == "single"


def test_those_present_named_by_trade_and_as_workers_are_one_count_when_alike():
    """ "Thirty welders were inside the hall" / "All 30 workers who were inside": one count of
    those there; the workers may hold others, so 30 against 45 is no conflict."""
    report = _two(
        "Thirty welders were inside the hall when the roof gave way.",
        "All 30 workers who were inside the hall got out safely.",
    )
    fact = _fact_with(report, "a", "Thirty welders")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "Thirty welders were inside the hall when the roof gave way.",
        "All 45 workers who were inside the hall got out safely.",
    )
    assert _fact_with(report, "a", "Thirty welders").verdict.kind == "single"


def test_a_change_set_off_after_an_amount_is_the_change_of_that_amount():
    """ "Sales rose 5% to $2 billion" / "Sales of $2 billion, an increase of 5 percent compared
    with a year earlier": one change of the sales, not a comparison of something else."""
    report = _two(
        "Sales rose 5% to $2 billion in the quarter.",
        "- Sales of $2 billion, an increase of 5 percent compared with the prior-year quarter",
    )
    fact = _fact_with(report, "b", "5 percent")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    # a count before it: the change is of the count too; an amount in another clause is not
    report = _two(
        "The county reported 400 cases, an increase of 8 percent.",
        "Cases rose to 400 in the county. Prices were up, with an increase of 8 percent.",
    )
    assert {c.source_id for c in _fact_with(report, "a", "8 percent").claims} == {"a"}


def test_people_ordered_to_leave_are_the_people_evacuated():
    """ "Nearly 900 people have been ordered to evacuate" / "forced 600 people from their
    homes" / "Evacuation orders remain in place for about 600 residents": one count of the
    evacuated, here in conflict; a warning ("an evacuation warning covers") is no order."""
    report = _three(
        "Nearly 900 people have been ordered to evacuate, officials said.",
        "The blaze forced 600 people from their homes on Sunday.",
        "Evacuation orders remain in place for about 600 residents in two towns. An evacuation"
        " warning covers 400 people nearby.",
    )
    fact = _fact_with(report, "a", "Nearly 900 people")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"
    assert _fact_with(report, "c", "400 people").verdict.kind == "single"


def test_members_of_a_group_are_counted_as_the_group():
    """ "carrying 90 passengers and 12 crew members" / "90 passengers and 12 crew on board":
    one count of the crew."""
    report = _two(
        "The boat was carrying 90 passengers and 12 crew members when it ran aground.",
        "The boat had 90 passengers and 12 crew on board, the coast guard said.",
    )
    fact = _fact_with(report, "a", "12 crew members")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_part_of_the_rescued_taken_to_hospital_is_a_count_of_its_noun():
    """ "Four of the rescued divers were taken to hospitals" / "Four divers were treated at
    hospitals": the divers taken to hospital, not a count of the rescued."""
    report = _two(
        "Crews rescued nine divers. Four of the rescued divers were taken to hospitals.",
        "Four divers were treated at hospitals after the rescue, officials said.",
    )
    fact = _fact_with(report, "a", "Four")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_day_each_of_three_sources_tells_once_is_one_happening():
    """ "the dam gave way Monday night" / "a breach that occurred on June 15" / a bare "Monday
    evening": each source dates one thing on that day and no other, so the three are one."""
    report = _three(
        "The old dam near Millford gave way Monday night, flooding two farms.",
        "Water poured over the fields Monday evening, officials said.",
        "A breach that occurred on June 15 flooded two farms near Millford.",
    )
    fact = _fact_with(report, "a", "Monday night")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"


def test_a_day_told_by_two_sources_only_or_twice_by_one_stays_apart():
    """Two sources may date two happenings on one day by chance ("reopened Monday" / "claimed
    it Monday"); a source that dates two things on the day shows it holds more than one."""
    report = _two(
        "A group claimed the attack on Monday, the mayor said.",
        "City Hall reopened Monday, the mayor said.",
    )
    assert _fact_with(report, "a", "Monday").verdict.kind == "single"
    # a's first day is another ("inspected"): three leads of one day would be one happening
    report = _three(
        "The dam was inspected on June 1. The old dam near Millford gave way Monday night."
        " Crews arrived Monday morning.",
        "Water poured over the fields Monday evening, officials said.",
        "A breach that occurred on June 15 flooded two farms near Millford.",
    )
    assert {c.source_id for c in _fact_with(report, "a", "Monday night").claims} == {"a"}


def test_a_like_value_join_enters_a_conflict_when_it_restates_one_side_exactly():
    """ "cut about 900 jobs" (unmarked) meets wider counts only with a like value; against
    "1,200 jobs worldwide" / "approximately 900 positions" in conflict, it restates the one side
    exactly, so it joins the conflict; "about 1,000 jobs" restates neither and stays apart."""
    report = _three(
        "Acme said on Monday it would cut about 900 jobs as profit fell.",
        "Acme said it will eliminate 1,200 jobs worldwide.",
        "The plan will reduce its global workforce by approximately 900 positions.",
    )
    fact = _fact_with(report, "a", "about 900 jobs")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "conflict"
    report = _three(
        "Acme said on Monday it would cut about 1,000 jobs as profit fell.",
        "Acme said it will eliminate 1,200 jobs worldwide.",
        "The plan will reduce its global workforce by approximately 900 positions.",
    )
    assert {c.source_id for c in _fact_with(report, "a", "about 1,000 jobs").claims} == {"a"}


def test_a_distance_from_a_named_place_is_one_distance_however_worded():
    """ "about 4 kilometers (2.5 miles) from Elm Bay port" / "approximately four kilometers
    off Elm Bay": one distance of one place, agreeing; a distance off another place is another."""
    report = _two(
        "The boat hit a rock in rough seas about 4 kilometers (2.5 miles) from Elm Bay port.",
        "Divers found the wreck on a reef approximately four kilometers off Elm Bay.",
    )
    fact = _fact_with(report, "b", "four kilometers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert {c.text for c in fact.claims} >= {"2.5 miles"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The boat hit a rock in rough seas about 4 kilometers from Elm Bay port.",
        "Divers found the wreck on a reef approximately six kilometers off Pine Point.",
    )
    assert _fact_with(report, "b", "six kilometers").verdict.kind == "single"


def test_others_an_event_befell_meet_those_it_befell_only_with_a_like_count():
    """ "killing two people; five others were still missing" / "Five hikers remain missing":
    one count of the missing when alike; "three others" against "five hikers" is no conflict."""
    report = _two(
        "A landslide buried a trail, killing two people. Five others were still missing.",
        "Five hikers remain missing after the landslide, rescuers said.",
    )
    fact = _fact_with(report, "b", "Five hikers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "A landslide buried a trail, killing two people. Three others were still missing.",
        "Five hikers remain missing after the landslide, rescuers said.",
    )
    assert not report.conflicts
    assert _fact_with(report, "b", "Five hikers").verdict.kind == "single"


def test_an_age_described_does_not_enter_a_conflict_of_ages():
    """ "Tom Reed, 29" / "Tom Reed, 27" conflict; "A 29-year-old man who was walking by" may be
    another person: an age meets another only when alike, and never enters a conflict."""
    report = _three(
        "The driver, Tom Reed, 29, was hurt in the crash.",
        "The driver, Tom Reed, 27, was hurt in the crash.",
        "A 29-year-old man who was walking by was hurt.",
    )
    assert _fact_with(report, "c", "29-year-old").verdict.kind == "single"


def test_others_do_not_enter_a_conflict_of_those_an_event_befell():
    """ "Five people were hurt" / "Six people were hurt" conflict; "killing one; five others
    were hurt" are others than a set of their own story, so they stay out of that conflict."""
    report = _three(
        "Five people were hurt when the bus left the road near Millford.",
        "Six people were hurt when the bus left the road near Millford.",
        "The bus left the road, killing one person. Five others were hurt.",
    )
    assert _fact_with(report, "c", "Five others").verdict.kind == "single"
