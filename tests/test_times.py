"""Times of day in text: read as moments of an event, never from schedules or stamps.

The sentences are made up for these tests in the style of wire copy and police releases.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reconcile
from reconcile.extract import extract
from reconcile.extract.numbers import find_times
from reconcile.model import TIME_OF_DAY, Quantity


def _times(text: str) -> list[tuple[str, float | None, float | None]]:
    """Each time's words and the interval a judge compares (precision widens it)."""
    out = []
    for start, end, quantity in find_times(text):
        assert quantity.unit == TIME_OF_DAY
        half = (quantity.precision or 0) / 2 if (quantity.precision or 0) > 1 else 0
        low = None if quantity.low is None else quantity.low - half
        high = None if quantity.high is None else quantity.high + half
        out.append((text[start:end], low, high))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The roof fell in at 4:45 a.m. on Monday.", [("4:45 a.m.", 285, 285)]),
        ("The roof fell in at about 4:45 a.m.", [("about 4:45 a.m.", 270, 300)]),
        ("The roof fell in around 11 p.m.", [("around 11 p.m.", 1350, 1410)]),
        ("The roof fell in shortly before 5 a.m.", [("shortly before 5 a.m.", 270, 300)]),
        ("The roof fell in just after 2 p.m.", [("just after 2 p.m.", 840, 870)]),
        ("The roof fell in at 11 p.m.", [("11 p.m.", 1350, 1410)]),  # a whole hour, rounded
        ("The roof fell in at 6:15PM, a neighbour said.", [("6:15PM", 1095, 1095)]),
        # A dot for the colon (British print): the minutes stated, so no whole hour.
        ("The roof fell in at 6.15pm, a neighbour said.", [("6.15pm", 1095, 1095)]),
        ("The roof fell in at about 6.15 p.m.", [("about 6.15 p.m.", 1080, 1110)]),
        # A 24-hour clock: an hour with a leading zero or past noon, after "at" or "about".
        ("At 04:52 the intruders broke a side window.", [("04:52", 292, 292)]),
        ("Police arrived at about 21:40 on Monday.", [("about 21:40", 1285, 1315)]),
        ("Crews came shortly after 23:05.", [("shortly after 23:05", 1385, 1415)]),
        # "noon" and "midnight" as a whole hour; the number of "6.15 percent" is no time
        ("Shares rose 6.15 percent at noon.", [("noon", 690, 750)]),
        ("The roof fell in at midnight.", [("midnight", -30, 30)]),
        ("The roof fell in shortly after midnight.", [("shortly after midnight", 0, 30)]),
        ("The roof fell in at about 12 noon.", [("about 12 noon", 690, 750)]),
    ],
)
def test_a_time_of_day_is_a_moment_with_the_window_its_words_give(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call the hotline between 9 a.m. and 5 p.m. on weekdays.",
        "The office is staffed from 8 a.m. to 8 p.m.",
        "The clinic opens daily at 7 a.m.",
        "Mass is said every Sunday at 10 a.m.",
        "Next update: Thursday, 7:00 a.m.",
        "Posted Monday 4:15 p.m.",
        "Crews must finish before 5 a.m. each day.",
        "Roads stay shut until 6 a.m.",
        "The line is open 24/7.",
        "The score was 4:45 at the break.",
        "The score was 14:45 at the break.",  # no "at" before it: a 24-hour time is not sure
        "The bus left at 10:30 for the coast.",  # 10:30 on a 12-hour clock: morning or night
        "The ferry left before 06:00.",
        "Read the log at 04:52:22 and 2:15:07.",
        "As of 6 a.m. Thursday, 120 homes were without power.",
        "The town set a 9 p.m. curfew for the flooded blocks.",
        "The roof fell in at 6.15 on Monday.",  # a bare "6.15" may be a decimal
        "Shares rose 6.15 percent by the close.",
        "A midnight vigil drew 200 people.",  # "noon" and "midnight" after "at" or "about"
        "The vote is set for noon Friday.",
        "The curfew runs from midnight to 6 a.m.",
    ],
)
def test_schedules_bounds_and_stamps_are_no_moments(text: str) -> None:
    assert _times(text) == []


def _claim(text: str, words: str) -> reconcile.Claim:
    source = reconcile.Source.from_text(text, published="2026-03-02")
    return next(c for c in extract(source) if c.text == words)


