"""An in-memory index of actors that resolves a name to one identity across articles."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from wiezegtwat.actors.aliases import AliasTable
from wiezegtwat.actors.names import (
    ParsedName,
    acronym,
    given_key,
    name_key,
    parse_name,
    split_role,
    strip_particles,
)
from wiezegtwat.errors import InputError
from wiezegtwat.lang.merged import name_data
from wiezegtwat.records import Actor, ActorType, Role

# rapidfuzz ratio (0-100) on surname keys above which a full name with agreeing given
# names is taken as a typo of a known surname ("Dovzjenskyi"/"Dovzjenski" are caught by the
# key already; this catches "Kabakoglu"/"Cabakoglu"). Tuned on the fictional cases in
# tests/actors and checked with eval/actors_bcubed.py on the gold speakers: 85 merged "Jansen"/"Janssens".
SURNAME_FUZZ = 88
# A surname-only mention may only match by typo when the surname is unique and long.
SURNAME_ONLY_FUZZ = 92
MIN_FUZZ_LENGTH = 5
# Organisation names: whole-key ratio, for long names only ("Europese Comissie").
ORG_FUZZ = 92
MIN_ORG_FUZZ_LENGTH = 8
# Given names that differ in spelling after transliteration ("Wolodimir"/"Volodymyr" are
# equal keys; "Vladimir"/"Wladimir" too); this allows one letter of difference in 8.
GIVEN_FUZZ = 85
# Articles before an organisation's name ("het Kremlin") and before a role ("de
# premier"), of every supported language: the index compares across languages.
_NAME_ARTICLES = name_data().name_articles
_ROLE_OPENERS = name_data().role_openers


def _ns(kind: ActorType) -> str:
    """Persons and non-persons are matched apart: "Turkije" the place is not a person."""
    return "p" if kind == "person" else "o"


def _org_key(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[0].lower() in _NAME_ARTICLES:
        words = words[1:]
    return name_key(" ".join(words))


def key_of(name: str, kind: ActorType) -> str:
    """The namespaced match key of a cleaned name ("p:vladimir putin", "o:navo")."""
    return f"{_ns(kind)}:{name_key(name) if kind == 'person' else _org_key(name)}"


def actor_id_for(name: str, kind: ActorType) -> str:
    """A stable id for a new actor: "a-" + the first 10 hex digits of sha1(type + key)."""
    digest = hashlib.sha1(f"{kind}|{key_of(name, kind)}".encode()).hexdigest()
    return f"a-{digest[:10]}"


def _given_keys(parsed: ParsedName) -> tuple[str, ...]:
    return tuple(k for k in (given_key(g) for g in parsed.given) if k)


def _given_agree(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]  # an initial agrees with any name it starts
    return a == b or fuzz.ratio(a, b) >= GIVEN_FUZZ


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two lists of given-name keys can belong to one person.

    Either may be empty (a surname alone); otherwise every given name of the shorter
    list must agree with one of the longer ("Tayyip" fits "Recep Tayyip").
    """
    if not a or not b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return all(any(_given_agree(s, g) for g in long) for s in short)


