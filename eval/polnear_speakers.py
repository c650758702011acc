"""Speaker names for the PolNeAR converter: from Source spans to the article's fullest name.

PolNeAR marks who speaks as a Source span ("he", "a campaign aide", a surname, a
full name with a title). Our guidelines want the most complete name the article
gives. This module gets there with a few general rules over the annotations and
the text only — no NLP model:

* **Name or description.** A source is a *name* when, after a leading title
  ("Sen.", "Mr.", "President") is dropped, it is a run of capitalised words
  (joined by connectors such as "of", "van", "de"), or ends in such a run after a
  lowercase description ("party chair Ann Lee" → "Ann Lee") that does not end in
  a preposition or article ("a spokesman for Acme" stays a description). Text
  after a comma, dash or parenthesis is an apposition and is cut off first. A
  possessive ("Acme's lawyers") makes the source a description. A person's name
  starts at its first name: a capitalised word before a known first name is
  dropped ("Liberal Ann Lee" → "Ann Lee").
* **Short names grow.** A name is replaced by the longest name in the article
  whose words end with the same words (failing that, a lone first name grows
  into the longest name that starts with it): the names of the other Source
  spans and the runs of two or more capitalised words in the text. Ties go to a
  Source span, then to the occurrence nearest the mention.
* **Pronouns.** he/she/I (him/her/me, his/my) → the nearest preceding Source
  whose name is a person: its first word is a known first name (gender-guesser's
  name list, not a model) or it opens with a personal title; he and she must
  agree with that first name's gender or title (Mr./Mrs./Ms.). they/we/it
  (their, our, its) → the nearest preceding Source that is a group: a name that
  is not a person's (an organisation), or a plural word or description ("senior
  aides"). "you" and "one" are never resolved. A relative pronoun
  (who/which/that) → the name written right before it ("Ann Lee, who"), if any.
  An unresolved pronoun stays as written.
* **Aliases.** Every other spelling linked to a speaker name (the source texts and
  the short names) is kept as an alias. A description's noun phrase without its
  apposition or relative clause ("an official, who spoke …" → "an official") is an
  alias of the description: our guidelines keep an unnamed source as that noun
  phrase. Pronouns are never aliases: that would make a bare "he" count as a
  right speaker.

Limits: two people sharing a surname collapse to the nearest full name; a
description ("the candidate") is never tied to a name, since only coreference
could do that; a pronoun's antecedent is the nearest preceding *Source*, not the
nearest mention, so a pronoun that refers to someone who has not spoken yet is
resolved wrongly or not at all; first-name genders come from a name list; a
pronoun left unresolved is the gold speaker as written, so a system that answers
with the same pronoun is counted right on that quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

# Pronoun → the kind of antecedent it needs: a male, female or any person, or a group.
PRONOUNS: dict[str, str] = {
    "he": "male", "him": "male", "she": "female", "her": "female",
    "i": "person", "me": "person",
    "they": "group", "them": "group", "we": "group", "us": "group", "it": "group",
    "his": "male", "hers": "female", "my": "person", "their": "group", "our": "group", "its": "group",
    "you": "never", "your": "never", "one": "never",
}
# Reflexive intensifiers after a name ("Lee himself"): the name is the speaker.
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves"})
# Relative pronouns: the name they refer to stands right before them ("Ann Lee, who").
RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_LEFT_NAME = re.compile(r"((?:[A-Z][\w.'’\-]*\s+(?:(?:of|the|van|de|von)\s+)?){0,4}[A-Z][\w.'’\-]*)[,\s]*$")
# Personal titles, with the gender they tell (None: any). Dropped from the front of a name.
TITLES: dict[str, str | None] = {
    "mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male", "lady": "female",
    "dr": None, "prof": None, "rev": None, "sen": None, "rep": None, "gov": None, "gen": None,
    "lt": None, "col": None, "sgt": None, "capt": None, "adm": None, "pres": None, "atty": None,
    "president": None, "senator": None, "governor": None, "secretary": None, "speaker": None,
    "judge": None, "justice": None, "mayor": None, "chairman": None, "chairwoman": None,
    "congressman": None, "congresswoman": None, "representative": None, "former": None, "vice": None,
}
# Lowercase words that may join the parts of one name ("Department of State", "Jan van Wervel").
CONNECTORS = frozenset({"of", "the", "for", "van", "von", "der", "de", "la", "le", "du", "da", "al", "bin"})
# A description that ends in one of these before a capitalised run is not a name
# ("a spokesman for Acme", "officials at the Ministry").
BLOCKERS = frozenset({
    "of", "for", "at", "from", "with", "by", "in", "on", "to", "and", "or", "the", "a", "an",
    "near", "inside", "within", "about", "told", "behind", "under", "over",
})
# Capitalised only because they open a sentence: never the first word of a name.
FUNCTION_WORDS = frozenset({
    "the", "a", "an", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "at",
    "for", "from", "to", "with", "after", "before", "since", "then", "now", "this", "that", "these",
    "those", "his", "her", "their", "our", "my", "its", "your", "it", "he", "she", "they", "we", "i",
    "there", "here", "what", "who", "how", "why", "where", "also", "still", "even", "instead",
    "however", "meanwhile", "both", "all", "some", "many", "most", "one", "no", "not", "every",
    "by", "of", "about", "asked", "says", "said", "according", "like", "unlike", "last", "next",
})
_WORD = re.compile(r"[^\W_][\w’'.\-]*")
_APPOSITION = re.compile(r"\s*(?:,|\(|—|–| - |;)")
_POSSESSIVE = re.compile(r"\w[’']s$|s[’']$")
_EDGE = "\"“”‘’()[],.;:!?"
_OPENERS = "\"“‘(["
_CLOSERS = ",.;:!?)\"”’]"


@lru_cache(maxsize=1)
def _detector() -> object | None:
    """gender-guesser's first-name list, or None when the package is missing."""
    try:
        import gender_guesser.detector as gg
    except ImportError:
        return None
    return gg.Detector()


