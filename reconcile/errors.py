"""The errors reconcile raises.

Every error is a :class:`ReconcileError`; each subclass is also the built-in
exception that fits it, so callers who only know Python's own hierarchy still
catch it::

    ReconcileError
     ├── InvalidSourceError(ValueError)   a source cannot be read or makes no sense
     ├── InvalidSpanError(ValueError)     offsets that do not lie inside their text
     ├── InvalidValueError(ValueError)    a quantity, date range or name that is impossible
     ├── ReportFormatError(ValueError)    JSON that is not a reconcile report
     └── SettingsError(ValueError)        a setting of the wrong type or out of range

Messages say what was expected, what came, and what to do; the source they
concern is attached as ``exc.source_id`` where there is one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = [
    "InvalidSourceError",
    "InvalidSpanError",
    "InvalidValueError",
    "ReconcileError",
    "ReportFormatError",
    "SettingsError",
]


class ReconcileError(Exception):
    """The root of every error reconcile raises on purpose."""

    def __init__(self, message: str, *, source_id: str | None = None) -> None:
        """Keep the message and, when known, the id of the source it concerns."""
        super().__init__(message)
        self.source_id = source_id


class InvalidSourceError(ReconcileError, ValueError):
    """A source that cannot be read: missing, binary, empty, badly encoded, or a duplicate id."""


class InvalidSpanError(ReconcileError, ValueError):
    """Character offsets that do not lie inside their text, or whose words differ from it."""


class InvalidValueError(ReconcileError, ValueError):
    """An impossible value: a quantity whose low exceeds its high, or a backwards date range."""


class ReportFormatError(ReconcileError, ValueError):
    """Data that does not follow the report contract (docs/report-format.md)."""


class SettingsError(ReconcileError, ValueError):
    """A setting of the wrong type or outside its allowed range."""


def caller_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside reconcile: the user's call.

    A warning names the line that called reconcile (``reconcile.read(folder)``,
    ``reconcile.compare_corpus(folder)``, ``reconcile.compare_records(rows, hierarchy=...)``),
    however deep inside the package it was raised.
    """
    package = str(Path(__file__).parent) + os.sep
    frame = sys._getframe(1)  # noqa: SLF001 - the one way to walk the callers' frames
    level = 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(package):
        frame = frame.f_back
        level += 1
    return level
