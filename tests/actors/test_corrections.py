"""Manual corrections and their replay after rebuilding the index."""

from __future__ import annotations

import copy

import pytest

from wiezegtwat.actors import ActorIndex, apply_corrections, merge, rename, split
from wiezegtwat.errors import InputError


def test_merge_redirects_future_resolves() -> None:
    index = ActorIndex()
    a = index.resolve("Anna Visser")
    b = index.resolve("Annie Fisser")
    assert a.id != b.id
    merged = merge(index, a.id, b.id)
    assert merged.variants == ["Anna Visser", "Annie Fisser"]
    assert index.resolve("Annie Fisser").id == a.id
    assert index.get(b.id) is merged
    assert index.removed() == [b.id]
    assert [x.id for x in index.actors()] == [a.id]


def test_split_moves_variant_to_new_actor() -> None:
    index = ActorIndex()
    father = index.resolve("Jan Smit")
    index.resolve("Smit")  # wrongly lands on the father
    son = split(index, father.id, "Smit")
    assert father.variants == ["Jan Smit"]
    assert son.id != father.id and son.name == "Smit"
    assert index.resolve("Smit").id == son.id


def test_split_unknown_variant_raises() -> None:
    index = ActorIndex()
    actor = index.resolve("Jan Smit")
    with pytest.raises(InputError, match="no such spelling"):
        split(index, actor.id, "Piet Smit")


def test_rename_keeps_name() -> None:
    index = ActorIndex()
    actor = index.resolve("Visser")
    rename(index, actor.id, "Anna Visser-de Boer")
    index.resolve("Anna Visser")
    assert actor.name == "Anna Visser-de Boer"
    assert index.resolve("Anna Visser-de Boer").id == actor.id


def test_corrections_survive_rebuild() -> None:
    index = ActorIndex()
    a = index.resolve("Anna Visser")
    b = index.resolve("Annie Fisser")
    father = index.resolve("Jan Smit")
    index.resolve("Smit")
    corrections = [
        ("merge", {"a": a.id, "b": b.id}),
        ("split", {"actor": father.id, "variant": "Smit"}),
        ("rename", {"actor": a.id, "name": "Anna Visser (wethouder)"}),
    ]
    apply_corrections(index, corrections)
    stored = copy.deepcopy(index.actors())

    # Re-ingest: a fresh index from the stored actors sees the same spellings again.
    rebuilt = ActorIndex(stored)
    apply_corrections(rebuilt, corrections)
    assert rebuilt.resolve("Annie Fisser").id == a.id
    assert rebuilt.resolve("Smit").id != father.id
    assert rebuilt.get(a.id) is not None and rebuilt.get(a.id).name == "Anna Visser (wethouder)"

    # Re-ingest from nothing: ids are stable, so the corrections still apply.
    fresh = ActorIndex()
    fresh.resolve("Anna Visser")
    fresh.resolve("Jan Smit")
    apply_corrections(fresh, corrections)
    assert fresh.resolve("Annie Fisser").id == a.id
    assert fresh.resolve("Smit").id != father.id
    assert fresh.resolve("Jan Smit").id == father.id


def test_apply_corrections_rejects_unknown_op() -> None:
    with pytest.raises(InputError, match="unknown correction"):
        apply_corrections(ActorIndex(), [("explode", {})])
