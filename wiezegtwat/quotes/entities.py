"""Entity spans repaired by rule: where the tagger's names begin and end.

The backend's entity spans are the starting point; these functions mend what
taggers get wrong on news text (measured for Frog in ../shared/notes/frog.md):
spans that start on a function word or run over a verb, comma or coordinator,
particles and first names tagged apart from their surname, names cut at a hyphen
or apostrophe. Also the tests of role and person nouns the repairs rely on.
"""

from __future__ import annotations

import re

from ..lang import Language
from ..records import Doc, Token, heads_above

DASHES = ("-", "–", "—", "―")


def _cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _is_name_token(tok: Token) -> bool:
    return tok.upos == "PROPN"


def _is_particle(tok: Token, lang: Language) -> bool:
    return tok.text.lower() in lang.name_particles


def _glued(a: Token, b: Token) -> bool:
    """No space between two tokens ("D", "'", "Alema" of one surname)."""
    return a.end == b.start


def _ner_spans(doc: Doc, lang: Language) -> list[tuple[int, int, str]]:
    """The backend's entity spans, repaired by rule (not by example).

    A name never holds a verb or a comma (a tagger that runs two names
    together across "zou" or "heeft" made two entities of them), nor a person's
    name a coordinator ("X en Y"); a name
    never ends on a particle or preposition (the next capitalised word is
    its tail: "Forum voor X"); particles and capitalised words glued on
    either side belong to it ("Ans van X", "Koen De X", "D'X").
    """
    toks = doc.tokens
    raw: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        tag = toks[i].ner
        if not tag.startswith("B-"):
            i += 1
            continue
        label, j = tag[2:], i + 1
        while j < len(toks) and toks[j].ner == f"I-{label}" and toks[j].sent == toks[i].sent:
            j += 1
        raw.append((i, j, label))
        i = j
    raw = _merge_multiword(doc, raw, lang)
    out: list[tuple[int, int, str]] = []
    for i, j, label in raw:
        piece = i
        for k in range(i, j + 1):
            # (Nor does a person's name hold a coordinator: "X Y en Z" are two people.)
            if k == j or toks[k].is_verb and not _cap(toks[k].text) or toks[k].text in ",;:()\"" \
                    or label == "PER" and (toks[k].upos == "CCONJ" or toks[k].text == lang.and_word):
                if k > piece:
                    out.append((piece, k, label))
                piece = k + 1
    fixed: list[tuple[int, int, str]] = []
    for i, j, label in out:
        i, j, label = _grow_name(doc, i, j, label, lang)
        if fixed and i < fixed[-1][1]:
            continue  # an entity the previous name grew over is part of that name
        fixed.append((i, j, label))
    return fixed


def _merge_multiword(doc: Doc, spans: list[tuple[int, int, str]], lang: Language) -> list[tuple[int, int, str]]:
    """Entity spans that cut through one multiword name of the parse (tokens
    tied to their head by the name relation) are joined to cover it, so
    "Marieke van der | Laan" tagged as two entities is one name. A person
    label wins over the others; a role word in front stays a title."""
    toks = doc.tokens
    group = list(range(len(toks)))
    for t in toks:
        h = t.head
        if t.dep == "flat" and h is not None and abs(h - t.i) <= 4 and toks[h].sent == t.sent:
            lo, hi = min(h, t.i), max(h, t.i)
            if all(_cap(toks[x].text) or _is_particle(toks[x], lang) for x in range(lo, hi + 1)):
                for x in range(lo, hi + 1):
                    group[x] = group[lo]
    def joins(k: int, label: str) -> bool:
        other = toks[k].ner[2:]
        if toks[k].ner == "O" or other == label:
            return True
        # Frog's uncertain labels (PRO, MISC) join a name, but an acronym
        # ("ABVV") is an organisation of its own.
        return bool({label, other} & {"PRO", "MISC"}) and not toks[k].text.isupper()

    # A capitalised particle tagged apart is no name of its own: it opens the one the
    # parse ties it to, whatever label that one got ("Van | Dijk", PER and LOC).
    # So is a first name tagged apart from the surname the parse ties it to ("Peter" PER,
    # "X" ORG): a dictionary first name is a person's.
    glued: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        # (Mid-sentence a capital particle is a surname's, tie or no tie: "X De | Y".)
        if glued and glued[-1][1] == i and toks[i].sent == toks[glued[-1][0]].sent:
            p0 = glued[-1][0]
            tie = group[i] == group[i - 1]
            mid = p0 > doc.sentences[toks[p0].sent].token_start and all(_cap(toks[x].text) for x in range(p0, i))
            particles = all(_is_particle(toks[x], lang) for x in range(p0, i))
            first = glued[-1][2] == "PER" and all(lang.first_name_gender(toks[x].text) for x in range(p0, i))
            if particles and (tie or mid) or first and tie:
                _, _, plabel = glued.pop()
                i, label = p0, "PER" if "PER" in (label, plabel) else label
        glued.append((i, j, label))
    merged: list[tuple[int, int, str]] = []
    for i, j, label in glued:
        while i > 0 and group[i - 1] == group[i] and joins(i - 1, label) and joins(i, toks[i - 1].ner[2:] or label):
            i -= 1
        while j < len(toks) and group[j] == group[j - 1] and joins(j, label) and joins(j - 1, toks[j].ner[2:] or label):
            j += 1
        while j - i > 1 and is_role_word(toks[i].text, lang):
            i += 1  # "Gedeputeerde X Y": the title is attached later
        if j - i == 1 and is_role_word(toks[i].text, lang) and "-" not in toks[i].text:
            continue  # a capitalised title tagged as an entity of its own
        if j < len(toks) and re.fullmatch(r"[A-Z]", toks[j - 1].text) and toks[j].text == "." \
                and _glued(toks[j - 1], toks[j]):
            j += 1  # "Karel V."
        if merged and i < merged[-1][1]:
            p0, p1, plabel = merged[-1]
            if label == plabel or {label, plabel} & {"PRO", "MISC"} and not toks[i].text.isupper() \
                    and not toks[p0].text.isupper():
                merged.pop()
                label = "PER" if "PER" in (label, plabel) else plabel
                i = min(i, p0)
            else:  # two entities of different kinds stay two: "ORG | Name Surname"
                i = max(i, p1)
                if i >= j:
                    continue
        merged.append((i, j, label))
    return merged


