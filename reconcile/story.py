"""Stories: which articles of a pile tell of the same event.

Each source is reduced to a :class:`Signature`: the content words of its headline and
body, the names in them (people, places, organisations, by canonical name) and the days
its claims resolve to. Features are weighted by tf-idf over the pile, and two sources
whose weighted vectors are close enough (cosine, :class:`~reconcile.settings.Settings`'
``story_similarity``; a stricter ``story_similarity_far`` when they were published
further apart than ``story_window_days``) are joined. Stories are the connected groups,
built strongest link first so each story keeps the links that made it; two groups join
only when their articles are alike on average (average linkage), so one close pair cannot
chain a town's whole news into one story. Two articles that each read much more like a few
others than like each other (``story_relative`` of their ``story_neighbours``-th closest) are
kept apart: stories of one kind from one place share a beat's words, but each story's own
articles share its specifics too. Two articles that each name someone or somewhere (a state
or a country aside) and a day, but share no such name and no day, are two events told in
one template, however alike their words, and are kept apart too.

Cost stays near-linear by blocking: two sources are compared only when they share one
of their most distinctive features, and a feature shared by too many sources to tell
stories apart is not used as a block.
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
import sys
from array import array
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from reconcile.errors import InvalidValueError
from reconcile.extract import extract_with_names
from reconcile.extract import lexicon as lx
from reconcile.extract.gazetteer import gazetteer
from reconcile.ingest import read
from reconcile.model import DateRange, Story, StoryLink
from reconcile.settings import Settings, checked_settings

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator, Sequence

    from reconcile.extract.names import Found
    from reconcile.model import Claim, Source

__all__ = ["Signature", "cluster", "read_one", "signature", "stories"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words that say nothing about which event an article tells of: function words, and the
# verbs and nouns of reporting itself.
_STOP = (
    lx.DETERMINERS
    | lx.PREPOSITIONS
    | lx.AUXILIARIES
    | lx.CONJUNCTIONS
    | lx.RELATIVES
    | lx.PRONOUNS
    | lx.NEGATIONS
    | lx.ADVERBS
    | frozenset(
        """said says say saying told tells according reported reports added adds also would
        could should may might must can will just like one two three four five six seven
        eight nine ten first last new year years day days week time more most than very
        about after before over into out its it's their there here this that these those
        monday tuesday wednesday thursday friday saturday sunday
        january february march april june july august september october november december
        """.split()
    )
)
_NAMED = frozenset(["person", "organization", "place", "nationality"])  # kept as "@" + name
_BLOCK_KEYS = 12  # a source's most distinctive features that serve as blocking keys
# A key held by more sources than this tells no story apart, and comparing every pair of
# them would make the cost grow with the square of the corpus.
_BLOCK_MAX = 100
_EVERY_PAIR = 1000  # up to this many sources every pair is compared: 500,000 pairs, seconds
_KEPT = 0.5  # pair scores below this share of story_similarity count as 0 in average linkage
_SHARED_SHOWN = 5
_MILLION = 1_000_000  # link scores are compared in millionths, as they are shown
# The prior of :func:`_idf`: as if every pile held this many more articles, in which an
# ordinary word appears at the first rate and a name or a day at the second. Measured on
# gvc-dev (benchmarks/story_clustering.py): piles of 2, 30 and 390 articles alike.
_PRIOR_DOCS = 20
_PRIOR_WORD = 0.1
_PRIOR_NAME = 0.01
_IDF_POWER = 1.5
_REGIONS = frozenset(["state", "country"])  # places too wide to tell two events apart


@attrs.frozen
class Signature:
    """What one source is about, as counted features: small enough to keep by the 100,000.

    Features are lower-cased content words, ``@`` + a canonical name, and ``#`` + an ISO
    day. ``terms`` holds them sorted (interned, so a word is stored once however many
    sources use it) and ``counts`` how often each is used, capped at 255.

    >>> Signature.of("a", None, [("fire", 2), ("@Ohio", 1)]).features
    (('@Ohio', 1), ('fire', 2))
    """

    source_id: str
    published: dt.date | None
    terms: tuple[str, ...]
    counts: bytes

    @classmethod
    def of(
        cls, source_id: str, published: dt.date | None, features: Iterable[tuple[str, int]]
    ) -> Signature:
        """A signature from ``(feature, count)`` pairs, in any order."""
        merged: Counter[str] = Counter()
        for feature, count in features:
            merged[feature] += count
        terms = tuple(sys.intern(f) for f in sorted(merged))
        return cls(source_id, published, terms, bytes(min(merged[f], 255) for f in terms))

    @property
    def features(self) -> tuple[tuple[str, int], ...]:
        """``(feature, count)`` pairs, sorted by feature."""
        return tuple(zip(self.terms, self.counts, strict=True))


def signature(
    source: Source, claims: Iterable[Claim] | None = None, names: Iterable[Found] | None = None
) -> Signature:
    """The signature of ``source``, from its headline and body and the days its claims name.

    ``claims`` are the source's claims (:func:`reconcile.extract`) and ``names`` the
    names found over its whole text (:func:`~reconcile.extract.extract_with_names`);
    they are found here when not given.

    >>> from reconcile import Source
    >>> sig = signature(Source.from_text("Fire crews in Ohio fought a warehouse fire.", id="a"))
    >>> sig.terms
    ('@Ohio', 'crews', 'fire', 'fought', 'ohio', 'warehouse')
    """
    if claims is None or names is None:
        claims, names = extract_with_names(source)
    counts: Counter[str] = Counter()
    text = source.text
    zones = source.body
    starts = [zone.start for zone in zones]
    inside = []  # the names inside the headline and body
    for start, end, ref in names:
        z = bisect.bisect_right(starts, start) - 1
        if ref.kind in _NAMED and z >= 0 and end <= zones[z].end:
            inside.append((start, end, ref))
    own = _masthead_lines(text, inside)
    for zone in zones:
        for match in _WORD.finditer(text, zone.start, zone.end):
            word = match.group().lower()
            if len(word) > 2 and word not in _STOP and not _within(own, match.start()):
                counts[word] += 1
    outlet = (source.outlet or "").casefold()
    for start, _end, ref in inside:
        if not _within(own, start) and ref.name.casefold() != outlet:
            counts["@" + ref.name] += 1
    for claim in claims:
        value = claim.value
        if isinstance(value, DateRange) and value.granularity == "day" and value.start:
            counts["#" + value.start.isoformat()] += 1
    return Signature.of(source.id, source.published, counts.items())


# What may stand on a line beside the one name it holds and leave it a masthead or byline:
# space and marks ("By" before the name is allowed too).
_NOT_WORDS = " \t\r|·•-–—:,.()[]*_#>\"'“”"
_OWN_KINDS = frozenset(["person", "organization"])  # a place alone on a line is a dateline


def _masthead_lines(text: str, names: Sequence[Found]) -> list[tuple[int, int]]:
    """The lines that hold a person's or organisation's name and nothing else but "By".

    Such a line is the outlet's masthead ("Wendle Valley Post" under a headline) or a
    byline ("By Ada Pellow"): it says who wrote the article, not what happened, so two
    articles of one outlet or one reporter share it whatever events they tell of.
    """
    lines = []
    for start, end, ref in names:
        if ref.kind not in _OWN_KINDS:
            continue
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
        before = text[first:start].strip(_NOT_WORDS).casefold()
        if before in ("", "by") and not text[end:last].strip(_NOT_WORDS):
            lines.append((first, last))
    return sorted(lines)


def _within(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies in one of the sorted, short list of spans."""
    return any(first <= at < last for first, last in spans)


