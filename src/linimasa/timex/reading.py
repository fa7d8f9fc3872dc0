"""What an expression says before anchoring, and the small lexical readers the handlers share."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..lang.id import dates
from ..model import TimexType


@dataclass(frozen=True, slots=True)
class Reading:
    rule: str
    start: int
    end: int
    type: TimexType = "DATE"
    value: str | None = None  # final value when nothing needs anchoring
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # MO, AF, EV, NI
    hour: int | None = None
    minute: int = 0
    zone: str | None = None  # UTC offset of WIB/WITA/WIT
    unit: str | None = None
    amount: float | None = None
    direction: int | None = None
    emit: bool = True  # False: a cue read for its effect on the focus, not tagged


Groups = dict[str, str | None]
Handler = Callable[[Groups, int, int, str], "Reading | None"]


def to_int(raw: str | None) -> int | None:
    return int(raw) if raw and raw.isdigit() else None


def month_number(raw: str | None) -> int | None:
    if not raw:
        return None
    key = raw.lower().rstrip(".")
    return dates.MONTHS.get(key) or dates.MONTH_ABBREVIATIONS.get(key)


def weekday_number(raw: str | None) -> int | None:
    return dates.WEEKDAYS.get(raw.lower()) if raw else None


def word_key(raw: str | None) -> str:
    """A matched phrase as a lexicon key: lower case, single spaces."""
    return " ".join((raw or "").lower().split())


def part_of_day(raw: str | None) -> str | None:
    return dates.PARTS_OF_DAY.get(word_key(raw)) if raw else None
