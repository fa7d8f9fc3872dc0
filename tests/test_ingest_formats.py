"""Every input format, read into records: HTML, JSON Lines, CSV, RSS/Atom, WARC, directories, globs, stdin."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from linimasa.clean import clean
from linimasa.ingest import read
from linimasa.ingest.decode import repair
from linimasa.ingest.detect import sniff
from linimasa.ingest.published import normalise_published
from linimasa.ingest.table import restore_paragraphs
from linimasa.model import Record
from linimasa.settings import Settings

SETTINGS = Settings()
BODY = ("REPUBLIKA.CO.ID, PYONGYANG -- Pemimpin Korea Utara Kim Jong-un bertemu Menteri Pertahanan Rusia "
        "Sergei Shoigu pada Rabu (26/7/2023) di Pyongyang.")
BODY2 = "Kim memberi perwakilan Rusia tur pameran pertahanan yang menampilkan rudal balistik terbaru."
HTML = f"""<!DOCTYPE html><html><head><title>Kim bertemu Shoigu</title>
<meta property="og:site_name" content="Republika Online">
<link rel="canonical" href="https://internasional.republika.co.id/berita/kim-bertemu-shoigu">
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2023-07-27T06:15:00+07:00"}}</script>
</head><body><nav>Beranda | Internasional | Ekonomi</nav><article><h1>Kim bertemu Shoigu</h1>
<p>{BODY}</p><p>Baca Juga: Korut Pamerkan Rudal Baru</p><p>{BODY2}</p></article>
<div id="comments" class="comments"><p>Komentar pembaca: tulisan ini sangat bagus dan informatif sekali.</p></div>
</body></html>"""
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Antara</title>
<item><title>Kim bertemu Shoigu</title><link>https://www.antaranews.com/berita/1</link>
<pubDate>Thu, 27 Jul 2023 06:15:00 +0700</pubDate>
<description>&lt;p&gt;{BODY}&lt;/p&gt;&lt;p&gt;{BODY2}&lt;/p&gt;</description>
</item></channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Tempo</title>
<entry><title>Kim bertemu Shoigu</title><link href="https://www.tempo.co/read/1"/>
<published>2023-07-27T06:15:00+07:00</published>
<content type="html">&lt;p&gt;{BODY}&lt;/p&gt;</content></entry></feed>"""
CSV = ("title,source,date,time,category,sub-category,content,url\n"
       f'"Kim bertemu Shoigu",Kompas.com,2019-10-09 00:00:00,21:48 WIB,News,-," - {BODY},{BODY2}",'
       "https://internasional.kompas.com/read/1\n")
JSONL = json.dumps({"title": "Kim bertemu Shoigu", "url": "https://news.detik.com/1",
                    "published": "2023-07-27T06:15:00+07:00", "text": f"{BODY}\n{BODY2}"}) + "\n"


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        WARCWriter(fh, gzip=True).write_record(WARCWriter(fh).create_warc_record(
            "https://www.republika.co.id/berita/1", "response", payload=io.BytesIO(HTML.encode()),
            http_headers=headers))


def _only_record(path: Path) -> Record:
    (record,) = read([str(path)], settings=SETTINGS)
    assert isinstance(record, Record), record
    return record


