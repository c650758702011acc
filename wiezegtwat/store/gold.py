"""Stored (and corrected) quotes as a gold file in the format of ``shared/eval/GUIDELINES.md``.

After an annotation round trip (``wzw xmi import``) the stored quotes are what the
annotator accepted, so they can serve as gold for ``wzw eval``: one JSON line per
article with ``id``, ``lang``, ``text``, ``quotes`` (start, end, text, speaker, type,
required) and ``aliases`` (the other spellings of each speaker's actor).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from wiezegtwat.errors import StoreError

if TYPE_CHECKING:
    from .db import Store

# A quote without a speaker still needs a "speaker" string in the gold format; an empty
# one never matches a prediction, as GUIDELINES.md wants for an unattributed quote.
NO_SPEAKER = ""


def article_gold(store: Store, article_id: str,
                 variants: dict[str, list[str]] | None = None) -> dict[str, Any]:
    """One gold line: the stored quotes of the article in text order, with aliases.

    variants: actor id → spellings (``Store.load_actors``), passed in when writing many.
    """
    article = store.get_article(article_id)
    if article is None:
        raise StoreError(f"no article {article_id} in {store.path}")
    if variants is None:
        variants = {a.id: [a.name, *a.variants] for a in store.load_actors()}
    quotes: list[dict[str, Any]] = []
    aliases: dict[str, list[str]] = {}
    for q in sorted(article.quotes, key=lambda q: (q.start, q.end)):
        name = q.speaker.name if q.speaker and q.speaker.name else NO_SPEAKER
        quotes.append({"start": q.start, "end": q.end, "text": article.text[q.start:q.end],
                       "speaker": name, "type": q.type, "required": True})
        actor = q.speaker.actor_id if q.speaker else None
        others = [v for v in dict.fromkeys(variants.get(actor or "", [])) if v != name]
        if name and others:
            aliases.setdefault(name, [])
            aliases[name] += [v for v in others if v not in aliases[name]]
    return {"id": article.id, "lang": article.lang or "nl", "text": article.text,
            "quotes": quotes, "aliases": aliases}


def write_gold(store: Store, article_ids: Sequence[str], out: str | Path | IO[str]) -> int:
    """Write one gold line per article to a file (or stream); return the number of quotes."""
    variants = {a.id: [a.name, *a.variants] for a in store.load_actors()}
    lines = [article_gold(store, a, variants) for a in article_ids]
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    if isinstance(out, str | Path):
        Path(out).write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return sum(len(line["quotes"]) for line in lines)
