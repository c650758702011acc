"""Tests for quote targets: who a quote talks about (table quote_targets, migration 6)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from wiezegtwat.ids import article_id
from wiezegtwat.records import Actor, Article, Cue, Mention, Quote, Speaker
from wiezegtwat.store import Store, export, migrations, search_quotes
from wiezegtwat.store import db as store_db
from wiezegtwat.store.actors import TargetLink, rewrite_actors, talked_about_by, talks_about
from wiezegtwat.store.queries import Facet

# A fictional article written for these tests.
TEXT = (
    '"Fenna Zwartkop heeft de brug in Veldstad verkeerd gepland," zei Ruben Olderhof. '
    "Volgens Olderhof moet Stichting Waterlelie het werk overnemen. "
    '"Ik laat me niet wegzetten aan de Zwartkopkade," zei Zwartkop.'
)
ACTORS = (
    Actor(id="fenna-zwartkop", name="Fenna Zwartkop", variants=["Zwartkop"]),
    Actor(id="ruben-olderhof", name="Ruben Olderhof", variants=["Olderhof"]),
    Actor(id="waterlelie", name="Stichting Waterlelie", type="organisation"),
    Actor(id="veldstad", name="Veldstad", type="place"),
)


def _at(piece: str, after: int = 0) -> tuple[int, int]:
    start = TEXT.index(piece, after)
    return start, start + len(piece)


def _quote(said: str, cue: str, speaker: str, actor_id: str, type_: str = "direct") -> Quote:
    start, end = _at(said)
    cue_start, cue_end = _at(cue, max(0, start - 20))
    s_start, s_end = _at(speaker, max(0, start - 20))
    return Quote(start=start, end=end, text=said, type=type_,  # type: ignore[arg-type]
                 cue=Cue(cue, cue_start, cue_end, lemma="zeggen"),
                 speaker=Speaker(speaker, s_start, s_end, actor_id=actor_id))


def _mention(piece: str, *, after: int = 0, kind: str = "name", label: str = "PER",
             chain: int | None = None, actor_id: str | None = None) -> Mention:
    start, end = _at(piece, after)
    return Mention(text=piece, start=start, end=end, kind=kind,  # type: ignore[arg-type]
                   label=label, chain=chain, actor_id=actor_id)


def make_article(*, text: str = TEXT, date: str = "2024-03-05", linked: bool = True) -> Article:
    """The article as the actors stage leaves it (``linked``) or as an old store kept it."""
    last = TEXT.index("Ik laat")
    mentions = [
        _mention("Fenna Zwartkop", chain=1, actor_id="fenna-zwartkop"),
        _mention("Veldstad", label="LOC", actor_id="veldstad"),
        _mention("Ruben Olderhof", chain=2, actor_id="ruben-olderhof"),
        _mention("Olderhof", after=TEXT.index("Volgens"), chain=2, actor_id="ruben-olderhof"),
        _mention("Stichting Waterlelie", kind="organisation", label="ORG",
                 actor_id="waterlelie"),
        _mention("me", after=last, kind="pronoun", chain=1, actor_id="fenna-zwartkop"),
        _mention("Zwartkop", after=TEXT.index('," zei Zwartkop'), chain=1,
                 actor_id="fenna-zwartkop"),
    ]
    if not linked:
        for mention in mentions:
            mention.actor_id = None
    quotes = [
        _quote("Fenna Zwartkop heeft de brug in Veldstad verkeerd gepland,", "zei",
               "Ruben Olderhof", "ruben-olderhof"),
        _quote("moet Stichting Waterlelie het werk overnemen", "Volgens", "Olderhof",
               "ruben-olderhof", "indirect"),
        _quote("Ik laat me niet wegzetten aan de Zwartkopkade,", "zei", "Zwartkop",
               "fenna-zwartkop"),
    ]
    return Article(id=article_id(text + date), text=text, lang="nl", title="Brug in Veldstad",
                   outlet="veldstad.example", date=date, source="test", quotes=quotes,
                   mentions=mentions)


@pytest.fixture
def stored(store: Store) -> Store:
    store.add_article(make_article(), actors=ACTORS)
    return store


def _targets(store: Store) -> list[tuple[int, str, str]]:
    return store.conn.execute(
        "SELECT q.n, t.text, t.actor_id FROM quote_targets t JOIN quotes q ON q.id = t.quote_id "
        "ORDER BY q.n, t.start").fetchall()


def test_add_article_writes_targets_inside_the_quote(stored: Store) -> None:
    # The place and the speaker's own "me" are no targets; the organisation, linked only
    # by the actors stage (no speaker span), is one.
    assert _targets(stored) == [
        (0, "Fenna Zwartkop", "fenna-zwartkop"),
        (1, "Stichting Waterlelie", "waterlelie"),
    ]


def test_add_article_keeps_the_actors_stage_link_of_a_mention(stored: Store) -> None:
    linked = stored.conn.execute(
        "SELECT actor_id FROM mentions WHERE text = 'Stichting Waterlelie'").fetchone()
    assert linked == ("waterlelie",)


def test_add_article_without_links_writes_no_targets(store: Store) -> None:
    # Speakers are linked but the mentions inside the quotes are not (no actors stage).
    store.add_article(make_article(linked=False))
    assert _targets(store) == []


def _old_database(path: Path) -> None:
    """A database at migration 5 holding the article as the writer of that version did."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(conn, upto=5)
    old = make_article(linked=False)  # back then only speakers gave mentions an actor
    conn.execute("BEGIN")
    store_db._insert_article(conn, old)
    store_db._upsert_actors(conn, ACTORS)
    _insert_quotes_before_8(conn, old)
    store_db._insert_mentions(conn, old)
    conn.execute("COMMIT")
    conn.close()


