"""Bytes to text: detect the encoding, repair mojibake, normalise Unicode (NFC)."""
from __future__ import annotations

import codecs
import re
import unicodedata

_SNIFF_BYTES = 8192
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# What non-UTF-8 Indonesian text really comes in; left open, the detector "finds" Cyrillic code pages in garbage.
_FALLBACK_ENCODINGS = ["cp1252", "utf_16", "utf_32"]
_MAX_CONTROL_SHARE = 0.01  # of the first bytes: more control bytes than this (a NUL among them) is binary
# UTF-8 read as cp1252, Latin-1 or MacRoman always leaves a Latin-1 supplement letter or a C1 control
# ("Ã", "â€œ", "Â ", "‚Äú", "¬†"); a no-break space or "é" alone is harmless but cheap to re-check.
_MOJIBAKE_HINT = re.compile("[\u0080-\u009f\u00a1-\u00ff]")
# The punctuation that makes up nearly all real mojibake, undone by lookup; ftfy (milliseconds an article,
# on the process that reads, which is the one Dask workers wait for) runs only when a hint is left after it.
_PUNCTUATION = "“”‘’–—…•\u00a0"
_WRONG_CODECS = ("cp1252", "mac_roman")


def _misread(char: str, codec: str) -> str | None:
    try:
        return char.encode("utf-8").decode(codec)
    except UnicodeDecodeError:  # cp1252 leaves a few bytes undefined (”): ftfy's "sloppy" decoding covers those
        return None


_COMMON = {bad: char for char in _PUNCTUATION for codec in _WRONG_CODECS if (bad := _misread(char, codec))}
_COMMON_MOJIBAKE = re.compile("|".join(map(re.escape, sorted(_COMMON, key=len, reverse=True))))


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we can tell; the message is the user-facing reason."""


def decode(data: bytes, *, repair_text: bool = True) -> str:
    if not data.strip():
        raise DecodeError("empty file")
    if b"\x00" in data[:_SNIFF_BYTES] and not data.startswith(_UTF16_BOMS) and _binary(data[:_SNIFF_BYTES]):
        raise DecodeError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        encoding = guess_encoding(data)
        if encoding is None:
            raise DecodeError("not valid UTF-8, and no other text encoding fits") from None
        text = data.decode(encoding)
    return repair(text) if repair_text else text


def _binary(head: bytes) -> bool:
    """Binary by the share of control bytes, not by one NUL: a text with a stray NUL is still text (the cleaner
    removes the NUL, ``clean.controls``); UTF-16 without a byte order mark is refused here as before."""
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the sample
            return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in b"\t\n\r")
    return controls > len(head) * _MAX_CONTROL_SHARE


def repair(text: str) -> str:
    """Undo mojibake (``â€œ`` -> ``“``) and normalise to NFC; curly quotes stay curly (quote spans need them)."""
    quick = _COMMON_MOJIBAKE.sub(lambda m: _COMMON[m.group()], text) if _MOJIBAKE_HINT.search(text) else text
    if not _MOJIBAKE_HINT.search(quick):
        return unicodedata.normalize("NFC", quick)
    import ftfy  # on the original: ftfy judges the text as a whole, a half-repaired one can look fine to it

    return ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


def guess_encoding(data: bytes) -> str | None:
    """The encoding of bytes that are not UTF-8, among those Indonesian text really comes in."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_FALLBACK_ENCODINGS).best()
    return best.encoding if best else None
