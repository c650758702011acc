"""Align a backend's token strings to code-point offsets in the original text.

Backends tokenise and sometimes normalise: Frog glues multi-word names
(``Mark_Rutte``), may compose decomposed diacritics, turns curly quotes into
straight ones in lemmas and drops zero-width characters. We compare in a
*folded* space — accents stripped, quote and dash variants unified,
zero-width characters removed, lower case — and map every match back to the
original offsets, so ``text[start:end]`` is always the token's surface.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Characters that vanish in the folded text: zero-width spaces and joiners,
# the BOM, the soft hyphen and the word joiner.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_DOUBLE_QUOTES = frozenset("\"„“”‟«»‹›〝〞＂")
_SINGLE_QUOTES = frozenset("'‚‘’‛`´′")
_DASHES = frozenset("‐‑‒–—―−﹘﹣－")


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one character ('' when it should be ignored)."""
    if char in _INVISIBLE:
        return ""
    if char in _DOUBLE_QUOTES:
        return '"'
    if char in _SINGLE_QUOTES:
        return "'"
    if char in _DASHES:
        return "-"
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.lower()


def fold(text: str) -> str:
    """Fold a whole string (used for the backend's token strings)."""
    return "".join(fold_char(c) for c in text)


class FoldedText:
    """The folded text plus a map from folded positions back to original offsets."""

    def __init__(self, text: str) -> None:
        parts: list[str] = []
        starts: list[int] = []  # original offset of the char each folded char came from
        for offset, char in enumerate(text):
            folded = fold_char(char)
            for f in folded:
                parts.append(f)
                starts.append(offset)
        self.text = text
        self.folded = "".join(parts)
        self._origin = starts

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Original (start, end) of the folded range [fstart, fend)."""
        start = self._origin[fstart]
        last = self._origin[fend - 1]
        end = last + 1
        # Swallow combining marks and invisible chars that belong to the last char
        # (a decomposed "ï" is two code points; both are part of the token).
        n = len(self.text)
        while end < n and (unicodedata.combining(self.text[end]) or self.text[end] in _INVISIBLE):
            if self.text[end] in _INVISIBLE:
                break
            end += 1
        return start, end


def align_tokens(
    text: str,
    tokens: Sequence[str],
    *,
    start: int = 0,
    end: int | None = None,
    folded: FoldedText | None = None,
    window: int = 400,
) -> list[tuple[int, int] | None]:
    """Offsets of each token string in ``text[start:end]``, in order.

    A token that cannot be found near the cursor gets ``None``; the cursor does
    not move, so one bad token never derails the rest.
    """
    ft = folded or FoldedText(text)
    fpos = _folded_index(ft, start)
    fend = len(ft.folded) if end is None else _folded_index(ft, end)
    out: list[tuple[int, int] | None] = []
    for token in tokens:
        needle = fold(token).strip()
        if not needle:
            out.append(None)
            continue
        while fpos < fend and ft.folded[fpos] == " ":
            fpos += 1
        if ft.folded.startswith(needle, fpos):
            hit = fpos
        else:
            hit = ft.folded.find(needle, fpos, min(fend, fpos + window + len(needle)))
        if hit < 0:
            hit, length = _find_spaced(ft.folded, needle, fpos, min(fend, fpos + window))
        else:
            length = len(needle)
        if hit < 0:
            out.append(None)
            continue
        out.append(ft.span(hit, hit + length))
        fpos = hit + length
    return out


def _folded_index(ft: FoldedText, offset: int) -> int:
    """First folded position whose origin is at or after ``offset``."""
    return bisect.bisect_left(ft._origin, offset)


def _find_spaced(folded: str, needle: str, lo: int, hi: int) -> tuple[int, int]:
    """Find ``needle`` allowing spaces in the text between its characters.

    Frog sometimes removes spaces inside a unit ("10 000" → "10000"); we still
    want the unit's full original extent.
    """
    for begin in range(lo, max(lo, hi)):
        if folded[begin] != needle[0]:
            continue
        i, j = begin, 0
        while i < len(folded) and j < len(needle):
            if folded[i] == needle[j]:
                i += 1
                j += 1
            elif folded[i] == " " and j > 0:
                i += 1
            else:
                break
        if j == len(needle):
            return begin, i - begin
    return -1, 0

