"""Stream quotes, articles or actors out of a Store as CSV, JSON Lines or Parquet,
and the actor network as GEXF or GraphML (``network.py``)."""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from wiezegtwat.errors import QueryError, StoreError, require

from .db import Store
from .network import NETWORK_FORMATS, ArticleFilters, export_network

Format = Literal["csv", "jsonl", "parquet", "gexf", "graphml"]
What = Literal["quotes", "articles", "actors", "network"]
ROW_FORMATS = ("csv", "jsonl", "parquet")
FORMATS: tuple[str, ...] = (*ROW_FORMATS, *NETWORK_FORMATS)
WHATS: tuple[str, ...] = ("quotes", "articles", "actors", "network")

BATCH = 2_000  # rows per Parquet row group and per fetch: bounded memory on big DBs

# The fixed column order and Parquet type of each export: "string", "int64" or
# "list" (of strings). Plain names, so that CSV and JSON Lines need no pyarrow.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "quotes": (
        ("article_id", "string"),
        ("n", "int64"),
        ("outlet", "string"),
        ("date", "string"),
        ("url", "string"),
        ("title", "string"),
        ("speaker_name", "string"),
        ("actor_id", "string"),
        ("actor_name", "string"),
        ("role", "string"),
        ("type", "string"),
        ("statement", "string"),
        ("cue", "string"),
        ("quote", "string"),
        ("start", "int64"),
        ("end", "int64"),
        ("sentence_context", "string"),
        ("evidence", "string"),
        ("dup_group", "string"),
        ("targets", "list"),
    ),
    "articles": (
        ("id", "string"),
        ("external_id", "string"),
        ("outlet", "string"),
        ("date", "string"),
        ("url", "string"),
        ("title", "string"),
        ("author", "string"),
        ("lang", "string"),
        ("source", "string"),
        ("dup_group", "string"),
        ("quotes", "int64"),
        ("ingested_at", "string"),
        ("metadata", "string"),
        ("text", "string"),
    ),
    "actors": (
        ("id", "string"),
        ("name", "string"),
        ("type", "string"),
        ("affiliation", "string"),
        ("country", "string"),
        ("quotes", "int64"),
        ("variants", "list"),
        ("roles", "list"),
    ),
}



def column_names(what: str) -> list[str]:
    """The columns of the ``what`` export, in order."""
    return [name for name, _ in COLUMNS[what]]


@functools.cache
def parquet_schema(what: str) -> Any:
    """The ``pyarrow.Schema`` of the ``what`` export (pyarrow comes with the 'dask' extra)."""
    pa = require("pyarrow", extra="dask", feature="Parquet output")
    types = {"string": pa.string(), "int64": pa.int64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[what]])


_SQL = {
    "quotes": (
        "SELECT q.article_id, q.n, a.outlet, a.date, a.url, a.title, q.speaker_name, q.actor_id, "
        "ac.name AS actor_name, q.role, q.type, q.statement, q.cue_text AS cue, q.text AS quote, "
        'q.start, q."end", q.sentence_context, q.evidence, a.dup_group, '
        # Whom the quote talks about, in the order it first mentions them.
        "(SELECT json_group_array(name) FROM (SELECT coalesce(ta.name, min(t.text)) AS name "
        "FROM quote_targets t LEFT JOIN actors ta ON ta.id = t.actor_id "
        "WHERE t.quote_id = q.id GROUP BY t.actor_id ORDER BY min(t.start))) AS targets "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN actors ac ON ac.id = q.actor_id {where} ORDER BY a.rowid, q.n"
    ),
    "articles": (
        "SELECT a.id, a.external_id, a.outlet, a.date, a.url, a.title, a.author, a.lang, a.source, a.dup_group, "
        "(SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes, a.ingested_at, "
        "a.metadata, a.text FROM articles a {where} ORDER BY a.rowid"
    ),
    # Quote counts for actors follow ``dedup`` too, through the joined article.
    "actors": (
        "SELECT ac.id, ac.name, ac.type, ac.affiliation, ac.country, "
        "(SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
        "WHERE q.actor_id = ac.id {also}) AS quotes, "
        "(SELECT json_group_array(variant) FROM (SELECT variant FROM actor_variants "
        "WHERE actor_id = ac.id ORDER BY count DESC, variant)) AS variants, "
        "(SELECT json_group_array(title) FROM (SELECT DISTINCT title FROM actor_roles "
        "WHERE actor_id = ac.id ORDER BY title)) AS roles "
        "FROM actors ac ORDER BY ac.id"
    ),
}

LIST_SEPARATOR = "; "  # how list columns (variants, roles, targets) are joined in CSV cells


