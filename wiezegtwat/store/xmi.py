"""The annotation round trip with INCEpTION: articles out as UIMA CAS XMI, corrections back in.

``export_xmi`` writes one ``<article-id>.xmi`` per article and ``TypeSystem.xml``
(a folder or a zip: what INCEpTION imports as "UIMA CAS XMI (XML 1.0)");
``import_xmi`` reads the corrected files, compares each with the stored article and
records the differences as quote corrections (``store/quote_corrections.py``),
one transaction per file.

The layers follow what INCEpTION recognises in a type system (its
``TypeSystemAnalysis``): span layers are direct subtypes of ``uima.tcas.Annotation``
with primitive features; a relation layer needs ``Governor`` and ``Dependent`` of
the *same* span type, so a speaker → quote relation between two layers cannot be
one. The attribution is therefore a *link feature* (INCEpTION's "slot") ``speaker``
on ``wzw.Quote``, whose links (``wzw.QuoteSpeakerLink``, role + target) point at a
``wzw.Speaker`` span: in INCEpTION, select the quote and click the speaker.
Needs the ``xmi`` extra (dkpro-cassis).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wiezegtwat.errors import InputError, StoreError, require
from wiezegtwat.records import Article, Quote

from .quote_corrections import QuoteCorrection

if TYPE_CHECKING:
    from cassis import Cas, TypeSystem

    from .db import Store

QUOTE = "wzw.Quote"
CUE = "wzw.Cue"
SPEAKER = "wzw.Speaker"
SPEAKER_LINK = "wzw.QuoteSpeakerLink"
SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
TYPESYSTEM_FILE = "TypeSystem.xml"
# The role INCEpTION shows on the link from a quote to its speaker.
SPEAKER_ROLE = "speaker"

# Words and punctuation, as the word backend cuts them: INCEpTION shows text by token.
_TOKEN = re.compile(r"\w+|[^\w\s]")
# A sentence ends after . ! ? … (and closing quotes or brackets) before white space, or at a
# line break. Only for display in INCEpTION: every wzw layer is anchored on characters.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|\n+")


def cassis() -> Any:
    """The cassis module, or MissingExtraError naming the ``xmi`` extra."""
    return require("cassis", extra="xmi", feature="wzw xmi")


def build_typesystem() -> TypeSystem:
    """Our type system: quotes, cues, speakers and their link, sentences, tokens, metadata."""
    ts = cassis().TypeSystem()
    _span_type(ts, SENTENCE, {"id": "String"}, "A sentence (for display).")
    _span_type(ts, TOKEN, {}, "A token (for display).")
    meta = ts.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
    for name in ("documentTitle", "documentId", "documentUri", "documentBaseUri", "collectionId"):
        ts.create_feature(meta, name, "uima.cas.String")
    ts.create_feature(meta, "isLastSegment", "uima.cas.Boolean")
    _span_type(ts, SPEAKER, {"name": "String", "actorId": "String", "kind": "String"},
               "The mention of a quote's speaker; name: the resolved name.")
    link = ts.create_type(SPEAKER_LINK, supertypeName="uima.cas.TOP")
    ts.create_feature(link, "role", "uima.cas.String")
    ts.create_feature(link, "target", SPEAKER)
    quote = _span_type(ts, QUOTE, {"qtype": "String", "statement": "String",
                                   "speakerName": "String", "confidence": "Double",
                                   "quoteId": "String"},
                       "A quote; qtype: direct, indirect or mixed; speaker: link to its speaker.")
    ts.create_feature(quote, "speaker", "uima.cas.FSArray", elementType=SPEAKER_LINK,
                      multipleReferencesAllowed=True)
    _span_type(ts, CUE, {"lemma": "String", "statement": "String", "quoteId": "String"},
               "The cue of a quote (a reporting verb, 'volgens', a colon).")
    return ts


def _span_type(ts: TypeSystem, name: str, features: dict[str, str], description: str) -> Any:
    span = ts.create_type(name, supertypeName="uima.tcas.Annotation", description=description)
    for feature, kind in features.items():
        ts.create_feature(span, feature, f"uima.cas.{kind}")
    return span


def quote_key(quote: Quote) -> str:
    """The id a quote carries in the XMI: its span, which is also how corrections find it."""
    return f"{quote.start}-{quote.end}"


# -- export ----------------------------------------------------------------------


def article_to_cas(store: Store, article_id: str, ts: TypeSystem | None = None) -> Cas:
    """One stored article as a CAS: its text, sentences, tokens, quotes, cues and speakers."""
    article = store.get_article(article_id)
    if article is None:
        raise StoreError(f"no article {article_id} in {store.path}; list them with `wzw search`")
    ts = ts or build_typesystem()
    cas = cassis().Cas(typesystem=ts)
    cas.sofa_string = article.text
    cas.add(ts.get_type(METADATA)(begin=0, end=len(article.text), documentId=article.id,
                                  documentTitle=article.title or article.id,
                                  language=article.lang or "x-unspecified"))
    _add_segments(cas, ts, article.text)
    speakers: dict[tuple[tuple[int, int], str, str | None], Any] = {}
    for quote in article.quotes:
        _add_quote(cas, ts, article, quote, speakers)
    return cas


def _add_segments(cas: Cas, ts: TypeSystem, text: str) -> None:
    sentence, token = ts.get_type(SENTENCE), ts.get_type(TOKEN)
    for start, end in sentence_spans(text):
        cas.add(sentence(begin=start, end=end))
    for m in _TOKEN.finditer(text):
        cas.add(token(begin=m.start(), end=m.end()))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (white space trimmed) covering every non-blank part of ``text``."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    trimmed = []
    for s, e in spans:
        piece = text[s:e]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trimmed.append((s + lead, s + len(piece.rstrip())))
    return trimmed


def _add_quote(cas: Cas, ts: TypeSystem, article: Article, quote: Quote,
               speakers: dict[tuple[tuple[int, int], str, str | None], Any]) -> None:
    key = quote_key(quote)
    speaker = quote.speaker
    fs = ts.get_type(QUOTE)(begin=quote.start, end=quote.end, qtype=quote.type, quoteId=key,
                            statement=quote.cue.statement if quote.cue else None,
                            speakerName=speaker.name if speaker else None)
    # A speaker without a name exports no Speaker span: its text would read back as a name.
    if speaker and speaker.name and speaker.start is not None and speaker.end is not None:
        span = (speaker.start, speaker.end)
        # One mention may speak several quotes: one Speaker span per mention and name.
        mention = (span, speaker.name, speaker.actor_id)
        if mention not in speakers:
            speakers[mention] = ts.get_type(SPEAKER)(
                begin=span[0], end=span[1], name=speaker.name, actorId=speaker.actor_id,
                kind=_mention_kind(article, span))
            cas.add(speakers[mention])
        link = ts.get_type(SPEAKER_LINK)(role=SPEAKER_ROLE, target=speakers[mention])
        fs.speaker = ts.get_type("uima.cas.FSArray")(elements=[link])
    cas.add(fs)
    if quote.cue is not None:
        cas.add(ts.get_type(CUE)(begin=quote.cue.start, end=quote.cue.end, lemma=quote.cue.lemma,
                                 statement=quote.cue.statement, quoteId=key))


def _mention_kind(article: Article, span: tuple[int, int]) -> str | None:
    """The kind of the stored mention at the speaker span (name, pronoun, …), if any."""
    for m in article.mentions:
        if m.start < span[1] and m.end > span[0]:
            return m.kind
    return None


def export_xmi(store: Store, article_ids: Sequence[str], out: str | Path) -> int:
    """Write each article as ``<id>.xmi`` plus ``TypeSystem.xml`` into a folder, or into a
    zip when ``out`` ends in ``.zip``; return how many articles were written."""
    ts = build_typesystem()
    files = {f"{a}.xmi": article_to_cas(store, a, ts).to_xmi() for a in article_ids}
    files[TYPESYSTEM_FILE] = ts.to_xml()
    out = Path(out)
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, xml in files.items():
                zf.writestr(name, xml)
    else:
        out.mkdir(parents=True, exist_ok=True)
        for name, xml in files.items():
            (out / name).write_text(xml, encoding="utf-8")
    return len(article_ids)


# -- import ----------------------------------------------------------------------


@dataclass
class FileResult:
    """What importing one XMI file did: the corrections recorded, or why it failed."""

    name: str
    article_id: str | None = None
    corrections: list[QuoteCorrection] = field(default_factory=list)
    error: str | None = None


@dataclass
class XmiFile:
    """One XMI document as read from a folder or zip, with the type system beside it."""

    name: str
    xmi: bytes
    typesystem: bytes | None


def read_xmi_files(path: str | Path) -> Iterator[XmiFile]:
    """The ``.xmi`` files of a folder (recursively), a zip or one file, in name order.

    Each comes with the ``TypeSystem.xml`` of its folder (INCEpTION puts one next to
    every exported document), or None.
    """
    path = Path(path)
    if path.is_dir():
        for f in sorted(path.rglob("*.xmi")):
            yield XmiFile(str(f), f.read_bytes(), _typesystem_beside(f))
    elif path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            names = sorted(n for n in zf.namelist() if n.lower().endswith(".xmi"))
            systems = {str(Path(n).parent): n for n in zf.namelist()
                       if Path(n).name.lower() == TYPESYSTEM_FILE.lower()}
            for n in names:
                ts = systems.get(str(Path(n).parent))
                yield XmiFile(f"{path}:{n}", zf.read(n), zf.read(ts) if ts else None)
    elif path.is_file() and path.suffix.lower() == ".xmi":
        yield XmiFile(str(path), path.read_bytes(), _typesystem_beside(path))
    else:
        raise InputError(str(path), "not an .xmi file, a folder of them or a .zip",
                         hint="pass what `wzw xmi export` or INCEpTION's export wrote")


def _typesystem_beside(f: Path) -> bytes | None:
    for sibling in f.parent.iterdir():
        if sibling.name.lower() == TYPESYSTEM_FILE.lower():
            return sibling.read_bytes()
    return None


def load_cas(file: XmiFile) -> Cas:
    """Parse one XMI document; InputError naming the file when it is not ours or not XMI."""
    c = cassis()
    try:
        ts = c.load_typesystem(io.BytesIO(file.typesystem)) if file.typesystem else None
    except Exception as e:  # cassis raises lxml, value and type errors alike
        raise InputError(file.name, f"its {TYPESYSTEM_FILE} is not a UIMA type system ({e})") from e
    if ts is not None and not ts.contains_type(QUOTE):
        raise InputError(file.name, f"wrong type system: {TYPESYSTEM_FILE} has no {QUOTE} layer",
                         hint="export with `wzw xmi export` and import its TypeSystem.xml "
                              "into the INCEpTION project")
    # Without a type system beside it, the file must at least speak of our layers: else a
    # foreign XMI would read as "every quote deleted".
    if ts is None and b"http:///wzw.ecore" not in file.xmi:
        raise InputError(file.name, "wrong type system: no wzw annotations in it",
                         hint=f"put the {TYPESYSTEM_FILE} of the export next to it")
    try:
        return c.load_cas_from_xmi(io.BytesIO(file.xmi), typesystem=ts or build_typesystem())
    except Exception as e:
        raise InputError(file.name, f"not UIMA CAS XMI of the wzw type system ({e})",
                         hint="export it from INCEpTION as 'UIMA CAS XMI (XML 1.0)'") from e


def find_article(cas: Cas, store: Store, name: str) -> Article:
    """The stored article a CAS belongs to (by DocumentMetaData id, else the file name); its
    text must be the stored text exactly."""
    metas = list(cas.select(METADATA)) if cas.typesystem.contains_type(METADATA) else []
    meta = metas[0] if metas else None
    # INCEpTION may rewrite the metadata; its exports name a file after the document
    # ("<id>.xmi") or put it in a folder of that name ("annotation/<id>.xmi/<user>.xmi").
    where = Path(name.rsplit(":", 1)[-1])
    candidates = [getattr(meta, "documentId", None), _strip_xmi(where.name),
                  _strip_xmi(where.parent.name), getattr(meta, "documentTitle", None)]
    article = next((store.get_article(c) for c in candidates if c and store.has_article(c)), None)
    if article is None:
        ids = ", ".join(dict.fromkeys(str(c) for c in candidates if c))
        raise InputError(name, f"no stored article with id {ids} in {store.path}",
                         hint="import into the database the file was exported from")
    text = cas.sofa_string or ""
    if text != article.text:
        at = next((i for i, (a, b) in enumerate(zip(text, article.text, strict=False)) if a != b),
                  min(len(text), len(article.text)))
        raise InputError(name, f"its text differs from stored article {article.id} at character "
                               f"{at}", hint="corrections need the exported text unchanged")
    return article


def _strip_xmi(name: str) -> str:
    while name.lower().endswith(".xmi"):
        name = name[:-4]
    return name


SpeakerValue = tuple[str | None, int | None, int | None]


def cas_to_corrections(cas: Cas, store: Store, *, name: str = "",
                       by: str | None = None) -> tuple[str, list[QuoteCorrection]]:
    """Compare a (corrected) CAS with its stored article; return the article id and the
    changes as quote corrections, in the order they apply: deletions, then span, type and
    speaker changes of the quotes kept, then added quotes."""
    article = find_article(cas, store, name)
    stored = {quote_key(q): q for q in article.quotes}
    kept: list[tuple[Quote, Any]] = []
    added: list[Any] = []
    for fs in sorted(cas.select(QUOTE), key=lambda f: (f.begin, f.end)):
        _check_qtype(fs, name)
        quote = stored.pop(fs.quoteId, None) if fs.quoteId else None
        if quote is None:
            added.append(fs)  # drawn in the annotation tool, or a copy of a kept one
        else:
            kept.append((quote, fs))
    new = _Changes(article.id, by=by, source=name)
    for quote in stored.values():  # nothing in the CAS carries their id any more
        new.add("delete", quote.start, quote.end)
    for quote, fs in kept:
        new.compare(quote, fs)
    for fs in added:
        speaker, s_start, s_end = cas_speaker(fs, None)
        new.add("add", fs.begin, fs.end, type=fs.qtype, speaker=speaker, speaker_start=s_start,
                speaker_end=s_end)
    return article.id, new.corrections


def _check_qtype(fs: Any, name: str) -> None:
    if fs.qtype not in ("direct", "indirect", "mixed"):
        raise InputError(name, f"the quote at {fs.begin}-{fs.end} ({fs.get_covered_text()[:40]!r}) "
                               f"has qtype {fs.qtype!r}", hint="set it to direct, indirect or mixed")


@dataclass
class _Changes:
    article_id: str
    by: str | None
    source: str
    corrections: list[QuoteCorrection] = field(default_factory=list)

    def add(self, op: str, start: int, end: int, **args: Any) -> None:
        self.corrections.append(QuoteCorrection(self.article_id, op, start, end, args,
                                                by=self.by, source=self.source))

    def compare(self, quote: Quote, fs: Any) -> None:
        """Span, type and speaker changes of one kept quote (each keyed by its new span)."""
        start, end = quote.start, quote.end
        if (fs.begin, fs.end) != (start, end):
            self.add("span", start, end, new_start=fs.begin, new_end=fs.end)
            start, end = fs.begin, fs.end
        if fs.qtype != quote.type:
            self.add("type", start, end, type=fs.qtype)
        before = _stored_speaker(quote)
        after = cas_speaker(fs, before[0])
        if after != before:
            self.add("speaker", start, end, speaker=after[0], speaker_start=after[1],
                     speaker_end=after[2])


def _stored_speaker(quote: Quote) -> SpeakerValue:
    s = quote.speaker
    if s is None or not s.name or not s.name.strip():
        return None, None, None
    return s.name.strip(), s.start, s.end


def cas_speaker(fs: Any, stored_name: str | None) -> SpeakerValue:
    """A CAS quote's speaker: (name, start, end) of the mention.

    The span is the linked Speaker's. The name is ``speakerName`` when the annotator
    changed it; else the linked Speaker's ``name`` (or its text, for a Speaker drawn in
    INCEpTION); else ``speakerName`` as it stands. No link and no name: no speaker.
    """
    links = [link for link in (fs.speaker.elements if fs.speaker is not None else [])
             if link is not None and link.target is not None]
    target = links[0].target if links else None
    typed = (fs.speakerName or "").strip() or None
    span = (target.begin, target.end) if target is not None else (None, None)
    if typed and typed != (stored_name or "").strip():
        name = typed
    elif target is not None:
        name = (target.name or "").strip() or target.get_covered_text().strip() or None
    else:
        name = typed
    if name is None:
        return None, None, None
    return name, span[0], span[1]


def import_xmi(store: Store, path: str | Path, *, by: str | None = None) -> list[FileResult]:
    """Record the corrections of every XMI file under ``path``, one transaction per file.

    A file that fails (not XMI, wrong type system, unknown article, changed text) is
    reported in its FileResult and changes nothing; the others are still imported.
    """
    from wiezegtwat.errors import WzwError

    results = []
    for file in read_xmi_files(path):
        result = FileResult(file.name)
        try:
            result.article_id, result.corrections = cas_to_corrections(
                load_cas(file), store, name=file.name, by=by)
            store.record_quote_corrections(result.corrections)
        except WzwError as e:
            result.error = str(e)
        results.append(result)
    return results
