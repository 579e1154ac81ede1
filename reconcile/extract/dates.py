"""Dates in news text, absolute ("April 14, 2024") or relative to the publication date ("Monday").

:func:`find_dates` walks the words of a text once and, where a word can begin
a date, tries a few compiled regular expressions; each match then becomes a
:class:`~reconcile.model.DateRange` by a small rule. A date keeps only what
the text gave: "March 2025" is the whole month, never a day picked from a
clock, and nothing here reads the machine's clock. Relative dates resolve
against ``reference``, the source's publication date; without one they come
back unresolved, with ``relative`` saying what they were. Resolved relative
dates keep their words in ``relative`` too; absolute dates have None there.

The conventions, chosen for news and small enough to state:

Days
    ``2024-04-14``, ``April 14, 2024``, ``14 April 2024``, ``Apr. 14``,
    ``Sept. 3``, ``Sunday, April 14``, ``April 3-14`` (a range of days).
    Numeric dates need a year: ``04/11/2025`` is month/day/year (US) unless
    the first number cannot be a month, so ``21/04/2025`` is day/month;
    ``13.5.2015`` (dots) is day.month.year. ``9/11``, ``50/50`` and ``3.10``
    are not dates. ``Friday (June 15)`` is one date, as ``Friday, June 15``
    is. Two-digit years 00-49 are 2000-2049, 50-99 1950-1999.
A month and day without a year ("April 14"), a bare month ("in March"), a season, a quarter
    The latest one that starts no more than 61 days after the reference
    (so "Jan. 3" in a story of Dec. 28 is the coming one), or, when the
    sentence speaks of the future (below), the first one not over by the
    reference. After a verb of a set start or end in the simple present ("takes
    effect", "expires", "opens") it is a schedule: the instance nearest
    the reference, ahead or just past. A deadline ("are due March 3", "due by",
    "the deadline is April 1", "a deadline of", "have until Feb. 10 to"), a day
    looked ahead to ("must register by Jan. 15", "expects to finish by"), a window
    opening or closing ("applications open June 2") or an order ("Apply by June 2.") is the
    first one not over by the reference, unless the clause is past ("was due",
    "had until", "missed the deadline of"). A bare "March", "April", "May", "June" or
    "August" needs a date word before it ("in", "since", "early", ...): they are also names,
    a verb and a modal. "last March" is the latest March over by the
    reference; "next March" the first one after it. A weekday with the date
    ("Thursday, May 19") picks the year, within a year of the reference.
    Before a range of days the weekday names its first or last day ("Wednesday, March
    11-12" is the year whose 12th is a Wednesday), and two weekdays before their days are
    those days ("Saturday-Sunday, March 15-16", "from Monday to Wednesday, March 10-12").
    "late Wednesday, March 12" and "Wednesday night, March 12" are one date, as
    "Wednesday, March 12" is, when the date falls on that weekday.
    A quarter is read forward after "expects to", "aims to", "is on track to",
    "anticipates" or a present modal too ("should open in the first quarter").
Weekdays
    "Monday" is the latest Monday on or before the reference (the reference
    day itself if it is a Monday): news reports what happened. When the
    words just before it, in its clause, speak of the future ("will", "is
    scheduled", "is expected to", "plans to", "is set to", "upcoming", "would"
    but not "would have", "forecast to", "starting" or "beginning" just before
    it, ...), and no reporting verb ("said", "told", ...) comes first, it is the
    first Monday on or after the reference; so it is after "expect to" or "hope
    to" ("crews expect to finish by Thursday") and after a present modal and
    "before", "until", "by", "as early as" or "as soon as" ("cannot reopen until
    Monday", "could be back as early as Friday", "could not return before Friday";
    "could not ... until Monday" stays past). A past verb of the weekday's own
    clause, nearer than the future word, keeps it behind: "will appeal the ruling
    handed down Monday", "will be sentenced after a jury convicted him Monday" (not a
    participle after an auxiliary, "will be released Monday", nor an adjective before a
    noun, "will hold a closed meeting Monday"). "last Monday" is the latest Monday
    strictly before the reference; "this Monday" is the Monday of the current
    Monday-Sunday week, "next Monday" the Monday of the next Sunday-Saturday week
    (on a Wednesday "next Sunday" is in four days); "Friday the
    22nd" is the Friday 22nd nearest the reference. "Wed", "Sun" and the
    other abbreviations count only before a date, except "Tues." and
    "Thurs.", which spell no other word; "on a Saturday", "every
    Monday", "Good Friday" and "the Sunday Times" are not days, but a weekday
    that modifies a noun after "a" ("a Saturday shooting", "a Sunday night
    crash") is that day, read as a bare weekday is. Two weekdays joined as a
    weekly schedule ("8 a.m. to 8 p.m. Monday through Friday", "open Monday to
    Saturday") name no day either.
Weeks, months, years
    "this week" is the Monday-Sunday week holding the reference, "last week"
    the one before; "over the weekend" the Saturday and Sunday just past (in
    a weekday story); "last month", "this year", "earlier this month" (the
    first of the month to the reference), "later this year", "the rest of
    the year", "the week (month, year) after next", "the 20th of next
    month". "the past week" and "the past two years" are the days before
    the reference. "three weeks ago" is the week holding the day three
    weeks back, "two months ago" that calendar month, "a year ago" that
    calendar year: the text states the unit, not the day, and two stories a
    day apart must agree. "in two weeks" is a date only in a sentence about
    the future ("the lowest in two weeks" is a span of time). Compound offsets count each
    unit back in turn, years and months first: "1 month 21 days ago", said on Nov. 23, is
    Oct. 2, "two weeks and three days ago" a day, "a year and a half ago" the month 18
    months back (the finest unit named, as above). "three weeks from tomorrow" and "two
    days before yesterday" are days. "the weekend after next" is a week after next weekend.
    "the previous (prior) year", month or week is a calendar unit: the one before the
    reference's, or before a date of one such unit that its sentence names first ("in
    2011, up from the previous year" is 2010).
Parts
    "early" and "late" (and "the beginning of", "the end of") are the first
    and second half of a month, year or decade, the first and last two
    months of a season or quarter, Monday-Wednesday and Thursday-Sunday of a
    week; "mid" is the middle (a month's days 11-20, a year's May-August, a
    decade's years 3-7). The granularity stays the unit the words name:
    "mid-March" is a month.
Seasons
    Meteorological, northern hemisphere: spring is March-May, summer
    June-August, autumn or fall September-November, and winter 2024 is
    December 2023 to February 2024. "fall" is a season only with a year,
    "this", "last", "next", or as "in the fall".
Years
    A four-digit number 1900-2100 is a year only where the words make it
    one: "in/since/by/during/until/from/of 2024", "early 2024", "2024's",
    "the year 2024", or next to another year ("2023 and 2024", "2014-2018",
    "2023-24"). Not "2024 people". A year spelled as it is said ("nineteen
    seventy-eight", "nineteen oh one", "two thousand and ten", "twenty twenty-four") is
    read as a date's year ("September 10, nineteen oh one", "June of nineteen ninety-nine",
    "the summer of nineteen sixty-nine"), after "in", "since" and the like, or after "the
    year"; "in two thousand" alone is a count, and so is any of them before a counted noun
    ("in nineteen ninety homes"). A decade spelled with its century after "the" ("the
    nineteen seventies", "the twenty-tens", "the noughties") is a decade; "the seventies"
    alone is as often an age or a temperature.
Ranges
    "March 30-April 2, 2025", "from 2014 to 2018", "between May and July"
    are one range, including both ends; a yearless first end takes the year
    of the second. "postponed from March to June" stays two dates.
Holidays
    Christmas (Eve, Day), New Year's Eve and Day, Halloween, Valentine's Day, St. Patrick's
    Day, Juneteenth, Veterans Day, Boxing Day, Earth Day, "July Fourth"; the US holidays that
    move (Martin Luther King Day, Presidents' Day, Memorial Day, Mother's and Father's Day,
    Labor Day, Columbus Day, Thanksgiving, Black Friday, Cyber Monday); Easter, Good Friday and
    Easter Monday by the Gregorian computus. A holiday without a year is placed as "April 14"
    is, "last Christmas" as "last March"; "Memorial Day weekend" runs from the Saturday before
    to the holiday or from it to the Sunday after, whichever is shorter. A holiday is a day
    after "on", "over", "before" and the like, with a year, "last" or "weekend", or (two words
    or more) after "the" or "a" before a noun ("the Christmas Eve shooting"), or closing a
    range ("between Thanksgiving and Christmas"; "between now and Easter" is the coming one);
    not as a subject ("Good Friday services drew thousands") or in a name ("the Good Friday
    Agreement", "Memorial Day Drive"). Names made of common words ("Memorial Day", "Good
    Friday") must be capitalised, and so must the possessives after "the", "her" and the
    like ("the president's day off", not Presidents' Day).
    A number before a counted noun is no year: "on Thanksgiving 2000 meals were served".
    "this past weekend" and "the past weekend" are "last weekend"; "were shot this
    weekend", past tense on a weekday, is the weekend just over too; "the weekend of
    Nov. 9-10" is read as "Nov. 9-10".
The day before
    "the day before", "the night before" and "the previous day", closing
    their phrase (not "the day before the vigil"), are the day before the
    last single day the same text names before them: "shot Thursday ... the
    day before" is Wednesday. Without such a day they are left alone.

Left alone, as they need an event rather than the publication date: "the day
before" with no day named before it, "the next day", "a day earlier" (often an
apposition: "on Monday, a day earlier, ..."), "a year earlier", "that week";
and, as they are rarely dates in news: vague counts ("a few days ago"), bare
day numbers ("on the 27th"), yearless numeric dates ("4/22"), spelled days
without a month ("the second"), week numbers ("week 10") and holidays of lunar
calendars ("Ramadan", "Eid al-Fitr"). A spelled ordinal day is read only where
it cannot be another ordinal: before "of" and a month ("the fourth of July") or
right after a month, with or without "the", when no noun follows ("September
the twenty-first", "March first,"; not "in May the first group" or "in March
first responders"); a spelled count ("Jan. twenty two") only with a year after
it ("In May twenty one people died" is a count).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from reconcile.errors import InvalidSpanError
from reconcile.model import DateRange

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from reconcile.model import Granularity

__all__ = ["find_dates"]

Days = tuple[dt.date, dt.date]

_DAY: Final = dt.timedelta(days=1)
_WEEK: Final = dt.timedelta(days=7)
# How far after the reference a yearless "April 14" or "in March" may still lie.
_SLACK: Final = dt.timedelta(days=61)
_NO_SLACK: Final = dt.timedelta(0)

# --- words -------------------------------------------------------------------------------------

_MONTHS: Final = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_NAMES: Final = tuple(calendar.month_name)
_FULL_MONTHS: Final = frozenset(name.lower() for name in calendar.month_name[1:])
# Month words that are also ordinary English words: only capitalised.
_WORDY_MONTHS: Final = frozenset({"march", "mar", "may", "august"})
# Months that are also first names, a verb or a modal: bare, they need a date word before them.
_NAME_MONTHS: Final = frozenset({"march", "april", "may", "june", "august"})

_WEEKDAYS: Final = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_WEEKDAY_NAMES: Final = tuple(calendar.day_name)
# Abbreviations that are no other English word, so weekdays even alone.
_NO_WORD_ABBREVIATIONS: Final = frozenset({"tues", "thurs"})
_FULL_WEEKDAYS: Final = frozenset(name.lower() for name in calendar.day_name)
# Capitalised words before a weekday that make it a named day: "Good Friday", "Super Tuesday".
_HOLIDAY_QUALIFIERS: Final = frozenset(
    {"good", "black", "cyber", "super", "ash", "bloody", "palm", "easter", "holy", "maundy"}
    | {"shrove", "fat", "whit", "giving", "small", "business", "manic", "blue", "spy"}
)

# Capitalised words after a weekday that make it a name: "the Sunday Times", "Sunday School".
_TITLE_WORDS: Final = frozenset(
    {"times", "telegraph", "telegram", "mirror", "express", "post", "herald", "tribune", "star"}
    | {"independent", "mail", "sport", "sports", "magazine", "review", "record", "journal"}
    | {"gazette", "observer", "standard", "school", "service", "football", "massacre", "club"}
)
# Words before a weekday that make it any such day, not one: "on a Saturday", "every Monday".
_ANY_DAY: Final = frozenset({"a", "an", "every", "each", "any", "some", "most", "that"})
# Closed-class words: after "a Saturday" (or "a Saturday night") one of these goes on the
# clause ("on a Saturday in May", "a Saturday when ..."); any other lowercase word is a noun
# the weekday modifies ("a Saturday shooting"), which news uses for one day just past.
_NOT_A_NOUN: Final = frozenset(
    """
    a an the this that these those his her its their our my your in on at of to for from by
    with near into onto after before during since until till than as and or but nor so yet
    when while where whereas because if though although unless who whom whose which what
    is was were are be been being am had has have will would could should can may might must
    did does do not also he she it they we you i me him us them there here then just only
    even ever about around
    """.split()
)
# The words that may follow a spelled day right after its month ("on March first at noon"):
# prepositions, conjunctions and determiners, not a verb or a pronoun ("May first be ...").
_AFTER_SPELLED_DAY: Final = frozenset(
    """
    a an the this that his her its their our at in on of to for from by with near after before
    during since until till through and or but when while as
    """.split()
)
_PARTS_OF_DAY: Final = frozenset({"morning", "afternoon", "evening", "night"})

_NUMBERS: Final = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
}
_ORDINALS: Final = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": 0,
    "final": 0,
}

# Days of the month spelled as ordinals, read only with "of" and a month ("the fourth of
# July") or after a month and "the" ("September the twenty-first").
_SPELLED_DAYS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
_SPELLED_TENS: Final = {"twenty": 20, "thirty": 30}

# The word just before a bare month ("in March") that makes it a date.
_MONTH_CONTEXT: Final = frozenset(
    {"in", "on", "by", "since", "until", "till", "through", "throughout", "during", "before"}
    | {"after", "from", "between", "of", "to", "for", "around", "circa"}
)
# "May" is also a surname: "pressure on May", "a challenge to May".
_MAY_CONTEXT: Final = _MONTH_CONTEXT - {"on", "to", "for", "of"}
# Below it, a year after "the" or "an" before a noun names a thing's year ("an 1872
# etching"); from it on, "the 2020 election" is left alone, as a name.
_FIRST_COUNTED_YEAR: Final = 1900
_STREET_WORDS: Final = frozenset(
    "Avenue Ave Street St Road Rd Boulevard Blvd Drive Dr Lane Ln Way Court Ct Place Pl"
    " Parkway Pkwy Terrace Circle Highway Hwy Square Sq Trail Pike Broadway Plaza".split()
)
_FIRST_YEAR: Final = 1800  # a year before it needs a context word or parentheses (_OLD_YEAR)
_YEAR_CONTEXT: Final = frozenset(
    {"in", "since", "by", "during", "of", "until", "till", "through", "throughout", "from"}
    | {"between", "before", "after", "around", "circa", "c", "ca", "for"}
)
# The words an old year (_OLD_YEAR) may stand after: not "of", "by", "from", "around",
# after which a number of that size is as often a count.
_OLD_YEAR_CONTEXT: Final = frozenset({"in", "since", "during", "until", "till", "circa", "c", "ca"})
_SEASON_CONTEXT: Final = frozenset(
    {"in", "during", "over", "by", "since", "until", "till", "through", "throughout", "before"}
    | {"after", "from", "to", "for"}
)
# A year followed by one of these counts things: "from 1900 to 2000 people".
_COUNTED: Final = frozenset(
    {"people", "children", "men", "women", "police", "staff", "personnel", "troops"}
    | {"feet", "ft", "metres", "meters", "miles", "km", "kilometres", "kilometers"}
)
_NOT_PLURAL: Final = frozenset(
    {"was", "is", "has", "as", "its", "this", "his", "thus", "plus", "versus", "vs"}
    | {"across", "unless", "towards", "afterwards", "always", "perhaps", "besides", "whereas"}
)
# "today's world" speaks of the present age, not of the publication day.
_NOT_TODAY: Final = frozenset(
    {"world", "society", "economy", "standards", "terms", "dollars", "generation", "youth"}
    | {"culture", "climate", "environment", "age", "times", "market", "era", "politics"}
)

# How many words back a bare month or season looks for a future word: "will close its
# doors for good at the end of the school year in June".
_YEARLY_REACH: Final = 20

# Words before a date that put it in the future: "will meet on Monday".
_FUTURE_WORDS: Final = frozenset(
    {"will", "ll", "shall", "scheduled", "expected", "plans", "plan", "planned", "planning"}
    | {"slated", "upcoming", "coming", "next", "intends", "intend", "aims", "later"}
)
# Future words that are as often nouns: right before the day ("approved the plan Monday")
# a noun, as a verb takes an object or "to" first ("plans to vote Monday", "plan a vote").
_PLAN_NOUNS: Final = frozenset({"plan", "plans"})
# Words that put the date after them in the future only in one construction.
_FORECAST_WORDS: Final = frozenset({"forecast", "forecasted", "predicted", "projected"})
_STARTING_WORDS: Final = frozenset({"starting", "beginning", "effective"})
# Words that settle the past before any future word is reached: "..., it said Monday".
_PAST_WORDS: Final = frozenset(
    {"said", "says", "told", "announced", "reported", "added", "confirmed", "stated"}
    | {"wrote", "noted", "according", "was", "were", "did", "had", "has"}
)
# Present verbs that look ahead before "to": "crews expect to finish by Thursday".
_HOPE_WORDS: Final = frozenset({"expect", "expects", "hope", "hopes"})
# Words before "to" that look ahead to a period: "expects to open in the third quarter".
_AIMS: Final = _HOPE_WORDS | frozenset(
    {"aim", "aims", "want", "wants", "seek", "seeks", "track", "pace", "poised", "likely"}
)
# Present modals that, with a limit word before a weekday, put it ahead: "cannot reopen
# until Monday", "may not return before Friday", "should be done by Thursday".
_MODALS: Final = frozenset({"can", "cannot", "may", "might", "must", "should", "shouldn"})
_LIMIT_WORDS: Final = frozenset({"before", "until", "till", "by"})
# "as early as" and "as soon as" before a weekday, nearest word first: a limit, as "by" is.
_EARLIEST: Final = frozenset({("as", "early", "as"), ("as", "soon", "as")})
# Words after "could" that make it a past ability: "could not reach the site until Monday",
# "could have left by Friday"; a bare "could" is a possibility to come ("could be back by
# Friday").
_COULD_PAST: Final = frozenset({"not", "n't", "never", "have", "ve", "only", "hardly"})
# Limit words that, after any present modal, speak of a span still running: "the lake could
# keep rising through the weekend" (not "could ... until Monday", often a past account).
_RUNNING_WORDS: Final = frozenset({"through", "thru"})
# Words before a weekday that end a state still running ("closed through Wednesday"), present
# verbs of a state or a forecast, the auxiliaries that make a participle a present state
# ("are closed"), and past forms with no "-ed" ("held until Friday": an account).
_UNTIL_WORDS: Final = frozenset({"through", "thru", "until", "till", "til", "by"})
_STILL_WORDS: Final = frozenset(
    {"is", "are", "remains", "remain", "stays", "stay", "continues", "continue", "lasts"}
    | {"persists", "persist", "lingers", "linger", "expect", "expects", "forecast", "forecasts"}
    | {"predict", "predicts", "calls", "warn", "warns"}
)
_PAST_NOT: Final = frozenset({"didn", "wasn", "weren", "hadn", "didn't", "wasn't", "weren't"})
# The last mark before a clause: a sentence's end or a comma, colon or dash inside one.
_CLAUSE_OPENER: Final = re.compile(r"([.!?\n,;:\u2014])[^.!?\n,;:\u2014]*\Z")
_STATE_AUX: Final = frozenset({"is", "are", "be", "remain", "remains", "stay", "stays", "will"})
_IRREGULAR_PAST: Final = frozenset(
    {"held", "kept", "went", "left", "ran", "shut", "sat", "stood", "slept", "fell", "froze"}
    | {"lay", "stuck", "spent", "got", "came", "took", "gave", "made", "saw", "began", "hid"}
    | {"paid", "fought", "sought", "led", "found", "brought", "bought", "caught", "met", "won"}
    | {"lost", "sent", "built", "drove", "rode", "flew", "wore", "hung", "struck", "shot"}
)
# Verbs of a set start or end. In the simple present, right before a date, they state a
# schedule, and a schedule is to come: "the fare takes effect Sept. 1", "the season opens
# Friday", "the permit expires March 3", "the rules go into effect June 1".
_SCHEDULE_VERBS: Final = frozenset(
    {"start", "begin", "open", "reopen", "resume", "close", "end", "expire", "run", "last"}
    | {"launch", "return", "take", "go", "kick"}
)
# Words between such a verb and its date: "takes effect", "goes into effect", "runs through".
_SCHEDULE_GAP: Final = frozenset(
    {"on", "in", "effect", "place", "into", "through", "until", "off", "again", "from"}
)
# Their bare forms that are no noun or adjective ("a fresh start", "remained open"); "take",
# "go" and "kick" only with the word after them ("take effect", "go into effect").
_SCHEDULE_BARE: Final = frozenset({"begin", "resume", "reopen", "expire", "take", "go", "kick"})
_SCHEDULE_PHRASAL: Final = frozenset({"take", "takes", "go", "goes", "kick", "kicks"})
# Words before a bare form that make it no present tense of its own: "did not begin",
# "to resume", "would reopen" (the future words read those apart).
_NOT_PRESENT: Final = frozenset(
    {"to", "not", "did", "didn", "never", "will", "would", "could", "can", "may", "might"}
    | {"must", "should", "shall"}
)
# Auxiliaries that put a clause in the past tense, whatever the verb: "were shot".
_PAST_TENSE: Final = frozenset({"was", "were", "had", "did"})
# Nouns of a day by which something must be done: "the deadline is April 1".
_DEADLINES: Final = frozenset({"deadline", "deadlines", "cutoff"})
# What opens or closes for people to take part: "applications open June 2" is a window to come.
_WINDOWS: Final = frozenset(
    {"application", "applications", "registration", "enrollment", "enrolment", "nominations"}
    | {"filing", "entries", "submissions", "bids", "bidding", "signups", "voting", "comment"}
)
# Verbs that, opening a clause, tell the reader what to do by a day: "Apply by June 2."
_ORDERS: Final = frozenset(
    {"apply", "submit", "register", "file", "send", "return", "sign", "enroll", "vote", "mail"}
    | {"respond", "reply", "renew", "book", "order", "rsvp"}
)
# Words between "due" and its date: "due by March 3", "due no later than March 3".
_DUE_GAP: Final = frozenset({"by", "on", "before", "no", "later", "than"})
# Verbs that move an event from one date to another: "postponed from March to June".
_MOVE_WORDS: Final = frozenset(
    {"moved", "postponed", "delayed", "pushed", "rescheduled", "brought", "advanced"}
    | {"changed", "shifted", "put", "back", "forward", "extended"}
)

# Verbs that put an event off to a later day, and the words between them and that day:
# "postponed the vote to Friday", "delayed until Monday", "rescheduled for Saturday".
_POSTPONING: Final = frozenset(
    """postpone postpones postponed postponing delay delays delayed delaying push pushes pushed
    pushing move moves moved moving reschedule reschedules rescheduled rescheduling defer defers
    deferred deferring bump bumps bumped bumping""".split()
)
_MOVED_TO: Final = frozenset({"to", "until", "till", "for"})
_MOVE_REACH: Final = 6  # words between the verb and "to" at most: "pushed the sailing back"

# Holidays. Fixed ones as (month, day); movable ones as (month, weekday, nth: 0 last) or a
# day count from Easter Sunday or from Thanksgiving (US, the fourth Thursday of November).
_FIXED_HOLIDAYS: Final = {
    "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "st. patrick's day": (3, 17), "juneteenth": (6, 19),
    "veterans day": (11, 11), "remembrance day": (11, 11), "armistice day": (11, 11),
    "boxing day": (12, 26), "earth day": (4, 22), "july fourth": (7, 4),
}  # fmt: skip
_NTH_WEEKDAY_HOLIDAYS: Final = {
    "martin luther king day": (1, 0, 3), "presidents' day": (2, 0, 3), "memorial day": (5, 0, 0),
    "mother's day": (5, 6, 2), "father's day": (6, 6, 3), "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2), "thanksgiving": (11, 3, 4),
}  # fmt: skip
_EASTER_HOLIDAYS: Final = {"easter": 0, "good friday": -2, "easter monday": 1}
_THANKSGIVING_HOLIDAYS: Final = {"black friday": 1, "cyber monday": 4}
# First words, as printed, of the names spelled in more than one way.
_HOLIDAY_PREFIXES: Final = (
    ("hallowe", "halloween"), ("valentine", "valentine's day"), ("veteran", "veterans day"),
    ("st", "st. patrick's day"), ("saint", "st. patrick's day"), ("mlk", "martin luther king day"),
    ("martin", "martin luther king day"), ("president", "presidents' day"),
    ("mother", "mother's day"), ("father", "father's day"), ("thanksgiving", "thanksgiving"),
)  # fmt: skip
# Named from ordinary words ("a memorial day", "a good Friday"), so read only capitalised.
# Without a year, that is ("black friday 2010" is the day).
_COMMON_WORD_HOLIDAYS: Final = frozenset(
    {"veterans day", "remembrance day", "armistice day", "boxing day", "earth day"}
    | {"memorial day", "labor day", "columbus day", "good friday", "black friday"}
)
# Named by a possessive of a common noun, so not read in lowercase after a determiner, where
# the possessive is the noun's: "the president's day off", "the mother's day care center".
_POSSESSIVE_HOLIDAYS: Final = frozenset({"presidents' day", "mother's day", "father's day"})
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your"}
    | {"each", "every", "whose"}
)
# A holiday alone is a day after one of these ("on Christmas", "before Thanksgiving"), not as a
# noun's modifier or subject ("a Christmas tree", "Good Friday services drew thousands").
_HOLIDAY_CONTEXT: Final = (_MONTH_CONTEXT - {"of", "for", "to"}) | {"over", "at"}


# --- the patterns ------------------------------------------------------------------------------

# Whitespace inside a date: bounded and possessive, so that no run of spaces can make the
# engine backtrack; at most one line break, as a date may wrap but not span paragraphs.
_S1 = r"(?:[^\S\n]{1,12}+(?:\n[^\S\n]{0,12}+)?+|\n[^\S\n]{0,12}+)"
_S0 = r"(?:[^\S\n]{0,12}+(?:\n[^\S\n]{0,12}+)?+)"
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"
_APOS = r"['\u2019]"
_MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])"
)
_WDF = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
_WDA = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)(?![a-z])"
)
_ORD = r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
# A day of the month, not the start of a longer number, a time or a decimal.
_D = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?+(?![\w:]|\.\d|,\d{3}(?!\d))"
# A spelled ordinal day: "fourth", "twenty-first", "twenty second", "thirty-first".
_SD = (
    r"(?:twenty(?:[^\S\n]{1,3}|[-\u2010])(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth)|thirty(?:[^\S\n]{1,3}|[-\u2010])first|"
    + "|".join(sorted(_SPELLED_DAYS, key=len, reverse=True))
    + r")(?![\w-])"
)
_Y4 = r"[12][0-9]{3}(?![\w]|[-/.,]\d)"
# A year spelled out as it is said: "nineteen seventy-eight", "nineteen oh one", "eighteen
# hundred", "two thousand and ten", "twenty twenty-four"; never "two thousand" counts alone
# (the rules ask for a date word around it).
_SPACE_OR_HYPHEN = r"(?:[^\S\n]{1,3}+|[-\u2010])"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNDER_100 = rf"(?:{_TENS_WORD}(?:{_SPACE_OR_HYPHEN}{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD})"
_SY = (
    rf"(?:(?:eighteen|nineteen){_SPACE_OR_HYPHEN}(?:hundred|{_TENS_WORD}(?:{_SPACE_OR_HYPHEN}"
    rf"{_UNIT_WORD})?|{_TEEN_WORD}|(?:zero|oh|o){_SPACE_OR_HYPHEN}{_UNIT_WORD})"
    rf"|twenty{_SPACE_OR_HYPHEN}(?:{_TEEN_WORD}|twenty(?:{_SPACE_OR_HYPHEN}{_UNIT_WORD})?)"
    rf"|two[^\S\n]{{1,3}}+thousand(?:(?:[^\S\n]{{1,3}}+and)?[^\S\n]{{1,3}}+{_UNDER_100})?)"
    r"(?![\w\u2010-])"
)
# A year in figures or spelled out, where a date gives its year after its day or month.
_YS = rf"(?:{_Y4}|{_SY})"
# A day of the month spelled as a count, read only with a year after it: "Jan. twenty two, 2018".
_SC = (
    r"(?:twenty(?:[^\S\n]{1,3}|[-\u2010])(?:one|two|three|four|five|six|seven|eight|nine)"
    r"|thirty(?:[^\S\n]{1,3}|[-\u2010])one|twenty|thirty|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|ten|one|two|three|four|five|six|seven"
    r"|eight|nine)(?![\w\u2010-])"
)
_YEAR = r"(?:1[89][0-9]{2}|20[0-9]{2}|2100)"
# A year before 1800, read alone only after "in", "since" and the like ("carved in 1622") or
# in parentheses after a title ("Harbour at Dawn (1652)"): elsewhere such a number is a count.
_OLD_YEAR = r"(?:1[0-7][0-9]{2})"
_NUM = "(?:[0-9]{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNITS = r"(?:days?|weeks?|months?|years?|decades?)"
# Not the tail of a number, code, amount or phone number ("3.2025", "$2024", "555-2025"); a
# hyphen after a word is fine ("mid-2024").
_NOT_AFTER_NUMBER = r"(?<![\w.,/:$\u00a3\u20ac#+])(?<![\d.,/:+][-\u2013])"


def _weekday_before(tag: str, *, paren: bool = False) -> str:
    """An optional weekday before a date ("Sunday, April 14"), in the group ``<tag>_wd``.

    With ``paren``, the date may also follow in parentheses ("Friday (June 15)"); the
    opening one is the group ``<tag>_pa``, and the rule checks for the closing one.
    """
    if not paren:
        return rf"(?:(?P<{tag}_wd>{_WDA})\.?,?{_S1})?"
    return rf"(?:(?P<{tag}_wd>{_WDA})\.?(?:,?{_S1}|{_S0}(?P<{tag}_pa>\(){_S0}))?"


def _part(tag: str) -> str:
    """An optional "early"/"mid-"/"late"/"the end of" before a unit, in groups named by ``tag``."""
    return (
        rf"(?:(?P<{tag}_p>early|mid|late)(?:{_S0}{_DASH}{_S0}|{_S1})"
        rf"|(?:the{_S1})?(?P<{tag}_q>beginning|start|middle|end){_S1}of{_S1}(?:the{_S1})?)?"
    )


def _week_of(tag: str) -> str:
    """An optional "the week of" before a day, which makes the date that day's week."""
    return (
        rf"(?P<{tag}_w>(?:the{_S1})?week{_S1}(?:of|starting|beginning|commencing)"
        rf"(?:{_S1}on)?{_S1})?"
    )


