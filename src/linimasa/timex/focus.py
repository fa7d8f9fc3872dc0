"""The time in focus while an article is read in order.

News reports an event, then dates the report ("kata Ali di Jakarta, Senin (29/12/2014).") and adds side
remarks ("turun lagi, setelah kemarin terpangkas"). Clock times, parts of day and "hari itu" belong to the
day of the event being told, so the focus day moves only with the first day a sentence names, never with the
day of a report; "saat itu" points back to the last date of any kind.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..lang.id import dates
from ..model import TextWarning
from . import calc
from .reading import Reading
from .years import Anchor

SHIFT_REACH = 40  # characters between "sehari sebelum" and the day it shifts
REPORT_REACH = 120  # characters of the sentence before a date that are read for an attribution
DAY_RULES = frozenset({"wd_numdate", "wd_textdate", "textdate", "numdate", "weekday", "time_date"})
REPORTING_CUES = frozenset(dates.REPORTING_CUES)
WORD = re.compile(r"\w+")
# After a reporting date: the sentence ends, or only where and how the statement was made follows.
REPORT_CLOSE = re.compile(r"\s*(?:[.\n]|$|,\s*(?:di|saat|ketika|usai|seusai|dalam|melalui|kepada)\b)")
SENTENCE_REACH = 400


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts (after ". ", "! ", "? " or a line break)."""
    low = max(0, position - SENTENCE_REACH)
    ends = [text.rfind(mark, low, position) for mark in (". ", "! ", "? ")]
    newline = text.rfind("\n", low, position)
    return max(max(ends) + 2 if max(ends) >= 0 else low, newline + 1 if newline >= 0 else low)


def is_report(reading: Reading, text: str, sentence: int) -> bool:
    """ "kata Ali kepada wartawan, Kamis (28/11/2013)." dates the report, not what it reports."""
    if reading.rule not in DAY_RULES or not REPORT_CLOSE.match(text, reading.end):
        return False
    clause = text[max(sentence, reading.start - REPORT_REACH):reading.start]
    return any(word.lower() in REPORTING_CUES for word in WORD.findall(clause))


@dataclass(slots=True)
class Focus:
    anchor: Anchor
    text: str
    any: str | None = None  # the last date named, of any granularity
    day: dt.date | None = None  # the day of the event being told
    reported: dt.date | None = None  # the day of the latest report ("kata Ali, Senin (29/12/2014)")
    named: list[dt.date] = field(default_factory=list)  # days named so far, for a bare weekday that repeats one
    sentence: int = -1  # where the sentence that set the focus day starts
    shift: tuple[int, int] | None = None  # (days, position) from "sehari sebelum"
    ahead: Reading | None = None  # the next reading, for a time written before its date
    warnings: list[TextWarning] = field(default_factory=list)

    def base_day(self) -> dt.date | None:
        return self.day or self.reported or self.anchor.dct

    def named_weekday(self, weekday: int) -> dt.date | None:
        """The latest day already named (or reported) within a week of the DCT that falls on ``weekday``."""
        dct = self.anchor.dct
        days = [*self.named, *([self.reported] if self.reported else [])]
        near = [d for d in days if d.weekday() == weekday and dct and abs((d - dct).days) <= 6]
        return near[-1] if near else None

    def update(self, reading: Reading, value: str) -> None:
        if not value[:1].isdigit() or reading.type not in ("DATE", "TIME"):
            return
        day = calc.parse_iso_day(value) if len(value) >= 10 else None
        if day is None:
            self.any = value.split("T")[0]
            return
        sentence = sentence_start(self.text, reading.start)
        if is_report(reading, self.text, sentence):
            self.reported = day
            return
        self.any = value.split("T")[0]
        if reading.rule in DAY_RULES:
            self.named.append(day)
        if sentence == self.sentence and reading.rule not in ("anaphor_day", "part_focus"):
            return  # a second day in one sentence is a side remark ("setelah kemarin terpangkas")
        days, position = self.shift or (0, -SHIFT_REACH)
        self.day = calc.add_days(day, days) if reading.start - position <= SHIFT_REACH else day
        self.shift, self.sentence = None, sentence
