"""Copy detection: pairs that must and must not match (seeds, CLICK-ID), hashing, bad input, the index."""
from __future__ import annotations

import pickle
from operator import attrgetter
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from linimasa.dedup import CopyIndex, content_hash, find_copies
from linimasa.dedup.bands import BandIndex
from linimasa.dedup.config import DedupConfig
from linimasa.dedup.minhash import ShingleLSH, minhash_values
from linimasa.dedup.text import words, words_each
from linimasa.model import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
CLICK = ROOT / "tests" / "data" / "dedup"


def _article(path: Path, text: str | None = None) -> Article:
    body = path.read_text(encoding="utf-8") if text is None else text
    return Article(id=content_hash(body), source=path.name, text=body)


def _seed(prefix: str) -> Article:
    return _article(next(SEEDS.glob(f"{prefix}_*.txt")))


def _click(name: str) -> Article:
    return _article(CLICK / f"{name}.txt")


def _twin(name: str, *, replaced: slice) -> tuple[Article, Article]:
    """A CLICK-ID article and a near twin whose paragraphs in ``replaced`` come from another story."""
    original = _click(name)
    lines = original.text.split("\n")
    lines[replaced] = (CLICK / "followup_papua_a.txt").read_text(encoding="utf-8").split("\n")[: len(lines[replaced])]
    return original, _article(Path(f"twin_{name}.txt"), "\n".join(lines))


def _links(*articles: Article) -> list:
    return find_copies(list(articles), key=attrgetter("source"))


MATCH = [
    ("seeds 000/002: independent rewrites of one Reuters story", lambda: (_seed("000"), _seed("002")), "rewrite"),
    ("okezone/sindonews cross-channel repost", lambda: (_click("near_drone_a"), _click("near_drone_b")), "near"),
    ("kompas/tribunnews group repost", lambda: (_click("near_habibie_a"), _click("near_habibie_b")), "near"),
    ("okezone/sindonews channels reword one foreign report", lambda: (_click("near_zakir_a"), _click("near_zakir_b")),
     "near"),
    ("twin with two middle paragraphs swapped", lambda: _twin("near_drone_a", replaced=slice(6, 8)), "near"),
    ("twin with another closing paragraph", lambda: _twin("near_habibie_a", replaced=slice(9, 10)), "near"),
    ("twin with another lead paragraph", lambda: _twin("near_drone_b", replaced=slice(0, 1)), "near"),
]

NO_MATCH = [
    ("seeds 000/004: same event, another source", lambda: (_seed("000"), _seed("004"))),
    ("seeds 001/003: same leaders, other events", lambda: (_seed("001"), _seed("003"))),
    ("seeds 002/004", lambda: (_seed("002"), _seed("004"))),
    ("daily gold-price template, other days", lambda: (_click("template_gold_a"), _click("template_gold_b"))),
    ("earthquake report template, other quakes", lambda: (_click("template_quake_a"), _click("template_quake_b"))),
    ("follow-up reusing background paragraphs", lambda: (_click("followup_papua_a"), _click("followup_papua_b"))),
]


@pytest.mark.parametrize(("label", "pair", "kind"), MATCH, ids=[m[0] for m in MATCH])
def test_dedup_copies_pairs_that_match(label: str, pair, kind: str) -> None:
    a, b = pair()
    [link] = _links(a, b)
    assert (link.kind, {link.a, link.b}) == (kind, {a.source, b.source})
    assert link.evidence and 0.5 <= link.confidence <= 1.0


@pytest.mark.parametrize(("label", "pair"), NO_MATCH, ids=[m[0] for m in NO_MATCH])
def test_dedup_copies_pairs_that_do_not_match(label: str, pair) -> None:
    assert _links(*pair()) == []


def test_dedup_copies_evidence_spans_slice_both_texts() -> None:
    a, b = _seed("000"), _seed("002")
    [link] = _links(a, b)
    for pair in link.evidence:
        assert a.text[pair.a_start:pair.a_end].strip() and b.text[pair.b_start:pair.b_end].strip()
    assert any("drone baru" in a.text[p.a_start:p.a_end] for p in link.evidence)


@pytest.mark.parametrize(("left", "right", "same"), [
    ("Kim bertemu Shoigu.", "  kim   BERTEMU shoigu. ", True),
    ("“Kami siap,” katanya.", '"Kami siap," katanya.', True),
    ("Kim bertemu Shoigu.", "Kim bertemu Putin.", False),
    ("", " ", True),
])
def test_dedup_content_hash_ignores_case_space_and_quote_style(left: str, right: str, same: bool) -> None:
    assert (content_hash(left) == content_hash(right)) is same


