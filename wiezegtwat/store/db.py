"""The corpus store (SQLite, or PostgreSQL for a URL): one writer, one transaction per article."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, cast

import sqlite_utils

from wiezegtwat.errors import StoreError
from wiezegtwat.records import Actor, Article, Cue, Mention, Quote, Role, Speaker

from . import aggregates, migrations, pg
from . import quote_corrections as qc
from .quote_corrections import QuoteCorrection
from .targets import fill_targets

# Long enough to wait out another process committing a large article; short enough
# that a stuck writer shows up as an error instead of a hang.
BUSY_TIMEOUT_MS = 15_000

# Characters of article text either side of a quote kept as its context when the
# article has no sentence analysis (about two sentences of news prose).
CONTEXT_CHARS = 160

CORRECTION_OPS = ("merge", "split", "rename")


@dataclass
class Correction:
    """One recorded manual actor correction (merge, split or rename)."""

    n: int
    op: str
    args: dict[str, Any]
    created_at: str


class Store:
    """A wiezegtwat database (SQLite file or PostgreSQL); open it with :meth:`Store.open`.

    ``conn`` is a ``sqlite3.Connection`` or, for PostgreSQL, a ``pg.PgConnection`` that
    runs the same SQL; ``dialect`` says which ("sqlite" or "postgresql").
    """

    def __init__(self, conn: Any, *, path: str, readonly: bool) -> None:
        self.conn = conn
        self.path = path
        self.readonly = readonly
        self.dialect: str = getattr(conn, "dialect", "sqlite")
        self.db: Any = (pg.PgDatabase(conn) if self.dialect == pg.DIALECT
                        else sqlite_utils.Database(conn, execute_plugins=False))

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> Store:
        """Open (and create or migrate unless ``readonly``) the database at ``path``.

        ``path`` may be ``":memory:"`` for a throw-away database, or a
        ``postgresql://user:password@host/dbname`` URL for a PostgreSQL database.
        """
        name = str(path)
        if pg.is_url(name):
            return cls._open_postgres(name, readonly=readonly)
        memory = name == ":memory:"
        if not memory and readonly and not Path(name).exists():
            raise StoreError(
                f"no database at {name}; create one with `wzw ingest PATH --db {name}`"
            )
        if not memory and Path(name).is_dir():
            raise StoreError(f"{name} is a directory, not a database; pass a file path as --db")
        try:
            if readonly and not memory:
                uri = Path(name).resolve().as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise StoreError(
                f"cannot open database {name}: {e}; check that its folder exists and is writable"
            ) from e
        try:
            _configure(conn, name=name, readonly=readonly, memory=memory)
            _check_schema(conn, name=name, readonly=readonly)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=name, readonly=readonly)

    @classmethod
    def _open_postgres(cls, url: str, *, readonly: bool) -> Store:
        from . import pg_schema

        name = pg.redact(url)
        conn = pg.connect(url, readonly=readonly)
        try:
            pg_schema.check_schema(conn, name=name, readonly=readonly)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path=name, readonly=readonly)

    def close(self) -> None:
        """Close the connection (the WAL is checkpointed by SQLite)."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE … COMMIT); any error rolls it back."""
        if self.readonly:
            raise StoreError(f"{self.path} was opened read-only; open it without readonly to write")
        try:
            if self.dialect == pg.DIALECT:
                self.conn.begin_write()
            else:
                self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(
                f"cannot write to {self.path}: {e}; is another wzw process writing to it?"
            ) from e
        try:
            yield self.conn
            aggregates.bump(self.conn)  # a new generation: cached pages (ETags) are stale
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    # -- articles ------------------------------------------------------------

    def add_article(self, article: Article, *, actors: Sequence[Actor] = ()) -> bool:
        """Write the article, its quotes and mentions and ``actors`` in one transaction.

        Returns False, writing nothing, when an article with this id is stored already.
        Quote corrections recorded for this id (``wzw xmi import``) are applied again.
        """
        try:
            with self.write() as conn:
                if _exists(conn, article.id):
                    return False
                _insert_article(conn, article)
                _upsert_actors(conn, actors)
                _insert_quotes(conn, article)
                _insert_mentions(conn, article)
                # Manual quote corrections of an earlier copy of this text hold for this one.
                qc.reapply(conn, article.id)
                fill_targets(conn, article.id)
        except sqlite3.Error as e:
            raise StoreError(f"cannot store article {article.id} in {self.path}: {e}") from e
        return True

    def has_article(self, id: str) -> bool:
        """Whether an article with this id is stored."""
        return _exists(self.conn, id)

    def article_ids(self) -> set[str]:
        """The ids of every stored article."""
        return {row[0] for row in self.conn.execute("SELECT id FROM articles")}

    def get_article(self, id: str) -> Article | None:
        """The stored article with its quotes and mentions, or None."""
        row = self._one("SELECT * FROM articles WHERE id = ?", (id,))
        if row is None:
            return None
        quotes = [
            _quote_from_row(q)
            for q in self._all("SELECT * FROM quotes WHERE article_id = ? ORDER BY n", (id,))
        ]
        mentions = [
            _mention_from_row(m)
            for m in self._all("SELECT * FROM mentions WHERE article_id = ? ORDER BY n", (id,))
        ]
        return Article(
            id=row["id"],
            text=row["text"],
            lang=row["lang"],
            title=row["title"],
            url=row["url"],
            outlet=row["outlet"],
            date=row["date"],
            author=row["author"],
            source=row["source"],
            metadata=json.loads(row["metadata"] or "{}"),
            quotes=quotes,
            mentions=mentions,
            external_id=row["external_id"],
        )

    def article_ids_by_external_id(self, external_id: str) -> list[str]:
        """The ids of the articles stored with this external id (exact value), oldest first."""
        return [
            row[0]
            for row in self.conn.execute(
                "SELECT id FROM articles WHERE external_id = ? ORDER BY rowid", (external_id,)
            )
        ]

    def article_by_external_id(self, external_id: str) -> Article | None:
        """The one article stored with this external id (exact value), or None.

        External ids come from the user's files, so two inputs may share one
        (row ``1`` of two CSV exports); that raises StoreError naming the ids.
        """
        ids = self.article_ids_by_external_id(external_id)
        if len(ids) > 1:
            raise StoreError(
                f"{len(ids)} articles in {self.path} have external id {external_id!r} "
                f"({', '.join(ids[:5])}); ask for one by its id"
            )
        return self.get_article(ids[0]) if ids else None

    # -- actors ----------------------------------------------------------------

    def upsert_actors(self, actors: Sequence[Actor]) -> None:
        """Insert or update actors, merging their variants and roles with the stored ones."""
        try:
            with self.write() as conn:
                _upsert_actors(conn, actors)
        except sqlite3.Error as e:
            raise StoreError(f"cannot store actors in {self.path}: {e}") from e

    def load_actors(self) -> list[Actor]:
        """Every stored actor with its variants (most quoted first) and roles (by date)."""
        variants: dict[str, list[str]] = {}
        for row in self._all(
            "SELECT actor_id, variant FROM actor_variants ORDER BY actor_id, count DESC, variant"
        ):
            variants.setdefault(row["actor_id"], []).append(row["variant"])
        roles: dict[str, list[Role]] = {}
        for row in self._all(
            "SELECT actor_id, title, date, article_id FROM actor_roles "
            "ORDER BY actor_id, coalesce(date, ''), title, coalesce(article_id, '')"
        ):
            roles.setdefault(row["actor_id"], []).append(
                Role(title=row["title"], date=row["date"], article_id=row["article_id"])
            )
        return [
            Actor(
                id=row["id"],
                name=row["name"],
                type=row["type"],
                variants=variants.get(row["id"], []),
                roles=roles.get(row["id"], []),
                affiliation=row["affiliation"],
                country=row["country"],
            )
            for row in self._all("SELECT * FROM actors ORDER BY id")
        ]

    # -- corrections -----------------------------------------------------------

    def record_correction(self, op: str, args: Mapping[str, Any]) -> int:
        """Record a manual actor correction (merge, split or rename); return its number."""
        if op not in CORRECTION_OPS:
            raise StoreError(f"unknown correction {op!r}; use one of {', '.join(CORRECTION_OPS)}")
        with self.write() as conn:
            cursor = conn.execute(
                "INSERT INTO corrections(op, args, created_at) VALUES (?, ?, ?)",
                (op, json.dumps(dict(args), ensure_ascii=False), _now()),
            )
        return int(cursor.lastrowid or 0)

    def corrections(self) -> list[Correction]:
        """Every recorded correction in the order it was made."""
        return [
            Correction(n=r["n"], op=r["op"], args=json.loads(r["args"]), created_at=r["created_at"])
            for r in self._all("SELECT * FROM corrections ORDER BY n")
        ]

    def record_quote_corrections(self, corrections: Sequence[QuoteCorrection]) -> None:
        """Record manual quote corrections and apply them to the stored quotes, in one
        transaction (all or nothing). See ``wiezegtwat.store.quote_corrections``."""
        try:
            with self.write() as conn:
                qc.record(conn, corrections)
                # A corrected quote may hold other mentions: its targets follow it.
                for article_id in sorted({c.article_id for c in corrections}):
                    fill_targets(conn, article_id)
        except sqlite3.Error as e:
            raise StoreError(f"cannot record quote corrections in {self.path}: {e}") from e

    def quote_corrections(self, article_id: str | None = None) -> list[QuoteCorrection]:
        """The recorded quote corrections (of one article, or all), oldest first."""
        return qc.recorded(self.conn, article_id)

    # -- bookkeeping -----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables: articles, quotes, actors, mentions."""
        return {
            table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("articles", "quotes", "actors", "mentions")
        }

    def schema_version(self) -> int:
        """The highest migration number applied to this database."""
        if self.dialect == pg.DIALECT:
            from . import pg_schema

            return max(pg_schema.applied(self.conn), default=0)
        return max(migrations.applied(self.conn), default=0)

    def vacuum(self) -> None:
        """VACUUM, then rebuild the article search index.

        VACUUM may renumber the implicit rowids of ``articles`` that ``articles_fts``
        points at, so the index must be rebuilt afterwards.
        """
        if self.readonly:
            raise StoreError(
                f"{self.path} was opened read-only; open it without readonly to vacuum"
            )
        self.conn.execute("VACUUM")
        if self.dialect == pg.DIALECT:
            return  # PostgreSQL's index rows follow their table's rows through VACUUM
        with self.write() as conn:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
            conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None


