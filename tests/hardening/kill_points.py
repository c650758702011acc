"""Run ``wzw`` and SIGKILL it at a chosen point of a chosen ingest phase.

``WZW_KILL_AT=phase:n`` kills the ingest the n-th time this run reaches that
point: ``read`` (an article read), ``analyse`` (inside the backend), ``store``
(inside an article's write transaction, after the article row, before its
quotes) or ``group`` (inside a near-duplicate batch transaction). Timed kills
would land in the short phases (storing, grouping 40 articles) by luck only;
a kill at a named point lands there every time.

Used as ``python kill_points.py ingest …``; word_backend calls ``analysing()``.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable, Iterator
from typing import Any

_COUNTS: dict[str, int] = {}


def _reached(phase: str) -> None:
    spec = os.environ.get("WZW_KILL_AT", "")
    want, _, n = spec.partition(":")
    if want != phase:
        return
    _COUNTS[phase] = _COUNTS.get(phase, 0) + 1
    if _COUNTS[phase] == int(n):
        # The ingest's main process, also when this runs in an analysis worker.
        os.kill(int(os.environ.get("WZW_KILL_PID", os.getpid())), signal.SIGKILL)


def analysing() -> None:
    _reached("analyse")


def _install() -> None:
    import wiezegtwat.ingest as ingest
    import wiezegtwat.store.db as db
    import wiezegtwat.store.dedup as dedup

    read = ingest.iter_articles

    def iter_articles(*args: Any, **kw: Any) -> Iterator[Any]:
        for article in read(*args, **kw):
            _reached("read")
            yield article

    def wrap(fn: Callable[..., Any], phase: str) -> Callable[..., Any]:
        def wrapped(*args: Any, **kw: Any) -> Any:
            result = fn(*args, **kw)
            _reached(phase)
            return result
        return wrapped

    ingest.iter_articles = iter_articles  # type: ignore[assignment]
    db._insert_article = wrap(db._insert_article, "store")  # type: ignore[attr-defined]
    dedup._assign = wrap(dedup._assign, "group")  # type: ignore[attr-defined]
    # Small batches, so a kill while grouping leaves some batches committed.
    dedup.BATCH = 8  # type: ignore[attr-defined]


if __name__ == "__main__":
    os.environ["WZW_KILL_PID"] = str(os.getpid())
    _install()
    from wiezegtwat.cli import main

    sys.argv = ["wzw", *sys.argv[1:]]
    main()
