"""Score briefings against the gold annotations: precision, recall and F1 per section.

    .venv/bin/python tests/gold/score.py [--verbose]

Every `tests/gold/*.json` (the development set), `tests/gold/dev2/` to `dev15/` (more
development sets) and, reported apart, the held-out sets `tests/gold/heldout/` and
`tests/gold/heldout2/` are scored by briefing each document alone (`analyse` + `build_briefing`).
Sentences match when their normalised texts are equal or one holds the other and is at least
90 % of its length; actors match by canonical name (both sides mapped through the gazetteer); a
reaction matches when its sentence and its set of actors match, and stance accuracy is reported
apart.
`--verbose` lists misses and false positives for the development sets only: held-out details
stay hidden so that no rule is tuned on them. `--set NAME` (repeatable) scores only those sets.
`--why` counts reaction errors by cause (a reactor taken as a principal, the right sentence with
other actors, a sentence not reported; a principal speaking, a sentence that is no reaction):
totals only, so it is allowed on every set. The sealed sets `tests/gold/heldout3/` to
`heldout10/` are scored only when named (`--set heldout3`), once per round of rule work.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefer.analysis import analyse  # noqa: E402
from briefer.analysis.gazetteer import canonical_name  # noqa: E402
from briefer.analysis.model import Analysis  # noqa: E402
from briefer.analysis.sentences import dateline_end  # noqa: E402
from briefer.briefing.build import build_briefing  # noqa: E402
from briefer.briefing.model import Briefing  # noqa: E402
from briefer.sources import load_document  # noqa: E402

GOLD_DIR = ROOT / "tests" / "gold"
#: Set name -> (folder, whether its misses may be listed). Held-out misses never are.
SETS: dict[str, tuple[Path, bool]] = {
    "dev": (GOLD_DIR, True),
    "dev2": (GOLD_DIR / "dev2", True),
    "dev3": (GOLD_DIR / "dev3", True),
    "dev4": (GOLD_DIR / "dev4", True),
    "dev5": (GOLD_DIR / "dev5", True),
    "dev6": (GOLD_DIR / "dev6", True),
    "dev7": (GOLD_DIR / "dev7", True),
    "dev8": (GOLD_DIR / "dev8", True),
    "dev9": (GOLD_DIR / "dev9", True),
    "dev10": (GOLD_DIR / "dev10", True),
    "dev11": (GOLD_DIR / "dev11", True),
    "dev12": (GOLD_DIR / "dev12", True),
    "dev13": (GOLD_DIR / "dev13", True),
    "dev14": (GOLD_DIR / "dev14", True),
    "dev15": (GOLD_DIR / "dev15", True),
    "dev16": (GOLD_DIR / "dev16", True),
    "dev17": (GOLD_DIR / "dev17", True),
    "dev18": (GOLD_DIR / "dev18", True),
    "dev19": (GOLD_DIR / "dev19", True),
    "dev20": (GOLD_DIR / "dev20", True),
    "dev21": (GOLD_DIR / "dev21", True),
    "dev22": (GOLD_DIR / "dev22", True),
    "dev23": (GOLD_DIR / "dev23", True),
    "dev24": (GOLD_DIR / "dev24", True),
    "dev25": (GOLD_DIR / "dev25", True),
    "dev26": (GOLD_DIR / "dev26", True),
    "dev27": (GOLD_DIR / "dev27", True),
    "dev28": (GOLD_DIR / "dev28", True),
    "dev29": (GOLD_DIR / "dev29", True),
    "dev30": (GOLD_DIR / "dev30", True),
    "dev31": (GOLD_DIR / "dev31", True),
    "dev32": (GOLD_DIR / "dev32", True),
    "dev33": (GOLD_DIR / "dev33", True),
    "dev34": (GOLD_DIR / "dev34", True),
    "dev35": (GOLD_DIR / "dev35", True),
    "dev36": (GOLD_DIR / "dev36", True),
    "dev37": (GOLD_DIR / "dev37", True),
    "dev38": (GOLD_DIR / "dev38", True),
    "dev39": (GOLD_DIR / "dev39", True),
    "dev40": (GOLD_DIR / "dev40", True),
    "dev41": (GOLD_DIR / "dev41", True),
    "dev42": (GOLD_DIR / "dev42", True),
    "dev43": (GOLD_DIR / "dev43", True),
    "dev44": (GOLD_DIR / "dev44", True),
    "dev45": (GOLD_DIR / "dev45", True),
    "dev46": (GOLD_DIR / "dev46", True),
    "dev47": (GOLD_DIR / "dev47", True),
    "dev48": (GOLD_DIR / "dev48", True),
    "dev49": (GOLD_DIR / "dev49", True),
    "dev50": (GOLD_DIR / "dev50", True),
    "dev51": (GOLD_DIR / "dev51", True),
    "dev52": (GOLD_DIR / "dev52", True),
    "dev53": (GOLD_DIR / "dev53", True),
    "dev54": (GOLD_DIR / "dev54", True),
    "dev55": (GOLD_DIR / "dev55", True),
    "dev56": (GOLD_DIR / "dev56", True),
    "dev57": (GOLD_DIR / "dev57", True),
    "dev58": (GOLD_DIR / "dev58", True),
    "dev59": (GOLD_DIR / "dev59", True),
    "dev60": (GOLD_DIR / "dev60", True),
    "dev61": (GOLD_DIR / "dev61", True),
    "dev62": (GOLD_DIR / "dev62", True),
    "dev63": (GOLD_DIR / "dev63", True),
    "dev64": (GOLD_DIR / "dev64", True),
    "dev65": (GOLD_DIR / "dev65", True),
    "dev66": (GOLD_DIR / "dev66", True),
    "dev67": (GOLD_DIR / "dev67", True),
    "dev68": (GOLD_DIR / "dev68", True),
    "dev69": (GOLD_DIR / "dev69", True),
    "dev70": (GOLD_DIR / "dev70", True),
    "dev71": (GOLD_DIR / "dev71", True),
    "dev72": (GOLD_DIR / "dev72", True),
    "dev73": (GOLD_DIR / "dev73", True),
    "dev74": (GOLD_DIR / "dev74", True),
    "dev75": (GOLD_DIR / "dev75", True),
    "dev76": (GOLD_DIR / "dev76", True),
    "dev77": (GOLD_DIR / "dev77", True),
    "dev78": (GOLD_DIR / "dev78", True),
    "dev79": (GOLD_DIR / "dev79", True),
    "dev80": (GOLD_DIR / "dev80", True),
    "dev81": (GOLD_DIR / "dev81", True),
    "dev82": (GOLD_DIR / "dev82", True),
    "dev83": (GOLD_DIR / "dev83", True),
    "dev84": (GOLD_DIR / "dev84", True),
    "dev85": (GOLD_DIR / "dev85", True),
    "dev86": (GOLD_DIR / "dev86", True),
    "dev87": (GOLD_DIR / "dev87", True),
    "dev88": (GOLD_DIR / "dev88", True),
    "dev89": (GOLD_DIR / "dev89", True),
    "dev90": (GOLD_DIR / "dev90", True),
    "dev91": (GOLD_DIR / "dev91", True),
    "dev92": (GOLD_DIR / "dev92", True),
    "dev93": (GOLD_DIR / "dev93", True),
    "dev94": (GOLD_DIR / "dev94", True),
    "dev95": (GOLD_DIR / "dev95", True),
    "dev96": (GOLD_DIR / "dev96", True),
    "dev97": (GOLD_DIR / "dev97", True),
    "dev98": (GOLD_DIR / "dev98", True),
    "dev99": (GOLD_DIR / "dev99", True),
    "dev100": (GOLD_DIR / "dev100", True),
    "dev101": (GOLD_DIR / "dev101", True),
    "dev102": (GOLD_DIR / "dev102", True),
    "dev103": (GOLD_DIR / "dev103", True),
    "dev104": (GOLD_DIR / "dev104", True),
    "dev105": (GOLD_DIR / "dev105", True),
    "dev106": (GOLD_DIR / "dev106", True),
    "dev107": (GOLD_DIR / "dev107", True),
    "dev108": (GOLD_DIR / "dev108", True),
    "dev109": (GOLD_DIR / "dev109", True),
    "dev110": (GOLD_DIR / "dev110", True),
    "dev111": (GOLD_DIR / "dev111", True),
    "dev112": (GOLD_DIR / "dev112", True),
    "dev113": (GOLD_DIR / "dev113", True),
    "dev114": (GOLD_DIR / "dev114", True),
    "dev115": (GOLD_DIR / "dev115", True),
    "dev116": (GOLD_DIR / "dev116", True),
    "dev117": (GOLD_DIR / "dev117", True),
    "dev118": (GOLD_DIR / "dev118", True),
    "dev119": (GOLD_DIR / "dev119", True),
    "dev120": (GOLD_DIR / "dev120", True),
    "dev121": (GOLD_DIR / "dev121", True),
    "dev122": (GOLD_DIR / "dev122", True),
    "dev123": (GOLD_DIR / "dev123", True),
    "dev124": (GOLD_DIR / "dev124", True),
    "dev125": (GOLD_DIR / "dev125", True),
    "dev126": (GOLD_DIR / "dev126", True),
    "dev127": (GOLD_DIR / "dev127", True),
    "dev128": (GOLD_DIR / "dev128", True),
    "dev129": (GOLD_DIR / "dev129", True),
    "dev130": (GOLD_DIR / "dev130", True),
    "dev131": (GOLD_DIR / "dev131", True),
    "dev132": (GOLD_DIR / "dev132", True),
    "dev133": (GOLD_DIR / "dev133", True),
    "dev134": (GOLD_DIR / "dev134", True),
    "dev135": (GOLD_DIR / "dev135", True),
    "dev136": (GOLD_DIR / "dev136", True),
    "dev137": (GOLD_DIR / "dev137", True),
    "dev138": (GOLD_DIR / "dev138", True),
    "dev139": (GOLD_DIR / "dev139", True),
    "dev140": (GOLD_DIR / "dev140", True),
    "dev141": (GOLD_DIR / "dev141", True),
    "dev142": (GOLD_DIR / "dev142", True),
    "dev143": (GOLD_DIR / "dev143", True),
    "dev144": (GOLD_DIR / "dev144", True),
    "dev145": (GOLD_DIR / "dev145", True),
    "dev146": (GOLD_DIR / "dev146", True),
    "heldout": (GOLD_DIR / "heldout", False),
    "heldout2": (GOLD_DIR / "heldout2", False),
    "heldout3": (GOLD_DIR / "heldout3", False),
    "heldout4": (GOLD_DIR / "heldout4", False),
    "heldout5": (GOLD_DIR / "heldout5", False),
    "heldout6": (GOLD_DIR / "heldout6", False),
    "heldout7": (GOLD_DIR / "heldout7", False),
    "heldout8": (GOLD_DIR / "heldout8", False),
    "heldout9": (GOLD_DIR / "heldout9", False),
    "heldout10": (GOLD_DIR / "heldout10", False),
    "heldout11": (GOLD_DIR / "heldout11", False),
    "heldout12": (GOLD_DIR / "heldout12", False),
    "heldout13": (GOLD_DIR / "heldout13", False),
    "heldout14": (GOLD_DIR / "heldout14", False),
    "heldout15": (GOLD_DIR / "heldout15", False),
    "heldout16": (GOLD_DIR / "heldout16", False),
    "heldout17": (GOLD_DIR / "heldout17", False),
    "heldout18": (GOLD_DIR / "heldout18", False),
    "heldout19": (GOLD_DIR / "heldout19", False),
    "heldout20": (GOLD_DIR / "heldout20", False),
    "heldout21": (GOLD_DIR / "heldout21", False),
    "heldout22": (GOLD_DIR / "heldout22", False),
    "heldout23": (GOLD_DIR / "heldout23", False),
    "heldout24": (GOLD_DIR / "heldout24", False),
    "heldout25": (GOLD_DIR / "heldout25", False),
    "heldout26": (GOLD_DIR / "heldout26", False),
    "heldout27": (GOLD_DIR / "heldout27", False),
    "heldout28": (GOLD_DIR / "heldout28", False),
    "heldout29": (GOLD_DIR / "heldout29", False),
    "heldout30": (GOLD_DIR / "heldout30", False),
    "heldout31": (GOLD_DIR / "heldout31", False),
    "heldout32": (GOLD_DIR / "heldout32", False),
    "heldout33": (GOLD_DIR / "heldout33", False),
    "heldout34": (GOLD_DIR / "heldout34", False),
    "heldout35": (GOLD_DIR / "heldout35", False),
    "heldout36": (GOLD_DIR / "heldout36", False),
    "heldout37": (GOLD_DIR / "heldout37", False),
    "heldout38": (GOLD_DIR / "heldout38", False),
    "heldout39": (GOLD_DIR / "heldout39", False),
    "heldout40": (GOLD_DIR / "heldout40", False),
    "heldout41": (GOLD_DIR / "heldout41", False),
    "heldout42": (GOLD_DIR / "heldout42", False),
    "heldout43": (GOLD_DIR / "heldout43", False),
    "heldout44": (GOLD_DIR / "heldout44", False),
    "heldout45": (GOLD_DIR / "heldout45", False),
}
#: This round's fresh pool: development sets written a round ahead and first scored at this
#: round's start, on which the round's changes are judged. Nothing learnt may train on them until
#: the round ends (`learn.gold.development_sets` leaves them out); then they join the rest.
FRESH_POOL = frozenset({"dev143", "dev144", "dev145", "dev146"})
#: Sets scored only when named with `--set`: a sealed set is scored once, at the end of a round
#: of rule work, so that not even its totals steer the rules.
SEALED = frozenset(
    {
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
        "heldout36",
        "heldout37",
        "heldout38",
        "heldout39",
        "heldout40",
        "heldout41",
        "heldout42",
        "heldout43",
        "heldout44",
        "heldout45",
    }
)
#: Development documents whose crisis a held-out set also covers (found by file names only, at
#: session 8: the crises of dev20 ... dev24 were chosen without seeing the held-out sets' names).
#: They are scored, so a set's totals stay comparable with its first-seen figures, but their
#: misses are never listed and they are never training data: tuning on them would tune on a
#: held-out set's crisis. Key: "<set>/<stem>"; value: the held-out set that shares the crisis.
SHARED_CRISIS: dict[str, str] = {
    "dev15/sri-lanka-crisis-1": "heldout2",
    "dev20/bolivia-election-1": "heldout2",
    "dev20/doklam-standoff-1": "heldout5",
    "dev20/estonia-bronze-soldier-1": "heldout4",
    "dev20/gambia-crisis-1": "heldout6",
    "dev20/mumbai-attacks-1": "heldout6",
    "dev20/mumbai-attacks-2": "heldout6",
    "dev20/turkey-coup-1": "heldout5",
    "dev20/turkey-coup-2": "heldout5",
    "dev20/westgate-attack-1": "heldout6",
    "dev21/bahrain-pearl-1": "heldout5",
    "dev21/burundi-coup-1": "heldout5",
    "dev21/chibok-kidnapping-1": "heldout6",
    "dev21/chibok-kidnapping-2": "heldout6",
    "dev21/dutch-turkish-row-1": "heldout3",
    "dev21/rohingya-exodus-1": "heldout5",
    "dev21/rohingya-exodus-2": "heldout5",
    "dev21/su24-downing-1": "heldout6",
    "dev21/su24-downing-2": "heldout6",
    "dev22/abqaiq-attack-1": "heldout6",
    "dev22/abqaiq-attack-2": "heldout6",
    "dev22/honduras-coup-1": "heldout6",
    "dev22/honduras-coup-2": "heldout6",
    "dev22/kyrgyzstan-uprising-1": "heldout5",
    "dev22/madagascar-crisis-1": "heldout5",
    "dev22/madagascar-crisis-2": "heldout5",
    "dev22/stena-impero-1": "heldout4",
    "dev22/stena-impero-2": "heldout4",
    "dev23/castillo-arrest-1": "heldout2",
    "dev23/castillo-arrest-2": "heldout2",
    "dev23/guinea-coup-1": "heldout2",
    "dev23/wagner-mutiny-1": "heldout2",
    "dev23/wagner-mutiny-2": "heldout2",
    "dev24/eswatini-protests-1": "heldout3",
    "dev24/jordan-hamzah-1": "heldout4",
    "dev24/marawi-siege-1": "heldout6",
}


def shares_crisis(set_name: str, stem: str) -> bool:
    """Whether this development document's crisis is also a held-out set's (see SHARED_CRISIS)."""
    return f"{set_name}/{stem}" in SHARED_CRISIS


SECTIONS = ("background", "reactions", "actors")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, straight quotes, single spaces, case folded."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip().casefold()


def same_sentence(a: str, b: str) -> bool:
    """Equal after normalising, or one holds the other and is >= 90 % of its length.

    A wire dateline opening either text is left out first: the gold keeps it in a lead's text,
    while briefings leave it out of the sentence ('LONDON, March 26 (Reuters) - ...')."""
    na, nb = normalise(_without_dateline(a)), normalise(_without_dateline(b))
    if na == nb:
        return True
    short, long_ = sorted((na, nb), key=len)
    return bool(short) and short in long_ and len(short) >= 0.9 * len(long_)


def _without_dateline(text: str) -> str:
    return text[dateline_end(text, 0, len(text)) :]


def actor_key(name: str) -> str:
    """The canonical form of an actor name, as the gazetteer knows it."""
    found = canonical_name(name)
    return normalise(found[0] if found else name)


@dataclass
class Counts:
    """True positives, false positives and false negatives, with what was missed."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.false += other.false

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def match(
    gold: Sequence[Any], predicted: Sequence[Any], same: Callable[[Any, Any], bool]
) -> tuple[Counts, list[tuple[Any, Any]]]:
    """One-to-one greedy matching in document order."""
    counts = Counts()
    used: set[int] = set()
    pairs: list[tuple[Any, Any]] = []
    for g in gold:
        hit = next((i for i, p in enumerate(predicted) if i not in used and same(g, p)), None)
        if hit is None:
            counts.fn += 1
            counts.misses.append(str(g))
        else:
            used.add(hit)
            counts.tp += 1
            pairs.append((g, predicted[hit]))
    for i, p in enumerate(predicted):
        if i not in used:
            counts.fp += 1
            counts.false.append(str(p))
    return counts, pairs


