"""CSV/TSV, JSON and JSON Lines exports: one article per record."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from wiezegtwat.errors import InputError
from wiezegtwat.ingest import iter_articles
from wiezegtwat.ingest.tabular import find_columns, sniff_delimiter

CSV = (
    'Kop;Tekst;Datum;Krant;Rubriek\r\n'
    '"Wethouder: ""We bouwen""";"De wethouder zei: ""We bouwen.""\nDe raad knikte.";'
    '05-03-2024;Dagblad Zuid;Regio\r\n'
    'Korte kop;Alleen een tekst zonder datum.\r\n'
    'Lege tekst;;2024-03-06;Noordbode;Sport\r\n'
    'Extra;Een rij met te veel velden.;2024-03-07;Noordbode;Sport;over;tollig\r\n'
)


def test_csv_rows_quoted_newline_missing_and_extra_columns(tmp_path: Path, read) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(codecs.BOM_UTF8 + CSV.encode("utf-8"))
    articles, errors = read(path)
    assert [a.source for a in articles] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    first, second, fourth = articles
    assert first.text == 'De wethouder zei: "We bouwen."\nDe raad knikte.'
    assert (first.title, first.date, first.outlet) == ('Wethouder: "We bouwen"', "2024-03-05",
                                                       "Dagblad Zuid")
    assert first.metadata == {"Rubriek": "Regio", "bom": True}
    assert second.text == "Alleen een tekst zonder datum."
    assert second.date is None
    assert second.metadata == {"bom": True, "warnings": ["row 2 (line 4) has 2 fields, the header 5"]}
    assert fourth.metadata == {
        "Rubriek": "Sport",
        "bom": True,
        "warnings": ["row 4 (line 6) has 7 fields, the header 5"],
        "extra_fields": ["over", "tollig"],
    }
    [error] = errors
    assert str(error) == (f"{path}#3: row 3 (line 5): empty article (column 'Tekst' is empty) "
                          "(if the text is in another column, name it with --map text=COLUMN)")


def test_tsv_and_mapping(tmp_path: Path, read) -> None:
    path = tmp_path / "lexis.tsv"
    path.write_text("Headline\tBody\tPubDate\tByline\n"
                    "Kop\tDe minister ontkende alles.\t2024-03-05T09:00:00+01:00\tPiet Jansen\n",
                    encoding="utf-8")
    [article], _ = read(path, mapping={"text": "body", "author": "Byline"})
    assert article.text == "De minister ontkende alles."
    assert (article.title, article.date, article.author) == (
        "Kop", "2024-03-05T09:00:00+01:00", "Piet Jansen")


def test_csv_without_text_column_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "geen.csv"
    path.write_text("kop,datum\nEen kop,2024-03-05\n", encoding="utf-8")
    articles, [error] = read(path)
    assert articles == []
    assert error.problem == ("no text column (looked for text, body, content, article, full_text, "
                             "tekst, inhoud; the columns are kop, datum)")
    assert error.hint == "name the text column with --map text=COLUMN"


def test_csv_map_to_missing_column_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "map.csv"
    path.write_text("text,kop\nDe raad zweeg.,K\n", encoding="utf-8")
    _, [error] = read(path, mapping={"text": "text", "title": "Kopregel"})
    assert error.problem == ("--map names columns that are not in the header: title=Kopregel "
                             "(the columns are text, kop)")


def test_mapping_unknown_field_raises() -> None:
    with pytest.raises(InputError, match="unknown field 'tekstje'"):
        list(iter_articles([], mapping={"tekstje": "Body"}))


def test_csv_unparseable_date_dropped_with_warning(tmp_path: Path, read) -> None:
    path = tmp_path / "datum.csv"
    path.write_text("text,date\nDe raad zweeg.,ergens in maart\n", encoding="utf-8")
    [article], _ = read(path)
    assert article.date is None
    assert article.metadata == {"warnings": ["date 'ergens in maart' is not a date; dropped"]}


