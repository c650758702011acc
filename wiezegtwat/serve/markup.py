"""HTML pieces of the web pages: speaker colours, the highlighted article text, links.

Every piece of text goes through ``markupsafe.escape``; only our own tags are raw.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from ..records import Quote
from .i18n import Translator

PALETTE = 12  # speaker colours c0..c11 in style.css: distinct enough to tell apart side by side


# -- colours -----------------------------------------------------------------------------------


def colour(key: str | None) -> str:
    """A stable CSS colour class for a speaker (by actor id, else name), across pages."""
    if not key:
        return "c-none"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return f"c{int(digest[:8], 16) % PALETTE}"


def speaker_key(quote: Quote) -> str | None:
    """What identifies a quote's speaker within an article: the actor id, else the name."""
    if quote.speaker is None:
        return None
    return quote.speaker.actor_id or quote.speaker.name


def article_colours(quotes: Sequence[Quote]) -> dict[str, str]:
    """Speaker key → colour class by position in the article: the first speaker c0, then c1 …

    Numbered in the order speakers are first quoted in the text, so the speakers of one
    article never share a colour unless there are more than PALETTE of them.
    """
    colours: dict[str, str] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        key = speaker_key(quote)
        if key and key not in colours:
            colours[key] = f"c{len(colours) % PALETTE}"
    return colours


def speaker_css(quote: Quote, colours: Mapping[str, str]) -> str:
    """The colour class of a quote's speaker in its article (c-none when unknown)."""
    key = speaker_key(quote)
    return colours.get(key, "c-none") if key else "c-none"


def legend(quotes: Sequence[Quote], colours: Mapping[str, str]) -> list[dict[str, Any]]:
    """The article's speakers in colour order: name, actor id and colour class."""
    seen: dict[str, dict[str, Any]] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        key = speaker_key(quote)
        if key and key not in seen and quote.speaker is not None:
            seen[key] = {"name": quote.speaker.name, "actor_id": quote.speaker.actor_id,
                         "css": colours[key]}
    return list(seen.values())


# -- highlighting --------------------------------------------------------------------------------


@dataclass
class _Span:
    start: int
    end: int
    css: str


def _inner_spans(text: str, quotes: Sequence[Quote], colours: Mapping[str, str]) -> list[_Span]:
    """Cue and speaker spans, sorted, without overlaps (the first one wins)."""
    spans: list[_Span] = []
    for quote in quotes:
        if quote.cue is not None:
            spans.append(_Span(quote.cue.start, quote.cue.end, "cue"))
        s = quote.speaker
        if s is not None and s.start is not None and s.end is not None:
            spans.append(_Span(s.start, s.end, "speaker " + speaker_css(quote, colours)))
    kept: list[_Span] = []
    for span in sorted(spans, key=lambda x: (x.start, -x.end)):
        if 0 <= span.start < span.end <= len(text) and (not kept or span.start >= kept[-1].end):
            kept.append(span)
    return kept


def _pieces(text: str, start: int, end: int, spans: Sequence[_Span]) -> str:
    """``text[start:end]`` escaped, with the inner spans inside it wrapped (clipped to it)."""
    out: list[str] = []
    pos = start
    for span in spans:
        a, b = max(span.start, start), min(span.end, end)
        if a >= b:
            continue
        out.append(str(escape(text[pos:a])))
        out.append(f'<span class="{span.css}">{escape(text[a:b])}</span>')
        pos = b
    out.append(str(escape(text[pos:end])))
    return "".join(out)


def quote_attrs(n: int, quote: Quote, *, css: str, t: Translator) -> str:
    """The attributes of a quote's ``<mark>``: what the popover shows, in the page's language."""
    speaker = (quote.speaker.name if quote.speaker else None) or t("label.unknown")
    values = {
        "id": f"q{n}",
        "class": f"quote {css}",
        "tabindex": "0",
        "data-n": str(n),
        "data-speaker": speaker,
        "data-actor": (quote.speaker.actor_id if quote.speaker else None) or "",
        "data-type": t.quote_type(quote.type),
        "data-cue": quote.cue.text if quote.cue else "",
        "data-statement": t.statement(quote.cue.statement) if quote.cue else "",
        "data-evidence": quote.evidence,
    }
    return " ".join(f'{k}="{escape(v)}"' for k, v in values.items())


def highlight(text: str, quotes: Sequence[Quote], *, t: Translator | None = None,
              colours: Mapping[str, str] | None = None) -> Markup:
    """The article text as HTML, every quote in a ``<mark>``, cues and speakers in spans.

    Quotes are numbered by their position in ``quotes``; a quote overlapping an
    earlier one is left unmarked (it stays in the list under the text). colours:
    speaker key → class (default: by position in the article, article_colours).
    """
    t = t or Translator("nl")
    colours = article_colours(quotes) if colours is None else colours
    spans = _inner_spans(text, quotes, colours)
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].start, -quotes[i].end))
    out: list[str] = []
    pos = 0
    for n in order:
        quote = quotes[n]
        if quote.start < pos or not 0 <= quote.start < quote.end <= len(text):
            continue
        out.append(_pieces(text, pos, quote.start, spans))
        out.append(f"<mark {quote_attrs(n, quote, css=speaker_css(quote, colours), t=t)}>")
        out.append(_pieces(text, quote.start, quote.end, spans))
        out.append("</mark>")
        pos = quote.end
    out.append(_pieces(text, pos, len(text), spans))
    return Markup("".join(out))


def mark_matches(text: str, spans: Sequence[tuple[int, int]]) -> Markup:
    """A search hit's text with each match in ``<mark class="match">``."""
    out: list[str] = []
    pos = 0
    for a, b in sorted(spans):
        if a < pos or b > len(text):
            continue
        out.append(str(escape(text[pos:a])))
        out.append(f'<mark class="match">{escape(text[a:b])}</mark>')
        pos = b
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


# -- links -------------------------------------------------------------------------------------


def url(path: str, params: Mapping[str, Any], **changes: Any) -> str:
    """``path`` with ``params`` updated by ``changes`` (None drops a parameter)."""
    merged = {**params, **changes}
    query = urlencode({k: v for k, v in merged.items() if v not in (None, "", False)})
    return f"{path}?{query}" if query else path


def web_link(value: str | None) -> str | None:
    """An article URL fit for an href: http(s) only, so no ``javascript:`` links."""
    if value and value.strip().lower().startswith(("http://", "https://")):
        return value.strip()
    return None
