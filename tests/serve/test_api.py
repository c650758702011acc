"""The REST API over a small fictional corpus: every route, and every error in one shape."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wiezegtwat.records import Article
from wiezegtwat.serve.api import create_app, error_body
from wiezegtwat.store import Store

PIET = '"Het gaat goed met de haven", zegt Piet Bakker.'


def error(status: int, title: str, detail: str) -> dict:
    return {"error": {"status": status, "title": title, "detail": detail}}


# -- success paths -------------------------------------------------------------------------------


def test_stats_counts_rows(client: TestClient) -> None:
    assert client.get("/api/stats").json() == {
        "articles": 3, "quotes": 5, "actors": 4, "mentions": 0}


def test_articles_newest_first(client: TestClient, articles: dict[str, Article]) -> None:
    body = client.get("/api/articles").json()
    assert body["total"] == 3
    assert [h["id"] for h in body["hits"]] == [
        articles["xss"].id, articles["veer"].id, articles["dijk"].id]
    assert [h["quotes"] for h in body["hits"]] == [1, 2, 2]


def test_articles_filters_outlet_dates_and_pages(client: TestClient,
                                                 articles: dict[str, Article]) -> None:
    assert [h["id"] for h in client.get(
        "/api/articles", params={"outlet": "omroep west"}).json()["hits"]] == [articles["veer"].id]
    march = client.get("/api/articles", params={"since": "2024-03", "until": "2024-03"}).json()
    assert [h["id"] for h in march["hits"]] == [articles["veer"].id, articles["dijk"].id]
    page = client.get("/api/articles", params={"limit": 1, "offset": 1}).json()
    assert (page["total"], page["limit"], page["offset"]) == (3, 1, 1)
    assert [h["id"] for h in page["hits"]] == [articles["veer"].id]


def test_articles_full_text_query(client: TestClient, articles: dict[str, Article]) -> None:
    body = client.get("/api/articles", params={"q": "pont"}).json()
    assert [h["id"] for h in body["hits"]] == [articles["veer"].id]


def test_article_has_quotes_in_contract_shape(client: TestClient,
                                              articles: dict[str, Article]) -> None:
    dijk = articles["dijk"]
    body = client.get(f"/api/articles/{dijk.id}").json()
    assert body["title"] == "Dijk bij Lemmerveen wordt versterkt"
    assert body["text"] == dijk.text
    assert body["mentions"] == []
    first = body["quotes"][0]
    assert first == {
        "n": 0,
        **dijk.quotes[0].to_dict(),
    }
    assert first["speaker"]["name"] == "Marieke Smit"
    assert body["text"][first["start"]:first["end"]] == first["text"]


def test_quotes_search_hits_and_facets(client: TestClient, articles: dict[str, Article]) -> None:
    body = client.get("/api/quotes", params={"q": "pont"}).json()
    assert body["total"] == 1
    hit = body["hits"][0]
    assert (hit["article_id"], hit["speaker_name"], hit["actor_id"]) == (
        articles["veer"].id, "Marieke Smit", "p-marieke-smit")
    assert hit["highlighted"] == "De «pont» ligt nooit meer stil"
    assert body["facets"] == {
        "speaker": [{"value": "Marieke Smit", "count": 1}],
        "outlet": [{"value": "Omroep West", "count": 1}],
        "type": [{"value": "direct", "count": 1}],
        "month": [{"value": "2024-03", "count": 1}],
        "about": [],  # the corpus stores no mentions: no quote has a target
    }


@pytest.mark.parametrize(
    ("params", "texts"),
    [
        ({"speaker": "Smit"}, ["De pont ligt nooit meer stil",
                               "We beginnen in april met de eerste kilometer"]),
        ({"actor_id": "p-anna-de-wit"}, ["dat de dienstregeling beter moet"]),
        ({"type": "indirect"}, ["dat de dienstregeling beter moet"]),
        ({"outlet": "Dagblad Noord"}, ["We beginnen in april met de eerste kilometer",
                                       "Het water wacht niet op ons"]),
        ({"since": "2024-03-10", "until": "2024-03-31", "speaker": "Smit"},
         ["De pont ligt nooit meer stil"]),
        ({"about": "eerste kilometer"}, ["We beginnen in april met de eerste kilometer"]),
        ({"about": "Smit"}, []),  # who speaks is not who is spoken about
        ({"lang": "en"}, []),
        ({"lang": "nl", "type": "indirect"}, ["dat de dienstregeling beter moet"]),
    ],
)
def test_quotes_filters(client: TestClient, params: dict, texts: list[str]) -> None:
    body = client.get("/api/quotes", params=params).json()
    assert [h["text"] for h in body["hits"]] == texts
    assert body["total"] == len(texts)


def test_articles_and_quotes_carry_and_filter_language(client: TestClient) -> None:
    assert {h["lang"] for h in client.get("/api/articles").json()["hits"]} == {"nl"}
    assert client.get("/api/articles", params={"lang": "nl"}).json()["total"] == 3
    assert client.get("/api/articles", params={"lang": "en"}).json()["total"] == 0
    assert {h["lang"] for h in client.get("/api/quotes").json()["hits"]} == {"nl"}
    rows = client.get("/api/export/quotes.jsonl", params={"lang": "en"}).text
    assert rows == ""
    about = client.get("/api/export/quotes.jsonl", params={"about": "pont"}).text.splitlines()
    assert [json.loads(line)["quote"] for line in about] == ["De pont ligt nooit meer stil"]


def test_actors_list_with_counts(client: TestClient) -> None:
    body = client.get("/api/actors").json()
    assert [(a["actor_id"], a["quotes"], a["articles"]) for a in body["actors"]] == [
        ("p-marieke-smit", 2, 2), ("p-xss", 1, 1), ("p-anna-de-wit", 1, 1),
        ("p-joost-brink", 1, 1)]
    assert client.get("/api/actors", params={"limit": 1, "offset": 1}).json()["actors"][0][
        "actor_id"] == "p-xss"


def test_actor_detail(client: TestClient, articles: dict[str, Article]) -> None:
    body = client.get("/api/actors/p-marieke-smit").json()
    assert body["actor"] == {
        "id": "p-marieke-smit", "name": "Marieke Smit", "type": "person", "affiliation": None,
        "country": None, "variants": ["Marieke Smit", "M. Smit"],
        "roles": [{"title": "dijkgraaf", "date": "2024-03-04", "article_id": articles["dijk"].id}],
        "counts": {"quotes": 2, "articles": 2},
    }
    assert body["timeline"] == {"by": "week", "points": [
        {"period": "2024-03-04", "quotes": 1, "articles": 1},
        {"period": "2024-03-11", "quotes": 1, "articles": 1}]}
    assert body["co_quoted"] == [
        {"actor_id": "p-anna-de-wit", "name": "Anna de Wit", "articles": 1},
        {"actor_id": "p-joost-brink", "name": "Joost Brink", "articles": 1}]
    assert body["quotes"]["total"] == 2


def test_actor_timeline_by_day(client: TestClient) -> None:
    points = client.get("/api/actors/p-marieke-smit", params={"by": "day"}).json()["timeline"]
    assert [p["period"] for p in points["points"]] == ["2024-03-04", "2024-03-12"]


def test_network_edges(client: TestClient) -> None:
    assert client.get("/api/network").json() == {"edges": [
        {"source": "p-anna-de-wit", "target": "p-marieke-smit", "source_name": "Anna de Wit",
         "target_name": "Marieke Smit", "weight": 1},
        {"source": "p-joost-brink", "target": "p-marieke-smit", "source_name": "Joost Brink",
         "target_name": "Marieke Smit", "weight": 1}]}


def test_analyse_returns_quotes_json_shape(client: TestClient) -> None:
    body = client.post("/api/analyse", json={"text": PIET}).json()
    assert body == {
        "source": "<api>",
        "id": body["id"],
        "lang": "nl",
        "quotes": [{
            "start": 1, "end": 27, "text": "Het gaat goed met de haven", "type": "direct",
            "cue": {"text": "zegt", "start": 30, "end": 34}, "statement": "says",
            "speaker": {"name": "Piet Bakker", "start": 35, "end": 46, "actor_id": None,
                        "kind": "name", "confidence": body["quotes"][0]["speaker"]["confidence"],
                        "mentions": [{"text": "Piet Bakker", "start": 35, "end": 46}]},
            "evidence": 'subject after "zegt"',
        }],
        "stored": False,
    }
    assert 0.5 < body["quotes"][0]["speaker"]["confidence"] <= 1.0
    assert client.get("/api/stats").json()["articles"] == 3


def test_analyse_store_true_writes_article(client: TestClient) -> None:
    body = client.post("/api/analyse", json={"text": PIET, "store": True,
                                             "title": "Haven"}).json()
    assert body["stored"] is True
    stored = client.get(f"/api/articles/{body['id']}").json()
    assert (stored["title"], [q["text"] for q in stored["quotes"]]) == (
        "Haven", ["Het gaat goed met de haven"])
    again = client.post("/api/analyse", json={"text": PIET, "store": True}).json()
    assert again["stored"] is False


def test_analyse_starts_pipeline_once(corpus: tuple[Path, dict]) -> None:
    made: list[object] = []

    def factory() -> object:
        from fakes import make_pipeline

        made.append(make_pipeline())
        return made[-1]

    with TestClient(create_app(str(corpus[0]), pipeline_factory=factory)) as c:
        for _ in range(3):
            assert c.post("/api/analyse", json={"text": PIET}).status_code == 200
    assert len(made) == 1


def test_export_csv_streams_filtered_quotes(client: TestClient) -> None:
    r = client.get("/api/export/quotes.csv", params={"speaker": "Smit"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0])[:3] == ["article_id", "n", "outlet"]
    assert [(row["speaker_name"], row["quote"], row["outlet"]) for row in rows] == [
        ("Marieke Smit", "De pont ligt nooit meer stil", "Omroep West"),
        ("Marieke Smit", "We beginnen in april met de eerste kilometer", "Dagblad Noord")]


def test_export_jsonl_streams_every_quote(client: TestClient) -> None:
    r = client.get("/api/export/quotes.jsonl")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 5
    assert lines[0]["cue"] == "zei" and lines[0]["actor_id"] == "p-xss"


def test_export_pages_through_more_than_one_query(tmp_path: Path, monkeypatch) -> None:
    from serve_support import corpus_articles

    from wiezegtwat.serve import api

    monkeypatch.setattr(api, "EXPORT_PAGE", 2)
    db = tmp_path / "page.db"
    arts, actors = corpus_articles()
    with Store.open(db) as store:
        for a in arts:
            store.add_article(a, actors=actors)
    with TestClient(create_app(str(db))) as c:
        lines = c.get("/api/export/quotes.jsonl").text.splitlines()
    assert len(lines) == 5
    assert len({(json.loads(x)["article_id"], json.loads(x)["n"]) for x in lines}) == 5


def test_openapi_lists_api_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/articles", "/api/articles/{id}", "/api/quotes", "/api/actors",
            "/api/actors/{actor_id}", "/api/analyse", "/api/export/quotes.csv",
            "/api/export/quotes.jsonl", "/api/network", "/api/stats"} <= set(paths)
    assert "/search" not in paths
    assert client.get("/docs").status_code == 200


# -- errors --------------------------------------------------------------------------------------


def test_error_unknown_article(client: TestClient) -> None:
    r = client.get("/api/articles/0000000000000000")
    assert r.status_code == 404
    assert r.json() == error(404, "Not Found", "no article with id '0000000000000000'; "
                             "list ids with GET /api/articles")


def test_error_unknown_actor(client: TestClient) -> None:
    r = client.get("/api/actors/p-niemand")
    assert r.status_code == 404
    assert r.json() == error(404, "Not Found",
                             "no actor with id 'p-niemand'; list actors with GET /api/actors")


def test_error_unknown_route(client: TestClient) -> None:
    r = client.get("/api/bestaat-niet")
    assert (r.status_code, r.json()) == (404, error(404, "Not Found", "Not Found"))


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        ("/api/quotes?limit=201", "limit: Input should be less than or equal to 200"),
        ("/api/quotes?offset=-1", "offset: Input should be greater than or equal to 0"),
        ("/api/quotes?type=roddel", "type: Input should be 'direct', 'indirect' or 'mixed'"),
        ("/api/articles?limit=veel", "limit: Input should be a valid integer, unable to parse "
                                     "string as an integer"),
        ("/api/actors/p-marieke-smit?by=maand", "by: Input should be 'day' or 'week'"),
        ("/api/articles?lang=NL", "lang: is not a language code; write two or three lower-case "
                                  "letters, e.g. nl or en"),
        ("/api/quotes?lang=nederlands", "lang: is not a language code; write two or three "
                                        "lower-case letters, e.g. nl or en"),
        (f"/api/quotes?about={'x' * 201}", "about: String should have at most 200 characters"),
    ],
)
def test_error_bad_params_422(client: TestClient, url: str, detail: str) -> None:
    r = client.get(url)
    assert r.status_code == 422
    assert r.json() == error(422, "Unprocessable Entity", detail)


def test_error_bad_body_422(client: TestClient) -> None:
    r = client.post("/api/analyse", json={"store": True})
    assert r.status_code == 422
    assert r.json() == error(422, "Unprocessable Entity", "text: Field required")
    r = client.post("/api/analyse", content=b"{niet json", headers={
        "content-type": "application/json"})
    assert r.status_code == 422
    assert r.json()["error"]["title"] == "Unprocessable Entity"


def test_error_empty_text_422(client: TestClient) -> None:
    r = client.post("/api/analyse", json={"text": "   "})
    assert r.status_code == 422
    assert r.json() == error(422, "Unprocessable Entity", "text: String should match pattern '\\S'")


def test_error_method_not_allowed_405(client: TestClient) -> None:
    r = client.delete("/api/articles")
    assert r.status_code == 405
    assert r.json() == error(405, "Method Not Allowed", "Method Not Allowed")
    assert client.get("/api/analyse").json()["error"]["status"] == 405


def test_error_body_too_large_413(client: TestClient) -> None:
    r = client.post("/api/analyse", json={"text": "woord " * 5000})
    assert r.status_code == 413
    assert r.json() == error(413, "Request Entity Too Large",
                             "the request body is over the limit of 20,000 bytes; send less text")


def test_error_streamed_body_too_large_413(client: TestClient) -> None:
    def chunks():  # no Content-Length: the limit is checked as the body arrives
        for _ in range(30):
            yield b"x" * 1000

    r = client.post("/api/analyse", content=chunks(), headers={
        "content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["status"] == 413


@pytest.mark.parametrize("q", ['"open', "NEAR(", "AND OR", "!!!"])
def test_error_bad_fts_query_400(client: TestClient, q: str) -> None:
    for url in ("/api/quotes", "/api/articles", "/api/export/quotes.csv"):
        r = client.get(url, params={"q": q})
        assert r.status_code == 400, (url, q)
        body = r.json()
        assert set(body) == {"error"}
        assert (body["error"]["status"], body["error"]["title"]) == (400, "Bad Request")
        assert q in body["error"]["detail"]


def test_error_bad_date_422(client: TestClient) -> None:
    # The schema's date pattern refuses it before any query runs.
    r = client.get("/api/quotes", params={"since": "gisteren"})
    assert r.status_code == 422
    assert r.json() == error(422, "Unprocessable Entity", "since: is not a date; write it "
                             "as YYYY-MM-DD, YYYY-MM or YYYY (years 0001-9999)")


def test_error_unexpected_500(corpus: tuple[Path, dict]) -> None:
    def broken() -> object:
        raise RuntimeError("kapot")

    with TestClient(create_app(str(corpus[0]), pipeline_factory=broken),
                    raise_server_exceptions=False) as c:
        r = c.post("/api/analyse", json={"text": PIET})
    assert r.status_code == 500
    assert r.json() == error(500, "Internal Server Error",
                             "unexpected server error; see the server log")


def test_error_backend_missing_503(corpus: tuple[Path, dict]) -> None:
    from wiezegtwat.errors import BackendError

    def missing() -> object:
        raise BackendError("frog is not installed")

    with TestClient(create_app(str(corpus[0]), pipeline_factory=missing)) as c:
        r = c.post("/api/analyse", json={"text": PIET})
    assert r.status_code == 503
    assert r.json() == error(503, "Service Unavailable", "the analysis backend is not "
                             "available: frog is not installed")


def test_error_text_the_backend_fails_on_422(corpus: tuple[Path, dict]) -> None:
    # A backend that runs but keeps failing on this text: the text's problem (422),
    # not a missing service (503); the next text is analysed again.
    from fakes import FakeBackend

    from wiezegtwat.errors import TextAnalysisError
    from wiezegtwat.pipeline import Pipeline

    class FailsOnTables(FakeBackend):
        def analyse(self, text: str) -> object:
            if "TABEL" in text:
                raise TextAnalysisError("Frog failed on a text of 40 characters after 2 attempts")
            return super().analyse(text)

    def factory() -> Pipeline:
        return Pipeline(backend=FailsOnTables(), lang="nl")

    with TestClient(create_app(str(corpus[0]), pipeline_factory=factory)) as c:
        r = c.post("/api/analyse", json={"text": "TABEL 1-0 2-1 3-3 4-2 5-0 6-1 7-7"})
        assert r.status_code == 422
        detail = r.json()["error"]["detail"]
        assert r.json() == error(422, "Unprocessable Entity", detail)
        assert detail.startswith("<api>: the analyser failed on this article: Frog failed")
        assert c.post("/api/analyse", json={"text": PIET}).status_code == 200


def test_error_shape_helper_titles() -> None:
    assert error_body(418, "x") == error(418, "I'm a Teapot", "x")
    assert error_body(599, "x") == error(599, "Error", "x")


def test_create_app_makes_missing_database(tmp_path: Path) -> None:
    db = tmp_path / "nieuw.db"
    with TestClient(create_app(str(db))) as c:
        assert c.get("/api/stats").json() == {
            "articles": 0, "quotes": 0, "actors": 0, "mentions": 0}
    assert db.exists()


def test_security_headers_on_api(client: TestClient) -> None:
    r = client.get("/api/stats")
    assert r.headers["content-security-policy"].startswith("default-src 'self';")
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.sqlite_only  # PostgreSQL counts exactly: no window, nothing capped
def test_quotes_pages_by_cursor_and_says_whether_capped(client: TestClient) -> None:
    first = client.get("/api/quotes", params={"limit": 2}).json()
    assert (first["total"], first["capped"], first["capped_facets"]) == (5, False, [])
    second = client.get("/api/quotes", params={"limit": 2, "after": first["next_after"]}).json()
    by_offset = client.get("/api/quotes", params={"limit": 2, "offset": 2}).json()
    assert [h["quote_id"] for h in second["hits"]] == [h["quote_id"] for h in by_offset["hits"]]
    assert client.get("/api/quotes", params={"after": "nonsense"}).status_code == 400



def test_pool_connections_are_set_for_requests(corpus: tuple[Path, dict]) -> None:
    from wiezegtwat.serve.api import StorePool

    pool = StorePool(str(corpus[0]), budget=2.5, page_cache=32)
    try:
        with pool.use() as store:
            if store.dialect == "sqlite":
                shown = [store.conn.execute("PRAGMA cache_size").fetchone()[0]]
            else:
                shown = [store.conn.execute(f"SHOW {name}").fetchone()[0] for name in
                         ("max_parallel_workers_per_gather", "jit", "statement_timeout")]
    finally:
        pool.close()
    assert shown == ([-32 * 1024] if store.dialect == "sqlite" else ["0", "off", "2500ms"])
