"""Resolve speakers: names to their most complete form, pronouns and roles to
their antecedents, and unattributed quotes to the speaker of the discourse."""

from __future__ import annotations

import functools
import re

from ..lang import Language
from ..records import Doc, heads_above, token_starting
from . import rank
from .candidate import Candidate
from .discourse import discourse, recent_quote
from .mentions import (
    Ment,
    gender_fits,
    leading_titles,
    modifiers_end,
    modifiers_start,
    noun_gender,
    surname_key,
    title_case,
)
from .roles import RoleDescriptions

# How many sentences back a pronoun or a role looks for its antecedent.
LOOKBACK_SENTENCES = 4
# How many mentions a person named in the headline counts for in choosing the main person.
HEADLINE_WEIGHT = 3


class Resolver(RoleDescriptions):
    """Chains of mentions in one article and the most complete name of each."""

    def __init__(self, doc: Doc, mentions: list[Ment], quotes: list[Candidate], lang: Language, *,
                 weights: dict[str, float] | None = None, trace: list[dict] | None = None) -> None:
        self.lang = lang
        self._main: tuple[str | None] | None = None  # main_person(), once counted
        self.weights = weights
        self.trace = trace
        self.doc = doc
        self.mentions = mentions
        self.quote_spans = [(q.start, q.end) for q in quotes if q.type == "direct"]
        self.full: dict[str, str] = {}  # surname key → most complete name
        self.abbrev: dict[str, str] = {}  # "nvb" → "Nationaal Verkeersbureau"
        self.kin: dict[str, list[str]] = {}  # surname key → the full names that share it
        self._names()
        self.org_names = {self.complete(m) for m in mentions if m.kind in ("name", "org") and m.label in ("ORG", "LOC")}
        self.org_names |= {f"{a} {n}" for n in self.org_names for a in self.lang.definite_articles}
        self.org_names |= {self._org_as_written(m) for m in mentions if m.kind == "org"}
        # Descriptions with a plural head ("de autoriteiten") are no antecedent of "hij".
        # A group counts people, whatever its last word ("seven in 10"): never a "he".
        # (A plural proper noun the tagger typed no person, "the Greens", is a group too.)
        plural = [m for m in mentions if m.kind == "group" or m.kind in ("role", "name") and doc.tokens[m.t1 - 1].is_plural
                  and (m.kind == "role" or m.label != "PER")]
        # As written and as completed ("Vos and Reyes" is quoted as their full names).
        self.plural_names = {m.text for m in plural} | {self.complete(m) for m in plural}
        self.genders = self._article_genders()
        # Persons' name mentions by surname key (a thing's author is looked up in it).
        self._by_surname = {surname_key(x.text): x for x in mentions if x.kind == "name" and x.label == "PER"}

    def _article_genders(self) -> dict[str, str]:
        """Genders the article itself tells, by surname key: a courtesy title before
        the name ("Mrs. X"), or a pronoun subject in the clause a person's own verb
        governs ("X said she would …"). They beat the first-name list."""
        toks = self.doc.tokens
        out: dict[str, str] = {}
        for x in self.mentions:
            if x.kind != "name" or x.label != "PER":
                continue
            before = toks[x.t0 - 1].text.lower() if x.t0 > 0 else ""
            titled = self.lang.title_genders.get(x.text.split()[0].lower()) or self.lang.title_genders.get(before)
            if titled:
                out.setdefault(surname_key(x.text), titled)
                continue
            verb = toks[x.t1 - 1].head
            if toks[x.t1 - 1].dep != "nsubj" or verb is None:
                continue
            for t in toks[verb + 1 : min(verb + 5, len(toks))]:
                if t.dep == "nsubj" and t.head is not None and toks[t.head].head == verb \
                        and t.text.lower() in self.lang.pronouns:
                    g = self.lang.pronouns[t.text.lower()][0]
                    if g and self.lang.pronouns[t.text.lower()][1] == "sg":
                        out.setdefault(surname_key(x.text), g)
        for key, g in self._next_sentence_genders().items():
            out.setdefault(key, g)
        return out

    def _next_sentence_genders(self) -> dict[str, str]:
        """"X did A. She said B": a sentence whose only person is its subject, and the
        next sentence of the paragraph opening on a personal pronoun as its subject
        before any other person is named — the pronoun tells X's gender (unless the
        article's sightings disagree)."""
        toks, sents = self.doc.tokens, self.doc.sentences
        persons: dict[int, list[Ment]] = {}
        for m in self.mentions:
            if m.kind in ("name", "pronoun", "role") and m.label in ("PER", "UNK"):
                persons.setdefault(m.sent, []).append(m)
        seen: dict[str, set[str]] = {}
        for s in sents[:-1]:
            nxt = sents[s.i + 1]
            here = persons.get(s.i, [])
            if len(here) != 1 or here[0].kind != "name" or toks[here[0].t1 - 1].dep != "nsubj" \
                    or nxt.paragraph != s.paragraph:
                continue
            first = next(iter(persons.get(nxt.i, [])), None)
            # (The main clause's subject: "She did A, he said" reports someone else's words.)
            head = toks[first.t0].head if first is not None else None
            if first is None or first.kind != "pronoun" or toks[first.t0].dep != "nsubj" or head is None \
                    or toks[head].head is not None or any(self.inside_quote(x) for x in (first, here[0])):
                continue
            g, number = self.lang.pronouns.get(first.text.lower(), ("", ""))
            if g and number == "sg":
                seen.setdefault(surname_key(here[0].text), set()).add(g)
        return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}

    def fits(self, name: str, gender: str) -> bool:
        """Whether a person can be the referent of a pronoun of ``gender``."""
        told = self.genders.get(surname_key(name))
        # (Of a family the article names by surname, the first name tells each apart.)
        shared = len(self.kin.get(surname_key(name), ())) > 1 and len(name.split()) > 1 \
            and bool(self.lang.first_name_gender(name.split()[0]))
        if told and gender and not shared:
            return told == gender
        return gender_fits(name, gender, self.lang)

    def _known_gender(self, name: str, gender: str) -> bool:
        """Whether the article or the name tells that the person is of ``gender``."""
        other = {"m": "f", "f": "m"}.get(gender)
        return other is not None and self.fits(name, gender) and not self.fits(name, other)

    def main_person(self) -> str | None:
        """The person named most often outside quotes (the article's protagonist).

        Asked for many quotes of one article; the mentions do not change once
        attribution starts, so it is counted once."""
        if self._main is None:
            self._main = (self._count_main_person(),)
        return self._main[0]

    def _count_main_person(self) -> str | None:
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "name" and m.label == "PER" and not self.inside_quote(m) and not self._in_marks_alone(m):
                name = self.complete(m)
                # The headline names whom the article is about: its person counts extra.
                counts[name] = counts.get(name, 0) + (1 + HEADLINE_WEIGHT * (m.sent == 0))
        if counts:
            return max(counts, key=lambda n: counts[n])
        # Interviews often name their subject only by role ("de winnaar").
        roles: dict[str, int] = {}
        for m in self.mentions:
            if m.kind == "role" and m.text.lower().split()[0] in self.lang.definite_articles \
                    and not self.inside_quote(m):
                roles[m.text.lower()] = roles.get(m.text.lower(), 0) + 1
        return max(roles, key=lambda n: roles[n]) if roles else None

    def inside_quote(self, m: Ment) -> bool:
        return any(s <= m.start < e for s, e in self.quote_spans)

    def _names(self) -> None:
        text = self.doc.text
        titled = {k for k, s in enumerate(self.doc.sentences) if title_case(self.doc.tokens[s.token_start : s.token_end])}
        forms: dict[str, tuple[bool, bool, int]] = {}
        for m in self.mentions:
            if m.kind != "name":
                continue
            if m.label != "PER" and len(m.text.split()) > 4:
                continue  # a title in title case ending on a name is no longer form of that name
            key = surname_key(m.text)
            clean = _strip_article(m.text, self.lang)
            if m.label == "PER":
                clean = self._from_first_name(clean)
            rank = self._form_rank(clean, m.sent in titled, m.label == "PER")
            if key not in self.full or rank > forms[key]:
                self.full[key], forms[key] = clean, rank
            if rank[0] and clean not in self.kin.setdefault(key, []):
                self.kin[key].append(clean)  # every person of that surname, by full name
            # "Nationaal Verkeersbureau (NVB)": the acronym means the long name. (After a
            # person's name the brackets hold a party: "Piet Bos (VVD)" is not the VVD.)
            after = text[m.end : m.end + 12]
            acr = re.match(r"\s*\(([A-Z][A-Za-z]{1,8})\)", after)
            if acr and len(m.text.split()) > 1 and m.label != "PER":
                self.abbrev[acr.group(1).lower()] = clean
        # "Anna en Kees Bakker": the first of two first names shares the surname after the second.
        toks = self.doc.tokens
        names = [m for m in self.mentions if m.kind == "name" and m.label == "PER"]
        for a, b in zip(names, names[1:], strict=False):
            if a.t1 - a.t0 == 1 and b.t0 == a.t1 + 1 and toks[a.t1].text.lower() == self.lang.and_word \
                    and len(b.text.split()) >= 2 and self.lang.first_name_gender(a.text) \
                    and self.lang.first_name_gender(b.text.split()[0]):
                self.full[surname_key(a.text)] = f"{a.text} {' '.join(b.text.split()[1:])}"
        # Nationality the text gives each person ("de Finse president Aaltonen").
        self.nationality: dict[str, str] = {}
        for m in self.mentions:
            if m.kind == "name" and (m.label == "PER" or m.label == "UNK" and toks[m.t0].upos == "PROPN"):
                stem = self._origin_before(m)
                if stem is not None:
                    self.nationality.setdefault(surname_key(m.text), stem)
        # A lone first name ("Femke") means the one person of the article with it.
        by_first: dict[str, set[str]] = {}
        persons = {surname_key(m.text) for m in self.mentions if m.kind == "name" and m.label == "PER"}
        for key0, full in self.full.items():
            words = full.split()
            if key0 not in persons:
                continue  # "Jansen II" is a cabinet: its first word names no first name
            if len(words) >= 2:
                by_first.setdefault(words[0].lower(), set()).add(full)
        for key, full in list(self.full.items()):
            if len(full.split()) == 1 and len(by_first.get(key, ())) == 1:
                self.full[key] = next(iter(by_first[key]))
        # A single word that is the first name of "Karel V." means that person.
        for full in list(self.full.values()):
            words = full.split()
            if len(words) == 2 and re.fullmatch(r"[A-Z]\.", words[1]):
                self.full.setdefault(words[0].lower(), full)
                if self.full[words[0].lower()] == words[0]:
                    self.full[words[0].lower()] = full

    def _origin_before(self, m: Ment) -> str | None:
        """The nationality an adjective of origin gives a name in its own noun phrase
        ("de Finse president X", "de Oekraïense minister van Y, X"): words of the
        phrase before it, past one comma of apposition. A country named nearby in
        another phrase ("hulp aan Oekraïne, zei X") says nothing of X."""
        toks = self.doc.tokens
        k = m.t0 - 1
        if k > 0 and toks[k].text == "," and toks[k - 1].upos in ("NOUN", "PROPN"):
            k -= 1
        while k >= 0 and m.t0 - k <= 8 and toks[k].sent == m.sent and toks[k].upos in ("ADJ", "NOUN", "PROPN", "DET", "ADP"):
            w = toks[k].text.lower()
            if toks[k].upos == "ADJ" or toks[k].upos == "NOUN" and toks[k].text[:1].isupper():
                stem = next((st for st in self.lang.nationality_stems if w.startswith(st)), None)
                if stem is not None:
                    return stem
            k -= 1
        return None

    def _form_rank(self, name: str, titled: bool, person: bool) -> tuple[bool, bool, int]:
        """How good a full form of a surname ``name`` is: a person's name that opens
        with a first name, then one from running text (a headline in title case runs
        words into names: "X Praises Y", "Bold X Y"), then the longest; of equals, the
        first."""
        words = name.split()
        opens = person and bool(self.lang.first_name_gender(words[0])) and 2 <= len(words) <= 4
        # Of two first names with one surname, the one named first (the article's
        # own introduction) completes the bare surname.
        return opens, opens or not titled, 0 if opens else len(words)

    def _from_first_name(self, name: str) -> str:
        """A person's name without the words the tagger ran into it before the first
        name ("Democrat X Y", "Independent Vale County Sen. X Y" → "X Y")."""
        words = name.split()
        cut = max((k + 1 for k, w in enumerate(words[:-2]) if w.lower() in self.lang.titles), default=0)
        if cut == 0 and not self.lang.first_name_gender(words[0]) and not re.fullmatch(r"[A-Z]\.", words[0]):
            cut = next((k for k in range(1, len(words) - 1) if self.lang.first_name_gender(words[k])), 0)
        return " ".join(words[cut:]) if cut and words[cut][:1].isupper() else name

    def complete(self, m: Ment) -> str:
        """The most complete name the article gives the named mention ``m``."""
        if m.kind == "group" and m.members:
            return f" {self.lang.and_word} ".join(self.complete(x) for x in m.members)
        clean = _strip_article(m.text, self.lang)
        if clean.lower() in self.abbrev:
            return self.abbrev[clean.lower()]
        if m.kind != "name":
            return m.text
        full = self.full.get(surname_key(m.text), clean)
        words = clean.split()
        words = words[leading_titles(words, self.lang):]
        if len(words) >= 2 and words[0] not in full.split() and self.lang.first_name_gender(words[0]):
            return clean  # a first name of its own: another person of that surname
        # "Mrs. X" where the article names a Mr. and a Mrs. X: the title tells which.
        before = self.doc.tokens[m.t0 - 1].text.lower() if m.t0 > 0 else ""
        titled = self.lang.title_genders.get(clean.split()[0].lower()) or self.lang.title_genders.get(before)
        if titled and self.lang.first_name_gender(full.split()[0]) not in ("", titled):
            return next((f for f in self.kin.get(surname_key(m.text), [])
                         if self.lang.first_name_gender(f.split()[0]) == titled), full)
        return full

    # -- resolution ----------------------------------------------------------
    def resolve(self, m: Ment, *, speakers: list[tuple[int, str]]) -> tuple[str | None, str]:
        """Name for mention ``m`` (a pronoun or role looks back from where it stands)."""
        if m.kind == "group" and not m.members:
            # "One of the aides, Ann Lee, said": the one name set beside the group.
            beside = self._apposed_name(m)
            if beside is not None and beside not in self.org_names:
                return beside, f'"{m.text}" → {beside}: the name set beside it'
            named = self._titled(m)
            if named is not None:
                return named, f'"{m.text}" → {named}: named with that description'
            counted = self._counted_persons(m)
            if counted is not None:
                return counted, f'"{m.text}" → {counted}: the persons named in the sentence before'
            return self._written(m), "group as described"
        if m.kind in ("name", "group", "org"):
            name = self.complete(m)
            # (A sentence may open with the article: "A group of …" is as written too.)
            words = m.text.split()
            first = words[1] if len(words) > 1 and words[0].lower() in self.lang.articles else words[0]
            if m.kind == "org" and not first[:1].isupper():
                return self._org_as_written(m), "organisation as written"
            # A plural name is a group ("Democrats"): written with what the article
            # says of it ("Democrats running for the Senate").
            if m.kind == "name" and m.label != "PER" and self.doc.tokens[m.t1 - 1].is_plural:
                written = self._written(m)
                if written != m.text:
                    self.plural_names.add(written)  # a group: never "he", never a role's referent
                    return written, "group as described"
            # Organisations keep their article: "het OM", "de NAVO".
            if m.kind == "name" and m.label in ("ORG", "UNK") and m.t0 > 0 and name == _strip_article(m.text, self.lang):
                art = self.doc.tokens[m.t0 - 1].text
                if art.lower() in self.lang.definite_articles and (m.label == "ORG" or m.text.isupper()):
                    return f"{art.lower()} {name}", ""
            return name, ""
        if m.kind == "pronoun":
            return self._pronoun(m, speakers=speakers)
        if m.kind == "role":
            return self._role(m, speakers=speakers)
        return m.text, ""

    def _persons_before(self, offset: int) -> list[Ment]:
        sent_i = _sent_of(self.doc, offset)
        out = [
            x for x in self.mentions
            if x.end <= offset and x.kind == "name"
            and (x.label == "PER" or x.label == "UNK" and self.doc.tokens[x.t0].upos in ("PROPN", "X")
                 and not x.text.isupper() and not self.doc.tokens[x.t1 - 1].is_plural)
            and self._narrated[sent_i] - self._narrated[x.sent] <= LOOKBACK_SENTENCES
            and not self.inside_quote(x) and not self._in_marks_alone(x)
        ]
        return out

    @functools.cached_property
    def _narrated(self) -> list[int]:
        """Per sentence, how many sentences up to it lie outside quotations: the
        sentences of a long quote do not push its speaker's name out of reach."""
        out, n = [], 0
        for s in self.doc.sentences:
            n += not any(a <= s.start < b for a, b in self.quote_spans)
            out.append(n)
        return out

    def _in_marks_alone(self, x: Ment) -> bool:
        """A name that is all its marks hold ('on the show "Morning Talk."'): a title or
        a nickname, not a person who can be "he" or "she"."""
        text = self.doc.text
        before = text[max(0, x.start - 3) : x.start].rstrip()
        after = text[x.end : x.end + 4].lstrip(".,!?; ")
        closers = self.lang.quote_pairs.get(before[-1:], ())
        return bool(closers) and any(after.startswith(c) for c in closers)

    def _pronoun(self, m: Ment, *, speakers: list[tuple[int, str]]) -> tuple[str | None, str]:
        name, how = self._pronoun_rule(m, speakers=speakers)
        word = m.text.lower()
        plural = word in self.lang.plural_pronouns and (
            self.lang.pronouns.get(word, ("", ""))[1] == "pl" or self._plural_verb(m))
        if m.label == "REL" or word in self.lang.first_person or plural:
            return name, how
        gender = self.lang.pronouns.get(word, ("", ""))[0]
        return self.ranked("pronoun", m.start, m.sent, name, how, speakers=speakers, gender=gender)

    def ranked(self, task: str, offset: int, sent: int, name: str | None, how: str, *,
               speakers: list[tuple[int, str]], gender: str = "", recent: bool = False) -> tuple[str | None, str]:
        """The rules' pick (name, how), reconsidered by the learned ranker."""
        if self.weights is None and self.trace is None:
            return name, how  # no trained weights shipped: the rules decide
        cands = rank.candidates(self, offset=offset, sent=sent, rule=name, speakers=speakers,
                                gender=gender, recent_quote=recent)
        if self.trace is not None:
            self.trace.append({"task": task, "anchor": offset, "rule": name,
                               "candidates": [(c.name, c.features) for c in cands]})
        best = rank.choose(cands, self.weights)
        if best is None or best.name == name:
            return name, how
        return best.name, f"ranked first of {len(cands)} candidates ({best.name}; the rules said {name})"

    def _pronoun_rule(self, m: Ment, *, speakers: list[tuple[int, str]]) -> tuple[str | None, str]:
        word = m.text.lower()
        if word in self.lang.second_person:
            return None, ""  # "you" addresses the reader or the one asked: no one named
        if m.label == "REL":
            x = self._relative_head(m)
            if x is not None:
                name = self.complete(x)
                return name, f'"{m.text}" → {name}: antecedent of the relative (as parsed)'
            # "minister Anouk Verbeek …, die zegt": the nearest person before the relative.
            cands = [x for x in self._persons_before(m.start) if x.sent == m.sent]
            if cands:
                return self.complete(cands[-1]), f'"{m.text}" → {self.complete(cands[-1])}: antecedent of the relative'
            return None, ""
        if word in self.lang.anaphoric_common:
            # "… minister X. Die zei …": the person named last before it.
            x = self._last_person_before(m)
            if x is None:
                return None, ""
            named, _ = self.resolve(x, speakers=[s for s in speakers if s[0] < x.start])
            return (named, f'"{m.text}" → {named}: the person named last before it') if named else (None, "")
        if word in self.lang.first_person:
            # "I think …" outside any quote: an interview's answer (or a first-person
            # piece); the person the article is about speaks. "We" stays open.
            singular = "sg" in self.lang.pronouns.get(word, ("", ""))[1].split("/")
            main = self.main_person() if singular and not self.inside_quote(m) else None
            if main is not None:
                return main, f'"{m.text}" → {main}: first person outside quotes (the article\'s main person)'
            return None, ""
        plural = word in self.lang.plural_pronouns and (
            self.lang.pronouns.get(word, ("", ""))[1] == "pl" or self._plural_verb(m))
        gender = self.lang.pronouns.get(word, ("", ""))[0]
        persons = [x for x in self._persons_before(m.start) if self.fits(self.complete(x), gender)]
        # Subjects first: a person who was the subject of an earlier sentence — unless
        # someone of that gender was quoted since (the pronoun then picks up the quote).
        if gender and not plural:
            speakers = self._authors(speakers)
        recent_any = [s for s in speakers if s[0] < m.start and self.fits(s[1], gender)
                      and s[1] not in self.org_names and s[1] not in self.plural_names]
        reporter = self._reporter(m, gender) if gender and not plural else None
        if reporter is not None:
            said, _ = self.resolve(reporter, speakers=[s for s in speakers if s[0] < reporter.start])
            if said:
                return said, f'"{m.text}" → {said}: the subject of the verb that reports it'
        for x in reversed(persons):
            if plural:
                break
            if self.subject_like(x):
                name = self.complete(x)
                # Someone quoted since takes the pronoun, unless only the subject is
                # known to be of its gender ("X, a woman, … when a voter asked …; she").
                if recent_any and recent_any[-1][0] > x.start and not (
                        self._known_gender(name, gender) and not self._known_gender(recent_any[-1][1], gender)):
                    return recent_any[-1][1], f'"{m.text}" → {recent_any[-1][1]}: the speaker quoted since'
                return name, f'"{m.text}" → {name}: subject of an earlier sentence'
        if plural:
            groups = [x for x in self.mentions if x.kind == "group" and x.end <= m.start]
            # A plural subject no list names ("her cousins say …, and they say"), when it
            # came after the last group named: written as the article gives it.
            np = self._plural_subject_before(m)
            if np is not None and (not groups or groups[-1].end <= np[0]):
                return np[1], f'"{m.text}" → {np[1]}: the plural subject before it'
            if groups:
                name = self.complete(groups[-1])
                return name, f'"{m.text}" → {name}: the last group named'
        recent = [s for s in speakers if s[0] < m.start and self.fits(s[1], gender)
                  and (plural or s[1] not in self.org_names and s[1] not in self.plural_names)]
        if recent and gender and not plural and not self._known_gender(recent[-1][1], gender):
            # A person known to be of the pronoun's gender, named after the quote of a
            # speaker whose gender nothing tells ("a former aide"), is the likelier one.
            since = [x for x in persons if x.start > recent[-1][0] and self._known_gender(self.complete(x), gender)]
            if since:
                name = self.complete(since[-1])
                return name, f'"{m.text}" → {name}: the person of that gender named since the last quote'
        if recent:
            return recent[-1][1], f'"{m.text}" → {recent[-1][1]}: the speaker of the previous quote'
        if persons:
            name = self.complete(persons[-1])
            return name, f'"{m.text}" → {name}: the most recent person'
        main = self.main_person()
        if main is not None and not plural and self.fits(main, gender):
            return main, f'"{m.text}" → {main}: the article\'s main person'
        return None, ""

    def _reporter(self, m: Ment, gender: str) -> Ment | None:
        """'De ambassadeur zei dat X volgens hem …': a pronoun inside the clause a verb
        of saying reports stands for that verb's subject, a person named or described
        before it, when its sex fits."""
        toks = self.doc.tokens
        own = toks[m.t0].head
        if toks[m.t0].dep == "nsubj" and own is not None and own < m.t0:
            return None  # inverted, the cue's own subject: '"…," zei hij'
        for v in heads_above(toks, m.t0):
            if v >= m.t0 or toks[v].lemma.lower() not in self.lang.cue_verbs \
                    or any(a <= toks[v].start < b for a, b in self.quote_spans):
                continue
            subj = next((t for t in range(self.doc.sentences[m.sent].token_start, v)
                         if toks[t].dep == "nsubj" and toks[t].head == v), None)
            x = next((x for x in self.mentions if subj is not None and x.t0 <= subj < x.t1
                      and x.kind in ("name", "role") and x.label == "PER"), None)
            if x is None or self.inside_quote(x) or x.kind == "role" and noun_gender(x.text, self.lang) not in ("", gender):
                return None
            return x if x.kind == "role" or self.fits(self.complete(x), gender) else None
        return None

    def _counted_persons(self, m: Ment) -> str | None:
        """"De twee vonden dat …": a number alone (with its article) counts the
        persons the sentence before named; None unless it names two or more."""
        toks = self.doc.tokens
        words = [t for t in toks[m.t0 : m.t1] if not t.is_article]
        if len(words) != 1 or words[0].upos != "NUM":
            return None
        names: list[str] = []
        for x in self.mentions:
            if x.sent == m.sent - 1 and x.kind == "name" and x.label == "PER" and not self.inside_quote(x):
                full = self.complete(x)
                if full not in names:
                    names.append(full)
        if len(names) < 2:
            return None
        return f"{', '.join(names[:-1])} {self.lang.and_word} {names[-1]}"

    def _last_person_before(self, m: Ment) -> Ment | None:
        """The last person named or described in the sentence before ``m``'s, outside
        quotations."""
        before = [x for x in self.mentions if x.sent == m.sent - 1 and x.label == "PER"
                  and x.kind in ("name", "role") and not self.inside_quote(x)]
        return before[-1] if before else None

    def _relative_head(self, m: Ment) -> Ment | None:
        """The name a relative clause hangs on in the parse ("the X group, which
        said" is the group's, not the person named before it); None when the parse
        hangs it on no name."""
        toks = self.doc.tokens
        verb = toks[m.t0].head
        noun = toks[verb].head if verb is not None and toks[verb].dep == "acl:relcl" else None
        if noun is None:
            return None
        for x in self.mentions:
            if x.t0 <= noun < x.t1 and x.kind in ("name", "group") and x.label != "REL" \
                    and not self.inside_quote(x):
                return x
        return None

    def _authors(self, speakers: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The speakers a "he" or "she" can stand for: a thing that spoke ("X's
        memoir", "a post from X") stands for the person it names, if any, and is
        left out otherwise."""
        persons = self._by_surname
        out = []
        for offset, name in speakers:
            if not self._thing(name):
                out.append((offset, name))
                continue
            # (A possessive's ending follows an apostrophe in the languages we read.)
            words = [re.split(r"['’]", w.strip(".,"))[0].lower() for w in name.split()]
            author = next((persons[w] for w in words if w in persons), None)
            if author is not None:
                out.append((offset, self.complete(author)))
        return out

    def subject_like(self, x: Ment) -> bool:
        """Subject by the parse, first in its sentence, or right after the first verb."""
        toks = self.doc.tokens
        sent = self.doc.sentences[x.sent]
        if self._apposed_to_subject(x):
            return True  # "the agency's director, X, recommended …"; "his wife, X, called …"
        if not self.lang.verb_second:
            # Subject-verb order: the subject of the main clause (or of a verb of
            # saying), not a subject inside a reported clause ("X said Y's plan …").
            lead = toks[sent.token_start : x.t0]
            if all(t.upos in ("ADV", "CCONJ", "SCONJ", "PUNCT") for t in lead) and not self._modifier(x):
                return True
            return any(toks[t].dep == "nsubj" and self._main_or_report(toks[t].head) for t in range(x.t0, x.t1))
        # The parse may hang the subject on any word of the name or on a title
        # right before it ("XYZ-voorzitter Anouk Verbeek").
        own = [t for t in range(max(sent.token_start, x.t0 - 1), x.t1) if toks[t].dep == "nsubj"]
        heads = {toks[t].head for t in own}
        # A verb has one subject: when the parse gives it two persons, the first.
        people = {t for m in self.mentions if m.sent == x.sent and m.end <= x.start
                  and (m.label == "PER" or m.kind in ("pronoun", "role")) for t in range(m.t0 - 1, m.t1)}
        if any(t.dep == "nsubj" and t.head in heads and t.i in people
               for t in toks[sent.token_start : max(sent.token_start, x.t0 - 1)]):
            return False
        if own or x.t0 == sent.token_start:
            return True
        lead = toks[sent.token_start : x.t0]
        # A title written before the name is part of the subject ("Hoogleraar
        # Oost-Europese geschiedenis X, …, is …"): its field's words count with it.
        titled = bool(x.roles) and x.t0 - sent.token_start <= 4
        if all(t.upos in ("ADV", "CCONJ", "SCONJ", "PUNCT") or t.text.lower() in self.lang.role_nouns
               or titled and t.upos in ("ADJ", "NOUN", "DET") for t in lead):
            return True
        verbs = [t for t in lead if t.is_finite]
        # Verb second: a person's name right before the first finite verb closes the
        # fronted phrase, which then is the subject ("Voorzitter van de X-bond Y
        # heeft …"), unless the phrase opens with a preposition ("Volgens Y heeft …").
        if not verbs and x.label == "PER" and x.t1 < sent.token_end and toks[x.t1].is_finite \
                and lead and lead[0].upos in ("NOUN", "PROPN", "DET", "ADJ") \
                and not any(t.upos in ("SCONJ", "PRON", "PUNCT") for t in lead):
            return True
        # Right after the first verb, a title between them ("werd voorzitter X …").
        k = x.t0 - 1
        while k > sent.token_start and toks[k].text.lower() in x.roles:
            k -= 1
        return len(verbs) == 1 and verbs[0].i == k

    def _apposed_to_subject(self, x: Ment) -> bool:
        """A person's name set off in apposition to a common noun that is the subject
        of a main or reporting verb (not a party or a noun set beside a name: "X, a
        Democrat, said")."""
        toks = self.doc.tokens
        if x.label != "PER" or x.kind != "name":
            return False
        for t in range(x.t0, x.t1):
            head = toks[t].head
            if toks[t].dep == "appos" and head is not None and not x.t0 <= head < x.t1:
                # Set off by a comma: a title right before a name ("premier X") is
                # parsed as an apposition too, and says nothing of the subject.
                comma = any(toks[k].text == "," for k in range(min(head, x.t0), max(head, x.t0)))
                return comma and toks[head].dep == "nsubj" and toks[head].upos == "NOUN" \
                    and self._main_or_report(toks[head].head)
        return False

    def _modifier(self, x: Ment) -> bool:
        """A name that only modifies the noun after it ("X turnout: …"), by the parse."""
        last = self.doc.tokens[x.t1 - 1]
        return last.dep == "compound" and last.head is not None and last.head >= x.t1

    def _plural_subject_before(self, m: Ment) -> tuple[int, str] | None:
        """The nearest plural common-noun subject of a main or reporting verb in the
        pronoun's sentence or the one before, outside quotes: (start, its phrase as
        the parse gives it, up to the pronoun)."""
        toks = self.doc.tokens
        first = self.doc.sentences[max(0, m.sent - 1)].token_start
        for t in range(m.t0 - 1, first - 1, -1):
            tok = toks[t]
            if tok.dep != "nsubj" or tok.upos != "NOUN" or not tok.is_plural or tok.head is None \
                    or not self._main_or_report(tok.head) or any(a <= tok.start < b for a, b in self.quote_spans):
                continue
            # Its phrase as written ("her closest cousins", "aides of the mayor").
            t0 = modifiers_start(self.doc, t)
            t1 = min(modifiers_end(self.doc, t, self.lang), m.t0)
            return toks[t0].start, self.doc.text[toks[t0].start : toks[t1 - 1].end]
        return None

    def _plural_verb(self, m: Ment) -> bool:
        tok = self.doc.tokens[m.t0]
        if tok.head is None:
            return False
        head = self.doc.tokens[tok.head]
        return head.is_plural

    def _main_or_report(self, head: int | None) -> bool:
        """Whether a subject's head is the main verb (or conjoined to it) or a verb of saying."""
        if head is None:
            return True
        toks = self.doc.tokens
        tok = toks[head]
        if tok.dep in ("root", "conj"):
            return True
        if tok.lemma.lower() not in self.lang.cue_verbs:
            return False
        # A verb of saying inside a reported clause ("X claimed that Y wanted …") is
        # part of the report: its subject is not what the sentence is about.
        return all(toks[h].dep != "ccomp" or self._framed_quote_between(h) for h in (head, *heads_above(toks, head)))

    def _framed_quote_between(self, h: int) -> bool:
        """Whether a quotation stands between clause ``h`` and the verb the parse makes
        it the complement of ('X declared …: "…," she said'): the clause is narration
        before the quote, not words the later verb reports."""
        toks = self.doc.tokens
        verb = toks[h].head
        return verb is not None and verb > h and any(
            toks[h].end <= a and b <= toks[verb].start for a, b in self.quote_spans)


def _strip_article(text: str, lang: Language) -> str:
    words = text.split()
    if len(words) > 1 and words[0].lower() in lang.definite_articles:
        return " ".join(words[1:]) if words[1][:1].isupper() else text
    return text


def _sent_of(doc: Doc, offset: int) -> int:
    for s in doc.sentences:
        if s.start <= offset < s.end or s.start >= offset:
            return s.i
    return len(doc.sentences) - 1


def attribute(doc: Doc, mentions: list[Ment], cands: list[Candidate], lang: Language, *,
              weights: dict[str, float] | None = None,
              trace: list[dict] | None = None) -> list[tuple[Candidate, str | None, str]]:
    """(candidate, speaker name, evidence) for every candidate, in text order.

    ``weights``: the ranker's (``rank.default_weights()`` unless given);
    ``trace``: a list that receives every ranked decision (for training)."""
    res = Resolver(doc, mentions, cands, lang, weights=weights, trace=trace)
    speakers: list[tuple[int, str]] = []  # (offset, name) of resolved quotes so far
    out: list[tuple[Candidate, str | None, str]] = []
    last_para = -1
    last_name: str | None = None
    for cand in sorted(cands, key=lambda c: c.start):
        name, how = None, cand.how
        para = doc.sentences[cand.sent].paragraph if doc.sentences else 0
        if cand.speaker is not None:
            name, extra = res.resolve(cand.speaker, speakers=speakers)
            how = f"{how}; {extra}" if extra else how
        if name is None and cand.type == "direct":
            name, how = discourse(doc, res, cand, speakers, last_name, last_para)
            recent = bool(speakers) and recent_quote(doc, res, cand, speakers)
            name, how = res.ranked("discourse", cand.start, cand.sent, name, how,
                                   speakers=speakers, recent=recent)
        if name is None and cand.speaker is None and out and out[-1][0].sent == cand.sent and out[-1][1]:
            # "X heeft gezegd dat …, maar stelde als eis dat …": the elided subject.
            name, how = out[-1][1], f"shares the subject of the previous report ({out[-1][1]})"
        if name is None and cand.speaker is not None and cand.speaker.kind != "pronoun":
            # An unresolved pronoun ("ik", "die") is no name: no speaker is more honest.
            name = cand.speaker.text
        if name is not None:
            speakers.append((cand.start, name))
            if not _aside(doc, cand, out):
                last_name, last_para = name, para
        out.append((cand, name, how))
    return out


def _aside(doc: Doc, cand: Candidate, out: list[tuple[Candidate, str | None, str]]) -> bool:
    """Whether ``cand`` is a report in a subordinate clause of the sentence that just
    quoted someone in marks ('"A," X assured Y, after Y told X that B. "C"'): the
    floor stays with the quoted speaker, so a quote after it continues theirs."""
    if cand.type == "direct" or cand.cue is None or not out or out[-1][0].type != "direct" \
            or out[-1][0].sent != cand.sent or not out[-1][1]:
        return False
    s = doc.sentences[cand.sent]
    cue = token_starting(doc.tokens, s.token_start, s.token_end, cand.cue.start)
    return cue is not None and doc.tokens[cue].dep in ("advcl", "acl", "acl:relcl")

