"""Back and forward between documents, like a browser (pure)."""

from __future__ import annotations


class History:
    """A list of visited document ids and a position in it."""

    def __init__(self) -> None:
        self._ids: list[str] = []
        self._pos = -1

    @property
    def current(self) -> str | None:
        return self._ids[self._pos] if self._pos >= 0 else None

    @property
    def can_go_back(self) -> bool:
        return self._pos > 0

    @property
    def can_go_forward(self) -> bool:
        return self._pos < len(self._ids) - 1

    def visit(self, doc_id: str) -> None:
        """Go to `doc_id`; the forward part of the history is dropped, as in a browser."""
        if doc_id == self.current:
            return
        del self._ids[self._pos + 1 :]
        self._ids.append(doc_id)
        self._pos += 1

    def back(self) -> str | None:
        if not self.can_go_back:
            return None
        self._pos -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_go_forward:
            return None
        self._pos += 1
        return self.current
