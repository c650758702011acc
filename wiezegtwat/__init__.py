"""wiezegtwat — who says what: quotes, speakers and actors in Dutch and English news."""

from __future__ import annotations

from .pipeline import Pipeline, analyse
from .records import Actor, Article, Cue, Doc, Mention, Quote, Speaker

__all__ = ["Actor", "Article", "Cue", "Doc", "Mention", "Pipeline", "Quote", "Speaker", "analyse"]
__version__ = "0.1.0"
