"""Plain text files: exact text, encodings, binary and empty input, size limit."""

from __future__ import annotations

import codecs
import io
from pathlib import Path

import pytest

from wiezegtwat.errors import InputError
from wiezegtwat.ids import article_id
from wiezegtwat.ingest import MAX_CHARS, iter_articles

TEXT = "Burgemeester Van Dijk zei: \"We gaan door.\"\n\nDe raad was verdeeld.\n"


def test_text_kept_exactly(tmp_path: Path, read) -> None:
    path = tmp_path / "artikel.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    articles, errors = read(path)
    assert errors == []
    [article] = articles
    assert article.text == TEXT
    assert article.id == article_id(TEXT)
    assert article.source == str(path)
    assert article.metadata == {}
    # The first line ends in a period: no headline, so the file name is the title.
    assert (article.title, article.url, article.date) == ("artikel", None, None)
    assert article.external_id == "artikel.txt"


def test_text_mixed_line_endings_kept(tmp_path: Path, read) -> None:
    raw = "Eerste regel.\r\nTweede regel.\rDerde regel.\n  Vierde, ingesprongen.  \n\n"
    path = tmp_path / "regels.txt"
    path.write_bytes(raw.encode("utf-8"))
    [article], _ = read(path)
    assert article.text == raw
    assert article.text.index("Derde") == 29


def test_text_utf8_bom_removed_and_noted(tmp_path: Path, read) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + "Ëén zin met een BOM.".encode())
    [article], _ = read(path)
    assert article.text == "Ëén zin met een BOM."
    assert article.metadata == {"bom": True}


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_text_utf16_utf32_with_bom(tmp_path: Path, read, codec: str) -> None:
    text = "De minister zei: “Het café blijft open.”\r\n"
    path = tmp_path / "breed.txt"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    [article], errors = read(path)
    assert errors == []
    assert article.text == text
    assert article.metadata["bom"] is True
    assert article.metadata["encoding"].startswith(codec.split("-be")[0])


def test_text_cp1252_decoded_with_warning(tmp_path: Path, read) -> None:
    text = "“Dit kost € 5 per persoon,” zei de wethouder over het café en de reünie."
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    [article], _ = read(path)
    assert article.text == text
    assert article.metadata == {
        "encoding": "cp1252",
        "warnings": ["not valid UTF-8 (byte 0); decoded as cp1252"],
    }


def test_text_latin1_decoded(tmp_path: Path, read) -> None:
    text = "De reünie in het café was één groot feest, zei Zoë."
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    [article], _ = read(path)
    # Latin-1 letters are the same bytes in cp1252, so cp1252 decodes them.
    assert article.text == text
    assert article.metadata["encoding"] == "cp1252"
    assert article.metadata["warnings"] == ["not valid UTF-8 (byte 5); decoded as cp1252"]


def test_text_undefined_cp1252_bytes_decoded_as_latin1(tmp_path: Path, read) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 is left.
    path = tmp_path / "raar.txt"
    path.write_bytes(b"Een zin met een raar teken: " + b"\x81\xe9 en verder niets.")
    [article], errors = read(path)
    assert errors == []
    assert article.text == "Een zin met een raar teken: \x81é en verder niets."
    assert article.metadata == {
        "encoding": "latin-1",
        "warnings": ["not valid UTF-8 (byte 28); decoded as latin-1"],
    }


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a zip archive, e.g. .docx/.odt"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "gzip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"Tekst\x00met\x00nullen", "binary data with NUL bytes"),
    ],
)
def test_text_binary_rejected(tmp_path: Path, read, data: bytes, kind: str) -> None:
    path = tmp_path / "stuk.txt"
    path.write_bytes(data)
    articles, [error] = read(path)
    assert articles == []
    assert error.source == str(path)
    assert error.problem == f"binary data (looks like {kind}), not text"


def test_text_control_characters_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "ruis.txt"
    path.write_bytes(bytes(range(1, 9)) * 20 + b"wat tekst")
    _, [error] = read(path)
    assert error.problem == "binary data (160 control characters), not text"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u00a0\u2003\n".encode()])
def test_text_empty_rejected(tmp_path: Path, read, data: bytes) -> None:
    path = tmp_path / "leeg.txt"
    path.write_bytes(data)
    articles, [error] = read(path)
    assert articles == []
    assert str(error) == f"{path}: empty article (the text is empty or only whitespace)"


