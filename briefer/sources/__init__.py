"""Find documents on disk and load each format into one sanitised `Document`."""

from __future__ import annotations

from briefer.sources.discovery import (
    DEFAULT_MAX_BYTES,
    SUPPORTED_SUFFIXES,
    DiscoveryResult,
    Skip,
    discover,
)
from briefer.sources.document import Document, Paragraph
from briefer.sources.errors import LoadError
from briefer.sources.load import load_document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "DiscoveryResult",
    "Document",
    "LoadError",
    "Paragraph",
    "Skip",
    "discover",
    "load_document",
]
