"""The merged name and date data of all languages, and the conflicts the union makes."""

from __future__ import annotations

from dataclasses import fields
from importlib import import_module

import pytest

from wiezegtwat.actors.names import is_description, split_role
from wiezegtwat.lang import CODES
from wiezegtwat.lang.merged import DateWords, NameData, date_words, name_data

LANGUAGES = ["nl", "en"]
# Fields that come from lang/translit.py or the call, not from a names module.
NOT_LISTED = {"codes", "translit_rules", "markers"}


def test_codes_are_every_language() -> None:
    assert list(CODES) == LANGUAGES


@pytest.mark.parametrize("code", LANGUAGES)
def test_names_module_fills_every_field(code: str) -> None:
    module = import_module(f"wiezegtwat.lang.{code}.names")
    for f in fields(NameData):
        if f.name not in NOT_LISTED:
            assert hasattr(module, f.name.upper()), f"{code}/names.py lacks {f.name.upper()}"


def test_name_data_is_the_union_of_the_languages() -> None:
    merged, dutch, english = name_data(), name_data(("nl",)), name_data(("en",))
    assert merged.codes == ("nl", "en")
    assert merged.articles == dutch.articles | english.articles
    assert "het" in merged.opening_articles and "the" in merged.opening_articles
    assert "the" not in dutch.articles
    assert set(merged.portfolios) == set(dutch.portfolios) | set(english.portfolios)
    assert dict(merged.generation_suffixes) == {**english.generation_suffixes,
                                                **dutch.generation_suffixes}
    assert merged.translit_rules == dutch.translit_rules  # language-neutral
    assert name_data() is merged  # obtained once


def test_date_words_are_the_union_of_the_languages() -> None:
    words: DateWords = date_words()
    assert words.months["maart"] == words.months["march"] == words.months["mrt"] == 3
    assert words.months["mei"] == words.months["may"] == 5
    assert sorted(set(words.months.values())) == list(range(1, 13))
    for code in LANGUAGES:
        months = import_module(f"wiezegtwat.lang.{code}.words").MONTHS
        assert sorted(set(months.values())) == list(range(1, 13)), code


def test_merging_refuses_a_type_it_cannot_join() -> None:
    from wiezegtwat.lang.merged import _union

    with pytest.raises(TypeError, match="cannot merge a str"):
        _union(["a", "b"])


# -- Conflicts the union makes, each settled by a rule in actors/names.py -------


def test_an_article_of_one_language_is_no_particle_of_another() -> None:
    # The particle check runs before the article check in names.py, so a word that is
    # an article in one language and a particle in another would lose its article
    # reading everywhere. Only "de" is both, and it is both in Dutch already.
    for code in LANGUAGES:
        own = name_data((code,))
        for other in LANGUAGES:
            if other == code:
                continue
            particles = {p for p in name_data((other,)).particles if " " not in p}
            own_particles = {p for p in own.particles if " " not in p}
            assert own.articles & particles <= own_particles, (code, other)


def test_article_given_names_are_articles_of_another_language() -> None:
    for code in LANGUAGES:
        names = name_data((code,)).article_given_names
        others = frozenset().union(*(name_data((c,)).articles for c in LANGUAGES if c != code))
        assert names <= others, code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "an" is the English article and the Flemish given name.
        ("An Peeters", ("An Peeters", None)),
        ("An official", ("", "official")),
        # English "-an"/"-i" nationality endings are also Dutch given names: before a
        # particle or a preposition the word is a name ("Russian officials" is not).
        ("Jan van Dijk", ("Jan van Dijk", None)),
        ("Stefan uit Zwolle", ("Stefan", None)),
        ("Mehdi de Wit", ("Mehdi de Wit", None)),
        ("Russian officials", ("", "Russian officials")),
        # English "of" is the Dutch "or": an affiliation only after a full name.
        ("Kramer of Verbeek", ("Kramer of Verbeek", None)),
        ("Jane Doe of Leeds", ("Jane Doe", None)),
        # Dutch strings keep their reading under the merged lists.
        ("minister van Buitenlandse Zaken Anna Visser", ("Anna Visser", "minister van Buitenlandse Zaken")),
        ("het Kremlin", ("Kremlin", None)),
    ],
)
def test_split_role_settles_conflicts_by_rule(text: str, expected: tuple[str, str | None]) -> None:
    assert split_role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("An Peeters", False), ("An American", True), ("An MP", True), ("een Amsterdammer", True)],
)
def test_is_description_reads_an_as_article_or_given_name(text: str, expected: bool) -> None:
    assert is_description(text) is expected
