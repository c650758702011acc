"""A real ``wzw serve`` in a subprocess, driven by Debian's chromium through Playwright."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from serve_support import build_corpus

from wiezegtwat.serve.i18n import Translator
from wiezegtwat.serve.process import start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "screenshots"
EXAMPLES = ROOT / "examples" / "articles"
PASTED = ('De gemeente Lemmerveen bouwt een nieuwe brug.\n\n"De brug is in 2026 klaar", '
          'zegt wethouder Sanne Visser. "Het verkeer wacht al lang", zei Ruud Jansen.')


def _server_env(pipeline: str | None) -> dict[str, str]:
    """Put the test fakes on the server's path and choose its pipeline."""
    env = {"PYTHONPATH": os.pathsep.join(
        p for p in (str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")) if p)}
    env["WZW_PIPELINE"] = pipeline or ""
    return env


def _frog_ready() -> bool:
    from wiezegtwat.analyse.frog import frog_available

    return frog_available()


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base URL, how the corpus was built): real ingest of the examples when possible."""
    db = tmp_path_factory.mktemp("browser") / "wzw.db"
    examples = sorted(EXAMPLES.glob("*.txt")) if EXAMPLES.is_dir() else []
    how = "hand-made articles"
    if examples and _frog_ready():
        from wiezegtwat.run.local import ingest

        ingest([str(p) for p in examples], db=db)
        how = f"{len(examples)} example articles ingested with Frog"
    else:
        build_corpus(db)
    proc, base = start_server(db, env=_server_env("fakes:make_pipeline"), timeout=30)
    yield base, how
    stop_server(proc)




def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def first_article_with_quotes(base: str) -> dict:
    for hit in httpx.get(base + "/api/articles", params={"limit": 200}).json()["hits"]:
        if hit["quotes"] >= 2:
            return dict(httpx.get(f"{base}/api/articles/{hit['id']}").json())
    raise AssertionError("no article with two quotes in the corpus")


def test_browser_home(served: tuple[str, str], page: object) -> None:
    base, _ = served
    page.goto(base + "/")  # type: ignore[attr-defined]
    stats = httpx.get(base + "/api/stats").json()
    assert page.locator(".counts strong").first.inner_text() == str(stats["articles"])  # type: ignore[attr-defined]
    assert page.locator("ol.top-speakers li").count() >= 1  # type: ignore[attr-defined]
    shot(page, "home")


def test_browser_article_highlights_and_popover(served: tuple[str, str], page: object) -> None:
    base, _ = served
    article = first_article_with_quotes(base)
    page.goto(f"{base}/articles/{article['id']}")  # type: ignore[attr-defined]
    marks = page.locator("mark.quote")  # type: ignore[attr-defined]
    shown = [q for q in article["quotes"]]
    assert marks.count() == len(shown)
    for n, quote in enumerate(shown):
        mark = page.locator(f"mark#q{quote['n']}")  # type: ignore[attr-defined]
        assert mark.inner_text() == quote["text"], n
        name = (quote["speaker"] or {}).get("name") or "onbekend"
        assert mark.get_attribute("data-speaker") == name
    first = shown[0]
    page.locator(f"mark#q{first['n']}").hover()  # type: ignore[attr-defined]
    pop = page.locator("#popover")  # type: ignore[attr-defined]
    pop.wait_for(state="visible")
    assert pop.locator(".pop-speaker").inner_text() == (first["speaker"] or {}).get("name", "onbekend")
    assert pop.locator(".pop-type").inner_text() == Translator("nl").quote_type(first["type"])
    assert pop.locator("dt").first.inner_text() == "spreker"
    assert pop.locator(".pop-evidence").inner_text() == first["evidence"]
    shot(page, "article")


def test_browser_search_with_facets(served: tuple[str, str], page: object) -> None:
    base, _ = served
    quote = first_article_with_quotes(base)["quotes"][0]
    word = max(quote["text"].split(), key=len).strip(".,!?\"'")
    page.goto(base + "/")  # type: ignore[attr-defined]
    page.fill(".big-search input[name=q]", word)  # type: ignore[attr-defined]
    page.click(".big-search button")  # type: ignore[attr-defined]
    page.wait_for_url("**/search?q=*")  # type: ignore[attr-defined]
    assert page.locator("mark.match").count() >= 1  # type: ignore[attr-defined]
    assert page.locator("mark.match").first.inner_text().lower() == word.lower()  # type: ignore[attr-defined]
    shot(page, "search")
    page.locator(".facets a").first.click()  # type: ignore[attr-defined]
    page.wait_for_load_state()  # type: ignore[attr-defined]
    assert page.locator(".chip").count() == 1  # type: ignore[attr-defined]


def test_browser_speaker_page(served: tuple[str, str], page: object) -> None:
    base, _ = served
    top = httpx.get(base + "/api/actors").json()["actors"]
    linked = [a for a in top if a["actor_id"]]
    if not linked:
        pytest.skip("no speaker linked to an actor in this corpus")
    page.goto(base + "/")  # type: ignore[attr-defined]
    page.click(f"ol.top-speakers a[href='/actors/{linked[0]['actor_id']}']")  # type: ignore[attr-defined]
    page.wait_for_url(f"**/actors/{linked[0]['actor_id']}")  # type: ignore[attr-defined]
    assert page.locator("h1.actor-name").inner_text() == linked[0]["name"]  # type: ignore[attr-defined]
    points = httpx.get(f"{base}/api/actors/{linked[0]['actor_id']}").json()["timeline"]["points"]
    if points:  # example articles without a date have no timeline
        assert page.locator("svg.timeline rect.bar").count() >= 1  # type: ignore[attr-defined]
    else:
        assert page.get_by_text("Geen gedateerde citaten.").count() == 1  # type: ignore[attr-defined]
    assert page.locator("ol.hits li").count() == min(linked[0]["quotes"], 20)  # type: ignore[attr-defined]
    shot(page, "speaker")


def test_browser_network(served: tuple[str, str], page: object) -> None:
    base, _ = served
    page.goto(base + "/network")  # type: ignore[attr-defined]
    edges = httpx.get(base + "/api/network", params={"limit": 80}).json()["edges"]
    assert page.locator("svg.network line.edge").count() == len(edges)  # type: ignore[attr-defined]
    shot(page, "network")


def test_browser_paste_and_analyse(served: tuple[str, str], page: object) -> None:
    base, _ = served
    page.goto(base + "/analyse")  # type: ignore[attr-defined]
    page.fill("textarea#text", PASTED)  # type: ignore[attr-defined]
    page.click("form.analyse button")  # type: ignore[attr-defined]
    page.wait_for_selector("mark.quote")  # type: ignore[attr-defined]
    speakers = [page.locator("mark.quote").nth(i).get_attribute("data-speaker")  # type: ignore[attr-defined]
                for i in range(page.locator("mark.quote").count())]  # type: ignore[attr-defined]
    assert speakers == ["Sanne Visser", "Ruud Jansen"]
    page.locator("mark.quote").first.click()  # type: ignore[attr-defined]
    assert page.locator("#popover .pop-speaker").inner_text() == "Sanne Visser"  # type: ignore[attr-defined]
    shot(page, "analyse")


@pytest.mark.frog
def test_browser_analyse_with_frog(tmp_path: Path, browser: object) -> None:
    """The same paste, analysed by the real Frog pipeline in the server process."""
    if not _frog_ready():
        pytest.skip("Frog is not installed (apt-get install frog frogdata ucto uctodata)")
    db = tmp_path / "frog.db"
    build_corpus(db)
    proc, base = start_server(db, env=_server_env(None), timeout=30)
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")  # type: ignore[attr-defined]
        p = context.new_page()
        p.set_default_timeout(120_000)  # the first analysis starts Frog (~15 s)
        p.goto(base + "/analyse")
        p.fill("textarea#text", PASTED)
        p.check("input[name=store]")
        p.click("form.analyse button")
        p.wait_for_selector("mark.quote")
        speakers = {p.locator("mark.quote").nth(i).get_attribute("data-speaker")
                    for i in range(p.locator("mark.quote").count())}
        assert {"Sanne Visser", "Ruud Jansen"} <= speakers
        assert "opgeslagen als" in p.locator("section.story h2").inner_text()
        shot(p, "analyse-frog")
        context.close()
    finally:
        stop_server(proc)


def test_browser_english_browser_gets_english_pages_and_switches(served: tuple[str, str],
                                                                 browser: object) -> None:
    base, _ = served
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")  # type: ignore[attr-defined]
    p = context.new_page()
    try:
        article = first_article_with_quotes(base)
        p.goto(f"{base}/articles/{article['id']}")
        assert p.locator("html").get_attribute("lang") == "en"
        assert p.locator("nav a[href='/search']").inner_text() == "Quotes"
        p.locator("mark.quote").first.hover()
        p.locator("#popover").wait_for(state="visible")
        assert p.locator("#popover dt").first.inner_text() == "speaker"
        assert p.locator("#popover .pop-evidence").get_attribute("lang") == "en"
        shot(p, "article-en")
        p.click("a.lang-switch")  # to Dutch, remembered for the next page
        p.wait_for_url("**lang=nl")
        assert p.locator("html").get_attribute("lang") == "nl"
        p.goto(base + "/actors")
        assert p.locator("h1").inner_text() == "Sprekers"
    finally:
        context.close()


def test_browser_speaker_list(served: tuple[str, str], page: object) -> None:
    base, _ = served
    page.goto(base + "/")  # type: ignore[attr-defined]
    page.click("header nav a[href='/actors']")  # type: ignore[attr-defined]
    page.wait_for_url("**/actors")  # type: ignore[attr-defined]
    rows = page.locator("table.actors tbody tr")  # type: ignore[attr-defined]
    assert rows.count() >= 1
    counts = [int(rows.nth(i).locator("td.num").first.inner_text()) for i in range(rows.count())]
    assert counts == sorted(counts, reverse=True) and min(counts) >= 1
    page.click("table.actors th a[href*='sort=name']")  # type: ignore[attr-defined]
    page.wait_for_url("**sort=name*")  # type: ignore[attr-defined]
    names = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert names == sorted(names, key=str.lower)
    shot(page, "speakers")


def test_browser_api_docs_offline(served: tuple[str, str], page: object) -> None:
    base, _ = served
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)  # type: ignore[attr-defined]
    page.goto(base + "/docs")  # type: ignore[attr-defined]
    paths = httpx.get(base + "/openapi.json").json()["paths"]
    listed = page.locator("section.endpoint code.path").all_inner_texts()  # type: ignore[attr-defined]
    assert set(listed) == set(paths)
    assert page.locator("section.endpoint").first.is_visible()  # type: ignore[attr-defined]
    assert outside == []
    shot(page, "docs")
