"""Manual corrections of quotes (from an annotation tool), recorded and re-applied.

Each correction is one row of ``quote_corrections``: the article, the quote it
changes (its span before the change), what to do and the new values, who made it
and when. The rows are applied to the stored quotes when they are recorded, and
again whenever the article is written anew (``Store.add_article``), so that a
re-ingested article keeps them. Article ids are hashes of the text and the quote
engine is deterministic, so a quote is found again by its span; a correction
whose quote is gone (a newer engine found another span) is skipped quietly, like
an actor correction whose actor is gone.

Operations and their ``args``:

- ``delete``: ``{}``, the quote at (start, end) is removed;
- ``add``: ``{"type", "speaker", "speaker_start", "speaker_end"}``, a quote at
  (start, end) is added (or, if one is there already, given these values);
- ``span``: ``{"new_start", "new_end"}``;
- ``type``: ``{"type"}`` (direct, indirect or mixed);
- ``speaker``: ``{"speaker", "speaker_start", "speaker_end"}`` (speaker None: no speaker).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from wiezegtwat.errors import StoreError
from wiezegtwat.records import Article, Mention, Quote, Speaker

if TYPE_CHECKING:
    from .db import Store

OPS: tuple[str, ...] = ("delete", "add", "span", "type", "speaker")
QUOTE_TYPES: tuple[str, ...] = ("direct", "indirect", "mixed")
# The evidence of a quote that a correction added: nothing in the text found it.
ADDED_EVIDENCE = "added by a manual correction"


@dataclass
class QuoteCorrection:
    """One change to one quote of one article."""

    article_id: str
    op: str
    start: int
    end: int
    args: dict[str, Any] = field(default_factory=dict)
    by: str | None = None  # who made it (the annotator)
    source: str | None = None  # where it came from (the XMI file)
    created_at: str | None = None
    n: int | None = None  # its number in the table, once recorded


def check(correction: QuoteCorrection) -> None:
    """Raise StoreError for an unknown operation or quote type."""
    if correction.op not in OPS:
        raise StoreError(f"unknown quote correction {correction.op!r}; use one of {', '.join(OPS)}")
    qtype = correction.args.get("type")
    if correction.op in ("add", "type") and qtype not in QUOTE_TYPES:
        raise StoreError(f"quote type {qtype!r} is unknown; use one of {', '.join(QUOTE_TYPES)}")


def record(conn: sqlite3.Connection, corrections: Sequence[QuoteCorrection]) -> None:
    """Insert the corrections (inside the caller's transaction) and apply them."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for c in corrections:
        check(c)
        c.created_at = c.created_at or now
        cursor = conn.execute(
            'INSERT INTO quote_corrections(article_id, op, start, "end", args, by, source, '
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c.article_id, c.op, c.start, c.end, json.dumps(c.args, ensure_ascii=False),
             c.by, c.source, c.created_at),
        )
        c.n = int(cursor.lastrowid or 0)
    by_article: dict[str, list[QuoteCorrection]] = {}
    for c in corrections:
        by_article.setdefault(c.article_id, []).append(c)
    for article_id, rows in by_article.items():
        apply(conn, article_id, rows)


def recorded(conn: sqlite3.Connection, article_id: str | None = None) -> list[QuoteCorrection]:
    """The recorded corrections (of one article, or all) in the order they were made."""
    sql = 'SELECT n, article_id, op, start, "end", args, by, source, created_at FROM quote_corrections'
    params: tuple[Any, ...] = ()
    if article_id is not None:
        sql, params = sql + " WHERE article_id = ?", (article_id,)
    return [
        QuoteCorrection(article_id=r[1], op=r[2], start=r[3], end=r[4], args=json.loads(r[5]),
                        by=r[6], source=r[7], created_at=r[8], n=r[0])
        for r in conn.execute(sql + " ORDER BY n", params)
    ]


def reapply(conn: sqlite3.Connection, article_id: str) -> int:
    """Apply every recorded correction of a freshly written article; return how many applied."""
    return apply(conn, article_id, recorded(conn, article_id))


def apply(conn: sqlite3.Connection, article_id: str, corrections: Iterable[QuoteCorrection]) -> int:
    """Apply corrections to the stored quotes of one article, in order; return how many applied."""
    context = _ArticleContext.load(conn, article_id)
    if context is None:
        return 0  # the article is not stored (yet): applied when it is written
    applied = 0
    for c in corrections:
        row = _quote_row(conn, article_id, c.start, c.end)
        if c.op == "add":
            _add(conn, context, c, row)
        elif row is None:
            continue  # its quote is gone: skip it, as actor corrections do
        elif c.op == "delete":
            _count_variant(conn, row["actor_id"], row["speaker_name"], -1)
            conn.execute("DELETE FROM quotes WHERE id = ?", (row["id"],))
        elif c.op == "span":
            _set_span(conn, context, row["id"], int(c.args["new_start"]), int(c.args["new_end"]))
        elif c.op == "type":
            conn.execute("UPDATE quotes SET type = ? WHERE id = ?", (c.args["type"], row["id"]))
        elif c.op == "speaker":
            _set_speaker(conn, context, row, c.args)
        applied += 1
    return applied


