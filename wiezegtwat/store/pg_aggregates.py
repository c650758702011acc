"""The aggregate tables on PostgreSQL, kept by statement-level triggers (migration 10).

Migration 9 made the ``agg_*`` tables views on PostgreSQL, counted on every read: the
speaker list took seconds at 100,000 articles. Migration 10 stores them as tables with
the columns, keys and meaning of SQLite's (``aggregates.py``, whose readers run on both
backends unchanged) and keeps them in the writer's transaction, as SQLite does.

How the triggers count (PostgreSQL's own way, not a copy of SQLite's row triggers):

* one trigger per statement on ``quotes`` (insert, delete, update), reading the
  statement's rows from its transition tables, so that a bulk write is counted in a few
  set-based statements rather than once per row;
* ``agg_cube`` adds the +1/-1 of each changed quote, grouped by the cube's key;
* the other tables follow from one question, asked of each article the statement
  touched: which speakers does it quote, how often, before (``agg_speaker_articles`` as
  stored) and after (a count of its quotes, a handful)? The difference gives the quotes
  and articles per speaker and day and the co-quoted pairs. Recounting the touched
  articles rather than adding deltas keeps ``agg_speaker_articles`` right even if a
  statement's rows were counted wrongly once;
* concurrent writers: every upsert is ``ON CONFLICT … DO UPDATE`` (two first counts of
  one key add up; an update adds to the row as the other writer committed it) and is
  ordered by its key, so one statement locks its rows in the same order as any other.
  A transaction runs several statements, though (one per quote), so two transactions
  could still lock two speakers' rows in opposite orders: what rules deadlocks out is
  the store's write lock (``pg.WRITE_LOCK``), which every write through ``Store`` takes
  first. A writer that bypasses it (plain SQL) keeps the counts right, but may meet a
  deadlock, which PostgreSQL resolves by rolling one transaction back.

An article's quotes are deleted before the article (a BEFORE DELETE trigger, as on
SQLite), because the counts need the article's outlet and date; a change of an
article's outlet or date moves its quotes in the cube and the days.

Pair keys are compared with ``COLLATE "C"`` (byte order), as SQLite compares text, so
``agg_pairs.a < agg_pairs.b`` means the same on both backends whatever the database's
collation.
"""

from __future__ import annotations

from typing import Any

from . import aggregates

_KEY = "coalesce({r}.actor_id, chr(31) || {r}.speaker_name)"
_IS_ACTOR = "left({k}, 1) <> chr(31)"  # the speaker key is an actor id, not a name

# SQLite's table definitions (the store_state table exists since migration 9).
TABLES = aggregates.TABLES.split("CREATE TABLE store_state")[0].replace(" WITHOUT ROWID", "")

_DROP_VIEWS = """
DROP VIEW agg_pairs;
DROP VIEW agg_days;
DROP VIEW agg_speakers;
DROP VIEW agg_speaker_articles;
DROP VIEW agg_cube;
"""

# The quote rows a statement changed, with +1 (counted in) or -1 (counted out). An update
# counts only when it changes what the aggregates key on.
_COUNTED_COLUMNS = "article_id, actor_id, speaker_name, role, type"
_DELTA = {
    "insert": f"SELECT {_COUNTED_COLUMNS}, 1 AS sign FROM new_quotes",
    "delete": f"SELECT {_COUNTED_COLUMNS}, -1 AS sign FROM old_quotes",
    "update": """
        SELECT n.article_id, n.actor_id, n.speaker_name, n.role, n.type, 1 AS sign
        FROM new_quotes n JOIN old_quotes o ON o.id = n.id
        WHERE (o.article_id, o.actor_id, o.speaker_name, o.role, o.type)
              IS DISTINCT FROM (n.article_id, n.actor_id, n.speaker_name, n.role, n.type)
        UNION ALL
        SELECT o.article_id, o.actor_id, o.speaker_name, o.role, o.type, -1
        FROM old_quotes o JOIN new_quotes n ON n.id = o.id
        WHERE (o.article_id, o.actor_id, o.speaker_name, o.role, o.type)
              IS DISTINCT FROM (n.article_id, n.actor_id, n.speaker_name, n.role, n.type)""",
}

