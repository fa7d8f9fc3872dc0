"""Synthetic copy benchmark on CLICK-ID: precision and recall of find_copies per kind of copy edit.

A base of real articles is drawn and cleared of its own copies (find_copies on the base, every linked article
dropped). For each edit kind, copies of some base articles are made and shuffled in; a found pair is right
only if it is an (original, copy) pair. Not run in CI:

    nice .venv/bin/python benchmarks/bench_dedup_synthetic.py [--base 3000] [--copies 300]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from clickid import articles

from linimasa.dedup import content_hash, find_copies
from linimasa.model import Article

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
BOILERPLATE_HEAD = ("JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "SINDOnews.com - ", "")
BOILERPLATE_TAIL = ("Baca juga: Berita terkini hari ini", "Editor: Sri Mulyani Lestari",
                    "Simak berita menarik lainnya di kanal kami.", "(rhs)", "Sumber: Antara")

Edit = Callable[[str, random.Random, list[str]], str]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text) if s.strip()]


def edit_words(text: str, rng: random.Random, donors: list[str]) -> str:
    """Substitute, delete or insert about 8% of words (typos, synonyms, a changed number)."""
    out = []
    for word in text.split(" "):
        roll = rng.random()
        if roll < 0.03:
            continue
        out.append(rng.choice(donors[0].split()) if roll < 0.06 else word)
        if 0.06 <= roll < 0.08:
            out.append("juga")
    return " ".join(out)


def drop_sentences(text: str, rng: random.Random, donors: list[str]) -> str:
    kept = [s for s in _sentences(text) if rng.random() > 0.25]
    return " ".join(kept or _sentences(text)[:1])


def reorder_sentences(text: str, rng: random.Random, donors: list[str]) -> str:
    parts = _sentences(text)
    rng.shuffle(parts)
    return " ".join(parts)


def truncate(text: str, rng: random.Random, donors: list[str]) -> str:
    return text[: int(len(text) * rng.uniform(0.4, 0.7))].rsplit(" ", 1)[0]


def add_paragraphs(text: str, rng: random.Random, donors: list[str]) -> str:
    extra = _sentences(donors[0])[: rng.randint(1, 3)]
    return "\n".join([text, *extra]) if rng.random() < 0.5 else "\n".join([*extra, text])


def boilerplate(text: str, rng: random.Random, donors: list[str]) -> str:
    tail = rng.sample(BOILERPLATE_TAIL, 2)
    return rng.choice(BOILERPLATE_HEAD) + text + "\n" + "\n".join(tail)


def exact(text: str, rng: random.Random, donors: list[str]) -> str:
    return text


KINDS: dict[str, Edit] = {"exact": exact, "edits": edit_words, "sentence_drops": drop_sentences,
                          "reorders": reorder_sentences, "truncation": truncate, "added_paragraphs": add_paragraphs,
                          "boilerplate": boilerplate}


def clean_base(pool: list[Article], size: int, rng: random.Random) -> list[Article]:
    base = rng.sample([a for a in pool if len(a.text.split()) >= 80], size)
    linked = {k for link in find_copies(base, key=attrgetter("source")) for k in (link.a, link.b)}
    return [a for a in base if a.source not in linked]


def run_kind(name: str, edit: Edit, base: list[Article], donors: list[Article], n: int,
             rng: random.Random) -> dict:
    originals = rng.sample(base, n)
    copies = []
    for i, original in enumerate(originals):
        text = edit(original.text, rng, [rng.choice(donors).text])
        copies.append(Article(id=content_hash(text), source=f"copy-{i}", text=text, published=original.published))
    gold = {frozenset((o.source, c.source)) for o, c in zip(originals, copies, strict=True)}
    corpus = base + copies
    rng.shuffle(corpus)
    start = time.process_time()
    found = {frozenset((link.a, link.b)) for link in find_copies(corpus, key=attrgetter("source"))}
    hits = len(found & gold)
    return {"kind": name, "pairs": n, "found": len(found), "precision": hits / len(found) if found else 1.0,
            "recall": hits / len(gold), "cpu_s": round(time.process_time() - start, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", type=int, default=3000)
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = list(articles())
    base = clean_base(pool, args.base, rng)
    in_base = {a.source for a in base}
    donors = [a for a in pool if a.source not in in_base]
    print(f"base: {len(base)} articles after dropping their own copies")
    results = [run_kind(name, edit, base, donors, args.copies, rng) for name, edit in KINDS.items()]
    for row in results:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
