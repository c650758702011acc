"""The quote candidate: the record detection hands to attribution, and its helpers."""

from __future__ import annotations

from dataclasses import dataclass

from ..lang import Language
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


def _own_frame_inside(report: Candidate, quote: Candidate) -> bool:
    """Whether a direct quote's own cue, after its closing mark, lies inside a report
    that holds the quote, and names a person ('… X denies — "why …?" asked Y, …'):
    then the report ran on past its end, and the quote is not a fragment of it."""
    cue, m = quote.cue, quote.speaker
    return m is not None and m.kind in ("name", "pronoun") and m.label == "PER" and cue is not None \
        and quote.pair is not None and quote.pair.close is not None and quote.pair.close < cue.start < report.end

def merge(cands: list[Candidate], lang: Language) -> list[Candidate]:
    """Drop candidates that another, better one contains or repeats."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[Candidate] = []
    for cand in cands:
        clash = None
        for kept in out:
            if cand.start < kept.end and kept.start < cand.end:
                clash = kept
                break
        if clash is None:
            out.append(cand)
            continue
        # A direct quote inside a mixed quote belongs to it; an indirect report
        # that overlaps a direct quote is the quote's attribution, not a quote.
        if clash.type == "mixed" and cand.type == "direct":
            if _own_frame_inside(clash, cand):
                out[out.index(clash)] = cand
            continue
        if clash.type == "indirect" and cand.type == "direct":
            if clash.start <= cand.start and cand.end <= clash.end and clash.cue is not None and clash.cue.lemma in lang.according_to:
                continue
            if cand.pair is not None and clash.start == cand.pair.open and not cand.attributed \
                    and clash.speaker is not None:
                # "X reported that “…”": the report's content opens with the marks,
                # so the words in them are what X reported.
                cand.cue, cand.speaker, cand.how, cand.attributed = clash.cue, clash.speaker, clash.how, True
            out[out.index(clash)] = cand
            continue
        if cand.type == "direct" and clash.type == "direct":
            continue
        # "X said Y, according to Z": the verb's report is the quote, its source X;
        # the sentence-wide "according to" reading gives way to it.
        if clash.type == cand.type == "indirect" and clash.start <= cand.start and cand.end <= clash.end \
                and clash.cue is not None and clash.cue.lemma in lang.according_to \
                and cand.cue is not None and cand.cue.lemma not in lang.according_to and cand.speaker is not None:
            out[out.index(clash)] = cand
    out.sort(key=lambda c: c.start)
    return out
