"""Tests for CSV, JSON Lines and Parquet exports."""

from __future__ import annotations

import csv
import importlib
import io
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_support import ACTORS, BAKKER_QUOTES, BAKKER_TEXT, MakeArticle

from wiezegtwat.errors import MissingExtraError, QueryError
from wiezegtwat.store import Store, export
from wiezegtwat.store.export import column_names, parquet_schema


def test_export_quotes_csv_has_fixed_columns(corpus: Store) -> None:
    out = io.StringIO()
    assert export(corpus, out, format="csv") == 4
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == column_names("quotes")
    assert [(r["speaker_name"], r["actor_name"], r["type"], r["cue"]) for r in rows] == [
        ("Piet Jansen", "Piet Jansen", "direct", "zei"),
        ("Els de Vries", "Els de Vries", "indirect", "Volgens"),
        ("De Vries", "Els de Vries", "direct", "zei De"),
        ("Bakker", "Ahmed Bakker", "direct", "zei"),
    ]
    assert rows[0]["quote"] == "We willen humanitaire corridors,"


def test_export_csv_bom_and_newlines_in_fields(
    tmp_path: Path, store: Store, make_article: MakeArticle
) -> None:
    text = BAKKER_TEXT.replace(" Premier", "\nPremier")
    store.add_article(make_article(text, BAKKER_QUOTES, title="Fietspaden\nin Zwolle"))
    path = tmp_path / "artikelen.csv"
    assert export(store, path, format="csv", what="articles", bom=True) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    (row,) = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert (row["title"], row["text"], row["quotes"]) == ("Fietspaden\nin Zwolle", text, "1")


def test_export_actors_jsonl_has_lists(corpus: Store) -> None:
    out = io.StringIO()
    assert export(corpus, out, format="jsonl", what="actors") == 3
    first = json.loads(out.getvalue().splitlines()[0])
    assert first == {
        "id": "ahmed-bakker",
        "name": "Ahmed Bakker",
        "type": "person",
        "affiliation": None,
        "country": None,
        "quotes": 1,
        "variants": ["Bakker", "Ahmed Bakker"],
        "roles": [],
    }


def test_export_parquet_in_batches_keeps_schema(
    tmp_path: Path, store: Store, make_article: MakeArticle, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The package re-exports the function ``export``, which hides the module's name.
    monkeypatch.setattr(importlib.import_module("wiezegtwat.store.export"), "BATCH", 2)
    for i in range(5):
        store.add_article(make_article(f"{BAKKER_TEXT} Bericht {i}.", BAKKER_QUOTES))
    path = tmp_path / "citaten.parquet"
    assert export(store, path, format="parquet") == 5
    table = pq.read_table(path)
    assert table.schema.equals(parquet_schema("quotes"))
    assert pq.ParquetFile(path).num_row_groups == 3
    assert table.column("speaker_name").to_pylist() == ["Bakker"] * 5


def test_export_empty_parquet_has_schema(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "leeg.parquet"
    assert export(store, path, format="parquet", what="actors") == 0
    assert pq.read_table(path).schema.equals(parquet_schema("actors"))


def test_export_parquet_without_pyarrow_names_the_extra(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if not installed
    parquet_schema.cache_clear()
    path = tmp_path / "citaten.parquet"
    with pytest.raises(MissingExtraError, match=r"pip install 'wiezegtwat\[dask\]'"):
        export(store, path, format="parquet")
    assert not path.exists()
    parquet_schema.cache_clear()


def test_export_csv_needs_no_pyarrow(corpus: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    assert export(corpus, io.StringIO(), format="csv") == 4


def test_export_dedup_leaves_out_copies(store: Store, make_article: MakeArticle) -> None:
    original = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    copy = make_article(BAKKER_TEXT + " (ANP)", BAKKER_QUOTES, outlet="dagblad-oost.nl")
    store.add_article(original, actors=ACTORS[2:])
    store.add_article(copy)
    store.conn.execute("UPDATE articles SET dup_group = ?", (original.id,))
    out = io.StringIO()
    assert export(store, out, format="jsonl", dedup=True) == 1
    assert json.loads(out.getvalue())["outlet"] == "nos.nl"


def test_export_unknown_format_raises(corpus: Store) -> None:
    with pytest.raises(QueryError, match="export format 'ods' is unknown"):
        export(corpus, io.StringIO(), format="ods")  # type: ignore[arg-type]


def test_export_articles_carry_external_id(
    tmp_path: Path, store: Store, make_article: MakeArticle
) -> None:
    article = make_article(BAKKER_TEXT, BAKKER_QUOTES)
    article.external_id = "nexis-0042"
    store.add_article(article)
    out = io.StringIO()
    assert export(store, out, format="jsonl", what="articles") == 1
    row = json.loads(out.getvalue())
    assert list(row) == column_names("articles")
    assert (row["id"], row["external_id"]) == (article.id, "nexis-0042")
    path = tmp_path / "artikelen.parquet"
    export(store, path, format="parquet", what="articles")
    assert pq.read_table(path).column("external_id").to_pylist() == ["nexis-0042"]
