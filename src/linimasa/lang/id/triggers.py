"""Event triggers: Indonesian roots and their affixed forms mapped to PLOVER event types.

A root is listed once; ``forms`` derives the active (meN-, with nasal assimilation),
passive (di-), intransitive (ber-), stative (ter-) and nominal (peN-an, per-an, -an) forms,
so ``temu`` covers bertemu, menemui, ditemui and pertemuan.

Happenings PLOVER has no type for (deaths and funerals, crashes, disasters, court rulings,
elections and appointments, matches) get the empty type: they are events of a story (a story
about a death is not empty) without a claim about who acted on whom.
"""
from __future__ import annotations

from functools import lru_cache

from ...model import EventType

ROOTS: dict[str, EventType] = {
    # CONSULT: meet, visit, talks, arrive, host
    "temu": "CONSULT", "kunjung": "CONSULT", "bicara": "CONSULT", "runding": "CONSULT", "lawat": "CONSULT",
    "tiba": "CONSULT", "sambut": "CONSULT", "teman": "CONSULT", "jamu": "CONSULT", "dialog": "CONSULT",
    "konsultasi": "CONSULT", "ktt": "CONSULT", "negosiasi": "CONSULT", "kerjasama": "COOPERATE",
    # AGREE: sign, pledge, agree
    "janji": "AGREE", "sepakat": "AGREE", "setuju": "AGREE", "tandatangan": "AGREE", "teken": "AGREE",
    "ikrar": "AGREE", "komitmen": "AGREE", "mufakat": "AGREE",
    # SUPPORT, COOPERATE
    "dukung": "SUPPORT", "puji": "SUPPORT", "tukar": "COOPERATE", "kolaborasi": "COOPERATE",
    # AID: supply weapons, help
    "kirim": "AID", "pasok": "AID", "jual": "AID", "sedia": "AID", "beri": "AID", "bantu": "AID", "suplai": "AID",
    # ACCUSE, REJECT, THREATEN, PROTEST, SANCTION
    "tuduh": "ACCUSE", "kecam": "ACCUSE", "kutuk": "ACCUSE", "dakwa": "ACCUSE", "gugat": "ACCUSE",
    "bantah": "REJECT", "sangkal": "REJECT", "tolak": "REJECT", "tampik": "REJECT", "veto": "REJECT",
    "ancam": "THREATEN", "ultimatum": "THREATEN",
    "protes": "PROTEST", "demo": "PROTEST", "demonstrasi": "PROTEST", "mogok": "PROTEST", "boikot": "PROTEST",
    "sanksi": "SANCTION", "embargo": "SANCTION",
    # MOBILIZE: missile launches, parades, exercises, deployments
    "luncur": "MOBILIZE", "tembak": "MOBILIZE", "lepas": "MOBILIZE", "parade": "MOBILIZE", "latih": "MOBILIZE",
    "kerah": "MOBILIZE", "mobilisasi": "MOBILIZE", "siaga": "MOBILIZE",
    # ASSAULT, COERCE, RETREAT, REQUEST, CONCEDE
    "serang": "ASSAULT", "invasi": "ASSAULT", "bom": "ASSAULT", "gempur": "ASSAULT", "bunuh": "ASSAULT",
    "tangkap": "COERCE", "usir": "COERCE", "blokade": "COERCE", "sita": "COERCE", "deportasi": "COERCE",
    "mundur": "RETREAT", "evakuasi": "RETREAT",
    "minta": "REQUEST", "desak": "REQUEST", "undang": "REQUEST", "mohon": "REQUEST", "imbau": "REQUEST",
    "maaf": "CONCEDE",
    # newsworthy acts with no PLOVER type (empty type): releases, announcements, appointments, laws
    "rilis": "", "umum": "", "resmi": "", "lantik": "", "sah": "", "tetap": "", "gelar": "", "angkat": "",
    "berlaku": "", "putus": "", "usul": "REQUEST", "bahas": "CONSULT",
    # happenings outside PLOVER (empty type): deaths and funerals, accidents, disasters, courts, elections, matches
    "wafat": "", "tewas": "", "makam": "", "kubur": "", "rawat": "", "tabrak": "", "ledak": "", "gempa": "",
    "banjir": "", "longsor": "", "erupsi": "", "letus": "", "vonis": "", "pilih": "", "kalah": "", "menang": "",
    "tunduk": "", "bobol": "", "imbang": "", "batal": "", "tunda": "",
    "ziarah": "CONSULT", "takziah": "CONSULT", "layat": "CONSULT", "cegah": "COERCE", "blokir": "COERCE",
    "tilang": "COERCE", "pungkir": "REJECT", "tepis": "REJECT",
    # reactions carried by reporting verbs
    "kritik": "ACCUSE", "tuding": "ACCUSE", "bela": "SUPPORT", "apresiasi": "SUPPORT",
}

