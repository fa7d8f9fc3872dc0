"""Quotes: detection (direct, indirect, interrupted, scare quotes) and speaker resolution.

Sentences come from the seed articles and from CLICK-ID (CC BY 4.0, tests/data), annotated by hand.
"""
from __future__ import annotations

import pytest
from spans_fixture import article, find

from linimasa.quotes.marks import quoted_spans

PER, ORG, LOC = "PER", "ORG", "LOC"
KIM = ("Kim Jong-un", PER, "Kim Jong-un"), ("Kim", PER, "Kim Jong-un")

# (text, entities, [(start of the quoted content, speaker, direct)])
CASES = [
    ("Artyom Lukin, seorang profesor di Universitas Federal Timur Jauh Rusia di Vladivostok, mengatakan "
     "kunjungan pejabat tinggi dari Moskow adalah tanda lain.",
     [("Artyom Lukin", PER, "Artyom Lukin"), ("Universitas Federal Timur Jauh Rusia", ORG, "UFTJR"),
      ("Vladivostok", LOC, "Vladivostok"), ("Moskow", LOC, "Moskow")],
     [("kunjungan pejabat tinggi", "Artyom Lukin", False)]),
    ("“Ini mungkin menandakan bahwa keadaan geopolitik saat ini mulai berubah,” tambah Lukin.",
     [("Lukin", PER, "Artyom Lukin")], [("Ini mungkin menandakan", "Artyom Lukin", True)]),
    ("Kim memimpin Shoigu dalam tur pameran senjata dan peralatan militer baru, kata KCNA.",
     [*KIM, ("Shoigu", PER, "Sergei Shoigu"), ("KCNA", ORG, "KCNA")],
     [("Kim memimpin Shoigu", "KCNA", False)]),
    ("Juru Bicara Keamanan Nasional Gedung Putih John Kirby mengatakan lawatan Rusia ke Korea Utara datang saat "
     "Kremlin berjuang. \"Sudah bukan rahasia lagi bahwa Tuan Putin menghubungi negara-negara lain,\" katanya.",
     [("Gedung Putih", ORG, "Gedung Putih"), ("John Kirby", PER, "John Kirby"), ("Rusia", LOC, "Rusia"),
      ("Korea Utara", LOC, "Korea Utara"), ("Kremlin", ORG, "Kremlin"), ("Putin", PER, "Vladimir Putin")],
     [("lawatan Rusia", "John Kirby", False), ("Sudah bukan rahasia", "John Kirby", True)]),
    ("\"Dia berulang kali menyatakan keyakinannya bahwa tentara Rusia akan menang,\" ujar kantor berita tersebut.",
     [("Rusia", LOC, "Rusia")], []),  # no agency named before: nothing to resolve to, the phrase stays
    ("Kantor berita resmi pemerintah Korut KCNA melaporkan kunjungan itu. \"Dia berulang kali menyatakan "
     "keyakinannya bahwa tentara Rusia akan menang,\" ujar kantor berita tersebut.",
     [("Korut", LOC, "Korea Utara"), ("KCNA", ORG, "KCNA"), ("Rusia", LOC, "Rusia")],
     [("Dia berulang kali", "KCNA", True)]),
    ("Pemimpin Korea Utara, Kim Jong-un bertemu Putin. \"Rusia saat ini terlibat dalam perjuangan yang adil "
     "melawan kekuatan hegemonik,\" kata pemimpin Korea Utara.",
     [*KIM, ("Korea Utara", LOC, "Korea Utara"), ("Putin", PER, "Vladimir Putin"), ("Rusia", LOC, "Rusia")],
     [("Rusia saat ini", "Kim Jong-un", True)]),
    ("Menurut Gedung Putih, Pyongyang telah mengirimkan senjata termasuk roket infanteri.",
     [("Gedung Putih", ORG, "Gedung Putih"), ("Pyongyang", LOC, "Pyongyang")],
     [("Pyongyang telah mengirimkan", "Gedung Putih", False)]),
    ("Kim dan Putin kemudian bertemu bersama dengan delegasi mereka, menurut juru bicara Kremlin, Dmitry Peskov.",
     [*KIM, ("Putin", PER, "Vladimir Putin"), ("Kremlin", ORG, "Kremlin"), ("Dmitry Peskov", PER, "Dmitry Peskov")],
     [("Kim dan Putin", "Dmitry Peskov", False)]),
    ("Media pemerintah Korea Utara mengatakan pada hari Sabtu bahwa rezim tersebut akan meningkatkan pertukaran.",
     [("Korea Utara", LOC, "Korea Utara")], [("rezim tersebut", "Media pemerintah Korea Utara", False)]),
    ("Kementerian Unifikasi Korea Selatan mengatakan Pyongyang memberi isyarat. Pemimpin Korea Utara Kim bertemu "
     "Shoigu empat kali selama acara tersebut, menurut kementerian.",
     [("Kementerian Unifikasi Korea Selatan", ORG, "Kementerian Unifikasi Korea Selatan"), *KIM,
      ("Shoigu", PER, "Sergei Shoigu"), ("Pyongyang", LOC, "Pyongyang")],
     [("Pyongyang memberi", "Kementerian Unifikasi Korea Selatan", False),
      ("Pemimpin Korea Utara Kim bertemu", "Kementerian Unifikasi Korea Selatan", False)]),
    ("Menanggapi pernyataan Jokowi, Ketua DPR Puan Maharani mengatakan semua fraksi akan dilibatkan.",
     [("Jokowi", PER, "Joko Widodo"), ("DPR", ORG, "DPR"), ("Puan Maharani", PER, "Puan Maharani")],
     [("semua fraksi", "Puan Maharani", False)]),
    ("Ketua DPR Bambang Soesatyo mengatakan DPR berduka. \"Almarhum masih sangat dibutuhkan oleh negara,\" "
     "tutur politikus Partai Golkar itu.",
     [("DPR", ORG, "DPR"), ("Bambang Soesatyo", PER, "Bambang Soesatyo"), ("Partai Golkar", ORG, "Partai Golkar")],
     [("Almarhum masih", "Bambang Soesatyo", True)]),
    ("Pertumbuhan ekonomi kuartal ini diperkirakan mencapai 5 persen. Hal itu disampaikan Kepala BPS Amalia "
     "Adininggar di Jakarta, Senin.",
     [("BPS", ORG, "Badan Pusat Statistik"), ("Amalia Adininggar", PER, "Amalia Adininggar"),
      ("Jakarta", LOC, "Jakarta")],
     [("Pertumbuhan ekonomi", "Amalia Adininggar", False)]),
    ("Pelatih Bima Sakti mengatakan timnya siap. Apalagi, kata dia, skuat Garuda Muda kebobolan ketika melawan "
     "Kepulauan Mariana Utara.",
     [("Bima Sakti", PER, "Bima Sakti"), ("Garuda Muda", ORG, "Garuda Muda"),
      ("Kepulauan Mariana Utara", LOC, "Kepulauan Mariana Utara")],
     [("skuat Garuda Muda", "Bima Sakti", False)]),
    ("Gubernur Jawa Barat Ridwan Kamil menjelaskan pemerintah provinsi akan membangun tiga waduk baru.",
     [("Jawa Barat", LOC, "Jawa Barat"), ("Ridwan Kamil", PER, "Ridwan Kamil")],
     [("pemerintah provinsi", "Ridwan Kamil", False)]),
    # a name the entity layer missed, after a title with an organisation in it
    ("Kepala Dinas Kesehatan DKI Jakarta Ani Ruspitawati mengatakan kasus demam berdarah menurun.",
     [("Dinas Kesehatan DKI Jakarta", ORG, "Dinas Kesehatan DKI Jakarta")],
     [("kasus demam berdarah", "Ani Ruspitawati", False)]),
    # CLICK-ID: speakers introduced by title
    ("Menteri Luar Negeri Rusia, Sergei Lavrov mengatakan, ada kebutuhan untuk penyelidikan yang tidak memihak.",
     [("Rusia", LOC, "Rusia"), ("Sergei Lavrov", PER, "Sergei Lavrov")],
     [("ada kebutuhan", "Sergei Lavrov", False)]),
    ("Bupati Banyuwangi Abdullah Azwar Anas mengatakan perlombaan eSport ini untuk mewadahi minat generasi muda.",
     [("Banyuwangi", LOC, "Banyuwangi"), ("Abdullah Azwar Anas", PER, "Abdullah Azwar Anas")],
     [("perlombaan eSport", "Abdullah Azwar Anas", False)]),
    ("Meskipun butuh banyak waktu dan upaya untuk membuat patung, Rushby mengatakan hasilnya pun setimpal.",
     [("Rushby", PER, "Rushby")], [("hasilnya pun setimpal", "Rushby", False)]),
    ("Hal yang menyedihkan, kata Andi, anggaran kebakaran di satu Ditjen hanya Rp200 miliar.",
     [("Andi", PER, "Andi")], [("Hal yang menyedihkan", "Andi", False), ("anggaran kebakaran", "Andi", False)]),
    ("Dalam pernyataan yang dirilis kantor berita Saudi Press Agency (SPA), Pangeran Abdulaziz mengatakan serangan "
     "itu \"mengakibatkan produksi di pabrik Abqaiq dan Khurais dihentikan sementara\".",
     [("Saudi Press Agency", ORG, "Saudi Press Agency"), ("SPA", ORG, "Saudi Press Agency"),
      ("Abdulaziz", PER, "Abdulaziz"), ("Abqaiq", LOC, "Abqaiq"), ("Khurais", LOC, "Khurais")],
     [("serangan itu", "Abdulaziz", False)]),
    ("Kapolres Solok Kota, AKBP Donny Setiawan mengatakan, pihaknya berhasil mengungkap kasus Karhutla.",
     [("Solok Kota", LOC, "Solok"), ("Donny Setiawan", PER, "Donny Setiawan")],
     [("pihaknya berhasil", "Donny Setiawan", False)]),
    ("Sementara itu, Kepala Unit Penyelenggara Bandar Udara APT Pranoto Samarinda, Dodi Dharma mengatakan, "
     "kondisi saat ini masih belum ada penerbangan yang melakukan take off.",
     [("APT Pranoto", ORG, "Bandara APT Pranoto"), ("Samarinda", LOC, "Samarinda"),
      ("Dodi Dharma", PER, "Dodi Dharma")],
     [("kondisi saat ini", "Dodi Dharma", False)]),
    ("Koordinator Indonesia Corruption Watch (ICW) Adnan Topan Husodo mengatakan, pengesahan revisi undang-undang "
     "itu hanya ilusi. \"Ini pelemahan yang nyata,\" ujarnya.",
     [("Indonesia Corruption Watch", ORG, "ICW"), ("ICW", ORG, "ICW"),
      ("Adnan Topan Husodo", PER, "Adnan Topan Husodo")],
     [("pengesahan revisi", "Adnan Topan Husodo", False), ("Ini pelemahan", "Adnan Topan Husodo", True)]),
    ("\"Kami siap bertanding,\" kata pelatih Indra Sjafri, \"dan kami akan bermain menyerang sejak awal.\"",
     [("Indra Sjafri", PER, "Indra Sjafri")],
     [("Kami siap", "Indra Sjafri", True), ("dan kami akan bermain", "Indra Sjafri", True)]),
]


