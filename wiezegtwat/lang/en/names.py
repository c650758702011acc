"""English name data for the actor linker: articles, titles, roles, particles, portfolios.

Only word lists and rules live here; the algorithms are in ``wiezegtwat/actors/``,
which reads them merged with the other languages' (``wiezegtwat.lang.merged``).
Every list was written by hand for this project from English news usage and the
AP Stylebook's entries on titles; none is copied from another project.
Transliteration is language-neutral (``lang/translit.py``).
"""

from __future__ import annotations

from . import words

# Articles, demonstratives and possessives that open a description ("the president",
# "her spokesman"). Source: English grammar (Quirk et al. §5.10 determiners, §6.27
# possessive determiners), on top of the determiners of ``words.py``.
ARTICLES: frozenset[str] = words.ARTICLES | frozenset(
    {"his", "her", "its", "their", "our", "my", "your"}
)

# Articles that never open a surname: before a name they belong to a description or
# an institution ("the Kremlin", "a spokesman"). English surnames have no article.
OPENING_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})

# The definite article before an organisation's or place's name, no part of it
# ("the Pentagon" = "Pentagon"). Source: English grammar (Quirk et al. §5.34).
NAME_ARTICLES: frozenset[str] = frozenset({"the"})

# English has no article that stands only before things: "the" also precedes
# persons ("the Rev. Jane Doe"), so no article makes a name an institution.
THING_ARTICLES: frozenset[str] = frozenset()

# Indefinite articles: what they open describes someone and names nobody.
INDEFINITE_ARTICLES: frozenset[str] = words.INDEFINITE_ARTICLES

# Words that open a description before a role and are no part of the role stored
# with an actor ("the spokesman", "his deputy"). Source: English grammar (the
# articles and the third-person possessives that news uses before roles).
ROLE_OPENERS: frozenset[str] = frozenset({"the", "a", "an", "his", "her", "their"})

# Honorifics and abbreviated titles before a name ("Mr.", "Sen.", "Gov."): the one
# list of ``words.py`` (AP Stylebook, "courtesy titles" and "abbreviations").
TITLES: frozenset[str] = words.TITLES

# Roles written as capitals before a name ("MP Jane Doe", "MEP"), which the quote
# engine finds through the entity tagger and so does not list. Source: UK and EU
# parliamentary usage in English news (Member of Parliament / of the European
# Parliament / of the Scottish Parliament) and compound offices as AP writes them.
_ROLE_ABBREVIATIONS = frozenset(
    {"mp", "mep", "msp", "attorney-general", "secretary-general", "solicitor-general",
     "surgeon-general", "undersecretary", "under-secretary"}
)

# Words that describe a person before or after a name: the role nouns and the
# general person nouns of ``words.py`` (one lexicon for quotes and actors).
ROLE_WORDS: frozenset[str] = words.ROLE_NOUNS | words.PERSON_NOUNS | _ROLE_ABBREVIATIONS

# Prefixes that turn a role into a former or deputy role ("ex-senator", "co-chair").
# Source: English word formation (Quirk et al. App. I.23, prefixes of time and rank).
ROLE_PREFIXES: tuple[str, ...] = ("ex-", "former-", "vice-", "co-", "deputy-", "acting-",
                                  "interim-", "under-")

# Heads of hyphenated role compounds ("party-leader", "co-chair"): the compound heads
# of ``words.py``.
ROLE_HEADS: tuple[str, ...] = words.ROLE_COMPOUND_HEADS

# Adjectives that stand between article and role, or before a capitalised role in a
# title ("the former president", "Acting Prime Minister", "Foreign Minister"): time and
# rank, and "foreign"/"home", which English puts before "minister" or "secretary" as
# short forms of the portfolios "Foreign Affairs"/"Home Affairs". (A whole portfolio
# before a role, "Health Secretary", is read from PORTFOLIOS.)
# Source: written for this project from English news usage (AP Stylebook, "titles").
ROLE_ADJECTIVES: frozenset[str] = frozenset(
    {"former", "acting", "outgoing", "incoming", "deputy", "interim", "new", "current",
     "then", "late", "longtime", "veteran", "senior", "junior", "top", "assistant",
     "associate", "elected", "embattled", "prime", "first", "foreign", "home"}
)

# Nationality adjectives end like this ("Russian", "British", "Chinese", "Israeli",
# "French"). Source: English word formation (Quirk et al. App. I.49, demonyms).
NATIONALITY_ENDINGS: tuple[str, ...] = ("an", "ish", "ese", "i", "ch")

# Portfolios after "Secretary of" and "Minister for", or before a role ("Health
# Secretary"), that are not part of the name.
# Source: the US executive departments ("Secretary of State", "of Homeland Security")
# and the UK ministerial offices ("Minister for Health"), as English news writes them.
PORTFOLIOS: tuple[str, ...] = (
    "State", "Defense", "Defence", "Homeland Security", "the Treasury", "Treasury",
    "Health", "Health and Human Services", "Education", "Energy", "Transportation",
    "Transport", "Agriculture", "Commerce", "Labor", "Labour", "the Interior", "Interior",
    "Veterans Affairs", "Housing and Urban Development", "Housing", "Foreign Affairs",
    "Home Affairs", "Justice", "Finance", "Trade", "the Environment", "Environment",
    "Culture", "Work and Pensions", "Business and Trade", "Climate", "Immigration",
    "Europe", "War", "Scotland", "Wales", "Northern Ireland", "Security",
)

# Name suffixes that tell two people with one name apart (father and son).
# Source: AP Stylebook, "junior, senior" and "II, III".
GENERATION_SUFFIXES: dict[str, str] = {
    "jr": "jr", "jr.": "jr", "junior": "jr", "sr": "sr", "sr.": "sr", "senior": "sr",
    "ii": "ii", "iii": "iii", "iv": "iv",
}

# Surname particles: the one list of ``words.py``.
PARTICLES: tuple[str, ...] = words.NAME_PARTICLE_SEQUENCES

# Prepositions that, after a complete name, start a complement that is not part of it
# ("Jane Doe from Leeds", "Jane Doe at the hospital"). Source: English grammar.
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"from", "at", "in", "on", "with", "without", "near", "outside"}
)

# Prepositions that open a complement after a role ("Secretary of State", "Minister
# for Health", "a spokesman for the hospital") and an affiliation after a name ("Jane
# Doe of the council"). Neither ever starts an English surname.
ROLE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"of", "for"})

# Common nouns that head organisation names: the one list of ``words.py``.
ORG_WORDS: frozenset[str] = words.ORG_NOUNS

# English writes compounds apart ("city council"), so an organisation word heads a
# name only as a word of its own: a name that merely ends in one ("Harcourt",
# "Moorhouse") is no organisation.
ORG_SUFFIXES: tuple[str, ...] = ()

# Collective nouns for groups of people: the one list of ``words.py``.
GROUP_WORDS: frozenset[str] = words.GROUP_NOUNS | words.PUBLIC_NOUNS

# Conjunctions between the parts of a joint source ("Smith and Jones", "Smith & Jones").
JOINT_CONJUNCTIONS: frozenset[str] = frozenset({"and", "&"})

# The conjunction between alternative sources ("Smith or Jones"). Source: English grammar.
ALTERNATIVE_CONJUNCTIONS: frozenset[str] = frozenset({"or"})

# English given names that are articles in another supported language: none known.
ARTICLE_GIVEN_NAMES: frozenset[str] = frozenset()
