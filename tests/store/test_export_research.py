"""Tests for the researcher's quote export: every column, search filters, CSV delimiter,
typed dates in Parquet and the Excel sheet."""

from __future__ import annotations

import csv
import datetime
import io
import json
import sys
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from store_support import ACTORS, BAKKER_QUOTES, BAKKER_TEXT, MakeArticle

from wiezegtwat.errors import MissingExtraError, QueryError, StoreError
from wiezegtwat.store import QuoteFilters, Store, export, search_quotes
from wiezegtwat.store.export import column_names


def _jsonl(store: Store, **options: object) -> list[dict[str, object]]:
    out = io.StringIO()
    export(store, out, format="jsonl", **options)  # type: ignore[arg-type]
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_export_quote_row_carries_source_offsets_and_speaker(
    store: Store, make_article: MakeArticle
) -> None:
    article = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    article.external_id, article.source = "rij-7", "zwolle.csv"
    speaker = article.quotes[0].speaker
    assert speaker is not None and article.quotes[0].cue is not None
    speaker.kind, speaker.confidence = "name", 0.9
    store.add_article(article, actors=ACTORS[2:])
    (row,) = _jsonl(store)
    assert list(row) == column_names("quotes")
    cue = article.quotes[0].cue
    assert {k: row[k] for k in (
        "article_id", "external_id", "source", "url", "outlet", "date", "lang", "start", "end",
        "cue", "cue_start", "cue_end", "speaker_name", "speaker_start", "speaker_end",
        "speaker_kind", "speaker_confidence", "actor_id", "actor_name", "actor_type", "role",
        "targets")} == {
        "article_id": article.id, "external_id": "rij-7", "source": "zwolle.csv",
        "url": article.url, "outlet": "nos.nl", "date": "2024-03-05", "lang": "nl",
        "start": article.quotes[0].start, "end": article.quotes[0].end,
        "cue": "zei", "cue_start": cue.start, "cue_end": cue.end,
        "speaker_name": "Bakker", "speaker_start": speaker.start, "speaker_end": speaker.end,
        "speaker_kind": "name", "speaker_confidence": 0.9, "actor_id": "ahmed-bakker",
        "actor_name": "Ahmed Bakker", "actor_type": "person", "role": None, "targets": [],
    }
    assert BAKKER_TEXT[row["start"]:row["end"]] == row["quote"]  # type: ignore[misc]


@pytest.mark.parametrize(("filters", "speakers"), [
    (QuoteFilters(query="corridors"), ["Piet Jansen"]),
    (QuoteFilters(speaker="Vries"), ["Els de Vries", "De Vries"]),
    (QuoteFilters(type="indirect"), ["Els de Vries"]),
    (QuoteFilters(outlet="rtv-oost.nl"), ["Bakker"]),
    (QuoteFilters(since="2024-04"), ["Bakker"]),
    (QuoteFilters(until="2024-03"), ["Piet Jansen", "Els de Vries", "De Vries"]),
])
def test_export_selects_what_the_search_selects(
    corpus: Store, filters: QuoteFilters, speakers: list[str]
) -> None:
    rows = _jsonl(corpus, filters=filters)
    assert [r["speaker_name"] for r in rows] == speakers
    search = search_quotes(corpus, filters.query, speaker=filters.speaker, type=filters.type,
                           outlet=filters.outlet, since=filters.since, until=filters.until)
    assert sorted(h.quote_id for h in search.hits) == sorted(
        h.quote_id for h in search_quotes(corpus, None).hits if h.speaker_name in speakers)


def test_export_bad_query_raises_before_the_file_is_made(corpus: Store, tmp_path: Path) -> None:
    path = tmp_path / "citaten.csv"
    with pytest.raises(QueryError, match="double quotes"):
        export(corpus, path, format="csv", filters=QuoteFilters(query="vrede AND"))
    assert not path.exists()


def test_export_articles_refuse_quote_filters(corpus: Store) -> None:
    with pytest.raises(QueryError, match="speaker select quotes: export them with --what quotes"):
        export(corpus, io.StringIO(), format="csv", what="articles",
               filters=QuoteFilters(speaker="Jansen"))


