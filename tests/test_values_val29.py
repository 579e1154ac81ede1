"""Values held-out testers reported misread (branch val29), on made-up sentences."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

import reconcile
from reconcile.extract.dates import find_dates
from reconcile.extract.numbers import find_quantities

if TYPE_CHECKING:
    from reconcile.model import Quantity


def one(text: str) -> tuple[str, Quantity]:
    found = find_quantities(text)
    assert len(found) == 1, [(text[s:e], q) for s, e, q in found]
    start, end, quantity = found[0]
    return text[start:end], quantity


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_quantities(text)]


# --- road numbers, units of measure after an article -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The crash closed U.S. 75 near the county line.",
        "Traffic on US 75 backed up for miles.",
        "Northbound US-75 reopened at noon.",
        "A truck overturned on I-35 near the exit.",
        "Crews closed Interstate 35 and Route 9 overnight.",
        "Highway 101 and State Road 7 were flooded.",
        "Deputies stopped a car on Hwy. 101 and on SR 7.",
    ],
)
def test_a_road_number_is_a_name(text: str) -> None:
    # A road's number names it, as "Boeing 737" names a plane: no quantity.
    assert find_quantities(text) == []


def test_a_count_beside_a_road_prefix_is_still_read() -> None:
    assert spans("The U.S. 5,000 troops left; 75 US troops stayed.") == [
        "5,000 troops",
        "75 US troops",
    ]


@pytest.mark.parametrize(
    ("text", "found", "low", "high", "unit"),
    [
        ("Up to an inch of ice coated the roads.", "Up to an inch", None, 1.0, "inch"),
        ("Crews cleared a foot of snow.", "a foot", 1.0, 1.0, "foot"),
        ("More than a mile of track washed out.", "More than a mile", 1.0, None, "mile"),
        ("Up to a foot of snow may fall.", "Up to a foot", None, 1.0, "foot"),
        (
            "Three-quarters of an inch of rain fell.",
            "Three-quarters of an inch",
            0.75,
            0.75,
            "inch",
        ),
        ("A third of a mile of fence fell.", "A third of a mile", 1 / 3, 1 / 3, "mile"),
        ("Half an inch of rain fell.", "Half an inch", 0.5, 0.5, "inch"),
        ("Two and a half inches of rain fell.", "Two and a half inches", 2.5, 2.5, "inches"),
        ("They walked a quarter mile.", "a quarter mile", 0.25, 0.25, "mile"),
    ],
)
def test_one_unit_of_measure_after_an_article(
    text: str, found: str, low: float | None, high: float | None, unit: str
) -> None:
    # "an inch of ice" is one inch; a fraction "of an inch" keeps the unit.
    span, q = one(text)
    assert span == found
    assert (q.low, q.high, q.unit) == (
        pytest.approx(low) if low else low,
        high and pytest.approx(high),
        unit,
    )


def test_a_unit_alone_after_an_article_is_not_read() -> None:
    # "a mile away", "nearly a mile" are distances said loosely; "on foot" no measure at all.
    assert spans("They live a mile away and came on foot.") == []
    assert spans("The wreckage stretched for nearly a mile.") == []
    assert spans("Families living within a mile of the wreck left.") == []


# --- speeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found", "unit"),
    [
        ("The station orbits at 27,000 miles per hour.", "27,000 miles per hour", "mph"),
        ("The station orbits at 27,000 mph.", "27,000 mph", "mph"),
        ("Winds reached 60 miles an hour.", "60 miles an hour", "mph"),
        ("The train went 90 km/h.", "90 km/h", "kph"),
        ("Gusts hit 100 kilometres per hour.", "100 kilometres per hour", "kph"),
        ("The station has flown 27,000 miles.", "27,000 miles", "miles"),
    ],
)
def test_a_length_per_hour_is_a_speed(text: str, found: str, unit: str) -> None:
    span, q = one(text)
    assert (span, q.unit, q.low) == (found, unit, q.high)


def _three(*texts: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"text": text, "id": name, "published": "2026-03-04"}
            for name, text in zip("abc", texts, strict=True)
        ]
    )


def test_miles_per_hour_agree_with_mph_and_never_meet_miles() -> None:
    report = _three(
        "The capsule circled Earth at 27,000 miles per hour.",
        "The capsule circled Earth at 27,000 mph.",
        "The capsule circled Earth, travelling 27,000 miles.",
    )
    by_source = {
        frozenset(c.source_id for c in fact.claims): fact.verdict.kind for fact in report.facts
    }
    assert by_source[frozenset("ab")] == "agree"
    assert by_source[frozenset("c")] == "single"


# --- date ranges -----------------------------------------------------------------------------

MON_2026_12_07 = dt.date(2026, 12, 7)


def dates(
    text: str, reference: dt.date = MON_2026_12_07
) -> list[tuple[str, dt.date | None, dt.date | None]]:
    return [(text[s:e], d.start, d.end) for s, e, d in find_dates(text, reference=reference)]


@pytest.mark.parametrize(
    ("text", "found", "start", "end"),
    [
        (
            "Audits ran between January 1, 2019, and December 31, 2025, officials said.",
            "between January 1, 2019, and December 31, 2025",
            dt.date(2019, 1, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "The review covered Jan. 1, 2019, through Dec. 31, 2025.",
            "Jan. 1, 2019, through Dec. 31, 2025",
            dt.date(2019, 1, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "Sales rose between 2019 and 2025.",
            "between 2019 and 2025",
            dt.date(2019, 1, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "The fair runs from March 3 to March 9.",
            "from March 3 to March 9",
            dt.date(2027, 3, 3),
            dt.date(2027, 3, 9),
        ),
        (
            "The fair was held from March 3 to March 9.",
            "from March 3 to March 9",
            dt.date(2026, 3, 3),
            dt.date(2026, 3, 9),
        ),
        (
            "The market runs Monday through Wednesday.",
            "Monday through Wednesday",
            dt.date(2026, 12, 7),
            dt.date(2026, 12, 9),
        ),
    ],
)
def test_a_range_of_dates_is_one_period(
    text: str, found: str, start: dt.date, end: dt.date
) -> None:
    assert dates(text) == [(found, start, end)]


# --- a weekday ending a state still running ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lows in the teens through Wednesday.", 9),
        ("The road stays closed until Thursday.", 10),
        ("Schools are closed through Friday.", 11),
        ("Roads may remain shut through Friday.", 11),
        ("Forecasters expect snow through Friday.", 11),
        ("A winter storm warning is in effect until Thursday.", 10),
        # past accounts keep the weekday behind
        ("Police closed the road until Thursday.", 3),
        ("The suspect was held until Thursday.", 3),
        ("He remained in custody until Thursday.", 3),
        ("He paid the bill by Friday.", 4),
        ("The team could not find the boy until Thursday.", 3),
        ("He didn't report the attack until Wednesday, police said.", 2),
        ("Nineteen officers were slain in the state, through Monday.", 7),
    ],
)
def test_a_weekday_after_through_or_until_in_the_present_is_to_come(text: str, day: int) -> None:
    ((_, start, _),) = dates(text)
    assert start == dt.date(2026, 12, day)
