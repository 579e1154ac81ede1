"""compare(): one set of things named by each source in its own word, counted once by each."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile
from reconcile import Source


def test_rescuers_and_searchers_counted_once_are_one_count():
    """ "About 50 rescuers" / "55 searchers": two words of one family, each source's one."""
    report = _two(
        "About 50 rescuers worked through the night on the ridge above Tillbury.",
        "The county said 55 searchers combed the slope until dawn.",
    )
    crews = _fact_with(report, "a", "About 50 rescuers")
    assert _sources(crews) == {"a", "b"}


def test_clubs_and_locations_of_a_chain_conflict():
    """ "72 clubs" / "75 locations": the premises a chain operates, in conflict."""
    report = _two(
        "The chain runs 72 clubs in three states.",
        "Brightpath Fitness has 75 locations.",
    )
    premises = _fact_with(report, "a", "72 clubs")
    assert _sources(premises) == {"a", "b"}
    assert premises.verdict.kind == "conflict"


def test_apartments_and_residential_units_agree():
    """ "260 apartments" / "260 residential units": one count of dwellings."""
    report = _two(
        "The council approved 260 apartments on the old mill site.",
        "The plan would bring 260 residential units to the Harlan Flats site.",
    )
    homes = _fact_with(report, "a", "260 apartments")
    assert _sources(homes) == {"a", "b"}
    assert homes.verdict.kind == "agree"


def test_a_kind_of_dwelling_is_no_count_of_all_of_them():
    """ "48 income-restricted homes" is a kind: it neither joins nor blocks the plain count."""
    report = _two(
        "The council approved 260 apartments on the old mill site.",
        "The plan would bring 260 residential units, including 48 income-restricted homes.",
    )
    homes = _fact_with(report, "a", "260 apartments")
    assert _sources(homes) == {"a", "b"}
    kind = _fact_with(report, "b", "48 income-restricted homes")
    assert _sources(kind) == {"b"}


def test_a_source_counting_two_sets_of_the_family_joins_none():
    """ "40 rescuers" / "25 searchers and 30 firefighters": which is which is not read."""
    report = _two(
        "About 40 rescuers worked on the slope.",
        "Some 35 searchers and 30 firefighters took part.",
    )
    assert _sources(_fact_with(report, "a", "About 40 rescuers")) == {"a"}


def test_counts_far_apart_stay_apart():
    """ "12 stores" / "40 outlets": more than half as much again, two sets."""
    report = _two(
        "The grocer will close 12 stores this spring.",
        "The company operates 40 outlets in the region.",
    )
    assert _sources(_fact_with(report, "a", "12 stores")) == {"a"}


def test_one_noun_counted_once_by_each_with_other_verbs_agrees():
    """ "raises about 4,400 sheep" / "held nearly 4,500 sheep": one flock, alike figures."""
    report = _two(
        "The ranch raises about 4,400 sheep on the plateau.",
        "The ranch held nearly 4,500 sheep before the fire.",
    )
    flock = _fact_with(report, "a", "about 4,400 sheep")
    assert _sources(flock) == {"a", "b"}
    assert flock.verdict.kind == "agree"


def test_a_crowd_told_in_the_same_words_by_each_source_is_one_count():
    """ "enough to feed 30,000 people" / "enough to feed 40,000 people": one crowd, in conflict."""
    report = _two(
        "The ship carries enough rice to feed about 30,000 people for a month.",
        "The cargo holds enough food to feed 40,000 people for a month.",
    )
    fed = _fact_with(report, "a", "30,000 people")
    assert _sources(fed) == {"a", "b"}
    assert fed.verdict.kind == "conflict"


def test_made_landfall_and_battered_date_one_landfall():
    """ "made landfall on Sunday, June 7" / "battered the coast on Sunday, June 7"."""
    report = _two(
        "Hurricane Orla made landfall on Sunday, June 7, near Port Selwyn.",
        "Hurricane Orla battered the coast on Sunday, June 7.",
    )
    day = _fact_with(report, "a", "June 7")
    assert _sources(day) == {"a", "b"}


def test_equipment_named_by_what_it_does_is_one_count():
    """ "a dozen water-filter systems" / "12 water filter units": what they do names them."""
    report = _two(
        "The convoy brought a dozen water-filter systems and tents.",
        "Supplies include 12 water filter units.",
    )
    filters = _fact_with(report, "a", "water-filter systems")
    assert _sources(filters) == {"a", "b"}
    assert filters.verdict.kind == "agree"


def test_takes_effect_and_effective_date_one_start():
    """ "takes effect next Monday" / "effective June 8": one start; the mark is no head."""
    report = reconcile.compare(
        [
            Source.from_text(
                "The new fare, $2.25 a ride, takes effect next Monday.",
                id="a",
                published="2026-06-03",
            ),
            Source.from_text("The new fare of $2.25 is effective June 8, 2026.", id="b"),
        ]
    )
    start = _fact_with(report, "a", "next Monday")
    assert _sources(start) == {"a", "b"}
    assert start.verdict.kind == "agree"


def test_a_meeting_that_lasted_and_ran_is_one_length():
    """ "lasted nearly three hours" / "ran about four hours": how long one meeting lasted."""
    report = _two(
        "The budget hearing lasted nearly three hours.",
        "The budget hearing ran about four hours before the vote.",
    )
    length = _fact_with(report, "a", "nearly three hours")
    assert _sources(length) == {"a", "b"}
    assert length.verdict.kind == "conflict"


