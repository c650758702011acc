"""Dates as found in exports, feeds and pages, normalised to ISO 8601."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from wiezegtwat.lang.merged import date_words

# Month names and abbreviations of every supported language (lang/<code>/words.py):
# a feed or an export may mix Dutch and English datelines.
_WORDS = date_words()
MONTHS: Mapping[str, int] = _WORDS.months

# Years outside this range are typos or epoch artefacts in news metadata.
YEAR_RANGE = (1800, 2100)


def _alternatives(words: tuple[str, ...]) -> str:
    """A regex group that matches any of ``words`` (and nothing when there are none)."""
    return "(?:" + "|".join(re.escape(w) for w in words) + ")" if words else "(?!)"


# A clock time after the date, with the words a language puts around it ("om 10.15 uur").
_TIME = (
    r"(?:[,\s]+(?:" + _alternatives(_WORDS.clock_prepositions) + r"\s+)?"
    r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*" + _alternatives(_WORDS.clock_suffixes) + r")?)?"
)
_WEEKDAY = r"(?:[^\W\d]+,?\s+)?"
_NUMERIC_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})" + _TIME, re.I)
_NUMERIC_YMD = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME, re.I)
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + r"(\d{1,2})\.?\s+([^\W\d]+)\.?\s+(\d{4})" + _TIME, re.I)
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + r"([^\W\d]+)\.?\s+(\d{1,2}),?\s+(\d{4})" + _TIME, re.I)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def normalise_date(value: str) -> str | None:
    """``value`` as ``yyyy-mm-dd`` or a full ISO datetime; None if it is not a date."""
    text = value.strip()
    if not text:
        return None
    for parse in (_iso, _rfc2822, _numeric, _written):
        found = parse(text)
        if found is not None:
            year = int(found[:4])
            return found if YEAR_RANGE[0] <= year <= YEAR_RANGE[1] else None
    return None


def _iso(text: str) -> str | None:
    if _ISO_DATE.fullmatch(text):
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    if not re.match(r"\d{4}-?\d{2}-?\d{2}[T ]\d", text):
        return None
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _rfc2822(text: str) -> str | None:
    # Feeds (RSS pubDate) and e-mail style headers: "Tue, 05 Mar 2024 10:15:00 +0100".
    if not re.search(r"\d{1,2}:\d{2}", text) or not re.search(r"[A-Za-z]{3}", text):
        return None
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _numeric(text: str) -> str | None:
    # Dutch sources write day first: 05-03-2024 is 5 March.
    m = _NUMERIC_DMY.fullmatch(text)
    if m:
        return _build(int(m[3]), int(m[2]), int(m[1]), m[4], m[5], m[6])
    m = _NUMERIC_YMD.fullmatch(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]), m[4], m[5], m[6])
    return None


def _written(text: str) -> str | None:
    m = _DAY_MONTH_YEAR.fullmatch(text)
    if m and m[2].lower() in MONTHS:
        return _build(int(m[3]), MONTHS[m[2].lower()], int(m[1]), m[4], m[5], m[6])
    m = _MONTH_DAY_YEAR.fullmatch(text)
    if m and m[1].lower() in MONTHS:
        return _build(int(m[3]), MONTHS[m[1].lower()], int(m[2]), m[4], m[5], m[6])
    return None


def _build(
    year: int, month: int, day: int, hour: str | None, minute: str | None, second: str | None
) -> str | None:
    try:
        if hour is None:
            return date(year, month, day).isoformat()
        return datetime(year, month, day, int(hour), int(minute or 0), int(second or 0)).isoformat()
    except ValueError:
        return None
