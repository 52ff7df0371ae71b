"""Options more than one subcommand takes, spelt and explained the same way in each."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence

# Words that start with '-' and are a query's, never options: a negative number and the minus
# clauses `-dir:x`, `-filename:x` and `-like:x` (NOT). A parser with `positional_words` set to this
# (main._Parser) matches them before looking for options, so `-filename:*.txt` is not read as
# `-f ilename:*.txt`, while `-f json`, `-fjson` and `-f=json` are still the format.
QUERY_WORD = re.compile(r"^-(?:\d+$|\d*\.\d+$|(?i:dir|filename|like):)")


def add_format_flags(
    parser: argparse.ArgumentParser,
    choices: Sequence[str] = ("text", "json"),
    *,
    help: str = "(text)",
    json_help: str = "same as -f json",
    default: str | None = "text",
) -> None:
    """`-f/--format FORMAT` (text by default) and `--json`, short for `-f json`: every command
    that prints JSON takes both spellings, so a reader who learnt one is never refused.
    `default=None` leaves the format unset when neither is given (the command then decides)."""
    parser.add_argument("--format", "-f", choices=choices, default=default, help=help)
    parser.add_argument("--json", dest="format", action="store_const", const="json", help=json_help)