class _Alternative(NamedTuple):
    """One construction: its name (the ``_Scanner.on_<name>`` rule), first words, pattern."""

    name: str
    # The words it can begin with, lowercased; "#" stands for a digit or an apostrophe.
    starts: frozenset[str]
    pattern: str


_DIGIT = "#"
_PART_WORDS = frozenset({"early", "mid", "late", "the", "beginning", "start", "middle", "end"})
_ORDINAL_WORDS = frozenset(w for w in _ORDINALS if w.isalpha()) | {_DIGIT}
_SPELLED_DAY_WORDS = frozenset(_SPELLED_DAYS) | frozenset(_SPELLED_TENS)
_RELATION_WORDS = frozenset({"this", "next", "last", "past", "coming"})
_MONTH_WORDS = frozenset(_MONTHS)
_WEEKDAY_WORDS = frozenset(_WEEKDAYS)
_SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_HOLIDAY_WORDS = frozenset(
    {"christmas", "new", "halloween", "hallowe", "valentine", "valentines", "juneteenth", "st"}
    | {"saint", "veteran", "veterans", "remembrance", "armistice", "boxing", "earth", "memorial"}
    | {"labor", "columbus", "july", "martin", "mlk", "president", "presidents", "mother"}
    | {"father", "thanksgiving", "easter", "good", "black", "cyber"}
)

