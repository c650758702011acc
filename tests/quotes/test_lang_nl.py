"""Dutch language data and the mark finder (no Frog needed)."""

from __future__ import annotations

import pytest

from wiezegtwat.lang.nl import NL
from wiezegtwat.lang.nl import words as nl
from wiezegtwat.lang.nl.verbs import forms
from wiezegtwat.quotes.marks import find_pairs


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("verwachten", {"verwacht", "verwachtte", "verwachtten"}),
        ("zeggen", {"zegt", "zei", "zeiden", "gezegd"}),
        ("menen", {"meent", "meende", "gemeend"}),
        ("stellen", {"stelt", "stelde", "gesteld"}),
        ("waarschuwen", {"waarschuwt", "waarschuwde", "gewaarschuwd"}),
        ("ontkennen", {"ontkent", "ontkende", "ontkend"}),
    ],
)
def test_forms_regular_and_irregular(verb: str, expected: set[str]) -> None:
    assert expected <= forms(verb)


def test_cue_forms_map_back_to_infinitives() -> None:
    assert nl.CUE_FORMS["verwacht"] == "verwachten"
    assert nl.CUE_FORMS["benadrukte"] == "benadrukken"
    assert nl.CUE_VERBS["denken"] == "thinks" and nl.CUE_VERBS["schrijven"] == "writes"


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ('Hij zei: "Ik kom niet."', ["Ik kom niet."]),
        ("„Nee”, zei ze. „Nooit.”", ["Nee", "Nooit."]),
        ("Zo'n regio's en collega’s, 's avonds.", []),
        ("‘Ja’ en ‘nee’, zei ‘t kind", ["Ja", "nee"]),
        (",,Oud'' en «nieuw»", ["Oud", "nieuw"]),
        ('"Nooit gesloten aan het eind', ["Nooit gesloten aan het eind"]),
        ("„Een 'fascistische kliek' hier.”", ["Een 'fascistische kliek' hier."]),
        ("– Kom je ook? vroeg hij.", ["Kom je ook? vroeg hij."]),
    ],
)
def test_find_pairs_contents(text: str, contents: list[str]) -> None:
    assert [text[p.start : p.end] for p in find_pairs(text, NL)] == contents


def test_find_pairs_unclosed_quote_stops_at_paragraph_end() -> None:
    text = '"Eerste alinea zonder einde\n\n"Tweede alinea."'
    pairs = find_pairs(text, NL)
    assert [text[p.start : p.end] for p in pairs] == ["Eerste alinea zonder einde", "Tweede alinea."]
    assert pairs[0].close is None