@pytest.mark.parametrize(("name", "content", "fmt", "published", "outlet"), [
    ("page.html", HTML, "html", "2023-07-27T06:15+07:00", "Republika"),
    ("page.bin", HTML, "html", "2023-07-27T06:15+07:00", "Republika"),  # sniffed, not named
    ("feed.rss", RSS, "feed", "2023-07-27T06:15+07:00", "Antara"),
    ("feed.xml", ATOM, "feed", "2023-07-27T06:15+07:00", "Tempo"),  # the publisher, not the dateline's outlet
    ("news.csv", CSV, "csv", "2019-10-09T21:48+07:00", "Kompas.com"),
    ("news.jsonl", JSONL, "jsonl", "2023-07-27T06:15+07:00", "Republika"),  # no outlet field: the dateline
    ("news.json", f"[{JSONL.strip()}]", "jsonl", "2023-07-27T06:15+07:00", "Republika"),
    ("one.json", json.dumps(json.loads(JSONL), indent=2), "jsonl", "2023-07-27T06:15+07:00", "Republika"),
    ("lines.json", JSONL, "jsonl", "2023-07-27T06:15+07:00", "Republika"),  # JSON Lines named .json
])
def test_ingest_format_read_and_cleaned(tmp_path: Path, name: str, content: str, fmt: str, published: str,
                                        outlet: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    article = clean(_only_record(path), SETTINGS)
    assert (article.fmt, article.published, article.outlet) == (fmt, published, outlet)
    assert BODY.split(" -- ")[-1] in article.text
    assert "Baca Juga" not in article.text and "Komentar pembaca" not in article.text


def test_ingest_warc_reads_html_responses(tmp_path: Path) -> None:
    _warc(tmp_path / "crawl.warc.gz")
    record = _only_record(tmp_path / "crawl.warc.gz")
    assert (record.fmt, record.url, record.source) == ("warc", "https://www.republika.co.id/berita/1",
                                                       f"{tmp_path / 'crawl.warc.gz'}:1")
    assert BODY2 in record.body


@pytest.mark.parametrize(("name", "content"), [("news.jsonl.gz", JSONL), ("page.gz", HTML), ("a.txt.gz", BODY)])
def test_ingest_gzipped_input_is_read_through(tmp_path: Path, name: str, content: str) -> None:
    import gzip

    (tmp_path / name).write_bytes(gzip.compress(content.encode()))
    assert "Kim Jong-un bertemu Menteri Pertahanan" in _only_record(tmp_path / name).body


def test_ingest_html_title_is_metadata_not_body(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    record = _only_record(tmp_path / "page.html")
    assert record.title == "Kim bertemu Shoigu" and not record.body.startswith(record.title)


def test_ingest_html_date_from_the_url_when_no_meta() -> None:
    from linimasa.ingest.webpage import record_from_html

    paragraph = f"<p>{BODY2} {BODY2}</p>"  # trafilatura wants some 250 characters before it calls it an article
    html = f"<html><body><article>{paragraph * 2}</article></body></html>"
    record = record_from_html(html, source="x", url="https://regional.kompas.com/read/2023/07/26/123456/kim")
    assert record.published == "2023-07-26"
    assert clean(record, SETTINGS).outlet == "Kompas.com"  # the dateline names none: the URL host does


def test_ingest_directory_and_glob_in_sorted_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "sub/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Isi berita {name}.", encoding="utf-8")
    by_dir = [r.source for r in read([str(tmp_path)], settings=SETTINGS)]
    by_glob = [r.source for r in read([str(tmp_path / "*.txt")], settings=SETTINGS)]
    by_path = [r.source for r in read([tmp_path / "b.txt"], settings=SETTINGS)]
    assert by_dir == [str(tmp_path / n) for n in ("a.txt", "b.txt", "sub/c.txt")]
    assert by_glob == [str(tmp_path / n) for n in ("a.txt", "b.txt")]
    assert by_path == [str(tmp_path / "b.txt")]


def test_ingest_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(JSONL.encode()))))
    (record,) = read(["-"], settings=SETTINGS)
    assert isinstance(record, Record) and (record.source, record.fmt) == ("-:1", "jsonl")


