"""The briefing tests' common inputs: a document built from (text, kind) blocks and analysed,
and an actor's counts as the party scores read them."""

from __future__ import annotations

from collections import Counter
from datetime import date

from briefer.analysis import analyse
from briefer.analysis.model import Analysis
from briefer.briefing.stats import ActorStats
from briefer.sources.document import Document
from tests.analysis.wire_story import wire_story


def make_doc(
    doc_id: str, blocks: list[tuple[str, str]], published: date = date(2031, 3, 4)
) -> tuple[Document, Analysis]:
    """A wire story whose first block is its headline, analysed as the library would."""
    doc = wire_story(blocks, doc_id=doc_id, published=published)
    return doc, analyse(doc)


def narrated(name: str, kind: str, narrative: int) -> ActorStats:
    """An actor of entity type `kind` named `narrative` times in the story's own narration,
    every mention weighing as agent or target (what `party_scores` counts)."""
    st = ActorStats(name, types=Counter({kind: narrative}), mentions=narrative)
    st.narrative = narrative
    st.weighted = narrative
    return st
