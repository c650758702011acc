"""What the cross-validation scripts share: the split by article and their arguments."""

from __future__ import annotations

import argparse
import hashlib


def fold_of(article_id: str, folds: int) -> int:
    """A stable fold for an article: the same split on every machine and run."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % folds


def arguments(doc: str | None) -> argparse.Namespace:
    """GOLD... [--folds N] [--cache DIR] [--write] [--report FILE]."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("gold", nargs="+", help="gold JSONL files (../shared/eval/*.jsonl)")
    ap.add_argument("--folds", type=int, default=5, help="folds by article (default 5)")
    ap.add_argument("--cache", default=None, help="keep Frog's analyses in this folder")
    ap.add_argument("--write", action="store_true", help="store what was fitted on all articles")
    ap.add_argument("--report", default=None, help="write the tables to this Markdown file")
    return ap.parse_args()
