"""Articles as plain tuples for the trip between processes.

Pickling a frozen slots dataclass runs Python-level ``__getstate__``/``__setstate__`` per object, and an
annotated article has hundreds of spans: ~18 ms per article there and back, as much as the NLP itself.
As tuples of field values the same article pickles in a fraction of that and is rebuilt exactly.
"""
from __future__ import annotations

from dataclasses import fields, is_dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from ..model import Article, Failure, Known

_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


class _Spans(tuple[type, list[tuple[Any, ...]]]):
    """A layer, packed: (span class, rows of field values)."""


@cache
def _getter(cls: type) -> attrgetter[Any]:
    return attrgetter(*(f.name for f in fields(cls)))


def _pack_value(value: Any) -> Any:
    if isinstance(value, tuple) and value and is_dataclass(value[0]):
        cls: type = type(value[0])
        if all(type(item) is cls for item in value):
            get = _getter(cls)
            return _Spans((cls, [get(item) for item in value]))
    return value


def _unpack_value(value: Any) -> Any:
    if type(value) is _Spans:
        cls, rows = value
        return tuple(cls(*row) for row in rows)
    return value


def pack(item: Article | Failure | Known) -> Any:
    if isinstance(item, (Failure, Known)):
        return item
    return tuple(_pack_value(getattr(item, name)) for name in _ARTICLE_FIELDS)


def unpack(packed: Any) -> Article | Failure | Known:
    if isinstance(packed, (Failure, Known)):
        return packed
    return Article(**{name: _unpack_value(value) for name, value in zip(_ARTICLE_FIELDS, packed, strict=True)})
