"""Paths to readers: folders walked, files and stdin dispatched by format."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError, InputWarning
from ..records import Article
from .build import MAX_CHARS, MAX_PAGE_BYTES, MAX_TEXT_BYTES, MAX_WHOLE_BYTES
from .detect import SUPPORTED, Format, format_for_name, looks_like_html, sniff
from .feeds import feed_articles, parse_feed
from .html import read_html
from .tabular import read_csv, read_json, read_jsonl
from .text import read_text
from .warc import read_warc

Item = Article | InputError | InputWarning

_CAPS: dict[str, int] = {"text": MAX_TEXT_BYTES, "json": MAX_WHOLE_BYTES}


def read_path(
    given: str, *, mapping: Mapping[str, str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[Item]:
    """Every article (or error, or warning) from one path as given: a file, a folder or ``-``."""
    if given == "-":
        try:
            data = _read_stdin(stdin if stdin is not None else sys.stdin)
        except InputError as e:
            yield e
            return
        yield from guarded(_read_bytes(data, "-", sniff(data), mapping=mapping), "-")
        return
    path = Path(given)
    if path.is_dir():
        files = list(walk(path))
        if not files:
            yield InputError(given, f"no supported files in the folder (supported: {SUPPORTED})")
        for file in files:
            source = os.path.join(given, file.relative_to(path))
            yield from guarded(read_file(file, source, mapping=mapping), source)
        return
    if not path.exists():
        yield InputError(given, "no such file or folder")
        return
    yield from guarded(read_file(path, given, mapping=mapping), given)


def walk(folder: Path) -> Iterator[Path]:
    """Files with a supported extension under ``folder``, sorted, hidden ones left out."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and format_for_name(name) is not None:
                found.append(Path(root) / name)
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_file(path: Path, source: str, *, mapping: Mapping[str, str]) -> Iterator[Item]:
    """The articles of one file, by its extension (unknown extensions are read as text).

    Only regular files are read (after following symlinks): a FIFO would block
    forever and a device never ends. CSV, JSON Lines and WARC files are read
    record by record; other files whole, up to a limit for their format.
    """
    fmt: Format = format_for_name(path.name) or "text"
    with open_regular(path, source) as stream:
        if fmt == "warc":
            yield from read_warc(stream, source, size=os.fstat(stream.fileno()).st_size)
        elif fmt == "jsonl":
            yield from read_jsonl(stream, source, mapping=mapping)
        elif fmt in ("csv", "tsv"):
            yield from read_csv(stream, source, mapping=mapping,
                                delimiter="\t" if fmt == "tsv" else None)
        else:
            data = _read_capped(stream, _CAPS.get(fmt, MAX_PAGE_BYTES), source, fmt)
            yield from _read_bytes(data, source, fmt, mapping=mapping)


def open_regular(path: Path, source: str) -> BinaryIO:
    """``path`` opened for reading; InputError naming what it is when not a regular file."""
    try:
        # Non-blocking: opening a FIFO without a writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as e:
        raise InputError(source, f"cannot read the file: {e.strerror or e}") from e
    try:
        mode = os.fstat(fd).st_mode  # of the opened file: no race with a swapped link
        if not stat.S_ISREG(mode):
            raise InputError(source, f"not a regular file but {_kind(path, mode)}",
                             hint="only regular files are read")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _kind(path: Path, mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
    kind = next((name for test, name in kinds if test(mode)), "not a file")
    if path.is_symlink():
        return f"a symlink to {os.path.realpath(path)}, {kind}"
    return kind


def _read_capped(stream: BinaryIO, cap: int, source: str, fmt: Format) -> bytes:
    try:
        data = stream.read(cap + 1)
    except OSError as e:
        raise InputError(source, f"cannot read the file: {e.strerror or e}") from e
    if len(data) > cap:
        if fmt == "text":
            raise InputError(source, f"file has {os.fstat(stream.fileno()).st_size:,} bytes, over "
                             f"the limit of {MAX_CHARS:,} characters",
                             hint="split it into separate articles first")
        raise InputError(source, f"more than {cap:,} bytes, over the limit for a {fmt} file",
                         hint="split it, or convert it to JSON Lines, which is read line by line")
    return data


def _read_bytes(data: bytes, source: str, fmt: Format, *, mapping: Mapping[str, str]) -> Iterator[Item]:
    if fmt == "warc":
        yield from read_warc(io.BytesIO(data), source, size=len(data))
    elif fmt == "html":
        yield from read_html(data, source)
    elif fmt in ("feed", "xml"):
        feed = parse_feed(data)
        if feed is not None:
            yield from feed_articles(feed, source)
        elif fmt == "xml" and looks_like_html(data):
            yield from read_html(data, source)
        else:
            raise InputError(source, "XML that is neither an RSS/Atom feed nor an HTML page")
    elif fmt == "json":
        yield from read_json(data, source, mapping=mapping)
    elif fmt == "jsonl":
        yield from read_jsonl(io.BytesIO(data), source, mapping=mapping)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(io.BytesIO(data), source, mapping=mapping,
                            delimiter="\t" if fmt == "tsv" else None)
    else:
        yield from read_text(data, source)


def guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """``items``, ending with an InputError instead of any exception a parser raises."""
    try:
        yield from items
    except InputError as e:
        yield e
    except Exception as e:
        # lxml, feedparser, warcio and zlib raise many exception types on
        # damaged input; one bad file must not end a batch of thousands.
        yield InputError(source, f"could not be read ({type(e).__name__}: {e})",
                         hint="check that the file is what its extension says")


def _read_stdin(stream: TextIO | BinaryIO) -> bytes:
    buffer = getattr(stream, "buffer", None)
    data: bytes | str = (buffer if buffer is not None else stream).read(MAX_WHOLE_BYTES + 1)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    if len(data) > MAX_WHOLE_BYTES:
        raise InputError("-", f"more than {MAX_WHOLE_BYTES:,} bytes on stdin",
                         hint="save the input to a file and ingest that; CSV and JSON Lines "
                         "files are read record by record")
    return bytes(data)
