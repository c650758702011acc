"""Inputs that are not regular files are skipped, named, never read; reads are capped."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from wiezegtwat.ingest import MAX_CHARS, iter_articles
from wiezegtwat.ingest.build import MAX_PAGE_BYTES, MAX_WHOLE_BYTES

TEXT = "De wethouder zei dat het plan doorgaat.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _read_in_thread(read, *paths: Path):  # type: ignore[no-untyped-def]
    # A reader that blocks on a FIFO would hang the test run: read in a daemon thread
    # and fail (instead of hanging) when it has not returned after a minute.
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(read(*paths)), daemon=True)
    thread.start()
    thread.join(60)
    assert result, "reading blocked"
    return result[0]


def test_fifo_in_folder_skipped_and_named(tmp_path: Path, read) -> None:
    folder = _folder(tmp_path)
    os.mkfifo(folder / "b.txt")
    articles, [error] = _read_in_thread(read, folder)
    assert [a.text for a in articles] == [TEXT]
    assert error.source == str(folder / "b.txt")
    assert error.problem == "not a regular file but a FIFO (named pipe)"


def test_fifo_given_directly_skipped(tmp_path: Path, read) -> None:
    os.mkfifo(tmp_path / "pijp.csv")
    articles, [error] = _read_in_thread(read, tmp_path / "pijp.csv")
    assert articles == []
    assert error.problem == "not a regular file but a FIFO (named pipe)"


def test_symlink_to_dev_zero_skipped_and_named(tmp_path: Path, read) -> None:
    folder = _folder(tmp_path)
    (folder / "nul.txt").symlink_to("/dev/zero")
    articles, [error] = _read_in_thread(read, folder)
    assert [a.text for a in articles] == [TEXT]
    assert error.source == str(folder / "nul.txt")
    assert error.problem == "not a regular file but a symlink to /dev/zero, a character device"


def test_symlink_to_regular_file_read(tmp_path: Path, read) -> None:
    folder = _folder(tmp_path)
    (folder / "b.txt").symlink_to(folder / "a.txt")
    articles, errors = read(folder)
    assert errors == []
    assert [(a.source, a.text) for a in articles] == [(str(folder / "a.txt"), TEXT),
                                                      (str(folder / "b.txt"), TEXT)]


def test_html_over_page_limit_refused_without_reading_it_all(tmp_path: Path, read) -> None:
    path = tmp_path / "groot.html"
    with path.open("wb") as f:
        f.truncate(MAX_PAGE_BYTES + 1)  # sparse: the size of a page, no disk used
    _, [error] = read(path)
    assert error.problem == f"more than {MAX_PAGE_BYTES:,} bytes, over the limit for a html file"


def test_stdin_over_limit_refused(read) -> None:
    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
            b[:] = b"a" * len(b)
            return len(b)

    stdin = io.BufferedReader(Endless())
    _, [error] = read("-", stdin=stdin)
    assert error.problem == f"more than {MAX_WHOLE_BYTES:,} bytes on stdin"


def test_jsonl_line_over_limit_skipped_rest_read(tmp_path: Path, read) -> None:
    path = tmp_path / "lijst.jsonl"
    long = "x" * (8 * MAX_CHARS + 10)
    path.write_text(f'{{"text": "{long}"}}\n{{"text": "{TEXT.strip()}"}}\n', encoding="utf-8")
    articles, [error] = read(path)
    assert [a.text for a in articles] == [TEXT.strip()]
    assert error.problem == f"record 1 (line 1): longer than {8 * MAX_CHARS:,} characters"


@pytest.mark.parametrize("rows", [1, 3000])
def test_csv_streamed_rows_in_order(tmp_path: Path, rows: int) -> None:
    path = tmp_path / "export.csv"
    # Over the 1 MiB decoding chunk for 3000 rows, with a multi-byte character at its edges.
    lines = [f'{i},"Tekst {i}: “zei” de wethouder van Zoë. {"é" * 200}"' for i in range(rows)]
    path.write_text("id,text\n" + "\n".join(lines) + "\n", encoding="utf-8")
    articles = list(iter_articles([path]))
    assert [a.external_id for a in articles] == [str(i) for i in range(rows)]
    assert articles[-1].text == f'Tekst {rows - 1}: “zei” de wethouder van Zoë. {"é" * 200}'
