"""Indented JSON, byte for byte what ``json.dumps(..., ensure_ascii=False, indent=n)`` writes.

The standard library encodes in C only when no ``indent`` is asked for; with one it
runs a chain of Python generators, one per level, that took 60 of the 80 seconds of
writing a report of a million claims. This writer walks the plain data a report's
``to_dict`` makes (dicts with string keys, lists, strings, ints, finite floats,
booleans, None) in one function per container and joins the pieces once. Anything
else (another key type, a tuple, a subclass, a float that is not finite) is left to
``json.dumps``, so the bytes, and the errors, are always the standard library's.
"""

from __future__ import annotations

from json import dumps as _json_dumps
from json.encoder import encode_basestring as _quote  # the C quoter, ensure_ascii=False
from typing import TYPE_CHECKING, Any, NoReturn

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Raw", "Unusual", "dumps", "leave_to_json", "scalar", "write_object"]

_INF = float("inf")


class Raw:
    """A piece already written: ``write(newline, step)`` gives its JSON text at that depth.

    ``newline`` is a newline and the indentation of the line the piece starts on,
    ``step`` one level of indentation; the text must be what :func:`dumps` would
    write there for the data it stands for (a report's claims, written from the
    objects without building their dicts).
    """

    __slots__ = ("write",)

    def __init__(self, write: Callable[[str, str], str]) -> None:
        """Hold the function that writes the piece."""
        self.write = write


class Unusual(Exception):  # noqa: N818 - a signal to fall back, not an error
    """Data this writer leaves to ``json.dumps``."""


def dumps(data: Any, *, indent: int, plain: Callable[[], Any] | None = None) -> str:
    r"""``json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)``, faster.

    ``plain`` gives the same data without :class:`Raw` pieces, for ``json.dumps``
    to write (or to raise its error) when the data holds what this writer leaves to it.

    >>> dumps({"a": [1, 2.5, None, True], "b": {}, "c": "é"}, indent=2)
    '{\n  "a": [\n    1,\n    2.5,\n    null,\n    true\n  ],\n  "b": {},\n  "c": "é"\n}'
    """
    out: list[str] = []
    try:
        _value(data, out, "\n", " " * indent)
    except Unusual:
        data = data if plain is None else plain()
        return _json_dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)
    return "".join(out)


def scalar(value: Any) -> str:
    """A leaf's JSON text; raises Unusual for anything but the plain leaf types."""
    kind = type(value)
    if kind is str:
        return _quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and -_INF < value < _INF:  # NaN fails both comparisons
        return float.__repr__(value)
    raise Unusual


def leave_to_json() -> NoReturn:
    """Signal data this writer leaves to ``json.dumps`` (from a :class:`Raw` piece's writer)."""
    raise Unusual


def write_object(data: dict[Any, Any], newline: str, step: str) -> str:
    """One dict's text at this depth, as :func:`dumps` writes it; raises Unusual as it does."""
    out: list[str] = []
    _object(data, out, newline, step)
    return "".join(out)


def _value(value: Any, out: list[str], newline: str, step: str) -> None:
    kind = type(value)
    if kind is dict:
        _object(value, out, newline, step)
    elif kind is list:
        _array(value, out, newline, step)
    else:
        out.append(scalar(value))


def _object(data: dict[Any, Any], out: list[str], newline: str, step: str) -> None:
    if not data:
        out.append("{}")
        return
    inner = newline + step
    lead = "{" + inner
    separator = "," + inner
    append = out.append
    for key, item in data.items():
        if type(key) is not str:
            raise Unusual
        kind = type(item)
        if kind is dict or kind is list:
            append(lead + _quote(key) + ": ")
            if kind is dict:
                _object(item, out, inner, step)
            else:
                _array(item, out, inner, step)
        elif kind is Raw:
            append(lead + _quote(key) + ": " + item.write(inner, step))
        else:
            append(lead + _quote(key) + ": " + scalar(item))
        lead = separator
    append(newline + "}")


def _array(data: list[Any], out: list[str], newline: str, step: str) -> None:
    if not data:
        out.append("[]")
        return
    inner = newline + step
    lead = "[" + inner
    separator = "," + inner
    append = out.append
    for item in data:
        kind = type(item)
        if kind is dict:
            append(lead)
            _object(item, out, inner, step)
        elif kind is list:
            append(lead)
            _array(item, out, inner, step)
        elif kind is Raw:
            append(lead + item.write(inner, step))
        else:
            append(lead + scalar(item))
        lead = separator
    append(newline + "]")