_CUBE_KEY = "actor_id, speaker_name, role, outlet, month, type"


def _cube(delta: str) -> str:
    """Add the +1/-1 of each changed quote to its cube row."""
    return f"""
    INSERT INTO agg_cube AS c
    SELECT coalesce(d.actor_id, ''), coalesce(d.speaker_name, ''), coalesce(d.role, ''),
           coalesce(a.outlet, ''), coalesce(substr(a.date, 1, 7), ''), d.type, sum(d.sign)
    FROM ({delta}) d JOIN articles a ON a.id = d.article_id
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(d.sign) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ({_CUBE_KEY}) DO UPDATE SET quotes = c.quotes + excluded.quotes;"""


def _speakers(delta: str) -> str:
    """One statement: the touched articles' speakers before and after, and what follows.

    All its parts read the tables as they were when it started (PostgreSQL's rule for
    data-modifying WITH), which is what ``before`` needs; each part writes another table.
    """
    key = _KEY.format(r="q")
    both = f"{_IS_ACTOR.format(k='x.skey')} AND {_IS_ACTOR.format(k='y.skey')}"
    return f"""
    WITH touched AS (SELECT DISTINCT article_id FROM ({delta}) d),
    before AS (SELECT s.skey, s.article_id, s.quotes FROM agg_speaker_articles s
               JOIN touched USING (article_id)),
    after AS (SELECT {key} AS skey, q.article_id, count(*) AS quotes FROM quotes q
              JOIN touched USING (article_id) WHERE {key} IS NOT NULL GROUP BY 1, 2),
    diff AS (SELECT skey, article_id, f.quotes AS now,
                    coalesce(f.quotes, 0) - coalesce(b.quotes, 0) AS quotes,
                    (f.quotes IS NOT NULL)::int - (b.quotes IS NOT NULL)::int AS articles
             FROM before b FULL JOIN after f USING (skey, article_id)
             WHERE b.quotes IS DISTINCT FROM f.quotes),
    gone AS (DELETE FROM agg_speaker_articles s USING diff d
             WHERE d.now IS NULL AND s.skey = d.skey AND s.article_id = d.article_id),
    kept AS (INSERT INTO agg_speaker_articles AS s
             SELECT skey, article_id, now FROM diff WHERE now IS NOT NULL ORDER BY 1, 2
             ON CONFLICT (skey, article_id) DO UPDATE SET quotes = excluded.quotes),
    speakers AS (INSERT INTO agg_speakers AS s
             SELECT skey, CASE WHEN left(skey, 1) <> chr(31) THEN skey END,
                    CASE WHEN left(skey, 1) = chr(31) THEN substr(skey, 2) END,
                    sum(quotes), sum(articles) FROM diff GROUP BY skey ORDER BY skey
             ON CONFLICT (skey) DO UPDATE SET quotes = s.quotes + excluded.quotes,
                                              articles = s.articles + excluded.articles),
    days AS (INSERT INTO agg_days AS y
             SELECT d.skey, substr(a.date, 1, 10), sum(d.quotes), sum(d.articles)
             FROM diff d JOIN articles a ON a.id = d.article_id WHERE a.date IS NOT NULL
             GROUP BY 1, 2 ORDER BY 1, 2
             ON CONFLICT (skey, day) DO UPDATE SET quotes = y.quotes + excluded.quotes,
                                                   articles = y.articles + excluded.articles)
    INSERT INTO agg_pairs AS p
    SELECT a, b, sum(n) FROM (
        SELECT x.skey AS a, y.skey AS b, 1 AS n FROM after x JOIN after y
            ON y.article_id = x.article_id AND x.skey < y.skey COLLATE "C" WHERE {both}
        UNION ALL
        SELECT x.skey, y.skey, -1 FROM before x JOIN before y
            ON y.article_id = x.article_id AND x.skey < y.skey COLLATE "C" WHERE {both}
    ) changed GROUP BY a, b HAVING sum(n) <> 0 ORDER BY a, b
    ON CONFLICT (a, b) DO UPDATE SET articles = p.articles + excluded.articles;"""