# Surface forms no root derivation gives (ke-an nouns, "meninggal" = die but "tinggal" = stay).
WORDS: dict[str, EventType] = {
    "meninggal": "", "berpulang": "", "kecelakaan": "", "kebakaran": "", "dikebumikan": "", "kekalahan": "",
    "kemenangan": "", "kebobolan": "",
    "mengkritik": "ACCUSE", "menyayangkan": "ACCUSE", "menyalahkan": "ACCUSE", "menentang": "REJECT",
    "mengakui": "CONCEDE",
    "memperingatkan": "THREATEN",
    # visits and attendance ("meninjau kebakaran", "menghadiri pemakaman"), revoking a licence
    "meninjau": "CONSULT", "menghadiri": "CONSULT", "dihadiri": "CONSULT", "mencabut": "COERCE", "dicabut": "COERCE",
    "rapat": "CONSULT",  # a meeting named alone ("saat rapat di Istana pada 15 Juli")
    "pencabutan": "COERCE",
}

# A root takes another type when one of these words follows closely: naming a suspect is coercion
# ("menetapkan Imam Nahrawi sebagai tersangka").
RETYPED: dict[str, tuple[frozenset[str], EventType]] = {"tetap": (frozenset({"tersangka", "buron", "dpo"}), "COERCE")}
RETYPE_REACH = 10  # words after the trigger (a title and a name come between)

# Two-word triggers: (root of the first word, second word).
PHRASES: dict[tuple[str, str], EventType] = {
    ("kerja", "sama"): "COOPERATE", ("tuan", "rumah"): "CONSULT", ("uji", "coba"): "MOBILIZE",
    ("undur", "diri"): "RETREAT", ("unjuk", "rasa"): "PROTEST", ("unjuk", "kekuatan"): "MOBILIZE",
    ("gencatan", "senjata"): "AGREE", ("rapat", "kerja"): "CONSULT", ("rapat", "paripurna"): "CONSULT",
    ("rapat", "terbatas"): "CONSULT", ("tarik", "pasukan"): "RETREAT", ("kirim", "pasukan"): "MOBILIZE",
    ("minta", "maaf"): "CONCEDE", ("mohon", "maaf"): "CONCEDE", ("hilang", "kontak"): "",
    ("datang", "ke"): "CONSULT",  # "datang ke Riau"; bare "datang" also means "upcoming"
}

# Forms that belong to another word ("menemukan" = find, "bertolak" = depart).
NOT_EVENTS = frozenset({"menemukan", "ditemukan", "temukan", "penemuan", "bertolak", "tertolak", "terlepas",
                        "terbantu", "kebanyakan", "terkirim", "bertiba", "berangkat", "terangkat", "menetap",
                        "menetapnya", "tetapi", "terumum", "berumum", "terputus", "berputus", "berberlaku",
                        "pilihan", "pilihannya", "pemenang", "pemenangnya", "perawat", "perawatnya", "perawatan",
                        "pencegahan", "merapat", "merapatkan", "dirapatkan"})

# Roots whose bare form means something else ("juru bicara", "teman", "titik temu"): affixed forms only.
AFFIXED_ONLY = frozenset({"rilis", "umum", "resmi", "lantik", "sah", "tetap", "gelar", "angkat", "berlaku", "putus",
                          "usul", "bahas", "makam", "kubur", "rawat", "pilih", "tunduk", "bobol", "batal", "tunda",
                          "cegah", "blokir", "ziarah", "letus", "bela",
                          "bicara", "teman", "temu", "sambut", "kirim", "jual", "beri", "lepas", "tembak",
                          "tukar", "sedia", "bantu", "kerah", "puji", "minta", "maaf", "undang"})

# Roots that are events of their type only with weapons (or aid) nearby: "menjual amunisi", "melepaskan rudal".
ARMS = frozenset({"senjata", "amunisi", "rudal", "roket", "peluru", "persenjataan", "artileri", "drone",
                  "misil", "bom", "tank", "jet", "pesawat", "satelit", "torpedo", "bantuan", "logistik"})
NEEDS_ARMS = frozenset({"kirim", "pasok", "jual", "sedia", "beri", "lepas", "tembak", "suplai"})
ARMS_REACH = 6  # words after the trigger

