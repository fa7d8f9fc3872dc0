"""News agencies whose copy Indonesian outlets republish, and the phrases that credit them."""
from __future__ import annotations

# Canonical agency name -> spellings (case-sensitive: "AP" must not match "ap" in a word).
WIRES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters",),
    "Associated Press": ("Associated Press", "AP"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Xinhua": ("Xinhua",),
    "Yonhap": ("Yonhap",),
    "Kyodo": ("Kyodo",),
    "Bernama": ("Bernama",),
    "TASS": ("TASS",),
    "RIA Novosti": ("RIA Novosti",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "dpa": ("dpa", "DPA"),
    "EFE": ("EFE",),
    "Bloomberg": ("Bloomberg",),
    "Antara": ("Antara", "ANTARA"),
}

# Verbs and phrases that introduce the agency a report was taken from.
CREDIT_CUES: tuple[str, ...] = (
    "dilansir", "melansir", "dilansir dari", "melansir dari", "sebagaimana dilansir", "seperti dilansir",
    "dikutip dari", "mengutip", "dikutip", "sebagaimana dikutip", "seperti dikutip", "menurut laporan",
    "diberitakan", "seperti diberitakan", "laporan kantor berita", "kata kantor berita", "menurut kantor berita",
    "kepada",  # "kata dia kepada Reuters": an interview the agency did
)
