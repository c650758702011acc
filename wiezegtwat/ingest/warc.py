"""Web archives (WARC, gzipped WARC, ARC): one article per archived HTML page.

warcio stops silently at a truncated file, so this reader checks every
record's length and that the archive was read to its end, and reports the
record where it broke after yielding the ones before it. warcio also goes on
past a gzip member it cannot decompress (it writes a warning and treats the
record as ended), so the compressed bytes are checked once more as warcio
reads them (``_CheckedGzip``).
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

    gzipped = _check_start(stream, source)
    checked = _CheckedGzip(stream) if gzipped else stream
    records = ArchiveIterator(checked, arc2warc=True)
    iterator = iter(records)
    n = pages = 0
    starts: dict[int, int] = {}  # record number by the offset it starts at
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except GzipDamaged as e:
            yield _damaged_at(e, starts, n + 1, source)
            return
        except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as e:
            yield InputError(f"{source}#{n + 1}",
                             f"archive truncated or damaged at record {n + 1}: {_short(e)}",
                             hint=f"the {n} records before it were read")
            return
        n += 1
        starts[records.offset] = n  # (get_record_offset() would read the record)
        try:
            item = _record_article(record, source=source, n=n)
        except ArchiveBroken as e:
            yield e
            return
        except GzipDamaged as e:
            yield _damaged_at(e, starts, n, source)
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


def _damaged_at(error: GzipDamaged, starts: dict[int, int], current: int, source: str) -> InputError:
    """The error for a damaged gzip member: at the record that starts with it when the
    archive is gzipped per record, else at the record warcio was reading."""
    n = starts.get(error.member_start, current) if error.member_start is not None else current
    return InputError(f"{source}#{n}", f"archive truncated or damaged at record {n}: {error}",
                      hint=f"records before it were read; nothing from record {n} on")


def _check_start(stream: BinaryIO, source: str) -> bool:
    """Whether the archive is gzipped; raise when it is no archive at all."""
    # warcio reads almost any text as an ARC record, so check the file's first bytes.
    head = stream.read(4096)
    stream.seek(0)
    gzipped = head.startswith(b"\x1f\x8b")
    if gzipped:
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error as e:
            raise InputError(source, f"broken gzip data at the start: {e}") from e
    if len(head) < 5 and b"WARC/".startswith(head):
        return gzipped  # cut off within the first bytes: reported as a broken first record
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise InputError(source, "not a WARC or ARC archive (it does not start with 'WARC/')",
                         hint="check that the file is what its extension says")
    return gzipped


class GzipDamaged(Exception):
    """A gzip member of the archive does not decompress, fails its checksum or is cut off."""

    def __init__(self, problem: str, member_start: int | None) -> None:
        super().__init__(problem)
        #: where the damaged member starts, when the archive is gzipped per record
        self.member_start = member_start


class _CheckedGzip:
    """The compressed archive as warcio reads it, each gzip member checked on the way.

    zlib checks every member's data and CRC. At the first damaged member warcio is
    handed only the bytes before it (the whole members before it, or, in an archive
    compressed as one stream, the bytes before the damaged block), and its next read
    raises GzipDamaged, so the records before the damage are read and the damage is
    reported where warcio reaches it.
    """

    _PIECE = 4096  # how closely the damage is located inside a one-stream archive

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._pos = 0  # bytes handed to warcio
        self._seen = 0  # bytes checked
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._between = False  # a member has ended; the next non-blank byte starts one
        self._ended = 0  # members ended so far
        self._member_start = 0
        self._cut: int | None = None
        self._problem = ""

    def tell(self) -> int:
        return self._pos

    def read(self, size: int = -1) -> bytes:
        if self._cut is not None and self._pos >= self._cut:
            raise self._damaged()
        data = self._stream.read(size)
        if self._cut is None:
            if data:
                self._check(data)
            elif not self._between and self._seen:
                # Damage can leave a member that never ends; warcio takes its end
                # for the end of the archive.
                self._cut, self._problem = self._pos, "the file ends inside a gzip member"
        if self._cut is not None:
            data = data[: max(0, self._cut - self._pos)]
            if not data:
                raise self._damaged()
        self._pos += len(data)
        return data

    def _damaged(self) -> GzipDamaged:
        return GzipDamaged(self._problem, self._member_start if self._ended else None)

    def _check(self, data: bytes) -> None:
        for start in range(0, len(data), self._PIECE):
            piece = data[start : start + self._PIECE]
            offset = self._seen
            self._seen += len(piece)
            try:
                self._feed(piece, offset)
            except zlib.error as e:
                # A member after a whole one is cut at its start; inside the first
                # member (one stream), at the piece where zlib stopped.
                self._cut = self._member_start if self._ended else offset
                self._problem = f"gzip data damaged ({_short(e)})"
                return

    def _feed(self, data: bytes, offset: int) -> None:
        while data:
            if self._between:
                blank = len(data) - len(data.lstrip())
                data, offset = data[blank:], offset + blank
                if not data:
                    return
                self._between = False
                self._member_start = offset
                self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            # Only the check matters, not the text: at most a block of output is kept.
            self._inflate.decompress(data, 1 << 16)
            rest = self._inflate.unconsumed_tail
            while rest and not self._inflate.eof:
                self._inflate.decompress(rest, 1 << 16)
                rest = self._inflate.unconsumed_tail
            if not self._inflate.eof:
                return
            rest = self._inflate.unused_data
            offset += len(data) - len(rest)
            data = rest
            self._ended += 1
            self._between = True


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
