"""compare(): one fact per thing, the right verdict, and properties that must hold."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections import defaultdict
from pathlib import Path

import attrs
import pytest
from _compare_helpers import fact_with as _fact_with
from _compare_helpers import two as _two
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import Claim, Quantity, Settings, Span
from reconcile.extract.lexicon import GENERIC
from reconcile.group import (
    DESCRIBED,
    OTHERS_OF_AN_EVENT,
    _headline_count,
    _holds,
    _key,
    _level,
    _thing_counted,
    alike,
    block_keys,
    comparable,
    group_claims,
    pair_level,
    value_gated,
)
from reconcile.judge import compatible

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
REUTERS, AFP = "000_baa340038af4adce", "003_22da808e21f495c3"


@pytest.fixture(scope="module")
def seeds_report() -> reconcile.Report:
    return reconcile.compare(SEEDS)


def test_seeds_chinese_nationals_conflict(seeds_report):
    """Four vs six Chinese nationals indicted is one fact in conflict."""
    fact = _fact_with(seeds_report, REUTERS, "four Chinese nationals")
    assert fact.verdict.kind == "conflict"
    assert {c.text for c in fact.claims} == {"four Chinese nationals", "six Chinese nationals"}
    assert "4" in fact.verdict.reason
    assert "6" in fact.verdict.reason


def test_seeds_announcement_date_conflict(seeds_report):
    """ "Monday" is 2025-03-10 in one seed and 2025-06-30 in the other: a date conflict."""
    fact = _fact_with(seeds_report, AFP, "Monday")
    assert fact.verdict.kind == "conflict"
    days = {c.value.start.isoformat() for c in fact.claims}  # type: ignore[union-attr]
    assert days == {"2025-03-10", "2025-06-30"}


def test_seeds_agreements_in_different_words(seeds_report):
    """ "U.S. citizens"/"US individuals" and "Taiwanese nationals"/"Taiwan citizens" agree."""
    citizens = _fact_with(seeds_report, REUTERS, "more than 80 U.S. citizens")
    assert citizens.verdict.kind == "agree"
    assert any(c.text == "more than 80 US individuals" for c in citizens.claims)
    taiwan = _fact_with(seeds_report, REUTERS, "two Taiwanese nationals")
    assert taiwan.verdict.kind == "agree"
    assert any(c.text == "two Taiwan citizens" for c in taiwan.claims)


def test_seeds_keep_different_things_apart(seeds_report):
    """Costs and revenue, and four Chinese nationals and four other facilitators, stay apart."""
    costs = _fact_with(seeds_report, REUTERS, "$3 million")
    revenue = _fact_with(seeds_report, AFP, "$5 million")
    assert costs is not revenue
    assert costs.verdict.kind == revenue.verdict.kind == "single"
    chinese = _fact_with(seeds_report, REUTERS, "four Chinese nationals")
    others = _fact_with(seeds_report, REUTERS, "four other")
    assert chinese is not others


def test_seeds_attributes_read_as_a_person_would(seeds_report):
    """The $3 million claim is about costs and the $5 million claim about revenue."""
    costs = _fact_with(seeds_report, REUTERS, "$3 million").claims[0]
    revenue = _fact_with(seeds_report, AFP, "$5 million").claims[0]
    assert "cost" in costs.attribute_tokens
    assert "revenue" in revenue.attribute_tokens


def test_seeds_attribution_is_canonical(seeds_report):
    """ "according to the DOJ" and "the Justice Department said" name one organisation."""
    reuters = _fact_with(seeds_report, REUTERS, "$3 million").claims[0]
    afp = next(c for c in _fact_with(seeds_report, AFP, "six Chinese").claims if c.source_id == AFP)
    assert reuters.attributed_to == afp.attributed_to
    assert reuters.attributed_to is not None


def test_seeds_place_agreement(seeds_report):
    """ "arrested in New Jersey" and "Wang of New Jersey" are one agreeing place fact."""
    fact = _fact_with(seeds_report, AFP, "New Jersey")
    assert fact.verdict.kind == "agree"
    assert {c.source_id for c in fact.claims} == {REUTERS, AFP}


def test_every_claim_lands_in_exactly_one_fact(seeds_report):
    """No claim is lost or duplicated between facts."""
    from_facts = [c for f in seeds_report.facts for c in f.claims]
    extracted = [c for s in seeds_report.sources for c in reconcile.extract(s)]
    assert sorted(from_facts, key=repr) == sorted(extracted, key=repr)


def test_report_json_is_byte_identical_across_runs(seeds_report):
    """The same input gives the same bytes."""
    assert reconcile.compare(SEEDS).to_json() == seeds_report.to_json()


def test_source_order_does_not_matter(seeds_report):
    """Reversing the sources gives the same report."""
    assert reconcile.compare(list(reversed(SEEDS))).to_json() == seeds_report.to_json()


def test_exact_copy_adds_no_conflict(seeds_report):
    """A reprint of a source agrees with it: it adds no conflict, and no new origin."""
    text = SEEDS[0].read_text(encoding="utf-8")
    report = reconcile.compare([*SEEDS, {"text": text, "id": "reprint"}])
    assert len(report.conflicts) == len(seeds_report.conflicts)
    fact = _fact_with(report, "reprint", "four Chinese nationals")
    base = _fact_with(seeds_report, REUTERS, "four Chinese nationals")
    assert fact.verdict.origins == base.verdict.origins


def test_contradicting_counts_conflict_and_compatible_bounds_agree():
    """Exact counts that differ conflict; a lower bound holding the other's count agrees."""
    report = reconcile.compare(
        [
            "Police said four people were killed in the crash.",
            "Six people were killed in the crash, officials said.",
        ]
    )
    assert [f.verdict.kind for f in report.facts] == ["conflict"]
    agree = reconcile.compare(
        [
            "More than 80 people were injured in the blast, officials said.",
            "The blast injured 85 people, the fire department said.",
        ]
    )
    assert [f.verdict.kind for f in agree.facts] == ["agree"]


def test_percentage_points_and_percent_are_not_one_value():
    """A rise of 4.5 points is not a rise of 4.5 percent: the two figures never agree."""
    points = Quantity(low=4.5, high=4.5, kind="percent", unit="percentage points")
    percent = Quantity(low=4.5, high=4.5, kind="percent")
    assert not compatible(points, percent)
    assert compatible(points, attrs.evolve(points))
    assert compatible(percent, Quantity(low=4, high=5, kind="percent"))


def test_killed_and_injured_stay_apart():
    """Counts of the killed and of the injured are different facts even when equal."""
    report = reconcile.compare(
        [
            "Two people were killed and two people were injured, police said.",
            "Two people were killed and three people were injured.",
        ]
    )
    kinds = sorted(f.verdict.kind for f in report.facts)
    assert kinds == ["agree", "conflict"]


def test_a_source_does_not_contradict_itself():
    """Two different counts of one thing in one source are never one conflicting fact."""
    report = reconcile.compare(["Two people were hurt on Monday. Later, three people were hurt."])
    assert report.conflicts == ()


def test_origins_count_a_press_release_once():
    """Outlets quoting one originator count as one origin."""
    report = reconcile.compare(
        [
            "Twelve people were arrested, according to the FBI.",
            "The FBI said twelve people were arrested in the raids.",
        ]
    )
    (fact,) = report.facts
    assert fact.verdict.kind == "agree"
    assert fact.verdict.origins == 1


def test_text_without_sentence_breaks_is_reprinted_only_when_identical():
    """A "sentence" of thousands of characters: identical copies are one origin, others two.

    Such text is compared exactly, not fuzzily (fuzzy comparison of two of them is
    quadratic in their length); real reprinted sentences are short and still fuzzy.
    """
    filler = " ".join(["and the council met again"] * 500)  # 13,000 characters, no full stop
    blob = f"Twelve people were arrested {filler}"
    edited = f"Twelve people were arrested {filler} again"
    for other, expected in ((blob, 1), (edited, 2)):
        report = reconcile.compare([blob, other])
        (fact,) = [f for f in report.facts if f.claims[0].text.startswith("Twelve")]
        assert fact.verdict.kind == "agree"
        assert fact.verdict.origins == expected
    reprint = reconcile.compare(
        [
            "Twelve people were arrested in the raids on Tuesday night.",
            "Twelve people were arrested in raids on Tuesday night.",
        ]
    )
    assert {f.verdict.origins for f in reprint.facts} == {1}


def test_fact_describe_names_values_and_sources(seeds_report):
    """Fact.describe() gives the values and the sources behind each."""
    text = _fact_with(seeds_report, REUTERS, "four Chinese nationals").describe()
    assert REUTERS in text
    assert AFP in text
    assert " vs " in text


def test_settings_round_trip_and_reject_unknown_names():
    """Settings are data: they round-trip through JSON and refuse unknown names."""
    custom = Settings(approx_window=0.2, fuzzy_attribute=85)
    assert Settings.from_dict(json.loads(json.dumps(custom.to_dict()))) == custom
    with pytest.raises(reconcile.SettingsError, match="unknown"):
        Settings.from_dict({"approx_windw": 0.1})
    with pytest.raises(reconcile.SettingsError):
        Settings(fuzzy_attribute=140)
    for neighbours in (0, -1, True, 2.0, "4"):
        with pytest.raises(reconcile.SettingsError, match="story_neighbours"):
            Settings(story_neighbours=neighbours)
    for relative in (-0.1, 1, 1.0, True, float("nan")):
        with pytest.raises(reconcile.SettingsError, match="story_relative"):
            Settings(story_relative=relative)
    assert Settings(story_relative=0).story_relative == 0  # 0 turns the bar off


# --- properties on random claim sets ------------------------------------------------------

# Nouns of which some pairs name one set (pupils and students, jobs and workers, children
# and students: see group._near_nouns), and a lay-off, so that blocking is checked on them too.
NOUNS = ["person", "company", "vehicle", "home", "pupil", "student", "child", "job", "employee"]
QUALIFIERS = ["@china", "@taiwan", "e:killed", "e:injured", "e:fired", "other", "local"]


