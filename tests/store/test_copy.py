"""wzw migrate: a SQLite corpus copied into PostgreSQL, table by table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    build_article,
)
from typer.testing import CliRunner

from wiezegtwat.cli.app import app
from wiezegtwat.store import Store, aggregates, assign_dup_groups, migrations, search_quotes
from wiezegtwat.store.copy import TABLES
from wiezegtwat.store.saved import save_search


def _sqlite_corpus(path: Path) -> None:
    with Store.open(path) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES, outlet="rtv-oost.nl",
                                        date="2024-04-20"), actors=ACTORS[2:])
        # A wire copy: a near-duplicate group and minhashes to carry over.
        store.add_article(build_article(BAKKER_TEXT + " (ANP)", BAKKER_QUOTES))
        store.record_correction("rename", {"actor_id": "piet-jansen", "name": "P. Jansen"})
        save_search(store, "fietsen", "q=fietspaden")
        assign_dup_groups(store)


def _rows(store: Store, table: str) -> list[tuple[object, ...]]:
    rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
    names = [d[0] for d in store.conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
    # Compare by column name: the PostgreSQL articles table has rowid as a column.
    keep = [i for i, n in enumerate(names) if n != "rowid"]
    return sorted((tuple(r[i] for i in keep) for r in rows), key=repr)


def test_migrate_copies_every_table_into_postgres(tmp_path: Path, pg_url: str) -> None:
    db = tmp_path / "wzw.db"
    _sqlite_corpus(db)
    result = CliRunner().invoke(app, ["migrate", "--from", str(db), "--to", pg_url])
    assert result.exit_code == 0, result.output
    assert "copied 3 articles" in result.output
    with Store.open(db, readonly=True) as old, Store.open(pg_url) as new:
        for table in TABLES:
            assert _rows(new, table) == _rows(old, table), table
        assert [r[0] for r in new.conn.execute("SELECT id FROM articles ORDER BY rowid")] == [
            r[0] for r in old.conn.execute("SELECT id FROM articles ORDER BY rowid")]
        assert [h.quote_id for h in search_quotes(new, "kinderen").hits] == [
            h.quote_id for h in search_quotes(old, "kinderen").hits]
        # New rows get ids above the copied ones.
        assert new.record_correction("rename", {"actor_id": "x", "name": "Y"}) == 2
        new.add_article(build_article("Een nieuw bericht. \"Wij gaan door,\" zei Bakker.",
                                      [("Wij gaan door,", "zei", "Bakker", "ahmed-bakker",
                                        "direct")]))
        assert new.conn.execute("SELECT max(id) FROM quotes").fetchone()[0] == 6


def test_migrate_counts_the_aggregates_of_a_file_before_migration_10(tmp_path: Path,
                                                                     pg_url: str) -> None:
    db = tmp_path / "wzw.db"
    _sqlite_corpus(db)
    with sqlite3.connect(db) as conn:  # as a wiezegtwat before migration 10 left it
        conn.execute("DELETE FROM migrations WHERE number = 10")
    result = CliRunner().invoke(app, ["migrate", "--from", str(db), "--to", pg_url])
    assert result.exit_code == 0, result.output
    with Store.open(db, readonly=True) as old, Store.open(pg_url) as new:
        assert 10 not in migrations.applied(old.conn)  # migration 10 changes nothing on SQLite
        for table in aggregates.COUNTED:
            assert aggregates.snapshot(new.conn, table) == aggregates.snapshot(old.conn, table)
        # The copy counted once at its end, then the triggers count again.
        new.add_article(build_article("Een nieuw bericht. \"Wij gaan door,\" zei Bakker.",
                                      [("Wij gaan door,", "zei", "Bakker", "ahmed-bakker",
                                        "direct")]))
        assert new.conn.execute("SELECT quotes FROM agg_speakers WHERE skey = 'ahmed-bakker'"
                                ).fetchone()[0] == 3
        fresh = aggregates.recount(new.conn)
        assert {t: aggregates.snapshot(new.conn, t) for t in aggregates.COUNTED} == fresh


def test_migrate_refuses_a_target_that_holds_rows(tmp_path: Path, pg_url: str) -> None:
    db = tmp_path / "wzw.db"
    _sqlite_corpus(db)
    assert CliRunner().invoke(app, ["migrate", "--from", str(db), "--to", pg_url]).exit_code == 0
    again = CliRunner().invoke(app, ["migrate", "--from", str(db), "--to", pg_url])
    assert again.exit_code == 1
    assert "is not empty (3 articles" in again.output
    with Store.open(pg_url, readonly=True) as store:
        assert store.counts()["articles"] == 3


def test_migrate_names_a_missing_source(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["migrate", "--from", str(tmp_path / "geen.db"),
                                      "--to", str(tmp_path / "nieuw.db")])
    assert result.exit_code == 1
    assert f"no database at {tmp_path / 'geen.db'}" in result.output


def test_migrate_back_into_a_new_sqlite_file(tmp_path: Path, pg_url: str) -> None:
    db = tmp_path / "wzw.db"
    _sqlite_corpus(db)
    assert CliRunner().invoke(app, ["migrate", "--from", str(db), "--to", pg_url]).exit_code == 0
    back = tmp_path / "terug.db"
    result = CliRunner().invoke(app, ["migrate", "--from", pg_url, "--to", str(back)])
    assert result.exit_code == 0, result.output
    with Store.open(db, readonly=True) as old, Store.open(back, readonly=True) as new:
        for table in TABLES:
            assert _rows(new, table) == _rows(old, table), table


@pytest.mark.parametrize("password", ["geheim", "p%40ss"])
def test_cannot_connect_names_the_url_without_password(password: str) -> None:
    url = f"postgresql://wzw:{password}@127.0.0.1:1/corpus"
    result = CliRunner().invoke(app, ["speakers", "--db", url])
    assert result.exit_code == 1
    assert "cannot connect to PostgreSQL database postgresql://wzw:***@127.0.0.1:1/corpus" in (
        result.output)
    assert password not in result.output
