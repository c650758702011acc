"""One table of settings: every knob with its default, its environment variable and its help.

The CLI options, the server and the pipeline read their defaults from here, and
``docs/settings.md`` is generated from it (a test keeps the two equal), so a
setting is named, defaulted and explained in exactly one place.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str

    def value(self) -> Any:
        """The environment's value, converted to the default's type, else the default."""
        raw = os.environ.get(self.env)
        if raw is None or raw == "":
            return self.default
        if isinstance(self.default, bool):
            return raw.lower() in ("1", "true", "yes", "on")
        if isinstance(self.default, int):
            return int(raw)
        if isinstance(self.default, float):
            return float(raw)
        return raw


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "WZW_DB", "wzw.db", "The corpus database: a SQLite file, or a postgresql:// URL."),
    Setting("cache", "WZW_CACHE", None, "A folder that keeps the backend's analyses, so a rerun "
            "of the quote engine does not analyse the same text again."),
    Setting("backend", "WZW_BACKEND", None, "module:callable making the analysis backend "
            "(default: Frog), for plugins and stand-ins."),
    Setting("pipeline", "WZW_PIPELINE", None, "module:callable making the Pipeline that "
            "`wzw serve` uses for /analyse (default: one on the default backend)."),
    Setting("max_body", "WZW_MAX_BODY", 300_000, "The largest request body `wzw serve` "
            "accepts, in bytes (413 above)."),
    Setting("query_budget", "WZW_QUERY_BUDGET", 10.0, "Seconds of database work one request "
            "of `wzw serve` may use (503 above)."),
    Setting("max_searches", "WZW_MAX_SEARCHES", 4, "Searches one `wzw serve` worker runs at "
            "once; the others wait (503 when no slot frees up in time)."),
    Setting("response_cache", "WZW_RESPONSE_CACHE", 256, "Answers one `wzw serve` worker "
            "keeps, by ETag and URL, so a search that another client ran since the last write "
            "is answered without running again; 0 turns the cache off."),
    Setting("page_cache", "WZW_PAGE_CACHE", 0, "MiB of page cache each SQLite read "
            "connection of `wzw serve` keeps; 0 leaves SQLite's default (2). More makes the "
            "median search quicker but, under 50 clients, the slowest ones slower "
            "(docs/store.md); PostgreSQL has its own shared_buffers instead."),
    Setting("shared", "WZW_SHARED", None, "The folder with shared data read in place "
            "(country and party name lists, gold sets for evaluation)."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    return _BY_NAME[name]


def get(name: str) -> Any:
    """The current value of a setting (environment, else default)."""
    return _BY_NAME[name].value()


def markdown() -> str:
    """The settings as a Markdown table (``docs/settings.md``)."""
    lines = ["| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = "—" if s.default is None else f"`{s.default}`"
        lines.append(f"| {s.name} | `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines) + "\n"
