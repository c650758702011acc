"""From a text and whatever metadata an input has to a checked Article."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from ..errors import InputError
from ..ids import article_id
from ..records import Article
from .dates import normalise_date

# Frog analyses roughly 600 tokens/s, so 200,000 characters (~35,000 tokens)
# already take about a minute; longer inputs are books or concatenated
# corpora that should be split into articles first.
MAX_CHARS = 200_000

# Most bytes read from one input, by what it holds, so that a file that is not what
# it says (a symlink to /dev/zero, a 5 GB "article") cannot fill the memory.
# Text: no encoding takes more than 4 bytes a character (plus a 4-byte BOM).
MAX_TEXT_BYTES = 4 * MAX_CHARS + 4
# One web page or feed: markup, scripts and inline data around at most MAX_CHARS of
# text; 32x leaves room for pages with big inline scripts (news pages are 0.1-3 MB).
MAX_PAGE_BYTES = 32 * MAX_CHARS
# A JSON list or stdin is read whole (CSV, JSON Lines and WARC files are streamed
# record by record and have no file limit): 256 articles at the limit.
MAX_WHOLE_BYTES = 256 * MAX_CHARS

# Metadata fields an Article has besides its text (external_id: the user's own id).
FIELDS: tuple[str, ...] = ("text", "title", "date", "url", "outlet", "author", "external_id")
# Nesting levels kept in an article's metadata. Feeds and HTML metadata nest a few levels;
# JSON serialisers give up at 255 (pydantic), so a deeper record could never be served.
MAX_METADATA_DEPTH = 32


def make_article(
    text: str,
    *,
    source: str,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    date: str | None = None,
    author: str | None = None,
    external_id: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Article:
    """An Article with its id; raise InputError for an empty or oversized text."""
    check_text(text, source)
    meta = copy_metadata(metadata)
    iso_date = None
    if date is not None and date.strip():
        iso_date = normalise_date(date)
        if iso_date is None:
            add_warning(meta, f"date {date.strip()!r} is not a date; dropped")
    return Article(
        id=article_id(text),
        text=text,
        title=clean(title),
        url=clean(url),
        outlet=clean(outlet) or outlet_from_url(url),
        date=iso_date,
        author=clean(author),
        source=source,
        metadata=meta,
        external_id=clean_id(external_id),
    )


def clean_id(value: str | None) -> str | None:
    """The user's id with only its outer whitespace removed (it is looked up exactly)."""
    if value is None:
        return None
    return value.strip() or None


def file_id(source: str) -> str | None:
    """The file name of a file read whole, as the user's id for its article (None for stdin)."""
    if source == "-":
        return None
    return PurePath(source).name or None


_NAME_SEPARATORS = re.compile(r"[-_\s]+")


def title_from_name(source: str) -> str | None:
    """A file's name without its extension, dashes and underscores read as spaces."""
    name = file_id(source)
    if name is None:
        return None
    return _NAME_SEPARATORS.sub(" ", PurePath(name).stem).strip() or None


def check_text(text: str, source: str) -> None:
    """Raise InputError when ``text`` cannot be an article."""
    if not text.strip():
        raise InputError(source, "empty article", hint="the text is empty or only whitespace")
    if len(text) > MAX_CHARS:
        raise InputError(
            source,
            f"text has {len(text):,} characters, over the limit of {MAX_CHARS:,}",
            hint="split it into separate articles first",
        )


def clean(value: str | None) -> str | None:
    """A metadata string with its whitespace runs collapsed; None when empty."""
    if value is None:
        return None
    collapsed = " ".join(value.split())
    return collapsed or None


def outlet_from_url(url: str | None) -> str | None:
    """The host name of ``url`` without ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def add_warning(metadata: dict[str, Any], warning: str) -> None:
    """Append ``warning`` to ``metadata["warnings"]``."""
    metadata.setdefault("warnings", []).append(warning)


def copy_metadata(metadata: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of ``metadata`` whose warnings list can be appended to, its nesting capped."""
    capped, cut = cap_nesting(dict(metadata or {}))
    meta: dict[str, Any] = capped
    if "warnings" in meta:
        meta["warnings"] = list(meta["warnings"])
    if cut:
        add_warning(meta, f"metadata nested deeper than {MAX_METADATA_DEPTH} levels; "
                          "the deeper part is dropped")
    return meta


def cap_nesting(value: Any, *, depth: int = MAX_METADATA_DEPTH) -> tuple[Any, bool]:
    """``value`` with dicts and lists deeper than ``depth`` levels replaced by None.

    Returns the capped value and whether anything was cut. ``value`` itself is level 1.
    """
    if not isinstance(value, dict | list):
        return value, False
    if depth < 1:
        return None, True
    cut = False
    items = value.items() if isinstance(value, dict) else enumerate(value)
    out: dict[Any, Any] = {}
    for key, item in items:
        out[key], below = cap_nesting(item, depth=depth - 1)
        cut = cut or below
    return (out if isinstance(value, dict) else list(out.values())), cut
