"""No name from the evaluation gold sets may appear in the product.

The gold sets in ../shared/eval hold real news articles that are ours to read for
evaluation only. When a speaker of those articles turns up in code, comments,
docstrings, help texts, templates, documentation or bundled data, the product has
been tuned on, or copied from, the evaluation data. This test reads the gold files
where they lie (nothing is copied), collects the person-like names of every gold
speaker and alias, and fails on each file that mentions one.

What counts as a gold name (``gold_names``):

* every quote speaker, every ``aliases`` key and value, and every ``people`` entry;
* split on " en " / commas (two speakers in one string), parenthesised parts dropped;
* a *full name* is each run of two or more name words (capitalised, not all
  capitals, every hyphen part capitalised; joined by particles such as "van",
  "de", "der"), after leading title words (``ROLE_WORDS``) are dropped;
* a *surname* is the last word of a name, or the one name word of a part that
  holds no other ("Veenstra", "de Veenstra"), unless the exclusion rule below
  applies.

Exclusion rule for surnames, stated once: a word is not searched on its own when
it is shorter than 4 letters; written in capitals (an acronym); a common Dutch
word (tagged anything but PROPN in the UD Dutch treebanks under ../shared/data,
which also covers nationality adjectives such as "Russische"); a place word (the
Dutch, English and German country, capital and demonym names of
../shared/data/countries-mledoze, plus ``PLACE_WORDS``); an institution word
(``INSTITUTION_WORDS``); an English word that opens docstrings (``ENGLISH_WORDS``);
or the first name of a full name in the same article (a lone first name next to
the full name). A full name is searched unless every word of it is excluded
("Europese Commissie"). Matching ignores accents and is case-sensitive, on whole
words.

Exempt: a bundled list under wiezegtwat/data whose header states a general
inclusion rule (a comment line starting ``# Inclusion rule:``) may name people
because the rule covers them; whether it does is reviewed by hand, not here.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

# As in conftest.py: the shared folder sits next to the repository unless $WZW_SHARED says otherwise.
ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WZW_SHARED", ROOT.parent / "shared"))

GOLD_FILES = (SHARED / "eval" / "nl-dev.jsonl", SHARED / "eval" / "nl-dev2.jsonl")
COUNTRIES = SHARED / "data" / "countries-mledoze" / "countries.json"

# What the product is: the package (code, templates, static files, data), the
# README, the documentation and the fictional examples. The CLI help texts live
# in wiezegtwat/cli/*.py and are scanned with the package.
SCANNED = ("wiezegtwat", "README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs", "examples")
TEXT_SUFFIXES = frozenset(
    {".py", ".md", ".txt", ".csv", ".json", ".jsonl", ".yaml", ".yml", ".html", ".js", ".css", ".svg", ".toml"}
)
RULE_MARKER = "# Inclusion rule:"

# Lowercase words that join the parts of a name ("Jan van der Berg", "Ursula von der Leyen").
PARTICLES = frozenset(
    {"van", "de", "der", "den", "ter", "ten", "te", "von", "zu", "du", "da", "di", "del", "la", "le", "'t", "d'"}
)
# Capitalised role and title words that precede a name at the start of a sentence
# ("Premier X", "Minister X"): general Dutch vocabulary, not names.
ROLE_WORDS = frozenset(
    {
        "advocaat", "bestuurder", "bondscoach", "burgemeester", "directeur", "fotograaf",
        "fractievoorzitter", "gedeputeerde", "hoofdverdachte", "kamervoorzitter", "minister",
        "minister-president", "ooggetuige", "premier", "president", "professor", "psycholoog",
        "radiosterrenkundige", "teamgenoot", "voormalig", "voorzitter", "woordvoerder",
        "de", "het", "een", "hun", "zijn", "haar", "amerikaans", "turks", "secretaris-generaal",
    }
)
# Dutch names of capitals, regions and nationality adjectives that neither
# mledoze/countries nor the UD treebanks list as such.
PLACE_WORDS = frozenset(
    {"moskou", "kiev", "kyiv", "brussel", "parijs", "londen", "vlaanderen", "wallonie", "oekraiense", "friese"}
)
# Common nouns for institutions and their parts that the UD treebanks happen to lack.
INSTITUTION_WORDS = frozenset({"kremlin", "asiel", "ziekenhuizen", "vakverbond", "afgevaardigden"})
# English words that open sentences in English docstrings and comments.
ENGLISH_WORDS = frozenset({"close"})


def fold(text: str) -> str:
    """Accents off, so "Erdoğan" and "Erdogan" are one spelling."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_name_word(word: str) -> bool:
    """A capitalised word, not all capitals, every hyphen part capitalised: "Jan-Hein", "D'Hose".

    "PVV-leider" and "NAVO-lidstaat" are role or description compounds, not names.
    """
    core = word.strip(".'")
    parts = core.split("-")
    return (
        bool(core)
        and not core.isupper()
        and all(part[:1].isupper() for part in parts)
        and any(c.isalpha() for c in core)
    )


def common_words() -> set[str]:
    """Words the UD Dutch treebanks (../shared/data) tag as anything but a proper name, lowercased.

    A surname that is also a Dutch word ("Roos", "Winters") or a nationality adjective
    ("Russische") cannot be searched alone without false alarms; its full name still is.
    """
    words: set[str] = set()
    for path in sorted(SHARED.glob("data/UD_Dutch-*/*.conllu")):
        for line in path.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) > 3 and cols[0].isdigit() and cols[3] not in ("PROPN", "X", "SYM", "PUNCT"):
                words.add(cols[1].lower())
    return words


