"""`briefer brief` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
from typing import Any

from briefer.errors import BrieferError


def register(sub: Any) -> None:
    p = sub.add_parser("brief", help="brief (not built yet)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    raise BrieferError("'brief' is not built yet")
