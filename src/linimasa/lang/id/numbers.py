"""Indonesian number words, including the ``se-`` clitic (``sebulan`` = one month).

``parse_number`` reads what ``NUMBER_WORDS_RE`` matches: digits (``30``, ``2,5``) or words
(``dua puluh lima``, ``seratus``, ``setengah``). Vague quantities map to ``None`` via ``VAGUE``.
"""
from __future__ import annotations

UNITS = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Words that already carry the leading "se-" (= one): sepuluh = 10, seratus = 100.
SE_NUMBERS = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000, "setengah": 0.5}
MULTIPLIERS = {"puluh": 10, "ratus": 100, "ribu": 1000}  # "belas" (teen) adds ten instead

# Quantities with no number: "beberapa tahun" -> PXY, "puluhan tahun" -> decades.
VAGUE = ("beberapa", "berbagai", "sekian", "banyak")
VAGUE_SCALED = {"puluhan": "DE", "ratusan": "CE", "belasan": "DE"}

_UNIT_WORDS = "|".join(UNITS)
_WORD_NUMBER = (
    rf"(?:(?:{_UNIT_WORDS})(?:\s+(?:belas|puluh|ratus|ribu))?(?:\s+(?:{_UNIT_WORDS}|belas))?"
    r"|sepuluh|sebelas|seratus|seribu)(?:\s+setengah)?|setengah"
)
NUMBER_WORDS_RE = rf"(?:\d{{1,3}}(?:,\d)?|{_WORD_NUMBER})"


def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None when it is not one."""
    text = text.strip().lower()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None
    total = 0.0
    current = 0.0
    for word in text.split():
        if word in UNITS:
            current += UNITS[word]
        elif word in SE_NUMBERS:
            current += SE_NUMBERS[word]
        elif word == "belas":
            current += 10
        elif word in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[word]
            if word == "ribu":
                total, current = total + current, 0.0
        else:
            return None
    return total + current
