"""Near-duplicate detection (MinHash LSH over word shingles) for ``sitrep ingest``.

Exact duplicates share an article id (the hash of the normalised text) and are skipped by the
store. Near duplicates — the same wire story with a different byline or a corrected figure —
get different ids; :class:`NearDuplicates` finds them by the estimated Jaccard similarity of
their 5-word shingles (threshold ``ingest.near_duplicate_threshold``).

Example:
    >>> index = NearDuplicates(threshold=0.9)
    >>> index.add("a1", signature(text_a))
    >>> index.find(signature(text_b))   # ("a1", 0.94) when b nearly repeats a
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

#: Permutations per signature: 128 keeps the Jaccard estimate within about ±0.09 (1/sqrt(128)).
NUM_PERM = 128
#: datasketch's hashing scheme, fixed so stored signatures stay comparable across versions.
SCHEME = "affine32"
#: Words per shingle.
SHINGLE = 5

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, *, size: int = SHINGLE) -> set[bytes]:
    """The set of lower-cased ``size``-word shingles of ``text`` (the text itself if shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i : i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    """The MinHash signature of ``text``'s shingles."""
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    """A compact form of a signature for the store."""
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """The signature stored by :func:`to_bytes`."""
    values = np.frombuffer(data, dtype=np.uint32).copy()
    return MinHash(num_perm=len(values), hashvalues=values, scheme=SCHEME)


class NearDuplicates:
    """An index of signatures answering "is this a near duplicate of something seen?".

    Args:
        threshold: the Jaccard similarity from which two texts count as near duplicates.
    """

    def __init__(self, *, threshold: float) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, key: str, sig: MinHash) -> None:
        """Index ``sig`` under ``key`` (a key already present is left as is)."""
        if key in self._sigs:
            return
        self._sigs[key] = sig
        self._lsh.insert(key, sig)

    def remove(self, key: str) -> None:
        """Forget ``key`` (e.g. an article that could not be coded, so it was never stored)."""
        if self._sigs.pop(key, None) is not None:
            self._lsh.remove(key)

    def find(self, sig: MinHash) -> tuple[str, float] | None:
        """The most similar indexed key at or above the threshold, with its estimated Jaccard."""
        best: tuple[str, float] | None = None
        for key in self._lsh.query(sig):
            score = float(sig.jaccard(self._sigs[key]))
            if score >= self.threshold and (best is None or score > best[1]):
                best = (key, score)
        return best
