"""compare(): figures of two times or two scopes are kept apart; figures of one are not.

Each story is made up. A level on a day against a level on another day, a statement on
each source's own day, a level against a change made to it, two parts of one day, a part
against its whole, one kind of several, a total over several games, an age threshold and
a tally's season are other facts than the figure they share a noun or a day with.
"""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

import reconcile


def _dated(a: tuple[str, str], b: tuple[str, str]) -> reconcile.Report:
    """compare() of two made-up sources, each with its own day of publication."""
    return reconcile.compare(
        [
            {"text": a[0], "id": "a", "published": a[1]},
            {"text": b[0], "id": "b", "published": b[1]},
        ]
    )


def test_a_level_on_one_day_and_on_another_are_two_facts():
    """ "still dark on June 9: 6,100" / "On June 10, fewer than 1,500": two days' levels."""
    report = _dated(
        ("About 6,100 Halvard Power customers were still in the dark on June 9.", "2026-06-10"),
        ("On June 10, fewer than 1,500 customers remained in the dark.", "2026-06-11"),
    )
    assert _sources(_fact_with(report, "a", "6,100")) == {"a"}


def test_a_level_on_one_day_told_twice_is_one_fact():
    report = _dated(
        ("About 6,100 Halvard Power customers were still in the dark on June 9.", "2026-06-10"),
        ("About 4,000 Halvard Power customers were still in the dark on June 9.", "2026-06-11"),
    )
    level = _fact_with(report, "a", "6,100")
    assert _sources(level) == {"a", "b"}
    assert level.verdict.kind == "conflict"


def test_statements_on_each_source_s_own_day_are_two_statements():
    """ "the water board said Thursday" in Thursday's story / "said today" in Saturday's."""
    report = _dated(
        (
            "Boil orders were lifted in most wards, the Pell Valley water board said Thursday.",
            "2026-06-18",
        ),
        ("The Pell Valley water board said today that all boil orders are lifted.", "2026-06-20"),
    )
    assert _sources(_fact_with(report, "a", "Thursday")) == {"a"}


def test_one_announcement_dated_two_days_is_still_a_conflict():
    """One source dates it on its own day, the other on the day before its own: one event."""
    report = _dated(
        ("Prosecutors announced the charges Monday, officials said.", "2026-06-15"),
        ("Prosecutors announced the charges Sunday, officials said.", "2026-06-16"),
    )
    day = _fact_with(report, "a", "Monday")
    assert _sources(day) == {"a", "b"}
    assert day.verdict.kind == "conflict"


def test_a_level_and_a_change_of_it_are_two_facts():
    """ "operates 12 mills" / "will close four mills": the level and a change."""
    report = _two(
        "Brannock Steel operates 12 mills in the state.",
        "Brannock Steel will close four mills next year.",
    )
    assert _sources(_fact_with(report, "a", "12 mills")) == {"a"}


def test_two_changes_of_one_count_still_conflict():
    report = _two(
        "Brannock Steel will close four mills next year.",
        "Brannock Steel plans to close five mills next year.",
    )
    change = _fact_with(report, "a", "four mills")
    assert _sources(change) == {"a", "b"}
    assert change.verdict.kind == "conflict"


def test_two_parts_of_one_day_are_two_happenings():
    """ "left the marina Friday morning" / "was reported missing Friday night"."""
    report = _two(
        "Ferran Oakes, of Pell City, was reported missing Friday night by his sister after his"
        " kayak did not return to the Tallow Bay marina.",
        "Ferran Oakes, 41, set out Friday morning from the Tallow Bay marina in his kayak and"
        " was reported missing by his sister.",
    )
    assert _sources(_fact_with(report, "a", "Friday night")) == {"a"}


def test_a_part_of_a_stated_whole_is_not_the_whole():
    """ "4,000 of its 7,500 employees" / "employs about 7,500 people"."""
    report = _two(
        "Pellworth Foods said 4,000 of its 7,500 employees will get raises.",
        "Pellworth Foods employs about 7,500 people.",
    )
    assert _sources(_fact_with(report, "a", "4,000")) == {"a"}


def test_a_part_told_of_its_whole_meets_the_part():
    report = _two(
        "Early Tuesday, 26 of the train's 90 cars derailed near Corbin Flats.",
        "Twenty-six cars derailed near Corbin Flats early Tuesday.",
    )
    assert _sources(_fact_with(report, "a", "26")) == {"a", "b"}


def test_one_kind_of_several_counts_is_a_part():
    """ "12 counts of wire fraud and three counts of perjury" / "15 felony counts"."""
    report = _two(
        "Ilse Dorne was charged with 12 counts of wire fraud and three counts of perjury.",
        "Ilse Dorne faces 15 felony counts.",
    )
    total = _fact_with(report, "b", "15 felony counts")
    assert _sources(total) == {"b"}


def test_a_total_over_several_games_is_not_one_game_s():
    """ "58 points over four games" / "finished the title game with 23 points"."""
    report = _two(
        "Tessa Vray finished the playoffs with 58 points over four games.",
        "Tessa Vray finished the title game with 23 points.",
    )
    assert _sources(_fact_with(report, "a", "58 points")) == {"a"}


