"""Dask and plain runs into PostgreSQL store what a plain run into SQLite stores."""

from __future__ import annotations

from pathlib import Path

from dask_fakes import word_pipeline
from distributed import Client
from test_dask import _plain, client  # noqa: F401  (the module's two-worker cluster)
from test_local_kill_pg import _dump

from wiezegtwat.run.dask import dask_ingest


def test_dask_ingest_into_postgres_equals_plain_sqlite_run(corpus: Path, tmp_path: Path,
                                                           client: Client,  # noqa: F811
                                                           pg_url: str) -> None:
    _plain(corpus, tmp_path / "plain.db")
    stats = dask_ingest([corpus], db=pg_url, client=client, batch_size=2,
                        factory=word_pipeline)
    plain = _dump(str(tmp_path / "plain.db"))
    assert stats.added == len(plain["articles"]) > 0
    assert _dump(pg_url) == plain
    again = dask_ingest([corpus], db=pg_url, client=client, factory=word_pipeline)
    assert (again.added, again.existing) == (0, stats.added)


def test_plain_ingest_into_postgres_equals_sqlite(corpus: Path, tmp_path: Path,
                                                  pg_url: str) -> None:
    _plain(corpus, tmp_path / "plain.db")
    _plain(corpus, pg_url)  # type: ignore[arg-type]
    assert _dump(pg_url) == _dump(str(tmp_path / "plain.db"))
