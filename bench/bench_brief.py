"""Time analysis and briefing: one 1,000-word document, and a 50-document briefing.

    .venv/bin/python -m bench.bench_brief [--runs 21] [--docs 50] [--words 1000] [--profile [N]]

Documents are generated here from news-like sentence templates (reporting verbs, dates,
titles, joint statements, history), so the rules do the work they do on real articles.
Prints medians in milliseconds. Targets: one 1,000-word document <= 50 ms (analyse + brief);
50 documents <= 1 s. Then the path of `briefer brief FOLDER` on files not indexed: the documents
written as files, loaded, analysed and briefed, one by one and in worker processes (wall time,
and the CPU time here and in the workers). `--profile` instead profiles one 50-document briefing
and prints the N functions (default 25) with the most time spent in them, then the most by
cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from briefer.analysis import analyse
from briefer.analysis.model import Analysis
from briefer.briefing.build import build_briefing
from briefer.cli.brief_cmd import load_paths
from briefer.sources.document import (
    Document,
    ParagraphKind,
    build_text,
    content_hash,
    document_id,
)
from briefer.worker_pool import default_workers

STATES = [
    ("Thailand", "Thai", "Bangkok"),
    ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Eritrea", "Eritrean", "Asmara"),
    ("Peru", "Peruvian", "Lima"),
    ("Bolivia", "Bolivian", "La Paz"),
]
THIRD = [
    "Japan",
    "the European Union",
    "the United Nations",
    "ASEAN",
    "the African Union",
    "Canada",
    "Brazil",
    "NATO",
    "France",
    "Germany",
]
PEOPLE = ["Anna Lindqvist", "Tomas Berg", "Maria Okafor", "Kenji Sato", "Lucia Ferreira"]
TEMPLATES = [
    "{A} and {B} troops exchanged fire on {day} near the disputed border, officials said.",
    "{adjA} Foreign Minister {person} said {capA} would not accept any change to the frontier.",
    "{T} urged both sides to show restraint and return to talks.",
    "{T} voiced concern about civilians caught in the fighting and called for a ceasefire.",
    "A spokesperson for {T} said the situation was being watched closely.",
    "{T}, {T2} and {T3} said in a joint statement that they condemned the shelling.",
    "The dispute dates back to a treaty signed in {year}, which {B} has never recognised.",
    "Since {year}, thousands of people have crossed the border in both directions.",
    "Officials in {capB} said the army had been placed on alert.",
    '"We will defend every metre of our land," {adjB} President {person} told reporters.',
    "By {day} evening, at least {n} people had fled the villages near the river.",
    "{A} closed two crossings, and trucks were stuck for {n} kilometres.",
    "Tensions rose sharply in March, when {A} built a new road near the line.",
    "The U.S. State Department said it was in contact with both governments.",
    "Mr. {last} was among the officials who met on {day} in {capA}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_document(seed: int, words: int) -> Document:
    """A news-like article of about `words` words about two states and their neighbours."""
    rng = random.Random(seed)
    a, b = rng.sample(STATES, 2)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(2, 3)):
            t1, t2, t3 = rng.sample(THIRD, 3)
            person = rng.choice(PEOPLE)
            text = rng.choice(TEMPLATES).format(
                A=a[0],
                B=b[0],
                adjA=a[1],
                adjB=b[1],
                capA=a[2],
                capB=b[2],
                T=t1,
                T2=t2,
                T3=t3,
                person=person,
                last=person.split()[-1],
                day=rng.choice(DAYS),
                year=rng.randint(1950, 2015),
                n=rng.randint(3, 900),
            )
            sentences.append(text[0].upper() + text[1:])
        paragraph = " ".join(sentences)
        count += len(paragraph.split())
        paragraphs.append(paragraph)
    title = f"{a[0]} and {b[0]} trade fire as neighbours urge calm"
    blocks: list[tuple[str, ParagraphKind]] = [(p, "text") for p in paragraphs]
    when = date(2031, 1, 1) + timedelta(days=seed % 300)
    return bench_document(f"/bench/{seed:04d}.txt", title, blocks, when)


def bench_document(
    path: str, title: str, blocks: list[tuple[str, ParagraphKind]], when: date
) -> Document:
    """A plain-text Document of a heading `title` and `blocks`, as the loader would build it."""
    text, paras = build_text([(title, "heading"), *blocks])
    return Document(
        id=document_id(path),
        path=path,
        format="txt",
        title=title,
        text=text,
        paragraphs=paras,
        content_hash=content_hash(text.encode()),
        size=len(text),
        mtime=0.0,
        date=when,
        source="Bench Wire",
    )


def median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU milliseconds (CPU time shows the cost on a busy machine)."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def workers_cpu_ms() -> float:
    """CPU milliseconds of this process's ended children (the worker processes of its pools)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def brief_files(folder: str, workers: int) -> None:
    """A briefing of the files in `folder`, as `briefer brief FOLDER` makes it."""
    build_briefing(load_paths([folder], workers)[0])


def profile(docs: list[Document], top: int) -> None:
    """Profile one briefing of `docs` (analysed afresh) and print where its time goes."""
    profiler = cProfile.Profile()
    profiler.enable()
    build_briefing([(d, analyse(d)) for d in docs])
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--docs", type=int, default=50)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=25,
        metavar="N",
        help="profile one briefing of --docs documents and print the top N functions",
    )
    args = parser.parse_args()

    if args.profile is not None:
        docs = [make_document(seed, args.words) for seed in range(args.docs)]
        analyse(docs[0])  # warm up outside the profile
        profile(docs, args.profile)
        return

    one = make_document(1, args.words)
    analyse(one)  # warm up: gazetteer, automaton, regex compilation
    words = len(one.text.split())
    wall, cpu = median_ms(lambda: build_briefing([(one, analyse(one))]), args.runs)
    print(
        f"one document ({words} words), analyse + brief: {wall:.1f} ms wall, {cpu:.1f} ms CPU "
        f"(median of {args.runs})"
    )

    docs = [make_document(seed, args.words) for seed in range(args.docs)]
    analysed: list[tuple[Document, Analysis]] = [(d, analyse(d)) for d in docs]
    runs = max(3, args.runs // 4)
    wall, cpu = median_ms(lambda: build_briefing([(d, analyse(d)) for d in docs]), runs)
    print(f"{args.docs} documents, analyse + brief: {wall:.0f} ms wall, {cpu:.0f} ms CPU", end="")
    print(f" (median of {runs})")
    wall, cpu = median_ms(lambda: build_briefing(analysed), runs)
    print(
        f"{args.docs} documents, brief from stored analyses: {wall:.0f} ms wall, {cpu:.0f} ms CPU"
    )
    with tempfile.TemporaryDirectory() as folder:
        for doc in docs:
            (Path(folder) / Path(doc.path).name).write_text(doc.text, encoding="utf-8")
        for workers in sorted({1, default_workers()}):
            before = workers_cpu_ms()
            wall, cpu = median_ms(partial(brief_files, folder, workers), runs)
            in_workers = (workers_cpu_ms() - before) / runs
            route = "one by one" if workers == 1 else f"{workers} worker processes"
            print(
                f"{args.docs} files, load + analyse + brief, {route}: {wall:.0f} ms wall, "
                f"{cpu:.0f} ms CPU here + {in_workers:.0f} in workers (mean)"
            )


if __name__ == "__main__":
    main()
