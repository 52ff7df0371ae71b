"""Throughput of entity recognition: the gazetteer pass alone, and `find_mentions` in full.

    .venv/bin/python -m bench.bench_entities [--words 200000] [--runs 5] [--samples] [--cpu]

The text is generated here from news-like sentence templates (titles, reporting verbs, capitals
acting and as places, organisations by head word, demonyms, datelines), so the rules do the
work they do on real articles. `--samples` also measures the bundled sample documents, repeated
to the same length. Prints best-of-runs words per second. Target: >= 1 M words/s for the
gazetteer pass; the rules pass is slower. `--cpu` times with the process's CPU clock instead of
the wall clock: steadier on a machine shared with other work.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from briefer.analysis import entities, gazetteer, gazetteer_reading
from briefer.analysis.names.shapes import words

PEOPLE = [
    ("President", "Aleksandar Vučić"),
    ("Prime Minister", "Albin Kurti"),
    ("Foreign Minister", "Mevlüt Çavuşoğlu"),
    ("Secretary-General", "António Guterres"),
    ("President", "Abdel Fattah al-Sisi"),
    ("Defence Minister", "Hulusi Akar"),
    ("Gen.", "Abdel Fattah al-Burhan"),
    ("Chancellor", "Olaf Scholz"),
]
CAPITALS = ["Belgrade", "Pristina", "Moscow", "Washington", "Ankara", "Athens", "Khartoum", "Kyiv"]
ORGS = ["KFOR", "EULEX", "the European Union", "NATO", "the OSCE", "the African Union", "IGAD"]
RULE_ORGS = ["Serbian Progressive Party", "Ministry of Defence", "Kosovo Police", "Supreme Court"]
FILLER = words(
    "the of and to in a on for that with was by as at from has had after over its their more "
    "than this will which would about officials talks border crossing troops barricades calm "
    "tensions statement week ceasefire sanctions envoy reporters police protest residents"
)


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(8)
    title, name = rng.choice(PEOPLE)
    city = rng.choice(CAPITALS)
    filler = " ".join(rng.choice(FILLER) for _ in range(rng.randint(6, 14)))
    if kind == 0:
        return f"{title} {name} said on Monday that {filler}."
    if kind == 1:
        return f"{city} said {filler}, while protests continued in {rng.choice(CAPITALS)}."
    if kind == 2:
        return f"{rng.choice(ORGS).capitalize()} urged restraint and {filler}."
    if kind == 3:
        return f"The {rng.choice(RULE_ORGS)} rejected the plan; {filler}."
    if kind == 4:
        return f"{name.split()[-1]} told reporters that Serbian police and Kosovo Serbs {filler}."
    if kind == 5:
        return f"However, {filler} in January, Time reported."
    if kind == 6:
        return f"{city.upper()} (Wire) - {filler} near the U.S. embassy."
    return f"{filler.capitalize()}."


def synthetic_text(words: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    count = 0
    while count < words:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


def sample_text(words: int) -> str:
    from briefer.sources import load_document

    root = Path(__file__).resolve().parent.parent / "sample_docs"
    texts = [load_document(p).text for p in sorted(root.rglob("*")) if p.is_file()]
    base = "\n\n".join(texts)
    repeat = max(1, words // max(1, len(base.split())) + 1)
    return "\n\n".join([base] * repeat)


CLOCK: Callable[[], float] = time.perf_counter


def best_of(runs: int, fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = CLOCK()
        fn()
        best = min(best, CLOCK() - start)
    return best


def measure(label: str, text: str, runs: int) -> None:
    gaz = gazetteer.current()
    gaz.automaton()
    entities.find_mentions("Warm-up: Belgrade said.")
    n = len(text.split())
    t_gaz = best_of(runs, lambda: gazetteer_reading.gazetteer_candidates(text, gaz))
    t_all = best_of(runs, lambda: entities.find_mentions(text))
    mentions = len(entities.find_mentions(text))
    print(
        f"{label}: {n:,} words, {mentions:,} mentions; gazetteer pass "
        f"{n / t_gaz / 1e6:.2f} M words/s; find_mentions {n / t_all / 1e3:.0f} k words/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--samples", action="store_true", help="also the bundled sample docs")
    parser.add_argument("--cpu", action="store_true", help="time with the process's CPU clock")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    start = time.perf_counter()
    gazetteer.builtin()
    gazetteer.current().automaton()
    print(f"gazetteer build: {(time.perf_counter() - start) * 1e3:.0f} ms")
    measure("synthetic", synthetic_text(args.words), args.runs)
    if args.samples:
        measure("sample_docs", sample_text(args.words), args.runs)


if __name__ == "__main__":
    main()
