"""docs/store.md documents every table and every corpus command option."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from wiezegtwat.cli.corpus import register
from wiezegtwat.store import Store, migrations

DOCS = Path(__file__).resolve().parents[2] / "docs" / "store.md"


@pytest.fixture(scope="module")
def docs() -> str:
    return DOCS.read_text(encoding="utf-8")


def test_docs_name_every_table(docs: str) -> None:
    with Store.open(":memory:") as store:
        tables = [
            name
            for name in store.db.table_names()
            # FTS5 shadow tables (articles_fts_data, ...) are SQLite internals.
            if not any(name.endswith(s) for s in ("_data", "_idx", "_docsize", "_config"))
        ]
    assert [t for t in tables if f"`{t}`" not in docs] == []


def test_docs_list_every_migration(docs: str) -> None:
    assert [
        m.number for m in migrations.MIGRATIONS if f"| {m.number} | {m.name} |" not in docs
    ] == []


def test_docs_mention_every_command_option(docs: str) -> None:
    app = typer.Typer()
    register(app)
    # Typer ships its own copy of click, so inspect by attribute rather than class.
    group = typer.main.get_command(app)
    missing = [
        f"{name} {opt}"
        for name, command in getattr(group, "commands", {}).items()
        for param in command.params
        if param.param_type_name == "option"
        for opt in param.opts
        if opt not in docs and opt != "--output"
    ]
    assert sorted(getattr(group, "commands", {})) == [
        "export", "search", "show", "speakers", "timeline"]
    assert missing == []


def test_docs_describe_postgresql_and_migrate(docs: str) -> None:
    from wiezegtwat.cli import migrate

    app = typer.Typer()
    migrate.register(app)
    app.command("unused")(lambda: None)  # two commands: typer then keeps the group
    group = typer.main.get_command(app)
    options = [opt for param in getattr(group, "commands", {})["migrate"].params
               for opt in param.opts]
    assert sorted(options) == ["--from", "--to"]
    assert [o for o in options if f"wzw migrate {o}" not in docs and o not in docs] == []
    assert "## PostgreSQL" in docs and "## When to switch" in docs