def first_name_gender(word: str) -> str | None:
    """"male", "female" or "any" for a known first name; None for a word that is not one."""
    detector = _detector()
    if detector is None or word.lower() in FUNCTION_WORDS or not word[:1].isupper():
        return None
    answer = detector.get_gender(word)  # type: ignore[attr-defined]
    # Only the list's firm answers bind a pronoun; "mostly_…" and "andy" names take either.
    if answer in ("male", "female"):
        return str(answer)
    return "any" if answer in ("andy", "mostly_male", "mostly_female") else None


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _drop_titles(words: list[str]) -> tuple[list[str], str | None]:
    """The words without leading titles, and the gender the titles tell (or None)."""
    gender: str | None = None
    while len(words) > 1 and _bare(words[0]) in TITLES:
        gender = TITLES[_bare(words[0])] or gender
        words = words[1:]
    return words, gender


def _from_first_name(words: list[str]) -> list[str]:
    """A person's name starts at its first name: "Liberal Ann Lee" → "Ann Lee".

    Not for a name that already opens with a first name ("Ann Mary Lee") or with
    "The" (an organisation).
    """
    if not words or words[0].lower() == "the" or first_name_gender(words[0]) is not None:
        return words
    for i, word in enumerate(words[:-1]):
        if i > 0 and first_name_gender(word) is not None:
            return words[i:]
    return words


def _name_run(words: list[str]) -> list[str] | None:
    """The words, when all are capitalised or inner connectors, first and last capitalised."""
    if not words or not is_capitalised(words[0]) or not is_capitalised(words[-1]):
        return None
    if all(is_capitalised(w) or w in CONNECTORS for w in words):
        return words
    return None


def name_of(source: str) -> str | None:
    """The name a source text gives, or None when it is a description or a pronoun.

    An apposition after a comma, dash or parenthesis may hold the name ("an aide,
    Ann Lee"); a later part counts only when it has two words or more.
    """
    parts = _APPOSITION.split(" ".join(source.split()))
    for i, part in enumerate(parts):
        name = _name_in(part.strip(" \"“”‘’'.:"))
        if name and (i == 0 or len(name.split()) > 1):
            return name
    return None


def _name_in(head: str) -> str | None:
    """The name in one part of a source (see ``name_of``)."""
    words = _WORD.findall(head)
    if not words or (len(words) == 1 and words[0].lower() in PRONOUNS.keys() | RELATIVES):
        return None
    # "Ann Lee's" alone: the possessor speaks; "Acme's lawyers": a description.
    words[-1] = re.sub(r"(?<=\w)[’']s$|(?<=s)[’']$", "", words[-1])
    if any(_POSSESSIVE.search(w) for w in words):
        return None
    words, _gender = _drop_titles(words)
    while len(words) > 1 and words[-1].lower() in REFLEXIVES:
        words = words[:-1]  # "Cruz himself" is Cruz
    if words[0].lower() in FUNCTION_WORDS - {"the"}:
        words = words[1:]
    run = _name_run(words)
    if run is None:
        tail: list[str] = []
        for word in reversed(words):
            if not is_capitalised(word):
                break
            tail.insert(0, word)
        before = words[len(words) - len(tail) - 1] if len(tail) < len(words) else ""
        if not tail or before.lower() in BLOCKERS:
            return None
        run, _gender = _drop_titles(tail)
    run = _from_first_name(run)
    if run[0].lower() in FUNCTION_WORDS and (run[0].lower() != "the" or len(run) == 1):
        return None
    # "Ann Lee of Acme", "Ann Lee of Ohio": a person's name ends before "of"; an
    # organisation's does not ("Bank of Leeds": no first name opens it).
    if "of" in run[1:-1] and first_name_gender(run[0]) is not None:
        run = run[: run.index("of")]
    return " ".join(run)


