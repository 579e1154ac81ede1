"""Values missed or misread (branch ext35): each rule with made-up sentences."""

from __future__ import annotations

from reconcile import Source
from reconcile.extract import extract
from reconcile.extract.numbers import find_ordinals, find_quantities, find_readings


def _said(text: str, published: str = "2026-05-10") -> list[tuple[str, str]]:
    return [(c.text, c.describe()) for c in extract(Source.from_text(text, published=published))]


def _described(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], q.describe()) for s, e, q in find_quantities(text)]


# --- one unit of time after "a", told as how long -------------------------------------------


def test_a_week_after_for_is_a_duration() -> None:
    text = "Lake Dunmore has stayed above flood stage for a week, the weather office said."
    assert ("a week", "1 week") in _described(text)


def test_a_fortnight_is_two_weeks() -> None:
    assert _described("The ferry to Sallow Key has been idle for a fortnight.") == [
        ("a fortnight", "2 weeks")
    ]


def test_a_span_keeps_its_bound_and_its_verb() -> None:
    assert _described("Talks at the Brinley mill dragged on for nearly a month.") == [
        ("nearly a month", "nearly 1 month")
    ]
    assert _described("The strike at the Orlo plant lasted a week.") == [("a week", "1 week")]
    assert _described("It took a year to rebuild the Tamsin bridge.") == [("a year", "1 year")]


def test_a_unit_that_is_no_span_of_its_own_is_left() -> None:
    for text in (
        "The Kessel library opens twice a week.",
        "Rooms at the Vantor inn cost $90 a night.",
        "A week later, the Pell council met again.",
        "She bought a day pass for the Lorne ferry.",
        "The Marlow study ran for a year-long stretch.",
        "Repairs will take a week to 10 days.",
    ):
        assert all(d not in ("1 week", "1 day", "1 year") for _, d in _described(text)), text


# --- "over" before a run of days ----------------------------------------------------------


def test_over_a_run_of_days_is_that_many_days() -> None:
    text = "Temperatures in Quarry Bend topped 90 over three straight days."
    assert ("three straight days", "3 straight days") in _described(text)


def test_over_days_alone_and_more_than_a_run_keep_their_bound() -> None:
    assert ("over three days", "more than 3 days") in _described(
        "The Ebb crew worked over three days."
    )
    text = "The Ebb outage lasted more than three straight days."
    assert ("more than three straight days", "more than 3 straight days") in _described(text)


# --- a part "of those" plus a noun --------------------------------------------------------


def test_part_of_those_named_takes_what_it_is_said_to_be() -> None:
    text = (
        "The Harrow depot has 2,600 workers and 410 trucks. "
        "About 700 of those workers are night volunteers."
    )
    assert ("About 700", "about 700 night volunteers") in _said(text)


def test_part_of_those_named_takes_the_set_noun_not_the_last_count() -> None:
    text = (
        "The Harrow clinic employs 1,400 workers and has 300 beds. "
        "About 600 of those workers live in Cobb."
    )
    said = _said(text)
    assert ("About 600", "about 600 workers") in said
    assert all("beds" not in d for t, d in said if t == "About 600")


# --- "about" before a reading on a scale --------------------------------------------------


def test_about_a_magnitude_is_approximate() -> None:
    ((_, _, q),) = find_readings("The Veld quake measured about magnitude 4, officials said.")
    assert q.approximate
    assert q.low == 3.5
    assert q.high == 4.5
    ((_, _, q),) = find_readings("An estimated magnitude 6.3 quake struck Ruvo.")
    assert q.approximate
    assert q.low is not None
    assert q.high is not None
    assert round(q.low, 2) == 6.2
    assert round(q.high, 2) == 6.4


def test_a_magnitude_without_about_stays_exact() -> None:
    ((_, _, q),) = find_readings("A magnitude 5 quake struck Ruvo.")
    assert not q.approximate
    assert q.low == q.high == 5.0


# --- ordinals owned by a noun, or counted by where things were done -----------------------


def _ordinals(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], q.describe()) for s, e, q in find_ordinals(text)]


def test_an_ordinal_after_a_possessive_noun_is_the_owners_series() -> None:
    assert _ordinals("The pup is the Lorne aquarium's fourth seal pup.") == [
        ("fourth seal pup", "4th seal pup")
    ]
    assert _ordinals("It was the district's second closure.") == [("second closure", "2nd closure")]


