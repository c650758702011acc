"""A mixed folder of Dutch and English articles: one ingest, each article analysed by
its own backend, speakers shared across languages (fictional articles of ours)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiezegtwat.analyse.frog import frog_available
from wiezegtwat.run.local import ingest
from wiezegtwat.store.db import Store
from wiezegtwat.store.queries import speakers

pytestmark = [pytest.mark.frog, pytest.mark.slow]

DUTCH = (
    "De Russische president Vladimir Poetin zegt dat de gesprekken over graan volgende week "
    "in Genève verdergaan. \"We hebben geen haast\", zei Poetin tegen verslaggevers in Moskou.\n\n"
    "Minister Lotte Brandsma reageerde voorzichtig op de uitspraken van het Kremlin."
)
ENGLISH = (
    "Russian President Vladimir Putin said on Friday that the grain talks would resume in "
    "Geneva next week. \"There is no hurry,\" Putin told reporters in Moscow.\n\n"
    "Foreign ministers from three countries are expected to attend the meeting."
)


def test_mixed_folder_one_ingest_one_actor_per_person(tmp_path: Path) -> None:
    if not frog_available():
        pytest.skip("Frog is not installed")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "graan-nl.txt").write_text(DUTCH, encoding="utf-8")
    (folder / "grain-en.txt").write_text(ENGLISH, encoding="utf-8")
    db = tmp_path / "mixed.db"
    stats = ingest([folder], db=db)
    assert (stats.added, stats.failed) == (2, 0)
    with Store.open(db, readonly=True) as store:
        langs = dict(store.conn.execute("SELECT source, lang FROM articles").fetchall())
        assert {Path(k).name: v for k, v in langs.items()} == {"graan-nl.txt": "nl", "grain-en.txt": "en"}
        top = [s for s in speakers(store) if "Putin" in s.name or "Poetin" in s.name]
    assert len(top) == 1, top  # one actor for both spellings
    assert top[0].articles == 2 and top[0].quotes >= 4
    assert {"Vladimir Poetin", "Vladimir Putin"} <= {top[0].name, *top[0].variants}
