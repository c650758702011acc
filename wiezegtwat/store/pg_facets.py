"""The facet columns of PostgreSQL's quote search index (migration 13).

A search with words counts its facets over a window of the newest 2,000 matches
(``pg_listing``). Reading those matches from ``quotes_fts`` is quick (3 ms at 400,000
quotes); looking each one up in ``quotes`` and ``articles`` for its speaker, type,
outlet and month took three times as long again (two index descents per match, the
article's by a text key), and was most of PostgreSQL's time per search under load
(bench/results/search_scale_pg.md). So each row of ``quotes_fts`` also holds what the
facets read: the quote's ``actor_id``, ``speaker_name`` and ``type``, its article's
``outlet`` and the ``month`` of its date (``substr(date, 1, 7)``, as SQLite's facets
compute it). A window without filters reads them with its matches, and joins only the
actors (120 rows, looked up once each).

They are copies, kept right by triggers in the writer's transaction: the search index's
own trigger fills them when a quote is written, one on ``quotes`` when a quote's
speaker, actor, type or article changes (quote corrections, actor merges and splits),
one on ``articles`` when an article's outlet or date changes. The speaker's actor is
stored by id, so a renamed actor needs nothing. ``expected(conn)`` recounts them from
the tables for the tests.

SQLite's FTS5 index has no such columns (its window reads the tables by rowid, which is
quicker there): migration 13 changes nothing on SQLite.
"""

from __future__ import annotations

from typing import Any

COLUMNS = ("actor_id", "speaker_name", "type", "outlet", "month")

# The facet values of quote NEW from article a (a.outlet, a.date).
_VALUES = "NEW.actor_id, NEW.speaker_name, NEW.type, a.outlet, substr(a.date, 1, 7)"
_NAMES = ", ".join(COLUMNS)
_SET = ", ".join(f"{c} = excluded.{c}" for c in ("lang", "tsv", *COLUMNS))
_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}"
                       for c in ("actor_id", "speaker_name", "type", "article_id"))

MIGRATION = f"""
ALTER TABLE quotes_fts ADD COLUMN actor_id TEXT, ADD COLUMN speaker_name TEXT,
    ADD COLUMN type TEXT, ADD COLUMN outlet TEXT, ADD COLUMN month TEXT;

CREATE OR REPLACE FUNCTION wzw_quotes_fts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quotes_fts(rowid, lang, tsv, {_NAMES})
    SELECT NEW.id, wzw_ts_lang(a.lang), to_tsvector(wzw_ts_config(a.lang), NEW.text),
           {_VALUES}
    FROM articles a WHERE a.id = NEW.article_id
    ON CONFLICT (rowid) DO UPDATE SET {_SET};
    RETURN NEW;
END $$;

CREATE FUNCTION wzw_quotes_fts_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quotes_fts f SET ({_NAMES}) = ({_VALUES})
    FROM articles a WHERE f.rowid = NEW.id AND a.id = NEW.article_id;
    RETURN NEW;
END $$;
CREATE TRIGGER quotes_fts_facets AFTER UPDATE OF actor_id, speaker_name, type, article_id
    ON quotes FOR EACH ROW WHEN ({_CHANGED}) EXECUTE FUNCTION wzw_quotes_fts_facets();

CREATE FUNCTION wzw_articles_quote_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quotes_fts f SET outlet = NEW.outlet, month = substr(NEW.date, 1, 7)
    FROM quotes q WHERE q.article_id = NEW.id AND f.rowid = q.id;
    RETURN NEW;
END $$;
CREATE TRIGGER articles_quote_facets AFTER UPDATE OF outlet, date ON articles FOR EACH ROW
    WHEN (OLD.outlet IS DISTINCT FROM NEW.outlet OR OLD.date IS DISTINCT FROM NEW.date)
    EXECUTE FUNCTION wzw_articles_quote_facets();

UPDATE quotes_fts f SET ({_NAMES}) =
    (q.actor_id, q.speaker_name, q.type, a.outlet, substr(a.date, 1, 7))
FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.id = f.rowid;
"""

# What the columns should hold, by quote id, from the tables themselves.
_EXPECTED = ("SELECT q.id, q.actor_id, q.speaker_name, q.type, a.outlet, substr(a.date, 1, 7) "
             "FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY q.id")
_STORED = f"SELECT rowid, {_NAMES} FROM quotes_fts ORDER BY rowid"


def expected(conn: Any) -> list[tuple[Any, ...]]:
    """(quote id, *COLUMNS) of every quote, read from quotes and articles."""
    return [tuple(r) for r in conn.execute(_EXPECTED).fetchall()]


def stored(conn: Any) -> list[tuple[Any, ...]]:
    """(quote id, *COLUMNS) of every row of quotes_fts, as the triggers keep them."""
    return [tuple(r) for r in conn.execute(_STORED).fetchall()]
