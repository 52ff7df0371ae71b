"""Rule 1: the core never imports Textual, so the CLI works where no terminal UI can run."""

from __future__ import annotations

import subprocess
import sys

CORE = [
    "briefer.sources",
    "briefer.analysis",
    "briefer.briefing",
    "briefer.index",
    "briefer.render",
    "briefer.config",
    "briefer.cli.main",
]


def test_core_imports_without_textual() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"for name in {CORE!r}:\n"
        "    mod = importlib.import_module(name)\n"
        "    for info in pkgutil.walk_packages(getattr(mod, '__path__', []), name + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core imported textual: {out.stdout}"


def test_cli_help_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from briefer.cli.main import build_parser\n"
        "build_parser()\n"
        "print(any(m.startswith('textual') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
