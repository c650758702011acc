"""The facet columns of PostgreSQL's quote search index (migration 13, pg_facets.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    build_article,
)
from test_aggregates import KOK_QUOTES, KOK_TEXT

from wiezegtwat.store import (
    Store,
    assign_dup_groups,
    migrations,
    pg,
    pg_facets,
    pg_schema,
    search_quotes,
)
from wiezegtwat.store.actors import rewrite_actors
from wiezegtwat.store.copy import copy_store
from wiezegtwat.store.pg import connect
from wiezegtwat.store.quote_corrections import QuoteCorrection


def _fill(store: Store) -> None:
    store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
    store.add_article(build_article(BAKKER_TEXT, BAKKER_QUOTES, outlet="rtv-oost.nl",
                                    date="2024-04-20"), actors=ACTORS[2:])
    store.add_article(build_article(KOK_TEXT, KOK_QUOTES, outlet=None, date=None),
                      actors=ACTORS[2:])


@pytest.fixture
def filled(pg_url: str) -> Iterator[Store]:
    with Store.open(pg_url) as store:
        _fill(store)
        yield store


def _assert_kept(store: Store) -> None:
    expected = pg_facets.expected(store.conn)
    assert expected  # the test has quotes to compare
    assert pg_facets.stored(store.conn) == expected


def test_facet_columns_are_filled_with_each_quote(filled: Store) -> None:
    _assert_kept(filled)
    bakker = [r for r in pg_facets.stored(filled.conn) if r[1] == "ahmed-bakker"]
    assert [r[1:] for r in bakker] == [
        ("ahmed-bakker", "Bakker", "direct", "rtv-oost.nl", "2024-04"),
        ("ahmed-bakker", "Ahmed Bakker", "indirect", None, None)]


def test_facet_columns_follow_quote_corrections(filled: Store) -> None:
    article_id = build_article(JANSEN_TEXT).id
    second = JANSEN_TEXT.index("Een staakt")
    third = JANSEN_TEXT.index("is het NAVO")
    filled.record_quote_corrections([
        QuoteCorrection(article_id, "type", second, second + len(JANSEN_QUOTES[2][0]),
                        {"type": "mixed"}),
        QuoteCorrection(article_id, "speaker", third, third + len(JANSEN_QUOTES[1][0]),
                        {"speaker": "Piet Jansen", "speaker_start": 0, "speaker_end": 0}),
        QuoteCorrection(article_id, "add", 1, 10, {"type": "direct"}),
    ])
    _assert_kept(filled)
    assert ("mixed",) in filled.conn.execute("SELECT type FROM quotes_fts").fetchall()


def test_facet_columns_follow_actor_merge_and_split(filled: Store) -> None:
    rewrite_actors(filled, merged={"els-de-vries": "piet-jansen"}, split=None, spellings={})
    _assert_kept(filled)
    rewrite_actors(filled, merged={}, split=("piet-jansen", "els-new", "De Vries"),
                   spellings={})
    _assert_kept(filled)


def test_facet_columns_follow_article_changes(filled: Store) -> None:
    filled.add_article(build_article(JANSEN_TEXT + " Meer volgt.", JANSEN_QUOTES,
                                     outlet="ad.nl"), actors=ACTORS[:2])
    assign_dup_groups(filled)
    with filled.write() as conn:
        conn.execute("UPDATE articles SET outlet = 'nu.nl', date = '2023-12-31' "
                     "WHERE outlet = 'ad.nl'")
    _assert_kept(filled)
    assert filled.conn.execute(
        "SELECT count(*) FROM quotes_fts WHERE outlet = 'nu.nl' AND month = '2023-12'"
    ).fetchone()[0] == len(JANSEN_QUOTES)
    with filled.write() as conn:
        conn.execute("DELETE FROM articles WHERE outlet = 'nu.nl'")
    _assert_kept(filled)


def test_facet_columns_are_filled_by_a_copy_into_postgresql(tmp_path: Path, pg_url: str) -> None:
    with Store.open(tmp_path / "wzw.db") as source:
        _fill(source)
        with Store.open(pg_url) as target:
            copy_store(source, target)
            _assert_kept(target)
            assert len(pg_facets.stored(target.conn)) == source.counts()["quotes"]


def _open_at_migration_12(url: str) -> Store:
    """A database as wiezegtwat wrote it before migration 13."""
    conn = connect(url, readonly=False)
    conn.execute(pg_schema._MIGRATIONS_TABLE)
    for number, script in pg_schema.SCRIPTS.items():
        if number <= 12:
            if script is not None:
                conn.raw.execute(script)
            conn.execute("INSERT INTO migrations VALUES (?, ?, '2026-01-01')",
                         (number, migrations.MIGRATIONS[number - 1].name))
    return Store(conn, path=url, readonly=False)


def _searches(store: Store) -> list[Any]:
    """Results of searches with words, without and with filters (facets included)."""
    filtered: list[dict[str, Any]] = [{}, {"outlet": "rtv-oost.nl"}, {"speaker": "Bakker"}]
    return [search_quotes(store, query, limit=2, **filters)
            for query in ("de", "het", "het*", '"de dijk"', "corridors OR kinderen")
            for filters in filtered]


def test_migration_13_fills_the_columns_and_searches_find_the_same(
        pg_empty_url: str, pg_url: str) -> None:
    old = _open_at_migration_12(pg_empty_url)
    _fill(old)
    assert "outlet" not in [d[0] for d in old.conn.execute(
        "SELECT * FROM quotes_fts LIMIT 0").description]
    old.close()
    with Store.open(pg_empty_url) as migrated, Store.open(pg_url) as fresh:
        assert 13 in pg_schema.applied(migrated.conn)
        _assert_kept(migrated)
        _fill(fresh)
        assert _searches(migrated) == _searches(fresh)
        facets = search_quotes(migrated, "het").facets
        # "het" is in two quotes of Jansen's article (nos.nl, March) and two of Kok's
        # (no outlet, no date), none of Bakker's.
        assert {(f.value, f.count) for f in facets["outlet"]} == {("nos.nl", 2), (None, 2)}
        assert {(f.value, f.count) for f in facets["month"]} == {("2024-03", 2), (None, 2)}


def test_a_window_without_filters_reads_the_search_index_only(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    statements: list[tuple[str, list[Any]]] = []
    execute = pg.PgConnection.execute

    def logged(self: pg.PgConnection, sql: str, params: Any = ()) -> pg.PgCursor:
        statements.append((sql, list(params)))
        return execute(self, sql, params)

    monkeypatch.setattr(pg.PgConnection, "execute", logged)
    search_quotes(filled, "zei")
    window = next(s for s in statements if "count(*) OVER ()" in s[0])
    monkeypatch.setattr(pg.PgConnection, "execute", execute)
    plan = "\n".join(r[0] for r in filled.conn.execute("EXPLAIN " + window[0], window[1]))
    assert " on quotes_fts " in plan
    assert " on quotes " not in plan and " on articles " not in plan


@pytest.mark.parametrize(("statement", "index"), [
    ("SELECT q.id FROM quotes q JOIN articles a ON a.id = q.article_id "
     "WHERE lower(a.outlet) = lower(?) AND a.date >= ?", "articles_outlet_lower"),
    ("SELECT sum(c.quotes) FROM agg_cube c WHERE lower(c.outlet) = lower(?) AND c.month >= ?",
     "agg_cube_outlet_lower"),
])
def test_the_outlet_filter_can_use_an_index(filled: Store, statement: str, index: str) -> None:
    # Migration 14: the filter compares lower(outlet); three articles are too few for the
    # planner to prefer any index, so sequential scans are ruled out for the question.
    filled.conn.execute("SET enable_seqscan = off")
    plan = "\n".join(r[0] for r in filled.conn.execute(
        "EXPLAIN " + statement, ["RTV-Oost.nl", "2024-04"]))
    assert index in plan
