"""How sure the engine is of a speaker: one calibrated figure per kind of evidence.

Every attribution says how it was made (its ``evidence`` text). Each way of
attributing has its own reliability: the subject of a cue verb is rarely wrong,
"the article's main person" often is. ``data/confidence.json`` holds, per
evidence class, the share of right speakers measured by ``eval/calibrate.py``
on the gold sets (smoothed), and ``docs/confidence.md`` the reliability table
of the cross-validated run. The classes depend only on the mechanism, never
on words of an article.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("data") / "confidence.json"

# (class, markers in the evidence text, checked in order): the markers are
# the fixed phrases the engine itself writes in detect.py and attribute.py.
_CLASSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("main-person", ("the article's main person",)),
    ("continues", ("continues the quotes of",)),
    ("previous-subject", ("standalone quote after a sentence about", "quote inside a sentence about")),
    ("shared-subject", ("shares the subject of the previous report",)),
    ("relative", ("antecedent of the relative",)),
    ("pronoun", ('" → ',)),
    ("description", ("description as written", "unnamed source, as described", "group as described",
                     "(a description)")),
    # The "according to" routes write 'after "<the word>"' first, in any language.
    ("according-to", ('^after "', "by its own account")),
    ("inverted-frame", ("and its subject",)),
    # A name set beside the quote by layout: before a colon, or on a credit line under it.
    ("colon", ("name before the colon", "credited on the line under it")),
    ("cue-subject", ("subject of", "subject after", "subject before")),
)


def evidence_class(evidence: str, *, has_speaker: bool) -> str:
    """The kind of evidence an attribution rests on (``none`` without a speaker)."""
    if not has_speaker:
        return "none"
    for name, markers in _CLASSES:
        if any(evidence.startswith(m[1:]) if m.startswith("^") else m in evidence for m in markers):
            return name
    return "other"


@cache
def _table() -> dict[str, float]:
    if not TABLE.exists():
        return {}
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["accuracy"].items()}


def speaker_confidence(evidence: str, *, has_speaker: bool, table: dict[str, float] | None = None) -> float:
    """The calibrated probability that the speaker is right (0.0 with no speaker)."""
    if not has_speaker:
        return 0.0
    acc = table if table is not None else _table()
    cls = evidence_class(evidence, has_speaker=True)
    return round(acc.get(cls, acc.get("other", 0.5)), 3)


def fit(pairs: list[tuple[str, bool]]) -> dict[str, float]:
    """Per-class accuracy from (evidence class, speaker right) pairs, smoothed
    towards 1/2 with one right and one wrong pseudo-count (Laplace), so a
    class seen twice does not claim certainty."""
    counts: dict[str, list[int]] = {}
    for cls, ok in pairs:
        c = counts.setdefault(cls, [0, 0])
        c[0] += ok
        c[1] += 1
    table = {cls: (ok + 1) / (n + 2) for cls, (ok, n) in counts.items()}
    allok = sum(c[0] for c in counts.values())
    alln = sum(c[1] for c in counts.values())
    table.setdefault("other", (allok + 1) / (alln + 2))
    return table
