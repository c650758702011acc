"""Actors: one identity per person or organisation across articles and spellings."""

from __future__ import annotations

from wiezegtwat.actors.aliases import AliasEntry, AliasTable
from wiezegtwat.actors.corrections import apply_corrections, merge, rename, split
from wiezegtwat.actors.index import ActorIndex
from wiezegtwat.actors.link import link_article
from wiezegtwat.actors.names import clean_name, name_key, split_role, surname

__all__ = [
    "ActorIndex",
    "AliasEntry",
    "AliasTable",
    "apply_corrections",
    "clean_name",
    "link_article",
    "merge",
    "name_key",
    "rename",
    "split",
    "split_role",
    "surname",
]
