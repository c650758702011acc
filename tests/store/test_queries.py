"""Tests for the read queries: quote search, speakers, articles, timelines, networks."""

from __future__ import annotations

import pytest
from store_support import (
    ACTORS,
    BAKKER_QUOTES,
    BAKKER_TEXT,
    JANSEN_QUOTES,
    JANSEN_TEXT,
    MakeArticle,
)

from wiezegtwat.errors import QueryError
from wiezegtwat.records import Mention
from wiezegtwat.store import (
    ActorEdge,
    CoQuoted,
    QuoteFilters,
    Store,
    TimelinePoint,
    actor_network,
    actor_timeline,
    co_quoted,
    list_articles,
    quote_timeline,
    search_quotes,
    speakers,
)
from wiezegtwat.store.queries import Facet


def _texts(store: Store, query: str | None, **filters: object) -> list[str]:
    return [h.text for h in search_quotes(store, query, **filters).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("humanitaire corridors", ["We willen humanitaire corridors,"]),
        ("NAVO-lidmaatschap", ["is het NAVO-lidmaatschap van Oostland geen optie"]),
        ('"staakt-het-vuren"', ["Een staakt-het-vuren is nu het belangrijkste,"]),
        ("STAAKT het vuren", ["Een staakt-het-vuren is nu het belangrijkste,"]),
        ("kinderen", ["De stad moet veiliger worden voor kinderen,"]),
        (
            "corridors OR kinderen",
            ["We willen humanitaire corridors,", "De stad moet veiliger worden voor kinderen,"],
        ),
        ("veilig*", ["De stad moet veiliger worden voor kinderen,"]),
        ("Jansen", []),  # a speaker name is not part of the quote text
        ("corridors kinderen", []),
    ],
)
def test_search_quotes_matches_words(corpus: Store, query: str, expected: list[str]) -> None:
    assert sorted(_texts(corpus, query)) == sorted(expected)


def test_search_quotes_hit_has_article_and_highlight(corpus: Store) -> None:
    result = search_quotes(corpus, "humanitaire corridors")
    hit = result.hits[0]
    assert result.total == 1
    assert (hit.speaker_name, hit.actor_id, hit.actor_name, hit.type, hit.cue) == (
        "Piet Jansen",
        "piet-jansen",
        "Piet Jansen",
        "direct",
        "zei",
    )
    assert (hit.outlet, hit.date, hit.title) == ("nos.nl", "2024-03-05", "Een verzonnen bericht")
    assert hit.highlighted == "We willen «humanitaire» «corridors»,"
    assert hit.match_spans == [(10, 21), (22, 31)]
    assert hit.context.startswith('"We willen humanitaire corridors," zei premier Piet Jansen')


@pytest.mark.parametrize(
    ("query", "where"),
    [
        ("corridors AND", "at the end of the query"),
        ("(vrede OR oorlog", "at the end of the query"),
        ("vrede OR OR oorlog", "near 'OR'"),
    ],
)
def test_search_quotes_malformed_query_raises(corpus: Store, query: str, where: str) -> None:
    with pytest.raises(QueryError) as info:
        search_quotes(corpus, query)
    assert str(info.value) == (
        f"search query {query!r} is malformed {where}; quote the phrase with double quotes "
        '("...") to search for it literally, or fix the operators AND, OR, NOT, NEAR(...)'
    )


def test_search_quotes_filters(corpus: Store) -> None:
    bakker = ["De stad moet veiliger worden voor kinderen,"]
    assert _texts(corpus, None, speaker="bakker") == bakker
    assert _texts(corpus, None, outlet="RTV-Oost.nl") == bakker
    assert _texts(corpus, None, since="2024-04-01") == bakker
    assert _texts(corpus, None, since="2024-04-20", until="2024-04-20") == bakker
    assert _texts(corpus, None, until="2024-03") == _texts(corpus, None, outlet="nos.nl")
    assert _texts(corpus, None, actor_id="els-de-vries", type="indirect") == [
        "is het NAVO-lidmaatschap van Oostland geen optie"
    ]
    assert _texts(corpus, None, speaker="Els de Vries") == _texts(
        corpus, None, actor_id="els-de-vries"
    )


def test_search_quotes_without_query_lists_newest_first(corpus: Store) -> None:
    assert _texts(corpus, "") == [
        "De stad moet veiliger worden voor kinderen,",
        "We willen humanitaire corridors,",
        "is het NAVO-lidmaatschap van Oostland geen optie",
        "Een staakt-het-vuren is nu het belangrijkste,",
    ]


def test_search_quotes_pages(corpus: Store) -> None:
    page = search_quotes(corpus, None, limit=2, offset=1)
    assert (page.total, [h.n for h in page.hits]) == (4, [0, 1])


