"""Drop near-duplicate sentences (wire copies of one story) across documents.

Two sentences are near-duplicates when the Jaccard similarity of their normalised word
3-shingles is at least 0.8. An inverted index over shingles keeps this linear in practice:
a new sentence is compared only with sentences that share a shingle with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Lower-case words with accents folded, punctuation and quotes dropped."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return _WORD.findall("".join(c for c in folded if not unicodedata.combining(c)))


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Word `size`-grams of the normalised text (the words themselves for short texts)."""
    words = normalise_words(text)
    if len(words) < size:
        return frozenset(words)
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


class NearDuplicates:
    """Remembers sentences seen so far; `is_new` says whether a sentence adds anything."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._sets: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = {}

    def is_new(self, text: str) -> bool:
        """True (and remembered) if no earlier sentence is a near-duplicate of `text`."""
        mine = shingles(text)
        if not mine:
            return True
        overlap: Counter[int] = Counter()
        for s in mine:
            for i in self._postings.get(s, ()):
                overlap[i] += 1
        size = len(mine)
        for i, shared in overlap.items():
            union = size + len(self._sets[i]) - shared
            if union and shared / union >= self.threshold:
                return False
        index = len(self._sets)
        self._sets.append(mine)
        for s in mine:
            self._postings.setdefault(s, []).append(index)
        return True
