"""Shared helpers for the English engine tests on hand-built documents (docbuilder)."""

from __future__ import annotations

from docbuilder import build

from wiezegtwat.lang.en import EN
from wiezegtwat.quotes import extract

Row = tuple[str, str, str | None]  # (quote text, type, speaker name)


def quotes_of(source: str) -> list[Row]:
    """The quotes the engine finds in a hand-built English document, as rows."""
    doc = build(source)
    quotes, _ = extract(doc, lang=EN)
    return [(q.text, q.type, q.speaker.name if q.speaker else None) for q in quotes]


def earlier_report(first: str, last: str) -> str:
    """A first sentence in which someone else speaks: "<first> <last> said the plan works." """
    return (f"{first}/PROPN/B-PER {last}/PROPN/I-PER/@{first}:flat said/VERB:Fin,Past/=say/@root the/DET:Art\n"
            "          plan/NOUN/@works:nsubj works/VERB:Fin/=work/@said:ccomp ./PUNCT")
