"""Local batch ingest: read → analyse → link actors → store, resumable.

One writer (this process) stores each article with its quotes, mentions and
actors in one transaction, so a run killed at any moment loses at most the
article in flight, and the next run skips every article already stored (ids
are hashes of the text). Near-duplicate grouping comes last and resumes on
its own: every run groups each stored article that has no MinHash yet. With ``workers > 1`` the analysis runs in that many
processes, each with its own warm Frog server; results are stored in read
order, so the database is the same as a one-process run.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..actors.linker import ActorLinker
from ..errors import InputError, InputWarning, WzwError
from ..records import Article

if TYPE_CHECKING:
    from ..pipeline import Starting

# Articles per worker process read ahead of the analysis: enough to keep every
# worker busy, few enough that memory does not depend on the input's size.
IN_FLIGHT = 4
# Ids of recently read articles kept to skip copies still being analysed (~1 MB).
RECENT_IDS = 10_000

ErrorHandler = Callable[[InputError], None]
WarningHandler = Callable[[InputWarning], None]


class Progress(Protocol):
    """What the ingest loop reports to (the CLI draws a rich progress bar)."""

    def total(self, n: int) -> None: ...

    def advance(self, article: Article | None) -> None: ...


@dataclass
class IngestStats:
    read: int = 0
    added: int = 0
    existing: int = 0
    failed: int = 0
    quotes: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # inputs read with a fallback

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds else 0.0


# -- analysis in worker processes -----------------------------------------------
_PIPE: Any = None


def _init_worker(lang: str | None, cache: str | None) -> None:
    global _PIPE
    from ..pipeline import Pipeline

    _PIPE = Pipeline(lang=lang, cache=cache)
    _PIPE.start()


def _analyse_in_worker(article: Article) -> Article | InputError:
    try:
        result: Article = _PIPE.analyse_article(article)
        return result
    except InputError as e:
        return e


Runner = Callable[[Iterable[Article]], Iterator[Article | InputError]]


def serial_runner(pipeline: Any) -> Runner:
    """Analyse in this process with ``pipeline``."""

    def run(articles: Iterable[Article]) -> Iterator[Article | InputError]:
        for article in articles:
            try:
                yield pipeline.analyse_article(article)
            except InputError as e:
                yield e

    return run


def pool_runner(workers: int, *, lang: str | None = None, cache: str | None = None) -> Runner:
    """Analyse in ``workers`` processes; results come back in input order.

    At most IN_FLIGHT articles per worker are read ahead: ``Pool.imap`` would
    read the whole input into its task queue first.
    """

    def run(articles: Iterable[Article]) -> Iterator[Article | InputError]:
        ctx = mp.get_context("spawn")  # a fresh interpreter per worker: no inherited sockets
        with ctx.Pool(workers, initializer=_init_worker, initargs=(lang, cache)) as pool:
            pending: deque[AsyncResult[Article | InputError]] = deque()
            for article in articles:
                pending.append(pool.apply_async(_analyse_in_worker, (article,)))
                if len(pending) >= workers * IN_FLIGHT:
                    yield pending.popleft().get()
            while pending:
                yield pending.popleft().get()

    return run


# -- the loop -------------------------------------------------------------------
def ingest(
    paths: Sequence[str | Path],
    *,
    db: str | Path,
    mapping: Mapping[str, str] | None = None,
    workers: int = 1,
    lang: str | None = None,
    cache: str | None = None,
    runner: Runner | None = None,
    on_error: ErrorHandler | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
    progress: Progress | None = None,
    dedup: bool = True,
    aliases: str | Path | None = None,
    starting: Starting | None = None,
) -> IngestStats:
    """Ingest every article under ``paths`` into the database ``db``.

    Articles are read as the analysis needs them, not all first, so memory does
    not grow with the input.
    runner: how to analyse (default: one local Frog, or a process pool when
    ``workers > 1``; the Dask runner plugs in here).
    on_warning: called for each input read with a fallback (also in stats.warnings).
    """
    from ..ingest import iter_articles
    from ..store import Store, assign_dup_groups

    stats = IngestStats()
    t0 = time.monotonic()

    def failed(e: InputError) -> None:
        stats.failed += 1
        stats.errors.append(str(e))
        if on_error is not None:
            on_error(e)

    def warned(w: InputWarning) -> None:
        stats.warnings.append(str(w))
        if on_warning is not None:
            on_warning(w)

    with Store.open(db) as store:
        articles = iter_articles(paths, mapping=mapping, on_error=failed, on_warning=warned)
        todo = _new_articles(articles, store, stats, progress)
        linker = ActorLinker.for_store(store, aliases=aliases)
        own_pipeline = None
        if runner is None:
            if workers > 1:
                runner = pool_runner(workers, lang=lang, cache=cache)
            else:
                from ..pipeline import Pipeline

                own_pipeline = Pipeline(lang=lang, cache=cache, starting=starting)
                runner = serial_runner(own_pipeline)
        try:
            for result in runner(todo):
                _store_result(result, store, linker, stats, failed, progress)
        finally:
            if own_pipeline is not None:
                own_pipeline.close()
        if dedup:
            # Not only when this run added articles: a run killed while grouping
            # leaves stored articles without a group, and its rerun adds nothing.
            assign_dup_groups(store)
    stats.seconds = time.monotonic() - t0
    return stats


def _new_articles(articles: Iterable[Article], store: Any, stats: IngestStats,
                  progress: Progress | None) -> Iterator[Article]:
    """The articles not stored yet, read one at a time as the runner asks for them.

    Nothing here grows with the input: stored ids are looked up in the database,
    and only the last RECENT_IDS ids are remembered, for copies whose first
    instance is still being analysed (the runners read at most a few hundred ahead).
    """
    recent: OrderedDict[str, None] = OrderedDict()
    sent = 0
    for article in articles:
        stats.read += 1
        if article.id in recent or store.has_article(article.id):
            stats.existing += 1
            continue
        recent[article.id] = None
        if len(recent) > RECENT_IDS:
            recent.popitem(last=False)
        sent += 1
        yield article
    if progress is not None:
        progress.total(sent)  # known only once everything is read


def _store_result(result: Article | InputError, store: Any, linker: ActorLinker,
                  stats: IngestStats, failed: ErrorHandler, progress: Progress | None) -> None:
    if isinstance(result, InputError):
        failed(result)
        if progress is not None:
            progress.advance(None)
        return
    actors = linker.link(result)
    if store.add_article(result, actors=actors):
        stats.added += 1
        stats.quotes += len(result.quotes)
    else:
        stats.existing += 1
    result.doc = None  # free the analysis once stored
    if progress is not None:
        progress.advance(result)


def check_paths(paths: Sequence[str]) -> None:
    """Fail early, naming the path, when an input does not exist."""
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise WzwError(f"{p}: no such file or folder")
