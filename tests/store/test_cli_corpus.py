"""Tests for the corpus commands: search, speakers, show, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    build_article,
)
from typer.testing import CliRunner

from wiezegtwat.cli.corpus import register
from wiezegtwat.store import Store

runner = CliRunner()


@pytest.fixture
def app() -> typer.Typer:
    built = typer.Typer()
    register(built)
    return built


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wzw.db"
    with Store.open(path) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        store.add_article(
            build_article(BAKKER_TEXT, BAKKER_QUOTES, outlet="rtv-oost.nl", date="2024-04-20"),
            actors=ACTORS[2:],
        )
    return path


def test_search_json(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["search", "NAVO-lidmaatschap", "--db", str(db), "--json"])
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert data["total"] == 1
    assert data["hits"][0]["speaker_name"] == "Els de Vries"
    assert data["facets"]["type"] == [{"value": "indirect", "count": 1}]


def test_search_filters_and_text_output(app: typer.Typer, db: Path) -> None:
    args = [
        "search",
        "zei OR kinderen OR corridors",
        "--db",
        str(db),
        "--since",
        "2024-04-01",
        "--outlet",
        "rtv-oost.nl",
        "--type",
        "direct",
        "--speaker",
        "Bakker",
        "--limit",
        "5",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "1 quote(s) match 'zei OR kinderen OR corridors'",
        f"1. Ahmed Bakker (direct)  rtv-oost.nl 2024-04-20  {build_article(BAKKER_TEXT).id}",
        "   De stad moet veiliger worden voor kinderen,",
    ]


def test_search_uses_wzw_db_env(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["search", "kinderen", "--json"], env={"WZW_DB": str(db)})
    assert json.loads(result.stdout)["total"] == 1


def test_search_malformed_query_is_one_red_line(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["search", "vrede AND", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: search query 'vrede AND' is malformed at the end")
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_database_says_how_to_create(app: typer.Typer, tmp_path: Path) -> None:
    missing = tmp_path / "geen.db"
    result = runner.invoke(app, ["speakers", "--db", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: no database at {missing}; create one with `wzw ingest PATH --db {missing}`"
    )
    assert not missing.exists()


def test_speakers_json_and_duplicates_flag(app: typer.Typer, db: Path) -> None:
    dedup = runner.invoke(app, ["speakers", "--db", str(db), "--json", "--limit", "2"])
    both = runner.invoke(app, ["speakers", "--db", str(db), "--json", "--with-duplicates"])
    assert [s["name"] for s in json.loads(dedup.stdout)] == ["Els de Vries", "Ahmed Bakker"]
    assert [(s["name"], s["quotes"]) for s in json.loads(both.stdout)] == [
        ("Els de Vries", 2),
        ("Ahmed Bakker", 1),
        ("Piet Jansen", 1),
    ]


def test_show_text_lists_numbered_quotes(app: typer.Typer, db: Path) -> None:
    article_id = build_article(BAKKER_TEXT).id
    result = runner.invoke(app, ["show", article_id, "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "Een verzonnen bericht"
    assert lines[2] == BAKKER_TEXT
    assert lines[4:] == [
        "1. Bakker  [direct, cue 'zei' (says)]  evidence: cue-verb+name",
        "   De stad moet veiliger worden voor kinderen,",
    ]


def test_show_json_and_unknown_id(app: typer.Typer, db: Path) -> None:
    article_id = build_article(JANSEN_TEXT).id
    shown = runner.invoke(app, ["show", article_id, "--db", str(db), "--json"])
    missing = runner.invoke(app, ["show", "ffffffffffffffff", "--db", str(db)])
    data = json.loads(shown.stdout)
    assert (data["id"], len(data["quotes"]), data["quotes"][0]["speaker"]["actor_id"]) == (
        article_id,
        3,
        "piet-jansen",
    )
    assert missing.exit_code == 1
    assert missing.stderr.startswith(f"error: no article ffffffffffffffff in {db}")


def test_export_csv_with_bom(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "citaten.csv"
    result = runner.invoke(
        app, ["export", "--format", "csv", "--bom", "-o", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote 4 quotes to {out}"
    text = out.read_text(encoding="utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(text)))) == 4


def test_export_actors_jsonl_to_stdout(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(
        app, ["export", "--format", "jsonl", "--what", "actors", "-o", "-", "--db", str(db)]
    )
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [
        "ahmed-bakker",
        "els-de-vries",
        "piet-jansen",
    ]


@pytest.mark.parametrize("command", ["search", "speakers", "show", "export"])
def test_every_command_help_has_example(app: typer.Typer, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert f"Example: wzw {command}" in result.stdout


def test_show_finds_an_article_by_its_external_id(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "extern.db"
    article = build_article(BAKKER_TEXT, BAKKER_QUOTES)
    article.external_id = "fietspaden.txt"
    with Store.open(path) as store:
        store.add_article(article)
    result = runner.invoke(app, ["show", "fietspaden.txt", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].endswith(f"{article.id}  (fietspaden.txt)")
    shown = runner.invoke(app, ["show", article.id, "--db", str(path), "--json"])
    assert json.loads(shown.stdout)["external_id"] == "fietspaden.txt"


def test_export_takes_the_search_filters_and_a_delimiter(
    app: typer.Typer, db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "vries.csv"
    result = runner.invoke(app, ["export", "--format", "csv", "--delimiter", ";", "--speaker",
                                 "Vries", "--type", "direct", "--q", "staakt-het-vuren",
                                 "-o", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 quotes" in result.stdout
    (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")), delimiter=";")
    assert (row["speaker_name"], row["actor_type"], row["date"]) == (
        "De Vries", "person", "2024-03-05")


def test_export_about_and_quote_filters_refused_for_articles(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "csv", "--what", "articles", "--about",
                                 "Jansen", "-o", "-", "--db", str(db)])
    assert result.exit_code == 1
    assert "about select quotes" in result.stderr


def test_export_xlsx_needs_a_file(app: typer.Typer, db: Path) -> None:
    result = runner.invoke(app, ["export", "--format", "xlsx", "-o", "-", "--db", str(db)])
    assert result.exit_code == 1
    assert "xlsx is written to a file: pass -o FILE, e.g. -o quotes.xlsx" in result.stderr


def test_timeline_csv_to_stdout_and_file(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["timeline", "--by", "month", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["period,quotes,articles", "2024-03,3,1", "2024-04,1,1"]
    out = tmp_path / "bakker.csv"
    result = runner.invoke(app, ["timeline", "--speaker", "Bakker", "-o", str(out),
                                 "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == [
        "period,quotes,articles", "2024-04-15,1,1"]
