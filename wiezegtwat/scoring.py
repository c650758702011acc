"""The one scorer: ``wzw eval``, the tests and the CI gate all use it.

Exactly as ``shared/eval/GUIDELINES.md`` ("Scoring") defines it: tokens are
``\\w+`` runs, lower-cased; predictions and gold quotes are matched
one-to-one, greedily by token-set Jaccard (a pair needs J ≥ 0.5); quote
P/R/F1 count matched quotes; speaker accuracy is the share of matched quotes
whose speaker is right; end-to-end figures count a quote only when it matches
and its speaker is right.

Gold quotes marked ``"required": false`` neither reward nor punish. To make
that hold exactly, predictions are matched to the required gold quotes first;
only the predictions left over are then matched to the optional ones, and a
prediction matched there is ignored. So adding an optional gold quote can
never lower a score: it cannot take a prediction away from a required quote,
and it can only turn a false quote into an ignored one.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

# GUIDELINES.md "Scoring": a pair matches at Jaccard >= 0.5.
THRESHOLD = 0.5
# GUIDELINES.md "Scoring": a surname must be longer than two letters to count.
MIN_SURNAME = 3
TYPES = ("direct", "indirect", "mixed")
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> set[str]:
    """The set of lower-cased ``\\w+`` runs in ``text``."""
    return {t.lower() for t in _TOKEN.findall(text)}


def jaccard(a: str, b: str) -> float:
    """Token-set Jaccard of two texts (0.0 when both have no tokens)."""
    ta, tb = tokens(a), tokens(b)
    union = ta | tb
    return len(ta & tb) / len(union) if union else 0.0


def normalise_name(name: str) -> str:
    """Lower case, accents stripped (NFKD), full stops dropped ("Jr." = "Jr"),
    whitespace collapsed."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c) and c != ".")
    return " ".join(plain.lower().split())


def _surname(name: str) -> str | None:
    """The normalised last word of a name, if it is long enough to count; a
    generational suffix after it ("Jr", "III") is not the surname."""
    words = normalise_name(name).split()
    if len(words) > 2 and re.fullmatch(r"jr|sr|i{2,3}|iv", words[-1]):
        words = words[:-1]
    if not words or len(words[-1]) < MIN_SURNAME:
        return None
    return words[-1]


def speaker_matches(pred_name: str | None, gold_name: str, aliases: Mapping[str, list[str]]) -> bool:
    """Whether a predicted speaker name is right for the gold speaker.

    Right when, normalised, it equals the gold name or one of its aliases, or
    has the same surname (last word, longer than two letters) as the gold
    name or as an alias that is itself a name (capitalised last word, e.g.
    the transliteration "Volkov" of "Sergej Wolkow"; role aliases such as
    "de burgemeester" lend no surname).
    """
    if not pred_name or not pred_name.strip():
        return False
    pred = normalise_name(pred_name)
    alias_list = list(aliases.get(gold_name, []))
    if any(pred == normalise_name(n) for n in [gold_name, *alias_list]):
        return True
    pred_surname = _surname(pred_name)
    if pred_surname is None:
        return False
    name_like = [a for a in alias_list if a.split() and a.split()[-1][:1].isupper()]
    return any(_surname(n) == pred_surname for n in [gold_name, *name_like])


@dataclass
class Match:
    """A gold quote and the prediction matched to it."""

    gold: dict[str, Any]
    pred: dict[str, Any]
    jaccard: float
    speaker_ok: bool


@dataclass
class ArticleScore:
    """The counts and the details for one article."""

    id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    e2e_tp: int = 0
    matches: list[Match] = field(default_factory=list)
    missed: list[dict[str, Any]] = field(default_factory=list)
    false: list[dict[str, Any]] = field(default_factory=list)
    wrong_speaker: list[Match] = field(default_factory=list)


@dataclass
class Score:
    """The figures over a whole gold set, with every article's details."""

    tp: int
    fp: int
    fn: int
    speaker_ok: int
    e2e_tp: int
    precision: float
    recall: float
    f1: float
    speaker_accuracy: float
    e2e_precision: float
    e2e_recall: float
    e2e_f1: float
    by_type: dict[str, float]
    articles: list[ArticleScore]
    # Speaker accuracy as (right, matched) per value of the gold quotes' optional
    # "speaker_from" (how the gold speaker was found, e.g. by a converter); empty
    # when no gold quote says.
    speaker_by: dict[str, tuple[int, int]] = field(default_factory=dict)


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _speaker_name(pred: Mapping[str, Any]) -> str | None:
    """The predicted speaker's name: ``{"name": …}``, a plain string or None."""
    speaker = pred.get("speaker")
    if isinstance(speaker, Mapping):
        name = speaker.get("name")
        return str(name) if name else None
    return str(speaker) if speaker else None


