"""Numbered schema migrations, recorded in the ``migrations`` table of each database.

Never edit a migration that has shipped: add a new one with the next number.
Each migration runs in its own transaction together with the row that records it,
so a crash leaves the database either before or after the migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from . import aggregates


@dataclass(frozen=True)
class Migration:
    """One schema step: SQL script or a callable that gets the open connection.

    apply None: a step of the PostgreSQL schema only (pg_schema.py); a SQLite database
    records it and needs no change, so a read-only open does not wait for it.
    """

    number: int
    name: str
    apply: str | Callable[[sqlite3.Connection], None] | None


_CORE = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    lang TEXT,
    title TEXT,
    url TEXT,
    outlet TEXT,
    date TEXT,
    author TEXT,
    source TEXT,
    metadata TEXT NOT NULL DEFAULT '{}',
    dup_group TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_dup_group ON articles(dup_group);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    statement TEXT,
    cue_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_lemma TEXT,
    speaker_name TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    actor_id TEXT,
    role TEXT,
    evidence TEXT NOT NULL DEFAULT '',
    sentence INTEGER,
    sentence_context TEXT,
    UNIQUE (article_id, n)
);
CREATE INDEX quotes_actor_id ON quotes(actor_id);
CREATE INDEX quotes_article_id ON quotes(article_id);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    chain INTEGER,
    name TEXT,
    role TEXT,
    actor_id TEXT,
    PRIMARY KEY (article_id, n)
);
CREATE INDEX mentions_actor_id ON mentions(actor_id);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    affiliation TEXT,
    country TEXT
);

CREATE TABLE actor_variants (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    variant TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (actor_id, variant)
);

CREATE TABLE actor_roles (
    actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    date TEXT,
    article_id TEXT
);
-- NULLs are distinct in a UNIQUE constraint, so coalesce them to keep one row per role.
CREATE UNIQUE INDEX actor_roles_unique
    ON actor_roles(actor_id, title, coalesce(date, ''), coalesce(article_id, ''));

CREATE TABLE corrections (
    n INTEGER PRIMARY KEY,
    op TEXT NOT NULL,
    args TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# External-content FTS5 tables named <table>_fts, the convention that sqlite-utils
# and datasette recognise (content="<table>", in double quotes: their detection
# looks for exactly that). unicode61 with remove_diacritics 2 makes "een" find "één".
_FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content="articles", content_rowid="rowid",
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content="quotes", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name)
    VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER quotes_au AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name)
    VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts(rowid, text, speaker_name)
    VALUES (new.id, new.text, new.speaker_name);
END;
"""

# Prefix indexes (FTS5's prefix option) for prefixes of 3 to 6 letters: "brug*" reads one
# index entry instead of merging the lists of every word that starts with it, so a prefix
# search costs what a word search costs however large the corpus (at 1M quotes: 14 ms a
# match before, 0.5 ms after). FTS5 uses an index only for a prefix of exactly its
# length; shorter and longer prefixes still merge, as before. The tables are made anew
# (an FTS5 table's options cannot change) and filled from their content tables; the
# triggers of migration 2 name them and keep working.
_FTS_PREFIXES = """
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content="articles", content_rowid="rowid",
    tokenize='unicode61 remove_diacritics 2', prefix='3 4 5 6'
);
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content="quotes", content_rowid="id",
    tokenize='unicode61 remove_diacritics 2', prefix='3 4 5 6'
);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
"""

_MINHASH = """
CREATE TABLE minhashes (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    scheme TEXT NOT NULL,
    num_perm INTEGER NOT NULL,
    signature BLOB NOT NULL
);
"""

_EXTERNAL_ID = """
ALTER TABLE articles ADD COLUMN external_id TEXT;
CREATE INDEX articles_external_id ON articles(external_id);
"""

# Manual corrections of quotes (wzw xmi import). No foreign key to articles: a correction
# outlives its article and is re-applied when the same text is ingested again.
_QUOTE_CORRECTIONS = """
CREATE TABLE quote_corrections (
    n INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    op TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    args TEXT NOT NULL DEFAULT '{}',
    by TEXT,
    source TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX quote_corrections_article_id ON quote_corrections(article_id);
"""

# Who a quote talks about: the linked mentions of persons and organisations inside the
# quote's span, the quote's own speaker left out (store/targets.py fills it per article).
# Older corpora are backfilled from their stored mentions: a mention's actor_id when it
# has one (set only through a linked speaker before this migration), else the one actor
# whose spelling is the mention's name; a spelling shared by two actors decides nothing.
_QUOTE_TARGETS = """
CREATE TABLE quote_targets (
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    mention_n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (quote_id, mention_n),
    FOREIGN KEY (article_id, mention_n) REFERENCES mentions(article_id, n) ON DELETE CASCADE
);
CREATE INDEX quote_targets_actor_id ON quote_targets(actor_id);
"""
_QUOTE_TARGETS_BACKFILL = """
INSERT OR IGNORE INTO quote_targets(quote_id, article_id, mention_n, start, "end", text, actor_id)
SELECT q.id, m.article_id, m.n, m.start, m."end", m.text, coalesce(m.actor_id, v.actor_id)
FROM quotes q
JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end"
    AND m."end" > m.start
LEFT JOIN (
    SELECT variant, min(actor_id) AS actor_id FROM actor_variants
    GROUP BY variant HAVING count(DISTINCT actor_id) = 1
) v ON m.actor_id IS NULL AND m.kind IN ('name', 'organisation')
    AND v.variant = coalesce(m.name, m.text)
LEFT JOIN actors ta ON ta.id = coalesce(m.actor_id, v.actor_id)
WHERE coalesce(m.actor_id, v.actor_id) IS NOT NULL
    AND (q.actor_id IS NULL OR q.actor_id <> coalesce(m.actor_id, v.actor_id))
    AND coalesce(ta.type, CASE m.label WHEN 'PER' THEN 'person' WHEN 'ORG' THEN 'organisation'
        END) IN ('person', 'organisation');
"""

