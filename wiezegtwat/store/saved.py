"""Saved searches: a name and the query string of the search page's URL.

The URL already holds every filter of a search, so a saved search is that query string:
reopening one is following ``/search?<query>``, and sharing one is sharing that link.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode

from wiezegtwat.errors import QueryError

from .db import Store

# The parameters of the search page (serve/web.py search_page); anything else in a posted
# query string is dropped, so a saved search cannot smuggle other parameters into links.
SEARCH_PARAMS = ("q", "field", "speaker", "about", "actor_id", "outlet", "since", "until",
                 "type", "article_lang", "by")
MAX_NAME_CHARS = 200  # a title, not a text
MAX_QUERY_CHARS = 2_000  # every filter at its own limit (serve/params.py) fits


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str  # the search page's query string, without "?"
    created_at: str


def clean_query(query: str) -> str:
    """The search parameters of a query string, in a fixed order, empty ones left out."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the search is {len(query):,} characters long, over the limit of "
                         f"{MAX_QUERY_CHARS:,}; save a shorter one")
    pairs = dict(parse_qsl(query.removeprefix("?")))
    return urlencode([(k, pairs[k]) for k in SEARCH_PARAMS if pairs.get(k, "").strip()])


def save_search(store: Store, name: str, query: str) -> SavedSearch:
    """Store a named search; ``query`` is the query string of its URL (cleaned first)."""
    title = " ".join(name.split())
    if not title or len(title) > MAX_NAME_CHARS:
        raise QueryError(f"give the search a name of 1 to {MAX_NAME_CHARS} characters")
    cleaned = clean_query(query)
    created = datetime.now(UTC).isoformat(timespec="seconds")
    with store.write() as conn:
        cursor = conn.execute(
            "INSERT INTO saved_searches(name, query, created_at) VALUES (?, ?, ?)",
            (title, cleaned, created))
    return SavedSearch(id=int(cursor.lastrowid or 0), name=title, query=cleaned,
                       created_at=created)


def saved_searches(store: Store) -> list[SavedSearch]:
    """Every saved search, newest first."""
    return [SavedSearch(id=int(i), name=n, query=q, created_at=c) for i, n, q, c in
            store.conn.execute("SELECT id, name, query, created_at FROM saved_searches "
                               "ORDER BY created_at DESC, id DESC")]


def delete_search(store: Store, id: int) -> bool:
    """Delete a saved search; False when there was none with this id."""
    with store.write() as conn:
        cursor = conn.execute("DELETE FROM saved_searches WHERE id = ?", (id,))
    return cursor.rowcount > 0
