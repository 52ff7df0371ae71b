"""Back and forward between the searches of a session, like a browser's history (pure).

A stop is a search that listed something: the text in the box, the entity filter beside it and
the row highlighted when the reader left it. The screen decides when a search counts as a stop
(see MainScreen._record_shown); this keeps the list, bounded and free of repeats in a row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from briefer.tui.history import History

QUERY_HISTORY_LIMIT = 50


@dataclass(frozen=True, slots=True)
class QueryStop:
    """One search to come back to; `row` (a document id) is only a hint to restore the place."""

    text: str
    filters: tuple[tuple[str, str], ...] = ()
    row: str | None = None

    def same_search(self, other: QueryStop | None) -> bool:
        return other is not None and (self.text, self.filters) == (other.text, other.filters)


class QueryHistory(History[QueryStop]):
    """Stops in the order visited and a position in them; at most `limit` (the oldest go). The
    same search again only updates its row."""

    def __init__(self, limit: int = QUERY_HISTORY_LIMIT) -> None:
        super().__init__(same=QueryStop.same_search, limit=limit)

    def drop_forward(self) -> None:
        """A new search was started from here: the stops ahead are no longer the way forward."""
        del self._items[self._pos + 1 :]

    def remember_row(self, row: str | None) -> None:
        """The row highlighted now in the current stop's results."""
        if self.current is not None:
            self._items[self._pos] = replace(self.current, row=row)
