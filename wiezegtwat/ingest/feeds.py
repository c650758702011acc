"""RSS and Atom feeds: one article per entry, read with feedparser."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ..errors import InputError
from ..records import Article
from .build import add_warning, clean, make_article, outlet_from_url
from .dates import normalise_date
from .html import fragment_text


def parse_feed(data: bytes) -> Any | None:
    """The parsed feed, or None when ``data`` is not RSS/Atom."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.get("version") and not feed.get("entries"):
        return None
    return feed


def read_feed(data: bytes, source: str) -> Iterator[Article | InputError]:
    """One article per entry of an RSS or Atom feed."""
    feed = parse_feed(data)
    if feed is None:
        raise InputError(source, "not an RSS or Atom feed",
                         hint="a feed starts with <rss> or <feed>")
    yield from feed_articles(feed, source)


def feed_articles(feed: Any, source: str) -> Iterator[Article | InputError]:
    """The articles of a parsed feed; InputError for an entry without text."""
    entries = feed.get("entries") or []
    problem = feed.get("bozo_exception") if feed.get("bozo") else None
    if not entries:
        cause = f": {problem}" if problem else ""
        raise InputError(source, f"the feed has no entries{cause}")
    info = feed.get("feed") or {}
    feed_host = outlet_from_url(info.get("link"))
    for n, entry in enumerate(entries, start=1):
        where = f"{source}#{n}"
        meta: dict[str, Any] = {}
        if info.get("title"):
            meta["feed_title"] = info["title"]
        if entry.get("id"):
            meta["guid"] = entry["id"]
        tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
        if tags:
            meta["tags"] = tags
        if problem is not None:
            # feedparser reads past undefined entities and bad markup; say so.
            add_warning(meta, f"the feed is not well-formed XML ({problem})")
        text = entry_text(entry)
        if not text.strip():
            yield InputError(where, f"entry {n} has no text (no content or summary)")
            continue
        try:
            yield make_article(
                text,
                source=where,
                title=fragment_text(entry.get("title") or "") or None,
                url=entry.get("link"),
                # The feed's host, else the entry's, else the feed's title.
                outlet=feed_host or outlet_from_url(entry.get("link")) or clean(info.get("title")),
                date=_entry_date(entry),
                author=_entry_author(entry),
                metadata=meta,
            )
        except InputError as e:
            yield InputError(where, f"entry {n}: {e.problem}", hint=e.hint)


def entry_text(entry: Any) -> str:
    """The longest of an entry's content parts and its summary, as text."""
    candidates: list[tuple[str, str]] = []
    for part in entry.get("content") or []:
        candidates.append((part.get("value") or "", part.get("type") or "text/html"))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry["summary"], detail.get("type") or "text/html"))
    texts = [value if kind == "text/plain" else fragment_text(value)
             for value, kind in candidates]
    return max(texts, key=len, default="")


def _entry_date(entry: Any) -> str | None:
    raw = next((str(entry[k]) for k in ("published", "updated", "created") if entry.get(k)), None)
    if raw is not None and normalise_date(raw) is not None:
        return raw
    for key in ("published_parsed", "updated_parsed"):
        # dict.get: feedparser's own get maps updated_parsed to published_parsed, with a warning.
        parsed = dict.get(entry, key)
        if isinstance(parsed, time.struct_time):
            # feedparser's parsed dates are in UTC.
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return raw  # unparseable: make_article drops it with a warning


def _entry_author(entry: Any) -> str | None:
    detail = entry.get("author_detail") or {}
    name = detail.get("name") or entry.get("author")
    return clean(name) if isinstance(name, str) else None
