"""Back and forward between the searches of a session, like a browser's history (pure).

A stop is a search that listed something: the text in the box, the entity filter beside it and
the row highlighted when the reader left it. The screen decides when a search counts as a stop
(see MainScreen._record_shown); this keeps the list, bounded and free of repeats in a row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

QUERY_HISTORY_LIMIT = 50


@dataclass(frozen=True, slots=True)
class QueryStop:
    """One search to come back to; `row` (a document id) is only a hint to restore the place."""

    text: str
    filters: tuple[tuple[str, str], ...] = ()
    row: str | None = None

    def same_search(self, other: QueryStop | None) -> bool:
        return other is not None and (self.text, self.filters) == (other.text, other.filters)


class QueryHistory:
    """Stops in the order visited and a position in them; at most `limit` (the oldest go)."""

    def __init__(self, limit: int = QUERY_HISTORY_LIMIT) -> None:
        self._stops: list[QueryStop] = []
        self._pos = -1
        self._limit = max(1, limit)

    def __len__(self) -> int:
        return len(self._stops)

    @property
    def current(self) -> QueryStop | None:
        return self._stops[self._pos] if self._pos >= 0 else None

    @property
    def can_go_back(self) -> bool:
        return self._pos > 0

    @property
    def can_go_forward(self) -> bool:
        return self._pos < len(self._stops) - 1

    def visit(self, stop: QueryStop) -> None:
        """Record `stop` as the search shown. The same search again only updates its row;
        another one drops the forward part of the history, as a browser does."""
        if stop.same_search(self.current):
            self._stops[self._pos] = stop
            return
        del self._stops[self._pos + 1 :]
        self._stops.append(stop)
        del self._stops[: max(0, len(self._stops) - self._limit)]
        self._pos = len(self._stops) - 1

    def drop_forward(self) -> None:
        """A new search was started from here: the stops ahead are no longer the way forward."""
        del self._stops[self._pos + 1 :]

    def remember_row(self, row: str | None) -> None:
        """The row highlighted now in the current stop's results."""
        if self.current is not None:
            self._stops[self._pos] = replace(self.current, row=row)

    def back(self) -> QueryStop | None:
        if not self.can_go_back:
            return None
        self._pos -= 1
        return self.current

    def forward(self) -> QueryStop | None:
        if not self.can_go_forward:
            return None
        self._pos += 1
        return self.current
