"""Turn what a user types into a safe SQLite FTS5 query.

Rules (also in docs/store.md):

* Every plain word is searched literally: it is wrapped in double quotes, so
  punctuation inside it is harmless (``NAVO-lidmaatschap`` finds the two adjacent
  tokens ``navo lidmaatschap``). Words are ANDed, as in a web search.
* ``"a phrase"`` in double quotes is searched as a phrase; ``woord*`` is a prefix.
* The upper-case operators ``AND``, ``OR``, ``NOT`` and ``NEAR(...)`` switch on
  advanced mode, in which parentheses and commas are FTS5 syntax too. Lower-case
  ``and``/``or``/``not`` (and Dutch ``en``/``of``/``niet``) are ordinary words.
* Matching ignores case and diacritics (``oekraine`` finds ``Oekraïne``).
"""

from __future__ import annotations

import re
import sqlite3

from wiezegtwat.errors import QueryError

_TOKEN = re.compile(
    r'(?P<phrase>"(?:[^"]|"")*"\*?)'
    r"|(?P<near>NEAR\()"
    r"|(?P<punct>[(),])"
    r'|(?P<word>[^\s"(),]+)'
    r'|(?P<quote>")'
    r"|(?P<space>\s+)"
)
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_NEAR_ERROR = re.compile(r'syntax error near "(.*)"', re.S)
_HINT = (
    'quote the phrase with double quotes ("...") to search for it literally, '
    "or fix the operators AND, OR, NOT, NEAR(...)"
)


def to_fts(query: str) -> str:
    """The FTS5 expression for a user query; raises QueryError when nothing is left."""
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "space"
        if kind == "quote":
            raise QueryError(
                f"search query {query!r} has an unbalanced double quote near "
                f'{query[match.start() : match.start() + 12]!r}; close the phrase with another "'
            )
        if kind != "space":
            tokens.append((kind, match.group()))
    advanced = any(k == "near" or (k == "word" and v in _OPERATORS) for k, v in tokens)
    out: list[str] = []
    previous = ""
    for kind, value in tokens:
        if kind == "phrase":
            out.append(value)
        elif kind == "near" or (kind == "punct" and advanced):
            out.append(value)
        elif kind == "word" and advanced and value in _OPERATORS:
            out.append(value)
        elif kind == "word" and advanced and previous == "," and value.isdigit():
            out.append(value)  # the distance in NEAR(a b, 10)
        elif kind == "word":
            prefix = value.endswith("*") and len(value) > 1
            word = value.rstrip("*") if prefix else value
            if any(c.isalnum() for c in word):
                out.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
        previous = value
    if not out:
        raise QueryError(f"search query {query!r} has no words to search for; type a word")
    return " ".join(out)


def check(conn: sqlite3.Connection, table: str, query: str, expression: str) -> None:
    """Run the expression once so that a syntax error names the user's own text."""
    try:
        conn.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT 1", (expression,))
    except sqlite3.OperationalError as e:
        if interrupted(e):
            raise  # stopped by the caller's progress handler, not a malformed query
        raise as_query_error(query, e) from e


def interrupted(error: sqlite3.OperationalError) -> bool:
    """Whether a progress handler (a time budget) stopped the query."""
    return str(error) == "interrupted"


def as_query_error(query: str, error: sqlite3.OperationalError) -> QueryError:
    """A QueryError that says where FTS5 stumbled and what to do about it."""
    found = _NEAR_ERROR.search(str(error))
    if found is not None:
        where = f"near {found.group(1)!r}" if found.group(1) else "at the end of the query"
        return QueryError(f"search query {query!r} is malformed {where}; {_HINT}")
    return QueryError(f"search query {query!r} cannot be run ({error}); {_HINT}")
