"""eval/openboek.py on an invented mini corpus in OpenBoek's three formats."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "eval"))

import openboek  # noqa: E402

XML = """<?xml version='1.0' encoding='UTF-8'?>
<doc><characters><character aliases="Wolter Brink" id="0" name="Wolter_Brink" />\
<character aliases="ik" id="1" name="ik" /><character aliases="Jet" id="2" name="Jet" /></characters>\
<text>Het huis .
 <quote speaker="Wolter_Brink" id="s1" type="explicit">" Kom binnen , "</quote> zei \
<mention speaker="Wolter_Brink" id="s2">Brink</mention> , <quote speaker="Wolter_Brink" id="s5" \
type="explicit">" het regent .
 Ga zitten . "</quote>
 <quote speaker="ik" id="s3" type="anaphor_pronoun">" Dank u "</quote> , zei ik .
 <quote speaker="Jet" id="s4" type="implicit">- Is er thee ?</quote>
 Mijn zuster lachte &amp;amp; zweeg om mijn grap .</text></doc>
"""
TOK = """1-1|Het huis .
2-1|" Kom binnen , " zei Brink , " het regent .
2-2|Ga zitten . "
3-1|" Dank u " , zei ik .
4-1|- Is er thee ?
5-1|Mijn zuster lachte & zweeg om mijn grap .
"""
FEATURES = """filename\tsentno\tbegin\tend\tgender\tnumber\tcategory\tmentions
Mini\t2\t5\t6\tm\tsg\tPER.fic\tBrink, hij, Wolter Brink, Mijn, meneer Brink, Jet
Mini\t4\t0\t1\tf\tsg\tPER.fic\tJet, zij
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    for sub, name, text in [("quotes", "Mini.xml", XML), ("tokenized", "Mini.tok", TOK),
                            ("features", "Mini.tsv", FEATURES)]:
        (tmp_path / sub).mkdir()
        (tmp_path / sub / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_quotes_speakers_aliases_and_what_is_optional(corpus: Path) -> None:
    rows = openboek.convert(corpus, chars=10_000)
    assert len(rows) == 1
    row = rows[0]
    text = row["text"]
    assert text.startswith("Het huis.\n\n\"Kom binnen,\" zei Brink, \"het regent. Ga zitten.\"\n\n")
    assert "lachte & zweeg" in text  # a twice-escaped ampersand read as one
    quotes = row["quotes"]
    assert all(text[q["start"]:q["end"]] == q["text"] for q in quotes)
    by_text = {q["text"]: q for q in quotes}
    first = by_text["Kom binnen"]  # without the marks and the comma before the closing one
    assert first["speaker"] == "Wolter Brink" and first["required"] and first["attribution"] == "explicit"
    assert by_text["het regent. Ga zitten."]["speaker"] == "Wolter Brink"  # over two sentences
    assert by_text["Dank u"]["required"] is False  # the narrator has no name
    assert by_text["Is er thee?"]["speaker"] == "Jet"  # the dialogue dash is cut
    # Aliases: the entity's name-like mentions, not a capitalised function word
    # the book also writes in lower case, not a name another entity also has.
    assert row["aliases"]["Wolter Brink"] == ["Brink"]


def test_only_makes_other_kinds_optional_and_cli_writes_jsonl(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "gold.jsonl"
    assert openboek.main([str(corpus), str(out), "--only", "implicit"]) == 0
    quotes = [q for line in out.read_text(encoding="utf-8").splitlines() for q in json.loads(line)["quotes"]]
    assert [q["speaker"] for q in quotes if q["required"]] == ["Jet"]
    with pytest.raises(SystemExit):
        openboek.main([str(corpus), str(out), "--only", "telepathic"])


OPENBOEK = Path(os.environ.get("WZW_SHARED", ROOT.parent / "shared")) / "data" / "openboek"


@pytest.mark.skipif(not (OPENBOEK / "quotes").is_dir(), reason=f"no OpenBoek folder at {OPENBOEK}")
def test_real_corpus_structure(tmp_path: Path) -> None:
    from wiezegtwat.scoring import load_gold

    out = tmp_path / "openboek.jsonl"
    assert openboek.main([str(OPENBOEK), str(out)]) == 0
    rows = load_gold(out)  # checks every quote's offsets against its text
    quotes = [q for row in rows for q in row["quotes"]]
    books = {row["outlet"] for row in rows}
    assert len(books) == len(list((OPENBOEK / "quotes").glob("*.xml")))
    # Every annotated quote lands (a few are only marks and are left out).
    assert len(quotes) > 0.99 * sum(1 for p in (OPENBOEK / "quotes").glob("*.xml")
                                    for line in p.read_text(encoding="utf-8").split("<quote ")[1:])
    assert all(row["lang"] == "nl" and len(row["text"]) < 30_000 for row in rows)
    assert all(q["speaker"] for q in quotes if q["required"])
    assert {q["attribution"] for q in quotes} <= {*openboek.KINDS, ""}
