"""Casualty counts local news states indirectly (branch val30), on made-up sentences."""

from __future__ import annotations

import pytest

import reconcile
from reconcile.extract._numwords import ORDINALS
from reconcile.extract.numbers import find_ordinals, find_tallies
from reconcile.model import DateRange, Quantity


def counts(text: str, event: str) -> list[tuple[str, float | None]]:
    """The count claims of ``text`` whose tokens hold ``event``: (quote, number)."""
    source = reconcile.read({"text": text, "id": "s", "published": "2024-05-04"})[0]
    return [
        (c.text, c.value.low)
        for c in reconcile.extract(source)
        if isinstance(c.value, Quantity) and event in c.attribute_tokens
    ]


# --- the wounded as those shot less those who died ---------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "wounded"),
    [
        (
            "Three men were shot, one fatally, outside a diner in Corbel Falls.",
            "Three men were shot, one",
            2,
        ),
        (
            "Deputies said six people were shot and two were killed near the fairground.",
            "six people were shot and two",
            4,
        ),
        ("Four of the seven people shot died at the scene.", "Four of the seven people", 3),
        (
            "Five teenagers were shot, none fatally, at a park in Ossing.",
            "Five teenagers were shot, none",
            5,
        ),
        (
            "Two women were shot on Larch Street; one died at the hospital.",
            "Two women were shot on Larch Street; one",
            1,
        ),
        (
            "Four people, including a toddler, were shot Friday and the toddler died.",
            "Four people, including a toddler, were shot Friday and the toddler",
            3,
        ),
    ],
)
def test_wounded_are_the_shot_less_the_dead(text: str, quote: str, wounded: int) -> None:
    assert (quote, wounded) in counts(text, "e:injured")


@pytest.mark.parametrize(
    "text",
    [
        # The sentence counts its wounded itself.
        "Four people were shot; one died and three were wounded.",
        # The dead are not fewer than those shot.
        "Two men were shot and two were killed in Brasswick.",
        # No count of the dead.
        "Three men were shot and two were arrested.",
        # Shots, not people.
        "Twelve shots were fired and one man was killed.",
        # A bare number with the verb is some other number too often.
        "Girls under 12 have been shot in Ossing since May, two fatally.",
        # The dead come first and are not picked from those shot.
        "One man was killed Sunday, and three people were shot on Monday.",
    ],
)
def test_no_wounded_without_a_set_and_its_dead(text: str) -> None:
    assert not [c for c in counts(text, "e:injured") if "shot" in c[0]]


# --- a death toll said by an ordinal ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "dead"),
    [
        ("A second hiker has died after the rockfall near Pell Ridge.", "A second hiker", 2),
        ("Officials said a third worker has now died.", "a third worker", 3),
        (
            "A fourth passenger, pulled from the river on Sunday, has died.",
            "A fourth passenger",
            4,
        ),
    ],
)
def test_a_toll_said_by_an_ordinal(text: str, quote: str, dead: int) -> None:
    assert counts(text, "e:killed") == [(quote, dead)]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "the second victim" may be the second one described, whoever else died.
        ("The second victim died at the hospital.", "The second victim"),
        # The ordinal counts the wounded too.
        ("One man was wounded and a second man has died.", "a second man"),
        # Past, not perfect: one clerk after another, each told apart.
        ("A second clerk died Tuesday at a hospital.", "A second clerk"),
    ],
)
def test_no_toll_from_a_definite_or_mixed_ordinal(text: str, quote: str) -> None:
    assert (quote, 1) in counts(text, "e:killed")


# --- the subject of an active verb with a partitive object is the agent --------------------


def test_a_player_who_hit_part_of_her_shots_was_not_shot() -> None:
    text = "She hit seven of her first nine shots and finished with 21 points."
    assert counts(text, "e:shot") == []
    assert counts("He hit two of his three tries from the line.", "e:shot") == []


def test_the_victims_picked_from_a_set_still_count() -> None:
    assert ("three", 3) in counts("The gunman shot three of the guards at the gate.", "e:shot")


# --- a season's record in parentheses after a team, or after "finished the season" ---------


@pytest.mark.parametrize(
    ("text", "wins", "losses"),
    [
        ("The Kestrels (14-2) host Barrow Bay on Friday.", "14", "2"),
        ("Coach Ana Petrie's Kestrels (14-2, 6-0 league) won again.", "14", "2"),
        ("Dunmore finished the season 14-2 and won its last nine games.", "14", "2"),
        ("Dunmore finished the regular season 14-2.", "14", "2"),
    ],
)
def test_a_record_in_parentheses_or_after_the_season(text: str, wins: str, losses: str) -> None:
    found = [(text[s:e], q.unit) for s, e, q in find_tallies(text)]
    assert found[:2] == [(wins, "wins"), (losses, "losses")]


@pytest.mark.parametrize(
    "text", ["Children of all ages (5-12) are welcome.", "The meeting (10-11 a.m.) is open."]
)
def test_no_record_in_other_parentheses(text: str) -> None:
    assert find_tallies(text) == []


