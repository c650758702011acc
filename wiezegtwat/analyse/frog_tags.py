"""Frog's tag sets mapped to the neutral document model (the only place that knows them).

Frog writes CGN part-of-speech tags ("WW(pv,tgw,met-t)"), Alpino dependency
relations ("su", "obj1", "vc") and its own entity labels (PER, ORG, LOC, MISC,
PRO, EVE). The engine reads Universal Dependencies part-of-speech tags and
features, UD relation names and the CoNLL entity labels. The part-of-speech
mapping follows the conversion used by the UD Dutch treebanks (which carry
the CGN tag as XPOS): for example "SPEC(deeleigen)" is PROPN, a finite
"WW" is VERB or AUX with VerbForm=Fin, "VNW(bez,…)" is PRON with Poss=Yes.
Two facts the engine needs that UD has no feature for are added under their
own names: ``Attributive=Yes`` (a participle used as an adjective, "een
gevraagd relaas") and ``Nominal=Yes`` (a verb used as a noun).
"""

from __future__ import annotations

# CGN main category → UD part of speech (auxiliaries are decided by lemma below).
_UPOS = {
    "N": "NOUN", "ADJ": "ADJ", "WW": "VERB", "TW": "NUM", "VNW": "PRON", "LID": "DET",
    "VZ": "ADP", "VG": "CCONJ", "BW": "ADV", "TSW": "INTJ", "LET": "PUNCT", "SPEC": "X",
}
# Verbs UD Dutch tags AUX when they are finite or infinite auxiliaries.
_AUX_LEMMAS = frozenset({"hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen"})
# Alpino relation → UD relation name. The tree keeps Alpino's shape (a finite
# auxiliary heads its verbal complement, "dat" heads its clause); only the
# names are universal. Where UD splits one Alpino relation by the dependent's
# category ("mod"), ``_mod`` decides.
_DEPS = {
    "su": "nsubj", "obj1": "obj", "obj2": "iobj", "vc": "xcomp", "body": "ccomp",
    "det": "det", "app": "appos", "mwp": "flat", "cnj": "conj", "crd": "cc",
    "punct": "punct", "ROOT": "root", "predc": "xcomp:pred", "pc": "obl:arg", "ld": "obl",
    "me": "obl", "predm": "advcl", "svp": "compound:prt", "se": "expl:pv", "sup": "expl",
    "pobj1": "expl", "obcomp": "advcl", "hdf": "case", "cmp": "mark", "sat": "parataxis",
    "nucl": "parataxis", "tag": "parataxis", "dlink": "cc", "dp": "parataxis",
}
# Frog's entity labels → CoNLL-2002 labels (products and events are MISC there).
_NER = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "PRO": "MISC", "EVE": "MISC"}


def parse_cgn(tag: str) -> tuple[str, tuple[str, ...]]:
    """("WW", ("pv", "tgw", "met-t")) for "WW(pv,tgw,met-t)"."""
    main, _, rest = tag.partition("(")
    feats = tuple(f for f in rest.rstrip(")").split(",") if f) if rest else ()
    return main, feats


def upos_feats(tag: str, lemma: str) -> tuple[str, dict[str, str]]:
    """The UD part of speech and features of one CGN tag."""
    main, f = parse_cgn(tag)
    upos = _UPOS.get(main, "X")
    feats: dict[str, str] = {}
    if "ev" in f:
        feats["Number"] = "Sing"
    if "mv" in f:
        feats["Number"] = "Plur"
    if main == "N" and "eigen" in f or main == "SPEC" and "deeleigen" in f:
        upos = "PROPN"
    elif main == "SPEC" and "symb" in f:
        upos = "SYM"
    elif main == "WW":
        upos = _verb(f, lemma, feats)
    elif main == "VNW":
        upos = _pronoun(f, feats)
    elif main == "LID":
        feats["PronType"] = "Art"
        feats["Definite"] = "Def" if "bep" in f else "Ind"
    elif main == "VG":
        upos = "SCONJ" if "onder" in f else "CCONJ"
    elif main == "VZ" and "fin" in f:
        feats["AdpType"] = "Post"  # a postposition or separated particle ("uit" in "legt uit")
    elif main == "TW" and "rang" in f:
        upos = "ADJ"
    return upos, feats


def _verb(f: tuple[str, ...], lemma: str, feats: dict[str, str]) -> str:
    if "pv" in f:
        feats["VerbForm"] = "Fin"
        feats["Tense"] = "Past" if "verl" in f else "Pres"
    elif "inf" in f:
        feats["VerbForm"] = "Inf"
    elif "vd" in f or "od" in f:
        feats["VerbForm"] = "Part"
        feats["Tense"] = "Past" if "vd" in f else "Pres"
    if "prenom" in f:
        feats["Attributive"] = "Yes"
    if "nom" in f:
        feats["Nominal"] = "Yes"
    if "met-t" in f or "ev" in f:
        feats["Number"] = "Sing"
    return "AUX" if lemma.lower() in _AUX_LEMMAS and "prenom" not in f and "nom" not in f else "VERB"


def _pronoun(f: tuple[str, ...], feats: dict[str, str]) -> str:
    kinds = {"pers": "Prs", "refl": "Prs", "pr": "Prs", "bez": "Prs", "betr": "Rel", "vb": "Int",
             "aanw": "Dem", "onbep": "Ind", "recip": "Rcp"}
    for cgn, ud in kinds.items():
        if cgn in f:
            feats["PronType"] = ud
            break
    if "bez" in f:
        feats["Poss"] = "Yes"
    for person in ("1", "2", "2v", "2b", "3"):
        if person in f:
            feats["Person"] = person[0]
    if "masc" in f:
        feats["Gender"] = "Masc"
    elif "fem" in f:
        feats["Gender"] = "Fem"
    return "DET" if "det" in f and "bez" not in f else "PRON"


def ud_dep(dep: str, upos: str) -> str:
    """The UD name of an Alpino relation (``upos``: the dependent's part of speech)."""
    if dep == "mod":
        return {"ADJ": "amod", "ADV": "advmod", "ADP": "obl", "NUM": "nummod"}.get(upos, "nmod")
    if not dep or dep == "None":
        return "dep"
    return _DEPS.get(dep, "dep")


def ud_ner(tag: str) -> str:
    """"B-PRO" → "B-MISC"; "O" stays."""
    if tag[:2] not in ("B-", "I-"):
        return "O"
    return tag[:2] + _NER.get(tag[2:], "MISC")
