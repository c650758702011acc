"""Manual corrections of actors (merge, split, rename) that survive a rebuild of the index.

The store records each correction as ``(op, args)``; after a re-ingest
``apply_corrections`` replays them in order. The argument names are:

- ``("merge", {"a": kept_id, "b": merged_id})``
- ``("split", {"actor": actor_id, "variant": spelling})``
- ``("rename", {"actor": actor_id, "name": new_name})``
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from wiezegtwat.actors.index import ActorIndex
from wiezegtwat.errors import InputError
from wiezegtwat.records import Actor

OPS: tuple[str, ...] = ("merge", "split", "rename")


def _actor(index: ActorIndex, actor_id: str) -> Actor:
    actor = index.get(actor_id)
    if actor is None:
        raise InputError(actor_id, "no such actor", hint="list actors with `wzw actors list`")
    return actor


def merge(index: ActorIndex, a_id: str, b_id: str) -> Actor:
    """Fold actor ``b_id`` into ``a_id``; ``b_id`` and its spellings resolve to ``a_id`` from now on."""
    a = _actor(index, a_id)
    b = index.get(b_id)
    if b is not None and b.id != a.id:
        for variant in b.variants:
            if variant not in a.variants:
                a.variants.append(variant)
        for role in b.roles:
            if role not in a.roles:
                a.roles.append(role)
        a.affiliation = a.affiliation or b.affiliation
        a.country = a.country or b.country
        index.remove(b.id)
        index.redirect(b.id, a.id)
        for variant in b.variants:
            index.pin(variant, a.id, type=b.type)
        index.add(a)  # re-index a's keys and mark it changed
    elif b is None:
        # b is not (yet) in the index: remember the redirect for when it is re-created.
        index.redirect(b_id, a.id)
    return a


def split(index: ActorIndex, actor_id: str, variant: str, *, strict: bool = True) -> Actor:
    """Move one spelling out of an actor into a new actor of its own; return the new actor.

    strict: raise when the actor does not have this spelling (False when replaying).
    """
    actor = index.get(actor_id)
    if actor is None or variant not in actor.variants:
        if strict:
            raise InputError(
                f"{actor_id}/{variant}",
                "the actor has no such spelling",
                hint="see its spellings with `wzw actors show ACTOR`",
            )
        kind = actor.type if actor is not None else "person"
        new = index.get(index.follow(_pinned_id(index, variant, kind)))
        if new is None or (actor is not None and new.id == actor.id):
            new = index.create(variant, type=kind)
        index.pin(variant, new.id, type=kind)
        return new
    actor.variants.remove(variant)
    if actor.name == variant:
        if not actor.variants:
            raise InputError(actor_id, "cannot split off the only spelling", hint="use rename")
        actor.name = max(actor.variants, key=len)
    index.reindex()
    new = index.create(variant, type=actor.type)
    index.pin(variant, new.id, type=actor.type)
    index.add(actor)
    return new


def _pinned_id(index: ActorIndex, variant: str, kind: Any) -> str:
    from wiezegtwat.actors.index import actor_id_for

    return actor_id_for(variant, kind)


def rename(index: ActorIndex, actor_id: str, new_name: str) -> Actor:
    """Give an actor a new canonical name, kept from now on; the old name stays a spelling."""
    if not new_name.strip():
        raise InputError(actor_id, "the new name is empty", hint="pass the full name")
    actor = _actor(index, actor_id)
    actor.name = new_name.strip()
    if actor.name not in actor.variants:
        actor.variants.append(actor.name)
    index.lock_name(actor.id)
    index.pin(actor.name, actor.id, type=actor.type)
    index.add(actor)
    return actor


def apply_corrections(
    index: ActorIndex, corrections: Iterable[tuple[str, Mapping[str, Any]]]
) -> list[Actor]:
    """Replay recorded corrections in order; ones whose actors are gone are skipped quietly."""
    touched: list[Actor] = []
    for op, args in corrections:
        try:
            if op == "merge":
                touched.append(merge(index, str(args["a"]), str(args["b"])))
            elif op == "split":
                touched.append(split(index, str(args["actor"]), str(args["variant"]), strict=False))
            elif op == "rename":
                touched.append(rename(index, str(args["actor"]), str(args["name"])))
            else:
                raise InputError(op, "unknown correction", hint=f"use one of {', '.join(OPS)}")
        except KeyError as e:
            raise InputError(op, f"correction lacks the argument {e}", hint=__doc__ or "") from e
        except InputError:
            if op not in OPS:
                raise
            continue  # the actor it named no longer exists (e.g. its articles were removed)
    return touched
