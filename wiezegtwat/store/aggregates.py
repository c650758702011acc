"""Counts kept up to date as quotes are written, so that lists and facets need no scan.

Migration 9 creates the tables below and the triggers that maintain them. Triggers, not
calls from each writer: quotes change in ``add_article``, quote corrections, actor merges
and splits and any future writer, and a trigger runs inside whichever transaction made the
change, so the counts can never miss one. ``rebuild`` recounts everything from scratch
(the migration fills the tables of an existing database with it); ``recount`` gives
what the tables should hold, for the tests.

Tables (text keys are never NULL: '' stands for "none", so that upserts find the row):

* ``agg_cube``: quotes per (actor_id, speaker_name, role, outlet, month, type). The
  speaker list, an actor's spellings/outlets/roles and the facets of a search without
  words are sums over it; it has a row per combination that occurs, far fewer than quotes.
* ``agg_speaker_articles``: quotes per (speaker key, article). The speaker key is the
  actor id, or char(31) + the speaker's name for a quote without actor (as ``speakers()``
  groups them).
* ``agg_speakers``: quotes and distinct articles per speaker key.
* ``agg_days``: quotes and distinct articles per (speaker key, day): timelines.
* ``agg_pairs``: articles quoting both of two actors (a < b): co-quoted and the network.
* ``store_state``: the write generation, bumped by every write transaction (``bump``), so
  that the server can tell a client that nothing changed (ETag).

TABLES and TRIGGERS are what migration 9 ran: like a shipped migration they are not to be
edited; a change of the tables or triggers is a new migration. PostgreSQL keeps the same
tables with triggers of its own since migration 10 (``pg_aggregates.py``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .pg_search import is_postgres

# Speaker key of a quote (NEW or OLD): its actor, else its name behind char(31) (which no
# actor id holds), else NULL (a quote nobody says).
_KEY = "coalesce({r}.actor_id, char(31) || {r}.speaker_name)"
_ACTOR_KEY = "substr({k}, 1, 1) != char(31)"  # the key is an actor id, not a name

TABLES = """
CREATE TABLE agg_cube (
    actor_id TEXT NOT NULL, speaker_name TEXT NOT NULL, role TEXT NOT NULL,
    outlet TEXT NOT NULL, month TEXT NOT NULL, type TEXT NOT NULL, quotes INTEGER NOT NULL,
    PRIMARY KEY (actor_id, speaker_name, role, outlet, month, type)
) WITHOUT ROWID;
CREATE TABLE agg_speaker_articles (
    skey TEXT NOT NULL, article_id TEXT NOT NULL, quotes INTEGER NOT NULL,
    PRIMARY KEY (skey, article_id)
) WITHOUT ROWID;
CREATE INDEX agg_speaker_articles_article ON agg_speaker_articles(article_id);
CREATE TABLE agg_speakers (
    skey TEXT PRIMARY KEY, actor_id TEXT, speaker_name TEXT,
    quotes INTEGER NOT NULL, articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX agg_speakers_quotes ON agg_speakers(quotes DESC, articles DESC);
CREATE TABLE agg_days (
    skey TEXT NOT NULL, day TEXT NOT NULL, quotes INTEGER NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (skey, day)
) WITHOUT ROWID;
CREATE TABLE agg_pairs (
    a TEXT NOT NULL, b TEXT NOT NULL, articles INTEGER NOT NULL, PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX agg_pairs_b ON agg_pairs(b);
CREATE INDEX agg_pairs_articles ON agg_pairs(articles DESC);
CREATE TABLE store_state (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT INTO store_state(key, value) VALUES ('generation', 0);
"""


def _article(column: str, r: str) -> str:
    return f"(SELECT ifnull({column}, '') FROM articles WHERE id = {r}.article_id)"


def _cube_key(r: str) -> str:
    """The agg_cube key columns of quote row ``r`` (NEW or OLD), in primary-key order."""
    return (f"ifnull({r}.actor_id, ''), ifnull({r}.speaker_name, ''), ifnull({r}.role, ''), "
            f"{_article('outlet', r)}, {_article('substr(date, 1, 7)', r)}, {r}.type")


def _add(r: str) -> str:
    """Statements that count quote row ``r`` in."""
    key = _KEY.format(r=r)
    return f"""
    INSERT INTO agg_cube VALUES ({_cube_key(r)}, 1)
        ON CONFLICT DO UPDATE SET quotes = quotes + 1;
    INSERT INTO agg_speakers(skey, actor_id, speaker_name, quotes, articles)
        SELECT {key}, {r}.actor_id, CASE WHEN {r}.actor_id IS NULL THEN {r}.speaker_name END,
               1, 0 WHERE {key} IS NOT NULL
        ON CONFLICT DO UPDATE SET quotes = quotes + 1;
    INSERT INTO agg_days(skey, day, quotes, articles)
        SELECT {key}, substr(a.date, 1, 10), 1, 0 FROM articles a
        WHERE a.id = {r}.article_id AND a.date IS NOT NULL AND {key} IS NOT NULL
        ON CONFLICT DO UPDATE SET quotes = quotes + 1;
    INSERT INTO agg_speaker_articles(skey, article_id, quotes)
        SELECT {key}, {r}.article_id, 1 WHERE {key} IS NOT NULL
        ON CONFLICT DO UPDATE SET quotes = quotes + 1;"""


def _remove(r: str) -> str:
    """Statements that count quote row ``r`` out (rows that reach 0 go)."""
    key = _KEY.format(r=r)
    cube = ("(actor_id, speaker_name, role, outlet, month, type) = "
            f"({_cube_key(r)})")
    day = f"skey = {key} AND day = {_article('substr(date, 1, 10)', r)}"
    pair = f"skey = {key} AND article_id = {r}.article_id"
    return f"""
    UPDATE agg_cube SET quotes = quotes - 1 WHERE {cube};
    DELETE FROM agg_cube WHERE {cube} AND quotes <= 0;
    UPDATE agg_speakers SET quotes = quotes - 1 WHERE skey = {key};
    UPDATE agg_days SET quotes = quotes - 1 WHERE {day};
    UPDATE agg_speaker_articles SET quotes = quotes - 1 WHERE {pair};
    DELETE FROM agg_speaker_articles WHERE {pair} AND quotes <= 0;
    DELETE FROM agg_days WHERE {day} AND quotes <= 0;
    DELETE FROM agg_speakers WHERE skey = {key} AND quotes <= 0;"""


def _pairs(r: str, delta: str) -> str:
    """Add ``delta`` to the pairs of speaker-article row ``r`` with the article's other actors."""
    return f"""
    INSERT INTO agg_pairs(a, b, articles)
        SELECT min({r}.skey, s.skey), max({r}.skey, s.skey), {delta}
        FROM agg_speaker_articles s
        WHERE s.article_id = {r}.article_id AND s.skey != {r}.skey
          AND {_ACTOR_KEY.format(k='s.skey')} AND {_ACTOR_KEY.format(k=r + '.skey')}
        ON CONFLICT DO UPDATE SET articles = articles + excluded.articles;"""


def _article_moves(sign: str, r: str) -> str:
    """Count the quotes of article ``r`` out (sign '-') or in ('+') of the cube and days."""
    key = _KEY.format(r="q")
    return f"""
    INSERT INTO agg_cube SELECT ifnull(q.actor_id, ''), ifnull(q.speaker_name, ''),
        ifnull(q.role, ''), ifnull({r}.outlet, ''), ifnull(substr({r}.date, 1, 7), ''), q.type,
        {sign}count(*) FROM quotes q WHERE q.article_id = {r}.id GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes;
    INSERT INTO agg_days SELECT {key}, substr({r}.date, 1, 10), {sign}count(*), {sign}1
        FROM quotes q WHERE q.article_id = {r}.id AND {r}.date IS NOT NULL AND {key} IS NOT NULL
        GROUP BY 1 ON CONFLICT DO UPDATE SET quotes = quotes + excluded.quotes,
        articles = articles + excluded.articles;"""


QUOTE_TRIGGERS = f"""
CREATE TRIGGER agg_quote_insert AFTER INSERT ON quotes BEGIN {_add('NEW')}
END;
CREATE TRIGGER agg_quote_delete AFTER DELETE ON quotes BEGIN {_remove('OLD')}
END;
CREATE TRIGGER agg_quote_update AFTER UPDATE OF actor_id, speaker_name, role, type, article_id
ON quotes BEGIN {_remove('OLD')} {_add('NEW')}
END;
"""

SPEAKER_ARTICLE_TRIGGERS = f"""
CREATE TRIGGER agg_article_in AFTER INSERT ON agg_speaker_articles BEGIN
    UPDATE agg_speakers SET articles = articles + 1 WHERE skey = NEW.skey;
    UPDATE agg_days SET articles = articles + 1 WHERE skey = NEW.skey AND day =
        (SELECT substr(date, 1, 10) FROM articles WHERE id = NEW.article_id); {_pairs('NEW', '1')}
END;
CREATE TRIGGER agg_article_out AFTER DELETE ON agg_speaker_articles BEGIN
    UPDATE agg_speakers SET articles = articles - 1 WHERE skey = OLD.skey;
    UPDATE agg_days SET articles = articles - 1 WHERE skey = OLD.skey AND day =
        (SELECT substr(date, 1, 10) FROM articles WHERE id = OLD.article_id); {_pairs('OLD', '-1')}
    DELETE FROM agg_pairs WHERE (a = OLD.skey OR b = OLD.skey) AND articles <= 0;
END;
"""

# The quote triggers read the article's outlet and date. So an article's quotes are deleted
# while the article is still there (the foreign key's cascade would run after it is gone),
# and an article whose outlet or date changes moves its quotes in bulk (nothing does that
# today; the trigger keeps the counts right if a future writer does).
ARTICLE_TRIGGERS = f"""
CREATE TRIGGER agg_article_delete BEFORE DELETE ON articles BEGIN
    DELETE FROM quotes WHERE article_id = OLD.id;
END;
CREATE TRIGGER agg_article_move AFTER UPDATE OF outlet, date ON articles
WHEN OLD.outlet IS NOT NEW.outlet OR OLD.date IS NOT NEW.date BEGIN {_article_moves('-', 'OLD')}
    {_article_moves('+', 'NEW')}
    DELETE FROM agg_cube WHERE quotes = 0;
    DELETE FROM agg_days WHERE quotes = 0;
END;
"""

TRIGGERS = QUOTE_TRIGGERS + SPEAKER_ARTICLE_TRIGGERS + ARTICLE_TRIGGERS


def _fill(conn: sqlite3.Connection) -> None:
    """Count every stored quote into the (empty) tables, in bulk rather than per row.

    agg_speaker_articles comes first: its insert trigger builds agg_pairs as it goes and
    finds no agg_speakers or agg_days rows to add to yet; those two are counted after it.
    """
    key = _KEY.format(r="q")
    conn.execute(
        "INSERT INTO agg_cube SELECT ifnull(q.actor_id, ''), ifnull(q.speaker_name, ''), "
        "ifnull(q.role, ''), ifnull(a.outlet, ''), ifnull(substr(a.date, 1, 7), ''), q.type, "
        "count(*) FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4, 5, 6")
    conn.execute(
        f"INSERT INTO agg_speaker_articles SELECT {key}, q.article_id, count(*) FROM quotes q "
        f"WHERE {key} IS NOT NULL GROUP BY 1, 2")
    conn.execute(
        f"INSERT INTO agg_speakers SELECT {key}, q.actor_id, "
        "CASE WHEN q.actor_id IS NULL THEN q.speaker_name END, count(*), "
        f"count(DISTINCT q.article_id) FROM quotes q WHERE {key} IS NOT NULL GROUP BY 1")
    conn.execute(
        f"INSERT INTO agg_days SELECT {key}, substr(a.date, 1, 10), count(*), "
        "count(DISTINCT q.article_id) FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE {key} IS NOT NULL AND a.date IS NOT NULL GROUP BY 1, 2")


COUNTED = ("agg_cube", "agg_speaker_articles", "agg_speakers", "agg_days", "agg_pairs")


def rebuild(conn: sqlite3.Connection) -> None:
    """Recount every aggregate from the quotes, inside the caller's transaction."""
    if is_postgres(conn):
        from . import pg_aggregates

        pg_aggregates.rebuild(conn)
        return
    for table in COUNTED:
        conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
    _fill(conn)


def install(conn: sqlite3.Connection) -> None:
    """Create the tables and triggers and count the stored quotes (migration 9)."""
    for statement in _statements(TABLES + TRIGGERS):
        conn.execute(statement)
    rebuild(conn)


def _statements(script: str) -> list[str]:
    found: list[str] = []
    statement = ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            found.append(statement)
            statement = ""
    return found


def recount(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """What every aggregate table should hold, counted from scratch (sorted rows).

    Counts into temporary copies with the same SQL as ``rebuild`` and reads them back, so
    the stored tables stay untouched.
    """
    # A savepoint inside the caller's transaction; outside one, a transaction of its own
    # (PostgreSQL has no savepoint outside a transaction).
    outer = not conn.in_transaction
    conn.execute("BEGIN" if outer else "SAVEPOINT recount")
    try:
        rebuild(conn)
        fresh = {table: snapshot(conn, table) for table in COUNTED}
    finally:
        if outer:
            conn.execute("ROLLBACK")
        else:
            conn.execute("ROLLBACK TO recount")
            conn.execute("RELEASE recount")
    return fresh


def snapshot(conn: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    """The rows of one aggregate table, sorted."""
    return sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {table}"))  # noqa: S608


def bump(conn: sqlite3.Connection) -> None:
    """Count one more write: called in every write transaction, before its COMMIT."""
    conn.execute("UPDATE store_state SET value = value + 1 WHERE key = 'generation'")


def generation(conn: sqlite3.Connection) -> int:
    """How many write transactions the database has seen since migration 9 (for ETags)."""
    try:
        row = conn.execute("SELECT value FROM store_state WHERE key = 'generation'").fetchone()
    except sqlite3.OperationalError:
        return 0  # a database before migration 9
    return int(row[0]) if row else 0


# -- reading -----------------------------------------------------------------------------


def speaker_rows(conn: sqlite3.Connection, *, descriptions: bool,
                 limit: int) -> list[tuple[str | None, str | None, int, int]]:
    """(actor_id, name, quotes, articles) of the most quoted speakers.

    descriptions: also unlinked speaker names and places (see ``queries.speakers``).
    name is the actor's, the unlinked speaker's, or None (an actor without a row).
    """
    filter_ = "" if descriptions else (
        "WHERE s.actor_id IS NOT NULL AND s.actor_id NOT IN "
        "(SELECT id FROM actors WHERE type = 'place')")
    rows = conn.execute(
        "SELECT s.actor_id, coalesce(ac.name, s.speaker_name) AS name, s.quotes, s.articles "
        f"FROM agg_speakers s LEFT JOIN actors ac ON ac.id = s.actor_id {filter_} "
        "ORDER BY s.quotes DESC, s.articles DESC, name LIMIT ?", [limit])
    return [(a, n, int(q), int(c)) for a, n, q, c in rows]


def speaker_detail(conn: sqlite3.Connection, actor_id: str | None,
                   speaker_name: str | None) -> list[tuple[str, str, str, int]]:
    """(spelling, role, outlet, quotes) of one speaker's quotes ('' for none), from the cube."""
    if actor_id is not None:
        where, params = "actor_id = ?", [actor_id]
    else:
        where, params = "actor_id = '' AND speaker_name = ?", [speaker_name or ""]
    return [(v, r, o, int(n)) for v, r, o, n in conn.execute(
        f"SELECT speaker_name, role, outlet, sum(quotes) FROM agg_cube WHERE {where} "
        "GROUP BY 1, 2, 3", params)]


def speaker_totals(conn: sqlite3.Connection, actor_id: str) -> tuple[int, int]:
    """(quotes, articles) of one actor."""
    row = conn.execute("SELECT quotes, articles FROM agg_speakers WHERE skey = ?",
                       [actor_id]).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def speaker_days(conn: sqlite3.Connection, actor_id: str) -> list[tuple[str, int, int]]:
    """(day as stored, quotes, articles) of one actor, per day its articles carry."""
    return [(d, int(q), int(a)) for d, q, a in conn.execute(
        "SELECT day, quotes, articles FROM agg_days WHERE skey = ? ORDER BY day", [actor_id])]


def pairs_of(conn: sqlite3.Connection, actor_id: str,
             limit: int) -> list[tuple[str, str | None, int]]:
    """(other actor, its name, shared articles) of the actors quoted with ``actor_id``."""
    rows = conn.execute(
        "SELECT p.other, ac.name, p.articles FROM (SELECT b AS other, articles FROM agg_pairs "
        "WHERE a = ? UNION ALL SELECT a, articles FROM agg_pairs WHERE b = ?) p "
        "LEFT JOIN actors ac ON ac.id = p.other ORDER BY p.articles DESC, p.other LIMIT ?",
        [actor_id, actor_id, limit])
    return [(o, n, int(c)) for o, n, c in rows]


def top_pairs(conn: sqlite3.Connection,
              limit: int) -> list[tuple[str, str, str | None, str | None, int]]:
    """(a, b, a's name, b's name, shared articles) of the most co-quoted pairs (a < b)."""
    rows = conn.execute(
        "SELECT p.a, p.b, s.name, t.name, p.articles FROM agg_pairs p "
        "LEFT JOIN actors s ON s.id = p.a LEFT JOIN actors t ON t.id = p.b "
        "ORDER BY p.articles DESC, p.a, p.b LIMIT ?", [limit])
    return [(a, b, sn, tn, int(n)) for a, b, sn, tn, n in rows]
