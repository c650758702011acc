"""Web archives (WARC, gzipped WARC, ARC): one article per archived HTML page.

warcio stops silently at a truncated file, so this reader checks every
record's length and that the archive was read to its end, and reports the
record where it broke after yielding the ones before it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..errors import InputError
from ..records import Article
from .build import MAX_PAGE_BYTES, copy_metadata
from .html import html_article

HTML_TYPES = ("text/html", "application/xhtml+xml")


class ArchiveBroken(InputError):
    """The archive is damaged at a record: nothing after it can be trusted."""


def read_warc(stream: BinaryIO, source: str, *, size: int) -> Iterator[Article | InputError]:
    """Each HTML page answered with status 200 in the archive ``stream`` (``size`` bytes)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    _check_start(stream, source)
    records = ArchiveIterator(stream, arc2warc=True)
    iterator = iter(records)
    n = pages = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as e:
            yield InputError(f"{source}#{n + 1}",
                             f"archive truncated or damaged at record {n + 1}: {_short(e)}",
                             hint=f"the {n} records before it were read")
            return
        n += 1
        try:
            item = _record_article(record, source=source, n=n)
        except ArchiveBroken as e:
            yield e
            return
        if item is not None:
            pages += 1
            yield item
    end = records.offset
    if end < size and not _rest_is_blank(stream, end):
        yield InputError(f"{source}#{n + 1}",
                         f"archive truncated or damaged at record {n + 1}: the file ends inside it "
                         f"(byte {end} of {size})",
                         hint=f"the file is truncated; the {n} records before it were read")
    elif pages == 0:
        raise InputError(source, f"no HTML pages with status 200 among the {n} records")


def _check_start(stream: BinaryIO, source: str) -> None:
    # warcio reads almost any text as an ARC record, so check the file's first bytes.
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as e:
            raise InputError(source, f"broken gzip data at the start: {e}") from e
    if len(head) < 5 and b"WARC/".startswith(head):
        return  # cut off within the first bytes: reported as a broken first record
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise InputError(source, "not a WARC or ARC archive (it does not start with 'WARC/')",
                         hint="check that the file is what its extension says")


def _record_article(record: Any, *, source: str, n: int) -> Article | InputError | None:
    """The article of one record, an error for a page without text, None for other records."""
    where = f"{source}#{n}"
    if record.rec_type not in ("response", "resource"):
        _drain(record, where, n)
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        http = record.http_headers
        status = http.get_statuscode() if http is not None else None
        content_type = http.get_header("Content-Type", "") if http is not None else ""
        if status != "200":
            _drain(record, where, n)
            return None
    else:
        content_type = record.rec_headers.get_header("Content-Type", "")
    if content_type.split(";", 1)[0].strip().lower() not in HTML_TYPES:
        _drain(record, where, n)
        return None
    try:
        payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    except (OSError, ValueError, zlib.error) as e:
        _drain(record, where, n)
        return InputError(where, f"record {n} ({url}): cannot decode the page: {_short(e)}")
    _drain(record, where, n)
    if len(payload) > MAX_PAGE_BYTES:
        return InputError(where, f"record {n} ({url}): page over {MAX_PAGE_BYTES:,} bytes; skipped")
    warc_date = record.rec_headers.get_header("WARC-Date")
    try:
        article = html_article(payload, source=where, url=url, fallback_date=warc_date)
    except InputError as e:
        return InputError(where, f"record {n} ({url}): {e.problem}", hint=e.hint)
    meta = copy_metadata(article.metadata)
    if warc_date:
        meta["warc_date"] = warc_date
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if record_id:
        meta["warc_record_id"] = record_id
    article.metadata = meta
    return article


def _drain(record: Any, where: str, n: int) -> None:
    """Read the record to its end; raise ArchiveBroken when the file ends before it does."""
    while record.raw_stream.read(1 << 16):
        pass
    # The raw stream is limited to the record's Content-Length; what is left
    # unread after draining it is what the file is missing.
    missing = getattr(record.raw_stream, "limit", None)
    if missing is None:
        raise ArchiveBroken(where, f"archive truncated or damaged at record {n}: no Content-Length")
    if missing > 0:
        raise ArchiveBroken(where, f"archive truncated or damaged at record {n}: {missing} bytes missing",
                            hint=f"the file is truncated; the {n - 1} records before it were read")


def _rest_is_blank(stream: BinaryIO, offset: int) -> bool:
    try:
        stream.seek(offset)
        return not stream.read(1 << 16).strip()
    except (OSError, ValueError):
        return False


def _short(error: Exception) -> str:
    # warcio quotes the damaged bytes in its messages; a line of them is enough.
    text = str(error)
    return text if len(text) <= 120 else text[:117] + "..."
