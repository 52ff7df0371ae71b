"""The command line: parse arguments and hand each subcommand to its own module.

Errors reach stderr as one line (`briefer: ...`); exit 0 success, 1 runtime failure,
2 bad usage or bad query. `--debug` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from briefer import __version__
from briefer.errors import BrieferError, UsageError

SUBCOMMANDS = ("inspect", "index", "search", "brief")

# New container objects between two collections of the cyclic collector's youngest generation
# (Python's default is 700). Loading the pipeline (compiled patterns, the gazetteer, name data)
# made `briefer brief FILE` run ≈ 340 young collections and two full ones over everything it had
# loaded: ≈ 40 ms of its ≈ 830 ms. At 50,000 it runs one; what cycles hold until then is a few
# megabytes at most.
_GC_YOUNG_THRESHOLD = 50_000


class _Parser(argparse.ArgumentParser):
    """argparse that raises UsageError (one line, exit 2) instead of printing usage and exiting.
    A subcommand may set `positional_words`: words it matches are arguments, never options,
    wherever they stand (search's `-filename:*.txt` is a query clause; argparse alone reads it
    as `-f ilename:*.txt`, a short option with its value attached). A subcommand's parser is
    `intermixed`: options may stand between its words (`search kosovo -f json serbia`), which
    argparse's plain parse refuses once the first run of positionals is consumed."""

    positional_words: re.Pattern[str] | None = None
    intermixed = False
    _intermixing = False

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # argparse hands a subcommand its words through parse_known_args; the intermixed parse
        # calls it again (Python 3.11, 3.12), hence the guard.
        if not self.intermixed or self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'briefer --help')")

    def _parse_optional(self, arg_string: str) -> Any:
        if self.positional_words is not None and self.positional_words.match(arg_string):
            return None  # an argument (the return type of this hook varies by Python version)
        return super()._parse_optional(arg_string)


def build_parser() -> argparse.ArgumentParser:
    from briefer.cli import brief_cmd, index_cmd, inspect_cmd, search_cmd

    parser = _Parser(
        prog="briefer",
        description="Index folders of documents, search them, and read cited briefings.",
        epilog="With no command, opens the reader; 'briefer PATH...' indexes PATH and opens it.",
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for module in (inspect_cmd, index_cmd, search_cmd, brief_cmd):
        module.register(sub)
    for command in sub.choices.values():
        command.intermixed = True
    return parser


def _run_tui(paths: Sequence[str]) -> int:
    from briefer.tui.run import run

    return run(list(paths))


def main(argv: Sequence[str] | None = None) -> int:
    young, older, oldest = gc.get_threshold()
    gc.set_threshold(max(young, _GC_YOUNG_THRESHOLD), older, oldest)
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    try:
        first = next((a for a in args_list if not a.startswith("-")), None)
        if first is None or first not in SUBCOMMANDS:
            if any(a in ("-h", "--help", "--version") for a in args_list):
                build_parser().parse_args(args_list)
                return 0
            return _run_tui([a for a in args_list if a != "--debug"])
        parser = build_parser()
        args = parser.parse_args(args_list)
        handler: Callable[[argparse.Namespace], int] = args.handler
        return handler(args)
    except BrieferError as exc:
        if debug:
            traceback.print_exc()
        print(f"briefer: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
