"""Analysis on a Dask cluster: one warm Pipeline per worker, results in input order.

Workers only analyse; this process stays the single writer. ``dask_runner``
plugs into ``run.local.ingest`` (so a Dask run stores exactly what a local run
stores), and ``dask_ingest(..., out=DIR)`` writes partitioned Parquet instead:
``DIR/quotes/part-00001.parquet`` and ``DIR/articles/part-00001.parquet``, one
part per batch, in the columns of the store's Parquet export. Read them with
``duckdb -c "SELECT * FROM 'DIR/quotes/*.parquet'"`` or
``dask.dataframe.read_parquet("DIR/quotes/")``.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import BackendError, InputError, MissingExtraError, WzwError, require

try:
    from distributed import Client, WorkerPlugin, as_completed, get_worker
except ImportError as e:  # the core install leaves Dask out
    raise MissingExtraError("Running on Dask", "dask", str(e)) from e
from ..actors.linker import ActorLinker
from ..records import Article
from .local import ErrorHandler, IngestStats, Progress, Runner, WarningHandler

PLUGIN_NAME = "wzw-pipeline"
# Frog's server peaks at ~1.9 GB; the worker process and its batches need the rest.
WORKER_MEMORY = int(2.5 * 2**30)
PART = "part-{:05d}.parquet"

PipelineFactory = Callable[[], Any]  # returns an object with start/analyse_article/close


class PipelinePlugin(WorkerPlugin):
    """Keeps one Pipeline per worker, created on first use and closed at teardown."""

    def __init__(self, *, lang: str | None = None, cache: str | None = None,
                 factory: PipelineFactory | None = None) -> None:
        """factory: builds the pipeline instead of ``Pipeline(lang=, cache=)`` (tests, benches)."""
        self.lang = lang
        self.cache = cache
        self.factory = factory
        self._pipeline: Any = None

    def setup(self, worker: Any) -> None:
        self._pipeline = None

    def pipeline(self) -> Any:
        """The worker's pipeline, started (Frog takes ~15 s the first time)."""
        if self._pipeline is None:
            if self.factory is not None:
                pipe = self.factory()
            else:
                from ..pipeline import Pipeline

                pipe = Pipeline(lang=self.lang, cache=self.cache)
            pipe.start()
            self._pipeline = pipe
        return self._pipeline

    def teardown(self, worker: Any) -> None:
        if self._pipeline is not None:
            self._pipeline.close()
            self._pipeline = None


@dataclass
class Failed:
    """An InputError in a form that pickles (InputError's keyword-only hint does not)."""

    source: str
    problem: str
    hint: str = ""

    def error(self) -> InputError:
        return InputError(self.source, self.problem, hint=self.hint)


def _worker_pipeline() -> Any:
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, PipelinePlugin):
        raise BackendError("no wiezegtwat pipeline plugin on this Dask worker; use dask_runner()")
    return plugin.pipeline()


def analyse_batch(articles: list[Article]) -> list[Article | Failed]:
    """Analyse a batch with the worker's warm pipeline (the Dask task)."""
    pipe = _worker_pipeline()
    out: list[Article | Failed] = []
    for article in articles:
        try:
            out.append(pipe.analyse_article(article))
        except InputError as e:
            out.append(Failed(e.source, e.problem, e.hint))
    return out


def start_pipelines(client: Client) -> int:
    """Start the pipeline on every worker now (so timing excludes Frog's start-up)."""
    workers = list(client.scheduler_info(n_workers=-1)["workers"])
    futures = [client.submit(_start_here, key=f"wzw-warm-{uuid.uuid4().hex}", workers=[w],
                             allow_other_workers=False, pure=False) for w in workers]
    client.gather(futures)
    return len(workers)


def _start_here() -> bool:
    _worker_pipeline()
    return True


def _batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _n_workers(client: Client) -> int:
    return max(1, len(client.scheduler_info(n_workers=-1)["workers"]))


