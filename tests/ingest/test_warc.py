"""Web archives: HTML responses become articles; truncation is reported, not hidden."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPHS = [
    ["De gemeenteraad van Zuiderveen stemde dinsdag in met een nieuw zwembad.",
     '"Een mooie dag," zei wethouder Jan Bakker tegen de verslaggever.'],
    ["De brug over de Maas gaat drie weken dicht voor groot onderhoud.",
     "Volgens Rijkswaterstaat is omrijden via Venlo het snelst."],
    ["De haven van Noordstad krijgt een nieuwe kade voor grote schepen.",
     '"Dit is goed voor de werkgelegenheid," zei de havenmeester.'],
]


def build_warc(make_page: Callable[..., str], *, gzip_records: bool) -> bytes:
    """A warcinfo record, three HTML pages, an image, a redirect (with request records)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip_records)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    for i, paragraphs in enumerate(PARAGRAPHS):
        url = f"https://www.dagbladzuid.nl/nieuws/{i}"
        body = make_page(f"Kop {i}", paragraphs).encode("utf-8")
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": f"2024-03-0{i + 5}T12:00:00Z"}))
    image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://www.dagbladzuid.nl/logo.png", "response",
        payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image))
    moved = StatusAndHeaders("301 Moved Permanently",
                             [("Content-Type", "text/html"), ("Location", "/nieuws/0")],
                             protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(
        "https://www.dagbladzuid.nl/oud", "response",
        payload=io.BytesIO(b"<html><body><p>Verhuisd</p></body></html>"), http_headers=moved))
    return buf.getvalue()


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "CRAWL.WARC.GZ"])
def test_warc_html_responses(tmp_path: Path, read, make_page, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(build_warc(make_page, gzip_records=name.lower().endswith(".gz")))
    articles, errors = read(path)
    assert errors == []
    assert [a.source for a in articles] == [f"{path}#2", f"{path}#3", f"{path}#4"]
    for i, article in enumerate(articles):
        assert article.text == "\n\n".join([f"Kop {i}", *PARAGRAPHS[i]])
        assert article.url == f"https://www.dagbladzuid.nl/nieuws/{i}"
        assert article.outlet == "dagbladzuid.nl"
        # The page has no date of its own, so the crawl date stands in.
        assert article.date == f"2024-03-0{i + 5}T12:00:00+00:00"
        assert article.metadata["warc_date"] == f"2024-03-0{i + 5}T12:00:00Z"
        assert article.metadata["warc_record_id"].startswith("<urn:uuid:")


@pytest.mark.parametrize("gzip_records", [False, True])
@pytest.mark.parametrize(("cut", "read_before", "broken_at"), [
    (0.97, 2, 4),  # inside the last page's payload
    (0.55, 1, 3),  # inside the second page
    (0.02, 0, 1),  # inside the first record's header
])
def test_warc_truncated_reports_record(
    tmp_path: Path, read, make_page, gzip_records: bool, cut: float, read_before: int,
    broken_at: int,
) -> None:
    data = build_warc(make_page, gzip_records=gzip_records)
    # Cut relative to the third page record so that the cases do not depend on sizes.
    path = tmp_path / ("kapot.warc.gz" if gzip_records else "kapot.warc")
    offsets = _record_offsets(data)
    start, end = offsets[broken_at - 1], offsets[broken_at]
    path.write_bytes(data[: start + int((end - start) * cut)])
    articles, errors = read(path)
    assert len(articles) == read_before
    [error] = errors
    assert error.source == f"{path}#{broken_at}"
    assert error.problem.startswith(f"archive truncated or damaged at record {broken_at}")


def _record_offsets(data: bytes) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    offsets = []
    records = ArchiveIterator(io.BytesIO(data))
    for _ in records:
        offsets.append(records.get_record_offset())
    return [*offsets, len(data)]


def test_warc_gzip_member_damaged(tmp_path: Path, read, make_page) -> None:
    data = bytearray(build_warc(make_page, gzip_records=True))
    offsets = _record_offsets(bytes(data))
    middle = (offsets[2] + offsets[3]) // 2
    data[middle : middle + 16] = b"\x00" * 16  # a damaged deflate block in record 3
    path = tmp_path / "beschadigd.warc.gz"
    path.write_bytes(bytes(data))
    articles, errors = read(path)
    # The pages before the damage are read; where warcio loses track is reported.
    assert [a.source for a in articles] == [f"{path}#2"]
    [error] = errors
    assert error.source in (f"{path}#3", f"{path}#4")
    assert error.problem.startswith(f"archive truncated or damaged at record {error.source[-1]}: ")
    assert len(error.problem) < 180


def _member_unfinished(member: bytes) -> bytes:
    """The member's deflate data without its final block and trailer: it never ends."""
    deflate = zlib.compressobj(6, zlib.DEFLATED, -15)
    return member[:10] + deflate.compress(gzip.decompress(member)) + deflate.flush(zlib.Z_SYNC_FLUSH)


def _member_checksum_wrong(member: bytes) -> bytes:
    """The member's text changed by one letter, its old checksum kept."""
    text = gzip.decompress(member)
    changed = text[:-60] + text[-60:].replace(b"<", b">", 1).replace(b"\n", b"\r", 1)
    assert changed != text
    return gzip.compress(changed, mtime=0)[:-8] + member[-8:]


@pytest.mark.parametrize("damage", [_member_unfinished, _member_checksum_wrong])
@pytest.mark.parametrize("record", [3, 5, 6])  # a page, the image, the last record
def test_warc_gzip_member_that_decompresses_wrong(
    tmp_path: Path, read, make_page, damage: Callable[[bytes], bytes], record: int,
) -> None:
    # warcio writes a warning for such a member and goes on as if it were whole.
    data = build_warc(make_page, gzip_records=True)
    offsets = _record_offsets(data)
    start, end = offsets[record - 1], offsets[record]
    path = tmp_path / "beschadigd.warc.gz"
    path.write_bytes(data[:start] + damage(data[start:end]) + data[end:])
    articles, [error] = read(path)
    # The damaged page is not read; the pages before it are.
    assert [a.source for a in articles] == [f"{path}#{k}" for k in (2, 3, 4) if k < record]
    assert error.source == f"{path}#{record}"
    assert error.problem.startswith(f"archive truncated or damaged at record {record}: ")
    assert "gzip" in error.problem


def test_gzip_truncated_whole_file(tmp_path: Path, read, make_page) -> None:
    # A WARC compressed as one gzip stream (not per record), cut in half.
    whole = gzip.compress(build_warc(make_page, gzip_records=False))
    path = tmp_path / "stroom.warc.gz"
    path.write_bytes(whole[: len(whole) // 2])
    articles, errors = read(path)
    assert len(errors) == 1
    assert errors[0].source.startswith(f"{path}#")
    assert len(articles) < 3


def test_warc_that_is_no_archive(tmp_path: Path, read) -> None:
    path = tmp_path / "tekst.warc"
    path.write_text("Dit is geen archief maar gewone tekst.\n", encoding="utf-8")
    articles, [error] = read(path)
    assert articles == []
    assert error.source.startswith(str(path))


def test_warc_gzip_random_damage_always_reported(tmp_path: Path, read, make_page) -> None:
    # Overwrite 1-16 bytes of one member, 100 times: whenever zlib can tell, the
    # damage is reported at its record and the pages before it are read.
    import random

    rng = random.Random(13)
    path = tmp_path / "beschadigd.warc.gz"
    for _ in range(100):
        data = bytearray(build_warc(make_page, gzip_records=True))
        offsets = _record_offsets(bytes(data))
        record = rng.randrange(2, len(offsets))  # the first one is checked at the start
        start, end = offsets[record - 1], offsets[record]
        pos, size = rng.randrange(start + 10, end - 8), rng.choice([1, 4, 16])
        data[pos : pos + size] = bytes(rng.randrange(256) for _ in range(size))
        try:
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
            inflate.decompress(bytes(data[start:end]))
            damaged = not inflate.eof
        except zlib.error:
            damaged = True
        if not damaged:
            continue
        path.write_bytes(bytes(data))
        articles, [error] = read(path)
        assert [a.source for a in articles] == [f"{path}#{k}" for k in (2, 3, 4) if k < record]
        assert error.source == f"{path}#{record}"