def country_words() -> set[str]:
    """Country, capital and nationality names, lowercased, from mledoze/countries when present."""
    if not COUNTRIES.exists():
        return set()
    words: set[str] = set()
    for country in json.loads(COUNTRIES.read_text("utf-8")):
        spellings = [country["name"]["common"], *country.get("capital", [])]
        for lang in ("nld", "deu", "eng"):
            spellings.append(country.get("translations", {}).get(lang, {}).get("common", ""))
            spellings.extend(country.get("demonyms", {}).get(lang, {}).values())
        for spelling in spellings:
            words.update(w.lower() for w in spelling.split())
    return words


def full_names(speaker: str) -> list[list[str]]:
    """The person-like names in one gold speaker string, each as its list of words."""
    speaker = re.sub(r"\([^)]*\)", " ", speaker)
    names = []
    for part in re.split(r",| en ", speaker):
        words = part.split()
        runs: list[list[str]] = [[]]
        for word in words:  # runs of name words, joined by particles ("Jan van der Berg")
            if is_name_word(word) or (runs[-1] and word in PARTICLES):
                runs[-1].append(word)
            elif runs[-1]:
                runs.append([])
        for run in runs:
            while run and run[-1] in PARTICLES:
                run.pop()
            while len(run) > 1 and (run[0].lower() in ROLE_WORDS or run[0] in PARTICLES):
                run = run[1:]
            # A lone capitalised word inside a description ("de Israëlische ambassadeur")
            # is an adjective or a place; it is a name only when it is the whole part.
            if len(run) > 1 or (run and len([w for w in words if is_name_word(w)]) == 1):
                names.append(run)
    return names


def gold_names() -> dict[str, set[str]]:
    """Name -> the gold article ids it comes from: full names and surnames (see module doc)."""
    rows = []
    for path in GOLD_FILES:
        rows += [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    excluded = {fold(w) for w in country_words() | common_words() | PLACE_WORDS | INSTITUTION_WORDS | ENGLISH_WORDS}
    out: dict[str, set[str]] = {}
    for row in rows:
        strings = {q.get("speaker") or "" for q in row.get("quotes", [])}
        strings |= set(row.get("people") or [])
        for key, values in (row.get("aliases") or {}).items():
            strings |= {key, *values}
        names = [name for s in strings for name in full_names(s)]
        first_names = {name[0] for name in names if len(name) > 1}
        for name in names:
            if all(fold(w).lower() in excluded for w in name if w not in PARTICLES):
                continue  # "Europese Commissie", "Openbaar Ministerie": words, not a person
            if len(name) > 1:
                out.setdefault(" ".join(name), set()).add(row["id"])
            surname = name[-1]
            if len(name) == 1 and surname in first_names:
                continue
            if len(surname) >= 4 and fold(surname).lower() not in excluded:
                out.setdefault(surname, set()).add(row["id"])
    return out


def product_files() -> list[Path]:
    files: list[Path] = []
    for entry in SCANNED:
        path = ROOT / entry
        candidates = [path] if path.is_file() else sorted(path.rglob("*"))
        files += [p for p in candidates if p.is_file() and p.suffix in TEXT_SUFFIXES]
    return files


def has_inclusion_rule(path: Path) -> bool:
    """A bundled list whose comment header states the rule by which its entries are chosen."""
    if path.parent != ROOT / "wiezegtwat" / "data":
        return False
    header = []
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    return any(line.startswith(RULE_MARKER) for line in header)


def offences(text: str, names: dict[str, set[str]]) -> list[str]:
    folded = fold(text)
    found = []
    for name in names:
        if re.search(rf"(?<![\w-]){re.escape(fold(name))}(?![\w-])", folded):
            found.append(name)
    return sorted(found)


@pytest.fixture(scope="module")
def names() -> dict[str, set[str]]:
    if not all(path.exists() for path in GOLD_FILES):
        pytest.skip(f"gold sets not found under {SHARED / 'eval'}")
    return gold_names()


def test_gold_names_are_found(names: dict[str, set[str]]) -> None:
    # The check must be able to fail: the seed article's first speaker is a full
    # name, and its surname passes the exclusion rule.
    seed = json.loads(GOLD_FILES[0].read_text("utf-8").splitlines()[0])
    speaker = seed["quotes"][0]["speaker"]
    assert speaker in names and speaker.split()[-1] in names
    assert offences(f"zegt {speaker}.", names)
    assert not offences("Anouk Verbeek zegt dat Rusland en de Europese Commissie ...", names)
    # Only a list in the package data folder can be exempt, and only with a stated rule.
    assert not has_inclusion_rule(ROOT / "README.md")


def test_no_gold_name_in_product(names: dict[str, set[str]]) -> None:
    report = []
    for path in product_files():
        if has_inclusion_rule(path):
            continue
        found = offences(path.read_text("utf-8", errors="replace"), names)
        if found:
            listed = ", ".join(f"{name} [{' '.join(sorted(names[name]))}]" for name in found)
            report.append(f"{path.relative_to(ROOT)}: {listed}")
    assert not report, "gold names in the product:\n" + "\n".join(report)


def test_bundled_lists_state_their_rule() -> None:
    # Every bundled data list says by which general rule its entries were chosen,
    # so that none is added because an evaluation article mentions it.
    for path in sorted((ROOT / "wiezegtwat" / "data").iterdir()):
        if path.suffix in (".csv", ".txt", ".json", ".yaml"):
            assert has_inclusion_rule(path), f"{path.relative_to(ROOT)} states no '{RULE_MARKER}' header"
