"""English (en): the word lists of ``words.py`` as one ``Language``."""

from __future__ import annotations

from .. import Language
from . import words

LANGUAGE = Language.from_module("en", words, first_name_gender=words.first_name_gender)
EN = LANGUAGE
