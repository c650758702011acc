"""Full-text search and the other SQL that PostgreSQL cannot share with SQLite.

A user's query (the syntax of ``fts.py``: words, "phrases", prefix*, and in advanced
mode AND, OR, NOT, NEAR(...) and parentheses) becomes a PostgreSQL tsquery text,
parsed by ``to_tsquery`` with the configuration of each row's language. The match
joins a derived table named like SQLite's index (``quotes_fts``, ``articles_fts``)
with the columns the shared queries read: ``rowid``, ``rank`` (lower is better, as
FTS5's) and ``query``.

Differences from SQLite, by design of PostgreSQL's search: words are stemmed
("woningen" also finds "woning"); ``NEAR(a b, N)`` finds both words anywhere in the
quote (tsquery has no "within N words").
"""

from __future__ import annotations

from typing import Any

from wiezegtwat.errors import QueryError

from . import fts

_HINT = (
    'quote the phrase with double quotes ("...") to search for it literally, '
    "or fix the operators AND, OR, NOT, NEAR(...)"
)
_CONFIGS = (("nl", "wzw_dutch"), ("en", "wzw_english"))

# SQLite's date() and strftime() give NULL for an unreadable date; wzw_date does too.
PERIOD_SQL = {
    "week": "to_char(date_trunc('week', wzw_date(a.date)), 'YYYY-MM-DD')",
    "month": "to_char(wzw_date(a.date), 'YYYY-MM')",
}

# Lists in the export as JSON text, as SQLite's json_group_array gives them.
EXPORT_LISTS = {
    "targets": (
        "(SELECT coalesce(json_agg(s.name ORDER BY s.first), '[]')::text FROM "
        "(SELECT coalesce(min(ta.name), min(t.text)) AS name, min(t.start) AS first "
        "FROM quote_targets t LEFT JOIN actors ta ON ta.id = t.actor_id "
        "WHERE t.quote_id = q.id GROUP BY t.actor_id) s)"
    ),
    "variants": (
        "(SELECT coalesce(json_agg(variant ORDER BY count DESC, variant), '[]')::text "
        "FROM actor_variants WHERE actor_id = ac.id)"
    ),
    "roles": (
        "(SELECT coalesce(json_agg(DISTINCT title ORDER BY title), '[]')::text "
        "FROM actor_roles WHERE actor_id = ac.id)"
    ),
}


def is_postgres(conn: Any) -> bool:
    """Whether ``conn`` is a PostgreSQL connection (pg.PgConnection)."""
    return getattr(conn, "dialect", "sqlite") == "postgresql"


def _index(table: str, query: str, *, tail: str = "") -> tuple[str, list[Any]]:
    """A derived table over ``table`` (quotes_fts, articles_fts): the rows that match.

    tail: SQL after its WHERE (an ORDER BY and LIMIT, say).

    One scan whose condition has a branch per language (see ``match_condition``), not a
    UNION of one scan per language: each of those read every match of the words from the
    table to keep its own language's.
    """
    text = to_tsquery(query)
    match, params = match_condition(text, "f")
    return (f"(SELECT f.rowid, f.lang, {_parsed('f')} AS query, "
            f"-ts_rank(f.tsv, {_parsed('f')}) AS rank FROM {table} f "
            f"WHERE {match} {tail}) {table}", [*[text] * 2 * len(_CONFIGS), *params])


def _parsed(alias: str) -> str:
    """The tsquery text (a parameter per language) parsed with the configuration of row
    ``alias``'s language: a branch per language, each with a constant configuration, so
    that the planner parses it once (``to_tsquery(wzw_ts_config(f.lang), ?)`` was parsed
    again for every match, twice: an article search for a common word in 100,000
    articles, which ranks its 43,665 matches, took 189-192 ms before, 166-187 after)."""
    branches = " ".join(f"WHEN '{lang}' THEN to_tsquery('{config}', ?)"
                        for lang, config in _CONFIGS[1:])
    return f"(CASE {alias}.lang {branches} ELSE to_tsquery('{_CONFIGS[0][1]}', ?) END)"


def quote_match(query: str) -> tuple[str, list[Any]]:
    """The JOIN that keeps the quotes whose text matches, and its parameters."""
    derived, params = _index("quotes_fts", query)
    return f" JOIN {derived} ON quotes_fts.rowid = q.id", params


def match_condition(tsquery: str, alias: str) -> tuple[str, list[Any]]:
    """The condition that row ``alias`` of quotes_fts or articles_fts matches the tsquery
    text: a branch per language, each with a constant configuration, so that the GIN index
    serves each branch (a bitmap OR; one index scan when both read the words alike)."""
    branches = [f"({alias}.lang = '{lang}' AND {alias}.tsv @@ to_tsquery('{config}', ?))"
                for lang, config in _CONFIGS]
    return "(" + " OR ".join(branches) + ")", [tsquery] * len(_CONFIGS)


