"""Fixtures for the run tests: a small fictional corpus and database dumps."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
EXAMPLES = ROOT / "examples" / "articles"

if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

# Six fictional Dutch articles; every name, place and event is made up.
ARTICLES: dict[str, str] = {
    "brug.txt": (
        "Nieuwe brug in Veendorp later klaar\n\n"
        "De bouw van de brug over het Zuiderdiep loopt een half jaar vertraging op. "
        "Wethouder Anouk Verbeek zei dinsdag: \"We hebben de aannemer om een nieuw plan gevraagd.\"\n\n"
        "\"Het staal is te laat geleverd\", aldus projectleider Karel Dijkstra. "
        "Volgens hem is de brug in de zomer open."
    ),
    "school.txt": (
        "Basisschool krijgt groene speelplaats\n\n"
        "Op De Wilgenhoek maken de tegels plaats voor gras en bomen. "
        "\"De kinderen spelen hier straks in de schaduw\", zei directeur Fenna Hoekstra.\n\n"
        "Ouders hielpen zaterdag mee. Ouder Tim Bakker zegt: \"Het was zwaar werk, maar leuk.\""
    ),
    "haven.txt": (
        "Havenbedrijf meldt recordjaar\n\n"
        "Het havenbedrijf van Noordmond verwerkte vorig jaar meer containers dan ooit. "
        "\"Dit hadden we niet verwacht\", zei topvrouw Lotte van Rijn.\n\n"
        "Vakbondsman Ruud Meijer stelt dat de drukte ten koste gaat van het personeel. "
        "\"Mensen maken te veel uren\", zei Meijer."
    ),
    "markt.txt": (
        "Weekmarkt verhuist naar het plein\n\n"
        "Vanaf april staat de markt op het Raadhuisplein. "
        "Marktmeester Joke Vermeulen zei: \"Er is daar meer ruimte voor de kramen.\"\n\n"
        "Niet iedereen is blij. \"Mijn klanten weten me straks niet te vinden\", aldus visboer Henk Smit."
    ),
    "trein.txt": (
        "Minder treinen door werk aan het spoor\n\n"
        "Tussen Oostwaard en Lindedam rijden twee weken lang bussen. "
        "Woordvoerder Sanne de Graaf zei: \"Reizigers moeten een half uur extra rekenen.\"\n\n"
        "Reiziger Omar Haddou vindt dat het slecht is aangekondigd. "
        "\"Ik las het pas vanochtend\", zei Haddou."
    ),
    "bieb.txt": (
        "Bibliotheek langer open op zondag\n\n"
        "De bibliotheek van Veendorp gaat op zondag ook 's middags open. "
        "\"Veel studenten vroegen erom\", zei directeur Ilse Mulder.\n\n"
        "Wethouder Anouk Verbeek is tevreden. \"Dit is goed voor de hele stad\", aldus Verbeek."
    ),
}


def write_corpus(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """Write the fictional articles as UTF-8 text files under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """The bundled examples when present, else the six fictional articles above."""
    if EXAMPLES.is_dir() and any(EXAMPLES.glob("*.txt")):
        return EXAMPLES
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def worker_path(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Let spawned Dask worker processes import dask_fakes."""
    import os

    old = os.environ.get("PYTHONPATH", "")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(HERE), str(ROOT), old) if p))
    yield


TABLES = {
    "articles": "SELECT id, text, lang, title, url, outlet, date, author, source, metadata, "
                "dup_group FROM articles ORDER BY id",
    "quotes": "SELECT * FROM quotes ORDER BY article_id, n",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, n",
    "actors": "SELECT * FROM actors ORDER BY id",
    "actor_variants": "SELECT * FROM actor_variants ORDER BY actor_id, variant",
    "actor_roles": "SELECT * FROM actor_roles ORDER BY actor_id, title, date, article_id",
}


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the content tables, ingested_at left out."""
    conn = sqlite3.connect(db)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in TABLES.items()}
    finally:
        conn.close()
