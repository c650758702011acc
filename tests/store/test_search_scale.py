"""Search at corpus scale: capped counts, keyset pages, counts from the aggregates."""

from __future__ import annotations

from collections import Counter

import pytest
from store_support import build_article

from wiezegtwat.errors import QueryError
from wiezegtwat.records import Actor
from wiezegtwat.store import Store, search, search_quotes

SPEAKERS = ("Marieke Smit", "Joost Brink", "Fenna Kok")
OUTLETS = ("dagblad-noord.nl", "omroep-west.nl")


@pytest.fixture
def many(store: Store) -> Store:
    """Twelve fictional articles with a quote each about de brug or het veer."""
    for n in range(12):
        name = SPEAKERS[n % 3]
        subject = "de brug" if n % 2 else "het veer"
        quote = f"Over {subject} valt nog veel te zeggen, nummer {n}"
        text = f'"{quote}," zei {name} in Lemmerveen.'
        actor_id = name.lower().replace(" ", "-")
        store.add_article(
            build_article(text, [(quote, "zei", name, actor_id, "direct")],
                          outlet=OUTLETS[n % 2], date=f"2024-{n % 4 + 1:02d}-{n + 1:02d}"),
            actors=[Actor(id=actor_id, name=name)])
    return store


def _ids(result: object) -> list[int]:
    return [h.quote_id for h in result.hits]  # type: ignore[attr-defined]


def test_search_quotes_caps_counts_at_the_window(many: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    exact = search_quotes(many, "veel")
    assert (exact.total, exact.capped, exact.capped_facets) == (12, False, [])
    monkeypatch.setattr(search, "FACET_WINDOW", 5)
    capped = search_quotes(many, "veel", limit=3)
    assert (capped.total, capped.capped) == (5, True)
    assert set(capped.capped_facets) == {"speaker", "outlet", "type", "month", "about"}
    assert sum(f.count for f in capped.facets["outlet"]) == 5
    assert len(capped.hits) == 3


def test_search_quotes_capped_lists_latest_first_past_the_window(
        many: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # Every quote holds "veel": with the window full, the latest stored come first.
    newest = list(range(12, 0, -1))
    assert _ids(search_quotes(many, "veel", limit=12)) != newest  # ranked while it fits
    monkeypatch.setattr(search, "FACET_WINDOW", 4)
    assert _ids(search_quotes(many, "veel", limit=3)) == newest[:3]
    assert _ids(search_quotes(many, "veel", limit=4, offset=8)) == newest[8:]
    pages = [_ids(result := search_quotes(many, "veel", limit=3))]
    while result.next_after is not None:
        pages.append(_ids(result := search_quotes(many, "veel", limit=3,
                                                  after=result.next_after)))
    assert [i for p in pages for i in p] == newest


@pytest.mark.parametrize("query", [None, "veel", "brug"])
def test_search_quotes_keyset_pages_equal_offset_pages(many: Store, query: str | None) -> None:
    by_offset = [_ids(search_quotes(many, query, limit=3, offset=o)) for o in range(0, 12, 3)]
    pages = [_ids(result := search_quotes(many, query, limit=3))]
    while result.next_after is not None:
        pages.append(_ids(result := search_quotes(many, query, limit=3,
                                                  after=result.next_after)))
    assert [p for p in pages if p] == [p for p in by_offset if p]


def test_search_quotes_refuses_a_cursor_of_another_search(many: Store) -> None:
    cursor = search_quotes(many, "veel", limit=2).next_after
    assert cursor is not None
    with pytest.raises(QueryError, match="cursor"):
        search_quotes(many, None, after=cursor)
    with pytest.raises(QueryError, match="cursor"):
        search_quotes(many, None, after="page 2")


@pytest.mark.parametrize("filters", [
    {}, {"outlet": "OMROEP-WEST.NL"}, {"speaker": "smit"}, {"type": "indirect"},
    {"since": "2024-02", "until": "2024-03"}, {"actor_id": "joost-brink", "since": "2024"},
])
def test_search_quotes_cube_counts_equal_a_scan(many: Store, filters: dict[str, str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    cube = search_quotes(many, None, **filters)
    # A day inside the month sends the same search through the quote scan instead.
    monkeypatch.setattr("wiezegtwat.store.queries._cube_months", lambda f: None)
    scan = search_quotes(many, None, **filters)
    assert cube.capped is scan.capped is False
    assert cube.total == scan.total
    assert cube.facets == scan.facets
    assert _ids(cube) == _ids(scan)


def test_search_quotes_day_filter_counts_from_quotes(many: Store) -> None:
    result = search_quotes(many, None, since="2024-01-05", until="2024-01-09")
    dates = Counter(h.date for h in result.hits)
    assert dates == Counter({"2024-01-05": 1, "2024-01-09": 1})
    assert (result.total, result.capped) == (2, False)


@pytest.mark.parametrize("query", [None, "veel"])
def test_search_quotes_limit_0_counts_without_hits(many: Store, query: str | None) -> None:
    result = search_quotes(many, query, limit=0)
    assert (result.total, result.hits, result.next_after) == (12, [], None)


def test_quote_timeline_window_counts_the_first_quotes(many: Store) -> None:
    from wiezegtwat.store import QuoteFilters, quote_timeline

    everything = quote_timeline(many, QuoteFilters(query="veel"), by="month")
    assert sum(p.quotes for p in everything) == 12
    assert quote_timeline(many, QuoteFilters(query="veel"), by="month", window=100) == everything
    first = quote_timeline(many, QuoteFilters(query="veel"), by="month", window=5)
    assert sum(p.quotes for p in first) == sum(p.articles for p in first) == 5


@pytest.mark.parametrize("scan", [8, 2])  # the window among the newest rows tested, or not
@pytest.mark.parametrize(("where", "ids"), [([], [12, 10, 8, 6]), (["q.type = 'indirect'"], [])])
def test_words_window_of_a_phrase_is_the_newest_of_all(
        many: Store, monkeypatch: pytest.MonkeyPatch, scan: int, where: list[str],
        ids: list[int]) -> None:
    if many.dialect != "postgresql":
        pytest.skip("PostgreSQL reads its window of several words in two steps")
    from wiezegtwat.store import pg_listing, pg_search

    monkeypatch.setattr(search, "FACET_WINDOW", 4)
    monkeypatch.setattr(pg_listing, "NEWEST_SCAN", scan)
    # "de brug" is in the quotes of the odd articles: ids 2, 4, … 12.
    counted = pg_listing.words_window(many.conn, pg_search.to_tsquery('"de brug"'), where, [])
    assert (counted.ids, counted.window_full) == (ids, True)