@pytest.mark.parametrize(("text", "names", "expected"), CASES)
def test_quotes_found_with_speaker(text: str, names: list, expected: list) -> None:
    art = article(text, names)
    for content, speaker, direct in expected:
        start, end = find(text, content)
        hits = [q for q in art.quotes if q.start < end and start < q.end]
        assert hits, f"no quote over {content!r}"
        assert (hits[0].speaker, hits[0].direct) == (speaker, direct)


def test_quotes_unresolved_description_keeps_phrase() -> None:
    text, names, _ = CASES[4]
    (quote,) = article(text, names).quotes
    assert quote.speaker == "kantor berita tersebut"


@pytest.mark.parametrize("text", [
    "Perang Korea dirayakan di Korea Utara sebagai \"Hari Kemenangan\".",  # scare quotes
    "Staf Gabungan Korea Selatan belum secara langsung mengatakan sejauh mana rudal itu terbang.",  # negated cue
    "Tahun lalu, Korea Utara menyusun undang-undang yang menyatakan statusnya sebagai negara nuklir.",  # relative
    "Kim menyatakan dukungan penuh dan tanpa syarat kepada Moskow.",  # a noun object, not a clause
    "Juru bicara kepolisian hadir dalam acara itu bersama kata sambutan dari bupati.",
    "Menurut jadwal, Rapat Paripurna DPR akan digelar pada Selasa (24/9/2019).",  # a plan speaks (kompas-686)
])
def test_quotes_not_a_quote(text: str) -> None:
    assert article(text).quotes == ()


