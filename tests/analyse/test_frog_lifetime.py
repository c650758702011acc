"""Frog dies with the process that started it, also when that process is SIGKILLed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from wiezegtwat.analyse.frog import FrogBackend, frog_available

ROOT = Path(__file__).resolve().parent.parent.parent
FAKE = str(ROOT / "tests" / "hardening" / "fake_frog.py")

# Starts a backend (from a thread that then ends, as a Dask or pool thread may),
# sends one request so the server has a connection, prints the server's pid, waits.
CHILD = """
import sys, threading, time
sys.path.insert(0, {root!r})
from wiezegtwat.analyse.frog import FrogBackend
backend = FrogBackend(executable={exe!r})
starter = threading.Thread(target=backend.start)
starter.start()
starter.join()
backend.raw("Een korte zin.")
print(backend.server.proc.pid, flush=True)
time.sleep(3600)
"""


def _group(pgid: int) -> list[int]:
    """Live processes in process group ``pgid`` (zombies count as gone)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)": state, ppid, pgrp
        if int(fields[2]) == pgid and fields[0] != "Z":
            found.append(int(entry))
    return found


def _kill_starter_then_wait(exe: str) -> tuple[int, list[int]]:
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT), exe=exe)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip().isdigit(), "the child did not start the backend"
    pgid = int(line)
    assert _group(pgid), "the server runs while its starter does"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    deadline = time.monotonic() + 30  # a bound on waiting, not on how fast it must be
    while _group(pgid) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _group(pgid)
    for pid in left:  # do not leave them behind for the next tests
        os.kill(pid, signal.SIGKILL)
    return pgid, left


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux only")
def test_frog_stand_in_killed_with_its_starter() -> None:
    pgid, left = _kill_starter_then_wait(FAKE)
    assert left == [], f"server group {pgid} outlived the SIGKILLed process that started it"


@pytest.mark.frog
@pytest.mark.slow
@pytest.mark.skipif(not frog_available(), reason="needs the Frog program")
def test_real_frog_killed_with_its_starter() -> None:
    pgid, left = _kill_starter_then_wait("frog")
    assert left == [], f"Frog's group {pgid} outlived the SIGKILLed process that started it"


def test_frog_server_outlives_the_thread_that_started_it() -> None:
    backend = FrogBackend(executable=FAKE)
    starter = threading.Thread(target=backend.start)
    starter.start()
    starter.join()
    try:
        assert [t.text for t in backend.analyse("Nog steeds hier").tokens] == ["Nog", "steeds", "hier"]
        assert backend.restarts == 0
    finally:
        backend.close()
