"""records.py: helpers over the plain document records."""

from __future__ import annotations

from wiezegtwat.records import Token, heads_above


def _tokens(heads: list[int | None]) -> list[Token]:
    return [Token(i=i, text="w", start=2 * i, end=2 * i + 1, head=h) for i, h in enumerate(heads)]


def test_heads_above_walks_up_to_the_root_nearest_first() -> None:
    toks = _tokens([1, 2, None, 2])
    assert list(heads_above(toks, 0)) == [1, 2]
    assert list(heads_above(toks, 2)) == []


def test_heads_above_ends_in_a_cyclic_parse() -> None:
    toks = _tokens([1, 0])
    assert len(list(heads_above(toks, 0))) == 40