# -- connection setup ----------------------------------------------------------


def _configure(conn: sqlite3.Connection, *, name: str, readonly: bool, memory: bool) -> None:
    """Set the pragmas; a file that is not SQLite fails here, on the first read."""
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly and not memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as e:
        raise StoreError(
            f"{name} is not a SQLite database ({e}); pass another --db path or move the file away"
        ) from e


def _check_schema(conn: sqlite3.Connection, *, name: str, readonly: bool) -> None:
    """Refuse foreign and newer databases; migrate older ones (unless read-only)."""
    newer = migrations.unknown(conn)
    if newer:
        number, title = newer[-1]
        raise StoreError(
            f"{name} was written by a newer wiezegtwat (schema migration {number} {title!r}); "
            "upgrade wiezegtwat (pip install -U wiezegtwat) to open it"
        )
    applied = migrations.applied(conn)
    if not applied:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if r[0] != "migrations"
        ]
        if tables:
            raise StoreError(
                f"{name} is a SQLite database but not a wiezegtwat one (it has tables "
                f"{', '.join(sorted(tables)[:5])}); pass another --db path"
            )
    if readonly:
        todo = [m for m in migrations.pending(conn) if m.apply is not None]
        if todo:
            raise StoreError(
                f"{name} needs schema migration {todo[0].number} ({todo[0].name!r}); "
                "open it once for writing (e.g. `wzw ingest`) to upgrade it"
            )
        return
    try:
        migrations.migrate(conn)
    except sqlite3.Error as e:
        raise StoreError(f"cannot migrate {name}: {e}; is the file writable?") from e


