"""Resolving names to actors: spellings merge, namesakes stay apart."""

from __future__ import annotations

from wiezegtwat.actors import ActorIndex, AliasTable
from wiezegtwat.actors.index import actor_id_for
from wiezegtwat.records import Actor


def _ids(index: ActorIndex, names: list[str], **kw: str) -> set[str]:
    return {index.resolve(n, **kw).id for n in names}  # type: ignore[arg-type]


def test_resolve_merges_poetin_spellings() -> None:
    index = ActorIndex()
    assert len(_ids(index, ["Vladimir Poetin", "Poetin", "Putin", "Wladimir Putin"])) == 1
    assert index.actors()[0].name == "Vladimir Poetin"
    assert index.actors()[0].variants == ["Vladimir Poetin", "Poetin", "Putin", "Wladimir Putin"]


def test_resolve_merges_surname_first_then_full_name() -> None:
    index = ActorIndex()
    first = index.resolve("Poetin")
    full = index.resolve("Vladimir Poetin")
    assert first.id == full.id
    assert full.name == "Vladimir Poetin"


def test_resolve_merges_zelensky_spellings() -> None:
    index = ActorIndex()
    names = ["Volodymyr Zelensky", "Volodimir Zelenski", "Zelenskyj", "Wolodymyr Selenskyj",
             "Zelensky"]
    assert len(_ids(index, names)) == 1


def test_resolve_merges_koeleba_and_dmitro() -> None:
    index = ActorIndex()
    assert len(_ids(index, ["Dmitro Koeleba", "Dmytro Kuleba", "Koeleba", "Kuleba"])) == 1


def test_resolve_records_role_from_text() -> None:
    index = ActorIndex()
    actor = index.resolve("premier Rutte", article_id="art-1", date="2023-05-01")
    same = index.resolve("Mark Rutte", article_id="art-2")
    assert same.id == actor.id
    assert actor.name == "Mark Rutte"
    assert [(r.title, r.date, r.article_id) for r in actor.roles] == [
        ("premier", "2023-05-01", "art-1")
    ]


def test_resolve_keeps_two_de_jonges_apart() -> None:
    index = ActorIndex()
    hugo = index.resolve("Hugo de Jonge", role="minister", article_id="a1")
    mirjam = index.resolve("Mirjam de Jonge", role="wethouder", article_id="a2")
    assert hugo.id != mirjam.id
    # A bare surname goes to the namesake of this article, or the one with this role.
    assert index.resolve("De Jonge", article_id="a2").id == mirjam.id
    assert index.resolve("De Jonge", role="minister").id == hugo.id
    assert index.resolve("H. de Jonge").id == hugo.id


def test_resolve_keeps_father_and_son_apart() -> None:
    index = ActorIndex()
    father = index.resolve("Jan Smit")
    son = index.resolve("Jan Smit jr.")
    assert father.id != son.id
    assert index.resolve("Jan Smit jr").id == son.id
    assert index.resolve("Jan Smit").id == father.id


def test_resolve_unique_surname_matches_full_name() -> None:
    index = ActorIndex()
    full = index.resolve("Fleur Hoogendoorn")
    assert index.resolve("Hoogendoorn").id == full.id


def test_resolve_tolerates_typo_in_surname() -> None:
    index = ActorIndex()
    full = index.resolve("Dennis Terpstra")
    assert index.resolve("Dennis Terpsta").id == full.id
    assert index.resolve("Dennis Terp").id != full.id


def test_resolve_first_name_hint_picks_namesake() -> None:
    index = ActorIndex()
    hugo = index.resolve("Hugo de Jonge")
    index.resolve("Mirjam de Jonge")
    assert index.resolve("De Jonge", first_name_hint="Hugo").id == hugo.id


def test_resolve_merges_organisation_abbreviation() -> None:
    index = ActorIndex()
    un = index.resolve("de Verenigde Naties", type="organisation")
    assert index.resolve("VN", type="organisation").id == un.id
    assert index.resolve("het Kremlin", type="organisation").id == index.resolve(
        "Kremlin", type="organisation"
    ).id


def test_resolve_merges_navo_nato_with_aliases() -> None:
    index = ActorIndex(aliases=AliasTable.bundled())
    navo = index.resolve("NAVO", type="organisation")
    assert index.resolve("NATO", type="organisation").id == navo.id
    assert index.resolve("Noord-Atlantische Verdragsorganisatie").id == navo.id
    assert navo.type == "organisation"
    assert navo.name == "NAVO"


def test_resolve_without_aliases_keeps_navo_and_nato_apart() -> None:
    index = ActorIndex()
    assert index.resolve("NAVO", type="organisation").id != index.resolve(
        "NATO", type="organisation"
    ).id


def test_resolve_ids_are_stable() -> None:
    actor = ActorIndex().resolve("Vladimir Poetin")
    assert actor.id == actor_id_for("Vladimir Poetin", "person")
    assert actor.id == ActorIndex().resolve("Vladimir Poetin").id
    assert actor.id.startswith("a-") and len(actor.id) == 12


def test_index_from_stored_actors_resolves_to_them() -> None:
    stored = Actor(id="a-stored0001", name="Anna Visser", variants=["Anna Visser", "Visser"])
    index = ActorIndex([stored])
    assert index.changed() == []
    assert index.resolve("Visser").id == "a-stored0001"
    assert index.resolve("A. Visser").id == "a-stored0001"
    assert [a.id for a in index.changed()] == ["a-stored0001"]
    index.clear_changed()
    assert index.changed() == []


def test_an_organisation_keeps_the_preposition_of_its_name() -> None:
    # "voor" after a person's name opens a complement ("Jansen voor de bond"); inside
    # an organisation's name it is part of it.
    index = ActorIndex()
    assert index.resolve("Forum voor Dijkbeheer", type="organisation").name == "Forum voor Dijkbeheer"
    assert index.resolve("Jansen voor de bond").name == "Jansen"
