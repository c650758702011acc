"""``wzw actors``: list, show and correct the actors in a corpus database."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from ..actors.manage import ActorSummary, correct, list_actors, show_actor
from ..errors import WzwError

if TYPE_CHECKING:
    from ..store import Store

from .options import DEFAULT_DB, DbOption  # noqa: E402


def _print_summary(summary: ActorSummary) -> None:
    from .app import out

    out.print(f"{summary.name}  ({summary.id}, {summary.type})", markup=False)
    out.print(f"quotes: {summary.quotes} in {summary.articles} articles; "
              f"mentions: {summary.mentions}", markup=False)
    out.print("spellings: " + "; ".join(summary.variants), markup=False)
    for role in summary.roles:
        where = ", ".join(x for x in (role.date, role.article_id) if x)
        out.print(f"role: {role.title}" + (f" ({where})" if where else ""), markup=False)


def register(app: typer.Typer) -> None:
    """Add the ``actors`` command group to ``app``."""
    actors = typer.Typer(help="List, show and correct actors (people and organisations).",
                         no_args_is_help=True)
    app.add_typer(actors, name="actors")

    from .app import fail, out

    def _open(db: str, *, readonly: bool) -> Store:
        from ..store import Store

        return Store.open(db, readonly=readonly)

    @actors.command("list")
    def list_(
        db: DbOption = DEFAULT_DB,
        as_json: Annotated[bool, typer.Option("--json", help="One JSON line per actor.")] = False,
        limit: Annotated[int, typer.Option(help="How many actors, most quoted first.")] = 50,
    ) -> None:
        """List actors, most quoted first.

        Example: wzw actors list --db wzw.db --limit 20
        """
        try:
            with _open(db, readonly=True) as store:
                summaries = list_actors(store, limit=limit)
        except WzwError as e:
            fail(e)
            return
        if as_json:
            for s in summaries:
                out.print(json.dumps(s.to_dict(), ensure_ascii=False), markup=False,
                          highlight=False, soft_wrap=True)
            return
        table = Table("id", "name", "type", "quotes", "articles", "spellings")
        for s in summaries:
            table.add_row(s.id, s.name, s.type, str(s.quotes), str(s.articles),
                          str(len(s.variants)))
        out.print(table)

    @actors.command("show")
    def show(
        actor: Annotated[str, typer.Argument(help="Actor id or name.")],
        db: DbOption = DEFAULT_DB,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    ) -> None:
        """Show one actor: name, spellings, roles and counts.

        Example: wzw actors show "Anouk Verbeek" --db wzw.db
        """
        try:
            with _open(db, readonly=True) as store:
                summary = show_actor(store, actor)
        except WzwError as e:
            fail(e)
            return
        if as_json:
            out.print(json.dumps(summary.to_dict(), ensure_ascii=False), markup=False,
                      highlight=False, soft_wrap=True)
        else:
            _print_summary(summary)

    def _correct(db: str, op: str, args: dict[str, str]) -> None:
        try:
            with _open(db, readonly=False) as store:
                changed = correct(store, op, args)
        except WzwError as e:
            fail(e)
            return
        for actor in changed:
            out.print(f"{op}: {actor.name} ({actor.id})", markup=False)

    @actors.command("merge")
    def merge_(
        a: Annotated[str, typer.Argument(help="The actor to keep (id or name).")],
        b: Annotated[str, typer.Argument(help="The actor to fold into A (id or name).")],
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Merge actor B into actor A; recorded, and re-applied after every re-ingest.

        Example: wzw actors merge a-5c977b7b45 a-0d1e2f3a4b --db wzw.db
        """
        _correct(db, "merge", {"a": a, "b": b})

    @actors.command("split")
    def split_(
        actor: Annotated[str, typer.Argument(help="Actor id or name.")],
        variant: Annotated[str, typer.Argument(help="The spelling to move to a new actor.")],
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Move one spelling of an actor into a new actor of its own.

        Example: wzw actors split a-693baf6e30 "Joris Kramer jr." --db wzw.db
        """
        _correct(db, "split", {"actor": actor, "variant": variant})

    @actors.command("rename")
    def rename_(
        actor: Annotated[str, typer.Argument(help="Actor id or name.")],
        name: Annotated[str, typer.Argument(help="The new canonical name.")],
        db: DbOption = DEFAULT_DB,
    ) -> None:
        """Give an actor a new canonical name.

        Example: wzw actors rename a-8afa83b77e "Anouk Verbeek" --db wzw.db
        """
        _correct(db, "rename", {"actor": actor, "name": name})
