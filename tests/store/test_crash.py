"""Crash safety and isolation: a killed writer or a concurrent reader sees whole articles."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from wiezegtwat.store import Store

# The writer: article i has (i % 7) + 1 quotes and says so in its metadata.
WRITER = textwrap.dedent(
    """
    import sys
    from wiezegtwat.records import Article, Quote, Speaker
    from wiezegtwat.store import Store

    store = Store.open(sys.argv[1])
    i = 0
    while True:
        text = f"Bericht {i}: " + " ".join(
            f'"Citaat {i}.{k} over de begroting," zei wethouder Klaas {k}.' for k in range(20)
        )
        n = i % 7 + 1
        quotes = [
            Quote(start=0, end=10, text=f"citaat {i}.{k}", type="direct",
                  speaker=Speaker(name=f"Klaas {k}"))
            for k in range(n)
        ]
        store.add_article(Article(id=f"art{i:06d}", text=text, metadata={"n": n}, quotes=quotes))
        i += 1
        if i == 5:
            print("ready", flush=True)
    """
)

CONSISTENT = (
    "SELECT count(*) FROM articles a WHERE json_extract(a.metadata, '$.n') != "
    "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id)"
)


def _check(path: Path) -> int:
    with Store.open(path) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute(CONSISTENT).fetchone()[0] == 0
        fts = store.conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0]
        assert fts == store.counts()["quotes"]
        return store.counts()["articles"]


@pytest.mark.slow
def test_store_survives_sigkill_of_writer(tmp_path: Path) -> None:
    path = tmp_path / "wzw.db"
    Store.open(path).close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    stored = 0
    for delay in (0.05, 0.3, 0.7):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, env=env, text=True
        )
        assert writer.stdout is not None
        if stored == 0:
            assert writer.stdout.readline().strip() == "ready"
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        stored = _check(path)
    assert stored >= 5


def test_reader_never_sees_half_an_article(tmp_path: Path) -> None:
    path = tmp_path / "wzw.db"
    Store.open(path).close()
    from wiezegtwat.records import Article, Quote, Speaker

    def write() -> None:
        with Store.open(path) as writer:
            for i in range(40):
                n = i % 5 + 1
                quotes = [
                    Quote(
                        start=0,
                        end=7,
                        text=f"citaat {k}",
                        type="direct",
                        speaker=Speaker(name="Lotte"),
                    )
                    for k in range(n)
                ]
                writer.add_article(
                    Article(id=f"a{i}", text=f"Bericht {i}", metadata={"n": n}, quotes=quotes)
                )
                time.sleep(0.005)  # give the reader turns between commits

    thread = threading.Thread(target=write)
    seen: set[int] = set()
    with Store.open(path, readonly=True) as reader:
        thread.start()
        while thread.is_alive():
            assert reader.conn.execute(CONSISTENT).fetchone()[0] == 0
            seen.add(reader.counts()["articles"])
        thread.join()
        assert reader.counts() == {"articles": 40, "quotes": 120, "actors": 0, "mentions": 0}
    assert len(seen) > 1  # the reader ran while articles were being written
