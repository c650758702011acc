"""The ``wzw`` command: a thin shell over the library.

Each command parses its options, calls one library function and prints.
"""

from __future__ import annotations

import json
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..errors import InputError, WzwError
from ..records import Article

app = typer.Typer(
    name="wzw",
    help="wiezegtwat — who says what: quotes and their speakers in Dutch news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)


def fail(e: Exception) -> None:
    """Print one clear red line and exit 1."""
    # escape: a message may hold brackets ("pip install 'wiezegtwat[serve]'") that are not markup.
    err.print(f"[red]error:[/red] {escape(str(e))}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


def _report(e: InputError) -> None:
    err.print(f"[yellow]skipped[/yellow] {escape(str(e))}", soft_wrap=True)


def _parse_map(pairs: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for pair in pairs or []:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise typer.BadParameter(f"--map wants FIELD=COLUMN, got {pair!r}")
        mapping[field.strip()] = column.strip()
    return mapping


@app.command()
def quotes(
    paths: Annotated[list[str], typer.Argument(help="Files or folders ('-' = stdin).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per article.")] = False,
    lang: Annotated[str | None, typer.Option(help="Force the language of every article (nl or en); by default each article's language is detected.")] = None,
    cache: Annotated[str | None, typer.Option(help="Cache Frog's analyses in this folder.")] = None,
    map_: Annotated[list[str] | None, typer.Option("--map", help="FIELD=COLUMN for CSV/JSONL.")] = None,
) -> None:
    """Print the quotes of each article, with speaker, type and cue.

    Example: wzw quotes --json examples/articles/01-steunpakket-kamer.txt
    """
    from ..ingest import iter_articles
    from ..pipeline import Pipeline

    failures = 0

    def on_error(e: InputError) -> None:
        nonlocal failures
        failures += 1
        _report(e)

    try:
        with Pipeline(lang=lang, cache=cache, starting=spinner) as pipe:
            for article in iter_articles(paths, mapping=_parse_map(map_), on_error=on_error):
                try:
                    pipe.analyse_article(article)
                except InputError as e:
                    on_error(e)
                    continue
                if as_json:
                    sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
                    sys.stdout.flush()
                else:
                    print_quotes(article)
    except WzwError as e:
        fail(e)
    if failures:
        raise typer.Exit(1)


def spinner(lang: str) -> AbstractContextManager[object]:
    """A spinner on standard error while an analyser starts (Frog: 5–15 s of silence)."""
    from ..pipeline import LANGUAGE_NAMES

    name = LANGUAGE_NAMES.get(lang, lang)
    return Console(stderr=True).status(f"starting the {name} analyser …", spinner="dots")


def print_quotes(article: Article) -> None:
    """A rich table of one article's quotes."""
    table = Table(title=f"{article.source}  ({len(article.quotes)} quotes)", title_justify="left",
                  show_lines=False, expand=True)
    table.add_column("#", justify="right", width=3)
    table.add_column("speaker", style="bold cyan", ratio=2)
    table.add_column("type", width=8)
    table.add_column("cue", width=10)
    table.add_column("quote", ratio=6)
    for n, q in enumerate(article.quotes, 1):
        text = q.text if len(q.text) <= 160 else q.text[:157] + "…"
        table.add_row(str(n), (q.speaker.name if q.speaker else None) or "—", q.type,
                      q.cue.text if q.cue else "—", text)
    out.print(table)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (see shared/eval/GUIDELINES.md).")],
    verbose: Annotated[bool, typer.Option("-v", "--verbose", help="List every miss.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    cache: Annotated[str | None, typer.Option(help="Cache Frog's analyses in this folder.")] = None,
) -> None:
    """Score the pipeline against a gold file: quote P/R/F1, speaker accuracy, end-to-end F1.

    Example: wzw eval ../shared/eval/nl-dev.jsonl -v
    """
    from ..evaluate import evaluate
    from ..scoring import format_report, to_json

    try:
        score = evaluate(gold, cache=cache)
    except WzwError as e:
        fail(e)
        return
    if as_json:
        sys.stdout.write(json.dumps(to_json(score), ensure_ascii=False, indent=1) + "\n")
    else:
        out.print(format_report(score, verbose=verbose), markup=False, highlight=False)


def _register_commands(app: typer.Typer) -> None:
    """Commands that live in their own modules (corpus, actors, ingest, serve, xmi, migrate)."""
    from . import actors, corpus, ingest, migrate, serve, xmi

    for module in (corpus, actors, ingest, serve, xmi, migrate):
        module.register(app)


_register_commands(app)


def main() -> None:
    app()
