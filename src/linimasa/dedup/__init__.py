"""Duplicates, same-wire rewrites and stories.

``content_hash`` is the article id at ingest (exact reposts collapse); ``CopyIndex``/``find_copies`` link near
copies (MinHash + LSH with containment) and independent rewrites (rare shared signals, confirmed by sentence
alignment); ``StoryClusterer``/``assign_stories`` group articles about one event, incrementally.
"""
from __future__ import annotations

from .links import Aligned, CopyKind, CopyLink
from .text import content_hash, normalise

__all__ = ["Aligned", "CopyKind", "CopyLink", "content_hash", "normalise"]
