"""Near-duplicate articles (wire copies) with MinHash + LSH over word 5-shingles.

Signatures are kept in the ``minhashes`` table, so each run only hashes the
articles added since the previous one; the LSH index is rebuilt in memory from
the stored signatures (128 uint32 per article, 512 bytes).
"""

from __future__ import annotations

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


def _from_blob(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32)
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)


def assign_dup_groups(store: Store) -> int:
    """Put articles not yet hashed into near-duplicate groups; return how many are copies.

    ``articles.dup_group`` becomes the id of the group's first article (in the
    order of ingestion); an article without copies is its own group.
    """
    todo = [
        (str(i), int(r))
        for i, r in store.conn.execute(
            "SELECT a.id, a.rowid FROM articles a WHERE NOT EXISTS (SELECT 1 FROM minhashes m "
            "WHERE m.article_id = a.id AND m.scheme = ? AND m.num_perm = ?) ORDER BY a.rowid",
            (SCHEME, NUM_PERM),
        )
    ]
    if not todo:  # every run calls this; skip loading the signatures when all are grouped
        return 0
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM, weights=LSH_WEIGHTS)
    known: dict[str, MinHash] = {}
    order: dict[str, int] = {}
    groups: dict[str, str] = {}
    stored = store.conn.execute(
        "SELECT m.article_id, m.signature, a.rowid, coalesce(a.dup_group, a.id) FROM minhashes m "
        "JOIN articles a ON a.id = m.article_id WHERE m.scheme = ? AND m.num_perm = ?",
        (SCHEME, NUM_PERM),
    ).fetchall()
    for article_id, blob, rowid, group in stored:
        signature = _from_blob(blob)
        lsh.insert(article_id, signature)
        known[article_id] = signature
        order[article_id] = rowid
        groups[article_id] = group
    copies = 0
    for i in range(0, len(todo), BATCH):
        batch = todo[i : i + BATCH]
        try:
            with store.write() as conn:
                for article_id, rowid in batch:
                    copies += _assign(conn, lsh, known, order, groups, article_id, rowid)
        except sqlite3.Error as e:
            raise StoreError(f"cannot store near-duplicate groups in {store.path}: {e}") from e
    return copies


def _assign(
    conn: sqlite3.Connection,
    lsh: MinHashLSH,
    known: dict[str, MinHash],
    order: dict[str, int],
    groups: dict[str, str],
    article_id: str,
    rowid: int,
) -> int:
    """Hash one article, join the group of its earliest near-copy; 1 if it is a copy."""
    (text,) = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    signature = minhash(text)
    # LSH candidates are probable matches only; the Jaccard estimate confirms them.
    matches = [c for c in lsh.query(signature) if signature.jaccard(known[c]) >= THRESHOLD]
    group = groups[min(matches, key=order.__getitem__)] if matches else article_id
    conn.execute("UPDATE articles SET dup_group = ? WHERE id = ?", (group, article_id))
    conn.execute(
        "INSERT OR REPLACE INTO minhashes(article_id, scheme, num_perm, signature) "
        "VALUES (?, ?, ?, ?)",
        (article_id, SCHEME, NUM_PERM, signature.hashvalues.astype(np.uint32).tobytes()),
    )
    lsh.insert(article_id, signature)
    known[article_id] = signature
    order[article_id] = rowid
    groups[article_id] = group
    return 0 if group == article_id else 1