def test_a_monthly_price_in_the_same_words_is_one_price():
    """ "would pay $40 a month" / "pay $45 a month", each source telling another sum of that
    size too (so no rule of one sum per source joins them): one price, in conflict."""
    report = _two(
        "Customers would pay $40 a month for basic service. A faster tier costs $70.",
        "Under the deal, subscribers pay $45 a month. Installation is $60.",
    )
    price = _fact_with(report, "a", "$40 a month")
    assert _sources(price) == {"a", "b"}
    assert price.verdict.kind == "conflict"


def test_a_bare_day_joins_the_one_fact_of_that_day_told_in_like_words():
    """ "pulled away from Port Selwyn on Tuesday night" (no verb read) and "departed Port
    Selwyn on June 9": one departure, the only happening of that day."""
    report = reconcile.compare(
        [
            Source.from_text(
                "The freighter pulled away from Port Selwyn on Tuesday night.",
                id="a",
                published="2026-06-10",
            ),
            Source.from_text(
                "The cargo ship departed Port Selwyn on June 9 with 40 containers of rice.",
                id="b",
                published="2026-06-10",
            ),
        ]
    )
    day = _fact_with(report, "b", "June 9")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "agree"


def test_a_bare_day_of_other_words_stays_apart():
    """ "a manhunt stretched into a third day Monday" / "were captured Monday night"."""
    report = reconcile.compare(
        [
            Source.from_text(
                "A manhunt stretched into a third day Monday for two escaped inmates.",
                id="a",
                published="2026-06-09",
            ),
            Source.from_text(
                "Deputies captured the two men Monday night near a quarry.",
                id="b",
                published="2026-06-09",
            ),
        ]
    )
    assert _sources(_fact_with(report, "b", "Monday night")) == {"b"}


def test_locations_a_little_more_than_clubs_conflict_and_far_more_stay_apart():
    """ "72 clubs" / "75 locations" are one count told a little differently; "40 stores" /
    "52 locations" may be two sets (the locations more than the stores): no conflict."""
    report = _two("The chain runs 72 clubs.", "Brightpath Fitness has 75 locations.")
    assert _fact_with(report, "a", "72 clubs").verdict.kind == "conflict"
    report = _two("The chain runs 40 stores.", "Brightpath Fitness has 52 locations.")
    assert not report.conflicts


def test_a_hearing_set_for_a_day_is_the_hearing_of_that_day():
    """ "A hearing on the merger is set for May 4" / "will hold a hearing on May 11": the day
    set is the hearing's, so the two days of one hearing conflict."""
    report = _two(
        "A hearing on the merger is set for May 4.",
        "Judge Ilse Varga will hold a hearing on May 11 before ruling on the merger.",
    )
    hearing = _fact_with(report, "a", "May 4")
    assert _sources(hearing) == {"a", "b"}
    assert hearing.verdict.kind == "conflict"


def test_a_compound_written_open_or_closed_is_one_noun():
    """ "about 800 line workers" (joined with "Some 800 workers") / "More than 750
    lineworkers": one count, whatever the spelling, the plain "workers" beside it."""
    report = reconcile.compare(
        [
            Source.from_text("The utility said about 800 line workers were out.", id="a"),
            Source.from_text("Some 800 workers were out, the utility said.", id="b"),
            Source.from_text("More than 750 lineworkers are restoring service.", id="c"),
        ]
    )
    crews = _fact_with(report, "c", "750 lineworkers")
    assert _sources(crews) == {"a", "b", "c"}


def test_a_groundbreaking_expected_in_a_season_is_the_start_of_construction():
    """ "Construction could begin next spring" / "Groundbreaking is expected in spring 2027":
    the day expected is the groundbreaking's, and a groundbreaking starts construction."""
    report = reconcile.compare(
        [
            Source.from_text(
                "Construction could begin next spring if the plan clears review.",
                id="a",
                published="2026-10-21",
            ),
            Source.from_text(
                "Groundbreaking is expected in spring 2027, the developer said.",
                id="b",
                published="2026-10-22",
            ),
        ]
    )
    start = _fact_with(report, "b", "spring 2027")
    assert _sources(start) == {"a", "b"}


def test_a_hearing_scheduled_ahead_and_a_past_hearing_of_another_day_stay_apart():
    """ "Hearings are scheduled ... Tuesday morning" (to come) / "Tuesday's hearing focused
    on a witness" a week later: two sittings, not one hearing in conflict."""
    report = reconcile.compare(
        [
            Source.from_text(
                "Preliminary hearings for the two men are scheduled in court Tuesday morning.",
                id="a",
                published="2026-03-09",
            ),
            Source.from_text(
                "Tuesday's hearing focused on a witness.", id="b", published="2026-03-20"
            ),
        ]
    )
    assert not report.conflicts


def test_a_count_told_with_a_harm_and_one_without_stay_apart():
    """ "The couple had three children" / "Three children were killed": alike figures, but
    one tells a harm the other does not, so they may be two sets."""
    report = _two(
        "The couple had three children, neighbors said.",
        "Three children were killed in the fire.",
    )
    assert _sources(_fact_with(report, "a", "three children")) == {"a"}
