"""All errors wiezegtwat raises on purpose, each with a message that says what to do."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class WzwError(Exception):
    """Base class: the CLI prints these as one clear line and exits non-zero."""


class InputError(WzwError):
    """An input file cannot be read as an article (names the file and the cause)."""

    def __init__(self, source: str, problem: str, *, hint: str = "") -> None:
        self.source = source
        self.problem = problem
        self.hint = hint
        msg = f"{source}: {problem}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)

    def __reduce__(self) -> tuple[Any, ...]:
        # Worker processes send these back to the writer: pickle the real arguments.
        return (InputError, (self.source, self.problem), {"hint": self.hint})

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.hint = (state or {}).get("hint", "")
        if self.hint:
            self.args = (f"{self.source}: {self.problem} ({self.hint})",)


@dataclass(frozen=True)
class InputWarning:
    """An input that was read, but not as written: e.g. decoded with a fallback encoding."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


class LanguageError(InputError):
    """The article is in a language wiezegtwat does not analyse."""

    def __init__(self, source: str, language: str, supported: tuple[str, ...]) -> None:
        self.language = language
        self.supported = supported
        super().__init__(
            source,
            f"text is in {language}, not in a supported language ({', '.join(supported)})",
            hint="pass --lang nl or --lang en to force one of them",
        )


    def __reduce__(self) -> tuple[Any, ...]:
        return (LanguageError, (self.source, self.language, self.supported))


class BackendError(WzwError):
    """The linguistic backend (Frog) is missing, failed to start or keeps failing."""


class TextAnalysisError(BackendError):
    """The backend runs, but failed on one text after its retries.

    A run over many articles reports that article and goes on (the pipeline
    turns this into an InputError naming it); a backend that cannot start stays
    a plain BackendError and stops the run.
    """


class StoreError(WzwError):
    """The database cannot be opened, migrated or written."""


class QueryError(WzwError):
    """A search query or filter is malformed."""


class MissingExtraError(WzwError, ImportError):
    """A feature needs an optional extra that is not installed (names the pip command).

    Also an ImportError, so code that guards an optional import keeps working.
    """

    def __init__(self, feature: str, extra: str, problem: str = "") -> None:
        self.feature = feature
        self.extra = extra
        self.problem = problem
        detail = f" ({problem})" if problem else ""
        super().__init__(
            f"{feature} needs the optional '{extra}' dependencies{detail}; "
            f"install them with: pip install 'wiezegtwat[{extra}]'"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (MissingExtraError, (self.feature, self.extra, self.problem))


def require(module: str, *, extra: str, feature: str) -> Any:
    """Import ``module`` of an optional extra, or raise MissingExtraError naming the extra.

    The core install (``pip install wiezegtwat``) leaves out the web server and Dask;
    a command that needs them says how to add them instead of showing a traceback.
    """
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MissingExtraError(feature, extra, str(e)) from e
