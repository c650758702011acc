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
