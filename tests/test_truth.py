"""Truth estimation: reliable sources beat a copied majority, similar values support each other,
results are deterministic, and reports carrying estimates validate and round-trip."""

from __future__ import annotations

import gc
import itertools
import json
from pathlib import Path

import pytest

import reconcile
from reconcile import Report, SettingsError
from reconcile.truth import (
    FlatClaims,
    TruthSettings,
    _discount_rare,
    _pairs,
    _prepare,
    _rare_groups,
    apply_estimates,
    estimate,
    value_key,
)

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "report.schema.json").read_text("utf-8")
)


def _copied_majority() -> list[dict[str, str]]:
    """Five independent accurate sources; one sloppy origin copied by three outlets.

    On 12 facts the truth is ``10 + i``. The origin is wrong on facts 0-7 and its
    three copiers repeat it: four votes for one false value. On facts 4-7 the five
    honest sources all give the truth, so the copies are visibly false together;
    on facts 0-3 two honest sources make independent slips, leaving three votes
    for the truth against four copies, so majority vote picks the copied value.
    """
    honest = [f"honest{h}" for h in range(5)]
    rows = []
    for i in range(12):
        truth = 10 + i
        slips = {honest[i % 5], honest[(i + 1) % 5]} if i < 4 else set()
        for h, source in enumerate(honest):
            value = truth + 100 + h if source in slips else truth
            rows.append({"source": source, "subject": f"item{i:02}", "attribute": "n",
                         "value": str(value)})  # fmt: skip
        copied = truth + 50 if i < 8 else truth
        rows.extend(
            {"source": source, "subject": f"item{i:02}", "attribute": "n", "value": str(copied)}
            for source in ("origin", "copy1", "copy2", "copy3")
        )
    return rows


def _truth(subject: str) -> str:
    return str(10 + int(subject.removeprefix("item")))


def test_reliable_sources_beat_a_copied_majority() -> None:
    """With copy detection, the honest sources' value wins every fact the copiers outvote."""
    report = reconcile.compare_records(_copied_majority(), truth=TruthSettings(detect_copying=True))
    chosen = {f.subject: f.estimate.text for f in report.facts if f.estimate is not None}
    assert len(chosen) == 8  # facts 0-7 are contested; 8-11 all agree
    assert all(text == _truth(subject) for subject, text in chosen.items()), chosen
    assert report.source("honest1").reliability > report.source("copy1").reliability  # type: ignore[operator]


def test_copiers_are_detected_as_dependent_and_honest_sources_are_not() -> None:
    """The copiers of one origin are found dependent; honest sources are independent."""
    report = reconcile.compare_records(_copied_majority(), estimate=False)
    result = estimate(
        report.facts, [s.id for s in report.sources], TruthSettings(detect_copying=True)
    )
    assert ("copy1", "origin") in result.dependence
    assert not any("honest1" in pair for pair in result.dependence)


def test_without_copy_detection_the_copied_majority_wins() -> None:
    """Turning copy detection off lets the five copies outvote the three honest sources."""
    report = reconcile.compare_records(
        _copied_majority(), truth=TruthSettings(detect_copying=False)
    )
    wrong = [f for f in report.facts if f.estimate and f.estimate.text != _truth(f.subject or "")]
    assert wrong


def test_similar_values_support_each_other() -> None:
    """'3.5 million' is compatible with 3,512,000 and lends it support against 2,000,000."""
    rows = [
        {"source": "a", "subject": "x", "attribute": "n", "value": "3,512,000"},
        {"source": "b", "subject": "x", "attribute": "n", "value": "3.5 million"},
        {"source": "c", "subject": "x", "attribute": "n", "value": "2,000,000"},
    ]
    report = reconcile.compare_records(rows)
    assert report.facts[0].verdict.kind == "conflict"
    assert report.facts[0].estimate is not None
    assert report.facts[0].estimate.text in {"3,512,000", "3.5 million"}