@dataclass
class _ArticleContext:
    """What rewriting a quote needs of its article: the text and the mentions."""

    article: Article

    @classmethod
    def load(cls, conn: sqlite3.Connection, article_id: str) -> _ArticleContext | None:
        found = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            return None
        mentions = [
            Mention(text=m[0], start=m[1], end=m[2], kind=m[3], label=m[4], chain=m[5],
                    name=m[6], role=m[7])
            for m in conn.execute('SELECT text, start, "end", kind, label, chain, name, role '
                                  "FROM mentions WHERE article_id = ? ORDER BY n", (article_id,))
        ]
        return cls(Article(id=article_id, text=found[0], mentions=mentions))


def _quote_row(conn: sqlite3.Connection, article_id: str, start: int,
               end: int) -> dict[str, Any] | None:
    cursor = conn.execute(
        'SELECT id, actor_id, speaker_name FROM quotes WHERE article_id = ? AND start = ? '
        'AND "end" = ? ORDER BY n LIMIT 1', (article_id, start, end))
    found = cursor.fetchone()
    return None if found is None else {"id": found[0], "actor_id": found[1], "speaker_name": found[2]}


def _add(conn: sqlite3.Connection, context: _ArticleContext, c: QuoteCorrection,
         row: Mapping[str, Any] | None) -> None:
    """Insert the added quote, or give the quote already at that span the added values."""
    if row is None:
        from .db import sentence_context

        text = context.article.text[c.start:c.end]
        quote = Quote(start=c.start, end=c.end, text=text, type=c.args["type"])
        n = conn.execute("SELECT coalesce(max(n) + 1, 0) FROM quotes WHERE article_id = ?",
                         (context.article.id,)).fetchone()[0]
        cursor = conn.execute(
            'INSERT INTO quotes(article_id, n, start, "end", text, type, evidence, '
            "sentence_context) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (context.article.id, n, c.start, c.end, text, c.args["type"], ADDED_EVIDENCE,
             sentence_context(context.article, quote)))
        row = {"id": int(cursor.lastrowid or 0), "actor_id": None, "speaker_name": None}
    else:
        conn.execute("UPDATE quotes SET type = ? WHERE id = ?", (c.args["type"], row["id"]))
    _set_speaker(conn, context, row, c.args)


def _set_span(conn: sqlite3.Connection, context: _ArticleContext, quote_id: int, start: int,
              end: int) -> None:
    from .db import sentence_context

    text = context.article.text[start:end]
    quote = Quote(start=start, end=end, text=text, type="direct")
    conn.execute('UPDATE quotes SET start = ?, "end" = ?, text = ?, sentence_context = ? '
                 "WHERE id = ?", (start, end, text, sentence_context(context.article, quote),
                                  quote_id))


def _set_speaker(conn: sqlite3.Connection, context: _ArticleContext, row: Mapping[str, Any],
                 args: Mapping[str, Any]) -> None:
    """Give a quote another speaker: name, span, the actor that spelling belongs to, its role."""
    from .db import speaker_role

    name = args.get("speaker") or None
    start, end = args.get("speaker_start"), args.get("speaker_end")
    actor_id = actor_for_spelling(conn, name) if name else None
    role = speaker_role(context.article, Speaker(name, start, end)) if name else None
    _count_variant(conn, row["actor_id"], row["speaker_name"], -1)
    # The engine's kind and confidence described its own speaker, not the annotator's.
    conn.execute("UPDATE quotes SET speaker_name = ?, speaker_start = ?, speaker_end = ?, "
                 "actor_id = ?, role = ?, speaker_kind = NULL, speaker_confidence = NULL "
                 "WHERE id = ?",
                 (name, start if name else None, end if name else None, actor_id, role, row["id"]))
    _count_variant(conn, actor_id, name, +1)


def actor_for_spelling(conn: sqlite3.Connection, name: str) -> str | None:
    """The one stored actor known under this exact spelling, or None (none, or several)."""
    found = conn.execute("SELECT DISTINCT actor_id FROM actor_variants WHERE variant = ? LIMIT 2",
                         (name,)).fetchall()
    return str(found[0][0]) if len(found) == 1 else None


def _count_variant(conn: sqlite3.Connection, actor_id: str | None, name: str | None,
                   delta: int) -> None:
    """Keep ``actor_variants.count`` = the stored quotes that name the actor so."""
    if actor_id and name:
        conn.execute("UPDATE actor_variants SET count = max(count + ?, 0) "
                     "WHERE actor_id = ? AND variant = ?", (delta, actor_id, name))


def quote_corrections(store: Store, article_id: str | None = None) -> list[QuoteCorrection]:
    """The recorded quote corrections of a store (of one article, or all), oldest first."""
    return recorded(store.conn, article_id)
