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
    """ "still without power Tuesday: 6,100" / "Wednesday, fewer than 2,000": two days' levels."""
    report = _dated(
        ("About 6,100 Halvard Power customers were still without power on June 9.", "2026-06-10"),
        ("On June 10, fewer than 2,000 customers remained without service.", "2026-06-11"),
    )
    assert _sources(_fact_with(report, "a", "6,100")) == {"a"}


def test_a_level_on_one_day_told_twice_is_one_fact():
    report = _dated(
        ("About 6,100 Halvard Power customers were still without power on June 9.", "2026-06-10"),
        ("About 4,000 Halvard Power customers were still without power on June 9.", "2026-06-11"),
    )
    level = _fact_with(report, "a", "6,100")
    assert _sources(level) == {"a", "b"}
    assert level.verdict.kind == "conflict"


def test_statements_on_each_source_s_own_day_are_two_statements():
    """ "the utility said Monday" in Monday's story / "announced today" in Wednesday's."""
    report = _dated(
        ("Crews restored power to most homes, the Pell Valley utility said Monday.", "2026-06-15"),
        ("Pell Valley Power has restored service, the company announced today.", "2026-06-17"),
    )
    assert _sources(_fact_with(report, "a", "Monday")) == {"a"}


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
    """ "operates nine mills" / "will close three mills": the level and a change."""
    report = _two(
        "Brannock Steel operates nine mills in the state.",
        "Brannock Steel will close three mills next year.",
    )
    assert _sources(_fact_with(report, "a", "nine mills")) == {"a"}


def test_two_changes_of_one_count_still_conflict():
    report = _two(
        "Brannock Steel will close three mills next year.",
        "Brannock Steel plans to close four mills next year.",
    )
    change = _fact_with(report, "a", "three mills")
    assert _sources(change) == {"a", "b"}
    assert change.verdict.kind == "conflict"


def test_two_parts_of_one_day_are_two_happenings():
    """ "set out Monday morning" / "was reported missing Monday night"."""
    report = _two(
        "Ferran Oakes, of Pell City, was reported missing Monday night by his wife after he"
        " failed to return from a day hike on the Tallow Loop.",
        "Ferran Oakes, 41, set out Monday morning to hike the 12-mile Tallow Loop and was"
        " reported overdue that night.",
    )
    assert _sources(_fact_with(report, "a", "Monday night")) == {"a"}


def test_a_part_of_a_stated_whole_is_not_the_whole():
    """ "4,000 of its 7,500 employees" / "employs about 7,500 people"."""
    report = _two(
        "Pellworth Foods said 4,000 of its 7,500 employees will get raises.",
        "Pellworth Foods employs about 7,500 people.",
    )
    assert _sources(_fact_with(report, "a", "4,000")) == {"a"}


def test_a_part_told_of_its_whole_meets_the_part():
    report = _two(
        "Early Tuesday, 38 of the train's 141 cars derailed near Corbin Flats.",
        "Thirty-eight cars derailed near Corbin Flats early Tuesday.",
    )
    assert _sources(_fact_with(report, "a", "38")) == {"a", "b"}


def test_one_kind_of_several_counts_is_a_part():
    """ "12 counts of wire fraud and three counts of perjury" / "15 felony counts"."""
    report = _two(
        "Ilse Dorne was charged with 12 counts of wire fraud and three counts of perjury.",
        "Ilse Dorne faces 15 felony counts.",
    )
    total = _fact_with(report, "b", "15 felony counts")
    assert _sources(total) == {"b"}


def test_a_total_over_several_games_is_not_one_game_s():
    """ "80 points in four games" / "22 points in the title game"."""
    report = _two(
        "Tessa Vray finished the tournament with 80 points in four games.",
        "Tessa Vray scored 22 points in the title game.",
    )
    assert _sources(_fact_with(report, "a", "80 points")) == {"a"}


