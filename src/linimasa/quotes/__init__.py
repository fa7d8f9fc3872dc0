"""The quotes stage: direct and indirect quotes with their cue and resolved speaker.

Candidates are resolved in text order because ``katanya``/``ia`` refer back to the
speaker resolved just before.
"""
from __future__ import annotations

from .. import context
from ..model import Article, Quote
from ..pipeline import stage
from ..settings import Settings
from . import detect, speakers


def find_quotes(article: Article) -> tuple[Quote, ...]:
    ctx = context.build(article)
    quotes, previous = [], None
    for cand in detect.candidates(ctx):
        cue = article.text[cand.cue_start:cand.cue_end]
        speaker = speakers.resolve(ctx, cue, cand.side, cand.region, cand.cue_start, previous)
        previous = speaker or previous
        quotes.append(Quote(cand.start, cand.end, cand.direct, cue,
                            speaker.name if speaker else "", speaker.entity_id if speaker else "",
                            speaker.start if speaker else None, speaker.end if speaker else None))
    return tuple(sorted(quotes, key=lambda q: q.start))


@stage(requires=("sentences", "tokens", "entities"), assigns=("quotes",))
def run(article: Article, settings: Settings) -> Article:
    return article.with_(quotes=find_quotes(article))