def test_estimation_is_deterministic_and_independent_of_row_order() -> None:
    """The same rows, in any order, give byte-identical JSON with the same estimates."""
    rows = _copied_majority()
    first = reconcile.compare_records(rows).to_json()
    assert reconcile.compare_records(rows).to_json() == first
    assert reconcile.compare_records(list(reversed(rows))).to_json() == first


def test_confidence_is_a_probability_and_one_value_gets_no_estimate() -> None:
    """Estimates sit on facts stating more than one value; confidences, reliabilities in [0, 1]."""
    report = reconcile.compare_records(_copied_majority())
    for fact in report.facts:
        if len({value_key(c.value) for c in fact.claims}) == 1:
            assert fact.estimate is None
        else:
            assert fact.estimate is not None
            assert 0 <= fact.estimate.confidence <= 1
    assert all(s.reliability is not None and 0 <= s.reliability <= 1 for s in report.sources)


def test_report_with_estimates_round_trips_and_validates_against_the_schema() -> None:
    """Estimate and reliability survive JSON, and the JSON obeys docs/report.schema.json."""
    jsonschema = pytest.importorskip("jsonschema")
    report = reconcile.compare_records(_copied_majority())
    text = report.to_json()
    data = json.loads(text)
    assert any(f["estimate"] for f in data["facts"])
    assert all("reliability" in s for s in data["sources"])
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    assert not errors, errors[:5]
    again = Report.from_json(text)
    assert again == report
    assert again.to_json() == text


def test_schema_rejects_an_estimate_without_confidence() -> None:
    """An estimate must carry its confidence."""
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(reconcile.compare_records(_copied_majority()).to_json())
    fact = next(f for f in data["facts"] if f["estimate"])
    del fact["estimate"]["confidence"]
    assert list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))


def test_renderers_show_the_estimate_and_reliability() -> None:
    """Text, Markdown and HTML name the most likely value and each source's reliability."""
    report = reconcile.compare_records(_copied_majority())
    for page in (report.to_text(), report.to_markdown(), report.to_html()):
        assert "most likely" in page.lower()
        assert "reliability" in page


def test_truth_settings_round_trip_and_reject_bad_values() -> None:
    """Settings are data: they round-trip, and unknown names or bad values raise."""
    settings = TruthSettings(copy_rate=0.5, iterations=5)
    assert TruthSettings.from_dict(settings.to_dict()) == settings
    with pytest.raises(SettingsError):
        TruthSettings.from_dict({"nonsense": 1})
    with pytest.raises(SettingsError):
        TruthSettings(prior_accuracy=1.0)


def _copied_poor_origins(copiers: int) -> list[dict[str, str]]:
    """Four honest sources (right on 9 of 10 facts); six poor origins, each copied whole.

    150 facts: before any truth is known, copying shows only as agreement beyond what two
    sources at ``max_accuracy`` would reach, which takes about a hundred facts. The poor origins are right on 1 fact in 5 and otherwise pick one of three false
    values, so with ``copiers`` copies each they outnumber the honest sources.
    """
    rows = []
    for i in range(150):
        truth = 100 + 10 * i
        for h in range(4):
            value = truth + 1 + h % 3 if (i + h) % 10 == 0 else truth
            rows.append({"source": f"honest{h}", "subject": f"o{i:03}", "attribute": "n",
                         "value": str(value)})  # fmt: skip
        for p in range(6):
            value = truth if (i + p) % 5 == 0 else truth + 1 + (i * 7 + p) % 3
            for c in range(copiers + 1):
                name = f"poor{p}" if c == 0 else f"poor{p}copy{c}"
                rows.append({"source": name, "subject": f"o{i:03}", "attribute": "n",
                             "value": str(value)})  # fmt: skip
    return rows


def _right(report: Report) -> int:
    return sum(
        (f.estimate.text if f.estimate else f.claims[0].text) == str(100 + 10 * int(f.subject[1:]))
        for f in report.facts
        if f.subject
    )


