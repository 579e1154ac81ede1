"""One long article of many paragraphs and a short second source: does ``compare`` stay linear?

``linearity.py`` repeats a short story to 1 MB or 10 MB; this script builds one article of
N made-up paragraphs (each with its own counts, speeds, sums and dates) and a short note
that restates a few of them, and times, in CPU seconds of this process:

- ``extract``: ``reconcile.read`` and ``reconcile.extract`` of the long article alone;
- ``compare``: ``reconcile.compare([article, note])``, the whole pipeline (extraction included);
- ``rest``: compare minus extract (grouping, judging, origins, truth, the report).

Two shapes (all names and figures invented here):

- ``plain``: every paragraph "Inspectors found N culverts blocked in ward K on Friday, and
  roughly M drivers were rerouted ... Rain fell at R millimetres an hour.";
- ``mixed``: five kinds of paragraph (cars towed on a date, gusts and households without
  power, a sum spent and a percent, people hurt and killed, rain over days and homes
  flooded), each with a date from six years.

Run::

    PYTHONPATH=. .venv/bin/python benchmarks/long_article.py [--sizes 500 1000 2000 4000]
        [--shapes plain mixed]

Before branch lin30 ``rest`` about tripled each time the article doubled (docs/performance.md,
"One long article (branch lin30)").
"""

from __future__ import annotations

import argparse
import random
import resource
import sys

import reconcile

MONTHS = (
    "January February March April May June July August September October November December"
).split()

NOTE = (
    "Valley Ledger\nJune 9, 2025\n\nInspectors found 12 culverts blocked in ward 3 on Friday, "
    "and 40 cars were towed, the agency said. Gusts reached 90 km/h and 3 people were killed."
)


def article(paragraphs: int, shape: str, seed: int = 7) -> str:
    """The long article: a header, a headline and ``paragraphs`` paragraphs of ``shape``."""
    rng = random.Random(seed)
    body = []
    for i in range(paragraphs):
        if shape == "plain":
            body.append(
                f"Inspectors found {rng.randint(3, 700)} culverts blocked in ward {i} on Friday, "
                f"and roughly {rng.randint(20, 8000)} drivers were rerouted, the roads agency "
                f"said. Rain fell at {rng.randint(5, 90)} millimetres an hour."
            )
            continue
        kind = rng.randrange(5)
        day = f"{MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}, {rng.randint(2019, 2024)}"
        body.append(
            [
                (
                    f"On {day}, crews towed {rng.randint(2, 400)} cars from Elm Street in ward {i}, "
                    "the city said."
                ),
                (
                    f"Gusts reached {rng.randint(30, 160)} km/h at the Dunmore gauge on {day}, and "
                    f"{rng.randint(100, 90000)} households lost power."
                ),
                (
                    f"The county spent ${rng.randint(1, 90)}.{rng.randint(1, 9)} million on repairs "
                    f"in ward {i}, about {rng.randint(5, 60)} percent more than planned, officials "
                    "said."
                ),
                (
                    f"At least {rng.randint(1, 30)} people were injured and {rng.randint(0, 9)} were "
                    f"killed when a roof fell in ward {i} on {day}, police said."
                ),
                (
                    f"Ward {i} recorded {rng.randint(10, 300)} millimetres of rain over "
                    f"{rng.randint(2, 12)} days, and {rng.randint(3, 900)} homes were flooded."
                ),
            ][kind]
        )
    return "Valley Ledger\nJune 9, 2025\n\nFlood tally grows\n\n" + "\n\n".join(body)


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    parser.add_argument("--shapes", nargs="+", default=["plain", "mixed"])
    args = parser.parse_args(argv)
    print("| shape | paragraphs | KB | claims | facts | extract s | compare s | rest s |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for shape in args.shapes:
        for size in args.sizes:
            text = article(size, shape)
            start = cpu()
            claims = reconcile.extract(reconcile.read({"text": text, "id": "long"})[0])
            middle = cpu()
            report = reconcile.compare([{"text": text, "id": "long"}, {"text": NOTE, "id": "note"}])
            end = cpu()
            print(
                f"| {shape} | {size:,} | {len(text) // 1000} | {len(claims):,} | "
                f"{len(report.facts):,} | {middle - start:.2f} | {end - middle:.2f} | "
                f"{end - middle - (middle - start):.2f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
