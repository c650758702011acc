"""Corpus commands of the ``wzw`` CLI: search, speakers, show, export, timeline.

Each command parses its options, calls one library function in ``wiezegtwat.store``
and prints the result. The lead's main app adds them with :func:`register`.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from wiezegtwat.errors import QueryError, StoreError, WzwError
from wiezegtwat.records import Article
from wiezegtwat.store import QuoteFilters, Store, export, quote_timeline, search_quotes, speakers
from wiezegtwat.store.export import check_delimiter, check_export
from wiezegtwat.store.queries import QuoteHit, SearchResult, SpeakerStat, TimelinePoint

from .options import DEFAULT_DB, DbOption, JsonOption  # noqa: E402  (shared by every command)

# Colours given to speakers in `wzw show`, in order of first quote; cycled after six.
SPEAKER_COLOURS = ("cyan", "magenta", "green", "yellow", "blue", "red")


class QuoteTypeChoice(StrEnum):
    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"


# The choices of store/export.py's FORMATS and WHATS (a test keeps them equal).
class FormatChoice(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    xlsx = "xlsx"
    gexf = "gexf"
    graphml = "graphml"


class WhatChoice(StrEnum):
    quotes = "quotes"
    articles = "articles"
    actors = "actors"
    network = "network"


# XML graph documents and spreadsheets are files (Gephi, Excel), never a stream to a terminal.
FILE_ONLY = ("gexf", "graphml", "xlsx")


F = TypeVar("F", bound=Callable[..., Any])


def _reports_errors(command: F) -> F:
    """Turn a WzwError into one red line on stderr and exit status 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except WzwError as e:
            err = Console(stderr=True, highlight=False, soft_wrap=True)
            err.print(Text(f"error: {e}", style="red"))
            raise typer.Exit(1) from e

    return wrapper  # type: ignore[return-value]


def _console() -> Console:
    # Created per call so that output goes to the sys.stdout of the moment (tests swap it).
    return Console(highlight=False, soft_wrap=True)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# The filters of `wzw search`, shared by `wzw export` and `wzw timeline` (one help text).
SpeakerOption = Annotated[str | None, typer.Option(
    help="Part of the speaker's name (quotes by X).")]
AboutOption = Annotated[str | None, typer.Option(
    help="Someone the quote talks about: part of a name, or an actor id (quotes about X).")]
LangOption = Annotated[str | None, typer.Option(help="Only articles in this language (nl, en).")]
SinceOption = Annotated[str | None, typer.Option(
    help="Articles on or after DATE (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(
    help="Articles on or before DATE (YYYY-MM-DD).")]
OutletOption = Annotated[str | None, typer.Option(help="Only this outlet, e.g. nos.nl.")]
TypeOption = Annotated[QuoteTypeChoice | None, typer.Option("--type", help="Quote type.")]
QueryOption = Annotated[str | None, typer.Option(
    "--q", help="Words to find in the quote text, as in `wzw search`.")]