def read_one(source: Source, settings: Settings) -> tuple[tuple[Claim, ...], Signature]:
    """A source's claims and signature: what corpus mode keeps of each article."""
    claims, names = extract_with_names(source, settings=settings)
    return claims, signature(source, claims, names)


def _idf(df: int, n: int, feature: str) -> float:
    """How rare a feature is: its share of the pile, smoothed toward a prior share.

    A pile of two articles cannot say which words are common, so each feature starts
    as if seen in ``_PRIOR_DOCS`` other articles at its prior rate: a name or a day is
    rare, an ordinary word less so. The more articles, the more the pile's own counts
    decide. The power above 1 lets a feature that few articles share weigh more than
    one that a town's every story shares.
    """
    prior = _PRIOR_NAME if feature[0] in "@#" else _PRIOR_WORD
    rarity: float = -math.log((df + _PRIOR_DOCS * prior) / (n + _PRIOR_DOCS))
    return float(rarity**_IDF_POWER)


@attrs.frozen
class _Vectors:
    """Unit tf-idf vectors of a pile, as feature numbers and weights in flat arrays."""

    names: list[str]  # feature number -> feature
    ids: list[array[int]]  # per source, its feature numbers
    weights: list[array[float]]
    # per source, the feature numbers of its names and days; empty unless it has both
    specifics: list[frozenset[int]]


