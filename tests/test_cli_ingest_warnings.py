"""`wzw ingest` names every input it had to decode with a fallback or replaced bytes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wiezegtwat.cli import app

HARDENING = Path(__file__).parent / "hardening"


def test_ingest_prints_encoding_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(HARDENING))
    monkeypatch.setenv("WZW_BACKEND", "word_backend:make")  # a stand-in: no Frog needed
    bad = tmp_path / "brug.txt"
    sentence = "Wethouder Anouk Verbeek zegt dat de brug in het voorjaar weer opengaat. "
    bad.write_bytes((sentence * 3).encode("utf-8") + b"Caf\xe9 De Hoek blijft open.")
    result = CliRunner().invoke(app, ["ingest", str(bad), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())  # the console may wrap long lines
    assert f"warning: {bad}" in text and "cp1252" in text
    assert "1 warning(s)" in text
    sys.modules.pop("word_backend", None)
