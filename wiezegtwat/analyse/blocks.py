"""Cut an article into paragraphs and the blocks we send to the backend.

Frog's server ignores blank lines, so a heading without a full stop
("Beloften") would be glued to the next sentence. We therefore send every
line as its own block — except in hard-wrapped paragraphs (a plain-text
archive that wraps at ~72 columns), where lines are parts of one flow.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARA_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n\s*")
_LINE = re.compile(r"[^\n]+")
# Lines this long that do not end a sentence are taken as hard-wrapped.
WRAP_MIN_CHARS = 50
# The longest stretch without a sentence end we send as one: Frog's parser slows
# down steeply with sentence length (measured on a results table without a full
# stop: 300 characters 1.5 s, 600 characters 9 s, 900 characters 28 s, 1,200 over a
# minute), so a table or list that never ends a sentence is cut at its separators.
MAX_SENTENCE_CHARS = 500
_SENTENCE_STOP = re.compile(r"[.!?;:]\s")
_SEPARATORS = (" -- ", " – ", " — ", "; ", " | ", ", ", " ")
_SENT_END = tuple(".!?:;\"'”’»)…")


@dataclass
class Block:
    """A stretch of text analysed in one backend request."""

    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph, blank-line separated."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        out.extend(_trimmed(text, pos, m.start()))
        pos = m.end()
    out.extend(_trimmed(text, pos, len(text)))
    return out


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if end > start else []


def _hard_wrapped(lines: list[tuple[int, int]], text: str) -> bool:
    if len(lines) < 2:
        return False
    body = lines[:-1]
    wrapped = sum(
        1
        for s, e in body
        if e - s >= WRAP_MIN_CHARS and not text[s:e].rstrip().endswith(_SENT_END)
    )
    return wrapped * 2 >= len(body)


def blocks(text: str, *, max_chars: int = 20_000) -> list[Block]:
    """The blocks to analyse, in text order, each inside one paragraph.

    ``max_chars`` bounds one request: a huge paragraph is cut at a sentence end
    (or a space) so that one request never runs for minutes.
    """
    out: list[Block] = []
    for p, (pstart, pend) in enumerate(paragraphs(text)):
        lines = []
        for m in _LINE.finditer(text, pstart, pend):
            lines.extend(_trimmed(text, m.start(), m.end()))
        if _hard_wrapped(lines, text):
            spans = [(pstart, pend)]
        else:
            spans = lines
        for s, e in spans:
            for cs, ce in _cut(text, s, e, max_chars):
                out.extend(Block(ls, le, p) for ls, le in _unbroken(text, cs, ce))
    return out


def _unbroken(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut every stretch longer than MAX_SENTENCE_CHARS that holds no sentence end
    at its last list separator ("--", ";", ","), else at a space; text with its
    sentence ends stays one block."""
    out: list[tuple[int, int]] = []
    piece = run = start  # the block being built; the stretch since the last sentence end
    while end - run > MAX_SENTENCE_CHARS:
        window = text[run : run + MAX_SENTENCE_CHARS]
        stops = [m.end() for m in _SENTENCE_STOP.finditer(window)]
        if stops:
            run += stops[-1]
            continue
        cut = next((window.rfind(sep) + len(sep) for sep in _SEPARATORS
                    if window.rfind(sep) > MAX_SENTENCE_CHARS // 2), MAX_SENTENCE_CHARS)
        out.extend(_trimmed(text, piece, run + cut))
        piece = run = run + cut
    out.extend(_trimmed(text, piece, end))
    return out


def _cut(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 1 if cut > max_chars // 2 else window.rfind(" ")
        if cut <= 0:
            cut = max_chars
        out.extend(_trimmed(text, start, start + cut))
        start += cut
    out.extend(_trimmed(text, start, end))
    return out
