"""Stream quotes, articles or actors out of a Store as CSV, JSON Lines or Parquet,
and the actor network as GEXF or GraphML (``network.py``)."""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal

from wiezegtwat.errors import QueryError, StoreError, require

from . import fts, pg_search
from .db import Store
from .filters import parse_date
from .network import NETWORK_FORMATS, ArticleFilters, export_network
from .queries import QuoteFilters, quote_source, search_order

Format = Literal["csv", "jsonl", "parquet", "xlsx", "gexf", "graphml"]
What = Literal["quotes", "articles", "actors", "network"]
ROW_FORMATS = ("csv", "jsonl", "parquet", "xlsx")
FORMATS: tuple[str, ...] = (*ROW_FORMATS, *NETWORK_FORMATS)
WHATS: tuple[str, ...] = ("quotes", "articles", "actors", "network")

BATCH = 2_000  # rows per Parquet row group and per fetch: bounded memory on big DBs

# The fixed column order and Parquet type of each export: "string", "int64", "double",
# "date" (a day; ISO text in CSV and JSON Lines) or "list" (of strings). Plain names, so
# that CSV and JSON Lines need no pyarrow.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    # Everything a researcher needs to trace a quote back to its source and to weigh it,
    # without a join: the article (ids, file/URL, outlet, date, language), the quote's,
    # cue's and speaker's offsets into the article text, and how sure the speaker is.
    "quotes": (
        ("article_id", "string"),
        ("n", "int64"),
        ("outlet", "string"),
        ("date", "date"),
        ("url", "string"),
        ("title", "string"),
        ("external_id", "string"),
        ("source", "string"),
        ("lang", "string"),
        ("speaker_name", "string"),
        ("speaker_start", "int64"),
        ("speaker_end", "int64"),
        ("speaker_kind", "string"),
        ("speaker_confidence", "double"),
        ("actor_id", "string"),
        ("actor_name", "string"),
        ("actor_type", "string"),
        ("role", "string"),
        ("type", "string"),
        ("statement", "string"),
        ("cue", "string"),
        ("cue_start", "int64"),
        ("cue_end", "int64"),
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
        ("date", "date"),
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
    types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(),
             "date": pa.date32(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[what]])


_SQL = {
    # FROM and WHERE come from queries.quote_source: the export selects what the search does.
    "quotes": (
        "SELECT q.article_id, q.n, a.outlet, a.date, a.url, a.title, a.external_id, a.source, "
        "a.lang, q.speaker_name, q.speaker_start, q.speaker_end, q.speaker_kind, "
        "q.speaker_confidence, q.actor_id, ac.name AS actor_name, ac.type AS actor_type, "
        "q.role, q.type, q.statement, q.cue_text AS cue, q.cue_start, q.cue_end, "
        'q.text AS quote, q.start, q."end", q.sentence_context, q.evidence, a.dup_group, '
        # Whom the quote talks about, in the order it first mentions them.
        "{targets} AS targets "
        "FROM {source} {where} ORDER BY {order}"
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
        "{variants} AS variants, {roles} AS roles "
        "FROM actors ac ORDER BY ac.id"
    ),
}

# The list columns as JSON text; PostgreSQL has its own (pg_search.EXPORT_LISTS).
_LISTS = {
    "targets": (
        "(SELECT json_group_array(name) FROM (SELECT coalesce(ta.name, min(t.text)) AS name "
        "FROM quote_targets t LEFT JOIN actors ta ON ta.id = t.actor_id "
        "WHERE t.quote_id = q.id GROUP BY t.actor_id ORDER BY min(t.start)))"
    ),
    "variants": (
        "(SELECT json_group_array(variant) FROM (SELECT variant FROM actor_variants "
        "WHERE actor_id = ac.id ORDER BY count DESC, variant))"
    ),
    "roles": (
        "(SELECT json_group_array(title) FROM (SELECT DISTINCT title FROM actor_roles "
        "WHERE actor_id = ac.id ORDER BY title))"
    ),
}

LIST_SEPARATOR = "; "  # how list columns (variants, roles, targets) are joined in CSV cells


