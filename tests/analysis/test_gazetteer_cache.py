"""The built gazetteer kept on disk: built once, read back equal, rebuilt when an input changes,
a corrupt file ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.analysis import gazetteer


@pytest.fixture()
def cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFER_HOME", str(tmp_path))
    return tmp_path / "cache" / "gazetteer.json"


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    build = gazetteer._build

    def counted(subdivisions: list[tuple[str, str]]) -> gazetteer.Gazetteer:
        builds.append(1)
        return build(subdivisions)

    monkeypatch.setattr(gazetteer, "_build", counted)
    return builds


def test_the_gazetteer_is_built_once_and_read_back_equal(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = _count_builds(monkeypatch)
    built, subdivisions = gazetteer._load_or_build()
    assert builds == [1] and cache_file.is_file()
    read, read_subdivisions = gazetteer._load_or_build()
    assert builds == [1]  # read from the file, not built again
    assert list(read.forms.items()) == list(built.forms.items())  # in the same order
    assert list(read.types.items()) == list(built.types.items())
    assert read.weak == built.weak and read.derived == built.derived
    assert read_subdivisions == subdivisions
    assert read.lookup("Belgrade") == built.lookup("Belgrade")
    assert read.aliases_of("Serbia") == built.aliases_of("Serbia")
    assert not list(cache_file.parent.glob("*.tmp"))  # the temporary file was renamed


def test_a_changed_input_builds_it_again(
    cache_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds = _count_builds(monkeypatch)
    # Stand in a file of our own for pycountry's data, then edit it.
    data = tmp_path / "subdivisions.json"
    data.write_text("one", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_PYCOUNTRY_FILES", (*gazetteer._PYCOUNTRY_FILES, str(data)))
    gazetteer._load_or_build()
    gazetteer._load_or_build()
    assert builds == [1]
    data.write_text("two", encoding="utf-8")
    gazetteer._load_or_build()
    assert builds == [1, 1]
    gazetteer._load_or_build()
    assert builds == [1, 1]  # and the new build was kept


def test_another_briefer_version_builds_it_again(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefer

    builds = _count_builds(monkeypatch)
    gazetteer._load_or_build()
    monkeypatch.setattr(briefer, "__version__", briefer.__version__ + ".1")
    gazetteer._load_or_build()
    assert builds == [1, 1]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": 1}',
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
    ],
)
def test_a_corrupt_file_is_ignored_and_replaced(
    cache_file: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    builds = _count_builds(monkeypatch)
    built, _ = gazetteer._load_or_build()
    cache_file.write_bytes(content)
    again, _ = gazetteer._load_or_build()
    assert builds == [1, 1]
    assert list(again.forms.items()) == list(built.forms.items())
    gazetteer._load_or_build()
    assert builds == [1, 1]  # the corrupt file was replaced by a good one


def test_a_half_written_file_is_ignored(cache_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds = _count_builds(monkeypatch)
    gazetteer._load_or_build()
    cache_file.write_bytes(cache_file.read_bytes()[: cache_file.stat().st_size // 2])
    gazetteer._load_or_build()
    assert builds == [1, 1]


def test_an_unwritable_cache_folder_only_means_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setenv("BRIEFER_HOME", str(blocker))
    builds = _count_builds(monkeypatch)
    gaz, _ = gazetteer._load_or_build()
    assert builds == [1] and gaz.lookup("Serbia") is not None


def _clear_data_caches() -> None:
    for value in vars(gazetteer).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def test_the_key_covers_every_data_file_the_build_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    # A data file the build reads but the key leaves out would leave a stale gazetteer on disk
    # after an edit: every file read while building (caches cleared) must be hashed.
    read: list[str] = []
    lines = gazetteer._lines

    def recorded(filename: str) -> list[str]:
        read.append(filename)
        return lines(filename)

    monkeypatch.setattr(gazetteer, "_lines", recorded)
    _clear_data_caches()
    try:
        gazetteer._build(gazetteer._subdivisions())
    finally:
        monkeypatch.undo()
        _clear_data_caches()
    assert read
    assert {f"data/{name}" for name in read} <= set(gazetteer._BUILT_FROM)
