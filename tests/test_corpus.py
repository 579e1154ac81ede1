"""Corpus mode: stories(), compare_corpus(), `reconcile corpus`, and the Dask path."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import reconcile
from reconcile.cli import main
from reconcile.model import Report, Story, StoryLink
from reconcile.settings import Settings
from reconcile.story import Signature, _Closest, cluster

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

ARTICLES = {
    "fire-a": "DAYTON, Ohio, March 3, 2025 (Metro Wire) - A fire at a warehouse on Keowee Street"
    " injured three firefighters on Sunday night, the Dayton Fire Department said. Crews fought"
    " the blaze for four hours before the roof collapsed. Chief Jeffrey Payne said the cause of"
    " the warehouse fire was under investigation.",
    "fire-b": "DAYTON, Ohio, March 4, 2025 (Valley News) - Four firefighters were hurt battling a"
    " warehouse fire on Keowee Street in Dayton on Sunday, fire officials said. Chief Jeffrey"
    " Payne said the roof of the burning warehouse collapsed after crews had fought the flames"
    " for hours.",
    "budget-a": "SPRINGFIELD, Ill., May 6, 2025 (Capital Post) - The Sangamon County school board"
    " voted 5-2 on Monday to approve a $48 million budget that closes two elementary schools,"
    " board president Maria Delgado said. Parents protested the closures at the meeting.",
    "budget-b": "SPRINGFIELD, Ill., May 7, 2025 (Prairie Daily) - The Sangamon County school board"
    " approved a $52 million budget on Monday in a 5-2 vote, closing two elementary schools."
    " Board president Maria Delgado said the closures would save money. Parents protested.",
    "flood": "TUCSON, Ariz., August 12, 2025 (Desert Herald) - Monsoon rains flooded dozens of"
    " homes along the Rillito River on Monday, and the city opened two shelters, officials said.",
}


def _articles() -> list[dict[str, str]]:
    return [{"id": key, "text": text} for key, text in ARTICLES.items()]


def test_stories_split_a_pile_by_event():
    found = reconcile.stories(_articles())
    assert [s.sources for s in found] == [
        ("budget-a", "budget-b"),
        ("fire-a", "fire-b"),
        ("flood",),
    ]
    fire = found[1]
    assert fire.id == "fire-a"
    assert len(fire.links) == 1
    assert fire.links[0].days_apart == 1
    assert any("Payne" in f or f in {"warehouse", "keowee"} for f in fire.links[0].shared)
    assert found[2].links == ()


def test_the_seeds_are_one_story_and_stay_apart_from_other_events():
    found = reconcile.stories([SEEDS, *_articles()])
    seed_ids = tuple(sorted(p.stem for p in SEEDS.glob("*.txt")))
    assert seed_ids in [s.sources for s in found]
    assert len(found) == 4


def test_stories_do_not_depend_on_input_order():
    forward = reconcile.stories(_articles())
    backward = reconcile.stories(list(reversed(_articles())))
    assert forward == backward


def test_blocking_finds_the_same_stories_as_comparing_every_pair(monkeypatch):
    # Big piles compare only sources that share a blocking key; on a small pile whose
    # stories share many features the two ways must agree, links and scores included.
    pile = [SEEDS, *_articles()]
    every_pair = reconcile.stories(pile)
    monkeypatch.setattr("reconcile.story._EVERY_PAIR", 0)
    assert reconcile.stories(pile) == every_pair
    monkeypatch.setattr("reconcile.story._BLOCK_KEYS", 0)  # no keys: nothing is compared
    assert all(len(s.sources) == 1 for s in reconcile.stories(pile))


def test_story_round_trips_and_checks_itself():
    story = Story("a", ("a", "b"), (StoryLink("a", "b", 0.5, ("@Ohio",), 2),))
    assert Story.from_dict(json.loads(json.dumps(story.to_dict()))) == story
    assert story.why() == ["a ~ b (0.50): @Ohio"]
    with pytest.raises(reconcile.InvalidValueError, match="not one of its sources"):
        Story("c", ("a", "b"))
    with pytest.raises(reconcile.InvalidValueError, match="at least one source"):
        Story("a", ())


_words = st.lists(st.sampled_from(["fire", "vote", "flood", "@Ohio", "#2025-03-02", "crash"]))
_signatures = st.lists(
    st.tuples(st.sampled_from(["a", "b", "c", "d", "e", "f"]), _words), unique_by=lambda t: t[0]
)


@given(_signatures)
@settings(max_examples=200, deadline=None)
def test_cluster_partitions_every_source_exactly_once(items: list[tuple[str, list[str]]]):
    sigs = [Signature.of(i, None, [(w, words.count(w)) for w in set(words)]) for i, words in items]
    found = cluster(sigs)
    listed = [i for story in found for i in story.sources]
    assert sorted(listed) == sorted(i for i, _ in items)
    for story in found:
        assert len(story.links) == len(story.sources) - 1
        assert story.id == min(story.sources)
    assert cluster(list(reversed(sigs))) == found


def _flood(tag: str, creek: str, day: str, extra: list[tuple[str, int]]) -> Signature:
    # One town's flood coverage: the same mayor, the same words of the beat.
    beat = [("flooding", 1), ("rain", 1), ("crested", 1), ("shelter", 1), ("@Ann Cole", 1)]
    return Signature.of(
        tag, dt.date(2025, 3, 6), [*beat, ("@Millbrook", 1), (creek, 1), (day, 1), *extra]
    )


def test_two_stories_of_one_kind_from_one_town_stay_apart():
    """Articles that each read much more like their own story's than like each other are kept apart.

    Two floods in one town, a few days apart, share the beat's words and the mayor; each
    flood's articles also share its creek and its day. Without the bar of the closest
    neighbours (``story_relative`` 0) the two floods read alike enough to be one story.
    A brief that names little but the creek still joins its flood.
    """
    words = [[("homes", 1), ("roads", 1)], [("roads", 1), ("cars", 1)], [("cars", 1)]]
    pile = [
        *(_flood(f"a{x}", "@Stony Creek", "#2025-03-01", words[x % 3]) for x in range(5)),
        *(_flood(f"b{x}", "@Otter Creek", "#2025-03-05", words[x % 3]) for x in range(5)),
        Signature.of("a-brief", None, [("@Stony Creek", 1), ("flooding", 1), ("rain", 1)]),
        *(Signature.of(f"z{x}", None, [(f"word{x}", 2), ("council", 1)]) for x in range(20)),
    ]
    joined = [s.sources for s in cluster(pile) if len(s.sources) > 1]
    assert joined == [("a-brief", "a0", "a1", "a2", "a3", "a4"), ("b0", "b1", "b2", "b3", "b4")]
    one_bar = [s.sources for s in cluster(pile, Settings(story_relative=0)) if len(s.sources) > 1]
    assert len(one_bar) == 1
    assert len(one_bar[0]) == 11


@given(
    _signatures,
    st.randoms(use_true_random=False),
    st.integers(1, 4),
    st.sampled_from([0.0, 0.5, 0.85, 0.99]),
)
@settings(max_examples=200, deadline=None)
def test_cluster_with_the_bar_does_not_depend_on_input_order(
    items: list[tuple[str, list[str]]], shuffle: Any, neighbours: int, relative: float
):
    """Whatever the bar's settings, shuffling the signatures gives the same stories."""
    sigs = [Signature.of(i, None, [(w, words.count(w)) for w in set(words)]) for i, words in items]
    chosen = Settings(story_neighbours=neighbours, story_relative=relative)
    found = cluster(sigs, chosen)
    shuffled = list(sigs)
    shuffle.shuffle(shuffled)
    assert cluster(shuffled, chosen) == found


