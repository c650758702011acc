"""Input readers: text, HTML, feeds, WARC and CSV/JSON exports → Article records.

No linguistic analysis happens here: an Article is its text (exactly as in
the file, see ``text.py``) with whatever metadata the input has.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError, InputWarning
from ..records import Article
from .build import FIELDS, MAX_CHARS
from .detect import SUPPORTED
from .sources import read_path
from .tabular import check_mapping

__all__ = ["FIELDS", "MAX_CHARS", "SUPPORTED", "iter_articles"]


def iter_articles(
    paths: Sequence[str | Path],
    *,
    mapping: Mapping[str, str] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_warning: Callable[[InputWarning], None] | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Article]:
    """Every article in ``paths`` (files, folders, ``-`` for stdin), in order, one at a time.

    mapping: Article field → column name for CSV/JSON exports (``--map text=Body``).
    on_error: called with each input that cannot be read, after which reading
    goes on; without it the first InputError is raised.
    on_warning: called once per input that was read with a fallback (e.g. an
    encoding other than UTF-8); the article's metadata records it as well.
    stdin: what ``-`` reads (default ``sys.stdin``).
    """
    fields = check_mapping(mapping)
    for given in paths:
        for item in read_path(str(given), mapping=fields, stdin=stdin):
            if isinstance(item, Article):
                yield item
            elif isinstance(item, InputWarning):
                if on_warning is not None:
                    on_warning(item)
            elif on_error is None:
                raise item
            else:
                on_error(item)