def test_copy_detection_keeps_accuracy_where_copies_outvote_the_honest_sources() -> None:
    """Poor origins copied five times each outvote the honest sources, unless copying is found."""
    rows = _copied_poor_origins(copiers=5)
    found = _right(reconcile.compare_records(rows))
    blind = _right(reconcile.compare_records(rows, truth=TruthSettings(detect_copying=False)))
    assert found >= 140
    assert blind < found


def test_honest_sources_that_mostly_agree_are_not_taken_for_copiers() -> None:
    """Sources that agree because they are right, and differ on a few slips, stay independent."""
    report = reconcile.compare_records(_copied_poor_origins(copiers=5), estimate=False)
    result = estimate(report.facts, [s.id for s in report.sources])
    assert not any(a.startswith("honest") or b.startswith("honest") for a, b in result.dependence)
    assert ("poor0", "poor0copy1") in result.dependence


def test_a_region_does_not_outvote_the_place_within_it() -> None:
    """'Ohio' twice against 'Columbus' twice and a stray 'Texas': Ohio lends Columbus support."""
    rows = [
        {"source": s, "subject": "x", "attribute": "born", "value": v}
        for s, v in (
            ("a", "Columbus"),
            ("b", "Columbus"),
            ("c", "Ohio"),
            ("d", "Ohio"),
            ("e", "Texas"),
        )
    ]
    fact = reconcile.compare_records(rows).facts[0]
    assert fact.estimate is not None
    assert fact.estimate.text == "Columbus"


def test_names_with_mostly_the_same_words_support_each_other() -> None:
    """'donald knuth' and 'donald ervin knuth' together beat two votes for another name."""
    rows = [
        {"source": s, "subject": "book", "attribute": "author", "value": v}
        for s, v in (
            ("a", "donald knuth"),
            ("b", "donald ervin knuth"),
            ("c", "jane roe"),
            ("d", "jane roe smith"),
            ("e", "donald knuth"),
        )
    ]
    fact = reconcile.compare_records(rows).facts[0]
    assert fact.estimate is not None
    assert fact.estimate.text == "donald knuth"


def test_the_records_path_estimates_what_estimate_finds_on_the_judged_facts() -> None:
    """compare_records, which estimates from its rows directly, equals estimate() on its facts."""
    rows = _copied_poor_origins(copiers=2)
    direct = reconcile.compare_records(rows)
    judged = reconcile.compare_records(rows, estimate=False)
    assert apply_estimates(judged).to_json() == direct.to_json()


@pytest.mark.parametrize("by", ["pairs", "bits"])
@pytest.mark.parametrize("per_fact", [2, 5])
def test_facts_in_common_are_counted_exactly_either_way(per_fact: int, by: str) -> None:
    """Pairs of sources get the values they share and the facts both state, by either method.

    Counting each fact's pairs of sources, or ANDing each source's facts as bits; with five
    claims an object a source may state two values of one fact.
    """
    rows = [
        {"source": f"s{(i * 7 + k * 3) % 9}", "subject": f"o{i}", "attribute": "n",
         "value": str(i % 4 + (k % 2) * (i % 3))}
        for i in range(300)
        for k in range(per_fact)
    ]  # fmt: skip
    report = reconcile.compare_records(rows, estimate=False)
    ids = sorted(s.id for s in report.sources)
    index = {source_id: i for i, source_id in enumerate(ids)}
    found = _pairs(
        _prepare(FlatClaims.of(report.facts, index), len(ids), TruthSettings()), 1, by=by
    )
    expected: dict[tuple[int, int], tuple[int, int]] = {}
    for a, b in itertools.combinations(range(len(ids)), 2):
        both = together = 0
        for fact in report.facts:
            said: dict[int, set[object]] = {}
            for claim in fact.claims:
                said.setdefault(index[claim.source_id], set()).add(value_key(claim.value))
            if a in said and b in said:
                together += 1
                both += len(said[a] & said[b])  # each value both state counts
        if both:
            expected[a, b] = (both, together)
    assert found == expected


