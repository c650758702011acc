"""The HTML pages of ``wzw serve``: server-side Jinja2 templates, escaped piece by piece."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote as url_quote
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup, escape

from ..records import Quote
from .api import AnalyseIn, StoreDep, analyse_text, load_actor
from .params import Since, Speaker, Text, Until, article_query, quote_query, search_slot

TEMPLATES = Path(__file__).resolve().parent / "templates"
PALETTE = 12  # speaker colours c0..c11 in style.css: distinct enough to tell apart side by side
PAGE_SIZE = 20  # quotes per search page
GRAVITY = 0.6  # pull towards the centre, relative to the repulsion; found by eye on the examples
NETWORK_EDGES = 80  # heaviest edges drawn: beyond this the picture is a hairball

env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True,
                  lstrip_blocks=True)
router = APIRouter(include_in_schema=False)


def render(request: Request, name: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    """A template rendered to an HTML response."""
    html = env.get_template(name).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, error: Mapping[str, Any]) -> HTMLResponse:
    """The HTML page for an error in the API's error shape."""
    return render(request, "error.html", status=int(error["status"]), error=error)


# -- colours and highlighting ------------------------------------------------------------------


def colour(key: str | None) -> str:
    """A stable CSS colour class for a speaker (by actor id, else name)."""
    if not key:
        return "c-none"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return f"c{int(digest[:8], 16) % PALETTE}"


def speaker_key(quote: Quote) -> str | None:
    """What a speaker's colour is derived from: the actor id, else the name."""
    if quote.speaker is None:
        return None
    return quote.speaker.actor_id or quote.speaker.name


@dataclass
class _Span:
    start: int
    end: int
    css: str


def _inner_spans(text: str, quotes: Sequence[Quote]) -> list[_Span]:
    """Cue and speaker spans, sorted, without overlaps (the first one wins)."""
    spans: list[_Span] = []
    for quote in quotes:
        if quote.cue is not None:
            spans.append(_Span(quote.cue.start, quote.cue.end, "cue"))
        s = quote.speaker
        if s is not None and s.start is not None and s.end is not None:
            spans.append(_Span(s.start, s.end, "speaker " + colour(speaker_key(quote))))
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda x: (x.start, -x.end)):
        if 0 <= span.start < span.end <= len(text) and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept


def _pieces(text: str, start: int, end: int, spans: Sequence[_Span]) -> str:
    """``text[start:end]`` escaped, with the inner spans inside it wrapped (clipped to it)."""
    out: list[str] = []
    pos = start
    for span in spans:
        a, b = max(span.start, start), min(span.end, end)
        if a >= b:
            continue
        out.append(str(escape(text[pos:a])))
        out.append(f'<span class="{span.css}">{escape(text[a:b])}</span>')
        pos = b
    out.append(str(escape(text[pos:end])))
    return "".join(out)


def quote_attrs(n: int, quote: Quote) -> str:
    """The attributes of a quote's ``<mark>``: what the popover shows."""
    speaker = (quote.speaker.name if quote.speaker else None) or "onbekend"
    values = {
        "id": f"q{n}",
        "class": f"quote {colour(speaker_key(quote))}",
        "tabindex": "0",
        "data-n": str(n),
        "data-speaker": speaker,
        "data-actor": (quote.speaker.actor_id if quote.speaker else None) or "",
        "data-type": quote.type,
        "data-cue": quote.cue.text if quote.cue else "",
        "data-statement": quote.cue.statement if quote.cue else "",
        "data-evidence": quote.evidence,
    }
    return " ".join(f'{k}="{escape(v)}"' for k, v in values.items())


def highlight(text: str, quotes: Sequence[Quote]) -> Markup:
    """The article text as HTML, every quote in a ``<mark>``, cues and speakers in spans.

    Quotes are numbered by their position in ``quotes``; a quote overlapping an
    earlier one is left unmarked (it stays in the list under the text).
    """
    spans = _inner_spans(text, quotes)
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
    out: list[str] = []
    pos = 0
    for n in order:
        quote = quotes[n]
        if quote.start < pos or not 0 <= quote.start < quote.end <= len(text):
            continue
        out.append(_pieces(text, pos, quote.start, spans))
        out.append(f"<mark {quote_attrs(n, quote)}>")
        out.append(_pieces(text, quote.start, quote.end, spans))
        out.append("</mark>")
        pos = quote.end
    out.append(_pieces(text, pos, len(text), spans))
    return Markup("".join(out))


