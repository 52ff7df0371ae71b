"""What the analysis reads in a short story written for a test: its sentences by text, and the
speakers of one sentence read alone. Shared by the tests of speakers and reactions."""

from __future__ import annotations

from pathlib import Path

from briefer.analysis import analyse
from briefer.analysis.affiliation import affiliations
from briefer.analysis.entities import find_mentions
from briefer.analysis.model import Sentence
from briefer.analysis.reactions import acting_parties, analyse_reaction
from briefer.sources import load_document

BORDER_LEAD = (
    "Border clash\n\nRuritania and Aldria traded artillery fire across their border on Monday.\n\n"
)


def story_sentences(tmp_path: Path, body: str, lead: str = BORDER_LEAD) -> dict[str, Sentence]:
    """The analysed sentences of `lead` + `body` saved as a dated .txt story, by their text."""
    path = tmp_path / "2024-03-04-border-clash.txt"
    path.write_text(lead + body, encoding="utf-8")
    return {s.text: s for s in analyse(load_document(path)).sentences}


def speakers_of(text: str) -> tuple[str, ...]:
    """The speakers of one sentence read alone, with no affiliations or context."""
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    return analyse_reaction(text, mentions).speakers


def actors_of(text: str) -> tuple[str, ...]:
    """The parties one sentence read alone shows acting, with no affiliations or context."""
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    return acting_parties(text, mentions)


def speakers_affiliated(text: str) -> tuple[str, ...]:
    """The speakers of one sentence read alone, with the affiliations its own text states."""
    mentions = sorted(find_mentions(text), key=lambda m: m.start)
    return analyse_reaction(text, mentions, affiliations(text, mentions)).speakers


def speakers_answering(text: str) -> tuple[str, ...]:
    """The speakers of one sentence read alone, with the affiliations it states, an anaphor
    answered by its kind ("<it>", "<person>") so a test sees that one was asked for."""
    mentions = sorted(find_mentions(text), key=lambda m: (m.start, -m.end))
    reaction = analyse_reaction(
        text, mentions, affiliations(text, mentions), lambda kind, pos: (f"<{kind}>",)
    )
    return reaction.speakers