def rows(store: Store, *, what: What, dedup: bool = False,
         filters: ArticleFilters | None = None) -> Iterator[dict[str, Any]]:
    """The export rows one by one, in the columns of ``COLUMNS[what]``.

    filters: only articles (and their quotes) of these dates, outlet and language; the
    actors export counts only their quotes. ``dedup`` adds to them.
    """
    if what not in _SQL:
        raise QueryError(f"cannot export {what!r} as rows; choose quotes, articles or actors")
    also, params = (filters or ArticleFilters()).merged(dedup=dedup).where()
    where = f"WHERE {also.removeprefix(' AND ')}" if also else ""
    sql = _SQL[what].format(where=where, also=also)
    cursor = store.conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    lists = {name for name, kind in COLUMNS[what] if kind == "list"}
    while True:
        chunk = cursor.fetchmany(BATCH)
        if not chunk:
            return
        for values in chunk:
            row = dict(zip(names, values, strict=True))
            for key in lists:
                row[key] = json.loads(row[key] or "[]")
            yield row


def check_export(format: str, what: str) -> None:
    """Refuse a format the rows cannot take: the network is a graph, the rest are tables."""
    if format not in FORMATS:
        raise QueryError(f"export format {format!r} is unknown; use {', '.join(FORMATS)}")
    if what not in WHATS:
        raise QueryError(f"cannot export {what!r}; choose {', '.join(WHATS)}")
    if what == "network" and format not in NETWORK_FORMATS:
        raise QueryError(f"the network is a graph: export it as gexf or graphml, not {format}")
    if what != "network" and format in NETWORK_FORMATS:
        raise QueryError(f"{format} holds a graph: use --what network, or csv, jsonl or "
                         f"parquet for {what}")


def export(
    store: Store,
    path_or_stream: str | Path | IO[Any],
    *,
    format: Format,
    what: What = "quotes",
    bom: bool = False,
    dedup: bool = False,
    filters: ArticleFilters | None = None,
) -> int:
    """Write the ``what`` table (or the network) to a file or stream; return its rows.

    bom: start a CSV with a UTF-8 byte-order mark so that Excel reads it as UTF-8.
    dedup: leave out articles (and their quotes) that are near-copies of an earlier one.
    filters: only articles of these dates, outlet and language (see ``rows``).
    A text stream is needed for csv/jsonl, a binary one for parquet, gexf and graphml.
    For the network the count is its actors (nodes).
    """
    check_export(format, what)
    if what == "network":
        nodes, _ = export_network(store, path_or_stream, format=format,  # type: ignore[arg-type]
                                  filters=(filters or ArticleFilters()).merged(dedup=dedup))
        return nodes
    if format == "parquet":
        parquet_schema(what)  # without pyarrow, fail before the file is created
    records = rows(store, what=what, dedup=dedup, filters=filters)
    with _opened(path_or_stream, binary=format == "parquet") as stream:
        if format == "parquet":
            return _parquet(records, stream, what=what)
        if format == "csv":
            return _csv(records, stream, columns=column_names(what), bom=bom)
        return _jsonl(records, stream)


@contextlib.contextmanager
def _opened(target: str | Path | IO[Any], *, binary: bool) -> Iterator[IO[Any]]:
    if not isinstance(target, str | Path):
        yield target
        return
    try:
        # newline="" because the csv module writes its own \r\n line ends.
        handle: IO[Any] = (
            open(target, "wb") if binary else open(target, "w", encoding="utf-8", newline="")
        )
    except OSError as e:
        raise StoreError(f"cannot write export to {target}: {e.strerror}; check the path") from e
    with handle:
        yield handle


def _csv(
    records: Iterator[dict[str, Any]], stream: IO[Any], *, columns: list[str], bom: bool
) -> int:
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        raise StoreError("CSV export needs a text stream; open the file in text mode")
    if bom:
        stream.write("\ufeff")
    writer = csv.DictWriter(stream, fieldnames=columns, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    count = 0
    for row in records:
        for key, value in row.items():
            if isinstance(value, list):
                row[key] = LIST_SEPARATOR.join(value)
        writer.writerow(row)
        count += 1
    return count


def _jsonl(records: Iterator[dict[str, Any]], stream: IO[Any]) -> int:
    count = 0
    for row in records:
        if "metadata" in row:
            row["metadata"] = json.loads(row["metadata"] or "{}")
        stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _parquet(records: Iterator[dict[str, Any]], stream: IO[Any], *, what: str) -> int:
    pa = require("pyarrow", extra="dask", feature="Parquet output")
    pq = require("pyarrow.parquet", extra="dask", feature="Parquet output")
    schema = parquet_schema(what)
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in records:
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
