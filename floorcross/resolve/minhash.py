"""MinHash signatures over word shingles, and LSH banding to find near-duplicate texts.

A syndicated copy or repost shares most of its word 4-grams with the original even when the
outlet's boilerplate, headline or a few words differ; unrelated articles share almost none.
The estimated Jaccard similarity of two signatures (the share of equal positions) stands in
for the similarity of the shingle sets. Hashes are computed with hashlib and fixed
permutation seeds, so signatures are the same in every process and can be stored.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 126
BANDS = 42  # rows per band = 3: pairs above ~0.3 similarity almost always share a band
SHINGLE = 4
_MERSENNE = np.uint64((1 << 61) - 1)
_WORD = re.compile(r"\w+")

_rng = np.random.default_rng(20240615)
_A = _rng.integers(1, 1 << 32, size=NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 1 << 32, size=NUM_PERM, dtype=np.uint64)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word `size`-grams; a text shorter than that is one shingle."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash32(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8", "surrogatepass"),
                                          digest_size=4).digest(), "little")


def signature(text: str) -> np.ndarray:
    """MinHash signature (NUM_PERM unsigned ints) of a text's shingles; all-max when empty."""
    hashes = np.fromiter((_hash32(s) for s in shingles(text)), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(NUM_PERM, _MERSENNE, dtype=np.uint64)
    # a, b, h < 2^32, so a*h + b < 2^64: no overflow before the modulo.
    permuted = (np.outer(hashes, _A) + _B) % _MERSENNE
    return permuted.min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray) -> list[bytes]:
    """One key per band; texts sharing any key are candidate near-duplicates."""
    rows = len(sig) // BANDS
    return [bytes([i]) + sig[i * rows : (i + 1) * rows].tobytes() for i in range(BANDS)]


def to_hex(sig: np.ndarray) -> str:
    """A signature as text, for storing."""
    return sig.astype("<u8").tobytes().hex()


def from_hex(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype="<u8").astype(np.uint64)
