"""The ``wzw actors`` commands over a small database built in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from wiezegtwat.actors import ActorIndex, link_article
from wiezegtwat.cli import app
from wiezegtwat.records import Article, Quote, Speaker
from wiezegtwat.store import Store

runner = CliRunner()


def _db(tmp_path: Path) -> str:
    path = str(tmp_path / "wzw.db")
    index = ActorIndex()
    texts = {
        "art-1": ("Jan Smit zegt dat het dorp feest viert.", "Jan Smit"),
        "art-2": ("Smit zegt dat hij zijn vader steunt.", "Smit"),
        "art-3": ("Anna Visser zegt dat de brug dicht gaat.", "Anna Visser"),
    }
    with Store.open(path) as store:
        for article_id, (text, speaker) in texts.items():
            quote = Quote(start=0, end=10, text=text[:10], type="indirect",
                          speaker=Speaker(speaker, 0, len(speaker)))
            article = Article(id=article_id, text=text, quotes=[quote], date="2024-03-01")
            store.add_article(article, actors=link_article(article, index))
    return path


def test_actors_list_json_counts_quotes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = runner.invoke(app, ["actors", "list", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["name"], r["quotes"]) for r in rows] == [("Jan Smit", 2), ("Anna Visser", 1)]


def test_actors_split_then_show(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = runner.invoke(app, ["actors", "split", "Jan Smit", "Smit", "--db", db])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["actors", "show", "Jan Smit", "--db", db, "--json"])
    data = json.loads(shown.output)
    assert (data["variants"], data["quotes"]) == (["Jan Smit"], 1)
    with Store.open(db, readonly=True) as store:
        assert [c.op for c in store.corrections()] == ["split"]


def test_actors_merge_moves_quotes(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = runner.invoke(app, ["actors", "merge", "Jan Smit", "Anna Visser", "--db", db])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["actors", "list", "--db", db, "--json"])
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["name"], r["quotes"]) for r in rows] == [("Jan Smit", 3)]


def test_actors_show_unknown_fails_clearly(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = runner.invoke(app, ["actors", "show", "Piet Puk", "--db", db])
    assert result.exit_code == 1
    assert "no such actor" in result.output