@dataclass
class DocScore:
    """Counts per section for one annotated document."""

    name: str
    sections: dict[str, Counts]
    stance_right: int
    stance_total: int
    reasons: Counter[str] = field(default_factory=Counter)


def _why_missed(
    g: Any, predicted: Sequence[Any], principals: set[str], analysis: Analysis | None
) -> str:
    """Why a gold reaction was not matched, in one word, for totals that name no sentence."""
    if g[1] & principals:
        return "actor-taken-as-principal"
    if any(same_sentence(g[0], p[0]) for p in predicted):
        return "other-actors"
    labelled = next(
        (s for s in analysis.sentences if same_sentence(g[0], s.text)) if analysis else iter(()),
        None,
    )
    if labelled is None:
        return "not-reported"
    if labelled.label != "reaction":
        return f"not-reported-labelled-{labelled.label}"
    if not labelled.speakers:
        return "not-reported-no-speaker"
    if {actor_key(a) for a in labelled.speakers} & principals:
        return "not-reported-speaker-a-principal"
    return "not-reported-dropped"


def _why_false(p: Any, gold: Sequence[Any], gold_principals: set[str]) -> str:
    """Why a predicted reaction matched nothing, in one word."""
    if p[1] & gold_principals:
        return "principal-as-speaker"
    if any(same_sentence(g[0], p[0]) for g in gold):
        return "other-actors"
    return "not-a-reaction"