# In order of preference: where two match at one place, the earlier is tried first.
_ALTERNATIVES: Final = (
    _Alternative(  # Christmas Eve, Thanksgiving 2019, last Easter, Memorial Day weekend
        "hol",
        _HOLIDAY_WORDS | _RELATION_WORDS,
        rf"""(?P<hol>(?:(?P<hol_r>(?:this{_S1})?(?:past|coming)|last|this|next){_S1})?
        (?P<hol_n>christmas(?:{_S1}(?:day|eve))?|new{_S1}year(?:{_APOS}?s|s{_APOS}?)?{_S1}(?:day|eve)
        |hallowe{_APOS}?en|valentine(?:{_APOS}?s|s{_APOS})?{_S1}day|juneteenth
        |(?:st\.?|saint){_S1}patrick{_APOS}?s{_S1}day|veteran(?:{_APOS}?s|s{_APOS}?)?{_S1}day
        |(?:remembrance|armistice|boxing|earth|memorial|labor|columbus){_S1}day
        |july{_S1}fourth|(?:the{_S1})?martin{_S1}luther{_S1}king(?:{_S1}jr\.?|,{_S1}jr\.?)?{_S1}day
        |mlk{_S1}day|president(?:{_APOS}?s|s{_APOS}?)?{_S1}day|(?:mother|father){_APOS}?s{_S1}day
        |thanksgiving(?:{_S1}day)?|easter(?:{_S1}(?:sunday|day|monday))?|good{_S1}friday
        |black{_S1}friday|cyber{_S1}monday)(?![\w'\u2019])
        (?:(?:{_S1}holiday)?{_S1}(?P<hol_w>weekend)|{_S1}(?:morning|afternoon|evening|night))?
        (?![\w])(?:(?:{_S1}of|{_S0},)?{_S1}(?P<hol_y>{_Y4}))?)""",
    ),
    _Alternative(  # 2024-04-14, 2024/04/14, 2015.5.13, 2019-sep-1
        "iso",
        _WEEKDAY_WORDS | {_DIGIT},
        rf"""(?P<iso>{_weekday_before("iso")}{_NOT_AFTER_NUMBER}
        (?P<iso_y>[12][0-9]{{3}})(?P<iso_s>[-/.])(?:(?P<iso_m>1[0-2]|0?[1-9])|(?P<iso_mn>{_MON}))
        (?P=iso_s)(?P<iso_d>3[01]|[12][0-9]|0?[1-9])(?![\d]|[-/.]\d)(?!(?!T\d)[^\W\d_]))""",
    ),
    _Alternative(  # 04/11/2025, 9-18-15, Thursday 20/10/2017
        "num",
        _WEEKDAY_WORDS | {_DIGIT},
        rf"""(?P<num>{_weekday_before("num")}{_NOT_AFTER_NUMBER}
        (?P<num_a>[0-9]{{1,2}})(?P<num_s>[-/])(?P<num_b>[0-9]{{1,2}})(?P=num_s)
        (?P<num_y>[0-9]{{4}}|[0-9]{{2}})(?![\w]|[-/.,]\d))""",
    ),
    _Alternative(  # 13.5.2015 (dots: day first)
        "dot",
        _WEEKDAY_WORDS | {_DIGIT},
        rf"""(?P<dot>{_weekday_before("dot")}{_NOT_AFTER_NUMBER}
        (?P<dot_d>[0-9]{{1,2}})\.(?P<dot_m>[0-9]{{1,2}})\.(?P<dot_y>[12][0-9]{{3}})
        (?![\w]|[-/.,]\d))""",
    ),
    _Alternative(  # April 14, Apr. 14, 2025, Sunday, April 14, April 3-14, the week of April 14
        "md",
        _WEEKDAY_WORDS | _MONTH_WORDS | {"the", "week"},
        rf"""(?P<md>{_week_of("md")}{_weekday_before("md", paren=True)}
        (?P<md_m>{_MON})\.?(?:{_S0}[-/]{_S0}|,?{_S1}|(?<=\.){_S0})(?:(?P<md_the>the{_S1})?
        (?P<md_d>{_D})(?:{_S0}{_DASH}{_S0}(?P<md_e>{_D})|{_S1}(?:to|through|thru|until|till|and)
        {_S1}(?P<md_f>{_D}))?|(?P<md_st>the{_S1})?(?P<md_s>{_SD})|(?P<md_k>{_SC}))
        (?:(?P<md_c>{_S0},{_S0}|{_S1})(?:of{_S1})?(?P<md_y>{_YS}))?)""",
    ),
    _Alternative(  # 14 April 2024, 1st Jan, 4th of March, 16. Nov. 2016, 3-5 May
        "dm",
        _WEEKDAY_WORDS | _SPELLED_DAY_WORDS | {"the", "week", _DIGIT},
        rf"""(?P<dm>{_week_of("dm")}(?:(?P<dm_wd>{_WDA})\.?(?:,?{_S1}(?:the{_S1})?
        |{_S0}(?P<dm_pa>\(){_S0}))?
        (?:{_NOT_AFTER_NUMBER}(?P<dm_d>{_D})(?:{_S0}{_DASH}{_S0}(?P<dm_e>{_D})
        |{_S1}(?:to|through|thru|until|till|and){_S1}(?P<dm_f>{_D}))?
        (?:{_S1}of{_S1}|\.?{_S1}|{_S0}[-/]{_S0})|(?P<dm_s>{_SD}){_S1}of{_S1})(?P<dm_m>{_MON})
        (?:\.?(?P<dm_c>{_S0},{_S0}|{_S1})(?:of{_S1})?(?P<dm_y>{_YS}))?)""",
    ),
    _Alternative(  # the first Monday of October, the last Friday of next month
        "nw",
        _ORDINAL_WORDS | {"the"},
        rf"""(?P<nw>(?:the{_S1})?(?P<nw_n>{_ORD}){_S1}(?P<nw_d>{_WDF}){_S1}(?:of|in){_S1}
        (?:(?P<nw_m>{_MON})(?:\.?(?:{_S0},{_S0}|{_S1})(?P<nw_y>{_YS}))?
        |(?P<nw_r>this|next|last|previous){_S1}month(?![\w])))""",
    ),
    _Alternative(  # the first week of March, the last week of July 2024, the last week of 2015
        "wk",
        _ORDINAL_WORDS | {"the"},
        rf"""(?P<wk>(?:the{_S1})?(?P<wk_n>{_ORD}){_S1}week{_S1}(?:of|in){_S1}
        (?:(?P<wk_m>{_MON})(?:\.?(?:{_S0},{_S0}|{_S1})(?P<wk_y>{_Y4}))?
        |{_NOT_AFTER_NUMBER}(?P<wk_yy>{_YEAR})(?![\w])
        |(?P<wk_r>this|next|last|previous){_S1}(?P<wk_u>month|year)(?![\w])))""",
    ),
    _Alternative(  # Q3 2024, the third quarter of 2024, third-quarter, the first half of 2024, H1
        "q",
        _PART_WORDS | _ORDINAL_WORDS | {"q", "h"},
        rf"""(?P<q>{_part("q")}(?:(?P<q_y0>{_YEAR}){_S1})?(?:the{_S1})?
        (?:Q(?P<q_n>[1-4])|(?P<q_o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)
        (?:{_S1}|{_DASH})quarter|(?P<q_h>first|second|1st|2nd)(?:{_S1}|{_DASH})half
        |H(?P<q_hn>[12]))(?![\w])(?:(?:{_S0}{_DASH}{_S0}|{_S1}of{_S1}|{_S0},{_S0}|{_S1})
        (?P<q_y>{_YS})|(?:{_S1}of)?{_S1}(?:the{_S1})?(?P<q_r>this|last|next|current|the)
        (?:{_S1}|{_DASH})year)?)""",
    ),
    _Alternative(  # spring 2024, the summer of 2016, last summer, in the fall
        "se",
        _PART_WORDS | _RELATION_WORDS | _SEASON_WORDS,
        rf"""(?P<se>{_part("se")}(?:(?P<se_r>(?:this{_S1})?(?:past|coming)|last|this|next){_S1})?
        (?:the{_S1})?(?P<se_n>spring|summer|autumn|fall|winter)(?![\w])
        (?:(?:{_S1}of|{_S0},)?{_S1}(?P<se_y>{_YS}))?)""",
    ),
    _Alternative(  # the 1990s, the '90s, the mid-1980s
        "dc",
        _PART_WORDS | {_DIGIT},
        rf"""(?P<dc>(?:the{_S1})?{_part("dc")}(?:the{_S1})?
        (?:{_NOT_AFTER_NUMBER}(?P<dc_y>1[0-9]{{2}}0|20[0-9]0){_APOS}?s|{_APOS}(?P<dc_a>[0-9]0)s
        |{_NOT_AFTER_NUMBER}(?P<dc_b>[2-9]0){_APOS}s)(?![\w]))""",
    ),
    _Alternative(  # the nineteen seventies, the early nineteen-nineties, the noughties
        "ds",
        (_PART_WORDS - {"the"}) | {"eighteen", "nineteen", "twenty", "noughties"},
        rf"""(?P<ds>{_part("ds")}(?:the{_S1})?(?:(?P<ds_c>eighteen|nineteen|twenty)
        (?:{_S1}|{_DASH})(?P<ds_t>tens|twenties|thirties|forties|fifties|sixties|seventies
        |eighties|nineties)|(?P<ds_n>noughties))(?![\w]))""",
    ),
    _Alternative(  # March 2025, mid-March 2025, March of 2025, August '99, June next year
        "my",
        _PART_WORDS | _MONTH_WORDS,
        rf"""(?P<my>{_part("my")}(?P<my_m>{_MON})\.?(?:{_S0},{_S0}|{_S1}of{_S1}|{_S1})
        (?:(?P<my_y>{_YS})|{_APOS}(?P<my_a>[0-9]{{2}})(?![\w])
        |(?P<my_r>this|next|last){_S1}year(?![\w])))""",
    ),
    _Alternative(  # 2014-2018, 2023-24
        "yr",
        frozenset({_DIGIT}),
        rf"""(?P<yr>{_NOT_AFTER_NUMBER}(?P<yr_a>{_YEAR}){_S0}{_DASH}{_S0}
        (?P<yr_b>{_YEAR}|[0-9]{{2}})(?![\w]|[-/.,]\d|{_APOS}?s))""",
    ),
    _Alternative(  # last March, next June, this September
        "rm",
        _RELATION_WORDS,
        rf"""(?P<rm>(?P<rm_r>(?:this{_S1})?(?:past|coming)|last|next|this){_S1}(?P<rm_m>{_MON}))""",
    ),
    _Alternative(  # in March, early March, mid-March, the end of March
        "mo",
        _PART_WORDS | _MONTH_WORDS,
        rf"""(?P<mo>{_part("mo")}(?P<mo_m>{_MON}))""",
    ),
    _Alternative(  # in 2024, mid-2024, the year 2024, 2024's
        "ye",
        _PART_WORDS | {"year", _DIGIT},
        rf"""(?P<ye>{_part("ye")}(?P<ye_t>(?:the{_S1})?year{_S1})?
        {_NOT_AFTER_NUMBER}(?P<ye_y>{_YEAR}|{_OLD_YEAR})(?![\w]|[-/.,:]\d|%))""",
    ),
    _Alternative(  # in nineteen seventy-eight, the year two thousand and ten
        "sy",
        frozenset({"year", "eighteen", "nineteen", "twenty", "two"}),
        rf"""(?P<sy>(?P<sy_t>year{_S1})?(?P<sy_y>{_SY}))""",
    ),
    _Alternative(  # Monday, Monday night, last Monday, Friday the 22nd, next week on Friday
        "wd",
        _WEEKDAY_WORDS | _RELATION_WORDS | {"early", "late"},
        rf"""(?P<wd>(?:(?P<wd_r>(?:this{_S1})?(?:past|coming)|this|next|last|early|late){_S1})?
        (?:(?P<wd_k>this|next|last){_S1}week(?:{_S1}on)?,?{_S1})?(?P<wd_d>{_WDF}|(?:tues|thurs)(?![a-z]))
        (?:,?{_S1}(?P<wd_the>the{_S1})?(?P<wd_t>{_D}))?
        (?:{_S1}(?:of{_S1})?(?P<wd_l>this|next|last){_S1}week)?
        (?:{_S1}(?:morning|afternoon|evening|night))?(?![\w]))""",
    ),
    _Alternative(  # yesterday, today, tonight, last night, this morning, the day before yesterday
        "rd",
        frozenset({"early", "late", "the", "yesterday", "today", "tonight", "tomorrow"})
        | {"this", "last"},
        rf"""(?P<rd>(?:(?:early|late){_S1})?(?P<rd_w>the{_S1}day{_S1}before{_S1}yesterday
        |the{_S1}day{_S1}after{_S1}tomorrow|yesterday|today|tonight|tomorrow
        |this{_S1}(?:morning|afternoon|evening)|last{_S1}(?:night|evening))(?![\w])
        (?:{_S1}(?:morning|afternoon|evening|night)(?![\w]))?)""",
    ),
    _Alternative(  # the day before, the night before, the previous day
        "db",
        frozenset({"the"}),
        rf"""(?P<db>(?:the{_S1}(?:day|night|evening|morning){_S1}before
        |the{_S1}previous{_S1}(?:day|night|evening))(?![\w])
        (?=\s*(?:[^\w\s]|$|(?:in|at|on|and|but|when|while|as|near|outside)(?![\w]))))""",
    ),
    _Alternative(  # the past week, the last two years, past 3 weeks
        "rl",
        frozenset({"the", "past", "last", "previous", "prior", "coming", "next"}),
        rf"""(?P<rl>(?P<rl_t>the{_S1})?(?P<rl_r>past|last|previous|prior|coming|next){_S1}
        (?:(?P<rl_n>{_NUM}){_S1})?(?P<rl_u>{_UNITS})(?![\w]))""",
    ),
    _Alternative(  # the week after next, the month after the next, the weekend after next
        "an",
        frozenset({"the"}),
        rf"""(?P<an>the{_S1}(?P<an_u>weekend|week|month|year){_S1}after{_S1}(?:the{_S1})?next(?![\w]))""",
    ),
    _Alternative(  # the 20th of next month, the fifteenth of this month
        "dr",
        _SPELLED_DAY_WORDS | {"the", _DIGIT},
        rf"""(?P<dr>(?:the{_S1})?{_NOT_AFTER_NUMBER}(?P<dr_d>{_D}|{_SD}){_S1}of{_S1}
        (?P<dr_r>this|next|last|previous){_S1}month(?![\w]))""",
    ),
    _Alternative(  # this week, last month, early this week, earlier this month, late last year
        "ru",
        _PART_WORDS | {"earlier", "later", "this", "last", "next", "current", "past"},
        rf"""(?P<ru>(?:(?P<ru_p>early|mid|late|earlier|later)(?:{_S0}{_DASH}{_S0}|{_S1})
        |(?:the{_S1})?(?P<ru_q>beginning|start|middle|end){_S1}of{_S1})?
        (?P<ru_r>(?:(?:this|the){_S1})?past|this|last|next|current|the)(?:{_S1}|{_DASH})
        (?P<ru_u>week|weekend|month|year|quarter|decade)(?![\w]))""",
    ),
    _Alternative(  # earlier in the week, later in the year, the rest of the year
        "ri",
        frozenset({"earlier", "later", "the", "rest"}),
        rf"""(?P<ri>(?:(?P<ri_p>earlier|later){_S1}in|(?:the{_S1})?(?P<ri_r>rest){_S1}of)
        {_S1}(?:the|this){_S1}(?P<ri_u>week|month|year)(?![\w]))""",
    ),
    _Alternative(  # two days ago, 1 month 21 days ago, a year and a half ago, two weeks from now
        "ago",
        frozenset(_NUMBERS) | {_DIGIT},
        rf"""(?P<ago>{_NOT_AFTER_NUMBER}(?P<ago_n>{_NUM})(?P<ago_h2>{_S1}and{_S1}a{_S1}half)?{_S1}
        (?P<ago_u>{_UNITS}|(?P<ago_d>(?:mon|tues|wednes|thurs|fri|satur|sun)days))(?![\w])(?P<ago_h>{_S1}and{_S1}a{_S1}half(?![\w]))?
        (?P<ago_c>(?:(?:{_S0},{_S1}|{_S1})(?:and{_S1})?{_NUM}{_S1}{_UNITS}(?![\w])){{1,3}})?{_S1}
        (?:(?P<ago_a>ago)(?:{_S1}(?P<ago_t>today|{_WDF}))?|(?P<ago_w>from{_S1}(?:now|today))
        |(?P<ago_f>from|after|before){_S1}(?P<ago_b>today|tomorrow|yesterday)(?![\w'\u2019]))
        (?![\w]))""",
    ),
    _Alternative(  # now, kept only as the end of a range: "between now and Nov. 15"
        "now",
        frozenset({"now"}),
        r"""(?P<now>now)(?![\w'\u2019])""",
    ),
    _Alternative(  # in two weeks (only where the sentence speaks of the future)
        "inn",
        frozenset({"in"}),
        rf"""(?P<inn>in{_S1}(?P<inn_n>{_NUM}){_S1}(?P<inn_u>{_UNITS})(?![\w]))""",
    ),
)
_FLAGS: Final = re.IGNORECASE | re.VERBOSE


@functools.cache
def _single(index: int) -> re.Pattern[str]:
    """The pattern of one alternative, compiled on first use."""
    return re.compile(r"(?<!\w)" + _ALTERNATIVES[index].pattern, _FLAGS)


@functools.cache
def _together(chosen: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern of the alternatives ``chosen``, in their order, compiled on first use.

    Compiling every word's pattern at import cost most of the module's import
    time, though a text uses only the few its words begin.
    """
    if len(chosen) == 1:  # one alternative: its own pattern, compiled once
        return _single(chosen[0])
    together = "|".join(_ALTERNATIVES[i].pattern for i in chosen)
    return re.compile(r"(?<!\w)(?:" + together + ")", _FLAGS)


def _choose_by_word() -> dict[str, tuple[int, ...]]:
    """For each word that can begin a date, the alternatives that can begin with it.

    They come as indices into ``_ALTERNATIVES``, in their order of preference:
    ``_together`` makes one pattern of them all, tried first, and ``_single``
    the patterns one by one, for when the first to match turns out not to be a
    date. A digit word is looked up by its shape (``"#"`` and a key of
    ``_DIGIT_SHAPES``), not as ``"#"``.
    """
    chosen_by_word = {
        word: tuple(i for i, alt in enumerate(_ALTERNATIVES) if word in alt.starts)
        for word in frozenset().union(*(alt.starts for alt in _ALTERNATIVES)) - {_DIGIT}
    }
    for shape, names in _DIGIT_SHAPES.items():
        chosen_by_word[_DIGIT + shape] = tuple(
            i for i, alt in enumerate(_ALTERNATIVES) if _DIGIT in alt.starts and alt.name in names
        )
    return chosen_by_word


# The alternatives a digit word can begin, by its shape: its number of digits, or an
# apostrophe and a digit ("'90s"), read off the patterns. A day or a month in figures has one
# or two digits ("5/3/2024", "13.5.2015", "5 May", "the 5th of next month"), an ordinal one
# ("1st week of", "1st quarter"), a decade two before "'s" ("90's"), a count of days up to
# three ("100 years ago"), a year four ("2024-04-14", "2024 Q3", "1990s", "2014-2018",
# "2024"). Each pattern is followed by a non-digit there, so no date begins at five digits
# or more. The scan tries only these: trying every digit alternative at every number was
# most of its failed matches. (A test checks no other alternative matches at a shape.)
_DIGIT_SHAPES: Final = {
    "1": frozenset({"num", "dot", "dm", "nw", "wk", "q", "dr", "ago"}),
    "2": frozenset({"num", "dot", "dm", "dc", "dr", "ago"}),
    "3": frozenset({"ago"}),
    "4": frozenset({"iso", "q", "dc", "yr", "ye"}),
    "'": frozenset({"dc"}),
}


def _digit_shape(word: str) -> str:
    """The shape of a digit word for ``_DIGIT_SHAPES``: "'", "1" to "4", or "5" for more."""
    return "'" if word[0] in "'\u2019" else str(min(len(word), 5))


# The scan walks the words of the text (a cheap regular expression and a dict lookup per word)
# and tries only the alternatives that can begin with the word: trying them all at every
# position costs microseconds a character.
_BY_WORD: Final = _choose_by_word()
_WORD: Final = re.compile(r"[A-Za-z]+|[0-9]+|['\u2019][0-9]")
# Words that can begin a date alone. The others ("the", "in", "last", "two") begin one only
# before a date word, which is cheaper to check than a dozen patterns after every "the".
_ANCHORS: Final = (
    _MONTH_WORDS
    | _WEEKDAY_WORDS
    | _SEASON_WORDS
    | {_DIGIT, "q", "h", "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "now"}
    # Holidays whose first word is enough, or is followed by "'s", which is no next word.
    | {"christmas", "halloween", "hallowe", "thanksgiving", "easter", "juneteenth", "mother"}
    | {"father", "valentine", "valentines", "veteran", "veterans", "president", "presidents"}
    | {"noughties"}
)
_FOLLOWERS: Final = (
    _ANCHORS
    | frozenset(_NUMBERS)
    | _ORDINAL_WORDS
    | _SPELLED_DAY_WORDS
    | (_PART_WORDS - {"the"})
    | {"week", "year", "past", "previous", "coming", "next", "this", "current", "rest"}
    | {"weekend", "month", "quarter", "decade", "day", "days", "weeks", "months", "years"}
    | {"decades", "half", "night", "morning", "evening", "afternoon", "of", "starting"}
    | {"commencing", "patrick", "luther"}
    # the second words of spelled years: "nineteen seventy", "two thousand", "nineteen oh one"
    | {"sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "zero", "oh", "o"}
    | {"and"}  # "two and a half years ago"
    | {"mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
    | {"tens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"}
    | {"nineties", "noughties"}  # "the nineteen seventies"
    | _HOLIDAY_WORDS
)
# What follows a number of one to three digits where no date begins with it. Each such
# date goes on from the digits with a space ("5 May", "3 days ago"), a period ("13.5.2015"),
# a slash, a dash and a day or a month ("5/3/2024", "3-5 May", "5-May-2024"), an ordinal's
# letters ("1st week of", "4th of July"), or "'s" or "s" ("the 90's"); the dash of an age
# ("20-year-old") leads to neither. After the space comes a month, a unit of time, plural
# weekdays, "and", "to", "through", "until", "till", "of", a dash or a slash ("5 May",
# "3 days", "2 Fridays ago", "5 to 7 May", "5 of next month", "5 - 7 May"): never "p.m."
# or a digit. Checking these characters is much cheaper than a failed match of the
# alternatives (a test checks none matches where this says so).
_NO_DAY_AFTER: Final = re.compile(
    r"[^\s./'\u2019sSnNrRtT\-\u2010-\u2014]|[\-\u2010-\u2014]\s*+[yY]|\Z"
    r"|\s++(?:[^adfjmnostwyADFJMNOSTWY/\-\u2010-\u2014]|\Z)"
)
# The numbers a date that begins "the" can go on with: an ordinal's one digit and letters
# ("the 1st week of", "the 3rd quarter"), a day and a space or letters ("the 20th of next
# month", "the 5 of"), a decade ("the 90's", "the 1990s"). Not "the 1700 block" (four
# digits and a space), not "the 20-year-old" (a test checks no alternative matches there).
_THE_NUMBER: Final = re.compile(r"[0-9]{1,2}[\s'\u2019sSnNrRtT]|[0-9]{4}['\u2019sS]")
# "the" is the commonest word of all, and no date begins "the March" or "the Monday".
_FOLLOWERS_OF: Final = {
    "the": _SEASON_WORDS
    | _ORDINAL_WORDS
    | _SPELLED_DAY_WORDS
    | (_PART_WORDS - {"the"})
    | {"week", "weekend", "day", "month", "year", "past", "previous", "coming", "next", "rest"}
    | {"night", "evening", "morning", "prior"},
}
_NEXT_TOKEN: Final = re.compile(r"[^\w'\u2019]{0,8}+([A-Za-z]+|[0-9]|['\u2019][0-9])")
# A number is one token ("$3.6 million", "1,250 jobs"), so its point or comma ends no clause.
_CLAUSE_TOKENS: Final = re.compile(r"[A-Za-z]+|\d+(?:[.,]\d+)*|[.!?;:,\n\"\u201c\u201d(){}\[\]]")
_NEXT_WORD: Final = re.compile(r"\s*([A-Za-z]+)")
# "of" and a month or a day's number: "the weekend of Nov. 9-10", "of June 1".
_OF_A_DATE: Final = re.compile(rf"[^\S\n]{{1,3}}+of[^\S\n]{{1,3}}+(?:{_MON}|[0-9])", re.IGNORECASE)
_CLOSE_PAREN: Final = re.compile(r"[^\S\n]{0,3}+\)")
# The capitalised word right after a holiday, and the word right before it, on one line:
# "on Memorial Day Drive" is a street, not the day.
_CAPITALISED_AFTER: Final = re.compile(r"[^\S\n]{1,3}+([A-Z][A-Za-z]*)")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z]+)[^\S\n]{1,3}+\Z")
# "the" just before a date that does not begin with it: "the nineteen seventies".
_THE_BEFORE: Final = re.compile(r"(?<![A-Za-z])the[^\S\n]{1,3}+\Z", re.IGNORECASE)
_GAP_CHAIN: Final = re.compile(
    rf"(?:\s*,)?\s*(?:and|or|to|through|until|till|into|&)\s+|\s*(?:,|/|{_DASH})\s*",
    re.IGNORECASE,
)
_GAP_RANGE: Final = re.compile(
    rf"\s*{_DASH}\s*|\s+(?:to|through|thru|until|till|and)\s+", re.IGNORECASE
)
_OPENER: Final = re.compile(r"(?:^|(?<=\W))(from|between)\s+$", re.IGNORECASE)
# The comma news sets after a year before a range's second end: "Jan. 1, 2019, through".
_GAP_AFTER_YEAR: Final = re.compile(r"(?<=[0-9]{4}),\s+(?:to|through|thru|until|till|and)\s+")

# --- calendar arithmetic -----------------------------------------------------------------------


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None if there is no such day."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _one(day: dt.date) -> Days:
    return day, day


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _month_span(year: int, month: int) -> Days:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, first: int, count: int) -> Days:
    """``count`` months from month ``first`` of ``year`` (0 is the December before)."""
    return (
        _month_span(*_add_months(year, first, 0))[0],
        _month_span(*_add_months(year, first, count - 1))[1],
    )


def _year_span(year: int) -> Days:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _shift(day: dt.date, *, months: int = 0, years: int = 0) -> dt.date:
    """The day ``months`` and ``years`` later, on the month's last day if it is shorter."""
    year, month = _add_months(day.year + years, day.month, months)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _week(day: dt.date) -> Days:
    """The Monday-Sunday week that holds ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|FY)[\s-]*(?:(?:19|20)?\d\d[\s-]*)?\Z", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\A,?\s+(?:of\s+)?(?:the\s+)?(?:fiscal|FY)\b", re.IGNORECASE)


def _fiscal_around(text: str, start: int, end: int) -> bool:
    """Whether a quarter or a half is a fiscal one: "fiscal Q3", "Q3 of fiscal 2027", "FY26 H1".

    A fiscal year need not start in January, so its quarters are not calendar ones.
    """
    return bool(
        _FISCAL_BEFORE.search(text, max(0, start - 16), start)
        or _FISCAL_AFTER.match(text[end : end + 16])
    )


# Words of a business's or an economy's figures: a quarter in their sentence is the year's
# ("third-quarter revenue", "a net loss for the second quarter", "the quarter ended ...").
_BUSINESS_WORDS: Final = frozenset(
    """revenue revenues sales profit profits earnings results growth income loss losses
    fiscal financial ended ending quarterly margin margins outlook guidance forecast dividend
    dividends shares stock stocks economy gdp output inflation deliveries shipments orders
    costs charges spending investors analysts""".split()
)
# Words of a game: a yearless quarter in their sentence is one of its four parts.
_GAME_WORDS: Final = frozenset(
    """points point scored scoring score scores led trailed trailing buzzer touchdown
    touchdowns goal goals basket baskets rebounds assists halftime overtime quarterback
    kickoff possession possessions game games match""".split()
)
_WORD_RUN: Final = re.compile(r"[a-z]+")


def _a_games_quarter(sentence: str) -> bool:
    """Whether a quarter with no year in ``sentence`` is a game's: a game word, no business one.

    "He scored 12 points in the third quarter" (a game's); "Sales rose in the third
    quarter", "a loss of 2 points in the third quarter's margins" (the year's).
    """
    words = set(_WORD_RUN.findall(sentence.casefold()))
    return not words & _BUSINESS_WORDS and bool(words & _GAME_WORDS)


def _next_weekday(weekday: int) -> Callable[[dt.date], Days]:
    """The day "next <weekday>" names: that day of the Sunday-Saturday week after the reference's.

    American usage, as in the reports tested: on a Wednesday "next Sunday" is in four
    days and "next Tuesday" in six ("next Tuesday" is never the Tuesday of this week).
    """
    sunday_based = (weekday + 1) % 7

    def resolve(ref: dt.date) -> Days:
        sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)
        return _one(sunday + dt.timedelta(days=7 + sunday_based))

    return resolve


def _quarter(day: dt.date, shift: int) -> Days:
    """The calendar quarter ``shift`` quarters from the one that holds ``day``."""
    return _months_span(*_add_months(day.year, (day.month - 1) // 3 * 3 + 1, 3 * shift), 3)


def _season(year: int, name: str) -> Days:
    # Winter 2024 runs from December 2023: month 0 of 2024 is December 2023.
    first = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 0}[name]
    return _months_span(year, first, 3)


def _easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    shift = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * shift + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The ``nth`` given weekday of a month (``nth`` 0: the last)."""
    first, last = _month_span(year, month)
    if nth == 0:
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _holiday_key(words: str) -> str:
    """The canonical name of a holiday as printed: "Hallowe'en" -> "halloween"."""
    parts = words.lower().replace("\u2019", "'").split()
    if parts[0] == "the":
        parts = parts[1:]
    first, last = parts[0], parts[-1]
    if first == "new":
        return f"new year's {last}"
    if first == "christmas":
        return "christmas eve" if last == "eve" else "christmas"
    if first == "easter":
        return "easter monday" if last == "monday" else "easter"
    for prefix, key in _HOLIDAY_PREFIXES:
        if first.startswith(prefix):
            return key
    return " ".join(parts)


def _holiday(key: str, year: int) -> dt.date:
    """The day a holiday falls on in ``year``."""
    if key in _FIXED_HOLIDAYS:
        return dt.date(year, *_FIXED_HOLIDAYS[key])
    if key in _NTH_WEEKDAY_HOLIDAYS:
        return _nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS[key])
    if key in _EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=_EASTER_HOLIDAYS[key])
    thanksgiving = _nth_weekday(year, *_NTH_WEEKDAY_HOLIDAYS["thanksgiving"])
    return thanksgiving + dt.timedelta(days=_THANKSGIVING_HOLIDAYS[key])


