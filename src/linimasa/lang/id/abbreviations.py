"""Indonesian abbreviations written with a full stop, as segmentation needs them.

``PREFIX`` abbreviations stand before a name or number (``Jl. Sudirman``, ``Dr. Tirta``) and
never end a sentence; ``SUFFIX`` abbreviations (``PT Astra Tbk.``, ``dll.``) may end one.
Lower-cased, without the final full stop.
"""
from __future__ import annotations

PREFIX = frozenset({
    "jl", "jln", "gg", "no", "kab", "kec", "kel", "prov", "kota", "rt", "rw", "kav",
    "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "st", "bpk", "sdr", "sdri", "ny", "nn", "tn",
    "mr", "mrs", "ms", "pt", "cv", "ud", "yth", "a.n", "u.p", "gen", "jend", "letjen", "mayjen", "brigjen",
    "kol", "kompol", "kapt", "lt", "sgt", "rp", "hal", "tel", "telp", "vol", "ed", "hlm", "pkl",
})

SUFFIX = frozenset({
    "tbk", "dll", "dsb", "dst", "dkk", "sh", "se", "mm", "mh", "msi", "m.si", "s.h", "s.e", "s.pd",
    "s.kom", "m.m", "m.h", "ph.d", "phd", "jr", "sr", "inc", "ltd", "co", "corp", "persero",
})

# Time-zone words that wire copy glues to the dateline (``21:10 WIBSEOUL``).
TIME_ZONES = ("WITA", "WIB", "WIT")
