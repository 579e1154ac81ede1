"""compare(): grouping rules found by the sealed stories of the sixth user test, on made-up sources."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile


def test_a_rate_is_no_count_of_those_there_at_one_time():
    """ "carried 14,000 vehicles daily" is a rate: never in conflict with the nine cars that
    fell; the seven another source says fell are the conflicting count."""
    report = _two(
        "Nine cars fell into the river when the bridge gave way.",
        "The bridge carried 14,000 vehicles daily. Seven vehicles fell into the river.",
    )
    fell = _fact_with(report, "a", "Nine cars")
    assert {c.text for c in fell.claims} == {"Nine cars", "Seven vehicles"}
    assert fell.verdict.kind == "conflict"
    assert _fact_with(report, "b", "14,000").verdict.kind == "single"


def test_two_wordings_of_one_rate_agree():
    """ "nearly 9,000 cars daily" / "about 9,000 vehicles per day": one rate."""
    report = _two(
        "The road carried nearly 9,000 cars daily before it flooded.",
        "It carries about 9,000 vehicles per day.",
    )
    rate = _fact_with(report, "a", "9,000 cars")
    assert _sources(rate) == {"a", "b"}
    assert rate.verdict.kind == "agree"


def test_a_year_ago_is_no_rate():
    """ "12 shops a year ago" says when, not how many each year: it is read as no rate."""
    report = _two(
        "The street had 12 shops a year ago.",
        "The street had 12 shops a year ago, a trader said.",
    )
    fact = _fact_with(report, "a", "12 shops")
    assert _sources(fact) == {"a", "b"}
    assert not any(t == "~rate" for c in fact.claims for t in c.attribute_tokens)


def test_the_year_of_an_apposition_does_not_date_the_sentence():
    """ "The hall, built in 1931, is a 120-foot brick structure": the length is of now, not
    of a past event, and meets another source's "120-foot brick building"; the two years
    (built / constructed) are one fact."""
    report = _two(
        "The hall, built in 1931, is a 120-foot brick building. It burned on Sunday.",
        "The hall, constructed in 1931, is a 120-foot brick structure that burned on Sunday.",
    )
    length = _fact_with(report, "a", "120-foot")
    assert _sources(length) == {"a", "b"}
    assert length.verdict.kind == "agree"
    year = _fact_with(report, "a", "1931")
    assert _sources(year) == {"a", "b"}


def test_a_date_of_a_past_event_still_marks_its_figures():
    """ "In 1987, a flood killed 300 people" stays a past event's figure (no apposition)."""
    report = _two(
        "The dam failed on Sunday. In 1987, a flood killed 300 people there.",
        "The dam failed on Sunday, killing 300 people.",
    )
    assert _fact_with(report, "a", "300 people").verdict.kind == "single"


def test_left_and_departed_date_one_leaving():
    """ "The ship left on May 2" / "departed Saturday, May 2": one date of one leaving."""
    report = _two(
        "The ferry left port on May 2 with 80 passengers.",
        "The ferry departed on Saturday, May 2, the operator said.",
    )
    fact = _fact_with(report, "a", "May 2")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_the_whole_a_part_is_of_meets_a_like_count():
    """ "12 of the train's 80 cars" counts 80 cars, the whole of the 12: another source's
    "The train had 80 cars" is the same count; the 12 stay apart from both."""
    report = _two(
        "Just 12 of the train's 80 cars derailed on Monday.",
        "Twelve cars derailed on Monday. The train had 80 cars.",
    )
    whole = _fact_with(report, "a", "80 cars")
    assert _sources(whole) == {"a", "b"}
    assert whole.verdict.kind == "agree"
    part = _fact_with(report, "a", "12")
    assert {c.text for c in part.claims} == {"12", "Twelve cars"}


