"""Relative dates read by the clause they stand in (branch date35); examples made up."""

from __future__ import annotations

import datetime as dt

import pytest

import reconcile
from reconcile.extract.dates import find_dates

D = dt.date
THU_2025_03_13 = D(2025, 3, 13)  # a Thursday
LAST_WED = D(2025, 3, 12)
NEXT_WED = D(2025, 3, 19)


def starts(text: str, reference: dt.date = THU_2025_03_13) -> dict[str, dt.date | None]:
    return {text[s:e]: value.start for s, e, value in find_dates(text, reference=reference)}


@pytest.mark.parametrize(
    "text",
    [
        "Pennick Foods will appeal the ruling handed down Wednesday.",
        "He will be sentenced in May after a jury convicted him Wednesday.",
        "Crews will continue work that started Wednesday.",
        "Police will release the name of the driver who died Wednesday.",
        "Campers will have to pack up after a branch broke on Wednesday.",
        "The scheduled vote took place Wednesday.",
        "The planned strike at the Quellby yard began Wednesday.",
        "Fenwright Co. expects the plant to open next year after a deal signed Wednesday.",
        "A later statement on Wednesday confirmed the count.",
        "The next hearing was set on Wednesday.",
        "Crews hope to reopen the road that flooded Wednesday.",
        # a future word that is a noun, or no future here
        "The council defied the will of voters on Wednesday.",
        "Deputies found a rifle next to the truck on Wednesday.",
        "Deputies arrested him later on Wednesday.",
        "The county's plan on Wednesday drew criticism.",
        "The county unveiled a plan Wednesday.",
    ],
)
def test_a_past_verb_of_its_own_keeps_a_weekday_behind(text):
    """A future word in another clause ("will appeal ... the ruling handed down Wednesday")
    does not move a weekday whose own verb is past to the next week."""
    assert starts(text)["Wednesday"] == LAST_WED


@pytest.mark.parametrize(
    "text",
    [
        "The results will be released Wednesday.",
        "He is expected to be arraigned on Wednesday.",
        "Officials will hold a closed meeting Wednesday.",
        "The plant will shut Wednesday.",
        "Crews will have finished by Wednesday.",
        "Officials will keep the road closed until Wednesday.",
        "The council will vote on the proposed budget Wednesday.",
        "The council will vote on a plan proposed by the mayor Wednesday.",
        "The vote, delayed twice, will be held Wednesday.",
        "The panel will meet Ahmed Wednesday.",
        "Hearings will proceed Wednesday.",
        "Students will be tested and graded Wednesday.",
        "She is scheduled to have the old boiler replaced Wednesday.",
        "The firm will interview injured workers Wednesday.",
        "Crews expect to finish by Wednesday.",
        "The board plans a vote Wednesday.",
        "Their plan is to meet Wednesday.",
        "Crews will work later on Wednesday.",
    ],
)
def test_a_participle_or_an_adjective_keeps_the_future(text):
    """Participles after an auxiliary ("will be released"), adjectives before a noun ("a
    closed meeting"), causatives and names are no past of their own."""
    assert starts(text)["Wednesday"] == NEXT_WED


