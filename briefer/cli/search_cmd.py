"""`briefer search QUERY [--limit N] [--offset N] [--sort relevance|date] [--unread] [--json]`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from briefer.cli.options import QUERY_WORD, add_format_flags
from briefer.errors import BrieferError
from briefer.render.printable import printable_json
from briefer.sources.sanitize import display_path

QUERY_HELP = """query language:
  kosovo border        both words (AND is the default); the last word also matches as a prefix
  "border crossing"    a phrase
  kosovo OR serbia     either; NOT excludes; (parentheses) group
  protst~              fuzzy (one edit; ~2 for two)
  title: source: author: entity: type: format: date:
  date:2026-11   date:[2026-11-01 TO 2026-11-20]   date:>2026-11-01
  date:2026-10..2026-11   date:2026-11-01..   a span, ends included; either end may be open
  dir:sample_docs/news  documents under a folder (relative, absolute or ~/...);
                        -dir: or NOT dir: leaves it out; quote names with spaces
  filename:budget       a word of the file name; filename:*.pdf a glob on the whole name
  like:notes/a.md       documents like that one (a path as dir: takes, or an id from --json),
                        most alike first; like:a.md date:2024.. narrows them as any clause does"""


def _at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number, `minimum` or more."""

    def number(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more")
        return n

    return number


def register(sub: Any) -> None:
    p = sub.add_parser(
        "search",
        help="search the library",
        description="Search the indexed library.",
        epilog=QUERY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="the query (words are joined)")
    p.add_argument("--limit", type=_at_least(1), default=20, metavar="N", help="results (20)")
    p.add_argument(
        "--offset",
        type=_at_least(0),
        default=0,
        metavar="N",
        help="skip the first N results: --offset 20 shows the second page of 20 (0)",
    )
    p.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    p.add_argument(
        "--unread",
        action="store_true",
        help="only documents not yet read in the reader (what came in since)",
    )
    add_format_flags(p)
    p.positional_words = QUERY_WORD  # '-filename:*.txt' is the query, not '-f ilename:*.txt'
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from briefer.index import EMPTY_HINT, Library
    from briefer.read_state import ReadState

    text = " ".join(args.query)
    read = ReadState().snapshot() if args.unread else None
    with Library() as library:
        if library.count() == 0:
            raise BrieferError(EMPTY_HINT)
        result = library.search(
            text,
            limit=args.limit,
            sort=args.sort,
            offset=args.offset,
            read=read,
            unread_only=args.unread,
        )
    if args.format == "json":
        names = ("path", "folder", "folders", "query", "suggestion")
        sys.stdout.write(printable_json(result.to_dict(), names=names))
        return 0
    color = sys.stdout.isatty()
    print(f"{_heading(result.total, result.offset, len(result.hits))} for {display_path(text)}")
    if result.suggestion:
        print(f"did you mean: {display_path(result.suggestion)}")
    for n, hit in enumerate(result.hits, result.offset + 1):
        meta = " · ".join(x for x in (hit.date.isoformat() if hit.date else "", hit.source) if x)
        print(f"\n{n}. {hit.title}" + (f"  ({meta})" if meta else ""))
        print(f"   {display_path(hit.path)}")
        if hit.snippet:
            print(f"   {_marked(hit.snippet, hit.highlights, color)}")
    shown_to = result.offset + len(result.hits)
    if result.hits and shown_to < result.total:
        print(
            f"\n(results {result.offset + 1}–{shown_to} of {result.total}; --offset {shown_to}"
            " for the next)"
        )
    lines = _facet_lines(result.facets)
    if lines and result.total:
        print()
        print("\n".join(lines))
    return 0


def _heading(total: int, offset: int, shown: int) -> str:
    """'312 results' for the first page, 'results 21–40 of 312' for a later one."""
    if offset == 0:
        return f"{total} result{'s' if total != 1 else ''}"
    if shown == 0:
        return f"no results from {offset + 1} on ({total} in all)"
    return f"results {offset + 1}–{offset + shown} of {total}"


def _marked(snippet: str, highlights: tuple[tuple[int, int], ...], color: bool) -> str:
    """The snippet with highlights in bold on a terminal (plain text otherwise)."""
    if not color or not highlights:
        return snippet
    out: list[str] = []
    pos = 0
    for start, end in highlights:
        if start < pos:
            continue
        out.append(snippet[pos:start])
        out.append(f"\x1b[1m{snippet[start:end]}\x1b[22m")
        pos = end
    out.append(snippet[pos:])
    return "".join(out)


def _facet_lines(facets: dict[str, list[tuple[str, int]]]) -> list[str]:
    labels = {
        "entities": "entities",
        "sources": "sources",
        "months": "months",
        "folders": "folders",
    }
    lines = []
    for key, label in labels.items():
        items = facets.get(key) or []
        if items:
            shown = ", ".join(f"{display_path(name)} ({n})" for name, n in items)
            lines.append(f"{label}: {shown}")
    return lines
