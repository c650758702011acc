"""The quote engine: ``extract(doc) -> (quotes, mentions)``.

detect (marks and cues) → attribute (names, pronouns, roles, discourse).
"""

from __future__ import annotations

from ..records import Doc, Mention, Quote, Speaker
from .attribute import attribute
from .detect import Detector
from .mentions import Ment, find_mentions

__all__ = ["extract"]


def extract(doc: Doc, *, lang: str = "nl") -> tuple[list[Quote], list[Mention]]:
    """Every quote of an analysed document with its speaker, and the mentions."""
    if lang != "nl":
        raise ValueError(f"no quote rules for language {lang!r}")
    ments = find_mentions(doc)
    cands = Detector(doc, ments).run()
    quotes: list[Quote] = []
    for cand, name, how in attribute(doc, ments, cands):
        speaker = None
        if name is not None:
            m = cand.speaker
            speaker = Speaker(name, m.start if m else None, m.end if m else None)
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