def _vectors(signatures: Sequence[Signature]) -> _Vectors:
    numbers: dict[str, int] = {}
    df: list[int] = []
    for sig in signatures:
        for term in sig.terms:
            k = numbers.setdefault(term, len(numbers))
            if k == len(df):
                df.append(0)
            df[k] += 1
    names = list(numbers)
    n = len(signatures)
    idf = [_idf(df[k], n, names[k]) for k in range(len(names))]
    places = gazetteer()
    wide = [f[0] == "@" and not _REGIONS.isdisjoint(places.place_kinds(f[1:])) for f in names]
    ids, weights, specifics = [], [], []
    for sig in signatures:
        own = array("i", (numbers[t] for t in sig.terms))
        raw = [(1 + math.log(c)) * idf[k] for k, c in zip(own, sig.counts, strict=True)]
        norm = math.sqrt(math.fsum(w * w for w in raw)) or 1.0
        ids.append(own)
        weights.append(array("d", (w / norm for w in raw)))
        specifics.append(_specifics(sig.terms, own, wide))
    return _Vectors(names, ids, weights, specifics)


def _specifics(terms: Sequence[str], own: Sequence[int], wide: Sequence[bool]) -> frozenset[int]:
    """A source's days and names, but for states and countries; empty unless it has both.

    A state or a country is where many events happen: two of them share it as readily as
    two accounts of one. ``terms`` are sorted, so days (``#``) and then names (``@``) come
    first.
    """
    at = 0
    while at < len(terms) and terms[at][0] == "#":
        at += 1
    days = at
    while at < len(terms) and terms[at][0] == "@":
        at += 1
    named = [k for k in own[days:at] if not wide[k]]
    return frozenset([*own[:days], *named]) if days and named else frozenset()


def _other_event(vectors: _Vectors, i: int, j: int) -> bool:
    """Whether sources ``i`` and ``j`` each name who or where and which day, and share none.

    Two accounts of one event name at least one of the same people, places,
    organisations or days, however differently worded; two events told in one wire's
    template share its words and differ in exactly these. Only sources naming both a
    name and a day are judged: one that names neither says nothing against a join. One
    shared name or day is enough to keep the pair (measured on gvc-dev: asking more, a
    share of the names, splits long accounts of one event that name dozens of people).

    >>> sigs = [Signature.of("a", None, [("#2030-05-04", 1), ("@Tolworth", 1), ("blaze", 2)]),
    ...         Signature.of("b", None, [("#2030-05-09", 1), ("@Ashby Mills", 1), ("blaze", 2)]),
    ...         Signature.of("c", None, [("#2030-05-04", 1), ("@Ashby Mills", 1), ("blaze", 1)])]
    >>> v = _vectors(sigs)
    >>> _other_event(v, 0, 1), _other_event(v, 0, 2)
    (True, False)
    """
    mine, theirs = vectors.specifics[i], vectors.specifics[j]
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _days_apart(a: Signature, b: Signature) -> int | None:
    if a.published is None or b.published is None:
        return None
    return abs((a.published - b.published).days)


def _candidates(vectors: _Vectors) -> Iterator[Iterable[int]]:
    """For each source in turn, the later sources to compare it with.

    In a pile of up to ``_EVERY_PAIR`` sources, all of them; beyond, those sharing one of
    its blocking keys (which misses a few pairs: two short reports of one event may share
    no key). Made one source at a time, so only the postings of the keys are held.
    """
    n = len(vectors.ids)
    if n <= _EVERY_PAIR:
        yield from (range(i + 1, n) for i in range(n))
        return
    postings: dict[int, array[int]] = {}
    keys: list[array[int]] = []
    for i, (own, weights) in enumerate(zip(vectors.ids, vectors.weights, strict=True)):
        top = [k for _w, k in heapq.nlargest(_BLOCK_KEYS, zip(weights, own, strict=True))]
        keys.append(array("i", top))
        for k in top:
            postings.setdefault(k, array("i")).append(i)
    for k in [k for k, members in postings.items() if not 2 <= len(members) <= _BLOCK_MAX]:
        del postings[k]
    for i, mine in enumerate(keys):
        later: set[int] = set()
        for k in mine:
            members = postings.get(k)
            if members is not None:  # sorted: sources were appended in order
                later.update(members[bisect.bisect_right(members, i) :])
        yield sorted(later)


