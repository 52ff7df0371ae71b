"""Fixtures for the hardening tests: a small library whose file names are hostile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hardening.support import CLEAR_SCREEN, OSC52, article, run_cli

EVIL_NAME = f"name{CLEAR_SCREEN}\u202egnp.txt"
EVIL_EMPTY = f"e{OSC52}mpty.txt"


@pytest.fixture
def evil(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with an indexed file and a skipped file, both with hostile names; its home."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / EVIL_NAME).write_text(article("Border talks resume", ["Officials in Kosovo met."]))
    (folder / EVIL_EMPTY).write_bytes(b"")
    (folder / f"d{CLEAR_SCREEN}angling.md").symlink_to("nowhere.md")
    home = tmp_path / "home"
    proc = run_cli(["index", str(folder), "--json"], home)
    assert proc.returncode == 0, proc.stderr
    return folder, home
