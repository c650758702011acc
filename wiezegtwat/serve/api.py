"""The REST API of ``wzw serve`` and the app factory that also mounts the web pages."""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import json
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import anyio
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, StrictBool

from .. import settings
from ..errors import BackendError, InputError, QueryError, StoreError, WzwError
from ..ingest.build import cap_nesting
from ..plugins import load_callable
from ..records import Article
from ..store.export import LIST_SEPARATOR, column_names
from ..store.network import MEDIA_TYPES, ArticleFilters, NetworkFormat, build_network, network_bytes
from ..store.queries import QuoteFilters
from .http_errors import (
    error_body,
    error_response,
    error_responses,
    install_error_handlers,
    json_error_responses,
)
from .middleware import (
    BodyLimit,
    CloseWhenQueued,
    CrossSiteGuard,
    HeadAsGet,
    SecurityHeaders,
    ServerErrors,
    WriteGenerationETag,
)
from .params import (
    DEFAULT_QUERY_BUDGET,
    FULL_DATE_PATTERN,
    MAX_FILTER_CHARS,
    MAX_SEARCHES,
    About,
    ArticleLang,
    Limit,
    Offset,
    Since,
    Speaker,
    Text,
    Until,
    article_query,
    quote_query,
    search_slot,
)

__all__ = ["create_app", "error_body", "error_response"]  # error_* kept here for old imports

STATIC_DIR = Path(__file__).resolve().parent / "static"

EXPORT_PAGE = 500  # quotes fetched per query while streaming an export
# Idle read connections kept besides one per search slot (max_searches), one per core:
# SQLite runs queries without the GIL, so that many run at once; more are opened under
# load and closed after. Fewer than the searches that run at once made a busy server open
# and close a connection every few requests: on PostgreSQL a new server process each time.
POOL_SIZE = max(2, os.cpu_count() or 1)
# Bytes: a long news article in UTF-8 (~200k chars) plus JSON (the settings table's default).
DEFAULT_MAX_BODY: int = settings.setting("max_body").default
# SQLite virtual-machine steps between two looks at the clock: about a millisecond of work,
# so a query stops soon after its budget and the check costs next to nothing.
PROGRESS_STEPS = 1_000

PipelineFactory = Callable[[], Any]
T = TypeVar("T")

QuoteTypeParam = Literal["direct", "indirect", "mixed"]
After = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS, description=(
    "The next_after of the previous page: the page after it (keyset paging)."))]


# -- shared state: read pool, analyser, writer ------------------------------------------------


class OverBudget(StoreError):
    """A request's queries ran over the server's time budget (a 503)."""

    def __init__(self, budget: float) -> None:
        super().__init__(f"the query ran over the time budget of {budget:g} s; "
                         "narrow it down (fewer words, a date range)")


