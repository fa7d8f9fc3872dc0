"""Indonesian calendar words: months, weekdays, parts of day, time zones, units and cues."""
from __future__ import annotations

MONTHS = {
    "januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6,
    "juli": 7, "agustus": 8, "september": 9, "oktober": 10, "november": 11, "nopember": 11, "desember": 12,
}
# Words after which a bare month name is a date ("pada Juni"); lower-case "juni" needs one.
MONTH_CUES = ("pada", "sejak", "hingga", "sampai", "mulai", "selama", "menjelang", "jelang", "per", "dari")
# Abbreviations are only trusted next to a day number (``5 Agt 2023``): "Jan" is also a name.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
    "agus": 8, "ags": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "nop": 11, "des": 12,
}

# Monday = 0, as in ``datetime.date.weekday``.
WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
}

PARTS_OF_DAY = {
    "pagi": "MO", "siang": "AF", "sore": "AF", "petang": "EV", "malam": "NI", "dini hari": "MO", "dinihari": "MO",
    "tengah hari": "MI", "tengah malam": "NI",
}
# Parts of day that are a time on their own, without "ini"/"tadi" ("hingga tengah hari", "dini hari"); the day is
# the one in focus. A bare "pagi" or "malam hari" is not ("makan pagi", "parade malam hari").
SELF_STANDING_PARTS = ("tengah hari", "tengah malam", "dini hari", "dinihari")
# Fixed-date holidays ("Natal 2019" -> 2019-12-25; a bare "Natal" is the one nearest the DCT).
HOLIDAYS = {"Natal": (12, 25), "Tahun Baru": (1, 1), "Hari Kemerdekaan": (8, 17), "Malam Natal": (12, 24),
            "Malam Tahun Baru": (12, 31)}
# Holidays tagged without a year: one whose date is the same in every country.
BARE_HOLIDAYS = ("Natal", "Tahun Baru", "Malam Natal", "Malam Tahun Baru")
# Words after "Tahun Baru" that make it a movable feast, not 1 January.
MOVABLE_NEW_YEARS = ("imlek", "islam", "hijriah", "hijriyah", "saka", "cina")
# Seasons -> ISO codes, with the month each ends in: the four of foreign news (northern hemisphere) and the two
# of Indonesia, the rainy season (about November-March) read as winter, the dry one (May-September) as summer.
SEASONS = {"semi": ("SP", 5), "panas": ("SU", 8), "gugur": ("FA", 11), "dingin": ("WI", 2),
           "hujan": ("WI", 3), "penghujan": ("WI", 3), "kemarau": ("SU", 9)}

TIME_ZONES = {"wib": "+07:00", "wita": "+08:00", "wit": "+09:00"}

# Unit word -> ISO 8601 designator; time units go after the "T" of a duration.
UNITS = {
    "detik": "S", "menit": "M", "jam": "H", "hari": "D", "pekan": "W", "minggu": "W", "bulan": "M",
    "tahun": "Y", "windu": "8Y", "dekade": "DE", "dasawarsa": "DE", "abad": "CE",
}
TIME_UNITS = frozenset({"detik", "menit", "jam"})
# Reduplicated units: "bertahun-tahun" -> PXY.
REDUPLICATED = {"berhari-hari": "D", "berminggu-minggu": "W", "berbulan-bulan": "M", "bertahun-tahun": "Y",
                "berjam-jam": "H", "berabad-abad": "CE", "berdekade-dekade": "DE"}

# Day offsets of deictic words.
DEICTIC_DAYS = {"hari ini": 0, "kemarin": -1, "kemarin lusa": -2, "besok": 1, "esok": 1, "besok lusa": 2,
                "lusa": 2, "esok hari": 1, "keesokan harinya": 1}

# Direction of "pekan ini", "Juli lalu", "tahun depan".
DIRECTIONS = {"ini": 0, "lalu": -1, "yang lalu": -1, "kemarin": -1, "silam": -1, "depan": 1,
              "mendatang": 1, "yang akan datang": 1, "nanti": 1}

# "N hari lalu" / "N hari lagi": sign of the offset; "kemudian" counts from the date in focus.
OFFSET_WORDS = {"lalu": -1, "yang lalu": -1, "silam": -1, "sebelumnya": -1, "lagi": 1, "kemudian": 1,
                "mendatang": 1, "ke depan": 1}

REFERENCES = {
    "kini": "PRESENT_REF", "sekarang": "PRESENT_REF", "saat ini": "PRESENT_REF", "dewasa ini": "PRESENT_REF",
    "masa kini": "PRESENT_REF", "baru-baru ini": "PAST_REF", "masa lalu": "PAST_REF", "dahulu kala": "PAST_REF",
    "zaman dulu": "PAST_REF", "masa depan": "FUTURE_REF", "kelak": "FUTURE_REF",
    "sekarang ini": "PRESENT_REF", "saat sekarang": "PRESENT_REF", "belakangan ini": "PRESENT_REF",
    "akhir-akhir ini": "PRESENT_REF", "belum lama ini": "PAST_REF", "beberapa waktu lalu": "PAST_REF",
    "beberapa waktu yang lalu": "PAST_REF", "ke depannya": "FUTURE_REF", "masa mendatang": "FUTURE_REF",
    "sementara ini": "PRESENT_REF", "waktu dekat": "FUTURE_REF", "kemudian hari": "FUTURE_REF",
    "masa lampau": "PAST_REF", "masa silam": "PAST_REF", "masa sebelumnya": "PAST_REF", "zaman dahulu": "PAST_REF",
    "tempo dulu": "PAST_REF", "masa-masa mendatang": "FUTURE_REF", "hari-hari mendatang": "FUTURE_REF",
    "masa yang akan datang": "FUTURE_REF",
}
# A bare "belakangan" is "lately" ("OPEC belakangan sibuk ..."), but "later" before these words.
LATER_SENSE = ("diketahui", "terungkap", "terbukti", "ketahuan", "baru", "mengaku", "menyadari", "muncul", "ini",
               "hari", "kali", "setelah", "sesudah", "kemudian")
