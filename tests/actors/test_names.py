"""Name cleaning, surnames and transliteration-blind keys."""

from __future__ import annotations

import pytest

from wiezegtwat.actors.names import (
    clean_name,
    guess_type,
    is_description,
    name_key,
    split_role,
    surname,
    surname_key,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("premier Rutte", ("Rutte", "premier")),
        ("de Russische president Vladimir Poetin", ("Vladimir Poetin", "Russische president")),
        ("oud-minister Hugo de Jonge", ("Hugo de Jonge", "oud-minister")),
        ("minister van Buitenlandse Zaken Anna Visser", ("Anna Visser", "minister van Buitenlandse Zaken")),
        ("prof. dr. Els Bakker", ("Els Bakker", None)),
        ("Kees Mulder, de burgemeester van Dokkum", ("Kees Mulder", "burgemeester van Dokkum")),
        ("Jaap de Wit van het KNMI", ("Jaap de Wit", None)),
        ("VVD-leider Sanne Smit", ("Sanne Smit", "VVD-leider")),
        ("een woordvoerder van de politie", ("", "woordvoerder van de politie")),
        ("woordvoerder van Rutte", ("", "woordvoerder van Rutte")),
        ("het Kremlin", ("Kremlin", None)),
        ("de NAVO", ("NAVO", None)),
        ("burgemeester van der Laan", ("van der Laan", "burgemeester")),
    ],
)
def test_split_role_separates_name_and_role(text: str, expected: tuple[str, str | None]) -> None:
    assert split_role(text) == expected


def test_clean_name_keeps_particle_surname() -> None:
    assert clean_name("De Jonge") == "De Jonge"
    assert clean_name("Jan Smit jr.") == "Jan Smit jr."


@pytest.mark.parametrize(
    ("name", "expected_surname", "expected_key"),
    [
        ("Hugo de Jonge", "de Jonge", "jonge"),
        ("Ursula von der Leyen", "von der Leyen", "leien"),
        ("Pieter ter Horst", "ter Horst", "horst"),
        ("Recep Tayyip Erdogan", "Erdogan", "erdogan"),
        ("Gerard van het Reve", "van het Reve", "reve"),
    ],
)
def test_surname_handles_particles(name: str, expected_surname: str, expected_key: str) -> None:
    assert surname(name) == expected_surname
    assert surname_key(name) == expected_key


@pytest.mark.parametrize(
    "spellings",
    [
        ("Poetin", "Putin"),
        ("Zelensky", "Zelenski", "Zelenskyj", "Selenskyj", "Zelenskiy", "Zelenskyy"),
        ("Koeleba", "Kuleba"),
        ("Volodymyr", "Volodimir", "Wolodymyr"),
        ("Dmitro", "Dmytro"),
        ("Sergej", "Sergei", "Sergey"),
        ("Lavrov", "Lawrow"),
        ("Navalny", "Navalnyj", "Nawalny"),
        ("Chroesjtsjov", "Khrushchev", "Chruschtschow"),
        ("Gorbatsjov", "Gorbachev", "Gorbatschow"),
        ("Sjojgoe", "Shoigu"),
        ("Janoekovytsj", "Yanukovych"),
        ("Erdoğan", "Erdogan"),
    ],
)
def test_name_key_is_blind_to_romanisation(spellings: tuple[str, ...]) -> None:
    assert len({name_key(s) for s in spellings}) == 1


def test_name_key_keeps_different_names_apart() -> None:
    assert name_key("Hugo de Jonge") != name_key("Mirjam de Jonge")
    assert name_key("Jan Smit") != name_key("Jan Smit jr.")
    assert name_key("Poetin") == "putin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een woordvoerder van de politie", True),
        ("Franse media", True),
        ("de politie", True),
        ("Veel boeren", True),
        ("Anna Visser en Piet de Boer", True),
        ("PVV en SP", True),
        ("Ministerie van Justitie en Veiligheid", False),
        ("Anna Visser", False),
        ("het Kremlin", False),
    ],
)
def test_is_description_finds_unnamed_speakers(text: str, expected: bool) -> None:
    assert is_description(text) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("RIVM", "organisation"), ("het Kremlin", "organisation"),
     ("Gemeente Zwolle", "organisation"), ("Anna Visser", "person")],
)
def test_guess_type_recognises_organisations(name: str, expected: str) -> None:
    assert guess_type(name) == expected


def test_a_plural_role_noun_alone_is_a_description() -> None:
    from wiezegtwat.actors.names import is_description

    assert is_description("AI-experts") and is_description("Experts")
    assert not is_description("Peters")


def test_a_group_compound_alone_is_a_description() -> None:
    from wiezegtwat.actors.names import is_description

    assert is_description("Dijkbouw-personeel") and not is_description("Dijkbouw")
