"""Copy a whole corpus from one store into another (``wzw migrate``).

The usual move is from a SQLite file that has outgrown one machine's disk or
writers into PostgreSQL, but any store can be the source or the target: the rows
are read and written through the same ``Store`` connections. Ids are copied as they
are (article ids, quote ids, correction numbers, the articles' ingestion order), so
quote links and exported ids stay valid. The target's search index is filled by its
own triggers as the rows go in.
"""

from __future__ import annotations

from collections.abc import Callable

from wiezegtwat.errors import StoreError

from . import aggregates, pg_aggregates
from .db import Store

# Parents before children, so that every foreign key finds its row.
TABLES = ("articles", "actors", "actor_variants", "actor_roles", "quotes", "mentions",
          "quote_targets", "corrections", "quote_corrections", "saved_searches", "minhashes")
BATCH = 1_000  # rows per round trip: large enough to be quick, small enough for memory


def copy_store(source: Store, target: Store, *,
               progress: Callable[[str, int], None] | None = None) -> dict[str, int]:
    """Copy every table of ``source`` into the empty ``target``; return rows per table.

    One transaction: a failure (or a kill) leaves the target as empty as it was, so
    the copy can simply be run again. A target that holds rows already is refused.
    progress: called with (table, rows copied so far) after each batch.
    """
    if _schema(source) != _schema(target):
        raise StoreError(
            f"{source.path} has schema {source.schema_version()} and {target.path} has "
            f"{target.schema_version()}; open both with this wiezegtwat first"
        )
    filled = {t: n for t in TABLES
              if (n := int(target.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]))}
    if filled:
        listing = ", ".join(f"{n} {t}" for t, n in filled.items())
        raise StoreError(
            f"{target.path} is not empty ({listing}); wzw migrate copies into an empty "
            "database only: create a new one (createdb NAME) and pass its URL as --to"
        )
    copied: dict[str, int] = {}
    postgres = target.dialect == "postgresql"
    with target.write() as conn:
        if postgres:
            # The quote triggers count a statement at a time, each row a statement here:
            # counting all rows once at the end is several times quicker.
            pg_aggregates.pause(conn)
        for table in TABLES:
            copied[table] = _copy_table(source, conn, table, progress)
        if postgres:
            _continue_identities(conn)
            aggregates.rebuild(conn)
            pg_aggregates.resume(conn)
    return copied


def _schema(store: Store) -> int:
    """The store's schema number; a database that lacks only the other backend's steps is
    as current as one that recorded them (a read-only open does not record them)."""
    from . import migrations, pg_schema

    version = store.schema_version()
    return pg_schema.current(version) if store.dialect == "postgresql" else migrations.current(version)


def _copy_table(source: Store, conn: object, table: str,
                progress: Callable[[str, int], None] | None) -> int:
    # articles.rowid is the ingestion order (SQLite's implicit rowid): it is copied too.
    columns = "rowid, *" if table == "articles" and source.dialect == "sqlite" else "*"
    order = "rowid" if table == "articles" else "1"
    cursor = source.conn.execute(f"SELECT {columns} FROM {table} ORDER BY {order}")
    names = [d[0] for d in cursor.description]
    if table == "articles" and source.dialect == "sqlite":
        names[0] = "rowid"
    quoted = ", ".join(f'"{n}"' for n in names)
    insert = (f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' for _ in names)})")
    count = 0
    while rows := cursor.fetchmany(BATCH):
        conn.executemany(insert, rows)  # type: ignore[attr-defined]
        count += len(rows)
        if progress is not None:
            progress(table, count)
    return count


def _continue_identities(conn: object) -> None:
    """Make PostgreSQL's identity columns continue above the ids just copied."""
    from .pg_schema import IDENTITIES

    for table, column in IDENTITIES.items():
        conn.execute(  # type: ignore[attr-defined]
            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
            f"coalesce(max({column}), 0) + 1, false) FROM {table}"
        )
