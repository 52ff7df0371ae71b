"""A small library indexed once per module for the query and search tests."""

from __future__ import annotations

import pytest
from index_articles import write_articles

from briefer.index import Library


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Library:
    """A library over ARTICLES in its own index folder, shared by a module's tests."""
    root = tmp_path_factory.mktemp("library")
    docs = write_articles(root / "docs")
    library = Library(root / "index", workers=1)
    library.sync([docs])
    return library
