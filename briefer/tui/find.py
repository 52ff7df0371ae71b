"""Find in a document (pure): every case-insensitive match of a needle, as offsets."""

from __future__ import annotations


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
