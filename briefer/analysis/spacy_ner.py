"""spaCy as an optional extra (`pip install briefer[spacy]` plus the en_core_web_sm model).

Its entities are merged *under* the gazetteer and the rules: they only fill gaps, since a small
statistical model mislabels what the lists know (Pristina as PERSON, countries as ORG). A spaCy
span whose words the gazetteer knows takes the gazetteer's canonical name and type.

Nothing here runs unless asked (`find_mentions(text, use_spacy=True)` or BRIEFER_SPACY=1), and
without spaCy or its model installed it quietly finds nothing. The default path never imports
spaCy: this module imports it lazily.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from briefer.analysis.gazetteer import Gazetteer
from briefer.analysis.names.shapes import RANK_SPACY, Found

MODEL = "en_core_web_sm"
#: spaCy labels worth keeping; the rest (dates, numbers, money) are not actors.
KEEP = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})


@lru_cache(maxsize=1)
def _nlp() -> Any | None:
    """The loaded pipeline, or None when spaCy or the model is missing or broken."""
    try:
        import spacy
    except ImportError:
        return None
    try:
        return spacy.load(MODEL, disable=["lemmatizer", "tagger", "parser", "attribute_ruler"])
    except (OSError, ImportError, ValueError):
        return None


def available() -> bool:
    """True if spaCy and its English model load."""
    return _nlp() is not None


def spacy_candidates(text: str, gaz: Gazetteer) -> list[Found]:
    """spaCy's entities as low-rank candidates, relabelled through the gazetteer."""
    nlp = _nlp()
    if nlp is None:
        return []
    found: list[Found] = []
    for ent in nlp(text).ents:
        label = str(ent.label_)
        if label not in KEEP:
            continue
        start, end = int(ent.start_char), int(ent.end_char)
        surface = text[start:end]
        # Drop a leading article and a trailing possessive: "the Kremlin's" -> "Kremlin".
        for article in ("the ", "The "):
            if surface.startswith(article):
                start += len(article)
                surface = surface[len(article) :]
        for suffix in ("'s", "’s"):
            if surface.endswith(suffix):
                end -= len(suffix)
                surface = surface[: -len(suffix)]
        if not surface.strip():
            continue
        entry = gaz.lookup(surface)
        if entry is not None:
            canonical, type_ = entry.canonical, entry.type
        else:
            canonical, type_ = " ".join(surface.split()), label
        found.append(Found(start, end, canonical, type_, RANK_SPACY))
    return found
