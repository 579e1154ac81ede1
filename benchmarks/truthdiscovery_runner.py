"""Run the algorithms of the GPL ``truthdiscovery`` package on triples read from stdin.

This script runs inside its own venv (``benchmarks/.env/truthdiscovery``, made by
``benchmarks/setup-truthdiscovery.sh``), never reconcile's: truthdiscovery 1.0.4 pins
``attrs==22.2.0`` while reconcile needs ``attrs>=23.1``, and it is GPL, so it is never a
dependency. It imports nothing from reconcile.

Input (stdin): JSON ``[[source, variable, value], ...]`` with string values.
Output (stdout): JSON ``{algorithm: {variable: value}}``, the most believed value of each
variable (ties to the smallest value, so runs are repeatable).
"""

from __future__ import annotations

import json
import sys


def main() -> None:
    from truthdiscovery import (
        AverageLog,
        Dataset,
        Investment,
        MajorityVoting,
        PooledInvestment,
        Sums,
        TruthFinder,
    )

    triples = [tuple(t) for t in json.load(sys.stdin)]
    dataset = Dataset(triples)
    out = {}
    for algorithm in (
        MajorityVoting(),
        Sums(),
        AverageLog(),
        Investment(),
        PooledInvestment(),
        TruthFinder(),
    ):
        result = algorithm.run(dataset)
        out[type(algorithm).__name__] = {
            var: min(beliefs, key=lambda v, b=beliefs: (-b[v], v))
            for var, beliefs in result.belief.items()
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
