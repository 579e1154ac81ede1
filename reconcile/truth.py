"""Truth estimation: which value of a contested fact is most likely right, and whom to believe.

When sources disagree, counting votes is not enough: some sources are more
accurate than others, and some copy each other, so one error repeated by ten
outlets outvotes one careful source. This module estimates, across all facts at
once, each source's *reliability* (its accuracy: the probability that a value it
states is true), each value's probability, and which sources depend on each
other, following ACCU and DEPEN of Dong, Berti-Equille & Srivastava
("Integrating conflicting data: the role of source dependence", VLDB 2009):

1. **Votes in log-odds (ACCU).** A source of accuracy ``A`` that states value
   ``v`` adds ``τ = ln(n·A / (1 − A))`` to ``v``'s score, ``n`` being the number
   of false values of a fact (:attr:`TruthSettings.false_values`). A value's
   probability is ``e^score`` over the sum for the fact's values plus the
   ``n + 1 − k`` false values nobody stated (score 0), by log-sum-exp so large
   scores never overflow.
2. **Similar values support each other.** A value's score also receives
   ``share · score`` of every value consistent with it: the same number within
   printed precision or overlapping dates (:func:`reconcile.judge.compatible`;
   ``similarity``), the region that contains a place (a claim "Minnesota" lends
   support to "Minneapolis", the more specific value, and not the other way
   round, or the region would always outscore its places; ``place_similarity``;
   containment comes from the gazetteer, or from a hierarchy the caller passes
   as ``contains``), and a name sharing most of its words
   (``name_similarity`` times the Jaccard overlap of their word sets, when at
   least one half: "Donald Knuth" and "Donald E. Knuth").
3. **Accuracy from probabilities.** A source's accuracy is the mean probability
   of the values it states, smoothed towards :attr:`TruthSettings.prior_accuracy`
   ``A₀`` by ``prior_strength`` ``m`` pseudo-claims and kept in
   ``[min_accuracy, max_accuracy]``. A claim of a fact only its source states
   cannot be checked, so it counts as true with probability ``A₀``, not with the
   probability the votes give it (that is its source's own accuracy,
   ``n·A/(1 − A)`` against ``n`` unseen values, which would only echo the
   estimate back and slow the fixed point down)::

       A = (m·A₀ + u·A₀ + Σ share·P(value)) / (m + u + Σ share)

   the sums over the source's claims on facts stated by more than one claim,
   ``u`` the facts it states by the only claim. So a source is judged on all it
   states, much as TruthFinder and Investment average over all of a source's
   claims: one seen on 20,000 facts alone and 200 where others nearly always
   agree with it is rated about ``A₀``, what a source nobody can check earns,
   not 0.99, and does not win every dispute on a record mostly unchecked.
4. **Copying (DEPEN).** Two independent sources rarely make the same mistake.
   For each pair of sources that state the same value on at least
   ``min_shared`` facts, with ``kt`` (``kf``) the facts where they state the same
   value and it is (is not) the current most likely one, and ``kd`` the facts
   both state with different values, the likelihood ratio of dependence at copy
   rate ``c`` against independence is (``A`` the mean of the two accuracies)::

       Pt = A1·A2          Pt' = c·A       + (1 − c)·Pt
       Pf = (1−A1)(1−A2)/n Pf' = c·(1 − A) + (1 − c)·Pf
       Pd = 1 − Pt − Pf    Pd' = (1 − c)·Pd
       ln LR = kt·ln(Pt'/Pt) + kf·ln(Pf'/Pf) + kd·ln(Pd'/Pd)

   and the probability of dependence is ``σ(logit(copy_prior) + ln LR)``.
   Shared false values weigh far more than shared true ones, and every fact on
   which the two differ is evidence against copying. Dependence is symmetric
   here (no direction is inferred). When several sources state one value they
   are taken in order of accuracy (then id), and each one's vote is multiplied
   by ``1 − c·P(dep)`` for every earlier one it depends on with
   ``P(dep) ≥ dependence_threshold``: ten copies of one origin count little
   more than the origin. A source with fewer than ``min_shared`` claims on
   facts of more than one claim cannot share ``min_shared`` values with anyone, so none of
   its pairs can be examined; rather than independent (``P(dep)`` 0), each such
   pair keeps the prior, ``copy_prior``: in that order, its vote is multiplied by
   ``1 − c·copy_prior`` for every earlier source stating the same value (recomputed
   each round, the order being the round's accuracies). A source seen on one fact
   that repeats a prolific source's figure then adds less than an independent vote.

Steps 1–3 repeat until no accuracy moves more than ``tolerance`` or
``iterations`` rounds have run (a fact stated by one claim takes no part in
them: it has no estimate to make, and its claim counts at ``A₀`` whatever the
rounds find, so it is counted once, per source, and left out); then step 4 re-
weighs the votes and steps 1–3 run again, for at most ``copy_rounds`` rounds or
until the dependent pairs stop changing. ``kt`` and ``kf`` use the current most
likely value of each fact (a hard decision, which lets the pairs be counted by
value group rather than by every pair of a fact's sources), and ``kd`` comes
from intersecting the two sources' sets of facts, only for pairs that share
values. When ``false_values`` is 0 (the default) ``n`` is estimated from the
data: one over the mean, across facts with false claims, of the chance that two
false claims of a fact name the same value — so data whose errors cluster on one
wrong value (a common typo, a stale figure) are not read as evidence of copying.

Everything iterates in sorted order and nothing is random, so the same report
always gives the same estimates.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import math
import operator
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Any, cast

import attrs

from reconcile.errors import SettingsError
from reconcile.extract.gazetteer import place_contains
from reconcile.judge import compatible
from reconcile.model import DateRange, EntityRef, Estimate, Quantity
from reconcile.settings import settings_from_dict

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence

    from reconcile.model import Fact, Report, Value

__all__ = [
    "FlatClaims",
    "TruthResult",
    "TruthSettings",
    "apply_estimates",
    "estimate",
    "estimate_flat",
    "value_key",
]


def _probability(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise SettingsError(f"{attribute.name} must be a number in (0, 1), got {value!r}")


def _weight(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise SettingsError(f"{attribute.name} must be a number in [0, 1], got {value!r}")


def _positive(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise SettingsError(f"{attribute.name} must be a positive number, got {value!r}")


def _not_negative(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SettingsError(f"{attribute.name} must be a number ≥ 0, got {value!r}")


def _count(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{attribute.name} must be a positive whole number, got {value!r}")


@attrs.frozen
class TruthSettings:
    """The priors and iterations of truth estimation, as data that round-trips through JSON.

    Attributes:
        prior_accuracy: the accuracy a source has before any evidence.
        prior_strength: how many pseudo-claims at ``prior_accuracy`` smooth a
            source's accuracy (a source seen on two facts is not 0 or 1).
        false_values: ``n``, the number of false values of a fact; 0 estimates it
            from how often false claims of one fact coincide.
        similarity: the share of a value's score a compatible value receives.
        place_similarity: the share of a region's score a place within it receives.
        name_similarity: the share of a name's score a name with mostly the same
            words receives, times the overlap of their word sets.
        similarity_limit: facts with more distinct values than this skip
            similarity (comparing every pair of values grows with their square).
        iterations: the most rounds of the vote-accuracy fixed point.
        tolerance: stop when no accuracy moves more than this.
        min_accuracy: the least accuracy a source can have.
        max_accuracy: the most accuracy a source can have.
        detect_copying: estimate dependence between sources and discount copiers.
        copy_rounds: the most times dependence is re-estimated.
        copy_prior: the prior probability that two sources are dependent.
        copy_rate: ``c``, the share of its values a copier copies.
        dependence_threshold: pairs less likely dependent than this are not discounted.
        min_shared: pairs of sources that state the same value on fewer facts
            than this are not examined: taken as independent, or, when one of the
            two has fewer claims than this on contested facts (no pair of it can
            ever be examined), as dependent with probability ``copy_prior``.

    >>> TruthSettings.from_dict(TruthSettings().to_dict()) == TruthSettings()
    True
    """

    prior_accuracy: float = attrs.field(default=0.8, validator=_probability)
    prior_strength: float = attrs.field(default=2.0, validator=_positive)
    false_values: float = attrs.field(default=0.0, validator=_not_negative)
    similarity: float = attrs.field(default=0.5, validator=_weight)
    place_similarity: float = attrs.field(default=0.5, validator=_weight)
    name_similarity: float = attrs.field(default=0.5, validator=_weight)
    similarity_limit: int = attrs.field(default=100, validator=_count)
    iterations: int = attrs.field(default=30, validator=_count)
    tolerance: float = attrs.field(default=1e-4, validator=_positive)
    min_accuracy: float = attrs.field(default=0.01, validator=_probability)
    max_accuracy: float = attrs.field(default=0.99, validator=_probability)
    detect_copying: bool = True
    copy_rounds: int = attrs.field(default=10, validator=_count)
    copy_prior: float = attrs.field(default=0.2, validator=_probability)
    copy_rate: float = attrs.field(default=0.8, validator=_probability)
    dependence_threshold: float = attrs.field(default=0.5, validator=_weight)
    min_shared: int = attrs.field(default=3, validator=_count)

    def __attrs_post_init__(self) -> None:
        """Check the fields that bound each other (each field is checked on its own above)."""
        if self.min_accuracy > self.max_accuracy:
            raise SettingsError(
                f"min_accuracy ({self.min_accuracy!r}) must not exceed max_accuracy"
                f" ({self.max_accuracy!r}): every source would be held at max_accuracy;"
                " lower min_accuracy or raise max_accuracy"
            )

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TruthSettings:
        """Read settings written by :meth:`to_dict`; unknown names are an error, not ignored."""
        return settings_from_dict(cls, data, "truth settings")


def value_key(value: Value) -> Hashable:
    """What makes two values the same value, whatever their printed form or precision.

    >>> a, b = EntityRef("other", "Knuth", "Knuth"), EntityRef("other", "knuth", "KNUTH")
    >>> value_key(a) == value_key(b)
    True
    """
    if isinstance(value, Quantity):
        return ("q", value.kind, value.unit, value.currency, value.low, value.high,
                value.low_open, value.high_open, value.vague)  # fmt: skip
    if isinstance(value, DateRange):
        return ("d", value.start, value.end, None if value.start else value.relative)
    return ("n", value.kind, value.name.casefold())


@attrs.frozen
class TruthResult:
    """What estimation found: per fact, each value's probability; per source, its reliability.

    ``dependence`` holds the pairs of sources judged dependent (``P ≥ threshold``),
    as ``(a, b)`` with ``a < b``.
    """

    estimates: Mapping[str, Estimate]
    reliability: Mapping[str, float]
    dependence: Mapping[tuple[str, str], float]
    iterations: int


_WORD = re.compile(r"[^\W\d_]{2,}")


def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD.findall(name.casefold()))


def _similar(
    a: Value, b: Value, settings: TruthSettings, contains: Callable[[str, str], bool | None] | None
) -> float:
    """The share of ``a``'s score that ``b`` receives."""
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        inside = None if contains is None else contains(a.name, b.name)
        if inside is None and a.kind == "place" and b.kind == "place":
            inside = bool(place_contains(a.name, b.name))
        if inside is not None:
            return settings.place_similarity if inside else 0.0
        if a.kind == b.kind and settings.name_similarity:
            x, y = _words(a.name), _words(b.name)
            overlap = len(x & y) / len(x | y) if x and y else 0.0
            return settings.name_similarity * overlap if overlap >= 0.5 else 0.0
        return 0.0
    if compatible(a, b):
        return settings.similarity
    return 0.0


