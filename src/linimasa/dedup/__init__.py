"""Duplicates, same-wire rewrites and stories.

``content_hash`` is the article id at ingest (exact reposts collapse); ``CopyIndex``/``find_copies`` link near
copies (MinHash + LSH with containment) and independent rewrites (rare shared signals, confirmed by sentence
alignment); ``StoryClusterer``/``assign_stories`` group articles about one event, incrementally.
"""
from __future__ import annotations

from .config import DedupConfig
from .index import CopyIndex, find_copies
from .links import Aligned, CopyKind, CopyLink
from .stories import StoryAssignment, StoryClusterer, StoryConfig, assign_stories
from .text import content_hash, normalise

__all__ = ["Aligned", "CopyIndex", "CopyKind", "CopyLink", "DedupConfig", "StoryAssignment", "StoryClusterer",
           "StoryConfig", "assign_stories", "content_hash", "find_copies", "normalise"]