def test_an_ordinal_of_things_done_at_a_place_is_that_series() -> None:
    text = "Staff named the kitten, the sixth lynx kitten born at Fennick Reserve."
    assert _ordinals(text) == [("sixth lynx kitten", "6th lynx kitten")]


def test_an_ordinal_label_is_still_no_series() -> None:
    assert _ordinals("The fire started on the Tolley building's third floor.") == []
    assert _ordinals("The second victim, a Dunmore man, died.") == []
    assert _ordinals("It was the Kessel team's first game.") == []
    assert _ordinals("The second Dunmore store opened in May.") == []
    assert _ordinals("Ava is the ninth rider hurt in falls at Pell.") != [
        ("ninth rider", "9th rider")
    ]


# --- a lapse told in the present is ahead -------------------------------------------------


def test_a_permit_that_expires_on_a_past_month_day_is_next_year() -> None:
    said = _said("The Orlo quarry permit expires June 1.", published="2026-10-20")
    assert said == [("June 1", "2027-06-01 (Tue)")]


def test_a_permit_that_expired_stays_past() -> None:
    said = _said("The Orlo quarry permit expired June 1.", published="2026-10-20")
    assert said == [("June 1", "2026-06-01 (Mon)")]


def test_part_of_those_doings_refers_back_to_the_count() -> None:
    text = "Brasko Tools will cut 950 jobs, and about 120 of those cuts will come in Lindt."
    assert ("about 120", "about 120 jobs") in _said(text)


def test_a_lapse_just_past_stays_the_nearest() -> None:
    said = _said("The Orlo quarry permit expires on October 2.", published="2026-10-20")
    assert said == [("October 2", "2026-10-02 (Fri)")]


# --- "from X to Y" after a change noun and its own amount -----------------------------------


def test_from_to_after_a_change_and_its_amount_is_two_levels() -> None:
    text = "The Orlo board approved a fee increase of $4 per visit, from $31 to $35."
    described = _described(text)
    assert ("$31", "$31") in described
    assert ("$35", "$35") in described
    text = "The Orlo board approved a parking adjustment of $2 a day, from $14 to $16."
    assert ("$14", "$14") in _described(text)


def test_from_to_without_a_change_stays_a_range() -> None:
    assert _described("Tickets at the Orlo fair ranged from $31 to $35.") == [
        ("from $31 to $35", "between $31 and $35")
    ]


# --- a count of years naming a kind of school -------------------------------------------------


def test_a_two_year_college_is_no_span() -> None:
    assert _described("The state cut its aid to four-year universities in Pell by 8%.") == [
        ("8%", "8%")
    ]
    assert _described("Veda Marsh signed a two-year contract.") == [("two-year", "2 years")]


# --- a count made to do something -------------------------------------------------------------


def _attributes(text: str) -> list[tuple[str, ...]]:
    source = Source.from_text(text, published="2026-05-10")
    return [c.attribute_tokens for c in extract(source)]


def test_a_count_forced_to_do_is_counted_by_the_doing() -> None:
    made = _attributes("The Tolley blaze forced about 600 campers to evacuate.")
    told = _attributes("Deputies evacuated about 600 campers of Tolley.")
    assert made == told
    assert made[0][0] == "e:evacuated"


def test_a_count_a_verb_does_not_make_do_keeps_its_verb() -> None:
    (tokens,) = _attributes("The Tolley mill hired 200 workers to run the new line.")
    assert "run" not in tokens


def test_a_state_running_until_a_month_day_ends_ahead() -> None:
    for text in (
        "The Orlo pool coupon is valid through June 1.",
        "Comments on the Orlo plan are accepted until June 1.",
    ):
        assert _said(text, published="2026-10-20")[-1] == ("June 1", "2027-06-01 (Tue)"), text
    said = _said("The Orlo road was closed until June 1.", published="2026-10-20")
    assert ("June 1", "2026-06-01 (Mon)") in said


def test_two_yearless_ends_of_a_range_lie_in_one_year() -> None:
    said = _said("The Orlo fair is open from May 2 through June 1.", published="2026-10-20")
    assert said[0][1] == "2026-05-02..2026-06-01"
