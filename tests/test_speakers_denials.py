"""Who said what, and denials (branch ux31a): made-up sentences, one rule a test."""

from __future__ import annotations

import pytest

import reconcile
from reconcile import Claim, Source
from reconcile.extract import extract


def _claims(text: str) -> list[Claim]:
    return list(extract(Source.from_text(text, id="a", published="2026-05-20")))


def _claim(text: str, words: str) -> Claim:
    found = [c for c in _claims(text) if c.text == words or words in c.text]
    assert found, [c.text for c in _claims(text)]
    return found[0]


def _compare(*texts: str) -> reconcile.Report:
    return reconcile.compare(
        [{"text": t, "id": f"s{i + 1}", "published": "2026-05-20"} for i, t in enumerate(texts)]
    )


@pytest.mark.parametrize(
    "text",
    [
        "The dockers' union denied that 30 students were detained.",
        "Reports that 30 students were detained are false, the dockers' union said.",
        "The dockers' union rejected claims that 30 students were detained.",
        "The dockers' union dismissed reports of 30 students detained at the pier.",
    ],
)
def test_a_denial_negates_the_value_it_denies(text: str) -> None:
    assert _claim(text, "30").negated


def test_a_denial_ends_at_a_contrast() -> None:
    claim = _claim("The union denied the charge but said 30 students were detained.", "30")
    assert not claim.negated


def test_the_denier_is_the_teller() -> None:
    claim = _claim("The dockers' union denied that 30 students were detained.", "30")
    assert claim.attributed_to == "union"


def test_a_denial_contradicts_the_value_it_denies() -> None:
    report = _compare(
        "Harbour police said 30 students were detained.",
        "The dockers' union denied that 30 students were detained.",
    )
    fact = next(f for f in report.facts if any(c.text.startswith("30") for c in f.claims))
    assert fact.verdict.kind == "conflict"
    assert "s2 denies what s1 states" in fact.verdict.reason


def test_a_denial_of_another_value_contradicts_nothing() -> None:
    report = _compare(
        "Harbour police said 30 students were detained.",
        "Harbour police said 30 students were detained on the pier.",
        "The dockers' union denied that 30 students were detained.",
    )
    fact = next(f for f in report.facts if any(c.text.startswith("30") for c in f.claims))
    # The two police accounts agree with each other; the denial stands against them.
    assert fact.verdict.kind == "conflict"
    assert "denies" in fact.verdict.reason


@pytest.mark.parametrize(
    ("text", "words", "teller"),
    [
        ("Park wardens estimated the crowd at 2,500.", "2,500", "park wardens"),
        ("The Green Lane Alliance put the crowd at 11,000.", "11,000", "Green Lane Alliance"),
    ],
)
def test_a_side_that_estimates_a_crowd_tells_it(text: str, words: str, teller: str) -> None:
    claim = _claim(text, words)
    assert claim.attributed_to is not None
    assert claim.attributed_to.casefold().endswith(teller.casefold().split()[-1])
    assert claim.attribute_tokens[:1] == ("crowd",)


def test_it_put_at_a_figure_is_the_figure_named_before() -> None:
    text = "The vigil drew a crowd of 4,000, wardens said, while the organisers put it at 9,500."
    claim = _claim(text, "9,500")
    assert claim.attributed_to == "organisers"
    assert claim.attribute_tokens[:1] == ("crowd",)
    assert _claim(text, "4,000").attributed_to == "wardens"


def test_a_side_that_claims_a_figure_tells_it() -> None:
    claim = _claim("Wardens said about 4,000 marched; the organisers claimed 9,500.", "9,500")
    assert claim.attributed_to == "organisers"
    lives = _claim("The blaze claimed 3 lives, firefighters said.", "3 lives")
    assert lives.attributed_to == "firefighters"


