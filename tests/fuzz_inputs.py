"""Hypothesis strategies for hostile input, shared by tests/test_fuzz_*.py and benchmarks/fuzz_parsers.py.

Files start from a valid sample (fuzz_samples) and go through a few mutations: truncation, garbling, NUL bytes,
wrong encodings, huge lines, and each format's own classics (deep nesting, broken quoting, bad dates, bad headers).
Texts mix the words the Indonesian grammars key on (months, weekdays, cues) with digits, slashes and noise.
"""
from __future__ import annotations

import gzip
from collections.abc import Callable
from functools import cache

from fuzz_samples import SAMPLES
from hypothesis import strategies as st

from linimasa.lang.id import cues, dates

LIMIT = 100_000  # the max_bytes and max_article_bytes fuzzed ingest runs with, so that huge inputs cross them cheaply
Mutation = Callable[[st.DrawFn, bytes], bytes]


def _at(draw: st.DrawFn, data: bytes) -> int:
    return draw(st.integers(0, len(data)))


def _insert(draw: st.DrawFn, data: bytes, piece: bytes) -> bytes:
    at = _at(draw, data)
    return data[:at] + piece + data[at:]


def truncate(draw: st.DrawFn, data: bytes) -> bytes:
    return data[:_at(draw, data)]


def garble(draw: st.DrawFn, data: bytes) -> bytes:
    return _insert(draw, truncate(draw, data), draw(st.binary(min_size=1, max_size=64))) + data[len(data) // 2:]


def nul_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    return _insert(draw, data, b"\x00" * draw(st.integers(1, 16)))


def reencode(draw: st.DrawFn, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    codec = draw(st.sampled_from(["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-32", "mojibake", "shift_jis"]))
    if codec == "mojibake":  # UTF-8 read as Latin-1 and saved again: "â€œ"
        return text.encode("utf-8").decode("latin-1").encode("utf-8")
    return text.encode(codec, "replace")


def huge_line(draw: st.DrawFn, data: bytes) -> bytes:
    size = draw(st.sampled_from([5_000, LIMIT // 2, LIMIT + 1, 3 * LIMIT]))
    return _insert(draw, data, draw(st.sampled_from([b"a", b"\xe2\x80\x9c", b"9/", b"<b>", b","])) * size)


def gzipped(draw: st.DrawFn, data: bytes) -> bytes:
    packed = gzip.compress(data, mtime=0)  # no timestamp: hypothesis needs the same bytes for the same draws
    return truncate(draw, packed) if draw(st.booleans()) else packed


def blank_run(draw: st.DrawFn, data: bytes) -> bytes:
    """A run of blank lines around the record limit (a reader that takes them a line at a time slows to a crawl)."""
    size = draw(st.sampled_from([LIMIT // 2, LIMIT + 1, 3 * LIMIT]))
    return _insert(draw, data, draw(st.sampled_from([b"\n", b"\r\n", b" \n", b"\n\t"])) * size)


def bomb(draw: st.DrawFn, data: bytes) -> bytes:
    """The file gzipped with megabytes of one byte after it: a decompression bomb, refused after its first MB."""
    return gzip.compress(data, mtime=0) + _megabyte_member(draw(st.sampled_from([b"a", b"\n", b",", b"\x00"]))) * 3


@cache
def _megabyte_member(byte: bytes) -> bytes:
    return gzip.compress(byte * (1 << 20), mtime=0)


def blank(draw: st.DrawFn, data: bytes) -> bytes:
    return draw(st.sampled_from([b"", b"\n", b" \t\r\n", b"\xef\xbb\xbf", b"\xff\xfe", data[:1]]))


def _pieces(*pieces: bytes) -> Mutation:
    return lambda draw, data: _insert(draw, data, draw(st.sampled_from(pieces)) * draw(st.integers(1, 2_000)))


def _replace(old: bytes, *new: bytes) -> Mutation:
    return lambda draw, data: data.replace(old, draw(st.sampled_from(new)))


BAD_DATES = (b"", b"kemarin", b"99/99/9999", b"0000-00-00T99:99", b"Thu, 32 Foo 99999 25:61:61 +9999",
             b"-1", b"2023-13-45", b"\xff\xfe", b"1e999", b"9" * 400)
GENERIC: tuple[Mutation, ...] = (truncate, garble, nul_bytes, reencode, huge_line, gzipped, blank, blank_run, bomb)
BY_FORMAT: dict[str, tuple[Mutation, ...]] = {
    "text": (_pieces(b"\n", b"\r", b"\xe2\x80\xa8", b"\x0c"),),
    "html": (_pieces(b"<div>", b"<table><tr><td>", b"<p", b"<!--", b"</", b"<script>"),
             _replace(b"2023-07-27T10:15:00+07:00", *BAD_DATES)),
    "jsonl": (_pieces(b"[", b"{\"text\":", b"\\", b"\"", b"\\ud800"),
              _replace(b'"text": ', b'"text": 1, "x": ', b'"text": null, "x": ', b'"text": ["', b'"html": ')),
    "csv": (_pieces(b'"', b",", b"\r", b'""'), _replace(b"content", b"isi", b"content,content", b"")),
    "rss": (_replace(b"Thu, 27 Jul 2023 10:15:00 +0700", *BAD_DATES), _pieces(b"<item>", b"&", b"<![CDATA[")),
    "atom": (_replace(b"2023-07-27T10:15:00+07:00", *BAD_DATES), _pieces(b"<entry>", b"&amp;", b"<!DOCTYPE x [")),
    "warc": (_replace(b"Content-Length: ", b"Content-Length: -", b"Content-Length: 99999999", b"Content-Length: x",
                      b"X: "), _replace(b"WARC/1.0", b"WARC/9.9", b"WARC", b""),
             _replace(b"text/html", b"text/plain", b"", b"text/html; charset=utf-16")),
}


@cache
def sample(fmt: str) -> bytes:
    return SAMPLES[fmt][1]()


@st.composite
def hostile_file(draw: st.DrawFn, fmt: str) -> tuple[str, bytes]:
    """(file suffix, content): a valid sample of ``fmt`` after up to three mutations, or random bytes."""
    suffix = draw(st.sampled_from([SAMPLES[fmt][0]] * 3 + [""]))
    if draw(st.integers(0, 9)) == 0:
        return suffix, draw(st.binary(max_size=4_096))
    data = sample(fmt)
    for mutation in draw(st.lists(st.sampled_from(GENERIC + BY_FORMAT[fmt]), max_size=3)):
        data = mutation(draw, data)
    return suffix, data


# Words the temporal, entity and quote grammars key on, so that random texts reach their rules.
VOCABULARY = sorted({*dates.MONTHS, *dates.MONTH_ABBREVIATIONS, *dates.WEEKDAYS, *dates.PARTS_OF_DAY,
                     *dates.UNITS, *dates.DEICTIC_DAYS, *dates.DIRECTIONS, *dates.REFERENCES, *dates.TIME_ZONES,
                     *dates.PERIOD_MODIFIERS, *cues.SPEECH_VERBS, *cues.PRONOUNS, "tahun", "pukul", "hari",
                     "tanggal", "sejak", "pada", "Jakarta", "Presiden", "Joko Widodo", "Kim Jong-un", "PBB", "Rusia",
                     "menurut", "kata", "bahwa", "JAKARTA, KOMPAS.com -", "(ANTARA)", "Reuters"})
SEPARATORS = (" ", " ", " ", "/", "-", "–", ", ", ". ", "\n", "(", ")", ":", '"', "“", "”", "'", "...",
              '<TIMEX3 tid="t1" type="DATE" value="2023-07-26">', "</TIMEX3>", "<EVENT>", "&amp;")  # TimeML-ish
NUMBERS = st.one_of(st.integers(-99, 99_999).map(str), st.sampled_from(["0", "00", "99/99/9999", "31/2/2023",
                                                                         "0/0/0", "2023", "1945", "12.30", "1,5"]))


@st.composite
def news_like_text(draw: st.DrawFn, *, max_words: int = 60) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(VOCABULARY), NUMBERS, st.text(max_size=6)), max_size=max_words))
    return "".join(p + draw(st.sampled_from(SEPARATORS)) for p in parts)


def any_text(*, max_words: int = 60) -> st.SearchStrategy[str]:
    return st.one_of(news_like_text(max_words=max_words), st.text(max_size=400))


def query_text() -> st.SearchStrategy[str]:
    """Search strings: FTS5 and SQL syntax, quotes, operators, over-long and odd Unicode."""
    syntax = st.sampled_from(['"', '""', "*", "^", "-", "OR", "AND", "NOT", "NEAR(", ")", "(", ":", "body:", "{", "}",
                              "'", ";", "--", "/*", "DROP TABLE articles;", "%", "_", "\\", "\x00", "+", "'OR'1'='1"])
    word = st.one_of(syntax, st.sampled_from(VOCABULARY), st.text(max_size=10), NUMBERS)
    return st.one_of(st.lists(word, max_size=40).map(" ".join), st.lists(word, max_size=40).map("".join),
                     st.text(max_size=600))