@pytest.mark.parametrize(("head", "fmt"), [
    (b"WARC/1.1\r\n", "warc"), (b'{"text": "x"}', "jsonl"), (b'[{"text": "x"}]', "json"),
    (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
    (b"<!doctype html><html>", "html"), (b"title,content,url\n", "csv"), (b"SEOUL - Isi.", "text"),
])
def test_ingest_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


def test_ingest_cp1252_text_is_decoded(tmp_path: Path) -> None:
    text = "Presiden berkata “kami siap” di kafe – Jakarta, kata Andrés. " * 3
    (tmp_path / "old.txt").write_bytes(text.encode("cp1252"))
    assert _only_record(tmp_path / "old.txt").body == text


def test_ingest_mojibake_repaired(tmp_path: Path) -> None:
    (tmp_path / "m.txt").write_text("Pemimpin â€œKorutâ€\x9d tiba.", encoding="utf-8")
    assert _only_record(tmp_path / "m.txt").body == "Pemimpin “Korut” tiba."


@pytest.mark.parametrize("broken, repaired", [
    ("‚ÄúSudah sering,‚Äù kata dia ‚Äì Jakarta", "“Sudah sering,” kata dia – Jakarta"),  # MacRoman, by lookup
    ("Rasulullah Ô∑∫ bersabda, ‚ÄúDi dalam", "Rasulullah ﷺ bersabda, “Di dalam"),  # the rest needs ftfy
    ("N: 0¬∞55‚Äô22 di Caf√© Baru", "N: 0°55’22 di Café Baru"),
    ("Café tetap café", "Café tetap café"),  # real accents stay
])
def test_ingest_repair_matches_ftfy_on_the_whole_text(broken: str, repaired: str) -> None:
    assert repair(broken) == repaired


def test_ingest_no_clean_keeps_text_as_written(tmp_path: Path) -> None:
    raw = "Kalimat\tpertama  .\r\nCafe\u0301 â€œx\n"  # tabs, CRLF, decomposed accent, mojibake: all kept
    (tmp_path / "raw.txt").write_bytes(raw.encode())
    (record,) = read([str(tmp_path / "raw.txt")], settings=Settings(clean=False))
    assert clean(record, Settings(clean=False)).text == raw


@pytest.mark.parametrize(("value", "iso"), [
    ("13 September 2023, 21:10 WIB", "2023-09-13T21:10+07:00"),
    ("31 Juli 2023", "2023-07-31"),
    ("Oktober 19, 2019", "2019-10-19"),  # CLICK-ID pos_metro.csv
    ("10-Sep-19", "2019-09-10"),  # CLICK-ID tribunnews.csv
    ("2019-10-09 00:00:00 21:48 WIB", "2019-10-09T21:48+07:00"),  # CLICK-ID kompas.csv date + time
    ("2023-09-13T21:10:00+07:00", "2023-09-13T21:10+07:00"),
    ("2023-09-13T14:10:00Z", "2023-09-13T14:10+00:00"),
    ("Wed, 13 Sep 2023 21:10:00 +0700", "2023-09-13T21:10+07:00"),
    ("32 Juli 2023", None),
    ("bukan tanggal", None),
])
def test_ingest_published_normalised_with_offset(value: str, iso: str | None) -> None:
    assert normalise_published(value) == iso


@pytest.mark.parametrize(("content", "paragraphs"), [
    (' - Satu kalimat.,Dua kalimat.,,,Tiga.', ["- Satu kalimat.", "Dua kalimat.", "Tiga."]),
    ('Kata dia.,"Kami siap," ujarnya.', ["Kata dia.", '"Kami siap," ujarnya.']),
    ("Harga 1,5 juta, naik.,Berikutnya.", ["Harga 1,5 juta, naik.", "Berikutnya."]),
    ("Nusa Tenggara Timur ( ,) adalah bukti.", ["Nusa Tenggara Timur adalah bukti."]),
    (",,,Setelah dihebohkan.,,loading...", ["Setelah dihebohkan.", "loading..."]),
    ("Isi.,Baca Juga :,Namun, isi kedua.", ["Isi.", "Baca Juga :", "Namun, isi kedua."]),  # CLICK-ID okezone.csv
])
def test_ingest_csv_paragraph_seams(content: str, paragraphs: list[str]) -> None:
    assert restore_paragraphs(content).split("\n") == paragraphs
