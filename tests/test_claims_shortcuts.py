"""The claim reader's shortcuts: each gives what the reader gives without it.

Kept apart from ``test_claims.py``, whose cases say what a claim must carry: these
say only that a step the reader leaves out would have changed nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from unittest import mock

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.extract import claims

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reconcile.model import Claim, EntityRef, Span, Value, ZoneKind

# Words of attribution in every case, inside longer words and tokens ("unsaid",
# "said's", "U.Ssaid"), and the characters whose lowercase is or touches an ASCII letter
# (the Kelvin sign, the long s, the dotted capital I).
_PIECES = [
    "said", "Said", "SAID", "sAiD", "says", "told", "according", "ACCORDING", "added",
    "unsaid", "saidx", "said's", "said\u2019s", "U.S", "U.S.", "x'a.", "a.", "3", "3.5",
    "\u212a", "\u017f", "\u0130", "\u03a3", "'", "\u2019", ".", ",", "-", " ", "s", "a", "i",
    "d", "K", "tell", "note", "notes", "reported", "add", "to",
]  # fmt: skip


@settings(deadline=None)  # timings are not what these test
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@example("U.Ssaid")
@example("x'a.said")
@example("said\u212a")
def test_the_attribution_precheck_finds_every_word_of_attribution(text: str) -> None:
    """A sentence holding a token the reader attributes by ("said", "according") is
    found by the lowercase search that lets the reader skip sentences without one."""
    tokens = claims.tokenize(text)
    if any(t.low in claims._ATTRIBUTING for t in tokens):  # noqa: SLF001 - the rule itself
        assert claims._MAY_ATTRIBUTE.search(text.lower()) is not None  # noqa: SLF001


def test_the_words_of_attribution_are_lowercase_ascii_letters() -> None:
    """The precheck's proof holds for words of ASCII letters only, found in lowercase."""
    for word in claims._ATTRIBUTING:  # noqa: SLF001 - the rule itself
        assert word.isascii()
        assert word.isalpha()
        assert word.islower()


# Sentences with and without values, places, speakers and words of attribution, so that
# a skipped sentence can carry a speaker ("The sheriff said so.") to one with a value
# ("It said two men were hurt.").
_SENTENCES = [
    "The sheriff said so.",
    "Police said nothing else.",
    "It said two men were hurt.",
    "He said three people died.",
    "They said a woman was shot on Monday.",
    "According to the mayor, the road was closed.",
    "According to officials, 40 homes burned.",
    "Officials SAID the area was safe.",
    "The statement added little.",
    "Unsaid things remained.",
    "Jane Doe told reporters she saw it.",
    "Acme Corp. confirmed it.",
    "A man was arrested in Chicago.",
    "Smith, of Denver, was hurt.",
    "Mayor Jane Doe of Denver spoke.",
    "The fire spread near Texas.",
    "Nothing else was known.",
    "The store was closed.",
    "Two of them were hurt.",
    "More than 1,100 firefighters are on the line.",
    "In December 1987 a ferry sank, killing 4,300 people.",
    "The blaze started Sunday, police said.",
    "\u201cWe are safe,\u201d she said.",
    "Reports came in.",
]


class _Recorded:
    """Each call of ``Reader.claims``: its claims and the reader's state after it."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[Claim], dict[str, object]]] = []
        self.claims = claims.Reader.claims

    def __call__(
        self,
        reader: claims.Reader,
        sentence: Span,
        values: Sequence[tuple[int, int, Value]],
        names: Sequence[tuple[int, int, EntityRef]],
        zone: ZoneKind,
    ) -> list[Claim]:
        out = self.claims(reader, sentence, values, names, zone)
        self.calls.append((out, attrs.asdict(reader)))
        return out


def _read(
    source: reconcile.Source, *, skipping: bool
) -> list[tuple[list[Claim], dict[str, object]]]:
    recorded = _Recorded()
    with mock.patch.object(claims.Reader, "claims", autospec=True, side_effect=recorded):
        if skipping:
            reconcile.extract(source)
        else:
            with mock.patch.object(claims.Reader, "_reads", return_value=True):
                reconcile.extract(source)
    return recorded.calls


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=8).map(" ".join))
@example("The sheriff said so. It said two men were hurt.")
@example("Police said nothing else. Nothing else was known. It said two men were hurt.")
@example("Mayor Jane Doe of Denver spoke.")
def test_sentences_the_reader_skips_read_the_same_unskipped(text: str) -> None:
    """The reader skips a sentence with no value, no place and no word of attribution;
    reading every sentence instead gives the same claims, sentence by sentence, and
    leaves the reader in the same state after each."""
    source = reconcile.Source.from_text(text, id="s", published="2025-07-01")
    assert _read(source, skipping=True) == _read(source, skipping=False)


_UNIT_WORDS = [
    "people", "homes", "team", "members", "staff", "South", "African", "Belgian", "year",
    "-", "old", "13", "U.S.", "residents", "the", "of", "and", "firefighters", "cars",
]  # fmt: skip


@settings(deadline=None)  # timings are not what these test
@given(st.lists(st.sampled_from(_UNIT_WORDS), min_size=1, max_size=5).map(" ".join))
@example("team members")
@example("South African miners")
def test_remembered_unit_tokens_are_the_units_normalised(unit: str) -> None:
    """A count's unit is normalised once and remembered: asked again, the memory gives
    what normalising its tokens gives."""
    expected = tuple(claims.normalise(claims.tokenize(unit)))
    assert claims._unit_tokens(unit) == expected  # noqa: SLF001 - the memory itself
    assert claims._unit_tokens(unit) == expected  # noqa: SLF001 - same


@settings(deadline=None)  # timings are not what these test
@given(st.text(max_size=40))
@example(".!? ;:()[]\u2014\u2013 U.S. 3.5 ...")
def test_clause_bounds_are_the_marks_the_reader_stops_at(text: str) -> None:
    """A token bounds a clause when it is one of the clause-ending marks or ".", "!" or
    "?": looked up in one set, as the reader's first test (a substring of ".!?") said."""
    for token in claims.tokenize(text):
        first = token.text in claims._CLAUSE_END or token.text in ".!?"  # noqa: SLF001
        assert (token.text in claims._BOUNDARIES) == first  # noqa: SLF001 - the set itself


