"""The HTML pages of ``wzw serve``: server-side Jinja2 templates, escaped piece by piece.

Every page is in one interface language (``i18n.py``): the templates get ``t``, a
Translator, and mark text that is not ours (articles, quotes) with its own ``lang``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader

from ..store.queries import QuoteFilters
from .api import AnalyseIn, StoreDep, analyse_text, load_actor
from .charts import layout, network_svg, timeline_svg
from .i18n import AUTONYMS, COOKIE, COOKIE_AGE, LANGS, Translator, choose, interface_lang
from .markup import (
    PALETTE,
    article_colours,
    colour,
    highlight,
    legend,
    mark_matches,
    speaker_css,
    url,
    web_link,
)
from .params import (
    OPTIONAL_LANG_PATTERN,
    About,
    Since,
    Speaker,
    Text,
    Until,
    article_query,
    quote_query,
    search_slot,
)
from .searches import register as register_searches

__all__ = ["PALETTE", "colour", "highlight", "layout", "mark_matches", "network_svg", "render",
           "render_error", "router", "timeline_svg", "url", "web_link"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
PAGE_SIZE = 20  # quotes per search page
NETWORK_EDGES = 80  # heaviest edges drawn: beyond this the picture is a hairball

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                  lstrip_blocks=True)
env.globals.update(url=url, colour=colour, mark_matches=mark_matches, web_link=web_link,
                   speaker_css=speaker_css, langs=LANGS, autonyms=AUTONYMS)
TIMELINE_WINDOW = 20_000  # quotes behind the search page's chart (see search_page)
router = APIRouter(include_in_schema=False, dependencies=[Depends(interface_lang)])

Page = Annotated[int, Query(ge=1, le=10_000)]
WebLang = Annotated[str | None, Query(pattern=OPTIONAL_LANG_PATTERN,
                                      description="Only articles in this language (nl, en).")]
SearchField = Literal["text", "by", "about"]
ActorSortParam = Literal["quotes", "articles", "name"]
ActorTypeParam = Literal["", "person", "organisation", "other"]
TimelineStep = Literal["week", "month"]


def translator(request: Request) -> Translator:
    """The labels of the request's interface language."""
    return Translator(choose(request))


