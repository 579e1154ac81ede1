"""compare(): one value worded differently by each source, joined by its clause's words."""

from __future__ import annotations

from _compare_helpers import fact_with as _fact_with
from _compare_helpers import sources as _sources
from _compare_helpers import two as _two

from reconcile.extract.claims import clause_words, tokenize
from reconcile.group import _Told, _told_alike


def _words(sentence: str, value: str) -> tuple[str, ...]:
    start = sentence.index(value)
    return clause_words(
        tokenize(sentence), start, start + len(value), [(start, start + len(value))]
    )


def test_clause_words_fold_a_death_and_a_particle_verb():
    """ "who passed away Monday" is a death; "lifted off" is one word; a comma cuts."""
    words = _words("Ann Lee, who passed away Monday at a city hospital, was 80.", "Monday")
    assert words == ("e:killed", "city", "hospital")
    assert "liftoff" in _words("The craft failed 80 seconds after lifting off.", "80 seconds")
    assert "e:killed" in _words("Two riders lost their lives in the fall.", "Two riders")


def test_people_on_board_and_aboard_are_one_count_in_conflict():
    """ "30 people on board" / "32 people were aboard the ferry": one count."""
    report = _two(
        "The ferry ran aground on Monday. There were 30 people on board, including the captain.",
        "The ferry ran aground on Monday. Officials say 32 people were aboard the ferry when"
        " it struck the rocks.",
    )
    fact = _fact_with(report, "b", "32 people")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_died_and_passed_away_date_one_death():
    """ "died there Friday" / "who passed away Saturday" at one clinic: one date, in conflict."""
    report = _two(
        "The driver was taken to a county clinic and died there Friday.",
        "The crash hurt a driver, Tom Ray, who passed away Saturday at a county clinic.",
    )
    fact = _fact_with(report, "a", "Friday")
    assert _sources(fact) == {"a", "b"}
    assert fact.verdict.kind == "conflict"


def test_counts_far_apart_stay_apart_however_worded():
    """ "5,000 workers on its payroll" / "300 workers on the payroll at the depot": a whole
    and a site, though their clauses share their words."""
    report = _two(
        "The retailer has 5,000 workers on its payroll in all.",
        "The depot has 300 workers on the payroll of the retailer.",
    )
    assert _sources(_fact_with(report, "a", "5,000")) == {"a"}


def test_a_day_of_a_state_that_goes_on_is_no_happening():
    """ "crews continued pumping ... Thursday" / "... on Wednesday": two days of one state."""
    report = _two(
        "Flood crews continued pumping water from the tunnel Thursday.",
        "Flood crews continued pumping water from the tunnel on Wednesday, the mayor said.",
    )
    assert _sources(_fact_with(report, "a", "Thursday")) == {"a"}


def test_unlike_sums_meet_when_their_attributes_share_a_word():
    """ "a $7 million deficit" / "a $9.6 million budget gap" (both a shortfall, in like
    clauses) may be one sum in conflict; two sums of unlike words ("saved" / "a deficit")
    only when alike."""
    kind = ("money:USD", "", "")
    deficit = _Told(words={"county", "shortfall", "confront"}, read={"shortfall"})
    gap = _Told(words={"county", "shortfall", "face"}, read={"shortfall", "budget"})
    assert _told_alike(kind, deficit, gap, alike_values=False) == 2
    saved = _Told(words={"county", "shortfall", "save"}, read={"save"})
    assert _told_alike(kind, deficit, saved, alike_values=False) is None
    assert _told_alike(kind, deficit, saved, alike_values=True) == 2


def test_unlike_days_of_two_doings_at_one_place_stay_apart():
    """ "signed plea agreements Friday" / "will gather at the park Monday night": two doings."""
    report = _two(
        "Two suspects in the Maple Grove park robbery signed plea agreements Friday.",
        "Neighbors will gather at Maple Grove park Monday night to talk about the robbery.",
    )
    assert _sources(_fact_with(report, "a", "Friday")) == {"a"}


def test_a_death_day_and_a_day_of_the_hurt_stay_apart():
    """ "a rider died at Mercy Hospital late Monday" / "three of the injured were critical at
    Mercy Hospital on Monday morning": a death and a state of the hurt, not one day."""
    report = _two(
        "A second rider died at Mercy General Hospital in Dover late Monday.",
        "Three of the injured were in critical condition at Mercy General Hospital in Dover on"
        " Monday morning, a spokeswoman said.",
    )
    assert _sources(_fact_with(report, "a", "Monday")) == {"a"}


def test_days_of_two_events_read_stay_apart():
    """ "arrested a man Monday in connection with the killing" / "arrested in connection with
    the Jan. 28 killing": the clauses share their words, but each day dates another event."""
    report = _two(
        "Police arrested a man Monday in connection with the killing of a clerk at the Elm"
        " Street market.",
        "A man was arrested in connection with the Jan. 28 killing of a clerk at the Elm Street"
        " market.",
    )
    assert _sources(_fact_with(report, "a", "Monday")) == {"a"}