def test_all_a_ship_carried_is_the_whole_not_those_who_fell_ill():
    """ "the ship, which carried nearly 2,900 passengers" is all on board, as "of the 2,870
    passengers on board" is: never a count of those who fell ill in its own source."""
    report = _two(
        "More than 300 passengers fell ill on the ship, which carried nearly 2,900 passengers.",
        "The line said 286 of the 2,870 passengers on board reported symptoms.",
    )
    aboard = _fact_with(report, "a", "2,900")
    assert {c.text for c in aboard.claims} == {"nearly 2,900 passengers", "2,870 passengers"}
    assert aboard.verdict.kind == "agree"
    ill = _fact_with(report, "a", "300 passengers")
    assert all("2,900" not in c.text for c in ill.claims)


def test_an_aside_does_not_hide_that_they_were_taken_to_hospital():
    """ "Two guests, both in their 70s, were taken to Ashgrove Medical Center": those taken to
    hospital, never in conflict with the 286 guests who fell ill; another source's "Two
    passengers were hospitalized" is the same count (a line's guests are its passengers)."""
    report = _two(
        "Two passengers were taken to hospital after the outbreak on the ship.",
        "In all, 286 guests fell ill. Two guests, both in their 70s, were taken to Ashgrove"
        " Medical Center.",
    )
    taken = _fact_with(report, "b", "Two guests")
    assert _sources(taken) == {"a", "b"}
    assert taken.verdict.kind == "agree"
    assert all("286" not in c.text for c in taken.claims)


def test_what_things_are_worth_is_one_sum_whatever_the_verb():
    """ "took four statues worth €3m" / "statues valued at around 3 million euros": the
    worth of the statues, in agreement; "experts say may be worth more than $9 million" /
    "valued at an estimated $6 million" are one worth, in conflict."""
    report = _two(
        "Thieves escaped with three statues valued at around 3 million euros.",
        "The thieves took four statues worth €3m, the mayor said.",
    )
    worth = _fact_with(report, "a", "3 million euros")
    assert _sources(worth) == {"a", "b"}
    assert worth.verdict.kind == "agree"
    report = _two(
        "Two men stole a sculpture valued at an estimated $6 million on Monday.",
        "It was a theft that experts say may be worth more than $9 million.",
    )
    worth = _fact_with(report, "a", "$6 million")
    assert _sources(worth) == {"a", "b"}
    assert worth.verdict.kind == "conflict"


def test_a_sum_estimated_keeps_what_it_is_of():
    """ "damage was estimated at $2 million" stays a sum of damage, not a worth."""
    report = _two(
        "Damage was estimated at $2 million, the chief said.",
        "The chief put the damage at roughly $2 million.",
    )
    assert _sources(_fact_with(report, "a", "$2 million")) == {"a", "b"}


def test_one_measure_told_once_by_each_source_is_one_fact():
    """ "were inside for less than four minutes" / "moving through the hall for about three
    minutes": each source states one measure in minutes and no other, so they are one
    (compatible); unlike ones ("ten minutes") stay apart, never a conflict."""
    report = _two(
        "The thieves were inside for less than four minutes, police said.",
        "Video shows the men moving through the hall for about three minutes.",
    )
    inside = _fact_with(report, "a", "four minutes")
    assert _sources(inside) == {"a", "b"}
    assert inside.verdict.kind == "agree"
    report = _two(
        "The thieves were inside for less than four minutes, police said.",
        "Video shows the men moving through the hall for ten minutes.",
    )
    assert _fact_with(report, "a", "four minutes").verdict.kind == "single"
    assert not report.conflicts


def test_a_bare_measure_joins_the_one_fact_of_its_exact_amount():
    """ "They were gone in under four minutes" names nothing but minutes: it joins the one
    fact that states that very amount ("spent less than four minutes inside"), and "within
    7 minutes" the police's "arrived within seven minutes"."""
    report = _two(
        "Officers arrived within seven minutes. The thieves spent less than four minutes inside.",
        "The alarm sounded and police came within 7 minutes. They were gone in under four minutes.",
    )
    inside = _fact_with(report, "a", "four minutes")
    assert {c.text for c in inside.claims} == {"less than four minutes", "under four minutes"}
    police = _fact_with(report, "a", "seven minutes")
    assert {c.text for c in police.claims} == {"seven minutes", "7 minutes"}


