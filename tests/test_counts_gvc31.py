"""Counts of casualties told in wordings the extractor did not read (branch gvc31).

Every sentence here is made up, in the style of local news.
"""

from __future__ import annotations

import pytest

from reconcile import Source
from reconcile.extract import extract


def counts(text: str) -> list[tuple[str, float | None, tuple[str, ...]]]:
    """The count and bare number claims of ``text``: (words, count, event tokens)."""
    source = Source.from_text(text, published="2024-05-06")
    return [
        (c.text, c.value.low, tuple(t for t in c.attribute_tokens if t.startswith("e:")))
        for c in extract(source)
        if getattr(c.value, "kind", None) in ("count", "number")
    ]


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("Three hikers lost their lives on the ridge last winter.", "Three hikers", 3),
        ("The blaze claimed the lives of six tenants on Tuesday.", "six tenants", 6),
        ("A crash that took the life of one cyclist closed the road.", "one cyclist", 1),
        ("The storm claimed two lives in the valley.", "two lives", 2),
        ("Five lives were lost when the boat sank.", "Five lives", 5),
    ],
)
def test_lives_lost_or_taken_are_deaths(text, words, count):
    """ "lost their lives", "claimed the lives of", "claimed two lives": deaths, though
    neither "lost" nor "claimed" names a death by itself."""
    assert (words, count, ("e:killed",)) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three workers lost their jobs when the plant closed.",
        "The lives of six neighbours changed that night.",
        "Two families lost their homes in the flood.",
    ],
)
def test_other_losses_and_lives_are_no_deaths(text):
    """Jobs and homes lost, and "the lives of" with no verb of taking, are no deaths."""
    assert all("e:killed" not in events for _, _, events in counts(text))


@pytest.mark.parametrize(
    ("text", "whole", "part", "event"),
    [
        ("Two of the six passengers died in the crash.", "six passengers", "Two", "e:killed"),
        ("Police said one of the two guards was dead.", "two guards", "one", "e:killed"),
        ("None of the three climbers was hurt.", "three climbers", "None", "e:injured"),
    ],
)
def test_the_verb_after_a_partitive_is_the_part_s(text, whole, part, event):
    """ "two of the six passengers died": the two died; the six are those of whom they are,
    and carry no event (they were read as six deaths)."""
    found = {words: events for words, _, events in counts(text)}
    assert found[part] == (event,)
    assert found[whole] == ()


@pytest.mark.parametrize(
    ("text", "whole", "event"),
    [
        ("Three of the eight riders shot were released.", "eight riders", "e:shot"),
        ("Two of the seven men who were injured went home.", "seven men", "e:injured"),
        ("All of the four riders were hurt.", "four riders", "e:injured"),
        ("Four of the seven patients who died were women.", "seven patients", "e:killed"),
    ],
)
def test_the_whole_of_a_partitive_keeps_its_own_event(text, whole, event):
    """What befell the whole is told in its own phrase ("the eight riders shot"); and what
    befalls all of them befalls the whole."""
    found = {words: events for words, _, events in counts(text)}
    assert found[whole] == (event,)


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("One of the hikers died of the cold.", "One", "e:killed"),
        ("Officers said one of them was arrested at the scene.", "one", "e:arrested"),
        ("One of the three crew members was injured.", "One", "e:injured"),
    ],
)
def test_one_of_them_with_an_event_counts_one(text, words, event):
    """ "one of the hikers died" tells one death, as "two of the hikers died" tells two."""
    assert (words, 1.0, (event,)) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "It is one of the oldest mills in the valley.",
        "One of the houses on the street was empty.",
        "Friends named one of the climbers who died as Ann Lee.",
    ],
)
def test_one_of_them_without_its_own_event_counts_nothing(text):
    """No event, or the event of the whole ("the climbers who died"): no count of one."""
    assert not [w for w, n, _ in counts(text) if n == 1.0 and w.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("Two were pronounced dead at the crash site.", "Two", 2),
        ("The three were found dead inside a cabin.", "three", 3),
        ("One of the three was pronounced dead on the way.", "One", 1),
    ],
)
def test_a_bare_number_pronounced_dead_is_a_count_of_deaths(text, words, count):
    """ "Two were pronounced dead": a number with no noun under a verb that names no event
    ("pronounced") and a state that does ("dead") counts deaths (it had no event)."""
    assert (words, count, ("e:killed",)) in counts(text)


def test_a_bare_number_found_otherwise_is_no_death() -> None:
    """ "found alive", "found 2 in the house": no death."""
    for text in ("Two were found alive in a cabin.", "Rangers found 2 in the cabin."):
        assert all("e:killed" not in events for _, _, events in counts(text))
