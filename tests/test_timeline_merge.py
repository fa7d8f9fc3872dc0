"""Timeline merge: when mentions are one real-world event (type family, sentence, people, dates)."""
from __future__ import annotations

import pytest
from spans_fixture import SETTINGS, article

from linimasa.timeline import build
from linimasa.timeline.people import covers

NAMES = [("DPR", "ORG", "Dewan Perwakilan Rakyat"), ("KPK", "ORG", "Komisi Pemberantasan Korupsi"),
         ("Aliansi Masyarakat untuk Keadilan Demokrasi", "ORG", "Aliansi Masyarakat untuk Keadilan Demokrasi")]


@pytest.mark.parametrize(("text", "dates", "entries"), [
    # tempo-3593: the plenary (CONSULT) and its decision (AGREE) in one sentence are one event
    ("Dalam Rapat Paripurna, Kamis, 5 September 2019, DPR menyepakati revisi UU KPK adalah usul inisiatif DPR.",
     [("Kamis, 5 September 2019", "2019-09-05")], [("2019-09-05", "AGREE")]),
    # okezone-1452: a protest that rejects a bill (PROTEST and REJECT, both conflict) is one event
    (("Massa yang tergabung dalam Aliansi Masyarakat untuk Keadilan Demokrasi berunjuk rasa menolak Rancangan "
     "Kitab Undang-Undang Hukum Pidana (RKUHP) di depan Gedung DPR RI, Senin (16/9/2019)."),
     [("Senin (16/9/2019)", "2019-09-16")], [("2019-09-16", "PROTEST")]),
])
def test_timeline_merge_one_sentence_one_event(text: str, dates: list, entries: list) -> None:
    doc = article(text, NAMES, dates=dates, published=entries[0][0])
    assert [(e.date, e.type) for e in build([doc], settings=SETTINGS).entries] == entries


HABIBIE = [("BJ Habibie", "PER", "BJ Habibie"), ("Bacharuddin Jusuf Habibie", "PER", "Bacharuddin Jusuf Habibie"),
           ("Habibie", "PER", "Habibie"), ("Kalibata", "LOC", "Kalibata")]


@pytest.mark.parametrize(("texts", "kinds"), [
    # tempo-3743 / kompas-1014: the death and the funeral the next day are two entries
    ([("BJ Habibie wafat pada Rabu (11/9/2019). Jenazah BJ Habibie dimakamkan di Taman Makam Pahlawan Kalibata "
      "pada Kamis (12/9/2019).")], [("2019-09-11", "death"), ("2019-09-12", "funeral")]),
    # sindonews-1918 / tempo-3743: 'wafat' and 'meninggal dunia' of one person, named shortly in one article
    (["Presiden ketiga RI, Habibie wafat pada Rabu (11/9/2019).",
      "Presiden ketiga RI Bacharuddin Jusuf Habibie meninggal dunia pada Rabu (11/9/2019)."],
     [("2019-09-11", "death")]),
])
def test_timeline_merge_happenings_by_kind(texts: list[str], kinds: list[tuple[str, str]]) -> None:
    values = {"Rabu (11/9/2019)": "2019-09-11", "Kamis (12/9/2019)": "2019-09-12"}
    docs = [article(t, HABIBIE, dates=[(k, v) for k, v in values.items() if k in t], published="2019-09-12",
                    source=f"{i}.txt") for i, t in enumerate(texts)]
    entries = build(docs, settings=SETTINGS, story_of={d.id: "s" for d in docs}).entries
    assert [(e.date, e.evidence[0].happening) for e in entries] == kinds
    assert len(entries[0].sources) == len(texts)


@pytest.mark.parametrize(("full", "short", "ok"), [
    ("Bacharuddin Jusuf Habibie", "BJ Habibie", True), ("Bacharuddin Jusuf Habibie", "Habibie", True),
    ("Imam Nahrawi", "Imam", True), ("Ilham Akbar Habibie", "BJ Habibie", False),
    ("Laode M. Syarif", "Laode M Syarif", False), ("Joko Widodo", "Jokowi", False),
])
def test_timeline_merge_people_covers(full: str, short: str, ok: bool) -> None:
    assert covers(full, short) is ok


KPK = [("KPK", "ORG", "Komisi Pemberantasan Korupsi"), ("Imam Nahrawi", "PER", "Imam Nahrawi"),
       ("MIU", "ORG", "MIU"), ("Alexander Marwata", "PER", "Alexander Marwata"),
       ("DPR", "ORG", "Dewan Perwakilan Rakyat"), ("Pratikno", "PER", "Pratikno")]


