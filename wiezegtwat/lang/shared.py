"""Helpers every language's word lists use: tables built from a rule, first-name genders.

The data (which verbs, which countries) stays in each language's package; only
the way a table is built from it lives here, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any


def surface_table(lemmas: Iterable[str], forms: Callable[[str], set[str]]) -> dict[str, str]:
    """Inflected form → lemma for every cue verb (the first verb to claim a form wins)."""
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in forms(lemma):
            table.setdefault(form, lemma)
    return table


@cache
def _gender_detector() -> Any:
    import gender_guesser.detector as gd

    return gd.Detector(case_sensitive=False)


_ANSWERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def first_name_gender(first: str, countries: tuple[str, ...]) -> str:
    """"m", "f" or "" (unknown or used for both) for a first name, asking the
    name dictionary of gender-guesser for ``countries`` first, then for all."""
    detector = _gender_detector()
    for country in countries:
        g = detector.get_gender(first, country)
        # "andy" per country also means "no figure for this country" (a name known
        # elsewhere only), so it falls through to the next country and the whole list.
        if g not in ("unknown", "andy"):
            return _ANSWERS.get(g, "")
    return _ANSWERS.get(detector.get_gender(first), "")