def test_an_age_threshold_is_no_one_s_age():
    """ "Eleven of the victims are over the age of 70" / "Marta Kolb, 52" / "Kolb, 53"."""
    report = reconcile.compare(
        [
            {"text": "Marta Kolb, 52, was charged on Friday.", "id": "a"},
            {"text": "Marta Kolb, 53, was arrested on Friday.", "id": "b"},
            {
                "text": "Kolb took deposits from at least 30 homeowners. Eleven of the"
                " victims are over the age of 70.",
                "id": "c",
            },
        ]
    )
    age = _fact_with(report, "a", "52")
    assert age.verdict.kind == "conflict"
    assert _sources(age) == {"a", "b"}


def test_a_count_of_the_whole_overall_is_not_a_part():
    """ "employs roughly 5,000 people overall" / "More than 3,000 employees will get raises"."""
    report = _two(
        "Orrin Foods employs roughly 5,000 people overall.",
        "More than 3,000 Orrin Foods employees will get raises.",
    )
    assert _sources(_fact_with(report, "a", "5,000")) == {"a"}


def test_a_tally_s_season_dates_no_happening():
    """ "the number of people killed in avalanches this winter" is no day of the avalanche."""
    report = _dated(
        (
            (
                "An avalanche killed two climbers Saturday. The deaths bring to nine the number"
                " of people killed in avalanches in Montana this winter, compared with four at"
                " the same point last season."
            ),
            "2026-01-19",
        ),
        ("Two climbers were killed Saturday in an avalanche.", "2026-01-19"),
    )
    day = _fact_with(report, "a", "Saturday")
    assert _sources(day) == {"a", "b"}
    assert "this winter" not in {c.text for c in day.claims}


def test_a_day_a_span_runs_from_or_ends_by_dates_no_happening():
    """ "by Monday afternoon", "since Tuesday": a span's bound, not another source's bare day."""
    report = _dated(
        (
            "He said crews had pumped the remaining fuel into a backup lagoon by Monday afternoon.",
            "2026-06-17",
        ),
        (
            "Tests showed dissolved oxygen in Marrow Creek at 0.8 milligrams per liter on Monday.",
            "2026-06-17",
        ),
    )
    assert _sources(_fact_with(report, "a", "Monday afternoon")) == {"a"}
    report = _dated(
        ("The Red Cross said it had served more than 900 meals since Tuesday.", "2026-06-17"),
        ("Gusts of up to 50 mph on Tuesday and Wednesday drove the flames on.", "2026-06-17"),
    )
    assert _sources(_fact_with(report, "a", "Tuesday")) == {"a"}


def test_where_things_are_moved_to_is_not_what_they_leave():
    """ "close three elementary schools" / "reassigned to four neighboring elementary schools"."""
    report = reconcile.compare(
        [
            {
                "text": "The Dunmore school board voted Tuesday night to close three elementary schools."
            },
            {"text": "The board voted Tuesday to close 3 elementary schools."},
            {
                "text": "The 900 students who attend the three schools will be reassigned to four"
                " neighboring elementary schools beginning in September 2027."
            },
        ]
    )
    closing = next(f for f in report.facts if "3 elementary schools" in {c.text for c in f.claims})
    assert closing.verdict.kind == "agree"
    assert "four neighboring elementary schools" not in {c.text for c in closing.claims}


def test_counts_of_two_years_are_two_facts():
    """ "had 40 buses last year" / "55 buses this year": two years' fleets, never in conflict."""
    report = _two(
        "The Pell County transit agency had 55 buses this year.",
        "The Pell County transit agency had 40 buses last year.",
    )
    assert _sources(_fact_with(report, "a", "55 buses")) == {"a"}


def test_a_level_now_and_the_level_a_change_leaves_are_two_facts():
    """ "The chain has 380 stores" / "will have 335 stores after the closures"."""
    report = _two(
        "The Marlo Home chain has 380 stores.",
        "The Marlo Home chain will have 335 stores after the closures.",
    )
    assert _sources(_fact_with(report, "a", "380 stores")) == {"a"}


def test_one_person_s_payment_is_not_the_sum_of_all():
    """ "she paid Corrin $18,400" / "payments totaling $512,400 from at least 30 homeowners"."""
    report = _two(
        "One of the homeowners, 91-year-old Ada Frell, said she paid Corrin $18,400 from her"
        " savings.",
        "Corrin accepted payments totaling $512,400 from at least 30 homeowners.",
    )
    assert _sources(_fact_with(report, "a", "$18,400")) == {"a"}
