"""Dask runs store exactly what a plain run stores, in order, through failures."""

from __future__ import annotations

import time
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from dask_fakes import word_pipeline
from distributed import Client, LocalCluster
from run_support import dump, write_corpus

from wiezegtwat.records import Article
from wiezegtwat.run.dask import PART, connect, dask_ingest, dask_runner
from wiezegtwat.run.local import ingest, serial_runner
from wiezegtwat.store import Store


def _plain(corpus: Path, db: Path) -> None:
    with word_pipeline() as pipe:
        ingest([corpus], db=db, runner=serial_runner(pipe))


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two in-process workers with one thread each."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_dask_ingest_same_database_as_plain_run(corpus: Path, tmp_path: Path,
                                                client: Client) -> None:
    _plain(corpus, tmp_path / "plain.db")
    stats = dask_ingest([corpus], db=tmp_path / "dask.db", client=client, batch_size=2,
                        factory=word_pipeline)
    plain, dasked = dump(tmp_path / "plain.db"), dump(tmp_path / "dask.db")
    assert stats.added == len(plain["articles"]) > 0
    assert stats.quotes == len(plain["quotes"]) > 0
    assert dasked == plain


def test_dask_ingest_rerun_adds_nothing(corpus: Path, tmp_path: Path, client: Client) -> None:
    db = tmp_path / "dask.db"
    first = dask_ingest([corpus], db=db, client=client, factory=word_pipeline)
    again = dask_ingest([corpus], db=db, client=client, factory=word_pipeline)
    assert (again.added, again.existing) == (0, first.added)


def _ids(n: int) -> list[Article]:
    texts = [f"Bericht {i}: \"Alles is rustig\", zei agent Pim Kok." for i in range(n)]
    return [Article(id=f"a{i:03d}", text=t, source=f"gen/{i}") for i, t in enumerate(texts)]


def test_dask_runner_yields_input_order_when_batches_finish_out_of_order(
        client: Client) -> None:
    # The first batch sleeps, so later batches finish before it.
    slow_first = partial(word_pipeline, delay=1.0, delay_marker="Traag")
    run = dask_runner(client, batch_size=1, in_flight=6, factory=slow_first)
    articles = _ids(10)
    articles[0].text = "Traag bericht. " + articles[0].text
    out = list(run(iter(articles)))
    assert [a.id for a in out if isinstance(a, Article)] == [f"a{i:03d}" for i in range(10)]


def test_dask_runner_bounds_batches_in_flight(client: Client) -> None:
    pulled = 0
    most_ahead = 0

    def source() -> Iterator[Article]:
        nonlocal pulled
        for article in _ids(20):
            pulled += 1
            yield article

    run = dask_runner(client, batch_size=1, in_flight=3, factory=word_pipeline)
    seen = 0
    for _ in run(source()):
        seen += 1
        most_ahead = max(most_ahead, pulled - seen)
    assert seen == 20
    # Three batches submitted or buffered, plus the one being yielded.
    assert most_ahead <= 3


def test_dask_runner_analyses_batches_on_both_workers_at_once(client: Client) -> None:
    # Sleeping stands in for Frog: two workers must overlap their batches.
    slow = partial(word_pipeline, delay=0.5)
    run = dask_runner(client, batch_size=1, factory=slow)
    t0 = time.perf_counter()
    out = list(run(iter(_ids(8))))
    elapsed = time.perf_counter() - t0
    assert len(out) == 8
    assert elapsed < 0.75 * 8 * 0.5, f"{elapsed:.2f} s: the batches ran one at a time"


def test_dask_runner_retries_batch_that_failed_once(corpus: Path, tmp_path: Path,
                                                    client: Client) -> None:
    corpus = write_corpus(tmp_path / "c")
    _plain(corpus, tmp_path / "plain.db")
    flag = tmp_path / "crashed"
    flaky = partial(word_pipeline, crash_marker="Havenbedrijf", flag=str(flag), how="raise")
    stats = dask_ingest([corpus], db=tmp_path / "dask.db", client=client, batch_size=2,
                        factory=flaky, retries=2)
    assert flag.exists()  # the failure really happened
    assert (stats.added, stats.existing, stats.failed) == (6, 0, 0)
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "plain.db")


def test_dask_runner_reports_batch_that_keeps_failing(tmp_path: Path, client: Client) -> None:
    corpus = write_corpus(tmp_path / "c")
    # No flag file path that can be created: the marker batch fails on every attempt.
    always = partial(word_pipeline, crash_marker="Havenbedrijf",
                     flag=str(tmp_path / "missing-dir" / "flag"), how="raise")
    errors: list[str] = []
    stats = dask_ingest([corpus], db=tmp_path / "dask.db", client=client, batch_size=1,
                        factory=always, retries=1, on_error=lambda e: errors.append(str(e)))
    assert (stats.added, stats.failed) == (5, 1)
    assert len(errors) == 1
    assert errors[0].startswith(str(corpus / "haven.txt"))
    assert "after 2 attempts" in errors[0]


def test_dask_ingest_out_writes_parquet_parts(corpus: Path, tmp_path: Path,
                                              client: Client) -> None:
    _plain(corpus, tmp_path / "plain.db")
    with Store.open(tmp_path / "plain.db") as store:
        counts = store.counts()
    out = tmp_path / "parts"
    stats = dask_ingest([corpus], db=tmp_path / "unused.db", out=out, client=client,
                        batch_size=4, factory=word_pipeline)
    n_batches = -(-counts["articles"] // 4)
    assert sorted(p.name for p in (out / "quotes").glob("*.parquet")) == [
        PART.format(i) for i in range(1, n_batches + 1)]
    quotes = pq.read_table(out / "quotes")
    articles = pq.read_table(out / "articles")
    assert (articles.num_rows, quotes.num_rows) == (counts["articles"], counts["quotes"])
    assert stats.quotes == counts["quotes"]
    assert quotes.column_names[:3] == ["article_id", "n", "outlet"]
    assert not (tmp_path / "unused.db").exists()
    # A rerun finds every part and analyses nothing.
    again = dask_ingest([corpus], db=tmp_path / "unused.db", out=out, client=client,
                        batch_size=4, factory=word_pipeline)
    assert (again.added, again.existing) == (0, counts["articles"])


def test_dask_ingest_out_redoes_only_missing_part(tmp_path: Path, client: Client) -> None:
    corpus = write_corpus(tmp_path / "c")
    out = tmp_path / "parts"
    dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client, batch_size=2,
                factory=word_pipeline)
    (out / "articles" / PART.format(2)).unlink()
    again = dask_ingest([corpus], db=tmp_path / "x.db", out=out, client=client,
                        batch_size=2, factory=word_pipeline)
    assert (again.added, again.existing) == (2, 4)
    assert pq.read_table(out / "articles").num_rows == 6


@pytest.mark.slow
def test_dask_ingest_survives_lost_worker_process(tmp_path: Path, worker_path: None) -> None:
    corpus = write_corpus(tmp_path / "c")
    _plain(corpus, tmp_path / "plain.db")
    flag = tmp_path / "died"
    dying = partial(word_pipeline, crash_marker="Havenbedrijf", flag=str(flag), how="exit")
    with connect(n_workers=2) as c:
        stats = dask_ingest([corpus], db=tmp_path / "dask.db", client=c, batch_size=1,
                            factory=dying)
    assert flag.exists()  # one worker process really died
    assert (stats.added, stats.existing, stats.failed) == (6, 0, 0)
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "plain.db")
