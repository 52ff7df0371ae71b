"""Back and forward like a browser (pure): between documents, and between searches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def _equal(a: object, b: object) -> bool:
    return a == b


class History(Generic[T]):
    """Places in the order visited and a position in them. Visiting the place shown again (by
    `same`) only replaces it; with a `limit`, the oldest places go."""

    def __init__(self, *, same: Callable[[T, T], bool] = _equal, limit: int | None = None) -> None:
        self._items: list[T] = []
        self._pos = -1
        self._same = same
        self._limit = None if limit is None else max(1, limit)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def current(self) -> T | None:
        return self._items[self._pos] if self._pos >= 0 else None

    @property
    def can_go_back(self) -> bool:
        return self._pos > 0

    @property
    def can_go_forward(self) -> bool:
        return self._pos < len(self._items) - 1

    def visit(self, item: T) -> None:
        """Go to `item`; the forward part of the history is dropped, as in a browser."""
        if self._pos >= 0 and self._same(item, self._items[self._pos]):
            self._items[self._pos] = item
            return
        del self._items[self._pos + 1 :]
        self._items.append(item)
        if self._limit is not None:
            del self._items[: max(0, len(self._items) - self._limit)]
        self._pos = len(self._items) - 1

    def back(self) -> T | None:
        if not self.can_go_back:
            return None
        self._pos -= 1
        return self.current

    def forward(self) -> T | None:
        if not self.can_go_forward:
            return None
        self._pos += 1
        return self.current