# The token pattern as first written: an abbreviation tried first, then a word.
_TOKEN_AS_WRITTEN = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"
    r"|[A-Za-z]+(?:['’][A-Za-z]+)*"
    r"|\d(?:[\d,.]*\d)?"
    r"|[^\sA-Za-z\d]"
)


@settings(deadline=None)  # timings are not what this tests
@given(st.text(alphabet=st.sampled_from("aZ.'’ 1,-\u212a\u00e9"), max_size=30) | st.text())
@example("U.S. U.S U.Ssaid a.b. I’m I' a'b.c x'a.b 3.5 don't")
def test_tokens_split_as_the_pattern_first_written(text: str) -> None:
    """The token pattern reads a word's first letter once and then picks the branch: it
    splits every text as the pattern that tried an abbreviation and then a word."""
    expected = [(m.group(), m.start(), m.end()) for m in _TOKEN_AS_WRITTEN.finditer(text)]
    assert [(t.text, t.start, t.end) for t in claims.tokenize(text)] == expected


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["said", "U.S.", "3,5", " ", "  ", ",", "\u2019", "x", "\n"]), max_size=12
    ),
    st.data(),
)
def test_at_bisects_the_starts_tokenize_keeps(pieces: list[str], data: st.DataObject) -> None:
    """_at finds a token by the starts tokenize keeps as by each token's own start, at
    every offset of the span and either side, and on a plain list of the same tokens."""
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    tokens = claims.tokenize(text, start, end)
    assert tokens.starts == [t.start for t in tokens]  # type: ignore[attr-defined]
    for offset in range(start - 1, end + 2):
        keyed = sum(t.start < offset for t in tokens)  # the tokens before the offset
        assert claims._at(tokens, offset) == keyed  # noqa: SLF001 - the shortcut itself
        assert claims._at(list(tokens), offset) == keyed  # noqa: SLF001


def test_values_of_one_clause_share_its_words() -> None:
    """A clause's words are read once for all the values told in it: each claim still holds
    what clause_words gives for its own value, in the same clause and in another one."""
    text = (
        "Crews in Harlowe County said on Tuesday that 14 barns and 3 silos burned, while 2"
        " firefighters were treated for smoke, and the blaze cost $40,000 by March 3."
    )
    seen: list[tuple[Sequence[claims.Token], Sequence[tuple[int, int]]]] = []
    content = claims._clause_content  # noqa: SLF001 - what the reader calls once a clause

    def recorded(
        tokens: Sequence[claims.Token], lo: int, hi: int, spans: Sequence[tuple[int, int]]
    ) -> tuple[str, ...]:
        seen.append((tokens, spans))
        return content(tokens, lo, hi, spans)

    source = reconcile.Source.from_text(text, published="2025-03-10")
    with mock.patch.object(claims, "_clause_content", recorded):
        found = reconcile.extract(source)
    valued = [c for c in found if c.clause_words]
    assert len(valued) >= 4
    assert len(seen) < len(valued)  # some clause was read once for two values
    tokens, spans = seen[0]
    for claim in valued:
        expected = claims.clause_words(tokens, claim.span.start, claim.span.end, spans)
        assert claim.clause_words == expected, claim.text
