"""Unseen Dutch news without quote gold: CoNLL-2002's De Morgen texts, for reading.

No public Dutch news corpus with quote annotation exists (``shared/data/README.md``).
CoNLL-2002 Dutch holds news of one Belgian paper (2000) in tokens, one article per
``-DOCSTART-``. This script rebuilds the articles as plain text so that ``wzw
quotes`` can run on them, and lists where two runs (two versions of the engine)
attribute a quote differently, so a reader can judge each change. Judging is by
hand: there is no gold. Sentences inside an article are not always in their
original order (the corpus mixes them with page metadata), so only what a sentence
says about its own speaker can be judged; pronouns and discourse cannot.

    python eval/conll_nl.py build ../shared/data/conll2002-dutch/ned.train /tmp/conll-train
    wzw quotes --json --lang nl --cache DIR /tmp/conll-train > new.jsonl
    python eval/conll_nl.py diff old.jsonl new.jsonl

The corpus is research-only (CoNLL-2002 terms): the rebuilt texts are written where
you say, never into the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from detokenize import glue

_SENTENCE_END = tuple(".!?\"'")


def read_documents(path: Path) -> list[list[list[str]]]:
    """The articles of a CoNLL-2002 file: lists of sentences of tokens."""
    docs: list[list[list[str]]] = [[]]
    sent: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-") or not line.strip():
            if sent:
                docs[-1].append(sent)
            sent = []
            if line.startswith("-DOCSTART-"):
                docs.append([])
        else:
            sent.append(line.split(" ")[0])
    return [d for d in docs if d]


def detokenize(tokens: list[str]) -> str:
    """Tokens back to one line of text (``detokenize.glue``)."""
    return " ".join(glue(tokens)[0].split())


def article_text(sentences: list[list[str]]) -> str:
    """One article: sentences run on in a paragraph; a line that ends no sentence
    (a headline, a byline, page metadata) stands as a paragraph of its own."""
    paragraphs: list[str] = []
    run: list[str] = []
    for tokens in sentences:
        text = detokenize(tokens)
        if text.endswith(_SENTENCE_END):
            run.append(text)
            continue
        if run:
            paragraphs.append(" ".join(run))
            run = []
        paragraphs.append(text)
    if run:
        paragraphs.append(" ".join(run))
    return "\n\n".join(paragraphs) + "\n"


def build(conll: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    docs = read_documents(conll)
    for k, doc in enumerate(docs):
        (out / f"{k:03d}.txt").write_text(article_text(doc), encoding="utf-8")
    return len(docs)


def _quotes(path: Path) -> dict[tuple[str, int], dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        for q in article["quotes"]:
            out[(Path(article["source"]).name, q["start"])] = q
    return out


def _speaker(q: dict) -> str | None:
    return (q.get("speaker") or {}).get("name")


def _show(q: dict | None) -> str:
    return "—" if q is None else f"{_speaker(q)!r} ({q['evidence']})"


def differences(old: Path, new: Path) -> list[tuple[tuple[str, int], dict | None, dict | None]]:
    """Quotes found by one run only, or found by both with another speaker."""
    a, b = _quotes(old), _quotes(new)
    out = []
    for key in sorted(set(a) | set(b)):
        qa, qb = a.get(key), b.get(key)
        if qa is None or qb is None or _speaker(qa) != _speaker(qb):
            out.append((key, qa, qb))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="rebuild the articles of a CoNLL-2002 file as .txt files")
    b.add_argument("conll", type=Path)
    b.add_argument("out", type=Path)
    d = sub.add_parser("diff", help="quotes two `wzw quotes --json` runs attribute differently")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    args = ap.parse_args()
    if args.command == "build":
        print(f"{build(args.conll, args.out)} articles written to {args.out}")
        return
    rows = differences(args.old, args.new)
    for (name, start), qa, qb in rows:
        text = (qa or qb or {}).get("text", "")[:120]
        print(f"{name}:{start}  {text!r}\n    old: {_show(qa)}\n    new: {_show(qb)}")
    print(f"{len(rows)} quotes differ")


if __name__ == "__main__":
    main()