def ordered_batches(
    client: Client,
    batches: Iterable[tuple[int, list[Article]]],
    *,
    retries: int = 2,
    in_flight: int | None = None,
) -> Iterator[tuple[int, list[Article | InputError]]]:
    """Analyse ``(batch_id, articles)`` on the cluster; yield them back in the given order.

    At most ``in_flight`` batches (default two per worker) are submitted or
    waiting to be yielded, so memory stays bounded on any corpus size.
    """
    limit = in_flight or 2 * _n_workers(client)
    source = iter(batches)
    meta: dict[Any, tuple[int, int, list[Article]]] = {}  # key → (position, batch id, batch)
    ready: dict[int, tuple[int, list[Article | InputError]]] = {}
    pending = as_completed(loop=client.loop)
    run = uuid.uuid4().hex[:12]
    submitted = yielded = 0
    any_ok = False
    try:
        while True:
            while submitted - yielded < limit:
                item = next(source, None)
                if item is None:
                    break
                batch_id, batch = item
                # Retries resubmit a batch whose task raised; a lost worker's tasks are
                # rescheduled by the scheduler on the remaining workers.
                future = client.submit(analyse_batch, batch, key=f"wzw-batch-{run}-{submitted}",
                                       retries=retries, pure=False)
                meta[future.key] = (submitted, batch_id, batch)
                pending.add(future)
                submitted += 1
            if yielded == submitted:
                return
            future = next(pending)
            position, batch_id, batch = meta.pop(future.key)
            try:
                results = [r.error() if isinstance(r, Failed) else r for r in future.result()]
                any_ok = True
            except Exception as e:  # the task kept failing or its workers kept dying
                if isinstance(e, WzwError) and not isinstance(e, InputError) and not any_ok:
                    raise  # e.g. Frog not installed on the workers: every batch would fail
                results = [_batch_failed(a, e, retries) for a in batch]
            future.release()
            ready[position] = (batch_id, results)
            while yielded in ready:
                yield ready.pop(yielded)
                yielded += 1
    finally:
        if meta:
            with contextlib.suppress(Exception):
                client.cancel(list(pending.futures))


def _batch_failed(article: Article, e: BaseException, retries: int) -> InputError:
    return InputError(
        article.source or article.id,
        f"analysis failed on the Dask cluster after {retries + 1} attempts "
        f"({type(e).__name__}: {e})",
        hint="see the worker logs; a rerun retries only the articles not stored yet",
    )


def dask_runner(
    client: Client,
    *,
    batch_size: int = 8,
    lang: str | None = None,
    cache: str | None = None,
    retries: int = 2,
    in_flight: int | None = None,
    factory: PipelineFactory | None = None,
) -> Runner:
    """A Runner for ``run.local.ingest`` that analyses batches on ``client``'s workers.

    Each worker keeps one warm Pipeline (Frog server); results come back in input order.
    """
    if batch_size < 1:
        raise WzwError(f"batch_size must be at least 1, not {batch_size}")
    client.register_plugin(PipelinePlugin(lang=lang, cache=cache, factory=factory),
                           name=PLUGIN_NAME)

    def run(articles: Iterable[Article]) -> Iterator[Article | InputError]:
        numbered = enumerate(_batched(articles, batch_size), start=1)
        for _batch_id, results in ordered_batches(client, numbered, retries=retries,
                                                   in_flight=in_flight):
            yield from results

    return run


