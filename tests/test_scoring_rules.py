"""The scorer on hand-computed cases (GUIDELINES.md "Scoring")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiezegtwat.errors import InputError
from wiezegtwat.scoring import jaccard, load_gold, score, score_article, speaker_matches

TEXT = "Jan zegt dat de brug morgen opengaat. Piet zegt dat het niet klopt."
GOLD = {
    "id": "t1",
    "text": TEXT,
    "quotes": [
        {"start": 13, "end": 36, "text": "de brug morgen opengaat", "speaker": "Jan de Vries", "type": "indirect", "required": True},
        {"start": 52, "end": 67, "text": "het niet klopt.", "speaker": "Piet Bos", "type": "indirect", "required": False},
    ],
    "aliases": {"Jan de Vries": ["de wethouder"]},
}


def _pred(text: str, speaker: str | None) -> dict:
    return {"text": text, "start": TEXT.find(text), "speaker": {"name": speaker} if speaker else None}


def test_jaccard_boundary_half_matches() -> None:
    assert jaccard("a b c d", "a b") == 0.5
    assert jaccard("Een, twee!", "een twee") == 1.0


def test_score_article_perfect() -> None:
    a = score_article(GOLD, [_pred("de brug morgen opengaat", "Jan de Vries")])
    assert (a.tp, a.fp, a.fn, a.speaker_ok) == (1, 0, 0, 1)


def test_score_article_optional_gold_neither_rewards_nor_punishes() -> None:
    a = score_article(GOLD, [_pred("de brug morgen opengaat", "Jan"), _pred("het niet klopt.", "Piet")])
    assert (a.tp, a.fp, a.fn) == (1, 0, 0)
    b = score_article(GOLD, [])
    assert (b.tp, b.fp, b.fn) == (0, 0, 1)


def test_score_article_one_to_one_second_prediction_is_false() -> None:
    a = score_article(GOLD, [_pred("de brug morgen opengaat", "Jan"), _pred("de brug morgen", "Jan")])
    assert (a.tp, a.fp) == (1, 1)


@pytest.mark.parametrize(
    ("pred", "ok"),
    [("Jan de Vries", True), ("jan DE vries", True), ("de wethouder", True), ("Vries", True),
     ("Jan", False), (None, False)],
)
def test_speaker_matches_aliases_and_surname(pred: str | None, ok: bool) -> None:
    assert speaker_matches(pred, "Jan de Vries", GOLD["aliases"]) is ok


def test_speaker_matches_accents_and_short_surnames() -> None:
    assert speaker_matches("Recep Erdoğan", "Erdogan", {})
    assert not speaker_matches("Ma Li", "Chen Li", {})  # a two-letter surname does not count


def test_score_end_to_end_figures() -> None:
    s = score([GOLD], {"t1": [_pred("de brug morgen opengaat", "Piet"), _pred("Jan zegt", "Jan")]})
    assert (s.tp, s.fp, s.fn, s.speaker_ok) == (1, 1, 0, 0)
    assert s.precision == 0.5 and s.recall == 1.0 and s.e2e_f1 == 0.0


def test_load_gold_rejects_bad_offsets(tmp_path: Path) -> None:
    bad = dict(GOLD, quotes=[dict(GOLD["quotes"][0], start=0)])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:1"):
        load_gold(path)


def test_speaker_names_differ_only_by_full_stops_or_a_generational_suffix() -> None:
    assert speaker_matches("Robert P. Casey Jr.", "Robert P. Casey Jr", {})
    assert speaker_matches("Casey", "Robert P. Casey Jr", {})  # the surname before "Jr"
    assert speaker_matches("Casey", "Robert P. Casey III", {})
    assert not speaker_matches("Jr", "Robert P. Casey Jr", {})
    assert not speaker_matches("Anna Casey", "Robert P. Lee Jr", {})