def test_jsonl_records_and_bad_lines(tmp_path: Path, read) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "De burgemeester zei ja.", "headline": "Ja",
                    "published": "5 maart 2024", "link": "https://www.noordbode.nl/ja"}),
        "",
        "{kapot",
        json.dumps({"content": "Tweede artikel.", "auteur": ["An", "Bo"], "date": 1709630100}),
        json.dumps(["geen", "object"]),
        json.dumps({"title": "zonder tekst"}),
    ]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = read(path)
    first, second = articles
    assert (first.source, first.text, first.title, first.date, first.url, first.outlet) == (
        f"{path}#1", "De burgemeester zei ja.", "Ja", "2024-03-05",
        "https://www.noordbode.nl/ja", "noordbode.nl")
    assert (first.external_id, first.metadata) == ("a1", {})
    assert (second.source, second.author, second.date) == (
        f"{path}#3", "An, Bo", "2024-03-05T09:15:00+00:00")
    assert [str(e) for e in errors] == [
        f"{path}#2: record 2 (line 3): invalid JSON: Expecting property name enclosed in "
        "double quotes: line 1 column 2 (char 1)",
        f"{path}#4: record 4 (line 5): a JSON list, not an object "
        '(each record must be an object such as {"text": "..."})',
        f"{path}#5: record 5 (line 6): no text column (looked for text, body, content, article, "
        "full_text, tekst, inhoud; the record has title) (name the text column with "
        "--map text=COLUMN)",
    ]


def test_json_list_and_wrapped_list(tmp_path: Path, read) -> None:
    records = [{"text": "Een."}, {"text": "Twee.", "kop": "K"}]
    plain = tmp_path / "lijst.json"
    plain.write_text(json.dumps(records), encoding="utf-8")
    wrapped = tmp_path / "amcat.json"
    wrapped.write_text(json.dumps({"total": 2, "results": records}), encoding="utf-8")
    one = tmp_path / "een.json"
    one.write_text(json.dumps({"text": "Alleen.", "krant": "Noordbode"}), encoding="utf-8")
    articles, errors = read(plain, wrapped, one)
    assert errors == []
    assert [(a.source, a.text, a.title) for a in articles] == [
        (f"{plain}#1", "Een.", None), (f"{plain}#2", "Twee.", "K"),
        (f"{wrapped}#1", "Een.", None), (f"{wrapped}#2", "Twee.", "K"),
        (str(one), "Alleen.", None),
    ]
    assert articles[-1].outlet == "Noordbode"


def test_json_file_holding_json_lines(tmp_path: Path, read) -> None:
    path = tmp_path / "regels.json"
    path.write_text('{"text": "Een."}\n{"text": "Twee."}\n', encoding="utf-8")
    articles, errors = read(path)
    assert errors == []
    assert [a.text for a in articles] == ["Een.", "Twee."]


def test_json_text_not_a_string_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "getal.jsonl"
    path.write_text('{"text": 42}\n', encoding="utf-8")
    _, [error] = read(path)
    assert error.problem == "record 1 (line 1): column 'text' holds a int, not a text"


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [("a,b,c", ","), ("a;b;c", ";"), ("a\tb\tc", "\t"), ("a|b", "|"), ("tekst", ",")],
)
def test_sniff_delimiter(header: str, delimiter: str) -> None:
    assert sniff_delimiter(header + "\nx") == delimiter


def test_find_columns_aliases_and_mapping() -> None:
    assert find_columns(["ID", "Kop", "Inhoud", "Medium", "Datum"], {}) == {
        "text": "Inhoud", "title": "Kop", "date": "Datum", "outlet": "Medium", "external_id": "ID"}
    assert find_columns(["Body", "Text"], {"text": "body"}) == {"text": "Body"}


def test_csv_id_column_kept_as_external_id(tmp_path: Path, read) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ID,text\n  nexis-0042 ,De raad zweeg.\n,De raad sprak.\n", encoding="utf-8")
    first, second = read(path)[0]
    assert (first.external_id, first.metadata) == ("nexis-0042", {})
    assert second.external_id is None


def test_external_id_column_named_by_map_and_json_numbers(tmp_path: Path, read) -> None:
    path = tmp_path / "export.csv"
    path.write_text("DocNr,id,text\nd-7,intern,De raad zweeg.\n", encoding="utf-8")
    [article], _ = read(path, mapping={"external_id": "DocNr"})
    assert (article.external_id, article.metadata) == ("d-7", {"id": "intern"})
    jsonl = tmp_path / "export.jsonl"
    jsonl.write_text(json.dumps({"doc_id": 7, "text": "De raad zweeg."}) + "\n", encoding="utf-8")
    [numbered], _ = read(jsonl)
    assert numbered.external_id == "7"
