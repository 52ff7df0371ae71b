"""A learnt second opinion on the stance of a reaction: which of the gold stances (concern,
appeal-restraint, appeal-dialogue, support, criticism, threat, other) a third party's statement
or act takes, from general features of its wording.

The briefing calls `restance` on each reaction it keeps, after the rules (`stance.stance_of`
and the passes that carry a stance on) have given theirs. A sparse logistic model fitted
offline on the development gold (`learn/stance.py`, weights in `data/stance.json`) may then
give a stance only where the rules' cues found none ("other", `DECIDED`) and only when it is
confident: its most probable stance replaces the rules' at a probability of `meta["overturn"]`
or more. It changes nothing but the stance: no
reaction is added or dropped. Features are general language only (lower-case words and word
pairs, the words after the speaker's name, negation, modals, quotation, the speaker's entity
type, whether the speaker spoke or acted, the rules' stance); no name is read as a name.
`rules_only()` switches the model off, for training (the model learns from the rules' stance,
never its own) and for measuring it on / off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import pairwise
from pathlib import Path

from briefer.analysis.linear import LinearModel, load_model

MODEL_PATH = Path(__file__).parent / "data" / "stance.json"

# Off inside `rules_only()` (a context variable: per thread and task, never read from config).
_ENABLED: ContextVar[bool] = ContextVar("stance_model_enabled", default=True)


@contextmanager
def rules_only() -> Iterator[None]:
    """While open, `restance` keeps the rules' stance: the briefing is the rules' alone."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)


_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*")
_NEGATION = frozenset({"not", "never", "no", "nor", "without", "neither", "cannot"})
_MODALS = frozenset({"may", "might", "could", "would", "should", "must", "will", "shall", "can"})
_QUOTES = frozenset('"“”‘')
#: How many words after the speaker's name are read as the words around its verb.
AFTER = 4


#: The rules' stances the model may replace: only where their cues found no stance. Where a
#: cue fired the rules are mostly right and the model's disagreements there lost as many right
#: stances as they gained (leave-sets-out on D, session 17); where none fired ("other": an act,
#: a wording no cue lists) it gained.
DECIDED = frozenset({"other"})


def _words(text: str) -> list[str]:
    """Lower-case words, numbers read as NUM and words ending in n't split off as "not"."""
    out = []
    for t in _TOKEN.findall(text.lower()):
        if t[0].isdigit():
            out.append("NUM")
        elif t.endswith(("n't", "n’t")):
            out += [t[:-3] or t, "not"]
        else:
            out.append(t)
    return out


def features(
    text: str, stance: str, speaker_types: Sequence[str], after_speaker: str, spoken: bool
) -> list[str]:
    """The features of one reaction: its words (`w:`) and word pairs (`b:`), the first words
    after its speaker's name (`v:`, where the verb usually is), negation, modals, quotation,
    the speaker's entity types (`t:`), spoken or acted (`k:`) and the rules' stance (`r:`)."""
    words = _words(text)
    kind = "said" if spoken else "acted"
    out = [f"r:{stance}", f"k:{kind}", f"rk:{stance}:{kind}"]
    out += [f"w:{w}" for w in dict.fromkeys(words)]
    out += [f"b:{a}_{b}" for a, b in dict.fromkeys(pairwise(words))]
    out += [f"v:{w}" for w in dict.fromkeys(_words(after_speaker)[:AFTER])]
    if _NEGATION.intersection(words):
        out.append("neg")
    if _MODALS.intersection(words):
        out.append("modal")
    if _QUOTES.intersection(text):
        out.append("quote")
    out += [f"t:{t}" for t in sorted(set(speaker_types))]
    return out


def decide(rule: str, probabilities: dict[str, float], overturn: float) -> str:
    """The model's most probable stance where it reaches `overturn`, else the rules'."""
    best = max(probabilities, key=lambda c: probabilities[c])
    return best if best != rule and probabilities[best] >= overturn else rule


def restance(
    text: str,
    stance: str,
    speaker_types: Sequence[str],
    after_speaker: str,
    spoken: bool,
    model: LinearModel | None = None,
) -> str:
    """The stance of a reaction: the rules' `stance`, unless the model (the shipped one by
    default) is confident of another (see the module's docstring)."""
    if not _ENABLED.get():
        return stance
    if model is None:
        if not MODEL_PATH.exists():
            return stance
        model = load_model(MODEL_PATH)
    if stance not in DECIDED or stance not in model.classes:
        return stance
    row = dict.fromkeys(features(text, stance, speaker_types, after_speaker, spoken), 1.0)
    return decide(stance, model.probabilities(row), float(model.meta["overturn"]))
