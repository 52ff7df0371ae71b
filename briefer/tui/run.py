"""Start the reader (placeholder until the reader issue lands)."""

from __future__ import annotations

from briefer.errors import BrieferError


def run(paths: list[str]) -> int:
    raise BrieferError("the reader is not built yet; try 'briefer inspect PATH'")