def _holiday_weekend(day: dt.date) -> Days:
    """The weekend of a holiday: from the Saturday before to it, or from it to the Sunday after.

    Whichever is shorter, the earlier on a tie: Memorial Day weekend is Saturday to Monday,
    Thanksgiving weekend Thursday to Sunday, Easter weekend Saturday and Sunday.
    """
    saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    before = saturday, max(day, saturday + _DAY)
    sunday = day + dt.timedelta(days=(6 - day.weekday()) % 7)
    after = min(day, sunday - _DAY), sunday
    return before if before[1] - before[0] <= after[1] - after[0] else after


def _cyclic(
    reference: dt.date,
    make: Callable[[int], Days | None],
    *,
    future: bool,
    slack: dt.timedelta = _SLACK,
    mid: bool = False,
) -> Days | None:
    """The instance of a yearly thing ("April 14", "summer") that a story means.

    Past reading: the latest instance starting no more than ``slack`` after the
    reference. Future reading: the first instance not over by the reference, or with
    ``mid`` the first whose middle day is not past ("will move in the fall" written in
    November is next fall).
    """
    limit = reference + slack if reference.year < dt.MAXYEAR else reference
    # The years around the reference, then five years back, so that "Feb. 29" finds a leap year.
    for back in (1, 5):
        years = range(
            max(reference.year - back, dt.MINYEAR + 1), min(reference.year + 2, dt.MAXYEAR)
        )
        found = [span for span in map(make, years) if span is not None]
        if future:
            best = min(
                (s for s in found if (s[0] + (s[1] - s[0]) // 2 if mid else s[1]) >= reference),
                default=None,
            )
        else:
            best = max((s for s in found if s[0] <= limit), default=None)
        if best is not None:
            return best
    return None


def _nearest(reference: dt.date, make: Callable[[int], Days]) -> Days:
    """The instance of a yearly thing nearest the reference ("this summer", "this winter")."""

    def distance(span: Days) -> int:
        if span[0] <= reference <= span[1]:
            return 0
        return min(abs((span[0] - reference).days), abs((span[1] - reference).days))

    return min(map(make, (reference.year - 1, reference.year, reference.year + 1)), key=distance)


def _nearest_of(reference: dt.date, make: Callable[[int], Days | None]) -> Days | None:
    """:func:`_nearest` for a thing some years lack ("Feb. 29"): the nearest that exists."""
    years = range(max(reference.year - 1, dt.MINYEAR + 1), min(reference.year + 2, dt.MAXYEAR))
    found = [span for span in map(make, years) if span is not None]

    def distance(span: Days) -> int:
        if span[0] <= reference <= span[1]:
            return 0
        return min(abs((span[0] - reference).days), abs((span[1] - reference).days))

    return min(found, key=distance, default=None)


def _latest_over(reference: dt.date, make: Callable[[int], Days]) -> Days | None:
    """The latest instance over before the reference ("last summer")."""
    spans = map(make, range(reference.year - 2, reference.year + 1))
    return max((s for s in spans if s[1] < reference), default=None)


def _first_after(reference: dt.date, make: Callable[[int], Days]) -> Days | None:
    """The first instance starting after the reference ("next summer")."""
    spans = map(make, range(reference.year, reference.year + 3))
    return min((s for s in spans if s[0] > reference), default=None)


def _part_of(span: Days, part: str, unit: str) -> Days:
    """The early, mid or late part of ``span``, which is one ``unit``.

    Early and late are halves, mid the middle third: "early March" and
    "mid-March" overlap, because usage does.
    """
    lo, hi = span
    if unit == "month":
        first, last = {"early": (1, 15), "mid": (11, 20), "late": (16, hi.day)}[part]
        return lo.replace(day=first), lo.replace(day=last)
    if unit == "year":
        first, count = {"early": (1, 6), "mid": (5, 4), "late": (7, 6)}[part]
        return _months_span(lo.year, first, count)
    if unit in ("season", "quarter"):
        first, count = {"early": (0, 2), "mid": (1, 1), "late": (1, 2)}[part]
        return _months_span(*_add_months(lo.year, lo.month, first), count)
    if unit == "week":
        first, last = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[part]
        return lo + dt.timedelta(days=first), lo + dt.timedelta(days=last)
    first, last = {"early": (0, 4), "mid": (3, 7), "late": (5, 9)}[part]  # a decade
    return dt.date(lo.year + first, 1, 1), dt.date(lo.year + last, 12, 31)


# --- words around a match ----------------------------------------------------------------------


def _part_word(word: str | None) -> str | None:
    """Normalise "beginning"/"start" to "early", "middle" to "mid", "end" to "late"."""
    if word is None:
        return None
    word = word.lower()
    return {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(word, word)


def _part_label(part: str | None, what: str) -> str:
    if part is None:
        return what
    return f"mid-{what}" if part == "mid" else f"{part} {what}"


def _clause_before(text: str, start: int, limit: int, *, cased: bool = False) -> list[str]:
    """Up to ``limit`` words before ``start`` in its clause, nearest first, lowercased.

    With ``cased`` the words are as printed.

    The clause ends at , ; : ! ? a quotation mark, a bracket, a line break, or
    a full stop that does not close an abbreviation ("Oct.", "U.S.", "Mr.").
    """
    first = max(0, start - 8 * limit - 8)
    items = _CLAUSE_TOKENS.findall(text, first, start)
    if first and items and text[first - 1].isalnum() and text[first].isalnum():
        items = items[1:]  # the window cut a word in two
    found: list[str] = []
    index = len(items) - 1
    while index >= 0 and len(found) < limit:
        item = items[index]
        if item == "." and index > 0 and _abbreviation(items[index - 1]):
            index -= 1
            continue
        if item == "," and _in_place_name(items, index):
            index -= 1
            continue
        if item[0].isdigit():
            index -= 1  # a number is no word of the clause, nor its end
            continue
        if not item[0].isalpha():
            break
        found.append(item if cased else item.lower())
        index -= 1
    return found


def _past_form(word: str) -> bool:
    """Whether a word is a verb's past form: "passed", "missed", "held"."""
    return word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


# Verbs of a right or a document running out, in the simple present.
_LAPSES: Final = frozenset({"expires", "expire", "lapses", "lapse"})
_LAPSE_SLACK: Final = dt.timedelta(days=31)  # how long after its day a page may still say it


def _lapses(words: list[str]) -> bool:
    """Whether the words before a date (nearest first) say something runs out on it.

    "the permit expires June 1", "the offer expires on April 30", "the licenses lapse
    Jan. 5": told in the present, the day is ahead or only just past (a lapse gone by is
    told "expired"); not "to expire", "will expire" (the future words read that).
    """
    k = 1 if words[:1] == ["on"] else 0
    if k >= len(words) or words[k] not in _LAPSES:
        return False
    return words[k].endswith("s") or (k + 1 < len(words) and words[k + 1] not in _NOT_PRESENT)


def _runs_until(words: list[str]) -> bool:
    """Whether the words before a date (nearest first) say a state runs until it, now.

    "until", "through" or "till" right before the date, and a present verb of being or
    lasting in the clause: "the coupon is valid through June 1", "comments are accepted
    until June 1", "the show runs through Jan. 5". Not a past ("was closed until", "ran
    through"), a modal (read as the future), a range ("from May 2 through June 1") or a
    clause with no verb (a weekday's forecast reading, not a month's).
    """
    if not words or words[0] not in ("until", "through", "till", "thru"):
        return False
    return _state_still_running(words, _STILL_WORDS | {"runs"}) is True


def _state_still_running(words: list[str], still: frozenset[str]) -> bool | None:
    """Whether the clause's verb before "until" (``words``, nearest first) says a state runs.

    A participle after a verb of being ("are accepted until", "is closed until") and a word
    of ``still`` ("remains", "stays") say it does; a past ("closed the road until", "was"),
    a modal (read as the future) or an earlier date ("from Monday through Wednesday": a
    range, read as one) say it does not. None when no such word is found.
    """
    for index, word in enumerate(words[1:], 1):
        before = words[index + 1] if index + 1 < len(words) else ""
        if word in _IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")):
            return before in _STATE_AUX  # "are accepted until", not "accepted bids until"
        if word in _PAST_WORDS or word in _PAST_TENSE or word in _PAST_NOT:
            return False
        if word in _MODALS or word == "could" or word in _WEEKDAYS or word in _MONTHS:
            return False  # a modal is read as the future; a date before is a range
        if word in still:
            return True  # "stays closed until Thursday", "forecasters expect snow"
    return None


# Words right before a past form that make it a participle of the clause they open ("will be
# sentenced", "is expected to be released", "will have finished", "will remain closed") or a
# bare form ("will shut", "plans to lay"): not a verb of its own in the past.
_PARTICIPLE_AUX: Final = frozenset(
    {"be", "been", "being", "is", "are", "am", "get", "gets", "getting", "got", "have", "has"}
    | {"having", "remain", "remains", "stay", "stays", "become", "becomes", "keep", "keeps"}
    | {"to", "will", "ll", "would", "shall", "can", "could", "may", "might", "must", "should"}
    | {"not", "never", "and", "or", "as", "than"}
)
# Particles after a past verb: "the ruling handed down", "the vote took place".
_PARTICLES: Final = frozenset(
    {"down", "up", "out", "off", "place", "back", "over", "away", "home", "ahead", "part"}
)
# Verbs that put a participle after their object: "have the cast removed", "get it fixed".
_CAUSATIVE: Final = frozenset({"have", "has", "having", "get", "gets", "getting"})
# "-ed" words that are no past form ("proceed", "a hundred", "aged 93").
_NOT_PAST_ED: Final = frozenset({"hundred", "aged", "naked", "wicked", "sacred", "kindred"})
# Past forms that _past_form does not know: short ones in "-ed" and irregular ones that are no
# present form too (not "cut", "hit", "put").
_MORE_PAST: Final = frozenset(
    {"died", "fled", "sped", "bled", "broke", "spoke", "woke", "told", "sold", "threw", "blew"}
    | {"grew", "knew", "drew", "rose", "swore", "tore", "stole", "chose", "sank", "rang"}
    | {"became", "arose", "dealt", "felt", "heard", "slid", "dug", "fed", "swept", "wept"}
)


def _told_past(words: list[str], cased: list[str], index: int) -> bool:
    """Whether ``words[index]`` is a verb of its own in the past, the date after it its day.

    ``words`` run back from a date, nearest first, as :func:`_clause_before` gives them, and
    ``cased`` are the same words as printed. A past form ("approved", "took", "died") that
    no auxiliary or "to" makes a participle or a bare form ("will be sentenced", "will
    shut"), and that is no adjective before a noun ("a closed meeting", "injured workers"),
    tells of what happened: "he will be sentenced in May after a jury convicted him
    Wednesday", "the firm will appeal the ruling handed down Wednesday", "crews will
    continue work that started Wednesday". A past form before "by", "for", "until" or
    "through" is left alone ("a meeting called for Wednesday", "keep the road closed until
    Wednesday", "a bill passed by the House"), and so are the verbs of moving an event
    ("delayed", "postponed"), which name a day to come, and names ("Ahmed").
    """
    word = words[index]
    if (
        not (_past_form(word) or word in _MORE_PAST)
        or word.endswith("eed")
        or word in _NOT_PAST_ED
        or word in _POSTPONING
        or word in _FUTURE_WORDS
        or word in _FORECAST_WORDS
        or not cased[index].islower()
    ):
        return False
    following = words[index - 1] if index else ""
    if following and following not in _NOT_A_NOUN and following not in _PARTICLES:
        return False  # "a closed meeting Wednesday": an adjective before its noun
    if following in ("by", "for", "until", "till", "through") and index <= 3:
        return False  # not "burned for three days starting Monday"
    if not _CAUSATIVE.isdisjoint(words[index + 2 : index + 6]):
        return False  # "is to have the old boiler replaced Monday": a causative
    before = next((w for w in words[index + 1 :] if not w.endswith("ly")), "")
    return before not in _PARTICIPLE_AUX and before not in ("a", "an", "the")


def _within_one(value: DateRange, unit: str) -> bool:
    """Whether a resolved date lies within one calendar ``unit`` (a year, a month, a week)."""
    lo, hi = value.start, value.end
    if lo is None or hi is None:
        return False
    if unit == "year":
        return lo.year == hi.year
    if unit == "month":
        return (lo.year, lo.month) == (hi.year, hi.month)
    return _week(lo) == _week(hi)


# Words before "will", "plan" or "plans" that make it a noun: "the will of voters", "a plan".
_NOUN_MAKERS: Final = _DETERMINERS | {"s", "free", "political", "new", "own", "good", "ill"}


def _future_noun(words: list[str], index: int) -> bool:
    """Whether the future word ``words[index]`` is a noun or no future here.

    "defied the will of voters on Monday", "unveiled a plan Monday", "the city's plan on
    Monday", "found next to the car on Monday", "the town's planning board on Monday
    voted": nothing said is to come.
    """
    word = words[index]
    if word == "next":
        return words[index - 1 : index] == ["to"]
    if word == "planning":
        # "the town's planning board on Monday voted": a noun's modifier, no plan
        noun = index + 1 < len(words) and words[index + 1] in _NOUN_MAKERS
        return noun and words[index - 1 : index] != ["to"]  # not "the mayor's planning to"
    if word not in ("will", "plan", "plans"):
        return False
    if words[index - 1 : index] in (["is"], ["are"], ["calls"], ["call"]):
        return False  # "their plan is to meet Monday", "the plan calls for a vote Monday"
    return index + 1 < len(words) and words[index + 1] in _NOUN_MAKERS


def _weekdays_of_ends(first: dt.date, more: int) -> tuple[int, ...]:
    """The weekdays of the first and the last day of a range of ``more`` days after ``first``."""
    if more == 0:
        return (first.weekday(),)
    return first.weekday(), (first.weekday() + more) % 7


def _past_before_start(words: list[str], cased: list[str], index: int) -> bool:
    """Whether a past verb of its own comes before "starting" (at ``index``), walking back.

    "The fire burned for three days starting Monday" is past; "prices rise starting
    Monday", "the board voted to raise fares starting Monday" (an infinitive, what was
    decided is to come) and "said it will close starting Monday" are not.
    """
    for back in range(index + 1, len(words)):
        word = words[back]
        if word == "to" or word in _FUTURE_WORDS or word == "would":
            return False
        if _told_past(words, cased, back):
            return True
    return False


def _scheduled(words: list[str]) -> bool:
    """Whether the words before a date (nearest first) state a schedule in the simple present.

    A verb of a set start or end, in the present tense, then at most two words such as
    "effect" or "on" before the date: "the new fare takes effect Sept. 1", "the permit
    expires on March 3", "classes resume Monday", "the tax is due April 15". Not "took
    effect", "did not begin on", "the end of", "remained open until".
    """
    for index, word in enumerate(words[:3]):
        if any(w not in _SCHEDULE_GAP for w in words[:index]):
            return False
        before = words[index + 1] if index + 1 < len(words) else ""
        if word == "due" and index == 0:
            return before in ("is", "are")  # "the payment is due April 15"
        if word in _SCHEDULE_PHRASAL and index == 0:
            continue  # "takes Monday off": only "takes effect", "goes into effect" schedule
        third = word in ("goes", "launches") or (word[-1:] == "s" and word[:-1] in _SCHEDULE_VERBS)
        bare = word in _SCHEDULE_BARE and bool(before) and before not in _NOT_PRESENT
        if third or bare:
            return True
    return False


def _present_passive(words: list[str]) -> bool:
    """Whether the words before a day (nearest first) are a present with nothing of its own.

    "is"/"are" and at most a participle, or "faces"/"awaits" and a noun: "is sentenced
    Jan. 21", "is Jan. 21", "faces sentencing Jan. 21": a present with no past or
    future of its own. Longer clauses ("is accused of robbing a bank Jan. 21") tell of
    another event, so they are left to the other readings.
    """
    if words[:1] == ["on"]:
        words = words[1:]
    if words[:1] and words[0] in ("is", "are"):
        return True
    if len(words) >= 2 and words[1] in ("faces", "face", "awaits", "await"):
        return True  # "he faces sentencing Jan. 21": a step ahead or just past
    return (
        len(words) >= 2
        and words[1] in ("is", "are")
        and words[0].endswith(("ed", "en"))
        and words[0] != "then"
    )


def _in_place_name(items: list[str], index: int) -> bool:
    """Whether the comma at ``index`` is inside a place and its region: "Dayton, Ohio, by ...".

    It is when it stands between two capitalised words, or closes such a pair.
    """

    def capital(i: int) -> bool:
        return 0 <= i < len(items) and items[i][:1].isupper() and items[i].isalpha()

    between = capital(index - 1) and capital(index + 1)
    closing = capital(index - 1) and index >= 3 and items[index - 2] == "," and capital(index - 3)
    return between or closing


def _abbreviation(word: str) -> bool:
    return len(word) == 1 or (word[0].isupper() and len(word) <= 4) or word.lower() in _MONTHS


def _possessive(text: str, end: int) -> bool:
    """Whether "'s" follows ``end``: "Friday's vote", "2024's record"."""
    return text[end : end + 1] in ("'", "\u2019") and text[end + 1 : end + 2] in ("s", "S")


def _month_of(word: str) -> int | None:
    """The month a month word names, or None if its case makes it an ordinary word."""
    key = word.lower()
    if key in _WORDY_MONTHS and not word[0].isupper():
        return None
    return _MONTHS[key]


def _weekday_of(word: str | None, *, abbreviated_ok: bool) -> int | None:
    """The weekday a weekday word names; an abbreviation only capitalised, and where allowed."""
    if word is None:
        return None
    key = word.lower()
    if key in _NO_WORD_ABBREVIATIONS:
        return _WEEKDAYS[key]  # "Tues.", "Thurs.": no other word is spelled so
    if key not in _FULL_WEEKDAYS and (not abbreviated_ok or not word[0].isupper()):
        return None  # "Wed", "Sun" and "Sat" are weekdays only before a date
    return _WEEKDAYS[key]


def _day_number(word: str) -> int:
    """The day a day of the month in figures ("14", "3rd") or spelled ("twenty-first") names."""
    if word[0].isdigit():
        return int(word.rstrip("stndrhSTNDRH"))
    # "twenty-first", "twenty two", "fourth": ordinals and counts summed word by word
    parts = [part for part in re.split(r"[^a-z]+", word.lower()) if part]
    return sum(_SPELLED_DAYS.get(part) or _SPELLED_NUMBERS.get(part, 0) for part in parts)


_SPELLED_NUMBERS: Final = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


_DECADE_WORDS: Final = {
    "tens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip


def _spelled_number(words: list[str]) -> int:
    """The sum of number words under 100: ["seventy", "eight"] is 78."""
    return sum(_SPELLED_NUMBERS[word] for word in words)


def _year_value(text: str) -> int:
    """A year in figures ("1978") or spelled ("nineteen seventy-eight", "two thousand and ten")."""
    if text[0].isdigit():
        return int(text)
    words = [w for w in re.split(r"[^a-z]+", text.lower()) if w and w != "and"]
    if words[1] == "thousand":  # "two thousand (and) ten"
        return 2000 + _spelled_number(words[2:])
    if words[1] == "hundred":  # "nineteen hundred"
        return 100 * _SPELLED_NUMBERS[words[0]]
    # "nineteen seventy-eight", "nineteen oh one", "twenty twenty-four"
    return 100 * _SPELLED_NUMBERS[words[0]] + _spelled_number(words[1:])


def _year2(two: str) -> int:
    """A two-digit year: 00-49 are 2000-2049, 50-99 are 1950-1999."""
    value = int(two)
    return 2000 + value if value < 50 else 1900 + value


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _count(word: str) -> int | None:
    """A small count written in digits or words; None for zero."""
    word = word.lower()
    if word.isdigit():
        return int(word) or None
    return _NUMBERS.get(word)


def _words_of(m: re.Match[str]) -> str:
    return " ".join(m.group(0).lower().split())


class _Hit(NamedTuple):
    start: int
    end: int
    value: DateRange
    kind: str
    # A yearless month and day (day 0: the whole month), kept so that a range can lend it the
    # year of its other end.
    month_day: tuple[int, int] | None = None


# --- the rules, one per alternative ------------------------------------------------------------


class _Scanner:
    """The state of one :func:`find_dates` call: the text, the reference, the hits so far.

    ``on_<name>`` turns a match of the alternative ``<name>`` into a date, or
    returns None when the words around it show it is not one.
    """

    def __init__(self, text: str, reference: dt.date | None) -> None:
        self.text = text
        self.reference = reference
        self.hits: list[_Hit] = []

    # --- context -------------------------------------------------------------------------------

    def word_before(self, start: int) -> str | None:
        """The lowercased word just before ``start`` in its clause, if any."""
        words = _clause_before(self.text, start, 1)
        return words[0] if words else None

    def word_after(self, end: int) -> str | None:
        found = _NEXT_WORD.match(self.text, end)
        return found.group(1) if found else None

    def counts_things(self, end: int) -> bool:
        """Whether a number ending at ``end`` counts the word after it: "2000 respondents"."""
        after = self.word_after(end)
        if after is None or self.text[end : end + 1] != " ":
            return False
        low = after.lower()
        return low in _COUNTED or (after.islower() and low.endswith("s") and low not in _NOT_PLURAL)

    def chained(self, start: int, kinds: frozenset[str]) -> bool:
        """Whether a hit of one of ``kinds`` ends just before, joined by "and", "to", a comma."""
        return bool(
            self.hits
            and self.hits[-1].kind in kinds
            and _GAP_CHAIN.fullmatch(self.text, self.hits[-1].end, start)
        )

    def future(self, start: int, reach: int = 10) -> bool:
        """Whether the words before ``start``, in its clause, speak of the future.

        Walks back at most ``reach`` words: the first future word ("will",
        "scheduled", "expected", ...) makes it future, the first past or
        reporting word ("said", "was", ...) past, and the clause's start past.
        "later" just before the date says when in that day ("later Sunday"), not
        that the day is to come.
        """
        words = _clause_before(self.text, start, reach)
        if _scheduled(words):
            return True
        cased = _clause_before(self.text, start, reach, cased=True)
        for index, word in enumerate(words):
            following = words[index - 1] if index else ""
            if index == 0 and word == "later":
                continue  # "returned later Sunday": later on that day, not a time to come
            if word == "later" and (
                words[index + 1 : index + 2] in (["a"], ["the"]) or words[:index] == ["on"]
            ):
                continue  # "a later statement on Sunday", "arrested later on Sunday"
            if _told_past(words, cased, index):
                return False  # "will appeal the ruling handed down Monday": its own past
            if word in ("set", "due"):
                # "set to vote", "due on Monday", "due back in court Monday", "set sentencing
                # for Jan. 21"; not "due to the storm", nor "the hearing was set on Monday".
                if following == "on" and words[index + 1 : index + 2] in (["was"], ["were"]):
                    return False
                if following in ("to", "for", "on") and not (word == "due" and following == "to"):
                    return True
                if word == "due" and following == "back":
                    return True
                if word == "set" and words[0] == "for" and index <= 3:
                    return True
            elif (
                word in ("is", "are")
                and following == "to"
                and words[index - 2 : index - 1] == ["be"]
            ):
                return True  # "he is to be sentenced Jan. 21": a plan still to come
            elif word == "pending":
                return True  # "jailed pending sentencing Jan. 21": awaited, so to come
            elif word in _FORECAST_WORDS:
                if following == "to":  # "forecast to reach", not "the forecast on Monday"
                    return True
            elif word in _STARTING_WORDS:
                if index == 0 or (index == 1 and words[0] in ("on", "from")):
                    # "starting Monday", "beginning on Monday"; not "burned for three days
                    # starting Monday", a past verb of its own
                    return not _past_before_start(words, cased, index)
            elif word == "would":
                if following not in ("have", "ve"):  # "would have turned 40 on Monday": past
                    return True
            elif word in _PLAN_NOUNS and (index == 0 or (index == 1 and words[0] == "on")):
                continue  # "approved the plan on Monday": the noun the day dates, no verb
            elif word in _FUTURE_WORDS:
                if not _future_noun(words, index):
                    return True
            elif word in _PAST_WORDS:
                return False
        return False

    def looks_ahead(self, start: int) -> bool:
        """Whether a weekday after these words is to come, though no "will" says so.

        Walking back at most sixteen words, before any past or reporting word: "expect to"
        or "hope to" ("crews expect to finish by Thursday"), or a present modal when the
        weekday follows "before", "until", "by", "as early as" or "as soon as" ("cannot
        reopen until Monday", "may reopen as early as Friday"); "could" too when nothing
        makes it a past ability ("could be back by Friday"), or with "before" ("could not
        return before Friday"), as "could not reach the site until Monday" is as often an
        account of the past.
        """
        words = _clause_before(self.text, start, 16)
        cased = _clause_before(self.text, start, 16, cased=True)
        limit = words[0] if words else ""
        if tuple(words[:3]) in _EARLIEST:
            limit = "by"  # "could reopen as early as Friday": by Friday at the earliest
        for index, word in enumerate(words):
            following = words[index - 1] if index else ""
            if word in _PAST_WORDS or word in _PAST_TENSE or _told_past(words, cased, index):
                return False  # "crews hope to reopen the road that flooded Monday": its past
            if word in _HOPE_WORDS and following == "to":
                return True
            if limit in _LIMIT_WORDS and (
                word in _MODALS
                or (word == "could" and (limit == "before" or following not in _COULD_PAST))
            ):
                return True
            if limit in _RUNNING_WORDS and (word in _MODALS or word == "could"):
                return True
        return False

    def period_ahead(self, start: int) -> bool:
        """Whether a period after these words (a quarter) is looked ahead to, with no "will".

        Walking back at most twelve words in the clause, before any past or reporting word: an
        expectation or an aim before "to" ("expects to finish in the third quarter", "is on
        track to open in", "aims to list its shares in"), "anticipates", or a present modal
        ("should open in the first quarter", "could start in"; not "could not", "could
        have", a past ability).
        """
        words = _clause_before(self.text, start, 12)
        for index, word in enumerate(words):
            following = words[index - 1] if index else ""
            if word in _PAST_WORDS or word in _PAST_TENSE or word in _PAST_NOT:
                return False
            if word in _AIMS and following == "to":
                return True  # "expects to finish in", "on track to open in"
            if word in ("anticipates", "anticipate"):
                return True
            if (word in _MODALS and following not in ("have", "ve")) or (
                word == "could" and following not in _COULD_PAST
            ):
                return True  # not "may have peaked in the first quarter"
        return False

    def deadline(self, start: int, end: int | None = None) -> bool:
        """Whether a month and day after these words is a deadline still to come.

        A deadline in the present, walking back at most twelve words in the clause: "the
        deadline is April 1", "the deadline to apply is April 1", "a deadline of April 1",
        "applications are due March 3" or "are due by March 3", "residents have until Feb.
        10 to register", a window to take part in opening or closing ("applications open June
        2", "registration closes June 30"), an order ("Apply by June 2."), a deadline named
        after its day ("ahead of the April 1 deadline"). Not in the past
        tense ("the deadline was April 1", "had until Feb. 10", "the deadline passed March
        3"): such a day lies behind the story.
        """
        words = _clause_before(self.text, start, 12)
        if any(w in _PAST_TENSE or w in _PAST_NOT for w in words):
            return False
        after = ""
        if end is not None and self.text[end : end + 1] == " ":
            after = (self.word_after(end) or "").lower()
        if after in _DEADLINES:
            # "ahead of the April 1 deadline"; not "missed the April 1 deadline"
            return not any(map(_past_form, words))
        if not _WINDOWS.isdisjoint(words) and (
            _scheduled(words)
            or words[0] in ("open", "close")
            or (words[0] in _UNTIL_WORDS and not {"is", "are"}.isdisjoint(words))
        ):
            return True  # "applications open June 2", "nominations are open until June 30"
        if words[:1] and words[0] in _LIMIT_WORDS and len(words) < 12 and words[-1] in _ORDERS:
            return True  # "Apply by June 2.", "To qualify, submit forms by June 2."
        if words[:1] and words[0] in ("until", "till") and words[1:2] in (["have"], ["has"]):
            return True  # "residents have until Feb. 10 to register"
        for index, word in enumerate(words):
            if word == "due":
                gap = words[:index]
                return all(w in _DUE_GAP for w in gap) and words[index + 1 : index + 2] in (
                    ["is"],
                    ["are"],
                )
            if word in _DEADLINES:
                # "missed the deadline of April 1" tells of a past one; "the extended
                # deadline is April 1" (a participle before the noun) does not.
                return not any(map(_past_form, words[index + 2 :]))
            if _past_form(word):
                return False  # "the deadline passed on March 3", "was extended to"
        return False

    def running(self, start: int) -> bool:
        """Whether a weekday after "through", "until" or "by" ends a state still running.

        In the present ("the road stays closed until Thursday", "the lake is expected to
        rise through Friday", "schools are closed through Wednesday"), after a forecast verb
        ("forecasters expect snow through Friday") or with no verb at all, as a forecast is
        written ("lows in the teens through Wednesday"), the weekday is the coming one.
        Walking back at most sixteen words, a past word, a past tense ("remained", "held"),
        an earlier date ("Monday through Wednesday": a range) or a verbless "by" leaves it.
        """
        words = _clause_before(self.text, start, 16)
        if not words or words[0] not in _UNTIL_WORDS:
            return False
        verb = _state_still_running(words, _STILL_WORDS)  # a modal is read by looks_ahead
        if verb is not None:
            return verb
        # No verb: a forecast's "lows in the teens through Wednesday" when the clause opens the
        # sentence; after a comma the verb is in the clause before ("19 were slain in July,
        # through Monday").
        opened = _CLAUSE_OPENER.search(self.text, max(0, start - 300), start)
        return words[0] != "by" and (opened is None or opened.group(1) not in ",;:\u2014")

    def moved(self, start: int) -> bool:
        """Whether a weekday after these words is the new day an event was moved to.

        A verb of postponing or moving, at most six words back, then "to", "until" or "for"
        right before the weekday: "pushed the crossing back to Friday", "the vote was
        delayed until Friday", "rescheduled for Saturday". An event is put off to a day to
        come, so the weekday is the next such day.
        """
        words = _clause_before(self.text, start, _MOVE_REACH + 1)
        if not words or words[0] not in _MOVED_TO:
            return False
        return any(word in _POSTPONING for word in words[1:])

    def past(self, start: int) -> bool:
        """Whether the clause before ``start`` is in the past tense.

        It is when "was", "were", "had" or "did" comes, walking back at most ten words,
        before any future word: "three people were shot this weekend". Reporting verbs
        ("said") do not count: "police said patrols start this weekend"; nor does a past
        that looks ahead: "the vigil was to be held this weekend". A date right after
        "since" is past whatever the tense: "the second crash since May".
        """
        words = _clause_before(self.text, start, 10)
        if words[:1] == ["since"]:
            return True  # "the second crash since May": what "since" dates lies behind
        for word in words:
            if word in _FUTURE_WORDS or word in ("be", "supposed"):
                return False
            if word in _PAST_TENSE:
                return True
        return False

    def sentence_start(self, start: int) -> bool:
        """Whether ``start`` begins a sentence, a line or a quotation."""
        before = self.text[max(0, start - 40) : start].rstrip()
        return not before or before[-1] in ".!?:;\n\"'\u201c\u2018(-\u2013\u2014"

    # --- values --------------------------------------------------------------------------------

    def relative(
        self, granularity: Granularity, words: str, resolve: Callable[[dt.date], Days | None]
    ) -> DateRange | None:
        """A date relative to the reference: resolved if there is one, else unresolved."""
        if self.reference is None:
            return DateRange(None, None, granularity, words)
        try:
            span = resolve(self.reference)
        except (OverflowError, ValueError):
            return None  # a reference at the ends of the calendar: there is no such day
        return None if span is None else DateRange(span[0], span[1], granularity, words)

    def yearly(
        self, granularity: Granularity, words: str, make: Callable[[int], Days | None], start: int
    ) -> DateRange | None:
        """A yearly thing named without its year ("April 14", "in March", "Q3")."""
        if _scheduled(_clause_before(self.text, start, 10)):
            # "The fare takes effect Sept. 1": a schedule, the instance nearest the story's
            # date, ahead or just past (a page read long after it was written).
            return self.relative(granularity, words, lambda ref: _nearest_of(ref, make))
        if granularity in ("month", "season"):
            # A bare month or season ends a longer clause than a day does: "will close at the
            # end of the school year in June" is the June to come, however far back the "will".
            future = self.future(start, _YEARLY_REACH)
        else:
            future = self.future(start)
        # "will move in the fall", written in November: the fall to come, not the one nearly
        # over; a season is the coming one once half of it has gone by.
        mid = future and granularity == "season"
        # "was closed in May", "the second crash since May": a past clause, so the latest
        # instance begun by the story's date, as for a day ("was sentenced Jan. 3")
        slack = dt.timedelta(0) if not future and self.past(start) else _SLACK
        return self.relative(
            granularity,
            words,
            lambda ref: _cyclic(ref, make, future=future, slack=slack, mid=mid),
        )

    # --- days ----------------------------------------------------------------------------------

    def on_iso(self, m: re.Match[str]) -> DateRange | None:
        month = int(m["iso_m"]) if m["iso_m"] else _month_of(m["iso_mn"])
        if month is None or not self._weekday_ok(m["iso_wd"]):
            return None
        day = _date(int(m["iso_y"]), month, int(m["iso_d"]))
        return None if day is None else DateRange.day(day)

    def on_num(self, m: re.Match[str]) -> DateRange | None:
        if not self._weekday_ok(m["num_wd"]):
            return None
        first, second, year = int(m["num_a"]), int(m["num_b"]), m["num_y"]
        # US order (month/day) unless the first number cannot be a month.
        month, day = (second, first) if first > 12 else (first, second)
        found = _date(int(year) if len(year) == 4 else _year2(year), month, day)
        return None if found is None else DateRange.day(found)

    def on_dot(self, m: re.Match[str]) -> DateRange | None:
        if not self._weekday_ok(m["dot_wd"]):
            return None
        found = _date(int(m["dot_y"]), int(m["dot_m"]), int(m["dot_d"]))
        return None if found is None else DateRange.day(found)

    @staticmethod
    def _weekday_ok(word: str | None) -> bool:
        return word is None or _weekday_of(word, abbreviated_ok=True) is not None

    def on_md(self, m: re.Match[str]) -> _Hit | None:
        if m["md_the"] and m["md_d"] and m["md_d"].isdigit():
            return None  # "May the 4" is not how a date is written; "May the 4th" is.
        if m["md_k"] and not m["md_y"]:
            return None  # "in May twenty one people died": a count, unless a year follows
        if (m["md_s"] or m["md_k"]) and not m["md_st"]:
            between = self.text[m.end("md_m") : m.start("md_s" if m["md_s"] else "md_k")]
            if not between.lstrip(".").isspace():
                return None  # "In May, first came ...": only "May first", "May, the first"
        if m["md_s"] and not m["md_y"]:
            after = self.word_after(m.end()) or ""
            allowed = _NOT_A_NOUN if m["md_st"] else _AFTER_SPELLED_DAY
            if after[:1].islower() and after not in allowed:
                return None  # "in May the first group", "in March first responders"
        return self._day_month(m, "md")

    def on_dm(self, m: re.Match[str]) -> _Hit | None:
        return self._day_month(m, "dm")

    def _ordinal_of(self, m: re.Match[str]) -> bool:
        """Whether a day-month match is an ordinal, "of" and the month: "4th of march"."""
        day = m["dm_s"] or m["dm_d"]
        if not (m["dm_s"] or day[-2:].isalpha()) or m["dm_e"] or m["dm_f"]:
            return False
        between = self.text[m.end("dm_s" if m["dm_s"] else "dm_d") : m.start("dm_m")]
        return between.split() == ["of"]

    def _day_month(self, m: re.Match[str], tag: str) -> _Hit | None:
        """One day or a few of one month: "April 14", "14 April 2024", "April 3-14"."""
        weekday = _weekday_of(m[f"{tag}_wd"], abbreviated_ok=True)
        month = _month_of(m[f"{tag}_m"])
        if month is None and tag == "dm" and self._ordinal_of(m):
            month = _MONTHS[m["dm_m"].lower()]  # "the fourth of may": no verb follows "of"
        if month is None or (m[f"{tag}_wd"] and weekday is None):
            return None
        day = _day_number(m[f"{tag}_d"] or m[f"{tag}_s"] or m[f"{tag}_k"])
        last_text = m[f"{tag}_e"] or m[f"{tag}_f"]
        last = _day_number(last_text) if last_text else day
        if last < day:
            return None
        year_text, end = m[f"{tag}_y"], m.end()
        if year_text and not year_text[0].isdigit() and self.counts_things(end):
            return None  # "on May 5 nineteen ninety people ...": no year after all
        if (
            year_text
            and year_text.isdigit()
            and "," not in m[f"{tag}_c"]
            and int(year_text) < 1500
            and int(year_text[:2]) < 24
            and int(year_text[2:]) < 60
        ):
            # "12 Nov 1115": a time of day after the date, not the year 1115.
            year_text = None
            end = m.end(f"{tag}_m" if tag == "dm" else f"{tag}_d" if m[f"{tag}_d"] else f"{tag}_s")
        if m[f"{tag}_pa"]:
            # "Friday (June 15)": the date in parentheses names the weekday's day.
            close = _CLOSE_PAREN.match(self.text, end)
            if close is None:
                return None
            end = close.end()
        week_of = m[f"{tag}_w"] is not None
        granularity: Granularity = "week" if week_of else "day"

        def make(year: int) -> Days | None:
            first, final = _date(year, month, day), _date(year, month, last)
            if first is None or final is None:
                return None
            return _week(first) if week_of else (first, final)

        if year_text:
            span = make(_year_value(year_text))
            if span is None:
                return None
            return _Hit(m.start(), end, DateRange(*span, granularity), tag)

        future = self.future(m.start())
        # "Applications are due March 3", "must register by Jan. 15", "the deadline is April
        # 1": a deadline, or a day looked ahead to, is the next such day after the story's.
        deadline = self.deadline(m.start(), end) or (not future and self.looks_ahead(m.start()))
        future = future or deadline
        scheduled = not deadline and _scheduled(_clause_before(self.text, m.start(), 10))
        lapse = scheduled and _lapses(_clause_before(self.text, m.start(), 3))
        # "the coupon is valid through June 1", "comments are accepted until June 1": a state
        # still running ends ahead, as a lapse does
        lapse = lapse or _runs_until(_clause_before(self.text, m.start(), 16))
        # "when he is sentenced Jan. 21", "the hearing is Jan. 21": no tense of its own, so
        # the day nearest the story's date, ahead or behind (within six months), as a
        # schedule is; "he was sentenced Jan. 3" in a story of Dec. 28: the latest on or
        # before it, with no slack for a day just ahead.
        scheduled = scheduled or (
            not future and _present_passive(_clause_before(self.text, m.start(), 3))
        )
        slack = dt.timedelta(0) if not future and self.past(m.start()) else _SLACK

        def resolve(reference: dt.date) -> Days | None:
            def named(year: int) -> Days | None:
                # "Sunday, April 14": the weekday picks the year within a year of the story.
                # Before a range it names its first or its last day: "Tuesday and Wednesday,
                # March 11-12", "from Monday to Wednesday, March 10-12".
                first = _date(year, month, day)
                if first is None or weekday not in _weekdays_of_ends(first, last - day):
                    return None
                return make(year) if abs(year - reference.year) <= 1 else None

            if weekday is not None:
                # The weekday outweighs the tense: "will be held on Thursday, May 19" in a
                # story dated after May 19 is still that Thursday.
                for reading in (future, not future):
                    found = _cyclic(reference, named, future=reading, slack=_SLACK * 3)
                    if found is not None:
                        return found
            if lapse:
                # "the permit expires June 1": ahead, or just past on a page read a little
                # after it (within a month); a lapse gone by is told "expired"
                near = _nearest_of(reference, make)
                if near is not None and near[1] >= reference - _LAPSE_SLACK:
                    return near
                return _cyclic(reference, make, future=True, slack=slack)
            if scheduled:
                return _nearest_of(reference, make)  # "takes effect Sept. 1": the nearest one
            return _cyclic(reference, make, future=future, slack=slack)

        label = f"{_MONTH_NAMES[month]} {day}" + (f"-{last}" if last != day else "")
        value = self.relative(granularity, ("the week of " if week_of else "") + label, resolve)
        return None if value is None else _Hit(m.start(), end, value, tag, (month, day))

    def on_nw(self, m: re.Match[str]) -> DateRange | None:
        """The first Monday of October, the last Friday of next month."""
        weekday = _weekday_of(m["nw_d"], abbreviated_ok=False)
        which = m["nw_n"].lower()
        number = _ORDINALS[which]
        if weekday is None:
            return None
        label = f"the {which} {_WEEKDAY_NAMES[weekday]} of"

        def nth(year: int, month: int) -> Days | None:
            lo, hi = _month_span(year, month)
            if number == 0:
                found = hi - dt.timedelta(days=(hi.weekday() - weekday) % 7)
            else:
                found = lo + dt.timedelta(days=(weekday - lo.weekday()) % 7 + 7 * (number - 1))
            return (found, found) if found.month == month else None

        if m["nw_r"]:
            relation = m["nw_r"].lower()
            shift = {"this": 0, "next": 1, "last": -1, "previous": -1}[relation]
            return self.relative(
                "day",
                f"{label} {relation} month",
                lambda ref: nth(*_add_months(ref.year, ref.month, shift)),
            )
        month = _month_of(m["nw_m"])
        if month is None:
            return None
        if m["nw_y"]:
            span = nth(_year_value(m["nw_y"]), month)
            return None if span is None else DateRange(*span, "day")
        words = f"{label} {_MONTH_NAMES[month]}"
        return self.yearly("day", words, lambda year: nth(year, month), m.start())

    def on_now(self, m: re.Match[str]) -> DateRange | None:
        """The word now, as an end of a range; find_dates drops it unless a range takes it."""
        before = self.word_before(m.start())
        opens = before == "between" or (
            before == "from" and _GAP_RANGE.match(self.text, m.end()) is not None
        )
        if not opens and not (before == "and" and self.chained(m.start(), _DAYS)):
            return None  # "from now on", "right now", "is now 25"
        return self.relative("day", "now", _one)

    def on_hol(self, m: re.Match[str]) -> _Hit | None:
        """Christmas Eve, Thanksgiving 2019, last Easter, Memorial Day weekend."""
        year_text, end = m["hol_y"], m.end()
        if year_text and self.counts_things(end):
            # "on Thanksgiving 2000 meals were served": the number counts, the year is unsaid.
            year_text, end = None, m.end("hol_w") if m["hol_w"] else m.end("hol_n")
        value = self._holiday_value(m, year_text, end)
        return None if value is None else _Hit(m.start(), end, value, "hol")

    def _holiday_value(self, m: re.Match[str], year_text: str | None, end: int) -> DateRange | None:
        """The day or weekend of a holiday matched by ``m``, read up to ``end``."""
        words = m["hol_n"]
        key = _holiday_key(words)
        if (
            key in _COMMON_WORD_HOLIDAYS
            and not year_text
            and not all(w[0].isupper() for w in words.split())
        ):
            return None  # "a memorial day for the victims", "a good Friday for shoppers"
        if (
            key in _POSSESSIVE_HOLIDAYS
            and not words[0].isupper()
            and not year_text
            and self.word_before(m.start()) in _DETERMINERS
        ):
            return None  # "on the president's day off"; "on father's day" is the holiday
        if not year_text and self._in_a_name(m, end):
            return None  # "on Memorial Day Drive", "the Labor Day Road crash"
        relation = " ".join((m["hol_r"] or "").lower().split())
        weekend = m["hol_w"] is not None
        if not (relation or weekend or year_text) and not self._holiday_alone_ok(m, key, end):
            return None
        granularity: Granularity = "week" if weekend else "day"

        def make(year: int) -> Days:
            day = _holiday(key, year)
            return _holiday_weekend(day) if weekend else (day, day)

        if year_text:
            return DateRange(*make(int(year_text)), granularity)
        name = " ".join(w[:1].upper() + w[1:] for w in key.split())
        label = (f"{relation} " if relation else "") + name + (" weekend" if weekend else "")
        if relation in ("last", "past", "this past"):
            return self.relative(granularity, label, lambda ref: _latest_over(ref, make))
        if relation == "this":
            return self.relative(granularity, label, lambda ref: _nearest(ref, make))
        if relation:
            return self.relative(granularity, label, lambda ref: _first_after(ref, make))
        if self.chained(m.start(), _NOW):
            # "between now and Christmas": the range runs forward, to the coming one.
            return self.relative(granularity, label, lambda ref: _cyclic(ref, make, future=True))
        return self.yearly(granularity, label, make, m.start())

    def _in_a_name(self, m: re.Match[str], end: int) -> bool:
        """Whether a holiday is the start of a longer name: "on Memorial Day Drive".

        It is when a capitalised word follows it on its line (not a month's or a weekday's
        name, nor a small word capitalised as in a headline) and the word before it is in
        lowercase, so that the sentence is not written in title case.
        """
        after = _CAPITALISED_AFTER.match(self.text, end)
        if after is None:
            return False
        word = after.group(1)
        if word.lower() in _NOT_A_NOUN or word.lower() in _MONTHS or word.lower() in _WEEKDAYS:
            return False
        lead = m["hol_r"]
        if lead is None:
            before = _WORD_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            lead = before.group(1) if before else None
        return lead is not None and lead[0].islower()

    def _holiday_alone_ok(self, m: re.Match[str], key: str, end: int) -> bool:
        """Whether a holiday with no year, "last" or "weekend" names its day.

        After "on", "over", "before" and the like it does ("on Christmas Day"), and as the end
        of a range ("between Thanksgiving and Christmas", "between now and Easter"); so does a name
        of two words or more after "the" or "a" and before a lowercase noun, as news names an
        event by its day ("the Christmas Eve shooting"; not "the Good Friday Agreement", nor
        "a Christmas tree": one word names the season or the feast as often as the day).
        """
        before = self.word_before(m.start())
        if before in _HOLIDAY_CONTEXT:
            return True
        if before in _RANGE_ENDS and self.chained(m.start(), _DAYS | _NOW):
            return True  # "from Christmas Eve to New Year's Day", "between now and Easter"
        if " " not in key or before not in ("the", "a", "an"):
            return False
        after = self.word_after(end) or ""
        return after[:1].islower() and after not in _NOT_A_NOUN

    # --- weeks, months, quarters, seasons, years, decades --------------------------------------

    def on_wk(self, m: re.Match[str]) -> DateRange | None:
        """The first week of March (days 1-7), the last week of July (its last seven days)."""
        which = m["wk_n"].lower()
        number = _ORDINALS[which]

        def of_year(year: int) -> Days:
            if number == 0:
                return dt.date(year, 12, 25), dt.date(year, 12, 31)
            first = dt.date(year, 1, 1) + dt.timedelta(days=7 * (number - 1))
            return first, first + dt.timedelta(days=6)

        def of_month(year: int, month: int) -> Days:
            lo, hi = _month_span(year, month)
            if number == 0:
                return hi - dt.timedelta(days=6), hi
            first = lo + dt.timedelta(days=7 * (number - 1))
            return first, min(first + dt.timedelta(days=6), hi)

        if m["wk_yy"]:
            return DateRange(*of_year(int(m["wk_yy"])), "week")
        if m["wk_r"]:
            # "the first week of next month", "the last week of this year", counted as above
            relation, unit = m["wk_r"].lower(), m["wk_u"].lower()
            shift = {"this": 0, "next": 1, "last": -1, "previous": -1}[relation]
            words = f"the {which} week of {relation} {unit}"
            if unit == "year":
                return self.relative("week", words, lambda ref: of_year(ref.year + shift))
            if number == 5:
                return None  # a fifth week of a month is its last days, said "the last week"
            return self.relative(
                "week", words, lambda ref: of_month(*_add_months(ref.year, ref.month, shift))
            )
        month = _month_of(m["wk_m"])
        if month is None or (number == 5 and month == 2):
            return None

        def make(year: int) -> Days:
            return of_month(year, month)

        if m["wk_y"]:
            return DateRange(*make(int(m["wk_y"])), "week")
        words = f"the {which} week of {_MONTH_NAMES[month]}"
        return self.yearly("week", words, make, m.start())

    def on_q(self, m: re.Match[str]) -> DateRange | None:
        """Q3 2024, the third quarter, last quarter, the first half of 2024, H1 2024."""
        part = _part_word(m["q_p"] or m["q_q"])
        year = m["q_y"] or m["q_y0"]
        letter = m["q_n"] or m["q_hn"]
        if letter and not self.text[m.start("q_n" if m["q_n"] else "q_hn") - 1].isupper():
            return None  # "q3" in lower case is a code, not a quarter
        if _fiscal_around(self.text, m.start(), m.end()):
            return None  # "fiscal Q3", "the third quarter of fiscal 2027": not July to September
        relation = (m["q_r"] or "").lower()
        if relation == "the":
            relation = "this"
        ordinal = (m["q_o"] or "").lower()
        if ordinal == "last" and year is None and not relation:
            # "last quarter" is the quarter before the reference's.
            return self.relative("quarter", "last quarter", lambda ref: _quarter(ref, -1))
        if m["q_n"] or m["q_o"]:
            number = int(m["q_n"]) if m["q_n"] else _ORDINALS[ordinal] or 4
            first, count, label = 3 * number - 2, 3, _part_label(part, f"Q{number}")
        else:
            if year is None and not relation:
                return None  # "the first half" of a match is not a date
            number = int(m["q_hn"]) if m["q_hn"] else _ORDINALS[m["q_h"].lower()]
            first, count, label, part = 6 * number - 5, 6, f"H{number}", None

        def make(y: int) -> Days:
            span = _months_span(y, first, count)
            return _part_of(span, part, "quarter") if part else span

        if year is None and not relation and count == 3 and _a_games_quarter(self.text):
            return None  # "scored 12 points in the third quarter": a game's, not a year's
        # A half is two quarters: "quarter" is the finest granularity that holds it.
        if year is not None:
            return DateRange(*make(_year_value(year)), "quarter")
        if relation:
            shift = {"this": 0, "current": 0, "last": -1, "next": 1}[relation]
            words = f"{label} {relation} year"
            return self.relative("quarter", words, lambda ref: make(ref.year + shift))
        if not self.future(m.start()) and self.period_ahead(m.start()):
            # "expects to finish in the third quarter", "should open in the first quarter":
            # the first such quarter not over by the story's date
            return self.relative(
                "quarter", label, lambda ref: _cyclic(ref, make, future=True, slack=_NO_SLACK)
            )
        if not self.future(m.start()) and not _scheduled(_clause_before(self.text, m.start(), 10)):
            # "reported third-quarter revenue": a quarter told as past has begun by the
            # story's date, however near the next one is.
            return self.relative(
                "quarter", label, lambda ref: _cyclic(ref, make, future=False, slack=_NO_SLACK)
            )
        return self.yearly("quarter", label, make, m.start())

    def on_se(self, m: re.Match[str]) -> DateRange | None:
        name = m["se_n"].lower()
        part = _part_word(m["se_p"] or m["se_q"])
        said = (m["se_r"] or "").lower().split()[-1:]
        relation = {"past": "last", "coming": "next"}.get("".join(said), "".join(said))
        if not m["se_y"] and not relation and not part:
            before = self.word_before(m.start())
            if before not in _SEASON_CONTEXT:
                return None
            # "the fall" is a season only as "in the fall", and not "the fall of Rome".
            after = (self.word_after(m.end()) or "").lower()
            if name == "fall" and (before != "in" or after in ("of", "from", "in", "off")):
                return None

        def make(year: int) -> Days:
            span = _season(year, name)
            return _part_of(span, part, "season") if part else span

        if m["se_y"]:
            if not m["se_y"][0].isdigit() and self.counts_things(m.end()):
                return None  # "in summer nineteen ninety people ...": a count
            return DateRange(*make(_year_value(m["se_y"])), "season")
        words = _part_label(part, f"{relation} {name}".strip())
        if relation == "this":
            return self.relative("season", words, lambda ref: _nearest(ref, make))
        if relation == "last":
            return self.relative("season", words, lambda ref: _latest_over(ref, make))
        if relation == "next":
            return self.relative("season", words, lambda ref: _first_after(ref, make))
        return self.yearly("season", words, make, m.start())

    def on_dc(self, m: re.Match[str]) -> DateRange | None:
        if m["dc_b"] and not m.group(0).lower().startswith("the"):
            return None  # "in their 20's" is an age; "the 70's" a decade
        if m["dc_y"]:
            first = int(m["dc_y"])
        else:
            two = int(m["dc_a"] or m["dc_b"])
            # "the '90s" are the 1990s; "the '00s" and "'10s" the 2000s and 2010s.
            first = 2000 + two if two < 20 else 1900 + two
        span = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
        part = _part_word(m["dc_p"] or m["dc_q"])
        return DateRange(*(_part_of(span, part, "decade") if part else span), "decade")

    def with_the(self, m: re.Match[str], value: DateRange | None) -> _Hit | None:
        """The hit of a date that "the" just before it belongs to: "the nineteen seventies"."""
        if value is None:
            return None
        the = _THE_BEFORE.search(self.text, max(0, m.start() - 12), m.start())
        return _Hit(the.start() if the else m.start(), m.end(), value, m.lastgroup or "")

    def on_ds(self, m: re.Match[str]) -> _Hit | None:
        return self.with_the(m, self._spelled_decade(m))

    def _spelled_decade(self, m: re.Match[str]) -> DateRange | None:
        """A decade spelled out after "the": "the nineteen seventies", "the noughties".

        Not "the seventies" alone, which is as often an age ("in his seventies") or a
        temperature ("highs in the seventies").
        """
        if self.word_before(m.start()) != "the":
            return None
        if m["ds_n"]:
            first = 2000
        else:
            century = _SPELLED_NUMBERS[m["ds_c"].lower()]
            first = 100 * century + _DECADE_WORDS[m["ds_t"].lower()]
        span = (dt.date(first, 1, 1), dt.date(first + 9, 12, 31))
        part = _part_word(m["ds_p"] or m["ds_q"])
        return DateRange(*(_part_of(span, part, "decade") if part else span), "decade")

    def on_my(self, m: re.Match[str]) -> DateRange | None:
        month = _month_of(m["my_m"])
        if month is None:
            return None
        part = _part_word(m["my_p"] or m["my_q"])

        def make(year: int) -> Days:
            span = _month_span(year, month)
            return _part_of(span, part, "month") if part else span

        if m["my_r"]:
            relation = m["my_r"].lower()
            shift = {"this": 0, "next": 1, "last": -1}[relation]
            words = f"{_part_label(part, _MONTH_NAMES[month])} {relation} year"
            return self.relative("month", words, lambda ref: make(ref.year + shift))
        if m["my_y"] and not m["my_y"][0].isdigit() and self.counts_things(m.end()):
            return None  # "in June twenty twenty people ...": a count, not a year
        year = _year_value(m["my_y"]) if m["my_y"] else _year2(m["my_a"])
        return DateRange(*make(year), "month")

    def on_yr(self, m: re.Match[str]) -> DateRange | None:
        first, second = int(m["yr_a"]), m["yr_b"]
        last = first // 100 * 100 + int(second) if len(second) == 2 else int(second)
        if not first < last or (len(second) == 2 and last > first + 10):
            return None  # "2016-11" is not a span of years
        return DateRange(_year_span(first)[0], _year_span(last)[1], "year")

    def on_rm(self, m: re.Match[str]) -> DateRange | None:
        month = _month_of(m["rm_m"])
        if month is None:
            return None
        said = m["rm_r"].lower().split()[-1]
        relation = {"past": "last", "coming": "next"}.get(said, said)
        words = f"{relation} {_MONTH_NAMES[month]}"
        if relation == "this":
            return self.relative("month", words, lambda ref: _month_span(ref.year, month))
        if relation == "last":
            # The latest such month over by the reference: "last March", said in May, is this March.
            return self.relative(
                "month",
                words,
                lambda ref: _month_span(ref.year - (month >= ref.month), month),
            )
        return self.relative(
            "month", words, lambda ref: _month_span(ref.year + (month <= ref.month), month)
        )

    def on_mo(self, m: re.Match[str]) -> _Hit | None:
        word = m["mo_m"]
        month = _month_of(word)
        if month is None or word.lower() not in _FULL_MONTHS:
            return None  # a bare "Jan" or "Dec" is more often a name
        part = _part_word(m["mo_p"] or m["mo_q"])
        if part is None and word.lower() in _NAME_MONTHS:
            context = _MAY_CONTEXT if month == 5 else _MONTH_CONTEXT
            if self.word_before(m.start()) not in context and not self.chained(
                m.start(), frozenset({"mo", "rm", "my"})
            ):
                return None
            if month == 5 and _possessive(self.text, m.end()):
                return None  # "May's government"

        def make(year: int) -> Days:
            span = _month_span(year, month)
            return _part_of(span, part, "month") if part else span

        value = self.yearly("month", _part_label(part, _MONTH_NAMES[month]), make, m.start())
        if value is None:
            return None
        return _Hit(m.start(), m.end(), value, "mo", None if part else (month, 0))

    def on_ye(self, m: re.Match[str]) -> DateRange | None:
        year = int(m["ye_y"])
        part = _part_word(m["ye_p"] or m["ye_q"])
        start, end = m.start("ye_y"), m.end()
        titled = self.text[start - 1 : start] == "(" and self.text[end : end + 1] == ")"
        if year < _FIRST_YEAR and part and not titled:
            return None  # "early 1500" is as often a count of 1,500 as a year
        if not (part or m["ye_t"] or titled or _possessive(self.text, m.end())):
            before = self.word_before(m.start())
            if before in ("the", "a", "an") and year < _FIRST_COUNTED_YEAR:
                # "an 1872 etching", "the 1622 Flemish altarpiece": a thing of that year
                return self._year_of_a_thing(year, m.end())
            # A year follows any date that gives its year: "between May 2015 and 2018".
            after_year = bool(
                self.hits
                and self.hits[-1].value.relative is None
                and self.chained(m.start(), frozenset({self.hits[-1].kind}))
            )
            if before not in _YEAR_CONTEXT and not after_year:
                return None
            if year < _FIRST_YEAR and before not in _OLD_YEAR_CONTEXT:
                return None  # "a crowd of 1500", "rose by 1200": counts
            after = self.word_after(m.end())
            if before == "of" and after and after[0].isupper() and self.text[m.end()] == " ":
                return None  # "the ballroom of 1899 Bar & Grill": a name
            if self.counts_things(m.end()):
                return None  # "2000 respondents": a count of things, not a year
        span = _year_span(year)
        return DateRange(*(_part_of(span, part, "year") if part else span), "year")

    def _year_of_a_thing(self, year: int, end: int) -> DateRange | None:
        """The year of "the 1872 etching", or None.

        Not before a counted noun ("the 1500 residents") or a street ("the 1500 block", "the
        1800 Elm Street").
        """
        words = self.text[end : end + 60].split()[:4]
        if not words or self.text[end : end + 1] != " " or self.counts_things(end):
            return None
        if words[0].lower() == "block" or any(w.strip(".,") in _STREET_WORDS for w in words):
            return None
        return DateRange(*_year_span(year), "year")

    def on_sy(self, m: re.Match[str]) -> _Hit | None:
        return self.with_the(m, self._spelled_year(m))

    def _spelled_year(self, m: re.Match[str]) -> DateRange | None:
        """A year spelled out after "in", "since" and the like, or "the year"."""
        bare = m["sy_y"].lower().split()[-1] == "thousand"
        if not m["sy_t"] and (bare or self.word_before(m.start()) not in _YEAR_CONTEXT - {"of"}):
            return None  # "in two thousand" is as often a count; "of nineteen eighty" too
        if self.counts_things(m.end()):
            return None  # "in nineteen ninety homes": a count of homes
        return DateRange(*_year_span(_year_value(m["sy_y"])), "year")

    # --- weekdays and days near the reference --------------------------------------------------

    def on_wd(self, m: re.Match[str]) -> _Hit | None:
        if m["wd_t"] and not m["wd_the"] and m["wd_t"].isdigit():
            # "Monday 24 people": the weekday alone ("Monday 24th" is a date).
            value = self._weekday(m, with_day=False)
            return None if value is None else _Hit(m.start(), m.end("wd_d"), value, "wd")
        value = self._weekday(m, with_day=True)
        return None if value is None else _Hit(m.start(), m.end(), value, "wd")

    def _weekday(self, m: re.Match[str], *, with_day: bool) -> DateRange | None:
        weekday = _weekday_of(m["wd_d"], abbreviated_ok=False)
        if weekday is None:
            return None
        name = _WEEKDAY_NAMES[weekday]
        relation = " ".join((m["wd_r"] or "").lower().split())
        week = (m["wd_k"] or (m["wd_l"] if with_day else None) or "").lower()
        if not relation and not week and self._not_one_day(m.start(), m.end("wd_d")):
            return None
        if m["wd_t"] and with_day:
            return self._weekday_and_day(weekday, _day_number(m["wd_t"]), m.start())
        if week:
            shift = {"this": 0, "next": 7, "last": -7}[week]
            return self.relative(
                "day",
                f"{name} {week} week",
                lambda ref: _one(_week(ref)[0] + dt.timedelta(days=shift + weekday)),
            )
        if relation in ("last", "past", "this past"):
            # The latest such day strictly before the reference.
            return self.relative(
                "day",
                f"last {name}",
                lambda ref: _one(ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)),
            )
        if relation == "next":
            return self.relative("day", f"next {name}", _next_weekday(weekday))
        if relation == "this":
            # The day of this Monday-Sunday week: "this Sunday" is the coming one.
            days = weekday
            return self.relative(
                "day",
                f"this {name}",
                lambda ref: _one(_week(ref)[0] + dt.timedelta(days=days)),
            )
        if relation in ("coming", "this coming"):
            return self.relative(
                "day",
                f"this coming {name}",
                lambda ref: _one(ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)),
            )
        ahead = self.future(m.start()) or self.looks_ahead(m.start()) or self.moved(m.start())
        if ahead or self.running(m.start()):
            return self.relative(
                "day",
                name,
                lambda ref: _one(ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)),
            )
        return self.relative(
            "day", name, lambda ref: _one(ref - dt.timedelta(days=(ref.weekday() - weekday) % 7))
        )

    def _not_one_day(self, start: int, end: int) -> bool:
        """Whether a bare weekday is not one day.

        It may be part of a name ("Good Friday", "the Sunday Times") or mean any
        such day ("on a Saturday", "every Monday").
        """
        after = self.word_after(end) or ""
        if after[:1].isupper() and after.lower() in _TITLE_WORDS:
            return True
        before = self.text[max(0, start - 20) : start].split()
        if not before:
            return False
        word = before[-1]
        if word.lower() in ("a", "an") and self._modifies_noun(end):
            return False  # "a Saturday shooting": that Saturday's shooting
        if word.lower() in _ANY_DAY or (word.lower() in _HOLIDAY_QUALIFIERS and word[0].isupper()):
            return True
        return word.lower() == "the" and after[:1].isupper() and after.lower() not in _MONTHS

    def _modifies_noun(self, end: int) -> bool:
        """Whether the weekday ending at ``end`` modifies a noun ("a Sunday morning crash")."""
        found = _NEXT_WORD.match(self.text, end)
        if found is not None and found.group(1).lower() in _PARTS_OF_DAY:
            found = _NEXT_WORD.match(self.text, found.end())
        if found is None:
            return False
        word = found.group(1)
        return word.islower() and word not in _NOT_A_NOUN

    def _weekday_and_day(self, weekday: int, day: int, start: int) -> DateRange | None:
        """A weekday and day of the month, "Friday the 22nd", with the month left to find.

        It is the Friday 22nd nearest the reference (the earlier of two as
        near), or the first one ahead in a sentence about the future.
        """
        future = self.future(start)

        def dated(ref: dt.date) -> Days | None:
            found = []
            for offset in range(-15, 16):
                candidate = _date(*_add_months(ref.year, ref.month, offset), day)
                if candidate is not None and candidate.weekday() == weekday:
                    found.append(candidate)
            if future:
                found = [d for d in found if d >= ref]
            if not found:
                return None
            return _one(min(found, key=lambda d: (abs((d - ref).days), d)))

        words = f"{_WEEKDAY_NAMES[weekday]} the {day}{_suffix(day)}"
        return self.relative("day", words, dated)

    def on_db(self, m: re.Match[str]) -> DateRange | None:
        """The day before the last single day named earlier in this text ("the day before").

        Only a day this text names counts: "the day before" a day of another
        sentence, or of an event ("the day before the shooting"), is left alone.
        """
        anchor = next((h.value for h in reversed(self.hits) if h.value.granularity == "day"), None)
        if anchor is None or anchor.start != anchor.end:
            return None
        words = " ".join(m["db"].lower().split())
        if anchor.start is None:
            return DateRange(None, None, "day", words)
        if anchor.start == dt.date.min:
            return None  # no day before the calendar's first
        return DateRange.day(anchor.start - _DAY, relative=words)

    def on_rd(self, m: re.Match[str]) -> DateRange | None:
        first = m["rd_w"]
        words = " ".join(first.lower().split())
        if first[:2].istitle() and not self.sentence_start(m.start("rd_w")):
            return None  # "the Today show"
        if words == "today" and self.word_before(m.start()) == "usa":
            return None  # the newspaper
        if (
            words == "today"
            and _possessive(self.text, m.end())
            and (self.word_after(m.end() + 2) or "").lower() in _NOT_TODAY
        ):
            return None  # "today's world"
        offset = {
            "the day before yesterday": -2,
            "the day after tomorrow": 2,
            "yesterday": -1,
            "tomorrow": 1,
            "last night": -1,
            "last evening": -1,
        }.get(words, 0)
        return self.relative("day", words, lambda ref: _one(ref + dt.timedelta(days=offset)))

    # --- windows and calendar units relative to the reference ----------------------------------

    def on_rl(self, m: re.Match[str]) -> DateRange | None:
        """A window of days before (or after) the reference: "the past week", "the past 2 years"."""
        relation = m["rl_r"].lower()
        unit = m["rl_u"].lower().rstrip("s")
        ahead = relation in ("coming", "next")
        # Tried again after "the" was refused, the match may start after it: "the" is still there.
        the = bool(m["rl_t"]) or self.word_before(m.start()) == "the"
        if m["rl_n"] is None:
            if relation != "past" and not the:
                return None  # "last week" is a calendar week, read by another alternative
            if m["rl_u"].lower().endswith("s") or unit == "day":
                return None  # "the past years" says not how many; "the next day" is the event's
        if m["rl_n"] is None and relation in ("previous", "prior") and unit != "decade":
            return self._previous_unit(m, unit)  # "the previous year": a calendar year
        count = 1 if m["rl_n"] is None else _count(m["rl_n"])
        if count is None:
            return None
        if ahead and the and not self.future(m.start()):
            return None  # "the next two years" of a life story are the event's, not the reader's
        if (self.word_after(m.end()) or "").lower() == "of":
            return None  # "the last two years of his life"
        step = count if ahead else -count

        def window(ref: dt.date) -> Days:
            if unit == "day":
                other = ref + dt.timedelta(days=step)
            elif unit == "week":
                other = ref + dt.timedelta(days=7 * step)
            elif unit == "month":
                other = _shift(ref, months=step)
            else:
                other = _shift(ref, years=step * (10 if unit == "decade" else 1))
            return (ref + _DAY, other) if ahead else (other, ref - _DAY)

        return self.relative(_UNIT_GRANULARITY[unit], _words_of(m), window)

    def _previous_unit(self, m: re.Match[str], unit: str) -> DateRange | None:
        """The previous (prior) year, month or week: a calendar unit, as "last year" is.

        As "last year" is the calendar year before the reference's, so is "the previous year"
        ("the prior year") when its sentence names no date before it; after a date of one
        year ("In 2011 the toll rose from the previous year") it is the year before that
        one, as "the day before" follows the day named. Months and weeks alike.
        """
        if (self.word_after(m.end()) or "").lower() == "of":
            return None  # "the previous year of his life"
        anchor = next(
            (h.value for h in reversed(self.hits) if _within_one(h.value, unit)),
            None,
        )
        words = " ".join(m["rl"].lower().split())
        if anchor is None or anchor.start is None:
            return self._unit(unit, "last", None, words)
        one: dt.date = anchor.start
        try:
            if unit == "year":
                span = _year_span(one.year - 1)
            elif unit == "month":
                span = _month_span(*_add_months(one.year, one.month, -1))
            else:
                span = _week(one - _WEEK)
        except (OverflowError, ValueError):
            return None
        return DateRange(span[0], span[1], _UNIT_GRANULARITY[unit], words)

    def on_an(self, m: re.Match[str]) -> DateRange | None:
        unit = m["an_u"].lower()
        if unit == "weekend":
            # A week after "next weekend": the Saturday and Sunday two weeks after this week's.
            def weekend(ref: dt.date) -> Days:
                saturday = _week(ref)[0] + dt.timedelta(days=19)
                return saturday, saturday + _DAY

            return self.relative("week", _words_of(m), weekend)
        return self._unit(unit, "after next", None, _words_of(m))

    def on_dr(self, m: re.Match[str]) -> DateRange | None:
        day = _day_number(m["dr_d"])
        shift = {"this": 0, "next": 1, "last": -1, "previous": -1}[m["dr_r"].lower()]

        def resolve(ref: dt.date) -> Days | None:
            found = _date(*_add_months(ref.year, ref.month, shift), day)
            return None if found is None else _one(found)

        return self.relative("day", _words_of(m), resolve)

    def on_ru(self, m: re.Match[str]) -> DateRange | None:
        relation = m["ru_r"].lower()
        unit = m["ru_u"].lower()
        part = _part_word(m["ru_p"] or m["ru_q"])
        if relation.endswith("past"):
            if unit != "weekend" or part:
                return None  # "the past week" is the seven days before: a window, read apart
            relation = "last"  # "this past weekend", "the past weekend": the one just over
        if relation == "the" and (unit != "weekend" or part):
            return None  # "the week", "the year": which one depends on the story
        if part in ("earlier", "later") and relation not in ("this", "current"):
            return None
        if unit == "weekend":
            if relation == "the" and _OF_A_DATE.match(self.text, m.end()):
                return None  # "the weekend of Nov. 9-10": the days it names are read
            return self._weekend(m, relation)
        return self._unit(unit, relation, part, _words_of(m))

    def on_ri(self, m: re.Match[str]) -> DateRange | None:
        part = "later" if m["ri_r"] else m["ri_p"].lower()
        return self._unit(m["ri_u"].lower(), "this", part, _words_of(m))

    def _weekend(self, m: re.Match[str], relation: str) -> DateRange | None:
        future = relation == "the" and (self.future(m.start()) or self.looks_ahead(m.start()))
        past = relation == "this" and self.past(m.start())

        def weekend(ref: dt.date) -> Days:
            saturday = _week(ref)[0] + dt.timedelta(days=5)
            if relation == "last" or (
                (past or (relation == "the" and not future)) and ref.weekday() < 5
            ):
                # "last weekend", and "over the weekend" said on a weekday: the one just past;
                # so is "were shot this weekend" said on a weekday, as it cannot be to come.
                saturday -= dt.timedelta(days=7)
            elif relation == "next":
                saturday += dt.timedelta(days=7)
            return saturday, saturday + _DAY

        return self.relative("week", _words_of(m), weekend)

    def _unit(self, unit: str, relation: str, part: str | None, words: str) -> DateRange | None:
        """This, last or next week, month, quarter, year or decade, or a part of it."""
        shift = {"this": 0, "current": 0, "last": -1, "next": 1, "after next": 2}[relation]

        def span(ref: dt.date) -> Days:
            if unit == "week":
                whole = _week(ref + dt.timedelta(days=7 * shift))
            elif unit == "month":
                whole = _month_span(*_add_months(ref.year, ref.month, shift))
            elif unit == "quarter":
                whole = _quarter(ref, shift)
            elif unit == "year":
                whole = _year_span(ref.year + shift)
            else:
                first = ref.year // 10 * 10 + 10 * shift
                whole = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
            if part == "earlier":
                return whole[0], ref
            if part == "later":
                return ref, whole[1]
            return _part_of(whole, part, unit) if part else whole

        return self.relative(_UNIT_GRANULARITY[unit], words, span)

    def _compound(self, m: re.Match[str]) -> DateRange | None:
        """A compound offset: "1 month 21 days ago", "two weeks and three days ago".

        Each unit is counted back (or forward) in turn, years and months first, as one says
        them: "1 month 21 days ago", said on Nov. 23, is Oct. 2. The value is the finest unit
        named, as "three weeks ago" is a week; "a year and a half ago" is the month 18
        months back.
        """
        if m["ago_t"] or m["ago_b"] or (m["ago_c"] and (m["ago_h"] or m["ago_h2"])):
            return None  # "2 years 3 months ago today", "a year and a half from tomorrow"
        words = self.text[m.start("ago_n") : m.end("ago_c" if m["ago_c"] else "ago_u")]
        if m["ago_h"]:
            words = self.text[m.start("ago_n") : m.end("ago_h")]
        tokens = [w for w in re.split(r"[^\w]+", words.lower()) if w and w != "and"]
        counts: dict[str, int] = {}
        if m["ago_h"] or m["ago_h2"]:
            count = _count(tokens[0])
            if count is None or not m["ago_u"].lower().startswith("year"):
                return None  # "a day and a half ago" is no whole day
            counts["month"] = 12 * count + 6
        else:
            for number, unit_word in zip(tokens[::2], tokens[1::2], strict=True):
                unit = unit_word.rstrip("s")
                count = _count(number)
                if count is None or unit == "decade" or unit in counts:
                    return None  # "two days three days ago" says no one date
                counts[unit] = count
        sign = -1 if m["ago_a"] else 1
        finest = next(u for u in ("day", "week", "month", "year") if u in counts)
        label = " ".join(words.lower().split()) + (" ago" if sign < 0 else " from now")

        def span(ref: dt.date) -> Days:
            months = 12 * counts.get("year", 0) + counts.get("month", 0)
            day = _shift(ref, months=sign * months)
            day += dt.timedelta(days=sign * (7 * counts.get("week", 0) + counts.get("day", 0)))
            if finest == "day":
                return _one(day)
            if finest == "week":
                return _week(day)
            if finest == "month":
                return _month_span(day.year, day.month)
            return _year_span(day.year)

        return self.relative(_UNIT_GRANULARITY[finest], label, span)

    def on_ago(self, m: re.Match[str]) -> _Hit | DateRange | None:
        if m["ago_d"]:
            return self._weekdays_ago(m)
        if m["ago_c"] or m["ago_h"] or m["ago_h2"]:
            return self._compound(m)
        count = _count(m["ago_n"])
        unit = m["ago_u"].lower().rstrip("s")
        if count is None or unit == "decade":
            return None
        plural = "s" if count != 1 else ""
        if m["ago_b"]:
            return self._from_day(m, unit, count)
        if m["ago_t"]:
            day = self._ago_day(m, unit, count, f"{count} {unit}{plural} ago")
            if day is not None:
                return day
            # "three days ago today": the offset alone, and "today" read apart.
            value = self._offset(unit, -count, f"{count} {unit}{plural} ago")
            return None if value is None else _Hit(m.start(), m.end("ago_a"), value, "ago")
        if m["ago_a"]:
            return self._offset(unit, -count, f"{count} {unit}{plural} ago")
        return self._offset(unit, count, f"{count} {unit}{plural} from now")

    def _weekdays_ago(self, m: re.Match[str]) -> DateRange | None:
        """Two Sundays ago is the Sunday before last; two Sundays from now the second to come.

        The count starts at the latest such day before the reference (the first one after it,
        ahead): "two Mondays ago", said on a Monday, is two weeks back.
        """
        count = _count(m["ago_n"])
        if count is None or not (m["ago_a"] or m["ago_w"]) or m["ago_t"]:
            return None  # "two Sundays ago today"; "two Sundays after tomorrow" is not said
        if m["ago_c"] or m["ago_h"] or m["ago_h2"]:
            return None
        weekday = _weekday_of(m["ago_d"][:-1], abbreviated_ok=False)
        if weekday is None:
            return None
        ahead = m["ago_a"] is None
        name = _WEEKDAY_NAMES[weekday]
        words = f"{count} {name}{'s' if count != 1 else ''} {'from now' if ahead else 'ago'}"

        def day(ref: dt.date) -> Days:
            if ahead:
                first = ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
                return _one(first + dt.timedelta(days=7 * (count - 1)))
            latest = ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)
            return _one(latest - dt.timedelta(days=7 * (count - 1)))

        return self.relative("day", words, day)

    def _from_day(self, m: re.Match[str], unit: str, count: int) -> DateRange | None:
        """Days or weeks from a day near the reference: "three weeks from tomorrow"."""
        anchor, relation = m["ago_b"].lower(), m["ago_f"].lower()  # "from today" is read above
        if unit not in ("day", "week"):
            return None  # "a month from tomorrow" is rarely said and never meant to the day
        days = (7 if unit == "week" else 1) * count * (-1 if relation == "before" else 1)
        days += {"today": 0, "tomorrow": 1, "yesterday": -1}[anchor]
        words = f"{count} {unit}{'s' if count != 1 else ''} {relation} {anchor}"
        return self.relative("day", words, lambda ref: _one(ref + dt.timedelta(days=days)))

    def _ago_day(self, m: re.Match[str], unit: str, count: int, words: str) -> DateRange | None:
        """A year ago today is that day; a week ago Saturday is the Saturday before last."""
        day = m["ago_t"].lower()
        if day == "today":
            if unit == "day":
                return None

            def same_day(ref: dt.date) -> Days:
                if unit == "week":
                    return _one(ref - dt.timedelta(days=7 * count))
                months = count if unit == "month" else 12 * count
                return _one(_shift(ref, months=-months))

            return self.relative("day", f"{words} today", same_day)
        weekday = _weekday_of(day, abbreviated_ok=False)
        if unit != "week" or weekday is None:
            return None

        def before(ref: dt.date) -> Days:
            latest = ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)
            return _one(latest - dt.timedelta(days=7 * count))

        return self.relative("day", f"{words} {_WEEKDAY_NAMES[weekday]}", before)

    def on_inn(self, m: re.Match[str]) -> DateRange | None:
        count = _count(m["inn_n"])
        unit = m["inn_u"].lower().rstrip("s")
        # "the lowest in 10 years" is a span of time, not a date: only "will ... in two weeks".
        if count is None or unit == "decade" or not self.future(m.start()):
            return None
        if (self.word_after(m.end()) or "").lower() in ("of", "since"):
            return None  # "in two weeks of talks"
        return self._offset(unit, count, f"in {count} {unit}{'s' if count != 1 else ''}")

    def _offset(self, unit: str, count: int, words: str) -> DateRange | None:
        """The day, or the calendar week, month or year, ``count`` units from the reference."""

        def span(ref: dt.date) -> Days:
            if unit == "day":
                return _one(ref + dt.timedelta(days=count))
            if unit == "week":
                return _week(ref + dt.timedelta(days=7 * count))
            if unit == "month":
                return _month_span(*_add_months(ref.year, ref.month, count))
            return _year_span(ref.year + count)

        return self.relative(_UNIT_GRANULARITY[unit], words, span)

    # --- the scan ------------------------------------------------------------------------------

    def scan(self) -> list[_Hit]:
        """Every date of the text, in order, before ranges are joined."""
        text = self.text
        done = 0
        for word in _WORD.finditer(text):
            position = word.start()
            if position < done:
                continue
            first = word.group()
            if first[0] in "0123456789'\u2019":
                chosen = _BY_WORD.get(_DIGIT + _digit_shape(first))
                if chosen is None:
                    continue  # five digits or more
                if len(first) <= 3 and first.isdigit() and _NO_DAY_AFTER.match(text, word.end()):
                    continue  # "20-year-old", "10:30", "5, 6": no date begins there
            else:
                key = first.lower()
                chosen = _BY_WORD.get(key)
                if chosen is None:
                    continue
                if key not in _ANCHORS:
                    following = _NEXT_TOKEN.match(text, word.end())
                    second = following.group(1).lower() if following else ""
                    followers = _FOLLOWERS_OF.get(key, _FOLLOWERS)
                    if not second or not (second[0] in "0123456789'\u2019" or second in followers):
                        continue
                    if (
                        key == "the"
                        and following is not None
                        and second[0].isdigit()
                        and not _THE_NUMBER.match(text, following.start(1))
                    ):
                        continue  # "the 1700 block", "the 20-year-old": no date
            hit = self.first_hit(chosen, position)
            if hit is not None:
                self.hits.append(hit)
                done = hit.end
        return self.hits

    def first_hit(self, chosen: tuple[int, ...], position: int) -> _Hit | None:
        """The date that begins at ``position``, by the first alternative whose rule accepts it."""
        m = _together(chosen).match(self.text, position)
        if m is None:
            return None
        hit = self.accept(m)
        if hit is not None:
            return hit
        # Not a date after all: let the later alternatives try the same place.
        index = next(i for i, k in enumerate(chosen) if _ALTERNATIVES[k].name == m.lastgroup)
        for k in chosen[index + 1 :]:
            again = _single(k).match(self.text, position)
            if again is not None and (hit := self.accept(again)) is not None:
                return hit
        return None

    def accept(self, m: re.Match[str]) -> _Hit | None:
        """The hit a match makes, or None if its rule finds it is not a date."""
        kind = m.lastgroup or ""
        made: _Hit | DateRange | None = getattr(self, f"on_{kind}")(m)
        if made is None or isinstance(made, _Hit):
            return made
        return _Hit(m.start(), m.end(), made, kind)


