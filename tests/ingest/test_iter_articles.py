"""iter_articles: folders, stdin, error handling, ids across formats."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from wiezegtwat.errors import InputError
from wiezegtwat.ids import article_id
from wiezegtwat.ingest import iter_articles

TEXT = "De burgemeester zei: \"We gaan door.\" De raad was verdeeld over het plan."


def test_folder_sorted_recursive_hidden_and_unknown_skipped(tmp_path: Path, read) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "twee.txt").write_text("Tweede.", encoding="utf-8")
    (tmp_path / "b" / "een.TXT").write_text("Eerste in b.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text('{"text": "Uit JSONL."}\n', encoding="utf-8")
    (tmp_path / ".verborgen.txt").write_text("Verborgen.", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", encoding="utf-8")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "notities.docx").write_bytes(b"PK\x03\x04")
    articles, errors = read(str(tmp_path))
    assert errors == []
    assert [a.source for a in articles] == [
        f"{tmp_path}/a.jsonl#1", f"{tmp_path}/b/een.TXT", f"{tmp_path}/b/twee.txt"]
    assert [a.text for a in articles] == ["Uit JSONL.", "Eerste in b.", "Tweede."]


def test_folder_without_supported_files(tmp_path: Path, read) -> None:
    (tmp_path / "foto.png").write_bytes(b"\x89PNG\r\n")
    _, [error] = read(tmp_path)
    assert error.source == str(tmp_path)
    assert error.problem.startswith("no supported files in the folder (supported: .txt, ")


def test_errors_go_on_with_next_input(tmp_path: Path, read) -> None:
    good = tmp_path / "goed.txt"
    good.write_text(TEXT, encoding="utf-8")
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    articles, errors = read(empty, tmp_path / "weg.txt", good)
    assert [a.source for a in articles] == [str(good)]
    assert [str(e) for e in errors] == [
        f"{empty}: empty article (the text is empty or only whitespace)",
        f"{tmp_path / 'weg.txt'}: no such file or folder",
    ]


def test_without_on_error_the_first_error_is_raised(tmp_path: Path) -> None:
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"  ")
    good = tmp_path / "goed.txt"
    good.write_text(TEXT, encoding="utf-8")
    found = iter_articles([good, empty])
    assert next(found).source == str(good)
    with pytest.raises(InputError, match="leeg.txt: empty article"):
        next(found)


def test_same_text_same_id_across_formats(tmp_path: Path, read, make_page) -> None:
    (tmp_path / "a.txt").write_text(TEXT + "\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f'text\n"{TEXT.replace(chr(34), chr(34) * 2)}"\n',
                                    encoding="utf-8")
    (tmp_path / "d.txt").write_text(TEXT.replace(" ", "\r\n", 3), encoding="utf-16")
    articles, errors = read(tmp_path)
    assert errors == []
    assert {a.id for a in articles} == {article_id(TEXT)}
    assert len(articles) == 4
    again, _ = read(tmp_path)
    assert [a.id for a in again] == [a.id for a in articles]


@pytest.mark.parametrize(
    ("data", "source", "text"),
    [
        (TEXT.encode(), "-", TEXT),
        (b'{"text": "Een."}\n{"text": "Twee."}\n', "-#1", "Een."),
        (b'[{"body": "Uit een lijst."}]', "-#1", "Uit een lijst."),
        (b"[Advertentie] Een tekst die met een haak begint.", "-",
         "[Advertentie] Een tekst die met een haak begint."),
        (b'<rss version="2.0"><channel><link>https://krant.example/</link><item>'
         b"<title>K</title><description>Uit de feed.</description></item></channel></rss>",
         "-#1", "Uit de feed."),
    ],
)
def test_stdin_sniffed(read, data: bytes, source: str, text: str) -> None:
    articles, errors = read("-", stdin=io.BytesIO(data))
    assert errors == []
    assert (articles[0].source, articles[0].text) == (source, text)


def test_stdin_html(read, zwembad, make_page) -> None:
    html = make_page(zwembad["title"], [zwembad["p1"], zwembad["p2"]])
    [article], _ = read("-", stdin=io.StringIO(html))
    assert article.source == "-"
    assert article.text == f'{zwembad["title"]}\n\n{zwembad["p1"]}\n\n{zwembad["p2"]}'


def test_stdin_binary_rejected(read) -> None:
    _, [error] = read("-", stdin=io.BytesIO(b"%PDF-1.4 rest"))
    assert str(error) == ("-: binary data (looks like PDF), not text "
                          "(convert it to .txt, .html, .csv or .jsonl first)")


def test_stdin_text_stream_kept_exactly(read) -> None:
    raw = "Regel een.\r\nRegel twee.\n"
    [article], _ = read("-", stdin=io.StringIO(raw, newline=""))
    assert article.text == raw
