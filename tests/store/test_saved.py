"""Tests for saved searches (store/saved.py)."""

from __future__ import annotations

import pytest

from wiezegtwat.errors import QueryError
from wiezegtwat.store import Store
from wiezegtwat.store.saved import clean_query, delete_search, save_search, saved_searches


def test_save_list_and_delete_searches(store: Store) -> None:
    first = save_search(store, "  Jansen  over\nbruggen ", "?q=brug&about=Jansen")
    second = save_search(store, "Zwolle", "outlet=rtv-oost.nl&since=2024-04")
    assert (first.name, first.query) == ("Jansen over bruggen", "q=brug&about=Jansen")
    assert [s.id for s in saved_searches(store)] == [second.id, first.id]
    assert delete_search(store, first.id)
    assert not delete_search(store, first.id)
    assert saved_searches(store) == [second]


@pytest.mark.parametrize(("query", "cleaned"), [
    ("about=Jansen&q=brug", "q=brug&about=Jansen"),  # the search page's order
    ("q=&speaker=Vries&page=3&evil=1", "speaker=Vries"),  # no page, nothing unknown, no blanks
    ("q=%22staakt-het-vuren%22&type=direct&by=week", "q=%22staakt-het-vuren%22&type=direct&by=week"),
])
def test_clean_query_keeps_the_search_parameters(query: str, cleaned: str) -> None:
    assert clean_query(query) == cleaned


@pytest.mark.parametrize(("name", "query", "message"), [
    ("", "q=brug", "give the search a name"),
    ("x" * 201, "q=brug", "give the search a name of 1 to 200 characters"),
    ("lang", "q=" + "a" * 2001, "over the limit of 2,000"),
])
def test_save_search_refuses_bad_input(store: Store, name: str, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        save_search(store, name, query)
    assert saved_searches(store) == []