@st.composite
def claim_sets(draw: st.DrawFn) -> list[Claim]:
    count = draw(st.integers(1, 14))
    claims = []
    for n in range(count):
        source = draw(st.sampled_from(["a", "b", "c"]))
        head = draw(st.sampled_from(NOUNS))
        extra = draw(st.lists(st.sampled_from(QUALIFIERS), max_size=2, unique=True))
        value = draw(st.integers(1, 4))
        tokens = (head, *sorted(extra))
        text = f"{value} {head}"
        claims.append(
            Claim(
                span=Span(source, n * 100, n * 100 + len(text)),
                text=text,
                value=Quantity.exact(value, unit=head),
                attribute=" ".join(tokens),
                attribute_tokens=tokens,
            )
        )
    return claims


def _partition(groups) -> set[frozenset[tuple[str, int]]]:
    return {frozenset((c.source_id, c.span.start) for c in g.claims) for g in groups}


def _amount(value):
    if isinstance(value, Quantity):
        return (value.kind, value.currency, value.low, value.high, value.low_open, value.high_open)
    return value


def _restates_a_side(ordered, mine, theirs):
    """A cluster of one amount may join, gated, a cluster in conflict that states it too."""
    first = _amount(ordered[mine[0]].value)
    return (
        not all(alike(ordered[x].value, ordered[y].value) for x in theirs for y in theirs)
        and all(_amount(ordered[k].value) == first for k in mine)
        and any(
            _holds(ordered[k].value, ordered[mine[0]].value)
            and alike(ordered[k].value, ordered[mine[0]].value)
            for k in theirs
        )
    )


def _brute_force(claims: list[Claim], config: Settings) -> set[frozenset[tuple[str, int]]]:
    """All pairs, no blocking: merge best first under the same rule within a source (alike).

    A level that rests on the values joins two clusters only when all their values are alike,
    or when one states one amount that the other, in conflict, holds and is alike (not for ages
    or others). The story-level joins (a noun each source counts once, bare measures, one day
    told by each source, a sum or a bare year each source tells once, an amount beside one
    fact) need an event other than a casualty, a unit, a date, a sum or a sentence, and a
    headline's count of people restating its own source's count needs a headline, which
    these claim sets never draw, so the brute force leaves them out (nor do they draw counts
    more than four times apart, which a plain noun's count never joins); two facts told in
    like clauses need the claims' clause words, which these claim sets never carry; the join
    of two facts of one attribute that one source's two values split apart it makes, as
    group_claims does.
    """
    ordered = sorted(claims, key=lambda c: (c.source_id, c.span.start, c.span.end))
    clusters = {i: [i] for i in range(len(ordered))}
    owner = list(range(len(ordered)))
    pairs = []
    for i, j in itertools.combinations(range(len(ordered)), 2):
        # A value-gated level is judged on the two clusters' values, not the pair's: a claim
        # may restate one side of a cluster in conflict.
        level = _level(ordered[i], ordered[j], config)
        if level is not None and not value_gated(level[0]):
            level = pair_level(ordered[i], ordered[j], config)
        if level is not None:
            # of one attribute (its tokens as folded: "pupil" is "student"), a claim joins a
            # like value before the first claim it may join
            same = _key(ordered[i]) == _key(ordered[j])
            unlike = same and not alike(ordered[i].value, ordered[j].value)
            # group_claims joins claims of one attribute first (each in order, like values
            # first), then other pairs best score first, earlier clusters first
            order = (j, unlike, i) if same else (i, j)
            pairs.append((not same, -level[1], order, i, j, level[0]))
    for _same, _score, _order, i, j, label in sorted(pairs):
        ri, rj = owner[i], owner[j]
        if ri == rj:
            continue
        joined = clusters[ri] + clusters[rj]
        if (
            value_gated(label)
            and not all(
                alike(ordered[x].value, ordered[y].value)
                for x in clusters[ri]
                for y in clusters[rj]
            )
            and not (
                label not in (DESCRIBED, OTHERS_OF_AN_EVENT)
                and (
                    _restates_a_side(ordered, clusters[ri], clusters[rj])
                    or _restates_a_side(ordered, clusters[rj], clusters[ri])
                )
            )
        ):
            continue
        by_source = defaultdict(list)
        for k in joined:
            by_source[ordered[k].source_id].append(ordered[k].value)
        if any(not alike(x, y) for values in by_source.values() for x in values for y in values):
            continue
        keep, drop = min(ri, rj), max(ri, rj)
        clusters[keep] = joined
        del clusters[drop]
        for k in joined:
            owner[k] = keep
    # counts naming only a generic noun ("2 person"), in the same words, each source telling
    # one, close: one count, as group_claims joins them before the join below
    _join_bare_counts(ordered, clusters, owner)
    # a family of things (or one noun) each source counts once: one count, as group_claims
    # joins them after the bare counts
    _join_things_counted_once(ordered, clusters, owner)
    _join_one_source_on_both_sides(ordered, clusters, owner)
    return {
        frozenset((ordered[k].source_id, ordered[k].span.start) for k in members)
        for members in clusters.values()
    }


def _each_source_one_close_value(ordered, members) -> bool:
    """Two sources or more, each stating one value (restated alike), all within half again."""
    by_source = defaultdict(list)
    for k in members:
        by_source[ordered[k].source_id].append(ordered[k].value)
    values = [ordered[k].value for k in members]
    return not (
        len(by_source) < 2
        or any(not alike(x, y) for vs in by_source.values() for x in vs for y in vs)
        or any(max(x.low, y.low) > 1.5 * min(x.low, y.low) for x in values for y in values)
    )


def _join_bare_counts(ordered, clusters, owner) -> None:
    """Counts naming only a generic noun, in the same words, each source telling one: one count.

    All sources' values close (no more than half as much again), the facts holding nothing else.
    """
    by_words = defaultdict(list)
    for k, claim in enumerate(ordered):
        if len(claim.attribute_tokens) == 1 and claim.attribute_tokens[0] in GENERIC:
            by_words[(claim.attribute_tokens[0], claim.attribute)].append(k)
    for members in by_words.values():
        if not _each_source_one_close_value(ordered, members):
            continue
        facts = sorted({owner[k] for k in members})
        if len(facts) < 2 or any(k not in members for f in facts for k in clusters[f]):
            continue
        keep, *rest = facts
        for drop in rest:
            clusters[keep] += clusters[drop]
            del clusters[drop]
        for k in clusters[keep]:
            owner[k] = keep


CASUALTIES = frozenset(["e:killed", "e:injured", "e:shot"])


def _join_things_counted_once(ordered, clusters, owner) -> None:
    """Counts of one family of things, each source one value of it: one count.

    All values close; unlike values only when the counts tell the same events; the facts
    holding nothing but counts of the family.
    """
    by_family = defaultdict(list)
    for k, claim in enumerate(ordered):
        name = _thing_counted(claim)
        if name is not None:
            by_family[name].append(k)
    for name, members in sorted(by_family.items()):
        values = [ordered[k].value for k in members]
        if not _each_source_one_close_value(ordered, members):
            continue
        facts = sorted({owner[k] for k in members})
        inside = [ordered[k] for f in facts for k in clusters[f]]
        if len(facts) < 2 or any(
            _thing_counted(c, plainly=False) != name and not all(alike(c.value, v) for v in values)
            for c in inside
        ):
            continue  # a fact holding a count of another figure in other words
        events = {
            frozenset(t for t in ordered[k].attribute_tokens if t.startswith("e:")) for k in members
        }
        if len(events) > 1 and not all(alike(x, y) for x in values for y in values):
            continue
        harms = {frozenset(t for t in c.attribute_tokens if t in CASUALTIES) for c in inside}
        if len(harms) > 1:
            continue  # a count some claim tells a harm of, and one told without it
        keep, *rest = facts
        for drop in rest:
            if any(
                ordered[i].source_id == ordered[j].source_id
                and not alike(ordered[i].value, ordered[j].value)
                for i in clusters[keep]
                for j in clusters[drop]
            ):
                continue  # a source's two unlike values stay apart
            clusters[keep] += clusters[drop]
            del clusters[drop]
        for k in clusters[keep]:
            owner[k] = keep


def _join_one_source_on_both_sides(ordered, clusters, owner) -> None:
    """Two facts of one attribute, one source in both with unlike values, others in each only."""
    by_key = defaultdict(list)
    for k, claim in enumerate(ordered):
        if comparable(claim) and not _headline_count(claim):
            by_key[_key(claim)].append(k)
    for indices in by_key.values():
        facts = sorted({owner[k] for k in indices})
        for first, second in itertools.combinations(facts, 2):
            ri, rj = sorted((owner[first], owner[second]))
            sources_i = {ordered[k].source_id for k in clusters[ri]}
            sources_j = {ordered[k].source_id for k in clusters[rj]}
            shared = sources_i & sources_j
            if ri == rj or len(shared) != 1 or min(len(sources_i), len(sources_j)) < 2:
                continue
            mine = [ordered[k].value for k in clusters[ri] if ordered[k].source_id in shared]
            theirs = [ordered[k].value for k in clusters[rj] if ordered[k].source_id in shared]
            if any(alike(x, y) for x in mine for y in theirs):
                continue
            if not (
                _restates(ordered, clusters[ri], shared)
                and _restates(ordered, clusters[rj], shared)
            ):
                continue  # the source must restate another source's value in each fact
            clusters[ri] += clusters[rj]
            del clusters[rj]
            for k in clusters[ri]:
                owner[k] = ri


def _restates(ordered, members, shared) -> bool:
    mine = [ordered[k].value for k in members if ordered[k].source_id in shared]
    others = [ordered[k].value for k in members if ordered[k].source_id not in shared]
    return all(any(alike(v, o) for o in others) for v in mine)


def test_a_source_two_counts_of_two_things_are_not_one_conflict():
    """a: 3 and 1 vehicles, b: 1, c: 2: a's 3 restates no one, so a's counts stay apart."""
    claims = [
        Claim(
            span=Span(source, n * 100, n * 100 + 9),
            text=f"{value} vehicle",
            value=Quantity.exact(value, unit="vehicle"),
            attribute="vehicle",
            attribute_tokens=("vehicle",),
        )
        for n, (source, value) in enumerate([("a", 3), ("a", 1), ("b", 1), ("c", 2)])
    ]
    groups = group_claims(claims, Settings())
    assert sorted(sorted((c.source_id, c.text) for c in g.claims) for g in groups) == [
        [("a", "1 vehicle"), ("b", "1 vehicle")],
        [("a", "3 vehicle"), ("c", "2 vehicle")],
    ]


