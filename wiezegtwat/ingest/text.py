"""Plain text files: the whole file is one article, exactly as decoded.

The text is not stripped and line endings are not normalised, so offsets
computed downstream point into the file as a researcher opens it. A leading
byte-order mark is not part of the text (``metadata["bom"]`` records it).

The title is the first line when it reads as a headline (see :func:`headline`),
else the file name made readable. Unlike the HTML reader, whose extractor hands
over the body without the page's title, the headline stays in the text: the
``wzw quotes --json`` contract promises offsets into the file's text, and the
article id (a hash of the text) must not change for files ingested before.
The file name is kept as the article's ``external_id``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..errors import InputError, InputWarning
from ..records import Article
from .build import file_id, make_article, title_from_name
from .encoding import decode

# A headline is one short line: news headlines run to about 15 words and 100
# characters; twice that still excludes an opening paragraph on one line.
MAX_HEADLINE_CHARS = 200
MAX_HEADLINE_WORDS = 25
# A line ending like this is a sentence or a lead-in, not a headline (? and ! may end one).
_NOT_FINAL = (".", ",", ";", ":", "-")
# Closing marks looked past to find a line's last punctuation ('zei hij."').
_CLOSERS = "\"'”’»)]"
# With only a line break (no blank line) after it, a headline must be clearly shorter
# than the next line: the lines of a hard-wrapped paragraph are about equally long.
WRAP_RATIO = 0.75

_FIRST_LINE = re.compile(r"[ \t]*([^\r\n]*)(\r\n|\r|\n)((?:[ \t]*(?:\r\n|\r|\n))*)([^\r\n]*)")
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")


def read_text(data: bytes, source: str) -> Iterator[Article | InputError | InputWarning]:
    """One article from the bytes of a text file (after a warning if it is not clean UTF-8)."""
    decoded = decode(data, source)
    yield from decoded.notices(source)
    text = decoded.text
    title = headline(text) or title_from_name(source)
    yield make_article(text, source=source, title=title, external_id=file_id(source),
                       metadata=decoded.metadata())


def headline(text: str) -> str | None:
    """The first line of ``text`` when it reads as a headline, else None.

    A headline is the first non-blank line, followed by a line break and more
    text, of at most MAX_HEADLINE_CHARS characters and MAX_HEADLINE_WORDS words,
    with a letter in it and not ending in a period, comma, semicolon, colon or
    hyphen (closing quotation marks looked past). When only a single line break
    follows it, the next line must start a new sentence (not a lower-case
    letter) and be longer by a third, so that hard-wrapped prose is not taken
    for a headline. A Markdown heading's ``#`` marks are not part of the title.
    """
    match = _FIRST_LINE.match(text.lstrip())
    if match is None:
        return None
    line = _MARKDOWN_HEADING.sub("", match.group(1).strip(), count=1)
    blank_line, following = bool(match.group(3)), match.group(4).strip()
    if not following or not _short_titled_line(line):
        return None
    if not blank_line and (following[0].islower() or len(line) > WRAP_RATIO * len(following)):
        return None
    return line


def _short_titled_line(line: str) -> bool:
    """Whether ``line`` is short enough, has a letter and does not end a sentence."""
    if not line or len(line) > MAX_HEADLINE_CHARS or len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    if not any(c.isalpha() for c in line):
        return False
    return not line.rstrip(_CLOSERS).endswith(_NOT_FINAL)
