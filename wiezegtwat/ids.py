"""Stable article identifiers: a hash of the whitespace-normalised text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, stripped.

    Two copies of one article that differ only in line endings, indentation or
    Unicode composition get the same id.
    """
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """A 16-hex-digit id derived from the normalised text (SHA-256 prefix)."""
    digest = hashlib.sha256()
    # Hash in chunks so that a very large text is not copied once more in full.
    norm = normalise_text(text)
    for i in range(0, len(norm), 1 << 20):
        digest.update(norm[i : i + (1 << 20)].encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]
