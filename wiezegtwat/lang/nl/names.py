"""Dutch name data for the actor linker: articles, titles, roles, particles, portfolios.

Only word lists and rules live here; the algorithms are in ``wiezegtwat/actors/``,
which reads them merged with the other languages' (``wiezegtwat.lang.merged``).
Every list was written by hand for this project from general knowledge of Dutch;
none is copied from another project. Transliteration is in ``lang/translit.py``.
"""

from __future__ import annotations

from . import words

# Articles and possessives that open a description ("de premier", "hun collega").
# Source: Dutch grammar (lidwoorden, bezittelijke voornaamwoorden).
ARTICLES: frozenset[str] = frozenset(
    {"de", "het", "een", "'t", "d'", "diens", "zijn", "haar", "hun", "onze", "ons", "mijn",
     "jullie", "uw", "die", "deze", "dat", "dit"}
)

# Articles that never open a surname, unlike "de" ("de Jonge"): before a name they
# always belong to a description or an institution ("het Kremlin", "een agent").
# Source: Dutch grammar; "het" and "'t" are particles only after "van"/"in".
OPENING_ARTICLES: frozenset[str] = frozenset({"het", "'t", "een"})

# Definite articles that stand before the name of an organisation or place and are
# no part of it ("de NAVO" = "NAVO", "het Kremlin" = "Kremlin").
NAME_ARTICLES: frozenset[str] = frozenset({"de", "het", "'t"})

# The neuter article: it stands before things, never before a person's name, so a
# name it opens is an institution ("het Kremlin", "het RIVM"). Source: Dutch grammar.
THING_ARTICLES: frozenset[str] = frozenset({"het"})

# The indefinite article: what it opens describes someone and names nobody.
INDEFINITE_ARTICLES: frozenset[str] = frozenset({"een"})

# Words that open a description before a role ("de", "zijn woordvoerder") and are no
# part of the role stored with an actor. Source: Dutch grammar (a subset of ARTICLES:
# the articles and the third-person possessives that news uses before roles).
ROLE_OPENERS: frozenset[str] = frozenset({"de", "het", "een", "zijn", "haar", "hun"})

# Honorifics and academic titles before a name: the one list of ``words.py``.
TITLES: frozenset[str] = words.TITLES

# Words that describe a person before or after a name: the role nouns and the
# general person nouns of ``words.py`` (one lexicon for quotes and actors).
ROLE_WORDS: frozenset[str] = words.ROLE_NOUNS | words.PERSON_NOUNS

# Prefixes that turn a role into a former or deputy role ("oud-minister", "ex-premier").
ROLE_PREFIXES: tuple[str, ...] = ("oud-", "ex-", "vice-", "vice", "waarnemend-", "interim-",
                                  "co-", "adjunct-", "plaatsvervangend-", "demissionair-")

# Heads of role compounds ("oorlogsleider", "partijvoorzitter", "NAVO-chef").
ROLE_HEADS: tuple[str, ...] = ("minister", "president", "premier", "leider", "voorzitter",
                               "woordvoerder", "woordvoerster", "chef", "baas", "lid",
                               "commissaris", "directeur", "man", "vrouw", "secretaris",
                               "diplomaat", "coach", "trainer", "deskundige", "kenner")

# Adjectives that sit between article and role ("de Franse president", "de nieuwe
# premier"). Nationality adjectives are recognised by their ending in names.py.
ROLE_ADJECTIVES: frozenset[str] = frozenset(
    {"nieuwe", "voormalige", "vorige", "huidige", "demissionaire", "kersverse", "toenmalige",
     "waarnemend", "waarnemende", "scheidende", "aftredende", "beoogde", "eerste", "tweede",
     "hoogste", "oude", "jonge", "bekende", "omstreden", "zelfbenoemde", "regerende",
     "gekozen", "interim", "plaatsvervangend", "plaatsvervangende", "adjunct", "grote",
     "landelijke", "lokale", "hoge", "voormalig"}
)

# Nationality adjectives end like this ("Russische", "Turkse", "Oekraïense", "Franse").
NATIONALITY_ENDINGS: tuple[str, ...] = ("ische", "se", "sche", "ese", "aanse", "iaanse")