def rows(store: Store, *, what: What, dedup: bool = False,
         filters: ArticleFilters | QuoteFilters | None = None,
         order: Literal["stored", "search"] = "stored") -> Iterator[dict[str, Any]]:
    """The export rows one by one, in the columns of ``COLUMNS[what]``.

    order: quotes in the order they were stored, or in the search's (best match first,
    else newest first: what the web page shows).

    filters: only articles (and their quotes) of these dates, outlet and language; for
    quotes also a ``QuoteFilters`` search (words, speaker, about, type), selected exactly
    as ``search_quotes`` selects them. The actors export counts only the filtered
    articles' quotes. ``dedup`` adds to them.
    """
    if what not in _SQL:
        raise QueryError(f"cannot export {what!r} as rows; choose quotes, articles or actors")
    if what == "quotes":
        search = replace(as_quote_filters(filters), dedup=dedup or bool(filters and filters.dedup))
        source, where, params = quote_source(store.conn, search)
        sorted_by = search_order(search) if order == "search" else "a.rowid, q.n"
        sql = _SQL[what].format(source=source, where=where, order=sorted_by, **_lists(store))
    else:
        also, params = _article_only(filters).merged(dedup=dedup).where()
        where = f"WHERE {also.removeprefix(' AND ')}" if also else ""
        sql = _SQL[what].format(where=where, also=also, **_lists(store))
    try:
        # PostgreSQL would send the whole result at once; a server-side cursor streams it.
        run = store.conn.stream if store.dialect == "postgresql" else store.conn.execute
        cursor = run(sql, params)
    except sqlite3.OperationalError as e:
        if fts.interrupted(e):
            raise  # over the caller's time budget: not the query's fault
        raise fts.as_query_error(getattr(filters, "query", None) or "", e) from e
    # Run now, iterate later: a bad query fails before an output file is created.
    return _fetched(cursor, what)


def _lists(store: Store) -> dict[str, str]:
    return pg_search.EXPORT_LISTS if store.dialect == "postgresql" else _LISTS


def _fetched(cursor: sqlite3.Cursor, what: str) -> Iterator[dict[str, Any]]:
    """The cursor's rows as dicts in the export's column order, a batch at a time."""
    names = [d[0] for d in cursor.description]
    lists = {name for name, kind in COLUMNS[what] if kind == "list"}
    try:
        while True:
            chunk = cursor.fetchmany(BATCH)
            if not chunk:
                return
            for values in chunk:
                row = dict(zip(names, values, strict=True))
                for key in lists:
                    row[key] = json.loads(row[key] or "[]")
                yield row
    finally:
        # An export stopped early (a client that went away) must not leave the statement,
        # and its read snapshot, open on a pooled connection.
        cursor.close()


def as_quote_filters(filters: ArticleFilters | QuoteFilters | None) -> QuoteFilters:
    """Article filters as the quote search that keeps their articles' quotes."""
    if isinstance(filters, QuoteFilters):
        return filters
    if filters is None:
        return QuoteFilters()
    return QuoteFilters(since=filters.since, until=filters.until, outlet=filters.outlet,
                        lang=filters.lang, dedup=filters.dedup)


# The parts of a quote search that select quotes rather than articles.
QUOTE_ONLY = ("query", "speaker", "actor_id", "type", "about")


def _article_only(filters: ArticleFilters | QuoteFilters | None) -> ArticleFilters:
    """The article filters of an article or actor export; quote filters are refused."""
    if not isinstance(filters, QuoteFilters):
        return filters or ArticleFilters()
    given = [name for name in QUOTE_ONLY if getattr(filters, name)]
    if given:
        raise QueryError(f"{', '.join(given)} select quotes: export them with --what quotes, "
                         "or leave them out")
    return ArticleFilters(since=filters.since, until=filters.until, outlet=filters.outlet,
                          lang=filters.lang, dedup=filters.dedup)


def to_day(value: str | None) -> date | None:
    """A stored article date as a day for Parquet and spreadsheets; None when unreadable.

    Dates are kept as the input gave them (sometimes a datetime or only a month):
    the day is what a researcher sorts and groups by.
    """
    if not value:
        return None
    try:
        return parse_date(value, option="article date")
    except QueryError:
        return None


def check_export(format: str, what: str) -> None:
    """Refuse a format the rows cannot take: the network is a graph, the rest are tables."""
    if format not in FORMATS:
        raise QueryError(f"export format {format!r} is unknown; use {', '.join(FORMATS)}")
    if what not in WHATS:
        raise QueryError(f"cannot export {what!r}; choose {', '.join(WHATS)}")
    if what == "network" and format not in NETWORK_FORMATS:
        raise QueryError(f"the network is a graph: export it as gexf or graphml, not {format}")
    if what != "network" and format in NETWORK_FORMATS:
        raise QueryError(f"{format} holds a graph: use --what network, or csv, jsonl, "
                         f"parquet or xlsx for {what}")


