"""The PostgreSQL backend's own parts: opening, the query translation, the CLI on a URL."""

from __future__ import annotations

import json

import psycopg
import pytest
from store_support import ACTORS, JANSEN_QUOTES, JANSEN_TEXT, build_article
from typer.testing import CliRunner

from wiezegtwat.cli.app import app
from wiezegtwat.errors import QueryError, StoreError
from wiezegtwat.store import Store, migrations
from wiezegtwat.store.pg import redact, translate
from wiezegtwat.store.pg_search import to_tsquery


@pytest.mark.parametrize(("query", "expected"), [
    ("woningbouw", "'woningbouw'"),
    ("NAVO-lidmaatschap oorlog", "'NAVO-lidmaatschap' & 'oorlog'"),
    ('"staakt het vuren" veilig*', "'staakt het vuren' & 'veilig':*"),
    ("and or not", "'and' & 'or' & 'not'"),
    ("zo'n back\\slash", "'zo''n' & 'back\\\\slash'"),
    ("vrede OR oorlog", "('vrede' | 'oorlog')"),
    ("(stad OR dorp) NOT brug", "(('stad' | 'dorp') & !'brug')"),
    ("NEAR(stad brug, 5) AND kade", "(('stad' & 'brug') & 'kade')"),
])
def test_to_tsquery_quotes_every_word(query: str, expected: str) -> None:
    assert to_tsquery(query) == expected


@pytest.mark.parametrize("query", ["vrede AND", "(vrede OR oorlog", "NEAR(", "a AND NOT b",
                                   '"open', "  ", "!!"])
def test_to_tsquery_refuses_malformed_queries(query: str) -> None:
    with pytest.raises(QueryError, match="search query"):
        to_tsquery(query)


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT 1 FROM t WHERE a = ? AND b LIKE ? ESCAPE '\\'",
     "SELECT 1 FROM t WHERE a = %s AND b ILIKE %s ESCAPE '\\'"),
    ("SELECT '?', '50%' FROM t WHERE x = ?", "SELECT '?', '50%%' FROM t WHERE x = %s"),
    ("INSERT OR IGNORE INTO actor_roles(actor_id, title) VALUES (?, ?)",
     "INSERT INTO actor_roles(actor_id, title) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
    ("INSERT INTO saved_searches(name) VALUES (?)",
     "INSERT INTO saved_searches(name) VALUES (%s) RETURNING id"),
])
def test_translate_rewrites_sqlite_dialect(sql: str, expected: str) -> None:
    assert translate(sql)[0] == expected


def test_redact_hides_the_password_only() -> None:
    assert redact("postgresql://wzw:geheim@db.example:5433/corpus") == (
        "postgresql://wzw:***@db.example:5433/corpus")
    assert redact("postgresql://wzw@/corpus?host=/tmp") == "postgresql://wzw@/corpus?host=/tmp"


def test_new_database_records_sqlite_migration_numbers(pg_empty_url: str) -> None:
    with Store.open(pg_empty_url) as store:
        recorded = store.conn.execute("SELECT number, name FROM migrations ORDER BY number")
        assert [tuple(r) for r in recorded] == [(m.number, m.name) for m in migrations.MIGRATIONS]
        assert store.schema_version() == migrations.latest()


def test_foreign_database_is_refused(pg_empty_url: str) -> None:
    with psycopg.connect(pg_empty_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE klanten (id int)")
    with pytest.raises(StoreError, match="is a PostgreSQL database but not a wiezegtwat one "
                                         r"\(it has tables klanten\)"):
        Store.open(pg_empty_url)


def test_readonly_open_of_new_database_asks_for_a_writable_open(pg_empty_url: str) -> None:
    with pytest.raises(StoreError, match="needs schema migration 1 .*open it once for writing"):
        Store.open(pg_empty_url, readonly=True)


def test_readonly_store_refuses_writes(pg_url: str) -> None:
    from wiezegtwat.store.pg import PgError

    with Store.open(pg_url, readonly=True) as store:
        with pytest.raises(StoreError, match="was opened read-only"):
            store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES))
        # The session itself refuses, also for SQL that bypasses Store.write.
        with pytest.raises(PgError, match="read-only transaction"):
            store.conn.execute("DELETE FROM articles")


def test_newer_database_is_refused(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO migrations VALUES (99, 'from the future', '2099-01-01')")
    with pytest.raises(StoreError, match="written by a newer wiezegtwat"):
        Store.open(pg_url)


def test_search_finds_accents_and_word_forms(pg_url: str) -> None:
    from wiezegtwat.store import search_quotes

    text = '"De steun aan Oekraïne blijft," zei minister Els de Vries over de woningen.'
    with Store.open(pg_url) as store:
        store.add_article(build_article(text, [("De steun aan Oekraïne blijft,", "zei",
                                                "Els de Vries", "els-de-vries", "direct")]))
        hit = search_quotes(store, "oekraine").hits[0]
        assert hit.highlighted == "De steun aan «Oekraïne» blijft,"
        assert hit.match_spans == [(13, 21)]
        assert search_quotes(store, "steunen").total == 1  # Dutch stemming


def test_cli_actors_and_search_on_a_url(pg_url: str) -> None:
    with Store.open(pg_url) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
    runner = CliRunner()
    merged = runner.invoke(app, ["actors", "merge", "els-de-vries", "piet-jansen", "--db", pg_url])
    assert merged.exit_code == 0, merged.output
    listed = runner.invoke(app, ["actors", "list", "--json", "--db", pg_url])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [(r["id"], r["quotes"]) for r in rows] == [("els-de-vries", 3)]
    found = runner.invoke(app, ["search", "corridors", "--json", "--db", pg_url])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["total"] == 1


def test_nul_characters_are_stored_as_replacement_characters(pg_url: str) -> None:
    text = 'Een bericht\x00met een nul. "Wij gaan door," zei Bakker.'
    article = build_article(text, [("Wij gaan door,", "zei", "Bakker", "ahmed-bakker",
                                    "direct")])
    with Store.open(pg_url) as store:
        assert store.add_article(article)
        stored = store.get_article(article.id)
    assert stored is not None
    assert stored.text == text.replace("\x00", "\ufffd")
    quote = stored.quotes[0]
    assert stored.text[quote.start:quote.end] == "Wij gaan door,"


def test_search_statements_are_planned_for_their_words(pg_url: str) -> None:
    from wiezegtwat.store import search_quotes

    with Store.open(pg_url) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        for _ in range(8):  # psycopg prepares a statement once it has run it 5 times
            search_quotes(store, '"humanitaire corridors"')
        prepared = [r[0] for r in store.conn.execute(
            "SELECT statement FROM pg_prepared_statements").fetchall()]
    assert prepared  # the statements without a tsquery are prepared
    assert [s for s in prepared if "to_tsquery" in s] == []


def test_time_budget_restores_the_sessions_timeout(pg_url: str) -> None:
    with Store.open(pg_url, readonly=True) as store:
        conn = store.conn
        with conn.time_budget(2.5):
            inside = conn.execute("SHOW statement_timeout").fetchone()
        after = conn.execute("SHOW statement_timeout").fetchone()
        conn.for_requests(budget=2.5)
        with conn.time_budget(2.5):
            pass
        kept = conn.execute("SHOW statement_timeout").fetchone()
    assert (inside, after, kept) == (("2500ms",), ("0",), ("2500ms",))
