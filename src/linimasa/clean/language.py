"""Document-level language identification among the languages Indonesian news actually arrives in."""
from __future__ import annotations

from functools import cache
from typing import Any

_SAMPLE_CHARS = 3000  # the opening is enough and keeps long pages cheap


@cache
def _detector() -> Any:
    # Built once, lazily, for three languages only: small and fast, and Malay is the one to tell apart.
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.INDONESIAN, Language.MALAY, Language.ENGLISH).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (``id``, ``ms``, ``en``), or None when the text gives no evidence."""
    found = _detector().detect_language_of(text[:_SAMPLE_CHARS])
    return found.iso_code_639_1.name.lower() if found else None
