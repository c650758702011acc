"""Tests for the network export: GEXF and GraphML that networkx (and so Gephi) reads back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import typer
from test_targets import ACTORS, make_article
from typer.testing import CliRunner

from wiezegtwat.cli.corpus import FormatChoice, WhatChoice, register
from wiezegtwat.errors import QueryError
from wiezegtwat.store import Store, export
from wiezegtwat.store.export import FORMATS, WHATS
from wiezegtwat.store.network import ArticleFilters, build_network

runner = CliRunner()


@pytest.fixture
def two_articles(store: Store) -> Store:
    """The fictional article twice: in March and, on another outlet, in May."""
    store.add_article(make_article(), actors=ACTORS)
    later = make_article(date="2024-05-01")
    later.outlet = "oost.example"
    store.add_article(later, actors=ACTORS)
    return store


NODES = {
    "fenna-zwartkop": {"label": "Fenna Zwartkop", "name": "Fenna Zwartkop", "type": "person",
                       "quotes": 2, "articles": 2},
    "ruben-olderhof": {"label": "Ruben Olderhof", "name": "Ruben Olderhof", "type": "person",
                       "quotes": 4, "articles": 2},
    "waterlelie": {"label": "Stichting Waterlelie", "name": "Stichting Waterlelie",
                   "type": "organisation", "quotes": 0, "articles": 0},
}
EDGES = {
    ("fenna-zwartkop", "ruben-olderhof", "co-quoted"): {
        "relation": "co-quoted", "weight": 2, "first": "2024-03-05", "last": "2024-05-01"},
    ("ruben-olderhof", "fenna-zwartkop", "speaks-about"): {
        "relation": "speaks-about", "weight": 2, "first": "2024-03-05", "last": "2024-05-01"},
    ("ruben-olderhof", "waterlelie", "speaks-about"): {
        "relation": "speaks-about", "weight": 2, "first": "2024-03-05", "last": "2024-05-01"},
}


def _edges(graph: Any) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(s, t, data["relation"]): {k: data[k] for k in ("relation", "weight", "first", "last")}
            for s, t, data in graph.edges(data=True)}


def test_build_network_nodes_and_edges(two_articles: Store) -> None:
    graph = build_network(two_articles)
    assert dict(graph.nodes(data=True)) == NODES
    assert _edges(graph) == EDGES


def test_build_network_filters_articles(two_articles: Store) -> None:
    graph = build_network(two_articles, ArticleFilters(since="2024-04"))
    assert graph.nodes["ruben-olderhof"]["quotes"] == 2
    assert {e["first"] for e in _edges(graph).values()} == {"2024-05-01"}
    assert build_network(two_articles, ArticleFilters(outlet="oost.example")).number_of_edges() == 3
    assert build_network(two_articles, ArticleFilters(lang="en")).number_of_nodes() == 0


@pytest.mark.parametrize(("format", "read"), [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_network_reads_back(two_articles: Store, tmp_path: Path, format: str,
                                   read: Any) -> None:
    path = tmp_path / f"network.{format}"
    assert export(two_articles, path, format=format, what="network") == 3  # type: ignore[arg-type]
    graph = read(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (3, 3)
    # Directed; the readers make a multigraph only when two edges share a direction.
    assert graph.is_directed()
    assert {n: {k: d[k] for k in NODES[n]} for n, d in graph.nodes(data=True)} == NODES
    # GEXF reads weights back as floats: 2.0 == 2.
    assert _edges(graph) == EDGES


def test_export_network_of_an_empty_corpus_says_so(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "network.gexf"
    with pytest.raises(QueryError, match="no actors to export.*ingest articles first"):
        export(store, path, format="gexf", what="network")
    assert not path.exists()


@pytest.mark.parametrize(("format", "what", "message"), [
    ("csv", "network", "export it as gexf or graphml, not csv"),
    ("gexf", "quotes", "gexf holds a graph: use --what network"),
    ("ods", "quotes", "export format 'ods' is unknown"),
])
def test_export_refuses_a_format_the_rows_cannot_take(store: Store, tmp_path: Path, format: str,
                                                      what: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        export(store, tmp_path / "out", format=format, what=what)  # type: ignore[arg-type]


def test_cli_choices_are_the_store_formats() -> None:
    assert tuple(FormatChoice) == FORMATS
    assert tuple(WhatChoice) == WHATS


@pytest.fixture
def app() -> typer.Typer:
    built = typer.Typer()
    register(built)
    return built


def test_cli_export_network(app: typer.Typer, tmp_path: Path) -> None:
    db = tmp_path / "wzw.db"
    with Store.open(db) as store:
        store.add_article(make_article(), actors=ACTORS)
    out = tmp_path / "network.graphml"
    result = runner.invoke(app, ["export", "--format", "graphml", "--what", "network", "-o",
                                 str(out), "--db", str(db), "--since", "2024-03"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote the network of 3 actors to {out}"
    assert nx.read_graphml(out).number_of_edges() == 3


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "gexf", "--what", "network", "-o", "-"], "gexf is written to a file"),
    (["--format", "gexf", "--what", "network", "-o", "x.gexf"], "no actors to export"),
    (["--format", "csv", "--what", "network", "-o", "x.csv"], "export it as gexf or graphml"),
])
def test_cli_export_network_errors(app: typer.Typer, tmp_path: Path, args: list[str],
                                   message: str) -> None:
    db = tmp_path / "wzw.db"
    Store.open(db).close()
    result = runner.invoke(app, ["export", *args, "--db", str(db)])
    assert result.exit_code == 1
    assert message in " ".join(result.stderr.split())


@pytest.mark.parametrize(("format", "read"), [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_export_network_keeps_both_relations_between_two_actors(
        two_articles: Store, tmp_path: Path, format: str, read: Any) -> None:
    # Let her last quote talk about him too: co-quoted and speaks-about now run the same way.
    two_articles.conn.execute(
        "INSERT INTO quote_targets SELECT q.id, q.article_id, m.n, m.start, m.\"end\", m.text, "
        "m.actor_id FROM quotes q JOIN mentions m ON m.article_id = q.article_id "
        "WHERE q.n = 2 AND m.text = 'Ruben Olderhof'")
    path = tmp_path / f"network.{format}"
    export(two_articles, path, format=format, what="network")  # type: ignore[arg-type]
    graph = read(path)
    assert graph.is_multigraph()
    relations = sorted(d["relation"] for _, target, d in
                       graph.edges("fenna-zwartkop", data=True) if target == "ruben-olderhof")
    assert relations == ["co-quoted", "speaks-about"]


def test_build_network_names_an_actor_without_a_row(store: Store) -> None:
    # The foundation was linked but never written to `actors` (the store does not insist).
    store.add_article(make_article(), actors=[a for a in ACTORS if a.id != "waterlelie"])
    node = build_network(store).nodes["waterlelie"]
    assert (node["name"], node["type"], node["quotes"]) == ("Stichting Waterlelie",
                                                            "organisation", 0)


def test_cli_search_about_names_the_targets(app: typer.Typer, tmp_path: Path) -> None:
    db = tmp_path / "wzw.db"
    with Store.open(db) as store:
        store.add_article(make_article(), actors=ACTORS)
    result = runner.invoke(app, ["search", "", "--about", "Zwartkop", "--db", str(db)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "1 quote(s) match ''",
        "1. Ruben Olderhof (direct)  veldstad.example 2024-03-05  "
        f"{make_article().id}  about Fenna Zwartkop",
    ]


def test_speaks_about_network_matches_the_exported_relation(two_articles: Store) -> None:
    from wiezegtwat.store import speaks_about_network

    edges = {(e.source, e.target): e.weight for e in speaks_about_network(two_articles)}
    assert edges == {(s, t): d["weight"] for (s, t, rel), d in EDGES.items() if rel == "speaks-about"}