@pytest.mark.parametrize("value", ["5 maart", "2024-13-01", "2024-02-30"])
def test_search_quotes_invalid_date_raises(corpus: Store, value: str) -> None:
    with pytest.raises(
        QueryError, match=f"--since '{value}' is not a date; write it as YYYY-MM-DD"
    ):
        search_quotes(corpus, None, since=value)


def test_search_quotes_unknown_type_raises(corpus: Store) -> None:
    with pytest.raises(QueryError, match="quote type 'quoted' is unknown"):
        search_quotes(corpus, None, type="quoted")


def test_search_quotes_facets(corpus: Store) -> None:
    facets = search_quotes(corpus, None).facets
    assert facets == {
        "speaker": [Facet("Els de Vries", 2), Facet("Ahmed Bakker", 1), Facet("Piet Jansen", 1)],
        "outlet": [Facet("nos.nl", 3), Facet("rtv-oost.nl", 1)],
        "type": [Facet("direct", 3), Facet("indirect", 1)],
        "month": [Facet("2024-03", 3), Facet("2024-04", 1)],
        "about": [],  # these articles store no mentions, so no quote has a target
    }


def test_speakers_counts_quotes_and_articles(corpus: Store) -> None:
    stats = speakers(corpus)
    assert [(s.actor_id, s.name, s.quotes, s.articles, s.outlets, s.variants) for s in stats] == [
        ("els-de-vries", "Els de Vries", 2, 1, ["nos.nl"], ["De Vries", "Els de Vries"]),
        ("ahmed-bakker", "Ahmed Bakker", 1, 1, ["rtv-oost.nl"], ["Bakker"]),
        ("piet-jansen", "Piet Jansen", 1, 1, ["nos.nl"], ["Piet Jansen"]),
    ]


def test_speakers_keeps_unlinked_names_apart(store: Store, make_article: MakeArticle) -> None:
    unlinked = [(q[0], q[1], q[2], None, q[4]) for q in BAKKER_QUOTES]
    store.add_article(make_article(BAKKER_TEXT, unlinked))
    assert [(s.actor_id, s.name, s.quotes) for s in speakers(store, descriptions=True)] == [(None, "Bakker", 1)]
    assert speakers(store) == []  # by default the list holds actors only


def test_speakers_dedup_counts_wire_copies_once(store: Store, make_article: MakeArticle) -> None:
    original = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    copy = make_article(BAKKER_TEXT + " (ANP)", BAKKER_QUOTES, outlet="dagblad-oost.nl")
    store.add_article(original, actors=ACTORS[2:])
    store.add_article(copy)
    store.conn.execute("UPDATE articles SET dup_group = ?", (original.id,))
    with_copies = speakers(store, dedup=False)[0]
    deduped = speakers(store, dedup=True)[0]
    assert (with_copies.quotes, with_copies.articles, with_copies.outlets) == (
        2,
        2,
        ["dagblad-oost.nl", "nos.nl"],
    )
    assert (deduped.quotes, deduped.articles, deduped.outlets) == (1, 1, ["nos.nl"])


def test_speakers_lists_roles_from_text_and_actor(store: Store, make_article: MakeArticle) -> None:
    from wiezegtwat.records import Actor, Mention, Role

    start = BAKKER_TEXT.index("Wethouder Ahmed Bakker")
    mention = Mention(text="Wethouder Ahmed Bakker", start=start, end=start + 22, role="wethouder")
    actor = Actor(id="ahmed-bakker", name="Ahmed Bakker", roles=[Role("raadslid", "2020-01-01")])
    store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES, mentions=[mention]), actors=[actor])
    assert speakers(store)[0].roles == ["wethouder", "raadslid"]


def test_list_articles_search_and_filters(corpus: Store) -> None:
    everything = list_articles(corpus)
    found = list_articles(corpus, q="fietspaden")
    assert everything.total == 2
    assert [(h.outlet, h.quotes) for h in everything.hits] == [("rtv-oost.nl", 1), ("nos.nl", 3)]
    assert found.total == 1
    assert found.hits[0].snippet.startswith("Wethouder Ahmed Bakker wil meer «fietspaden»")
    assert list_articles(corpus, outlet="nos.nl", since="2024-04-01").total == 0


def test_actor_timeline_by_day_and_week(store: Store, make_article: MakeArticle) -> None:
    for date, suffix in (("2024-03-04", "A"), ("2024-03-06", "B"), ("2024-03-11T09:30:00", "C")):
        store.add_article(make_article(f"{BAKKER_TEXT} {suffix}", BAKKER_QUOTES, date=date))
    assert actor_timeline(store, "ahmed-bakker", by="day") == [
        TimelinePoint("2024-03-04", 1, 1),
        TimelinePoint("2024-03-06", 1, 1),
        TimelinePoint("2024-03-11", 1, 1),
    ]
    assert actor_timeline(store, "ahmed-bakker", by="week") == [
        TimelinePoint("2024-03-04", 2, 2),
        TimelinePoint("2024-03-11", 1, 1),
    ]