def search(
    query: Annotated[str, typer.Argument(help="Words to find in quotes; see docs/store.md.")],
    db: DbOption = DEFAULT_DB,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    lang: LangOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    type: TypeOption = None,
    limit: Annotated[int, typer.Option(help="Show at most N quotes.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Search quotes by their words, speaker, date and outlet.

    Example: wzw search "woningbouw" --speaker Jansen --since 2024-01-01
    Quotes about someone: wzw search "" --about Jansen
    """
    with Store.open(db, readonly=True) as store:
        result = search_quotes(
            store,
            query,
            speaker=speaker,
            since=since,
            until=until,
            outlet=outlet,
            type=type.value if type else None,
            about=about,
            lang=lang,
            limit=limit,
        )
    if as_json:
        _print_json(_result_dict(result))
        return
    console = _console()
    console.print(f"{result.total} quote(s) match {query!r}")
    for i, hit in enumerate(result.hits, 1):
        console.print(_hit_text(i, hit))


def _result_dict(result: SearchResult) -> dict[str, Any]:
    return {
        "total": result.total,
        "hits": [asdict(hit) for hit in result.hits],
        "facets": {name: [asdict(f) for f in values] for name, values in result.facets.items()},
    }


def _hit_text(i: int, hit: QuoteHit) -> Text:
    line = Text(f"{i}. ")
    line.append(hit.actor_name or hit.speaker_name or "(unknown speaker)", style="bold")
    line.append(f" ({hit.type})  {hit.outlet or '?'} {hit.date or ''}  {hit.article_id}")
    if hit.targets:
        line.append(f"  about {', '.join(hit.targets)}", style="italic")
    line.append("\n   ")
    quote = Text(hit.text)
    for start, end in hit.match_spans:
        quote.stylize("bold yellow", start, end)
    line.append_text(quote)
    return line


def speakers_command(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Show at most N speakers.")] = 50,
    dedup: Annotated[
        bool,
        typer.Option(
            "--dedup/--with-duplicates",
            help="Count each group of near-duplicate articles once (default), or every copy.",
        ),
    ] = True,
    descriptions: Annotated[
        bool,
        typer.Option("--descriptions/--actors-only",
                     help="Also list described speakers ('een buurvrouw') and places; "
                          "by default only actors (persons, organisations, groups)."),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """List the most quoted speakers with their quote and article counts.

    Example: wzw speakers --db wzw.db --limit 10
    """
    with Store.open(db, readonly=True) as store:
        stats = speakers(store, limit=limit, dedup=dedup, descriptions=descriptions)
    if as_json:
        _print_json([asdict(s) for s in stats])
        return
    console = _console()
    for s in stats:
        console.print(_speaker_text(s))


def _speaker_text(stat: SpeakerStat) -> Text:
    line = Text(f"{stat.quotes:6d} quotes {stat.articles:6d} articles  ")
    line.append(stat.name, style="bold")
    if stat.roles:
        line.append(f" ({', '.join(stat.roles[:2])})")
    if stat.actor_id:
        line.append(f"  [{stat.actor_id}]", style="dim")
    return line


def show(
    article_id: Annotated[
        str, typer.Argument(help="Id of a stored article, or its external id (file name, id column).")
    ],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """Show one article with its quotes highlighted in a colour per speaker.

    Example: wzw show 3f9a0c1d2e4b5a68 --db wzw.db
    """
    with Store.open(db, readonly=True) as store:
        # Our ids are hashes, so a user's own id cannot be mistaken for one by accident.
        article = store.get_article(article_id) or store.article_by_external_id(article_id)
    if article is None:
        raise StoreError(
            f"no article {article_id} in {db}; find ids with `wzw search WORDS --db {db}`"
        )
    if as_json:
        _print_json(_article_dict(article))
        return
    _print_article(article)


def _article_dict(article: Article) -> dict[str, Any]:
    return article.to_record()


def _speaker_key(article: Article, i: int) -> str:
    speaker = article.quotes[i].speaker
    if speaker is None:
        return ""
    return speaker.actor_id or speaker.name or ""


def _print_article(article: Article) -> None:
    console = _console()
    colours: dict[str, str] = {}
    for i in range(len(article.quotes)):
        key = _speaker_key(article, i)
        if key and key not in colours:
            colours[key] = SPEAKER_COLOURS[len(colours) % len(SPEAKER_COLOURS)]
    console.print(Text(article.title or "(untitled)", style="bold"))
    console.print(
        Text(
            f"{article.outlet or '?'}  {article.date or ''}  {article.url or ''}  {article.id}"
            + (f"  ({article.external_id})" if article.external_id else ""),
            style="dim",
        )
    )
    body = Text(article.text)
    for i, quote in enumerate(article.quotes):
        style = colours.get(_speaker_key(article, i), "white")
        body.stylize(f"underline {style}", quote.start, quote.end)
        if quote.speaker and quote.speaker.start is not None and quote.speaker.end is not None:
            body.stylize(f"bold {style}", quote.speaker.start, quote.speaker.end)
    console.print(body)
    console.print()
    for i, quote in enumerate(article.quotes, 1):
        style = colours.get(_speaker_key(article, i - 1), "white")
        name = quote.speaker.name if quote.speaker and quote.speaker.name else "(unknown speaker)"
        line = Text(f"{i}. ")
        line.append(name, style=f"bold {style}")
        cue = f", cue {quote.cue.text!r} ({quote.cue.statement})" if quote.cue else ""
        line.append(f"  [{quote.type}{cue}]  evidence: {quote.evidence or '-'}\n   ")
        line.append(quote.text)
        console.print(line)


def export_command(
    format: Annotated[FormatChoice, typer.Option("--format", help="File format.")],
    output: Annotated[
        str,
        typer.Option("-o", "--output",
                     help="File to write; - for standard output (not gexf, graphml, xlsx)."),
    ],
    what: Annotated[WhatChoice, typer.Option(
        "--what", help="Rows to export, or the actor network (gexf, graphml).")
    ] = WhatChoice.quotes,
    bom: Annotated[bool, typer.Option("--bom", help="Start the CSV with a BOM for Excel.")] = False,
    delimiter: Annotated[str, typer.Option(
        help="CSV field delimiter; ';' for a spreadsheet in a Dutch locale.")] = ",",
    query: QueryOption = None,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    type: TypeOption = None,
    lang: LangOption = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export quotes, articles or actors (CSV, JSON Lines, Parquet, Excel) or the network
    (GEXF, GraphML). Quotes take the filters of `wzw search`.

    Example: wzw export --format csv --delimiter ';' --bom --about Jansen -o quotes.csv
    Network for Gephi: wzw export --format gexf --what network -o network.gexf
    """
    check_export(format.value, what.value)
    check_delimiter(delimiter)
    if output == "-" and format.value in FILE_ONLY:
        raise QueryError(f"{format.value} is written to a file: pass -o FILE, "
                         f"e.g. -o {what.value}.{format.value}")
    filters = QuoteFilters(query=query, speaker=speaker, about=about, since=since, until=until,
                           outlet=outlet, type=type.value if type else None, lang=lang)
    with Store.open(db, readonly=True) as store:
        if output == "-":
            target: Any = sys.stdout.buffer if format is FormatChoice.parquet else sys.stdout
        else:
            target = Path(output)
        count = export(store, target, format=format.value, what=what.value,  # type: ignore[arg-type]
                       bom=bom, filters=filters, delimiter=delimiter)
    if output == "-":
        return
    if what.value == "network":
        _console().print(f"wrote the network of {count} actors to {output}")
    else:
        _console().print(f"wrote {count} {what.value} to {output}")


class StepChoice(StrEnum):
    week = "week"
    month = "month"


def timeline_command(
    query: QueryOption = None,
    by: Annotated[StepChoice, typer.Option(
        "--by", help="Count per ISO week (labelled by its Monday) or per month.")
    ] = StepChoice.week,
    speaker: SpeakerOption = None,
    about: AboutOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: OutletOption = None,
    type: TypeOption = None,
    lang: LangOption = None,
    output: Annotated[str, typer.Option(
        "-o", "--output", help="CSV file to write; - (the default) for standard output.")
    ] = "-",
    db: DbOption = DEFAULT_DB,
) -> None:
    """Quotes (and articles) per week or month as CSV, for a search, a speaker or an actor
    the quotes are about.

    Example: wzw timeline --by month --about Jansen -o jansen.csv
    """
    filters = QuoteFilters(query=query, speaker=speaker, about=about, since=since, until=until,
                           outlet=outlet, type=type.value if type else None, lang=lang)
    with Store.open(db, readonly=True) as store:
        points = quote_timeline(store, filters, by=by.value)  # type: ignore[arg-type]
    if output == "-":
        write_timeline_csv(points, sys.stdout)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as handle:
            write_timeline_csv(points, handle)
    except OSError as e:
        raise StoreError(f"cannot write timeline to {output}: {e.strerror}; check the path") from e
    _console().print(f"wrote {len(points)} periods to {output}")


def write_timeline_csv(points: list[TimelinePoint], stream: Any) -> None:
    """period,quotes,articles: one row per period that has quotes."""
    writer = csv.writer(stream)
    writer.writerow(["period", "quotes", "articles"])
    writer.writerows([p.period, p.quotes, p.articles] for p in points)


def register(app: typer.Typer) -> None:
    """Add the corpus commands (search, speakers, show, export, timeline) to the ``wzw`` app."""
    app.command("search")(_reports_errors(search))
    app.command("speakers")(_reports_errors(speakers_command))
    app.command("show")(_reports_errors(show))
    app.command("export")(_reports_errors(export_command))
    app.command("timeline")(_reports_errors(timeline_command))