def _cleanup(delta: str) -> str:
    """Drop the rows of the changed keys that counted down to nothing."""
    keys = f"(SELECT DISTINCT {_KEY.format(r='d')} AS skey FROM ({delta}) d) k"
    return f"""
    DELETE FROM agg_cube c USING ({delta}) d JOIN articles a ON a.id = d.article_id
    WHERE c.quotes <= 0 AND c.actor_id = coalesce(d.actor_id, '')
      AND c.speaker_name = coalesce(d.speaker_name, '') AND c.role = coalesce(d.role, '')
      AND c.outlet = coalesce(a.outlet, '') AND c.month = coalesce(substr(a.date, 1, 7), '')
      AND c.type = d.type;
    DELETE FROM agg_speakers s USING {keys} WHERE s.skey = k.skey AND s.quotes <= 0;
    DELETE FROM agg_days y USING {keys} WHERE y.skey = k.skey AND y.quotes <= 0;
    DELETE FROM agg_pairs p USING {keys} WHERE (p.a = k.skey OR p.b = k.skey)
      AND p.articles <= 0;"""


def _quote_function(event: str) -> str:
    delta = _DELTA[event]
    # Inserts only count up: nothing can reach 0, so they skip the cleanup.
    cleanup = "" if event == "insert" else _cleanup(delta)
    return f"""
CREATE FUNCTION wzw_agg_quotes_{event}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN {_cube(delta)} {_speakers(delta)} {cleanup}
    RETURN NULL;
END $$;"""


_TRANSITIONS = {"insert": "NEW TABLE AS new_quotes", "delete": "OLD TABLE AS old_quotes",
                "update": "OLD TABLE AS old_quotes NEW TABLE AS new_quotes"}

QUOTE_TRIGGERS = "".join(
    _quote_function(event) + f"""
CREATE TRIGGER agg_quotes_{event} AFTER {event.upper()} ON quotes
    REFERENCING {transitions} FOR EACH STATEMENT EXECUTE FUNCTION wzw_agg_quotes_{event}();"""
    for event, transitions in _TRANSITIONS.items())


def _article_moves() -> str:
    """Move an article's quotes from its old outlet, month and day to the new ones."""
    moves = "(VALUES (OLD.outlet, OLD.date, -1), (NEW.outlet, NEW.date, 1)) x(outlet, date, sign)"
    return f"""
    INSERT INTO agg_cube AS c
    SELECT coalesce(q.actor_id, ''), coalesce(q.speaker_name, ''), coalesce(q.role, ''),
           coalesce(x.outlet, ''), coalesce(substr(x.date, 1, 7), ''), q.type, sum(x.sign)
    FROM quotes q CROSS JOIN {moves} WHERE q.article_id = NEW.id
    GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(x.sign) <> 0 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ({_CUBE_KEY}) DO UPDATE SET quotes = c.quotes + excluded.quotes;
    INSERT INTO agg_days AS y
    SELECT s.skey, substr(x.date, 1, 10), sum(x.sign * s.quotes), sum(x.sign)
    FROM agg_speaker_articles s CROSS JOIN {moves}
    WHERE s.article_id = NEW.id AND x.date IS NOT NULL
    GROUP BY 1, 2 HAVING sum(x.sign) <> 0 ORDER BY 1, 2
    ON CONFLICT (skey, day) DO UPDATE SET quotes = y.quotes + excluded.quotes,
                                          articles = y.articles + excluded.articles;
    DELETE FROM agg_cube c USING quotes q WHERE q.article_id = NEW.id AND c.quotes <= 0
      AND c.actor_id = coalesce(q.actor_id, '') AND c.speaker_name = coalesce(q.speaker_name, '')
      AND c.role = coalesce(q.role, '') AND c.outlet = coalesce(OLD.outlet, '')
      AND c.month = coalesce(substr(OLD.date, 1, 7), '') AND c.type = q.type;
    DELETE FROM agg_days y USING agg_speaker_articles s
    WHERE s.article_id = NEW.id AND y.skey = s.skey AND y.quotes <= 0;"""


