"""Happenings outside PLOVER by kind: the trigger roots (``lang.id.triggers``) of deaths, funerals, crashes…

Events of these kinds carry no PLOVER type; the timeline compares their kind instead, so that one death
reported as ``wafat`` and as ``meninggal dunia`` is one entry and the funeral the next day is another.
"""
from __future__ import annotations

KINDS: dict[str, frozenset[str]] = {
    "death": frozenset({"wafat", "tewas", "meninggal", "berpulang"}),
    "funeral": frozenset({"makam", "kubur", "dikebumikan"}),
    "care": frozenset({"rawat"}),
    "accident": frozenset({"tabrak", "kecelakaan", "hilang"}),  # "hilang kontak": a plane lost
    "fire": frozenset({"kebakaran"}),
    "explosion": frozenset({"ledak"}),
    "disaster": frozenset({"gempa", "banjir", "longsor", "erupsi", "letus"}),
    "ruling": frozenset({"vonis", "putus"}),
    "election": frozenset({"pilih"}),
    "match": frozenset({"kalah", "menang", "tunduk", "bobol", "imbang", "kekalahan", "kemenangan", "kebobolan"}),
    "appointment": frozenset({"lantik", "angkat", "tetap"}),
    "law": frozenset({"sah", "berlaku"}),
    "call-off": frozenset({"batal", "tunda"}),
}
KIND_OF: dict[str, str] = {root: kind for kind, roots in KINDS.items() for root in roots}
