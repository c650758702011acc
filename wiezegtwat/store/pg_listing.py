"""Quote search with words on PostgreSQL: SQLite's window, read from the GIN index.

As on SQLite (``search.py``, ``queries._word_search``), a search with words reads the
newest ``search.FACET_WINDOW`` matches (``ORDER BY rowid DESC LIMIT``: PostgreSQL walks
the key backwards and tests each row's tsvector, or collects the GIN index's matches and
keeps the newest, whichever its planner finds cheaper), applies the filters to those and
counts the total and the facets over them (``capped`` when the window is full). A window
that holds every match is ranked by ``ts_rank``, best first; a full one lists the most
recently stored first, and the pages past it are read from the whole match in that
order. Articles, actors and the match marks (``ts_headline``) are read for the page's
quotes only. The cursors are SQLite's (``search.cursor``).

A search without words is SQLite's too (``queries._listing``): counts from the
aggregate cube where the filters allow, else from the first FACET_WINDOW quotes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import pg_facets, pg_search, search

if TYPE_CHECKING:
    from .db import Store
    from .queries import QuoteFilters, SearchResult


# Rows of quotes_fts, newest first, that a search of several words tests before the
# planner may choose how to find its matches (see words_window). 10 windows: a phrase
# that one quote in ten holds fills the window there; testing them costs about 4 ms
# at any corpus size (bench/results/search_scale_pg.md).
NEWEST_SCAN = 10 * search.FACET_WINDOW
# What the window reads of each row of quotes_fts: its key, language and words, and the
# facet columns of its quote (migration 13, pg_facets.py).
_FTS_COLUMNS = "f.rowid, f.lang, f.tsv, " + ", ".join(f"f.{c}" for c in pg_facets.COLUMNS)
# search.WINDOW_COLUMNS from those (alias w) and the speaker's actor (ac).
_WINDOW_COLUMNS = "w.rowid, coalesce(ac.name, w.speaker_name), w.outlet, w.type, w.month"
# A tsquery text of one word (or prefix): PostgreSQL's estimate of its matches is good.
_ONE_TERM = re.compile(r"'\w+'(?::\*)?")


def words_window(conn: Any, tsquery: str, where: list[str], params: list[Any]) -> search.Counted:
    """The newest FACET_WINDOW quotes matching ``tsquery``, filtered, in page order.

    For one word the planner chooses well between walking the key backwards and
    collecting the GIN index's matches. For several words (a phrase, AND) it multiplies
    their frequencies as if they were independent, so it takes a common phrase for a rare
    one ("is te duur": 2,273 matches expected, 49,967 found in 400,000 quotes) and reads
    and sorts every match (40 ms) instead of the newest (4 ms). So such a search first
    tests the newest NEWEST_SCAN rows only: a full window found there is the answer (its
    matches are newer than any other); else the planner's way runs.
    """
    sources = ["quotes_fts f"]
    if not _ONE_TERM.fullmatch(tsquery):
        sources.insert(0, f"(SELECT {_FTS_COLUMNS} FROM quotes_fts f ORDER BY rowid DESC "
                          f"LIMIT {NEWEST_SCAN}) f")
    for source in sources:
        last = source is sources[-1]
        found, rows = _window(conn, source, tsquery, where, params, full_only=not last)
        if found >= search.FACET_WINDOW or last:
            break
    full = found >= search.FACET_WINDOW
    # Every match is in the window: ranked (only those) by ts_rank, as SQLite's by bm25.
    ranks = {} if full else {int(r[0]): float(r[6] or 0.0) for r in rows}
    return search.order_window(conn, rows, ranks, full=full)


def _window(conn: Any, source: str, tsquery: str, where: list[str], params: list[Any], *,
            full_only: bool) -> tuple[int, list[Any]]:
    """How many of the newest FACET_WINDOW matches ``source`` (alias f) holds, and the
    rows of those the filters keep: _WINDOW_COLUMNS (search.WINDOW_COLUMNS's values),
    that number, the ts_rank.

    One statement finds, ranks (a window that is not full) and joins the matches:
    sending the ids back to the server cost a round trip and 1 ms of Python a search.
    The facet columns come with the matches (pg_facets.py); quotes and articles are
    joined only for filters, which read their columns.
    full_only: a window that is not full is not joined (0 and no rows).
    """
    match, match_params = pg_search.match_condition(tsquery, "f")
    newest = (f"SELECT {_FTS_COLUMNS} FROM {source} WHERE {match} "
              "ORDER BY f.rowid DESC LIMIT ?")
    rank = "CASE WHEN w.found < ? THEN -ts_rank(w.tsv, to_tsquery(wzw_ts_config(w.lang), ?)) END"
    conditions = [*where, "w.found >= ?"] if full_only else where
    clause = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    tables = ("JOIN quotes q ON q.id = w.rowid JOIN articles a ON a.id = q.article_id "
              if where else "")
    sql = (f"SELECT {_WINDOW_COLUMNS}, w.found, {rank} FROM "
           f"(SELECT m.*, count(*) OVER () AS found FROM ({newest}) m) w "
           f"{tables}LEFT JOIN actors ac ON ac.id = w.actor_id {clause}")
    window = search.FACET_WINDOW
    rows = conn.execute(sql, [window, tsquery, *match_params, window, *params,
                              *([window] if full_only else [])]).fetchall()
    if rows or full_only:
        return (int(rows[0][5]) if rows else 0), rows
    # No row: no match, or the filters kept none of the window. How many did it hold?
    found = conn.execute(f"SELECT count(*) FROM ({newest}) m",
                         [*match_params, window]).fetchone()
    return (int(found[0]) if found else 0), rows


def word_search(store: Store, filters: QuoteFilters, *, limit: int, offset: int,
                after: str | None, mark: tuple[str, str]) -> SearchResult:
    """A search with words: order the window of matches, read the page's rows only."""
    from .queries import filter_where, window_page

    tsquery = pg_search.to_tsquery(filters.query or "")
    where, params = filter_where(store.conn, filters)
    counted = words_window(store.conn, tsquery, where, params)
    page = search.page_of(counted, offset=offset, limit=limit, after=after)
    if len(page) < limit and counted.window_full:
        rows = _past_window(store, tsquery, where, params, limit=limit, offset=offset,
                            after=after)
    else:
        rows = _page_rows(store, tsquery, page)
    return window_page(counted, rows, mark, limit)


def _columns() -> str:
    from .queries import _CLOSE, _OPEN, _PAGE_COLUMNS

    return f"{_PAGE_COLUMNS}, {pg_search.headline('f', _OPEN, _CLOSE)} AS marked"


def _page_rows(store: Store, tsquery: str,
               page: list[tuple[float, int]]) -> list[dict[str, Any]]:
    """The rows of the page's (rank, quote id), in that order, with their match marks."""
    if not page:
        return []
    listed, listed_params = search.id_list(store.conn, "q.id", [i for _, i in page])
    sql = (f"SELECT {_columns()} FROM quotes q {search.JOINS} "
           f"JOIN quotes_fts f ON f.rowid = q.id WHERE {listed}")
    found = {r["id"]: r for r in store.db.query(sql, [tsquery, *listed_params])}
    return [{**found[i], "rank": rank} for rank, i in page if i in found]


def _past_window(store: Store, tsquery: str, where: list[str], params: list[Any], *,
                 limit: int, offset: int, after: str | None) -> list[dict[str, Any]]:
    """A page of a search with more matches than the window: the whole match, most
    recently stored first, from the cursor (or ``offset`` rows into it)."""
    match, match_params = pg_search.match_condition(tsquery, "f")
    conditions, values = [match, *where], [*match_params, *params]
    if after is not None:
        conditions.append("q.id < ?")
        values.append(search.after_id(after))
    sql = (f"SELECT {_columns()}, NULL AS rank FROM quotes q {search.JOINS} "
           f"JOIN quotes_fts f ON f.rowid = q.id WHERE {' AND '.join(conditions)} "
           "ORDER BY q.id DESC LIMIT ? OFFSET ?")
    return list(store.db.query(sql, [tsquery, *values, limit, offset]))


def article_page(store: Store, query: str, *, limit: int,
                 offset: int) -> tuple[list[dict[str, Any]], int]:
    """A page of the articles matching ``query`` (no other filter), best first by
    ts_rank, then in ingestion order; and how many match.

    The same page and total as ranking the join of articles and matches, as
    ``queries.list_articles`` does with filters, but the matches are ranked and counted
    in articles_fts alone, and the page's articles only are read: joining first read
    every article (a common word in 100,000 articles: 143 ms a page, of which 45 for
    the count).
    """
    from .queries import ARTICLE_COLUMNS

    page, params = pg_search.article_ranks(query)
    sql = (f"SELECT {ARTICLE_COLUMNS}, {pg_search.ARTICLE_SNIPPET} AS snippet FROM {page} "
           "JOIN articles a ON a.rowid = articles_fts.rowid ORDER BY articles_fts.rank, a.rowid")
    rows = list(store.db.query(sql, [*params, limit, offset]))
    match, match_params = pg_search.match_condition(pg_search.to_tsquery(query), "f")
    # Every row of articles_fts has its article (a foreign key): no join to count.
    found = store.conn.execute(f"SELECT count(*) FROM articles_fts f WHERE {match}",
                               match_params).fetchone()
    return rows, int(found[0]) if found else 0
