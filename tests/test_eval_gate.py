"""The CI gate: accuracy on the gold sets must not drop below eval/floors.json."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.evaluate import predict
from wiezegtwat.scoring import Score, load_gold, score

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WZW_SHARED", ROOT.parent / "shared"))
pytestmark = [pytest.mark.frog, pytest.mark.slow]
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))


def _assert_above(s: Score, floor: dict[str, float]) -> None:
    """Every figure of a run at or above its pinned floor."""
    assert s.f1 >= floor["f1"], f"quote F1 {s.f1:.3f} < floor {floor['f1']}"
    assert s.speaker_accuracy >= floor["speaker_accuracy"], f"speaker accuracy {s.speaker_accuracy:.3f}"
    assert s.e2e_f1 >= floor["e2e_f1"], f"end-to-end F1 {s.e2e_f1:.3f} < floor {floor['e2e_f1']}"


def test_eval_gate_dev_set_above_floors(frog: FrogBackend, dev_gold: list[dict]) -> None:
    preds = predict(dev_gold, backend=frog)
    s = score(dev_gold, preds)
    floor = FLOORS["nl-dev"]
    _assert_above(s, floor)
    seed = score([g for g in dev_gold if g["id"] == "seed-000"], {"seed-000": preds["seed-000"]})
    assert seed.e2e_f1 >= FLOORS["seed-000"]["e2e_f1"]
    assert seed.fp <= FLOORS["seed-000"]["false_quotes"]


def test_eval_gate_dev2_set_above_floors(frog: FrogBackend) -> None:
    path = SHARED / "eval" / "nl-dev2.jsonl"
    if not path.exists():
        pytest.skip(f"no second development set at {path}")
    golds = load_gold(path)
    s = score(golds, predict(golds, backend=frog))
    floor = FLOORS["nl-dev2"]
    _assert_above(s, floor)


def test_eval_gate_examples_above_floors(frog: FrogBackend) -> None:
    gold_path = ROOT / "examples" / "gold.jsonl"
    golds = load_gold(gold_path)
    s = score(golds, predict(golds, backend=frog))
    _assert_above(s, FLOORS["examples"])


def test_eval_gate_english_examples_above_floors() -> None:
    # English articles go to spaCy: the default backend of their gold language.
    golds = load_gold(ROOT / "examples" / "gold-en.jsonl")
    assert {g["lang"] for g in golds} == {"en"}
    s = score(golds, predict(golds))
    floor = FLOORS["examples-en"]
    _assert_above(s, floor)


def test_eval_gate_polnear_dev_above_floors() -> None:
    # English political news (PolNeAR dev, research-only, read from ../shared and
    # converted here; never stored in the repository).
    folder = SHARED / "data" / "polnear" / "data" / "dev"
    if not folder.exists():
        pytest.skip(f"no PolNeAR dev split at {folder}")
    sys.path.insert(0, str(ROOT / "eval"))
    import polnear

    golds, _counts = polnear.convert_folder(folder)
    s = score(golds, predict(golds))
    floor = FLOORS["polnear-dev"]
    _assert_above(s, floor)


def test_eval_gate_floors_file_is_complete() -> None:
    for name in ("nl-dev", "nl-dev2", "seed-000", "examples", "examples-en", "polnear-dev"):
        assert name in FLOORS
    assert Path(ROOT / "eval" / "floors.json").exists()
