"""The B-cubed regression gate of eval/actors_bcubed.py on the dev clusters."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from wiezegtwat.actors import AliasTable

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "nl-dev.jsonl"
GOLD = ROOT / "eval" / "actors_nl_dev.jsonl"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("actors_bcubed", ROOT / "eval" / "actors_bcubed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["actors_bcubed"] = module
    spec.loader.exec_module(module)
    return module


def test_bcubed_scores_known_clusterings() -> None:
    scorer = _scorer()
    gold = {("a", "x"): "1", ("a", "y"): "1", ("b", "z"): "2"}
    assert scorer.bcubed(gold, {("a", "x"): "p", ("a", "y"): "p", ("b", "z"): "q"}) == (1.0, 1.0, 1.0)
    p, r, _ = scorer.bcubed(gold, {("a", "x"): "p", ("a", "y"): "q", ("b", "z"): "r"})
    assert (p, round(r, 4)) == (1.0, round((0.5 + 0.5 + 1) / 3, 4))


@pytest.mark.parametrize("aliases", [False, True])
def test_actor_linking_dev_bcubed_at_least_095(aliases: bool) -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} absent (shared eval data)")
    scorer = _scorer()
    score = scorer.score(GOLD, DEV, aliases=AliasTable.bundled() if aliases else None)
    assert score.precision >= 0.95
    assert score.recall >= 0.95
