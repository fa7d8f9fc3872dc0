"""Boilerplate that Indonesian news sites mix into article bodies.

Each entry is a regular expression for one whole line (matched case-insensitively after trimming).
Lines that carry metadata (authors, wire) use named groups that the cleaner reads:
``authors`` (names separated by ``,``/``dan``/``Editor :``) and ``wire``.
"""
from __future__ import annotations

# Lines whose named groups become metadata.
CREDIT_LINES: tuple[str, ...] = (
    r"(?:penulis|reporter|pewarta|wartawan|kontributor)\s*:\s*(?P<authors>.+)",
    r"(?:editor|redaktur|red|rep)\s*:\s*(?P<authors>.+)",  # Republika: "Rep: X Red: Y"
    r"oleh\s*:\s*(?P<authors>.{3,60})",
    r"laporan\s+(?:wartawan|reporter|koresponden)\s+\S+?,?\s+(?P<authors>(?:\S+\s*){1,4})",
    r"(?:sumber|source)\s*:\s*(?P<wire>.+)",
)

# A header byline before the date: "Rahman Asmardika, Jurnalis · Kamis 27 Juli 2023 10:15 WIB" (Okezone).
HEADER_BYLINE = r"(?P<authors>[^,|·]{3,60}?),?\s+(?:jurnalis|wartawan|reporter|penulis|kontributor|koresponden)"

# Lines dropped outright: navigation, teasers, widgets, calls to action.
NOISE_LINES: tuple[str, ...] = (
    r"baca\s+(?:juga|pula|selengkapnya|berita\s+lain(?:nya)?)\s*[:.\-–].*",
    r"(?:lihat|simak|tonton|saksikan)\s+(?:juga|pula|video|foto|selengkapnya|breaking\s+news)\b.*",
    r"(?:bagikan|share|salin\s+link|copy\s+link)\s*:?",
    r"(?:ikuti|follow|gabung)\b.{0,80}\b(?:google\s+news|whatsapp|telegram|instagram|twitter|tiktok|channel)\b.*",
    r"\[?gambas\s*:.*|klik\s+(?:di\s+sini|link)\b.*|tags?\s*:.*|topik\s*:.*",
    r"(?:berita|artikel)\s+(?:terkait|lainnya|pilihan)\s*:?.*",
    r"artikel\s+ini\s+telah\s+(?:tayang|terbit|dimuat)\b.*",
    r"(?:dapatkan|ikuti)\s+(?:update|berita|informasi)\b.*",
    r"scroll\s+to\s+(?:continue\s+with|resume)\s+content",
    r"advertisement|iklan|comments?|komentar|loading(?:…|\.\.\.)?|memuat(?:…|\.\.\.)?",
    r"(?:copyright|hak\s+cipta)\s*©?.*",
    r"video\s+pilihan.*|foto\s*:\s*.*|ilustrasi\s*:.*|pilihan\s+editor\s*:.*",
)

# Editor initials or a byline in brackets at the very end of the body: "[ah]", "(ant/ah)", "(Rahman Asmardika)".
# An agency may stand among the initials: "(Reuters)", "(ant/Reuters)".
SIGNOFF_INITIALS = r"[\[(](?:[a-z]{1,5}|[A-Z]{2,5}|[A-Z][a-z]{2,8})(?:/[a-zA-Z]{1,8})*[\])]"
SIGNOFF_SOURCE = r"\((?i:sumber|source)\s*:\s*(?P<wire>[^()]{2,40})\)"  # "(Sumber: Reuters)"
SIGNOFF_MARK = r"\(\*\)|\*{3}"  # Antara's "(*)", a closing "***"
SIGNOFF_BYLINE = r"\((?P<authors>[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]*){1,3})\)"

# Separators between several names in one credit line.
AUTHOR_SEPARATORS = (r"\s*(?:,|/|;|&|\||\bdan\b|\beditor\s*:|\bred(?:aktur)?\s*:|\brep(?:orter)?\s*:|\bpenulis\s*:"
                     r"|\bfotografer\s*:)\s*")