def _point(value: Value) -> float | None:
    """The number of an exact quantity that holds no other number, else None.

    Two such quantities are compatible only when their numbers are equal, so a
    fact whose values are all such quantities with different numbers has no
    similar values (:func:`_similar` is 0 for every pair).
    """
    if (
        isinstance(value, Quantity)
        and value.low is not None
        and value.low == value.high
        and not value.low_open
        and not value.high_open
        and value.vague is None
        and not (value.precision and value.precision > 1)
    ):
        return value.low
    return None


def _one_unit(values: list[Value]) -> bool:
    """Whether quantities share one unit and currency: "3 in" and "76 mm" may be one length."""
    return len({(v.unit, v.currency) for v in values if isinstance(v, Quantity)}) <= 1


def _printed(texts: list[str]) -> str:
    if texts.count(texts[0]) == len(texts):
        return texts[0].strip()
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        counts[text.strip()] += 1
    return min(counts, key=lambda t: (-counts[t], t))


@attrs.define
class _Problem:
    """All facts of more than one claim flattened into arrays: each round is a few passes.

    A fact of one claim is left out, counted only in ``source_unchecked``: it has no
    estimate to make and its claim counts at the prior in its source's accuracy, so nothing
    in the rounds reads it (module docstring, step 3).
    """

    fact_ids: list[str]
    item_start: list[int]  # fact f's values are item_start[f] .. item_start[f + 1]
    values: list[Value]
    texts: list[str]
    vote_start: list[int]  # value g's votes are vote_start[g] .. vote_start[g + 1]
    vote_source: list[int]
    vote_share: list[float]
    vote_value: list[int]
    edges: list[tuple[int, int, float]]  # (from value, to value, share of its score)
    source_votes: list[list[int]]  # per source, its votes
    source_unchecked: list[int]  # per source, the facts stated by one claim, its own
    plain: bool = True  # every vote_share is 1


