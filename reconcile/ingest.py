"""Reading sources: text, files and directories become :class:`~reconcile.model.Source` values.

This stage owns everything about a text before claims are looked for in it:

* reading files: UTF-8 with or without a byte-order mark; HTML reduced to its visible
  text with the standard library's :mod:`html.parser`;
* metadata at the top of a story: the outlet, the publication date, the dateline place;
* zones: which stretches are the header, the headline, the body, or page furniture;
* the sentences of the headline and body, as offsets into the text.

Every rule is a general signal of shape and position (short lines without sentence
punctuation, runs of them, words typical of web pages, where the story ends), never
the words of particular stories. Each zone says why it was classified as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import html.parser
import itertools
import os
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import attrs
from dateutil import parser as date_parser

from reconcile.errors import InvalidSourceError, caller_stacklevel
from reconcile.model import Source, Span, Zone

if TYPE_CHECKING:
    from reconcile.model import ZoneKind

__all__ = [
    "Metadata",
    "SkippedFilesWarning",
    "date_datelines",
    "detect_metadata",
    "find_zones",
    "is_stamp",
    "iter_read",
    "prepare",
    "read",
    "read_file",
    "split_sentences",
]

Readable: TypeAlias = Source | os.PathLike[str] | str | Mapping[str, Any] | Iterable[Any]
_Parts: TypeAlias = tuple[int | None, int | None, int | None]  # year, month, day as stated

_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _words(text: str, separator: str | None = None) -> frozenset[str]:
    """A set of words (or ``separator``-separated phrases) written as one string."""
    return frozenset(text.split(separator))


_MAPPING_KEYS = frozenset({"text", "id", "outlet", "published", "url", "place"})
_FIELDS = ("outlet", "published", "place", "url")
_CLOSERS = "\"'\u201d\u2019\u00bb)]"  # closing quotes and brackets
_OPENERS = "\"'\u201c\u2018\u00ab(["  # opening quotes and brackets
_TERMINALS = ".!?…"

# --- reading --------------------------------------------------------------------------------


@attrs.frozen
class _Item:
    """One source on its way through :func:`read`: built already, or text awaiting an id."""

    origin: str
    id: str | None
    source: Source | None = None
    text: str = ""
    metadata: Mapping[str, Any] = attrs.field(factory=dict)


def read(
    x: Readable,
    *,
    outlet: str | None = None,
    published: dt.date | str | None = None,
    place: str | None = None,
    url: str | None = None,
) -> tuple[Source, ...]:
    """Read sources from texts, files, directories, mappings or sources, in the order given.

    A ``str`` is the article's text (ids ``text-1``, ``text-2``, ... in order); a path is
    a file, or a directory whose ``.txt``, ``.md``, ``.html`` and ``.htm`` files are read
    in name order; a mapping has ``text`` and optionally ``id``, ``outlet``, ``published``,
    ``place``, ``url``; a :class:`Source` without zones is prepared, one with zones is
    kept; a list, tuple or generator of these is flattened. The keywords apply to every
    source read: they win over what is detected, but not over what an item states itself.

    Raises:
        InvalidSourceError: for bytes, an unknown mapping key, an empty text, a file that
            cannot be read, a one-line string naming a file (pass a ``pathlib.Path``), or
            two sources with the same id.

    >>> [s.id for s in read(["Rain fell all day.", {"text": "It rained.", "id": "b"}])]
    ['text-1', 'b']
    >>> read("LONDON (AP) - Rain fell all day in the capital.")[0].outlet
    'AP'
    """
    given = _given(None, outlet=outlet, published=published, place=place, url=url)
    items = list(_items(x, given, ""))
    return tuple(_named(items, {item.id for item in items if item.id is not None}))


def iter_read(
    x: Readable,
    *,
    outlet: str | None = None,
    published: dt.date | str | None = None,
    place: str | None = None,
    url: str | None = None,
) -> Iterator[Source]:
    """:func:`read`, one source at a time: for a directory or a generator of any size.

    Files are read when their turn comes, and a generator is drawn from only as far as
    the caller goes, so only one source is held at a time. Texts without an id are
    named ``text-1``, ``text-2``, ... in order; since later ids are not known yet, a
    later source that brings one of those ids itself is reported as a duplicate.

    >>> [s.id for s in iter_read(iter(["Rain fell.", {"text": "It rained.", "id": "b"}]))]
    ['text-1', 'b']
    """
    given = _given(None, outlet=outlet, published=published, place=place, url=url)
    return _named(_items(x, given, ""), set())


def _items(x: object, given: Mapping[str, Any], where: str) -> Iterator[_Item]:
    """The items ``x`` holds, in order, drawn lazily (files are read as they come)."""
    what = f"item {where}" if where else "the argument"
    if isinstance(x, Source):
        yield _Item(f"Source {x.id!r} ({what})", x.id, source=_from_source(x, given))
    elif isinstance(x, os.PathLike):
        for path in _files(Path(os.fsdecode(os.fspath(x)))):
            source = read_file(path, **given)
            yield _Item(f"file {path}", source.id, source=source)
    elif isinstance(x, str):
        _check_not_a_path(x, what)
        _check_text(x, f"the text ({what})", None)
        yield _Item(f"text ({what})", None, text=x, metadata=given)
    elif isinstance(x, bytes | bytearray | memoryview):
        raise InvalidSourceError(
            f"{what} is {type(x).__name__}, not text: decode it first"
            " (data.decode('utf-8')) or pass the file as a pathlib.Path"
        )
    elif isinstance(x, Mapping):
        yield _from_mapping(x, given, what)
    elif isinstance(x, set | frozenset):
        raise InvalidSourceError(
            f"{what} is a set, which has no order: pass a list or tuple so that"
            " the sources keep their order and the result is deterministic"
        )
    elif isinstance(x, Iterable):
        for n, item in enumerate(x, 1):
            yield from _items(item, given, f"{where}.{n}" if where else str(n))
    else:
        raise InvalidSourceError(
            f"{what} is a {type(x).__name__}; reconcile reads a text (str), a pathlib.Path,"
            " a mapping with 'text', a Source, or a list of these"
        )


def _named(items: Iterable[_Item], taken: set[str | None]) -> Iterator[Source]:
    """Give texts without ids the next free ``text-N``, check ids are unique, build sources.

    ``taken`` holds the ids the items bring themselves, when they are known in advance.
    """
    counter = 0
    origins: dict[str, str] = {}
    for item in items:
        source_id = item.id
        if source_id is None:
            counter += 1
            while f"text-{counter}" in taken or f"text-{counter}" in origins:
                counter += 1
            source_id = f"text-{counter}"
        if source_id in origins and origins[source_id] == item.origin:  # one file, named twice
            raise InvalidSourceError(
                f"{item.origin} was given twice: pass it once", source_id=source_id
            )
        if source_id in origins:
            hint = ""
            if origins[source_id].startswith("Source") and item.origin.startswith("Source"):
                hint = (  # read already: their files are not known here, only their ids
                    "; a source read from a file takes the file's stem as id, so two files"
                    " of one name in different folders clash, and reconcile.read() given"
                    " the paths names both files"
                )
            raise InvalidSourceError(
                f"two sources have the id {source_id!r}: {origins[source_id]} and {item.origin}"
                f"{hint}; ids must be unique, so rename one file or give one text its own id"
                " with a mapping {'text': ..., 'id': ...}",
                source_id=source_id,
            )
        origins[source_id] = item.origin
        if item.source is None:
            yield prepare(item.text, source_id=source_id, **item.metadata)
        else:
            yield item.source


def _from_source(source: Source, given: Mapping[str, Any]) -> Source:
    """Prepare a bare source, keeping its metadata; fill a prepared one's gaps from keywords."""
    if not source.zones:
        _check_text(source.text, f"source {source.id!r}", source.id)
        own = {
            name: getattr(source, name)
            for name in _FIELDS
            if getattr(source, name) is not None and name not in source.detected
        }
        return prepare(source.text, source_id=source.id, **{**given, **own})
    fill = {
        name: value
        for name, value in given.items()
        if getattr(source, name) is None or name in source.detected
    }
    if not fill:
        return source
    detected = source.detected - fill.keys()
    return attrs.evolve(source, detected=detected, **fill)


def _from_mapping(data: Mapping[Any, Any], given: Mapping[str, Any], what: str) -> _Item:
    unknown = sorted(repr(key) for key in data if key not in _MAPPING_KEYS)
    source_id = data.get("id")
    label = source_id if isinstance(source_id, str) else None
    if unknown:
        raise InvalidSourceError(
            f"the mapping ({what}) has unknown keys {', '.join(unknown)};"
            f" a source mapping takes {', '.join(sorted(_MAPPING_KEYS))}",
            source_id=label,
        )
    if source_id is not None and (not isinstance(source_id, str) or not source_id.strip()):
        raise InvalidSourceError(
            f"the mapping ({what}) has id {source_id!r}; an id must be a non-empty str"
        )
    text = data.get("text")
    if not isinstance(text, str):
        raise InvalidSourceError(
            f"the mapping ({what}) needs 'text' as a str, got {type(text).__name__};"
            " put the article's text under 'text' (decode bytes first)",
            source_id=label,
        )
    _check_text(text, f"the mapping ({what})", label)
    own = _given(label, **{name: data.get(name) for name in _FIELDS})
    return _Item(f"mapping ({what})", label, text=text, metadata={**given, **own})


def _given(source_id: str | None, **fields: Any) -> dict[str, Any]:
    """The metadata a caller stated, checked: non-empty strings, and a date for published."""
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if value is None:
            continue
        if name == "published":
            out[name] = _given_date(value, source_id)
        elif isinstance(value, str) and value.strip():
            out[name] = value
        else:
            raise InvalidSourceError(
                f"{name} must be a non-empty str or None, got {value!r}", source_id=source_id
            )
    return out


