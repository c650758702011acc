"""The words-only backend for crash tests, with a delay and kill points.

Selected with WZW_BACKEND=word_backend:make (tests put this folder on
PYTHONPATH); WZW_DELAY slows each article down so a kill lands mid-run, and
WZW_KILL_AT=analyse:n kills the ingest in the n-th analysis (kill_points.py).
"""

from __future__ import annotations

import os
import time

import kill_points

from wiezegtwat.analyse.words import WordBackend
from wiezegtwat.records import Doc


class SlowWordBackend(WordBackend):
    def analyse(self, text: str) -> Doc:
        time.sleep(float(os.environ.get("WZW_DELAY", "0")))
        kill_points.analysing()
        return super().analyse(text)


def make() -> SlowWordBackend:
    return SlowWordBackend()
