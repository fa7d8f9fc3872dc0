"""Name variants of entities Indonesian news writes in several ways, and metonyms.

``ALIASES`` maps a canonical name to its label and variants; spelling variants that differ
only by case, hyphens or spaces (``Kim Jong Un``/``Kim Jong-un``) need no entry.
"""
from __future__ import annotations

from ...model import Label

ALIASES: dict[str, tuple[Label, tuple[str, ...]]] = {
    "Korea Utara": ("LOC", ("Korut", "DPRK", "Republik Rakyat Demokratik Korea", "Republik Demokratik Rakyat Korea",
                            "North Korea", "Korea Utara")),
    "Korea Selatan": ("LOC", ("Korsel", "Republik Korea", "South Korea")),
    "Amerika Serikat": ("LOC", ("AS", "USA", "Amerika", "United States", "Paman Sam")),
    "China": ("LOC", ("Tiongkok", "Cina", "RRC", "RRT", "Republik Rakyat China", "Republik Rakyat Tiongkok",
                      "Republik Rakyat Cina", "Tirai Bambu")),
    "Rusia": ("LOC", ("Federasi Rusia", "Russia")),
    "Inggris": ("LOC", ("Inggris Raya", "Britania Raya", "UK")),
    "Moskow": ("LOC", ("Moscow", "Moskwa")),
    "Kyiv": ("LOC", ("Kiev",)),
    "Beijing": ("LOC", ("Peking",)),
    "Ukraina": ("LOC", ("Ukraine",)),
    "Uni Soviet": ("LOC", ("Soviet", "USSR")),
    "Kim Jong-un": ("PER", ("Kim Jong Un",)),
    "Kang Sun Nam": ("PER", ("Kang Sun-nam",)),
    "Joe Biden": ("PER", ("Biden",)),
    "Vladimir Putin": ("PER", ("Putin",)),
    "Xi Jinping": ("PER", ("Xi",)),
    "Joko Widodo": ("PER", ("Jokowi",)),
    "Prabowo Subianto": ("PER", ("Prabowo",)),
    "KCNA": ("ORG", ("Kantor Berita Pusat Korea", "Korean Central News Agency")),
    "Kremlin": ("ORG", ("Istana Kremlin",)),
    "Gedung Putih": ("ORG", ("White House",)),
    "Partai Komunis China": ("ORG", ("Partai Komunis Tiongkok", "Partai Komunis Cina", "PKC", "PKT")),
    "Perserikatan Bangsa-Bangsa": ("ORG", ("PBB", "United Nations")),
    "Dewan Keamanan PBB": ("ORG", ("DK PBB", "Dewan Keamanan Perserikatan Bangsa-Bangsa")),
    "Associated Press": ("ORG", ("AP",)),
    "Reuters": ("ORG", ("Reuters",)),
    "Agence France-Presse": ("ORG", ("AFP",)),
    "Yonhap": ("ORG", ("Kantor Berita Yonhap",)),
    "Republika": ("ORG", ("REPUBLIKA.CO.ID", "Republika.co.id")),
    "Kompas TV": ("ORG", ("KOMPAS.TV", "KompasTV")),
    "Kompas": ("ORG", ("Kompas.com", "KOMPAS.com", "Harian Kompas")),
    "Antara": ("ORG", ("ANTARA", "Kantor Berita Antara", "Antaranews")),
    "Tentara Nasional Indonesia": ("ORG", ("TNI",)),
    "Kepolisian Negara Republik Indonesia": ("ORG", ("Polri",)),
    "Komisi Pemberantasan Korupsi": ("ORG", ("KPK",)),
    "Dewan Perwakilan Rakyat": ("ORG", ("DPR", "DPR RI")),
    "Organisasi Pakta Atlantik Utara": ("ORG", ("NATO", "Pakta Pertahanan Atlantik Utara")),
}

# Places and buildings that often stand for a government: name -> the country they stand for.
METONYMS: dict[str, str] = {
    "Kremlin": "Rusia", "Gedung Putih": "Amerika Serikat", "Pentagon": "Amerika Serikat",
    "Pyongyang": "Korea Utara", "Seoul": "Korea Selatan", "Moskow": "Rusia", "Washington": "Amerika Serikat",
    "Beijing": "China", "Tokyo": "Jepang", "Kyiv": "Ukraina", "Jakarta": "Indonesia", "Teheran": "Iran",
    "Istana Merdeka": "Indonesia", "Downing Street": "Inggris", "Zhongnanhai": "China",
}
