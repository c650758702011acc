"""PostgreSQL's aggregate tables: migration 10 from migration 9's views, many writers."""

from __future__ import annotations

import threading

import psycopg
import pytest
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    build_article,
)
from test_aggregates import KOK_QUOTES, KOK_TEXT, assert_counted

from wiezegtwat.records import Actor
from wiezegtwat.store import Store, aggregates, migrations, pg_schema
from wiezegtwat.store.pg import connect


def _open_at_migration_9(url: str) -> Store:
    """A database as wiezegtwat wrote it before migration 10: the aggregates are views."""
    conn = connect(url, readonly=False)
    conn.execute(pg_schema._MIGRATIONS_TABLE)
    for number, script in pg_schema.SCRIPTS.items():
        if number <= 9:
            conn.raw.execute(script)
            conn.execute("INSERT INTO migrations VALUES (?, ?, '2026-01-01')",
                         (number, migrations.MIGRATIONS[number - 1].name))
    return Store(conn, path=url, readonly=False)


def _relkind(url: str, name: str) -> str:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT relkind FROM pg_class WHERE relname = %s", [name]).fetchone()
    return str(row[0]) if row else ""


def test_migration_10_turns_the_views_into_counted_tables(pg_empty_url: str) -> None:
    old = _open_at_migration_9(pg_empty_url)
    old.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
    old.add_article(build_article(KOK_TEXT, KOK_QUOTES), actors=ACTORS[2:])
    expected = {t: aggregates.snapshot(old.conn, t) for t in aggregates.COUNTED}
    old.close()
    assert _relkind(pg_empty_url, "agg_cube") == "v"
    with Store.open(pg_empty_url) as store:
        assert 10 in pg_schema.applied(store.conn)
        assert {t: _relkind(pg_empty_url, t) for t in aggregates.COUNTED} == dict.fromkeys(
            aggregates.COUNTED, "r")
        assert {t: aggregates.snapshot(store.conn, t) for t in aggregates.COUNTED} == expected
        assert dict(store.conn.execute("SELECT skey, quotes FROM agg_speakers")) == {
            "piet-jansen": 1, "els-de-vries": 2, "ahmed-bakker": 1, "\x1feen buurvrouw": 1}
        store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES), actors=ACTORS[2:])
        assert_counted(store)  # and the triggers count after the migration


def test_a_read_only_open_does_not_wait_for_steps_of_sqlites_schema_only(pg_empty_url: str) -> None:
    with Store.open(pg_empty_url) as store:  # the whole schema
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        sqlite_only = [n for n, script in pg_schema.SCRIPTS.items() if script is None]
        assert sqlite_only  # migrations 11 and 12 (FTS5 prefixes, an index SQLite needs)
        store.conn.execute("BEGIN")
        store.conn.execute(
            f"DELETE FROM migrations WHERE number IN ({', '.join(map(str, sqlite_only))})")
        store.conn.execute("COMMIT")
    with Store.open(pg_empty_url, readonly=True) as store:  # as a server opens it
        assert store.counts()["articles"] == 1
        assert pg_schema.current(store.schema_version()) == migrations.latest()
    with Store.open(pg_empty_url) as store:  # a write records them, and changes nothing
        assert set(sqlite_only) <= set(pg_schema.applied(store.conn))


def _writer(url: str, first: int, errors: list[BaseException]) -> None:
    """Store articles whose speakers overlap with the other writers' (shared counter rows)."""
    names = ("Marieke Smit", "Joost Brink", "Fenna Kok")
    try:
        with Store.open(url) as store:
            for n in range(first, first + 6):
                speakers = [names[n % 3], names[(n + 1) % 3]]
                quotes = [(f"Over de brug valt nog veel te zeggen, zegt {s} ({n})", "zegt", s,
                           s.lower().replace(" ", "-"), "direct") for s in speakers]
                text = " ".join(f'"{q[0]}," zegt {q[2]}.' for q in quotes)
                store.add_article(build_article(text, quotes, date=f"2024-05-{n % 28 + 1:02d}"),
                                  actors=[Actor(id=q[3], name=q[2]) for q in quotes])
    except BaseException as e:  # noqa: BLE001 - reported by the test's thread
        errors.append(e)


def test_concurrent_writers_keep_the_counts(pg_url: str) -> None:
    errors: list[BaseException] = []
    threads = [threading.Thread(target=_writer, args=(pg_url, 100 * i, errors)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store.open(pg_url) as store:
        assert_counted(store)
        assert store.conn.execute("SELECT sum(quotes) FROM agg_speakers").fetchone()[0] == 48
        assert store.conn.execute("SELECT sum(articles) FROM agg_pairs").fetchone()[0] == 24


@pytest.mark.parametrize("statement", [
    "UPDATE quotes SET actor_id = 'els-de-vries' WHERE actor_id = 'piet-jansen'",
    "UPDATE quotes SET speaker_name = NULL, actor_id = NULL",
    "DELETE FROM quotes WHERE n = 1",
    "UPDATE articles SET date = NULL",
    "DELETE FROM articles",
])
def test_bulk_statements_keep_the_counts(pg_url: str, statement: str) -> None:
    with Store.open(pg_url) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        store.add_article(build_article(KOK_TEXT, KOK_QUOTES), actors=ACTORS[2:])
        with store.write() as conn:
            conn.execute(statement)
        assert_counted(store)
