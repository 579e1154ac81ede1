"""Counts of casualties told in wordings the extractor did not read (branch gvc31).

Every sentence here is made up, in the style of local news.
"""

from __future__ import annotations

import pytest

from reconcile import Source
from reconcile.extract import extract


def counts(text: str) -> list[tuple[str, float | None, tuple[str, ...]]]:
    """The count claims of ``text``: (words, count, event tokens)."""
    source = Source.from_text(text, published="2024-05-06")
    return [
        (c.text, c.value.low, tuple(t for t in c.attribute_tokens if t.startswith("e:")))
        for c in extract(source)
        if getattr(c.value, "kind", None) == "count"
    ]


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("Three hikers lost their lives on the ridge last winter.", "Three hikers", 3),
        ("The blaze claimed the lives of four tenants on Tuesday.", "four tenants", 4),
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
        "The lives of four neighbours changed that night.",
        "Two families lost their homes in the flood.",
    ],
)
def test_other_losses_and_lives_are_no_deaths(text):
    """Jobs and homes lost, and "the lives of" with no verb of taking, are no deaths."""
    assert all("e:killed" not in events for _, _, events in counts(text))
