"""A one-line progress display for long runs, drawn on a terminal and nowhere else."""

from __future__ import annotations

import time
from typing import TextIO

_EVERY = 0.2  # seconds between redraws: drawing each step would cost more than the step


class Progress:
    """Counts steps of named stages and redraws one line in place, at most 5 times a second.

    When ``enabled`` is false nothing is written, so callers need no test of their own.
    """

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        """Draw on ``stream`` when ``enabled``."""
        self._stream = stream
        self._enabled = enabled
        self._name = ""
        self._total: int | None = None
        self._count = 0
        self._drawn = 0.0
        self._started = time.monotonic()

    def stage(self, name: str, total: int | None) -> None:
        """Start counting a new stage, with its number of steps when known."""
        self._name, self._total, self._count = name, total, 0
        self._started = time.monotonic()
        self._draw(force=True)

    def step(self) -> None:
        """One step done."""
        self._count += 1
        self._draw(force=False)

    def done(self) -> None:
        """Finish the line."""
        if self._enabled:
            self._draw(force=True)
            self._stream.write("\n")
            self._stream.flush()

    def _draw(self, *, force: bool) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < _EVERY:
            return
        self._drawn = now
        rate = self._count / max(now - self._started, 1e-9)
        of = f"/{self._total}" if self._total is not None else ""
        line = f"reconcile: {self._name} {self._count}{of} ({rate:.0f}/s)"
        self._stream.write("\r" + line.ljust(60))
        self._stream.flush()
