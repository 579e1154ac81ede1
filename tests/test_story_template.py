"""Corpus mode: two events told in one wire's template stay two stories (story.py).

A wire writes each explosion, fire or crash in the same sentences, changing only the
company, the town, the official and the day. Those words alone must not join two events;
accounts of one event in different words, naming the same company, town or day, must.
All names, places and figures here are made up.
"""

from __future__ import annotations

import reconcile
from reconcile.story import Signature, cluster

TEMPLATE = (
    "{TOWN}, Vermont, October {D}, 2031 (Granite Wire) - A boiler exploded at the {FIRM} paper"
    " mill in {TOWN} on {DAY} afternoon, leaving {K} employees dead and {H} more in hospital,"
    " a spokesman for the firm said.\n\nPolice sealed off the streets around the site while"
    " {N} homes nearby lost power, {TOWN} Fire Marshal {CHIEF} said. Crews spent {T} hours"
    " putting out the flames."
)
FIRST = TEMPLATE.format(
    TOWN="Quillby", D=20, K="two", H=6, FIRM="Ostrander Resins", DAY="Sunday",
    N=600, CHIEF="Mirela Vantongeren", T=5,
)  # fmt: skip
SECOND = TEMPLATE.format(
    TOWN="Harrowgate", D=14, K="four", H=11, FIRM="Pellham Fibre", DAY="Monday",
    N=1500, CHIEF="Osric Delacourt", T=9,
)  # fmt: skip
# The second event again, by a local paper in its own words.
SECOND_LOCAL = (
    "Harrowgate Ledger\nOctober 15, 2031\n\nFour die at Pellham Fibre\n\n"
    "Grief settled over Harrowgate as Pellham Fibre confirmed that four of its people died in"
    " Monday's boiler blast at the Tanner Lane works. Fire Marshal Osric Delacourt said"
    " inspectors would return at dawn."
)


def test_two_events_in_one_template_are_two_stories() -> None:
    found = reconcile.stories(
        [
            {"id": "first", "text": FIRST},
            {"id": "second", "text": SECOND},
            {"id": "second-local", "text": SECOND_LOCAL},
        ]
    )
    assert [s.sources for s in found] == [("first",), ("second", "second-local")]


def test_a_shared_state_does_not_tie_two_events() -> None:
    # Both name their state in the body too: a state holds many events, so it is no tie.
    first, second = (t.replace(" on ", ", Vermont, on ", 1) for t in (FIRST, SECOND))
    assert "Quillby, Vermont, on Sunday" in first
    found = reconcile.stories([{"id": "first", "text": first}, {"id": "second", "text": second}])
    assert [s.sources for s in found] == [("first",), ("second",)]


def test_one_event_in_different_words_still_joins() -> None:
    # Same firm, town and day, hardly a sentence in common with the wire's template.
    retold = (
        "Harrowgate Ledger\nOctober 16, 2031\n\nMill owner faces questions\n\n"
        "Inspectors combed the wreckage of the Pellham Fibre works in Harrowgate on Tuesday,"
        " a day after Monday's explosion there. Union leaders demanded answers about the"
        " ageing boilers."
    )
    found = reconcile.stories([{"id": "wire", "text": SECOND}, {"id": "local", "text": retold}])
    assert [s.sources for s in found] == [("local", "wire")]


def test_a_shared_name_or_day_keeps_the_pair_and_no_names_judge_nothing() -> None:
    words = [("blast", 3), ("mill", 2), ("evacuated", 1), ("overnight", 1), ("radius", 1)]
    a = Signature.of("a", None, [*words, ("@Quillby", 1), ("#2031-10-19", 1)])
    b = Signature.of("b", None, [*words, ("@Harrowgate", 1), ("#2031-10-13", 1)])
    same_day = Signature.of("c", None, [*words, ("@Harrowgate", 1), ("#2031-10-19", 1)])
    no_day = Signature.of("d", None, [*words, ("@Harrowgate", 1)])
    assert [s.sources for s in cluster([a, b])] == [("a",), ("b",)]
    assert [s.sources for s in cluster([a, same_day])] == [("a", "c")]
    assert [s.sources for s in cluster([a, no_day])] == [("a", "d")]
