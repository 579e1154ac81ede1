"""Truth estimation: which value of a contested fact is most likely right, and whom to believe.

When sources disagree, counting votes is not enough: some sources are more
accurate than others, and some copy each other, so one error repeated by ten
outlets outvotes one careful source. This module estimates, across all facts at
once, each source's *reliability* (the probability that a value it states is
true) and each value's probability, by a fixed point in the manner of Accu
(Dong, Berti-Equille & Srivastava, "Integrating conflicting data: the role of
source dependence", VLDB 2009) and TruthFinder (Yin, Han & Yu, KDD 2007):

1. **Votes in log-odds.** A source of reliability ``A`` that states value ``v``
   adds ``τ = ln(n·A / (1 − A))`` to ``v``'s score, ``n`` being the number of
   false values assumed per fact (:attr:`TruthSettings.false_values`). A
   value's probability is its score's softmax over the fact's values plus the
   ``n + 1 − k`` false values nobody stated (score 0), computed with
   log-sum-exp so large scores never overflow.
2. **Similar values support each other.** A claim also adds
   ``similarity · τ`` to every other value it is compatible with
   (:func:`reconcile.judge.compatible`: the same number within printed
   precision, overlapping dates), and ``place_similarity · τ`` to a place that
   contains the place it names (a claim "Minneapolis" supports "Minnesota").
3. **Reliability from probabilities.** A source's reliability is the mean
   probability of the values it states, smoothed towards
   :attr:`TruthSettings.prior_accuracy` by ``prior_strength`` pseudo-claims.
4. **Copying.** Two sources that state the same *false* values far more often
   than independent sources of their reliability would are probably dependent.
   For each pair that shares values, with ``kt`` (``kf``) the expected number
   of shared true (false) values and ``kd`` the number of facts where they
   differ, the likelihood ratio of dependence at copy rate ``c`` against
   independence is, per Dong et al. (with ``A`` the mean of the two reliabilities)::

       Pt = A1·A2          Pt' = c·A       + (1 − c)·Pt
       Pf = (1−A1)(1−A2)/n Pf' = c·(1 − A) + (1 − c)·Pf
       Pd = 1 − Pt − Pf    Pd' = (1 − c)·Pd
       log LR = kt·ln(Pt'/Pt) + kf·ln(Pf'/Pf) + kd·ln(Pd'/Pd)

   and the posterior probability of dependence is ``σ(logit(copy_prior) + log LR)``.
   Shared false values weigh far more than shared true ones, because
   independent sources rarely make the same mistake. Dependence is symmetric
   here (the simple version: no direction is inferred). When sources vote for a
   value, they are taken in order of reliability (then id), and each one's vote
   is multiplied by ``1 − c·P(dep)`` for every earlier voter it depends on with
   ``P(dep) ≥ dependence_threshold``: a copier of a voter adds little.

Steps 1–4 repeat until no reliability moves more than ``tolerance`` or
``iterations`` rounds have run. Everything iterates in sorted order and nothing
is random, so the same report always gives the same estimates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import attrs

from reconcile.errors import SettingsError
from reconcile.extract.gazetteer import place_contains
from reconcile.judge import compatible
from reconcile.model import DateRange, EntityRef, Estimate, Quantity
from reconcile.settings import settings_from_dict

if TYPE_CHECKING:
    from collections.abc import Hashable, Mapping, Sequence

    from reconcile.model import Fact, Report, Value

__all__ = ["TruthResult", "TruthSettings", "apply_estimates", "estimate", "value_key"]


def _probability(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise SettingsError(f"{attribute.name} must be a number in (0, 1), got {value!r}")


def _weight(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise SettingsError(f"{attribute.name} must be a number in [0, 1], got {value!r}")


def _positive(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise SettingsError(f"{attribute.name} must be a positive number, got {value!r}")


def _count(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{attribute.name} must be a positive whole number, got {value!r}")


@attrs.frozen
class TruthSettings:
    """The priors and iterations of truth estimation, as data that round-trips through JSON.

    Attributes:
        prior_accuracy: the reliability a source has before any evidence.
        prior_strength: how many pseudo-claims at ``prior_accuracy`` smooth a
            source's reliability (a source seen on two facts is not 0 or 1).
        false_values: ``n``, the number of false values assumed per fact.
        similarity: the share of a vote a claim gives a compatible, different value.
        place_similarity: the share of a vote a claimed place gives a place containing it.
        iterations: the most rounds of the fixed point.
        tolerance: stop when no reliability moves more than this.
        min_accuracy: the least reliability a source can have.
        max_accuracy: the most reliability a source can have.
        detect_copying: estimate dependence between sources and discount copiers.
        copy_prior: the prior probability that two sources are dependent.
        copy_rate: ``c``, the share of its values a copier copies.
        dependence_threshold: pairs less likely dependent than this are not discounted.
        copy_fact_limit: facts with more sources than this give no evidence of
            copying (the pairs of one fact grow with the square of its sources).

    >>> TruthSettings.from_dict(TruthSettings().to_dict()) == TruthSettings()
    True
    """

    prior_accuracy: float = attrs.field(default=0.8, validator=_probability)
    prior_strength: float = attrs.field(default=2.0, validator=_positive)
    false_values: float = attrs.field(default=10.0, validator=_positive)
    similarity: float = attrs.field(default=0.5, validator=_weight)
    place_similarity: float = attrs.field(default=0.5, validator=_weight)
    iterations: int = attrs.field(default=30, validator=_count)
    tolerance: float = attrs.field(default=1e-6, validator=_positive)
    min_accuracy: float = attrs.field(default=0.01, validator=_probability)
    max_accuracy: float = attrs.field(default=0.99, validator=_probability)
    detect_copying: bool = False  # measured: on Flights it costs 0.25 (docs/truth.md)
    copy_prior: float = attrs.field(default=0.2, validator=_probability)
    copy_rate: float = attrs.field(default=0.8, validator=_probability)
    dependence_threshold: float = attrs.field(default=0.5, validator=_weight)
    copy_fact_limit: int = attrs.field(default=200, validator=_count)

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


@attrs.define
class _Item:
    """One fact, prepared: its values, who states which, and how values support each other."""

    fact_id: str
    keys: list[Hashable]
    values: list[Value]
    texts: list[str]
    votes: list[tuple[int, int, float]]  # (source index, value index, share of the vote)
    support: list[list[tuple[int, float]]]  # per value i: (value j, weight) it also supports


def _printed(texts: list[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        counts[text.strip()] += 1
    return min(counts, key=lambda t: (-counts[t], t))


def _similar(a: Value, b: Value, settings: TruthSettings) -> float:
    """The share of a vote for ``a`` that also goes to ``b``."""
    if isinstance(a, EntityRef) and isinstance(b, EntityRef):
        if a.kind == "place" and b.kind == "place" and place_contains(b.name, a.name):
            return settings.place_similarity
        return 0.0
    if compatible(a, b):
        return settings.similarity
    return 0.0


def _prepare(
    facts: Sequence[Fact], index: Mapping[str, int], settings: TruthSettings
) -> list[_Item]:
    items = []
    for fact in facts:
        keys: dict[Hashable, int] = {}
        values: list[Value] = []
        texts: list[list[str]] = []
        stated: dict[int, set[int]] = defaultdict(set)
        for claim in fact.claims:
            key = value_key(claim.value)
            if key not in keys:
                keys[key] = len(values)
                values.append(claim.value)
                texts.append([])
            texts[keys[key]].append(claim.text)
            stated[index[claim.source_id]].add(keys[key])
        votes = [
            (source, value, 1.0 / len(held))
            for source, held in sorted(stated.items())
            for value in sorted(held)
        ]
        support: list[list[tuple[int, float]]] = [[] for _ in values]
        if settings.similarity or settings.place_similarity:
            for i, a in enumerate(values):
                for j, b in enumerate(values):
                    if i != j:
                        share = _similar(a, b, settings)
                        if share:
                            support[i].append((j, share))
        items.append(
            _Item(fact.id, list(keys), values, [_printed(t) for t in texts], votes, support)
        )
    return items


def _logsumexp(scores: Sequence[float], extra: float) -> float:
    """ln(Σ e^score + extra), without overflow."""
    top = max(*scores, 0.0)
    total = sum(math.exp(s - top) for s in scores) + extra * math.exp(-top)
    return top + math.log(total)


def _probabilities(
    item: _Item, tau: Sequence[float], weight: Mapping[tuple[int, int], float], n: float
) -> list[float]:
    scores = [0.0] * len(item.values)
    for source, value, share in item.votes:
        vote = share * tau[source] * weight.get((source, value), 1.0)
        scores[value] += vote
        for other, similar in item.support[value]:
            scores[other] += similar * vote
    unseen = max(0.0, n + 1 - len(scores))
    norm = _logsumexp(scores, unseen)
    return [math.exp(s - norm) for s in scores]


def _pair_evidence(
    items: Sequence[_Item], limit: int
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], list[tuple[int, int]]]]:
    """Per pair of sources: how many facts both state, and the (fact, value) they share."""
    together: dict[tuple[int, int], int] = defaultdict(int)
    shared: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for f, item in enumerate(items):
        by_source: dict[int, set[int]] = defaultdict(set)
        for source, value, _share in item.votes:
            by_source[source].add(value)
        if len(by_source) < 2 or len(by_source) > limit:
            continue
        ordered = sorted(by_source)
        for x, a in enumerate(ordered):
            for b in ordered[x + 1 :]:
                together[a, b] += 1
                common = by_source[a] & by_source[b]
                if common:
                    shared[a, b].append((f, min(common)))
    return together, shared


def _dependence(
    together: Mapping[tuple[int, int], int],
    shared: Mapping[tuple[int, int], list[tuple[int, int]]],
    probs: Sequence[Sequence[float]],
    accuracy: Sequence[float],
    settings: TruthSettings,
) -> dict[tuple[int, int], float]:
    """The posterior probability of dependence of each pair that shares values (Dong et al.)."""
    n, c = settings.false_values, settings.copy_rate
    prior = math.log(settings.copy_prior / (1 - settings.copy_prior))
    found = {}
    for pair in sorted(shared):
        a, b = pair
        kt = sum(probs[f][v] for f, v in shared[pair])
        kf = len(shared[pair]) - kt
        kd = together[pair] - len(shared[pair])
        a1, a2 = accuracy[a], accuracy[b]
        mean = (a1 + a2) / 2
        pt = a1 * a2
        pf = (1 - a1) * (1 - a2) / n
        log_ratio = (
            kt * math.log((c * mean + (1 - c) * pt) / pt)
            + kf * math.log((c * (1 - mean) + (1 - c) * pf) / pf)
            + kd * math.log(1 - c)
        )
        odds = prior + log_ratio
        posterior = 1 / (1 + math.exp(-odds)) if odds > -700 else 0.0
        if posterior >= settings.dependence_threshold:
            found[pair] = posterior
    return found


def _weights(
    items: Sequence[_Item],
    accuracy: Sequence[float],
    dependent: Mapping[tuple[int, int], float],
    copy_rate: float,
) -> list[dict[tuple[int, int], float]]:
    """Per (source, value) within each fact: how much of its vote is its own, not copied."""
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), p in dependent.items():
        neighbours[a][b] = p
        neighbours[b][a] = p
    weights: list[dict[tuple[int, int], float]] = []
    for item in items:
        own: dict[tuple[int, int], float] = {}
        voters: dict[int, list[int]] = defaultdict(list)
        for source, value, _share in item.votes:
            if source in neighbours:
                voters[value].append(source)
        for value, sources in voters.items():
            seen: set[int] = set()
            for source in sorted(sources, key=lambda s: (-accuracy[s], s)):
                factor = 1.0
                for other, p in neighbours[source].items():
                    if other in seen:
                        factor *= 1 - copy_rate * p
                seen.add(source)
                if factor != 1.0:
                    own[source, value] = factor
        weights.append(own)
    return weights


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
    items = _prepare(facts, index, settings)
    low, high, n = settings.min_accuracy, settings.max_accuracy, settings.false_values
    accuracy = [settings.prior_accuracy] * len(ids)
    weights: list[dict[tuple[int, int], float]] = [{} for _ in items]
    dependent: dict[tuple[int, int], float] = {}
    together, shared = (
        _pair_evidence(items, settings.copy_fact_limit) if settings.detect_copying else ({}, {})
    )
    probs: list[list[float]] = []
    rounds = 0
    for rounds in range(1, settings.iterations + 1):  # noqa: B007 - the count is reported
        tau = [math.log(n * a / (1 - a)) for a in accuracy]
        probs = [_probabilities(item, tau, weights[f], n) for f, item in enumerate(items)]
        total = [settings.prior_strength * settings.prior_accuracy] * len(ids)
        count = [settings.prior_strength] * len(ids)
        for item, p in zip(items, probs, strict=True):
            for source, value, share in item.votes:
                total[source] += share * p[value]
                count[source] += share
        updated = [min(high, max(low, t / k)) for t, k in zip(total, count, strict=True)]
        moved = max((abs(x - y) for x, y in zip(updated, accuracy, strict=True)), default=0.0)
        accuracy = updated
        if settings.detect_copying:
            dependent = _dependence(together, shared, probs, accuracy, settings)
            weights = _weights(items, accuracy, dependent, settings.copy_rate)
        if moved < settings.tolerance:
            break
    estimates = {}
    for item, p in zip(items, probs, strict=True):
        if len(item.values) < 2:
            continue
        best = min(range(len(item.values)), key=lambda i: (-p[i], item.texts[i]))
        estimates[item.fact_id] = Estimate(
            item.texts[best], item.values[best], round(min(1.0, max(0.0, p[best])), 6)
        )
    return TruthResult(
        estimates=estimates,
        reliability={source_id: round(accuracy[i], 6) for source_id, i in index.items()},
        dependence={(ids[a], ids[b]): round(p, 6) for (a, b), p in sorted(dependent.items())},
        iterations=rounds,
    )


def apply_estimates(report: Report, settings: TruthSettings | None = None) -> Report:
    """The report with every contested fact's estimate and every source's reliability filled in.

    >>> from reconcile.records import compare_records
    >>> rows = [{"source": s, "subject": "x", "attribute": "n", "value": v}
    ...         for s, v in (("a", "4"), ("b", "4"), ("c", "6"))]
    >>> report = compare_records(rows)  # calls apply_estimates
    >>> report.facts[0].estimate.text
    '4'
    >>> report.source("c").reliability < report.source("a").reliability
    True
    """
    result = estimate(report.facts, [s.id for s in report.sources], settings)
    facts = [
        attrs.evolve(fact, estimate=result.estimates.get(fact.id))
        if fact.verdict.kind == "conflict"
        else fact
        for fact in report.facts
    ]
    sources = [
        attrs.evolve(source, reliability=result.reliability.get(source.id))
        for source in report.sources
    ]
    return type(report)(sources, facts)