def test_a_time_is_the_time_of_the_event_its_clause_dates() -> None:
    claim = _claim("The blast happened at about 4:45 a.m., the sheriff said.", "about 4:45 a.m.")
    assert isinstance(claim.value, Quantity)
    assert claim.attribute_tokens[0] == "~clock"
    assert "explosion" in claim.attribute_tokens
    called = _claim("Deputies were called around 11 p.m. to the house.", "around 11 p.m.")
    assert "call" in called.attribute_tokens


def test_the_time_a_thing_was_reported_is_not_its_time() -> None:
    claim = _claim("The fire was reported just after 7 p.m. on Elm Street.", "just after 7 p.m.")
    assert claim.attribute_tokens == ()


def test_three_wordings_of_one_time_agree_and_other_moments_stay_apart() -> None:
    report = reconcile.compare(
        [
            {
                "id": "a",
                "text": "The blast happened at about 4:45 a.m. at the mill.",
                "published": "2026-03-02",
            },
            {
                "id": "b",
                "text": "The blast happened shortly before 5 a.m. Crews arrived at 5:20 a.m.",
                "published": "2026-03-02",
            },
            {
                "id": "c",
                "text": "An explosion occurred at approximately 4:42 a.m. at the mill.",
                "published": "2026-03-02",
            },
        ]
    )
    times = [
        f
        for f in report.facts
        if isinstance(f.claims[0].value, Quantity) and f.claims[0].value.unit == TIME_OF_DAY
    ]
    blast = [f for f in times if len(f.claims) == 3]
    assert len(blast) == 1
    assert blast[0].verdict.kind == "agree"
    arrived = [f for f in times if any(c.text == "5:20 a.m." for c in f.claims)]
    assert [len(f.claims) for f in arrived] == [1]


def test_two_moments_of_one_night_do_not_conflict() -> None:
    report = reconcile.compare(
        [
            {
                "id": "a",
                "text": "The shooting happened at 10:40 p.m. on Main Street.",
                "published": "2026-03-02",
            },
            {
                "id": "b",
                "text": "Officers arrived at 11:05 p.m. and found the victim.",
                "published": "2026-03-02",
            },
        ]
    )
    assert [f for f in report.facts if f.verdict.kind == "conflict"] == []


def test_two_moments_of_one_night_with_near_times_stay_two_facts() -> None:
    """A party breaking up and an arrival, both about 3:30 a.m., are two moments."""
    report = reconcile.compare(
        [
            {
                "id": "a",
                "text": "The party was breaking up about 3:30 a.m., a guest said.",
                "published": "2026-03-02",
            },
            {
                "id": "b",
                "text": "Deputies arrived around 3:30 a.m. and found the victim.",
                "published": "2026-03-02",
            },
        ]
    )
    times = [f for f in report.facts if any("3:30" in c.text for c in f.claims)]
    assert [len(f.claims) for f in times] == [1, 1]


def test_the_marks_of_a_time_cover_every_time_read() -> None:
    """Sentences without a mark are never read for times, so every time needs one."""
    from reconcile.extract.numbers import time_marks

    text = (
        "It fell at 4:45 a.m. and at 6:15PM, then 7 pm. The team came at 9 AM. Crews left at"
        " 21:40. Damage was slight: 3:1. It ended at noon and at Midnight."
    )
    marks = time_marks(text)
    found = find_times(text)
    assert len(found) == 7  # "and at 6:15PM" too: after "at", "and" ends no span
    for start, end, _ in found:
        assert any(start <= k < end for k in marks)
    assert not any(text.index("Damage") <= k < text.index("It ended") for k in marks)


def test_a_time_of_day_is_shown_as_its_source_said_it():
    """ "shortly before 9 p.m." is compared as about 8:45 p.m., but the report shows the words
    the source printed, never a figure it did not print ("about 20:45"); an exact time is
    shown as its value."""
    report = reconcile.compare(
        [
            {"text": "The fire broke out shortly before 9 p.m. in a warehouse.", "id": "a"},
            {"text": "The fire broke out at about 8:45 p.m. in a warehouse.", "id": "b"},
            {"text": "The fire broke out at 8:50 p.m. in a warehouse.", "id": "c"},
        ]
    )
    (fact,) = [f for f in report.facts if any(c.source_id == "a" for c in f.claims)]
    said = {c.source_id: c.describe() for c in fact.claims}
    assert said == {"a": "shortly before 9 p.m.", "b": "about 8:45 p.m.", "c": "20:50"}
    assert "shortly before 9 p.m." in fact.describe()
    assert "20:45" not in report.to_text()


