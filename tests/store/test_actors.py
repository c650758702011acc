"""Tests for the actor list of the store: sorting, filters, paging, unquoted actors."""

from __future__ import annotations

import pytest
from store_support import ACTORS, MakeArticle

from wiezegtwat.errors import QueryError
from wiezegtwat.records import Actor, Role
from wiezegtwat.store import Store, list_actors

DE_VRIES_TEXT = (
    '"De dijk houdt het," zei Els de Vries. "We blijven meten," zei De Vries. '
    '"Het waterschap betaalt," zei De Vries over het Waterschap Lemme.'
)
BAKKER_TEXTS = (
    '"Er komt een tweede fietsbrug," zei Ahmed Bakker in Zwolle.',
    '"De bus rijdt weer vaker," zei Ahmed Bakker op dinsdag.',
)
EXTRA = (
    Actor(id="waterschap-lemme", name="Waterschap Lemme", type="organisation"),
    Actor(id="oostland", name="Oostland", type="place"),
    Actor(id="piet-jansen", name="Piet Jansen", variants=["Jansen"], roles=[Role("premier")]),
)


@pytest.fixture
def actors_corpus(corpus: Store, make_article: MakeArticle) -> Store:
    """Quotes: Els de Vries 5 in 2 articles, Ahmed Bakker 3 in 3, Piet Jansen 1 in 1."""
    quotes = [(q, "zei", name, "els-de-vries", "direct") for q, name in (
        ("De dijk houdt het,", "Els de Vries"), ("We blijven meten,", "De Vries"),
        ("Het waterschap betaalt,", "De Vries"))]
    corpus.add_article(make_article(DE_VRIES_TEXT, quotes), actors=[*ACTORS, *EXTRA])
    for text in BAKKER_TEXTS:
        said = text[1:text.index('"', 1)]
        corpus.add_article(make_article(text, [(said, "zei", "Ahmed Bakker", "ahmed-bakker",
                                                "direct")]))
    return corpus


def _ids(result: object) -> list[str]:
    return [row.id for row in result.hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("sort", "expected"), [
    ("quotes", ["els-de-vries", "ahmed-bakker", "piet-jansen"]),
    ("articles", ["ahmed-bakker", "els-de-vries", "piet-jansen"]),
    ("name", ["ahmed-bakker", "els-de-vries", "piet-jansen"]),
])
def test_list_actors_sorts(actors_corpus: Store, sort: str, expected: list[str]) -> None:
    assert _ids(list_actors(actors_corpus, sort=sort)) == expected  # type: ignore[arg-type]


def test_list_actors_counts_and_roles(actors_corpus: Store) -> None:
    rows = {row.id: row for row in list_actors(actors_corpus).hits}
    assert (rows["els-de-vries"].quotes, rows["els-de-vries"].articles) == (5, 2)
    assert (rows["ahmed-bakker"].quotes, rows["ahmed-bakker"].articles) == (3, 3)
    assert rows["piet-jansen"].roles == ["premier"]


def test_list_actors_hides_unquoted_unless_asked(actors_corpus: Store) -> None:
    assert list_actors(actors_corpus).total == 3
    shown = list_actors(actors_corpus, unquoted=True, sort="name")
    assert _ids(shown) == ["ahmed-bakker", "els-de-vries", "oostland", "piet-jansen",
                           "waterschap-lemme"]
    assert shown.hits[-1].quotes == 0


@pytest.mark.parametrize(("filters", "expected"), [
    ({"type": "organisation"}, ["waterschap-lemme"]),
    ({"type": "other"}, ["oostland"]),
    ({"type": "person"}, ["ahmed-bakker", "els-de-vries", "piet-jansen"]),
    ({"role": "PREM"}, ["piet-jansen"]),
    ({"name": "vries"}, ["els-de-vries"]),
    ({"name": "Jansen", "role": "premier"}, ["piet-jansen"]),
    ({"name": "%"}, []),  # a wildcard in the name is a letter
])
def test_list_actors_filters(actors_corpus: Store, filters: dict[str, str],
                             expected: list[str]) -> None:
    result = list_actors(actors_corpus, sort="name", unquoted=True, **filters)  # type: ignore[arg-type]
    assert _ids(result) == expected
    assert result.total == len(expected)


def test_list_actors_pages(actors_corpus: Store) -> None:
    page = list_actors(actors_corpus, sort="name", limit=1, offset=1)
    assert (page.total, _ids(page)) == (3, ["els-de-vries"])


@pytest.mark.parametrize("options", [{"sort": "age"}, {"type": "robot"}, {"limit": -1}])
def test_list_actors_bad_option_raises(actors_corpus: Store, options: dict[str, object]) -> None:
    with pytest.raises(QueryError):
        list_actors(actors_corpus, **options)  # type: ignore[arg-type]
