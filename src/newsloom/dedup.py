"""Near-duplicates: MinHash signatures of word 5-shingles (per article) and an LSH index (per corpus).

A syndicated or re-published copy — the same article under another outlet's header, with its own debris —
gets ``duplicate_of`` the earliest article it copies, and must not count as an independent source.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8        # estimated Jaccard similarity of the shingle sets
MIN_WORDS = 25         # shorter texts are compared by their exact hash only

_WORD = re.compile(r"\w+", re.UNICODE)
_PERMS = None


def _minhash_cls():
    from datasketch import MinHash

    return MinHash


@lru_cache(maxsize=1)
def _scheme():
    return getattr(_minhash_cls()(num_perm=1, seed=1), "scheme", "affine32")


def signature(text: str) -> bytes | None:
    """The MinHash signature of ``text`` (bytes), or None when the text is too short to compare."""
    global _PERMS
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    MinHash = _minhash_cls()
    if _PERMS is None:
        _PERMS = MinHash(num_perm=NUM_PERM, seed=1).permutations
    m = MinHash(num_perm=NUM_PERM, seed=1, permutations=_PERMS, scheme=_scheme())
    m.update_batch([" ".join(words[i:i + SHINGLE]).encode("utf-8", "surrogatepass")
                    for i in range(len(words) - SHINGLE + 1)])
    return m.hashvalues.astype(np.uint64).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    va, vb = np.frombuffer(a, dtype=np.uint64), np.frombuffer(b, dtype=np.uint64)
    return float(np.mean(va == vb))


def near_duplicates(rows) -> dict[str, str]:
    """``rows``: (article id, signature bytes) in corpus order. Returns {copy: original} for near-duplicates.

    Each article is compared, through the LSH index, with the articles before it; a copy points to the
    earliest original it matches (never to another copy).
    """
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    order: dict[str, int] = {}
    sigs: dict[str, bytes] = {}
    out: dict[str, str] = {}
    for i, (aid, sig) in enumerate(rows):
        if not sig:
            continue
        m = MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(sig, dtype=np.uint64), scheme=_scheme())
        best = None
        for cand in lsh.query(m):
            if cand in out:
                continue
            if similarity(sig, sigs[cand]) >= THRESHOLD and (best is None or order[cand] < order[best]):
                best = cand
        if best is not None:
            out[aid] = best
        order[aid] = i
        sigs[aid] = sig
        lsh.insert(aid, m)
    return out