# -- writing -------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _exists(conn: sqlite3.Connection, id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (id,)).fetchone() is not None


def _insert_article(conn: sqlite3.Connection, article: Article) -> None:
    conn.execute(
        "INSERT INTO articles(id, text, lang, title, url, outlet, date, author, source, "
        "metadata, dup_group, ingested_at, external_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        (
            article.id,
            article.text,
            article.lang,
            article.title,
            article.url,
            article.outlet,
            article.date,
            article.author,
            article.source,
            json.dumps(article.metadata, ensure_ascii=False, default=str),
            _now(),
            article.external_id,
        ),
    )


def _insert_quotes(conn: sqlite3.Connection, article: Article) -> None:
    rows = []
    for n, quote in enumerate(article.quotes):
        cue, speaker = quote.cue, quote.speaker
        rows.append(
            (
                article.id,
                n,
                quote.start,
                quote.end,
                quote.text,
                quote.type,
                cue.statement if cue else None,
                cue.text if cue else None,
                cue.start if cue else None,
                cue.end if cue else None,
                cue.lemma if cue else None,
                speaker.name if speaker else None,
                speaker.start if speaker else None,
                speaker.end if speaker else None,
                speaker.actor_id if speaker else None,
                speaker.kind if speaker else None,
                speaker.confidence if speaker else None,
                speaker_role(article, speaker),
                quote.evidence,
                quote.sentence,
                sentence_context(article, quote),
            )
        )
    conn.executemany(
        'INSERT INTO quotes(article_id, n, start, "end", text, type, statement, cue_text, '
        "cue_start, cue_end, cue_lemma, speaker_name, speaker_start, speaker_end, actor_id, "
        "speaker_kind, speaker_confidence, role, evidence, sentence, sentence_context) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    # Variant counts say how many stored quotes name the actor with this spelling.
    conn.executemany(
        "INSERT INTO actor_variants(actor_id, variant, count) VALUES (?, ?, 1) "
        "ON CONFLICT(actor_id, variant) DO UPDATE SET count = actor_variants.count + 1",
        [
            (q.speaker.actor_id, q.speaker.name)
            for q in article.quotes
            if q.speaker
            and q.speaker.actor_id
            and q.speaker.name
            and _actor_stored(conn, q.speaker.actor_id)
        ],
    )


def _actor_stored(conn: sqlite3.Connection, actor_id: str) -> bool:
    return conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone() is not None


def _insert_mentions(conn: sqlite3.Connection, article: Article) -> None:
    actor_by_chain, actor_by_span = _mention_actors(article)
    conn.executemany(
        'INSERT INTO mentions(article_id, n, start, "end", text, kind, label, chain, name, '
        "role, actor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article.id,
                n,
                m.start,
                m.end,
                m.text,
                m.kind,
                m.label,
                m.chain,
                m.name,
                m.role,
                actor_by_span.get((m.start, m.end))
                or (actor_by_chain.get(m.chain) if m.chain is not None else None)
                # Someone who is only talked about has no speaker span: the actors
                # stage's own link is what makes it a quote target.
                or m.actor_id,
            )
            for n, m in enumerate(article.mentions)
        ],
    )