@pytest.mark.parametrize(("text", "inner"), [
    ('Ia berkata "ya" lalu pergi.', ["ya"]),
    ("“Satu,” katanya, “dua.”", ["Satu,", "dua."]),
    ("“Kalimat pertama tanpa penutup\n“Paragraf kedua.”", ["Kalimat pertama tanpa penutup", "Paragraf kedua."]),
    ('Tanpa tanda kutip sama sekali.', []),
])
def test_quotes_marks_pairing(text: str, inner: list[str]) -> None:
    assert [text[s:e] for s, e in quoted_spans(text)] == inner


def test_quotes_pronoun_takes_previous_speaker() -> None:
    text = ("Hong Min, direktur divisi Korea Utara, mengatakan Pyongyang dapat menindaklanjuti pertemuan itu. "
            "Ia mengatakan latihan militer bersama mungkin terjadi.")
    art = article(text, [("Hong Min", PER, "Hong Min"), ("Korea Utara", LOC, "Korea Utara"),
                         ("Pyongyang", LOC, "Pyongyang")])
    assert [q.speaker for q in art.quotes] == ["Hong Min", "Hong Min"]


@pytest.mark.parametrize("follow", [
    "Menurutnya, inflasi masih terkendali hingga akhir tahun.",
    "Inflasi masih terkendali hingga akhir tahun, ujarnya.",
    "Dia menambahkan, inflasi masih terkendali hingga akhir tahun.",
])
def test_quotes_clitic_and_pronoun_cues(follow: str) -> None:
    text = "Menteri Keuangan Sri Mulyani Indrawati mengatakan ekonomi tumbuh 5 persen. " + follow
    art = article(text, [("Sri Mulyani Indrawati", PER, "Sri Mulyani Indrawati")])
    assert [q.speaker for q in art.quotes] == ["Sri Mulyani Indrawati"] * 2
    assert art.quotes[1].start >= text.index(follow)


