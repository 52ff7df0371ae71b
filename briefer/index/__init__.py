"""The search index: the only package that imports Whoosh. Use `Library`."""

from __future__ import annotations

from briefer.index.library import EMPTY_HINT, Library
from briefer.index.schema import SCHEMA_VERSION
from briefer.index.search import SearchHit, SearchResult
from briefer.index.sync import SyncReport

__all__ = ["EMPTY_HINT", "SCHEMA_VERSION", "Library", "SearchHit", "SearchResult", "SyncReport"]
