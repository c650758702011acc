"""English speaker strings: titles, roles, descriptions and organisations.

All names are invented; public figures only where the transliteration rule needs one.
"""

from __future__ import annotations

import pytest

from wiezegtwat.actors import ActorIndex
from wiezegtwat.actors.names import guess_type, is_description, name_key, split_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MP Ruth Adebayo", ("Ruth Adebayo", "MP")),
        ("Labour MP Ruth Adebayo", ("Ruth Adebayo", "Labour MP")),
        ("Sen. Maria Lopez", ("Maria Lopez", None)),
        ("Gov. Jane Doe", ("Jane Doe", None)),
        ("Mr. John Smith Jr.", ("John Smith Jr.", None)),
        ("President Vladimir Putin", ("Vladimir Putin", "president")),
        ("Secretary of State John Harlow", ("John Harlow", "secretary of State")),
        ("Minister for Health Jane Doe", ("Jane Doe", "minister for Health")),
        ("U.S. Secretary of Defense Tom Blake", ("Tom Blake", "U.S. secretary of Defense")),
        ("Former President Ana Reyes", ("Ana Reyes", "former president")),
        ("Deputy Prime Minister Tom Ward", ("Tom Ward", "deputy prime minister")),
        ("Foreign Minister Olga Petrova", ("Olga Petrova", "foreign minister")),
        ("Harbour Authority spokesman Tom Ward", ("Tom Ward", "Harbour Authority spokesman")),
        ("Housing Minister Eleanor Platt", ("Eleanor Platt", "Housing minister")),
        ("Homeland Security Secretary Tom Ward", ("Tom Ward", "Homeland Security secretary")),
        ("Kay Moss, the mayor of Leeds", ("Kay Moss", "mayor of Leeds")),
        ("Jane Smith of the Harbour Authority", ("Jane Smith", None)),
        ("Jane Smith from Leeds", ("Jane Smith", None)),
        ("the Harbour Authority", ("Harbour Authority", None)),
        ("A spokesman for the hospital", ("", "spokesman for the hospital")),
        ("the finance committee", ("", "finance committee")),
    ],
)
def test_split_role_reads_english_titles_and_roles(text: str, expected: tuple[str, str | None]) -> None:
    assert split_role(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the finance committee", True),
        ("A spokesman for the hospital", True),
        ("Residents", True),
        ("one resident", True),
        ("a senior official", True),
        ("his spokesman", True),
        ("Russian officials", True),
        ("the Russian president", True),
        ("An American", True),
        ("An MP", True),
        ("Smith and Jones", True),
        ("MP Ruth Adebayo", False),
        ("Sen. Maria Lopez", False),
        ("the Harbour Authority", False),
        # "police" is a group ("the police") and heads the name of a force.
        ("the police", True),
        ("Eastmoor Police", False),
    ],
)
def test_is_description_knows_english_descriptions(text: str, expected: bool) -> None:
    assert is_description(text) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("the Harbour Authority", "organisation"),
        ("the city council", "organisation"),
        ("MP Ruth Adebayo", "person"),
        ("Secretary of State John Harlow", "person"),
        ("Dr. Kay Moss, a virologist at the hospital", "person"),
        # English writes compounds apart: a surname ending in an organisation word
        # ("-court", "-house") is no organisation.
        ("Sarah Harcourt", "person"),
        ("Tom Moorhouse", "person"),
    ],
)
def test_guess_type_reads_english_names(name: str, expected: str) -> None:
    assert guess_type(name) == expected


def test_name_key_is_one_across_languages() -> None:
    assert name_key("Vladimir Poetin") == name_key("Vladimir Putin")


def test_index_keeps_one_actor_across_languages() -> None:
    index = ActorIndex()
    english = index.resolve("President Vladimir Putin", article_id="en-1")
    dutch = index.resolve("de Russische president Vladimir Poetin", article_id="nl-1")
    assert dutch.id == english.id
    assert [r.title for r in english.roles] == ["president", "Russische president"]
    harbour = index.resolve("the Harbour Authority", type="organisation")
    assert index.resolve("Harbour Authority", type="organisation").id == harbour.id


def test_index_stores_english_roles_without_their_article() -> None:
    index = ActorIndex()
    actor = index.resolve("Ruth Adebayo", role="the spokesman", article_id="en-1")
    assert [r.title for r in actor.roles] == ["spokesman"]
