"""B-cubed precision/recall/F1 of actor linking on the gold speakers of the Dutch dev set.

Every gold speaker string of every article (with the article id as context and the
roles its ``aliases`` map gives) goes through a fresh ActorIndex; the predicted
clusters are compared with clusters derived from the gold file itself, at run
time (nothing of the gold is kept in the repository):

* two gold speakers of different articles are one entity when their names are
  equal after lower-casing and stripping accents, or when one article lists the
  other's name among the aliases of its speaker;
* within one article, distinct gold speakers are distinct entities (the
  annotators write one name per entity per article).

Spelling variants across articles that no article's aliases join (two
transliterations of one foreign name) stay apart in this derived gold, so a
matcher that rightly joins them loses precision here: the precision is a lower
bound.

Usage: python eval/actors_bcubed.py [--dev ../shared/eval/nl-dev.jsonl] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from wiezegtwat.actors import ActorIndex, AliasTable
from wiezegtwat.actors.names import guess_type, is_description, split_role

HERE = Path(__file__).resolve().parent
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


def _norm(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def derive_clusters(path: Path) -> dict[Item, str]:
    """(article id, gold speaker) -> a cluster id, by the rules of the module docstring."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            key = parent[key]
        return key

    items: dict[Item, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        aliases: dict[str, list[str]] = article.get("aliases") or {}
        for quote in article["quotes"]:
            speaker = quote.get("speaker")
            if not speaker or (article["id"], speaker) in items:
                continue
            key = _norm(speaker)
            items[(article["id"], speaker)] = key
            for alias in aliases.get(speaker, []):
                # An alias joins only a name written as another article's speaker (below),
                # never a description: "de minister" is many people.
                parent[find(_norm(alias))] = find(key)
    speakers = set(items.values())
    for alias in list(parent):
        if alias in speakers:
            parent[find(alias)] = find(parent[alias])
    return {item: find(key) for item, key in items.items()}


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


def score(dev_path: Path, *, aliases: AliasTable | None) -> Score:
    """Score actor linking of the dev speakers against the clusters derived from the gold."""
    gold = derive_clusters(dev_path)
    speakers = dev_speakers(dev_path)
    pred = predict(speakers, aliases=aliases)
    p, r, f = bcubed(gold, pred)
    return Score(p, r, f, items=len(gold), clusters=len(set(pred.values())))


def errors(dev_path: Path, *, aliases: AliasTable | None) -> list[str]:
    """Human-readable lines for each wrongly split or wrongly merged gold speaker."""
    clusters = derive_clusters(dev_path)
    speakers = dev_speakers(dev_path)
    pred = predict(speakers, aliases=aliases)
    by_pred: dict[str, set[Item]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, cluster in pred.items():
        by_pred.setdefault(cluster, set()).add(item)
        by_gold.setdefault(clusters[item], set()).add(cluster)
    lines = [f"merged: {sorted(s for _, s in m)}" for m in by_pred.values()
             if len({clusters[i] for i in m}) > 1]
    lines += [f"split: {g} over {len(p)} actors" for g, p in by_gold.items() if len(p) > 1]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
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
        s = score(args.dev, aliases=table)
        print(f"{label:<18}{s.precision:>10.3f}{s.recall:>10.3f}{s.f1:>10.3f}"
              f"{s.items:>8}{s.clusters:>8}")
        if args.errors:
            for line in errors(args.dev, aliases=table):
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
