"""Run ``wzw serve`` as a child process on a free loopback port (tests, benchmarks)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import httpx

from ..analyse.frog import free_port
from ..errors import WzwError


def start_server(db: str | Path, *, workers: int = 1, env: Mapping[str, str] | None = None,
                 timeout: float = 60.0) -> tuple[subprocess.Popen[bytes], str]:
    """Start ``wzw serve`` on 127.0.0.1; returns (process, base URL) once /api/stats answers.

    env: extra environment variables for the server (e.g. WZW_PIPELINE).
    """
    port = free_port()
    command = [sys.executable, "-m", "wiezegtwat.cli", "serve", "--db", str(db),
               "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    proc = subprocess.Popen(command, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise WzwError(f"wzw serve exited with {proc.returncode}: {detail[-400:]}")
        try:
            if httpx.get(base + "/api/stats", timeout=1).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    stop_server(proc)
    raise WzwError(f"wzw serve did not answer within {timeout:.0f} s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    """Terminate the server, killing it if it does not stop within 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
