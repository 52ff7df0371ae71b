"""What `y` copies: a briefing item as a citation, one line ready to paste into notes (pure)."""

from __future__ import annotations

from briefer.briefing.model import Item, SourceRef
from briefer.tui.rows import safe


def reference(item: Item, source: SourceRef | None) -> str:
    """`<title>, <outlet>, <date>, ¶<n>`; parts the source lacks are left out."""
    parts = (source.title, source.outlet, source.date or item.date) if source else (item.date,)
    found = [safe(part).strip() for part in parts if part]
    return ", ".join([*(part for part in found if part), f"¶{item.paragraph}"])


def citation(item: Item, source: SourceRef | None) -> str:
    """`<sentence> — <title>, <outlet>, <date>, ¶<n>`: the sentence as written, on one line."""
    return f"{safe(item.text).strip()} — {reference(item, source)}"


def preview(text: str, width: int = 60, *, tail: bool = False) -> str:
    """`text` cut to `width` characters with an ellipsis, keeping its start (or its end, for a
    path whose file name matters most)."""
    if len(text) <= width:
        return text
    if tail:
        return "…" + text[len(text) - width + 1 :]
    return text[: width - 1].rstrip() + "…"
