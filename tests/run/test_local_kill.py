"""``wzw ingest`` SIGKILLed mid-run, then rerun, stores what an uninterrupted run stores."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from run_support import HERE, ROOT, dump

# Runs the real CLI with the fast stand-in backend instead of Frog: the lead's code has
# no backend switch, so the launcher swaps pipeline.default_backend before main().
LAUNCHER = """
import sys
sys.path.insert(0, {here!r})
import dask_fakes
import wiezegtwat.pipeline as pipeline
pipeline.default_backend = lambda lang="nl", cache=None: dask_fakes.WordBackend(delay={delay})
from wiezegtwat.cli import main
sys.argv = ["wzw", "ingest", *sys.argv[1:]]
main()
"""

CITIES = ["Veendorp", "Noordmond", "Lindedam", "Oostwaard", "Zuiderhaven"]
PEOPLE = ["Anouk Verbeek", "Karel Dijkstra", "Fenna Hoekstra", "Ruud Meijer", "Sanne de Graaf"]


def _generate(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        city, person = CITIES[i % 5], PEOPLE[(i * 3) % 5]
        text = (f"Nieuws uit {city}, bericht {i}\n\n"
                f"De gemeenteraad van {city} sprak over plan {i}. "
                f"\"We nemen hier de tijd voor\", zei {person}.\n\n"
                f"Volgens {person.split()[-1]} is plan {i} over {i % 7 + 2} weken klaar.")
        (folder / f"bericht-{i:03d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _wzw(tmp: Path, delay: float) -> list[str]:
    script = tmp / "wzw_fake.py"
    script.write_text(LAUNCHER.format(here=str(HERE), delay=delay), encoding="utf-8")
    return [sys.executable, str(script)]


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_ingest_sigkill_then_rerun_equals_uninterrupted_run(tmp_path: Path) -> None:
    corpus = _generate(tmp_path / "corpus", 30)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    whole = tmp_path / "whole.db"
    done = subprocess.run([*_wzw(tmp_path, 0.0), str(corpus), "--db", str(whole), "--lang", "nl"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr

    cut = tmp_path / "cut.db"
    proc = subprocess.Popen([*_wzw(tmp_path, 0.2), str(corpus), "--db", str(cut), "--lang", "nl"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while _stored(cut) < 5 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = _stored(cut)
    assert 5 <= partial < 30, f"the kill did not land mid-run ({partial} stored)"

    rerun = subprocess.run([*_wzw(tmp_path, 0.0), str(corpus), "--db", str(cut), "--lang", "nl"],
                           env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} already stored" in rerun.stderr
    assert dump(cut) == dump(whole)
