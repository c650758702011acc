"""The shared scorer on hand-computed cases, and the bundled example gold set."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiezegtwat.errors import InputError
from wiezegtwat.scoring import (
    format_report,
    jaccard,
    load_gold,
    score,
    score_article,
    speaker_matches,
    to_json,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

TEXT = (
    "Wethouder Anouk Verbeek zegt dat de brug gaat dicht. "
    "„Het kan niet anders”, zegt ze. "
    "Raadslid Joris Brink zei dat het plan “volstrekt onhaalbaar” is. "
    "Volgens de bewoners is de overlast al jaren groot."
)


def _gold_quote(text: str, speaker: str, qtype: str = "indirect", *, required: bool = True) -> dict[str, Any]:
    start = TEXT.index(text)
    return {"start": start, "end": start + len(text), "text": text, "speaker": speaker,
            "type": qtype, "required": required}


def _pred(text: str, speaker: str | None) -> dict[str, Any]:
    start = TEXT.find(text)
    return {"start": start, "end": start + len(text), "text": text, "type": "indirect",
            "speaker": {"name": speaker} if speaker else None}


BRUG = _gold_quote("de brug gaat dicht", "Anouk Verbeek")
ANDERS = _gold_quote("Het kan niet anders", "Anouk Verbeek", "direct")
PLAN = _gold_quote("het plan “volstrekt onhaalbaar” is", "Joris Brink", "mixed")
FRAGMENT = _gold_quote("volstrekt onhaalbaar", "Joris Brink", "direct", required=False)
OVERLAST = _gold_quote("Volgens de bewoners is de overlast al jaren groot.", "de bewoners")
ALIASES = {"Anouk Verbeek": ["Verbeek", "de wethouder"], "Joris Brink": ["Brink"]}


def _gold(*quotes: dict[str, Any]) -> dict[str, Any]:
    return {"id": "t1", "lang": "nl", "text": TEXT, "quotes": list(quotes), "aliases": ALIASES}


def test_jaccard_lowercased_word_tokens() -> None:
    assert jaccard("De brug, gaat DICHT!", "de brug gaat dicht") == 1.0
    assert jaccard("de brug gaat dicht", "de brug") == 0.5
    assert jaccard("", "") == 0.0


def test_score_article_perfect() -> None:
    gold = _gold(BRUG, ANDERS)
    a = score_article(gold, [_pred("de brug gaat dicht", "Anouk Verbeek"),
                             _pred("Het kan niet anders", "Verbeek")])
    assert (a.tp, a.fp, a.fn, a.speaker_ok, a.e2e_tp) == (2, 0, 0, 2, 2)
    assert a.missed == [] and a.false == [] and a.wrong_speaker == []
    assert [m.jaccard for m in a.matches] == [1.0, 1.0]


@pytest.mark.parametrize(
    ("pred_text", "counts"),
    [
        ("de brug", (1, 0, 0)),                    # 2 of 4 tokens: J = 0.5 exactly, a match
        ("Verbeek zegt dat de brug", (0, 1, 1)),   # {de, brug} of 7 tokens: J = 2/7
        ("zegt dat de brug gaat dicht", (1, 0, 0)),  # J = 4/6
        ("dat de brug", (0, 1, 1)),                # J = 2/5 = 0.4, below the threshold
    ],
)
def test_score_article_jaccard_half_is_the_boundary(pred_text: str, counts: tuple[int, int, int]) -> None:
    a = score_article(_gold(BRUG), [_pred(pred_text, "Anouk Verbeek")])
    assert (a.tp, a.fp, a.fn) == counts


def test_score_article_one_to_one_best_pair_wins() -> None:
    partial, full = _pred("de brug gaat", "Anouk Verbeek"), _pred("de brug gaat dicht", "Anouk Verbeek")
    a = score_article(_gold(BRUG), [partial, full])
    assert (a.tp, a.fp, a.fn) == (1, 1, 0)
    assert a.matches[0].pred is full and a.false == [partial]


def test_score_article_ties_go_to_the_earlier_prediction() -> None:
    first, second = _pred("de brug gaat dicht", "x"), dict(_pred("de brug gaat dicht", "y"), start=200)
    a = score_article(_gold(BRUG), [second, first])
    assert a.matches[0].pred is first and a.false == [second]


def test_score_article_optional_gold_neither_rewards_nor_punishes() -> None:
    gold = _gold(PLAN, FRAGMENT)
    fragment_only = score_article(gold, [_pred("volstrekt onhaalbaar", "Joris Brink")])
    assert (fragment_only.tp, fragment_only.fp, fragment_only.fn) == (0, 0, 1)
    nothing = score_article(_gold(FRAGMENT), [])
    assert (nothing.tp, nothing.fp, nothing.fn) == (0, 0, 0)


def test_score_article_required_gold_is_matched_before_optional() -> None:
    # J = 3/5 with the required mixed quote, 2/3 with the optional fragment:
    # the optional quote must not take the prediction away from the required one.
    pred = _pred("plan “volstrekt onhaalbaar”", "Brink")
    with_optional = score_article(_gold(PLAN, FRAGMENT), [pred])
    without = score_article(_gold(PLAN), [pred])
    assert (with_optional.tp, with_optional.fp, with_optional.fn) == (1, 0, 0)
    assert (without.tp, without.fp, without.fn) == (1, 0, 0)
    assert with_optional.matches[0].jaccard == 0.6


def test_score_article_optional_gold_absorbs_a_leftover_prediction() -> None:
    preds = [_pred("het plan “volstrekt onhaalbaar” is", "Brink"), _pred("volstrekt onhaalbaar", "Brink")]
    assert (score_article(_gold(PLAN, FRAGMENT), preds).fp, score_article(_gold(PLAN), preds).fp) == (0, 1)


_POOL = [BRUG, ANDERS, PLAN, FRAGMENT, OVERLAST,
         _gold_quote("de overlast al jaren groot", "de bewoners", required=False),
         _gold_quote("Het kan niet", "Anouk Verbeek", "direct", required=False)]
_PRED_TEXTS = ["de brug", "de brug gaat dicht", "Het kan niet anders", "volstrekt onhaalbaar",
               "plan “volstrekt onhaalbaar”", "de overlast al jaren groot", "Het kan niet",
               "Raadslid Joris Brink zei", "zegt ze"]


@given(
    required=st.lists(st.sampled_from(_POOL[:3] + _POOL[4:5]), unique_by=lambda q: q["start"]),
    optional=st.lists(st.sampled_from(_POOL), unique_by=lambda q: q["start"]),
    texts=st.lists(st.sampled_from(_PRED_TEXTS), max_size=6),
)
def test_score_article_optional_gold_never_lowers_the_score(
    required: list[dict[str, Any]], optional: list[dict[str, Any]], texts: list[str]
) -> None:
    preds = [_pred(t, "Anouk Verbeek") for t in texts]
    extra = [dict(q, required=False) for q in optional]
    base, more = score_article(_gold(*required), preds), score_article(_gold(*required, *extra), preds)
    assert (more.tp, more.fn, more.speaker_ok) == (base.tp, base.fn, base.speaker_ok)
    assert more.fp <= base.fp


@pytest.mark.parametrize(
    ("pred", "gold", "aliases", "ok"),
    [
        ("Anouk Verbeek", "Anouk Verbeek", {}, True),
        ("  anouk   VERBEEK ", "Anouk Verbeek", {}, True),
        ("de wethouder", "Anouk Verbeek", ALIASES, True),
        ("De Wethouder", "Anouk Verbeek", ALIASES, True),
        ("Verbeek", "Anouk Verbeek", {}, True),             # same surname
        ("Karel Verbeek", "Anouk Verbeek", {}, True),       # the rule cannot tell namesakes apart
        ("Anouk", "Anouk Verbeek", {}, False),
        ("de burgemeester", "Anouk Verbeek", ALIASES, False),
        ("Erdoğan", "Recep Tayyip Erdogan", {}, True),      # accents stripped
        ("Recep Erdogan", "Recep Tayyip Erdoğan", {}, True),
        ("Kemal Aydin", "Kemal Aydın", {}, False),          # dotless ı has no decomposition
        ("Wang Li", "Chen Li", {}, False),                  # a two-letter surname does not count
        ("Li", "Chen Li", {}, False),
        ("Dmytro Kuleba", "Dmitro Koeleba", {"Dmitro Koeleba": ["Kuleba"]}, True),
        ("een andere wethouder", "Anouk Verbeek", ALIASES, False),  # role aliases lend no surname
        (None, "Anouk Verbeek", ALIASES, False),
        ("", "Anouk Verbeek", ALIASES, False),
    ],
)
def test_speaker_matches_names_aliases_surnames(
    pred: str | None, gold: str, aliases: dict[str, list[str]], ok: bool
) -> None:
    assert speaker_matches(pred, gold, aliases) is ok


def test_score_end_to_end_figures() -> None:
    gold = _gold(BRUG, ANDERS, PLAN, OVERLAST)
    preds = {"t1": [
        _pred("de brug gaat dicht", "de wethouder"),         # right
        _pred("Het kan niet anders", "Joris Brink"),          # matched, wrong speaker
        _pred("het plan “volstrekt onhaalbaar” is", "Brink"),  # right
        _pred("Raadslid Joris Brink zei", "Joris Brink"),     # false
    ]}
    s = score([gold], preds)
    assert (s.tp, s.fp, s.fn, s.speaker_ok, s.e2e_tp) == (3, 1, 1, 2, 2)
    assert (s.precision, s.recall, s.f1) == (0.75, 0.75, 0.75)
    assert s.speaker_accuracy == pytest.approx(2 / 3)
    assert (s.e2e_precision, s.e2e_recall, s.e2e_f1) == (0.5, 0.5, 0.5)
    assert s.by_type == {"direct": 1.0, "indirect": 0.5, "mixed": 1.0}
    assert [m.gold["text"] for m in s.articles[0].wrong_speaker] == ["Het kan niet anders"]


def test_score_zero_divisions_give_zero() -> None:
    empty = score([_gold()], {})
    assert (empty.precision, empty.recall, empty.f1, empty.speaker_accuracy, empty.e2e_f1) == (0, 0, 0, 0, 0)
    unpredicted = score([_gold(BRUG)], {})
    assert (unpredicted.tp, unpredicted.fn, unpredicted.recall) == (0, 1, 0.0)


def test_format_report_summary_and_verbose_details() -> None:
    gold = _gold(BRUG, ANDERS, OVERLAST)
    s = score([gold], {"t1": [_pred("de brug gaat dicht", "Joris Brink"),
                              _pred("Het kan niet anders", "Anouk Verbeek"),
                              _pred("Raadslid Joris Brink zei", None)]})
    assert format_report(s).splitlines() == [
        "articles 1   matched 2   false 1   missed 1",
        "quotes       P 0.667   R 0.667   F1 0.667",
        "speaker      accuracy 0.500   (1/2)",
        "end-to-end   P 0.333   R 0.333   F1 0.333",
        "recall by type  direct 1.000   indirect 0.500",
    ]
    details = format_report(s, verbose=True).splitlines()[5:]
    brug, rb, overlast = TEXT.index("de brug"), TEXT.index("Raadslid"), TEXT.index("Volgens")
    assert details == [
        f"MISS   t1 {overlast}:{overlast + 50} [indirect] expected 'de bewoners': "
        "Volgens de bewoners is de overlast al jaren groot.",
        f"FALSE  t1 {rb}:{rb + 24} [indirect] got None: Raadslid Joris Brink zei",
        f"WRONG  t1 {brug}:{brug + 18} [indirect] expected 'Anouk Verbeek' got 'Joris Brink': "
        "de brug gaat dicht",
    ]


def test_to_json_rounds_and_names_every_figure() -> None:
    s = score([_gold(BRUG, ANDERS, OVERLAST)], {"t1": [_pred("de brug gaat dicht", "Verbeek")]})
    assert to_json(s) == {
        "articles": 1, "tp": 1, "fp": 0, "fn": 2, "speaker_ok": 1, "e2e_tp": 1,
        "precision": 1.0, "recall": 0.3333, "f1": 0.5, "speaker_accuracy": 1.0,
        "e2e_precision": 1.0, "e2e_recall": 0.3333, "e2e_f1": 0.5,
        "recall_by_type": {"direct": 0.0, "indirect": 0.5}, "speaker_by_source": {},
    }


def test_speaker_accuracy_by_how_the_gold_speaker_was_found() -> None:
    gold = _gold(dict(BRUG, speaker_from="name"), dict(ANDERS, speaker_from="pronoun"),
                 dict(PLAN, speaker_from="name"))
    s = score([gold], {"t1": [_pred("de brug gaat dicht", "Verbeek"), _pred("Het kan niet anders", "Joris Brink"),
                              _pred("het plan “volstrekt onhaalbaar” is", "Anouk Verbeek")]})
    assert s.speaker_by == {"name": (1, 2), "pronoun": (0, 1)}
    assert format_report(s).splitlines()[-1] == "speaker by gold source  name 0.500 (1/2)   pronoun 0.000 (0/1)"
    assert to_json(s)["speaker_by_source"] == {"name": {"right": 1, "matched": 2},
                                               "pronoun": {"right": 0, "matched": 1}}
    assert score([_gold(BRUG)], {"t1": [_pred("de brug gaat dicht", "Verbeek")]}).speaker_by == {}


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_load_gold_reads_a_valid_file(tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps(_gold(BRUG), ensure_ascii=False), "")
    assert load_gold(path) == [_gold(BRUG)]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (json.dumps(_gold(dict(BRUG, start=BRUG["start"] + 1, end=BRUG["end"] + 1))), "do not slice|slice to"),
        (json.dumps(_gold(dict(BRUG, end=10_000))), "not valid indices"),
        (json.dumps(_gold({k: v for k, v in BRUG.items() if k != "speaker"})), "lacks speaker"),
        (json.dumps(_gold(dict(BRUG, type="quote"))), "not one of"),
        ('{"id": "t1", "text": "x"', "not valid JSON"),
        ('{"id": "t1", "text": "x"}', "needs at least"),
    ],
)
def test_load_gold_names_file_and_line_of_a_bad_line(tmp_path: Path, bad: str, problem: str) -> None:
    path = _write(tmp_path, json.dumps(_gold(BRUG)), bad)
    with pytest.raises(InputError, match=rf"gold\.jsonl:2: .*({problem})"):
        load_gold(path)


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "nergens.jsonl")


# --- the bundled examples -------------------------------------------------------------


def _make_gold() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_gold", EXAMPLES / "make_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def examples_gold() -> list[dict[str, Any]]:
    """Every example article's gold, Dutch (gold.jsonl) and English (gold-en.jsonl), in file order."""
    golds = load_gold(EXAMPLES / "gold.jsonl") + load_gold(EXAMPLES / "gold-en.jsonl")
    return sorted(golds, key=lambda g: g["id"])