TUE_2025_11_04 = D(2025, 11, 4)  # a Tuesday, late in the year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sallowick Mills expects to finish the line in the third quarter.", D(2026, 7, 1)),
        ("The kiln should open in the first quarter.", D(2026, 1, 1)),
        ("The yard is on track to finish two hulls in the second quarter.", D(2026, 4, 1)),
        ("The firm anticipates closing the sale in the first quarter.", D(2026, 1, 1)),
        ("The firm aims to list its shares in the third quarter.", D(2026, 7, 1)),
        # told as past: the latest begun
        ("Sales rose in the first quarter.", D(2025, 1, 1)),
        ("Sales may have peaked in the third quarter.", D(2025, 7, 1)),
        ("The firm could not ship in the first quarter.", D(2025, 1, 1)),
    ],
)
def test_a_quarter_looked_ahead_to_is_the_next_one_not_over(text, expected):
    """An expectation, an aim or a present modal looks ahead, as "will" does: a quarter
    already over at publication is next year's."""
    assert list(starts(text, TUE_2025_11_04).values()) == [expected]


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        (
            "Fares rose 5% from the previous year.",
            "the previous year",
            D(2024, 1, 1),
            D(2024, 12, 31),
        ),
        ("Ridership fell in the prior year.", "the prior year", D(2024, 1, 1), D(2024, 12, 31)),
        (
            "Orders rose from the previous month.",
            "the previous month",
            D(2025, 2, 1),
            D(2025, 2, 28),
        ),
        # after a date of one year, month or day in the sentence: the unit before that one
        (
            "In 2011, 40 people drowned, up from 31 the previous year.",
            "the previous year",
            D(2010, 1, 1),
            D(2010, 12, 31),
        ),
        (
            "The mill lost money in 2023 after a profit in the prior year.",
            "the prior year",
            D(2022, 1, 1),
            D(2022, 12, 31),
        ),
        (
            "In October, sales rose 3% from the previous month.",
            "the previous month",
            D(2024, 9, 1),
            D(2024, 9, 30),
        ),
        # a count keeps the window of days before the reference
        (
            "Fares rose over the prior two years.",
            "the prior two years",
            D(2023, 3, 13),
            D(2025, 3, 12),
        ),
    ],
)
def test_the_previous_year_is_a_calendar_year(text, words, start, end):
    """ "the previous year", like "last year", is the calendar year before the reference's, or
    before the year its sentence names; not the twelve months before the reference."""
    got = {text[s:e]: value for s, e, value in find_dates(text, reference=THU_2025_03_13)}
    assert (got[words].start, got[words].end) == (start, end)


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        (
            "The fair ran Tuesday and Wednesday, March 11-12.",
            "Tuesday and Wednesday, March 11-12",
            D(2025, 3, 11),
            D(2025, 3, 12),
        ),
        (
            "Crews fought the blaze from Monday to Wednesday, March 10-12.",
            "from Monday to Wednesday, March 10-12",
            D(2025, 3, 10),
            D(2025, 3, 12),
        ),
        (
            "The show ran Saturday-Sunday, March 8-9, 2025.",
            "Saturday-Sunday, March 8-9, 2025",
            D(2025, 3, 8),
            D(2025, 3, 9),
        ),
        (
            "Snow fell Tuesday night into Wednesday, March 11-12.",
            "Wednesday, March 11-12",
            D(2025, 3, 11),
            D(2025, 3, 12),
        ),
    ],
)
def test_a_weekday_before_a_range_of_days_names_one_of_its_ends(text, words, start, end):
    """ "Wednesday, March 11-12" is this March (the 12th is a Wednesday), not the year whose
    March 11 is one; two weekdays before their days are those days."""
    got = {text[s:e]: value for s, e, value in find_dates(text, reference=THU_2025_03_13)}
    assert (got[words].start, got[words].end) == (start, end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze burned for three days starting Monday.", D(2025, 3, 10)),
        ("The board voted to raise fares starting Monday.", D(2025, 3, 17)),
        ("Fares rise 5 percent starting Monday.", D(2025, 3, 17)),
        ("The town said it will close the lane starting Monday.", D(2025, 3, 17)),
    ],
)
def test_starting_after_a_past_verb_of_its_own_is_past(text, expected):
    """ "starting Monday" looks ahead unless its clause's own verb is past."""
    assert starts(text)["Monday"] == expected


@pytest.mark.parametrize(
    ("sentence", "words", "verb"),
    [
        (
            "A jury on Tuesday, July 1, convicted Nat Orley of arson.",
            "Tuesday, July 1",
            "e:convicted",
        ),
        ("The panel on June 3, 2025, approved the levy.", "June 3, 2025", "approve"),
    ],
)
def test_a_date_set_off_by_commas_is_dated_by_the_verb_after_it(sentence, words, verb):
    """ "A jury on Tuesday, July 1, convicted ...": the comma closing the weekday and its date
    does not cut the date from its verb, so it meets "convicted ... Tuesday" of another
    account instead of standing with no event."""
    (source,) = reconcile.read({"text": sentence, "id": "case", "published": "2025-07-02"})
    claim = next(c for c in reconcile.extract(source) if c.text == words)
    assert claim.attribute_tokens == (verb,)


@pytest.mark.parametrize(
    "sentence",
    [
        "The board voted to shut the barn, damaged in a Feb. 3 fire, on Tuesday.",
        "The board voted to shut the barn, damaged in the fire on Feb. 3, on Tuesday.",
    ],
)
def test_an_incident_another_date_dates_is_not_this_dates(sentence):
    """A date with no verb takes the incident noun near it, but not one another date of the
    sentence holds ("a Feb. 3 fire"): else "Tuesday" is a fire date and meets the fire's
    day in another account as a conflict."""
    (source,) = reconcile.read({"text": sentence, "id": "case", "published": "2025-07-02"})
    claims = {c.text: c.attribute_tokens for c in reconcile.extract(source)}
    assert "fire" not in claims["Tuesday"]
    assert not {"fire", "e:fired"}.isdisjoint(claims["Feb. 3"])


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Late Wednesday, March 12, the board voted.", "Late Wednesday, March 12"),
        (
            "The fire broke out Wednesday morning, March 12, 2025.",
            "Wednesday morning, March 12, 2025",
        ),
    ],
)
def test_a_weekday_with_a_part_of_its_day_and_its_date_is_one_date(text, words):
    """ "late Wednesday, March 12" is one day, not a weekday and a date read apart (two
    claims of one day, one of them cut from its verb)."""
    got = [(text[s:e], value.start) for s, e, value in find_dates(text, reference=THU_2025_03_13)]
    assert got == [(words, LAST_WED)]


def test_a_weekday_and_a_date_of_another_weekday_stay_apart():
    text = "Late Wednesday, March 11, the board voted."
    assert len(find_dates(text, reference=THU_2025_03_13)) == 2
