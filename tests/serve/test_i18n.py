"""The interface language: one language per page, chosen per request, from one catalogue."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wiezegtwat.records import Article
from wiezegtwat.serve.i18n import EN, MESSAGES, NL, Translator, from_accept_language

TEMPLATES = Path(__file__).resolve().parents[2] / "wiezegtwat" / "serve" / "templates"
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                  "source", "track", "wbr"})
# Attributes a reader sees or hears (labels), as opposed to values typed by the user or data.
LABEL_ATTRS = ("placeholder", "aria-label", "title", "alt", "data-type", "data-statement")
PIET = '"Het gaat goed met de haven", zegt Piet Bakker.'


class Labels(HTMLParser):
    """The page's own text: text and label attributes outside elements marked with another
    ``lang`` (article text, quotes, the API's English details) and outside ``<code>``.

    ``<title>`` cannot mark a part as foreign, so the text marked foreign elsewhere on the
    page (an article's title in its ``<h1 lang>``) is taken out of it.
    """

    def __init__(self) -> None:
        super().__init__()
        self.page_lang = ""
        self.stack: list[tuple[str, str, bool]] = []  # tag, lang, inside code
        self.chunks: list[str] = []
        self.foreign: list[str] = []
        self.title = ""

    def own_text(self) -> str:
        title = self.title
        for chunk in sorted(self.foreign, key=len, reverse=True):
            title = title.replace(chunk, " ")
        return "\n".join([title, *self.chunks])

    def _state(self) -> tuple[str, bool]:
        return (self.stack[-1][1], self.stack[-1][2]) if self.stack else (self.page_lang, False)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        lang, code = self._state()
        if tag == "html":
            self.page_lang = lang = values.get("lang") or ""
        lang = values.get("lang") or lang
        code = code or tag == "code"
        if lang == self.page_lang and not code:
            self.chunks += [v for k, v in values.items()
                            if v and (k in LABEL_ATTRS or k.startswith("data-label-"))]
        if tag not in VOID:
            self.stack.append((tag, lang, code))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        lang, code = self._state()
        if not data.strip() or code:
            return
        if self.stack and self.stack[-1][0] == "title":
            self.title += data
        elif lang == self.page_lang:
            self.chunks.append(data.strip())
        else:
            self.foreign.append(data.strip())


def label_pattern(message: str) -> re.Pattern[str]:
    """A message as a whole-word regular expression, its {placeholders} matching anything."""
    parts = re.split(r"\{\w+\}", message)
    return re.compile(r"(?<!\w)" + ".+?".join(re.escape(p) for p in parts) + r"(?!\w)")


def foreign_labels(html: str) -> list[str]:
    """The labels of the other interface language that appear in the page's own text."""
    parser = Labels()
    parser.feed(html)
    own = MESSAGES[parser.page_lang]
    other = EN if own is NL else NL
    text = parser.own_text()
    found = []
    for key, message in other.items():
        pattern = label_pattern(message)
        # A label that is also (part of) a label of the page's language is no tell.
        if message == own[key] or any(pattern.search(m) for m in own.values()):
            continue
        if pattern.search(text) and message not in found:
            found.append(message)
    return found


# -- the catalogue ---------------------------------------------------------------------------


def test_catalogues_have_the_same_ids_and_placeholders() -> None:
    assert NL.keys() == EN.keys()
    for key in NL:
        assert NL[key].strip() and EN[key].strip(), key
        assert set(re.findall(r"\{(\w+)\}", NL[key])) == set(re.findall(r"\{(\w+)\}", EN[key])), key


def test_templates_use_only_known_ids() -> None:
    used: set[str] = set()
    for path in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\(\s*["']([\w.\-]+)["']""", path.read_text("utf-8")))
    whole = {key for key in used if not key.endswith(".")}
    prefixes = used - whole  # t("facet." ~ name): ids made in the template
    assert whole and whole - NL.keys() == set()
    assert [p for p in prefixes if not any(key.startswith(p) for key in NL)] == []


@pytest.mark.parametrize(("lang", "one", "many"), [
    ("nl", "1 citaat", "3 citaten"), ("en", "1 quote", "3 quotes")])
def test_translator_counts_and_values(lang: str, one: str, many: str) -> None:
    t = Translator(lang)
    assert (t.count("quotes", 1), t.count("quotes", 3)) == (one, many)
    assert t.quote_type("mixed") == {"nl": "gemengd", "en": "mixed"}[lang]
    assert t.quote_type("roddel") == "roddel"  # an unknown stored value is shown as it is
    assert Translator("fr").lang == "nl"


def test_foreign_labels_finds_a_leak() -> None:
    html = '<html lang="nl"><p>Citaten</p><p title="remove filter">x</p><code>type</code></html>'
    assert foreign_labels(html) == ["remove filter"]
    titled = ('<html lang="nl"><title>Sprekers over Quotes</title><h1 lang="en">Sprekers over'
              "</h1></html>")
    assert foreign_labels(titled) == ["Quotes"]
    marked = '<html lang="nl"><p lang="en">remove filter</p></html>'
    assert foreign_labels(marked) == []


# -- choosing the language -------------------------------------------------------------------


@pytest.mark.parametrize(("header", "lang"), [
    ("en-GB,en;q=0.9,nl;q=0.8", "en"), ("EN", "en"), ("nl-NL,nl;q=0.9,en;q=0.8", "nl"),
    ("de-DE,en;q=0.9", "nl"), ("fr;q=0.4, en;q=0.6", "en"), ("en;q=0", "nl"), ("", "nl"),
    ("*", "nl"), ("en;q=abc, nl;q=0.5", "nl"),
])
def test_accept_language_picks_english_only_when_first(header: str, lang: str) -> None:
    assert from_accept_language(header) == lang


def _html_lang(html: str) -> str:
    found = re.search(r'<html lang="(\w+)">', html)
    assert found is not None
    return found.group(1)


def test_page_language_from_browser_then_query_then_cookie(client: TestClient) -> None:
    assert _html_lang(client.get("/").text) == "nl"
    english = {"accept-language": "en-US,en;q=0.8"}
    assert _html_lang(client.get("/", headers=english).text) == "en"
    r = client.get("/network?lang=nl", headers=english)
    assert _html_lang(r.text) == "nl"
    assert "wzw_lang=nl" in r.headers["set-cookie"]
    assert r.headers["vary"] == "Accept-Language, Cookie"
    # The cookie now outweighs the browser's preference, on every page.
    assert _html_lang(client.get("/search", headers=english).text) == "nl"
    client.get("/?lang=en")
    assert _html_lang(client.get("/actors").text) == "en"


def test_switch_link_keeps_the_query(client: TestClient) -> None:
    html = client.get("/search?q=pont&speaker=Smit").text
    assert ('<a class="lang-switch" href="/search?q=pont&amp;speaker=Smit&amp;lang=en" '
            'hreflang="en" lang="en" rel="alternate">English</a>') in html
    html = client.get("/search?q=pont&lang=en").text
    assert 'href="/search?q=pont&amp;lang=nl" hreflang="nl" lang="nl"' in html


def test_unknown_interface_language_is_422(client: TestClient) -> None:
    r = client.get("/?lang=fr")
    assert r.status_code == 422
    assert _html_lang(r.text) == "nl"
    r = client.get("/?lang=fr", headers={"accept": "application/json"})
    assert r.json()["error"]["status"] == 422
    assert r.json()["error"]["detail"].startswith("lang: ")


# -- every page in both languages ------------------------------------------------------------


def _pages(articles: dict[str, Article]) -> list[str]:
    return ["/", "/articles", f"/articles/{articles['dijk'].id}",
            f"/articles/{articles['veer'].id}", "/search?q=pont", "/search?q=Smit&field=by",
            "/search?type=indirect&article_lang=nl", "/actors", "/actors?unquoted=true&sort=name",
            "/actors/p-marieke-smit", "/network", "/analyse", "/docs", "/articles/0000000000000000",
            "/search?q=%22open"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_page_is_in_one_language(client: TestClient, articles: dict[str, Article],
                                       lang: str) -> None:
    for path in _pages(articles):
        r = client.get(f"{path}{'&' if '?' in path else '?'}lang={lang}")  # params= would drop the query
        assert _html_lang(r.text) == lang, path
        assert foreign_labels(r.text) == [], path
    r = client.post(f"/analyse?lang={lang}", data={"text": PIET})
    assert r.status_code == 200
    assert foreign_labels(r.text) == []
    r = client.post(f"/analyse?lang={lang}", data={"text": " "})
    assert r.status_code == 422
    assert foreign_labels(r.text) == []


@pytest.mark.parametrize(("lang", "labels"), [
    ("nl", ['data-type="indirect"', 'data-statement="denkt"', ">Spreker</h3>", "gemengd"]),
    ("en", ['data-type="indirect"', 'data-statement="thinks"', ">Speaker</h3>", "mixed"]),
])
def test_quote_and_statement_types_come_from_the_catalogue(
        client: TestClient, articles: dict[str, Article], lang: str, labels: list[str]) -> None:
    article = client.get(f"/articles/{articles['veer'].id}", params={"lang": lang}).text
    search = client.get("/search", params={"lang": lang, "q": "pont"}).text
    chip = client.get("/search", params={"lang": lang, "type": "mixed"}).text
    assert labels[0] in article and labels[1] in article
    assert labels[2] in search
    assert f"{labels[3]} ✕</a>" in chip


@pytest.mark.parametrize(("lang", "pop"), [
    ("nl", 'data-label-speaker="spreker" data-label-type="soort" data-label-cue="werkwoord" '
           'data-label-statement="uiting" data-label-evidence="bewijs"'),
    ("en", 'data-label-speaker="speaker" data-label-type="type" data-label-cue="verb" '
           'data-label-statement="statement" data-label-evidence="evidence"'),
])
def test_popover_labels_in_the_page_language(client: TestClient, lang: str, pop: str) -> None:
    assert pop in client.get("/", params={"lang": lang}).text
