"""Characters no article needs and a store may refuse, taken out of a record once, before anything reads it.

PostgreSQL refuses NUL in text and neither backend takes a lone surrogate (JSON's ``"\\ud800"``); the other C0
controls are invisible, and a search or a span could match across them unseen. So every string of a record
leaves here as the same storable text on every backend (docs/contract.md, "Text"): C0 controls that Python
counts as whitespace (vertical tab, form feed, the separators ``\\x1c``–``\\x1f``) become a space, so words stay
apart; the other C0 controls, NUL among them, are removed; tab, newline and carriage return stay; a lone
surrogate becomes U+FFFD.
"""
from __future__ import annotations

import re
from dataclasses import fields, replace

from ..model import Record

_SPACED = re.compile("[\x0b\x0c\x1c-\x1f]")
_REMOVED = re.compile("[\x00-\x08\x0e-\x1b]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_ANY = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def storable(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _REMOVED.sub("", _SPACED.sub(" ", text)))


def storable_record(record: Record) -> Record:
    """The record with every string field storable; the record itself when nothing needed it (nearly always)."""
    changes = {f.name: storable(value) for f in fields(record)
               if isinstance(value := getattr(record, f.name), str) and _ANY.search(value)}
    return replace(record, **changes) if changes else record
