"""Tests for reconcile.extract.lexicon: the word lists and lemmas extraction reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconcile.extract import lexicon

if TYPE_CHECKING:
    import pytest

WORDS = ["Families", "families", "residents", "evacuated", "fled", "taxes", "Lansing", "police’s"]


def test_lemma_remembers_its_answers_and_forgets_them_when_full(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A remembered lemma is the one worked out, and the memory holds at most its bound."""
    monkeypatch.setattr(lexicon, "_LEMMAS", {})
    monkeypatch.setattr(lexicon, "_LEMMAS_KEPT", 3)
    for _ in range(2):
        for word in WORDS:
            assert lexicon.lemma(word) == lexicon._lemma(word)  # noqa: SLF001 - the rule
            assert len(lexicon._LEMMAS) <= 3  # noqa: SLF001 - the memory