def test_many_times_in_one_sentence_are_each_read_with_their_own_clause() -> None:
    """The words before a time are kept as the text is read, not re-read for every time
    (a sentence of thousands of times took minutes): a schedule word counts only in its own
    clause, a page's stamp for every later time of the sentence."""
    text = (
        "Crews came at 4 pm and left " * 3
        + "; open daily 9 am, and 10 am. Open daily, crews came at 6 pm, then Updated 7 pm and at 8 pm"
    )
    assert [text[s:e] for s, e, _ in find_times(text)] == ["4 pm"] * 3 + ["6 pm"]
    many = "Crews came at 4 pm " * 2000
    found = find_times(many)
    assert len(found) == 2000
    assert all(many[s:e] == "4 pm" for s, e, _ in found)


_TIMEY = st.lists(
    st.sampled_from(
        [
            *"0123456789 :.,;-apmAMP\n",
            *["about ", "shortly before ", "Updated ", "daily ", "to ", "\u200b", "\u00df"],
            *["\u212a", "4:45 a.m.", "11 p.m.", "25:99", "12:60 p.m.", "at ", "04:52", "21:4"],
        ]
    ),
    max_size=40,
).map("".join)


@given(st.text() | _TIMEY, st.data())
def test_find_times_never_raises_and_keeps_its_spans_in_the_text(
    text: str, data: st.DataObject
) -> None:
    """On any text and any part of it, find_times returns times inside that part."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for s, e, quantity in find_times(text, start, end):
        assert start <= s < e <= end
        assert quantity.low is not None
        assert 0 <= quantity.low < 24 * 60


def test_a_second_time_after_and_at_is_a_moment_not_a_span_end() -> None:
    """ "at 4 a.m. and at 6 a.m.": two moments; "between 4 a.m. and 6 a.m." is a span."""
    assert [t[0] for t in _times("Shots rang out at 4:10 a.m. and at 6:20 a.m.")] == [
        "4:10 a.m.",
        "6:20 a.m.",
    ]
    assert _times("Shots rang out between 4:10 a.m. and 6:20 a.m.") == []


@pytest.mark.parametrize(
    ("text", "words", "minutes", "zone"),
    [
        ("The storm hit at 3 p.m. EST on Monday.", "3 p.m. EST", 900, "EST"),
        ("The storm hit at noon Pacific time on Monday.", "noon Pacific time", 720, "PT"),
        ("The quake struck at 15:00 GMT on Monday.", "15:00 GMT", 900, "GMT"),
        ("The quake struck at 9 a.m. local time.", "9 a.m. local time", 540, "local"),
        (
            "The blast came at 4:42 a.m. Central Daylight Time.",
            "4:42 a.m. Central Daylight Time",
            282,
            "CDT",
        ),
        (
            "The quake struck at 3:14 a.m. (local time) Monday.",
            "3:14 a.m. (local time)",
            194,
            "local",
        ),
        ("Roads shut at 9 p.m. Eastern, officials said.", "9 p.m. Eastern", 1260, "ET"),
        # not a zone: a name after the time, an unclosed bracket
        ("They met at 3 p.m. Pacific Coast Highway.", "3 p.m.", 900, None),
        ("They met at 3 p.m. (local", "3 p.m.", 900, None),
    ],
)
def test_a_zone_after_a_time_is_read_into_its_value_as_printed(
    text: str, words: str, minutes: int, zone: str | None
) -> None:
    ((start, end, quantity),) = find_times(text)
    assert (text[start:end], quantity.low, quantity.zone) == (words, minutes, zone)


def test_a_zoned_time_prints_its_zone_and_keeps_it_through_json() -> None:
    quantity = Quantity.exact(1182, unit=TIME_OF_DAY, zone="MDT")
    assert quantity.describe() == "19:42 MDT"
    assert Quantity.from_dict(quantity.to_dict()) == quantity
    assert "zone" not in Quantity.exact(1182, unit=TIME_OF_DAY).to_dict()


def test_a_zoned_time_and_the_same_clock_without_a_zone_agree() -> None:
    """ "at 7:42 p.m. MDT" and "at 7:42 p.m." in a local account: one time, said as printed."""
    report = reconcile.compare(
        [
            {"text": "The rocket lifted off at 7:42 p.m. MDT from the pad.", "id": "a"},
            {"text": "The rocket lifted off at 7:42 p.m. from the pad.", "id": "b"},
        ]
    )
    (fact,) = [f for f in report.facts if f.claims[0].value.unit == TIME_OF_DAY]
    assert fact.verdict.kind == "agree"
