"""A fast stand-in backend for crash tests: words and punctuation, no Frog.

Selected with WZW_BACKEND=word_backend:make (tests put this folder on
PYTHONPATH); WZW_DELAY slows each article down so a kill lands mid-run, and
WZW_KILL_AT=analyse:n kills the ingest in the n-th analysis (kill_points.py).
"""

from __future__ import annotations

import os
import re
import time

import kill_points

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
        time.sleep(float(os.environ.get("WZW_DELAY", "0")))
        kill_points.analysing()
        return build_doc(text, _request)


def make() -> WordBackend:
    return WordBackend()
