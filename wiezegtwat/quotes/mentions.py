"""Mentions of possible sources: names, pronouns, role and group descriptions.

Frog's NER is the starting point; we repair what it gets wrong on news text
(measured in ../shared/notes/frog.md): sentence-initial surnames tagged
SPEC(vreemd)/O, names tagged LOC, spans that start on a function word, and
names Frog never tagged at all but that the article uses elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lang import Language
from ..records import Doc, Token, heads_above, subtree
from .entities import (
    DASHES,
    _cap,
    _glued,
    _is_name_token,
    _ner_spans,
    _role_compound,
    _shares_tail,
    _split_spans,
    is_person_noun,
    is_role_word,
)


@dataclass
class Ment:
    """A source mention inside one article (token range [t0, t1))."""

    t0: int
    t1: int
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | role | group | org
    label: str  # PER | ORG | LOC | GRP | UNK
    sent: int
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    members: list[Ment] = field(default_factory=list)  # for "A en B"
    chain: int | None = None
    name: str | None = None  # resolved most complete name
    how: str = ""  # how the name was resolved (evidence)
    titles: Ment | None = None  # the name a coordinated title stands before ("econoom en schrijver X")


def surname_key(name: str) -> str:
    """Lower-cased last word of a name (the key names are grouped by)."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while len(words) > 1 and re.fullmatch(r"[A-Z]\.", words[-1]):
        return " ".join(words).lower()  # "Karel V." keeps its initial: it is the key
    return words[-1].lower().strip(".,") if words else ""


def modifiers_end(doc: Doc, k: int, lang: Language | None = None) -> int:
    """Where the phrases after noun ``k`` that modify it end, by the parse: a
    prepositional phrase ("a survey of X"), a participle ("a memo written for X"),
    an adjective with its complement ("an aide loyal to X"), a noun coordinated
    with it ("aides and donors") — the description as written (GUIDELINES) — but
    no relative clause, apposition, comma or quotation mark, nor a phrase of time
    the parse hung on the noun ("the campaign on Monday"; a day or month is one of
    ``lang.not_names``)."""
    toks = doc.tokens
    sent = doc.sentences[toks[k].sent]
    end = k + 1
    for d in toks[k + 1 : sent.token_end]:
        # (A preposition hung on the noun heads its own phrase where the parse keeps
        # that shape, as spaCy's English does: "a spokesman for X".)
        if d.head != k or d.dep not in ("nmod", "acl", "amod", "conj") and not (d.dep == "case" and d.upos == "ADP"):
            continue
        tree = subtree(toks, d.i, sent.token_start, sent.token_end)
        # "an adviser to X, who …", "leaders of X who …": the relative clause or
        # apposition is the name's; the phrase ends before it. So does a participle or
        # adjective phrase at its first comma ("voters interviewed at X, including Y,").
        relative = [subtree(toks, t, sent.token_start, sent.token_end)[0] for t in tree if toks[t].dep == "acl:relcl"]
        stop = min([t for t in tree if toks[t].text == ","] + relative, default=-1)
        cut = stop >= 0 and d.upos in ("ADP", "VERB", "ADJ") and tree[: tree.index(stop)] == list(range(tree[0], stop))
        if cut:
            tree = tree[: tree.index(stop)]
        # (spaCy hangs the "and" of "reporters and editors" on the first noun.)
        if d.dep == "conj" and tree[0] == end + 1 and toks[end].upos == "CCONJ" and toks[end].head == k:
            tree = [end, *tree]
        # (A noun the parse hangs on it without a preposition is another phrase.)
        if tree[0] != end or d.dep == "nmod" and toks[tree[0]].upos != "ADP" or d.dep == "case" and len(tree) < 2 \
                or d.dep == "conj" and (toks[tree[0]].upos != "CCONJ" or d.upos not in ("NOUN", "PROPN")) \
                or any(toks[t].upos == "PUNCT" and not _in_word(toks, t) for t in tree) \
                or d.dep == "case" and lang is not None and any(
                    t.head == d.i and t.text in lang.not_names and t.upos == "PROPN" for t in toks[d.i + 1 : tree[-1] + 1]):
            break
        end = tree[-1] + 1
        if cut:
            break
    return end


