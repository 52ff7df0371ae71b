"""The read documents kept between sessions: written through, never a reason to fail."""

from __future__ import annotations

from pathlib import Path

from briefer.read_state import ReadState


def test_marks_survive_a_new_session(tmp_path: Path) -> None:
    path = tmp_path / "data" / "read.json"
    state = ReadState(path)
    assert state.set_read(["a", "b"]) is True
    assert state.set_read(["a"]) is False  # nothing changed, nothing written
    assert state.toggle("b") is False
    again = ReadState(path)
    assert again.is_read("a") and not again.is_read("b")


def test_a_corrupt_or_unwritable_file_only_means_nothing_is_read(tmp_path: Path) -> None:
    path = tmp_path / "read.json"
    path.write_text("{not json", encoding="utf-8")
    assert not ReadState(path).is_read("a")
    path.write_text('{"a": 1}', encoding="utf-8")  # valid JSON, not a list
    assert not ReadState(path).is_read("a")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    state = ReadState(blocked / "read.json")
    assert state.set_read(["a"]) is True  # the write fails quietly
    assert state.is_read("a")  # the change holds for this session
