"""Convert PolNeAR (English political news, brat standoff) into our gold JSONL.

    python eval/polnear.py ../shared/data/polnear/data/dev --out /tmp/polnear-dev.jsonl [--limit N]

One JSON line per article, in the format of shared/eval/GUIDELINES.md: id (the
file stem), ``"lang": "en"``, outlet and date (from data/metadata.tsv when it is
there), the text exactly as in the .txt file, the quotes and the aliases.

PolNeAR has no data licence: write the output outside the repository (the
default is under /tmp) or under the git-ignored artifacts/; never commit it.

How an annotation becomes a quote
---------------------------------
* **One annotator per article.** When several annotated an article, the .ann file
  with the most attribution (E) records wins; ties go to the annotator id that
  sorts first. Annotations are never merged.
* **Span.** Each E record with a Content (or Content2) span is one quote. A
  discontinuous content (several pieces: an attribution that interrupts it, or a
  line break, which brat cannot span) runs from its first start to its last end,
  unless it is a direct quote in several pairs of marks (below). Surrounding whitespace is trimmed, a
  leading complementiser "that" is dropped (the span is the clause after it), and
  trailing commas, colons and semicolons go.
* **Type.** "direct" when the content, or every piece of it, lies inside one
  pair of quotation marks (straight or curly, or '' for a double mark; the marks
  at the ends of the piece or just outside it, trailing punctuation allowed
  between; a paragraph of a multi-paragraph quote opens with a mark and is closed
  by the line end). The span then runs between the marks, marks excluded; for
  pieces in separate pairs, from the first opening mark to the last closing one.
  "mixed" when the content holds a quoted fragment (a pair of marks around a
  word) but is not wholly quoted; else "indirect".
* **Direct quotes in several pairs of marks.** Our guidelines make each pair of
  marks one quote, and each paragraph of a long quote one quote: a direct content
  of several pieces gives one quote per piece (``--join-direct`` keeps it whole, as
  PolNeAR annotates it, for comparison).
* **A quote its attribution interrupts** is two quotes (our guidelines, rule 1),
  also when a side is not wholly in marks ('"A," X said. Then, "B"' gives the
  direct "A" and the mixed 'Then, "B"'): where words stand between two pieces
  of a content and one piece is in marks, each side is a quote, typed on its
  own. Reported speech without marks around its attribution ("The plan, X
  said, would fail") stays one quote, as the extractor reports it.
* **"according to X"** spans the whole sentence that carries it (our guidelines,
  rule 2): the content with its cue and source, which PolNeAR leaves out.
  ``--join-direct`` keeps PolNeAR's spans in all three cases.
* **Speaker.** From the Source span, resolved by eval/polnear_speakers.py (see its
  docstring for the rules and their limits). Each quote with a source says how its
  speaker was found in ``"speaker_from"``: ``name`` (the Source span names the
  speaker), ``description`` (kept as written: PolNeAR has no coreference, so "the
  candidate" is never tied to a name), ``pronoun`` (resolved by the converter's
  nearest-source rule) or ``pronoun-unresolved``. ``wzw eval`` gives the speaker
  accuracy per value, which separates the engine's errors on sources the gold can
  check from those on sources only coreference could check.
* **No source.** An attribution with an Attribution-no-source anchor gives a quote
  with ``"required": false`` and ``"speaker": null`` (scoring.load_gold accepts a
  null speaker, and the scorer never reads the speaker of an optional quote):
  matching it neither rewards nor punishes.
* **Too short.** An indirect content of fewer than three words ("on which", "it")
  is PolNeAR's attitude or object, not a reported proposition in our sense: it is
  kept with its speaker but ``"required": false``.
* **No proposition.** PolNeAR also annotates actions and attitudes whose content
  is a noun phrase or a verbless small clause ("criticised [the plan]", "polls
  show [the senator ahead]"). Our guidelines count a reported proposition only
  ("actions and attitudes without a reported proposition" are not quotes). An
  indirect content that spaCy's English pipeline (the one the product uses) does
  not parse as a finite clause (no sentence whose root is a verb that is finite
  or has a finite auxiliary: "the plan", "to raise taxes", "the silence X has
  shown") is kept with its speaker but ``"required": false``:
  matching it is neither rewarded nor punished. ``--all-required`` turns this off
  (every indirect content of three words or more counts, PolNeAR's way).

The summary on stderr counts articles, quotes by type, optional quotes, pronoun
sources resolved and unresolved, and T spans whose text is not the slice of the
.txt their offsets give (brat offsets are code-point offsets, so there should be
none).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_speakers import resolve  # noqa: E402

Piece = tuple[int, int]

# Quotation marks; two apostrophes ('') stand for a double mark in some newsrooms' text.
DOUBLE_OPEN: tuple[str, ...] = ("''", "\"", "“", "«")
DOUBLE_CLOSE: tuple[str, ...] = ("''", "\"", "”", "»")
SINGLE_OPEN: tuple[str, ...] = ("‘", "'")
SINGLE_CLOSE: tuple[str, ...] = ("’", "'")
OPEN_MARKS = DOUBLE_OPEN + SINGLE_OPEN
# Punctuation that may sit between the end of a content and its closing mark ("A," he said).
TRAIL_PUNCT = ".,;:!?…"
_QUOTED_FRAGMENT = re.compile(
    r"[\"“«][^\"“”«»]*\w[^\"“”«»]*[\"”»]"
    r"|''[^\"“”\n]*?\w[^\"“”\n]*?''"
    r"|(?<!\w)[‘'][^‘’'\"“”]*\w[^‘’'\"“”]*[’'](?!\w)"
)
# An indirect content of fewer words is no reported proposition ("on which", "to him",
# "it"): PolNeAR marks attitudes and objects too, our guidelines do not count them.
MIN_WORDS = 3
_WORDS = re.compile(r"\w+")
_THAT = re.compile(r"that\s+", re.IGNORECASE)


@dataclass
class Span:
    """A brat T line: its type, its pieces (start, end) and the text brat wrote."""

    type: str
    pieces: list[Piece]
    text: str

    @property
    def start(self) -> int:
        return self.pieces[0][0]


@dataclass
class Ann:
    """One .ann file: the spans by id and the attribution records (role → span ids)."""

    spans: dict[str, Span] = field(default_factory=dict)
    events: list[dict[str, list[str]]] = field(default_factory=list)


@dataclass
class Counts:
    """What the summary reports."""

    articles: int = 0
    several_annotators: int = 0
    types: Counter[str] = field(default_factory=Counter)
    optional: int = 0
    short: int = 0
    discontinuous: int = 0
    split: int = 0
    no_content: int = 0
    empty: int = 0
    that_dropped: int = 0
    pronouns_resolved: int = 0
    pronouns_unresolved: int = 0
    no_proposition: int = 0
    mismatches: list[str] = field(default_factory=list)

    def summary(self) -> str:
        types = "  ".join(f"{t} {self.types[t]}" for t in ("direct", "indirect", "mixed"))
        return "\n".join([
            f"articles {self.articles} ({self.several_annotators} with several annotators: "
            "the one with the most attributions kept)",
            f"quotes {sum(self.types.values())}: {types}; optional: no source {self.optional}, "
            f"indirect under {MIN_WORDS} words {self.short}, indirect without a finite verb "
            f"{self.no_proposition}",
            f"discontinuous contents {self.discontinuous} (split into one quote per piece: "
            f"{self.split}); leading 'that' dropped {self.that_dropped}",
            f"skipped: attributions without content {self.no_content}, empty after trimming {self.empty}",
            f"pronoun sources resolved {self.pronouns_resolved}, unresolved {self.pronouns_unresolved}",
            f"span mismatches (T text != text[start:end]) {len(self.mismatches)}",
        ])


def parse_ann(raw: str) -> Ann:
    """Parse brat standoff: T and E lines; a T text may run over several lines."""
    ann = Ann()
    records: list[str] = []
    for line in raw.removesuffix("\n").split("\n"):
        # A span over a line break writes the break into the .ann file: the next
        # line continues the text of the T line before it.
        if re.match(r"[TERAMN#*]\d*\t", line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    for record in records:
        fields = record.split("\t")
        if record.startswith("T") and len(fields) >= 3:
            kind, _sep, offsets = fields[1].partition(" ")
            pieces = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
            ann.spans[fields[0]] = Span(kind, pieces, "\t".join(fields[2:]))
        elif record.startswith("E") and len(fields) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in fields[1].split():
                role, _sep, ref = arg.partition(":")
                # Content2 is a second content span of the same attribution.
                role = re.sub(r"\d+$", "", role)
                roles.setdefault(role, []).append(ref)
            ann.events.append(roles)
    return ann


def span_mismatches(text: str, ann: Ann) -> list[str]:
    """Ids of T spans whose brat text is not what their offsets slice from ``text``.

    brat joins the pieces of a discontinuous span with one space.
    """
    return [sid for sid, span in ann.spans.items()
            if " ".join(text[a:b] for a, b in span.pieces) != span.text]


def choose_ann(paths: list[Path]) -> Path:
    """The annotation with the most attribution records; ties by annotator id (the file name)."""
    def events(path: Path) -> int:
        return sum(1 for line in path.read_text("utf-8").splitlines() if line.startswith("E"))

    return sorted(paths, key=lambda p: (-events(p), p.name))[0]


def trim(text: str, a: int, b: int) -> Piece:
    """The piece without surrounding whitespace."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _opening(text: str, a: int, b: int) -> tuple[int, tuple[str, ...]] | None:
    """Where the quoted text starts and which marks close it, when a mark opens the piece."""
    for mark in OPEN_MARKS:
        for at in (a, a - len(mark)):
            if at < 0 or at >= b or not text.startswith(mark, at):
                continue
            if mark == "'" and ((at > 0 and text[at - 1].isalnum()) or text.startswith("''", at)):
                continue  # an apostrophe, or half of a '' mark
            return at + len(mark), DOUBLE_CLOSE if mark in DOUBLE_OPEN else SINGLE_CLOSE
    return None


