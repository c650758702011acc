"""Cheap denial of service on `wzw serve`: a huge query, and /api/stats under a pile of searches.

1. /api/stats latency on an idle server, then while ``--clients`` clients keep sending
   an OR of common words, ``--words`` long (default 31, under the cap of 32 words), to
   /api/articles (the attack: 45 clients pushed /api/stats to 13 s).
2. That OR query alone, 32 common words (the longest query allowed), then 2,000
   common words (the attack: 189 s before the query caps).

Writes bench/results/dos_serve.md. Exits non-zero on any 5xx other than a 503.

Example: .venv/bin/python bench/dos_serve.py --db bench/work/load.db --clients 45 --seconds 30
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_latency import RESULTS, corpus_size, percentile, versions  # noqa: E402

from wiezegtwat.serve.process import start_server, stop_server  # noqa: E402

COMMON = ["de", "het", "een", "van", "en", "in", "is", "op", "dat", "met", "voor", "niet",
          "zegt", "brug", "plan", "provincie"]
# Words that most articles hold, so the AND matches and snippet() works on every term.
HUGE_QUERY = " ".join(["de", "het", "van", "zegt"][i % 4] for i in range(2000))
CAP_QUERY = " ".join(HUGE_QUERY.split()[:32])  # the longest query the cap allows


async def probe(http: httpx.AsyncClient, base: str, *, seconds: float) -> list[float]:
    """/api/stats latencies, one request every 0.2 s for ``seconds``."""
    latencies: list[float] = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        t0 = time.perf_counter()
        r = await http.get(base + "/api/stats")
        latencies.append(time.perf_counter() - t0)
        if r.status_code != 200:
            raise SystemExit(f"/api/stats answered {r.status_code}")
        await asyncio.sleep(0.2)
    return latencies


def or_query(words: int) -> str:
    """Common words joined by OR, ``words`` words in all (every article matches)."""
    return " OR ".join(COMMON[i % len(COMMON)] for i in range((words + 1) // 2))


async def attack(base: str, query: str, *, clients: int,
                 seconds: float) -> tuple[list[float], Counter[int]]:
    """Probe /api/stats while ``clients`` tasks send ``query`` searches back to back."""
    statuses: Counter[int] = Counter()
    stop = asyncio.Event()
    limits = httpx.Limits(max_connections=clients + 1, max_keepalive_connections=clients + 1)

    async def searcher(http: httpx.AsyncClient) -> None:
        while not stop.is_set():
            try:
                r = await http.get(base + "/api/articles", params={"q": query})
                statuses[r.status_code] += 1
            except httpx.TransportError:
                statuses[0] += 1

    async with httpx.AsyncClient(limits=limits, timeout=120) as http:
        tasks = [asyncio.create_task(searcher(http)) for _ in range(clients)]
        await asyncio.sleep(1.0)  # let the searches pile up first
        latencies = await probe(http, base, seconds=seconds)
        stop.set()
        await asyncio.gather(*tasks)
    return latencies, statuses


def timed_get(base: str, path: str, params: dict[str, str], *,
              timeout: float) -> tuple[int, float]:
    """(status, seconds) of one GET; status 0 when no answer came within ``timeout``."""
    t0 = time.perf_counter()
    try:
        status = httpx.get(base + path, params=params, timeout=timeout).status_code
    except httpx.TimeoutException:
        status = 0
    return status, time.perf_counter() - t0


def row(name: str, latencies: list[float]) -> str:
    ms = [x * 1000 for x in latencies]
    return (f"| {name} | {len(ms)} | {percentile(ms, 50):.1f} | {percentile(ms, 99):.1f} | "
            f"{max(ms):.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--clients", type=int, default=45)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--words", type=int, default=31, help="words of the OR query")
    parser.add_argument("--timeout", type=float, default=600,
                        help="seconds to wait for each of the two single queries")
    args = parser.parse_args()
    query = or_query(args.words)
    proc, base = start_server(args.db)
    try:
        idle = asyncio.run(probe(httpx.AsyncClient(timeout=60), base, seconds=5))
        loaded, statuses = asyncio.run(attack(base, query, clients=args.clients,
                                              seconds=args.seconds))
        # The single queries last: one that times out here keeps the server busy after.
        long = timed_get(base, "/api/articles", {"q": query}, timeout=args.timeout)
        cap = timed_get(base, "/api/articles", {"q": CAP_QUERY}, timeout=args.timeout)
        huge = timed_get(base, "/api/articles", {"q": HUGE_QUERY}, timeout=args.timeout)
    finally:
        stop_server(proc)
    text = (
        "# Cheap denial of service on `wzw serve`\n\n"
        f"Made by `bench/dos_serve.py --db {Path(args.db).name} --clients {args.clients} "
        f"--seconds {args.seconds:g} --words {args.words}` on a corpus of {corpus_size(args.db)} "
        "(bench/make_corpus.py), one worker, default limits (32 words, 500 characters, "
        "10 s query budget, 4 searches at once), server and clients on one machine.\n\n"
        "| query on /api/articles | status (0: no answer in time) | seconds |\n|---|---:|---:|\n"
        f"| 32 common words (the cap) | {cap[0]} | {cap[1]:.3f} |\n"
        f"| 2,000 common words | {huge[0]} | {huge[1]:.3f} |\n"
        f"| common words joined by OR ({args.words} words) | {long[0]} | {long[1]:.3f} |\n\n"
        "| /api/stats | requests | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n"
        f"{row('idle', idle)}\n"
        f"{row(f'under {args.clients} clients searching', loaded)}\n\n"
        "Statuses of the searches under attack: "
        + ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items()))
        + f".\n\nVersions: {versions()}.\n"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "dos_serve.md"
    out.write_text(text, encoding="utf-8")
    print(text)
    bad = sum(n for s, n in statuses.items() if (s >= 500 and s != 503) or s == 0)
    if bad or huge[0] >= 500:
        raise SystemExit(f"{bad} server errors or dropped connections")


if __name__ == "__main__":
    main()