# who "-nya", "dia", "dirinya" or a cut name is (CLICK-ID, checked by hand; dev gold okezone-4363, tempo-3593)
@pytest.mark.parametrize(("text", "names", "speaker"), [
    # a person saying something in the sentence before is who "-nya" is, not the last speaker
    ("\"Mari wujudkan kebersamaan di kota Sorong,\" kata Wali Kota Lamberth Jitmau. Sementara itu, Ketua DPRD Kota "
     "Sorong Erwin Ayal, dalam sambutannya menyampaikan terima kasih kepada seluruh masyarakat. \"Terutama, "
     "pemerintah Kota Sorong dan segenap masyarakat Kota Sorong,\" pungkasnya.",
     [("Lamberth Jitmau", PER, "Lamberth Jitmau"), ("Erwin Ayal", PER, "Erwin Ayal")], "Erwin Ayal"),
    # the subject, not a person named after the verb ("… diberikan kepada perusahaan Sukanto Tanoto")
    ("Kepala Bappenas Bambang Brodjonegoro membenarkan lahan itu dikelola Sukanto Tanoto. Penguasaan lahan "
     "tercatat atas nama PT ITCI. Pengelolaan lahan yang diberikan kepada perusahaan Sukanto Tanoto merupakan hak "
     "konsesi. \"Lahan milik negara, itu ada konsesi HTI di situ,\" ujarnya.",
     [("Bambang Brodjonegoro", PER, "Bambang Brodjonegoro"), ("Sukanto Tanoto", PER, "Sukanto Tanoto"),
      ("PT ITCI", ORG, "PT ITCI")], "Bambang Brodjonegoro"),
    ("Pagi tadi, Jokowi mengaku baru menerima naskah DIM RUU KPK dari DPR. Ia mengatakan akan melihat dan "
     "mempelajari lebih dulu sebelum mengirimkan Surpres.", [("Jokowi", PER, "Joko Widodo"), ("DPR", ORG, "DPR")],
     "Joko Widodo"),
    ("\"Kita semua akhirnya memutuskan kenaikan cukai rokok,\" ujar Menteri Keuangan Sri Mulyani. Dirinya "
     "mengatakan, aturan tersebut akan dimasukkan ke dalam Peraturan Menteri Keuangan.",
     [("Sri Mulyani", PER, "Sri Mulyani Indrawati")], "Sri Mulyani Indrawati"),
    # a name the scraper cut: the last speaker
    ("\"Pokoknya bahasa itu benar semua,\" ujar Gus Baha. Rasulullah SAW membagi silaturahmi kepada tiga bagian. "
     "\"Makannya, silaturahmi itu ada tiga hak, yaitu dia keluarga kamu,\" kata,.",
     [("Gus Baha", PER, "Gus Baha"), ("Rasulullah SAW", PER, "Rasulullah SAW")], "Gus Baha"),
])
def test_quotes_speaker_antecedent(text: str, names: list, speaker: str) -> None:
    assert article(text, names).quotes[-1].speaker == speaker


