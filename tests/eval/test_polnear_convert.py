"""eval/polnear.py: PolNeAR brat standoff → gold JSONL, on an invented mini corpus.

Every person, place and sentence here is made up; no PolNeAR text is used. The
last test runs the converter on the real dev folder when it is there and checks
structural facts only.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import polnear  # noqa: E402
import polnear_speakers as sp  # noqa: E402

from wiezegtwat.scoring import TYPES, load_gold  # noqa: E402

SHARED = Path(os.environ.get("WZW_SHARED", ROOT.parent / "shared"))
POLNEAR_DEV = SHARED / "data" / "polnear" / "data" / "dev"

TEXT = (
    "Senator Ilse Quillfeather spoke in Dunmore on Tuesday.\n\n"
    "\u201cWe will build the bridge before winter,\u201d Quillfeather said.\n\n"
    "She added that the budget was already approved.\n\n"
    "A spokesman for the Harbour Board said the plan was \"far too costly\" for the town.\n\n"
    "It is feared that the bridge will never open.\n\n"
    "\"It is a fine day,\" said Tobias Wren. \"I am glad to be here.\"\n"
)


class Brat:
    """Writes T and E lines for substrings of TEXT, offsets computed, never typed."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.n = 0

    def span(self, kind: str, *parts: str, after: int = 0) -> str:
        pieces = []
        for part in parts:
            start = TEXT.index(part, after)
            pieces.append((start, start + len(part)))
            after = start + len(part)
        self.n += 1
        offsets = ";".join(f"{a} {b}" for a, b in pieces)
        self.lines.append(f"T{self.n}\t{kind} {offsets}\t{' '.join(parts)}")
        return f"T{self.n}"

    def event(self, content: str, cue: str, source: str | None) -> None:
        anchor = self.span("Attribution" if source else "Attribution-no-source", cue,
                           after=TEXT.index(cue))
        src = f" Source:{source}" if source else ""
        self.lines.append(f"E{len(self.lines)}\tAttribution:{anchor} Content:{content} Cue:{anchor}{src}")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def full_annotation() -> str:
    b = Brat()
    line2 = TEXT.index("\u201cWe")
    b.event(b.span("Content", "\u201cWe will build the bridge before winter,\u201d"), "said",
            b.span("Source", "Quillfeather", after=line2))
    b.event(b.span("Content", "that the budget was already approved."), "added", b.span("Source", "She"))
    b.event(b.span("Content", "the plan was \"far too costly\" for the town"), "said the plan",
            b.span("Source", "A spokesman for the Harbour Board"))
    b.event(b.span("Content", "that the bridge will never open"), "feared", None)
    b.event(b.span("Content", "It is a fine day,", "I am glad to be here."), "said Tobias",
            b.span("Source", "Tobias Wren"))
    return b.text()


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "dev"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "ledger_bridge.txt").write_text(TEXT, encoding="utf-8")
    (folder / "attributions" / "ledger_bridge_b2.ann").write_text(full_annotation(), encoding="utf-8")
    # A second annotator with fewer attributions: not chosen.
    thin = Brat()
    thin.event(thin.span("Content", "the budget was already approved."), "added", thin.span("Source", "She"))
    (folder / "attributions" / "ledger_bridge_a1.ann").write_text(thin.text(), encoding="utf-8")
    return folder


def quotes_by_start(row: dict) -> list[dict]:
    return sorted(row["quotes"], key=lambda q: q["start"])


