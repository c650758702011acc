"""``wzw xmi``: the annotation round trip with INCEpTION (export, import, gold)."""

from __future__ import annotations

import getpass
import sys
from collections import Counter
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from ..errors import StoreError, WzwError
from .options import DEFAULT_DB, DbOption

if TYPE_CHECKING:
    from ..store import Store
    from ..store.xmi import FileResult

ArticleOption = Annotated[
    list[str] | None,
    typer.Option("--article", help="An article id or external id (repeat for several)."),
]


def _article_ids(store: Store, articles: list[str] | None, every: bool) -> list[str]:
    """The ids asked for: each --article (id or external id), or every stored article."""
    if every:
        return [row[0] for row in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
    if not articles:
        raise StoreError("say which articles: --article ID (repeatable) or --all")
    ids = []
    for ref in articles:
        article = store.get_article(ref) or store.article_by_external_id(ref)
        if article is None:
            raise StoreError(f"no article {ref!r} in {store.path}; find ids with `wzw search`")
        ids.append(article.id)
    return ids


def _default_annotator() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return None


def _summary(result: FileResult) -> str:
    ops = Counter(c.op for c in result.corrections)
    what = ", ".join(f"{n} {op}" for op, n in sorted(ops.items())) or "no changes"
    return f"{result.name}: article {result.article_id}: {what}"


def register(app: typer.Typer) -> None:
    """Add the ``xmi`` command group to ``app``."""
    xmi = typer.Typer(help="Annotation round trip with INCEpTION (UIMA CAS XMI).",
                      no_args_is_help=True)
    app.add_typer(xmi, name="xmi")

    from .app import err, fail, out

    @xmi.command("export")
    def export_(
        output: Annotated[str, typer.Option("-o", "--output", help="A folder, or FILE.zip.")],
        db: DbOption = DEFAULT_DB,
        article: ArticleOption = None,
        every: Annotated[bool, typer.Option("--all", help="Every stored article.")] = False,
    ) -> None:
        """Write articles with their quotes, cues and speakers as UIMA CAS XMI for INCEpTION.

        Example: wzw xmi export --db wzw.db --all -o annotate/
        """
        from ..store import Store
        from ..store.xmi import cassis, export_xmi

        try:
            cassis()  # name the missing extra before anything else can fail
            with Store.open(db, readonly=True) as store:
                n = export_xmi(store, _article_ids(store, article, every), output)
        except WzwError as e:
            fail(e)
            return
        out.print(f"{n} articles and TypeSystem.xml written to {output}", markup=False)

    @xmi.command("import")
    def import_(
        path: Annotated[str, typer.Argument(help="A folder of .xmi files, a .zip or one .xmi.")],
        db: DbOption = DEFAULT_DB,
        by: Annotated[str | None, typer.Option(help="Who corrected (default: your login).")] = None,
    ) -> None:
        """Record the corrections in XMI exported from INCEpTION and apply them to the quotes.

        Example: wzw xmi import corrected.zip --db wzw.db --by annotator1
        """
        from ..store import Store
        from ..store.xmi import cassis, import_xmi

        try:
            cassis()
            with Store.open(db) as store:
                results = import_xmi(store, path, by=by or _default_annotator())
        except WzwError as e:
            fail(e)
            return
        for r in results:
            if r.error:
                err.print(f"[red]error:[/red] {escape(r.error)}", soft_wrap=True)
            else:
                out.print(_summary(r), markup=False, soft_wrap=True)
        if any(r.error for r in results):
            raise typer.Exit(1)

    @xmi.command("gold")
    def gold(
        output: Annotated[str, typer.Option("-o", "--output", help="Gold JSONL file ('-' = stdout).")],
        db: DbOption = DEFAULT_DB,
        article: ArticleOption = None,
    ) -> None:
        """Write the (corrected) quotes as gold JSONL for `wzw eval` (default: every article).

        Example: wzw xmi gold --db wzw.db -o gold.jsonl
        """
        from ..store import Store
        from ..store.gold import write_gold

        try:
            with Store.open(db, readonly=True) as store:
                ids = _article_ids(store, article, every=not article)
                n = write_gold(store, ids, sys.stdout if output == "-" else output)
        except WzwError as e:
            fail(e)
            return
        if output != "-":
            out.print(f"{len(ids)} articles, {n} quotes written to {output}", markup=False)