def mark_matches(text: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """A search hit's text with each match in ``<mark class="match">``."""
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if a < pos or b > len(text):
            continue
        out.append(str(escape(text[pos:a])))
        out.append(f'<mark class="match">{escape(text[a:b])}</mark>')
        pos = b
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


# -- SVG: timeline and network ------------------------------------------------------------------


def _periods(first: str, last: str, *, by: str) -> list[str]:
    step = timedelta(days=7 if by == "week" else 1)
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    periods: list[str] = []
    while day <= end and len(periods) < 2000:  # bounded: a century of weeks would not fit anyway
        periods.append(day.isoformat())
        day += step
    return periods


def timeline_svg(points: Sequence[Any], *, by: str = "week", width: int = 720,
                 height: int = 180) -> Markup:
    """A bar chart of quotes per period, with empty periods shown as gaps."""
    if not points:
        return Markup('<p class="muted">Geen gedateerde citaten.</p>')
    counts = {p.period: p.quotes for p in points}
    periods = _periods(points[0].period, points[-1].period, by=by)
    top = max(counts.values())
    left, bottom, pad = 36, 28, 8
    plot_w, plot_h = width - left - pad, height - bottom - pad
    bar = plot_w / len(periods)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="citaten per {"week" if by == "week" else "dag"}">',
        f'<line x1="{left}" y1="{pad + plot_h}" x2="{width - pad}" y2="{pad + plot_h}" '
        'stroke="#888"/>',
        f'<text x="{left - 6}" y="{pad + 10}" text-anchor="end" class="axis">{top}</text>',
        f'<text x="{left - 6}" y="{pad + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    for i, period in enumerate(periods):
        n = counts.get(period, 0)
        if not n:
            continue
        h = plot_h * n / top
        w = min(max(bar * 0.8, 1), 28)  # thin bars even when there are only a few weeks
        x = left + i * bar + (bar - w) / 2
        parts.append(
            f'<rect class="bar" x="{x:.1f}" y="{pad + plot_h - h:.1f}" '
            f'width="{w:.1f}" height="{h:.1f}">'
            f"<title>{escape(period)}: {n} citaten</title></rect>"
        )
    for i in sorted({0, len(periods) - 1}):
        anchor = "start" if i == 0 else "end"
        x = left + (i + (0 if i == 0 else 1)) * bar
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{anchor}" '
                     f'class="axis">{escape(periods[i])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def layout(nodes: Sequence[str], edges: Sequence[tuple[str, str, int]], *,
           iterations: int = 150) -> dict[str, tuple[float, float]]:
    """A deterministic force layout in the unit square (Fruchterman-Reingold from a circle)."""
    count = len(nodes)
    if count == 0:
        return {}
    pos = {n: [0.5 + 0.4 * math.cos(2 * math.pi * i / count),
               0.5 + 0.4 * math.sin(2 * math.pi * i / count)] for i, n in enumerate(nodes)}
    k = 0.5 * math.sqrt(1.0 / count)
    temperature = 0.1
    for _ in range(iterations):
        shift = {n: [0.0, 0.0] for n in nodes}
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 1e-4)
                force = k * k / dist
                shift[a][0] += dx / dist * force
                shift[a][1] += dy / dist * force
                shift[b][0] -= dx / dist * force
                shift[b][1] -= dy / dist * force
        for a, b, weight in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 1e-4)
            force = dist * dist / k * (1 + math.log(weight))
            shift[a][0] -= dx / dist * force
            shift[a][1] -= dy / dist * force
            shift[b][0] += dx / dist * force
            shift[b][1] += dy / dist * force
        for n in nodes:
            # Gravity towards the centre keeps separate clusters from drifting to the edges.
            shift[n][0] -= (pos[n][0] - 0.5) * GRAVITY
            shift[n][1] -= (pos[n][1] - 0.5) * GRAVITY
            dx, dy = shift[n]
            length = max(math.hypot(dx, dy), 1e-9)
            step = min(length, temperature)
            pos[n][0] = min(0.98, max(0.02, pos[n][0] + dx / length * step))
            pos[n][1] = min(0.98, max(0.02, pos[n][1] + dy / length * step))
        temperature = max(temperature * 0.97, 0.002)
    return {n: (p[0], p[1]) for n, p in pos.items()}


def network_svg(edges: Sequence[Any], *, width: int = 900, height: int = 640) -> Markup:
    """The co-quotation network as an SVG of linked names, line width by shared articles."""
    if not edges:
        return Markup('<p class="muted">Nog geen sprekers die samen in een artikel staan.</p>')
    names: dict[str, str] = {}
    degree: dict[str, int] = {}
    for e in edges:
        names.setdefault(e.source, e.source_name or e.source)
        names.setdefault(e.target, e.target_name or e.target)
        degree[e.source] = degree.get(e.source, 0) + e.weight
        degree[e.target] = degree.get(e.target, 0) + e.weight
    nodes = sorted(names)
    pairs = [(e.source, e.target, e.weight) for e in edges]
    pos = layout(nodes, pairs)
    top = max(degree.values())

    def xy(node: str) -> tuple[float, float]:
        x, y = pos[node]
        return 60 + x * (width - 120), 30 + y * (height - 60)

    parts = [f'<svg class="network" viewBox="0 0 {width} {height}" width="100%" role="img" '
             'aria-label="netwerk van sprekers">']
    for a, b, weight in pairs:
        (x1, y1), (x2, y2) = xy(a), xy(b)
        parts.append(
            f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{min(1 + weight, 8)}"><title>{escape(names[a])} – '
            f"{escape(names[b])}: {weight} artikelen</title></line>"
        )
    for node in nodes:
        x, y = xy(node)
        r = 5 + 10 * math.sqrt(degree[node] / top)
        parts.append(
            f'<a href="/actors/{escape(url_quote(node, safe=""))}" class="node {colour(node)}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"/>'
            f'<text x="{x:.1f}" y="{y - r - 4:.1f}" text-anchor="middle">{escape(names[node])}'
            "</text></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


# -- helpers for templates ---------------------------------------------------------------------


def url(path: str, params: Mapping[str, Any], **changes: Any) -> str:
    """``path`` with ``params`` updated by ``changes`` (None drops a parameter)."""
    merged = {**params, **changes}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "")})
    return f"{path}?{query}" if query else path


