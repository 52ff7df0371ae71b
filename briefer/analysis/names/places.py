"""Places no list knows: capitalised words after "in", "near", "outside", "the village of"..."""

from __future__ import annotations

from collections.abc import Callable

from briefer.analysis.names.edges import strip_possessive, trim_name
from briefer.analysis.names.scan import PLACE_RE, scan_anchors
from briefer.analysis.names.shapes import GEO_HEADS, HEAD_WORDS, RANK_RULE, Found, clean, is_stop


def place_candidates(text: str, known: Callable[[str], bool]) -> list[Found]:
    """Unknown places after a place preposition: "clashes in Rudare", "near Banjska"."""
    found: list[Found] = []
    for m in scan_anchors(text).finditer(PLACE_RE):
        start, end = m.span("place")
        end = strip_possessive(text, start, end)
        start, end = trim_name(text, start, end, known)
        name = text[start:end]
        if not name or any(w in HEAD_WORDS or is_stop(w) for w in name.split()):
            continue
        if name.isupper() and len(name) <= 5:
            continue  # an acronym no list knows: not safely a place
        type_ = "LOC" if GEO_HEADS.search(" " + name) else "GPE"
        found.append(Found(start, end, clean(name), type_, RANK_RULE))
    return found
