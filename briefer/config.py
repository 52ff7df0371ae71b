"""Where briefer keeps its data, and the settings file.

`BRIEFER_HOME=DIR` puts everything under DIR (tests and scripts use it); otherwise the
platformdirs user directories for "briefer". Settings live in `settings.toml`:

    library = ["/path/to/folder", ...]   # folders and files `briefer index` syncs
    max_file_mb = 20                    # files larger than this are skipped
    theme = "textual-dark"              # the reader's theme
    [searches]                          # the reader's saved searches: name = "query"
    "north Kosovo" = "kosovo entity:\"Serbia\""
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs
import tomli_w

from briefer.atomic import replace_file
from briefer.errors import BrieferError

APP = "briefer"


def home() -> Path | None:
    value = os.environ.get("BRIEFER_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    h = home()
    return h / "data" if h else Path(platformdirs.user_data_dir(APP))


def config_dir() -> Path:
    h = home()
    return h / "config" if h else Path(platformdirs.user_config_dir(APP))


def cache_dir() -> Path:
    h = home()
    return h / "cache" if h else Path(platformdirs.user_cache_dir(APP))


def index_dir() -> Path:
    return data_dir() / "index"


def settings_path() -> Path:
    return config_dir() / "settings.toml"


def aliases_path() -> Path:
    """The user's alias file (TOML), which extends and overrides the built-in gazetteer."""
    return config_dir() / "aliases.toml"


@dataclass
class Settings:
    library: list[str] = field(default_factory=list)
    max_file_mb: float = 20.0
    theme: str = "textual-dark"
    searches: dict[str, str] = field(default_factory=dict)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)


def load_settings() -> Settings:
    path = settings_path()
    if not path.exists():
        return Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BrieferError(f"cannot read settings {path}: {exc}") from exc
    defaults = Settings()
    library = raw.get("library", defaults.library)
    if not isinstance(library, list) or not all(isinstance(x, str) for x in library):
        raise BrieferError(f"{path}: 'library' must be a list of paths")
    try:
        max_mb = float(raw.get("max_file_mb", defaults.max_file_mb))
    except (TypeError, ValueError) as exc:
        raise BrieferError(f"{path}: 'max_file_mb' must be a number") from exc
    theme = str(raw.get("theme", defaults.theme))
    searches = raw.get("searches", defaults.searches)
    if not isinstance(searches, dict) or not all(isinstance(q, str) for q in searches.values()):
        raise BrieferError(f"{path}: 'searches' must be a table of name = \"query\"")
    return Settings(library=list(library), max_file_mb=max_mb, theme=theme, searches=searches)


def save_settings(settings: Settings) -> None:
    """Write atomically (a unique temp file, then rename) so neither a killed process nor
    two writers at once leave half a settings file."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_file(path, tomli_w.dumps(asdict(settings)))
