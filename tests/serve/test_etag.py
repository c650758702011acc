"""HTTP ETags from the store's write generation: 304 while nothing was written."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wiezegtwat.records import Article
from wiezegtwat.store import Store


@pytest.mark.parametrize("path", ["/api/quotes?q=dijk", "/api/actors", "/search?q=dijk", "/"])
def test_matching_etag_is_a_304(client: TestClient, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert etag.startswith('W/"g')
    again = client.get(path, headers={"if-none-match": etag})
    assert (again.status_code, again.content) == (304, b"")
    assert again.headers["etag"] == etag
    assert client.get(path, headers={"if-none-match": 'W/"g0-other"'}).status_code == 200


def test_a_write_changes_the_etag(client: TestClient, corpus: tuple[Path, dict[str, Article]],
                                  articles: dict[str, Article]) -> None:
    etag = client.get("/api/quotes").headers["etag"]
    with Store.open(corpus[0]) as store:
        store.record_correction("rename", {"id": "x", "name": "Y"})
    fresh = client.get("/api/quotes", headers={"if-none-match": etag})
    assert fresh.status_code == 200
    assert fresh.headers["etag"] != etag


def test_etag_differs_per_interface_language(client: TestClient) -> None:
    nl = client.get("/search", headers={"accept-language": "nl"}).headers["etag"]
    en = client.get("/search", headers={"accept-language": "en"}).headers["etag"]
    assert nl != en
    assert client.get("/search", headers={"accept-language": "en",
                                          "if-none-match": nl}).status_code == 200


def test_no_etag_on_errors_and_posts(client: TestClient) -> None:
    assert "etag" not in client.get("/api/articles/ffffffffffffffff").headers
    assert "etag" not in client.post("/api/analyse", json={"text": ""}).headers


@pytest.mark.sqlite_only  # PostgreSQL counts exactly: no window, nothing capped
def test_capped_counts_show_at_least(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from wiezegtwat.store import search

    # "de" is in three quotes of the corpus.
    assert "≥" not in client.get("/search", params={"q": "de"}).text
    monkeypatch.setattr(search, "FACET_WINDOW", 2)
    page = client.get("/search", params={"q": "de"}, headers={"accept-language": "en"}).text
    assert "≥ 2" in page
    body = client.get("/api/quotes", params={"q": "de"}).json()
    assert (body["total"], body["capped"]) == (2, True)


def test_response_cache_answers_a_repeated_search_until_a_write(
        corpus: tuple[Path, dict[str, Article]], monkeypatch: pytest.MonkeyPatch) -> None:
    from wiezegtwat.serve.api import create_app

    runs = _count_searches(monkeypatch)
    app = create_app(str(corpus[0]), response_cache=8)
    with TestClient(app, raise_server_exceptions=False) as client:
        first = client.get("/api/quotes?q=dijk")
        again = client.get("/api/quotes?q=dijk")
        assert first.status_code == again.status_code == 200
        assert (again.content, again.headers["etag"]) == (first.content, first.headers["etag"])
        assert runs == ["dijk"]  # the second client got the kept answer
        client.get("/api/quotes?q=veer")
        assert runs == ["dijk", "veer"]  # another URL runs
        with Store.open(corpus[0]) as store:
            store.record_correction("rename", {"id": "x", "name": "Y"})
        after = client.get("/api/quotes?q=dijk")
        assert after.status_code == 200 and after.headers["etag"] != first.headers["etag"]
        assert runs == ["dijk", "veer", "dijk"]  # a write: the search runs again


def test_response_cache_off_runs_every_search(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = _count_searches(monkeypatch)
    client.get("/api/quotes?q=dijk")
    client.get("/api/quotes?q=dijk")
    assert runs == ["dijk", "dijk"]  # create_app's default keeps nothing


def _count_searches(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The words of every search the server runs, in order (the API imports
    ``search_quotes`` from the store package when it answers)."""
    import wiezegtwat.store as store_package

    runs: list[str | None] = []
    search = store_package.search_quotes

    def counted(store: Store, query: str | None, **kwargs: object) -> object:
        runs.append(query)
        return search(store, query, **kwargs)

    monkeypatch.setattr(store_package, "search_quotes", counted)
    return runs
