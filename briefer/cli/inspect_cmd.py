"""`briefer inspect PATH [--json]`: show what the loader made of one file.

For checking a document before indexing it: metadata read from it, its paragraphs as they will
be cited, and the reason when it cannot be read. Document text is already sanitised at load,
so printing it cannot drive the terminal.
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import Any, TextIO

from briefer.cli.options import add_format_flags
from briefer.render.printable import printable_json
from briefer.sources import Document, load_document
from briefer.sources.discovery import human_size
from briefer.sources.sanitize import display_path

PREVIEW_PARAGRAPHS = 5
PREVIEW_CHARS = 300
JSON_NAME_KEYS = ("path",)  # the file name, shown in display form (document text is clean)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "inspect",
        help="show how one file is read (title, date, source, paragraphs)",
        description="Load one document and show its metadata and first paragraphs.",
    )
    p.add_argument("path", metavar="PATH", help="a .txt, .md, .html, .pdf or .eml file")
    add_format_flags(p, json_help="print the whole document as JSON (-f json)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    doc = load_document(args.path)
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A terminal with a legacy encoding shows '?' for letters it lacks, not a traceback.
        sys.stdout.reconfigure(errors="replace")
    if args.format == "json":
        sys.stdout.write(printable_json(doc.to_dict(), names=JSON_NAME_KEYS))
    else:
        write_summary(doc, sys.stdout)
    return 0


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def write_summary(doc: Document, out: TextIO) -> None:
    """The human-readable summary `briefer inspect` prints."""
    rows = [
        ("id", doc.id),
        ("path", display_path(doc.path)),
        ("format", doc.format),
        ("title", doc.title),
        ("date", doc.date.isoformat() if doc.date else "(none found)"),
        ("source", doc.source or "(none)"),
        ("author", doc.author or "(none)"),
        ("tags", ", ".join(doc.tags) or "(none)"),
        ("size", f"{human_size(doc.size)} ({doc.size} bytes)"),
        ("hash", doc.content_hash[:12]),
        ("paragraphs", str(len(doc.paragraphs))),
    ]
    width = max(len(key) for key, _ in rows)
    for key, value in rows:
        out.write(f"{key:<{width}}  {value}\n")
    shown = doc.paragraphs[:PREVIEW_PARAGRAPHS]
    if shown:
        out.write("\n")
    for p in shown:
        text = _clip(doc.paragraph_text(p.number), PREVIEW_CHARS)
        out.write(f"[{p.number}] ({p.kind}) {text}\n")
    more = len(doc.paragraphs) - len(shown)
    if more > 0:
        out.write(f"… {more} more paragraph{'s' if more != 1 else ''}\n")
