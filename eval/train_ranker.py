"""Train the speaker ranker (``wiezegtwat/quotes/rank.py``) and cross-validate it by article.

    python eval/train_ranker.py GOLD.jsonl [GOLD2.jsonl ...] --cache DIR [--folds 5] [--write]
        [--report docs/ranker.md]

Each gold article is analysed once (Frog's analyses cached). The engine runs
with the rules only and records every ranked decision (a standalone quote, a
pronoun) with its candidates and their features; a candidate is right when
its name matches the gold speaker of the quote the decision belongs to.
A logistic regression over candidates learns the weights.

Cross-validation: the articles are split into ``--folds`` folds by a hash of
their id (the same split as ``eval/calibrate.py``). For each fold the model
is trained on the other folds only and the engine then runs on the held-out
fold with those weights; the pooled held-out predictions are scored with the
one scorer. That figure is the one that counts. ``--write`` stores the
weights trained on every article in ``wiezegtwat/quotes/data/ranker.json``.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

import sklearn  # noqa: E402
from folds import arguments, fold_of  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from wiezegtwat.analyse.cache import CachedBackend  # noqa: E402
from wiezegtwat.pipeline import default_backend  # noqa: E402
from wiezegtwat.quotes import extract, rank  # noqa: E402
from wiezegtwat.records import Doc  # noqa: E402
from wiezegtwat.scoring import Score, load_gold, score, score_article, speaker_matches  # noqa: E402

# L2 strength of the logistic regression: a fixed, common default; not tuned on the folds.
C = 1.0



def analyse_all(golds: list[dict], cache: str | None) -> dict[str, Doc]:
    """Every gold article analysed by the backend of its language (one start each)."""
    docs: dict[str, Doc] = {}
    for lang in sorted({_lang(g) for g in golds}):
        backend = default_backend(lang, cache=cache)
        if not isinstance(backend, CachedBackend):
            print("hint: --cache DIR keeps the analyses for the next run", file=sys.stderr)
        backend.start()
        try:
            docs.update({g["id"]: backend.analyse(g["text"]) for g in golds if _lang(g) == lang})
        finally:
            backend.close()
    return docs


def _lang(gold: dict) -> str:
    return str(gold.get("lang") or "nl")


def run(golds: list[dict], docs: dict[str, Doc], weights: dict[str, float] | None,
        trace: dict[str, list[dict]] | None = None) -> dict[str, list[dict]]:
    """The engine's quotes per article (``weights`` None: the rules alone)."""
    preds = {}
    for g in golds:
        t: list[dict] = []
        # "Only the rules' pick counts" stands for no weights: a None here would let
        # extract() load shipped weights, and the rules-alone run must not use any.
        quotes, _ = extract(docs[g["id"]], lang=_lang(g), weights=weights or {"rule_pick": 1.0}, trace=t)
        preds[g["id"]] = [q.to_dict() for q in quotes]
        if trace is not None:
            trace[g["id"]] = t
    return preds


def rows_of(golds: list[dict], preds: dict[str, list[dict]],
            trace: dict[str, list[dict]]) -> list[tuple[str, list[dict[str, float]], list[int]]]:
    """(article id, candidate features, labels) for decisions with a right candidate."""
    out = []
    for g in golds:
        res = score_article(g, preds[g["id"]])
        aliases = g.get("aliases") or {}
        by_quote = {m.pred["start"]: m.gold for m in res.matches}
        by_pronoun = {m.pred["speaker"]["start"]: m.gold for m in res.matches
                      if m.pred.get("speaker") and m.pred["speaker"].get("start") is not None}
        for d in trace[g["id"]]:
            gold = (by_quote if d["task"] == "discourse" else by_pronoun).get(d["anchor"])
            if gold is None or not d["candidates"]:
                continue
            labels = [int(speaker_matches(n, gold["speaker"], aliases)) for n, _ in d["candidates"]]
            if any(labels):
                out.append((g["id"], [f for _, f in d["candidates"]], labels))
    return out


def train(rows: list[tuple[str, list[dict[str, float]], list[int]]]) -> dict[str, float]:
    X = [[f[k] for k in rank.FEATURES] for _, fs, _ in rows for f in fs]
    y = [lab for _, _, labels in rows for lab in labels]
    model = LogisticRegression(C=C, max_iter=2000, fit_intercept=False)
    model.fit(X, y)
    return {k: float(w) for k, w in zip(rank.FEATURES, model.coef_[0], strict=True)}


def figures(s: Score) -> str:
    return (f"| {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.speaker_accuracy:.3f} | "
            f"{s.e2e_f1:.3f} | {s.by_type.get('direct', 0):.3f} / {s.by_type.get('indirect', 0):.3f} / "
            f"{s.by_type.get('mixed', 0):.3f} |")


def main() -> None:
    args = arguments(__doc__)
    golds = [g for path in args.gold for g in load_gold(path)]
    docs = analyse_all(golds, args.cache)
    trace: dict[str, list[dict]] = {}
    rule_preds = run(golds, docs, None, trace)
    rows = rows_of(golds, rule_preds, trace)
    cv_preds: dict[str, list[dict]] = {}
    for k in range(args.folds):
        w = train([r for r in rows if fold_of(r[0], args.folds) != k])
        held = [g for g in golds if fold_of(g["id"], args.folds) == k]
        cv_preds.update(run(held, docs, w))
    full = train(rows)
    insample = run(golds, docs, full)
    lines = [
        f"Gold: {', '.join(Path(p).name for p in args.gold)} ({len(golds)} articles; "
        f"{len(rows)} ranked decisions with a right candidate); {args.folds} folds by article; "
        f"scikit-learn {sklearn.__version__}, Python {platform.python_version()}.",
        "",
        "| run | quote P | quote R | quote F1 | speaker acc. | e2e F1 | recall direct / indirect / mixed |",
        "|---|---|---|---|---|---|---|",
        "| rules alone " + figures(score(golds, rule_preds)),
        "| ranker, in-sample (trained on all) " + figures(score(golds, insample)),
        "| ranker, cross-validated (trained on 4 folds, scored on the 5th) " + figures(score(golds, cv_preds)),
        "",
        "Weights (trained on all articles):",
        "",
        "| feature | weight |",
        "|---|---|",
    ]
    lines += [f"| {k} | {v:+.3f} |" for k, v in full.items()]
    text = "\n".join(lines)
    print(text)
    if args.write:
        rank.WEIGHTS.parent.mkdir(parents=True, exist_ok=True)
        card: dict[str, Any] = {
            "about": "Logistic-regression weights of the speaker ranker, trained by eval/train_ranker.py "
                     "on the gold sets named in 'gold'. Features: wiezegtwat/quotes/rank.py.",
            "gold": [Path(p).name for p in args.gold],
            "sklearn": sklearn.__version__,
            "weights": {k: round(v, 4) for k, v in full.items()},
        }
        rank.WEIGHTS.write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    if args.report:
        Path(args.report).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