@attrs.frozen
class FlatClaims:
    """Every claim of every fact as parallel lists: what estimation reads of a report.

    Fact ``f``'s claims are ``start[f] .. start[f + 1]``; each claim has its source's
    index, its value, that value's :func:`value_key` and its text as printed.
    """

    fact_ids: Sequence[str]
    start: Sequence[int]
    source: Sequence[int]
    key: Sequence[Hashable]
    value: Sequence[Value]
    text: Sequence[str]

    @classmethod
    def of(cls, facts: Sequence[Fact], index: Mapping[str, int]) -> FlatClaims:
        """The claims of these facts, their sources numbered by ``index``."""
        start = [0]
        source: list[int] = []
        values: list[Value] = []
        texts: list[str] = []
        for fact in facts:
            for claim in fact.claims:
                source.append(index[claim.source_id])
                values.append(claim.value)
                texts.append(claim.text)
            start.append(len(source))
        keys = [value_key(v) for v in values]
        return cls([f.id for f in facts], start, source, keys, values, texts)


def _prepare(
    claims: FlatClaims,
    sources: int,
    settings: TruthSettings,
    contains: Callable[[str, str], bool | None] | None = None,
) -> _Problem:
    p = _Problem(
        [], [0], [], [], [0], [], [], [], [], [[] for _ in range(sources)], [0] * sources,
    )  # fmt: skip
    claim_key, claim_value, claim_text = claims.key, claims.value, claims.text
    claim_source = claims.source
    values, texts, item_start = p.values, p.texts, p.item_start
    vote_start, vote_source, vote_share, vote_value = (
        p.vote_start,
        p.vote_source,
        p.vote_share,
        p.vote_value,
    )
    source_votes, unchecked = p.source_votes, p.source_unchecked
    share_of = {k: 1.0 / k for k in range(1, 9)}  # one float object per share, not one per vote
    similar: dict[tuple[int, int], float] = {}  # by the identity of the two values
    point_of: dict[int, float | None] = {}  # _point by the identity of the value
    fact_ids = p.fact_ids
    for fact_id, lo, hi in zip(
        claims.fact_ids, claims.start, itertools.islice(claims.start, 1, None), strict=False
    ):
        if hi - lo == 1:  # one claim: nothing to check it against, no estimate to make
            unchecked[claim_source[lo]] += 1  # counted at the prior in its source's accuracy
            continue
        fact_ids.append(fact_id)
        base = len(values)
        keys: dict[Hashable, int] = {}
        printed: list[list[str]] = []
        held: list[set[int]] = []  # per value, its sources
        for c in range(lo, hi):
            local = keys.get(claim_key[c])
            if local is None:
                local = keys[claim_key[c]] = len(keys)
                values.append(claim_value[c])
                printed.append([])
                held.append(set())
            printed[local].append(claim_text[c])
            held[local].add(claim_source[c])
        stated: Counter[int] | None = None  # source -> how many values, if any states two
        if len(set(claim_source[lo:hi])) < hi - lo:
            stated = Counter()
            for holders in held:
                stated.update(holders)
        texts.extend(map(_printed, printed))
        for local, holders in enumerate(held):
            g = base + local
            for source in sorted(holders):
                source_votes[source].append(len(vote_source))
                vote_source.append(source)
                k = 1 if stated is None else stated[source]
                part = share_of[k] if k in share_of else 1.0 / k
                vote_share.append(part)
                vote_value.append(g)
            vote_start.append(len(vote_source))
        item_start.append(len(values))
        if 1 < len(keys) <= settings.similarity_limit:
            numbers = []
            for v in values[base:]:
                if id(v) not in point_of:
                    point_of[id(v)] = _point(v)
                numbers.append(point_of[id(v)])
            if (
                None not in numbers
                and len(set(numbers)) == len(numbers)
                and _one_unit(values[base:])
            ):
                continue  # distinct exact numbers in one unit: no value implies another
            for i, j in itertools.permutations(range(base, base + len(keys)), 2):
                a, b = values[i], values[j]
                pair = (id(a), id(b))
                share = similar.get(pair)
                if share is None:
                    share = similar[pair] = _similar(a, b, settings, contains)
                if share:
                    p.edges.append((i, j, share))
    p.plain = all(share == 1.0 for share in vote_share)
    return p