def test_two_speakers_figures_are_a_dispute_between_them() -> None:
    report = _compare(
        "Harbour police estimated the crowd at 2,500.",
        "The Green Lane Alliance put the crowd at 11,000.",
    )
    fact = next(f for f in report.facts if len(f.claims) == 2)
    assert fact.verdict.kind == "conflict"
    assert "different speakers" not in fact.verdict.reason  # no source quotes both
    both = _compare(
        "Park wardens estimated the crowd at 2,500 and the Green Lane Alliance put it at 11,000.",
        "The Green Lane Alliance put the crowd at 11,000.",
        "Park wardens estimated the crowd at 2,500.",
    )
    # Each speaker's figure is set against the same speaker's in the other sources.
    assert sorted((f.verdict.kind, len(f.claims)) for f in both.facts) == [
        ("agree", 2),
        ("agree", 2),
    ]
    same = _compare(
        "Harbour police estimated the crowd at 2,500.",
        "Harbour police estimated the crowd at 11,000.",
    )
    fact = next(f for f in same.facts if len(f.claims) == 2)
    assert "different speakers" not in fact.verdict.reason


def test_a_common_noun_teller_is_not_a_named_body_unless_the_story_names_it() -> None:
    text = "The ferry was stopped at 09:15 UTC, the coast guard said."
    assert _claim(text, "09:15").attributed_to == "coast guard"
    named = "The U.S. Coast Guard sent a cutter. " + text
    assert _claim(named, "09:15").attributed_to == "U.S. Coast Guard"
    border = "The trawler's 12 fishermen were held, the border police said."
    assert _claim(border, "12 fishermen").attributed_to == "border police"


def test_a_name_after_a_preposition_is_no_teller() -> None:
    text = "NETSEC-B said the breach at Hollin Power started on 4 March."
    assert _claim(text, "4 March").attributed_to != "Hollin Power"


def test_it_said_is_the_nearest_body() -> None:
    text = (
        "Witnesses said they saw smoke. The army said three soldiers were hurt in the fight,"
        " which it said lasted 25 minutes."
    )
    assert _claim(text, "25 minutes").attributed_to == "army"
    text = (
        "Corvel Freight disputes the fine, the firm said. The 14 trucks seized belong to"
        " Ana Corvel herself, it said."
    )
    assert _claim(text, "14 trucks").attributed_to == "firm"


def test_a_name_s_people_speak_not_the_name() -> None:
    text = "Anton Brisk was named in the order. Nine trucks were impounded, Brisk's lawyers said."
    assert _claim(text, "Nine trucks").attributed_to == "Anton Brisk's lawyers"


def test_two_ministries_are_two_speakers_and_two_origins() -> None:
    report = _compare(
        "Lumia's interior ministry said a convoy was attacked. The attack happened"
        " 5 kilometres from the bridge, the ministry said.",
        "Tessaly's health ministry said its convoy was attacked. The ministry said the"
        " convoy was 3 miles from the bridge.",
    )
    fact = next(f for f in report.facts if len(f.claims) == 2)
    tellers = {c.attributed_to for c in fact.claims}
    assert len(tellers) == 2
    assert fact.verdict.origins == 2


def test_a_dispute_one_source_quotes_whole_is_between_the_speakers() -> None:
    from reconcile import Settings
    from reconcile.judge import judge

    one = Source.from_text(
        "Park wardens estimated the crowd at 2,500 and the Green Lane Alliance put it at 11,000.",
        id="s1",
    )
    two = Source.from_text("The Green Lane Alliance put the crowd at 11,000.", id="s2")
    claims = [c for src in (one, two) for c in extract(src) if c.text[:1].isdigit()]
    verdict = judge(claims, {"s1": one, "s2": two}, Settings())
    assert verdict.kind == "conflict"
    assert "different speakers" in verdict.reason
    assert "not between the sources" in verdict.reason


def test_a_report_called_false_denies_a_clock_time() -> None:
    text = "Reports that Dravian jets crossed the line at 9:40 a.m. GMT are false, Dravia said."
    assert _claim(text, "9:40").negated
