"""Renderings of a :class:`~reconcile.model.Report`: text, Markdown, HTML; JSON is the model's.

The renderers only format what the report holds; they compute no facts. Call them
through the report: :meth:`~reconcile.model.Report.to_text`, ``to_markdown()``,
``to_html()``, ``to_json()``. :func:`select` narrows a report to some verdicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from reconcile.errors import InvalidValueError
from reconcile.model import Report, VerdictKind

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["select"]


def select(report: Report, verdicts: Iterable[str]) -> Report:
    """The same report holding only the facts whose verdict is one of ``verdicts``.

    Every source is kept (a source stays part of what was read even when none of its
    facts is selected), so the result is a valid report that renders and serialises
    like any other; its summary counts what it holds.

    Args:
        report: the report to narrow.
        verdicts: any of ``"conflict"``, ``"agree"``, ``"single"``.

    Returns:
        A new report; ``report`` is unchanged.

    Raises:
        InvalidValueError: for a verdict that is not one of the three.

    >>> import reconcile
    >>> report = reconcile.compare(["Four people died.", "Six people died.", "It rained 3 days."])
    >>> [f.verdict.kind for f in select(report, ["conflict"]).facts]
    ['conflict']
    """
    wanted = frozenset(verdicts)
    known = frozenset(get_args(VerdictKind))
    if not wanted <= known:
        raise InvalidValueError(
            f"unknown verdicts {sorted(wanted - known)}; choose from {sorted(known)}"
        )
    return Report(
        report.sources,
        [f for f in report.facts if f.verdict.kind in wanted],
        story=report.story,
        whole=report.whole or report,
    )