def test_converts_the_mini_corpus(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    assert polnear.main([str(corpus), "--out", str(out), "--join-direct"]) == 0
    [row] = load_gold(out)
    assert row["id"] == "ledger_bridge" and row["lang"] == "en" and row["text"] == TEXT
    q = quotes_by_start(row)
    assert [x["type"] for x in q] == ["direct", "indirect", "mixed", "indirect", "direct"]
    assert q[0]["text"] == "We will build the bridge before winter,"  # marks excluded
    assert q[0]["speaker"] == "Ilse Quillfeather"  # short name grown, title dropped
    assert q[1]["text"] == "the budget was already approved."  # "that" dropped
    assert q[1]["speaker"] == "Ilse Quillfeather"  # "She" → the preceding female name
    assert q[2]["speaker"] == "A spokesman for the Harbour Board"  # a description stays
    assert q[3]["required"] is False and q[3]["speaker"] is None  # no source
    # A discontinuous direct content: first start to last end, outer marks excluded.
    assert q[4]["text"].startswith("It is a fine day,") and q[4]["text"].endswith("glad to be here.")
    assert row["aliases"]["Ilse Quillfeather"] == ["Quillfeather"]
    assert all(x["text"] == TEXT[x["start"]:x["end"]] for x in q)


def test_split_direct_gives_one_quote_per_pair(corpus: Path) -> None:
    rows, counts = polnear.convert_folder(corpus, split_direct=True)
    last = quotes_by_start(rows[0])[-2:]
    assert [x["text"] for x in last] == ["It is a fine day,", "I am glad to be here."]
    assert counts.split == 1 and counts.types["direct"] == 3


def test_counts(corpus: Path) -> None:
    _rows, counts = polnear.convert_folder(corpus)
    assert counts.articles == 1 and counts.several_annotators == 1
    assert counts.optional == 1 and counts.pronouns_resolved == 1 and counts.pronouns_unresolved == 0
    assert counts.mismatches == [] and counts.that_dropped == 2
    assert "articles 1" in counts.summary()


def test_span_text_over_a_line_break_is_parsed() -> None:
    text = "Ann Lee said:\nfirst line\nsecond line"
    start = text.index("first")
    raw = f"T1\tContent {start} {len(text)}\tfirst line\nsecond line\nT2\tSource 0 7\tAnn Lee\n"
    ann = polnear.parse_ann(raw)
    assert ann.spans["T1"].text == "first line\nsecond line" and ann.spans["T2"].text == "Ann Lee"
    assert polnear.span_mismatches(text, ann) == []
    assert polnear.span_mismatches(text.replace("first", "fitst"), ann) == ["T1"]


@pytest.mark.parametrize(("text", "piece", "expected"), [
    ("He said \u201cit works.\u201d today", "\u201cit works.\u201d", "it works."),  # marks at the ends
    ("\u201cIt works,\u201d he said", "It works", "It works"),  # marks just outside
    ("He said ''it works'' today", "''it works''", "it works"),  # two apostrophes: a double mark
    ("\u201cOne paragraph\n", "\u201cOne paragraph", "One paragraph"),  # a long quote's paragraph
    ("\u201cWe saw \u2018Night Train\u2019 twice,\u201d he said", "We saw \u2018Night Train\u2019 twice",
     "We saw \u2018Night Train\u2019 twice"),  # single marks nest inside double ones
])
def test_quoted_inner(text: str, piece: str, expected: str) -> None:
    start = text.index(piece)
    inner = polnear.quoted_inner(text, start, start + len(piece))
    assert inner is not None and text[inner[0]:inner[1]] == expected


def test_apostrophes_are_not_marks() -> None:
    text = "the voters' mood isn't good"
    assert polnear.quoted_inner(text, 4, len(text)) is None


def test_not_wholly_quoted() -> None:
    text = "\u201cA,\u201d he said, \u201cB.\u201d"
    assert polnear.quoted_inner(text, 0, len(text)) is None
    [(start, end, kind)] = polnear.content_quotes(text, [(0, len(text))], split_direct=False)
    assert kind == "mixed" and (start, end) == (0, len(text))


def _pieces(text: str, *parts: str) -> list[tuple[int, int]]:
    return [(text.index(p), text.index(p) + len(p)) for p in parts]


def test_interrupted_quote_is_two_quotes_each_typed_on_its_own() -> None:
    # GUIDELINES rule 1: a quote its attribution interrupts is two quotes, also
    # when one side is not wholly in marks.
    text = "\u201cThe bridge will open,\u201d Ann Lee said. Then, \u201cwe celebrate.\u201d"
    pieces = _pieces(text, "\u201cThe bridge will open,\u201d", "Then, \u201cwe celebrate.\u201d")
    found = polnear.content_quotes(text, pieces, split_direct=True)
    assert [(text[a:b], kind) for a, b, kind in found] == [
        ("The bridge will open,", "direct"), ("Then, \u201cwe celebrate.\u201d", "mixed")]
    # PolNeAR's way: one content, first start to last end.
    [(start, end, kind)] = polnear.content_quotes(text, pieces, split_direct=False)
    assert kind == "mixed" and (start, end) == (0, len(text))


def test_report_around_its_attribution_stays_one_quote() -> None:
    text = "The bridge, Ann Lee said, will open in May."
    pieces = _pieces(text, "The bridge,", "will open in May.")
    [(start, end, kind)] = polnear.content_quotes(text, pieces, split_direct=True)
    assert kind == "indirect" and text[start:end] == "The bridge, Ann Lee said, will open in May."


def test_pieces_split_by_a_line_break_only_stay_together() -> None:
    text = "Ann Lee said the bridge\nwill open in May and the road later."
    assert polnear.interrupted(text, _pieces(text, "the bridge", "will open")) == [
        _pieces(text, "the bridge", "will open")]
    assert len(polnear.interrupted(text, _pieces(text, "the bridge", "the road"))) == 2


@pytest.mark.parametrize(("source", "name"), [
    ("Sen. Ann Lee", "Ann Lee"),
    ("party chair Ann Lee", "Ann Lee"),
    ("an aide, Ann Marie Lee,", "Ann Marie Lee"),
    ("Ann Lee, a senator from Ohio", "Ann Lee"),
    ("Ann Lee's", "Ann Lee"),
    ("Acme's lawyers", None),
    ("a spokesman for Acme", None),
    ("the campaign", None),
    ("she", None),
    ("Lee and Bram", None),
    ("The Tidewater Quillpost", "The Tidewater Quillpost"),
])
def test_name_of(source: str, name: str | None) -> None:
    assert sp.name_of(source) == name


def test_pronouns_agree_and_are_never_aliases() -> None:
    text = "Tom Bram met Ann Lee. The Tidewater Quillpost wrote. He spoke. She spoke. It wrote. Lee, who"
    sources = [("S1", 0, "Tom Bram"), ("S2", 13, "Ann Lee"), ("S3", 22, "The Tidewater Quillpost"),
               ("S4", text.index("He"), "He"), ("S5", text.index("She"), "She"),
               ("S6", text.index("It"), "It"), ("S7", text.index("who"), "who"),
               ("S8", text.index("Lee,"), "you")]
    r = sp.resolve(text, sources)
    assert r.speakers["S4"] == "Tom Bram" and r.speakers["S5"] == "Ann Lee"
    assert r.speakers["S6"] == "The Tidewater Quillpost" and r.speakers["S7"] == "Ann Lee"
    assert r.speakers["S8"] == "you" and r.pronouns_unresolved == 1
    assert all(alias.lower() not in sp.PRONOUNS for names in r.aliases.values() for alias in names)


def test_each_speaker_says_how_it_was_found() -> None:
    text = "Tom Bram spoke. The candidate spoke. He spoke. You spoke."
    sources = [("S1", 0, "Tom Bram"), ("S2", text.index("The"), "The candidate"),
               ("S3", text.index("He"), "He"), ("S4", text.index("You"), "You")]
    r = sp.resolve(text, sources)
    assert r.found_by == {"S1": "name", "S2": "description", "S3": "pronoun", "S4": "pronoun-unresolved"}


def test_text_runs_skip_sentence_openers() -> None:
    runs = [name for _start, name in sp.text_runs("Maybe Bram left. But Tom R. Bram stayed.")]
    assert runs == ["Tom R. Bram"]


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason=f"no PolNeAR dev folder at {POLNEAR_DEV}")
def test_real_dev_folder_structure(tmp_path: Path) -> None:
    out = tmp_path / "polnear-dev.jsonl"
    assert polnear.main([str(POLNEAR_DEV), "--out", str(out)]) == 0
    rows = load_gold(out)  # checks every quote's offsets against its text
    quotes = [q for row in rows for q in row["quotes"]]
    assert len(rows) > 0 and len(quotes) > 0
    assert all(row["lang"] == "en" for row in rows)
    assert {q["type"] for q in quotes} <= set(TYPES)
    assert all(q["text"] == row["text"][q["start"]:q["end"]] for row in rows for q in row["quotes"])
    assert all(q["speaker"] or not q["required"] for q in quotes)
    json.dumps(rows)  # plain JSON all the way down


