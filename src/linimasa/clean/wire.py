"""The news agency an article credits: ``Sumber : Associated Press``, ``dilansir Reuters``, ``Melansir AFP``."""
from __future__ import annotations

import re

from ..lang.id.outlets import canonical_outlet
from ..lang.id.wires import CREDIT_CUES, WIRES

_BY_SPELLING = {spelling: name for name, spellings in WIRES.items() for spelling in spellings}
_SPELLINGS = "|".join(re.escape(s) for s in sorted(_BY_SPELLING, key=len, reverse=True))
_CUES = "|".join(re.escape(c) for c in sorted(CREDIT_CUES, key=len, reverse=True))
# "dilansir Reuters", "melansir dari kantor berita AFP", "seperti dikutip Associated Press".
_CREDIT = re.compile(rf"\b(?i:{_CUES})\s+(?:(?i:dari|oleh)\s+)?(?:(?i:kantor\s+berita)\s+)?(?P<wire>{_SPELLINGS})\b")


def canonical_wire(name: str) -> str | None:
    """A credit line's source as a wire name; unknown short names are kept as written."""
    name = " ".join(name.split()).strip(" .")
    known = _BY_SPELLING.get(name) or canonical_outlet(name)
    return known or (name if name and len(name.split()) <= 4 else None)


def wire_of_outlet(outlet: str | None) -> str | None:
    """The agency an outlet name stands for: another outlet's dateline ``Jakarta (ANTARA) -`` credits Antara."""
    return _BY_SPELLING.get(outlet or "")


def wire_in_signoffs(pieces: tuple[str, ...]) -> str | None:
    """The agency among a closing sign-off's initials: ``(ant/Reuters)`` -> Reuters."""
    return next((_BY_SPELLING[part] for piece in pieces if piece[:1] in "[(" for part in piece.strip("[]()").split("/")
                 if part in _BY_SPELLING), None)


def wire_in_text(text: str) -> str | None:
    """The first agency the prose credits as its source."""
    match = _CREDIT.search(text)
    return _BY_SPELLING[match["wire"]] if match else None