def head_noun(doc: Doc, m: Ment, lang: Language) -> int:
    """The token of a description's own noun: the last before its "van" phrase
    ("de directeur van de havens" is one director, not the havens)."""
    for k in range(m.t0 + 1, m.t1 - 1):
        if doc.tokens[k].text.lower() in lang.of_prepositions:
            return k - 1
    return m.t1 - 1


def _in_word(toks: list[Token], t: int) -> bool:
    """A hyphen or slash glued to the words on both sides ("caucus-goers")."""
    return toks[t].text in ("-", "/") and 0 < t < len(toks) - 1 \
        and _glued(toks[t - 1], toks[t]) and _glued(toks[t], toks[t + 1])


def modifiers_start(doc: Doc, k: int) -> int:
    """Where the words before noun ``k`` that belong to its phrase start, by the
    parse: its article, adjectives, compounds and possessor ("the Harbour campaign",
    "Ann Lee's campaign")."""
    toks = doc.tokens
    start = k
    while start > 0 and toks[start - 1].sent == toks[k].sent and toks[start - 1].upos != "PUNCT" \
            and k in heads_above(toks, start - 1):
        start -= 1
    return start


def find_mentions(doc: Doc, lang: Language) -> list[Ment]:
    """All source mentions of the document, sorted by position."""
    names = _names(doc, lang)
    # Persons the tagger typed otherwise count as known persons before their
    # surnames are looked for alone ("host Ann Vos" tagged ORG … "Vos added").
    _retype_personal(doc, names, lang)
    known = {surname_key(m.text) for m in names if m.label == "PER"}
    for m in names:
        # A surname alone that the tagger took for a place or organisation, where the
        # article named a person with it ("Betsy X … X said"), is that person.
        if m.label != "PER" and m.t1 - m.t0 == 1 and surname_key(m.text) in known:
            m.label = "PER"
    unmarked = _unmarked_names(doc, names, known, lang)
    _retype_personal(doc, unmarked, lang)
    names = _headline_names(doc, _without_headings(doc, sorted(names + unmarked, key=lambda m: m.t0)))
    _attach_titles_and_appositions(doc, names, lang)
    out = list(names)
    taken: set[int] = set()
    for m in names:
        taken.update(range(m.t0, m.t1))
    persons = {t for m in names if m.label == "PER" for t in range(m.t0, m.t1)}
    out += _descriptions(doc, taken, persons, lang)
    out += _pronouns(doc, taken, lang)
    out = _coordinations(doc, sorted(out, key=lambda m: m.t0), lang)
    out = _coordinated_titles(doc, out, lang)
    dateline = find_dateline(doc)
    out = [m for m in out if not dateline[0] <= m.t0 < dateline[1]]
    return sorted(out, key=lambda m: (m.t0, -(m.t1 - m.t0)))


def _coordinated_titles(doc: Doc, mentions: list[Ment], lang: Language) -> list[Ment]:
    """A title written right before a name is that person's, also with its field
    ("minister van Verkeer X") or joined to a second title ("econoom en schrijver
    X", "economist and author X")."""
    toks = doc.tokens
    names = {m.t0: m for m in mentions if m.kind == "name" and m.label == "PER"}
    for m in mentions:
        k = m.t1
        # A title with its field runs up to the name ("minister van Verkeer X"): X's.
        if m.kind == "role" and k in names and toks[k].sent == m.sent:
            m.titles = names[k]
        elif m.kind == "role" and k + 1 < len(toks) and toks[k].upos == "CCONJ" and toks[k].sent == m.sent:
            j = k + 1
            while j < len(toks) and j - k <= 4 and toks[j].sent == m.sent and j not in names and (
                    is_role_word(toks[j].text, lang) or toks[j].upos == "ADJ" or toks[j].is_article):
                j += 1
            if j in names and j > k + 1 and is_role_word(toks[j - 1].text, lang):
                names[j].roles.append(toks[m.t1 - 1].text.lower())
                m.titles = names[j]
    return mentions


