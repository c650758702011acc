"""Dutch (nl): the word lists of ``words.py`` and ``verbs.py`` as one ``Language``."""

from __future__ import annotations

from .. import Language
from . import words

LANGUAGE = Language.from_module("nl", words, first_name_gender=words.first_name_gender)
NL = LANGUAGE
