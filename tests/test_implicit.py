"""Tests for reconcile.extract.implicit: counts stated without a numeral."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import Source
from reconcile.extract import extract, implicit
from reconcile.extract.implicit import count_event, count_events, find_implicit_counts
from reconcile.extract.numbers import find_quantities
from reconcile.model import Quantity


def counts(text: str, *, names: bool = True) -> list[tuple[str, float, str | None]]:
    """The implicit counts of ``text`` as (words, count, unit), with explicit spans taken."""
    taken = [(s, e) for s, e, _ in find_quantities(text)]
    return [
        (text[s:e], q.low, q.unit)
        for s, e, q in find_implicit_counts(text, taken=taken, names=names)
        if q.low is not None
    ]


# Sentences written for these tests in the style of local news and police releases. Each
# row: the sentence, and the implicit counts it states as (words, count, unit).
COUNTED = [
    # a participle and its place between the subject and the verb ("a boy playing near ...")
    (
        "A 9-year-old boy playing near his school was slightly hurt.",
        [("A 9-year-old boy", 1, "9-year-old boy")],
    ),
    # one person, with a determiner, as subject of a passive or intransitive verb
    (
        "A man was shot and killed early Sunday outside a convenience store, police said.",
        [("A man", 1, "man")],
    ),
    ("A 19-year-old was killed in the crash on Route 9.", [("A 19-year-old", 1, "19-year-old")]),
    (
        "An off-duty police officer was wounded during the robbery.",
        [("An off-duty police officer", 1, "off-duty police officer")],
    ),
    (
        "The victim was taken to a hospital in critical condition.",
        [("The victim", 1, "victim")],
    ),
    ("The driver, 42, was charged with vehicular homicide.", [("The driver", 1, "driver")]),
    (
        "A 25-year-old man, whose name was not released, died Saturday.",
        [("A 25-year-old man", 1, "25-year-old man")],
    ),
    ("A man in his 20s was found shot inside a parked car.", [("A man", 1, "man")]),
    ("A man shot multiple times was taken to a hospital.", [("A man", 1, "man")]),
    (
        "A teenage boy accidentally shot himself with his father's handgun.",
        [("A teenage boy", 1, "teenage boy")],
    ),
    ("A woman who was struck by a stray bullet died Tuesday.", [("A woman", 1, "woman")]),
    # one person, as object of an active verb, of an event noun, or of "left ... dead"
    (
        "Investigators said the gunfire killed a 13-year-old boy sitting on a porch.",
        [("a 13-year-old boy", 1, "13-year-old boy")],
    ),
    ("Deputies arrested a suspect after a brief chase.", [("a suspect", 1, "suspect")]),
    (
        "Officers fatally shot a man who was armed with a knife.",
        [("a man", 1, "man")],
    ),
    ("The crash left a toddler dead.", [("a toddler", 1, "toddler")]),
    (
        "Police are investigating the shooting death of a teenager in the park.",
        [("a teenager", 1, "teenager")],
    ),
    ("The gunman shot her in the arm.", [("her", 1, None)]),
    # headlines: a bare person noun where the clause starts
    ("Man shot, killed in overnight robbery", [("Man", 1, "Man")]),
    ("Man, woman wounded in downtown shooting", [("Man, woman", 2, "Man, woman")]),
    # pronouns with a casualty verb
    ("He was pronounced dead at a nearby hospital.", [("He", 1, None)]),
    ("Relatives said she died at the scene.", [("she", 1, None)]),
    # another, the other, one
    ("Another man was wounded in the leg.", [("Another man", 1, "Another man")]),
    (
        "The other passenger suffered minor injuries.",
        [("The other passenger", 1, "other passenger")],
    ),
    ("Three people were shot, one fatally.", [("one", 1, "one")]),
    (
        "A gunman opened fire, killing one and wounding another.",
        [("one", 1, "one"), ("another", 1, "another")],
    ),
    # two: couple, pair, twins, both
    ("The couple was found dead inside their home.", [("The couple", 2, "couple")]),
    (
        "An elderly couple was rescued from the floodwaters.",
        [("An elderly couple", 2, "elderly couple")],
    ),
    (
        "A pair of brothers were hospitalized after the fire.",
        [("A pair of brothers", 2, "brothers")],
    ),
    ("Twins were rescued from the burning apartment.", [("Twins", 2, "Twins")]),
    ("His twin sons were injured in the collision.", [("His twin sons", 2, "twin sons")]),
    ("Both victims died of their injuries.", [("Both victims", 2, "victims")]),
    # coordinations: the total, over explicit parts too
    (
        "Two men and a woman were wounded in the drive-by shooting.",
        [("Two men and a woman", 3, "Two men and a woman")],
    ),
    (
        "The gunman and two victims died at the scene.",
        [("The gunman and two victims", 3, "gunman and two victims")],
    ),
    (
        "A man, a woman and a teenager were killed.",
        [("A man, a woman and a teenager", 3, "man, a woman and a teenager")],
    ),
    (
        "A woman and her 4-year-old son were rescued from the flooded car.",
        [("A woman and her 4-year-old son", 2, "woman and her 4-year-old son")],
    ),
    (
        "A man, 31, and a woman, 28, were shot on Elm Street.",
        [("A man, 31, and a woman", 2, "man, 31, and a woman")],
    ),
    (
        "Firefighters rescued a girl and her grandmother from the second floor.",
        [("a girl and her grandmother", 2, "girl and her grandmother")],
    ),
    (
        "The two victims, a man and a woman, were taken to a hospital.",
        [("a man and a woman", 2, "man and a woman")],  # an apposition: two, not four
    ),
    # zero
    (
        "No one else was hurt, according to the sheriff's office.",
        [("No one else", 0, "one else")],
    ),
    ("No one was injured in the blaze.", [("No one", 0, "people")]),
    ("Nobody was hurt.", [("Nobody", 0, "people")]),
    ("No injuries were reported.", [("No injuries", 0, "injuries")]),
    ("No other officers were hurt.", [("No other officers", 0, "other officers")]),
    ("No arrests have been made in the case.", [("No arrests", 0, "arrests")]),
    # names
    (
        "Michael Reyes, 34, of Dayton, was shot and killed Friday night.",
        [("Michael Reyes", 1, "Michael Reyes")],
    ),
    (
        "Police said Ana Ruiz, 22, and Tom Bell, 25, were wounded.",
        [("Ana Ruiz, 22, and Tom Bell", 2, "Ana Ruiz, 22, and Tom Bell")],
    ),
]

NOT_COUNTED = [
    "A man walked into the store and demanded cash.",
    # none of a grade of wounds: some may have had lesser ones
    "Four were shot, but none had life-threatening wounds.",
    "No one suffered serious injuries.",
    # a pronoun counts only the hurt and the dead: an arrest counts whom it first names
    "She was taken into custody without incident.",
    "A woman standing near the door said nobody else saw it.",
    "A woman told police she heard several shots.",
    "Police are searching for a suspect described as a man in his 20s.",
    "The officer was not injured.",
    "He said the victim's family has been notified.",
    "A man could face charges, police said.",
    "The couple's home was damaged in the fire.",
    "He tried to kill his wife, prosecutors said.",
    "No one was seriously hurt.",
    "No one was injured inside.",  # a zero of those inside only: others may be hurt outside
    "Five people were hurt in the crash.",  # explicit: numbers.py counts it
    "One person died at the scene.",  # explicit too
    "All three were taken to a hospital.",  # explicit too
    "One of the victims died Sunday.",  # a partitive
    "The victims were taken to a hospital.",  # how many is not said
    "They were shot while sitting in a car.",
    "Authorities were called to the scene around 2 a.m.",
    "Lamar was shot on Monday.",  # one capitalised word opening a clause may be no name
    "A gunman opened fire on the crowd.",
    "Neighbors said a man lived there alone.",
    "He was walking home from work.",
    "Police: Man who shot firefighters released from custody",  # the agent of "shot"
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted(text: str, expected: list[tuple[str, int, str]]) -> None:
    """Each sentence states the implicit counts listed, with their words and units."""
    assert counts(text) == [(w, float(n), u) for w, n, u in expected]


@pytest.mark.parametrize("text", NOT_COUNTED)
def test_not_counted(text: str) -> None:
    """No implicit count: no casualty verb, a negation, a possessive, or an explicit number."""
    assert counts(text) == []


def test_agent_is_not_counted() -> None:
    """The subject of an active verb is the agent: "a gunman shot a clerk" counts the clerk."""
    assert counts("A gunman shot a clerk and fled on foot.") == [("a clerk", 1.0, "clerk")]
    assert counts("A man shot and killed his wife, son and daughter.") == [
        ("his wife, son and daughter", 3.0, "wife, son and daughter")
    ]


def test_agent_after_by_is_not_counted() -> None:
    """A phrase after "by" is the agent, even before a casualty verb's object."""
    assert counts("The man was shot by a gunman in a passing car.") == [("The man", 1.0, "man")]


