"""How a role or description names its referent: the resolver's rules for "de
oud-diplomaat", "a spokeswoman for X", "the minister, Y," and descriptions as written.

A description that names someone the article introduced with that role, title,
nationality or affiliation becomes that person's name; one the article never
names stays as written (GUIDELINES). ``Resolver`` mixes these methods in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .entities import is_person_noun, is_role_word
from .mentions import Ment, head_noun, modifiers_end, modifiers_start, surname_key

if TYPE_CHECKING:
    from ..lang import Language
    from ..records import Doc


class RoleDescriptions:
    """Role and description resolution (methods of ``Resolver``)."""

    doc: Doc
    lang: Language
    mentions: list[Ment]
    nationality: dict[str, str]
    org_names: set[str]
    plural_names: set[str]

    if TYPE_CHECKING:  # provided by Resolver
        def complete(self, m: Ment) -> str: ...
        def inside_quote(self, m: Ment) -> bool: ...
        def _persons_before(self, offset: int) -> list[Ment]: ...
        def subject_like(self, x: Ment) -> bool: ...

    def _org_as_written(self, m: Ment) -> str:
        """An organisation described by a common noun, with the words of its phrase
        ("the Harbour campaign", "Ann Lee's campaign")."""
        start = self.doc.tokens[modifiers_start(self.doc, m.t1 - 1)].start
        return self._written(m, start=min(start, m.start))

    def _written(self, m: Ment, *, start: int | None = None) -> str:
        """A description as the article writes it: with a quantifier before it
        ("some voters") and the phrases that modify its noun ("voters in X")."""
        toks = self.doc.tokens
        if start is None:
            before = toks[m.t0 - 1] if m.t0 > 0 else None
            quantified = before is not None and before.sent == m.sent and before.text.lower() in self.lang.quantifiers
            start = before.start if quantified and before is not None else m.start
        end = max(m.end, toks[modifiers_end(self.doc, m.t1 - 1, self.lang) - 1].end)
        return self.doc.text[start:end]

    def _thing(self, name: str) -> bool:
        """Whether a speaker is a description of a thing ("the affidavit", "an analysis
        by X"), which "he" or "she" never stands for: its head noun (the last word
        before a preposition) is lower-case and no person noun of the language."""
        words = name.split()
        preps = self.lang.of_prepositions | self.lang.name_prepositions
        cut = next((i for i, w in enumerate(words) if i and w in preps), len(words))
        head = words[cut - 1] if cut else ""
        return head[:1].islower() and not is_person_noun(head, self.lang)

    def _titled(self, m: Ment) -> str | None:
        """A name the text writes right after this description's noun, anywhere
        ("Economen" … "Economen Sanne Bakker en Tom Wit")."""
        words = [w.lower() for w in m.text.split() if w.lower() not in self.lang.articles]
        if self.lang.of_word in words:
            words = words[: words.index(self.lang.of_word)]  # "Economen van de bank" → "economen"
        head = words[-1] if words else ""
        if head == self.lang.age_suffix or len(head) < 4:
            return None
        for x in self.mentions:
            if x.kind not in ("name", "group") or x is m or not x.t0 or (x.kind == "group" and not x.members):
                continue
            if self.inside_quote(x):
                continue
            before = [t.text.lower() for t in self.doc.tokens[max(0, x.t0 - len(words)) : x.t0]]
            if before == words:
                return self.complete(x)
        return None

    def _apposed_name(self, m: Ment) -> str | None:
        """'The interior minister, Pim Oosterhuis, said': a person's name set off by commas
        right after the description is who it describes — or an organisation's, with
        its own description ("de eigenaar, de Britse brouwerijgroep X, meldt")."""
        toks = self.doc.tokens
        if m.t1 + 1 >= len(toks) or toks[m.t1].text != "," or toks[m.t1].sent != m.sent:
            return None
        for x in self.mentions:
            if x.kind != "name" or x.t1 >= len(toks) or toks[x.t1].text != "," or not m.t1 < x.t0 <= m.t1 + 5:
                continue
            between = toks[m.t1 + 1 : x.t0]
            # (The tagger may call a firm a place: its own noun, "de groep X", says what it is.)
            if x.label == "PER" and not between or x.label in ("ORG", "LOC") \
                    and (x.label == "ORG" or any(t.upos == "NOUN" for t in between)) \
                    and all(t.is_article or t.upos in ("ADJ", "NOUN") for t in between):
                return self.complete(x)
        return None

    def _noun_phrase_opener(self, m: Ment) -> tuple[int, str] | None:
        """The token that opens the noun phrase of a role mention left of its own
        text, when it says the referent is new (an indefinite article or a
        quantifier: "indefinite") or belongs to someone (a possessive: "possessed")."""
        toks = self.doc.tokens
        start = self.doc.sentences[m.sent].token_start
        k = m.t0 - 1
        opener = self.lang.indefinite_articles | self.lang.quantifiers
        while k >= start and m.t0 - k <= 4 and toks[k].upos in ("ADJ", "PROPN", "NOUN", "NUM") \
                and toks[k].text.lower() not in opener:
            k -= 1
        if toks[m.t0].feats.get("Poss") == "Yes" and m.t1 - m.t0 > 1:
            return m.t0, "possessed"  # the mention opens with it: "her husband"
        if k < start:
            return None
        w = toks[k].text.lower()
        if w in self.lang.indefinite_articles or w in self.lang.quantifiers:
            return k, "indefinite"
        if toks[k].feats.get("Poss") == "Yes" or toks[k].dep == "case" and toks[k].upos == "PART":
            return k, "possessed"
        return None

    def _introduced_unnamed(self, m: Ment, head: str) -> Ment | None:
        """The last role mention before ``m`` with its head noun that brought someone new
        into the text ("a Dutch farmer"), with no name set beside it nor any person
        named between them (a name there may well be that person's)."""
        for x in reversed([x for x in self.mentions if x.kind == "role" and x.end <= m.start]):
            if _role_words(x, self.lang)[-1] != head:
                continue
            opener = self._noun_phrase_opener(x)
            first = x.text.split()[0].lower()
            new = first in self.lang.indefinite_articles or opener is not None and opener[1] == "indefinite"
            named = any(y.kind == "name" and y.label == "PER" and x.start < y.start < m.start
                        and not self.inside_quote(y) for y in self.mentions)
            if new and not named and self._apposed_name(x) is None and x.titles is None:
                return x
            return None  # the last one with that noun was someone known
        return None

    def _role(self, m: Ment, *, speakers: list[tuple[int, str]]) -> tuple[str | None, str]:
        words = _role_words(m, self.lang)
        head = words[-1]
        named = self._apposed_name(m)  # "a spokeswoman, Ann Lee,": named after all
        if m.titles is not None:
            name = self.complete(m.titles)
            return name, f'"{m.text}" → {name}: a title of the name after it'
        if named is not None:
            return named, f'"{m.text}" → {named}: the name set beside it'
        if words[0] in self.lang.quantifiers:
            return self._written(m), "unnamed source, as described"
        opener = self._noun_phrase_opener(m)
        if opener is not None:
            k, kind = opener
            toks = self.doc.tokens
            if kind == "possessed" and toks[k].upos == "PART" and k > 0:
                # "X's spokesman" as written: the possessor's name and its marker.
                owner = next((x for x in self.mentions if x.t0 < k <= x.t1 and x.sent == m.sent), None)
                k = owner.t0 if owner is not None else k - 1
            text = self._written(m, start=toks[k].start)
            # "an Israeli official": someone new; "his son", "X's spokesman": someone
            # else than the person the possessive names.
            return text, "unnamed source, as described" if kind == "indefinite" else "description as written"
        # "de Finse president": a person introduced with that nationality and role.
        adjs = [w for w in words[:-1] if any(w.startswith(s) for s in self.lang.nationality_stems)]
        if adjs:
            for x in reversed([x for x in self.mentions if x.kind == "name" and x.roles]):
                pre = self.doc.text[max(0, x.start - 40) : x.start].lower()
                if any(r == head or r.endswith("-" + head) for r in x.roles) and adjs[0][:5] in pre:
                    name = self.complete(x)
                    return name, f'"{m.text}" → {name}: introduced as {adjs[0]} {head}'
            # The nationality names the person better than the role: "de Finse
            # president" after "zijn Finse ambtgenoot X" is X, not another president.
            stem = next((st for st in self.lang.nationality_stems if adjs[0].startswith(st)), None)
            same = [x for x in self.mentions if x.kind == "name" and x.label == "PER" and x.start < m.start
                    and self.nationality.get(surname_key(x.text)) == stem]
            if stem is not None and len({self.complete(x) for x in same}) == 1:
                name = self.complete(same[-1])
                return name, f'"{m.text}" → {name}: the one {adjs[0]} person named before'
        if m.affiliation:
            for x in self.mentions:
                if x.kind == "name" and x.label == "PER" and x.affiliation and x.affiliation.lower() == m.affiliation.lower():
                    name = self.complete(x)
                    return name, f'"{m.text}" → {name}: affiliated with {x.affiliation}'
            # "XYZ-econoom" right after "Sanne Bakker …": nearest person.
        # 1. A person introduced with this role ("Joris Kramer, … oud-diplomaat"),
        # the most recent one before the description, with no conflicting nationality.
        best = None
        for x in self.mentions:
            if x.kind != "name" or not x.roles or x.start > m.start:
                continue
            if not any(r == head or head.endswith("-" + r) or r.endswith("-" + head) or _same_role(r, head, self.lang) for r in x.roles):
                continue
            nat = self.nationality.get(surname_key(x.text))
            if adjs and nat and not adjs[0].startswith(nat):
                continue
            if best is not None and adjs and nat is None and self.nationality.get(surname_key(best.text)):
                continue  # a person with the right nationality beats one with none known
            best = x
        if best is not None:
            name = self.complete(best)
            return name, f'"{m.text}" → {name}: introduced as {head}'
        named = self._titled(m)
        if named is not None:
            return named, f'"{m.text}" → {named}: named with that description'
        if m.how == "described":
            # A source described in the subject slot and never named with that
            # description stays as written ("de buurvrouw"): guessing the last
            # person named is what turns vox pops into a politician's words.
            return self._written(m), "description as written"
        # "de Fin": the most recent person of that nationality.
        stem = next((st for st in self.lang.nationality_stems if head.startswith(st)), None)
        if stem is not None and not is_role_word(head, self.lang):
            same = [x for x in self._persons_before(m.start) if self.nationality.get(surname_key(x.text)) == stem]
            if not same:
                same = [x for x in self.mentions if x.kind == "name" and x.start < m.start
                        and self.nationality.get(surname_key(x.text)) == stem]
            if same:
                name = self.complete(same[-1])
                return name, f'"{m.text}" → {name}: the {stem}- person named before'
        # 2. The compound's prefix names an affiliation ("de XYZ-leider").
        if "-" in head:
            prefix = head.split("-")[0]
            for x in self.mentions:
                if x.label == "PER" and x.kind == "name" and x.affiliation and x.affiliation.lower() == prefix:
                    name = self.complete(x)
                    return name, f'"{m.text}" → {name}: affiliated with {x.affiliation}'
        # "a Dutch farmer … the farmer added": the one the text brought in with that noun
        # and never named.
        introduced = self._introduced_unnamed(m, head) if words[0] in self.lang.definite_articles else None
        if introduced is not None:
            return self._written(m), f'"{m.text}" → {introduced.text}: introduced so, never named'
        # 3. Age or origin ("de 48-jarige Utrechter") or an unmatched role:
        # the person the text is about — the last speaker or the last person.
        if self.doc.tokens[head_noun(self.doc, m, self.lang)].is_plural:
            return self._written(m), "group as described"  # "de oppositieleden" are not the last speaker
        # A role names a person: an organisation that spoke before is not its referent.
        # (Nor is a thing that spoke, "the summary"; nor a name inside the role's own
        # phrase, "the X employee".)
        recent = [s for s in speakers if s[0] < m.start and s[1] not in self.org_names and not self._thing(s[1])
                  and s[1] not in self.plural_names]
        own = modifiers_start(self.doc, m.t1 - 1)
        persons = [x for x in self._persons_before(m.start) if x.label == "PER" and x.t0 < own]
        if adjs:
            persons = [x for x in persons if self.nationality.get(surname_key(x.text), adjs[0][:4])[:4] == adjs[0][:4]]
        # A role that says more than its noun ("de Finse minister", "de winnaar
        # van de beker") is a person of its own unless the text introduced
        # someone with it: neither the last person nor the current speaker is a
        # safe guess. A nationality alone still picks a person of that nationality.
        complement = self.lang.of_word in [w.lower() for w in m.text.split()[1:]]
        # A person the text introduced with another role ("president X") is not
        # who "the spokesman" is; one introduced with none may be.
        if is_role_word(head, self.lang) and not head.endswith(self.lang.age_suffix):
            persons = [x for x in persons if not any(
                y.roles for y in self.mentions
                if y.kind == "name" and y.start <= x.start and surname_key(y.text) == surname_key(x.text))]
        # Of those, the one the text is about: the subject of the sentence right before
        # ("X says … Y …. The senator predicts …" is X) — unless the role names a party
        # or body ("de XYZ-leider"), which the subject may not belong to.
        before = m.sent - 1
        topic = [x for x in persons if x.sent == before and self.subject_like(x)] \
            if not m.affiliation and "-" not in head else []
        if topic and not complement and (not recent or topic[-1].start > recent[-1][0]
                                         or self.complete(topic[-1]) == recent[-1][1]):
            name = self.complete(topic[-1])
            return name, f'"{m.text}" → {name}: the subject of the sentence before'
        if persons and not complement and (not recent or persons[-1].start > recent[-1][0]):
            name = self.complete(persons[-1])
            return name, f'"{m.text}" → {name}: the most recent person'
        specific = bool(adjs) or complement
        if recent and not specific:
            return recent[-1][1], f'"{m.text}" → {recent[-1][1]}: the current speaker'
        if words[0] in self.lang.indefinite_articles:
            return self._written(m), "unnamed source, as described"
        return self._written(m), "description as written"


def _role_words(m: Ment, lang: Language) -> list[str]:
    """A role mention's words up to its head noun, lower-cased ("de minister van
    Defensie" → "de minister": the head is the last)."""
    words = [w.lower() for w in m.text.split()]
    if lang.of_word in words[1:]:
        words = words[: words.index(lang.of_word, 1)]
    return words


def _same_role(a: str, b: str, lang: Language) -> bool:
    for prefix in lang.former_prefixes:
        a, b = a.replace(prefix, ""), b.replace(prefix, "")
    return a == b
