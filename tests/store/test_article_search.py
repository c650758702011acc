"""Article search with words: the page and total of an unfiltered search (PostgreSQL
ranks them from its index alone, pg_listing.article_page) equal the filtered way's."""

from __future__ import annotations

import pytest
from store_support import build_article

from wiezegtwat.store import Store, list_articles

# Fictional articles; several rank alike (the same words, as often), to test the ties.
TEXTS = (
    "De brug over de Lemmer gaat in mei dicht, meldt de gemeente.",
    "Over de brug en het veer wordt in de raad gesproken.",
    "De brug, de brug en nog eens de brug: de raad praat nergens anders over.",
    "Het veer vaart weer, de brug blijft dicht.",
    "Het veer vaart weer, de brug blijft open.",
    "Het veer vaart weer, de brug blijft dicht tot juni.",
    "Niets over bruggen hier, alleen over het weer.",
)


@pytest.fixture
def articles(store: Store) -> Store:
    for n, text in enumerate(TEXTS):
        store.add_article(build_article(text, date=f"2024-05-{n + 1:02d}", title=f"Bericht {n}"))
    return store


@pytest.mark.parametrize("query", ["brug", "veer", '"de brug"', "brug OR veer", "lemmer"])
@pytest.mark.parametrize(("limit", "offset"), [(20, 0), (2, 0), (2, 3)])
def test_list_articles_unfiltered_page_equals_the_filtered_one(
        articles: Store, query: str, limit: int, offset: int) -> None:
    plain = list_articles(articles, q=query, limit=limit, offset=offset)
    # A filter that keeps every article takes the way of filtered searches.
    filtered = list_articles(articles, q=query, since="2024-01-01", limit=limit,
                             offset=offset)
    assert plain == filtered
    assert plain.total >= 1


def test_list_articles_ties_in_ingestion_order(articles: Store) -> None:
    if articles.dialect != "postgresql":
        pytest.skip("SQLite orders ties by its own index")
    hits = list_articles(articles, q="vaart", limit=20).hits
    # Three articles say "vaart" once in the same number of words: one rank, stored order.
    assert [h.title for h in hits] == ["Bericht 3", "Bericht 4", "Bericht 5"]
