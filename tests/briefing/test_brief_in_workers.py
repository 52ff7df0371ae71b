"""`briefer brief PATH...` analyses many files in worker processes: the briefing is the one the
files analysed one by one give, in every field and in the same order, and a file that cannot be
read is still reported and skipped."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from briefer import worker_pool
from briefer.briefing.build import build_briefing
from briefer.cli import brief_cmd
from briefer.render.json import render_json
from briefer.render.text import render_text


@pytest.fixture
def folder(tmp_path: Path, sample_docs: Path) -> Path:
    """Sample articles in every format, and a file that is not what its name says."""
    root = tmp_path / "docs"
    shutil.copytree(sample_docs / "border-crisis", root)
    shutil.copytree(sample_docs / "sanctions-row", root / "sanctions")
    (root / "2022-12-20-broken.pdf").write_bytes(b"not a PDF at all")
    return root


def test_workers_give_the_briefing_analysis_one_by_one_gives(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(brief_cmd, "PARALLEL_THRESHOLD", 2)
    serial, serial_notes = brief_cmd.load_paths([str(folder)], workers=1)
    parallel, parallel_notes = brief_cmd.load_paths([str(folder)], workers=2)
    assert len(serial) == 11
    assert parallel == serial
    assert parallel_notes == serial_notes
    assert len(serial_notes) == 1 and "2022-12-20-broken.pdf" in serial_notes[0]
    assert render_json(build_briefing(parallel)) == render_json(build_briefing(serial))
    assert render_text(build_briefing(parallel), color=False) == render_text(
        build_briefing(serial), color=False
    )


def test_a_broken_file_among_many_is_reported_and_skipped(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefer.cli.main import main

    monkeypatch.setattr(brief_cmd, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(worker_pool, "default_workers", lambda: 2)
    assert main(["brief", str(folder), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert "briefer: skipped " in err and "2022-12-20-broken.pdf" in err
    assert "2022-12-20-broken.pdf" not in out and len(json.loads(out)["sources"]) == 11
