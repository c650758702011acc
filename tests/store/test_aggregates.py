"""The aggregate tables equal a count from scratch after every kind of write."""

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

from wiezegtwat.store import Store, aggregates, assign_dup_groups, migrations
from wiezegtwat.store.actors import rewrite_actors
from wiezegtwat.store.quote_corrections import QuoteCorrection

# Triggers keep these tables on both backends (aggregates.py, pg_aggregates.py).

# A third fictional article: an unlinked speaker and a quote nobody says.
KOK_TEXT = (
    '"De dijk houdt het wel," zei een buurvrouw in Lemmerveen. '
    '"Het water stijgt," stond op een bord. Wethouder Ahmed Bakker zei dat de dijk wordt versterkt.'
)
KOK_QUOTES = (
    ("De dijk houdt het wel,", "zei", "een buurvrouw", None, "direct"),
    ("Het water stijgt,", "stond", None, None, "direct"),
    ("de dijk wordt versterkt", "zei", "Ahmed Bakker", "ahmed-bakker", "indirect"),
)


def assert_counted(store: Store) -> None:
    fresh = aggregates.recount(store.conn)
    for table in aggregates.COUNTED:
        assert aggregates.snapshot(store.conn, table) == fresh[table], table


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
    store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES, outlet="rtv-oost.nl",
                                    date="2024-04-20"), actors=ACTORS[2:])
    store.add_article(build_article(KOK_TEXT, KOK_QUOTES, outlet="rtv-oost.nl",
                                    date="2024-04-22T09:30:00"), actors=ACTORS[2:])
    return store


def test_aggregates_count_added_articles(filled: Store) -> None:
    assert_counted(filled)
    assert dict(filled.conn.execute("SELECT skey, quotes FROM agg_speakers")) == {
        "piet-jansen": 1, "els-de-vries": 2, "ahmed-bakker": 2, "\x1feen buurvrouw": 1}
    assert filled.conn.execute("SELECT articles FROM agg_speakers WHERE skey = 'ahmed-bakker'"
                               ).fetchone()[0] == 2
    assert filled.conn.execute("SELECT a, b, articles FROM agg_pairs").fetchall() == [
        ("els-de-vries", "piet-jansen", 1)]


def test_aggregates_start_empty(store: Store) -> None:
    assert all(aggregates.snapshot(store.conn, t) == [] for t in aggregates.COUNTED)


def test_aggregates_follow_quote_corrections(filled: Store) -> None:
    article_id = build_article(JANSEN_TEXT).id
    start = JANSEN_TEXT.index("We willen")
    end = start + len("We willen humanitaire corridors,")
    second = JANSEN_TEXT.index("Een staakt")
    filled.record_quote_corrections([
        QuoteCorrection(article_id, "delete", start, end),
        QuoteCorrection(article_id, "type", second, second + len(JANSEN_QUOTES[2][0]),
                        {"type": "mixed"}),
    ])
    assert_counted(filled)
    third = JANSEN_TEXT.index("is het NAVO")
    filled.record_quote_corrections([
        QuoteCorrection(article_id, "speaker", third, third + len(JANSEN_QUOTES[1][0]),
                        {"speaker": "Piet Jansen", "speaker_start": 0, "speaker_end": 0}),
        QuoteCorrection(article_id, "add", 1, 10, {"type": "direct"}),
    ])
    assert_counted(filled)
    assert filled.conn.execute(
        "SELECT count(*) FROM agg_cube WHERE type = 'mixed'").fetchone()[0] == 1


def test_aggregates_follow_actor_merge_and_split(filled: Store) -> None:
    rewrite_actors(filled, merged={"els-de-vries": "piet-jansen"}, split=None, spellings={})
    assert_counted(filled)
    assert filled.conn.execute("SELECT count(*) FROM agg_pairs").fetchone()[0] == 0
    rewrite_actors(filled, merged={}, split=("piet-jansen", "els-new", "De Vries"),
                   spellings={})
    assert_counted(filled)
    assert filled.conn.execute("SELECT a, b, articles FROM agg_pairs").fetchall() == [
        ("els-new", "piet-jansen", 1)]


def test_aggregates_follow_dedup_and_article_changes(filled: Store) -> None:
    filled.add_article(build_article(JANSEN_TEXT + " Meer volgt.", JANSEN_QUOTES,
                                     outlet="ad.nl"), actors=ACTORS[:2])
    assign_dup_groups(filled)
    assert_counted(filled)
    with filled.write() as conn:
        conn.execute("UPDATE articles SET outlet = 'nu.nl', date = '2023-12-31' "
                     "WHERE outlet = 'ad.nl'")
    assert_counted(filled)
    with filled.write() as conn:
        conn.execute("DELETE FROM articles WHERE outlet = 'nu.nl'")
    assert_counted(filled)
    assert filled.conn.execute("SELECT a, b, articles FROM agg_pairs").fetchall() == [
        ("els-de-vries", "piet-jansen", 1)]


def test_write_bumps_the_generation(store: Store) -> None:
    before = aggregates.generation(store.conn)
    store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES), actors=ACTORS[2:])
    assert aggregates.generation(store.conn) == before + 1
    store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES))  # stored already: no write
    assert aggregates.generation(store.conn) == before + 2  # the transaction still ran


@pytest.mark.sqlite_only  # PostgreSQL's migration 10: test_pg_aggregates.py
def test_migration_9_counts_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as store:
        store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
        store.add_article(build_article(KOK_TEXT, KOK_QUOTES), actors=ACTORS[2:])
        expected = {t: aggregates.snapshot(store.conn, t) for t in aggregates.COUNTED}
    _back_to_migration_8(path)
    with Store.open(path) as store:
        assert store.schema_version() == migrations.latest()
        assert {t: aggregates.snapshot(store.conn, t) for t in aggregates.COUNTED} == expected
        assert_counted(store)
        store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES), actors=ACTORS[2:])
        assert_counted(store)  # and the triggers work after the migration


def _back_to_migration_8(path: Path) -> None:
    """Undo migration 9 as a database written before it would look."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                    "AND name LIKE 'agg_%'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for table in (*aggregates.COUNTED, "store_state"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX articles_date_id")  # migration 12's
        conn.execute("DELETE FROM migrations WHERE number >= 9")
        assert max(migrations.applied(conn)) == 8
    finally:
        conn.close()
