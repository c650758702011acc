"""The actor network of a corpus as a graph for Gephi (GEXF) and other tools (GraphML).

Nodes are actors; edges carry a ``relation``: ``co-quoted`` (two actors quoted in
one article, weight = such articles; stored once, from the smaller id to the
larger, and meant to be read as undirected) and ``speaks-about`` (speaker →
target, weight = quotes). Every edge has the ISO dates of its ``first`` and
``last`` article. One graph may hold both relations between the same two actors,
so it is a directed multigraph keyed by relation.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

from wiezegtwat.errors import QueryError, StoreError

from .db import Store
from .filters import _article_filters

if TYPE_CHECKING:
    import networkx as nx

NetworkFormat = Literal["gexf", "graphml"]
NETWORK_FORMATS: tuple[str, ...] = ("gexf", "graphml")
MEDIA_TYPES = {"gexf": "application/gexf+xml", "graphml": "application/graphml+xml"}


@dataclass(frozen=True)
class ArticleFilters:
    """Which articles the network is drawn from (the export filters)."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    lang: str | None = None
    dedup: bool = False

    def merged(self, *, dedup: bool) -> ArticleFilters:
        """These filters, deduplicated also when ``dedup`` says so."""
        return replace(self, dedup=self.dedup or dedup)

    def where(self) -> tuple[str, list[Any]]:
        """``AND …`` conditions on the article alias ``a``, and their parameters."""
        where, params = _article_filters(outlet=self.outlet, since=self.since,
                                         until=self.until, dedup=self.dedup, lang=self.lang)
        return "".join(f" AND {w}" for w in where), params


# Article dates may carry a time; the graph keeps the day.
_DAY = "substr(a.date, 1, 10)"

_CO_QUOTED = (
    "WITH pairs AS (SELECT DISTINCT q.article_id, q.actor_id, {day} AS day FROM quotes q "
    "JOIN articles a ON a.id = q.article_id WHERE q.actor_id IS NOT NULL {where}) "
    "SELECT p1.actor_id, p2.actor_id, count(*), min(p1.day), max(p1.day) FROM pairs p1 "
    "JOIN pairs p2 ON p2.article_id = p1.article_id AND p1.actor_id < p2.actor_id "
    "GROUP BY p1.actor_id, p2.actor_id ORDER BY p1.actor_id, p2.actor_id"
)
_SPEAKS_ABOUT = (
    "SELECT q.actor_id, t.actor_id, count(DISTINCT q.id), min({day}), max({day}) "
    "FROM quotes q JOIN quote_targets t ON t.quote_id = q.id "
    "JOIN articles a ON a.id = q.article_id WHERE q.actor_id IS NOT NULL {where} "
    "GROUP BY q.actor_id, t.actor_id ORDER BY q.actor_id, t.actor_id"
)
_SPOKEN = (
    "SELECT q.actor_id, count(*), count(DISTINCT q.article_id) FROM quotes q "
    "JOIN articles a ON a.id = q.article_id WHERE q.actor_id IS NOT NULL {where} "
    "GROUP BY q.actor_id"
)
_ROLES = (
    "SELECT q.actor_id, q.role FROM quotes q JOIN articles a ON a.id = q.article_id "
    "WHERE q.actor_id IS NOT NULL AND q.role IS NOT NULL {where}"
)


def build_network(store: Store, filters: ArticleFilters | None = None) -> nx.MultiDiGraph:
    """The actor network of the (filtered) corpus: co-quoted and speaks-about edges."""
    import networkx as nx  # only the network export needs it: keep `wzw` quick to start

    where, params = (filters or ArticleFilters()).where()
    graph = nx.MultiDiGraph()
    for relation, sql in (("co-quoted", _CO_QUOTED), ("speaks-about", _SPEAKS_ABOUT)):
        for source, target, weight, first, last in store.conn.execute(
                sql.format(day=_DAY, where=where), params):
            edge: dict[str, Any] = {"relation": relation, "weight": int(weight)}
            # GEXF and GraphML have no null: an edge without dated articles has no dates.
            edge.update({k: v for k, v in (("first", first), ("last", last)) if v})
            graph.add_edge(source, target, key=relation, **edge)
    _add_nodes(store, graph, where, params)
    return graph


