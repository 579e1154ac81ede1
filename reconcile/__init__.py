"""reconcile: what several accounts of one story agree and disagree on, claim by claim."""

from reconcile._version import __version__
from reconcile.errors import (
    InvalidSourceError,
    InvalidSpanError,
    InvalidValueError,
    ReconcileError,
    ReportFormatError,
    SettingsError,
)
from reconcile.model import (
    Claim,
    DateRange,
    EntityRef,
    Fact,
    Link,
    Quantity,
    Report,
    Source,
    Span,
    Verdict,
    Zone,
)
from reconcile.settings import Settings

__all__ = [
    "Claim",
    "DateRange",
    "EntityRef",
    "Fact",
    "InvalidSourceError",
    "InvalidSpanError",
    "InvalidValueError",
    "Link",
    "Quantity",
    "ReconcileError",
    "Report",
    "ReportFormatError",
    "Settings",
    "SettingsError",
    "Source",
    "Span",
    "Verdict",
    "Zone",
    "__version__",
]
