"""The one scorer: ``wzw eval``, the tests and the CI gate all use it.

Exactly as ``shared/eval/GUIDELINES.md`` defines it: tokens are ``\\w+`` runs;
predictions and gold quotes are matched one-to-one, greedily by token
Jaccard (≥ 0.5); quote P/R/F1 counts matched quotes; speaker accuracy is the
share of matched quotes whose speaker is right; end-to-end F1 counts a quote
only when it matches and its speaker is right. Gold quotes marked
``"required": false`` neither reward nor punish: a prediction matched to one
is ignored, and an unmatched one is no miss.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

THRESHOLD = 0.5
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text)}


def jaccard(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    union = ta | tb
    return len(ta & tb) / len(union) if union else 0.0


def normalise_name(name: str) -> str:
    """Lower case, accents stripped, whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.lower().split())


def speaker_matches(pred_name: str | None, gold_name: str, aliases: Mapping[str, list[str]]) -> bool:
    """Right when equal to the gold name or an alias, or with the same surname
    (last word, longer than two letters)."""
    if not pred_name:
        return False
    pred = normalise_name(pred_name)
    names = [gold_name, *aliases.get(gold_name, [])]
    if any(pred == normalise_name(n) for n in names):
        return True
    gold_last = normalise_name(gold_name).split()
    pred_last = pred.split()
    if not gold_last or not pred_last:
        return False
    return len(gold_last[-1]) > 2 and pred_last[-1] == gold_last[-1]


@dataclass
class Match:
    gold: dict[str, Any]
    pred: dict[str, Any]
    jaccard: float
    speaker_ok: bool


@dataclass
class ArticleScore:
    id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    matches: list[Match] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    false: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[Match] = field(default_factory=list)

    @property
    def e2e_tp(self) -> int:
        return self.speaker_ok


