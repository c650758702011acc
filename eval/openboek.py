"""Dutch speakers the rules were not written on: OpenBoek's direct speech as gold.

OpenBoek (van Cranenburgh & van Noord 2022; quotes: van Cranenburgh & van den
Berg 2023; CC BY 4.0) is the one public Dutch corpus with direct-speech quotes
linked to their speakers by hand: the first ~10,000 words of nine novels. It is
fiction, not news, and has direct speech only, but its speakers are resolved by
people, also where the text says "hij" — the half of the job the Dutch dev sets
are too small and too studied to measure. This script turns its quote files into
our gold JSONL (``shared/eval/GUIDELINES.md``) so that ``wzw eval`` scores them
like any other gold:

    python eval/openboek.py ../shared/data/openboek /tmp/openboek.jsonl
    wzw eval /tmp/openboek.jsonl --cache DIR
    python eval/openboek.py ../shared/data/openboek /tmp/ob-pron.jsonl --only anaphor_pronoun

Rules, each general:

- **Text**: the tokenized sentences, glued back (punctuation to the word before
  it, a straight double quote alternately opening and closing within its
  paragraph); paragraphs as in the corpus, one blank line apart. A book is cut
  at paragraph ends into articles of about 15,000 characters (``--chars``): a long
  feature, so that most pronouns find their antecedent inside the article.
- **Quote**: each ``<quote>`` element, its span without the quotation marks and
  dialogue dash around it, type direct. Its attribution kind (``explicit``: a
  name at the cue; ``anaphor_pronoun``; ``anaphor_other``: a description;
  ``implicit``: no cue at all) is kept in ``attribution``.
- **Speaker**: the annotated character, underscores as spaces. Aliases: the
  character's own alias field and, from the entity features, every mention of its
  entity written as a name (each word capitalised) that is no pronoun and no other
  character's name.
- **Optional**: a quote whose speaker has no name (the first-person narrator
  "ik", "tante"), a quote the corpus annotates without speaker, and with
  ``--only KINDS`` every quote of another attribution kind.

The corpus stays in ``shared``; the JSONL is written where you say.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detokenize import glue

from wiezegtwat.lang.nl import words as nl_words

_MARKS = frozenset('"\'')
_DASHES = frozenset(nl_words.DIALOGUE_DASHES)
_PRONOUNS = frozenset(nl_words.PRONOUNS) | nl_words.FIRST_PERSON | frozenset(nl_words.RELATIVES)
KINDS = ("explicit", "anaphor_pronoun", "anaphor_other", "implicit")


@dataclass
class Token:
    text: str
    sentence: int  # index of the sentence in the book
    quote: dict[str, str] | None  # the attributes of the <quote> it is in


@dataclass
class Book:
    name: str
    tokens: list[Token]
    paragraphs: list[list[int]]  # sentence indices per paragraph
    characters: dict[str, str] = field(default_factory=dict)  # id name -> alias field


def _unescape(word: str) -> str:
    # Some quote files escape an ampersand twice ("&amp;amp;").
    while (plain := html.unescape(word)) != word:
        word = plain
    return word


def _walk(elem: ET.Element, quote: dict[str, str] | None, sent: list[int],
          out: list[Token]) -> None:
    """Tokens of an element's text, its children and their tails, in order.
    A newline in the text ends a sentence."""
    def add(text: str | None, q: dict[str, str] | None) -> None:
        for k, line in enumerate((text or "").split("\n")):
            if k:
                sent[0] += 1
            out.extend(Token(_unescape(w), sent[0], q) for w in line.split())

    add(elem.text, quote)
    for child in elem:
        inner = dict(child.attrib) if child.tag == "quote" else quote
        _walk(child, inner, sent, out)
        add(child.tail, quote)


def read_book(folder: Path, name: str) -> Book:
    """A book's tokens with their quotes (quotes/NAME.xml) and paragraphs (tokenized/NAME.tok)."""
    root = ET.parse(folder / "quotes" / f"{name}.xml").getroot()
    text = root.find("text")
    if text is None:
        raise ValueError(f"{name}.xml: no <text> element")
    tokens: list[Token] = []
    _walk(text, None, [0], tokens)
    lines = (folder / "tokenized" / f"{name}.tok").read_text(encoding="utf-8").splitlines()
    paragraphs: dict[str, list[int]] = {}
    tok_words: list[str] = []
    for k, line in enumerate(x for x in lines if x.strip()):
        ident, _, words = line.partition("|")
        paragraphs.setdefault(ident.split("-")[0], []).append(k)
        tok_words.extend(words.split())
    if len(tokens) != len(tok_words):  # a stray token here and there: the XML's words count
        print(f"{name}: {len(tokens)} words in the quote file, {len(tok_words)} in .tok",
              file=sys.stderr)
    # Sentences are counted in the .tok file; the XML's newlines must agree.
    n_sent = sum(len(v) for v in paragraphs.values())
    if tokens[-1].sentence + 1 != n_sent:
        raise ValueError(f"{name}: {tokens[-1].sentence + 1} sentences in the XML, {n_sent} in .tok")
    chars = {c.get("name", ""): c.get("aliases", "") for c in root.iter("character")}
    return Book(name, tokens, list(paragraphs.values()), chars)


def _name_like(mention: str, lowercase: set[str]) -> bool:
    """Every word capitalised, and not only words the book also writes in lower
    case: a capitalised "Mijn" or "Deze" opens a sentence, it is no name."""
    words = mention.split()
    return bool(words) and all(w[:1].isupper() for w in words) \
        and not all(w.lower() in lowercase or w.lower() in _PRONOUNS for w in words)


