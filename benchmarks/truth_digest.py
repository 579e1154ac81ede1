"""SHA-256 digests of records reports and truth estimates: a byte-identity check for speed work.

For every data set of benchmarks/truth_discovery.py (Flights, Population, Book-Author,
BirthPlaces and Heritages with and without their hierarchy, the two synthetic sets) and
200,000 claims of benchmarks/truth_scale.py, each with and without copy detection, and
with ``--big`` the million claims too: the digest of ``report.to_json()`` and of its
estimates and reliabilities. For Flights, Synthetic 10, BirthPlaces with its hierarchy and
the 200,000 claims also ``write_json``, ``to_json(indent=None)``, the judged report,
``estimate()`` on it (with the dependent pairs and the rounds), ``apply_estimates``, every
claim's ``to_dict``, and whether ``Report.from_json`` gives back an equal report; for Flights
its text, Markdown and HTML reports. 75 entries with ``--big``.

Run each commit from its own ``git archive`` (the script imports the package beside it):

    .venv/bin/python benchmarks/truth_digest.py --write before.json --big   # at the old commit
    .venv/bin/python benchmarks/truth_digest.py --check before.json --big   # at the new one
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "benchmarks"))

import truth_discovery as td  # noqa: E402
import truth_scale  # noqa: E402

import reconcile  # noqa: E402
from reconcile.truth import TruthResult, TruthSettings, apply_estimates, estimate  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _estimates(report: reconcile.Report) -> str:
    data = {
        "estimates": {
            f.id: None if f.estimate is None else f.estimate.to_dict() for f in report.facts
        },
        "reliability": {s.id: s.reliability for s in report.sources},
    }
    return _sha(json.dumps(data, sort_keys=True))


def _result(result: TruthResult) -> str:
    data = {
        "estimates": {k: v.to_dict() for k, v in sorted(result.estimates.items())},
        "reliability": dict(sorted(result.reliability.items())),
        "dependence": [[a, b, q] for (a, b), q in sorted(result.dependence.items())],
        "iterations": result.iterations,
    }
    return _sha(json.dumps(data, sort_keys=True))


def _record(found: dict[str, str], name: str, rows: list[Any], *, extra: bool, **kw: Any) -> None:
    started = time.process_time()
    report = reconcile.compare_records(list(rows), **kw)
    found[name + " json"] = _sha(report.to_json())
    found[name + " estimates"] = _estimates(report)
    if extra:
        buffer = io.StringIO()
        report.write_json(buffer)
        found[name + " write_json"] = _sha(buffer.getvalue())
        found[name + " json indent=None"] = _sha(report.to_json(indent=None))
        judging = {k: v for k, v in kw.items() if k != "truth"}
        judged = reconcile.compare_records(list(rows), estimate=False, **judging)
        found[name + " judged json"] = _sha(judged.to_json())
        settings = kw.get("truth")
        result = estimate(judged.facts, [s.id for s in judged.sources], settings)
        found[name + " estimate()"] = _result(result)
        found[name + " apply_estimates"] = _sha(apply_estimates(judged, settings).to_json())
        found[name + " claims"] = _sha(repr([c.to_dict() for c in report.claims]))
        same = reconcile.Report.from_json(report.to_json()) == report
        found[name + " eq roundtrip"] = str(same)
    print(f"{name}: {time.process_time() - started:.1f} s", file=sys.stderr, flush=True)


def digests(data: Path, *, big: bool) -> dict[str, str]:
    """Every digest, by name."""
    found: dict[str, str] = {}
    nocopy = TruthSettings(detect_copying=False)
    sets: dict[str, Callable[[], tuple[Any, Any]]] = {
        "Flights": lambda: td.flights(data),
        "Population": lambda: td.population(data),
        "Book-Author": lambda: td.books(data),
        "BirthPlaces": lambda: td.hierarchy(data, "birthplaces"),
        "Heritages": lambda: td.hierarchy(data, "heritages"),
        "Synthetic 0": lambda: td.synthetic(copiers=0),
        "Synthetic 10": lambda: td.synthetic(copiers=10),
    }
    for name, load in sets.items():
        rows, _ = load()
        _record(found, name, rows, extra=name in ("Flights", "Synthetic 10"))
        _record(found, name + " nocopy", rows, extra=False, truth=nocopy)
        if name in ("BirthPlaces", "Heritages"):
            pairs = td.places(data, name.lower())
            _record(found, name + " hierarchy", rows, extra=name == "BirthPlaces", hierarchy=pairs)
            _record(
                found, name + " hierarchy nocopy", rows, extra=False, hierarchy=pairs, truth=nocopy
            )
        if name == "Flights":
            report = reconcile.compare_records(rows)
            found["Flights text"] = _sha(report.to_text())
            found["Flights markdown"] = _sha(report.to_markdown())
            found["Flights html"] = _sha(report.to_html())
    rows, _ = truth_scale.records(20_000)
    _record(found, "scale 200k", rows, extra=True)
    _record(found, "scale 200k nocopy", rows, extra=False, truth=nocopy)
    del rows
    if big:
        rows, _ = truth_scale.records(100_000)
        _record(found, "scale 1M", rows, extra=False)
        _record(found, "scale 1M nocopy", rows, extra=False, truth=nocopy)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=td.DATA)
    parser.add_argument("--big", action="store_true", help="the million claims too")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--write", type=Path, help="write the digests to this JSON file")
    what.add_argument("--check", type=Path, help="compare with the digests in this JSON file")
    args = parser.parse_args()
    print(f"reconcile from {Path(reconcile.__file__).parent}", file=sys.stderr)
    found = digests(args.data, big=args.big)
    if args.write:
        args.write.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
        print(f"{len(found)} digests written to {args.write}")
        return
    expected = json.loads(args.check.read_text())
    differ = sorted(k for k in found if expected.get(k) != found[k])
    if differ:
        print(f"{len(differ)} of {len(found)} differ: {', '.join(differ)}")
        sys.exit(1)
    left = len(expected.keys() - found.keys())
    print(f"identical: {len(found)} digests" + (f" ({left} not computed)" if left else ""))


if __name__ == "__main__":
    main()
