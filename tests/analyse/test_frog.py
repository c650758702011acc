"""Real Frog analysis: offsets into the original text on nasty inputs."""

from __future__ import annotations

import pytest

from wiezegtwat.analyse.frog import FrogBackend

pytestmark = pytest.mark.frog

NASTY = [
    "„Dit is een test,” zei Mark Rutte. ‚Echt?’ vroeg ze.",
    ",,Wij gaan door'', aldus de burgemeester. «Nooit», riep hij.",
    "Hij zei: \"Het staakt-het-vuren houdt stand…\" – en vertrok — snel.",
    "– Kom je ook? vroeg Anouk.\n– Nee, zei Pieter.",
    "Oekrai\u0308ne en Erdoğan: de president\u00a0sprak\u200b lang.",
    "Eerste regel.\r\n\r\nTweede alinea met 😀 en een tab\there.",
    "\ufeffEen BOM aan het begin, Volodymyr Zelensky zei dat het kan.",
    "De heer 't Hooft zei 's avonds: ‘Zo’n dag!’",
    "EOT\nEOT is geen einde van de tekst.",
    "Premier Mark Rutte en minister Sigrid Kaag spraken in Den Haag met Jan-Peter van der Berg.",
]


@pytest.mark.parametrize("text", NASTY)
def test_frog_analyse_offsets_slice_back(frog: FrogBackend, text: str) -> None:
    doc = frog.analyse(text)
    assert doc.tokens, "no tokens"
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
        assert tok.text.strip() == tok.text and tok.text
    starts = [t.start for t in doc.tokens]
    assert starts == sorted(starts)
    for sent in doc.sentences:
        assert doc.tokens[sent.token_start].start == sent.start


def test_frog_splits_glued_names(frog: FrogBackend) -> None:
    doc = frog.analyse("Premier Mark Rutte sprak met Volodymyr Zelensky.")
    words = [t.text for t in doc.tokens]
    assert "Mark" in words and "Rutte" in words and "Zelensky" in words
    rutte = doc.tokens[words.index("Rutte")]
    assert rutte.ner == "I-PER" and rutte.dep == "flat"


def test_frog_heading_is_its_own_sentence(frog: FrogBackend) -> None:
    doc = frog.analyse("Beloften\n\nHet staakt-het-vuren gaat in.")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == ["Beloften", "Het staakt-het-vuren gaat in."]
    assert [p.i for p in doc.paragraphs] == [0, 1]


def test_frog_restarts_after_a_crash(frog: FrogBackend) -> None:
    assert frog.server.proc is not None
    frog.server.proc.kill()
    frog.server.proc.wait()
    doc = frog.analyse("Na de herstart werkt alles weer.")
    assert doc.tokens[0].text == "Na"
    assert frog.restarts >= 1
