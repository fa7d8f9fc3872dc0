"""Stances in reported speech: which quotes are reactions, and of which PLOVER type.

A statement is an event of its speaker when it denies, accuses, demands, supports, threatens or
concedes; an explanation ("Pesawatnya lagi muat kargo") is not. The cue may carry the stance
("membantah", "menuding"); otherwise the words of the content do ("tidak benar", "melanggar",
"harus", "mendukung"). Words are lower-cased; phrases are tuples of consecutive words.
"""
from __future__ import annotations

from ...model import EventType

# Reporting verbs that say what the statement does.
CUES: dict[str, EventType] = {
    "membantah": "REJECT", "menampik": "REJECT", "menepis": "REJECT", "menyangkal": "REJECT", "kilah": "REJECT",
    "berkilah": "REJECT", "menuding": "ACCUSE", "menuduh": "ACCUSE", "mengkritik": "ACCUSE", "mengecam": "ACCUSE",
    "menyesalkan": "ACCUSE", "menyayangkan": "ACCUSE", "meminta": "REQUEST", "mendesak": "REQUEST",
    "menyerukan": "REQUEST", "mengimbau": "REQUEST", "menuntut": "REQUEST", "mengancam": "THREATEN",
    "memperingatkan": "THREATEN", "mengakui": "CONCEDE", "mendukung": "SUPPORT", "mengapresiasi": "SUPPORT",
}

# Content words and phrases, by type. A denial is mostly a negated assertion ("tidak benar", "tidak ada etika
# yang dilanggar"), so REJECT also takes any other stance word under a negation (see NEGATORS).
WORDS: dict[str, EventType] = {
    **dict.fromkeys(("bohong", "hoaks", "hoax", "fitnah", "keberatan", "eksepsi", "mengada-ada", "menolak",
                     "membantah", "menampik", "keliru"), "REJECT"),
    **dict.fromkeys(("melanggar", "pelanggaran", "dilanggar", "lalai", "kelalaian", "gagal", "kegagalan",
                     "kolonial", "zalim", "kezaliman", "kedzaliman", "melumpuhkan", "melemahkan", "kriminalisasi",
                     "intimidasi", "sewenang-wenang", "diskriminasi", "mencampuri", "separatis", "menjelekkan",
                     "kecewa", "mengecewakan", "menyesalkan", "disayangkan", "keterlaluan", "bertentangan",
                     "bermasalah", "membahayakan", "merusak", "merugikan", "mengganggu", "mengejutkan", "didepak",
                     "dipecat", "kesalahan", "disengaja", "sengaja", "terorganisasi"), "ACCUSE"),
    **dict.fromkeys(("meminta", "minta", "mendesak", "menuntut", "menyerukan", "mengimbau", "imbau", "memohon",
                     "mohon", "memerintahkan", "perintahkan", "menginstruksikan", "instruksikan", "hendaknya",
                     "seharusnya", "sebaiknya", "harus", "jangan"), "REQUEST"),
    **dict.fromkeys(("mendukung", "dukung", "dukungan", "menghormati", "hormati", "menghargai", "hargai",
                     "mengapresiasi", "apresiasi", "duka", "belasungkawa", "bangga", "setuju", "layak",
                     "pantas"), "SUPPORT"),
    **dict.fromkeys(("sanksi", "ancam", "mengancam", "ditindak", "menindak", "dicopot", "dpo", "konsekuensi",
                     "memperingatkan", "diproses"), "THREATEN"),
    **dict.fromkeys(("mengakui", "akui", "maaf", "menyesal"), "CONCEDE"),
}
# Phrases win over their words ("tidak peduli" accuses; a negated stance word alone denies).
PHRASES: dict[tuple[str, ...], EventType] = {
    ("ikut", "campur"): "ACCUSE", ("campur", "tangan"): "ACCUSE", ("tidak", "peduli"): "ACCUSE",
    ("tak", "peduli"): "ACCUSE", ("luar", "nalar"): "ACCUSE", ("tidak", "masuk", "akal"): "ACCUSE",
    ("tidak", "adil"): "ACCUSE", ("tidak", "fair"): "ACCUSE", ("tidak", "kompeten"): "ACCUSE",
    ("tidak", "profesional"): "ACCUSE", ("tidak", "pantas"): "ACCUSE",
    ("terima", "kasih"): "SUPPORT", ("bela", "sungkawa"): "SUPPORT",
    ("red", "notice"): "THREATEN", ("tindak", "tegas"): "THREATEN",
}
PHRASE_WORDS = 3  # the longest phrase

# A stance word right after one of these is denied ("tidak setuju", "bukan pelanggaran"), and a content that
# opens with one denies ("Tidak ada etika yang dilanggar", "Enggak (ada kompensasi)").
NEGATORS = frozenset({"tidak", "tak", "enggak", "nggak", "gak", "bukan", "belum", "tanpa"})
NEGATION_REACH = 3
# A content denies when it opens with a negator, or with its subject then one ("Itu tidak ada motif politik",
# "Saya tidak mengadakan hubungan dengan TGB").
# words between a negator and the stance word it denies ("tidak ada etika yang dilanggar")
OPENING_SUBJECTS = frozenset({"saya", "aku", "kami", "kita", "itu", "ini", "dia", "ia", "beliau", "mereka"})

# When a statement holds several stances, the strongest names it: a denial with a request is a denial.
PRIORITY: tuple[EventType, ...] = ("REJECT", "ACCUSE", "THREATEN", "CONCEDE", "REQUEST", "SUPPORT")
