"""Drop near-duplicate sentences (wire copies of one story) across documents.

Two sentences are near-duplicates when the Jaccard similarity of their normalised word
3-shingles is at least 0.8. Prefix filtering keeps this fast: with the shingles of every
sentence in one fixed order, two sets with Jaccard >= t must share one of their first
|x| - ceil(t * |x|) + 1 shingles, so only those prefixes are indexed and probed, and the few
candidates found are checked in full.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

from briefer.briefing.accents import without_accents

THRESHOLD = 0.8
_WORD = re.compile(r"\w+")


def normalise_words(text: str) -> list[str]:
    """Lower-case words with accents folded, punctuation and quotes dropped."""
    return _WORD.findall(without_accents(text.casefold()))


def shingles(text: str, size: int = 3) -> frozenset[str]:
    """Word `size`-grams of the normalised text (the words themselves for short texts)."""
    words = normalise_words(text)
    if len(words) < size:
        return frozenset(words)
    if size == 3:  # (the common case: three words joined directly, no slice per shingle)
        return frozenset(
            [f"{a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
        )
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    shared = len(a & b)  # (the union's size from the intersection's: no union set built)
    return shared / (len(a) + len(b) - shared)


def _ranks(frequency: Counter[str]) -> dict[str, int]:
    """Each shingle's place in one fixed order, rarest first, ties by first appearance.

    Prefix filtering finds every pair above the threshold under any order the sets all share
    (so which sentences are dropped does not depend on it); rarest first keeps the prefixes'
    postings short. Ties go by the order `prepare` met the shingles in, not by their text: no
    sort of every shingle (a long document has hundreds of thousands, most of them seen once).
    """
    size = len(frequency)
    return {shingle: count * size + i for i, (shingle, count) in enumerate(frequency.items())}


class NearDuplicates:
    """Remembers sentences seen so far; `is_new` says whether a sentence adds anything.

    `prepare(texts)` (optional) ranks shingles by rarity over all texts to come, so prefixes
    hold rare shingles and probes find few candidates.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._sets: list[frozenset[str]] = []
        self._postings: dict[str, list[int]] = {}
        self._frequency: Counter[str] = Counter()
        self._cache: dict[str, frozenset[str]] = {}
        # The texts `is_new` was asked about: one asked again is a near-duplicate, of itself
        # or of what it duplicated (both are kept), with no sort or probe (wire copies repeat
        # whole sentences).
        self._met: set[str] = set()
        # Each prepared shingle's place in the order (`_ranks`), built at the first `is_new`
        # after `prepare`: a sort by one dict lookup instead of a key tuple per shingle.
        self._rank: dict[str, int] | None = None

    def prepare(self, texts: Iterable[str]) -> None:
        for text in texts:
            found = self._cache.get(text)
            if found is None:
                found = self._cache[text] = shingles(text)
            self._frequency.update(found)
        self._rank = None

    def _ordered(self, mine: frozenset[str]) -> list[str]:
        """`mine` in the order of `_ranks`: rarest first."""
        rank = self._rank
        if rank is None:
            rank = self._rank = _ranks(self._frequency)
        try:
            return sorted(mine, key=rank.__getitem__)
        except KeyError:  # a text `prepare` never saw: its new shingles first, by their text
            return sorted(mine, key=lambda sh: (rank.get(sh, -1), sh))

    def is_new(self, text: str) -> bool:
        """True (and remembered) if no earlier sentence is a near-duplicate of `text`."""
        # (kept, not popped: a wire copy's sentences come again, each read once by `prepare`)
        mine = self._cache.get(text) or shingles(text)
        if not mine:
            return True
        if text in self._met:
            return False
        self._met.add(text)
        ordered = self._ordered(mine)
        prefix = ordered[: len(ordered) - math.ceil(self.threshold * len(ordered)) + 1]
        size = len(mine)
        low, high = self.threshold * size, size / self.threshold
        checked: set[int] = set()
        for sh in prefix:
            for i in self._postings.get(sh, ()):
                if i in checked:
                    continue
                checked.add(i)
                other = self._sets[i]
                if low <= len(other) <= high and jaccard(mine, other) >= self.threshold:
                    return False
        index = len(self._sets)
        self._sets.append(mine)
        for sh in prefix:
            self._postings.setdefault(sh, []).append(index)
        return True