def test_examples_gold_texts_equal_the_article_files(examples_gold: list[dict[str, Any]]) -> None:
    files = sorted((EXAMPLES / "articles").glob("*.txt"))
    assert [g["id"] for g in examples_gold] == [f"ex-{p.stem}" for p in files]
    for gold, path in zip(examples_gold, files, strict=True):
        assert gold["text"] == path.read_text(encoding="utf-8")
        for q in gold["quotes"]:
            assert gold["text"][q["start"]:q["end"]] == q["text"]


def test_examples_gold_is_what_make_gold_writes(examples_gold: list[dict[str, Any]]) -> None:
    built = _make_gold().build("nl") + _make_gold().build("en")
    assert sorted(built, key=lambda g: g["id"]) == examples_gold
    assert {g["lang"] for g in examples_gold} == {"nl", "en"}


def test_examples_articles_are_sized_and_indexed(examples_gold: list[dict[str, Any]]) -> None:
    with (EXAMPLES / "index.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["file"] for r in rows] == [g["id"][3:] + ".txt" for g in examples_gold]
    assert all(r["title"] and r["outlet"].endswith(".example") and r["url"] for r in rows)
    assert all(250 <= len(g["text"].split()) <= 500 for g in examples_gold)
    assert sum(q["required"] for g in examples_gold for q in g["quotes"]) >= 120


def test_examples_cover_every_quote_mark_style(examples_gold: list[dict[str, Any]]) -> None:
    corpus = "\n".join(g["text"] for g in examples_gold)
    for opening, closing in [("„", "”"), ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"),
                             (",,", "''"), ("«", "»"), ("\n– ", ",")]:
        assert opening in corpus and closing in corpus, opening


def test_examples_near_duplicates_share_their_quotes(examples_gold: list[dict[str, Any]]) -> None:
    by_id = {g["id"]: g for g in examples_gold}
    a, b = by_id["ex-08-storm-code-oranje"], by_id["ex-09-storm-code-oranje-b"]
    assert a["text"] != b["text"]
    assert [q["text"] for q in a["quotes"]] == [q["text"] for q in b["quotes"]]
    assert a["text"].split("\n\n")[1:] != b["text"].split("\n\n")[1:]  # the one-word change


def test_examples_gold_against_itself_scores_one(examples_gold: list[dict[str, Any]]) -> None:
    preds = {
        g["id"]: [dict(q, speaker={"name": q["speaker"]}) for q in g["quotes"]] for g in examples_gold
    }
    s = score(examples_gold, preds)
    assert (s.f1, s.speaker_accuracy, s.e2e_f1, s.fp, s.fn) == (1.0, 1.0, 1.0, 0, 0)
    assert s.by_type == {"direct": 1.0, "indirect": 1.0, "mixed": 1.0}
