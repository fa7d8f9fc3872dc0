"""Turn grammar matches into ``Reading``s: what an expression says, before anchoring.

Fixed values (durations, years, references) are final here; relative ones keep their
parts (unit, direction, weekday) for ``resolve`` to anchor against the DCT or the focus.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lang.id import dates
from ..model import TimexType
from .durations import amount_of, duration, recurrence, redup
from .grammar import COMPILED, SCANNER, openers
from .reading import Groups, Handler, Reading, month_number, part_of_day, to_int, weekday_number, word_key

# Before a bare number: money, a kilometre post, an article number, a model code ("Oppo A5 (2020)").
AMOUNT = re.compile(r"(?:Rp\.?|US\$|\$|€|£|No\.?|Nomor|[Pp]asal|[Aa]yat|KM|Km|\b[A-Za-z]+\d+[A-Za-z]*)\s*\(?$")
STREET_NUMBER = re.compile(r"\s+\d")
# A capitalised word before, not opening its sentence: the holiday word ends a name ("Mandailing Natal").
NAME_BEFORE = re.compile(r"[^\s.!?\"”]\s+[A-Z]\w*\s+$")
COUNT_NOUN = re.compile(r"\s+(?:" + "|".join(dates.COUNT_NOUNS) + r")\b", re.IGNORECASE)


def _year(raw: str | None) -> int | None:
    year = to_int(raw)
    if year is not None and len(raw or "") == 2:
        return 2000 + year  # "(14/9/23)": news two-digit years are this century
    return year


def _zone(g: Groups) -> str | None:
    return dates.TIME_ZONES.get(word_key(g.get("tz") or g.get("ctz") or g.get("ptz")))


def _clock(g: Groups) -> tuple[int | None, int]:
    hour = to_int(g.get("h") or g.get("ch") or g.get("ph"))
    minute = to_int(g.get("mi") or g.get("cmi") or g.get("pmi")) or 0
    if hour is None or hour > 24:
        return None, 0
    if (g.get("tpart") or "").lower() in ("sore", "malam") and hour < 12:
        hour += 12  # "pukul 7 malam" is 19:00
    return hour, minute


def _date(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    day, month, year = to_int(g.get("d")), to_int(g.get("m")) or month_number(g.get("mon")), _year(g.get("y"))
    if not (day and 1 <= day <= 31 and month and 1 <= month <= 12) or (year is not None and year < 1):
        return None
    if (to_int(g.get("d2")) or 32) <= day:
        return None  # "5-2 Agustus": a score before a month, not a range of days
    hour, minute = _clock(g)
    part = part_of_day(g.get("part"))
    kind: TimexType = "TIME" if hour is not None or part else "DATE"
    return Reading(rule, start, end, kind, year=year, month=month, day=day, weekday=weekday_number(g.get("wd")),
                   hour=hour, minute=minute, part=part, zone=_zone(g))


def _year_only(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    year = to_int(g.get("y")) or 0
    bare = not (g.get("pmod") or text[start:end].lower().startswith("tahun"))
    if bare and (not 1800 <= year <= 2100 or COUNT_NOUN.match(text, end) or _after_amount(text, start)):
        return None
    return Reading(rule, start, end, value=f"{year:04d}", year=year)


def _after_amount(text: str, start: int) -> bool:
    return bool(AMOUNT.search(text, max(0, start - 12), start))


def _holiday(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """ "Natal 2019"; a bare "Natal" is the one nearest the DCT, unless it ends a name ("Mandailing Natal")
    or "Tahun Baru" is a movable one ("Tahun Baru Imlek")."""
    name = " ".join((g.get("holiday") or "").split()).title()
    if text[start].isupper() and NAME_BEFORE.search(text, max(0, start - 40), start):
        return None
    if name.endswith("Tahun Baru") and re.match(r"\s+(?:" + "|".join(dates.MOVABLE_NEW_YEARS) + r")\b",
                                                 text[end:end + 12], re.IGNORECASE):
        return None
    month, day = dates.HOLIDAYS[name]
    year = to_int(g.get("y"))
    if year is None and name not in dates.BARE_HOLIDAYS:
        return None  # "Hari Kemerdekaan" of which country? only with a year
    value = f"{year:04d}-{month:02d}-{day:02d}" if year else None
    return Reading(rule, start, end, value=value, year=year, month=month, day=day)


def _month_range(g: Groups, start: int, end: int, rule: str, text: str) -> list[Reading]:
    """ "Juni-Juli 2014": two months of one year, two expressions; without a year each is read as a bare month."""
    cut = start + len(g.get("mon") or "")
    second_start = text.index(g.get("mon2") or "", cut)
    return [_month_ref(g, start, cut, rule), _month_ref({**g, "mon": g.get("mon2")}, second_start, end, rule)]


def _year_range(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    first, last = to_int(g.get("y")) or 0, to_int(g.get("y2")) or 0
    if not 0 < last - first <= 100:
        return None
    return Reading(rule, start, end, value=f"{first:04d}/{last:04d}", year=first)


def _month_ref(g: Groups, start: int, end: int, rule: str) -> Reading:
    year = to_int(g.get("y"))
    month = month_number(g.get("mon"))
    direction = dates.DIRECTIONS.get(word_key(g.get("dir")))
    value = f"{year:04d}-{month:02d}" if year else None
    unit = "tahun" if g.get("of") else None  # "Januari tahun depan": the direction moves the year
    return Reading(rule, start, end, value=value, year=year, month=month, direction=direction, unit=unit)


def _bare_month(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """A capitalised month name alone, unless it sits in a name ("Juni Rahayu", "Revolusi Juli")."""
    after = re.match(r"\s+[A-Z]", text[end:end + 2])
    before = re.search(r"[a-z,;]\s+[A-Z]\w*\s+$", text[max(0, start - 40):start])
    return None if after or before else _month_ref(g, start, end, rule)


def _season(g: Groups, start: int, end: int, rule: str) -> Reading:
    code, last_month = dates.SEASONS[word_key(g.get("season"))]
    year = to_int(g.get("y"))
    return Reading(rule, start, end, value=f"{year:04d}-{code}" if year else None, year=year, month=last_month,
                   unit=code, direction=dates.DIRECTIONS.get(word_key(g.get("dir"))))


def _year_part(g: Groups, start: int, end: int, rule: str) -> Reading:
    part = dates.YEAR_PARTS[(g.get("ypart") or "").lower()]
    number = dates.ORDINALS[(g.get("ord") or "").lower()]
    if part == "H" and number > 2:
        number = 2
    year = to_int(g.get("y"))
    direction = dates.DIRECTIONS.get(word_key(g.get("dir")))
    value = f"{year:04d}-{part}{number}" if year else None
    return Reading(rule, start, end, value=value, year=year, unit=part, amount=number, direction=direction)


def _relative(g: Groups, start: int, end: int, rule: str) -> Reading:
    """pekan ini, tahun lalu, akhir pekan, sebulan lalu, tiga hari kemudian."""
    unit = (g.get("unit") or g.get("seunit") or ("pekan" if rule == "weekend" else "")).lower()
    if g.get("off"):
        amount, _, _ = amount_of(g.get("n") if g.get("unit") else None)
        sign = dates.OFFSET_WORDS[word_key(g["off"])]
        return Reading(rule, start, end, unit=unit, amount=amount, direction=sign)
    if rule == "shift":
        amount, _, _ = amount_of(g.get("n") if g.get("unit") else None)
        sign = -1 if word_key(g["rel"]) in ("sebelum", "menjelang") else 1
        return Reading(rule, start, end, unit=unit, amount=amount, direction=sign, emit=False)
    direction = dates.DIRECTIONS.get(word_key(g.get("dir")))
    return Reading(rule, start, end, unit=unit, direction=direction)


def _deictic(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    part = part_of_day(g.get("part") or g.get("tpart"))
    hour, minute = _clock(g)
    kind: TimexType = "TIME" if part or hour is not None else "DATE"
    if g.get("deixis"):
        offset = dates.DEICTIC_DAYS[word_key(g["deixis"])]
        return Reading(rule, start, end, kind, amount=offset, part=part, hour=hour, minute=minute, direction=0)
    if g.get("semalam"):
        return Reading(rule, start, end, "TIME", amount=-1, part="NI", direction=0)
    cue = (g.get("pdir") or g.get("pdir2") or "").lower()
    if cue in ("itu", "harinya") or (not cue and word_key(g.get("part")) in dates.SELF_STANDING_PARTS):
        return Reading("part_focus", start, end, "TIME", part=part)  # "malam itu", "sore harinya": the day in focus
    if not cue:
        return None  # a bare "malam hari" or "makan siang" is no date
    offset = -1 if cue == "tadi" and part == "NI" and g.get("pdir2") else 0
    return Reading(rule, start, end, "TIME", amount=offset, part=part, direction=0)


def _weekday_ref(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    name = g.get("wd") or ""
    if name == "minggu" and not text[start:end].lower().startswith("hari"):
        return None  # lower-case "minggu" is a week, not Sunday
    if STREET_NUMBER.match(text, end):
        return None  # "Jl Raya Pasar Minggu 14": a place
    hour, minute = _clock(g)
    part = part_of_day(g.get("part"))
    direction = dates.DIRECTIONS.get(word_key(g.get("dir") or g.get("wdir")))
    kind: TimexType = "TIME" if hour is not None or part else "DATE"
    unit = "pekan" if g.get("week") else None  # "Senin pekan lalu": the Monday of last week
    return Reading(rule, start, end, kind, weekday=weekday_number(name), direction=direction, part=part,
                   hour=hour, minute=minute, unit=unit)


def _time(g: Groups, start: int, end: int, rule: str) -> Reading | None:
    hour, minute = _clock(g)
    return None if hour is None else Reading(rule, start, end, "TIME", hour=hour, minute=minute, zone=_zone(g))


def _fixed(g: Groups, start: int, end: int, rule: str) -> Reading:
    if g.get("dec"):
        return Reading(rule, start, end, value=g["dec"])
    if g.get("dulu"):
        return Reading(rule, start, end, value="PAST_REF")
    return Reading(rule, start, end, value=dates.REFERENCES[word_key(g.get("ref"))])


def _anaphor(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end)


def _around_clock(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end, "DURATION", f"PT{24 * (to_int(g.get('times')) or 1)}H")


def _weekend_days(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end, "SET", "XXXX-WXX-WE")


def _lately(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """ "OPEC belakangan sibuk": lately; "belakangan diketahui": later, no time of its own."""
    after = re.match(r"\s+(\w+)", text[end:end + 30])
    if not after or after.group(1).lower() in dates.LATER_SENSE:
        return None
    return Reading(rule, start, end, value="PRESENT_REF")


def _moment(g: Groups, start: int, end: int, rule: str) -> Reading:
    """ "sesaat" is a vague duration; "beberapa saat lalu" a vague past."""
    if g.get("ago"):
        return Reading(rule, start, end, value="PAST_REF")
    return Reading(rule, start, end, "DURATION", "PTXS")


def _ahead(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """ "Ke depan, ..." and "harga minyak ke depan" are the future; "maju ke depan" is a direction."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    if before and before.group(1).lower() in dates.MOTION_VERBS:
        return None
    return Reading(rule, start, end, value="FUTURE_REF")


