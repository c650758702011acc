"""Build analysed documents by hand, for unit tests of the quote engine without a backend.

One sentence per line; a blank line starts a new paragraph. Each token is written
as ``text/FIELD/FIELD...`` and tokens are separated by spaces::

    doc = build('''
        Wethouder/NOUN Anouk/PROPN/B-PER Verbeek/PROPN/I-PER/@Anouk:flat zegt/VERB:Fin/=zeggen
          dat/SCONJ de brug/NOUN/@gaat:nsubj opengaat/VERB:Fin/=opengaan .

        Hij/PRON:Prs zei/VERB:Fin,Past/=zeggen het/PRON:Prs ook/ADV .
    ''')

A line that starts with more indentation than the line before it continues that
line (so long sentences can be wrapped); otherwise each non-blank line is one
sentence.

Fields after the text, in any order:

``UPOS`` or ``UPOS:f1,f2``
    The UD part of speech, optionally with features. A feature is ``Key=Value``
    or one of the shorthands in :data:`FEATURE_SHORTHANDS` (``Fin`` means
    ``VerbForm=Fin``, ``Plur`` means ``Number=Plur``, ``Attr`` means
    ``Attributive=Yes`` ...).
``B-PER``, ``I-ORG`` ...
    The entity tag (BIO over PER, ORG, LOC, MISC); default ``O``.
``=lemma``
    The lemma; default: the text, lower-cased unless the token is a PROPN.
``@head:dep`` or ``@root``
    The dependency: ``head`` is the head's 0-based index within the sentence, or
    the head's text when that text occurs once in the sentence; ``@root`` means
    no head and relation ``root``. The relation may carry a UD subtype
    (``@angered:nsubj:pass``). Default: no head, no relation.

A bare word needs no fields when it is punctuation (PUNCT) or one of the small
closed set of unambiguous function words in :data:`BARE_WORDS` (``de``, ``het``,
``een``, ``en``, ``van`` ...); any other bare word is an error, so every tag a
test relies on is written in the test.

Spacing follows the text's own punctuation: tokens are joined by one space,
except that ``, . ; : ! ? ) ” ’ » …`` stick to the token before them, ``( „ “ ‘ «``
stick to the token after them, and a plain ``"`` or ``'`` token alternately
opens (sticks to the next token) and closes (sticks to the previous one) within a
paragraph (so does ``''``, two apostrophes as one mark). A token written with a leading ``^`` (``^'``) sticks to the token
before it whatever it is (and a ``^'`` is an apostrophe, never an opening mark). Sentences of a paragraph are joined by one space,
paragraphs by a blank line (``\\n\\n``), so ``Doc.text`` is exactly the text a
backend would have been given.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from wiezegtwat.records import Doc, Paragraph, Sentence, Token

FEATURE_SHORTHANDS: dict[str, tuple[str, str]] = {
    "Fin": ("VerbForm", "Fin"),
    "Inf": ("VerbForm", "Inf"),
    "Part": ("VerbForm", "Part"),
    "Pres": ("Tense", "Pres"),
    "Past": ("Tense", "Past"),
    "Sing": ("Number", "Sing"),
    "Plur": ("Number", "Plur"),
    "Prs": ("PronType", "Prs"),
    "Rel": ("PronType", "Rel"),
    "Art": ("PronType", "Art"),
    "Dem": ("PronType", "Dem"),
    "Ind": ("PronType", "Ind"),
    "Poss": ("Poss", "Yes"),
    "Attr": ("Attributive", "Yes"),
    "Nom": ("Nominal", "Yes"),
    "Post": ("AdpType", "Post"),
    "1": ("Person", "1"),
    "2": ("Person", "2"),
    "3": ("Person", "3"),
}

# Words that may be written bare: one reading only in the sentences we write.
BARE_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    **{w: ("DET", {"PronType": "Art"}) for w in ("de", "het", "een", "De", "Het", "Een")},
    **{w: ("CCONJ", {}) for w in ("en", "maar")},
    **{w: ("ADP", {}) for w in ("van", "in", "op", "met", "voor", "aan", "bij", "naar", "over", "uit")},
    **{w: ("ADV", {}) for w in ("niet", "ook", "nog", "al", "wel", "nooit", "zeker")},
}

PUNCT_RE = re.compile(r"[^\w\s]+")
CLOSE_GLUE = frozenset({",", ".", ";", ":", "!", "?", ")", "”", "’", "»", "…", "''"})
OPEN_GLUE = frozenset({"(", "„", "“", "‘", "«", ",,"})
TOGGLE_MARKS = frozenset({'"', "'", "''"})
NER_RE = re.compile(r"[BI]-[A-Z]+|O")


@dataclass
class _Spec:
    """One token as written, before offsets are known."""

    text: str
    upos: str
    feats: dict[str, str]
    ner: str
    lemma: str
    head: str | None  # as written: an index or a text; None = no head
    dep: str
    glue_left: bool


def parse_token(spec: str) -> _Spec:
    """``zegt/VERB:Fin/=zeggen/@0:root`` → its parts (see the module docstring)."""
    glue_left = spec.startswith("^") and len(spec) > 1
    if glue_left:
        spec = spec[1:]
    text, *fields = spec.split("/") if not PUNCT_RE.fullmatch(spec) else [spec]
    if not text:
        raise ValueError(f"empty token text in {spec!r}")
    upos, feats, ner, lemma, head, dep = "", {}, "O", "", None, ""
    for f in fields:
        if NER_RE.fullmatch(f):
            ner = f
        elif f.startswith("="):
            lemma = f[1:]
        elif f == "@root":
            head, dep = None, "root"
        elif f.startswith("@"):
            # The head is what comes before the first colon, so a relation may carry
            # its UD subtype ("@angered:nsubj:pass").
            target, sep, dep = f[1:].partition(":")
            if not sep or not target or not dep:
                raise ValueError(f"dependency {f!r} in {spec!r} is not @head:dep")
            head = target
        elif f[:1].isupper() and not upos:
            upos, _, rest = f.partition(":")
            for feat in filter(None, rest.split(",")):
                if "=" in feat:
                    key, value = feat.split("=", 1)
                    feats[key] = value
                elif feat in FEATURE_SHORTHANDS:
                    key, value = FEATURE_SHORTHANDS[feat]
                    feats[key] = value
                else:
                    raise ValueError(f"unknown feature {feat!r} in {spec!r}")
        else:
            raise ValueError(f"cannot read field {f!r} of {spec!r}")
    if not upos:
        if PUNCT_RE.fullmatch(text):
            upos = "PUNCT"
        elif text in BARE_WORDS:
            upos, bare = BARE_WORDS[text]
            feats = {**bare, **feats}
        else:
            raise ValueError(f"token {spec!r} needs a part of speech")
    if not lemma:
        lemma = text if upos == "PROPN" else text.lower()
    return _Spec(text, upos, feats, ner, lemma, head, dep, glue_left)


def _lines(source: str) -> list[list[list[str]]]:
    """Paragraphs of sentences of token strings; indented lines continue a sentence."""
    paragraphs: list[list[str]] = [[]]
    prev_indent = -1
    for line in textwrap.dedent(source).split("\n"):
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            prev_indent = -1
            continue
        indent = len(line) - len(line.lstrip())
        if paragraphs[-1] and prev_indent >= 0 and indent > prev_indent:
            paragraphs[-1][-1] += " " + line.strip()
            continue  # a continuation keeps the indentation of its sentence's first line
        paragraphs[-1].append(line.strip())
        prev_indent = indent
    return [[s.split() for s in p] for p in paragraphs if p]


def build(source: str) -> Doc:
    """The Doc that ``source`` describes (see the module docstring for the format)."""
    text = ""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    for p_i, para in enumerate(_lines(source)):
        if p_i:
            text += "\n\n"
        p_start = len(text)
        open_marks: set[str] = set()  # plain " or ' currently open in this paragraph
        for words in para:
            # (An opening mark sticks to the next token across a sentence break too:
            # a splitter may end a sentence on it.)
            glue_next = any(text.endswith(m) for m in OPEN_GLUE)
            if len(text) > p_start and not glue_next:
                text += " "
            specs = [parse_token(w) for w in words]
            base = len(tokens)
            for spec in specs:
                toggle = spec.text in TOGGLE_MARKS and not spec.glue_left
                closes = toggle and spec.text in open_marks
                glued = (
                    spec.glue_left or glue_next or spec.text in CLOSE_GLUE or closes
                    or len(text) == p_start or text.endswith(" ")
                )
                if not glued:
                    text += " "
                start = len(text)
                text += spec.text
                glue_next = spec.text in OPEN_GLUE or (toggle and not closes)
                if toggle:
                    open_marks ^= {spec.text}
                tokens.append(Token(
                    i=len(tokens), text=spec.text, start=start, end=len(text), lemma=spec.lemma,
                    upos=spec.upos, feats=spec.feats, ner=spec.ner, head=None, dep=spec.dep,
                    sent=len(sentences),
                ))
            for k, spec in enumerate(specs):
                if spec.head is not None:
                    tokens[base + k].head = base + _head_index(spec.head, specs, k)
            sentences.append(Sentence(len(sentences), tokens[base].start, tokens[-1].end,
                                      base, len(tokens), p_i))
        paragraphs.append(Paragraph(p_i, p_start, len(text)))
    return Doc(text=text, tokens=tokens, sentences=sentences, paragraphs=paragraphs)


def _head_index(target: str, specs: list[_Spec], k: int) -> int:
    if target.isdigit():
        h = int(target)
        if not 0 <= h < len(specs):
            raise ValueError(f"head {h} of {specs[k].text!r} is outside its sentence")
        return h
    found = [i for i, s in enumerate(specs) if s.text == target]
    if len(found) != 1:
        raise ValueError(f"head {target!r} of {specs[k].text!r} occurs {len(found)} times in its sentence")
    return found[0]


def span(text: str, sub: str, nth: int = 1) -> tuple[int, int]:
    """(start, end) of the ``nth`` occurrence of ``sub`` in ``text`` (for exact asserts)."""
    at = -1
    for _ in range(nth):
        at = text.find(sub, at + 1)
        if at < 0:
            raise ValueError(f"{sub!r} occurs fewer than {nth} times in {text!r}")
    return at, at + len(sub)
