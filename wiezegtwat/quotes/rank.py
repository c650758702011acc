"""Rank the people a quote or a pronoun may belong to, with learned weights.

Where the sentence itself names no source (a standalone quote, "hij zei"),
the rules in ``attribute.py`` make one guess. A reader weighs more: who
spoke last, who the previous sentence is about, who the paragraph is about,
how far back each person was named, whether the gender fits. This module
lists the candidates with such features and scores them with a linear
model (logistic regression, trained by ``eval/train_ranker.py`` with
cross-validation by article; weights in ``data/ranker.json``). The rules'
own guess is one feature among the others, so the model learns when to
overrule it. Features describe positions and kinds of mentions only, never
words of an article.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Doc
from .mentions import Ment, gender_fits

if TYPE_CHECKING:
    from .attribute import Resolver

WEIGHTS = Path(__file__).with_name("data") / "ranker.json"

FEATURES = (
    "rule_pick", "last_speaker", "last_speaker_recent", "prev_sentence", "prev_sentence_subject",
    "same_paragraph", "paragraph_subject", "same_sentence", "sentence_distance", "paragraph_distance",
    "mentions", "quotes_so_far", "main_person", "organisation", "description", "only_in_quotes",
    "gender_clash", "bias",
)


@dataclass
class Candidate:
    """One possible source: a resolved name and what the text says about it."""

    name: str
    features: dict[str, float] = field(default_factory=dict)
    how: str = ""


@cache
def default_weights() -> dict[str, float] | None:
    """The shipped weights, or None when none were trained (the rules decide)."""
    if not WEIGHTS.exists():
        return None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}


def score(c: Candidate, weights: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) * v for f, v in c.features.items())


def choose(cands: list[Candidate], weights: dict[str, float] | None) -> Candidate | None:
    """The best-scoring candidate (the rules' pick when there are no weights)."""
    if not cands:
        return None
    if weights is None:
        return next((c for c in cands if c.features.get("rule_pick")), None)
    return max(cands, key=lambda c: (score(c, weights), c.features.get("rule_pick", 0.0)))


def candidates(res: Resolver, *, offset: int, sent: int, rule: str | None,
               speakers: list[tuple[int, str]], gender: str = "",
               recent_quote: bool = False) -> list[Candidate]:
    """Every person, organisation or description named before ``offset``
    (outside quotes, within the last paragraphs) or quoted before, with features."""
    doc = res.doc
    para_q = _para(doc, sent)
    by_name: dict[str, list[Ment]] = {}
    for m in res.mentions:
        if m.end > offset or m.kind not in ("name", "role", "group", "org") or m.label in ("LOC", "REL"):
            continue
        if para_q - _para(doc, m.sent) > 4:
            continue
        name = res.complete(m) if m.kind in ("name", "group") else m.text
        if m.kind == "role":
            resolved, _ = res.resolve(m, speakers=speakers)
            name = resolved or m.text
        by_name.setdefault(name, []).append(m)
    names = list(by_name)
    for _, n in speakers:
        if n not in by_name:
            names.append(n)
    if rule is not None and rule not in names:
        names.append(rule)
    main = res.main_person()
    out = []
    for name in names:
        ms = by_name.get(name, [])
        out.append(Candidate(name, _features(res, name, ms, offset=offset, sent=sent, para=para_q,
                                             rule=rule, speakers=speakers, main=main, gender=gender,
                                             recent_quote=recent_quote)))
    return out


def _features(res: Resolver, name: str, ms: list[Ment], *, offset: int, sent: int, para: int,
              rule: str | None, speakers: list[tuple[int, str]], main: str | None, gender: str,
              recent_quote: bool) -> dict[str, float]:
    doc = res.doc
    outside = [m for m in ms if not res.inside_quote(m)]
    last = speakers[-1][1] if speakers else None
    f = {k: 0.0 for k in FEATURES}
    f["bias"] = 1.0
    f["rule_pick"] = float(name == rule)
    f["last_speaker"] = float(name == last)
    f["last_speaker_recent"] = float(name == last and recent_quote)
    f["quotes_so_far"] = math.log1p(sum(1 for _, n in speakers if n == name))
    f["main_person"] = float(name == main)
    f["mentions"] = math.log1p(len(outside))
    f["only_in_quotes"] = float(bool(ms) and not outside)
    f["organisation"] = float(any(m.label == "ORG" or m.kind == "org" for m in ms))
    f["description"] = float(bool(ms) and all(m.kind in ("role", "group") for m in ms))
    f["gender_clash"] = float(bool(gender) and not gender_fits(name, gender, res.lang))
    prev = _previous_sentence(res, sent, offset)
    if outside:
        dist = min(sent - m.sent for m in outside)
        f["sentence_distance"] = min(dist, 10) / 10
        f["paragraph_distance"] = min(para - _para(doc, outside[-1].sent), 5) / 5
        f["same_sentence"] = float(any(m.sent == sent for m in outside))
        f["same_paragraph"] = float(any(_para(doc, m.sent) == para for m in outside))
        f["paragraph_subject"] = float(any(_para(doc, m.sent) == para and _subject(res, m) for m in outside))
        if prev is not None:
            f["prev_sentence"] = float(any(m.sent == prev for m in outside))
            f["prev_sentence_subject"] = float(any(m.sent == prev and _subject(res, m) for m in outside))
    else:
        f["sentence_distance"] = 1.0
        f["paragraph_distance"] = 1.0
    return f


def _subject(res: Resolver, m: Ment) -> bool:
    return m.kind != "name" and res.doc.tokens[m.t0].dep == "nsubj" or m.kind == "name" and res.subject_like(m)


def _para(doc: Doc, sent: int) -> int:
    return doc.sentences[sent].paragraph if doc.sentences else 0


def _previous_sentence(res: Resolver, sent: int, offset: int) -> int | None:
    """The last sentence that ends before ``offset`` outside a direct quote."""
    for s in reversed(res.doc.sentences[: sent + 1]):
        if s.end <= offset and not any(a <= s.start < b for a, b in res.quote_spans):
            return s.i
    return None