def key_words(name: str) -> list[str]:
    """The words a short name is matched on: titles and a leading "The" dropped."""
    words, _gender = _drop_titles(name.split())
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return words


def _runs_of(text: str) -> list[tuple[int, list[str]]]:
    """Raw runs of capitalised words (and inner connectors), with their start offsets.

    A run stops at punctuation, a line break and a possessive (kept without its "'s");
    an initial ("J.") and a title abbreviation ("Sen.") do not stop it.
    """
    runs: list[tuple[int, list[str]]] = []
    words: list[str] = []
    start = prev_end = 0
    for m in re.finditer(r"\S+", text):
        raw = m.group()
        core = raw.strip(_EDGE)
        possessive = bool(re.search(r"\w[’']s$", core))
        core = core[:-2] if possessive else core
        if words and (text[prev_end: m.start()] != " " or raw[:1] in _OPENERS):
            runs.append((start, words))
            words = []
        prev_end = m.end()
        if not core or not (is_capitalised(core) or (words and core in CONNECTORS)):
            if words:
                runs.append((start, words))
                words = []
            continue
        if not words:
            start = m.start()
        abbreviation = raw.endswith(".") and (len(core) == 1 or core.lower() in TITLES)
        words.append(core + "." if abbreviation else core)
        if possessive or (raw[-1] in _CLOSERS and not abbreviation):
            runs.append((start, words))
            words = []
    if words:
        runs.append((start, words))
    return runs


def text_runs(text: str) -> list[tuple[int, str]]:
    """Names in the running text: runs of two or more capitalised words, with their offsets.

    Leading function words and titles are dropped ("But Sen. Ann Lee" → "Ann Lee").
    """
    out: list[tuple[int, str]] = []
    for start, words in _runs_of(text):
        while words and words[-1] in CONNECTORS:
            words = words[:-1]
        # A sentence-initial word is capitalised anyway ("Maybe Ann Lee"): it stays
        # only when it is a known first name.
        sentence_start = re.search(r"(?:^|[.!?:]\s+|\n\s*)[\"“‘(]?$", text[max(0, start - 4): start])
        if sentence_start and words and first_name_gender(words[0]) is None:
            words = words[1:]
        while words and (words[0].lower() in FUNCTION_WORDS or _bare(words[0]) in TITLES):
            words = words[1:]
        words = _from_first_name(words)
        if len(words) >= 2:
            out.append((start, " ".join(words)))
    return out


@dataclass
class Candidate:
    """A name the article gives somewhere: from a Source span or a run of capitalised words."""

    name: str
    start: int
    from_source: bool


@dataclass
class Resolution:
    """The speaker of every Source span, the aliases per speaker and the pronoun counts."""

    speakers: dict[str, str] = field(default_factory=dict)  # source id → speaker
    # source id → how its speaker was found: "name" (the span names the speaker),
    # "description" (kept as written), "pronoun" (resolved by the nearest-source rule
    # above, not by coreference) or "pronoun-unresolved" (kept as written).
    found_by: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    pronouns_resolved: int = 0
    pronouns_unresolved: int = 0


def grow(name: str, at: int, candidates: Sequence[Candidate]) -> str:
    """The longest candidate whose key words end with ``name``'s (``name`` itself if none).

    When none does and ``name`` is one known first name, the longest candidate that
    starts with it ("Ann" → "Ann Lee").
    """
    keys = key_words(name)
    found = _longest(keys, at, candidates, front=False)
    if found is None and len(keys) == 1 and first_name_gender(keys[0]) is not None:
        found = _longest(keys, at, candidates, front=True)
    return found or name


def _longest(keys: list[str], at: int, candidates: Sequence[Candidate], *, front: bool) -> str | None:
    """The longest candidate that ends (``front``: starts) with ``keys``; ties: a Source
    span first, then the one nearest ``at`` (one before it preferred)."""
    best: tuple[int, int, int, str] | None = None
    for cand in candidates:
        words = key_words(cand.name)
        part = words[: len(keys)] if front else words[-len(keys):]
        if len(words) <= len(keys) or part != keys:
            continue
        distance = at - cand.start if cand.start <= at else 10 * (cand.start - at)
        rank = (-len(words), 0 if cand.from_source else 1, distance, cand.name)
        if best is None or rank < best:
            best = rank
    return best[3] if best else None