def test_timeline_merge_same_kind_same_day_in_one_article() -> None:
    # sindonews-1007: the naming of suspects, restated with initials in the quote that follows
    doc = article("Komisi Pemberantasan Korupsi (KPK) menetapkan Menteri Pemuda dan Olahraga (Menpora) Imam Nahrawi "
                  'sebagai tersangka, Rabu (18/9/2019). "Ditetapkan dua orang tersangka, yaitu IMR dan MIU," kata '
                  "Wakil Ketua KPK Alexander Marwata, Rabu (18/9/2019).", KPK,
                  dates=[("Rabu (18/9/2019)", "2019-09-18")], published="2019-09-18")
    (entry,) = build([doc], settings=SETTINGS).entries
    assert (entry.date, entry.type, len(entry.evidence)) == ("2019-09-18", "COERCE", 2)


def test_timeline_merge_follower_needs_a_person_or_the_words() -> None:
    # tempo-3593, 11 Sept: the President signs the letter; tribunnews-1332, a week later: the criminal code
    # approved, an agreement of the DPR dated only by publication, is not that signing
    signed = article('"Surpres RUU KPK sudah diteken Presiden dan sudah dikirim ke DPR ini tadi," kata Pratikno, '
                     "Rabu, 11 September 2019.", KPK, dates=[("Rabu, 11 September 2019", "2019-09-11")],
                     published="2019-09-11", source="tempo-3593")
    approved = article("Pratikno tiba di Istana pada Rabu (18/9/2019). "
                       "Persetujuan RUU KUHP ini merupakan capaian fenomenal DPR dan pemerintah.", KPK,
                       dates=[("Rabu (18/9/2019)", "2019-09-18")],
                       published="2019-09-18", source="tribunnews-1332")
    timeline = build([signed, approved], settings=SETTINGS, story_of={signed.id: "s", approved.id: "s"})
    assert [e.sources for e in timeline.entries if e.type == "AGREE"] == [("tempo-3593",)]


def test_timeline_merge_stance_apart_from_the_meeting() -> None:
    # okezone-840: the meeting Jokowi holds, and what he deplores in it, are two entries
    names = [("Jokowi", "PER", "Joko Widodo"), ("Pekanbaru", "LOC", "Pekanbaru")]
    doc = article("Jokowi terlebih dulu menggelar rapat terbatas di Pekanbaru bersama jajarannya, Senin (16/9/2019). "
                  "Jokowi menyayangkan langkah-langkah pencegahan kebakaran hutan dan lahan tidak dilakukan secara "
                  'efektif. "Kita memiliki semuanya, tapi perangkat ini tidak diaktifkan secara baik," kata Jokowi.',
                  names, dates=[("Senin (16/9/2019)", "2019-09-16")], published="2019-09-16")
    assert sorted(e.type for e in build([doc], settings=SETTINGS).entries) == ["ACCUSE", "CONSULT"]


CARE = [("BJ Habibie", "PER", "BJ Habibie"), ("RSPAD Gatot Soebroto", "LOC", "RSPAD Gatot Soebroto"),
        ("Xanana", "PER", "Xanana Gusmao"), ("Kalibata", "LOC", "Kalibata")]


def test_timeline_merge_two_days_of_one_happening_are_a_dispute() -> None:
    # tribunnews-729 dates Habibie's admission 'Sabtu (7/9)', tempo-3743 'Senin': one entry, the dates disputed
    first = article("BJ Habibie dirawat intensif di RSPAD Gatot Soebroto sejak Sabtu (7/9/2019).", CARE,
                    dates=[("Sabtu (7/9/2019)", "2019-09-07")], published="2019-09-10", source="tribunnews-729")
    second = article("BJ Habibie dirawat intensif oleh tim dokter kepresidenan di RSPAD Gatot Soebroto sejak Senin "
                     "(9/9/2019).", CARE, dates=[("Senin (9/9/2019)", "2019-09-09")], published="2019-09-12",
                     source="tempo-3743")
    (entry,) = build([first, second], settings=SETTINGS, story_of={first.id: "s", second.id: "s"}).entries
    assert entry.conflict is not None
    assert entry.conflict.values == (("2019-09-07", ("tribunnews-729",)), ("2019-09-09", ("tempo-3743",)))


def test_timeline_merge_one_article_two_days_two_events() -> None:
    # kompas-1014: the condolence visit on Saturday and the visit to the grave on Sunday
    doc = article("Xanana mengunjungi rumah duka BJ Habibie pada Sabtu (14/9/2019). Xanana juga mengunjungi pusara "
                  "BJ Habibie di Kalibata pada Minggu (15/9/2019).", CARE,
                  dates=[("Sabtu (14/9/2019)", "2019-09-14"), ("Minggu (15/9/2019)", "2019-09-15")],
                  published="2019-09-15")
    assert [e.date for e in build([doc], settings=SETTINGS).entries] == ["2019-09-14", "2019-09-15"]


