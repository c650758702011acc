"""The PostgreSQL store under kills and concurrent writers (test_crash.py for SQLite)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_crash import WRITER

from wiezegtwat.store import Store

ROOT = Path(__file__).resolve().parents[2]

# Articles whose stored quotes do not number what their metadata says: half-written ones.
CONSISTENT = (
    "SELECT count(*) FROM articles a WHERE (a.metadata::json->>'n')::int != "
    "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
)

# Each writer stores the same 24 articles, starting at a different one, so that the
# writers race for the same ids.
RACER = """
import sys
from wiezegtwat.records import Article, Quote, Speaker
from wiezegtwat.store import Store

store = Store.open(sys.argv[1])
start = int(sys.argv[2])
added = 0
for j in range(24):
    i = (start + j) % 24
    n = i % 4 + 1
    quotes = [Quote(start=0, end=7, text=f"citaat {i}.{k}", type="direct",
                    speaker=Speaker(name="Lotte Bos", actor_id="lotte-bos"))
              for k in range(n)]
    added += store.add_article(Article(id=f"r{i:03d}", text=f"Bericht {i} uit Veendorp.",
                                       metadata={"n": n}, quotes=quotes))
print(added)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _check(url: str) -> int:
    with Store.open(url) as store:
        assert store.conn.execute(CONSISTENT).fetchone()[0] == 0
        indexed = store.conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        assert indexed == store.counts()["quotes"]
        return store.counts()["articles"]


@pytest.mark.slow
def test_pg_store_survives_sigkill_of_writer(pg_url: str) -> None:
    stored = 0
    for delay in (0.05, 0.3, 0.7):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, pg_url],
                                  stdout=subprocess.PIPE, env=_env(), text=True)
        assert writer.stdout is not None
        if stored == 0:
            assert writer.stdout.readline().strip() == "ready"
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        stored = _check(pg_url)
    assert stored >= 5


def test_pg_concurrent_writers_store_each_article_once(pg_url: str) -> None:
    writers = [subprocess.Popen([sys.executable, "-c", RACER, pg_url, str(start)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=_env(), text=True)
               for start in (0, 8, 16)]
    with Store.open(pg_url, readonly=True) as reader:
        while any(w.poll() is None for w in writers):
            assert reader.conn.execute(CONSISTENT).fetchone()[0] == 0
    outputs = [w.communicate(timeout=60) for w in writers]
    assert [w.returncode for w in writers] == [0, 0, 0], [err for _, err in outputs]
    # Every article was added by exactly one writer; the others found it stored.
    assert sum(int(out) for out, _ in outputs) == 24
    with Store.open(pg_url) as store:
        assert store.counts() == {"articles": 24, "quotes": 60, "actors": 0, "mentions": 0}
        assert store.conn.execute(CONSISTENT).fetchone()[0] == 0
