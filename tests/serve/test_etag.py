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
