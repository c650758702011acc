"""The hand-built document helper used by the engine's unit tests (no backend)."""

from __future__ import annotations

import pytest
from docbuilder import build, parse_token, span

from wiezegtwat.records import Paragraph, Sentence


def test_docbuilder_offsets_match_the_text() -> None:
    doc = build("""
        Anouk/PROPN/B-PER zegt/VERB:Fin/=zeggen dat/SCONJ de brug/NOUN opengaat/VERB:Fin .
    """)
    assert doc.text == "Anouk zegt dat de brug opengaat."
    assert [t.text for t in doc.tokens] == ["Anouk", "zegt", "dat", "de", "brug", "opengaat", "."]
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text
    assert [t.i for t in doc.tokens] == list(range(7))
    assert (doc.tokens[5].start, doc.tokens[5].end, doc.tokens[6].start) == (23, 31, 31)


def test_docbuilder_punctuation_and_brackets_are_glued() -> None:
    doc = build("Ja/INTJ , zei/VERB:Fin Kees/PROPN ( XYZ/PROPN ) ; goed/ADJ !")
    assert doc.text == "Ja, zei Kees (XYZ); goed!"


def test_docbuilder_plain_marks_alternately_open_and_close() -> None:
    doc = build("""
        " Dit/PRON:Dem klopt/VERB:Fin niet , " zegt/VERB:Fin Anouk/PROPN . " Echt/ADV
        niet/ADV . "
    """)
    # The second line is not indented further: it is a sentence of its own, and the
    # mark opened in the first sentence closes in the second.
    assert doc.text == '"Dit klopt niet," zegt Anouk. "Echt niet."'
    assert len(doc.sentences) == 2


def test_docbuilder_typographic_marks_and_apostrophes() -> None:
    doc = build("„ Ja/INTJ ” , zei/VERB:Fin ze/PRON:Prs in/ADP 's-Hertogenbosch/PROPN tegen/ADP 'm/PRON:Prs .")
    assert doc.text == "„Ja”, zei ze in 's-Hertogenbosch tegen 'm."
    doc = build("D/PROPN ^' ^Alema/PROPN zegt/VERB:Fin ' ja/INTJ ' .")
    assert doc.text == "D'Alema zegt 'ja'."


def test_docbuilder_sentences_and_paragraphs() -> None:
    doc = build("""
        Kees/PROPN lacht/VERB:Fin .
        Hij/PRON:Prs gaat/VERB:Fin .

        Els/PROPN blijft/VERB:Fin .
    """)
    assert doc.text == "Kees lacht. Hij gaat.\n\nEls blijft."
    assert doc.sentences == [
        Sentence(0, 0, 11, 0, 3, 0),
        Sentence(1, 12, 21, 3, 6, 0),
        Sentence(2, 23, 34, 6, 9, 1),
    ]
    assert doc.paragraphs == [Paragraph(0, 0, 21), Paragraph(1, 23, 34)]
    assert [t.sent for t in doc.tokens] == [0, 0, 0, 1, 1, 1, 2, 2, 2]


def test_docbuilder_indented_line_continues_the_sentence() -> None:
    doc = build("""
        Kees/PROPN zegt/VERB:Fin dat/SCONJ
          het/PRON:Prs regent/VERB:Fin .
        Els/PROPN knikt/VERB:Fin .
    """)
    assert doc.text == "Kees zegt dat het regent. Els knikt."
    assert [(s.token_start, s.token_end) for s in doc.sentences] == [(0, 6), (6, 9)]


def test_docbuilder_heads_by_index_or_text_are_article_level() -> None:
    doc = build("""
        Els/PROPN blijft/VERB:Fin .
        Anouk/PROPN/B-PER Verbeek/PROPN/I-PER/@0:flat zegt/VERB:Fin/@root het/PRON:Prs/@zegt:obj .
    """)
    verbeek, zegt, het = doc.tokens[4], doc.tokens[5], doc.tokens[6]
    assert (verbeek.head, verbeek.dep) == (3, "flat")
    assert (zegt.head, zegt.dep) == (None, "root")
    assert (het.head, het.dep) == (5, "obj")
    assert doc.tokens[0].head is None and doc.tokens[0].dep == ""


def test_docbuilder_token_fields() -> None:
    tok = parse_token("gezegd/VERB:Part,Past,Attr/=zeggen/@3:amod")
    assert (tok.text, tok.upos, tok.lemma, tok.head, tok.dep) == ("gezegd", "VERB", "zeggen", "3", "amod")
    assert tok.feats == {"VerbForm": "Part", "Tense": "Past", "Attributive": "Yes"}
    tok = parse_token("Verbeek/PROPN/I-PER")
    assert (tok.upos, tok.ner, tok.lemma) == ("PROPN", "I-PER", "Verbeek")
    tok = parse_token("die/PRON:PronType=Rel,Number=Plur")
    assert tok.feats == {"PronType": "Rel", "Number": "Plur"} and tok.lemma == "die"


def test_docbuilder_bare_words() -> None:
    doc = build("De kat/NOUN van de buren/NOUN:Plur slaapt/VERB:Fin niet en ook niet hier/ADV .")
    art, _, van = doc.tokens[0], doc.tokens[1], doc.tokens[2]
    assert (art.upos, art.feats, art.lemma) == ("DET", {"PronType": "Art"}, "de")
    assert van.upos == "ADP"
    assert doc.tokens[-1].upos == "PUNCT"
    assert doc.tokens[4].is_plural


@pytest.mark.parametrize(
    "source",
    [
        "kat slaapt/VERB .",  # an untagged content word
        "kat/NOUN/@x:nsubj .",  # a head that is not in the sentence
        "kat/NOUN/@7:nsubj .",  # a head index outside the sentence
        "kat/NOUN/@nsubj .",  # no head
        "kat/NOUN:Vrolijk .",  # an unknown feature shorthand
        "kat/NOUN/lowercase .",  # an unreadable field
    ],
)
def test_docbuilder_rejects_bad_input(source: str) -> None:
    with pytest.raises(ValueError):
        build(source)


def test_docbuilder_span_finds_the_nth_occurrence() -> None:
    text = "Kees zegt dat Kees komt."
    assert span(text, "Kees") == (0, 4)
    assert span(text, "Kees", 2) == (14, 18)
    with pytest.raises(ValueError):
        span(text, "Kees", 3)
