"""Property tests: on random Unicode text, offsets slice back and nothing raises."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wiezegtwat.analyse.frog import FrogRow, build_doc
from wiezegtwat.lang.nl import NL
from wiezegtwat.quotes import extract
from wiezegtwat.quotes.marks import find_pairs

_WORD = re.compile(r"\w+|[^\w\s]")
TAGS = ["N(soort,ev)", "WW(pv,tgw,met-t)", "SPEC(deeleigen)", "VG(onder)", "LET()", "VNW(pers,pron)"]


def fake_request(text: str) -> list[list[FrogRow]]:
    """Frog-shaped output without Frog: words, punctuation, glued names, odd tags."""
    rows = []
    words = _WORD.findall(text)
    for i, w in enumerate(words):
        tag = TAGS[len(w) % len(TAGS)]
        lemma = {"zegt": "zeggen", "zei": "zeggen", "volgens": "volgens"}.get(w.lower(), w.lower())
        head = (i % 3) if i % 3 != i else 0
        rows.append(FrogRow(w, lemma, tag, "B-PER" if w[:1].isupper() else "O", head, "su" if i % 2 else "vc"))
    # Frog splits sentences at full stops; so do we.
    sents, cur = [], []
    for r in rows:
        cur.append(r)
        if r.word in ".?!":
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


ALPHABET = st.sampled_from(list("abc XYZ.,:;!?\"'„“”‘’‚«»-–—…\n\u00a0\u200bëïğ😀") + ["zegt ", "zei ", "dat ", "volgens ", "Jan ", "hij "])
texts = st.lists(ALPHABET, min_size=1, max_size=80).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extract_property_offsets_slice_back(text: str) -> None:
    doc = build_doc(text, fake_request)
    for tok in doc.tokens:
        assert text[tok.start : tok.end] == tok.text
    quotes, mentions = extract(doc)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    for m in mentions:
        assert text[m.start : m.end] == m.text


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=300))
def test_find_pairs_property_any_unicode(text: str) -> None:
    for p in find_pairs(text, NL):
        assert 0 <= p.open < p.start <= p.end <= len(text)
