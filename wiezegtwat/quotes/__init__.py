"""The quote engine: ``extract(doc) -> (quotes, mentions)``.

detect (marks and cues) → attribute (names, pronouns, roles, discourse).
"""

from __future__ import annotations

from ..lang import Language, get_language
from ..records import Doc, Mention, Quote, Speaker, SpeakerKind, SpeakerMention
from .attribute import attribute
from .confidence import speaker_confidence
from .detect import Candidate, Detector
from .mentions import Ment, find_mentions, leading_titles, surname_key
from .rank import default_weights

__all__ = ["extract"]


def extract(doc: Doc, *, lang: str | Language = "nl", weights: dict[str, float] | None = None,
            trace: list[dict] | None = None) -> tuple[list[Quote], list[Mention]]:
    """Every quote of an analysed document with its speaker, and the mentions.

    ``lang``: a ``Language`` or its code (the engine holds no words of its own);
    ``weights`` overrides the speaker ranker's shipped weights (cross-validation
    trains its own per fold); ``trace`` collects the ranked decisions."""
    language = lang if isinstance(lang, Language) else get_language(lang)
    ments = find_mentions(doc, language)
    cands = Detector(doc, ments, language).run()
    quotes: list[Quote] = []
    if weights is None:
        weights = default_weights()
    for cand, name, how in attribute(doc, ments, cands, language, weights=weights, trace=trace):
        speaker = None
        if name is not None:
            speaker = _speaker(doc, ments, cand, name, how, language)
        quotes.append(
            Quote(
                start=cand.start,
                end=cand.end,
                text=doc.text[cand.start : cand.end],
                type=cand.type,  # type: ignore[arg-type]
                cue=cand.cue,
                speaker=speaker,
                evidence=how or "no attribution found",
                sentence=cand.sent,
            )
        )
    return quotes, [_mention(m) for m in ments]


def _mention(m: Ment) -> Mention:
    kind = m.kind if m.kind in ("name", "pronoun", "role", "group") else "organisation"
    return Mention(m.text, m.start, m.end, kind=kind, label=m.label, chain=m.chain,  # type: ignore[arg-type]
                   name=m.name, role=m.roles[0] if m.roles else None)


_KINDS: dict[str, SpeakerKind] = {"name": "name", "pronoun": "pronoun", "role": "description",
                                  "group": "group", "org": "organisation"}


def _speaker(doc: Doc, ments: list[Ment], cand: Candidate, name: str, how: str,
             language: Language) -> Speaker:
    """The structured speaker: the mention at the quote (if any), its kind,
    the chain of mentions that carries the name, and a calibrated confidence."""
    m = cand.speaker
    chain = [x for x in ments if x.kind in ("name", "org", "group") and x.start < cand.start
             and (x.text == name or surname_key(x.text) == surname_key(name))]
    kind: SpeakerKind
    if m is not None:
        kind = _KINDS.get(m.kind, "name")
        if kind == "name" and m.label == "ORG":
            kind = "organisation"
    else:
        anchor = chain[-1] if chain else None
        if anchor is not None:
            kind = _KINDS.get(anchor.kind, "name")
        else:  # a description carried over from an earlier sentence ("een buurvrouw")
            described = name.split()[0].lower() in language.articles if name.split() else False
            kind = "description" if described else "name"
    links = [SpeakerMention(x.text, x.start, x.end) for x in chain[-1:]]
    if m is not None and all(s.start != m.start for s in links):
        links.append(SpeakerMention(m.text, m.start, m.end))
    links.sort(key=lambda s: s.start)
    if kind == "name":
        name = _untitled(name, language)
    return Speaker(name, m.start if m else None, m.end if m else None, kind=kind,
                   confidence=speaker_confidence(how, has_speaker=True), mentions=links)


def _untitled(name: str, language: Language) -> str:
    """The name without the courtesy or rank titles before it ("Sen. X Y" → "X Y"):
    a title is how the article addresses the person, not part of the name (GUIDELINES)."""
    words = name.split()
    k = leading_titles(words, language)
    return " ".join(words[k:]) if k and words[k][:1].isupper() else name
