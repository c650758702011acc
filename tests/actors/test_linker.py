"""The actors stage every runner shares: one index across the articles of a run."""

from __future__ import annotations

from wiezegtwat.actors.linker import ActorLinker
from wiezegtwat.records import Article, Mention, Quote, Speaker
from wiezegtwat.store import Store


def _article(article_id: str, name: str) -> Article:
    text = f"{name} zegt dat de brug dicht blijft."
    mention = Mention(name, 0, len(name), "name", "PER", 0, name)
    quote = Quote(len(name) + 10, len(text) - 1, "de brug dicht blijft", "indirect",
                  speaker=Speaker(name, 0, len(name)))
    return Article(id=article_id, text=text, date="2025-03-01", quotes=[quote], mentions=[mention])


def test_two_articles_naming_one_person_share_an_actor() -> None:
    linker = ActorLinker()
    first, second = _article("a1", "Wendela Brookhuis"), _article("a2", "Brookhuis")
    changed = linker.link(first)
    linker.link(second)
    ids = [a.quotes[0].speaker.actor_id for a in (first, second) if a.quotes[0].speaker]
    assert len(changed) == 1 and ids == [changed[0].id, changed[0].id]
    assert linker.names([first, second]) == {changed[0].id: "Wendela Brookhuis"}


def test_a_linker_for_a_store_continues_its_actors(tmp_path) -> None:
    db = tmp_path / "c.db"
    first = _article("a1", "Wendela Brookhuis")
    with Store.open(db) as store:
        store.add_article(first, actors=ActorLinker.for_store(store).link(first))
    # A later run (a new linker over the same store) links the surname to the stored actor.
    second = _article("a2", "Brookhuis")
    with Store.open(db) as store:
        ActorLinker.for_store(store).link(second)
    assert second.quotes[0].speaker and first.quotes[0].speaker
    assert second.quotes[0].speaker.actor_id == first.quotes[0].speaker.actor_id
