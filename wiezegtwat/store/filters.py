"""The filters every read query shares: dates, outlet, language, near-duplicates, paging."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from wiezegtwat.errors import QueryError

# Only the first article of a near-duplicate group (see dedup.py) counts.
DEDUP_WHERE = "(a.dup_group IS NULL OR a.dup_group = a.id)"

def parse_date(value: str, *, option: str) -> date:
    """A date from YYYY-MM-DD, YYYY-MM, YYYY or a full ISO datetime."""
    text = value.strip()
    try:
        if len(text) == 4 and text.isdigit():
            return date(int(text), 1, 1)
        if len(text) == 7 and text[4] == "-":
            return date(int(text[:4]), int(text[5:]), 1)
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError as e:
        raise QueryError(
            f"{option} {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01"
        ) from e


def _until_exclusive(value: str) -> str | None:
    """The first day after ``until``: a month or year means up to its end.

    None when that day is past 9999-12-31: then ``until`` bounds nothing.
    """
    text = value.strip()
    day = parse_date(text, option="--until")
    try:
        if len(text) == 4:
            return date(day.year + 1, 1, 1).isoformat()
        if len(text) == 7:
            return (date(day.year + day.month // 12, day.month % 12 + 1, 1)).isoformat()
        return (day + timedelta(days=1)).isoformat()
    except (ValueError, OverflowError):
        return None


def _article_filters(
    *, outlet: str | None, since: str | None, until: str | None, dedup: bool,
    lang: str | None = None,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if lang:
        where.append("a.lang = ?")
        params.append(lang.strip().lower())
    if since:
        where.append("a.date >= ?")
        params.append(parse_date(since, option="--since").isoformat())
    end = _until_exclusive(until) if until else None
    if end is not None:
        # Dates are ISO strings: anything before the next day is on or before ``until``.
        where.append("a.date < ?")
        params.append(end)
    if outlet:
        where.append("lower(a.outlet) = lower(?)")
        params.append(outlet.strip())
    if dedup:
        where.append(DEDUP_WHERE)
    return where, params


def _page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise QueryError(f"limit ({limit}) and offset ({offset}) must be 0 or more")


def _escape_like(value: str) -> str:
    """``value`` for a LIKE pattern with ESCAPE '\\': its wildcards match themselves."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