def _closing(text: str, inner_start: int, b: int, closers: tuple[str, ...]) -> int | None:
    """Where the quoted text ends: before a mark that ends the piece or follows it closely."""
    end = b
    while end > inner_start and text[end - 1] in TRAIL_PUNCT and text.endswith(closers, 0, end - 1):
        end -= 1  # '“A.”,' ends in punctuation after the closing mark
    for mark in closers:
        if end - len(mark) > inner_start and text.endswith(mark, 0, end):
            return end - len(mark)
    after = b
    while after < len(text) and after - b < 2 and text[after] in TRAIL_PUNCT:
        after += 1
    if any(text.startswith(mark, after) for mark in closers):
        return b
    # A paragraph of a multi-paragraph quote opens with a mark and ends at the line end.
    return b if text[b:].lstrip(" \t")[:1] in ("\n", "") else None


def quoted_inner(text: str, a: int, b: int) -> Piece | None:
    """The text between the marks when the (trimmed) piece lies inside one pair of marks."""
    opened = _opening(text, a, b)
    if opened is None:
        return None
    inner_start, closers = opened
    inner_end = _closing(text, inner_start, b, closers)
    if inner_end is None:
        return None
    inner = text[inner_start:inner_end]
    # More than one pair of marks; single marks nest inside double ones ('"A 'B' C"').
    nested = "" if closers == DOUBLE_CLOSE else "‘"
    if any(mark in inner for mark in "\"“”«»" + nested) or "''" in inner:
        return None
    if closers == SINGLE_CLOSE and re.search(r"(?<!\w)'|'(?!\w)", inner):
        return None
    return trim(text, inner_start, inner_end) if inner.strip() else None