class StorePool:
    """Read-only connections to the database, one per request at a time."""

    def __init__(self, path: str, *, size: int = POOL_SIZE,
                 budget: float = DEFAULT_QUERY_BUDGET, page_cache: int = 0) -> None:
        """page_cache: MiB of page cache per SQLite connection (0: SQLite's default)."""
        self.path = path
        self.size = size
        self.budget = budget
        self.page_cache = page_cache
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._generation_store: Any = None

    def acquire(self) -> Any:
        from ..store import Store

        try:
            return self._idle.get_nowait()
        except queue.Empty:
            store = Store.open(self.path, readonly=True)
        try:
            if getattr(store, "dialect", "sqlite") == "postgresql":
                store.conn.for_requests(budget=self.budget)
            elif self.page_cache:
                # A negative cache_size is in KiB. Pooled connections live long, so the
                # pages the searches share stay in memory: 12.3-12.6 against 11.2-11.9 ms of CPU a
                # search of bench/search_scale.py's mix with 32 MiB (m100k.db).
                store.conn.execute(f"PRAGMA cache_size = {-int(self.page_cache) * 1024}")
        except BaseException:
            store.close()
            raise
        return store

    def release(self, store: Any) -> None:
        # No lock: two releases racing may keep one connection more or fewer, never a
        # wrong one, and reads never wait on each other in Python.
        if self._idle.qsize() < self.size:
            self._idle.put(store)
        else:
            store.close()

    @contextlib.contextmanager
    def use(self) -> Iterator[Any]:
        """A store whose queries together may run ``budget`` seconds."""
        store = self.acquire()
        try:
            with self.budgeted(store):
                yield store
        finally:
            self.release(store)

    @contextlib.contextmanager
    def budgeted(self, store: Any) -> Iterator[None]:
        """Interrupt the store's queries once ``budget`` seconds have passed from now.

        SQLite calls the handler every PROGRESS_STEPS steps; a true answer stops the
        query with OperationalError("interrupted"), which the API answers with a 503.
        """
        if getattr(store, "dialect", "sqlite") == "postgresql":
            # PostgreSQL has no progress handler: a statement timeout is the budget.
            from ..store.pg import PgInterrupted

            try:
                with store.conn.time_budget(self.budget):
                    yield
            except PgInterrupted as e:
                raise OverBudget(self.budget) from e
            return
        deadline = time.monotonic() + self.budget
        fired = False

        def over_budget() -> bool:
            nonlocal fired
            fired = fired or time.monotonic() > deadline
            return fired

        store.conn.set_progress_handler(over_budget, PROGRESS_STEPS)
        try:
            yield
        except (sqlite3.Error, QueryError) as e:
            # An interrupt surfaces as "interrupted", or inside FTS5 as "vtable constructor
            # failed" (then a QueryError): whichever it is, the budget is the cause.
            if fired:
                raise OverBudget(self.budget) from e
            raise
        finally:
            store.conn.set_progress_handler(None, 0)

    def generation(self) -> int:
        """The store's write generation (for ETags), on a connection of its own.

        Only the event loop's thread asks (the ETag middleware), so one connection serves
        every request without a lock, and a request never waits for a pooled one.
        """
        from ..store import Store, aggregates

        if self._generation_store is None:
            self._generation_store = Store.open(self.path, readonly=True)
        return aggregates.generation(self._generation_store.conn)

    def close(self) -> None:
        if self._generation_store is not None:
            self._generation_store.close()
            self._generation_store = None
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


class Analyser:
    """One pipeline per server process, made on first use; one analysis at a time."""

    def __init__(self, factory: PipelineFactory | None) -> None:
        self._factory = factory or _default_pipeline
        self._pipeline: Any = None
        # Frog serves one request at a time on its socket, so analyses are serialised.
        self._lock = threading.Lock()

    def analyse(self, text: str, *, source: str) -> Article:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            article: Article = self._pipeline.analyse(text, source=source)
            return article

    def close(self) -> None:
        with self._lock:
            if self._pipeline is not None:
                self._pipeline.close()
                self._pipeline = None


def _default_pipeline() -> Any:
    from ..pipeline import Pipeline

    return Pipeline()


