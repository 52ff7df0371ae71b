"""What analysis produces for one document: entity mentions and labelled sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "DATE"]
Label = Literal["background", "development", "reaction", "other"]
Stance = Literal[
    "concern", "appeal-restraint", "appeal-dialogue", "support", "criticism", "threat", "other"
]


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: offsets into `Document.text`, the words as written, its actor."""

    start: int
    end: int
    surface: str
    canonical: str
    type: str

    def relative_to(self, offset: int) -> Mention:
        """The same mention with its offsets counted from `offset` (a piece of the text read
        on its own: a clause, a sentence after its time stamp)."""
        start, end = self.start - offset, self.end - offset
        return Mention(start, end, self.surface, self.canonical, self.type)


def mentions_from(mentions: Iterable[Mention], offset: int) -> list[Mention]:
    """The mentions from `offset` on, counted from there: those of `text[offset:]`."""
    return [m.relative_to(offset) for m in mentions if m.start >= offset]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with offsets into `Document.text`, its paragraph number and its label."""

    start: int
    end: int
    paragraph: int
    text: str
    label: str = "development"
    speakers: tuple[str, ...] = ()
    stance: str | None = None
    cameo: str | None = None


@dataclass(frozen=True)
class Analysis:
    """All analysis results for one document; serialisable so the index can store it."""

    doc_id: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]

    def entity_counts(self) -> Counter[tuple[str, str]]:
        """Mentions per (canonical name, type)."""
        return Counter((m.canonical, m.type) for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "mentions": [[m.start, m.end, m.surface, m.canonical, m.type] for m in self.mentions],
            "sentences": [
                [s.start, s.end, s.paragraph, s.text, s.label, list(s.speakers), s.stance, s.cameo]
                for s in self.sentences
            ],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            doc_id=d["doc_id"],
            mentions=tuple(Mention(*m) for m in d["mentions"]),
            sentences=tuple(
                Sentence(a, b, p, t, lab, tuple(sp), st, cm)
                for a, b, p, t, lab, sp, st, cm in d["sentences"]
            ),
        )
