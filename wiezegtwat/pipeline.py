"""ingest → analyse → quotes → actors, with no I/O of its own.

``Pipeline`` owns one backend (one Frog server) for the whole run; every
article goes through the same warm server.
"""

from __future__ import annotations

from types import TracebackType

from . import settings
from .analyse.base import Backend
from .analyse.langid import check_language
from .errors import BackendError, InputError, WzwError
from .ids import article_id
from .ingest.build import MAX_CHARS  # one limit for readers and the pipeline
from .plugins import load_callable
from .quotes import extract
from .records import Article


def load_backend(spec: str) -> Backend:
    """A backend from a ``module:callable`` spec (the door plugins use)."""
    try:
        factory = load_callable(spec, setting="WZW_BACKEND", default_name="backend")
    except WzwError as e:
        raise BackendError(str(e)) from e
    backend: Backend = factory()
    return backend


def default_backend(*, cache: str | None = None) -> Backend:
    """The Dutch Frog backend — or WZW_BACKEND=module:callable — cached on disk
    when ``cache`` or WZW_CACHE is set."""
    spec = settings.get("backend")
    if spec:
        backend: Backend = load_backend(spec)
    else:
        from .analyse.frog import FrogBackend

        backend = FrogBackend()
    cache = cache or settings.get("cache")
    if cache:
        from .analyse.cache import CachedBackend

        backend = CachedBackend(backend, cache)
    return backend


class Pipeline:
    """Analyse articles: language check, linguistic analysis, quotes and mentions."""

    def __init__(self, *, backend: Backend | None = None, lang: str | None = None,
                 cache: str | None = None) -> None:
        # A backend passed in belongs to the caller: we start it if needed but never close it.
        self._owns_backend = backend is None
        self.backend = backend if backend is not None else default_backend(cache=cache)
        self.lang = lang
        self._started = False

    def start(self) -> None:
        if not self._started:
            self.backend.start()
            self._started = True

    def close(self) -> None:
        if self._started and self._owns_backend:
            self.backend.close()
        self._started = False

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
        self.start()
        doc = self.backend.analyse(article.text)
        article.doc = doc
        article.quotes, article.mentions = extract(doc, lang=article.lang)
        return article

    def analyse(self, text: str, *, source: str = "<text>") -> Article:
        """Analyse one text."""
        article = Article(id=article_id(text), text=text, source=source)
        return self.analyse_article(article)


def analyse(text: str, *, lang: str | None = None) -> Article:
    """Analyse one Dutch text with a Frog server started for this call."""
    with Pipeline(lang=lang) as pipe:
        return pipe.analyse(text)
