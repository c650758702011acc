"""An optional on-disk cache of analysed documents, keyed by text and backend.

Frog is the slow part (~1 s per article); re-running the quote engine on a
corpus it has already analysed (evaluation, a new release of the rules)
should not pay for it again. Enabled with ``--cache DIR`` or ``WZW_CACHE``.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

from ..records import Doc
from .base import Backend

# Bump when the Doc layout or the alignment changes, so old entries are ignored.
CACHE_VERSION = "2"  # 2: universal tags (UD part of speech, features, relations)


class CachedBackend:
    """Wraps a backend; analyses each distinct text once per cache directory."""

    def __init__(self, backend: Backend, directory: str | Path) -> None:
        self.backend = backend
        self.name = backend.name
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._started = False
        self.hits = 0

    def _path(self, text: str) -> Path:
        key = hashlib.sha256(f"{CACHE_VERSION}\0{self.name}\0{text}".encode("utf-8", "surrogatepass"))
        return self.directory / f"{key.hexdigest()[:32]}.json.gz"

    def start(self) -> None:
        """Start the wrapped backend lazily: a fully cached run never starts Frog."""

    def analyse(self, text: str) -> Doc:
        path = self._path(text)
        if path.exists():
            try:
                with gzip.open(path, "rt", encoding="utf-8") as f:
                    self.hits += 1
                    return Doc.from_dict(json.load(f))
            except (OSError, ValueError, KeyError, TypeError):
                pass  # a damaged entry is simply recomputed
        if not self._started:
            self.backend.start()
            self._started = True
        doc = self.backend.analyse(text)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with gzip.open(tmp, "wt", encoding="utf-8") as f:
            json.dump(doc.to_dict(), f, ensure_ascii=False)
        os.replace(tmp, path)  # atomic: readers never see half an entry
        return doc

    def close(self) -> None:
        if self._started:
            self.backend.close()
