"""Duplicates, same-wire rewrites and stories.

``content_hash`` is the article id at ingest (exact reposts collapse); ``CopyIndex``/``find_copies`` link near
copies (MinHash + LSH with containment) and independent rewrites (rare shared signals, confirmed by sentence
alignment); ``StoryClusterer``/``assign_stories`` group articles about one event, incrementally.

The package imports its parts on first use: settings import the thresholds (``config``) on every start, and
must not pay for MinHash and the background vocabulary.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .config import DedupConfig, StoryConfig
from .links import Aligned, CopyKind, CopyLink

if TYPE_CHECKING:
    from .index import CopyIndex, find_copies
    from .stories import StoryAssignment, StoryClusterer, assign_stories
    from .text import content_hash, normalise

__all__ = ["Aligned", "CopyIndex", "CopyKind", "CopyLink", "DedupConfig", "StoryAssignment", "StoryClusterer",
           "StoryConfig", "assign_stories", "content_hash", "find_copies", "normalise"]
_PARTS = {"CopyIndex": "index", "find_copies": "index", "StoryAssignment": "stories", "StoryClusterer": "stories",
          "assign_stories": "stories", "content_hash": "text", "normalise": "text"}


def __getattr__(name: str) -> Any:
    if name not in _PARTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_PARTS[name]}", __name__), name)