def test_left_dead_and_injured() -> None:
    """ "left X dead and Y injured" counts both objects, each under its own state."""
    text = "The crash left a toddler dead and his mother injured."
    assert counts(text) == [("a toddler", 1.0, "toddler"), ("his mother", 1.0, "mother")]
    events = [count_event(text, s, e) for s, e, _ in find_implicit_counts(text)]
    assert events == ["killed", "injured"]


def test_quantity_fields() -> None:
    """An implicit count is an exact count of precision 1, not approximate."""
    [(_, _, quantity)] = find_implicit_counts("A woman was wounded.")
    assert quantity == Quantity(low=1, high=1, kind="count", unit="woman", precision=1)
    assert not quantity.approximate
    assert quantity.describe() == "1 woman"


def test_taken_span_rules_out_an_overlap() -> None:
    """A phrase overlapping a taken span is not counted again ("a couple of men")."""
    text = "A couple of men were arrested."
    assert find_implicit_counts(text, taken=[(0, 15)]) == []
    assert counts(text) == []


def test_coordination_may_hold_taken_parts() -> None:
    """A coordination's span may hold its explicit parts; a partial overlap rules it out."""
    text = "Two men and a woman were wounded."
    [(s, e, q)] = find_implicit_counts(text, taken=[(0, 7)])
    assert (text[s:e], q.low) == ("Two men and a woman", 3)
    inside = find_implicit_counts(text, taken=[(4, 13)])  # "men and a": wholly inside
    assert [(text[s:e], q.low) for s, e, q in inside] == [("Two men and a woman", 3)]
    assert find_implicit_counts(text, taken=[(16, 24)]) == []  # "man were": across its end


