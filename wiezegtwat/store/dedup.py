"""Near-duplicate articles (wire copies) with MinHash + LSH over word 5-shingles.

Signatures are kept in the ``minhashes`` table, so each run only hashes the
articles added since the previous one; the LSH index is rebuilt from the stored
signatures (128 uint32 per article, 512 bytes) in a temporary table, so memory
does not grow with the corpus.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3

import numpy as np
from datasketch import MinHash, MinHashLSH

from wiezegtwat.errors import StoreError

from .db import Store

SHINGLE = 5  # words per shingle: short enough to survive small edits by a news desk
NUM_PERM = 128  # the datasketch default; error of the Jaccard estimate ~ 1/sqrt(128) ≈ 0.09
# Jaccard similarity above which two articles count as copies. 0.7: a wire story that an
# outlet gave its own first sentence and a few edits scores ~0.8 in 5-word shingles, and
# the estimate is only good to ±0.09, so 0.8 missed such copies half of the time.
THRESHOLD = 0.7
SCHEME = "affine32"  # pinned so stored signatures stay comparable across datasketch updates
SEED = 1
# Weigh missed copies 9x more than false candidates when datasketch picks its bands:
# candidates are confirmed by their Jaccard estimate anyway. With the default (0.5, 0.5)
# a pair at Jaccard 0.87 is found only 80% of the time; with these, 99%.
LSH_WEIGHTS = (0.1, 0.9)
BATCH = 200  # articles per write transaction: bounded memory, few commits
# The bands and rows per band that datasketch picks for these settings (20 x 6).
_LSH = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
_BANDS, _ROWS = _LSH.b, _LSH.r

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """The word 5-shingles of a text (lower-cased), or the whole text when it is shorter."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {
        " ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)
    }


def minhash(text: str) -> MinHash:
    """The MinHash signature of a text's shingles."""
    signature = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    signature.update_batch(sorted(shingles(text)))
    return signature


def assign_dup_groups(store: Store) -> int:
    """Put articles not yet hashed into near-duplicate groups; return how many are copies.

    ``articles.dup_group`` becomes the id of the group's first article (in the
    order of ingestion); an article without copies is its own group.

    The LSH index lives in a temporary SQLite table, not in memory: datasketch's
    MinHashLSH with the signatures beside it took ~8.7 KB per stored article
    (9 GB for a million). Bands are compared as bytes, so the candidates are
    exactly those MinHashLSH(THRESHOLD, NUM_PERM, LSH_WEIGHTS) finds.
    """
    conn = store.conn
    if _next_todo(conn, 0) is None:  # every run calls this; skip the index when all are grouped
        return 0
    try:
        _build_bands(conn)
        copies, after = 0, 0
        while True:
            with store.write():
                for _ in range(BATCH):
                    item = _next_todo(conn, after)
                    if item is None:
                        return copies
                    article_id, after = item
                    copies += _assign(conn, article_id, after)
    except sqlite3.Error as e:
        raise StoreError(f"cannot store near-duplicate groups in {store.path}: {e}") from e
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("DROP TABLE IF EXISTS temp.dup_bands")


def _next_todo(conn: sqlite3.Connection, after: int) -> tuple[str, int] | None:
    """The first article after rowid ``after`` without a signature: (id, rowid)."""
    row = conn.execute(
        "SELECT a.id, a.rowid FROM articles a WHERE a.rowid > ? AND NOT EXISTS (SELECT 1 "
        "FROM minhashes m WHERE m.article_id = a.id AND m.scheme = ? AND m.num_perm = ?) "
        "ORDER BY a.rowid LIMIT 1",
        (after, SCHEME, NUM_PERM),
    ).fetchone()
    return (str(row[0]), int(row[1])) if row is not None else None


def _bands(signature: np.ndarray) -> list[tuple[int, bytes]]:
    """(band number, band bytes) of a uint32 signature, as MinHashLSH cuts it."""
    return [(i, signature[i * _ROWS : (i + 1) * _ROWS].tobytes()) for i in range(_BANDS)]


def _build_bands(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.dup_bands")
    conn.execute("CREATE TEMP TABLE dup_bands(band INTEGER, key BLOB, article_rowid INTEGER)")
    stored = conn.execute(
        "SELECT a.rowid, m.signature FROM minhashes m JOIN articles a ON a.id = m.article_id "
        "WHERE m.scheme = ? AND m.num_perm = ?",
        (SCHEME, NUM_PERM),
    )
    while rows := stored.fetchmany(1000):
        conn.executemany(
            "INSERT INTO temp.dup_bands VALUES (?, ?, ?)",
            [(band, key, rowid) for rowid, blob in rows
             for band, key in _bands(np.frombuffer(blob, dtype=np.uint32))],
        )
    conn.execute("CREATE INDEX temp.dup_bands_key ON dup_bands(band, key)")


def _assign(conn: sqlite3.Connection, article_id: str, rowid: int) -> int:
    """Hash one article, join the group of its earliest near-copy; 1 if it is a copy."""
    (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    signature = minhash(text).hashvalues.astype(np.uint32)
    bands = _bands(signature)
    candidates = {r for band, key in bands for (r,) in conn.execute(
        "SELECT article_rowid FROM temp.dup_bands WHERE band = ? AND key = ?", (band, key))}
    group = article_id
    # LSH candidates are probable matches only; the Jaccard estimate confirms them,
    # and the earliest confirmed one gives the group.
    for candidate in sorted(candidates):
        other, known = conn.execute(
            "SELECT coalesce(a.dup_group, a.id), m.signature FROM articles a "
            "JOIN minhashes m ON m.article_id = a.id WHERE a.rowid = ?", (candidate,)).fetchone()
        jaccard = np.count_nonzero(np.frombuffer(known, dtype=np.uint32) == signature) / NUM_PERM
        if jaccard >= THRESHOLD:
            group = other
            break
    conn.execute("UPDATE articles SET dup_group = ? WHERE id = ?", (group, article_id))
    conn.execute(
        "INSERT OR REPLACE INTO minhashes(article_id, scheme, num_perm, signature) "
        "VALUES (?, ?, ?, ?)",
        (article_id, SCHEME, NUM_PERM, signature.tobytes()),
    )
    conn.executemany("INSERT INTO temp.dup_bands VALUES (?, ?, ?)",
                     [(band, key, rowid) for band, key in bands])
    return 0 if group == article_id else 1
