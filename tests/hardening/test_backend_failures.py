"""Frog hangs or crashes: the backend times out, restarts it and goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiezegtwat.analyse.frog import FrogBackend
from wiezegtwat.errors import BackendError, InputError, LanguageError
from wiezegtwat.pipeline import MAX_CHARS, Pipeline

FAKE = str(Path(__file__).with_name("fake_frog.py"))


@pytest.fixture()
def fake() -> FrogBackend:
    backend = FrogBackend(executable=FAKE, timeout=2.0, retries=1)
    backend.start()
    yield backend
    backend.close()


def test_backend_answers_and_aligns(fake: FrogBackend) -> None:
    doc = fake.analyse("Een korte zin.\n\nNog een alinea.")
    assert [t.text for t in doc.tokens] == ["Een", "korte", "zin.", "Nog", "een", "alinea."]
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)


def test_backend_hang_times_out_then_fails_clearly(fake: FrogBackend) -> None:
    with pytest.raises(BackendError, match="after 2 attempts"):
        fake.analyse("Dit HANG blijft hangen")
    assert fake.restarts == 1
    # The next request works again on a fresh server.
    assert [t.text for t in fake.analyse("Weer goed").tokens] == ["Weer", "goed"]


def test_backend_crash_restarts_server(fake: FrogBackend) -> None:
    with pytest.raises(BackendError):
        fake.analyse("Dit CRASH doodt de server")
    assert fake.restarts >= 1
    assert fake.analyse("Daarna werkt alles").tokens[0].text == "Daarna"


def test_backend_missing_program_says_what_to_install() -> None:
    with pytest.raises(BackendError, match="apt-get install frog"):
        FrogBackend(executable="/nonexistent/frog").start()


def test_pipeline_refuses_other_languages(fake: FrogBackend) -> None:
    pipe = Pipeline(backend=fake)
    german = "Der Minister sagte am Dienstag, dass die neue Brücke im Frühling nächsten Jahres öffnet."
    with pytest.raises(LanguageError, match="German") as err:
        pipe.analyse(german, source="news.txt")
    assert "news.txt" in str(err.value) and "--lang" in str(err.value)
    dutch = "De minister zei dinsdag dat de nieuwe brug in het voorjaar van volgend jaar opengaat."
    assert pipe.analyse(dutch).lang == "nl"


def test_pipeline_refuses_huge_and_empty_articles(fake: FrogBackend) -> None:
    pipe = Pipeline(backend=fake)
    with pytest.raises(InputError, match="over the limit"):
        pipe.analyse("woord " * (MAX_CHARS // 5), source="groot.txt")
    with pytest.raises(InputError, match="empty"):
        pipe.analyse("  \n ", source="leeg.txt")


def test_input_errors_survive_pickling_between_processes() -> None:
    import pickle

    e = pickle.loads(pickle.dumps(InputError("a.txt", "empty article", hint="write something")))
    assert (e.source, e.problem, e.hint, str(e)) == ("a.txt", "empty article", "write something",
                                                      "a.txt: empty article (write something)")
    lang = pickle.loads(pickle.dumps(LanguageError("b.txt", "English", ("nl",))))
    assert isinstance(lang, LanguageError) and "English" in str(lang) and lang.source == "b.txt"


def test_text_the_backend_fails_on_is_that_articles_error(fake: FrogBackend) -> None:
    from wiezegtwat.errors import TextAnalysisError

    with pytest.raises(TextAnalysisError):
        fake.analyse("Dit HANG blijft hangen")
    pipe = Pipeline(backend=fake, lang="nl")
    with pytest.raises(InputError, match="hangt.txt: the analyser failed on this article"):
        pipe.analyse("De tekst HANG blijft hangen", source="hangt.txt")
    # The next article is analysed, on a fresh server, without a timeout first.
    restarts = fake.restarts
    assert pipe.analyse("De minister zei dat het goed gaat.", source="goed.txt").doc is not None
    assert fake.restarts == restarts


def test_backend_failing_on_articles_in_a_row_stops_the_run(fake: FrogBackend) -> None:
    from wiezegtwat.pipeline import MAX_FAILED_IN_ROW

    pipe = Pipeline(backend=fake, lang="nl")
    for n in range(MAX_FAILED_IN_ROW - 1):
        with pytest.raises(InputError):
            pipe.analyse("Weer HANG hier", source=f"{n}.txt")
    with pytest.raises(BackendError, match="articles in a row") as err:
        pipe.analyse("En HANG nog eens", source="laatste.txt")
    assert not isinstance(err.value, InputError)


def test_quotes_and_ingest_go_on_past_an_article_the_backend_fails_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    import sqlite3

    from typer.testing import CliRunner

    import wiezegtwat.pipeline as pipeline
    from wiezegtwat.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    texts = {"a.txt": "De burgemeester zei dat de brug dichtgaat.",
             "b.txt": "Een tabel HANG zonder einde",
             "c.txt": "De wethouder zei dat de school opengaat."}
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(pipeline, "default_backend",
                        lambda lang="nl", cache=None: FrogBackend(executable=FAKE, timeout=1.0))
    runner = CliRunner()
    result = runner.invoke(app, ["quotes", "--json", "--lang", "nl", str(folder)])
    assert result.exit_code == 1, result.output  # one article failed, the others were done
    assert [Path(json.loads(x)["source"]).name for x in result.stdout.splitlines()] == ["a.txt", "c.txt"]
    assert "b.txt: the analyser failed on this article" in result.stderr
    db = tmp_path / "wzw.db"
    result = runner.invoke(app, ["ingest", "--lang", "nl", str(folder), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert "2 added" in result.stderr and "1 failed" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2
