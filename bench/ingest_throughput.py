"""Ingest throughput on generated fictional articles: storing alone, and with Frog.

"Without analysis" uses the tests' regex backend (no Frog) so that reading, the
quote layer, actor linking and SQLite writes are what is timed. Usage:
.venv/bin/python bench/ingest_throughput.py [--n 1000] [--quick] [--no-frog]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import fake_pipeline, generated, markdown_table, write_result  # noqa: E402

from wiezegtwat.analyse.frog import frog_available  # noqa: E402
from wiezegtwat.errors import InputError  # noqa: E402
from wiezegtwat.records import Article  # noqa: E402
from wiezegtwat.run.local import IngestStats, ingest, serial_runner  # noqa: E402


def write_articles(folder: Path, n: int) -> int:
    """Write ``n`` fictional articles as text files; return their total characters."""
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i, article in enumerate(generated(n, seed=11)):
        (folder / f"artikel-{i:05d}.txt").write_text(article.text, encoding="utf-8")
        chars += len(article.text)
    return chars


def without_frog(folder: Path, db: Path) -> IngestStats:
    with fake_pipeline() as pipe:
        return ingest([folder], db=db, runner=serial_runner(pipe))


def writer_only(folder: Path, db: Path) -> IngestStats:
    """Only what the single writer does in a Dask run: link actors and store, pre-analysed."""
    from wiezegtwat.ingest import iter_articles

    with fake_pipeline() as pipe:
        done = {a.id: pipe.analyse_article(a) for a in iter_articles([folder])}

    def runner(articles: Iterable[Article]) -> Iterator[Article | InputError]:
        return (done[a.id] for a in articles)

    return ingest([folder], db=db, runner=runner)


def with_frog(folder: Path, db: Path) -> IngestStats:
    return ingest([folder], db=db)  # the default: one local Frog server


def run(*, n: int, quick: bool, frog: bool = True) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="wzw-ingest-bench-") as tmp:
        folder = Path(tmp) / "articles"
        chars = write_articles(folder, n)
        plain = [without_frog(folder, Path(tmp) / f"plain-{k}.db") for k in range(3)]
        writer = writer_only(folder, Path(tmp) / "writer.db")
        rerun = without_frog(folder, Path(tmp) / "plain-0.db")  # everything already stored
        frogged = with_frog(folder, Path(tmp) / "frog.db") if frog else None
    r = {"n": n, "chars": chars, "plain": plain, "rerun": rerun, "frog": frogged,
         "writer": writer}
    _write(r, quick=quick)
    return r


def _row(label: str, s: IngestStats) -> list[str]:
    return [label, str(s.read), str(s.added), str(s.quotes), f"{s.seconds:.2f} s",
            f"{(s.added or s.read) / s.seconds:.1f}"]


def _write(r: dict[str, Any], *, quick: bool) -> None:
    plain: list[IngestStats] = r["plain"]
    ordered = sorted(plain, key=lambda s: s.seconds)
    rows = [_row(f"no Frog (regex stand-in), run {k + 1}", s) for k, s in enumerate(plain)]
    rows.append(_row("writer only: pre-analysed articles, link actors + store", r["writer"]))
    rows.append(_row("rerun on the same database (all already stored)", r["rerun"]))
    if r["frog"] is not None:
        rows.append(_row("with Frog (one local server, Frog start-up included)", r["frog"]))
    table = markdown_table(["run", "read", "added", "quotes", "time", "articles/s"], rows)
    median = ordered[1].seconds
    notes = [f"{r['n']} generated fictional articles ({r['chars'] / r['n']:.0f} characters "
             f"each on average), as text files, into a fresh SQLite database.",
             table,
             f"Median without Frog (stand-in analysis + quote layer + storing, one process): "
             f"{r['n'] / median:.1f} articles/s. The writer alone, as in a Dask run where "
             f"workers analyse, stores {r['writer'].rate:.1f} articles/s: that is the ceiling "
             "of one database writer, whatever the number of workers."]
    write_result("ingest_throughput", "Ingest throughput", notes, quick=quick)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=None, help="articles (default 1000, quick 100)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-frog", action="store_true", help="skip the run with Frog")
    args = parser.parse_args(argv)
    n = args.n or (100 if args.quick else 1000)
    frog = not args.no_frog and frog_available()
    r = run(n=n, quick=args.quick, frog=frog)
    print(f"{n} articles: no Frog {n / sorted(s.seconds for s in r['plain'])[1]:.1f} art/s"
          + (f", with Frog {r['frog'].rate:.2f} art/s" if r["frog"] else ""))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    raise SystemExit(main())
