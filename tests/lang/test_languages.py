"""Languages are data: every language fills every field, and the engine holds no words."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from wiezegtwat.lang import Language, get_language
from wiezegtwat.lang.merged import DateWords, NameData, date_words, name_data

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["nl", "en"]
# The algorithm modules that receive language data and must not hold words of a language:
# the quote engine, the actor stage and the date parser.
ENGINE = sorted(
    [*(ROOT / "wiezegtwat" / "quotes").glob("*.py"), *(ROOT / "wiezegtwat" / "actors").glob("*.py"),
     ROOT / "wiezegtwat" / "ingest" / "dates.py"]
)


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_fills_every_field(code: str) -> None:
    lang = get_language(code)
    assert lang.code == code
    for f in fields(Language):
        value = getattr(lang, f.name)
        assert value is not None and value != "" and value != () and value != frozenset(), f.name
        if isinstance(value, (frozenset, tuple)):
            assert all(isinstance(w, str) and w for w in value), f.name


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no language data for 'xx'"):
        get_language("xx")


def _language_words(code: str) -> set[str]:
    """Every word of every list of a language (quotes, names, dates), lower-cased."""
    sources: list[tuple[object, tuple[str, ...]]] = [
        (get_language(code), tuple(f.name for f in fields(Language))),
        (name_data((code,)), tuple(f.name for f in fields(NameData) if f.name != "codes")),
        (date_words((code,)), tuple(f.name for f in fields(DateWords))),
    ]
    words: set[str] = set()
    for data, names in sources:
        for name in names:
            words |= _words_of(getattr(data, name))
    return {w for w in words if len(w) > 1 and any(c.isalpha() for c in w)}


def _words_of(value: object) -> set[str]:
    """The words of one field: a string, the strings of a set or tuple, a dict's keys."""
    if isinstance(value, str):
        return {value.lower()}
    if isinstance(value, (frozenset, tuple)):
        return {w.lower().strip() for w in value if isinstance(w, str)}
    if hasattr(value, "keys"):
        return {str(k).lower() for k in value}
    return set()


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """String constants in code, docstrings and comments left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            out.append((node.lineno, node.value))
    return out


# Words the engine uses as its own identifiers (mention kinds, quote types,
# statement types, evidence phrases), which a language may also happen to list.
ENGINE_WORDS = {"name", "role", "group", "org", "direct", "indirect", "mixed", "says", "other", "none",
                "data", "post", *LANGUAGES,  # "Post": the UD value AdpType=Post
                # The engine is written in English, so English lists share some of its
                # identifiers: the CoNLL label PER, the UD value Yes, the speaker kind
                # "organisation", the statement type "thinks", and evidence/trace keys.
                "per", "yes", "organisation", "thinks", "anchor", "candidates", "described",
                "mentions", "rule",
                # The actor stage's own identifiers: the actor type "person", the
                # correction and record keys "actor", "title" and "quotes", the alias
                # CSV column "note", and the key "official" of mledoze/countries.
                "person", "actor", "title", "quotes", "note", "official"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_engine_modules_hold_no_language_words(code: str) -> None:
    words = _language_words(code) - ENGINE_WORDS
    found = []
    for path in ENGINE:
        for line, literal in _string_literals(path):
            # A word the algorithm compares with is a literal of its own ("en",
            # "van "); longer literals are messages and evidence in English.
            tokens = literal.lower().split()
            if len(tokens) == 1 and tokens[0].strip(",.:;\"'") in words:
                found.append(f"{path.relative_to(ROOT)}:{line}: {literal!r}")
    assert not found, "language words in the engine:\n" + "\n".join(found)


@pytest.mark.parametrize("code", LANGUAGES)
def test_engine_modules_import_no_language(code: str) -> None:
    for path in ENGINE:
        text = path.read_text(encoding="utf-8")
        assert f"lang.{code}" not in text and f"from ..lang import {code}" not in text, path


@pytest.mark.parametrize("code,word,name", [("en", "The", "Mary"), ("nl", "Dat", "Anna")])
def test_a_closed_class_word_is_no_first_name(code: str, word: str, name: str) -> None:
    # The name dictionary lists a few function words as first names; a capitalised
    # article at a sentence start must not make the words after it a person.
    lang = get_language(code)
    assert lang.first_name_gender(word) == ""
    assert lang.first_name_gender(name) == "f"


def test_an_english_month_name_stays_a_first_name() -> None:
    assert get_language("en").first_name_gender("April") == "f"