def _greedy(
    golds: Sequence[tuple[int, Mapping[str, Any]]],
    preds: Sequence[tuple[int, Mapping[str, Any]]],
) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching: (gold index, pred index, Jaccard) triples."""
    pairs: list[tuple[float, int, int, int, int]] = []
    for gi, g in golds:
        for pi, p in preds:
            j = jaccard(str(g["text"]), str(p.get("text", "")))
            if j >= THRESHOLD:
                # Ties: higher Jaccard first, then gold position, then prediction position.
                pairs.append((-j, int(g["start"]), int(p.get("start", 0) or 0), gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for negj, _gs, _ps, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, -negj))
    return out


def score_article(gold: Mapping[str, Any], predicted_quotes: list[dict[str, Any]]) -> ArticleScore:
    """Score one article's predicted quotes against its gold quotes."""
    golds: list[dict[str, Any]] = list(gold.get("quotes", []))
    aliases: Mapping[str, list[str]] = gold.get("aliases") or {}
    required = [(i, g) for i, g in enumerate(golds) if g.get("required", True)]
    optional = [(i, g) for i, g in enumerate(golds) if not g.get("required", True)]
    result = ArticleScore(id=str(gold.get("id", "")))

    matched = _greedy(required, list(enumerate(predicted_quotes)))
    used_p = {pi for _gi, pi, _j in matched}
    for gi, pi, j in sorted(matched, key=lambda t: int(golds[t[0]]["start"])):
        g, p = golds[gi], predicted_quotes[pi]
        ok = speaker_matches(_speaker_name(p), str(g["speaker"]), aliases)
        m = Match(gold=g, pred=p, jaccard=j, speaker_ok=ok)
        result.tp += 1
        result.speaker_ok += ok
        result.matches.append(m)
        if not ok:
            result.wrong_speaker.append(m)
    result.e2e_tp = result.speaker_ok

    used_g = {gi for gi, _pi, _j in matched}
    for gi, g in required:
        if gi not in used_g:
            result.fn += 1
            result.missed.append(g)

    leftover = [(pi, p) for pi, p in enumerate(predicted_quotes) if pi not in used_p]
    # A leftover prediction matched to an optional gold quote is neither TP nor FP.
    ignored = {pi for _gi, pi, _j in _greedy(optional, leftover)}
    for pi, p in leftover:
        if pi not in ignored:
            result.fp += 1
            result.false.append(p)
    return result


def score(golds: Iterable[Mapping[str, Any]], predictions: Mapping[str, list[dict[str, Any]]]) -> Score:
    """Score every gold article; ``predictions`` maps article id to its predicted quotes.

    An article missing from ``predictions`` counts as one with no predictions.
    """
    articles = [score_article(g, list(predictions.get(str(g["id"]), []))) for g in golds]
    hits: dict[str, list[int]] = {}
    for a in articles:
        for m in a.matches:
            hits.setdefault(str(m.gold.get("type", "?")), [0, 0])[0] += 1
        for g in a.missed:
            hits.setdefault(str(g.get("type", "?")), [0, 0])[1] += 1
    by_type = {t: _div(hit, hit + miss) for t, (hit, miss) in sorted(hits.items())}
    tp = sum(a.tp for a in articles)
    fp = sum(a.fp for a in articles)
    fn = sum(a.fn for a in articles)
    speaker_ok = sum(a.speaker_ok for a in articles)
    e2e_tp = sum(a.e2e_tp for a in articles)
    precision, recall = _div(tp, tp + fp), _div(tp, tp + fn)
    e2e_precision, e2e_recall = _div(e2e_tp, tp + fp), _div(e2e_tp, tp + fn)
    return Score(
        tp=tp,
        fp=fp,
        fn=fn,
        speaker_ok=speaker_ok,
        e2e_tp=e2e_tp,
        precision=precision,
        recall=recall,
        f1=_f1(precision, recall),
        speaker_accuracy=_div(speaker_ok, tp),
        e2e_precision=e2e_precision,
        e2e_recall=e2e_recall,
        e2e_f1=_f1(e2e_precision, e2e_recall),
        by_type=by_type,
        articles=articles,
        speaker_by=_speaker_by(articles),
    )


def _speaker_by(articles: Iterable[ArticleScore]) -> dict[str, tuple[int, int]]:
    """(right, matched) speakers per value of the gold quotes' ``speaker_from``."""
    counts: dict[str, list[int]] = {}
    for a in articles:
        for m in a.matches:
            if m.gold.get("speaker_from"):
                c = counts.setdefault(str(m.gold["speaker_from"]), [0, 0])
                c[0] += m.speaker_ok
                c[1] += 1
    return {k: (ok, n) for k, (ok, n) in sorted(counts.items())}