def test_text_too_large_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "boek.txt"
    path.write_text("De raad vergaderde. " * (MAX_CHARS // 20 + 1), encoding="utf-8")
    _, [error] = read(path)
    assert error.problem == "text has 200,020 characters, over the limit of 200,000"
    assert error.hint == "split it into separate articles first"


def test_text_at_limit_accepted(tmp_path: Path, read) -> None:
    path = tmp_path / "precies.txt"
    path.write_text("a" * (MAX_CHARS - 1) + "\n", encoding="utf-8")
    [article], errors = read(path)
    assert errors == []
    assert len(article.text) == MAX_CHARS


@pytest.mark.slow
def test_text_ten_megabyte_line_rejected_unread(tmp_path: Path) -> None:
    path = tmp_path / "lang.txt"
    path.write_bytes(b"woord " * (10 * 1024 * 1024 // 6))
    with pytest.raises(InputError) as caught:
        list(iter_articles([path]))
    assert caught.value.problem == "file has 10,485,756 bytes, over the limit of 200,000 characters"


def test_text_just_over_limit_in_bytes_still_decoded(tmp_path: Path, read) -> None:
    # 200,001 four-byte characters: refused by the character count, not the byte size.
    path = tmp_path / "emoji.txt"
    path.write_bytes("😀".encode() * (MAX_CHARS + 1))
    _, [error] = read(path)
    assert error.problem == "text has 200,001 characters, over the limit of 200,000"


def test_text_unknown_extension_read_as_text(tmp_path: Path, read) -> None:
    path = tmp_path / "bericht.md"
    path.write_text("# Kop\n\nDe wethouder zei niets.\n", encoding="utf-8")
    [article], _ = read(path)
    assert article.text == "# Kop\n\nDe wethouder zei niets.\n"


def test_text_unknown_extension_binary_rejected(tmp_path: Path, read) -> None:
    path = tmp_path / "foto.dat"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    _, [error] = read(path)
    assert error.problem == "binary data (looks like a JPEG image), not text"


def test_text_utf8_with_six_stray_bytes_decoded_as_utf8(tmp_path: Path, read) -> None:
    # 36 accented letters and quotes in UTF-8, six stray cp1252 bytes (share 36/42 = 0.86).
    good = "“Het café en de reünie zijn één feest”, zei Zoë. " * 6
    path = tmp_path / "bijna.txt"
    path.write_bytes(good.encode("utf-8") + b"Prijs: \x80 5, \x93ja\x94, na\xefef, \x85 en \xe9.")
    [article], errors = read(path)
    assert errors == []
    assert article.text == good + "Prijs: \ufffd 5, \ufffdja\ufffd, na\ufffdef, \ufffd en \ufffd."
    first_bad = len(good.encode("utf-8")) + 7
    assert article.metadata == {"warnings": [
        f"not valid UTF-8 (6 invalid byte sequences, the first at byte {first_bad}); "
        "decoded as UTF-8 with U+FFFD in their place"]}


def test_text_half_utf8_half_cp1252_decoded_as_cp1252(tmp_path: Path, read) -> None:
    # Below the 0.8 share: the cp1252 half is kept, the UTF-8 half becomes mojibake.
    path = tmp_path / "gemengd.txt"
    path.write_bytes("De reünie in het café. ".encode() + "De reünie in het café.".encode("cp1252"))
    [article], _ = read(path)
    assert article.text == "De reÃ¼nie in het cafÃ©. De reünie in het café."
    assert article.metadata["encoding"] == "cp1252"


def test_text_real_replacement_character_is_no_error(tmp_path: Path, read) -> None:
    path = tmp_path / "fffd.txt"
    path.write_bytes("Een \ufffd stond al in de tekst: café.".encode() + b" \xe9")
    [article], _ = read(path)
    # Two valid non-ASCII characters (U+FFFD, é) against one bad byte: share 0.67.
    assert article.metadata["encoding"] == "cp1252"


# --- title and external id -------------------------------------------------------------

BODY = "De wethouder zei dinsdag dat de brug in april weer opengaat. De raad was tevreden.\n"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Brug gaat in april weer open", "Brug gaat in april weer open"),
        ("Gaat de brug ooit weer open?", "Gaat de brug ooit weer open?"),
        ("Wethouder: 'brug gaat open'", "Wethouder: 'brug gaat open'"),
        ("  Brug weer open  \r", "Brug weer open"),
        ("## Brug weer open", "Brug weer open"),
    ],
)
def test_text_headline_before_blank_line_is_the_title(
    tmp_path: Path, read, first: str, title: str
) -> None:
    text = f"{first}\n\n{BODY}"
    path = tmp_path / "bericht.txt"
    path.write_bytes(text.encode("utf-8"))
    [article], _ = read(path)
    assert article.title == title
    # The headline stays in the text: offsets keep pointing into the file.
    assert (article.text, article.id) == (text, article_id(text))


def test_text_headline_before_one_line_break_when_clearly_shorter(tmp_path: Path, read) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text(f"Brug weer open\r\n{BODY}", encoding="utf-8")
    [article], _ = read(path)
    assert article.title == "Brug weer open"


@pytest.mark.parametrize(
    "text",
    [
        f"De brug gaat in april weer open.\n\n{BODY}",  # a sentence
        f"De brug gaat open, zei de wethouder.\"\n\n{BODY}",  # a sentence in marks
        f"De wethouder zei het volgende:\n\n{BODY}",  # a lead-in
        " ".join(["woord"] * 26) + f"\n\n{BODY}",  # too many words
        "Brug " + "a" * 200 + f"\n\n{BODY}",  # too long
        f"2024-03-05\n\n{BODY}",  # no letter
        "Brug weer open\n",  # nothing after it
        # Hard-wrapped prose: the next line continues the sentence or is as long.
        "De wethouder zei dinsdag dat de brug in april\nweer opengaat en de raad was blij.\n",
        "De wethouder zei dinsdag dat de brug\nIn april opengaat, zei ze.\n",
    ],
)
def test_text_without_headline_takes_the_file_name(tmp_path: Path, read, text: str) -> None:
    path = tmp_path / "brug_weer-open.txt"
    path.write_text(text, encoding="utf-8")
    [article], _ = read(path)
    assert article.title == "brug weer open"
    assert article.external_id == "brug_weer-open.txt"


def test_text_external_id_is_the_file_name_in_a_folder(tmp_path: Path, read) -> None:
    (tmp_path / "regio").mkdir()
    (tmp_path / "regio" / "2024-03-05 brug.txt").write_text(BODY, encoding="utf-8")
    [article], _ = read(tmp_path)
    assert (article.external_id, article.title) == ("2024-03-05 brug.txt", "2024 03 05 brug")


def test_text_from_stdin_has_no_name(read) -> None:
    [article], _ = read("-", stdin=io.BytesIO(BODY.encode("utf-8")))
    assert (article.title, article.external_id) == (None, None)
    [titled], _ = read("-", stdin=io.BytesIO(f"Brug open\n\n{BODY}".encode()))
    assert titled.title == "Brug open"
