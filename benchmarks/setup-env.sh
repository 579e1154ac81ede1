#!/usr/bin/env bash
# Create benchmarks/.env: reconcile (editable) plus the peers the throughput benchmark
# compares it with. quantulum3 and dateparser are benchmark-only: they are never
# dependencies of reconcile. quantulum3's "classifier" extra (scikit-learn, scipy, numpy,
# joblib, stemming, wikipedia) is what its README recommends to disambiguate units; without
# it quantulum3 warns at import and skips that step. quantulum3 0.10.0 ships its classifier
# (quantulum3/_lang/en_US/clf.joblib) pickled with scikit-learn 1.8.0; scikit-learn 1.9 cannot
# unpickle it (ModuleNotFoundError: No module named '_loss'), so scikit-learn is pinned.
#
# Run from anywhere:  bash benchmarks/setup-env.sh
# Then:              benchmarks/.env/bin/python benchmarks/throughput.py
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv benchmarks/.env
benchmarks/.env/bin/pip install --quiet -e . "quantulum3[classifier]" "scikit-learn==1.8.0" dateparser
benchmarks/.env/bin/python -c "import quantulum3.parser, dateparser.search, reconcile; print('benchmarks/.env ready')"
