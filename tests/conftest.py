"""Settings shared by every test module."""

from hypothesis import settings

# No deadline on any property test: a deadline is a timing assertion, and timings are measured
# in benchmarks/, not asserted. Under load (CI on a shared machine) a slow example would fail a
# test that checks only what the code returns.
settings.register_profile("reconcile", deadline=None)
settings.load_profile("reconcile")
