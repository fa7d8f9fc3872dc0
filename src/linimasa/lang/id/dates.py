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
}
# Fixed-date holidays, tagged with an explicit year ("Natal 2019" -> 2019-12-25).
HOLIDAYS = {"Natal": (12, 25), "Tahun Baru": (1, 1), "Hari Kemerdekaan": (8, 17)}
# Four seasons -> ISO codes, with the month each ends in (northern hemisphere, as in foreign news).
SEASONS = {"semi": ("SP", 5), "panas": ("SU", 8), "gugur": ("FA", 11), "dingin": ("WI", 2)}

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
}
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
# Words after "N hari" that anchor it to an event ("dua hari setelah perayaan"): not tagged.
EVENT_ANCHORS = ("sebelum", "setelah", "sesudah", "usai", "menjelang", "pasca")
# Nouns after a four-digit number that make it a count, not a year ("2000 orang").
COUNT_NOUNS = ("orang", "unit", "ton", "kg", "km", "meter", "hektare", "hektar", "ha", "jiwa", "rumah", "kali",
               "buah", "ekor", "peserta", "personel", "warga", "suara", "kursi", "kasus", "rupiah", "dolar",
               "persen", "lembar", "batang", "liter", "barel", "mw", "gram", "kilometer", "penumpang", "siswa")
