"""Config: BRIEFER_HOME isolates every location; settings round-trip and fail with one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer import config
from briefer.errors import BrieferError


def test_briefer_home_holds_every_location(briefer_home: Path) -> None:
    for path in (config.data_dir(), config.config_dir(), config.cache_dir(), config.index_dir()):
        assert briefer_home in path.parents


def test_without_home_uses_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFER_HOME")
    assert "briefer" in str(config.data_dir()).lower()
    assert config.home() is None


def test_settings_round_trip() -> None:
    settings = config.Settings(library=["/tmp/a", "/tmp/b"], max_file_mb=1.5)
    config.save_settings(settings)
    loaded = config.load_settings()
    assert loaded.library == ["/tmp/a", "/tmp/b"]
    assert loaded.max_file_bytes == int(1.5 * 1024 * 1024)


def test_missing_settings_give_defaults() -> None:
    assert config.load_settings() == config.Settings()


def test_broken_settings_raise_one_line_error() -> None:
    config.settings_path().parent.mkdir(parents=True, exist_ok=True)
    config.settings_path().write_text("library = [unclosed", encoding="utf-8")
    with pytest.raises(BrieferError) as info:
        config.load_settings()
    assert "\n" not in str(info.value)
    assert "settings" in str(info.value)


def test_wrong_type_in_settings_is_explained() -> None:
    config.settings_path().parent.mkdir(parents=True, exist_ok=True)
    config.settings_path().write_text('library = "not a list"\n', encoding="utf-8")
    with pytest.raises(BrieferError, match="library"):
        config.load_settings()


def test_concurrent_saves_never_leave_a_broken_file() -> None:
    import threading

    errors: list[BaseException] = []

    def save(n: int) -> None:
        try:
            for i in range(20):
                config.save_settings(config.Settings(library=[f"/tmp/{n}-{i}"]))
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(config.load_settings().library) == 1
    leftovers = [p.name for p in config.config_dir().iterdir() if p.suffix == ".tmp"]
    assert leftovers == []