def test_co_quoted_and_network(corpus: Store, make_article: MakeArticle) -> None:
    both = JANSEN_TEXT + " " + BAKKER_TEXT
    corpus.add_article(make_article(both, JANSEN_QUOTES[:1] + BAKKER_QUOTES))
    assert co_quoted(corpus, "piet-jansen") == [
        CoQuoted("ahmed-bakker", "Ahmed Bakker", 1),
        CoQuoted("els-de-vries", "Els de Vries", 1),
    ]
    assert actor_network(corpus) == [
        ActorEdge("ahmed-bakker", "piet-jansen", "Ahmed Bakker", "Piet Jansen", 1),
        ActorEdge("els-de-vries", "piet-jansen", "Els de Vries", "Piet Jansen", 1),
    ]


def test_search_quotes_about_a_mention_inside_the_quote(store: Store,
                                                        make_article: MakeArticle) -> None:
    text = "Wethouder Kees Mol zegt dat hij de brug te duur vindt. Piet Jansen zwijgt."
    said = "dat hij de brug te duur vindt"
    inside = text.index("hij")
    article = make_article(text, [(said, "zegt", "Kees Mol", None, "indirect")], mentions=[
        Mention("hij", inside, inside + 3, kind="pronoun", name="Piet Jansen"),
        Mention("Kees Mol", 10, 18, name="Kees Mol")])
    store.add_article(article)
    assert _texts(store, None, about="jansen") == [said]  # through the mention's name
    assert _texts(store, None, about="Mol") == []  # the speaker is outside the quote
    assert _texts(store, None, about="brug") == [said]  # the quote text itself


def test_search_quotes_about_and_speaker_together(corpus: Store) -> None:
    assert _texts(corpus, None, about="Oostland") == [
        "is het NAVO-lidmaatschap van Oostland geen optie"]
    assert _texts(corpus, None, about="Oostland", speaker="Jansen") == []


def test_search_and_list_filter_by_language(store: Store, make_article: MakeArticle) -> None:
    english = make_article('"The bridge opens in May," said Kees Mol.',
                           [("The bridge opens in May,", "said", "Kees Mol", None, "direct")])
    english.lang = "en"
    store.add_article(english)
    store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES))
    assert [h.lang for h in search_quotes(store, None, lang="en").hits] == ["en"]
    assert [h.lang for h in list_articles(store, lang="nl").hits] == ["nl"]
    assert {h.lang for h in list_articles(store).hits} == {"nl", "en"}
    assert list_articles(store, lang="de").total == 0


# -- quote_timeline -------------------------------------------------------------------


def _timeline_corpus(store: Store, make_article: MakeArticle) -> Store:
    """Bakker quoted on a Sunday and the Monday after (two ISO weeks), Jansen in March."""
    store.add_article(make_article(JANSEN_TEXT, JANSEN_QUOTES, date="2024-03-05"))
    store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES, date="2024-04-21T22:00:00"))
    store.add_article(make_article(BAKKER_TEXT + " Meer.", BAKKER_QUOTES, date="2024-04-22"))
    store.add_article(make_article(BAKKER_TEXT + " Later.", BAKKER_QUOTES, date=None))
    return store


@pytest.mark.parametrize(("filters", "by", "points"), [
    (None, "week", [("2024-03-04", 3, 1), ("2024-04-15", 1, 1), ("2024-04-22", 1, 1)]),
    (None, "month", [("2024-03", 3, 1), ("2024-04", 2, 2)]),
    (QuoteFilters(speaker="Bakker"), "month", [("2024-04", 2, 2)]),
    (QuoteFilters(query="corridors"), "week", [("2024-03-04", 1, 1)]),
    (QuoteFilters(type="indirect", since="2024-04"), "week", []),
])
def test_quote_timeline_counts_per_period_with_the_search_filters(
    store: Store, make_article: MakeArticle, filters: QuoteFilters | None, by: str,
    points: list[tuple[str, int, int]],
) -> None:
    _timeline_corpus(store, make_article)
    found = quote_timeline(store, filters, by=by)  # type: ignore[arg-type]
    assert [(p.period, p.quotes, p.articles) for p in found] == points


def test_quote_timeline_refuses_an_unknown_step(store: Store) -> None:
    with pytest.raises(QueryError, match="timeline step 'day' is unknown; use week or month"):
        quote_timeline(store, by="day")  # type: ignore[arg-type]
