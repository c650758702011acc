"""Fixtures for the store tests: an in-memory store and fictional Dutch articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest

from wiezegtwat.ids import article_id
from wiezegtwat.records import Actor, Article, Cue, Mention, Quote, Speaker
from wiezegtwat.store import Store

# (quote text, cue, speaker name, actor id, type); each piece must occur in the text.
QuoteSpec = tuple[str, str, str | None, str | None, str]
MakeArticle = Callable[..., Article]

# Fictional articles written for these tests.
JANSEN_TEXT = (
    '"We willen humanitaire corridors," zei premier Piet Jansen donderdag in Den Haag. '
    "Volgens minister Els de Vries is het NAVO-lidmaatschap van Oostland geen optie. "
    '"Een staakt-het-vuren is nu het belangrijkste," zei De Vries.'
)
JANSEN_QUOTES: tuple[QuoteSpec, ...] = (
    ("We willen humanitaire corridors,", "zei", "Piet Jansen", "piet-jansen", "direct"),
    (
        "is het NAVO-lidmaatschap van Oostland geen optie",
        "Volgens",
        "Els de Vries",
        "els-de-vries",
        "indirect",
    ),
    (
        "Een staakt-het-vuren is nu het belangrijkste,",
        "zei De",
        "De Vries",
        "els-de-vries",
        "direct",
    ),
)

BAKKER_TEXT = (
    "Wethouder Ahmed Bakker wil meer fietspaden in Zwolle. "
    '"De stad moet veiliger worden voor kinderen," zei Bakker op de raadsvergadering. '
    "Premier Jansen reageerde niet."
)
BAKKER_QUOTES: tuple[QuoteSpec, ...] = (
    ("De stad moet veiliger worden voor kinderen,", "zei", "Bakker", "ahmed-bakker", "direct"),
)


def _span(text: str, piece: str, *, after: int = 0) -> tuple[int, int]:
    start = text.index(piece, after)
    return start, start + len(piece)


def build_article(
    text: str,
    quotes: Sequence[QuoteSpec] = (),
    *,
    outlet: str | None = "nos.nl",
    date: str | None = "2024-03-05",
    title: str | None = "Een verzonnen bericht",
    mentions: Sequence[Mention] = (),
    id: str | None = None,
) -> Article:
    """An Article whose quote, cue and speaker offsets are looked up in ``text``."""
    built: list[Quote] = []
    for quote_text, cue_text, name, actor, type_ in quotes:
        start, end = _span(text, quote_text)
        cue_start, cue_end = _span(text, cue_text, after=max(0, start - 80))
        speaker = None
        if name is not None:
            s_start, s_end = _span(text, name, after=max(0, start - 80))
            speaker = Speaker(name=name, start=s_start, end=s_end, actor_id=actor)
        built.append(
            Quote(
                start=start,
                end=end,
                text=quote_text,
                type=type_,  # type: ignore[arg-type]
                cue=Cue(text=cue_text, start=cue_start, end=cue_end, lemma="zeggen"),
                speaker=speaker,
                evidence="cue-verb+name",
                sentence=None,
            )
        )
    return Article(
        id=id or article_id(text),
        text=text,
        lang="nl",
        title=title,
        url=f"https://{outlet}/nieuws/{article_id(text)}" if outlet else None,
        outlet=outlet,
        date=date,
        author="Redactie",
        source="test",
        metadata={"rubriek": "binnenland"},
        quotes=built,
        mentions=list(mentions),
    )


ACTORS = (
    Actor(id="piet-jansen", name="Piet Jansen", variants=["Jansen", "Piet Jansen"]),
    Actor(id="els-de-vries", name="Els de Vries", variants=["De Vries"]),
    Actor(id="ahmed-bakker", name="Ahmed Bakker", variants=["Bakker"]),
)


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store: in memory (SQLite), and a fresh PostgreSQL database."""
    if request.param != "sqlite" and request.node.get_closest_marker("sqlite_only"):
        pytest.skip("tests a SQLite feature (FTS5, the file itself)")
    target = ":memory:" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with Store.open(target) as opened:
        yield opened


@pytest.fixture
def make_article() -> MakeArticle:
    return build_article


@pytest.fixture
def corpus(store: Store) -> Store:
    """The store with the two fictional articles and their three actors."""
    store.add_article(build_article(JANSEN_TEXT, JANSEN_QUOTES), actors=ACTORS[:2])
    store.add_article(
        build_article(BAKKER_TEXT, BAKKER_QUOTES, outlet="rtv-oost.nl", date="2024-04-20"),
        actors=ACTORS[2:],
    )
    return store
