"""Exports with one article per record: CSV/TSV, JSON lists and JSON Lines.

Columns are found by their common names (LexisNexis, AmCAT, Nexis Uni and
hand-made spreadsheets use these); ``mapping`` (``--map text=Body``) names
them when the export uses other names. Columns that are not an Article field
go into ``metadata`` under their own name.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, BinaryIO, TextIO

from ..errors import InputError, InputWarning
from ..records import Article
from .build import FIELDS, MAX_CHARS, add_warning, copy_metadata, make_article
from .encoding import decode, open_text

Item = Article | InputError | InputWarning

# Longest JSON line or CSV cell read (characters): JSON escapes (\u00e9) may take six
# characters for one of the text, and a longer cell is over the article limit anyway.
# Reading stops there instead of growing a buffer with a broken file's every byte.
MAX_RECORD_CHARS = 8 * MAX_CHARS

# Column names per field, most specific first, compared case-insensitively.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "tekst", "inhoud"),
    "title": ("title", "headline", "kop", "titel"),
    "date": ("date", "published", "publication_date", "datum", "pubdate"),
    "url": ("url", "link"),
    "outlet": ("outlet", "source", "medium", "publication", "publisher", "krant"),
    "author": ("author", "byline", "auteur"),
    "external_id": ("external_id", "id", "doc_id", "document_id", "article_id", "guid", "uid"),
}

# Keys under which JSON exports wrap their list of records.
WRAPPER_KEYS = ("articles", "items", "records", "documents", "docs", "data", "results", "hits")

DELIMITERS = (",", ";", "\t", "|")

# Timestamps in seconds between these bounds (1973-2100) are read as dates.
EPOCH_RANGE = (1e8, 4.2e9)


def check_mapping(mapping: Mapping[str, str] | None) -> dict[str, str]:
    """The mapping field → column with lower-case field names; InputError for unknown fields."""
    fields: dict[str, str] = {}
    for name, column in (mapping or {}).items():
        field = name.strip().lower()
        if field not in FIELDS:
            raise InputError("--map", f"unknown field {name!r}",
                             hint=f"fields are {', '.join(FIELDS)}; e.g. --map text=Body")
        fields[field] = column.strip()
    return fields


def find_columns(columns: Sequence[str], mapping: Mapping[str, str]) -> dict[str, str]:
    """Which column holds each field: mapping first, then the common names."""
    by_lower: dict[str, str] = {}
    for column in columns:
        by_lower.setdefault(column.strip().lower(), column)
    found: dict[str, str] = {}
    for field in FIELDS:
        wanted = mapping.get(field)
        if wanted is not None:
            if wanted in columns:
                found[field] = wanted
            elif wanted.lower() in by_lower:
                found[field] = by_lower[wanted.lower()]
            continue
        for alias in ALIASES[field]:
            if alias in by_lower:
                found[field] = by_lower[alias]
                break
    return found


def record_article(
    record: Mapping[str, Any],
    *,
    source: str,
    where: str,
    mapping: Mapping[str, str],
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """One Article from one record; InputError (naming ``where``) when it has no text."""
    columns = find_columns(list(record), mapping)
    text_column = columns.get("text")
    if text_column is None:
        wanted = mapping.get("text")
        looked = repr(wanted) if wanted else ", ".join(ALIASES["text"])
        raise InputError(source, f"{where}: no text column (looked for {looked}; "
                         f"the record has {', '.join(map(str, record)) or 'no columns'})",
                         hint="name the text column with --map text=COLUMN")
    text = record[text_column]
    if text is None or text == "":
        raise InputError(source, f"{where}: empty article (column {text_column!r} is empty)",
                         hint="if the text is in another column, name it with --map text=COLUMN")
    if not isinstance(text, str):
        raise InputError(source, f"{where}: column {text_column!r} holds a "
                         f"{type(text).__name__}, not a text")
    meta = copy_metadata(metadata)
    used = set(columns.values())
    for key, value in record.items():
        if key not in used and value not in (None, "", [], {}):
            meta[str(key)] = value
    values = {field: _as_str(record.get(column), field=field, metadata=meta)
              for field, column in columns.items() if field != "text"}
    try:
        return make_article(text, source=source, metadata=meta, **values)
    except InputError as e:
        raise InputError(source, f"{where}: {e.problem}", hint=e.hint) from e


def _as_str(value: Any, *, field: str, metadata: dict[str, Any]) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        if field == "date":
            if EPOCH_RANGE[0] <= value <= EPOCH_RANGE[1]:
                return datetime.fromtimestamp(value, tz=UTC).isoformat()
            if EPOCH_RANGE[0] * 1000 <= value <= EPOCH_RANGE[1] * 1000:  # milliseconds
                return datetime.fromtimestamp(value / 1000, tz=UTC).isoformat()
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return str(value["name"])  # e.g. {"name": "Els de Wit", "email": ...}
    add_warning(metadata, f"{field} is a {type(value).__name__}, not a text; dropped")
    return None


# -- JSON and JSON Lines ---------------------------------------------------------


def read_jsonl(
    stream: BinaryIO, source: str, *, mapping: Mapping[str, str]
) -> Iterator[Item]:
    """One article per line of a JSON Lines file (blank lines are skipped), read line by line."""
    # Split on \n only: U+2028 and friends may occur raw inside JSON strings.
    lines, decoded = open_text(stream, source, newline="\n")
    yield from decoded.notices(source)
    n = 0
    for lineno, line in enumerate(_capped_lines(lines), start=1):
        if line is not None and not line.strip():
            continue
        n += 1
        where = f"record {n} (line {lineno})"
        if line is None:
            yield InputError(f"{source}#{n}", f"{where}: longer than {MAX_RECORD_CHARS:,} "
                             "characters", hint="an article has at most "
                             f"{MAX_CHARS:,} characters")
            continue
        try:
            value = json.loads(line)
        except ValueError as e:
            yield InputError(f"{source}#{n}", f"{where}: invalid JSON: {e}")
            continue
        yield _json_record(value, source=f"{source}#{n}", where=where, mapping=mapping,
                           metadata=decoded.metadata())


def _capped_lines(lines: TextIO) -> Iterator[str | None]:
    """Each line, or None for a line over MAX_RECORD_CHARS (read past, never held whole)."""
    while line := lines.readline(MAX_RECORD_CHARS + 1):
        if len(line) <= MAX_RECORD_CHARS or line.endswith("\n"):
            yield line
            continue
        while (rest := lines.readline(MAX_RECORD_CHARS)) and not rest.endswith("\n"):
            pass
        yield None


def read_json(
    data: bytes, source: str, *, mapping: Mapping[str, str]
) -> Iterator[Item]:
    """A JSON list of records (or a wrapped list, or one record); JSON Lines as well."""
    decoded = decode(data, source)
    try:
        value = json.loads(decoded.text)
    except ValueError as e:
        if decoded.text.lstrip().startswith("{") and "\n" in decoded.text.strip():
            yield from read_jsonl(io.BytesIO(data), source, mapping=mapping)
            return
        raise InputError(source, f"invalid JSON: {e}") from e
    yield from decoded.notices(source)
    records = _unwrap(value)
    if records is None:
        yield _json_record(value, source=source, where="the record", mapping=mapping,
                           metadata=decoded.metadata())
        return
    if not records:
        raise InputError(source, "the JSON list has no records")
    for n, record in enumerate(records, start=1):
        yield _json_record(record, source=f"{source}#{n}", where=f"record {n}",
                           mapping=mapping, metadata=decoded.metadata())


def _unwrap(value: Any) -> list[Any] | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in WRAPPER_KEYS:
            inner = value.get(key)
            if isinstance(inner, list) and all(isinstance(v, dict) for v in inner):
                return inner
    return None


def _json_record(
    value: Any, *, source: str, where: str, mapping: Mapping[str, str],
    metadata: Mapping[str, Any],
) -> Article | InputError:
    if not isinstance(value, dict):
        return InputError(source, f"{where}: a JSON {type(value).__name__}, not an object",
                          hint='each record must be an object such as {"text": "..."}')
    try:
        return record_article(value, source=source, where=where, mapping=mapping,
                              metadata=metadata)
    except InputError as e:
        return e


# -- CSV and TSV ------------------------------------------------------------------


def read_csv(
    stream: BinaryIO, source: str, *, mapping: Mapping[str, str], delimiter: str | None = None
) -> Iterator[Item]:
    """One article per row, read row by row; the first row names the columns."""
    lines, decoded = open_text(stream, source, newline="")
    yield from decoded.notices(source)
    header = lines.readline(MAX_RECORD_CHARS)
    sep = delimiter or sniff_delimiter(header)
    old_limit = csv.field_size_limit()
    # A cell may hold a whole article (the csv module's default limit is 131,072); a
    # cell over MAX_RECORD_CHARS ends the file, so a missing quote cannot swallow it all.
    csv.field_size_limit(MAX_RECORD_CHARS)
    try:
        yield from _rows(itertools.chain([header], lines), source=source, sep=sep,
                         mapping=mapping, metadata=decoded.metadata())
    finally:
        csv.field_size_limit(old_limit)


def sniff_delimiter(text: str) -> str:
    """The delimiter that occurs most often in the header line (``,`` when none does)."""
    header = text.split("\n", 1)[0]
    counts = {sep: header.count(sep) for sep in DELIMITERS}
    best = max(DELIMITERS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _rows(
    lines: Iterator[str], *, source: str, sep: str, mapping: Mapping[str, str],
    metadata: Mapping[str, Any],
) -> Iterator[Article | InputError]:
    reader = csv.reader(lines, delimiter=sep)
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise InputError(source, f"line 1: broken header row: {e}") from e
    if header is None or not any(h.strip() for h in header):
        raise InputError(source, "no header row", hint="the first row must name the columns")
    header = [h.strip() for h in header]
    columns = find_columns(header, mapping)
    if "text" not in columns:
        wanted = mapping.get("text")
        looked = f"column {wanted!r} (from --map)" if wanted else ", ".join(ALIASES["text"])
        raise InputError(source, f"no text column (looked for {looked}; "
                         f"the columns are {', '.join(header)})",
                         hint="name the text column with --map text=COLUMN")
    missing = [f"{field}={column}" for field, column in mapping.items() if column not in header
               and column.lower() not in {h.lower() for h in header}]
    if missing:
        raise InputError(source, f"--map names columns that are not in the header: "
                         f"{', '.join(missing)} (the columns are {', '.join(header)})")
    n = 0
    last_line = reader.line_num
    while True:
        try:
            row = next(reader, None)
        except csv.Error as e:
            yield InputError(f"{source}#{n + 1}", f"row {n + 1} (line {last_line + 1}): {e}; "
                             "the rest of the file was not read")
            return
        if row is None:
            return
        first_line, last_line = last_line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        n += 1
        yield _row_article(row, header, source=f"{source}#{n}",
                           where=f"row {n} (line {first_line})", mapping=mapping,
                           metadata=metadata)


def _row_article(
    row: list[str], header: list[str], *, source: str, where: str, mapping: Mapping[str, str],
    metadata: Mapping[str, Any],
) -> Article | InputError:
    record: dict[str, Any] = {}
    for i, column in enumerate(header):
        record.setdefault(column, row[i] if i < len(row) else None)
    meta = copy_metadata(metadata)
    if len(row) < len(header):
        add_warning(meta, f"{where} has {len(row)} fields, the header {len(header)}")
    elif len(row) > len(header):
        add_warning(meta, f"{where} has {len(row)} fields, the header {len(header)}")
        meta["extra_fields"] = row[len(header):]
    try:
        return record_article(record, source=source, where=where, mapping=mapping,
                              metadata=meta)
    except InputError as e:
        return e
