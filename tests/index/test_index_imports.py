"""Searching loads no analysis code: `briefer search` and the reader's result list pay only for
the index. Reading a stored analysis back is what loads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from index_articles import write_articles

from briefer.index import Library

PROBE = """
import sys
from briefer.index import Library
library = Library(sys.argv[1])
hit = library.search("harvest").hits[0]
assert library.document(hit.id) is not None
print("after search:", "briefer.analysis" in sys.modules)
library.analysis(hit.id)
print("after analysis:", "briefer.analysis" in sys.modules)
"""


def test_search_imports_no_analysis_code(tmp_path: Path) -> None:
    docs = write_articles(tmp_path / "docs")
    Library(tmp_path / "index", workers=1).sync([docs])
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "index")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["after search: False", "after analysis: True"]
