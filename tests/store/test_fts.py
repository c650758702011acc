"""Tests for turning typed queries into FTS5 expressions."""

from __future__ import annotations

import pytest

from wiezegtwat.errors import QueryError
from wiezegtwat.store.fts import to_fts


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("humanitaire corridors", '"humanitaire" "corridors"'),
        ("NAVO-lidmaatschap", '"NAVO-lidmaatschap"'),
        ('"staakt-het-vuren"', '"staakt-het-vuren"'),
        ("corridor*", '"corridor"*'),
        ("Jansen, De Vries (minister)", '"Jansen" "De" "Vries" "minister"'),
        ("oorlog en vrede of niet", '"oorlog" "en" "vrede" "of" "niet"'),
        ("vrede and oorlog", '"vrede" "and" "oorlog"'),
        ("vrede OR wapenstilstand", '"vrede" OR "wapenstilstand"'),
        ("(vrede OR bestand) NOT oorlog", '( "vrede" OR "bestand" ) NOT "oorlog"'),
        ("NEAR(Jansen corridors, 5)", 'NEAR( "Jansen" "corridors" , 5 )'),
        ('zei "ze ""nooit"" weer"', '"zei" "ze ""nooit"" weer"'),
        ("50% korting!", '"50%" "korting!"'),
    ],
)
def test_to_fts_quotes_words(typed: str, expression: str) -> None:
    assert to_fts(typed) == expression


def test_to_fts_unbalanced_quote_says_how_to_fix() -> None:
    with pytest.raises(QueryError) as info:
        to_fts('Jansen zei "nooit')
    assert str(info.value) == (
        "search query 'Jansen zei \"nooit' has an unbalanced double quote near "
        "'\"nooit'; close the phrase with another \""
    )


@pytest.mark.parametrize("typed", ["", "  ", "- … !"])
def test_to_fts_without_words_raises(typed: str) -> None:
    with pytest.raises(QueryError, match="has no words to search for"):
        to_fts(typed)
