"""Small valid inputs in every format ingest reads: the seeds of the fuzzers' mutations.

Built from one bundled seed article so that mutations start from real Indonesian news, not lorem ipsum.
"""
from __future__ import annotations

import csv
import io
import json
from html import escape
from pathlib import Path
from uuid import NAMESPACE_URL, uuid5

SEED = Path(__file__).resolve().parents[1] / "examples" / "seeds" / "001_cda18cd7148e19f9.txt"
TITLE = "Kim Jong-un dan Shoigu tinjau pameran senjata"
URL = "https://www.kompas.com/global/read/2023/07/27/101500/kim-shoigu"
PUBLISHED = "2023-07-27T10:15:00+07:00"


def paragraphs() -> list[str]:
    return [p for p in SEED.read_text(encoding="utf-8").splitlines() if p.strip()][:6]


def text_sample() -> bytes:
    return "\n\n".join(paragraphs()).encode()


def html_sample() -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs())
    return (f'<!DOCTYPE html><html><head><title>{TITLE}</title>'
            f'<meta property="article:published_time" content="{PUBLISHED}">'
            f'<link rel="canonical" href="{URL}"></head>'
            f"<body><nav>Beranda | Global</nav><article><h1>{TITLE}</h1>{body}</article>"
            f"<footer>Hak cipta</footer></body></html>").encode()


def jsonl_sample() -> bytes:
    items = [{"title": f"{TITLE} {n}", "url": f"{URL}/{n}", "published": PUBLISHED, "text": p}
             for n, p in enumerate(paragraphs())]
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode()


def csv_sample() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "source", "date", "time", "category", "sub-category", "content", "url"])
    for n, p in enumerate(paragraphs()):
        writer.writerow([f"{TITLE} {n}", "kompas", "27/07/2023", "10:15", "global", "-", p, f"{URL}/{n}"])
    return out.getvalue().encode()


def rss_sample() -> bytes:
    items = "".join(f"<item><title>{TITLE} {n}</title><link>{URL}/{n}</link>"
                    f"<pubDate>Thu, 27 Jul 2023 10:15:00 +0700</pubDate>"
                    f"<description>{escape(p)}</description></item>" for n, p in enumerate(paragraphs()))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Kompas</title>'
            f"<link>https://www.kompas.com</link>{items}</channel></rss>").encode()


def atom_sample() -> bytes:
    entries = "".join(f'<entry><title>{TITLE} {n}</title><link href="{URL}/{n}"/>'
                      f"<published>{PUBLISHED}</published>"
                      f'<content type="html">{escape(f"<p>{escape(p)}</p>")}</content></entry>'
                      for n, p in enumerate(paragraphs()))
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Kompas</title>{entries}</feed>").encode()


def warc_sample() -> bytes:
    return b"".join(warc_record(f"{URL}/{n}", html_sample()) for n in range(2))


def warc_record(url: str, html: bytes, *, content_type: bytes = b"text/html; charset=utf-8") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\n\r\n" + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2023-07-27T03:15:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid5(NAMESPACE_URL, url)}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


# Format -> (file suffix, valid sample); the suffix-less variant exercises format sniffing.
SAMPLES = {
    "text": (".txt", text_sample),
    "html": (".html", html_sample),
    "jsonl": (".jsonl", jsonl_sample),
    "csv": (".csv", csv_sample),
    "rss": (".rss", rss_sample),
    "atom": (".atom", atom_sample),
    "warc": (".warc", warc_sample),
}
