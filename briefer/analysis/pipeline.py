"""`analyse(doc)`: entity mentions and labelled sentences for one document.

Pure and deterministic: the same document always gives the same `Analysis`, so the index can
store it and the briefing can be rebuilt from it without reading the file again.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefer.analysis.entities import find_mentions
from briefer.analysis.labels import (
    is_background_heading,
    label_sentence,
    reference_year,
    time_cues,
)
from briefer.analysis.model import Analysis, Mention, Sentence
from briefer.analysis.reactions import affiliations, analyse_reaction
from briefer.analysis.sentences import split_sentences
from briefer.sources.document import Document

_CLOSING = re.compile(r"""[.!?…:;,)\]"'”’»]\s*$""")


def _relative(mentions: list[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    """Mentions inside [start, end), with offsets made relative to `start`."""
    out: list[Mention] = []
    for i in range(bisect_left(starts, start), len(mentions)):
        m = mentions[i]
        if m.start >= end:
            break
        if m.end <= end:
            out.append(Mention(m.start - start, m.end - start, m.surface, m.canonical, m.type))
    return out


def _unpunctuated_line(text: str) -> bool:
    """A short line with no closing punctuation: a heading inside a paragraph."""
    return len(text.split()) <= 16 and not _CLOSING.search(text)


def analyse(doc: Document) -> Analysis:
    """Find entities, split sentences, and label each with speakers and stance."""
    mentions = sorted(find_mentions(doc.text), key=lambda m: (m.start, -m.end))
    starts = [m.start for m in mentions]
    affiliation = affiliations(doc.text, mentions)
    year = reference_year(doc.text, doc.date)
    kinds = {p.number: p.kind for p in doc.paragraphs}

    sentences: list[Sentence] = []
    previous: str | None = None
    paragraph = 0
    under_background = False
    for span in split_sentences(doc.text, doc.paragraphs):
        text = doc.text[span.start : span.end]
        heading = kinds.get(span.paragraph) == "heading" or _unpunctuated_line(text)
        if span.paragraph != paragraph:
            previous = None
            paragraph = span.paragraph
        if heading:
            under_background = is_background_heading(text)
        local = _relative(mentions, starts, span.start, span.end)
        reaction = analyse_reaction(text, local, affiliation) if not heading else None
        has_speaker = bool(reaction and reaction.speakers)
        label = label_sentence(
            text,
            heading=heading,
            has_speaker=has_speaker,
            cues=time_cues(text, doc.date, year),
            previous=previous,
            under_background_heading=under_background,
        )
        if label == "reaction" and reaction is not None:
            sentence = Sentence(
                span.start,
                span.end,
                span.paragraph,
                text,
                label,
                reaction.speakers,
                reaction.stance,
                reaction.cameo,
            )
        else:
            speakers = reaction.speakers if reaction is not None else ()
            sentence = Sentence(span.start, span.end, span.paragraph, text, label, speakers)
        sentences.append(sentence)
        previous = label
    return Analysis(doc.id, tuple(mentions), tuple(sentences))
