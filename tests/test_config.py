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