def test_timeline_merge_untyped_by_the_words() -> None:
    # okezone-1791 and sindonews-3250 (one press release): the release of the findings, a happening of no kind
    names = [("Firli", "PER", "Firli Bahuri"), ("Kapitra", "PER", "Kapitra Ampera")]
    text = ("Kapitra mempertanyakan waktu pengumuman itu. Hasil pemeriksaan etik Firli dirilis kemarin sore, "
            "Rabu (11/9/2019), sebelum uji kelayakan.")
    docs = [article(text, names, dates=[("Rabu (11/9/2019)", "2019-09-11")], published="2019-09-12", source=s)
            for s in ("okezone-1791", "sindonews-3250")]
    entries = build(docs, settings=SETTINGS, story_of={d.id: "firli" for d in docs}).entries
    assert entries and all(e.sources == ("okezone-1791", "sindonews-3250") for e in entries)


def test_timeline_merge_people_named_without_letters() -> None:
    # a scraped name that is only punctuation ('–') must not stop the build (CLICK-ID 1,000-article sample)
    names = [("–", "PER", "–"), ("Habibie", "PER", "Habibie"), ("BJ Habibie", "PER", "BJ Habibie")]
    doc = article("– BJ Habibie wafat pada Rabu (11/9/2019).", names, dates=[("Rabu (11/9/2019)", "2019-09-11")],
                  published="2019-09-12")
    assert [e.date for e in build([doc], settings=SETTINGS).entries] == ["2019-09-11"]


def test_timeline_merge_one_funeral_whoever_else_is_named() -> None:
    # tempo-3743 and okezone-4596: the funeral led by the President, and the burial beside his wife, one day
    names = [("Bacharuddin Jusuf Habibie", "PER", "Bacharuddin Jusuf Habibie"), ("Joko Widodo", "PER", "Joko Widodo"),
             ("Hasri Ainun Besari", "PER", "Hasri Ainun Besari")]
    led = article("Joko Widodo memimpin upacara pemakaman Bacharuddin Jusuf Habibie pada Kamis (12/9/2019).", names,
                  dates=[("Kamis (12/9/2019)", "2019-09-12")], published="2019-09-12", source="tempo-3743")
    beside = article("Bacharuddin Jusuf Habibie dimakamkan di samping Hasri Ainun Besari pada Kamis (12/9/2019).",
                     names, dates=[("Kamis (12/9/2019)", "2019-09-12")], published="2019-09-12", source="okezone-4596")
    (entry,) = build([led, beside], settings=SETTINGS, story_of={led.id: "s", beside.id: "s"}).entries
    assert entry.sources == ("tempo-3743", "okezone-4596")


@pytest.mark.parametrize(("other", "merged"), [
    # kompas-1386 (the petition story) and tribunnews-19 (the match story): one match, the day both texts give
    ("Indonesia kalah 2-3 dari Malaysia di SUGBK, Kamis (5/9/2019).", True),
    ("Indonesia kalah 2-3 dari Malaysia di SUGBK, Jumat (6/9/2019).", False),  # another day: another match
])
def test_timeline_merge_one_happening_across_stories(other: str, merged: bool) -> None:
    names = [("Indonesia", "LOC", "Indonesia"), ("Malaysia", "LOC", "Malaysia"), ("SUGBK", "LOC", "SUGBK")]
    values = {"Kamis (5/9/2019)": "2019-09-05", "Jumat (6/9/2019)": "2019-09-06"}
    match = article("Timnas harus menanggung malu karena Indonesia kalah dari Malaysia dengan skor 2-3, Kamis "
                    "(5/9/2019).", names, dates=[("Kamis (5/9/2019)", "2019-09-05")], published="2019-09-11",
                    source="kompas-1386")
    told = article(other, names, dates=[(k, v) for k, v in values.items() if k in other], published="2019-09-11",
                   source="tribunnews-19")
    entries = build([match, told], settings=SETTINGS, story_of={match.id: "petition", told.id: "match"}).entries
    assert (len(entries) == 1) == merged


CRASH = [("Tol Cipularang", "LOC", "Tol Cipularang"), ("Cipularang", "LOC", "Cipularang"),
         ("Tol Jagorawi", "LOC", "Tol Jagorawi")]


