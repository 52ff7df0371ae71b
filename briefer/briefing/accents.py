"""Text with its accents dropped, for comparing names and sentences written with and without
them ("González" and "Gonzalez", "Kandahār" and "Kandahar")."""

from __future__ import annotations

import unicodedata


def without_accents(text: str) -> str:
    """`text` decomposed (NFKD) with its combining marks dropped; case is the caller's."""
    if text.isascii():
        return text  # (no marks to drop, and NFKD leaves ASCII as it is)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
