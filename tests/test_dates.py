"""Tests for reconcile.extract.dates: what counts as a date, and which days it names."""

from __future__ import annotations

import calendar
import datetime as dt
import inspect
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import Source
from reconcile.errors import InvalidSpanError
from reconcile.extract import dates, extract
from reconcile.extract.dates import (
    _ALTERNATIVES,
    _BY_WORD,
    _DIGIT,
    _DIGIT_SHAPES,
    _FLAGS,
    _NO_DAY_AFTER,
    _THE_NUMBER,
    _WORD,
    _digit_shape,
    _together,
    find_dates,
)
from reconcile.model import DateRange

D = dt.date
MON_2025_03_10 = D(2025, 3, 10)  # a Monday
TUE_2025_07_01 = D(2025, 7, 1)  # a Tuesday


def found(text: str, reference: dt.date | None = MON_2025_03_10) -> list[tuple[str, DateRange]]:
    """The quoted words and the value of every date in ``text``."""
    return [(text[s:e], value) for s, e, value in find_dates(text, reference=reference)]


def only(text: str, reference: dt.date | None = MON_2025_03_10) -> tuple[str, DateRange]:
    """The one date in ``text``."""
    result = found(text, reference)
    assert len(result) == 1, result
    return result[0]


# --- the seed articles -------------------------------------------------------------------------


def test_monday_on_a_monday_is_the_day_itself():
    """In a story dated Monday 2025-03-10, "on Monday" is 2025-03-10."""
    words, value = only("The FBI on Monday announced an arrest.", MON_2025_03_10)
    assert words == "Monday"
    assert value == DateRange(MON_2025_03_10, MON_2025_03_10, "day", "Monday")


def test_monday_in_a_tuesday_story_is_the_day_before():
    """In a story dated Tuesday 2025-07-01, "said Monday" is 2025-06-30."""
    words, value = only("The United States said Monday it has taken down", TUE_2025_07_01)
    assert words == "Monday"
    assert (value.start, value.end, value.granularity) == (D(2025, 6, 30), D(2025, 6, 30), "day")


def test_possessive_weekday_with_curly_apostrophe():
    """In "Monday’s announcement" the date is the Monday, and the span leaves the possessive out."""
    words, value = only("Monday’s announcement came late.", TUE_2025_07_01)
    assert words == "Monday"
    assert value.start == D(2025, 6, 30)


def test_weekday_without_reference_is_unresolved():
    """Without a publication date, "Monday" is kept unresolved, saying what it was."""
    words, value = only("The FBI on Monday announced an arrest.", None)
    assert words == "Monday"
    assert value == DateRange(None, None, "day", "Monday")
    assert not value.resolved


# --- tables of constructions -------------------------------------------------------------------