def test_an_agreement_at_different_precision_gets_the_most_specific_value() -> None:
    """A city and the state it lies in agree; the estimate is the city, which implies the state."""
    report = reconcile.compare_records(
        [
            {"source": "a", "subject": "x", "attribute": "born", "value": "Los Angeles"},
            {"source": "b", "subject": "x", "attribute": "born", "value": "California"},
            {"source": "c", "subject": "y", "attribute": "born", "value": "Ohio"},
            {"source": "d", "subject": "y", "attribute": "born", "value": "Ohio"},
        ]
    )
    born_x, born_y = report.facts
    assert born_x.verdict.kind == "agree"
    assert born_x.estimate is not None
    assert born_x.estimate.text == "Los Angeles"
    assert born_y.estimate is None  # one value: nothing to choose


def _reliabilities(report: Report) -> dict[str, float]:
    found = {s.id: s.reliability for s in report.sources}
    assert None not in found.values()  # every source of an estimated report is rated
    return {source: r for source, r in found.items() if r is not None}


def test_facts_only_one_source_states_pull_its_reliability_towards_the_prior() -> None:
    """A value nobody else states cannot be checked: it counts at the prior, from either side.

    The sloppy origin (right on 4 of 12) rises towards 0.8 with 200 facts of its own, the
    accurate honest0 falls towards it with 5; the estimates stay where they were.
    """
    rows = _copied_majority()
    alone = [
        {"source": source, "subject": f"solo{i:03}", "attribute": "n", "value": str(i)}
        for i, source in enumerate(["origin"] * 200 + ["honest0"] * 5)
    ]
    without = _reliabilities(reconcile.compare_records(rows))
    with_report = reconcile.compare_records(rows + alone)
    with_alone = _reliabilities(with_report)
    prior = TruthSettings().prior_accuracy
    for source in ("origin", "honest0"):
        assert abs(with_alone[source] - prior) < abs(without[source] - prior) - 0.02
    assert without["origin"] < 0.5
    assert 0.75 < with_alone["origin"] < prior
    assert prior < with_alone["honest0"] < without["honest0"]
    estimated = [f for f in with_report.facts if f.estimate is not None]
    assert all(f.estimate.text == _truth(f.subject or "") for f in estimated if f.estimate)
    assert len(estimated) == 8  # facts 0-7 are contested, 8-11 agree


def _prolific_and_careful(alone: int) -> list[dict[str, str]]:
    """Two sources dispute one fact; each has a record of agreeing with three peers.

    ``prolific`` agrees with a peer on 10 facts, ``careful`` on 4, and ``prolific`` also
    states ``alone`` facts nobody else does.
    """
    said = [("prolific", f"p{i:02}", str(100 + i)) for i in range(10)]
    said += [("careful", f"c{i:02}", str(200 + i)) for i in range(4)]
    said += [(f"peer{i % 3}", subject, value) for i, (_, subject, value) in enumerate(said)]
    said += [("prolific", "disputed", "7"), ("careful", "disputed", "9")]
    said += [("prolific", f"solo{i:03}", str(i)) for i in range(alone)]
    return [{"source": s, "subject": x, "attribute": "n", "value": v} for s, x, v in said]


def test_a_record_nobody_can_check_does_not_win_a_dispute() -> None:
    """Ten checked agreements outweigh four, until 200 unchecked claims dilute the ten.

    Were facts only one source states left out of its accuracy, ``prolific`` would keep
    0.95 and win the dispute however many it stated; counted at the prior, 200 of them
    bring it to about 0.8, below ``careful`` (4 agreements, 1 dispute: 0.89), whose value
    is then the estimate.
    """
    prior = TruthSettings().prior_accuracy
    reliability: dict[int, dict[str, float]] = {}
    for alone in (0, 20, 200):
        report = reconcile.compare_records(_prolific_and_careful(alone))
        reliability[alone] = _reliabilities(report)
        (disputed,) = (f for f in report.facts if f.subject == "disputed")
        assert disputed.estimate is not None
        assert disputed.estimate.text == ("7" if alone == 0 else "9"), alone
    prolific = [reliability[alone]["prolific"] for alone in (0, 20, 200)]
    careful = [reliability[alone]["careful"] for alone in (0, 20, 200)]
    assert prolific[0] > 0.9
    assert prolific[0] > careful[0]
    assert prolific[0] > prolific[1] > prolific[2] > prior
    assert prolific[2] - prior < 0.01
    assert careful[2] > 0.85