def test_they_refers_to_a_group_or_a_plural_description() -> None:
    text = "Ann Lee met the harbour pilots. They spoke. The pilots' union wrote. They agreed."
    sources = [("S1", 0, "Ann Lee"), ("S2", text.index("the harbour"), "the harbour pilots"),
               ("S3", text.index("They"), "They"), ("S4", text.rindex("They"), "They"),
               ("S3", text.index("They"), "They")]  # one span shared by two attributions
    r = sp.resolve(text, sources)
    assert r.speakers["S3"] == "the harbour pilots" and r.speakers["S4"] == "the harbour pilots"
    assert r.pronouns_resolved == 2  # counted per span, not per attribution


def test_a_persons_name_ends_before_of_and_a_reflexive() -> None:
    assert sp.name_of("Ann Lee of the Harbour Trust") == "Ann Lee"
    assert sp.name_of("Lee himself") == "Lee"
    assert sp.name_of("Bank of Leeds") == "Bank of Leeds"  # no first name: an organisation


def _indirect(text: str) -> dict:
    return {"start": 0, "end": len(text), "text": text, "speaker": "Ilse Quillfeather",
            "type": "indirect", "required": True}


def test_an_indirect_content_without_a_finite_verb_is_optional() -> None:
    # "criticised [the new toll on the harbour bridge]" is an attitude towards a thing;
    # "said [the toll will double next year]" reports a proposition (GUIDELINES.md).
    rows = [{"quotes": [_indirect("the new toll on the harbour bridge"),
                        _indirect("the toll will double next year"),
                        _indirect("to raise the toll before the election"),
                        _indirect("the silence the council has kept about the toll"),
                        _indirect("the toll would rise")]}]
    counts = polnear.Counts()
    polnear.mark_propositions(rows, counts)
    assert [q["required"] for q in rows[0]["quotes"]] == [False, True, False, False, True]
    assert counts.no_proposition == 3


