"""The research workflow on the server: export columns, the timeline CSV and chart,
download links on the search page, and saved searches (with the CSRF guard)."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from wiezegtwat.store.export import column_names


def test_export_jsonl_rows_carry_every_column(client: TestClient) -> None:
    lines = client.get("/api/export/quotes.jsonl", params={"speaker": "Brink"}).text.splitlines()
    (row,) = [json.loads(line) for line in lines]
    assert list(row) == column_names("quotes")
    assert {k: row[k] for k in ("outlet", "date", "lang", "source", "actor_type", "cue")} == {
        "outlet": "Dagblad Noord", "date": "2024-03-04", "lang": "nl", "source": "test",
        "actor_type": "person", "cue": "zei"}
    assert (row["speaker_kind"], row["speaker_confidence"]) == (None, None)


@pytest.mark.parametrize(("params", "rows"), [
    ({"by": "month"}, [["2024-03", "4", "2"], ["2024-04", "1", "1"]]),
    ({"speaker": "Smit"}, [["2024-03-04", "1", "1"], ["2024-03-11", "1", "1"]]),
    ({"about": "pont", "by": "month"}, [["2024-03", "1", "1"]]),
    ({"q": "kilometer", "by": "week"}, [["2024-03-04", "1", "1"]]),
    ({"lang": "en"}, []),
])
def test_timeline_csv_counts_the_search(client: TestClient, params: dict, rows: list) -> None:
    r = client.get("/api/timeline.csv", params=params)
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert list(csv.reader(io.StringIO(r.text))) == [["period", "quotes", "articles"], *rows]


@pytest.mark.parametrize(("params", "status"), [
    ({"by": "day"}, 422), ({"q": "vrede AND"}, 400), ({"since": "gisteren"}, 422)])
def test_timeline_csv_errors_in_the_one_shape(client: TestClient, params: dict,
                                              status: int) -> None:
    r = client.get("/api/timeline.csv", params=params)
    assert r.status_code == status
    assert set(r.json()["error"]) == {"status", "title", "detail"}


def _links(html: str, prefix: str) -> list[str]:
    found = []
    for part in html.split('href="')[1:]:
        href = part.split('"', 1)[0].replace("&amp;", "&")
        if href.startswith(prefix):
            found.append(href)
    return found


def test_search_page_links_downloads_and_timeline_with_the_filters(client: TestClient) -> None:
    html = client.get("/search", params={"q": "Smit", "field": "by", "since": "2024-03",
                                         "article_lang": "nl", "lang": "en"}).text
    expected = {"speaker": ["Smit"], "since": ["2024-03"], "lang": ["nl"]}
    for path in ("/api/export/quotes.csv", "/api/export/quotes.jsonl", "/api/timeline.csv"):
        (link,) = _links(html, path)
        query = parse_qs(urlsplit(link).query)
        query.pop("by", None)
        assert query == expected, path
    assert '<svg class="timeline"' in html and "Quotes over time" in html
    assert "Download these results" in html
    (week,) = [h for h in _links(html, "/search?") if "by=week" in h]
    assert client.get(week).status_code == 200


def test_search_page_in_dutch_has_the_labels(client: TestClient) -> None:
    html = client.get("/search", params={"lang": "nl"}).text
    for label in ("Download deze resultaten", "Citaten door de tijd",
                  "Bewaarde zoekopdrachten", "Nog niets bewaard."):
        assert label in html


def test_save_list_reopen_and_delete_a_search(client: TestClient) -> None:
    r = client.post("/searches", data={"name": "Smit over de pont",
                                       "query": "q=pont&about=&speaker=Smit&page=2&x=1"},
                    follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/search?q=pont&speaker=Smit")
    html = client.get("/search", params={"lang": "en"}).text
    assert '<a href="/search?q=pont&amp;speaker=Smit">Smit over de pont</a>' in html
    reopened = client.get("/search?q=pont&speaker=Smit").text
    assert "ligt nooit meer stil" in reopened and "1 quote" in reopened
    (action,) = [p.split('"', 1)[0] for p in html.split('action="')[1:]
                 if p.startswith("/searches/")]
    r = client.post(action, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/search")
    assert "Smit over de pont" not in client.get("/search").text
    assert client.post(action, follow_redirects=False).status_code == 404


def test_delete_search_by_method(client: TestClient) -> None:
    client.post("/searches", data={"name": "Alles", "query": ""}, follow_redirects=False)
    html = client.get("/search").text
    (action,) = [p.split('"', 1)[0] for p in html.split('action="')[1:]
                 if p.startswith("/searches/")]
    search_id = action.split("/")[2]
    assert client.delete(f"/searches/{search_id}").status_code == 204
    r = client.delete(f"/searches/{search_id}", headers={"accept": "application/json"})
    assert r.status_code == 404
    assert "no saved search with id" in r.json()["error"]["detail"]


@pytest.mark.parametrize("data", [{"name": "   ", "query": "q=pont"}, {"query": "q=pont"},
                                  {"name": "x" * 201, "query": ""}])
def test_save_search_refuses_a_bad_name(client: TestClient, data: dict) -> None:
    r = client.post("/searches", data=data, headers={"accept": "application/json"},
                    follow_redirects=False)
    assert r.status_code in (400, 422)
    assert set(r.json()["error"]) == {"status", "title", "detail"}


def test_save_search_from_another_site_is_refused(client: TestClient) -> None:
    r = client.post("/searches", data={"name": "Kaping", "query": "q=pont"},
                    headers={"sec-fetch-site": "cross-site", "accept": "application/json"},
                    follow_redirects=False)
    assert r.status_code == 403
    assert "Kaping" not in client.get("/search").text
    r = client.delete("/searches/1", headers={"origin": "https://elders.example"})
    assert r.status_code == 403


def test_search_form_keeps_the_timeline_step(client: TestClient) -> None:
    html = client.get("/search", params={"by": "week", "outlet": "Omroep West"}).text
    form = html.split('<form action="/search"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="by" value="week">' in form
    assert '<input type="hidden" name="outlet" value="Omroep West">' in form
