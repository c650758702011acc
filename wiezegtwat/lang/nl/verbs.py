"""Inflected forms of the Dutch cue verbs, for tokens Frog lemmatises wrongly
("verwacht" left as its own lemma). Regular forms follow the spelling rules of
ANS §2.3 (stem, 't kofschip, ge- prefix); irregular past tenses and participles
are listed by hand for the cue verbs that have them.
"""

from __future__ import annotations

# infinitive → (past singular, past plural, participle)
IRREGULAR: dict[str, tuple[str, str, str]] = {
    "zeggen": ("zei", "zeiden", "gezegd"),
    "denken": ("dacht", "dachten", "gedacht"),
    "vinden": ("vond", "vonden", "gevonden"),
    "schrijven": ("schreef", "schreven", "geschreven"),
    "roepen": ("riep", "riepen", "geroepen"),
    "spreken": ("sprak", "spraken", "gesproken"),
    "weten": ("wist", "wisten", "geweten"),
    "laten": ("liet", "lieten", "gelaten"),
    "geven": ("gaf", "gaven", "gegeven"),
    "wijzen": ("wees", "wezen", "gewezen"),
    "vragen": ("vroeg", "vroegen", "gevraagd"),
    "verzoeken": ("verzocht", "verzochten", "verzocht"),
    "nemen": ("nam", "namen", "genomen"),
    "zien": ("zag", "zagen", "gezien"),
    "dringen": ("drong", "drongen", "gedrongen"),
    "begrijpen": ("begreep", "begrepen", "begrepen"),
    "bevelen": ("beval", "bevalen", "bevolen"),
    "verbieden": ("verbood", "verboden", "verboden"),
    "erkennen": ("erkende", "erkenden", "erkend"),
    "bekennen": ("bekende", "bekenden", "bekend"),
    "wegen": ("woog", "wogen", "gewogen"),
    "zweren": ("zwoer", "zwoeren", "gezworen"),
    "bezweren": ("bezwoer", "bezwoeren", "bezworen"),
    "verwijten": ("verweet", "verweten", "verweten"),
    "beschrijven": ("beschreef", "beschreven", "beschreven"),
    "verzekeren": ("verzekerde", "verzekerden", "verzekerd"),
    "herhalen": ("herhaalde", "herhaalden", "herhaald"),
    "verklaren": ("verklaarde", "verklaarden", "verklaard"),
    "benadrukken": ("benadrukte", "benadrukten", "benadrukt"),
    "stellen": ("stelde", "stelden", "gesteld"),
    "menen": ("meende", "meenden", "gemeend"),
    "twijfelen": ("twijfelde", "twijfelden", "getwijfeld"),
    "lachen": ("lachte", "lachten", "gelachen"),
    "vertellen": ("vertelde", "vertelden", "verteld"),
    "voelen": ("voelde", "voelden", "gevoeld"),
    "merken": ("merkte", "merkten", "gemerkt"),
    "hopen": ("hoopte", "hoopten", "gehoopt"),
    "vrezen": ("vreesde", "vreesden", "gevreesd"),
    "geloven": ("geloofde", "geloofden", "geloofd"),
    "beloven": ("beloofde", "beloofden", "beloofd"),
}
_UNSTRESSED = ("be", "ge", "her", "ver", "ont", "er")
_SOFT_KETCHUP = set("tkfschp")  # 't kofschip: past in -te after these


def _stem(inf: str) -> str:
    base = inf[:-2] if inf.endswith("en") else inf[:-1] if inf.endswith("n") else inf
    if len(base) >= 2 and base[-1] == base[-2]:
        base = base[:-1]  # stellen → stel
    elif len(base) >= 3 and base[-2] in "aeou" and base[-3] not in "aeiou" and base[-1] not in "aeiouwj":
        # open syllable: menen → meen, hopen → hoop (but not "eu", "ij" diphthongs)
        base = base[:-1] + base[-2] + base[-1]
    if base.endswith("v"):
        base = base[:-1] + "f"
    elif base.endswith("z"):
        base = base[:-1] + "s"
    return base


def forms(inf: str) -> set[str]:
    """Present, past and participle forms of one (possibly irregular) verb."""
    if "_" in inf:
        return set()
    stem = _stem(inf)
    out = {inf, stem, stem if stem.endswith("t") else stem + "t"}
    if inf in IRREGULAR:
        out.update(IRREGULAR[inf])
        return out
    last = inf[:-2][-1:] if inf.endswith("en") else ""
    suffix = "te" if last in _SOFT_KETCHUP or stem[-1:] in _SOFT_KETCHUP else "de"
    out.update({stem + suffix, stem + suffix + "n"})
    ending = "t" if suffix == "te" else "d"
    part = stem if stem.endswith(ending) else stem + ending
    out.add(part if inf.startswith(_UNSTRESSED) else "ge" + part)
    return out
