"""Peak memory of ``wzw ingest`` on CSV files of 10k, 100k and 1M rows, without Frog.

Runs the real command (``python -m wiezegtwat.cli ingest``) with the
stand-in backend in wiezegtwat/analyse/words.py, samples the process's peak RSS
(VmHWM, the kernel's high-water mark) and stops a run after --max-seconds: even
without Frog a 1M-row ingest takes longer than a benchmark should, so each
table row says how many rows were stored when the run ended. Reading is
streamed, so a run that reads everything first shows its peak in the first
seconds. Usage:
.venv/bin/python bench/ingest_memory.py [--rows 10000 100000 1000000] [--max-seconds 90]
A complete run of 100k rows, grouping included (a few minutes):
.venv/bin/python bench/ingest_memory.py --rows 10000 100000 --max-seconds 900 --name ingest_memory_complete
The Dask Parquet path (``wzw ingest FILE --dask --out DIR``, a local cluster whose
worker processes load the same stand-in backend; no grouping there):
.venv/bin/python bench/ingest_memory.py --dask-out --rows 10000 100000
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, markdown_table, write_result  # noqa: E402

SAMPLE = 0.2  # seconds between looks at the process (the peak itself is the kernel's)


def write_csv(path: Path, rows: int) -> int:
    """A CSV export of ``rows`` short fictional articles (~27 bytes a row); its size."""
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("id,text\n")
        for i in range(rows):
            f.write(f"{i},Wethouder {i % 997} zei nee. {i}\n")
    return path.stat().st_size


def _peak_rss(pid: int) -> int:
    """The process's peak resident memory in bytes (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _count(db: Path, table: str) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _parquet_rows(out: Path) -> int:
    """Rows in the article part files written so far (each part appears whole: os.replace)."""
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(part).num_rows for part in (out / "articles").glob("*.parquet"))


