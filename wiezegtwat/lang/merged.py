"""The data of every supported language merged into one object, for stages that compare
across languages: actors (a Dutch "Boelgakov" and an English "Bulgakov" are one actor) and
dates (a Dutch and an English dateline in one feed).

Merging is a union: sets and tuples are joined (tuples keep the order of first
appearance), dicts are joined with the first language winning a shared key. Where a
union makes one word two things (an English article that is a Dutch given name), the
language data say so (``ARTICLE_GIVEN_NAMES``) and the algorithm decides by rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from importlib import import_module
from types import MappingProxyType

from . import CODES, translit


@dataclass(frozen=True)
class NameData:
    """Articles, titles, roles, particles and organisation words of all languages at once.

    Each field is the union of the UPPER_CASE list of the same name in every
    ``wiezegtwat/lang/<code>/names.py``; ``docs/languages.md`` says what each holds.
    """

    codes: tuple[str, ...]
    articles: frozenset[str]
    opening_articles: frozenset[str]
    name_articles: frozenset[str]
    thing_articles: frozenset[str]
    indefinite_articles: frozenset[str]
    role_openers: frozenset[str]
    article_given_names: frozenset[str]
    titles: frozenset[str]
    role_words: frozenset[str]
    role_prefixes: tuple[str, ...]
    role_heads: tuple[str, ...]
    role_adjectives: frozenset[str]
    nationality_endings: tuple[str, ...]
    portfolios: tuple[str, ...]
    generation_suffixes: Mapping[str, str]
    particles: tuple[str, ...]
    complement_prepositions: frozenset[str]
    role_complement_prepositions: frozenset[str]
    org_words: frozenset[str]
    org_suffixes: tuple[str, ...]
    group_words: frozenset[str]
    joint_conjunctions: frozenset[str]
    alternative_conjunctions: frozenset[str]
    # Language-neutral: the same rules for every name (lang/translit.py).
    translit_rules: tuple[tuple[re.Pattern[str], str], ...]
    markers: Mapping[str, str]


@dataclass(frozen=True)
class DateWords:
    """Month names and clock words of all languages at once (``lang/<code>/words.py``)."""

    months: Mapping[str, int]
    clock_prepositions: tuple[str, ...]
    clock_suffixes: tuple[str, ...]


def _union(values: list[object]) -> object:
    """Join one field's values from several languages: sets, tuples or dicts."""
    first = values[0]
    if isinstance(first, frozenset):
        return frozenset().union(*values)  # type: ignore[arg-type]
    if isinstance(first, tuple):
        return tuple(dict.fromkeys(w for v in values for w in v))  # type: ignore[attr-defined]
    if isinstance(first, dict):
        merged: dict[object, object] = {}
        for value in values:
            for key, item in value.items():  # type: ignore[attr-defined]
                merged.setdefault(key, item)
        return MappingProxyType(merged)
    raise TypeError(f"cannot merge a {type(first).__name__}; use a frozenset, tuple or dict")


def _merge(module: str, names: list[str], codes: tuple[str, ...]) -> dict[str, object]:
    """Every name of ``lang/<code>/<module>.py`` (upper-cased) merged over ``codes``."""
    modules = [import_module(f"{__package__}.{code}.{module}") for code in codes]
    out: dict[str, object] = {}
    for name in names:
        try:
            out[name] = _union([getattr(m, name.upper()) for m in modules])
        except AttributeError as e:
            raise ValueError(f"a language in {codes} lacks {name.upper()} in {module}.py") from e
    return out


@cache
def name_data(codes: tuple[str, ...] = CODES) -> NameData:
    """The name lists of the languages ``codes`` (default: every supported one), merged."""
    own = {"codes", "translit_rules", "markers"}
    names = [f.name for f in fields(NameData) if f.name not in own]
    return NameData(
        codes=codes,
        translit_rules=translit.TRANSLIT_RULES,
        markers=MappingProxyType(dict(translit.MARKERS)),
        **_merge("names", names, codes),  # type: ignore[arg-type]
    )


@cache
def date_words(codes: tuple[str, ...] = CODES) -> DateWords:
    """The month names and clock words of the languages ``codes``, merged."""
    names = [f.name for f in fields(DateWords)]
    return DateWords(**_merge("words", names, codes))  # type: ignore[arg-type]