@settings(max_examples=300, deadline=None)
@given(claim_sets())
def test_blocking_never_hides_a_matching_pair(claims):
    """Any two claims that a similarity level joins share a block, so blocking loses nothing."""
    config = Settings()
    for a, b in itertools.combinations(claims, 2):
        if pair_level(a, b, config) is not None:
            assert set(block_keys(a)) & set(block_keys(b))


def test_one_source_on_both_sides_is_one_fact_in_both_groupers():
    """a: 3 and 4 companies, b: 3, c: 4: the one source's two values split no conflict."""
    claims = [
        Claim(
            span=Span(source, n * 100, n * 100 + 11),
            text=f"{value} companies",
            value=Quantity.exact(value, unit="company"),
            attribute="company",
            attribute_tokens=("company",),
        )
        for n, (source, value) in enumerate([("a", 3), ("a", 4), ("b", 3), ("c", 4)])
    ]
    config = Settings()
    assert len(group_claims(claims, config)) == 1
    assert _partition(group_claims(claims, config)) == _brute_force(claims, config)
    extra = Claim(
        span=Span("b", 900, 911),
        text="4 companies",
        value=Quantity.exact(4, unit="company"),
        attribute="company",
        attribute_tokens=("company",),
    )
    two_each = [*claims, extra]
    assert len(group_claims(two_each, config)) == 2  # two sources tell two things


@settings(max_examples=300, deadline=None)
@given(claim_sets())
def test_fast_grouper_equals_brute_force(claims):
    """The blocked grouper finds the same facts as scoring every pair of claims."""
    config = Settings()
    assert _partition(group_claims(claims, config)) == _brute_force(claims, config)


@settings(max_examples=200, deadline=None)
@given(claim_sets(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_claim_order(claims, rnd):
    """Shuffling the claims gives the same groups."""
    config = Settings()
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert _partition(group_claims(shuffled, config)) == _partition(group_claims(claims, config))


@settings(max_examples=200, deadline=None)
@given(claim_sets())
def test_every_claim_in_exactly_one_group(claims):
    """Grouping neither drops nor duplicates a claim."""
    groups = group_claims(claims, Settings())
    keys = [(c.source_id, c.span.start) for g in groups for c in g.claims]
    assert sorted(keys) == sorted((c.source_id, c.span.start) for c in claims)
    for group in groups:
        by_source = defaultdict(list)
        for claim in group.claims:
            by_source[claim.source_id].append(claim.value)
        for source, values in by_source.items():
            # a source's unlike values share a fact only as two sides others state too
            others = [v for s, vs in by_source.items() if s != source for v in vs]
            assert all(compatible(x, y) for x in values for y in values) or all(
                any(alike(v, o) for o in others) for v in values
            )


SENTENCES = [
    "Police said {n} people were killed on Monday.",
    "{n} people were injured in the crash, officials said.",
    "The company said it would cut {n} jobs.",
    "Firefighters rescued {n} residents from the building.",
]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(SENTENCES), st.integers(1, 9)), min_size=1, max_size=4),
    st.randoms(use_true_random=False),
)
def test_report_does_not_depend_on_source_order(parts, rnd):
    """compare() gives the same JSON whatever the order of its sources."""
    sources = [
        {"text": template.format(n=n), "id": f"s{i}", "published": "2025-07-01"}
        for i, (template, n) in enumerate(parts)
    ]
    shuffled = list(sources)
    rnd.shuffle(shuffled)
    assert reconcile.compare(shuffled).to_json() == reconcile.compare(sources).to_json()


def test_each_value_says_which_sources_and_origins_back_it(seeds_report):
    """A conflict lists, per value, the sources that state it and their independent origins."""
    fact = _fact_with(seeds_report, REUTERS, "four Chinese nationals")
    support = {s.value: s for s in fact.verdict.support}
    assert set(support) == {"4 Chinese nationals", "6 Chinese nationals"}
    assert support["4 Chinese nationals"].sources == (REUTERS,)
    assert support["6 Chinese nationals"].sources == (AFP,)
    assert all(s.origins == 1 for s in support.values())
    assert reconcile.Report.from_json(seeds_report.to_json()) == seeds_report


def test_a_winning_margin_is_not_a_vote_count():
    """ "approved by more than 5,000 votes" is a margin, not the votes a candidate received."""
    report = _two(
        "Voters approved the school levy by more than 5,000 votes.",
        "The school levy received 15,340 votes, the county said.",
    )
    assert not report.conflicts
    fact = _fact_with(report, "a", "5,000")
    assert [c.source_id for c in fact.claims] == ["a"]


def test_a_conflict_reason_keeps_compatible_values_on_one_side():
    """$86 million and $86.3 million agree; the reason sets them together against $68 million."""
    report = reconcile.compare(
        [
            {"text": "Net income was $86.3 million.", "id": "a"},
            {"text": "Net income came in at $86 million.", "id": "b"},
            {"text": "Net income was $68 million, the company said.", "id": "c"},
        ]
    )
    (fact,) = report.conflicts
    assert fact.verdict.reason.startswith("$86.3 million (a) ≈ $86 million (b) vs $68 million (c)")


def test_a_death_toll_is_a_count_of_the_dead():
    """ "The death toll rose to 37" and "at least 41 people died" are one count, in conflict."""
    report = _two(
        "The death toll from the quake in the north rose to 37 on Monday.",
        "At least 41 people died in the quake, officials said.",
    )
    fact = _fact_with(report, "a", "37")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"
    assert "toll" in (fact.claims[0].attribute or "")


def test_an_amount_framed_by_of_is_about_that_noun_whatever_the_verb():
    """ "declared a dividend of 22 cents" and "will pay a dividend of 22 cents" state one dividend."""
    report = _two(
        "The board declared a quarterly dividend of 22 cents per share.",
        "The company will pay a dividend of 22 cents a share on June 1.",
    )
    fact = _fact_with(report, "a", "22 cents")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_gapped_count_takes_the_unit_of_the_count_before_it():
    """ "Lee received 14,200 votes and Hale about 11,900": Hale's 11,900 are votes too."""
    report = _two(
        "Dana Lee received roughly 14,200 votes and Sam Hale about 11,900.",
        "Dana Lee won 14,212 votes to Sam Hale's 11,873, the county said.",
    )
    fact = _fact_with(report, "a", "11,900")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert fact.claims[0].attribute == _fact_with(report, "a", "14,200").claims[0].attribute


def test_a_fact_is_named_by_its_most_telling_attribute_on_a_tie():
    """ "Eleven people remain missing" / "Thirteen people are missing, officials said": "people missing"."""
    report = _two(
        "Eleven people remain missing.",
        "Thirteen people are still missing, officials said.",
    )
    (fact,) = report.conflicts
    assert fact.attribute == "people missing"


def test_a_magnitude_is_a_measure_not_a_count_of_what_follows():
    """ "a magnitude 6.4 earthquake" measures 6.4, it does not count 6.4 earthquakes."""
    report = _two(
        "A magnitude 6.4 earthquake struck the region on Sunday.",
        "The magnitude 6.2 quake flattened homes; the strongest aftershock was of magnitude 6.2.",
    )
    fact = _fact_with(report, "a", "6.4")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"
    # a reading on the magnitude scale (the unit names the scale), never 6.4 earthquakes
    assert (fact.claims[0].value.kind, fact.claims[0].value.unit) == ("number", "magnitude")
    assert fact.claims[0].attribute_tokens[0] == "magnitude"
    assert len(fact.claims) == 2  # "of magnitude 6.2" alone does not say of what


def test_amounts_in_different_currencies_are_never_in_conflict():
    """ "€3 billion" and "$3.3 billion" for one price are not compared: no rate is known."""
    report = _two(
        "The bakery chain agreed to buy the mill for €3 billion.",
        "The bakery chain agreed to buy the mill for $3.3 billion.",
    )
    assert not report.conflicts
    fact = _fact_with(report, "a", "€3 billion")
    assert {c.source_id for c in fact.claims} == {"a"}


def test_an_amount_before_a_noun_is_the_size_of_that_noun():
    """ "a $40,000 fine" and "a fine of $40,000" state one fine; "a 40% share" is not a fine."""
    report = _two(
        "The court imposed a $40,000 fine on the landlord.",
        "The landlord must pay a fine of $40,000 and owns a 40% share of the block.",
    )
    fact = _fact_with(report, "a", "$40,000")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_share_before_a_participle_is_the_share_in_that_state():
    """ "35 percent contained" and "40% contained" are one measure of the fire, in conflict."""
    report = _two(
        "The blaze has burned 900 acres and is 35 percent contained, officials said.",
        "By Tuesday the blaze was 40% contained.",
    )
    fact = _fact_with(report, "a", "35 percent")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_term_keeps_the_verb_that_sets_it():
    """ "sentenced to six years" and "was sentenced to eight years" conflict; "sought ten years" stays apart."""
    report = _two(
        "A judge sentenced the driver to six years in prison.",
        "The driver was sentenced to eight years. Prosecutors had sought ten years.",
    )
    fact = _fact_with(report, "a", "six years")
    assert {c.text for c in fact.claims} == {"six years", "eight years"}
    assert fact.verdict.kind == "conflict"


def test_a_date_to_come_is_not_the_date_of_what_happened():
    """ "will be sentenced in July" (others) and "was sentenced on Friday" are different dates."""
    report = _two(
        "The driver was sentenced on Friday.",
        "Two passengers will be sentenced in July, the court said.",
    )
    assert not report.conflicts


def test_people_counted_by_what_is_done_to_them_are_compared():
    """ "employs about 900 people" and "employs 1,400 people" conflict; "hired 50 people" stays apart."""
    report = _two(
        "The mill employs about 900 people.",
        "The mill, which employs 1,400 people, hired 50 people last year.",
    )
    fact = _fact_with(report, "a", "about 900 people")
    assert {c.text for c in fact.claims} == {"about 900 people", "1,400 people"}
    assert fact.verdict.kind == "conflict"


