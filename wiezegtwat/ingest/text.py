"""Plain text files: the whole file is one article, exactly as decoded.

The text is not stripped and line endings are not normalised, so offsets
computed downstream point into the file as a researcher opens it. A leading
byte-order mark is not part of the text (``metadata["bom"]`` records it).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import InputError, InputWarning
from ..records import Article
from .build import make_article
from .encoding import decode


def read_text(data: bytes, source: str) -> Iterator[Article | InputError | InputWarning]:
    """One article from the bytes of a text file (after a warning if it is not clean UTF-8)."""
    decoded = decode(data, source)
    yield from decoded.notices(source)
    yield make_article(decoded.text, source=source, metadata=decoded.metadata())
