"""Read-only queries over a Store, returning plain dataclasses."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

from wiezegtwat.errors import QueryError

from . import aggregates, fts, pg_listing, pg_search, search, targets
from .db import Store
from .filters import (
    DEDUP_WHERE,
    _article_filters,
    _escape_like,
    _page,
    _until_exclusive,
    parse_date,
)

QUOTE_TYPES = ("direct", "indirect", "mixed")
FACET_SIZE = 20  # values per facet: enough for a sidebar, small enough to read

# Unicode noncharacters: not meant for interchange, so news text does not hold them. A text
# that does (an attack) is shown without match marks instead of with wrong ones; see _hit.
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"


@dataclass
class Facet:
    value: str | None
    count: int


@dataclass
class QuoteHit:
    """One quote with its article and the search match."""

    quote_id: int
    article_id: str
    n: int  # the quote's position in its article
    start: int
    end: int
    text: str
    type: str
    statement: str | None
    cue: str | None
    speaker_name: str | None
    actor_id: str | None
    actor_name: str | None
    role: str | None
    evidence: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    lang: str | None  # the article's language ("nl", "en"), None when not recorded
    context: str  # the sentence(s) around the quote
    highlighted: str  # the quote text with matches between the ``mark`` strings
    match_spans: list[tuple[int, int]] = field(default_factory=list)  # offsets in ``text``
    targets: list[str] = field(default_factory=list)  # names of whom the quote talks about


@dataclass
class SearchResult:
    total: int  # at least this many when ``capped``
    hits: list[QuoteHit]
    facets: dict[str, list[Facet]]  # speaker, outlet, type, month, about
    # True: more quotes match than were counted (search.FACET_WINDOW); show "≥ total".
    capped: bool = False
    capped_facets: list[str] = field(default_factory=list)  # facets whose counts are "≥"
    next_after: str | None = None  # pass as ``after`` for the next page (keyset paging)


@dataclass
class SpeakerStat:
    actor_id: str | None  # None: a speaker name not linked to an actor
    name: str
    quotes: int
    articles: int
    roles: list[str]
    outlets: list[str]
    variants: list[str]


@dataclass
class ArticleHit:
    id: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    lang: str | None  # the article's language ("nl", "en"), None when not recorded
    quotes: int
    dup_group: str | None
    snippet: str  # start of the text, or the matching passage for a search


@dataclass
class ArticleResult:
    total: int
    hits: list[ArticleHit]


@dataclass
class TimelinePoint:
    period: str  # the day or the Monday of the ISO week (YYYY-MM-DD), or the month (YYYY-MM)
    quotes: int
    articles: int


@dataclass
class CoQuoted:
    actor_id: str
    name: str | None
    articles: int  # articles that quote both actors


@dataclass
class ActorEdge:
    source: str
    target: str
    source_name: str | None
    target_name: str | None
    weight: int  # articles that quote both actors


# -- quote search ----------------------------------------------------------------


@dataclass(frozen=True)
class QuoteFilters:
    """A quote search as ``search_quotes`` takes it: the query and every filter.

    Shared by the search, the export and the timeline, so that all three select the same
    quotes with the same SQL (``quote_source``).
    """

    query: str | None = None
    speaker: str | None = None
    actor_id: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    type: str | None = None
    about: str | None = None
    lang: str | None = None
    dedup: bool = False


# The quotes with their article and speaker's actor: the FROM of every quote query.
QUOTE_SOURCE = (
    "quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.actor_id"
)


def quote_source(conn: sqlite3.Connection, filters: QuoteFilters) -> tuple[str, str, list[Any]]:
    """The FROM and WHERE clauses (and parameters) that select the quotes ``filters`` name.

    Aliases: ``q`` (quotes), ``a`` (articles), ``ac`` (the speaker's actor) and, when
    the query searches words, ``quotes_fts``. A malformed query raises QueryError.
    """
    where, params = filter_where(conn, filters)
    source = QUOTE_SOURCE
    query = filters.query
    if query is not None and query.strip() and pg_search.is_postgres(conn):
        join, join_params = pg_search.quote_match(query)
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        return source + join, clause, [*join_params, *params]
    if query is not None and query.strip():
        expression = fts.to_fts(query)
        fts.check(conn, "quotes_fts", query, expression)
        source += " JOIN quotes_fts ON quotes_fts.rowid = q.id"
        # Restrict to the quote text: the speaker has its own filter.
        where.insert(0, "quotes_fts MATCH ?")
        params.insert(0, f"text : ({expression})")
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    return source, clause, params


def filter_where(conn: sqlite3.Connection, filters: QuoteFilters) -> tuple[list[str], list[Any]]:
    """The conditions (on ``q``, ``a``, ``ac``) of every filter but the words."""
    where, params = _article_filters(outlet=filters.outlet, since=filters.since,
                                     until=filters.until, dedup=filters.dedup,
                                     lang=filters.lang)
    quote_where, quote_params = _quote_filters(conn, speaker=filters.speaker,
                                               actor_id=filters.actor_id, type=filters.type,
                                               about=filters.about)
    return where + quote_where, params + quote_params


def search_order(filters: QuoteFilters) -> str:
    """The ORDER BY of a search: best match first, else newest article first."""
    if filters.query is not None and filters.query.strip():
        return "quotes_fts.rank, q.id"
    # a.id, not q.article_id (the same value): an index of articles gives that order.
    return "a.date DESC, a.id, q.n"


def search_quotes(
    store: Store,
    query: str | None,
    *,
    speaker: str | None = None,
    actor_id: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    type: str | None = None,
    about: str | None = None,
    lang: str | None = None,
    dedup: bool = False,
    limit: int = 50,
    offset: int = 0,
    mark: tuple[str, str] = ("«", "»"),
    after: str | None = None,
) -> SearchResult:
    """Quotes matching a full-text query and filters, best match first, with facets.

    query: words to find in the quote text (see fts.py for the syntax); None or
    empty lists every quote, newest article first. speaker: part of the speaker's
    name or of the linked actor's name (who speaks: "by"). about: an actor id, or part
    of the name or a spelling of someone the quote talks about (its targets, see
    targets.py); a name no quote targets falls back to the mentions inside the quote
    and the quote text. lang: only quotes from articles in this language ("nl", "en").
    mark: put around each match in ``highlighted``. after: the ``next_after`` of the
    previous page (keyset paging: as fast on page 1,000 as on page 1); ``offset`` then
    counts from there.

    When the words (or filters) match more than ``search.FACET_WINDOW`` quotes, the
    total and the facets count the first FACET_WINDOW matches only and ``capped`` says
    so; see docs/store.md.
    """
    _page(limit, offset)
    filters = QuoteFilters(query=query, speaker=speaker, actor_id=actor_id, since=since,
                           until=until, outlet=outlet, type=type, about=about, lang=lang,
                           dedup=dedup)
    try:
        if query is not None and query.strip():
            words = pg_listing.word_search if pg_search.is_postgres(store.conn) else _word_search
            result = words(store, filters, limit=limit, offset=offset, after=after, mark=mark)
        else:
            result = _listing(store, filters, limit=limit, offset=offset, after=after)
    except sqlite3.OperationalError as e:
        if fts.interrupted(e):
            raise  # over the caller's time budget (a progress handler): not the query's fault
        raise fts.as_query_error(query or "", e) from e
    about_names = targets.target_names(store.conn, [h.quote_id for h in result.hits])
    for hit in result.hits:
        hit.targets = about_names.get(hit.quote_id, [])
    return result


_PAGE_COLUMNS = "q.*, ac.name AS actor_name, a.title, a.outlet, a.date, a.url, a.lang"


def _word_search(store: Store, filters: QuoteFilters, *, limit: int, offset: int,
                 after: str | None, mark: tuple[str, str]) -> SearchResult:
    """A search with words: order the window of matches, read the page's rows only."""
    expression = fts.to_fts(filters.query or "")
    where, params = filter_where(store.conn, filters)
    try:
        counted = search.words_window(store.conn, expression, where, params)
    except sqlite3.OperationalError as e:
        # fts.check only now: each evaluation of the match costs time in a large corpus,
        # and the error of the bare expression is the one that names the user's text.
        if not fts.interrupted(e):
            fts.check(store.conn, "quotes_fts", filters.query or "", expression)
        raise
    page = search.page_of(counted, offset=offset, limit=limit, after=after)
    marked = f"highlight(quotes_fts, 0, '{_OPEN}', '{_CLOSE}') AS marked"
    if len(page) < limit and counted.window_full:
        rows = _past_window(store, filters, limit=limit, offset=offset, after=after,
                            marked=marked)
    else:
        rows = _page_rows(store, page, f"text : ({expression})", marked)
    return window_page(counted, rows, mark, limit)


def window_page(counted: search.Counted, rows: list[dict[str, Any]], mark: tuple[str, str],
                limit: int) -> SearchResult:
    """The result of a word search from its window's counts and its page's rows; a full
    page carries the cursor of its last row (by id past the window, else by rank)."""
    hits = [_hit(r, mark) for r in rows]
    next_after = None
    if rows and len(rows) == limit:
        next_after = search.cursor(rows[-1], order="i" if counted.window_full else "w",
                                   rank=rows[-1]["rank"])
    return _result(counted, hits, next_after)


def _past_window(store: Store, filters: QuoteFilters, *, limit: int, offset: int,
                 after: str | None, marked: str) -> list[dict[str, Any]]:
    """A page of a search with more matches than the window: the whole match, most
    recently stored first, which the full-text index reads in its own order (a page costs
    its offset, and nothing with ``after``)."""
    source, clause, params = quote_source(store.conn, filters)
    if after is not None:
        clause, params = f"{clause} AND quotes_fts.rowid < ?", [*params, search.after_id(after)]
    sql = (f"SELECT {_PAGE_COLUMNS}, NULL AS rank, {marked} FROM {source} {clause} "
           "ORDER BY quotes_fts.rowid DESC LIMIT ? OFFSET ?")
    return list(store.db.query(sql, [*params, limit, offset]))


def _page_rows(store: Store, page: list[tuple[float, int]], match: str,
               marked: str) -> list[dict[str, Any]]:
    """The rows of the page's (rank, quote id), in that order, with their match marks."""
    if not page:
        return []
    ids = [i for _, i in page]
    # FTS5 reads the match between the page's lowest and highest id (inside the window);
    # the literal list (ints from the window), kept from the index by the unary +, picks
    # the rows. Given the list itself, FTS5 seeks each id through the whole match (40x
    # slower for a prefix), and the rank column would be computed again.
    listed = ", ".join(str(int(i)) for i in ids)
    marks = dict(store.conn.execute(
        f"SELECT rowid, {marked} FROM quotes_fts WHERE quotes_fts MATCH ? "
        f"AND rowid BETWEEN ? AND ? AND +rowid IN ({listed})",
        [match, min(ids), max(ids)]).fetchall())
    found = {r["id"]: r for r in store.db.query(
        f"SELECT {_PAGE_COLUMNS} FROM quotes q {search.JOINS} WHERE q.id IN ({listed})")}
    return [{**found[i], "rank": rank, "marked": marks[i]} for rank, i in page
            if i in found and i in marks]


def _listing(store: Store, filters: QuoteFilters, *, limit: int, offset: int,
             after: str | None) -> SearchResult:
    """A search without words: newest first, counted from the cube when it can be."""
    where, params = filter_where(store.conn, filters)
    months = _cube_months(filters)
    if months is not None and not filters.about and not filters.lang and not filters.dedup:
        # The cube counts exactly; the first quotes give the about facet.
        window = search.filter_window(store.conn, where, params, about_only=True)
        speaker = f"%{_escape_like(filters.speaker.strip())}%" if filters.speaker else None
        cube_where, cube_params = search.cube_filters(
            speaker=speaker, actor_id=filters.actor_id, outlet=filters.outlet and
            filters.outlet.strip(), type=filters.type, months=months)
        counted = search.cube_counts(store.conn, cube_where, cube_params, window)
    else:
        counted = search.filter_window(store.conn, where, params)
    if after is not None:
        condition, after_params = search.after_condition(after)
        where, params = [*where, condition], [*params, *after_params]
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    order = search_order(filters)
    if pg_search.is_postgres(store.conn):
        # PostgreSQL sorts NULL first in DESC; the cursor (after_condition) wants it last,
        # as SQLite sorts it. PostgreSQL's planner walks the date index by itself.
        source, order = QUOTE_SOURCE, order.replace("a.date DESC", "a.date DESC NULLS LAST")
    elif counted.total >= search.DATE_WALK_MIN:
        # Many quotes: walk articles newest first, a page is near. Few: sort just those.
        source = ("articles a INDEXED BY articles_date_id CROSS JOIN quotes q INDEXED BY quotes_article_id "
                  "ON q.article_id = a.id LEFT JOIN actors ac ON ac.id = q.actor_id")
    else:
        source = QUOTE_SOURCE
    sql = (f"SELECT {_PAGE_COLUMNS}, q.text AS marked FROM {source} {clause} "
           f"ORDER BY {order} LIMIT ? OFFSET ?")
    rows = list(store.db.query(sql, [*params, limit, offset]))
    hits = [_hit(r, ("", "")) for r in rows]
    next_after = search.cursor(rows[-1], order="d") if rows and len(rows) == limit else None
    return _result(counted, hits, next_after)


def _cube_months(filters: QuoteFilters) -> tuple[str | None, str | None] | None:
    """since/until as the cube's months (until exclusive), None when a bound is not the
    start of a month (the cube cannot split a month)."""
    since = until = None
    if filters.since:
        day = parse_date(filters.since, option="--since")
        if day.day != 1:
            return None
        since = day.isoformat()[:7]
    if filters.until:
        end = _until_exclusive(filters.until)
        if end is not None:
            if not end.endswith("-01"):
                return None
            until = end[:7]
    return since, until


def _result(counted: search.Counted, hits: list[QuoteHit],
            next_after: str | None) -> SearchResult:
    facets = {name: [Facet(value=v, count=n) for v, n in search.top(counts, FACET_SIZE)]
              for name, counts in counted.facets.items()}
    return SearchResult(total=counted.total, hits=hits, facets=facets, capped=counted.capped,
                        capped_facets=counted.capped_facets, next_after=next_after)


def _quote_filters(
    conn: sqlite3.Connection, *, speaker: str | None, actor_id: str | None, type: str | None,
    about: str | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        # % and _ in a name are letters, not wildcards.
        where.append("(q.speaker_name LIKE ? ESCAPE '\\' OR ac.name LIKE ? ESCAPE '\\')")
        params += [f"%{_escape_like(speaker.strip())}%"] * 2
    if about and about.strip():
        about_where, about_params = targets.about_filter(
            conn, about, f"%{_escape_like(about.strip())}%")
        where.append(about_where)
        params += about_params
    if actor_id:
        where.append("q.actor_id = ?")
        params.append(actor_id)
    if type:
        if type not in QUOTE_TYPES:
            raise QueryError(f"quote type {type!r} is unknown; use one of {', '.join(QUOTE_TYPES)}")
        where.append("q.type = ?")
        params.append(type)
    return where, params


def _hit(row: dict[str, Any], mark: tuple[str, str]) -> QuoteHit:
    spans: list[tuple[int, int]] = []
    if _OPEN in row["text"] or _CLOSE in row["text"]:
        plain = row["text"]  # the markers would be ambiguous in this text
    else:
        plain, spans = _unmark(row["marked"])
    highlighted = plain
    for start, end in reversed(spans):
        highlighted = (
            highlighted[:start] + mark[0] + highlighted[start:end] + mark[1] + highlighted[end:]
        )
    return QuoteHit(
        quote_id=row["id"],
        article_id=row["article_id"],
        n=row["n"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        type=row["type"],
        statement=row["statement"],
        cue=row["cue_text"],
        speaker_name=row["speaker_name"],
        actor_id=row["actor_id"],
        actor_name=row["actor_name"],
        role=row["role"],
        evidence=row["evidence"],
        title=row["title"],
        outlet=row["outlet"],
        date=row["date"],
        url=row["url"],
        lang=row["lang"],
        context=row["sentence_context"] or "",
        highlighted=highlighted,
        match_spans=spans,
    )


def _unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip the match markers, returning the plain text and the matched spans."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    opened = 0
    for char in marked:
        if char == _OPEN:
            opened = length
        elif char == _CLOSE:
            spans.append((opened, length))
        else:
            plain.append(char)
            length += 1
    return "".join(plain), spans


# -- speakers --------------------------------------------------------------------


def speakers(store: Store, *, limit: int = 50, dedup: bool = False,
             descriptions: bool = False) -> list[SpeakerStat]:
    """The most quoted speakers: linked actors, and unlinked speaker names on their own.

    dedup: count only the first article of each near-duplicate group.
    descriptions: also list speakers that are only described ("een buurvrouw",
    "de woordvoerder") and places; by default the list holds actors a reader
    can follow across articles — persons, organisations and named groups.
    """
    _page(limit, 0)
    if dedup:
        return _speakers_scan(store, limit=limit, descriptions=descriptions)
    stats: list[SpeakerStat] = []
    for actor_id, name, quotes, articles in aggregates.speaker_rows(
            store.conn, descriptions=descriptions, limit=limit):
        roles: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        variants: Counter[str] = Counter()
        for variant, role, outlet, n in aggregates.speaker_detail(store.conn, actor_id, name):
            roles.update({role: n} if role else {})
            outlets.update({outlet: n} if outlet else {})
            variants.update({variant: n} if variant else {})
        stats.append(_speaker_stat(store, actor_id, name or _first(variants), quotes, articles,
                                   roles, outlets, variants))
    return stats


def _first(counter: Counter[str]) -> str:
    ranked = _ranked(counter)
    return ranked[0] if ranked else ""


def _speaker_stat(store: Store, actor_id: str | None, name: str, quotes: int, articles: int,
                  roles: Counter[str], outlets: Counter[str],
                  variants: Counter[str]) -> SpeakerStat:
    role_list = _ranked(roles)
    if actor_id is not None:
        titles = store.conn.execute(
            "SELECT title FROM actor_roles WHERE actor_id = ? "
            "GROUP BY title ORDER BY count(*) DESC, title",
            [actor_id],
        )
        role_list += [t for (t,) in titles if t not in role_list]
    return SpeakerStat(actor_id=actor_id, name=name, quotes=quotes, articles=articles,
                       roles=role_list, outlets=_ranked(outlets), variants=_ranked(variants))


def _speakers_scan(store: Store, *, limit: int, descriptions: bool) -> list[SpeakerStat]:
    """speakers() counting the first article of each near-duplicate group only: the
    aggregates count every article, so this one scans the quotes."""
    filter_ = f"AND {DEDUP_WHERE}"
    if not descriptions:
        filter_ += (" AND q.actor_id IS NOT NULL AND q.actor_id NOT IN "
                    "(SELECT id FROM actors WHERE type = 'place')")
    # Unlinked speakers are grouped by name; the "\x1f" prefix cannot clash with an actor id.
    key = "coalesce(q.actor_id, char(31) || q.speaker_name)"
    sql = (
        f"SELECT {key} AS k, min(q.actor_id) AS actor_id, "
        "coalesce(min(ac.name), min(q.speaker_name)) AS name, "
        "count(*) AS quotes, count(DISTINCT q.article_id) AS articles "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN actors ac ON ac.id = q.actor_id "
        f"WHERE (q.actor_id IS NOT NULL OR q.speaker_name IS NOT NULL) {filter_} "
        "GROUP BY k ORDER BY quotes DESC, articles DESC, name LIMIT ?"
    )
    stats: list[SpeakerStat] = []
    for row in store.db.query(sql, [limit]):
        # Linked speakers by the indexed actor_id; a coalesce() here would scan all quotes.
        if row["actor_id"] is not None:
            where, param = "q.actor_id = ?", row["actor_id"]
        else:
            where, param = "q.actor_id IS NULL AND q.speaker_name = ?", row["name"]
        detail = (
            "SELECT q.role, a.outlet, q.speaker_name FROM quotes q "
            f"JOIN articles a ON a.id = q.article_id WHERE {where} {filter_}"
        )
        roles: Counter[str] = Counter()
        outlets: Counter[str] = Counter()
        variants: Counter[str] = Counter()
        for role, outlet, variant in store.conn.execute(detail, [param]):
            roles.update([role] if role else [])
            outlets.update([outlet] if outlet else [])
            variants.update([variant] if variant else [])
        stats.append(_speaker_stat(store, row["actor_id"], row["name"], int(row["quotes"]),
                                   int(row["articles"]), roles, outlets, variants))
    return stats


def _ranked(counter: Counter[str]) -> list[str]:
    """Values most frequent first, ties alphabetically, so output is stable."""
    return [v for v, _ in sorted(counter.items(), key=lambda item: (-item[1], item[0]))]


# -- articles --------------------------------------------------------------------


def list_articles(
    store: Store,
    *,
    q: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    dedup: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> ArticleResult:
    """Articles, newest first, or best match first when ``q`` searches title and text.

    lang: only articles in this language ("nl", "en").
    """
    _page(limit, offset)
    where, params = _article_filters(outlet=outlet, since=since, until=until, dedup=dedup,
                                     lang=lang)
    source = "articles a"
    snippet = "substr(a.text, 1, 200)"
    order = "a.date DESC, a.id"
    words = bool(q and q.strip())
    pg_words = words and pg_search.is_postgres(store.conn)
    # PostgreSQL ranks the page of an unfiltered search from its index alone (pg_listing).
    ranked_page = pg_words and not where
    if pg_words:
        join, snippet, join_params = pg_search.article_match(q or "")
        source += join
        params = [*join_params, *params]
        order = "articles_fts.rank, a.rowid"
    elif words:
        expression = fts.to_fts(q or "")
        fts.check(store.conn, "articles_fts", q or "", expression)
        source += " JOIN articles_fts ON articles_fts.rowid = a.rowid"
        where.insert(0, "articles_fts MATCH ?")
        params.insert(0, expression)
        snippet = "snippet(articles_fts, 1, '«', '»', '…', 24)"
        order = "articles_fts.rank"
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    sql = (f"SELECT {ARTICLE_COLUMNS}, {snippet} AS snippet FROM {source} {clause} "
           f"ORDER BY {order} LIMIT ? OFFSET ?")
    try:
        if ranked_page:
            rows, total = pg_listing.article_page(store, q or "", limit=limit, offset=offset)
        else:
            rows = list(store.db.query(sql, [*params, limit, offset]))
            total = int(store.conn.execute(f"SELECT count(*) FROM {source} {clause}",
                                           params).fetchone()[0])
    except sqlite3.OperationalError as e:
        if fts.interrupted(e):
            raise  # over the caller's time budget (a progress handler): not the query's fault
        raise fts.as_query_error(q or "", e) from e
    hits = [_article_hit(r) for r in rows]
    return ArticleResult(total=total, hits=hits)


# What an article list reads of each article, but its snippet (alias a).
ARTICLE_COLUMNS = ("a.id, a.title, a.outlet, a.date, a.url, a.lang, a.dup_group, "
                   "(SELECT count(*) FROM quotes WHERE article_id = a.id) AS quotes")


def _article_hit(row: dict[str, Any]) -> ArticleHit:
    return ArticleHit(id=row["id"], title=row["title"], outlet=row["outlet"], date=row["date"],
                      url=row["url"], lang=row["lang"], quotes=int(row["quotes"]),
                      dup_group=row["dup_group"], snippet=" ".join((row["snippet"] or "").split()))


# -- actors ------------------------------------------------------------------------


def actor_timeline(
    store: Store, actor_id: str, *, by: Literal["day", "week"] = "week", dedup: bool = False
) -> list[TimelinePoint]:
    """Quotes and articles per day or ISO week (labelled by its Monday) for one actor."""
    if by not in ("day", "week"):
        raise QueryError(f"timeline step {by!r} is unknown; use day or week")
    if dedup:
        return _actor_timeline_scan(store, actor_id, by=by)
    quotes: Counter[str] = Counter()
    articles: Counter[str] = Counter()
    # Per stored day from the aggregates: an article is on one day, so the articles of the
    # days of a week add up to the week's.
    for value, n, m in aggregates.speaker_days(store.conn, actor_id):
        period = _period(value, by)
        if period is not None:
            quotes[period] += n
            articles[period] += m
    return [TimelinePoint(period=p, quotes=quotes[p], articles=articles[p]) for p in sorted(quotes)]


def _period(value: str, by: str) -> str | None:
    """The day, or the Monday of its week, of a stored date; None when it is no date."""
    try:
        day = parse_date(value, option="article date")
    except QueryError:
        return None  # an unparseable stored date cannot be placed on a timeline
    if by == "week":
        day -= timedelta(days=day.weekday())
    return day.isoformat()


def _actor_timeline_scan(store: Store, actor_id: str, *, by: str) -> list[TimelinePoint]:
    """actor_timeline over the first article of each near-duplicate group (a scan)."""
    rows = store.conn.execute(
        "SELECT a.date, q.article_id FROM quotes q JOIN articles a ON a.id = q.article_id "
        f"WHERE q.actor_id = ? AND a.date IS NOT NULL AND {DEDUP_WHERE}",
        [actor_id],
    )
    quotes: Counter[str] = Counter()
    articles: dict[str, set[str]] = {}
    for value, article_id in rows:
        period = _period(value, by)
        if period is not None:
            quotes[period] += 1
            articles.setdefault(period, set()).add(article_id)
    return [
        TimelinePoint(period=p, quotes=quotes[p], articles=len(articles[p])) for p in sorted(quotes)
    ]


TIMELINE_STEPS = ("week", "month")

# SQLite date functions give NULL for a date they cannot read: such quotes are left out.
# 'weekday 0' moves to the next Sunday (or stays on one); six days back is that ISO week's
# Monday, the label actor_timeline gives a week too.
_PERIOD_SQL = {
    "week": "date(a.date, 'weekday 0', '-6 days')",
    "month": "strftime('%Y-%m', a.date)",
}


def quote_timeline(
    store: Store, filters: QuoteFilters | None = None, *,
    by: Literal["week", "month"] = "week", window: int | None = None,
) -> list[TimelinePoint]:
    """Quotes and articles per ISO week (labelled by its Monday) or month of the quotes
    that ``filters`` select (a query, a speaker, an "about" actor ...), oldest first.

    Periods without quotes are left out; quotes of undated articles are not counted.
    window: count only the first this many quotes that ``filters`` select (the web page's
    chart at corpus scale, where all of them would take seconds).
    """
    if by not in TIMELINE_STEPS:
        raise QueryError(f"timeline step {by!r} is unknown; use week or month")
    source, clause, params = quote_source(store.conn, filters or QuoteFilters())
    period = (pg_search.PERIOD_SQL if pg_search.is_postgres(store.conn) else _PERIOD_SQL)[by]
    article = "q.article_id"
    if window is not None:
        # The first ``window`` quotes with their period, computed once a quote (on
        # PostgreSQL a function with an exception handler, wzw_date: 207 against 162 ms
        # for the chart of a common word in 100,000 articles).
        source = (f"(SELECT {period} AS period, q.article_id AS article_id FROM {source} "
                  f"{clause} LIMIT {int(window)}) w")
        clause, article, period = "", "w.article_id", "w.period"
    sql = (
        f"SELECT {period} AS period, count(*), count(DISTINCT {article}) FROM {source} "
        f"{clause} GROUP BY period HAVING {period} IS NOT NULL ORDER BY period"
    )
    try:
        found = store.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as e:
        if fts.interrupted(e):
            raise  # over the caller's time budget: not the query's fault
        raise fts.as_query_error((filters.query or "") if filters else "", e) from e
    return [TimelinePoint(period=p, quotes=int(n), articles=int(m)) for p, n, m in found]


_PAIRS = (
    "WITH pairs AS (SELECT DISTINCT q.article_id, q.actor_id FROM quotes q "
    "JOIN articles a ON a.id = q.article_id WHERE q.actor_id IS NOT NULL {filter})"
)


def co_quoted(
    store: Store, actor_id: str, *, limit: int = 20, dedup: bool = False
) -> list[CoQuoted]:
    """Actors quoted in the same articles as ``actor_id``, most shared articles first."""
    _page(limit, 0)
    if not dedup:
        return [CoQuoted(actor_id=a, name=name, articles=n)
                for a, name, n in aggregates.pairs_of(store.conn, actor_id, limit)]
    sql = _PAIRS.format(filter=f"AND {DEDUP_WHERE}" if dedup else "") + (
        " SELECT p2.actor_id, min(ac.name), count(*) AS n FROM pairs p1 "
        "JOIN pairs p2 ON p2.article_id = p1.article_id AND p2.actor_id != p1.actor_id "
        "LEFT JOIN actors ac ON ac.id = p2.actor_id WHERE p1.actor_id = ? "
        "GROUP BY p2.actor_id ORDER BY n DESC, p2.actor_id LIMIT ?"
    )
    return [
        CoQuoted(actor_id=a, name=name, articles=int(n))
        for a, name, n in store.conn.execute(sql, [actor_id, limit])
    ]


def speaks_about_network(store: Store, *, limit: int = 100, dedup: bool = False) -> list[ActorEdge]:
    """Edges from a speaker to the actors their quotes mention (``quote_targets``),
    heaviest first; ``weight`` counts quotes."""
    _page(limit, 0)
    sql = (
        "SELECT q.actor_id, t.actor_id, min(s.name), min(ta.name), count(*) AS n "
        "FROM quote_targets t "
        "JOIN quotes q ON q.id = t.quote_id JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN actors s ON s.id = q.actor_id LEFT JOIN actors ta ON ta.id = t.actor_id "
        f"WHERE q.actor_id IS NOT NULL {'AND ' + DEDUP_WHERE if dedup else ''} "
        "GROUP BY q.actor_id, t.actor_id ORDER BY n DESC, q.actor_id, t.actor_id LIMIT ?"
    )
    return [
        ActorEdge(source=a, target=b, source_name=sn, target_name=tn, weight=int(n))
        for a, b, sn, tn, n in store.conn.execute(sql, [limit])
    ]


def actor_network(store: Store, *, limit: int = 100, dedup: bool = False) -> list[ActorEdge]:
    """Edges between actors quoted in the same article, heaviest first."""
    _page(limit, 0)
    if not dedup:
        return [ActorEdge(source=a, target=b, source_name=sn, target_name=tn, weight=n)
                for a, b, sn, tn, n in aggregates.top_pairs(store.conn, limit)]
    sql = _PAIRS.format(filter=f"AND {DEDUP_WHERE}" if dedup else "") + (
        " SELECT p1.actor_id, p2.actor_id, min(s.name), min(t.name), count(*) AS n "
        "FROM pairs p1 "
        "JOIN pairs p2 ON p2.article_id = p1.article_id AND p1.actor_id < p2.actor_id "
        "LEFT JOIN actors s ON s.id = p1.actor_id LEFT JOIN actors t ON t.id = p2.actor_id "
        "GROUP BY p1.actor_id, p2.actor_id ORDER BY n DESC, p1.actor_id, p2.actor_id LIMIT ?"
    )
    return [
        ActorEdge(source=a, target=b, source_name=sn, target_name=tn, weight=int(n))
        for a, b, sn, tn, n in store.conn.execute(sql, [limit])
    ]
