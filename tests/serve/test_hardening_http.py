"""Regressions from the second outside attack on `wzw serve` (issue "Hardening, round two").

Each test reproduces one finding: it failed before the fix.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from serve_support import build_corpus

from wiezegtwat.records import Article
from wiezegtwat.serve.api import create_app
from wiezegtwat.store import Store

PIET = '"Het gaat goed met de haven", zegt Piet Bakker.'
BIG = 2**63


def assert_error(r: httpx.Response, status: int) -> dict:
    """The response is ``status`` in the one error shape; returns the error object."""
    assert r.status_code == status, r.text[:300]
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status
    return body["error"]


def nested(depth: int) -> dict:
    """A dict nested ``depth`` levels deep."""
    value: dict = {}
    for _ in range(depth):
        value = {"a": value}
    return value


# -- 6: no 500s from far dates, huge offsets and deep metadata -----------------------------------


@pytest.mark.parametrize("until", ["9999", "9999-12", "9999-12-31"])
@pytest.mark.parametrize("path", ["/api/quotes", "/api/articles", "/api/export/quotes.csv",
                                  "/api/export/quotes.jsonl"])
def test_far_until_is_no_upper_bound(client: TestClient, path: str, until: str) -> None:
    r = client.get(path, params={"until": until})
    assert r.status_code == 200, r.text[:300]


def test_far_until_on_search_page(client: TestClient) -> None:
    r = client.get("/search", params={"until": "9999"})
    assert r.status_code == 200
    assert "Marieke Smit" in r.text


@pytest.mark.parametrize("url", [
    f"/api/quotes?offset={BIG}", f"/api/articles?offset={BIG}",
    f"/api/actors/p-marieke-smit?offset={BIG}", f"/api/actors?offset={BIG - 10}&limit=50",
    "/api/quotes?limit=99999999999999999999", "/api/quotes?since=99999",
])
def test_out_of_range_numbers_are_422(client: TestClient, url: str) -> None:
    assert_error(client.get(url), 422)


def test_max_offset_is_accepted(client: TestClient) -> None:
    from wiezegtwat.serve.params import MAX_OFFSET

    for path in ("/api/quotes", "/api/articles", "/api/actors", "/api/actors/p-marieke-smit"):
        assert client.get(path, params={"offset": MAX_OFFSET}).status_code == 200, path


def test_deeply_nested_metadata_still_serves(corpus: tuple[Path, dict]) -> None:
    # An article stored before the ingest cap: the API cuts the nesting when it reads it.
    with Store.open(corpus[0]) as store:
        store.add_article(Article(id="deep000000000000", text="Een tekst.", lang="nl",
                                  source="t", metadata={"x": nested(300)}))
    with TestClient(create_app(str(corpus[0])), raise_server_exceptions=False) as c:
        r = c.get("/api/articles/deep000000000000")
    assert r.status_code == 200
    depth, value = 0, r.json()["metadata"]["x"]
    while isinstance(value, dict):
        depth, value = depth + 1, value.get("a")
    assert depth < 64


def test_ingest_caps_metadata_nesting() -> None:
    from wiezegtwat.ingest.build import MAX_METADATA_DEPTH, make_article

    article = make_article("Een tekst.", source="t", metadata={"x": nested(300), "y": [1]})
    depth, value = 0, article.metadata["x"]
    while isinstance(value, dict):
        depth, value = depth + 1, value["a"]
    assert depth == MAX_METADATA_DEPTH - 1
    assert value is None
    assert article.metadata["y"] == [1]
    assert article.metadata["warnings"] == [
        f"metadata nested deeper than {MAX_METADATA_DEPTH} levels; the deeper part is dropped"]


# -- 7: errors keep their headers and the connection ---------------------------------------------


def test_security_headers_on_errors(corpus: tuple[Path, dict]) -> None:
    def broken() -> object:
        raise RuntimeError("kapot")

    with TestClient(create_app(str(corpus[0]), pipeline_factory=broken),
                    raise_server_exceptions=False) as c:
        responses = [c.post("/api/analyse", json={"text": PIET}), c.get("/api/nergens"),
                     c.get("/api/quotes?limit=999"), c.get("/nergens")]
    assert [r.status_code for r in responses] == [500, 404, 422, 404]
    for r in responses:
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["content-security-policy"].startswith("default-src 'self';")


@pytest.fixture
def broken_server(tmp_path: Path) -> Iterator[str]:
    from wiezegtwat.serve.process import start_server, stop_server

    db = tmp_path / "wzw.db"
    build_corpus(db)
    here = str(Path(__file__).parent)
    env = {"PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p),
           "WZW_PIPELINE": "fakes:make_broken_pipeline"}
    proc, base = start_server(db, env=env, timeout=30)
    try:
        yield base
    finally:
        stop_server(proc)


def test_500_keeps_keep_alive_connection(broken_server: str) -> None:
    with httpx.Client(base_url=broken_server, timeout=10) as c:
        first = c.get("/api/stats")
        address = first.extensions["network_stream"].get_extra_info("client_addr")
        r = c.post("/api/analyse", json={"text": PIET})
        assert_error(r, 500)
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers.get("connection") != "close"
        after = c.get("/api/stats")
        assert after.status_code == 200
        # The same client socket: the server did not drop the connection after the 500.
        assert after.extensions["network_stream"].get_extra_info("client_addr") == address


# -- 8: cross-site posts are refused -------------------------------------------------------------


@pytest.mark.parametrize("headers", [
    {"origin": "https://evil.example"},
    {"origin": "null"},
    {"sec-fetch-site": "cross-site"},
    {"sec-fetch-site": "same-site", "origin": "http://sub.testserver"},
    {"origin": "http://testserver:8080"},
])
def test_cross_site_form_post_refused(client: TestClient, headers: dict) -> None:
    r = client.post("/analyse", data={"text": PIET, "store": "true"},
                    headers={**headers, "accept": "application/json"})
    error = assert_error(r, 403)
    assert "cross-site" in error["detail"]
    r = client.post("/api/analyse", json={"text": PIET, "store": True}, headers=headers)
    assert_error(r, 403)
    assert client.get("/api/stats").json()["articles"] == 3


@pytest.mark.parametrize("headers", [
    {}, {"origin": "http://testserver"}, {"sec-fetch-site": "same-origin"},
    {"sec-fetch-site": "none"},
    # What Chromium sends for our own form under Referrer-Policy: no-referrer.
    {"sec-fetch-site": "same-origin", "origin": "null"},
])
def test_same_origin_post_allowed(client: TestClient, headers: dict) -> None:
    r = client.post("/api/analyse", json={"text": PIET}, headers=headers)
    assert r.status_code == 200


# -- 9: cheap denial of service ------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/articles", "/api/quotes", "/api/export/quotes.csv"])
def test_too_many_query_terms_400(client: TestClient, path: str) -> None:
    from wiezegtwat.serve.params import MAX_QUERY_TERMS

    ok = client.get(path, params={"q": " ".join(["dijk"] * MAX_QUERY_TERMS)})
    assert ok.status_code == 200
    error = assert_error(client.get(path, params={"q": " ".join(["dijk"] * 2000)}), 400)
    assert error["detail"] == (f"search query has 2,000 words, over the limit of "
                               f"{MAX_QUERY_TERMS}; search for fewer words")


def test_too_long_query_400(client: TestClient) -> None:
    from wiezegtwat.serve.params import MAX_QUERY_CHARS

    error = assert_error(client.get("/api/quotes", params={"q": "d" * (MAX_QUERY_CHARS + 1)}),
                         400)
    assert error["detail"] == (f"search query has {MAX_QUERY_CHARS + 1} characters, over the "
                               f"limit of {MAX_QUERY_CHARS}; search for fewer words")
    assert assert_error(client.get("/search", params={"q": "d" * 2000},
                                   headers={"accept": "application/json"}), 400)


@pytest.mark.parametrize("url", ["/api/quotes?q=dijk", "/api/articles?q=pont", "/api/quotes",
                                 "/api/stats", "/api/actors", "/api/actors/p-marieke-smit"])
def test_over_budget_query_503(corpus: tuple[Path, dict], url: str, monkeypatch) -> None:
    from wiezegtwat.serve import api

    # A budget of 0 s: every query is over it as soon as SQLite checks the clock, which
    # it must do every step here, since queries over the tiny corpus take fewer steps
    # than PROGRESS_STEPS.
    monkeypatch.setattr(api, "PROGRESS_STEPS", 1)
    with TestClient(create_app(str(corpus[0]), query_budget=0.0),
                    raise_server_exceptions=False) as c:
        error = assert_error(c.get(url), 503)
    assert "time budget" in error["detail"]


def test_budget_is_per_request(corpus: tuple[Path, dict]) -> None:
    with TestClient(create_app(str(corpus[0]), query_budget=30.0)) as c:
        assert c.get("/api/quotes", params={"q": "dijk"}).status_code == 200
        assert c.get("/api/stats").json()["articles"] == 3


def test_busy_searches_503_and_others_still_answer(corpus: tuple[Path, dict]) -> None:
    # Every search slot taken (by the test): a search waits its budget, then gets a 503,
    # while a request that does not search is answered at once.
    app = create_app(str(corpus[0]), query_budget=0.05, max_searches=1)
    with TestClient(app, raise_server_exceptions=False) as c:
        c.portal.call(app.state.searches.acquire)
        try:
            error = assert_error(c.get("/api/quotes", params={"q": "dijk"}), 503)
            assert "searches" in error["detail"]
            assert c.get("/api/stats").status_code == 200
            assert c.get("/api/articles/0000000000000000").status_code == 404
        finally:
            c.portal.call(app.state.searches.release)
        assert c.get("/api/quotes", params={"q": "dijk"}).status_code == 200


def test_a_search_that_waited_for_its_slot_closes_its_connection(corpus: tuple[Path, dict]) -> None:
    # A queued search's answer says "Connection: close" (the client's next request may
    # then reach a less busy worker); a search that did not wait keeps its connection.
    import anyio

    app = create_app(str(corpus[0]), query_budget=5.0, max_searches=1)
    with TestClient(app) as c:
        first = c.get("/api/quotes", params={"q": "dijk"})
        assert first.status_code == 200 and "close" not in first.headers.get("connection", "")
        c.portal.call(app.state.searches.acquire)

        async def release_soon() -> None:
            await anyio.sleep(0.2)
            app.state.searches.release()

        c.portal.start_task_soon(release_soon)
        queued = c.get("/api/quotes", params={"q": "dijk"})
        assert queued.status_code == 200 and queued.headers.get("connection") == "close"
        assert queued.json() == first.json()


# -- 10: input validation ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["gisteren <b>", "2024-02-30", "4 maart 2024", "2024-3-4", ""])
def test_analyse_refuses_non_iso_date(client: TestClient, value: str) -> None:
    r = client.post("/api/analyse", json={"text": PIET, "store": True, "date": value})
    error = assert_error(r, 422)
    assert error["detail"].startswith("date: ")
    assert client.get("/api/stats").json()["articles"] == 3


def test_analyse_stores_iso_date(client: TestClient) -> None:
    body = client.post("/api/analyse", json={"text": PIET, "store": True,
                                             "date": "2024-02-29"}).json()
    assert client.get(f"/api/articles/{body['id']}").json()["date"] == "2024-02-29"


@pytest.mark.parametrize("speaker", ["%", "_", "%%", "Sm_t", "\\"])
def test_speaker_wildcards_are_literal(client: TestClient, speaker: str) -> None:
    assert client.get("/api/quotes", params={"speaker": speaker}).json()["total"] == 0


def test_speaker_literal_underscore_matches(tmp_path: Path) -> None:
    from serve_support import corpus_articles

    db = tmp_path / "u.db"
    arts, actors = corpus_articles()
    arts[0].quotes[1].speaker.name = "Joost_Brink"  # type: ignore[union-attr]
    arts[0].quotes[1].speaker.actor_id = None  # type: ignore[union-attr]
    with Store.open(db) as store:
        store.add_article(arts[0], actors=actors)
    with TestClient(create_app(str(db))) as c:
        hits = c.get("/api/quotes", params={"speaker": "t_B"}).json()["hits"]
    assert [h["speaker_name"] for h in hits] == ["Joost_Brink"]


def test_control_characters_do_not_break_highlighting(tmp_path: Path) -> None:
    text = '"Het \x01water\x02 stijgt snel", zegt Els Kok.'
    from wiezegtwat.ids import article_id
    from wiezegtwat.records import Cue, Quote, Speaker

    said = "Het \x01water\x02 stijgt snel"
    cue, name = text.index("zegt"), text.index("Els Kok")
    quote = Quote(1, 1 + len(said), said, "direct", cue=Cue("zegt", cue, cue + 4),
                  speaker=Speaker("Els Kok", name, name + 7), evidence="e", sentence=0)
    db = tmp_path / "c.db"
    with Store.open(db) as store:
        store.add_article(Article(id=article_id(text), text=text, lang="nl", source="t",
                                  quotes=[quote]))
    with TestClient(create_app(str(db))) as c:
        hit = c.get("/api/quotes", params={"q": "stijgt"}).json()["hits"][0]
    assert hit["highlighted"] == "Het \x01water\x02 «stijgt» snel"
    assert hit["match_spans"] == [[12, 18]]
    assert hit["text"][12:18] == "stijgt"


def test_long_speaker_names_the_parameter(client: TestClient) -> None:
    from wiezegtwat.serve.params import MAX_FILTER_CHARS

    error = assert_error(client.get("/api/quotes", params={"speaker": "x" * 60_000}), 422)
    assert error["detail"] == (f"speaker: String should have at most {MAX_FILTER_CHARS} "
                               "characters")


def test_head_is_answered_like_get(client: TestClient) -> None:
    for path in ("/", "/api/stats", "/search"):
        r = client.head(path)
        assert r.status_code == 200, path
        assert r.content == b""
        assert int(r.headers["content-length"]) == len(client.get(path).content)


# -- 11: the OpenAPI document says what the routes do --------------------------------------------


def test_openapi_documents_error_statuses_and_types(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"400", "422", "503"} <= set(paths["/api/quotes"]["get"]["responses"])
    assert "404" in paths["/api/articles/{id}"]["get"]["responses"]
    assert "403" in paths["/api/analyse"]["post"]["responses"]
    csv_ok = paths["/api/export/quotes.csv"]["get"]["responses"]["200"]["content"]
    jsonl_ok = paths["/api/export/quotes.jsonl"]["get"]["responses"]["200"]["content"]
    assert list(csv_ok) == ["text/csv"]
    assert list(jsonl_ok) == ["application/x-ndjson"]
    error = paths["/api/quotes"]["get"]["responses"]["422"]["content"]["application/json"]
    assert error["schema"] == {"$ref": "#/components/schemas/ErrorOut"}
    since = next(p for p in paths["/api/quotes"]["get"]["parameters"] if p["name"] == "since")
    assert "pattern" in since["schema"]["anyOf"][0]


@pytest.mark.parametrize("value", ["0001", "2024-02", "2024-02-29", "2000-02-29", "9999-12-31"])
def test_dates_in_the_schema_are_accepted(client: TestClient, value: str) -> None:
    for key in ("since", "until"):
        assert client.get("/api/quotes", params={key: value}).status_code == 200


@pytest.mark.parametrize("value", ["2023-02-29", "1900-02-29", "2024-13", "0000", "gisteren",
                                   "2024-03-01T10:00"])
def test_dates_outside_the_schema_422(client: TestClient, value: str) -> None:
    assert_error(client.get("/api/quotes", params={"since": value}), 422)


@pytest.mark.parametrize("value", [0, 1, "true", "yes", None])
def test_analyse_store_is_a_strict_boolean(client: TestClient, value: object) -> None:
    r = client.post("/api/analyse", json={"text": PIET, "store": value})
    assert_error(r, 422)
    assert client.get("/api/stats").json()["articles"] == 3