@dataclass
class Score:
    tp: int
    fp: int
    fn: int
    speaker_ok: int
    by_type: dict[str, float]
    articles: list[ArticleScore]

    @property
    def e2e_tp(self) -> int:
        return self.speaker_ok

    @property
    def precision(self) -> float:
        return _div(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _div(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def speaker_accuracy(self) -> float:
        return _div(self.speaker_ok, self.tp)

    @property
    def e2e_precision(self) -> float:
        return _div(self.e2e_tp, self.tp + self.fp)

    @property
    def e2e_recall(self) -> float:
        return _div(self.e2e_tp, self.tp + self.fn)

    @property
    def e2e_f1(self) -> float:
        return _f1(self.e2e_precision, self.e2e_recall)


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _speaker_name(pred: Mapping[str, Any]) -> str | None:
    speaker = pred.get("speaker")
    if isinstance(speaker, Mapping):
        name = speaker.get("name")
        return str(name) if name else None
    return str(speaker) if speaker else None


def score_article(gold: Mapping[str, Any], predicted: list[dict[str, Any]]) -> ArticleScore:
    """Score one article's predicted quotes against its gold quotes."""
    golds: list[dict[str, Any]] = list(gold.get("quotes", []))
    aliases: Mapping[str, list[str]] = gold.get("aliases", {}) or {}
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(predicted):
            j = jaccard(g["text"], p.get("text", ""))
            if j >= THRESHOLD:
                # Ties: the higher Jaccard first, then text order (deterministic).
                pairs.append((-j, g["start"], p.get("start", 0), gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    result = ArticleScore(id=str(gold.get("id", "")))
    for negj, _gs, _ps, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = golds[gi], predicted[pi]
        if not g.get("required", True):
            continue  # optional gold: neither reward nor punish
        ok = speaker_matches(_speaker_name(p), g["speaker"], aliases)
        m = Match(g, p, -negj, ok)
        result.tp += 1
        result.speaker_ok += ok
        result.matches.append(m)
        if not ok:
            result.wrong_speaker.append(m)
    for gi, g in enumerate(golds):
        if gi not in used_g and g.get("required", True):
            result.fn += 1
            result.missed.append(g)
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            result.fp += 1
            result.false.append(p)
    return result


def score(golds: Iterable[Mapping[str, Any]], predictions: Mapping[str, list[dict[str, Any]]]) -> Score:
    """Score every gold article; ``predictions`` maps article id → predicted quotes."""
    articles = [score_article(g, predictions.get(str(g["id"]), [])) for g in golds]
    found: dict[str, list[int]] = {}
    for a in articles:
        for m in a.matches:
            found.setdefault(m.gold.get("type", "?"), [0, 0])[0] += 1
        for g in a.missed:
            found.setdefault(g.get("type", "?"), [0, 0])[1] += 1
    by_type = {t: _div(hit, hit + miss) for t, (hit, miss) in sorted(found.items())}
    return Score(
        tp=sum(a.tp for a in articles),
        fp=sum(a.fp for a in articles),
        fn=sum(a.fn for a in articles),
        speaker_ok=sum(a.speaker_ok for a in articles),
        by_type=by_type,
        articles=articles,
    )


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read and check a gold JSONL file (offsets must slice to each quote's text)."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), "no such gold file")
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            try:
                gold = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(where, f"not valid JSON ({e.msg})") from e
            if not isinstance(gold, dict) or "text" not in gold or "id" not in gold:
                raise InputError(where, "a gold line needs at least 'id', 'text' and 'quotes'")
            text = gold["text"]
            for q in gold.get("quotes", []):
                try:
                    ok = text[q["start"] : q["end"]] == q["text"]
                except (KeyError, TypeError) as e:
                    raise InputError(where, f"quote without start/end/text: {q!r:.80}") from e
                if not ok:
                    raise InputError(where, f"offsets {q['start']}:{q['end']} do not slice to {q['text'][:40]!r}")
                if "speaker" not in q:
                    raise InputError(where, f"quote without a speaker: {q['text'][:40]!r}")
            out.append(gold)
    return out


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_report(s: Score, *, verbose: bool = False) -> str:
    """The text ``wzw eval`` prints."""
    lines = [
        f"articles {len(s.articles)}   matched {s.tp}   false {s.fp}   missed {s.fn}",
        f"quotes       P {s.precision:.3f}   R {s.recall:.3f}   F1 {s.f1:.3f}",
        f"speaker      accuracy {s.speaker_accuracy:.3f}   ({s.speaker_ok}/{s.tp})",
        f"end-to-end   P {s.e2e_precision:.3f}   R {s.e2e_recall:.3f}   F1 {s.e2e_f1:.3f}",
        "recall by type  " + "   ".join(f"{t} {r:.3f}" for t, r in s.by_type.items()),
    ]
    if verbose:
        for a in s.articles:
            for g in a.missed:
                lines.append(f"MISS   {a.id} {g['start']}:{g['end']} [{g.get('type')}] {g['speaker']!r}: {_short(g['text'])}")
            for p in a.false:
                lines.append(f"FALSE  {a.id} {p.get('start')}:{p.get('end')} [{p.get('type')}] "
                             f"{_speaker_name(p)!r}: {_short(p.get('text', ''))}")
            for m in a.wrong_speaker:
                lines.append(f"WRONG  {a.id} {m.gold['start']}:{m.gold['end']} expected {m.gold['speaker']!r} "
                             f"got {_speaker_name(m.pred)!r} ({m.pred.get('evidence', '')}): {_short(m.gold['text'], 60)}")
    return "\n".join(lines)


def to_json(s: Score) -> dict[str, Any]:
    """The figures as a JSON-able dict (``wzw eval --json``)."""
    return {
        "articles": len(s.articles),
        "tp": s.tp, "fp": s.fp, "fn": s.fn, "speaker_ok": s.speaker_ok,
        "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
        "speaker_accuracy": round(s.speaker_accuracy, 4),
        "e2e_precision": round(s.e2e_precision, 4), "e2e_recall": round(s.e2e_recall, 4),
        "e2e_f1": round(s.e2e_f1, 4),
        "recall_by_type": {t: round(r, 4) for t, r in s.by_type.items()},
    }
