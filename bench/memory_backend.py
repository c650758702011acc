"""A tiny stand-in backend for the memory benchmark: words and punctuation, no Frog.

Selected with WZW_BACKEND=memory_backend:make (bench/ingest_memory.py puts this
folder on PYTHONPATH), so ``wzw ingest`` runs its real command path minus Frog.
"""

from __future__ import annotations

import re

from wiezegtwat.analyse.frog import FrogRow, build_doc
from wiezegtwat.records import Doc

_WORD = re.compile(r"\w+|[^\w\s]")


def _request(text: str) -> list[list[FrogRow]]:
    rows = [FrogRow(w, w.lower(), "SPEC(deeleigen)" if w[:1].isupper() else "N(soort,ev)",
                    "B-PER" if w[:1].isupper() else "O", 0, "ROOT") for w in _WORD.findall(text)]
    return [rows] if rows else []


class WordBackend:
    name = "words"

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def analyse(self, text: str) -> Doc:
        return build_doc(text, _request)


def make() -> WordBackend:
    return WordBackend()
