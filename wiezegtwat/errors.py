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
            hint="pass --lang nl to force Dutch analysis",
        )


    def __reduce__(self) -> tuple[Any, ...]:
        return (LanguageError, (self.source, self.language, self.supported))


class BackendError(WzwError):
    """The linguistic backend (Frog) is missing, failed to start or keeps failing."""


class StoreError(WzwError):
    """The database cannot be opened, migrated or written."""


class QueryError(WzwError):
    """A search query or filter is malformed."""