_UNIT_GRANULARITY: Final[dict[str, Granularity]] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
}

# --- ranges ------------------------------------------------------------------------------------

_COARSE: Final = ("day", "week", "month", "season", "quarter", "year", "decade")
# The kinds of hit that name days, which "and now" may close a range after.
_DAYS: Final = frozenset({"md", "dm", "iso", "num", "dot", "wd", "rd", "hol"})
_NOW: Final = frozenset({"now"})
# The words before the second end of a range: "between Thanksgiving and Christmas".
_RANGE_ENDS: Final = frozenset({"and", "to", "through", "thru", "until", "till"})


def _join(text: str, hits: list[_Hit]) -> Iterator[_Hit]:
    """Join "March 30-April 2", "from 2014 to 2018", "between May and July" into one range.

    A dash, "to", "through" or "until" joins two dates ("to" only between
    dates of one granularity unless after "from"); "and" only after "between".
    "postponed from March to June" names two dates.
    """
    index = 0
    while index < len(hits):
        if index + 1 < len(hits):
            joined = _join_two(text, hits[index], hits[index + 1])
            if joined is not None:
                yield joined
                index += 2
                continue
        yield hits[index]
        index += 1


def _join_two(text: str, first: _Hit, second: _Hit) -> _Hit | None:
    if _weekday_and_its_date(text, first, second):
        # "late Wednesday, March 12", "Wednesday night, March 12": one day, told twice
        return _Hit(first.start, second.end, second.value, second.kind, second.month_day)
    gap = _GAP_RANGE.fullmatch(text, first.end, second.start) or _GAP_AFTER_YEAR.fullmatch(
        text, first.end, second.start
    )
    if gap is None:
        return None
    connector = gap.group(0).strip(" \t\n,").lower()
    opener = _OPENER.search(text, max(0, first.start - 12), first.start)
    opening = opener.group(1).lower() if opener else None
    a, b = first.value, second.value
    if _weekday_of_the_range(first, second):
        # "Saturday-Sunday, March 15-16", "from Monday to Wednesday, March 10-12": the
        # weekdays name the ends of the days that follow them, so those days are the range
        start = opener.start(1) if opener and connector != "and" else first.start
        return _Hit(start, second.end, second.value, "range")
    if connector == "and" and opening != "between":
        return None
    if connector == "to" and opening != "from" and a.granularity != b.granularity:
        return None
    if _MOVE_WORDS.intersection(_clause_before(text, opener.start() if opener else first.start, 6)):
        return None  # "postponed the vote from March to June" names two dates
    b_start, b_end = b.start, b.end
    if first.kind == "now" and a.start and b_start and b_end and b_start <= a.start:
        # A range from now runs forward: "between now and Nov. 15", said after Nov. 15, is the
        # coming one, and "between now and Friday", said on a Monday, the coming Friday.
        if second.month_day:
            b = DateRange(
                _shift(b_start, years=1), _shift(b_end, years=1), b.granularity, b.relative
            )
        elif second.kind == "wd":
            b = DateRange(b_start + _WEEK, b_end + _WEEK, b.granularity, b.relative)
    b = _second_end(first, second, b)
    a_start, a_relative = a.start, a.relative
    if first.month_day is not None and b.relative is None and b.start is not None:
        # "March 30 - April 2, 2025", "from January to November 2014": the first end takes
        # the year of the second.
        month, day = first.month_day
        for year in (b.start.year, b.start.year - 1):
            moved = _date(year, month, day or 1)
            if moved is not None and moved <= b.start:
                a_start, a_relative = moved, None
                break
    if a_start is None or b.start is None or b.end is None or b.start <= a_start:
        return None
    relative = None
    if a_relative or b.relative:
        relative = f"{a_relative or a.describe()} to {b.relative or b.describe()}"
    granularity = max(a.granularity, b.granularity, key=_COARSE.index)
    start = opener.start(1) if opener else first.start
    return _Hit(start, second.end, DateRange(a_start, b.end, granularity, relative), "range")


