"""A behavioural fingerprint of the CRF features: what they compute for fixed probe sentences.

Training records it beside the model (``metrics.json``); a test recomputes it with the shipped
lexicons. A change to what the features compute (feature code, cue word lists, lexicons) changes the
hash and fails that test until the model is retrained; a change that computes the same features (a
comment, a refactor) does not.
"""
from __future__ import annotations

import hashlib
import json

from . import features
from .features import Lexicons

# Real news sentences (the bundled seeds; CLICK-ID, CC BY 4.0), tokenised as the CoNLL training data is:
# datelines, titles before names, hyphenated and all-caps names, organisations, places, dates, quotes.
PROBE_SENTENCES = (
    ("SEOUL - Menteri pertahanan Rusia Sergei Shoigu menemani pemimpin Korea Utara Kim Jong-un ke pameran "
     "pertahanan Korea Utara ."),
    ("Rudal berkemampuan nuklir dilarang di bawah resolusi Dewan Keamanan PBB yang diadopsi dengan dukungan "
     "Rusia dan China ."),
    "Kim memimpin Shoigu dalam tur pameran senjata dan peralatan militer baru , kata KCNA .",
    ("SEOUL , KOMPAS.TV - Pemimpin Korea Utara , Kim Jong-un bertemu Presiden Rusia Vladimir Putin di Rusia , "
     "Rabu ( 13/6/2023 ) ."),
    "Melansir Associated Press , kedua pemimpin bertemu di Vostochny Cosmodrome .",
    ("kata Moon Seong Mook , seorang analis dengan Korea Research Institute for National Strategy yang "
     "berbasis di Seoul ."),
    "Xanana mengunjungi pusara BJ Habibie di Taman Makam Pahlawan Kalibata , Jakarta , Minggu .",
    ("Menteri Pemuda dan Olahraga , Imam Nahrawi , ditetapkan sebagai tersangka dalam kasus dugaan korupsi "
     "penyaluran dana hibah pada Komite Olahraga Nasional Indonesia ( KONI ) ."),
    ("Rapat kerja yang dipimpin Ketua Komisi III DPR RI Aziz Syamsuddin , Rabu ( 18/9/2019 ) , itu dihadiri "
     "Menteri Hukum dan HAM Yasonna Laoly ."),
    ("ujar Karopenmas Divisi Humas Polri Brigjen Pol Dedi Prasetyo , di Jl Trunojoyo , Kebayoran Baru , "
     "Jakarta Selatan ."),
    "Timnas Indonesia takluk dari Thailand dengan skor 3-0 di Stadion Utama Gelora Bung Karno , Senayan .",
)


def probe_sentences() -> list[list[str]]:
    """The fixed sentences, then every cue word before a name (so adding or dropping one shows)."""
    return [s.split() for s in PROBE_SENTENCES] + [[word, "Budi", "Santoso"] for word in sorted(features.CUE_WORDS)]


def feature_fingerprint(lex: Lexicons) -> str:
    computed = [features.sentence_features(words, lex) for words in probe_sentences()]
    return hashlib.sha256(json.dumps(computed, ensure_ascii=False).encode()).hexdigest()[:16]
