"""Date warnings explained in one sentence of the UI's language, from their code and the dates they name.

The annotators write a message in English with ISO dates in it; the dates and the quoted text are what a
reader needs, so the sentence is rebuilt from them: "Senin (13/10) tidak cocok: 13 Oktober 2019 jatuh pada
hari Minggu". A code this module does not know is shown with its message as written.
"""
from __future__ import annotations

import datetime as dt
import re

from babel.dates import format_date

from .dates import LOCALES, human_date

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
YEAR = re.compile(r"\b(\d{4})\b")

SENTENCES = {
    "weekday_mismatch": (
        ("“{text}” tidak cocok: {date} jatuh pada hari {weekday}.", " Dibaca sebagai {fixed}, hari itu yang terdekat"
         " dengan tanggal terbit."),
        ("“{text}” does not match: {date} falls on a {weekday}.", " Read as {fixed}, the nearest such day to the"
         " publication date.")),
    "missing_year": (
        ("“{text}” tidak menyebut tahun; dianggap tahun {year}.", ""),
        ("“{text}” gives no year; taken as {year}.", "")),
}


def _weekday(day: str, lang: str) -> str:
    return format_date(dt.date.fromisoformat(day), "EEEE", locale=LOCALES.get(lang, "id"))


def explain(code: str, text: str, message: str, lang: str) -> str:
    """The warning on ``text`` (the words it marks) as a sentence."""
    templates = SENTENCES.get(code)
    if templates is None:
        return message
    sentence, more = templates[0 if lang == "id" else 1]
    days = ISO_DAY.findall(message)
    try:
        if code == "weekday_mismatch":
            explained = sentence.format(text=text, date=human_date(days[0], lang, weekday=False),
                                        weekday=_weekday(days[0], lang))
            return explained + (more.format(fixed=human_date(days[1], lang)) if len(days) > 1 else "")
        years = YEAR.findall(message.rsplit(";", 1)[-1])
        return sentence.format(text=text, year=years[-1])
    except (IndexError, ValueError):  # a message written differently: show it rather than guess
        return message
