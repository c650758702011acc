"""Speakers on constructions that broke on unseen news (sentences written for the test)."""

from __future__ import annotations

import pytest

from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.quotes import extract

pytestmark = pytest.mark.frog


def _run(frog: FrogBackend, text: str) -> list[tuple[str, str | None]]:
    quotes, _ = extract(frog.analyse(text))
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return [(q.text, q.speaker.name if q.speaker else None) for q in quotes]


def test_split_quote_gives_two_clean_direct_quotes(frog: FrogBackend) -> None:
    text = '"De kade is te laag," zegt havenmeester Joris Kramer, "en dat weten we al jaren."'
    quotes, _ = extract(frog.analyse(text))
    assert [(q.text, q.type, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("De kade is te laag,", "direct", "Joris Kramer"),
        ("en dat weten we al jaren.", "direct", "Joris Kramer"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hij heeft 't nooit gezegd en zij gelooft 'm niet. De raad vergadert 's avonds.",
        "Zo gaat 't al jaren in 's-Hertogenbosch, en niemand zegt er iets van.",
    ],
)
def test_contraction_never_opens_a_quote(frog: FrogBackend, text: str) -> None:
    assert _run(frog, text) == []


def test_he_never_resolves_to_a_woman(frog: FrogBackend) -> None:
    text = ("Trainer Kees Bakker sprak na de wedstrijd met aanvoerster Lotte Visser. "
            "Hij zei dat de ploeg beter moet verdedigen.")
    assert _run(frog, text) == [("de ploeg beter moet verdedigen", "Kees Bakker")]


def test_she_never_resolves_to_a_man(frog: FrogBackend) -> None:
    text = ("Wethouder Sanne Mulder bezocht de school met directeur Pieter Smit. "
            "Zij zei dat het gebouw dit jaar wordt vernieuwd.")
    assert _run(frog, text) == [("het gebouw dit jaar wordt vernieuwd", "Sanne Mulder")]


def test_inverted_frame_with_any_verb_names_the_speaker(frog: FrogBackend) -> None:
    text = '"Eindelijk hebben we de beker gewonnen", juichte spits Daan Hoekstra na afloop.'
    assert _run(frog, text) == [("Eindelijk hebben we de beker gewonnen", "Daan Hoekstra")]


def test_anonymous_description_stays_a_description(frog: FrogBackend) -> None:
    text = ("Burgemeester Els de Graaf bezocht de straat. "
            '"Ik schrok wakker van een harde knal en zag overal rook", vertelt een buurvrouw.')
    assert _run(frog, text) == [("Ik schrok wakker van een harde knal en zag overal rook", "een buurvrouw")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Volgens Marieke van der Laan is de regeling te streng.", "Marieke van der Laan"),
        ("Gedeputeerde Wouter De Smedt zegt dat de weg in mei dichtgaat.", "Wouter De Smedt"),
    ],
)
def test_name_particles_stay_in_the_name(frog: FrogBackend, text: str, speaker: str) -> None:
    assert [name for _, name in _run(frog, text)] == [speaker]


def test_docs_engine_worked_example(frog: FrogBackend) -> None:
    """The worked example of docs/engine.md does what the page says."""
    text = ('Wethouder Anouk Verbeek opende de nieuwe brug. "Eindelijk kan het verkeer weer door", '
            'zei ze. Een buurvrouw kwam kijken. "Ik heb hier jaren op gewacht."')
    quotes, _ = extract(frog.analyse(text))
    got = [(q.speaker.name, q.speaker.kind) for q in quotes if q.speaker]
    assert got == [("Anouk Verbeek", "pronoun"), ("Een buurvrouw", "description")]
    assert all(q.speaker and 0 < (q.speaker.confidence or 0) <= 1 for q in quotes)


def test_dateline_is_no_part_of_a_quote_and_its_agency_no_speaker(frog: FrogBackend) -> None:
    text = ('BRUSSEL (Belga) – "We gaan de begroting niet halen", zegt minister Koen Peeters.\n\n'
            '"Het tekort loopt verder op."')
    quotes, _ = extract(frog.analyse(text))
    assert [(q.text, q.type, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We gaan de begroting niet halen", "direct", "Koen Peeters"),
        ("Het tekort loopt verder op.", "direct", "Koen Peeters"),
    ]