ABSOLUTE = [
    ("on 2025-03-10 at noon", "2025-03-10", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("on March 10, 2025,", "March 10, 2025", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("on 10 March 2025", "10 March 2025", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("on Mar. 10, 2025", "Mar. 10, 2025", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("Sept. 3, 2024", "Sept. 3, 2024", D(2024, 9, 3), D(2024, 9, 3), "day"),
    ("on Monday, March 10, 2025", "Monday, March 10, 2025", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("the 4th of July 1776", "4th of July 1776", D(1776, 7, 4), D(1776, 7, 4), "day"),
    ("16. Nov. 2016", "16. Nov. 2016", D(2016, 11, 16), D(2016, 11, 16), "day"),
    ("on 10/03/2025", "10/03/2025", D(2025, 10, 3), D(2025, 10, 3), "day"),
    ("on 21/04/2025", "21/04/2025", D(2025, 4, 21), D(2025, 4, 21), "day"),
    ("on 13.5.2015", "13.5.2015", D(2015, 5, 13), D(2015, 5, 13), "day"),
    ("on 9/18/15", "9/18/15", D(2015, 9, 18), D(2015, 9, 18), "day"),
    ("March 3-10, 2025", "March 3-10, 2025", D(2025, 3, 3), D(2025, 3, 10), "day"),
    ("in March 2025", "March 2025", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("in February 2024", "February 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("in May 2024", "May 2024", D(2024, 5, 1), D(2024, 5, 31), "month"),
    ("mid-March 2025", "mid-March 2025", D(2025, 3, 11), D(2025, 3, 20), "month"),
    ("in 2024", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("since 1999", "1999", D(1999, 1, 1), D(1999, 12, 31), "year"),
    ("2024's record", "2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("early 2024", "early 2024", D(2024, 1, 1), D(2024, 6, 30), "year"),
    ("mid-2024", "mid-2024", D(2024, 5, 1), D(2024, 8, 31), "year"),
    ("late 2024", "late 2024", D(2024, 7, 1), D(2024, 12, 31), "year"),
    ("by the end of 2025", "the end of 2025", D(2025, 7, 1), D(2025, 12, 31), "year"),
    ("from 2014-2018", "2014-2018", D(2014, 1, 1), D(2018, 12, 31), "year"),
    ("the 2023-24 season", "2023-24", D(2023, 1, 1), D(2024, 12, 31), "year"),
    ("between 2014 and 2018", "between 2014 and 2018", D(2014, 1, 1), D(2018, 12, 31), "year"),
    (
        "from March 3 to March 10, 2025",
        "from March 3 to March 10, 2025",
        D(2025, 3, 3),
        D(2025, 3, 10),
        "day",
    ),
    ("spring 2024", "spring 2024", D(2024, 3, 1), D(2024, 5, 31), "season"),
    ("the summer of 2016", "the summer of 2016", D(2016, 6, 1), D(2016, 8, 31), "season"),
    ("in winter 2024", "winter 2024", D(2023, 12, 1), D(2024, 2, 29), "season"),
    ("Q3 2024", "Q3 2024", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
    (
        "the third quarter of 2024",
        "the third quarter of 2024",
        D(2024, 7, 1),
        D(2024, 9, 30),
        "quarter",
    ),
    ("the first half of 2024", "the first half of 2024", D(2024, 1, 1), D(2024, 6, 30), "quarter"),
    ("in the 1990s", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("in the '90s", "the '90s", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("the mid-1980s", "the mid-1980s", D(1983, 1, 1), D(1987, 12, 31), "decade"),
    (
        "the first week of March 2025",
        "the first week of March 2025",
        D(2025, 3, 1),
        D(2025, 3, 7),
        "week",
    ),
    (
        "the first Monday of October 2024",
        "the first Monday of October 2024",
        D(2024, 10, 7),
        D(2024, 10, 7),
        "day",
    ),
]


@pytest.mark.parametrize(("text", "words", "start", "end", "granularity"), ABSOLUTE)
def test_absolute_dates(text, words, start, end, granularity):
    """A date that states its year is the same with or without a publication date."""
    for reference in (MON_2025_03_10, None):
        quoted, value = only(text, reference)
        assert quoted == words
        assert (value.start, value.end, value.granularity, value.relative) == (
            start,
            end,
            granularity,
            None,
        )


# Reference: Monday 2025-03-10.
RELATIVE = [
    ("on Monday", "Monday", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("on Sunday", "Sunday", D(2025, 3, 9), D(2025, 3, 9), "day"),
    ("on Tuesday", "Tuesday", D(2025, 3, 4), D(2025, 3, 4), "day"),
    ("Saturday morning", "Saturday morning", D(2025, 3, 8), D(2025, 3, 8), "day"),
    ("Monday night", "Monday night", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("last Monday", "last Monday", D(2025, 3, 3), D(2025, 3, 3), "day"),
    ("last Friday", "last Friday", D(2025, 3, 7), D(2025, 3, 7), "day"),
    ("next Friday", "next Friday", D(2025, 3, 21), D(2025, 3, 21), "day"),
    ("this Friday", "this Friday", D(2025, 3, 14), D(2025, 3, 14), "day"),
    ("Friday the 7th", "Friday the 7th", D(2025, 3, 7), D(2025, 3, 7), "day"),
    ("today", "today", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("tonight", "tonight", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("yesterday", "yesterday", D(2025, 3, 9), D(2025, 3, 9), "day"),
    ("last night", "last night", D(2025, 3, 9), D(2025, 3, 9), "day"),
    ("tomorrow", "tomorrow", D(2025, 3, 11), D(2025, 3, 11), "day"),
    ("the day before yesterday", "the day before yesterday", D(2025, 3, 8), D(2025, 3, 8), "day"),
    ("two days ago", "two days ago", D(2025, 3, 8), D(2025, 3, 8), "day"),
    ("three weeks ago", "three weeks ago", D(2025, 2, 17), D(2025, 2, 23), "week"),
    ("a year ago", "a year ago", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("this week", "this week", D(2025, 3, 10), D(2025, 3, 16), "week"),
    ("last week", "last week", D(2025, 3, 3), D(2025, 3, 9), "week"),
    ("next week", "next week", D(2025, 3, 17), D(2025, 3, 23), "week"),
    ("over the weekend", "the weekend", D(2025, 3, 8), D(2025, 3, 9), "week"),
    ("this month", "this month", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("last month", "last month", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("earlier this month", "earlier this month", D(2025, 3, 1), D(2025, 3, 10), "month"),
    ("this year", "this year", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("last year", "last year", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("next year", "next year", D(2026, 1, 1), D(2026, 12, 31), "year"),
    ("late last year", "late last year", D(2024, 7, 1), D(2024, 12, 31), "year"),
    ("later this year", "later this year", D(2025, 3, 10), D(2025, 12, 31), "year"),
    ("the rest of the year", "the rest of the year", D(2025, 3, 10), D(2025, 12, 31), "year"),
    ("over the past week", "the past week", D(2025, 3, 3), D(2025, 3, 9), "week"),
    ("in the past two years", "the past two years", D(2023, 3, 10), D(2025, 3, 9), "year"),
    ("on March 10", "March 10", D(2025, 3, 10), D(2025, 3, 10), "day"),
    ("on Dec. 24", "Dec. 24", D(2024, 12, 24), D(2024, 12, 24), "day"),
    ("on Sept. 3", "Sept. 3", D(2024, 9, 3), D(2024, 9, 3), "day"),
    ("on May 2", "May 2", D(2025, 5, 2), D(2025, 5, 2), "day"),
    ("in March", "March", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ("in February", "February", D(2025, 2, 1), D(2025, 2, 28), "month"),
    ("in June", "June", D(2024, 6, 1), D(2024, 6, 30), "month"),
    ("mid-March", "mid-March", D(2025, 3, 11), D(2025, 3, 20), "month"),
    ("early March", "early March", D(2025, 3, 1), D(2025, 3, 15), "month"),
    ("late February", "late February", D(2025, 2, 16), D(2025, 2, 28), "month"),
    ("last March", "last March", D(2024, 3, 1), D(2024, 3, 31), "month"),
    ("the first week of March", "the first week of March", D(2025, 3, 1), D(2025, 3, 7), "week"),
    ("last summer", "last summer", D(2024, 6, 1), D(2024, 8, 31), "season"),
    ("this winter", "this winter", D(2024, 12, 1), D(2025, 2, 28), "season"),
    ("the third quarter", "the third quarter", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
    ("third-quarter profit", "third-quarter", D(2024, 7, 1), D(2024, 9, 30), "quarter"),
    ("last quarter", "last quarter", D(2024, 10, 1), D(2024, 12, 31), "quarter"),
    ("in Q1", "Q1", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
]


@pytest.mark.parametrize(("text", "words", "start", "end", "granularity"), RELATIVE)
def test_relative_dates(text, words, start, end, granularity):
    """A relative date resolves against the publication date, and says it was relative."""
    quoted, value = only(f"Officials said it happened {text}.")
    assert quoted == words
    assert (value.start, value.end, value.granularity) == (start, end, granularity)
    assert value.relative


@pytest.mark.parametrize(("text", "words", "start", "end", "granularity"), RELATIVE)
def test_relative_dates_without_reference(text, words, start, end, granularity):
    """Without a publication date a relative date has no days, only its words and granularity."""
    del start, end
    quoted, value = only(f"Officials said it happened {text}.", None)
    assert quoted == words
    assert (value.start, value.end, value.granularity) == (None, None, granularity)
    assert value.relative


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("on Monday", "Monday"),
        ("last Monday", "last Monday"),
        ("yesterday", "yesterday"),
        ("last week", "last week"),
        ("on March 10", "March 10"),
        ("mid-March", "mid-March"),
        ("two days ago", "2 days ago"),
        ("the third quarter", "Q3"),
    ],
)
def test_relative_words_are_normalised(text, relative):
    """``relative`` holds a normalised description of the expression."""
    assert only(f"It happened {text}.")[1].relative == relative


NOT_DATES = [
    "The service runs 24/7.",
    "The attacks of 9/11 changed everything.",
    "He upgraded to version 3.10 and then 3.10.12.",
    "The meeting starts at 3:45 PM.",
    "She may go, and May I ask why?",
    "Theresa May said no.",
    "Protesters march on the capital.",
    "The March on Washington drew crowds.",
    "She read the Sun and the Sunday Times.",
    "Wed couples and Sat down.",
    "There were 2024 people in the hall.",
    "Call +1 202-555-2025 or ISO 9001:2015 now.",
    "An august body of scholars met.",
    "He was injured in the fall from a ladder.",
    "The price was $2024.",
    "Good Friday services drew thousands.",
    "He told USA Today that he agreed.",
    "Scores were 3-1 and 2-2.",
    "The lowest level in 10 years.",
    "Temperatures were in the 70s.",
    "He spent the next two years abroad.",
    "The second half began badly.",
    "Chapter 12 covers 1,500 pages.",
    "Three men, all in their 20's, were hurt.",
    "New Year's Eve fell on a Saturday, as it does every Monday in songs.",
    "He wrote for the Maine Sunday Telegram.",
    "They met in the ballroom of 1899 Bar & Grill.",
    "In today's world, nothing is simple.",
    "Talks continued in the fall of Kabul.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    """Words that look like dates but are not give nothing."""
    assert found(text) == []


# --- the reading of the future -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("The board will meet on Monday.", TUE_2025_07_01, D(2025, 7, 7)),
        ("The board will meet on Monday.", MON_2025_03_10, D(2025, 3, 10)),
        ("The vote is scheduled for Thursday.", TUE_2025_07_01, D(2025, 7, 3)),
        ("Ministers are expected to sign it Friday.", TUE_2025_07_01, D(2025, 7, 4)),
        ("The company will cut 500 jobs, it said Monday.", TUE_2025_07_01, D(2025, 6, 30)),
        ("The United States said Monday it will act.", TUE_2025_07_01, D(2025, 6, 30)),
        ("The trial will begin Oct. 2.", D(2016, 11, 7), D(2017, 10, 2)),
        ("The trial began Oct. 2.", D(2016, 11, 7), D(2016, 10, 2)),
        ("U.S. officials will meet Thursday.", TUE_2025_07_01, D(2025, 7, 3)),
    ],
)
def test_future_sentences_read_forward(text, reference, expected):
    """Future words before a date ("will", "is scheduled") read it forward; reporting verbs do not."""
    assert only(text, reference)[1].start == expected


WED_2025_06_11 = D(2025, 6, 11)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buses would be sent along the river road starting on Monday.", D(2025, 6, 16)),
        ("The clinic said it would close on Monday.", D(2025, 6, 16)),
        ("Prices rise 5 percent starting Monday.", D(2025, 6, 16)),
        ("The new rules take effect beginning Monday.", D(2025, 6, 16)),
        ("Highs are forecast to reach 98 degrees on Thursday.", D(2025, 6, 12)),
        ("Rain is predicted to return on Saturday.", D(2025, 6, 14)),
        ("The mayor plans to sign the order on Monday.", D(2025, 6, 16)),
        ("The court is scheduled to rule on Monday.", D(2025, 6, 16)),
        # the past stays past
        ("The clinic said Monday it was closing.", D(2025, 6, 9)),
        ("She would have turned 40 on Monday.", D(2025, 6, 9)),
        ("The forecast on Monday called for rain.", D(2025, 6, 9)),
        ("The agency said on Monday that prices would rise.", D(2025, 6, 9)),
    ],
)
def test_more_words_that_speak_of_the_future(text, expected):
    """Would, starting, beginning and forecast-to read a weekday forward; "would have" does not."""
    assert only(text, WED_2025_06_11)[1].start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers could not reenter the mall before Saturday, the owners said.", D(2025, 6, 14)),
        ("The road cannot reopen until Monday, engineers warned.", D(2025, 6, 16)),
        ("Families may not go back to the block until Friday.", D(2025, 6, 13)),
        (
            "Workers expect to clear the last of the fallen trees from the park by Friday.",
            D(2025, 6, 13),
        ),
        ("The utility expects to restore power to every street by Thursday night.", D(2025, 6, 12)),
        ("Organizers hope to reopen the pool to swimmers on Saturday.", D(2025, 6, 14)),
        # the past stays past
        ("The team could not find the boy until Monday.", D(2025, 6, 9)),
        ("Workers cleared the trees by Monday, the city said.", D(2025, 6, 9)),
        ("The mayor said Monday that crews expect delays.", D(2025, 6, 9)),
        ("Investigators could not reach the site until Monday.", D(2025, 6, 9)),
    ],
)
def test_a_modal_limit_or_an_expectation_reads_a_weekday_forward(text, expected):
    """ "could not ... before Friday", "cannot ... until", "expect to ... by" look ahead without "will".

    "could ... until Monday" is as often a past account, and stays past.
    """
    assert only(text, WED_2025_06_11)[1].start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If it passes, drivers could return as early as Saturday, the union said.",
            D(2025, 6, 14),
        ),
        ("The shop may reopen as soon as Friday.", D(2025, 6, 13)),
        ("Crews could be back at the depot by Friday.", D(2025, 6, 13)),
        ("Crews could be back at the depot by the weekend.", D(2025, 6, 14)),
        # a past ability, or no modal, stays past
        ("Crews could have finished by Monday.", D(2025, 6, 9)),
        ("Workers arrived as early as Monday.", D(2025, 6, 9)),
        ("Crews could not be back at the depot by the weekend.", D(2025, 6, 7)),
    ],
)
def test_a_possibility_with_a_limit_reads_forward(text, expected):
    """ "could return as early as Saturday", "could be back by the weekend": still to come."""
    assert only(text, WED_2025_06_11)[1].start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The new fare takes effect Sept. 1, the board said.", D(2025, 9, 1)),
        ("The lease expires on Aug. 30.", D(2025, 8, 30)),
        ("The new rules go into effect Nov. 1.", D(2025, 11, 1)),
        ("The first payment is due Sept. 15.", D(2025, 9, 15)),
        # the nearest one: a page read a little after the date it names
        ("The lease expires on May 30.", D(2025, 5, 30)),
        ("Classes resume Monday.", D(2025, 6, 16)),
        ("The season opens Friday at the lake.", D(2025, 6, 13)),
        # the past, and nouns and adjectives of the same words, stay past
        ("The new fare took effect Sept. 1.", D(2024, 9, 1)),
        ("The lease did not begin on Aug. 30.", D(2024, 8, 30)),
        ("The pool remained open until Monday.", D(2025, 6, 9)),
        ("The club got a fresh start Sept. 1.", D(2024, 9, 1)),
        ("She takes Monday off.", D(2025, 6, 9)),
    ],
)
def test_a_schedule_in_the_present_reads_forward(text, expected):
    """A verb of a set start or end in the simple present ("takes effect", "expires") is to come."""
    assert only(text, WED_2025_06_11)[1].start == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters said the lake could keep rising through the weekend.", D(2025, 6, 14)),
        ("The roads may stay closed through the weekend.", D(2025, 6, 14)),
        ("Crews may work through Friday.", D(2025, 6, 13)),
        # no modal: the weekend just past, as said on a weekday
        ("Crews worked through the weekend.", D(2025, 6, 7)),
    ],
)
def test_a_modal_and_through_read_forward(text, expected):
    """ "could ... through the weekend" speaks of a span still to run: the coming weekend."""
    assert only(text, WED_2025_06_11)[1].start == expected


@pytest.mark.parametrize(
    ("text", "words", "start", "relative"),
    [
        ("Police said Monday 24 people died.", "Monday", D(2025, 3, 10), "Monday"),
        ("The shop opened this past June.", "this past June", D(2024, 6, 1), "last June"),
        ("He arrived Sun., March 9, 2025.", "Sun., March 9, 2025", D(2025, 3, 9), None),
        ("Flight 12 Nov 1115 landed.", "12 Nov", D(2024, 11, 12), "November 12"),
        ("They met on Monday 24th.", "Monday 24th", D(2025, 2, 24), "Monday the 24th"),
        ("Sales fell in 2023 and 2024.", "2023", D(2023, 1, 1), None),
    ],
)
def test_context_rules(text, words, start, relative):
    """The words around a date decide which words belong to it and which day it is."""
    quoted, value = found(text)[0]
    assert (quoted, value.start, value.relative) == (words, start, relative)


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("Police are investigating a Saturday shooting.", "Saturday", D(2025, 6, 28)),
        ("Saturday's shooting left two hurt.", "Saturday", D(2025, 6, 28)),
        ("He died in a Sunday morning crash on the bridge.", "Sunday morning", D(2025, 6, 29)),
        ("An early Monday fire gutted the store.", "early Monday", D(2025, 6, 30)),
        ("She will appear at a Thursday hearing.", "Thursday", D(2025, 7, 3)),
    ],
)
def test_weekday_modifying_a_noun_is_one_day(text, words, day):
    """A weekday that modifies a noun ("a Saturday shooting") is that day, resolved as a bare
    weekday is: the latest on or before the story's date, or the next in a future sentence."""
    quoted, value = only(text, TUE_2025_07_01)
    assert (quoted, value.start, value.end) == (words, day, day)


@pytest.mark.parametrize(
    "text",
    [
        "It happened on a Saturday.",
        "They meet on a Saturday when they can.",
        "The market opens on a Sunday afternoon in the park.",
        "It was a Saturday, and the store was busy.",
    ],
)
def test_weekday_after_a_without_a_noun_is_any_such_day(text):
    """After "a", a weekday that modifies no noun is any such day, not a date."""
    assert found(text, TUE_2025_07_01) == []


def test_a_publication_stamp_in_the_body_is_no_date_claim():
    """extract leaves out the date of a page's stamp ("(Published Monday, Dec. 28, 2015)"),
    and the stamp's day numbers do not become counts; the story's own dates stay."""
    text = "Two men were shot Saturday night. (Published Monday, Dec. 28, 2015)"
    source = Source.from_text(text, published=D(2015, 12, 28))
    assert [(c.text, c.describe()) for c in extract(source)] == [
        ("Two men", "2 men"),
        ("Saturday night", "2015-12-26 (Sat)"),
    ]


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("Police came on Thursday after five were shot the day before.", "the day before", 25),
        (
            "He was found Sunday; he had been shot the night before in his car.",
            "the night before",
            28,
        ),
        ("On June 20 police said the man was seen the previous night.", "the previous night", 19),
    ],
)
def test_the_day_before_a_day_named_before_it(text, words, day):
    """The day before the last single day the sentence named: Thursday 26 June gives the 25th."""
    quoted, value = found(text, TUE_2025_07_01)[-1]
    assert (quoted, value.start, value.end, value.relative) == (
        words,
        D(2025, 6, day),
        D(2025, 6, day),
        words,
    )


@pytest.mark.parametrize(
    "text",
    [
        "He was shot the day before.",
        "He was shot the day before the vigil.",
        "Police said the man left in May and returned the day before.",
    ],
)
def test_the_day_before_without_a_day_is_left_alone(text):
    """Without a single day named before it (or with an event after it), "the day before"
    is not a date."""
    assert [words for words, _ in found(text, TUE_2025_07_01)] in ([], ["May"])


def test_weekday_picks_the_year_of_a_yearless_date():
    """In a story of May 25, 2016, "will ... Thursday, May 19" is May 19, 2016, a Thursday."""
    text = "The next forum will be held on Thursday, May 19."
    assert only(text, D(2016, 5, 25))[1].start == D(2016, 5, 19)


# Reference: Monday 2025-03-10.
SPOKEN_DAYS = [
    # A spelled ordinal day, with "of" and a month or after a month and "the".
    ("the fourth of July parade", "fourth of July", D(2024, 7, 4)),
    ("on the tenth of September, 2000", "tenth of September, 2000", D(2000, 9, 10)),
    ("on the twenty-first of February", "twenty-first of February", D(2025, 2, 21)),
    ("on the thirty first of December 2019", "thirty first of December 2019", D(2019, 12, 31)),
    ("on September the twenty-first, he left", "September the twenty-first", D(2024, 9, 21)),
    # A day of this, next or last month.
    ("on the 20th of last month", "the 20th of last month", D(2025, 2, 20)),
    ("by the fifteenth of this month", "the fifteenth of this month", D(2025, 3, 15)),
    # Weekday abbreviations that are no other word stand alone.
    ("The vote was on Tues.", "Tues", D(2025, 3, 4)),
    ("Police said Thurs. that", "Thurs", D(2025, 3, 6)),
]


@pytest.mark.parametrize(("text", "words", "day"), SPOKEN_DAYS)
def test_spelled_days_month_relative_days_and_abbreviations(text, words, day):
    """Spelled ordinal days, "the Nth of next month", "Tues." and "Thurs." are days."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end, value.granularity) == (words, day, day, "day")


def test_spelled_ordinal_before_a_noun_is_no_day():
    """A spelled ordinal before a noun ("in May the first group") is no day; no "of", none."""
    assert [w for w, _ in found("In May the first group left.")] == ["May"]
    assert found("He was the first of many.") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("the week after next", D(2025, 3, 24), D(2025, 3, 30)),
        ("the month after the next", D(2025, 5, 1), D(2025, 5, 31)),
        ("the year after next", D(2027, 1, 1), D(2027, 12, 31)),
    ],
)
def test_the_unit_after_next(text, start, end):
    """The week, month or year after next is two after the current one."""
    quoted, value = only(f"They meet {text}.")
    assert (quoted, value.start, value.end) == (text, start, end)


def test_in_two_weeks_needs_the_future():
    """A phrase like "in two weeks" is a date only where the sentence speaks of the future."""
    assert found("The lowest rate in two weeks.") == []
    words, value = only("The court will rule in two weeks.")
    assert words == "in two weeks"
    assert (value.start, value.end) == (D(2025, 3, 24), D(2025, 3, 30))


def test_yearless_date_near_new_year_reads_forward():
    """In a story of Dec. 28, "Jan. 3" is the coming Jan. 3, not one a year back."""
    assert only("Talks resume Jan. 3.", D(2024, 12, 28))[1].start == D(2025, 1, 3)


def test_feb_29_without_year_finds_a_leap_year():
    """A yearless "Feb. 29" is the latest leap day, not a day that does not exist."""
    assert only("It happened on Feb. 29.", D(2025, 3, 10))[1].start == D(2024, 2, 29)


# --- ranges, lists and windows -----------------------------------------------------------------


def test_moved_dates_stay_two_dates():
    """A vote "postponed from March to June" has two dates, not a range."""
    result = found("The vote was postponed from March to June.")
    assert [words for words, _ in result] == ["March", "June"]


def test_list_of_years():
    """A year after "and" next to another year is a year too."""
    assert [words for words, _ in found("in 2023 and 2024")] == ["2023", "2024"]


def test_range_lends_its_year_to_the_first_end():
    """A range "March 30 - April 2, 2025" is one range of 2025, with no relative part."""
    words, value = only("from March 30 - April 2, 2025")
    assert words == "from March 30 - April 2, 2025"
    assert (value.start, value.end, value.relative) == (D(2025, 3, 30), D(2025, 4, 2), None)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Talks ended on Friday (June 13) in Geneva.", "Friday (June 13)"),
        ("Talks ended on Friday (13 June) in Geneva.", "Friday (13 June)"),
        ("Talks ended on Fri. ( June 13 ), officials said.", "Fri. ( June 13 )"),
    ],
)
def test_weekday_with_its_date_in_parentheses_is_one_day(text, words):
    """A weekday with its date in parentheses is one date, not the latest such weekday too."""
    assert only(text, TUE_2025_07_01) == (
        words,
        DateRange(D(2025, 6, 13), D(2025, 6, 13), "day", "June 13"),
    )


def test_weekday_with_an_unclosed_parenthesis_stays_two_dates():
    """Without the closing parenthesis the weekday and the date are read apart."""
    assert [w for w, _ in found("On Friday (June 13 he said) it rained.", TUE_2025_07_01)] == [
        "Friday",
        "June 13",
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("He was pronounced dead later Saturday night at the hospital.", D(2025, 3, 8)),
        ("Others returned later Sunday to collect their cars.", D(2025, 3, 9)),
        ("The governor will speak later Wednesday.", D(2025, 3, 12)),
    ],
)
def test_later_before_a_weekday_is_later_that_day(text, day):
    """A weekday after "later" is later on that day: the tense, not "later", says which."""
    assert only(text)[1].start == day


def test_a_yearless_month_takes_the_year_of_the_range_end():
    """A month without a year before "to" and a month with one is a range in that year."""
    assert only("Injuries rose from January to November 2014, police said.") == (
        "from January to November 2014",
        DateRange(D(2014, 1, 1), D(2014, 11, 30), "month"),
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Three people were shot this weekend.", D(2025, 3, 8)),
        ("He had come back from a party this weekend.", D(2025, 3, 8)),
        ("Police will add patrols this weekend.", D(2025, 3, 15)),
        ("Police said patrols start this weekend.", D(2025, 3, 15)),
        ("The vigil was to be held this weekend.", D(2025, 3, 15)),
        ("The game was supposed to be played this weekend.", D(2025, 3, 15)),
        ("Three people were shot to death this weekend.", D(2025, 3, 8)),
    ],
)
def test_this_weekend_in_the_past_tense_is_the_one_just_over(text, first):
    """Said on a weekday, "were shot this weekend" is the weekend before; "will" the next."""
    assert only(text)[1].start == first


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("they met on the fourth of may", "fourth of may", D(2025, 5, 4)),
        ("they met on the 4th of march", "4th of march", D(2025, 3, 4)),
    ],
)
def test_lowercase_may_or_march_after_an_ordinal_and_of_is_the_month(text, words, day):
    """After "fourth of" a lowercase "may" or "march" can be no verb, so it is the month."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, day, day)


def test_the_weekend_of_a_date_is_the_date_not_the_last_weekend():
    """ "the weekend of March 1-2" names its days; "the weekend" alone is the one just past."""
    assert found("It happened the weekend of March 1-2.") == [
        ("March 1-2", DateRange(D(2025, 3, 1), D(2025, 3, 2), "day", "March 1-2"))
    ]
    assert only("Over the weekend of violence, 4 died.")[0] == "the weekend"


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("Talks must end between now and May 15.", "between now and May 15", D(2025, 3, 10), D(2025, 5, 15)),
        ("Talks must end between now and March 1.", "between now and March 1", D(2025, 3, 10), D(2026, 3, 1)),
        ("Prices rose between Jan. 22 and now.", "between Jan. 22 and now", D(2025, 1, 22), D(2025, 3, 10)),
        ("From now until May 1, the tax is waived.", "From now until May 1", D(2025, 3, 10), D(2025, 5, 1)),
        ("Between now and Friday, police plan patrols.", "Between now and Friday", D(2025, 3, 10), D(2025, 3, 14)),
        ("From now until Sunday, the tax is waived.", "From now until Sunday", D(2025, 3, 10), D(2025, 3, 16)),
        ("Between now and Easter, police plan patrols.", "Between now and Easter", D(2025, 3, 10), D(2025, 4, 20)),
        ("Between now and Christmas, 4 will die.", "Between now and Christmas", D(2025, 3, 10), D(2025, 12, 25)),
    ],
)  # fmt: skip
def test_now_closes_a_range_with_a_date(text, words, first, last):
    """Now and a date after "between" or "from" is a range from the story's date."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, first, last)


@pytest.mark.parametrize(
    "text", ["From now on, the tax is waived.", "He is now 25.", "Right now, it rains."]
)
def test_now_alone_is_no_date(text):
    """The word now names no date of its own."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("He died a week ago Saturday.", "a week ago Saturday", D(2025, 3, 1)),
        ("He died two weeks ago Monday.", "two weeks ago Monday", D(2025, 2, 24)),
        ("It opened one year ago today.", "one year ago today", D(2024, 3, 10)),
        ("It opened a month ago today.", "a month ago today", D(2025, 2, 10)),
    ],
)
def test_units_ago_with_a_day_name_that_day(text, words, day):
    """A week ago Saturday is the Saturday before last; a year ago today is that very day."""
    assert only(text) == (words, DateRange(day, day, "day", only(text)[1].relative))


def test_days_ago_today_stays_two_dates():
    """Three days ago today reads as three days ago and today, as before."""
    assert [w for w, _ in found("It happened three days ago today.")] == ["three days ago", "today"]


HOLIDAYS = [
    ("He was shot on Christmas Day.", "Christmas Day", D(2024, 12, 25), D(2024, 12, 25)),
    ("It happened on Christmas Eve 2018.", "Christmas Eve 2018", D(2018, 12, 24), D(2018, 12, 24)),
    ("Shots rang out on New Year's Eve.", "New Year's Eve", D(2024, 12, 31), D(2024, 12, 31)),
    ("He was arrested on Thanksgiving.", "Thanksgiving", D(2024, 11, 28), D(2024, 11, 28)),
    ("Crowds came over Memorial Day weekend.", "Memorial Day weekend", D(2024, 5, 25), D(2024, 5, 27)),
    ("Five were shot over Labor Day weekend.", "Labor Day weekend", D(2024, 8, 31), D(2024, 9, 2)),
    ("They met over Thanksgiving weekend.", "Thanksgiving weekend", D(2024, 11, 28), D(2024, 12, 1)),
    ("Over the Thanksgiving holiday weekend, 4 died.", "Thanksgiving holiday weekend", D(2024, 11, 28), D(2024, 12, 1)),
    ("He died on Easter Sunday 2018.", "Easter Sunday 2018", D(2018, 4, 1), D(2018, 4, 1)),
    ("It closed on Good Friday 2024.", "Good Friday 2024", D(2024, 3, 29), D(2024, 3, 29)),
    ("Stores opened on Black Friday 2010.", "Black Friday 2010", D(2010, 11, 26), D(2010, 11, 26)),
    ("The parade on Veterans Day drew crowds.", "Veterans Day", D(2024, 11, 11), D(2024, 11, 11)),
    ("She was shot on Mother\u2019s Day.", "Mother\u2019s Day", D(2024, 5, 12), D(2024, 5, 12)),
    ("Schools closed on MLK Day.", "MLK Day", D(2025, 1, 20), D(2025, 1, 20)),
    ("It rained on Presidents' Day.", "Presidents' Day", D(2025, 2, 17), D(2025, 2, 17)),
    ("She called home on father's day.", "father's day", D(2024, 6, 16), D(2024, 6, 16)),
    ("It closed on presidents' day 2017.", "presidents' day 2017", D(2017, 2, 20), D(2017, 2, 20)),
    ("Last Christmas he left.", "Last Christmas", D(2024, 12, 25), D(2024, 12, 25)),
    ("He will be back next Christmas.", "next Christmas", D(2025, 12, 25), D(2025, 12, 25)),
    ("Police said the Christmas Eve shooting was random.", "Christmas Eve", D(2024, 12, 24), D(2024, 12, 24)),
    ("He was arrested this past weekend.", "this past weekend", D(2025, 3, 8), D(2025, 3, 9)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "first", "last"), HOLIDAYS)
def test_holidays_name_their_day(text, words, first, last):
    """A holiday is its day (or its weekend) in the year the words or the story date give."""
    quoted, value = only(text)
    assert quoted == words
    assert (value.start, value.end) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "They put up a Christmas tree.",
        "Thanksgiving dinner was served.",
        "Halloween costumes sold out.",
        "The Good Friday Agreement was signed in Belfast.",
        "They held a memorial day for the victims.",
        "Christmas is a time for giving.",
    ],
)
def test_holiday_words_that_name_no_day(text):
    """A one-word holiday as a noun's modifier or a subject, a name, a lowercase common noun."""
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He lives on Memorial Day Drive.",
        "The crash was on Labor Day Road near the school.",
        "A store on Earth Day Avenue was robbed.",
        "Police said the Veterans Day Parade shooting was random.",
        "He was shot on Martin Luther King Day Boulevard.",
    ],
)
def test_holidays_inside_a_longer_name_name_no_day(text):
    """A holiday followed by a capitalised word, in a sentence of lowercase words, is in a name."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("On Thanksgiving 2000 meals were served.", "Thanksgiving"),
        ("The shelter fed guests on Christmas Eve, 1500 people in all.", "Christmas Eve"),
        ("Over Memorial Day weekend 1200 officers were on patrol.", "Memorial Day weekend"),
    ],
)
def test_a_count_after_a_holiday_is_no_year(text, words):
    """ "on Thanksgiving 2000 meals": the number counts the meals; the holiday keeps its own year."""
    quoted, value = only(text)
    assert quoted == words
    assert value.start is not None
    assert value.start.year >= 2024


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("From Christmas Eve to New Year's Day, 40 were shot.", "From Christmas Eve to New Year's Day", D(2024, 12, 24), D(2025, 1, 1)),
        ("Between Thanksgiving and Christmas, 40 were shot.", "Between Thanksgiving and Christmas", D(2024, 11, 28), D(2024, 12, 25)),
    ],
)  # fmt: skip
def test_a_holiday_closing_a_range_of_holidays(text, words, first, last):
    """A holiday after "to" or "and" that closes a range of days is read, and the range with it."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, first, last)


def test_a_holiday_before_a_capitalised_month_or_weekday_still_names_its_day():
    """A capitalised word after the holiday may still be a date's own: "on Memorial Day Monday"."""
    assert found("He was shot on Memorial Day Monday.")[0][0] == "Memorial Day"


@pytest.mark.parametrize(
    "text",
    [
        "On the president's day off, he golfed.",
        "Police said the mother's day care center was closed.",
        "They met at the father's day job site.",
    ],
)
def test_possessive_holidays_in_lowercase_name_no_day(text):
    """In lowercase after a determiner, "the president's day" is a president's, not the holiday."""
    assert found(text) == []


@pytest.mark.parametrize(
    "easter", [D(2000, 4, 23), D(2019, 4, 21), D(2024, 3, 31), D(2025, 4, 20), D(2038, 4, 25)]
)
def test_easter_follows_the_gregorian_computus(easter):
    """Easter Sunday of any year is the computus's day."""
    assert only(f"It happened on Easter {easter.year}.")[1].start == easter


def test_window_offsets_index_the_whole_text():
    """Offsets index the whole text, and only the window is read."""
    text = "On Monday, 2024. Then in March 2025 and on Friday."
    start = text.index("Then")
    result = find_dates(text, start, len(text), reference=MON_2025_03_10)
    assert [text[s:e] for s, e, _ in result] == ["March 2025", "Friday"]


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (4, 2), (0, 99)])
def test_bad_window_raises(start, end):
    """A window outside the text is an error that says what was expected."""
    with pytest.raises(InvalidSpanError, match="need 0 <= start <= end"):
        find_dates("short text", start, end)


def test_every_alternative_has_a_rule():
    """Each construction the scanner knows has the rule that turns its matches into dates."""
    scanner = dates._Scanner  # noqa: SLF001 - the rule table is checked where it lives
    for alternative in dates._ALTERNATIVES:  # noqa: SLF001 - same
        assert callable(getattr(scanner, f"on_{alternative.name}", None)), alternative.name


def test_never_reads_the_clock():
    """The module never asks the machine for today's date."""
    source = inspect.getsource(dates)
    assert ".today()" not in source
    assert ".now(" not in source


# --- properties --------------------------------------------------------------------------------

REFERENCES = st.none() | st.dates()
NEWSY_TEXT = st.lists(
    st.sampled_from(
        [
            "Monday",
            "March",
            "May",
            "10",
            "2025",
            "in",
            "last",
            "week",
            "-",
            ",",
            ".",
            "the",
            "1990s",
            "ago",
            "two",
            "days",
            "from",
            "to",
            "between",
            "and",
            "will",
            "said",
            "early",
            "mid-",
            "Q3",
            "summer",
            "03/10/2025",
            "2025-03-10",
            "'s",
            " ",
            "\n",
            # spelled years and days, compound offsets
            "nineteen",
            "ninety-nine",
            "two thousand",
            "twenty-first",
            "thirty",
            "of",
            "1 month",
            "21",
            "weeks",
            "years,",
            "hours",
            "Updated:",
        ]
    ),
    max_size=30,
).map(" ".join)


@given(text=st.text() | NEWSY_TEXT, reference=REFERENCES)
def test_never_raises_and_spans_are_well_formed(text, reference):
    """On any text, find_dates returns ordered, disjoint, stripped spans and valid ranges."""
    result = find_dates(text, reference=reference)
    previous_end = 0
    for start, end, value in result:
        assert previous_end <= start < end <= len(text)
        quoted = text[start:end]
        assert quoted
        assert quoted == quoted.strip()
        assert (value.start is None) == (value.end is None)
        if value.start is not None and value.end is not None:
            assert value.start <= value.end
        else:
            assert value.relative
        previous_end = end


@given(text=st.text() | NEWSY_TEXT, data=st.data())
def test_window_reads_like_the_slice(text, data):
    """Reading a window gives the dates of the slice, offsets shifted."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    shifted = [
        (s + start, e + start, v)
        for s, e, v in find_dates(text[start:end], reference=MON_2025_03_10)
    ]
    assert find_dates(text, start, end, reference=MON_2025_03_10) == shifted


@given(day=st.dates(min_value=D(1500, 1, 1), max_value=D(2999, 12, 31)), reference=REFERENCES)
def test_written_forms_parse_back_to_the_day(day, reference):
    """A day written as "March 10, 2025", "10 March 2025", "2025-03-10" or "Mar. 10, 2025" is that day."""
    month = calendar.month_name[day.month]
    abbreviation = calendar.month_abbr[day.month] + ("." if day.month != 5 else "")
    forms = [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
        f"{abbreviation} {day.day}, {day.year}",
        f"{calendar.day_name[day.weekday()]}, {month} {day.day}, {day.year}",
    ]
    for form in forms:
        text = f"It happened on {form}."
        [(start, end, value)] = find_dates(text, reference=reference)
        assert text[start:end] == form
        assert value == DateRange(day, day, "day")


@given(
    reference=st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31)),
    weekday=st.sampled_from(list(calendar.day_name)),
)
def test_weekday_is_within_the_week_ending_at_the_reference(reference, weekday):
    """A past-tense weekday is a day of the seven days that end on the publication date."""
    [(_, _, value)] = find_dates(
        f"Officials said on {weekday} that it was over.", reference=reference
    )
    assert value.start == value.end
    assert value.start is not None
    assert reference - dt.timedelta(days=6) <= value.start <= reference
    assert calendar.day_name[value.start.weekday()] == weekday


def test_a_place_with_its_region_does_not_end_the_clause():
    """ "will close its plant in Dayton, Ohio, by the end of September": the future reaches it."""
    text = "The company said it will close its plant in Dayton, Ohio, by the end of September."
    words, value = only(text, D(2026, 4, 28))
    assert words == "the end of September"
    assert (value.start, value.end) == (D(2026, 9, 16), D(2026, 9, 30))


_DIGITY_TEXT = st.lists(
    st.sampled_from(
        [
            *("5", "12", "31", "100", "2024", "1990", "20245", "123456", "0", "07", "'", "\u2019"),
            *("s", "st", "nd", "th", " ", "  ", "\n", "-", "\u2013", "/", ".", ",", ":", "Q3"),
            *("of", "May", "Jan.", "quarter", "half", "week", "days", "years", "ago", "from now"),
            *("next month", "the", "Monday", "a", "H1"),
        ]
    ),
    max_size=12,
).map("".join)


@example(text="5/3/2024 13.5.2015 5 May 1st week of May 1st quarter 5th of next month 90's")
@example(text="100 years ago, 2024-04-14, 2024 Q3, 1990s, '90s, 2014-2018, in 2024")
@given(text=NEWSY_TEXT | _DIGITY_TEXT)
def test_digit_shapes_hold_every_alternative_that_matches(text):
    """At a digit word, only the alternatives of its shape (_DIGIT_SHAPES) can match."""
    singles = {alt.name: re.compile(r"(?<!\w)" + alt.pattern, _FLAGS) for alt in _ALTERNATIVES}
    for word in _WORD.finditer(text):
        if word.group()[0] not in "0123456789'\u2019":
            continue
        allowed = _DIGIT_SHAPES.get(_digit_shape(word.group()), frozenset())
        for alt in _ALTERNATIVES:
            if _DIGIT in alt.starts and alt.name not in allowed:
                assert singles[alt.name].match(text, word.start()) is None, alt.name


_AFTER_NUMBERS = st.lists(
    st.sampled_from(
        [
            *("5", "12", "31", "100", "07", "-", "\u2013", "\u2014", "/", ".", ",", ":", "'", " "),
            *("\n", "y", "Y", "year-old", "yr", "May", "may", "Mar", "5", "st", "th", "s", "of"),
            *("ago", "days", "next month", "Monday", "quarter", "week of", "'s", "\u2019s", "x"),
            *(" p.m.", " a.m.", " and a half years ago", " Fridays ago", " - ", " / ", " to "),
            *(" of next month", " of ", " Aug.", " Sept", " Nov", " Decades", " weeks", " J", "P"),
        ]
    ),
    max_size=12,
).map("".join)


@example(
    text="5/3/2024 13.5.2015 a 20-year-old, 3-May-2024, 5 - 7 May, 4th of July, the 90's, 20\u2014 yr"
)
@example(text="at 10:30, 5, 6 and 3-y 12-\n May 1st week of May 1st quarter 5th of next month")
@example(text="5 p.m. 3 Fridays ago, 2 and a half years ago, 5 - 7 May, 5 / May, 5 to 7 May, 5 Aug")
@given(text=NEWSY_TEXT | _DIGITY_TEXT | _AFTER_NUMBERS)
def test_no_date_begins_at_a_number_that_no_day_after_turns_down(text):
    """Where _NO_DAY_AFTER turns a number of up to three digits down, no alternative matches."""
    singles = [
        re.compile(r"(?<!\w)" + alt.pattern, _FLAGS)
        for alt in _ALTERNATIVES
        if _DIGIT in alt.starts
    ]
    for word in _WORD.finditer(text):
        digits = word.group()
        if digits.isdigit() and len(digits) <= 3 and _NO_DAY_AFTER.match(text, word.end()):
            assert all(p.match(text, word.start()) is None for p in singles), digits


_THE_NUMBERS = st.lists(
    st.sampled_from(
        [
            *("the ", "The ", "THE ", "the\n", "the  ", "the (", "5", "12", "31", "100", "1700"),
            *("1990", "07", "0", "s", "S", "st", "nd", "rd", "th", "TH", "'", "\u2019", " ", "-"),
            *("year-old", " block", " of", " next month", " this month", "week", "quarter"),
            *("half", "Monday", " ", "x", "."),
        ]
    ),
    max_size=10,
).map("".join)


@example(text="Friday the 22nd, the week after next, 1 month 21 days ago, between now and May")
@example(text="the first Monday of October, early this week, 2024-04-14, the '90s, Q3 2024")
@given(text=NEWSY_TEXT)
def test_a_words_pattern_names_the_alternative_that_matched(text):
    """A match of a word's combined pattern ends in its alternative's group (lastgroup).

    first_hit finds by that name where to go on when the match turns out not to be a date.
    """
    for word in _WORD.finditer(text):
        first = word.group()
        digit = first[0] in "0123456789'\u2019"
        chosen = _BY_WORD.get(_DIGIT + _digit_shape(first) if digit else first.lower())
        if chosen is None:
            continue
        m = _together(chosen).match(text, word.start())
        if m is not None:
            assert m.lastgroup in {_ALTERNATIVES[i].name for i in chosen}, text[word.start() :]


@example(text="the 1700 block, the 20-year-old, the 1990s, the 90's, the 20th of next month")
@example(text="the 1st week of May, the 3rd quarter of 2024, the 5 of this month, the 2nd half")
@given(text=NEWSY_TEXT | _THE_NUMBERS)
def test_no_date_begins_at_the_and_a_number_the_number_check_turns_down(text):
    """Where _THE_NUMBER turns down the number after "the", no alternative matches at "the"."""
    singles = [re.compile(r"(?<!\w)" + alt.pattern, _FLAGS) for alt in _ALTERNATIVES]
    for the in re.finditer(r"(?<![A-Za-z])the(?![A-Za-z])", text, re.IGNORECASE):
        number = re.compile(r"[^\w'\u2019]{0,8}+([0-9])").match(text, the.end())
        if number is not None and not _THE_NUMBER.match(text, number.start(1)):
            assert all(p.match(text, the.start()) is None for p in singles), text[the.start() :]


@pytest.mark.parametrize(
    "text",
    [
        "The help line takes calls from 9 a.m. to 6 p.m. Monday through Friday.",
        "The help line takes calls Monday to Saturday, 10 a.m. to 4 p.m.",
        "The store is open from Monday to Saturday.",
        "The depot is open Monday-Friday to anyone with a permit.",
        "Volunteers staff the desk Tuesday through Thursday from noon.",
        "Inspectors visit on weekdays, and the market opens every Tuesday and on Sundays.",
    ],
)
def test_a_weekly_schedule_is_no_date(text):
    """Opening hours over weekdays ("9 a.m. to 6 p.m. Monday through Friday") name no day."""
    assert found(text, WED_2025_06_11) == []


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Crews worked Monday through Friday to clear the line.", D(2025, 6, 6)),
        ("The hearing ran from Monday to Wednesday.", D(2025, 6, 4)),
    ],
)
def test_weekdays_of_a_past_week_are_still_dates(text, end):
    """Days named as a stretch of the past, in a Saturday story, stay one range of dates."""
    ((_, value),) = found(text, D(2025, 6, 7))
    assert (value.start, value.end) == (D(2025, 6, 2), end)


# --- issue 3, fourth pass: spelled years and days, compound offsets ---------------------------

# Reference: Monday 2025-03-10.
SPELLED_YEARS = [
    # After a day and month, as their year.
    ("born on September 10, nineteen oh one.", "September 10, nineteen oh one", D(1901, 9, 10), D(1901, 9, 10)),
    ("on the tenth of May, two thousand.", "tenth of May, two thousand", D(2000, 5, 10), D(2000, 5, 10)),
    ("in June of nineteen ninety-nine", "June of nineteen ninety-nine", D(1999, 6, 1), D(1999, 6, 30)),
    ("the third quarter of two thousand and twenty", "the third quarter of two thousand and twenty", D(2020, 7, 1), D(2020, 9, 30)),
    # After "in", "since" and the like, or "the year".
    ("It opened in nineteen seventy-eight, he said.", "nineteen seventy-eight", D(1978, 1, 1), D(1978, 12, 31)),
    ("since eighteen hundred", "eighteen hundred", D(1800, 1, 1), D(1800, 12, 31)),
    ("the year two thousand and ten was", "the year two thousand and ten", D(2010, 1, 1), D(2010, 12, 31)),
    ("by twenty twenty-four", "twenty twenty-four", D(2024, 1, 1), D(2024, 12, 31)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "start", "end"), SPELLED_YEARS)
def test_spelled_years(text, words, start, end):
    """A year spelled as it is said is read after a date, "in", "since" or "the year"."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Police found two thousand rounds.",
        "They moved in two thousand.",  # a count as often as the year 2000
        "He had served in nineteen ninety homes.",
        "Nineteen seventy people signed.",
        "one of nineteen seventy entries",
    ],
)
def test_spelled_numbers_that_are_no_year(text):
    """Counts spelled like years, with no date word around them or before a counted noun."""
    assert found(text) == []


SPELLED_DAYS = [
    # A spelled ordinal right after a month, without "the".
    ("Ballots were due Feb. twenty-first.", "Feb. twenty-first", D(2025, 2, 21)),
    ("On March first, the plant closed.", "March first", D(2025, 3, 1)),
    # A spelled count as the day, only with a year after it.
    ("It was signed Jan. twenty two, 2018.", "Jan. twenty two, 2018", D(2018, 1, 22)),
    ("on Sunday, Jan. twenty one two thousand and eighteen", "Sunday, Jan. twenty one two thousand and eighteen", D(2018, 1, 21)),
    ("on September the twenty-first nineteen seventy-eight", "September the twenty-first nineteen seventy-eight", D(1978, 9, 21)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "day"), SPELLED_DAYS)
def test_spelled_days_after_a_month(text, words, day):
    """ "Feb. twenty-first", "March first", "Jan. twenty two, 2018" are days."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, day, day)


@pytest.mark.parametrize(
    "text",
    [
        "In March first responders arrived.",  # an ordinal of the noun
        "In May twenty one people died.",  # a count, no year after it
        "In May, first came the rain.",  # a comma: the ordinal starts the clause
    ],
)
def test_spelled_words_after_a_month_that_are_no_day(text):
    """Only the month is a date when the number words after it belong to the clause."""
    assert [(w, v.granularity) for w, v in found(text)] == [(text.split()[1].rstrip(","), "month")]


COMPOUND_OFFSETS = [
    # Years and months back first, then weeks and days; the finest unit named is the value.
    ("met 1 month 21 days ago", "1 month 21 days ago", D(2025, 1, 20), D(2025, 1, 20)),
    ("left two weeks and three days ago", "two weeks and three days ago", D(2025, 2, 21), D(2025, 2, 21)),
    ("left 2 years, 1 month and 3 days ago", "2 years, 1 month and 3 days ago", D(2023, 2, 7), D(2023, 2, 7)),
    ("opened 2 years 3 months ago", "2 years 3 months ago", D(2022, 12, 1), D(2022, 12, 31)),
    ("began 1 month 3 weeks ago", "1 month 3 weeks ago", D(2025, 1, 20), D(2025, 1, 26)),
    ("will end three weeks and two days from now", "three weeks and two days from now", D(2025, 4, 2), D(2025, 4, 2)),
    # Half a year: the month 18 (30) months back.
    ("moved a year and a half ago", "a year and a half ago", D(2023, 9, 1), D(2023, 9, 30)),
    ("moved two and a half years ago", "two and a half years ago", D(2022, 9, 1), D(2022, 9, 30)),
    # Days or weeks from a day near the reference.
    ("will rule three weeks from tomorrow", "three weeks from tomorrow", D(2025, 4, 1), D(2025, 4, 1)),
    ("was filed two days before yesterday", "two days before yesterday", D(2025, 3, 7), D(2025, 3, 7)),
    ("is due two days after today.", "two days after today", D(2025, 3, 12), D(2025, 3, 12)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "start", "end"), COMPOUND_OFFSETS)
def test_compound_offsets(text, words, start, end):
    """Compound and chained offsets name one date, not the last unit's alone."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, start, end)


def test_compound_offsets_unresolved_and_refused():
    """Without a reference they stay unresolved; a unit twice or a possessive are refused."""
    words, value = only("met 1 month 21 days ago", reference=None)
    assert (words, value.start, value.relative) == (
        "1 month 21 days ago",
        None,
        "1 month 21 days ago",
    )
    assert [w for w, _ in found("two days three days ago")] == ["three days ago"]
    assert [w for w, _ in found("two days after yesterday's vote")] == ["yesterday"]
    assert found("a month and a half ago") == []  # not a whole number of months


def test_the_weekend_after_next():
    """The weekend after next is a week after next weekend."""
    quoted, value = only("They meet the weekend after the next.")
    assert (quoted, value.start, value.end) == (
        "the weekend after the next",
        D(2025, 3, 29),
        D(2025, 3, 30),
    )


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("grew up in the nineteen seventies", "the nineteen seventies", D(1970, 1, 1), D(1979, 12, 31)),
        ("in the early nineteen-nineties", "the early nineteen-nineties", D(1990, 1, 1), D(1994, 12, 31)),
        ("during the twenty-tens", "the twenty-tens", D(2010, 1, 1), D(2019, 12, 31)),
        ("a hit in the noughties", "the noughties", D(2000, 1, 1), D(2009, 12, 31)),
        ("the summer of nineteen sixty-nine", "the summer of nineteen sixty-nine", D(1969, 6, 1), D(1969, 8, 31)),
        ("the first Monday of October nineteen ninety", "the first Monday of October nineteen ninety", D(1990, 10, 1), D(1990, 10, 1)),
    ],
)  # fmt: skip
def test_spelled_decades_and_years_of_seasons_and_weekdays(text, words, start, end):
    """Decades spelled after "the", and spelled years after a season or an nth weekday."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, start, end)


@pytest.mark.parametrize(
    "text", ["He is in his seventies.", "Highs in the seventies today.", "nineteen seventies music"]
)
def test_decade_words_without_the_century_are_no_date(text):
    """ "the seventies" alone is as often an age or a temperature; a decade needs "the"."""
    assert [w for w, _ in found(text)] == (["today"] if "today" in text else [])


def test_spelled_day_without_the_before_a_verb_is_no_day():
    """ "May first be approved": without "the", a verb or pronoun after the ordinal makes it none."""
    assert found("May first be approved by the board.") == []
    assert [w for w, _ in found("On March first at noon, the plant closed.")] == ["March first"]


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        ("due in the first week of next month", "the first week of next month", D(2025, 4, 1), D(2025, 4, 7)),
        ("by the last week of this year", "the last week of this year", D(2025, 12, 25), D(2025, 12, 31)),
        ("in the last week of last month", "the last week of last month", D(2025, 2, 22), D(2025, 2, 28)),
    ],
)  # fmt: skip
def test_the_nth_week_of_a_relative_month_or_year(text, words, start, end):
    """ "the first week of next month" counts from the 1st, as "the first week of May" does."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end, value.granularity) == (words, start, end, "week")


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("was shot two Saturdays ago", "two Saturdays ago", D(2025, 3, 1)),
        # said on a Monday, the latest Monday before it is a week back
        ("closed two Mondays ago", "two Mondays ago", D(2025, 2, 24)),
        ("opens three Fridays from now", "three Fridays from now", D(2025, 3, 28)),
    ],
)
def test_weekdays_ago_and_from_now(text, words, day):
    """ "two Saturdays ago" counts back from the latest Saturday before the reference."""
    quoted, value = only(text)
    assert (quoted, value.start, value.end) == (words, day, day)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The altarpiece was carved in 1622 by a pupil of the master.", 1622),
        ('Among the works was "Harbour at Dawn" (1652) by an unknown hand.', 1652),
        ("The chapel has stood since 1420.", 1420),
        ("It was etched in 1872.", 1872),
        ("The chapel was raised in the year 1420.", 1420),
        ('The haul included the 1872 Degas etching "Rehearsal" and two sketches.', 1872),
        ("They bought an 1852 painting at auction.", 1852),
    ],
)
def test_a_year_before_1800_is_read_after_in_or_in_parentheses(text, year):
    """ "carved in 1622", "Harbour at Dawn (1652)", "an 1852 painting": a year, whatever the
    century."""
    words, value = only(text)
    assert words.endswith(str(year))
    assert (value.start, value.end, value.granularity) == (D(year, 1, 1), D(year, 12, 31), "year")


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of 1500 gathered on the square.",
        "The measure passed by 1200.",
        "The toll rose from 1500 to 1700.",
        "Water reached 1500 homes in early 1500 cases.",
        "The 1200 voters stayed home.",
        "He lives in the 1500 block of Elm.",
        "They sold the 1800 Elm Street house.",
        "the 2020 election",
    ],
)
def test_a_number_below_1800_after_of_by_or_from_stays_a_count(text):
    """ "a crowd of 1500", "by 1200": counts; an old year needs "in", "since" or parentheses."""
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry line pushed the crossing back to Thursday to fix the ramp.", D(2025, 6, 12)),
        ("The vote was delayed until Friday.", D(2025, 6, 13)),
        ("Officials moved the hearing to Friday.", D(2025, 6, 13)),
        ("The race was rescheduled for Saturday.", D(2025, 6, 14)),
        ("The board postponed its decision to Monday.", D(2025, 6, 16)),
        # already read forward: an expectation with a limit
        ("The appeal is expected to be decided by Thursday evening.", D(2025, 6, 12)),
        # no move to the day: the past stays past
        ("Crews pushed the van back to the curb on Monday.", D(2025, 6, 9)),
        ("The family moved to Ohio on Monday.", D(2025, 6, 9)),
        ("The storm delayed flights on Monday.", D(2025, 6, 9)),
    ],
)
def test_an_event_put_off_to_a_weekday_is_put_off_to_the_coming_one(text, expected):
    """ "pushed the crossing back to Thursday", "delayed until Friday": the new day is to come."""
    assert only(text, WED_2025_06_11)[1].start == expected


