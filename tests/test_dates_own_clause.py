"""Relative dates read by the clause they stand in (branch date35); examples made up."""

from __future__ import annotations

import datetime as dt

import pytest

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
        "Marlow Foods will appeal the ruling handed down Wednesday.",
        "He will be sentenced in May after a jury convicted him Wednesday.",
        "Crews will continue work that started Wednesday.",
        "Police will release the name of the driver who died Wednesday.",
        "Residents will have to boil water after a main broke on Wednesday.",
        "The scheduled vote took place Wednesday.",
        "The planned strike at the Dunmore yard began Wednesday.",
        "The Teller Co. expects the plant to open next year after a deal signed Wednesday.",
        "A later statement on Wednesday confirmed the count.",
        "The next hearing was set on Wednesday.",
        "Crews hope to reopen the road that flooded Wednesday.",
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
        "She is scheduled to have the cast removed in surgery Wednesday.",
        "The firm will interview injured workers Wednesday.",
        "Crews expect to finish by Wednesday.",
    ],
)
def test_a_participle_or_an_adjective_keeps_the_future(text):
    """Participles after an auxiliary ("will be released"), adjectives before a noun ("a
    closed meeting"), causatives and names are no past of their own."""
    assert starts(text)["Wednesday"] == NEXT_WED
