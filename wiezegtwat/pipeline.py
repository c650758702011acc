"""The per-article stages: language → analysis → quotes and mentions, with no I/O of its own.

``Pipeline`` owns one backend per language (one Frog server for Dutch, one
spaCy pipeline for English) for the whole run; every article goes through the
warm backend of its language. Articles are independent here, so runners may
call it in many processes at once. The actors stage needs every earlier
article, so it is not here: runners pass the analysed articles, one after
another, to ``wiezegtwat.actors.linker.ActorLinker`` in the writing process.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import TracebackType

from . import settings
from .analyse.base import Backend
from .analyse.langid import check_language
from .errors import BackendError, InputError, TextAnalysisError, WzwError
from .ids import article_id
from .ingest.build import MAX_CHARS  # one limit for readers and the pipeline
from .plugins import load_callable
from .quotes import extract
from .records import Article, Doc


def load_backend(spec: str) -> Backend:
    """A backend from a ``module:callable`` spec (the door plugins use)."""
    try:
        factory = load_callable(spec, setting="WZW_BACKEND", default_name="backend")
    except WzwError as e:
        raise BackendError(str(e)) from e
    backend: Backend = factory()
    return backend


def default_backend(lang: str = "nl", *, cache: str | None = None) -> Backend:
    """The backend of one language — Frog for Dutch, spaCy for English, or
    WZW_BACKEND=module:callable for every language — cached on disk when
    ``cache`` or WZW_CACHE is set."""
    spec = settings.get("backend")
    if spec:
        backend: Backend = load_backend(spec)
    elif lang == "en":
        from .analyse.spacy_backend import SpacyBackend

        backend = SpacyBackend()
    else:
        from .analyse.frog import FrogBackend

        backend = FrogBackend()
    cache = cache or settings.get("cache")
    if cache:
        from .analyse.cache import CachedBackend

        backend = CachedBackend(backend, cache)
    return backend


# Articles in a row the backend may fail on before the run stops (see _analyse_text).
MAX_FAILED_IN_ROW = 3
# A context manager factory wrapped around each backend start, given the language.
Starting = Callable[[str], AbstractContextManager[object]]
LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}


@contextmanager
def announce(lang: str) -> Iterator[None]:
    """Say on standard error that an analyser is starting (the Python API's first call)."""
    print(f"wiezegtwat: starting the {LANGUAGE_NAMES.get(lang, lang)} analyser …", file=sys.stderr)
    yield


class Pipeline:
    """Analyse articles: language check, linguistic analysis, quotes and mentions.

    Each language gets its own backend, started when the first article in that
    language arrives: a Dutch corpus never loads spaCy, an English one never
    starts Frog. ``backend`` (a caller's own) serves every language.
    """

    def __init__(self, *, backend: Backend | None = None, lang: str | None = None,
                 cache: str | None = None, starting: Starting | None = None) -> None:
        # A backend passed in belongs to the caller: we start it if needed but never close it.
        self._given = backend
        # Wraps each backend start (Frog takes 5–15 s): the CLI shows a spinner.
        self._starting = starting
        self._cache = cache
        self._backends: dict[str, Backend] = {}
        self._started: set[str] = set()
        self._failed_in_row = 0
        self.lang = lang

    def backend_for(self, lang: str) -> Backend:
        """The started backend of ``lang``."""
        if self._given is not None:
            backend = self._given
        else:
            if lang not in self._backends:
                self._backends[lang] = default_backend(lang, cache=self._cache)
            backend = self._backends[lang]
        key = "*" if self._given is not None else lang
        if key not in self._started:
            with self._starting(lang) if self._starting else nullcontext():
                backend.start()
            self._started.add(key)
        return backend

    def start(self) -> None:
        """Start the backend now when the language is known (else at the first article)."""
        if self._given is not None or self.lang is not None:
            self.backend_for(self.lang or "nl")

    def close(self) -> None:
        for lang in list(self._started):
            if lang != "*":
                self._backends[lang].close()
        self._started.clear()
        self._backends.clear()

    def __enter__(self) -> Pipeline:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def analyse_article(self, article: Article) -> Article:
        """Fill ``article`` in place with its language, doc, quotes and mentions."""
        source = article.source or article.id
        if not article.text.strip():
            raise InputError(source, "empty article")
        if len(article.text) > MAX_CHARS:
            raise InputError(source, f"article of {len(article.text):,} characters is over the "
                             f"limit of {MAX_CHARS:,}", hint="split it into smaller articles")
        article.lang = check_language(article.text, source=source, lang=self.lang or article.lang)
        doc = self._analyse_text(article.text, article.lang, source)
        article.doc = doc
        article.quotes, article.mentions = extract(doc, lang=article.lang)
        return article

    def _analyse_text(self, text: str, lang: str, source: str) -> Doc:
        """The backend's doc; a text the backend fails on is that article's error.

        A run over a folder then reports the article and goes on. Several failures
        in a row mean the backend itself is broken: that stops the run.
        """
        try:
            doc = self.backend_for(lang).analyse(text)
        except TextAnalysisError as e:
            self._failed_in_row += 1
            if self._failed_in_row >= MAX_FAILED_IN_ROW:
                raise BackendError(f"the {LANGUAGE_NAMES.get(lang, lang)} analyser failed on "
                                   f"{self._failed_in_row} articles in a row, the last {source}: {e}") from e
            raise InputError(source, f"the analyser failed on this article: {e}",
                             hint="the run goes on without it; a very long sentence or table "
                                  "is the usual cause") from e
        self._failed_in_row = 0
        return doc

    def analyse(self, text: str, *, source: str = "<text>") -> Article:
        """Analyse one text."""
        article = Article(id=article_id(text), text=text, source=source)
        return self.analyse_article(article)


_SHARED: Pipeline | None = None


def analyse(text: str, *, lang: str | None = None) -> Article:
    """Analyse one Dutch or English text.

    One pipeline per process serves every call: Frog (15 s to start) and spaCy
    start at the first text in their language and stay up until the process
    exits. To analyse many texts with control over start and stop, use
    ``with Pipeline() as pipe: pipe.analyse(text)``."""
    global _SHARED
    if _SHARED is None:
        _SHARED = Pipeline(starting=announce)
        atexit.register(_SHARED.close)
    article = Article(id=article_id(text), text=text, source="<text>", lang=lang)
    return _SHARED.analyse_article(article)