def _children_peaks(pid: int, peaks: dict[int, int]) -> None:
    """Record the peak RSS of each process under ``pid`` (Dask's nannies and workers)."""
    import psutil

    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return
    for child in children:
        peaks[child.pid] = max(peaks.get(child.pid, 0), _peak_rss(child.pid))


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Kill the run and, by id, any Dask worker process it leaves behind."""
    import psutil

    try:
        children = psutil.Process(proc.pid).children(recursive=True)
    except psutil.Error:
        children = []
    proc.kill()
    for child in children:
        with contextlib.suppress(psutil.Error):
            child.kill()


def measure(csv: Path, db: Path, max_seconds: float, src: Path = ROOT,
            dask_out: Path | None = None) -> dict[str, object]:
    """Run one ingest, at most ``max_seconds``; its peak RSS, rows stored and whether it ended.

    dask_out: run ``--dask --out dask_out`` instead, and also sum the worker processes' peaks
    (a sum of peaks: an upper bound on their peak together).
    """
    if not (Path(src) / "wiezegtwat" / "analyse" / "words.py").exists():
        # An older checkout has no words-only backend: lend it this checkout's (plain Python).
        raise SystemExit(f"{src}: no wiezegtwat/analyse/words.py; copy it there to measure that checkout")
    env = {**os.environ, "WZW_BACKEND": "wiezegtwat.analyse.words:WordBackend",
           "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    # The command line moved to wiezegtwat.cli; an older checkout (--src) has it in serve/.
    module = "wiezegtwat.cli" if (Path(src) / "wiezegtwat" / "cli").is_dir() else "wiezegtwat.serve.cli_main"
    cmd = [sys.executable, "-m", module, "ingest", str(csv), "--db", str(db)]
    if dask_out is not None:
        cmd += ["--dask", "--out", str(dask_out)]
    children: dict[int, int] = {}
    t0 = time.monotonic()
    # Run in the CSV's folder: `python -m` puts the working directory first on sys.path,
    # and this checkout's package would shadow the one --src names.
    proc = subprocess.Popen(cmd, env=env, cwd=csv.parent, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None and time.monotonic() - t0 < max_seconds:
        peak = max(peak, _peak_rss(proc.pid))
        if dask_out is not None:
            _children_peaks(proc.pid, children)
        time.sleep(SAMPLE)
    finished = proc.poll() is not None
    if not finished:
        peak = max(peak, _peak_rss(proc.pid))
        _stop(proc)
    proc.wait()
    if dask_out is not None:
        return {"peak": peak, "workers": sum(children.values()), "finished": finished,
                "seconds": time.monotonic() - t0, "returncode": proc.returncode,
                "stored": _parquet_rows(dask_out), "grouped": 0}
    return {"peak": peak, "seconds": time.monotonic() - t0, "finished": finished,
            "returncode": proc.returncode, "stored": _count(db, "articles"),
            "grouped": _count(db, "minhashes")}


DB_HEADERS = ["CSV rows", "file", "peak RSS", "rows stored", "rows grouped", "run"]
DASK_HEADERS = ["CSV rows", "file", "peak RSS (client)", "peak RSS (workers, summed)",
                "rows written", "run"]


def _row(rows: int, size: int, m: dict[str, object], limit: float, dask: bool) -> list[str]:
    ended = (f"finished (exit {m['returncode']})" if m["finished"]
             else f"stopped after {limit:.0f} s")
    mib = int(m["peak"]) / 2**20  # type: ignore[call-overload]
    if dask:
        workers = int(m["workers"]) / 2**20  # type: ignore[call-overload]
        return [f"{rows:,}", f"{size / 1e6:.1f} MB", f"{mib:.0f} MiB", f"{workers:.0f} MiB",
                f"{m['stored']:,}", ended]
    return [f"{rows:,}", f"{size / 1e6:.1f} MB", f"{mib:.0f} MiB", f"{m['stored']:,}",
            f"{m['grouped']:,}", ended]


def _sections(table: list[list[str]], ratios: str, first: int, limit: float,
              dask: bool) -> list[str]:
    if dask:
        return [
            "`wzw ingest FILE.csv --dask --out DIR` with the stand-in backend "
            "(wiezegtwat/analyse/words.py, no Frog) on a local Dask cluster; peak RSS is the "
            "kernel's high-water mark (VmHWM) of the client process, which reads the input "
            "and writes the Parquet parts, and the sum of the worker processes' own peaks. "
            f"Each run is stopped after {limit:.0f} s: the rows written say how far it got.",
            markdown_table(DASK_HEADERS, table),
            f"Client peak RSS relative to {first:,} rows: {ratios}.",
        ]
    return [
        "`wzw ingest FILE.csv --db NEW.db` with the stand-in backend (wiezegtwat/analyse/words.py, "
        "no Frog), one process; peak RSS is the kernel's high-water mark (VmHWM) of the process. "
        f"Each run is stopped after {limit:.0f} s: the rows stored say how far it got.",
        markdown_table(DB_HEADERS, table),
        f"Peak RSS relative to {first:,} rows: {ratios}.",
        "Rows grouped: articles with a MinHash when the run ended. Reading, analysing and "
        "storing are streamed; near-duplicate grouping, the last phase, holds the signatures "
        "and LSH index of every stored article in memory (see docs/hardening.md).",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--max-seconds", type=float, default=90.0,
                        help="stop each run after this long (default 90)")
    parser.add_argument("--quick", action="store_true", help="10k and 100k rows, 30 s each")
    parser.add_argument("--dask-out", action="store_true",
                        help="measure `--dask --out DIR` (Parquet parts) instead of a database")
    parser.add_argument("--name", default=None, help="write bench/results/NAME.md (default "
                        "ingest_memory, or ingest_memory_dask_out with --dask-out)")
    parser.add_argument("--src", type=Path, default=ROOT,
                        help="measure the wiezegtwat package in this folder instead (e.g. an "
                        "older checkout); its table is printed, not written")
    args = parser.parse_args(argv)
    rows_list = [10_000, 100_000] if args.quick else args.rows
    limit = 30.0 if args.quick else args.max_seconds
    table = []
    figures: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="wzw-mem-") as tmp:
        for rows in rows_list:
            csv, db = Path(tmp) / f"rows-{rows}.csv", Path(tmp) / f"rows-{rows}.db"
            size = write_csv(csv, rows)
            parts = Path(tmp) / f"rows-{rows}-parts" if args.dask_out else None
            m = measure(csv, db, limit, args.src, dask_out=parts)
            figures[rows] = int(m["peak"])  # type: ignore[call-overload]
            table.append(_row(rows, size, m, limit, args.dask_out))
            print(table[-1], flush=True)
    base = figures[rows_list[0]]
    ratios = ", ".join(f"{r:,} rows: {figures[r] / base:.2f}x" for r in rows_list[1:])
    sections = _sections(table, ratios, rows_list[0], limit, args.dask_out)
    if args.src != ROOT:
        print(sections[1])
        print(f"(code from {args.src}; not written to bench/results)")
        return 0
    name = args.name or ("ingest_memory_dask_out" if args.dask_out else "ingest_memory")
    title = "Ingest peak memory by input size (no Frog)"
    path = write_result(name, title + (", Dask Parquet output" if args.dask_out else ""),
                        sections, quick=args.quick)
    print(f"→ {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
