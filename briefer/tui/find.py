"""Find in a document (pure): every case-insensitive match of a needle, as offsets; and the
words of a search query, to show in the document why it matched."""

from __future__ import annotations

import re

# A field clause with a quoted value (`entity:"Kosovo Serbs"`, skipped whole), a quoted phrase,
# or a run of anything else up to a space (query syntax: README, help.md).
_QUERY_TOKEN = re.compile(r'(?:\w+:"[^"]*"?)|"([^"]*)"?|(\S+)')
_OPERATORS = frozenset({"AND", "OR", "NOT"})
_WORD_EDGES = "()*?+-!^~\"'"


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Non-overlapping matches of `needle` in `text`, ignoring case; none for an empty needle."""
    if not needle:
        return []
    hay, pin = text.casefold(), needle.casefold()
    if len(hay) != len(text):  # casefold changed lengths (ß → ss): fall back to lower()
        hay, pin = text.lower(), needle.lower()
        if len(hay) != len(text):
            return []
    matches: list[tuple[int, int]] = []
    start = hay.find(pin)
    while start != -1 and pin:
        matches.append((start, start + len(pin)))
        start = hay.find(pin, start + len(pin))
    return matches


def query_words(query: str) -> list[str]:
    """What a search query looks for in a text, as needles for `BlockFinder.find_any`: its
    words and quoted phrases, without operators, field clauses (`entity:Serbia`, `date:…`) or
    wildcards. A plural's last `s` (`es`) is dropped from a long word, so 'barricades' finds
    'barricade' too, as the index's stemming did; a typed prefix ('kos') finds by itself."""
    words: list[str] = []
    for match in _QUERY_TOKEN.finditer(query):
        phrase, token = match.groups()
        if phrase is None and token is None:
            continue  # a field's quoted value: what it names is not a word of the text
        if phrase is not None:
            word = " ".join(phrase.split())
        elif token in _OPERATORS or ":" in token:
            continue
        else:
            word = token.strip(_WORD_EDGES)
        if len(word) >= 6 and word[-1] in "sS" and " " not in word:
            word = word[:-2] if word[-2:].lower() == "es" and len(word) >= 7 else word[:-1]
        if len(word) >= 2 and word.casefold() not in (w.casefold() for w in words):
            words.append(word)
    return words


def step(current: int | None, count: int, forward: bool) -> int | None:
    """The next (or previous) match index, wrapping round; None when there are no matches."""
    if count == 0:
        return None
    if current is None:
        return 0 if forward else count - 1
    return (current + (1 if forward else -1)) % count


class BlockFinder:
    """Finds a needle in many blocks of text at once (a 16,000-paragraph document in one
    search, not 16,000), with the same matches `find_all` gives block by block."""

    SEPARATOR = "\x00"  # never in sanitised text, nor in a needle typed into the find box

    def __init__(self, blocks: list[str]) -> None:
        self._blocks = blocks
        joined = self.SEPARATOR.join(blocks)
        folded = joined.casefold()
        self._fold = str.casefold
        if len(folded) != len(joined):  # ß → ss and the like: offsets must stay put
            folded, self._fold = joined.lower(), str.lower
        self._hay = folded if len(folded) == len(joined) else None
        self._starts: list[int] = []
        position = 0
        for block in blocks:
            self._starts.append(position)
            position += len(block) + 1

    def find_any(
        self, needles: list[str], *, to_word_end: bool = False
    ) -> list[tuple[int, int, int]]:
        """Every match of any needle, in order; where two overlap the earlier (then the
        longer) one is kept. `to_word_end` runs each match on to the end of its word (a stem
        or prefix shows the whole word it found)."""
        found = [m for needle in needles for m in self.find(needle)]
        if to_word_end:
            found = [(b, s, _word_end(self._blocks[b], e)) for b, s, e in found]
        found.sort(key=lambda m: (m[0], m[1], -m[2]))
        kept: list[tuple[int, int, int]] = []
        for match in found:
            if kept and kept[-1][0] == match[0] and match[1] < kept[-1][2]:
                continue
            kept.append(match)
        return kept

    def find(self, needle: str) -> list[tuple[int, int, int]]:
        """Every match as (block index, start, end), in order."""
        if not needle or self.SEPARATOR in needle:
            return []
        if self._hay is None:  # rare: fall back to each block on its own
            return [(i, s, e) for i, b in enumerate(self._blocks) for s, e in find_all(b, needle)]
        pin = self._fold(needle)
        matches: list[tuple[int, int, int]] = []
        block, starts, count = 0, self._starts, len(self._starts)
        at = self._hay.find(pin)
        while at != -1:
            while block + 1 < count and starts[block + 1] <= at:
                block += 1
            offset = at - starts[block]
            matches.append((block, offset, offset + len(pin)))
            at = self._hay.find(pin, at + len(pin))
        return matches


def _word_end(text: str, end: int) -> int:
    """Where the word that `end` falls in (or just after) ends."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return end