def test_coordination_of_explicit_parts_only_is_left_alone() -> None:
    """ "four nationals and two citizens" is two explicit claims, not an implicit total."""
    assert counts("Four men and two women were charged.") == []


def test_names_can_be_switched_off() -> None:
    """With ``names=False`` a person's name counts nothing."""
    text = "Michael Reyes, 34, was shot and killed Friday night."
    assert counts(text, names=False) == []
    assert counts(text) == [("Michael Reyes", 1.0, "Michael Reyes")]


def test_nickname_stays_in_the_name() -> None:
    """A quoted nickname is part of the name it stands in."""
    text = "Zhenxing “Danny” Wang was arrested in New Jersey."
    assert counts(text) == [("Zhenxing “Danny” Wang", 1.0, "Zhenxing “Danny” Wang")]


def test_place_is_not_a_name() -> None:
    """A capitalised word after "of" or "in" is a place, not a person counted."""
    text = "Michael Reyes, 34, of Dayton, was killed."
    assert [w for w, _, _ in counts(text)] == ["Michael Reyes"]


def test_offsets_index_the_whole_text() -> None:
    """Offsets index ``text`` when a stretch of it is read."""
    text = "Headline. A man was killed. A woman was hurt."
    start = text.index("A woman")
    [(s, e, q)] = find_implicit_counts(text, start, len(text))
    assert (text[s:e], q.low) == ("A woman", 1)
    assert find_implicit_counts(text, 0, start) == [
        (10, 15, Quantity.exact(1, unit="man", precision=1))
    ]


@pytest.mark.parametrize(("start", "end"), [(-1, None), (5, 2), (0, 99)])
def test_bad_bounds(start: int, end: int | None) -> None:
    """Bounds outside the text raise ValueError."""
    with pytest.raises(ValueError, match="start="):
        find_implicit_counts("A man died.", start, end)


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Two men were shot and killed on Main Street.", "Two men", "killed"),
        ("The gunfire left five injured.", "five", "injured"),
        ("The blast sent four workers to the hospital.", "four workers", "injured"),
        ("Police arrested three teenagers.", "three teenagers", "arrested"),
        ("Six people were taken to the hospital.", "Six people", "injured"),
        ("Four people were found dead in the home.", "Four people", "killed"),
        ("Two hunters were pronounced deceased at the scene.", "Two hunters", "killed"),
        ("Five campers were shot, three of them fatally.", "three", "killed"),
        ("Gunmen massacred 12 villagers on Sunday.", "12 villagers", "killed"),
        # being in the hospital after an event is being hurt in it, whatever verb is near
        ("One man died and three others were in the hospital.", "three others", "injured"),
        ("Two are dead and a third is in hospital with burns.", "a third", "injured"),
        ("The fire destroyed 12 homes.", "12 homes", None),
    ],
)
def test_count_event(text: str, words: str, event: str | None) -> None:
    """count_event reads the event of any count's clause, explicit counts too."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize("filler", ["", " ".join(["and then the crowd left"] * 40)])
def test_count_events_reads_each_count_as_count_event(filler: str) -> None:
    """count_events gives count_event's answer for each count, whether or not the
    sentence is longer than one window (tokens shared, or made per count)."""
    text = f"Two men were shot and killed, {filler} and the gunfire left five injured."
    counts = [(0, 7), (text.index("five"), text.index("five") + 4)]
    expected = [
        count_event(text, s, e, within=(max(0, s - 300), min(len(text), e + 300)))
        for s, e in counts
    ]
    assert count_events(text, counts, 0, len(text)) == expected == ["killed", "injured"]


def test_count_event_checks_its_window() -> None:
    """A count outside the window to read raises ValueError."""
    with pytest.raises(ValueError, match="must lie inside"):
        count_event("A man died.", 0, 5, within=(2, 11))


# --- wired into extract ---------------------------------------------------------------------


def test_extract_counts_a_man_killed() -> None:
    """extract() turns "a 13-year-old boy was killed" into a count of 1 killed, and his age."""
    source = Source.from_text("A 13-year-old boy was killed Saturday.", published="2025-07-01")
    [claim, age] = [c for c in extract(source) if isinstance(c.value, Quantity)]
    assert (claim.text, claim.value.low) == ("A 13-year-old boy", 1)
    assert "e:killed" in claim.attribute_tokens
    assert (age.text, age.value.low, age.attribute, age.subject) == (
        "13-year-old",
        13,
        "age",
        "13-year-old boy",
    )


def test_extract_drops_explicit_parts_of_a_coordination() -> None:
    """The coordination's total replaces its explicit part: no claim "Two men" remains."""
    source = Source.from_text("Two men and a woman were wounded.", published="2025-07-01")
    claims = [c for c in extract(source) if isinstance(c.value, Quantity)]
    assert [(c.text, c.value.low) for c in claims] == [("Two men and a woman", 3)]
    assert "e:injured" in claims[0].attribute_tokens


