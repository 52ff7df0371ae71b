"""Benchmark `briefer index` and `briefer search` against bare Whoosh on the same corpus.

    python -m bench.bench_index --docs 1000 10000 [--words 600] [--workdir /tmp/briefer-bench]

For each size: full index time and docs/s (briefer, and bare Whoosh with the same schema and no
loading or analysis, as a ratio), re-sync time with nothing changed and with one file changed,
search p50/p95 for 20 hits with and without snippets, peak memory (the indexing process and
its worker processes) and index size. Each phase runs in its own process so that peak memory
is that phase's own.

Re-sync is timed twice: `Library.sync` in a process that has imported `briefer.index` (what
the reader's re-index does; it includes loading the analysis code and data when a file has to
be analysed), and the whole `briefer index` command in a fresh process, start to exit, as a
person at a shell waits for it (with `briefer search` timed the same way).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus import generate

QUERIES = [
    "border",
    "protest",
    "kosovo serbia",
    '"border crossing"',
    "police OR army",
    "ceasefire NOT sanctions",
    "(talks OR negotiations) kosovo",
    "title:serbia",
    'source:"adriatic wire"',
    "date:2026-03",
    "date:[2026-05-01 TO 2026-05-20] troops",
    "entity:NATO",
    "sanctons~",
    "prot",
    "european union",
    "refugees aid humanitarian",
]
REPEATS = 5


def _maxrss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def _du_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def phase_bare(corpus: Path, index: Path) -> dict[str, Any]:
    """Bare Whoosh: the same schema, each file's first line as title and the rest as body."""
    from whoosh import index as windex

    from briefer.index.schema import build_schema
    from briefer.index.sync import LIMIT_MB

    shutil.rmtree(index, ignore_errors=True)
    index.mkdir(parents=True)
    files = sorted(corpus.rglob("*.txt"))
    start, start_cpu = time.perf_counter(), time.process_time()
    ix = windex.create_in(str(index), build_schema())
    writer = ix.writer(limitmb=LIMIT_MB)
    for n, path in enumerate(files):
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        writer.add_document(id=str(n), path=str(path), title=title, body=body)
    writer.commit()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_s": time.process_time() - start_cpu,
        "docs": len(files),
        "rss_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "size_mb": _du_mb(index),
    }


def phase_full(corpus: Path, index: Path) -> dict[str, Any]:
    from briefer.index import Library

    shutil.rmtree(index, ignore_errors=True)
    start, start_cpu = time.perf_counter(), time.process_time()
    with Library(index) as library:
        report = library.sync([corpus], rebuild=True)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        # The indexer's CPU and its workers' (reaped when the pool closed): on a machine
        # shared with other work, CPU seconds move less than wall seconds.
        "cpu_s": time.process_time() - start_cpu,
        "children_cpu_s": _cpu_children(),
        "docs": report.documents,
        "skipped": len(report.skipped),
        "rss_mb": _maxrss_mb(resource.RUSAGE_SELF),
        "children_rss_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
        "size_mb": _du_mb(index),
    }