def test_fined_and_a_fine_state_one_amount():
    """ "was fined $30,000" and "ordered to pay a $30,000 fine" state one fine, whatever the verb."""
    report = _two(
        "The landlord was fined $30,000 for the flooding.",
        "A judge ordered the landlord to pay a $30,000 fine.",
    )
    fact = _fact_with(report, "a", "$30,000")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_price_per_share_is_one_fact_whatever_the_verb():
    """ "will pay $12.10 per share" and "for $12.10 a share in cash" state one price."""
    report = _two(
        "The chain will pay $12.10 per share for the grocer.",
        "The chain agreed to buy the grocer for $12.10 a share in cash.",
    )
    fact = _fact_with(report, "a", "$12.10")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_verb_the_lexicon_does_not_know_still_governs_its_amount():
    """ "must repay $52,000 to the families" and "$25,000 in restitution" are one sum, in conflict."""
    report = _two(
        "The builder must repay $52,000 to the families.",
        "The builder was ordered to pay $25,000 in restitution.",
    )
    fact = _fact_with(report, "a", "$52,000")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_amounts_of_a_plain_verb_with_different_parties_stay_apart():
    """ "took $7,000 from my uncle" and "a scam that took $2 million from savers" are not one sum."""
    report = _two(
        "He took $7,000 from my uncle and left town.",
        "A scam that took more than $2 million from savers has collapsed.",
    )
    assert not report.conflicts
    fact = _fact_with(report, "a", "$7,000")
    assert {c.source_id for c in fact.claims} == {"a"}


