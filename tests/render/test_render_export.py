"""Atomic writes: refuse to clobber, overwrite with force, leave no temporary file behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefer.errors import BrieferError
from briefer.render.export import write_atomic, write_output


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    assert write_atomic(target, "héllo\n") == target
    assert target.read_bytes() == "héllo\n".encode()
    assert os.listdir(tmp_path) == ["brief.md"]


def test_refuses_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("keep me")
    with pytest.raises(BrieferError) as info:
        write_atomic(target, "new")
    assert str(info.value) == f"{target} exists; use --force to overwrite"
    assert info.value.exit_code == 1
    assert target.read_text() == "keep me"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_force_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_text("old")
    write_atomic(target, "new content", force=True)
    assert target.read_text() == "new content"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_mode_follows_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    old = os.umask(0o027)
    try:
        write_atomic(target, "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_missing_directory_is_one_line_error(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "brief.md"
    with pytest.raises(BrieferError, match=r"^cannot write .*brief\.md: No such file"):
        write_atomic(target, "x")


def test_directory_target_refused(tmp_path: Path) -> None:
    with pytest.raises(BrieferError, match="is a directory"):
        write_atomic(tmp_path, "x", force=True)


def test_failure_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    target = tmp_path / "brief.md"
    target.write_text("old")
    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(BrieferError, match="No space left on device"):
        write_atomic(target, "new", force=True)
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["brief.md"]


def test_a_file_appearing_meanwhile_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "brief.md"
    real_link = os.link

    def racing_link(src: str, dst: str) -> None:
        Path(dst).write_text("someone else's")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", racing_link)
    with pytest.raises(BrieferError, match="exists; use --force"):
        write_atomic(target, "mine")
    assert target.read_text() == "someone else's"
    assert os.listdir(tmp_path) == ["brief.md"]


@pytest.mark.parametrize("target", [None, "-"])
def test_write_output_to_stdout(target: str | None, capfd: pytest.CaptureFixture[str]) -> None:
    assert write_output(target, "to stdout ☃\n") is None
    assert capfd.readouterr().out == "to stdout ☃\n"


def test_write_output_to_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert write_output(str(target), "{}\n") == target
    with pytest.raises(BrieferError):
        write_output(str(target), "{}\n")
    write_output(str(target), "[]\n", force=True)
    assert target.read_text() == "[]\n"
