"""Indonesian speech cues: the words that attribute a quote to a speaker.

Three positions occur in news prose:
- postposed, after the quoted content: ``"…," kata Lukin`` / ``…, ujarnya``;
- preposed verbs, speaker before and content after: ``Kirby mengatakan (bahwa) …``;
- the source preposition ``menurut``: ``Menurut X, …`` or ``…, menurut X``.
"""
from __future__ import annotations

# Postposed cues; each may also carry the clitic -nya ("katanya" = said he/she).
POSTPOSED = frozenset({
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tambah", "imbuh", "lapor", "tulis",
    "terang", "papar", "tegas", "sebut", "pungkas", "kilah", "klaim", "tanya", "seru",
})

# Preposed verbs that always introduce reported speech.
SPEECH_VERBS = frozenset({
    "mengatakan", "berkata", "berujar", "menuturkan", "menambahkan", "mengimbuhkan", "bilang",
})

# Preposed verbs that also take plain noun objects ("menyatakan dukungan"): a quote only
# when a complementiser or punctuation follows.
CLAUSE_VERBS = frozenset({
    "menyatakan", "menegaskan", "menjelaskan", "menyebut", "menyebutkan", "menilai", "mengaku",
    "mencatat", "mengungkapkan", "memaparkan", "menerangkan", "mengklaim", "memperingatkan",
    "menekankan", "menyampaikan", "mengutarakan", "mengingatkan", "berpendapat", "meyakini",
})

# Verbs of saying that are not cues of a quote of their own, and the cues: a person who does one of these just
# before "…," ujarnya is who "-nya" is.
SAYING = SPEECH_VERBS | CLAUSE_VERBS | frozenset({
    "membenarkan", "mengemukakan", "mengungkap", "menanggapi", "berpesan", "mengajak", "meminta", "mengimbau",
    "berharap", "membantah", "menampik", "menepis", "mengakui", "menyayangkan", "mengkritik", "menegur",
})

SOURCE_PREPOSITIONS = frozenset({"menurut"})
# "Menurut jadwal, …" / "menurut aturan": a document or a plan, not someone speaking.
NOT_SOURCES = frozenset({"jadwal", "rencana", "data", "catatan", "aturan", "ketentuan", "hukum", "undang-undang",
                         "survei", "hasil", "perhitungan", "kalender", "prediksi", "perkiraan", "informasi"})
# Documents that a text quotes; they do not speak ("Pasal 219 mengatakan, …").
DOCUMENTS = frozenset({"pasal", "ayat", "undang-undang", "uu", "peraturan", "perpres", "perppu", "permen"})

# "Hal itu disampaikan Menteri X …": a passive cue after an anaphoric opener attributes the previous sentence.
PASSIVE_CUES = frozenset({"dikatakan", "disampaikan", "diungkapkan", "dijelaskan", "ditegaskan", "disebutkan",
                          "dinyatakan", "diutarakan", "dipaparkan", "diterangkan"})
ANAPHORIC_OPENERS = frozenset({"hal", "demikian", "pernyataan", "penjelasan", "keterangan", "itu"})

# "bahwa" after the verb marks a reported clause; without it, a subject pronoun or an auxiliary does.
COMPLEMENTISERS = frozenset({"bahwa", "kalau"})
SUBJECT_PRONOUNS = frozenset({"pihaknya", "ia", "dia", "mereka", "kami", "kita", "saya", "aku", "beliau"})
AUXILIARIES = frozenset({"akan", "telah", "sudah", "tidak", "tak", "masih", "harus", "bisa", "dapat", "sedang",
                         "belum", "perlu", "mampu", "ingin", "mesti", "wajib", "bakal", "sempat", "tengah", "siap"})

# A cue right after these words is not an attribution ("yang menyatakan", "untuk mengatakan").
BLOCKERS = frozenset({"yang", "untuk", "akan"})
# Nor a negated one ("belum secara langsung mengatakan").
NEGATORS = frozenset({"tidak", "tak", "belum", "bukan", "enggan", "menolak", "tanpa"})
NEGATION_REACH = 3

# Words that end the speaker phrase after a postposed cue ("kata Kim seperti dikutip oleh …").
SPEAKER_STOPS = frozenset({
    "seperti", "sebagaimana", "dilansir", "dikutip", "mengutip", "melansir", "merujuk", "mengacu",
    "yang", "saat", "ketika", "dalam", "kepada", "pada", "di", "usai", "setelah", "sebelum",
    "sambil", "seraya", "dengan", "lewat", "melalui", "dari",
})

# After "…, kata X," these open an apposition about X, not the rest of the quote.
APPOSITION = frozenset({"seorang", "salah", "yang", "mengacu", "merujuk", "ketika", "saat", "dalam", "di", "pada",
                        "selaku", "sebagai", "usai", "setelah", "sambil", "seraya", "kepada"})

PRONOUNS = frozenset({"ia", "dia", "beliau", "dirinya"})
PLURAL_PRONOUNS = frozenset({"mereka", "kami"})
DEMONSTRATIVES = frozenset({"tersebut", "itu", "ini"})

# Leading words to drop from a speaker phrase ("Namun, juru bicara …").
LEADING_FILLERS = frozenset({"namun", "sementara", "sedangkan", "tetapi", "tapi", "dan", "pun", "lalu", "kemudian",
                             "laporan", "pernyataan", "keterangan"})  # "kata laporan KCNA" is KCNA speaking


def cue_base(word: str) -> str:
    """``katanya`` -> ``kata``, ``menurutnya`` -> ``menurut``: strip the -nya clitic (he/she) of a cue."""
    lower = word.lower()
    if lower.endswith("nya") and lower[:-3] in POSTPOSED | SOURCE_PREPOSITIONS:
        return lower[:-3]
    return lower
