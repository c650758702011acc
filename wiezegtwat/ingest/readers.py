"""Readers: one function per input format, each yielding Articles or InputErrors.

A reader never raises for bad data: it yields an ``InputError`` naming the
file (and record) and the cause, and goes on with the next record, so one bad
row never stops a run.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

from ..errors import InputError
from ..ids import article_id
from ..records import Article

Result = Article | InputError

# Column names archives use for each field (LexisNexis, AmCAT, Nexis Uni, CSV
# exports of newsrooms), lower-cased; the first one present wins.
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text", "fulltext", "tekst", "inhoud", "bodytext"),
    "title": ("title", "headline", "kop", "titel", "header"),
    "date": ("date", "published", "publication_date", "pubdate", "datum", "published_at", "date_published"),
    "url": ("url", "link", "uri"),
    "outlet": ("outlet", "source", "medium", "publication", "publisher", "krant", "newspaper", "site"),
    "author": ("author", "byline", "auteur", "authors"),
}
_BINARY_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "zip",
    b"\x1f\x8b": "gzip",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"\xd0\xcf\x11\xe0": "MS Office",
}


def decode(data: bytes, source: str) -> tuple[str, dict[str, Any]]:
    """Text of ``data`` and notes on how it was decoded; InputError for binary data.

    UTF-8 first (a leading BOM is not part of the text); UTF-16/32 with a BOM;
    otherwise the best guess of charset-normalizer (cp1252 and Latin-1 archives).
    """
    meta: dict[str, Any] = {}
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(source, f"binary data (looks like {kind}), not text",
                             hint="convert it to text or HTML first")
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec), {"encoding": codec}
            except UnicodeDecodeError as e:
                raise InputError(source, f"broken {codec} text ({e.reason})") from e
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
            meta["bom"] = True
        meta["encoding"] = "utf-8"
        return text, meta
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_8"]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text, encoding = data.decode("latin-1"), "latin_1"
    meta["encoding"] = encoding
    meta["warnings"] = [f"not UTF-8; decoded as {encoding}"]
    return text, meta


def make_article(text: str, *, source: str, **fields: Any) -> Result:
    """An Article with a stable id, or an InputError for an empty text."""
    if not text or not text.strip():
        return InputError(source, "empty article")
    meta = dict(fields.pop("metadata", {}) or {})
    date = fields.get("date")
    if date:
        iso = normalise_date(str(date))
        if iso is None:
            meta.setdefault("warnings", []).append(f"unreadable date {str(date)[:40]!r} dropped")
        fields["date"] = iso
    url = fields.get("url")
    if url and not fields.get("outlet"):
        fields["outlet"] = outlet_of(str(url))
    def get(key: str) -> str | None:
        value = fields.get(key)
        return str(value).strip() or None if value not in (None, "") else None

    return Article(id=article_id(text), text=text, source=source, metadata=meta, title=get("title"),
                   url=get("url"), outlet=get("outlet"), date=get("date"), author=get("author"),
                   lang=get("lang"))


def outlet_of(url: str) -> str | None:
    """The host of a URL without "www.", or None when it has none."""
    try:
        host = urlparse(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def normalise_date(value: str) -> str | None:
    """An ISO date (or datetime) from the many ways archives write dates."""
    value = value.strip()
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y/%m/%d", "%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%Y%m%d"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        from htmldate.validators import convert_date  # type: ignore[import-untyped]

        found = convert_date(value, "%Y-%m-%d", "%Y-%m-%d")
        return str(found) if found else None
    except Exception:  # noqa: BLE001 - htmldate's validators raise many kinds; a bad date is only dropped
        return None


# -- plain text -------------------------------------------------------------------
def read_text(data: bytes, source: str) -> Iterator[Result]:
    try:
        text, meta = decode(data, source)
    except InputError as e:
        yield e
        return
    yield make_article(text, source=source, metadata=meta)


# -- HTML -------------------------------------------------------------------------
def html_article(html: str, *, source: str, url: str | None = None, date: str | None = None) -> Result:
    """Main text and metadata of an HTML page (trafilatura + htmldate)."""
    import trafilatura
    from htmldate import find_date

    try:
        extracted: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                     include_tables=False)
        doc: dict[str, Any] | None = None
        if extracted is not None:
            doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    except Exception as e:  # noqa: BLE001 - trafilatura raises from lxml on hostile markup
        return InputError(source, f"HTML could not be parsed ({type(e).__name__})")
    if not doc or not (doc.get("text") or "").strip():
        return InputError(source, "no article text found in the HTML page")
    page_url = url or doc.get("url")
    found = date
    try:
        found = found or find_date(html, url=page_url, original_date=True)
    except Exception:  # noqa: BLE001 - a missing date is fine
        found = found or doc.get("date")
    text = _paragraphs(doc["text"])
    return make_article(text, source=source, title=doc.get("title"), url=page_url, date=found or doc.get("date"),
                        author=doc.get("author"), outlet=outlet_of(page_url) if page_url else doc.get("sitename"))


def _paragraphs(text: str) -> str:
    """trafilatura separates paragraphs by single newlines; we use blank lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def read_html(data: bytes, source: str) -> Iterator[Result]:
    try:
        html, _meta = decode(data, source)
    except InputError as e:
        yield e
        return
    yield html_article(html, source=source)


