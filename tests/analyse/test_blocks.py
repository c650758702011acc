"""analyse/blocks.py: the stretches of text sent to the backend in one request."""

from __future__ import annotations

from wiezegtwat.analyse.blocks import MAX_SENTENCE_CHARS, blocks


def test_a_results_table_without_a_full_stop_is_cut_at_its_separators() -> None:
    # Frog's parser slows down steeply with sentence length: a sports table that
    # never ends a sentence would take minutes as one.
    row = "Aerts (Bel) - Vos (Ned) 6 - 4, 7 - 5 -- "
    text = "Uitslagen: " + row * 40
    got = [text[b.start : b.end] for b in blocks(text)]
    assert len(got) > 1
    assert all(len(piece) <= MAX_SENTENCE_CHARS for piece in got)
    assert all(piece.endswith("--") for piece in got[:-1])  # cut after a separator
    assert "".join(got).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_text_with_sentence_ends_stays_one_block() -> None:
    text = "De brug gaat open. " * 60  # 1,140 characters of ordinary sentences
    assert [(b.start, b.end) for b in blocks(text)] == [(0, len(text.rstrip()))]


def test_a_long_sentence_after_short_ones_is_cut_only_where_it_runs_on() -> None:
    head = "Het regent. Het waait. "
    tail = ", ".join(f"punt {k}" for k in range(120))  # one sentence of ~1,000 characters
    text = head + tail
    got = [text[b.start : b.end] for b in blocks(text)]
    assert got[0].startswith(head) and len(got) >= 2
    assert all(len(piece) <= MAX_SENTENCE_CHARS + len(head) for piece in got)
