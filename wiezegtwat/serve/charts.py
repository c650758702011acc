"""The SVG charts of the web pages, drawn on the server: a timeline and the speaker network."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from .i18n import Translator
from .markup import colour

GRAVITY = 0.6  # pull towards the centre, relative to the repulsion; found by eye on the examples


def _periods(first: str, last: str, *, by: str) -> list[str]:
    """Every period from ``first`` to ``last``: days or Mondays (YYYY-MM-DD), or months (YYYY-MM)."""
    if by == "month":
        return _months(first, last)
    step = timedelta(days=7 if by == "week" else 1)
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    periods: list[str] = []
    while day <= end and len(periods) < 2000:  # bounded: a century of weeks would not fit anyway
        periods.append(day.isoformat())
        day += step
    return periods


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    periods: list[str] = []
    while f"{year:04d}-{month:02d}" <= last and len(periods) < 2000:
        periods.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def timeline_svg(points: Sequence[Any], *, by: str = "week", width: int = 720,
                 height: int = 180, t: Translator | None = None) -> Markup:
    """A bar chart of quotes per period, with empty periods shown as gaps.

    by: "day", "week" (periods are days and Mondays, YYYY-MM-DD) or "month" (YYYY-MM).
    """
    t = t or Translator("nl")
    if not points:
        return Markup(f'<p class="muted">{escape(t("timeline.empty"))}</p>')
    counts = {p.period: p.quotes for p in points}
    periods = _periods(points[0].period, points[-1].period, by=by)
    top = max(counts.values())
    left, bottom, pad = 36, 28, 8
    plot_w, plot_h = width - left - pad, height - bottom - pad
    bar = plot_w / len(periods)
    parts = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(t("timeline." + by))}">',
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
            f"<title>{escape(t('timeline.bar', period=period, quotes=t.count('quotes', n)))}"
            "</title></rect>"
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


def edge_title(a: str, b: str, weight: int, t: Translator) -> str:
    """"A – B: 3 artikelen": what an edge's tooltip says."""
    return t("network.edge", a=a, b=b, articles=t.count("articles", weight))


def network_svg(edges: Sequence[Any], *, width: int = 900, height: int = 640,
                t: Translator | None = None) -> Markup:
    """The co-quotation network as an SVG of linked names, line width by shared articles."""
    t = t or Translator("nl")
    if not edges:
        return Markup(f'<p class="muted">{escape(t("network.empty"))}</p>')
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
             f'aria-label="{escape(t("network.label"))}">']
    for a, b, weight in pairs:
        (x1, y1), (x2, y2) = xy(a), xy(b)
        parts.append(
            f'<line class="edge" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{min(1 + weight, 8)}">'
            f"<title>{escape(edge_title(names[a], names[b], weight, t))}</title></line>"
        )
    radius = {n: 5 + 10 * math.sqrt(degree[n] / top) for n in nodes}
    labels = place_labels([(n, *xy(n), radius[n], names[n]) for n in nodes],
                          order=sorted(nodes, key=lambda n: -degree[n]))
    for node in nodes:
        x, y = xy(node)
        r = radius[node]
        label = labels.get(node)
        text = "" if label is None else (
            f'<text x="{label[0]:.1f}" y="{label[1]:.1f}" text-anchor="{label[2]}">{escape(names[node])}</text>')
        parts.append(
            f'<a href="/actors/{escape(url_quote(node, safe=""))}" class="node {colour(node)}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{escape(names[node])}</title></circle>'
            f"{text}</a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


# Label boxes are estimated from the text length (no font metrics on the server):
# this many pixels per character and per line at the page's label size.
CHAR_WIDTH, LINE_HEIGHT = 6.5, 13.0
Box = tuple[float, float, float, float]


def _box(x: float, y: float, anchor: str, text: str) -> Box:
    w = CHAR_WIDTH * len(text)
    left = {"middle": x - w / 2, "start": x, "end": x - w}[anchor]
    return left, y - LINE_HEIGHT + 3, left + w, y + 3


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(nodes: Sequence[tuple[str, float, float, float, str]],
                 order: Sequence[str]) -> dict[str, tuple[float, float, str]]:
    """Where each node's label goes (x, y, text-anchor): above, below, right or left of
    its circle, the first spot that overlaps no label placed before (the busiest
    nodes are placed first); a label that fits nowhere is left out — the name stays
    in the circle's tooltip."""
    by_id = {n[0]: n for n in nodes}
    placed: dict[str, tuple[float, float, str]] = {}
    boxes: list[Box] = []
    for node in order:
        _id, x, y, r, text = by_id[node]
        for lx, ly, anchor in ((x, y - r - 4, "middle"), (x, y + r + 13, "middle"),
                               (x + r + 4, y + 4, "start"), (x - r - 4, y + 4, "end")):
            box = _box(lx, ly, anchor, text)
            if not any(_overlap(box, b) for b in boxes):
                placed[node] = (lx, ly, anchor)
                boxes.append(box)
                break
    return placed
