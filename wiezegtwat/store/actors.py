"""Actor reads and writes of the store: counts, one actor's record, corrections.

The actor stage and the server ask these functions; SQL stays in ``store/``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..errors import QueryError
from . import aggregates
from .db import Store
from .filters import _escape_like

ActorSort = Literal["quotes", "articles", "name"]
ActorKind = Literal["person", "organisation", "other"]
ACTOR_SORTS: dict[str, str] = {
    "quotes": "quotes DESC, articles DESC, lower(ac.name), ac.id",
    "articles": "articles DESC, quotes DESC, lower(ac.name), ac.id",
    "name": "lower(ac.name), ac.id",
}
# Quotes and mentions per actor, counted once per query rather than once per row; the
# quotes from the aggregates (aggregates.py), mentions by the index on mentions(actor_id).
_COUNTED = (
    "WITH qc AS (SELECT actor_id, quotes, articles FROM agg_speakers "
    "WHERE actor_id IS NOT NULL), "
    "mc AS (SELECT actor_id, count(*) AS mentions FROM mentions WHERE actor_id IS NOT NULL "
    "GROUP BY actor_id) "
)
_FROM = ("FROM actors ac LEFT JOIN qc ON qc.actor_id = ac.id "
         "LEFT JOIN mc ON mc.actor_id = ac.id")


@dataclass
class ActorRow:
    """One actor of the actor list with its counts and most frequent roles."""

    id: str
    name: str
    type: str
    quotes: int
    articles: int  # articles that quote the actor
    mentions: int
    roles: list[str]


@dataclass
class TargetLink:
    """An actor at the other end of "talks about": with how many quotes."""

    actor_id: str
    name: str
    quotes: int


@dataclass
class ActorList:
    total: int
    hits: list[ActorRow]


def actor_counts(store: Store) -> dict[str, tuple[int, int, int]]:
    """actor id → (quotes, articles quoted in, mentions)."""
    quotes = {
        row[0]: (int(row[1]), int(row[2]))
        for row in store.conn.execute(
            "SELECT actor_id, quotes, articles FROM agg_speakers WHERE actor_id IS NOT NULL")
    }
    mentions = {
        row[0]: int(row[1])
        for row in store.conn.execute(
            "SELECT actor_id, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id"
        )
    }
    return {
        actor_id: (*quotes.get(actor_id, (0, 0)), mentions.get(actor_id, 0))
        for actor_id in {*quotes, *mentions}
    }


def actor_record(store: Store, actor_id: str) -> dict[str, Any] | None:
    """One actor with its spelling variants, roles and counts, or None when nobody has this id.

    An id that only quotes or quote targets carry (its actor row was never written)
    still answers, with the spelling it is quoted under, or talked about as, most.
    """
    row = store.conn.execute(
        "SELECT id, name, type, affiliation, country FROM actors WHERE id = ?", (actor_id,)
    ).fetchone()
    if row is None:
        named = store.conn.execute(
            "SELECT speaker_name FROM quotes WHERE actor_id = ? AND speaker_name IS NOT NULL "
            "GROUP BY speaker_name ORDER BY count(*) DESC LIMIT 1", (actor_id,)
        ).fetchone() or store.conn.execute(
            "SELECT text FROM quote_targets WHERE actor_id = ? "
            "GROUP BY text ORDER BY count(*) DESC, text LIMIT 1", (actor_id,)
        ).fetchone()
        if named is None:
            return None
        row = (actor_id, named[0], "person", None, None)
    variants = [v for (v,) in store.conn.execute(
        "SELECT variant FROM actor_variants WHERE actor_id = ? ORDER BY count DESC, variant",
        (actor_id,))]
    spoken = [v for (v,) in store.conn.execute(
        "SELECT speaker_name FROM agg_cube WHERE actor_id = ? AND speaker_name != '' "
        "GROUP BY speaker_name ORDER BY sum(quotes) DESC, speaker_name", (actor_id,))]
    roles = [{"title": t, "date": d, "article_id": a} for t, d, a in store.conn.execute(
        "SELECT title, date, article_id FROM actor_roles WHERE actor_id = ? "
        "ORDER BY coalesce(date, ''), title", (actor_id,))]
    quotes, articles = aggregates.speaker_totals(store.conn, actor_id)
    return {
        "id": row[0], "name": row[1], "type": row[2], "affiliation": row[3], "country": row[4],
        "variants": list(dict.fromkeys([*variants, *spoken])),
        "roles": roles,
        "counts": {"quotes": int(quotes), "articles": int(articles)},
    }


def rewrite_actors(store: Store, *, merged: Mapping[str, str], split: tuple[str, str, str] | None,
                   spellings: Mapping[str, list[str]]) -> None:
    """Apply an actor correction to the stored quotes and mentions, in one transaction.

    merged: merged-away id → the id it became (its quotes and mentions move there).
    split: (old id, new id, spelling): quotes under that spelling move to the new actor.
    spellings: actor id → the spellings it keeps (others are dropped).
    """
    with store.write() as conn:
        for old, new in merged.items():
            conn.execute("UPDATE quotes SET actor_id = ? WHERE actor_id = ?", (new, old))
            conn.execute("UPDATE mentions SET actor_id = ? WHERE actor_id = ?", (new, old))
            conn.execute("UPDATE quote_targets SET actor_id = ? WHERE actor_id = ?", (new, old))
            conn.execute("DELETE FROM actors WHERE id = ?", (old,))
        if merged:
            # A merge can make a quote's target its own speaker: no one talks about
            # themselves in this table.
            conn.execute("DELETE FROM quote_targets WHERE actor_id = "
                         "(SELECT q.actor_id FROM quotes q WHERE q.id = quote_targets.quote_id)")
        if split is not None:
            old_id, new_id, spelling = split
            conn.execute("UPDATE quotes SET actor_id = ? WHERE actor_id = ? AND speaker_name = ?",
                         (new_id, old_id, spelling))
        for actor_id, keep in spellings.items():
            marks = ", ".join("?" for _ in keep)
            conn.execute(
                f"DELETE FROM actor_variants WHERE actor_id = ? AND variant NOT IN ({marks})",
                (actor_id, *keep),
            )


def list_actors(
    store: Store,
    *,
    sort: ActorSort = "quotes",
    type: ActorKind | None = None,
    role: str | None = None,
    name: str | None = None,
    unquoted: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> ActorList:
    """The actors of the corpus, filtered, sorted and paged, with their counts.

    sort: quotes (most quoted first), articles (quoted in most articles first) or name.
    type: person, organisation, or other (groups, places: every other actor type).
    role: part of a role title the actor holds or was quoted under.
    name: part of the actor's name or of one of its spelling variants.
    unquoted: also list actors that are only mentioned, never quoted.
    """
    if sort not in ACTOR_SORTS:
        raise QueryError(f"actor sort {sort!r} is unknown; use one of {', '.join(ACTOR_SORTS)}")
    if limit < 0 or offset < 0:
        raise QueryError(f"limit ({limit}) and offset ({offset}) must be 0 or more")
    where, params = _actor_filters(type=type, role=role, name=name, unquoted=unquoted)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = int(store.conn.execute(f"{_COUNTED} SELECT count(*) {_FROM} {clause}",
                                   params).fetchone()[0])
    rows = store.conn.execute(
        f"{_COUNTED} SELECT ac.id, ac.name, ac.type, coalesce(qc.quotes, 0) AS quotes, "
        "coalesce(qc.articles, 0) AS articles, coalesce(mc.mentions, 0) AS mentions "
        f"{_FROM} {clause} ORDER BY {ACTOR_SORTS[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()
    roles = _roles(store, [r[0] for r in rows])
    hits = [ActorRow(id=r[0], name=r[1], type=r[2], quotes=int(r[3]), articles=int(r[4]),
                     mentions=int(r[5]), roles=roles.get(r[0], [])) for r in rows]
    return ActorList(total=total, hits=hits)


def _actor_filters(*, type: str | None, role: str | None, name: str | None,
                   unquoted: bool) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if not unquoted:
        where.append("coalesce(qc.quotes, 0) > 0")
    if type == "other":
        where.append("ac.type NOT IN ('person', 'organisation')")
    elif type in ("person", "organisation"):
        where.append("ac.type = ?")
        params.append(type)
    elif type is not None:
        raise QueryError(f"actor type {type!r} is unknown; use person, organisation or other")
    if role and role.strip():
        where.append(
            "(EXISTS (SELECT 1 FROM actor_roles r WHERE r.actor_id = ac.id "
            "AND r.title LIKE ? ESCAPE '\\') OR EXISTS (SELECT 1 FROM quotes rq "
            "WHERE rq.actor_id = ac.id AND rq.role LIKE ? ESCAPE '\\'))")
        params += [_like(role)] * 2
    if name and name.strip():
        where.append(
            "(ac.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM actor_variants v "
            "WHERE v.actor_id = ac.id AND v.variant LIKE ? ESCAPE '\\'))")
        params += [_like(name)] * 2
    return where, params


def _like(value: str) -> str:
    """A LIKE pattern for a part of a value; its own % and _ match themselves."""
    return f"%{_escape_like(value.strip())}%"


def _roles(store: Store, actor_ids: list[str]) -> dict[str, list[str]]:
    """actor id → role titles, the most frequent first (actor roles, then quoted roles)."""
    if not actor_ids:
        return {}
    marks = ", ".join("?" for _ in actor_ids)
    counts: dict[str, Counter[str]] = {}
    for sql in (f"SELECT actor_id, title FROM actor_roles WHERE actor_id IN ({marks})",
                f"SELECT actor_id, role, sum(quotes) FROM agg_cube WHERE role != '' "
                f"AND actor_id IN ({marks}) GROUP BY 1, 2"):
        for actor_id, title, *n in store.conn.execute(sql, actor_ids):
            counts.setdefault(actor_id, Counter())[title] += int(n[0]) if n else 1
    return {a: [t for t, _ in sorted(c.items(), key=lambda i: (-i[1], i[0]))]
            for a, c in counts.items()}


# Most-targeted actors first; ties by name so the list is stable.
_TALKS_ABOUT = (
    "SELECT t.actor_id, coalesce(min(ta.name), min(t.text)) AS name, count(DISTINCT q.id) AS n "
    "FROM quotes q JOIN quote_targets t ON t.quote_id = q.id "
    "LEFT JOIN actors ta ON ta.id = t.actor_id WHERE q.actor_id = ? "
    "GROUP BY t.actor_id ORDER BY n DESC, lower(coalesce(min(ta.name), min(t.text))), "
    "t.actor_id LIMIT ?"
)
_TALKED_ABOUT_BY = (
    "SELECT q.actor_id, coalesce(min(ac.name), min(q.speaker_name)) AS name, "
    "count(DISTINCT q.id) AS n FROM quote_targets t JOIN quotes q ON q.id = t.quote_id "
    "LEFT JOIN actors ac ON ac.id = q.actor_id WHERE t.actor_id = ? AND q.actor_id IS NOT NULL "
    "GROUP BY q.actor_id ORDER BY n DESC, lower(coalesce(min(ac.name), min(q.speaker_name))), "
    "q.actor_id LIMIT ?"
)


def talks_about(store: Store, actor_id: str, *, limit: int = 20) -> list[TargetLink]:
    """Whom the actor's quotes talk about most: the targets of its quotes, by quotes."""
    return _links(store, _TALKS_ABOUT, actor_id, limit)


def talked_about_by(store: Store, actor_id: str, *, limit: int = 20) -> list[TargetLink]:
    """Who talks about the actor most: the speakers of quotes that target it, by quotes."""
    return _links(store, _TALKED_ABOUT_BY, actor_id, limit)


def _links(store: Store, sql: str, actor_id: str, limit: int) -> list[TargetLink]:
    if limit < 0:
        raise QueryError(f"limit ({limit}) must be 0 or more")
    return [TargetLink(actor_id=a, name=name, quotes=int(n))
            for a, name, n in store.conn.execute(sql, (actor_id, limit))]