def local_workers(memory: int | None = None) -> int:
    """How many Frog workers fit this machine: one per core, ~2.5 GB each."""
    import psutil

    cores = os.cpu_count() or 1
    total = memory if memory is not None else psutil.virtual_memory().total
    return max(1, min(cores, total // WORKER_MEMORY))


@contextlib.contextmanager
def connect(scheduler: str | None = None, *, n_workers: int | None = None,
            processes: bool = True) -> Iterator[Client]:
    """A client of ``scheduler``, or of a LocalCluster with one thread and one Frog per worker."""
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as e:
            raise WzwError(f"cannot reach the Dask scheduler at {scheduler} ({e}); check that "
                           "`dask scheduler` runs there and the port is open") from e
        with client:
            yield client
        return
    from distributed import LocalCluster

    n = n_workers or local_workers()
    with LocalCluster(n_workers=n, threads_per_worker=1, processes=processes,
                      memory_limit=WORKER_MEMORY, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        yield client


def dask_ingest(
    paths: Sequence[str | Path],
    *,
    db: str | Path,
    mapping: Mapping[str, str] | None = None,
    lang: str | None = None,
    cache: str | None = None,
    scheduler: str | None = None,
    out: str | Path | None = None,
    n_workers: int | None = None,
    on_error: ErrorHandler | None = None,
    on_warning: WarningHandler | None = None,
    batch_size: int = 8,
    progress: Progress | None = None,
    dedup: bool = True,
    aliases: str | Path | None = None,
    retries: int = 2,
    factory: PipelineFactory | None = None,
    client: Client | None = None,
) -> IngestStats:
    """Ingest ``paths`` with the analysis on Dask: into ``db``, or as Parquet parts under ``out``.

    client: an existing client to use (``scheduler``/``n_workers`` are then ignored).
    """
    with contextlib.ExitStack() as stack:
        if client is None:
            client = stack.enter_context(connect(scheduler, n_workers=n_workers))
        runner = dask_runner(client, batch_size=batch_size, lang=lang, cache=cache,
                             retries=retries, factory=factory)
        if out is None:
            from .local import ingest

            return ingest(paths, db=db, mapping=mapping, lang=lang, cache=cache, runner=runner,
                          on_error=on_error, on_warning=on_warning, progress=progress,
                          dedup=dedup, aliases=aliases)
        return write_parts(paths, client=client, out=out, mapping=mapping,
                           batch_size=batch_size, retries=retries, on_error=on_error,
                           on_warning=on_warning, progress=progress, aliases=aliases)
    raise AssertionError("unreachable")  # for mypy: the with block always returns


# -- Parquet output ---------------------------------------------------------------
def write_parts(
    paths: Sequence[str | Path],
    *,
    client: Client,
    out: str | Path,
    mapping: Mapping[str, str] | None = None,
    batch_size: int = 8,
    retries: int = 2,
    on_error: ErrorHandler | None = None,
    on_warning: WarningHandler | None = None,
    progress: Progress | None = None,
    aliases: str | Path | None = None,
    in_flight: int | None = None,
) -> IngestStats:
    """Analyse on ``client`` (its pipeline plugin must be registered) and write Parquet parts.

    Articles are read as batches are submitted, at most ``in_flight`` batches
    ahead of the one being written (see ``ordered_batches``), so memory does not
    grow with the input. Batch ids number the batches in read order, so a rerun
    on the same inputs skips every batch whose two part files exist and analyses
    only the rest.
    """
    import time

    from ..ingest import iter_articles

    stats = IngestStats()
    t0 = time.monotonic()
    root = Path(out)
    _make_dirs(root)

    def failed(e: InputError) -> None:
        stats.failed += 1
        stats.errors.append(str(e))
        if on_error is not None:
            on_error(e)

    linker = ActorLinker(aliases=aliases)
    with contextlib.closing(SeenIds()) as seen:
        articles = iter_articles(paths, mapping=mapping, on_error=failed, on_warning=on_warning)
        todo = _batches_to_do(articles, root, batch_size, seen, stats, progress)
        for batch_id, results in ordered_batches(client, todo, retries=retries,
                                                 in_flight=in_flight):
            _write_results(root, batch_id, results, linker, stats, failed, progress)
    stats.seconds = time.monotonic() - t0
    return stats


def _make_dirs(root: Path) -> None:
    for table in ("quotes", "articles"):
        try:
            (root / table).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise WzwError(f"cannot create {root / table}: {e.strerror}; check --out") from e


class SeenIds:
    """The set of article ids read so far, on disk: exact, in bounded memory.

    Without a database to look stored ids up in, a window of recent ids (as
    ``run.local`` keeps) would let a copy further back than the window into a
    second part file. A private temporary SQLite database (deleted on close)
    keeps every id at ~3 µs an article and SQLite's page cache (~2 MB) of memory.
    """

    def __init__(self) -> None:
        import sqlite3

        # "" = a private on-disk database in SQLite's temporary folder, gone on close.
        self._conn = sqlite3.connect("", isolation_level=None)
        # Nothing here needs to survive a crash: a rerun reads the inputs again.
        self._conn.execute("PRAGMA journal_mode=OFF")
        self._conn.execute("PRAGMA synchronous=OFF")
        self._conn.execute("CREATE TABLE seen(id TEXT PRIMARY KEY) WITHOUT ROWID")

    def add(self, article_id: str) -> bool:
        """Remember ``article_id``; False when it was seen before."""
        cur = self._conn.execute("INSERT OR IGNORE INTO seen VALUES (?)", (article_id,))
        return cur.rowcount == 1

    def close(self) -> None:
        self._conn.close()


def _batches_to_do(articles: Iterable[Article], root: Path, batch_size: int, seen: SeenIds,
                   stats: IngestStats, progress: Progress | None,
                   ) -> Iterator[tuple[int, list[Article]]]:
    """``(batch id, batch)`` for each batch without part files, read as they are asked for.

    Copies are dropped before batching, so batch ids (and part names) are those
    of the run that wrote the parts: the same inputs give the same batches.
    """

    def new_articles() -> Iterator[Article]:
        for article in articles:
            stats.read += 1
            if not seen.add(article.id):
                stats.existing += 1
                continue
            yield article

    sent = 0
    for batch_id, batch in enumerate(_batched(new_articles(), batch_size), start=1):
        if _part_done(root, batch_id):
            stats.existing += len(batch)
            continue
        sent += len(batch)
        yield batch_id, batch
    if progress is not None:
        progress.total(sent)  # known only once everything is read; the bar counts till then


def _write_results(root: Path, batch_id: int, results: list[Article | InputError],
                   linker: ActorLinker,
                   stats: IngestStats, failed: ErrorHandler, progress: Progress | None) -> None:
    """Link actors, write the batch's part files, then count and report its articles."""
    done: list[Article] = []
    for result in results:
        if isinstance(result, InputError):
            failed(result)
            if progress is not None:
                progress.advance(None)
            continue
        linker.link(result)
        done.append(result)
    _write_part(root, batch_id, done, names=linker.names(done))
    for article in done:
        stats.added += 1
        stats.quotes += len(article.quotes)
        article.doc = None  # free the analysis once written
        if progress is not None:
            progress.advance(article)


def _part_done(root: Path, batch_id: int) -> bool:
    name = PART.format(batch_id)
    return (root / "quotes" / name).exists() and (root / "articles" / name).exists()


def _write_part(root: Path, batch_id: int, articles: list[Article], *,
                names: Mapping[str, str]) -> None:
    """Write the batch's quotes, then its articles; each file appears whole or not at all."""
    from ..store.export import parquet_schema

    pa = require("pyarrow", extra="dask", feature="Parquet output")
    pq = require("pyarrow.parquet", extra="dask", feature="Parquet output")

    name = PART.format(batch_id)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    tables = {
        "quotes": pa.Table.from_pylist(quote_rows(articles, names=names),
                                       schema=parquet_schema("quotes")),
        "articles": pa.Table.from_pylist([article_row(a, ingested_at=now) for a in articles],
                                         schema=parquet_schema("articles")),
    }
    # Articles last: _part_done checks both, and a crash between the two rewrites both.
    for table in ("quotes", "articles"):
        target = root / table / name
        tmp = target.with_suffix(f".tmp-{os.getpid()}")
        try:
            pq.write_table(tables[table], tmp)
            os.replace(tmp, target)
        except OSError as e:
            raise WzwError(f"cannot write {target}: {e.strerror}; check free space and "
                           "permissions under --out") from e


def quote_rows(articles: Iterable[Article], *,
               names: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows in the columns of the store's quote export (``COLUMNS['quotes']``)."""
    from ..store.db import sentence_context, speaker_role
    from ..store.export import to_day

    rows: list[dict[str, Any]] = []
    for article in articles:
        for n, quote in enumerate(article.quotes):
            cue, speaker = quote.cue, quote.speaker
            rows.append({
                "article_id": article.id, "n": n, "outlet": article.outlet,
                "date": to_day(article.date), "url": article.url, "title": article.title,
                "external_id": article.external_id, "source": article.source,
                "lang": article.lang,
                "speaker_name": speaker.name if speaker else None,
                "speaker_start": speaker.start if speaker else None,
                "speaker_end": speaker.end if speaker else None,
                "speaker_kind": speaker.kind if speaker else None,
                "speaker_confidence": speaker.confidence if speaker else None,
                "actor_id": speaker.actor_id if speaker else None,
                "actor_name": (names or {}).get(speaker.actor_id or "") if speaker else None,
                "role": speaker_role(article, speaker),
                "type": quote.type, "statement": cue.statement if cue else None,
                "cue": cue.text if cue else None,
                "cue_start": cue.start if cue else None, "cue_end": cue.end if cue else None,
                "quote": quote.text, "start": quote.start, "end": quote.end,
                "sentence_context": sentence_context(article, quote),
                "evidence": quote.evidence, "dup_group": None,
            })
    return rows


def article_row(article: Article, *, ingested_at: str) -> dict[str, Any]:
    """A row in the columns of the store's article export (``COLUMNS['articles']``)."""
    from ..store.export import to_day

    return {
        "id": article.id, "external_id": article.external_id, "outlet": article.outlet,
        "date": to_day(article.date), "url": article.url,
        "title": article.title, "author": article.author, "lang": article.lang,
        "source": article.source, "dup_group": None, "quotes": len(article.quotes),
        "ingested_at": ingested_at,
        "metadata": json.dumps(article.metadata, ensure_ascii=False, default=str),
        "text": article.text,
    }
