"""One account dating two happenings on one day: two facts (grp34). Stories are made up."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import two as _two


def _texts(fact, source_id):  # type: ignore[no-untyped-def]
    return sorted(c.text for c in fact.claims if c.source_id == source_id)


def test_a_break_and_a_closure_one_account_dates_on_one_day_are_two_facts():
    """ "a pipe burst early Monday" / "canceled classes ... on Monday": two happenings."""
    report = _two(
        "A 30-inch water pipe burst early Monday beneath Kessel Road in Dunmore. "
        "The Dunmore school board canceled classes at six schools on Monday.",
        "The Kessel Road pipe failed on June 15, city engineers said.",
    )
    burst = _fact_with(report, "a", "early Monday")
    assert _texts(burst, "a") == ["early Monday"]


def test_one_account_restating_its_own_happening_s_day_still_joins():
    """ "the pipe broke on Monday" / "the break on Monday": one happening told twice."""
    report = _two(
        "A water pipe broke on Monday beneath Kessel Road in Dunmore. "
        "The break on Monday flooded a dozen basements, residents said.",
        "The Kessel Road pipe failed on June 15, city engineers said.",
    )
    broke = _fact_with(report, "b", "June 15")
    assert _texts(broke, "a") == ["Monday", "Monday"]
