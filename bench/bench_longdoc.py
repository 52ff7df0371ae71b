"""Time analysis and briefing of one very long document (a report, a book, a year of a live blog).

    PYTHONPATH=. .venv/bin/python -m bench.bench_longdoc [--paragraphs 1000 4000 16000]
        [--source generated|dev] [--runs 1] [--json-out DIR] [--profile N]

The generated document joins news paragraphs from both bench generators: the briefing bench's
templates (two states in a border dispute, reporting verbs, joint statements, history) under
many state pairs, and the index corpus's Zipf-worded articles, with a dated heading every so
often as a live blog has. `--source dev` takes the paragraphs of the development set's documents
(tests/gold/dev*, about 7,600) in turn instead: richer prose, which the rules read more of.
Same length, same text. Prints analyse() and build_briefing() separately (wall
and CPU seconds, median of --runs) and the growth from one size to the next: a cost that grows
with the text doubles when the text doubles. `--json-out DIR` writes each briefing's JSON there
(to compare two trees' output); `--profile N` profiles the largest size and prints the top N.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import TypeVar

from bench.bench_brief import bench_document, make_document
from bench.corpus import Generator
from briefer.analysis import analyse
from briefer.briefing.build import build_briefing
from briefer.render.json import briefing_to_dict
from briefer.sources.document import Document, ParagraphKind

T = TypeVar("T")
# A dated heading every this many paragraphs, as a live blog's entries have.
_HEADING_EVERY = 23
_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold"


def _paragraphs(seed: int) -> Iterator[str]:
    """Paragraphs without end, alternating a templated article and a Zipf-worded one."""
    corpus = Generator(seed)
    number = 0
    while True:
        article = make_document(seed * 100_003 + number, 500)
        yield from (article.paragraph_text(p.number) for p in article.paragraphs[1:])
        _name, text = corpus.article(number, 400)
        yield from text.split("\n\n")[2:]  # the article's paragraphs, after headline and byline
        number += 1


def _generated(paragraphs: int, seed: int) -> list[tuple[str, ParagraphKind]]:
    """`paragraphs` generated blocks, a dated heading every so often."""
    blocks: list[tuple[str, ParagraphKind]] = []
    source = _paragraphs(seed)
    while len(blocks) < paragraphs:
        if len(blocks) % _HEADING_EVERY == 0:
            entry = len(blocks) // _HEADING_EVERY
            blocks.append(
                (f"Update {entry + 1}: day {entry // 8 + 1}, entry {entry % 8 + 1}", "heading")
            )
        else:
            blocks.append((next(source).strip(), "text"))
    return blocks


def _development(paragraphs: int) -> list[tuple[str, ParagraphKind]]:
    """`paragraphs` blocks from the development set's documents in turn (written for this
    project: quotations, titles, datelines, lists; never a held-out set), from the first again
    when they run out."""
    from briefer.sources import LoadError, load_document

    pool: list[tuple[str, ParagraphKind]] = []
    for path in sorted(_GOLD.glob("dev*/*")):
        if path.suffix == ".json" or path.name == "README.md":
            continue
        try:
            doc = load_document(path)
        except LoadError:
            continue
        pool.extend((doc.paragraph_text(p.number), p.kind) for p in doc.paragraphs)
    return [pool[i % len(pool)] for i in range(paragraphs)]


def long_document(paragraphs: int, seed: int = 11, source: str = "generated") -> Document:
    """One document of `paragraphs` paragraphs (headings included), the same for the same input:
    generated ones, or (`source="dev"`) the development set's."""
    make = _development if source == "dev" else lambda n: _generated(n, seed)
    blocks = make(paragraphs - 1)
    title = f"A long report in {paragraphs} paragraphs"
    path = f"/bench/longdoc-{source}-{paragraphs}.txt"
    return bench_document(path, title, blocks, date(2031, 6, 1))


def timed(fn: Callable[[], T], runs: int) -> tuple[T, float, float]:
    """The last result and the median wall and CPU seconds of `runs` calls."""
    wall: list[float] = []
    cpu: list[float] = []
    result: T | None = None
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        result = fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert result is not None
    return result, statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paragraphs", type=int, nargs="+", default=[1000, 4000, 16000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--json-out", type=Path, default=None)
    parser.add_argument("--profile", type=int, default=None, metavar="N")
    parser.add_argument(
        "--source",
        choices=["generated", "dev"],
        default="generated",
        help="generated paragraphs, or those of the development set's documents in turn",
    )
    args = parser.parse_args()

    analyse(make_document(1, 300))  # warm up: gazetteer, automata, regex compilation
    if args.profile is not None:
        doc = long_document(max(args.paragraphs), source=args.source)
        profiler = cProfile.Profile()
        profiler.enable()
        build_briefing([(doc, analyse(doc))])
        profiler.disable()
        stats = pstats.Stats(profiler).strip_dirs()
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        return

    previous: tuple[int, float, float] | None = None
    for size in args.paragraphs:
        doc = long_document(size, source=args.source)
        words = len(doc.text.split())
        analysis, a_wall, a_cpu = timed(partial(analyse, doc), args.runs)
        briefing, b_wall, b_cpu = timed(partial(build_briefing, [(doc, analysis)]), args.runs)
        line = (
            f"{size:>6} paragraphs ({words} words, {len(analysis.sentences)} sentences): "
            f"analyse {a_wall:.2f} s (CPU {a_cpu:.2f}), brief {b_wall:.2f} s (CPU {b_cpu:.2f})"
        )
        if previous is not None:
            ratio = size / previous[0]
            line += f"; x{ratio:g} text: analyse x{a_cpu / previous[1]:.1f}"
            line += f", brief x{b_cpu / previous[2]:.1f}"
        print(line, flush=True)
        previous = (size, a_cpu, b_cpu)
        if args.json_out is not None:
            args.json_out.mkdir(parents=True, exist_ok=True)
            out = args.json_out / f"longdoc-{args.source}-{size}.json"
            out.write_text(json.dumps(briefing_to_dict(briefing), sort_keys=True, default=str))


if __name__ == "__main__":
    main()