def _grow_name(doc: Doc, i: int, j: int, label: str, lang: Language) -> tuple[int, int, str]:
    toks = doc.tokens
    sent = toks[i].sent
    tagged_end = j

    def ok(k: int) -> bool:
        return 0 <= k < len(toks) and toks[k].sent == sent

    # Backwards: an elided particle glued on ("D'|X", "O'|X") is the name's first piece.
    if ok(i - 2) and toks[i - 1].text in ("'", "’") and len(toks[i - 2].text) == 1 and toks[i - 2].text.isupper() \
            and _glued(toks[i - 2], toks[i - 1]) and _glued(toks[i - 1], toks[i]):
        i -= 2
    # Backwards: a capitalised proper word before a particle that starts the span.
    if _is_particle(toks[i], lang) and ok(i - 1) and _cap(toks[i - 1].text) and _is_name_token(toks[i - 1]):
        i -= 1
    # Backwards: a lone surname keeps the first name the tagger left out of the entity
    # (tagged foreign or proper but not part of the name): a word of the first-name
    # dictionary, never a function word ("Dan", "Will" as adverb or auxiliary).
    elif label == "PER" and j - i == 1 and ok(i - 1) and toks[i - 1].ner == "O" \
            and toks[i - 1].upos in ("PROPN", "X") and _cap(toks[i - 1].text) \
            and not _is_particle(toks[i - 1], lang) and lang.first_name_gender(toks[i - 1].text):
        i -= 1
    # Forwards: a lone first name (of the dictionary; the backward rules above leave a
    # one-word span only when they did nothing) takes the capitalised word after it
    # that the tagger gave another tag ("Anouk Zwart", the surname read as an adjective).
    if label == "PER" and j - i == 1 and ok(j) and _cap(toks[j].text) and lang.first_name_gender(toks[i].text) \
            and toks[j].ner in ("O", "B-MISC") and toks[j].upos in ("PROPN", "X", "ADJ", "NOUN") \
            and not is_role_word(toks[j].text, lang) and toks[j].text not in lang.not_names:
        j += 1
    # Forwards: particles then a capitalised word ("De Smet", "van der Veen").
    # A lowercase "van" after a full name starts an affiliation ("X Y van de
    # Partij"), so lowercase particles extend only a lone first name.
    k = j
    while ok(k) and _is_particle(toks[k], lang) and k - j < 3:
        k += 1
    capital_particles = all(_cap(toks[x].text) for x in range(j, k))
    if k > j and ok(k) and label == "PER" and _cap(toks[k].text) and not toks[k].is_verb and (
        capital_particles or j - i == 1 and toks[k].ner in ("O", "B-PER", "I-PER")
    ):
        j = k + 1
    # A span never ends on a lowercase function word: an organisation's tail
    # follows it ("Bond voor X"); a person's name simply stops before it.
    while j - i > 1 and not _cap(toks[j - 1].text) and not toks[j - 1].text[:1].isdigit() \
            and toks[j - 1].text != ".":  # the point of an initial ("Karel V.") stays
        if label == "ORG" and ok(j) and _cap(toks[j].text) and not toks[j].is_verb:
            j += 1
            break
        j -= 1
    # One written word may be several tokens ("D" "'" "Alema"): a name's last word
    # keeps its glued pieces, and a person's name takes a next word that is one
    # such compound ("X D'Alema", "X O'Brien").
    # A word cut short before a coordinator shares its tail with the next one: the
    # name runs on to it ("Commissie voor het Bank- en Verzekeringswezen").
    if ok(j + 1) and _shares_tail(toks, j) and _cap(toks[j + 1].text):
        j += 2
    end = _compound_word_end(toks, j - 1, sent, tagged_end)
    if end == j and label == "PER" and ok(j):
        nxt = _compound_word_end(toks, j, sent)
        if nxt > j + 1 and len(toks[j].text) == 1 and toks[j].text.isupper():
            end = nxt
    return i, max(j, end), label


