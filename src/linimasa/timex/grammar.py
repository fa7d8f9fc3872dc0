"""The regular grammar of Indonesian time expressions.

``RULES`` is an ordered list of (name, pattern); at one start position the first rule that
matches wins, so longer forms come first. ``SCANNER`` joins them into one alternation, tried
only where a word that can open an expression starts (``openers``); each rule's own regex then
re-reads the matched span for its groups.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..lang.id import dates, numbers


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest words first, spaces matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


WD = rf"(?P<wd>{_alt(dates.WEEKDAYS)}|jumat)"
MONTH = rf"(?P<mon>{_alt(dates.MONTHS)})"
MONTH_ANY = rf"(?P<mon>{_alt(dates.MONTHS)}|(?:{_alt(dates.MONTH_ABBREVIATIONS)})\.?)"
YEAR = r"(?P<y>[12]\d{3})"
NUM = rf"(?P<n>{numbers.NUMBER_WORDS_RE}|{_alt(numbers.VAGUE)}|{_alt(numbers.VAGUE_SCALED)})"
UNIT = rf"(?P<unit>{_alt(dates.UNITS)})"
PART = rf"(?P<part>{_alt(dates.PARTS_OF_DAY)})"
_ZONES = _alt(dates.TIME_ZONES)
TZ = rf"(?:\s*(?P<tz>{_ZONES}))?"  # "02.00WIB" is written glued too
PART_Z = rf"{PART}(?:\s+(?:{_ZONES})\b)?"  # "Rabu pagi WIB": the zone of a part of day is inside the extent
PMOD = rf"(?:(?P<pmod>{_alt(dates.PERIOD_MODIFIERS)})\s+)"
QMOD = rf"(?:(?P<qmod>{_alt(dates.QUANTITY_MODIFIERS)})\s+)"
DIR = rf"(?P<dir>{_alt(dates.DIRECTIONS)})"
CLOCK = rf"(?P<ch>[0-2]?\d)[.:](?P<cmi>[0-5]\d)(?:\s*[-–]\s*[0-2]?\d[.:][0-5]\d)?(?:\s+(?P<ctz>{_ZONES}))?"
_UNTIL = r"(?:\s*[-–]\s*[0-2]?\d(?:[.:][0-5]\d)?)?"  # "pukul 10.00-12.00": the start is the value
TIME = rf"(?:pukul|pkl\.?|jam)\s+(?P<h>[0-2]?\d)(?:[.:](?P<mi>[0-5]\d)|(?![.:]\d)){_UNTIL}{TZ}"
# The same after a part of day, its groups renamed so that one rule can hold both ("siang, pukul 14.30 WIB").
PART_TIME = TIME.replace("<h>", "<ph>").replace("<mi>", "<pmi>").replace("<tz>", "<ptz>")
TIME_PART = rf"(?:\s+(?P<tpart>{_alt(dates.PARTS_OF_DAY)}))?"
AGO = r"(?:\s+(?:yang\s+lalu|lalu(?!\s+lintas)|silam|kemarin|mendatang|yang\s+akan\s+datang))?"
NUMDATE = r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>\d{4}|\d{2}))?"
APPROX = r"(?:(?:sekitar|sekira|kurang\s+lebih|hampir)\s+)?"
# What may follow a date: a clock time ("pukul 04.15 WIB", ", 21:10 WIB"), a part of day, or both
# ("Selasa (10/9/2019) siang, pukul 14.30 WIB"): TIMEX3 makes them one expression.
DATE_TAIL = rf"(?:,?\s+{APPROX}{TIME}{TIME_PART}|,\s*{CLOCK}|\s+{PART_Z}(?:,?\s+{APPROX}{PART_TIME})?)?"
# A clock time written before its day: "pukul 7:55 WIB, Jumat (5/12/2014)", "pukul 10.00 WIB kemarin".
TIME_FIRST = rf"{APPROX}{TIME}{TIME_PART},?\s+"
_MONTH_CUE = "(?:" + "|".join(rf"(?<=\b{w} )" for w in dates.MONTH_CUES) + ")"
_VAGUE_NUM = rf"(?:{numbers.NUMBER_WORDS_RE}|{_alt(numbers.VAGUE)})"
_PAST_DULU = "(?:" + "|".join(rf"(?<=\b{w} )" for w in dates.PAST_DULU_CUES) + ")"
_SE_UNIT = "(?P<seunit>hari|minggu|pekan|bulan|tahun|jam|menit|dekade|abad|windu|dasawarsa)"

RULES: list[tuple[str, str]] = [
    ("skip", rf"(?:{_alt(dates.AGE_CUES)})\s+(?:sekitar\s+)?{_VAGUE_NUM}\s+(?:tahun|bulan|hari)"
             rf"(?:\s+(?:dan\s+)?{_VAGUE_NUM}\s+(?:bulan|hari))*"
             r"|\(\d{1,3}\s+(?:tahun|thn)\)|(?<=, )\d{1,3}\s+tahun(?=\s*,)|(?:nomor|no\.?)\s*\d+\s+tahun\s+\d{4}"),
    ("time_date", rf"{TIME_FIRST}(?:hari\s+)?{WD},?\s*\(\s*{NUMDATE}\s*\)"),
    ("time_deictic", rf"{TIME_FIRST}(?P<deixis>{_alt(dates.DEICTIC_DAYS)})(?:\s+{PART})?"),
    ("wd_numdate", rf"(?:hari\s+)?{WD},?\s*\(\s*{NUMDATE}\s*\){AGO}{DATE_TAIL}"),
    ("wd_textdate", rf"(?:hari\s+)?{WD},?\s+(?P<d>[0-3]?\d)\s+{MONTH_ANY}(?:\s+{YEAR})?{AGO}{DATE_TAIL}"),
    ("textdate", rf"(?:(?:tanggal|tgl\.?)\s+)?(?P<d>[0-3]?\d)(?:\s*[-–]\s*(?P<d2>[0-3]?\d))?\s+{MONTH_ANY}"
                 rf"(?:\s+{YEAR})?{AGO}{DATE_TAIL}"),
    ("numdate", r"(?:(?:tanggal|tgl\.?)\s+)?(?P<d>[0-3]?\d)[/-](?P<m>[01]?\d)[/-](?P<y>[12]\d{3})" + DATE_TAIL),
    ("month_range", rf"{MONTH}\s*[-–]\s*(?P<mon2>{_alt(dates.MONTHS)})(?:\s+{YEAR}(?!\d|[.,]\d))?"),
    ("month_year", rf"{PMOD}?(?:bulan\s+)?{MONTH}\s+{YEAR}(?!\d|[.,]\d){AGO}"),
    ("month_dir", rf"{PMOD}?(?:bulan\s+)?{MONTH}\s+(?:(?P<of>tahun)\s+)?{DIR}"),
    ("month", rf"(?:{PMOD}(?:bulan\s+)?|bulan\s+|{_MONTH_CUE}){MONTH}"),
    ("month_bare", rf"(?-i:(?P<mon>{'|'.join(m.title() for m in dates.MONTHS)}))"),
    ("year_part", rf"(?P<ypart>{_alt(dates.YEAR_PARTS)})\s+(?P<ord>{_alt(dates.ORDINALS)})"
                  rf"(?:(?:\s*-\s*|\s+(?:tahun\s+)?){YEAR}|\s+(?:tahun\s+)?{DIR})?"),
    ("holiday", rf"(?:hari\s+raya\s+)?(?P<holiday>malam\s+tahun\s+baru|malam\s+natal|(?-i:{_alt(dates.HOLIDAYS)}))"
                rf"(?:\s+{YEAR}(?!\d))?"),
    ("year_range", r"(?:tahun\s+)?(?P<y>[12]\d{3})\s*[-–/]\s*(?P<y2>[12]\d{3})(?![\d-])"),
    ("decade", rf"{PMOD}?(?:(?:tahun|era|dekade)\s+)?(?P<dec>[12]\d{{2}})0-?an"),
    ("year", rf"{PMOD}?(?:tahun\s+)?{YEAR}(?![\d/-]|[.,]\d)(?:\s+ini|{AGO})"),
    ("weekend", r"akhir\s+pekan(?:\s+(?P<dir>ini|lalu|depan|mendatang|kemarin))?"),
    ("relunit", rf"{PMOD}?(?P<unit>pekan|minggu|bulan|tahun|dekade|abad)\s+{DIR}"),
    ("season", rf"musim\s+(?P<season>{_alt(dates.SEASONS)})(?:\s+(?:(?:tahun\s+)?{YEAR}|{DIR}))?"),
    ("period_now", rf"{PMOD}(?P<unit>bulan|tahun)(?!\s*\d)"),
    ("shift", rf"(?:{NUM}\s+{UNIT}|se{_SE_UNIT})\s+(?P<rel>{_alt(dates.EVENT_ANCHORS)})"),
    ("ago", rf"(?:{NUM}\s+(?P<unit>hari|pekan|minggu|bulan|tahun|dekade|abad|jam|menit)|se{_SE_UNIT})\s+"
            r"(?P<off>yang\s+lalu|lalu|silam|lagi|kemudian|sebelumnya)"),
    ("set", rf"(?P<every>setiap|tiap|saban|per)\s+(?:(?P<n>\d{{1,3}}|{numbers.NUMBER_WORDS_RE})\s+)?"
            rf"(?:(?P<unit>hari|pekan|minggu|bulan|tahun|jam|menit|detik)|{WD}|(?P<part>pagi|siang|sore|malam))"
            r"(?!\s+(?:ini|itu|tersebut|kemarin|lalu|depan))"),  # "Per hari ini" is "as of today"
    ("around_clock", rf"{QMOD}?(?P<times>\d{{1,2}})\s*[x×]\s*24\s+jam"),  # "1x24 jam": whole days, in hours
    ("duration", rf"{QMOD}?(?:{NUM}(?:\s*(?:hingga|sampai|atau|-|–)\s*(?P<n2>{numbers.NUMBER_WORDS_RE}))?\s+{UNIT}"
                 rf"|se{_SE_UNIT}(?!-))(?:\s+(?P<tail>terakhir|belakangan|ke\s+depan|mendatang))?"),
    ("redup", rf"(?P<redup>{_alt(dates.REDUPLICATED)})"),
    ("moment", rf"(?:{_alt(dates.MOMENTS)})(?P<ago>\s+(?:yang\s+)?lalu)?"),
    ("deictic_numdate", rf"(?:{_alt(dates.DEICTIC_DAYS)})\s*\(\s*{NUMDATE}\s*\)"),
    ("deictic", rf"(?P<deixis>{_alt(dates.DEICTIC_DAYS)})(?:\s+{PART_Z})?(?:,?\s+{APPROX}{PART_TIME})?"),
    ("part_deictic", (rf"(?:(?P<pdir2>tadi|nanti)\s+)?{PART}"
                      r"(?:(?:\s+hari)?\s+(?P<pdir>ini|tadi|nanti|itu|harinya))?|(?P<semalam>semalam)")),
    ("weekend_days", r"sabtu\s*[-–]\s*(?:minggu|ahad)"),  # "Sabtu-Minggu di parkir timur": weekends
    ("weekday", rf"(?:hari\s+)?{WD}(?:\s+(?P<week>pekan|minggu)\s+(?P<wdir>lalu|kemarin|depan|mendatang|ini)"
                r"|\s+(?P<dir>lalu|kemarin|depan|mendatang|ini|nanti))?"
                rf"(?:\s+{PART_Z})?(?:,?\s+{APPROX}{TIME})?"),
    ("time", rf"{APPROX}{TIME}{TIME_PART}"),
    ("clock", rf"{APPROX}(?P<ch>[0-2]?\d)[.:](?P<cmi>[0-5]\d)\s*(?P<ctz>{_ZONES})\b"),
    ("anaphor_day", rf"(?P<ana>{_alt(dates.ANAPHORA_DAY)})"),
    ("anaphor", rf"(?P<ana>{_alt(dates.ANAPHORA_ANY)})"),
    ("ahead", r"ke\s+depan(?=\s*[,.;:!?)]|\s*$)"),
    ("lately", r"belakangan"),
    ("ref", rf"(?P<ref>{_alt(dates.REFERENCES)})|(?P<dulu>(?<![\w,] )(?-i:Dulu|Dahulu)|{_PAST_DULU}(?:dulu|dahulu))"),
]

_NAMED = re.compile(r"\(\?P<\w+>")


def _unnamed(pattern: str) -> str:
    return _NAMED.sub("(?:", pattern)


FLAGS = re.IGNORECASE
COMPILED = {name: re.compile(pattern, FLAGS) for name, pattern in RULES}
SCANNER = re.compile(
    r"(?<![\w/.,-])(?:" + "|".join(f"(?P<{name}>{_unnamed(pattern)})" for name, pattern in RULES) + r")(?![\w/])",
    FLAGS,
)

# Words that can open an expression; every other word is skipped without trying the grammar.
_LEXICONS = (dates.WEEKDAYS, dates.MONTHS, dates.PERIOD_MODIFIERS, dates.QUANTITY_MODIFIERS, dates.UNITS,
             dates.DEICTIC_DAYS, dates.PARTS_OF_DAY, dates.REFERENCES, dates.ANAPHORA_ANY, dates.ANAPHORA_DAY,
             dates.REDUPLICATED, dates.AGE_CUES, dates.YEAR_PARTS, numbers.UNITS, numbers.SE_NUMBERS,
             numbers.VAGUE, numbers.VAGUE_SCALED, dates.HOLIDAYS, dates.MOMENTS)
_STARTERS = ("musim", "jumat", "tanggal", "tgl", "pukul", "pkl", "setiap", "tiap", "saban", "per", "tadi", "nanti",
             "semalam", "era", "nomor", "no", "sekitar", "sekira", "hampir", "kurang", "dulu", "dahulu", "hari", "ke",
             "belakangan")
FIRST_WORDS = frozenset({entry.split()[0].lower() for lexicon in _LEXICONS for entry in lexicon} | set(_STARTERS)
                        | {"se" + unit for unit in dates.UNITS})
WORD = re.compile(r"\d+|\(|[^\W\d_][\w']*(?:-[^\W\d_][\w']*)*")


def openers(text: str) -> Iterator[int]:
    """Offsets of the words where an expression may start (digits, "(", words in ``FIRST_WORDS``)."""
    for word in WORD.finditer(text):
        token = word.group()
        key = token.lower()
        if token[0].isdigit() or token == "(" or key in FIRST_WORDS or (
                "-" in key and key.partition("-")[0] in FIRST_WORDS):  # "Juni-Juli 2014"
            yield word.start()
