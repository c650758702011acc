"""Find quote candidates: direct (marks), indirect (cues) and mixed quotes.

This module holds the detector, the cue and source helpers every route shares,
and the indirect routes (cue verbs, "X: …"); the direct quotes are in
``direct.py``, "according to" in ``according.py`` and the routes that read the
dependency parse in ``parsed.py`` (all mixed into ``Detector``).

Each candidate carries the cue that signals it and, where the sentence
shows it, the mention of its source. ``attribute.py`` then turns that
mention into a name, and gives unattributed quotes the speaker of the
surrounding discourse.
"""

from __future__ import annotations

import re

from ..lang import Language
from ..records import Cue, Doc, Sentence, Token
from .according import AccordingTo
from .candidate import Candidate, merge, words_in
from .direct import DirectQuotes
from .entities import is_role_word
from .marks import MarkPair, find_pairs
from .mentions import Ment, find_dateline
from .parsed import ParseRoutes


class Detector(DirectQuotes, ParseRoutes, AccordingTo):
    """Runs every detection rule over one analysed document."""

    def __init__(self, doc: Doc, mentions: list[Ment], lang: Language) -> None:
        self.doc = doc
        self.lang = lang
        self.toks = doc.tokens
        self.mentions = mentions
        self.pairs = find_pairs(doc.text, lang)
        self.dateline = find_dateline(doc)  # token range of "CITY (Agency) –", no source
        self._by_token: dict[int, list[Ment]] = {}
        for m in mentions:
            self._by_token.setdefault(m.t0, []).append(m)

    # -- helpers -------------------------------------------------------------
    def in_pair(self, offset: int) -> MarkPair | None:
        for p in self.pairs:
            if p.start <= offset < p.end:
                return p
        return None

    def token_at(self, offset: int) -> int | None:
        for t in self.toks:
            if t.start <= offset < t.end or t.start >= offset:
                return t.i
        return None

    def cue_lemma(self, i: int) -> tuple[str, Cue] | None:
        """The cue verb (infinitive) that token ``i`` carries, with its Cue."""
        tok = self.toks[i]
        if tok.text.lower() in self.lang.aldus:
            return tok.text.lower(), Cue(tok.text, tok.start, tok.end, lemma=tok.text.lower(), statement="according-to")
        if tok.upos == "ADJ" and tok.text.lower() in self.lang.cue_adjectives:
            word = tok.text.lower()
            return word, Cue(tok.text, tok.start, tok.end, lemma=word,
                             statement=self.lang.cue_adjectives[word])  # type: ignore[arg-type]
        if not tok.is_verb or tok.feats.get("Attributive") or tok.feats.get("Nominal"):
            return None  # adjectival participles ("een gevraagd relaas") report nothing
        lemma = tok.lemma.lower()
        sent = self.doc.sentences[tok.sent]
        if lemma in self.lang.particle_verbs:
            for j in range(i + 1, sent.token_end):
                w = self.toks[j].text.lower()
                # A particle ends its own clause: none stands inside the reported one
                # ("het resultaat was dat X nog eens …" agrees to nothing; "makes that
                # clear:" has no clause after its "that").
                if self.toks[j].text in ".;:" or w in self.lang.complementisers and self.toks[j].upos == "SCONJ" \
                        and self._finite_before_stop(j + 1, sent.token_end):
                    break
                for particle, verb in self.lang.particle_verbs[lemma].items():
                    ptok = self.toks[j]
                    # (UD's compound:prt is the parse's own word for the verb's particle.)
                    separated = ptok.feats.get("AdpType") == "Post" or ptok.upos in ("ADV", "ADJ") \
                        or w in self.lang.report_verb_complements or ptok.dep == "compound:prt" and ptok.head == i
                    if w == particle.split()[-1] and separated:
                        return verb, self._cue(tok, verb)
        if lemma in self.lang.cue_verbs:
            return lemma, self._cue(tok, lemma)
        # Frog sometimes leaves an inflected form as its own lemma ("verwacht").
        inf = self.lang.cue_forms.get(tok.text.lower())
        if inf is not None and lemma == tok.text.lower():
            return inf, self._cue(tok, inf)
        return None

    def _finite_before_stop(self, k: int, end: int) -> bool:
        """A finite verb comes at or after token ``k`` before the next stop."""
        for t in self.toks[k:end]:
            if t.text in ".;:":
                return False
            if t.is_verb and t.is_finite:
                return True
        return False

    def _cue(self, tok: Token, lemma: str) -> Cue:
        return Cue(tok.text, tok.start, tok.end, lemma=lemma, statement=self.lang.cue_verbs.get(lemma, "says"))  # type: ignore[arg-type]

    def mention_at(self, i: int, *, kinds: tuple[str, ...] = ("name", "pronoun", "role", "group", "org")) -> Ment | None:
        """The longest mention starting at token ``i``."""
        best = None
        for m in self._by_token.get(i, []):
            if m.kind in kinds and (best is None or m.t1 - m.t0 > best.t1 - best.t0):
                best = m
        return best

    def subject_of(self, c: int, sent: Sentence) -> tuple[Ment | None, str]:
        """The source mention of cue token ``c``: inverted, dependency, or before it —
        never a name inside quoted words the cue is outside of."""
        m, how = self._subject_of(c, sent)
        if m is not None and self._quoted_apart(m, c):
            return None, ""
        return m, how

    def _subject_of(self, c: int, sent: Sentence) -> tuple[Ment | None, str]:
        toks = self.toks
        cue_word = toks[c].text
        clause = c
        while clause > sent.token_start and toks[clause - 1].text not in (",", ":", ";") and not self.in_pair(toks[clause - 1].start):
            clause -= 1
        # In verb-second order a subordinate clause puts its verb last: a subordinator
        # before the cue opens the cue's own clause ("Y trok X in nadat de auditeur
        # adviseerde …"), whose subject stands after it.
        if self.lang.verb_second:
            clause = max([clause, *(t + 1 for t in range(clause, c) if toks[t].upos == "SCONJ")])
        while clause < c and toks[clause].upos in ("CCONJ", "SCONJ", "PUNCT") or (clause < c and toks[clause].text.lower() in self.lang.clause_fillers):
            clause += 1
        # Subject first, right before the cue: "Kramer denkt", ", die zegt", "Hij zei".
        if c - 1 >= sent.token_start:
            m = self._mention_covering(c - 1)
            if m is not None and (m.t0 <= clause or m.label == "REL") and not self._quoted_apart(m, c):
                return m, f'subject of "{cue_word}"'
        # Inverted: "zegt Kramer", "meldde het NVB", "zei hij dan weer",
        # "denkt econoom Sanne Bakker" (a title before the name). A language
        # without verb-second order inverts only right after a quote or comma
        # ('"…," said X'), and never with a cue that takes its addressee next.
        j = c + 1
        if not self.lang.verb_second and (toks[c].lemma.lower() in self.lang.no_inversion or not (
                c == sent.token_start or toks[c - 1].upos == "PUNCT") or not toks[c].is_finite):
            j = sent.token_end  # (a participle never inverts: ", saying …" has its subject before)
        if toks[c].is_verb and not toks[c].is_finite and any(t.is_finite for t in toks[clause:c]):
            # Nor in verb-second order, after the finite verb of its clause: in "X heeft
            # Y gevraagd de Z …" Z is the one asked. (Without a finite verb before it, a
            # tagger's "participle" may be the finite verb itself: "verwacht" is both.)
            j = sent.token_end
        inverted = c == sent.token_start or toks[c - 1].upos == "PUNCT"  # '…", zegt de buurvrouw'
        # Right after a quote, any words of a noun phrase may title the name
        # ('"…," said Harbour Board ranking member X') — unless the cue has a clause.
        titled = inverted and not self._governed_after(c, sent, ("ccomp",))
        while j < sent.token_end and j - c <= 5:
            m = self.mention_at(j)
            if m is not None and m.label != "REL":
                # "zegt afgevaardigde van X Anna Wessels": a role right before a name titles it.
                nxt = self.mention_at(m.t1, kinds=("name",)) if m.kind == "role" else None
                if nxt is None and toks[m.t1 - 1].dep == "nmod:poss":
                    nxt = self._possessed_source(m, sent)  # "said X's chief executive, Y"
                # A role (or a rank) after the name titles the next one: "said X campaign
                # manager Y", "said Harbour Police Lt. Y".
                after = toks[m.t1 : min(m.t1 + 3, sent.token_end)]
                titles = any(is_role_word(t.text, self.lang) or t.text.lower() in self.lang.titles
                             for t in after) and all(t.upos in ("NOUN", "PROPN", "ADJ") for t in after)
                # The parse may say so itself: a name that is a compound of a noun after
                # it only qualifies that noun ("said X ally Y", whatever the noun).
                last = toks[m.t1 - 1]
                titles = titles or (last.dep == "compound" and last.head is not None and m.t1 <= last.head
                                    and toks[m.t1].upos == "NOUN")
                if nxt is None and (m.label != "PER" or titles):
                    # "said Leeds-based lawyer X"; "said former Y adviser X": a name
                    # that only qualifies the role is not the source.
                    nxt = self._person_after(m.t1, sent)
                return (nxt or m), f'subject after "{cue_word}"'
            if j == c + 1 and inverted and toks[j].text.lower() in self.lang.articles \
                    and toks[j].text.lower() not in self.lang.complementisers:
                m = self._described_subject(j, sent, need_subject=False)  # the parse may call it an object
                if m is not None:
                    return m, f'subject after "{cue_word}" (a description)'
            w = toks[j].text.lower()
            if toks[j].upos == "SCONJ":
                break  # "suggested that officials …": the cue's clause, not its subject
            title = (toks[j].upos in ("NOUN", "PROPN", "X", "ADJ") or toks[j].is_article) and (
                is_role_word(toks[j].text, self.lang) or w in self.lang.articles or w in self.lang.titles
                or toks[j].upos == "ADJ"
                or titled and toks[j].upos in ("NOUN", "PROPN")) \
                or titled and toks[j].feats.get("VerbForm") in ("Ger", "Part") and toks[j].upos == "VERB"
            if not (title or toks[j].upos == "ADV" and w not in self.lang.complementisers or w in self.lang.expletives):
                break
            j += 1
        # Dependency: a "su" of the cue or of its auxiliary.
        heads: set[int | None] = {c}
        up = toks[c].head
        if up is not None and toks[c].dep in ("xcomp", "ccomp"):
            # "Y led X to say …": the object of the verb above an infinitive says it.
            obj = self._dependent(up, sent, ("obj",)) if toks[c].feats.get("VerbForm") == "Inf" else None
            m = self._mention_covering(obj) if obj is not None and obj < c else None
            if m is not None and self._dependent(c, sent, ("nsubj",)) is None:
                return m, f'subject of "{cue_word}" (the object of "{toks[up].text}")'
            heads.add(up)
        # ", saying …", "…, calling it …": a participle's subject is its head verb's.
        own = self._dependent(c, sent, ("nsubj",)) is not None
        # ("X sent out a note arguing …": the participle on the verb's object.)
        noun = toks[c].head
        on_object = toks[c].dep == "acl" and noun is not None and toks[noun].dep == "obj"
        participle = toks[c].feats.get("VerbForm") in ("Part", "Ger") and not own and (
            toks[c].dep in ("advcl", "conj") or toks[c - 1].text == "," or on_object)
        if participle:
            # Right after a comma (", writing …") it adjoins the clause before it
            # whatever relation the parse gave it: the sentence's root is a candidate.
            if toks[c - 1].text == ",":
                heads.update(t.i for t in toks[sent.token_start : c] if t.head is None and t.upos in ("VERB", "AUX"))
            # The parse may hang the participle on a verb inside the clause it follows
            # ("X rejected the idea that Y would be Z, saying …"): every verb up the
            # chain is a candidate, and the first subject in the sentence wins.
            h = toks[c].head
            while h is not None and h not in heads:
                heads.add(h)
                h = toks[h].head
        first = toks[c].head
        if not own and toks[c].dep == "conj" and first is not None:
            heads.add(first)  # "X backed it but later said …": X said
            # "X noted that Y lags and later asked …": a cue the parse coordinates with the verb
            # of another cue's report is that cue's subject's.
            outer = toks[first].head
            if toks[first].dep == "ccomp" and outer is not None and self.cue_lemma(outer) is not None:
                heads.add(outer)
        if not own and toks[c].feats.get("VerbForm") in ("Part", "Ger") and noun is not None \
                and toks[noun].upos in ("ADP", "SCONJ"):
            # "X drew boos upon saying …", "After stating …, X vowed": the parse
            # may hang it on the preposition; the verb above that phrase has the subject.
            heads.update(self._verbs_above(noun))
        for t in range(sent.token_start, sent.token_end):
            if toks[t].dep == "nsubj" and toks[t].head in heads and not self._closer_subject(t, sent):
                m = self._mention_covering(t)
                # (A second "subject" behind a preposition is the parse's slip: "X zegt
                # tegen de krant".)
                if m is not None and not self._quoted_apart(m, c) and not (m.t0 > c and self._behind_adposition(m, c + 1, c)):
                    if m.label != "PER" or m.kind == "role":
                        # "GOP chairman X said": the person the description titles.
                        named = self._person_after(m.t1, sent)
                        if named is not None and not self._behind_preposition(named, t):
                            m = named
                    return self._coordinated(t, m, sent), f'subject of "{cue_word}"'
        if not self.lang.verb_second:
            # Subject-verb order: the parse's subject beats the nearest mention.
            m = self._dependent_subject(c, sent)
            subj = self._shared_subject(c, sent) if m is None else None
            verb = toks[subj].head if subj is not None else None
            if subj is not None and verb is not None:
                m = self._mention_covering(subj) or self._dependent_subject(verb, sent)
            if m is not None:
                return m, f'subject of "{cue_word}" (as parsed)'
            m = self._name_next_to_verb(c, sent)
            if m is not None:
                return m, f'subject before "{cue_word}" (next to its verb)'
        # Surface: the first mention of the clause before the cue (verb second);
        # "Economen Sanne … en Tom Wit": the names after a role noun.
        for t in range(clause, c):
            m = self._mention_covering(t)
            if m is not None and m.label != "REL" and not self._after_verb(m, clause) \
                    and not self._behind_adposition(m, clause, c):
                nxt = self.mention_at(m.t1)
                if m.kind in ("role", "group") and nxt is not None and nxt.kind in ("name", "group"):
                    m = self.mention_at(m.t1, kinds=("group",)) or nxt
                elif m.kind == "name" and m.label != "PER" and nxt is not None and nxt.kind == "name" \
                        and nxt.label == "PER":
                    m = nxt  # "Harbour Board Chair Ann Lee": a title in capitals, then the person
                elif toks[m.t1 - 1].dep == "nmod:poss" and (toks[m.t1 - 1].head or c) < c:
                    m = self._possessed_source(m, sent) or m  # "X's advisers are confident …"
                elif m.kind == "name" and m.label != "PER" and m.t0 > clause and toks[m.t0 - 1].is_article \
                        and toks[m.t1 - 1].dep == "compound" and m.t1 < c and toks[m.t1].upos == "NOUN":
                    # "a Harbour Board official who …": the name only qualifies the noun.
                    m = self._described_subject(m.t0 - 1, sent, need_subject=False) or m
                return m, f'subject before "{cue_word}"'
        # "Ria Smeets, eigenaar van een bakkerij in de binnenstad, vreest dat":
        # the name before the apposition (also with an auxiliary or adverb between the
        # comma and the cue: "X, asked about Y, had said").
        b = c - 1
        while b > sent.token_start and toks[b].upos in ("AUX", "ADV") and b > c - 3:
            b -= 1
        if b > sent.token_start and toks[b].text == ",":
            for q in range(b - 1, sent.token_start, -1):
                if toks[q].text == ",":
                    k = q - 1
                    if toks[k].text == ")":  # "Sen. X (D-Ill.), noting …, said"
                        k = next((t for t in range(k - 1, sent.token_start, -1) if toks[t].text == "("), k) - 1
                    m = self._mention_covering(k)
                    # "Een van de X, Y, liet weten": a description set beside a
                    # person's name, which is who it describes.
                    named = self._mention_covering(b - 1)
                    if m is not None and m.kind in ("group", "role") and named is not None and named.kind == "name" \
                            and named.label == "PER" and (named.t0, named.t1) == (q + 1, b):
                        return named, f'subject before "{cue_word}" (the name set beside its description)'
                    if m is not None and m.kind in ("name", "group", "pronoun") and m.label != "REL":
                        return self._person_of(m) or m, f'subject before "{cue_word}" (past an apposition)'
                    break
        for t in range(c - 1, sent.token_start - 1, -1):
            if toks[t].text in (";", ":") or self.in_pair(toks[t].start):
                break
            m = self._mention_covering(t)
            if m is not None and not self._after_verb(m, clause) and not self._behind_adposition(m, clause, c):
                return m, f'subject before "{cue_word}"'
        m = self._dependent_subject(c, sent)
        if m is not None:
            return m, f'subject of "{cue_word}" (as parsed)'
        return None, ""

    def _person_of(self, m: Ment) -> Ment | None:
        """The person whose affiliation a non-person name gives ("X van de liberale Y",
        "X of the Y party"): the person's name, then the preposition, articles and
        adjectives, then ``m``."""
        if m.label == "PER":
            return None
        k = m.t0 - 1
        while k > 0 and (self.toks[k].is_article or self.toks[k].upos == "ADJ"):
            k -= 1
        if k < 1 or self.toks[k].text not in self.lang.affiliation_prepositions:
            return None
        person = self._mention_covering(k - 1)
        return person if person is not None and person.kind == "name" and person.label == "PER" else None

    def _verbs_above(self, t: int) -> list[int]:
        """The heads above token ``t`` up to and including the first verb (a few steps)."""
        out: list[int] = []
        h = self.toks[t].head
        while h is not None and len(out) < 4:
            out.append(h)
            if self.toks[h].upos in ("VERB", "AUX"):
                break
            h = self.toks[h].head
        return out

    def _after_verb(self, m: Ment, clause: int) -> bool:
        """Whether, in a language that puts the subject before its verb, a verb of
        the clause comes before mention ``m``: then ``m`` is an object or lies in a
        phrase after it ("… and emphasized the threat to X"), never the subject."""
        return not self.lang.verb_second and any(
            self.toks[x].upos in ("VERB", "AUX") for x in range(clause, m.t0))

    def _behind_adposition(self, m: Ment, clause: int, c: int) -> bool:
        """Whether mention ``m`` follows a preposition of its clause ("de groei in X",
        "het in X genoteerde bedrijf"): a place or party inside a phrase, not the subject.
        Read from the word order, for the surface routes; ``_behind_preposition`` asks the
        parse the same question where the parse routes have one.
        Before a past participle cue the phrase of its agent ("door X geprezen") is kept."""
        participle = self.toks[c].feats.get("VerbForm") == "Part" and self.toks[c].feats.get("Tense") == "Past"
        k = m.t0 - 1
        # (Over the noun phrase the name stands in: "met de Hongaarse krant X".)
        while k >= clause and (self.toks[k].is_article or self.toks[k].upos in ("ADJ", "NOUN")):
            k -= 1
        # (A capital particle opens a surname the tagger cut: "Van de X en Y verwachten";
        # a phrase of belonging names the subject's people: "half of X", "een woordvoerder van X".)
        w = self.toks[k].text
        return k >= clause and self.toks[k].upos == "ADP" and w.lower() not in self.lang.of_prepositions \
            and not (w[:1].isupper() and w.lower() in self.lang.name_particles) \
            and not (participle and w.lower() in self.lang.agent_prepositions)

    def _closer_subject(self, t: int, sent: Sentence) -> bool:
        """Whether the parse gives ``t``'s verb a person's name as another subject
        between ``t`` and the verb: of two subjects of one verb (a parse error, as in
        "Speaking in a town, a region, X went …") the person next to the verb is it."""
        toks = self.toks
        h, own = toks[t].head, self._mention_covering(t)
        if h is None or own is not None and own.label == "PER":
            return False
        for x in range(t + 1, min(h, sent.token_end)):
            m = self._mention_covering(x) if toks[x].dep == "nsubj" and toks[x].head == h else None
            if m is not None and m is not own and m.kind == "name" and m.label == "PER":
                return True  # only a person's name displaces it: a place or group may be part of the first
        return False

    def _quoted_apart(self, m: Ment, c: int) -> bool:
        """Whether mention ``m`` lies inside quotation marks that do not hold cue ``c``:
        a name in the quoted words is never the source of the verb outside them."""
        pair = self.in_pair(m.start)
        return pair is not None and pair is not self.in_pair(self.toks[c].start)

    def _new_mention(self, t0: int, t1: int, kind: str, label: str, *, how: str = "",
                     index: bool = True) -> Ment:
        """A mention the detector found itself (tokens ``t0``–``t1``), added to the
        article's mentions so that later quotes can refer back to it."""
        start, stop = self.toks[t0].start, self.toks[t1 - 1].end
        m = Ment(t0, t1, start, stop, self.doc.text[start:stop], kind, label, self.toks[t0].sent, how=how)
        self.mentions.append(m)
        if index:
            self._by_token.setdefault(t0, []).append(m)
        return m

    def _mention_covering(self, t: int) -> Ment | None:
        best = None
        for m in self.mentions:
            if m.t0 <= t < m.t1 and (best is None or (m.t1 - m.t0) > (best.t1 - best.t0)):
                best = m
        return best

    def clause_end(self, t: int, sent: Sentence) -> int:
        """Token index where a reported clause starting at ``t`` ends (exclusive)."""
        toks = self.toks
        depth_pair = None
        stop = self._outside_clause(t, sent) if not self.lang.verb_second else None
        for j in range(t, sent.token_end):
            if j == stop:
                return j
            w = toks[j].text.lower()
            p = self.in_pair(toks[j].start)
            if p is not None:
                depth_pair = p
                continue
            if depth_pair is not None and toks[j].start >= depth_pair.end:
                depth_pair = None
            if w in (";",) or (w == ":" and j > t + 2):
                return j
            if w == "(" and j > t + 1 and self._reports_inside(j, sent):
                return j  # "Y (which, X says, is Z)": the aside is a report of its own
            if w == "," and j + 2 < sent.token_end:
                m = self.mention_at(j + 1)
                if m is not None and m.kind == "name" and m.t1 < sent.token_end and (
                        toks[m.t1].is_finite):
                    return j
            if w == "," and j + 1 < sent.token_end:
                nxt = toks[j + 1].text.lower()
                if nxt in self.lang.contrastive and self._second_complement(j + 2, sent):
                    continue
                if nxt in self.lang.contrastive or nxt in self.lang.aldus or self.cue_lemma(j + 1) and self.subject_after(j + 1, sent):
                    return j
                # ", adding …", ", according to …": a cue's participle after a comma is
                # the reporting subject's next act or another source, not the report's.
                if toks[j + 1].feats.get("VerbForm") in ("Ger", "Part") and self.cue_lemma(j + 1) \
                        and not self.in_pair(toks[j + 1].start):
                    return j
            if w == self.lang.and_word and j + 1 < sent.token_end and self.cue_lemma(j + 1):
                return j
            # Verb-final reported clauses (verb-second languages put the verb last in
            # them): "en" right before a finite verb coordinates the reporting clause
            # ("X zei dat Y en regelde Z"), so the report ends.
            if self.lang.verb_second and toks[j].upos == "CCONJ" and j > t + 1 and j + 1 < sent.token_end \
                    and toks[j + 1].is_finite and toks[j - 1].is_verb:
                return j
        end = sent.token_end
        while end > t and toks[end - 1].upos == "PUNCT" and toks[end - 1].text in ".,!?;:":
            end -= 1
        return end

    def subject_after(self, c: int, sent: Sentence) -> bool:
        j = c + 1
        return j < sent.token_end and self.mention_at(j) is not None

    # -- rules ---------------------------------------------------------------
    def run(self) -> list[Candidate]:
        # A reported statement has a subject and a verb at least: a single word after a
        # cue ("…, betekent X") is a parse's leftover, never a quote.
        text = self.doc.text
        cands = [c for c in self.indirect() if words_in(text[c.start : c.end]) >= 2 and self._proposition(c)]
        return merge(cands + self.direct(), self.lang)

    def _proposition(self, c: Candidate) -> bool:
        """Whether an indirect quote reports a proposition: a finite verb in its span
        (or a quoted fragment). "urged the party to unite", "touted her plans" report
        an act or an attitude, not a statement (GUIDELINES: not quotes)."""
        if not self.lang.finite_marks_proposition:
            return True
        return any(t.is_finite or self.in_pair(t.start) for t in self.tokens_between(c.start, c.end))

    def _next_mention(self, t: int, sent: Sentence) -> Ment | None:
        for j in range(t, min(t + 5, sent.token_end)):
            m = self.mention_at(j)
            if m is not None:
                return m
        return None

    def indirect(self) -> list[Candidate]:
        out: list[Candidate] = []
        for sent in self.doc.sentences:
            out += self._sentence_indirect(sent)
            cand = self._name_colon(sent)
            if cand is not None:
                out.append(cand)
            cand = self._own_account(sent)
            if cand is not None:
                out.append(cand)
        return out

    def _own_account_at(self, sent: Sentence) -> int | None:
        """Where a phrase of the language's ``own_account`` list starts in ``sent``."""
        words = [t.text.lower() for t in self.toks[sent.token_start : sent.token_end]]
        for phrase in (tuple(p.split()) for p in self.lang.own_account):
            for k in range(len(words) - len(phrase) + 1):
                if tuple(words[k : k + len(phrase)]) == phrase:
                    return sent.token_start + k
        return None

    def _own_account(self, sent: Sentence) -> Candidate | None:
        """"Naar eigen zeggen handelen ze uit X", "By her own account, she …": the
        whole sentence is its subject's statement."""
        at = self._own_account_at(sent)
        if at is None or self.in_pair(self.toks[at].start):
            return None
        toks = self.toks
        subject = next((m for t in range(sent.token_start, sent.token_end)
                        if toks[t].dep.startswith("nsubj") and toks[toks[t].head or t].dep == "root"
                        for m in [self._mention_covering(t)] if m is not None and m.label != "REL"), None)
        if subject is None:
            # A parse that missed the subject: the first person the sentence names.
            subject = next((m for m in self.mentions if m.sent == sent.i and m.label in ("PER", "GRP")
                            and m.kind in ("name", "pronoun", "role", "group")
                            and not self.in_pair(m.start)), None)
        if subject is None:
            return None
        s0 = sent.token_start
        while s0 < sent.token_end and toks[s0].upos == "PUNCT":
            s0 += 1
        return self._cand(s0, sent.token_end, sent, None, subject, "the sentence's subject, by its own account")

    def _sentence_indirect(self, sent: Sentence) -> list[Candidate]:
        toks = self.toks
        out: list[Candidate] = []
        text = self.doc.text
        for c in range(sent.token_start, sent.token_end):
            tok = toks[c]
            pair = self.in_pair(tok.start)
            if pair is not None and not pair.dialogue:
                continue  # a cue inside a direct quote is the quoted person's own words
            w = tok.text.lower()
            if w in self.lang.according_to:
                if self._own_account_at(sent) == c:
                    continue  # "volgens eigen zeggen" names no source of its own
                cand = self._volgens(c, sent)
                if cand is not None:
                    out.append(cand)
                continue
            cue = self.cue_lemma(c)
            # "X is expected to …", "it was reported that …": a passive cue says
            # nothing of its subject (the parser marks the passive auxiliary).
            if cue is not None and any(t.head == c and t.dep == "aux:pass" for t in toks[sent.token_start : sent.token_end]):
                continue
            # "Asked whether …, X said": a past participle opening the sentence is the
            # question put to the speaker, not a statement.
            if cue is not None and c == sent.token_start and tok.feats.get("VerbForm") == "Part" \
                    and tok.feats.get("Tense") == "Past":
                continue
            if cue is not None and self._put_question(c, sent):
                # "When asked by X whether …, Y said": the question is X's (the agent), and
                # without an agent it is put to Y by someone unnamed — no quote of Y.
                cand = self._asked_by(c, sent, cue[1])
                if cand is not None:
                    out.append(cand)
                continue
            if cue is None:
                continue
            lemma, cueobj = cue
            # 1. "X zegt dat Y" / "X vraagt of Y".
            k = self._complementiser(c, sent)
            if k is not None and cueobj.statement != "thinks" \
                    and any(toks[x].text.lower() in self.lang.negations for x in range(c + 1, k)):
                # "X zegt niet dat Y": what X does not say is no quote of X. A
                # verb of thinking raises its negation ("X denkt niet dat Y" is
                # X's view that not-Y), so it still reports.
                continue
            # (Unless the noun is the cue itself, "X reports that", or the parse makes the
            # clause the cue's own complement: "X said in her speech that …".)
            verb = toks[k].head if k is not None and toks[k].dep == "mark" else None
            if k is not None and toks[k - 1].text.lower() in self.lang.content_nouns and k - 1 != c \
                    and (verb is None or toks[verb].head != c):
                # "X verdedigt zich tegen de kritiek dat Y": the clause is the content of the
                # noun before it (someone else's claim), not what X says.
                continue
            if k is not None:
                # "says that's …": the pronoun glued to its verb opens the clause.
                t0 = k if k + 1 < sent.token_end and toks[k + 1].is_finite and toks[k + 1].start == toks[k].end \
                    else k + 1
                end = self.clause_end(t0, sent)
                if end > t0 + 1:
                    m, how = self.subject_of(c, sent)
                    out.append(self._cand(t0, end, sent, cueobj, m, how))
                continue
            if tok.upos == "ADJ":
                # "X is confident Y": an adjective of belief reports only its clause.
                cand = self._bare_complement(c, sent, cueobj)
                if cand is not None:
                    out.append(cand)
                continue
            # 1a. "As X reported, Y" / "Y, as X said": a comment clause of attribution.
            cand = self._as_report(c, sent, cueobj)
            if cand is not None:
                out.append(cand)
                continue
            # 2. "Y, zegt X" (no marks), "Y, zo zegt X", "Y, aldus X", and the
            # parenthetical "Y, geeft hij zelf aan, Z" (the whole sentence).
            comma = c - 1
            if comma > sent.token_start and toks[comma].text.lower() in self.lang.report_adverbs:
                comma -= 1
            # A cue that governs a clause after it reports that clause ("X, an aide,
            # said Y's plan …"): no "Y, said X" reading then.
            governs = self._governed_after(c, sent, ("ccomp",))
            fragment = self._fragment_before(c - 1, sent) if lemma not in self.lang.no_inversion and not governs else None
            if fragment is not None:
                m, how = self.subject_of(c, sent)
                if m is not None and m.t0 > c:
                    out.append(self._cand(fragment, c, sent, cueobj, m, how + " (a quoted fragment)"))
                    continue
            if comma > sent.token_start and toks[comma].text == "," and lemma not in self.lang.no_inversion \
                    and not governs:
                m, how = self.subject_of(c, sent)
                negated = m is not None and m.t1 < sent.token_end and toks[m.t1].text.lower() in self.lang.negations
                # "…, said he had left": the word after the cue is the subject of its
                # complement clause, not the cue's own inverted subject.
                other = m is not None and toks[m.t1 - 1].dep.startswith("nsubj") \
                    and toks[m.t1 - 1].head not in (c, None) and toks[m.t1 - 1].head != c
                if m is not None and m.t0 > c and not negated and not other:
                    s0 = sent.token_start
                    while s0 < c and toks[s0].upos == "PUNCT":
                        s0 += 1
                    # A quote in marks that is all the sentence holds before the comma, but for
                    # a dateline ('STAD (ANP) - "…", zegt X'), is a direct quote: the dateline
                    # (no small letter in it) is no part of any quote.
                    marked = any(toks[s0].start <= p.open < toks[comma].start
                                 and not _haswords_in(self.doc.text[toks[s0].start : p.open])
                                 and self._marks_run_to(p, comma) for p in self.pairs)
                    if comma - s0 >= 3 and not marked and not self.statement_in_marks(s0, comma) \
                            and not self.in_pair(toks[comma - 1].start):
                        s0 = self.open_mark_of(s0, sent)
                        end = comma
                        j = m.t1
                        while j < sent.token_end and toks[j].upos in ("ADV", "ADP", "ADJ") and toks[j].text != ",":
                            j += 1
                        # (Not a relative clause or an apposition of the source: ", said
                        # X, who …", ", said X, another veteran of …".)
                        goes_on = (j + 2 < sent.token_end and toks[j].text == ","
                                   and toks[j + 1].text.lower() not in self.lang.articles
                                   and toks[j + 1].text.lower() not in self.lang.relatives
                                   and not toks[j + 1].text[:1].isupper()
                                   and not any(t.dep == "appos" and t.head is not None and m.t0 <= t.head < m.t1
                                               for t in toks[j + 1 : min(j + 8, sent.token_end)]))
                        # Two statements when the words before the attribution are a
                        # clause and so are the words after it ("…, maar het is druk");
                        # else one clause runs around it (a subject before, a verb or an
                        # infinitive phrase after).
                        whole = any(toks[x].is_finite for x in range(s0, comma)) and any(
                            toks[x].is_finite for x in range(j + 1, self.clause_end(j + 1, sent)))
                        if goes_on and not whole:
                            # "Y-subject, geeft hij aan, Y-predicate": one clause around
                            # the attribution, so the whole sentence is the quote.
                            end = self.clause_end(j + 1, sent)
                        out.append(self._cand(s0, end, sent, cueobj, m, how))
                        if goes_on and whole:
                            # "Y1, zegt X, maar Y2": a complete statement before the
                            # attribution and more after it: two quotes, as with marks
                            # (GUIDELINES: an interrupted quote is two), the coordinator left out.
                            t0 = j + 1 + (toks[j + 1].upos == "CCONJ")
                            end2 = self.clause_end(t0, sent)
                            if end2 - t0 >= 2:
                                out.append(self._cand(t0, end2, sent, cueobj, m, how))
                        continue
            if w in self.lang.aldus:
                continue
            # 2a. "Y, X said" (subject before the verb after the comma, as in English).
            cand = self._fronted_report(c, sent, cueobj)
            if cand is not None:
                out.append(cand)
                continue
            # 2c. "X said Y": a complement clause without a complementiser, as the
            # parser attaches it to the cue.
            cand = self._bare_complement(c, sent, cueobj)
            if cand is not None:
                out.append(cand)
                continue
            # 2b. "Y, zo heeft X getweet": the auxiliary follows the comma.
            cand = self._inverted_perfect(c, sent, cueobj)
            if cand is not None:
                out.append(cand)
                continue
            # 3. "X zei open te staan voor …" (a te-infinitive complement).
            te = self._te_complement(c, sent) if lemma not in self.lang.no_infinitive_report else None
            if te is not None:
                m, how = self.subject_of(c, sent)
                t0 = c + 1
                if m is not None and m.t0 > c:
                    t0 = m.t1
                end = self.clause_end(t0, sent)
                if end > t0 + 1 and m is not None:
                    out.append(self._cand(t0, end, sent, cueobj, m, how))
                continue
            # 4. "Hij verwijt het OM „liegen …”": a cue with a quoted fragment —
            # unless the cue attributes the quote that just closed before it: then
            # the marks after it are that quote's second half ('"A," zegt X, "en B."').
            if self._after_closing_mark(c):
                continue
            for j in range(c + 1, min(c + 8, sent.token_end)):
                p = self.in_pair(toks[j].start)
                if p is not None:
                    inner = text[p.start : p.end].lstrip()
                    if inner[:1].islower() and inner.split()[0].lower() not in self.lang.complementisers:
                        m, how = self.subject_of(c, sent)
                        t0 = c + 1 if m is None or m.t0 < c else m.t1
                        end = self.clause_end(t0, sent)
                        if m is not None and end > t0:
                            out.append(self._cand(t0, end, sent, cueobj, m, how))
                    break
                if toks[j].is_finite:
                    break
        # 5. "Dat zei X": the previous sentence is the report.
        first = toks[sent.token_start]
        anaphor = first.text.lower() in self.lang.anaphoric_neuter or (
            first.text.lower() in self.lang.anaphoric_common and sent.token_start + 1 < sent.token_end
            and toks[sent.token_start + 1].upos in ("NOUN", "PROPN", "ADJ"))
        if anaphor and sent.i > 0:
            cue = None
            for c in range(sent.token_start + 1, min(sent.token_start + 18, sent.token_end)):
                if toks[c].text in ",;:" or self._complementiser(c, sent) is not None:
                    break
                cue = self.cue_lemma(c)
                if cue is not None:
                    break
            if cue is not None:
                m, how = self.subject_of(c, sent)
                prev = self.doc.sentences[sent.i - 1]
                # A fragment of speech in marks (lower case, no title) after the cue.
                pairs = {id(p): p for t in toks[c + 1 : sent.token_end] if (p := self.in_pair(t.start))}
                quoted = any(self.doc.text[p.start : p.end].lstrip()[:1].islower() and not self._title(p)
                             for p in pairs.values())
                if quoted and m is not None:
                    # "Dat noemde X een 'Y'": X's own words about it are in the marks,
                    # so the sentence is X's (mixed) quote, not the one before it.
                    end = sent.token_end
                    while end > sent.token_start + 1 and toks[end - 1].upos == "PUNCT" \
                            and not self.in_pair(toks[end - 1].start) and toks[end - 1].text not in "\"”’'»":
                        end -= 1
                    out.append(self._cand(sent.token_start, end, sent, cue[1], m, how))
                elif m is not None and prev.paragraph == sent.paragraph and not self.in_pair(self.toks[prev.token_start].start):
                    out.append(self._cand(prev.token_start, prev.token_end, prev, cue[1], m, how + " (about the previous sentence)"))
        return out

    def _cand(self, t0: int, t1: int, sent: Sentence, cue: Cue | None, m: Ment | None, how: str) -> Candidate:
        if cue is not None:
            t0, t1 = self._within_parentheses(cue.start, t0, t1, sent)
        while t0 + 1 < t1 and self.toks[t0].text in (",", ";"):
            t0 += 1  # a report never opens on the comma that set it off
        start, end = self.toks[t0].start, self.toks[t1 - 1].end
        kind = "indirect"
        for p in self.pairs:
            if start <= p.open and (p.close or p.end) < end + 1 and p.start >= start:
                kind = "mixed"
        # A mixed quote ending on a closing mark keeps the mark.
        if kind == "mixed" and end < len(self.doc.text) and self.doc.text[end : end + 1] in "\"”’'»":
            end += 1
        cand = Candidate(start, end, kind, sent.i, cue=cue, speaker=m, how=how, attributed=m is not None)
        return cand

    def _complementiser(self, c: int, sent: Sentence) -> int | None:
        toks = self.toks
        for j in range(c + 1, min(c + 14, sent.token_end)):
            w = toks[j].text.lower()
            if w in self.lang.complementisers:
                nxt = toks[j + 1] if j + 1 < sent.token_end else None
                if toks[j].upos in ("CCONJ", "SCONJ") or (w in self.lang.complementisers and nxt is not None and nxt.upos != "PUNCT"
                                            and nxt.text.lower() not in self.lang.demonstrative_markers):
                    return j
                return None
            pair = self.in_pair(toks[j].start)
            if pair is not None and words_in(self.doc.text[pair.start : pair.end]) < 5:
                continue  # a title or name in marks ('told the show "X Tonight" that')
            if toks[j].text in ".;:!?" or pair is not None:
                return None
            if toks[j].is_finite:
                return None
            if toks[j].upos == "VERB" and toks[j].head == c and toks[j].dep == "advcl" \
                    and j > c + 1 and toks[j - 1].text == ",":
                return None  # "said, adding that …": the clause is the participle's
            if toks[j].upos in ("CCONJ", "SCONJ") and w not in self.lang.clause_internal_conjunctions:
                return None
        return None

    def _te_complement(self, c: int, sent: Sentence) -> int | None:
        toks = self.toks
        for j in range(c + 1, min(c + 16, sent.token_end - 1)):
            if toks[j].text in ".;:!?," and j > c + 1 and toks[j].text != ",":
                return None
            if toks[j].is_finite:
                return None
            if toks[j].text.lower() == self.lang.infinitive_marker and toks[j + 1].is_verb and toks[j + 1].feats.get("VerbForm") == "Inf":
                return j
        return None


def _haswords_in(text: str) -> bool:
    """Whether text holds running words, not just a dateline ("STAD (Agency) –")."""
    return any(ch.islower() for ch in re.sub(r"\([^)]*\)", "", text))
