"""Truth estimation: reliable sources beat a copied majority, similar values support each other,
results are deterministic, and reports carrying estimates validate and round-trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reconcile
from reconcile import Report, SettingsError
from reconcile.truth import TruthSettings, estimate

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


def test_confidence_is_a_probability_and_agreements_get_no_estimate() -> None:
    """Estimates sit only on conflicts; confidences and reliabilities are in [0, 1]."""
    report = reconcile.compare_records(_copied_majority())
    for fact in report.facts:
        if fact.verdict.kind != "conflict":
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
