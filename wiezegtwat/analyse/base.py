"""The door every linguistic backend goes through."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ..records import Doc


@runtime_checkable
class Backend(Protocol):
    """Tokens, sentences, POS, lemmas, NER and dependencies for one language."""

    name: str

    def start(self) -> None:
        """Load models or start servers (once per process run)."""

    def analyse(self, text: str) -> Doc:
        """Analyse one article; every token's offsets slice back into ``text``."""
        ...

    def close(self) -> None:
        """Free models, stop servers."""
