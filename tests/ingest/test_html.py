"""HTML pages: main text without boilerplate or scripts, metadata, paragraphs."""

from __future__ import annotations

from pathlib import Path

from wiezegtwat.ingest.html import fragment_text


def test_html_main_text_and_metadata(tmp_path: Path, read, zwembad, make_page) -> None:
    head = (f'<meta name="author" content="{zwembad["author"]}">'
            '<meta property="article:published_time" content="2024-03-05T10:15:00+01:00">')
    html = make_page(zwembad["title"], [zwembad["p1"], zwembad["p2"], zwembad["p3"]],
                     head=head, url=zwembad["url"])
    path = tmp_path / "zwembad.html"
    path.write_text(html, encoding="utf-8")
    [article], errors = read(path)
    assert errors == []
    assert article.text == "\n\n".join(
        [zwembad["title"], zwembad["p1"], zwembad["p2"], zwembad["p3"]])
    assert article.title == zwembad["title"]
    assert article.author == "Els de Wit"
    assert article.url == zwembad["url"]
    assert article.outlet == "dagbladzuid.nl"
    assert article.date == "2024-03-05"
    assert article.source == str(path)
    assert article.external_id == "zwembad.html"
    assert article.metadata == {"sitename": "Dagblad Zuid"}


def test_html_scripts_iframes_broken_tags_left_out(tmp_path: Path, read, zwembad) -> None:
    html = f"""<html><head><title>{zwembad["title"]}</title></head><body>
<div class="menu"><a href="/">Home</a> | <a href="/x">Contact</a></div>
<article><h1>{zwembad["title"]}</h1>
<p>{zwembad["p1"]}<script>var geheim = "scripttekst";</script>
<p>{zwembad["p2"]}<br>
<iframe src="https://reclame.example/">iframetekst</iframe><b>Vet <i>en schuin</b> verder</i>
<style>p {{ color: red }}</style>
<p>{zwembad["p3"]}</div></span>
</article><footer>Alle rechten voorbehouden</footer></body></html>"""
    path = tmp_path / "kapot.htm"
    path.write_text(html, encoding="utf-8")
    [article], _ = read(path)
    for junk in ("scripttekst", "iframetekst", "color: red", "Contact", "rechten"):
        assert junk not in article.text
    assert article.text.startswith(f'{zwembad["title"]}\n\n{zwembad["p1"]}\n\n{zwembad["p2"]}')
    assert article.text.endswith(zwembad["p3"])
    assert "Vet en schuin verder" in article.text


def test_html_declared_latin1_charset(tmp_path: Path, read, zwembad) -> None:
    html = (f'<html><head><meta charset="iso-8859-1"><title>Café</title></head><body>'
            f'<article><p>Het café van Zoë gaat dicht. {zwembad["p1"]}</p>'
            f'<p>{zwembad["p2"]}</p></article></body></html>')
    path = tmp_path / "oud.html"
    path.write_bytes(html.encode("latin-1"))
    [article], _ = read(path)
    assert article.text == f'Het café van Zoë gaat dicht. {zwembad["p1"]}\n\n{zwembad["p2"]}'


def test_html_without_text_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "leeg.html"
    path.write_text("<html><head><title>Niets</title><script>x()</script></head>"
                    "<body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    articles, [error] = read(path)
    assert articles == []
    assert error.problem == "no article text found in the HTML page"


def test_html_og_url_gives_outlet(tmp_path: Path, read, zwembad, make_page) -> None:
    head = '<meta property="og:url" content="https://www.noordbode.nl/2024/zwembad">'
    path = tmp_path / "og.html"
    path.write_text(make_page(zwembad["title"], [zwembad["p1"], zwembad["p2"]], head=head),
                    encoding="utf-8")
    [article], _ = read(path)
    assert article.url == "https://www.noordbode.nl/2024/zwembad"
    assert article.outlet == "noordbode.nl"


def test_fragment_text_blocks_and_scripts() -> None:
    markup = ("<p>Eerste &amp; alinea.</p><script>alert('x')</script>staart"
              "<div>Tweede<br>regel</div><ul><li>een</li><li>twee</li></ul>")
    assert fragment_text(markup) == "Eerste & alinea.\n\nstaart\n\nTweede\nregel\n\neen\n\ntwee"


def test_fragment_text_plain_string() -> None:
    assert fragment_text("  Gewoon   tekst  ") == "Gewoon tekst"