def _add_nodes(store: Store, graph: nx.MultiDiGraph, where: str, params: list[Any]) -> None:
    """Add every quoted actor, and give each node its name, type, counts and top role."""
    spoken = {a: (int(n), int(m)) for a, n, m in
              store.conn.execute(_SPOKEN.format(where=where), params)}
    graph.add_nodes_from(spoken)  # an actor quoted alone is a node without edges
    roles: dict[str, Counter[str]] = {}
    for actor_id, role in store.conn.execute(_ROLES.format(where=where), params):
        roles.setdefault(actor_id, Counter())[role] += 1
    for actor_id in list(graph.nodes):
        name, type_ = _identity(store, actor_id)
        quotes, articles = spoken.get(actor_id, (0, 0))
        node: dict[str, Any] = {"label": name, "name": name, "type": type_,
                                "quotes": quotes, "articles": articles}
        role = _top(roles.get(actor_id)) or _actor_role(store, actor_id)
        if role:
            node["role"] = role
        graph.nodes[actor_id].update(node)


def _identity(store: Store, actor_id: str) -> tuple[str, str]:
    """Name and type of an actor; an id only quotes carry gets its most used spelling."""
    row = store.conn.execute("SELECT name, type FROM actors WHERE id = ?", (actor_id,)).fetchone()
    if row is not None:
        return str(row[0]), str(row[1])
    spoken = store.conn.execute(
        "SELECT speaker_name FROM quotes WHERE actor_id = ? AND speaker_name IS NOT NULL "
        "GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT 1",
        (actor_id,)).fetchone()
    if spoken is not None:
        # As actor_record does: an unwritten actor that speaks is mostly a person.
        return str(spoken[0]), "person"
    target = store.conn.execute(
        "SELECT t.text, m.label FROM quote_targets t JOIN mentions m "
        "ON m.article_id = t.article_id AND m.n = t.mention_n WHERE t.actor_id = ? "
        "ORDER BY t.text LIMIT 1", (actor_id,)).fetchone()
    if target is None:
        return actor_id, "person"
    return str(target[0]), "organisation" if target[1] == "ORG" else "person"


def _actor_role(store: Store, actor_id: str) -> str | None:
    row = store.conn.execute(
        "SELECT title FROM actor_roles WHERE actor_id = ? GROUP BY title "
        "ORDER BY count(*) DESC, title LIMIT 1", (actor_id,)).fetchone()
    return str(row[0]) if row else None


def _top(counts: Counter[str] | None) -> str | None:
    if not counts:
        return None
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]


def network_bytes(graph: nx.MultiDiGraph, *, format: NetworkFormat) -> bytes:
    """The graph as a GEXF 1.2 or GraphML document (UTF-8)."""
    if format not in NETWORK_FORMATS:
        raise QueryError(f"network format {format!r} is unknown; use gexf or graphml")
    import networkx as nx

    buffer = io.BytesIO()
    if format == "gexf":
        nx.write_gexf(graph, buffer)
    else:
        nx.write_graphml(graph, buffer)
    return buffer.getvalue()


def export_network(store: Store, target: str | Path | IO[bytes], *, format: NetworkFormat,
                   filters: ArticleFilters | None = None) -> tuple[int, int]:
    """Write the actor network to a file or binary stream; return (nodes, edges).

    An empty network is an error rather than an empty file: it means the corpus (or
    the filters) hold no linked speakers, which the user wants to know.
    """
    graph = build_network(store, filters)
    if graph.number_of_nodes() == 0:
        raise QueryError("no actors to export: the corpus holds no quotes by linked speakers "
                         "(for these filters); ingest articles first or widen the filters")
    data = network_bytes(graph, format=format)
    if isinstance(target, str | Path):
        try:
            Path(target).write_bytes(data)
        except OSError as e:
            raise StoreError(f"cannot write export to {target}: {e.strerror}; check the path") from e
    else:
        target.write(data)
    return graph.number_of_nodes(), graph.number_of_edges()