def test_extract_keeps_an_age_inside_a_coordination() -> None:
    """Only explicit counts are dropped inside a coordination: an age stays a number."""
    source = Source.from_text("A man, 31, and a woman were shot.", published="2025-07-01")
    found = [(c.text, c.value.kind) for c in extract(source) if isinstance(c.value, Quantity)]
    assert found == [("A man, 31, and a woman", "count"), ("31", "number")]


# --- properties ---------------------------------------------------------------------------

_WORDS = (
    "a an the his her no one else nobody none both another other he she him man men woman"
    " boy girl 13-year-old teen couple pair of twins twin victim victims gunman and , . ;"
    " was were is has been died dead killed shot wounded injured hurt arrested by not"
    " killing left found pronounced taken to hospital in critical condition fatally who"
    " John Smith Police Monday 25 two three ( ) — “ ” ' himself suffered gunshot wounds"
)
VOCABULARY = _WORDS.split()

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(VOCABULARY), max_size=40).map(" ".join),
    st.lists(st.sampled_from([*VOCABULARY, "", "\n", "’s", "-"]), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(texts, st.data())
def test_spans_are_ordered_disjoint_and_stripped(text: str, data: st.DataObject) -> None:
    """On any text: no exception; spans in order, disjoint, inside the bounds, stripped."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    taken = data.draw(
        st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 20)), max_size=4).map(
            lambda pairs: [(s, min(len(text), s + n)) for s, n in pairs]
        )
    )
    found = find_implicit_counts(text, start, end, taken=taken)
    previous = start
    for s, e, quantity in found:
        assert previous <= s < e <= end
        words = text[s:e]
        assert words == words.strip()
        assert quantity.kind == "count"
        assert quantity.is_exact
        assert quantity.precision == 1
        for ts, te in taken:
            if ts < te and ts < e and s < te:  # an overlap must be a taken part inside
                assert s <= ts
                assert te <= e
        previous = e
        assert count_event(text, s, e, within=(start, end)) in {
            None, "killed", "injured", "shot", "arrested", "charged", "indicted", "rescued", "missing",
            "evacuated",
        }  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(VOCABULARY), max_size=30).map(" ".join))
def test_counts_do_not_depend_on_surrounding_sentences(text: str) -> None:
    """Reading a sentence alone or inside a longer text gives the same counts, shifted."""
    before = "Police said. "
    alone = find_implicit_counts(text + ".")
    inside = find_implicit_counts(before + text + ".", len(before), len(before) + len(text) + 1)
    assert [(s + len(before), e + len(before), q) for s, e, q in alone] == inside


_NAME_WORDS = (
    "Michael Harmon Lamar C.J. Conrad Jr. Mr. Officer Sgt. Chicago Sanford of in at de van"
    " A The Man Woman He She Both Another Two One No His Their Authorities NYPD ' \" 's , 71"
)
NAMED_TEXTS = st.lists(st.sampled_from([*VOCABULARY, *_NAME_WORDS.split()]), max_size=30).map(
    " ".join
)
# Without person nouns or hyphens: _find steps over determiners and numbers there.
_NOUNLESS = [w for w in VOCABULARY if w not in implicit._NOUNS and "-" not in w]  # noqa: SLF001
NOUNLESS_TEXTS = st.lists(
    st.sampled_from([*_NOUNLESS, "wounding", "other", "1", "A", "The", "One"]), max_size=20
).map(" ".join)


def _count_at_every_token(
    text: str, taken: list[tuple[int, int]], *, names: bool
) -> list[tuple[int, int, Quantity]]:
    """find_implicit_counts without _find's shortcuts: _count_at tried at every token."""
    tk = implicit._Tokens(text, 0, len(text), names=names)  # noqa: SLF001 - the rule itself
    spans = implicit._Taken.of(taken, 0, len(text))  # noqa: SLF001 - same
    out = []
    i = 0
    while i < tk.n:
        found = implicit._count_at(tk, i, spans)  # noqa: SLF001 - same
        if found is None:
            i += 1
            continue
        out.append((tk.starts[found.first], tk.ends[found.last], found.quantity))
        i = found.last + 1
    return out


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, NAMED_TEXTS, NOUNLESS_TEXTS), st.booleans())
@example("He shot one and wounded the other.", True)
@example("He shot her and one was killed.", True)
@example("Police said a tall young local Chicago area man was shot.", True)
@example("Their two tall young local Chicago area sons and a woman were shot.", True)
@example("Police said a 13-year-old was shot.", True)
def test_the_token_shortcuts_never_hide_a_count(text: str, names: bool) -> None:  # noqa: FBT001
    """_find skips tokens unread (lowercase words, capitalised words that begin no name,
    determiners with no person noun in reach); trying _count_at at every token instead
    finds the same counts."""
    taken = [(s, e) for s, e, _ in find_quantities(text)]
    expected = _count_at_every_token(text, taken, names=names)
    assert find_implicit_counts(text, taken=taken, names=names) == expected