def _given_date(value: object, source_id: str | None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise InvalidSourceError(
        f"published must be a datetime.date or a 'YYYY-MM-DD' string, got {value!r}",
        source_id=source_id,
    )


def _check_text(text: str, what: str, source_id: str | None) -> None:
    if not text.strip():
        state = "empty" if not text else "only whitespace"
        raise InvalidSourceError(f"{what} is {state}; give the article's text", source_id=source_id)


_FILE_NAME = re.compile(r"\S+\.(?:txt|md|html?)", re.IGNORECASE)


def _check_not_a_path(text: str, what: str) -> None:
    """Refuse a one-line string that names a file: it would be misread as the text itself."""
    candidate = text.strip()
    if not candidate or "\n" in candidate or len(candidate) > 1024:
        return
    try:
        kind = "directory" if Path(candidate).is_dir() else "file"
        exists = Path(candidate).exists()
    except (OSError, ValueError):
        return
    if exists:
        raise InvalidSourceError(
            f"{what} is the string {candidate!r}, which names an existing {kind}; a str is"
            f" read as the article's text, so pass pathlib.Path({candidate!r}) to read the {kind}"
        )
    if _FILE_NAME.fullmatch(candidate):
        raise InvalidSourceError(
            f"{what} is the string {candidate!r}, which looks like a file name, but no such"
            " file exists; a str is read as the article's text, so check the path and pass"
            " it as a pathlib.Path"
        )


class SkippedFilesWarning(UserWarning):
    """A directory that was read also held files or folders that reconcile does not read."""


def _files(path: Path) -> list[Path]:
    """The file itself, or a directory's readable files in name order.

    Other visible entries (a ``.csv``, a ``.pdf``, a sub-folder) are named in a
    :class:`SkippedFilesWarning`, or in the error when nothing is readable; hidden
    ones (``.DS_Store``) are passed over without a word. So are, by name, the reports
    reconcile wrote there itself (``-o folder/report.html``): read back, a report would
    be one more "article" quoting every other one.
    """
    if not path.is_dir():
        return [path]
    try:
        entries = [p for p in path.iterdir() if not p.name.startswith(".")]
        found = [p for p in entries if p.suffix.lower() in _SUFFIXES and p.is_file()]
        reports = [p for p in found if _written_by_reconcile(_head(p))]
    except OSError as exc:
        raise InvalidSourceError(
            f"cannot list the directory {path}: {exc.strerror or exc}; check its permissions"
        ) from exc
    taken = set(found)  # sets: a folder of 30,000 articles is no 30,000-squared search
    ours = set(reports)
    found = [p for p in found if p not in ours]
    skipped = sorted(
        (p.name + "/" if p.is_dir() else p.name for p in entries if p not in taken),
        key=str.lower,
    )
    mine = _listed(sorted((p.name for p in reports), key=str.lower))
    if not found:
        if reports:
            holds = f", only the reports reconcile wrote {mine} (a report is not an article)"
        elif skipped and all(name.endswith("/") for name in skipped):
            holds = f", only the sub-folders {_listed(skipped)} (pass the sub-folders themselves)"
        elif skipped:
            holds = f", only {_listed(skipped)} (convert those to text first)"
        else:
            holds = ""
        raise InvalidSourceError(
            f"the directory {path} holds no .txt, .md, .html or .htm files{holds};"
            " put the articles there, or pass the files themselves"
        )
    notes = []
    if reports:
        notes.append(f"the reports reconcile wrote ({mine}: a report is not an article)")
    if skipped:
        notes.append(
            f"{_listed(skipped)}: only .txt, .md, .html and .htm files are read"
            " (convert other formats to text, or pass a sub-folder itself)"
        )
    if notes:
        warnings.warn(
            f"read {len(found)} file(s) of the directory {path} and skipped {' and '.join(notes)}",
            SkippedFilesWarning,
            stacklevel=caller_stacklevel(),
        )
    return sorted(found, key=lambda p: p.name)


_HEAD = 1024  # bytes: a report's mark stands in its first lines or early in its <head>

# The marks of the reports reconcile writes: an HTML page's generator meta tag, the
# comment under a Markdown report's title, the text report's summary line.
_REPORT_MARK = re.compile(
    r"""<meta\s+name=["']?generator["']?\s+content=["']?reconcile[\s"'>]"""
    r"|\A\s*(?:# reconcile report[ \t]*\r?\n)?<!--\s*generator:\s*reconcile\b"
    r"|\A\s*reconcile \u00b7 \d[\d,]* sources? \u00b7 \d",
)


def _head(file: Path) -> str:
    """The first kilobyte of a file, decoded leniently: enough to see a report's mark."""
    with file.open("rb") as handle:
        data = handle.read(_HEAD)
    return data.decode("utf-16" if data.startswith(_UTF16_BOMS) else "utf-8", "replace")


def _written_by_reconcile(head: str) -> bool:
    """Whether a text's start carries the mark of a report reconcile wrote (not an article)."""
    return "reconcile" in head and _REPORT_MARK.search(head) is not None


def _listed(names: list[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def read_file(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,  # noqa: A002 - "id" is the word the rest of the API uses
    outlet: str | None = None,
    published: dt.date | str | None = None,
    place: str | None = None,
    url: str | None = None,
) -> Source:
    """Read one UTF-8 text, Markdown or HTML file as a prepared source.

    The id is the file's stem unless given. A leading byte-order mark is removed; HTML
    (by suffix, or text starting ``<!doctype html`` or ``<html``) is reduced to its
    visible text, which becomes :attr:`Source.text`. The keywords win over detection.

    Raises:
        InvalidSourceError: for a missing path, a directory, binary content, invalid
            UTF-8, or a file with no text; the message names the file and what to do.

    >>> import pathlib, tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "story.txt")
    ...     _ = path.write_text("LONDON (AP) - It rained all day.", encoding="utf-8")
    ...     source = read_file(path)
    >>> source.id, source.outlet, source.place
    ('story', 'AP', 'London')
    """
    file = Path(os.fsdecode(os.fspath(path)))
    source_id = id if id is not None else (file.stem or file.name or "file")
    text, layout = _read_text(file, source_id)
    return _prepare(
        text,
        source_id=source_id,
        layout=layout,
        outlet=outlet,
        published=published,
        place=place,
        url=url,
    )


def _read_text(file: Path, source_id: str) -> tuple[str, _Layout]:
    if file.is_dir():
        raise InvalidSourceError(
            f"{file} is a directory, not a file: pass it to reconcile.read() to read"
            " the .txt, .md and .html files it holds",
            source_id=source_id,
        )
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InvalidSourceError(
            f"no such file: {file}; check the path (a relative path starts at the"
            " current directory)",
            source_id=source_id,
        ) from None
    except OSError as exc:
        raise InvalidSourceError(
            f"cannot read {file}: {exc.strerror or exc}; check that it is a readable file",
            source_id=source_id,
        ) from exc
    utf16 = data.startswith(_UTF16_BOMS)  # UTF-16 without its mark is not guessed at
    try:
        text = data.decode("utf-16" if utf16 else "utf-8-sig")  # either codec drops the mark
    except UnicodeDecodeError as exc:
        if utf16:
            raise InvalidSourceError(
                f"{file} starts with a UTF-16 byte-order mark but is not valid UTF-16;"
                " re-save it as UTF-8",
                source_id=source_id,
            ) from None
        if b"\x00" not in data:
            raise InvalidSourceError(
                f"{file} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset"
                f" {exc.start}); re-save it as UTF-8, or decode it yourself and pass the text",
                source_id=source_id,
            ) from None
        text = ""
    if b"\x00" in data and not utf16 and _utf16_unmarked(data):
        raise InvalidSourceError(
            f"{file} looks like UTF-16 text without its byte-order mark (a NUL byte at every"
            " other position); re-save it as UTF-8, or as UTF-16 with its byte-order mark",
            source_id=source_id,
        )
    if (b"\x00" in data and not utf16) or _mostly_control(text):
        raise InvalidSourceError(
            f"{file} looks binary, not text; reconcile reads UTF-8 text, Markdown or HTML"
            " files, so convert it to text first",
            source_id=source_id,
        )
    if _written_by_reconcile(text[:_HEAD]):
        raise InvalidSourceError(
            f"{file} is a report reconcile wrote, not an article; leave it out"
            " (reading its directory skips it)",
            source_id=source_id,
        )
    layout = _Layout()
    if file.suffix.lower() == ".md":
        layout = _markdown_layout(text)
    if file.suffix.lower() in (".html", ".htm") or _looks_like_html(text):
        text, layout = _html_page(text)
        if not text:
            raise InvalidSourceError(
                f"{file} is HTML with no visible text; check that it is the article's page",
                source_id=source_id,
            )
    _check_text(text, f"the file {file}", source_id)
    return text, layout


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _utf16_unmarked(data: bytes) -> bool:
    """Whether bytes look like UTF-16 text with no byte-order mark.

    A NUL at (nearly) every other position and (nearly) none between: Latin text so encoded.
    """
    head = data[:4096]
    if len(head) < 4:
        return False
    for nuls, others in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
        if nuls.count(0) >= 0.9 * len(nuls) and others.count(0) <= 0.05 * len(others):
            return True
    return False


# A Markdown page's main heading: one "#", then words ("## Related" is a section's).
_MARKDOWN_TITLE = re.compile(
    r"^#[^\S\n]+(?=[^\n]*[^\W\d_])[^\n]*?[^\S\n]*#*[^\S\n]*$", re.MULTILINE
)


def _markdown_layout(text: str) -> _Layout:
    """What a Markdown file's marks say of its lines: "# Headline" is its <h1>."""
    return _Layout(headlines=tuple(m.span() for m in _MARKDOWN_TITLE.finditer(text)))


def _mostly_control(text: str) -> bool:
    control = sum(1 for c in text if (c < " " and c not in "\t\n\r\f\v") or "\x7f" <= c <= "\x9f")
    return control >= 4 and control > 0.05 * len(text)


def _looks_like_html(text: str) -> bool:
    return text.lstrip()[:14].lower().startswith(("<!doctype html", "<html"))


# --- HTML -----------------------------------------------------------------------------------

_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_PARAGRAPH_TAGS = _words(
    "p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl article section header footer nav"
    " aside main figure form hr address details fieldset"
)
_LINE_TAGS = _words("br li tr div dt dd figcaption caption summary option")


_MARKED_HEADLINE = "the page's main heading (<h1>), nearest before the story"
# Elements whose text the page's markup marks as the headline, or as a picture's caption.
_MARKED = frozenset({"h1", "figure", "figcaption"})


_GLUED_ELEMENTS = re.compile(r"[a-z0-9.)][A-Z]")


# The names a page's <meta> tags give its publication date (the tag's content is ISO 8601).
_META_DATES = frozenset(
    {
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.issued",
        "sailthru.date",
        "parsely-pub-date",
    }
)
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")


class _TextExtractor(html.parser.HTMLParser):
    """Collect visible text; block elements become line breaks, paragraphs blank lines.

    The text of each ``<h1>``, ``<figure>`` and ``<figcaption>`` is also kept, in page
    order, as ``(tag, text)``: the markup says what those lines are.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []
        self.marked: list[list[Any]] = []  # [tag, first part, text once closed]
        self.open: list[int] = []  # indexes into marked of the elements still open
        self.in_row = False  # whether a cell of the current table row was read
        self.edge = False  # an element started or ended since the last text
        self.published: dt.date | None = None  # the date the page's markup says it came out
        self.in_story = False  # whether a paragraph (<p>) has started

    def _stamp(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Read the page's publication date from its markup, the first one stated.

        ``<meta property="article:published_time" content="2027-03-04T08:00:00Z">``, ``<meta
        name="date" content=...>`` (and the like, in ``_META_DATES``), an element marked
        ``itemprop="datePublished"``, or a ``<time datetime=...>`` above the first paragraph
        (a page's stamp; a time inside the story is an event's).
        """
        if self.published is not None:
            return
        values = {key.lower(): value or "" for key, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop", "")
            value = values.get("content", "")
        elif values.get("itemprop", "").lower() == "datepublished" or (
            tag == "time" and not self.in_story
        ):
            key, value = "datepublished", values.get("datetime") or values.get("content", "")
        else:
            return
        if key.lower() in _META_DATES and (match := _ISO_DAY.match(value.strip())):
            with contextlib.suppress(ValueError):
                self.published = dt.date(*map(int, match.groups()))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stamp(tag, attrs)
        if tag == "p":
            self.in_story = True
        if tag == "body":  # a <head> left open ends where the body starts
            self.hidden.clear()
        if tag in _INVISIBLE:
            self.hidden.append(tag)
        elif not self.hidden:
            self.edge = True
            self._break(tag)
            self._cell(tag)
            if tag in _MARKED:
                self.open.append(len(self.marked))
                self.marked.append([tag, len(self.parts), None])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stamp(tag, attrs)
        if not self.hidden:  # <br/>, <script/>: nothing inside to hide
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.hidden:
            while self.hidden.pop() != tag:
                pass
        elif not self.hidden:
            self.edge = True
            if tag in _MARKED:
                self._close(tag)
            self._break(tag)

    def _close(self, tag: str) -> None:
        """End the innermost open element ``tag`` (and any left open inside it)."""
        if not any(self.marked[i][0] == tag for i in self.open):
            return  # a stray end tag
        while self.open:
            element = self.marked[self.open.pop()]
            element[2] = "".join(self.parts[element[1] :])
            if element[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            text = re.sub(r"[ \t\n\r\f]+", " ", data)
            # Two elements printed side by side, "<span>Ann Tolle</span><span>Harbor
            # Post</span>" or "<time>May 4, 2026</time><time>Updated ...</time>": their
            # words run together unless the page's style parts them, as it does.
            if self.edge and self.parts and _GLUED_ELEMENTS.match(self.parts[-1][-1:] + text[:1]):
                text = " " + text
            self.edge = False
            self.parts.append(text)

    def _cell(self, tag: str) -> None:
        """Keep a table's cells apart: a mark between two cells of a row (see _table_rows)."""
        if tag in ("td", "th"):
            if self.in_row:
                self.parts.append(_CELL)
            self.in_row = True
        elif tag in ("tr", "table"):
            self.in_row = False

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif tag in _LINE_TAGS:
            self.parts.append("\n")


@attrs.frozen
class _Layout:
    """What a page's markup says about lines of its text: offsets of whole lines."""

    headlines: tuple[tuple[int, int], ...] = ()  # the lines of each <h1>
    captions: tuple[tuple[int, int], ...] = ()  # the lines of each <figure> or <figcaption>
    figures: tuple[tuple[int, int], ...] = ()  # a table's rows read as "label: figure"
    published: dt.date | None = None  # the publication date the markup states


def _html_text(markup: str) -> str:
    return _html_page(markup)[0]


def _html_page(markup: str) -> tuple[str, _Layout]:
    """A page's visible text, and where its headline and picture captions stand in it."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    text = re.sub(r" *\n *", "\n", "".join(extractor.parts))
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    text, figures = _table_rows(text) if _CELL in text else (text, ())
    found: dict[str, list[tuple[int, int]]] = {"h1": [], "figure": [], "figcaption": []}
    cursor = 0
    for tag, _first, inner in extractor.marked:
        lines = [line.strip(" " + _CELL) for line in (inner or "").split("\n")]
        first = at = None
        for line in filter(None, lines):
            start = _whole_line(text, line, cursor if at is None else at)
            if start is None:
                break
            first = start if first is None else first
            at = start + len(line)
        if first is not None and at is not None:
            found[tag].append((first, at))
            cursor = first  # an element inside this one starts here or later
    captions = tuple(found["figure"] + found["figcaption"])
    return text, _Layout(tuple(found["h1"]), captions, figures, extractor.published)


_CELL = "\x1f"  # between two cells of a table's row, until _table_rows reads the row
_TABLE_CELLS = re.compile(r"[ \x1f]*\x1f[ \x1f]*")


def _table_rows(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A page's text with its tables' rows read as lines, and where the rows of figures are.

    A row of a label and a figure ("Deaths", "9") is the line "Deaths: 9", as a bulletin
    prints it; the cells of other rows are kept apart by " | ". Cells glued together
    ("Deaths9") were read as one word, and the rows as a list of short titles.
    """
    out: list[str] = []
    figures: list[tuple[int, int]] = []
    at = 0
    for line in text.split("\n"):
        cells = [cell.strip() for cell in _TABLE_CELLS.split(line)] if _CELL in line else []
        if len(cells) == 2 and _a_label(cells[0]) and _a_figure(cells[1]):
            line = f"{cells[0]}: {cells[1]}"  # noqa: PLW2901 - the row, read
            figures.append((at, at + len(line)))
        elif cells:
            line = " | ".join(cell for cell in cells if cell)  # noqa: PLW2901 - the row, read
        out.append(line)
        at += len(line) + 1
    return "\n".join(out), tuple(figures)


def _a_label(cell: str) -> bool:
    """Whether a table's cell names what the next one states: words, no figure."""
    return any(c.isalpha() for c in cell) and not any(c.isdigit() for c in cell)


def _a_figure(cell: str) -> bool:
    """Whether a table's cell states a figure: a number, with its unit at most."""
    return any(c.isdigit() for c in cell) and len(cell.split()) <= 4


def _whole_line(text: str, line: str, start: int) -> int | None:
    """Where ``line`` next stands in ``text`` from ``start`` as a whole line, or None."""
    at = text.find(line, start)
    while at >= 0:
        end = at + len(line)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n"):
            return at
        at = text.find(line, at + 1)
    return None


# --- metadata -------------------------------------------------------------------------------


@attrs.frozen
class Metadata:
    """What the top of a story says about it.

    Attributes:
        outlet: who published it, from a wire tag "(UPI)" or a byline.
        published: the publication date, only when day, month and year were all stated
            (a dateline's month and day take their year from a full date of the header,
            never from the clock); a date under an update label counts last.
        place: the dateline place, capitalised normally ("London" for "LONDON").
        header_end: the offset where the header or dateline ends (0 if there is none).

    >>> detect_metadata("ROME, March 3, 2025 (ANSA) - Rain fell.")
    Metadata(outlet='ANSA', published=datetime.date(2025, 3, 3), place='Rome', header_end=28)
    """

    outlet: str | None = None
    published: dt.date | None = None
    place: str | None = None
    header_end: int = 0
    month_day: tuple[int, int] | None = attrs.field(default=None, repr=False)
    """The dateline's month and day when it states no year ("LONDON, May 4 (UPI) -")."""


@attrs.frozen
class _Found:
    """Metadata found in one line; ``end`` is where its header part ends, from line start."""

    end: int
    outlet: str | None = None
    place: str | None = None
    dates: tuple[_Parts, ...] = ()
    updates: tuple[_Parts, ...] = ()
    """Dates under an update label ("Updated: May 19, 2026"): when the page changed, not
    when it was published."""


# Common wire services and outlets, as printed -> as reported. Ordinary data, not seeds.
_OUTLET_NAMES = {
    "Reuters": "Reuters", "Thomson Reuters": "Reuters", "AP": "AP", "Associated Press": "AP",
    "The Associated Press": "AP", "AFP": "AFP", "Agence France-Presse": "AFP",
    "Agence France Presse": "AFP", "Bloomberg": "Bloomberg", "Bloomberg News": "Bloomberg",
    "UPI": "UPI", "United Press International": "UPI", "Xinhua": "Xinhua", "Kyodo": "Kyodo",
    "Kyodo News": "Kyodo", "Yonhap": "Yonhap", "TASS": "TASS", "Interfax": "Interfax",
    "dpa": "dpa", "DPA": "dpa", "ANSA": "ANSA", "EFE": "EFE", "PTI": "PTI", "ANI": "ANI",
    "AAP": "AAP", "Anadolu": "Anadolu", "Anadolu Agency": "Anadolu", "CNN": "CNN",
    "BBC": "BBC", "NPR": "NPR", "CNBC": "CNBC", "Dow Jones": "Dow Jones",
    "Canadian Press": "The Canadian Press", "The Canadian Press": "The Canadian Press",
}  # fmt: skip
_OUTLET_BY_LOWER = {name.lower(): shown for name, shown in _OUTLET_NAMES.items()}
_KNOWN_OUTLET = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_OUTLET_NAMES, key=len, reverse=True))) + r")\b"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    r"\b(?P<iso>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})"
    r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?"
    r"(?![0-9-])"
    rf"|\b{_MONTH}\.?\s+[0-9]{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+[0-9]{{4}}\b)?"
    rf"|\b[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b\.?(?:,?\s+[0-9]{{4}}\b)?"
    r"|(?<![0-9./])(?P<num>[0-9]{1,2})(?P<sep>[/.])(?P<num2>[0-9]{1,2})(?P=sep)(?P<year>[0-9]{4})"
    r"(?![0-9]|[./][0-9])",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b[0-9]{1,2}(?:[:.][0-9]{2}){1,2}\s*(?:[ap]\.?\s?m\b\.?)?|\b[0-9]{1,2}\s*[ap]\.?m\b\.?",
    re.IGNORECASE,
)
# Words that may sit beside a date on a header line without making it prose.
_LABELS = _words(
    "published updated posted created date dated last modified first originally initially on at"
    " issued"
    " time and et est edt"
    " ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist jst hkt sgt aest mon tue tues wed"
    " thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday"
)
_PLACE_CONNECTORS = _words("de la del do da dos du di le les al el of the upon am an")
_TAG = re.compile(r"\(([A-Za-z][A-Za-z.&' \-]{0,58}[A-Za-z.])\)")
# A press-release wire's tag between slashes: "LAKEPORT, Ohio, Sept. 11, 2025 /PRNewswire/ --".
_SLASH_TAG = re.compile(r"(?<=\s)/([A-Za-z][A-Za-z.&' \-]{0,38}[A-Za-z.])/(?=\s)")
# A date between a dateline's dash and another: "DETROIT (AP) — Sept. 12, 2025 — ...".
# The second dash may be a hyphen between spaces: "LAKEPORT, Ohio - May 4, 2026 - The ...".
_DATE_AFTER = re.compile(
    r"[^\S\n]*(?P<date>[^\n—\u2013]{6,48}?)"
    r"(?:[^\S\n]+(?:--|[—\u2013]|-(?=[^\S\n]))|[^\S\n]*[*_]*[—\u2013])[*_]*"
)  # an em or en dash may stand closed up: "(XNS)—May 4, 2026—The ..."
# The dash after a tag, bold marks around it or not: "**HARBOR CITY (XNS)** — The ...".
_SEPARATOR = re.compile(r"[*_]*[^\S\n]*(?:--|[-—\u2013:])[*_]*")
_DASH_DATELINE = re.compile(
    r"([A-Z][A-Z.'\u2019\- ]{1,40}?)(?:,[^—\u2013\n]{2,30}?)?\s+(?:--|[—\u2013-])[*_]*\s"
)
_SEGMENTS = re.compile(r"\s*[|•·]\s*")
# A page's age beside its date: "Updated: 2 hours ago", "Updated 3 hours ago", "just now".
_AGE = re.compile(
    r"\b(?:[0-9]{1,3}|an?|one)[^\S\n]*(?:s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?"
    r"|days?|weeks?|months?)\.?[^\S\n]+ago\b|\bjust[^\S\n]+now\b",
    re.IGNORECASE,
)
# A news site's address beside a page's date: "HarborPost.com", "www.harbor-news.org".
_SITE = re.compile(
    r"(?<!\S)(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,40}\.(?:com|net|org|news|tv|co\.uk)(?![\w.])"
)
_READING_TIME = re.compile(r"[0-9]+\s*min(?:ute)?s?\.?\s+(?:read|listen)", re.IGNORECASE)
# "By Jane Doe", "BY JANE DOE", "By: Jane Doe", "by: Jane Doe", "Posted by Jane Doe on ...".
_BYLINE = re.compile(
    r"(?:(?:Posted|POSTED|Written|WRITTEN|Story|STORY|Reported|REPORTED)\s+(?:by|BY)"
    r"|By|BY|by(?=:)):?\s+[A-Z]"
)
# A release's label before its date: "FOR IMMEDIATE RELEASE: May 4, 2026" is dated May 4.
_RELEASE_LABEL = re.compile(
    r"\s*for\s+(?:immediate\s+)?release\b\s*(?:--|[:\-\u2013\u2014])?", re.IGNORECASE
)
_DATE_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2004, 12, 28))  # noqa: DTZ001 - no clock


def detect_metadata(text: str) -> Metadata:
    r"""Find the outlet, publication date and dateline place at the top of a story.

    Lines are read up to and including the first prose paragraph, whose start may
    hold a dateline ("CHICAGO (AP) -"); loose header lines ("Published: ...",
    "By ... | Outlet") count only among the first eight lines. A date is
    kept only when the text states its day, month and year; a dateline without a year
    takes it from a full date on the same line, else the year that puts its day nearest
    the header's full dates. A date labelled as an update ("Updated: May 19, 2026") counts
    only when nothing else dates the page. Nothing is resolved against the clock.

    >>> detect_metadata("Madrid, May 5 (EFE) May 05, 2024\nIt rained.").published
    datetime.date(2024, 5, 5)
    >>> detect_metadata("LONDON, May 4 (UPI) - It rained.")
    Metadata(outlet='UPI', published=None, place='London', header_end=21)
    """
    outlet: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None  # the first date under an update label, a last resort
    stamps: list[dt.date] = []  # every full date of the header, either kind
    place: str | None = None
    header_end = 0
    month_day: tuple[int, int] | None = None
    evidence = False  # a header line or a release label seen above
    below_byline = False  # the line above was a byline naming no outlet
    deck = False  # a short paragraph of prose above: a deck or a note, or the story itself
    above: str | None = None  # the line above, when it was a title line that stated nothing
    for index, (start, end, _new_block) in enumerate(_lines(text)):
        if index == 40 or start > 4000:
            break
        line = text[start:end]
        prose = _is_prose(line)
        found = _dateline(line)
        if deck and found is None:
            found = _under_deck(line)
            if found is None and _bare_name(line):
                continue  # "Ann Tolle" or "The Harbor Post" over the stamp: wait for it
            if found is None:
                break  # the paragraph above was the story's first
            deck = False  # a byline or a stamp under it: the paragraph was a deck
        if found is None and index < 8 and start <= 600:
            found = _meta_line(line, below_byline=below_byline)  # loose lines at the top only
            if found is None:
                found = _outlet_dateline(line)
            if found is None and not prose:
                found = _place_line(line, evidence=evidence)
            if found is None and (tail := _stamp_tail(line)) is not None:
                found = attrs.evolve(tail[1], end=len(line))  # the stamp ends the line
        elif found is None and not prose:
            found = _labelled_stamp(line)  # under a long menu: still above the story
        evidence = evidence or found is not None or _release_label(line)
        below_byline = _names_no_outlet(line, found)
        if found is None and prose:
            found = _dash_dateline(line)
        if found is not None and found.dates and above is not None and index >= 2:
            outlet = outlet or found.outlet or _outlet_line(above)  # headline, outlet, date
        above = line if found is None and not prose else None
        if found is not None:
            header_end = start + found.end
            outlet = outlet or found.outlet
            place = place or found.place
            if found.dates:  # the line's first date is a publication's, its year from any
                published = published or _resolve(found.dates + found.updates)
            else:
                updated = updated or _resolve(found.updates)
            stamps.extend(_full_dates(found.dates + found.updates))
            month_day = month_day or _month_day(found.dates + found.updates)
            # "Updated March 4, 2026 9:00 a.m." is a whole header line, though shaped as a
            # sentence: the first paragraph of prose is still below it.
            prose = prose and bool(text[start + found.end : end].strip(" *_"))
        if prose and found is None and _furniture_reason(line, len(line.split())) is not None:
            continue  # "Subscribe today: $1 for two months!" is the page's, not a deck or the story
        if prose and found is None and not deck and index < 8 and len(line.split()) <= 40:
            # "Thousands remain in the dark." or "Editor's note: ..." over "HARBOR CITY (XNS)
            # — ...": a deck or a note may stand above a wire dateline; only such a
            # dateline is read on the next line.
            deck = True
            continue
        if prose:
            break
    if published is None and month_day is not None:
        published = _nearest(month_day, stamps)  # "LONDON, May 4 (UPI) -" under "Updated ..."
    published = published or (None if month_day else updated)
    return Metadata(
        outlet=outlet,
        published=published,
        place=place,
        header_end=header_end,
        month_day=None if published else month_day,
    )