def clean_pieces(text: str, pieces: list[Piece]) -> tuple[list[Piece], bool]:
    """Trimmed, non-empty pieces in text order; the first without a leading "that"."""
    out = [p for p in (trim(text, a, b) for a, b in sorted(pieces)) if p[0] < p[1]]
    dropped = False
    if out:
        a, b = out[0]
        m = _THAT.match(text, a, b)
        if m and m.end() < b:
            out[0] = (m.end(), b)
            dropped = True
    return out, dropped


def interrupted(text: str, pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces in groups, a new group wherever words stand between two pieces.

    Words between the pieces of one content are the attribution that interrupts
    it ('"A," X said. "B"'), which our guidelines make two quotes; only space or
    punctuation between them (a line break brat cannot span) keeps one quote."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and not _WORDS.search(text, groups[-1][-1][1], piece[0]):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def content_quotes(text: str, pieces: list[Piece], *, split_direct: bool) -> list[tuple[int, int, str]]:
    """(start, end, type) of the quote(s) one content gives; empty when nothing is left.

    With ``split_direct`` (our guidelines), a quote in marks that its attribution
    interrupts gives one quote per side of it, each typed on its own, unless
    one pair of marks holds it all (one pair of marks is one quote). Reported
    speech without marks around an attribution ("The plan, X said, would
    fail") stays one quote: one clause runs around the attribution."""
    if split_direct and len(pieces) > 1 and quoted_inner(text, pieces[0][0], pieces[-1][1]) is None \
            and any(quoted_inner(text, a, b) is not None for a, b in pieces):
        groups = interrupted(text, pieces)
        if len(groups) > 1:
            return [q for group in groups for q in content_quotes(text, group, split_direct=True)]
    if not pieces:
        return []
    start, end = pieces[0][0], pieces[-1][1]
    inner = [quoted_inner(text, a, b) for a, b in pieces]
    direct = [p for p in inner if p is not None]
    if len(direct) == len(pieces) and (split_direct or len(direct) == 1):
        return [(a, b, "direct") for a, b in direct]
    # Pieces of one quote that another attribution interrupts, or that lie inside one pair.
    whole = quoted_inner(text, start, end)
    if whole is not None:
        return [(whole[0], whole[1], "direct")]
    if len(direct) == len(pieces):
        return [(direct[0][0], direct[-1][1], "direct")]
    while end > start and text[end - 1] in ",;:":
        end -= 1
    start, end = trim(text, start, end)
    if start >= end:
        return []
    kind = "mixed" if _QUOTED_FRAGMENT.search(text, start, end) else "indirect"
    return [(start, end, kind)]


def _according_to_sentence(text: str, ann: Ann, ev: dict[str, list[str]],
                           found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Our guidelines' span for "according to X": the whole sentence that carries
    it, here the content with the cue and the source (PolNeAR leaves them out)."""
    cues = [ann.spans[ref] for ref in ev.get("Cue", []) if ref in ann.spans]
    if not cues or any(" ".join(c.text.lower().split()) != "according to" for c in cues):
        return found
    edges = [p for ref in ev.get("Cue", []) + ev.get("Source", []) if ref in ann.spans
             for p in ann.spans[ref].pieces] + [(a, b) for a, b, _kind in found]
    start, end = min(a for a, _b in edges), max(b for _a, b in edges)
    while end > start and text[end - 1] in ",;:.":
        end -= 1
    start, end = trim(text, start, end)
    kind = "mixed" if _QUOTED_FRAGMENT.search(text, start, end) else "indirect"
    return [(start, end, kind)]


def quotes_of(text: str, ann: Ann, counts: Counts, *,
              split_direct: bool) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """The quotes of one article with speakers resolved, and the aliases; updates ``counts``."""
    sources = [(ref, ann.spans[ref].start, ann.spans[ref].text)
               for ev in ann.events for ref in ev.get("Source", [])[:1] if ref in ann.spans]
    resolution = resolve(text, sources)
    counts.pronouns_resolved += resolution.pronouns_resolved
    counts.pronouns_unresolved += resolution.pronouns_unresolved
    quotes: list[dict[str, Any]] = []
    for ev in ann.events:
        pieces = [p for ref in ev.get("Content", []) if ref in ann.spans for p in ann.spans[ref].pieces]
        if not pieces:
            counts.no_content += 1
            continue
        counts.discontinuous += len(pieces) > 1
        cleaned, dropped = clean_pieces(text, pieces)
        found = content_quotes(text, cleaned, split_direct=split_direct)
        if split_direct and found and any(kind != "direct" for _s, _e, kind in found):
            found = _according_to_sentence(text, ann, ev, found)
        if not found:
            counts.empty += 1
            continue
        counts.that_dropped += dropped
        counts.split += len(found) > 1
        source = ev.get("Source", [])
        speaker = resolution.speakers.get(source[0]) if source else None
        for start, end, kind in found:
            short = kind == "indirect" and len(_WORDS.findall(text, start, end)) < MIN_WORDS
            counts.types[kind] += 1
            counts.optional += speaker is None
            counts.short += short and speaker is not None
            quote = {"start": start, "end": end, "text": text[start:end], "speaker": speaker,
                     "type": kind, "required": speaker is not None and not short}
            if source and source[0] in resolution.found_by:
                quote["speaker_from"] = resolution.found_by[source[0]]
            quotes.append(quote)
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return quotes, resolution.aliases


def convert_article(stem: str, text: str, ann: Ann, meta: dict[str, str], counts: Counts,
                    *, split_direct: bool = False) -> dict[str, Any]:
    """One gold line for one article."""
    counts.articles += 1
    counts.mismatches += [f"{stem}:{sid}" for sid in span_mismatches(text, ann)]
    quotes, aliases = quotes_of(text, ann, counts, split_direct=split_direct)
    speakers = {q["speaker"] for q in quotes if q["speaker"]}
    row: dict[str, Any] = {"id": stem, "lang": "en"}
    if meta.get("publisher"):
        row["outlet"] = meta["publisher"]
    if meta.get("publication_date"):
        row["date"] = meta["publication_date"]
    row.update(text=text, quotes=quotes,
               aliases={name: names for name, names in aliases.items() if name in speakers})
    return row


# Penn tags of a finite verb: past, present (non-3rd and 3rd person), modal.
_FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


def mark_propositions(rows: list[dict[str, Any]], counts: Counts) -> None:
    """Make a required indirect quote with no finite verb optional (see "No proposition")."""
    import spacy  # the product's English pipeline; loaded only when converting

    from wiezegtwat.analyse.spacy_backend import MODEL

    nlp = spacy.load(MODEL, disable=["ner", "lemmatizer"])
    todo = [q for row in rows for q in row["quotes"] if q["required"] and q["type"] == "indirect"]
    for quote, doc in zip(todo, nlp.pipe((q["text"] for q in todo), batch_size=256), strict=True):
        if not any(_finite_clause(root) for root in (s.root for s in doc.sents)):
            quote["required"] = False
            counts.no_proposition += 1


def _finite_clause(root: Any) -> bool:
    """A root verb that is finite itself or carries a finite auxiliary ("will become")."""
    if root.pos_ not in ("VERB", "AUX"):
        return False  # a noun phrase with a relative clause ("the silence X has shown")
    return root.tag_ in _FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in root.children)


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """data/metadata.tsv by file name (empty when the file is not next to the split folder)."""
    path = folder.parent / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {row["filename"]: row for row in csv.DictReader(f, delimiter="\t")}


def articles_in(folder: Path) -> list[tuple[Path, list[Path]]]:
    """Each text file with its annotation files (``<stem>_<annotator>.ann``), sorted by name."""
    anns: dict[str, list[Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    texts = sorted((folder / "text").glob("*.txt"))
    return [(t, anns[t.stem]) for t in texts if t.stem in anns]


def convert_folder(folder: Path, *, limit: int | None = None, split_direct: bool = True,
                   propositions: bool = True) -> tuple[list[dict[str, Any]], Counts]:
    """Every annotated article of a PolNeAR split folder (data/train, data/dev)."""
    counts = Counts()
    meta = read_metadata(folder)
    rows = []
    for text_path, ann_paths in articles_in(folder)[:limit]:
        # newline="" keeps the text byte for byte: brat offsets count every character.
        with text_path.open(encoding="utf-8", newline="") as f:
            text = f.read()
        counts.several_annotators += len(ann_paths) > 1
        ann = parse_ann(choose_ann(ann_paths).read_text("utf-8"))
        rows.append(convert_article(text_path.stem, text, ann, meta.get(text_path.stem, {}), counts,
                                    split_direct=split_direct))
    if propositions:
        mark_propositions(rows, counts)
    return rows, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="a PolNeAR split folder with text/ and attributions/")
    ap.add_argument("--out", type=Path, default=None,
                    help="output JSONL (default /tmp/polnear-<folder name>.jsonl); never commit it")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (by name)")
    ap.add_argument("--join-direct", action="store_true",
                    help="keep PolNeAR's spans: a content in several pieces as one quote, and "
                         "'according to X' without its cue and source, instead of our guidelines' "
                         "spans (one quote per pair of marks or side of an interrupting "
                         "attribution; the whole sentence for 'according to'; the default)")
    ap.add_argument("--all-required", action="store_true",
                    help="keep an indirect content without a finite verb required (PolNeAR's "
                         "way) instead of optional (our guidelines: no proposition, no quote)")
    args = ap.parse_args(argv)
    if not (args.folder / "text").is_dir() or not (args.folder / "attributions").is_dir():
        print(f"{args.folder}: no text/ and attributions/ folders here", file=sys.stderr)
        return 2
    out = args.out or Path("/tmp") / f"polnear-{args.folder.resolve().name}.jsonl"
    rows, counts = convert_folder(args.folder, limit=args.limit, split_direct=not args.join_direct,
                                  propositions=not args.all_required)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(counts.summary(), file=sys.stderr)
    for where in counts.mismatches[:10]:
        print(f"  mismatch {where}", file=sys.stderr)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