def entity_aliases(folder: Path, book: Book) -> dict[str, list[str]]:
    """Per character (its name with spaces): the mentions of its entity written as names."""
    names = {n.replace("_", " ") for n in book.characters}
    out: dict[str, list[str]] = {}
    path = folder / "features" / f"{book.name}.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t")) if path.exists() else []
    lowercase = {t.text for t in book.tokens if t.text.islower()}
    people = [[m.strip() for m in row.get("mentions", "").split(",")]
              for row in rows if row.get("category", "").startswith("PER")]
    # A mention that two entities share is a coreference slip of one of them.
    owners = Counter(m for mentions in people for m in set(mentions))
    for ident, field_ in book.characters.items():
        name = ident.replace("_", " ")
        if not name[:1].isupper():  # "ik", "tante": optional, nothing to match
            continue
        own = [a for a in [field_] if a and a != name]
        for mentions in people:
            if name in mentions:
                own += [m for m in mentions if _name_like(m, lowercase) and m != name
                        and m not in names and owners[m] == 1]
                break
        if own:
            out[name] = sorted(set(own))
    return out


def _quote_span(book: Book, idx: list[int], spans: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The quote's first and last token, without marks, dashes or a trailing comma."""
    while idx and book.tokens[idx[0]].text in _MARKS | _DASHES:
        idx = idx[1:]
    while idx and book.tokens[idx[-1]].text in _MARKS | {","}:
        idx = idx[:-1]
    if not idx:
        return -1, -1
    return spans[idx[0]][0], spans[idx[-1]][1]


def _required(q: dict[str, str], only: frozenset[str] | None) -> bool:
    speaker = q.get("speaker", "")
    if not speaker[:1].isupper() or speaker.lower() in {"none", "unknown"}:
        return False
    return only is None or q.get("type", "") in only


def articles(folder: Path, book: Book, *, chars: int,
             only: frozenset[str] | None) -> Iterator[dict[str, object]]:
    """Gold articles of one book, each about ``chars`` characters long."""
    aliases = entity_aliases(folder, book)
    by_sentence: dict[int, list[int]] = {}
    for k, t in enumerate(book.tokens):
        by_sentence.setdefault(t.sentence, []).append(k)
    chunk: list[list[int]] = []
    size = 0
    groups: list[list[list[int]]] = []
    for para in book.paragraphs:
        toks = [k for s in para for k in by_sentence.get(s, [])]
        if toks:
            chunk.append(toks)
            size += sum(len(book.tokens[k].text) + 1 for k in toks)
        if size >= chars:
            groups.append(chunk)
            chunk, size = [], 0
    if chunk:
        groups.append(chunk)
    for n, group in enumerate(groups):
        yield _article(book, f"{book.name}-{n:02d}", group, aliases, only)


def _article(book: Book, ident: str, group: list[list[int]], aliases: dict[str, list[str]],
             only: frozenset[str] | None) -> dict[str, object]:
    texts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for toks in group:
        text, local = glue([book.tokens[k].text for k in toks])
        spans.update({k: (offset + a, offset + b) for k, (a, b) in zip(toks, local, strict=True)})
        texts.append(text)
        offset += len(text) + 2
    body = "\n\n".join(texts) + "\n"
    members: dict[str, list[int]] = {}
    attrs: dict[str, dict[str, str]] = {}
    for toks in group:
        for k in toks:
            q = book.tokens[k].quote
            if q is not None:
                members.setdefault(q["id"], []).append(k)
                attrs[q["id"]] = q
    quotes = []
    for qid, idx in members.items():
        start, end = _quote_span(book, idx, spans)
        if start < 0:
            continue
        q = attrs[qid]
        speaker = q.get("speaker", "").replace("_", " ")
        quotes.append({"start": start, "end": end, "text": body[start:end], "speaker": speaker,
                       "type": "direct", "attribution": q.get("type", ""),
                       "required": _required(q, only)})
    quotes.sort(key=lambda q: int(str(q["start"])))
    used = {str(q["speaker"]) for q in quotes}
    return {"id": ident, "lang": "nl", "outlet": book.name, "text": body, "quotes": quotes,
            "aliases": {k: v for k, v in aliases.items() if k in used}}


def convert(folder: Path, *, chars: int = 15000, only: frozenset[str] | None = None) -> list[dict[str, object]]:
    names = sorted(p.stem for p in (folder / "quotes").glob("*.xml"))
    return [a for name in names for a in articles(folder, read_book(folder, name), chars=chars, only=only)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="the openboek folder (quotes/, tokenized/, features/)")
    ap.add_argument("out", type=Path, help="the gold JSONL to write (outside the repository)")
    ap.add_argument("--chars", type=int, default=15000, help="about this many characters per article")
    ap.add_argument("--only", default="", help=f"comma-separated attribution kinds to require ({', '.join(KINDS)})")
    args = ap.parse_args(argv)
    only = frozenset(x.strip() for x in args.only.split(",") if x.strip()) or None
    if only and not only <= set(KINDS):
        ap.error(f"--only takes {', '.join(KINDS)}")
    rows = convert(args.folder, chars=args.chars, only=only)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    quotes = [q for r in rows for q in r["quotes"]]  # type: ignore[attr-defined]
    required = sum(1 for q in quotes if q["required"])
    print(f"{len(rows)} articles, {len(quotes)} quotes ({required} required) → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