@given(st.lists(st.tuples(st.integers(0, 4), st.floats(0, 1)), max_size=40), st.integers(1, 6))
def test_the_bar_is_a_share_of_each_sources_kth_best_score(scores: list[tuple[int, float]], k: int):
    """A source's bar is the share of its k-th best score, 0 while it has fewer than k."""
    closest = _Closest(50, k)
    for i, score in scores:
        closest.add(i, score)
    for i, bar in enumerate(closest.bars(0.5)[:5]):
        mine = sorted((s for j, s in scores if j == i and s > 0), reverse=True)
        assert bar == (0.5 * mine[k - 1] if len(mine) >= k else 0.0)


def test_more_neighbours_than_sources_turn_the_bar_off_without_a_huge_table():
    """A story_neighbours far above the pile's size sets every bar to 0, and costs nothing."""
    day = dt.date(2025, 3, 1)
    sigs = [
        Signature.of("a", day, [("blaze", 2), ("warehouse", 1)]),
        Signature.of("b", day, [("blaze", 1), ("warehouse", 2)]),
        Signature.of("c", day, [("election", 3)]),
    ]
    off = cluster(sigs, Settings(story_relative=0))
    assert cluster(sigs, Settings(story_neighbours=10**12)) == off


def test_compare_corpus_reports_each_story_with_its_story():
    reports = list(reconcile.compare_corpus(_articles(), progress=False))
    assert [r.story.id for r in reports if r.story] == ["budget-a", "fire-a", "flood"]
    fire = reports[1]
    assert {s.id for s in fire.sources} == {"fire-a", "fire-b"}
    assert any(f.verdict.kind == "conflict" for f in fire.facts)  # three vs four firefighters
    again = Report.from_json(fire.to_json())
    assert again.story == fire.story
    assert again.to_json() == fire.to_json()