_COMMA_GAP: Final = re.compile(r",[^\S\n]{1,3}")


def _weekday_and_its_date(text: str, first: _Hit, second: _Hit) -> bool:
    """Whether a weekday with a part of its day, a comma and a date of it are one date.

    "late Wednesday, March 12", "Wednesday morning, March 12, 2025". The weekday pattern
    takes "Wednesday, March 12" whole; with "late" before it or "night" after it, the two
    were read apart, and a reader sees one day.
    """
    a, b = first.value, second.value
    return (
        first.kind == "wd"
        and second.kind in ("md", "dm")
        and _COMMA_GAP.fullmatch(text, first.end, second.start) is not None
        and a.start is not None
        and a.start == a.end
        and b.granularity == "day"
        and b.start is not None
        and b.start == b.end
        and b.start.weekday() == a.start.weekday()
    )


def _weekday_of_the_range(first: _Hit, second: _Hit) -> bool:
    """Whether a bare weekday names the first day of the range of days after it.

    The range is under a week long: "Tuesday and Wednesday, March 11-12" (the bare weekday,
    read alone, may have been put in another week when the range has its year).
    """
    a, b = first.value, second.value
    return (
        first.kind == "wd"
        and a.start is not None
        and a.start == a.end
        and b.granularity == "day"
        and b.start is not None
        and b.end is not None
        and b.start < b.end < b.start + _WEEK
        and b.start.weekday() == a.start.weekday()
    )


