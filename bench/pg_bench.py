"""Search at corpus scale on PostgreSQL, beside SQLite, in one run.

Starts a throw-away PostgreSQL server (tests/pg_support.py: initdb in a temporary
folder, a Unix socket there only, fsync off, run as the `postgres` user under root),
copies a corpus of bench/make_corpus.py into it with `wzw migrate` (timed), then runs
bench/search_scale.py's single-client query mix and its concurrent load on `wzw serve`
against the SQLite file and against the PostgreSQL copy, one after the other. Stops the
server and deletes its folder at the end. Writes bench/results/search_scale_pg.md.

fsync off makes the migration (one big transaction) quicker than on a durable server;
reads are unaffected.

Example: nice .venv/bin/python bench/pg_bench.py bench/work/c100k.db --seconds 30
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import traceback
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_latency import corpus_size, percentile  # noqa: E402
from search_scale import load, load_header, single_client, write_results  # noqa: E402

from tests.pg_support import _admin, _bin, _own_server, database_url  # noqa: E402


def pg_version(server: str) -> str:
    import psycopg

    with psycopg.connect(server) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    return f"PostgreSQL {row[0] if row else '?'}, psycopg {version('psycopg')}"


def migrate(db: str, url: str) -> float:
    """Seconds `wzw migrate --from db --to url` takes."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wiezegtwat.cli", "migrate", "--from", db,
                    "--to", url], check=True)
    return time.perf_counter() - t0


def single(db: str, repeat: int) -> dict[str, list[float]] | str:
    """search_scale.single_client, or the error it ended with."""
    try:
        return single_client(db, repeat)
    except Exception as e:  # noqa: BLE001 - a failing backend is a result to record
        traceback.print_exc()
        return f"{type(e).__name__}: {str(e).splitlines()[0][:160] if str(e) else ''}"


def cells(result: dict[str, list[float]] | str, kind: str) -> str:
    if isinstance(result, str):
        return "error | –"
    samples = result.get(kind)
    if not samples:
        return "– | –"
    return f"{percentile(samples, 50) * 1000:.1f} | {percentile(samples, 99) * 1000:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", help="a corpus of bench/make_corpus.py (SQLite)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds per query kind")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-load", action="store_true", help="single client only")
    args = parser.parse_args()
    name = Path(args.db).name
    command = (f"nice .venv/bin/python bench/pg_bench.py {name} --repeat {args.repeat} "
               f"--clients {args.clients} --seconds {args.seconds:g}"
               + (" --no-load" if args.no_load else ""))
    lines = ["# Search at corpus scale: SQLite and PostgreSQL", "",
             f"Made by `{command}` (the corpus in /tmp/scalebench).", "",
             f"* `{name}`: {corpus_size(args.db)}"]
    rows: list[str] = []
    with _own_server() as server:
        print(f"PostgreSQL: {server} ({_bin('postgres')})", flush=True)
        _admin(server, "CREATE DATABASE wzw")
        url = database_url(server, "wzw")
        pg = pg_version(server)
        seconds = migrate(args.db, url)
        print(f"wzw migrate: {seconds:.1f} s", flush=True)
        lines.append(f"* `wzw migrate --from {name} --to postgresql://…`: {seconds:.0f} s "
                     "(one transaction; fsync off)")
        _admin(url, "VACUUM ANALYZE")  # what autovacuum would do soon after a load
        # shared_buffers etc. are initdb's defaults; say what they are.
        import psycopg

        with psycopg.connect(url) as conn:
            settings = {k: conn.execute(f"SHOW {k}").fetchone()[0]  # type: ignore[index]
                        for k in ("shared_buffers", "work_mem", "effective_cache_size",
                                  "max_connections")}
            size = conn.execute("SELECT pg_size_pretty(pg_database_size('wzw'))").fetchone()
        lines.append(f"* PostgreSQL database size after the copy: {size[0] if size else '?'} "
                     f"(SQLite file: {Path(args.db).stat().st_size / 2**20:,.0f} MiB)")
        lines.append("* PostgreSQL settings (initdb defaults): "
                     + ", ".join(f"{k} {v}" for k, v in settings.items()))
        results = {}
        for backend, target in (("SQLite", args.db), ("PostgreSQL", url)):
            results[backend] = single(target, args.repeat)
            print(f"{backend}: load average {os.getloadavg()[0]:.2f}", flush=True)
        if not args.no_load:
            for backend, target in (("SQLite", args.db), ("PostgreSQL", url)):
                try:
                    for row in load(target, None, clients=args.clients, seconds=args.seconds,
                                    workers=args.workers):
                        rows.append(row.replace("| wzw serve", f"| {backend}: wzw serve", 1))
                except Exception as e:  # noqa: BLE001
                    traceback.print_exc()
                    rows.append(f"| {backend}: wzw serve | {args.clients} | error: "
                                f"{type(e).__name__} | | | | |")
                print(f"{backend} load: load average {os.getloadavg()[0]:.2f}", flush=True)
    lines += ["", "## One client (library calls), ms", "",
              "| kind | SQLite p50 | p99 | PostgreSQL p50 | p99 |", "|---|---:|---:|---:|---:|"]
    first = next((r for r in results.values() if not isinstance(r, str)), {})
    for kind in first:
        lines.append(f"| {kind} | " + " | ".join(cells(r, kind) for r in results.values())
                     + " |")
    for backend, result in results.items():
        if isinstance(result, str):
            lines.append(f"\n{backend} failed: `{result}`")
    if rows:
        lines += [*load_header(args.clients, name), *rows]
    write_results(lines, "search_scale_pg.md", more_versions=f", {pg}")


if __name__ == "__main__":
    main()
