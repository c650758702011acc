"""Link the speakers and mentions of one article to actors in an index."""

from __future__ import annotations

from collections import Counter

from wiezegtwat.actors.index import ActorIndex
from wiezegtwat.actors.names import guess_type, is_description, surname_key
from wiezegtwat.lang import get_language
from wiezegtwat.records import Actor, ActorType, Article, Mention, Speaker

# Mention labels and kinds of the quote engine, and the actor type each one stands for.
_LABEL_TYPES: dict[str, ActorType] = {
    "PER": "person",
    "ORG": "organisation",
    "LOC": "place",
    "GRP": "group",
}
_KIND_TYPES: dict[str, ActorType] = {"organisation": "organisation", "group": "group"}


def link_article(article: Article, index: ActorIndex) -> list[Actor]:
    """Set ``actor_id`` on named speakers and mentions; return the actors this article changed.

    A speaker that is only a description ("een woordvoerder van de politie",
    "Franse media") gets no actor: it names nobody who can be followed across articles.
    """
    before = {a.id: index.revision(a.id) for a in index.actors()}
    touched: list[str] = []
    voted = _types_by_name(article)
    for mention in article.mentions:
        name = _mention_name(mention)
        if name is None:
            continue
        actor = index.resolve(
            name,
            type=voted.get(surname_key(name)) or _mention_type(mention, name),
            role=mention.role,
            article_id=article.id,
            date=article.date,
        )
        mention.actor_id = actor.id
        touched.append(actor.id)
    for quote in article.quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        speaker.actor_id = None
        if not speaker.name or is_description(speaker.name) or _unresolved(article, speaker):
            continue
        found = _speaker_mention(article, speaker)
        actor = index.resolve(
            speaker.name,
            type=voted.get(surname_key(speaker.name))
            or (_mention_type(found, speaker.name) if found else guess_type(speaker.name)),
            role=_speaker_role(article, found),
            article_id=article.id,
            date=article.date,
        )
        speaker.actor_id = actor.id
        touched.append(actor.id)
    out: dict[str, Actor] = {}
    for actor_id in touched:
        linked = index.get(actor_id)
        if linked is not None and index.revision(linked.id) != before.get(linked.id):
            out.setdefault(linked.id, linked)
    return list(out.values())


def _types_by_name(article: Article) -> dict[str, ActorType]:
    """One actor type per name in an article, whatever the tagger said of one mention.

    A name whose first word is a known given name and that has a surname is a
    person ("Jan Jansen" tagged as an organisation once is still Jan Jansen);
    otherwise the type most of its mentions carry wins.
    """
    # The article's own language knows its first names (Dutch when none was detected).
    lang = get_language(article.lang or "nl")
    votes: dict[str, Counter[ActorType]] = {}
    for m in article.mentions:
        name = _mention_name(m)
        if name is None:
            continue
        key = surname_key(name)
        words = name.split()
        if len(words) >= 2 and lang.first_name_gender(words[0]):
            votes.setdefault(key, Counter())["person"] += 100
        votes.setdefault(key, Counter())[_mention_type(m, name)] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _unresolved(article: Article, speaker: Speaker) -> bool:
    """A description or pronoun the engine kept as written ("de XYZ-leider"):
    it names no one who can be followed across articles, so it gets no actor."""
    name = (speaker.name or "").strip().lower()
    if any(m.kind in ("role", "pronoun") and m.text.strip().lower() == name for m in article.mentions):
        return True  # also when a later quote continues that description's words
    if speaker.kind not in ("description", "pronoun") or speaker.start is None or speaker.end is None:
        return False
    return article.text[speaker.start : speaker.end].strip().lower() == name


def _mention_name(mention: Mention) -> str | None:
    """The name a mention stands for, or None for pronouns and descriptions without one."""
    name = mention.name
    if name is None and mention.kind in ("name", "organisation"):
        name = mention.text
    if not name or is_description(name):
        return None
    return name


def _mention_type(mention: Mention | None, name: str) -> ActorType:
    if mention is not None:
        if mention.kind in _KIND_TYPES:
            return _KIND_TYPES[mention.kind]
        if mention.label in _LABEL_TYPES:
            return _LABEL_TYPES[mention.label]
    return guess_type(name)


def _speaker_mention(article: Article, speaker: Speaker) -> Mention | None:
    """The mention at the speaker's span, else the first mention of the same name."""
    if speaker.start is not None:
        end = speaker.end if speaker.end is not None else speaker.start
        for mention in article.mentions:
            if mention.start < max(end, speaker.start + 1) and mention.end > speaker.start:
                return mention
    for mention in article.mentions:
        if speaker.name in (mention.name, mention.text):
            return mention
    return None


def _speaker_role(article: Article, mention: Mention | None) -> str | None:
    """The role on the speaker's mention, else one given elsewhere in its chain."""
    if mention is None:
        return None
    if mention.role:
        return mention.role
    if mention.chain is not None:
        for other in article.mentions:
            if other.chain == mention.chain and other.role:
                return other.role
    return None