def _ago(g: Groups, start: int, end: int, rule: str, text: str) -> Reading | None:
    """ "tiga hari kemudian" is a date; after a verb of lasting ("berlangsung tiga hari sebelumnya") the
    amount is a duration, and the offset word is left out of it."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 20):start])
    if before and before.group(1).lower() in dates.LASTING_CUES:
        lasting = COMPILED["duration"].match(text, start)
        return duration(lasting.groupdict(), start, lasting.end(), "duration") if lasting else None
    return _relative(g, start, end, rule)


def _skip(g: Groups, start: int, end: int, rule: str) -> Reading:
    return Reading(rule, start, end, emit=False)


HANDLERS: dict[str, Handler] = {
    "skip": _skip, "wd_numdate": _date, "wd_textdate": _date, "textdate": _date, "numdate": _date,
    "month_year": _month_ref, "month_dir": _month_ref, "month": _month_ref, "year_part": _year_part,
    "season": _season, "time_date": _date, "time_deictic": _deictic, "clock": _time, "moment": _moment,
    "around_clock": _around_clock, "weekend_days": _weekend_days,
    "deictic_numdate": _date, "period_now": _relative,
    "year_range": _year_range, "decade": _fixed, "weekend": _relative, "relunit": _relative,
    "shift": _relative, "set": recurrence, "duration": duration, "redup": redup,
    "deictic": _deictic, "part_deictic": _deictic, "time": _time,
    "anaphor_day": _anaphor, "anaphor": _anaphor, "ref": _fixed,
}
TEXT_HANDLERS = {"year": _year_only, "weekday": _weekday_ref, "month_bare": _bare_month, "holiday": _holiday,
                 "month_range": _month_range, "ahead": _ahead, "ago": _ago, "lately": _lately}


def read(text: str) -> Iterator[Reading]:
    """Every expression the grammar finds, in text order, leftmost-first; a match its handler
    rejects ("5-2 Agustus" is a score) does not hide what starts inside it."""
    end = 0
    for start in openers(text):
        if start < end:
            continue
        match = SCANNER.match(text, start)
        for reading in _interpret(match, text) if match else ():
            end = reading.end
            yield reading


def _interpret(match: re.Match[str], text: str) -> list[Reading]:
    rule = match.lastgroup or ""
    start, end = match.span()
    groups = COMPILED[rule].fullmatch(text, start, end)
    if groups is None:
        return []
    if rule in TEXT_HANDLERS:
        found = TEXT_HANDLERS[rule](groups.groupdict(), start, end, rule, text)
    else:
        found = HANDLERS[rule](groups.groupdict(), start, end, rule)
    return found if isinstance(found, list) else [found] if found is not None else []
