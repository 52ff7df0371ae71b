"""Built data kept on disk under a key: read back under its key only, never trusted blindly,
never failing its caller."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import keyed_cache


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFER_HOME", str(tmp_path))
    return tmp_path


def test_a_value_is_read_back_under_its_key_only(home: Path) -> None:
    keyed_cache.store("table.json", "k1", {"Goma": "CD"})
    assert keyed_cache.load("table.json", "k1") == {"Goma": "CD"}
    assert keyed_cache.load("table.json", "k2") is None
    assert keyed_cache.load("other.json", "k1") is None
    assert not list((home / "cache").glob("*.tmp"))


@pytest.mark.parametrize("content", [b"", b"{not json", b"[1, 2]", b"\xff\xfe", b'{"key": 1}'])
def test_a_corrupt_file_reads_as_nothing(home: Path, content: bytes) -> None:
    keyed_cache.store("table.json", "k1", {"a": "b"})
    (home / "cache" / "table.json").write_bytes(content)
    assert keyed_cache.load("table.json", "k1") is None


def test_an_unwritable_folder_only_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("BRIEFER_HOME", str(blocker))
    keyed_cache.store("table.json", "k1", {"a": "b"})  # does not raise
    assert keyed_cache.load("table.json", "k1") is None


def test_the_key_changes_with_any_file_and_needs_every_file(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.write_text("a", encoding="utf-8")
    two.write_text("b", encoding="utf-8")
    key = keyed_cache.key_of("1", [("one", one), ("two", two)])
    assert key is not None and key == keyed_cache.key_of("1", [("one", one), ("two", two)])
    assert key != keyed_cache.key_of("2", [("one", one), ("two", two)])
    two.write_text("c", encoding="utf-8")
    assert key != keyed_cache.key_of("1", [("one", one), ("two", two)])
    assert keyed_cache.key_of("1", [("one", one), ("gone", tmp_path / "gone")]) is None


def test_a_package_folder_is_found_without_importing_it() -> None:
    found = keyed_cache.package_dir("pycountry")
    assert found is not None and (found / "__init__.py").is_file()
    assert keyed_cache.package_dir("no_such_package_here") is None


def test_kept_builds_once_per_key_and_never_keeps_without_one(home: Path) -> None:
    builds: list[int] = []

    def build() -> dict[str, str]:
        builds.append(1)
        return {"Goma": "CD"}

    def read(value: object) -> dict[str, str] | None:
        return value if isinstance(value, dict) else None

    def keep(value: dict[str, str]) -> dict[str, str]:
        return value

    assert keyed_cache.kept("t.json", None, build, keep, read) == {"Goma": "CD"}
    assert not (home / "cache" / "t.json").exists() and builds == [1]
    assert keyed_cache.kept("t.json", "k1", build, keep, read) == {"Goma": "CD"}
    assert keyed_cache.kept("t.json", "k1", build, keep, read) == {"Goma": "CD"}
    assert builds == [1, 1]  # the second call read the file
    keyed_cache.store("t.json", "k1", ["the wrong shape"])
    assert keyed_cache.kept("t.json", "k1", build, keep, read) == {"Goma": "CD"}
    assert builds == [1, 1, 1]  # a value `read` refuses is built over