def _second_end(first: _Hit, second: _Hit, b: DateRange) -> DateRange:
    """The second end of a range of two relative days, placed after the first.

    Each end was placed alone, so "from March 3 to March 9" may put the first in the year
    to come (a schedule) and the second in this one, and "Monday through Wednesday" said on
    a Tuesday put Wednesday before Monday: the second end is the first such day on or after
    the first end. Two yearless ends crossing a year ("from November to February") are left.
    """
    a_start = first.value.start
    if a_start is None or b.start is None or b.end is None:
        return b
    if _a_year_past(first, second, a_start, b.start):
        # "open from May 2 through June 1": each end placed alone may land in two years (the
        # second read as a state still running); two yearless days in order lie in one year.
        month, day = second.month_day or (0, 0)
        span = (
            _month_span(a_start.year, month) if day == 0 else _date_span(a_start.year, month, day)
        )
        return b if span is None else DateRange(span[0], span[1], b.granularity, b.relative)
    if b.start > a_start:
        return b
    if first.month_day is not None and second.month_day is not None:
        month, day = second.month_day
        if second.month_day <= first.month_day:
            return b  # "from November to February" crosses a year: which one is unsaid
        span = (
            _month_span(a_start.year, month) if day == 0 else _date_span(a_start.year, month, day)
        )
        return b if span is None else DateRange(span[0], span[1], b.granularity, b.relative)
    if first.kind == "wd" and second.kind == "wd":
        ahead = (b.start.weekday() - a_start.weekday()) % 7 or 7
        moved = a_start + dt.timedelta(days=ahead)
        return DateRange(moved, moved, b.granularity, b.relative)
    return b


