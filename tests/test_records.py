"""records.py: helpers over the plain document records."""

from __future__ import annotations

from wiezegtwat.records import Token, heads_above, subtree, token_starting


def _tokens(heads: list[int | None]) -> list[Token]:
    return [Token(i=i, text="w", start=2 * i, end=2 * i + 1, head=h) for i, h in enumerate(heads)]


def test_heads_above_walks_up_to_the_root_nearest_first() -> None:
    toks = _tokens([1, 2, None, 2])
    assert list(heads_above(toks, 0)) == [1, 2]
    assert list(heads_above(toks, 2)) == []


def test_heads_above_ends_in_a_cyclic_parse() -> None:
    toks = _tokens([1, 0])
    assert len(list(heads_above(toks, 0))) == 40


def test_subtree_holds_the_top_and_what_hangs_on_it_within_the_range() -> None:
    toks = _tokens([1, 3, 1, None, 3])
    assert subtree(toks, 1, 0, 5) == [0, 1, 2]
    assert subtree(toks, 3, 0, 5) == [0, 1, 2, 3, 4]
    assert subtree(toks, 3, 2, 5) == [2, 3, 4]


def test_token_starting_finds_the_token_at_an_offset_within_the_range() -> None:
    toks = [Token(i=0, text="Ann", start=0, end=3), Token(i=1, text="said", start=4, end=8),
            Token(i=2, text="so", start=9, end=11)]
    assert token_starting(toks, 0, 3, 4) == 1
    assert token_starting(toks, 0, 3, 5) is None  # inside a token, not at its start
    assert token_starting(toks, 2, 3, 4) is None  # outside the range asked
