#!/usr/bin/env bash
# Create benchmarks/.env/truthdiscovery: the GPL truthdiscovery package (1.0.4), alone.
# It is benchmark-only, never a dependency of reconcile, and it lives in a venv of its own
# because it pins exact versions of everything it touches (attrs==22.2.0, numpy==1.24.2,
# pycairo==1.23.0, ...) and reconcile needs attrs>=23.1. pycairo builds from source, so the
# Debian packages libcairo2-dev and pkg-config must be present (apt-get install -y
# libcairo2-dev pkg-config). benchmarks/truth_discovery.py calls this venv's python on
# benchmarks/truthdiscovery_runner.py through a pipe.
#
# Run from anywhere:  bash benchmarks/setup-truthdiscovery.sh
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv benchmarks/.env/truthdiscovery
benchmarks/.env/truthdiscovery/bin/pip install --quiet "truthdiscovery==1.0.4"
benchmarks/.env/truthdiscovery/bin/python -c "import truthdiscovery; print('benchmarks/.env/truthdiscovery ready')"