def _links(
    signatures: Sequence[Signature], settings: Settings
) -> tuple[_Vectors, list[int], _Groups]:
    """Compare the blocked pairs: the links, and the scores of the pairs that weigh.

    A link is a pair ``i < j`` alike enough to be one story, as one int that sorts
    strongest first (``divmod(link % n**2, n)`` gives ``(i, j)``). Pairs scoring at least
    ``_KEPT`` of the threshold feed average linkage: they are the groups' starting sums.
    A pair that scores well below what both of its sources score with their own closest
    ones (:class:`_Closest`) is neither a link nor kept.
    """
    vectors = _vectors(signatures)
    n = len(signatures)
    first, second, kept = array("i"), array("i"), array("d")
    closest = _Closest(n, settings.story_neighbours)
    for i, later in enumerate(_candidates(vectors)):
        mine = dict(zip(vectors.ids[i], vectors.weights[i], strict=True))
        for j in later:
            score = math.fsum(  # exact: the same bits in any order
                [
                    w * mine[k]
                    for k, w in zip(vectors.ids[j], vectors.weights[j], strict=True)
                    if k in mine
                ]
            )
            if score < _KEPT * settings.story_similarity:  # the rest weigh little: not kept
                continue
            if _other_event(vectors, i, j):  # one template, two events: not kept
                continue
            first.append(i)
            second.append(j)
            kept.append(score)
            closest.add(i, score)
            closest.add(j, score)
    bar = closest.bars(settings.story_relative)
    # One int per link, so that sorting it puts the strongest first and ties in source-id
    # order (the signatures are in id order): 1e6 - the score in millionths, then i, j.
    keys: list[int] = []
    at = 0  # pairs apart are dropped in place: the arrays may hold millions
    for i, j, score in zip(first, second, kept, strict=True):
        if score < bar[i] and score < bar[j]:
            continue
        first[at], second[at], kept[at] = i, j, score
        at += 1
        days = _days_apart(signatures[i], signatures[j])
        near = days is not None and days <= settings.story_window_days
        if score >= (settings.story_similarity if near else settings.story_similarity_far):
            millionths = round(round(score, 6) * 1_000_000)
            keys.append(((_MILLION - millionths) * n + i) * n + j)
    del first[at:], second[at:], kept[at:]
    keys.sort()
    return vectors, keys, _Groups(n, first, second, kept, settings.story_similarity)


