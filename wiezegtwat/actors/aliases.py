"""Alias tables: known spellings of frequent actors, and place and party names read at run time."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast, get_args

import yaml

from wiezegtwat.actors.names import clean_name, name_key
from wiezegtwat.errors import InputError
from wiezegtwat.lang.merged import name_data
from wiezegtwat.records import ActorType

from .. import settings

BUNDLED = "aliases_nl.csv"
# The environment variable that points at the shared data folder (holding
# data/countries-mledoze and data/partyfacts); see docs/actors.md.
SHARED_ENV = "WZW_SHARED"
_TYPES: tuple[str, ...] = get_args(ActorType)
# Party Facts placeholder rows that are not real parties (see its SOURCE.md).
_PARTY_PLACEHOLDERS = frozenset({"ally", "etc", "indep", "tech", "unknown", "1-perc"})
# Party Facts countries read: Dutch news mostly quotes Dutch and Belgian parties.
_PARTY_COUNTRIES = frozenset({"NLD", "BEL"})
# Articles before an organisation's or place's name, of every supported language.
_NAME_ARTICLES = name_data().name_articles


@dataclass(frozen=True)
class AliasEntry:
    """One spelling of an actor: ``alias`` is another name for ``canonical``."""

    canonical: str
    alias: str
    type: ActorType = "person"
    note: str = ""


class AliasTable:
    """Spellings that name one actor, looked up by transliteration-blind key."""

    def __init__(self, entries: Iterable[AliasEntry] = ()) -> None:
        self._by_key: dict[str, AliasEntry] = {}
        self.add(entries)

    def add(self, entries: Iterable[AliasEntry]) -> None:
        """Add entries; a later entry for the same spelling overrides an earlier one."""
        for entry in entries:
            canonical = AliasEntry(entry.canonical, entry.canonical, entry.type, entry.note)
            key = _lookup_key(entry.canonical)
            if key and self._by_key.get(key, canonical).canonical != entry.canonical:
                self._by_key[key] = canonical  # a later table renames this actor
            elif key:
                self._by_key.setdefault(key, canonical)
            key = _lookup_key(entry.alias)
            if key:
                self._by_key[key] = entry

    def lookup(self, name: str) -> AliasEntry | None:
        """The entry for this spelling (cleaned of roles and articles), or None."""
        return self._by_key.get(_lookup_key(name)) or self._by_key.get(_lookup_key(clean_name(name)))

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[AliasEntry]:
        return iter(dict.fromkeys(self._by_key.values()))

    @classmethod
    def bundled(cls) -> AliasTable:
        """The table shipped with wiezegtwat (wiezegtwat/data/aliases_nl.csv)."""
        return cls(_bundled_entries())

    @classmethod
    def load(
        cls,
        *,
        user_file: str | Path | None = None,
        shared: str | Path | None = None,
        bundled: bool = True,
    ) -> AliasTable:
        """The bundled table, then places and parties from ``shared``, then ``user_file`` on top.

        shared: the shared data folder (default: $WZW_SHARED); skipped when absent.
        user_file: a CSV or YAML file in the format of docs/actors.md; its entries win.
        """
        table = cls.bundled() if bundled else cls()
        shared_dir = shared if shared is not None else settings.get("shared")
        if shared_dir:
            table.add(_shared_entries(str(Path(shared_dir).resolve())))
            if bundled:
                table.add(_bundled_entries())  # hand-written spellings beat generated ones
        if user_file is not None:
            table.add(read_user_file(Path(user_file)))
        return table


def _lookup_key(name: str) -> str:
    # Keep the article out of the key: "het Kremlin" and "Kremlin" are one spelling.
    words = name.split()
    if len(words) > 1 and words[0].lower() in _NAME_ARTICLES:
        name = " ".join(words[1:])
    return name_key(name)


def _entry(row: dict[str, Any], source: str) -> AliasEntry:
    canonical = str(row.get("canonical") or "").strip()
    alias = str(row.get("alias") or canonical).strip()
    kind = str(row.get("type") or "person").strip()
    if not canonical:
        raise InputError(source, f"alias row {row} has no canonical name", hint="fill the column")
    if kind not in _TYPES:
        raise InputError(
            source, f"alias type {kind!r} is unknown", hint=f"use one of {', '.join(_TYPES)}"
        )
    return AliasEntry(canonical, alias, cast(ActorType, kind), str(row.get("note") or ""))


def _read_csv_text(text: str, *, source: str) -> list[AliasEntry]:
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    if reader.fieldnames is None or "canonical" not in reader.fieldnames:
        raise InputError(
            source, "alias CSV has no header", hint="start with the line canonical,alias,type,note"
        )
    return [_entry(row, source) for row in reader]


def read_user_file(path: Path) -> list[AliasEntry]:
    """Entries from a user alias file: CSV (canonical,alias,type,note) or YAML (docs/actors.md)."""
    try:
        text = path.read_text("utf-8")
    except OSError as e:
        raise InputError(str(path), f"cannot read alias file: {e}", hint="check the path") from e
    if path.suffix.lower() in (".yaml", ".yml"):
        return _read_yaml_text(text, source=str(path))
    return _read_csv_text(text, source=str(path))


def _read_yaml_text(text: str, *, source: str) -> list[AliasEntry]:
    try:
        data = yaml.safe_load(text) or []
    except yaml.YAMLError as e:
        raise InputError(source, f"alias YAML is malformed: {e}", hint="see docs/actors.md") from e
    if not isinstance(data, list):
        raise InputError(source, "alias YAML must be a list of actors", hint="see docs/actors.md")
    entries: list[AliasEntry] = []
    for item in data:
        if not isinstance(item, dict) or "canonical" not in item:
            raise InputError(source, f"alias item {item!r} has no canonical", hint="see docs/actors.md")
        base = {"canonical": item["canonical"], "type": item.get("type"), "note": item.get("note")}
        entries.append(_entry(base, source))
        for alias in item.get("aliases") or []:
            entries.append(_entry({**base, "alias": alias}, source))
    return entries


# Every run (and every article the API stores) builds its tables from these: the files
# are read and parsed once per process.
@cache
def _bundled_entries() -> tuple[AliasEntry, ...]:
    text = resources.files("wiezegtwat").joinpath("data", BUNDLED).read_text("utf-8")
    return tuple(_read_csv_text(text, source=BUNDLED))


@cache
def _shared_entries(shared: str) -> tuple[AliasEntry, ...]:
    return tuple(shared_entries(Path(shared)))


def shared_entries(shared: Path) -> list[AliasEntry]:
    """Country names (mledoze/countries, ODbL) and NL/BE parties (Party Facts, MIT), if present.

    The files are read where they lie and never copied; entries carry their source in ``note``.
    """
    return [*_country_entries(shared), *_party_entries(shared)]


def _data_dir(shared: Path, name: str) -> Path:
    # Accept both the shared root (…/shared) and its data folder (…/shared/data).
    return shared / "data" / name if (shared / "data" / name).exists() else shared / name


def _country_entries(shared: Path) -> list[AliasEntry]:
    path = _data_dir(shared, "countries-mledoze") / "countries.json"
    if not path.exists():
        return []
    try:
        countries = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"cannot read country names: {e}", hint="unset WZW_SHARED") from e
    note = "mledoze/countries (ODbL 1.0)"
    entries: list[AliasEntry] = []
    for country in countries:
        dutch = country.get("translations", {}).get("nld", {})
        canonical = dutch.get("common") or country["name"]["common"]
        spellings = {
            canonical,
            dutch.get("official", ""),
            country["name"]["common"],
            country["name"]["official"],
            *country.get("translations", {}).get("deu", {}).values(),
            *[s for s in country.get("altSpellings", []) if len(s) > 2],
        }
        entries.extend(AliasEntry(canonical, s, "place", note) for s in sorted(spellings) if s)
    return entries


def _party_entries(shared: Path) -> list[AliasEntry]:
    path = _data_dir(shared, "partyfacts") / "partyfacts-core-parties.csv"
    if not path.exists():
        return []
    note = "Party Facts (MIT), Döring & Regel 2019"
    entries: list[AliasEntry] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                short = (row.get("name_short") or "").strip()
                if row.get("country") not in _PARTY_COUNTRIES or short in _PARTY_PLACEHOLDERS:
                    continue
                if row.get("year_last") and row["year_last"] < "2000":
                    continue  # parties that ended long ago only add ambiguous abbreviations
                canonical = short or row["name"]
                for spelling in (short, row.get("name"), row.get("name_english")):
                    if spelling and spelling.strip():
                        entries.append(AliasEntry(canonical, spelling.strip(), "organisation", note))
    except OSError as e:
        raise InputError(str(path), f"cannot read party names: {e}", hint="unset WZW_SHARED") from e
    return entries