def _probabilities(
    p: _Problem, tau: Sequence[float], mult: Sequence[float], n: float
) -> list[float]:
    """Every value's probability, given each source's vote ``tau`` and each vote's weight."""
    contrib = list(map(operator.mul, map(tau.__getitem__, p.vote_source), mult))
    score = [sum(contrib[lo:hi]) for lo, hi in itertools.pairwise(p.vote_start)]
    if p.edges:
        own = score[:]
        for a, b, share in p.edges:
            score[b] += share * own[a]
    probs = [0.0] * len(score)
    exp = math.exp
    # Facts of two and three values (most facts) written out: the same operations in the
    # same order as the general case below (sum(weights) adds from the left), so the same
    # probabilities to the last bit, without a list and two comprehensions per fact (a
    # quarter less time for a million claims).
    for lo, hi in itertools.pairwise(p.item_start):
        unseen = max(0.0, n + 1 - (hi - lo))
        if hi - lo == 2:
            a, b = score[lo], score[lo + 1]
            top = max(0.0, a, b)
            wa, wb = exp(a - top), exp(b - top)
            norm = wa + wb + unseen * exp(-top)
            probs[lo], probs[lo + 1] = wa / norm, wb / norm
        elif hi - lo == 3:
            a, b, c = score[lo], score[lo + 1], score[lo + 2]
            top = max(0.0, a, b, c)
            wa, wb, wc = exp(a - top), exp(b - top), exp(c - top)
            norm = wa + wb + wc + unseen * exp(-top)
            probs[lo], probs[lo + 1], probs[lo + 2] = wa / norm, wb / norm, wc / norm
        elif hi - lo == 1:
            s = score[lo]
            probs[lo] = 1 / (1 + unseen * exp(-s)) if s > -700 else 0.0
        else:
            top = max(0.0, *score[lo:hi])
            weights = [exp(s - top) for s in score[lo:hi]]
            norm = sum(weights) + unseen * exp(-top)
            probs[lo:hi] = [w / norm for w in weights]
    return probs


