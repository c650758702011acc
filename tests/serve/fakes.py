"""A fake linguistic backend for the serve tests: regex tokens, no Frog.

It tags capitalised words inside a sentence as person names and a few verbs as
verbs, which is enough for the quote engine to find quotes between quote marks.
"""

from __future__ import annotations

import re

from wiezegtwat.analyse.frog_tags import upos_feats
from wiezegtwat.records import Doc, Paragraph, Sentence, Token

_TOKEN = re.compile(r"\w+(?:[-']\w+)*|[^\w\s]")
_SENT_END = frozenset(".!?")
_VERBS = {"zegt": "zeggen", "zei": "zeggen", "vindt": "vinden", "stelt": "stellen",
          "aldus": "aldus", "meldt": "melden"}


class FakeBackend:
    """Tokens by regex, sentences at . ! ?, names from capitals; deterministic."""

    name = "fake"

    def __init__(self) -> None:
        self.started = 0
        self.analysed = 0

    def start(self) -> None:
        self.started += 1

    def close(self) -> None:
        pass

    def analyse(self, text: str) -> Doc:
        self.analysed += 1
        tokens: list[Token] = []
        sentences: list[Sentence] = []
        sent_start_tok = 0
        first = True
        for match in _TOKEN.finditer(text):
            word = match.group()
            i = len(tokens)
            pos, ner, lemma = _tag(word, first=first, previous=tokens[-1] if tokens else None)
            upos, feats = upos_feats(pos, lemma)  # this stand-in guesses CGN tags, as Frog writes
            tokens.append(Token(i=i, text=word, start=match.start(), end=match.end(),
                                lemma=lemma, upos=upos, feats=feats, ner=ner, sent=len(sentences)))
            first = False
            if word in _SENT_END:
                sentences.append(_sentence(len(sentences), tokens, sent_start_tok))
                sent_start_tok = len(tokens)
                first = True
        if sent_start_tok < len(tokens):
            sentences.append(_sentence(len(sentences), tokens, sent_start_tok))
        return Doc(text=text, tokens=tokens, sentences=sentences,
                   paragraphs=[Paragraph(i=0, start=0, end=len(text))])


def _sentence(i: int, tokens: list[Token], start: int) -> Sentence:
    return Sentence(i=i, start=tokens[start].start, end=tokens[-1].end, token_start=start,
                    token_end=len(tokens))


def _tag(word: str, *, first: bool, previous: Token | None) -> tuple[str, str, str]:
    lower = word.lower()
    if lower in _VERBS:
        return "WW(pv,tgw,met-t)", "O", _VERBS[lower]
    if not word[0].isalnum():
        return "LET()", "O", word
    if word[0].isupper() and not first:
        inside = previous is not None and previous.ner.endswith("PER")
        return "SPEC(deeleigen)", ("I-PER" if inside else "B-PER"), word
    return "N(soort,ev,basis,zijd,stan)", "O", lower


def make_pipeline() -> object:
    """The factory `wzw serve --pipeline tests.serve.fakes:make_pipeline` would call."""
    from wiezegtwat.pipeline import Pipeline

    return Pipeline(backend=FakeBackend(), lang="nl")


def make_broken_pipeline() -> object:
    """A factory that fails unexpectedly: every /api/analyse is a 500."""
    raise RuntimeError("the fake pipeline is broken on purpose")
