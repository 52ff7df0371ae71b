"""JSON that is safe to print: the one way every `--json` output of the CLI is written.

Two kinds of string reach that output, and each is made printable in its own way:

- Names: file paths, skip reasons, a query typed by the user. They may hold any character, so
  the values under the keys the caller lists in `names` are shown in display form
  (`display_path`: control, bidi and zero-width characters as `\\x1b`, `\\u202e`, `\\n`), so two
  names never print alike, even once a script has decoded the JSON.
- Everything else keeps its value (document text is sanitised at load). Characters JSON allows
  raw but a terminal or an editor may act on (C1 and bidi controls, line separators, zero-width
  characters, lone surrogates) are written as `\\u` escapes: the bytes change, never the data.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import Any

from briefer.sources.sanitize import C1, INVISIBLE, display_path

__all__ = ["printable_json"]

_RISKY = re.compile("[" + C1 + "\u2028\u2029" + INVISIBLE + "\ud800-\udfff]")


def printable_json(data: Any, *, names: Collection[str] = ()) -> str:
    """`data` as indented JSON text ending in a newline, every string one printable line.

    Strings anywhere under a key in `names` (the value itself, or inside its lists and
    objects) are names, shown in display form; other strings keep their value. UTF-8 letters
    are written as they are, not as escapes.
    """
    shown = _show_names(data, frozenset(names), inside=False) if names else data
    text = json.dumps(shown, ensure_ascii=False, indent=2)
    return _RISKY.sub(_escape, text) + "\n"


def _show_names(value: Any, names: frozenset[str], *, inside: bool) -> Any:
    if isinstance(value, str):
        return display_path(value) if inside else value
    if isinstance(value, dict):
        return {k: _show_names(v, names, inside=inside or k in names) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_show_names(v, names, inside=inside) for v in value]
    return value


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # JSON writes a character beyond the BMP as a UTF-16 surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
