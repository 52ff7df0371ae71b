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
