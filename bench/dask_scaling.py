"""(c) Dask with 1 and 2 workers on the same articles, (d) peak memory per worker.

Frog's start-up is excluded: every worker's pipeline is started and warmed before
the timed runs. Usage: .venv/bin/python bench/dask_scaling.py [--quick]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cloudpickle  # noqa: E402
from common import Timing, bench_articles, fresh, markdown_table, write_result  # noqa: E402

from wiezegtwat.analyse.frog import frog_available  # noqa: E402
from wiezegtwat.records import Article  # noqa: E402
from wiezegtwat.run.dask import connect, dask_runner, start_pipelines  # noqa: E402

FULL_TOKENS, QUICK_TOKENS = 20_000, 2_500

# The workers cannot import this script: ship its functions by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


def process_tree_memory() -> dict[str, Any]:
    """RSS, PSS and peak RSS (VmHWM) of this worker process plus its Frog process tree."""
    import psutil

    me = psutil.Process()
    procs = [me, *me.children(recursive=True)]
    rss = pss = peak = 0
    has_pss = True
    for p in procs:
        with contextlib.suppress(psutil.Error):
            rss += p.memory_info().rss
            try:
                pss += p.memory_full_info().pss
            except (AttributeError, psutil.AccessDenied):
                has_pss = False
            with contextlib.suppress(OSError), open(f"/proc/{p.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak += int(line.split()[1]) * 1024
    return {"processes": len(procs), "rss": rss, "pss": pss if has_pss else None,
            "peak_rss": peak, "worker_rss": me.memory_info().rss}


def measure(n_workers: int, articles: Sequence[Article], *, repeat: int,
            batch_size: int) -> dict[str, Any]:
    """Rates with ``n_workers`` warm workers, and each worker's memory afterwards."""
    with connect(n_workers=n_workers) as client:
        runner = dask_runner(client, batch_size=batch_size)
        t0 = time.perf_counter()
        start_pipelines(client)
        startup = time.perf_counter() - t0
        list(runner(fresh(articles[: 2 * n_workers])))  # warm-up: first requests, imports
        runs: list[float] = []
        tokens = 0
        for _ in range(repeat):
            copies = fresh(articles)
            t0 = time.perf_counter()
            out = list(runner(iter(copies)))
            runs.append(time.perf_counter() - t0)
            tokens = sum(len(a.doc.tokens) for a in out if isinstance(a, Article) and a.doc)
            failed = [r for r in out if not isinstance(r, Article)]
            if failed:
                raise SystemExit(f"{len(failed)} articles failed: {failed[0]}")
        memory = client.run(process_tree_memory)
    return {"workers": n_workers, "timing": Timing(runs), "tokens": tokens, "startup": startup,
            "memory": list(memory.values())}


def run(*, quick: bool, repeat: int = 3) -> dict[str, Any]:
    articles = bench_articles(QUICK_TOKENS if quick else FULL_TOKENS)
    batch = 1 if quick else 2  # small batches keep both workers busy to the end
    one = measure(1, articles, repeat=repeat, batch_size=batch)
    two = measure(2, articles, repeat=repeat, batch_size=batch)
    r = {"articles": len(articles), "one": one, "two": two, "batch_size": batch}
    _write(r, quick=quick)
    return r


def _gb(n: int | None) -> str:
    return "n/a" if n is None else f"{n / 2**30:.2f} GB"


def _write(r: dict[str, Any], *, quick: bool) -> None:
    rows = []
    rates = {}
    for key in ("one", "two"):
        m = r[key]
        t: Timing = m["timing"]
        rate = r["articles"] / t.median
        rates[key] = rate
        rows.append([m["workers"], t.cell(), f"{rate:.2f}", f"{m['tokens'] / t.median:.0f}",
                     f"{m['tokens'] / t.median / m['workers']:.0f}", f"{m['startup']:.1f} s"])
    eff = rates["two"] / rates["one"] / 2
    t1 = markdown_table(["workers", "wall time (median, ±half-spread)", "articles/s",
                         "tokens/s", "tokens/s per worker", "Frog start (excluded)"], rows)
    mem_rows = []
    for key in ("one", "two"):
        for i, m in enumerate(r[key]["memory"]):
            mem_rows.append([f"{r[key]['workers']} workers, #{i + 1}", m["processes"],
                             _gb(m["worker_rss"]), _gb(m["rss"]), _gb(m["pss"]),
                             _gb(m["peak_rss"])])
    t2 = markdown_table(["run, worker", "processes", "worker RSS", "tree RSS", "tree PSS",
                         "tree peak RSS (Σ VmHWM)"], mem_rows)
    sections = [
        f"{r['articles']} articles, batch size {r['batch_size']}, one thread per worker, "
        "one Frog server per worker.",
        t1,
        f"Scaling efficiency (rate with 2 / rate with 1) / 2 = **{eff:.2f}** (goal ≥ 0.8).",
        "(d) Memory per worker after the runs: the worker process plus its Frog server and "
        "the server's per-connection fork. RSS counts shared copy-on-write pages in each "
        "process, PSS shares them out fairly, so PSS is what a worker really costs.",
        t2,
        "The machine is shared with other sessions (see the load average above): with "
        "2 workers on 2 cores any other load steals directly from the second worker.",
    ]
    write_result("dask_scaling", "Dask scaling: 1 vs 2 workers, memory per worker", sections,
                 quick=quick)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="about 2,500 tokens, not 20,000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not frog_available():
        print("Frog is not installed: skipping (apt-get install frog frogdata)", file=sys.stderr)
        return 0
    r = run(quick=args.quick, repeat=args.repeat)
    one, two = r["one"]["timing"].median, r["two"]["timing"].median
    print(f"1 worker {one:.2f} s, 2 workers {two:.2f} s, efficiency {one / two / 2:.2f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
