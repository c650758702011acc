"""Find pairs of quotation marks in a text, paragraph by paragraph.

Rules (GUIDELINES.md): one pair of marks is one quote; a quote that is never
closed ends at its paragraph's end (multi-paragraph quotes open every
paragraph with a mark); apostrophes inside words ("zo'n", "collega’s") and
contractions ("'s avonds") are not marks; marks nested inside an open quote
belong to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..analyse.blocks import paragraphs
from ..lang import Language


@dataclass
class MarkPair:
    """Quotation marks around ``text[start:end]`` (the content, marks excluded)."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None = closed by the paragraph end
    start: int
    end: int
    mark: str
    paragraph: int
    dialogue: bool = False


def _is_word_char(c: str) -> bool:
    return c.isalnum()


def _opening_ok(text: str, i: int, mark: str, pend: int, lang: Language) -> bool:
    """Whether ``mark`` at ``i`` can open a quote (not an apostrophe)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < pend else " "
    if after.isspace():
        return False
    if mark in lang.single_marks or mark == '"':
        if _is_word_char(before):
            return False
        probe = text[i : i + 3]
        if mark in lang.single_marks and any(probe.startswith(w[:3]) for w in lang.apostrophe_words):
            return False
        if mark in lang.single_marks and _contraction(text, i + len(mark), pend, lang):
            return False
        # "'94", "’02": an apostrophe before exactly two digits elides a century.
        if mark in lang.single_marks and re.match(r"\d\d(?!\d)", text[i + len(mark) : pend]):
            return False
    return True


def _contraction(text: str, j: int, pend: int, lang: Language) -> bool:
    """"'m", "'s-Hertogenbosch": one clitic letter, then no letter."""
    if j >= pend or text[j] not in lang.contraction_letters:
        return False
    return j + 1 >= pend or not text[j + 1].isalpha()


def _closing_ok(text: str, i: int, mark: str, pend: int, lang: Language) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < pend else " "
    # A closing mark follows its words, except after a quote inside the quote,
    # which typesetters space apart ("… 'keep it,' " said X").
    nested = i >= 2 and text[i - 2] in "'’" and not _is_word_char(after)
    if before.isspace() and mark != "»" and not nested:
        return False
    if mark in lang.single_marks and _is_word_char(before) and _is_word_char(after):
        return False  # an apostrophe inside a word
    return True


def find_pairs(text: str, lang: Language) -> list[MarkPair]:
    """Every quote-mark pair (and dialogue line) in the text, in order."""
    out: list[MarkPair] = []
    openers = sorted(lang.quote_pairs, key=len, reverse=True)
    for p, (pstart, pend) in enumerate(paragraphs(text)):
        if text[pstart] in lang.dialogue_dashes and pstart + 1 < pend and text[pstart + 1] == " ":
            out.append(_dialogue(text, pstart, pend, p))
            continue
        i = pstart
        while i < pend:
            mark = next((m for m in openers if text.startswith(m, i)), None)
            if mark is None or not _opening_ok(text, i, mark, pend, lang):
                i += 1
                continue
            close_at, close_mark = _find_close(text, i + len(mark), pend, mark, lang)
            start = i + len(mark)
            if close_at is None:
                out.append(MarkPair(i, None, start, pend, mark, p))
                break
            if close_at > start:
                out.append(MarkPair(i, close_at, start, close_at, mark, p))
            i = close_at + len(close_mark)
    return out


def _find_close(text: str, j: int, pend: int, mark: str, lang: Language) -> tuple[int | None, str]:
    closers = sorted(lang.quote_pairs[mark], key=len, reverse=True)
    inner: list[str] = []  # marks of a different style opened inside this quote
    while j < pend:
        closer = next((c for c in closers if text.startswith(c, j)), None)
        if closer is not None and not inner and _closing_ok(text, j, closer, pend, lang):
            if not (_possessive(text, j, closer, pend, lang) and _later_close(text, j + 1, pend, closers, lang)):
                return j, closer
        # A quote of another style inside this one ("… 'fascistische kliek' …").
        if inner:
            want = lang.quote_pairs[inner[-1]]
            c = next((c for c in want if text.startswith(c, j)), None)
            if c is not None and _closing_ok(text, j, c, pend, lang):
                inner.pop()
                j += len(c)
                continue
        other = next((m for m in lang.quote_pairs if m != mark and text.startswith(m, j)), None)
        if other is not None and other not in closers and _opening_ok(text, j, other, pend, lang):
            inner.append(other)
            j += len(other)
            continue
        j += 1
    return None, ""


def _possessive(text: str, j: int, mark: str, pend: int, lang: Language) -> bool:
    """"Kees' fiets": an apostrophe after a sibilant, then a space and a small
    letter, may be a possessive rather than the end of a quote."""
    if mark not in lang.single_marks or j == 0 or text[j - 1].lower() not in "sxz":
        return False
    k = j + len(mark)
    return k + 1 < pend and text[k] == " " and text[k + 1].islower()


def _later_close(text: str, j: int, pend: int, closers: list[str], lang: Language) -> bool:
    """Whether a closing mark that is no possessive follows in the paragraph."""
    while j < pend:
        c = next((c for c in closers if text.startswith(c, j)), None)
        if c is not None and _closing_ok(text, j, c, pend, lang) and not _possessive(text, j, c, pend, lang):
            return True
        j += 1
    return False


def _dialogue(text: str, pstart: int, pend: int, p: int) -> MarkPair:
    """A paragraph opened by a dialogue dash: content up to the next dash aside."""
    start = pstart + 2
    end = pend
    for dash in (" – ", " — ", " - "):
        k = text.find(dash, start, pend)
        if k > 0:
            end = min(end, k)
    while end > start and text[end - 1] in " ,":
        end -= 1
    return MarkPair(pstart, None, start, end, text[pstart], p, dialogue=True)