def render(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered to an HTML response in the request's interface language.

    A valid ``?lang=`` is remembered in a cookie, so the next pages keep the language.
    """
    t = translator(request)
    switch = url(request.url.path, dict(request.query_params), lang=t.other)
    html = env.get_template(name).render(request=request, path=request.url.path, t=t,
                                         switch=switch, **context)
    response = HTMLResponse(html, status_code=status)
    response.headers["vary"] = "Accept-Language, Cookie"
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(COOKIE, t.lang, max_age=COOKIE_AGE, httponly=True, samesite="lax")
    return response


def render_error(request: Request, error: Mapping[str, Any]) -> HTMLResponse:
    """The HTML page for an error in the API's error shape.

    The status gets a title in the page's language; the detail is the API's (English).
    """
    status = int(error["status"])
    title = translator(request).messages.get(f"error.{status}")
    return render(request, "error.html", status=status, error=error, title=title)


def pages(total: int) -> int:
    return max(1, math.ceil(total / PAGE_SIZE))


# -- pages -------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    from ..store import list_articles, speakers

    return render(request, "home.html", counts=store.counts(), top=speakers(store, limit=15),
                  latest=list_articles(store, limit=10).hits)


@router.get("/articles", response_class=HTMLResponse, dependencies=[Depends(search_slot)])
def articles_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Depends(article_query)],
    outlet: Text = None,
    article_lang: WebLang = None,
    page: Page = 1,
) -> HTMLResponse:
    from ..store import list_articles

    result = list_articles(store, q=q, outlet=outlet, lang=article_lang or None,
                           limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    params = {"q": q, "outlet": outlet, "article_lang": article_lang}
    return render(request, "articles.html", result=result, params=params, page=page,
                  pages=pages(result.total))


@router.get("/articles/{id}", response_class=HTMLResponse)
def article_page(request: Request, id: str, store: StoreDep) -> HTMLResponse:
    article = store.get_article(id)
    if article is None:
        raise HTTPException(404, f"no article with id {id!r}; find one on the search page")
    colours = article_colours(article.quotes)
    body = highlight(article.text, article.quotes, t=translator(request), colours=colours)
    return render(request, "article.html", article=article, body=body, colours=colours,
                  speakers=legend(article.quotes, colours),
                  quotes=list(enumerate(article.quotes)))


@router.get("/search", response_class=HTMLResponse, dependencies=[Depends(search_slot)])
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Depends(quote_query)],
    field: SearchField = "text",
    speaker: Speaker = None,
    about: About = None,
    actor_id: Text = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    type: Text = None,
    article_lang: WebLang = None,
    by: TimelineStep = "month",
    page: Page = 1,
) -> HTMLResponse:
    """Quote search with the filters of ``wzw search`` and /api/quotes, their timeline,
    download links and the saved searches.

    field: what ``q`` is — words of the quote (text), part of the speaker's name (by,
    the ``speaker`` filter) or part of the name of someone the quote is about (about).
    An explicit ``speaker`` or ``about`` (a facet link) wins over ``q``.
    by: the timeline's step, week or month.
    """
    from ..store import quote_timeline, search_quotes
    from ..store.saved import saved_searches

    params = {"q": q, "field": None if field == "text" else field, "speaker": speaker,
              "about": about, "actor_id": actor_id, "outlet": outlet, "since": since,
              "until": until, "type": type or None, "article_lang": article_lang or None,
              "by": None if by == "month" else by}
    search = api_search(params, field=field)
    result = search_quotes(store, search.query, speaker=search.speaker, about=search.about,
                           actor_id=actor_id, outlet=outlet, since=since, until=until,
                           type=search.type, lang=search.lang, limit=PAGE_SIZE,
                           offset=(page - 1) * PAGE_SIZE)
    # The chart counts the first TIMELINE_WINDOW quotes: all of a common word's would take
    # seconds in a large corpus, and the chart's shape shows at this many.
    points = quote_timeline(store, search, by=by, window=TIMELINE_WINDOW)
    chart = timeline_svg(points, by=by, t=translator(request))
    filters = {k: v for k, v in params.items() if k not in ("q", "field", "by") and v}
    return render(request, "search.html", result=result, params=params, filters=filters,
                  field=field, page=page, pages=pages(result.total), chart=chart, by=by,
                  api_params=api_params(search), saved=saved_searches(store),
                  saved_query=urlencode({k: v for k, v in params.items() if v}))


def api_search(params: Mapping[str, Any], *, field: str) -> QuoteFilters:
    """The search page's parameters as the store's search: ``q`` goes where ``field`` says."""
    q = params["q"]
    return QuoteFilters(
        query=q if field == "text" else None,
        speaker=(params["speaker"] or q) if field == "by" else params["speaker"],
        about=(params["about"] or q) if field == "about" else params["about"],
        actor_id=params["actor_id"], outlet=params["outlet"], since=params["since"],
        until=params["until"], type=params["type"], lang=params["article_lang"])


def api_params(search: QuoteFilters) -> dict[str, Any]:
    """The query parameters of /api/export/quotes.* and /api/timeline.csv for a search."""
    return {"q": search.query, "speaker": search.speaker, "about": search.about,
            "actor_id": search.actor_id, "outlet": search.outlet, "since": search.since,
            "until": search.until, "type": search.type, "lang": search.lang}


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request,
    store: StoreDep,
    sort: ActorSortParam = "quotes",
    type: ActorTypeParam | None = None,
    role: Text = None,
    name: Text = None,
    unquoted: bool = False,
    page: Page = 1,
) -> HTMLResponse:
    """The speakers of the corpus, sortable and filterable; the never quoted on request."""
    from ..store import list_actors

    result = list_actors(store, sort=sort, type=type or None, role=role, name=name,
                         unquoted=unquoted, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    params = {"sort": None if sort == "quotes" else sort, "type": type or None, "role": role,
              "name": name, "unquoted": "true" if unquoted else None}
    return render(request, "actors.html", result=result, params=params, sort=sort, page=page,
                  pages=pages(result.total))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, actor_id: str, store: StoreDep, page: Page = 1) -> HTMLResponse:
    from ..store import actor_timeline, co_quoted, search_quotes
    from ..store.actors import talked_about_by, talks_about

    actor = load_actor(store, actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}; find one on the speakers page")
    result = search_quotes(store, None, actor_id=actor_id, limit=PAGE_SIZE,
                           offset=(page - 1) * PAGE_SIZE)
    chart = timeline_svg(actor_timeline(store, actor_id, by="week"), by="week",
                         t=translator(request))
    return render(request, "actor.html", actor=actor, result=result, chart=chart,
                  alongside=co_quoted(store, actor_id), talks_about=talks_about(store, actor_id),
                  talked_about_by=talked_about_by(store, actor_id), page=page,
                  pages=pages(result.total))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep,
                 relation: Annotated[Literal["co-quoted", "speaks-about"], Query()] = "co-quoted",
                 ) -> HTMLResponse:
    from ..store import actor_network, speaks_about_network

    find = speaks_about_network if relation == "speaks-about" else actor_network
    edges = find(store, limit=NETWORK_EDGES)
    return render(request, "network.html", svg=network_svg(edges, t=translator(request)),
                  edges=edges, relation=relation)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    """The API's endpoints from its OpenAPI schema, as a page of our own: no CDN, no script."""
    return render(request, "docs.html", endpoints=endpoints(request.app.openapi()))


