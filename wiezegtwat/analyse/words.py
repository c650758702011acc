"""A backend with no linguistics: words and punctuation, capitalised words as names.

For plumbing checks, tests and benchmarks that must not wait for Frog
(``WZW_BACKEND=wiezegtwat.analyse.words:WordBackend``). It writes its tokens in
Frog's row format so they go through the same alignment and tag mapping.
"""

from __future__ import annotations

import re

from ..records import Doc
from .frog import FrogRow, build_doc

_WORD = re.compile(r"\w+|[^\w\s]")


def _rows(text: str) -> list[list[FrogRow]]:
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
        return build_doc(text, _rows)