def test_all_required_keeps_verbless_contents(corpus: Path) -> None:
    with_rule, _ = polnear.convert_folder(corpus)
    without, _ = polnear.convert_folder(corpus, propositions=False)
    # Every content of the mini corpus holds a finite verb: the rule changes nothing there.
    assert [q["required"] for q in with_rule[0]["quotes"]] == [q["required"] for q in without[0]["quotes"]]


def test_a_descriptions_noun_phrase_is_its_alias() -> None:
    text = "An official who saw the plans spoke. A pilot, who flew, spoke. A spokesman for the port spoke."
    sources = [("S1", 0, "An official who saw the plans"), ("S2", text.index("A pilot"), "A pilot, who flew"),
               ("S3", text.index("A spokes"), "A spokesman for the port")]
    r = sp.resolve(text, sources)
    assert r.speakers["S1"] == "An official who saw the plans"
    assert r.aliases["An official who saw the plans"] == ["An official"]
    assert r.aliases["A pilot, who flew"] == ["A pilot"]
    assert "A spokesman for the port" not in r.aliases  # a noun phrase already


def test_according_to_spans_the_whole_sentence() -> None:
    # GUIDELINES rule 2: "volgens X" (its English twin "according to X") makes the
    # whole sentence the quote; PolNeAR's content leaves the cue and source out.
    text = "The ferry will sail in June, according to the harbour board.\n"
    def at(part: str) -> str:
        return f"{text.index(part)} {text.index(part) + len(part)}\t{part}"
    raw = (f"T1\tContent {at('The ferry will sail in June')}\nT2\tCue {at('according to')}\n"
           f"T3\tSource {at('the harbour board')}\nT4\tAttribution {at('according to')}\n"
           "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n")
    ann = polnear.parse_ann(raw)
    quotes, _aliases = polnear.quotes_of(text, ann, polnear.Counts(), split_direct=True)
    assert [q["text"] for q in quotes] == ["The ferry will sail in June, according to the harbour board"]
    quotes, _aliases = polnear.quotes_of(text, ann, polnear.Counts(), split_direct=False)
    assert [q["text"] for q in quotes] == ["The ferry will sail in June"]