def find_dateline(doc: Doc) -> tuple[int, int]:
    """The token range of a dateline opening a paragraph ("CITY (Agency) –", "CITY –"):
    a place in capitals and the agency that filed the story are no sources."""
    toks = doc.tokens
    # A paragraph's first token is its first sentence's (one pass, not a scan per paragraph).
    openers: dict[int, int] = {}
    for sent in doc.sentences:
        openers.setdefault(sent.paragraph, sent.token_start)
    for first in openers.values():
        if not (toks[first].text.isupper() and len(toks[first].text) > 1):
            continue
        for k in range(first + 1, min(first + 10, len(toks))):
            if toks[k].text in DASHES:
                return first, k
            # (A date may stand in it: "CITY, Month 19 (Agency) –".)
            if not (toks[k].text.isupper() or toks[k].text in "(),." or toks[k].text[:1].isupper()
                    or toks[k].text.isdigit()):
                break
    return 0, 0


def _span(doc: Doc, t0: int, t1: int, kind: str, label: str) -> Ment:
    toks = doc.tokens
    start, end = toks[t0].start, toks[t1 - 1].end
    return Ment(t0, t1, start, end, doc.text[start:end], kind, label, toks[t0].sent)


def _names(doc: Doc, lang: Language) -> list[Ment]:
    """NER spans of type PER and ORG (and LOC, kept for metonymic speakers)."""
    out: list[Ment] = []
    toks = doc.tokens
    for i, j, label in _split_spans(doc, _ner_spans(doc, lang), lang):
        # Frog sometimes starts a name on the word before it ("als Kramer").
        while i < j and not _cap(toks[i].text) and toks[i].text not in lang.name_particles:
            i += 1
        # A headline in title case glues name and verb ("Smith Says He …"): a
        # cue verb's form ends the name.
        j = next((k for k in range(i + 1, j - 1) if toks[k].is_verb and toks[k].text.lower() in lang.cue_forms), j)
        # An initial after a name belongs to it ("Karel V.").
        if j < len(toks) and re.fullmatch(r"[A-Z]\.", toks[j].text) and toks[j].sent == toks[i].sent:
            j += 1
        # A role compound glued in front ("XYZ-leider Anouk Verbeek") is a title;
        # a span that is only a role compound ("ABC-econoom") is a role.
        if j - i > 1 and _role_compound(toks[j - 1].text, lang) and not _role_compound(toks[i].text, lang):
            role = _span(doc, i, j, "role", "PER")
            role.affiliation = doc.text[toks[i].start : toks[j - 1].end].rsplit("-", 1)[0]
            out.append(role)
            continue
        # A word of origin alone is a person described by it ("de Fin") — unless a
        # person named before has it as surname ("Mark Cuban … Cuban said").
        if j - i == 1 and _is_demonym(toks[i], lang) and not any(
                m.label == "PER" and m.kind == "name" and m.text.split()[-1] == toks[i].text for m in out):
            out.append(_span(doc, i, j, "role", "PER"))
            continue
        i0 = k = i
        while k < j and _role_compound(toks[k].text, lang):
            k += 1
        if k > i:
            role = _span(doc, i, k, "role", "PER")
            role.affiliation = toks[k - 1].text.rsplit("-", 1)[0].split()[-1]
            if k == j:
                if i > 0 and toks[i - 1].text.lower() in lang.articles and toks[i - 1].sent == toks[i].sent:
                    role = _span(doc, i - 1, k, "role", "PER")
                    role.affiliation = toks[k - 1].text.rsplit("-", 1)[0].split()[-1]
                out.append(role)
                continue
            i = k
        if label == "PER":
            # "Kees Bakker van TransportPlus": a full name, then its organisation.
            for v in range(i + 2, j - 1):
                if toks[v].text in lang.affiliation_prepositions and _cap(toks[v + 1].text) and _cap(toks[v - 1].text) \
                        and _cap(toks[i].text) and toks[v + 1].text.lower() not in lang.name_particles:
                    j = v
                    break
        if i < j and label in ("PER", "ORG", "LOC", "MISC"):
            # An adjective ("Dutch", "American") is no name, whatever its entity tag.
            if not (toks[i].upos == "ADJ" and (label == "LOC" or label == "MISC" and j - i == 1)):
                out.append(_span(doc, i, j, "name", label))
                if k > i0:  # "XYZ-leider Anouk Verbeek" in one NER span: the title is a role
                    out[-1].roles.append(toks[k - 1].text.lower())
    # "XYZ-leider Anouk Verbeek": a role compound right before a name is its title.
    for r, n in zip(out, out[1:], strict=False):
        if r.kind == "role" and n.kind == "name" and n.t0 == r.t1:
            n.roles.append(r.text.lower())
            n.affiliation = n.affiliation or r.affiliation
            r.kind = "drop"
    out = [m for m in out if m.kind != "drop" and not _no_name_word(doc, m)]
    out = _two_people_run_together(doc, out, lang)
    for m in out:
        # A single word in capitals ("NAVO", a headline's "LIVE") is no person.
        if m.kind == "name" and m.label == "PER" and m.t1 - m.t0 == 1 and m.text.isupper() and len(m.text) > 1:
            m.label = "ORG"
        # "Jansen IV" is a cabinet, not a person.
        if m.kind == "name" and re.fullmatch(r"[IVX]+", m.text.split()[-1]) and len(m.text.split()) > 1:
            m.label = "ORG"
        # "Vereniging van Bakkers", "Forum voor X": an organisation name keeps its
        # prepositional part when capitalised words follow.
        if m.kind == "name" and (m.label == "ORG" or m.label == "MISC" and _cap(m.text)):
            j = m.t1
            if j + 1 < len(toks) and toks[j].text in lang.name_prepositions and toks[j].sent == m.sent:
                k = j + 1
                if k < len(toks) and toks[k].text.lower() in lang.definite_articles:
                    k += 1
                e = k
                while e < len(toks) and toks[e].sent == m.sent and e - k < 4 and (
                        _cap(toks[e].text) or _shares_tail(toks, e) and _cap(toks[e + 1].text)):
                    e += 1
                if e > k:
                    ext = _span(doc, m.t0, e, "name", "ORG")
                    m.t1, m.end, m.text, m.label = ext.t1, ext.end, ext.text, "ORG"
    # A LOC or MISC whose surname the article also uses as a person is a person.
    persons = {surname_key(m.text) for m in out if m.label == "PER" and m.kind == "name"}
    for m in out:
        # (A title in title case that ends on a person's name, "X Says Y On Anna Z", is no name.)
        if m.label in ("LOC", "MISC") and surname_key(m.text) in persons and m.t1 - m.t0 <= 4 \
                and not any(t.upos in ("PRON", "ADP", "AUX", "VERB") and t.text not in lang.name_particles
                            for t in toks[m.t0 : m.t1]):
            m.label = "PER"
        if m.label == "MISC":
            m.label = "UNK"
    # MISC/PRO spans on common nouns ("NAVO-lidmaatschap") are no sources.
    out = [m for m in out if not (m.label == "UNK" and doc.tokens[m.t0].upos == "NOUN")]
    return out