def _accuracies(
    p: _Problem,
    probs: Sequence[float],
    count: Sequence[float],
    settings: TruthSettings,
) -> list[float]:
    """Each source's accuracy: the mean probability of its values, smoothed by the prior.

    ``count[s]`` is ``prior_strength`` plus the shares of source ``s``'s votes on facts
    stated by more than one claim; each fact of one claim, its own, adds one more claim
    at ``prior_accuracy`` (``p.source_unchecked``; module docstring, step 3).

    The sums run over the votes in their own order (by value), each added to its source's
    sum: every list is read front to back, where gathering each source's values from the
    probabilities read them scattered across memory (for a million votes 0.9 s a round
    against 0.2). Each source's sum is the one its votes give in vote order, as before.
    """
    prior = settings.prior_strength * settings.prior_accuracy
    prior_accuracy = settings.prior_accuracy
    low, high = settings.min_accuracy, settings.max_accuracy
    sums = [0.0] * len(count)
    if p.plain:  # every share is 1 and x * 1.0 is x: no products needed
        for source, x in zip(p.vote_source, map(probs.__getitem__, p.vote_value), strict=True):
            sums[source] += x
    else:
        for source, x in zip(
            p.vote_source,
            map(operator.mul, map(probs.__getitem__, p.vote_value), p.vote_share),
            strict=True,
        ):
            sums[source] += x
    return [
        min(high, max(low, (prior + alone * prior_accuracy + total) / (k + alone)))
        for total, k, alone in zip(sums, count, p.source_unchecked, strict=True)
    ]


def _claim_counts(p: _Problem, prior_strength: float) -> list[float]:
    """Per source, ``prior_strength`` plus the shares of its votes, summed in vote order."""
    totals = [0.0] * len(p.source_votes)
    for source, share in zip(p.vote_source, p.vote_share, strict=True):
        totals[source] += share
    return [prior_strength + total for total in totals]


def _best(p: _Problem, probs: Sequence[float]) -> list[int]:
    """The most likely value of each fact (ties to the smaller printed text)."""
    best = []
    for lo, hi in itertools.pairwise(p.item_start):
        if hi - lo == 1:
            best.append(lo)
            continue
        seg = probs[lo:hi]
        top = max(seg)
        if seg.count(top) == 1:
            best.append(lo + seg.index(top))
        else:
            best.append(min((g for g in range(lo, hi) if probs[g] == top), key=p.texts.__getitem__))
    return best


def _vote_counts(p: _Problem) -> tuple[list[int], list[int], list[int]]:
    """Votes per value; per fact, all its votes and its ordered pairs of votes for one value."""
    sizes = [hi - lo for lo, hi in itertools.pairwise(p.vote_start)]
    votes = [sum(sizes[lo:hi]) for lo, hi in itertools.pairwise(p.item_start)]
    same = [sum(k * (k - 1) for k in sizes[lo:hi]) for lo, hi in itertools.pairwise(p.item_start)]
    return sizes, votes, same


def _false_values(counts: tuple[list[int], list[int], list[int]], best: Sequence[int]) -> float:
    """``n`` estimated: one over the mean chance that two false claims of a fact coincide."""
    chances = []
    sizes = counts[0]
    for votes, same, g in zip(counts[1], counts[2], best, strict=True):
        k = sizes[g]
        wrong = votes - k
        if wrong >= 2:
            chances.append((same - k * (k - 1)) / (wrong * (wrong - 1)))
    mean = sum(chances) / len(chances) if chances else 0.0
    return 1 / mean if mean > 0 else 10.0


def _groups(p: _Problem) -> Iterator[list[int]]:
    """Each value's sources, in value order (as :attr:`_Problem.vote_source` holds them)."""
    starts = p.vote_start
    return map(p.vote_source.__getitem__, map(slice, starts, itertools.islice(starts, 1, None)))


def _at(items: Sequence[int], indices: Iterable[int], offset: int = 0) -> Iterator[int]:
    """``items[i + offset]`` for each ``i`` of ``indices``."""
    if offset:
        indices = map(operator.add, indices, itertools.repeat(offset))
    return map(items.__getitem__, indices)


def _source_pairs(groups: Iterable[Sequence[int]]) -> Iterator[tuple[int, int]]:
    """Every pair of sources of each group (sorted, distinct), group by group, by ``map``."""
    pairs = cast(
        "Callable[[Sequence[int], int], Iterator[tuple[int, int]]]", itertools.combinations
    )
    return itertools.chain.from_iterable(map(pairs, groups, itertools.repeat(2)))


_GRID = 1_000_000  # the most cells of a sources × sources table of counts (8 MB)


