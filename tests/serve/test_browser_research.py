"""The research workflow in chromium: a search "about" someone with its timeline and
download links, saving and reopening a search, and screenshots of the speaker list and
the network. The server runs over the hand-made corpus (no Frog needed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from serve_support import build_corpus

# Helpers of the main browser tests; the chromium fixtures (browser, page) are in conftest.py.
from test_browser import SHOTS, _server_env, shot  # noqa: F401

from wiezegtwat.serve.process import start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("research") / "wzw.db"
    build_corpus(db)
    proc, url = start_server(db, env=_server_env(None), timeout=30)
    yield url
    stop_server(proc)


def test_browser_search_about_with_timeline_and_downloads(base: str, page: object) -> None:
    page.goto(base + "/search")  # type: ignore[attr-defined]
    page.select_option("form.filters select[name=field]", "about")  # type: ignore[attr-defined]
    page.fill("form.filters input[name=q]", "pont")  # type: ignore[attr-defined]
    page.click("form.filters button")  # type: ignore[attr-defined]
    page.wait_for_url("**/search?field=about*")  # type: ignore[attr-defined]
    assert page.locator("ol.hits li").count() == 1  # type: ignore[attr-defined]
    assert page.locator("svg.timeline rect.bar").count() == 1  # type: ignore[attr-defined]
    shot(page, "research-search-about")
    with page.expect_download() as download:  # type: ignore[attr-defined]
        page.click(".downloads a:text('CSV')")  # type: ignore[attr-defined]
    path = download.value.path()
    lines = open(path, encoding="utf-8").read().splitlines()
    assert len(lines) == 2 and "De pont ligt nooit meer stil" in lines[1]
    assert download.value.suggested_filename == "quotes.csv"


def test_browser_timeline_per_week(base: str, page: object) -> None:
    page.goto(base + "/search")  # type: ignore[attr-defined]
    shot(page, "research-search")  # makes the screenshot folder before the element's shot
    page.click(".timeline-steps a:text('per week')")  # type: ignore[attr-defined]
    page.wait_for_url("**by=week*")  # type: ignore[attr-defined]
    # Weeks of 4 and 11 March and of 1 April, with the empty weeks between as gaps.
    assert page.locator("svg.timeline rect.bar").count() == 3  # type: ignore[attr-defined]
    page.locator(".timeline-box").screenshot(  # type: ignore[attr-defined]
        path=str(SHOTS / "research-timeline.png"))
    shot(page, "research-timeline-page")


def test_browser_save_reopen_and_delete_a_search(base: str, page: object) -> None:
    page.goto(base + "/search?field=by&q=Smit")  # type: ignore[attr-defined]
    page.fill(".save-search input[name=name]", "Dijkgraaf Smit")  # type: ignore[attr-defined]
    page.click(".save-search button")  # type: ignore[attr-defined]
    page.wait_for_url("**/search?q=Smit&field=by")  # type: ignore[attr-defined]
    page.goto(base + "/")  # type: ignore[attr-defined]
    page.goto(base + "/search")  # type: ignore[attr-defined]
    page.click(".saved-list a:text('Dijkgraaf Smit')")  # type: ignore[attr-defined]
    page.wait_for_url("**/search?q=Smit&field=by")  # type: ignore[attr-defined]
    assert page.locator("ol.hits li").count() == 2  # type: ignore[attr-defined]
    shot(page, "research-saved-search")
    page.click(".saved-list form button")  # type: ignore[attr-defined]
    page.wait_for_url("**/search")  # type: ignore[attr-defined]
    assert page.locator(".saved-list li").count() == 0  # type: ignore[attr-defined]


def test_browser_speaker_list_and_network_screenshots(base: str, page: object) -> None:
    page.goto(base + "/actors")  # type: ignore[attr-defined]
    assert page.locator("table.actors tbody tr").count() >= 3  # type: ignore[attr-defined]
    shot(page, "research-actors")
    page.goto(base + "/network")  # type: ignore[attr-defined]
    assert page.locator("svg.network line.edge").count() >= 1  # type: ignore[attr-defined]
    shot(page, "research-network")

