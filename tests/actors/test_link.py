"""Linking an article's speakers and mentions to actors."""

from __future__ import annotations

from wiezegtwat.actors import ActorIndex, link_article
from wiezegtwat.records import Article, Mention, Quote, Speaker

TEXT = (
    "Premier Anna Visser zegt dat de dijken op orde zijn. \"We zijn er klaar voor\", aldus Visser. "
    "Een woordvoerder van de politie zegt dat het rustig is. Het Kremlin zegt niets."
)


def _article() -> Article:
    visser = TEXT.index("Anna Visser")
    aldus = TEXT.index("Visser\"") if "Visser\"" in TEXT else TEXT.rindex("Visser")
    police = TEXT.index("Een woordvoerder")
    kremlin = TEXT.index("Het Kremlin")
    mentions = [
        Mention("Premier Anna Visser", visser - 8, visser + 11, "name", "PER", 0, "Anna Visser",
                "premier"),
        Mention("Visser", aldus, aldus + 6, "name", "PER", 0, "Anna Visser"),
        Mention("Een woordvoerder van de politie", police, police + 31, "role", "PER", 1),
        Mention("Het Kremlin", kremlin, kremlin + 11, "organisation", "ORG", 2, "het Kremlin"),
    ]
    quotes = [
        Quote(0, 10, "de dijken op orde zijn", "indirect",
              speaker=Speaker("Anna Visser", visser, visser + 11)),
        Quote(0, 10, "We zijn er klaar voor", "direct", speaker=Speaker("Anna Visser", aldus, aldus + 6)),
        Quote(0, 10, "het rustig is", "indirect",
              speaker=Speaker("een woordvoerder van de politie", police, police + 31)),
        Quote(0, 10, "niets", "indirect", speaker=Speaker("het Kremlin", kremlin, kremlin + 11)),
        Quote(0, 10, "iets", "direct", speaker=None),
    ]
    return Article(id="art-1", text=TEXT, date="2024-01-02", quotes=quotes, mentions=mentions)


def test_link_article_sets_actor_ids() -> None:
    article = _article()
    index = ActorIndex()
    changed = link_article(article, index)
    speakers = [q.speaker.actor_id if q.speaker else None for q in article.quotes]
    visser = index.resolve("Anna Visser")
    kremlin = index.resolve("Kremlin", type="organisation")
    assert speakers == [visser.id, visser.id, None, kremlin.id, None]
    assert [m.actor_id for m in article.mentions] == [visser.id, visser.id, None, kremlin.id]
    assert sorted(a.id for a in changed) == sorted([visser.id, kremlin.id])
    assert kremlin.type == "organisation"
    assert [(r.title, r.date, r.article_id) for r in visser.roles] == [
        ("premier", "2024-01-02", "art-1")
    ]


def test_link_article_again_changes_nothing() -> None:
    index = ActorIndex()
    link_article(_article(), index)
    assert link_article(_article(), index) == []
