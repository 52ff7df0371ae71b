"""Hostile input: how long the loaders and the reader take on files built to stall them.

    .venv/bin/python -m bench.bench_hostile [--runs 5] [--depth 100000] [--pieces 200000]
        [--pdf-pages 25] [--paragraphs 8000] [--no-reader] [--workdir /tmp/briefer-bench-tui]

The tests guard each of these inputs by what the code does, never by the clock (the depth check
refuses a page before lexbor parses it; the PDF loader stops reading pages once the text passes
its cap; the nesting scan reads each character at most twice; the Document tab styles and draws
only the lines on screen). This measures how fast those guards are:
- deep HTML: a page of `--depth` nested <div> (lexbor alone: 9 s at 100,000) refused, and a
  page nested just under MAX_DEPTH, the deepest one that is parsed, loaded;
- PDF bomb: a few kB of PDF whose `--pdf-pages` pages all show one stream of a million
  characters, refused;
- the nesting scan alone on each hostile piece repeated `--pieces` times;
- the reader: a library of one document of `--paragraphs` short paragraphs; Enter on its row to
  its text painted, then scroll keys and find keys in the Document tab (bench_tui's run).
Prints medians in milliseconds, wall clock and CPU (CPU shows the cost on a busy machine).
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import zlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.bench_brief import median_ms
from briefer.sources import LoadError, load_document
from briefer.sources.html import MAX_DEPTH, nesting_depth

PIECES = ("<", "</", "<script", "<!--", "<!-- -->", "<script>x</script>", "<b>x</b>")


def nested_page(depth: int) -> str:
    """A page whose one paragraph sits inside `depth` nested <div>."""
    return f"<html><body>{'<div>' * depth}<p>Talks resumed.</p>{'</div>' * depth}</body></html>"


def shared_stream_pdf(pages: int, chars: int) -> bytes:
    """A PDF of `pages` pages that all draw one Flate-compressed stream of about `chars`
    characters of text: a few kB on disk, `pages * chars` characters once extracted."""
    shown = b"BT /F1 10 Tf 20 700 Td (" + b"Border " * (chars // 7) + b") Tj ET"
    packed = zlib.compress(shown, 9)
    first_page = 5  # objects 1-4: catalog, page tree, the shared stream, the font
    page_refs = b" ".join(b"%d 0 R" % (first_page + k) for k in range(pages))
    bodies = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /Kids [%s] >>" % (pages, page_refs),
        b"<< /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (len(packed), packed),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    )
    bodies += [page] * pages
    out = bytearray(b"%PDF-1.4\n")
    where: list[int] = []
    for number, body in enumerate(bodies, start=1):
        where.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in where)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(bodies) + 1,
        table,
    )
    return bytes(out)


def outcome(path: Path) -> str:
    """What loading `path` gives: the size of its text, or why it was refused."""
    try:
        return f"loaded, {len(load_document(path).text):,} chars"
    except LoadError as exc:
        return "refused: " + str(exc).split(": ", 1)[-1].split(" (")[0]


def load_or_refuse(path: Path) -> Callable[[], object]:
    """A call that loads `path`, a refusal included."""

    def run() -> object:
        try:
            return load_document(path)
        except LoadError as exc:
            return exc

    return run


Row = tuple[str, str, str, float, float]


def loader_rows(args: argparse.Namespace, folder: Path) -> list[Row]:
    """Deep HTML (refused, and the deepest parsed) and the PDF bomb, through load_document."""
    rows: list[Row] = []
    cases = [
        ("deep HTML", f"{args.depth:,} nested <div>", "deep.html", nested_page(args.depth)),
        (
            "deep HTML",
            f"{MAX_DEPTH - 10:,} nested <div>",
            "limit.html",
            nested_page(MAX_DEPTH - 10),
        ),
    ]
    for name, size, file, text in cases:
        path = folder / file
        path.write_text(text, encoding="utf-8")
        wall, cpu = median_ms(load_or_refuse(path), args.runs)
        rows.append((name, f"{size}, {path.stat().st_size / 1e6:.1f} MB", outcome(path), wall, cpu))
    path = folder / "bomb.pdf"
    path.write_bytes(shared_stream_pdf(args.pdf_pages, 1_000_000))
    wall, cpu = median_ms(load_or_refuse(path), args.runs)
    size = f"{args.pdf_pages} pages x 1 M chars, {path.stat().st_size / 1e3:.0f} kB"
    rows.append(("PDF bomb", size, outcome(path), wall, cpu))
    return rows


def scan_rows(args: argparse.Namespace) -> list[Row]:
    """The nesting scan alone on each hostile piece, repeated."""
    rows: list[Row] = []
    for piece in PIECES:
        page = piece * args.pieces
        wall, cpu = median_ms(partial(nesting_depth, page), args.runs)
        size = f"{piece!r} x {args.pieces:,}, {len(page) / 1e6:.1f} M chars"
        rows.append(("nesting scan", size, f"depth {nesting_depth(page)}", wall, cpu))
    return rows


def print_table(rows: list[Row]) -> None:
    heads = ("input", "size", "outcome", "wall ms", "CPU ms")
    cells = [(a, b, c, f"{wall:.1f}", f"{cpu:.1f}") for a, b, c, wall, cpu in rows]
    widths = [max(len(head), *(len(row[k]) for row in cells)) for k, head in enumerate(heads)]
    for row in (heads, *cells):
        left = "  ".join(cell.ljust(widths[k]) for k, cell in enumerate(row[:3]))
        right = "  ".join(cell.rjust(widths[k]) for k, cell in enumerate(row[3:], start=3))
        print(f"{left}  {right}")


def reader_figures(paragraphs: int, workdir: Path) -> None:
    """Enter to a long document's text painted, then keys in its tab (bench_tui's run)."""
    from bench.bench_tui import big_document

    figures = asyncio.run(big_document(paragraphs, workdir))
    print(f"\nreader, one document of {paragraphs:,} paragraphs ({figures['megabytes']} MB):")
    print(f"  Enter to text painted: {figures['open']}")
    print(f"  scroll keys: {figures['scroll_keys']}")
    print(f"  find, a key at a time ({figures['matches']:,} matches): {figures['find_keys']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--depth", type=int, default=100_000, help="nested <div> in deep HTML")
    parser.add_argument("--pieces", type=int, default=200_000, help="repeats in the scan")
    parser.add_argument("--pdf-pages", type=int, default=25)
    parser.add_argument("--paragraphs", type=int, default=8000, help="in the reader's document")
    parser.add_argument("--no-reader", action="store_true", help="skip the reader's figures")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefer-bench-tui"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        rows = loader_rows(args, Path(folder))
    rows += scan_rows(args)
    print(f"median of {args.runs} runs")
    print_table(rows)
    if not args.no_reader:
        reader_figures(args.paragraphs, args.workdir)


if __name__ == "__main__":
    main()
