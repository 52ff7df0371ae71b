"""`briefer inspect` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
from typing import Any

from briefer.errors import BrieferError


def register(sub: Any) -> None:
    p = sub.add_parser("inspect", help="inspect (not built yet)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    raise BrieferError("'inspect' is not built yet")