def _shares_tail(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a coordinator after a word cut short by a hyphen ("Bank- en
    Verzekeringswezen", "land- en tuinbouw"): what follows finishes that word too."""
    return 0 < k < len(toks) - 1 and toks[k].upos == "CCONJ" and len(toks[k - 1].text) > 2 \
        and toks[k - 1].text.endswith("-") and toks[k + 1].sent == toks[k].sent


def _compound_word_end(toks: list[Token], k: int, sent: int, tagged_end: int = 0) -> int:
    """The end of the written word token ``k`` belongs to, when it continues with an
    apostrophe or hyphen and a capitalised piece, all without spaces; else k + 1.
    Inside the tagger's entity (before ``tagged_end``) a lowercase piece is part of
    the name too: hyphenated given names are written so in several languages."""
    e = k + 1
    while e + 1 < len(toks) and toks[e + 1].sent == sent and toks[e].text in ("'", "’", "-") \
            and _glued(toks[e - 1], toks[e]) and _glued(toks[e], toks[e + 1]) and (
                _cap(toks[e + 1].text) or e + 1 < tagged_end and toks[e + 1].text.isalpha()):
        e += 2
    return e


def _split_spans(doc: Doc, spans: list[tuple[int, int, str]], lang: Language) -> list[tuple[int, int, str]]:
    """Tagger spans the parse shows to be two phrases: the words of a span hang on
    two different words outside it ("minister van [Buitenlandse Zaken] [X Y]": the
    ministry on "van", the name on "minister"). The second part apposed to a role
    noun is a person's name."""
    toks = doc.tokens
    out = []
    for i, j, label in spans:
        # A free-standing dash ends a name ("CITY – X Y" run together by the tagger);
        # the words after it are the name, typed again by the later passes.
        dash = next((k for k in range(i + 1, j - 1) if toks[k].text in DASHES
                     and not _glued(toks[k - 1], toks[k]) and not _glued(toks[k], toks[k + 1])), None)
        if dash is not None:
            out += [(i, dash, label), (dash + 1, j, label)]
            continue
        # A preposition in lower case that is no name particle parts two people the
        # tagger ran together ("liet X aan Y weten").
        prep = next((k for k in range(i + 1, j - 1) if label == "PER" and toks[k].upos == "ADP"
                     and toks[k].text.islower() and toks[k].text not in lang.name_particles
                     and _cap(toks[k - 1].text) and _cap(toks[k + 1].text)), None)
        if prep is not None:
            out += [(i, prep, label), (prep + 1, j, label)]
            continue
        outside = [t for t in range(i, j) if not _inside(toks[t].head, i, j)]
        if len(outside) == 2 and toks[outside[0]].head != toks[outside[1]].head:
            b = outside[1]
            part = [t for t in range(i, j) if _under(toks, t, b, i, j)]
            # Only where a common word ends the first phrase and a name of two words or
            # more follows: two parts of one person's name may hang apart in a bad parse.
            if len(part) >= 2 and part[0] > outside[0] and part == list(range(part[0], j)) \
                    and _cap(toks[part[0]].text) and toks[part[0] - 1].upos != "PROPN":
                head = toks[b].head
                person = toks[b].dep == "appos" and head is not None and is_person_noun(toks[head].text, lang)
                out += [(i, part[0], label), (part[0], j, "PER" if person else label)]
                continue
        out.append((i, j, label))
    return out


def _inside(k: int | None, i: int, j: int) -> bool:
    return k is not None and i <= k < j


def _under(toks: list[Token], t: int, top: int, i: int, j: int) -> bool:
    """Whether token ``t``'s chain of heads inside span [i, j) reaches ``top``."""
    for x in (t, *heads_above(toks, t)):
        if x == top or not i <= x < j:
            return x == top
    return False


def _role_compound(word: str, lang: Language) -> bool:
    """"XYZ-leider", "ABC-econoom": an organisation glued to a role noun."""
    if "-" not in word or not word[:1].isupper():
        return False
    head = word.rsplit("-", 1)[1].lower()
    return head in lang.role_nouns or any(head.endswith(x) for x in lang.role_compound_heads)


def is_role_word(word: str, lang: Language) -> bool:
    w = word.lower()
    if w in lang.role_nouns:
        return True
    if "-" in w and w.rsplit("-", 1)[1] in lang.role_nouns:
        return True  # "ABC-econoom", "XYZ-leider"
    return any(w.endswith(s) and len(w) > len(s) + 2 for s in lang.role_suffixes)


def is_person_noun(word: str, lang: Language) -> bool:
    """A noun that denotes a person: a role noun, a general person noun
    ("vrouw", "buurman"), or a compound or derivation ending in one."""
    w = word.lower()
    if is_role_word(w, lang) or w in lang.person_nouns:
        return True
    return any(w.endswith(n) and len(w) > len(n) + 2 for n in lang.person_nouns if len(n) >= 3) \
        or w.endswith(lang.person_suffixes)