def test_a_source_restates_its_own_figure_with_a_like_value_only():
    """ "rupturing at least one tank car" and "Twenty-three cars" of one source are
    compatible (23 is at least one) but no one amount told twice: the tank car stays apart
    from the cars and meets the other source's "One tank car"."""
    report = _two(
        "The train derailed, rupturing at least one tank car. Twenty-three cars left the tracks.",
        "One tank car was breached, the railroad said.",
    )
    tank = _fact_with(report, "a", "tank car")
    assert {c.text for c in tank.claims} == {"at least one tank car", "One tank car"}
    assert tank.verdict.kind == "agree"
    assert not report.conflicts


def test_railcars_are_cars():
    """ "Twelve cars left the tracks" / "14 railcars derailed": one count, in conflict."""
    report = _two(
        "Twelve cars of the freight train left the tracks on Monday.",
        "On Monday, 14 railcars of the freight train left the tracks.",
    )
    cars = _fact_with(report, "a", "Twelve cars")
    assert _sources(cars) == {"a", "b"}
    assert cars.verdict.kind == "conflict"


def test_those_checked_for_a_harm_are_those_it_hurt():
    """ "Six firefighters from two towns were checked for breathing problems" / "Four
    firefighters were treated for smoke inhalation": one count of the hurt, in conflict."""
    report = _two(
        "Four firefighters were treated for smoke inhalation at the scene.",
        "Six firefighters from Elmwood and Oak Hill were checked for breathing problems.",
    )
    hurt = _fact_with(report, "a", "Four firefighters")
    assert _sources(hurt) == {"a", "b"}
    assert hurt.verdict.kind == "conflict"


def test_a_noun_each_source_counts_once_is_one_count():
    """ "two men who took six statues" / "five statues were stolen": the theft is read in one
    source only, but each counts statues once, so the counts are one (in conflict). Not when
    a source counts them twice, nor when the figures are far apart (two things of a noun)."""
    report = _two(
        "Police released video of two men who took six statues from the gallery.",
        "Five statues were stolen from the gallery, the director said.",
    )
    statues = _fact_with(report, "a", "six statues")
    assert _sources(statues) == {"a", "b"}
    assert statues.verdict.kind == "conflict"
    report = _two(
        "Police released video of two men who took six statues. The gallery owns 7 statues.",
        "Five statues were stolen from the gallery, the director said.",
    )
    assert _fact_with(report, "b", "Five statues").verdict.kind == "single"
    report = _two(
        "At least nine bullets were fired from the street on Saturday.",
        "Police said four bullets went through the home on Saturday.",
    )
    assert not report.conflicts


def test_things_and_things_of_a_kind_are_one_count_when_alike():
    """ "Thieves stole five paintings" / "five works were stolen": one count (the works may
    hold other kinds, so only like figures join)."""
    report = _two(
        "Thieves stole five paintings from the museum early on Saturday.",
        "Five works were stolen from its galleries, the museum said.",
    )
    stolen = _fact_with(report, "a", "five paintings")
    assert _sources(stolen) == {"a", "b"}
    assert stolen.verdict.kind == "agree"


def test_a_like_value_joins_its_side_of_a_conflict():
    """ "314 passengers reported symptoms" is alike "More than 300 passengers fell ill", one
    side of that count's conflict with "286": it joins the fact, on that side."""
    report = reconcile.compare(
        [
            {
                "text": "More than 300 passengers fell ill on the ship. Two passengers were"
                " taken to hospital.",
                "id": "a",
            },
            {"text": "In all, 314 passengers reported symptoms, the line said.", "id": "b"},
            {"text": "During the voyage, 286 passengers fell ill.", "id": "c"},
        ]
    )
    ill = _fact_with(report, "a", "300 passengers")
    assert _sources(ill) == {"a", "b", "c"}
    assert ill.verdict.kind == "conflict"


