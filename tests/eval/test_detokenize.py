"""eval/detokenize.py: tokens back to text, each token's offsets kept."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

from detokenize import glue  # noqa: E402


def test_glue_keeps_each_tokens_offsets() -> None:
    text, spans = glue(['"', "Kom", "binnen", ",", '"', "zei", "hij", "(", "zacht", ")", "."])
    assert text == '"Kom binnen," zei hij (zacht).'
    assert [text[a:b] for a, b in spans] == ['"', "Kom", "binnen", ",", '"', "zei", "hij", "(",
                                            "zacht", ")", "."]


def test_glue_opens_a_quote_after_a_bracket() -> None:
    assert glue(["de", "zaak", "(", '"', "ja", '"', ")"])[0] == 'de zaak ("ja")'
