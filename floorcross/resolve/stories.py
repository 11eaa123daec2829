"""Story groups: an article and its syndicated copies and reposts count as one source.

Articles are added one at a time (in ingest order); each is compared only with the articles
sharing an LSH band key with it, and joins their group when the estimated similarity of its
word shingles reaches `THRESHOLD`. A group is named by its earliest article, so adding
articles never renames an existing group unless a new article bridges two groups (then the
later group takes the earlier one's name and the articles that moved are reported).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from floorcross.resolve import minhash

THRESHOLD = 0.5
MIN_SHINGLES = 8  # shorter texts (a headline, an empty page) are never grouped


class StoryIndex:
    def __init__(self) -> None:
        self._bands: dict[bytes, list[int]] = defaultdict(list)
        self._sigs: dict[int, np.ndarray] = {}
        self._parent: dict[int, int] = {}

    def _find(self, a: int) -> int:
        root = a
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[a] != root:  # path compression
            self._parent[a], a = root, self._parent[a]
        return root

    def group(self, article: int) -> int:
        """The story group of an article: the id of its earliest article."""
        return self._find(article)

    def add(self, article: int, text: str) -> set[int]:
        """Add an article by its cleaned text; returns the articles whose group changed
        (including the new one)."""
        sig = minhash.signature(text)
        return self.add_signature(article, sig, len(minhash.shingles(text)) >= MIN_SHINGLES)

    def add_signature(self, article: int, sig: np.ndarray, groupable: bool = True) -> set[int]:
        self._parent.setdefault(article, article)
        self._sigs[article] = sig
        if not groupable:
            return {article}
        checked: set[int] = {article}
        similar: set[int] = set()
        for key in minhash.band_keys(sig):
            bucket = self._bands[key]
            for other in bucket:
                if other in checked:
                    continue
                checked.add(other)
                if minhash.similarity(sig, self._sigs[other]) >= THRESHOLD:
                    similar.add(other)
            bucket.append(article)
        return self._union(article, similar)

    def _union(self, article: int, similar: set[int]) -> set[int]:
        roots = {self._find(o) for o in similar} | {self._find(article)}
        target = min(roots)
        moved: set[int] = {article}
        for root in roots - {target}:
            moved |= self.members(root)
            self._parent[root] = target
        return moved

    def members(self, group: int) -> set[int]:
        return {a for a in self._parent if self._find(a) == group}

    def groups(self) -> dict[int, list[int]]:
        """Every group of more than one article: group id -> its articles in order."""
        out: dict[int, list[int]] = defaultdict(list)
        for a in sorted(self._parent):
            out[self._find(a)].append(a)
        return {g: arts for g, arts in out.items() if len(arts) > 1}

    def signature_of(self, article: int) -> np.ndarray | None:
        return self._sigs.get(article)