def test_dedup_copies_truncated_and_extended_copies_are_near() -> None:
    original = _seed("003")
    half = original.text[: len(original.text) // 2]
    extended = original.text + "\nBaca juga: berita lain hari ini.\nEditor: Redaksi"
    links = _links(original, _article(Path("half.txt"), half), _article(Path("extended.txt"), extended))
    assert {(link.kind, link.b) for link in links} >= {("near", "half.txt"), ("near", "extended.txt")}


def test_dedup_copies_exact_repost_is_exact() -> None:
    seed = _seed("001")
    [link] = _links(seed, _article(Path("repost.txt"), seed.text.upper() + "\n"))
    assert (link.kind, link.confidence) == ("exact", 1.0)


@pytest.mark.parametrize("texts", [
    [],
    ["", "Foto", ""],
    ["“Kami siap,” katanya.", "Ibu-ibu PKK ﬁnal", "cafe\u0301 di Jl. Sudirman"],
    ["kata\u0301", "\u0301awal", "ＪＡＫＡＲＴＡ ２０２３"],
    ["teks dengan\0NUL", "lain"],
])
def test_dedup_words_each_equals_words_one_by_one(texts: list[str]) -> None:
    assert words_each(texts) == [words(text) for text in texts]


@pytest.mark.parametrize("tiny", ["", " ", "Foto", "Jakarta.", "\n\n\n"])
def test_dedup_copies_empty_and_one_word_articles_match_nothing(tiny: str) -> None:
    articles = [_seed(p) for p in ("000", "001", "002", "003", "004")]
    crowd = [_article(Path(f"tiny-{i}.txt"), tiny) for i in range(3)]
    links = _links(*crowd, *articles, *crowd)
    assert not any(k.startswith("tiny") for link in links for k in (link.a, link.b))


def test_dedup_copy_index_is_incremental_and_idempotent() -> None:
    index = CopyIndex()
    a, b = _seed("000"), _seed("002")
    assert index.add(a, key="a") == []
    assert [link.kind for link in index.add(b, key="b")] == ["rewrite"]
    assert index.add(b, key="b") == []
    assert len(index) == 2


@pytest.mark.parametrize(("merge_at", "articles"), [(1, 30), (7, 30), (50_000, 30), (64, 3000)])
def test_dedup_band_index_finds_the_same_slots_before_and_after_merging(merge_at: int, articles: int) -> None:
    rng = np.random.default_rng(5)
    index = BandIndex(bands=4, rows=2, merge_at=merge_at)
    signatures = rng.integers(0, 2**32, size=(articles, 8), dtype=np.uint64)
    signatures[-10:] = signatures[:10]  # the last ten repeat the first ten
    for slot, signature in enumerate(signatures):
        index.insert(index.band_keys(signature), slot)
    for slot in range(10):
        assert index.query(index.band_keys(signatures[slot])) == {slot, articles - 10 + slot}
    unseen = rng.integers(0, 2**32, size=(50, 8), dtype=np.uint64)
    assert not any(index.query(index.band_keys(signature)) for signature in unseen)


@pytest.mark.parametrize("size", [0, 1, 4, 400, 5000])
def test_dedup_minhash_values_equal_datasketch_update_batch(size: int) -> None:
    hashes = np.random.default_rng(size).integers(0, 2**32, size=size, dtype=np.uint64)
    reference = MinHash(num_perm=64, seed=3, hashfunc=int, scheme="affine32")
    reference.update_batch(hashes)
    assert np.array_equal(minhash_values(hashes, reference.permutations), reference.hashvalues)


def test_dedup_minhash_overlap_is_datasketch_jaccard_of_the_shingles() -> None:
    lsh = ShingleLSH(config=DedupConfig())
    text = _seed("003").text.split()
    lsh.add("whole", lsh.signature(text))
    lsh.add("half", lsh.signature(text[: len(text) // 2]))
    jaccard, containment = lsh.overlap("whole", "half")
    assert jaccard == lsh.minhash("whole").jaccard(lsh.minhash("half"))
    assert 0.3 < jaccard < 0.7 and containment > 0.9


def _click_pool() -> list[Article]:
    return [_seed(p) for p in ("000", "001", "002", "003", "004")] + [_article(p) for p in sorted(CLICK.glob("*.txt"))]


@pytest.mark.parametrize("stored", [0, 1, 5, 9])
def test_dedup_copies_of_new_articles_against_indexed_ones_equal_a_full_run(stored: int) -> None:
    pool = _click_pool()
    old, new = pool[:stored], pool[stored:]
    whole = [link for link in _links(*pool) if {link.a, link.b} & {a.source for a in new}]
    assert whole and find_copies(new, key=attrgetter("source"), indexed=old) == whole


def test_dedup_copy_index_persisted_by_pickle_carries_on_as_before() -> None:
    pool = _click_pool()
    index = CopyIndex()
    for article in pool[:8]:  # up to near_drone_a: its partner and the Habibie pair come after
        index.add(article, key=article.source)
    restored = pickle.loads(pickle.dumps(index))
    links = [link for a in pool[8:] for link in index.add(a, key=a.source)]
    assert len(links) >= 2 and [link for a in pool[8:] for link in restored.add(a, key=a.source)] == links