# "ke depan" is the future when it closes a clause or opens one ("Ke depan, ..."), not after a verb of motion.
MOTION_VERBS = ("maju", "melangkah", "berjalan", "bergerak", "mundur", "tampil", "keluar", "dipanggil", "dibawa",
                "melihat", "menatap", "menghadap", "condong", "jatuh", "terdorong", "didorong", "lari", "berlari",
                "lurus", "meluncur", "melaju", "terlempar", "terpental", "menoleh", "duduk", "berdiri")
# Words before a lower-case "dulu"/"dahulu" that make it "the past" rather than "first" ("sejak dulu").
PAST_DULU_CUES = ("sejak", "dari", "seperti", "zaman", "masa", "waktu", "kala", "tempo", "sedari")
# Vague short durations: "sesaat", "sejenak" -> PTXS (a moment).
MOMENTS = ("sesaat", "sejenak", "beberapa saat", "sekejap")
# Words pointing back to the date in focus ("saat itu" = the date just talked about).
ANAPHORA_ANY = ("saat itu", "waktu itu", "ketika itu", "kala itu", "masa itu")
ANAPHORA_DAY = ("hari itu", "hari yang sama")

# Period modifiers that keep the value of what they modify ("awal 2022" -> 2022).
PERIOD_MODIFIERS = ("awal", "akhir", "pertengahan", "medio", "penghujung", "permulaan")
# Quantity modifiers kept inside a duration's extent ("lebih dari 30 bulan").
QUANTITY_MODIFIERS = ("lebih dari", "kurang dari", "sekitar", "hampir", "setidaknya", "sedikitnya",
                      "kurang lebih", "lebih kurang", "paling sedikit", "sekurang-kurangnya", "nyaris")

# Cues before a bare weekday or month that place it in the future.
FUTURE_CUES = ("akan", "bakal", "hendak", "rencananya", "dijadwalkan", "direncanakan", "berencana",
               "mendatang", "nanti", "depan")
# Cues that place a bare month in the past.
PAST_CUES = ("telah", "sudah", "pernah", "sempat", "lalu", "sejak")
# Quarters and halves of a year: "kuartal ketiga" -> Q3, "paruh pertama" -> H1.
YEAR_PARTS = {"kuartal": "Q", "triwulan": "Q", "semester": "H", "paruh": "H"}
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
            "1": 1, "2": 2, "3": 3, "4": 4}
# Words before "N tahun" that make it an age, not a time.
AGE_CUES = ("usia", "berusia", "umur", "berumur", "usianya", "umurnya", "seusia")
# Verbs of lasting before "N hari sebelumnya": the amount is how long, not when ("berlangsung tiga hari").
LASTING_CUES = ("berlangsung", "selama", "sepanjang", "bertahan", "berjalan", "lamanya")
# Attribution before a date that closes a sentence: the day of the report, not of the event
# ("kata Ali di Jakarta, Senin (29/12/2014).", "saat dikonfirmasi Selasa (10/9/2019) pagi.").
REPORTING_CUES = ("kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "papar", "tegas", "terang", "sebut", "imbuh",
                  "tambah", "pungkas", "lanjut", "tukas", "katanya", "ujarnya", "ucapnya", "ungkapnya", "jelasnya",
                  "tuturnya", "paparnya", "tegasnya", "terangnya", "sebutnya", "imbuhnya", "tambahnya", "pungkasnya",
                  "lanjutnya", "mengatakan", "menyatakan", "menjelaskan", "menuturkan", "menyampaikan",
                  "mengungkapkan", "menegaskan", "menyebutkan", "dikonfirmasi", "ditemui", "dihubungi",
                  "diwawancarai", "dijumpai", "wartawan", "keterangan", "konferensi", "rilis", "pers")
# Words after "N hari" that anchor it to an event ("dua hari setelah perayaan"): not tagged.
EVENT_ANCHORS = ("sebelum", "setelah", "sesudah", "usai", "menjelang", "pasca")
# Nouns after a four-digit number that make it a count, not a year ("2000 orang").
COUNT_NOUNS = ("orang", "unit", "ton", "kg", "km", "meter", "hektare", "hektar", "ha", "jiwa", "rumah", "kali",
               "buah", "ekor", "peserta", "personel", "warga", "suara", "kursi", "kasus", "rupiah", "dolar",
               "persen", "lembar", "batang", "liter", "barel", "mw", "gram", "kilometer", "penumpang", "siswa")
