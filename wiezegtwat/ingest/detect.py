"""Which reader an input needs: by file extension, or by sniffing its first bytes."""

from __future__ import annotations

import codecs
import json
import re
import zlib
from typing import Literal

Format = Literal["text", "html", "xml", "feed", "json", "jsonl", "csv", "tsv", "warc"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "xml", ".rss": "feed", ".atom": "feed",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "tsv", ".tab": "tsv",
    ".warc": "warc", ".warc.gz": "warc", ".arc": "warc", ".arc.gz": "warc",
}  # fmt: skip

SUPPORTED = ", ".join(EXTENSIONS)

_HEAD = 4096
_FEED_TAG = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)[\s>/]")


def format_for_name(name: str) -> Format | None:
    """The format a file name's extension stands for (case-insensitive), or None."""
    lower = name.lower()
    for double in (".warc.gz", ".arc.gz"):
        if lower.endswith(double):
            return EXTENSIONS[double]
    dot = lower.rfind(".")
    if dot <= 0:
        return None
    return EXTENSIONS.get(lower[dot:])


def sniff(data: bytes) -> Format:
    """The format of unnamed input (stdin): WARC, feed, HTML, JSON(L) or plain text."""
    if data.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"\x1f\x8b") and _gunzip_head(data).startswith(b"WARC/"):
        return "warc"
    head = _text_head(data).lstrip()
    lower = head[:_HEAD].lower()
    if lower.startswith("<"):
        if _FEED_TAG.search(lower):
            return "feed"
        if _HTML_TAG.search(lower):
            return "html"
        return "xml" if lower.startswith("<?xml") else "text"
    if lower.startswith(("{", "[")) and _is_json_start(head):
        return "json"
    return "text"


def looks_like_html(data: bytes) -> bool:
    """Whether the first bytes of ``data`` hold HTML tags."""
    return bool(_HTML_TAG.search(_text_head(data)[:_HEAD].lower()))


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:_HEAD], 64)
    except zlib.error:
        return b""


def _text_head(data: bytes) -> str:
    head = data[:_HEAD]
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _is_json_start(head: str) -> bool:
    # A text that merely starts with "[" ("[Advertentie] ...") is not JSON.
    first = head.split("\n", 1)[0].strip()
    try:
        json.loads(first)
        return True
    except ValueError:
        return head.startswith("[") and bool(re.match(r"\[\s*[{\]]", head))
