"""Every benchmark, results as Markdown in bench/results/ (``make bench``).

Usage: .venv/bin/python bench/run_all.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import dask_scaling  # noqa: E402
import frog_vs_pipeline  # noqa: E402
import ingest_memory  # noqa: E402
import ingest_throughput  # noqa: E402
from common import RESULTS  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small inputs: a few minutes")
    args = parser.parse_args(argv)
    quick = ["--quick"] if args.quick else []
    t0 = time.monotonic()
    for name, module in (
        ("ingest throughput", ingest_throughput),
        ("ingest memory by input size", ingest_memory),
        ("Frog vs pipeline + selective parsing", frog_vs_pipeline),
        ("Dask scaling + memory", dask_scaling),
    ):
        print(f"== {name}", flush=True)
        status = module.main(quick)
        if status:
            return int(status)
    print(f"done in {time.monotonic() - t0:.0f} s; tables in {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
