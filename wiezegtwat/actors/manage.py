"""Actors in a store: list, show and correct them (the library behind ``wzw actors``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wiezegtwat.actors.corrections import apply_corrections
from wiezegtwat.actors.index import ActorIndex
from wiezegtwat.actors.names import name_key, split_role
from wiezegtwat.errors import InputError
from wiezegtwat.records import Actor, Role

from ..store.actors import actor_counts, rewrite_actors

if TYPE_CHECKING:
    from wiezegtwat.store import Store


@dataclass
class ActorSummary:
    """An actor with how often it is quoted."""

    id: str
    name: str
    type: str
    variants: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: int = 0
    articles: int = 0
    mentions: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``wzw actors list/show --json``."""
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "variants": self.variants,
            "roles": [{"title": r.title, "date": r.date, "article_id": r.article_id}
                      for r in self.roles],
            "quotes": self.quotes,
            "articles": self.articles,
            "mentions": self.mentions,
        }


def _summary(actor: Actor, counts: dict[str, tuple[int, int, int]]) -> ActorSummary:
    quotes, articles, mentions = counts.get(actor.id, (0, 0, 0))
    return ActorSummary(actor.id, actor.name, actor.type, list(actor.variants), list(actor.roles),
                        quotes, articles, mentions)


def list_actors(store: Store, *, limit: int = 50) -> list[ActorSummary]:
    """The stored actors, most quoted first."""
    counts = actor_counts(store)
    summaries = [_summary(a, counts) for a in store.load_actors()]
    summaries.sort(key=lambda s: (-s.quotes, -s.mentions, s.name))
    return summaries[:limit]


def find_actor(store: Store, ref: str) -> Actor:
    """The actor with this id, or the one whose name or spelling matches ``ref``."""
    actors = store.load_actors()
    for actor in actors:
        if actor.id == ref:
            return actor
    key = name_key(split_role(ref)[0] or ref)
    matches = [a for a in actors if any(name_key(v) == key for v in [a.name, *a.variants])]
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(a.id for a in matches)
        raise InputError(ref, f"names several actors ({ids})", hint="pass the actor id instead")
    raise InputError(ref, "no such actor", hint="list actors with `wzw actors list`")


def show_actor(store: Store, ref: str) -> ActorSummary:
    """One actor by id or name, with its spellings, roles and counts."""
    return _summary(find_actor(store, ref), actor_counts(store))


def correct(store: Store, op: str, args: dict[str, str]) -> list[Actor]:
    """Record a correction, apply it to the stored actors and write the result back.

    Quotes and mentions of a merged-away actor are moved to the kept one; quotes of a
    split-off spelling move to the new actor.
    """
    index = ActorIndex(store.load_actors())
    # Check the actors exist before recording anything.
    for key in ("a", "b", "actor"):
        if key in args:
            args[key] = find_actor(store, args[key]).id
    before = {a.id: list(a.variants) for a in index.actors()}
    if op not in ("merge", "split", "rename"):
        raise InputError(op, "unknown correction", hint="use merge, split or rename")
    if op == "split" and args.get("variant") not in before.get(args["actor"], []):
        raise InputError(args["variant"], "the actor has no such spelling",
                         hint="see its spellings with `wzw actors show ACTOR`")
    if op == "merge" and args["a"] == args["b"]:
        raise InputError(args["a"], "cannot merge an actor with itself", hint="pass two actors")
    apply_corrections(index, [(op, args)])
    store.record_correction(op, args)
    changed = index.changed()
    split = None
    if op == "split":
        new_actor = next(a for a in changed if a.id not in before)
        split = (args["actor"], new_actor.id, args["variant"])
    rewrite_actors(store, merged={old: index.follow(old) for old in index.removed()}, split=split,
                   spellings={a.id: [a.name, *a.variants] for a in changed})
    store.upsert_actors(changed)
    index.clear_changed()
    return changed