@pytest.mark.parametrize(("texts", "story", "sources"), [
    # tempo-2076, tempo-3343 and kompas-804 (a week later, each recalling the crash of 2 September): the road
    # named two ways, and not at all; one crash, the day the texts give
    (["Kecelakaan di Tol Cipularang yang terjadi pada 2 September 2019 menyebabkan delapan korban meninggal.",
      "Tempo menulis kecelakaan maut di Cipularang terjadi di Km 91, 2 September 2019 sekitar pukul 13.00 WIB.",
      "Hal dilakukan untuk menyikapi kecelakaan beruntun di Km 92, Senin (2/9/2019) lalu."],
     None, [("0.txt", "1.txt", "2.txt")]),
    # within one story a crash needs no words in common: the thread is the link
    (["Kecelakaan di Tol Cipularang terjadi pada Senin (2/9/2019).",
      "Delapan orang tewas dalam kecelakaan di Cipularang, Senin (2/9/2019)."], "s", [("0.txt", "1.txt")]),
    # another road, another day: another crash
    (["Kecelakaan di Tol Cipularang terjadi pada Senin (2/9/2019).",
      "Kecelakaan beruntun di Tol Jagorawi terjadi pada Selasa (3/9/2019)."], "s", [("0.txt",), ("1.txt",)]),
])
def test_timeline_merge_one_happening_named_differently(texts: list[str], story: str | None,
                                                        sources: list[tuple[str, ...]]) -> None:
    values = {"2 September 2019": "2019-09-02", "Senin (2/9/2019)": "2019-09-02", "Selasa (3/9/2019)": "2019-09-03"}
    docs = [article(t, CRASH, dates=[(k, v) for k, v in values.items() if k in t], published="2019-09-10",
                    source=f"{i}.txt") for i, t in enumerate(texts)]
    timeline = build(docs, settings=SETTINGS, story_of={d.id: story or d.id for d in docs})
    assert [e.sources for e in timeline.entries] == sources


def test_timeline_merge_one_holder_one_sentence() -> None:
    # tempo-3323: what two activists urge, and the meeting the sentence names, are one event (REQUEST, CONSULT)
    names = [("Denise Ho", "PER", "Denise Ho"), ("Joshua Wong", "PER", "Joshua Wong"),
             ("Amerika Serikat", "LOC", "Amerika Serikat")]
    doc = article("Aktivis demokrasi Denise Ho dan Joshua Wong pada Selasa, 17 September 2019, mendesak anggota "
                  "Kongres Amerika Serikat yang sedang melakukan pertemuan di Washington agar meloloskan rancangan "
                  "undang-undang.", names, dates=[("Selasa, 17 September 2019", "2019-09-17")], published="2019-09-18")
    (entry,) = build([doc], settings=SETTINGS).entries
    assert (entry.date, entry.type) == ("2019-09-17", "REQUEST")


@pytest.mark.parametrize(("texts", "sources"), [
    # tempo-546 and kompas-1916: the plenary of Tuesday (CONSULT) and the law it passed that day (a happening)
    (["Saya sampaikan poin-poin yang kami sepakati,\" ucapnya seusai Rapat Paripurna DPR pada Selasa lalu, "
      "17 September 2019.", "DPR mengesahkan revisi UU KPK pada Selasa (17/9/2019)."], [("0.txt", "1.txt")]),
    # kompas-1449 and kompas-1916 (which dates the vote a day late, 'pada 6 September 2019'): one vote
    (["Seluruh fraksi DPR menyetujui revisi UU KPK pada Kamis (5/9/2019) siang.",
      "Sebab, DPR baru saja mengesahkan revisi UU KPK sebagai inisiatif DPR pada 6 September 2019."],
     [("0.txt", "1.txt")]),
    # a sitting twelve days later is another sitting
    (["Seluruh fraksi DPR menyetujui revisi UU KPK pada Kamis (5/9/2019) siang.",
      "DPR mengesahkan revisi UU KPK pada Selasa (17/9/2019)."], [("0.txt",), ("1.txt",)]),
])
def test_timeline_merge_one_sitting(texts: list[str], sources: list[tuple[str, ...]]) -> None:
    values = {"17 September 2019": "2019-09-17", "Selasa (17/9/2019)": "2019-09-17", "Kamis (5/9/2019)": "2019-09-05",
              "6 September 2019": "2019-09-06"}
    docs = [article(t, NAMES, dates=[(k, v) for k, v in values.items() if k in t], published="2019-09-18",
                    source=f"{i}.txt") for i, t in enumerate(texts)]
    timeline = build(docs, settings=SETTINGS, story_of={d.id: "kpk" for d in docs})
    assert [e.sources for e in timeline.entries] == sources