# Each sentence holds one word of _EVENT_WORDS, the one its count's event is read from.
_ONE_EVENT_WORD = [
    ("A man died.", "died"),
    ("Police arrested a man.", "arrested"),
    ("The shootings of a man and a woman shocked the town.", "shootings"),
    ("The disappearance of a woman worried her family.", "disappearance"),
    ("No injuries were reported.", "injuries"),
    ("The crash left a man dead.", "dead"),
    ("The slain teen was a student.", "slain"),
    ("A man was in critical condition.", "critical"),
    ("A man was in good condition.", "good"),
    ("A man was found in stable condition.", "stable"),
    ("A woman suffered gunshot wounds.", "wounds"),
    ("Officers found a man with a gunshot wound.", "wound"),
    ("A man was taken to the hospital.", "hospital"),
    ("A man was airlifted to a trauma center.", "trauma"),
    ("A woman was treated at the ER.", "er"),
    ("A man was rushed to the ICU.", "icu"),
    ("A man was taken into custody.", "custody"),
    ("A man passed away.", "away"),
]


@pytest.mark.parametrize(("text", "word"), _ONE_EVENT_WORD)
def test_a_sentence_without_event_words_is_not_read(text: str, word: str) -> None:
    """_find stops at a sentence with no word of _EVENT_WORDS; each word an event is read
    from is one of them (a sentence whose only such word is it still gives its count)."""
    lows = implicit._Tokens(text, 0, len(text)).lows  # noqa: SLF001 - the rule itself
    assert implicit._EVENT_WORDS.intersection(lows) == {word}  # noqa: SLF001 - same
    expected = _count_at_every_token(text, [], names=True)
    assert expected
    assert find_implicit_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "lows"),
    [
        ("Smith\u2019s son", ["smith's", "son"]),
        ("a 13\u2010year\u2010old", ["a", "13-year-old"]),
        ("O\u2019Neil\u2019s 13\u2010year\u2010old", ["o'neil's", "13-year-old"]),
        ("Smith's 13-year-old", ["smith's", "13-year-old"]),
    ],
)
def test_tokens_straighten_curly_apostrophes_and_unicode_hyphens(
    text: str, lows: list[str]
) -> None:
    """The rules read "'" and "-" only: a sentence's curly apostrophes and U+2010 are
    straightened in the lowercase tokens, whichever of them it holds."""
    assert implicit._Tokens(text, 0, len(text)).lows == lows  # noqa: SLF001 - the rule's input


def _name_word_by_each_list(tk: implicit._Tokens, j: int) -> bool:
    """_name_word as first written: each word list, and each rule, asked in turn."""
    im = implicit
    if not 0 <= j < tk.n:
        return False
    word, low = tk.words[j], tk.lows[j]
    if not (word[0].isupper() and word[0].isalpha()) or low.endswith("'s"):
        return False
    if len(word) > 1 and word.isupper() and len(word) > 3:
        return False
    return not (
        low in im._NAME_STOP  # noqa: SLF001
        or low in im._MOD_STOP  # noqa: SLF001
        or low in im._PASSIVE_EVENTS  # noqa: SLF001
        or low in im._INTRANSITIVE_EVENTS  # noqa: SLF001
        or low in im._ACTIVE_EVENTS  # noqa: SLF001
        or im._singular_person(low)  # noqa: SLF001
        or im._plural_person(low)  # noqa: SLF001
        or im._number(low) is not None  # noqa: SLF001
        or im._adverb(low)  # noqa: SLF001
    )


