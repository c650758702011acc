"""eval/conll_nl.py on an invented mini corpus (no CoNLL-2002 text is used)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import conll_nl  # noqa: E402

MINI = """-DOCSTART- -DOCSTART- O
Brug N O
dicht Adj O

" Punc O
Het Pron O
regent V O
" Punc O
, Punc O
zegt V O
Ria N B-PER
Smeets N I-PER
. Punc O

-DOCSTART- -DOCSTART- O
De Art O
haven N O
( Punc O
Gent N B-LOC
) Punc O
sluit V O
. Punc O
"""


def test_build_rebuilds_articles_with_headlines_as_paragraphs(tmp_path: Path) -> None:
    src = tmp_path / "mini.conll"
    src.write_text(MINI, encoding="utf-8")
    assert conll_nl.build(src, tmp_path / "out") == 2
    first = (tmp_path / "out" / "000.txt").read_text(encoding="utf-8")
    assert first == 'Brug dicht\n\n"Het regent", zegt Ria Smeets.\n'
    assert (tmp_path / "out" / "001.txt").read_text(encoding="utf-8") == "De haven (Gent) sluit.\n"


def test_diff_lists_quotes_found_once_or_given_another_speaker(tmp_path: Path) -> None:
    def run(path: Path, quotes: list[tuple[int, str | None]]) -> Path:
        rows = [{"start": s, "text": "x", "evidence": "e", "speaker": name and {"name": name}} for s, name in quotes]
        path.write_text(json.dumps({"source": "/a/000.txt", "quotes": rows}) + "\n", encoding="utf-8")
        return path

    old = run(tmp_path / "old.jsonl", [(0, "Ria Smeets"), (10, "Jan Vos"), (20, None)])
    new = run(tmp_path / "new.jsonl", [(0, "Ria Smeets"), (10, "Tom Wit"), (30, "Jan Vos")])
    assert [(k, a is None, b is None) for k, a, b in conll_nl.differences(old, new)] == [
        (("000.txt", 10), False, False), (("000.txt", 20), False, True), (("000.txt", 30), True, False)]
