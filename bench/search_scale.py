"""Search at corpus scale: latency per query kind, one client, on corpora of any size; and
50 concurrent clients on `wzw serve` against datasette on the same SQLite file.

Part 1 calls the library (what every route and page calls) --repeat times per query of
each kind and gives p50/p99 per kind and per corpus. Part 2 (with --load) starts `wzw
serve` and then datasette (--datasette: its executable; not a wiezegtwat dependency,
install it apart) on the same file, one after the other, and sends each the same quote
searches (words, a phrase, a prefix, filters only; total and facets included) from
--clients clients for --seconds. Writes bench/results/search_scale.md.

Example: .venv/bin/python bench/make_corpus.py 100000 --db bench/work/c100k.db
         .venv/bin/python bench/search_scale.py bench/work/c10k.db bench/work/c100k.db \\
             --load bench/work/c100k.db --datasette /path/to/venv/bin/datasette
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import random
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_latency import RESULTS, corpus_size, percentile, run_load, versions  # noqa: E402

from wiezegtwat.serve.process import start_server, stop_server  # noqa: E402
from wiezegtwat.store import (  # noqa: E402
    QuoteFilters,
    Store,
    actor_network,
    actor_timeline,
    co_quoted,
    search_quotes,
    speakers,
)
from wiezegtwat.store.actors import actor_record  # noqa: E402
from wiezegtwat.store.export import export  # noqa: E402

# The words of bench/make_corpus.py: every one is common there (a worst case for counts).
WORDS = ["brug", "veer", "woningbouw", "begroting", "zwembad", "windmolens", "duur", "plan"]
PHRASES = ['"is te duur"', '"komt er echt"', '"moet sneller"', '"kost jaren"']
PREFIXES = ["brug*", "wind*", "begro*", "zwem*"]
OUTLETS = ["Dagblad Noord", "Omroep West", "Het Ochtendblad"]
MONTHS = [("2024-02", "2024-04"), ("2024-06", "2024-06"), ("2024-09", "2024-12")]


def single_client(db: str, repeat: int) -> dict[str, list[float]]:
    """Seconds per call, per query kind."""
    times: dict[str, list[float]] = {}
    with Store.open(db, readonly=True) as store:
        actors = [s.actor_id for s in speakers(store, limit=20) if s.actor_id]
        kinds: dict[str, list[Callable[[], Any]]] = {
            "word": [lambda w=w: search_quotes(store, w) for w in WORDS],
            "phrase": [lambda p=p: search_quotes(store, p) for p in PHRASES],
            "prefix": [lambda p=p: search_quotes(store, p) for p in PREFIXES],
            "word + filters": [lambda w=w, o=o: search_quotes(store, w, outlet=o, type="direct")
                               for w, o in zip(WORDS, OUTLETS * 3, strict=False)],
            "filter only": [lambda o=o, m=m: search_quotes(store, None, outlet=o, since=m[0],
                                                           until=m[1])
                            for o in OUTLETS for m in MONTHS],
            "no query": [lambda: search_quotes(store, None)],
            "speaker list": [lambda: speakers(store, limit=50)],
            "actor page": [lambda a=a: actor_page(store, a) for a in actors[:8]],
            "network": [lambda: actor_network(store, limit=100)],
        }
        for kind, calls in kinds.items():
            times[kind] = timed(calls, repeat)
        times["export ~100k rows"] = timed([lambda: export_rows(store)], 1)
    return times


def actor_page(store: Store, actor_id: str) -> None:
    """What /api/actors/{id} reads."""
    actor_record(store, actor_id)
    search_quotes(store, None, actor_id=actor_id)
    actor_timeline(store, actor_id)
    co_quoted(store, actor_id)


def export_rows(store: Store) -> int:
    """CSV of the quotes of the speaker with the number of quotes nearest 100,000."""
    counts = store.conn.execute(
        "SELECT actor_id FROM agg_speakers WHERE actor_id IS NOT NULL "
        "ORDER BY abs(quotes - 100000) LIMIT 1").fetchone()
    sink = io.StringIO()
    return export(store, sink, format="csv", filters=QuoteFilters(actor_id=counts[0]))


def timed(calls: list[Callable[[], Any]], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        for call in calls:
            t0 = time.perf_counter()
            call()
            samples.append(time.perf_counter() - t0)
    return samples


def search_request(rng: random.Random) -> tuple[str, str, dict[str, str]]:
    """One search of the mix, as a wzw request (kind, path, params)."""
    kind = rng.choice(["word", "phrase", "prefix", "filter"])
    if kind == "filter":
        since, until = rng.choice(MONTHS)
        return kind, "/api/quotes", {"outlet": rng.choice(OUTLETS), "since": since,
                                     "until": until}
    words = {"word": WORDS, "phrase": PHRASES, "prefix": PREFIXES}[kind]
    return kind, "/api/quotes", {"q": rng.choice(words)}


def datasette_request(table: str) -> Callable[[random.Random], tuple[str, str, dict[str, str]]]:
    """The same searches on datasette's table view: FTS search, count and the same facets."""
    facets = [("_facet", "speaker_name"), ("_facet", "type")]

    def make(rng: random.Random) -> tuple[str, str, dict[str, str]]:
        kind, _, params = search_request(rng)
        query: dict[str, str] = {"_size": "50", "_shape": "objects"}
        if "q" in params:
            query["_search_text"] = params["q"]
        else:
            query["type"] = "direct"  # datasette filters columns of the table itself
        path = f"/{table}/quotes.json?" + "&".join(f"{k}={v}" for k, v in facets)
        return kind, path, query

    return make


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_datasette(executable: str, db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([executable, "serve", db, "--port", str(port), "--host",
                             "127.0.0.1", "--setting", "sql_time_limit_ms", "10000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(base + "/-/versions.json", timeout=1)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("datasette did not start")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server; one still busy with queued requests after 10 s is killed."""
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def load(db: str, datasette: str | None, *, clients: int, seconds: float,
         workers: int) -> list[str]:
    """Table rows: the same load on wzw serve and on datasette."""
    rows = []
    # Every search run (the response cache off), then as served by default: the mix
    # repeats its words, so with the cache most answers after the first are kept ones.
    for name, cache in ((f"wzw serve ({workers} workers, every search run)", "0"),
                        (f"wzw serve ({workers} workers, response cache)", None)):
        proc, base = start_server(db, workers=workers,
                                  env={"WZW_RESPONSE_CACHE": cache} if cache is not None else None)
        try:
            samples, wall = asyncio.run(run_load(base, search_request, clients=clients,
                                                 requests=10**9, seconds=seconds))
        finally:
            stop_server(proc)
        rows.append(load_row(name, samples, wall, clients))
    if datasette:
        dproc, dbase = start_datasette(datasette, db)
        try:
            # A longer client timeout than for wzw: datasette's answers under this load
            # take tens of seconds, and a timed-out request would count as none.
            samples, wall = asyncio.run(run_load(dbase, datasette_request(Path(db).stem),
                                                 clients=clients, requests=10**9,
                                                 seconds=seconds, timeout=300))
        finally:
            stop(dproc)
        name = subprocess.run([datasette, "--version"], capture_output=True, text=True).stdout
        rows.append(load_row(name.strip(), samples, wall, clients))
    return rows


def load_row(name: str, samples: list[tuple[str, int, float]], wall: float,
             clients: int) -> str:
    ok = [s for _, status, s in samples if status == 200]
    failed = len(samples) - len(ok)
    print(name, Counter(status for _, status, _ in samples), flush=True)
    p50 = percentile(ok, 50) * 1000 if ok else float("nan")
    p99 = percentile(ok, 99) * 1000 if ok else float("nan")
    return (f"| {name} | {clients} | {len(samples)} | {failed} | {p50:.0f} | {p99:.0f} | "
            f"{len(ok) / wall:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dbs", nargs="+", help="corpora (bench/make_corpus.py), small first")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per query kind")
    parser.add_argument("--load", help="the corpus for the concurrent load")
    parser.add_argument("--datasette", help="datasette's executable, for the peer")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    lines = ["# Search at corpus scale", ""]
    lines += [f"Made by `bench/search_scale.py {' '.join(Path(d).name for d in args.dbs)} "
              f"--repeat {args.repeat}" + (f" --load {Path(args.load).name} --clients "
                                           f"{args.clients} --seconds {args.seconds:g}"
                                           if args.load else "") + "`.", ""]
    lines += [f"* `{Path(d).name}`: {corpus_size(d)}" for d in args.dbs]
    lines += ["", "## One client (library calls), ms", "",
              "| kind | " + " | ".join(f"{Path(d).stem} p50 | p99" for d in args.dbs) + " |",
              "|---|" + "---:|---:|" * len(args.dbs)]
    results = []
    for db in args.dbs:
        results.append(single_client(db, args.repeat))
        print(f"{db}: load average {os.getloadavg()[0]:.2f}", flush=True)
    for kind in results[0]:
        cells = [f"{percentile(r[kind], 50) * 1000:.1f} | {percentile(r[kind], 99) * 1000:.1f}"
                 for r in results]
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    if args.load:
        lines += load_header(args.clients, Path(args.load).name)
        lines += load(args.load, args.datasette, clients=args.clients, seconds=args.seconds,
                      workers=args.workers)
    write_results(lines, "search_scale.md")


def load_header(clients: int, corpus: str) -> list[str]:
    """The heading and table head of the concurrent-load section."""
    return ["", f"## {clients} concurrent clients on `{corpus}` (quote searches with total "
            "and facets: words, phrases, prefixes, filters)", "",
            "| server | clients | requests | non-200 | p50 ms | p99 ms | ok req/s |",
            "|---|---:|---:|---:|---:|---:|---:|"]


def write_results(lines: list[str], name: str, *, more_versions: str = "") -> None:
    """Close the report with the load average and versions, write it to bench/results/."""
    lines = [*lines, "", "Load average (1, 5, 15 min) at the end: "
             f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}.",
             f"Versions: {versions()}{more_versions}, wiezegtwat {version('wiezegtwat')}.", ""]
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / name
    out.write_text("\n".join(lines), encoding="utf-8")
    print(out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
