"""Corpus mode: an outlet's masthead, name or a byline is no evidence two articles tell of one
event (branch ux31b). Every name, place and figure here is made up."""

from __future__ import annotations

from typing import TYPE_CHECKING

import reconcile
from reconcile.story import signature

if TYPE_CHECKING:
    from pathlib import Path

_MASTHEAD = "Brenmoor Evening Ledger"

_PILE = {
    "a_wire": (
        "Hauliers block ring road over diesel tax",
        (
            "Hundreds of hauliers blocked the ring road around Tarsey on Tuesday in protest at a"
            " new diesel tax, police said. Police said 22 people were detained after drivers parked"
            " lorries across four junctions. Organisers from the Road Freight Alliance said 3,000"
            " people took part; police put the figure at 1,200."
        ),
    ),
    "b_local": (
        "Diesel tax protest shuts Tarsey ring road",
        (
            "Lorry drivers angry at the diesel tax shut the Tarsey ring road for six hours on"
            " Tuesday. Police detained 22 people, and organisers from the Road Freight Alliance"
            " claimed 3,000 drivers joined the blockade. The transport ministry said the tax would"
            " stay."
        ),
    ),
    "nurses": (
        "Nurses march through Tarsey over pay",
        (
            "Nurses marched through central Tarsey on Friday to demand a pay rise, police said."
            " Police said 4 people were detained during the march. Organisers from the Nursing"
            " Union said 5,000 people took part."
        ),
    ),
}
_DAYS = {"a_wire": "2027-02-03", "b_local": "2027-02-04", "nurses": "2027-02-20"}


def _pile(folder: Path, masthead: str) -> Path:
    for name, (headline, body) in _PILE.items():
        text = f"{headline}\n\n{masthead}\nPublished {_DAYS[name]}\n\n{body}\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_masthead_line_does_not_join_two_events_of_one_outlet(tmp_path: Path):
    """A march weeks later in the same city, printed under the same masthead line, is its
    own story: the masthead was read as a name shared by both and joined them."""
    found = reconcile.stories(_pile(tmp_path, _MASTHEAD))
    assert sorted(s.sources for s in found) == [("a_wire", "b_local"), ("nurses",)]
    for story in found:
        assert all(_MASTHEAD not in line for line in story.why())


def test_a_byline_or_masthead_line_inside_the_body_is_no_feature():
    """Lines read as body (no layout found) that hold one name and nothing but "By"."""
    text = (
        "By Ada Morrow\nBrenmoor Evening Ledger\n"
        "Nurses marched through Tarsey on Friday, Ada Morrow wrote.\n"
    )
    source = reconcile.Source(id="n", text=text, zones=[reconcile.Zone("body", 0, len(text))])
    terms = signature(source).terms
    assert "@" + _MASTHEAD not in terms
    assert "ledger" not in terms
    assert "nurses" in terms
    assert "@Ada Morrow" in terms  # named in a sentence too: that one counts


def test_the_outlets_own_name_in_the_body_is_no_feature():
    source = reconcile.Source.from_text(
        "Nurses marched through Tarsey on Friday, the Brenmoor Evening Ledger reported.",
        id="n",
        outlet=_MASTHEAD,
    )
    assert "@" + _MASTHEAD not in signature(source).terms
    other = reconcile.Source.from_text(
        "Nurses marched through Tarsey on Friday, the Brenmoor Evening Ledger reported.", id="m"
    )
    assert "@" + _MASTHEAD in signature(other).terms  # a name in another outlet's text counts