def _check_quote(where: str, text: str, q: Any) -> None:
    """Raise InputError unless ``q`` is a well-formed gold quote of ``text``."""
    if not isinstance(q, dict):
        raise InputError(where, f"a quote must be a JSON object, not {q!r:.60}")
    missing = [k for k in ("start", "end", "text", "speaker") if k not in q]
    if missing:
        raise InputError(
            where,
            f"quote {str(q.get('text', ''))[:40]!r} lacks {', '.join(missing)}",
            hint="every quote needs start, end, text, speaker, type and required",
        )
    start, end = q["start"], q["end"]
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        raise InputError(where, f"offsets {start!r}:{end!r} are not valid indices into the text")
    if text[start:end] != q["text"]:
        raise InputError(
            where,
            f"offsets {start}:{end} slice to {text[start:end][:40]!r}, "
            f"not to the quote text {str(q['text'])[:40]!r}",
            hint="recompute the offsets as Python string indices (code points)",
        )
    if q.get("type", "direct") not in TYPES:
        raise InputError(where, f"quote type {q.get('type')!r} is not one of {', '.join(TYPES)}")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read and check a gold JSONL file; a bad line raises InputError naming ``file:line``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such gold file", hint="give the path of a .jsonl gold file")
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
            if not isinstance(gold, dict) or not {"id", "text", "quotes"} <= gold.keys():
                raise InputError(where, "a gold line needs at least 'id', 'text' and 'quotes'")
            if not isinstance(gold["text"], str) or not isinstance(gold["quotes"], list):
                raise InputError(where, "'text' must be a string and 'quotes' a list")
            for q in gold["quotes"]:
                _check_quote(where, gold["text"], q)
            out.append(gold)
    return out


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _details(a: ArticleScore) -> list[str]:
    """One line per miss, false quote and wrong speaker of an article."""
    lines: list[str] = []
    for g in a.missed:
        lines.append(
            f"MISS   {a.id} {g['start']}:{g['end']} [{g.get('type')}] "
            f"expected {g['speaker']!r}: {_short(str(g['text']))}"
        )
    for p in a.false:
        lines.append(
            f"FALSE  {a.id} {p.get('start')}:{p.get('end')} [{p.get('type')}] "
            f"got {_speaker_name(p)!r}: {_short(str(p.get('text', '')))}"
        )
    for m in a.wrong_speaker:
        evidence = f" ({m.pred['evidence']})" if m.pred.get("evidence") else ""
        lines.append(
            f"WRONG  {a.id} {m.gold['start']}:{m.gold['end']} [{m.gold.get('type')}] "
            f"expected {m.gold['speaker']!r} got {_speaker_name(m.pred)!r}{evidence}: "
            f"{_short(str(m.gold['text']), 60)}"
        )
    return lines


def format_report(score: Score, *, verbose: bool = False) -> str:
    """The text ``wzw eval`` prints; ``verbose`` adds every miss, false quote and wrong speaker."""
    s = score
    lines = [
        f"articles {len(s.articles)}   matched {s.tp}   false {s.fp}   missed {s.fn}",
        f"quotes       P {s.precision:.3f}   R {s.recall:.3f}   F1 {s.f1:.3f}",
        f"speaker      accuracy {s.speaker_accuracy:.3f}   ({s.speaker_ok}/{s.tp})",
        f"end-to-end   P {s.e2e_precision:.3f}   R {s.e2e_recall:.3f}   F1 {s.e2e_f1:.3f}",
        "recall by type  " + "   ".join(f"{t} {r:.3f}" for t, r in s.by_type.items()),
    ]
    if s.speaker_by:
        lines.append("speaker by gold source  " + "   ".join(
            f"{k} {_div(ok, n):.3f} ({ok}/{n})" for k, (ok, n) in s.speaker_by.items()))
    if verbose:
        for a in s.articles:
            lines.extend(_details(a))
    return "\n".join(lines)


def to_json(score: Score) -> dict[str, Any]:
    """The figures as a JSON-able dict (``wzw eval --json``)."""
    s = score
    return {
        "articles": len(s.articles),
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
        "speaker_ok": s.speaker_ok,
        "e2e_tp": s.e2e_tp,
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "f1": round(s.f1, 4),
        "speaker_accuracy": round(s.speaker_accuracy, 4),
        "e2e_precision": round(s.e2e_precision, 4),
        "e2e_recall": round(s.e2e_recall, 4),
        "e2e_f1": round(s.e2e_f1, 4),
        "recall_by_type": {t: round(r, 4) for t, r in s.by_type.items()},
        "speaker_by_source": {k: {"right": ok, "matched": n} for k, (ok, n) in s.speaker_by.items()},
    }
