"""Options more than one subcommand takes, spelt and explained the same way in each."""

from __future__ import annotations

import argparse
from collections.abc import Sequence


def add_format_flags(
    parser: argparse.ArgumentParser,
    choices: Sequence[str] = ("text", "json"),
    *,
    help: str = "(text)",
    json_help: str = "same as -f json",
) -> None:
    """`-f/--format FORMAT` (text by default) and `--json`, short for `-f json`: every command
    that prints JSON takes both spellings, so a reader who learnt one is never refused."""
    parser.add_argument("--format", "-f", choices=choices, default="text", help=help)
    parser.add_argument("--json", dest="format", action="store_const", const="json", help=json_help)
