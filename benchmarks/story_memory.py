"""Time and memory of finding stories alone (``reconcile.story.cluster``) on a synthetic pile.

Extraction dominates corpus mode's time but not its memory: finding the stories needs every
article's signature at once, and the pair scores average linkage sums. This measures that
step apart. The signatures of a ``benchmarks/corpus_gen.py`` corpus are made once and kept
in ``--cache`` (extraction takes about 20 ms an article here), so two versions of the
clustering code can be compared on the same signatures: check out the other version of
``reconcile/story.py`` and run again with the same cache.

``cluster()`` runs in a child process; it prints the resident memory before and the peak
after (``ru_maxrss``), the seconds, the stories and their B-cubed figures against the
generator's truth, and a digest of the stories and links (equal digests, equal results).

Run: ``python benchmarks/story_memory.py --stories 3000 [--outlets 10] [--seed 1]
[--cache /tmp/story-signatures-3000.pickle]``.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import resource
import subprocess
import sys
import time
from pathlib import Path

import _machine
import corpus_gen
from story_clustering import bcubed

from reconcile.ingest import read
from reconcile.settings import Settings
from reconcile.story import cluster, read_one


def _resident_mib() -> float:
    for line in Path("/proc/self/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def make_cache(path: Path, stories: int, outlets: int, seed: int) -> None:
    settings = Settings()
    signatures, truth = [], {}
    for article, story in corpus_gen.generate(stories, outlets, seed):
        (source,) = read(article)
        signatures.append(read_one(source, settings)[1])
        truth[source.id] = story
    with path.open("wb") as handle:
        pickle.dump((signatures, truth), handle, protocol=pickle.HIGHEST_PROTOCOL)


def child(path: Path) -> None:
    with path.open("rb") as handle:
        signatures, truth = pickle.load(handle)  # our own cache
    before = _resident_mib()
    started = time.perf_counter()
    found = cluster(signatures, Settings())
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    digest = hashlib.sha256()
    for story in found:
        digest.update(repr((story.id, story.sources, story.links)).encode())
    p, r, f = bcubed({s: story.id for story in found for s in story.sources}, truth)
    print(
        f"| {len(signatures):,} | {seconds:.1f} | {before:.0f} | {peak:.0f} | {peak - before:.0f}"
        f" | {len(found):,} | {p:.3f} / {r:.3f} / {f:.3f} | {digest.hexdigest()[:16]} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=3000)
    parser.add_argument("--outlets", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    cache = args.cache or Path(f"/tmp/story-signatures-{args.stories}-{args.seed}.pickle")
    if not cache.exists():
        print(f"making signatures into {cache} …", file=sys.stderr)
        make_cache(cache, args.stories, args.outlets, args.seed)
    print(_machine.describe())
    print(
        "\n| articles | seconds | MiB before | MiB peak | growth | stories | B-cubed P / R / F1"
        " | digest |\n| ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    )
    done = subprocess.run([sys.executable, __file__, "--child", str(cache)], check=False, text=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