def endpoints(schema: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every operation of an OpenAPI schema: method, path, summary, parameters, statuses."""
    listed: list[dict[str, Any]] = []
    for path, item in schema.get("paths", {}).items():
        for method, operation in item.items():
            parameters = [
                {"name": p.get("name", ""), "in": p.get("in", ""),
                 "required": bool(p.get("required")), "description": p.get("description", ""),
                 "schema": schema_hint(p.get("schema", {}))}
                for p in operation.get("parameters", [])
            ]
            body = operation.get("requestBody", {}).get("content", {})
            listed.append({
                "method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                "parameters": parameters, "body": sorted(body),
                "responses": sorted(str(code) for code in operation.get("responses", {})),
            })
    return listed


def schema_hint(schema: Mapping[str, Any]) -> str:
    """A parameter's values in short: its choices ("day | week"), else its type ("integer")."""
    options = [schema, *schema.get("anyOf", [])]
    choices = [str(v) for option in options for v in option.get("enum", [])]
    if choices:
        return " | ".join(choices)
    types = [option["type"] for option in options if option.get("type") not in (None, "null")]
    return types[0] if types else ""


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    return render(request, "analyse.html", text="", article=None, body=None, quotes=[],
                  stored=False, error=None, colours={})


@router.post("/analyse", response_class=HTMLResponse)
def analyse_post(
    request: Request,
    text: Annotated[str, Form()] = "",
    store: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    t = translator(request)
    empty: dict[str, Any] = {"article": None, "body": None, "quotes": [], "stored": False,
                             "colours": {}}
    if not text.strip():
        return render(request, "analyse.html", status=422, text=text, **empty,
                      error=t("analyse.empty"), error_lang=t.lang)
    try:
        article, stored = analyse_text(request, AnalyseIn(text=text, store=store),
                                       source="<web>")
    except HTTPException as e:
        # The analysis reports in the API's language (English): marked as such on the page.
        return render(request, "analyse.html", status=e.status_code, text=text, **empty,
                      error=str(e.detail), error_lang="en")
    colours = article_colours(article.quotes)
    return render(request, "analyse.html", text=text, article=article,
                  body=highlight(article.text, article.quotes, t=t, colours=colours),
                  colours=colours, quotes=list(enumerate(article.quotes)), stored=stored,
                  error=None)


# Saved searches (serve/searches.py) are pages' routes too: same language, same docs check.
register_searches(router)
