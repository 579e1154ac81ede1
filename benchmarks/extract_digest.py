"""A byte-identity guard for speed work: SHA-256 digests of what extraction returns.

A change that only makes extraction faster must leave every digest as it was. The script
reads:

- every article of the gvc-dev split (``external/gvc-dev/incidents.jsonl`` in the shared
  folder, read in place; syndicated copies included), twice: with its ``dct`` as the
  publication date, and as bare text (so the date, outlet and dateline are detected);
- the seeds (``seeds/``) and the hand-written stories (``benchmarks/written/``), read as files;
- the synthetic articles of ``benchmarks/corpus_gen.py`` (``--stories``, seed 0), as mappings.

It prints one digest per part, each over JSON with sorted keys:

- ``claims``: ``[c.to_dict() for c in reconcile.extract(source)]`` for every source (the guard);
- ``names``: the names ``extract_with_names`` found on the way;
- ``sources``: ``Source.to_dict()`` without the text (metadata, zones, sentences: reading);
- ``finders``: ``find_quantities`` and ``find_dates`` on each whole text (the raw finders,
  which ``extract`` calls per sentence).

Run::

    PYTHONPATH=. .venv/bin/python benchmarks/extract_digest.py [--shared PATH] [--stories 40]
        [--check FILE] [--write FILE]

``--write FILE`` saves the digests as JSON, ``--check FILE`` compares with saved ones and exits
1 on any difference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import reconcile
from reconcile.extract import extract_with_names
from reconcile.extract.dates import find_dates
from reconcile.extract.numbers import find_quantities

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

ROOT = Path(__file__).resolve().parents[1]
GVC = Path("external/gvc-dev/incidents.jsonl")


def sources(shared: Path, stories: int) -> Iterator[reconcile.Source]:
    """Every source the guard reads, in a fixed order."""
    with (shared / GVC).open(encoding="utf-8") as lines:
        for line in lines:
            for a in json.loads(line)["articles"]:
                if not a["text"]:
                    continue
                published = dt.date.fromisoformat(a["dct"]) if a["dct"] else None
                yield reconcile.Source.from_text(a["text"], id=a["id"], published=published)
                yield reconcile.Source.from_text(a["text"], id=a["id"] + "-bare")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield reconcile.Source.from_file(path)
    for path in sorted((ROOT / "benchmarks" / "written").glob("*/*.txt")):
        yield reconcile.Source.from_file(path, id=f"{path.parent.name}-{path.stem}")
    if stories:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from corpus_gen import generate

        for article, _story in generate(stories, 5, seed=0):
            yield from reconcile.read(article)


def _quantity_rows(text: str) -> list[Any]:
    return [[s, e, q.to_dict()] for s, e, q in find_quantities(text)]


def _date_rows(text: str, reference: dt.date | None) -> list[Any]:
    return [[s, e, d.to_dict()] for s, e, d in find_dates(text, reference=reference)]


def digests(shared: Path, stories: int) -> dict[str, Any]:
    """The digests, and how many sources and claims they cover."""
    hashes = {part: hashlib.sha256() for part in ("claims", "names", "sources", "finders")}
    count = claims_count = 0

    def put(part: str, value: object) -> None:
        hashes[part].update(json.dumps(value, sort_keys=True, ensure_ascii=False).encode())
        hashes[part].update(b"\n")

    for source in sources(shared, stories):
        count += 1
        claims, names = extract_with_names(source)
        claims_count += len(claims)
        put("claims", [source.id, [c.to_dict() for c in claims]])
        put("names", [source.id, [[s, e, ref.to_dict()] for s, e, ref in names]])
        meta = source.to_dict()
        del meta["text"]
        put("sources", meta)
        put(
            "finders",
            [
                source.id,
                _quantity_rows(source.text),
                _date_rows(source.text, source.published),
            ],
        )
    return {
        "sources_read": count,
        "claims_found": claims_count,
        **{part: h.hexdigest() for part, h in hashes.items()},
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=40, help="corpus_gen stories (default 40)")
    ap.add_argument("--write", type=Path, help="save the digests to this JSON file")
    ap.add_argument("--check", type=Path, help="compare with digests saved by --write")
    args = ap.parse_args(argv)
    found = digests(args.shared, args.stories)
    print(json.dumps(found, indent=2))
    if args.write:
        args.write.write_text(json.dumps(found, indent=2) + "\n", encoding="utf-8")
    if args.check:
        saved = json.loads(args.check.read_text(encoding="utf-8"))
        differ = sorted(k for k in saved if saved[k] != found.get(k))
        if differ:
            print(f"DIFFERENT: {', '.join(differ)}")
            return 1
        print("identical")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
