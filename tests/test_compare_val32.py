"""Grouping a measure told once by each source when one of them is another span (branch val32)."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources

import reconcile


def _three(a: str, b: str, c: str) -> reconcile.Report:
    return reconcile.compare(
        [
            {"id": "a", "published": "2026-04-02", "text": a},
            {"id": "b", "published": "2026-04-02", "text": b},
            {"id": "c", "published": "2026-04-03", "text": c},
        ]
    )


def test_a_bare_measure_unlike_every_other_stays_apart_and_the_others_join():
    """Each source tells one span of days; two agree, the third meets neither: the two are one
    measure, the third another span of the story (it once kept all three single)."""
    report = _three(
        "Clinics had to switch to paper forms for nearly a week.",
        "Investigators said the intruders had access to the files for more than two weeks"
        " before they were caught.",
        "The review found that an outside party had access to some servers for 16 days and"
        " copied records.",
    )
    access = _fact_with(report, "b", "more than two weeks")
    assert _sources(access) == {"b", "c"}
    assert access.verdict.kind == "agree"
    assert _fact_with(report, "a", "nearly a week").verdict.kind == "single"


def test_two_measures_each_unlike_the_rest_join_none():
    """No one measure stands apart when two do: all stay as they were."""
    report = _three(
        "Clinics had to switch to paper forms for 2 days.",
        "Investigators said the intruders had access to the files for 9 days before they were"
        " caught.",
        "The review found that an outside party had access to some servers for 30 days and"
        " copied records.",
    )
    assert _fact_with(report, "a", "2 days").verdict.kind == "single"


def test_a_fact_is_titled_by_a_claim_that_names_its_person():
    """Pronoun counts ("he died") name only what befell them: the title is the named claim's."""
    report = reconcile.compare(
        [
            {
                "id": "a",
                "published": "2026-04-02",
                "text": "A 19-year-old cyclist was killed on Elm Road. Police said he died there.",
            },
            {
                "id": "b",
                "published": "2026-04-02",
                "text": "A cyclist was killed on Elm Road. He died at the scene, police said.",
            },
        ]
    )
    killed = _fact_with(report, "b", "A cyclist")
    assert killed.attribute == "19-year-old cyclist killed"
