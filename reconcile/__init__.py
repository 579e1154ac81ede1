"""reconcile: what several accounts of one story agree and disagree on, claim by claim.

>>> import reconcile
>>> report = reconcile.compare([
...     "Police said four people were hurt on Monday.",
...     "Six people were hurt, police said.",
... ])
>>> [fact.verdict.kind for fact in report.conflicts]
['conflict']
"""

from reconcile import report  # reconcile.report.select(...) after a plain "import reconcile"
from reconcile._version import __version__
from reconcile.errors import (
    InvalidSourceError,
    InvalidSpanError,
    InvalidValueError,
    ReconcileError,
    ReportFormatError,
    SettingsError,
)
from reconcile.extract import extract
from reconcile.ingest import SkippedFilesWarning, iter_read, read
from reconcile.model import (
    Claim,
    DateRange,
    EntityRef,
    Estimate,
    Fact,
    Link,
    Quantity,
    Report,
    Source,
    Span,
    Story,
    StoryLink,
    Support,
    Verdict,
    Zone,
)
from reconcile.reconciler import Reconciler, compare, compare_corpus
from reconcile.records import compare_records, read_records
from reconcile.settings import Settings
from reconcile.story import stories

__all__ = [
    "Claim",
    "DateRange",
    "EntityRef",
    "Estimate",
    "Fact",
    "InvalidSourceError",
    "InvalidSpanError",
    "InvalidValueError",
    "Link",
    "Quantity",
    "ReconcileError",
    "Reconciler",
    "Report",
    "ReportFormatError",
    "Settings",
    "SettingsError",
    "SkippedFilesWarning",
    "Source",
    "Span",
    "Story",
    "StoryLink",
    "Support",
    "Verdict",
    "Zone",
    "__version__",
    "compare",
    "compare_corpus",
    "compare_records",
    "extract",
    "iter_read",
    "read",
    "read_records",
    "report",
    "stories",
]