# Universal parts of speech of closed word classes: a word the tagger reads as one
# of these is a function word, whatever its entity tag.
CLOSED_CLASSES = frozenset({"PRON", "DET", "AUX", "ADP", "SCONJ", "CCONJ", "INTJ", "PART"})


def _without_headings(doc: Doc, names: list[Ment]) -> list[Ment]:
    """The names less those of several words in a heading: a sentence of two words
    or more written wholly in capitals ("SECTION SUMMARY", "READER NOTE"), which
    taggers read as names, names no one who speaks — unless the text writes one of
    its words as a name ("M. VELT" over a chapter about Velt). One word in capitals
    is an acronym (see ``_names``)."""
    words: dict[int, list[str]] = {}
    for t in doc.tokens:
        if any(c.isalpha() for c in t.text):
            words.setdefault(t.sent, []).append(t.text)
    headings = {s for s, ws in words.items() if len(ws) >= 2 and all(w.isupper() for w in ws)}
    if not headings:
        return names
    toks = doc.tokens
    written = {t.text for t in toks if t.sent not in headings and t.text[:1].isupper() and not t.text.isupper()}
    return [m for m in names if not (m.sent in headings and m.t1 - m.t0 > 1 and not any(
        t.text.title() in written for t in toks[m.t0 : m.t1] if len(t.text) > 2))]