def test_an_age_threshold_is_no_one_s_age():
    """ "Most of the buyers were past the age of 80" / "Marta Kolb, 52" / "Kolb, 53"."""
    report = reconcile.compare(
        [
            {"text": "Marta Kolb, 52, was charged on Friday.", "id": "a"},
            {"text": "Marta Kolb, 53, was arrested on Friday.", "id": "b"},
            {
                "text": "Kolb sold the bogus annuities to at least 30 retirees. Most of the"
                " buyers were past the age of 80.",
                "id": "c",
            },
        ]
    )
    age = _fact_with(report, "a", "52")
    assert age.verdict.kind == "conflict"
    assert _sources(age) == {"a", "b"}


def test_a_count_of_the_whole_overall_is_not_a_part():
    """ "has about 5,000 workers overall" / "More than 3,000 workers will get raises"."""
    report = _two(
        "Orrin Foods has about 5,000 workers overall.",
        "More than 3,000 Orrin Foods workers will get raises.",
    )
    assert _sources(_fact_with(report, "a", "5,000")) == {"a"}


def test_a_tally_s_season_dates_no_happening():
    """ "the number of people who drowned in the lake this summer" is no day of a drowning."""
    report = _dated(
        (
            (
                "Three swimmers drowned Saturday off Pell Point. The drownings bring to 12 the"
                " number of people who drowned in Lake Pell this summer, up from eight a year ago."
            ),
            "2026-07-20",
        ),
        ("Three swimmers drowned Saturday off Pell Point.", "2026-07-20"),
    )
    day = _fact_with(report, "a", "Saturday")
    assert _sources(day) == {"a", "b"}
    assert "this summer" not in {c.text for c in day.claims}


def test_a_day_a_span_runs_from_or_ends_by_dates_no_happening():
    """ "had cleared the road by Monday afternoon": a span's end, not another source's day."""
    report = _dated(
        (
            "Workers had cleared the last of the debris from Route 9 by Monday afternoon, he said.",
            "2026-06-17",
        ),
        ("Water in Marrow Creek rose to 14 feet on Monday, gauges showed.", "2026-06-17"),
    )
    assert _sources(_fact_with(report, "a", "Monday afternoon")) == {"a"}


def test_where_things_are_moved_to_is_not_what_they_leave():
    """ "close two elementary schools" / "transferred to three nearby elementary schools"."""
    report = reconcile.compare(
        [
            {"text": "The Pell school board voted Tuesday night to close two elementary schools."},
            {"text": "The board voted Tuesday to close 2 elementary schools."},
            {
                "text": "Pupils at the two schools will be transferred to three nearby elementary"
                " schools in the fall."
            },
        ]
    )
    closing = next(f for f in report.facts if "2 elementary schools" in {c.text for c in f.claims})
    assert closing.verdict.kind == "agree"
    assert "three nearby elementary schools" not in {c.text for c in closing.claims}


def test_counts_of_two_years_are_two_facts():
    """ "had 40 buses last year" / "55 buses this year": two years' fleets, never in conflict."""
    report = _two(
        "The Pell County transit agency had 55 buses this year.",
        "The Pell County transit agency had 40 buses last year.",
    )
    assert _sources(_fact_with(report, "a", "55 buses")) == {"a"}


def test_a_level_now_and_the_level_a_change_leaves_are_two_facts():
    """ "The chain has 210 stores" / "will have 184 stores after the closures"."""
    report = _two(
        "The Marlo Home chain has 210 stores.",
        "The Marlo Home chain will have 184 stores after the closures.",
    )
    assert _sources(_fact_with(report, "a", "210 stores")) == {"a"}


def test_one_person_s_payment_is_not_the_sum_of_all():
    """ "she paid Corrin $9,200" / "payments totaling $305,000 from more than 30 families"."""
    report = _two(
        "A retired teacher, Ada Frell, said she paid Corrin $9,200 for a roof that was never built.",
        "Corrin accepted payments totaling $305,000 from more than 30 families.",
    )
    assert _sources(_fact_with(report, "a", "$9,200")) == {"a"}


def test_a_level_to_come_without_a_change_meets_today_s_level():
    """ "the joined firm will employ about 2,150 workers" / "together employ 2,100 people"."""
    report = _two(
        "The joined firm, to be named Orvane Mills, will employ about 2,150 workers.",
        "Together the two firms have about 2,100 employees and nine mills.",
    )
    assert _sources(_fact_with(report, "a", "2,150")) == {"a", "b"}


def test_a_count_of_the_hurt_in_all_is_the_count_of_the_hurt():
    """ "five people in all were taken to hospitals" is the same fact as "seven people"."""
    report = _two(
        "The cook was among seven people taken to hospitals, the fire marshal said.",
        "The cook was hurt with two diners; five people in all were taken to Brell Hospital.",
    )
    hurt = _fact_with(report, "a", "seven people")
    assert _sources(hurt) == {"a", "b"}
    assert hurt.verdict.kind == "conflict"


def test_one_account_s_reading_and_its_own_threshold_are_two_measures():
    """ "reached 31 degrees" / "nine days above 28 degrees" in one account: two figures."""
    report = _two(
        "Water in the Velden lido reached 31 degrees on Tuesday. "
        "The lido has now counted nine straight days above 28 degrees, its manager said.",
        "Its manager said the lido water stayed above 28 degrees for nine days in a row.",
    )
    reading = _fact_with(report, "a", "31 degrees")
    assert [c.text for c in reading.claims if c.span.source_id == "a"] == ["31 degrees"]
