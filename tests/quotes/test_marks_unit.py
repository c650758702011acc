"""quotes/marks.py: pairs of quotation marks found in plain text (no backend)."""

from __future__ import annotations

import pytest
from docbuilder import span

from wiezegtwat.lang.nl import NL
from wiezegtwat.quotes.marks import MarkPair, find_pairs


def _contents(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_pairs(text, NL)]


def test_marks_plain_pair_offsets() -> None:
    text = 'Kees zei: "Ik kom niet." Daarna ging hij.'
    start, end = span(text, "Ik kom niet.")
    assert find_pairs(text, NL) == [MarkPair(open=start - 1, close=end, start=start, end=end, mark='"', paragraph=0)]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        ("„De brug gaat dicht”, zei ze.", ["De brug gaat dicht"]),
        ("“De brug gaat dicht”, zei ze.", ["De brug gaat dicht"]),
        ("‘De brug gaat dicht’, zei ze.", ["De brug gaat dicht"]),
        ("«De brug gaat dicht», zei ze.", ["De brug gaat dicht"]),
        (",,De brug gaat dicht'', zei ze.", ["De brug gaat dicht"]),
        ("'De brug gaat dicht', zei ze.", ["De brug gaat dicht"]),
    ],
)
def test_marks_each_style_pairs(text: str, contents: list[str]) -> None:
    assert _contents(text) == contents


def test_marks_two_pairs_in_one_paragraph() -> None:
    text = '"Nee", zei Kees. "Nooit meer."'
    pairs = find_pairs(text, NL)
    assert [text[p.start : p.end] for p in pairs] == ["Nee", "Nooit meer."]
    assert [(p.open, p.close) for p in pairs] == [(0, 4), (17, 29)]


def test_marks_nested_quote_belongs_to_the_outer_pair() -> None:
    text = "„Hij noemde ons 'een stel amateurs' en liep weg”, zegt Els."
    assert _contents(text) == ["Hij noemde ons 'een stel amateurs' en liep weg"]


def test_marks_nested_single_marks_inside_double_marks() -> None:
    text = '"Ze riepen ‘weg ermee’ tot de zaal leeg was," vertelt Kees.'
    assert _contents(text) == ["Ze riepen ‘weg ermee’ tot de zaal leeg was,"]


@pytest.mark.parametrize(
    "text",
    [
        "Zo'n twintig auto's en de collega’s van Els.",
        "Ze gelooft 'm niet en fietst 's avonds naar 's-Hertogenbosch.",
        "Hij heeft 't nooit gezegd en 'k weet 'r niks van.",
        "De club uit ’s-Gravenhage won ’s middags.",
    ],
)
def test_marks_apostrophes_and_contractions_are_no_marks(text: str) -> None:
    assert find_pairs(text, NL) == []


def test_marks_contraction_inside_a_single_quoted_quote() -> None:
    text = "'Ik zag 'm niet meer in 's-Hertogenbosch,' zegt Els."
    assert _contents(text) == ["Ik zag 'm niet meer in 's-Hertogenbosch,"]


def test_marks_plural_apostrophe_inside_a_single_quoted_quote() -> None:
    text = "'Alle auto's stonden stil,' zegt Els."
    assert _contents(text) == ["Alle auto's stonden stil,"]


def test_marks_possessive_apostrophe_inside_a_single_quoted_quote() -> None:
    text = "'Dat is Kees' fiets, niet de mijne,' zegt Els."
    assert _contents(text) == ["Dat is Kees' fiets, niet de mijne,"]


def test_marks_unclosed_quote_ends_at_its_paragraph() -> None:
    text = 'Els zei: "Dit komt nooit meer goed\n\nDe raad stemde later in.'
    pairs = find_pairs(text, NL)
    start, end = span(text, "Dit komt nooit meer goed")
    assert pairs == [MarkPair(open=start - 1, close=None, start=start, end=end, mark='"', paragraph=0)]


def test_marks_multi_paragraph_quote_reopens_each_paragraph() -> None:
    text = '"Wij speelden slecht.\n\n"Volgende week moet het beter."\n\nDe trainer zweeg.'
    pairs = find_pairs(text, NL)
    assert [(text[p.start : p.end], p.paragraph, p.close is None) for p in pairs] == [
        ("Wij speelden slecht.", 0, True),
        ("Volgende week moet het beter.", 1, False),
    ]


def test_marks_mark_before_a_space_opens_nothing() -> None:
    assert find_pairs('Een inch is 2,54 cm, een voet 12" lang.', NL) == []


def test_marks_empty_pair_is_skipped() -> None:
    assert _contents('Hij zei "" en daarna "Ja, goed."') == ["Ja, goed."]


def test_marks_dialogue_dash_opens_a_line() -> None:
    text = "– Kom je morgen ook? vroeg Kees.\n\n— Ja, natuurlijk."
    pairs = find_pairs(text, NL)
    assert [(text[p.start : p.end], p.dialogue, p.mark, p.paragraph) for p in pairs] == [
        ("Kom je morgen ook? vroeg Kees.", True, "–", 0),
        ("Ja, natuurlijk.", True, "—", 1),
    ]
    assert pairs[0].open == 0 and pairs[0].close is None


def test_marks_dialogue_line_ends_before_the_dash_aside() -> None:
    text = "– Ik kom morgen terug – zei Anouk – en blijf een week."
    pairs = find_pairs(text, NL)
    assert [text[p.start : p.end] for p in pairs] == ["Ik kom morgen terug"]


def test_marks_dash_inside_a_paragraph_is_no_dialogue() -> None:
    assert find_pairs("De brug – een oud ding – gaat dicht.", NL) == []
    assert find_pairs("–Ja, zei hij.", NL) == []


def test_marks_an_elided_century_is_no_mark() -> None:
    text = ('"We wonnen in \'86 en in ’98, toen ook in de zomer. Nu moet het weer." '
            'Daarna ging hij. "Het wordt zwaar."')
    assert _contents(text) == ["We wonnen in '86 en in ’98, toen ook in de zomer. Nu moet het weer.",
                               "Het wordt zwaar."]


def test_marks_a_curly_opening_mark_closed_by_a_straight_one() -> None:
    text = "De keuze ‘voor of tegen de dijk' bleef. ‘Wij bouwen die dijk gewoon af', zei ze."
    assert _contents(text) == ["voor of tegen de dijk", "Wij bouwen die dijk gewoon af"]


def test_marks_a_close_spaced_from_a_nested_close() -> None:
    # Typesetters space a closing mark from the nested quote's: "… 'weg ermee,' " zei ze.
    text = "\"Ze riepen 'weg ermee,' \" zei Kees. \"Daarna niets.\""
    assert _contents(text) == ["Ze riepen 'weg ermee,' ", "Daarna niets."]
