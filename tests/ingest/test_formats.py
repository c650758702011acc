"""Every input format into Articles, and bad inputs into clear errors."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiezegtwat.errors import InputError
from wiezegtwat.ids import article_id
from wiezegtwat.ingest import MAX_CHARS, iter_articles

BODY = ("Wethouder Anouk Verbeek zegt dat de nieuwe brug over de Vecht in het voorjaar opengaat.\n\n"
        "„We liggen op schema”, aldus Verbeek. De gemeenteraad is nog kritisch over de kosten.")
PAGE = f"""<!doctype html><html><head><title>Brug gaat open | Dagblad De Wadden</title>
<link rel="canonical" href="https://www.dagblad-de-wadden.example/nieuws/brug">
<meta property="article:published_time" content="2024-03-05T09:00:00+01:00">
<script>var tracking = "geheim script";</script></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Brug gaat open</h1>{''.join(f'<p>{p}</p>' for p in BODY.split(chr(10) + chr(10)))}</article>
<iframe src="https://ads.example/x"></iframe><footer>© Dagblad De Wadden</footer></body></html>"""


def collect(paths: list, **kw: object) -> tuple[list, list[InputError]]:
    errors: list[InputError] = []
    arts = list(iter_articles(paths, on_error=errors.append, **kw))  # type: ignore[arg-type]
    return arts, errors


def test_text_file_keeps_text_exactly(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(BODY.replace("\n", "\r\n").encode("utf-8"))
    [art], errors = collect([p])
    assert errors == [] and art.text == BODY.replace("\n", "\r\n")
    assert art.id == article_id(BODY) and art.source == str(p)


def test_html_page_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "brug.html"
    p.write_text(PAGE, encoding="utf-8")
    [art], errors = collect([p])
    assert errors == []
    assert "Wethouder Anouk Verbeek zegt" in art.text and "geheim script" not in art.text
    assert "Home" not in art.text and "©" not in art.text
    assert art.url == "https://www.dagblad-de-wadden.example/nieuws/brug"
    assert art.outlet == "dagblad-de-wadden.example" and art.date is not None and art.date.startswith("2024-03-05")


def test_csv_rows_with_quoted_newline_and_missing_text(tmp_path: Path) -> None:
    p = tmp_path / "export.csv"
    p.write_text('Headline,Body,Date,Source\n"Brug","Eerste alinea.\n\nTweede alinea.",05-03-2024,Dagblad\n'
                 '"Leeg",,06-03-2024,Dagblad\n', encoding="utf-8")
    arts, errors = collect([p])
    assert [a.title for a in arts] == ["Brug"] and arts[0].text == "Eerste alinea.\n\nTweede alinea."
    assert arts[0].date == "2024-03-05" and arts[0].outlet == "Dagblad" and arts[0].source == f"{p}#1"
    assert len(errors) == 1 and f"{p}#2" in str(errors[0]) and "--map text=" in str(errors[0])


def test_jsonl_with_map_option(tmp_path: Path) -> None:
    p = tmp_path / "amcat.jsonl"
    p.write_text(json.dumps({"kop": "Brug", "tekstveld": BODY, "url": "https://nos.example/x"}) + "\n{broken\n",
                 encoding="utf-8")
    arts, errors = collect([p], mapping={"text": "tekstveld"})
    assert [a.text for a in arts] == [BODY] and arts[0].title == "Brug" and arts[0].outlet == "nos.example"
    assert len(errors) == 1 and "#2" in str(errors[0]) and "JSON" in str(errors[0])


def test_rss_and_atom_entries(tmp_path: Path) -> None:
    rss = tmp_path / "feed.rss"
    rss.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>D</title>
<link>https://dagblad.example/</link><item><title>Brug &amp; weg</title><link>https://dagblad.example/a</link>
<pubDate>Tue, 05 Mar 2024 09:00:00 +0100</pubDate><description><![CDATA[<p>{BODY.split(chr(10))[0]}</p><script>x()</script>]]></description>
</item></channel></rss>""", encoding="utf-8")
    atom = tmp_path / "feed.atom"
    atom.write_text("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>A</title><entry><title>Twee</title><link href="https://atom.example/2"/><updated>2024-03-06T10:00:00Z</updated>
<content type="html">&lt;p&gt;De burgemeester zegt dat het&amp;nbsp;goed gaat.&lt;/p&gt;</content></entry></feed>""",
                    encoding="utf-8")
    arts, errors = collect([rss, atom])
    assert errors == []
    assert arts[0].title == "Brug & weg" and arts[0].text == BODY.split("\n")[0] and arts[0].date == "2024-03-05T09:00:00+01:00"
    assert arts[1].text == "De burgemeester zegt dat het\u00a0goed gaat." and arts[1].outlet == "atom.example"


def _warc(path: Path, pages: list[tuple[str, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                          http_headers=headers))


def test_warc_responses_and_truncation(tmp_path: Path) -> None:
    p = tmp_path / "crawl.warc.gz"
    _warc(p, [("https://dagblad.example/1", PAGE), ("https://dagblad.example/2", PAGE.replace("Vecht", "Maas"))])
    arts, errors = collect([p])
    assert errors == [] and [a.url for a in arts] == ["https://dagblad.example/1", "https://dagblad.example/2"]
    cut = tmp_path / "cut.warc.gz"
    data = p.read_bytes()
    cut.write_bytes(data[: int(len(data) * 0.7)])
    arts, errors = collect([cut])
    assert len(arts) <= 1 and len(errors) == 1 and "truncated or damaged" in str(errors[0])


def test_folder_is_read_recursively_and_ids_are_stable(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text("De raad vergadert.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("verborgen", encoding="utf-8")
    (tmp_path / "foto.png").write_bytes(b"\x89PNG...")
    arts, errors = collect([tmp_path])
    assert [Path(a.source).name for a in arts] == ["a.txt", "b.txt"] and errors == []
    again, _ = collect([tmp_path])
    assert [a.id for a in again] == [a.id for a in arts]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("spaces.txt", b"  \n\t \n", "empty article"),
        ("report.txt", b"%PDF-1.7 binary", "PDF"),
        ("archive.txt", b"PK\x03\x04rest", "zip"),
        ("nul.txt", b"abc\x00\x00def", "binary"),
    ],
)
def test_bad_inputs_name_the_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    arts, errors = collect([p, good])
    assert len(arts) == 1 and len(errors) == 1
    assert str(p) in str(errors[0]) and message in str(errors[0])


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Café “Oekraïne” € 5".encode("cp1252"), "Café “Oekraïne” € 5"),
        ("Zoë en Noël".encode("latin-1"), "Zoë en Noël"),
        ("De brug".encode("utf-16"), "De brug"),
        (b"\xef\xbb\xbfMet BOM", "Met BOM"),
        (b"Mixed\r\nline\nendings\r", "Mixed\r\nline\nendings\r"),
    ],
)
def test_encodings_are_decoded(tmp_path: Path, data: bytes, text: str) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    [art], errors = collect([p])
    assert art.text == text and errors == []


def test_too_large_article_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    p.write_text("woord " * (MAX_CHARS // 5), encoding="utf-8")
    arts, errors = collect([p])
    assert arts == [] and "over the limit" in str(errors[0])


def test_stdin_and_missing_path() -> None:
    arts, errors = collect(["-", "/nonexistent/file.txt"], stdin=io.StringIO(BODY))
    assert [a.source for a in arts] == ["-"] and "no such file" in str(errors[0])


def test_gzip_named_txt_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes(gzip.compress(b"hallo"))
    _, errors = collect([p])
    assert "gzip" in str(errors[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), ext=st.sampled_from([".txt", ".csv", ".jsonl", ".html", ".rss", ".warc"]))
def test_readers_never_raise_on_random_bytes(tmp_path: Path, data: bytes, ext: str) -> None:
    p = tmp_path / f"random{ext}"
    p.write_bytes(data)
    arts, errors = collect([p])
    assert all(isinstance(e, InputError) for e in errors)
    assert all(a.text.strip() for a in arts)