def _split_actors(label: str | None) -> frozenset[str]:
    return frozenset(actor_key(a) for a in (label or "").split(", ") if a)


def score_briefing(
    gold: dict[str, Any], briefing: Briefing, name: str, analysis: Analysis | None = None
) -> DocScore:
    """Compare one briefing with its gold annotation."""
    sections: dict[str, Counts] = {}
    bg = briefing.section("background")
    predicted_bg = [i.text for i in bg.items] if bg else []
    sections["background"], _ = match(gold.get("background", []), predicted_bg, same_sentence)

    rx = briefing.section("reactions")
    predicted_rx = [(i.text, _split_actors(i.actor), i.stance) for i in rx.items] if rx else []
    gold_rx = [
        (r["text"], frozenset(actor_key(a) for a in r["actors"]), r.get("stance"))
        for r in gold.get("reactions", [])
    ]

    def same_reaction(g: Any, p: Any) -> bool:
        return bool(g[1] == p[1] and same_sentence(g[0], p[0]))

    sections["reactions"], pairs = match(gold_rx, predicted_rx, same_reaction)
    right = sum(1 for g, p in pairs if g[2] == p[2])
    principals = {actor_key(p) for p in briefing.principals}
    gold_principals_set = {actor_key(p) for p in gold.get("principals", [])}
    reasons: Counter[str] = Counter()
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g in gold_rx:
        if id(g) not in matched_gold:
            reasons["miss: " + _why_missed(g, predicted_rx, principals, analysis)] += 1
    for p in predicted_rx:
        if id(p) not in matched_predicted:
            reasons["false: " + _why_false(p, gold_rx, gold_principals_set)] += 1

    actors = briefing.section("actors")
    predicted_actors = [actor_key(a.name) for a in actors.actors] if actors else []
    gold_actors = [actor_key(a["name"]) for a in gold.get("actors", [])]
    sections["actors"], _ = match(gold_actors, predicted_actors, lambda a, b: a == b)

    gold_principals = [actor_key(p) for p in gold.get("principals", [])]
    sections["principals"], _ = match(
        gold_principals, [actor_key(p) for p in briefing.principals], lambda a, b: a == b
    )
    return DocScore(name, sections, right, len(pairs), reasons)