_LIST_WORDS = (
    "Shot Killed Died Dead Man Men Victims Two Twenty One Recently Early Only Holly Molly"
    " Police Officer Was Were And Or The A His Their Thirteen-Year-Old Fifth-Graders Kelly Ally"
    " Later Soon Still Twice Also"
)


@given(
    st.one_of(
        NAMED_TEXTS,
        st.lists(st.sampled_from(_LIST_WORDS.split()), max_size=20).map(" ".join),
        st.text(max_size=60),
    )
)
def test_name_words_are_turned_down_as_by_each_list(text: str) -> None:
    """_name_word asks one set for its word lists; it says what asking each list says."""
    tk = implicit._Tokens(text, 0, len(text))  # noqa: SLF001
    for j in range(-1, tk.n + 1):
        assert implicit._name_word(tk, j) == _name_word_by_each_list(tk, j)  # noqa: SLF001


def test_extract_keeps_a_count_of_people_of_one_age() -> None:
    """ "Two 16-year-old boys were shot" counts two boys; their age is no one person's age."""
    source = Source.from_text("Two 16-year-old boys were shot Saturday.", published="2025-07-01")
    found = [(c.text, c.value.low) for c in extract(source) if isinstance(c.value, Quantity)]
    assert found == [("Two 16-year-old boys", 2)]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Eleven men were brought out of the cave alive on Friday.", "Eleven men", "rescued"),
        ("Two hikers were pulled alive from the ravine.", "Two hikers", "rescued"),
        ("Divers pulled 9 trapped cavers alive from the tunnel.", "9 trapped cavers", "rescued"),
        ("Divers did not pull 9 trapped cavers alive from the tunnel.", "9 trapped cavers", None),
        ("Two men were brought to a hospital.", "Two men", "injured"),
        ("Two men were brought to the station.", "Two men", None),
    ],
)
def test_people_brought_or_pulled_out_alive_were_rescued(text, words, event):
    """ "were brought out of the cave alive", "pulled 9 cavers alive": a rescue."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        # what a count's people have is what befell them; "no" and comparisons are not
        ("The other two riders have non-life-threatening wounds.", "two riders", "injured"),
        ("Two hikers had serious head wounds.", "Two hikers", "injured"),
        ("Two riders had a gunshot wound each.", "Two riders", "injured"),
        ("The two guards had no injuries.", "two guards", None),
        ("One rider had more serious wounds.", "One rider", None),
        ("Two men suffered no injuries.", "Two men", None),
        ("Three guards have rifles.", "Three guards", None),
        ("He had a cut to his arm.", "He", None),
        # a hospital by its name, and injuries the people were taken with
        ("Five people were taken to Elm Medical Center.", "Five people", "injured"),
        (
            "The four victims were taken with minor injuries to St. Anne's.",
            "four victims",
            "injured",
        ),
        ("Four victims went to the hospital.", "Four victims", "injured"),
        ("Two neighbors rushed the boy to a hospital.", "Two neighbors", None),
        (
            "Both hikers were flown to Elmwood where they were listed in fair condition.",
            "Both hikers",
            "injured",
        ),
        ("Two men were taken to Elmwood in critical condition.", "Two men", "injured"),
        (
            "Two men were taken to the station where a woman was in critical condition.",
            "Two men",
            None,
        ),
        # a state the people are listed in
        ("Three of them were listed in guarded condition.", "Three", "injured"),
        (
            "The other three riders are listed as being in guarded condition.",
            "three riders",
            "injured",
        ),
        ("Two men remain in stable condition.", "Two men", "injured"),
        # taken to a hospital where they died: the dead, not the hurt
        ("Two men were taken to the hospital, where they died.", "Two men", "killed"),
        ("A woman was rushed to Elm Medical Center but was pronounced dead.", "A woman", "killed"),
        (
            "He was flown to Elm Medical Center and then to Oak Hospital, where he died.",
            "He",
            "killed",
        ),
        ("Two men were taken to the hospital where one died.", "Two men", "injured"),
    ],
)
def test_injured_by_what_people_have_or_where_they_are_taken(text, words, event):
    """ "had gunshot wounds", "taken to Elm Medical Center", "listed in stable condition"."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize("text", ['"I\'m shot!" the driver yelled.', "I feared I'd be killed."])
