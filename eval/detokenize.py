"""Tokens back to text, for the converters of tokenized corpora (CoNLL-2002, OpenBoek).

Punctuation is glued to the word before it, an opening bracket to the word after
it, and a plain double quote alternately opens (glued to the next word) and
closes (glued to the word before). Each token's offsets in the text come along,
so a converter can turn token spans into character spans.
"""

from __future__ import annotations

NO_SPACE_BEFORE = frozenset(",.:;!?)")
NO_SPACE_AFTER = frozenset("(")


def glue(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The text of ``tokens`` and each token's (start, end) in it."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    opened = False
    glue_next = True  # no space before the first token
    for tok in tokens:
        closing = tok == '"' and opened
        if not (glue_next or tok in NO_SPACE_BEFORE or closing):
            out.append(" ")
            pos += 1
        out.append(tok)
        spans.append((pos, pos + len(tok)))
        pos += len(tok)
        if tok == '"':
            opened = not opened
            glue_next = opened
        else:
            glue_next = tok in NO_SPACE_AFTER
    return "".join(out), spans
