"""API and pages for quote targets ("about whom") and the network exports."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient

from wiezegtwat.ids import article_id
from wiezegtwat.records import Actor, Article, Cue, Mention, Quote, Speaker
from wiezegtwat.store import Store

# A fictional article written for these tests: Tijs Hoogeland talks about Noor Valkema.
TEXT = ('"Noor Valkema heeft het dossier laten liggen," zei Tijs Hoogeland. '
        '"Ik heb alles op tijd ingeleverd," zei Valkema.')
ACTORS = [Actor(id="noor-valkema", name="Noor Valkema", variants=["Valkema"]),
          Actor(id="tijs-hoogeland", name="Tijs Hoogeland")]


def _span(piece: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(piece, after)
    return start, start + len(piece)


def _quote(said: str, speaker: str, actor_id: str) -> Quote:
    start, end = _span(said)
    cue = _span("zei", end)
    who = _span(speaker, end)
    return Quote(start=start, end=end, text=said, type="direct",
                 cue=Cue("zei", *cue, lemma="zeggen"), speaker=Speaker(speaker, *who, actor_id=actor_id))


def _article() -> Article:
    noor = _span("Noor Valkema")
    tijs = _span("Tijs Hoogeland")
    valkema = _span("Valkema", tijs[1])
    return Article(
        id=article_id(TEXT), text=TEXT, lang="nl", title="Dossier", outlet="noord.example",
        date="2024-06-03", source="test",
        quotes=[_quote("Noor Valkema heeft het dossier laten liggen,", "Tijs Hoogeland",
                       "tijs-hoogeland"),
                _quote("Ik heb alles op tijd ingeleverd,", "Valkema", "noor-valkema")],
        mentions=[Mention("Noor Valkema", *noor, chain=1, actor_id="noor-valkema"),
                  Mention("Tijs Hoogeland", *tijs, chain=2, actor_id="tijs-hoogeland"),
                  Mention("Valkema", *valkema, chain=1, actor_id="noor-valkema")])


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    from wiezegtwat.serve.api import create_app

    db = tmp_path / "wzw.db"
    with Store.open(db) as store:
        store.add_article(_article(), actors=ACTORS)
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


def test_quotes_about_and_facet_use_targets(client: TestClient) -> None:
    body = client.get("/api/quotes", params={"about": "Valkema"}).json()
    assert [h["text"] for h in body["hits"]] == ["Noor Valkema heeft het dossier laten liggen,"]
    assert body["hits"][0]["targets"] == ["Noor Valkema"]
    assert body["facets"]["about"] == [{"value": "Noor Valkema", "count": 1}]


def test_actor_talks_about_and_talked_about_by(client: TestClient) -> None:
    tijs = client.get("/api/actors/tijs-hoogeland").json()
    assert tijs["talks_about"] == [{"actor_id": "noor-valkema", "name": "Noor Valkema", "quotes": 1}]
    assert tijs["talked_about_by"] == []
    noor = client.get("/api/actors/noor-valkema").json()
    assert noor["talked_about_by"] == [
        {"actor_id": "tijs-hoogeland", "name": "Tijs Hoogeland", "quotes": 1}]


def test_quote_exports_carry_targets(client: TestClient) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/export/quotes.csv").text)))
    assert [r["targets"] for r in rows] == ["Noor Valkema", ""]
    lines = client.get("/api/export/quotes.jsonl").text.splitlines()
    assert [json.loads(line)["targets"] for line in lines] == [["Noor Valkema"], []]


@pytest.mark.parametrize(("format", "media", "read"), [
    ("gexf", "application/gexf+xml", nx.read_gexf),
    ("graphml", "application/graphml+xml", nx.read_graphml),
])
def test_network_exports(client: TestClient, tmp_path: Path, format: str, media: str,
                         read: object) -> None:
    r = client.get(f"/api/export/network.{format}")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(media)
    assert r.headers["content-disposition"] == f'attachment; filename="network.{format}"'
    path = tmp_path / f"network.{format}"
    path.write_bytes(r.content)
    graph = read(path)  # type: ignore[operator]
    assert sorted(graph.nodes) == ["noor-valkema", "tijs-hoogeland"]
    assert sorted((s, t, d["relation"]) for s, t, d in graph.edges(data=True)) == [
        ("noor-valkema", "tijs-hoogeland", "co-quoted"),
        ("tijs-hoogeland", "noor-valkema", "speaks-about"),
    ]


def test_network_export_filters_and_errors(client: TestClient, tmp_path: Path) -> None:
    r = client.get("/api/export/network.graphml", params={"since": "2025"})
    assert r.status_code == 200  # an empty network is still a valid file
    path = tmp_path / "empty.graphml"
    path.write_bytes(r.content)
    assert nx.read_graphml(path).number_of_nodes() == 0
    r = client.get("/api/export/network.gexf", params={"since": "gisteren"})
    assert r.status_code == 422
    assert r.json()["error"]["status"] == 422


def test_pages_show_targets_and_downloads(client: TestClient) -> None:
    html = client.get("/actors/tijs-hoogeland?lang=en").text
    assert "Talks about" in html and 'href="/actors/noor-valkema"' in html
    html = client.get("/actors/noor-valkema?lang=nl").text
    assert "Besproken door" in html and 'href="/actors/tijs-hoogeland"' in html
    html = client.get("/search?lang=en").text
    assert "<h3>About</h3>" in html and "about=Noor+Valkema" in html
    html = client.get("/network").text
    assert 'href="/api/export/network.gexf"' in html and 'href="/api/export/network.graphml"' in html