# -- tables: CSV/TSV and JSON lines -------------------------------------------------
def _pick(row: Mapping[str, Any], field: str, mapping: Mapping[str, str]) -> Any:
    if field in mapping:
        return row.get(mapping[field])
    lower = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    for name in COLUMNS[field]:
        if lower.get(name) not in (None, ""):
            return lower[name]
    return None


def row_article(row: Mapping[str, Any], *, source: str, mapping: Mapping[str, str]) -> Result:
    text = _pick(row, "text", mapping)
    if not isinstance(text, str) or not text.strip():
        wanted = mapping.get("text") or "/".join(COLUMNS["text"][:4])
        return InputError(source, f"row has no text (looked for column {wanted})",
                          hint="name the text column with --map text=COLUMN")
    fields = {f: _pick(row, f, mapping) for f in ("title", "date", "url", "outlet", "author")}
    extra = {k: v for k, v in row.items() if k is not None and isinstance(v, str | int | float)
             and v != text and k not in fields.values()}
    return make_article(text.replace("\r\n", "\n"), source=source, metadata={"columns": list(extra)}, **fields)


def read_csv(data: bytes, source: str, *, mapping: Mapping[str, str], delimiter: str | None = None) -> Iterator[Result]:
    try:
        text, _meta = decode(data, source)
    except InputError as e:
        yield e
        return
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(50_000_000)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    n = 0
    try:
        for n, row in enumerate(reader, 1):
            yield row_article(row, source=f"{source}#{n}", mapping=mapping)
    except csv.Error as e:
        yield InputError(f"{source}#{n + 1}", f"broken CSV ({e})")


def read_jsonl(data: bytes, source: str, *, mapping: Mapping[str, str]) -> Iterator[Result]:
    try:
        text, _meta = decode(data, source)
    except InputError as e:
        yield e
        return
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            rows = json.loads(stripped)
        except json.JSONDecodeError as e:
            yield InputError(source, f"not valid JSON ({e.msg} at line {e.lineno})")
            return
        for n, row in enumerate(rows if isinstance(rows, list) else [rows], 1):
            yield _json_row(row, f"{source}#{n}", mapping)
        return
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield InputError(f"{source}#{n}", f"not valid JSON ({e.msg})")
            continue
        yield _json_row(row, f"{source}#{n}", mapping)


def _json_row(row: Any, source: str, mapping: Mapping[str, str]) -> Result:
    if not isinstance(row, dict):
        return InputError(source, "a JSON record must be an object with a text field")
    return row_article(row, source=source, mapping=mapping)


# -- feeds --------------------------------------------------------------------------
def read_feed(data: bytes, source: str) -> Iterator[Result]:
    import feedparser

    try:
        feed = feedparser.parse(data)
    except Exception as e:  # noqa: BLE001 - feedparser raises from its sanitiser on odd input
        yield InputError(source, f"feed could not be parsed ({type(e).__name__})")
        return
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if getattr(feed, "bozo", False) else ""
        yield InputError(source, f"no entries in the feed{reason}")
        return
    home = outlet_of(feed.feed.get("link", "") or "")
    for n, entry in enumerate(feed.entries, 1):
        where = f"{source}#{n}"
        html = ""
        if entry.get("content"):
            html = " ".join(c.get("value", "") for c in entry.content)
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = _feed_text(html)
        link = entry.get("link")
        result = make_article(text, source=where, title=entry.get("title"), url=link,
                              date=entry.get("published") or entry.get("updated"), author=entry.get("author"),
                              outlet=outlet_of(link) if link else home)
        yield result


def _feed_text(html: str) -> str:
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fromstring(f"<div>{html}</div>")
    except Exception:  # noqa: BLE001 - lxml raises several types on broken fragments
        return html.strip()
    for bad in root.xpath("//script|//style|//iframe"):
        bad.drop_tree()
    parts = [p.text_content().strip() for p in root.xpath("//p")]
    if not any(parts):
        parts = [root.text_content().strip()]
    return "\n\n".join(p for p in parts if p)


# -- WARC ---------------------------------------------------------------------------
def _warc_truncated(data: bytes) -> bool:
    """Whether a WARC file was cut off (warcio reads a cut file without a word)."""
    if data[:2] == b"\x1f\x8b":
        import gzip
        import zlib

        try:
            gzip.decompress(data)
        except (EOFError, OSError, zlib.error):
            return True
        return False
    return not data.rstrip(b" \t").endswith(b"\r\n\r\n")


def read_warc(data: bytes, source: str) -> Iterator[Result]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    truncated = _warc_truncated(data)
    stream = io.BytesIO(data)
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            status = record.http_headers.get_statuscode()
            if "html" not in ctype.lower() or status != "200":
                continue
            n += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            body = record.content_stream().read()
            where = f"{source}#{n}"
            try:
                html, _meta = decode(body, where)
            except InputError as e:
                yield e
                continue
            yield html_article(html, source=where, url=url,
                               date=(record.rec_headers.get_header("WARC-Date") or "")[:10] or None)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
        yield InputError(f"{source}#{n + 1}", f"WARC file is truncated or damaged after {n} records ({e})")
        return
    if truncated:
        yield InputError(f"{source}#{n}", f"WARC file is truncated or damaged: its last record is incomplete "
                         f"({n} HTML records read)")