def _outlet_line(line: str) -> str | None:
    """The outlet a title line between a headline and a date line names, or None.

    Pasted wire copy is often laid out "Barge Strikes Pier" / "Quenby Wire" / "March 4,
    2027": the middle line is the outlet when it looks like one, Title Case words ending in
    a word that names a publication ("Wire", "Courier", "Daily ..."), with no verb-like word
    before that noun ("Mayor Defends Record" is a headline).
    """
    name = _content(line)[1].strip()
    if _outlet_name(name) is None:
        return None
    words = name.split()
    if any(
        _VERB_LIKE.search(w) and w.lower() not in _PUBLICATION_NOUNS | _PLACE_PLURALS
        for w in words[:-1]
    ):
        return None
    return _OUTLET_BY_LOWER.get(name.lower(), name)


def _under_deck(line: str) -> _Found | None:
    """A byline or a date stamp under a short paragraph, which makes that paragraph a deck.

    "The vote ends a summer tradition." over "By Ann Tolle" or "Published 9:12 a.m. EST
    Dec. 3, 2026 | Updated ..." is the page's standfirst, not its story: the header goes on
    below it. A byline must not end a sentence ("By Tuesday, the pool was empty." is the
    story's), and a stamp must date the page; anything else leaves the paragraph the story's
    first.
    """
    if len(line) > 200 or _is_prose(line):
        return None
    found = _meta_line(line)
    if found is not None and (found.dates or found.updates):
        return found
    if _is_byline(line) and not _ends_sentence(line):
        return found or _Found(len(line))
    return None


def _labelled_stamp(line: str) -> _Found | None:
    """A line of labelled dates only ("Published 9:12 a.m. EST Dec. 3, 2026 | Updated ...").

    Below a page's long menus such a line is still its stamp: it is read wherever it stands
    above the story's first paragraph, as the first lines are read for looser header lines.
    """
    if _DATE_LABEL.search(line) is None or not _only_stamps(_content(line)[1]):
        return None
    found = _meta_line(line)
    return found if found is not None and (found.dates or found.updates) else None


_NAME_PARTICLES = _words("of the and de van von der la le da di")


def _bare_name(line: str) -> bool:
    """Whether a line is only a short name: a writer's or a paper's, "Ann Tolle"."""
    words = _content(line)[1].split()
    return (
        2 <= len(words) <= 5
        and len(line) <= 60
        and not any(c.isdigit() or c in '.,:;!?|"()' for c in line)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)
    )


def _full_dates(dates: tuple[_Parts, ...]) -> Iterator[dt.date]:
    for year, month, day in dates:
        if year is not None and month is not None and day is not None:
            with contextlib.suppress(ValueError):
                yield dt.date(year, month, day)


def _nearest(month_day: tuple[int, int], stamps: Iterable[dt.date]) -> dt.date | None:
    """A month and day dated by the page's own full dates: the year that puts it nearest each.

    A wire dateline "LONDON, Dec. 31 (UPI) -" under "Updated Jan. 1, 2027" is of 2026.
    When the stamps point to different years, or there are none, the date stays unknown;
    the machine's clock is never read.
    """
    found: set[dt.date] = set()
    for stamp in stamps:
        candidates = []
        for year in (stamp.year - 1, stamp.year, stamp.year + 1):
            with contextlib.suppress(ValueError):
                candidates.append(dt.date(year, *month_day))
        if candidates:
            found.add(min(candidates, key=lambda day: abs(day - stamp)))
    return found.pop() if len(found) == 1 else None


FROM_OTHER_ACCOUNTS = "year from the other accounts"
"""Listed in :attr:`Source.detected` beside ``published`` when :func:`date_datelines` took
the year of the source's dateline from the other accounts of its story."""

_SIBLING_DAYS = 30  # accounts of one story come out within days of each other, not months


def date_datelines(sources: Iterable[Source]) -> list[Source]:
    """Date the year-less datelines of accounts of one story by the others' publication dates.

    Accounts of one story come out within days of each other, so a wire copy whose only date
    is "MARION, Ohio, Oct. 10 (XNS) -" beside a page published 2026-10-11 is of 2026-10-10:
    its year is the one that puts its month and day nearest the median of the dates known,
    only when that is within 30 days of it ("Dec. 31" beside Jan. 1, 2027 is 2026-12-31;
    beside dates of May, it stays unknown). Only a source with such a dateline and no
    ``published`` gains one; ``detected`` then lists ``published`` and
    :data:`FROM_OTHER_ACCOUNTS`. The dates known are those of the other sources as read,
    never the clock, nor a date filled here.
    """
    sources = list(sources)
    known = sorted(s.published for s in sources if s.published is not None)
    if not known:
        return sources
    middle = known[(len(known) - 1) // 2]  # the lower median: a date some account bears
    out = []
    for source in sources:
        month_day = source._month_day  # noqa: SLF001 - ingest's own record, kept off the JSON
        if source.published is None and month_day is not None:
            day = _nearest(month_day, [middle])
            if day is not None and abs((day - middle).days) <= _SIBLING_DAYS:
                source = attrs.evolve(  # noqa: PLW2901 - the source, dated
                    source,
                    published=day,
                    detected=source.detected | {"published", FROM_OTHER_ACCOUNTS},
                )
        out.append(source)
    return out


def _month_day(dates: tuple[_Parts, ...]) -> tuple[int, int] | None:
    """The month and day of a line's first date when it states no year."""
    if not dates or any(None not in d for d in dates):
        return None
    year, month, day = dates[0]
    return (month, day) if year is None and month is not None and day is not None else None


def _dateline(line: str) -> _Found | None:
    """``PLACE, Date (Outlet) -`` at the start of a line, or such a line on its own."""
    skip, window = _content(line[:200])
    tag = _TAG.search(window)
    slash = _SLASH_TAG.search(window)
    if slash is not None and (tag is None or slash.start() < tag.start()):
        tag = slash
    if tag is None or tag.start() > 100:
        return None
    lead = _lead(window[: tag.start()])
    if lead is None:
        return None
    place, dates, strong = lead
    separator = _SEPARATOR.match(window, tag.end())
    # The date after the tag, set off by dashes ("(XNS) — May 4, 2026 —"), ending the line
    # ("(XNS) — May 4, 2026" over the text), or with no dash before it ("(XNS) May 4,
    # 2026 —"): the story's stamp, and as strong a sign of a dateline as a date before it.
    after = _date_after(window, tag.end() if separator is None else separator.end())
    if after is None and separator is not None and skip + len(window) >= len(line.rstrip()):
        after = _date_ending(window, separator.end())
    strong = strong or after is not None
    outlet = _OUTLET_BY_LOWER.get(tag.group(1).strip().lower())
    if outlet is None and strong and _tag_shaped(tag.group(1)):
        outlet = tag.group(1).strip()
    if outlet is None or (tag is slash and not dates):
        return None
    if after is not None:
        return _Found(skip + after[0], outlet, place, dates + after[1])
    if separator is not None:
        return _Found(skip + separator.end(), outlet, place, dates)
    rest = window[tag.end() :] + line[200:]
    later = _dates(rest)
    if rest.strip() and not (later and _only_labels(_DATE.sub(" ", rest))):
        return None  # a parenthesis inside a sentence, not a dateline
    return _Found(len(line), outlet, place, dates + later)


# Words of a release's or page's labels, which a line in capitals may hold without
# being a place: "NEWS RELEASE", "MEDIA ADVISORY", "BREAKING NEWS".
_LABEL_WORDS = _words(
    "news release press media advisory statement immediate for update updates breaking"
    " alert alerts embargoed embargo exclusive contact contacts opinion editorial analysis"
    " live developing correction notice the and of"
)


_PLACE_END = re.compile(r",|[^\S\n]+(?:--|[-\u2013\u2014])[^\S\n]+")


def _place_line(line: str, *, evidence: bool) -> _Found | None:
    """A release's dateline on its own line: a place in capitals, with or without a date.

    "HARBOR CITY, May 4, 2026" (the place in capitals and a full date) is a dateline
    wherever it stands in the header; a bare "HARBOR CITY" or "HARBOR CITY, Ore. —"
    counts only below other header evidence (a date line or a release label), so a
    masthead in capitals on a page's first line is not read as a place. Below such
    evidence, a place in Title Case with a full date is a dateline too: "Harbor City,
    4 May 2026".
    """
    window = _content(line[:120])[1].rstrip(" -\u2013\u2014")
    if not window or len(line) > 120:
        return None
    lead = _lead(window)
    if lead is None or lead[0] is None:
        return None
    place, dates, _strong = lead
    first = _PLACE_END.split(window, maxsplit=1)[0].strip()  # "HARBOR CITY — May 4, 2026"
    if _only_label_words(first):
        return None
    if first != first.upper():
        # "Harbor City, 4 May 2026" under a release label or a header line: a place in
        # Title Case is a dateline only with a full date and other header evidence.
        if (
            evidence
            and len(first.split()) <= 3
            and any(None not in d for d in dates)
            and _outlet_name(first) is None  # "Harbor Post, 4 May 2026" names no place
            and not _job_title(first)  # nor does "Staff Report, 4 May 2026"
        ):
            return _Found(len(line), None, place, dates)
        return None
    if dates:
        if all(None in d for d in dates):
            return None  # a date without its year is not a release's stamp
        return _Found(len(line), None, place, dates)
    if not evidence or len(first.split()) > 4:
        return None
    return _Found(len(line), None, place, ())


# The label of a publication date between an outlet's name and the date: "— Published".
_PUBLISHED_LABEL = re.compile(
    r"(?<=\s)(?:first[^\S\n]+)?(?:published|posted|issued)(?:[^\S\n]+on)?[^\S\n]*:?[^\S\n]*\Z",
    re.IGNORECASE,
)


def _outlet_dateline(line: str) -> _Found | None:
    """An outlet's name and a full date on a line of their own: "The Harbor Post, May 4, 2026".

    The name must be shaped as a publication's ("Harbor Gazette", "The Daily Harbor"),
    the date must state its year, and nothing but labels may follow it.
    """
    window = _content(line[:120])[1]
    first = _DATE.search(window)
    if first is None or len(line) > 120:
        return None
    before = window[: first.start()]
    label = _PUBLISHED_LABEL.search(before)  # "The Harbor Post — Published May 4, 2026"
    before = before[: label.start()] if label else before
    head = before.rstrip(" \t").rstrip(",-\u2013\u2014").strip()
    if head == before.strip():
        return None  # the name and the date stand apart by a comma or a dash
    dates = _dates(window[first.start() :])
    if not dates or any(None in d for d in dates[:1]) or not _only_stamps(window[first.start() :]):
        return None
    outlet = _outlet_name(head)
    return None if outlet is None else _Found(len(line), outlet, None, dates)


def _only_label_words(text: str) -> bool:
    return all(word.lower() in _LABEL_WORDS for word in text.split())


def _release_label(line: str) -> bool:
    return _RELEASE_MARK.match(_content(line)[1]) is not None


def _date_after(window: str, start: int) -> tuple[int, tuple[_Parts, ...]] | None:
    """A date alone between the dateline's dash and another dash, and where it ends."""
    match = _DATE_AFTER.match(window, start)
    if match is None:
        return None
    dates = _dates(match.group("date"))
    if not dates or not _only_labels(_DATE.sub(" ", match.group("date"))):
        return None
    return match.end(), dates


# A date that ends the dateline's line, after its dash: "HARBOR CITY (XNS) — May 4, 2026".
_DATE_ENDING = re.compile(r"[^\S\n]*(?P<date>[^\n—\u2013]{6,40}?)[^\S\n]*[.,:—\u2013-]*[^\S\n]*\Z")


def _date_ending(window: str, start: int) -> tuple[int, tuple[_Parts, ...]] | None:
    """A full date alone from ``start`` to the end of the line, and where the line ends."""
    match = _DATE_ENDING.match(window, start)
    if match is None:
        return None
    dates = _dates(match.group("date"))
    if not _full_dates(dates[:1]) or not _only_labels(_DATE.sub(" ", match.group("date"))):
        return None
    return match.end(), dates


# A date opening a dateline, a dash or bar after it: "May 4, 2026 — HARBOR CITY (XNS) —".
_OPENING_DATE = re.compile(
    r"[^\S\n]*(?P<date>[^\n|—\u2013]{6,48}?)[^\S\n]*(?:--|[|—\u2013]|-(?=[^\S\n]))[^\S\n]*"
)


def _lead(lead: str) -> tuple[str | None, tuple[_Parts, ...], bool] | None:
    """What precedes a wire tag: a place, a date, both, a label, or nothing.

    Returns the place, the dates, and whether the lead is strong evidence of a dateline
    (a date, or a place in capitals), or None when it reads like the start of a sentence.
    """
    opening = _OPENING_DATE.match(lead)
    if opening is not None:  # "May 4, 2026 — HARBOR CITY (XNS) —": the date before the place
        stamp = _dates(opening.group("date"))
        rest = _lead(lead[opening.end() :])
        if (
            _full_dates(stamp[:1])
            and _only_labels(_DATE.sub(" ", opening.group("date")))
            and rest is not None
            and rest[0] is not None
            and not rest[1]
        ):
            return rest[0], stamp, True
    first = _DATE.search(lead)
    cut = first.start() if first else len(lead)
    if not _only_labels(_DATE.sub(" ", lead[cut:])):
        return None
    dates = _dates(lead[cut:])
    head = lead[:cut].strip(" ,").rstrip(" -\u2013\u2014")  # "HARBOR CITY — May 4, 2026"
    if not head or _only_labels(head):
        return None, dates, bool(dates)
    parts = [part.strip() for part in head.split(",")]
    while len(parts) > 1 and _WEEKDAY_NAME.fullmatch(parts[-1].rstrip(".")):
        parts.pop()  # "HARBOR CITY, Ore., Tuesday, May 4, 2026 (XNS)": the day is no place
    if not all(_place_like(part) for part in parts):
        return None
    shouted = any(c.isupper() for c in parts[0]) and parts[0] == parts[0].upper()
    return ", ".join(_unshout(part) for part in parts), dates, bool(dates) or shouted


def _dash_dateline(line: str) -> _Found | None:
    """``CHICAGO —`` at the start of a paragraph: a place in capitals, then a dash.

    A date may follow between that dash and another: "CHICAGO – May 4, 2026 – The ...".
    """
    skip, window = _content(line[:120])
    match = _DASH_DATELINE.match(window)
    if match is None or not _place_like(match.group(1).strip()):
        return _titled_dash_dateline(line)
    place = _unshout(match.group(1).strip())
    region = window[match.end(1) : match.end()].rstrip(" \t*_-\u2013\u2014")
    for piece in region.split(",")[1:]:
        part = piece.strip()  # "BRADLEY, W.Va., Nov. 3, 2026 —": the state goes with the place
        if not _place_like(part) or _only_labels(part) or len(part.split()) > 3:
            break
        place += ", " + part
    dates = _dates(match.group())
    after = _date_after(window, match.end()) if not dates else None
    if after is not None:  # "HARBOR CITY, Ore. – May 4, 2026 – The ...": the date between dashes
        return _Found(skip + after[0], None, place, after[1])
    return _Found(skip + match.end(), None, place, dates)


# A place in Title Case before a dash or a dated comma: "Harbor City, Ore. — May 4, 2026 —".
_TITLED_PLACE = re.compile(
    r"(?P<place>[A-Z][\w.'\u2019\-]*(?:[^\S\n]+[A-Z][\w.'\u2019\-]*){0,3})"
    r"(?P<state>,[^\S\n]+[A-Z][\w.'\u2019\-]*(?:[^\S\n]+[A-Z][\w.'\u2019\-]*)?)?"
    r"(?:[^\S\n]+(?:--|[—\u2013-])|,)"
)


def _titled_dash_dateline(line: str) -> _Found | None:
    """A place in Title Case and its state, then a full date set off by a dash.

    "Harbor City, Ore. — May 4, 2026 — The ...", "Harbor City, Ore., May 4, 2026 — The ...".
    Without capitals, only a town with its state or country and a full date between it and
    a dash make the line's start a dateline ("Harbor Water Utility — May 4, 2026 —" names an
    issuer, not a place); a month or weekday is no place.
    """
    skip, window = _content(line[:120])
    match = _TITLED_PLACE.match(window)
    if match is None:
        return None
    if match.group("state") is None:
        return None  # "Harbor Water Utility — May 4, 2026 —" may name no place
    parts = [match.group("place"), match.group("state").lstrip(", ")]
    if not all(_place_like(p) for p in parts) or any(
        _WEEKDAY_NAME.fullmatch(p.rstrip(".")) or _DATE.match(p + " 1") for p in parts
    ):
        return None
    after = _date_after(window, match.end())
    if after is None or not _full_dates(after[1][:1]):
        return None
    return _Found(skip + after[0], None, ", ".join(parts), after[1])


def _meta_line(line: str, *, below_byline: bool = False) -> _Found | None:
    """A line of dates, times, labels, bylines and outlet names, and nothing else.

    An outlet named only by the shape of its name ("The Harbor Post") counts on a line
    of its own under a byline, or after a dash ("— The Daily Harbor").
    """
    if len(line) > 200:
        return None
    if _ends_sentence(line) and len(line.split()) >= 8 and not _only_stamps(line):
        return None  # a sentence; "Last updated May 18, 2026 at 9:40 a.m." is a stamp
    whole = len(line)  # the header part is the whole line, marks and all
    line = _content(line)[1]
    line = line[m.end() :] if (m := _STAMP_SUBJECT.match(line)) else line
    outlet: str | None = None
    dates: list[_Parts] = []
    updates: list[_Parts] = []
    byline = timed = handle = aged = False
    others = []
    for part in filter(None, _SEGMENTS.split(line)):
        label = _RELEASE_LABEL.match(part)
        segment = part[label.end() :] if label else part
        if not segment.strip():
            continue
        if _is_byline(segment):
            byline = True
            known = _KNOWN_OUTLET.search(segment)
            outlet = outlet or (
                _OUTLET_NAMES[known.group()]
                if known
                else _byline_outlet(segment) or _desk_outlet(segment)
            )
            _labelled_dates(segment, line, dates, updates)
        elif _dates(segment, line) and _only_labels(
            _AGE.sub(" ", _DATE.sub(" ", _SITE.sub(" ", segment)))
        ):
            _labelled_dates(segment, line, dates, updates)  # "May 4, 2026 Updated 3 hours ago"
            site = _SITE.search(segment)  # "Created: 10/27/2026 8:14 AM HarborPost.com"
            outlet = outlet or (site.group() if site else None)
        elif _AGE.search(segment) and _only_labels(_AGE.sub(" ", segment)):
            continue  # "Updated: 2 hours ago" beside the date: the page's age, part of the header
        elif _TIME.search(segment) and _only_labels(segment):
            # "May 18, 2026 | Updated 7:45 a.m.": the time of an update, beside the date
            timed = timed or _DATE_LABEL.search(segment) is not None
        elif _READING_TIME.fullmatch(segment.strip(" ,;")):
            continue  # "5 min read" beside the date: page furniture, part of the header
        elif _HANDLE.fullmatch(segment.strip()):
            handle = True  # "@harborfire" or "Harbor Fire @harborfire": a post's account
        elif handle and _POST_AGE.fullmatch(segment.strip()):
            aged = True  # "Harbor Fire @harborfire · 3h": a post's age, which dates nothing
        else:
            others.append(segment.strip(" ,;"))
    for segment in others:
        name = _OUTLET_BY_LOWER.get(segment.lower()) or _desk_outlet(segment)
        if name is None and byline and segment.split()[-1].lower() in _DESK_WORDS:
            continue  # "By Kim Ode | Examiner Metro Desk": a desk of the paper, not its name
        if (
            name is None
            and byline
            and _outlet_shaped(_CHANNEL.sub("", segment))  # "By Jane Doe | Harbor 9 News"
            and not _job_title(segment)
        ):
            name = segment
        signed = segment.lstrip("-\u2013\u2014 ")
        if name is None and signed != segment and (below_byline or len(others) == 1):
            name = _outlet_name(signed)  # "— The Daily Harbor" under the headline
        if name is None and below_byline and len(others) == 1:
            name = _outlet_name(segment)  # "By JANE DOE" over "The Harbor Post"
        if name is None:
            return None
        outlet = outlet or name
    if not dates and not updates and outlet is None and not (timed and not byline) and not aged:
        return None  # "Updated 7:45 a.m." on its own line is a stamp, though it dates nothing
    return _Found(whole, outlet, None, tuple(dates), tuple(updates))


# A social post's header names its account: "@harborfire", "Harbor Fire @harborfire". Beside
# it, "Mar 4, 2027" dates the post; "3h" or "2d" is its age, which dates nothing.
_HANDLE = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,3}[^\S\n]+)?@\w{1,30}"
)
_POST_AGE = re.compile(r"[0-9]{1,2}[^\S\n]?(?:s|m|min|h|hr|d|w)")


