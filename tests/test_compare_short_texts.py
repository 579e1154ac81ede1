"""Short texts made of the trigger words of the grouping and extraction rules never crash.

The rules read words around a value by index ("a woman, 36,", "voted 11-4 on", "3,140 of
its 6,250"); a sentence cut short right after or before a trigger word must give a
report (or a ReconcileError), never an IndexError or another crash.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.errors import ReconcileError

_WORDS = """
of its the a an totaling total combined paid lost she he they still remained remain since
by until through Friday Tuesday Monday morning night said says today announced set for
scheduled is was were has been hearing will hold made landfall came ashore gave way caved
in stepped down signed off due deadline Apply applications open closes register leaving
operates have close closed opened aged who year-old woman man mother Mr. Ms. Ann Vell voted
11-4 6-3 third since others other two three four five dozen shot fatally killed died hurt
injured hospitalized crowd people fed feed stores locations apartments units rescuers
personnel workers points games over days last year this quarter half counts fraud acres
hectares gallons litres mph minutes hours feet $9,200 $305,000 9 12 36 2011 2026 June 8
Sept. 25 Aug. 27 May 4, (XNS) HARBOR CITY — - – , . ; : ( ) " about nearly more than fewer
some homes dark without water born age nine fifty hundred thousand first second one none
all each per share system team members crew sent and or not no after before
""".split()
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)
_TEXT = st.lists(_SENTENCE, min_size=1, max_size=3).map("\n\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_TEXT, min_size=1, max_size=3))
def test_short_texts_of_trigger_words_never_crash(texts: list[str]) -> None:
    try:
        report = reconcile.compare(texts)
    except ReconcileError:
        return
    assert all(claim.source_id for fact in report.facts for claim in fact.claims)
