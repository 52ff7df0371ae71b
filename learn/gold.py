"""The development gold as training material: documents, their analyses, their answers, and
the labels the rules gave each document before they were tuned on it (`first_seen_rules`).

Only development sets are read here. Held-out sets (`heldout*`) are never training data and
never tuning data; `development_sets` refuses them, and the round's fresh pool.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar
from unittest import mock

from briefer.analysis import analyse
from briefer.analysis.model import Analysis, Sentence
from briefer.sources import load_document
from briefer.sources.document import Document

T = TypeVar("T")

ROOT = Path(__file__).resolve().parents[1]


def _load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gold_score", ROOT / "tests/gold/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


#: tests/gold/score.py: the one place that knows the sets and how sentences and actors match.
scorer = _load_scorer()


@contextmanager
def recorded(model: ModuleType, hook: str, note: Callable[..., T]) -> Iterator[list[T]]:
    """While open, the pipeline keeps the rules' own calls (the model module's `rules_only`:
    a model never learns from its own output) and `note(...)` of what each call of the
    module's `hook` is handed is appended to the yielded list."""
    original = getattr(model, hook)
    calls: list[T] = []

    def record(*args: Any, **kwargs: Any) -> Any:
        calls.append(note(*args, **kwargs))
        return original(*args, **kwargs)

    with model.rules_only(), mock.patch.object(model, hook, record):
        yield calls


def score_off_on(sets: Sequence[str], model: ModuleType, model_path: Path) -> None:
    """Print score.py's figures for `sets` (its default sets if none) through the real
    pipeline with a learnt model off (the module's `rules_only`), then on with the model at
    `model_path` (patched in as the module's `MODEL_PATH`)."""
    argv = [arg for name in sets for arg in ("--set", name)]
    print("model off (the rules)")
    with model.rules_only():
        scorer.main(argv)
    print(f"model on ({model_path})")
    with mock.patch.object(model, "MODEL_PATH", model_path):
        scorer.main(argv)


def development_sets() -> list[str]:
    """Every development set the scorer knows (dev, dev2, ...), in its order, but the round's
    fresh pool (`scorer.FRESH_POOL`): a model trained on it could not be judged on it."""
    return [
        name
        for name in scorer.SETS
        if not name.startswith("heldout") and name not in scorer.FRESH_POOL
    ]


@dataclass(frozen=True)
class GoldDocument:
    """One annotated development document, loaded and analysed by the current code."""

    group: str
    path: Path
    gold: dict[str, Any]
    document: Document
    analysis: Analysis


def gold_documents(groups: Sequence[str] | None = None) -> Iterator[GoldDocument]:
    """Annotated documents of the named development sets (all of them by default), without
    those whose crisis a held-out set shares (`score.SHARED_CRISIS`)."""
    names = development_sets() if groups is None else list(groups)
    for name in names:
        if name.startswith("heldout"):
            raise ValueError(f"{name} is held out: never training data")
        folder, _ = scorer.SETS[name]
        for path in scorer.gold_files(folder):
            if scorer.shares_crisis(name, path.stem):
                continue  # a held-out set's crisis: never training data
            gold = json.loads(path.read_text(encoding="utf-8"))
            doc = load_document(ROOT / gold["document"])
            yield GoldDocument(name, path, gold, doc, analyse(doc))


# Run by the interpreter in a folder holding an old revision's `briefer`: the label of each
# sentence of each document named on the command line, as JSON.
_OLD_RULES = """
import json, sys
from briefer.analysis import analyse
from briefer.sources import load_document
out = {}
for path in sys.argv[1:]:
    try:
        out[path] = [[s.text, s.label] for s in analyse(load_document(path)).sentences]
    except Exception:
        out[path] = None
print(json.dumps(out))
"""


def _git(*args: str) -> bytes:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True).stdout


def landing_commits(folder: str = "tests/gold") -> dict[str, str]:
    """The commit that added each file under `folder` (by path from the repository root): its
    rules had never been tuned on that document. One `git log` for them all; a path added more
    than once keeps its first addition."""
    log = _git(
        "log", "--diff-filter=A", "--no-renames", "--format=%x00%H", "--name-only", "--", folder
    ).decode()
    added: dict[str, str] = {}
    for entry in log.split("\0")[1:]:
        commit, *paths = entry.split("\n")
        for path in filter(None, paths):
            added[path] = commit  # the log is newest first: the last write is the oldest
    return added


def run_at(commit: str, script: str, documents: Sequence[Path]) -> dict[str, Any]:
    """What `script` prints (JSON: an answer per document path given on its command line),
    run by the `briefer` of `commit` on each document (read as it is now); None for each
    document where that revision cannot run it."""
    with tempfile.TemporaryDirectory() as folder:
        archive = _git("archive", "--format=tar", commit, "briefer")
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        run = subprocess.run(
            [sys.executable, "-c", script, *map(str, documents)],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": folder},
            capture_output=True,
            check=False,
        )
    if run.returncode != 0:
        return {str(d): None for d in documents}
    found: dict[str, Any] = json.loads(run.stdout)
    return found


def rules_at(commit: str, documents: Sequence[Path]) -> dict[str, list[tuple[str, str]] | None]:
    """The (text, label) of each sentence the rules of `commit` give each document (read as
    it is now), or None where that revision cannot analyse it."""
    found = run_at(commit, _OLD_RULES, documents)
    return {k: None if v is None else [(t, lab) for t, lab in v] for k, v in found.items()}


def matched_labels(
    sentences: Sequence[Sentence], old: Sequence[tuple[str, str]] | None
) -> list[str]:
    """The old rules' label of each sentence, found by its text (the current label where the
    old split has no such sentence)."""
    if old is None:
        return [s.label for s in sentences]
    by_text = {scorer.normalise(t): lab for t, lab in reversed(old)}
    out = []
    for s in sentences:
        key = scorer.normalise(s.text)
        label = by_text.get(key)
        if label is None:
            label = next((lab for t, lab in old if scorer.same_sentence(t, s.text)), s.label)
        out.append(label)
    return out


def first_seen_rules(
    items: Sequence[GoldDocument],
) -> dict[str, list[tuple[str, str]] | None]:
    """The (text, label) of each sentence of each document by the rules as they were when its
    gold landed (`landing_commits`), keyed by the document's absolute path; None where that
    revision cannot analyse it. One old revision runs once for all the documents it landed."""
    landed = landing_commits()
    by_commit: dict[str, list[Path]] = {}
    for item in items:
        commit = landed[item.path.relative_to(ROOT).as_posix()]
        by_commit.setdefault(commit, []).append(ROOT / item.gold["document"])
    old: dict[str, list[tuple[str, str]] | None] = {}
    for commit, documents in by_commit.items():
        old.update(rules_at(commit, documents))
    return old
