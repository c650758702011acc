"""Speakers of quotes that their own sentence does not attribute: the discourse.

A quote standing alone, or inside a sentence with no cue of its own, belongs to
the person the text hands the floor to (GUIDELINES, "Who is the speaker"): the
speaker of a quote earlier in the same sentence, the person its sentence or the
sentence before it is about, the speaker being quoted, or the article's main
person. ``attribute`` asks ``discourse`` once per such quote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang import Language
from ..records import Doc, Sentence, Token
from .candidate import Candidate
from .entities import is_person_noun
from .mentions import Ment

if TYPE_CHECKING:
    from .attribute import Resolver

# How many paragraphs a standalone quote may continue an earlier speaker.
DISCOURSE_PARAGRAPHS = 4


def recent_quote(doc: Doc, res: Resolver, cand: Candidate, speakers: list[tuple[int, str]]) -> bool:
    """Whether the previous quote ends at most one sentence before this one."""
    last = speakers[-1][0]
    between = [s for s in doc.sentences if last < s.start and s.end <= cand.start
               and not any(a <= s.start < b for a, b in res.quote_spans)]
    return len(between) <= 1


def discourse(doc: Doc, res: Resolver, cand: Candidate, speakers: list[tuple[int, str]],
               last_name: str | None, last_para: int) -> tuple[str | None, str]:
    """Speaker of a quote that its own sentence does not attribute."""
    para = doc.sentences[cand.sent].paragraph
    credited = _credit_line(doc, res, cand)
    if credited is not None:
        return credited, f"credited on the line under it ({credited})"
    # A quote inside a sentence that opens on a person doing something with the
    # words ("X told reporters, '…'", "X released a statement condemning '…'")
    # is that person's, whatever the verb.
    own = doc.sentences[cand.sent]
    # A quote attributed earlier in the same sentence holds the floor ('"A," X said,
    # "B"'; '"A," X said. "B"' when the splitter made one sentence of it).
    if last_name is not None and speakers and own.start <= speakers[-1][0] < cand.start:
        return last_name, f"continues the quotes of {last_name}"
    if own.start < cand.start and any(c.isalpha() for c in doc.text[own.start : cand.start]):
        here = _sentence_subject(doc, res, own, speakers, before=cand.start)
        if here is not None and not here[1].startswith(" (a person described"):
            return here[0], f"quote inside a sentence about {here[0]}" + here[1]
    # The sentence right before the quote: its subject, if a person.
    prev = [s for s in doc.sentences if s.end <= cand.start and not any(a <= s.start < b for a, b in res.quote_spans)]
    subject: tuple[str, str] | None = None
    if prev and prev[-1].paragraph >= para - 1:
        subject = _sentence_subject(doc, res, prev[-1], speakers)
    if last_name is not None and para - last_para <= 1 and speakers and recent_quote(doc, res, cand, speakers):
        # A sentence between two quotes that brings in a new, unnamed person as
        # its subject hands the floor to that person ('"…" Een andere vrouw kwam
        # kijken. "…"'); a named person acting in between is narration.
        # A new paragraph that opens on another person and then quotes hands the
        # floor to that person too: that is how a report turns to its next source.
        between = bool(prev) and prev[-1].start > speakers[-1][0]
        fresh = subject is not None and subject[0].split()[0].lower() in res.lang.indefinite_articles
        turns = para != last_para and bool(prev) and prev[-1].paragraph == para
        if subject is not None and between and (fresh or turns) and subject[0] != last_name:
            return subject[0], f"standalone quote after a sentence about {subject[0]}" + subject[1]
        return last_name, f"continues the quotes of {last_name}"
    if subject is not None:
        return subject[0], f"standalone quote after a sentence about {subject[0]}" + subject[1]
    if last_name is not None and para - last_para <= DISCOURSE_PARAGRAPHS:
        return last_name, f"continues the quotes of {last_name}"
    main = res.main_person()
    if main is not None:
        return main, f"the article's main person ({main})"
    return None, ""


# A credit line is short: a name and perhaps a role, a place or a date.
CREDIT_TOKENS = 16


def _credit_line(doc: Doc, res: Resolver, cand: Candidate) -> str | None:
    """The name on a credit line right under a quote that ends its paragraph
    ('"…"' then '— X, place.'), the way quote boxes, epigraphs and social posts
    are credited; None when there is none."""
    text = doc.text
    end = text.find("\n", cand.end)
    if end < 0 or any(c.isalnum() for c in text[cand.end : end]):
        return None
    nxt = next((s for s in doc.sentences[cand.sent :] if s.start > end), None)
    if nxt is None or text[end : nxt.start].count("\n") > 2:
        return None
    m = credit_mention(doc, res.mentions, nxt, res.lang)
    return res.complete(m) if m is not None else None


def credit_mention(doc: Doc, mentions: list[Ment], s: Sentence, lang: Language) -> Ment | None:
    """The name a credit line opens with: a short paragraph without a finite verb
    that starts with a dash and a name ("— X, place")."""
    if not doc.text[s.start : s.end].startswith(lang.credit_dashes):
        return None
    last = s
    for x in doc.sentences[s.i + 1 :]:
        if x.paragraph != s.paragraph:
            break
        last = x
    toks = doc.tokens[s.token_start : last.token_end]
    # (A line of dialogue that addresses someone has a verb: "— X, kom hier!")
    if len(toks) > CREDIT_TOKENS or any(t.is_finite for t in toks) \
            or doc.text[last.start : last.end].rstrip().endswith(("?", "!")):
        return None
    return next((m for m in mentions if m.sent == s.i and m.kind == "name" and m.label in ("PER", "ORG", "UNK")
                 and m.t0 <= s.token_start + 2), None)


def _sentence_subject(doc: Doc, res: Resolver, s: Sentence, speakers: list[tuple[int, str]],
                      *, before: int | None = None) -> tuple[str, str] | None:
    """The person a sentence is about: its subject mention (a name, a pronoun,
    a role), or a description of a person in subject position ("Een
    buurvrouw werd wakker …"); None when it is about something else."""
    fallback: tuple[str, str] | None = None
    for m in res.mentions:
        # An organisation only as the main subject of the quote's own sentence ("The X
        # printed an editorial calling it '…'"): narration about it hands no quote over.
        org = before is not None and m.label == "ORG" and m.kind == "name"
        if m.sent != s.i or res.inside_quote(m) or m.label not in ("PER", "UNK", "REL") and m.kind not in ("pronoun", "role") and not org:
            continue
        if before is not None and m.end > before:
            break
        tok = doc.tokens[m.t0]
        lead = doc.tokens[s.token_start:m.t0]
        # A person's name may have its head last ("Mr. X": the title hangs under it).
        head = doc.tokens[m.t1 - 1] if m.label == "PER" or org else tok
        if org and not (head.dep == "nsubj" and head.head is not None and doc.tokens[head.head].dep == "root"):
            continue
        # (A name set beside the subject in commas is the subject: "One supporter, X,
        # gave …"; a title's name, "professor X", is not beside it.)
        beside = head.dep == "appos" and head.head is not None and head.head < m.t0 \
            and doc.tokens[head.head].dep == "nsubj" \
            and any(t.text == "," for t in doc.tokens[head.head + 1 : m.t0])
        subject = tok.dep == "nsubj" or head.dep == "nsubj" or beside or all(
            t.upos in ("ADV", "CCONJ", "SCONJ", "ADJ", "PUNCT") or t.is_article or t.text.lower() in res.lang.role_nouns for t in lead
        )
        if subject and m.kind in ("name", "pronoun", "role") and m.label != "REL":
            name, extra = res.resolve(m, speakers=speakers)
            if name and before is not None and fallback is None and _in_fronted_clause(doc, head, res.lang):
                # "After X criticised Y, Z shot back, '…'": the main clause's subject.
                fallback = name, f" ({extra})" if extra else ""
            elif name:
                return name, f" ({extra})" if extra else ""
    if fallback is not None:
        return fallback
    described = _person_description(doc, s, res.lang)
    if described is not None:
        return described, " (a person described as the subject)"
    return None


def _in_fronted_clause(doc: Doc, subject: Token, lang: Language) -> bool:
    """Whether a subject belongs to an adverbial clause opened by a subordinator and
    set before its main clause ("After X did Y, …"); not a comment clause of
    attribution ("As X put it, '…'"), whose subject is the source."""
    verb = subject.head
    if verb is None or doc.tokens[verb].dep != "advcl":
        return False
    main = doc.tokens[verb].head
    start = doc.sentences[subject.sent].token_start
    return main is not None and verb < main and any(
        t.head == verb and t.dep == "mark" and t.text.lower() not in lang.as_markers for t in doc.tokens[start:verb])


def _person_description(doc: Doc, s: Sentence, lang: Language) -> str | None:
    """"Een buurvrouw", "De andere man": a sentence that opens with an article,
    adjectives and a person noun as its subject."""
    toks = doc.tokens
    first = s.token_start
    while first < s.token_end and toks[first].upos == "PUNCT":
        first += 1  # a closing mark the sentence splitter left at the front
    k = first
    if k >= s.token_end or not toks[k].is_article:
        return None
    k += 1
    while k < s.token_end and toks[k].upos in ("ADJ", "NUM"):
        k += 1
    if k >= s.token_end or toks[k].upos != "NOUN" or toks[k].dep != "nsubj" or not is_person_noun(toks[k].text, lang):
        return None
    return doc.text[toks[first].start : toks[k].end]
