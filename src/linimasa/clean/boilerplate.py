"""Boilerplate removal that keeps what the boilerplate says: removed lines, authors, the credited wire."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id import boilerplate as words

_CREDIT = tuple(re.compile(p, re.I) for p in words.CREDIT_LINES)
_NOISE = re.compile("|".join(f"(?:{p})" for p in words.NOISE_LINES), re.I)
_SIGNOFF = re.compile(rf"\s*(?:{words.SIGNOFF_INITIALS}|{words.SIGNOFF_BYLINE})\s*$")
_SEPARATORS = re.compile(words.AUTHOR_SEPARATORS, re.I)


@dataclass(frozen=True, slots=True)
class Stripped:
    lines: tuple[str, ...]
    removed: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    wire: str | None = None


def strip_boilerplate(lines: list[str]) -> Stripped:
    kept: list[str] = []
    removed: list[str] = []
    authors: list[str] = []
    wire: str | None = None
    for line in lines:
        credit = next((m for p in _CREDIT if (m := p.fullmatch(line))), None)
        if credit is None and not _NOISE.fullmatch(line):
            kept.append(line)
            continue
        removed.append(line)
        if credit is not None and credit.groupdict().get("authors"):
            authors += split_names(credit["authors"])
        elif credit is not None and wire is None:
            wire = credit["wire"].strip()
    kept, signoffs = _strip_signoffs(kept)
    for signoff in signoffs:
        if byline := re.fullmatch(words.SIGNOFF_BYLINE, signoff.strip()):
            authors += split_names(byline["authors"])
    return Stripped(tuple(kept), tuple(removed + signoffs), tuple(dict.fromkeys(authors)), wire)


def split_names(credit: str) -> list[str]:
    return [name.strip(" .") for name in _SEPARATORS.split(credit) if name.strip(" .")]


def _strip_signoffs(lines: list[str]) -> tuple[list[str], list[str]]:
    """Peel editor initials and bracketed bylines off the end of the body, as often as they repeat."""
    signoffs: list[str] = []
    while lines and (match := _SIGNOFF.search(lines[-1])):
        signoffs.insert(0, match.group().strip())
        rest = lines[-1][:match.start()].rstrip()
        lines = lines[:-1] + ([rest] if rest else [])
    return lines, signoffs