class ActorIndex:
    """Actors by name key; ``resolve`` finds the one a name refers to or creates it."""

    def __init__(self, actors: Iterable[Actor] = (), *, aliases: AliasTable | None = None) -> None:
        self.aliases = aliases
        self._actors: dict[str, Actor] = {}
        self._keys: dict[str, str] = {}  # namespaced key of every variant -> actor id
        self._surnames: dict[str, set[str]] = {}  # surname key -> person ids
        self._acronyms: dict[str, str] = {}  # namespaced acronym key -> organisation id
        self._redirects: dict[str, str] = {}  # merged-away id -> the id it became
        self._pins: dict[str, str] = {}  # key -> id fixed by a correction; beats every rule
        self._locked: set[str] = set()  # ids whose name comes from an alias or a rename
        self._articles: dict[str, set[str]] = {}  # id -> article ids it was resolved in
        self._revision: dict[str, int] = {}
        self._changed: set[str] = set()
        self._removed: set[str] = set()
        for actor in actors:
            self.add(actor)
        self.clear_changed()

    # -- reading ---------------------------------------------------------------

    def actors(self) -> list[Actor]:
        """Every actor, in the order they were added or created."""
        return list(self._actors.values())

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, following merges; None if unknown."""
        return self._actors.get(self.follow(actor_id))

    def follow(self, actor_id: str) -> str:
        """The id an actor id now stands for (itself unless it was merged away)."""
        seen: set[str] = set()
        while actor_id in self._redirects and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self._redirects[actor_id]
        return actor_id

    def changed(self) -> list[Actor]:
        """Actors created or updated since the last ``clear_changed``."""
        return [self._actors[i] for i in self._actors if i in self._changed]

    def removed(self) -> list[str]:
        """Ids merged away since the last ``clear_changed`` (the store should drop them)."""
        return sorted(self._removed)

    def clear_changed(self) -> None:
        """Forget which actors changed (after the caller has stored them)."""
        self._changed.clear()
        self._removed.clear()

    def revision(self, actor_id: str) -> int:
        """How often this actor changed in this index (0 if never or unknown)."""
        return self._revision.get(actor_id, 0)

    def redirects(self) -> dict[str, str]:
        """Merged-away id -> id it was merged into."""
        return dict(self._redirects)

    # -- building --------------------------------------------------------------

    def add(self, actor: Actor) -> None:
        """Index an existing actor (from the store) under its name and every variant."""
        self._actors[actor.id] = actor
        for variant in dict.fromkeys([actor.name, *actor.variants]):
            self._index_variant(actor, variant)
        self._touch(actor.id)

    def _index_variant(self, actor: Actor, variant: str) -> None:
        cleaned = split_role(variant)[0] or variant
        self._keys.setdefault(key_of(cleaned, actor.type), actor.id)
        if actor.type == "person":
            parsed = parse_name(cleaned)
            surname = name_key(strip_particles(parsed.surname))
            if surname:
                self._surnames.setdefault(surname, set()).add(actor.id)
        else:
            short = acronym(cleaned)
            if short and len(short) >= 2:
                self._acronyms.setdefault(key_of(short, actor.type), actor.id)

    def reindex(self) -> None:
        """Rebuild every key from the actors (after a correction removed variants)."""
        self._keys.clear()
        self._surnames.clear()
        self._acronyms.clear()
        for actor in self._actors.values():
            for variant in dict.fromkeys([actor.name, *actor.variants]):
                self._index_variant(actor, variant)

    def _touch(self, actor_id: str) -> None:
        self._changed.add(actor_id)
        self._revision[actor_id] = self._revision.get(actor_id, 0) + 1

    def pin(self, name: str, actor_id: str, *, type: ActorType = "person") -> None:
        """Make every future ``resolve(name)`` return this actor (used by corrections)."""
        self._pins[key_of(split_role(name)[0] or name, type)] = actor_id

    def redirect(self, from_id: str, to_id: str) -> None:
        """Send ``from_id`` (and every future actor that would get that id) to ``to_id``."""
        if self.follow(to_id) != from_id:
            self._redirects[from_id] = to_id

    def lock_name(self, actor_id: str) -> None:
        """Keep the actor's canonical name when fuller spellings turn up."""
        self._locked.add(actor_id)

    def remove(self, actor_id: str) -> Actor | None:
        """Drop an actor from the index (its keys go with it)."""
        actor = self._actors.pop(actor_id, None)
        if actor is not None:
            self._changed.discard(actor_id)
            self._removed.add(actor_id)
            self.reindex()
        return actor

    def create(self, name: str, *, type: ActorType = "person") -> Actor:
        """A new actor with a stable id derived from its name; ids never collide."""
        base = actor_id_for(name, type)
        actor_id, n = base, 2
        while actor_id in self._actors or actor_id in self._redirects:
            actor_id, n = f"{base}-{n}", n + 1
        actor = Actor(id=actor_id, name=name, type=type, variants=[name])
        self.add(actor)
        return actor

    # -- resolving -------------------------------------------------------------

    def resolve(
        self,
        name: str,
        *,
        type: ActorType = "person",
        role: str | None = None,
        first_name_hint: str | None = None,
        article_id: str | None = None,
        date: str | None = None,
    ) -> Actor:
        """The actor ``name`` refers to, created if new; records the spelling and the role.

        role: a role the text gives ("premier"); also helps choose between namesakes.
        first_name_hint: a given name known from context when ``name`` is a surname.
        article_id, date: where the name was seen; stored with the role.
        """
        cleaned, found_role = split_role(name, organisation=type == "organisation")
        role = _clean_role(role) or found_role
        if not cleaned:
            raise InputError(
                name, "names nobody (it is a description)", hint="check is_description() first"
            )
        actor = self._pinned(cleaned, type)
        if actor is None:
            entry = self.aliases.lookup(cleaned) if self.aliases is not None else None
            if entry is not None:
                type = entry.type
                actor = self._pinned(entry.canonical, type) or self._find(
                    entry.canonical, type, first_name_hint, role, article_id
                )
                if actor is None:
                    actor = self._create_or_redirect(entry.canonical, type)
                    self._locked.add(actor.id)
            else:
                actor = self._find(cleaned, type, first_name_hint, role, article_id)
                if actor is None:
                    actor = self._create_or_redirect(cleaned, type)
        self._note(actor, cleaned, role=role, article_id=article_id, date=date)
        return actor

    def _create_or_redirect(self, name: str, kind: ActorType) -> Actor:
        # A merged-away actor would be re-created under its old id after a re-ingest:
        # the redirect sends it to the actor it was merged into.
        target = self.get(actor_id_for(name, kind))
        if target is not None and actor_id_for(name, kind) in self._redirects:
            return target
        return self.create(name, type=kind)

    def _pinned(self, cleaned: str, kind: ActorType) -> Actor | None:
        actor_id = self._pins.get(key_of(cleaned, kind))
        return self.get(actor_id) if actor_id is not None else None

    def _find(
        self,
        cleaned: str,
        kind: ActorType,
        hint: str | None,
        role: str | None,
        article_id: str | None,
    ) -> Actor | None:
        if kind != "person":
            # A lone surname the tagger called an organisation or a place, while the
            # corpus knows exactly one person of that surname, is that person.
            words = cleaned.split()
            if len(words) == 1 and not words[0].isupper():
                ids = self._surnames.get(name_key(strip_particles(cleaned)), set())
                if len(ids) == 1:
                    return self.get(next(iter(ids)))
            return self._find_organisation(cleaned, kind)
        parsed = parse_name(cleaned)
        given = _given_keys(parsed)
        if not given and hint:
            given = (given_key(hint),)
        surname = name_key(strip_particles(parsed.surname))
        if parsed.given:
            actor_id = self._keys.get(key_of(cleaned, kind))
            if actor_id is not None:
                return self.get(actor_id)
        candidates = self._surname_candidates(surname, given, parsed.suffix)
        if not candidates and len(surname) >= MIN_FUZZ_LENGTH:
            cutoff = SURNAME_FUZZ if given else SURNAME_ONLY_FUZZ
            near = process.extract(
                surname, list(self._surnames), scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
            )
            for other, _, _ in near:
                candidates += self._surname_candidates(other, given, parsed.suffix)
            if not given and len(candidates) > 1:
                return None  # a surname alone that is a typo of two people: do not guess
        return self._choose(candidates, cleaned, given, role, article_id)

    def _surname_candidates(
        self, surname: str, given: tuple[str, ...], suffix: str | None
    ) -> list[Actor]:
        out = []
        for actor_id in sorted(self._surnames.get(surname, ())):
            actor = self._actors.get(actor_id)
            if actor is None or actor.type != "person":
                continue
            theirs = parse_name(split_role(actor.name)[0] or actor.name)
            # "Joris Kramer jr." is not "Joris Kramer": suffixes must agree once a given name is known.
            if given and theirs.given and theirs.suffix != suffix:
                continue
            if given_compatible(given, _given_keys(theirs)):
                out.append(actor)
        return out

    def _choose(
        self,
        candidates: list[Actor],
        cleaned: str,
        given: tuple[str, ...],
        role: str | None,
        article_id: str | None,
    ) -> Actor | None:
        """One actor among namesakes: by full key, this article, the role; else none."""
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        key = key_of(cleaned, "person")
        same_key = [a for a in candidates if self._keys.get(key) == a.id]
        if len(same_key) == 1 and given:
            return same_key[0]
        if given:
            # A full name against several namesakes: only one with equal given names fits.
            exact = [a for a in candidates if _given_keys(parse_name(a.name)) == given]
            if len(exact) == 1:
                return exact[0]
        if article_id is not None:
            here = [a for a in candidates if article_id in self._articles.get(a.id, ())]
            if len(here) == 1:
                return here[0]
        if role:
            fitting = [a for a in candidates if _role_fits(a, role)]
            if len(fitting) == 1:
                return fitting[0]
        # Still ambiguous: a surname alone goes to the actor that is only that surname.
        bare = [a for a in candidates if not parse_name(a.name).given]
        if not given and len(bare) == 1:
            return bare[0]
        return None

    def _find_organisation(self, cleaned: str, kind: ActorType) -> Actor | None:
        key = key_of(cleaned, kind)
        actor_id = self._keys.get(key) or self._acronyms.get(key)
        if actor_id is None:
            short = acronym(cleaned)
            if short:
                actor_id = self._keys.get(key_of(short, kind))
        if actor_id is None and len(key) >= MIN_ORG_FUZZ_LENGTH:
            keys = [k for k in self._keys if k.startswith("o:") and len(k) >= MIN_ORG_FUZZ_LENGTH]
            best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=ORG_FUZZ)
            if best is not None:
                actor_id = self._keys[best[0]]
        return self.get(actor_id) if actor_id is not None else None

    # -- recording -------------------------------------------------------------

    def _note(
        self, actor: Actor, cleaned: str, *, role: str | None, article_id: str | None,
        date: str | None,
    ) -> None:
        """Record a spelling, a role and the article; mark the actor changed if anything is new."""
        changed = False
        if cleaned not in actor.variants:
            actor.variants.append(cleaned)
            self._index_variant(actor, cleaned)
            changed = True
        if actor.id not in self._locked and (
            actor.type == "person" and _fuller(cleaned, actor.name)
            # An organisation is shown by its whole name ("Forum voor X" over "Forum").
            or actor.type == "organisation" and cleaned.lower().startswith(actor.name.lower() + " ")
        ):
            actor.name = cleaned
            changed = True
        if role and not any(r.title == role and r.article_id == article_id for r in actor.roles):
            actor.roles.append(Role(title=role, date=date, article_id=article_id))
            changed = True
        if article_id is not None:
            self._articles.setdefault(actor.id, set()).add(article_id)
        if changed:
            self._touch(actor.id)


def _fuller(new: str, current: str) -> bool:
    """Whether ``new`` is a more complete spelling of the same person ("Anouk Verbeek" > "Verbeek")."""
    a, b = parse_name(new), parse_name(current)
    if name_key(strip_particles(a.surname)) != name_key(strip_particles(b.surname)):
        return False
    return len(a.given) > len(b.given) or (
        len(a.given) == len(b.given) and sum(map(len, a.given)) > sum(map(len, b.given)) + 1
        and all(len(g.rstrip(".")) == 1 for g in b.given)
    )


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    words = role.split()
    while words and words[0].lower() in _ROLE_OPENERS:
        words = words[1:]
    return " ".join(words) or None


def _role_fits(actor: Actor, role: str) -> bool:
    words = {w.lower() for w in role.split()}
    return any(words & {w.lower() for w in r.title.split()} for r in actor.roles)