# What a stamp may say it dates before its label: "story updated at 4:04pm on May 18, 2026".
_STAMP_SUBJECT = re.compile(
    r"(?:this[^\S\n]+)?(?:story|article|page|post)(?:[^\S\n]+was)?[^\S\n]+"
    r"(?=(?:last[^\S\n]+)?(?:updated|posted|published|modified)\b)",
    re.IGNORECASE,
)
# Labels that say what a date on a header line is: when the page was published, or updated.
_DATE_LABEL = re.compile(
    r"\b(?:published|posted|created|uploaded|issued|updated?|modified|revised|edited|refreshed)\b",
    re.IGNORECASE,
)
_UPDATE_LABELS = _words("updated update modified revised edited refreshed")


def _labelled_dates(segment: str, line: str, dates: list[_Parts], updates: list[_Parts]) -> None:
    """Sort the dates of a header segment by the label nearest before each.

    A date under "Updated", "Last modified" and the like goes to ``updates``; a date under
    "Published", "Posted" or no label to ``dates``: "Updated: 9:40 AM May 19, 2026 Posted:
    6:12 AM May 18, 2026" was published on May 18.
    """
    order = _numeric_order(line, list(_DATE.finditer(line)))
    for match in _DATE.finditer(segment):
        parts = _parse_date(match, order)
        if parts is not None:
            labels = _DATE_LABEL.findall(segment, 0, match.start())
            (updates if labels and labels[-1].lower() in _UPDATE_LABELS else dates).append(parts)


# A page's stamp run onto the end of its headline, as some station pages print them:
# "Crash Closes Highway Posted: Monday, May 18, 2026 6:12 AM CDT Updated: ...".
_TAIL_STAMP = re.compile(
    r"(?<=[^\W_])[^\S\n]+(?=(?:Posted|POSTED|Published|PUBLISHED|Updated|UPDATED"
    r"|Last[^\S\n]+[Uu]pdated|LAST[^\S\n]+UPDATED)[^\S\n]*:)"
)


_ENDS_AT_TIME = re.compile(r"\b[ap]\.?m\.[^\S\n]*\Z", re.IGNORECASE)


def _stamp_tail(line: str) -> tuple[int, _Found] | None:
    """A headline's run-on stamp: where it starts in ``line``, and what it states.

    The stamp must be labelled with a colon, hold a date and run to the end of the line;
    the words before it must not end a sentence ("Crash Closes Highway Posted: May 18,
    2026" splits, "The list was Posted: May 18, 2026." is not a headline's).
    """
    if len(line) > 300 or (_ends_sentence(line) and not _ENDS_AT_TIME.search(line)):
        return None  # "... was Posted: May 18, 2026." is a sentence; "... 9 P.M." a stamp
    for match in _TAIL_STAMP.finditer(line):
        head = line[: match.start()]
        if _ends_sentence(head) or len(head.split()) > 20:
            return None
        found = _meta_line(line[match.end() :])
        if found is not None and (found.dates or found.updates) and found.outlet is None:
            return match.end(), found
        return None
    return None


def _only_stamps(line: str) -> bool:
    """Whether a line holds only dates, times, a page's age, labels and separators."""
    return _only_labels(_AGE.sub(" ", _DATE.sub(" ", line)))


def _names_no_outlet(line: str, found: _Found | None) -> bool:
    """Whether a line is a byline that names no outlet (``found`` is what it yielded)."""
    return (found is None or found.outlet is None) and _is_byline(line)


def _is_byline(line: str) -> bool:
    if len(line) > 200:
        return False
    line = _content(line)[1]
    if _BYLINE.match(line) is not None and _byline_words(line) <= 12:
        return True
    signed = _SIGNED.fullmatch(line.strip())
    return signed is not None and _job_title(signed.group("job"))


# A byline without "By": a name and the writer's job, "Jane Doe-Smith, Staff Writer".
_SIGNED = re.compile(
    r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3},\s*(?P<job>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
)


def _byline_words(segment: str) -> int:
    """The words of a byline segment other than its dates, times and their labels."""
    rest = _TIME.sub(" ", _DATE.sub(" ", segment))
    return sum(1 for word in rest.split() if word.strip(".,:;-").lower() not in _LABELS)


# A newsroom signing its story: "Harbor 9 News Desk", "By WXYZ Staff", "Harbor Post Staff
# Report": the words before the desk name the outlet.
_DESK = re.compile(
    r"(?:[Bb][Yy]:?[^\S\n]+)?(?P<name>[A-Z0-9][\w.&'\u2019-]*(?:[^\S\n]+[A-Z0-9&][\w.&'\u2019-]*){0,4})"
    r"[^\S\n]+(?i:news[^\S\n]+desk|newsroom|news[^\S\n]+(?:staff|team)|web[^\S\n]+(?:desk|staff)"
    r"|digital[^\S\n]+(?:desk|team|staff)|staff(?:[^\S\n]+reports?|[^\S\n]+and[^\S\n]+wire"
    r"[^\S\n]+reports)?)"
)
# Desks of a newsroom, which name no outlet before "Staff" ("Metro Staff", "Sports Desk").
_DESKS = _words(
    "by metro city local sports business news web digital state national world the staff"
)


def _desk_outlet(segment: str) -> str | None:
    """The outlet a newsroom's signature names: "Harbor 9 News Desk" -> "Harbor 9"."""
    match = _DESK.fullmatch(segment.strip(" ,;"))
    if match is None:
        return None
    name = match.group("name")
    if all(word.lower() in _DESKS for word in name.split()):
        return None
    return name


def _byline_outlet(segment: str) -> str | None:
    """The outlet a byline names after a comma: "By Jane Doe, The Harbor Post"."""
    head, _, tail = segment.rpartition(",")
    if not head or _job_title(tail):
        return None
    return _outlet_name(tail.strip())


def _outlet_name(name: str) -> str | None:
    """A known outlet, or a short Title Case name whose main noun names a publication.

    "The Harbor Post" and "The Daily Harbor" are names of outlets; "Jane Doe" and "Park
    Opens Today" are not.
    """
    known = _OUTLET_BY_LOWER.get(name.lower())
    if known is not None:
        return known
    words = name.split()
    if not _outlet_shaped(name) and not (
        2 <= len(words) <= 5
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _MASTHEAD_LINKS for w in words)
    ):
        return None  # "Special to the Harbor Times" is no name
    if re.search(r"[0-9:;|.!?\"()\[\]]", _ABBREVIATION.sub("", name)):
        return None
    lowered = [w.lower() for w in words]
    publication = (
        lowered[-1] in _PUBLICATION_NOUNS
        or (lowered[:2] == ["the", "daily"] and len(words) > 2)
        # "Harbor News Service", "Coast Press Agency": a service of news is a publication
        or (len(words) > 2 and lowered[-1] in ("service", "agency") and lowered[-2] in _WIRES)
    )
    return name if publication else None


_WIRES = _words("news wire press")


# What a byline's other segment names when it is the writer's job, not the outlet.
_JOB_WORDS = _words(
    "writer writers reporter reporters correspondent editor columnist contributor journalist"
    " photographer photojournalist producer anchor staff intern critic analyst meteorologist"
)


# Last words of the names of newspapers, stations and news services (ordinary English words).
_PUBLICATION_NOUNS = _words(
    "advocate banner beacon bulletin chronicle citizen courier daily dispatch examiner express"
    " gazette globe guardian herald inquirer journal ledger magazine mirror monitor news observer"
    " post press radio record register review sentinel star telegraph times tribune weekly wire"
    " media broadcasting network television tv"
)


def _job_title(segment: str) -> bool:
    """Whether a byline segment is a job title: "Staff Writer", "Health Correspondent"."""
    return any(word.lower().strip(".,") in _JOB_WORDS for word in segment.split())


def _dates(text: str, line: str | None = None) -> tuple[_Parts, ...]:
    """The dates of ``text``, numeric ones read in the order of the ``line`` it is part of."""
    matches = list(_DATE.finditer(text))
    if line is None:
        order = _numeric_order(text, matches)
    else:
        order = _numeric_order(line, list(_DATE.finditer(line)))
    return tuple(parts for m in matches if (parts := _parse_date(m, order)) is not None)


_WEEKDAY_NAME = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b",
    re.IGNORECASE,
)


def _numeric_order(text: str, matches: list[re.Match[str]]) -> str | None:
    """Whether the numeric dates of a line read day first ("dm") or month first ("md").

    "13/10/2026" can only be day first and "10/13/2026" only month first; "06/10/2026" is
    read in the order another date of the line shows, or the one its weekday fits
    ("Tuesday 06/10/2026" is 6 October 2026), and else not at all.
    """
    orders: set[str] = set()
    ambiguous: list[tuple[int, int, int]] = []
    for match in matches:
        if match.group("num") is None:
            continue
        first, second, year = (int(match.group(g)) for g in ("num", "num2", "year"))
        if first > 12 >= second:
            orders.add("dm")
        elif second > 12 >= first:
            orders.add("md")
        elif first != second:
            ambiguous.append((first, second, year))
    if len(orders) == 1 or not ambiguous:
        return orders.pop() if len(orders) == 1 else None
    if orders:
        return None  # "13/10/2026 ... 10/13/2026": the line contradicts itself
    named = {m.group().lower()[:3] for m in _WEEKDAY_NAME.finditer(text)}
    if len(named) != 1:
        return None
    fits = set()
    for first, second, year in ambiguous:
        for order, (month, day) in (("md", (first, second)), ("dm", (second, first))):
            with contextlib.suppress(ValueError):
                if dt.date(year, month, day).strftime("%a").lower() in named:
                    fits.add(order)
    return fits.pop() if len(fits) == 1 else None


def _parse_date(match: re.Match[str], order: str | None = None) -> _Parts | None:
    """Parse with two different defaults; a part is stated only if both parses agree.

    A numeric date ("13/10/2026") is read in the line's ``order`` (see _numeric_order);
    without one, only its year is stated unless its day and month are equal.
    """
    if match.group("num") is not None:
        return _numeric_date(match, order)
    return _parse_words(match.group("iso") or match.group().replace(".", " "))


@functools.lru_cache(maxsize=1024)  # a page repeats its dates; parsing is the dear part
def _parse_words(words: str) -> _Parts | None:
    words = re.sub(r"(?<=[0-9])(?:st|nd|rd|th)\b", "", words, flags=re.IGNORECASE)
    try:
        one, two = (date_parser.parse(words, default=d) for d in _DATE_DEFAULTS)
    except (ValueError, OverflowError):
        return None
    year = one.year if one.year == two.year else None
    month = one.month if one.month == two.month else None
    day = one.day if one.day == two.day else None
    return year, month, day


def _numeric_date(match: re.Match[str], order: str | None) -> _Parts | None:
    first, second, year = (int(match.group(g)) for g in ("num", "num2", "year"))
    if first > 12 >= second or (order == "dm" and second <= 12):
        first, second = second, first
    elif not (second > 12 >= first or order == "md" or first == second):
        return year, None, None
    try:
        dt.date(year, first, second)
    except ValueError:
        return None
    return year, first, second


def _resolve(dates: tuple[_Parts, ...]) -> dt.date | None:
    """The line's date: its first date, its year taken from a full date if it lacks one."""
    full = next((d for d in dates if None not in d), None)
    if not dates or full is None:
        return None
    year, month, day = dates[0]
    if month is None:
        return None  # "06/10/2026 | Updated 06/13/2026": the first date's order is unknown
    if year is None and month is not None and day is not None:
        year = full[0]
    else:
        year, month, day = full
    try:
        return dt.date(year or 0, month or 0, day or 0)
    except ValueError:
        return None


def _only_labels(text: str) -> bool:
    text = _TIME.sub(" ", text)
    return not re.search(r"[0-9]", text) and all(
        word in _LABELS for word in re.findall(r"[a-z]+", text.lower())
    )


