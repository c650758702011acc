"""The local ingest reads articles as the analysis asks for them and reports fallbacks."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from dask_fakes import word_pipeline
from run_support import dump

import wiezegtwat.ingest
from wiezegtwat.errors import InputError
from wiezegtwat.records import Article
from wiezegtwat.run.local import ingest, serial_runner


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"b-{i:03d}.txt").write_text(
            f"Bericht {i}.\n\n\"Plan {i} gaat door\", zei wethouder Anouk Verbeek.\n", encoding="utf-8")
    return folder


def test_ingest_reads_one_article_ahead_of_the_analysis(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0
    real = wiezegtwat.ingest.iter_articles

    def counting(*args: object, **kw: object) -> Iterator[Article]:
        nonlocal read
        for article in real(*args, **kw):  # type: ignore[arg-type]
            read += 1
            yield article

    monkeypatch.setattr(wiezegtwat.ingest, "iter_articles", counting)
    ahead: list[int] = []
    with word_pipeline() as pipe:
        serial = serial_runner(pipe)

        def runner(articles: Iterable[Article]) -> Iterator[Article | InputError]:
            for n, result in enumerate(serial(articles), start=1):
                ahead.append(read - n)
                yield result

        stats = ingest([_corpus(tmp_path / "c", 30)], db=tmp_path / "s.db", runner=runner)
    assert stats.added == 30
    assert max(ahead) == 0, "every article is analysed before the next one is read"


def test_ingest_streamed_equals_rerun_with_copies(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    (corpus / "z-copy.txt").write_bytes((corpus / "b-003.txt").read_bytes())
    with word_pipeline() as pipe:
        first = ingest([corpus], db=tmp_path / "s.db", runner=serial_runner(pipe))
        again = ingest([corpus], db=tmp_path / "s.db", runner=serial_runner(pipe))
    assert (first.read, first.added, first.existing) == (13, 12, 1)
    assert (again.read, again.added, again.existing) == (13, 0, 13)
    assert len(dump(tmp_path / "s.db")["articles"]) == 12


def test_ingest_fallback_encoding_in_run_summary(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 2)
    (corpus / "oud.txt").write_bytes("De reünie in het café, zei Zoë Bakker.".encode("cp1252"))
    seen: list[str] = []
    with word_pipeline() as pipe:
        stats = ingest([corpus], db=tmp_path / "s.db", runner=serial_runner(pipe),
                       on_warning=lambda w: seen.append(str(w)))
    assert stats.added == 3
    expected = [f"{corpus / 'oud.txt'}: not valid UTF-8 (byte 5); decoded as cp1252"]
    assert stats.warnings == expected
    assert seen == expected


def test_ingest_skips_fifo_and_device_link_and_names_them(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c", 2)
    os.mkfifo(corpus / "pijp.txt")
    (corpus / "nul.txt").symlink_to("/dev/zero")
    with word_pipeline() as pipe:
        stats = ingest([corpus], db=tmp_path / "s.db", runner=serial_runner(pipe))
    assert (stats.added, stats.failed) == (2, 2)
    assert stats.errors == [
        f"{corpus / 'nul.txt'}: not a regular file but a symlink to /dev/zero, a character device "
        "(only regular files are read)",
        f"{corpus / 'pijp.txt'}: not a regular file but a FIFO (named pipe) "
        "(only regular files are read)",
    ]