def _mention_actors(article: Article) -> tuple[dict[int, str], dict[tuple[int, int], str]]:
    """Actor ids for mentions: a mention overlapping a linked speaker span, and its chain."""
    by_span: dict[tuple[int, int], str] = {}
    by_chain: dict[int, str] = {}
    for quote in article.quotes:
        speaker = quote.speaker
        if speaker is None or speaker.actor_id is None or speaker.start is None:
            continue
        for m in article.mentions:
            if _overlaps(m, speaker):
                by_span.setdefault((m.start, m.end), speaker.actor_id)
                if m.chain is not None:
                    by_chain.setdefault(m.chain, speaker.actor_id)
    return by_chain, by_span


def _overlaps(mention: Mention, speaker: Speaker) -> bool:
    """Whether the mention shares text with the speaker span (or contains an empty one)."""
    if speaker.start is None:
        return False
    end = speaker.end if speaker.end is not None else speaker.start
    if end <= speaker.start:
        return mention.start <= speaker.start < mention.end
    return mention.start < end and mention.end > speaker.start


def speaker_role(article: Article, speaker: Speaker | None) -> str | None:
    """The role noun the text attaches to the speaker, from its mention or its chain."""
    if speaker is None or speaker.start is None:
        return None
    inside = [m for m in article.mentions if _overlaps(m, speaker)]
    for m in inside:
        if m.role:
            return m.role
    chains = {m.chain for m in inside if m.chain is not None}
    for m in article.mentions:
        if m.chain in chains and m.role:
            return m.role
    return None


