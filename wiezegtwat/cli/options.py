"""Options that several commands share, defined once (defaults from the settings table)."""

from __future__ import annotations

from typing import Annotated

import typer

from ..settings import setting

_DB = setting("db")
# The corpus database: `--db FILE`, else $WZW_DB, else the settings table's default.
DbOption = Annotated[
    str, typer.Option("--db", envvar=_DB.env, help=f"{_DB.help} (env: {_DB.env}).")
]
DEFAULT_DB: str = _DB.default
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