def check_delimiter(delimiter: str) -> None:
    """Refuse a CSV delimiter that is not one character, or one that would break rows."""
    if len(delimiter) != 1 or delimiter in ('"', "\r", "\n"):
        raise QueryError(f"CSV delimiter {delimiter!r} cannot be used; give one character "
                         "such as ',' or ';' (what Dutch Excel expects)")


def export(
    store: Store,
    path_or_stream: str | Path | IO[Any],
    *,
    format: Format,
    what: What = "quotes",
    bom: bool = False,
    dedup: bool = False,
    filters: ArticleFilters | QuoteFilters | None = None,
    delimiter: str = ",",
) -> int:
    """Write the ``what`` table (or the network) to a file or stream; return its rows.

    bom: start a CSV with a UTF-8 byte-order mark so that Excel reads it as UTF-8.
    dedup: leave out articles (and their quotes) that are near-copies of an earlier one.
    filters: only articles of these dates, outlet and language; for quotes also a search
    (``QuoteFilters``: words, speaker, about, type; see ``rows``).
    delimiter: between CSV fields (";" for a spreadsheet in a Dutch locale).
    A text stream is needed for csv/jsonl, a binary one for parquet, xlsx, gexf and graphml.
    For the network the count is its actors (nodes).
    """
    check_export(format, what)
    check_delimiter(delimiter)
    if what == "network":
        nodes, _ = export_network(store, path_or_stream, format=format,  # type: ignore[arg-type]
                                  filters=_article_only(filters).merged(dedup=dedup))
        return nodes
    if format == "parquet":
        parquet_schema(what)  # without the extra, fail before the file is created
    if format == "xlsx":
        require("openpyxl", extra="xlsx", feature="Excel output")
    binary = format in ("parquet", "xlsx")
    if binary and isinstance(path_or_stream, io.TextIOBase):
        raise StoreError(f"{format} export needs a binary stream; open the file in binary mode")
    records = rows(store, what=what, dedup=dedup, filters=filters)
    with _opened(path_or_stream, binary=binary) as stream:
        if format == "parquet":
            return _parquet(records, stream, what=what)
        if format == "xlsx":
            return write_xlsx(records, stream, what=what)
        if format == "csv":
            return _csv(records, stream, columns=column_names(what), bom=bom,
                        delimiter=delimiter)
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
    records: Iterator[dict[str, Any]], stream: IO[Any], *, columns: list[str], bom: bool,
    delimiter: str = ",",
) -> int:
    if isinstance(stream, io.RawIOBase | io.BufferedIOBase):
        raise StoreError("CSV export needs a text stream; open the file in text mode")
    if bom:
        stream.write("\ufeff")
    writer = csv.DictWriter(stream, fieldnames=columns, quoting=csv.QUOTE_MINIMAL,
                            delimiter=delimiter)
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
    days = [name for name, kind in COLUMNS[what] if kind == "date"]
    with pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in records:
            for key in days:
                row[key] = to_day(row[key])
            batch.append(row)
            if len(batch) >= BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


# Excel's limit on the characters in one cell; a longer text (an article) is cut there.
XLSX_CELL_CHARS = 32_767


def write_xlsx(records: Iterator[dict[str, Any]], stream: IO[Any], *, what: str) -> int:
    """One sheet named after ``what``: a header row, then a row per record.

    Dates are real dates (shown as yyyy-mm-dd), lists are joined as in CSV, and text is
    always text: a quote that begins with "=" is not turned into a formula.
    """
    openpyxl = require("openpyxl", extra="xlsx", feature="Excel output")
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(what)
    kinds = dict(COLUMNS[what])
    sheet.append(list(kinds))
    count = 0
    for row in records:
        cells = []
        for name, kind in kinds.items():
            value = row[name]
            if kind == "date":
                value = to_day(value)
            elif isinstance(value, list):
                value = LIST_SEPARATOR.join(value)
            if isinstance(value, str):
                # Control characters are not allowed in the sheet's XML.
                value = ILLEGAL_CHARACTERS_RE.sub("", value)[:XLSX_CELL_CHARS]
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl reads a leading "=" as a formula otherwise
            elif kind == "date" and value is not None:
                cell.number_format = "yyyy-mm-dd"
            cells.append(cell)
        sheet.append(cells)
        count += 1
    book.save(stream)
    return count