def kind_of(name: str, source: str) -> str:
    """What a speaker name is: "male", "female", "any" (a person), "group" or "unknown".

    A person opens with a personal title or a known first name; a group is a
    name of two or more words that does neither, or one that opens with "The";
    a lone word that is no first name (a surname, "Congress") is unknown.
    """
    words = _WORD.findall(source)
    _rest, title_gender = _drop_titles(words)
    if title_gender:
        return title_gender
    if len(words) > 1 and _bare(words[0]) in TITLES:
        return "any"
    parts = name.split()
    if parts[0].lower() == "the":
        return "group"
    gender = first_name_gender(parts[0])
    if gender is not None:
        return gender
    return "group" if len(parts) > 1 else "unknown"


def _agrees(need: str, kind: str) -> bool:
    """Whether a pronoun that needs ``need`` can refer to a speaker of ``kind``."""
    if need in ("group", "never") or kind in ("group", "unknown"):
        return need == "group" == kind
    return need == "person" or kind in (need, "any")


@dataclass
class _Named:
    sid: str
    start: int
    name: str
    kind: str


def _antecedent(text: str, start: int, pronoun: str, named: Sequence[_Named],
                candidates: Sequence[Candidate]) -> str | None:
    """The speaker name a pronoun source at ``start`` refers to, or None."""
    if pronoun in RELATIVES:
        left = _LEFT_NAME.search(text, max(0, start - 80), start)
        name = name_of(left.group(1)) if left else None
        return grow(name, start, candidates) if name else None
    need = PRONOUNS[pronoun]
    found = next((n for n in reversed(named) if n.start < start and _agrees(need, n.kind)), None)
    return found.name if found else None


_RELATIVE_CLAUSE = re.compile(r"\s+(?:who|whom|whose|which|that)\b", re.IGNORECASE)


def description_head(description: str) -> str:
    """A description without its apposition or relative clause: "an official, who
    spoke on condition of anonymity" → "an official". Our guidelines keep an unnamed
    source's description as a noun phrase ("a spokesman for the police"); PolNeAR's
    Source span also takes the clauses after it, so the noun phrase is an alias."""
    head = _APPOSITION.split(description, maxsplit=1)[0]
    head = _RELATIVE_CLAUSE.split(head, maxsplit=1)[0].strip()
    return head if len(_WORD.findall(head)) >= 1 else description


def looks_plural(text: str) -> bool:
    """A word or description whose last word ends in a plural -s ("senior aides", "Liberals")."""
    head = _APPOSITION.split(" ".join(text.split()), maxsplit=1)[0]
    words = _WORD.findall(head)
    last = words[-1].rstrip(".") if words else ""
    return len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "'s", "’s", "us", "is"))


def resolve(text: str, sources: Sequence[tuple[str, int, str]]) -> Resolution:
    """Speakers for ``sources`` (id, start offset, source text), in one article.

    A Source span shared by several attributions counts once."""
    ordered = sorted(dict((s[0], s) for s in sources).values(), key=lambda s: (s[1], s[0]))
    candidates = [Candidate(n, start, True) for _sid, start, src in ordered if (n := name_of(src))]
    candidates += [Candidate(name, start, False) for start, name in text_runs(text)]
    out = Resolution()
    named: list[_Named] = []  # what a later pronoun may refer to
    aliases: dict[str, set[str]] = {}
    pronouns: list[tuple[str, int, str]] = []
    for sid, start, src in ordered:
        plain = " ".join(src.split())
        word = plain.lower().strip(".,")
        short = name_of(plain)
        if word in PRONOUNS or word in RELATIVES:
            pronouns.append((sid, start, word))
        elif short is not None:
            full = grow(short, start, candidates)
            kind = kind_of(full, plain)
            named.append(_Named(sid, start, full, "group" if kind == "unknown" and looks_plural(full) else kind))
            out.speakers[sid] = full
            out.found_by[sid] = "name"
            aliases.setdefault(full, set()).update({plain, short} - {full})
        else:
            out.speakers[sid] = plain.strip(" ,.:;") or plain  # a description, kept as written
            out.found_by[sid] = "description"
            head = description_head(out.speakers[sid])
            if head != out.speakers[sid]:
                aliases.setdefault(out.speakers[sid], set()).add(head)
            if looks_plural(plain):  # "senior aides": what a later "they" may be
                named.append(_Named(sid, start, out.speakers[sid], "group"))
    for sid, start, word in pronouns:
        found = _antecedent(text, start, word, named, candidates)
        out.speakers[sid] = found or next(src for s, _st, src in ordered if s == sid).strip()
        out.found_by[sid] = "pronoun" if found else "pronoun-unresolved"
        out.pronouns_resolved += found is not None
        out.pronouns_unresolved += found is None
    out.aliases = {name: sorted(v) for name, v in sorted(aliases.items()) if v}
    return out
