"""Boilerplate removal that keeps what the boilerplate says: removed lines, authors, the credited wire."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id import boilerplate as words

_CREDIT = tuple(re.compile(p, re.I) for p in words.CREDIT_LINES)
_NOISE = re.compile("|".join(f"(?:{p})" for p in words.NOISE_LINES), re.I)
# A sign-off stands alone or after a finished sentence, so "… Amerika Serikat (AS)" keeps its "(AS)".
_SIGNOFF = re.compile(rf"(?:^|(?<=[.!?\"”'’]))\s*(?:{words.SIGNOFF_INITIALS}|{words.SIGNOFF_BYLINE}"
                      rf"|{words.SIGNOFF_SOURCE}|{words.SIGNOFF_MARK})\s*$")
_SEPARATORS = re.compile(words.AUTHOR_SEPARATORS, re.I)


@dataclass(frozen=True, slots=True)
class Stripped:
    lines: tuple[str, ...]
    removed: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    wire: str | None = None


def strip_boilerplate(lines: list[str]) -> Stripped:
    removed: list[str] = []
    authors: list[str] = []
    wires: list[str] = []
    kept = [line for line in lines if not _take(line, removed, authors, wires)]
    # Peel sign-offs off the end as often as they repeat; what they uncover may be boilerplate again.
    while kept and (match := _SIGNOFF.search(kept[-1])):
        removed.append(match.group().strip())
        if match["authors"]:
            authors += split_names(match["authors"])
        if match["wire"]:
            wires.append(match["wire"].strip())
        rest = kept.pop()[:match.start()].rstrip()
        if rest and not _take(rest, removed, authors, wires):
            kept.append(rest)
    return Stripped(tuple(kept), tuple(removed), tuple(dict.fromkeys(authors)), wires[0] if wires else None)


def split_names(credit: str) -> list[str]:
    return [name.strip(" .") for name in _SEPARATORS.split(credit) if name.strip(" .")]


def _take(line: str, removed: list[str], authors: list[str], wires: list[str]) -> bool:
    """Whether ``line`` is boilerplate; if so it is recorded, with any authors or wire it names."""
    credit = next((m for p in _CREDIT if (m := p.fullmatch(line))), None)
    if credit is None and not _NOISE.fullmatch(line):
        return False
    removed.append(line)
    if credit is not None and credit.groupdict().get("authors"):
        authors += split_names(credit["authors"])
    elif credit is not None:
        wires.append(credit["wire"].strip())
    return True
