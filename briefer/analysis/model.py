"""What analysis produces for one document: entity mentions and labelled sentences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from briefer.analysis.frozen import quick_init

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "DATE"]
Label = Literal["background", "development", "reaction", "other"]
Stance = Literal[
    "concern", "appeal-restraint", "appeal-dialogue", "support", "criticism", "threat", "other"
]


@quick_init
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

    def renamed(self, names: Mapping[str, str]) -> Mention:
        """The same mention under the actor `names` gives its canonical name, if any."""
        return replace(self, canonical=names[self.canonical]) if self.canonical in names else self


def mentions_from(mentions: Iterable[Mention], offset: int) -> list[Mention]:
    """The mentions from `offset` on, counted from there: those of `text[offset:]`."""
    return [m.relative_to(offset) for m in mentions if m.start >= offset]


@quick_init
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

    def renamed(self, names: Mapping[str, str]) -> Sentence:
        """The same sentence with its speakers under the names `names` gives them, each once;
        this very sentence when `names` renames none of them."""
        if not any(n in names for n in self.speakers):
            return self
        return replace(self, speakers=tuple(dict.fromkeys(names.get(n, n) for n in self.speakers)))


@dataclass(frozen=True)
class Analysis:
    """All analysis results for one document; serialisable so the index can store it.

    `headline` is the document's title when its text does not open with it (front matter, a
    page's `<title>`): read before the text, its sentences and mentions (offsets into
    `headline`) are kept here, apart from the text's, so they are never cited
    (`briefer.analysis.headline`)."""

    doc_id: str
    mentions: tuple[Mention, ...]
    sentences: tuple[Sentence, ...]
    headline: str = ""
    headline_mentions: tuple[Mention, ...] = ()
    headline_sentences: tuple[Sentence, ...] = ()

    def renamed(self, names: Mapping[str, str]) -> Analysis:
        """The analysis with every actor `names` renames (old -> new) under its new name: its
        mentions and its sentences' speakers, the headline's too (one person under one spelling,
        a successor state under its former name in a story of that state's time)."""
        return replace(
            self,
            mentions=tuple(m.renamed(names) for m in self.mentions),
            sentences=tuple(s.renamed(names) for s in self.sentences),
            headline_mentions=tuple(m.renamed(names) for m in self.headline_mentions),
            headline_sentences=tuple(s.renamed(names) for s in self.headline_sentences),
        )

    def entity_counts(self) -> Counter[tuple[str, str]]:
        """Mentions per (canonical name, type)."""
        return Counter((m.canonical, m.type) for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "mentions": _mentions_out(self.mentions),
            "sentences": _sentences_out(self.sentences),
        }
        if self.headline:
            out["headline"] = {
                "text": self.headline,
                "mentions": _mentions_out(self.headline_mentions),
                "sentences": _sentences_out(self.headline_sentences),
            }
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        head = d.get("headline") or {"text": "", "mentions": [], "sentences": []}
        return cls(
            doc_id=d["doc_id"],
            mentions=_mentions_in(d["mentions"]),
            sentences=_sentences_in(d["sentences"]),
            headline=head["text"],
            headline_mentions=_mentions_in(head["mentions"]),
            headline_sentences=_sentences_in(head["sentences"]),
        )


def _mentions_out(mentions: Iterable[Mention]) -> list[list[Any]]:
    return [[m.start, m.end, m.surface, m.canonical, m.type] for m in mentions]


def _sentences_out(sentences: Iterable[Sentence]) -> list[list[Any]]:
    return [
        [s.start, s.end, s.paragraph, s.text, s.label, list(s.speakers), s.stance, s.cameo]
        for s in sentences
    ]


def _mentions_in(rows: Iterable[Sequence[Any]]) -> tuple[Mention, ...]:
    return tuple(Mention(*m) for m in rows)


def _sentences_in(rows: Iterable[Sequence[Any]]) -> tuple[Sentence, ...]:
    return tuple(
        Sentence(a, b, p, t, lab, tuple(sp), st, cm) for a, b, p, t, lab, sp, st, cm in rows
    )