def web_link(value: str | None) -> str | None:
    """An article URL fit for an href: http(s) only, so no ``javascript:`` links."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None


env.globals.update(url=url, colour=colour, mark_matches=mark_matches, web_link=web_link)


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
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    from ..store import list_articles

    result = list_articles(store, q=q, outlet=outlet, limit=PAGE_SIZE,
                           offset=(page - 1) * PAGE_SIZE)
    params = {"q": q, "outlet": outlet}
    return render(request, "articles.html", result=result, params=params, page=page,
                  pages=max(1, math.ceil(result.total / PAGE_SIZE)))


@router.get("/articles/{id}", response_class=HTMLResponse)
def article_page(request: Request, id: str, store: StoreDep) -> HTMLResponse:
    article = store.get_article(id)
    if article is None:
        raise HTTPException(404, f"no article with id {id!r}; find one on the search page")
    return render(request, "article.html", article=article, body=highlight(article.text,
                  article.quotes), quotes=list(enumerate(article.quotes)))


@router.get("/search", response_class=HTMLResponse, dependencies=[Depends(search_slot)])
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Depends(quote_query)],
    speaker: Speaker = None,
    actor_id: Text = None,
    outlet: Text = None,
    since: Since = None,
    until: Until = None,
    type: Text = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    from ..store import search_quotes

    params = {"q": q, "speaker": speaker, "actor_id": actor_id, "outlet": outlet,
              "since": since, "until": until, "type": type or None}
    result = search_quotes(store, q, speaker=speaker, actor_id=actor_id, outlet=outlet,
                           since=since, until=until, type=type or None, limit=PAGE_SIZE,
                           offset=(page - 1) * PAGE_SIZE)
    filters = {k: v for k, v in params.items() if k != "q" and v}
    return render(request, "search.html", result=result, params=params, filters=filters,
                  page=page, pages=max(1, math.ceil(result.total / PAGE_SIZE)))


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(
    request: Request,
    actor_id: str,
    store: StoreDep,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> HTMLResponse:
    from ..store import actor_timeline, co_quoted, search_quotes

    actor = load_actor(store, actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor with id {actor_id!r}; find one on the home page")
    result = search_quotes(store, None, actor_id=actor_id, limit=PAGE_SIZE,
                           offset=(page - 1) * PAGE_SIZE)
    chart = timeline_svg(actor_timeline(store, actor_id, by="week"), by="week")
    return render(request, "actor.html", actor=actor, result=result, chart=chart,
                  alongside=co_quoted(store, actor_id), page=page,
                  pages=max(1, math.ceil(result.total / PAGE_SIZE)))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, store: StoreDep) -> HTMLResponse:
    from ..store import actor_network

    edges = actor_network(store, limit=NETWORK_EDGES)
    return render(request, "network.html", svg=network_svg(edges), edges=edges)


@router.get("/analyse", response_class=HTMLResponse)
def analyse_form(request: Request) -> HTMLResponse:
    return render(request, "analyse.html", text="", article=None, body=None, quotes=[],
                  stored=False, error=None)


@router.post("/analyse", response_class=HTMLResponse)
def analyse_post(
    request: Request,
    text: Annotated[str, Form()] = "",
    store: Annotated[bool, Form()] = False,
) -> HTMLResponse:
    if not text.strip():
        return render(request, "analyse.html", status=422, text=text, article=None, body=None,
                      quotes=[], stored=False, error="Plak eerst de tekst van een artikel.")
    try:
        article, stored = analyse_text(request, AnalyseIn(text=text, store=store),
                                       source="<web>")
    except HTTPException as e:
        return render(request, "analyse.html", status=e.status_code, text=text, article=None,
                      body=None, quotes=[], stored=False, error=str(e.detail))
    return render(request, "analyse.html", text=text, article=article,
                  body=highlight(article.text, article.quotes),
                  quotes=list(enumerate(article.quotes)), stored=stored, error=None)