def _two_people_run_together(doc: Doc, names: list[Ment], lang: Language) -> list[Ment]:
    """Split a two-word person name right after a finite verb whose words the
    article also uses alone, each as a name, when the first is no known first name:
    in verb-second order a subject and an object meet ("Gisteren feliciteerde X Y
    met …") and the tagger reads one name."""
    alone = {m.text for m in names if m.kind == "name" and m.t1 - m.t0 == 1 and m.label in ("PER", "UNK")}
    out: list[Ment] = []
    toks = doc.tokens
    for m in names:
        first, last = toks[m.t0].text, toks[m.t1 - 1].text
        after_verb = m.t0 > 0 and toks[m.t0 - 1].is_finite and toks[m.t0 - 1].sent == m.sent
        if m.kind == "name" and m.label == "PER" and m.t1 - m.t0 == 2 and after_verb \
                and first in alone and last in alone and not lang.first_name_gender(first):
            out += [_span(doc, m.t0, m.t0 + 1, "name", "PER"), _span(doc, m.t0 + 1, m.t1, "name", "PER")]
        else:
            out.append(m)
    return out


def title_case(toks: list[Token]) -> bool:
    """A sentence written in title case: three or more words of four letters or
    more, every one capitalised."""
    words = [t.text for t in toks if len(t.text) >= 4 and t.text.isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() for w in words)


def _headline_names(doc: Doc, names: list[Ment]) -> list[Ment]:
    """Cut a name in a title-case line to the longest start of it that the article
    writes as a name in plain sentences: in a headline every word is capitalised,
    so the tagger runs a name on into the words after it ("X Y Slams Z")."""
    titled = {s.i for s in doc.sentences if title_case(doc.tokens[s.token_start : s.token_end])}
    plain = {m.text for m in names if m.sent not in titled and m.kind == "name"}
    for m in names:
        if m.sent not in titled or m.kind != "name" or m.t1 - m.t0 < 3 or m.text in plain:
            continue
        for end in range(m.t1 - 1, m.t0, -1):
            cut = _span(doc, m.t0, end, "name", m.label)
            if cut.text in plain:
                m.t1, m.end, m.text = cut.t1, cut.end, cut.text
                break
    return names


def _no_name_word(doc: Doc, m: Ment) -> bool:
    """A one-word name the tagger also reads as a function word (a capitalised
    pronoun or auxiliary opening a sentence), or without any capital (a name
    particle alone): entity taggers mark such words on old or informal text."""
    if m.kind != "name" or m.t1 - m.t0 != 1:
        return False
    return doc.tokens[m.t0].upos in CLOSED_CLASSES or not any(c.isupper() for c in m.text)


def _unmarked_names(doc: Doc, names: list[Ment], known: set[str], lang: Language) -> list[Ment]:
    """Proper-noun runs Frog left untagged (often sentence-initial surnames)."""
    taken: set[int] = set()
    for m in names:
        taken.update(range(m.t0, m.t1))
    out: list[Ment] = []
    toks = doc.tokens
    i = 0
    while i < len(toks):
        tok = toks[i]
        if i in taken or not _cap(tok.text) or tok.text in lang.not_names or _role_compound(tok.text, lang) \
                or is_role_word(tok.text, lang) and "-" not in tok.text or tok.upos == "ADJ" and not _surname_alone(toks, i, known):
            i += 1
            continue
        first_in_sentence = i == doc.sentences[tok.sent].token_start
        proper = _is_name_token(tok) or tok.upos == "X"
        if not proper or (first_in_sentence and tok.text.lower() not in known and not _is_name_token(tok)):
            # Sentence-initial capitals are names only when the article knows them.
            if tok.text.lower() not in known:
                i += 1
                continue
        j = i + 1
        while j < len(toks) and j not in taken and toks[j].sent == tok.sent and (
            (_cap(toks[j].text) and (_is_name_token(toks[j]) or toks[j].upos == "X"))
            or re.fullmatch(r"[A-Z]\.", toks[j].text)
        ):
            j += 1
        label = "PER" if surname_key(doc.text[tok.start : toks[j - 1].end]) in known else "UNK"
        # The subject of a verb of saying is a speaker: taken for a person ("Devine said").
        head = toks[j - 1].head
        if label == "UNK" and toks[j - 1].dep == "nsubj" and head is not None \
                and toks[head].lemma.lower() in lang.cue_verbs:
            label = "PER"
        if tok.text.isupper() and len(tok.text) > 1:
            label = "ORG"  # acronyms: a federation or an institute in capitals
        out.append(_span(doc, i, j, "name", label))
        i = j
    return out