def _pair_counts(
    groups: Iterable[Sequence[int]], sources: int, *, grid: int = _GRID
) -> Counter[tuple[int, int]]:
    """How many groups hold each pair of sources (each group's sources sorted, distinct).

    With a table of ``sources × sources`` counts (up to ``grid`` cells), each pair is one
    increment of a list item, about 200 ns a pair, where a ``Counter`` of the pairs' tuples
    costs about 500 (a tuple made and hashed per pair): ``_pairs`` and ``_shared_true`` count
    about 2 million pairs each for a million claims. Beyond that size, the ``Counter``. The
    pairs come out sorted, as ``sorted(Counter(...).items())`` would give them.
    """
    if sources * sources > grid:
        return Counter(dict(sorted(Counter(_source_pairs(groups)).items())))
    table = [[0] * sources for _ in range(sources)]
    for group in groups:
        if len(group) < 2:
            continue
        for i, a in enumerate(group):
            row = table[a]
            for b in group[i + 1 :]:
                row[b] += 1
    found: Counter[tuple[int, int]] = Counter()
    for a, row in enumerate(table):
        for b in itertools.compress(range(sources), row):
            found[a, b] = row[b]
    return found


def _pairs(
    p: _Problem, min_shared: int, *, by: str | None = None
) -> dict[tuple[int, int], tuple[int, int]]:
    """Facts in common, for each pair of sources that state the same value ``min_shared`` times.

    Each pair maps to (facts where they state the same value, facts both state). ``by``
    forces how facts both state are counted (``"pairs"`` or ``"bits"``; tests compare them).
    """
    # Every value's sources (sorted, distinct), their pairs counted in one call.
    shared = _pair_counts(_groups(p), len(p.source_votes))
    kept = [(pair, both) for pair, both in shared.items() if both >= min_shared]
    stating = [  # per fact, its sources
        sorted(set(p.vote_source[p.vote_start[lo] : p.vote_start[hi]]))
        for lo, hi in itertools.pairwise(p.item_start)
    ]
    # Facts in common: count every pair of each fact's sources (about 100 ns a pair), or AND
    # the two sources' sets of facts held as bits (about 1 ns per 64 facts), whichever is less.
    by_pairs = 100 * sum(len(s) * (len(s) - 1) // 2 for s in stating)
    if by == "pairs" or (by is None and by_pairs <= len(kept) * (len(stating) // 64 + 1)):
        together = _pair_counts(stating, len(p.source_votes))
        return {pair: (both, together[pair]) for pair, both in kept}
    bits = [bytearray(len(stating) // 8 + 1) for _ in p.source_votes]
    for f, sources in enumerate(stating):
        for source in sources:
            bits[source][f >> 3] |= 1 << (f & 7)
    facts = [int.from_bytes(b, "little") for b in bits]
    return {(a, b): (both, (facts[a] & facts[b]).bit_count()) for (a, b), both in kept}


def _shared_true(
    p: _Problem,
    best: Sequence[int],
    before: tuple[Sequence[int], Counter[tuple[int, int]]] | None = None,
) -> Counter[tuple[int, int]]:
    """Per pair of sources, the facts on which both state the most likely value (``kt``).

    ``before`` is an earlier round's ``best`` and its counts, updated in place for the facts
    whose most likely value changed since (between rounds, few do).
    """

    def count(values: Iterable[int], sign: int) -> None:
        for g in values:
            group = p.vote_source[p.vote_start[g] : p.vote_start[g + 1]]
            if len(group) > 1:
                if sign > 0:
                    shared.update(itertools.combinations(group, 2))
                else:
                    shared.subtract(itertools.combinations(group, 2))

    if before is None:  # every most likely value's pairs of sources, counted in one call
        groups = map(
            p.vote_source.__getitem__,
            map(slice, _at(p.vote_start, best), _at(p.vote_start, best, 1)),
        )
        return _pair_counts(groups, len(p.source_votes))
    old, shared = before
    changed = [f for f, (g, h) in enumerate(zip(best, old, strict=True)) if g != h]
    count(map(old.__getitem__, changed), -1)
    count(map(best.__getitem__, changed), 1)
    return shared


def _dependence(
    p: _Problem,
    pairs: Mapping[tuple[int, int], tuple[int, int]],
    best: Sequence[int] | None,
    accuracy: Sequence[float],
    *,
    n: float,
    settings: TruthSettings,
    shared_true: Counter[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], float]:
    """The probability of dependence of each pair of sources that share values (DEPEN).

    ``shared_true`` is :func:`_shared_true` of ``best``, when the caller keeps it.
    """
    if shared_true is None:
        shared_true = _shared_true(p, best) if best is not None else Counter()
    c = settings.copy_rate
    rest = 1 - c
    apart = math.log(1 - c)  # what each fact the two state differently adds
    prior = math.log(settings.copy_prior / (1 - settings.copy_prior))
    log = math.log
    found = {}
    for pair, (both, together) in pairs.items():
        a, b = pair
        kt = shared_true[pair]
        kf = both - kt
        kd = together - both
        a1, a2 = accuracy[a], accuracy[b]
        mean = (a1 + a2) / 2
        pt = a1 * a2
        pf = (1 - a1) * (1 - a2) / n
        if best is None:  # no truth yet: only how often the two state the same value
            same = pt + pf
            log_ratio = both * log((c + rest * same) / same) + kd * apart
        else:
            log_ratio = (
                kt * log((c * mean + rest * pt) / pt)
                + kf * log((c * (1 - mean) + rest * pf) / pf)
                + kd * apart
            )
        odds = prior + log_ratio
        posterior = 1 / (1 + math.exp(-odds)) if odds > -700 else 0.0
        if posterior >= settings.dependence_threshold:
            found[pair] = posterior
    return found


def _weights(
    p: _Problem, accuracy: Sequence[float], dependent: Mapping[tuple[int, int], float], c: float
) -> list[float]:
    """Each vote's weight: its share, times how much of it is the source's own, not copied."""
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), prob in dependent.items():
        neighbours[a][b] = prob
        neighbours[b][a] = prob
    mult = list(p.vote_share)
    # Sources in order of accuracy (then number). A vote is discounted by each source it
    # depends on that states the same value and comes earlier in this order.
    rank = dict(zip(sorted(neighbours, key=lambda s: (-accuracy[s], s)), itertools.count()))
    vote_of = {}  # per dependent source: value -> its vote for it
    for source in neighbours:
        mine = p.source_votes[source]
        vote_of[source] = dict(zip(map(p.vote_value.__getitem__, mine), mine, strict=True))
    factors: dict[int, float] = {}  # vote -> the product of its discounts
    for source, others in neighbours.items():
        own, at = vote_of[source], rank[source]
        for other, prob in others.items():  # in this order, as the products always were
            if rank[other] < at:
                keep = 1 - c * prob
                for g in own.keys() & vote_of[other].keys():  # the values both state
                    v = own[g]
                    factors[v] = factors.get(v, 1.0) * keep
    for v, factor in factors.items():
        mult[v] *= factor
    return mult


def _rare_groups(p: _Problem, min_shared: int) -> list[int]:
    """The values of two or more sources, one of which DEPEN cannot examine with anyone.

    That is a source with fewer than ``min_shared`` votes on facts of more than one claim:
    it cannot share ``min_shared`` values with any other source.
    """
    groups: set[int] = set()
    for votes in p.source_votes:
        if 0 < len(votes) < min_shared:
            for v in votes:
                g = p.vote_value[v]
                if p.vote_start[g + 1] - p.vote_start[g] > 1:
                    groups.add(g)
    return sorted(groups)


def _discount_rare(
    p: _Problem,
    mult: list[float],
    accuracy: Sequence[float],
    groups: Sequence[int],
    settings: TruthSettings,
) -> list[float]:
    """``mult`` with the votes of rarely seen sources discounted at the prior dependence.

    A source seen on fewer than ``min_shared`` contested facts shares too few values with
    anyone for DEPEN to examine the pair; rather than take it as independent (probability
    of dependence 0), each such pair keeps ``copy_prior``. So in each of ``groups`` (from
    :func:`_rare_groups`), sources taken in order of accuracy (then number) as in
    :func:`_weights`, a rare source's vote is multiplied by ``1 − c·copy_prior`` for every
    earlier source stating the same value: a one-claim source repeating a prolific one's
    figure adds less than an independent vote would.
    """
    if not groups:
        return mult
    keep = 1 - settings.copy_rate * settings.copy_prior
    few = settings.min_shared
    sizes = [len(votes) for votes in p.source_votes]
    source = p.vote_source
    for g in groups:
        order = sorted(range(p.vote_start[g], p.vote_start[g + 1]),
                       key=lambda v: (-accuracy[source[v]], source[v]))  # fmt: skip
        for rank, v in enumerate(order):
            if rank and sizes[source[v]] < few:
                mult[v] *= keep**rank
    return mult


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while millions of acyclic objects are built (internal).

    Each new object counts towards the next collection, and each collection walks
    the objects built so far: for a million claims that was half the time. Nothing
    built here forms a cycle, so nothing is left for the collector to find.

    On the way out, what was built joins the oldest generation unexamined (``gc.freeze``
    then ``gc.unfreeze``, two list splices), unless the program has frozen objects of its
    own: else the first collection after this would walk every one of them once more,
    finding nothing (two seconds of CPU for a million claims). Cyclic garbage among them,
    if any, waits for the next full collection.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def estimate(
    facts: Sequence[Fact], source_ids: Sequence[str], settings: TruthSettings | None = None
) -> TruthResult:
    """Estimate each fact's most likely value and each source's reliability, across all facts.

    Every fact stated by more than one value gets an estimate; reliability is
    learned from every fact. ``source_ids`` lists the sources to rate (a source
    that states nothing keeps the prior).

    >>> from reconcile.records import compare_records
    >>> rows = [{"source": s, "subject": "x", "attribute": "n", "value": v}
    ...         for s, v in (("a", "4"), ("b", "4"), ("c", "6"))]
    >>> report = compare_records(rows, estimate=False)
    >>> result = estimate(report.facts, [s.id for s in report.sources])
    >>> result.estimates["f1"].text, result.estimates["f1"].confidence > 0.5
    ('4', True)
    """
    settings = settings or TruthSettings()
    ids = sorted(set(source_ids) | {c.source_id for f in facts for c in f.claims})
    index = {source_id: i for i, source_id in enumerate(ids)}
    with collector_paused():
        return estimate_flat(FlatClaims.of(facts, index), ids, settings)


def estimate_flat(
    claims: FlatClaims,
    ids: Sequence[str],
    settings: TruthSettings,
    *,
    contains: Callable[[str, str], bool | None] | None = None,
) -> TruthResult:
    """:func:`estimate` on claims already flattened, their sources numbered in ``ids`` order.

    ``contains(outer, inner)`` says whether the name ``inner`` lies within the name
    ``outer`` (True or False), or None when it does not know either; names it does
    not know fall back to the gazetteer's places.
    """
    p = _prepare(claims, len(ids), settings, contains)
    del claims  # the caller may hand over its only reference: free it before the rounds
    counts = _vote_counts(p)
    count = _claim_counts(p, settings.prior_strength)
    accuracy = [settings.prior_accuracy] * len(ids)
    mult: list[float] = list(p.vote_share)
    dependent: dict[tuple[int, int], float] = {}
    n = settings.false_values
    current = n or 10.0
    probs: list[float] = []
    rounds = 0
    settled = not settings.detect_copying
    pairs: dict[tuple[int, int], tuple[int, int]] = {}
    kept: tuple[Sequence[int], Counter[tuple[int, int]]] | None = None  # best, and its kt
    rare: list[int] = []
    if not settled:  # before any truth, a pair that states the same values too often
        pairs = _pairs(p, settings.min_shared)
        seed = [settings.max_accuracy] * len(ids)
        dependent = _dependence(p, pairs, None, seed, n=current, settings=settings)
        rare = _rare_groups(p, settings.min_shared)
        mult = _weights(p, accuracy, dependent, settings.copy_rate)
    weights = mult
    for rounds in range(1, settings.iterations + 1):
        if rare:  # in this round's order of accuracy, on top of the pairs' discounts
            mult = _discount_rare(p, list(weights), accuracy, rare, settings)
        tau = [math.log(current * a / (1 - a)) for a in accuracy]
        probs = _probabilities(p, tau, mult, current)
        updated = _accuracies(p, probs, count, settings)
        moved = max((abs(x - y) for x, y in zip(updated, accuracy, strict=True)), default=0.0)
        accuracy = updated
        best = _best(p, probs) if not n or not settled else []
        if not n:
            current = _false_values(counts, best)
        if not settled:
            shared_true = _shared_true(p, best, kept)
            found = _dependence(
                p, pairs, best, accuracy, n=current, settings=settings, shared_true=shared_true
            )
            kept = (best, shared_true)
            settled = rounds >= settings.copy_rounds or found.keys() == dependent.keys()
            dependent = found
            mult = weights = _weights(p, accuracy, dependent, settings.copy_rate)
        elif moved < settings.tolerance:
            break
    estimates = {}
    best = _best(p, probs) if probs else []
    for f, (lo, hi) in enumerate(itertools.pairwise(p.item_start)):
        if hi - lo < 2:
            continue
        g = best[f]
        top = probs[g]
        # Values exactly as likely as the best (a 1-1 split between like sources): a tie,
        # which the reports say rather than name a winner the order of values picked.
        tied = tuple(
            p.texts[h]
            for h in range(lo, hi)
            if h != g and math.isclose(probs[h], top, rel_tol=1e-9, abs_tol=1e-12)
        )
        estimates[p.fact_ids[f]] = Estimate(
            p.texts[g], p.values[g], round(min(1.0, max(0.0, top)), 6), tied=tied
        )
    return TruthResult(
        estimates=estimates,
        reliability={source_id: round(accuracy[i], 6) for i, source_id in enumerate(ids)},
        dependence={(ids[a], ids[b]): round(q, 6) for (a, b), q in sorted(dependent.items())},
        iterations=rounds,
    )


def apply_estimates(report: Report, settings: TruthSettings | None = None) -> Report:
    """The report with every contested fact's estimate and every source's reliability filled in.

    A fact is contested when its claims state more than one value (by :func:`value_key`),
    whether they conflict or agree at different precision.

    >>> from reconcile.records import compare_records
    >>> rows = [{"source": s, "subject": "x", "attribute": "n", "value": v}
    ...         for s, v in (("a", "4"), ("b", "4"), ("c", "6"))]
    >>> report = apply_estimates(compare_records(rows, estimate=False))
    >>> report.facts[0].estimate.text
    '4'
    >>> report.source("c").reliability < report.source("a").reliability
    True
    """
    result = estimate(report.facts, [s.id for s in report.sources], settings)
    facts = [attrs.evolve(fact, estimate=result.estimates.get(fact.id)) for fact in report.facts]
    sources = [
        attrs.evolve(source, reliability=result.reliability.get(source.id))
        for source in report.sources
    ]
    return type(report)(sources, facts)