def test_them_after_a_record_is_not_its_losses() -> None:
    text = (
        "The Kestrels (14-2) won the final on Saturday. "
        "Barrow Bay made eight 3-pointers, five of them by Ilse Mandt in the second half."
    )
    source = reconcile.read({"text": text, "id": "s", "published": "2024-05-04"})[0]
    five = [c for c in reconcile.extract(source) if c.text == "five"]
    assert five
    assert all(not isinstance(c.value, Quantity) or c.value.unit != "losses" for c in five)


# --- an ordinal standing for the noun of its subject: "the title is its third" --------------


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("Dunmore's pennant is its third, after wins in 1998 and 2011.", "third", "pennant"),
        ("The outage was the utility's fourth this year.", "fourth", "outage"),
        ("The spill is the refinery's second in five years.", "second", "spill"),
    ],
)
def test_an_ordinal_without_its_noun(text: str, quote: str, unit: str) -> None:
    found = [(text[s:e], q.low, q.unit) for s, e, q in find_ordinals(text)]
    assert found == [(quote, float(ORDINALS[quote]), unit)]


@pytest.mark.parametrize(
    "text", ["It was its third.", "The company's third was a success.", "He was the first to go."]
)
def test_no_ordinal_without_a_noun_to_take(text: str) -> None:
    assert find_ordinals(text) == []


# --- a quoted "tonight" read from the day it was said --------------------------------------


def days(text: str, published: str) -> dict[str, str | None]:
    source = reconcile.read({"text": text, "id": "s", "published": published})[0]
    return {
        c.text: (None if c.value.start is None else c.value.start.isoformat())
        for c in reconcile.extract(source)
        if isinstance(c.value, DateRange)
    }


@pytest.mark.parametrize(
    ("text", "quote", "day"),
    [
        ('The mayor said on Friday evening: "We will vote tonight."', "tonight", "2024-05-03"),
        ('"We caught a break last night," the chief said Thursday.', "last night", "2024-05-01"),
        ('"This morning we found the boat," Ilse Mandt said Friday.', "This morning", "2024-05-03"),
    ],
)
def test_a_quoted_day_is_the_speaker_s(text: str, quote: str, day: str) -> None:
    assert days(text, "2024-05-04")[quote] == day  # a Saturday paper


@pytest.mark.parametrize(
    "text",
    [
        # No day of saying: the paper's day.
        '"We will vote tonight," the mayor said.',
        # Not quoted: the reporter's own "tonight".
        "The mayor said Friday that the council will vote tonight.",
    ],
)
def test_a_day_not_quoted_or_not_dated_stays(text: str) -> None:
    assert days(text, "2024-05-04")["tonight"] == "2024-05-04"


# --- the total of a coordination of counted people -----------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "total", "event"),
    [
        (
            "Three girls and one boy were wounded at the pool.",
            "Three girls and one boy",
            4,
            "e:injured",
        ),
        (
            "Medics said four adults and one child were hurt.",
            "four adults and one child",
            5,
            "e:injured",
        ),
        (
            "The blast killed two miners and one worker.",
            "two miners and one worker",
            3,
            "e:killed",
        ),
    ],
)
def test_the_total_of_counted_people(text: str, quote: str, total: int, event: str) -> None:
    found = counts(text, event)
    assert (quote, total) in found
    assert len(found) == 3  # the parts stay


@pytest.mark.parametrize(
    "text",
    [
        # The head of the list is not read as hurt: no total of its tail.
        "Two firefighters, three residents and one officer were treated for smoke inhalation.",
        # Two events, no sum.
        "One cook was killed and two waiters were wounded.",
    ],
)
def test_no_total_of_a_partial_or_mixed_list(text: str) -> None:
    assert not [q for q, _ in counts(text, "e:injured") + counts(text, "e:killed") if " and " in q]


# --- those counted first and "N others" after them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "total", "event"),
    [
        (
            "One hiker was hospitalized and two others were hurt on the trail.",
            3,
            "e:injured",
        ),
        ("One miner died underground and two others died later at Pell General.", 3, "e:killed"),
        ("Two hikers were hurt; three others were treated for exposure.", 5, "e:injured"),
    ],
)
def test_the_first_and_the_others(text: str, total: int, event: str) -> None:
    assert [
        n for q, n in counts(text, event) if "others" in q and " " in q.split("others")[0].strip()
    ] == [total]


@pytest.mark.parametrize(
    "text",
    [
        "A cook was killed and five others were hurt.",  # two events
        "The driver hurt four others before he fled.",  # the driver is the agent
        "A cyclist was hit by three other riders.",  # agents after "by"
    ],
)
def test_no_sum_with_others_of_another_event_or_an_agent(text: str) -> None:
    found = counts(text, "e:injured") + counts(text, "e:killed") + counts(text, "e:shot")
    assert not [q for q, _ in found if "other" in q and len(q.split()) > 3]