def headline(alias: str, open_: str, close: str) -> str:
    """The quote text (``q.text``) with every match of the tsquery text (one parameter)
    between ``open_`` and ``close``, in the language of quotes_fts row ``alias``."""
    config = f"wzw_ts_config({alias}.lang)"
    return (f"ts_headline({config}, q.text, to_tsquery({config}, ?), "
            f"'HighlightAll=true, StartSel={open_}, StopSel={close}')")


# An article's snippet: its text around the first matches (alias articles_fts: _index).
ARTICLE_SNIPPET = ("ts_headline(wzw_ts_config(articles_fts.lang), a.text, articles_fts.query, "
                   "'StartSel=«, StopSel=», MaxWords=24, MinWords=12, MaxFragments=1, "
                   "FragmentDelimiter=…')")


def article_match(query: str) -> tuple[str, str, list[Any]]:
    """The JOIN that keeps the matching articles, the snippet expression, and parameters."""
    derived, params = _index("articles_fts", query)
    return f" JOIN {derived} ON articles_fts.rowid = a.rowid", ARTICLE_SNIPPET, params


def article_ranks(query: str) -> tuple[str, list[Any]]:
    """A page of the matching rows of articles_fts (rowid, lang, query, rank), best first
    then in ingestion order, as a derived table named articles_fts; and its parameters
    but the page's LIMIT and OFFSET, which come last (see _index)."""
    return _index("articles_fts", query, tail="ORDER BY rank, f.rowid LIMIT ? OFFSET ?")


# -- the query language --------------------------------------------------------------


def to_tsquery(query: str) -> str:
    """The tsquery text for a user query; QueryError for a malformed or empty one."""
    fts.to_fts(query)  # the same refusals as SQLite: unbalanced quote, no words
    tokens = [(m.lastgroup or "space", m.group()) for m in fts._TOKEN.finditer(query)]
    tokens = [t for t in tokens if t[0] != "space"]
    advanced = any(k == "near" or (k == "word" and v in ("AND", "OR", "NOT"))
                   for k, v in tokens)
    if not advanced:
        terms = [_term(k, v) for k, v in tokens if k in ("word", "phrase")]
        return " & ".join(t for t in terms if t)
    parser = _Parser(query, tokens)
    expression = parser.expression()
    if parser.peek() is not None:
        parser.fail()
    return expression


def _term(kind: str, value: str) -> str:
    """One word or phrase as a quoted tsquery operand ('' for punctuation alone)."""
    prefix = value.endswith("*") and len(value) > 1
    body = value[:-1] if prefix else value
    if kind == "phrase":
        body = body[1:-1].replace('""', '"')
    if not any(c.isalnum() for c in body):
        return ""
    # Inside a quoted operand, ' is doubled and \\ escapes; the configuration's parser
    # turns several words into a phrase (a <-> b).
    quoted = "'" + body.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


class _Parser:
    """Advanced mode: OR of ANDs of NOTs of terms, as FTS5 binds them."""

    def __init__(self, query: str, tokens: list[tuple[str, str]]) -> None:
        self.query = query
        self.tokens = tokens
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            self.fail()
        self.i += 1
        return token  # type: ignore[return-value]

    def fail(self) -> Any:
        token = self.peek()
        where = f"near {token[1]!r}" if token else "at the end of the query"
        raise QueryError(f"search query {self.query!r} is malformed {where}; {_HINT}")

    def expression(self) -> str:
        parts = [self.conjunction()]
        while self.peek() == ("word", "OR"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")"

    def conjunction(self) -> str:
        parts = [self.negation()]
        while (token := self.peek()) is not None and token not in (("word", "OR"),
                                                                   ("punct", ")")):
            if token == ("word", "AND"):
                self.take()
            parts.append(self.negation())
        return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"

    def negation(self) -> str:
        term = self.operand()
        while self.peek() == ("word", "NOT"):
            self.take()
            term = f"({term} & !{self.operand()})"
        return term

    def operand(self) -> str:
        kind, value = self.take()
        if kind == "punct" and value == "(":
            inner = self.expression()
            if self.take() != ("punct", ")"):
                self.i -= 1
                self.fail()
            return inner
        if kind == "near":
            return self.near()
        if kind in ("word", "phrase") and value not in ("AND", "OR", "NOT"):
            term = _term(kind, value)
            # A term of punctuation only matches everything, as FTS5 drops it too.
            return term or "''"
        self.i -= 1
        return self.fail()  # type: ignore[no-any-return]

    def near(self) -> str:
        terms: list[str] = []
        while (token := self.peek()) is not None and token[0] in ("word", "phrase"):
            self.take()
            terms.append(_term(*token) or "''")
        if self.peek() == ("punct", ","):
            self.take()
            if not self.take()[1].isdigit():
                self.i -= 1
                self.fail()
        if not terms or self.take() != ("punct", ")"):
            self.i -= 1
            self.fail()
        return "(" + " & ".join(terms) + ")"
