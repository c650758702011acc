"""Direct quotes: words in marks, and the source their sentence gives them.

A pair of quotation marks (``marks.py``) is a candidate unless it is a title or
a term; its source is read after the closing mark ('"…," zegt X', '"…," X said',
'"…", aldus X'), before the opening one ('X zegt: "…"', 'X: "…"', 'X said, "…"'),
or left to attribution's discourse rules. ``Detector`` mixes this in.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..records import Cue, Sentence, Token
from .candidate import MIN_QUOTE_WORDS, Candidate, trim, words_in
from .discourse import credit_mention
from .entities import is_role_word
from .mentions import Ment

if TYPE_CHECKING:
    from ..lang import Language
    from ..records import Doc
    from .marks import MarkPair


class DirectQuotes:
    """Direct-quote detection and attribution (methods of ``Detector``)."""

    doc: Doc
    toks: list[Token]
    lang: Language
    mentions: list[Ment]
    pairs: list[MarkPair]

    if TYPE_CHECKING:  # provided by Detector and ParseRoutes
        def in_pair(self, offset: int) -> MarkPair | None: ...
        def token_at(self, offset: int) -> int | None: ...
        def mention_at(self, i: int, *, kinds: tuple[str, ...] = ...) -> Ment | None: ...
        def _mention_covering(self, t: int) -> Ment | None: ...
        def _next_mention(self, t: int, sent: Sentence) -> Ment | None: ...
        def subject_of(self, c: int, sent: Sentence) -> tuple[Ment | None, str]: ...
        def cue_lemma(self, i: int) -> tuple[str, Cue] | None: ...
        def _subject_then_cue(self, k: int, sent: Sentence) -> tuple[Ment, Cue] | None: ...

    def direct(self) -> list[Candidate]:
        out: list[Candidate] = []
        text = self.doc.text
        # The quotation before this one, when it was not kept as a quote (a word, a
        # title): it has no speaker to pass on ('"Tja", zei X, "…"').
        dropped: MarkPair | None = None
        for p in self.pairs:
            before, dropped = dropped, p
            content = text[p.start : p.end].strip()
            if not content or not any(c.isalpha() for c in content):
                continue
            t_open = self.token_at(p.open)
            if t_open is None:
                continue
            sent = self.doc.sentences[self.toks[t_open].sent]
            cand = Candidate(p.start, p.end, "direct", sent.i, pair=p)
            rest = None
            if p.dialogue:
                if self._credits_the_quote_before(p, sent):
                    continue  # '"…"' then '— X, place': a credit line, not a line of dialogue
                rest = self._dialogue_aside(cand, p)
            trim(text, cand)
            self._attribute_direct(cand, p, sent, after_dropped=before is not None
                                   and before.close is not None and before.close < p.open)
            long_enough = words_in(content) >= MIN_QUOTE_WORDS or content[-1:] in ".!?…"
            if not cand.attributed and (not long_enough or self._phrase_in_sentence(p, sent)):
                continue
            # A short phrase in marks is a term, not a quote — unless a cue right
            # after the marks attributes it ('"For now," he said').
            # ('"Like X. Or Y," she said' is no title: a title holds no sentence end.)
            spoken = cand.attributed and any(content[:-1].count(ch + " ") for ch in ".!?")
            # Where a period goes inside the marks whatever the grammar, it shows a
            # sentence only when the marks open one ('on the show "Talk Now."').
            ends = ".!?" if not (self.lang.punctuation_inside_marks and self._mid_sentence(p, sent)) else "!?"
            if self._title(p) and not spoken or (words_in(content) < 3 and content[-1:] not in ends
                                  and not (cand.attributed and content[-1:] in ",!?")):
                continue
            out.append(cand)
            dropped = None
            if rest is not None:
                out.append(rest)
        return out

    def _credits_the_quote_before(self, p: MarkPair, sent: Sentence) -> bool:
        """A dash line right under a paragraph that ends on a closing mark, holding
        a credit (``discourse.credit_mention``). A straight apostrophe is no mark here."""
        # (Only the end of the paragraph before matters: no copy of the text up to here.)
        before = self.doc.text[max(0, p.open - 80) : p.open].rstrip()
        closers = tuple(c for cs in self.lang.quote_pairs.values() for c in cs if c != "'")
        return before.endswith(closers) and credit_mention(self.doc, self.mentions, sent, self.lang) is not None

    def _dialogue_aside(self, cand: Candidate, p: MarkPair) -> Candidate | None:
        """"– Ik kom morgen, zei Anouk.": the words end before the aside. Words that go on
        after the aside's sentence ("…, zei ze. Ik blijf.") are a second quote of the
        same speaker (GUIDELINES: a quote interrupted by its attribution is two); returned."""
        toks = self.toks
        for t in toks:
            if t.start < p.start or t.start >= p.end or t.text != ",":
                continue
            k = t.i + 1
            if k < len(toks) and toks[k].start < p.end and self.cue_lemma(k) is not None:
                sent = self.doc.sentences[toks[k].sent]
                m, how = self.subject_of(k, sent)
                if m is not None:
                    cue = self.cue_lemma(k)
                    assert cue is not None
                    cand.end = t.start
                    cand.cue, cand.speaker, cand.how, cand.attributed = cue[1], m, how, True
                    after = self.doc.sentences[sent.i + 1] if sent.i + 1 < len(self.doc.sentences) else None
                    if after is None or after.start >= p.end or words_in(self.doc.text[after.start : p.end]) < 2:
                        return None
                    rest = Candidate(after.start, p.end, "direct", after.i, pair=p, cue=cue[1], speaker=m,
                                     how=how, attributed=True)
                    trim(self.doc.text, rest)
                    return rest
        return None

    def _mid_sentence(self, p: MarkPair, sent: Sentence) -> bool:
        """Whether words of the sentence stand before the opening mark (on its line)
        and no comma or colon introduces the marks as speech ('told them, "We lost."')."""
        before = self.doc.text[sent.start : p.open].split("\n")[-1]
        return any(ch.isalpha() for ch in before) and before.rstrip()[-1:] not in (",", ":")

    def _phrase_in_sentence(self, p: MarkPair, sent: Sentence) -> bool:
        """Words in marks inside a running sentence, with no verb of their own ("de keuze
        'voor of tegen X' leidde tot …"): a slogan or a term that no cue attributes."""
        text = self.doc.text
        before = text[sent.start : p.open]
        after = text[(p.close or p.end) + 1 : sent.end]
        return any(ch.isalpha() for ch in before) and any(ch.isalpha() for ch in after) \
            and not any(t.is_finite for t in self.tokens_between(p.start, p.end))

    def tokens_between(self, start: int, end: int) -> Iterator[Token]:
        """The tokens that start within the characters ``start``–``end``."""
        first = self.token_at(start)
        return itertools.takewhile(lambda t: t.start < end, self.toks[first:] if first is not None else [])

    def _title(self, p: MarkPair) -> bool:
        """A title in marks: after a word for a work ("the film"), or written in
        title case ("Ban on Face Coverings"): short, every content word capitalised."""
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", self.doc.text[p.start : p.end])]
        # The word for a work names what follows it in the same paragraph, and a
        # title is no paragraph of speech: several sentences in marks are a quote.
        before = self.doc.text[max(0, p.open - 40) : p.open].split("\n")[-1].lower().split()
        sentences = len(re.findall(r"[.!?…]\s", self.doc.text[p.start : p.end].strip() + " "))
        if any(w.strip(",:") in self.lang.title_words for w in before[-3:]) and (len(words) <= 12 or sentences < 2):
            return True
        long_words = [w for w in words if len(w) > 3]
        # Title case leaves no content word in lower case ("I'm a big fan of Ann
        # Lee" has capitals only in a name).
        lowered = any(t.upos in ("NOUN", "VERB", "ADJ", "ADV") and t.text[:1].islower()
                      for t in self.tokens_between(p.start, p.end))
        # Inside a running sentence a short name in title case is a title even with
        # one long word ('told "Talk and Friends"'): speech mid-sentence is a fragment.
        t_open = self.token_at(p.open)
        mid = t_open is not None and self._mid_sentence(p, self.doc.sentences[self.toks[t_open].sent])
        return 2 <= len(words) <= 8 and len(long_words) >= (1 if mid else 2) and not lowered \
            and all(w[0].isupper() for w in long_words)

    def _attribute_direct(self, cand: Candidate, p: MarkPair, sent: Sentence, *, after_dropped: bool = False) -> None:
        toks = self.toks
        end = p.close + 1 if p.close is not None else p.end
        # After the close: '", zegt X', '", aldus X', '", voegde X eraan toe'.
        j = self.token_at(end)
        if j is not None and p.close is not None and not self._between_two_frames(p, j):
            sj = self.doc.sentences[toks[j].sent]
            k = j
            # Marks (also "''"), commas, and a dash or an ellipsis that trails the quote
            # ('"…" - zeide X', '"…" ... zeide X').
            while k < sj.token_end and (all(ch in ",'\"”’»`" for ch in toks[k].text)
                                        or toks[k].text in ("...", "…", "-", "–", "—")):
                k += 1
            if k == sj.token_end and k < len(toks):
                # The splitter may end the sentence at the close ('"…?" / Mr. X asked'):
                # the source then opens the next sentence.
                sj = self.doc.sentences[toks[k].sent]
            # Never across a paragraph break (the text's own, which every backend keeps):
            # the next paragraph's subject is its own.
            near = k < sj.token_end and toks[k].start - end <= 4 and "\n" not in self.doc.text[end : toks[k].start]
            if k < sj.token_end and toks[k].text.lower() in self.lang.report_adverbs:
                k += 1
            if k < sj.token_end and near:
                if toks[k].text.lower() in self.lang.aldus:
                    m = self.mention_at(k + 1) or self._next_mention(k + 1, sj)
                    cand.cue = Cue(toks[k].text, toks[k].start, toks[k].end, lemma=toks[k].text.lower(), statement="according-to")
                    cand.speaker, cand.how, cand.attributed = m, f'after "{toks[k].text}"', True
                    return
                cue = self.cue_lemma(k)
                if cue is not None and cue[0] in self.lang.aldus:
                    cue = None
                if cue is None and toks[k].lemma in self.lang.passive_auxiliaries:
                    for q in range(k + 1, min(k + 5, sj.token_end)):
                        cue = self.cue_lemma(q)
                        if cue is not None:
                            break
                if cue is not None:
                    m, how = self.subject_of(k, sj)
                    cand.cue, cand.speaker, cand.how, cand.attributed = cue[1], m, how, True
                    return
                # Only when the quote does not end its sentence ('"…," X said', not '"…." X said').
                # (A quote inside the quote may close first: '… need?’” X said'.)
                # A quote that trails off ('"…" X said') is open too.
                inner = self.doc.text[p.start : p.close].rstrip().rstrip("'’‘\"”“ ")
                # (A lower-case word after the marks goes on with the sentence: '"…."
                # screenwriter X wrote'.)
                open_end = inner[-1:] in ",!?-–—…" or inner.endswith("...") \
                    or any(toks[x].text == "," for x in range(j, k)) or toks[k].text[:1].islower()
                if self._frame_after(cand, j, k, sj, open_end=open_end):
                    return
        # Before the open: 'X zegt: "', 'X: "', 'zei hij: "'.
        k2 = self.token_at(p.open)
        if k2 is None:
            return
        k = k2
        # The colon may come glued to a closing bracket ("X (…): '…'").
        # A colon that ends the paragraph before introduces a quote that opens the next
        # ("X responded:" and the words below it).
        if k is not None and k - 1 >= 0 and toks[k - 1].text.endswith(":") and (
                toks[k - 1].sent == toks[k].sent or self._opens_after_colon(k)):
            s0 = self.doc.sentences[toks[k - 1].sent]
            for c in range(k - 2, s0.token_start - 1, -1):
                cue = self.cue_lemma(c)
                if cue is not None:
                    m, how = self.subject_of(c, s0)
                    cand.cue, cand.speaker, cand.how, cand.attributed = cue[1], m, how, True
                    return
            before = k - 1 if toks[k - 1].text != ":" else k - 2  # a tokenizer may glue "):"
            if toks[before].text.startswith(")"):  # 'X (voorzitter van Y): "…"': skip the aside
                while before > s0.token_start and toks[before].text != "(":
                    before -= 1
                before -= 1
            # The speaker heads what stands before the colon: "X uit Y (…): '…'" is X's.
            for t in range(before, s0.token_start - 1, -1):
                m = self._mention_covering(t)
                if m is not None and m.t0 > s0.token_start and toks[m.t0 - 1].upos == "ADP":
                    continue  # "X over Y: '…'", "X on Y: '…'": Y is the topic
                if m is not None and not self.in_pair(m.start) and (
                        m.t0 <= s0.token_start + 2 or m.kind == "name" and m.label in ("PER", "UNK")):
                    cand.speaker, cand.how, cand.attributed = m, "name before the colon", True
                    return
                if t < before - 6:
                    break
        # 'X said, "…"', 'saying at one point, "…"': a cue shortly before a comma
        # that opens the quote.
        if k - 1 >= 0 and toks[k - 1].text == "," and toks[k - 1].sent == toks[k].sent:
            s0 = self.doc.sentences[toks[k - 1].sent]
            for c in range(k - 2, max(s0.token_start - 1, k - 8), -1):
                cue = self.cue_lemma(c)
                if cue is not None:
                    prior = self._closed_before(c)
                    after = self.token_at(prior.close + 1) if prior is not None and prior.close is not None else None
                    if prior is not None and not after_dropped and not (
                            after is not None and self._between_two_frames(prior, after)):
                        break  # '"A," zegt X, "B"': the cue is the first half's; discourse links B
                    # (A first half that is no quote of its own, a word or a title: '"Tja",
                    # zei X, "B"' leaves the cue to the second.)
                    m, how = self.subject_of(c, s0)
                    if m is not None:
                        cand.cue, cand.speaker, cand.how, cand.attributed = cue[1], m, how, True
                        return
                    break
                if toks[c].is_finite or toks[c].text in ",;:" or self.in_pair(toks[c].start):
                    break
        # Within the sentence before the quote: '… zei Kramer. "' is handled by discourse;
        # '… vindt „dat …”' (a cue right before the marks) is attributed here.
        if k is not None and k - 1 >= 0 and toks[k - 1].sent == toks[k].sent:
            cue = self.cue_lemma(k - 1)
            if cue is not None:
                m, how = self.subject_of(k - 1, self.doc.sentences[toks[k - 1].sent])
                cand.cue, cand.speaker, cand.how, cand.attributed = cue[1], m, how, True

    def _between_two_frames(self, p: MarkPair, j: int) -> bool:
        """'X said, "A?" Y answered, "B."': a quote that a cue before it opens, followed
        by a cue that opens the next quote, is the first cue's; the frame after it
        is the next quote's."""
        toks = self.toks
        k = self.token_at(p.open)
        if k is None or k < 2 or toks[k - 1].text not in (",", ":") or not any(
                self.cue_lemma(c) is not None for c in range(max(0, k - 8), k - 1) if toks[c].sent == toks[k - 1].sent):
            return False
        for c in range(j, min(j + 8, len(toks))):
            if toks[c].text in (".", "!", "?", ";") or "\n" in self.doc.text[toks[j].start : toks[c].end]:
                return False
            if toks[c].text in (",", ":"):
                nxt = toks[c + 1].start if c + 1 < len(toks) else -1
                return any(q.open == nxt for q in self.pairs) and any(
                    self.cue_lemma(x) is not None for x in range(j, c))
        return False

    def _opens_after_colon(self, k: int) -> bool:
        """Whether the mark at token ``k`` opens the sentence right after a sentence
        that ends on a colon."""
        sent = self.doc.sentences[self.toks[k].sent]
        return sent.token_start == k and sent.i > 0 and self.doc.sentences[sent.i - 1].token_end == k

    def _after_closing_mark(self, c: int) -> bool:
        """Whether a quote closes right before token ``c`` (only marks, commas and
        spaces between): the cue then reports that quote."""
        return self._closed_before(c) is not None

    def _closed_before(self, c: int) -> MarkPair | None:
        """The quote that closes right before cue token ``c`` and that the cue reports."""
        start = self.toks[c].start
        # '"A," he said': the cue's subject may stand between the mark and the cue.
        k = c - 1
        while k >= 0 and self.toks[k].upos in ("ADV", "AUX"):
            k -= 1
        subject = self._mention_covering(k) if k >= 0 else None
        if subject is not None and subject.t1 == k + 1:
            start = min(start, subject.start)
        for p in self.pairs:
            if p.close is not None and 0 <= start - p.close <= 4 \
                    and not self.doc.text[p.close : start].strip(" ,\"'”’»“‘«"):
                # A quote that ended its sentence with a full stop ('… "caused
                # harm." X called …') is not what the next sentence's cue reports.
                closed = self.token_at(p.close)
                ended = self.doc.text[p.start : p.close].rstrip().endswith(".")
                return None if ended and closed is not None and self.toks[closed].sent != self.toks[c].sent else p
        return None

    def _frame_after(self, cand: Candidate, j: int, k: int, sj: Sentence, *, open_end: bool) -> bool:
        """A source after the quote without a cue word right after the marks:
        '"…," X said' (a cue after the subject), '"…", VERB X' (inverted, any verb) or
        '"…?" X went on' (subject and any verb, in a language without verb-second order)."""
        toks = self.toks
        found = self._subject_then_cue(k, sj) if open_end else None
        if found is not None:
            m, after_cue = found
            cand.cue, cand.speaker, cand.attributed = after_cue, m, True
            cand.how = f'subject of "{after_cue.text}"'
            return True
        source: Ment | None = self._inverted_frame(j, k, sj, open_end=open_end)
        verb_at = k
        if source is None and open_end and not self.lang.verb_second:
            source, verb_at = self._subject_verb_frame(k, sj)
        if source is None:
            return False
        verb = toks[verb_at]
        cand.cue = Cue(verb.text, verb.start, verb.end, lemma=verb.lemma.lower(), statement="says")
        cand.speaker, cand.how, cand.attributed = source, f'quote, "{verb.text}" and its subject', True
        return True

    def _subject_verb_frame(self, k: int, sent: Sentence) -> tuple[Ment | None, int]:
        """'"…?" X went on': a person (or pronoun) right after the quote, the
        subject of the finite verb that follows it — the word order says whose
        words they are, whatever the verb."""
        m = self.mention_at(k, kinds=("name", "pronoun", "role"))
        if m is None or m.label not in ("PER", "UNK") or m.t1 >= sent.token_end:
            return None, k
        v = m.t1
        while v < sent.token_end and v - m.t1 < 2 and self.toks[v].upos == "ADV":
            v += 1
        verb = self.toks[v] if v < sent.token_end else None
        if verb is None or verb.upos != "VERB" or not verb.is_finite:
            return None, k
        if not any(self.toks[t].dep == "nsubj" and self.toks[t].head == v for t in range(m.t0, m.t1)):
            return None, k
        return m, v

    def _inverted_frame(self, j: int, k: int, sent: Sentence, *, open_end: bool = False) -> Ment | None:
        """'"…", VERB X …': a comma after the quote (or the quote's own comma, "?" or
        "!" inside the marks: '"…," VERB X'), then a finite verb with its subject
        right behind it. The word order alone says the quote is X's, whatever the
        verb ("opende", "lachte"), so no cue list is needed."""
        toks = self.toks
        comma_after = any(toks[x].text == "," for x in range(j, k))
        if not open_end and not comma_after:
            return None
        verb = toks[k]
        if not verb.is_finite or k + 1 >= sent.token_end:
            return None
        if not comma_after and not verb.text[:1].islower():
            return None  # '"…?" Heb ik …': a new sentence, a question of its own
        # A title may stand between the verb and the name ('juichte spits X').
        j2 = k + 1
        while j2 < sent.token_end and j2 - k <= 3:
            m = self.mention_at(j2, kinds=("name", "pronoun", "role", "group", "org"))
            if m is not None:
                return None if m.label == "REL" else m
            if not (is_role_word(toks[j2].text, self.lang) or toks[j2].upos == "ADJ" or toks[j2].is_article):
                return None
            j2 += 1
        return None
