"""The SQLite corpus store: schema, migrations, queries, exports and near-duplicates."""

from __future__ import annotations

from .actors import ActorList, ActorRow, TargetLink, list_actors, talked_about_by, talks_about
from .db import Correction, Store
from .dedup import assign_dup_groups
from .export import export
from .network import ArticleFilters, build_network
from .queries import (
    ActorEdge,
    ArticleHit,
    ArticleResult,
    CoQuoted,
    QuoteFilters,
    QuoteHit,
    SearchResult,
    SpeakerStat,
    TimelinePoint,
    actor_network,
    actor_timeline,
    co_quoted,
    list_articles,
    quote_timeline,
    search_quotes,
    speakers,
    speaks_about_network,
)

__all__ = [
    "ActorEdge",
    "ActorList",
    "ActorRow",
    "ArticleFilters",
    "ArticleHit",
    "ArticleResult",
    "CoQuoted",
    "Correction",
    "QuoteFilters",
    "QuoteHit",
    "SearchResult",
    "SpeakerStat",
    "Store",
    "TargetLink",
    "TimelinePoint",
    "actor_network",
    "speaks_about_network",
    "actor_timeline",
    "assign_dup_groups",
    "build_network",
    "co_quoted",
    "export",
    "list_actors",
    "list_articles",
    "quote_timeline",
    "search_quotes",
    "speakers",
    "talked_about_by",
    "talks_about",
]
