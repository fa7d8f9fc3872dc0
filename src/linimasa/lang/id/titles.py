"""Title and context cue words for Indonesian named entities (lower-cased).

Used both as NER features and by the post-processing rules that split a title off a name.
"""
from __future__ import annotations

# Words that head a title standing before a person's name (``Menteri Pertahanan Rusia Sergei Shoigu``).
PERSON_TITLES = frozenset({
    "presiden", "wakil", "wapres", "menteri", "menlu", "menhan", "mendagri", "menkeu", "perdana", "pm",
    "raja", "ratu", "pangeran", "putri", "sultan", "kaisar", "paus", "kanselir", "gubernur", "wagub",
    "bupati", "wali", "walikota", "camat", "lurah", "kepala", "ketua", "sekretaris", "sekjen", "direktur",
    "dirut", "komisaris", "jenderal", "letnan", "kolonel", "mayor", "kapten", "laksamana", "marsekal",
    "kapolri", "kapolda", "kapolres", "kapolsek", "panglima", "kasad", "kasal", "kasau", "jaksa", "hakim",
    "juru", "jubir", "anggota", "pemimpin", "pimpinan", "senator", "duta", "dubes", "pelatih", "analis",
    "profesor", "peneliti", "pengamat", "pakar", "ekonom", "diplomat", "penasihat", "utusan", "komandan",
    "danrem", "dandim", "pangdam", "kasubag", "kabag", "kasat", "kanit", "ipda", "iptu", "akp", "kompol",
    "akbp", "kombes", "irjen", "brigjen", "mayjen", "letjen", "bripka", "aipda", "briptu", "bripda", "serka",
    "sertu", "pratu", "prada", "kopral", "rektor", "dekan", "dosen", "guru", "ustaz", "ustadz", "kiai",
    "habib", "pendeta", "romo", "uskup", "imam", "ulama", "wartawan", "reporter", "koresponden", "penyanyi",
    "aktor", "aktris", "artis", "pemain", "striker", "kiper", "bek", "gelandang", "pembalap",
    "petenis", "pebulutangkis", "atlet", "tersangka", "terdakwa", "korban", "pelaku", "saksi", "warga",
    "istri", "suami", "anak", "ayah", "ibu", "adik", "kakak", "calon", "capres", "cawapres", "caleg",
    "politisi", "politikus", "kader", "mantan", "eks", "bos", "ceo", "pendiri", "founder", "manajer",
    "pengacara", "kuasa", "advokat", "dokter", "dr", "drs", "ir", "prof", "h", "hj", "kh", "sdr", "tuan",
    "nyonya", "bapak", "pak", "bu", "mr", "mrs", "ms", "syekh", "haji",
    # ministers and party officers by their usual abbreviations (``Menkumham Andi Mattalata``)
    "menko", "menkopolhukam", "menkopolkam", "menkumham", "mensesneg", "menpora", "mendikbud", "menkes",
    "menaker", "menag", "menpan", "menkominfo", "menhub", "mendag", "menperin", "mentan", "menparekraf",
    "ketum", "waketum", "wasekjen", "bendum", "kabareskrim", "kadiv", "kapuspen", "wamen",
})

# Honorifics that are not part of a name and whose removal leaves the name (``Tuan Putin``).
HONORIFICS = frozenset({"tuan", "nyonya", "bapak", "pak", "bu", "ibu", "mr", "mrs", "ms", "sdr", "saudara"})

# Head words of organisation names (``Kementerian Luar Negeri``, ``Universitas Indonesia``).
ORG_HEADS = frozenset({
    "kementerian", "kemenlu", "kemenhan", "departemen", "dewan", "badan", "komisi", "lembaga", "majelis",
    "mahkamah", "pengadilan", "kejaksaan", "kepolisian", "polda", "polres", "polsek", "polri", "tni",
    "universitas", "institut", "sekolah", "akademi", "politeknik", "partai", "fraksi", "pt", "cv", "bank",
    "persatuan", "perserikatan", "organisasi", "asosiasi", "ikatan", "himpunan", "federasi", "serikat",
    "yayasan", "perusahaan", "kantor", "dinas", "direktorat", "biro", "pasukan", "angkatan", "tentara",
    "komando", "kodam", "korem", "kodim", "staf", "pemerintah", "pemkab", "pemkot", "pemprov", "dprd",
    "kpu", "bawaslu", "kpk", "forum", "koalisi", "aliansi", "gerakan", "front", "klub", "tim", "kelompok",
    "media", "harian", "koran", "majalah", "stasiun", "televisi", "radio", "rumah", "rs", "rsud", "museum",
})

# Words that end an organisation's name, as news writes foreign and listed firms, clubs and foundations
# (``Tata Motors``, ``PT Unilever Indonesia Tbk``, ``Manchester United Football Club``).
ORG_TAILS = frozenset({
    "inc", "ltd", "corp", "corporation", "company", "co", "llc", "plc", "gmbh", "ag", "tbk", "group", "holdings",
    "fc", "club", "airlines", "airways", "motors", "foundation", "institute", "university", "college",
    "academy", "comics", "records", "entertainment", "pictures", "studios", "technologies", "press",
    "research", "bank", "capital", "partners", "associates", "labs", "systems", "networks", "energy",
})

# Words that open a reporting clause whose subject follows (``kata Kirby``).
SPEECH_CUES = frozenset({
    "kata", "ujar", "ucap", "ungkap", "tutur", "jelas", "tegas", "imbuh", "tambah", "sebut", "terang",
    "papar", "lanjut", "katanya", "menurut", "dikatakan", "oleh", "kepada", "bersama", "dengan",
})

# Words before a place name (``di Pyongyang``, ``kota Vladivostok``).
PLACE_CUES = frozenset({
    "di", "ke", "dari", "kota", "provinsi", "kabupaten", "kecamatan", "desa", "kelurahan", "negara",
    "pulau", "wilayah", "kawasan", "daerah", "ibu", "jalan", "jl", "distrik", "semenanjung", "selat",
    "laut", "sungai", "gunung", "teluk", "asal", "menuju", "sekitar", "perbatasan",
})

# Lower-case words inside a title phrase (``Menteri luar negeri``, ``juru bicara``, ``duta besar``).
TITLE_INNER = frozenset({
    "luar", "negeri", "dalam", "pertahanan", "keamanan", "keuangan", "besar", "jenderal", "umum", "utama",
    "senior", "bidang", "urusan", "staf", "kabinet", "bicara", "negara", "eksekutif", "tinggi", "agung",
    "partai", "dewan", "komisi", "tertinggi", "nasional", "politik", "militer", "kepresidenan", "sekretaris",
})

# Words that introduce a byline (``Penulis : Edwin Shri Bimo``).
BYLINE_CUES = frozenset({"penulis", "editor", "reporter", "pewarta", "penyunting", "wartawan", "kontributor"})

# Titles that annotators and writers keep as part of the name (``Sri Sultan Hamengku Buwono X``).
NAME_PART_TITLES = frozenset({
    "romo", "sultan", "raja", "ratu", "pangeran", "putri", "habib", "kiai", "ustaz", "ustadz", "syekh", "haji",
    "h", "hj", "kh", "paus", "uskup", "imam", "pak", "bu", "tuan", "nyonya",
})

# Lower-case words that open an apposition after a name (``Hong Min, direktur …``).
APPOSITION_CUES = PERSON_TITLES | {"pejabat", "seorang", "salah"}

# Capitalised words that open an event's name; a place right after one is part of that name
# (``Perang Korea``), not a mention of the place (the NER corpora agree: never labelled).
EVENT_NAME_HEADS = frozenset({"Perang"})
