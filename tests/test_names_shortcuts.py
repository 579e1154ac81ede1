"""The shortcuts of name finding give what the plain rules give.

``gazetteer.tokenize`` makes most tokens column by column and reads only some one by one;
here a tokenizer that reads every match one by one, with the token pattern as first
written, is the reference.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from reconcile.extract.gazetteer import _DOTTED, Token, _key, _split_word, gazetteer, tokenize

# The token pattern as first written (a repeat of two or more abbreviation letters, and
# backtracking repeats in words and numbers).
_FIRST_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Z][a-z]?\.){2,})"
    r"|(?P<prefix>[A-Z]-(?=(?:[A-Z][a-z]?\.){2,}))"
    r"|(?P<word>[^\W\d_][^\W_]*(?:['\u2019&-][^\W_]+)*)"
    r"|(?P<num>\d+(?:[.,]\d+)*)"
    r"|(?P<punct>\S)"
)


def _every_match(text: str, start: int, stop: int, dotted: frozenset[str]) -> list[Token]:
    """Every match read one by one: split, its period kept or not, its apostrophes straightened."""
    tokens: list[Token] = []
    pos = start
    for m in _FIRST_TOKEN.finditer(text, start, stop):
        s, e, kind = m.start(), m.end(), m.lastgroup
        if s < pos:
            continue  # the period an abbreviation took
        if kind == "prefix":
            tokens.append(Token(s, e, m.group(), "punct"))
        elif kind != "word":
            tokens.append(Token(s, e, _key(m.group()), kind))
        else:
            for ps, pe, part_kind in _split_word(text, s, e):
                end = pe
                if part_kind == "word" and pe < stop and text[pe] == ".":
                    part = text[ps:pe]
                    if part in dotted or (len(part) == 1 and part.isupper()):
                        end = pos = pe + 1
                tokens.append(Token(ps, end, _key(text[ps:end]), part_kind))
    return tokens


_PIECES = st.sampled_from(
    [
        "Mr", "Mr.", "Dr", "Inc", "Mich", "St.", "J", "J.", "É", "é", "x", "said", "said.", ".",
        "..", "'", "\u2019", "'s", "\u2019s", "s", "-", "--", "-based", "Texas-based",
        "Port-au-Prince", "O'Brien", "O\u2019Brien", "don\u2019t", "U.S.", "U.S", "D-", "N.Y.",
        "W.Va.", "3", "3.5", "1,200", "&", "AT&T", "_", "\u24d0", "\u212a", "(", ")", ",", " ",
        "\n", "  ",
    ]
)  # fmt: skip


@given(
    st.one_of(st.text(), st.lists(_PIECES, max_size=30).map("".join)),
    st.integers(-2, 60),
    st.integers(-2, 60),
)
@example("Mr. J. Doe\u2019s Texas-based firm, U.S. Sen. D-N.Y. said. Gen.. Inc.-made", 0, 80)
@example("Mr.Smith and J.J. and Mich. and D-W.Va.", 0, 40)
@example("He said Mr.", 0, 10)  # the period beyond the stretch stays out
def test_tokens_are_those_every_match_read_one_by_one_gives(text, start, end):
    """The tokens are those of the plain reading: every match split where it may be, its
    period kept where it may be, its apostrophes straightened, with the first pattern."""
    start = max(0, min(start, len(text)))
    stop = max(start, min(end, len(text)))
    for dotted in (_DOTTED, gazetteer().dotted):
        assert tokenize(text, start, stop, dotted=dotted) == _every_match(text, start, stop, dotted)
