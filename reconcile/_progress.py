"""A one-line progress bar for long runs, drawn on a terminal's stderr and nowhere else."""

from __future__ import annotations

import time
from typing import TextIO

_EVERY = 0.1  # seconds between redraws: drawing every step of a fast stage costs more than it


class Progress:
    """A bar redrawn in place with a carriage return; silent when not ``on``.

    With a known total it draws ``[####----] done/total what``; without one (a
    generator of unknown length) just ``done what``. A single step is too quick to be
    worth a bar.
    """

    WIDTH = 24

    def __init__(self, stream: TextIO, *, on: bool) -> None:
        """Draw on ``stream`` when ``on``."""
        self.stream = stream
        self.wanted = on
        self.on = False
        self.total: int | None = 0
        self.drawn = False
        self.last = 0.0

    def start(self, total: int | None) -> None:
        """Expect ``total`` steps (None: not known)."""
        self.total = total
        self.on = self.wanted and (total is None or total > 1)

    def show(self, done: int, what: str) -> None:
        """Redraw: ``done`` steps finished, ``what`` is under way."""
        if not self.on:
            return
        now = time.monotonic()
        if self.drawn and now - self.last < _EVERY and done != self.total:
            return
        self.last = now
        name = what if len(what) <= 40 else "…" + what[-39:]
        if self.total is None:
            line = f"{done} {name}"
        else:
            filled = self.WIDTH * done // max(1, self.total)
            line = f"[{'#' * filled}{'-' * (self.WIDTH - filled)}] {done}/{self.total} {name}"
        self.stream.write(f"\r\033[Kreconcile: {line}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        """Erase the bar, so what is written next starts on a clean line."""
        if self.drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.drawn = False
