"""eval/compare_en.py: textacy's triples in our prediction shape, and the direct-only scope.

The texts are invented. The spaCy test loads the small English model once (about
a second) and analyses two short texts.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import compare_en  # noqa: E402

from wiezegtwat.scoring import score  # noqa: E402

TEXT = (
    "The ferry was late again.\n\n"
    "\"The harbour will reopen next spring,\" said Ilse Quillfeather.\n\n"
    "She told reporters that \"nothing can stop us now,\" and left."
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    pytest.importorskip("textacy")
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load(compare_en.MODEL)
    except OSError:
        pytest.skip(f"spaCy model {compare_en.MODEL} is not installed")


def test_triple_to_prediction(nlp: Any) -> None:
    from textacy.extract.triples import direct_quotations

    triples = list(direct_quotations(nlp(TEXT)))
    preds = [compare_en.triple_to_prediction(t) for t in triples]
    first = preds[0]
    assert first["text"] == "The harbour will reopen next spring,"  # marks excluded
    assert TEXT[first["start"]:first["end"]] == first["text"]
    assert first["type"] == "direct" and first["speaker"]["name"] == "Ilse Quillfeather"
    assert first["cue"]["text"] == "said"
    # textacy's answer as it is: a pronoun stays a pronoun.
    assert preds[-1]["text"] == "nothing can stop us now," and preds[-1]["speaker"]["name"] == "She"


def test_paragraph_unit_keeps_article_offsets(nlp: Any) -> None:
    odd = TEXT + "\n\nA stray \" mark here."
    whole, failed = compare_en.textacy_predict(nlp, odd, "doc")
    assert whole == [] and failed == 1  # textacy gives up on the whole article
    by_paragraph, failed = compare_en.textacy_predict(nlp, odd, "paragraph")
    assert failed == 1 and by_paragraph
    assert all(odd[p["start"]:p["end"]] == p["text"] for p in by_paragraph)


GOLD = [{
    "id": "a1", "text": "x" * 10,
    "quotes": [
        {"start": 0, "end": 3, "text": "one two", "speaker": "Ann Lee", "type": "direct", "required": True},
        {"start": 3, "end": 6, "text": "three four", "speaker": "Ann Lee", "type": "indirect",
         "required": True},
        {"start": 6, "end": 9, "text": "five six", "speaker": "Tom Bram", "type": "mixed", "required": True},
    ],
    "aliases": {},
}]


def test_direct_only_gold_makes_other_quotes_optional() -> None:
    restricted = compare_en.direct_only_gold(GOLD)
    assert [q["required"] for q in restricted[0]["quotes"]] == [True, False, False]
    assert all(q["required"] for q in GOLD[0]["quotes"])  # the input is untouched


def test_direct_only_scope_scores() -> None:
    preds = {"a1": [
        {"start": 0, "end": 3, "text": "one two", "type": "direct", "speaker": {"name": "Lee"}},
        {"start": 3, "end": 6, "text": "three four", "type": "direct", "speaker": None},  # ignored
        {"start": 6, "end": 9, "text": "five six", "type": "mixed", "speaker": None},  # dropped
    ]}
    kept = compare_en.direct_only_predictions(preds)
    assert [p["text"] for p in kept["a1"]] == ["one two", "three four"]
    all_rows = compare_en.score_scopes("x", GOLD, preds)
    direct = all_rows[1].score
    assert direct is not None and (direct.tp, direct.fp, direct.fn) == (1, 0, 0)
    assert direct.speaker_accuracy == 1.0
    everything = score(GOLD, preds)
    assert all_rows[0].score is not None and all_rows[0].score.tp == everything.tp == 3


def test_failed_system_still_gives_its_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    import wiezegtwat.evaluate as evaluate

    def broken(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("no English yet")

    monkeypatch.setattr(evaluate, "predict", broken)
    rows = compare_en.wiezegtwat_rows(GOLD)
    assert [r.score for r in rows] == [None, None] and all(r.error for r in rows)
    assert "not run:" in compare_en.table(rows)