def test_compare_corpus_matches_compare_on_each_story():
    """A story's report is the report compare() gives on the story's articles, plus the story."""
    for report in reconcile.compare_corpus(_articles(), progress=False):
        assert report.story is not None
        alone = reconcile.compare([a for a in _articles() if a["id"] in report.story.sources])
        assert alone.to_dict() == {k: v for k, v in report.to_dict().items() if k != "story"}


def test_compare_corpus_streams_a_generator_and_refuses_a_repeated_id():
    drawn = []

    def feed():
        for article in _articles():
            drawn.append(article["id"])
            yield article

    reports = reconcile.compare_corpus(feed(), progress=False)
    assert drawn == []  # nothing is read before the first report is asked for
    assert len(list(reports)) == 3
    with pytest.raises(reconcile.InvalidSourceError, match="fire-b"):
        list(reconcile.compare_corpus([*_articles(), _articles()[1]], progress=False))


def test_compare_corpus_reads_a_directory(tmp_path: Path):
    for key, text in ARTICLES.items():
        (tmp_path / f"{key}.txt").write_text(text, encoding="utf-8")
    reports = list(reconcile.compare_corpus(tmp_path, progress=False))
    assert [r.story.sources for r in reports if r.story] == [
        ("budget-a", "budget-b"),
        ("fire-a", "fire-b"),
        ("flood",),
    ]


