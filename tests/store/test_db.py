"""Tests for Store: opening, migrations, writing one article per transaction, actors."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    MakeArticle,
)

from wiezegtwat.errors import StoreError
from wiezegtwat.records import Actor, Article, Mention, Role
from wiezegtwat.store import Store, migrations
from wiezegtwat.store import db as store_db


def test_open_creates_schema_with_all_migrations(tmp_path: Path) -> None:
    path = tmp_path / "wzw.db"
    with Store.open(path) as store:
        assert store.schema_version() == migrations.latest()
        names = set(store.db.table_names())
    assert {
        "articles",
        "quotes",
        "mentions",
        "actors",
        "actor_variants",
        "actor_roles",
        "corrections",
        "migrations",
        "articles_fts",
        "quotes_fts",
        "minhashes",
    } <= names


def test_open_sets_wal_and_pragmas(tmp_path: Path) -> None:
    with Store.open(tmp_path / "wzw.db") as store:
        pragma = {
            name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 1,  # NORMAL
        "foreign_keys": 1,
        "busy_timeout": store_db.BUSY_TIMEOUT_MS,
    }


def test_open_runs_missing_migrations_on_old_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, upto=1) == [1]
    conn.close()
    with Store.open(path) as store:
        assert sorted(migrations.applied(store.conn)) == [m.number for m in migrations.MIGRATIONS]
        assert "quotes_fts" in store.db.table_names()


def test_open_refuses_newer_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES (99, 'future table', '2031-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(
        StoreError, match=r"newer wiezegtwat \(schema migration 99 'future table'\); upgrade"
    ):
        Store.open(path)


def test_open_names_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notities.db"
    path.write_text("Dit is geen database maar een boodschappenlijst.\n" * 20)
    with pytest.raises(StoreError, match=rf"^{path} is not a SQLite database"):
        Store.open(path)


def test_open_refuses_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "ander.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a wiezegtwat one .*recepten"):
        Store.open(path)


def test_open_readonly_missing_file_says_how_to_create(tmp_path: Path) -> None:
    path = tmp_path / "weg.db"
    with pytest.raises(StoreError) as info:
        Store.open(path, readonly=True)
    assert (
        str(info.value) == f"no database at {path}; create one with `wzw ingest PATH --db {path}`"
    )
    assert not path.exists()


def test_open_readonly_refuses_writes(tmp_path: Path, make_article: MakeArticle) -> None:
    path = tmp_path / "wzw.db"
    Store.open(path).close()
    with Store.open(path, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES))


def test_add_article_round_trips_quotes_and_mentions(
    store: Store, make_article: MakeArticle
) -> None:
    premier = JANSEN_TEXT.index("premier Piet Jansen")
    mentions = [
        Mention(
            text="premier Piet Jansen",
            start=premier,
            end=premier + 19,
            kind="name",
            chain=0,
            name="Piet Jansen",
            role="premier",
        ),
        Mention(
            text="De Vries",
            start=JANSEN_TEXT.index("De Vries"),
            end=JANSEN_TEXT.index("De Vries") + 8,
            chain=1,
            name="Els de Vries",
        ),
    ]
    article = make_article(JANSEN_TEXT, JANSEN_QUOTES, mentions=mentions)
    assert store.add_article(article, actors=ACTORS[:2]) is True
    assert store.get_article(article.id) == article
    assert store.has_article(article.id)
    assert store.article_ids() == {article.id}
    assert store.counts() == {"articles": 1, "quotes": 3, "actors": 2, "mentions": 2}


def test_add_article_twice_returns_false_and_writes_nothing(
    store: Store, make_article: MakeArticle
) -> None:
    article = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    assert store.add_article(article) is True
    assert store.add_article(article, actors=ACTORS) is False
    assert store.counts() == {"articles": 1, "quotes": 1, "actors": 0, "mentions": 0}


def test_add_article_failure_rolls_back_everything(
    store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection, article: Article) -> None:
        raise sqlite3.OperationalError("schijf vol")

    monkeypatch.setattr(store_db, "_insert_mentions", broken)
    article = make_article(JANSEN_TEXT, JANSEN_QUOTES)
    with pytest.raises(StoreError, match=f"cannot store article {article.id} .*schijf vol"):
        store.add_article(article, actors=ACTORS)
    assert store.counts() == {"articles": 0, "quotes": 0, "actors": 0, "mentions": 0}
    assert store.conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] == 0
    assert not store.conn.in_transaction


def test_get_article_missing_returns_none(store: Store) -> None:
    assert store.get_article("0123456789abcdef") is None


def test_add_article_stores_role_and_mention_actor(store: Store, make_article: MakeArticle) -> None:
    start = JANSEN_TEXT.index("premier Piet Jansen")
    mentions = [
        Mention(text="premier Piet Jansen", start=start, end=start + 19, chain=4, role="premier"),
        Mention(text="hij", start=0, end=0, kind="pronoun", chain=4),
    ]
    article = make_article(JANSEN_TEXT, JANSEN_QUOTES[:1], mentions=mentions)
    store.add_article(article, actors=ACTORS[:1])
    role = store.conn.execute("SELECT role FROM quotes").fetchone()[0]
    actors = [r[0] for r in store.conn.execute("SELECT actor_id FROM mentions ORDER BY n")]
    assert (role, actors) == ("premier", ["piet-jansen", "piet-jansen"])


def test_add_article_counts_variants_per_quote(corpus: Store) -> None:
    rows = corpus.conn.execute(
        "SELECT actor_id, variant, count FROM actor_variants ORDER BY actor_id, variant"
    ).fetchall()
    assert rows == [
        ("ahmed-bakker", "Ahmed Bakker", 0),
        ("ahmed-bakker", "Bakker", 1),
        ("els-de-vries", "De Vries", 1),
        ("els-de-vries", "Els de Vries", 1),
        ("piet-jansen", "Jansen", 0),
        ("piet-jansen", "Piet Jansen", 1),
    ]


def test_upsert_actors_merges_variants_and_roles(store: Store) -> None:
    store.upsert_actors(
        [
            Actor(
                id="piet-jansen",
                name="Jansen",
                variants=["P. Jansen"],
                roles=[Role("premier", "2024-03-05", "a1")],
            )
        ]
    )
    store.upsert_actors(
        [
            Actor(
                id="piet-jansen",
                name="Piet Jansen",
                variants=["Jansen"],
                roles=[Role("premier", "2024-03-05", "a1"), Role("informateur")],
                affiliation="Partij voor de Polder",
            )
        ]
    )
    assert store.load_actors() == [
        Actor(
            id="piet-jansen",
            name="Piet Jansen",
            type="person",
            variants=["Jansen", "P. Jansen", "Piet Jansen"],
            roles=[Role("informateur", None, None), Role("premier", "2024-03-05", "a1")],
            affiliation="Partij voor de Polder",
            country=None,
        )
    ]


def test_record_correction_keeps_order_and_args(store: Store) -> None:
    first = store.record_correction("merge", {"into": "piet-jansen", "ids": ["p-jansen"]})
    second = store.record_correction("rename", {"id": "piet-jansen", "name": "Pieter Jansen"})
    got = [(c.n, c.op, c.args) for c in store.corrections()]
    assert (first, second) == (1, 2)
    assert got == [
        (1, "merge", {"into": "piet-jansen", "ids": ["p-jansen"]}),
        (2, "rename", {"id": "piet-jansen", "name": "Pieter Jansen"}),
    ]


def test_record_correction_rejects_unknown_op(store: Store) -> None:
    with pytest.raises(
        StoreError, match="unknown correction 'delete'; use one of merge, split, rename"
    ):
        store.record_correction("delete", {})


def test_sentence_context_snaps_to_words(make_article: MakeArticle) -> None:
    article = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    assert store_db.sentence_context(article, article.quotes[0]) == " ".join(BAKKER_TEXT.split())


def test_vacuum_keeps_search_working(tmp_path: Path, make_article: MakeArticle) -> None:
    with Store.open(tmp_path / "wzw.db") as store:
        store.add_article(make_article(JANSEN_TEXT, JANSEN_QUOTES))
        store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES))
        store.vacuum()
        hits = store.conn.execute(
            "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH 'fietspaden'"
        ).fetchall()
    assert hits == [(make_article(BAKKER_TEXT).id,)]


@pytest.mark.sqlite_only
def test_fts_tables_are_found_by_sqlite_utils_and_datasette(store: Store) -> None:
    # sqlite-utils' detect_fts uses the same content="<table>" pattern as datasette.
    assert (store.db.table("articles").detect_fts(), store.db.table("quotes").detect_fts()) == (
        "articles_fts",
        "quotes_fts",
    )


def test_open_in_missing_folder_says_what_to_check(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet" / "wzw.db"
    with pytest.raises(StoreError, match="check that its folder exists and is writable$"):
        Store.open(path)


def test_migration_5_adds_external_id_and_keeps_old_rows(
    tmp_path: Path, make_article: MakeArticle
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, upto=4) == [1, 2, 3, 4]
    old = make_article(JANSEN_TEXT, JANSEN_QUOTES)
    # A row as a version before migration 5 wrote it (no external_id column yet).
    conn.execute(
        "INSERT INTO articles(id, text, title, metadata, ingested_at) VALUES (?, ?, ?, '{}', ?)",
        (old.id, old.text, old.title, "2024-03-05T00:00:00+00:00"))
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == migrations.latest()
        kept = store.get_article(old.id)
        assert kept is not None and (kept.text, kept.title, kept.external_id) == (
            JANSEN_TEXT, old.title, None)
        assert store.conn.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'corridors'"
        ).fetchone()[0] == 1
        new = make_article(BAKKER_TEXT, BAKKER_QUOTES)
        new.external_id = "rij-12"
        assert store.add_article(new)
        assert store.get_article(new.id).external_id == "rij-12"  # type: ignore[union-attr]


def test_article_by_external_id_exact_missing_and_shared(
    store: Store, make_article: MakeArticle
) -> None:
    first = make_article(JANSEN_TEXT, JANSEN_QUOTES)
    first.external_id = "Doc 1"
    second = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    second.external_id = "doc 1"
    store.add_article(first)
    store.add_article(second)
    found = store.article_by_external_id("Doc 1")
    assert found is not None and found.id == first.id and len(found.quotes) == 3
    assert store.article_by_external_id("Doc") is None
    third = make_article(f"{BAKKER_TEXT} Nog een zin.", BAKKER_QUOTES)
    third.external_id = "Doc 1"
    store.add_article(third)
    assert store.article_ids_by_external_id("Doc 1") == [first.id, third.id]
    with pytest.raises(StoreError, match=rf"2 articles in {re.escape(store.path)} have external id 'Doc 1'"):
        store.article_by_external_id("Doc 1")


def test_migration_8_adds_speaker_kind_and_confidence_null_for_old_rows(
    tmp_path: Path, make_article: MakeArticle
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrations.migrate(conn, upto=7) == [1, 2, 3, 4, 5, 6, 7]
    old = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    # An article and quote as a version before migration 8 wrote them.
    conn.execute("INSERT INTO articles(id, text, metadata, ingested_at) VALUES (?, ?, '{}', ?)",
                 (old.id, old.text, "2024-03-05T00:00:00+00:00"))
    quote = old.quotes[0]
    conn.execute('INSERT INTO quotes(article_id, n, start, "end", text, type, speaker_name) '
                 "VALUES (?, 0, ?, ?, ?, ?, 'Bakker')",
                 (old.id, quote.start, quote.end, quote.text, quote.type))
    conn.close()
    with Store.open(path) as store:
        assert store.schema_version() == migrations.latest() >= 8
        kept = store.get_article(old.id)
        assert kept is not None and kept.quotes[0].speaker is not None
        assert (kept.quotes[0].speaker.kind, kept.quotes[0].speaker.confidence) == (None, None)
        assert store.conn.execute("SELECT count(*) FROM saved_searches").fetchone()[0] == 0
        new = make_article(JANSEN_TEXT, JANSEN_QUOTES)
        assert new.quotes[0].speaker is not None
        new.quotes[0].speaker.kind, new.quotes[0].speaker.confidence = "name", 0.875
        assert store.add_article(new)
        stored = store.get_article(new.id)
        assert stored is not None and stored.quotes[0].speaker is not None
        assert (stored.quotes[0].speaker.kind, stored.quotes[0].speaker.confidence) == (
            "name", 0.875)