def score_file(path: Path) -> DocScore:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = load_document(ROOT / gold["document"])
    analysis = analyse(doc)
    briefing = build_briefing([(doc, analysis)])
    return score_briefing(gold, briefing, path.stem, analysis)


def gold_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.json") if p.is_file())


@dataclass
class SetScore:
    """Totals over a set of documents."""

    docs: list[DocScore]
    totals: dict[str, Counts]
    stance_right: int
    stance_total: int

    @property
    def reasons(self) -> Counter[str]:
        """Why reactions were missed or false, summed over the set (no sentence named)."""
        total: Counter[str] = Counter()
        for d in self.docs:
            total.update(d.reasons)
        return total


def score_set(paths: Iterable[Path]) -> SetScore:
    docs = [score_file(p) for p in paths]
    totals: dict[str, Counts] = {}
    for d in docs:
        for key, counts in d.sections.items():
            totals.setdefault(key, Counts()).add(counts)
    return SetScore(
        docs,
        totals,
        sum(d.stance_right for d in docs),
        sum(d.stance_total for d in docs),
    )


def _print_set(label: str, result: SetScore, verbose: bool, why: bool = False) -> None:
    print(f"{label}: {len(result.docs)} documents")
    for key in (*SECTIONS, "principals"):
        c = result.totals.get(key, Counts())
        print(
            f"  {key:<11} P {c.precision:.3f}  R {c.recall:.3f}  F1 {c.f1:.3f}"
            f"   (tp {c.tp}, fp {c.fp}, fn {c.fn})"
        )
    if result.stance_total:
        acc = result.stance_right / result.stance_total
        print(f"  stance accuracy {acc:.3f} ({result.stance_right}/{result.stance_total})")
    if why and result.reasons:
        print(
            "  reaction errors: " + ", ".join(f"{k} {v}" for k, v in sorted(result.reasons.items()))
        )
    if verbose:
        for d in result.docs:
            if shares_crisis(label, d.name):
                print(f"    [{d.name}] not listed: its crisis is also in a held-out set")
                continue
            for key, c in d.sections.items():
                for m in c.misses:
                    print(f"    [{d.name}] {key} MISS  {m}")
                for f in c.false:
                    print(f"    [{d.name}] {key} FALSE {f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", action="store_true", help="list misses and FPs of the development sets"
    )
    parser.add_argument(
        "--why",
        action="store_true",
        help="count reaction errors by cause (totals only, for every set)",
    )
    parser.add_argument(
        "--set", action="append", choices=sorted(SETS), help="score only this set (repeatable)"
    )
    args = parser.parse_args(argv)
    scored = []
    for name in args.set or [n for n in SETS if n not in SEALED]:
        folder, listable = SETS[name]
        files = gold_files(folder)
        if not files:
            continue
        result = score_set(files)
        scored.append(result)
        # Never verbose on a held-out set: its misses must not guide the rules.
        _print_set(name, result, args.verbose and listable, args.why)
    if len(scored) > 1:
        _print_set("overall", combine(scored), False)
    return 0


def combine(parts: Sequence[SetScore]) -> SetScore:
    """Totals over several sets, without their misses."""
    overall = SetScore([d for part in parts for d in part.docs], {}, 0, 0)
    for part in parts:
        for key, c in part.totals.items():
            overall.totals.setdefault(key, Counts()).add(Counts(c.tp, c.fp, c.fn))
        overall.stance_right += part.stance_right
        overall.stance_total += part.stance_total
    return overall


if __name__ == "__main__":
    raise SystemExit(main())