# The speaker's kind (name, pronoun, description, ...) and calibrated confidence, written
# from Quote.speaker since this migration; older rows keep NULL (never analysed with them).
# Saved searches: a name and the query string of the search page's URL, so that reopening
# one is following a link and every filter the URL carries is kept.
_RESEARCH = """
ALTER TABLE quotes ADD COLUMN speaker_kind TEXT;
ALTER TABLE quotes ADD COLUMN speaker_confidence REAL;
CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# The table definitions PostgreSQL shares (pg_schema.py translates them; the backfill of
# migration 6 has nothing to fill in a new PostgreSQL database).
SHARED_DDL: dict[int, str] = {1: _CORE, 3: _MINHASH, 5: _EXTERNAL_ID, 6: _QUOTE_TARGETS,
                              7: _QUOTE_CORRECTIONS, 8: _RESEARCH}

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "core tables", _CORE),
    Migration(2, "full-text search", _FTS),
    Migration(3, "minhash signatures for near-duplicates", _MINHASH),
    # Unlinked speakers are counted by name (speakers(), the API's actor list).
    Migration(4, "index on speaker names", "CREATE INDEX quotes_speaker_name ON quotes(speaker_name);"),
    # The user's own id (an export's id column, a file's name), looked up by exact value.
    # Older rows keep NULL: their id was not read when they were ingested.
    Migration(5, "external ids of articles", _EXTERNAL_ID),
    Migration(6, "quote targets", _QUOTE_TARGETS + _QUOTE_TARGETS_BACKFILL),
    Migration(7, "quote corrections", _QUOTE_CORRECTIONS),
    Migration(8, "speaker kind and confidence, saved searches", _RESEARCH),
    # Counts per speaker, outlet, month, type, day and actor pair, kept by triggers, and
    # the write generation: lists and facets read these instead of scanning the quotes.
    Migration(9, "aggregates and write generation", aggregates.install),
    # PostgreSQL's aggregates of migration 9 were views; they become tables kept by
    # triggers there (pg_aggregates.py). SQLite has kept them so since migration 9.
    Migration(10, "aggregate tables on PostgreSQL", None),
    Migration(11, "prefix indexes for full-text search", _FTS_PREFIXES),
    # Newest first with a tie-break inside one index: a listing walks it and stops after
    # a page, however many articles share a date (the date-only index sorted all the
    # rows of the newest dates first: 23 ms at 1M articles, 0.1 ms with this one).
    Migration(12, "index of articles by date and id",
              "CREATE INDEX articles_date_id ON articles(date DESC, id);"),
    # PostgreSQL's quote search index holds the facet columns of each quote, so that a
    # search's window reads them with its matches (pg_facets.py). SQLite's window reads
    # them from the tables, which is quick there: nothing changes.
    Migration(13, "facet columns in the quote search index", None),
    # PostgreSQL's indexes for the outlet filter, which compares lower(outlet) (see
    # pg_schema._OUTLET_INDEXES). SQLite keeps its plans: nothing changes.
    Migration(14, "indexes of outlets in lower case", None),
)

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    number INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
)
"""


def latest() -> int:
    """The schema number this version of wiezegtwat writes."""
    return MIGRATIONS[-1].number


def applied(conn: sqlite3.Connection) -> dict[int, str]:
    """Numbers and names of the migrations recorded in the database ({} if none)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if found is None:
        return {}
    return {int(n): str(name) for n, name in conn.execute("SELECT number, name FROM migrations")}


def pending(conn: sqlite3.Connection, *, upto: int | None = None) -> list[Migration]:
    """The known migrations not yet applied, in order (up to number ``upto``)."""
    done = applied(conn)
    limit = latest() if upto is None else upto
    return [m for m in MIGRATIONS if m.number not in done and m.number <= limit]


def current(number: int) -> int:
    """The schema ``number`` stands for on SQLite: the later steps that change nothing
    on SQLite (apply None) are as good as applied."""
    for migration in MIGRATIONS:
        if migration.number > number:
            if migration.apply is not None:
                break
            number = migration.number
    return number


def unknown(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """Applied migrations this version does not know: the file comes from a newer version."""
    known = {m.number for m in MIGRATIONS}
    return sorted((n, name) for n, name in applied(conn).items() if n not in known)


def migrate(conn: sqlite3.Connection, *, upto: int | None = None) -> list[int]:
    """Apply the pending migrations, each in its own transaction; return their numbers.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the
    explicit BEGIN/COMMIT here are the only transactions.
    """
    conn.execute(_MIGRATIONS_TABLE)
    done: list[int] = []
    for migration in pending(conn, upto=upto):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-check inside the write lock: another process may have migrated meanwhile.
            if migration.number in applied(conn):
                conn.execute("COMMIT")
                continue
            if isinstance(migration.apply, str):
                _run_script(conn, migration.apply)
            elif migration.apply is not None:
                migration.apply(conn)
            conn.execute(
                "INSERT INTO migrations(number, name, applied_at) VALUES (?, ?, ?)",
                (migration.number, migration.name, datetime.now(UTC).isoformat()),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        done.append(migration.number)
    return done


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run a multi-statement script inside the open transaction.

    ``executescript`` would COMMIT first, so split into complete statements instead.
    """
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    if statement.strip():
        conn.execute(statement)
