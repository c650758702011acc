"""Fixtures for the serve tests: a small fictional corpus, the app and a client."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from wiezegtwat.ids import article_id
from wiezegtwat.records import Actor, Article, Cue, Quote, Role, Speaker
from wiezegtwat.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fakes import make_pipeline  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
PAYLOADS = (SCRIPT, IMG)


def _quote(text: str, said: str, *, cue: str, speaker: str, actor_id: str | None,
           type: str = "direct", statement: str = "says", after: int = 0) -> Quote:
    """A quote located by its text, its cue and speaker searched after it."""
    start = text.index(said, after)
    end = start + len(said)
    cue_start = text.index(cue, end if type == "direct" else after)
    speaker_start = text.index(speaker, after)
    return Quote(
        start=start, end=end, text=said, type=type,  # type: ignore[arg-type]
        cue=Cue(cue, cue_start, cue_start + len(cue), lemma=cue, statement=statement),  # type: ignore[arg-type]
        speaker=Speaker(speaker, speaker_start, speaker_start + len(speaker), actor_id=actor_id),
        evidence=f'subject after "{cue}"', sentence=0)


def _article(text: str, **meta: str) -> Article:
    return Article(id=article_id(text), text=text, lang="nl", source="test", **meta)  # type: ignore[arg-type]


DIJK = (
    "Het waterschap versterkt de dijk bij Lemmerveen.\n\n"
    "\"We beginnen in april met de eerste kilometer\", zegt dijkgraaf Marieke Smit. "
    "\"Het water wacht niet op ons\", zei Joost Brink van de bewonersvereniging."
)
VEER = (
    "Het veer over de Lemme vaart weer.\n\n"
    "\"De pont ligt nooit meer stil\", zegt Marieke Smit. "
    "Anna de Wit van de provincie vindt dat de dienstregeling beter moet."
)
XSS = (
    f"Een test met rare tekens {IMG} in de tekst.\n\n"
    f"\"Dit is {SCRIPT} onzin\", zei {IMG} tegen de raad."
)


def corpus_articles() -> tuple[list[Article], list[Actor]]:
    """Three fictional articles: two about Lemmerveen, one full of script payloads."""
    dijk = _article(DIJK, title="Dijk bij Lemmerveen wordt versterkt", outlet="Dagblad Noord",
                    date="2024-03-04", url="https://example.org/dijk")
    dijk.quotes = [
        _quote(DIJK, "We beginnen in april met de eerste kilometer", cue="zegt",
               speaker="Marieke Smit", actor_id="p-marieke-smit"),
        _quote(DIJK, "Het water wacht niet op ons", cue="zei", speaker="Joost Brink",
               actor_id="p-joost-brink"),
    ]
    veer = _article(VEER, title="Veer over de Lemme vaart weer", outlet="Omroep West",
                    date="2024-03-12")
    veer.quotes = [
        _quote(VEER, "De pont ligt nooit meer stil", cue="zegt", speaker="Marieke Smit",
               actor_id="p-marieke-smit"),
        _quote(VEER, "dat de dienstregeling beter moet", cue="vindt", speaker="Anna de Wit",
               actor_id="p-anna-de-wit", type="indirect", statement="thinks"),
    ]
    xss = _article(XSS, title=f"Kop met {SCRIPT}", outlet=f"Krant {IMG}", date="2024-04-01")
    xss.quotes = [
        _quote(XSS, f"Dit is {SCRIPT} onzin", cue="zei", speaker=IMG, actor_id="p-xss",
               after=XSS.index("\n")),
    ]
    actors = [
        Actor(id="p-marieke-smit", name="Marieke Smit", variants=["M. Smit"],
              roles=[Role("dijkgraaf", date="2024-03-04", article_id=dijk.id)]),
        Actor(id="p-joost-brink", name="Joost Brink"),
        Actor(id="p-anna-de-wit", name="Anna de Wit", affiliation="provincie"),
        Actor(id="p-xss", name=IMG, roles=[Role(SCRIPT)]),
    ]
    return [dijk, veer, xss], actors


def build_corpus(path: Path) -> dict[str, Article]:
    """Store the fictional corpus at ``path``; return its articles by short name."""
    articles, actors = corpus_articles()
    with Store.open(path) as store:
        for article in articles:
            store.add_article(article, actors=actors)
    return dict(zip(("dijk", "veer", "xss"), articles, strict=True))


@pytest.fixture(params=("sqlite", "postgresql"))
def corpus(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Any, dict[str, Article]]:
    """The corpus in a SQLite file, and in a fresh PostgreSQL database (its URL)."""
    if request.param == "sqlite":
        db: Any = tmp_path / "wzw.db"
    elif request.node.get_closest_marker("sqlite_only"):
        pytest.skip("tests the SQLite file itself")
    else:
        db = request.getfixturevalue("pg_url")
    return db, build_corpus(db)


@pytest.fixture
def app(corpus: tuple[Path, dict[str, Article]]) -> FastAPI:
    from wiezegtwat.serve.api import create_app

    return create_app(str(corpus[0]), pipeline_factory=make_pipeline, max_body=20_000)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def articles(corpus: tuple[Path, dict[str, Article]]) -> dict[str, Article]:
    return corpus[1]
