"""``wzw ingest`` into PostgreSQL SIGKILLed mid-run, then rerun, stores what an
uninterrupted run into SQLite stores (test_local_kill.py for the SQLite file)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from run_support import ROOT, TABLES
from test_local_kill import _generate, _wzw

from wiezegtwat.store import Store


def _stored(url: str) -> int:
    try:
        with Store.open(url, readonly=True) as store:
            return store.counts()["articles"]
    except Exception:  # the schema may not be there yet: nothing stored
        return 0


def _dump(db: str) -> dict[str, list[tuple[Any, ...]]]:
    """The content tables as run_support.dump reads them, without quote ids: PostgreSQL's
    identity is not rolled back with a killed transaction, so its ids may have gaps."""
    with Store.open(db, readonly=True) as store:
        found = {}
        for name, sql in TABLES.items():
            cursor = store.conn.execute(sql)
            names = [d[0] for d in cursor.description]
            rows = cursor.fetchall()
            keep = [i for i, n in enumerate(names) if not (name == "quotes" and n == "id")]
            found[name] = [tuple(r[i] for i in keep) for r in rows]
        return found


@pytest.mark.slow
def test_pg_ingest_sigkill_then_rerun_equals_uninterrupted_run(tmp_path: Path,
                                                              pg_url: str) -> None:
    corpus = _generate(tmp_path / "corpus", 30)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    whole = tmp_path / "whole.db"
    options = ["--lang", "nl"]
    done = subprocess.run([*_wzw(tmp_path, 0.0), str(corpus), "--db", str(whole), *options],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    proc = subprocess.Popen([*_wzw(tmp_path, 0.2), str(corpus), "--db", pg_url, *options],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while _stored(pg_url) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _stored(pg_url)
    assert 5 <= partial < 30, f"the kill did not land mid-run ({partial} stored)"

    rerun = subprocess.run([*_wzw(tmp_path, 0.0), str(corpus), "--db", pg_url, *options],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stderr
    assert _dump(pg_url) == _dump(str(whole))
