"""Tests for near-duplicate grouping with persisted MinHash signatures."""

from __future__ import annotations

from pathlib import Path

from store_support import BAKKER_TEXT, JANSEN_TEXT, MakeArticle

from wiezegtwat.store import Store, assign_dup_groups
from wiezegtwat.store.dedup import shingles

WIRE = (
    "Het kabinet trekt volgend jaar tweehonderd miljoen euro uit voor de dijken langs de "
    "Oostlandse rivieren. Dat maakte minister Els de Vries woensdag bekend na overleg met de "
    "waterschappen. De eerste werkzaamheden beginnen in het voorjaar bij Zandwijk, waar de dijk "
    "vorig jaar bijna doorbrak. Bewoners reageerden opgelucht op het nieuws."
)
# A regional paper's copy: new dateline and a closing sentence, same body.
WIRE_COPY = "ZANDWIJK (ANP) - " + WIRE + " De gemeente organiseert een informatieavond."


def _groups(store: Store) -> dict[str, str | None]:
    return dict(store.conn.execute("SELECT id, dup_group FROM articles"))


def test_shingles_are_word_five_grams() -> None:
    assert shingles("Een twee drie vier vijf zes") == {
        b"een twee drie vier vijf",
        b"twee drie vier vijf zes",
    }
    assert shingles("Kort, bericht.") == {b"kort bericht"}


def test_assign_dup_groups_groups_wire_copies(store: Store, make_article: MakeArticle) -> None:
    original = make_article(WIRE, date="2024-05-01")
    copy = make_article(WIRE_COPY, outlet="dagblad-oost.nl", date="2024-05-01")
    other = make_article(JANSEN_TEXT)
    for article in (original, other, copy):
        store.add_article(article)
    assert assign_dup_groups(store) == 1
    assert _groups(store) == {original.id: original.id, copy.id: original.id, other.id: other.id}


def test_assign_dup_groups_is_incremental_across_reopen(
    tmp_path: Path, make_article: MakeArticle
) -> None:
    path = tmp_path / "wzw.db"
    original = make_article(WIRE)
    with Store.open(path) as store:
        store.add_article(original)
        store.add_article(make_article(BAKKER_TEXT))
        assert assign_dup_groups(store) == 0
    copy = make_article(WIRE_COPY, outlet="dagblad-oost.nl")
    with Store.open(path) as store:
        store.add_article(copy)
        assert store.conn.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 2
        assert assign_dup_groups(store) == 1
        assert assign_dup_groups(store) == 0
        assert _groups(store)[copy.id] == original.id


def test_assign_dup_groups_groups_the_bundled_wire_copies(store: Store) -> None:
    from wiezegtwat.ingest import iter_articles

    examples = Path(__file__).resolve().parents[2] / "examples" / "articles"
    for article in iter_articles([examples]):
        store.add_article(article)
    assert assign_dup_groups(store) == 1
    groups = dict(store.conn.execute("SELECT source, dup_group FROM articles").fetchall())
    storm = [g for s, g in groups.items() if "storm-code-oranje" in s]
    assert len(storm) == 2 and storm[0] == storm[1]
    assert len(set(groups.values())) == len(groups) - 1
