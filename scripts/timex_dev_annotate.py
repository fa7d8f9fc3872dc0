"""Write the hand-annotated timex sets: IndoTimex-dev articles + our TIMEX3 tags.

The annotations (extent, type, value) are made by hand in tests/data/timex/<set>-annotations.tsv
(``dev``: used for tuning; ``heldout`` and ``click``: annotated afterwards, never tuned on;
``indotimex-dev``: all 50 articles under the IndoTimex conventions, see its README). This
script only places them inline, in order, inside each article's <TEXT>, and writes
tests/data/timex/<set>/<doc>.tml. ``click`` documents are CLICK-ID rows ("okezone.csv:2121"),
wrapped in the same TimeML layout with the metadata date as DCT.
Usage: python scripts/timex_dev_annotate.py [dev|heldout|click|indotimex-dev]
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared from the main checkout, ../../shared from a worktree under wt/
SHARED = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
              ROOT.parent / "shared")
SOURCE = SHARED / "data" / "timex" / "indotimex-dev"
DATA = ROOT / "tests" / "data" / "timex"


def load_spec(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    spec: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            doc, extent, kind, value = line.split("\t")
            spec[doc].append((extent, kind, value))
    return spec


def tag(raw: str, items: list[tuple[str, str, str]], doc: str) -> str:
    start = raw.index("<TEXT>")
    head, body = raw[:start], raw[start:]
    out, cursor = [], 0
    for tid, (extent, kind, value) in enumerate(items, start=1):
        at = body.find(extent, cursor)
        if at < 0:
            sys.exit(f"{doc}: {extent!r} not found after offset {cursor}")
        out.append(body[cursor:at])
        out.append(f'<TIMEX3 tid="t{tid}" type="{kind}" value="{value}">{extent}</TIMEX3>')
        cursor = at + len(extent)
    return head + "".join(out) + body[cursor:]


def indotimex(doc: str) -> str:
    return (SOURCE / f"{doc}.tml").read_bytes().decode("cp1252", errors="replace").replace("\r\n", "\n")


def click_id(docs: set[str]) -> dict[str, str]:
    from clickid import articles

    return {a.source: (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{a.source}</DOCID>\n'
                       f'<DCT><TIMEX3 tid="t0" type="DATE" value="{a.published}" '
                       f'functionInDocument="CREATION_TIME">{a.published}</TIMEX3></DCT>\n'
                       f'<TITLE>{a.title}</TITLE>\n<TEXT>\n{a.text}\n</TEXT>\n</TimeML>\n')
            for a in articles(SHARED / "data" / "news" / "click-id") if a.source in docs}


def main(name: str) -> None:
    spec, out = load_spec(DATA / f"{name}-annotations.tsv"), DATA / name
    out.mkdir(parents=True, exist_ok=True)
    raws = click_id(set(spec)) if name == "click" else {doc: indotimex(doc) for doc in spec}
    for doc, items in spec.items():
        (out / f"{doc.replace('.csv:', '-')}.tml").write_text(tag(raws[doc], items, doc), encoding="utf-8")
    print(f"{sum(map(len, spec.values()))} timexes in {len(spec)} files -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dev")
