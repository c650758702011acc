"""PostgreSQL behind the sqlite3 interface the store's queries are written against.

The store keeps one code path: its SQL is written for SQLite, and this module
translates the few places where PostgreSQL's dialect differs (``?`` placeholders,
``INSERT OR IGNORE``, case-insensitive ``LIKE``, ``lastrowid``) as each statement
runs. What cannot be translated textually — full-text search, date functions,
JSON aggregation — has its own SQL in ``pg_search.py``, chosen at a few dispatch
points. The schema is in ``pg_schema.py``.

Errors come out as :class:`PgError`, a ``sqlite3.OperationalError``: every caller
of the store already turns that into a ``StoreError`` or ``QueryError`` naming the
database, so PostgreSQL needs no second set of ``except`` clauses.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from wiezegtwat.errors import StoreError, require

DIALECT = "postgresql"
URL_SCHEMES = ("postgresql://", "postgres://")

# Seconds to wait for the server before saying it is not there (libpq waits forever).
CONNECT_TIMEOUT = 10

# Writers take this transaction-level advisory lock first, so that writes are serialised
# as SQLite's BEGIN IMMEDIATE serialises them: the store's upserts (actor variants,
# counts) then never deadlock, and many `wzw ingest` processes may write at once.
# The number is arbitrary; it only has to be the same for every wiezegtwat writer.
WRITE_LOCK = 0x777A77

_streams = itertools.count()  # names of server-side cursors, unique per process

# Tables whose integer key the caller reads back as ``cursor.lastrowid``.
_RETURNING = {"quotes": "id", "corrections": "n", "quote_corrections": "n",
              "saved_searches": "id"}
# INSERT OR REPLACE needs the conflicting key in PostgreSQL.
_REPLACE_KEYS = {"minhashes": "article_id"}


class PgError(sqlite3.OperationalError):
    """An error from PostgreSQL, shaped as the sqlite3 error the store's callers catch."""


class PgInterrupted(PgError):
    """A statement stopped by the time budget (statement_timeout)."""

    def __init__(self) -> None:
        # fts.interrupted() recognises a stopped query by this text, as SQLite writes it.
        super().__init__("interrupted")


def is_url(path: object) -> bool:
    """Whether a --db value names a PostgreSQL database rather than a SQLite file."""
    return isinstance(path, str) and path.startswith(URL_SCHEMES)


def redact(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" if parts.username else f"***@{host}"
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def connect(url: str, *, readonly: bool) -> PgConnection:
    """Connect to the database at ``url``; StoreError (without the password) if it fails."""
    psycopg = require("psycopg", extra="postgres", feature="PostgreSQL databases")
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT)
    except psycopg.Error as e:
        raise StoreError(
            f"cannot connect to PostgreSQL database {redact(url)}: {_first_line(e)}; check that "
            "the server runs, the database exists and the user may log in"
        ) from e
    conn = PgConnection(raw)
    if readonly:
        # Every transaction of this session refuses writes, as SQLite's mode=ro does.
        conn.execute("SET default_transaction_read_only = on")
    return conn


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


class PgCursor:
    """The slice of ``sqlite3.Cursor`` the store uses, over a psycopg cursor."""

    def __init__(self, cursor: Any, lastrowid: int | None = None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return int(self._cursor.rowcount)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._guarded(self._cursor.fetchone)  # type: ignore[no-any-return]

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._guarded(self._cursor.fetchall)  # type: ignore[no-any-return]

    def fetchmany(self, size: int) -> list[tuple[Any, ...]]:
        return self._guarded(lambda: self._cursor.fetchmany(size))  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())

    def close(self) -> None:
        self._cursor.close()

    @staticmethod
    def _guarded(fetch: Any) -> Any:
        with translated_errors():
            return fetch()


class PgConnection:
    """The slice of ``sqlite3.Connection`` the store uses, over a psycopg connection."""

    dialect = DIALECT

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self._deadline: float | None = None
        self._timeout_ms = 0  # the session's statement_timeout (PostgreSQL's default: none)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise PgInterrupted()  # the budget is spent between statements, not inside one
        text, returning = translate(sql)
        cursor = self.raw.cursor()
        with translated_errors():
            cursor.execute(text, _storable(params), prepare=_preparable(text))
        lastrowid = None
        if returning and cursor.description is not None:
            row = cursor.fetchone()
            lastrowid = int(row[0]) if row else None
        return PgCursor(cursor, lastrowid)

    def stream(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        """Run a query whose rows are fetched from the server in batches (fetchmany).

        A WITH HOLD cursor outlives the autocommit transaction that opens it, so the
        rows stay readable while the caller writes them out; close() frees it.
        """
        text, _ = translate(sql, returning=False)
        cursor = self.raw.cursor(name=f"wzw_stream_{next(_streams)}", withhold=True)
        with translated_errors():
            cursor.execute(text, _storable(params))
        return PgCursor(cursor)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> PgCursor:
        text, _ = translate(sql, returning=False)
        cursor = self.raw.cursor()
        with translated_errors():
            cursor.executemany(text, [_storable(r) for r in rows])
        return PgCursor(cursor)

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        return bool(self.raw.info.transaction_status != TransactionStatus.IDLE)

    def begin_write(self) -> None:
        """BEGIN, then wait for the store-wide write lock (see WRITE_LOCK)."""
        self.execute("BEGIN")
        self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))

    @contextlib.contextmanager
    def time_budget(self, seconds: float) -> Iterator[None]:
        """Stop the statements run from now once ``seconds`` have passed (PgInterrupted):
        a statement that runs over the budget, or one started after it is spent.

        The statement timeout is set (and reset after) only when the session's is another
        (see for_requests): two round trips fewer per request of a server.
        """
        wanted, before = max(1, int(seconds * 1000)), self._timeout_ms
        if wanted != before:
            self.set_timeout(wanted)
        self._deadline = time.monotonic() + seconds
        try:
            yield
        finally:
            self._deadline = None
            if wanted != before:
                with contextlib.suppress(PgError):
                    self.set_timeout(before)

    def set_timeout(self, ms: int) -> None:
        """The session's statement_timeout, in milliseconds (0: none)."""
        self.execute(f"SET statement_timeout = {int(ms)}")
        self._timeout_ms = int(ms)

    def for_requests(self, *, budget: float) -> None:
        """Settings for a connection that serves many short requests (``wzw serve``).

        budget: each request's time budget, kept as the statement timeout, so that
        time_budget(budget) sets nothing. No parallel workers: PostgreSQL starts them
        (processes) for each query that it estimates to gain from them, which on a busy
        server costs more than it gains; concurrent requests use the cores instead. No
        JIT: compiling a query takes 50-200 ms, more than any search of the store runs
        (PostgreSQL's documentation recommends it for long analytical queries).
        """
        self.execute("SET max_parallel_workers_per_gather = 0")
        self.execute("SET jit = off")
        self.set_timeout(max(1, int(budget * 1000)))

    def close(self) -> None:
        self.raw.close()