def test_the_corpus_command_writes_a_report_per_story_and_an_index(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "in"
    folder.mkdir()
    for key, text in ARTICLES.items():
        (folder / f"{key}.txt").write_text(text, encoding="utf-8")
    shutil.copy(SEEDS / min(p.name for p in SEEDS.glob("*.txt")), folder)
    out = tmp_path / "out"
    assert main(["corpus", str(folder), "-o", str(out), "--html"]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert "index.html" in written
    assert len([n for n in written if n.endswith(".json")]) == 4
    fire = Report.from_json((out / "fire-a.json").read_text(encoding="utf-8"))
    assert fire.story is not None
    assert fire.story.sources == ("fire-a", "fire-b")
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="fire-a.html"' in index
    assert "4 stories from 6 articles" in index
    assert "4 stories from 6 articles" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:  # -o is required: a usage error, as argparse does
        main(["corpus", str(folder)])
    assert usage.value.code == 2
    assert main(["corpus", str(tmp_path / "missing"), "-o", str(out)]) == 2


dask_bag = pytest.importorskip("dask.bag")


@pytest.mark.parametrize("partitions", [1, 2, 4])
def test_dask_gives_byte_identical_reports(partitions: int):
    from reconcile import dask as rdask

    bag = dask_bag.from_sequence(_articles(), npartitions=partitions)
    on_dask = rdask.compare_corpus(bag, scheduler="synchronous")
    in_process = list(reconcile.compare_corpus(_articles(), progress=False))
    assert [r.to_json() for r in on_dask] == [r.to_json() for r in in_process]


def test_dask_reports_come_in_rounds_with_the_same_bytes(tmp_path, monkeypatch):
    from reconcile import dask as rdask

    in_process = [r.to_json() for r in reconcile.compare_corpus(_articles(), progress=False)]
    monkeypatch.setattr("reconcile.dask._ROUND", 1)  # one story a round
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    bag = dask_bag.from_sequence(_articles(), npartitions=2)
    reports = rdask.compare_corpus(bag, num_workers=2)
    first = next(reports)
    assert first.to_json() == in_process[0]
    assert len(list(tmp_path.iterdir())) == 1  # the spill folder, read from round by round
    assert [first.to_json()] + [r.to_json() for r in reports] == in_process
    assert list(tmp_path.iterdir()) == []
    reports = rdask.compare_corpus(bag, scheduler="synchronous")
    next(reports)
    reports.close()  # a caller that stops early leaves nothing behind either
    assert list(tmp_path.iterdir()) == []
    reports = rdask.compare_corpus(bag, num_workers=2)
    next(reports)
    reports.close()  # nor with a pool of worker processes to shut down
    assert list(tmp_path.iterdir()) == []


def _name(x: int) -> str:
    # A made-up name of its own for each x: three syllables from its base-16 digits.
    return "".join("bdfgklmnprstvzch"[(x >> s) & 15] + "aeiou"[(x >> s) % 5] for s in (0, 4, 8))


def test_dask_local_rounds_cover_more_stories_than_one_round():
    """More stories than a round holds come back in rounds, as the in-process path gives them."""
    from reconcile import dask as rdask

    articles = [
        {"id": f"s{x:03d}", "text": f"{_name(3 * x)} of {_name(3 * x + 1)} met {_name(3 * x + 2)}."}
        for x in range(300)
    ]
    in_process = [r.to_json() for r in reconcile.compare_corpus(articles, progress=False)]
    assert len(in_process) > 256  # reconcile.dask's stories a round
    bag = dask_bag.from_sequence(articles, npartitions=2)
    assert [r.to_json() for r in rdask.compare_corpus(bag, scheduler="synchronous")] == in_process


def test_dask_error_inside_a_story_task_is_the_original_error(tmp_path, monkeypatch):
    """An error raised while reconciling a story reaches the caller as itself; no spill is left."""
    from reconcile import dask as rdask

    def fail(_self: object, _loaded: object, story: Story) -> Report:
        raise reconcile.InvalidValueError("cannot reconcile", source_id=story.id)

    monkeypatch.setattr("reconcile.dask.Reconciler.reconcile", fail)
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    bag = dask_bag.from_sequence(_articles(), npartitions=2)
    with pytest.raises(reconcile.InvalidValueError, match="cannot reconcile") as raised:
        list(rdask.compare_corpus(bag, scheduler="synchronous"))
    assert raised.value.source_id in {"budget-a", "fire-a", "flood"}  # whichever ran first
    assert list(tmp_path.iterdir()) == []


def test_dask_on_local_processes_and_from_a_dataframe():
    pandas = pytest.importorskip("pandas")
    dask_dataframe = pytest.importorskip("dask.dataframe")
    from reconcile import dask as rdask

    in_process = [r.to_json() for r in reconcile.compare_corpus(_articles(), progress=False)]
    bag = dask_bag.from_sequence(_articles(), npartitions=2)
    assert [r.to_json() for r in rdask.compare_corpus(bag, num_workers=2)] == in_process
    frame = dask_dataframe.from_pandas(pandas.DataFrame(_articles()), npartitions=2)
    assert [r.to_json() for r in rdask.compare_corpus(frame, scheduler="threads")] == in_process


def test_dask_local_spill_files_are_removed_even_after_an_error(tmp_path, monkeypatch):
    from reconcile import dask as rdask

    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    bag = dask_bag.from_sequence(_articles(), npartitions=2)
    assert len(list(rdask.compare_corpus(bag, scheduler="synchronous"))) == 3
    assert list(tmp_path.iterdir()) == []
    twice = dask_bag.from_sequence([*_articles(), _articles()[0]], npartitions=2)
    with pytest.raises(reconcile.InvalidSourceError, match="ids must be unique"):
        list(rdask.compare_corpus(twice, scheduler="synchronous"))
    assert list(tmp_path.iterdir()) == []


def test_dask_refuses_what_it_cannot_number():
    from reconcile import dask as rdask

    with pytest.raises(reconcile.InvalidSourceError, match="mapping with its own 'id'"):
        list(rdask.compare_corpus(dask_bag.from_sequence(["No id"]), scheduler="synchronous"))
    with pytest.raises(reconcile.InvalidSourceError, match="Bag or a dask DataFrame"):
        rdask.compare_corpus(_articles())  # refused at once, before any work
    twice = dask_bag.from_sequence([*_articles(), _articles()[0]], npartitions=2)
    with pytest.raises(reconcile.InvalidSourceError, match="fire-a"):
        list(rdask.compare_corpus(twice, scheduler="synchronous"))


def test_dask_on_a_distributed_client_gives_the_same_bytes():
    distributed = pytest.importorskip("distributed")
    from reconcile import dask as rdask

    in_process = [r.to_json() for r in reconcile.compare_corpus(_articles(), progress=False)]
    with distributed.Client(processes=False, n_workers=2, dashboard_address=None) as client:
        bag = dask_bag.from_sequence(_articles(), npartitions=3)
        assert [r.to_json() for r in rdask.compare_corpus(bag, client=client)] == in_process


def test_corpus_reports_validate_against_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(__file__).resolve().parent.parent / "docs" / "report.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for report in reconcile.compare_corpus(_articles(), progress=False):
        data = json.loads(report.to_json())
        assert "story" in data
        validator.validate(data)
    broken = json.loads(next(iter(reconcile.compare_corpus(_articles()[:1]))).to_json())
    broken["story"]["links"] = [{"a": "x"}]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(broken)


_texts = st.lists(
    st.text(
        alphabet=st.sampled_from(list("Fire in Ohio killed 3 people on Monday. $4m \n—“”'-")),
        min_size=1,
        max_size=120,
    ).map(lambda t: "Police said: " + t),  # a one-line text that names a path is refused
    min_size=1,
    max_size=5,
)


@given(_texts)
@settings(max_examples=40, deadline=None)
def test_compare_corpus_never_crashes_and_reports_every_source_once(texts: list[str]):
    reports = list(reconcile.compare_corpus(texts, progress=False))
    ids = [s.id for r in reports for s in r.sources]
    assert sorted(ids) == sorted(f"text-{n}" for n in range(1, len(texts) + 1))
    assert [r.story.id for r in reports if r.story] == sorted(
        r.story.id for r in reports if r.story
    )


def test_a_failed_corpus_run_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """A missing or empty input folder: status 2, and no output folder (nor its parents) left."""
    empty = tmp_path / "empty"
    empty.mkdir()
    for pile in (empty, tmp_path / "missing"):
        assert main(["corpus", str(pile), "-o", str(tmp_path / "new" / "out")]) == 2
        assert not (tmp_path / "new").exists()
    capsys.readouterr()


def test_corpus_output_that_is_a_file_says_a_folder_is_needed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """`-o afile`: the line says -o needs a folder, not "File exists"."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES["fire-a"], encoding="utf-8")
    afile = tmp_path / "afile"
    afile.write_text("notes", encoding="utf-8")
    assert main(["corpus", str(folder), "-o", str(afile)]) == 2
    err = capsys.readouterr().err
    assert "-o needs a folder" in err
    assert afile.read_text(encoding="utf-8") == "notes"


def test_corpus_names_the_story_files_an_earlier_run_left(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A second run into one folder names the reports it did not write; it deletes nothing."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, key in ((first, "fire-a"), (second, "fire-b")):
        folder.mkdir()
        (folder / f"{key}.txt").write_text(ARTICLES[key], encoding="utf-8")
    out = tmp_path / "out"
    assert main(["corpus", str(first), "-o", str(out), "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert main(["corpus", str(second), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "also holds 1 file from before this run, not in its index: fire-a.json" in err
    assert "1 story from 1 article written" in err
    assert "1 story from 1 article; 0 conflicting facts" in (out / "index.html").read_text("utf-8")
    assert (out / "fire-a.json").exists()


def _pile(folder: Path, *keys: str) -> Path:
    folder.mkdir()
    for key in keys:
        (folder / f"{key}.txt").write_text(ARTICLES[key], encoding="utf-8")
    return folder


def test_corpus_names_skipped_files_in_one_line_as_the_plain_command_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A folder's .csv and sub-folder: one `reconcile: read ... skipped` line, with -q too.

    Not a Python warning (file path, source line), which pytest here would raise.
    """
    folder = _pile(tmp_path / "in", "fire-a", "fire-b")
    (folder / "rows.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "older").mkdir()
    assert main(["corpus", str(folder), "-o", str(tmp_path / "out"), "-q"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"reconcile: read 2 file(s) of the directory {folder} and skipped")
    assert "older/" in line
    assert "rows.csv" in line
    assert main(["corpus", str(folder), "-o", str(tmp_path / "out2")]) == 0
    first, summary = capsys.readouterr().err.splitlines()
    assert first == line
    assert summary.startswith("reconcile: 1 story from 2 articles written")


def test_corpus_reads_a_file_named_twice_once_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """`reconcile corpus folder/ folder/a.txt` (a folder and a glob): read once, one line says so."""
    folder = _pile(tmp_path / "in", "fire-a", "fire-b")
    out = tmp_path / "out"
    assert main(["corpus", str(folder), str(folder / "fire-a.txt"), "-o", str(out), "-q"]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (f"reconcile: {folder / 'fire-a.txt'} was given twice; it is read once")
    fire = Report.from_json((out / "fire-a.json").read_text(encoding="utf-8"))
    assert [s.id for s in fire.sources] == ["fire-a", "fire-b"]


def test_corpus_skips_an_article_it_cannot_read_and_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """An empty or binary file among good ones: named on stderr and in the index; the rest run."""
    folder = _pile(tmp_path / "in", "fire-a", "fire-b", "flood")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    out = tmp_path / "out"
    assert main(["corpus", str(folder), "-o", str(out)]) == 0
    empty, photo, summary = capsys.readouterr().err.splitlines()
    assert empty.startswith(f"reconcile: skipped {folder / 'empty.txt'}: ")
    assert "is empty" in empty
    assert photo.startswith(f"reconcile: skipped {folder / 'photo.txt'}: ")
    assert "looks binary" in photo
    assert summary.endswith("; 2 files skipped (named above)")
    assert "2 stories from 3 articles" in summary
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="#skipped">2 files skipped</a>' in index
    assert f"<code>{folder / 'empty.txt'}</code>" in index
    assert sorted(p.name for p in out.iterdir()) == ["fire-a.json", "flood.json", "index.html"]


def test_corpus_with_no_readable_article_fails_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Every file skipped is no corpus: status 2, each named, no output folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("", encoding="utf-8")
    (folder / "b.txt").write_text("  \n", encoding="utf-8")
    assert main(["corpus", str(folder), "-o", str(tmp_path / "out"), "-q"]) == 2
    a, b, last = capsys.readouterr().err.splitlines()
    assert a.startswith("reconcile: skipped")
    assert b.startswith("reconcile: skipped")
    assert last.startswith("reconcile: none of the 2 files given could be read as an article")
    assert not (tmp_path / "out").exists()


def test_corpus_refuses_before_reading_what_the_plain_command_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Two files of one stem, or a records file: status 2 at once, nothing read or skipped."""
    for name in ("storm", "flood"):
        _pile(tmp_path / name, "fire-a")
    (tmp_path / "storm" / "empty.txt").write_text("", encoding="utf-8")
    out = str(tmp_path / "out")
    assert main(["corpus", str(tmp_path / "storm"), str(tmp_path / "flood"), "-o", out]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert str(tmp_path / "storm" / "fire-a.txt") in line
    assert str(tmp_path / "flood" / "fire-a.txt") in line
    rows = tmp_path / "rows.csv"
    rows.write_text("source,subject,attribute,value\na,x,n,4\n", encoding="utf-8")
    assert main(["corpus", str(tmp_path / "flood"), str(rows), "-o", out]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert f"run `reconcile records {rows}`" in line
    assert not (tmp_path / "out").exists()


def test_compare_corpus_still_warns_of_the_files_a_directory_holds_but_it_does_not_read(
    tmp_path: Path,
):
    """In Python the note stays a SkippedFilesWarning, as reconcile.read gives it."""
    folder = _pile(tmp_path / "in", "fire-a", "flood")
    (folder / "rows.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.warns(reconcile.SkippedFilesWarning, match=r"read 2 file\(s\).*rows\.csv"):
        reports = list(reconcile.compare_corpus(folder, progress=False))
    assert len(reports) == 2


def test_the_index_titles_a_story_by_an_events_headline_not_an_agencys_banner():
    """A story whose first source is an agency bulletin is titled by another source's headline."""
    from reconcile.model import Source, Zone
    from reconcile.report.index import Row

    def source(sid: str, headline: str) -> Source:
        text = f"{headline}\n\nThe levee gave way on Friday, officials said."
        return Source(
            sid,
            text,
            zones=(Zone("headline", 0, len(headline)), Zone("body", len(headline) + 2, len(text))),
        )

    for banner in ("MARLOW COUNTY WATER BOARD - FLOOD BULLETIN", "Flood Situation Report No. 4"):
        bulletin, paper = (
            source("board", banner),
            source("paper", "Levee breach floods 40 homes in Marlow"),
        )
        story = Story("board", ("board", "paper"), ())
        report = Report([bulletin, paper], story=story)
        assert Row.of(report, "board.json").title == "Levee breach floods 40 homes in Marlow"
        alone = Report([bulletin], story=Story("board", ("board",), ()))
        assert Row.of(alone, "board.json").title == banner  # no other headline: the banner