def test_a_speakers_contraction_is_no_name(text: str) -> None:
    """ "I'm", "I'd" start with a capital but are pronouns: no count of one person."""
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("The boy is in stable but serious condition.", "The boy", "injured"),
        ("Two hikers were listed in critical, but stable, condition.", "Two hikers", "injured"),
        (
            "Three men were flown to Elmwood in serious yet stable condition.",
            "Three men",
            "injured",
        ),
        # a state of something else, or of no one, is still no count of the hurt
        ("The girl is in good spirits but stable.", "The girl", None),
    ],
)
def test_a_condition_of_two_states_is_one_condition(text, words, event):
    """ "in stable but serious condition": two words for one person's state count the hurt."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("A farmer pleaded guilty to fatally shooting two hikers.", "two hikers", "killed"),
        ("The driver admitted to shooting three deer hunters.", "three deer hunters", "shot"),
        # an infinitive is still no deed done
        ("The farmer tried to shoot two hikers.", "two hikers", None),
        ("The farmer wanted to kill two hikers.", "two hikers", None),
    ],
)
def test_to_before_a_gerund_is_a_preposition(text, words, event):
    """ "guilty to fatally shooting two": "to" + "-ing" states the deed; "to shoot" does not."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


def test_only_before_the_verb_is_an_adverb() -> None:
    """ "the girl only suffered minor injuries" counts her among the hurt."""
    assert counts("Police said the girl only suffered minor injuries.") == [("the girl", 1, "girl")]


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Two hikers were also shot but survived.", "Two hikers", "injured"),
        ("A farmer was shot Sunday night and remains hospitalized.", "A farmer", "injured"),
        ("A second farmer was shot and is expected to recover.", "A second farmer", "injured"),
        ("A farmer was shot and is recovering.", "A farmer", "injured"),
        # what does not say the person lived leaves the shot a count of the shot
        ("A farmer was shot but did not survive.", "A farmer", "shot"),
        ("A farmer was shot and may not live.", "A farmer", "shot"),
        ("A farmer was shot and is expected to be charged.", "A farmer", "shot"),
    ],
)
def test_shot_and_survived_is_wounded(text, words, event):
    """ "were shot but survived", "shot and is expected to recover": the wounded, not the dead."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast left his boss and a coworker dead.", [("his boss and a coworker", 2)]),
        ("A farmer and two hikers were hurt.", [("A farmer and two hikers", 3)]),
        ("A witness was wounded by a stray bullet.", [("A witness", 1)]),
    ],
)
def test_more_people_nouns_are_counted(text, expected):
    """Common nouns for people ("boss", "hiker", "witness") head a counted phrase."""
    taken = [(m.start(), m.end()) for m in re.finditer(r"two hikers", text)]
    found = [(text[s:e], q.low) for s, e, q in find_implicit_counts(text, taken=taken)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "words", "event"),
    [
        ("Friends mourned a hiker who police say was shot and killed.", "a hiker", "killed"),
        ("A farmer who the sheriff believes was shot is in surgery.", "A farmer", "shot"),
        # the relative clause's own verb of saying is no teller
        ("A farmer who said he heard shots called 911.", "A farmer", None),
    ],
)
def test_a_teller_inside_a_relative_clause_is_passed_over(text, words, event):
    """ "a hiker who police say was shot": the clause's predicate comes after the teller."""
    start = text.index(words)
    assert count_event(text, start, start + len(words)) == event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The farmer was taken to St. Anne's Hospital.", [("The farmer", 1)]),
        ("The farmer was taken by ambulance to Elm Regional Medical Center.", [("The farmer", 1)]),
        (
            "The hiker was flown by a medical helicopter to Elm Children's Hospital.",
            [("The hiker", 1)],
        ),
        ("She was taken to Elm Memorial with a gunshot wound.", [("She", 1)]),
        # another clause after "and" is not where the person was taken
        ("The farmer was taken to the station and asked about the hospital.", []),
    ],
)
def test_the_hospital_a_person_was_taken_to_may_have_a_long_name(text, expected):
    """ "taken by ambulance to Elm Regional Medical Center", "to St. Anne's Hospital": the
    hurt, however many words name the place, up to the next clause."""
    found = [(text[s:e], q.low) for s, e, q in find_implicit_counts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hiker involved in the crash remains in stable condition.", [("The hiker", 1)]),
        ("Later a farmer came in with a gunshot wound to his arm.", [("a farmer", 1)]),
        ("A farmer arrived at Elm Hospital with gunshot wounds.", [("A farmer", 1)]),
        # arriving with something else is nothing
        ("A farmer arrived at the station with flowers.", []),
    ],
)
def test_a_participles_phrase_and_arriving_with_wounds(text, expected):
    """ "the hiker involved in the crash remains ...": the participle's phrase stands between
    the subject and its verb; "came in with a gunshot wound" counts the hurt."""
    found = [(text[s:e], q.low) for s, e, q in find_implicit_counts(text)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A hiker was involved in a fall and remains hospitalized.", [("A hiker", 1, "injured")]),
        ("A farmer was cleaning his rifle and was shot.", [("A farmer", 1, "shot")]),
        (
            "A farmer shot his neighbor and was arrested.",
            [("A farmer", 1, "arrested"), ("his neighbor", 1, "shot")],
        ),
        # a verb of someone else comes first: the second verb is that other subject's
        (
            "The Elm Police Department says a hiker was hit in the leg and was flown to a hospital.",
            [("a hiker", 1, "shot")],
        ),
        ("A farmer walked into the store and shot a clerk.", [("a clerk", 1, "shot")]),
    ],
)
def test_a_second_verb_of_the_same_subject(text, expected):
    """ "was involved in a fall and remains hospitalized": when the first verb names no event,
    a second verb of the same subject after "and" may."""
    found = [
        (text[s:e], f.quantity.low, f.event)
        for s, e, f in implicit._find(text)  # noqa: SLF001 - the event each count was read under
    ]
    assert found == expected


