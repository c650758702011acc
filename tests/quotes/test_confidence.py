"""quotes/confidence.py: every way the engine attributes a speaker has its evidence class."""

from __future__ import annotations

import pytest

from wiezegtwat.quotes.confidence import evidence_class, fit, speaker_confidence


@pytest.mark.parametrize(("evidence", "cls"), [
    ('subject after "zegt"', "cue-subject"),
    ("name before the colon", "colon"),
    ("credited on the line under it (Anouk Verbeek)", "colon"),
    ('quote, "glimlachte" and its subject', "inverted-frame"),
    ("continues the quotes of Anouk Verbeek", "continues"),
    ("the article's main person (Anouk Verbeek)", "main-person"),
    ('subject of "zei"; "hij" → Kees Bakker: subject of an earlier sentence', "pronoun"),
])
def test_evidence_classes(evidence: str, cls: str) -> None:
    assert evidence_class(evidence, has_speaker=True) == cls


def test_no_speaker_is_class_none_with_confidence_zero() -> None:
    assert evidence_class("no attribution found", has_speaker=False) == "none"
    assert speaker_confidence("no attribution found", has_speaker=False) == 0.0


def test_fit_smooths_towards_a_half_and_falls_back_to_other() -> None:
    table = fit([("colon", True), ("colon", True), ("main-person", False)])
    assert table["colon"] == 0.75 and table["main-person"] == pytest.approx(1 / 3)
    assert speaker_confidence("something new", has_speaker=True, table=table) == round(table["other"], 3)
