"""Inflected forms of the English cue verbs, for tokens a tagger lemmatises wrongly.

Regular forms follow the spelling rules of English inflection (Quirk et al.,
*A Comprehensive Grammar of the English Language*, §3.5–3.7: -s/-es, -ed/-d,
consonant doubling after a stressed short vowel is not attempted, y → ied);
the irregular past forms of the cue verbs are listed by hand.
"""

from __future__ import annotations

# lemma → (past, participle) for the irregular cue verbs.
IRREGULAR: dict[str, tuple[str, str]] = {
    "say": ("said", "said"), "tell": ("told", "told"), "think": ("thought", "thought"),
    "write": ("wrote", "written"), "speak": ("spoke", "spoken"), "know": ("knew", "known"),
    "feel": ("felt", "felt"), "hold": ("held", "held"), "find": ("found", "found"),
    "foresee": ("foresaw", "foreseen"), "swear": ("swore", "sworn"), "tweet": ("tweeted", "tweeted"),
    "admit": ("admitted", "admitted"), "forbid": ("forbade", "forbidden"), "see": ("saw", "seen"),
    "understand": ("understood", "understood"), "read": ("read", "read"),
    "predict": ("predicted", "predicted"), "insist": ("insisted", "insisted"),
    "bet": ("bet", "bet"), "post": ("posted", "posted"), "hear": ("heard", "heard"),
    "show": ("showed", "shown"), "learn": ("learned", "learnt"),
}


def forms(lemma: str) -> set[str]:
    """The -s, -ing, past and participle forms of one cue verb."""
    if "_" in lemma:
        return set()
    out = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        out.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out.add(lemma[:-1] + "ies")
    else:
        out.add(lemma + "s")
    out.add((lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing")
    if lemma in IRREGULAR:
        out.update(IRREGULAR[lemma])
    elif lemma.endswith("e"):
        out.add(lemma + "d")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        out.add(lemma[:-1] + "ied")
    else:
        out.add(lemma + "ed")
    return out
