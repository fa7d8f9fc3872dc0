"""Indonesian news outlets: the spellings found in datelines, headers and URLs, and one canonical name each."""
from __future__ import annotations

import re

# Canonical name -> spellings (compared case-folded). Domains are matched on the URL host too.
OUTLETS: dict[str, tuple[str, ...]] = {
    "Kompas TV": ("kompas.tv", "kompastv", "kompas tv"),
    "Kompas.com": ("kompas.com", "kompascom"),
    "Kompas": ("kompas", "kompas.id", "harian kompas"),
    "Republika": ("republika.co.id", "republika", "republika online"),
    "Antara": ("antara", "antaranews", "antaranews.com", "antara news"),
    "Okezone": ("okezone", "okezone.com"),
    "Sindonews": ("sindonews", "sindonews.com", "koran sindo", "sindo"),
    "Tempo": ("tempo", "tempo.co", "tempo.com", "koran tempo"),
    "Tribunnews": ("tribunnews", "tribunnews.com", "tribun", "tribun-timur.com", "tribunjakarta.com"),
    "Pos Metro": ("posmetro-medan.com", "pos metro", "posmetro"),
    "detikcom": ("detikcom", "detik.com", "detiknews", "detik"),
    "CNN Indonesia": ("cnn indonesia", "cnnindonesia.com", "cnnindonesia"),
    "CNBC Indonesia": ("cnbc indonesia", "cnbcindonesia.com"),
    "Liputan6": ("liputan6", "liputan6.com"),
    "Suara.com": ("suara.com", "suaracom"),
    "Kumparan": ("kumparan", "kumparan.com", "kumparannews"),
    "Tirto": ("tirto", "tirto.id"),
    "Merdeka.com": ("merdeka.com", "merdeka"),
    "VIVA": ("viva", "viva.co.id", "vivanews"),
    "Bisnis.com": ("bisnis.com", "bisnis indonesia"),
    "Kontan": ("kontan", "kontan.co.id"),
    "Jawa Pos": ("jawapos", "jawapos.com", "jawa pos"),
    "JPNN": ("jpnn", "jpnn.com"),
    "IDN Times": ("idn times", "idntimes.com", "idntimes"),
    "Medcom": ("medcom", "medcom.id", "metrotvnews", "metro tv"),
    "Media Indonesia": ("media indonesia", "mediaindonesia.com"),
    "Beritasatu": ("beritasatu", "beritasatu.com", "investor.id"),
    "iNews": ("inews", "inews.id"),
    "Katadata": ("katadata", "katadata.co.id"),
    "VOA Indonesia": ("voa indonesia", "voaindonesia.com", "voa"),
    "BBC News Indonesia": ("bbc indonesia", "bbc news indonesia"),
    "Gatra": ("gatra", "gatra.com"),
    "Rakyat Merdeka": ("rmol", "rmol.id", "rakyat merdeka"),
    "Warta Ekonomi": ("warta ekonomi", "wartaekonomi.co.id"),
    "The Jakarta Post": ("the jakarta post", "thejakartapost.com", "jakarta post"),
    "Pikiran Rakyat": ("pikiran rakyat", "pikiran-rakyat.com", "pikiranrakyat"),
    "Times Indonesia": ("times indonesia", "timesindonesia", "timesindonesia.co.id"),
    "Suara Merdeka": ("suara merdeka", "suaramerdeka.com"),
    "Solopos": ("solopos", "solopos.com"),
    "Harian Jogja": ("harian jogja", "harianjogja.com"),
    "VOI": ("voi", "voi.id"),
    "IDX Channel": ("idx channel", "idxchannel", "idxchannel.com"),
    "Warta Kota": ("warta kota", "wartakota", "wartakotalive.com"),
    "Pos Kota": ("pos kota", "poskota", "poskota.co.id"),
    "Serambi Indonesia": ("serambi", "serambinews", "serambinews.com", "serambi indonesia"),
    "tvOne": ("tvone", "tvonenews", "tvonenews.com"),
    "Jakarta Globe": ("jakarta globe", "jakartaglobe.id"),
    "NU Online": ("nu online", "nu.or.id"),
    "DDTCNews": ("ddtcnews", "news.ddtc.co.id"),
}

_DOT_SPACES = re.compile(r"\s*\.\s*")  # "KOMPAS. com" as some pages print it
_BY_SPELLING = {spelling: name for name, spellings in OUTLETS.items() for spelling in (name.casefold(), *spellings)}


def canonical_outlet(spelling: str) -> str | None:
    """The canonical outlet for a dateline/header spelling such as ``KOMPAS.TV`` or ``Republika.co.id``."""
    return _BY_SPELLING.get(_DOT_SPACES.sub(".", " ".join(spelling.split())).strip(" .").casefold())


def outlet_from_host(host: str) -> str | None:
    """The outlet of a URL host: ``daerah.sindonews.com`` -> ``Sindonews``."""
    labels = host.casefold().removeprefix("www.").split(".")
    for i in range(len(labels) - 1):  # longest suffix first: news.detik.com -> detik.com
        found = _BY_SPELLING.get(".".join(labels[i:]))
        if found and "." in ".".join(labels[i:]):
            return found
    return None
