"""Language detection with lingua, restricted to a small candidate set."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..errors import LanguageError

SUPPORTED = ("nl", "en")
# Candidates lingua chooses between: the supported languages plus the ones a
# Dutch news archive most often also contains, so that those are recognised
# and refused instead of analysed as Dutch. Afrikaans and Frisian are left out
# on purpose: on short Dutch texts they steal votes.
_CANDIDATES = ("DUTCH", "ENGLISH", "GERMAN", "FRENCH", "SPANISH", "ITALIAN", "PORTUGUESE",
               "TURKISH", "ARABIC", "POLISH", "RUSSIAN", "UKRAINIAN")
# Below this many letters the guess is unreliable; we then assume Dutch (the default).
MIN_LETTERS = 40


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in _CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell."""
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None
    return str(lang.iso_code_639_1.name).lower()


def check_language(text: str, *, source: str, lang: str | None = None) -> str:
    """The language to analyse ``text`` in; LanguageError when unsupported."""
    if lang is not None:
        if lang not in SUPPORTED:
            raise LanguageError(source, lang, SUPPORTED)
        return lang
    found = detect(text)
    if found is None:
        return SUPPORTED[0]
    if found not in SUPPORTED:
        raise LanguageError(source, _NAMES.get(found, found), SUPPORTED)
    return found


_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
          "pt": "Portuguese", "tr": "Turkish", "ar": "Arabic", "pl": "Polish", "ru": "Russian",
          "uk": "Ukrainian"}
