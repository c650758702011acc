"""``wzw ingest``: files, folders and feeds into the corpus database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from ..errors import InputError, WzwError
from ..records import Article
from .options import DEFAULT_DB, DbOption


class _Rate(ProgressColumn):
    """Articles per second."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.2f} art/s" if task.speed else "… art/s")


class _Bar:
    """Adapts a rich progress bar to the ingest loop's Progress protocol."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task = progress.add_task("analysing", total=None)

    def total(self, n: int) -> None:
        self.progress.update(self.task, total=n)

    def advance(self, article: Article | None) -> None:
        self.progress.advance(self.task)

    @contextmanager
    def starting(self, lang: str) -> Iterator[None]:
        """The bar says which analyser is starting (Frog: 5–15 s before the first article)."""
        from ..pipeline import LANGUAGE_NAMES

        self.progress.update(self.task, description=f"starting the {LANGUAGE_NAMES.get(lang, lang)} analyser")
        try:
            yield
        finally:
            self.progress.update(self.task, description="analysing")


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: Annotated[list[str], typer.Argument(help="Files or folders ('-' = stdin).")],
        db: DbOption = DEFAULT_DB,
        map_: Annotated[list[str] | None, typer.Option("--map", help="FIELD=COLUMN for CSV/JSONL.")] = None,
        workers: Annotated[int, typer.Option(help="Local analysis processes (one Frog each).")] = 1,
        lang: Annotated[str | None, typer.Option(help="Force the language of every article (nl or en); by default each article's language is detected.")] = None,
        cache: Annotated[str | None, typer.Option(help="Cache Frog's analyses in this folder.")] = None,
        aliases: Annotated[str | None, typer.Option(help="Your own actor alias file (CSV or YAML).")] = None,
        dask: Annotated[bool, typer.Option("--dask", help="Run on a local Dask cluster.")] = False,
        scheduler: Annotated[str | None, typer.Option(help="Address of a Dask scheduler (tcp://HOST:8786).")] = None,
        out_dir: Annotated[str | None, typer.Option("--out", help="Write partitioned Parquet here instead of a database (Dask).")] = None,
        dedup: Annotated[bool, typer.Option("--dedup/--no-dedup", help="Group near-duplicate articles.")] = True,
    ) -> None:
        """Read, analyse and store articles; a rerun continues where the last one stopped.

        Example: wzw ingest examples/articles/ --db wzw.db
        """
        from ..run.local import check_paths
        from ..run.local import ingest as run_ingest
        from .app import _parse_map, _report, err, fail

        def _warn(w: object) -> None:
            err.print(f"warning: {w}", markup=False, highlight=False, soft_wrap=True)

        try:
            check_paths(paths)
            mapping = _parse_map(map_)
            runner = None
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                              _Rate(), TimeRemainingColumn(),
                              console=err, transient=False) as progress:
                if dask or scheduler or out_dir:
                    from ..run.dask import dask_ingest

                    stats = dask_ingest(paths, db=db, mapping=mapping, lang=lang, cache=cache,
                                        scheduler=scheduler, out=out_dir, on_error=_report,
                                        on_warning=_warn,
                                        progress=_Bar(progress), dedup=dedup, aliases=aliases)
                else:
                    bar = _Bar(progress)
                    stats = run_ingest(paths, db=db, mapping=mapping, workers=workers, lang=lang,
                                       cache=cache, runner=runner, on_error=_report,
                                       on_warning=_warn, progress=bar, dedup=dedup,
                                       aliases=aliases, starting=bar.starting)
        except (WzwError, InputError) as e:
            fail(e)
            return
        err.print(
            f"{stats.read} read, {stats.added} added, {stats.existing} already stored, "
            f"{stats.failed} failed; {stats.quotes} quotes in {stats.seconds:.1f} s "
            f"({stats.rate:.2f} articles/s) → {db}"
        )
        warnings = getattr(stats, "warnings", [])
        if warnings:
            err.print(f"{len(warnings)} warning(s): inputs read with a fallback encoding or "
                      "replaced bytes (listed above)", markup=False)
        if stats.failed:
            raise typer.Exit(1)
