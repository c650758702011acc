"""Calibrate speaker confidence and cross-validate the engine by article.

    python eval/calibrate.py GOLD.jsonl [GOLD2.jsonl ...] [--folds 5] [--cache DIR]
        [--write]  [--report docs/confidence.md]

1. Runs the pipeline once over every gold article (Frog's analyses cached).
2. Scores the figures in-sample.
3. Splits the articles into ``--folds`` folds by a hash of their id; for each
   fold, fits the per-evidence-class accuracy table on the other folds and
   gives the held-out fold's speakers that confidence. The reliability table
   (mean confidence vs observed accuracy per bin) is what the held-out folds
   show, so the figure is honest.
4. ``--write`` stores the table fitted on all articles in
   ``wiezegtwat/quotes/data/confidence.json`` (the engine's default).

The engine's rules have no fitted parameters of their own, so the quote and
speaker figures of the held-out folds equal the in-sample ones; the table is
the one learned component, and its calibration is what the folds test.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from folds import arguments, fold_of  # noqa: E402

from wiezegtwat.evaluate import predict  # noqa: E402
from wiezegtwat.quotes import confidence as conf  # noqa: E402
from wiezegtwat.scoring import load_gold, score  # noqa: E402

BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)



def pairs_of(golds: list[dict], preds: dict[str, list[dict]]) -> list[tuple[str, str, bool]]:
    """(article id, evidence class, speaker right) for every matched gold quote."""
    out = []
    s = score(golds, preds)
    for a in s.articles:
        for m in a.matches:
            sp = m.pred.get("speaker")
            cls = conf.evidence_class(m.pred.get("evidence", ""), has_speaker=bool(sp and sp.get("name")))
            out.append((a.id, cls, m.speaker_ok))
    return out


def reliability(rows: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    out = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        sel = [(c, ok) for c, ok in rows if lo <= c < hi]
        if sel:
            out.append((f"{lo:.1f}–{min(hi, 1.0):.1f}", len(sel), sum(c for c, _ in sel) / len(sel),
                        sum(ok for _, ok in sel) / len(sel)))
    return out


def main() -> None:
    args = arguments(__doc__)
    golds = [g for path in args.gold for g in load_gold(path)]
    preds = predict(golds, cache=args.cache)
    pairs = pairs_of(golds, preds)
    rows: list[tuple[float, bool]] = []
    for k in range(args.folds):
        train = [(c, ok) for aid, c, ok in pairs if fold_of(aid, args.folds) != k and c != "none"]
        table = conf.fit(train)
        for aid, c, ok in pairs:
            if fold_of(aid, args.folds) == k:
                p = 0.0 if c == "none" else table.get(c, table["other"])
                rows.append((p, ok))
    full = conf.fit([(c, ok) for _aid, c, ok in pairs if c != "none"])
    counts: dict[str, list[int]] = {}
    for _aid, c, ok in pairs:
        counts.setdefault(c, [0, 0])
        counts[c][0] += ok
        counts[c][1] += 1
    brier = sum((p - ok) ** 2 for p, ok in rows) / len(rows)
    lines = [
        f"Gold: {', '.join(Path(p).name for p in args.gold)} ({len(golds)} articles, "
        f"{len(pairs)} matched quotes), {args.folds} folds by article; Python {platform.python_version()}.",
        "",
        "| evidence class | quotes | right | accuracy (smoothed, all folds) |",
        "|---|---|---|---|",
    ]
    for c, (ok, n) in sorted(counts.items(), key=lambda kv: -kv[1][1]):
        lines.append(f"| {c} | {n} | {ok} | {full.get(c, 0.0):.3f} |")
    lines += ["", "Reliability on held-out folds (confidence from a table fitted on the other folds):", "",
              "| confidence | quotes | mean confidence | observed accuracy |", "|---|---|---|---|"]
    for label, n, mean, acc in reliability(rows):
        lines.append(f"| {label} | {n} | {mean:.3f} | {acc:.3f} |")
    lines += ["", f"Brier score (held-out): {brier:.4f}"]
    text = "\n".join(lines)
    print(text)
    if args.write:
        conf.TABLE.parent.mkdir(parents=True, exist_ok=True)
        conf.TABLE.write_text(json.dumps({
            "about": "Share of right speakers per evidence class, Laplace-smoothed; "
                     "fitted by eval/calibrate.py on the gold sets named in 'gold'.",
            "gold": [Path(p).name for p in args.gold],
            "accuracy": {k: round(v, 4) for k, v in sorted(full.items())},
        }, indent=1) + "\n", encoding="utf-8")
    if args.report:
        write_report(Path(args.report), text)


def write_report(path: Path, text: str) -> None:
    """Replace the measured part of ``path`` (from its "Gold: " line on) with
    ``text``; the prose above it stays."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    cut = old.find("\nGold: ")
    head = old[: cut + 1] if cut >= 0 else ""
    path.write_text(head + text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
