"""Settings: the thresholds and windows every stage reads, as data that round-trips through JSON."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from reconcile.errors import SettingsError

__all__ = ["Settings", "checked_settings", "settings_from_dict"]

_T = TypeVar("_T", bound=attrs.AttrsInstance)


def _score(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 100:
        raise SettingsError(f"{attribute.name} must be a score in [0, 100], got {value!r}")


def _fraction(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise SettingsError(f"{attribute.name} must be a number in [0, 1), got {value!r}")


def _days(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SettingsError(f"{attribute.name} must be a whole number of days >= 0, got {value!r}")


def _count(_instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"{attribute.name} must be a whole number >= 1, got {value!r}")


def _similarity(_instance: Any, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
        raise SettingsError(f"{attribute.name} must be a number in (0, 1], got {value!r}")


@attrs.frozen
class Settings:
    """What reconcile may assume when it reads numbers and compares claims.

    Attributes:
        approx_window: the relative half-width of the interval that "about",
            "around", "roughly", "some" and "an estimated" put around a number:
            "about 100" with 0.1 is [90, 110].
        near_window: how far below the number "nearly", "almost" and "just under"
            reach: "nearly 700" with 0.1 is [630, 700).
        fuzzy_attribute: the rapidfuzz token-set score (0-100) at which two
            claims whose attributes differ in wording are taken to measure one thing.
        reprint_similarity: the rapidfuzz score (0-100) at which sentences of two
            sources are taken as one reprinted text, so one origin.
        story_similarity: the cosine similarity (0-1] of their weighted words, names
            and dates at which two articles published within ``story_window_days``
            of each other are put in one story (:func:`reconcile.stories`).
        story_similarity_far: the same, for articles further apart in time (or with
            a publication date unknown): a follow-up months later must read closer.
        story_window_days: how many days apart two articles may be published and
            still count as near in time.
        story_neighbours: how many of an article's closest articles set its own bar for
            ``story_relative``.
        story_relative: two articles are kept apart, however alike, when their
            similarity is below this share of each one's similarity to its
            ``story_neighbours``-th closest article: each reads much more like articles of
            its own than like the other (two stories of one kind from one town, told in the
            same words). 0 turns this off.

    >>> Settings(approx_window=0.2).to_dict()["approx_window"]
    0.2
    >>> Settings.from_dict(Settings().to_dict()) == Settings()
    True
    """

    approx_window: float = attrs.field(default=0.1, validator=_fraction)
    near_window: float = attrs.field(default=0.1, validator=_fraction)
    fuzzy_attribute: float = attrs.field(default=90.0, validator=_score)
    reprint_similarity: float = attrs.field(default=92.0, validator=_score)
    story_similarity: float = attrs.field(default=0.1, validator=_similarity)
    story_similarity_far: float = attrs.field(default=0.16, validator=_similarity)
    story_window_days: int = attrs.field(default=30, validator=_days)
    story_neighbours: int = attrs.field(default=4, validator=_count)
    story_relative: float = attrs.field(default=0.85, validator=_fraction)

    def to_dict(self) -> dict[str, Any]:
        """The settings as plain data."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        """Read settings written by :meth:`to_dict`; unknown names are an error, not ignored."""
        return settings_from_dict(cls, data, "settings")


def settings_from_dict(cls: type[_T], data: Mapping[str, Any], what: str) -> _T:
    """Build an attrs settings class from plain data, refusing names it does not know."""
    known = {a.name for a in attrs.fields(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(f"unknown {what} {unknown}; known ones are {sorted(known)}")
    return cls(**data)


def checked_settings(settings: object) -> Settings:
    """``settings`` when it is a :class:`Settings`, the defaults for None; else a clear error.

    >>> checked_settings({"approx_window": 0.2})
    Traceback (most recent call last):
    ...
    reconcile.errors.SettingsError: settings must be a reconcile.Settings, got dict: \
use Settings.from_dict({...}) for a mapping, or Settings(approx_window=...)
    """
    if settings is None:
        return Settings()
    if isinstance(settings, Settings):
        return settings
    fix = (
        "use Settings.from_dict({...}) for a mapping, or Settings(approx_window=...)"
        if isinstance(settings, Mapping)
        else "pass Settings(...) or leave it out for the defaults"
    )
    raise SettingsError(
        f"settings must be a reconcile.Settings, got {type(settings).__name__}: {fix}"
    )
