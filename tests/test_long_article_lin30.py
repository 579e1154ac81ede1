"""One long article against a short one: grouping does work near-linear in the claims.

Made-up texts: a harbour log of many paragraphs, each with its own count of boats towed
and its own day, against a short note. Never timing: the tests count the calls a step
makes, which grew with the square of the paragraphs before branch lin30.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

import reconcile
from reconcile import group
from reconcile.model import Claim, Quantity

if TYPE_CHECKING:
    import pytest


def _log(paragraphs: int, seed: int = 3) -> str:
    rng = random.Random(seed)  # noqa: S311 - made-up figures
    body = [
        f"Wardens towed {int(2 * 1.07 ** rng.randint(0, 140))} boats from pier {i} "
        f"on Tuesday, the port office said."
        for i in range(paragraphs)
    ]
    return "Quayside Bulletin\nApril 8, 2025\n\nHarbour log\n\n" + "\n\n".join(body)


_NOTE = (
    "Quayside Bulletin\nApril 8, 2025\n\n"
    "Wardens towed 14 boats from pier 5 on Tuesday, the port office said."
)


def _count_calls(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return calls


def test_same_attribute_claims_of_one_source_are_not_each_tried_against_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 400 counts of one attribute in one source, spread over many magnitudes: each may
    # join only a cluster whose figures of that source are alike its own, so only the
    # clusters near its figure are tried (a scan of all of them made ~40,000 tries).
    cluster = group._Cluster  # noqa: SLF001 - the step counted
    calls = _count_calls(monkeypatch, cluster, "may_join")
    report = reconcile.compare([{"text": _log(400), "id": "log"}, {"text": _NOTE, "id": "note"}])
    assert len(report.facts) > 50
    assert calls[0] < 20 * 400


def test_the_index_picks_the_cluster_a_full_scan_picks() -> None:
    # Made-up figures around one another, zero and a vague one: the index gives a superset
    # of the clusters that may be joined, in order, and the same groups as before.
    index = group._OneSourceIndex([0, 1])  # noqa: SLF001
    index.add(2, Quantity.exact(100))
    index.add(3, Quantity.exact(109))
    index.add(4, Quantity.exact(5000))
    index.add(5, Quantity.exact(0))
    index.add(2, Quantity.exact(95))  # a second value keeps the first as the anchor
    assert index.candidates(Quantity.exact(104)) == [0, 1, 2, 3, 5]
    assert index.candidates(Quantity.exact(4800)) == [0, 1, 4, 5]
    assert index.candidates(Quantity(low=None, high=None, vague="dozens")) is None
    assert index.candidates(Quantity.exact(0)) is None


def test_groups_of_a_long_log_are_those_of_a_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _log(120, seed=11)
    sources = [{"text": text, "id": "log"}, {"text": _NOTE, "id": "note"}]
    fast = reconcile.compare(sources).to_json()
    monkeypatch.setattr(group._OneSourceIndex, "candidates", lambda *_: None)  # noqa: SLF001
    assert reconcile.compare(sources).to_json() == fast


def test_claims_beside_a_shared_fact_do_not_each_walk_its_members(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every paragraph of the log dates its towing "on Tuesday", a fact the note shares; each
    # count beside it looked through all the fact's members for the note's (~n² reads).
    reads = [0]
    original = Claim.source_id

    def counted(self: Claim) -> str:
        reads[0] += 1
        return original.fget(self)  # type: ignore[no-any-return, attr-defined]

    monkeypatch.setattr(Claim, "source_id", property(counted))
    paragraphs = 300
    reconcile.compare([{"text": _log(paragraphs), "id": "log"}, {"text": _NOTE, "id": "note"}])
    assert reads[0] < 200 * paragraphs


def _days_log(paragraphs: int) -> str:
    rng = random.Random(5)  # noqa: S311 - made-up figures
    months = ["May", "June", "July", "August", "September", "October"]
    body = [
        f"Winds of {int(30 * 1.05 ** rng.randint(0, 200))} km/h swept the Tarn gauge on "
        f"{rng.choice(months)} {rng.randint(1, 28)}, {rng.randint(2015, 2024)}, and "
        f"{int(90 * 1.05 ** rng.randint(0, 200))} homes lost power."
        for _ in range(paragraphs)
    ]
    return "Quayside Bulletin\nApril 8, 2025\n\nStorm log\n\n" + "\n\n".join(body)


def test_a_block_of_hundreds_of_attributes_is_not_scored_pair_by_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hundreds of days, each told once with no word of what happened on it: one block of
    # hundreds of distinct attributes, whose pairs (~n²/2) are no longer each scored.
    calls = _count_calls(monkeypatch, group, "_level")
    paragraphs = 600
    report = reconcile.compare([{"text": _days_log(paragraphs), "id": "log"}])
    assert len(report.facts) > 200
    assert calls[0] < 50 * paragraphs


def test_dates_are_looked_for_among_the_dates_that_may_overlap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Hundreds of days the winds swept the gauge, each its own: a day joins only a cluster
    # whose day overlaps it, so only those near it are tried.
    calls = _count_calls(monkeypatch, group._Cluster, "may_join")  # noqa: SLF001
    paragraphs = 600
    reconcile.compare([{"text": _days_log(paragraphs), "id": "log"}])
    assert calls[0] < 20 * paragraphs
    d = reconcile.DateRange(dt.date(2024, 5, 2), dt.date(2024, 5, 2))
    index = group._OneSourceIndex([])  # noqa: SLF001
    index.add(0, reconcile.DateRange(dt.date(2024, 4, 1), dt.date(2024, 4, 30)))
    index.add(1, reconcile.DateRange(dt.date(2024, 4, 30), dt.date(2024, 5, 30)))
    index.add(2, reconcile.DateRange(dt.date(2023, 5, 2), dt.date(2023, 5, 2)))
    index.add(3, reconcile.DateRange(dt.date(2020, 1, 1), dt.date(2024, 12, 31)))
    found = index.candidates(d)
    assert found is not None
    assert 1 in found
    assert 3 in found
    assert 2 not in found


def test_a_figure_one_source_repeats_is_checked_once_for_a_lone_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 400 paragraphs of one source repeating one sum make one fact of 400 claims; whether
    # its values are all alike (a lone value, for the dissent joins) is one check of its one
    # distinct value, not 400 x 400 pairs (160,000 calls before, per lone-value pass)
    text = "Quayside Bulletin\nApril 8, 2025\n\nHarbour log\n\n" + "\n\n".join(
        f"Berth {i} was repaired for $40,000, the port office said." for i in range(400)
    )
    calls = _count_calls(monkeypatch, group, "alike")
    reconcile.compare([{"text": text, "id": "log"}, {"text": _NOTE, "id": "note"}])
    assert calls[0] < 40 * 400