def test_collector_is_restored_and_frozen_objects_stay_frozen() -> None:
    rows = [{"source": "a", "subject": "x", "attribute": "n", "value": "4"}]
    assert gc.isenabled()
    held = [[i] for i in range(1000)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        reconcile.compare_records(rows)
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen - 100  # a few may die, none is unfrozen
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        reconcile.compare_records(rows)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert held


def _backed_dispute() -> list[dict[str, str]]:
    """A careful source against a busy one backed by a source seen on that one fact alone.

    "careful" agrees with "helper" on 50 facts (rated at the 0.99 cap); "busy" states 100
    facts nobody else does (rated about the prior, 0.8). On fact x, careful says 1, busy
    and "once" (seen nowhere else) say 2.
    """
    rows = []

    def say(source: str, subject: str, value: str) -> None:
        rows.append({"source": source, "subject": subject, "attribute": "n", "value": value})

    for i in range(50):
        say("careful", f"c{i}", "10")
        say("helper", f"c{i}", "10")
    for i in range(100):
        say("busy", f"a{i}", "10")
    say("careful", "x", "1")
    say("busy", "x", "2")
    say("once", "x", "2")
    return rows


def test_a_source_too_rarely_seen_to_examine_keeps_the_prior_dependence() -> None:
    """Once's vote, which DEPEN cannot examine (one fact), counts 1 - c·copy_prior, not 1.

    Taken as independent, the busy source and its one-fact backer outweigh the careful
    source (2 wins); at the prior dependence the backer adds less, and 1 wins. Without copy
    detection nothing is discounted.
    """
    rows = _backed_dispute()
    fact = next(f for f in reconcile.compare_records(rows).facts if f.subject == "x")
    assert fact.estimate is not None
    assert fact.estimate.text == "1"
    plain = reconcile.compare_records(rows, truth=TruthSettings(detect_copying=False))
    fact = next(f for f in plain.facts if f.subject == "x")
    assert fact.estimate is not None
    assert fact.estimate.text == "2"


def test_only_later_votes_of_rarely_seen_sources_are_discounted() -> None:
    """In a value's sources by accuracy, a rare source's vote loses 1 - c·q per earlier one."""
    # Source 0 states three facts with others, 1 and 2 one each, 3 three.
    facts = [
        [(0, "5"), (1, "5"), (2, "5"), (3, "6")],
        [(0, "7"), (3, "7")],
        [(0, "8"), (3, "9")],
    ]
    start, source, values, texts = [0], [], [], []
    for fact in facts:
        for who, text in fact:
            source.append(who)
            values.append(reconcile.records.parse_value(text))
            texts.append(text)
        start.append(len(source))
    keys = [value_key(v) for v in values]
    settings = TruthSettings()
    p = _prepare(FlatClaims(["f1", "f2", "f3"], start, source, keys, values, texts), 4, settings)
    groups = _rare_groups(p, settings.min_shared)
    assert groups == [0]  # "5" of f1: the only value a rare source shares with another
    accuracy = [0.7, 0.9, 0.6, 0.8]  # order within "5": 1 (rare, first), 0, 2 (rare, third)
    mult = _discount_rare(p, [1.0] * len(p.vote_source), accuracy, groups, settings)
    by_source = dict(zip(p.vote_source[:3], mult[:3], strict=True))
    keep = 1 - settings.copy_rate * settings.copy_prior
    assert by_source == {0: 1.0, 1: 1.0, 2: pytest.approx(keep**2)}
    assert mult[3:] == [1.0] * (len(mult) - 3)
