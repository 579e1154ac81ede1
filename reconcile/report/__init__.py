"""Renderings of a :class:`~reconcile.model.Report`: text for a terminal, Markdown, JSON.

The renderers only format what the report holds; they compute no facts.
"""

from __future__ import annotations

__all__: list[str] = []
