"""The HTML pages: they render, highlight quotes by offsets and escape every payload."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from serve_support import IMG, PAYLOADS, SCRIPT

from wiezegtwat.records import Article, Cue, Quote, Speaker
from wiezegtwat.serve.i18n import Translator
from wiezegtwat.serve.markup import article_colours
from wiezegtwat.serve.web import (
    PALETTE,
    colour,
    highlight,
    layout,
    mark_matches,
    network_svg,
    timeline_svg,
    url,
    web_link,
)

PIET = '"Het gaat goed met de haven", zegt Piet Bakker.'


def assert_no_payload(html: str) -> None:
    for payload in PAYLOADS:
        assert payload not in html
    assert "<img" not in html
    assert re.search(r"<script(?![^>]*src=\"/static/app\.js\")", html) is None


# -- units ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "statement"), [("nl", "zegt"), ("en", "says")])
def test_highlight_marks_quote_cue_and_speaker(lang: str, statement: str) -> None:
    text = '"Wij gaan door", zegt Els Kok.'
    quote = Quote(1, 14, "Wij gaan door", "direct", cue=Cue("zegt", 17, 21),
                  speaker=Speaker("Els Kok", 22, 29, actor_id="p-els-kok"), evidence="na zegt")
    assert str(highlight(text, [quote], t=Translator(lang))) == (
        '&#34;<mark id="q0" class="quote c0" tabindex="0" data-n="0" data-speaker="Els Kok" '
        f'data-actor="p-els-kok" data-type="direct" data-cue="zegt" data-statement="{statement}" '
        'data-evidence="na zegt">Wij gaan door</mark>&#34;, <span class="cue">zegt</span> '
        '<span class="speaker c0">Els Kok</span>.'
    )


def test_highlight_cue_inside_quote_and_skips_overlap() -> None:
    text = "Volgens Els Kok is het klaar."
    first = Quote(0, 29, text, "indirect", cue=Cue("Volgens", 0, 7, statement="according-to"),
                  speaker=Speaker("Els Kok", 8, 15))
    overlapping = Quote(5, 20, text[5:20], "indirect")
    html = str(highlight(text, [first, overlapping]))
    assert html.count("<mark") == 1
    assert '<span class="cue">Volgens</span> <span class="speaker' in html
    assert html.endswith("is het klaar.</mark>")


def test_highlight_escapes_every_piece() -> None:
    text = f"{SCRIPT} zegt {IMG}: {SCRIPT}"
    start = text.rindex(SCRIPT)
    quote = Quote(start, len(text), SCRIPT, "direct", cue=Cue("zegt", 26, 30),
                  speaker=Speaker(IMG, 31, 31 + len(IMG)), evidence=IMG)
    html = str(highlight(text, [quote]))
    assert_no_payload(html)
    assert html.count("&lt;script&gt;") == 2
    assert 'data-speaker="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html


def test_highlight_ignores_offsets_outside_text() -> None:
    assert str(highlight("kort", [Quote(2, 99, "x", "direct")])) == "kort"


def test_colour_is_stable_and_in_palette() -> None:
    assert colour("p-els-kok") == colour("p-els-kok")
    assert re.fullmatch(r"c([0-9]|1[01])", colour("p-els-kok"))
    assert colour(None) == "c-none"
    assert len({colour(f"p-{i}") for i in range(60)}) == 12


def test_mark_matches_escapes_and_marks() -> None:
    assert str(mark_matches("a <b> water", [(6, 11)])) == (
        'a &lt;b&gt; <mark class="match">water</mark>')


def test_timeline_svg_fills_empty_weeks() -> None:
    points = [SimpleNamespace(period="2024-03-04", quotes=2),
              SimpleNamespace(period="2024-03-25", quotes=1)]
    svg = str(timeline_svg(points, by="week"))
    assert svg.count("<rect") == 2
    assert "<title>2024-03-04: 2 citaten</title>" in svg
    assert "<title>2024-03-25: 1 citaat</title>" in svg
    assert ">2024-03-25</text>" in svg
    assert str(timeline_svg([])) == '<p class="muted">Geen gedateerde citaten.</p>'


def test_layout_is_deterministic_and_inside_unit_square() -> None:
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b", 3), ("b", "c", 1), ("c", "d", 1)]
    first = layout(nodes, edges)
    assert first == layout(nodes, edges)
    assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in first.values())
    # Linked nodes end closer together than the unlinked pair a-d.
    dist = {p: ((first[p[0]][0] - first[p[1]][0]) ** 2 + (first[p[0]][1] - first[p[1]][1]) ** 2)
            for p in [("a", "b"), ("a", "d")]}
    assert dist[("a", "b")] < dist[("a", "d")]


def test_network_svg_links_and_escapes() -> None:
    edge = SimpleNamespace(source="p/1", target="p-2", source_name=SCRIPT, target_name="Els",
                           weight=2)
    svg = str(network_svg([edge]))
    assert '<a href="/actors/p%2F1"' in svg
    assert_no_payload(svg)


def test_url_replaces_and_drops_params() -> None:
    assert url("/search", {"q": "dijk", "page": 3}, page=None, speaker="Els Kok") == (
        "/search?q=dijk&speaker=Els+Kok")
    assert url("/search", {}) == "/search"


@pytest.mark.parametrize(("value", "link"), [
    ("https://example.org/a", "https://example.org/a"), ("javascript:alert(1)", None),
    (None, None), (" HTTP://x.nl ", "HTTP://x.nl")])
def test_web_link_only_http(value: str | None, link: str | None) -> None:
    assert web_link(value) == link


# -- pages ----------------------------------------------------------------------------------------


def test_home_shows_counts_and_top_speakers(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert "<strong>3</strong> artikelen" in r.text
    assert '<a class="who' in r.text and 'href="/actors/p-marieke-smit">Marieke Smit</a>' in r.text
    assert_no_payload(r.text)


def test_article_page_highlights_quotes(client: TestClient, articles: dict[str, Article]) -> None:
    r = client.get(f"/articles/{articles['dijk'].id}")
    assert r.status_code == 200
    marks = re.findall(r'<mark id="q(\d)" class="quote (c\d+)"[^>]*data-speaker="([^"]*)"', r.text)
    assert marks == [("0", "c0", "Marieke Smit"), ("1", "c1", "Joost Brink")]
    assert '<span class="cue">zegt</span>' in r.text
    assert ">We beginnen in april met de eerste kilometer</mark>" in r.text


def test_article_page_escapes_payloads(client: TestClient, articles: dict[str, Article]) -> None:
    r = client.get(f"/articles/{articles['xss'].id}")
    assert r.status_code == 200
    assert "Kop met &lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert_no_payload(r.text)


def test_search_page_facets_and_matches(client: TestClient) -> None:
    r = client.get("/search", params={"q": "pont"})
    assert '<mark class="match">pont</mark>' in r.text
    assert 'href="/search?q=pont&amp;speaker=Marieke+Smit">Marieke Smit</a>' in r.text
    assert 'href="/search?q=pont&amp;since=2024-03&amp;until=2024-03">2024-03</a>' in r.text
    assert "1 citaat" in r.text


def test_search_page_filter_chip_and_pager(client: TestClient) -> None:
    r = client.get("/search", params={"speaker": "Smit"})
    assert '<a class="chip" href="/search" title="filter weghalen">spreker: Smit ✕</a>' in r.text
    assert "2 citaten" in r.text
    assert 'rel="next"' not in r.text


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("path", ["/search?q={}", "/search?speaker={}", "/search?outlet={}",
                                  "/articles?q={}", "/articles/{}", "/actors/{}", "/nope{}",
                                  "/search?q=%22{}"])
def test_pages_escape_query_payloads(client: TestClient, path: str, payload: str) -> None:
    from urllib.parse import quote

    r = client.get(path.format(quote(payload, safe="")))
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    assert_no_payload(r.text)


def test_actor_page_shows_variants_roles_chart(client: TestClient) -> None:
    r = client.get("/actors/p-marieke-smit")
    assert r.status_code == 200
    assert "<li>M. Smit</li>" in r.text
    assert "dijkgraaf" in r.text
    assert r.text.count('<rect class="bar"') == 2
    assert 'href="/actors/p-joost-brink">Joost Brink</a>' in r.text
    assert "De pont ligt nooit meer stil" in r.text


def test_actor_page_escapes_payload_name(client: TestClient) -> None:
    r = client.get("/actors/p-xss")
    assert r.status_code == 200
    assert_no_payload(r.text)


def test_network_page_draws_svg(client: TestClient) -> None:
    r = client.get("/network")
    assert r.text.count('<line class="edge"') == 2
    assert r.text.count('<a href="/actors/') >= 3


def test_analyse_page_form_and_result(client: TestClient) -> None:
    assert '<textarea id="text" name="text"' in client.get("/analyse").text
    r = client.post("/analyse", data={"text": PIET})
    assert r.status_code == 200
    assert 'data-speaker="Piet Bakker"' in r.text
    assert "opgeslagen" not in r.text
    assert client.get("/api/stats").json()["articles"] == 3


def test_analyse_page_stores_when_ticked(client: TestClient) -> None:
    r = client.post("/analyse", data={"text": PIET, "store": "true"})
    assert "opgeslagen als" in r.text
    assert client.get("/api/stats").json()["articles"] == 4


def test_analyse_page_escapes_posted_text(client: TestClient) -> None:
    r = client.post("/analyse", data={"text": f'"{SCRIPT}", zegt Els {IMG}.'})
    assert r.status_code == 200
    assert_no_payload(r.text)


def test_analyse_page_empty_text_422(client: TestClient) -> None:
    r = client.post("/analyse", data={"text": "  "})
    assert r.status_code == 422
    assert "Plak eerst de tekst van een artikel." in r.text


def test_html_error_page_has_error_info(client: TestClient) -> None:
    r = client.get("/articles/onbekend")
    assert r.status_code == 404
    assert "<h1>404 · Niet gevonden</h1>" in r.text
    assert '<span lang="en">no article with id &#39;onbekend&#39;' in r.text
    r = client.get("/search", params={"type": "roddel"})
    assert r.status_code == 400
    assert "400 · Ongeldige zoekvraag" in r.text


def test_html_error_page_json_when_asked(client: TestClient) -> None:
    r = client.get("/articles/onbekend", headers={"accept": "application/json"})
    assert r.json()["error"]["status"] == 404


def test_page_too_large_form_413(client: TestClient) -> None:
    r = client.post("/analyse", data={"text": "woord " * 5000})
    assert r.status_code == 413
    assert "413 · Tekst te lang" in r.text


def test_static_served_and_traversal_refused(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    for path in ("/static/../../etc/passwd", "/static/..%2f..%2fetc%2fpasswd",
                 "/static/%2e%2e/%2e%2e/etc/passwd", "/static/../api.py"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "root:" not in r.text


def test_csp_header_on_pages(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert client.get("/").headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_script_or_style(client: TestClient,
                                              articles: dict[str, Article]) -> None:
    for path in ("/", f"/articles/{articles['dijk'].id}", "/search?q=water",
                 "/actors/p-marieke-smit", "/network", "/analyse"):
        html = client.get(path).text
        tags = re.findall(r"<[a-zA-Z][^>]*>", html)
        assert [t for t in tags if re.search(r"^<script>|^<style|\sstyle=|\son[a-z]+=", t)] == []
        assert "<script src=\"/static/app.js\" defer>" in tags


# -- speaker colours by position --------------------------------------------------------------


def _colliding_ids() -> tuple[str, str]:
    """Two actor ids whose hashed colour is the same: the case position-colours fix."""
    seen: dict[str, str] = {}
    for i in range(100):
        key = f"p-spreker-{i}"
        if colour(key) in seen:
            return seen[colour(key)], key
        seen[colour(key)] = key
    raise AssertionError("no two of 100 ids share one of 12 colours")


def test_article_colours_follow_first_quote_position() -> None:
    first, second = _colliding_ids()
    text = '"Eerst dit", zegt Els Kok. "Dan dat", zei Jan Mol. "En nog wat", zegt Els Kok.'
    quotes = [
        Quote(40, 47, "Dan dat", "direct", speaker=Speaker("Jan Mol", 53, 60, actor_id=second)),
        Quote(1, 11, "Eerst dit", "direct", speaker=Speaker("Els Kok", 18, 25, actor_id=first)),
        Quote(63, 73, "En nog wat", "direct", speaker=Speaker("Els Kok", 81, 88, actor_id=first)),
        Quote(30, 34, "zei", "direct"),  # no speaker: no colour of its own
    ]
    assert article_colours(quotes) == {first: "c0", second: "c1"}
    html = str(highlight(text, quotes))
    assert re.findall(r'class="quote (c[\w-]+)"', html) == ["c0", "c-none", "c1", "c0"]


def test_article_colours_cycle_after_the_palette() -> None:
    quotes = [Quote(i * 10, i * 10 + 5, "x", "direct", speaker=Speaker(f"Spreker {i}"))
              for i in range(PALETTE + 1)]
    colours = article_colours(quotes)
    assert colours["Spreker 0"] == "c0" and colours[f"Spreker {PALETTE}"] == "c0"
    assert len(set(colours.values())) == PALETTE


def test_article_page_legend_lists_speakers_in_colour_order(
        client: TestClient, articles: dict[str, Article]) -> None:
    html = client.get(f"/articles/{articles['dijk'].id}").text
    assert '<span class="legend-quote c-none">citaat</span>' in html  # the old legend stays
    legend = html.split('<p class="legend speakers"')[1].split("</p>")[0]
    assert re.findall(r'<a class="who (c\d+)" href="/actors/([\w-]+)">', legend) == [
        ("c0", "p-marieke-smit"), ("c1", "p-joost-brink")]
    table = html.split('<table class="quotes">')[1]
    assert re.findall(r'<a class="who (c\d+)"', table) == ["c0", "c1"]


# -- article languages ------------------------------------------------------------------------


def test_article_pages_show_the_language(client: TestClient, articles: dict[str, Article]) -> None:
    article = client.get(f"/articles/{articles['dijk'].id}").text
    assert '<span class="article-lang">Taal: Nederlands</span>' in article
    assert '<div class="text" lang="nl">' in article
    found = client.get("/search?q=pont").text
    assert '<span class="lang-tag" title="Taal: Nederlands">Nederlands</span>' in found
    assert '<blockquote class="direct" lang="nl">' in found
    listed = client.get("/articles?lang=en").text
    assert listed.count('<span class="lang-tag" title="Language: Dutch">Dutch</span>') == 3


@pytest.mark.parametrize(("path", "count"), [
    ("/articles?article_lang=nl", "3 artikelen"), ("/articles?article_lang=en", "0 artikelen"),
    ("/articles?article_lang=", "3 artikelen"), ("/search?article_lang=en", "0 citaten"),
    ("/search?article_lang=nl", "5 citaten")])
def test_pages_filter_by_article_language(client: TestClient, path: str, count: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert f'<p class="muted">{count}</p>' in r.text


def test_article_language_filter_is_validated(client: TestClient) -> None:
    r = client.get("/articles?article_lang=NL1")
    assert r.status_code == 422
    assert "is not a language code" in r.text


# -- search by / about ------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "texts"), [
    ("field=by&q=Smit", ["De pont ligt nooit meer stil",
                         "We beginnen in april met de eerste kilometer"]),
    ("field=text&q=Smit", []),  # the name is not in any quote text
    ("q=Smit", []),
    ("field=about&q=stil", ["De pont ligt nooit meer stil"]),
    ("field=by&q=stil", []),
    ("about=dienstregeling", ["dat de dienstregeling beter moet"]),
])
def test_search_page_by_and_about(client: TestClient, query: str, texts: list[str]) -> None:
    html = client.get(f"/search?{query}").text
    found = re.findall(r'<blockquote class="\w+" lang="nl">([^<]*)</blockquote>', html)
    assert found == texts


def test_search_page_form_offers_text_by_about(client: TestClient) -> None:
    html = client.get("/search?field=about&q=stil").text
    assert re.findall(r'<option value="(text|by|about)"( selected)?>', html) == [
        ("text", ""), ("by", ""), ("about", " selected")]
    assert 'href="/search?q=stil&amp;field=about&amp;speaker=Marieke+Smit"' in html
    assert client.get("/search?field=wie").status_code == 422


# -- the speaker list -------------------------------------------------------------------------


@pytest.fixture
def with_unquoted(corpus: tuple[Path, dict[str, Article]]) -> None:
    """An organisation that is mentioned but never quoted."""
    from wiezegtwat.records import Actor
    from wiezegtwat.store import Store

    with Store.open(corpus[0]) as store:
        store.upsert_actors([Actor(id="o-waterschap", name="Waterschap Lemme",
                                   type="organisation")])


def _actor_rows(html: str) -> list[str]:
    table = html.split('<table class="actors">')[1].split("</table>")[0]
    return re.findall(r'<a class="who c\d+" href="/actors/([\w-]+)">', table)


def test_actors_page_lists_quoted_speakers(client: TestClient, with_unquoted: None) -> None:
    r = client.get("/actors")
    assert r.status_code == 200
    assert _actor_rows(r.text) == ["p-marieke-smit", "p-xss", "p-anna-de-wit", "p-joost-brink"]
    assert '<p class="muted">4 sprekers</p>' in r.text
    assert '<a href="/actors" aria-current="page">Sprekers</a>' in r.text
    assert_no_payload(r.text)


@pytest.mark.parametrize(("query", "rows"), [
    ("sort=name", ["p-xss", "p-anna-de-wit", "p-joost-brink", "p-marieke-smit"]),
    ("sort=name&unquoted=true", ["p-xss", "p-anna-de-wit", "p-joost-brink", "p-marieke-smit",
                                 "o-waterschap"]),
    ("name=smit", ["p-marieke-smit"]),
    ("name=M.+Smit", ["p-marieke-smit"]),  # a spelling variant
    ("role=dijk", ["p-marieke-smit"]),
    ("type=organisation&unquoted=true", ["o-waterschap"]),
    ("type=organisation", []),
    ("type=other&unquoted=true", []),
    ("type=&sort=articles&name=&role=", ["p-marieke-smit", "p-xss", "p-anna-de-wit",
                                         "p-joost-brink"]),
])
def test_actors_page_sorts_and_filters(client: TestClient, with_unquoted: None, query: str,
                                       rows: list[str]) -> None:
    r = client.get(f"/actors?{query}")
    assert r.status_code == 200
    if rows:
        assert _actor_rows(r.text) == rows
    else:
        assert "Geen sprekers gevonden." in r.text


def test_actors_page_sort_links_keep_filters(client: TestClient) -> None:
    html = client.get("/actors?name=smit&sort=articles").text
    assert 'href="/actors?sort=name&amp;name=smit"' in html
    assert 'href="/actors?name=smit"' in html  # sorting by quotes is the default
    assert 'aria-sort="descending"><a href="/actors?sort=articles&amp;name=smit"' in html


def test_actors_page_pages(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from wiezegtwat.serve import web

    monkeypatch.setattr(web, "PAGE_SIZE", 3)
    first = client.get("/actors?unquoted=true").text
    assert 'href="/actors?unquoted=true&amp;page=2"' in first and "pagina 1 van 2" in first
    assert _actor_rows(client.get("/actors?unquoted=true&page=2").text) == ["p-joost-brink"]


@pytest.mark.parametrize("query", ["sort=leeftijd", "type=robot", "unquoted=misschien",
                                   "page=0", f"name={'x' * 201}"])
def test_actors_page_bad_parameters_422(client: TestClient, query: str) -> None:
    r = client.get(f"/actors?{query}")
    assert r.status_code == 422
    r = client.get(f"/actors?{query}", headers={"accept": "application/json"})
    assert set(r.json()["error"]) == {"status", "title", "detail"}


# -- /docs without a CDN ----------------------------------------------------------------------


def test_docs_page_lists_endpoints_without_external_assets(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    assert re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", r.text) is None
    assert "cdn" not in r.text.lower()
    assert r.headers["content-security-policy"] == client.get("/").headers[
        "content-security-policy"]
    listed = set(re.findall(r'<code class="path">([^<]+)</code>', r.text))
    assert listed == set(client.get("/openapi.json").json()["paths"])
    assert '<code class="method">POST</code> <code class="path">/api/analyse</code>' in r.text
    assert "<td><code>direct | indirect | mixed</code></td>" in r.text  # /api/quotes type
    assert "<td><code>integer</code></td>" in r.text
    assert client.get("/redoc").status_code == 404


def test_network_page_offers_both_relations(client: TestClient) -> None:
    co = client.get("/network")
    assert 'href="/network?relation=speaks-about"' in co.text
    about = client.get("/network?relation=speaks-about")
    assert about.status_code == 200 and 'href="/network?relation=co-quoted"' in about.text
    assert client.get("/network?relation=nonsense").status_code == 422
