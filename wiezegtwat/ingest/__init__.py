"""Turn whatever a researcher has into Articles: text, HTML, CSV/JSONL, feeds, WARC.

``iter_articles(paths)`` walks files and folders (recursively, sorted) and
``-`` (stdin), picks a reader by extension or by sniffing the content, and
yields Articles. A bad input is reported through ``on_error`` with a message
naming the file (and record) and the cause; the run goes on.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError
from ..records import Article
from .readers import Result, read_csv, read_feed, read_html, read_jsonl, read_text, read_warc

__all__ = ["MAX_CHARS", "SUPPORTED", "iter_articles"]

# One article may have at most this many characters: Frog at ~600 tokens/s
# would need minutes for a longer one, and no news article is this long.
MAX_CHARS = 200_000
# Files larger than this are refused before reading (a 2 GB log named .txt).
MAX_FILE_BYTES = 2 * 1024**3

SUPPORTED = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".csv": "csv", ".tsv": "tsv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    for ext in sorted(SUPPORTED, key=len, reverse=True):
        if name.endswith(ext):
            return SUPPORTED[ext]
    return None


def sniff(data: bytes) -> str:
    """Guess the format of data without a telling extension (stdin, odd names)."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        return "warc" if b"warc/" in _gunzip_head(data) else "text"
    if head.startswith((b"<?xml", b"<rss", b"<feed")) and (b"<rss" in head or b"<feed" in head or b"<channel" in head):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    if head.startswith((b"{", b"[")):
        return "jsonl"
    return "text"


def _gunzip_head(data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data[:65536])) as f:
            return f.read(64).lower()
    except (OSError, EOFError):
        return b""


def _read(data: bytes, kind: str, source: str, mapping: Mapping[str, str]) -> Iterator[Result]:
    if kind == "text":
        yield from read_text(data, source)
    elif kind == "html":
        yield from read_html(data, source)
    elif kind == "csv":
        yield from read_csv(data, source, mapping=mapping)
    elif kind == "tsv":
        yield from read_csv(data, source, mapping=mapping, delimiter="\t")
    elif kind == "jsonl":
        yield from read_jsonl(data, source, mapping=mapping)
    elif kind == "feed":
        yield from read_feed(data, source)
    elif kind == "warc":
        yield from read_warc(data, source)


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                if kind_of(child) is not None:
                    yield child
    else:
        yield path


def _results(path_arg: str | Path, mapping: Mapping[str, str], stdin: TextIO | BinaryIO | None) -> Iterator[Result]:
    if str(path_arg) == "-":
        stream = stdin if stdin is not None else sys.stdin
        raw = stream.read()
        data = raw.encode("utf-8") if isinstance(raw, str) else raw
        yield from _read(data, sniff(data), "-", mapping)
        return
    root = Path(path_arg)
    if not root.exists():
        yield InputError(str(path_arg), "no such file or folder")
        return
    for path in _files(root):
        source = str(path) if path != root else str(path_arg)
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                yield InputError(source, f"file of {path.stat().st_size:,} bytes is too large to read")
                continue
            if path.stat().st_size == 0:
                yield InputError(source, "empty file")
                continue
            data = path.read_bytes()
        except OSError as e:
            yield InputError(source, f"cannot be read ({e.strerror or e})")
            continue
        kind = kind_of(path)
        if kind == "feed" and b"<rss" not in data[:4096].lower() and b"<feed" not in data[:4096].lower():
            kind = sniff(data)
        yield from _read(data, kind or sniff(data), source, mapping)


def iter_articles(
    paths: Sequence[str | Path],
    *,
    mapping: Mapping[str, str] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article]:
    """Every article under ``paths``, in order; bad inputs go to ``on_error``.

    mapping: field → column name for CSV/JSONL (``--map text=Body``).
    on_error: called with each InputError; without it the first one is raised.
    """
    for path in paths:
        for result in _results(path, mapping or {}, stdin):
            if isinstance(result, Article) and len(result.text) > MAX_CHARS:
                result = InputError(result.source or str(path),
                                    f"article of {len(result.text):,} characters is over the limit of {MAX_CHARS:,}",
                                    hint="split it into smaller articles")
            if isinstance(result, InputError):
                if on_error is None:
                    raise result
                on_error(result)
                continue
            yield result
