"""All errors wiezegtwat raises on purpose, each with a message that says what to do."""

from __future__ import annotations


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


class LanguageError(InputError):
    """The article is in a language wiezegtwat does not analyse."""

    def __init__(self, source: str, language: str, supported: tuple[str, ...]) -> None:
        self.language = language
        super().__init__(
            source,
            f"text is in {language}, not in a supported language ({', '.join(supported)})",
            hint="pass --lang nl to force Dutch analysis",
        )


class BackendError(WzwError):
    """The linguistic backend (Frog) is missing, failed to start or keeps failing."""


class StoreError(WzwError):
    """The database cannot be opened, migrated or written."""


class QueryError(WzwError):
    """A search query or filter is malformed."""
