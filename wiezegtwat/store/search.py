"""How ``search_quotes`` finds a page, a total and facets at a cost that follows the page.

Two ways to count, chosen per search:

* the aggregate cube (``aggregates.py``): exact totals and facets for a search without
  words whose filters the cube knows (speaker, actor, outlet, type, whole months);
* a window: the first FACET_WINDOW matches (of the words: the most recently stored,
  straight from the full-text index), filtered; counts over it are exact when it holds
  every match, else lower bounds (``capped``), which the UI and API show as "≥". A window
  that holds every match is ranked by bm25; a full one lists the most recently stored
  first (see ``words_window``).

Rows of articles and actors are joined for the window's (or the page's) quotes only.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from .pg_search import is_postgres

# Matches a search looks at to count (and rank) when the words match more quotes: reading
# and counting 2,000 takes about 20 ms at any corpus size (bench/results/search_scale.md);
# all matches of a common word in 1M articles take seconds.
FACET_WINDOW = 2_000
# A search without words is ordered by date by walking the date index when at least this
# many quotes match (a page is found after a few hundred rows); fewer are sorted.
DATE_WALK_MIN = 5_000

FACET_EXPRESSIONS = {
    "speaker": "coalesce(ac.name, q.speaker_name)",
    "outlet": "a.outlet",
    "type": "q.type",
    "month": "substr(a.date, 1, 7)",
}
_CUBE_FACETS = {
    "speaker": "coalesce(ac.name, nullif(c.speaker_name, ''))",
    "outlet": "nullif(c.outlet, '')",
    "type": "c.type",
    "month": "nullif(c.month, '')",
}
FACET_SIZE = 20  # as queries.FACET_SIZE: values per facet
# A window's row: the quote id, then the values of FACET_EXPRESSIONS in their order.
WINDOW_COLUMNS = "q.id, coalesce(ac.name, q.speaker_name), a.outlet, q.type, substr(a.date, 1, 7)"
JOINS = "JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.actor_id"


@dataclass
class Counted:
    """What a search found, before the page's rows are read."""

    total: int
    capped: bool  # total (and facets) count the window only: at least this many
    facets: dict[str, Counter[Any]]
    capped_facets: list[str]
    ids: list[int]  # the window's quote ids, best match first for a search with words
    window_full: bool
    ranks: list[float] = field(default_factory=list)  # bm25 of each of ``ids`` (words only)


def words_window(conn: sqlite3.Connection, expression: str, where: list[str],
                 params: list[Any]) -> Counted:
    """The newest FACET_WINDOW quotes matching the words, filtered, in page order.

    All matches fit in the window: best match (bm25) first. More match: the most recently
    stored first (the full-text index's own order, so that the pages past the window
    follow on cheaply), and no bm25 at all, because bm25 counts every match of each
    phrase (its IDF): tens of milliseconds per 100,000 matches, each search.
    """
    match = f"text : ({expression})"
    # Each evaluation of a prefix costs ~10 ms in 1M articles (the words it stands for are
    # looked up in every index segment), so the match is read as few times as can be.
    ids = [r[0] for r in conn.execute(
        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        [match, FACET_WINDOW])]
    ranks: dict[int, float] = {}
    if len(ids) < FACET_WINDOW:
        ranks = dict(conn.execute("SELECT rowid, rank FROM quotes_fts WHERE quotes_fts MATCH ?",
                                  [match]).fetchall())
    return rank_window(conn, ids, ranks, where, params)


def rank_window(conn: sqlite3.Connection, ids: list[int], ranks: dict[int, float],
                where: list[str], params: list[Any]) -> Counted:
    """Count and order a window of matching quote ids (newest first, at most FACET_WINDOW)
    under the filters; ``ranks`` (lower is better) order a window that holds every match.

    Shared by SQLite's and PostgreSQL's word searches: only finding the ids differs.
    """
    clause = ("AND " + " AND ".join(where)) if where else ""
    listed, listed_params = id_list(conn, "q.id", ids)
    sql = f"SELECT {WINDOW_COLUMNS} FROM quotes q {JOINS} WHERE {listed} {clause}"
    rows = conn.execute(sql, [*listed_params, *params]).fetchall()
    return order_window(conn, rows, ranks, full=len(ids) >= FACET_WINDOW)


def order_window(conn: sqlite3.Connection, rows: list[Any], ranks: dict[int, float], *,
                 full: bool) -> Counted:
    """Count and order the window's rows (``WINDOW_COLUMNS`` first, by quote id): most
    recently stored first when the window is ``full``, else by ``ranks``."""
    if full:
        rows.sort(key=itemgetter(0), reverse=True)  # most recently stored first
        order = [float(i) for i in range(len(rows))]
    else:
        # bm25 rank (lower is better), then id
        rows.sort(key=lambda r: (ranks.get(r[0], 0.0), r[0]))
        order = [float(ranks.get(r[0], 0.0)) for r in rows]
    counted = _counted(conn, rows, capped=full, window_full=full)
    counted.ranks = order
    return counted


