"""Actor reads and writes of the store: counts, one actor's record, corrections.

The actor stage and the server ask these functions; SQL stays in ``store/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .db import Store


def actor_counts(store: Store) -> dict[str, tuple[int, int, int]]:
    """actor id → (quotes, articles quoted in, mentions)."""
    quotes = {
        row[0]: (int(row[1]), int(row[2]))
        for row in store.conn.execute(
            "SELECT actor_id, count(*), count(DISTINCT article_id) FROM quotes "
            "WHERE actor_id IS NOT NULL GROUP BY actor_id"
        )
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

    An id that only quotes carry (its actor row was never written) still answers, with
    the spelling it is quoted under most.
    """
    row = store.conn.execute(
        "SELECT id, name, type, affiliation, country FROM actors WHERE id = ?", (actor_id,)
    ).fetchone()
    if row is None:
        named = store.conn.execute(
            "SELECT speaker_name FROM quotes WHERE actor_id = ? AND speaker_name IS NOT NULL "
            "GROUP BY speaker_name ORDER BY count(*) DESC LIMIT 1", (actor_id,)
        ).fetchone()
        if named is None:
            return None
        row = (actor_id, named[0], "person", None, None)
    variants = [v for (v,) in store.conn.execute(
        "SELECT variant FROM actor_variants WHERE actor_id = ? ORDER BY count DESC, variant",
        (actor_id,))]
    spoken = [v for (v,) in store.conn.execute(
        "SELECT speaker_name FROM quotes WHERE actor_id = ? AND speaker_name IS NOT NULL "
        "GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name", (actor_id,))]
    roles = [{"title": t, "date": d, "article_id": a} for t, d, a in store.conn.execute(
        "SELECT title, date, article_id FROM actor_roles WHERE actor_id = ? "
        "ORDER BY coalesce(date, ''), title", (actor_id,))]
    quotes, articles = store.conn.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM quotes WHERE actor_id = ?", (actor_id,)
    ).fetchone()
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
            conn.execute("DELETE FROM actors WHERE id = ?", (old,))
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
