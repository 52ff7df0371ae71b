"""`briefer index` (placeholder until its issue lands)."""

from __future__ import annotations

import argparse
from typing import Any

from briefer.errors import BrieferError


def register(sub: Any) -> None:
    p = sub.add_parser("index", help="index (not built yet)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    raise BrieferError("'index' is not built yet")