def filter_window(conn: sqlite3.Connection, where: list[str], params: list[Any], *,
                  about_only: bool = False) -> Counted:
    """The first FACET_WINDOW quotes the filters select, in no particular order.

    about_only: read the quote ids only (the cube counts the rest).
    """
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    columns = "q.id" if about_only else WINDOW_COLUMNS
    sql = f"SELECT {columns} FROM quotes q {JOINS} {clause} LIMIT ?"
    rows = conn.execute(sql, [*params, FACET_WINDOW]).fetchall()
    full = len(rows) >= FACET_WINDOW
    if about_only:
        ids = [int(r[0]) for r in rows]
        return Counted(total=len(ids), capped=full, facets={"about": about_counts(conn, ids)},
                       capped_facets=[], ids=ids, window_full=full)
    return _counted(conn, rows, capped=full, window_full=full)


def _counted(conn: sqlite3.Connection, rows: list[Any], *, capped: bool,
             window_full: bool) -> Counted:
    # Column by column (Counter counts an iterable in C): a Python loop over the rows
    # took ~1 ms of a search's ~15 for a full window.
    columns = list(zip(*rows, strict=True)) or [()] * 5
    # FACET_EXPRESSIONS's order is that of columns 1-4 of the window's rows.
    facets: dict[str, Counter[Any]] = {name: Counter(columns[i]) for i, name in
                                       enumerate(FACET_EXPRESSIONS, 1)}
    ids = list(map(int, columns[0]))
    facets["about"] = about_counts(conn, ids)
    capped_facets = list(facets) if capped else []
    return Counted(total=len(rows), capped=capped, facets=facets, capped_facets=capped_facets,
                   ids=ids, window_full=window_full)


def about_counts(conn: sqlite3.Connection, ids: list[int]) -> Counter[Any]:
    """Quotes per target (its actor's name, else the mention's text) among ``ids``."""
    if not ids:
        return Counter()
    listed, listed_params = id_list(conn, "t.quote_id", ids)
    rows = conn.execute(
        "SELECT coalesce(min(ta.name), min(t.text)), count(DISTINCT t.quote_id) "
        "FROM quote_targets t "
        f"LEFT JOIN actors ta ON ta.id = t.actor_id WHERE {listed} GROUP BY t.actor_id",
        listed_params)
    counts: Counter[Any] = Counter()
    for name, n in rows:
        counts[name] += int(n)
    return counts


def id_list(conn: sqlite3.Connection, column: str, ids: list[int]) -> tuple[str, list[Any]]:
    """``column`` is one of ``ids``, as SQL with one parameter: a JSON array that SQLite's
    json_each reads, or a PostgreSQL array, so the statement text stays the same for any
    number of ids.

    On PostgreSQL ``IN (SELECT unnest(…))`` rather than ``= ANY(…)``: given the array,
    the planner knows 2,000 ids and hashes the whole articles table to join them (36 ms
    at 100,000 articles); unnest it estimates at 200 and looks each article up (10 ms).
    The array goes as the text of an array literal: psycopg's list adapter checks every
    element (about 1 ms for 2,000 ids).
    """
    if is_postgres(conn):
        literal = "{" + ",".join(str(int(i)) for i in ids) + "}"
        return f"{column} IN (SELECT unnest(?::bigint[]))", [literal]
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(ids)]


def page_of(counted: Counted, *, offset: int, limit: int,
            after: str | None) -> list[tuple[float, int]]:
    """The (rank, quote id) of a word search's page within its window, from ``after``."""
    ranked = list(zip(counted.ranks, counted.ids, strict=True))
    if after is not None and not counted.window_full:
        ranked = [r for r in ranked if r > after_rank(after)]
    elif after is not None:
        ranked = [r for r in ranked if r[1] < after_id(after)]
    return ranked[offset:offset + limit]


def cube_counts(conn: sqlite3.Connection, where: list[str], params: list[Any],
                window: Counted) -> Counted:
    """Exact total and facets from the aggregate cube; the about facet from a window.

    where/params: conditions on the cube's columns (see ``aggregates.cube_filters``).
    """
    facets = _cube_selected(conn, where, params) if where else _cube_scans(conn)
    # Quote types are few (three), far under FACET_SIZE: the type facet holds every quote.
    total = sum(facets["type"].values())
    facets["about"] = window.facets["about"]
    return Counted(total=total, capped=False, facets=facets,
                   capped_facets=["about"] if window.window_full else [], ids=[],
                   window_full=window.window_full)


