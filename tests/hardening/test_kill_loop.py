"""SIGKILL an ingest at 20 random moments; the final database equals an uninterrupted run's."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KILLS = 20
TABLES = {
    "articles": "id, text, title, url, outlet, date, source, dup_group",
    "quotes": "article_id, n, start, \"end\", text, type, speaker_name, actor_id, evidence",
    "mentions": "article_id, start, \"end\", text, kind, actor_id",
    "actors": "id, name, type",
}


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    towns = ["Veendorp", "Noordmond", "Lindedam", "Oostwaard"]
    people = ["Anouk Verbeek", "Karel Dijkstra", "Fenna Hoekstra", "Ruud Meijer", "Sanne Graaf"]
    for i in range(n):
        who = people[i % len(people)]
        text = (f"De raad van {towns[i % 4]} besprak voorstel {i}.\n\n"
                f"\"Dit voorstel nummer {i} is belangrijk\", zei {who}. "
                f"Volgens {who.split()[-1]} duurt het {i % 9 + 2} weken.")
        (folder / f"art-{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(args: list[str], env: dict[str, str], **kw: object) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "wiezegtwat.serve.cli_main", *args]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)  # type: ignore[call-overload]


def _dump(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall()) for t, cols in TABLES.items()}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_twenty_random_kills_then_rerun_equals_uninterrupted(tmp_path: Path, workers: int) -> None:
    corpus = _corpus(tmp_path / "corpus", 40)
    env = {**os.environ, "PYTHONPATH": f"{HERE}:{ROOT}", "WZW_BACKEND": "word_backend:make", "WZW_DELAY": "0"}
    whole = tmp_path / "whole.db"
    proc = _run(["ingest", str(corpus), "--db", str(whole), "--workers", str(workers)], env)
    assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""

    cut = tmp_path / "cut.db"
    slow = {**env, "WZW_DELAY": "0.05"}
    rng = random.Random(workers)
    killed = 0
    for _ in range(KILLS):
        proc = _run(["ingest", str(corpus), "--db", str(cut), "--workers", str(workers)], slow)
        time.sleep(rng.uniform(0.2, 2.5))  # start-up, reading, mid-analysis, mid-commit
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=60)
    assert killed >= KILLS // 2, "most kills must land while the ingest runs"
    proc = _run(["ingest", str(corpus), "--db", str(cut), "--workers", str(workers)], env)
    assert proc.wait(timeout=300) == 0
    assert _dump(cut) == _dump(whole)
