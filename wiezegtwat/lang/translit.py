"""Transliteration of names, the same for every language: one actor, one key.

``name_key`` (``wiezegtwat/actors/names.py``) applies these rules to every name,
whatever the language of the article it came from, so that a Dutch "Boelgakov" and
an English "Bulgakov" are one actor. The rules compare romanisations across
languages, so they belong to no single language package.
"""

from __future__ import annotations

import re

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