class Writer:
    """The single writer of this server process: links actors and stores articles."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()

    def add(self, article: Article) -> bool:
        """Store ``article``; False when it was stored already."""
        from ..actors.linker import ActorLinker
        from ..store import Store

        with self._lock, Store.open(self.path) as store:
            actors = ActorLinker.for_store(store).link(article)
            added: bool = store.add_article(article, actors=actors)
            return added

    def run(self, action: Callable[[Any], T]) -> T:
        """Run ``action`` on a writable Store, one writer at a time (saved searches)."""
        from ..store import Store

        with self._lock, Store.open(self.path) as store:
            return action(store)


def get_store(request: Request) -> Iterator[Any]:
    """A read-only Store for the length of one request."""
    with request.app.state.pool.use() as store:
        yield store


StoreDep = Annotated[Any, Depends(get_store)]


# -- the app -----------------------------------------------------------------------------------


def create_app(
    db_path: str,
    *,
    pipeline_factory: PipelineFactory | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    query_budget: float = DEFAULT_QUERY_BUDGET,
    max_searches: int = MAX_SEARCHES,
    response_cache: int = 0,
    page_cache: int = 0,
) -> FastAPI:
    """The wiezegtwat web app over the database at ``db_path``.

    pipeline_factory: makes the Pipeline for /api/analyse on first use (default: Frog).
    max_body: the largest request body accepted, in bytes.
    query_budget: seconds of database work one request may use before it is a 503.
    max_searches: searches (and exports) that run at once; more wait for a free slot.
    response_cache: answers kept per worker by ETag and URL (0: none; `wzw serve` keeps
    the ``response_cache`` setting's number).
    page_cache: MiB of page cache per SQLite read connection (0: SQLite's default; `wzw
    serve` keeps the ``page_cache`` setting's).
    """
    from .web import router as web_router

    _ensure_database(db_path)
    app = FastAPI(
        title="wiezegtwat",
        description="Who says what: quotes and their speakers in Dutch news.",
        version=_version(),
        # Swagger UI and ReDoc load their scripts from a CDN: /docs is a page of ours instead
        # (web.docs_page), which works offline under the pages' own CSP.
        docs_url=None,
        redoc_url=None,
    )
    app.state.pool = StorePool(db_path, size=POOL_SIZE + max_searches, budget=query_budget,
                               page_cache=page_cache)
    app.state.analyser = Analyser(pipeline_factory)
    app.state.writer = Writer(db_path)
    app.state.max_body = max_body
    app.state.query_budget = query_budget
    app.state.searches = anyio.Semaphore(max_searches)
    install_error_handlers(app)
    app.include_router(api)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # add_middleware wraps: the last one added is the outermost layer.
    app.add_middleware(WriteGenerationETag, generation=app.state.pool.generation,
                       version=app.version, cache_entries=response_cache)
    app.add_middleware(CloseWhenQueued)
    app.add_middleware(ServerErrors)
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(CrossSiteGuard)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    app.router.add_event_handler("shutdown", app.state.pool.close)
    app.router.add_event_handler("shutdown", app.state.analyser.close)
    return app


def app_from_env() -> FastAPI:
    """The app configured by the settings table (``wiezegtwat/settings.py``): the
    database, the /analyse pipeline (module:callable), the body limit, the query
    budget, the search slots, the response cache and the page cache.

    uvicorn calls this in every worker process (``factory=True``).
    """
    factory = None
    spec = settings.get("pipeline")
    if spec:
        factory = load_pipeline(spec)
    return create_app(
        settings.get("db"),
        pipeline_factory=factory,
        max_body=settings.get("max_body"),
        query_budget=settings.get("query_budget"),
        max_searches=settings.get("max_searches"),
        response_cache=settings.get("response_cache"),
        page_cache=settings.get("page_cache"),
    )


def load_pipeline(spec: str) -> PipelineFactory:
    """The pipeline factory named by ``module:name``."""
    try:
        factory: PipelineFactory = load_callable(spec, setting="WZW_PIPELINE")
    except WzwError as e:
        raise StoreError(str(e)) from e
    return factory


def _ensure_database(path: str) -> None:
    """Create or migrate the database when a read-only open cannot use it yet."""
    from ..store import Store

    try:
        Store.open(path, readonly=True).close()
    except StoreError:
        if Path(path).is_dir():
            raise
        # Missing or behind on migrations: one writable open creates or upgrades it.
        Store.open(path).close()


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("wiezegtwat")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "0.1.0"


# -- /api routes -------------------------------------------------------------------------------

# Every route can answer 422 (parameters), 500 and 503 (query budget); the rest per route.
api = APIRouter(prefix="/api", tags=["api"], responses=error_responses(422, 500, 503))
SEARCH_ERRORS = error_responses(400)
SearchSlot = Depends(search_slot)


@api.get("/stats", summary="Row counts of the corpus")
def get_stats(store: StoreDep) -> dict[str, int]:
    counts: dict[str, int] = store.counts()
    return counts


@api.get("/articles", summary="Articles, newest first, or best match for q",
         responses=SEARCH_ERRORS, dependencies=[SearchSlot])
def get_articles(
    store: StoreDep,
    q: Annotated[str | None, Depends(article_query)],
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    lang: ArticleLang = None,
    dedup: bool = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    from ..store import list_articles

    result = list_articles(store, q=q, outlet=outlet, since=since, until=until, lang=lang,
                           dedup=dedup, limit=limit, offset=offset)
    return {"total": result.total, "limit": limit, "offset": offset,
            "hits": [asdict(h) for h in result.hits]}


def article_json(article: Article) -> dict[str, Any]:
    """An article with its quotes (in the ``wzw quotes --json`` shape) and mentions."""
    record = article.to_record()
    # Rows stored before ingest capped the nesting would not serialise (255 levels max).
    record["metadata"] = cap_nesting(article.metadata)[0]
    return record


@api.get("/articles/{id}", summary="One article with its quotes and mentions",
         responses=error_responses(404))
def get_article(id: str, store: StoreDep) -> dict[str, Any]:
    article = store.get_article(id)
    if article is None:
        raise HTTPException(404, f"no article with id {id!r}; list ids with GET /api/articles")
    return article_json(article)


def quote_filters(
    q: Annotated[str | None, Depends(quote_query)],
    speaker: Speaker = None,
    actor_id: Text = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    type: QuoteTypeParam | None = None,
    about: About = None,
    lang: ArticleLang = None,
    dedup: bool = False,
) -> dict[str, Any]:
    """The filters shared by quote search and the exports."""
    return {"query": q, "speaker": speaker, "actor_id": actor_id, "outlet": outlet,
            "since": since, "until": until, "type": type, "about": about, "lang": lang,
            "dedup": dedup}


Filters = Annotated[dict[str, Any], Depends(quote_filters)]


@api.get("/quotes", summary="Quote search with facets", responses=SEARCH_ERRORS,
         dependencies=[SearchSlot], response_class=JSONResponse)
def get_quotes(store: StoreDep, filters: Filters, limit: Limit = 50,
               offset: Offset = 0, after: After = None) -> JSONResponse:
    from ..store import search_quotes

    result = search_quotes(store, filters.pop("query"), limit=limit, offset=offset,
                           after=after, **filters)
    # A JSONResponse of plain values: FastAPI's jsonable_encoder would walk the 50 hits
    # again (4 ms of the 20 a search takes, bench/search_scale.py). vars(), not asdict():
    # hits and facets hold JSON values only (no nested records), and asdict deep-copies
    # each of them (1.1 ms a page of 50 hits, against 0.3 ms; the same bytes).
    return JSONResponse({
        "total": result.total,
        "capped": result.capped,
        "limit": limit,
        "offset": offset,
        "next_after": result.next_after,
        "hits": [dict(vars(h)) for h in result.hits],
        "facets": {k: [dict(vars(f)) for f in v] for k, v in result.facets.items()},
        "capped_facets": result.capped_facets,
    })


@api.get("/actors", summary="The most quoted speakers with their counts")
def get_actors(store: StoreDep, limit: Limit = 50, offset: Offset = 0,
               dedup: bool = False) -> dict[str, Any]:
    from ..store import speakers

    stats = speakers(store, limit=limit + offset, dedup=dedup)[offset:]
    return {"limit": limit, "offset": offset, "actors": [asdict(s) for s in stats]}


def load_actor(store: Any, actor_id: str) -> dict[str, Any] | None:
    """One actor with its spelling variants and roles, or None when nobody has this id."""
    from ..store.actors import actor_record

    return actor_record(store, actor_id)


def _unknown_actor(actor_id: str) -> HTTPException:
    return HTTPException(404, f"no actor with id {actor_id!r}; list actors with GET /api/actors")


@api.get("/actors/{actor_id}",
         summary="One actor: variants, roles, quotes, timeline, whom they talk about",
         responses=error_responses(404))
def get_actor(
    actor_id: str,
    store: StoreDep,
    by: Literal["day", "week"] = "week",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    from ..store import actor_timeline, co_quoted, search_quotes
    from ..store.actors import talked_about_by, talks_about

    actor = load_actor(store, actor_id)
    if actor is None:
        raise _unknown_actor(actor_id)
    result = search_quotes(store, None, actor_id=actor_id, limit=limit, offset=offset)
    return {
        "actor": actor,
        "timeline": {"by": by, "points": [asdict(p) for p in actor_timeline(store, actor_id, by=by)]},
        "co_quoted": [asdict(c) for c in co_quoted(store, actor_id)],
        "talks_about": [asdict(t) for t in talks_about(store, actor_id)],
        "talked_about_by": [asdict(t) for t in talked_about_by(store, actor_id)],
        "quotes": {"total": result.total, "limit": limit, "offset": offset,
                   "hits": [asdict(h) for h in result.hits]},
    }


@api.get("/network", summary="Actors quoted in the same article")
def get_network(store: StoreDep, limit: Limit = 100, dedup: bool = False) -> dict[str, Any]:
    from ..store import actor_network

    return {"edges": [asdict(e) for e in actor_network(store, limit=limit, dedup=dedup)]}


class AnalyseIn(BaseModel):
    # At least one non-space character: a blank text is no article (the schema says so,
    # so a client learns it from the OpenAPI document rather than from a 422).
    text: str = Field(min_length=1, pattern=r"\S",
                      description="The article text (plain text), not blank.")
    # Strict: "store": 0 or "yes" is a mistake to report, not a false to guess.
    store: StrictBool = Field(False, description="Also store the article and its quotes.")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=MAX_FILTER_CHARS)
    date: str | None = Field(default=None, pattern=FULL_DATE_PATTERN,
                             description="Publication date, YYYY-MM-DD.")


def analyse_text(request: Request, body: AnalyseIn, *, source: str) -> tuple[Article, bool]:
    """Analyse (and maybe store) posted text; shared by the API and the /analyse page."""
    try:
        article = request.app.state.analyser.analyse(body.text, source=source)
    except InputError as e:
        raise HTTPException(422, str(e)) from e
    except BackendError as e:
        raise HTTPException(503, f"the analysis backend is not available: {e}") from e
    article.title, article.outlet, article.date = body.title, body.outlet, body.date
    stored = False
    if body.store:
        stored = request.app.state.writer.add(article)
    return article, stored


@api.post("/analyse", summary="Quotes and speakers of a posted text",
          responses=error_responses(400, 403, 413))
def post_analyse(request: Request, body: AnalyseIn) -> dict[str, Any]:
    article, stored = analyse_text(request, body, source="<api>")
    return {**article.to_dict(), "stored": stored}


# The quote columns of `wzw export` (store/export.py), in its order: one export for all.
EXPORT_COLUMNS = tuple(column_names("quotes"))


def search_filters(filters: dict[str, Any]) -> QuoteFilters:
    """The query and filters of a quote route as the store's QuoteFilters."""
    return QuoteFilters(**filters)


def _export_rows(pool: StorePool, filters: QuoteFilters) -> Iterator[dict[str, Any]]:
    """The quotes of a search in the search's order, read a page at a time.

    Each page gets its own time budget: an export of a large corpus may take long in all.
    """
    from ..store.export import rows

    store = pool.acquire()
    found: Iterator[dict[str, Any]] | None = None
    try:
        while True:
            with pool.budgeted(store):
                if found is None:
                    found = rows(store, what="quotes", filters=filters, order="search")
                page = list(itertools.islice(found, EXPORT_PAGE))
            yield from page
            if len(page) < EXPORT_PAGE:
                return
    finally:
        if isinstance(found, Generator):
            found.close()  # closes the cursor before the connection goes back to the pool
        pool.release(store)


def _check_filters(store: Any, filters: QuoteFilters) -> None:
    """Check the query before streaming, so that a bad one is a 400, not a broken stream."""
    from ..store.queries import quote_source

    quote_source(store.conn, filters)


class CSVStream(StreamingResponse):
    media_type = "text/csv"


class NDJSONStream(StreamingResponse):
    media_type = "application/x-ndjson"


def _stream_doc(media_type: str) -> dict[int | str, dict[str, Any]]:
    return {**json_error_responses(400, 422, 500, 503),
            200: {"content": {media_type: {"schema": {"type": "string"}}},
                  "description": "The rows, streamed."}}


@api.get("/export/quotes.csv", summary="Quotes as CSV (same filters as /api/quotes)",
         response_class=CSVStream, responses=_stream_doc("text/csv"), dependencies=[SearchSlot])
def export_csv(request: Request, store: StoreDep, filters: Filters) -> StreamingResponse:
    search = search_filters(filters)
    _check_filters(store, search)

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in _export_rows(request.app.state.pool, search):
            # List cells (the quote's targets) as `wzw export` writes them.
            writer.writerow({k: LIST_SEPARATOR.join(v) if isinstance(v, list) else v
                             for k, v in row.items()})
            if buffer.tell() > 1 << 16:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return CSVStream(lines(), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": 'attachment; filename="quotes.csv"'})


@api.get("/export/quotes.jsonl", summary="Quotes as JSON lines (same filters as /api/quotes)",
         response_class=NDJSONStream, responses=_stream_doc("application/x-ndjson"),
         dependencies=[SearchSlot])
def export_jsonl(request: Request, store: StoreDep, filters: Filters) -> StreamingResponse:
    search = search_filters(filters)
    _check_filters(store, search)

    def lines() -> Iterator[str]:
        for row in _export_rows(request.app.state.pool, search):
            yield json.dumps(row, ensure_ascii=False) + "\n"

    return NDJSONStream(lines(), headers={
        "content-disposition": 'attachment; filename="quotes.jsonl"'})


@api.get("/timeline.csv",
         summary="Quotes and articles per week or month (same filters as /api/quotes)",
         response_class=CSVStream, responses=_stream_doc("text/csv"), dependencies=[SearchSlot])
def timeline_csv(store: StoreDep, filters: Filters,
                 by: Literal["week", "month"] = "week") -> Response:
    from ..store import quote_timeline

    points = quote_timeline(store, search_filters(filters), by=by)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["period", "quotes", "articles"])
    writer.writerows([p.period, p.quotes, p.articles] for p in points)
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="timeline-{by}.csv"'})


def network_filters(
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    lang: ArticleLang = None,
    dedup: bool = False,
) -> ArticleFilters:
    """The article filters of the network exports (``wzw export --what network``)."""
    return ArticleFilters(since=since, until=until, outlet=outlet, lang=lang, dedup=dedup)


NetworkFilters = Annotated[ArticleFilters, Depends(network_filters)]


def _network_doc(media_type: str) -> dict[int | str, dict[str, Any]]:
    return {**json_error_responses(422, 500, 503),
            200: {"content": {media_type: {"schema": {"type": "string"}}},
                  "description": "The actor network as one XML document."}}


def _network_response(store: Any, filters: ArticleFilters, format: NetworkFormat) -> Response:
    """The network of the filtered corpus; an empty corpus gives an empty, valid graph."""
    data = network_bytes(build_network(store, filters), format=format)
    return Response(data, media_type=MEDIA_TYPES[format], headers={
        "content-disposition": f'attachment; filename="network.{format}"'})


@api.get("/export/network.gexf", summary="The actor network as GEXF, for Gephi",
         response_class=Response, responses=_network_doc("application/gexf+xml"),
         dependencies=[SearchSlot])
def export_gexf(store: StoreDep, filters: NetworkFilters) -> Response:
    return _network_response(store, filters, "gexf")


@api.get("/export/network.graphml", summary="The actor network as GraphML",
         response_class=Response, responses=_network_doc("application/graphml+xml"),
         dependencies=[SearchSlot])
def export_graphml(store: StoreDep, filters: NetworkFilters) -> Response:
    return _network_response(store, filters, "graphml")