def test_the_scheme_that_took_an_amount_is_what_it_measures():
    """ "the scheme took in $2 million" and "a scam that took $2.2 million from savers" agree."""
    report = _two(
        "In all, the scheme took in more than $2 million, police said.",
        "A scam that took $2.2 million from savers who had trusted it has collapsed.",
    )
    fact = _fact_with(report, "a", "$2 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_dates_of_a_plain_verb_are_compared():
    """ "closing price on Friday" and "closing price on June 12" date one close; a talk stays apart."""
    report = _two(
        "The offer is 20% above the stock's closing price on Friday.",
        "The offer is a premium to the closing share price on June 12. They spoke on June 11.",
    )
    fact = _fact_with(report, "a", "Friday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert not report.conflicts


def test_a_fire_that_broke_out_started_then():
    """ "broke out on Saturday" and "started Saturday afternoon" date one start; "The fire" is no verb."""
    report = _two(
        "The fire broke out on Saturday and spread fast.",
        "The blaze started Saturday afternoon near a campsite.",
    )
    fact = _fact_with(report, "a", "Saturday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert "e:fired" not in fact.claims[0].attribute_tokens


def test_a_verb_after_a_preposition_does_not_date_the_clause():
    """ "convicted them in May after deliberating" dates the conviction, not the deliberating."""
    report = _two(
        "A jury convicted the pair in May after deliberating for two days.",
        "The pair were convicted on May 4.",
    )
    fact = _fact_with(report, "a", "May")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_an_unresolved_weekday_does_not_contradict_a_date_on_that_weekday():
    """ "Sunday" on a page without a date fits "June 14" (a Sunday) and not "June 15"."""
    from reconcile import DateRange

    sunday = DateRange(None, None, "day", relative="Sunday")
    assert compatible(sunday, DateRange.day(dt.date(2026, 6, 14)))
    assert not compatible(sunday, DateRange.day(dt.date(2026, 6, 15)))
    assert compatible(sunday, DateRange(None, None, "day", relative="Sunday"))
    assert not compatible(sunday, DateRange(None, None, "day", relative="Monday"))


def test_a_date_hoped_for_is_still_to_come():
    """ "hope to have it contained by June 20" is a goal, not the day it was contained."""
    report = _two(
        "The blaze was contained on Monday, crews said.",
        "Crews hope to have it fully contained by June 20.",
    )
    assert not report.conflicts


def test_terms_in_months_and_years_are_compared_in_one_unit():
    """ "sentenced to 84 months" and "sentenced to seven years" agree; "to five years" would not."""
    report = _two(
        "The driver was sentenced to 84 months in prison.",
        "The driver was sentenced to seven years. His brother was sentenced to 60 days.",
    )
    fact = _fact_with(report, "a", "84 months")
    assert {c.text for c in fact.claims} == {"84 months", "seven years"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The driver was sentenced to 84 months in prison.",
        "The driver was sentenced to five years.",
    )
    assert _fact_with(report, "a", "84 months").verdict.kind == "conflict"


def test_a_span_in_weeks_holds_its_working_and_calendar_days():
    """ "a three-week trial" is 15 court days to 21 calendar days: "the 15-day trial" agrees."""
    report = _two(
        "The verdict ended a three-week trial in the county court.",
        "The jury returned its verdict after the 15-day trial in the county court.",
    )
    fact = _fact_with(report, "a", "three-week")
    assert {c.text for c in fact.claims} == {"three-week", "15-day"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The verdict ended a three-week trial in the county court.",
        "The jury returned its verdict after the 12-day trial in the county court.",
    )
    assert _fact_with(report, "a", "three-week").verdict.kind == "conflict"


def test_areas_in_acres_and_hectares_are_compared_in_one_unit():
    """ "burned 2,470 acres" and "burned about 1,000 hectares" agree; "1,500 hectares" conflicts."""
    report = _two(
        "The fire has burned 2,470 acres, officials said.",
        "The fire has burned about 1,000 hectares of forest.",
    )
    fact = _fact_with(report, "a", "2,470 acres")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two("The fire has burned 2,470 acres.", "The fire has burned 1,500 hectares.")
    assert _fact_with(report, "a", "2,470 acres").verdict.kind == "conflict"


def test_a_capitalised_word_inside_a_name_is_not_a_verb():
    """ "The Cedar Ridge Fire was 40 percent contained": "Fire" names the blaze, it fires no one."""
    report = _two(
        "The Cedar Ridge Fire was 40 percent contained on Monday.",
        "By Tuesday the blaze was 40% contained.",
    )
    fact = _fact_with(report, "a", "40 percent")
    assert "e:fired" not in fact.claims[0].attribute_tokens
    assert {c.source_id for c in fact.claims} == {"a", "b"}


def test_a_name_set_off_by_commas_is_the_subject_of_its_clause():
    """ "The biggest rival, Spain's Torres Grupo, had sales of €300 million" is about Torres Grupo."""
    (source,) = reconcile.read(
        {"text": "The biggest rival, Spain's Torres Grupo, had sales of €300 million.", "id": "a"}
    )
    (claim,) = [c for c in reconcile.extract(source) if "300" in c.text]
    assert claim.subject == "Torres Grupo"
    (source,) = reconcile.read({"text": "Police said Ann Lee, 46, was fined $300.", "id": "b"})
    (claim,) = [c for c in reconcile.extract(source) if "$300" in c.text]
    assert claim.subject is None or claim.subject == "Ann Lee"


def test_a_part_of_them_counts_the_noun_before():
    """ "Two of them were hurt" after "900 firefighters" counts firefighters hurt."""
    report = _two(
        "More than 900 firefighters are on the line. Two of them were hurt on Monday.",
        "Three firefighters have been injured.",
    )
    fact = _fact_with(report, "a", "Two")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_people_treated_are_hurt_not_the_crew_that_came():
    """ "Three officers were treated for smoke inhalation" counts officers hurt, not the 60 on scene."""
    report = _two(
        "Some 60 officers came to the scene. Three officers were treated for smoke inhalation.",
        "About 60 officers responded, and four officers were injured.",
    )
    treated = _fact_with(report, "a", "Three officers")
    assert {c.text for c in treated.claims} == {"Three officers", "four officers"}
    assert treated.verdict.kind == "conflict"
    crew = _fact_with(report, "a", "60 officers")
    assert {c.source_id for c in crew.claims} == {"a", "b"}
    assert crew.verdict.kind == "agree"


def test_people_a_firm_employs_are_its_workers_and_employees():
    """ "employs about 900 people", "its 900 workers" and "900 staff members" are one head count."""
    report = reconcile.compare(
        [
            {"text": "The mill employs about 900 people.", "id": "a"},
            {"text": "The mill's 900 workers were sent home.", "id": "b"},
            {"text": "The mill has 900 staff members.", "id": "c"},
        ]
    )
    fact = _fact_with(report, "a", "900 people")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"
    report = _two("The mill employs about 900 people.", "The mill's 700 workers were sent home.")
    assert _fact_with(report, "a", "900 people").verdict.kind == "conflict"


def test_a_company_wide_count_is_not_the_count_of_one_site():
    """ "30,000 people worldwide" or "across its plants" is another scope than one mill's 900."""
    for wide in ("30,000 people worldwide", "30,000 people across its plants"):
        report = reconcile.compare(
            [
                {"text": "The mill employs about 900 people.", "id": "a"},
                {"text": f"The group employs {wide}.", "id": "b"},
            ]
        )
        assert not report.conflicts, wide


def test_workers_a_verb_picks_out_are_not_the_head_count():
    """ "the union represents 700 workers" is not the mill's head count of 900 employees."""
    report = _two(
        "The mill employs 900 people.",
        "The union, which represents 700 workers at the mill, was not told.",
    )
    assert not report.conflicts


def test_a_figure_of_the_others_is_not_compared():
    """ "most of the others have fewer than 1,000 employees" is about a set apart, not the firm."""
    report = _two(
        "The firm employs more than 9,000 people.",
        "Its rivals are smaller, and most of the others have fewer than 1,000 employees.",
    )
    assert not report.conflicts


def test_damage_estimated_and_damage_put_at_are_one_amount():
    """ "Damage was estimated at $5 million" and "put the damage at roughly $5 million" agree."""
    report = _two(
        "Damage to the school was estimated at $5 million.",
        "The principal put the damage at roughly $5 million.",
    )
    fact = _fact_with(report, "a", "$5 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_reducing_a_workforce_by_a_count_is_a_cut_not_a_margin():
    """ "reduce its staff by about 300 positions" cuts 300 jobs; "won by 300 votes" is a margin."""
    report = _two(
        "The hospital will cut 300 jobs.",
        "The hospital will reduce its staff by about 300 positions.",
    )
    fact = _fact_with(report, "a", "300 jobs")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def _claims_of(text: str) -> tuple[reconcile.Claim, ...]:
    (source,) = reconcile.read({"text": text, "id": "a"})
    return reconcile.extract(source)


def test_a_number_that_names_a_singular_noun_is_no_count():
    """ "a 911 call", "the first 999 call": a number naming a phone line, not 911 calls."""
    for text in ("Police got a 911 call at noon.", "The first 999 call came in at 2 a.m."):
        assert not [c for c in _claims_of(text) if c.text.startswith(("911", "999"))], text
    assert [c.text for c in _claims_of("The center took 911 calls in May.")] == [
        "911 calls",
        "May",
    ]


def test_a_number_between_commas_after_a_name_is_that_persons_age():
    """ "Rosa Lind, 52, said" gives Rosa Lind's age, never a bare 52 set against other numbers."""
    (age,) = [c for c in _claims_of("Rosa Lind, 52, said the line had stopped.") if c.text == "52"]
    assert age.attribute_tokens == ("age",)
    assert age.subject == "Rosa Lind"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rosa Lind (52) said the line had stopped.", "52"),
        ("Ms. Lind (52) said the line had stopped.", "52"),
        ("Rosa Lind, aged 52, said the line had stopped.", "52"),
        ("Rosa Lind, age 52, said the line had stopped.", "52"),
        ("Rosa Lind is 52 years old, her union said.", "52 years old"),
    ],
)
def test_an_age_in_brackets_after_aged_or_after_is_is_the_persons(text, words):
    """ "Rosa Lind (52)", "Rosa Lind, aged 52," and "Rosa Lind is 52 years old" give her age,
    as "Rosa Lind, 52," does: otherwise an age told so meets no other account's (branch val31)."""
    (age,) = [c for c in _claims_of(text) if c.text == words]
    assert age.attribute_tokens == ("age",)
    assert age.subject is not None
    assert age.subject.endswith("Lind")


def test_a_bracketed_list_marker_is_still_no_age():
    """ "(2)" after a word of the sentence, not a name, stays a list marker."""
    assert not [c for c in _claims_of("The rules say (2) no dogs on the pier.") if c.text == "2"]


def test_none_of_a_count_negates_the_predicate_not_the_count():
    """ "none of its 80 staff was hurt" still states that it has 80 staff."""
    (claim,) = [c for c in _claims_of("None of its 80 staff was hurt.") if "80" in c.text]
    assert not claim.negated
    (claim,) = [c for c in _claims_of("It did not hire 80 staff.") if "80" in c.text]
    assert claim.negated


def test_taking_effect_and_being_effective_date_a_start():
    """ "will take effect in May", "would begin in May", "will be effective May 4" date one start."""
    report = reconcile.compare(
        [
            {
                "text": "The new fares will take effect in May.",
                "id": "a",
                "published": "2026-03-02",
            },
            {"text": "The new fares would begin in May.", "id": "b", "published": "2026-03-02"},
            {
                "text": "The new fares will be effective May 4.",
                "id": "c",
                "published": "2026-03-02",
            },
        ]
    )
    fact = _fact_with(report, "a", "May")
    assert {c.source_id for c in fact.claims} == {"a", "b", "c"}
    assert fact.verdict.kind == "agree"


def test_a_date_with_no_verb_dates_the_incident_named_before_it():
    """ "A fire swept through a store on Sunday night" and "the fire at the store on June 14" agree."""
    report = _two(
        "A fire swept through a furniture store in the town on Sunday night.",
        "Crews fought the fire at the store on June 14.",
    )
    fact = _fact_with(report, "a", "Sunday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert "e:fired" not in fact.claims[0].attribute_tokens


def test_a_noun_after_a_determiner_is_not_the_verb_of_a_date():
    """ "passed a fire inspection last week" dates a passing, not a firing, nor a later verb."""
    report = _two(
        "The school passed a fire inspection last week, records show.",
        "The school passed its yearly fire inspection on June 10 and had reopened a wing in May.",
    )
    fact = _fact_with(report, "a", "last week")
    assert {c.text for c in fact.claims} == {"last week", "June 10"}
    assert fact.verdict.kind == "agree"
    assert "e:fired" not in fact.claims[0].attribute_tokens


def test_a_date_of_an_expected_noun_is_the_date_of_its_verb_to_come():
    """ "expect full containment by June 20" and "hope to have it fully contained by June 20" agree."""
    report = _two(
        "Crews expect full containment by June 20.",
        "Crews hope to have it fully contained by June 20. It was 40% contained on Monday.",
    )
    fact = _fact_with(report, "a", "June 20")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    assert not report.conflicts


def test_gusts_are_winds():
    """ "winds of up to 40 mph" and "gusts of up to 40 mph" are one measure."""
    report = _two(
        "Winds of up to 40 mph fanned the flames.",
        "Gusts of up to 40 mph were recorded on the ridge.",
    )
    fact = _fact_with(report, "a", "40 mph")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_an_amount_in_brackets_restates_the_one_before_and_cash_is_no_frame():
    """ "for €2.2 billion ($2.4 billion)" and "for about $2.4 billion in cash" state one price."""
    report = _two(
        "The firm agreed to buy the chain for €2.2 billion ($2.4 billion), its largest deal.",
        "The firm will buy the chain for about $2.4 billion in cash, its biggest deal yet.",
    )
    fact = _fact_with(report, "a", "$2.4 billion")
    assert {c.text for c in fact.claims} == {"$2.4 billion", "about $2.4 billion"}
    assert fact.verdict.kind == "agree"
    assert not report.conflicts


def test_a_count_in_many_countries_is_not_the_count_of_one_site():
    """ "employs 30,000 people in 12 countries" never meets "the mill's 900 workers"; a firm's
    unmarked "employs 30,000 people" still meets it."""
    report = reconcile.compare(
        [
            {"text": "The mill employs about 900 people.", "id": "a"},
            {"text": "The mill's 700 workers were sent home.", "id": "b"},
            {"text": "The owner, Acme Paper, employs 30,000 people in 12 countries.", "id": "c"},
        ]
    )
    site = _fact_with(report, "a", "900 people")
    assert {c.source_id for c in site.claims} == {"a", "b"}
    assert site.verdict.kind == "conflict"
    assert _fact_with(report, "c", "30,000").verdict.kind == "single"
    report = _two(
        "Acme Paper employs about 30,000 people in 12 countries.",
        "Acme Paper, which was founded in 1950, employs roughly 30,000 people.",
    )
    fact = _fact_with(report, "a", "30,000")
    assert {c.source_id for c in fact.claims} == {"a", "b"}


def test_two_sets_of_others_meet_each_other_and_nothing_else():
    """ "six other people charged" and "Six others charged" meet; neither meets "two people charged"."""
    report = _two(
        "Two people were charged on Monday. Six other people charged in the case pleaded guilty.",
        "Six others charged in the case have pleaded guilty.",
    )
    others = _fact_with(report, "a", "Six other people")
    assert {c.text for c in others.claims} == {"Six other people", "Six others"}
    assert others.verdict.kind == "agree"
    assert _fact_with(report, "a", "Two people").verdict.kind == "single"


def test_an_incident_inside_another_noun_phrase_dates_nothing():
    """ "heard a call about the fire on Monday night", "the scene of the fire": no date of the fire."""
    for text in (
        "Neighbours heard a call about the fire on Monday night.",
        "Neighbours visited the scene of the fire from a block away on Monday.",
    ):
        (source,) = reconcile.read({"text": text, "id": "a", "published": "2026-06-16"})
        (claim,) = reconcile.extract(source)
        assert "fire" not in claim.attribute_tokens, text


def test_funding_reads_like_funds():
    """ "$2 million in relief funding" and "$2 million in relief funds" are one amount."""
    report = _two(
        "The county has set aside $2 million in relief funding.",
        "The county approved $2 million in relief funds.",
    )
    fact = _fact_with(report, "a", "$2 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_people_hurt_meet_the_patients_hurt():
    """ "Four patients were hospitalized" and "Five people were hospitalized" are one count in conflict."""
    report = _two(
        "Four patients were hospitalized after the gas leak.",
        "Five people were hospitalized after the gas leak.",
    )
    fact = _fact_with(report, "a", "Four patients")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_part_of_a_named_set_counts_that_set():
    """ "Five of the parked buses had broken windows" counts parked buses: it meets "Four of ..."."""
    report = _two(
        "Five of the parked buses had broken windows.",
        "Four of the parked buses had broken windows.",
    )
    fact = _fact_with(report, "a", "Five")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_stated_whole_is_apart_from_its_part():
    """ "Nine of the company's 30 buses broke down": nine buses, and 30 is a different count."""
    report = _two(
        "Nine of the company's 30 buses broke down on Monday.",
        "Nine buses broke down on Monday.",
    )
    part = _fact_with(report, "a", "Nine")
    assert {c.source_id for c in part.claims} == {"a", "b"}
    assert part.verdict.kind == "agree"
    assert _fact_with(report, "a", "30 buses").verdict.kind == "single"


def test_what_a_vessel_may_carry_is_not_what_it_carried():
    """ "licensed to carry up to 60 passengers" is a capacity: apart from the 48 it carried."""
    report = _two(
        "The boat was carrying 48 passengers. It was licensed to carry up to 60 passengers.",
        "The boat, certified to carry 60 passengers, sank on Monday.",
    )
    assert _fact_with(report, "a", "48 passengers").verdict.kind == "single"
    capacity = _fact_with(report, "a", "60 passengers")
    assert {c.source_id for c in capacity.claims} == {"a", "b"}
    assert capacity.verdict.kind == "agree"


def test_a_count_of_a_past_event_with_its_own_year_is_apart():
    """ "A flood in March 2001 killed more than 300 people" is not the toll of this week's collapse."""
    report = _two(
        "The bridge collapsed on Monday. A flood in March 2001 killed more than 300 people there.",
        "Three people were killed when the bridge collapsed on Monday.",
    )
    assert _fact_with(report, "a", "300 people").verdict.kind == "single"
    assert _fact_with(report, "b", "Three people").verdict.kind == "single"


def test_when_money_came_is_not_what_it_is():
    """ "$3 million in flood aid last week" is flood aid; "last week" says when, not what."""
    report = _two(
        "The city released $3 million in flood aid earlier this month to repair roads.",
        "The city has released $3 million in flood aid.",
    )
    fact = _fact_with(report, "a", "$3 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}


def test_a_subject_named_more_fully_is_the_same_subject():
    """ "The Board" / "Acme's Board" / "the Acme Board": one subject, so one amount."""
    report = _two(
        "The Acme Board approved a $40 million plan on Monday.",
        "Acme's Board quickly approved a plan of about $40 million on Monday.",
    )
    fact = _fact_with(report, "a", "$40 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_guns_are_firearms_and_a_deficit_is_a_shortfall():
    """Ordinary synonyms meet: "nine guns" / "eight firearms"; "$5 million deficit" / "shortfall"."""
    report = _two(
        "Police seized nine guns. The town must close a $5 million shortfall.",
        "Police seized eight firearms. The town must close what it called a $6 million deficit.",
    )
    guns = _fact_with(report, "a", "nine guns")
    assert {c.source_id for c in guns.claims} == {"a", "b"}
    assert guns.verdict.kind == "conflict"
    gap = _fact_with(report, "a", "$5 million")
    assert {c.source_id for c in gap.claims} == {"a", "b"}
    assert gap.verdict.kind == "conflict"


def test_a_budget_of_another_owner_or_year_is_another_budget():
    """ "Last year's budget" and "the library's budget" are not the budget of this year."""
    report = _two(
        "The board approved a $90 million budget. Last year's budget was $80 million.",
        "The board approved a $90 million budget. The library's budget rises to $12 million.",
    )
    assert _fact_with(report, "a", "$80 million").verdict.kind == "single"
    assert _fact_with(report, "b", "$12 million").verdict.kind == "single"
    total = _fact_with(report, "a", "$90 million")
    assert {c.source_id for c in total.claims} == {"a", "b"}


def test_one_measure_worded_with_another_verb_is_one_fact():
    """ "dumped 9.1 inches of snow" / "dropped more than 9 inches of snow" / "reached 9.1 inches"."""
    report = _two(
        "The blizzard dumped 9.1 inches of snow on the town. The airport gauge reached 9.1 inches.",
        "The blizzard dropped more than 9 inches of snow on the town.",
    )
    fact = _fact_with(report, "a", "9.1 inches")
    assert len(fact.claims) == 3
    assert fact.verdict.kind == "agree"


def test_a_measure_of_one_noun_with_another_verb_may_conflict():
    """ "offered two years of legal advice" / "offering 12 months of legal advice"."""
    report = _two(
        "The firm offered two years of free legal advice.",
        "The firm is offering affected tenants 12 months of legal advice.",
    )
    fact = _fact_with(report, "a", "two years")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_bare_measure_with_another_verb_joins_only_the_same_amount():
    """ "faced up to 15 years" is no statement of "two years given", nor "sentenced to" one."""
    report = _two(
        "She faced up to 15 years. She was given two years of probation.",
        "She received a sentence of two years of probation. He was sentenced to 9 years.",
    )
    assert _fact_with(report, "a", "15 years").verdict.kind == "single"
    assert _fact_with(report, "b", "9 years").verdict.kind == "single"
    probation = _fact_with(report, "a", "two years")
    assert {c.source_id for c in probation.claims} == {"a", "b"}


def test_deaths_are_the_people_an_event_killed():
    """ "six flood-related deaths" and "has killed five people" are one count in conflict."""
    report = _two(
        "Officials have confirmed six flood-related deaths.",
        "The flood has killed five people in the valley.",
    )
    fact = _fact_with(report, "a", "six flood-related deaths")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_deaths_are_not_a_kind_of_people_killed():
    """ "two cyclists killed" is a part of the dead, not the count of "six deaths"."""
    report = _two(
        "Officials have confirmed six flood-related deaths.",
        "The flood killed two cyclists who were riding home.",
    )
    assert _fact_with(report, "a", "six flood-related deaths").verdict.kind == "single"


def test_a_figure_over_a_wider_whole_meets_an_unmarked_one_of_like_value():
    """ "31 shelters were open across the county" / "31 emergency shelters": one count; an
    unmarked 12 stays apart from the county's 31, neither agreeing nor in conflict."""
    wide = "By Monday, 31 shelters were open across the county."
    report = _two(wide, "Families were staying in 31 emergency shelters.")
    fact = _fact_with(report, "a", "31 shelters")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(wide, "Families were staying in 12 emergency shelters.")
    assert _fact_with(report, "a", "31 shelters").verdict.kind == "single"


def test_a_date_after_a_named_place_is_dated_by_the_verb_before_it():
    """ "which made a second landfall near Port Ellis on June 15" is dated by "made", as "on Monday"."""
    report = _two(
        "Crews cleared roads in the county hit by the hurricane, which made a second landfall"
        " near Port Ellis on June 15.",
        "The hurricane made a second landfall on Monday and weakened.",
    )
    fact = _fact_with(report, "a", "June 15")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_date_after_an_object_with_an_amount_is_dated_by_its_verb():
    """ "approved a $9 million levy Monday night" / "adopted a levy of about $9 million"."""
    report = _two(
        "The board approved a $9 million levy Monday night that pays for two parks.",
        "The board adopted a levy of about $9 million late Monday, after a long debate.",
    )
    fact = _fact_with(report, "a", "Monday night")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_date_that_opens_its_clause_is_dated_by_the_clause_verb():
    """ "On May 4, 2026, the lab detected ..." / "discovered the leak May 4": one date."""
    report = _two(
        "On May 4, 2026, the lab detected a gas leak in its basement.",
        "The lab discovered the leak May 4, its report to the city shows.",
    )
    fact = _fact_with(report, "a", "May 4, 2026")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_one_counted_noun_with_other_modifiers_joins_only_a_like_count():
    """ "about 9,000 counterfeit watches seized" / "9,200 fake watches seized" agree; 3,000 apart."""
    pills = "Customs officers seized about 9,000 counterfeit watches at the port."
    report = _two(pills, "Customs officers seized 9,200 fake watches at the port.")
    fact = _fact_with(report, "a", "9,000 counterfeit watches")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(pills, "Customs officers seized 3,000 fake watches at the port.")
    assert _fact_with(report, "a", "9,000 counterfeit watches").verdict.kind == "single"


def test_a_death_s_day_meets_the_attack_s_day_only_when_they_agree():
    """ "was shot and killed Saturday" / "died Tuesday": two days, no conflict; the same day agrees."""
    attack = "A gunman shot and killed a clerk at about 9 p.m. Saturday."
    report = _two(attack, "A second clerk died Tuesday at a hospital, the police said.")
    saturday = _fact_with(report, "a", "Saturday")
    assert {c.source_id for c in saturday.claims} == {"a"}
    assert not report.conflicts
    report = _two(attack, "The clerk died Saturday at a hospital, the police said.")
    fact = _fact_with(report, "a", "Saturday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_two_victims_singled_out_of_a_count_are_not_one_of_two_wordings():
    """ "A cashier was killed" / "A customer was killed", each one of three dead: two people.

    Both carry the mark of a part ("~part"), which is no counted noun shared.
    """
    report = _two(
        "Three people were killed in the crash on Friday. A cashier was killed.",
        "Three people died in the crash on Friday. A customer was killed.",
    )
    cashier = _fact_with(report, "a", "A cashier")
    assert {c.source_id for c in cashier.claims} == {"a"}
    assert _fact_with(report, "a", "Three people").verdict.kind == "agree"


def test_workers_losing_their_jobs_are_workers_laid_off():
    """ "20 employees are to be laid off" / "25 workers will lose their jobs": one count in conflict."""
    report = _two(
        "The mill is closing a line, and 20 employees are to be laid off.",
        "The owner said 25 workers will lose their jobs at the mill.",
    )
    fact = _fact_with(report, "a", "20 employees")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_an_amount_after_an_adjective_is_the_size_of_the_noun_after_it():
    """ "adopted a revised $40 million plan" / "approved a $40 million plan": one plan."""
    report = _two(
        "The board approved a $40 million plan on Monday.",
        "The board on Monday adopted a revised $40 million plan for the harbor.",
    )
    fact = _fact_with(report, "a", "$40 million")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_rounded_figure_agrees_with_a_precise_one_it_cuts_off():
    """ "$36 million" is "$36.8 million" cut at its last digit; "$37 million" is not."""
    rounded = Quantity.exact(36e6, precision=1e6)
    assert compatible(rounded, Quantity.exact(36.8e6, precision=1e5))
    assert compatible(Quantity.exact(36.8e6, precision=1e5), rounded)
    assert not compatible(rounded, Quantity.exact(37e6, precision=1e6))
    assert not compatible(rounded, Quantity.exact(37.2e6, precision=1e5))


def test_a_period_so_far_dates_no_announcement():
    """ "the largest drop reported so far this year" is no date of the announcement."""
    report = _two(
        "The league said Tuesday that attendance fell by a third.",
        "The drop in attendance is the largest reported so far this year.",
    )
    assert _fact_with(report, "a", "Tuesday").verdict.kind == "single"


def test_people_forced_from_their_homes_were_evacuated():
    """ "About 900 people were forced from their homes" / "950 residents were evacuated"."""
    report = _two(
        "About 900 people were forced from their homes by the mudslide.",
        "Some 950 residents were evacuated from the hillside streets.",
    )
    fact = _fact_with(report, "a", "900 people")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_headline_number_joins_the_count_its_own_story_states():
    """ "Six charged after brawl" joins its body's "six people", in conflict with "eight"."""
    report = _two(
        "Six charged after casino brawl\n\nPolice charged six people on Tuesday after the"
        " brawl, the chief said.\n",
        "Police charged eight people on Tuesday after the brawl, the chief said.",
    )
    fact = _fact_with(report, "a", "six people")
    assert {c.text for c in fact.claims} == {"Six", "six people", "eight people"}
    assert fact.verdict.kind == "conflict"


def test_a_headline_number_unlike_its_story_stays_apart():
    """ "Four hurt in weekend shootings" over a story of one person hurt restates nothing there."""
    report = _two(
        "Four hurt in weekend shootings\n\nOne person was injured in a shooting on Sunday,"
        " police said.\n",
        "One person was injured in a shooting on Sunday, police said.",
    )
    fact = _fact_with(report, "a", "One person")
    assert {c.text for c in fact.claims} == {"One person"}
    assert _fact_with(report, "a", "Four").verdict.kind == "single"


def test_a_count_of_a_noun_meets_the_count_an_event_befell_of_like_value():
    """ "Outages topped out at 52,310 customers" / "about 52,000 customers had lost power"; the
    utility's 400,000 customers are apart."""
    report = _two(
        "Outages topped out at 52,310 customers. The utility serves 400,000 customers.",
        "By Friday night about 52,000 customers had lost power.",
    )
    fact = _fact_with(report, "b", "52,000 customers")
    assert {c.text for c in fact.claims} == {"52,310 customers", "about 52,000 customers"}
    assert fact.verdict.kind == "agree"


def test_a_head_count_is_apart_from_the_staff_an_event_touched():
    """ "which employs about 9,000 people" is all of the staff, not "the files of 700 staff
    members were also copied"; "8,000 workers" is still a head count, in conflict."""
    report = _two(
        "The mill, which employs about 9,000 people, ships steel abroad.",
        "The files of 700 staff members were also copied, the audit shows.",
    )
    assert _fact_with(report, "a", "9,000 people").verdict.kind == "single"
    report = _two(
        "The mill, which employs about 9,000 people, ships steel abroad.",
        "The mill has 8,000 workers.",
    )
    assert _fact_with(report, "a", "9,000 people").verdict.kind == "conflict"


def test_ages_of_unnamed_people_are_part_of_who_they_are():
    """ "a 14-year-old boy" and "a 15-year-old boy" are two boys; "Ann Lee, 46" / "47" conflict."""
    report = _two(
        "A 14-year-old boy was hurt in the crash on Elm Street.",
        "A 15-year-old boy was hurt in the crash on Elm Street.",
    )
    assert not [f for f in report.conflicts if f.claims[0].attribute == "age"]
    report = _two(
        "Ann Lee, 46, was hurt in the crash on Elm Street.",
        "Ann Lee, a 47-year-old nurse, was hurt in the crash on Elm Street.",
    )
    assert [f.claims[0].attribute for f in report.conflicts] == ["age"]


def test_a_speed_worded_before_or_after_its_noun_is_one_reading():
    """ "Gusts of up to 50 mph" / "58 mph gusts drove sand across the road": one reading, in
    conflict; "across" widens no speed to a total over a whole."""
    report = _two(
        "Gusts of up to 50 mph were measured at the pass, forecasters said.",
        "Drivers slowed as 58 mph gusts drove sand across the road near the pass.",
    )
    fact = _fact_with(report, "a", "50 mph")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_span_of_one_incident_with_another_verb_may_conflict():
    """ "The blaze smoldered for nearly ten hours" / "Crews attacked the fire for about 13 hours":
    one span of the fire, in conflict; a meeting's four hours stay apart."""
    report = _two(
        "The blaze smoldered for nearly ten hours before it was put out.",
        "Crews attacked the fire for about 13 hours. The council debated for four hours.",
    )
    fact = _fact_with(report, "a", "ten hours")
    assert {c.text for c in fact.claims} == {"nearly ten hours", "about 13 hours"}
    assert fact.verdict.kind == "conflict"


def test_a_count_after_when_is_not_what_the_verb_before_befell():
    """ "Four people were hurt on Sunday when about 40 cars slid" counts no hurt cars: the 40
    cars meet "Some 42 cars", and the hurt meet the hurt."""
    report = _two(
        "Four people were hurt on Sunday when about 40 cars slid into one another.",
        "Some 42 cars slid into one another on the bridge, and six people were hurt.",
    )
    cars = _fact_with(report, "a", "about 40 cars")
    assert {c.text for c in cars.claims} == {"about 40 cars", "Some 42 cars"}
    assert cars.verdict.kind == "agree"
    assert _fact_with(report, "a", "Four people").verdict.kind == "conflict"


def test_others_than_the_dead_are_all_of_the_hurt():
    """ "killed two people and injured nine others" / "Nine people were hurt": one count; but
    "one was hurt and two others were hurt" counts a part."""
    report = _two(
        "The storm killed two people and injured nine others, the mayor said.",
        "Nine people were hurt in the storm.",
    )
    fact = _fact_with(report, "a", "nine others")
    assert {c.text for c in fact.claims} == {"nine others", "Nine people"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "The storm injured one person in the town and two others in the valley.",
        "Three people were hurt in the storm.",
    )
    assert _fact_with(report, "a", "two others").verdict.kind == "single"


def test_the_hurt_taken_to_hospital_meet_the_hurt_only_with_a_like_count():
    """ "Eight people were taken to Mercy Hospital" is no count of "Dozens of people were
    hurt", nor in conflict with it; with a like count it is the same people."""
    report = _two(
        "Dozens of people were hurt when the stands gave way.",
        "Eight people were taken to Mercy Hospital after the stands gave way.",
    )
    assert _fact_with(report, "a", "Dozens of people").verdict.kind == "single"
    assert _fact_with(report, "b", "Eight people").verdict.kind == "single"
    report = _two(
        "Eight people were hurt when the stands gave way.",
        "Eight people were taken to Mercy Hospital after the stands gave way.",
    )
    assert _fact_with(report, "a", "Eight people").verdict.kind == "agree"


def test_people_who_remain_unaccounted_for_are_missing():
    """ "One climber remained unaccounted for" is a count of the missing, not of the club's
    300 climbers; "Two hikers remain missing" / "two hikers were unaccounted for" agree."""
    report = _two(
        "One climber remained unaccounted for on Sunday, the rescue team said.",
        "The club has about 300 climbers.",
    )
    assert _fact_with(report, "a", "One climber").verdict.kind == "single"
    report = _two(
        "Two hikers remain missing after the storm.",
        "By Sunday, two hikers were unaccounted for.",
    )
    fact = _fact_with(report, "a", "Two hikers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_set_apart_meets_the_plain_noun_only_with_a_like_count():
    """ "300 temporary clerks" are no count of "About 1,200 clerks walked out", nor in conflict
    with it; "hired about 300 replacement clerks" is the same set apart."""
    report = _two(
        "About 1,200 clerks walked out on Monday.",
        "The office stayed open with 300 temporary clerks, the manager said.",
    )
    assert _fact_with(report, "a", "1,200 clerks").verdict.kind == "single"
    report = _two(
        "The office hired about 300 replacement clerks for the week.",
        "The office stayed open with 300 temporary clerks, the manager said.",
    )
    fact = _fact_with(report, "a", "300 replacement clerks")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_verb_and_its_noun_of_doing_measure_one_thing():
    """ "after about four hours of negotiation" / "negotiated for nine hours": one span, in
    conflict; "for less than five hours" agrees with "about four"."""
    talks = "The talks ended after about four hours of negotiation."
    report = _two(talks, "The two sides negotiated for nine hours before they agreed.")
    fact = _fact_with(report, "a", "about four hours")
    assert {c.text for c in fact.claims} == {"about four hours", "nine hours"}
    assert fact.verdict.kind == "conflict"
    report = _two(talks, "The two sides negotiated for less than five hours.")
    assert _fact_with(report, "a", "about four hours").verdict.kind == "agree"


def test_tenants_are_the_residents_of_a_building():
    """ "Four tenants were evacuated" / "Six residents were evacuated": one count, in conflict."""
    report = _two(
        "Four tenants were evacuated from the tower on Friday.",
        "Six residents were evacuated from the tower on Friday.",
    )
    fact = _fact_with(report, "a", "Four tenants")
    assert {c.text for c in fact.claims} == {"Four tenants", "Six residents"}
    assert fact.verdict.kind == "conflict"


def test_the_people_and_the_workers_an_event_hurt_join_when_compatible():
    """ "More than a dozen people were hurt" / "Fifteen workers were treated for injuries":
    one count; "Eight workers" may be a part of the people, so it stays apart, no conflict."""
    people = "More than a dozen people were hurt in the blast at the mill."
    report = _two(people, "Fifteen workers were treated for injuries after the blast.")
    fact = _fact_with(report, "a", "More than a dozen people")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(people, "Eight workers were treated for injuries after the blast.")
    assert _fact_with(report, "a", "More than a dozen people").verdict.kind == "single"


def test_tractor_trailers_are_trucks():
    """ "Three tractor-trailers overturned" / "Five heavy trucks overturned": one count, in conflict."""
    report = _two(
        "Three tractor-trailers overturned on the ramp in the storm.",
        "Five heavy trucks overturned on the ramp in the storm.",
    )
    fact = _fact_with(report, "a", "Three tractor-trailers")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_a_date_after_a_lasting_state_dates_the_incident_it_names():
    """ "is still missing after an explosion Sunday morning" dates the explosion, not the
    state: it agrees with "The explosion happened early Sunday"."""
    report = _two(
        "One miner is still missing after an explosion Sunday morning at the pit.",
        "The explosion happened early Sunday, the company said.",
    )
    fact = _fact_with(report, "a", "Sunday morning")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_the_hurt_in_a_condition_meet_the_hurt_only_with_a_like_count():
    """ "Six people were in critical condition" counts a part of "Dozens of people were hurt",
    no conflict with it."""
    report = _two(
        "Dozens of people were hurt when the stands gave way.",
        "Six people were in critical condition after the stands gave way.",
    )
    assert _fact_with(report, "a", "Dozens of people").verdict.kind == "single"
    assert _fact_with(report, "b", "Six people").verdict.kind == "single"


def test_a_bare_count_taken_to_hospital_counts_the_hurt_taken_there():
    """ "four of them were rushed to a hospital" / "five were flown to Mercy Hospital": one
    count of the hurt taken there, in conflict; neither joins the count of all the hurt."""
    report = _two(
        "Nine people suffered cuts in the crash, and four of them were rushed to a hospital.",
        "About ten people were hurt, and five were flown to Mercy Hospital, the chief said.",
    )
    fact = _fact_with(report, "a", "four")
    assert {c.text for c in fact.claims} == {"four", "five"}
    assert fact.verdict.kind == "conflict"
    # "Nine people suffered cuts" may join "About ten people were hurt" (both beside the count
    # taken to hospital: one count of the hurt, alike), but never the hospital's count
    hurt = _fact_with(report, "b", "About ten people")
    assert {c.text for c in hurt.claims} <= {"About ten people", "Nine people"}


def test_confirmed_cases_meet_all_the_cases_only_with_a_like_count():
    """ "Nine cases have been confirmed by tests" are a part of "looking into 30 cases of
    fever", no conflict; "Tests have confirmed the fever in 9 cases" agrees."""
    confirmed = "Nine cases have been confirmed by blood tests."
    report = _two(confirmed, "The agency is looking into 30 cases of fever.")
    assert _fact_with(report, "a", "Nine cases").verdict.kind == "single"
    assert _fact_with(report, "b", "30 cases").verdict.kind == "single"
    report = _two(confirmed, "Tests have confirmed the fever in 9 cases.")
    assert _fact_with(report, "a", "Nine cases").verdict.kind == "agree"


def test_a_count_of_two_sets_together_meets_one_of_them_only_with_a_like_count():
    """ "40 pupils and staff fell ill" counts pupils and staff together: not in conflict with
    "Three pupils were kept in overnight"."""
    report = _two(
        "At the school 40 pupils and staff fell ill after the trip.",
        "Three pupils were kept in overnight, the school said.",
    )
    assert _fact_with(report, "a", "40 pupils").verdict.kind == "single"
    assert _fact_with(report, "b", "Three pupils").verdict.kind == "single"
    report = _two(
        "The plant has about 400 employees and contractors and makes glass.",
        "The plant has 400 employees.",
    )
    assert _fact_with(report, "a", "about 400 employees").verdict.kind == "agree"


def test_a_claim_joins_the_cluster_of_its_attribute_that_states_a_like_value():
    """Of two counts of pupils in one source (12 sick, three in intensive care), another
    source's "Three pupils" joins the three, not the 12 stated first: no false conflict."""
    report = _two(
        "The sick were 12 pupils at the school. Three pupils were kept in overnight.",
        "Three pupils stayed in the sick bay overnight, a nurse said.",
    )
    assert _fact_with(report, "a", "12 pupils").verdict.kind == "single"
    fact = _fact_with(report, "b", "Three pupils")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_an_age_described_meets_the_age_of_a_named_person_when_alike():
    """ "A 71-year-old man" / "Peter Sloan, 71": one person's age, agree; 71 / 74 stay apart
    (two people, or one misread: no conflict is claimed)."""
    described = "A 71-year-old man died when the wall fell."
    report = _two(described, "The man who died was Peter Sloan, 71, a retired baker.")
    (fact,) = [f for f in report.facts if f.claims[0].attribute_tokens == ("age",)]
    assert {c.text for c in fact.claims} == {"71-year-old", "71"}
    assert fact.verdict.kind == "agree"
    report = _two(described, "The man who died was Peter Sloan, 74, a retired baker.")
    ages = [f for f in report.facts if f.claims[0].attribute_tokens == ("age",)]
    assert sorted(len(f.claims) for f in ages) == [1, 1]


def test_a_fact_title_says_each_word_once():
    """ "Four of the injured" is read with the attribute "injured injured": the fact's title
    says it once."""
    report = _two(
        "Four of the injured were in serious condition at Mercy Hospital.",
        "Four of the injured were in serious condition, the hospital said.",
    )
    fact = _fact_with(report, "a", "Four")
    assert fact.attribute is not None
    words = fact.attribute.casefold().split()
    assert words
    assert len(words) == len(set(words))


def test_a_conflict_description_sets_one_amount_on_one_side():
    """ "3 people" and a bare "3" state one amount: "3 ... ; 3 people ... vs 4 deaths", never
    "3 vs 3 people"."""
    report = _two(
        "Three die in bus crash\n\nThree people died when a bus left the road on Friday.",
        "Four people were killed when a bus left the road on Friday.",
    )
    fact = _fact_with(report, "a", "Three people")
    assert fact.verdict.kind == "conflict"
    sides = fact.describe().split(": ", 1)[1].split(" vs ")
    assert len(sides) == 2
    assert sum("3" in side for side in sides) == 1


def test_an_award_and_the_sum_ordered_paid_are_one_fact():
    """ "ordered the bakery to pay $3.1 million" / "returned a verdict of $3.4 million": the
    sum awarded is what the losing side is to pay, one fact in conflict; "awarded" and "a
    verdict of" agree. A past award stays apart."""
    ordered = "A county jury on Monday ordered the bakery to pay $3.1 million to the widow."
    report = _two(ordered, "The jury returned a verdict of $3.4 million for the widow.")
    fact = _fact_with(report, "a", "$3.1 million")
    assert {c.text for c in fact.claims} == {"$3.1 million", "$3.4 million"}
    assert fact.verdict.kind == "conflict"
    report = _two(
        "A county jury on Monday awarded the widow $3.4 million.",
        "The jury returned a verdict of $3.4 million for the widow.",
    )
    assert _fact_with(report, "a", "$3.4 million").verdict.kind == "agree"
    report = _two(ordered, "In 2019 a jury awarded $2 million in a similar case.")
    assert _fact_with(report, "b", "$2 million").verdict.kind == "single"


def test_an_adverb_of_when_keeps_a_first_step_apart_from_the_total():
    """ "a 5 percent raise immediately" is the first step of "A 12 percent raise over the
    life of the deal", no conflict; like values still meet."""
    first = "The deal brings a 5 percent raise immediately upon signing, the union said."
    report = _two(first, "The deal brings a 12 percent raise over the life of the deal.")
    assert _fact_with(report, "a", "5 percent").verdict.kind == "single"
    assert _fact_with(report, "b", "12 percent").verdict.kind == "single"
    report = _two(first, "The deal brings a 5 percent raise, the union said.")
    assert _fact_with(report, "a", "5 percent").verdict.kind == "agree"


def test_one_day_named_with_no_attribute_by_two_sources_is_one_fact():
    """ "fell ill after eating there on Sunday" / "sick after a Sunday lunch": a day with no
    attribute says only that something happened that day; the same day of two sources is one
    fact (agree), another day stays apart."""
    report = _two(
        "Thirty people fell ill after a picnic at the park on Sunday, officials said.",
        "More than 25 people became sick after a Sunday picnic at the park.",
    )
    fact = _fact_with(report, "a", "Sunday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(
        "Thirty people fell ill after a picnic at the park on Sunday, officials said.",
        "More than 25 people became sick after a Saturday picnic at the park.",
    )
    assert _fact_with(report, "a", "Sunday").verdict.kind == "single"


def test_a_verb_and_its_noun_of_doing_date_one_happening():
    """ "the freight train derailed late Friday" / "the derailment occurred on June 12": one date."""
    report = _two(
        "A freight train derailed late Friday near the river, the railway said.",
        "The derailment occurred on June 12 near the river.",
    )
    fact = _fact_with(report, "a", "Friday")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"


def test_a_crowd_meets_a_count_of_people_that_says_more_with_a_like_value():
    """ "Roughly 2,400 people ... were told to stay indoors" (what befell them not read) meets
    "ordered about 2,400 residents to leave" with a like value (agree); never an unlike one,
    nor another bare crowd, nor a small bare count."""
    ordered = "Police ordered about 2,400 residents near the dam to leave their homes."
    report = _two(ordered, "Roughly 2,400 people living near the dam were told to stay indoors.")
    fact = _fact_with(report, "a", "about 2,400 residents")
    assert {c.source_id for c in fact.claims} == {"a", "b"}
    assert fact.verdict.kind == "agree"
    report = _two(ordered, "About 600 people gathered at the school near the dam.")
    assert _fact_with(report, "b", "About 600 people").verdict.kind == "single"
    report = _two(
        "Roughly 2,400 people living near the dam were told to stay indoors.",
        "About 3,000 people gathered at the school near the dam.",
    )
    assert _fact_with(report, "b", "About 3,000 people").verdict.kind == "single"
    report = _two("Two people were taken to a shelter.", "Two people were hurt in the fall.")
    assert _fact_with(report, "a", "Two people").verdict.kind == "single"


# --- the entry points say what to pass ------------------------------------------------------


def test_extract_detects_the_zones_of_a_source_built_directly():
    """`extract(Source(id=..., text=...))` finds the claims that `read` would, not nothing."""
    bare = reconcile.Source(id="z", text="Police said 4 people were hurt.")
    claims = reconcile.extract(bare)
    assert [c.text for c in claims] == ["4 people"]
    assert claims == reconcile.extract(reconcile.read(bare)[0])


@pytest.mark.parametrize(
    ("given", "advice"),
    [
        ("Police said 5 people were hurt.", r"reconcile\.read\(text\)\[0\]"),
        (Path("story.txt"), r"reconcile\.read\(path\)\[0\]"),
        ({"text": "Rain."}, r"reconcile\.read\(\.\.\.\)"),
    ],
)
def test_extract_refuses_what_is_not_a_source_saying_what_to_pass(given: object, advice: str):
    """A text, a path or a mapping given to extract: an InvalidSourceError naming the fix."""
    with pytest.raises(reconcile.InvalidSourceError, match=advice):
        reconcile.extract(given)  # type: ignore[arg-type]


def test_settings_given_as_a_mapping_are_refused_with_the_fix():
    """settings={...} at compare, extract, compare_corpus or Reconciler: a SettingsError naming
    Settings.from_dict, not an AttributeError from deep inside."""
    calls = [
        lambda bad: reconcile.compare(["Four people died."], settings=bad),
        lambda bad: reconcile.extract(reconcile.read("Four people died.")[0], settings=bad),
        lambda bad: list(reconcile.compare_corpus(["Four people died."], settings=bad)),
        reconcile.Reconciler,
        lambda bad: reconcile.stories(["Four people died."], settings=bad),
    ]
    for call in calls:
        with pytest.raises(reconcile.SettingsError, match=r"Settings\.from_dict"):
            call({"approx_window": 0.2})
        with pytest.raises(reconcile.SettingsError, match="got int"):
            call(5)
