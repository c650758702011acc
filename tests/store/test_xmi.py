"""The annotation round trip: export XMI, correct it as an annotator would, import, gold.

Every text and name here is invented. The "engine" is a stand-in runner that finds the
same three quotes in the text every time, as the deterministic quote engine would.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from wiezegtwat.cli import app
from wiezegtwat.errors import InputError, StoreError
from wiezegtwat.records import Article, Cue, Quote, Speaker
from wiezegtwat.run.local import ingest
from wiezegtwat.scoring import load_gold
from wiezegtwat.store import Store
from wiezegtwat.store.quote_corrections import QuoteCorrection
from wiezegtwat.store.xmi import (
    QUOTE,
    SPEAKER,
    SPEAKER_LINK,
    article_to_cas,
    build_typesystem,
    export_xmi,
    sentence_spans,
)

cassis = pytest.importorskip("cassis")
runner = CliRunner()

TEXT = (
    "Wethouder Karin Bosma zegt dat de Lindebrug in mei dicht gaat.\n"
    "Havenmeester Joost Hendriks is boos. \"Dit kost ons de hele zomer,\" zei hij.\n"
    "Het was \"een lastige\" vergadering in Oostwoud."
)


def _span(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def engine_quotes(text: str) -> list[Quote]:
    """What the stand-in engine finds: two right quotes (one with the wrong speaker) and a
    scare quote that is no quote at all."""
    def quote(piece: str, type_: str, cue: str | None, speaker: str | None) -> Quote:
        start = text.index(piece)
        q = Quote(start=start, end=start + len(piece), text=piece, type=type_)  # type: ignore[arg-type]
        if cue is not None:
            c = text.index(cue)
            q.cue = Cue(cue, c, c + len(cue), lemma=cue)
        if speaker is not None:
            s = text.index(speaker)
            q.speaker = Speaker(speaker, s, s + len(speaker))
        return q

    return [
        quote("de Lindebrug in mei dicht gaat", "indirect", "zegt", "Karin Bosma"),
        quote("Dit kost ons de hele zomer,", "direct", "zei", "Karin Bosma"),
        quote("een lastige", "direct", None, None),
    ]


def fake_runner(articles: Iterable[Article]) -> Iterator[Article]:
    for article in articles:
        article.lang = "nl"
        article.quotes = engine_quotes(article.text)
        yield article


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[str, Path, str]:
    """A database with the one article ingested; returns (db, input file, article id)."""
    source = tmp_path / "in" / "lindebrug.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "wzw.db")
    stats = ingest([source], db=db, runner=fake_runner, dedup=False)
    assert stats.added == 1, stats.errors
    with Store.open(db, readonly=True) as store:
        (article_id,) = store.article_ids()
    return db, source, article_id


def _quotes(db: str) -> list[tuple[str, str, str | None, tuple[int | None, int | None]]]:
    with Store.open(db, readonly=True) as store:
        (article_id,) = store.article_ids()
        article = store.get_article(article_id)
        assert article is not None
        return sorted(
            (q.text, q.type, q.speaker.name if q.speaker else None,
             (q.speaker.start, q.speaker.end) if q.speaker else (None, None))
            for q in article.quotes
        )


def _load(path: Path) -> Any:
    ts = cassis.load_typesystem(path.parent / "TypeSystem.xml")
    return cassis.load_cas_from_xmi(path, typesystem=ts)


def _quote_fs(cas: Any, piece: str) -> Any:
    return next(q for q in cas.select(QUOTE) if q.get_covered_text() == piece)


def annotate(path: Path) -> None:
    """What an annotator does in INCEpTION: mark the mention "Joost Hendriks" as a speaker
    and link the direct quote to it; delete the scare quote."""
    cas = _load(path)
    ts = cas.typesystem
    start, end = _span("Joost Hendriks")
    speaker = ts.get_type(SPEAKER)(begin=start, end=end)
    cas.add(speaker)
    quote = _quote_fs(cas, "Dit kost ons de hele zomer,")
    quote.speaker = ts.get_type("uima.cas.FSArray")(
        elements=[ts.get_type(SPEAKER_LINK)(role="speaker", target=speaker)])
    cas.remove(_quote_fs(cas, "een lastige"))
    cas.to_xmi(path)


CORRECTED = [
    ("Dit kost ons de hele zomer,", "direct", "Joost Hendriks", _span("Joost Hendriks")),
    ("de Lindebrug in mei dicht gaat", "indirect", "Karin Bosma", _span("Karin Bosma")),
]


def test_round_trip(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, source, article_id = corpus
    out = tmp_path / "export"
    result = runner.invoke(app, ["xmi", "export", "--db", db, "--all", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{article_id}.xmi", "TypeSystem.xml"])
    annotate(out / f"{article_id}.xmi")

    result = runner.invoke(app, ["xmi", "import", str(out), "--db", db, "--by", "annotator1"])
    assert result.exit_code == 0, result.output
    assert "1 delete, 1 speaker" in result.output
    assert _quotes(db) == CORRECTED
    with Store.open(db, readonly=True) as store:
        recorded = store.quote_corrections(article_id)
    assert [(c.op, c.by, TEXT[c.start:c.end]) for c in recorded] == [
        ("delete", "annotator1", "een lastige"),
        ("speaker", "annotator1", "Dit kost ons de hele zomer,"),
    ]
    assert recorded[1].args == {"speaker": "Joost Hendriks", "speaker_start": _span("Joost Hendriks")[0],
                                "speaker_end": _span("Joost Hendriks")[1]}
    assert all(c.created_at and c.source and c.source.endswith(".xmi") for c in recorded)

    # Ingesting the same text again keeps the corrections ...
    assert ingest([source], db=db, runner=fake_runner, dedup=False).existing == 1
    assert _quotes(db) == CORRECTED
    # ... and so does writing it anew, as after removing it to re-analyse: the engine finds
    # its three quotes again and the recorded corrections are applied to them.
    with Store.open(db) as store, store.write() as conn:
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    assert ingest([source], db=db, runner=fake_runner, dedup=False).added == 1
    assert _quotes(db) == CORRECTED

    gold_path = tmp_path / "gold.jsonl"
    result = runner.invoke(app, ["xmi", "gold", "--db", db, "-o", str(gold_path)])
    assert result.exit_code == 0, result.output
    (gold,) = load_gold(gold_path)
    assert (gold["id"], gold["lang"], gold["text"]) == (article_id, "nl", TEXT)
    assert [(q["text"], q["type"], q["speaker"], q["required"]) for q in gold["quotes"]] == [
        ("de Lindebrug in mei dicht gaat", "indirect", "Karin Bosma", True),
        ("Dit kost ons de hele zomer,", "direct", "Joost Hendriks", True),
    ]


def test_zip_round_trip_with_added_quote_span_and_type(
    corpus: tuple[str, Path, str], tmp_path: Path
) -> None:
    db, _, article_id = corpus
    archive = tmp_path / "export.zip"
    with Store.open(db, readonly=True) as store:
        assert export_xmi(store, [article_id], archive) == 1
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == sorted([f"{article_id}.xmi", "TypeSystem.xml"])
        ts = cassis.load_typesystem(io.BytesIO(zf.read("TypeSystem.xml")))
        cas = cassis.load_cas_from_xmi(io.BytesIO(zf.read(f"{article_id}.xmi")), typesystem=ts)
    quote = _quote_fs(cas, "de Lindebrug in mei dicht gaat")
    quote.begin = _span("de Lindebrug")[0] - len("dat ")  # span widened to "dat de Lindebrug…"
    quote.qtype = "mixed"
    start, end = _span("Havenmeester Joost Hendriks is boos")
    cas.add(ts.get_type(QUOTE)(begin=start, end=end, qtype="indirect",
                               speakerName="Joost Hendriks"))
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"{article_id}.xmi", cas.to_xmi())
        zf.writestr("TypeSystem.xml", ts.to_xml())

    result = runner.invoke(app, ["xmi", "import", str(archive), "--db", db])
    assert result.exit_code == 0, result.output
    with Store.open(db, readonly=True) as store:
        assert [c.op for c in store.quote_corrections()] == ["span", "type", "add"]
    quotes = {q[0]: q for q in _quotes(db)}
    assert quotes["dat de Lindebrug in mei dicht gaat"][1:3] == ("mixed", "Karin Bosma")
    assert quotes["Havenmeester Joost Hendriks is boos"][1:] == ("indirect", "Joost Hendriks",
                                                                  (None, None))
    assert len(quotes) == 4


def test_an_unchanged_export_records_nothing(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, _ = corpus
    before = _quotes(db)
    runner.invoke(app, ["xmi", "export", "--db", db, "--all", "-o", str(tmp_path / "x")])
    result = runner.invoke(app, ["xmi", "import", str(tmp_path / "x"), "--db", db])
    assert result.exit_code == 0 and "no changes" in result.output
    with Store.open(db, readonly=True) as store:
        assert store.quote_corrections() == []
    assert _quotes(db) == before


def test_cas_layers_follow_the_store(corpus: tuple[str, Path, str]) -> None:
    db, _, article_id = corpus
    with Store.open(db, readonly=True) as store:
        cas = article_to_cas(store, article_id)
    meta = cas.select("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData")
    assert [m.documentId for m in meta] == [article_id]
    assert cas.sofa_string == TEXT
    quote = _quote_fs(cas, "de Lindebrug in mei dicht gaat")
    assert (quote.qtype, quote.speakerName) == ("indirect", "Karin Bosma")
    assert quote.speaker.elements[0].target.get_covered_text() == "Karin Bosma"
    assert [c.get_covered_text() for c in cas.select("wzw.Cue")] == ["zegt", "zei"]
    # One Speaker span for the mention that (wrongly) speaks two quotes.
    assert len(cas.select(SPEAKER)) == 1
    sentences = [s.get_covered_text() for s in
                 cas.select("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence")]
    assert sentences[0] == "Wethouder Karin Bosma zegt dat de Lindebrug in mei dicht gaat."


def test_sentence_spans_split_after_closing_marks() -> None:
    text = 'Hij zei: "Nee." Zij lachte.\n\nEinde'
    assert [text[s:e] for s, e in sentence_spans(text)] == ['Hij zei: "Nee."', "Zij lachte.",
                                                           "Einde"]


# -- bad input --------------------------------------------------------------------------


def _export(db: str, out: Path) -> None:
    result = runner.invoke(app, ["xmi", "export", "--db", db, "--all", "-o", str(out)])
    assert result.exit_code == 0, result.output


def _import_fails(db: str, path: Path, message: str) -> str:
    before = _quotes(db)
    result = runner.invoke(app, ["xmi", "import", str(path), "--db", db])
    assert result.exit_code == 1, result.output
    assert message in result.output, result.output
    assert _quotes(db) == before
    with Store.open(db, readonly=True) as store:
        assert store.quote_corrections() == []
    return str(result.output)


def test_not_xmi_is_refused_naming_the_file(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, _ = corpus
    bad = tmp_path / "bad" / "notes.xmi"
    bad.parent.mkdir()
    bad.write_text("<<< not xml", encoding="utf-8")
    output = _import_fails(db, bad, "notes.xmi")
    assert "wrong type system" in output
    (bad.parent / "TypeSystem.xml").write_text(build_typesystem().to_xml(), encoding="utf-8")
    _import_fails(db, bad, "not UIMA CAS XMI")
    _import_fails(db, tmp_path / "bad", "notes.xmi")
    plain = tmp_path / "plain.txt"
    plain.write_text("hallo", encoding="utf-8")
    _import_fails(db, plain, "not an .xmi file")


def test_wrong_type_system_is_refused(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, article_id = corpus
    _export(db, tmp_path / "x")
    (tmp_path / "x" / "TypeSystem.xml").write_text(cassis.TypeSystem().to_xml(), encoding="utf-8")
    _import_fails(db, tmp_path / "x", f"{article_id}.xmi: wrong type system")


def test_unknown_article_is_refused(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, article_id = corpus
    _export(db, tmp_path / "x")
    path = tmp_path / "x" / f"{article_id}.xmi"
    xml = path.read_text(encoding="utf-8").replace(f'documentId="{article_id}"',
                                                   'documentId="0000000000000000"')
    path.unlink()
    (tmp_path / "x" / "elsewhere.xmi").write_text(xml, encoding="utf-8")
    _import_fails(db, tmp_path / "x", "elsewhere.xmi: no stored article with id 0000000000000000")


def test_changed_text_is_refused(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, article_id = corpus
    _export(db, tmp_path / "x")
    path = tmp_path / "x" / f"{article_id}.xmi"
    path.write_text(path.read_text(encoding="utf-8").replace("Oostwoud", "Westwoud"),
                    encoding="utf-8")
    _import_fails(db, tmp_path / "x", f"{article_id}.xmi: its text differs")


def test_a_failing_file_changes_nothing_and_the_others_are_imported(
    corpus: tuple[str, Path, str], tmp_path: Path
) -> None:
    db, _, article_id = corpus
    _export(db, tmp_path / "x")
    annotate(tmp_path / "x" / f"{article_id}.xmi")
    cas = _load(tmp_path / "x" / f"{article_id}.xmi")
    _quote_fs(cas, "de Lindebrug in mei dicht gaat").qtype = "maybe"
    cas.to_xmi(tmp_path / "x" / "z-second-copy.xmi")
    result = runner.invoke(app, ["xmi", "import", str(tmp_path / "x"), "--db", db])
    assert result.exit_code == 1
    assert "z-second-copy.xmi" in result.output and "qtype 'maybe'" in result.output
    with Store.open(db, readonly=True) as store:
        assert [c.op for c in store.quote_corrections()] == ["delete", "speaker"]
    assert _quotes(db) == CORRECTED


def test_recording_is_all_or_nothing(corpus: tuple[str, Path, str]) -> None:
    db, _, article_id = corpus
    start, end = _span("een lastige")
    with Store.open(db) as store:
        with pytest.raises(StoreError, match="unknown quote correction"):
            store.record_quote_corrections([
                QuoteCorrection(article_id, "delete", start, end),
                QuoteCorrection(article_id, "explode", start, end),
            ])
        assert store.quote_corrections() == []
    assert len(_quotes(db)) == 3


def test_export_needs_a_choice_of_articles(corpus: tuple[str, Path, str], tmp_path: Path) -> None:
    db, _, _ = corpus
    result = runner.invoke(app, ["xmi", "export", "--db", db, "-o", str(tmp_path / "x")])
    assert result.exit_code == 1 and "--article ID" in result.output
    result = runner.invoke(app, ["xmi", "export", "--db", db, "--article", "nope", "-o",
                                 str(tmp_path / "x")])
    assert result.exit_code == 1 and "no article 'nope'" in result.output


def test_gold_to_stdout_is_json_lines(corpus: tuple[str, Path, str]) -> None:
    db, _, article_id = corpus
    result = runner.invoke(app, ["xmi", "gold", "--db", db, "-o", "-", "--article", article_id])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.output.splitlines()]
    assert [q["speaker"] for q in line["quotes"]] == ["Karin Bosma", "Karin Bosma", ""]


def test_import_error_type_is_input_error() -> None:
    from wiezegtwat.store.xmi import read_xmi_files

    with pytest.raises(InputError, match="not an .xmi file"):
        list(read_xmi_files("nowhere.txt"))


def test_gold_aliases_are_the_other_spellings_of_the_actor() -> None:
    from wiezegtwat.records import Actor
    from wiezegtwat.store.gold import article_gold

    text = "Bosma zegt dat het kan."
    quote = Quote(start=15, end=22, text="het kan", type="indirect",
                  speaker=Speaker("Bosma", 0, 5, actor_id="a-bosma"))
    with Store.open(":memory:") as store:
        store.add_article(Article(id="art-1", text=text, quotes=[quote]),
                          actors=[Actor("a-bosma", "Karin Bosma", variants=["K. Bosma", "Bosma"])])
        gold = article_gold(store, "art-1")
    assert gold["aliases"] == {"Bosma": ["Karin Bosma", "K. Bosma"]}
    assert gold["quotes"][0]["speaker"] == "Bosma"


def test_without_cassis_the_command_names_the_extra(
    corpus: tuple[str, Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    db, _, _ = corpus
    monkeypatch.setitem(sys.modules, "cassis", None)  # as if the extra were not installed
    result = runner.invoke(app, ["xmi", "export", "--db", db, "--all", "-o", str(tmp_path / "x")])
    assert result.exit_code == 1 and "wiezegtwat[xmi]" in result.output, result.output


def test_odd_speakers_survive_an_unchanged_round_trip(tmp_path: Path) -> None:
    """One mention resolved to two names, a nameless speaker with a span, a name with no span."""
    text = "Hij zegt dat het kan. Hij zegt dat het moet. Zij zegt dat het mag. Men zegt dat het klopt."
    pieces = ["het kan", "het moet", "het mag", "het klopt"]
    speakers = [Speaker("Karin Bosma", 22, 25), Speaker("Joost Hendriks", 22, 25),
                Speaker(None, 45, 48), Speaker("Ria Smit")]
    quotes = [Quote(start=text.index(p), end=text.index(p) + len(p), text=p, type="indirect",
                    speaker=s) for p, s in zip(pieces, speakers, strict=True)]
    db = str(tmp_path / "wzw.db")
    with Store.open(db) as store:
        store.add_article(Article(id="art-odd", text=text, quotes=quotes))
        export_xmi(store, ["art-odd"], tmp_path / "x")
    result = runner.invoke(app, ["xmi", "import", str(tmp_path / "x"), "--db", db])
    assert result.exit_code == 0 and "no changes" in result.output, result.output
