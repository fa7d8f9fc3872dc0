"""UI text: Indonesian first, English when the user switches (``?lang=en``, remembered in a cookie)."""
from __future__ import annotations

LANGS = ("id", "en")

# key: (Indonesian, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "timeline": ("Linimasa", "Timeline"),
    "stories": ("Cerita", "Stories"),
    "entities": ("Entitas", "Entities"),
    "articles": ("Artikel", "Articles"),
    "search": ("Cari", "Search"),
    "quotes": ("Kutipan", "Quotes"),
    "disputed": ("Klaim yang dipersoalkan", "Disputed claims"),
    "events": ("Peristiwa", "Events"),
    "event": ("Peristiwa", "Event"),
    "evidence": ("Bukti", "Evidence"),
    "evidence_in_sources": ("Kalimat bukti di setiap sumber", "Evidence sentences in each source"),
    "sources": ("sumber", "sources"),
    "actors": ("Pelaku", "Actors"),
    "type": ("Jenis", "Type"),
    "date": ("Tanggal", "Date"),
    "place": ("Tempat", "Place"),
    "since": ("Dari", "From"),
    "until": ("Sampai", "Until"),
    "entity": ("Entitas", "Entity"),
    "outlet": ("Media", "Outlet"),
    "all": ("semua", "all"),
    "filter": ("Saring", "Filter"),
    "zoom_in": ("Perbesar", "Zoom in"),
    "zoom_out": ("Perkecil", "Zoom out"),
    "no_events": ("Belum ada peristiwa.", "No events yet."),
    "no_results": ("Tidak ada hasil.", "No results."),
    "results": ("hasil", "results"),
    "aliases": ("Alias", "Aliases"),
    "roles": ("Jabatan dari waktu ke waktu", "Roles over time"),
    "title": ("Jabatan", "Title"),
    "first_seen": ("Pertama", "First seen"),
    "last_seen": ("Terakhir", "Last seen"),
    "cooccurring": ("Sering muncul bersama", "Co-occurring entities"),
    "network": ("Jaringan", "Network"),
    "attention": ("Perhatian dari hari ke hari (bagian berita harian)", "Attention by day (share of the day's news)"),
    "no_attention": ("Tidak ada artikel bertanggal", "No dated articles"),
    "mentions": ("sebutan", "mentions"),
    "shared_articles": ("artikel bersama", "shared articles"),
    "published": ("Terbit", "Published"),
    "warnings": ("Peringatan", "Warnings"),
    "copies": ("Salinan", "Copies"),
    "legend": ("Keterangan", "Legend"),
    "timex": ("Waktu", "Time"),
    "quote": ("Kutipan", "Quote"),
    "speaker": ("Pembicara", "Speaker"),
    "previous": ("Sebelumnya", "Previous"),
    "next": ("Berikutnya", "Next"),
    "search_hint": ('kata, "frasa", OR, -kecuali', 'words, "phrases", OR, -excluded'),
    "export": ("Ekspor", "Export"),
    "language": ("English", "Bahasa Indonesia"),
    "error": ("Galat", "Error"),
    "disputed_flag": ("dipersoalkan", "disputed"),
    "undated": ("tanpa tanggal", "undated"),
    "articles_in_story": ("Artikel dalam cerita", "Articles in this story"),
}


def translate(key: str, lang: str) -> str:
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    return pair[LANGS.index(lang)] if lang in LANGS else pair[0]