def _place_like(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or not words[0][:1].isupper():
        return False
    return all(
        (w[:1].isupper() or w in _PLACE_CONNECTORS)
        and all(c.isalpha() or c in ".'\u2019-" for c in w)
        for w in words
    )


def _unshout(part: str) -> str:
    """``NEW YORK`` -> ``New York``; mixed case and dotted abbreviations stay as printed."""
    if part != part.upper():
        return part
    return " ".join(
        w if "." in w else "-".join(p.capitalize() for p in w.split("-")) for w in part.split()
    )


def _tag_shaped(name: str) -> bool:
    """Whether a dateline's tag, beside a date or a place in capitals, names a news service.

    An outlet's shape, or a longer name of up to seven words whose small words are links:
    "(Great Plains Regional News Service)", "(Press Association of Eastmere)", "(Hill & Vale
    News)". The tag's place in a dateline is the evidence; the shape only keeps out what
    no name looks like ("(R-Texas)", "(see below)").
    """
    if _outlet_shaped(name):
        return True
    words = name.split()
    return (
        2 <= len(words) <= 7
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(
            w in _MASTHEAD_LINKS or (w[:1].isupper() and not any(c.isdigit() for c in w))
            for w in words
        )
        and re.match(r"[A-Z]-", name.strip()) is None
    )


def _outlet_shaped(name: str) -> bool:
    words = name.split()
    return (
        1 <= len(words) <= 4
        and len(name.strip()) >= 2
        and all(w[:1].isupper() and not any(c.isdigit() for c in w) for w in words)
        and re.match(r"[A-Z]-", name.strip()) is None  # "(R-Texas)" is a party, not an outlet
    )


# --- zones ----------------------------------------------------------------------------------


@attrs.frozen
class _Unit:
    """A line, or a hard-wrapped paragraph, with its shape."""

    start: int
    end: int
    kind: str  # "header", "furniture", "prose" or "title" (a short line without punctuation)
    reason: str
    words: int
    terminal: str  # the sentence punctuation it ends with, or ""


_COPYRIGHT = re.compile(
    r"all rights reserved|©|\(c\)\s*[0-9]{4}|^copyright\b|\bcopyright\s+(?:©|\(c\)|[0-9]{4})",
    re.IGNORECASE,
)
# Lines that end a story: what follows them is the page, not the story.
_ENDING_LINES = _words(
    "related|related stories|related articles|related content|related coverage|related news"
    "|more stories|top stories|latest news|most read|most popular|most viewed|see also"
    "|you may also like|read more|continue reading|trending|recommended|comments",
    "|",
)
_ENDING_START = re.compile(
    r"(?:read more|more from|more stories|related(?: stories| articles| coverage| content)?:"
    r"|reporting by|editing by|writing by|additional reporting|tags?:|topics?:|filed under"
    r"|you may also like|most read)",
    re.IGNORECASE,
)
# A wire story's credits in brackets: "(Reporting by A in B; Editing by C)".
_CREDITS = re.compile(
    r"[(\[]\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|written|edited)\s+by\b"
    r"[^()\[\]]*[)\]]\.?",
    re.IGNORECASE,
)
# Lines that interrupt a story without ending it: ads, captions, prompts, site chrome.
_BREAK_LINES = _words(
    "advertisement|advertising|sponsored|sponsored content|share|share this|share this article"
    "|menu|home|search|print|email|more|next|previous|close|latest|subscribe|newsletter"
    "|back to top|skip to content|skip to main content|log in|sign in|sign up|follow us"
    # a share button's network, alone on its line
    "|facebook|twitter|google|google plus|pinterest|linkedin|reddit|tumblr|whatsapp",
    "|",
)
_BREAK_START = re.compile(
    r"(?:subscribe\b|sign up\b|follow us\b|click here\b|skip to\b|share this\b|photo:"
    r"|image:|video:|credit:|listen to this|[0-9]+\s*min(?:ute)?s?\s+read\b|like this:"
    # a link in brackets inside the story: "[RELATED: Park reopens after the storm]"
    r"|[\[(]\s*(?:related|read more|see also|watch|more)\s*:"
    # A donation or membership prompt: "Support our newsroom. Donate now."
    r"|donate\b|support (?:our|local|independent|public|nonprofit|quality) (?:journalism|news"
    r"|reporting|newsroom|radio)\b|become a (?:member|subscriber|supporter)\b)",
    re.IGNORECASE,
)
# A subscription or newsletter prompt: a sentence opening with an imperative offer ("Get",
# "Sign up", "Don't miss") on a line that names a newsletter, a subscription or a price per
# period ("Get the Daily Brief newsletter, free 7 days a week.", "Don't miss a story. Get
# the Courier for 99 cents a week.").
_PROMPT_START = re.compile(
    r"(?:^|[.!?]\s+)(?:get|sign up|subscribe|join|don['\u2019]t miss|never miss)(?![\w-])",
    re.IGNORECASE,
)
_PROMPT_OFFER = re.compile(
    r"newsletter|subscri|\bsign up\b|\b[0-9]+ days a week\b"
    r"|(?:\b[0-9]+ cents|\$\s?[0-9][0-9.]*)\s+(?:a|per|each)\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)
# "share this" is a page's button, but not after "a", "per" or "each": "a dividend of 11
# cents a share this quarter" is a stock's share.
_BREAK_WORDS = re.compile(
    r"newsletter|subscribe\b|sign up\b|follow us\b|click here\b|read more\b"
    r"|(?<!\ba )(?<!\bper )(?<!\beach )share this\b",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"cookie.*(?:we use|accept|consent|polic|setting|continu|brows|experience|preference)"
    r"|(?:we use|accept|consent).*cookie",
    re.IGNORECASE,
)
_SMALL_WORDS = _words(
    "a an and as at but by for from in into nor of on or over per the to via vs with"
)
_GLUED = re.compile(r"(?<=[a-z])[.!?][\"'”\u2019)]*(?=[A-Z])")


def find_zones(
    text: str,
    header_end: int = 0,
    *,
    headlines: Iterable[tuple[int, int]] = (),
    captions: Iterable[tuple[int, int]] = (),
) -> tuple[Zone, ...]:
    r"""Mark each stretch of text as header, headline, body or furniture, in text order.

    Zones never overlap and leave out only whitespace. Lines before ``header_end`` that
    carry metadata are the header; the nearest short title line before the first prose
    paragraph is the headline; prose from there on is the body, until page furniture
    starts (an all-caps label, a copyright notice, a run of three short title-like
    lines); after that only clear prose paragraphs are body again.

    ``headlines`` and ``captions`` are stretches that an HTML page's markup marks as its
    ``<h1>`` and as pictures' captions (``<figure>``, ``<figcaption>``): a caption is
    furniture, and the ``<h1>`` nearest before the story is its headline.

    >>> [z.kind for z in find_zones("Storm Hits Coast\n\nThe storm hit the coast on Monday."
    ...                             " It was strong.\n\nADVERTISEMENT\n")]
    ['headline', 'body', 'furniture']
    """
    header_end = max(0, min(header_end, len(text)))
    units = _units(text, header_end)
    captions = tuple(captions)
    if captions:  # an HTML page's figures
        units = [
            _Unit(u.start, u.end, "furniture", CAPTION_REASON, u.words, u.terminal)
            if u.kind != "header" and any(s <= u.start and u.end <= e for s, e in captions)
            else u
            for u in units
        ]
    spans = tuple(headlines)
    marked = {
        i
        for i, u in enumerate(units)
        if spans
        and u.kind in ("title", "prose")
        and any(s <= u.start and u.end <= e for s, e in spans)
    }
    kinds = _resolve_kinds(text, units, marked)
    zones = [
        Zone(cast("ZoneKind", kind), unit.start, unit.end, reason)
        for unit, (kind, reason) in zip(units, kinds, strict=True)
    ]
    return tuple(_unglue(text, zones))


def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Non-blank lines as trimmed offsets, each with whether it starts a new block."""
    pos, new_block = 0, True
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        start, end = _trim(text, pos, stop)
        if start < end:
            yield start, end, new_block
        new_block = start >= end
        pos = stop + 1


_MARKUP = re.compile(r"[#*_>\s]*")


def _content(line: str) -> tuple[int, str]:
    """A line without Markdown heading, quote and emphasis marks, and where it starts."""
    lead = _MARKUP.match(line)
    skip = lead.end() if lead else 0
    return skip, line[skip:].rstrip("*_ \t")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _units(text: str, header_end: int) -> list[_Unit]:
    """Lines as units, hard-wrapped paragraphs joined, the header split off its line."""
    units: list[_Unit] = []
    block: list[tuple[int, int]] = []
    below_byline = False
    for start, end, new_block in _lines(text):
        if new_block:
            units.extend(_block_units(text, block))
            block = []
        line = text[start:end]
        meta = _meta_line(line, below_byline=below_byline) if end <= header_end else None
        below_byline = end <= header_end and _names_no_outlet(line, meta)
        if end <= header_end and (
            _dateline(line)
            or meta
            or _outlet_dateline(line)
            or _place_line(line, evidence=_header_above(text, units, block))
        ):
            units.extend(_block_units(text, block))
            units.append(_unit(text, start, end, "header", "metadata line (date, outlet, byline)"))
            block = []
        elif end <= header_end and (tail := _stamp_tail(line)) is not None:
            units.extend(_block_units(text, block))  # the headline, then its run-on stamp
            units.append(_classify(text, *_trim(text, start, start + tail[0])))
            units.append(
                _unit(text, start + tail[0], end, "header", "page stamp after the headline")
            )
            block = []
        elif start < header_end < end:
            units.extend(_block_units(text, block))
            head_end = _trim(text, start, header_end)[1]
            units.append(_unit(text, start, head_end, "header", "dateline"))
            rest = _trim(text, header_end, end)
            block = [rest] if rest[0] < rest[1] else []
        else:
            block.append((start, end))
    units.extend(_block_units(text, block))
    return [part for u in units if u.start < u.end for part in _unstamped(text, u)]


# A live blog's update stamp opening a line: "10:40 p.m. — Crews ...", "Update, 7:15 a.m.:
# Police ...", "UPDATE 6:15 PM ET | ...", "Tuesday, 8 a.m. - ...". The time says when the entry
# was posted; the entry's statement starts after the dash.
_UPDATE_TIME = (
    r"(?:(?:update[ds]?|latest|breaking)\b[^\S\n]*(?:[,:][^\S\n]*|at[^\S\n]+)?)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[^\S\n]+)?"
    r"(?:[0-9]{1,2}:[0-9]{2}(?:[^\S\n]*[ap]\.?[^\S\n]?m\b\.?)?|[0-9]{1,2}[^\S\n]*[ap]\.?[^\S\n]?m\b\.?)"
    r"(?:[^\S\n]+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|local[^\S\n]+time)\b)?"
)
_UPDATE_STAMP = re.compile(
    _UPDATE_TIME + r"[^\S\n]*(?:--|[\u2014\u2013|]|-(?=[^\S\n])|:(?=[^\S\n]))[*_]*[^\S\n]*",
    re.IGNORECASE,
)
_UPDATE_ALONE = re.compile(_UPDATE_TIME + r"[^\S\n]*[:\u2014\u2013-]?", re.IGNORECASE)
_DIGIT = re.compile(r"[0-9]")
_UPDATE_REASON = "time stamp of a live update (when it was posted, not a statement)"


def _unstamped(text: str, unit: _Unit) -> list[_Unit]:
    """A unit with its live-update stamp split off as furniture; the unit itself if none."""
    if unit.kind == "header" or not text[unit.start : unit.start + 1].isalnum():
        return [unit]
    if _DIGIT.search(text, unit.start, min(unit.end, unit.start + 40)) is None:
        return [unit]  # a stamp's time stands in the line's first words
    line = text[unit.start : unit.end]
    if _UPDATE_ALONE.fullmatch(line):
        return [_unit(text, unit.start, unit.end, "furniture", _UPDATE_REASON)]
    stamp = _UPDATE_STAMP.match(line)
    if stamp is None or not line[stamp.end() :].strip():
        return [unit]
    cut = unit.start + len(line[: stamp.end()].rstrip(" \t*_"))
    return [
        _unit(text, unit.start, cut, "furniture", _UPDATE_REASON),
        _classify(text, *_trim(text, cut, unit.end)),
    ]


def _header_above(text: str, units: list[_Unit], block: list[tuple[int, int]]) -> bool:
    """Whether a header line or a release label stands among the lines read so far."""
    return any(u.kind == "header" for u in units) or any(
        _release_label(text[start:end]) for start, end in [(u.start, u.end) for u in units] + block
    )


def _block_units(text: str, block: list[tuple[int, int]]) -> list[_Unit]:
    pairs = list(itertools.pairwise(block))
    joined = sum(_continues(text[a[0] : a[1]], text[b[0] : b[1]]) for a, b in pairs)
    if pairs and 2 * joined >= len(pairs):  # hard-wrapped prose: one paragraph
        return [_classify(text, block[0][0], block[-1][1])]
    return [_classify(text, start, end) for start, end in block]


def _continues(line: str, following: str) -> bool:
    """Whether ``following`` carries on the sentence of ``line`` (a hard line wrap)."""
    if following[:1].islower() or line.endswith((",", ";")):
        return True
    return line.endswith("-") and line[-2:-1].isalpha()  # a word broken at the line end


def _unit(text: str, start: int, end: int, kind: str, reason: str) -> _Unit:
    words = len(text[start:end].split())
    stripped = text[start:end].rstrip(_CLOSERS + "*_")
    terminal = stripped[-1] if stripped and stripped[-1] in _TERMINALS else ""
    return _Unit(start, end, kind, reason, words, terminal)


def _classify(text: str, start: int, end: int) -> _Unit:
    unit = _unit(text, start, end, "title", "short line without sentence punctuation")
    reason = _furniture_reason(text[start:end], unit.words)
    if reason is not None:
        return _Unit(start, end, "furniture", reason, unit.words, unit.terminal)
    if unit.words >= 20 or (
        unit.terminal and unit.words >= 3 and not _company_line(text[start:end])
    ):
        return _Unit(start, end, "prose", "prose paragraph", unit.words, unit.terminal)
    if _stated_item(text[start:end]):
        return _Unit(start, end, "prose", _STATED_ITEM, unit.words, unit.terminal)
    return unit


# A bulleted line that reads as a sentence and states a value: a release's list of terms
# ("- A 9 percent raise over the term of the deal", "* The city will hire 40 more drivers").
# A list of other headlines is Title Case or holds no number; such a list stays furniture.
_BULLET = re.compile(r"[-*\u2013\u2022\u2023\u25aa\u25cf\u25e6]\s+(?=\S)")
_STATED_ITEM = "bulleted item stating a value (a list inside the story)"
# The line that introduces such a list ("At a glance:", "The storm left, officials said:").
_LIST_INTRO = "line introducing a list of stated values"
_LISTED = frozenset({_STATED_ITEM, _LIST_INTRO})


def _stated_item(line: str) -> bool:
    """Whether a line is a bullet item in running words that holds a number."""
    bullet = _BULLET.match(line)
    if bullet is None:
        return False
    words = line[bullet.end() :].split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 6 and lower >= 3 and any(c.isdigit() for c in line)


# An outlet's notice about an earlier version of its own story: "Correction: An earlier
# version of this article said 40 homes were lost.", "Editor's note: ...", "A previous
# version of this story misstated ...". Its figures are what was withdrawn or a restatement
# of the story's own, so it is not read for claims; it interrupts the story, wherever it
# stands, without ending it.
_NOTICE = re.compile(
    r"(?:corrections?|clarifications?|editor['\u2019]?s?['\u2019]?\s+notes?|note\s+to\s+readers"
    r"|retraction)\s*(?::|\s[\u2014\u2013-]\s|\u2014|\((?=[^()\n]{1,40}\)\s*:))"
    r"|(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+"
    r"(?:story|article|report|post|item|page)\b"
    r"|this\s+(?:story|article|report|post|item)\s+(?:has\s+been|was)\s+"
    r"(?:updated|corrected|amended|changed|edited)\s+to\s+(?:correct|clarify|reflect|remove|fix)\b",
    re.IGNORECASE,
)
NOTICE_REASON = (
    "correction or editor's note (about an earlier version of the story; not read for claims)"
)

# A photo's caption or credit: a line opening with a label ("Photo: Crews on the ridge at
# dawn.", "PHOTO BY JANE DOE", "Image credit: ..."), one ending with a credit ("Crews work
# at the site. (Jane Doe/The Harbor Post)", "... (AP Photo/Jane Doe)", "... Photo: Jane
# Doe/Harbor Post", "... (Photo by Jane Doe)"), or a credit alone ("Jane Doe/Harbor Post").
# A caption describes a picture; its day and figures are not the story's statements.
_CAPTION_START = re.compile(
    r"\(?(?:(?:[A-Z]{2,5}\s+)?photo(?:graph)?s?|images?|pictures?|pictured|captions?"
    r"|illustrations?|graphics?)(?:\s+(?:credit|courtesy(?:\s+of)?|by|provided\s+by))?\s*[:|/]"
    r"|\(?(?:photo(?:graph)?s?|images?|pictures?)\s+(?:by|courtesy\b)",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w.'\u2019&-]*(?:[^\S\n]+(?:[A-Z][\w.'\u2019&-]*|of|the|de|van|von)){0,5}"
_CREDIT_END = re.compile(
    # a name and an outlet in brackets, as after "... Friday. (Jane Doe/The Harbor Post)"
    rf"\((?:(?:[A-Z]{{2,5}}[^\S\n]+)?(?:Photo|PHOTO|Image|IMAGE)s?(?:[^\S\n]+by|:)?[^\S\n]*)?"
    rf"{_NAME}[^\S\n]*/[^\S\n]*{_NAME}\)"
    # a photo label in brackets, as in "(Photo by Jane Doe)" or "(Photo courtesy of ...)"
    r"|\((?:Photo|PHOTO|Image|IMAGE|Picture)s?(?:[^\S\n]+(?:by|courtesy(?:[^\S\n]+of)?)|:)"
    r"[^()\n]{2,60}\)"
    # a photo label after the caption's last sentence, as in "... night. Photo: Jane Doe"
    rf"|(?<=[.!?][^\S\n])(?:Photo|PHOTO|Image|IMAGE|Picture)(?:[^\S\n]+credit)?[^\S\n]*:"
    rf"[^\S\n]*{_NAME}(?:[^\S\n]*/[^\S\n]*{_NAME})?",
)
# A teaser cut off with a link: "Storms will move through the area tonight ...Read More."
_TEASER_END = re.compile(r"(?:\.\.\.|\u2026)[^\S\n]*read more[.!]?$", re.IGNORECASE)
_CREDIT_LINE = re.compile(rf"{_NAME}[^\S\n]*/[^\S\n]*{_NAME}")
CAPTION_REASON = "photo caption or credit (describes a picture; not read for claims)"


def _names_picture(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` holds a picture's word as a credit writes it ("Photo:")."""
    part = line[start:end]
    return (
        "Photo" in part
        or "PHOTO" in part
        or "Image" in part
        or "IMAGE" in part
        or ("Picture" in part)
    )


def _caption(line: str, words: int) -> bool:
    """Whether a line is a photo's caption or credit (see _CAPTION_START, _CREDIT_END)."""
    # A label opens the line, and a credit ends in a bracket or holds a picture's word: most
    # lines are neither, which these searches tell before the longer patterns run.
    if _CAPTION_START.match(line):
        return True
    end = len(line.rstrip(" .;"))
    start = max(0, end - 140)
    # A credit ends in a bracket or follows a capitalised picture's word: most lines do
    # neither, which is told before the longer pattern runs.
    if (line[end - 1 : end] == ")" or _names_picture(line, start, end)) and any(
        m.end() == end for m in _CREDIT_END.finditer(line, start)
    ):
        return True
    return (
        words <= 8
        and _CREDIT_LINE.fullmatch(line.strip()) is not None
        and _SITE.search(line) is None  # "Twitter.com/JaneDoe" is an address, no credit
    )


_PLAIN_WORDS = re.compile(r"[^\W_]+")
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_NAVIGATION_SEPARATOR = re.compile(r"\s*[|•·»\u203a]\s*")
_NAVIGATION_SIGN = re.compile(r"[|•·»\u203a]")
# What a line's lowercase must hold for _COPYRIGHT or _COOKIE to match it: a case-blind
# pattern matches a letter whose one-character lowercase is that letter, which str.lower()
# also gives, and besides it only the dotted capital I (lowercased to two characters), the
# dotless i and the long s (matched as "i" and "s" though they lowercase to themselves) and
# the Kelvin sign. A line holding one of those four is always searched.
_COPYRIGHT_WORDS = ("copyright", "(c)", "\u00a9", "all rights reserved")
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


def _lowered(line: str) -> str | None:
    """``line`` in lowercase, or None if a case-blind pattern may match what that hides."""
    return line.lower() if _CASE_TRAPS.search(line) is None else None


def _furniture_reason(line: str, words: int) -> str | None:
    """Why a line is web-page furniture whatever surrounds it, or None."""
    line = _content(line)[1]
    if not any(c.isalnum() for c in line[:200]):
        return "no words (a separator or symbols)"
    if _NOTICE.match(line):
        return NOTICE_REASON
    if words <= 80 and _caption(line, words):
        return CAPTION_REASON
    if words > 150 or len(line) > 2000:
        return None  # long text is not furniture; the bound also keeps the checks linear
    if _TEASER_END.search(line, max(0, len(line) - 20)):
        return "teaser of another page (a summary cut off by 'Read more')"
    low = _lowered(line)
    if (low is None or any(w in low for w in _COPYRIGHT_WORDS)) and _COPYRIGHT.search(line):
        return _COPYRIGHT_NOTICE
    if words <= 80 and (low is None or "cookie" in low) and _COOKIE.search(line):
        return _COOKIE_NOTICE
    if words <= 40 and _CREDITS.fullmatch(line):
        return _END_LINKS
    if words <= 12:
        plain = " ".join(_PLAIN_WORDS.findall(line.lower()))
        if plain in _ENDING_LINES or _ENDING_START.match(line):
            return _END_LINKS
        if plain in _BREAK_LINES or _BREAK_START.match(line):
            return "web-page label or prompt (advertisement, share, caption)"
        if _BREAK_WORDS.search(line):
            return "web-page prompt (subscribe, sign up, follow)"
    if words <= 25 and _PROMPT_START.search(line) and _PROMPT_OFFER.search(line):
        return "subscription or newsletter prompt"
    if (
        words <= 3
        and line.upper() == line
        and any(c.isupper() for c in line)
        and all(c.isalpha() or c.isspace() for c in line)
    ):
        return "all-caps label"
    if words <= 35 and _number_to_call(line):
        return _CALL_LINE
    if words <= 12 and _BYLINE.match(line) and not _ends_sentence(line):
        return "byline"
    if words <= 12 and _stamp_line(line):
        return "page time stamp or update schedule"
    if _WEB_ADDRESS.fullmatch(line):
        return "bare web address"
    if _NAVIGATION_SIGN.search(line) is not None:
        parts = [p for p in _NAVIGATION_SEPARATOR.split(line) if p]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts):
            return _NAVIGATION
    if words <= 12 and (_BUTTONS.fullmatch(line) or _share_buttons(line)):
        return _SHARE_BUTTONS
    return None


# A line that gives a telephone number to call ("Residents with questions may call 555-0110
# weekdays from 8 a.m. to 5 p.m.", "Anyone with information should call 555-123-4567."):
# one sentence, the number, and a verb asking to call.
_PHONE = re.compile(
    r"(?<![\w.,-])(?:(?:\+?1[-. ])?(?:\([0-9]{3}\)[^\S\n]?|[0-9]{3}[-.])[0-9]{3}[-.]|[0-9]{3}-)"
    r"[0-9A-Z]{4}(?![\w-])"
)
_CALL_VERB = re.compile(r"\b(?:call|contact|text|dial|phone)\b", re.IGNORECASE)
_CALL_LINE = "a telephone number to call (contact information)"


# Words of a count, which make a line that also gives a number to call story text
# ("Detectives are investigating all three shootings and ask anyone ... to call ...").
_COUNT_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?"
    r"|both|several|first|second|third)\b",
    re.IGNORECASE,
)