def sentence_context(article: Article, quote: Quote) -> str:
    """The sentence(s) around a quote, or a window of text when there is no analysis."""
    text = article.text
    if article.doc is not None and article.doc.sentences:
        sents = [s for s in article.doc.sentences if s.end > quote.start and s.start < quote.end]
        if sents:
            return text[min(s.start for s in sents) : max(s.end for s in sents)].strip()
    start = max(0, quote.start - CONTEXT_CHARS)
    end = min(len(text), quote.end + CONTEXT_CHARS)
    # Snap to whitespace so the window does not begin or end inside a word.
    if start > 0:
        space = text.find(" ", start, quote.start)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", quote.end, end)
        end = space if space != -1 else end
    return " ".join(text[start:end].split())


def _upsert_actors(conn: sqlite3.Connection, actors: Sequence[Actor]) -> None:
    for actor in actors:
        conn.execute(
            "INSERT INTO actors(id, name, type, affiliation, country) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, "
            # Qualified: PostgreSQL finds a bare name ambiguous next to ``excluded``.
            "affiliation = coalesce(excluded.affiliation, actors.affiliation), "
            "country = coalesce(excluded.country, actors.country)",
            (actor.id, actor.name, actor.type, actor.affiliation, actor.country),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_variants(actor_id, variant, count) VALUES (?, ?, 0)",
            [(actor.id, v) for v in dict.fromkeys([actor.name, *actor.variants])],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO actor_roles(actor_id, title, date, article_id) "
            "VALUES (?, ?, ?, ?)",
            [(actor.id, r.title, r.date, r.article_id) for r in actor.roles],
        )


# -- reading -------------------------------------------------------------------


def _quote_from_row(row: Mapping[str, Any]) -> Quote:
    cue = None
    if row["cue_text"] is not None:
        cue = Cue(
            text=row["cue_text"],
            start=row["cue_start"],
            end=row["cue_end"],
            lemma=row["cue_lemma"] or "",
            statement=row["statement"] or "says",
        )
    speaker = None
    if any(row[k] is not None for k in ("speaker_name", "speaker_start", "actor_id")):
        speaker = Speaker(
            name=row["speaker_name"],
            start=row["speaker_start"],
            end=row["speaker_end"],
            actor_id=row["actor_id"],
            kind=row["speaker_kind"],
            confidence=row["speaker_confidence"],
        )
    return Quote(
        start=row["start"],
        end=row["end"],
        text=row["text"],
        type=cast(Any, row["type"]),
        cue=cue,
        speaker=speaker,
        evidence=row["evidence"],
        sentence=row["sentence"],
    )


def _mention_from_row(row: Mapping[str, Any]) -> Mention:
    return Mention(
        text=row["text"],
        start=row["start"],
        end=row["end"],
        kind=cast(Any, row["kind"]),
        label=row["label"],
        chain=row["chain"],
        name=row["name"],
        role=row["role"],
    )
