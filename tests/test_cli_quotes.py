"""`wzw quotes --json` and `wzw eval`: the output contract, end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import wiezegtwat.pipeline as pipeline
from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.cli import app

pytestmark = pytest.mark.frog
runner = CliRunner()


class Borrowed:
    """The session's Frog, lent to a command that would otherwise close it."""

    def __init__(self, backend: FrogBackend) -> None:
        self.backend = backend
        self.name = backend.name

    def start(self) -> None:
        self.backend.start() if self.backend._sock is None else None

    def analyse(self, text: str) -> Any:
        return self.backend.analyse(text)

    def close(self) -> None:
        pass


@pytest.fixture()
def cli_frog(frog: FrogBackend, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "default_backend", lambda lang="nl", cache=None: Borrowed(frog))


def test_quotes_json_contract_shape(cli_frog: None, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text('"We gaan door", zegt wethouder Anouk Verbeek.\r\n\r\nZij denkt dat het lukt.', encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"%PDF-1.5")
    c = tmp_path / "c.txt"
    c.write_text("Volgens de politie was het rustig in de stad.", encoding="utf-8")
    result = runner.invoke(app, ["quotes", "--json", str(a), str(bad), str(c)])
    assert result.exit_code == 1  # one input failed, the others were done
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["source"] for x in lines] == [str(a), str(c)]
    text = a.read_bytes().decode("utf-8")  # CRLF kept: offsets are into the file's own text
    first = lines[0]
    assert set(first) == {"source", "id", "lang", "quotes"} and first["lang"] == "nl"
    for q in first["quotes"]:
        assert set(q) >= {"start", "end", "text", "type", "cue", "speaker", "evidence"}
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["type"] in ("direct", "indirect", "mixed")
        assert set(q["speaker"]) == {"name", "start", "end", "actor_id", "kind", "confidence", "mentions"}
        assert q["speaker"]["kind"] in ("name", "pronoun", "description", "organisation", "group")
        assert 0.0 < q["speaker"]["confidence"] <= 1.0
        for m in q["speaker"]["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
        assert text[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
    assert [(q["text"], q["speaker"]["name"]) for q in first["quotes"]] == [
        ("We gaan door", "Anouk Verbeek"), ("het lukt", "Anouk Verbeek")]
    assert "b.txt" in result.stderr and "PDF" in result.stderr


def test_quotes_on_seed_article_slices_back_and_finds_every_direct_quote(
        cli_frog: None, dev_gold: list[dict], tmp_path: Path) -> None:
    seed = next(g for g in dev_gold if g["id"] == "seed-000")
    path = tmp_path / "seed.txt"
    path.write_text(seed["text"], encoding="utf-8")
    result = runner.invoke(app, ["quotes", "--json", str(path)])
    assert result.exit_code == 0, result.stderr
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    for q in line["quotes"]:
        assert seed["text"][q["start"] : q["end"]] == q["text"]
    found = {(q["start"], q["end"]) for q in line["quotes"] if q["type"] == "direct"}
    for g in seed["quotes"]:
        if g["type"] == "direct" and g["required"]:
            assert (g["start"], g["end"]) in found, g["text"]


def test_quotes_readable_table(cli_frog: None, tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("De burgemeester zegt dat de markt blijft.", encoding="utf-8")
    result = runner.invoke(app, ["quotes", str(a)])
    assert result.exit_code == 0 and "de markt blijft" in result.stdout and "indirect" in result.stdout


def test_eval_reports_figures(cli_frog: None, tmp_path: Path) -> None:
    text = "Wethouder Anouk Verbeek zegt dat de brug in het voorjaar opengaat."
    gold = {"id": "g1", "lang": "nl", "text": text, "aliases": {},
            "quotes": [{"start": 33, "end": 65, "text": text[33:65], "speaker": "Anouk Verbeek",
                        "type": "indirect", "required": True}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["f1"] == 1.0 and figures["e2e_f1"] == 1.0 and figures["speaker_accuracy"] == 1.0
    result = runner.invoke(app, ["eval", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1 and "no such gold file" in result.stderr
