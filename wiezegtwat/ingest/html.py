"""HTML pages (main text by trafilatura, date by htmldate) and HTML fragments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError
from ..records import Article
from .build import add_warning, file_id, make_article, outlet_from_url

# Extraction settings: articles only (no reader comments), the page's own
# publication date rather than a date guessed from the running text.
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}

# ASCII blanks only: a no-break space in the source is kept as the author wrote it.
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li dt dd blockquote pre tr table ul ol dl section article "
    "header footer aside figcaption address".split()
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "template", "object", "embed", "svg")


def read_html(data: bytes, source: str, *, url: str | None = None) -> Iterator[Article | InputError]:
    """One article from the bytes of an HTML page (its file name kept as ``external_id``)."""
    yield html_article(data, source=source, url=url, external_id=file_id(source))


def html_article(
    data: bytes, *, source: str, url: str | None = None, fallback_date: str | None = None,
    external_id: str | None = None,
) -> Article:
    """The main text and metadata of a page; InputError when it has no article text."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        data,
        url=url,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=DATE_PARAMS,
    )
    body = getattr(doc, "body", None)
    text = body_text(body) if body is not None else ""
    if not text.strip():
        raise InputError(source, "no article text found in the HTML page",
                         hint="is it an index page, or is the text loaded by JavaScript?")
    page_url = url or _str(getattr(doc, "url", None))
    meta: dict[str, Any] = {}
    for name in ("sitename", "description", "categories", "tags", "language"):
        value = getattr(doc, name, None)
        if value:
            meta[name] = value
    date = _str(getattr(doc, "date", None)) or fallback_date
    if date is None:
        add_warning(meta, "no publication date found in the page")
    return make_article(
        text,
        source=source,
        title=_str(getattr(doc, "title", None)),
        url=page_url,
        outlet=outlet_from_url(page_url) or _str(getattr(doc, "sitename", None)),
        date=date,
        author=_str(getattr(doc, "author", None)),
        external_id=external_id,
        metadata=meta,
    )


def body_text(body: etree._Element) -> str:
    """Trafilatura's XML body as text: paragraphs apart by a blank line, <lb/> as a newline."""
    paragraphs: list[str] = []
    for block in body:
        if block.tag == "list":
            items = [_inline_text(item) for item in block.iter("item")]
            paragraphs.extend(items)
        elif block.tag == "table":
            for row in block.iter("row"):
                paragraphs.append(" ".join(_inline_text(cell) for cell in row))
        else:
            paragraphs.append(_inline_text(block))
    return "\n\n".join(p for p in paragraphs if p)


def _inline_text(element: etree._Element) -> str:
    parts: list[str] = []
    _collect(element, parts)
    return _tidy("".join(parts))


def _collect(node: etree._Element, parts: list[str]) -> None:
    if node.tag == "lb" or (node.tag == "item" and parts):
        parts.append("\n")  # a line break, or one item a line in a nested list
    if node.text and node.tag != "lb":
        parts.append(node.text)
    for child in node:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed entry): blocks apart by a blank line, no scripts."""
    if not markup.strip():
        return ""
    if "<" not in markup:
        return _tidy(markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(markup)
    for tag in _DROP_TAGS:
        for node in list(root.iter(tag)):
            _drop(node)
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = _tidy("".join(current))
        if text:
            paragraphs.append(text)
        current.clear()

    def walk(node: etree._Element) -> None:
        block = isinstance(node.tag, str) and node.tag in _BLOCK_TAGS
        if block:
            flush()
        if node.tag == "br":
            current.append("\n")
        if isinstance(node.tag, str) and node.text:
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if block:
            flush()

    walk(root)
    flush()
    return "\n\n".join(paragraphs)


def _drop(node: etree._Element) -> None:
    # Keep the tail: it is the text after the element, not inside it.
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail or ""
    previous = node.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(node)


def _tidy(text: str) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
