"""Kinds of events (PLOVER types) and of entities named in Indonesian, for people reading a timeline."""
from __future__ import annotations

TYPE_NAMES: dict[str, str] = {
    "AGREE": "Sepakat", "CONSULT": "Bertemu/berunding", "SUPPORT": "Mendukung", "CONCEDE": "Mengalah",
    "COOPERATE": "Bekerja sama", "AID": "Bantuan", "RETREAT": "Mundur", "REQUEST": "Meminta", "ACCUSE": "Menuduh",
    "REJECT": "Menolak", "THREATEN": "Mengancam", "PROTEST": "Protes", "SANCTION": "Sanksi",
    "MOBILIZE": "Mobilisasi", "COERCE": "Memaksa", "ASSAULT": "Serangan",
}
OTHER = "Lainnya"  # an event whose type was not decided
LABEL_NAMES: dict[str, str] = {"PER": "Orang", "ORG": "Organisasi", "LOC": "Tempat"}