_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_NAME = re.compile(rf"\b{_DAY}\b", re.IGNORECASE)
_OPENING_HOURS = re.compile(  # "Monday through Friday", "Mondays": when a line is answered
    rf"\b{_DAY}\s*(?:through|thru|to|-|\u2013)\s*{_DAY}\b|\b{_DAY}s\b", re.IGNORECASE
)


# The words _CALL_VERB finds, for a search of the lowercased line first (see _lowered):
# most lines hold none, and the two patterns' searches cost more than these.
_CALL_VERB_WORDS = ("call", "contact", "text", "dial", "phone")


def _number_to_call(line: str) -> bool:
    """One sentence asking to call a number, stating nothing else that is counted or dated."""
    low = _lowered(line)
    if low is not None and not any(map(low.__contains__, _CALL_VERB_WORDS)):
        return False  # no verb asking to call, in any case
    if _PHONE.search(line) is None or _CALL_VERB.search(line) is None:
        return False
    rest = _OPENING_HOURS.sub(" ", _TIME.sub(" ", _PHONE.sub(" ", line)))
    if re.search(r"[0-9]", rest) or _COUNT_WORDS.search(rest) or _DAY_NAME.search(rest):
        return False  # "... who saw the crash Sunday to call ...": a day of the story
    return len(split_sentences(line)) == 1


# A page's stamp or schedule: a label, then only a weekday, date or time ("Next update:
# Thursday, 7:00 a.m.", "Last updated: 3 June 2025 10:15").
_STAMP_LINE = re.compile(
    r"(?:(?:next|last|latest)\s+)?(?:update[ds]?|posted|published|modified|refreshed)\s*:\s*"
    r"(?P<rest>.+)",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", re.IGNORECASE)


def _stamp_line(line: str) -> bool:
    match = _STAMP_LINE.fullmatch(line.strip())
    if match is None:
        return False
    rest = match.group("rest")
    stated = _DATE.search(rest) or _TIME.search(rest) or _WEEKDAY.search(rest) or _AGE.search(rest)
    plain = _AGE.sub(" ", _DATE.sub(" ", rest)).replace(",", " ")
    return stated is not None and _only_labels(plain)


# A row of buttons or links: labels in brackets ("[Facebook] [Email] [Copy Link]"), or the
# names of the places a page can be shared to ("Facebook Twitter Email Print").
_BUTTONS = re.compile(r"(?:\[[^\[\]\n]{1,30}\][^\S\n]*[|,;•·]?[^\S\n]*){2,}")
_SHARE_TARGETS = _words(
    "share facebook twitter x email e-mail mail linkedin whatsapp reddit pinterest print copy"
    " link tweet messenger sms flipboard threads bluesky telegram tumblr save bookmark"
)
_SHARE_LINKS = _words("on or and via to")
_SHARE_BUTTONS = "share buttons or bracketed links"


def _share_buttons(line: str) -> bool:
    """Whether a line is only the names of share targets: "Share: Facebook | X | Email"."""
    words = [w for w in re.findall(r"[^\W\d_][\w-]*", line.lower()) if w not in _SHARE_LINKS]
    return len(words) >= 2 and all(word in _SHARE_TARGETS for word in words)


_COPYRIGHT_NOTICE = "copyright notice"
_COOKIE_NOTICE = "cookie notice"
_END_LINKS = "related links or credits that end a story"
_NAVIGATION = "navigation links"
_TITLE_RUN = "run of short title-like lines"
# Furniture after which only clear prose paragraphs are body again; other furniture
# (an advertisement, a caption) only interrupts the story.
_ENDINGS = frozenset({_COPYRIGHT_NOTICE, _COOKIE_NOTICE, _END_LINKS, _NAVIGATION, _TITLE_RUN})


def _resolve_kinds(
    text: str, units: list[_Unit], marked: frozenset[int] | set[int] = frozenset()
) -> list[tuple[str, str]]:
    """Turn unit shapes into zone kinds by position: before, inside and after the story.

    ``marked`` holds the units that a page's markup marks as a headline (``<h1>``).
    """
    units = [
        _Unit(u.start, u.end, "prose", _LIST_INTRO, u.words, u.terminal)
        if u.kind == "title"
        and i + 1 < len(units)
        and units[i + 1].reason == _STATED_ITEM
        and text[u.start : u.end].rstrip(_CLOSERS + "*_ ").endswith(":")
        and u.words <= 30
        else u
        for i, u in enumerate(units)
    ]
    out = [(u.kind, u.reason) for u in units]
    start = next(
        (i for i, u in enumerate(units) if u.kind == "prose" and _paragraph(u) and i not in marked),
        None,
    )
    if start is None:  # no prose at all: keep the words, so nothing is lost silently
        return [
            (k, r) if k in ("header", "furniture") else ("body", "no prose paragraph; kept as body")
            for k, r in out
        ]
    _mark_before(text, units, out, start, marked)
    _mark_story(text, units, out, start)
    _mark_boilerplate(text, units, out)
    _mark_description(text, units, out)
    return out


# A release's closing sections: "About <Name>" (the issuer's standard description), the
# forward-looking statements disclaimer, and the contacts. "About" must be followed by a
# capitalised name ("About 40 people", "About half" are news).
_BOILERPLATE_HEADING = re.compile(
    r"(?:About\s+(?:the\s+)?(?P<name>[A-Z][^\s:]*(?:\s+[^\s:]+){0,11})"
    r"|forward[- ]looking\s+statements?|safe[- ]harbou?r\s+statements?"
    r"|cautionary\s+(?:note|statements?|language)\b[^:]{0,40}"
    r"|(?:(?:conference|earnings|investor)\s+call|(?:live\s+)?webcast)"
    r"(?:\s+(?:and|&)\s+(?:live\s+)?(?:webcast|conference\s+call))?(?:\s+(?:information|details))?)"
    r"\s*(?P<colon>:)?",
    re.IGNORECASE,
)
_CONTACT_LINE = re.compile(
    r"(?:(?:media|press|investor|news|public)\s+(?:relations\s+)?)?contacts?\s*:", re.IGNORECASE
)
_BOILERPLATE = "press-release boilerplate (an 'About' section, disclaimer or contact)"
# A release's notice of its conference call: the call or webcast and how to reach it or its
# replay ("will host a conference call at 9 a.m. ET; a replay will be available for 30 days").
_CALL = re.compile(r"\b(?:conference|earnings|investor)\s+call\b|\bwebcast\b", re.IGNORECASE)
_CALL_ACCESS = re.compile(
    r"\breplay\b|\bdial[- ]?in\b|\bpass ?code\b|\baccess\s+code\b|\bconference\s+id\b"
    r"|\btoll[- ]free\b|\binvestor\s+relations\s+(?:web\s*site|page|section)\b",
    re.IGNORECASE,
)
_CALL_NOTICE = "notice of a conference call or webcast (release boilerplate)"


def _boilerplate_heading(line: str) -> bool:
    """Whether a line opens a release's closing section: "About Acme", "About the Acme: ...".

    The heading may end in its name's legal form ("About Quillfield Instruments Inc.") and
    run into its paragraph after a dash ("About Acme -- Acme makes ..."); a name of up to
    twelve words counts ("About the Harbor Regional Water and Sewer District of Pell County").
    """
    line = _about_head(_content(line)[1])
    match = _BOILERPLATE_HEADING.match(line)
    if match is None:
        return False
    if match.group("name") is not None:
        if line[:5] not in ("About", "ABOUT"):
            return False
        name = match.group("name").split()
        if not all(w[:1].isupper() or w.lower() in _SMALL_WORDS or w == "&" for w in name):
            return False
        if any(c.isdigit() for c in name[0]):
            return False
    heading = not line[match.end() :].strip(" .") and len(line.split()) <= 13
    return heading or match.group("colon") is not None


_HEAD_DASH = re.compile(r"[^\S\n]+(?:--|[\u2014\u2013])[^\S\n]+")


def _about_head(line: str) -> str:
    """An "About" heading run into its paragraph after a dash, cut at the dash."""
    if line[:5] not in ("About", "ABOUT"):
        return line
    dash = _HEAD_DASH.search(line, 0, 120)
    return line[: dash.start()] if dash is not None else line


# A release's end mark on a line of its own: "###", "# # #", "-30-", "- 30 -", "-ENDS-".
_END_MARK = re.compile(
    r"[-\u2013\u2014]?[^\S\n]*(?:#[^\S\n]*#[^\S\n]*#|30|ENDS?|[Ee]nds?)[^\S\n]*[-\u2013\u2014]?"
)
_AFTER_END_MARK = "after the release's end mark (###, -30-): its boilerplate"


def _end_mark(line: str) -> bool:
    """Whether a line is a release's end mark; a bare "30" or "End" needs its dashes."""
    line = line.strip(" \t*_")
    if not _END_MARK.fullmatch(line):
        return False
    return "#" in line or line in ("ENDS", "ENDS.") or line[:1] in "-\u2013\u2014"


def _call_notice(line: str) -> bool:
    """Whether a paragraph announces a conference call with its dial-in or replay."""
    low = _lowered(line)
    if low is not None and "call" not in low and "webcast" not in low:
        return False  # _CALL needs one of them, in any case: most paragraphs are read so
    return _CALL.search(line) is not None and _CALL_ACCESS.search(line) is not None


def _mark_boilerplate(text: str, units: list[_Unit], out: list[tuple[str, str]]) -> None:
    """A release's "About" section, disclaimer and contacts, after the story, are furniture.

    A section runs from its heading (a title line, or a paragraph that opens with
    "About the Acme:") over the paragraphs after it, up to the next other title line.
    """
    inside = started = ended = False
    for i, unit in enumerate(units):
        kind = out[i][0]
        if kind in ("header", "headline"):
            continue
        line = text[unit.start : unit.end]
        if ended or (started and _end_mark(line)):
            out[i] = ("furniture", _AFTER_END_MARK)  # "###", then the issuer's description
            ended = True
            continue
        if unit.words <= 30 and _CONTACT_LINE.match(_content(line)[1]):
            out[i] = ("furniture", _BOILERPLATE)
            continue
        if started and unit.kind == "prose" and unit.words <= 80 and _call_notice(line):
            out[i] = ("furniture", _CALL_NOTICE)
            continue
        if started and unit.kind in ("title", "prose") and _boilerplate_heading(line):
            inside = True
        elif unit.kind == "title":
            inside = False
        if inside and kind != "furniture":
            out[i] = ("furniture", _BOILERPLATE)
        started = started or kind == "body"


# A release's closing description of its issuer without an "About" heading: "Harbor Water
# Utility (NYSE: HWU) is a ...", "Harbor Water Utility serves ...", "Founded in 1952, ...".
_DESCRIBES = re.compile(
    r"(?:(?:The\s+)?[A-Z][\w&.'\u2019-]*(?:\s+(?:[A-Z][\w&.'\u2019-]*|of|and|&|for|the)){0,8},?"
    r"(?:\s*\([^()\n]{1,40}\),?)?\s+(?:is\s+(?:a|an|the|one)|serves|provides|operates|employs)\b"
    r"|(?:Founded|Established|Headquartered|Based)\s+in\b)"
)
_DESCRIPTION = "the release's closing description of its issuer (boilerplate)"


def _mark_description(text: str, units: list[_Unit], out: list[tuple[str, str]]) -> None:
    """A release's last paragraph describing its issuer, with no heading, is furniture.

    Only in a release (a label such as "NEWS RELEASE" or a distributor's "/Wire/" above the
    story), only the story's last body paragraph, after two others, and only when it opens
    as a description: a name then "is a", "serves", "provides", "operates" or "employs", or
    "Founded in" / "Headquartered in". The story's own "The utility serves ..." earlier on
    is read.
    """
    body = [i for i, (kind, _reason) in enumerate(out) if kind == "body"]
    if len(body) < 3:
        return
    last = body[-1]
    head = text[: units[body[0]].start]
    if _RELEASE_MARK.search(head) is None and _SLASH_TAG.search(head) is None:
        return
    line = _content(text[units[last].start : units[last].end])[1]
    if units[last].kind == "prose" and _DESCRIBES.match(line):
        out[last] = ("furniture", _DESCRIPTION)


def _paragraph(unit: _Unit) -> bool:
    return (unit.terminal in (".", "…") and unit.words >= 6) or unit.words >= 20


def _clearly_prose(unit: _Unit) -> bool:
    return (unit.terminal == "." and unit.words >= 10) or unit.words >= 30


def _mark_before(
    text: str,
    units: list[_Unit],
    out: list[tuple[str, str]],
    start: int,
    marked: frozenset[int] | set[int] = frozenset(),
) -> None:
    """Before the story: the nearest short title line is the headline, the rest furniture.

    A line the page's markup marks as its headline (``marked``) wins over other lines. A
    byline ("Jane Doe, Staff Writer") is a header line, never the headline.
    """
    signed = {
        i
        for i in range(start)
        if units[i].kind in ("title", "prose") and _is_byline(text[units[i].start : units[i].end])
    }
    # "By Jane Doe" over "Harbor News Service": the outlet the writer writes for, not a title.
    signed |= {
        i
        for i in range(1, start)
        if units[i].kind in ("title", "prose")
        and _is_byline(text[units[i - 1].start : units[i - 1].end])
        and _outlet_name(text[units[i].start : units[i].end].strip()) is not None
    }
    # "Barge Strikes Pier" / "Quenby Wire" / "March 4, 2027": the outlet's name over the date.
    named_outlets = {
        i
        for i in range(1, start - 1)
        if units[i].kind == "title"
        and units[i - 1].kind in ("title", "prose")
        and units[i + 1].kind == "header"
        and _DATE.search(text, units[i + 1].start, units[i + 1].end) is not None
        and _outlet_line(text[units[i].start : units[i].end]) is not None
    }
    signed |= named_outlets
    headline = next((i for i in range(start - 1, -1, -1) if i in marked), None)
    candidates = [  # a list right under the headline is no headline itself
        i
        for i in range(start - 1, -1, -1)
        if units[i].kind in ("title", "prose")
        and 2 <= units[i].words <= 30
        and i not in signed
        and units[i].reason not in _LISTED
        and _BULLET.match(text, units[i].start) is None
    ]
    if headline is None and candidates:
        headline = candidates[0]
        named = _name_lines(text, units, candidates)
        if headline in named:  # "Jane Doe" or "Staff Writer" under the real headline
            signed |= named
            headline = next(i for i in candidates if i not in named)
    for i in range(start):
        if units[i].kind in ("header", "furniture"):
            continue
        if i in named_outlets and i != headline:
            out[i] = ("header", "the outlet's name over the page's date")
        elif i in signed and i != headline:
            out[i] = ("header", "byline")
        elif i == headline:
            out[i] = (
                "headline",
                _MARKED_HEADLINE if i in marked else "title line just before the story",
            )
        elif units[i].reason in _LISTED and (headline is None or i > headline):
            out[i] = ("body", units[i].reason)  # "At a glance:" and its items under the headline
        elif headline is not None and headline in marked and i > headline:
            out[i] = ("headline", "sub-headline under the page's main heading (<h1>)")
        else:
            out[i] = ("furniture", "short line before the story (site banner, navigation)")


# A credit's label before the names on a page's name line: "Reporter:", "Photos by".
_CREDIT_LABEL = re.compile(
    r"(?:(?:written|reported|photos?|photographs|video|story|words|text)"
    r"(?:\s+and\s+\w+)?\s+by|by|author|authors)\s*:?\s*",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-Z](?:[a-z'\u2019-]*[a-z]|[A-Z'\u2019-]*[A-Z]|\.)")  # Jane, DOE, J.
_NAME_PARTS = re.compile(r"\s*(?:[|,/:\u2022]|\s(?:-|--|[\u2013\u2014])\s)\s*")


def _name_lines(text: str, units: list[_Unit], candidates: list[int]) -> set[int]:
    """The headline candidates (nearest first) that are a page's name lines, not its title.

    A local page prints its reporter or photographer under the headline: "Jane Doe", "Jane
    Doe and John Roe", "Staff Writer", "Jane Doe | Reporter", "Reporter: Jane Doe",
    "Photos by John Roe". Such lines are skipped only while a title line of three words or
    more that is none stands above them; otherwise the nearest line stays the headline.
    """
    named: set[int] = set()
    for i in candidates:
        if not _name_line(text[units[i].start : units[i].end]):
            return named if units[i].words >= 3 else set()
        named.add(i)
    return set()  # no other title line: keep the nearest


def _name_line(line: str) -> bool:
    """Whether a short line only names people and their jobs (or outlet): a byline's shape."""
    line = _content(line)[1]
    if len(line) > 100 or re.search(r"[0-9!?;\"()\[\]]", line):
        return False
    people = False
    for part in filter(None, _NAME_PARTS.split(line)):
        label = _CREDIT_LABEL.match(part)
        rest = part[label.end() :] if label else part
        words = [w for w in re.split(r"\s+(?:and|&)\s+|\s+", rest) if w]
        jobs = [w for w in words if w.lower() in _JOB_WORDS]
        names = [w for w in words if w.lower() not in _JOB_WORDS]
        if not all(_NAME_WORD.fullmatch(w) for w in names) or len(words) > 8:
            if _outlet_name(part.strip()) is None:
                return False  # "Jane Doe, Harbor Courier": an outlet beside the name
            continue
        if jobs or label:
            people = people or bool(names) or bool(jobs)
            continue
        persons = re.split(r"\s+(?:and|&)\s+", rest)
        lowered = {w.lower() for w in names}
        if (
            not all(2 <= len(p.split()) <= 3 for p in persons)
            or lowered & (_MASTHEAD_NOUNS | _PUBLICATION_NOUNS)
            or any(_VERB_LIKE.search(w) for w in names)
        ):
            if _outlet_name(part.strip()) is None:
                return False
            continue
        people = True
    return people


def _mark_story(text: str, units: list[_Unit], out: list[tuple[str, str]], start: int) -> None:
    """From the first paragraph on: prose is body until furniture ends the story.

    A run of three or more short title-like lines (or a run reaching the end of the
    text) is a list of other headlines; after it, or after a copyright notice or
    "Related" links, only clear prose paragraphs are body again.
    """
    ended = False
    i = start
    while i < len(units):
        unit = units[i]
        if unit.kind == "furniture":
            ended = ended or unit.reason in _ENDINGS
        elif unit.kind == "prose":
            if ended and not _clearly_prose(unit):
                out[i] = ("furniture", "short text after the end of the story")
            else:
                out[i] = ("body", unit.reason if unit.reason in _LISTED else "prose paragraph")
                ended = False
        elif unit.kind == "title" and ended:
            out[i] = ("furniture", "short line after the end of the story")
        elif unit.kind == "title":
            stop = i
            while stop < len(units) and units[stop].kind == "title":
                stop += 1
            count = stop - i
            last = stop == len(units)
            if count >= 3 or (last and (count >= 2 or _title_case(text[unit.start : unit.end]))):
                out[i:stop] = [("furniture", _TITLE_RUN)] * count
                ended = True
                i = stop
                continue
            out[i] = ("body", "short line inside the story")
        i += 1


def _unglue(text: str, zones: list[Zone]) -> list[Zone]:
    """Split title-like furniture that runs on from the story's last sentence without a break.

    "...in the operation.Site Name Here" followed by furniture: the words after the
    full stop are furniture, though no newline separates them from the sentence.
    """
    out: list[Zone] = []
    for i, zone in enumerate(zones):
        following = zones[i + 1] if i + 1 < len(zones) else None
        cut = None
        if zone.kind == "body" and following is not None and following.kind == "furniture":
            for match in _GLUED.finditer(text, zone.start, zone.end):
                cut = match.end()
        if cut is not None and _glued_title(text[cut : zone.end]):
            out.append(attrs.evolve(zone, end=cut))
            out.append(Zone("furniture", cut, zone.end, "title-like text run onto the story's end"))
        else:
            out.append(zone)
    return out


def _glued_title(words: str) -> bool:
    return (
        len(words.split()) <= 12
        and not _ends_sentence(words)
        and re.search(r"[.!?]\s", words) is None
        and _title_case(words)
    )


def _title_case(line: str) -> bool:
    words = re.findall(r"[^\W\d_][\w'\u2019.\-]*", line)
    return bool(words) and all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(_CLOSERS + "*_")
    return bool(stripped) and stripped[-1] in _TERMINALS


def _is_prose(line: str) -> bool:
    words = len(line.split())
    return words >= 20 or (words >= 3 and _ends_sentence(line) and not _company_line(line))


# A company's legal form closing its name: "Quillfield Instruments Inc.", "Lane & Hill Co., Ltd."
_LEGAL_FORM = re.compile(
    r"(?:\b(?:Inc|Ltd|Corp|Co|Plc|PLC|Bhd|Pty|Cia)|\bL\.L\.C|\bS\.A|\bN\.V|\bB\.V|\bA\.G)\.\Z"
)


def _company_line(line: str) -> bool:
    """Whether a line is only a company's name whose legal form ends it with a full stop.

    "Quillfield Instruments Inc." on a release's first line is its issuer, not a sentence;
    "Shares of Quillfield Instruments Inc." (a lowercase word) and a line of more than ten
    words are read as usual.
    """
    line = _content(line)[1]
    return (
        len(line.split()) <= 10
        and _LEGAL_FORM.search(line) is not None
        and re.search(r"[:;|!?\"()\[\]]|\.\s+[A-Z][a-z]", line) is None
        and _title_case(line)
    )


# --- sentences ------------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?…]+[\"'”\u2019»)\]]*|\n[^\S\n]*\n")
# Abbreviations after which a capitalised word does not start a new sentence.
_ALWAYS_ABBREVIATED = _words(
    "mr mrs ms messrs dr prof gen sen rep gov lt col capt cmdr adm maj sgt rev hon pres supt"
    " det fr mt no nos vs v fig figs vol pp e.g i.e cf approx jan feb mar apr jun jul aug sep"
    " sept oct nov dec"
)
# Abbreviations that also end sentences: a sentence ends only if a typical starter follows.
_SOMETIMES_ABBREVIATED = _words(
    "inc corp co ltd llc plc jr sr bros st ave rd blvd dept univ assn etc al ft"
)
_STARTERS = _words(
    "the a an he she it they we i you his her its their our this that these those there here"
    " but and or so yet in on at for as if when while after before since although though"
    " however meanwhile according also still then now some many most all both each one two"
    " three what why how who where which no not more other another such"
)


# A page's own date stamp inside the text: "(Published Monday, Dec 28, 2015)", "Posted: ...",
# "UPDATED: ...", "UPDATE (...)", "Published on ...", "Posted by A Name on ...". The label is
# capitalised, as labels are ("the list was updated Monday" is prose), and only marks
# (colon, bracket, dash), "on" or "at" stand between it and the date.
_STAMP = re.compile(
    r"\b(?:Published|Posted|Updated|Created|Uploaded|Last[^\S\n]+updated"
    r"|PUBLISHED|POSTED|UPDATED?|CREATED|UPLOADED)"
    r"(?:[^\S\n]+by(?:[^\S\n]+[A-Z][\w.'\u2019-]*){1,4}[^\S\n]+on)?"
    r"(?:[^\S\n]|[:(\u2013\u2014-])*(?:(?<=\s)(?:on|at)[^\S\n]+)?\Z"
)
_STAMP_REACH = 100  # characters before a date that a stamp's label may start at


def is_stamp(text: str, start: int) -> bool:
    """Whether a date written at ``text[start:]`` is the page's stamp, not the story's.

    Pages leave their publication and update stamps in the text they print;
    the date in one says when the page was made, and nothing about the story.

    >>> text = "Two men were hurt. (Published Monday, Dec. 28, 2015)"
    >>> is_stamp(text, text.index("Monday")), is_stamp("Police said Monday it ended.", 12)
    (True, False)
    """
    return _STAMP.search(text, max(0, start - _STAMP_REACH), start) is not None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence offsets within ``text[start:end]``, trimmed of surrounding whitespace.

    A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (after any closing quotes or
    brackets) when whitespace and a word that is not lowercase follow, unless the full
    stop closes an abbreviation ("Mr.", "Jan.") or an initial ("John F. Kennedy"); after
    "U.S.", "Inc." or an initial it ends only before a typical first word ("The").
    A blank line always ends a sentence. The scan is linear in the text's length.

    >>> text = 'Mr. Smith paid $3.5 million to U.S. firms. "It is done." Then he left.'
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Mr. Smith paid $3.5 million to U.S. firms.', '"It is done."', 'Then he left.']
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, start)
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _BOUNDARY.finditer(text, start, end):
        if match.group()[0] == "\n":
            _add(spans, text, begin, match.start())
            begin = match.end()
        elif _ends_here(text, match, start, end):
            _add(spans, text, begin, match.end())
            begin = match.end()
    _add(spans, text, begin, end)
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    start, end = _trim(text, start, end)
    if start < end:
        spans.append((start, end))


