"""B-cubed precision/recall/F1 of actor linking on the gold speakers of the Dutch dev set.

Every gold speaker string of every article (with the article id as context and the
roles its ``aliases`` map gives) goes through a fresh ActorIndex; the predicted
clusters are compared with the hand-made clusters in eval/actors_nl_dev.jsonl.

Usage: python eval/actors_bcubed.py [--gold eval/actors_nl_dev.jsonl] [--dev ../shared/eval/nl-dev.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from wiezegtwat.actors import ActorIndex, AliasTable
from wiezegtwat.actors.names import guess_type, is_description, split_role

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE / "actors_nl_dev.jsonl"
DEFAULT_DEV = HERE.parent.parent / "shared" / "eval" / "nl-dev.jsonl"
Item = tuple[str, str]  # (article id, gold speaker string)


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    items: int
    clusters: int  # predicted clusters


@dataclass(frozen=True)
class DevSpeaker:
    article_id: str
    speaker: str
    role: str | None
    date: str | None


def load_gold(path: Path) -> dict[str, str]:
    """Gold speaker string -> its cluster's canonical name."""
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for member in row["members"]:
                out[member] = row["cluster"]
    return out


def dev_speakers(path: Path) -> list[DevSpeaker]:
    """Each distinct gold speaker of each article, with a role from the article's aliases."""
    out: list[DevSpeaker] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        aliases: dict[str, list[str]] = article.get("aliases") or {}
        seen: set[str] = set()
        for quote in article["quotes"]:
            speaker = quote.get("speaker")
            if not speaker or speaker in seen:
                continue
            seen.add(speaker)
            roles = [split_role(a)[1] for a in aliases.get(speaker, [])]
            role = next((r for r in roles if r), None)
            out.append(DevSpeaker(article["id"], speaker, role, article.get("date")))
    return out


def predict(speakers: list[DevSpeaker], *, aliases: AliasTable | None) -> dict[Item, str]:
    """Item -> predicted cluster id (an actor id; descriptions stay alone)."""
    index = ActorIndex(aliases=aliases)
    out: dict[Item, str] = {}
    for sp in speakers:
        item = (sp.article_id, sp.speaker)
        if is_description(sp.speaker):
            out[item] = f"none:{sp.article_id}:{sp.speaker}"
            continue
        actor = index.resolve(
            sp.speaker,
            type=guess_type(sp.speaker),
            role=sp.role,
            article_id=sp.article_id,
            date=sp.date,
        )
        out[item] = actor.id
    # Later merges (a surname first, the full name after) may redirect earlier ids.
    return {item: index.follow(cluster) for item, cluster in out.items()}


def bcubed(gold: dict[Item, str], pred: dict[Item, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``gold``."""
    items = list(gold)
    by_gold: dict[str, set[Item]] = {}
    by_pred: dict[str, set[Item]] = {}
    for item in items:
        by_gold.setdefault(gold[item], set()).add(item)
        by_pred.setdefault(pred[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        g, p = by_gold[gold[item]], by_pred[pred[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(gold_path: Path, dev_path: Path, *, aliases: AliasTable | None) -> Score:
    """Score actor linking of the dev speakers against the gold clusters."""
    clusters = load_gold(gold_path)
    speakers = dev_speakers(dev_path)
    missing = sorted({sp.speaker for sp in speakers} - set(clusters))
    if missing:
        raise ValueError(f"{gold_path} has no cluster for: {', '.join(missing)}")
    gold = {(sp.article_id, sp.speaker): clusters[sp.speaker] for sp in speakers}
    pred = predict(speakers, aliases=aliases)
    p, r, f = bcubed(gold, pred)
    return Score(p, r, f, items=len(gold), clusters=len(set(pred.values())))


def errors(gold_path: Path, dev_path: Path, *, aliases: AliasTable | None) -> list[str]:
    """Human-readable lines for each wrongly split or wrongly merged gold speaker."""
    clusters = load_gold(gold_path)
    speakers = dev_speakers(dev_path)
    pred = predict(speakers, aliases=aliases)
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for (_, speaker), cluster in pred.items():
        by_pred.setdefault(cluster, set()).add(speaker)
        by_gold.setdefault(clusters[speaker], set()).add(cluster)
    lines = [f"merged: {sorted(m)}" for m in by_pred.values()
             if len({clusters[s] for s in m}) > 1]
    lines += [f"split: {g} over {len(p)} actors" for g, p in by_gold.items() if len(p) > 1]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    parser.add_argument("--errors", action="store_true", help="list wrong merges and splits")
    args = parser.parse_args(argv)
    if not args.dev.exists():
        print(f"{args.dev} not found; pass --dev PATH to the shared nl-dev.jsonl", file=sys.stderr)
        return 2
    versions = ", ".join(f"{p} {metadata.version(p)}" for p in ("wiezegtwat", "rapidfuzz", "anyascii"))
    print(f"actor linking, B-cubed on {args.dev.name} ({versions})")
    print(f"{'aliases':<18}{'precision':>10}{'recall':>10}{'F1':>10}{'items':>8}{'actors':>8}")
    for label, table in (("without aliases", None), ("bundled aliases", AliasTable.bundled())):
        s = score(args.gold, args.dev, aliases=table)
        print(f"{label:<18}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}"
              f"{s.items:>8}{s.clusters:>8}")
        if args.errors:
            for line in errors(args.gold, args.dev, aliases=table):
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
