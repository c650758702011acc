"""The quote candidate: the record detection hands to attribution, and its helpers."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Cue
from .marks import MarkPair
from .mentions import Ment

# A quote in marks shorter than this (in words) is a term or a scare quote
# unless something attributes it (a cue right after it, a colon before it).
MIN_QUOTE_WORDS = 4


@dataclass
class Candidate:
    start: int
    end: int
    type: str  # direct | indirect | mixed
    sent: int
    cue: Cue | None = None
    speaker: Ment | None = None
    how: str = ""  # evidence for the speaker
    pair: MarkPair | None = None
    attributed: bool = False  # the sentence itself names a source


def words_in(text: str) -> int:
    return len([w for w in text.split() if any(c.isalnum() for c in w)])


def trim(text: str, cand: Candidate) -> None:
    while cand.start < cand.end and text[cand.start].isspace():
        cand.start += 1
    while cand.end > cand.start and text[cand.end - 1].isspace():
        cand.end -= 1