def _preparable(text: str) -> bool | None:
    """False for a statement that parses a tsquery (full-text search); None (psycopg's
    default: prepared once run 5 times) for the others.

    A prepared statement soon runs a generic plan, made without its parameters. For a
    search that plan cannot choose by the words (walking the key backwards for a common
    word, the GIN index for a rare one), and it parses the tsquery again for every row it
    tests: 50 ms instead of 20 for a phrase in 400,000 quotes, on every request of a
    server. Unprepared, each run is planned for its words.
    """
    return False if "to_tsquery(" in text else None


def _storable(params: Sequence[Any]) -> list[Any]:
    """The parameters with NUL characters as U+FFFD: PostgreSQL text cannot hold NUL,
    and one code point for another keeps every offset into the text valid."""
    return [p.replace("\x00", "\ufffd") if isinstance(p, str) and "\x00" in p else p
            for p in params]


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """psycopg errors as PgError (a sqlite3.OperationalError), a timeout as PgInterrupted."""
    import psycopg

    try:
        yield
    except psycopg.errors.QueryCanceled as e:
        raise PgInterrupted() from e
    except psycopg.Error as e:
        raise PgError(_first_line(e)) from e


class PgDatabase:
    """What the store asks of ``sqlite_utils.Database``: queries that yield dict rows."""

    def __init__(self, conn: PgConnection) -> None:
        self.conn = conn

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description or ()]
        for row in cursor.fetchall():
            yield dict(zip(names, row, strict=True))


# -- translating SQLite's SQL ----------------------------------------------------------

# String literals and quoted names: a ? or a LIKE inside them is text, not SQL to rewrite.
_LITERAL = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"")
_INSERT = re.compile(r"^\s*INSERT\s+(?:OR\s+(IGNORE|REPLACE)\s+)?INTO\s+([\w.]+)\s*\(([^)]*)\)",
                     re.I | re.S)
_OR_MODE = re.compile(r"INSERT\s+OR\s+(?:IGNORE|REPLACE)\s+INTO", re.I)
_WORDS = (
    (re.compile(r"\bLIKE\b"), "ILIKE"),  # SQLite's LIKE ignores (ASCII) case
    (re.compile(r"\bchar\(", re.I), "chr("),
    (re.compile(r"\btemp\.", re.I), "pg_temp."),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    # SQLite's two-argument max() is a scalar, PostgreSQL's is greatest().
    (re.compile(r"\bmax\((count \+ %s), 0\)"), r"greatest(\1, 0)"),
    (re.compile(r"CREATE INDEX pg_temp\.(\w+) ON (\w+)"), r"CREATE INDEX \1 ON pg_temp.\2"),
)


@functools.lru_cache(maxsize=512)
def translate(sql: str, *, returning: bool = True) -> tuple[str, bool]:
    """The statement in PostgreSQL's dialect, and whether it returns a new row's key."""
    out: list[str] = []
    last = 0
    for literal in _LITERAL.finditer(sql):
        out.append(_code(sql[last : literal.start()]))
        out.append(literal.group().replace("%", "%%"))
        last = literal.end()
    out.append(_code(sql[last:]))
    text = "".join(out)
    insert = _INSERT.match(text)
    if insert is None:
        return text, False
    mode, table, columns = insert.group(1), insert.group(2), insert.group(3)
    text = _OR_MODE.sub("INSERT INTO", text, count=1)
    if mode and mode.upper() == "IGNORE":
        text += " ON CONFLICT DO NOTHING"
    elif mode:
        conflict = _REPLACE_KEYS[table]
        sets = ", ".join(f"{c.strip()} = excluded.{c.strip()}" for c in columns.split(",")
                         if c.strip() != conflict)
        text += f" ON CONFLICT ({conflict}) DO UPDATE SET {sets}"
    key = _RETURNING.get(table)
    if returning and key and "RETURNING" not in text.upper() and "SELECT" not in text.upper():
        return f"{text} RETURNING {key}", True
    return text, False


def _code(piece: str) -> str:
    piece = piece.replace("%", "%%").replace("?", "%s")
    for pattern, replacement in _WORDS:
        piece = pattern.sub(replacement, piece)
    return piece