# Portfolios that follow "minister van" and are not part of the name.
# Source: names of Dutch and foreign ministries as written in Dutch news.
PORTFOLIOS: tuple[str, ...] = (
    "Buitenlandse Zaken", "Binnenlandse Zaken", "Binnenlandse Zaken en Koninkrijksrelaties",
    "Defensie", "Financiën", "Financien", "Justitie", "Justitie en Veiligheid", "Economische Zaken",
    "Economische Zaken en Klimaat", "Klimaat en Groene Groei", "Sociale Zaken",
    "Sociale Zaken en Werkgelegenheid", "Volksgezondheid", "Volksgezondheid, Welzijn en Sport",
    "Onderwijs", "Onderwijs, Cultuur en Wetenschap", "Landbouw", "Landbouw, Natuur en Voedselkwaliteit",
    "Infrastructuur en Waterstaat", "Asiel en Migratie", "Volkshuisvesting", "Binnenlandse Veiligheid",
    "Buitenlandse Handel", "Buitenlandse Handel en Ontwikkelingssamenwerking",
    "Ontwikkelingssamenwerking", "Medische Zorg", "Klimaat", "Energie", "Handel", "Cultuur",
    "Integratie", "Migratie", "Veiligheid", "Staat", "Staatszaken",
)

# The preposition that opens a complement after a role ("minister van Defensie",
# "woordvoerder van Verbeek") and the affiliation after a name ("Jaap de Wit van het
# KNMI"). It is also a surname particle, which names.py tells apart by what follows.
ROLE_COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset({"van"})

# Name suffixes that tell two people with one name apart (father and son).
GENERATION_SUFFIXES: dict[str, str] = {
    "jr": "jr", "jr.": "jr", "junior": "jr", "sr": "sr", "sr.": "sr", "senior": "sr",
    "ii": "ii", "iii": "iii", "iv": "iv",
}

# Surname particles: the one list of ``words.py``.
PARTICLES: tuple[str, ...] = words.NAME_PARTICLE_SEQUENCES

# Prepositions that, after a complete name, start a complement that is not part of it
# ("Sanne uit Zwolle", "Jansen namens de bond"). Source: Dutch grammar.
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"uit", "bij", "namens", "voor", "in", "op", "over", "tegen", "met", "zonder"}
)

# Common nouns that head organisation names: the one list of ``words.py``.
ORG_WORDS: frozenset[str] = words.ORG_NOUNS

# Dutch writes compounds as one word, so an organisation word of five letters or more
# also heads a compound that ends in it ("gemeenteraad", "belastingdienst"); shorter
# ones ("bond", "hof") end too many other words.
ORG_SUFFIXES: tuple[str, ...] = tuple(sorted(w for w in words.ORG_NOUNS if len(w) >= 5))

# Collective nouns for groups of people: the one list of ``words.py``.
GROUP_WORDS: frozenset[str] = words.GROUP_NOUNS | words.PUBLIC_NOUNS

# Conjunctions between the parts of a joint source ("VVD en D66", "Kramer & Verbeek").
# Source: Dutch grammar; German "und" and French "et" also join names in Dutch news
# (Belgian and German firms and duos are quoted under their own names).
JOINT_CONJUNCTIONS: frozenset[str] = frozenset({"en", "&", "und", "et"})

# The conjunction between alternative sources ("Kramer of Verbeek"). Source: Dutch
# grammar. It is spelled like the English "of" that opens an affiliation ("Jane Doe of
# the council"); names.py reads it as an affiliation only after a full name.
ALTERNATIVE_CONJUNCTIONS: frozenset[str] = frozenset({"of"})

# Dutch and Flemish given names that are articles in another supported language:
# "An" (Flemish short form of Anna) is the English "an". Written capitalised before a
# capitalised name, such a word is the given name ("An Peeters"), not the article.
# Source: general knowledge of Dutch and Flemish given names, checked against the
# article lists of the other languages in wiezegtwat/lang.
ARTICLE_GIVEN_NAMES: frozenset[str] = frozenset({"an"})