class _Closest:
    """For each source, the scores of its ``k`` closest compared sources, best first.

    A source's bar is ``share`` of its ``k``-th best score (0 while it has fewer): a pair
    scoring below the bars of both its sources is two articles that each read much more
    like ``k`` others than like each other. That is what two stories of one kind from one
    place look like, told in one beat's words (the same officials quoted, the same
    sentences of background), while their own articles share the specifics too; an
    article only loosely tied to its story (a short brief, a rewrite) keeps a low bar of
    its own, so its ties hold. The bar is local, as in self-tuning spectral clustering
    (Zelnik-Manor and Perona, 2004): a pile of near-copies and one of loose rewrites each
    get the bar they need, where one threshold cannot serve both.
    """

    def __init__(self, n: int, k: int) -> None:
        # A source has at most n - 1 others, so any k >= n leaves every bar at 0, as k = n
        # does: the table never needs more than n rows of n.
        self.k = k = max(1, min(k, n))
        self.best = array("d", bytes(8 * n * k))  # source i's at [i*k, i*k+k), descending

    def add(self, i: int, score: float) -> None:
        best, at = self.best, i * self.k
        last = at + self.k - 1
        if score <= best[last]:
            return
        while last > at and best[last - 1] < score:
            best[last] = best[last - 1]
            last -= 1
        best[last] = score

    def bars(self, share: float) -> array[float]:
        k = self.k
        return array("d", (share * self.best[i * k + k - 1] for i in range(len(self.best) // k)))


def _link(vectors: _Vectors, signatures: Sequence[Signature], i: int, j: int) -> StoryLink:
    """The :class:`StoryLink` of sources ``i`` and ``j``, with the features they share most."""
    mine = dict(zip(vectors.ids[i], vectors.weights[i], strict=True))
    terms = [
        (w * mine[k], k)
        for k, w in zip(vectors.ids[j], vectors.weights[j], strict=True)
        if k in mine
    ]
    score = math.fsum(t for t, _ in terms)
    top = sorted(terms, key=lambda t: (-t[0], vectors.names[t[1]]))[:_SHARED_SHOWN]
    shared = tuple(vectors.names[k] for _t, k in top)
    a, b = signatures[i], signatures[j]
    return StoryLink(a.source_id, b.source_id, round(score, 6), shared, _days_apart(a, b))


class _Groups:
    """Groups of sources under average linkage, each named by one of its sources.

    Two groups join only when their articles are alike on average (pairs never compared,
    or too unlike to keep, count as 0), not merely through one pair; one strong pair would
    otherwise chain every article of a town's news into one story. ``between[r]`` holds
    the summed pair scores from group ``r`` to each group it has a kept pair with.
    """

    def __init__(
        self, n: int, first: array[int], second: array[int], score: array[float], threshold: float
    ) -> None:
        self.threshold = threshold
        self.owner = array("i", range(n))  # each source's group
        self.members: dict[int, list[int]] = {}  # groups of more than one source
        number = list(range(n))  # one int object per source, shared by every dict key
        self.between: list[dict[int, float]] = [{} for _ in range(n)]
        for i, j, s in zip(first, second, score, strict=True):
            self.between[i][number[j]] = s
            self.between[j][number[i]] = s

    def group(self, r: int) -> list[int]:
        return self.members.get(r) or [r]

    def size(self, r: int) -> int:
        return len(self.members.get(r) or (r,))

    def alike(self, ra: int, rb: int) -> bool:
        total = self.between[ra].get(rb, 0.0)
        return total / (self.size(ra) * self.size(rb)) >= self.threshold

    def merge(self, ra: int, rb: int) -> tuple[int, int]:
        """Join two groups; return the name kept and the name gone."""
        if self.size(ra) < self.size(rb):
            ra, rb = rb, ra
        moved = self.members.pop(rb, [rb])
        for x in moved:
            self.owner[x] = ra
        self.members[ra] = self.group(ra) + moved
        mine, gone = self.between[ra], self.between[rb]
        self.between[rb] = {}
        for other, total in gone.items():
            if other == ra:
                continue
            mine[other] = theirs = mine.get(other, 0.0) + total
            self.between[other].pop(rb, None)
            self.between[other][ra] = theirs
        mine.pop(rb, None)
        return ra, rb

    def heads(self) -> list[tuple[int, list[int]]]:
        """Every group, by name, with its sources."""
        return [(r, self.group(r)) for r in range(len(self.owner)) if self.owner[r] == r]


def cluster(signatures: Iterable[Signature], settings: Settings | None = None) -> list[Story]:
    """Group signatures into stories, sorted by story id; a source joined to none stands alone.

    >>> import datetime as dt
    >>> day = dt.date(2025, 3, 1)
    >>> sigs = [Signature.of("a", day, [("blaze", 2), ("warehouse", 1)]),
    ...         Signature.of("b", day, [("blaze", 1), ("warehouse", 2)]),
    ...         Signature.of("c", day, [("election", 3)])]
    >>> [s.sources for s in cluster(sigs)]
    [('a', 'b'), ('c',)]
    """
    sigs = sorted(signatures, key=lambda s: s.source_id)
    ids = [s.source_id for s in sigs]
    for before, after in itertools.pairwise(ids):
        if before == after:
            raise InvalidValueError(f"two signatures share the source id {before!r}")
    settings = settings or Settings()
    vectors, links, groups = _links(sigs, settings)
    n = len(sigs)
    kept: dict[int, list[StoryLink]] = {}
    for link in links:
        i, j = divmod(link % (n * n), n)
        ra, rb = groups.owner[i], groups.owner[j]
        if ra == rb or not groups.alike(ra, rb):
            continue
        head, gone = groups.merge(ra, rb)
        kept.setdefault(head, []).extend([*kept.pop(gone, []), _link(vectors, sigs, i, j)])
    result = []
    for head, group in groups.heads():
        names = sorted(ids[x] for x in group)
        result.append(Story(names[0], tuple(names), tuple(kept.get(head, ()))))
    result.sort(key=lambda s: s.id)
    return result


def stories(sources: Any, *, settings: Settings | None = None) -> list[Story]:
    """Split a pile of articles into stories, one per event they tell of.

    ``sources`` is anything :func:`reconcile.read` accepts. Each story lists its source
    ids and the links that joined them (:meth:`~reconcile.model.Story.why`); an article
    that shares no event with another is a story of its own.

    >>> texts = [
    ...     "A warehouse blaze in Dayton injured three firefighters on Monday.",
    ...     "Three firefighters were hurt fighting a Dayton warehouse blaze.",
    ...     "The county board approved a new school budget on Tuesday.",
    ... ]
    >>> [s.sources for s in stories(texts)]
    [('text-1', 'text-2'), ('text-3',)]
    """
    settings = checked_settings(settings)
    return cluster((read_one(s, settings)[1] for s in read(sources)), settings)