def test_a_name_before_a_noun_has_no_second_verb() -> None:
    """ "flown to a Harbor hospital and died": "Harbor" is no subject, so "died" is not its."""
    text = "Jane Doe was flown to a Harbor hospital and died there Sunday."
    assert [(text[s:e], q.low) for s, e, q in find_implicit_counts(text)] == [("Jane Doe", 1)]


_EVENT_LIST = sorted(implicit._EVENT_WORDS)  # noqa: SLF001 - the words the shortcut looks for
_PIECES = st.one_of(
    st.sampled_from(_EVENT_LIST),
    st.sampled_from(["man", "said", "two", "Ann", "9", "x", "\u212a", "\u0130", "\u00e9", "_"]),
    st.sampled_from([" ", "-", "\u2010", "'", "\u2019", ".", ",", "\n", "", "\u00a0"]),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_PIECES, st.sampled_from(["lower", "upper", "title", "same"])), max_size=12)
)
@example([("life-threatening", "upper")])
@example([("life\u2010threatening", "title")])
@example([("Killed", "same")])
@example([("\u212aILLED", "same")])
def test_the_event_word_shortcut_never_hides_an_event_word(
    pieces: list[tuple[str, str]],
) -> None:
    """_may_hold_event, tried before a sentence is tokenized, says no only where the tokens'
    lowercase forms hold no word of _EVENT_WORDS: in any case, next to digits, marks,
    underscores, curly apostrophes, Unicode hyphens and the letters that lowercase oddly."""
    text = "".join(getattr(p, case)() if case != "same" else p for p, case in pieces)
    lows = implicit._Tokens(text, 0, len(text)).lows  # noqa: SLF001 - the reading it spares
    if not implicit._EVENT_WORDS.isdisjoint(lows):  # noqa: SLF001
        assert implicit._may_hold_event(text, 0, len(text))  # noqa: SLF001


@pytest.mark.parametrize("word", _EVENT_LIST)
def test_the_event_word_shortcut_finds_each_event_word(word: str) -> None:
    """Each word of _EVENT_WORDS, in each case and with its marks curly, lets a sentence be read."""
    for form in (
        word,
        word.upper(),
        word.title(),
        word.replace("-", "\u2010").replace("'", "\u2019"),
    ):
        text = f"The crew said 12 were {form}, (Tuesday)."
        assert implicit._may_hold_event(text, 0, len(text)), form  # noqa: SLF001


def test_a_pronoun_counted_as_one_has_no_unit() -> None:
    """ "She died at the scene" counts one, of no noun: never printed "1 She" (branch val32)."""
    text = "Relatives said she died at the scene."
    ((s, e, q),) = find_implicit_counts(text)
    assert (text[s:e], q.low, q.unit) == ("she", 1.0, None)
    assert q.describe() == "1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 34-year-old Marlow Springs woman was wounded in the shooting.",
            [("A 34-year-old Marlow Springs woman", 1.0, "34-year-old Marlow Springs woman")],
        ),
        (
            "Deputies said a 19-year-old Dunhill man and a 17-year-old Brackton girl were hurt.",
            [
                (
                    "a 19-year-old Dunhill man and a 17-year-old Brackton girl",
                    2.0,
                    "19-year-old Dunhill man and a 17-year-old Brackton girl",
                )
            ],
        ),
        # no person noun after the capitalised word: the age alone is the person
        ("Officers found a 40-year-old Friday wounded in the yard.", []),
    ],
)
def test_an_age_and_a_home_town_before_the_person(text, expected):
    """ "a 34-year-old Marlow Springs woman": the home town between the age and the noun is
    part of the phrase, which counts one person under the clause's verb."""
    assert counts(text) == expected
