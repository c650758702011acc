"""Offsets always slice back: alignment on nasty inputs, without Frog."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiezegtwat.analyse.align import align_tokens, fold
from wiezegtwat.analyse.blocks import blocks, paragraphs


@pytest.mark.parametrize(
    ("text", "tokens", "expected"),
    [
        ("Hij zei „nee”.", ["Hij", "zei", '"', "nee", '"', "."], ["Hij", "zei", "„", "nee", "”", "."]),
        ("Oekrai\u0308ne wacht", ["Oekraïne", "wacht"], ["Oekrai\u0308ne", "wacht"]),
        ("Erdoğan komt", ["Erdogan", "komt"], ["Erdoğan", "komt"]),
        ("een\u00a0staakt-het-vuren", ["een", "staakt-het-vuren"], ["een", "staakt-het-vuren"]),
        ("zo\u200bveel", ["zoveel"], ["zo\u200bveel"]),
        ("Wacht… – nu", ["Wacht", "…", "–", "nu"], ["Wacht", "…", "–", "nu"]),
        ("‘Ja’, zei ze 😀.", ["'", "Ja", "'", ",", "zei", "ze", "😀", "."], ["‘", "Ja", "’", ",", "zei", "ze", "😀", "."]),
    ],
)
def test_align_tokens_slices_back(text: str, tokens: list[str], expected: list[str]) -> None:
    spans = align_tokens(text, tokens)
    assert [text[s:e] for s, e in spans if True] == expected  # type: ignore[misc]


def test_align_tokens_unknown_token_gets_none_and_keeps_cursor() -> None:
    spans = align_tokens("de kat slaapt", ["de", "hond", "kat", "slaapt"])
    assert spans == [(0, 2), None, (3, 6), (7, 13)]


def test_fold_unifies_quotes_and_dashes() -> None:
    assert fold("„Ja”—‘nee’") == "\"ja\"-'nee'"


def test_paragraphs_split_on_blank_lines_with_crlf() -> None:
    text = "Eerste alinea.\r\n\r\nTweede\r\nregel.\n \nDerde."
    assert [text[s:e] for s, e in paragraphs(text)] == ["Eerste alinea.", "Tweede\r\nregel.", "Derde."]


def test_blocks_send_headings_alone_and_keep_wrapped_lines_together() -> None:
    wrapped = ("Dit is een lange regel die door een archief is afgebroken zonder\n"
               "dat de zin daar eindigt, want het archief brak alles af op tachtig\n"
               "tekens.")
    text = "Kop zonder punt\nEen zin.\n\n" + wrapped
    got = [text[b.start : b.end] for b in blocks(text)]
    assert got == ["Kop zonder punt", "Een zin.", wrapped]


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_align_tokens_property_offsets_slice_to_folded_token(text: str) -> None:
    tokens = text.split()
    for span, token in zip(align_tokens(text, tokens), tokens, strict=True):
        if span is not None:
            assert fold(text[span[0] : span[1]]).strip().replace(" ", "") == fold(token).strip().replace(" ", "")