# "pusat peluncuran" is a place, not a launch; "ruang rapat" a room, "biaya rapat" a cost.
SITE_WORDS = frozenset({"pusat", "lapangan", "fasilitas", "situs", "landasan", "tempat", "lokasi", "kendaraan",
                        "ruang", "ruangan", "biaya"})
# Words after which a trigger word is an adjective of another sense: "tertutup rapat" (tightly shut).
OTHER_SENSE_AFTER: dict[str, frozenset[str]] = {
    "rapat": frozenset({"tertutup", "ditutup", "menutup", "dijaga", "sangat", "lebih", "dirahasiakan"})}

# A trigger after these names an event talked about ("atas unjuk kekuatan AS"), not one that happens.
TOPIC_PREPOSITIONS = frozenset({"atas", "terhadap", "tentang", "mengenai", "soal", "terkait", "perihal"})

PLANNED = frozenset({"akan", "dijadwalkan", "menjadwalkan", "merencanakan", "berencana", "rencananya",
                     "direncanakan", "hendak", "bakal", "ingin", "siap", "bersiap"})
NEGATED = frozenset({"tidak", "tak", "belum", "bukan", "batal", "gagal", "tanpa", "membantah", "menyangkal",
                     "enggan", "urung"})
# A clause opened by these states a condition, not a happening ("Jika panggilan kedua tetap tak diindahkan, …").
CONDITIONAL = frozenset({"jika", "jikalau", "apabila", "bila", "kalau", "seandainya", "andaikan", "andai"})
# A happening these words follow closely was called off or put off ("pertemuan itu dibatalkan").
CANCELLED = frozenset({"batal", "dibatalkan", "membatalkan", "pembatalan", "ditunda", "menunda", "penundaan",
                       "urung", "diurungkan"})
CANCEL_REACH = 4  # words after the trigger
CANCELLED_ROOTS = frozenset({"batal", "tunda"})  # the calling off itself is an event that happened
# A negated denial concedes ("tak menampik bahwa …").
NEGATED_TYPES: dict[EventType, EventType] = {"REJECT": "CONCEDE"}
REPORTED = frozenset({"menuduh", "dituduh", "tuduhan", "diduga", "dilaporkan", "dikabarkan", "disebut",
                      "konon", "mengklaim", "diklaim", "kabarnya", "disinyalir", "rumor", "isu", "hoaks", "kabar"})
MODALITY_REACH = 3  # words before the trigger

SUFFIXES = ("", "kan", "i", "an", "nya", "annya", "kannya")
NASAL = {"k": ("meng", 1), "g": ("meng", 0), "h": ("meng", 0), "p": ("mem", 1), "b": ("mem", 0), "f": ("mem", 0),
         "t": ("men", 1), "d": ("men", 0), "c": ("men", 0), "j": ("men", 0), "z": ("men", 0), "s": ("meny", 1)}


def nasal(root: str, prefix: str = "me") -> str:
    """meN-/peN- with assimilation: tuduh -> menuduh, pasok -> memasok, serang -> penyerang."""
    if root[0] in "aiueo":
        return prefix + "ng" + root
    if len(root) <= 3:
        return prefix + "nge" + root  # monosyllables: mengebom
    head, drop = NASAL.get(root[0], ("me", 0))
    return prefix + head[2:] + root[drop:]


def forms(root: str) -> set[str]:
    ber = "be" if root[0] == "r" or root[1:3] == "er" else "ber"
    stems = {nasal(root), "di" + root, ber + root, "ter" + root, "per" + root, "memper" + root, "diper" + root}
    if root not in AFFIXED_ONLY:
        stems.add(root)
    found = {stem + suffix for stem in stems for suffix in SUFFIXES}
    found |= {nasal(root, "pe") + suffix for suffix in SUFFIXES if "an" in suffix}  # peN- alone names the agent
    return found - NOT_EVENTS


def kind(root: str) -> EventType | None:
    """The event type of a root or listed surface form ("" for a happening outside PLOVER), None if not an event."""
    return ROOTS.get(root, WORDS.get(root))


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Surface form -> root, for the single roots and the first words of phrases; listed surface forms map to
    themselves."""
    roots = set(ROOTS) | {first for first, _ in PHRASES}
    table = {}
    for root in sorted(roots, key=len):  # a longer root wins a clash ("bantah" over "ban…")
        for form in forms(root):
            table[form] = root
    return table | {word: word for word in WORDS}
