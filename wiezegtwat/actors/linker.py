"""The actors stage of a run: one cross-article index, every analysed article linked to it.

Linking is not part of ``Pipeline.analyse_article`` on purpose: the analysis runs
in parallel (worker processes, Dask workers), while an actor index must see the
articles one after another, so that two articles naming the same person get the
same actor. Every runner therefore hands its analysed articles to one
``ActorLinker`` in the writing process: the local loop, the Dask Parquet writer
and the API's single-article ingest all use this class.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from wiezegtwat.actors.aliases import AliasTable
from wiezegtwat.actors.corrections import apply_corrections
from wiezegtwat.actors.index import ActorIndex
from wiezegtwat.actors.link import link_article
from wiezegtwat.records import Actor, Article


class ActorLinker:
    """Links articles to one actor index; returns the actors each article changed."""

    def __init__(self, known: Iterable[Actor] = (), *,
                 corrections: Iterable[tuple[str, Any]] = (),
                 aliases: str | Path | None = None) -> None:
        self.index = ActorIndex(known, aliases=AliasTable.load(user_file=aliases))
        # A user's merges and splits stay applied to actors created from now on.
        apply_corrections(self.index, list(corrections))
        self.index.clear_changed()

    @classmethod
    def for_store(cls, store: Any, *, aliases: str | Path | None = None) -> ActorLinker:
        """A linker over the actors and corrections already in ``store``."""
        return cls(store.load_actors(), aliases=aliases,
                   corrections=[(c.op, c.args) for c in store.corrections()])

    def link(self, article: Article) -> list[Actor]:
        """Set ``actor_id`` on the article's speakers and mentions; the actors it changed."""
        try:
            return list(link_article(article, self.index))
        finally:
            self.index.clear_changed()

    def names(self, articles: Iterable[Article]) -> dict[str, str]:
        """Actor id → display name for the speakers of ``articles`` (for flat exports)."""
        names: dict[str, str] = {}
        for article in articles:
            for quote in article.quotes:
                actor_id = quote.speaker.actor_id if quote.speaker else None
                actor = self.index.get(actor_id) if actor_id else None
                if actor_id and actor is not None:
                    names[actor_id] = actor.name
        return names
