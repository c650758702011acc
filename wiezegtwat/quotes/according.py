"""The "according to" route: "volgens X", "according to X", "aldus X".

The phrase carries the statement of its clause, or of the whole sentence when it
closes it (GUIDELINES); its noun phrase is the source, as written when it names
no one. ``Detector`` mixes it in.
"""

from __future__ import annotations

from ..records import Cue, Sentence
from .candidate import Candidate
from .subjects import ParsedSources


class AccordingTo(ParsedSources):
    """The "according to" route (a method of ``Detector``); its sources are read by
    ``ParsedSources``."""

    def _volgens(self, c: int, sent: Sentence) -> Candidate | None:
        toks = self.toks
        m = None
        # A cue of two words ("according to") carries its preposition after it.
        first = c + 2 if c + 1 < sent.token_end and toks[c].upos == "VERB" and toks[c + 1].upos == "ADP" else c + 1
        for j in range(first, min(first + 3, sent.token_end)):
            m = self.mention_at(j)
            if m is not None:
                break
        if m is None or m.label == "REL" or m.kind == "org" and m.t0 > first:
            nxt = [t.text.lower() for t in toks[first : first + 3]]
            if any(w in self.lang.non_source_nouns for w in nxt) or not nxt:
                return None
            if first < sent.token_end and toks[first].text.lower() in self.lang.articles:
                # "volgens een omstander": the noun phrase after the preposition is the source.
                m = self._described_subject(first, sent, need_subject=False) or m
            if m is None:
                return None
        if any(t.text.lower() in self.lang.non_source_nouns for t in toks[m.t0 : m.t1]):
            return None
        if first == c + 2:
            m = self._noun_phrase_source(c + 1, sent) or m
        if toks[m.t1 - 1].dep == "nmod:poss":
            m = self._possessed_source(m, sent) or m  # "according to X's adviser Y": Y
        s0 = sent.token_start
        # "…, who did Y, according to X.": a phrase that closes the sentence (no
        # comma or verb of its own after it) carries the whole sentence
        # (GUIDELINES); inside a clause ("who, according to X, did Y") only that clause.
        closing = toks[c - 1].text == "," and not any(
            t.text in ",;:" or t.is_finite for t in toks[c + 1 : sent.token_end])
        for j in range(c - 1, sent.token_start, -1):
            if not closing and toks[j].text == "," and toks[j + 1].text.lower() in self.lang.clause_openers:
                s0 = j + 1
                break
        # A semicolon joins two statements in one sentence: the one with "volgens X" is X's.
        for j in range(c - 1, s0, -1):
            if toks[j].text == ";":
                s0 = j + 1
                break
        e = next((j for j in range(c + 1, sent.token_end) if toks[j].text == ";"), sent.token_end)
        while s0 < e and toks[s0].upos == "PUNCT" and toks[s0].text not in "(":
            s0 += 1
        while e > s0 + 1 and toks[e - 1].upos == "PUNCT" and toks[e - 1].text in ",:":
            e -= 1
        cand = Candidate(toks[s0].start, toks[e - 1].end, "indirect", sent.i,
                         cue=Cue(toks[c].text, toks[c].start, toks[c].end, lemma=toks[c].text.lower(), statement="according-to"),
                         speaker=m, how=f'after "{toks[c].text}"', attributed=True)
        return cand
