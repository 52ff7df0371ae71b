"""The one error loaders raise: a one-line reason that names the file."""

from __future__ import annotations

from briefer.errors import BrieferError


class LoadError(BrieferError):
    """A file could not be read as a document (decode, parse, permission, vanished, too large)."""
