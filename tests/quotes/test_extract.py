"""The quote engine on hand-written Dutch sentences: exact spans and speakers."""

from __future__ import annotations

import pytest

from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.quotes import extract

pytestmark = pytest.mark.frog

# (text, [(quote text, type, speaker, cue)])
CASES = [
    (
        "Wethouder Anouk Verbeek zegt dat de brug in het voorjaar opengaat.",
        [("de brug in het voorjaar opengaat", "indirect", "Anouk Verbeek", "zegt")],
    ),
    (
        '"We gaan de brug in het voorjaar openen", zegt wethouder Anouk Verbeek. "Dat is echt beloofd."',
        [
            ("We gaan de brug in het voorjaar openen", "direct", "Anouk Verbeek", "zegt"),
            ("Dat is echt beloofd.", "direct", "Anouk Verbeek", None),
        ],
    ),
    (
        "De bouw loopt vertraging op, aldus een woordvoerder van de gemeente.",
        [("De bouw loopt vertraging op", "indirect", "een woordvoerder van de gemeente", "aldus")],
    ),
    (
        "De prijzen stijgen nog even door, denkt econoom Sanne Bakker.",
        [("De prijzen stijgen nog even door", "indirect", "Sanne Bakker", "denkt")],
    ),
    (
        'Minister Karel Visser zei dat het voorstel "volstrekt onhaalbaar" is.',
        [('het voorstel "volstrekt onhaalbaar" is', "mixed", "Karel Visser", "zei")],
    ),
    (
        "Pieter de Vries is trainer van de club. Hij vindt dat de spelers te weinig rust krijgen.",
        [("de spelers te weinig rust krijgen", "indirect", "Pieter de Vries", "vindt")],
    ),
    (
        'Burgemeester Jan Smit opende de vergadering. "Ik ben trots op deze stad. We hebben veel bereikt."',
        [("Ik ben trots op deze stad. We hebben veel bereikt.", "direct", "Jan Smit", None)],
    ),
    ("De film 'De laatste trein' draait vanaf donderdag. Het begrip 'duurzaam' wordt vaak misbruikt.", []),
    (
        "Het OM laat weten dat de verdachte langer vastzit.",
        [("de verdachte langer vastzit", "indirect", "het OM", "laat")],
    ),
    ("– Ik kom morgen terug, zei Anouk.", [("Ik kom morgen terug", "direct", "Anouk", "zei")]),
    (
        "De Oekraïense minister Dmytro Kovalenko sprak met de pers. De 52-jarige benadrukte dat zijn land niet zal opgeven.",
        [("zijn land niet zal opgeven", "indirect", "Dmytro Kovalenko", "benadrukte")],
    ),
    (
        "Volgens de politie was de bestuurder onder invloed.",
        [("Volgens de politie was de bestuurder onder invloed.", "indirect", "de politie", "Volgens")],
    ),
    ('Marieke Jansen: "Dit had nooit mogen gebeuren."', [("Dit had nooit mogen gebeuren.", "direct", "Marieke Jansen", None)]),
    (
        "„Het was een zware wedstrijd”, aldus trainer Rob Meijer.",
        [("Het was een zware wedstrijd", "direct", "Rob Meijer", "aldus")],
    ),
    (
        "Ingrid Bos, directeur van het ziekenhuis, reageerde verrast. ‘Wij hadden dit niet verwacht.’",
        [("Wij hadden dit niet verwacht.", "direct", "Ingrid Bos", None)],
    ),
    (
        "Het kabinet verwacht dat de inflatie volgend jaar daalt.",
        [("de inflatie volgend jaar daalt", "indirect", "Het kabinet", "verwacht")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_extract_constructions(frog: FrogBackend, text: str, expected: list[tuple]) -> None:
    quotes, _ = extract(frog.analyse(text))
    got = [
        (q.text, q.type, q.speaker.name if q.speaker else None, q.cue.text if q.cue else None)
        for q in quotes
    ]
    assert got == expected
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.evidence


def test_extract_interrupted_quote_is_two_quotes(frog: FrogBackend) -> None:
    text = '"De dijk houdt het", zegt dijkgraaf Henk Mulder. "Maar we blijven opletten."'
    quotes, _ = extract(frog.analyse(text))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("De dijk houdt het", "Henk Mulder"),
        ("Maar we blijven opletten.", "Henk Mulder"),
    ]


def test_extract_unclosed_quote_ends_at_paragraph(frog: FrogBackend) -> None:
    text = 'Sanne de Wit zei: "Dit gaat nooit goed komen, echt niet\n\nDe raad stemde later in.'
    quotes, _ = extract(frog.analyse(text))
    assert [q.text for q in quotes] == ["Dit gaat nooit goed komen, echt niet"]


def test_extract_multi_paragraph_quote_is_one_per_paragraph(frog: FrogBackend) -> None:
    text = ('Trainer Rob Meijer was na afloop duidelijk. "We speelden slecht. Dat weet iedereen.\n\n'
            '"Volgende week moet het beter, anders wordt het lastig."')
    quotes, _ = extract(frog.analyse(text))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We speelden slecht. Dat weet iedereen.", "Rob Meijer"),
        ("Volgende week moet het beter, anders wordt het lastig.", "Rob Meijer"),
    ]