def test_export_csv_semicolon_delimiter(corpus: Store) -> None:
    out = io.StringIO()
    assert export(corpus, out, format="csv", delimiter=";",
                  filters=QuoteFilters(speaker="Bakker")) == 1
    header, line = out.getvalue().splitlines()[:2]
    assert header.split(";") == column_names("quotes")
    (row,) = csv.DictReader(io.StringIO(out.getvalue()), delimiter=";")
    assert (row["speaker_name"], row["date"]) == ("Bakker", "2024-04-20")


@pytest.mark.parametrize("delimiter", ["", ";;", '"', "\n"])
def test_export_refuses_a_delimiter_that_breaks_rows(corpus: Store, delimiter: str) -> None:
    with pytest.raises(QueryError, match="cannot be used; give one character"):
        export(corpus, io.StringIO(), format="csv", delimiter=delimiter)


def test_export_parquet_types_dates_as_dates(
    store: Store, make_article: MakeArticle, tmp_path: Path
) -> None:
    store.add_article(make_article(BAKKER_TEXT, BAKKER_QUOTES, date="2024-04-20T09:30:00+02:00"))
    store.add_article(make_article(BAKKER_TEXT + " Later meer.", BAKKER_QUOTES, date="gisteren"))
    path = tmp_path / "citaten.parquet"
    assert export(store, path, format="parquet") == 2
    table = pq.read_table(path)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("speaker_confidence").type == pa.float64()
    # An unreadable date is missing, not a failed export.
    assert table.column("date").to_pylist() == [datetime.date(2024, 4, 20), None]


def test_export_xlsx_one_sheet_with_dates_and_text_kept_as_text(
    store: Store, make_article: MakeArticle, tmp_path: Path
) -> None:
    text = '"=1+1 is geen formule," zei Bakker.'
    store.add_article(make_article(text, [("=1+1 is geen formule,", "zei", "Bakker",
                                           "ahmed-bakker", "direct")]), actors=ACTORS[2:])
    path = tmp_path / "citaten.xlsx"
    assert export(store, path, format="xlsx") == 1
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["quotes"]
    header, row = list(book["quotes"].iter_rows(values_only=True))
    assert list(header) == column_names("quotes")
    values = dict(zip(header, row, strict=True))
    assert values["date"] == datetime.datetime(2024, 3, 5)  # a date cell (Excel has no day type)
    assert book["quotes"]["D2"].number_format == "yyyy-mm-dd"
    assert (values["quote"], values["start"], values["actor_name"]) == (
        "=1+1 is geen formule,", 1, "Ahmed Bakker")
    assert book["quotes"].cell(2, header.index("quote") + 1).data_type == "s"


def test_export_xlsx_needs_a_binary_stream(corpus: Store) -> None:
    with pytest.raises(StoreError, match="xlsx export needs a binary stream"):
        export(corpus, io.StringIO(), format="xlsx")


def test_export_xlsx_without_openpyxl_names_the_extra(
    corpus: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as if not installed
    path = tmp_path / "citaten.xlsx"
    with pytest.raises(MissingExtraError, match=r"'xlsx'"):
        export(corpus, path, format="xlsx")
    assert not path.exists()


def test_cli_export_xlsx_file(corpus: Store, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from wiezegtwat.cli.app import app

    db = str(tmp_path / "wzw.db")
    if corpus.dialect == "postgresql":
        db = corpus.path  # the command opens the same database by its URL
    else:
        corpus.conn.execute(f"VACUUM INTO '{db}'")
    out = tmp_path / "citaten.xlsx"
    result = CliRunner().invoke(app, ["export", "--format", "xlsx", "--about", "Oostland",
                                      "-o", str(out), "--db", db])
    assert result.exit_code == 0, result.output
    rows = list(openpyxl.load_workbook(out)["quotes"].iter_rows(values_only=True))
    assert [r[column_names("quotes").index("speaker_name")] for r in rows[1:]] == ["Els de Vries"]