def _surname_alone(toks: list[Token], i: int, known: set[str]) -> bool:
    """A capitalised word the tagger reads as an adjective that is the surname of a
    person the article names, standing alone ("X Klein … Klein, die …, zei"), not
    qualifying a noun after it."""
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sent == toks[i].sent else None
    return toks[i].text.lower() in known and (nxt is None or nxt.upos not in ("NOUN", "PROPN", "ADJ", "NUM"))


def _is_demonym(tok: Token, lang: Language) -> bool:
    """"Fin", "Utrechter": a capitalised noun of origin used for a person."""
    w = tok.text.lower()
    return (
        _cap(tok.text)
        and not tok.ner.endswith("-PER")  # a surname that looks like one ("Mark Cuban")
        and tok.upos in ("NOUN", "PROPN", "X")
        and w.endswith(lang.demonym_endings)
        and any(w.startswith(s) for s in lang.nationality_stems)
    )


def _attach_titles_and_appositions(doc: Doc, names: list[Ment], lang: Language) -> None:
    """Roles written right before a name ("premier Anouk Verbeek") or after it in
    apposition ("Joris Kramer, de eerste Nederlandse consul …")."""
    toks = doc.tokens
    for m in names:
        k = m.t0 - 1
        # A title may carry its field before the name ("hoogleraar Oost-Europese
        # geschiedenis X"): common nouns pass too, but only role words are kept.
        while k >= 0 and m.t0 - k <= 4 and toks[k].sent == m.sent and (
            is_role_word(toks[k].text, lang) or toks[k].upos in ("ADJ", "NOUN") or _cap(toks[k].text) and "-" in toks[k].text
        ):
            if is_role_word(toks[k].text, lang) and toks[k].text.lower() not in m.roles:
                m.roles.append(toks[k].text.lower())
            k -= 1
        # Apposition: ", de … ROLE …" up to the next comma or sentence end.
        j = m.t1
        if j < len(toks) and toks[j].text == "," and toks[j].sent == m.sent:
            j += 1
            if j < len(toks) and (toks[j].text.lower() in lang.definite_articles | lang.indefinite_articles or is_role_word(toks[j].text, lang)):
                found: list[int] = []
                while j < len(toks) and toks[j].sent == m.sent and toks[j].text not in (",", ".", ";"):
                    if is_role_word(toks[j].text, lang):
                        found.append(j)
                    j += 1
                # "In X, the mayor said …": a role that is the subject of a verb
                # inside the stretch is a clause's subject after a fronted phrase, not a
                # phrase set beside the name (an apposition's verb comes after its comma).
                if not any(toks[r].dep.startswith("nsubj") and r < (toks[r].head or -1) < j for r in found):
                    m.roles.extend(toks[r].text.lower() for r in found)
        # Affiliation in brackets: "Kees Bakker (XYZ)".
        j = m.t1
        if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")":
            m.affiliation = toks[j + 1].text


