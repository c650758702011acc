"""The query parameters of ``wzw serve``, each bounded so that a bad value is a documented 4xx."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

import anyio
from fastapi import HTTPException, Query, Request

from ..errors import QueryError
from ..settings import setting

MAX_LIMIT = 200  # page size cap: larger pages belong to the export routes
# Deeper pages than this are a crawl, and the export routes serve a crawl in one request;
# the cap also keeps limit + offset far from SQLite's 64-bit integer range.
MAX_OFFSET = 100_000
# FTS5's snippet() and highlight() cost grows with the number of phrases: a 2,000-word query
# ran 189 s on the attack's corpus. 32 words is a long paragraph as a phrase query.
MAX_QUERY_TERMS = 32
MAX_QUERY_CHARS = 500
MAX_FILTER_CHARS = 200  # a speaker, outlet or actor id: longer than any real name
# Searches run at once per worker (the others wait for a slot) and seconds of SQLite
# time per request before it is a 503: defaults of the settings table.
MAX_SEARCHES: int = setting("max_searches").default
DEFAULT_QUERY_BUDGET: float = setting("query_budget").default

# Dates as the routes accept them: YYYY, YYYY-MM or YYYY-MM-DD, real days of years 0001-9999
# only (Python's date range), so every string the pattern allows is answered, none is a 500.
_YEAR = r"(?:000[1-9]|00[1-9]\d|0[1-9]\d{2}|[1-9]\d{3})"
_MONTH = r"(?:0[1-9]|1[0-2])"
_MONTH_DAY = (r"(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)"
              r"|(?:0[13578]|1[02])-31")
# 29 February: years divisible by 4 but not by 100, or by 400.
_LEAP_DAY = (r"(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
             r"-02-29")
FULL_DATE_PATTERN = rf"^(?:{_YEAR}-(?:{_MONTH_DAY})|{_LEAP_DAY})$"
DATE_PATTERN = rf"^(?:{_YEAR}|{_YEAR}-{_MONTH}|{_YEAR}-(?:{_MONTH_DAY})|{_LEAP_DAY})$"
# An article language as the store records it: an ISO 639-1 (or 639-3) code, lower case.
LANG_PATTERN = r"^[a-z]{2,3}$"
# The web forms send an empty value for "all languages".
OPTIONAL_LANG_PATTERN = r"^(?:[a-z]{2,3})?$"
PATTERN_HINTS = {
    DATE_PATTERN: "is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY (years 0001-9999)",
    FULL_DATE_PATTERN: "is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01",
    LANG_PATTERN: "is not a language code; write two or three lower-case letters, e.g. nl or en",
    OPTIONAL_LANG_PATTERN: "is not a language code; write two or three lower-case letters, "
                           "e.g. nl or en",
}

Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET,
                              description=f"Results to skip, at most {MAX_OFFSET:,}.")]
Since = Annotated[str | None, Query(
    pattern=DATE_PATTERN, description="From this date on (YYYY-MM-DD, YYYY-MM or YYYY).")]
Until = Annotated[str | None, Query(
    pattern=DATE_PATTERN, description="Up to and including this date, month or year.")]
Text = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS)]
Speaker = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS,
                                      description="Part of the speaker's name.")]
About = Annotated[str | None, Query(
    max_length=MAX_FILTER_CHARS,
    description="Someone the quote talks about: an actor id, or part of a name or spelling "
                "of a quote target; a name no quote targets is looked for in the mentions "
                "inside the quote and in the quote text.")]
ArticleLang = Annotated[str | None, Query(
    pattern=LANG_PATTERN,
    description="Only articles in this language, as stored (nl, en).")]
SEARCH_HELP = (f"at most {MAX_QUERY_TERMS} words and {MAX_QUERY_CHARS} characters "
               "(over that, or malformed: 400)")


def check_query(q: str | None) -> str | None:
    """``q`` when it is within the limits; a QueryError (400) when it is over them."""
    if q is None:
        return None
    terms = len(q.split())
    if terms > MAX_QUERY_TERMS:
        raise QueryError(f"search query has {terms:,} words, over the limit of "
                         f"{MAX_QUERY_TERMS}; search for fewer words")
    if len(q) > MAX_QUERY_CHARS:
        raise QueryError(f"search query has {len(q):,} characters, over the limit of "
                         f"{MAX_QUERY_CHARS}; search for fewer words")
    return q


def quote_query(q: Annotated[str | None, Query(
        description=f"Full-text query on the quote text; {SEARCH_HELP}.")] = None) -> str | None:
    return check_query(q)


def article_query(q: Annotated[str | None, Query(
        description=f"Words to find in title and text; {SEARCH_HELP}.")] = None) -> str | None:
    return check_query(q)


# The request-state key search_slot sets when a search waited for its slot
# (middleware.CloseWhenQueued reads it).
QUEUED = "wzw_search_queued"


async def search_slot(request: Request) -> AsyncIterator[None]:
    """Hold one of the worker's search slots for the request.

    Searches beyond MAX_SEARCHES wait on the event loop, not in a worker thread, so
    cheap requests keep their threads; a search that gets no slot within the query
    budget is a 503.
    """
    slots: anyio.Semaphore = request.app.state.searches
    try:
        slots.acquire_nowait()
    except anyio.WouldBlock:
        setattr(request.state, QUEUED, True)  # the answer closes its connection (CloseWhenQueued)
        with anyio.move_on_after(request.app.state.query_budget) as waited:
            await slots.acquire()
        if waited.cancelled_caught:
            raise HTTPException(503, "too many searches at once; retry in a moment",
                                headers={"retry-after": "1"}) from None
    try:
        yield
    finally:
        slots.release()
