"""Start the reader: `briefer` opens the library; `briefer PATH...` adds PATHs and indexes them."""

from __future__ import annotations

from pathlib import Path

from briefer.errors import UsageError


def run(paths: list[str]) -> int:
    """Add `paths` to the library settings, then run the app (which syncs them in a worker)."""
    missing = [p for p in paths if not Path(p).expanduser().exists()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]!r}")
    from briefer.config import load_settings
    from briefer.tui import core_calls
    from briefer.tui.app import BrieferApp

    if paths:
        core_calls.add_to_library(paths)
    settings = load_settings()
    # Without PATHs the folders may have changed since the last run: checked once it is open.
    app = BrieferApp(sync_on_open=bool(paths), check_on_open=not paths, theme=settings.theme)
    app.run()
    return 0