@pytest.mark.parametrize(("other", "sources"), [
    # tempo-2034 (the petition story) and okezone-3154 (the match story): the defeat by Thailand, named with
    # no team in common ('Indonesia', 'skuad Garuda'), told in its words (0-3, kekalahan, Thailand) on one day
    ("Kekalahan terbaru itu didapatkan saat skuad Garuda takluk 0-3 dari Thailand pada Selasa (10/9/2019) malam.",
     ("tempo-2034", "okezone-3154")),
    ("Kekalahan itu didapatkan saat skuad Garuda takluk dari Malaysia pada Selasa (10/9/2019) malam.",
     ("tempo-2034",)),
])
def test_timeline_merge_one_happening_across_stories_in_its_words(other: str, sources: tuple[str, ...]) -> None:
    names = [("Indonesia", "LOC", "Indonesia"), ("Thailand", "LOC", "Thailand"), ("Malaysia", "LOC", "Malaysia")]
    petition = article("Petisi dibuat setelah Indonesia menelan kekalahan 0-3 dari Thailand di Stadion Utama Gelora "
                       "Bung Karno, Selasa (10/9/2019).", names, dates=[("Selasa (10/9/2019)", "2019-09-10")],
                       published="2019-09-11", source="tempo-2034")
    match = article(other, names, dates=[("Selasa (10/9/2019)", "2019-09-10")], published="2019-09-11",
                    source="okezone-3154")
    timeline = build([petition, match], settings=SETTINGS, story_of={petition.id: "petition", match.id: "match"})
    assert [e.sources for e in timeline.entries] == [sources]


def test_timeline_merge_one_statement_agreeing_and_rejecting() -> None:
    # kompas-1449: the Vice President agrees to a supervisory board and rejects its approving wiretaps: one
    # statement (a person's AGREE is a stance like a REJECT), not two entries
    names = [("Jusuf Kalla", "PER", "Jusuf Kalla"), ("Kalla", "PER", "Jusuf Kalla"),
             ("Dewan Pengawas", "ORG", "Dewan Pengawas KPK"), ("KPK", "ORG", "Komisi Pemberantasan Korupsi")]
    doc = article("Wakil Presiden Jusuf Kalla menyetujui adanya Dewan Pengawas KPK, Selasa (10/9/2019). Namun, Wapres "
                  "Kalla menolak jika keberadaan Dewan Pengawas nantinya hingga menentukan izin penyadapan yang akan "
                  "dilakukan KPK.", names, dates=[("Selasa (10/9/2019)", "2019-09-10")], published="2019-09-10")
    (entry,) = build([doc], settings=SETTINGS).entries
    assert ({e.type for e in entry.evidence}, entry.actor_names[0]) == ({"AGREE", "REJECT"}, "Jusuf Kalla")


@pytest.mark.parametrize(("decided", "merged"), [
    # okezone-1513 and okezone-4363: the excise policy announced, a happening of no known kind, and the Finance
    # Minister's decision stated that day are one event
    ('"Kita semua akhirnya memutuskan untuk kenaikan cukai rokok ditetapkan sebesar 23%," ujar Sri Mulyani di '
     "Istana, Jumat (13/9/2019).", True),
    # the same words a week later are another decision
    ('"Kita semua akhirnya memutuskan untuk kenaikan cukai rokok ditetapkan sebesar 23%," ujar Sri Mulyani di '
     "Istana, Jumat (20/9/2019).", False),
])
def test_timeline_merge_no_known_kind_is_the_persons_act_that_day(decided: str, merged: bool) -> None:
    names = [("Sri Mulyani", "PER", "Sri Mulyani Indrawati"), ("HMSP", "ORG", "PT Hanjaya Mandala Sampoerna Tbk")]
    values = {"Jumat (13/9/2019)": "2019-09-13", "Jumat (20/9/2019)": "2019-09-20"}
    announced = article("HMSP mengaku belum mendapatkan rincian aturan kebijakan cukai rokok yang diumumkan Sri "
                        "Mulyani pada Jumat (13/9/2019).", names, dates=[("Jumat (13/9/2019)", "2019-09-13")],
                        published="2019-09-14", source="okezone-1513")
    said = article(decided, names, dates=[(k, v) for k, v in values.items() if k in decided],
                   published="2019-09-20", source="okezone-4363")
    entries = build([announced, said], settings=SETTINGS, story_of={announced.id: "s", said.id: "s"}).entries
    assert any(e.sources == ("okezone-1513", "okezone-4363") for e in entries) == merged