def _descriptions(doc: Doc, taken: set[int], persons: set[int], lang: Language) -> list[Ment]:
    """Role, group and organisation noun phrases: "de oud-diplomaat", "lokale media"."""
    out: list[Ment] = []
    toks = doc.tokens
    for i, tok in enumerate(toks):
        if i in taken or tok.upos not in ("NOUN", "PROPN", "X", "ADJ"):
            continue
        word = tok.text.lower()
        if is_role_word(tok.text, lang) or _is_demonym(tok, lang) or word.endswith(lang.age_suffix):
            kind, label = "role", "PER"
        elif word in lang.group_nouns or (tok.upos == "NOUN" and tok.is_plural and is_role_word(word.removesuffix(lang.plural_s), lang)):
            kind, label = "group", "GRP"
        elif word in lang.org_nouns:
            kind, label = "org", "ORG"
        else:
            continue
        # The head is the last noun of the phrase: skip if a noun follows in the NP.
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.sent == tok.sent and i + 1 not in taken and (
            is_role_word(nxt.text, lang) or _is_demonym(nxt, lang) or nxt.text.lower() in lang.org_nouns
        ):
            continue
        if nxt is not None and i + 1 in taken:
            continue  # a title before a name: the name mention carries it
        t0 = i
        # (A word the tagger reads as a subordinator opens a clause, not the phrase:
        # "suggested that officials …".)
        while t0 > 0 and toks[t0 - 1].sent == tok.sent and t0 - 1 not in taken and toks[t0 - 1].upos != "SCONJ" and (
            toks[t0 - 1].upos in ("ADJ", "NUM") or toks[t0 - 1].text.lower() in lang.articles
            or toks[t0 - 1].feats.get("Poss") == "Yes" or toks[t0 - 1].upos in ("PROPN", "X")
        ):
            t0 -= 1
            if toks[t0].text.lower() in lang.articles or toks[t0].feats.get("Poss") == "Yes":
                break
        t1 = i + 1
        # "een woordvoerder van de politie": the description keeps its "van" phrase.
        # It may run over organisation names ("van het Zuiderpark Ziekenhuis",
        # "van het ministerie van Financiën") but never over a person's name.
        # Likewise "a spokesman for the company", "een medewerker bij de gemeente".
        if t1 + 1 < len(toks) and toks[t1].text.lower() in lang.of_prepositions and toks[t1].sent == tok.sent:
            j = head_end = t1 + 1
            # (A second "van" continues it past a noun: "van het ministerie van X".)
            # (A day the parse hangs on the phrase is the sentence's time, not part of
            # the description: "de directeur van de haven zaterdag"; days are among
            # ``lang.not_names``.)
            while j < len(toks) and j - t1 <= 8 and toks[j].sent == tok.sent and j not in persons \
                    and not (toks[j].upos in ("NOUN", "PROPN") and toks[j].text.capitalize() in lang.not_names) and (
                (toks[j].is_article or toks[j].upos in ("ADJ", "NOUN", "PROPN", "X")) or toks[j].text.lower() in lang.articles
                or (toks[j].text.lower() == lang.of_word and j > head_end and toks[j - 1].upos in ("NOUN", "PROPN", "X"))
                or _shares_tail(toks, j)
            ):
                j += 1
                if toks[j - 1].upos in ("NOUN", "PROPN", "X"):
                    t1 = j
        out.append(_span(doc, t0, t1, kind, label))
    return out


def _pronouns(doc: Doc, taken: set[int], lang: Language) -> list[Ment]:
    out: list[Ment] = []
    for i, tok in enumerate(doc.tokens):
        w = tok.text.lower()
        if i in taken:
            continue
        if w in lang.pronouns and tok.feats.get("PronType") == "Prs" and not tok.feats.get("Poss"):
            out.append(_span(doc, i, i + 1, "pronoun", "PER"))
        elif w in lang.relatives and _relative(doc, tok):
            out.append(_span(doc, i, i + 1, "pronoun", "REL"))
        elif w in lang.anaphoric_common and _demonstrative_subject(doc, tok):
            out.append(_span(doc, i, i + 1, "pronoun", "PER"))
    return out


def _demonstrative_subject(doc: Doc, tok: Token) -> bool:
    """A demonstrative that opens its sentence as the subject of a singular verb
    ("Die zei …"): it stands for a person named just before."""
    head = doc.tokens[tok.head] if tok.head is not None else None
    return tok.feats.get("PronType") == "Dem" and tok.dep == "nsubj" and head is not None \
        and head.feats.get("Number") == "Sing" and tok.i == doc.sentences[tok.sent].token_start


def _relative(doc: Doc, tok: Token) -> bool:
    """Whether a relative word opens a relative clause here. Taggers that mark
    no pronoun type on wh-words (spaCy's English "who", "which") leave the
    parse to tell: the word hangs on the verb of a relative clause."""
    kind = tok.feats.get("PronType")
    if kind is not None:
        return kind == "Rel"
    return tok.head is not None and doc.tokens[tok.head].dep == "acl:relcl"


