"""Random bytes in any supported format never raise anything but InputError."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiezegtwat.errors import InputError
from wiezegtwat.ingest import iter_articles

# Bytes that push the readers into their format-specific paths.
PREFIXES = [b"", b"text,title\n", b'{"text": "', b"<html><body><p>", b"\xef\xbb\xbf",
            b"\xff\xfe", b"<rss version='2.0'><channel><item><description>", b"WARC/1.0\r\n"]


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=400),
       ext=st.sampled_from([".txt", ".csv", ".jsonl", ".html", ".json", ".xml", ".warc", ".tsv"]))
def test_iter_articles_random_bytes_only_input_errors(
    tmp_path: Path, prefix: bytes, data: bytes, ext: str
) -> None:
    path = tmp_path / f"willekeurig{ext}"
    path.write_bytes(prefix + data)
    errors: list[InputError] = []
    # Any other exception escapes iter_articles and fails the test.
    articles = list(iter_articles([path], on_error=errors.append))
    assert all(type(e).__name__ != "Exception" and isinstance(e, InputError) for e in errors)
    assert all(a.text.strip() and str(path) in (a.source or "") for a in articles)
    assert all(e.source.startswith(str(path)) for e in errors)
