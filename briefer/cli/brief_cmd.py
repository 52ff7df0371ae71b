"""`briefer brief [PATH...] [--query QUERY] [--format text|markdown|json] [-o FILE] [--force]`.

Briefs files and folders directly (indexed or not), the documents a query matches in the
library, or both (the named files that also match the query). With neither, the whole library.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from briefer.analysis.model import Analysis
from briefer.cli.options import QUERY_WORD, add_format_flags
from briefer.errors import BrieferError, UsageError
from briefer.sources.document import Document

FORMATS = ("text", "markdown", "json")
QUERY_LIMIT = 50
# More files than this are analysed in worker processes (see `briefer.worker_pool`): a pool's
# start (~50 ms) costs more than two workers save on a few files (half of ~25 ms a file).
PARALLEL_THRESHOLD = 8
# Files a task: articles differ in length, and a task's round trip costs far less than one
# analysis, so one file a task keeps both workers busy to the end.
CHUNK = 1


def register(sub: Any) -> None:
    p = sub.add_parser(
        "brief",
        help="write a cited briefing from files, a query, or the whole library",
        description=(
            "Write a cited briefing: background, actors, international reactions and "
            "developments, each item a source sentence citing its document and paragraph."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to brief")
    p.add_argument("--query", "-q", metavar="QUERY", help="brief the documents this query matches")
    p.add_argument(
        "--limit",
        type=int,
        default=QUERY_LIMIT,
        metavar="N",
        help=f"most documents a query contributes ({QUERY_LIMIT})",
    )
    add_format_flags(
        p,
        FORMATS,
        help="output format (text; with -o FILE.md markdown, with -o FILE.json json)",
        default=None,
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE ('-' for stdout)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.add_argument("--title", metavar="TITLE", help="the briefing's title")
    p.positional_words = QUERY_WORD  # --query -filename:*.txt: the query, not -f ilename:*.txt
    p.set_defaults(handler=run)


def _analysed(doc: Document) -> tuple[Document, Analysis]:
    from briefer.analysis import analyse

    return doc, analyse(doc)


def _analysed_file(path: Path, max_bytes: int) -> tuple[Document, Analysis] | str:
    """A file loaded and analysed, or the note saying why it was skipped (returned, not
    raised: this runs in a worker process when there are many files)."""
    from briefer.sources import LoadError, load_document

    try:
        doc = load_document(path, max_bytes=max_bytes)
    except LoadError as exc:
        return f"skipped {exc}"
    return _analysed(doc)


def load_paths(
    paths: Sequence[str], workers: int | None = None
) -> tuple[list[tuple[Document, Analysis]], list[str]]:
    """Analysed documents for files and folders, and one-line notes on what was skipped.

    Files over the `max_file_mb` setting are skipped, as `briefer index` skips them; the notes
    show each path's display form (a file name can hold escape sequences). More than
    `PARALLEL_THRESHOLD` files are analysed in `workers` processes (default: one per core),
    with the same result."""
    from briefer.config import load_settings
    from briefer.sources import discover
    from briefer.sources.sanitize import display_path
    from briefer.worker_pool import default_workers, ordered_results

    max_bytes = load_settings().max_file_bytes
    found = discover([Path(p) for p in paths], max_bytes)
    notes = [
        f"skipped {display_path(skip.path)}: {display_path(skip.reason)}" for skip in found.skips
    ]
    out: list[tuple[Document, Analysis]] = []
    for result in ordered_results(
        partial(_analysed_file, max_bytes=max_bytes),
        found.files,
        default_workers() if workers is None else workers,
        threshold=PARALLEL_THRESHOLD,
        chunk=CHUNK,
        first_here=True,
    ):
        if isinstance(result, str):
            notes.append(result)
        else:
            out.append(result)
    return out, notes


def print_notes(notes: Sequence[str]) -> None:
    """Each note on its own stderr line (notes already show paths in display form)."""
    for note in notes:
        print(f"briefer: {note}", file=sys.stderr)


def _from_library(ids: Sequence[str]) -> list[tuple[Document, Analysis]]:
    from briefer.index import Library

    out: list[tuple[Document, Analysis]] = []
    with Library() as library:
        for doc_id in ids:
            doc = library.document(doc_id)
            if doc is None:
                continue
            analysis = library.analysis(doc_id)
            out.append((doc, analysis) if analysis is not None else _analysed(doc))
    return out


def query_ids(query: str, limit: int) -> list[str]:
    """Ids of the documents `query` matches in the library, best first."""
    from briefer.index import EMPTY_HINT, Library

    with Library() as library:
        if library.count() == 0:
            raise BrieferError(EMPTY_HINT)
        result = library.search(query, limit=limit, snippets=False)
    return [hit.id for hit in result.hits]


def library_ids() -> list[str]:
    """Ids of every document in the library (empty when there is no index)."""
    from briefer.index import Library

    with Library() as library:
        if library.count() == 0:
            return []
        return library.ids()


def collect_documents(
    args: argparse.Namespace,
) -> tuple[list[tuple[Document, Analysis]], list[str]]:
    """The analysed documents the arguments select, and notes on skipped files."""
    notes: list[str] = []
    if args.paths:
        items, notes = load_paths(args.paths)
        if not items:
            print_notes(notes)  # say why each file was skipped before the error ends the run
            raise BrieferError("no readable documents in the given paths")
        if args.query:
            wanted = set(query_ids(args.query, max(args.limit, 1000)))
            items = [(d, a) for d, a in items if d.id in wanted]
            if not items:
                raise BrieferError(f"none of the given files match the query {args.query!r}")
        return items, notes
    if args.query:
        ids = query_ids(args.query, args.limit)
        if not ids:
            raise BrieferError(f"no documents match {args.query!r}")
        return _from_library(ids), notes
    ids = library_ids()
    if not ids:
        raise UsageError("nothing to brief: give PATH... or --query QUERY, or index a folder first")
    return _from_library(ids), notes


def render(briefing: Any, fmt: str, *, color: bool) -> str:
    """The briefing in the chosen format (text in colour only for a terminal)."""
    if fmt == "json":
        from briefer.render.json import render_json

        return render_json(briefing)
    if fmt == "markdown":
        from briefer.render.markdown import render_markdown

        return render_markdown(briefing)
    from briefer.render.text import render_text

    return render_text(briefing, color=color)


# The format a file name asks for when no --format is given.
_SUFFIX_FORMATS = {".md": "markdown", ".markdown": "markdown", ".json": "json"}


def output_format(fmt: str | None, output: str | None) -> str:
    """The format given, else the one the output file's suffix names, else text: `-o
    brief.md` wrote plain text under a Markdown name."""
    if fmt is not None:
        return fmt
    if output not in (None, "-"):
        return _SUFFIX_FORMATS.get(Path(output).suffix.lower(), "text")
    return "text"


def _wants_color(target: str | None) -> bool:
    if target not in (None, "-"):
        return False
    if os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def run(args: argparse.Namespace) -> int:
    from briefer.briefing.build import build_briefing
    from briefer.render.export import write_output

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    items, notes = collect_documents(args)
    print_notes(notes)
    briefing = build_briefing(items, title=args.title, query=args.query)
    fmt = output_format(args.format, args.output)
    content = render(briefing, fmt, color=_wants_color(args.output))
    written = write_output(args.output, content, force=args.force)
    if written is not None:
        print(f"wrote {written}", file=sys.stderr)
    return 0
