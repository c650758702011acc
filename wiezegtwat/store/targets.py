"""Quote targets: who a quote talks about (the ``quote_targets`` table).

A target is a mention inside the quote's span that is linked to an actor of type
person or organisation, other than the quote's own speaker. The writer fills the
table in the article's transaction; migration 6 backfilled older corpora.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

# The type of a mention whose actor row was never written, from the tagger's label.
_MENTION_TYPE = "CASE m.label WHEN 'PER' THEN 'person' WHEN 'ORG' THEN 'organisation' END"

# Only persons and organisations are targets: places and groups ("omwonenden") are not
# whom the question "who talks about whom" asks after.
_FILL = (
    'INSERT OR IGNORE INTO quote_targets(quote_id, article_id, mention_n, start, "end", text, '
    "actor_id) "
    'SELECT q.id, m.article_id, m.n, m.start, m."end", m.text, m.actor_id FROM quotes q '
    'JOIN mentions m ON m.article_id = q.article_id AND m.start >= q.start AND m."end" <= q."end" '
    'AND m."end" > m.start '
    "LEFT JOIN actors ta ON ta.id = m.actor_id "
    "WHERE q.article_id = ? AND m.actor_id IS NOT NULL "
    "AND (q.actor_id IS NULL OR q.actor_id <> m.actor_id) "
    f"AND coalesce(ta.type, {_MENTION_TYPE}) IN ('person', 'organisation')"
)


def fill_targets(conn: sqlite3.Connection, article_id: str) -> None:
    """(Re)write the targets of one stored article's quotes from its stored mentions.

    Runs inside the writer's transaction, after the quotes and mentions are in. It
    replaces what was there, so it can run again whenever the article's quotes change
    (a quote moved or given another speaker by a manual correction).
    """
    conn.execute("DELETE FROM quote_targets WHERE quote_id IN "
                 "(SELECT id FROM quotes WHERE article_id = ?)", (article_id,))
    conn.execute(_FILL, (article_id,))


# -- about= ------------------------------------------------------------------------------

# The actors ``about`` names: part of the name or of a spelling, or the id itself (also an
# id without an actor row). Uncorrelated, so SQLite runs it once and then walks the
# quote_targets(actor_id) index instead of testing every quote's targets.
_ABOUT_ACTORS = (
    "SELECT ac.id FROM actors ac WHERE ac.name LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 "
    "FROM actor_variants v WHERE v.actor_id = ac.id AND v.variant LIKE ? ESCAPE '\\') "
    "UNION SELECT ?"
)
ABOUT_TARGETS = (
    f"q.id IN (SELECT t.quote_id FROM quote_targets t WHERE t.actor_id IN ({_ABOUT_ACTORS}))"
)
# For a name no quote targets: a mention inside the quote's span that names it (its text,
# its resolved name or its actor's name) or, for names the mention finder missed, the text.
ABOUT_TEXT = (
    "(EXISTS (SELECT 1 FROM mentions m LEFT JOIN actors ma ON ma.id = m.actor_id "
    "WHERE m.article_id = q.article_id AND m.start >= q.start AND m.\"end\" <= q.\"end\" "
    "AND (m.text LIKE ? ESCAPE '\\' OR m.name LIKE ? ESCAPE '\\' OR ma.name LIKE ? ESCAPE '\\')) "
    "OR q.text LIKE ? ESCAPE '\\')"
)


def about_filter(conn: sqlite3.Connection, about: str, pattern: str) -> tuple[str, list[Any]]:
    """The WHERE part (and its parameters) for quotes about ``about``.

    about: an actor id or part of a name; pattern: the LIKE pattern for its name part.
    When some quote targets an actor it names, the targets decide (precise: "hij" in a
    quote counts through its chain, a street named after someone does not); otherwise
    the mentions and the quote text do, as before there were targets.
    """
    params = [pattern, pattern, about.strip()]
    known = conn.execute(
        f"SELECT 1 FROM quote_targets t WHERE t.actor_id IN ({_ABOUT_ACTORS}) LIMIT 1",
        params).fetchone()
    if known is not None:
        return ABOUT_TARGETS, params
    return ABOUT_TEXT, [pattern] * 4


def target_names(conn: sqlite3.Connection, quote_ids: Sequence[int]) -> dict[int, list[str]]:
    """quote id → the names of its targets, in the order the quote first mentions them."""
    if not quote_ids:
        return {}
    marks = ", ".join("?" for _ in quote_ids)
    names: dict[int, list[str]] = {}
    rows = conn.execute(
        "SELECT t.quote_id, coalesce(min(ta.name), min(t.text)), min(t.start) AS first "
        "FROM quote_targets t LEFT JOIN actors ta ON ta.id = t.actor_id "
        f"WHERE t.quote_id IN ({marks}) GROUP BY t.quote_id, t.actor_id "
        "ORDER BY t.quote_id, first", list(quote_ids))
    for quote_id, name, _ in rows:
        names.setdefault(int(quote_id), []).append(name)
    return names
