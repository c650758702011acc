"""Paths to readers: folders walked, files and stdin dispatched by format."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError
from ..records import Article
from .build import MAX_CHARS
from .detect import SUPPORTED, Format, format_for_name, looks_like_html, sniff
from .feeds import feed_articles, parse_feed
from .html import read_html
from .tabular import read_csv, read_json, read_jsonl
from .text import read_text
from .warc import read_warc

Item = Article | InputError


def read_path(
    given: str, *, mapping: Mapping[str, str], stdin: TextIO | BinaryIO | None = None
) -> Iterator[Item]:
    """Every article (or error) from one path as given: a file, a folder or ``-``."""
    if given == "-":
        data = _read_stdin(stdin if stdin is not None else sys.stdin)
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
    """The articles of one file, by its extension (unknown extensions are read as text)."""
    fmt: Format = format_for_name(path.name) or "text"
    try:
        if fmt == "warc":
            with path.open("rb") as stream:
                yield from read_warc(stream, source, size=os.fstat(stream.fileno()).st_size)
            return
        if fmt == "text":
            _check_text_size(path.stat().st_size, source)
        data = path.read_bytes()
    except OSError as e:
        raise InputError(source, f"cannot read the file: {e.strerror or e}") from e
    yield from _read_bytes(data, source, fmt, mapping=mapping)


def _check_text_size(size: int, source: str) -> None:
    # No encoding takes more than 4 bytes a character (plus a 4-byte BOM), so a
    # bigger file is over the limit whatever it holds: refuse it unread.
    if size > 4 * MAX_CHARS + 4:
        raise InputError(source, f"file has {size:,} bytes, over the limit of {MAX_CHARS:,} "
                         "characters", hint="split it into separate articles first")


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
        yield from read_jsonl(data, source, mapping=mapping)
    elif fmt in ("csv", "tsv"):
        yield from read_csv(data, source, mapping=mapping, delimiter="\t" if fmt == "tsv" else None)
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
    if buffer is not None:
        return bytes(buffer.read())
    data = stream.read()
    if isinstance(data, str):
        return data.encode("utf-8", "surrogateescape")
    return bytes(data)
