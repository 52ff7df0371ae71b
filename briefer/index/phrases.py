"""Where a query's "phrases" are: the one answer to "inside a phrase?" for the query checks
(`query`), the `dir:`/`filename:` clauses (`scope`) and the reader's as-you-type hints.

A module of its own because `query` imports `scope`: both ask it, neither asks the other.
"""

from __future__ import annotations

import re

from briefer.errors import UsageError

# A phrase as the reader meets it while it is typed: quotes pair from the left, and a quote
# left open runs to the end of the text (`kosovo "border cro` is typing a phrase).
PHRASE = r'"[^"]*(?:"|$)'
_PHRASE_RE = re.compile(PHRASE)
OPEN_PHRASE_MESSAGE = 'unbalanced quotes: a phrase needs a closing "'


def phrase_spans(text: str) -> list[tuple[int, int]]:
    """Where `text`'s phrases are, quotes included, as (start, end): quotes pair from the left
    and a last quote left open runs to the end, as in a phrase still being typed."""
    return [m.span() for m in _PHRASE_RE.finditer(text)]


def in_phrase(text: str, index: int) -> bool:
    """Whether `text[index]` lies inside a phrase (see `phrase_spans`)."""
    return any(start <= index < end for start, end in phrase_spans(text))


def open_phrase(text: str) -> bool:
    """Whether `text` ends inside a phrase whose closing quote is not typed yet."""
    return text.count('"') % 2 == 1


def check_phrases_closed(text: str) -> None:
    """Raise UsageError where a phrase of `text` has no closing quote: Whoosh would close it
    silently at the end."""
    if open_phrase(text):
        raise UsageError(OPEN_PHRASE_MESSAGE)


def outside_phrases(text: str) -> str:
    """`text` with its phrases blanked out (same length), for the structural checks."""
    return _PHRASE_RE.sub(lambda m: " " * len(m.group(0)), text)