ARTICLE_TRIGGERS = f"""
CREATE FUNCTION wzw_agg_article_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM quotes WHERE article_id = OLD.id;
    RETURN OLD;
END $$;
CREATE TRIGGER agg_article_delete BEFORE DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION wzw_agg_article_delete();
CREATE FUNCTION wzw_agg_article_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN {_article_moves()}
    RETURN NULL;
END $$;
CREATE TRIGGER agg_article_move AFTER UPDATE OF outlet, date ON articles FOR EACH ROW
    WHEN (OLD.outlet IS DISTINCT FROM NEW.outlet OR OLD.date IS DISTINCT FROM NEW.date)
    EXECUTE FUNCTION wzw_agg_article_move();
"""

# Bulk fills, as aggregates._fill does on SQLite; agg_pairs from agg_speaker_articles
# (SQLite's pairs come from a trigger on that table, PostgreSQL's from the quote triggers).
_KEY_Q = _KEY.format(r="q")
FILL = f"""
INSERT INTO agg_cube
SELECT coalesce(q.actor_id, ''), coalesce(q.speaker_name, ''), coalesce(q.role, ''),
       coalesce(a.outlet, ''), coalesce(substr(a.date, 1, 7), ''), q.type, count(*)
FROM quotes q JOIN articles a ON a.id = q.article_id GROUP BY 1, 2, 3, 4, 5, 6;
INSERT INTO agg_speaker_articles
SELECT {_KEY_Q}, q.article_id, count(*) FROM quotes q WHERE {_KEY_Q} IS NOT NULL GROUP BY 1, 2;
INSERT INTO agg_speakers
SELECT skey, CASE WHEN left(skey, 1) <> chr(31) THEN skey END,
       CASE WHEN left(skey, 1) = chr(31) THEN substr(skey, 2) END, sum(quotes), count(*)
FROM agg_speaker_articles GROUP BY skey;
INSERT INTO agg_days
SELECT s.skey, substr(a.date, 1, 10), sum(s.quotes), count(*)
FROM agg_speaker_articles s JOIN articles a ON a.id = s.article_id
WHERE a.date IS NOT NULL GROUP BY 1, 2;
INSERT INTO agg_pairs
SELECT x.skey, y.skey, count(*) FROM agg_speaker_articles x JOIN agg_speaker_articles y
    ON y.article_id = x.article_id AND x.skey < y.skey COLLATE "C"
WHERE {_IS_ACTOR.format(k='x.skey')} AND {_IS_ACTOR.format(k='y.skey')} GROUP BY 1, 2;
"""

# A search without words lists the newest articles first with NULL dates last, as SQLite
# sorts them (its cursor, search.after_condition, expects that order). PostgreSQL puts NULL
# first in a DESC order, so the plain date index cannot serve it: this one can.
_DATE_INDEX = "CREATE INDEX articles_date_desc ON articles(date DESC NULLS LAST, id);\n"

# Migration 10 on PostgreSQL: the views of migration 9 become tables, counted once here.
MIGRATION = _DROP_VIEWS + TABLES + QUOTE_TRIGGERS + ARTICLE_TRIGGERS + FILL + _DATE_INDEX


def pause(conn: Any) -> None:
    """Stop counting inserted quotes until ``resume``, inside the caller's transaction (a
    bulk copy that calls ``rebuild`` before it commits). ALTER TABLE is transactional: a
    rollback or a killed writer leaves the trigger on. It needs the owner of ``quotes``
    (the user that created the schema, as ``wzw migrate``'s target open does)."""
    conn.execute("ALTER TABLE quotes DISABLE TRIGGER agg_quotes_insert")


def resume(conn: Any) -> None:
    """Count inserted quotes again (after ``pause``)."""
    conn.execute("ALTER TABLE quotes ENABLE TRIGGER agg_quotes_insert")


def rebuild(conn: Any) -> None:
    """Recount every aggregate table from the quotes, inside the caller's transaction."""
    from .pg import translated_errors

    with translated_errors():
        for table in aggregates.COUNTED:
            conn.raw.execute(f"DELETE FROM {table}")
        conn.raw.execute(FILL)
