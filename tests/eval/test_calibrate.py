"""eval/calibrate.py's report: the measured part is replaced, the prose above it kept."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import calibrate  # noqa: E402


def test_report_keeps_the_prose_above_the_figures(tmp_path: Path) -> None:
    doc = tmp_path / "confidence.md"
    doc.write_text("# Title\n\nWhy and how.\n\nGold: old sets\n\n| old | table |\n", encoding="utf-8")
    calibrate.write_report(doc, "Gold: new sets\n\n| new | table |")
    assert doc.read_text(encoding="utf-8") == "# Title\n\nWhy and how.\n\nGold: new sets\n\n| new | table |\n"


def test_report_to_a_new_file_is_the_figures(tmp_path: Path) -> None:
    doc = tmp_path / "new.md"
    calibrate.write_report(doc, "Gold: x")
    assert doc.read_text(encoding="utf-8") == "Gold: x\n"