# The quote columns up to migration 7; migration 8 added speaker_kind and speaker_confidence.
_QUOTE_COLUMNS_7 = (
    'article_id, n, start, "end", text, type, statement, cue_text, cue_start, cue_end, '
    "cue_lemma, speaker_name, speaker_start, speaker_end, actor_id, role, evidence, sentence, "
    "sentence_context"
)


def _insert_quotes_before_8(conn: sqlite3.Connection, article: Article) -> None:
    """The quote rows as the writer wrote them before migration 8, via today's writer."""
    with Store.open(":memory:") as fresh:
        fresh.conn.execute("BEGIN")
        store_db._insert_article(fresh.conn, article)
        store_db._insert_quotes(fresh.conn, article)
        rows = fresh.conn.execute(f"SELECT {_QUOTE_COLUMNS_7} FROM quotes ORDER BY n").fetchall()
        fresh.conn.execute("ROLLBACK")
    conn.executemany(f"INSERT INTO quotes({_QUOTE_COLUMNS_7}) VALUES "
                     f"({', '.join('?' * len(rows[0]))})", rows)


def test_migration_6_backfills_targets_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    with Store.open(path) as store:
        assert 6 in migrations.applied(store.conn)
        assert store.counts() == {"articles": 1, "quotes": 3, "actors": 4, "mentions": 7}
        # "Fenna Zwartkop" through the speaker's chain, the foundation through its spelling.
        assert _targets(store) == [
            (0, "Fenna Zwartkop", "fenna-zwartkop"),
            (1, "Stichting Waterlelie", "waterlelie"),
        ]


