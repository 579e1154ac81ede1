"""A byte-identity guard for speed work on the whole pipeline: digests of ``compare(...).to_json()``.

``extract_digest.py`` guards extraction only; a change to grouping, judging, truth or report
building must also leave every report as it was. This script runs ``reconcile.compare`` on:

- every hand-written story (``benchmarks/written/NAME``, read as a folder);
- the seeds (``seeds/``, one folder, as ``python -m reconcile seeds/`` reads it);
- each of the 150 gvc-dev incidents (``external/gvc-dev/incidents.jsonl`` in the shared folder,
  read in place), its articles as mappings, as ``benchmarks/gvc_eval.py`` passes them;

and prints one SHA-256 digest of each report's ``to_json()``.

Run::

    PYTHONPATH=. .venv/bin/python benchmarks/compare_digest.py [--shared PATH]
        [--write FILE] [--check FILE] [--dump DIR]

``--write FILE`` saves the digests as JSON, ``--check FILE`` compares with saved ones, names
every report that changed and exits 1 on any difference. ``--dump DIR`` also writes each
report's JSON to ``DIR/NAME.json`` (to diff two runs when a digest changes).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import reconcile

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parents[1]
GVC = Path("external/gvc-dev/incidents.jsonl")


def reports(shared: Path) -> Iterator[tuple[str, str]]:
    """(name, report JSON) for every input, in a fixed order."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from written_stories import HERE, STORIES

    for name in STORIES:
        yield f"written/{name}", reconcile.compare(HERE / name).to_json()
    yield "seeds", reconcile.compare(ROOT / "seeds").to_json()
    with (shared / GVC).open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            row = json.loads(line)
            mappings = [
                {"text": a["text"], "id": a["id"], "published": a["dct"]} for a in row["articles"]
            ]
            yield f"gvc/{row['incident_id']}", reconcile.compare(mappings).to_json()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--write", type=Path, help="save the digests to this JSON file")
    parser.add_argument("--check", type=Path, help="compare with digests saved by --write")
    parser.add_argument("--dump", type=Path, help="also write each report's JSON here")
    args = parser.parse_args(argv)
    digests: dict[str, str] = {}
    for name, text in reports(args.shared):
        digests[name] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if args.dump is not None:
            path = args.dump / f"{name}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    total = hashlib.sha256(json.dumps(digests, sort_keys=True).encode("utf-8")).hexdigest()
    print(f"{len(digests)} reports, digest of all: {total}")
    if args.write is not None:
        args.write.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")
    if args.check is not None:
        saved: dict[str, str] = json.loads(args.check.read_text())
        changed = sorted(k for k in saved.keys() | digests.keys() if saved.get(k) != digests.get(k))
        for name in changed:
            print(f"changed: {name}")
        print(f"{len(changed)} of {len(digests)} reports changed")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
