"""The sources the parse gives a cue: its subject, a described subject, a noun phrase
after "according to", a possessor's person, a person in apposition, conjoined and
counted subjects.

These read UD relations in the neutral model and know no word of any language;
``ParseRoutes`` (parsed.py), the routes that find where a quote is, builds on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Cue, Sentence, Token, heads_above, subtree
from .entities import is_person_noun, is_role_word
from .mentions import Ment, modifiers_end

if TYPE_CHECKING:
    from ..lang import Language
    from ..records import Doc
    from .candidate import Candidate
    from .marks import MarkPair


class ParsedSources:
    """Sources read from the parse (methods of ``Detector``, through ``ParseRoutes``)."""

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
        def _behind_adposition(self, m: Ment, clause: int, c: int) -> bool: ...
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
                toks[k].upos == "PROPN" and toks[k].dep == "flat" and self._in_compound(k)) or (
                not need_subject and self._attributive_verb(k, sent))):
            k += 1
        # "zegt een X-er": after an indefinite article a capitalised noun is a kind of
        # person (the tagger takes such nouns for names), never the name of one.
        # (A person's name stays one: "aldus een verbaasde X".)
        person = self.mention_at(k, kinds=("name",)) if k < sent.token_end else None
        indefinite = toks[j].feats.get("Definite") == "Ind" and toks[k].upos == "PROPN" \
            and (person is None or person.label != "PER") and (
                k + 1 >= sent.token_end or toks[k + 1].upos not in ("PROPN", "NOUN", "NUM"))
        if k > j + 1 and toks[k - 1].upos == "ADJ" and not need_subject and (
                k >= sent.token_end or toks[k].upos == "PUNCT"):
            k -= 1  # a nominalised adjective heads the phrase ("zegt de gewonde,", "the elderly")
        elif k >= sent.token_end or toks[k].upos != "NOUN" and not (indefinite and not need_subject) \
                or need_subject and toks[k].dep != "nsubj" or toks[k].text.lower() in self.lang.non_source_nouns \
                or toks[k].dep.split(":")[-1] in ("tmod", "npmod"):
            return None  # (a noun phrase of time or measure is none: "reported this week")
        end = _word_end(toks, k, sent.token_end)
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

    def _attributive_verb(self, k: int, sent: Sentence) -> bool:
        """A participle the tagger took for a verb, used as an adjective: between an
        article or adjective and a noun ("a frustrated voter")."""
        toks = self.toks
        return toks[k].upos == "VERB" and k + 1 < sent.token_end and toks[k + 1].upos in ("NOUN", "PROPN") \
            and (toks[k - 1].is_article or toks[k - 1].upos == "ADJ") and self.cue_lemma(k) is None

    def _name_next_to_verb(self, c: int, sent: Sentence) -> Ment | None:
        """Subject-verb order: a name right before the finite verb of the cue (or of
        the verb the cue's infinitive completes: "X went on to insist") when the
        parse gives that verb no subject — an aside between dashes before the name
        can hide it ("In an interview - conducted … - X said")."""
        toks = self.toks
        fin = c if toks[c].is_finite else toks[c].head if toks[c].dep == "xcomp" else None
        if fin is None or not toks[fin].is_finite or self._dependent(fin, sent, ("nsubj", "nsubj:pass")) is not None:
            return None
        k = fin - 1
        while k > sent.token_start and toks[k].upos == "ADV":
            k -= 1
        m = self._mention_covering(k) if k >= sent.token_start else None
        if m is None or m.kind != "name" or m.label not in ("PER", "UNK") or m.t1 != k + 1 \
                or self._behind_adposition(m, sent.token_start, c):
            return None
        return m

    def _modifiers_end(self, k: int, sent: Sentence) -> int:
        """Where the phrases that modify noun ``k`` end (``mentions.modifiers_end``),
        never inside quotation marks."""
        end = modifiers_end(self.doc, k, self.lang)
        return next((t for t in range(k + 1, end) if self.in_pair(self.toks[t].start)), end)

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


def _word_end(toks: list[Token], k: int, stop: int) -> int:
    """The end of the written word token ``k`` begins: a tokenizer may split a word
    at an apostrophe or hyphen ("X'er" as three tokens)."""
    end = k + 1
    while end + 1 < stop and toks[end].text in ("'", "\u2019", "-") and toks[end].start == toks[end - 1].end \
            and toks[end + 1].start == toks[end].end and toks[end + 1].text.isalpha():
        end += 2
    return end
