"""The interface language of the web pages: one catalogue of labels in Dutch and English.

A page is in one language, chosen per request: ``?lang=nl|en`` (remembered in a
cookie), else the cookie, else the browser's Accept-Language (English when English
is its first choice, Dutch otherwise). Labels are looked up by message id; the two
dictionaries hold the same ids (tests/serve/test_i18n.py checks it). Text that is
not ours to translate (article text, names, the engine's evidence, the API's error
details) is marked with its own ``lang`` attribute in the templates instead.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query, Request

LANGS = ("nl", "en")
DEFAULT = "nl"  # the project's home audience reads Dutch news
COOKIE = "wzw_lang"
COOKIE_AGE = 365 * 24 * 3600  # a year: a reader's language does not change often

UiLang = Literal["nl", "en"]

NL: dict[str, str] = {
    "site.tagline": "wie zegt wat in het nieuws",
    "nav.quotes": "Citaten",
    "nav.articles": "Artikelen",
    "nav.actors": "Sprekers",
    "nav.network": "Netwerk",
    "nav.analyse": "Analyseer",
    "nav.api": "API",
    "nav.main": "Hoofdmenu",
    "switch.label": "Taal van de pagina",
    "search.quick": "Zoek in citaten…",
    "search.term": "Zoekterm",
    "search.button": "Zoeken",
    "search.in": "Zoek",
    "search.in.text": "in de citaattekst",
    "search.in.by": "door (naam van de spreker)",
    "search.in.about": "over (genoemd in het citaat)",
    "filters": "Filters:",
    "filter.remove": "filter weghalen",
    "filter.speaker": "spreker",
    "filter.actor_id": "spreker-id",
    "filter.outlet": "medium",
    "filter.since": "vanaf",
    "filter.until": "tot en met",
    "filter.type": "soort",
    "filter.about": "gaat over",
    "filter.article_lang": "taal",
    "facet.speaker": "Spreker",
    "facet.outlet": "Medium",
    "facet.month": "Maand",
    "facet.type": "Soort",
    "facet.about": "Gaat over",
    "home.title": "Start",
    "home.heading": "Wie zegt wat?",
    "home.search": "Zoek een woord of \"een zinsdeel\"",
    "home.most_quoted": "Meest geciteerd",
    "home.empty": "Nog geen citaten. Voeg artikelen toe met",
    "home.latest": "Nieuwste artikelen",
    "unit.articles": "artikelen",
    "unit.quotes": "citaten",
    "unit.speakers": "sprekers",
    "count.quotes": "{n} citaten",
    "count.quotes.one": "{n} citaat",
    "count.articles": "{n} artikelen",
    "count.articles.one": "{n} artikel",
    "count.speakers": "{n} sprekers",
    "count.speakers.one": "{n} spreker",
    "count.links": "{n} verbindingen",
    "count.links.one": "{n} verbinding",
    "count.in": "{quotes} in {articles}",
    "articles.title": "Artikelen",
    "articles.search": "Zoek in titel en tekst",
    "articles.search_label": "Zoek in artikelen",
    "article.untitled": "Artikel {id}",
    "article.untitled_short": "artikel {id}",
    "article.source": "bron",
    "article.language": "Taal",
    "article.legend_hint": "wijs een citaat aan voor details",
    "article.speakers": "Sprekers in dit artikel",
    "lang.any": "alle talen",
    "lang.nl": "Nederlands",
    "lang.en": "Engels",
    "label.quote": "citaat",
    "label.verb": "werkwoord",
    "label.speaker": "spreker",
    "label.type": "soort",
    "label.statement": "uiting",
    "label.evidence": "bewijs",
    "label.quotes": "Citaten",
    "label.unknown": "onbekend",
    "type.direct": "direct",
    "type.indirect": "indirect",
    "type.mixed": "gemengd",
    "statement.says": "zegt",
    "statement.thinks": "denkt",
    "statement.according-to": "volgens",
    "statement.writes": "schrijft",
    "pager.label": "pagina's",
    "pager.prev": "← vorige",
    "pager.next": "volgende →",
    "pager.of": "pagina {page} van {pages}",
    "actor.spellings": "Schrijfwijzen",
    "actor.roles": "Functies",
    "actor.alongside": "Samen geciteerd met",
    "actor.talks_about": "Praat over",
    "actor.talked_about_by": "Besproken door",
    "hit.about": "gaat over",
    "actor.per_week": "Citaten per week",
    "actors.title": "Sprekers",
    "actors.name": "Naam bevat…",
    "actors.role": "Functie bevat…",
    "actors.any_type": "alle soorten",
    "actors.unquoted": "ook wie alleen genoemd wordt, nooit geciteerd",
    "actors.apply": "Filteren",
    "actors.none": "Geen sprekers gevonden.",
    "actors.sort_by": "sorteer op {column}",
    "actors.col.name": "naam",
    "actors.col.type": "soort",
    "actors.col.roles": "functies",
    "actors.col.quotes": "citaten",
    "actors.col.articles": "artikelen",
    "actors.col.mentions": "genoemd",
    "actor_type.person": "persoon",
    "actor_type.organisation": "organisatie",
    "actor_type.place": "plaats",
    "actor_type.group": "groep",
    "actor_type.other": "overig",
    "network.title": "Netwerk",
    "network.intro": "Sprekers die in hetzelfde artikel geciteerd worden; hoe dikker de lijn, "
                     "hoe meer artikelen. Klik een naam voor de sprekerspagina.",
    "network.table": "Als tabel ({links})",
    "network.intro_about": "Wie over wie praat: een pijl van een spreker naar wie in diens "
                           "citaten genoemd wordt; hoe dikker de lijn, hoe meer citaten.",
    "network.relation": "Relatie:",
    "network.co_quoted": "samen geciteerd",
    "network.speaks_about": "praat over",
    "network.about": "over",
    "network.label": "netwerk van sprekers",
    "network.empty": "Nog geen sprekers die samen in een artikel staan.",
    "network.edge": "{a} – {b}: {articles}",
    "network.download": "Download het hele netwerk (ook wie over wie praat) voor Gephi en "
                        "andere programma's:",
    "timeline.empty": "Geen gedateerde citaten.",
    "timeline.week": "citaten per week",
    "timeline.day": "citaten per dag",
    "timeline.month": "citaten per maand",
    "timeline.heading": "Citaten door de tijd",
    "timeline.step.week": "per week",
    "timeline.step.month": "per maand",
    "timeline.csv": "tijdlijn als CSV",
    "download.label": "Download deze resultaten:",
    "saved.heading": "Bewaarde zoekopdrachten",
    "saved.none": "Nog niets bewaard.",
    "saved.name": "Naam voor deze zoekopdracht",
    "saved.save": "Bewaar",
    "saved.delete": "Verwijder deze zoekopdracht",
    "download.csv": "CSV",
    "download.jsonl": "JSON Lines",
    "timeline.bar": "{period}: {quotes}",
    "analyse.title": "Analyseer",
    "analyse.heading": "Analyseer een artikel",
    "analyse.paste": "Plak de tekst van een Nederlands nieuwsartikel:",
    "analyse.store": "ook opslaan in het corpus",
    "analyse.button": "Analyseer",
    "analyse.stored": "opgeslagen als",
    "analyse.empty": "Plak eerst de tekst van een artikel.",
    "error.home": "Naar de startpagina",
    "error.details": "Technische details",
    "error.400": "Ongeldige zoekvraag",
    "error.403": "Verzoek van een andere site geweigerd",
    "error.404": "Niet gevonden",
    "error.405": "Methode niet toegestaan",
    "error.413": "Tekst te lang",
    "error.422": "Ongeldige invoer",
    "error.500": "Onverwachte fout",
    "error.503": "Even te druk",
    "docs.title": "API-documentatie",
    "docs.intro": "De JSON-API van deze server. Het volledige schema staat in",
    "docs.parameters": "Parameters",
    "docs.param": "parameter",
    "docs.where": "waar",
    "docs.required": "verplicht",
    "docs.values": "waarden",
    "docs.description": "beschrijving",
    "docs.responses": "Antwoorden",
    "docs.none": "geen",
}

EN: dict[str, str] = {
    "site.tagline": "who says what in the news",
    "nav.quotes": "Quotes",
    "nav.articles": "Articles",
    "nav.actors": "Speakers",
    "nav.network": "Network",
    "nav.analyse": "Analyse",
    "nav.api": "API",
    "nav.main": "Main menu",
    "switch.label": "Language of the page",
    "search.quick": "Search quotes…",
    "search.term": "Search term",
    "search.button": "Search",
    "search.in": "Search",
    "search.in.text": "in the quote text",
    "search.in.by": "by (the speaker's name)",
    "search.in.about": "about (named in the quote)",
    "filters": "Filters:",
    "filter.remove": "remove filter",
    "filter.speaker": "speaker",
    "filter.actor_id": "speaker id",
    "filter.outlet": "outlet",
    "filter.since": "since",
    "filter.until": "until",
    "filter.type": "type",
    "filter.about": "about",
    "filter.article_lang": "language",
    "facet.speaker": "Speaker",
    "facet.outlet": "Outlet",
    "facet.month": "Month",
    "facet.type": "Type",
    "facet.about": "About",
    "home.title": "Home",
    "home.heading": "Who says what?",
    "home.search": "Search a word or \"a phrase\"",
    "home.most_quoted": "Most quoted",
    "home.empty": "No quotes yet. Add articles with",
    "home.latest": "Latest articles",
    "unit.articles": "articles",
    "unit.quotes": "quotes",
    "unit.speakers": "speakers",
    "count.quotes": "{n} quotes",
    "count.quotes.one": "{n} quote",
    "count.articles": "{n} articles",
    "count.articles.one": "{n} article",
    "count.speakers": "{n} speakers",
    "count.speakers.one": "{n} speaker",
    "count.links": "{n} links",
    "count.links.one": "{n} link",
    "count.in": "{quotes} in {articles}",
    "articles.title": "Articles",
    "articles.search": "Search title and text",
    "articles.search_label": "Search articles",
    "article.untitled": "Article {id}",
    "article.untitled_short": "article {id}",
    "article.source": "source",
    "article.language": "Language",
    "article.legend_hint": "point at a quote for details",
    "article.speakers": "Speakers in this article",
    "lang.any": "all languages",
    "lang.nl": "Dutch",
    "lang.en": "English",
    "label.quote": "quote",
    "label.verb": "verb",
    "label.speaker": "speaker",
    "label.type": "type",
    "label.statement": "statement",
    "label.evidence": "evidence",
    "label.quotes": "Quotes",
    "label.unknown": "unknown",
    "type.direct": "direct",
    "type.indirect": "indirect",
    "type.mixed": "mixed",
    "statement.says": "says",
    "statement.thinks": "thinks",
    "statement.according-to": "according to",
    "statement.writes": "writes",
    "pager.label": "pages",
    "pager.prev": "← previous",
    "pager.next": "next →",
    "pager.of": "page {page} of {pages}",
    "actor.spellings": "Spellings",
    "actor.roles": "Roles",
    "actor.alongside": "Quoted alongside",
    "actor.talks_about": "Talks about",
    "actor.talked_about_by": "Talked about by",
    "hit.about": "about",
    "actor.per_week": "Quotes per week",
    "actors.title": "Speakers",
    "actors.name": "Name contains…",
    "actors.role": "Role contains…",
    "actors.any_type": "all types",
    "actors.unquoted": "also those only mentioned, never quoted",
    "actors.apply": "Filter",
    "actors.none": "No speakers found.",
    "actors.sort_by": "sort by {column}",
    "actors.col.name": "name",
    "actors.col.type": "type",
    "actors.col.roles": "roles",
    "actors.col.quotes": "quotes",
    "actors.col.articles": "articles",
    "actors.col.mentions": "mentions",
    "actor_type.person": "person",
    "actor_type.organisation": "organisation",
    "actor_type.place": "place",
    "actor_type.group": "group",
    "actor_type.other": "other",
    "network.title": "Network",
    "network.intro": "Speakers quoted in the same article; the thicker the line, the more "
                     "articles. Click a name for the speaker's page.",
    "network.table": "As a table ({links})",
    "network.intro_about": "Who talks about whom: from a speaker to the people their quotes "
                           "mention; the thicker the line, the more quotes.",
    "network.relation": "Relation:",
    "network.co_quoted": "quoted together",
    "network.speaks_about": "talks about",
    "network.about": "about",
    "network.label": "network of speakers",
    "network.empty": "No speakers quoted together in one article yet.",
    "network.edge": "{a} – {b}: {articles}",
    "network.download": "Download the whole network (also who talks about whom) for Gephi "
                        "and other tools:",
    "timeline.empty": "No dated quotes.",
    "timeline.week": "quotes per week",
    "timeline.day": "quotes per day",
    "timeline.month": "quotes per month",
    "timeline.heading": "Quotes over time",
    "timeline.step.week": "per week",
    "timeline.step.month": "per month",
    "timeline.csv": "timeline as CSV",
    "download.label": "Download these results:",
    "saved.heading": "Saved searches",
    "saved.none": "Nothing saved yet.",
    "saved.name": "Name for this search",
    "saved.save": "Save",
    "saved.delete": "Delete this search",
    "download.csv": "CSV",
    "download.jsonl": "JSON Lines",
    "timeline.bar": "{period}: {quotes}",
    "analyse.title": "Analyse",
    "analyse.heading": "Analyse an article",
    "analyse.paste": "Paste the text of a Dutch news article:",
    "analyse.store": "also store it in the corpus",
    "analyse.button": "Analyse",
    "analyse.stored": "stored as",
    "analyse.empty": "Paste the text of an article first.",
    "error.home": "To the home page",
    "error.details": "Technical details",
    "error.400": "Invalid search query",
    "error.403": "Request from another site refused",
    "error.404": "Not found",
    "error.405": "Method not allowed",
    "error.413": "Text too long",
    "error.422": "Invalid input",
    "error.500": "Unexpected error",
    "error.503": "Too busy for a moment",
    "docs.title": "API documentation",
    "docs.intro": "The JSON API of this server. The full schema is at",
    "docs.parameters": "Parameters",
    "docs.param": "parameter",
    "docs.where": "in",
    "docs.required": "required",
    "docs.values": "values",
    "docs.description": "description",
    "docs.responses": "Responses",
    "docs.none": "none",
}

MESSAGES: dict[str, dict[str, str]] = {"nl": NL, "en": EN}
# Each language's name in itself: the switch link names the other language this way.
AUTONYMS = {"nl": "Nederlands", "en": "English"}


class Translator:
    """The labels of one interface language: ``t("nav.quotes")``, ``t("count.quotes", n=3)``."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in MESSAGES else DEFAULT
        self.messages = MESSAGES[self.lang]

    def __call__(self, key: str, /, **values: object) -> str:
        text = self.messages[key]
        return text.format(**values) if values else text

    def count(self, what: str, n: int) -> str:
        """``n`` with a noun, singular for one: ``t.count("quotes", 1)`` is "1 citaat"."""
        key = f"count.{what}"
        return self(f"{key}.one" if n == 1 and f"{key}.one" in self.messages else key, n=n)

    def quotes_in(self, quotes: int, articles: int) -> str:
        """"3 citaten in 2 artikelen"."""
        return self("count.in", quotes=self.count("quotes", quotes),
                    articles=self.count("articles", articles))

    def _value(self, prefix: str, value: str | None) -> str:
        """A stored value's label (a quote type, an actor type); the value itself if unknown."""
        if not value:
            return ""
        return self.messages.get(f"{prefix}.{value}", value)

    def quote_type(self, value: str | None) -> str:
        return self._value("type", value)

    def statement(self, value: str | None) -> str:
        return self._value("statement", value)

    def actor_type(self, value: str | None) -> str:
        return self._value("actor_type", value)

    def lang_name(self, value: str | None) -> str:
        return self._value("lang", value)

    @property
    def other(self) -> str:
        """The other interface language, for the switch link."""
        return next(code for code in LANGS if code != self.lang)


def from_accept_language(header: str) -> str:
    """English when the browser's first choice is English, Dutch for anything else."""
    best, best_q = DEFAULT, 0.0
    for part in header.split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if tag and q > best_q:  # the first of equal weights wins, as the header lists them
            best_q = q
            best = "en" if tag.strip().lower().split("-")[0] == "en" else DEFAULT
    return best


def choose(request: Request) -> str:
    """The interface language of this request: ?lang=, then the cookie, then the browser."""
    asked = request.query_params.get("lang")
    if asked in LANGS:
        return str(asked)
    remembered = request.cookies.get(COOKIE)
    if remembered in LANGS:
        return str(remembered)
    return from_accept_language(request.headers.get("accept-language", ""))


LangParam = Annotated[UiLang | None, Query(
    description="Interface language of the page (nl, en); remembered in a cookie.")]


def interface_lang(lang: LangParam = None) -> UiLang | None:
    """Validate ``?lang=`` on the web pages, so a value other than nl or en is a 422."""
    return lang
