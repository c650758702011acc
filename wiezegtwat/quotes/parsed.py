"""The quote detector's routes that read the dependency parse.

English, a subject-verb language, reports with a complement clause and no
complementiser ("X said Y"), puts its source after the statement ("Y, X said"),
and names sources by noun phrases the entity tagger misses. These routes ask the
parse (UD relations in the neutral model) instead of the word order; they know
no word of any language and serve every language whose backend gives a parse.
The sources they find are read in ``subjects.py``; ``Detector`` mixes both in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Cue, Sentence, heads_above, token_starting
from .mentions import Ment
from .subjects import ParsedSources

if TYPE_CHECKING:
    from .candidate import Candidate
    from .marks import MarkPair


class ParseRoutes(ParsedSources):
    """Routes read from the parse (methods of ``Detector``); the sources they find
    are read by ``ParsedSources``."""

    def _name_colon(self, sent: Sentence) -> Candidate | None:
        """'X: statement' without marks (a headline, a transcript line): what follows the
        colon is X's, when only X's name (and a title) stands before it."""
        toks = self.toks
        colon = next((t.i for t in toks[sent.token_start : min(sent.token_start + 6, sent.token_end)]
                      if t.text == ":"), None)
        # (A splitter may end the sentence at the colon, "X:" then the turn.)
        turn = colon is not None and colon == sent.token_end - 1 and sent.i + 1 < len(self.doc.sentences) \
            and self.doc.sentences[sent.i + 1].paragraph == sent.paragraph
        if colon is None or colon == sent.token_start or sent.token_end - colon < 4 and not turn:
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
            # Without the closing comma the parse may read the cue as a participle on
            # the name ('"…," X, the man who founded Y tweeted'): it says whose it is.
            head = toks[c].head
            if toks[c].dep == "acl" and head is not None and m.t0 <= head < m.t1 \
                    and toks[c].feats.get("Tense") == "Past" and self.cue_lemma(c) is not None:
                return c
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