def _cube_selected(conn: sqlite3.Connection, where: list[str],
                   params: list[Any]) -> dict[str, Counter[Any]]:
    """The facets of the cube rows the filters select, in one statement: those rows are
    read once and each facet groups them (a statement per facet read the cube four times:
    13 against 9 ms on SQLite, 19 against 14 on PostgreSQL, at 100,000 articles)."""
    columns = ", ".join(f"{expression} AS {name}" for name, expression in _CUBE_FACETS.items())
    tops = " UNION ALL ".join(
        f"SELECT * FROM (SELECT '{name}' AS facet, {name} AS value, sum(quotes) AS n "
        f"FROM selected GROUP BY {name} ORDER BY n DESC, value LIMIT {int(FACET_SIZE)}) "
        f"AS top_{name}" for name in _CUBE_FACETS)
    sql = (f"WITH selected AS MATERIALIZED (SELECT {columns}, c.quotes AS quotes FROM agg_cube c "
           f"LEFT JOIN actors ac ON ac.id = nullif(c.actor_id, '') "
           f"WHERE {' AND '.join(where)}) {tops}")
    facets: dict[str, Counter[Any]] = {name: Counter() for name in _CUBE_FACETS}
    for name, value, n in conn.execute(sql, params):
        facets[name][value] = int(n)
    return facets


def _cube_scans(conn: sqlite3.Connection) -> dict[str, Counter[Any]]:
    """The facets of the whole cube, a statement per facet: copying every row of the cube
    once to group it four times costs more than four scans (26 against 21 ms on SQLite)."""
    facets: dict[str, Counter[Any]] = {}
    for name, expression in _CUBE_FACETS.items():
        # The actor's name is needed for the speaker facet only: the join costs as much
        # as the sum.
        source = ("agg_cube c LEFT JOIN actors ac ON ac.id = nullif(c.actor_id, '')"
                  if "ac." in expression else "agg_cube c")
        facets[name] = Counter({value: int(n) for value, n in conn.execute(
            f"SELECT {expression} AS value, sum(c.quotes) AS n FROM {source} GROUP BY value "
            f"ORDER BY n DESC, value LIMIT {int(FACET_SIZE)}")})
    return facets


def top(counts: Counter[Any], size: int) -> list[tuple[Any, int]]:
    """The ``size`` most frequent values, ties by value."""
    # SQL's ORDER BY n DESC, value: NULL before any text.
    return sorted(counts.items(), key=lambda item: (-item[1], item[0] is not None,
                                                    item[0] or ""))[:size]


def cursor(row: dict[str, Any], *, order: str, rank: float | None = None) -> str:
    """The keyset cursor after ``row``: pass it as ``after`` for the next page.

    order: "w" best match first, "i" most recently stored first, "d" newest article first.
    """
    if order == "w":
        return json.dumps(["w", rank, row["id"]])
    if order == "i":
        return json.dumps(["i", row["id"]])
    return json.dumps(["d", row["date"], row["article_id"], row["n"]])


def after_id(after: str) -> int:
    """The quote id of a cursor of a capped search with words (most recent first)."""
    return int(_decode(after, "i", 2)[1])


def after_condition(after: str) -> tuple[str, list[Any]]:
    """The WHERE part that starts a date-ordered page after the cursor ``after``."""
    kind, day, article_id, n = _decode(after, "d", 4)
    if day is None:
        return "(a.date IS NULL AND (q.article_id, q.n) > (?, ?))", [article_id, n]
    return ("(a.date < ? OR a.date IS NULL OR (a.date = ? AND (q.article_id, q.n) > (?, ?)))",
            [day, day, article_id, n])


def after_rank(after: str) -> tuple[float, int]:
    """(rank, quote id) of a cursor of a search with words."""
    _, rank, quote_id = _decode(after, "w", 3)
    return float(rank), int(quote_id)


def _decode(after: str, kind: str, size: int) -> list[Any]:
    from ..errors import QueryError

    try:
        value = json.loads(after)
        if not isinstance(value, list) or len(value) != size or value[0] != kind:
            raise ValueError(after)
    except ValueError as e:
        raise QueryError(f"after={after!r} is not a cursor of this search; pass the "
                         "next_after of the previous page, or use offset") from e
    return value


def cube_filters(*, speaker: str | None, actor_id: str | None, outlet: str | None,
                 type: str | None, months: tuple[str | None, str | None]
                 ) -> tuple[list[str], list[Any]]:
    """Conditions on the cube (alias ``c``, actor ``ac``) that select what the quote
    filters with the same values select (see queries._quote_filters)."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append("(c.speaker_name LIKE ? ESCAPE '\\' OR ac.name LIKE ? ESCAPE '\\')")
        params += [speaker] * 2
    if actor_id:
        where.append("c.actor_id = ?")
        params.append(actor_id)
    if outlet:
        where.append("lower(c.outlet) = lower(?)")
        params.append(outlet)
    if type:
        where.append("c.type = ?")
        params.append(type)
    since, until = months
    if since:
        where.append("c.month >= ? AND c.month != ''")
        params.append(since)
    if until:
        where.append("c.month < ? AND c.month != ''")
        params.append(until)
    return where, params

