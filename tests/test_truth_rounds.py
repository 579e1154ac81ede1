"""The round steps of reconcile.truth against the plain loops they replaced: equal results.

The references below are the earlier forms of ``_probabilities`` (one loop for every size
of fact), ``_accuracies`` (sums over the votes gathered
in source order; facts of one claim count at the prior, as since that form), ``_weights`` (votes sorted by a key per vote), ``_shared_true``'s first
count and ``_pairs``' count of shared values (one ``Counter.update`` per value), and
``_dependence``'s log-likelihoods (constants computed per pair). Results must be equal
to the last bit: estimates are compared by their digests.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.records import parse_value
from reconcile.truth import (
    FlatClaims,
    TruthSettings,
    _accuracies,
    _best,
    _dependence,
    _pair_counts,
    _pairs,
    _prepare,
    _probabilities,
    _Problem,
    _shared_true,
    _weights,
    value_key,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from reconcile.model import Value

TEXTS = ["4", "4.0", "5", "6", "7", "1,000", "1000", "about 5", "Paris", "France", "2020"]
SOURCES = 6


def _problem(facts: list[list[tuple[int, int]]]) -> _Problem:
    parsed: dict[str, Value] = {}
    start, source, keys, values, texts = [0], [], [], [], []
    for fact in facts:
        for who, t in fact:
            value = parsed.setdefault(TEXTS[t], parse_value(TEXTS[t]))
            source.append(who)
            values.append(value)
            keys.append(value_key(value))
            texts.append(TEXTS[t])
        start.append(len(source))
    ids = [f"f{i}" for i in range(1, len(facts) + 1)]
    return _prepare(FlatClaims(ids, start, source, keys, values, texts), SOURCES, TruthSettings())


def _accuracies_before(
    p: _Problem,
    probs: Sequence[float],
    count: Sequence[float],
    truth: TruthSettings,
    alone: Sequence[int],
) -> list[float]:
    order = list(itertools.chain.from_iterable(p.source_votes))
    bounds = [0, *itertools.accumulate(map(len, p.source_votes))]
    value = list(map(p.vote_value.__getitem__, order))
    share = list(map(p.vote_share.__getitem__, order))
    prior = truth.prior_strength * truth.prior_accuracy
    get, mul = probs.__getitem__, operator.mul
    return [
        min(
            truth.max_accuracy,
            max(
                truth.min_accuracy,
                (
                    prior
                    + u * truth.prior_accuracy
                    + sum(map(mul, map(get, value[lo:hi]), share[lo:hi]))
                )
                / (k + u),
            ),
        )
        for lo, hi, k, u in zip(bounds, bounds[1:], count, alone, strict=False)
    ]


def _weights_before(
    p: _Problem, accuracy: Sequence[float], dependent: Mapping[tuple[int, int], float], c: float
) -> list[float]:
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), prob in dependent.items():
        neighbours[a][b] = prob
        neighbours[b][a] = prob
    mult = list(p.vote_share)
    linked: dict[int, list[int]] = defaultdict(list)
    for source in neighbours:
        for v in p.source_votes[source]:
            linked[p.vote_value[v]].append(v)
    for votes in linked.values():
        if len(votes) < 2:
            continue
        seen: set[int] = set()
        for v in sorted(votes, key=lambda v: (-accuracy[p.vote_source[v]], p.vote_source[v])):
            source = p.vote_source[v]
            factor = 1.0
            for other, prob in neighbours[source].items():
                if other in seen:
                    factor *= 1 - c * prob
            seen.add(source)
            mult[v] *= factor
    return mult


def _probabilities_before(
    p: _Problem, tau: Sequence[float], mult: Sequence[float], n: float
) -> list[float]:
    contrib = [tau[source] * m for source, m in zip(p.vote_source, mult, strict=True)]
    score = [sum(contrib[lo:hi]) for lo, hi in itertools.pairwise(p.vote_start)]
    own = score[:]
    for a, b, share in p.edges:
        score[b] += share * own[a]
    probs = [0.0] * len(score)
    for lo, hi in itertools.pairwise(p.item_start):
        unseen = max(0.0, n + 1 - (hi - lo))
        if hi - lo == 1:
            s = score[lo]
            probs[lo] = 1 / (1 + unseen * math.exp(-s)) if s > -700 else 0.0
            continue
        top = max(0.0, *score[lo:hi])
        weights = [math.exp(s - top) for s in score[lo:hi]]
        norm = sum(weights) + unseen * math.exp(-top)
        probs[lo:hi] = [w / norm for w in weights]
    return probs


def _counted(p: _Problem, values: Sequence[int]) -> Counter[tuple[int, int]]:
    shared: Counter[tuple[int, int]] = Counter()
    for g in values:
        group = p.vote_source[p.vote_start[g] : p.vote_start[g + 1]]
        if len(group) > 1:
            shared.update(itertools.combinations(group, 2))
    return shared


def _dependence_before(
    pairs: Mapping[tuple[int, int], tuple[int, int]],
    shared_true: Counter[tuple[int, int]],
    accuracy: Sequence[float],
    n: float,
    truth: TruthSettings,
) -> dict[tuple[int, int], float]:
    c = truth.copy_rate
    prior = math.log(truth.copy_prior / (1 - truth.copy_prior))
    found = {}
    for pair, (both, together) in pairs.items():
        kt = shared_true[pair]
        a1, a2 = accuracy[pair[0]], accuracy[pair[1]]
        mean, pt, pf = (a1 + a2) / 2, a1 * a2, (1 - a1) * (1 - a2) / n
        log_ratio = (
            kt * math.log((c * mean + (1 - c) * pt) / pt)
            + (both - kt) * math.log((c * (1 - mean) + (1 - c) * pf) / pf)
            + (together - both) * math.log(1 - c)
        )
        odds = prior + log_ratio
        posterior = 1 / (1 + math.exp(-odds)) if odds > -700 else 0.0
        if posterior >= truth.dependence_threshold:
            found[pair] = posterior
    return found


FACTS = st.lists(
    st.lists(
        st.tuples(st.integers(0, SOURCES - 1), st.integers(0, len(TEXTS) - 1)),
        min_size=1,
        max_size=7,
    ),
    max_size=14,
)
FRACTIONS = st.floats(0.02, 0.98)


@settings(max_examples=200, deadline=None)
@given(FACTS, st.lists(FRACTIONS, min_size=SOURCES, max_size=SOURCES), st.data())
def test_round_steps_match_the_loops(
    facts: list[list[tuple[int, int]]], accuracy: list[float], data: st.DataObject
) -> None:
    p = _problem(facts)
    truth = TruthSettings(dependence_threshold=0.0, min_shared=1)
    probs = data.draw(st.lists(FRACTIONS, min_size=len(p.values), max_size=len(p.values)))
    share = p.vote_share.__getitem__
    count = [truth.prior_strength + sum(map(share, votes)) for votes in p.source_votes]
    singles = Counter(fact[0][0] for fact in facts if len(fact) == 1)
    alone = [singles[source] for source in range(SOURCES)]
    assert p.source_unchecked == alone  # facts of one claim, counted at the prior
    tau = [math.log(3.0 * a / (1 - a)) for a in accuracy]  # negative below 1/4
    mult = data.draw(st.lists(FRACTIONS, min_size=len(p.vote_source), max_size=len(p.vote_source)))
    assert _probabilities(p, tau, mult, 3.0) == _probabilities_before(p, tau, mult, 3.0)
    assert _accuracies(p, probs, count, truth) == _accuracies_before(p, probs, count, truth, alone)
    best = _best(p, probs)
    shared_true = _shared_true(p, best)
    assert shared_true == _counted(p, best)
    pairs = _pairs(p, 1)
    assert {pair: both for pair, (both, _) in pairs.items()} == +_counted(p, range(len(p.values)))
    found = _dependence(p, pairs, best, accuracy, n=3.0, settings=truth, shared_true=shared_true)
    assert found == _dependence_before(pairs, shared_true, accuracy, 3.0, truth)
    assert _weights(p, accuracy, found, 0.8) == _weights_before(p, accuracy, found, 0.8)


def test_weights_discount_the_less_accurate_of_two_dependent_sources() -> None:
    """Sources 0 and 1 state the same values; 1 is less accurate, so its votes are discounted."""
    p = _problem([[(0, 2), (1, 2), (2, 3)], [(0, 4), (1, 4)]])
    mult = _weights(p, [0.9, 0.6, 0.8, 0.5, 0.5, 0.5], {(0, 1): 0.5}, 0.8)
    assert mult == _weights_before(p, [0.9, 0.6, 0.8, 0.5, 0.5, 0.5], {(0, 1): 0.5}, 0.8)
    by_source = dict(zip(p.vote_source, mult, strict=True))
    assert by_source[0] == 1.0
    assert by_source[1] == 1 - 0.8 * 0.5
    assert by_source[2] == 1.0


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, 9), max_size=6).map(lambda g: sorted(set(g))),
        max_size=20,
    )
)
def test_pair_counts_by_table_and_by_counter_agree(groups: list[list[int]]) -> None:
    """Both ways of counting pairs give each pair its groups, sorted, zero counts left out."""
    expected = Counter(itertools.chain.from_iterable(itertools.combinations(g, 2) for g in groups))
    by_table = _pair_counts(groups, 10)
    assert by_table == expected
    assert list(by_table) == sorted(expected)
    by_counter = _pair_counts(groups, 10, grid=99)  # too many sources for a table
    assert by_counter == expected
    assert list(by_counter) == sorted(expected)