def _ends_here(text: str, match: re.Match[str], lower: int, upper: int) -> bool:
    after = match.end()
    if after < upper and not text[after].isspace():
        return False  # "3.5", "U.S.-based", "example.com"
    following = after
    while following < upper and text[following].isspace():
        following += 1
    if following >= upper:
        return True
    word = following
    while word < min(upper, following + 3) and text[word] in _OPENERS:
        word += 1  # look past opening quotes: 'U.S. "contractors"' goes on
    if word >= upper:
        return True  # only opening quotes follow
    if text[word].islower():
        return False
    if match.group() != ".":
        return True  # "?", "!", an ellipsis, or a stop inside closing quotes
    token = _token_before(text, match.start(), lower)
    if token.lower() in _CLOCK_MARKS:
        return _ends_after_time(text, match.start() - len(token), word, upper)
    kind = _abbreviation(token)
    if kind == "always":
        return False
    if kind == "sometimes":
        return _starts_sentence(text, word, upper)
    return True


_CLOCK_MARKS = frozenset({"a.m", "p.m"})
# Words that go on after a time, as part of the time or its day: "9 a.m. Tuesday", "9 a.m.
# EST", "9 a.m. Central time", "9 a.m. Dec. 3", "9 a.m. Local time".
_AFTER_TIME = _words(
    "monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight yesterday"
    " january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec"
    " eastern central mountain pacific atlantic alaska hawaii local standard daylight"
    " et ct mt pt est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst cet cest"
)
# Words before a time that make it part of a noun phrase: "the 9 p.m. Council meeting".
_BEFORE_TIME = _words("a an the its his her their our your this that each every")
_CLOCK_NUMBER = re.compile(r"(?:[0-9]{1,2}(?:[:.][0-9]{2})?[^\S\n]*)\Z")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)['\u2019]?s?[^\S\n]*\Z")


def _ends_after_time(text: str, mark: int, word: int, upper: int) -> bool:
    """Whether "a.m." or "p.m." (starting at ``mark``) ends the sentence before ``word``.

    A time goes on into its day, its zone or its date ("at 9 a.m. Tuesday the council
    met", "9 a.m. EST Dec. 3"), and a time before a noun names it ("the 9 p.m. Harbor
    Council meeting"); any other capitalised word after it starts a new sentence ("crews
    left by 6 p.m. Officials said ..."). A digit after it does not ("9 a.m. 15 people").
    """
    if not text[word].isalpha():
        return not text[word].isdigit()
    stop = word
    while stop < upper and stop - word < 15 and text[stop].isalpha():
        stop += 1
    if text[word:stop].lower() in _AFTER_TIME:
        return False
    number = _CLOCK_NUMBER.search(text, max(0, mark - 12), mark)
    if number is not None:
        before = _WORD_BEFORE.search(text, max(0, number.start() - 30), number.start())
        if before is not None and before.group(1).lower() in _BEFORE_TIME:
            return False
        if _OPENING_TIME.fullmatch(_since_last_stop(text, number.start())):
            return False  # "At 4:50 p.m. Dunmere officers found ...": the time opens it
    return True


# A time phrase opening a sentence, up to its number: "At", "As of", "Shortly after",
# "Just before", "Around": the subject after the time is the sentence's own.
_OPENING_TIME = re.compile(
    r"(?:(?:Shortly|Just|Sometime|Until|Till|At|By|As|Around|About|Approximately|Roughly"
    r"|Before|After|Since|From|Then|Near|Starting|Beginning)(?:[^\S\n]+(?:of|at|after|before"
    r"|around|about|on|until|by|from|approximately|roughly|noon))*,?[^\S\n]+)"
)


def _since_last_stop(text: str, stop: int) -> str:
    """The words between the last sentence mark or line break before ``stop`` and it."""
    begin = max(0, stop - 40)
    window = text[begin:stop]
    marks = list(re.finditer(r"[.!?][\"'\u201d\u2019)\]]*[^\S\n]+|\n", window))
    if marks:
        return window[marks[-1].end() :]
    return window if begin == 0 else ""


def _token_before(text: str, stop: int, lower: int) -> str:
    begin = stop
    while (
        begin > lower
        and stop - begin < 20
        and (text[begin - 1].isalpha() or text[begin - 1] == ".")
    ):
        begin -= 1
    return text[begin:stop]


def _abbreviation(token: str) -> str | None:
    low = token.lower()
    if low in _ALWAYS_ABBREVIATED:
        return "always"
    if low in _SOMETIMES_ABBREVIATED or (len(token) == 1 and token.isupper()):
        return "sometimes"  # an initial, or a word like "Inc." that may end a sentence
    parts = low.split(".")
    if len(parts) > 1 and all(len(p) <= 1 for p in parts):
        return "sometimes"  # "U.S", "a.m", "D.C"
    return None


def _starts_sentence(text: str, start: int, upper: int) -> bool:
    if not text[start].isalpha():
        return not text[start].isdigit()
    stop = start
    while stop < upper and stop - start < 15 and text[stop].isalpha():
        stop += 1
    if stop - start == 1 and text[stop : stop + 1] == ".":
        return False  # another initial: "J. R. R. Tolkien"
    return text[start:stop].lower() in _STARTERS


# --- preparing a source ---------------------------------------------------------------------


# Not ``_COPYRIGHT``: that name is the furniture rule above, which this must not shadow.
_COPYRIGHT_HOLDER = re.compile(
    r"(?:Copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|[0-9]{1,3}(?![\w,.]?[0-9])|of|and|&))*)"
)  # a station's channel number is part of its name: "© 2026 Harbor 9 News."
_NOT_HOLDERS = frozenset({"all", "the", "this", "copyright"})


def _copyright_holder(text: str, zones: Iterable[Zone]) -> str | None:
    """The holder a page's copyright notice names: "Copyright 2026 Valley Tribune." -> the outlet.

    Only page furniture is read (a story that mentions a copyright names no outlet),
    the last notice first, as a page ends with its own.
    """
    for zone in reversed(list(zones)):
        if zone.kind != "furniture":
            continue
        for match in reversed(list(_COPYRIGHT_HOLDER.finditer(text, zone.start, zone.end))):
            name = match.group("name").strip()
            words = name.split()
            if words[0].casefold() not in _NOT_HOLDERS or (words[0] == "The" and len(words) > 1):
                return _OUTLET_BY_LOWER.get(name.lower(), name)  # "The Associated Press": AP
    return None


_COPYRIGHT_YEAR = re.compile(
    r"(?:copyright|©|\(c\))\s*(?:©\s*)?(?P<year>[0-9]{4})(?P<range>\s*[-–]\s*[0-9]{2,4})?",
    re.IGNORECASE,
)


def _dateline_year(text: str, zones: Iterable[Zone], month: int, day: int) -> int | None:
    """The year of a dateline that states none ("LONDON, May 4 (UPI) -"), if the page states it.

    A page's own stamp anywhere in it ("Last updated: May 5, 2026" at its foot) dates it
    first: the year that puts the dateline's day nearest the stamp. Else the years stated
    are those of the page's copyright notices in its furniture ("© 2026 Harbor News") and
    of full dates elsewhere in the text on the dateline's own month and day ("on May 4,
    2026"). A year is taken only when exactly one is stated; a range of years ("©
    2019-2026") or two different years leave the date unknown.
    """
    stamps: list[dt.date] = []
    years: set[int] = set()
    for match in _DATE.finditer(text):
        parts = _parse_date(match)
        if parts is None or parts[0] is None:
            continue
        if is_stamp(text, match.start()):
            stamps.extend(_full_dates((parts,)))
        if parts[1:] == (month, day):
            years.add(parts[0])
    if (nearest := _nearest((month, day), stamps)) is not None:
        return nearest.year
    for zone in zones:
        if zone.kind != "furniture":
            continue
        for match in _COPYRIGHT_YEAR.finditer(text, zone.start, zone.end):
            if match.group("range"):
                return None
            years.add(int(match.group("year")))
    return years.pop() if len(years) == 1 else None


# Head nouns of the names of publications and institutions (ordinary English words).
_MASTHEAD_NOUNS = _words(
    "administration agency association authority board bulletin bureau chronicle college"
    " commission committee company corporation council courier court daily department"
    " dispatch examiner foundation gazette government herald inquirer institute journal"
    " ledger ministry monitor network news observer office police post press record register"
    " review sentinel service star telegraph times tribune university"
    " guard patrol corps embassy parliament"
    " radio media broadcasting television tv weekly magazine"
)
# Plural nouns that end the names of towns ("Maple Falls", "Twin Oaks"): before a masthead's
# noun they are part of its place, not a headline's verb ("Storm Closes Town Library").
_PLACE_PLURALS = _words(
    "falls springs heights rapids oaks hills plains woods lakes pines meadows flats sands rocks"
    " forks shoals narrows cliffs palms gardens acres crossings ridges valleys bluffs groves"
    " glades fields mills banks harbors harbours isles islands keys landings shores villages"
    " towers twins cities counties parks"
)
_MASTHEAD_LINKS = frozenset({"of", "and", "the", "for", "&"})
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s)")  # "U.S. Forest Service"
_CHANNEL = re.compile(r"(?<=\S)\s+[0-9]{1,3}(?=\s+[A-Z])")  # a number between two words


def _masthead(text: str, zones: tuple[Zone, ...]) -> str | None:
    """The name on a page's first line, above its headline: "Harbor Courier", "Office of ...".

    Only a short Title Case first line with no sentence marks or digits, above the
    headline (page labels such as "FOR IMMEDIATE RELEASE" may stand between them),
    whose main noun names a publication or an institution (the last word, or the word
    before "of"), with no verb-like word before that noun ("Storm Closes Post Office"
    is a headline).
    """
    following = [z.kind for z in zones[1:] if z.kind not in ("header", "furniture")]
    # A page without a headline: its one title line stands right above a date line
    # ("Harbor Public Radio" over "Published: May 4, 2026"), and counts as a masthead
    # only when its last word names a publication.
    lone = (
        len(zones) > 1
        and zones[0].kind == "headline"
        and zones[1].kind == "header"
        and "headline" not in following
    )
    above = bool(zones) and zones[0].kind == "furniture" and following[:1] == ["headline"]
    if not above and not lone:
        return None
    name = _content(text[zones[0].start : zones[0].end].strip())[1]  # "# Harbor Courier"
    if lone and _outlet_name(name) is None:
        return None
    if _issuer(text, zones, name):
        return _with_unit(text, zones, name)
    words = name.split(",")[0].split()
    bare = _CHANNEL.sub(" ", _ABBREVIATION.sub("", name))  # "Harbor 9 News": a channel number
    if (
        not 2 <= len(name.split()) <= 10
        or re.search(r"[0-9:;|.!?\"()\[\]\n\u2013\u2014]", bare)
        or not _title_case(name)
    ):
        return None
    head = next(
        (
            i
            for i, word in enumerate(words)
            # "Harbor Courier-Journal": a hyphened name ends in its noun
            if word.lower().rsplit("-", 1)[-1] in _MASTHEAD_NOUNS
            and (i == len(words) - 1 or words[i + 1] == "of")
        ),
        None,
    )
    if head is None and [w.lower() for w in words[:2]] == ["the", "daily"] and len(words) > 2:
        head = len(words) - 1  # "The Daily Harbor"
    if head is None:
        return None
    for i, word in enumerate(words):
        low = word.lower()
        if low in _SMALL_WORDS and low not in _MASTHEAD_LINKS:
            return None  # "Fire at the Post Office", "Rules for Court": a headline's words
        after_of = i > 0 and words[i - 1] == "of"
        if (
            i < head
            and not after_of
            and low not in _MASTHEAD_NOUNS
            and low not in _PLACE_PLURALS  # "Harbor Falls Courier": a place, no verb
            and re.search(r"[^s]s$|ed$", low)
        ):
            return None  # "Storm Closes Ranger Office": a verb before the noun
    return _OUTLET_BY_LOWER.get(name.lower(), name)


# A release's label under the issuer's name: "NEWS RELEASE", "For Immediate Release: ...".
_RELEASE_MARK = re.compile(
    r"(?:news|press|media)\s+(?:release|advisory|statement)\b|for\s+(?:immediate\s+)?release\b",
    re.IGNORECASE,
)


def _issuer(text: str, zones: tuple[Zone, ...], name: str) -> bool:
    """Whether the first line names a release's issuer: a release label follows it.

    Above "NEWS RELEASE" or "FOR IMMEDIATE RELEASE" a short Title Case line is the
    organisation that issues it, whatever its head noun ("Harbor Nurses Local 12",
    "Lane & Hill LLP"); a line with sentence marks is not a name.
    """
    labels = itertools.takewhile(lambda z: z.kind in ("header", "furniture"), zones[1:])
    if not any(_RELEASE_MARK.match(_content(text[z.start : z.end])[1]) for z in labels):
        return False
    return (
        1 <= len(name.split()) <= 10
        and re.search(r"[:;|!?\"()\[\]\n\u2013\u2014]|\.\s", name) is None
        and _title_case(name)
        and _RELEASE_MARK.search(name) is None
    )


ISSUER_REASON = "the release's issuer (the name above its label)"
_VERB_LIKE = re.compile(r"[a-z][^s]s\Z|[a-z]ed\Z")  # "Closes", "Named": a headline's verbs


