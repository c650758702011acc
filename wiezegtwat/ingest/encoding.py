"""Bytes to text: UTF-8 first, then byte-order marks, then Western single-byte guesses.

The text returned is exactly the bytes decoded: line endings and surrounding
whitespace are kept, because every downstream offset is a code-point offset
into this text. A byte-order mark is NOT part of the text: it is removed and
reported as ``bom=True``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..errors import InputError

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
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(source, f"binary data (looks like {kind}), not text",
                         hint="convert it to .txt, .html, .csv or .jsonl first")
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(source, f"invalid {codec.upper()} at byte {e.start + len(bom)}",
                                 hint="re-save the file as UTF-8") from e
            return _checked(Decoded(text, codec, bom=True), source)
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"), source)
    except UnicodeDecodeError as e:
        first_bad = e.start
    return _checked(_guess(data, first_bad), source)


def _guess(data: bytes, first_bad: int) -> Decoded:
    note = f"not valid UTF-8 (byte {first_bad})"
    try:
        # Dutch texts that are not UTF-8 are nearly always Windows-1252 (a
        # superset of Latin-1 with “ ” € in 0x80-0x9f), so it goes first.
        text = data.decode("cp1252")
        return Decoded(text, "cp1252", warnings=(f"{note}; decoded as cp1252",))
    except UnicodeDecodeError:
        pass
    # Not charset_normalizer (installed with trafilatura): for a short Dutch
    # text with one stray byte it guesses cp949 or cp1125 and garbles it.
    # Latin-1 decodes every byte and changes at most the stray ones.
    return Decoded(data.decode("latin-1"), "latin-1", warnings=(f"{note}; decoded as latin-1",))


def _checked(decoded: Decoded, source: str) -> Decoded:
    text = decoded.text
    if text:
        controls = len(_CONTROL.findall(text))
        if controls / len(text) > MAX_CONTROL_SHARE:
            raise InputError(source, f"binary data ({controls} control characters), not text",
                             hint="convert it to .txt, .html, .csv or .jsonl first")
    return decoded

