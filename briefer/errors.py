"""Errors that reach the user as one line; `exit_code` follows the CLI contract."""


class BrieferError(Exception):
    """A runtime failure the user can act on (exit code 1)."""

    exit_code = 1


class UsageError(BrieferError):
    """Bad usage or a bad query (exit code 2)."""

    exit_code = 2