def test_migration_6_skips_a_spelling_two_actors_share(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _old_database(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO actors(id, name, type) VALUES ('ander', 'Ander', 'organisation')")
    conn.execute("INSERT INTO actor_variants VALUES ('ander', 'Stichting Waterlelie', 0)")
    conn.close()
    with Store.open(path) as store:
        assert _targets(store) == [(0, "Fenna Zwartkop", "fenna-zwartkop")]


@pytest.mark.parametrize(
    ("about", "quotes"),
    [
        ("Zwartkop", [0]),  # the street "Zwartkopkade" in her own quote does not count
        ("fenna-zwartkop", [0]),  # an actor id
        ("waterlelie", [1]),  # part of a name
        ("brug", [0]),  # no actor is called so: the quote text decides
        ("Olderhof", []),  # who speaks is not whom the quote is about
    ],
)
def test_search_about_uses_targets(stored: Store, about: str, quotes: list[int]) -> None:
    result = search_quotes(stored, None, about=about)
    assert sorted(hit.n for hit in result.hits) == quotes


def test_search_facet_and_hits_name_the_targets(stored: Store) -> None:
    result = search_quotes(stored, None)
    assert result.facets["about"] == [Facet("Fenna Zwartkop", 1), Facet("Stichting Waterlelie", 1)]
    assert {hit.n: hit.targets for hit in result.hits} == {
        0: ["Fenna Zwartkop"], 1: ["Stichting Waterlelie"], 2: []}


def test_export_targets_column(stored: Store) -> None:
    out = io.StringIO()
    export(stored, out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["targets"] for r in rows] == ["Fenna Zwartkop", "Stichting Waterlelie", ""]
    out = io.StringIO()
    export(stored, out, format="jsonl")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["targets"] for line in lines] == [["Fenna Zwartkop"], ["Stichting Waterlelie"], []]


def test_export_targets_joined_in_csv(store: Store) -> None:
    text = TEXT.replace("moet Stichting Waterlelie", "moet Fenna Zwartkop of Stichting Waterlelie")
    article = make_article(text=text)
    # Offsets were found in TEXT: place the article's records in the changed text instead.
    shift = len("Fenna Zwartkop of ")
    cut = TEXT.index("Stichting Waterlelie")
    for record in [*article.quotes, *article.mentions]:
        if record.start >= cut:
            record.start, record.end = record.start + shift, record.end + shift
        elif record.end > cut:
            record.end += shift
    article.quotes[1].text = text[article.quotes[1].start:article.quotes[1].end]
    extra = text.index("Fenna Zwartkop of")
    article.mentions.append(Mention("Fenna Zwartkop", extra, extra + 14, chain=1,
                                    actor_id="fenna-zwartkop"))
    store.add_article(article, actors=ACTORS)
    out = io.StringIO()
    export(store, out, format="csv")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[1]["targets"] == "Fenna Zwartkop; Stichting Waterlelie"


def test_talks_about_and_talked_about_by(stored: Store) -> None:
    stored.add_article(make_article(date="2024-05-01"), actors=ACTORS)
    assert talks_about(stored, "ruben-olderhof") == [
        TargetLink("fenna-zwartkop", "Fenna Zwartkop", 2),
        TargetLink("waterlelie", "Stichting Waterlelie", 2),
    ]
    assert talked_about_by(stored, "fenna-zwartkop") == [
        TargetLink("ruben-olderhof", "Ruben Olderhof", 2)]
    assert talks_about(stored, "fenna-zwartkop") == []


def test_merge_moves_targets_and_drops_self_targets(stored: Store) -> None:
    rewrite_actors(stored, merged={"waterlelie": "fenna-zwartkop"}, split=None, spellings={})
    assert _targets(stored) == [
        (0, "Fenna Zwartkop", "fenna-zwartkop"),
        (1, "Stichting Waterlelie", "fenna-zwartkop"),
    ]
    rewrite_actors(stored, merged={"fenna-zwartkop": "ruben-olderhof"}, split=None, spellings={})
    assert _targets(stored) == []  # he would be talking about himself


def test_actor_record_of_an_actor_only_talked_about(store: Store) -> None:
    from wiezegtwat.store.actors import actor_record

    store.add_article(make_article(), actors=[a for a in ACTORS if a.id != "waterlelie"])
    record = actor_record(store, "waterlelie")
    assert record is not None and record["name"] == "Stichting Waterlelie"
    assert talked_about_by(store, "waterlelie") == [
        TargetLink("ruben-olderhof", "Ruben Olderhof", 1)]


def test_fill_targets_again_follows_changed_quotes(stored: Store) -> None:
    from wiezegtwat.store.targets import fill_targets

    article_id = stored.conn.execute("SELECT id FROM articles").fetchone()[0]
    with stored.write() as conn:
        # As a manual correction might: the first quote now comes from Fenna Zwartkop.
        conn.execute("UPDATE quotes SET actor_id = 'fenna-zwartkop' WHERE n = 0")
        fill_targets(conn, article_id)
    assert _targets(stored) == [(1, "Stichting Waterlelie", "waterlelie")]


def test_export_targets_parquet_list(stored: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "quotes.parquet"
    export(stored, path, format="parquet")
    assert pq.read_table(path).column("targets").to_pylist() == [
        ["Fenna Zwartkop"], ["Stichting Waterlelie"], []]