def _coordinations(doc: Doc, ments: list[Ment], lang: Language) -> list[Ment]:
    """"A en B" of two person names becomes one group mention as well; so does a
    person's name and a group ("X and his lawyers"), who say something together."""
    out = list(ments)
    toks = doc.tokens
    for a, b in zip(ments, ments[1:], strict=False):
        partner = b.kind == "name" and b.label in ("PER", "UNK") or b.kind == "group"
        if (
            a.kind == "name" and a.label in ("PER", "UNK") and partner
            and b.t0 == a.t1 + 1 and toks[a.t1].text.lower() == lang.and_word
        ):
            g = _span(doc, a.t0, b.t1, "group", "GRP")
            g.members = [a, b]
            out.append(g)
    return out


def gender_fits(name: str, gender: str, lang: Language) -> bool:
    """False only when the name's first name, or a description's head noun
    ("his mother"), contradicts the pronoun's gender."""
    first = name.split()[0] if name.split() else ""
    if gender and first and (not first[:1].isupper() or first.lower() in lang.articles):
        told = noun_gender(name, lang)
        return not told or told == gender
    if not gender or not first[:1].isupper():
        return True
    titled = lang.title_genders.get(first.lower())
    if titled:
        return titled == gender  # "Mrs. X" is no "he"
    # A rank title says nothing of the sex: "Sen. X Y" is X's first name.
    known = lang.first_name_gender(name.split()[leading_titles(name.split(), lang)])
    return not known or known == gender


def leading_titles(words: list[str], lang: Language) -> int:
    """How many courtesy or rank titles open the name ``words`` ("Sen.", "Mr."),
    leaving its last word."""
    k = 0
    while k < len(words) - 1 and words[k].lower() in lang.titles:
        k += 1
    return k


def noun_gender(description: str, lang: Language) -> str:
    """The sex a description's head noun fixes ("de buurvrouw" → "f"), else ""."""
    words = description.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in lang.of_prepositions), len(words))
    head = words[cut - 1].strip(",.") if cut else ""
    if head in lang.noun_genders:
        return lang.noun_genders[head]
    # A compound takes its last part's sex ("politievrouw"); parts of four letters or
    # more only, so that a word merely ending in a short one is not read as it.
    return next((g for w, g in lang.noun_genders.items() if len(w) >= 4 and head.endswith(w)), "")


def _retype_personal(doc: Doc, names: list[Ment], lang: Language) -> None:
    for m in names:
        if m.kind == "name" and m.label in ("ORG", "LOC", "UNK") and _looks_personal(doc, m, lang):
            m.label = "PER"


def _looks_personal(doc: Doc, m: Ment, lang: Language) -> bool:
    """A name the tagger typed otherwise that is a person's: titled by a role or person
    noun right before it ("resident X Y"), a first name of the dictionary and a
    surname, or followed by a relative pronoun that stands for persons only ("X Y,
    who …"), with no organisation word among them."""
    words = m.text.split()
    if any(w.lower() in lang.org_nouns for w in words) or not 2 <= len(words) <= 3:
        return False
    before = doc.tokens[m.t0 - 1] if m.t0 > 0 else None
    titled = before is not None and before.sent == m.sent and before.upos == "NOUN" and (
        is_role_word(before.text, lang) or is_person_noun(before.text, lang))
    return titled or bool(lang.first_name_gender(words[0])) and all(_cap(w) for w in words) \
        or _person_relative_after(doc, m, lang)


def _person_relative_after(doc: Doc, m: Ment, lang: Language) -> bool:
    """Whether a comma and a relative pronoun for persons follow the name, maybe
    with a preposition between ("X, who …", "X, met wie …"), and the parse hangs
    the relative clause on the name (not on a person the name only qualifies: "Y,
    the leader in X, who …")."""
    toks = doc.tokens
    k = m.t1
    if k >= len(toks) or toks[k].text != "," or toks[k].sent != m.sent:
        return False
    k += 1
    if k < len(toks) and toks[k].upos == "ADP":
        k += 1
    if k >= len(toks) or toks[k].sent != m.sent or toks[k].text.lower() not in lang.person_relatives:
        return False
    clause = toks[k].head
    if clause is None or toks[clause].dep != "acl:relcl":
        return False
    noun = toks[clause].head
    return noun is not None and m.t0 <= noun < m.t1
