"""Open a document's file in the system's viewer (`o`), as Recoll's Open and newsboat's `o` do.

No Textual here: the reader calls `open_in_viewer` and shows an `OpenFailed` as one line. The
viewer is started detached, with no shell and no terminal: the path is one argument, the
viewer's output goes nowhere, and the reader's screen is never written on.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from briefer.errors import BrieferError

OPENER_ENV = "BRIEFER_OPENER"


class OpenFailed(BrieferError):
    """The file could not be handed to a viewer; the message says why, in one line."""


def opener_command(env: Mapping[str, str], platform: str) -> list[str] | None:
    """The command the path is appended to: `$BRIEFER_OPENER` split as a shell would (but never
    run by one), else `open` on macOS and `xdg-open` elsewhere; None on Windows, where
    `os.startfile` opens it."""
    custom = env.get(OPENER_ENV, "").strip()
    if custom:
        try:
            words = shlex.split(custom)
        except ValueError as exc:
            raise OpenFailed(f"{OPENER_ENV} cannot be read: {exc}") from None
        if words:
            return words
    if platform == "darwin":
        return ["open"]
    if platform.startswith("win"):
        return None
    return ["xdg-open"]


def launch(args: Sequence[str]) -> None:
    """Start `args` detached: its own session (a Ctrl+C in the reader does not reach it), no
    stdin, output to DEVNULL. Not waited for; Python reaps it later."""
    posix = os.name == "posix"
    subprocess.Popen(  # no shell: the path is a single argument
        list(args),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
        start_new_session=posix,
        creationflags=0 if posix else getattr(subprocess, "DETACHED_PROCESS", 0),
    )


def start_file(path: str) -> None:  # pragma: no cover - Windows only
    """Windows: the viewer registered for the file's type."""
    getattr(os, "startfile")(path)  # noqa: B009 - os.startfile exists on Windows only


def open_in_viewer(
    path: str | Path, *, env: Mapping[str, str] | None = None, platform: str | None = None
) -> list[str] | None:
    """Hand `path` to the viewer; returns the command run (None for `os.startfile`).

    Raises OpenFailed when the file is gone, no opener is installed or it cannot start.
    """
    target = Path(path).absolute()  # absolute: a name starting with '-' is never an option
    if not target.is_file():
        raise OpenFailed(f"The file is no longer there: {target}")
    environ = os.environ if env is None else env
    command = opener_command(environ, platform or sys.platform)
    try:
        if command is None:
            start_file(str(target))
            return None
        if shutil.which(command[0], path=environ.get("PATH")) is None:
            raise OpenFailed(
                f"No program to open files: '{command[0]}' not found (set {OPENER_ENV})"
            )
        args = [*command, str(target)]
        launch(args)
    except OSError as exc:
        raise OpenFailed(f"The file could not be opened: {exc}") from None
    return args