def phase_resync(corpus: Path, index: Path) -> dict[str, Any]:
    # The reader has the analysis code loaded (it shows briefings); `briefer.analysis` loads
    # its pipeline lazily, so ask for it by name.
    from briefer.analysis import analyse  # noqa: F401
    from briefer.index import Library

    with Library(index) as library:
        start, cpu = time.perf_counter(), time.process_time()
        unchanged = library.sync([corpus])
        nothing = time.perf_counter() - start
        nothing_cpu = time.process_time() - cpu
        victim = sorted(corpus.rglob("*.txt"))[len(unchanged.added) // 2]
        with victim.open("a", encoding="utf-8") as handle:
            handle.write(f"\nA late correction was added at {time.time()}.\n")
        start, cpu = time.perf_counter(), time.process_time()
        one = library.sync([corpus])
        changed = time.perf_counter() - start
        changed_cpu = time.process_time() - cpu
    assert not unchanged.added and not unchanged.updated, "re-sync found changes"
    assert len(one.updated) == 1, f"expected one update, got {one.to_dict()}"
    # CPU seconds too: on a shared machine they move less with other people's load.
    return {
        "nothing_s": nothing,
        "one_s": changed,
        "nothing_cpu_s": nothing_cpu,
        "one_cpu_s": changed_cpu,
    }


CLI_REPEATS = 3


def _cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(usage.ru_utime + usage.ru_stime)


def _time_cli(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one `briefer` command in a fresh process."""
    start, cpu = time.perf_counter(), _cpu_children()
    done = subprocess.run(
        [sys.executable, "-m", "briefer", *args], capture_output=True, env=env, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"briefer {' '.join(args)} failed: {done.stderr.decode()}")
    return seconds, _cpu_children() - cpu


def phase_cli(corpus: Path, index: Path) -> dict[str, Any]:
    """`briefer index` with one file changed and `briefer search`, each a fresh process, on
    the index built by `phase_full` (its folder linked where BRIEFER_HOME puts the index).
    The best of CLI_REPEATS runs: start-up is what is measured, not the machine's noise."""
    home = index.parent / f"cli-home-{index.name}"
    shutil.rmtree(home, ignore_errors=True)
    (home / "data").mkdir(parents=True)
    (home / "data" / "index").symlink_to(index.absolute(), target_is_directory=True)
    env = {**os.environ, "BRIEFER_HOME": str(home)}
    _time_cli(["index", str(corpus)], env)  # adds the corpus to this home's library
    files = sorted(corpus.rglob("*.txt"))
    one: list[tuple[float, float]] = []
    for n in range(CLI_REPEATS):
        with files[len(files) // 3 + n].open("a", encoding="utf-8") as handle:
            handle.write(f"\nA later correction was added at {time.time()}.\n")
        one.append(_time_cli(["index", str(corpus)], env))
    nothing = min(_time_cli(["index", str(corpus)], env) for _ in range(CLI_REPEATS))
    search = min(_time_cli(["search", "kosovo border"], env) for _ in range(CLI_REPEATS))
    best = min(one)
    return {
        "index_one_s": best[0],
        "index_one_cpu_s": best[1],
        "index_nothing_s": nothing[0],
        "index_nothing_cpu_s": nothing[1],
        "search_s": search[0],
        "search_cpu_s": search[1],
    }


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def phase_search(index: Path) -> dict[str, Any]:
    from briefer.index import Library

    out: dict[str, Any] = {}
    with Library(index) as library:
        for q in QUERIES:  # warm the searcher, the facet table and the OS cache
            library.search(q, limit=20, snippets=True)
        for snippets in (False, True):
            samples: list[float] = []
            for _ in range(REPEATS):
                for q in QUERIES:
                    start = time.perf_counter()
                    library.search(q, limit=20, snippets=snippets)
                    samples.append((time.perf_counter() - start) * 1000)
            p50, p95 = _percentiles(samples)
            key = "snippets" if snippets else "plain"
            out[key] = {"p50_ms": p50, "p95_ms": p95, "max_ms": max(samples)}
        out["totals"] = {q: library.search(q, limit=1, snippets=False).total for q in QUERIES}
    return out


def _run_phase(args: list[str], home: Path) -> dict[str, Any]:
    env = {**os.environ, "BRIEFER_HOME": str(home)}
    cmd = [sys.executable, "-m", "bench.bench_index", "--phase", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {args[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def bench_size(docs: int, words: int, workdir: Path) -> dict[str, Any]:
    corpus = workdir / f"corpus-{docs}-{words}"
    if not corpus.exists() or sum(1 for _ in corpus.rglob("*.txt")) != docs:
        shutil.rmtree(corpus, ignore_errors=True)
        generate(corpus, docs, words)
    home = workdir / "home"
    bare = _run_phase(["bare", str(corpus), str(workdir / f"bare-{docs}")], home)
    full = _run_phase(["full", str(corpus), str(workdir / f"index-{docs}")], home)
    resync = _run_phase(["resync", str(corpus), str(workdir / f"index-{docs}")], home)
    search = _run_phase(["search", "-", str(workdir / f"index-{docs}")], home)
    cli = _run_phase(["cli", str(corpus), str(workdir / f"index-{docs}")], home)
    return {
        "docs": docs,
        "bare": bare,
        "full": full,
        "resync": resync,
        "search": search,
        "cli": cli,
    }


def print_table(results: list[dict[str, Any]]) -> None:
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("full index (s)", lambda r: f"{r['full']['seconds']:.1f}"),
        ("full index (docs/s)", lambda r: f"{r['full']['docs'] / r['full']['seconds']:.0f}"),
        ("full index CPU s (indexer + workers)", lambda r: _full_cpu(r["full"])),
        ("bare Whoosh (s)", lambda r: f"{r['bare']['seconds']:.1f}"),
        ("bare Whoosh CPU (s)", lambda r: f"{r['bare']['cpu_s']:.1f}"),
        ("bare Whoosh (docs/s)", lambda r: f"{r['bare']['docs'] / r['bare']['seconds']:.0f}"),
        (
            "briefer / bare docs/s",
            lambda r: f"{r['bare']['seconds'] / r['full']['seconds']:.2f}x",
        ),
        ("re-sync, nothing changed (s, CPU)", lambda r: _wc(r["resync"], "nothing")),
        ("re-sync, one file changed (s, CPU)", lambda r: _wc(r["resync"], "one")),
        ("briefer index, nothing changed (s)", lambda r: f"{r['cli']['index_nothing_s']:.3f}"),
        ("briefer index, one changed (s)", lambda r: f"{r['cli']['index_one_s']:.3f}"),
        ("briefer search, fresh process (s)", lambda r: f"{r['cli']['search_s']:.3f}"),
        ("search p50 / p95 (ms)", lambda r: _pp(r["search"]["plain"])),
        ("  with snippets, 20 hits (ms)", lambda r: _pp(r["search"]["snippets"])),
        ("peak memory, indexer (MB)", lambda r: f"{r['full']['rss_mb']:.0f}"),
        ("peak memory, a worker (MB)", lambda r: f"{r['full']['children_rss_mb']:.0f}"),
        ("peak memory, bare Whoosh (MB)", lambda r: f"{r['bare']['rss_mb']:.0f}"),
        ("index size (MB)", lambda r: f"{r['full']['size_mb']:.1f}"),
        ("bare Whoosh index size (MB)", lambda r: f"{r['bare']['size_mb']:.1f}"),
    ]
    header = f"{'':36}" + "".join(f"{r['docs']:>14,}" for r in results)
    print(header)
    for label, cell in rows:
        print(f"{label:36}" + "".join(f"{cell(r):>14}" for r in results))


def _full_cpu(d: dict[str, float]) -> str:
    """CPU seconds of the indexer and of its workers: '12.0 + 60.1'."""
    return f"{d['cpu_s']:.1f} + {d['children_cpu_s']:.1f}"


def _wc(d: dict[str, float], key: str) -> str:
    """Wall and CPU seconds: '0.296 (0.30)'."""
    return f"{d[key + '_s']:.3f} ({d[key + '_cpu_s']:.2f})"


def _pp(d: dict[str, float]) -> str:
    return f"{d['p50_ms']:.1f} / {d['p95_ms']:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/briefer-bench"))
    parser.add_argument("--json", action="store_true", help="print raw figures as JSON too")
    parser.add_argument("--phase", nargs=3, metavar=("NAME", "CORPUS", "INDEX"), help="internal")
    args = parser.parse_args()
    if args.phase:
        name, corpus, index = args.phase
        if name == "bare":
            result = phase_bare(Path(corpus), Path(index))
        elif name == "full":
            result = phase_full(Path(corpus), Path(index))
        elif name == "resync":
            result = phase_resync(Path(corpus), Path(index))
        elif name == "cli":
            result = phase_cli(Path(corpus), Path(index))
        else:
            result = phase_search(Path(index))
        print(json.dumps(result))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for docs in args.docs:
        results.append(bench_size(docs, args.words, args.workdir))
        print(f"done: {docs} documents", file=sys.stderr)
    print(f"cores: {len(os.sched_getaffinity(0))}, words per document: {args.words}")
    print_table(results)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
