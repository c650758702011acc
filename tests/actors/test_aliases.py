"""Alias tables: bundled, user files and shared place/party names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wiezegtwat.actors import ActorIndex, AliasTable
from wiezegtwat.errors import InputError

SHARED = Path(os.environ.get("WZW_SHARED", Path(__file__).resolve().parents[3] / "shared"))


def test_bundled_table_knows_abbreviations() -> None:
    table = AliasTable.bundled()
    entry = table.lookup("het IMF")
    assert entry is not None
    assert (entry.canonical, entry.type) == ("Internationaal Monetair Fonds",
                                             "organisation")
    assert table.lookup("Anna Visser") is None


def test_user_csv_overrides_bundled(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text("canonical,alias,type,note\nNoord-Atlantisch Bondgenootschap,NATO,organisation,\n")
    table = AliasTable.load(user_file=path, shared="")
    entry = table.lookup("NATO")
    assert entry is not None and entry.canonical == "Noord-Atlantisch Bondgenootschap"


def test_user_yaml_groups_aliases(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("- canonical: Anna Visser\n  type: person\n  aliases: [Ans Visser, A.M. Visser]\n")
    index = ActorIndex(aliases=AliasTable.load(user_file=path, shared="", bundled=False))
    assert index.resolve("Ans Visser").id == index.resolve("A.M. Visser").id
    assert index.resolve("Ans Visser").name == "Anna Visser"


def test_user_file_bad_type_raises(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("canonical,alias,type,note\nX,Y,planet,\n")
    with pytest.raises(InputError, match="planet"):
        AliasTable.load(user_file=path, shared="")


def test_shared_data_adds_places_and_parties() -> None:
    if not (SHARED / "data" / "countries-mledoze").exists():
        pytest.skip(f"shared data not at {SHARED}; set WZW_SHARED")
    table = AliasTable.load(shared=SHARED)
    germany = table.lookup("Germany")
    assert germany is not None and (germany.canonical, germany.type) == ("Duitsland", "place")
    party = table.lookup("Christen Democratisch Appèl")
    assert party is not None and party.type == "organisation"


def test_every_bundled_entry_names_what_admits_it_under_the_inclusion_rule() -> None:
    # The file's header states the inclusion rule; each canonical entry carries, in its
    # note, the office or kind by which the rule admits it, so the rule can be checked.
    import csv

    path = Path(__file__).resolve().parents[2] / "wiezegtwat" / "data" / "aliases_nl.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# Inclusion rule:") for line in lines)
    notes: dict[str, list[str]] = {}
    for row in csv.DictReader(line for line in lines if not line.startswith("#")):
        notes.setdefault(row["canonical"], []).append(row["note"].strip())
    unexplained = sorted(c for c, ns in notes.items() if not any(ns))
    assert unexplained == []


def test_no_bundled_person_row_is_one_the_name_key_already_makes() -> None:
    # The table keeps only what the actor stage cannot derive: a person's two spellings
    # that the name key (transliteration, diacritics, initials) already joins need no row.
    import csv

    path = Path(__file__).resolve().parents[2] / "wiezegtwat" / "data" / "aliases_nl.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [r for r in csv.DictReader(line for line in lines if not line.startswith("#")) if r["type"] == "person"]
    empty = AliasTable.load(shared="", bundled=False)
    redundant = []
    for row in rows:
        index = ActorIndex(aliases=empty)
        if index.resolve(row["canonical"]).id == index.resolve(row["alias"]).id:
            redundant.append(row["alias"])
    assert rows and redundant == []
