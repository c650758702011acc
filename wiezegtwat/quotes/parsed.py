"""The quote detector's routes that read the dependency parse.

English, a subject-verb language, reports with a complement clause and no
complementiser ("X said Y"), puts its source after the statement ("Y, X said"),
and names sources by noun phrases the entity tagger misses. These routes ask the
parse (UD relations in the neutral model) instead of the word order; they know
no word of any language and serve every language whose backend gives a parse.
``Detector`` mixes them in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Cue, Sentence, Token, heads_above, subtree, token_starting
from .entities import is_person_noun, is_role_word
from .mentions import Ment, modifiers_end

if TYPE_CHECKING:
    from ..lang import Language
    from ..records import Doc
    from .candidate import Candidate
    from .marks import MarkPair


class ParseRoutes:
    """Routes and sources read from the parse (methods of ``Detector``)."""

    doc: Doc
    toks: list[Token]
    lang: Language
    pairs: list[MarkPair]
    dateline: tuple[int, int]

    if TYPE_CHECKING:  # provided by Detector
        def in_pair(self, offset: int) -> MarkPair | None: ...
        def token_at(self, offset: int) -> int | None: ...
        def mention_at(self, i: int, *, kinds: tuple[str, ...] = ...) -> Ment | None: ...
        def _mention_covering(self, t: int) -> Ment | None: ...
        def _new_mention(self, t0: int, t1: int, kind: str, label: str, *, how: str = "",
                         index: bool = True) -> Ment: ...
        def subject_of(self, c: int, sent: Sentence) -> tuple[Ment | None, str]: ...
        def cue_lemma(self, i: int) -> tuple[str, Cue] | None: ...
        def _after_closing_mark(self, c: int) -> bool: ...
        def clause_end(self, t: int, sent: Sentence) -> int: ...
        def _complementiser(self, c: int, sent: Sentence) -> int | None: ...
        def _next_mention(self, t: int, sent: Sentence) -> Ment | None: ...
        def _cand(self, t0: int, t1: int, sent: Sentence, cue: Cue | None, m: Ment | None,
                  how: str) -> Candidate: ...

    def _described_subject(self, j: int, sent: Sentence, *, need_subject: bool = True) -> Ment | None:
        """'zegt een buurvrouw', 'vertelt de woordvoerder van X': the noun phrase
        in the subject slot right after a cue is the source, whatever its noun.
        Word order, not a list of person nouns, decides; the mention is added to
        the article's mentions so that later quotes can refer back to it."""
        toks = self.toks
        k = j + 1
        # Modifiers before the head noun: adjectives, numbers, and nouns the parser
        # marks as parts of a compound ("the finance committee").
        # A name inside the compound counts whole ("the Harbour Guard veteran": the
        # name's first word hangs on its second, which is the compound).
        while k < sent.token_end and k - j < 5 and (toks[k].upos in ("ADJ", "NUM") or (
                toks[k].dep == "compound" and k + 1 < sent.token_end and toks[k + 1].upos in ("NOUN", "PROPN")) or (
                toks[k].upos == "PROPN" and toks[k].dep == "flat" and self._in_compound(k))):
            k += 1
        if k > j + 1 and toks[k - 1].upos == "ADJ" and not need_subject and (
                k >= sent.token_end or toks[k].upos == "PUNCT"):
            k -= 1  # a nominalised adjective heads the phrase ("zegt de gewonde,", "the elderly")
        elif k >= sent.token_end or toks[k].upos != "NOUN" \
                or need_subject and toks[k].dep != "nsubj" or toks[k].text.lower() in self.lang.non_source_nouns:
            return None
        end = k + 1
        # A "van"/"bij" phrase belongs to the description ("een medewerker van de gemeente").
        if end + 1 < sent.token_end and toks[end].text.lower() in self.lang.of_prepositions:
            e = end + 1
            while e < sent.token_end and e - end < 6 and (
                toks[e].upos in ("DET", "ADJ", "NOUN", "PROPN", "X", "NUM") or toks[e].text.lower() in self.lang.articles
            ):
                e += 1
                if toks[e - 1].upos in ("NOUN", "PROPN", "X"):
                    end = e
        # Other modifiers by the parse ("a source close to X"); the "van" phrase above is
        # read from the words because the parse often hangs it elsewhere.
        end = max(end, self._modifiers_end(k, sent))
        return self._new_mention(j, end, "role", "PER", how="described")

    def _modifiers_end(self, k: int, sent: Sentence) -> int:
        """Where the phrases that modify noun ``k`` end (``mentions.modifiers_end``),
        never inside quotation marks."""
        end = modifiers_end(self.doc, k, self.lang)
        return next((t for t in range(k + 1, end) if self.in_pair(self.toks[t].start)), end)

    def _name_colon(self, sent: Sentence) -> Candidate | None:
        """'X: statement' without marks (a headline, a transcript line): what follows the
        colon is X's, when only X's name (and a title) stands before it."""
        toks = self.toks
        colon = next((t.i for t in toks[sent.token_start : min(sent.token_start + 6, sent.token_end)]
                      if t.text == ":"), None)
        if colon is None or colon == sent.token_start or sent.token_end - colon < 4:
            return None
        m = self._mention_covering(colon - 1)
        if m is None or m.kind not in ("name", "org") or m.label in ("LOC", "UNK", "MISC") or m.t1 != colon \
                or any(toks[t].upos not in ("PROPN", "NOUN", "ADJ") for t in range(sent.token_start, m.t0)) \
                or m.text.lower() in self.lang.interview_labels:
            return None
        nxt = toks[colon + 1].text
        if nxt in self.lang.quote_pairs or nxt in self.lang.single_marks or self.in_pair(toks[colon + 1].start) \
                or self.in_pair(toks[sent.token_end - 1].start):
            return None  # a quote in marks after the colon is a direct quote of its own
        # The label holds on in its paragraph (a transcript's answer runs over sentences)
        # while no quote in marks starts something else.
        last = sent
        while last.i + 1 < len(self.doc.sentences) and self.doc.sentences[last.i + 1].paragraph == sent.paragraph:
            following = self.doc.sentences[last.i + 1]
            if any(self.in_pair(t.start) or t.text in self.lang.quote_pairs
                   for t in toks[following.token_start : following.token_end]):
                break
            last = following
        end = last.token_end
        while end > colon + 1 and toks[end - 1].upos == "PUNCT" and not self.in_pair(toks[end - 1].start):
            end -= 1
        return self._cand(colon + 1, end, sent, None, m, "name before the colon") if end > colon + 3 else None

    def _in_compound(self, k: int) -> bool:
        """Whether token ``k`` hangs, just after it, on a word that is a compound."""
        head = self.toks[k].head
        return head is not None and k < head < k + 4 and self.toks[head].dep == "compound"

    def _person_after(self, t: int, sent: Sentence) -> Ment | None:
        """A person's name within a few words of description after ``t`` (no comma
        between); the name of another entity within the description counts as one word
        ("Harbour Gov. and Party Committee Chairman X")."""
        j = t
        for _ in range(5):
            if j >= sent.token_end:
                return None
            m = self.mention_at(j, kinds=("name",))
            if m is not None and m.label == "PER":
                return m
            if self.toks[j].text in ",;:" or self.toks[j].is_finite or self.in_pair(self.toks[j].start):
                return None
            j = m.t1 if m is not None else j + 1
        return None

    def _noun_phrase_source(self, prep: int, sent: Sentence) -> Ment | None:
        """'according to a 2015 survey of voters': when the noun governed by the
        preposition is a common noun, the whole noun phrase, as written, is the source
        (a document or an unnamed group); a name keeps its own mention."""
        toks = self.toks
        head = next((t.i for t in toks[prep + 1 : sent.token_end] if t.head == prep), None)
        if head is None or toks[head].upos != "NOUN":
            return None
        tree = self._subtree(head, sent)
        end = _np_end(toks, tree)
        if end <= head:
            return None
        return self._new_mention(tree[0], end, "role", "UNK", how="described", index=False)

    def _subject_then_cue(self, k: int, sent: Sentence) -> tuple[Ment, Cue] | None:
        """'"…," X said': a source starting at ``k`` and a cue right after it."""
        toks = self.toks
        # The cue within a short stretch of noun phrase, apposition and adverbs
        # ('"…," Pim Oosterhuis, a party aide, later said').
        c = k
        while c < sent.token_end and c - k < 14 and not toks[c].is_finite and toks[c].text not in ".;:!?\"“”":
            c += 1
        cue = self.cue_lemma(c) if c < sent.token_end and c > k else None
        if cue is None:
            past = self._cue_past_apposition(k, sent)
            if past is None:
                return None
            c, cue = past, self.cue_lemma(past)
        if cue is None:
            return None
        m = self.mention_at(k) or self._titled_name(k, c) or self._dependent_subject(c, sent)
        if m is None and toks[k].text.lower() in self.lang.articles:
            m = self.mention_at(k + 1) or self._described_subject(k, sent)
        if m is None or m.label == "REL" or not k <= m.t0 < c:
            return None
        sub = self._dependent_subject(c, sent)
        if sub is not None and toks[m.t1 - 1].dep == "nmod:poss" and m.t1 <= sub.t0 < c:
            # '"…," X's campaign manager, Y, said': a possessor is never the source;
            # the possessed role is, or the name set beside it.
            return self._apposed_person(sub.t1 - 1, sent) or sub, cue[1]
        if sub is not None and sub.kind == "name" and sub.label == "PER" and m.t1 <= sub.t0 < c:
            # "Acme campaign manager X said": the first name only modifies the
            # subject; the parse's subject of the cue is the person.
            return sub, cue[1]
        if m.label != "PER" or m.kind == "role":
            # "Senate leader X, …, said": the person the description titles.
            m = self._person_after(m.t1, sent) or m
        return m, cue[1]

    def _titled_name(self, k: int, c: int) -> Ment | None:
        """'"…," campaign manager X said', '"…," her aide X said': a person's name
        between ``k`` and the cue ``c`` with only a title before it (nouns,
        adjectives, a possessive opening it)."""
        toks = self.toks
        for t in range(k, c):
            m = self.mention_at(t, kinds=("name",))
            if m is not None:
                return m if m.label == "PER" and m.t1 <= c else None
            if toks[t].upos not in ("NOUN", "ADJ", "PROPN") and not (t == k and toks[t].feats.get("Poss") == "Yes"):
                return None
        return None

    def _cue_past_apposition(self, k: int, sent: Sentence) -> int | None:
        """'"…," X, who was Y under Z, told …': a name, an apposition between commas
        that may hold verbs of its own, then the cue right after the closing comma."""
        toks = self.toks
        m = self.mention_at(k, kinds=("name",))
        if m is None or m.label != "PER" or m.t1 >= sent.token_end or toks[m.t1].text != ",":
            return None
        for c in range(m.t1 + 2, min(m.t1 + 22, sent.token_end)):
            if toks[c].text in ".;:!?\"“”" or self.in_pair(toks[c].start):
                return None
            prev = c - 1 if toks[c - 1].upos != "ADV" else c - 2
            if toks[prev].text == "," and toks[c].is_finite and self.cue_lemma(c) is not None:
                return c
        return None

    def _possessed_source(self, m: Ment, sent: Sentence) -> Ment | None:
        """'said X's chief executive, Y': the possessor ``m`` is not the source; the name
        set beside the noun it owns is, else that noun phrase as written."""
        toks = self.toks
        head = toks[m.t1 - 1].head
        if head is None or not m.t1 <= head < min(m.t1 + 6, sent.token_end) or toks[head].upos != "NOUN":
            return None
        return self._apposed_person(head, sent) or self._person_after(head + 1, sent) \
            or self._new_mention(m.t0, head + 1, "role", "UNK", how="described")

    def _apposed_person(self, head: int, sent: Sentence) -> Ment | None:
        """The person's name the parse sets in apposition to token ``head``."""
        for t in self.toks[head + 1 : sent.token_end]:
            if t.head == head and t.dep == "appos":
                named = self._mention_covering(t.i)
                if named is not None and named.kind == "name" and named.label == "PER":
                    return named
        return None

    def _fronted_report(self, c: int, sent: Sentence, cue: Cue) -> Candidate | None:
        """'Y, X said.': the statement before a comma, then its source and the cue."""
        toks = self.toks
        k = c - 1
        while k > sent.token_start and toks[k].upos in ("AUX", "ADV") and toks[k].text != ",":
            k -= 1  # "has said", "later said"
        named = self._apposed_before(k, sent)
        if named is not None:  # "Y, a spokeswoman, Ann Lee, said": the description is the subject,
            k = named.t0 - 2  # and the resolver reads the apposed name as the one it describes
        m = self._mention_covering(k) or self._dependent_subject(c, sent)
        if m is None or m.label == "REL" or m.t1 != k + 1 or m.t0 - 1 <= sent.token_start:
            return None
        comma = m.t0 - 1  # skip a description before the name ("council member X")
        while comma > m.t0 - 6 and toks[comma].upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
            comma -= 1
        fragment = self._fragment_before(comma, sent)
        if fragment is not None:
            return self._cand(fragment, comma + 1, sent, cue, m, f'subject of "{toks[c].text}" (a quoted fragment)')
        if comma <= sent.token_start or toks[comma].text != ",":
            return None
        after = c + 1  # the report ends the clause: "…, X said." / "…, X said Monday, …"
        while after < sent.token_end and toks[after].upos in ("ADV", "PROPN", "NOUN", "ADP", "DET", "NUM"):
            after += 1
        if after < sent.token_end and toks[after].upos != "PUNCT":
            return None
        if self._governed_after(c, sent, ("ccomp",)):
            return None  # "After X, Y said the Z has …": the clause after the cue is the report
        s0 = sent.token_start
        while s0 < comma and toks[s0].upos == "PUNCT":
            s0 += 1
        if self.statement_in_marks(s0, comma) or self.in_pair(toks[comma - 1].start):
            return None
        # "Speaking at X, Y called …", "In an interview, Y said …": a phrase without a
        # finite verb that the parse hangs on the cue is the cue's own adjunct, no
        # statement ("If A, X argues, B" keeps its clause).
        if any(toks[t].head == c and (toks[t].dep == "obl" or toks[t].dep == "advcl" and not toks[t].is_finite
                                      and not self._dependent(t, sent, ("nsubj",)))
               for t in range(s0, comma)):
            return None
        s0 = self.open_mark_of(s0, sent)
        how = f'subject of "{toks[c].text}"'
        # "Y1, X said, Y2": an attribution inside the statement; the whole sentence
        # is the report (as for the Dutch "Y, geeft hij aan, Z").
        # ("…, X said, adding …": a participle clause on the cue is its own adjunct, no Y2.)
        adjunct = after + 1 < sent.token_end and toks[after + 1].head == c and toks[after + 1].upos == "VERB" \
            and toks[after + 1].feats.get("VerbForm") in ("Ger", "Part")
        if after + 1 < sent.token_end and toks[after].text == "," and toks[after + 1].upos != "PUNCT" \
                and not self.in_pair(toks[after + 1].start) and comma - s0 >= 1 and not adjunct:
            end = self.clause_end(after + 1, sent)
            if end > after + 2:
                return self._cand(s0, end, sent, cue, m, how + " (inside the statement)")
        if comma - s0 < 3 or not any(t.is_finite for t in toks[s0:comma]):
            return None
        return self._cand(s0, comma, sent, cue, m, how)

    def _as_report(self, c: int, sent: Sentence, cue: Cue) -> Candidate | None:
        """'As X reported, Y', 'Y, as X said', 'As reported by X, Y': a comment clause
        opened by "as" attributes the clause beside it (the rest of the sentence)."""
        toks = self.toks
        a = c - 1
        while a > sent.token_start and c - a <= 8 and toks[a].text not in ",;:" \
                and toks[a].text.lower() not in self.lang.as_markers:
            a -= 1
        if toks[a].text.lower() not in self.lang.as_markers or self.in_pair(toks[a].start):
            return None
        # A comment clause's cue takes no object or clause of its own ("as she said
        # she would" compares, it does not attribute).
        if self._governed_after(c, sent, ("ccomp", "xcomp", "obj", "advcl")):
            return None
        # The source: after the participle's preposition ("as reported by X"), else
        # the subject after "as" (an article may open it).
        x = c + 2 if a == c - 1 and c + 2 < sent.token_end and toks[c + 1].upos == "ADP" else a + 1
        if x == a + 1 and a == c - 1:
            return None
        m = next((mm for t in range(x, min(x + 2, sent.token_end)) if (mm := self.mention_at(t)) is not None), None)
        if m is not None and m.t0 > x and not toks[x].is_article:
            m = None
        if m is None and toks[x].is_article:
            m = self._described_subject(x, sent, need_subject=False)
        if m is not None and m.t1 < c and toks[m.t1].upos == "NOUN" and toks[m.t1 - 1].dep == "compound":
            # "as X fans note": the name only qualifies the noun after it.
            plural = toks[m.t1].is_plural
            m = self._new_mention(m.t0, m.t1 + 1, "group" if plural else "role", "GRP" if plural else "PER",
                                  how="described")
        if m is None or m.label == "REL":
            return None
        e = next((j for j in range(c + 1, sent.token_end) if toks[j].text in ",;:"), sent.token_end)
        s0 = sent.token_start
        while s0 < a and toks[s0].upos == "PUNCT":
            s0 += 1
        how = f'subject of "{toks[c].text}" (a comment clause)'
        span: tuple[int, int] | None = None
        if s0 == a and e < sent.token_end and toks[e].text == ",":
            # The clause after it is the sentence's main clause: it runs to a
            # semicolon or the sentence end, not to its first coordinator.
            end = next((j for j in range(e + 1, sent.token_end)
                        if toks[j].text == ";" and not self.in_pair(toks[j].start)), sent.token_end)
            while end > e + 1 and toks[end - 1].text in (".", "!", "?"):
                end -= 1
            span = (e + 1, end) if end - e > 3 else None
        elif a - 1 > s0 + 2 and toks[a - 1].text == "," and all(t.upos == "PUNCT" for t in toks[e:sent.token_end]):
            span = (s0, a - 1)
        # A clause beside it that reports on its own ("As described by X, many think
        # Y") is its own subject's report.
        if span is None or any(toks[j].head is None and self.cue_lemma(j) and self._dependent(j, sent, ("ccomp",))
                               is not None for j in range(*span)):
            return None
        return self._cand(span[0], span[1], sent, cue, m, how)

    def statement_in_marks(self, s0: int, comma: int) -> bool:
        """Whether the statement from token ``s0`` to the attribution's comma is in
        marks: a direct quote. Words after the closing mark ('"…" for the win, X
        said') make it a mixed report of the whole clause (GUIDELINES rule 3)."""
        p = self.in_pair(self.toks[s0].start)
        return p is not None and self._marks_run_to(p, comma)

    def open_mark_of(self, t: int, sent: Sentence) -> int:
        """The opening mark's token when token ``t`` starts inside marks opened in its
        sentence (a mixed report keeps its marks), else ``t``. (A splitter may leave
        the opening mark at the end of the sentence before.)"""
        p = self.in_pair(self.toks[t].start)
        k = self.token_at(p.open) if p is not None else None
        return k if k is not None and sent.token_start - 1 <= k < t else t

    def _marks_run_to(self, p: MarkPair, comma: int) -> bool:
        """Whether only punctuation stands between the closing mark of ``p`` and token ``comma``."""
        if p.close is None or p.close >= self.toks[comma].start:
            return True
        return not any(ch.isalpha() for ch in self.doc.text[p.close + 1 : self.toks[comma].start])

    def _apposed_before(self, k: int, sent: Sentence) -> Ment | None:
        """The person's name apposed between commas right before token ``k + 1``
        (", a spokeswoman, Ann Lee, said"): the name when ``k`` is the comma after it."""
        toks = self.toks
        if toks[k].text != "," or k - 1 <= sent.token_start:
            return None
        n = self._mention_covering(k - 1)
        if n is None or n.kind != "name" or n.label != "PER" or n.t1 != k or n.t0 - 2 <= sent.token_start \
                or toks[n.t0 - 1].text != ",":
            return None
        return n

    def _fragment_before(self, close: int, sent: Sentence) -> int | None:
        """Where a statement with a quoted fragment at its end starts, when ``close``
        is the fragment's closing mark with the comma inside it ('The plan is
        "a mistake," X said'): the words before the opening mark make the whole
        clause one mixed report (GUIDELINES rule 3). None when the marks hold all
        of it (a direct quote) or a comma, colon or sentence end stands before them."""
        toks = self.toks
        if close - 2 <= sent.token_start or toks[close - 1].text != ",":
            return None
        pair = next((p for p in self.pairs if p.close == toks[close].start), None)
        if pair is None:
            return None
        s0 = sent.token_start
        while s0 < close and toks[s0].upos == "PUNCT":
            s0 += 1
        # Other fragments in marks may stand before it ('a "good thing" that gave "…,"').
        before = [t for t in toks[s0:close] if t.end <= pair.open and not self.in_pair(t.start)]
        # A comma or colon right before the marks introduces them as speech ('X said,
        # "…"'); one after a fronted phrase ("At A, B is "…,"") does not.
        if sum(t.upos != "PUNCT" for t in before) < 2 or any(t.text in ";.!?" for t in before) \
                or before[-1].text in ",:" or not any(t.is_finite for t in toks[s0:close]):
            return None
        return s0

    def _bare_complement(self, c: int, sent: Sentence, cue: Cue) -> Candidate | None:
        """'X said Y': the clause the parser hangs on the cue as its complement."""
        toks = self.toks
        if c > 0 and toks[c - 1].upos == "PUNCT" and self._after_closing_mark(c):
            return None  # '"…," said X, half joking': the inverted cue reports the quote before it
        # A clause the parser calls adverbial counts when nothing subordinates it
        # and it has a subject of its own ("said after the debate he would …").
        comp = [t.i for t in toks[c + 1 : sent.token_end] if t.head == c and (
            t.dep == "ccomp" or t.dep == "advcl" and any(
                x.head == t.i and x.dep.startswith("nsubj") for x in toks[c + 1 : t.i]))]
        if not comp:
            return None
        tree = self._subtree(comp[0], sent)
        first = min(tree)
        # "said on Tuesday it would …": a phrase the parser hung on the clause but that
        # stands before its subject belongs to the report verb, not to what was said.
        subj = next((x for x in tree if toks[x].head == comp[0] and toks[x].dep.startswith("nsubj")), None)
        if subj is not None and toks[first].upos == "ADP":
            first = min(self._subtree(subj, sent))
        between = toks[c + 1 : first]
        if subj is None and first == comp[0] and 0 < len(between) <= 12 \
                and not any(x.upos in ("VERB", "AUX", "PUNCT") or self.in_pair(x.start) for x in between) \
                and any(x.upos in ("NOUN", "PROPN", "PRON", "NUM") for x in between):
            # "said about a third of the X came from Y": a complement without a subject
            # after a noun phrase the parse hung on the cue — that phrase is its subject.
            first = c + 1
        # A subordinator opening the clause ("protest when …", tagged as an adverb
        # of the clause rather than its marker) makes it adverbial, not a report.
        # (A longer gap only when it is the cue's own adjunct phrase: "said in a
        # note issued by X the plan …".)
        if first <= c or first - c > 6 and not self._adjuncts_of(c, c + 1, first) or self.in_pair(toks[first].start) \
                or any(toks[x].head == comp[0] and toks[x].dep == "mark" for x in tree) \
                or toks[comp[0]].dep == "advcl" and toks[first].upos == "SCONJ":
            return None
        m, how = self.subject_of(c, sent)
        if m is None or m.t0 >= first:  # a subject inside the clause is the clause's own
            dep = self._dependent_subject(c, sent)
            if dep is not None or m is None:
                m, how = dep, f'subject of "{toks[c].text}"'
        if m is None:
            return None
        t0 = max(first, m.t1) if c < m.t0 < first else first
        end = self.clause_end(t0, sent)
        return self._cand(t0, end, sent, cue, m, how) if end > t0 + 1 else None

    def _dependent_subject(self, c: int, sent: Sentence) -> Ment | None:
        """The subject the parser gives the cue, as a mention: the known mention
        that holds it, else its noun phrase as a description ("a source")."""
        toks = self.toks
        subj = self._dependent(c, sent, ("nsubj",))
        first = toks[c].head
        if subj is None and toks[c].dep == "conj" and first is not None:
            # "X were angered and predicted …": a passive first conjunct's subject (an
            # active one the caller's dependency route has tried already).
            subj = self._dependent(first, sent, ("nsubj:pass",))
        if subj is not None and self.dateline[0] <= subj < self.dateline[1]:
            # The parse made the dateline's place the subject and the source its
            # apposition ("CITY (Agency) – Minister X told …"): the apposition speaks.
            subj = next((t.i for t in toks[subj + 1 : sent.token_end] if t.head == subj and t.dep == "appos"), None)
        if subj is None:
            return None
        if toks[subj].upos == "ADJ":
            # "the 54-year-old said"; "many think" (a quantity alone is a group).
            return self._nominal_adjective(subj, sent) or self._quantity(subj, sent)
        if toks[subj].upos in ("PRON", "NUM"):
            return self._quantity(subj, sent)
        if toks[subj].upos not in ("NOUN", "PROPN"):
            return None
        m = self._mention_covering(subj)
        if m is not None:
            return m
        # "said another user, Ann Vos": the description's apposed name is the person.
        named = self._apposed_person(subj, sent) if self.toks[subj].upos == "NOUN" else None
        if named is not None:
            return named
        tree = self._subtree(subj, sent)
        first = min(tree)
        if first < subj and self.toks[first].text.lower() in self.lang.articles:
            described = self._described_subject(first, sent)
            if described is None and self.toks[subj].upos == "NOUN" and self.toks[subj].dep == "nsubj" \
                    and self.toks[subj].head == c and all(t in tree for t in range(first, subj)) \
                    and self.toks[subj].text.lower() not in self.lang.non_source_nouns:
                # A long noun phrase with a name in it ("a Harbour Times/Radio 4 survey"):
                # the parse's subject phrase, up to its noun, is the source as written.
                plural = self.toks[subj].is_plural
                described = self._new_mention(first, self._modifiers_end(subj, sent), "group" if plural else "role",
                                              "GRP" if plural else "PER", how="described")
            return described
        # A capitalised subject the entity tagger missed, not opening the sentence
        # ("O'Donnell said"): a name.
        words = [self.toks[t] for t in tree if t <= subj]
        proper = subj > sent.token_start or self.toks[subj].upos == "PROPN" and self.toks[subj].text not in self.lang.not_names
        if proper and all(w.text[:1].isupper() and not is_role_word(w.text, self.lang)
                          for w in words) and words[0].i == subj - len(words) + 1:
            return self._new_mention(words[0].i, subj + 1, "name", "PER", how="subject")
        if self.toks[subj].upos == "NOUN" and self.toks[subj].is_plural and words[0].i == subj - len(words) + 1 \
                and all(w.upos in ("NOUN", "ADJ", "PROPN", "NUM", "DET") for w in words):
            # A bare plural subject ("Economists say", "security experts say"): a group as written.
            return self._new_mention(words[0].i, subj + 1, "group", "GRP", how="described")
        return self._unnamed_source(subj, tree, sent) if self.toks[subj].upos == "NOUN" else None

    def _unnamed_source(self, subj: int, tree: list[int], sent: Sentence) -> Ment | None:
        """A common-noun subject no mention covers, as an unnamed source written out:
        a bare noun, a thing a name owns or made, or a counted group."""
        toks = self.toks
        first, head = tree[0], toks[subj]
        if any(self.in_pair(toks[x].start) for x in tree) or head.text.lower() in self.lang.non_source_nouns:
            return None
        end = _np_end(toks, tree)
        if first == subj - sum(1 for x in tree if x < subj) and not self.lang.verb_second \
                and all(toks[x].upos in ("NOUN", "ADJ") for x in tree if x <= subj):
            # A bare noun without article ("Research finds", "New polling finds"):
            # a source as written. (Verb-second languages front other phrases: no proof.)
            return self._new_mention(first, end, "role", "UNK", how="described")
        if first < subj and not is_person_noun(head.text, self.lang) and any(
                toks[x].dep in ("nmod:poss", "compound") and self._mention_covering(x) is not None
                for x in tree if x < subj):
            # "X's study finds", "a Y survey found": the named modifier is not the
            # source; the thing it owns or made is, as written.
            return self._new_mention(first, end, "role", "UNK", how="described")
        lead = toks[first]
        if (lead.upos in ("NUM", "DET") or lead.upos in ("PROPN", "ADJ") and head.is_plural) and end > subj \
                and lead.text.lower() not in self.lang.articles and self._mention_covering(first) is None:
            # "58 percent of residents say", "most Americans say", "X's friends say":
            # an unnamed source, as written (a name inside it keeps its own mention).
            return self._new_mention(first, end, "group", "GRP", how="described")
        return None

    def _quantity(self, subj: int, sent: Sentence) -> Ment | None:
        """'many think', 'some want', 'seven in 10 said': a subject that counts people
        without naming them is an unnamed group, as written. A personal,
        demonstrative or relative pronoun is no quantity."""
        tok = self.toks[subj]
        if self._mention_covering(subj) is not None or tok.feats.get("PronType") in ("Prs", "Dem", "Rel", "Int") \
                or tok.text.lower() in self.lang.pronouns or tok.text.lower() in self.lang.relatives:
            return None
        tree = self._subtree(subj, sent)
        if tree[0] == subj and (len(tree) > 8 or not _contiguous(tree)):
            # "Many of the county leaders who …": the quantity with the phrase after it
            # ("One of X, Ann Lee, said": the person set beside it).
            named = self._apposed_person(subj, sent)
            if named is not None:
                return named
            end = self._modifiers_end(subj, sent)
            if subj + 1 < end <= subj + 10:
                return self._new_mention(subj, end, "group", "GRP", how="described")
        if not _contiguous(tree) or len(tree) > 8 or any(self.in_pair(self.toks[t].start) for t in tree):
            return None
        return self._new_mention(tree[0], _np_end(self.toks, tree), "group", "GRP", how="described")

    def _nominal_adjective(self, subj: int, sent: Sentence) -> Ment | None:
        """An adjective used as a noun with its article ("the 54-year-old", "the
        elderly"): a described person."""
        tree = self._subtree(subj, sent)
        if self.toks[tree[0]].text.lower() not in self.lang.articles or tree[-1] != subj \
                or tree != list(range(tree[0], subj + 1)):
            return None
        # Not "described": an age or an origin refers back to a person named before.
        return self._new_mention(tree[0], subj + 1, "role", "PER")

    def _coordinated(self, t: int, m: Ment, sent: Sentence) -> Ment:
        """'X of Y and Z of W said', 'X and the ministry said': the subject ``t``
        with the conjuncts the parse gives it, as one group mention (its members
        when each conjunct is a mention, else as written); ``m`` when it has none."""
        toks = self.toks
        conjs = [x.i for x in toks[t + 1 : sent.token_end] if x.head == t and x.dep == "conj"
                 and x.upos in ("NOUN", "PROPN") and not self.in_pair(x.start)]
        if not conjs:
            return m
        tree = self._subtree(t, sent)
        if not _contiguous(tree) or len(tree) > 16:
            return m
        t0, t1 = min(tree[0], m.t0), _np_end(toks, self._subtree(conjs[-1], sent))
        if t1 <= m.t1:
            return m
        known = self.mention_at(t0, kinds=("group",))
        if known is not None and known.t1 == t1:
            return known
        members = [self._mention_covering(x) for x in [t, *conjs]]
        group = self._new_mention(t0, t1, "group", "GRP", how="coordinated")
        if all(x is not None and x.kind in ("name", "org") for x in members):
            group.members = [x for x in members if x is not None]
        return group

    def _second_complement(self, j: int, sent: Sentence) -> bool:
        """Whether token ``j`` opens a second complement clause of the same cue.

        "X said that A, but that B": the complementiser after the conjunction
        coordinates a second reported clause, so the report goes on. The parser
        tells the complementiser ("that" as a subordinator) from the pronoun
        ("but that is not so")."""
        toks = self.toks
        return j + 1 < sent.token_end and toks[j].text.lower() in self.lang.complementisers \
            and toks[j].upos == "SCONJ"

    def _outside_clause(self, t: int, sent: Sentence) -> int | None:
        """Where the parse says a reported clause starting at ``t`` has ended: at a
        conjunction or comma whose next verb hangs, up its chain of heads, on the
        reporting clause before ``t``, not on a word of the clause ("said she wants
        X and has funded Y": "has funded" is the speaker's own act). None when
        the parse says nothing of the kind."""
        toks = self.toks
        # A cue in a relative clause ("a clerk who asked not to be named said …"):
        # the report cannot outrun the clause, which ends inside its noun phrase.
        for c in (t - 1, toks[t - 1].head if t > sent.token_start else None):
            if c is not None and sent.token_start <= c < t and toks[c].dep == "acl:relcl":
                end = self._subtree(c, sent)[-1] + 1
                if t < end < sent.token_end:
                    return end
        for j in range(t + 2, sent.token_end):
            if not (toks[j].upos in ("CCONJ", "SCONJ") or toks[j].text == ",") or self.in_pair(toks[j].start):
                continue
            k = j + 1 + (toks[j].text == "," and j + 1 < sent.token_end and toks[j + 1].upos == "CCONJ")
            if self._second_complement(k, sent) or self._second_complement(j, sent) and (
                    toks[j - 1].upos == "CCONJ" or toks[j - 1].text == ","):
                continue  # "said that A, but that B": one report of two clauses
            v = next((x for x in toks[j + 1 : min(j + 8, sent.token_end)] if x.upos in ("VERB", "AUX")), None)
            if v is not None and v.upos == "AUX" and v.head is not None and v.dep.split(":")[0] in ("aux", "cop"):
                v = toks[v.head]  # "… and has funded": the verb the auxiliary serves
            if v is not None and v.head is None and t > sent.token_start and self._governs(v.i, t - 1):
                return j  # "While X say Y, Z …": the main clause resumes after the report
            if v is None or self.in_pair(v.start) or v.dep not in ("conj", "advcl", "parataxis"):
                continue  # (the clause's own verb after a nominal "and" goes on)
            # Up the heads past the words after the conjunction: where the chain leaves
            # them tells whose the verb is.
            h = next((x for x in heads_above(toks, v.i) if not j <= x < sent.token_end), None)
            if h is not None and sent.token_start <= h < t:
                return j
        return None

    def _dependent(self, head: int, sent: Sentence, deps: tuple[str, ...]) -> int | None:
        """The first token of the sentence the parse hangs on ``head`` by one of ``deps``."""
        return next((t.i for t in self.toks[sent.token_start : sent.token_end]
                     if t.head == head and t.dep in deps), None)

    def _governed_after(self, c: int, sent: Sentence, deps: tuple[str, ...]) -> bool:
        """Whether the parse hangs a word after ``c`` on it by one of ``deps`` (its
        subtype ignored): a clause or object of the cue's own."""
        return any(t.head == c and t.dep.split(":")[0] in deps for t in self.toks[c + 1 : sent.token_end])

    def _shared_subject(self, c: int, sent: Sentence) -> int | None:
        """The subject a subjectless cue shares with a verb up the parse: a later
        conjunct's ("X took Y, was Z and distinguished himself by saying …"), an
        earlier sibling conjunct's ("X cast Y and emphasized …" parsed as two
        conjuncts of a subjectless verb), an infinitive's of purpose ("X stood up to
        say …") and a participle's under a preposition. None when the chain ends
        without a subject."""
        toks = self.toks
        subjects = ("nsubj", "nsubj:pass")
        v = c
        for _ in range(8):
            subj = self._dependent(v, sent, subjects) if v != c else None
            if subj is not None:
                return subj
            t = toks[v]
            if t.head is None:
                return None
            form = t.feats.get("VerbForm")
            if t.dep == "conj":
                for s in range(v - 1, t.head, -1):  # an earlier sibling with a subject
                    subj = self._dependent(s, sent, subjects) if toks[s].dep == "conj" and toks[s].head == t.head else None
                    if subj is not None:
                        return subj
            elif not (t.dep in ("xcomp", "advcl") and form in ("Inf", "Ger", "Part")
                      or toks[t.head].upos == "ADP" and form in ("Ger", "Part")):
                return None
            above = toks[t.head].head
            v = above if toks[t.head].upos == "ADP" and above is not None else t.head
        return None

    def _governs(self, head: int, t: int) -> bool:
        """Whether token ``head`` is on the chain of heads above token ``t``."""
        return head in heads_above(self.toks, t)

    def _subtree(self, head: int, sent: Sentence) -> list[int]:
        """Token indices of the subtree under ``head`` within its sentence."""
        return subtree(self.toks, head, sent.token_start, sent.token_end)

    def _put_question(self, c: int, sent: Sentence) -> bool:
        """Whether cue ``c`` is a passive participle after a subordinator with neither
        auxiliary nor subject ("When asked by X whether …, Y said"): a question put to
        someone, not a report of the sentence's subject ("As reported by X" is a
        comment clause, read elsewhere)."""
        toks = self.toks
        tok = toks[c]
        return tok.feats.get("VerbForm") == "Part" and tok.feats.get("Tense") == "Past" and tok.dep == "advcl" \
            and c > sent.token_start and toks[c - 1].upos == "SCONJ" \
            and toks[c - 1].text.lower() not in self.lang.as_markers \
            and not any(t.head == c and (t.dep.startswith("aux") or t.dep.startswith("nsubj"))
                        for t in toks[sent.token_start : c])

    def _asked_by(self, c: int, sent: Sentence, cue: Cue) -> Candidate | None:
        """The question a passive participle cue reports, with its agent as the source
        ("asked by a neighbour whether …"); None without an agent."""
        toks = self.toks
        agent = next((t.i for t in toks[c + 1 : sent.token_end] if t.head == c and t.dep == "obl:agent"), None)
        k = self._complementiser(c, sent)
        if agent is None or k is None:
            return None
        m = self._noun_phrase_source(agent, sent) if toks[agent].upos == "ADP" else None
        noun = next((t.i for t in toks[agent + 1 : sent.token_end] if t.head == agent), agent)
        m = m or self._mention_covering(noun) or self._mention_covering(agent)
        end = self.clause_end(k + 1, sent)
        if m is None or end <= k + 1:
            return None
        return self._cand(k + 1, end, sent, cue, m, f'agent of "{toks[c].text}"')

    def _inverted_perfect(self, c: int, sent: Sentence, cue: Cue) -> Candidate | None:
        toks = self.toks
        if not (toks[c].feats.get("VerbForm") == "Part" and toks[c].feats.get("Tense") == "Past") and toks[c].feats.get("VerbForm") != "Inf":
            return None
        for q in range(c - 1, max(sent.token_start, c - 9), -1):
            if toks[q].text != ",":
                continue
            a = q + 1
            if toks[a].text.lower() in self.lang.report_adverbs:
                a += 1
            if a >= c or toks[a].lemma not in self.lang.report_auxiliaries:
                return None
            m = self._next_mention(a + 1, sent)
            s0 = sent.token_start
            while s0 < q and toks[s0].upos == "PUNCT":
                s0 += 1
            if m is None or m.t0 >= c or q - s0 < 3 or self.in_pair(toks[s0].start):
                return None
            return self._cand(s0, q, sent, cue, m, f'subject after "{toks[a].text}"')
        return None

    def _adjuncts_of(self, c: int, a: int, b: int) -> bool:
        """Whether tokens ``a``..``b`` (exclusive) all belong to prepositional or
        adverbial phrases hung on token ``c``, with no punctuation or marks."""
        toks = self.toks
        for t in range(a, b):
            if toks[t].upos == "PUNCT" or self.in_pair(toks[t].start):
                return False
            chain = [t, *heads_above(toks, t)]
            if c not in chain or toks[chain[chain.index(c) - 1]].dep not in (
                    "case", "obl", "advmod", "obl:npmod", "obl:tmod"):
                return False
        return True

    def _behind_preposition(self, m: Ment, t: int) -> bool:
        """Whether mention ``m`` hangs on token ``t`` through a preposition ("supporters
        of X", "a poll for Y"): then it only qualifies ``t``, it does not name it."""
        toks = self.toks
        top = next((x for x in range(m.t0, m.t1) if not m.t0 <= (toks[x].head or -1) < m.t1), None)
        if top is None:
            return False
        for h in (top, *heads_above(toks, top)):
            if h == t:
                return False
            # (A preposition inside a name, "Council on X Relations", is part of it.)
            if toks[h].upos == "ADP" and toks[h].ner == "O" or any(
                    x.head == h and x.dep == "case" and x.ner == "O" for x in toks[max(h - 4, 0) : h]):
                return True
        return False

    def _reports_inside(self, j: int, sent: Sentence) -> bool:
        """Whether the parenthesis opening at token ``j`` holds a cue of its own."""
        for t in range(j + 1, sent.token_end):
            if self.toks[t].text == ")":
                return False
            if self.cue_lemma(t) is not None:
                return True
        return False

    def _within_parentheses(self, offset: int, t0: int, t1: int, sent: Sentence) -> tuple[int, int]:
        """A report whose cue stands inside parentheses ("X (which, many say, is Y) Z")
        stays inside them: the words outside are the sentence's own."""
        toks = self.toks
        c = token_starting(toks, sent.token_start, sent.token_end, offset)
        if c is None:
            return t0, t1
        lo = next((t for t in range(c - 1, sent.token_start - 1, -1) if toks[t].text in "()"), None)
        hi = next((t for t in range(c + 1, sent.token_end) if toks[t].text in "()"), None)
        if lo is None or hi is None or toks[lo].text != "(" or toks[hi].text != ")":
            return t0, t1
        a, b = max(t0, lo + 1), min(t1, hi)
        return (a, b) if b > a else (t0, t1)


def _contiguous(tree: list[int]) -> bool:
    """Whether a sorted subtree covers one unbroken run of tokens."""
    return tree == list(range(tree[0], tree[-1] + 1))


def _np_end(toks: list[Token], tree: list[int]) -> int:
    """Where a noun phrase's subtree ends before a comma or clause inside it."""
    end = tree[0]
    for x in tree:
        if x != end or toks[x].text in ",;:(" or toks[x].upos in ("VERB", "AUX") and toks[x].is_finite:
            break
        if toks[x].feats.get("PronType") == "Rel" or toks[x].dep.startswith("nsubj") and toks[x].upos == "PRON" and x > tree[0]:
            break  # the relative pronoun that opens a clause inside it
        end = x + 1
    return end
