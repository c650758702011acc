"""RSS 2.0 and Atom feeds: one article per entry."""

from __future__ import annotations

from pathlib import Path

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Dagblad Zuid - Regio</title><link>https://www.dagbladzuid.nl/regio</link>
<item>
  <title>Raad stemt in met zwembad</title>
  <link>https://www.dagbladzuid.nl/regio/zwembad</link>
  <guid>dz-1001</guid>
  <pubDate>Tue, 05 Mar 2024 10:15:00 +0100</pubDate>
  <author>redactie@dagbladzuid.nl (Els de Wit)</author>
  <category>Politiek</category>
  <description><![CDATA[<p>De raad stemde in. "Een mooie dag," zei wethouder Bakker.</p>
<script>volg('x')</script><p>De oppositie &amp; de bewoners zijn kritisch.</p>]]></description>
</item>
<item>
  <title>Brug&nbsp;dicht &euro; &onbekend; weken</title>
  <link>https://www.dagbladzuid.nl/regio/brug</link>
  <pubDate>geen datum</pubDate>
  <description>De brug over de Maas gaat drie weken dicht, meldt Rijkswaterstaat.</description>
</item>
<item><title>Alleen een kop</title><link>https://www.dagbladzuid.nl/regio/kop</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Noordbode</title><link href="https://noordbode.nl/"/>
  <id>urn:noordbode</id><updated>2024-03-06T08:00:00Z</updated>
  <entry>
    <title>Minister bezoekt haven</title>
    <link href="https://noordbode.nl/haven"/>
    <id>urn:noordbode:haven</id>
    <published>2024-03-06T07:30:00+01:00</published>
    <updated>2024-03-06T08:00:00Z</updated>
    <author><name>Piet Jansen</name></author>
    <summary>Korte samenvatting.</summary>
    <content type="html">&lt;p&gt;De minister bezocht de haven.&lt;/p&gt;&lt;p&gt;"Indrukwekkend," zei ze.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_entries_with_odd_entities(tmp_path: Path, read) -> None:
    path = tmp_path / "regio.rss"
    path.write_text(RSS, encoding="utf-8")
    articles, errors = read(path)
    first, second = articles
    assert first.source == f"{path}#1"
    assert first.text == ('De raad stemde in. "Een mooie dag," zei wethouder Bakker.\n\n'
                          "De oppositie & de bewoners zijn kritisch.")
    assert (first.title, first.url, first.outlet, first.date, first.author) == (
        "Raad stemt in met zwembad", "https://www.dagbladzuid.nl/regio/zwembad",
        "dagbladzuid.nl", "2024-03-05T10:15:00+01:00", "Els de Wit")
    assert first.metadata["guid"] == "dz-1001"
    assert first.metadata["tags"] == ["Politiek"]
    assert first.metadata["feed_title"] == "Dagblad Zuid - Regio"
    assert second.text == "De brug over de Maas gaat drie weken dicht, meldt Rijkswaterstaat."
    assert second.title == "Brug dicht € &onbekend; weken"
    assert second.date is None
    assert second.metadata["warnings"] == [
        "the feed is not well-formed XML (<unknown>:15:13: undefined entity)",
        "date 'geen datum' is not a date; dropped",
    ]
    [error] = errors
    assert str(error) == f"{path}#3: entry 3 has no text (no content or summary)"


def test_atom_content_preferred_over_summary(tmp_path: Path, read) -> None:
    path = tmp_path / "noord.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article], errors = read(path)
    assert errors == []
    assert article.text == 'De minister bezocht de haven.\n\n"Indrukwekkend," zei ze.'
    assert (article.title, article.url, article.outlet, article.date, article.author) == (
        "Minister bezoekt haven", "https://noordbode.nl/haven", "noordbode.nl",
        "2024-03-06T07:30:00+01:00", "Piet Jansen")
    assert article.metadata == {"feed_title": "Noordbode", "guid": "urn:noordbode:haven"}


def test_xml_extension_feed_detected(tmp_path: Path, read) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    [article], _ = read(path)
    assert article.source == f"{path}#1"


def test_xml_that_is_no_feed_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><boeken><boek>Max Havelaar</boek></boeken>",
                    encoding="utf-8")
    articles, [error] = read(path)
    assert articles == []
    assert error.problem == "XML that is neither an RSS/Atom feed nor an HTML page"


def test_feed_without_entries_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "leeg.rss"
    path.write_text('<rss version="2.0"><channel><title>Leeg</title></channel></rss>',
                    encoding="utf-8")
    _, [error] = read(path)
    assert error.problem == "the feed has no entries"
