"""Run the pipeline over a gold file and score it (``wzw eval``, the CI gate)."""

from __future__ import annotations

from pathlib import Path

from .analyse.base import Backend
from .pipeline import Pipeline
from .records import Article
from .scoring import Score, load_gold, score


def predict(golds: list[dict], *, backend: Backend | None = None,
            cache: str | None = None) -> dict[str, list[dict]]:
    """The pipeline's quotes (contract shape) for each gold article, one Frog start."""
    preds: dict[str, list[dict]] = {}
    with Pipeline(backend=backend, cache=cache, lang="nl") as pipe:
        for gold in golds:
            article = Article(id=gold["id"], text=gold["text"], source=gold["id"])
            pipe.analyse_article(article)
            preds[gold["id"]] = [q.to_dict() for q in article.quotes]
    return preds


def evaluate(path: str | Path, *, backend: Backend | None = None, cache: str | None = None) -> Score:
    """Score the pipeline on the gold file at ``path``."""
    golds = load_gold(path)
    return score(golds, predict(golds, backend=backend, cache=cache))