def _label_issuer(text: str, zones: tuple[Zone, ...]) -> str | None:
    """The name on a release's first line, right above its label, with no headline between.

    "Harbor Water Utility" over "PRESS RELEASE" (or "FOR IMMEDIATE RELEASE: May 4, 2026")
    over the dateline is the issuer, though the page has no other title line. As the only
    title line it could be a headline ("Storm Closes Schools" over "NEWS RELEASE"), so it
    counts only when it is a company's name ("Quillfield Instruments Inc."), when the text
    names it again below, or when it is four words at most with no verb-like word before
    its last ("Harbor Home Stores" is a name).
    """
    if not zones or zones[0].kind not in ("headline", "furniture"):
        return None
    name = text[zones[0].start : zones[0].end].strip()
    if not _issuer(text, zones, name):
        return None
    if zones[0].kind == "furniture":
        # a headline stands below it: _masthead's case, whatever its shape
        return _with_unit(text, zones, name)
    short = _LEGAL_FORM.sub("", name).rstrip(" ,")
    again = re.search(rf"(?<![\w&-]){re.escape(short)}(?![\w&-])", text[zones[0].end :])
    verbs = any(_VERB_LIKE.search(word) for word in name.split()[:-1])  # "... Stores" is a name
    if _company_line(name) or again or (len(name.split()) <= 4 and not verbs):
        return _with_unit(text, zones, name)
    return None


# A government by its jurisdiction ("CITY OF QUILLBY", "County of Lane"), and a unit of
# it on the line below ("DEPARTMENT OF PARKS", "Police Department", "Office of Elections").
_JURISDICTION = re.compile(
    r"(?i:city|county|town|village|township|borough|state|commonwealth|parish)[^\S\n]+"
    r"(?i:of)[^\S\n]+[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){0,3}"
)
_UNIT = re.compile(
    r"(?i:(?:department|office|bureau|division|agency|authority|commission|board)"
    r"(?:[^\S\n]+(?:of|for)[^\S\n]+.+)?"
    r"|.+[^\S\n]+(?:department|office|bureau|division|agency|authority|commission|board))"
)
# A government's press office speaks for the whole of it: "Office of Communications" under
# "CITY OF QUILLBY" is the city's voice, not a unit that issues in its own name.
_PRESS_OFFICE = re.compile(
    r"\b(?:communications?|public[^\S\n]+(?:affairs|information|relations)|media|press|news)\b",
    re.IGNORECASE,
)


def _with_unit(text: str, zones: tuple[Zone, ...], name: str) -> str:
    """A government issuer joined with its department printed on the line right below.

    "CITY OF QUILLBY" over "DEPARTMENT OF PARKS AND TRAILS" over the release label is
    the "City of Quillby Department of Parks and Trails": the department issues it. A
    press office below ("Office of Communications") leaves the government alone, and so
    does any other line, or a line after a blank one.
    """
    if _JURISDICTION.fullmatch(name) is None or len(zones) < 2:
        return name
    between = text[zones[0].end : zones[1].start]
    unit = text[zones[1].start : zones[1].end].strip()
    if (
        between.count("\n") != 1
        or between.strip()
        or not 1 <= len(unit.split()) <= 8
        or any(c.isdigit() or c in ",.:;|()" for c in unit)
        or not _title_case(unit)
        or _UNIT.fullmatch(unit) is None
        or _PRESS_OFFICE.search(unit)
    ):
        return name
    joined = f"{name} {unit}"
    if joined != joined.upper():
        return joined
    words = joined.split()
    return " ".join(
        w.lower() if i and w.lower() in _NAME_LINKS else w.capitalize() for i, w in enumerate(words)
    )


def _distributed(text: str, header_end: int, outlet: str) -> bool:
    """Whether the outlet was read from a release's dateline, a distributor's slash tag.

    "CHICAGO, Oct. 28, 2026 /PRNewswire/ --": the service that sent the release, which
    another organisation issued.
    """
    return any(m.group(1).strip() == outlet for m in _SLASH_TAG.finditer(text, 0, header_end))


def _note_distributor(text: str, zones: tuple[Zone, ...], outlet: str) -> tuple[Zone, ...]:
    """The dateline's header zone, its reason naming the distributor the outlet gave way to."""
    tag = f"/{outlet}/"
    return tuple(
        attrs.evolve(z, reason=f"{z.reason} (distributed by {outlet}; the issuer is the outlet)")
        if z.kind == "header" and tag in text[z.start : z.end]
        else z
        for z in zones
    )


_NOT_ISSUERS = _words("us me this our the author authors writer reporter series project story")
_NAME_LINKS = _words("of and for the &")


def _release_issuer(text: str, zones: tuple[Zone, ...]) -> str | None:
    """The organisation a release without a masthead or distributor comes from.

    A release closes with a description of its issuer, "About Harbor Water Utility"; the
    name there is the issuer when the headline or the first paragraph names it too (a page
    that ends "About the Author" names no outlet). Failing that, under a release label
    ("FOR IMMEDIATE RELEASE"), a name in capitals that opens both the headline and the
    first paragraph is the issuer: "Harbor Water Utility Statement on ..." over "Harbor
    Water Utility today said ...".
    """
    headline = next((z for z in zones if z.kind == "headline"), None)
    lead = next((z for z in zones if z.kind == "body"), None)
    if headline is None or lead is None:
        return None
    named = text[headline.start : headline.end] + "\n" + text[lead.start : lead.end]
    labelled = any(
        _RELEASE_MARK.match(_content(text[z.start : z.end])[1])
        for z in zones
        if z.end <= headline.start
    )
    for zone in zones:
        if zone.kind != "furniture" or zone.start < lead.start:
            continue
        name = _about_name(text[zone.start : zone.end])
        if name is None or (" " not in name and not labelled):
            continue  # "About Springdale" after a news story: one word needs a release label
        if re.search(rf"(?<![\w&-]){re.escape(name)}(?![\w&-])", named):
            return name
    if not labelled:
        return None
    name = _leading_name(text[lead.start : lead.end])
    title = text[headline.start : headline.end].split()
    if title[:1] == ["The"]:
        title = title[1:]
    if name is None or len(title) <= len(name.split()):
        return None
    return name if " ".join(title[: len(name.split())]).lower() == name.lower() else None


# A distributed release's closing credit: "SOURCE Harbor Water Utility".
_SOURCE_CREDIT = re.compile(r"SOURCE:?[^\S\n]+(?P<name>[A-Z][^\n]{1,80}?)[^\S\n]*")


def _source_credit(text: str, zones: tuple[Zone, ...]) -> str | None:
    """The issuer a release's closing "SOURCE <Name>" line credits, below its story.

    Only a furniture line after the first body paragraph counts, and only a short
    Title Case name without sentence marks ("SOURCE: police said ..." is no credit).
    """
    lead = next((z for z in zones if z.kind == "body"), None)
    if lead is None:
        return None
    for zone in zones:
        if zone.kind != "furniture" or zone.start < lead.end:
            continue
        match = _SOURCE_CREDIT.fullmatch(_content(text[zone.start : zone.end])[1])
        if match is None:
            continue
        name = match.group("name").rstrip(" .")
        if (
            len(name.split()) <= 10
            and _title_case(name)
            and re.search(r"[:;|!?\"()\[\]]|\.\s", name) is None
        ):
            return _OUTLET_BY_LOWER.get(name.lower(), name)
    return None


def _about_name(line: str) -> str | None:
    """The name an "About <Name>" heading of a release's closing section gives, or None."""
    line = _about_head(_content(line)[1])
    match = _BOILERPLATE_HEADING.match(line)
    if match is None or match.group("name") is None or not _boilerplate_heading(line):
        return None
    name = match.group("name").rstrip(" .,;")
    if not name or all(word.lower() in _NOT_ISSUERS for word in name.split()):
        return None
    return name


def _leading_name(paragraph: str) -> str | None:
    """The run of capitalised words that opens a paragraph, if it is two words or more."""
    words = paragraph.split()
    if words[:1] == ["The"]:
        words = words[1:]
    run: list[str] = []
    for i, word in enumerate(words):
        bare = word.rstrip(",")
        capitalised = bare[:1].isupper() and bare[:1].isalpha()
        linking = bare in _NAME_LINKS and i + 1 < len(words) and words[i + 1][:1].isupper()
        if not (capitalised or (run and linking)):
            break
        run.append(bare)
        if bare != word:
            break
    return " ".join(run) if len(run) >= 2 else None


def _as_spelled(text: str, name: str) -> str:
    """A name printed in capitals, as the page spells it elsewhere in mixed case.

    "HARBOR CITY WATER BOARD" above a release whose text says "the Harbor City Water
    Board" is "Harbor City Water Board"; a one-word name in capitals ("KXLC") stays.
    """
    if name != name.upper() or len(name.split()) < 2:
        return name
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
        spelled = match.group()
        if spelled != spelled.upper() and spelled[:1].isupper() and _title_case(spelled):
            return spelled  # "the star of the show" does not spell "THE STAR"
    return name


def _spelled_out(text: str, zones: tuple[Zone, ...], short: str) -> str | None:
    """The name a dateline's tag abbreviates, printed on a line of the header above the story.

    "By Jane Doe" over "Harbor News Service" over "HARBOR CITY (HNS) —": the outlet is
    the name printed in full. Only a short Title Case line without digits or sentence marks
    in the header or the page's furniture (never the headline: "Area Police Seek Driver"
    is no "(AP)"), before the first body zone, and only for a tag no known outlet's.
    """
    if short.lower() in _OUTLET_BY_LOWER:
        return None
    for zone in zones:
        if zone.kind == "body":
            return None
        if zone.kind not in ("header", "furniture"):
            continue
        for line in text[zone.start : zone.end].splitlines():
            name = line.strip()
            if not 2 <= len(name.split()) <= 8 or any(c.isdigit() or c in ".,:;!?" for c in name):
                continue
            if _title_case(name) and _abbreviates(short, name):
                return name
    return None


def _in_full(short: str, name: str | None, *, inside: bool) -> str | None:
    """The page's full name for an outlet its byline shortens, or None.

    "By Jane Doe | Courier" or "By Jane Doe, The Courier" under the masthead "The Harbor
    Valley Courier" names that paper by its last word: the masthead gives the name in
    full, and so does the page's copyright notice. Only a name with more words than the
    short one ("The" aside) counts: a masthead holding all its words in a row (``inside``:
    "Courier" in "Harbor County Courier & Times"), a copyright holder ending in them (a
    holder such as "KQRV Broadcasting LLC" is the owner, not the station "KQRV 7").
    """
    words = _name_words(short)
    if name is None or not words:
        return None
    full = _name_words(name)
    if len(full) <= len(words):
        return None
    starts = range(len(full) - len(words) + 1) if inside else [len(full) - len(words)]
    return name if any(full[i : i + len(words)] == words for i in starts) else None


# A newsroom's desks and sections, which a byline may print after the paper's short name
# ("By Kim Ode | Examiner Metro Desk", "Examiner Business | Staff", "EXAMINER SPORTS").
_SECTION_WORDS = _words(
    "desk staff bureau team newsroom sports metro business news politics opinion features"
    " city local state national world entertainment arts culture lifestyle health science"
    " education weather investigations"
)


_DESK_WORDS = _words("desk bureau newsroom")


def _desk_head(name: str) -> str | None:
    """The paper's short name before a desk or section a byline names, or None.

    "Examiner Metro Desk" -> "Examiner"; a name with no desk or section word at its end, or
    with nothing else ("Sports Desk"), has none. The head counts only when the page's
    masthead or copyright holder spells it out (:func:`_in_full`): a paper's section is
    not a paper.
    """
    words = name.split()
    while words and words[-1].strip(".,;:").lower() in _SECTION_WORDS:
        words.pop()
    return " ".join(words) if words and len(words) < len(name.split()) else None


def _name_words(name: str) -> list[str]:
    words = name.casefold().split()
    return words[1:] if words[:1] == ["the"] else words


RETRIEVED_AFTER_DAYS = 7
"""A given publication date this many days or more after the date the page's own header
states (``Created: 01/26/2015``, ``PARIS, March 3, 2015 (AFP) -``) is taken as the day the
page was retrieved, not published: the page's date is used and listed in ``detected``."""


def _retrieved(given: object, stated: dt.date | None) -> bool:
    """Whether a given publication date is, by the page's own stamp, when it was retrieved.

    A page stamped "Created: 01/26/2015" was written then; a date two years later that a
    caller gives (a crawl's date) would resolve its "Sunday" two years late. A given date
    a few days after the stamp (a syndicated copy, a time zone) is kept.
    """
    return (
        isinstance(given, dt.date)
        and stated is not None
        and (given - stated).days >= RETRIEVED_AFTER_DAYS
    )


def _issued_by(text: str, zones: tuple[Zone, ...]) -> str | None:
    """Who a page without a wire tag or byline comes from, or None.

    Its masthead, the name above a release label, its copyright holder, or the issuer of a
    release (its "About <Name>" section, its "SOURCE" credit).
    """
    return (
        _masthead(text, zones)
        or _label_issuer(text, zones)
        or _copyright_holder(text, zones)
        or _release_issuer(text, zones)
        or _source_credit(text, zones)
    )


DISTRIBUTED_BY = "distributed by "
"""Listed in :attr:`Source.detected`, followed by the service's name ("distributed by
PRNewswire"), when a release's dateline names a distribution service and the outlet is the
organisation that issued the release."""


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` ("HNS") is made of the initials of ``name`` ("Harbor News Service")."""
    if not short.isupper() or not 2 <= len(short) <= 5 or not short.isalpha():
        return False
    initials = iter(w[0] for w in name.split() if w[:1].isupper())
    return name[:1] == short[0] and all(letter in initials for letter in short)


def prepare(
    text: str,
    *,
    source_id: str,
    outlet: str | None = None,
    published: dt.date | str | None = None,
    place: str | None = None,
    url: str | None = None,
) -> Source:
    """Build a source from its text: metadata, zones, and body sentences.

    Metadata given here wins over what is detected; the fields that were detected
    rather than given are listed in :attr:`Source.detected`.

    >>> source = prepare("NEW YORK (AP) — Stocks rose. Bonds fell.", source_id="s1")
    >>> source.outlet, source.place, sorted(source.detected)
    ('AP', 'New York', ['outlet', 'place'])
    >>> [source.quote(span) for span in source.sentences]
    ['Stocks rose.', 'Bonds fell.']
    """
    return _prepare(
        text,
        source_id=source_id,
        layout=_Layout(),
        outlet=outlet,
        published=published,
        place=place,
        url=url,
    )


TABLE_REASON = "a table's row of figures"


def _tables_in_story(
    zones: tuple[Zone, ...], figures: tuple[tuple[int, int], ...]
) -> tuple[Zone, ...]:
    """The zones with a table's rows of figures as body: an agency's tally is its statement.

    A row ("Deaths: 9") is short and title-like, and a run of them reads as page
    furniture; a table of a label and a figure per row is what a release states. Only
    rows after the story starts: a table before it is a page's own.
    """
    starts = [z.start for z in zones if z.kind == "body"]
    if not starts:
        return zones
    return tuple(
        attrs.evolve(z, kind="body", reason=TABLE_REASON)
        if z.kind == "furniture"
        and z.start >= starts[0]
        and any(s <= z.start and z.end <= e for s, e in figures)
        else z
        for z in zones
    )


def _prepare(
    text: str,
    *,
    source_id: str,
    layout: _Layout,
    outlet: str | None,
    published: dt.date | str | None,
    place: str | None,
    url: str | None,
) -> Source:
    """:func:`prepare`, with what an HTML page's markup said about its lines."""
    if not isinstance(text, str):
        raise InvalidSourceError(
            f"the text of {source_id!r} must be a str, got {type(text).__name__}",
            source_id=source_id if isinstance(source_id, str) else None,
        )
    if not isinstance(source_id, str) or not source_id.strip():
        raise InvalidSourceError(f"a source id must be a non-empty str, got {source_id!r}")
    given = _given(source_id, outlet=outlet, published=published, place=place, url=url)
    meta = detect_metadata(text)
    if meta.published is None and layout.published is not None:
        meta = attrs.evolve(meta, published=layout.published, month_day=None)  # its <meta>
    if _retrieved(given.get("published"), meta.published):
        given.pop("published")  # the page's own date: the one its "Sunday" counts from
    zones = find_zones(text, meta.header_end, headlines=layout.headlines, captions=layout.captions)
    if layout.figures:
        zones = _tables_in_story(zones, layout.figures)
    found: dict[str, Any] = {"outlet": meta.outlet, "published": meta.published}
    found["place"] = meta.place
    if meta.published is None and meta.month_day is not None:
        year = _dateline_year(text, zones, *meta.month_day)
        with contextlib.suppress(ValueError):
            found["published"] = dt.date(year, *meta.month_day) if year else None
    notes: set[str] = set()
    if found["outlet"] is not None and _distributed(text, meta.header_end, found["outlet"]):
        # "CHICAGO, May 4, 2026 /PRNewswire/ --": the service only sent the release; the
        # organisation that issued it is the source of its claims, when the release names it.
        issuer = (
            _masthead(text, zones)
            or _label_issuer(text, zones)
            or _release_issuer(text, zones)
            or _source_credit(text, zones)
        )
        if issuer is not None and "outlet" not in given:
            zones = _note_distributor(text, zones, found["outlet"])
            notes.add(DISTRIBUTED_BY + found["outlet"])
            found["outlet"] = issuer
    if found["outlet"] is None:
        found["outlet"] = _issued_by(text, zones)
    elif _abbreviates(found["outlet"], masthead := _masthead(text, zones) or ""):
        found["outlet"] = masthead  # "(HNS)" in a dateline under "Harbor News Service"
    else:
        desk = _desk_head(found["outlet"])  # "Examiner Metro Desk": the Examiner's metro desk
        found["outlet"] = (
            _spelled_out(text, zones, found["outlet"])
            or _in_full(found["outlet"], _masthead(text, zones), inside=True)
            or _in_full(found["outlet"], _copyright_holder(text, zones), inside=False)
            or (desk and _in_full(desk, _masthead(text, zones), inside=True))
            or (desk and _in_full(desk, _copyright_holder(text, zones), inside=False))
            or found["outlet"]
        )
    if found["outlet"] is not None:
        found["outlet"] = _as_spelled(text, found["outlet"])
    if _label_issuer(text, zones) is not None:  # the name above "PRESS RELEASE": header
        zones = (attrs.evolve(zones[0], kind="header", reason=ISSUER_REASON), *zones[1:])
    detected = frozenset(n for n, v in found.items() if v is not None and n not in given) | notes
    sentences = [
        Span(source_id, s, e)
        for zone in zones
        if zone.kind in ("headline", "body")
        for s, e in split_sentences(text, zone.start, zone.end)
    ]
    return Source(
        id=source_id,
        text=text,
        **{**{name: found[name] for name in detected if name in found}, **given},
        detected=detected,
        zones=zones,
        sentences=sentences,
        _month_day=meta.month_day if found["published"] is None else None,
    )
