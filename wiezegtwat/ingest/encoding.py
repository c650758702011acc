"""Bytes to text: byte-order marks, then UTF-8 (lenient when nearly all valid), then Western single-byte guesses.

The text returned is exactly the bytes decoded: line endings and surrounding
whitespace are kept, because every downstream offset is a code-point offset
into this text. A byte-order mark is NOT part of the text: it is removed and
reported as ``bom=True``.
"""

from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from ..errors import InputError, InputWarning

# File signatures of formats people mistake for text (first bytes of the file).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "a zip archive, e.g. .docx/.odt"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip"),
    (b"\x28\xb5\x2f\xfd", "zstandard"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old MS Office document, e.g. .doc"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)

# UTF-32 first: its little-endian mark starts with the UTF-16 one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# More control characters than this share of the text means it is binary data
# decoded as if it were text (real articles have none besides tabs/newlines).
MAX_CONTROL_SHARE = 0.05
# C0/C1 controls except tab, newlines, form feed and the Unicode line separators.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")

# A file that is not valid UTF-8 is still read as UTF-8 (each bad sequence becoming
# U+FFFD, with a warning) when at least this share of its non-ASCII characters are
# valid UTF-8. Dutch text in a single-byte encoding scores close to 0: its é, ë, “
# are lone bytes >= 0x80, invalid as UTF-8, and valid pairs would need byte pairs such
# as "Ã©" that are themselves mojibake. A UTF-8 article with a few stray bytes scores
# close to 1 (30 accented letters and 6 stray bytes: 0.83). 0.8, not 0.5: a CSV glued
# together from UTF-8 and cp1252 exports scores in between and is better decoded as
# cp1252, whose mojibake ("Ã©") can be undone, while U+FFFD loses the character.
UTF8_MIN_SHARE = 0.8
_FFFD = "\ufffd".encode()
CHUNK = 1 << 20  # bytes decoded at a time when a file is scanned or streamed


@dataclass(frozen=True)
class Decoded:
    """A decoded text with how it was decoded."""

    text: str
    encoding: str
    bom: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def metadata(self) -> dict[str, object]:
        """What an Article's metadata records about the decoding (nothing for plain UTF-8)."""
        meta: dict[str, object] = {}
        if self.encoding != "utf-8":
            meta["encoding"] = self.encoding
        if self.bom:
            meta["bom"] = True
        if self.warnings:
            meta["warnings"] = list(self.warnings)
        return meta

    def notices(self, source: str) -> Iterator[InputWarning]:
        """The decoding's warnings for the run summary, naming ``source``."""
        for warning in self.warnings:
            yield InputWarning(source, warning)


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` looks like, or None when it may be text."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    if b"\x00" in data[:65536]:
        return "binary data with NUL bytes"
    return None


def decode(data: bytes, source: str) -> Decoded:
    """Decode a whole file; raise InputError when it is binary or cannot be text."""
    enc = detect(lambda: _slices(data), source)
    text = data.decode(enc.codec, enc.errors)
    return Decoded(text, enc.name, bom=enc.bom, warnings=enc.warnings)


def open_text(stream: BinaryIO, source: str, *, newline: str) -> tuple[TextIO, Decoded]:
    """``stream`` (seekable, at its start) as text, read chunk by chunk, not all at once.

    The Decoded that comes with it has an empty text: only how it is decoded.
    """
    enc = detect(lambda: _chunks(stream), source)
    stream.seek(0)
    wrapper = io.TextIOWrapper(stream, encoding=enc.codec, errors=enc.errors, newline=newline)
    return wrapper, Decoded("", enc.name, bom=enc.bom, warnings=enc.warnings)


def detect(chunks: Callable[[], Iterable[bytes]], source: str) -> Encoding:
    """How to decode the bytes that ``chunks()`` yields (called once or twice, each
    time from the start); InputError when they are binary or invalid for their BOM."""
    first = next(iter(chunks()), b"")
    kind = binary_kind(first)
    if kind is not None:
        raise InputError(source, f"binary data (looks like {kind}), not text",
                         hint="convert it to .txt, .html, .csv or .jsonl first")
    for bom, codec in BOMS:
        if first.startswith(bom):
            _scan(chunks(), codec, source, skip=len(bom))
            # The -sig / endian-free codecs read the mark and leave it out of the text.
            reader = {"utf-8": "utf-8-sig"}.get(codec, codec.rsplit("-", 1)[0])
            return Encoding(reader, codec, bom=True)
    scan = _scan_utf8(chunks(), source)
    if scan.first_bad is None:
        return Encoding("utf-8", "utf-8")
    if scan.good_share >= UTF8_MIN_SHARE:
        return Encoding("utf-8", "utf-8", errors="replace", warnings=(
            f"not valid UTF-8 ({scan.bad} invalid byte sequence{'s' if scan.bad > 1 else ''}, "
            f"the first at byte {scan.first_bad}); decoded as UTF-8 with U+FFFD in their place",))
    note = f"not valid UTF-8 (byte {scan.first_bad})"
    # Dutch texts that are not UTF-8 are nearly always Windows-1252 (a superset
    # of Latin-1 with “ ” € in 0x80-0x9f), so it goes first. Not charset_normalizer
    # (installed with trafilatura): for a short Dutch text with one stray byte it
    # guesses cp949 or cp1125 and garbles it. Latin-1 decodes every byte and
    # changes at most the stray ones.
    for codec in ("cp1252", "latin-1"):
        if _scan(chunks(), codec, source, strict=False):
            return Encoding(codec, codec, warnings=(f"{note}; decoded as {codec}",))
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


@dataclass(frozen=True)
class Encoding:
    """How a file's bytes are decoded."""

    codec: str  # the Python codec that reads the bytes, byte-order mark included
    name: str  # what the article's metadata reports
    bom: bool = False
    errors: str = "strict"
    warnings: tuple[str, ...] = ()


@dataclass
class _Utf8Scan:
    good: int = 0  # non-ASCII characters in valid UTF-8 sequences
    bad: int = 0  # invalid sequences (each became one U+FFFD)
    first_bad: int | None = None

    @property
    def good_share(self) -> float:
        return self.good / (self.good + self.bad) if self.good + self.bad else 1.0


def _scan_utf8(chunks: Iterable[bytes], source: str) -> _Utf8Scan:
    scan = _Utf8Scan()
    strict = codecs.getincrementaldecoder("utf-8")()
    lenient = codecs.getincrementaldecoder("utf-8")(errors="replace")
    offset = controls = length = 0
    # The empty last chunk flushes both decoders: a file may end inside a sequence.
    for chunk in itertools.chain(chunks, [b""]):
        final = not chunk
        if scan.first_bad is None:
            held = len(strict.getstate()[0])  # bytes of a sequence split by the chunking
            try:
                strict.decode(chunk, final=final)
            except UnicodeDecodeError as e:
                scan.first_bad = offset - held + e.start
        text = lenient.decode(chunk, final=final)
        replaced = text.count("\ufffd") - chunk.count(_FFFD)  # a U+FFFD in the file is no error
        scan.bad += max(0, replaced)
        scan.good += len(text) - len(text.encode("ascii", "ignore")) - max(0, replaced)
        controls += len(_CONTROL.findall(text))
        length += len(text)
        offset += len(chunk)
    _check_controls(controls, length, source)
    return scan


def _scan(chunks: Iterable[bytes], codec: str, source: str, *, skip: int = 0,
          strict: bool = True) -> bool:
    """Whether the bytes decode as ``codec`` (InputError if not and ``strict``)."""
    decoder = codecs.getincrementaldecoder(codec)()
    offset = controls = length = 0
    for chunk in chunks:
        base = offset + skip if offset == 0 else offset - len(decoder.getstate()[0])
        try:
            text = decoder.decode(chunk[skip:] if offset == 0 else chunk, final=False)
        except UnicodeDecodeError as e:
            if not strict:
                return False
            raise InputError(source, f"invalid {codec.upper()} at byte {base + e.start}",
                             hint="re-save the file as UTF-8") from e
        controls += len(_CONTROL.findall(text))
        length += len(text)
        offset += len(chunk)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as e:
        if not strict:
            return False
        raise InputError(source, f"invalid {codec.upper()} at byte {offset}",
                         hint="re-save the file as UTF-8") from e
    _check_controls(controls, length, source)
    return True


def _check_controls(controls: int, length: int, source: str) -> None:
    if length and controls / length > MAX_CONTROL_SHARE:
        raise InputError(source, f"binary data ({controls} control characters), not text",
                         hint="convert it to .txt, .html, .csv or .jsonl first")


def _slices(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for i in range(0, max(len(data), 1), CHUNK):
        yield bytes(view[i : i + CHUNK])


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    stream.seek(0)
    while chunk := stream.read(CHUNK):
        yield chunk
