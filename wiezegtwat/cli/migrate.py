"""`wzw migrate`: copy a corpus from one database into another (SQLite → PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..errors import StoreError
from ..store import Store
from ..store.copy import copy_store
from ..store.pg import is_url
from .corpus import _reports_errors


def migrate_command(
    source: Annotated[str, typer.Option("--from", help="The database to copy: a SQLite file "
                                        "(or a postgresql:// URL).")],
    target: Annotated[str, typer.Option("--to", help="The empty database to fill: a "
                                        "postgresql://user:password@host/dbname URL "
                                        "(or a new SQLite file).")],
) -> None:
    """Copy every article, quote, actor and correction into an empty database.

    Example: wzw migrate --from wzw.db --to postgresql://wzw@localhost/wzw
    """
    if not is_url(source) and not Path(source).is_file():
        raise StoreError(f"no database at {source}; pass the SQLite file to copy as --from")
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    with Store.open(source, readonly=True) as old, Store.open(target) as new:
        copied = copy_store(old, new)
    counts = ", ".join(f"{n} {table}" for table, n in copied.items() if n)
    console.print(f"copied {counts or 'nothing (the source is empty)'} from {old.path} "
                  f"to {new.path}")


def register(app: typer.Typer) -> None:
    """Add `wzw migrate` to the ``wzw`` app."""
    app.command("migrate")(_reports_errors(migrate_command))
