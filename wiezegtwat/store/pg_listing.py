"""Quote search on PostgreSQL: one ranked query, its count and its facets.

SQLite's search (``queries._word_search`` / ``_listing``) reads a window of matches
from the FTS5 index and counts from the aggregate tables of migration 9. PostgreSQL
plans a GIN-indexed tsvector match, its count and the facet GROUP BYs itself, so it
runs the whole query, as the store did before migration 9 (``docs/store.md``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING

from . import pg_search, targets

if TYPE_CHECKING:
    from .db import Store
    from .queries import Facet, QuoteFilters, SearchResult

_FACETS = {
    "speaker": "coalesce(ac.name, q.speaker_name)",
    "outlet": "a.outlet",
    "type": "q.type",
    "month": "substr(a.date, 1, 7)",
}


def search(store: Store, filters: QuoteFilters, *, limit: int, offset: int,
           mark: tuple[str, str], after: str | None = None) -> SearchResult:
    """The page of hits, the exact total and the facets of ``filters`` on PostgreSQL.

    Counts are exact here (never ``capped``). ``after`` pages on from the cursor of the
    previous page: the offset it reached, with the search it belongs to."""
    from .queries import _CLOSE, _OPEN, SearchResult, _hit, quote_source, search_order

    if after is not None:
        offset += _after_offset(after, filters)
    source, clause, params = quote_source(store.conn, filters)
    searching = filters.query is not None and bool(filters.query.strip())
    marked = pg_search.marked_quote(_OPEN, _CLOSE) if searching else "q.text"
    sql = (f"SELECT q.*, ac.name AS actor_name, a.title, a.outlet, a.date, a.url, a.lang, "
           f"{marked} AS marked FROM {source} {clause} ORDER BY {search_order(filters)} "
           "LIMIT ? OFFSET ?")
    rows = list(store.db.query(sql, [*params, limit, offset]))
    total = int(store.conn.execute(f"SELECT count(*) FROM {source} {clause}", params).fetchone()[0])
    following = offset + len(rows)
    return SearchResult(total=total, hits=[_hit(r, mark) for r in rows],
                        facets=_facets(store, source, clause, params),
                        next_after=_cursor(filters, following) if rows and following < total else None)


def _identity(filters: QuoteFilters) -> str:
    return hashlib.sha256(repr(dataclasses.astuple(filters)).encode()).hexdigest()[:12]


def _cursor(filters: QuoteFilters, offset: int) -> str:
    return json.dumps(["o", _identity(filters), offset])


def _after_offset(after: str, filters: QuoteFilters) -> int:
    from ..errors import QueryError

    try:
        kind, identity, offset = json.loads(after)
        if kind != "o" or identity != _identity(filters) or not isinstance(offset, int) or offset < 0:
            raise ValueError(after)
    except (ValueError, TypeError) as e:
        raise QueryError(f"after={after!r} is not a cursor of this search; pass the "
                         "next_after of the previous page, or use offset") from e
    return offset


def _facets(store: Store, source: str, clause: str, params: list[object]) -> dict[str, list[Facet]]:
    from .queries import FACET_SIZE, Facet

    facets: dict[str, list[Facet]] = {}
    for name, expr in _FACETS.items():
        sql = (f"SELECT {expr} AS value, count(*) AS n FROM {source} {clause} "
               f"GROUP BY value ORDER BY n DESC, value LIMIT {FACET_SIZE}")
        facets[name] = [Facet(value=v, count=int(n)) for v, n in store.conn.execute(sql, params)]
    about = targets.about_facet_sql(source, clause, FACET_SIZE)
    facets["about"] = [Facet(value=v, count=int(n)) for v, n in store.conn.execute(about, params)]
    return facets
