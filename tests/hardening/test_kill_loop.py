"""SIGKILL an ingest in every phase (read, analyse, store, group); the rerun equals an uninterrupted run."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TABLES = {
    "articles": "id, text, title, url, outlet, date, source, dup_group",
    "quotes": "article_id, n, start, \"end\", text, type, speaker_name, actor_id, evidence",
    "mentions": "article_id, start, \"end\", text, kind, actor_id",
    "actors": "id, name, type",
    "minhashes": "article_id, scheme, num_perm, signature",
}
# Each run is killed at the n-th time it reaches a point of one phase (kill_points.py),
# on the same database; the counts keep every kill inside work the run still has to do.
# Two group kills in a row: the second run stores nothing new and must still group.
SCHEDULE = ["read:10", "analyse:4", "store:3", "analyse:6", "store:5", "group:3", "group:12"]


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    towns = ["Veendorp", "Noordmond", "Lindedam", "Oostwaard"]
    people = ["Anouk Verbeek", "Karel Dijkstra", "Fenna Hoekstra", "Ruud Meijer", "Sanne Graaf"]
    for i in range(n):
        who = people[i % len(people)]
        body = (f"\"Dit voorstel nummer {i % 30} is belangrijk voor de hele gemeente en haar inwoners\", "
                f"zei {who}. Volgens {who.split()[-1]} duurt het {i % 30 % 9 + 2} weken voordat "
                f"de raad van {towns[i % 30 % 4]} een besluit neemt over de plannen.")
        # Articles 30-39 are wire copies of 0-9 under another first line: near-duplicates.
        lead = f"Bericht {i} van de redactie." if i >= 30 else f"De raad besprak voorstel {i}."
        (folder / f"art-{i:03d}.txt").write_text(f"{lead}\n\n{body}", encoding="utf-8")
    return folder


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, str(HERE / "kill_points.py"), "ingest", *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    _, stderr = proc.communicate(timeout=300)
    # Analysis workers of a killed run are orphans; end them like a shell's kill would.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    return subprocess.CompletedProcess(cmd, proc.returncode, b"", stderr)


def _dump(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: sorted(conn.execute(f"SELECT {cols} FROM {t}").fetchall()) for t, cols in TABLES.items()}
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_kill_loop_kills_in_every_phase_then_rerun_equals_uninterrupted(tmp_path: Path, workers: int) -> None:
    corpus = _corpus(tmp_path / "corpus", 40)
    env = {**os.environ, "PYTHONPATH": f"{HERE}:{ROOT}", "WZW_BACKEND": "word_backend:make", "WZW_DELAY": "0"}
    env.pop("WZW_KILL_AT", None)
    whole = tmp_path / "whole.db"
    args = ["--workers", str(workers)]
    done = _run([str(corpus), "--db", str(whole), *args], env)
    assert done.returncode == 0, done.stderr.decode()
    expected = _dump(whole)
    assert len(expected["articles"]) == 40
    assert sum(1 for row in expected["articles"] if row[-1] != row[0]) == 10, "the copies form groups"

    cut = tmp_path / "cut.db"
    for point in SCHEDULE:
        killed = _run([str(corpus), "--db", str(cut), *args], {**env, "WZW_KILL_AT": point})
        assert killed.returncode == -signal.SIGKILL, f"no kill at {point}: {killed.stderr.decode()}"
    rerun = _run([str(corpus), "--db", str(cut), *args], env)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert _dump(cut) == expected
