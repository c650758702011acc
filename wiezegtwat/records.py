"""Plain records that flow between the pipeline stages.

Every offset is an ``int`` code-point offset into the ORIGINAL article text
(Python string indices): ``article.text[token.start:token.end] == token.text``.
Records are plain dataclasses so that they pickle (Dask), serialise to JSON
(``to_dict``) and compare by value in tests.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

QuoteType = Literal["direct", "indirect", "mixed"]
StatementType = Literal["says", "thinks", "according-to", "writes"]
MentionKind = Literal["name", "pronoun", "role", "organisation", "group", "other"]


@dataclass
class Token:
    """One token of the linguistic analysis, aligned to the original text.

    The tags are universal, whatever the backend: ``upos`` and ``feats`` follow
    Universal Dependencies (plus ``Attributive=Yes`` for a participle used as an
    adjective and ``Nominal=Yes`` for a verb used as a noun), ``dep`` is a UD
    relation name, ``ner`` a BIO tag over the CoNLL labels PER, ORG, LOC, MISC.
    ``xpos`` keeps the backend's own tag for people reading the analysis; the
    engine never looks at it.
    """

    i: int  # index within the article (0-based, over all sentences)
    text: str  # the surface exactly as in the original text
    start: int
    end: int
    lemma: str = ""
    upos: str = "X"  # UD part of speech: NOUN, PROPN, VERB, AUX, ADJ, PRON, DET, ...
    feats: dict[str, str] = field(default_factory=dict)  # UD features: VerbForm=Fin, Number=Plur ...
    ner: str = "O"  # BIO tag with type, e.g. "B-PER"
    head: int | None = None  # article-level token index of the head; None = root
    dep: str = ""  # UD relation: nsubj, obj, xcomp, ccomp, flat, appos, ...
    sent: int = 0  # sentence index
    xpos: str = ""  # the backend's own tag (e.g. CGN), for display only

    @property
    def is_verb(self) -> bool:
        return self.upos in ("VERB", "AUX")

    @property
    def is_finite(self) -> bool:
        """A finite verb form (the one that agrees with the subject)."""
        return self.is_verb and self.feats.get("VerbForm") == "Fin"

    @property
    def is_plural(self) -> bool:
        return self.feats.get("Number") == "Plur"

    @property
    def is_article(self) -> bool:
        return self.feats.get("PronType") == "Art"


def heads_above(tokens: list[Token], i: int) -> Iterator[int]:
    """The indices up token ``i``'s chain of heads, nearest first. A parse is a tree,
    but a bad one may hold a cycle: the chain stops after 40 steps."""
    h = tokens[i].head
    for _ in range(40):
        if h is None:
            return
        yield h
        h = tokens[h].head


def token_starting(tokens: list[Token], start: int, end: int, offset: int) -> int | None:
    """The index in ``[start, end)`` (a sentence's tokens) of the token that begins at
    character ``offset`` (a cue's, a mention's), or None."""
    return next((i for i in range(start, end) if tokens[i].start == offset), None)


def subtree(tokens: list[Token], top: int, start: int, end: int) -> list[int]:
    """The indices in ``[start, end)`` (a sentence's tokens) of ``top`` and every
    token whose chain of heads reaches it, in order."""
    return [i for i in range(start, end) if i == top or top in heads_above(tokens, i)]


@dataclass
class Sentence:
    """A sentence: a half-open range of token indices plus its character span."""

    i: int
    start: int
    end: int
    token_start: int
    token_end: int
    paragraph: int = 0


@dataclass
class Paragraph:
    i: int
    start: int
    end: int


@dataclass
class Entity:
    """A named entity span as found (and repaired) from the NER layer."""

    label: str  # PER, ORG, LOC, MISC, PRO, EVE
    start: int
    end: int
    text: str
    token_start: int
    token_end: int


@dataclass
class Cue:
    text: str
    start: int
    end: int
    lemma: str = ""
    statement: StatementType = "says"


@dataclass
class Mention:
    """A mention of a source (person, group, organisation) in one article."""

    text: str
    start: int
    end: int
    kind: MentionKind = "name"
    label: str = "PER"  # PER, ORG, LOC (metonymic place), GRP
    chain: int | None = None  # index of the coreference chain in the article
    name: str | None = None  # the most complete name of the chain
    role: str | None = None  # role noun attached in the text ("premier")
    actor_id: str | None = None  # set by wiezegtwat.actors.link_article


SpeakerKind = Literal["name", "pronoun", "description", "organisation", "group"]


@dataclass
class SpeakerMention:
    """One mention in the chain a speaker was resolved through ("hij" → "Jan de Vries")."""

    text: str
    start: int
    end: int


@dataclass
class Speaker:
    name: str | None
    start: int | None = None
    end: int | None = None
    actor_id: str | None = None
    # What the text says at the quote: a name, a pronoun, a description ...
    kind: SpeakerKind | None = None
    # Calibrated probability that the speaker is right (quotes/confidence.py).
    confidence: float | None = None
    mentions: list[SpeakerMention] = field(default_factory=list)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    type: QuoteType
    cue: Cue | None = None
    speaker: Speaker | None = None
    evidence: str = ""
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract shape of ``wzw quotes --json``."""
        cue = None
        if self.cue is not None:
            cue = {"text": self.cue.text, "start": self.cue.start, "end": self.cue.end}
        speaker = None
        if self.speaker is not None:
            speaker = {
                "name": self.speaker.name,
                "start": self.speaker.start,
                "end": self.speaker.end,
                "actor_id": self.speaker.actor_id,
                "kind": self.speaker.kind,
                "confidence": self.speaker.confidence,
                "mentions": [asdict(m) for m in self.speaker.mentions],
            }
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "cue": cue,
            "statement": self.cue.statement if self.cue is not None else None,
            "speaker": speaker,
            "evidence": self.evidence,
        }


@dataclass
class Doc:
    """An analysed text: tokens, sentences and paragraphs over ``text``."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

    def sent_tokens(self, sent: Sentence) -> list[Token]:
        return self.tokens[sent.token_start : sent.token_end]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Doc:
        return cls(
            text=data["text"],
            tokens=[Token(**t) for t in data["tokens"]],
            sentences=[Sentence(**s) for s in data["sentences"]],
            paragraphs=[Paragraph(**p) for p in data["paragraphs"]],
        )


@dataclass
class Article:
    """An article as read from an input, before or after analysis."""

    id: str
    text: str
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None  # ISO 8601 date or datetime
    author: str | None = None
    source: str | None = None  # file path (and record number) it came from
    metadata: dict[str, Any] = field(default_factory=dict)
    doc: Doc | None = None
    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # The user's own id for the article (an export's id column, a file's name). Last, so
    # that positional construction of the fields above keeps working.
    external_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract shape of one line of ``wzw quotes --json``."""
        return {
            "source": self.source,
            "id": self.id,
            "lang": self.lang,
            "quotes": [q.to_dict() for q in self.quotes],
        }

    def to_record(self) -> dict[str, Any]:
        """The whole stored article: its fields, text, numbered quotes (``to_dict``
        shape plus ``n``) and mentions — what ``wzw show --json`` and the API give."""
        return {
            "id": self.id,
            "external_id": self.external_id,
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
            "date": self.date,
            "author": self.author,
            "lang": self.lang,
            "source": self.source,
            "metadata": self.metadata,
            "text": self.text,
            "quotes": [{"n": n, **q.to_dict()} for n, q in enumerate(self.quotes)],
            "mentions": [asdict(m) for m in self.mentions],
        }


ActorType = Literal["person", "organisation", "place", "group"]


@dataclass
class Role:
    """A role or function an actor is given in an article ("premier", "minister van ...")."""

    title: str
    date: str | None = None  # date of the article that states it
    article_id: str | None = None


@dataclass
class Actor:
    """One real-world identity across articles."""

    id: str
    name: str  # canonical name
    type: ActorType = "person"
    variants: list[str] = field(default_factory=list)  # every spelling seen
    roles: list[Role] = field(default_factory=list)
    affiliation: str | None = None  # party, organisation or country the text ties it to
    country: str | None = None
