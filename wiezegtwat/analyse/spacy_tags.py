"""spaCy's English labels mapped to the neutral document model (the only place that knows them).

spaCy's English pipelines already give Universal Dependencies parts of speech
and features (``token.pos_``, ``token.morph``). Their dependency relations
follow the ClearNLP scheme ("dobj", "pobj", "nsubjpass", "compound") and
their entities OntoNotes ("PERSON", "GPE", "NORP"). The engine reads UD
relation names and the CoNLL entity labels, so those two are renamed here.
The tree keeps spaCy's shape; only the names are universal.
"""

from __future__ import annotations

# ClearNLP relation → UD relation (names that are already UD map to themselves).
_DEPS = {
    "ROOT": "root", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "dobj": "obj",
    "pobj": "obl", "prep": "case", "auxpass": "aux:pass", "neg": "advmod", "poss": "nmod:poss",
    "attr": "xcomp:pred", "acomp": "xcomp", "oprd": "xcomp", "dative": "iobj",
    "agent": "obl:agent", "prt": "compound:prt", "relcl": "acl:relcl", "npadvmod": "obl:npmod",
    "predet": "det:predet", "preconj": "cc:preconj", "quantmod": "advmod", "meta": "parataxis",
    "intj": "discourse", "pcomp": "ccomp", "nn": "compound",
}
_UD_DEPS = frozenset({
    "nsubj", "csubj", "obj", "iobj", "ccomp", "xcomp", "advcl", "advmod", "amod", "appos", "aux",
    "case", "cc", "compound", "conj", "dep", "det", "expl", "mark", "nmod", "nummod", "parataxis",
    "punct", "acl", "discourse",
})
# OntoNotes entity label → CoNLL label. Nationalities, religious and political
# groups (NORP), events, laws and works are MISC as in CoNLL; numbers, dates
# and amounts are not entities there.
_NER = {
    "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
    "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC",
}


def ud_dep(dep: str, upos: str, head_upos: str) -> str:
    """The UD name of a ClearNLP relation (``upos``: the dependent's part of
    speech, ``head_upos``: its head's)."""
    if dep == "compound" and upos == "PROPN" and head_upos == "PROPN":
        return "flat"  # the parts of a name ("John" → "Smith") are flat in UD
    if dep in _DEPS:
        return _DEPS[dep]
    return dep if dep in _UD_DEPS else "dep"


def ud_ner(iob: str, label: str) -> str:
    """A BIO tag over the CoNLL labels from spaCy's IOB letter and OntoNotes label."""
    conll = _NER.get(label)
    if iob not in ("B", "I") or conll is None:
        return "O"
    return f"{iob}-{conll}"


def feats(morph: dict[str, str], upos: str, tag: str = "") -> dict[str, str]:
    """UD features as the engine reads them (spaCy gives UD features already)."""
    out = dict(morph)
    if tag == "MD":
        # A modal is always finite (UD English); the model leaves "'ll" and the
        # "wo" of "won't" without a verb form, and their reports without a finite verb.
        out.setdefault("VerbForm", "Fin")
    if upos in ("VERB", "AUX") and out.get("VerbForm") == "Fin" and "Tense" not in out:
        out["Tense"] = "Pres"  # modal "will"/"can": finite, present in form
    return out
