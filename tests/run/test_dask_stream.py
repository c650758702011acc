"""`dask_ingest(..., out=DIR)` reads articles as batches are submitted, not all first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from dask_fakes import word_pipeline
from distributed import Client, LocalCluster

import wiezegtwat.ingest
import wiezegtwat.run.dask as run_dask
from wiezegtwat.records import Article
from wiezegtwat.run.dask import PART, SeenIds, dask_ingest

N = 40
BATCH = 2


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two in-process workers: ordered_batches keeps 2 × 2 = 4 batches in flight."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"b-{i:03d}.txt").write_text(
            f"Bericht {i}.\n\n\"Plan {i} gaat door\", zei wethouder Anouk Verbeek.\n",
            encoding="utf-8")
    return folder


def test_dask_out_writes_first_part_before_reading_the_whole_input(
        tmp_path: Path, client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    read = 0
    real_iter = wiezegtwat.ingest.iter_articles

    def counting(*args: object, **kw: object) -> Iterator[Article]:
        nonlocal read
        for article in real_iter(*args, **kw):  # type: ignore[arg-type]
            read += 1
            yield article

    # Articles read but not yet written, each time a part is written.
    ahead: list[int] = []
    written = 0
    real_write = run_dask._write_part

    def spying(root: Path, batch_id: int, articles: list[Article], **kw: object) -> None:
        nonlocal written
        written += len(articles)
        ahead.append(read - written)
        real_write(root, batch_id, articles, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(wiezegtwat.ingest, "iter_articles", counting)
    monkeypatch.setattr(run_dask, "_write_part", spying)
    stats = dask_ingest([_corpus(tmp_path / "c", N)], db=tmp_path / "x.db", out=tmp_path / "p",
                        client=client, batch_size=BATCH, factory=word_pipeline)
    assert (stats.read, stats.added) == (N, N)
    assert len(ahead) == N // BATCH
    # Reading everything first would leave N - BATCH articles unwritten at the first part.
    # Streamed: at most the 4 batches in flight are read ahead of the one written.
    assert max(ahead) <= 4 * BATCH < N - BATCH


class _Recorder:
    """A Progress that logs its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int | None]] = []

    def total(self, n: int) -> None:
        self.calls.append(("total", n))

    def advance(self, article: Article | None) -> None:
        self.calls.append(("advance", None))


def test_dask_out_progress_counts_before_total_is_known(tmp_path: Path, client: Client) -> None:
    corpus = _corpus(tmp_path / "c", 12)
    out = tmp_path / "p"
    first = _Recorder()
    dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client, batch_size=BATCH,
                factory=word_pipeline, progress=first)
    assert first.calls[0] == ("advance", None), "the bar counts while reading goes on"
    assert first.calls.count(("advance", None)) == 12
    assert ("total", 12) in first.calls
    (out / "quotes" / PART.format(3)).unlink()
    again = _Recorder()
    dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client, batch_size=BATCH,
                factory=word_pipeline, progress=again)
    # Only the redone batch counts: skipped parts are not in the total.
    assert sorted(again.calls, key=str) == [("advance", None)] * BATCH + [("total", BATCH)]


def test_dask_out_skips_copies_however_far_apart_and_reruns(tmp_path: Path,
                                                            client: Client) -> None:
    corpus = _corpus(tmp_path / "c", 11)
    # Copies of the first article, last in read order, and of a middle one.
    (corpus / "z-copy-0.txt").write_bytes((corpus / "b-000.txt").read_bytes())
    (corpus / "z-copy-5.txt").write_bytes((corpus / "b-005.txt").read_bytes())
    out = tmp_path / "p"
    first = dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client,
                        batch_size=BATCH, factory=word_pipeline)
    assert (first.read, first.added, first.existing) == (13, 11, 2)
    ids = pq.read_table(out / "articles").column("id").to_pylist()
    assert len(ids) == len(set(ids)) == 11
    # The copies took no place in the batches: 11 articles, 6 parts.
    assert sorted(p.name for p in (out / "articles").glob("*.parquet")) == [
        PART.format(i) for i in range(1, 7)]
    again = dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client,
                        batch_size=BATCH, factory=word_pipeline)
    assert (again.read, again.added, again.existing) == (13, 0, 13)


def test_seen_ids_remembers_every_id() -> None:
    seen = SeenIds()
    try:
        assert [seen.add(f"id-{i}") for i in range(20_000)] == [True] * 20_000
        assert not seen.add("id-0")  # further back than run.local's 10,000-id window
        assert seen.add("id-20000")
    finally:
        seen.close()