def test_crew_members_of_a_whole_are_crew_members():
    """ "19 of the ship's 1,160 crew members" counts 19 crew members, in conflict with
    "24 crew members" (each source counts crew once); the 1,160 stay apart."""
    report = _two(
        "In all, 24 crew members reported symptoms of the virus.",
        "During the voyage, 19 of the ship's 1,160 crew members reported symptoms.",
    )
    crew = _fact_with(report, "a", "24 crew members")
    assert {c.text for c in crew.claims} == {"24 crew members", "19"}
    assert crew.verdict.kind == "conflict"


def test_a_sum_given_to_a_fund_is_the_funds():
    """ "committed $2 million to a Ashgrove Community Relief Fund" / "set up a $2m community
    fund": one sum of one fund, whoever the sentence says gave it."""
    report = _two(
        "The railroad has set up a $2m community fund for displaced families.",
        "The company has committed $2 million to a Ashgrove Community Relief Fund.",
    )
    fund = _fact_with(report, "a", "$2m")
    assert _sources(fund) == {"a", "b"}
    assert fund.verdict.kind == "agree"


def test_of_those_a_number_is_what_it_is_said_to_be():
    """ "Of those, 5 are tank cars carrying fuel": five tank cars, a part of the cars counted
    before, as "Five of the derailed cars were tank cars" is; never the one tank car breached."""
    report = _two(
        "Twenty cars left the tracks. Five of the derailed cars were tank cars loaded with fuel.",
        "On Monday 21 railcars derailed. Of those, 5 are tank cars carrying fuel. One tank car"
        " was breached.",
    )
    tanks = _fact_with(report, "a", "Five")
    assert {c.text for c in tanks.claims} == {"Five", "5"}
    assert tanks.verdict.kind == "agree"


def test_the_day_a_happening_was_said_does_not_count_as_another_happening():
    """ "The line today confirmed that the ship returned this morning": the day of saying
    introduces the return, so the source tells the day of one happening, and it joins the
    other sources' "ended Tuesday" / "left the ship yesterday" (one day, one happening)."""
    report = reconcile.compare(
        [
            {
                "text": "The cruise ended Tuesday at the port, officials said.",
                "id": "a",
                "published": "2026-12-02",
            },
            {
                "text": "Weary passengers left the ship yesterday at the port.",
                "id": "b",
                "published": "2026-12-02",
            },
            {
                "text": "The line today confirmed that the ship returned to port this morning.",
                "id": "c",
                "published": "2026-12-01",
            },
        ]
    )
    ended = _fact_with(report, "a", "Tuesday")
    assert _sources(ended) == {"a", "b", "c"}
    assert ended.verdict.kind == "agree"


def test_people_away_from_their_homes_are_those_evacuated():
    """ "About 900 residents of the town spent the night away from home" are those the
    evacuation moved: one count with "officials evacuated about 900 residents"."""
    report = _two(
        "About 900 residents of the town spent the night away from home after the leak.",
        "Officials evacuated approximately 900 residents from 300 homes.",
    )
    moved = _fact_with(report, "a", "900 residents")
    assert _sources(moved) == {"a", "b"}
    assert moved.verdict.kind == "agree"


def test_a_number_counts_its_noun_past_a_hyphened_adjective():
    """ "escaped with three 17th-century paintings" counts three paintings, in conflict with
    another source's "took four paintings"."""
    report = _two(
        "Thieves escaped with three 17th-century paintings early on Monday.",
        "The thieves took four paintings in the raid.",
    )
    stolen = _fact_with(report, "b", "four paintings")
    assert {c.text for c in stolen.claims} == {"three", "four paintings"}
    assert stolen.verdict.kind == "conflict"
