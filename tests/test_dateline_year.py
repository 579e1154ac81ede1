"""compare(): a dateline's month and day with no year take the year from the other accounts."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import reconcile
from reconcile import DateRange, Source
from reconcile.ingest import FROM_OTHER_ACCOUNTS, date_datelines

WIRE = (
    "HARBOR FALLS, Ore., Oct. 10 (XNS) — Two people were hurt in a warehouse fire on Friday"
    " night, police said. The blaze began in a loading bay.\n"
)
LOCAL = (
    "Harbor Falls Ledger\n"
    "Published Oct. 11, 2026\n\n"
    "Two people were hurt in a warehouse fire Friday night, the fire chief said.\n"
)


def _dates(report: reconcile.Report, source_id: str) -> list[DateRange]:
    return [
        c.value
        for f in report.facts
        for c in f.claims
        if c.source_id == source_id and isinstance(c.value, DateRange)
    ]


def test_a_wire_dateline_takes_its_year_from_a_local_page_and_resolves_friday() -> None:
    """ "HARBOR FALLS, Ore., Oct. 10 (XNS) —" beside a page of Oct. 11, 2026 is of 2026-10-10."""
    alone = reconcile.read({"text": WIRE, "id": "wire"})[0]
    assert alone.published is None  # nothing on the page gives the year
    report = reconcile.compare([{"text": WIRE, "id": "wire"}, {"text": LOCAL, "id": "local"}])
    local, wire = report.sources  # in id order
    assert wire.published == dt.date(2026, 10, 10)
    assert {"published", FROM_OTHER_ACCOUNTS} <= wire.detected
    friday = dt.date(2026, 10, 9)
    assert [(d.start, d.end) for d in _dates(report, "wire")] == [(friday, friday)]
    assert local.published == dt.date(2026, 10, 11)
    assert FROM_OTHER_ACCOUNTS not in local.detected


def test_the_provenance_is_in_the_json_and_the_text_report() -> None:
    report = reconcile.compare([{"text": WIRE, "id": "wire"}, {"text": LOCAL, "id": "local"}])
    wire = next(s for s in json.loads(report.to_json())["sources"] if s["id"] == "wire")
    assert wire["published"] == "2026-10-10"
    assert wire["detected"] == ["outlet", "place", "published", FROM_OTHER_ACCOUNTS]
    assert "month_day" not in json.dumps(wire)
    assert FROM_OTHER_ACCOUNTS in " ".join(str(report).split())  # the line may wrap


def test_a_new_years_eve_dateline_beside_new_years_day_is_of_the_old_year() -> None:
    wire = WIRE.replace("Oct. 10", "Dec. 31")
    sources = [
        {"text": wire, "id": "wire"},
        {"text": "A garage fire hurt two people.", "id": "a", "published": "2027-01-01"},
        {"text": "Two people were hurt in a fire.", "id": "b", "published": "2027-01-01"},
    ]
    report = reconcile.compare(sources)
    assert {s.id: s.published for s in report.sources}["wire"] == dt.date(2026, 12, 31)


def test_without_a_dated_account_the_year_stays_unknown() -> None:
    other = "Two people were hurt in a warehouse fire, the fire chief said."
    report = reconcile.compare([{"text": WIRE, "id": "wire"}, {"text": other, "id": "other"}])
    assert [s.published for s in report.sources] == [None, None]
    assert all(d.start is None for d in _dates(report, "wire"))


def test_accounts_months_away_leave_the_year_unknown() -> None:
    far = LOCAL.replace("Oct. 11, 2026", "May 2, 2026")
    report = reconcile.compare([{"text": WIRE, "id": "wire"}, {"text": far, "id": "local"}])
    wire = next(s for s in report.sources if s.id == "wire")
    assert wire.published is None
    assert "published" not in wire.detected


def test_a_given_publication_date_is_never_overridden() -> None:
    report = reconcile.compare(
        [{"text": WIRE, "id": "wire", "published": "2026-10-12"}, {"text": LOCAL, "id": "local"}]
    )
    wire = next(s for s in report.sources if s.id == "wire")
    assert wire.published == dt.date(2026, 10, 12)
    assert "published" not in wire.detected


def test_the_median_date_decides_and_a_plain_source_is_left_alone() -> None:
    """Two accounts of Oct. 11 outvote a stray date of March; a source built plainly (its
    dateline never read) is not dated."""
    known = [
        Source(id="a", text="x", published=dt.date(2026, 10, 11)),
        Source(id="b", text="x", published=dt.date(2026, 10, 11)),
        Source(id="c", text="x", published=dt.date(2026, 3, 1)),
        Source(id="plain", text=WIRE),
    ]
    wire = reconcile.read({"text": WIRE, "id": "wire"})[0]
    dated = {s.id: s.published for s in date_datelines([*known, wire])}
    assert dated["wire"] == dt.date(2026, 10, 10)
    assert dated["plain"] is None
    assert date_datelines([wire, Source(id="d", text="x")])[0].published is None


def test_corpus_mode_dates_the_dateline_as_compare_does() -> None:
    """A story found in a pile is one story too: the wire copy is dated and read again."""
    articles = [{"text": WIRE, "id": "wire"}, {"text": LOCAL, "id": "local"}]
    (report,) = reconcile.compare_corpus(articles, progress=False)
    assert report.sources[1].published == dt.date(2026, 10, 10)
    alone = reconcile.compare(articles)
    assert (report.sources, report.facts) == (alone.sources, alone.facts)


def test_the_dask_path_dates_the_dateline_too() -> None:
    dask_bag = pytest.importorskip("dask.bag")
    from reconcile.dask import compare_corpus  # only with dask installed

    articles = [{"text": WIRE, "id": "wire"}, {"text": LOCAL, "id": "local"}]
    bag = dask_bag.from_sequence(articles, npartitions=2)
    (report,) = compare_corpus(bag, scheduler="synchronous")
    assert report.to_json() == next(reconcile.compare_corpus(articles, progress=False)).to_json()
    assert report.sources[1].published == dt.date(2026, 10, 10)
