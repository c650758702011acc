"""Quote-search latency of `wzw serve` under concurrent clients, written as a table.

Starts `wzw serve` on a free loopback port over --db, sends --requests varied
searches from --clients concurrent clients (bounded in count and in time), and
writes p50/p99 latency and requests per second to bench/results/search_latency.md.

Example: .venv/bin/python bench/make_corpus.py 3000 --db bench/work/load.db
         .venv/bin/python bench/search_latency.py --db bench/work/load.db
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import sqlite3
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import httpx

from wiezegtwat.serve.process import start_server, stop_server

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
WORDS = ["brug", "veer", "woningbouw", "dijkversterking", "busvervoer", "begroting",
         "zwembad", "windmolens", "school", "duur", "sneller", "provincie", "plan", "jaren",
         "steun", "klaar", '"is te duur"', "brug*", "school OR zwembad", "echt"]
SPEAKERS = ["Smit", "Brink", "de Wit", "Visser", "Kok", "Bakker", "Jansen"]


def search_request(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """(kind, path, params) of one varied quote search."""
    params = {"q": rng.choice(WORDS)}
    if rng.random() < 0.3:
        params["speaker"] = rng.choice(SPEAKERS)
    if rng.random() < 0.2:
        params["since"], params["until"] = "2024-03", "2024-06"
    if rng.random() < 0.2:
        params["offset"] = str(rng.choice([20, 40, 100]))
    return "search", "/api/quotes", params


Sample = tuple[str, int, float]  # kind, status, seconds


async def run_load(base: str, make: Callable[[random.Random], tuple[str, str, dict[str, str]]],
                   *, clients: int, requests: int, seconds: float,
                   method: Callable[[str], str] = lambda kind: "GET",
                   body: Callable[[str], bytes | None] = lambda kind: None,
                   timeout: float = 30) -> tuple[list[Sample], float]:
    """Send up to ``requests`` requests from ``clients`` tasks, stopping after ``seconds``."""
    samples: list[Sample] = []
    counter = iter(range(requests))
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(i: int, http: httpx.AsyncClient) -> None:
        rng = random.Random(i)
        for _ in counter:
            if time.monotonic() > deadline:
                return
            kind, path, params = make(rng)
            t0 = time.perf_counter()
            try:
                r = await http.request(method(kind), base + path, params=params,
                                       content=body(kind),
                                       headers={"content-type": "application/json"})
                status = r.status_code
            except httpx.TransportError:
                status = 0
            samples.append((kind, status, time.perf_counter() - t0))

    t0 = time.perf_counter()
    async with httpx.AsyncClient(limits=limits, timeout=timeout) as http:
        await asyncio.gather(*(client(i, http) for i in range(clients)))
    return samples, time.perf_counter() - t0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def versions() -> str:
    names = ["fastapi", "starlette", "uvicorn", "httpx"]
    parts = [f"Python {platform.python_version()}", f"SQLite {sqlite3.sqlite_version}"]
    parts += [f"{n} {version(n)}" for n in names]
    return ", ".join(parts) + f"; {os.cpu_count()} CPUs ({platform.machine()})"


def corpus_size(db: str) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    finally:
        conn.close()
    return f"{articles:,} articles, {quotes:,} quotes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=120, help="stop after this long")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args()
    proc, base = start_server(args.db, workers=args.workers)
    try:
        samples, wall = asyncio.run(run_load(base, search_request, clients=args.clients,
                                             requests=args.requests, seconds=args.seconds))
    finally:
        stop_server(proc)
    ok = [s for _, status, s in samples if status == 200]
    failed = len(samples) - len(ok)
    if not ok:
        raise SystemExit(f"no successful request out of {len(samples)}")
    row = (f"| {args.clients} | {len(samples)} | {failed} | {percentile(ok, 50) * 1000:.1f} | "
           f"{percentile(ok, 99) * 1000:.1f} | {len(samples) / wall:.1f} |")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "search_latency.md"
    out.write_text(
        "# Quote search latency (`GET /api/quotes`)\n\n"
        f"Made by `bench/search_latency.py --db {Path(args.db).name} --clients {args.clients} "
        f"--requests {args.requests} --workers {args.workers}` on a corpus of "
        f"{corpus_size(args.db)} (bench/make_corpus.py), server and clients on one machine "
        "over loopback.\n\n"
        "| clients | requests | non-200 | p50 ms | p99 ms | req/s |\n"
        "|---:|---:|---:|---:|---:|---:|\n"
        f"{row}\n\nVersions: {versions()}.\n",
        encoding="utf-8",
    )
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
