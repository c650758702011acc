"""With real Frog, a Dask run stores exactly what a plain run stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from distributed import Client, LocalCluster
from run_support import ARTICLES, dump, write_corpus

from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.pipeline import Pipeline
from wiezegtwat.run.dask import dask_ingest
from wiezegtwat.run.local import ingest, serial_runner


@pytest.mark.slow
@pytest.mark.frog
def test_dask_ingest_with_frog_same_database_as_plain_run(frog: FrogBackend,
                                                          tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", {k: ARTICLES[k] for k in ("brug.txt", "haven.txt",
                                                                     "markt.txt")})
    with Pipeline(backend=frog) as pipe:
        plain = ingest([corpus], db=tmp_path / "plain.db", runner=serial_runner(pipe))
    # One in-process worker: it starts its own Frog server through the worker plugin.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        stats = dask_ingest([corpus], db=tmp_path / "dask.db", client=client, batch_size=2)
    assert (stats.added, stats.failed) == (3, 0)
    assert stats.quotes == plain.quotes > 0
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "plain.db")
