"""A fast stand-in for Frog: regex tokens, sentences at . ! ?, guessed tags.

The quote engine still runs on its Docs (quote marks, cue verbs, capitalised
names), so ingest results are realistic enough to compare two runs. It is
imported by Dask worker processes, hence a plain module (PYTHONPATH=tests/run).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from wiezegtwat.analyse.blocks import paragraphs
from wiezegtwat.analyse.frog_tags import upos_feats
from wiezegtwat.pipeline import Pipeline
from wiezegtwat.records import Doc, Paragraph, Sentence, Token

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_CUES = {"zei", "zegt", "aldus", "stelt", "stelde", "vindt", "vond", "meldt", "meldde"}
_ENDS = {".", "!", "?"}
_CLOSERS = {"'", "\"", "”", "’", "»", ")"}


def _tag(word: str, first: bool) -> str:
    if not word[0].isalnum():
        return "LET()"
    if word.lower() in _CUES:
        return "WW(pv,verl,ev)"
    if word[0].isupper() and not first:
        return "SPEC(deeleigen)"
    return "N(soort,ev,basis,zijd,stan)"


class WordBackend:
    """Backend protocol: whitespace/punctuation tokens, no parser.

    delay: seconds to sleep per text (only texts containing ``delay_marker`` when given).
    crash_marker/flag: the first time a text containing the marker is analysed
    (no ``flag`` file yet), create ``flag`` and fail as ``how`` says: "raise"
    (the task errors) or "exit" (the worker process dies).
    """

    name = "words"

    def __init__(self, *, delay: float = 0.0, delay_marker: str | None = None,
                 crash_marker: str | None = None, flag: str | None = None,
                 how: str = "raise") -> None:
        self.delay = delay
        self.delay_marker = delay_marker
        self.crash_marker = crash_marker
        self.flag = flag
        self.how = how

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def analyse(self, text: str) -> Doc:
        self._maybe_crash(text)
        if self.delay and (self.delay_marker is None or self.delay_marker in text):
            time.sleep(self.delay)
        return word_doc(text)

    def _maybe_crash(self, text: str) -> None:
        if self.crash_marker is None or self.flag is None or self.crash_marker not in text:
            return
        flag = Path(self.flag)
        if flag.exists():
            return
        flag.write_text("crashed once\n", encoding="utf-8")
        if self.how == "exit":
            os._exit(17)  # a lost worker, as the OOM killer would leave it
        raise RuntimeError("injected failure on the first attempt")


def word_doc(text: str) -> Doc:
    """A Doc with regex tokens, sentence splits and guessed POS/NER."""
    doc = Doc(text=text)
    for p, (pstart, pend) in enumerate(paragraphs(text)):
        doc.paragraphs.append(Paragraph(p, pstart, pend))
        sent_first = len(doc.tokens)
        matches = list(_TOKEN.finditer(text, pstart, pend))
        for k, m in enumerate(matches):
            prev = doc.tokens[-1] if len(doc.tokens) > sent_first else None
            # A word right after a quote mark or colon starts a clause: not a name by case.
            first = prev is None or prev.upos == "PUNCT"
            pos = _tag(m.group(), first)
            ner = "O"
            if pos.startswith("SPEC"):
                ner = "I-PER" if prev is not None and prev.ner != "O" else "B-PER"
            upos, feats = upos_feats(pos, m.group().lower())  # CGN guesses, mapped as Frog's are
            doc.tokens.append(Token(i=len(doc.tokens), text=m.group(), start=m.start(),
                                    end=m.end(), lemma=m.group().lower(), upos=upos, feats=feats,
                                    ner=ner, sent=len(doc.sentences)))
            nxt = matches[k + 1].group() if k + 1 < len(matches) else ""
            ends = m.group() in _ENDS or (m.group() in _CLOSERS and prev is not None
                                          and prev.text in _ENDS)
            if (ends and nxt not in _CLOSERS) or k + 1 == len(matches):
                _close_sentence(doc, sent_first, p)
                sent_first = len(doc.tokens)
    return doc


def _close_sentence(doc: Doc, first: int, paragraph: int) -> None:
    toks = doc.tokens[first:]
    if toks:
        i = len(doc.sentences)
        doc.sentences.append(Sentence(i, toks[0].start, toks[-1].end, first, len(doc.tokens),
                                      paragraph))


def word_pipeline(delay: float = 0.0, delay_marker: str | None = None,
                  crash_marker: str | None = None, flag: str | None = None,
                  how: str = "raise") -> Pipeline:
    """A Pipeline on WordBackend (Dutch forced, so short test texts pass the language check)."""
    backend = WordBackend(delay=delay, delay_marker=delay_marker, crash_marker=crash_marker, flag=flag, how=how)
    return Pipeline(backend=backend, lang="nl")