def _a_year_past(first: _Hit, second: _Hit, a_start: dt.date, b_start: dt.date) -> bool:
    """Whether two yearless ends of one range, in calendar order, were placed a year apart.

    "from May 2 through June 1" is under a month; its ends were each placed alone, so the
    second may be in the year after the first's. Ends out of order ("from November to
    February") cross a year, which one unsaid: left as placed.
    """
    if first.month_day is None or second.month_day is None or first.value.relative is None:
        return False
    if second.value.relative is None or second.month_day <= first.month_day:
        return False
    return b_start.year > a_start.year


def _date_span(year: int, month: int, day: int) -> Days | None:
    found = _date(year, month, day)
    return None if found is None else (found, found)


# A clock time or a part of the day: "9 a.m.", "10:30", "noon" (after "a.m." became "am").
_CLOCK: Final = re.compile(r"[0-9]\s*[ap]m\b|\b[0-9]{1,2}:[0-9]{2}\b|\bnoon\b|\bmidnight\b")
_MERIDIEM: Final = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)
_CLAUSE_END: Final = re.compile(r"[.!?;\n]")
# Words of opening hours: "the barn is open Monday to Friday".
_SCHEDULE_WORDS: Final = frozenset(
    {"open", "opens", "operates", "available", "staffed", "hours", "runs", "closed", "answers"}
)


def _without_schedules(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Leave out two weekdays that span a weekly schedule: "8 a.m. to 8 p.m. Monday-Friday".

    Two weekdays joined by a dash, "to" or "through" are hours, not days, when a clock
    time stands in their clause ("9 a.m. to 5 p.m. Monday-Friday", "Tuesday through
    Thursday from noon"), or when they span the working week from Monday after a word
    of opening hours ("the barn is open Monday to Friday"); "crews worked Monday
    through Friday" stays a range of days.
    """
    kept: list[_Hit] = []
    index = 0
    while index < len(hits):
        if index + 1 < len(hits) and _schedule(text, hits[index], hits[index + 1]):
            index += 2
            continue
        kept.append(hits[index])
        index += 1
    return kept


def _schedule(text: str, first: _Hit, second: _Hit) -> bool:
    if first.kind != "wd" or second.kind != "wd":
        return False
    days = [
        _weekday_of(text[h.start : h.end].lower(), abbreviated_ok=True) for h in (first, second)
    ]
    if days[0] is None or days[1] is None or days[1] <= days[0]:
        return False
    gap = _GAP_RANGE.fullmatch(text, first.end, second.start)
    if gap is None or gap.group(0).strip().lower() == "and":
        return False
    before = _MERIDIEM.sub(r"\1m", text[max(0, first.start - 40) : first.start])
    after = _MERIDIEM.sub(r"\1m", text[second.end : second.end + 40])
    if _CLOCK.search(_CLAUSE_END.split(before)[-1] + " " + _CLAUSE_END.split(after)[0]):
        return True
    if days[0] != 0 or days[1] < 4:  # from Monday to Friday or later: the working week
        return False
    return not _SCHEDULE_WORDS.isdisjoint(_clause_before(text, first.start, 10))


# --- the public function -----------------------------------------------------------------------


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    reference: dt.date | None = None,
) -> list[tuple[int, int, DateRange]]:
    """Every date ``text[start:end]`` states, as ``(span_start, span_end, DateRange)``.

    Offsets index ``text``; the spans come in text order and do not overlap.
    The result depends only on ``text[start:end]`` and ``reference``.

    Args:
        text: the text to read.
        start: where to begin reading.
        end: where to stop reading (None: the end of the text).
        reference: the publication date that relative dates ("Monday",
            "last week", "April 14") are resolved against. Without it they
            come back unresolved: ``start`` and ``end`` None, ``relative``
            saying what they were.

    Returns:
        The dates, each with the offsets of its words.

    Raises:
        InvalidSpanError: if ``0 <= start <= end <= len(text)`` does not hold.

    >>> text = "The EPA on Friday approved a fine imposed in March 2024."
    >>> for s, e, date in find_dates(text, reference=dt.date(2024, 5, 8)):
    ...     print(text[s:e], "->", date.describe(), date.granularity, date.relative)
    Friday -> 2024-05-03 (Fri) day Friday
    March 2024 -> March 2024 month None
    >>> find_dates("She will speak on Monday.")[0][2].describe()
    'Monday (unresolved: no publication date)'
    """
    stop = len(text) if end is None else end
    if not 0 <= start <= stop <= len(text):
        raise InvalidSpanError(
            f"cannot read dates in {start}..{stop} of a text of {len(text)} characters:"
            " need 0 <= start <= end <= len(text)"
        )
    chunk = text[start:stop]
    hits = _Scanner(chunk, reference).scan()
    hits = _without_schedules(chunk, hits)
    joined = _join(chunk, hits)
    return [(start + h.start, start + h.end, h.value) for h in joined if h.kind != "now"]
