"""Dutch name data for the actor linker: particles, portfolios, transliteration.

Only word lists and rules live here; the algorithms are in ``names.py`` and ``index.py``.
Every list was written by hand for this project from general knowledge of Dutch
(and of how Dutch, English and German newsrooms romanise Cyrillic names); none is
copied from another project.
"""

from __future__ import annotations

import re

from . import words

# Articles and possessives that open a description ("de premier", "hun collega").
# Source: Dutch grammar (lidwoorden, bezittelijke voornaamwoorden).
ARTICLES: frozenset[str] = frozenset(
    {"de", "het", "een", "'t", "d'", "diens", "zijn", "haar", "hun", "onze", "ons", "mijn",
     "jullie", "uw", "die", "deze", "dat", "dit"}
)

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

# Collective nouns for groups of people: the one list of ``words.py``.
GROUP_WORDS: frozenset[str] = words.GROUP_NOUNS | words.PUBLIC_NOUNS

# Transliteration rules for name_key, applied in this order to a lower-case ASCII string
# (after anyascii). Upper-case letters are temporary markers so that later rules do not
# rewrite them: C = the "tsj/ch" sound, S = "sj/sh", Z = "zj/zh", X = "kh" folded into C.
# Source: the Dutch (Taalunie), English (BGN/PCGN) and German (Duden) romanisations of
# Russian and Ukrainian, compared letter by letter for this project.
TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"schtsch|shch|sjtsj|sjch|shtch", "SC"),  # Щ: Chroesjtsjov, Khrushchev, Chruschtschow
        (r"tsch|tsj|tch", "C"),  # Ч: Gorbatsjov, Gorbatschow, Gorbatchev
        (r"zh|zj", "Z"),  # Ж: Zjoekov, Zhukov
        (r"sh|sj", "S"),  # Ш: Sjolochov, Sholokhov
        (r"kh|ch", "C"),  # Х: Dutch "ch" is English "kh"; English "ch" is Dutch "tsj"
        (r"oe", "u"),  # У: Dutch "oe" is English/German "u" (Boelgakov, Bulgakov)
        (r"ph", "f"),
        (r"ck", "k"),
        (r"x", "ks"),  # Aleksandr, Alexander
        (r"w", "v"),  # German "w" is Dutch/English "v" (Wolkow, Volkov)
        (r"\by(?=[aeiou])", "j"),  # Й at the start: Yulia, Julia, Joelia
        (r"(?<=[a-zA-Z])(?:ij|iy|yj|yi|ii|y|j)\b", "i"),  # -ij/-yj/-iy endings: Dostojevskij
        (r"(?<=[aeou])j(?=[^aeiouy\s])", "i"),  # Й before a consonant: Bojko, Boiko
        (r"y", "i"),  # Ы/И inside a word: Volodymyr, Volodimir; Dmytro, Dmitro
        (r"ij", "i"),  # Dutch ij inside a word
        (r"(?<=[CSZ])ev\b|(?<=[CSZ])ov\b|(?<=[CSZ])ef\b|(?<=[CSZ])of\b", "ov"),  # Ё after Ш/Ч/Щ
        (r"\bs(?=[aeiou])", "z"),  # German "s" is З at the start: Sinowjew, Zinovjev
        (r"([a-z])\1+", r"\1"),  # double letters: Bakker/Baker, Nawalny/Navalny
    )
)

# Markers of TRANSLIT_RULES written back as readable letters at the end of name_key.
MARKERS: dict[str, str] = {"SC": "shch", "C": "ch", "S": "sh", "Z": "zh"}