NOV_2026_20 = D(2026, 11, 20)
DEC_2026_28 = D(2026, 12, 28)


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        # Future or scheduled: the next such day after the story.
        ("He is scheduled to be sentenced Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("She will be sentenced Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        # No tense of its own ("is" and a participle, or "is" alone): the nearest one.
        ("When he is sentenced Jan. 21, he faces life.", NOV_2026_20, D(2027, 1, 21)),
        ("The hearing is Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("The hearing is on March 2.", NOV_2026_20, D(2027, 3, 2)),
        ("The hearing is Oct. 2.", NOV_2026_20, D(2026, 10, 2)),
        # Past tense: the latest on or before the story, even just ahead of it.
        ("He was sentenced Jan. 21.", NOV_2026_20, D(2026, 1, 21)),
        ("He was arrested Jan. 3.", DEC_2026_28, D(2026, 1, 3)),
        # A longer clause after "is" tells of another event: the past reading stays.
        ("He is accused of robbing a bank Jan. 21.", NOV_2026_20, D(2026, 1, 21)),
        ("He faces charges filed in a complaint Jan. 21.", NOV_2026_20, D(2026, 1, 21)),
        # Plans and waits put it ahead: "is to be", "pending", "due back", "set ... for".
        ("He is to be sentenced Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("He remains jailed pending sentencing on Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("He is due back in court Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("A judge set sentencing for Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        ("He faces sentencing Jan. 21.", NOV_2026_20, D(2027, 1, 21)),
        # A plan told in the past stays in the past.
        ("The vigil was to be held Jan. 21.", NOV_2026_20, D(2026, 1, 21)),
    ],
)
def test_month_and_day_take_their_year_from_the_tense(text, reference, expected):
    """A month and day without a year: next after the story ahead, latest before it behind."""
    assert only(text, reference)[1].start == expected


def test_a_bare_month_far_after_will_is_the_one_to_come() -> None:
    # "will" twelve words before the month still makes it future: next June, not the last.
    text = "The library will shut its doors for good at the end of the school year in June."
    assert [v for _, v in found(text, D(2025, 11, 12))] == [
        DateRange(D(2026, 6, 1), D(2026, 6, 30), "month", "June")
    ]
    # Without a future word the month is still the latest one.
    text = "The library shut its doors for good at the end of the school year in June."
    assert [v.start for _, v in found(text, D(2025, 11, 12))] == [D(2025, 6, 1)]


@pytest.mark.parametrize(
    ("reference", "first"),
    [(D(2025, 11, 12), D(2026, 9, 1)), (D(2025, 9, 20), D(2025, 9, 1))],
)
def test_a_future_season_half_gone_is_the_next_one(reference: dt.date, first: dt.date) -> None:
    # In November the fall is nearly over: "will move in the fall" means next fall; in
    # September it is the fall under way.
    text = "The bakery will move to a bigger building in the fall."
    assert [v.start for _, v in found(text, reference)] == [first]
    # In the past tense it is the fall just gone.
    text = "The bakery moved to a bigger building in the fall."
    assert [v.start for _, v in found(text, D(2025, 11, 12))] == [D(2025, 9, 1)]


@pytest.mark.parametrize(
    ("text", "words", "start", "end"),
    [
        # a past clause or "since": the latest such month begun by the story's date, not
        # the one just ahead (the story is dated March 10)
        ("It was the second crash at the corner since May.", "May", "2025-05-01", "2025-05-31"),
        ("The plant was closed in May.", "May", "2025-05-01", "2025-05-31"),
        ("Two crashes since April have killed three.", "April", "2025-04-01", "2025-04-30"),
        # the future and a clause with no tense of its own keep the month just ahead
        ("The plant will reopen in May.", "May", "2026-05-01", "2026-05-31"),
        ("The plant reopens in April.", "April", "2026-04-01", "2026-04-30"),
    ],
)
def test_a_bare_month_in_a_past_clause_or_after_since_lies_behind(
    text: str, words: str, start: str, end: str
) -> None:
    ((s, e, value),) = find_dates(text, reference=dt.date(2026, 3, 10))
    assert (text[s:e], str(value.start), str(value.end)) == (words, start, end)


# A month and day with no year set as a deadline or looked ahead to (branch ing30): the next
# such day after the story's date, though it fell earlier in the story's own year.
DEADLINES = [
    ("Entries are due Feb. 3.", D(2026, 2, 3)),
    ("Entries are due by Feb. 3.", D(2026, 2, 3)),
    ("Entries are due no later than Feb. 3.", D(2026, 2, 3)),
    ("Owners must register their boats by Jan. 15.", D(2026, 1, 15)),
    ("Forms should be mailed before Feb. 3, the clerk said.", D(2026, 2, 3)),
    ("The deadline is March 1.", D(2026, 3, 1)),
    ("The deadline to file a claim is March 1.", D(2026, 3, 1)),
    ("The clerk said the extended deadline is March 1.", D(2026, 3, 1)),
    ("The board set a deadline of March 1 for the repairs.", D(2026, 3, 1)),
    ("Tenants have until Feb. 3 to move out.", D(2026, 2, 3)),
    ("The crew expects to finish by Feb. 3.", D(2026, 2, 3)),
    # a window to take part in, opening or closing, and an order to the reader
    ("Applications open Feb. 3.", D(2026, 2, 3)),
    ("Registration closes Feb. 3.", D(2026, 2, 3)),
    ("Nominations are open until Feb. 3.", D(2026, 2, 3)),
    ("Apply by Feb. 3.", D(2026, 2, 3)),
    ("To qualify, submit the form by Feb. 3.", D(2026, 2, 3)),
    # a deadline named after its day
    ("Growers worry about the Feb. 3 deadline.", D(2026, 2, 3)),
    ("The Feb. 3 deadline looms for growers.", D(2026, 2, 3)),
]
NOT_DEADLINES = [
    ("The deadline was March 1.", D(2025, 3, 1)),
    ("Entries were due Feb. 3.", D(2025, 2, 3)),
    ("Tenants had until Feb. 3 to move out.", D(2025, 2, 3)),
    ("The deadline passed on March 1.", D(2025, 3, 1)),
    ("The board missed the deadline of March 1.", D(2025, 3, 1)),
    ("The payment is due to the storm of Feb. 3.", D(2025, 2, 3)),
    ("Registration closed Feb. 3.", D(2025, 2, 3)),
    ("The growers missed the Feb. 3 deadline.", D(2025, 2, 3)),
    ("Growers rushed to meet the Feb. 3 deadline.", D(2025, 2, 3)),
    ("Applications were open until Feb. 3.", D(2025, 2, 3)),
]


@pytest.mark.parametrize(("text", "day"), DEADLINES)
def test_a_deadline_without_a_year_is_the_next_such_day(text, day):
    """ "Entries are due Feb. 3", said on March 10, 2025, is Feb. 3, 2026: a deadline is to come."""
    _words, value = only(text)
    assert (value.start, value.end) == (day, day)


@pytest.mark.parametrize(("text", "day"), NOT_DEADLINES)
def test_a_deadline_in_the_past_tense_stays_behind(text, day):
    """ "The deadline was March 1", "had until Feb. 3", "missed the deadline": behind the story."""
    _words, value = only(text)
    assert (value.start, value.end) == (day, day)