# "Menurut X," attributes what follows, after a scraped paragraph join too (tempo-3676); "Menurut mereka" is a
# group, not the last speaker (kompas-1652)
@pytest.mark.parametrize(("text", "names", "speakers"), [
    ("Yunus Nusi menilai bahwa Simon harus didepak.,Menurut Gusti, ucapan tersebut hanya pendapat pribadi, tapi "
     "bukan pernyataan resmi Exco.", [("Yunus Nusi", PER, "Yunus Nusi"), ("Gusti", PER, "Gusti Randa"),
                                      ("Exco", ORG, "Exco")], ["Yunus Nusi", "Gusti Randa"]),
    ("\"Pencegahan itu lebih efektif,\" ujar Presiden Joko Widodo. Saat meninjau lokasi, Kepala Negara bertanya "
     "kepada aparat.,Menurut mereka, api yang telah membesar membuat penanganan karhutla memerlukan waktu lama.",
     [("Joko Widodo", PER, "Joko Widodo")], ["Joko Widodo", ""]),
])
def test_quotes_menurut_attributes_what_follows(text: str, names: list, speakers: list) -> None:
    assert [q.speaker for q in article(text, names).quotes] == speakers


def test_quotes_a_document_does_not_speak() -> None:
    text = "Kemudian, Pasal 219 mengatakan, setiap orang yang menyiarkan tulisan itu dipidana paling lama 4 tahun."
    assert [q.speaker for q in article(text).quotes] in ([], [""])
